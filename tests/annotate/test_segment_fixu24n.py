"""What a hospital data team's trial found in the native readers (session 24, newuser24; fixu24n): one small
hand-made input per rule."""

from __future__ import annotations

from pdf_samples import FONT, _canvas, _column, _para, _units
from pdf_samples import squeezed_units as _squeezed


def test_a_flush_clause_cut_after_a_comma_or_inside_a_figure_runs_on(tmp_path):
    # a guideline's numbered clauses set flush left, no indent, wrapped by a count of characters: a line with
    # narrow figures in it leaves room at the right edge, which read as a paragraph's end (``…可有畏寒、寒战，`` |
    # ``多伴…``; ``…减量为3`` | ``0mg 1次/日。``)
    path = tmp_path / "guide.pdf"
    c = _canvas(path)
    _column(c, _para(1, 41 * 3), 72, 760, 41, size=11, lead=17.6)
    c.setFont(FONT, 11)
    clause = ["1. 主要表现为发热、头痛、肌痛和全身不适，体温可达39~40℃，可有畏寒、寒战，",
              "多伴全身肌肉关节酸痛、乏力、食欲减退等全身症状。"]
    dose = ["注：肾功能不全者需根据肌酐清除率调整剂量，eGFR＜30ml/min时奥司他韦减量为3", "0mg 1次/日。"]
    y = 680
    for line in clause + dose:
        c.drawString(72, y, line)
        y -= 17.6
    _column(c, _para(2, 41 * 3), 72, y - 10, 41, size=11, lead=17.6)
    c.showPage()
    c.save()
    units = _squeezed(path)
    assert ("paragraph", "1.主要表现为发热、头痛、肌痛和全身不适，体温可达39~40℃，可有畏寒、寒战，"
            "多伴全身肌肉关节酸痛、乏力、食欲减退等全身症状。") in units, units
    assert ("paragraph", "注：肾功能不全者需根据肌酐清除率调整剂量，eGFR＜30ml/min时奥司他韦减量为30mg1次/日。") in units, units
    texts = [t for k, t in _units(path)]
    assert any("减量为30mg 1次/日。" in t for t in texts), texts  # (no space inside the figure, the text's own kept)


def test_short_lines_ending_in_a_comma_stay_apart(tmp_path):
    # lines well short of the column (a poem's, a list's) that end with a comma: the cut stands
    path = tmp_path / "poem.pdf"
    c = _canvas(path)
    _column(c, _para(3, 41 * 3), 72, 760, 41, size=11, lead=17.6)
    c.setFont(FONT, 11)
    c.drawString(72, 690, "床前明月光，")
    c.drawString(72, 672.4, "疑是地上霜。")
    c.showPage()
    c.save()
    units = _squeezed(path)
    assert ("paragraph", "床前明月光，") in units and ("paragraph", "疑是地上霜。") in units, units


def test_a_numbered_head_under_a_short_head_in_its_type_is_a_head_of_its_own(tmp_path):
    # ``二、治疗`` over ``（一）抗病毒治疗``, both in 13 points flush left over an 11-point body: the two lines have the
    # same type and start, as a head's two lines have, but the second opens with a section's number
    path = tmp_path / "heads.pdf"
    c = _canvas(path)
    c.setFont(FONT, 20)
    c.drawCentredString(297, 790, "流行性感冒诊疗方案")
    c.setFont(FONT, 13)
    c.drawString(72, 760, "二、治疗")
    c.drawString(72, 738, "（一）抗病毒治疗")
    _column(c, _para(4, 41 * 4), 72, 716, 41, size=11, lead=17.6)
    c.setFont(FONT, 13)
    c.drawString(72, 620, "三、关于印发流行性感冒诊疗方案")
    c.drawString(72, 598, "的通知")
    _column(c, _para(5, 41 * 3), 72, 576, 41, size=11, lead=17.6)
    c.showPage()
    c.save()
    units = _squeezed(path)
    assert ("heading", "二、治疗") in units and ("heading", "（一）抗病毒治疗") in units, units
    assert ("heading", "三、关于印发流行性感冒诊疗方案的通知") in units, units  # (a head's second line, no number)


