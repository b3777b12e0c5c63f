"""The text route on extracts of printed documents (session 20, fixp20): small made-up extracts, one rule each."""

from segment_samples import PRINT_MORE as MORE
from segment_samples import PRINT_TEXT as TEXT
from segment_samples import squashed_units as units


def _wrap(text, width=24):
    return [text[i:i + width] for i in range(0, len(text), width)]


def test_another_columns_text_after_a_full_line_and_one_space_starts_a_unit():
    # pdftotext (default mode and -layout) prints the column to the right right after a column's full line, one space
    # between, where the line ends in a clause or sentence mark: "…如今也成为假日的冲浪圣地。 山里娃的科学课" (dev15 digest
    # page), "…致以最诚挚的问候， 消失。体长可达32…" (dev15 insurance leaflet), "…鱼戏江湖篇》， 更名为…" (dev13
    # newsletter); the text before the space is as wide as the column's other lines, the whole line wider than all
    # (another column's line of prose, not only a short heading, which columns.spaced_order already set apart)
    first = TEXT[:96]  # four full lines of 24, the last ending in "。"
    lines = _wrap(first)
    lines[-1] += " 山地气候温和，雨量充沛，物产"
    raw = "\n".join([*lines, *_wrap(TEXT[96:]), "", *_wrap(MORE)]) + "\n"
    got = units(raw)
    assert any(t == first for _, t in got), got
    assert not any("。山地气候" in t for _, t in got), got


def test_a_space_after_a_stop_inside_a_line_as_wide_as_its_neighbours_cuts_nothing():
    # (wrapped prose that kept a space after a full stop, "…薛禪皇帝。 大蒙古國時期的歷任", dev2: the line is no wider
    # than the lines around it, so nothing follows a full line)
    lines = _wrap(TEXT)
    at = lines[2].index("。") + 1
    lines[2] = lines[2][:at] + " " + lines[2][at:]
    raw = "\n".join([*lines, "", *_wrap(MORE)]) + "\n"
    got = units(raw)
    assert any(t == TEXT for _, t in got), got


def test_a_data_tables_rows_one_space_apart_are_cut_into_cells():
    # pdftotext -raw prints a ruled table's rows with one space between the cells: a test report's results (dev15),
    # an admissions plan (dev13, a row one cell short: "山东 综合改革 309"), a prospectus's definitions (dev14, "指" in
    # every row); each cell a debris unit, as the gold has them
    rows = ["省份 科类 计划数 备注", "山东 综合改革 309", "浙江 历史类 154 含中外合作", "河南 历史类 33 —"]
    raw = "\n".join([*_wrap(TEXT), "", *rows, "", *_wrap(MORE)]) + "\n\f"
    got = units(raw)
    cells = [t for k, t in got if k == "debris"]
    assert cells[:6] == ["省份", "科类", "计划数", "备注", "山东", "综合改革"], got
    assert any(t == TEXT for _, t in got) and any(t == MORE for _, t in got)
    rows = ["发行人、公司、本公司 指 东屿生物医药股份有限公司", "中国证监会 指 中国证券监督管理委员会", "报告期 指 2021年度、2022年度及2023年度"]
    raw = "\n".join([*_wrap(TEXT), "", *rows, "", *_wrap(MORE)]) + "\n\f"
    got = [t for _, t in units(raw)]
    at = got.index("中国证监会")
    assert got[at:at + 4] == ["中国证监会", "指", "中国证券监督管理委员会", "报告期"], got
    # (a list of words one space apart, no digit in it, is no table: test_segment_columns.py, "北京 上海 广州")


def test_letter_spaced_lines_one_space_apart_are_no_table():
    # (a line whose words an extract set apart, "出 院 记 录", "2003年 11 月 至今" (dev14), or a list of codes,
    # "GB 50013 室外给水设计标准" (dev15): a cell of one hanzi that no other row repeats, a space inside a code)
    rows = ["2003年 11 月 至今", "任东屿 集团 董事长", "2010年 3 月 起任"]
    raw = "\n".join([*_wrap(TEXT), "", *rows, "", *_wrap(MORE)]) + "\n\f"
    assert not any(t == "月" for _, t in units(raw))
    rows = ["GB 50013 室外给水设计标准", "GB 50015 建筑给水排水设计标准", "CJJ 92 城镇供水管网漏损控制及评定标准"]
    raw = "\n".join([*_wrap(TEXT), "", *rows, "", *_wrap(MORE)]) + "\n\f"
    assert not any(t == "50013" for _, t in units(raw))
