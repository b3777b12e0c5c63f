"""Native PDF reader, batch-5 shapes drawn with reportlab: a bullet, clause or bracketed line after a
full last line, a byline run into a paragraph's first line, small print alone at the page bottom, a
document number over the title, authors above an affiliation line wider than a column."""

from __future__ import annotations

from pdf_samples import FONT, _canvas, _column, _para, _units

from annotate.segment.files import segment_file


def test_a_bullet_clause_or_bracketed_line_after_a_full_sentence_final_line_starts_a_unit(tmp_path):
    path = tmp_path / "clauses.pdf"
    c = _canvas(path)
    c.setFont(FONT, 22)
    c.drawCentredString(297, 760, "合作协议")
    # every line full (40 characters), the last one ending with 。; the next starts flush left
    items = ["第一條" + _para(1, 77), "第二條" + _para(2, 117), "●" + _para(3, 79), "（以下无正文）"]
    y = 720
    for item in items:
        y = _column(c, item, 72, y, 40, indent=False)
    c.showPage()
    c.save()
    assert [t for k, t in _units(path) if k != "title"] == items


def test_a_bracketed_byline_run_into_the_first_line_is_the_paragraph_s_and_names_the_author(tmp_path):
    path = tmp_path / "twpaper.pdf"
    c = _canvas(path)
    c.setFont(FONT, 22)
    c.drawCentredString(297, 760, "高新區發展紀實")
    body = _para(4, 110)
    _column(c, "〔記者王小明／台中報導〕" + body, 72, 720, 40, indent=False)
    c.showPage()
    c.save()
    doc, _ = segment_file(path)
    units = [(u.kind, u.text) for u in doc.units]
    assert units[1] == ("paragraph", "〔記者王小明／台中報導〕" + body)  # (session 17: the story's, as a wire's dateline)
    assert doc.meta.author == "王小明"


def test_small_print_alone_at_the_bottom_of_a_single_page_is_furniture(tmp_path):
    path = tmp_path / "onepage.pdf"
    c = _canvas(path)
    c.setFont(FONT, 22)
    c.drawCentredString(297, 760, "高新区发展纪实")
    paras = [_para(5, 90), _para(6, 70)]
    y = 720
    for p in paras:
        y = _column(c, p, 72, y, 40)
    c.setFont(FONT, 8)
    c.drawRightString(523, 30, "西部商报｜要闻　08")
    c.showPage()
    c.save()
    units = _units(path)
    assert [t for k, t in units if k == "paragraph"] == paras
    assert not any("要闻" in t for _, t in units)


def test_a_document_number_over_the_title_without_a_rule_is_kept(tmp_path):
    path = tmp_path / "notice.pdf"
    c = _canvas(path)
    c.setFont(FONT, 14.4)
    c.drawString(80, 744, "西南大教〔2023〕56号")
    c.setFont(FONT, 30)
    c.drawCentredString(297, 660, "关于举办讲座的通知")
    _column(c, _para(7, 100), 80, 600, 26, size=16, lead=29)
    c.showPage()
    c.save()
    units = _units(path)
    assert units[0][1] == "西南大教〔2023〕56号"
    assert units[1] == ("title", "关于举办讲座的通知")


def test_authors_above_an_affiliation_wider_than_a_column_come_first(tmp_path):
    path = tmp_path / "paper.pdf"
    c = _canvas(path, (499, 709))
    c.setFont(FONT, 19)
    c.drawString(50, 616, "六十进制研究述评")
    c.setFont(FONT, 9.5)
    c.drawString(50, 594, "袁春梅　彭冠宇")
    c.setFont(FONT, 9)
    c.drawString(50, 573, "（1. 武汉大学 历史学院，江苏 南京 210023；2. 社会科学院 研究所，北京 100732）")
    left = [_para(8, 150), _para(9, 120)]
    right = [_para(10, 140), _para(11, 100)]
    y = 550
    for p in left:
        y = _column(c, p, 50, y, 19)
    y = 550
    for p in right:
        y = _column(c, p, 260, y, 19)
    c.showPage()
    c.save()
    texts = [t for _, t in _units(path)]
    assert texts[:3] == ["六十进制研究述评", "袁春梅 彭冠宇", "（1.武汉大学历史学院，江苏南京210023；2.社会科学院研究所，北京100732）"]
    assert texts[3:] == left + right


