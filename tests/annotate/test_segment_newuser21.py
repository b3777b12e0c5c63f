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


def test_an_issuer_over_its_about_line_is_one_title_however_long_the_second_line():
    # an announcement's title broken after the company's name by hand: "关于…" (17 characters, wider than the name) is
    # the title's own words, as an office over "关于…" is (test_segment_web9x); the new user's announcement
    raw = "\n".join(["华信科技股份有限公司", "关于2023年度利润分配预案的公告", "", PARA1, "", PARA2]) + "\n"
    got = squashed_units(raw)
    assert got[0] == ("title", "华信科技股份有限公司关于2023年度利润分配预案的公告"), got


def test_an_issuer_over_a_title_that_ends_as_an_official_documents_title_is_meta():
    # the company's name alone over "…决议公告" (no "关于"): the issuer, meta, and the title under it (dev15 r15-003 -raw
    # "臺中客運股份有限公司" / "公車路線調整暨新版時刻表公告", meta + title in the gold; the new user's GB18030 announcement)
    for issuer, title in (("东方电缆股份有限公司", "第五届董事会第九次会议决议公告"), ("臺中客運股份有限公司", "公車路線調整暨新版時刻表公告")):
        raw = "\n".join([issuer, title, "", PARA1, "", PARA2]) + "\n"
        got = squashed_units(raw)
        assert got[:2] == [("meta", issuer), ("title", title)], got
    # (a letterhead over a title of another word stays as it was: "滨江市第一人民医院" / "出院小结")
    got = squashed_units("\n".join(["滨江市第一人民医院", "出院小结", "", PARA1]) + "\n")
    assert ("meta", "滨江市第一人民医院") not in got, got


def test_a_title_that_the_running_head_repeats_stays_the_title_on_its_own_page():
    # -layout: the first page prints the running head "华信科技股份有限公司 关于…的公告" and, under it, the title centred
    # in two lines; the pieces are that page's title, not its running head printed in pieces (the page has it whole)
    head = "华信科技股份有限公司 关于2023年度利润分配预案的公告"
    page1 = [head, "", "", "                 华信科技股份有限公司", "              关于2023年度利润分配预案的公告", "",
             PARA1, "", "                                  第1页共2页", ""]
    page2 = [head, "", PARA2, "", "                                  第2页共2页", ""]
    raw = "\n".join(page1) + "\f" + "\n".join(page2) + "\f"
    got = squashed_units(raw)
    assert ("title", "华信科技股份有限公司关于2023年度利润分配预案的公告") in got, got
    assert ("paragraph", PARA1) in got and ("paragraph", PARA2) in got, got


def test_a_contracts_label_lines_under_its_title_are_meta_a_role_in_brackets_in_the_label():
    # "出借人（甲方）：王建国", "甲方（采购方）：北辰科技有限公司": a party's label names its role in brackets; with them the
    # lines under the title are a metadata table, the document's own fields (meta, kind20's _header_fields), not
    # headings, and the title stays the title (dev13 p13-008/009 purchase contract: the party lines were headings)
    fields = ["合同编号：JK-2024-118", "出借人（甲方）：王建国", "身份证号：310101196805120012", "借款人（乙方）：上海启明商贸有限公司"]
    raw = "\n".join(["借款合同", "", fields[0], "", *fields[1:], "", "第一条　借款金额", PARA1, "", "第二条　借款期限", PARA2]) + "\n"
    got = squashed_units(raw)
    assert got[:5] == [("title", "借款合同"), *[("meta", f) for f in fields]], got
    fields = ["甲方（采购方）：北辰科技有限公司", "法定代表人：高凯", "地址：南湖区人民路48号", "乙方（供应方）：博雅仪器有限公司"]
    got = squashed_units("\n".join(["信息化系统采购合同", *fields, PARA1]) + "\n")
    assert got[:5] == [("title", "信息化系统采购合同"), *[("meta", f) for f in fields]], got


_POST_END = ["阅读 3862", "赞 56在看 12", "", "微信扫一扫", "关注该公众号", "", "留言", "", "李先生", "请问老公司什么时候需要调整完毕？",
             "2024-07-02"]


