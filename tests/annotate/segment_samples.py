"""Shared by the text-route and HTML reader tests: two real paragraphs, a wrapper that breaks text the way
fixed-width dumps do, and the units of a text or an HTML page (offsets checked)."""

import unicodedata

PARA1 = ("卫视卡式台是星空传媒在大中华地区经营的一条以华语广播的电影频道，该频道每日以播放1970年代至1990年代的电影及"
         "亚洲电视制作的剧集为主。卫视卡式台共分为三个地区播放版本：香港版本仅在香港透过now宽频电视收看。")
PARA2 = ("台湾版本曾向NCC申请执照，但被NCC以节目重复比例过高及定位不明驳回申请。曾播放的地区版本从2012年至2013年4月"
         "曾在澳洲透过翡翠互动电视以粤语广播收看，该版本主要以东南亚版本的节目为基础。")


def columns(text, width):
    """Wrap ``text`` at ``width`` display columns (east-asian wide characters count two)."""
    lines, line, used = [], "", 0
    for ch in text:
        w = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if used + w > width:
            lines.append(line)
            line, used = "", 0
        line += ch
        used += w
    return [*lines, line] if line else lines


def units(raw):
    """The text route's units of ``raw`` as ``(kind, text)``, every unit's offsets checked against ``raw``."""
    from annotate.segment import check_offsets, segment_text

    doc = segment_text(raw, "doc")
    for unit in doc.units:
        check_offsets(unit.text, raw, unit.offsets)
    return [(u.kind, u.text) for u in doc.units]


def squashed_units(raw):
    """The text route's units of ``raw`` as ``(kind, text without whitespace)``."""
    from annotate.segment import segment_text

    return [(u.kind, "".join(u.text.split())) for u in segment_text(raw, "doc").units]


def html_units(page):
    """The native HTML reader's units of ``page`` (a str, read as UTF-8 bytes) as ``(kind, text)``, every unit's
    offsets checked against the decoded source."""
    from annotate.segment import check_offsets
    from annotate.segment.readers.html import read_html

    data = page.encode("utf-8")
    doc, _ = read_html(data, "doc")
    for unit in doc.units:
        check_offsets(unit.text, data.decode("utf-8"), unit.offsets)
    return [(u.kind, u.text) for u in doc.units]
