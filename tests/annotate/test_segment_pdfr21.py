"""Native PDF reader: session 21's faults from a new user's files (newuser21; docs/segmentation.md): a table row's
cells run together into one unit, and a meta line's fields set apart by wide gaps glued. (The ragged-right rules of
the same session were taken out again: see docs/benchmarks.md, session 21.)"""

from __future__ import annotations

from pdf_samples import FONT, _canvas, _units

P1 = ("根据年度审计报告，截至2023年12月31日，本行资产总额为1,356,789.12万元，较年初增加125,430.55万元，增幅为"
      "10.19%。各项贷款余额为865,432.10万元，不良贷款率为1.23%，拨备覆盖率为215.67%，均符合监管要求。")
P3 = "董事会建议以2023年末总股本3,456,789,012股为基数，每10股派发现金红利1.20元（含税），共计派发414,814,681.44元。"


def test_a_table_row_s_cells_are_one_debris_unit_each_not_run_together(tmp_path):
    # a ruled table of four columns in 9 points between two paragraphs: each row's cells were one debris unit, the
    # wide cells run against the figures (``基本每股收益0.52 0.44 18.18%``, ``项目2023年2022年增减``); the gold lists the
    # cells one by one, as the DOCX reader gives them (o7-002, LibreOffice, dev7; p5-000, reportlab, dev5)
    path = tmp_path / "table.pdf"
    c = _canvas(path)
    c.setFont(FONT, 12)
    c.drawString(96, 760, P3[:30])
    c.drawString(72, 742, P3[30:])
    rows = [("项目", "2023年", "2022年", "增减"), ("营业收入", "1,253,876,412.50", "1,102,334,118.07", "13.75%"),
            ("基本每股收益", "0.52", "0.44", "18.18%")]
    xs = [72, 220, 330, 440, 523]
    y = 710
    c.setFont(FONT, 9)
    for row in rows:
        for x, cell in zip(xs, row, strict=False):
            c.drawString(x + 4, y, cell)
        c.line(72, y - 6, 523, y - 6)
        y -= 18
    for x in xs:
        c.line(x, 722, x, y + 12)
    c.setFont(FONT, 12)
    c.drawString(96, y - 20, P1[:30])
    c.drawString(72, y - 38, P1[30:60])
    c.showPage()
    c.save()
    units = [(k, "".join(t.split())) for k, t in _units(path)]
    debris = [t for k, t in units if k == "debris"]
    assert debris == [cell for row in rows for cell in row]


def test_a_meta_line_s_fields_set_apart_by_wide_gaps_keep_a_space_between_them(tmp_path):
    # a filing line of three fields apart by two full-width spaces (dev5 p5-000, reportlab; dev8 p8-014) ran together,
    # ``…603912证券简称：…``; a course sheet's two fields (dev9 p9-018) too. A narrow space, a word processor's between
    # a figure and a hanzi (``2024 年``), is no gap
    path = tmp_path / "filing.pdf"
    c = _canvas(path)
    c.setFont(FONT, 12)
    c.drawString(72, 780, "证券代码：603912　　证券简称：华信科技　　公告编号：2024-017")
    c.setFont(FONT, 18)
    c.drawCentredString(297, 740, "关于2023年度利润分配预案的公告")
    c.setFont(FONT, 12)
    c.drawString(96, 700, P3[:30])
    c.drawString(72, 682, P3[30:])
    c.drawString(72, 650, "制定人：周文涛　　审核人：刘建华")
    c.drawString(72, 632, "2024 年 4 月 19 日")
    c.showPage()
    c.save()
    units = _units(path)
    assert ("meta", "证券代码：603912 证券简称：华信科技 公告编号：2024-017") in units
    assert ("meta", "制定人：周文涛 审核人：刘建华") in units
    assert ("meta", "2024年4月19日") in units
