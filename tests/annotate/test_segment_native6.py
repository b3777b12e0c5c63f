"""The native readers' rules of session 14 (docs/segmentation.md §9): small made-up documents, one rule each."""

from __future__ import annotations

from annotate.segment.files import segment_file

PROSE = ("围绕数据采集终端、边缘计算网关和预警模型三个方面开展研究，形成可推广的整体解决方案，"
         "并在两个示范点完成部署，连续运行六个月以上，总结经验后在全市范围内推广应用。")


def _docx(path, paras, body=12, table_after=None):
    """A .docx of ``(text, size in points or None, alignment or None)`` paragraphs, the Normal style at ``body``
    points; a table of sums after paragraph ``table_after``."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = docx.Document()
    document.styles["Normal"].font.size = Pt(body)
    for k, (text, size, align) in enumerate(paras):
        para = document.add_paragraph()
        run = para.add_run(text)
        if size is not None:
            run.font.size = Pt(size)
        if align == "right":
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif align == "center":
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if k == table_after:
            table = document.add_table(rows=3, cols=3)
            for r, row in enumerate([("项目", "金额（万元）", "占比"), ("工程费用", "3,260", "71.2%"),
                                     ("预备费", "476", "10.4%")]):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
    document.save(path)
    return [(u.kind, u.text) for u in segment_file(path)[0].units]


def test_docx_small_print_right_under_a_table_is_its_note(tmp_path):
    got = _docx(tmp_path / "report.docx", [("可行性研究报告", 22, "center"), (PROSE, None, None),
                                           ("注：估算以2024年价格水平为基准。", 9, None), (PROSE + "一", None, None)],
                table_after=1)
    assert ("debris", "注：估算以2024年价格水平为基准。") in got
    assert ("paragraph", PROSE + "一") in got
    # the same line in the body's size is the document's own sentence
    got = _docx(tmp_path / "plain.docx", [("可行性研究报告", 22, "center"), (PROSE, None, None),
                                          ("注：估算以2024年价格水平为基准。", None, None), (PROSE + "一", None, None)],
                table_after=1)
    assert ("paragraph", "注：估算以2024年价格水平为基准。") in got


def test_docx_small_print_over_a_large_title_is_debris_but_a_document_number_stays(tmp_path):
    title = "泉溪市2024年度科技计划项目申报书"
    got = _docx(tmp_path / "form.docx", [("密级：内部", 10.5, "right"), (title, 22, "center"),
                                         (PROSE, None, None)])
    assert got[0] == ("debris", "密级：内部") and ("title", title) in got
    got = _docx(tmp_path / "notice.docx", [("西南大教〔2023〕56号", 10.5, "right"), (title, 22, "center"),
                                           (PROSE, None, None)])
    assert got[0] == ("meta", "西南大教〔2023〕56号")
    # (a form's own number is the document's metadata too: the convention settled in session 15)
    got = _docx(tmp_path / "numbered.docx", [("编号：泉KJ2024625", 10.5, "right"), (title, 22, "center"),
                                             (PROSE, None, None)])
    assert got[0] == ("meta", "编号：泉KJ2024625") and ("title", title) in got
    # in the body's size it is no print apart: it stays
    got = _docx(tmp_path / "same.docx", [("密级：内部", None, "right"), (title, 22, "center"), (PROSE, None, None)])
    assert got[0][0] != "debris"


def _terms(path, header=True):
    """An insurer's policy terms on two pages: the insurer's name in 11 points over the title in 15, body 8.5; a
    running header (the product and the insurer) over a rule on every page."""
    from pdf_samples import FONT, _canvas, _column, _para

    c = _canvas(path)
    for page in range(2):
        if header:
            c.setFont(FONT, 8)
            c.drawString(51, 796, "中和福满堂终身寿险条款")
            c.drawString(450, 796, "中和人寿保险股份有限公司")
            c.line(50, 791, 545, 791)
        y = 740
        if page == 0:
            c.setFont(FONT, 11)
            c.drawString(231, 753, "中和人寿保险股份有限公司")
            c.setFont(FONT, 15)
            c.drawString(177, 728, "中和福满堂终身寿险条款")
            y = 700
        for k in range(4):
            y = _column(c, _para(90 + 4 * page + k, 56 * 3 - 9), 51, y, 56, size=8.5, lead=13) - 6
        c.showPage()
    c.save()
    return [(k, "".join(t.split())) for k, t in _units_of(path)]


def _units_of(path):
    return [(u.kind, u.text) for u in segment_file(path)[0].units]


def test_pdf_a_line_over_the_title_that_the_running_header_holds_is_furniture(tmp_path):
    got = _terms(tmp_path / "terms.pdf")
    assert ("title", "中和福满堂终身寿险条款") in got
    assert all("中和人寿保险股份有限公司" not in t for k, t in got if k != "debris")
    # without the running header the insurer's name over the title stays
    got = _terms(tmp_path / "alone.pdf", header=False)
    assert any(t == "中和人寿保险股份有限公司" and k != "debris" for k, t in got)


def test_pdf_a_table_of_two_columns_in_a_page_of_one_makes_no_gutter(tmp_path):
    """A form's table (labels at the left, values from a column further right, four rows, two of them wrapped) over
    paragraphs across the page: the short last line of a paragraph (a heading under it) that ends where the values start is
    no line of a left column."""
    from pdf_samples import FONT, _canvas, _column, _para

    path = tmp_path / "form.pdf"
    c = _canvas(path)
    c.setFont(FONT, 14)
    c.drawString(90, 746, "一、项目基本信息")
    c.setFont(FONT, 10.5)
    y = 722
    for k, label in enumerate(("项目名称", "研究内容", "预期目标", "起止年限")):
        c.drawString(93, y, label)
        c.drawString(184, y, _para(100 + k, 20 if k in (0, 3) else 30))
        if k in (1, 2):  # a value that wraps to a line of its own, at the values' start
            y -= 15.7
            c.drawString(184, y, _para(120 + k, 12))
        y -= 20
    c.setFont(FONT, 14)
    c.drawString(90, y - 20, "二、立项依据")
    first = _para(110, 34 * 6 - 2 + 8)  # six full lines (the first indented two characters), then eight characters
    y = _column(c, first, 90, y - 44, 34, size=12, lead=23.4)
    c.setFont(FONT, 14)
    c.drawString(90, y - 4, "三、研究方案")
    y -= 28
    second = _para(111, 34 * 5 - 2 + 20)
    y = _column(c, second, 90, y, 34, size=12, lead=23.4)
    c.showPage()
    c.save()
    got = [(k, "".join(t.split())) for k, t in _units_of(path)]
    assert ("paragraph", first) in got and ("paragraph", second) in got


def _lesson(path, flush_right=False):
    """A lesson plan's head: its title and the teacher's line centred over a table of fields (two rows of four cells),
    then prose; with ``flush_right``, the teacher's line set flush right over the table, as a unit note is."""
    from pdf_samples import FONT, _canvas, _column, _para

    c = _canvas(path)
    c.setFont(FONT, 16)
    c.drawCentredString(297.6, 735, "《改革开放的历程》教学设计")
    c.setFont(FONT, 10.5)
    if flush_right:
        c.drawRightString(425, 715, "安平市第十中学　谢晨平")
    else:
        c.drawCentredString(297.6, 715, "安平市第十中学　谢晨平")
    c.setFont(FONT, 10)
    for y, row in ((690, ("课型", "新授课", "课时", "1课时")), (673, ("授课班级", "2年级4班", "授课时间", "2023.10.15"))):
        for x, cell in zip((73, 170, 280, 370), row, strict=True):
            c.drawString(x, y, cell)
    _column(c, _para(130, 40 * 4 - 2), 71, 630, 40, size=11, lead=18.7)
    c.showPage()
    c.save()
    return [(k, "".join(t.split())) for k, t in _units_of(path)]


