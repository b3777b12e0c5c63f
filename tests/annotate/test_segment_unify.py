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
