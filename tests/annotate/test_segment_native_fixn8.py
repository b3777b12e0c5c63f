"""Native PDF and DOCX readers, session 16 (fixn8; docs/segmentation.md)."""

from __future__ import annotations

from pdf_samples import FONT, _canvas, _column, _para, _units


def _squashed(path):
    return ["".join(t.split()) for _, t in _units(path)]


def _ended_items(path, flush=False, later=2, sub=False):
    """Three paragraphs (flush, or with a two-character first-line indent), then three numbered items set with a
    hanging indent: the first line fills the column and ends a sentence, ``later`` lines under it set in two
    characters (all but the last full; with ``sub``, the first of them opens with a sub-item's mark ``（一）``)."""
    c = _canvas(path)
    c.setFont(FONT, 18)
    c.drawString(72, 780, "工作报告")
    y = 740
    for k in range(3):
        y = _column(c, _para(110 + k, 30 * 2 + 12), 72, y, 30, indent=not flush) - 2
    texts = []
    for k in range(3):
        first = "一二三"[k] + "、" + _para(120 + k, 28)
        rest = [_para(130 + 3 * k + j, 28)[:-1] + "，" for j in range(later - 1)] + [_para(140 + k, 12)]
        if sub:
            rest[0] = "（一）" + rest[0][3:]
        c.setFont(FONT, 10)
        c.drawString(72, y, first)
        for line in rest:
            y -= 15
            c.drawString(92, y, line)
        y -= 17
        texts.append(first + "".join(rest))
    c.showPage()
    c.save()
    return texts, _squashed(path)


def test_a_numbered_item_s_first_line_ending_a_sentence_runs_on_where_its_next_lines_keep_the_indent(tmp_path):
    # (a paragraph's first line would be followed by a line at the column's edge)
    texts, got = _ended_items(tmp_path / "a.pdf")
    assert all(t in got for t in texts)


def test_in_a_document_of_flush_paragraphs_a_line_set_in_under_an_item_s_sentence_goes_on_the_item(tmp_path):
    texts, got = _ended_items(tmp_path / "a.pdf", flush=True, later=1)
    assert all(t in got for t in texts)


def test_a_sub_item_set_in_under_an_item_s_sentence_stays_apart_in_a_document_of_flush_paragraphs(tmp_path):
    texts, got = _ended_items(tmp_path / "a.pdf", flush=True, sub=True)
    assert not any(t in got for t in texts)
    assert sum(t.startswith("（") for t in got) == 3


def test_with_first_line_indents_one_line_set_in_under_an_item_s_sentence_stays_a_paragraph(tmp_path):
    texts, got = _ended_items(tmp_path / "a.pdf", later=1)
    assert not any(t in got for t in texts)


def test_a_numbered_item_with_a_hanging_indent_runs_on_into_the_next_page_s_other_column(tmp_path):
    """Two columns a page; the right column of page 1 ends inside an item set with a hanging indent, which goes on
    at the top of page 2's left column, set in as far from that column's edge."""
    c = _canvas(tmp_path / "a.pdf")
    c.setFont(FONT, 18)
    c.drawString(50, 790, "教会周报")
    _column(c, _para(150, 22 * 30), 50, 750, 22)
    y = _column(c, _para(151, 22 * 24 + 10), 310, 750, 22) - 2
    first = "六、" + _para(152, 20)[:-1] + "，"
    c.setFont(FONT, 10)
    c.drawString(310, y, first)
    rest = [_para(153 + j, 20)[:-1] + "，" for j in range(4)]
    for line in rest:
        y -= 15
        c.drawString(330, y, line)
    c.showPage()
    tail = [_para(160, 20)[:-1] + "，", _para(161, 8)]
    c.setFont(FONT, 10)
    c.drawString(70, 750, tail[0])
    c.drawString(70, 735, tail[1])
    _column(c, _para(162, 22 * 26), 50, 718, 22)
    _column(c, _para(163, 22 * 28), 310, 750, 22)
    c.showPage()
    c.save()
    got = _squashed(tmp_path / "a.pdf")
    assert first + "".join(rest) + "".join(tail) in got


