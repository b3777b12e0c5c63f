"""Faults a new user's trial found (session 22, fixu22: a Taipei / Hong Kong team's theses, journal articles and news
pages): one small hand-written input per rule."""

from segment_samples import PARA1, PARA2, squashed_units


def test_contents_entries_numbered_with_a_point_are_one_unit_each():
    # "3.1 粵語書寫的歷史……21": the section number's point is no dot leader; each entry stays one debris unit, never
    # glued to the next ("3.1…213.2…27" was one paragraph: a thesis's contents in pdftotext's three modes, newuser22;
    # dev15 p15-007 -layout, an emergency plan's "1.1   编制目的……1")
    entries = ["第三章 文獻回顧……………………21", "3.1 粵語書寫的歷史……………………21", "3.2 香港報章的語體選擇……………………27",
               "第四章 研究方法..........................35", "4.1 研究對象..........................35"]
    raw = "\n".join(["目錄", "", *entries, "", "第三章 文獻回顧", "", PARA1, "", PARA2]) + "\n"
    got = squashed_units(raw)
    for entry in entries:
        assert ("debris", "".join(entry.split())) in got, got
    assert ("paragraph", PARA1) in got, got


def test_a_table_of_contents_own_heading_is_debris_with_its_entries():
    # "目　錄" right above the first entry: the contents' heading, debris as its entries are (the corpus's golds: dev6
    # p6-022 "目錄", dev15 p15-007 "目    录" under the issuer and the date, both a heading before; a thesis's "目錄",
    # newuser22); the cover's title, issuer and date above it and a short heading elsewhere keep their kinds
    entries = ["1   總則……………………………………1", "1.1   編制目的……………………………1", "2   組織體系……………………………………2"]
    raw = "\n".join(["清源縣突發地質災害應急預案", "", "清源縣人民政府辦公室", "二〇二四年五月", "", "目    錄", "", *entries, "",
                     "1   總則", "", PARA1, "", "研究背景", "", PARA2]) + "\n"
    got = squashed_units(raw)
    assert got[0] == ("title", "清源縣突發地質災害應急預案") and ("meta", "二〇二四年五月") in got, got
    assert got[3:7] == [("debris", "目錄"), *(("debris", "".join(e.split())) for e in entries)], got
    assert ("heading", "研究背景") in got, got


