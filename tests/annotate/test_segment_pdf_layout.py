"""Native PDF reader: page layouts drawn with reportlab (mastheads and letterheads above a rule, a
headline centred over the columns, footnotes below a rule, a boxed abstract)."""

from __future__ import annotations

import pytest
from pdf_samples import FONT, _canvas, _column, _para, _units

from annotate.segment.files import segment_file


def test_masthead_above_a_rule_is_furniture_and_the_title_below_it_is_the_title(tmp_path):
    path = tmp_path / "paper.pdf"
    c = _canvas(path)
    c.setFont(FONT, 34)
    c.drawCentredString(297, 770, "南海都市报")
    c.setFont(FONT, 9)
    c.drawString(36, 745, "2020年1月1日 星期三")
    c.drawRightString(559, 745, "第12版 科教")
    c.setLineWidth(2)
    c.line(36, 735, 559, 735)
    c.setFont(FONT, 22)
    c.drawCentredString(297, 700, "高新区发展纪实")
    paras = [_para(1, 90), _para(2, 70)]
    y = 660
    for p in paras:
        y = _column(c, p, 72, y, 40) - 6
    c.showPage()
    c.save()
    units = _units(path)
    assert units[0] == ("title", "高新区发展纪实")
    assert [t for k, t in units if k == "paragraph"] == paras
    assert not any("南海都市报" in t or "第12版" in t for _, t in units)


def test_letterhead_above_a_rule_is_furniture_and_its_document_number_meta(tmp_path):
    path = tmp_path / "gov.pdf"
    c = _canvas(path)
    c.setFont(FONT, 24)
    c.drawCentredString(297, 732, "江州市人民政府办公厅文件")
    c.setFont(FONT, 11)
    c.drawCentredString(297, 702, "江政办发〔2023〕11号")
    c.line(72, 692, 523, 692)
    c.setFont(FONT, 20)
    c.drawCentredString(297, 650, "关于加强城市交通管理的通知")
    para = _para(3, 120)
    _column(c, para, 72, 610, 40, size=12, lead=20)
    c.showPage()
    c.save()
    units = _units(path)
    # (the document number is the document's own metadata: the convention settled in session 15)
    assert units[:2] == [("meta", "江政办发〔2023〕11号"), ("title", "关于加强城市交通管理的通知")]
    assert ("paragraph", para) in units
    assert not any("江州市" in t for _, t in units)


def test_title_above_a_box_is_kept_and_the_box_is_one_unit(tmp_path):
    """The edges of a box (an abstract, drawn as four strokes like a table's border) are not a rule:
    the title and authors above it stay; the abstract's lines, in small print across two columns of
    body text, are one unit."""
    path = tmp_path / "journal.pdf"
    c = _canvas(path)
    c.setFont(FONT, 18)
    c.drawCentredString(297, 760, "城市交通网络研究述评")
    c.setFont(FONT, 11)
    c.drawCentredString(297, 735, "周文斌 李建国 王海燕 张晓明")
    for x0, y0, x1, y1 in ((73, 717, 522, 717), (73, 667, 522, 667), (73, 667, 73, 717), (522, 667, 522, 717)):
        c.line(x0, y0, x1, y1)
    abstract = "摘要：" + _para(4, 100)
    c.setFont(FONT, 9)
    for k, i in enumerate(range(0, len(abstract), 46)):
        c.drawString(82, 703 - 14 * k, abstract[i:i + 46])
    left, right = _para(5, 20 * 8), _para(9, 20 * 6)
    _column(c, left, 60, 620, 20)
    _column(c, right, 310, 620, 20)
    c.showPage()
    c.save()
    units = _units(path)
    assert units[0] == ("title", "城市交通网络研究述评")
    # (read as a heading, the line keeps its spaces between the names: docs/segmentation.md §2)
    assert any(t.replace(" ", "") == "周文斌李建国王海燕张晓明" for k, t in units if k != "debris")
    assert [t for k, t in units if k == "paragraph"] == [abstract, left, right]


def test_headline_centred_over_the_columns_is_read_first(tmp_path):
    """A centred headline that fits inside the middle column's width (three columns, two of them
    used) still comes before the columns, and a paragraph that runs from the left column into the
    next one stays whole."""
    path = tmp_path / "cols.pdf"
    c = _canvas(path)
    c.setFont(FONT, 18)
    c.drawCentredString(297, 760, "科技园区发展纪实")
    c.setFont(FONT, 10)
    c.drawString(36, 720, "（记者 李建国 通讯员 王海燕）")
    long = _para(6, 15 * 50 + 10)
    lines = [long[:13]] + [long[i:i + 15] for i in range(13, len(long), 15)]
    y, x = 700, 36
    for k, line in enumerate(lines):
        if y < 100:
            y, x = 720, 215
        c.drawString(x + (20 if k == 0 else 0), y, line)
        y -= 15
    c.showPage()
    c.save()
    units = _units(path)
    assert units[0] == ("title", "科技园区发展纪实")
    assert ("paragraph", long) in units


