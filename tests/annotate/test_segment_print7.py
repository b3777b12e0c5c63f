"""The text route on dumps of pages printed by a browser (batch 7, docs/segmentation.md): small
made-up extracts, one rule each."""

from segment_samples import units

BODY = [
    "郵票的正式名稱為郵值標籤。這個詞來自於君主階層，卻很好的說明了郵票",
    "的法律歷史來由。貼上郵票意味著為運送郵件繳納了事先規定好的郵資。郵",
    "政是屬於國家的，或者是由國家制定的寡頭經營，所以公民的郵政行為屬於",
    "國家法管理範疇，聯邦郵局在私有化以前的郵政條例是等同於法律條例的，",
    "它管理著郵政服務與使用者之間的關係。",
]


def test_wide_leading_one_blank_line_inside_a_paragraph_two_between_paragraphs():
    # pdftotext -layout on a page with wide line spacing: inside a paragraph the lines are set
    # apart by one blank line or none, paragraphs by two or more; one blank line is no break there
    para = "\n\n".join(BODY[:3]) + "\n" + "\n\n".join(BODY[3:])
    raw = "\n\n\n".join([para, para, para, para]) + "\n"
    got = units(raw)
    assert [k for k, _ in got] == ["paragraph"] * 4
    assert got[0][1] == "".join(BODY)


def test_forum_tool_words_after_a_posters_byline_are_cut_off_as_one_debris_unit():
    from annotate.segment.inline import furniture_spans

    line = "作者：闲云野鹤　发表于 2022-6-25 18:15　只看該作者　樓主"
    spans = furniture_spans(line)
    assert [line[a:b] for a, b in spans] == ["只看該作者　樓主"]
    raw = "关于托尔金\n\n" + line + "\n\n" + "".join(BODY) + "\n"
    got = units(raw)
    assert [k for k, _ in got] == ["title", "byline", "debris", "paragraph"]
    assert "".join(got[2][1].split()) == "只看該作者樓主"
    # a word glued to the text before it is no tool word
    assert furniture_spans("作者：闲云野鹤　发表于 2022-6-25 18:15楼主") == []


def test_browser_header_and_footer_lines_are_debris_and_join_nothing():
    # pdftotext -raw of a page printed with the browser's header and footer: the address and the
    # page counter on one line, right above the next page's first line
    raw = ("".join(BODY[:2]) + "\n12/5/26, 6:06 PM 走近心脏_清河市人民政府门户网站\n"
           "http://www.example.gov.cn/art/2023/002/art_1229_002.html 1/2\n" + "".join(BODY[2:]) + "\n")
    got = units(raw)
    assert [(k, "".join(t.split())) for k, t in got[1:3]] == [
        ("debris", "12/5/26,6:06PM走近心脏_清河市人民政府门户网站"),
        ("debris", "http://www.example.gov.cn/art/2023/002/art_1229_002.html1/2")]
    assert got[-1] == ("paragraph", "".join(BODY[2:]))
    # an address inside a sentence, or a line that only opens with one, stays content
    assert all(k == "paragraph" for k, _ in units("原文见http://www.example.com/a.html。\n\nhttp://www.example.com 是本站网址。\n"))


def test_a_saved_pages_file_address_in_the_browser_footer_is_debris():
    # Chromium prints a page opened from disk with its file:/// address at the foot
    raw = ("12/6/26, 3:22 AM\n\n走近心脏\n\n" + "".join(BODY) + "\n\nfile:///tmp/pages/heart.html\n\n1/1\n")
    got = units(raw)
    assert ("debris", "file:///tmp/pages/heart.html") in got and ("paragraph", "".join(BODY)) in got
    assert not any(k == "heading" for k, _ in got)


def test_a_date_line_above_a_run_in_byline_stays_apart():
    raw = "一次看懂馬祖列島\n2023/09/15 22:47\n〔記者吳淑芬／高雄報導〕" + "".join(BODY) + "\n"
    got = units(raw)
    # (the byline on the story's line is the story's, session 17's convention; the date above stays a unit of its own)
    assert [k for k, _ in got] == ["title", "meta", "paragraph"]
    assert got[1][1] == "2023/09/15 22:47" and got[2][1] == "〔記者吳淑芬／高雄報導〕" + "".join(BODY)


def test_a_document_number_alone_under_a_date_is_a_meta_unit_of_its_own():
    raw = "走近心脏\n\n清河市人民政府办公室\n2023-06-10\n清政办发〔2023〕36号\n\n" + "".join(BODY) + "\n"
    got = units(raw)
    assert ("meta", "清政办发〔2023〕36号") in got
    assert not any("2023-06-10" in t and "清政办发" in t for _, t in got)


def test_an_issuing_office_line_under_the_title_is_meta_not_part_of_the_title():
    raw = "一次看懂凡爾賽條約\n發布單位：經濟部\n\n發布日期：中華民國110年9月10日\n\n一、注意事項\n" + "".join(BODY) + "\n"
    got = units(raw)
    assert got[0] == ("title", "一次看懂凡爾賽條約")
    assert ("meta", "發布單位：經濟部") in got