def test_docx_a_bracketed_byline_run_into_a_paragraph_is_the_paragraph_s(tmp_path):
    import docx

    d = docx.Document()
    d.add_heading("高新區發展紀實", level=0)
    body = _para(12, 60)
    d.add_paragraph("〔記者王小明／台中報導〕" + body)
    path = tmp_path / "run_in.docx"
    d.save(str(path))
    doc, _ = segment_file(path)
    assert [(u.kind, u.text) for u in doc.units][1] == ("paragraph", "〔記者王小明／台中報導〕" + body)
    assert doc.meta.author == "王小明"


def test_docx_a_bracketed_byline_on_its_own_line_of_a_paragraph_is_its_own_unit_with_its_offsets(tmp_path):
    import docx

    d = docx.Document()
    d.add_heading("高新區發展紀實", level=0)
    body = _para(12, 60)
    para = d.add_paragraph("〔記者王小明／台中報導〕")
    para.add_run().add_break()
    para.add_run(body)
    d.add_paragraph("（一）" + _para(13, 30))  # brackets that hold no byline stay with the paragraph
    path = tmp_path / "run_in.docx"
    d.save(str(path))
    doc, _ = segment_file(path)
    units = [(u.kind, u.text) for u in doc.units]
    assert units[1:3] == [("byline", "〔記者王小明／台中報導〕"), ("paragraph", body)]
    assert units[3][1].startswith("（一）")
    # the paragraph's text starts in the source paragraph right after the byline and its line break
    assert doc.units[2].where["paragraphs"][0]["offsets"][0][:2] == [0, len("〔記者王小明／台中報導〕\n")]


def test_table_rows_and_their_caption_are_debris_one_unit_a_cell(tmp_path):
    path = tmp_path / "table.pdf"
    c = _canvas(path)
    c.setFont(FONT, 22)
    c.drawCentredString(297, 760, "年度报告摘要")
    before, after = _para(14, 80), _para(15, 80)
    y = _column(c, before, 72, 720, 40)
    rows = [("项目", "2023年", "2022年", "增减"), ("营业收入（万元）", "89,002", "31,951", "14.97%"),
            ("净利润（万元）", "2,709", "3,244", "-10.82%")]
    c.setFont(FONT, 9)
    for row in rows:
        y -= 16
        for k, cell in enumerate(row):
            c.drawString(74 + 100 * k, y, cell)
    c.drawCentredString(297, y - 16, "表1　主要会计数据")
    # a spaced-out line (one character a cell) alone is no table
    c.setFont(FONT, 10)
    c.drawString(72, y - 44, "中　　華　　民　　國　　一一一年")
    _column(c, after, 72, y - 70, 40)
    c.showPage()
    c.save()
    units = _units(path)
    debris = [t for k, t in units if k == "debris"]
    # (a row's cells one unit each, session 21: one unit a row ran them together, ``3,244-10.82%``, test_segment_pdfr21.py)
    assert debris == [cell for row in rows for cell in row] + ["表1主要会计数据"]
    assert [t for k, t in units if k == "paragraph"][:1] == [before] and after in [t for _, t in units]
    assert "中華民國一一一年" in [t for _, t in units]