def test_a_paragraph_running_into_the_next_column_has_a_box_per_column(tmp_path):
    """readers.pdf._where: one provenance part per column the unit runs through on a page, so the box of a
    paragraph that ends at the top of the right column does not span the gutter over the paragraph below it
    (a new user's two-column PDF: one box [42, 83, 271, 463] covered the next unit's lines)."""
    path = tmp_path / "cols.pdf"
    c = _canvas(path)
    first, second = _para(6, 15 * 45), _para(7, 15 * 10)
    _flow(c, first, [36, 300], 700, 100, 15)  # 41 lines on the left, 4 at the top of the right column
    _flow(c, second, [300], 700 - 5 * 15, 100, 15)
    c.showPage()
    c.save()
    doc, _ = segment_file(path)
    where = {u.text: u.where["pages"] for u in doc.units}
    assert [part["page"] for part in where[first]] == [1, 1] and len(where[second]) == 1
    left, right = (part["bbox"] for part in where[first])
    below = where[second][0]["bbox"]
    assert left[2] < 300 <= right[0]  # one box per column, none across the gutter
    assert right[1] > below[3]  # the right-column part ends above the next paragraph's box
    assert sum(length for part in where[first] for _, _, length in part["offsets"]) == len(first)


@pytest.mark.parametrize("mark", ["[1] ", "① "])
def test_footnotes_below_a_rule_are_debris_and_the_paragraph_runs_on(tmp_path, mark):
    path = tmp_path / "report.pdf"
    c = _canvas(path)
    first, second = _para(7, 30 * 40), _para(8, 60)
    lines = [first[i:i + 40] for i in range(0, len(first), 40)]
    c.setFont(FONT, 9)
    c.drawString(72, 800, "城市发展研究中心")  # a header above a rule, on one page only
    c.line(72, 790, 523, 790)
    y = 760
    for line in lines[:25]:
        c.setFont(FONT, 11)
        c.drawString(72, y, line)
        y -= 17
    c.setLineWidth(0.5)
    c.line(60, 110, 200, 110)
    notes = [f"{mark}资料来源：人民网，2023年7月15日。", f"{mark.replace('1', '2')}资料来源：新华网，2023年7月15日。"]
    c.setFont(FONT, 8)
    c.drawString(60, 94, notes[0])
    c.drawString(60, 82, notes[1])
    c.showPage()
    y = 760
    c.setFont(FONT, 11)
    for line in lines[25:]:
        c.drawString(72, y, line)
        y -= 17
    _column(c, second, 72, y - 10, 40, size=11, lead=17)
    c.showPage()
    c.save()
    units = _units(path)
    assert ("paragraph", first) in units
    assert ("paragraph", second) in units
    debris = [t for k, t in units if k == "debris"]
    assert [n.replace(" ", "") for n in notes] == [t.replace(" ", "") for t in debris]
    assert not any("资料来源" in t for k, t in units if k != "debris")
    assert not any("研究中心" in t for _, t in units)


def _flow(c, text, columns, top, bottom, width_chars, size=10, lead=15, indent=True):
    """Draw ``text`` through the columns (x positions) from ``top`` down to ``bottom``."""
    first = width_chars - 2 if indent else width_chars
    lines = [text[:first]] + [text[i:i + width_chars] for i in range(first, len(text), width_chars)]
    k, y = 0, top
    c.setFont(FONT, size)
    for n, line in enumerate(lines):
        if y < bottom:
            k, y = k + 1, top
        c.drawString(columns[k] + (2 * size if n == 0 and indent else 0), y, line)
        y -= lead


def test_three_columns_are_read_one_after_the_other(tmp_path):
    path = tmp_path / "three.pdf"
    c = _canvas(path)
    c.setFont(FONT, 22)
    c.drawCentredString(297, 780, "城市交通网络纪实")
    text = _para(10, 15 * 110)
    _flow(c, text, [36, 215, 394], 740, 80, 15)
    c.showPage()
    c.save()
    units = _units(path)
    assert units[0] == ("title", "城市交通网络纪实")
    assert ("paragraph", text) in units


