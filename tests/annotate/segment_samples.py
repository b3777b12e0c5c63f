"""Shared by the text-route and HTML reader tests: two real paragraphs, a wrapper that breaks text the way
fixed-width dumps do, and the units of a text or an HTML page (offsets checked)."""

import unicodedata

PARA1 = ("卫视卡式台是星空传媒在大中华地区经营的一条以华语广播的电影频道，该频道每日以播放1970年代至1990年代的电影及"
         "亚洲电视制作的剧集为主。卫视卡式台共分为三个地区播放版本：香港版本仅在香港透过now宽频电视收看。")
PARA2 = ("台湾版本曾向NCC申请执照，但被NCC以节目重复比例过高及定位不明驳回申请。曾播放的地区版本从2012年至2013年4月"
         "曾在澳洲透过翡翠互动电视以粤语广播收看，该版本主要以东南亚版本的节目为基础。")

# a paragraph of printed prose and the next, for print extracts' tests (wrapped by each test at its own measure)
PRINT_TEXT = ("在新石器时代末期，人类已使用天然金属，后来学会了制作纯铜器。但是由于纯铜的质地不如石器坚硬，不能取代石器，"
              "这一时期也称为金石并用时代。到了公元前三千年左右，人类学会了制造青铜，进入了青铜时代。从金石并用时代到铁器"
              "时代，是原始社会的解体时期，也是阶级社会形成的时期。世界各地阶级社会的出现几乎都和金属出现的时代相关。")
PRINT_MORE = ("新石器时代母系氏族得到了全盛。婚姻制度由群婚转向对偶婚，形成了比较确定的夫妻关系。在氏族内部，除个人常用的"
              "工具外，所有的财产归集体公有。有威望的年长妇女担任首领，氏族的最高权力机关是氏族议事会，参加者是全体的成年"
              "男女，享有平等的表决权。")

# a sentence of prose for the native HTML reader's tests, and the reader's (kind, text) units of a page's body
HTML_PROSE = "委员会的活动是两国关系发展的必然结果，它具有远大的前途。我们在艰苦的岁月中曾相互支持，今天又将我们连接在一起。"


def native_html_units(body: str) -> list[tuple[str, str]]:
    from annotate.segment.readers.html import read_html
    page = f"<html><head><meta charset='utf-8'><title>t</title></head><body>{body}</body></html>"
    doc, _ = read_html(page.encode("utf-8"), "d")
    return [(u.kind, u.text) for u in doc.units]


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
