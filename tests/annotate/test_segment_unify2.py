"""Text route: one mechanism for a borderless table, round 2 (cells.cut_table_rows, called with ``spaced`` too:
a two-column table one space apart, webdump.cut_label_rows before), and one copy of each pattern two modules
share (rules.CLAUSE_HEAD, CLAUSE_NUMBER, PARA_NUMBER, CLAUSE_MARK, PUNCT, BESIDE) (unify2)."""

from annotate.segment import rules
from annotate.segment.cells import cut_table_rows
from annotate.segment.inline import split_at
from annotate.segment.lines import split_lines

PAIRS = "说明\n\n   品牌 美厨\n   型号 MC-958\n   产地 中国大陆\n"
PADDED = "说明\n\n   課號   CSIE2010 學分   3\n   上課地點 資109     修課人數 120\n"


def _cut(raw, **how):
    lines = split_lines(raw)
    out, cells = cut_table_rows(raw, lines, **how)
    return lines, out, cells


def test_the_spaced_call_makes_the_cells_as_the_others_do():
    lines, out, cells = _cut(PAIRS, spaced=True)
    assert [c.sq for c in cells] == ["品牌", "美厨", "型号", "MC-958", "产地", "中国大陆"], out
    assert all(c.kind == "debris" for c in cells), cells
    row = next(ln for ln in lines if ln.sq.startswith("品牌"))
    assert cells[0].gap == row.gap == 1 and cells[0].pieces[0][0] == row.start, cells[0]  # its blank line kept
    starts = {ln.start for ln in lines}
    assert all(c.hard for c in cells if c.start not in starts), cells  # a value: a unit of its own
    assert all(c.hard == ln.hard for c in cells for ln in lines if ln.start == c.start), cells  # a label: the row's
    assert out[0].sq == "说明" and out[0].kind == "", out


def test_what_the_spaced_call_finds_its_rows_by():
    # one space apart: the padded call leaves these rows, the spaced call leaves a padded table's
    assert _cut(PAIRS)[2] == [] and _cut(PAIRS, labels=True)[2] == []
    assert _cut(PADDED, spaced=True)[2] == []
    # the rows one under the other, at one indentation, the labels as long and all different
    def cut(raw):
        return [c.sq for c in _cut(raw, spaced=True)[2]]

    assert cut(PAIRS.replace("\n   型号", "\n\n   型号")) == ["型号", "MC-958", "产地", "中国大陆"]
    assert cut(PAIRS.replace("   产地", "产地")) == ["品牌", "美厨", "型号", "MC-958"]
    assert cut(PAIRS.replace("产地 ", "产地名 ")) == ["品牌", "美厨", "型号", "MC-958"]
    assert cut(PAIRS.replace("型号", "品牌").replace("   产地 中国大陆\n", "")) == []
    # a digit in some value, not every value a bare figure: a list of words, a poster's counters
    assert _cut("说明\n\n收藏 复制\n写景 抒情\n", spaced=True)[2] == []
    assert _cut("说明\n\n积分 2310\n帖子 486\n", spaced=True)[2] == []


def test_a_run_beside_a_row_cut_in_pieces_is_no_table():
    # a post's header block whose title row an earlier pass cut (webdump.cut_title_labels): its rows stay whole
    raw = "說明\n\n作者 abc123\n看板 Tech2024\n標題 MC-958\n時間 2024/08/03\n來源 PTT2\n"
    lines = split_lines(raw)
    assert len(cut_table_rows(raw, list(lines), spaced=True)[1]) == 10  # (uncut: a table)
    i = next(k for k, ln in enumerate(lines) if ln.sq.startswith("標題"))
    lines[i:i + 1] = split_at(raw, lines[i], [(lines[i].start, lines[i].start + 2)], [])
    assert cut_table_rows(raw, lines, spaced=True)[1] == []


def test_one_copy_of_the_shared_patterns():
    from annotate.segment import join
    from annotate.segment.readers import pdf

    assert pdf._CLAUSE_HEAD is rules.CLAUSE_HEAD
    assert rules.CLAUSE_HEAD.match("3.1 原始文献").group(1) == "3" and rules.CLAUSE_HEAD.match("2　规范性引用文件")
    assert not rules.CLAUSE_HEAD.match("16日起")
    assert rules.CLAUSE_NUMBER.fullmatch("5.1.2") and not rules.CLAUSE_NUMBER.fullmatch("5.1.2.3.4")
    assert rules.PARA_NUMBER.fullmatch("【0012】") and rules.PARA_NUMBER.fullmatch("[0008]") and not rules.PARA_NUMBER.fullmatch("[12]")
    assert join._clause_numbers(split_lines("1 范围\n2 规范性引用文件\n"), "1 范围\n2 规范性引用文件\n") == {1, 2}
    assert rules.BESIDE.search("江州市第二中學 校園通訊      2023年第6期") and not rules.BESIDE.search("校園通訊     2023")
    assert {c for c in "，。；！？,;!?、：:（" if rules.CLAUSE_MARK.search(c)} == set("，。；！？,;!?")
    assert {c for c in "，。；！？,;!?、：:（" if rules.PUNCT.search(c)} == set("，。；！？,;!?、：:")
