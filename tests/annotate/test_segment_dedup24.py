"""One copy of each piece of knowledge (session 24, dedup24): the note signs, the picture words and the section
numbers live in ``rules``; each call site reads them, and where a site took only part of a set it still does (a
named part). These pin what each site matches, so that a later edit of the one copy shows where it reaches."""

from annotate.segment import classify, columns, join, office, pairs, rules
from annotate.segment.readers import article, html, pdf
from annotate.segment.readers import common as readers_common

# --- note signs: one set, three named parts ----------------------------------------------------------------------


def test_note_signs_are_the_named_parts():
    assert rules.NOTE_SIGNS == frozenset(rules.ASTERISKS + rules.REFERENCE_MARK + rules.DAGGERS)
    assert rules.NOTE_SIGNS == frozenset("*＊※†‡")


def test_page_foot_note_takes_asterisks_and_the_reference_mark_not_daggers():
    # classify._page_edges: a line at a page foot opening with a note mark or a star-like sign
    for line in ("＊本文承蒙审稿人指正", "*本文承蒙审稿人指正", "※ 本文承蒙审稿人指正", "② 此处引文", "[3] 见前注"):
        assert classify._FOOT_NOTE.match(line), line
    assert classify._FOOT_NOTE.match("† 本文承蒙审稿人指正") is None
    assert classify._FOOT_NOTE.match("‡ 本文承蒙审稿人指正") is None


def test_pdf_footnote_takes_asterisks_and_daggers_not_the_reference_mark():
    # readers.pdf.NOTE_MARK: what opens a PDF's footnote
    for line in ("＊本文承蒙审稿人指正", "* 通讯作者", "† 同等贡献", "‡ 现工作单位", "注：数据来自…", "1 见前引书"):
        assert pdf.NOTE_MARK.match(line), line
    assert pdf.NOTE_MARK.match("※ 本文承蒙审稿人指正") is None


def test_html_symbol_link_keeps_every_note_sign():
    # an in-page link whose text is a note sign is a footnote's mark (text), a lone other symbol is a permalink
    for sign in "*＊※†‡":
        assert not html._symbol_link([(sign, 0)], 0), sign
    assert html._symbol_link([("¶", 0)], 0)
    assert html._symbol_link([("#", 0)], 0)


def test_affiliation_mark_reads_the_asterisks():
    assert rules.AFFILIATION_MARK == r"\d*＊¹²³⁴⁵"
    assert rules.AUTHOR_MARKED.fullmatch("许文清¹，周扬²")
    assert rules.AUTHOR_MARKED.fullmatch("林佩君1＊")
    assert rules.AUTHOR_MARKED.fullmatch("黃淑芬*")


# --- picture words ---------------------------------------------------------------------------------------------


def test_photo_credit_reads_the_picture_words():
    for line in ("展場一隅。（圖／讀者提供）", "（图/新华社）", "（图片／本报资料）", "（照片/读者提供）", "（相片／某某）",
                 "資料照片（記者林志明攝）"):
        assert rules.PHOTO_CREDIT.search(line), line
    assert rules.PHOTO_CREDIT.search("（图像／某某）") is None  # (not a word of the credit's: as before)
    assert rules.PHOTO_CREDIT.search("（文／王某）") is None


def test_picture_source_is_not_the_outlet():
    # doc_meta: "来源" after a picture word is the picture's source; the text's own source comes after it
    meta = classify.doc_meta(["图片来源：网络　来源：新华社"], ["meta"])
    assert meta.outlet == "新华社"
    for word in ("图", "圖", "图片", "圖片", "照片", "相片", "图像", "圖像"):
        assert classify.doc_meta([f"{word}来源：网络"], ["meta"]).outlet is None, word
    assert classify.doc_meta(["来源：新华社"], ["meta"]).outlet == "新华社"


def test_photo_roles_and_their_end():
    assert rules.PHOTO_ROLES == frozenset({"摄影", "攝影", "摄", "攝", "图", "圖"})
    for text in ("文／教務處　攝影／", "摄影：", "图/", "攝"):
        assert rules.PHOTO_ROLE_END.search(text), text
    assert rules.PHOTO_ROLE_END.search("文／") is None
    # the one-character roles open a credit only with a colon or slash after them, the writer's and the picture's
    for line in ("文／王某", "图：新华社", "攝／李明"):
        assert rules.CREDIT_OPENS.match(line) and line[0] in rules.CREDIT_FIRST and line[0] in rules.KIND_FIRST, line
    assert rules.CREDIT_OPENS.match("图为会议现场") is None
    # the photographer's names are not the author
    m = rules.BYLINE.match("文／教務處　攝影／學生會")
    assert m and classify._authors("文／教務處　攝影／學生會", m) == ["教務處"]


# --- section numbers -------------------------------------------------------------------------------------------


def test_part_labels_one_base_two_word_sets():
    for label in ("第一部分", "第3章", "第十二節", "第二篇", "第三讲"):
        assert rules.SECTION_LABEL.fullmatch(label), label
        assert pairs._PART.fullmatch(label), label
    for label in ("第一單元", "第3课", "第二单元", "第五課"):  # a textbook's units and lessons: pairs only
        assert pairs._PART.fullmatch(label), label
        assert rules.SECTION_LABEL.fullmatch(label) is None, label
    assert readers_common.SECTION_NUMBER.match("第三章　总则")


