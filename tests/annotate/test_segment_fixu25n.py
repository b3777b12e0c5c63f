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
