"""Office documents (annotate/segment/office.py and the readers' office rules, docs/segmentation.md):
small made-up documents, one rule each, in the text route and the native readers."""

from __future__ import annotations

from segment_samples import units

from annotate.segment.files import segment_file
from annotate.segment.readers import pdf as pdf_reader

BODY = [
    "郵票的正式名稱為郵值標籤。這個詞來自於君主階層，卻很好的說明了郵票",
    "的法律歷史來由。貼上郵票意味著為運送郵件繳納了事先規定好的郵資。郵",
    "政是屬於國家的，或者是由國家制定的寡頭經營，所以公民的郵政行為屬於",
    "國家法管理範疇，聯邦郵局在私有化以前的郵政條例是等同於法律條例的。",
]
PARA = "\n".join(BODY)
PARA_TEXT = "".join(BODY)


def test_masthead_issue_and_compiler_lines_above_the_title_are_debris():
    raw = "工作简报\n第18期\n南屏市文化和旅游局办公室编\n2023年8月25日\n\n郵政工作取得新进展\n本报记者 刘洋\n" + PARA + "\n"
    got = units(raw)
    assert got[:3] == [("debris", "工作简报"), ("debris", "第18期"), ("debris", "南屏市文化和旅游局办公室编2023年8月25日")]
    assert got[3] == ("title", "郵政工作取得新进展")
    assert ("paragraph", PARA_TEXT) in got


def test_masthead_under_a_running_header_of_the_same_words_is_its_own_unit():
    raw = "工作簡報\n工作簡報\n第36期\n臺南市政府新聞處編印\n中華民國110年5月\n\n愛爾蘭語工作邁向新里程\n記者李佳穎／桃園報導\n" \
          + PARA + "\n\n工作簡報\n" + PARA + "\n"
    got = units(raw)
    assert got[:4] == [("debris", "工作簡報"), ("debris", "工作簡報"), ("debris", "第36期"),
                       ("debris", "臺南市政府新聞處編印中華民國110年5月")]
    assert got[4] == ("title", "愛爾蘭語工作邁向新里程")


def test_an_office_and_its_letter_word_on_two_lines_are_one_debris_unit():
    raw = "新北市政府教育局\n\n函\n\n發文日期：中華民國113年4月3日\n\n有關同治帝辦理情形之說明\n" + PARA + "\n"
    got = units(raw)
    assert got[0] == ("debris", "新北市政府教育局函")
    assert ("title", "有關同治帝辦理情形之說明") in got


def test_a_paper_titled_with_a_masthead_word_keeps_its_title():
    raw = "工作简报\n\n" + PARA + "\n"
    assert units(raw)[0] != ("debris", "工作简报")


def test_research_group_is_a_byline_and_the_date_under_it_stays_apart():
    raw = "德国地理专题调研报告\n南屏市社会科学院课题组\n2022年10月\n\n一、保障措施\n" + PARA + "\n"
    got = units(raw)
    assert got[:2] == [("title", "德国地理专题调研报告"), ("byline", "南屏市社会科学院课题组")]
    assert got[2][1] == "2022年10月"  # a unit of its own
    raw = "吉米·卡特研究報告\n研究團隊：楊雅婷、陳美玲\n中華民國112年2月\n\n" + PARA + "\n"
    assert units(raw)[1] == ("byline", "研究團隊：楊雅婷、陳美玲")


def test_numbered_notes_are_debris_one_unit_a_line():
    raw = PARA + "\n注：1. 表中数据来源于课题组问卷调查。\n2. 本报告仅代表课题组观点。\n"
    got = units(raw)
    assert got[-2:] == [("debris", "注：1.表中数据来源于课题组问卷调查。"), ("debris", "2.本报告仅代表课题组观点。")]
    # a note without an item number is left to the other rules
    raw = PARA + "\n\n注：本文为作者个人观点，与本刊立场无关，文责自负。\n"
    assert units(raw)[-1][0] != "debris" or "注" not in units(raw)[-1][1][:1]


