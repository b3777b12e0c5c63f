"""Native PDF reader: batch 10's print designs (dev10: magazine, yearbook, leaflet; docs/segmentation.md)."""

from __future__ import annotations

from pdf_samples import FONT, _canvas, _column, _para, _units


def _flat(path):
    return [(k, "".join(t.split())) for k, t in _units(path)]


def test_jump_lines_and_the_folio_beyond_them_are_furniture(tmp_path):
    # a magazine feature: page 1 ends in mid-paragraph with the jump line in small print right under the last
    # line and the magazine line + folio under it; page 2 opens with the kicker and the jump line back
    path = tmp_path / "feature.pdf"
    c = _canvas(path)
    first, second = _para(1, 22 * 6 - 8), _para(2, 20 + 22 * 19 + 1)[:-1]  # (the page ends in mid-sentence)
    y = _column(c, first, 54, 760, 22, size=10.5, lead=16)
    y = _column(c, second, 54, y, 22, size=10.5, lead=16)
    c.setFont(FONT, 9)
    c.drawString(200, y + 16 - 17, "（下转第46页）")
    c.setFont(FONT, 8)
    c.drawString(120, 30, "城市周刊　2023.06　41")
    c.showPage()
    rest = _para(3, 22 * 4 - 3)
    c.setFont(FONT, 9)
    c.drawString(54, 806, "特别报道")
    c.drawString(54, 794, "（上接第41页）")
    y = _column(c, rest, 54, 772, 22, size=10.5, lead=16, indent=False)
    c.setFont(FONT, 8)
    c.drawString(54, 30, "46　城市周刊　2023.06")
    c.showPage()
    c.save()
    units = _flat(path)
    text = "".join(t for k, t in units if k != "debris")
    for bit in ("下转", "上接", "城市周刊", "特别报道"):
        assert bit not in text
    assert ("paragraph", second + rest) in units


def test_a_footer_carrying_the_page_counter_is_furniture_however_close(tmp_path):
    # a one-page leaflet: the leaflet code and "第1页／共1页" on one small-print line just under the body
    path = tmp_path / "leaflet.pdf"
    c = _canvas(path)
    paras = [_para(10 + k, 30 * 3 - 5) for k in range(4)]
    y = 760
    for p in paras:
        y = _column(c, p, 46, y, 30, size=8.5, lead=12.5)
    c.setFont(FONT, 7)
    c.drawString(46, y + 12.5 - 18.5, "SMS-95001-02　　　　第1页／共1页")
    c.showPage()
    c.save()
    units = _flat(path)
    assert not any("共1页" in t for k, t in units if k != "debris")
    assert [t for k, t in units if k == "paragraph"] == paras


def test_a_running_head_alone_above_a_rule_every_page_draws_is_furniture(tmp_path):
    # a yearbook: a rule across the top of each page, the book's title over it on even pages and the
    # section on odd ones, in a size near the body's; an entry runs on from page 1 to page 2
    path = tmp_path / "yearbook.pdf"
    c = _canvas(path)
    entries = [_para(20 + k, 40 * 4 - 7) for k in range(5)]
    for number, head in ((1, "城乡建设"), (2, "江州年鉴（2023）")):
        c.setFont(FONT, 9)
        if number == 1:
            c.drawRightString(548, 802, head)
        else:
            c.drawString(48, 802, head)
        c.setLineWidth(0.5)
        c.line(47, 796, 548, 796)
        y = 770
        if number == 1:
            for e in entries[:3]:
                y = _column(c, e, 48, y, 40, size=8.5, lead=13)
            c.drawString(48 + 17, y, entries[3][:38])
            y -= 13
            c.drawString(48, y, entries[3][38:78])
        else:
            c.setFont(FONT, 8.5)
            rest = entries[3][78:]
            for i in range(0, len(rest), 40):
                c.drawString(48, y, rest[i:i + 40])
                y -= 13
            _column(c, entries[4], 48, y, 40, size=8.5, lead=13)
        c.showPage()
    c.save()
    units = _flat(path)
    assert not any("年鉴" in t or "城乡建设" in t for k, t in units if k != "debris")
    assert [t for k, t in units if k == "paragraph"] == entries


