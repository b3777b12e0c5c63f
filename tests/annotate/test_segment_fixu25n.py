"""Native readers: session 25's newuser25 trial fixes (fixu25n; docs/segmentation.md)."""

from __future__ import annotations

from pdf_samples import FONT, _canvas, _column, _para, squeezed_units


def _exam(path, seal=()):
    """A page of a heading and three paragraphs; ``seal``, lines drawn turned 90° down the left margin first (a
    密封线 margin: its characters stack up the page, each on a baseline of its own to a line builder)."""
    c = _canvas(path)
    for k, line in enumerate(seal):
        c.saveState()
        c.translate(30 + 12 * k, 421)
        c.rotate(90)
        c.setFont(FONT, 10)
        c.drawCentredString(0, 0, line)
        c.restoreState()
    c.setFont(FONT, 16)
    c.drawString(150, 780, "八年级语文期末试卷")
    y = 740
    for k in range(3):
        y = _column(c, _para(k, 110), 72, y, 40) - 8
    c.showPage()
    c.save()
    return squeezed_units(path)


SEAL = ["学校_______ 班级_______ 姓名_______ 考号_______", "……………密…………封…………线…………内…………不…………要…………答…………题……………"]


def test_a_rotated_margin_is_one_debris_unit_a_run_and_leaves_the_body_alone(tmp_path):
    # newuser25 trial (exam_grade8.pdf, seal_B/C.pdf): the margin's characters each made a line, the hanzi
    # paragraphs, and the body was cut wherever a margin glyph fell between its lines
    plain = _exam(tmp_path / "plain.pdf")
    sealed = _exam(tmp_path / "sealed.pdf", SEAL)
    assert [u for u in sealed if u[0] != "debris"] == plain
    assert [t for k, t in sealed if k == "debris"] == ["".join(line.split()) for line in SEAL]
    assert [k for k, _ in plain] == ["title", "paragraph", "paragraph", "paragraph"]


def test_a_rotated_margin_pdfium_leaves_out_is_read_again_turned(tmp_path):
    # newuser25 trial (seal_A.pdf): a margin spaced with U+3000 in a font that is not embedded, which pdfium leaves out
    # (lost_glyphs reads it again): its characters made a line of their own in the body, a paragraph
    plain = _exam(tmp_path / "plain.pdf")
    sealed = _exam(tmp_path / "sealed.pdf", ["密　封　线　内　不　要　答　题"])
    assert [u for u in sealed if u[0] != "debris"] == plain
    assert [t for k, t in sealed if k == "debris"] == ["密封线内不要答题"]


BODY = "校运会历时两天，共有一千二百余名学生参加了四十个项目的比赛，高二（3）班获得团体总分第一名，多项纪录被刷新。"


def _html_units(path, lines):
    from annotate.segment.files import segment_file

    path.write_text("<html><head><title>我校举行春季田径运动会</title></head><body><h1>我校举行春季田径运动会</h1>"
                    + "".join(f"<p>{line}</p>" for line in lines) + "</body></html>", encoding="utf-8")
    doc, _ = segment_file(path)
    return [(u.kind, u.text) for u in doc.units]


def test_a_byline_or_meta_line_keeps_one_space_at_a_gap_between_fields_html_and_docx(tmp_path):
    # newuser25 trial (news_0510.html, lesson_spring.docx): the fields of a meta line ran together on the native
    # readers (``发布者：教务处发布时间：…``, ``（供稿：体育组审核：教务处）``, ``执教：张丽年级：七年级``) where the text route keeps
    # one space at a gap of two spaces or an ideographic space (normalize.field_gap; dev w10/w13/y15 HTML, p5/p9x DOCX)
    units = _html_units(tmp_path / "a.html", ["发布者：教务处&nbsp;&nbsp;发布时间：2024-05-10", BODY,
                                              "（供稿：体育组\u3000审核：教务处）", "校运会 圆满结束" + BODY])
    assert ("meta", "发布者：教务处 发布时间：2024-05-10") in units
    assert ("meta", "（供稿：体育组 审核：教务处）") in units
    assert ("paragraph", "校运会圆满结束" + BODY) in units  # (a paragraph's single space between hanzi: as before)
    import docx

    from annotate.segment.files import segment_file

    d = docx.Document()
    d.add_paragraph("《春》教学设计", style="Title")
    d.add_paragraph("执教：张丽\u3000\u3000年级：七年级\u3000\u3000课时：第1课时")
    d.add_paragraph(BODY)
    d.save(tmp_path / "b.docx")
    doc, _ = segment_file(tmp_path / "b.docx")
    assert [(u.kind, u.text) for u in doc.units][1] == ("meta", "执教：张丽 年级：七年级 课时：第1课时")


def test_an_answer_slot_keeps_one_space_in_every_unit(tmp_path):
    # newuser25 trial (exam_grade8.pdf) and dev10 p10-002: ``（　　）`` stayed ``（ ）`` in a question set as a heading (the
    # inline rule, four wide characters around it) but became ``（）`` in the questions set as paragraphs
    c = _canvas(tmp_path / "q.pdf")
    c.setFont(FONT, 16)
    c.drawString(150, 780, "八年级语文期末试卷")
    c.setFont(FONT, 10)
    c.drawString(72, 740, "1．下列加点字的注音完全正确的一项是（　　）（2分）")
    text = "2．阅读下面的文字，下列理解正确的一项是（　　）（3分）" + _para(1, 90)
    _column(c, text, 72, 715, 40, indent=False)
    c.showPage()
    c.save()
    from pdf_samples import _units

    units = _units(tmp_path / "q.pdf")
    assert ("heading", "1．下列加点字的注音完全正确的一项是（ ）（2分）") in units  # (as before)
    assert ("paragraph", "2．阅读下面的文字，下列理解正确的一项是（ ）（3分）" + _para(1, 90)) in units
    html = _html_units(tmp_path / "q.html", [BODY, "读了上文，你认为（&nbsp;&nbsp;）" + BODY])
    assert ("paragraph", "读了上文，你认为（ ）" + BODY) in html