def test_pdf_a_line_centred_over_a_table_is_no_unit_note(tmp_path):
    got = _lesson(tmp_path / "plan.pdf")
    assert any(k != "debris" and t == "安平市第十中学谢晨平" for k, t in got), got[:4]
    got = _lesson(tmp_path / "note.pdf", flush_right=True)
    assert ("debris", "安平市第十中学谢晨平") in got


def _blocks(path, after=2.0, dash=False):
    """A column of block paragraphs (no first-line indent) at 8.5 points on a leading of 12.75, each paragraph's last
    line full and ending a sentence, ``after`` points added after each; with ``dash``, two résumé items opening
    ``- `` instead, one line each, no space between."""
    from pdf_samples import FONT, _canvas, _para

    c = _canvas(path)
    c.setFont(FONT, 14)
    c.drawString(60, 780, "保险条款")
    c.setFont(FONT, 8.5)
    y, paras = 750, []
    for k in range(3):
        text = _para(140 + k, 27 * 3) if not dash else "- " + _para(140 + k, 52)
        lines = [text[i:i + 27] for i in range(0, len(text), 27)] if not dash else [text]
        for line in lines:
            c.drawString(51, y, line)
            y -= 12.75
        y -= 0 if dash else after
        paras.append(text.replace(" ", ""))
    c.showPage()
    c.save()
    return paras, [(k, "".join(t.split())) for k, t in _units_of(path)]