def test_a_table_cell_keeps_its_space_between_two_narrow_characters(tmp_path):
    # a dose table's cells ``75mg 2次/日``: the row is cut into cells at its wide gaps, and the space inside a cell is
    # the cell's (§9: one space between two narrow characters, as in a paragraph; none beside a hanzi)
    path = tmp_path / "table.pdf"
    c = _canvas(path)
    _column(c, _para(6, 41 * 3), 72, 760, 41, size=11, lead=17.6)
    c.setFont(FONT, 10)
    y = 690
    for row in (("药物", "成人剂量", "儿童剂量", "疗程"), ("奥司他韦", "75mg 2次/日", "3mg/kg 2次/日", "5天"),
                ("玛巴洛沙韦", "40mg 单次", "2mg/kg 单次", "1天"), ("扎那米韦", "10mg 2次/日", "≥7岁 10mg", "5天")):
        for x, cell in zip((72, 170, 290, 420), row, strict=True):
            c.drawString(x, y, cell)
        y -= 20
    _column(c, _para(7, 41 * 3), 72, y - 10, 41, size=11, lead=17.6)
    c.showPage()
    c.save()
    debris = [t for k, t in _units(path) if k == "debris"]
    assert "75mg 2次/日" in debris and "3mg/kg 2次/日" in debris and "10mg 2次/日" in debris, debris
    assert "40mg单次" in debris and "≥7岁10mg" in debris and "奥司他韦" in debris, debris


def _docx_units(path):
    return [(k, "".join(t.split())) for k, t in _units(path)]


def test_docx_short_numbered_items_are_no_heads_where_heads_have_heading_styles(tmp_path):
    # a discharge summary: heads in Word's Heading 1, the diagnoses under one as short numbered paragraphs in
    # ``List Number`` or ``Normal``: items, paragraphs (Word's heads come from its styles, README)
    import docx

    d = docx.Document()
    d.add_paragraph("病历摘要", style="Title")
    d.add_heading("诊断", level=1)
    d.add_paragraph("1. 重症流感（甲型）", style="List Number")
    d.add_paragraph("2. 病毒性肺炎", style="List Number")
    d.add_heading("出院诊断", level=1)
    d.add_paragraph("1. 重症流感（甲型）")
    d.add_paragraph("2. 高血压病2级（高危）")
    path = tmp_path / "case.docx"
    d.save(path)
    units = _docx_units(path)
    assert ("heading", "诊断") in units and ("heading", "出院诊断") in units, units
    assert ("paragraph", "1.重症流感（甲型）") in units and ("paragraph", "2.病毒性肺炎") in units, units
    assert ("paragraph", "2.高血压病2级（高危）") in units, units


def test_docx_numbered_heads_in_the_body_style_stay_heads_without_heading_styles(tmp_path):
    # no heading style used: a numbered head in the body's type is the head it reads as (the rule's own case)
    import docx

    d = docx.Document()
    d.add_paragraph("关于开展安全生产检查的通知", style="Title")
    d.add_paragraph("一、检查范围")
    d.add_paragraph("全市范围内的生产经营单位，重点是危险化学品、建筑施工和道路交通等行业领域。")
    d.add_paragraph("二、检查内容")
    d.add_paragraph("安全生产责任制落实情况，隐患排查治理情况，应急预案制定和演练情况。")
    path = tmp_path / "notice.docx"
    d.save(path)
    units = _docx_units(path)
    assert ("heading", "一、检查范围") in units and ("heading", "二、检查内容") in units, units


