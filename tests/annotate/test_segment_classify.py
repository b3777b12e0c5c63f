"""Unit kinds on the text route: the failure classes the independent batch (benchmarks/segcorpus, batch 3)
showed, each as one small input — site furniture around the headline, credits, running headers,
journal title blocks, official documents."""

from segment_samples import PARA1, PARA2, columns, units

from annotate.segment import segment_text


def kinds(raw):
    return [k for k, _ in units(raw)]


# --- furniture lines ---------------------------------------------------------------------------


def test_a_breadcrumb_with_doubled_marks_is_debris_and_never_joins_the_title_below():
    raw = "首页 >> 新闻中心 >> 综合新闻\n       达曼 (沙特阿拉伯)\n来源：光明日报 2023-07-26 记者 郑凯\n\n" + PARA1
    got = units(raw)
    assert got[0] == ("debris", "首页 >> 新闻中心 >> 综合新闻".replace(" ", ""))
    assert got[1] == ("title", "达曼(沙特阿拉伯)")


def test_a_font_tool_row_in_one_bracket_is_debris_and_not_glued_to_the_paragraph():
    for row in ("【字体：大 中 小】", "【字体：大中小】", "【字号：[7]大 [8]中 [9]小】"):
        got = units(f"标题\n\n{row}\n{PARA1}")
        assert got[1][0] == "debris" and got[2] == ("paragraph", PARA1), row


def test_a_menu_bar_that_opens_at_the_home_page_is_debris():
    got = units(f"港澳資訊網\n首頁 港澳 內地 國際 財經 評論\n\n一战\n\n來源：文匯報 2023-09-12 記者 郭俊宏\n\n{PARA1}")
    assert got[1] == ("debris", "首頁港澳內地國際財經評論") and ("title", "一战") in got
    assert kinds(f"标题\n\n首页设计的故事\n\n{PARA1}")[1] != "debris"


def test_the_short_lines_under_the_heading_of_a_link_list_are_debris():
    raw = f"一战\n\n{PARA1}\n\n熱門新聞\n高鐵假期加開班次\n颱風動態持續觀察中\n大學指考放榜查詢\n\n{PARA2}"
    got = units(raw)
    assert [k for k, _ in got] == ["title", "paragraph"] + ["debris"] * 4 + ["paragraph"]


def test_a_contact_line_of_an_announcement_is_meta():
    assert units(f"标题\n\n{PARA1}\n\n承辦人：蔡佩玲 聯絡電話：(02)2720-8123\n")[2][0] == "meta"


def test_a_menu_bar_with_link_numbers_is_debris():
    assert units(f"标题\n\n[2]網站導覽｜[3]回首頁｜[4]English｜[5]RSS\n\n{PARA1}")[1][0] == "debris"


def test_a_headline_the_text_repeats_as_its_first_heading_is_no_running_header():
    raw = f"帕特纳赫峡谷\n\n本报记者 杨静\n\n帕特纳赫峡谷\n\n{PARA1}\n\n美特斯邦威\n\n{PARA2}"
    assert kinds(raw) == ["title", "byline", "heading", "paragraph", "heading", "paragraph"]


def test_a_line_of_punctuation_only_is_debris():
    assert units("标题\n\n:::\n\n" + PARA1)[1:] == [("debris", ":::"), ("paragraph", PARA1)]


def test_photo_credits_tags_skip_links_and_traditional_navigation_are_debris():
    for line in ("資料照片（記者林志明攝）", "图片来源（王某 摄）", "標籤：旅遊 生活隨筆", "全站分類：休閒旅遊",
                 "跳到主要內容區塊", "按圖放大", "[圖片]", "上一則：颱風動態持續觀察中", "下一條：北市公布新制停車費率"):
        assert units(f"标题\n\n{PARA1}\n\n{line}\n\n{PARA2}")[2][0] == "debris", line


def test_a_menu_of_bullets_an_encoder_lost_is_debris_one_unit_per_item():
    # a GBK copy of "• 首页" has "? 首页": three or more short items are a menu
    raw = "呋塞米\n\n? 首页\n? 深度\n? 人物\n\n呋塞米\n\n文／胡蓉\n\n" + PARA1
    assert units(raw)[:5] == [("debris", "呋塞米"), ("debris", "?首页"), ("debris", "?深度"),
                              ("debris", "?人物"), ("title", "呋塞米")]


def test_long_items_behind_a_text_bullet_are_paragraphs_of_their_own():
    raw = f"标题\n\n? {PARA1}\n? {PARA2}\n"
    assert units(raw)[1:] == [("paragraph", f"?{PARA1}"), ("paragraph", f"?{PARA2}")]


