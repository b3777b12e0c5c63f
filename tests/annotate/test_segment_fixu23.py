"""What a new user's trial found (session 23, a law-and-finance team's files; fixu23): one small hand-written input
per rule."""

from segment_samples import PARA1, PARA2, squashed_units

_CONTRACT = [
    "技术服务合同",
    "合同编号：HT-2023-0815",
    "第一条\u3000服务内容",
    "\u3000\u3000乙方为甲方提供数据标准制定、数据质量检测及数据资产目录建设等技术服务，具体服务范围以附件一为准。",
    "第二条\u3000服务期限",
    "\u3000\u3000本合同服务期限自2023年8月15日起至2024年8月14日止，共计十二个月，期满前双方可协商续签。",
    "第三条\u3000违约责任",
    "\u3000\u3000甲方逾期付款的，每逾期一日，应按逾期金额的0.05%向乙方支付违约金；乙方逾期交付的，按同等标准承担违约责任。",
]


def test_a_row_of_fields_under_an_indented_paragraph_is_no_wrapped_line():
    # a contract saved one line a paragraph, its paragraphs set in by "　　": the signature row at the margin under the last
    # clause ("甲方（盖章）：" ten ideographic spaces "乙方（盖章）：") was taken in as the clause's wrapped rest (dumpwrap's
    # first-line indents: a line two to four columns left of the paragraphs' indent); a gap that wide inside a line is a
    # row of fields, never a tool's wrap at a space (the trial's 合同_gb18030.txt)
    raw = "\r\n".join([*_CONTRACT, "甲方（盖章）：" + "\u3000" * 10 + "乙方（盖章）："]) + "\r\n"
    got = squashed_units(raw)
    assert ("paragraph", _CONTRACT[-1].strip("\u3000")) in got, got
    assert any(t == "甲方（盖章）：乙方（盖章）：" for _, t in got), got


def test_a_wrapped_line_at_the_margin_still_joins_its_indented_paragraph():
    # the rule's own case stays: html2text broke an indented paragraph at a space, its rest at the margin
    raw = "\n".join([*_CONTRACT[:4], "\u3000\u3000本合同服务期限自2023年8月15日起至2024年8月14日止， 共计十二个月，",
                     "期满前双方可协商续签。", *_CONTRACT[6:]]) + "\n"
    got = squashed_units(raw)
    assert ("paragraph", "本合同服务期限自2023年8月15日起至2024年8月14日止，共计十二个月，期满前双方可协商续签。") in got, got


_WECHAT_BODY = ["", "图1：新旧公司法对比", "", "一、认缴期限的变化", "", PARA1, "", "图片来源：网络", "", PARA2, ""]


def test_a_badged_post_credit_with_no_counter_is_cut_and_a_byline():
    # a WeChat post from before the platform printed the place of posting: "原创" opens the credit line and nothing on the
    # line is a counter ("发表于上海" was the only hint the badge was cut by, dev6 w6-004, dev11 w11-014/015); the badge is
    # debris, the rest the byline (every batch's gold), its name the author and its account the outlet; "图片来源：网络"
    # is the picture's source, never the document's outlet (the trial's wechat_lynx/w3m/html2text dumps)
    from annotate.segment import segment_text

    for credit, author in (("   原创 陈律师 [1]法商观察 2024-01-05 08:30", "陈律师"), ("原创 陈律师 法商观察 2024-01-05 08:30", "陈律师"),
                           ("原创陈律师法商观察 2024-01-05 08:30", None)):
        raw = "\n".join(["一文读懂新《公司法》注册资本认缴新规", "", credit, *_WECHAT_BODY])
        doc = segment_text(raw, "d")
        got = [(u.kind, "".join(u.text.split())) for u in doc.units]
        rest = "".join(credit.split())[2:]
        assert got[:3] == [("title", "一文读懂新《公司法》注册资本认缴新规"), ("debris", "原创"), ("byline", rest)], got
        assert (doc.meta.author, doc.meta.date) == (author, "2024-01-05 08:30"), doc.meta
        assert doc.meta.outlet == ("法商观察" if author else None), doc.meta


def test_a_badge_word_in_prose_is_no_badge():
    raw = "\n".join(["一文读懂新《公司法》注册资本认缴新规", "", "原创作品的著作权自创作完成之日起产生，不论是否发表。", "", PARA1, ""])
    got = squashed_units(raw)
    assert not any(t == "原创" for _, t in got), got