def test_html_info_bar_fields_in_touching_inline_elements_part_at_the_elements(tmp_path):
    # a DedeCMS info bar, its labels in <small> touching their values, no space anywhere: the element boundary before
    # ``浏览次数：`` sets the counter apart as whitespace would (debris), and the credit left is a byline with its author
    from segment_samples import PARA1, PARA2

    from annotate.segment.readers.html import read_html

    page = ("<html><head><meta charset='utf-8'><title>t</title></head><body><div class='viewbox'>"
            "<div class='title'><h2>我院成功举办2024年急危重症救治能力提升培训班</h2></div>"
            "<div class='info'><small>发布时间：</small>2024-03-05 09:32:17<small>来源：</small>宣传科<small>作者：</small>张某"
            "<small>浏览次数：</small><script src='/plus/count.php?aid=1024'></script>1024</div>"
            f"<div class='content'><p>{PARA1}</p><p>{PARA2}</p></div></div></body></html>")
    raw = page.encode("utf-8")
    doc, _ = read_html(raw, "d")
    units = [(u.kind, "".join(u.text.split())) for u in doc.units]
    assert ("byline", "发布时间：2024-03-05 09:32:17来源：宣传科作者：张某".replace(" ", "")) in units, units
    assert ("debris", "浏览次数：1024") in units, units
    assert doc.meta.author == "张某", doc.meta
    for u in doc.units:  # (offsets into the source: text[start:end] is the truth)
        for pos, at, n in u.offsets:
            assert page[at:at + n] == u.text[pos:pos + n], (u.text, pos, at, n)


def test_html_a_counter_glued_to_the_text_in_one_element_stays_in_it():
    # no element boundary before the counter word: it is the text's (``…本文阅读100次`` in one paragraph run)
    from annotate.segment import inline

    assert inline.furniture_spans("发布时间：2024-03-05来源：宣传科作者：张某浏览次数：1024") == []
    assert inline.furniture_spans("发布时间：2024-03-05来源：宣传科作者：张某浏览次数：1024", seams=[26]) == [(26, 35)]


def test_a_bracketed_note_and_the_issuing_offices_under_a_title_are_meta_and_byline(tmp_path):
    # a guideline's cover: the title, ``（2024年版）`` in 14 points and the issuing offices in 12 over an 11-point body,
    # each centred: a note and a byline, no heads (the printed corpus's gold: ``（2023年5月报备）`` meta, dev12/dev15;
    # ``臨海市統計局 臨海市文化和旅遊局`` byline, dev9)
    path = tmp_path / "cover.pdf"
    c = _canvas(path)
    c.setFont(FONT, 20)
    c.drawCentredString(297, 760, "流行性感冒诊疗方案")
    c.setFont(FONT, 14)
    c.drawCentredString(297, 732, "（2024年版）")
    c.setFont(FONT, 12)
    c.drawCentredString(297, 708, "国家卫生健康委员会办公厅  国家中医药管理局综合司")
    c.setFont(FONT, 13)
    c.drawString(72, 672, "一、概述")
    _column(c, _para(8, 41 * 4), 72, 650, 41, size=11, lead=17.6)
    c.showPage()
    c.save()
    units = _squeezed(path)
    assert units[:4] == [("title", "流行性感冒诊疗方案"), ("meta", "（2024年版）"),
                         ("byline", "国家卫生健康委员会办公厅国家中医药管理局综合司"), ("heading", "一、概述")], units


def test_docx_a_bracketed_note_under_the_title_is_meta_a_bracketed_paragraph_further_down_is_not(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("西岭职业技术学院档案管理办法（试行）", style="Title")
    d.add_paragraph("（2023年2月16日校长办公会审议通过）")
    d.add_heading("第一章　总则", level=1)
    d.add_paragraph("第一条　为加强学校档案管理，根据有关规定，结合学校实际，制定本办法。")
    d.add_paragraph("（本条由档案馆负责解释）")
    path = tmp_path / "rules.docx"
    d.save(path)
    units = _docx_units(path)
    assert units[1] == ("meta", "（2023年2月16日校长办公会审议通过）"), units
    assert ("paragraph", "（本条由档案馆负责解释）") in units, units
