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
