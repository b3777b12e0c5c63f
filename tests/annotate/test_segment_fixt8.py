"""Text route: the conventions settled in session 16 (fixt8): a web page's borderless table a cell a unit."""

from segment_samples import PARA1, PARA2, squashed_units


def _page(block):
    return f"   关于开展夏季安全检查的通知\n\n{block}\n\n   {PARA1}\n\n   {PARA2}\n"


def test_a_borderless_table_row_is_cut_at_the_gutters_its_rows_share():
    # lynx pads each cell to its column's width in characters; a cell's own space ("二 3-4") is no gutter
    lynx = ("   課號   CSIE2010 學分   3\n"
            "   必／選修 必修       上課時間 二 3-4、四 3\n"
            "   上課地點 資109     修課人數 120")
    got = squashed_units(_page(lynx))
    for cell in ("課號", "CSIE2010", "學分", "3", "必／選修", "必修", "上課時間", "二3-4、四3", "資109", "120"):
        assert ("debris", cell) in got, got
    # lynx centres a cell in its column: the cells under a gutter need not start together
    centred = ("   站序  站名     换乘线路\n"
               "   1  火车东站 K1、K6、地铁2号线\n"
               "   2  人民医院   7路、32路\n"
               "   3  文化宫     地铁1号线")
    got = squashed_units(_page(centred))
    for cell in ("站序", "站名", "换乘线路", "1", "火车东站", "K1、K6、地铁2号线", "文化宫", "地铁1号线"):
        assert ("debris", cell) in got, got
    # a browser's "save as text" sets a tab after each cell; lynx's row of one wide cell ends before the gutters
    for block in ("索引号：\t11190842/2021-00704\t主题分类：\t综合政务\n发布机构：\t湖南省文化和旅游厅\t成文日期：\t2021年5月21日",
                  "       索引号：  11190842/2021-00704 主题分类：    综合政务\n"
                  "       发布机构：      湖南省文化和旅游厅      成文日期： 2021年5月21日\n"
                  "       标\u3000\u3000题：     专家谈洛拉·帕尼亚尼\n"
                  "       发文字号：    湖发改办〔2021〕46号    发布日期： 2021-05-21"):
        got = squashed_units(f"{block}\n\n   专家谈洛拉·帕尼亚尼\n\n   {PARA1}\n\n   {PARA2}\n")
        for cell in ("索引号：", "11190842/2021-00704", "主题分类：", "湖南省文化和旅游厅", "2021年5月21日"):
            assert ("debris", cell) in got, got
    # w3m pads to the printed width (a Han character two columns)
    w3m = "   近义词 水到渠成\n   反义词 急于求成\n   用法   作谓语、定语"
    got = squashed_units(_page(w3m))
    for cell in ("近义词", "水到渠成", "用法", "作谓语、定语"):
        assert ("debris", cell) in got, got


def test_lines_whose_spaces_meet_by_chance_are_no_table():
    for block in ("   1. 理解常見資料結構的設計與分析\n   2. 能以程式實作排序、搜尋與圖形演算法",  # a list
                  "   医院概况 科室导航 专家介绍 就医指南\n   当前位置：首页 » 专家介绍 » 详情",  # a menu
                  "   收藏 复制朗读完善\n   写景 抒情"):  # one single space each, in line by chance
        got = squashed_units(_page(block))
        first = "".join(block.split("\n")[0].split())
        assert any(first in t for _, t in got), (block, got)
        assert not any(t in ("1.", "2.", "收藏", "写景", "»详情") for _, t in got), got


def test_a_reference_section_is_debris_its_heading_and_entries():
    entries = ("   [1] 谢艳平. 新闻写作教程[M]. 北京: 人民出版社, 2019.\n\n"
               "   [2] 冯勇. 数据新闻实务[M]. 上海: 复旦大学出版社, 2021.\n")
    wiki = "   1. ^ 經濟部水利署. 淡水河系治理規劃檢討. 2003年.\n   2. ^ 臺北市政府工務局. 河濱公園年報. 民國105年.\n"
    for head, block in (("参考资料", entries), ("參考資料", wiki), ("***** 参考文献 *****", entries)):
        got = squashed_units(f"   新闻写作课程\n\n   {PARA1}\n\n   {PARA2}\n\n   {head}\n\n{block}")
        tail = got[-3:]
        assert all(k == "debris" for k, _ in tail), got
    # the same entries under a page's own heading (a doctor's publications), and a numbered list of biographies: content
    got = squashed_units(f"   陈娜医生\n\n   {PARA1}\n\n   学术成果\n\n{entries}\n   {PARA2}\n")
    assert not any(k == "debris" for k, _ in got), got
    bios = "   1. 吴鹰先生，独立董事，美国国籍，1959年出生。\n\n   2. 高忠，男，生于1958年，本公司董事。\n"
    got = squashed_units(f"   董事简介\n\n   {PARA1}\n\n   参考\n\n{bios}")
    assert not any(k == "debris" for k, _ in got), got
