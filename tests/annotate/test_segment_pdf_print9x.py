"""Native PDF reader: batch 9's print designs as dev9xp sets them (docs/segmentation.md)."""

from __future__ import annotations

from pdf_samples import FONT, _canvas, _para, _units


def _lines(c, text, x, y, size=11, chars=41, lead=19):
    """``text`` set from ``x`` in lines of ``chars`` characters, the first indented two; returns y."""
    c.setFont(FONT, size)
    lines = [text[:chars - 2]] + [text[i:i + chars] for i in range(chars - 2, len(text), chars)]
    for k, line in enumerate(lines):
        c.drawString(x + (2 * size if k == 0 else 0), y, line)
        y -= lead
    return y


def _centred(c, text, x, y, size):
    c.setFont(FONT, size)
    c.drawCentredString(x, y, text)


def test_heads_centred_over_a_body_set_off_centre_make_no_column(tmp_path):
    # a bulletin's page with a wider right margin: the body runs from 54 to 505, its heads are centred on the
    # body (x 279), so they start right of the short last lines of the paragraphs
    path = tmp_path / "bulletin.pdf"
    c = _canvas(path)
    paras = [_para(200 + k, 41 * n + 15) for k, n in enumerate((2, 3, 1, 2, 1))]
    _centred(c, "第24期", 297.5, 770, 12)
    y = _lines(c, paras[0], 54, 730)
    _centred(c, "本期导读", 279, y - 6, 11)
    c.setFont(FONT, 9.5)
    c.drawString(82, y - 24, "◆　扎实推进重点工作")
    c.drawString(82, y - 40, "◆　基层经验交流")
    _centred(c, "扎实推进重点工作　取得阶段成效", 279, y - 76, 14)
    y = _lines(c, paras[1], 54, y - 100)
    y = _lines(c, paras[2], 54, y)
    _centred(c, "基层经验交流", 279, y - 8, 12)
    y = _lines(c, paras[3], 54, y - 32)
    _lines(c, paras[4], 54, y)
    c.showPage()
    c.save()
    got = ["".join(t.split()) for k, t in _units(path) if k == "paragraph"]
    for p in paras:
        assert p in got


def test_a_margin_note_after_punctuation_hung_into_the_margin_is_cut_off(tmp_path):
    # the body is 30 characters wide (100..400); a first line that ends in "；" hangs it out to 410, and the note
    # starts at 412: a gap of less than a character before it
    path = tmp_path / "textbook.pdf"
    c = _canvas(path)
    paras = [_para(300 + k, 30 * 4 - 8) for k in range(3)]
    paras[0] = paras[0][:28] + "；" + paras[0][29:]
    notes = {0: ["想一想：这一变化给人", "们带来了什么？"], 2: ["议一议：你同意这种说", "法吗？"]}
    y = 760
    for p, text in enumerate(paras):
        lines = [text[:29]] + [text[i:i + 30] for i in range(29, len(text), 30)] if p == 0 else \
            [text[:28]] + [text[i:i + 30] for i in range(28, len(text), 30)]
        for k, line in enumerate(lines):
            c.setFont(FONT, 10)
            c.drawString(100 + (20 if k == 0 else 0), y, line)
            if p in notes and k < len(notes[p]):
                c.setFont(FONT, 7.5)
                c.drawString(412, y, notes[p][k])
            y -= 16
    c.showPage()
    c.save()
    assert ["".join(t.split()) for k, t in _units(path) if k == "paragraph"] == paras


def test_a_head_in_the_body_type_after_a_full_last_line_is_set_off_by_the_space_above_it(tmp_path):
    # dev9xq: each paragraph's last line fills the measure, the head under it is set in the body's size at the
    # column's edge, 4 points of space above it (a pitch of 23 over 19), none below: the space decides, not the fill
    path = tmp_path / "lesson.pdf"
    c = _canvas(path)
    paras = [_para(400 + k, 41 * 2 - 2) for k in range(3)]
    y = _lines(c, paras[0], 54, 760)
    c.setFont(FONT, 11)
    c.drawString(54, y - 4, "知识拓展")
    y = _lines(c, paras[1], 54, y - 23)
    c.drawString(54, y - 4, "5.2　设备要求")
    _lines(c, paras[2], 54, y - 23)
    c.showPage()
    c.save()
    got = ["".join(t.split()) for _k, t in _units(path)]
    for text in paras + ["知识拓展", "5.2设备要求"]:
        assert text in got


def test_a_full_line_set_in_that_ends_in_a_colon_does_not_run_on_into_the_next_line_at_its_indent(tmp_path):
    # dev9xq: a tender notice's labels, each one line set in two characters, the first filling the measure and
    # ending in "：" (a lead-in), the next at the same indent: two first lines, not a block set in
    path = tmp_path / "notice.pdf"
    c = _canvas(path)
    paras = [_para(410 + k, 41 * 2 + 20) for k in range(2)]
    y = _lines(c, paras[0], 54, 760)
    labels = ["采购需求：详见招标文件第三章，" + _para(412, 23) + "：", "合同履行期限：合同签订后60日内"]
    c.setFont(FONT, 11)
    for label in labels:
        c.drawString(76, y, label)
        y -= 19
    _lines(c, paras[1], 54, y)
    c.showPage()
    c.save()
    got = ["".join(t.split()) for _k, t in _units(path)]
    for text in paras + labels:
        assert text in got


def test_a_line_ending_in_a_colon_with_room_for_the_next_ideograph_ends_its_paragraph(tmp_path):
    # dev9xq: a letter's closing, `此致，…：` one character short of the margin over `敬禮！…` at the column's edge:
    # the next line's first character would have fitted, as after a full stop
    path = tmp_path / "letter.pdf"
    c = _canvas(path)
    para = _para(420, 41 * 2 - 2)
    y = _lines(c, para, 54, 760)
    closing = ["此致，" + _para(421, 34)[:-1] + "：", "敬禮！，" + _para(422, 20)[:-1] + "；"]
    c.setFont(FONT, 11)
    for x, line in zip((76, 54), closing, strict=True):  # the first indented two characters, 37 of 39 filled
        c.drawString(x, y, line)
        y -= 19
    c.showPage()
    c.save()
    got = ["".join(t.split()) for _k, t in _units(path)]
    for text in [para] + closing:
        assert text in got


def test_a_full_line_ending_in_a_colon_or_semicolon_over_an_item_mark_or_note_marker_ends_its_unit(tmp_path):
    # dev9xq: exercise items and notes whose last line fills the measure, ending in "：" or "；", each flush with
    # the column's edge: the next line's item mark ("2．") or note marker ("[2]") starts a unit of its own
    path = tmp_path / "exercises.pdf"
    c = _canvas(path)
    para = _para(430, 41 * 2 - 2)
    y = _lines(c, para, 54, 760)
    items = ["1．" + _para(431, 38)[:-1] + "：", "2．" + _para(432, 30)[:-1] + "；",
             "[1]" + _para(433, 37)[:-1] + "；", "[2]" + _para(434, 20)[:-1] + "。"]
    c.setFont(FONT, 11)
    for line in items:
        c.drawString(54, y, line)
        y -= 19
    c.showPage()
    c.save()
    got = ["".join(t.split()) for _k, t in _units(path)]
    for text in [para] + items:
        assert text in got
