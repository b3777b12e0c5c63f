"""Native PDF reader, batch 13 print (fixp13; docs/segmentation.md)."""

from __future__ import annotations

from pdf_samples import FONT, _canvas, _column, _para, _units


def _squashed(path):
    return [(k, "".join(t.split())) for k, t in _units(path)]


def _report(path, inset=10, note=True):
    """A research report's page in one column: prose, a chart (a frame inset in the column) with its source line in
    small print flush left under it, prose, a table with a note in small print under its last row, prose."""
    c = _canvas(path)
    c.setFont(FONT, 18)
    c.drawString(150, 780, "2024年跨境电商行业市场调研报告")
    y = _column(c, _para(61, 47 * 3 - 9), 68, 740, 47, size=10, lead=16)
    c.setFont(FONT, 9)
    c.drawString(220, y - 6, "图1　2019-2023年市场规模及增速")
    c.rect(68 + inset, y - 110, 450, 90)
    c.setFont(FONT, 8)
    c.drawString(68, y - 120, "资料来源：国家统计局，远见咨询整理")
    y = _column(c, _para(62, 47 * 2 - 9), 68, y - 140, 47, size=10, lead=16)
    c.setFont(FONT, 9)
    c.drawString(238, y - 6, "表1　主要企业市场份额")
    y -= 26
    for row in (("排名", "企业", "份额", "同比"), ("1", "企业A", "23%", "+4.2pct"), ("2", "企业B", "17%", "+6.5pct"),
                ("3", "企业C", "28%", "+9.3pct")):
        for x, cell in zip((72, 190, 310, 420), row, strict=True):
            c.drawString(x, y, cell)
        y -= 18
    if note:
        c.setFont(FONT, 8)
        c.drawString(68, y - 4, "注：份额按销售额计算。")
    _column(c, _para(63, 47 * 2 - 9), 68, y - 40, 47, size=10, lead=16)
    c.showPage()
    c.save()
    return _squashed(path)


def test_a_chart_s_source_line_flush_left_under_a_frame_inset_in_the_column_is_debris(tmp_path):
    units = _report(tmp_path / "report.pdf")
    assert ("debris", "资料来源：国家统计局，远见咨询整理") in units
    assert ("paragraph", _para(62, 47 * 2 - 9)) in units


def test_small_print_right_under_a_table_s_last_row_is_its_note(tmp_path):
    units = _report(tmp_path / "report.pdf")
    assert ("debris", "注：份额按销售额计算。") in units
    assert ("paragraph", _para(63, 47 * 2 - 9)) in units


def _insert(path, run_in=True):
    """A package insert on A4 in one column: its heads in lenticular brackets, some alone on their line, others run
    into the section's first line."""
    c = _canvas(path)
    c.setFont(FONT, 14)
    c.drawString(230, 780, "氯雷他定片说明书")
    y = 740
    for k, (head, text) in enumerate((("【性状】", _para(71, 100)), ("【不良反应】", None), ("【适应症】", _para(72, 120)),
                                      ("【注意事项】", None), ("【规格】", "0.1mg"))):
        c.setFont(FONT, 9)
        if text is None:
            c.drawString(57, y, head)
            y = _column(c, _para(80 + k, 30), 57, y - 14, 45, size=9, lead=13.5, indent=False) - 4
        elif run_in:
            y = _column(c, head + text, 57, y, 45, size=9, lead=13.5, indent=False) - 4
        else:
            c.drawString(57, y, head)
            y = _column(c, text, 57, y - 14, 45, size=9, lead=13.5, indent=False) - 4
    c.showPage()
    c.save()
    return _squashed(path)


def test_bracketed_heads_alone_are_heads_and_one_run_into_its_first_line_stays_in_its_paragraph(tmp_path):
    # the corpus convention settled in session 13: a head run into its paragraph's first line belongs to it
    units = _insert(tmp_path / "insert.pdf")
    assert ("heading", "【不良反应】") in units and ("heading", "【注意事项】") in units
    assert ("paragraph", "【性状】" + _para(71, 100)) in units
    assert ("paragraph", "【规格】0.1mg") in units
    apart = _insert(tmp_path / "apart.pdf", run_in=False)
    assert ("heading", "【性状】") in apart and ("paragraph", _para(71, 100)) in apart


def test_a_bracketed_label_run_in_stays_in_its_paragraph_where_no_head_stands_alone(tmp_path):
    # a yearbook's entries, each opening with its subject in brackets: no head of the kind alone, so no head
    path = tmp_path / "yearbook.pdf"
    c = _canvas(path)
    y = 760
    for k, label in enumerate(("【城市供水】", "【燃气供应】", "【园林绿化】")):
        y = _column(c, label + _para(90 + k, 120), 57, y, 45, size=9, lead=13.5) - 4
    c.showPage()
    c.save()
    units = _squashed(path)
    assert ("paragraph", "【城市供水】" + _para(90, 120)) in units
    assert not any(k == "heading" for k, _ in units)