def test_a_single_question_mark_at_a_line_start_is_no_bullet():
    raw = f"标题\n\n{PARA1[:-1]}\n? 这是一句话吗\n"
    assert [k for k, _ in units(raw)] == ["title", "paragraph"]


def test_a_rule_drawn_across_the_page_is_a_debris_line_but_a_markdown_rule_is_markup():
    raw = "明報新聞網 | 貴族\n" + "-" * 72 + "\n\n貴族\n\n" + PARA1 + "\n\n---\n\n" + PARA2
    got = units(raw)
    assert got[1] == ("debris", "-" * 72)
    assert [k for k, _ in got[2:]] == ["title", "paragraph", "paragraph"]


def test_a_running_header_printed_above_a_title_the_text_repeats_is_still_debris():
    def wrapped(text):
        return "\n".join(text[i:i + 30] for i in range(0, len(text), 30))

    head = "明報新聞網 | 貴族"
    raw = (f"{head}\n\n貴族\n\n文／林志明\n\n{wrapped(PARA1)}\n\n- 1 -\n\n{head}\n\n{wrapped(PARA2)}\n\n貴族\n\n"
           f"{wrapped(PARA1[::-1])}\n\n- 2 -\n\n{head}\n\n{wrapped(PARA2[::-1])}\n\n- 3 -")
    got = units(raw)
    assert got[0] == ("debris", "明報新聞網|貴族") and got[1] == ("title", "貴族")
    assert sum(t == "明報新聞網|貴族" and k == "debris" for k, t in got) == 3


def test_a_footnote_whose_mark_the_text_used_is_debris_but_a_numbered_list_is_not():
    body = "\n".join(columns(PARA1.replace("电影频道", "电影频道[1]", 1), 60) + columns(PARA2, 60))
    got = units(f"标题\n\n{body}\n[1] 資料來源：公視新聞網，2021年7月15日。\n\n" + "\n".join(columns(PARA2[::-1], 60)))
    assert got[3] == ("debris", "[1]資料來源：公視新聞網，2021年7月15日。")
    got = units(f"标题\n\n{PARA1}\n\n① 第一点要做好。\n\n② 第二点也要做好。")
    assert [k for k, _ in got] == ["title", "paragraph", "paragraph", "paragraph"]


def test_comment_headers_are_debris_but_a_date_inside_prose_is_not():
    raw = f"标题\n\n{PARA1}\n\n网友评论\n\n北京网友 发表于 2023-06-02\n2#\n写得很好。\n\n路人甲於 2023-03-06 留言\n期待！\n"
    got = units(raw)
    assert ("debris", "北京网友 发表于 2023-06-02".replace(" ", "")) in got and ("debris", "2#") in got
    assert ("debris", "路人甲於2023-03-06留言") in got
    assert kinds(f"标题\n\n{PARA1}\n\n成立于2001年11月12日\n\n{PARA2}")[2] != "debris"


# --- credits -----------------------------------------------------------------------------------


def test_a_byline_keeps_a_date_line_below_it_apart():
    # (a unit of its own; its kind is meta, the document's date: session 16's convention, "bydate")
    for gap in ("\n", "\n\n"):
        got = units(f"散彈槍\n\n文／楊凱文　攝影／黃建華{gap}2023/11/15\n\n{PARA1}")
        assert got[1] == ("byline", "文／楊凱文 攝影／黃建華") and got[2] == ("meta", "2023/11/15"), repr(gap)


def test_a_date_line_under_the_title_is_meta_even_over_a_share_bar():
    # the convention settled in session 13: a date alone right under the title is the article's (meta), whatever
    # follows it (here a share bar, not the byline)
    doc = segment_text(f"納瓦拉\n2023/07/12 21:23\n\n分享 Facebook LINE\n\n記者許雅雯／台北報導\n\n{PARA1}\n", "doc")
    assert [(u.kind, u.text) for u in doc.units][:4] == [
        ("title", "納瓦拉"), ("meta", "2023/07/12 21:23"), ("debris", "分享Facebook LINE"), ("byline", "記者許雅雯／台北報導")]
    assert doc.meta.date == "2023/07/12 21:23" and doc.meta.author == "許雅雯"


def test_a_date_line_standing_apart_is_debris_but_still_the_documents_date():
    doc = segment_text(f"納瓦拉\n\n分享 Facebook LINE\n\n2023/07/12 21:23\n\n記者許雅雯／台北報導\n\n{PARA1}\n", "doc")
    assert [u.kind for u in doc.units][:4] == ["title", "debris", "debris", "byline"]
    assert doc.meta.date == "2023/07/12 21:23" and doc.meta.author == "許雅雯"


