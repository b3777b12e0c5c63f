"""The text route on pdftotext dumps of print pages with furniture at the page edges
(docs/segmentation.md): small made-up extracts, one rule each."""

from segment_samples import units

COL = [
    "雅各布克伦贝格尔（JakobKellenberger），生",
    "于瑞士。他曾是瑞士外交官，前任红十字国际委",
    "员会主席。他在苏黎世、图尔、格拉纳达学习了",
    "法国和西班牙文学以及语言学，并获得了苏黎世",
    "大学的博士学位。后来，他还获得了巴塞尔大学",
    "和卡塔尼亚大学的名誉博士学位。1974年，他",
]
REST = [
    "在瑞士联邦外交部开始了自己的外交生涯。从十",
    "九七五年至一九八四年，他被派驻马德里、布鲁",
    "塞尔和伦敦担任各种外交职务，后来返回瑞士。",
]


def test_a_label_line_at_the_foot_of_every_page_is_a_footer_not_the_paragraphs_end():
    # a signature line printed at the foot of each page, right under a paragraph that runs on to
    # the next page: repeated at the page's edge, it is debris even though it looks like a label
    foot = "甲方签章：\n\n乙方签章：\n\n第{}页/共2页\n"
    raw = "\n".join(COL) + "\n" + foot.format(1) + "\f" + "\n".join(REST) + "\n" + foot.format(2) + "\f"
    got = units(raw)
    assert ("debris", "甲方签章：") in got
    assert all(not (k == "paragraph" and "签章" in t) for k, t in got)


def test_a_label_line_printed_once_at_a_pages_foot_stays_content():
    raw = "\n".join(COL) + "\n甲方签章：\n\f" + "\n".join(REST) + "\n"
    assert ("debris", "甲方签章：") not in units(raw)


def test_a_note_at_the_foot_of_a_page_is_debris():
    # "② 此处…" (the mark printed as a superscript in the text, so not found there) above the page
    # number, with a paragraph running on above it
    for note in ("② 此处年代采用通行说法，各家记载略有出入。", "＊本文承两位匿名审查人提供宝贵意见，谨此致谢。"):
        raw = "\n".join(COL) + "\n" + note + "\n37\n\f" + "\n".join(REST) + "\n38\n\f"
        got = units(raw)
        assert ("debris", note.replace(" ", "")) in got
        assert not any(k == "paragraph" and note[2:8] in t for k, t in got)


def test_a_note_mark_line_with_prose_below_it_on_its_page_is_not_a_footnote():
    raw = "\n".join(COL) + "\n① 他在苏黎世学习了法国和西班牙文学。\n" + "\n".join(REST) + "\n\f" + "\n".join(REST) + "\n"
    assert all(k != "debris" or "苏黎世" not in t for k, t in units(raw))


def test_without_form_feeds_a_page_ends_at_its_page_number():
    # pdftotext -nopgbrk: the footer's signature lines repeat above "1/2" and "2/2" (the first one too far from the number to be a stamp beside it)
    foot = "甲方签章：\n\n乙方签章：\n\n{}/2\n"
    raw = "\n".join(COL) + "\n" + foot.format(1) + "\n".join(REST) + "\n" + foot.format(2)
    got = units(raw)
    assert got.count(("debris", "甲方签章：")) == 2


def test_a_run_in_byline_in_brackets_is_its_story_s_paragraph():
    # a Taiwan paper runs "〔記者X／台中報導〕" into the story's first line (pdftotext writes "／" as
    # "∕"); the story goes on across the narrow column's wraps, the byline its first paragraph's (session 17)
    col = ["〔記者梁怡君∕台中報導〕2005年10", "月，第三屆金翎獎頒發，網易遊戲六", "次捧杯，三款遊戲均獲得最佳原創網",
           "路遊戲獎。網易於2006年進入中文搜", "尋引擎的市場，推出名為有道的搜索", "服務，成為入口網站的一員。"]
    got = units("網易歷史回顧\n" + "\n".join(col) + "\n")
    assert got[1][0] == "paragraph" and got[1][1].startswith("〔記者梁怡君∕台中報導〕2005年10月，第三屆")
    assert got[1][1].endswith("一員。") and len(got) == 2