def test_four_columns_two_each_side_of_the_middle_gutter_are_read_one_after_the_other(tmp_path):
    """readers.pdf._split: a landscape page of four columns of one width with narrow gutters; the first gutter
    found leaves two columns on each side, as wide as each other, and each side is split again."""
    path = tmp_path / "four.pdf"
    c = _canvas(path, size=(842, 595))
    c.setFont(FONT, 22)
    c.drawCentredString(421, 550, "城市交通网络纪实")
    text = _para(11, 19 * 120)
    _flow(c, text, [30, 230, 430, 630], 510, 60, 19)
    c.showPage()
    c.save()
    units = _units(path)
    assert units[0] == ("title", "城市交通网络纪实")
    assert ("paragraph", text) in units


def test_columns_below_a_block_across_the_page_are_found(tmp_path):
    """Twelve lines across the page above two columns: the lines across the gutter are above the
    columns, so the gutter is still found and the columns are not read line by line across."""
    path = tmp_path / "top.pdf"
    c = _canvas(path)
    wide = _para(11, 44 * 12)
    _column(c, wide, 60, 780, 44)
    left, right = _para(12, 20 * 30), _para(13, 20 * 28)
    _flow(c, left, [60], 570, 60, 20)
    _flow(c, right, [320], 570, 60, 20)
    c.showPage()
    c.save()
    assert [t for k, t in _units(path) if k == "paragraph"] == [wide, left, right]


def test_centred_byline_in_heading_type_is_not_joined_to_the_heading_below(tmp_path):
    path = tmp_path / "byline.pdf"
    c = _canvas(path)
    c.setFont(FONT, 18)
    c.drawCentredString(297, 780, "城市交通网络研究")
    c.setFont(FONT, 11)
    c.drawCentredString(297, 752, "文／李国雄")
    c.drawString(60, 730, "交通网络")
    para = _para(14, 120)
    _column(c, para, 60, 710, 44, size=9.5, lead=15)
    c.showPage()
    c.save()
    units = _units(path)
    assert ("heading", "交通网络") in units
    assert not any("李国雄" in t and "交通网络" in t for _, t in units)


def test_editor_line_after_a_full_last_line_is_its_own_unit(tmp_path):
    path = tmp_path / "editor.pdf"
    c = _canvas(path)
    para = _para(15, 40 * 4)  # four full lines, the last one ending in 。
    _column(c, para, 60, 700, 40, indent=False)
    c.drawString(60, 640, "责任编辑：张晓明")
    c.drawCentredString(297, 40, "・1・")
    c.showPage()
    c.save()
    units = _units(path)
    assert ("paragraph", para) in units
    assert ("meta", "责任编辑：张晓明") in units
    assert not any("1" in t for _, t in units)  # the page number ・1・ is dropped


def test_hanging_punctuation_over_a_narrow_gutter_stays_in_its_column(tmp_path):
    """Two-column page with a 10-point gutter: a left-column line of 15 characters and a hanging
    `》。` reaches past the right column's left edge, and is still read in the left column."""
    path = tmp_path / "hang.pdf"
    c = _canvas(path)
    c.setFont(FONT, 10)
    paras, y = [], 760
    for k in (16, 17):
        text = _para(k, 13 + 15 * 18)[:-1]
        lines = [text[:13]] + [text[i:i + 15] for i in range(13, len(text), 15)]
        lines[-1] += "》。"
        paras.append("".join(lines))
        for n, line in enumerate(lines):
            c.drawString(36 + (20 if n == 0 else 0), y, line)
            y -= 15
    third = _para(18, 15 * 30)
    _flow(c, third, [196], 760, 60, 15)
    c.showPage()
    c.save()
    assert [t for k, t in _units(path) if k == "paragraph"] == [*paras, third]


@pytest.mark.parametrize("tail", [True, False])
def test_editor_line_alone_in_the_right_column_is_read_after_the_left_one(tmp_path, tail):
    """The right column holds only the end of the article: the last line of a paragraph and an
    editor line in body type (the column has too few lines to know its edge, so its longest line
    sets it), or only an editor line in smaller type (a column all the same)."""
    path = tmp_path / "tail.pdf"
    c = _canvas(path)
    text = _para(19, 18 + 20 * 30 + (18 if tail else 0))
    lines = [text[:18]] + [text[i:i + 20] for i in range(18, len(text), 20)]
    y = 760
    c.setFont(FONT, 10)
    for n, line in enumerate(lines[:-1] if tail else lines):
        c.drawString(48 + (20 if n == 0 else 0), y, line)
        y -= 15
    if tail:
        c.drawString(310, 760, lines[-1])
    else:
        c.setFont(FONT, 9)
    c.drawString(310, 745 if tail else 760, "（责任编辑：张晓明）")
    c.showPage()
    c.save()
    units = _units(path)
    assert ("paragraph", text) in units
    assert ("meta", "（责任编辑：张晓明）") in units