def test_a_photo_and_its_caption_inside_a_post_do_not_end_the_article():
    # a post's photo ("[640]" w3m, "[640.jpeg]" lynx, "[./wechat_files/640.jpeg]" html2text, an image without alt text)
    # and its caption ("图为…") between the last long paragraph and two short ones: the short paragraphs are the
    # article's (they were debris, taken for comments under furniture), the image's mark debris
    tail = ["建议各位股东尽快核查公司章程中的出资期限条款，必要时及时办理变更登记。", "（本文仅供参考，不构成法律意见。）"]
    for mark in ("[640]", "[640.jpeg]", "[./wechat_files/640.jpeg]"):
        raw = "\n".join(["新《公司法》实施后，股东出资期限有哪些变化？", "", PARA1, "", PARA2, "", mark, "", "图为新《公司法》单行本（作者摄）",
                         "", tail[0], "", tail[1], "", *_POST_END]) + "\n"
        got = squashed_units(raw)
        assert ("debris", mark) in got and ("debris", "图为新《公司法》单行本（作者摄）") in got, got
        assert ("paragraph", tail[0]) in got and ("paragraph", tail[1]) in got, got
        assert ("debris", "请问老公司什么时候需要调整完毕？") in got, got


def test_the_rest_of_a_badged_credit_line_with_its_date_is_the_byline_under_a_question_title():
    # w3m prints a WeChat post's credit line without spaces, "原创张律师君衡律师事务所 2024-07-02 08:30 发表于北京"; under
    # a title that ends a sentence ("…有哪些变化？") the name-and-date piece was taken for a comment's header (debris);
    # after the badge it is the byline, as every batch's gold has it (dev6 w6-004, dev11 w11-014/015, dev12 w12-008/009)
    raw = "\n".join(["新《公司法》实施后，股东出资期限有哪些变化？", "", "原创张律师君衡律师事务所 2024-07-02 08:30 发表于北京", "",
                     PARA1, "", PARA2]) + "\n"
    got = squashed_units(raw)
    assert ("byline", "张律师君衡律师事务所2024-07-0208:30") in got, got
    from annotate.segment import segment_text
    assert segment_text(raw, "doc").meta.date == "2024-07-02 08:30"


def test_short_paragraphs_right_over_the_sign_off_are_the_articles_and_the_links_under_it_furniture():
    # a government page's notice: three short paragraphs after the last long one, then the office and the date; the
    # sign-off closes the article, and the attachment's second file, the related documents and the footer under it
    # are the site's (they were headings and meta: close_article stopped at the third short paragraph)
    short = ["（四）降低企业经营成本。落实国家各项减税降费政策，确保应享尽享。", "对首次获得银行贷款的小微企业，给予一次性奖励。",
             "本措施自印发之日起施行，有效期至2026年12月31日。"]
    under = ["附件：[10]1.某某市民营企业融资奖励申报表.pdf", "[11]2.政策兑现事项清单.docx", "分享到：微信 微博 QQ空间", "", "相关文件", "",
             "  * [12]关于印发某某市优化营商环境行动方案的通知 2024-01-05", "  * [13]某某市支持中小企业发展的若干政策 2023-11-20", "",
             "主办单位：某某市人民政府办公厅　网站标识码：3301000001"]
    raw = "\n".join(["某某市人民政府办公厅关于促进民营经济高质量发展的若干措施", "", PARA1, "", short[0], "", short[1], "", short[2], "",
                     "某某市人民政府办公厅", "2024年3月15日", "", *under]) + "\n"
    got = squashed_units(raw)
    assert [("paragraph", s) for s in short] == got[2:5], got
    assert got[5:7] == [("meta", "某某市人民政府办公厅"), ("meta", "2024年3月15日")], got
    assert len(got) > 7 and all(kind == "debris" for kind, _ in got[7:]), got