def test_a_page_of_short_lines_keeps_the_width_its_full_lines_reach(tmp_path):
    # a leaflet's last page: mostly heads, short items and fields, a few lines well past where most end; the
    # address, not full, and the telephone line under it stay two units
    path = tmp_path / "leaflet.pdf"
    c = _canvas(path, size=(420, 595))
    y = 545
    for k in range(3):
        c.setFont(FONT, 8.5)
        c.drawString(40, y, "【注意事项】" if k else "【用法用量】")
        y = _column(c, _para(100 + k, 40 * 3 - 10), 40, y - 13, 40, size=8.5, lead=12.75) - 3
    c.showPage()
    y = 545
    for k, line in enumerate(("【禁忌】", _para(110, 40 - 5), "【贮藏】", "遮光，密封保存", "【有效期】", "36个月",
                              _para(111, 37), _para(112, 38), "【生产企业】", "企业名称：华南制药股份有限公司")):
        c.setFont(FONT, 8.5)
        c.drawString(40, y, line)
        y -= 12.75 if k % 2 else 15.75
    c.drawString(40, y, "生产地址：广东省广州市经济开发区95号")
    c.drawString(40, y - 12.75, "电话 400-536-2444")
    c.showPage()
    c.save()
    texts = [t for _, t in _squashed(path)]
    assert "生产地址：广东省广州市经济开发区95号" in texts
    assert "电话400-536-2444" in texts


def test_a_centred_line_over_two_columns_does_not_run_into_the_first_column(tmp_path):
    # an insert's reminder centred under the title across the page, the text below in two columns from its first head
    path = tmp_path / "insert.pdf"
    c = _canvas(path)
    c.setFont(FONT, 14)
    c.drawString(228, 738, "氯雷他定缓释片说明书")
    c.setFont(FONT, 9)
    c.drawString(221, 719, "请仔细阅读说明书并在医师指导下使用")
    for x, seed in ((57, 120), (308, 130)):
        c.drawString(x, 694, "【药品名称】")
        y = 680
        for k in range(3):
            y = _column(c, _para(seed + k, 25 * 3 - 7), x, y, 25, size=9, lead=13.5) - 3
    c.showPage()
    c.save()
    texts = [t for _, t in _squashed(path)]
    assert "请仔细阅读说明书并在医师指导下使用" in texts


def test_two_labelled_fields_one_under_the_other_are_two_units(tmp_path):
    # the dates of an insert set flush right at the top, in small print beside nothing else
    path = tmp_path / "dates.pdf"
    c = _canvas(path)
    c.setFont(FONT, 8)
    c.drawRightString(538.6, 775, "核准日期：2021年10月20日")
    c.drawRightString(538.6, 763, "修改日期：2023年5月25日")
    c.setFont(FONT, 14)
    c.drawString(228, 738, "氯雷他定缓释片说明书")
    _column(c, _para(140, 50 * 4 - 9), 57, 700, 50, size=9, lead=13.5)
    c.showPage()
    c.save()
    texts = [t for _, t in _squashed(path)]
    assert "核准日期：2021年10月20日" in texts
    assert "修改日期：2023年5月25日" in texts


def _contract(path, run_in=True, sides=True):
    """A purchase contract's page: articles ``第X条　title``, some alone on their line over their clauses, others
    run into their text after a gap; the signature block of both parties under the last article."""
    c = _canvas(path)
    c.setFont(FONT, 18)
    c.drawString(216, 760, "信息化系统采购合同")
    y = 720
    for k, (head, alone) in enumerate((("第一条　标的物", True), ("第二条　合同价款", False), ("第三条　付款方式", True),
                                       ("第四条　交付与验收", False))):
        c.setFont(FONT, 10.5)
        if alone or not run_in:
            c.drawString(71, y, head)
            y = _column(c, _para(150 + k, 42 * 2 - 9), 71, y - 19, 42, size=10.5, lead=19) - 5
        else:
            y = _column(c, head + "　" + _para(150 + k, 42 * 2 - 9), 71, y, 42, size=10.5, lead=19) - 5
    c.setFont(FONT, 10.5)
    for left, right in (("甲方（盖章）：", "乙方（盖章）："), ("代表人签字：", "代表人签字："),
                        ("日期：　　年　　月　　日", "日期：　　年　　月　　日")):
        c.drawString(71, y - 20, left)
        c.drawString(318 if sides else 160, y - 20, right)
        y -= 26
    c.showPage()
    c.save()
    return _squashed(path)


