"""Native PDF reader, session 11's print-side fixes (fixp; docs/segmentation.md)."""

from __future__ import annotations

import pytest
from pdf_samples import FONT, _canvas, _column, _para, _units


@pytest.mark.parametrize(("over", "title", "x", "top", "body", "lead", "width", "seed"), [
    # an exam paper: the session's line at 11 points over the paper's name at 18, the body at 10.5
    ((206, 774, 11, "2023—2024学年第一学期期末质量检测", "质量检测"), (240, 735, 18, "八年级语文试卷"), 72, 700, 10.5, 16, 30, 20),
    # a newspaper: a kicker at 10.5 points, a little smaller than the body at 11, over the headline at 22
    ((62, 687, 10.5, "聚焦・基层", "基层"), (143, 654, 22, "青阳老旧小区改造惠及万户居民"), 62, 610, 11, 19, 42, 70),
])
def test_a_line_over_the_title_in_a_size_of_its_own_is_furniture(tmp_path, over, title, x, top, body, lead, width, seed):
    path = tmp_path / "page.pdf"
    c = _canvas(path)
    for ox, oy, size, text, *_ in (over, title):
        c.setFont(FONT, size)
        c.drawString(ox, oy, text)
    paras = [_para(seed + k, width * 3 - 5) for k in range(4)]
    y = top
    for p in paras:
        y = _column(c, p, x, y, width, size=body, lead=lead)
    c.showPage()
    c.save()
    units = [(k, "".join(t.split())) for k, t in _units(path)]
    assert not any(over[4] in t for k, t in units if k != "debris")
    assert ("title", title[3]) in units


def _manual(path, box=True, table=True):
    """A manual's page in one column: a section, a warning in a frame across the text, the next section, a table of
    technical data in two columns."""
    c = _canvas(path)
    c.setFont(FONT, 18)
    c.drawString(164, 750, "家用净水器使用说明书")
    first, second, third = _para(31, 48 * 3 - 9), _para(32, 48 * 2 - 7), _para(33, 48 * 2 - 5)
    c.setFont(FONT, 13)
    c.drawString(70, 700, "一、产品简介")
    y = _column(c, first, 70, 680, 44, size=10.5, lead=17)
    c.setFont(FONT, 13)
    c.drawString(70, y - 10, "二、安全注意事项")
    top = y - 30
    if box:
        c.rect(69, top - 40, 457, 50)
    c.setFont(FONT, 11)
    c.drawString(82, top - 5, "警告")
    y = _column(c, second[:44], 82, top - 23, 44, size=10, lead=15, indent=False)
    c.setFont(FONT, 13)
    c.drawString(70, top - 70, "三、技术参数")
    y = top - 90
    if table:
        c.setFont(FONT, 10)
        for label, value in (("额定电压", "220V-50Hz"), ("额定功率", "36W"), ("额定净水流量", "1.2L/min"), ("适用水温", "5℃-38℃")):
            c.drawString(118, y, label)
            c.drawString(298, y, value)
            y -= 18
    _column(c, third, 70, y - 20, 44, size=10.5, lead=17)
    c.showPage()
    c.save()
    return [(k, "".join(t.split())) for k, t in _units(path)], second[:44], third


def test_a_frame_across_a_one_column_page_is_read_where_it_stands(tmp_path):
    units, warning, _ = _manual(tmp_path / "manual.pdf", table=False)
    texts = [t for _, t in units]
    assert texts.index("警告") < texts.index("三、技术参数")
    assert texts.index(warning) < texts.index("三、技术参数")


def test_a_table_of_two_columns_with_figures_is_debris_a_row_each(tmp_path):
    units, _, third = _manual(tmp_path / "manual.pdf", box=False)
    assert ("debris", "额定功率36W") in units
    assert not any("220V" in t for k, t in units if k != "debris")
    assert ("paragraph", third) in units


def test_an_exam_s_score_table_and_its_grader_boxes_are_debris(tmp_path):
    # the score table under the title (a header row of short cells, the row of empty cells under it with its label),
    # and a grader box (two short cells, small print) over each part
    path = tmp_path / "exam.pdf"
    c = _canvas(path)
    c.setFont(FONT, 18)
    c.drawString(240, 735, "八年级语文试卷")
    c.setFont(FONT, 10)
    for x, cell in zip((155, 230, 300, 370, 435), ("题号", "一", "二", "三", "总分"), strict=True):
        c.drawString(x, 693, cell)
    c.drawString(155, 675, "得分")
    y = 640
    parts = []
    for k, head in enumerate(("一、积累与运用（共20分）", "二、现代文阅读（共40分）")):
        c.setFont(FONT, 8)
        c.drawString(76, y, "得分")
        c.drawString(114, y, "评卷人")
        c.setFont(FONT, 12)
        c.drawString(160, y - 20, head)
        parts.append(_para(40 + k, 40 * 3 - 6))
        y = _column(c, parts[-1], 70, y - 45, 40, size=10.5, lead=17) - 20
    c.showPage()
    c.save()
    units = [(k, "".join(t.split())) for k, t in _units(path)]
    content = [t for k, t in units if k != "debris"]
    assert not any(t.startswith(("题号", "得分")) for t in content)
    assert [t for k, t in units if k == "paragraph"] == parts