def test_a_wechat_pages_credit_spans_give_author_and_outlet():
    # the native page sets the name and the account in spans of their own (the trial's wechat_公司法.html)
    from annotate.segment.readers.html import read_html

    page = ("<html><head><meta charset='utf-8'><title>t</title></head><body><h1>一文读懂新《公司法》注册资本认缴新规</h1>"
            "<div id='meta_content'><span id='copyright_logo'>原创</span>\n<span class='rich_media_meta_text'>陈律师</span>\n"
            "<span class='rich_media_meta_nickname'><a href='javascript:void(0);'>法商观察</a></span>\n"
            "<em id='publish_time'>2024-01-05 08:30</em></div>"
            f"<div id='js_content'><p>{PARA1}</p><p>图片来源：网络</p><p>{PARA2}</p></div></body></html>")
    doc, _ = read_html(page.encode("utf-8"), "d")
    assert (doc.meta.author, doc.meta.outlet, doc.meta.date) == ("陈律师", "法商观察", "2024-01-05 08:30"), doc.meta


def test_a_posters_credit_gives_no_account():
    # "晴天小猪 发表于 2023-5-7 12:21" (dev11 w11-008, dev10 w10-008 "阿福 發表於 …"): "发表于" is no account
    from annotate.segment import rules

    assert rules.ACCOUNT_CREDIT.fullmatch("晴天小猪 发表于 2023-5-7 12:21") is None
    assert rules.ACCOUNT_CREDIT.fullmatch("雷一 地理知识局 2021-04-12 13:02").group("names", "account") == ("雷一", "地理知识局")


def test_a_title_that_the_info_table_repeats_is_no_running_head():
    # a government page's 信息公开 table names the document ("标题：     关于…的通知") above the document itself: the title,
    # printed twice in different surroundings, was taken for a running head and made debris, and an attachment's name
    # became doc.title (the trial's gov_w3m.txt; lynx and html2text set the row otherwise); a labelled field's value and
    # the same line alone are the document's own
    from annotate.segment import segment_text

    title = "关于做好2023年安全生产月活动的通知"
    raw = "\n".join(["首页 | 政务公开 | 办事服务 | 互动交流", "", "索引号：   11110000MB0123456X/2023-00123",
                     "发文机关： 某某市人民政府办公厅", "成文日期： 2023年04月12日", f"标题：     {title}",
                     "发文字号： 某政办发〔2023〕15号", "", title, "", "各区人民政府，市政府各委、办、局，各有关单位：", "",
                     "　　" + PARA1, "", "　　" + PARA2, "", "　　附件：", "", "1.2023年安全生产月活动安排表", "",
                     "某某市人民政府办公厅", "", "2023年4月12日", ""])
    doc = segment_text(raw, "d")
    assert ("title", title) in [(u.kind, u.text) for u in doc.units], [(u.kind, u.text) for u in doc.units]
    assert doc.meta.title == title, doc.meta


def test_a_running_head_printed_twice_stays_furniture():
    # a running head printed alike twice (no label before either copy) is still furniture
    raw = "\n".join(["临江水利研究", "", PARA1, "", "二、工程概况", "", PARA2, "", "临江水利研究", "", PARA1[:60] + "。", ""])
    got = squashed_units(raw)
    assert [k for k, t in got if t == "临江水利研究"] == ["debris", "debris"], got


def test_numbered_section_heads_in_plain_paragraphs_are_headings():
    # a government notice's section heads in plain <p>s (the trial's gov_notice.html; dev14 w14-004 sets them in <b>
    # inside a <p>, v14-000/001 in <div>s): the first had become debris, the others paragraphs; every dump makes them
    # headings
    from segment_samples import native_html_units

    body = ("<h1>关于做好2023年安全生产月活动的通知</h1><p>各区人民政府，市政府各委、办、局，各有关单位：</p>"
            f"<p>{PARA1}</p><p>一、活动主题</p><p>{PARA2}</p><p>二、活动时间</p><p>{PARA1}</p><p>三、工作要求</p><p>{PARA2}</p>")
    got = native_html_units(body)
    assert [k for k, t in got if t[:2] in ("一、", "二、", "三、")] == ["heading"] * 3, got


def test_numbered_lines_in_a_row_stay_items():
    # the same numbers with no prose between them are a list's items, no section heads
    from segment_samples import native_html_units

    body = (f"<h1>关于做好2023年安全生产月活动的通知</h1><p>{PARA1}</p><p>一、活动主题</p><p>二、活动时间</p><p>三、工作要求</p>"
            f"<p>{PARA2}</p>")
    got = native_html_units(body)
    assert "heading" not in [k for k, t in got if t[:2] in ("一、", "二、", "三、")], got