def test_a_wrapped_title_s_last_character_joins_the_title():
    raw = "青政办发〔2023〕58号\n\n青川市人民政府办公室关于做好普法战争相关工作的通\n知\n各县（市、区）人民政府：\n" + PARA + "\n"
    got = units(raw)
    assert ("title", "青川市人民政府办公室关于做好普法战争相关工作的通知") in got
    # pdftotext -layout: one blank line between the title and its last character
    raw = raw.replace("的通\n知\n", "的通\n\n                知\n")
    assert ("title", "青川市人民政府办公室关于做好普法战争相关工作的通知") in units(raw)


def _docx(path, paras, table_after=None):
    import docx

    document = docx.Document()
    for k, (text, style) in enumerate(paras):
        document.add_paragraph(text, style=style)
        if k == table_after:
            table = document.add_table(rows=2, cols=3)
            for r in range(2):
                for c in range(3):
                    table.cell(r, c).text = f"{r}{c}"
    document.save(path)


def test_docx_masthead_caption_and_notes_are_debris(tmp_path):
    path = tmp_path / "report.docx"
    _docx(path, [("工作简报", None), ("第18期", None), ("南屏市文化和旅游局办公室编　　2023年8月25日", None),
                 ("郵政工作取得新进展", None), (PARA_TEXT, None), ("表1　近三年主要指标", None),
                 ("注：1. 表中数据来源于课题组问卷调查。", None), ("2. 本报告仅代表课题组观点。", None)], table_after=5)
    doc = segment_file(path)[0]
    got = [(u.kind, u.text) for u in doc.units]
    content = [t for k, t in got if k != "debris"]
    assert content[0] == "郵政工作取得新进展" and ("title", "郵政工作取得新进展") in got
    for furniture in ("工作简报", "第18期", "表1近三年主要指标", "2.本报告仅代表课题组观点。"):
        assert all(furniture not in t for t in content), furniture
    assert ("paragraph", PARA_TEXT) in got


def test_docx_caption_word_not_above_a_table_stays(tmp_path):
    path = tmp_path / "plain.docx"
    _docx(path, [("郵政工作取得新进展", "Title"), ("表1显示了近三年的主要指标", None), (PARA_TEXT, None)])
    got = [(u.kind, u.text) for u in segment_file(path)[0].units]
    assert any(k != "debris" and t.startswith("表1显示") for k, t in got)


def _line(chars, xs, size=10.0, right=300.0):
    ln = pdf_reader._Line(1)
    ln.chars, ln.xs = list(chars), list(xs)
    ln.size, ln.right = size, right
    ln.x0 = xs[0]
    ln.x1 = xs[-1] + (0.45 if chars[-1] in "。！？" else 0.95) * size  # a stop's ink sits at its box's left
    return ln


def test_pdf_room_after_a_full_stop_counts_from_its_em_box():
    full = _line("甲" * 9 + "。", [200 + 10 * i for i in range(10)])  # the stop's box ends at the edge
    assert full.right - full.x1 >= 0.5 * full.size  # its ink leaves room ...
    assert pdf_reader._room_after_stop(full) < 0.95 * full.size  # ... its box does not
    short = _line("甲" * 7 + "。", [200 + 10 * i for i in range(8)])
    assert pdf_reader._room_after_stop(short) >= 0.95 * short.size


def test_pdf_a_character_and_its_closing_stop_and_a_number_after_it_start_a_line_as_one_word():
    ln = _line("委。1993年起", [0, 10, 20, 25.5, 31, 36.5, 42, 52])
    assert pdf_reader._first_word(ln) == 42  # "委。1993"
    ln = _line("委員會", [0, 10, 20])
    assert pdf_reader._first_word(ln) == 10