def test_an_article_s_number_and_title_alone_is_a_head_and_run_into_its_text_stays_in_the_paragraph(tmp_path):
    units = _contract(tmp_path / "contract.pdf")
    assert ("paragraph", "第二条合同价款" + _para(151, 42 * 2 - 9)) in units
    assert ("heading", "第一条标的物") in units
    apart = _contract(tmp_path / "apart.pdf", run_in=False)
    assert ("heading", "第二条合同价款") in apart and ("paragraph", _para(151, 42 * 2 - 9)) in apart


def test_the_two_sides_of_a_signature_block_are_a_unit_each(tmp_path):
    units = _contract(tmp_path / "contract.pdf")
    texts = [t for k, t in units if k != "debris"]
    assert texts.count("代表人签字：") == 2
    assert texts.count("日期：年月日") == 2
    assert "甲方（盖章）：" in texts


def test_a_row_of_two_short_fields_close_together_is_no_signature_block(tmp_path):
    units = _contract(tmp_path / "contract.pdf", sides=False)
    texts = [t for k, t in units if k != "debris"]
    assert "代表人签字：" not in texts


def test_a_bracketed_head_after_a_sentence_filling_the_measure_starts_a_unit(tmp_path):
    # an insert's list item whose last line fills the column and ends its sentence, the next head run in under it
    path = tmp_path / "insert.pdf"
    c = _canvas(path)
    c.setFont(FONT, 9)
    item = "4." + _para(160, 25 - 2)
    c.drawString(57, 700, "【不良反应】")
    c.drawString(66, 686, item)
    y = _column(c, "【禁忌】" + _para(161, 40), 57, 672, 26, size=9, lead=13.5, indent=False)
    _column(c, _para(162, 26 * 3 - 5), 57, y - 4, 26, size=9, lead=13.5, indent=False)
    c.showPage()
    c.save()
    texts = [t for _, t in _squashed(path)]
    assert item in texts


def test_an_item_number_and_a_space_before_a_figure_starts_an_item(tmp_path):
    # a manual's steps: item 2 ends its sentence on a full line, item 3 opens "3. 5战…" (the number, a space, a figure)
    path = tmp_path / "steps.pdf"
    c = _canvas(path)
    c.setFont(FONT, 10)
    first, second = "2. " + _para(170, 2 * 22 - 3), "3. 5" + _para(171, 30)
    y = _column(c, first, 311, 700, 22, size=10, lead=15, indent=False)
    y = _column(c, second, 311, y, 22, size=10, lead=15, indent=False)
    _column(c, _para(172, 22 * 4 - 5), 311, y - 5, 22, size=10, lead=15)
    c.showPage()
    c.save()
    texts = [t for _, t in _squashed(path)]
    assert "".join(first.split()) in texts


def test_a_paragraph_filling_its_last_line_does_not_run_into_a_frame_below(tmp_path):
    # a white paper: a paragraph whose last line fills the measure, then a framed box with its head in the body's type
    path = tmp_path / "paper.pdf"
    c = _canvas(path, size=(524, 737))
    c.setFont(FONT, 16)
    c.drawString(180, 680, "第二章　应用实践")
    y = _column(c, _para(180, 40 * 4 - 2), 62, 640, 40, size=10, lead=17.5)
    c.rect(62, y - 110, 406, 100)
    c.setFont(FONT, 10)
    c.drawString(228, y - 26, "专栏2　企业实践")
    _column(c, _para(181, 43 * 3 - 9), 68, y - 42, 43, size=9, lead=15.75)
    c.showPage()
    c.save()
    texts = [t for _, t in _squashed(path)]
    assert "专栏2企业实践" in texts
    assert _para(180, 40 * 4 - 2) in texts


def test_a_line_opening_with_a_bracket_and_a_latin_word_that_would_not_fit_above_continues(tmp_path):
    # a paragraph's line ends four characters short of the margin; the next opens with "（" and a long Latin word,
    # which may not part: the two would not have fitted, so the paragraph runs on
    path = tmp_path / "paper.pdf"
    c = _canvas(path)
    head, tail = _para(190, 40 * 3 + 37)[:-1], "（lasseschone，" + _para(191, 12)
    y = _column(c, head, 62, 700, 40, size=10, lead=17.5, indent=False)
    c.drawString(62, y, tail)
    _column(c, _para(192, 40 * 3 - 5), 62, y - 30, 40, size=10, lead=17.5)
    c.showPage()
    c.save()
    texts = [t for _, t in _squashed(path)]
    assert head + tail in texts


