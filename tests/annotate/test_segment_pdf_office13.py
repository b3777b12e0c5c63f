"""Native PDF reader, batch 13's office documents printed from Word (fixq; docs/segmentation.md)."""

from __future__ import annotations

from pdf_samples import FONT, _canvas, _column, _para
from pdf_samples import squeezed_units as _squeezed


def test_a_covers_fields_in_large_type_are_a_unit_each(tmp_path):
    # an application's cover: a 22 pt title, then fields in 14 pt one under another at one start (no title's lines)
    path = tmp_path / "cover.pdf"
    c = _canvas(path)
    c.setFont(FONT, 22)
    c.drawString(120, 700, "泉溪市2024年度科技计划项目申报书")
    fields = ("项目名称：基于物联网的养老机构跌倒识别关键技术研究", "申报单位（盖章）：泉溪智能科技有限公司",
              "项目负责人：曾洋诚", "填报日期：2024年5月17日")
    c.setFont(FONT, 14)
    y = 600
    for field in fields:
        c.drawString(110, y, field)
        y -= 30
    c.showPage()
    _column(c, _para(7, 36 * 6), 90, 760, 36, size=12, lead=20)
    c.showPage()
    c.save()
    texts = [t for _, t in _squeezed(path)]
    for field in fields:
        assert field in texts


def test_a_sign_off_date_is_no_line_of_the_office_over_it():
    # q13-001: the office and the date set flush right, the page's edges found at the sign-off's own span, so the
    # office's line is "full" and would run on into the date under it
    from annotate.segment.readers.pdf import _continues, _Line

    def line(y, x0, text, size=14.0):
        return _Line(1, chars=list(text), idx=list(range(len(text))), xs=[x0] * len(text), x0=x0,
                     x1=x0 + size * len(text), y=y, top=y + size, size=size, fs=[size] * len(text),
                     left=419.1, right=505.4)

    office, date = line(573.6, 421.4, "青山区商务局"), line(546.3, 419.1, "2024年3月19日")
    assert not _continues(office, date, "paragraph", 27.3, 14.0)


def test_parallel_labelled_items_are_a_unit_each_though_each_line_is_full(tmp_path):
    path = tmp_path / "years.pdf"
    c = _canvas(path)
    y = _column(c, _para(5, 36 * 4), 90, 760, 36, size=12, lead=20)
    items = [f"{year}年：" + _para(20 + year, 30)[:-1] + "；" for year in (2024, 2025, 2026)]  # 36 characters each
    c.setFont(FONT, 12)
    for item in items:
        c.drawString(90, y, item)
        y -= 20
    _column(c, _para(9, 36 * 3), 90, y, 36, size=12, lead=20)
    c.showPage()
    c.save()
    texts = [t for _, t in _squeezed(path)]
    for item in items:
        assert item in texts


def test_a_distribution_line_at_the_top_of_the_last_page_over_a_rule_is_kept(tmp_path):
    # the 版记 carried to a page of its own: "抄送：…。" over a rule, the office and date under it, a folio far below
    path = tmp_path / "banji.pdf"
    c = _canvas(path)
    for page in range(2):
        _column(c, _para(11 + page, 36 * 12), 90, 760, 36, size=16, lead=28)
        c.setFont(FONT, 14)
        c.drawString(280, 60, f"— {page + 1} —")
        c.showPage()
    c.setFont(FONT, 14)
    c.drawString(90, 760, "抄送：市财政局。")
    c.setLineWidth(1)
    c.line(80, 750, 515, 750)
    c.drawString(90, 730, "南湖市交通运输局办公室　　　2024年7月12日印发")
    c.drawString(280, 60, "— 3 —")
    c.showPage()
    c.save()
    texts = [t for _, t in _squeezed(path)]
    assert "抄送：市财政局。" in texts


def test_a_docx_field_over_the_title_is_no_title(tmp_path):
    # an application form's cover: "编号：…" flush right over the bold title in a Normal paragraph
    import docx

    from annotate.segment.files import segment_file

    path = tmp_path / "apply.docx"
    document = docx.Document()
    document.add_paragraph("编号：泉KJ2024625")
    title = document.add_paragraph()
    title.add_run("泉溪市2024年度科技计划项目申报书").bold = True
    document.add_paragraph("项目名称：基于物联网的养老机构跌倒识别关键技术研究")
    document.add_paragraph(_para(4, 120))
    document.save(path)
    units = [(u.kind, u.text) for u in segment_file(path)[0].units]
    assert ("title", "泉溪市2024年度科技计划项目申报书") in units
    assert ("title", "编号：泉KJ2024625") not in units