def test_the_browser_headers_time_stamp_and_page_title_are_two_debris_units():
    head = "12/5/26, 6:06 PM\n\n一次看懂馬祖列島 - 生活 - 自由新聞網\n\n"
    raw = head + "".join(BODY[:3]) + "\n\n1/2\n\f" + head + "".join(BODY[3:]) + "\n\n2/2\n\f"
    got = units(raw)
    assert [(k, "".join(t.split())) for k, t in got[:2]] == [("debris", "12/5/26,6:06PM"), ("debris", "一次看懂馬祖列島-生活-自由新聞網")]


def test_a_side_column_beside_the_article_in_a_layout_extract_is_cut_off_as_debris():
    pad = " " * 29
    rows = [pad + BODY[0], "   读书笔记(86)", pad + BODY[1], "   旅行见闻(41)", pad + BODY[2],
            "   生活随笔(102)" + " " * 17 + BODY[3]]
    rows += [pad + t for t in BODY[4:]]
    rows += [pad + t for t in BODY] * 2  # (the article's edge: ten long lines or more)
    got = units("\n".join(rows) + "\n")
    side = [t for k, t in got if k == "debris"]
    assert side == ["读书笔记(86)", "旅行见闻(41)", "生活随笔(102)"]
    assert all("(" not in t for k, t in got if k == "paragraph")
    # the same items set at the article's edge are the article's own lines
    flush = "\n".join(t.strip() for t in rows) + "\n"
    assert not [t for k, t in units(flush) if k == "debris"]


def test_a_photographers_credit_after_the_writers_stays_in_the_byline():
    raw = "探訪東德\n文：鄭宇軒 圖：吳淑芬\n【本報訊】" + "".join(BODY) + "\n"
    got = units(raw)
    assert got[1][0] == "byline" and "".join(got[1][1].split()) == "文：鄭宇軒圖：吳淑芬"
    # a caption glued after a column's text is still cut off
    got = units("".join(BODY[:2]) + " 圖：吳淑芬攝\n")
    assert ("debris", "圖：吳淑芬攝") in got


def test_an_infobox_beside_the_articles_first_lines_is_cut_off_row_by_row():
    pad = " " * 10
    rows = [pad + "中华人民共和国人权：历史与现状",
            pad + "在广播电视领域，由广电总局等单位审查国内的节目，" + " " * 22 + "中文名       中华人民共和国人权", "",
            pad + "决定每一部影视作品能否在国内公开上演，其审查程序" + " " * 22 + "所属类别      文化", "",
            pad + BODY[0], pad + BODY[1]]
    got = units("\n".join(rows) + "\n")
    cells = ["".join(t.split()) for k, t in got if k == "debris"]
    assert cells == ["中文名中华人民共和国人权", "所属类别文化"]
    # a table row or a dated page header after a gutter is no infobox
    table = "营业收入（万元）         89,002      31,951\n净利润（万元）          2,709       3,244\n"
    assert not [t for k, t in units(table) if k == "debris" and "89" in t and "万元" not in t]


def test_a_forum_posts_author_column_and_counters_are_debris():
    raw = ("书友论坛 ›读书交流 ›帖子\r\n查看: 1696|回复: 32\r\n关于托尔金，你需要知道这些\r\n闲云野鹤\r\n积分 2310\r\n"
           "帖子 486\r\n注册时间 2015-3-2\r\n作者：闲云野鹤 发表于 2022-6-25 18:15\r\n" + "".join(BODY) + "\r\n")
    got = units(raw)
    assert ("title", "关于托尔金，你需要知道这些") in got
    for line in ("查看: 1696|回复: 32", "闲云野鹤", "积分 2310", "帖子 486"):
        assert ("debris", "".join(line.split())) in [(k, "".join(t.split())) for k, t in got]
    assert "".join(got[6][1].split()) == "注册时间2015-3-2"  # (a date: meta by the line rules, a unit of its own)
    # one such line alone is no author column
    assert ("debris", "积分2310") not in units("关于托尔金\n\n积分 2310\n\n" + "".join(BODY) + "\n")


def test_an_faqs_last_question_with_a_short_answer_above_the_share_bar_stays_a_heading():
    # lynx dump of an FAQ page: the last answer is shorter than the article's prose, so the question above it
    # looked like a link under the article; a question heading as the FAQ's others are is the article's
    long_answer = "一般家庭使用时，PP棉滤芯建议每3至6个月更换一次，活性炭滤芯6至12个月，RO膜24至36个月，水质差时缩短。"
    tail = ("\n\n安装需要收费吗？\n\n   购买后首次安装免费，包含标准配件。如需加长管路，按公示标准收费。"
            "\n\n   分享到：微信 微博 QQ空间 【字号 大 中 小】【打印】【关闭】\n")
    got = units("净水器常见问题\n\n滤芯多久更换一次？\n\n   " + long_answer + tail)
    assert ("heading", "安装需要收费吗？") in got and got[-1][0] == "debris"
    # without a question among the headings above, a short line there is still read as furniture
    got = units("净水器常见问题\n\n   " + long_answer + tail)
    assert ("debris", "安装需要收费吗？") in got