def test_a_photo_credit_in_brackets_is_no_run_in_byline():
    got = units("網易歷史回顧\n（記者梁怡君攝）網易遊戲獲得多項大獎，成為當年最受矚目的遊戲公司之一。\n")
    assert all(k != "byline" for k, _ in got)


def test_a_presenters_credit_under_a_slide_title_is_a_byline():
    got = units("信陽市：簡報\n報告人：胡麗華\n\n" + "\n".join(COL) + "。\n")
    assert got[0] == ("title", "信陽市：簡報")
    assert got[1] == ("byline", "報告人：胡麗華")


def test_a_court_case_number_under_the_title_is_meta():
    got = units("臺灣新北地方法院民事判決\n108年度訴字第596號\n\n" + "\n".join(COL) + "。\n")
    assert got[0] == ("title", "臺灣新北地方法院民事判決")
    assert got[1] == ("meta", "108年度訴字第596號")


def test_authors_printed_one_name_a_line_under_the_title_are_a_byline():
    got = units("六十进制研究述评\n袁春梅\n\n彭冠宇\n\n" + "\n".join(COL) + "。\n")
    assert got[0] == ("title", "六十进制研究述评")
    assert got[1][0] == "byline" and got[1][1].replace(" ", "").replace("\n", "") == "袁春梅彭冠宇"


def test_one_name_alone_under_the_title_is_no_author_run():
    got = units("六十进制研究述评\n袁春梅\n\n" + "\n".join(COL) + "。\n")
    assert ("byline", "袁春梅") not in got


def test_a_section_label_under_a_chapter_label_opens_a_heading_of_its_own():
    for top in ("第四章 乙酰胺\n第1节 概述\n", "第四章\n第1节\n"):
        got = units(top + "\n".join(COL) + "。\n")
        assert got[0][1].startswith("第四章") and "第1节" not in got[0][1]
        assert got[1][1].startswith("第1节")


def test_a_judges_signature_under_the_date_is_a_byline():
    got = units("\n".join(COL) + "。\n中 華 民 國 111 年 2 月 18 日\n法 官 蔣怡君\n")
    assert ("byline", "法 官 蔣怡君") in got or ("byline", "法官蔣怡君") in got


def test_a_tables_header_row_does_not_join_the_heading_above_it():
    raw = ("二、公司基本情况\n项目 2023年 2022年 增减\n营业收入（万元） 89,002 31,951 14.97%\n"
           "净利润（万元） 2,709 3,244 -10.82%\n" + "\n".join(COL) + "。\n")
    got = units(raw)
    assert got[0] == ("title", "二、公司基本情况") or got[0] == ("heading", "二、公司基本情况")
    # one debris unit per cell (the corpus convention settled in session 13)
    assert [(k, t.replace(" ", "")) for k, t in got[1:5]] == [("debris", c) for c in ("项目", "2023年", "2022年", "增减")]
    assert [k for k, _ in got[5:13]] == ["debris"] * 8


def test_one_line_with_numbers_is_no_table():
    got = units("二、公司基本情况\n项目 2023年 2022年 增减\n营业收入（万元） 89,002 31,951 14.97%\n" + "\n".join(COL) + "。\n")
    assert all(k != "debris" for k, _ in got)


def test_prose_lines_set_apart_by_spaces_with_numbers_are_no_table():
    raw = ("新培育创新型产业\n集群 43家，总数达到 152家，集群内企业近 2.6\n万家，实现总收入 6.3万亿元，总利润 5711.8亿\n"
           "元，集群发展质量显著提升。\n")
    assert all(k != "debris" for k, _ in units(raw))


def test_an_affiliation_in_brackets_with_a_postcode_is_meta_not_the_abstracts_start():
    aff = "（1. 武汉大学 历史学院，江苏 南京 210023；2. 社会科学院 研究所，北京 100732）"
    got = units("六十进制研究述评\n袁春梅 彭冠宇\n" + aff + "\n摘要：" + "\n".join(COL) + "。\n")
    assert ("meta", aff) in got or any(k == "meta" and t.replace(" ", "") == aff.replace(" ", "") for k, t in got)
    assert any(k == "paragraph" and t.startswith("摘要") for k, t in got)


def test_a_bracketed_aside_naming_a_university_is_no_affiliation():
    got = units("\n".join(COL) + "。\n（他后来在苏黎世大学任教，直到退休）\n")
    assert all(k != "meta" for k, _ in got)


