"""Native PDF reader: dev9xq's print classes (docs/segmentation.md, the PDF reader): small PDFs drawn here,
one rule each."""

from __future__ import annotations

from pdf_samples import FONT, _canvas, _column, _para, _units


def test_three_short_lines_in_small_print_are_measured_by_the_longest(tmp_path):
    # (a bulletin's distribution lines under its last paragraph: with fewer than four lines in that type, their
    # right edge is the longest line's, so "报：…" ending short of "…印发" is a line of its own)
    path = tmp_path / "bulletin.pdf"
    c = _canvas(path)
    _column(c, _para(1, 34 * 30), 72, 760, 34, size=10.5, lead=16)
    c.showPage()
    y = _column(c, _para(2, 20), 72, 760, 34, size=10.5, lead=16, indent=False)  # (the page's one body line)
    c.setFont(FONT, 9.5)
    for text in ("报：市委办公室、市政府办公室", "送：各有关单位", "县农业农村局办公室　　　　2023年6月21日印发"):
        y -= 14
        c.drawString(72, y, text)
    c.showPage()
    c.save()
    got = ["".join(t.split()) for _, t in _units(path)]
    assert "报：市委办公室、市政府办公室" in got and "送：各有关单位" in got


def test_a_letters_closing_salute_is_a_unit_under_a_full_closing_line(tmp_path):
    # ("此致，…" lengthened to the margin, then "敬禮！" flush left: two units, as a letter's closing always is)
    path = tmp_path / "letter.pdf"
    c = _canvas(path)
    y = _column(c, _para(3, 120), 72, 760, 30, size=12, lead=18)
    close = "此致，" + _para(4, 27)[:-1] + "；"
    assert len(close) == 30
    c.setFont(FONT, 12)
    for text in (close, "敬禮！"):
        c.drawString(72, y, text)
        y -= 18
    c.showPage()
    c.save()
    got = ["".join(t.split()) for _, t in _units(path)]
    assert close in got and "敬禮！" in got


def test_a_short_last_line_under_a_box_of_columns_stays_with_its_paragraph():
    # (a preview box set in two columns above the body: the last line of a paragraph across the page, short
    # enough to fit in the left column, is read after the line above it, not with the box's left column)
    from annotate.segment.readers.pdf import PageText, _Line, _split

    def line(y, x0, x1, size=10.5):
        return _Line(1, chars=list("国家高新"), idx=[0, 1, 2, 3], xs=[x0] * 4, x0=x0, x1=x1, y=y, top=y + size,
                     size=size, fs=[size] * 4)

    left = [line(760 - 16 * k, 100, 200) for k in range(4)]
    right = [line(760 - 16 * k, 300, 420) for k in range(4)]
    body = [line(680, 93, 430), line(664, 72, 430), line(648, 72, 114), line(632, 93, 430), line(616, 72, 430)]
    page = PageText(1, "", 595, 842, left + right + body)
    parts = _split(left + right + body, page, 10.5, 0)
    short = body[2]
    assert [kind for kind, part in parts if any(ln is short for ln in part)] == ["span"]
    flat = [ln for _, part in parts for ln in part]
    assert [flat.index(ln) for ln in body] == sorted(flat.index(ln) for ln in body)  # in its paragraph's order


def test_a_clause_head_in_the_body_type_under_a_sentence_end_starts_a_unit(tmp_path):
    # (a standard's "2　规范性引用文件" flush left in the body's type, under a paragraph whose last line ends its
    # sentence a little short of the margin: the head is no next line of that paragraph)
    path = tmp_path / "standard.pdf"
    c = _canvas(path)
    para = _para(7, 30 * 2 - 2 - 2)  # (its last line two characters short of the margin)
    y = _column(c, para, 72, 760, 30, size=12, lead=18)
    c.setFont(FONT, 12)
    c.drawString(72, y, "2\u3000规范性引用文件")
    _column(c, _para(8, 30 * 2), 72, y - 24, 30, size=12, lead=18)
    c.showPage()
    c.save()
    got = ["".join(t.split()) for _, t in _units(path)]
    assert para in got and "2规范性引用文件" in got


def test_a_preview_lists_head_read_after_it_in_the_next_column_is_debris():
    # (a bulletin's "本期导读" set above its list but in the box's right column, read after the list's left column)
    from annotate.segment.readers.pdf import _Line, _preview

    def line(y, x0, text, size=10.0):
        return _Line(1, chars=list(text), idx=list(range(len(text))), xs=[x0] * len(text), x0=x0,
                     x1=x0 + size * len(text), y=y, top=y + size, size=size, fs=[size] * len(text))

    above = line(600, 96, "的艾纳香（BLUMEA）。")
    items = [line(561, 102, "◆\u3000扎实推进重点工作"), line(547, 102, "◆\u3000基层经验交流")]
    head = line(578, 282, "本期导读", 11.0)
    heads = [line(518, 200, "扎实推进重点工作\u3000取得阶段成效", 14.0), line(427, 268, "基层经验交流", 12.0)]
    found = _preview([above, *items, head, *heads])
    assert {id(ln) for ln in items} <= found and id(head) in found and id(above) not in found
