"""Native PDF reader: session 21's faults from a new user's files (newuser21; docs/segmentation.md).

Left-aligned (ragged-right) text with a first-line indent, its lines wrapped by a count of characters: a line made
short only by the narrow half-width figures in it ended its paragraph mid-sentence. The new user's two files
(an announcement in 10.5 points, 40 characters a line, and an annual report's two columns of 19 characters in 10
points) are one design; the pages here are another (12 points, 30 characters a line, one column, first lines two
characters in and no longer than the column)."""

from __future__ import annotations

from pdf_samples import FONT, _canvas, _units

P1 = ("根据年度审计报告，截至2023年12月31日，本行资产总额为1,356,789.12万元，较年初增加125,430.55万元，增幅为"
      "10.19%。各项贷款余额为865,432.10万元，不良贷款率为1.23%，拨备覆盖率为215.67%，均符合监管要求。")
P2 = ("报告期内，本行实现营业收入45,678.90万元，同比增长8.76%；实现净利润12,345.67万元，同比增长6.54%；"
      "基本每股收益0.37元，加权平均净资产收益率11.25%")
P3 = "董事会建议以2023年末总股本3,456,789,012股为基数，每10股派发现金红利1.20元（含税），共计派发414,814,681.44元。"


def _ragged_page(path, blocks, size=12, width=30, x=72, top=760):
    """One column, ``width`` characters a line counted whatever their width (a script's wrap: a line of figures ends
    short), each paragraph (a string) with its first line set in two characters and two shorter; a tuple
    ``(text, points)`` a heading in larger type, a list a run of lines in the body's type, each drawn as it is at the
    column's edge. Return the paragraphs' lines."""
    c = _canvas(path)
    y = top
    drawn = []
    for block in blocks:
        if isinstance(block, tuple):
            text, head = block
            y -= 6
            c.setFont(FONT, head)
            c.drawString(x, y, text)
            y -= 1.5 * size + 6
            continue
        c.setFont(FONT, size)
        if isinstance(block, list):
            for line in block:
                c.drawString(x, y, line)
                y -= 1.5 * size
            continue
        lines = [block[:width - 2]] + [block[i:i + width] for i in range(width - 2, len(block), width)]
        for i, line in enumerate(lines):
            c.drawString(x + (2 * size if i == 0 else 0), y, line)
            drawn.append(line)
            y -= 1.5 * size
    c.showPage()
    c.save()
    return drawn


def test_a_ragged_line_short_of_its_figures_width_runs_on_into_the_flush_line_under_it(tmp_path):
    path = tmp_path / "ragged.pdf"
    drawn = _ragged_page(path, [("关于2023年度经营情况的报告", 16), ("一、财务状况", 14), P1, ("二、经营情况", 14), P2 + "。", P3])
    # (the page shows the fault: lines that end short, no sentence ended, the next one flush)
    assert drawn[1] == "额为1,356,789.12万元，较年初增加125,430."
    units = [(k, "".join(t.split())) for k, t in _units(path)]
    assert units == [("title", "关于2023年度经营情况的报告"), ("heading", "一、财务状况"), ("paragraph", P1), ("heading", "二、经营情况"),
                     ("paragraph", P2 + "。"), ("paragraph", P3)]


def test_a_stop_alone_on_a_line_goes_back_on_its_sentence(tmp_path):
    # a stop the wrap pushed down alone (``…11.25%`` / ``。``): no unit of its own, however much room the line above left
    path = tmp_path / "stop.pdf"
    c = _canvas(path)
    c.setFont(FONT, 12)
    lines = ["报告期内，本行实现营业收入45,678.90万元，同比增长",
             "8.76%；实现净利润12,345.67万元，同比增长6.54%；基本每股收益0.37",
             "元，加权平均净资产收益率11.25%", "。"]
    for i, line in enumerate(lines):
        c.drawString(72 + (24 if i == 0 else 0), 760 - 18 * i, line)
    c.showPage()
    c.save()
    units = [(k, "".join(t.split())) for k, t in _units(path)]
    assert units == [("paragraph", "".join(lines))]


def test_under_a_ragged_edge_a_label_and_a_head_in_the_body_s_type_still_stand_alone(tmp_path):
    # the same ragged page: a field under an address that fills half the column (``邮政编码：…``) and a short head in the
    # body's type under a sentence's end are no lines of the paragraph above
    path = tmp_path / "fields.pdf"
    _ragged_page(path, [P1, ["董事会审议情况", "通讯地址：江州市高新区科技路88号金融大厦十二层", "邮政编码：330096"], P3])
    units = [(k, "".join(t.split())) for k, t in _units(path)]
    texts = [t for _, t in units]
    assert P1 in texts and P3 in texts
    assert "董事会审议情况" in texts
    assert "邮政编码：330096" in texts


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
