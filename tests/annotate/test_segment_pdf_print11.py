"""Native PDF reader: batch 11's print designs (dev11: annual report; docs/segmentation.md)."""

from __future__ import annotations

from pdf_samples import FONT, _canvas, _column, _para, _units


def _flat(path):
    return [(k, "".join(t.split())) for k, t in _units(path)]


def _report(path):
    # an annual report's summary: a running header in small print over every page, the securities line in small
    # print over the title, the key figures in a table (its unit set flush right above, the header row's words
    # centred over right-aligned figures), prose after it
    c = _canvas(path, size=(612, 792))
    for page in range(2):
        c.setFont(FONT, 8.5)
        c.drawString(330, 747, "溪口新元科技股份有限公司2022年年度报告摘要")
        c.line(71, 742, 541, 742)
        if page == 0:
            c.setFont(FONT, 9.5)
            c.drawString(119, 669, "证券代码：602781　　证券简称：新元科技　　公告编号：2023-031")
            c.setFont(FONT, 18)
            c.drawString(118, 622, "溪口新元科技股份有限公司2022年年度报告摘要")
            y = _column(c, _para(1, 44 * 3), 71, 580, 44, size=10.5, lead=18)
            c.setFont(FONT, 9)
            c.drawRightString(541, y - 4, "单位：元　币种：人民币")
            y -= 24
            c.setFont(FONT, 8.5)
            rows = [("项目", "2022年", "2021年", "本年比上年增减"), ("营业收入", "5,196,676,841", "2,294,135,867", "11.82%"),
                    ("归属于上市公司股东的净利润", "118,559,874", "650,365,365", "-1.53%")]
            for row in rows:
                for cell, centre in zip(row, (151, 283, 386, 489), strict=True):
                    c.drawCentredString(centre, y, cell)
                y -= 16
            _column(c, _para(2, 44 * 4), 71, y - 12, 44, size=10.5, lead=18)
        else:
            _column(c, _para(3, 44 * 5), 71, 700, 44, size=10.5, lead=18)
        c.setFont(FONT, 8)
        c.drawString(300, 40, f"{page + 1} / 2")
        c.showPage()
    c.save()


def test_labelled_fields_in_small_print_over_the_title_are_meta_not_furniture(tmp_path):
    path = tmp_path / "report.pdf"
    _report(path)
    assert ("meta", "证券代码：602781证券简称：新元科技公告编号：2023-031") in _flat(path)


def test_a_tables_centred_header_row_and_its_unit_line_are_no_content(tmp_path):
    path = tmp_path / "report.pdf"
    _report(path)
    units = _flat(path)
    assert not any("单位：元" in t or "本年比上年增减" in t for k, t in units if k != "debris")
    assert ("paragraph", _para(2, 44 * 4)) in units


def test_a_box_on_a_page_of_one_flow_is_read_where_it_stands(tmp_path):
    # a textbook page: the chapter title, a framed box of objectives, then the section and its prose; the box
    # stands between the title and the section, and is read there (not after the page's prose)
    path = tmp_path / "textbook.pdf"
    c = _canvas(path)
    c.setFont(FONT, 18)
    c.drawString(200, 780, "第三章　人口与环境")
    c.rect(56, 650, 412, 100)
    c.setFont(FONT, 12)
    c.drawString(70, 730, "学习目标")
    c.setFont(FONT, 10.5)
    goals = ["1．掌握本章的基本概念，能够举例说明。", "2．掌握本章的基本概念，并能联系实际。"]
    for k, goal in enumerate(goals):
        c.drawString(70, 710 - 18 * k, goal)
    c.setFont(FONT, 14)
    c.drawString(56, 620, "第一节　基本概念")
    body = _para(4, 38 * 6)
    _column(c, body, 56, 596, 38, size=10.5, lead=18)
    c.showPage()
    c.save()
    texts = [t for k, t in _flat(path) if k != "debris"]
    assert texts.index("学习目标") < texts.index("第一节基本概念")
    assert texts.index(goals[1]) < texts.index(body)
