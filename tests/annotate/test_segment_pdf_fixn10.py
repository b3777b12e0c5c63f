"""Native PDF reader, session 18 (fixn10; docs/segmentation.md)."""

from __future__ import annotations

from pdf_samples import FONT, _canvas, _column, _para, _units

from annotate.segment.files import segment_file
from annotate.segment.readers import common


def _report(path, heads):
    """A title, then per head in ``heads`` the head alone on its line in the body's type and size, flush at the
    column's edge, over two indented paragraphs."""
    c = _canvas(path)
    c.setFont(FONT, 18)
    c.drawString(72, 780, "关于推进城市更新行动的实施意见")
    y = 740
    for k, head in enumerate(heads):
        c.setFont(FONT, 10)
        c.drawString(72, y, head)
        y -= 20
        for j in range(2):
            y = _column(c, _para(300 + 10 * k + j, 30 * 2 + 9), 72, y, 30) - 4
    c.showPage()
    c.save()
    return {"".join(t.split()): kind for kind, t in _units(path)}


def test_a_numbered_head_alone_in_the_body_s_type_is_a_heading(tmp_path):
    heads = ["一、总体要求", "（二）强化示范引领", "5.1　一般要求", "第三章　保障措施"]
    got = _report(tmp_path / "a.pdf", heads)
    for head in heads:
        assert got["".join(head.split())] == "heading", head


def test_a_numbered_field_item_or_quantity_alone_stays_a_paragraph(tmp_path):
    lines = ["1．项目名称：信息化设备采购", "2．甲方负责验收，乙方负责安装", "36个月", "0.25mg"]
    got = _report(tmp_path / "a.pdf", lines)
    for line in lines:
        assert got["".join(line.split())] == "paragraph", line


def test_the_section_number_is_no_quantity():
    for text in ("一、总体要求", "（二）强化", "第三章　保障", "1．抓好督促落实", "5.1一般要求", "3　术语和定义"):
        assert common.SECTION_NUMBER.match(text), text
    for text in ("36个月", "0.25mg", "2024年工作计划", "24小时"):
        assert not common.SECTION_NUMBER.match(text), text


def _untitled(path, lead=None):
    """A line in 11.5 points over paragraphs in 10 (1.15 times the body: a heading by size, short of a title's 1.25),
    under a letter's number set flush right; with ``lead``, a paragraph of that text stands first."""
    c = _canvas(path)
    c.setFont(FONT, 10)
    c.drawString(420, 790, "华基函字第120号")
    y = 760
    if lead:
        y = _column(c, lead, 72, y, 30) - 6
    c.setFont(FONT, 11.5)
    c.drawString(150, y, "关于邀请参加学术研讨会的函")
    y -= 24
    for k in range(3):
        y = _column(c, _para(400 + k, 30 * 2 + 9), 72, y, 30) - 4
    c.showPage()
    c.save()
    return [(kind, "".join(t.split())) for kind, t in _units(path)]


def test_a_document_with_no_title_takes_its_first_heading_under_meta_lines(tmp_path):
    got = _untitled(tmp_path / "a.pdf")
    assert ("title", "关于邀请参加学术研讨会的函") in got
    assert segment_file(tmp_path / "a.pdf")[0].meta.title == "关于邀请参加学术研讨会的函"


def test_a_heading_after_a_paragraph_is_no_title(tmp_path):
    got = _untitled(tmp_path / "a.pdf", lead=_para(420, 50))
    assert ("heading", "关于邀请参加学术研讨会的函") in got
    assert all(kind != "title" for kind, _ in got)


def test_a_numbered_head_in_a_normal_docx_paragraph_is_a_heading(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("关于推进城市更新行动的实施意见", style="Title")
    heads = ["第一章　总则", "（一）动员部署阶段（2024年6月3日前）"]
    for k, head in enumerate(heads):
        document.add_paragraph(head)
        document.add_paragraph(_para(500 + k, 80))
    document.add_paragraph("1．项目名称：信息化设备采购")
    document.save(tmp_path / "a.docx")
    got = {"".join(t.split()): kind for kind, t in _units(tmp_path / "a.docx")}
    for head in heads:
        assert got["".join(head.split())] == "heading", head
    assert got["1．项目名称：信息化设备采购"] == "paragraph"


def _article(path, names):
    """A title in 18 points, ``names`` centred under it in 12 (a heading's size over a body in 10), paragraphs."""
    c = _canvas(path)
    c.setFont(FONT, 18)
    c.drawString(120, 780, "六十进制研究述评")
    c.setFont(FONT, 12)
    c.drawString(220, 750, names)
    y = 720
    for k in range(3):
        y = _column(c, _para(600 + k, 30 * 2 + 9), 72, y, 30) - 4
    c.showPage()
    c.save()
    return {"".join(t.split()): kind for kind, t in _units(path)}


def test_a_journal_s_author_line_under_the_title_is_a_byline(tmp_path):
    assert _article(tmp_path / "a.pdf", "周文斌　李建国")["周文斌李建国"] == "byline"
    assert _article(tmp_path / "b.pdf", "姚永1，胡兰海1，张永2")["姚永1，胡兰海1，张永2"] == "byline"


def test_words_that_are_no_names_under_the_title_stay_a_heading(tmp_path):
    assert _article(tmp_path / "a.pdf", "研究综述　文献回顾")["研究综述文献回顾"] == "heading"


def test_a_docx_author_line_under_its_title_is_a_byline(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("六十进制研究述评", style="Title")
    document.add_paragraph("周文斌　李建国")
    document.add_paragraph(_para(700, 80))
    document.save(tmp_path / "a.docx")
    got = {"".join(t.split()): kind for kind, t in _units(tmp_path / "a.docx")}
    assert got["周文斌李建国"] == "byline"


def test_a_report_s_author_before_the_role_on_its_cover_is_a_byline(tmp_path):
    got = _article(tmp_path / "a.pdf", "江临社会科学研究院　编")
    assert got["江临社会科学研究院编"] == "byline"