def test_dates_at_the_top_left_above_the_title_come_before_it_beside_a_mark_at_the_top_right(tmp_path):
    # a package insert in two columns: "OTC" at the top right, the dates in small print at the top left, then the title
    path = tmp_path / "insert.pdf"
    c = _canvas(path)
    c.setFont(FONT, 14)
    c.drawString(521, 802, "OTC")
    c.setFont(FONT, 8)
    c.drawString(46, 773, "核准日期：2019年11月20日")
    c.drawString(46, 759, "修改日期：2022年8月1日")
    c.setFont(FONT, 17)
    c.drawString(221, 724, "川贝止咳糖浆说明书")
    left, right = [_para(50 + k, 28 * 4 - 6) for k in range(3)], [_para(60 + k, 28 * 4 - 3) for k in range(3)]
    y = 675
    for p in left:
        y = _column(c, p, 46, y, 28, size=8.5, lead=12.5) - 6
    y = 675
    for p in right:
        y = _column(c, p, 306, y, 28, size=8.5, lead=12.5) - 6
    c.showPage()
    c.save()
    texts = ["".join(t.split()) for _, t in _units(path)]
    dates = next(k for k, t in enumerate(texts) if "修改日期" in t)
    assert dates < texts.index("川贝止咳糖浆说明书") < texts.index(left[0])


def test_table_rows_whose_figures_are_centred_in_their_cells_are_debris_with_their_caption(tmp_path):
    path = tmp_path / "paper.pdf"
    c = _canvas(path)
    paras = [_para(80 + k, 36 * 3 - 5) for k in range(2)]
    y = 760
    for p in paras:
        y = _column(c, p, 72, y, 36, size=10.5, lead=17)
    c.setFont(FONT, 8.5)
    c.drawString(200, y - 10, "表1 描述性统计结果")
    rows = [(("变量", 334), ("均值", 397), ("标准差", 449), ("样本量", 505)),
            (("收入", 334), ("3.42", 398), ("0.87", 454), ("1260", 509)),
            (("年龄", 334), ("41.5", 398), ("12.3", 453), ("1260", 509))]
    y -= 30
    c.setFont(FONT, 8)
    for row in rows:
        for text, x in row:
            c.drawString(x - 150, y, text)
        y -= 15
    last = _para(90, 36 * 2 - 3)
    _column(c, last, 72, y - 10, 36, size=10.5, lead=17)
    c.showPage()
    c.save()
    units = [(k, "".join(t.split())) for k, t in _units(path)]
    assert not any("描述性统计" in t or "样本量" in t or "1260" in t for k, t in units if k != "debris")
    assert ("paragraph", last) in units


def test_a_table_s_unit_note_and_header_row_centred_over_the_figures_are_debris(tmp_path):
    path = tmp_path / "annual.pdf"
    c = _canvas(path)
    first = _para(95, 46 * 3 - 5)
    y = _column(c, first, 71, 760, 46, size=10.5, lead=17)
    c.setFont(FONT, 9)
    c.drawString(442, y - 5, "单位：元　币种：人民币")
    c.setFont(FONT, 8.5)
    y -= 25
    for row in ((("项目", 142), ("2022年", 270), ("2021年", 374), ("本年比上年增减", 460)),
                (("营业收入", 134), ("5,196,676,841", 260), ("2,294,135,867", 363), ("11.82%", 477)),
                (("归属于上市公司股东的净利润", 96), ("118,559,874", 263), ("650,365,365", 366), ("-1.53%", 478))):
        for text, x in row:
            c.drawString(x, y, text)
        y -= 16
    last = _para(96, 46 * 2 - 3)
    _column(c, last, 71, y - 10, 46, size=10.5, lead=17)
    c.showPage()
    c.save()
    units = [(k, "".join(t.split())) for k, t in _units(path)]
    assert not any("币种" in t or "本年比上年增减" in t or "营业收入" in t for k, t in units if k != "debris")
    assert ("paragraph", last) in units


def test_a_filing_line_in_small_print_over_an_announcement_s_title_stays(tmp_path):
    path = tmp_path / "annual.pdf"
    c = _canvas(path)
    c.setFont(FONT, 9.5)
    c.drawString(71, 669, "证券代码：602781　证券简称：新元科技　公告编号：2023-031")
    c.setFont(FONT, 18)
    c.drawString(118, 622, "溪口新元科技股份有限公司年度报告摘要")
    paras = [_para(110 + k, 44 * 3 - 5) for k in range(3)]
    y = 580
    for p in paras:
        y = _column(c, p, 71, y, 44, size=10.5, lead=17)
    c.showPage()
    c.save()
    units = [(k, "".join(t.split())) for k, t in _units(path)]
    assert any(t.startswith("证券代码：602781") for k, t in units if k != "debris")
