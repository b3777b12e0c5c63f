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