def _manual_page(path):
    """A training manual's page: a head in brackets straddling the left edge of a case box, justified body lines
    (some with a comma hung past the margin), a note in small print in the right margin beside them, left of where
    the hung commas end."""
    c = _canvas(path)
    y = 760
    for k in range(6):
        line = _para(200 + k, 38)[:-1] + ("，" if k % 2 else "")
        c.setFont(FONT, 10.5)
        c.drawString(68, y, line)
        y -= 16.8
    c.setFont(FONT, 8)
    c.drawString(465, 760 - 16.8 * 2 - 3, "注意")
    c.rect(79, y - 100, 369, 97)
    c.setFont(FONT, 10.5)
    c.drawString(68, y - 16, "【案例4-1】")
    _column(c, _para(210, 40 * 3 - 9), 85, y - 32, 40, size=9, lead=14.4)
    c.showPage()
    c.save()
    return [t for _, t in _squashed(path)]


def test_a_head_straddling_a_frame_s_edge_is_one_line(tmp_path):
    assert "【案例4-1】" in _manual_page(tmp_path / "manual.pdf")


def test_a_note_in_the_margin_beside_lines_with_hung_commas_is_no_body_text(tmp_path):
    texts = _manual_page(tmp_path / "manual.pdf")
    assert "".join(_para(200 + k, 38)[:-1] + ("，" if k % 2 else "") for k in range(6)) in texts


def test_a_caption_under_a_photo_in_the_right_column_keeps_its_lines_beside_the_left_column(tmp_path):
    # a photo's frame in the right column, a caption of two lines under it; the left column's lines run beside them
    path = tmp_path / "page.pdf"
    c = _canvas(path)
    _column(c, _para(220, 27 * 30), 61, 760, 27, size=10, lead=16.5)
    y = _column(c, _para(221, 20 * 8 - 2), 350, 760, 20, size=10, lead=16.5)
    c.rect(350, y - 110, 200, 105)
    c.setFont(FONT, 8.5)
    c.drawString(350, y - 125, "图为与那须盐原车站相关的资料照片。（王建国")
    c.drawString(358.5, y - 137, "摄）")
    _column(c, _para(222, 20 * 6 - 2), 350, y - 170, 20, size=10, lead=16.5)
    c.showPage()
    c.save()
    units = _squashed(path)
    assert ("debris", "摄）") in units
    assert ("debris", "图为与那须盐原车站相关的资料照片。（王建国") in units


def test_a_footer_alone_at_the_bottom_right_makes_no_column_of_its_own(tmp_path):
    # a newspaper's inside page of three columns, the third empty: the first column full, the second short, the
    # running footer in small print at the bottom right; the first column is read first
    path = tmp_path / "paper.pdf"
    c = _canvas(path)
    first, second = _para(230, 16 * 40 - 3), _para(231, 16 * 8 - 3)
    _column(c, first, 45.4, 704, 16, size=9.5, lead=15.2)
    _column(c, second, 217.5, 704, 16, size=9.5, lead=15.2)
    c.setFont(FONT, 8)
    c.drawString(447.7, 31.2, "3　远航物流集团报　第359期")
    c.showPage()
    c.save()
    texts = [t for _, t in _squashed(path)]
    assert texts.index(first) < texts.index(second)


def test_a_last_page_of_two_lines_without_a_gutter_takes_the_first_column_s_width(tmp_path):
    # a two-column article whose last paragraph ends with two lines at the top left of the last page, nothing beside
    # them but a folio at the bottom right: the first line fills the first column's width, so the paragraph runs on
    path = tmp_path / "news.pdf"
    c = _canvas(path, size=(499, 709))
    text = _para(240, 19 * 70 + 23)
    _column(c, text[:19 * 36], 45.4, 640, 19, size=10, lead=17)
    _column(c, text[19 * 36:19 * 70], 259.4, 640, 19, size=10, lead=17, indent=False)
    c.setFont(FONT, 9)
    c.drawString(443.4, 25.5, "A5")
    c.showPage()
    _column(c, text[19 * 70:], 45.4, 643.4, 19, size=10, lead=17, indent=False)
    c.setFont(FONT, 9)
    c.drawString(443.4, 25.5, "A6")
    c.showPage()
    c.save()
    texts = [t for _, t in _squashed(path)]
    assert any(t.endswith(text[19 * 36:]) for t in texts)


def test_the_issuer_over_the_title_on_a_cover_stays(tmp_path):
    # a white paper's cover: the issuing body centred at 12 points over the title at 22, the date under it, nothing
    # else on the page; the body text (10 points) from page two on
    path = tmp_path / "paper.pdf"
    c = _canvas(path, size=(524, 737))
    c.setFont(FONT, 12)
    c.drawCentredString(265, 591, "中国数字乡村产业联盟")
    c.setFont(FONT, 22)
    c.drawCentredString(265, 535, "数字乡村发展白皮书（2024年）")
    c.setFont(FONT, 12)
    c.drawCentredString(265, 481, "2024年10月")
    c.showPage()
    _column(c, _para(260, 40 * 30), 62, 640, 40, size=10, lead=17.5)
    c.showPage()
    c.save()
    assert any(t == "中国数字乡村产业联盟" for k, t in _squashed(path) if k != "debris")
