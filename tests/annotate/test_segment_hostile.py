"""Hostile text-route inputs that once hung a pass (review rv9): each must segment at once, offsets intact.

Not a timing test: before the fix each took minutes (a regex search retried every space of a long run)."""

from annotate.segment import check_offsets, segment_text

PROSE = "国家高新区产业创新发展科技园区经济数据增长研究发展规划建设城市交通网络。"


def test_a_page_foot_line_with_a_long_run_of_spaces_before_a_counter_segments():
    # folios._strip_cut on each page's last line: "x", 60,000 spaces, "1/2x" (no counter at the end)
    raw = "".join(f"{PROSE}\n{PROSE}\nx{' ' * 60000}1/2x\n\f" for _ in range(3))
    units = segment_text(raw, "doc").units
    assert sum(u.text.count(PROSE) for u in units) == 6
    for unit in units:
        check_offsets(unit.text, raw, unit.offsets)


def test_a_markdown_heading_with_a_long_run_of_spaces_before_a_hash_segments():
    # rules.MD_HEADING_CLOSE on a heading line: "# x", 60,000 spaces, "#x" (no closing hashes at the end)
    raw = f"# x{' ' * 60000}#x\n{PROSE}\n"
    units = segment_text(raw, "doc").units
    assert units[-1].text == PROSE
    for unit in units:
        check_offsets(unit.text, raw, unit.offsets)


def test_a_footer_strip_search_on_a_long_run_of_spaces_is_linear():
    # columns._foot_strip's pattern on a page's last line of -layout columns: a long run of spaces, no counter
    from annotate.segment.columns import _FOOT_NUMBER

    assert _FOOT_NUMBER.search("x" + " " * 60000 + "12345") is None
    assert _FOOT_NUMBER.search("高雄市立文化中心   地址：某路一號   電話：07-1234567   1/1").group("n") == "1/1"


# --- review rv10: markdown markers that never close, on one long line (benchmarks/segment_hostile.py) ----------
# Each took 10 s to minutes at these sizes before the linear scans in lines._emphases / lines._links and the
# look-behind in rules.MD_STAR_HEADING; the regexes tried every opening marker and scanned to the line's end.

import re  # noqa: E402

import pytest  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from annotate.segment import lines as lines_mod  # noqa: E402
from annotate.segment import rules  # noqa: E402


def _segments_whole(raw: str) -> list:
    units = segment_text(raw, "doc").units
    for unit in units:
        check_offsets(unit.text, raw, unit.offsets)
    return units


@pytest.mark.parametrize("raw", [
    "[a](" * 40_000,  # a link opened 40,000 times, never closed
    "[" * 160_000 + "](",  # one long link text that never closes
    "![" * 80_000 + "](",
    "[a](" * 40_000 + " )",  # every address ends at the same space, no title, no ")"
], ids=["link_open", "brackets", "images", "link_space"])
def test_a_line_of_links_that_never_close_segments(raw):
    units = _segments_whole(raw)
    assert "".join(u.text for u in units).replace(" ", "") == raw.replace(" ", "")  # nothing cut: no link matched


@pytest.mark.parametrize("marker", ["**", "__", "~~"])
def test_a_line_of_emphasis_that_never_closes_segments(marker):
    raw = f"{marker}a " * 40_000
    units = _segments_whole(raw)
    assert "".join(u.text for u in units).count(marker) == 40_000


def test_a_star_heading_with_a_long_run_of_spaces_segments():
    # html2text's "*** 标题 ***" whose closing stars never come after 160,000 spaces
    raw = f"*** 标题{' ' * 160_000}x\n{PROSE}\n"
    units = _segments_whole(raw)
    assert units[-1].text == PROSE
    assert rules.MD_STAR_HEADING.match("*** 小标题   ***  ").group(2) == "小标题"


def test_a_long_line_keeps_its_closed_links_and_emphasis():
    raw = ("[a](" * 600) + "**粗体** 见[链接](http://a.cn/x \"题\")与![图](p.png)。" + "～" * 1200
    text = "".join(u.text for u in _segments_whole(raw))
    assert "粗体见链接与。" in text and "**" not in text and "http" not in text and "图" not in text