def _docx_units(path, paras):
    """A .docx of ``(style, text)`` paragraphs (a style the default template lacks is added), read by the DOCX reader."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    from annotate.segment.files import segment_file

    d = docx.Document()
    names = {s.name for s in d.styles}
    for style, text in paras:
        if style not in names:
            d.styles.add_style(style, WD_STYLE_TYPE.PARAGRAPH)
            names.add(style)
        d.add_paragraph(text, style=style)
    d.save(str(path))
    doc, _ = segment_file(path)
    return [(u.kind, "".join(u.text.split())) for u in doc.units]


def test_docx_a_table_of_contents_is_debris_an_entry_a_unit(tmp_path):
    # Word's "TOC n" / "TOC Heading" styles, or entries typed in Normal with a tab or a dot leader before the page
    # number: debris, each entry its own unit (they were headings "第一章 緒論1" and paragraphs: a thesis's contents,
    # newuser22; no DOCX of the corpus has one, the PDF reader already makes such entries debris)
    body = [("Heading 1", "第三章　文獻回顧"), ("Normal", PARA1), ("Heading 2", "3.1 粵語書寫的歷史"), ("Normal", PARA2)]
    styled = [("TOC Heading", "目　錄"), ("TOC 1", "第一章　緒論\t1"), ("TOC 2", "1.1 研究動機\t3"), ("TOC 1", "第三章　文獻回顧\t21")]
    got = _docx_units(tmp_path / "a.docx", styled + body)
    assert got[:4] == [("debris", "目錄"), ("debris", "第一章緒論1"), ("debris", "1.1研究動機3"), ("debris", "第三章文獻回顧21")], got
    assert ("heading", "3.1粵語書寫的歷史") in got and ("paragraph", PARA1) in got, got
    for k, (a, b) in enumerate((("第一章　緒論\t1", "第三章　文獻回顧\t21"), ("第一章　緒論……………1", "3.1 粵語書寫的歷史……………21"))):
        got = _docx_units(tmp_path / f"b{k}.docx", [("Normal", a), ("Normal", b), *body])
        assert got[:2] == [("debris", "".join(a.split())), ("debris", "".join(b.split()))], got
    # (one line "…<tab>12" alone is no table of contents: "附件<tab>1" over prose stays as it was)
    got = _docx_units(tmp_path / "c.docx", [("Normal", "附件　清單\t1"), *body])
    assert got[0][0] != "debris", got


def test_markdown_a_whole_line_in_single_star_italics_loses_its_stars():
    # "*2026-11-30　林怡君*" under a note's title: the stars are markup (the unit was the heading "*2026-11-30林怡君*" and
    # the note had no date; a research note in Markdown, newuser22); a star inside a line, "5*3", and a bullet stay
    raw = "\n".join(["# 研究筆記：都市原住民語言調查", "", "*2026-11-30　林怡君*", "", PARA1, "", "乘法：5*3等於15。", "", PARA2]) + "\n"
    got = squashed_units(raw)
    assert ("meta", "2026-11-30林怡君") in got, got
    assert not any("*" in text for kind, text in got if kind != "paragraph"), got
    assert ("paragraph", "乘法：5*3等於15。") in got, got


def _journal_page(path):
    """A journal's page in two columns of 20 characters at 10 points: at the left ``一、前言`` over two paragraphs, then
    ``二、研究方法`` over a third; at the right two paragraphs (``三、…``'s, run on from the left column of the page
    before), a figure's frame beside the left column's head, its caption, ``四、結論`` and a paragraph under it."""
    from pdf_samples import FONT, _canvas, _column, _para

    c = _canvas(path)
    paras = [_para(300 + k, 58) for k in range(6)]
    c.setFont(FONT, 12)
    c.drawString(56, 534, "一、前言")
    y = _column(c, paras[0], 56, 516, 20, lead=16)
    _column(c, paras[1], 56, y, 20, lead=16)
    c.setFont(FONT, 12)
    c.drawString(56, 380, "二、研究方法")
    _column(c, paras[2], 56, 356, 20, lead=16)
    y = _column(c, paras[3], 314, 536, 20, lead=16)
    _column(c, paras[4], 314, y, 20, lead=16)
    for x0, y0, x1, y1 in ((314, 345, 534, 345), (314, 405, 534, 405), (314, 345, 314, 405), (534, 345, 534, 405)):
        c.line(x0, y0, x1, y1)  # the figure's frame: four drawn lines, no text
    c.setFont(FONT, 9)
    c.drawString(320, 329, "圖1 各年齡層族語能力分布")
    c.setFont(FONT, 12)
    c.drawString(314, 300, "四、結論與建議")
    _column(c, paras[5], 314, 282, 20, lead=16)
    c.showPage()
    c.save()
    from annotate.segment.files import segment_file

    doc, _ = segment_file(path)
    return paras, ["".join(u.text.split()) for u in doc.units]


def test_pdf_a_head_beside_a_figures_gap_in_the_other_column_cuts_no_band(tmp_path):
    # the left column's section head stands beside the empty frame of a figure in the right column: the columns are read
    # whole, left then right (the right column's two paragraphs were read after "一、前言"'s, before "二、研究方法":
    # newuser22's journal article); two sections stacked on a page, both columns' text starting level under the head,
    # are still read one after the other (test_segment_native6's school paper, dev9xp p9x-016/017)
    paras, got = _journal_page(tmp_path / "journal.pdf")
    order = [got.index(p) for p in paras]
    assert order == sorted(order), got
    assert got.index("二、研究方法") < got.index(paras[2]) < got.index(paras[3]), got


def test_a_contents_entry_without_a_leader_never_joins_a_numbered_entry_under_it():
    # "二、文獻回顧 5" / "2.1 歷史 5" / "2.2 現況 8": a page number set apart by a space, then a section's number: the join
    # made one number of two ("二、文獻回顧52.1歷史52.2現況8", newuser22's contents typed without leaders); a wrap inside
    # prose with a number at the break ("…增長了 5" / "成") still joins
    raw = "\n".join(["目錄", "", "一、緒論 1", "二、文獻回顧 5", "2.1 歷史 5", "2.2 現況 8", "三、方法 12", "", "一、緒論", "",
                     PARA1, "", PARA2]) + "\n"
    got = squashed_units(raw)
    for entry in ("二、文獻回顧5", "2.1歷史5", "2.2現況8"):
        assert any(text == entry for _, text in got), got


def test_pdf_a_subsections_number_opens_a_heading_of_its_own(tmp_path):
    # "二、研究方法" / "2.1 研究對象", both in the heads' 12 points, two sizes apart: two headings, not one
    # ("二、研究方法2.1研究對象": newuser22's journal article); a title's second line in its type stays the title's
    from pdf_samples import FONT, _canvas, _column, _para

    from annotate.segment.files import segment_file

    path = tmp_path / "heads.pdf"
    c = _canvas(path)
    c.setFont(FONT, 16)
    c.drawString(72, 780, "都市原住民族語言調查")
    c.drawString(72, 760, "以新北市為例")
    c.setFont(FONT, 12)
    c.drawString(72, 720, "二、研究方法")
    c.drawString(72, 694, "2.1 研究對象")
    _column(c, _para(401, 120), 72, 676, 30)
    c.showPage()
    c.save()
    doc, _ = segment_file(path)
    got = [(u.kind, "".join(u.text.split())) for u in doc.units]
    assert ("heading", "二、研究方法") in got and ("heading", "2.1研究對象") in got, got
    assert got[0] == ("title", "都市原住民族語言調查以新北市為例"), got


def test_a_long_run_of_contents_entries_with_a_tail_that_fails_is_no_contents_and_returns():
    # review23: with an entry's title allowed to open with "3.1", a page number and the next section number ran together
    # ("…213.1…") and a failing tail made the run's pattern try every split of the digits, entry after entry (14 entries:
    # 28 s); each entry is now atomic
    from annotate.segment.lines import contents_run

    run = "".join(f"{k}.{k}研究目的…………1{k}" for k in range(1, 30))
    assert contents_run(run) and not contents_run(run + "附錄")
    assert contents_run("第一章街巷的由来…………1第二章老字号…………37") and contents_run("一、總則…………12.1目的…………1")


def test_a_wrapped_decimal_under_a_number_set_apart_still_joins():
    # review23: "…同比增长 1" / "2.5% ，…" was taken for a contents entry's page over a section's number and cut in two; a
    # section's number needs a space and a word after it
    raw = ("季度经营情况通报\n\n今年前三季度，公司在国内外市场持续发力，主营业务收入同比增长 1\n2.5% ，净利润同比增长 8.3% ，"
           "经营性现金流大幅改善，资产负债率进\n一步下降，整体经营质量稳中向好，为全年目标的实现打下了坚实基础，\n各项工作有序推进。\n")
    got = squashed_units(raw)
    assert any("同比增长12.5%，净利润" in t for _, t in got), got


def test_a_document_s_own_short_heading_above_contents_lines_stays():
    # review23: any one to four hanzi right above the first entry were taken for the contents' heading ("应急预案")
    raw = "\n".join(["江城市突发事件总体应急预案", "", PARA1, "", "应急预案", "一、总则……………1", "二、组织体系……………3", "",
                     PARA2]) + "\n"
    got = squashed_units(raw)
    assert ("debris", "应急预案") not in got and ("debris", "一、总则……………1") in got, got


def test_label_and_figure_paragraphs_with_a_tab_in_docx_are_no_contents(tmp_path):
    # review23: two "label<tab>number" paragraphs anywhere (a year after a signature's tab among them) were debris
    import docx

    from annotate.segment.readers import read_native

    d = docx.Document()
    d.add_paragraph("2023年度招生工作总结", style="Title")
    d.add_paragraph(PARA1)
    d.add_paragraph("报名人数\t1200")
    d.add_paragraph("录取人数\t860")
    d.add_paragraph(PARA2)
    d.add_paragraph("负责人：王明\t2024")
    path = tmp_path / "d.docx"
    d.save(str(path))
    doc, _ = read_native(path, path.read_bytes(), "d")
    kinds = {"".join(u.text.split()): u.kind for u in doc.units}
    assert kinds["报名人数1200"] != "debris" and kinds["录取人数860"] != "debris", kinds
    assert kinds.get("负责人：王明2024", "") != "debris", kinds