def test_pdf_space_after_a_block_paragraph_ending_a_sentence_ends_it(tmp_path):
    paras, got = _blocks(tmp_path / "terms.pdf")
    assert all(("paragraph", p) in got for p in paras), got
    paras, got = _blocks(tmp_path / "tight.pdf", after=0.0)  # no space: nothing marks the break
    assert ("paragraph", "".join(paras)) in got


def test_pdf_a_hyphen_and_a_space_after_a_sentence_opens_an_item(tmp_path):
    paras, got = _blocks(tmp_path / "resume.pdf", dash=True)
    assert all(("paragraph", p) in got for p in paras), got


def _landscape(path):
    """A landscape page in three columns, the middle one centred on the page; a framed box at the top of the third
    column, whose text starts below it; in the middle column a paragraph opening with a figure (its ink a little right
    of the column's edge) above where the third column's text starts."""
    from pdf_samples import FONT, _canvas, _column, _para

    c = _canvas(path, size=(792, 612))
    y = 540
    for k in range(3):
        y = _column(c, _para(150 + k, 24 * 5 - 2), 28.3, y, 24, size=10, lead=16) - 5
    paras = []
    y = 540
    for k, opening in enumerate(("中國", "1984年", "到了")):
        text = opening + _para(160 + k, 24 * 4 - 2 - len(opening))
        paras.append(text)
        y = _column(c, text, 276.3, y, 24, size=10, lead=16, indent=False) - 5
    c.rect(524, 385, 240, 199)
    c.setFont(FONT, 10)
    c.drawString(532.7, 558, "延伸閱讀：散彈槍")
    _column(c, _para(170, 22 * 4 - 2), 532.7, 544, 22, size=10, lead=14, indent=False)
    _column(c, _para(171, 24 * 12 - 2), 524.2, 355, 24, size=10, lead=16)
    c.showPage()
    c.save()
    return paras, [(k, "".join(t.split())) for k, t in _units_of(path)]


def test_pdf_a_line_opening_with_a_figure_stays_in_the_middle_column(tmp_path):
    paras, got = _landscape(tmp_path / "brochure.pdf")
    assert all(("paragraph", p) in got for p in paras), [t[:8] for k, t in got]
    order = [t for k, t in got if k == "paragraph"]
    assert order.index(paras[0]) < order.index(paras[1]) < order.index(paras[2])


def _story(path, size):
    """A story's head in a column: its heading in 17 points, then a byline centred over two lines (its last character
    alone on the second) in ``size`` points, over a body in 10.5."""
    from pdf_samples import FONT, _canvas, _column, _para

    c = _canvas(path)
    c.setFont(FONT, 17)
    c.drawCentredString(160, 780, "貴族")
    c.setFont(FONT, size)
    c.drawCentredString(160, 764, "來源：中央社 2023/02/27 記者賴怡")
    c.drawCentredString(160, 748, "萱")
    _column(c, _para(180, 15 * 8 - 2), 80, 730, 15, size=10.5, lead=16)
    c.showPage()
    c.save()
    return [(k, "".join(t.split())) for k, t in _units_of(path)]