def _docx_with(path, rows, before="本年度各项工作按计划推进，主要情况如下。", after="以上情况特此报告，请审阅。"):
    import docx

    d = docx.Document()
    d.add_paragraph("年度工作情况报告", style="Title")
    d.add_paragraph(before)
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    d.add_paragraph(after)
    d.save(str(path))
    from annotate.segment.files import segment_file

    doc, _ = segment_file(path)
    return [(u.kind, u.text) for u in doc.units]


def test_docx_a_grid_s_cells_are_debris_without_figures_and_beside_sentences(tmp_path):
    # a status table without figures, and a form whose labels stand beside sentences: the convention's table cells
    status = [("项目", "进度", "备注"), ("道路改造", "已完成", "验收合格"), ("管网更新", "进行中", "年内完工")]
    form = [("项目名称", "城区排水管网智能监测关键技术研究"), ("研究内容", "围绕监测终端和预警模型开展研究，形成整体方案。"),
            ("预期目标", "研制样机两套，在两个示范点完成部署。")]
    for k, rows in enumerate((status, form)):
        got = _docx_with(tmp_path / f"{k}.docx", rows)
        cells = {t for row in rows for t in row}
        assert [kind for kind, t in got if t in cells] == ["debris"] * len(cells), got
        assert ("paragraph", "以上情况特此报告，请审阅。") in got


def test_docx_a_table_of_one_row_or_one_column_or_of_sentences_only_stays(tmp_path):
    for k, rows in enumerate(([("甲方代表签字", "乙方代表签字")], [("温馨提示",), ("请各单位按时报送材料",)],
                              [("第一项工作已经完成。", "第二项工作已经完成。"), ("第三项工作已经完成。", "第四项工作已经完成。")])):
        got = _docx_with(tmp_path / f"{k}.docx", rows)
        cells = {t for row in rows for t in row}
        assert all(kind != "debris" for kind, t in got if t in cells), got


def test_pdf_a_two_column_table_of_figures_set_flush_right_and_its_header_row_are_debris(tmp_path):
    """A two-column table under prose: a header row without figures, then rows of a label and a figure set flush right
    with a thousands separator (``12,345.6`` over ``876.4``)."""
    path = tmp_path / "a.pdf"
    c = _canvas(path)
    c.setFont(FONT, 18)
    c.drawString(72, 780, "年度财务摘要")
    y = _column(c, _para(170, 40 * 3 - 7), 72, 740, 40, size=10.5, lead=17) - 10
    rows = [("项目", "金额（万元）"), ("营业收入", "12,345.6"), ("营业成本", "876.4"), ("净利润", "1,234.5")]
    c.setFont(FONT, 9.5)
    for label, value in rows:
        c.drawString(74, y, label)
        c.drawRightString(300, y, value)
        y -= 18
    _column(c, _para(171, 40 * 3 - 7), 72, y - 10, 40, size=10.5, lead=17)
    c.showPage()
    c.save()
    got = _units(path)
    for label, value in rows:
        assert [k for k, t in got if label in t and value in t] == ["debris"], got
    assert sum(k == "paragraph" for k, _ in got) == 2


def test_docx_a_caption_right_under_a_table_of_debris_is_debris_too(tmp_path):
    status = [("项目", "进度", "备注"), ("道路改造", "已完成", "验收合格"), ("管网更新", "进行中", "年内完工")]
    got = _docx_with(tmp_path / "a.docx", status, after="表1　重点项目进度")
    assert ("debris", "表1重点项目进度") in got, got  # (the gap between wide characters dropped)
    # (under a layout of prose, the same line stays)
    prose = [("第一项工作已经完成。", "第二项工作已经完成。"), ("第三项工作已经完成。", "第四项工作已经完成。")]
    got = _docx_with(tmp_path / "b.docx", prose, after="表1　重点项目进度")
    assert ("paragraph", "表1重点项目进度") in got, got