def test_pdf_title_with_a_rule_under_it_is_kept_above_a_flush_left_heading(tmp_path):
    from pdf_samples import FONT, _canvas, _column, _para

    path = tmp_path / "report.pdf"
    c = _canvas(path)
    c.setFont(FONT, 20)
    c.drawCentredString(297, 760, "德国地理专题调研报告")
    c.line(72, 750, 523, 750)  # LibreOffice's Title style draws a rule under the title
    c.setFont(FONT, 10)
    c.drawCentredString(297, 725, "南屏市社会科学院课题组")
    c.setFont(FONT, 14)
    c.drawString(72, 690, "一、保障措施")
    para = _para(3, 120)
    _column(c, para, 72, 660, 40)
    c.showPage()
    c.save()
    got = [(u.kind, u.text) for u in segment_file(path)[0].units]
    assert got[0] == ("title", "德国地理专题调研报告")
    assert ("byline", "南屏市社会科学院课题组") in got



def test_pdf_a_page_number_in_body_type_under_a_column_is_no_edge_of_it(tmp_path):
    # ("- 1 -" starting a little left of the second column: taken as the column's left edge, every
    # line of the column would look indented and start a paragraph)
    from pdf_samples import FONT, _canvas, _column, _para

    path = tmp_path / "two.pdf"
    c = _canvas(path)
    c.setFont(FONT, 18)
    c.drawString(72, 780, "高新区发展纪实")
    left, right = _para(51, 300), _para(52, 200)
    _column(c, left, 72, 740, 20)
    _column(c, right, 310, 740, 20)
    c.setFont(FONT, 10)
    c.drawString(302, 60, "- 1 -")
    c.showPage()
    c.save()
    assert [u.text for u in segment_file(path)[0].units if u.kind == "paragraph"] == [left, right]

def test_addressee_signing_office_date_and_release_note_are_meta():
    raw = ("青政办发〔2023〕58号\n\n青川市人民政府办公室关于做好普法战争相关工作的通知\n\n各县（市、区）人民政府，市政府各部门：\n\n"
           + PARA + "\n\n青川市人民政府办公室\n2022年2月12日\n（此件公开发布）\n")
    got = units(raw)
    assert ("meta", "各县（市、区）人民政府，市政府各部门：") in got
    assert got[-3:] == [("meta", "青川市人民政府办公室"), ("meta", "2022年2月12日"), ("meta", "（此件公开发布）")]


def test_a_title_repeated_as_the_running_header_stays_the_title_over_a_research_group():
    page = PARA + "\n"
    raw = ("德国地理专题调研报告\n南屏市社会科学院课题组\n2022年10月\n\n" + page + "\n第1页共3页\n\f"
           "德国地理专题调研报告\n" + page + "\n第2页共3页\n\f德国地理专题调研报告\n" + page + "\n第3页共3页\n\f")
    got = units(raw)
    assert got[:3] == [("title", "德国地理专题调研报告"), ("byline", "南屏市社会科学院课题组"), ("meta", "2022年10月")]
    assert [k for k, t in got[3:] if t == "德国地理专题调研报告"] == ["debris", "debris"]


def test_docx_bold_short_paragraph_is_a_heading_and_a_title_below_a_larger_masthead_is_the_title(tmp_path):
    import docx
    from docx.shared import Pt

    document = docx.Document()
    masthead = document.add_paragraph().add_run("新闻稿")
    masthead.bold, masthead.font.size = True, Pt(18)
    document.add_paragraph("发布日期：2022年7月13日")
    document.add_paragraph("科学史系列活动正式启动")
    document.add_paragraph(PARA_TEXT)
    document.add_paragraph().add_run("一、总体思路").bold = True
    document.add_paragraph(PARA_TEXT)
    path = tmp_path / "release.docx"
    document.save(path)
    got = [(u.kind, u.text) for u in segment_file(path)[0].units]
    assert got[0] == ("debris", "新闻稿")
    assert ("title", "科学史系列活动正式启动") in got
    assert ("heading", "一、总体思路") in got
