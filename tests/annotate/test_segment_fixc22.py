"""Text-route tables of web dumps (fixc22): one small hand-written dump per rule."""

from segment_samples import squashed_units

_PROSE = "   東德對過境檢查非常嚴格。國家安全局六處出入境控制單位直接管轄檢查站，他們身著邊防軍制服參與管理和監察。"


def _shop(rows):
    return "\n".join(["   蝦皮購物 ____________________ 搜尋 購物車 (0)", "",
                      "   【現貨】台灣製 冷製手工皂 六入禮盒 母親節 送禮", "", "商品規格", "", *rows, "", "商品描述", "",
                      _PROSE]) + "\n"


def test_a_mark_between_spaces_inside_a_value_cell_leaves_the_padded_table_a_table():
    # a value's own marks (a category trail "> ", a size "/ ", a stepper "- 1 +") stand between spaces as a menu's do, but
    # inside one cell after the first, in a table whose other rows have none: the rows are still cut at their gutters
    # (dev15 v15-005 lynx/w3m "分類   蝦皮購物 > 美妝保養 > 香皂", "數量  - 1 +    還剩 84 件"; dev9 w9-012, dev9xw
    # w9x-012/013 lynx "規格  精裝 / 416頁 / 17 x 23 cm")
    got = squashed_units(_shop(["   分類   蝦皮購物 > 美妝保養 > 香皂", "   品牌   小葉手作", "   保存期限 24 個月",
                                "   出貨地  臺中市西屯區"]))
    for cell in ("分類", "蝦皮購物>美妝保養>香皂", "品牌", "小葉手作", "保存期限", "24個月", "出貨地", "臺中市西屯區"):
        assert ("debris", cell) in got, got


def test_marks_in_every_row_in_the_first_cell_or_in_two_cells_stay_a_menu():
    # a menu's rows: a mark in every row, or opening a row, or in two of its cells: no table, the rows stay whole
    for rows in (["   首頁 » 中文書   要聞 | 本地", "   體育 » 足球     國際 | 兩岸"],
                 ["   首頁 » 中文書   要聞", "   品牌   小葉手作"],
                 ["   分類   蝦皮 > 美妝   香皂 / 禮盒", "   品牌   小葉手作      禮盒款"]):
        got = squashed_units(_shop(rows))
        assert not any(t in ("品牌", "要聞", "足球", "香皂/禮盒") for _, t in got), (rows, got)


def test_short_rows_not_padded_over_a_padded_table_are_none_of_its_rows():
    # the rows of a run that are not padded (no gap of two spaces) and stand over the table are left out of it, first to
    # last, until the rest is a table (dev9 w9-012, dev9xw w9x-012/013 lynx "優惠價：79折 NT$ 548" / "(BUTTON) 加入購物車
    # (BUTTON) 直接購買" over "規格  精裝 / 416頁 / 17 x 23 cm" / "語言  繁體中文"; dev15 w15-001 html2text
    # "23℃多云转小雨　东南风3级　湿度78%07:30更新" over "今天 周三 周四…" / "小雨 中雨 暴雨 阴    多云 …")
    raw = "\n".join(["   博雅書城 ____________________ 購物車(0)", "", "柏林圍牆全書（精裝典藏版）", "",
                     "   作者：余秀英　出版社：書林堂", "   優惠價：79折 NT$ 548", "   (BUTTON) 加入購物車 (BUTTON) 直接購買",
                     "    規格  精裝 / 416頁 / 17 x 23 cm", "    語言  繁體中文", "", "內容簡介", "", _PROSE]) + "\n"
    got = squashed_units(raw)
    for cell in ("規格", "精裝/416頁/17x23cm", "語言", "繁體中文"):
        assert ("debris", cell) in got, got
    assert not any(t.startswith("優惠價") and "加入購物車" in t for _, t in got), got
    # a padded row over the table is the table's: the run is asked whole, or not at all (a field list "出版发行项:   长沙
    # 出版社, 2019" over "中图法分类号:  K928.5", dev13 w13-010, stays as it is)
    raw = raw.replace("   (BUTTON) 加入購物車 (BUTTON) 直接購買", "   出版發行項:   長沙出版社, 2019")
    got = squashed_units(raw)
    assert ("debris", "規格") not in got, got