_MARKUP = st.text(alphabet='[]()!"*_~ a\t\u3000中\n', max_size=60)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_MARKUP, st.integers(0, 3), st.integers(0, 3))
def test_the_linear_scans_find_what_finditer_finds(text, left, right):
    # the scans run on lines over lines._LONG_LINE characters; here on every length, against the regexes
    spans = (left, len(text) - right) if left <= len(text) - right else (0, len(text))
    old = lines_mod._LONG_LINE
    lines_mod._LONG_LINE = -1
    try:
        for scan, pattern in ((lines_mod._links, rules.MD_LINK), (lines_mod._emphases, rules.MD_EMPHASIS)):
            got = [(m.span(), m.groups()) for m in scan(text, *spans)]
            assert got == [(m.span(), m.groups()) for m in pattern.finditer(text, *spans)]
    finally:
        lines_mod._LONG_LINE = old


def test_the_star_heading_look_behind_changes_no_match():
    old = re.compile(r"(\*{3,6})[ \t]+(\S.*?)[ \t]+\1[ \t]*$")
    for line in ["*** 标题 ***", "****** 标 题  ******  ", "***  a * b ***", "*** a ***b ***", "***\ta\t***",
                 "**** a ****  ****", "*** a  ", "*** ***", "***  ***  ***"]:
        a, b = old.match(line), rules.MD_STAR_HEADING.match(line)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), line


def test_lone_surrogates_from_a_broken_decode_segment():
    # a str made with errors="surrogateescape" (or "surrogatepass"): ids hash it, offsets hold
    raw = f"{PROSE}\udcff\ud800{PROSE}\n\n{PROSE}\n"
    units = _segments_whole(raw)
    assert len({u.para_id for u in units}) == len(units) >= 2


# --- review rv10: hostile .docx files (benchmarks/segment_hostile.py, route native) ------------------------------


def _docx_file(tmp_path, paragraphs, nested_tables=0, name="a.docx"):
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    cell = None
    for _ in range(nested_tables):
        cell = (cell or document).add_table(rows=1, cols=1).cell(0, 0)
        cell.paragraphs[0].text = "表格"
    path = tmp_path / name
    document.save(path)
    return path


def test_a_docx_of_many_paragraphs_reads_each_style_once(tmp_path, monkeypatch):
    # python-docx scans every style of the document for each paragraph's (default) style: 5 ms a paragraph
    from docx.text.paragraph import Paragraph

    from annotate.segment.readers.docx import read_docx

    path = _docx_file(tmp_path, [PROSE] * 300)
    looked_up = []
    style = Paragraph.style
    monkeypatch.setattr(Paragraph, "style", property(lambda self: looked_up.append(1) or style.fget(self)))
    doc, extra = read_docx(path, "a")
    assert [u.text for u in doc.units] == [PROSE] * 300 and extra["paragraph_count"] == 300
    assert len(looked_up) == 1


def test_a_docx_with_tables_nested_past_the_xml_parsers_limit_is_one_clear_error(tmp_path):
    from annotate.errors import InputError
    from annotate.segment.readers.docx import read_docx

    path = _docx_file(tmp_path, [PROSE], nested_tables=130)  # w:tbl/w:tr/w:tc twice per level: over 256 deep
    with pytest.raises(InputError, match="nested over 256 deep"):
        read_docx(path, "a")


def test_a_docx_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    import zipfile

    from annotate.errors import InputError
    from annotate.segment.readers.docx import read_docx

    small = _docx_file(tmp_path, ["BOMB"], name="small.docx")
    path = tmp_path / "a.docx"  # its paragraph: 25 MB of zeros, in a file of about 60 KB
    with zipfile.ZipFile(small) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info.filename, data.replace(b"BOMB", b"0" * 25_000_000) if b"BOMB" in data else data)
    assert path.stat().st_size < 200_000
    with pytest.raises(InputError, match="zip bomb"):
        read_docx(path, "a")


def test_utf16_cjk_without_a_byte_order_mark_is_named_as_utf16():
    # no NUL byte at all (every character is CJK), only control bytes ("，" is 0C FF): once "binary file"
    from annotate.errors import EncodingError
    from annotate.segment import decode_bytes

    for encoding in ("utf-16-le", "utf-16-be"):
        data = (PROSE * 300).encode(encoding)
        assert b"\x00" not in data[:65536]
        with pytest.raises(EncodingError, match="UTF-16 text without a byte-order mark"):
            decode_bytes(data, path="a.txt")
