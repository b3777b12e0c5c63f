"""Native PDF reader, session 17 (fixn9; docs/segmentation.md)."""

from __future__ import annotations

from annotate.segment.readers import pdf


def test_the_field_patterns_share_one_label_shape_a_note_in_brackets_included():
    # (one copy of a field's label: a label with a note in brackets is a field wherever the reader looks for one)
    for label in ("申报单位（盖章）：", "项目负责人姓名：", "检验类别："):
        assert pdf._FORM_FIELD.match(label + "东湖科技有限公司")
        assert pdf._FIELD_LINE.fullmatch(label + "东湖科技有限公司")
    assert pdf._filing_line("联系电话（办公）：027-8765432　邮政编码（单位）：430070")
    assert not pdf._FIELD_LINE.fullmatch("项目名称：本项目面向农村，服务基层")  # a clause in the value
