"""Native PDF reader: page shapes of batch 9's print designs (margin line numbers, margin notes in
small print, a patent's paragraph numbers, an endnote marker wrapped under its sentence)."""

from __future__ import annotations

from pdf_samples import FONT, _canvas, _para, _units


def _squashed(path, kind="paragraph"):
    return ["".join(t.split()) for k, t in _units(path) if k == kind]


def test_margin_line_numbers_are_dropped_and_do_not_cut_paragraphs(tmp_path):
    path = tmp_path / "draft.pdf"
    c = _canvas(path)
    paras = [_para(70 + k, 34 * 5 - 12) for k in range(4)]
    y, n = 760, 0
    for text in paras:
        lines = [text[:32]] + [text[i:i + 34] for i in range(32, len(text), 34)]
        for k, line in enumerate(lines):
            n += 1
            c.setFont(FONT, 10)
            if n % 5 == 0:  # (drawn first, in the body's size: pdfium gives it as the line's start)
                c.drawRightString(60, y, str(n))
            c.drawString(80 + (20 if k == 0 else 0), y, line)
            y -= 16
    c.showPage()
    c.save()
    assert _squashed(path) == paras


def test_margin_notes_in_small_print_are_not_in_the_paragraphs(tmp_path):
    path = tmp_path / "textbook.pdf"
    c = _canvas(path)
    paras = [_para(80 + k, 30 * 4 - 8) for k in range(3)]
    notes = {0: ["想一想：这一变化给人", "们带来了什么？"], 2: ["议一议：你同意这种说", "法吗？"]}
    y = 760
    for p, text in enumerate(paras):
        lines = [text[:28]] + [text[i:i + 30] for i in range(28, len(text), 30)]
        for k, line in enumerate(lines):
            c.setFont(FONT, 10)
            c.drawString(100 + (20 if k == 0 else 0), y, line)
            if p in notes and k < len(notes[p]):
                c.setFont(FONT, 7.5)
                c.drawString(420, y, notes[p][k])
            y -= 16
    c.showPage()
    c.save()
    assert _squashed(path) == paras


def _numbered_lines(number, text):
    """A numbered paragraph set full width: the number (three ems) and an ideographic space, then 30
    characters; 34 a line after it."""
    return [number + "\u3000" + text[:30]] + [text[i:i + 34] for i in range(30, len(text), 34)]


def test_patent_paragraph_numbers_start_paragraphs_across_a_page_break(tmp_path):
    path = tmp_path / "patent.pdf"
    c = _canvas(path)
    first, second = _para(90, 30 + 34 * 2), _para(91, 30 + 34 + 10)  # (the first ends a sentence at the margin)
    c.setFont(FONT, 10)
    y = 120
    for line in _numbered_lines("[0011]", first):
        c.drawString(60, y, line)
        y -= 16
    c.showPage()
    c.setFont(FONT, 10)
    y = 760
    for line in _numbered_lines("[0012]", second):
        c.drawString(60, y, line)
        y -= 16
    c.showPage()
    c.save()
    assert _squashed(path)[-2:] == ["[0011]" + first, "[0012]" + second]


def test_an_endnote_marker_under_its_sentence_stays_with_the_paragraph(tmp_path):
    path = tmp_path / "communique.pdf"
    c = _canvas(path)
    c.setFont(FONT, 10)
    body = _para(95, 34 + 20)
    nxt = _para(96, 34 * 2 - 4)
    y = 760
    c.drawString(80, y, body[:32])
    c.drawString(60, y - 16, body[32:])
    c.drawString(60, y - 32, "[2]")
    c.drawString(80, y - 48, nxt[:32])
    c.drawString(60, y - 64, nxt[32:])
    c.setFont(FONT, 9)
    c.drawString(60, y - 100, "注释：")
    c.drawString(60, y - 116, "[2]博物馆包括文物部门和其他部门所属博物馆。")
    c.showPage()
    c.save()
    got = _squashed(path)
    assert body + "[2]" in got and nxt in got


def test_a_letterhead_signed_at_the_end_is_dropped_and_the_signature_lines_stay_apart(tmp_path):
    path = tmp_path / "letter.pdf"
    c = _canvas(path)
    c.setFont(FONT, 18)
    c.drawCentredString(297, 790, "東方歷史學會")
    c.setFont(FONT, 8)
    c.drawCentredString(297, 772, "Eastern History Association")
    c.setFont(FONT, 14)
    c.drawCentredString(297, 730, "關於邀請參加學術研討會的函")
    body = _para(97, 34 * 3 - 6)
    c.setFont(FONT, 10)
    y = 700
    for i, line in enumerate([body[:32]] + [body[i:i + 34] for i in range(32, len(body), 34)]):
        c.drawString(80 + (20 if i == 0 else 0), y, line)
        y -= 16
    c.drawRightString(420, y - 20, "東方歷史學會")
    c.drawRightString(420, y - 36, "2023年8月10日")
    c.showPage()
    c.save()
    got = ["".join(t.split()) for _, t in _units(path)]
    assert got[0] == "關於邀請參加學術研討會的函"
    assert not any("Eastern" in t for t in got)
    assert got[-2:] == ["東方歷史學會", "2023年8月10日"]


def test_an_editors_note_set_in_from_both_edges_is_one_paragraph(tmp_path):
    path = tmp_path / "bulletin.pdf"
    c = _canvas(path)
    note = "编者按：" + _para(98, 36 + 30)  # (36 characters a line, set in by four from each edge of the 44)
    c.setFont(FONT, 10)
    c.drawString(100, 760, note[:36])
    c.drawString(100, 744, note[36:])
    body = _para(99, 44 * 3 - 6)
    y = 710
    for i, line in enumerate([body[:42]] + [body[i:i + 44] for i in range(42, len(body), 44)]):
        c.drawString(60 + (20 if i == 0 else 0), y, line)
        y -= 16
    c.showPage()
    c.save()
    assert _squashed(path)[:2] == [note, body]


def test_a_preview_list_pointing_to_later_headlines_is_debris(tmp_path):
    path = tmp_path / "preview.pdf"
    c = _canvas(path)
    c.setFont(FONT, 11)
    c.drawCentredString(297, 780, "本期导读")
    c.setFont(FONT, 9.5)
    c.drawString(60, 762, "◆　扎实推进重点工作")
    c.drawString(60, 748, "◆　基层经验交流")
    y = 720
    for head, k in (("扎实推进重点工作　取得阶段成效", 100), ("基层经验交流", 101)):
        c.setFont(FONT, 14)
        c.drawCentredString(297, y, head)
        y = _body(c, _para(k, 44 * 2 + 10), y - 24)
    c.showPage()
    c.save()
    got = _units(path)
    assert [k for k, t in got if "◆" in t or t == "本期导读"] == ["debris"] * 3


def _body(c, text, y):
    c.setFont(FONT, 10)
    for i, line in enumerate([text[:42]] + [text[i:i + 44] for i in range(42, len(text), 44)]):
        c.drawString(60 + (20 if i == 0 else 0), y, line)
        y -= 16
    return y - 10