def test_a_contracts_filled_signature_rows_are_cut_into_their_sides_meta():
    # "日期：2024年3月1日　　　　日期：2024年3月1日" was one meta unit, "日期：2024年3月1日日期：2024年3月1日": two parties'
    # fields glued; a row of two filled fields that the same label opens on both sides makes the rows a signature block,
    # a side a unit (as two_sided cuts blank fields, dev13 p13-008/009), meta, with a one-side line set in between
    sig = ["甲方（签字）：王建国　　　　　　　乙方（盖章）：上海启明商贸有限公司",
           "　　　　　　　　　　　　　　　　　法定代表人：李明",
           "日期：2024年3月1日　　　　　　　　日期：2024年3月1日"]
    raw = "\n".join(["借款合同", "", "第一条　借款金额", PARA1, "", "第二条　其他", PARA2, "", *sig]) + "\n"
    got = units(raw)
    assert got[-5:] == [("meta", "甲方（签字）：王建国"), ("meta", "乙方（盖章）：上海启明商贸有限公司"), ("meta", "法定代表人：李明"),
                        ("meta", "日期：2024年3月1日"), ("meta", "日期：2024年3月1日")], got
    # (two credit fields a row, no label on both sides of any row: lines as they were)
    credits = ["来源：新华社　　　　　　作者：张三", "编辑：李四　　　　　　　审核：王五"]
    raw = "\n".join(["关于调整18路公交线路走向的公告", "", PARA1, "", PARA2, "", *credits]) + "\n"
    got = units(raw)
    assert not any(text in ("来源：新华社", "作者：张三") for _, text in got), got
    assert "".join("".join(text.split()) for _, text in got[-2:]) == "".join("".join(c.split()) for c in credits), got


def test_a_layout_table_row_whose_figures_are_long_is_still_a_row():
    # -layout prints the same table a row a line; "归属于上市公司股东的净利润  156,220,391.88  132,905,776.12  17.54%" is 43
    # characters, over _table_rows' 40, but its figures are half-width: 30.5 full-width units; the rows were paragraphs
    rows = ["项目                     2023年              2022年              增减",
            "营业收入                   1,253,876,412.50   1,102,334,118.07   13.75%",
            "归属于上市公司股东的净利润          156,220,391.88     132,905,776.12     17.54%",
            "基本每股收益                 0.52               0.44               18.18%"]
    raw = "\n".join(["一、利润分配预案内容", "", PARA1, "", "\n\n".join(rows), "", "二、公司履行的决策程序", "", PARA2]) + "\n"
    got = squashed_units(raw)
    assert ("paragraph", PARA1) in got and ("paragraph", PARA2) in got, got
    assert all(kind == "debris" for kind, text in got if text[:2] in ("项目", "营业", "归属", "基本") or text[:1].isdigit()), got
    assert any(text.startswith("归属于上市公司股东的净利润") and kind == "debris" for kind, text in got), got


def test_a_dotted_date_or_address_cut_by_a_wrap_stays_one_token():
    # a second decimal point is no sign of two figures: "2023.1" / "2.15…" is a date, "192.16" / "8.1.1…" an
    # address (review21: they were cut into two paragraphs)
    for top, under in (("会议定于2023.1", "2.15在北京召开，请各单位按时参加。"), ("服务器的地址是192.16", "8.1.1，请各单位做好准备。")):
        got = squashed_units("\n".join([PARA1, "", PARA2 + top, under, "", PARA2]) + "\n")
        assert ("paragraph", PARA2 + top + under) in got, got


def test_a_gallery_of_image_marks_is_no_figure_and_no_recursion():
    # a post's photo gallery: a thousand "[640.jpeg]" lines under the article (review21: _figure recursed once a
    # mark and raised RecursionError)
    raw = "\n".join(["某某市召开常务会议", "", "首页 > 新闻中心 > 政务动态", "", PARA1, "", PARA2, "",
                     *(["[640.jpeg]", ""] * 1200), "References:", "", "1. https://a.gov.cn/x", "2. https://b.gov.cn/y"])
    got = units(raw + "\n")
    assert ("paragraph", PARA1) in got and sum(text == "[640.jpeg]" for _, text in got) == 1200, got[:8]