def test_docx_title_past_a_document_number_and_a_list_item_with_a_date_is_a_paragraph(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("西南大教〔2023〕56号")
    d.add_paragraph("关于举办专题讲座的通知")
    d.add_paragraph(_para(16, 60))
    d.add_paragraph("（一）时间：2023年3月4日（星期三）14:30至16:30")
    d.add_paragraph("2023年2月12日")
    path = tmp_path / "notice.docx"
    d.save(str(path))
    doc, _ = segment_file(path)
    kinds = [u.kind for u in doc.units]
    assert kinds[:2] == ["meta", "title"] and kinds[3] == "paragraph" and kinds[4] == "meta"
    assert doc.meta.title == "关于举办专题讲座的通知" and doc.meta.date == "2023年2月12日"


def test_a_page_with_few_lines_takes_the_right_edge_full_lines_reach_on_the_other_pages(tmp_path):
    path = tmp_path / "slides.pdf"
    c = _canvas(path)
    first = [_para(17, 118), _para(18, 78)]
    y = 760
    for p in first:
        y = _column(c, p, 72, y, 40)
    c.showPage()
    # four lines: a full line, a short one, a line six characters short without a sentence end, a short
    # one: the 80th percentile of the line ends falls on the third
    item = "●" + _para(19, 48)
    third = "●" + _para(20, 35)[:-1]
    fourth = "●" + _para(21, 12)
    y = _column(c, item, 72, 760, 40, indent=False)
    y = _column(c, third, 72, y, 40, indent=False)
    _column(c, fourth, 72, y, 40, indent=False)
    c.showPage()
    c.save()
    texts = [t for _, t in _units(path)]
    assert texts[-3:] == [item, third, fourth]


def test_a_lone_footnote_below_its_rule_stays_debris(tmp_path):
    path = tmp_path / "note.pdf"
    c = _canvas(path)
    c.setFont(FONT, 22)
    c.drawCentredString(297, 760, "高新区发展纪实")
    paras = [_para(22, 90), _para(23, 70)]
    y = 720
    for p in paras:
        y = _column(c, p, 72, y, 40)
    c.line(72, 70, 200, 70)
    c.setFont(FONT, 8)
    c.drawString(72, 56, "① 本文为课题成果。")
    c.showPage()
    c.save()
    units = _units(path)
    assert ("debris", "①本文为课题成果。") in units
    assert [t for k, t in units if k == "paragraph"] == paras


def test_a_line_in_type_half_a_point_smaller_starts_a_new_unit(tmp_path):
    path = tmp_path / "sizes.pdf"
    c = _canvas(path)
    c.setFont(FONT, 22)
    c.drawCentredString(297, 760, "高新区发展纪实")
    para = _para(24, 118)
    y = _column(c, para, 72, 720, 40)
    source = _para(25, 42)[:-1]  # full width in 9.5-point type
    c.setFont(FONT, 9.5)
    c.drawString(72, y, source)
    c.setFont(FONT, 9)
    c.drawString(72, y - 14, "责任编辑：潘佳怡　美术编辑：李晓明")
    c.showPage()
    c.save()
    texts = [t for _, t in _units(path)]
    # (the meta line's two fields keep a space at their full-width gap, session 21: test_segment_pdfr21.py)
    assert texts[1:] == [para, source, "责任编辑：潘佳怡 美术编辑：李晓明"]


def test_a_sentence_ending_a_line_a_character_short_ends_the_paragraph(tmp_path):
    path = tmp_path / "short.pdf"
    c = _canvas(path)
    c.setFont(FONT, 22)
    c.drawCentredString(297, 760, "高新区发展纪实")
    first = _para(26, 77)  # 38 + 39 characters: the last line ends a character short
    second = "第二次" + _para(27, 77)  # flush left, not indented
    y = _column(c, first, 72, 720, 40)
    _column(c, second, 72, y, 40, indent=False)
    # a sentence end with no room left does not end the paragraph
    third = _para(28, 78) + _para(29, 40)
    _column(c, third, 72, y - 80, 40)
    c.showPage()
    c.save()
    assert [t for k, t in _units(path) if k == "paragraph"] == [first, second, third]