def test_pdf_a_byline_half_a_point_under_the_body_centred_over_two_lines_is_one_unit(tmp_path):
    got = _story(tmp_path / "story.pdf", 10)
    assert ("byline", "來源：中央社2023/02/27記者賴怡萱") in got, got[:4]


def _stacked(path):
    """A school paper's page: a story in two columns whose left column's last paragraph runs on at the top of the right
    one, then a section head at the left (``书香校园``, 17 points over a body of 14) over a second story in the two
    columns; the right column stands empty beside the head."""
    from pdf_samples import FONT, _canvas, _para

    c = _canvas(path)
    run_on = _para(190, 14 * 3 + 14 * 2)  # three lines at the left's foot, two at the right's top

    def lines(text, x, y, first=True):
        c.setFont(FONT, 14)
        rows = [text[:12]] + [text[i:i + 14] for i in range(12, len(text), 14)] if first else \
            [text[i:i + 14] for i in range(0, len(text), 14)]
        for k, row in enumerate(rows):
            c.drawString(x + (28 if first and k == 0 else 0), y, row)
            y -= 20
        return y - 4

    top_left = _para(191, 12 + 14 * 4)
    y = lines(top_left, 63, 760)
    lines(run_on[:12 + 14 * 2], 63, y)
    y = lines(run_on[12 + 14 * 2:], 317, 760, first=False)
    lines(_para(192, 12 + 14 * 2 + 3), 317, y)
    c.setFont(FONT, 17)
    c.drawString(75, 520, "书香校园")
    left, right = _para(193, 12 + 14 * 8 - 3), _para(194, 12 + 14 * 8 - 3)
    lines(left, 63, 490)
    lines(right, 317, 490)
    c.showPage()
    c.save()
    return [run_on, left, right], [(k, "".join(t.split())) for k, t in _units_of(path)]


def test_pdf_two_sections_stacked_in_two_columns_are_read_one_after_the_other(tmp_path):
    (run_on, left, right), got = _stacked(tmp_path / "paper.pdf")
    assert ("paragraph", run_on) in got, [t[:6] for _, t in got]
    order = [t for _, t in got]
    assert order.index(run_on) < order.index("书香校园") < order.index(left) < order.index(right)


def test_pdf_a_journal_s_contents_with_authors_and_section_labels_is_debris(tmp_path):
    from pdf_samples import FONT, _canvas, _column, _para

    path = tmp_path / "journal.pdf"
    c = _canvas(path)
    c.setFont(FONT, 14)
    c.drawString(270, 704, "目　　次")
    y = 680
    for label, entries in (("【专题研究】", ("数字化转型背景下县域经济评价体系构建", "区域协同发展背景下现代学徒制发展的实证分析")),
                           ("【实践探索】", ("乡村振兴背景下社区教育发展的实证分析", "产教融合背景下中小企业的现状与对策"))):
        c.setFont(FONT, 11)
        c.drawString(57, y, label)
        y -= 18
        c.setFont(FONT, 10)
        for k, entry in enumerate(entries):
            c.drawString(71, y, f"{entry}……………… 王晨（{27 + 10 * k}）")
            y -= 16
        y -= 6
    _column(c, _para(200, 40 * 3 - 2), 57, y - 30, 40, size=10, lead=15)
    c.showPage()
    c.save()
    got = [(k, "".join(t.split())) for k, t in _units_of(path)]
    kept = [t for k, t in got if k != "debris"]
    assert kept == [_para(200, 40 * 3 - 2)], kept


