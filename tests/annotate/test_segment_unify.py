"""Text route: one mechanism for a borderless table (cells.cut_table_rows, called twice: by the gutters its padded
rows share, and with ``labels`` by a metadata table's label-colon-gap fields), one reference heading (unify)."""

from annotate.segment.cells import cut_table_rows
from annotate.segment.lines import split_lines

PADDED = "说明\n\n   課號   CSIE2010 學分   3\n   上課地點 資109     修課人數 120\n"
FIELDS = "说明\n\n   索引号：  11500105MB3036290  主题分类：  城乡建设\n\n   发布机构：      江北区人民政府办公室\n"


def _cut(raw, labels):
    lines = split_lines(raw)
    out, cells = cut_table_rows(raw, lines, labels=labels)
    return lines, out, cells


def test_both_calls_make_the_cells_one_way():
    for raw, labels, first in ((PADDED, False, "課號"), (FIELDS, True, "索引号：")):
        lines, out, cells = _cut(raw, labels)
        assert cells and all(c.kind == "debris" for c in cells), (labels, out)
        assert [c.sq for c in out if c in cells][0] == first, out
        row = next(ln for ln in lines if ln.sq.startswith(first))
        assert cells[0].gap == row.gap == 1 and cells[0].pieces[0][0] == row.start, cells[0]  # its blank line kept
        starts = {ln.start for ln in lines}
        assert all(c.hard for c in cells if c.start not in starts), cells  # a row's other cells: units of their own
        assert out[0].sq == "说明" and out[0].kind == "", out  # the line above is no row
        # the labels call starts each row's first cell on its own too; the padded rows' first cells keep the row's
        assert all(c.hard == (labels or ln.hard) for c in cells for ln in lines if ln.start == c.start), cells


def test_what_each_call_finds_its_rows_by():
    # the padded rows' gutters need the rows one under the other; the labels' colons let a blank line stand between
    assert _cut(PADDED.replace("\n   上課", "\n\n   上課"), False)[2] == []
    assert [c.sq for c in _cut(FIELDS, True)[2]] == ["索引号：", "11500105MB3036290", "主题分类：", "城乡建设",
                                                     "发布机构：", "江北区人民政府办公室"]
    # no labels, no field rows; a block of credits (its labels a credit's) is no table
    assert _cut(PADDED, True)[2] == []
    assert _cut("说明\n\n   发布时间：  2023-06-01\n   来源：  新华社\n", True)[2] == []


CITED = ["[1] 谢艳平. 新闻写作教程[M]. 北京: 人民出版社, 2019.", "[2] 冯勇. 数据新闻实务[M]. 上海: 复旦大学出版社, 2021."]
PROSE = "委员会的活动是两国关系发展的必然结果，它具有远大的前途。我们在艰苦的岁月中曾相互支持，今天又将我们连接在一起。"


def test_one_reference_heading_for_the_entries_and_the_html_article_end():
    from annotate.segment import refs

    # the HTML reader's words head a reference section of numbered entries too
    cited = ["".join(e.split()) for e in CITED]  # (the units' texts squeezed)
    for head in ("外部連結", "References", "参考文献", "*****引用文献*****"):
        assert refs.mark_references(["heading", "paragraph", "paragraph"], [head, *cited]) == ["debris"] * 3, head
    assert refs.mark_references(["heading", "paragraph", "paragraph"], ["学术成果", *cited])[0] == "heading"


def test_a_references_heading_with_its_colon_ends_an_html_article():
    from pathlib import Path

    from annotate.segment.readers import read_native

    def kinds(head):
        body = f"<h1>新闻写作课程</h1><p>{PROSE}</p><p>{PROSE}</p><h2>{head}</h2><p>谢艳平：新闻写作教程。</p>"
        page = f"<html><head><meta charset='utf-8'><title>t</title></head><body>{body}</body></html>"
        doc, _ = read_native(Path("d.html"), page.encode("utf-8"), "d")
        return {u.text: u.kind for u in doc.units}

    for head in ("参考文献：", "引用文献"):  # (refs' forms: the article ends at them as at "参考文献")
        got = kinds(head)
        assert got[head] == "debris" and got["谢艳平：新闻写作教程。"] == "debris", got
    got = kinds("课程简介")  # a section of the page's own over a sentence stays
    assert got["课程简介"] == "heading" and got["谢艳平：新闻写作教程。"] == "paragraph", got
