"""Native PDF reader, session 11's print-side fixes (fixp; docs/segmentation.md)."""

from __future__ import annotations

from pdf_samples import FONT, _canvas, _column, _para, _units


def test_a_line_over_the_title_in_a_size_between_the_body_and_the_title_is_furniture(tmp_path):
    # an exam paper: the session's line at 11 points over the paper's name at 18, the body at 10.5
    path = tmp_path / "exam.pdf"
    c = _canvas(path)
    c.setFont(FONT, 11)
    c.drawString(206, 774, "2023—2024学年第一学期期末质量检测")
    c.setFont(FONT, 18)
    c.drawString(240, 735, "八年级语文试卷")
    paras = [_para(20 + k, 30 * 3 - 5) for k in range(4)]
    y = 700
    for p in paras:
        y = _column(c, p, 72, y, 30, size=10.5, lead=16)
    c.showPage()
    c.save()
    units = [(k, "".join(t.split())) for k, t in _units(path)]
    assert not any("质量检测" in t for k, t in units if k != "debris")
    assert ("title", "八年级语文试卷") in units