def test_html_a_grid_of_short_cells_without_figures_is_debris():
    from segment_samples import PARA1, PARA2, html_units

    grid = ("<table><tr><td>近义词</td><td>水到渠成</td></tr><tr><td>反义词</td><td>急于求成</td></tr>"
            "<tr><td>用法</td><td>作谓语、定语</td></tr></table>")
    page = f"<html><body><h1>厚积薄发</h1><p>{PARA1}</p>{grid}<p>{PARA2}</p></body></html>"
    got = html_units(page)
    for cell in ("近义词", "水到渠成", "反义词", "急于求成", "作谓语、定语"):
        assert ("debris", cell) in got, got
    assert ("paragraph", PARA2) in got
    # rows of different lengths are no grid: a layout table's cells stay
    ragged = "<table><tr><td>近义词</td><td>水到渠成</td></tr><tr><td>反义词</td></tr><tr><td>用法</td><td>作谓语</td></tr></table>"
    got = html_units(f"<html><body><h1>厚积薄发</h1><p>{PARA1}</p>{ragged}<p>{PARA2}</p></body></html>")
    assert any(k != "debris" and t == "水到渠成" for k, t in got), got


def test_html_a_command_marked_as_code_in_a_pre_is_debris():
    from segment_samples import PARA1, PARA2, html_units

    page = (f"<html><body><h1>fast-tokenizer</h1><p>{PARA1}</p><h2>安装</h2><pre><code>pip install fast-tokenizer</code></pre>"
            f"<p>{PARA2}</p></body></html>")
    assert ("debris", "pip install fast-tokenizer") in html_units(page)
    # the same words in a <pre> not marked as code, without a sign of code, are a listing too: the <pre> is wholly ASCII
    # (fixn24h: every all-ASCII <pre> of the dev golds is furniture, dev16 k16-004's "pip install ci-wenben" among them)
    bare = page.replace("<pre><code>pip install fast-tokenizer</code></pre>", "<pre>pip install fast-tokenizer</pre>")
    assert ("debris", "pip install fast-tokenizer") in html_units(bare)
    # a <pre> with Chinese text in it, no sign of code and not marked as code, stays
    page = page.replace("<pre><code>pip install fast-tokenizer</code></pre>", "<pre>pip install fast-tokenizer 安装后运行</pre>")
    assert any(k != "debris" and t.startswith("pip install fast-tokenizer") for k, t in html_units(page))


def test_html_an_unnumbered_heading_over_a_table_of_apparatus_alone_is_its_label():
    from segment_samples import PARA1, PARA2, html_units

    table = ("<table><tr><td>課號</td><td>CSIE2010</td><td>學分</td><td>3</td></tr>"
             "<tr><td>上課地點</td><td>資109</td><td>修課人數</td><td>120</td></tr></table>")
    for head, kept in (("課程資訊", False), ("四、評分方式", True)):
        page = f"<html><body><h1>資料結構與演算法</h1><p>{PARA1}</p><h3>{head}</h3>{table}<h3>五、參考書目</h3><p>{PARA2}</p></body></html>"
        got = html_units(page)
        assert ("debris", "CSIE2010") in got
        assert (("heading", head) in got) == kept, got


def test_html_a_post_s_signature_delimiter_ends_it_and_a_bar_of_quantities_is_debris():
    from segment_samples import PARA1, PARA2, html_units

    page = (f"<html><body><h1>從工程師轉職到管理崗的三年</h1><div>{PARA1}</div>"
            f"<div class='recipe'>準備時間 10 分鐘 | 烹調時間 15 分鐘 | 份量 3 人份</div><div>{PARA2}</div><div>以上，有問題歡迎推文討論</div><div>--</div>"
            "<span>※ 發信站: 批踢踢實業坊(ptt.example), 來自: 36.228.10.77 (臺灣)</span>"
            "<div class='push'>推 ricecake: 推推 過來人心有慼慼焉 03/12 22:50</div></body></html>")
    got = html_units(page)
    assert ("debris", "準備時間 10 分鐘 | 烹調時間 15 分鐘 | 份量 3 人份") in got or \
        ("debris", "準備時間10分鐘|烹調時間15分鐘|份量3人份") in got, got
    assert ("paragraph", PARA2) in got
    assert all(k == "debris" for k, t in got if "發信站" in t or "ricecake" in t), got