def test_a_byline_keeps_a_labelled_date_line_apart():
    got = units(f"貴族\n文∕林志明\n更新時間：2020年3月15日\n\n{PARA1}")
    assert got[1:3] == [("byline", "文∕林志明"), ("meta", "更新時間：2020年3月15日")]


def test_credit_pieces_an_extract_cut_at_its_gaps_still_make_one_byline():
    got = units(f"有田中井手之战\n撰文：周婷\n\n摄影：王某\n\n{PARA1}")
    assert got[1] == ("byline", "撰文：周婷摄影：王某")
    got = units(f"黄鳍紫鱼\n来源：人民网\n\n作者：陈静\n\n2021年9月28日 14:05\n\n{PARA1}")
    assert got[1][0] == "byline" and got[1][1].endswith("14:05")


def test_bylines_with_a_bracketed_prefix_or_names_ended_by_a_gap():
    doc = segment_text(f"黑龍江\n\n【本報訊】記者許雅雯報道\n\n{PARA1}", "doc")
    assert doc.units[1].kind == "byline" and doc.meta.author == "許雅雯"
    doc = segment_text(f"鎌倉幕府\n\n作者：周美玲 發表於2023/03/06\n\n{PARA1}", "doc")
    assert doc.units[1].kind == "byline" and doc.meta.author == "周美玲"


def test_a_byline_with_the_authors_organisation_before_the_name_names_the_person():
    for gap in (" ", "\u3000"):
        doc = segment_text(f"区域消费市场运行分析\n\n作者：经济研究所{gap}孙立新\n\n{PARA1}", "doc")
        assert doc.units[1].kind == "byline" and doc.meta.author == "孙立新", gap
    # the organisation needs its gap and only names after it: a squeezed line or a sentence is no byline
    assert kinds(f"标题\n\n作者：经济研究所孙立新\n\n{PARA1}")[1] != "byline"
    assert segment_text(f"鎌倉幕府\n\n作者：周美玲 發表於2023/03/06\n\n{PARA1}", "doc").meta.author == "周美玲"


def test_a_photographers_credit_names_no_author_an_office_may():
    doc = segment_text(f"本校舉辦第十屆科學節\n\n文／教務處\u3000攝影／學生會\n\n{PARA1}", "doc")
    assert doc.units[1].kind == "byline" and doc.meta.author == "教務處"
    doc = segment_text(f"黃河流域\n\n記者 張三 攝影 李四\n\n{PARA1}", "doc")
    assert doc.units[1].kind == "byline" and doc.meta.author == "張三"
    doc = segment_text(f"黃河流域\n\n攝影／王大明\n\n{PARA1}", "doc")
    assert doc.units[1].kind == "byline" and doc.meta.author is None
    doc = segment_text(f"黃河流域\n\n本报记者 刘晓峰 通讯员 陈思\n\n{PARA1}", "doc")
    assert doc.meta.author == "刘晓峰、陈思"  # a correspondent is an author


def test_an_editor_credit_with_a_slash_is_meta_and_not_the_author():
    doc = segment_text(f"納瓦拉\n\n{PARA1}\n\n責任編輯／蔡佩玲\n", "doc")
    assert doc.units[2].kind == "meta" and doc.meta.author is None


# --- the headline ------------------------------------------------------------------------------


def test_the_site_name_above_its_menu_is_debris_and_the_headline_is_below_the_menu():
    raw = "   今日新聞網\n\n     * [1]即時\n     * [2]政治\n     * [3]社會\n\n   納瓦拉\n   2023/07/12 21:23\n\n" + PARA1
    got = units(raw)
    assert got[0] == ("debris", "今日新聞網") and ("title", "納瓦拉") in got


def test_the_headline_is_the_heading_right_above_the_byline():
    raw = ("小雨的生活日誌\n\n記錄生活裡的小事\n\n文章分類\n\n最新文章\n\n央行理監事會決議出爐\n\n鎌倉幕府\n\n"
           "作者：周美玲 發表於2023/03/06\n\n" + PARA1 + "\n\n相關情形\n\n" + PARA2)
    got = units(raw)
    assert [k for k, _ in got[:5]] == ["debris"] * 5
    assert got[5] == ("title", "鎌倉幕府") and got[-2] == ("heading", "相關情形")