def test_without_form_feeds_a_footer_line_ending_with_the_page_number_ends_the_page():
    # pdftotext -layout -nopgbrk: "地址：…   網址：…   1/2" on one line, under prose that runs on
    foot = "     地址：臺北市南海路79號   網址：www.example.gov.tw   {}/2\n"
    raw = "\n".join(COL) + "\n" + foot.format(1) + "\n".join(REST) + "\n" + foot.format(2)
    got = units(raw)
    assert sum(k == "debris" and t.startswith("地址") for k, t in got) == 2
    assert not any(k == "paragraph" and "地址" in t for k, t in got)


def test_keywords_wrapped_after_a_separator_keep_their_last_word():
    got = units("摘要：" + "\n".join(COL) + "。\n关键词：六十进制；文献；综述；\nHistory\n1 引言\n" + "\n".join(REST) + "\n")
    kw = next(t for k, t in got if t.startswith("关键词"))
    assert kw.replace(" ", "").replace("\n", "").endswith("综述；History")
    assert any(t.replace(" ", "") == "1引言" for _, t in got)


def test_a_letter_spaced_heading_printed_one_character_a_line_is_one_unit():
    # pdftotext's default mode puts each character of "主　　文" on a line of its own
    got = units("上列當事人間請求確認科幻小說相關權利事件，本院判決如下：\n\n主\n\n文\n\n原告之訴駁回。訴訟費用由原告負擔。\n\n"
                + "\n".join(COL) + "。\n")
    assert ("heading", "主文") in got
    assert any(t.replace(" ", "").replace("\n", "") == "主文" for _, t in got)
    assert ("heading", "主") not in got and ("title", "主") not in got


def test_after_two_labels_in_a_row_the_words_under_them_are_headings_of_their_own():
    # pdftotext's default mode printed the labels' column, then the titles' ("第四章 乙酰胺" / "第1节 概述")
    got = units("第四章\n第1节\n\n乙酰胺\n\n概述\n\n" + "\n".join(COL) + "。\n")
    heads = [t for k, t in got if k in ("title", "heading")]
    assert heads == ["第四章", "第1节", "乙酰胺", "概述"]
    # one label above its words still joins them
    got = units("第四章\n乙酰胺\n\n" + "\n".join(COL) + "。\n")
    assert got[0][1].replace(" ", "") == "第四章乙酰胺"


def test_a_publications_name_and_issue_date_on_the_first_line_are_debris():
    for top in ("第九届全国青年史学论坛论文集 2021年10月", "某某大学学报 2022年第3期", "中國近代史研究季刊　2021.07"):
        got = units(top + "\n六十进制研究述评\n" + "\n".join(COL) + "。\n")
        assert got[0][0] == "debris" and got[0][1].replace(" ", "").replace("\u3000", "") == top.replace(" ", "").replace("\u3000", "")
        assert got[1] == ("title", "六十进制研究述评")
    # a title that only starts with a date is no page header
    got = units("2021年10月工作总结\n" + "\n".join(COL) + "。\n")
    assert got[0][0] == "title"


def test_a_headline_printed_between_the_mastheads_date_and_weekday_is_no_piece_of_it():
    raw = "聯合報\n\n2023年4月10日\n\n網易\n\n星期日\n\n" + "\n".join(COL) + "。\n"
    got = units(raw)
    assert not any("網易" in t and k == "debris" and len(t) > 2 for k, t in got)  # not inside the masthead
    assert [t for k, t in got if "聯合報" in t or "星期日" in t] == ["聯合報2023年4月10日", "星期日"]
    assert all(k == "debris" for k, t in got if "聯合報" in t or "星期日" in t)
    # a masthead whose pieces are all masthead words stays one unit
    got = units("西部商报\n2023年4月26日\n星期六\n" + "\n".join(COL) + "。\n")
    assert got[0] == ("debris", "西部商报2023年4月26日星期六")


def test_a_table_printed_one_cell_a_line_may_have_units_in_brackets_and_thousands_separators():
    cells = ["项目", "2023年", "2022年", "增减", "营业收入（万元）", "89,002", "31,951", "14.97%",
             "净利润（万元）", "2,709", "3,244", "-10.82%"]
    got = units("二、公司基本情况\n" + "\n\n".join(cells) + "\n\n" + "\n".join(COL) + "。\n")
    assert got[0][1] == "二、公司基本情况"
    assert got[1:1 + len(cells)] == [("debris", c) for c in cells]


