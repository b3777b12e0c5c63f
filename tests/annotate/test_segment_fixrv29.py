"""fixrv29: review29's findings on the native readers' trial fixes (fixu24n), one small hand-made input per rule."""

from __future__ import annotations

from pdf_samples import FONT, _canvas, _column, _para, _units
from pdf_samples import squeezed_units as _squeezed


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


def _docx_units(path):
    return [(k, "".join(t.split())) for k, t in _units(path)]


def test_docx_a_head_under_the_title_that_ends_as_an_office_ends_is_no_byline(tmp_path):
    # review29 B3: the first unit under the title ending in 署/局 (``总体部署`` in Heading 1, ``新发展格局`` in Normal) was
    # taken for the issuing office; a heading style's kind stands, and one office alone names an administrative level
    import docx

    d = docx.Document()
    d.add_paragraph("清源县2024年安全生产工作方案", style="Title")
    d.add_heading("总体部署", level=1)
    d.add_paragraph("全县上下要坚持人民至上、生命至上，统筹发展和安全，扎实推进安全生产治本攻坚三年行动。")
    path = tmp_path / "plan.docx"
    d.save(path)
    assert ("heading", "总体部署") in _docx_units(path)
    d = docx.Document()
    d.add_paragraph("关于进一步优化营商环境的若干措施", style="Title")
    d.add_paragraph("新发展格局")
    d.add_paragraph("加快构建以国内大循环为主体、国内国际双循环相互促进的新发展格局。")
    path = tmp_path / "plan2.docx"
    d.save(path)
    assert ("paragraph", "新发展格局") in _docx_units(path)
    for offices in ("清源县人民政府办公室", "国家卫生健康委员会办公厅 国家中医药管理局综合司"):
        d = docx.Document()
        d.add_paragraph("关于做好流感防治工作的通知", style="Title")
        d.add_paragraph(offices)
        d.add_paragraph("加快构建以国内大循环为主体、国内国际双循环相互促进的新发展格局。")
        path = tmp_path / "notice.docx"
        d.save(path)
        assert ("byline", "".join(offices.split())) in _docx_units(path), offices


def test_docx_a_numbered_head_with_body_under_it_stays_a_head_beside_heading_styles(tmp_path):
    # review29 B4: ``一、总体要求`` in Heading 1, ``（一）指导思想`` in Normal with its body under it: a head, not a list's
    # item (the trial's ``1. 重症流感（甲型）`` / ``2. 病毒性肺炎``, one under another, still are: test_segment_fixu24n)
    import docx

    d = docx.Document()
    d.add_paragraph("关于开展安全生产大检查的实施方案", style="Title")
    d.add_heading("一、总体要求", level=1)
    d.add_paragraph("（一）指导思想")
    d.add_paragraph("坚持以人民为中心的发展思想，全面落实安全生产责任制，坚决遏制重特大事故发生。")
    d.add_paragraph("（二）工作目标")
    d.add_paragraph("通过开展大检查，全面排查整治各类安全隐患，确保全县安全生产形势持续稳定。")
    d.add_heading("二、检查内容", level=1)
    d.add_paragraph("1. 企业主体责任落实情况", style="List Number")
    d.add_paragraph("重点检查企业主体责任落实情况和隐患排查治理情况。")
    path = tmp_path / "plan3.docx"
    d.save(path)
    units = _docx_units(path)
    assert ("heading", "（一）指导思想") in units and ("heading", "（二）工作目标") in units, units
    assert ("paragraph", "1.企业主体责任落实情况") in units, units  # (in a list style: an item)


def test_a_line_two_thirds_full_ending_at_a_comma_ends_its_paragraph(tmp_path):
    # review29 T3 (30e66890, _MID_FILL 0.5 -> 0.8): a justified page's line that ends a paragraph at a comma two thirds
    # across the column is no wrap inside a clause; the next line starts a unit (at 0.5 it ran on)
    path = tmp_path / "short.pdf"
    c = _canvas(path)
    _column(c, _para(5, 41 * 3), 72, 760, 41, size=11, lead=17.6)
    c.setFont(FONT, 11)
    c.drawString(72, 690, "各单位要按照本通知要求认真组织实施，确保各项措施落到实处，")
    c.drawString(72, 672.4, "特此通知。")
    c.showPage()
    c.save()
    units = _squeezed(path)
    assert ("paragraph", "各单位要按照本通知要求认真组织实施，确保各项措施落到实处，") in units, units
    assert ("paragraph", "特此通知。") in units, units
