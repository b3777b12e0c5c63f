"""fixrv29: review29's findings on the native readers' trial fixes (fixu24n), one small hand-made input per rule."""

from __future__ import annotations

from pdf_samples import FONT, _canvas, _column, _para, _units


def _squeezed(path):
    return [(k, "".join(t.split())) for k, t in _units(path)]


def test_a_clause_head_under_a_line_that_ends_in_a_figure_is_no_wrap(tmp_path):
    # review29 B2: a standard's full line ending in a figure (``…执行标准为CJJ45—2015``) over its clause head ``2　术语``
    # at the usual pitch: the figure and the clause number read as one number cut by the wrap (its run "ended at a
    # space", U+3000 taken as one), and _mid_clause joined the head to the paragraph (``…CJJ45—20152术语``)
    path = tmp_path / "std.pdf"
    c = _canvas(path)
    _column(c, _para(2, 41 * 3), 72, 760, 41, size=11, lead=17.6)
    c.setFont(FONT, 11)
    c.drawString(72, 680, "设计时应符合现行行业标准城市道路照明设计标准的有关规定，执行标准为CJJ45—2015")
    c.drawString(72, 662.4, "2　术语")
    _column(c, _para(3, 41 * 3), 72, 644.8, 41, size=11, lead=17.6)
    c.showPage()
    c.save()
    units = _squeezed(path)
    assert ("heading", "2术语") in units, units
    assert ("paragraph", "设计时应符合现行行业标准城市道路照明设计标准的有关规定，执行标准为CJJ45—2015") in units, units


def test_cut_number_takes_a_space_after_a_unit_only():
    from annotate.segment.readers.pdf import _cut_number

    assert _cut_number(list("减量为3"), list("0mg 1次"))  # (a figure's unit, an ASCII space: one number cut)
    assert not _cut_number(list("标准为CJJ45—2015"), list("2　术语"))  # (a clause's number and its full-width gap)
    assert not _cut_number(list("标准为2015"), list("2 术语"))  # (a number alone before an ASCII space: no unit)
    assert _cut_number(list("。199"), list("1年"))


def test_a_two_line_title_whose_second_line_opens_with_a_numeral_stays_one(tmp_path):
    # review29 B5: a centred 20-point title ``关于做好全县中小学`` / ``一、二年级新生入学工作的通知``: the second line opens like
    # a numbered head, but the line above is no numbered head (the trial's ``二、治疗`` / ``（一）…`` is, and stays two)
    path = tmp_path / "title.pdf"
    c = _canvas(path)
    c.setFont(FONT, 20)
    c.drawCentredString(297, 780, "关于做好全县中小学")
    c.drawCentredString(297, 754, "一、二年级新生入学工作的通知")
    _column(c, _para(4, 41 * 4), 72, 716, 41, size=11, lead=17.6)
    c.showPage()
    c.save()
    units = _squeezed(path)
    assert ("title", "关于做好全县中小学一、二年级新生入学工作的通知") in units, units