_SIGN_OFF = ["审判长张伟", "人民陪审员　刘淑芬", "人民陪审员　赵国强", "二〇二三年六月二十日", "书记员孙敏"]
_JUDGMENT_TAIL = "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于北京市第三中级人民法院。"


def _signed(kinds_texts):
    return [(k, t) for k, t in kinds_texts if t in {"".join(s.split()) for s in _SIGN_OFF}]


def test_a_judgments_sign_off_rows_are_meta_with_or_without_a_gap():
    # "审判长张伟" with no gap between role and name (the trial's pdftotext dump) was a heading, "人民陪审员 刘淑芬" meta; a
    # common surname after the role says it is a signature too (dev8 p8-000's gold: meta, one a line); doc.date from the
    # date in hanzi numerals where no other date is given
    from annotate.segment import segment_text

    raw = "\n".join(["民事判决书", "", "（2023）京0105民初12345号", "", PARA1, PARA2, _JUDGMENT_TAIL, "", *_SIGN_OFF, ""])
    doc = segment_text(raw, "d")
    got = _signed([(u.kind, "".join(u.text.split())) for u in doc.units])
    assert [k for k, _ in got] == ["meta"] * 5, got
    assert doc.meta.date == "二〇二三年六月二十日", doc.meta


def test_a_role_word_heading_stays_a_heading():
    # no surname after the role: "人民陪审员制度" is a heading's words, no signature
    raw = "\n".join(["民事判决书", "", "人民陪审员制度", "", PARA1, "", "书记员孙敏", ""])
    got = squashed_units(raw)
    assert ("heading", "人民陪审员制度") in got, got


def test_pdf_sign_off_rows_are_one_unit_a_line_and_meta(tmp_path):
    # the native PDF joined "人民陪审员 刘淑芬" / "人民陪审员 赵国强" into one unit and made "审判长张伟" a paragraph
    from pdf_samples import FONT, _canvas, _column

    from annotate.segment.files import segment_file

    path = tmp_path / "judgment.pdf"
    c = _canvas(path)
    c.setFont(FONT, 18)
    c.drawCentredString(297, 780, "民事判决书")
    y = _column(c, PARA1 + PARA2, 72, 740, 42, size=10.5, lead=18)
    y = _column(c, _JUDGMENT_TAIL, 72, y, 42, size=10.5, lead=18)
    c.setFont(FONT, 10.5)
    for line in _SIGN_OFF:
        y -= 18
        c.drawRightString(523, y, line)
    c.showPage()
    c.save()
    doc, _ = segment_file(path)
    got = _signed([(u.kind, "".join(u.text.split())) for u in doc.units])
    assert got == [("meta", "".join(s.split())) for s in _SIGN_OFF], [(u.kind, u.text) for u in doc.units]


def test_docx_sign_off_rows_are_meta(tmp_path):
    # the DOCX reader made "审判长张伟" / "人民陪审员 刘淑芬" paragraphs and "人民陪审员 赵国强" meta (the trial's 判决书_word.docx)
    import docx

    from annotate.segment.files import segment_file

    d = docx.Document()
    for text in ["民事判决书", PARA1, PARA2, _JUDGMENT_TAIL, *_SIGN_OFF]:
        d.add_paragraph(text)
    path = tmp_path / "judgment.docx"
    d.save(str(path))
    doc, _ = segment_file(path)
    got = _signed([(u.kind, "".join(u.text.split())) for u in doc.units])
    assert [k for k, _ in got] == ["meta"] * 5, [(u.kind, u.text) for u in doc.units]


def test_fields_of_a_meta_line_keep_a_space_between_them():
    # "日期：2023年8月15日" ideographic spaces "日期：2023年8月15日" read as one glued string (the trial's 合同_gb18030.txt); a gap
    # that sets two fields apart stays as one space in a byline or meta line (dev: "撰文：張雅婷  攝影：黃建國", "姓名：杨娜华
    # 性别：男 …"; whitespace only, the dev figures and the seeds unchanged); letter-spacing ("审　判　长") still goes
    from annotate.segment import segment_text

    raw = "\n".join(["技术服务合同", "", PARA1, "", PARA2, "", "日期：2023年8月15日" + "\u3000" * 7 + "日期：2023年8月15日",
                     "审　判　长　阎明海", "书　记　员　雷明", ""])
    got = [(u.kind, u.text) for u in segment_text(raw, "d").units]
    assert ("meta", "日期：2023年8月15日 日期：2023年8月15日") in got, got
    assert ("meta", "审判长阎明海") in got, got  # (letter-spacing, no gap between fields: squeezed)
