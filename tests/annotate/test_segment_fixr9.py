"""Native route: a reference section is debris, its heading and its entries (session 16's convention, the text
route's refs.mark_references read once on every native reader's finished units, fixr9)."""

from __future__ import annotations

from pathlib import Path

PROSE = "委员会的活动是两国关系发展的必然结果，它具有远大的前途。我们在艰苦的岁月中曾相互支持，今天又将我们连接在一起。"
ENTRIES = ("[1] 谢艳平. 新闻写作教程[M]. 北京: 人民出版社, 2019.", "[2] 冯勇. 数据新闻实务[M]. 上海: 复旦大学出版社, 2021.")
WIKI = ("1. ^ 經濟部水利署. 淡水河系治理規劃檢討. 2003年.", "2. ^ 臺北市政府工務局. 河濱公園年報. 民國105年.")


def _html(head: str, entries: tuple[str, ...], tag: str = "p") -> list[tuple[str, str]]:
    from annotate.segment.readers import read_native

    items = "".join(f"<{tag}>{e}</{tag}>" for e in entries)
    if tag == "li":
        items = f"<ol>{items}</ol>"
    # the section mid-page, a section of the page's own after it
    body = f"<h1>新闻写作课程</h1><p>{PROSE}</p><p>{PROSE}</p><h2>{head}</h2>{items}<h2>课程简介</h2><p>{PROSE}</p>"
    page = f"<html><head><meta charset='utf-8'><title>t</title></head><body>{body}</body></html>"
    doc, _ = read_native(Path("d.html"), page.encode("utf-8"), "d")
    return [(u.kind, "".join(u.text.split())) for u in doc.units]


def test_a_reference_section_in_html_is_debris_its_heading_and_entries() -> None:
    for head, entries, tag in (("参考资料", ENTRIES, "p"), ("參考文獻", WIKI, "p"), ("参考文献", ENTRIES, "div")):
        got = _html(head, entries, tag)
        tail = [u for u in got if u[1] == head or u[1] in {"".join(e.split()) for e in entries}]
        assert len(tail) == 3 and all(k == "debris" for k, _ in tail), got
        assert sum(k == "paragraph" for k, _ in got) == 3 and ("heading", "课程简介") in got, got  # the page's own kept


def test_the_same_entries_under_a_pages_own_heading_are_content() -> None:
    got = _html("学术成果", ENTRIES)
    assert not any(k == "debris" for k, _ in got), got
    bios = ("1. 吴鹰先生，独立董事，美国国籍，1959年出生。", "2. 高忠，男，生于1958年，本公司董事。")
    got = _html("参考", bios)
    assert not any(k == "debris" for k, _ in got), got


def test_a_reference_section_in_docx_is_debris(tmp_path) -> None:
    import docx

    from annotate.segment.readers import read_native

    d = docx.Document()
    d.add_heading("新闻写作课程", 1)
    d.add_paragraph(PROSE)
    d.add_paragraph(PROSE)
    d.add_heading("参考文献", 2)
    for e in ENTRIES:
        d.add_paragraph(e)
    d.add_heading("附录", 2)
    d.add_paragraph(PROSE)
    path = tmp_path / "d.docx"
    d.save(str(path))
    doc, _ = read_native(path, path.read_bytes(), "d")
    got = [(u.kind, "".join(u.text.split())) for u in doc.units]
    assert [k for k, _ in got[-5:-2]] == ["debris"] * 3, got
    assert sum(k == "paragraph" for k, _ in got) == 3, got