def test_a_title_framed_by_the_pages_header_is_not_passed_over():
    raw = ("合同编号：HT-2019-7071\n\n雅各布克伦贝格尔文化研\n究项目合作协议书\n合同编号：HT-2019-7071\n\n"
           "甲方：南山文化发展有限公司\n乙方：袁诗涵\n" + "\n".join(COL) + "。\n")
    got = units(raw)
    assert got[1] == ("title", "雅各布克伦贝格尔文化研究项目合作协议书")
    # two "label：value" lines one under the other are two fields, not one two-line heading
    assert [t for _, t in got[3:5]] == ["甲方：南山文化发展有限公司", "乙方：袁诗涵"]
    # a site's name above its menu is still passed over for the headline below the menu
    menu = "今日新聞網\n\n首頁 > 即時 > 生活\n\n納瓦拉\n\n"
    got = units(menu + "\n".join(COL) + "。\n")
    assert ("title", "納瓦拉") in got


def test_a_papers_credit_in_brackets_run_into_the_story_stays_in_its_paragraph():
    raw = ("玉山箭竹：走近历史深处\n本报讯（记者 蒋国栋 通讯员 许建国）玉山箭竹（学\n名：），又名玉山矢竹、玉山云竹。原产于台湾、菲律\n"
           "宾、中国的云南及西藏，分布在1800到3800公尺的高海拔\n山区。\n")
    got = units(raw)
    assert got[1][0] == "paragraph" and got[1][1].startswith("本报讯（记者") and got[1][1].endswith("山区。")
    # the credit alone on its line is still a byline
    got = units("玉山箭竹：走近历史深处\n本报讯（记者 蒋国栋 通讯员 许建国）\n" + "\n".join(COL) + "。\n")
    assert got[1][0] == "byline"


def test_a_desks_editor_under_the_editor_joins_the_editor_credit():
    got = units("\n".join(COL) + "。\n责任编辑：张淑芬\n\n美术编辑：孙立新\n")
    assert got[-1] == ("meta", "责任编辑：张淑芬美术编辑：孙立新")
    # a source credit above an editor credit stays apart
    got = units("\n".join(COL) + "。\n本文来源：光明网\n美术编辑：孙立新\n")
    assert [k for k, _ in got[-2:]] == ["meta", "meta"]


def test_a_date_printed_one_character_a_line_is_one_unit_not_page_numbers():
    pieces = ["中", "華", "民", "國", "111", "年", "2", "月", "18", "日"]
    got = units("\n".join(COL) + "。\n" + "\n\n".join(pieces) + "\n\n法\n\n第 4 頁，共 4 頁\n\n官\n\n蔣怡君\n")
    texts = [t for _, t in got]
    assert "中華民國111年2月18日" in texts  # one unit, ending with the date ("法" is not part of it)
    assert not any(t in ("111", "2", "18", "中") for t in texts)
    # a page number alone under prose is still furniture
    got = units("\n".join(COL) + "。\n\n2\n")
    assert got[-1] == ("debris", "2")


def test_a_papers_name_and_section_above_the_headline_and_byline_are_debris():
    got = units("南方周末 综合新闻\n成公英\n文/陈静\n" + "\n".join(COL) + "。\n")
    assert got[0] == ("debris", "南方周末 综合新闻") or got[0] == ("debris", "南方周末综合新闻")
    assert got[1] == ("title", "成公英")
    # a headline with a space in it and no byline under a second line stays the title
    got = units("国家高新区 新型工业化\n\n" + "\n".join(COL) + "。\n")
    assert got[0][0] == "title"


def test_a_press_releases_contact_lines_set_apart_are_one_meta_unit():
    raw = "\n".join(COL) + "。\n\n新聞聯絡人：周怡君\n\n電話：(02)2725-4345\n\n手機：0964-811-237\n"
    got = units(raw)
    assert got[-1] == ("meta", "新聞聯絡人：周怡君電話：(02)2725-4345手機：0964-811-237")
    # a phone number right under a paragraph's last line is no contact line set apart
    got = units("\n".join(COL) + "，乌石港之名由此而来。地址：宜兰县头城镇港口里港口路15-7号\n电话：03-9782345\n")
    assert "meta" not in [k for k, _ in got]


