"""Text-route faults a new user's trial found (session 21, fixu21): one small hand-written input per rule."""

from segment_samples import PARA1, PARA2, squashed_units, units

_TABLE = ["项目", "2023年", "2022年", "增减", "营业收入", "1,253,876,412.50", "1,102,334,118.07", "13.75%",
          "归属于上市公司股东的净利润", "156,220,391.88", "132,905,776.12", "17.54%", "基本每股收益", "0.52", "0.44", "18.18%"]


def test_a_table_printed_a_cell_a_line_keeps_its_figures_apart_and_is_debris():
    # pdftotext's default mode prints a ruled table a cell a block, blank lines between: no join makes one number of two
    # ("0.52" / "" / "0.44" / "" / "18.18%" was the heading "0.520.4418.18%"), and a row's label longer than a short cell
    # ("归属于上市公司股东的净利润", 13 characters) goes on the run of cells (the new user's announcement; dev11 p11-010/011,
    # an annual report's summary, the same row a heading and its figures headings)
    raw = "\n".join(["一、利润分配预案内容", PARA1, "本次利润分配方案如下：", "", "\n\n".join(_TABLE), "", "二、公司履行的决策程序",
                     PARA2]) + "\n"
    got = units(raw)
    assert [("debris", cell) for cell in _TABLE] == got[3:3 + len(_TABLE)], got
    assert got[3 + len(_TABLE)] == ("heading", "二、公司履行的决策程序"), got


def test_no_join_makes_one_number_of_two_a_number_a_wrap_cut_still_joins():
    # whatever rule would join them: a figure alone on its line, or digits that would make no number across the break
    # (a second decimal point, thousands groups broken); "成立于20" / "06年" is one number a wrap cut in two
    for top, under in (("0.52", "0.44"), ("18.1", "8.18%"), ("合计156,220,391.88", "132,905,776.12"),
                       ("合计1,253,876,412", "1,102,334,118")):
        got = squashed_units("\n".join([PARA1, "", top, under, "", PARA2]) + "\n")
        assert not any(top + under in text for _, text in got), got
    wrapped = "该公司成立于20"
    got = squashed_units("\n".join([PARA1 + wrapped, "06年，总部设在杭州。", "", PARA2]) + "\n")
    assert ("paragraph", PARA1 + wrapped + "06年，总部设在杭州。") in got, got