def test_a_quotation_between_two_rules_in_large_type_is_a_pull_quote(tmp_path):
    # the pull quote prints a saying the article does not: it is set off by its rules, its size and its marks
    path = tmp_path / "pullquote.pdf"
    c = _canvas(path)
    paras = [_para(30 + k, 22 * 5 - 4) for k in range(3)]
    y = _column(c, paras[0], 307, 760, 22, size=10.5, lead=16)
    c.setLineWidth(0.8)
    c.line(307, y - 4, 542, y - 4)
    c.setFont(FONT, 14)
    c.drawString(313, y - 24, "“城市的记忆，就藏在这些寻常巷")
    c.drawString(313, y - 44, "陌里。”")
    c.line(307, y - 52, 542, y - 52)
    y = _column(c, paras[1], 307, y - 72, 22, size=10.5, lead=16)
    _column(c, paras[2], 307, y, 22, size=10.5, lead=16)
    c.showPage()
    c.save()
    units = _flat(path)
    assert not any("巷" in t for k, t in units if k != "debris")
    assert [t for k, t in units if k == "paragraph"] == paras


def test_a_mark_in_capitals_alone_at_the_top_right_of_page_one_is_furniture(tmp_path):
    # a drug leaflet: "OTC" in large type at the top right, the approval dates at the left, then the title
    path = tmp_path / "otc.pdf"
    c = _canvas(path)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(521, 802, "OTC")
    c.setFont(FONT, 8)
    c.drawString(46, 773, "核准日期：2019年11月20日")
    c.setFont(FONT, 17)
    c.drawCentredString(297, 724, "川贝止咳糖浆说明书")
    paras = [_para(40 + k, 30 * 3 - 5) for k in range(3)]
    y = 690
    for p in paras:
        y = _column(c, p, 46, y, 30, size=8.5, lead=12.5)
    c.showPage()
    c.save()
    units = _flat(path)
    assert not any("OTC" in t for k, t in units if k != "debris")
    assert ("title", "川贝止咳糖浆说明书") in units


def test_a_paragraph_opening_with_a_drop_cap_runs_on_under_it(tmp_path):
    # a magazine feature: the first character in 30 points, the two lines beside it set in by its width, then the
    # paragraph goes on at the column's edge
    path = tmp_path / "dropcap.pdf"
    c = _canvas(path)
    text, after = _para(50, 18 + 18 + 22 * 4 + 10), _para(51, 22 * 3 - 6)
    c.setFont(FONT, 30)
    c.drawString(54, 624, text[0] + " ")  # (a space after it: pdfium's text page leaves a lone CJK glyph this size out)
    c.setFont(FONT, 10.5)
    c.drawString(90, 646, text[1:19])
    c.drawString(90, 630, text[19:37])
    y = 614
    for i in range(37, len(text), 22):
        c.drawString(54, y, text[i:i + 22])
        y -= 16
    _column(c, after, 54, y, 22, size=10.5, lead=16)
    c.showPage()
    c.save()
    assert [t for k, t in _flat(path) if k == "paragraph"] == [text, after]


def test_a_sealing_line_set_vertically_in_the_margin_is_furniture(tmp_path):
    # an exam paper: "密封线内不要答题" one character a string down the left margin, beside the questions' text
    path = tmp_path / "exam.pdf"
    c = _canvas(path)
    paras = [_para(60 + k, 36 * 3 - 5) for k in range(3)]
    y = 700
    for p in paras:
        y = _column(c, p, 70, y, 36, size=10.5, lead=18) - 6
    c.setFont(FONT, 10)
    for k, ch in enumerate("密封线内不要答题"):
        c.drawString(24, 642 - 40 * k, ch)
    c.showPage()
    c.save()
    units = _flat(path)
    assert [t for k, t in units if k == "paragraph"] == paras
    assert not any(len(t) == 1 for k, t in units if k != "debris")