def test_an_edition_label_or_a_journals_issue_above_the_headline_is_debris():
    for top in ("第A3版 要闻", "國際新聞 A3", "第3版 国际新闻", "《历史研究》2022年第3期", "史学月刊 Vol.12 No.3"):
        got = units(top + "\n克伦贝格尔的外交生涯\n本报记者 王海燕\n" + "\n".join(COL) + "。\n")
        assert got[0][0] == "debris", top
        assert got[1] == ("title", "克伦贝格尔的外交生涯"), top


_LONG = ("雅各布克伦贝格尔（JakobKellenberger），生于瑞士。他曾是瑞士外交官，前任红十字国际委员会主席。他在苏黎世、图尔、"
         "格拉纳达学习了法国和西班牙文学以及语言学，并获得了苏黎世大学的博士学位。后来，他还获得了巴塞尔大学和卡塔尼亚大学的名誉博士"
         "学位。1974年，他在瑞士联邦外交部开始了自己的外交生涯。从一九七五年至一九八四年，他被派驻马德里、布鲁塞尔和伦敦担任各种外交"
         "职务，后来返回瑞士，担任设于伯尔尼的欧洲一体化办公室主任。")


def test_a_page_header_printed_once_where_a_paragraph_runs_across_the_page_is_debris():
    wrapped = [_LONG[k:k + 20] for k in range(0, len(_LONG), 20)]
    before, after = "\n".join(wrapped[:7]), "\n".join(wrapped[7:])
    assert not before.endswith("。")
    for header, foot in (("华东商报 · 要闻", False), ("第3版 要闻", False), ("史学月刊 2022年第3期", True), ("华东商报\n\n2023年5月1日", False)):
        raw = ("克伦贝格尔的外交生涯\n本报记者 王海燕\n" + before + "\n" + (header + "\n\f" if foot else "\f" + header + "\n")
               + after + "\n")
        got = units(raw)
        paragraphs = [t for k, t in got if k == "paragraph"]
        assert len(paragraphs) == 2 and all(h not in "".join(paragraphs) for h in header.replace(" ", "").split("\n") if h)
        assert [k for k, _ in got[3:-1]] == ["debris"] * (len(got) - 4), header
    # a short heading at the top of a page after a paragraph that ended stays a heading
    raw = "克伦贝格尔的外交生涯\n" + before + "。\n\f后续进展\n" + after + "\n"
    assert ("heading", "后续进展") in units(raw)


def test_a_reporters_credit_in_brackets_naming_the_outlet_is_a_byline():
    got = units("戰鬥機：你不可不知的事\n\n（新界時報記者許思遠報道）\n\n" + "\n".join(COL) + "。\n")
    assert got[1] == ("byline", "（新界時報記者許思遠報道）")


def test_four_short_lines_one_under_another_are_not_one_heading():
    # a sidebar's headlines right above the story's title: at most three short lines make a title
    raw = "港聞\n北市推友善育兒新措施\n颱風動態最新路徑一次看\n股市收盤加權指數小漲\n戰鬥機：你不可不知的事\n\n" + "\n".join(COL) + "。\n"
    assert all(len(t) <= 30 for k, t in units(raw) if k in ("heading", "title"))
    # a title printed on two short lines is still one unit
    got = units("坚持“四个面向”\n做好“高新文章”\n\n" + "\n".join(COL) + "。\n")
    assert got[0] == ("title", "坚持“四个面向”做好“高新文章”")


def test_an_author_line_with_affiliation_numbers_is_a_byline():
    got = units("阿森松岛研究\n陈晓燕1，赵雅琴2\n" + "\n".join(COL) + "。\n")
    assert got[0] == ("title", "阿森松岛研究") and got[1] == ("byline", "陈晓燕1，赵雅琴2")


def test_traditional_surnames_count_for_author_names_printed_one_a_line():
    got = units("現代主義研究\n黃淑芬\n\n賴怡萱\n\n國立臺南大學歷史學系\n\n" + "\n".join(COL) + "。\n")
    assert got[0] == ("title", "現代主義研究")
    assert [k for k, t in got if "淑芬" in t or "怡萱" in t] == ["byline"] * len([t for _, t in got if "淑芬" in t or "怡萱" in t])


