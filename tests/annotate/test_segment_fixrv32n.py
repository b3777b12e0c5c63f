"""PDF reader: rotated text is set aside only as the page's minority direction (review32 F1, F4; docs/segmentation.md)."""

from __future__ import annotations

from pdf_samples import FONT, _canvas, _column, _para, squeezed_units


def _body(c, title="八年级语文期末试卷", x=150, y=780, n=2, first=0):
    c.setFont(FONT, 16)
    c.drawString(x, y, title)
    y -= 40
    for k in range(first, first + n):
        y = _column(c, _para(k, 110), 72, y, 40) - 8


def test_a_page_drawn_sideways_reads_as_an_upright_page(tmp_path):
    # review32 F1: a sideways table's page (content drawn translate(595,0) rotate(90), LaTeX sidewaystable) was all
    # "turned": each line a debris unit after the page's; a PDF of such pages was refused as having no text layer
    plain = tmp_path / "plain.pdf"
    c = _canvas(plain)
    _body(c, "附表一各班成绩统计说明", 150, 500)
    c.showPage()
    c.save()
    sideways = tmp_path / "sideways.pdf"
    c = _canvas(sideways)
    for title, n, first in (("附表一各班成绩统计说明", 2, 0), ("附表二说明", 1, 5)):
        c.saveState()
        c.translate(595, 0)
        c.rotate(90)
        _body(c, title, 150, 500, n, first)
        c.restoreState()
        c.showPage()
    c.save()
    units = squeezed_units(sideways)
    assert "debris" not in [k for k, _ in units]
    once = "".join(t for _, t in squeezed_units(plain))
    assert "".join(t for _, t in units).startswith(once)  # (all of it, in order, as main read it: none set aside)
    assert units[0] == ("title", "附表一各班成绩统计说明") and units[1][0] == "paragraph"
    assert "附表二说明" in [t for _, t in units]


def test_a_page_of_one_rotated_line_is_not_refused(tmp_path):
    # review32 F1: a one-page PDF whose only text is one rotated line raised "PDF has no text layer"
    path = tmp_path / "one.pdf"
    c = _canvas(path)
    c.saveState()
    c.translate(300, 100)
    c.rotate(90)
    c.setFont(FONT, 12)
    c.drawString(0, 0, "学校班级姓名考号")
    c.restoreState()
    c.showPage()
    c.save()
    assert [t for _, t in squeezed_units(path)] == ["学校班级姓名考号"]


def test_a_rotated_margin_drawn_twice_comes_out_once(tmp_path):
    # review32 F4: a fake-bold 密封线 margin (drawn twice 0.3 pt apart; pdfium leaves both copies out and
    # lost_glyphs reads them again) gave two debris units; an upright line drawn twice gives one
    path = tmp_path / "bold.pdf"
    c = _canvas(path)
    for dx in (0, 0.3):
        c.saveState()
        c.translate(30 + dx, 300)
        c.rotate(90)
        c.setFont(FONT, 10)
        c.drawString(0, 0, "密封线内不要答题")
        c.restoreState()
    _body(c)
    c.showPage()
    c.save()
    units = squeezed_units(path)
    assert [t for k, t in units if k == "debris"] == ["密封线内不要答题"]
    assert [k for k, _ in units] == ["title", "paragraph", "paragraph", "debris"]
