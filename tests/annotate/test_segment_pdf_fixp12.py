"""Native PDF reader: session 12's print-side fixes (fixp3; docs/segmentation.md)."""

from __future__ import annotations

from pdf_samples import FONT, _canvas, _column, _para, _units


def _two_columns(path):
    # B5, two columns of 19 characters: the right column's last paragraph runs over to page 2, where only its last two
    # lines stand in the left column, a folio at the page's outer corner far right of them (a gutter found there)
    c = _canvas(path, size=(499, 709))
    tail = _para(1, 19 * 20 + 17 + 25)  # 21 lines on page 1 (the first set in), a full line and 6 on page 2
    c.setFont(FONT, 9)
    c.drawString(45, 675, "南浦晚报　2023年5月26日")
    c.line(43, 669, 455, 669)
    c.drawString(45, 25, "A5")
    _column(c, _para(3, 19 * 24), 45, 640, 19)
    _column(c, _para(2, 19 * 3), 259, 640, 19)
    _column(c, tail[:19 * 20 + 17], 259, 640 - 4 * 15, 19)
    c.showPage()
    c.setFont(FONT, 8.5)
    c.drawCentredString(250, 677, "南浦晚报　2023年5月26日")
    _column(c, tail[19 * 20 + 17:], 45, 643, 19, indent=False, lead=17)
    c.setFont(FONT, 9)
    c.drawString(443, 25, "A6")
    c.showPage()
    c.save()
    return tail


def test_a_paragraph_s_last_lines_alone_on_the_last_page_end_at_their_column_s_width(tmp_path):
    path = tmp_path / "news.pdf"
    tail = _two_columns(path)
    units = [(k, "".join(t.split())) for k, t in _units(path)]
    assert ("paragraph", tail) in units


def test_a_line_across_the_column_under_a_short_centred_title_is_no_second_line_of_it(tmp_path):
    # a patent's title centred with room to spare, then in the same type a heading run into its text across the whole
    # column (its centre the title's): the title stands alone
    path = tmp_path / "patent.pdf"
    c = _canvas(path)
    c.setFont(FONT, 13)
    c.drawCentredString(313, 737, "一種文物展示用恆溼櫃及其控制方法")
    head = "技術領域" + _para(5, 28)[:-1]
    c.drawString(105, 710, head)
    c.drawString(105, 690, "4個")
    _column(c, _para(6, 37 * 6), 105, 670, 37, size=11, lead=16)
    c.showPage()
    c.save()
    units = [(k, "".join(t.split())) for k, t in _units(path)]
    assert "一種文物展示用恆溼櫃及其控制方法" in [t for _, t in units]
    assert not any(t.startswith("一種文物展示用恆溼櫃及其控制方法技術領域") for _, t in units)