def test_a_forum_posters_box_between_the_title_and_the_byline_is_debris():
    raw = f"查看: 6018 | 回复: 4\n\n李晨(演员)\n\n老李说事\n发帖208 积分1736\n\n作者：老李说事　发表于 2023-06-02 12:54\n\n{PARA1}"
    got = units(raw)
    # (one debris unit per furniture line: the poster's name and the poster's counts)
    assert [k for k, _ in got] == ["debris", "title", "debris", "debris", "byline", "paragraph"]


def test_a_one_line_banner_above_the_page_is_not_prose_and_does_not_hide_the_headline():
    raw = ("我們使用Cookie提供更好的服務，繼續瀏覽即代表同意。接受\n\n遠見天下誌\n\n專題報導\n\n散彈槍\n\n"
           "文／楊凱文\n\n" + PARA1)
    got = units(raw)
    title = [k for k, _ in got].index("title")
    assert got[title] == ("title", "散彈槍") and {k for k, _ in got[:title]} == {"debris"}


def test_a_title_above_a_section_heading_stays_the_title():
    assert kinds(f"标题在此\n\n第一节 概况\n\n{PARA1}") == ["title", "heading", "paragraph"]
    assert kinds(f"标题在此\n\n本报记者 齐旭\n\n小标题\n\n{PARA1}") == ["title", "byline", "heading", "paragraph"]


def test_a_headline_printed_after_the_text_is_still_found_there():
    assert kinds(f"{PARA1}\n\n{PARA2}\n\n标题在最后") == ["paragraph", "paragraph", "title"]


# --- journal and official documents -----------------------------------------------------------


def test_journal_authors_under_the_title_are_a_byline_and_keywords_are_meta():
    raw = ("罗伯特阿夸弗雷斯卡研究述评\n周文斌 李建国\n摘要：" + PARA1 + "\n关键词：影响与评价；罗伯特阿夸弗雷斯卡；羽毛球\n"
           "1 罗伯特阿夸弗雷斯卡\n" + PARA2)
    got = units(raw)
    assert [k for k, _ in got] == ["title", "byline", "paragraph", "meta", "heading", "paragraph"]
    assert got[1] == ("byline", "周文斌李建国")


def test_two_names_followed_by_a_byline_are_the_title():
    got = units(f"南方周末 2021年9月28日 星期四\n琴娜 杜普洛\n撰文：陈静 摄影：李明\n{PARA1}")
    assert got[1] == ("title", "琴娜 杜普洛") and got[2][0] == "byline"


def test_an_official_document_number_stands_alone_and_the_title_is_below_it():
    raw = "内部资料\n\n江州市人民政府办公厅文件\n江政办发〔2024〕25号\n\n关于长谷川町子有关情况的报告\n" + PARA1
    got = units(raw)
    assert ("meta", "江政办发〔2024〕25号") in got
    assert ("title", "关于长谷川町子有关情况的报告") in got


def test_an_official_letter_with_a_labelled_number():
    raw = "內部資料 請勿外流\n\n臺中市政府文化局函\n發文字號：中文字第1120074號\n關於新北市有關情況的報告\n一、新北市\n" + PARA1
    got = units(raw)
    assert got[2] == ("meta", "發文字號：中文字第1120074號") and got[3] == ("title", "關於新北市有關情況的報告")
    assert [k for k, _ in got[:2]] == ["debris", "debris"]


def test_a_metadata_table_of_label_value_lines_is_debris_one_unit_per_line():
    raw = ("索引号：11356481/2023-89\n发布机构： 东阳市人民政府办公室\n发文日期：2023-03-26\n主题分类： 综合政务\n"
           "明尼亚波利斯富国银行广场\n东阳政办发〔2023〕48号\n" + PARA1)
    got = units(raw)
    assert [k for k, _ in got[:4]] == ["debris"] * 4
    assert got[4] == ("title", "明尼亚波利斯富国银行广场") and got[5][0] == "meta"


def test_a_block_of_credits_is_not_a_metadata_table():
    got = units(f"标题\n\n{PARA1}\n\n本文来源：光明网\n责任编辑：吴倩\n校对：李某\n")
    assert [k for k, _ in got[2:]] == ["meta"] * len(got[2:])


def test_a_list_item_with_a_label_and_a_date_is_no_meta_line_and_gives_no_document_date():
    # one rule for every route (classify.line_kind, rules.ITEM_MARK): "（一）时间：…" is an item of the notice
    raw = "关于举办专题讲座的通知\n\n" + PARA1 + "\n\n（一）时间：2023年3月4日（星期三）14:30至16:30\n\n" + PARA2
    doc = segment_text(raw, "doc")
    item = next(u for u in doc.units if u.text.startswith("（一）"))
    assert item.kind not in ("meta", "byline", "debris")
    assert doc.meta.date is None