def test_pdf_a_speaker_s_lines_set_with_a_hanging_indent_are_one_speech(tmp_path):
    from pdf_samples import FONT, _canvas, _para

    path = tmp_path / "play.pdf"
    c = _canvas(path)
    c.setFont(FONT, 20)
    c.drawString(150, 760, "码头上的早晨（话剧）")
    c.setFont(FONT, 10.5)
    y, speeches = 720, []
    for k, name in enumerate(("马涛芳", "冯帆建", "严敏英")):
        text = name + "：" + _para(210 + k, 36 - 4 + 34 * 2 - 10)
        speeches.append(text)
        rows = [text[:36]] + [text[i:i + 34] for i in range(36, len(text), 34)]
        for n, row in enumerate(rows):
            c.drawString(51 if n == 0 else 72, y, row)
            y -= 15.75
        y -= 3
    c.showPage()
    c.save()
    got = [(k, "".join(t.split())) for k, t in _units_of(path)]
    assert all(("paragraph", s) in got for s in speeches), got


def test_pdf_a_numbered_item_s_lines_set_in_under_its_text_are_one_item(tmp_path):
    from pdf_samples import FONT, _canvas, _para

    path = tmp_path / "discharge.pdf"
    c = _canvas(path)
    c.setFont(FONT, 16)
    c.drawString(200, 780, "出院小结")
    c.setFont(FONT, 10)
    c.drawString(56.7, 740, "出院医嘱：")
    y, items = 725, []
    for k in range(3):
        text = f"{k + 1}．" + _para(220 + k, 46 + 12)
        items.append(text)
        c.drawString(56.7, y, text[:48])
        c.drawString(56.7 + 14.6, y - 15, text[48:])
        y -= 30
    c.showPage()
    c.save()
    got = [(k, "".join(t.split())) for k, t in _units_of(path)]
    assert all(("paragraph", s) in got for s in items), got


def test_pdf_a_date_in_hanzi_numerals_alone_under_a_signature_is_its_own_unit(tmp_path):
    from pdf_samples import FONT, _canvas, _column, _para

    path = tmp_path / "audit.pdf"
    c = _canvas(path)
    c.setFont(FONT, 16)
    c.drawString(220, 780, "审计报告")
    _column(c, _para(230, 38 * 3 - 2), 85, 740, 38, size=11, lead=19.8)
    c.setFont(FONT, 11)
    for y, line in ((640, "中国注册会计师：姜瑶"), (616, "二〇二四年四月十九日")):
        c.drawRightString(515.9, y, line)
    c.showPage()
    c.save()
    got = [(k, "".join(t.split())) for k, t in _units_of(path)]
    assert any(k != "debris" and t == "二〇二四年四月十九日" for k, t in got), got[-3:]
    assert any(k != "debris" and t == "中国注册会计师：姜瑶" for k, t in got), got[-3:]


def test_html_a_numbered_section_over_numbered_items_after_the_last_prose_stays():
    from segment_samples import PARA1, PARA2, html_units

    items = ["1.加强组织领导；", "2.落实资金保障；", "3.强化督查考核。"]
    page = (f"<html><body><h1>老旧小区改造实施方案</h1><p>{PARA1}</p><p>{PARA2}</p><p>&nbsp;&nbsp;三、保障措施</p>"
            + "".join(f"<p>{t}</p>" for t in items) + "<p>【打印本页】【关闭窗口】</p></body></html>")
    got = html_units(page)
    kept = [t for k, t in got if k != "debris"]
    assert "三、保障措施" in kept and all(t in kept for t in items), got


def test_html_notes_numbered_in_circles_between_line_breaks_are_a_unit_each():
    from segment_samples import PARA1, PARA2, html_units

    page = (f"<html><body><h1>山居晚望</h1><p>{PARA1}</p><p><strong>注释</strong><br>①暮色：傍晚昏暗的天色<br>"
            f"②渔火：渔船上的灯火<br></p><h2>赏析</h2><p>{PARA2}</p></body></html>")
    got = html_units(page)
    assert ("paragraph", "①暮色：傍晚昏暗的天色") in got and ("paragraph", "②渔火：渔船上的灯火") in got, got
