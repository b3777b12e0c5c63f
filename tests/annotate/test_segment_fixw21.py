"""Text-route residuals of the web dumps of batches 13 to 15 (fixw21): one small hand-written dump per rule."""

from segment_samples import PARA1, PARA2, squashed_units


def test_a_note_mark_alone_between_two_paragraphs_goes_with_the_sentence_above():
    # html2text sets a wiki's note mark alone on a line between two paragraphs, a paragraph a line, and prints the notes
    # as "1. ↑ …" (no line opens with the mark): the mark ends the paragraph above, the line under it opens the next
    # (dev10 w10-010 html2text62 "…所設計。" / "[2]" / "羅伯特…"; dev15 v15-001 html2textpretty176 "…政府。" / "[3]" /
    # "第1艦隊…")
    raw = "\n".join(["***** 歷史[編輯] *****", PARA1, "[2]", PARA2, "***** 參考文獻[編輯] *****",
                     "   1. ↑ 白淑. 《地方誌稿》第1卷. 台北: 文史出版社, 1982."]) + "\n"
    got = squashed_units(raw)
    assert ("paragraph", PARA1 + "[2]") in got, got
    assert ("paragraph", PARA2) in got, got


def test_a_note_mark_alone_in_a_reference_list_or_over_a_blank_line_stays_apart():
    # a reference list whose numbers an extract printed apart keeps each number with its entry ("[1]" / "[2]" / …), and a
    # mark over a blank line (a page's foot, an image) is not glued to the sentence above
    entry1, entry2 = "郭英，孙宏新。水利工程施工技术研究综述与展望。", "王立新，李红。城市韧性评价方法与应用实践研究。"
    raw = "\n".join(["参考文献", "[1]", entry1, "[2]", entry2]) + "\n"
    got = squashed_units(raw)
    assert not any(t.startswith(entry1) and t.endswith("[2]") for _, t in got), got
    raw = "\n".join([PARA1, "[2]", "", PARA2]) + "\n"
    got = squashed_units(raw)
    assert ("paragraph", PARA1 + "[2]") not in got, got


def test_a_line_ending_a_sentence_and_its_note_mark_ends_the_paragraph_in_a_dump_without_wraps():
    # html2text leaves each paragraph whole on one line: a line that ends "。[1]" ends its paragraph as one ending "。"
    # does (dev15 v15-001 html2textpretty176 "…本案現已審理終結。[1]" / "第一條獲上市公司…"; the wrapped branch reads
    # it so already, dev9xq)
    raw = "\n".join(["***** 淡水河 *****", PARA1 + "[1]", PARA2 + "[2]", "", "目錄"]) + "\n"
    got = squashed_units(raw)
    assert ("paragraph", PARA1 + "[1]") in got and ("paragraph", PARA2 + "[2]") in got, got


def test_a_dump_that_closes_with_its_links_bare_or_numbered_is_a_web_dump():
    # lynx -nonumbers closes a dump with the page's link targets bare ("file:///…", "javascript:window.print()") and w3m
    # -o display_link_number with "References:" / "[1] https://…": neither is a mark of a dump otherwise, so a page
    # whose text stands centred (no lynx margin on half its lines) went for plain text, where a short sentence under a
    # paragraph without its full stop, a blank line between, finishes that paragraph's sentence (dev15 y15-001 lynx
    # -nonumbers "…校方多次劝阻无效" / "" / "本意见自印发之日起施行，有效期5年。"; the same lists close dev12 w12-013, dev14
    # w14-007 lynx -nonumbers and dev11 w11-004, dev14 w14-009, dev15 w15-006 w3m dumps)
    body = PARA1.rstrip("。")
    tail = "本意见自印发之日起施行，有效期5年。"
    head = ["                              江淮省人民政府", "                    首页  政务公开  政务服务", "",
            "          江淮省人民政府办公厅关于进一步优化营商环境的意见", "", body, "", tail, "",
            "                                      【打印本页】【关闭窗口】", ""]
    for links in (["file:///tmp/page.html", "javascript:window.print()", "javascript:window.close()"],
                  ["References:", "", "[1] https://www.gov.example.cn/", "[2] javascript:;"]):
        got = squashed_units("\n".join(head + links) + "\n")
        assert ("paragraph", tail) in got, got
        assert not any(t == body + tail for _, t in got), got
    # a text that ends with prose keeps the join (no list of links: no dump)
    got = squashed_units("\n".join([body, "", tail, "", PARA2]) + "\n")
    assert any(t == body + tail for _, t in got), got


def test_a_counter_cut_off_a_line_of_furniture_goes_back_with_it():
    # a view counter is cut off a credit's line, so that the credit stands apart; where the rest of the line is furniture
    # too (a share bar, an update stamp whose era year no date rule reads), the line is one debris unit whole (dev15
    # y15-000 "分享到： [17]微信 … 阅读量：25831", v15-002 "更新日期：113-05-03　瀏覽人次：2,481"); a credit keeps its
    # counter apart (dev11 w11-002), and so does a wrap's fragment of a dated credit (dev9xw w9x-015 "…发" / "布　阅读量…")
    title = "行政院會通過海岸地區防災韌性強化條例草案"
    for bar in ("分享到： [17]微信 [18]微博 [19]QQ空间 扫一扫，分享到朋友圈 阅读量：25831",
                "更新日期：113-05-03　瀏覽人次：2,481"):
        raw = "\n".join(["   " + title, "", "   " + PARA1, "", "   " + PARA2, "", "   " + bar, "",
                         "   行政院 版權所有 © 2024 Executive Yuan"]) + "\n"
        got = squashed_units(raw)
        assert ("debris", "".join(bar.split())) in got, got
    raw = "\n".join(["   " + title, "   发布时间：2023-01-24　来源：新华社　浏览次数：5018", "", "   " + PARA1]) + "\n"
    got = squashed_units(raw)
    assert ("debris", "浏览次数：5018") in got, got


def test_a_full_width_reference_list_in_a_web_dump_keeps_each_number_with_its_entry():
    # "［１］" / entry / "［２］" / entry: the marker before "［２］" is found alone on its line with full-width digits too,
    # so "［２］" is no note mark under the sentence above (review21: the search wrote the number in ASCII digits)
    entry1, entry2 = "郭英，孙宏新。水利工程施工技术研究综述与展望。", "王立新，李红。城市韧性评价方法与应用实践研究。"
    for one, two in (("[1]", "[2]"), ("［１］", "［２］")):
        raw = "\n".join([PARA1, "", "参考文献", one, entry1, two, entry2, "", "References:", "",
                         "1. https://www.gov.example.cn/a", "2. https://www.gov.example.cn/b"]) + "\n"
        got = squashed_units(raw)
        assert not any(t.endswith(two) for _, t in got), got
