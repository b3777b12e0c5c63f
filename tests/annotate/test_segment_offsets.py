"""Property tests: every character of every unit maps back to the raw file, in order.

The strategies mix CJK, full-width forms, emoji, CJK Extension B (𠀀), every line-break style,
exotic spaces (U+3000, NBSP, U+2002), zero-width characters and markdown syntax.
"""

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotate.segment import check_offsets, decode_bytes, expand, normalize_char, raw_index, segment_text
from annotate.segment.normalize import render

ATOMS = [
    "国家高新区", "产业", "创新", "。", "，", "、", "；", "：", "？", "！", "“", "”", "《", "》", "（", "）",
    "ＡＢＣ", "１２３", "😀", "👍🏽", "𠀀", "\r\n", "\r", "\n", "\n\n", "\u3000", " ", "\xa0", "\u2002", "\t",
    "\u200b", "\ufeff", "#", "## ", "**", "__", "- ", "> ", "[", "](", ")", "![", "*", "_", "~~",
    "SageOne", "AI", "2025", "-", ":", "14", ".", "一是", "记者:", "本报记者 ", "放大", "缩小", "附件:",
    "…", "——", "'", '"',
    # the shapes of batch 8's rules: a form feed, a time, a page counter, a cut cell, a dated strip's fields
    "\f", "09:23", "第1頁（共2頁）", "\ufffd", "      ", "星期四", "A3",
]
raw_texts = st.lists(st.sampled_from(ATOMS), max_size=60).map("".join)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _units(raw):
    return segment_text(raw, "doc").units


@SETTINGS
@given(raw_texts)
def test_every_text_character_maps_to_its_raw_character_in_order(raw):
    last = -1
    for unit in _units(raw):
        check_offsets(unit.text, raw, unit.offsets)
        positions = expand(unit.offsets)
        assert positions[0] > last, "units overlap or are out of order"
        last = positions[-1]
        assert all(normalize_char(raw[p]) == ch for p, ch in zip(positions, unit.text, strict=True))
        assert all(raw_index(unit.offsets, i) == p for i, p in enumerate(positions))


@SETTINGS
@given(raw_texts)
def test_unit_text_is_clean(raw):
    for unit in _units(raw):
        assert unit.text and unit.text == unit.text.strip()
        assert "  " not in unit.text and not re.search(r"[\r\n\t\u3000\xa0\u2002\u200b\ufeff]", unit.text)
        cuts = unit.sentences
        assert cuts[0][0] >= 0 and cuts[-1][1] <= len(unit.text)
        assert all(s < e for s, e in cuts) and all(a[1] <= b[0] for a, b in zip(cuts, cuts[1:], strict=False))


@SETTINGS
@given(raw_texts.filter(lambda t: "](" not in t))
def test_no_cjk_character_is_lost_or_invented(raw):
    # Only whitespace and markdown markers (ASCII) may be dropped: every wide character survives.
    wide = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef\U00020000-\U0002ffff“”《》（）…—]")
    kept = "".join(u.text for u in _units(raw))
    assert wide.findall(kept) == [c for c in wide.findall(raw) if not c.isspace()]


@SETTINGS
@given(raw_texts)
def test_segmentation_is_deterministic(raw):
    assert _units(raw) == _units(raw)


@SETTINGS
@given(raw_texts, st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_decoding_round_trips_and_keeps_line_breaks(raw, encoding):
    data = raw.encode(encoding)
    if encoding == "utf-8" and raw.startswith("\ufeff"):
        return  # a leading U+FEFF in UTF-8 *is* a BOM
    decoded = decode_bytes(data)
    assert decoded.text == raw


@given(st.lists(st.sampled_from(["国家", "高新区", "产业", "发展", "，", "。", "\r\n", "\n", " ", "2021"]), min_size=30))
def test_gb18030_round_trips(parts):
    raw = "".join(parts)
    if len(re.findall(r"[\u4e00-\u9fff]", raw)) < 20:
        return
    decoded = decode_bytes(raw.encode("gb18030"))
    assert (decoded.text, decoded.encoding) == (raw, "gb18030")


def test_render_keeps_a_space_only_between_narrow_characters():
    raw = "SageOne AI 算力 平台\n2025-04-14 14:27\u3000全国 169 家\n“高”\n“新”"
    text, runs = render(raw, [(0, len(raw))])
    assert text == "SageOne AI算力平台2025-04-14 14:27全国169家“高”“新”"
    check_offsets(text, raw, runs)


TRADITIONAL = ["臺灣", "這幾年來", "經濟發展", "與國際關係", "變化很大", "政府對於", "產業轉型問題", "說明", "記者",
               "會議現場報導", "學者們認為", "應該從教育", "職業訓練", "讓青年獲得", "穩定的工作機會", "維護環境",
               "勞動條件", "，", "。", "、", "「", "」", "\r\n", "\n", "\u3000", " ", "2023年", "（", "）"]


@given(st.lists(st.sampled_from(TRADITIONAL), min_size=30), st.sampled_from(["gb18030", "cp950", "big5hkscs"]))
def test_traditional_chinese_round_trips_in_gb18030_and_big5(parts, encoding):
    # (GB2312's common characters are under a third of these hanzi: the simplified-only check refused them)
    raw = "".join(parts)
    if len(re.findall(r"[\u4e00-\u9fff]", raw)) < 20:
        return
    decoded = decode_bytes(raw.encode(encoding))
    assert decoded.text == raw
    assert decoded.encoding == {"gb18030": "gb18030", "cp950": "big5", "big5hkscs": "big5"}[encoding]


def test_big5_text_is_read_and_simplified_gbk_stays_gb18030(root):
    text = (root / "seeds" / "001_6f36507cf42db3cb.txt").read_text(encoding="utf-8")[:3000]
    data = text.encode("cp950", errors="ignore")  # the characters Big5 has, as Windows writes them
    assert (decode_bytes(data).text, decode_bytes(data).encoding) == (data.decode("cp950"), "big5")
    data = text.encode("gbk")  # the same bytes decode as Big5 too, to rarer characters: GBK wins
    assert (decode_bytes(data).text, decode_bytes(data).encoding) == (text, "gb18030")


def test_corrupt_utf8_and_random_bytes_are_rejected_not_guessed(root):
    import random

    import pytest

    from annotate.errors import EncodingError

    text = (root / "seeds" / "001_6f36507cf42db3cb.txt").read_text(encoding="utf-8")[:3000]
    rng = random.Random(0)
    noise = [bytes(rng.randrange(0x80, 0x100) for _ in range(size)) for size in (60, 600, 6000) for _ in range(20)]
    for data in (text.encode("utf-8")[:-1] + b"\xff", *noise):
        with pytest.raises(EncodingError, match="not UTF-8"):
            decode_bytes(data, path="x.txt")


def test_a_line_cut_at_a_gutter_that_ends_at_a_form_feed_maps_without_an_empty_run():
    # a fuzz find (columns._split): the piece after the gutter opened with the form feed, and its
    # unit's offsets began with a run of length 0
    raw = ("字  1.第3页共5页��表格  \f2022年1月1日星期四\n国园区经济数据增长。目录   \u3000一、😀\nA3[12.\n"
           "2022-01-01PM\n𠀀      —\n。\r（记者某某）")
    units = _units(raw)
    assert "2022年1月1日星期四" in [u.text for u in units]
    for u in units:
        check_offsets(u.text, raw, u.offsets)
