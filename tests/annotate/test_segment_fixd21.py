"""The text route on extracts of printed documents (session 21, fixd21): debris run together, one rule each."""

from segment_samples import PRINT_MORE as MORE
from segment_samples import PRINT_TEXT as TEXT
from segment_samples import squashed_units as units


def _wrap(text, width=24):
    return [text[i:i + width] for i in range(0, len(text), width)]


def test_a_table_row_one_blank_line_under_the_run_in_its_columns_is_cut_into_cells():
    # pdftotext -layout leaves a blank line inside a table where the page's other column is spaced wider (dev13
    # industry report: "4      企业D             27%    +1.8pct" under rows 1-3; dev14 village notice board:
    # "3月7日      集体租金       73617   13835"): a row one blank line below the run, its cells in the last row's
    # columns, is the table's too, one debris unit a cell
    rows = ["排名     企业              份额     同比",
            "1      企业A             15%    +1.2pct",
            "2      企业B             17%    +7.6pct",
            "3      企业C             15%    +1.8pct",
            "",
            "4      企业D             27%    +1.8pct"]
    raw = "\n".join([*_wrap(TEXT), "", *rows, "", *_wrap(MORE)]) + "\n\f"
    got = units(raw)
    cells = [t for k, t in got if k == "debris"]
    assert cells[-4:] == ["4", "企业D", "27%", "+1.8pct"], got
    assert any(t == TEXT for _, t in got) and any(t == MORE for _, t in got), got


def test_a_row_one_blank_line_under_the_run_in_other_columns_is_no_row_of_it():
    # (the cells start in other columns: another table, or text, not this one's row)
    rows = ["排名     企业              份额     同比",
            "1      企业A             15%    +1.2pct",
            "2      企业B             17%    +7.6pct",
            "3      企业C             15%    +1.8pct",
            "",
            "注  份额 按销售额 计算"]
    raw = "\n".join([*_wrap(TEXT), "", *rows, "", *_wrap(MORE)]) + "\n\f"
    got = units(raw)
    assert any(t == "注份额按销售额计算" for _, t in got), got


def _pages(head):
    lines = _wrap(TEXT)
    return "\n".join([" " * 20 + head, "", *lines[:4], "\f" + " " * 20 + head, "", *lines[4:], "", *_wrap(MORE)]) + "\n\f"


def test_a_running_heads_strings_three_spaces_apart_are_a_unit_each():
    # pdftotext -layout sets a running head's strings three to five spaces apart as often as six or more: a yearbook's
    # "宁川年鉴   重要文献" (dev15), a prospectus's "东屿生物医药股份有限公司   招股说明书（申报稿）" (dev14), a journal's
    # "社会调查与研究   2024年第2期" (dev15), a newspaper's "青阳日报   2023年8月24日" (dev11): a debris unit a string
    got = units(_pages("宁川年鉴   重要文献"))
    assert [t for k, t in got if k == "debris"] == ["宁川年鉴", "重要文献"] * 2, got
    got = units(_pages("东屿生物医药股份有限公司   招股说明书（申报稿）"))
    assert [t for k, t in got if k == "debris"] == ["东屿生物医药股份有限公司", "招股说明书（申报稿）"] * 2, got


def test_a_label_or_page_counter_three_spaces_from_its_text_is_not_cut_so():
    # (a label and its value, "单位：元   币种：人民币", one unit in dev11; a footer's title over its page counter,
    # "語文試題   第1頁（共2頁）": one unit in dev8, two in dev10, left as it was)
    for head, whole in (("单位：元   币种：人民币", "单位：元币种：人民币"), ("语文试题   第1页（共2页）", "语文试题第1页（共2页）")):
        got = units(_pages(head))
        assert [t for _, t in got].count(whole) == 2, got


def test_a_raw_tables_rows_numbered_in_roman_numerals_are_cut_into_cells():
    # pdftotext -raw prints an emergency plan's grading table with one space between the cells, its rows numbered
    # "Ⅰ级" / "Ⅱ级" and no Arabic digit in any (dev15 disaster plan: "Ⅰ级 特大型 省指挥部"; dev13 water company's plan:
    # "Ⅰ级 造成人员伤亡或影响供应范围超过一万户的事件 总经理"): a Roman numeral is a figure as a digit is, one unit a cell
    rows = ["级别 灾情 启动主体", "Ⅰ级 特大型 省指挥部", "Ⅱ级 大型 市指挥部", "Ⅲ级 中型 县指挥部"]
    raw = "\n".join([*_wrap(TEXT), "", *rows, "", *_wrap(MORE)]) + "\n\f"
    got = [t for _, t in units(raw)]
    for cell in ("级别", "灾情", "启动主体", "Ⅰ级", "特大型", "省指挥部", "Ⅲ级", "县指挥部"):
        assert cell in got, got
    assert TEXT in got and MORE in got, got
    # (words one space apart with no figure of any kind stay a line: a list, "北京 上海 广州")
    rows = ["华北 华东 华南", "北京 上海 广州", "天津 杭州 深圳"]
    raw = "\n".join([*_wrap(TEXT), "", *rows, "", *_wrap(MORE)]) + "\n\f"
    got = [t for _, t in units(raw)]
    assert "北京" not in got and "上海" not in got, got