def test_clause_labels_one_base():
    assert join._CLAUSE is rules.CLAUSE_LABEL
    for label in ("第七條", "第三条", "第一百二十条", "第2款"):
        assert rules.CLAUSE_LABEL.fullmatch(label), label
    assert rules.CLAUSE_LABEL.fullmatch("第三章") is None
    # the PDF reader's item start also takes a chapter or section after the same ordinal
    for line in ("第六條 本會", "第三章 总则", "第一節 概況", "第一千条"):
        assert pdf.ITEM_START.match(line), line
    # a contract's article head in the PDF reader: its own numerals (zero, ASCII digits; no 千)
    assert pdf._HEAD_FORMS[1].fullmatch("第二条合同价款")
    assert pdf._HEAD_FORMS[1].fullmatch("第一〇条违约责任")
    assert pdf._HEAD_FORMS[1].fullmatch("第一千条违约责任") is None


def test_hanzi_section_numbers():
    assert pairs._HEAD_NUMBER is rules.HEAD_NUMBER
    for mark in ("二、", "十二、"):
        assert rules.HEAD_NUMBER.match(mark) and rules.ITEM_MARK.match(mark), mark
    assert rules.ITEM_MARK.match("（一）时间") and rules.ITEM_MARK.match("(3)")
    assert rules.HEADING_DRESS.match("三、相聲").group() == "三、"
    assert article.NUMBERED_ITEM.fullmatch("（二）落实资金保障。")
    assert article.NUMBERED_ITEM.fullmatch("三、加强组织领导；")
    assert article.NUMBERED_ITEM.fullmatch("1.加强组织领导；")
    assert office.CAPTION.match("表三　主要指标") and office.CAPTION.match("图2")
    assert html._SECTION_MARK.match("參、") and html._SECTION_MARK.match("（三）")
    assert join._LIST_NUMBER.sub("N", "（十二）") == "（N）"


def test_clause_numbers_one_base():
    # a clause number and a space, then a word: a numbered heading (join._numbered_heading reads rules.CLAUSE_HEAD)
    for line in ("2 规范性引用文件", "3.1　原始文献", "5.1.2 一般要求"):
        assert rules.CLAUSE_HEAD.match(line), line
    assert rules.CLAUSE_HEAD.match("2.5% 的增长") is None
    assert pairs._SECTION_NUMBER.match("3.2.1") and pairs._SECTION_NUMBER.match("3.2.1.") is None
    assert columns._NUMBER_PIECE.fullmatch("2.1") and columns._NUMBER_PIECE.fullmatch("[12]")


def test_hanzi_dates():
    assert rules.HANZI_DATE.fullmatch("二〇二三年六月二十日") and rules.HANZI_DATE.fullmatch("中華民國一一二年六月")
    assert join._HANZI_DATE_ALONE.fullmatch("十月三日")
    assert join._HANZI_DATE_ALONE.fullmatch("中華民國112年9月")
    assert rules.ISSUE_ALONE.fullmatch("十一月號")


# --- other repeated sets ---------------------------------------------------------------------------------------


def test_day_of_week_one_copy():
    assert rules.WEEKDAY.search("自由時報 / 2023/03/05 / 星期四")
    assert rules.WEEKDAY.fullmatch("週日") and rules.WEEKDAY.fullmatch("禮拜三") and rules.WEEKDAY.fullmatch("周八") is None
    assert rules.DATED_MASTHEAD.fullmatch("民生報2023-06-01星期四")
    assert rules.ISSUE_LINE.search("2021年6月13日 星期日 农历癸卯年 第19668期 今日16版")
    from annotate.segment import inline
    assert inline.DATE_ALONE.fullmatch("2023年7月11日（星期二）") and inline.DATE_ALONE.fullmatch("2021年6月20日")
    assert [p.pattern for p in classify._WEEKDAY_AT] == ["星期", "週", "周", "礼拜", "禮拜"]


def test_stamp_words_one_copy():
    assert rules.POSTED.fullmatch("发布于2023-09-06") and rules.POSTED.fullmatch("發表於2020-01-07")
    assert rules.POSTED.fullmatch("更新于2023-09-06") and rules.POSTED.fullmatch("修改于2023-09-06") is None
    assert rules.DATE_STAMPED.match("2020.04.28 更新") and rules.DATE_STAMPED.match("2023-09-06修改")
    assert [p.pattern for p in classify._STAMP_END] == [w + "\\\n" for w in rules.STAMP_WORDS]
    assert classify._POSTER_STAMP.fullmatch("本房源由经纪人萧文于2023-09-06发布")
    assert classify._POSTER_STAMP.fullmatch("本房源由经纪人萧文于2023-09-06修改") is None


def test_file_suffixes_one_copy():
    assert rules.ATTACHMENT.fullmatch("附件：1.相关材料.pdf")
    assert rules.ATTACHMENT.fullmatch("相關附件：公告全文.odt 公告全文.pdf")
    assert rules.ATTACHED_FILE.fullmatch("1.讲座报名回执表.doc") and rules.ATTACHED_FILE.fullmatch("回执.txt") is None


def test_short_label_and_print_bullets_one_copy():
    assert pairs._LABEL_OPENS is rules.NOTE_LABEL and pairs._LABEL_OPENS.match("举例：如下")
    from annotate.segment import colblock
    assert colblock.BULLETS == frozenset(colblock.BULLET_MARKS)
    assert colblock._BULLET_HEAD.fullmatch("■若干细节") and colblock._BULLET_HEAD.fullmatch("■若干，细节") is None
    assert colblock._BULLET_BESIDE.search("…他忘记补充一点：第一次 ■ 若干细节")
    assert columns._HEADING_BESIDE.fullmatch("■资料补充") and columns._HEADING_BESIDE.fullmatch("結語")


def test_numbered_heading_reads_the_clause_head():
    assert join._SECTION_NUMBER is rules.CLAUSE_HEAD