def test_a_section_kicker_above_the_headline_is_debris():
    for kicker in ("特別企劃｜城鄉誌月刊", "專欄/觀點"):
        got = units(kicker + "\n拜占庭帝國\n\n" + "\n".join(COL) + "。\n")
        assert got[0] == ("debris", kicker) and got[1] == ("title", "拜占庭帝國")
    # a date with slashes is no kicker
    assert units("2023/05/01\n拜占庭帝國\n\n" + "\n".join(COL) + "。\n")[0][1] != "2023/05/01拜占庭帝國"


def test_a_journals_header_at_the_top_of_a_page_is_debris():
    wrapped = [_LONG[k:k + 20] for k in range(0, len(_LONG), 20)]
    raw = ("\n".join(wrapped[:7]) + "\n收稿日期：2022-08-10\n·63·\n\f江临大学学报（社会科学版） 2022年第3期\n"
           + "\n".join(wrapped[7:]) + "\n")
    got = units(raw)
    assert ("debris", "江临大学学报（社会科学版） 2022年第3期") in got or ("debris", "江临大学学报（社会科学版）2022年第3期") in got


def test_a_line_of_label_value_fields_is_meta():
    got = units("关键词：阿森松岛；历史沿革\n中图分类号：K230 文献标识码：A 文章编号：1672-1895（2023）04-0015-09\n1 引言\n"
                + "\n".join(COL) + "。\n")
    assert ("meta", "中图分类号：K230文献标识码：A文章编号：1672-1895（2023）04-0015-09") in got
    assert any(t.replace(" ", "") == "1引言" for _, t in got)


def test_a_cover_date_in_hanzi_numerals_is_meta():
    got = units("日本历史发展报告（2021）\n江临社会科学研究院 编\n二〇二三年六月\n目 录\n\n" + "\n".join(COL) + "。\n")
    assert ("meta", "二〇二三年六月") in got
    assert not any("二〇二三年六月" in t and t != "二〇二三年六月" for _, t in got)


def test_a_running_header_of_authors_and_title_above_the_title_is_debris():
    got = units("陈晓燕等：阿森松岛研究\n阿森松岛研究\n陈晓燕1，赵雅琴2\n" + "\n".join(COL) + "。\n")
    assert got[0] == ("debris", "陈晓燕等：阿森松岛研究") and got[1] == ("title", "阿森松岛研究")


def test_a_ten_digit_document_number_is_meta():
    got = units("臺中市政府研究考核報告\n府授研字第1120030139號\n網球相關情況研究報告\n\n" + "\n".join(COL) + "。\n")
    assert ("meta", "府授研字第1120030139號") in got


def test_a_reports_author_before_the_role_is_a_byline_apart_from_the_cover_date():
    got = units("网球相关情况研究报告\n江临社会科学研究院 编\n二〇二三年六月\n\n" + "\n".join(COL) + "。\n")
    assert ("byline", "江临社会科学研究院 编") in got or ("byline", "江临社会科学研究院编") in got
    assert ("meta", "二〇二三年六月") in got
    # a title that ends in 编 with no gap is no credit
    assert units("红楼梦新编\n\n" + "\n".join(COL) + "。\n")[0] == ("title", "红楼梦新编")


def test_a_date_alone_does_not_join_a_whole_credit_in_brackets_under_it():
    got = units("戰鬥機：你不可不知的事\n\n2021年6月20日\n\n（新界時報記者許思遠報道）\n\n" + "\n".join(COL) + "。\n")
    assert ("byline", "（新界時報記者許思遠報道）") in got
    assert not any("2021年6月20日" in t and "記者" in t for _, t in got)


def test_a_mastheads_registration_and_issue_lines_are_debris():
    raw = ("江临日报\n国内统一连续出版物号 CN 32-0001\n2021年6月13日 星期日 农历癸卯年 第19668期 今日16版\n周恩来\n"
           "本报记者 周文博 张明远\n" + "\n".join(COL) + "。\n")
    got = units(raw)
    assert [k for k, _ in got[:5]] == ["debris", "debris", "debris", "title", "byline"]
