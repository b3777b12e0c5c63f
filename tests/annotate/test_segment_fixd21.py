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
