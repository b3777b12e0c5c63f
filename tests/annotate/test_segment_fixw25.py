"""fixw25: web dumps' tables and joins (text route), one small hand-written input per rule."""

from segment_samples import PARA1, PARA2, squashed_units


def test_a_spec_tables_latin_label_row_is_cut_with_the_others():
    # lynx / w3m pad a two-column spec table's cells to their columns; a row whose label and value are Latin letters
    # and figures ("CADR    420 m³/h", "ISBN 9788052770370") has no Han character, and the whole table was left as
    # one unit a row (dev16 k16-008 between "適用坪數" and "額定功率"; dev9 w9-012 / dev9xw w9x-012 over "規格" / "語言")
    rows = ["    型號  GQ7-TW", "   適用坪數 8-15坪", "   CADR 420 m³/h", "   額定功率 45W", "    重量  7.2kg"]
    got = squashed_units("\n".join(["產品規格", "", *rows, "", PARA1, PARA2]))
    cells = [text for kind, text in got if kind == "debris"]
    assert cells == ["型號", "GQ7-TW", "適用坪數", "8-15坪", "CADR", "420m³/h", "額定功率", "45W", "重量", "7.2kg"], got
    rows = ["   ISBN 9788052770370", "    規格  精裝 / 416頁 / 17 x 23 cm", "    語言  繁體中文"]
    got = squashed_units("\n".join(["柏林圍牆全書", "", *rows, "", PARA1, PARA2]))
    cells = [text for kind, text in got if kind == "debris"]
    assert cells == ["ISBN", "9788052770370", "規格", "精裝/416頁/17x23cm", "語言", "繁體中文"], got


def test_a_table_of_latin_rows_or_of_one_hanzi_row_in_three_stays():
    # most rows without a Han character: an English table or figures (a calendar's days), not cut by this rule
    rows = ["   Model  GQ7-TW", "   Power  45W", "   型號   GQ7"]
    got = squashed_units("\n".join(["產品規格", "", *rows, "", PARA1, PARA2]))
    assert ("debris", "Model") not in got and ("debris", "Power") not in got, got


def test_a_lynx_table_of_short_words_one_space_apart_is_cut_into_cells():
    # lynx sets a table whose cells are words of hanzi as wide one space apart, the columns lined up: a clinic's duty
    # table (dev10 w10-004 "星期 上午 下午" / "周一 毛梓 吴春梅") or a doctor's schedule (dev14 w14-014, w14-015 "周一 周二
    # 周三" / "停诊 下午 停诊") was one unit a row; the gold has a unit a cell (w3m pads the same cells and was cut)
    for rows in (["   星期 上午 下午", "   周一 毛梓 吴春梅"], ["   周一 周二 周三", "   停诊 下午 停诊"]):
        # (lynx's margin of three spaces on most lines: a web dump, join._web_dump)
        got = squashed_units("\n".join(["   出诊时间", *rows, "", PARA1, PARA2]))
        cells = [text for kind, text in got if kind == "debris"]
        assert cells == [cell for row in rows for cell in row.split()], got


def test_words_one_space_apart_that_do_not_line_up_stay_lines():
    # a menu's rows of words (v15-001's wiki tabs "未登入 討論 貢獻 建立帳號 登入" / "首頁 分類索引 特色內容 …"), rows of
    # other cell counts, a list of words set in lines with no day of the week (test_segment_columns.py), or a row
    # alone: no timetable
    for rows in (["   首頁 分類索引 特色內容", "   條目 討論 臺灣正體"], ["   星期 上午 下午", "   周一 毛梓"],
                 ["   微信 微博 豆瓣"], ["   北京 上海 广州", "   深圳 天津 重庆"], ["   周一 周二 周三"]):
        got = squashed_units("\n".join(["   分享此文", *rows, "", PARA1, PARA2]))
        assert not any(text in ("首頁", "星期", "微信", "北京", "周一") for _, text in got), got


def test_words_one_space_apart_in_a_plain_text_stay_lines():
    # review34 finding 2: the timetable rule reads web dumps only (join._web_dump), not a plain text's lyric or its
    # word-spaced sentences that line up by chance with a day of the week among the words (no word a unit)
    for rows in (["星期一 下着 小雨", "星期二 刮起 大风", "星期三 阳光 灿烂"], ["周一 我 去 上班", "周二 我 去 上学"],
                 ["星期天 我们 去 公园", "星期天 他们 去 商场"]):
        got = squashed_units("\n".join(["日记", "", *rows, "", PARA1, PARA2]))
        assert not any(kind == "debris" for kind, _ in got), got
        assert not any(text in row.split() for _, text in got for row in rows), got  # (no word a unit)
