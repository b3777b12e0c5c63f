"""Native PDF reader: dev9xq's print classes (docs/segmentation.md, the PDF reader): small PDFs drawn here,
one rule each."""

from __future__ import annotations

from pdf_samples import FONT, _canvas, _column, _para, _units


def test_three_short_lines_in_small_print_are_measured_by_the_longest(tmp_path):
    # (a bulletin's distribution lines under its last paragraph: with fewer than four lines in that type, their
    # right edge is the longest line's, so "报：…" ending short of "…印发" is a line of its own)
    path = tmp_path / "bulletin.pdf"
    c = _canvas(path)
    _column(c, _para(1, 34 * 30), 72, 760, 34, size=10.5, lead=16)
    c.showPage()
    y = _column(c, _para(2, 20), 72, 760, 34, size=10.5, lead=16, indent=False)  # (the page's one body line)
    c.setFont(FONT, 9.5)
    for text in ("报：市委办公室、市政府办公室", "送：各有关单位", "县农业农村局办公室　　　　2023年6月21日印发"):
        y -= 14
        c.drawString(72, y, text)
    c.showPage()
    c.save()
    got = ["".join(t.split()) for _, t in _units(path)]
    assert "报：市委办公室、市政府办公室" in got and "送：各有关单位" in got
