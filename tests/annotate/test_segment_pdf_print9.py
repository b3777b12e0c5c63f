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
