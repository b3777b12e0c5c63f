"""Native PDF reader, session 17 (fixn9; docs/segmentation.md)."""

from __future__ import annotations

from pdf_samples import FONT, _canvas, _column, _para, _units

from annotate.segment.readers import pdf


def _squashed(path):
    return ["".join(t.split()) for _, t in _units(path)]


def test_the_field_patterns_share_one_label_shape_a_note_in_brackets_included():
    # (one copy of a field's label: a label with a note in brackets is a field wherever the reader looks for one)
    for label in ("申报单位（盖章）：", "项目负责人姓名：", "检验类别："):
        assert pdf._FORM_FIELD.match(label + "东湖科技有限公司")
        assert pdf._FIELD_LINE.fullmatch(label + "东湖科技有限公司")
    assert pdf._filing_line("联系电话（办公）：027-8765432　邮政编码（单位）：430070")
    assert not pdf._FIELD_LINE.fullmatch("项目名称：本项目面向农村，服务基层")  # a clause in the value


def _marked(path, head=False):
    """Indented paragraphs, then one whose first line fills the column and ends a sentence, a line flush at the
    column's edge under it opening with a note mark (``①…``) and a last line; with ``head``, a short numbered
    heading in the body's type stands flush under the full line instead."""
    c = _canvas(path)
    c.setFont(FONT, 18)
    c.drawString(72, 780, "工作简报")
    y = 740
    for k in range(3):
        y = _column(c, _para(200 + k, 30 * 2 + 12), 72, y, 30) - 2
    first = _para(210, 28)  # (28 characters after a two-character indent: the line fills the column)
    second = "①" + _para(211, 29) if not head else "三、保障措施"
    last = _para(212, 12)
    c.setFont(FONT, 10)
    c.drawString(92, y, first)
    c.drawString(72, y - 15, second)
    c.drawString(72 if not head else 92, y - 30, last)
    c.showPage()
    c.save()
    return first, second, last, _squashed(path)


def test_a_line_opening_with_a_mark_flush_under_a_full_line_runs_on_where_paragraphs_are_indented(tmp_path):
    first, second, last, got = _marked(tmp_path / "a.pdf")
    assert first + second + last in got


def test_a_short_head_in_the_body_s_type_flush_under_a_full_line_stays_apart(tmp_path):
    first, second, last, got = _marked(tmp_path / "a.pdf", head=True)
    assert first in got and second in got


def _side_table(path, pad=3):
    """Four paragraphs, a two-column grid table of four rows drawn line by line (each cell's text ``pad`` points in from
    the rule at its left; the second and third rows' text wrapped over two lines: pdfium gives a label and its text
    as one line, cut where the text resumes at the start of the wrapped lines), then four paragraphs."""
    c = _canvas(path)
    c.setFont(FONT, 18)
    c.drawString(72, 780, "项目申报书")
    y = 740
    for k in range(4):  # (the page's prose across the table's gutter: no columns)
        y = _column(c, _para(296 + k, 30 * 2 + 12), 72, y, 30) - 2
    y -= 6
    cells = [("项目名称", _para(301, 18)), ("研究内容", _para(302, 36)), ("预期目标", _para(303, 32)),
             ("起止年限", "2024年7月至2026年6月")]
    c.setLineWidth(0.4)
    for label, text in cells:
        parts = [text[:20], text[20:]] if len(text) > 20 else [text]
        h = 13 * len(parts) + 6
        c.line(72, y, 372, y)
        for x in (72, 152, 372):
            c.line(x, y, x, y - h)
        c.line(72, y - h, 372, y - h)
        c.setFont(FONT, 9)
        c.drawString(72 + pad, y - 13, label)
        for k, part in enumerate(parts):
            c.drawString(152 + pad, y - 13 - 13 * k, part)
        y -= h
    y -= 20
    for k in range(4):
        y = _column(c, _para(304 + k, 30 * 2 + 12), 72, y, 30) - 2
    c.showPage()
    c.save()
    doc = _units(path)
    return [t for _, t in cells], ["".join(t.split()) for k, t in doc if k != "debris"]


def test_a_table_whose_cells_stand_side_by_side_as_lines_of_their_own_is_debris(tmp_path):
    cells, kept = _side_table(tmp_path / "a.pdf")
    assert not any(cell in t or cell[:10] in t for cell in cells for t in kept)
    assert _para(299, 72) in kept and _para(304, 72) in kept


def test_lines_side_by_side_at_the_column_s_edge_are_no_such_table(tmp_path):
    cells, kept = _side_table(tmp_path / "a.pdf", pad=0)
    assert any(cells[0] in t for t in kept)
