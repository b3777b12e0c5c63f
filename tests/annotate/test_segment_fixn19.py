"""Native PDF reader, session 19 (fixn19): columns whose tops stand at different heights."""

from __future__ import annotations

from pdf_samples import FONT, _canvas, _column, _para, _units

LANDSCAPE = (842, 595)


def _board(path, *, date_line=True, byline=None):
    """A notice board on a landscape page in three columns (23 characters of 10 points each, at x 45, 302 and 716):
    a title in 24 points centred on the page above the middle column, a date line centred under it (wider than the
    column on both sides), the left column opening lower with a head, the middle column opening right under the
    date line with a paragraph whose first line is set in by two characters (so centred on the page), the right
    column a signature only, a footer across the page's foot. With ``byline``, that line stands centred over the middle column's first paragraph,
    a line and a half above it, in place of the first line's indent."""
    c = _canvas(path, LANDSCAPE)
    c.setFont(FONT, 24)
    title = "东坝镇青石村村务公开栏"
    c.drawString((842 - 24 * len(title)) / 2, 514, title)
    if date_line:
        c.setFont(FONT, 10)
        date = "公开时间：2024年2季度　　公开编号：青石公〔2024〕8号"
        c.drawString(293, 495, date)
    c.setFont(FONT, 13)
    c.drawString(45, 459, "一、党务公开")
    y = 444
    for k in range(3):
        y = _column(c, _para(1900 + k, 23 * 4 + 11), 45, y, 23)
    y = 470
    if byline:
        c.setFont(FONT, 10)
        c.drawString(416.7 - 5 * len(byline), 470, byline)
        y = 447
        for k in range(2):
            y = _column(c, _para(1910 + k, 23 * 4 + 7), 301.7, y, 23, indent=False)
    else:
        for k in range(3):
            y = _column(c, _para(1910 + k, 23 * 4 + 7), 301.7, y, 23)
    c.setFont(FONT, 10)
    sign = 462 if byline else 470  # (the byline on a baseline of its own: on the signature's, it is a column's line)
    c.drawString(716, sign, "青石村村民委员会")
    c.drawString(730, sign - 15, "2024年10月14日")
    c.setFont(FONT, 8)  # the board's footer across the page, its counter at the right
    c.drawString(45, 29, "东坝镇青石村村务监督委员会　监制")
    c.drawString(780, 29, "（1）")
    c.showPage()
    c.save()
    return [(kind, "".join(t.split())) for kind, t in _units(path)]


def test_a_column_s_first_line_above_the_other_column_s_top_stays_in_its_paragraph(tmp_path):
    # the middle column's first line stands above the left column's head and, set in by its indent, is centred on the
    # page: before, it went above the columns as a heading and its paragraph lost its first line (dev14's notice
    # board; dev9xq's textbook pages show such first lines, centred by chance, which stay where they are)
    got = _board(tmp_path / "a.pdf")
    texts = [t for _, t in got]
    for k in range(3):
        assert _para(1910 + k, 23 * 4 + 7) in texts, k
        assert _para(1900 + k, 23 * 4 + 11) in texts, k
    assert ("title", "东坝镇青石村村务公开栏") in got
    assert not any(kind == "heading" and t.startswith(_para(1910, 99)[:10]) for kind, t in got)


def test_a_date_line_wider_than_the_column_under_the_title_is_no_line_of_it(tmp_path):
    # the date line, centred under the title and reaching out of the middle column on both sides, set the column's
    # left edge: every line of the column then read as indented, one paragraph a line (dev14)
    got = _board(tmp_path / "a.pdf")
    assert any(t.startswith("公开时间") for _, t in got)
    assert [t for _, t in got].count(_para(1911, 23 * 4 + 7)) == 1


def test_a_byline_centred_over_the_middle_column_still_goes_above_it(tmp_path):
    # a line centred over the column a line and a half above its text is no paragraph's first line (dev13's newspaper
    # byline ``本报记者　叶涛宇　通讯员　薛伟``): read above the columns, a unit of its own
    byline = "本报记者　叶涛宇　通讯员　薛伟"
    got = _board(tmp_path / "a.pdf", date_line=False, byline=byline)
    texts = [t for _, t in got]
    assert "".join(byline.split()) in texts
    assert texts.index("".join(byline.split())) < texts.index(_para(1900, 23 * 4 + 11))
    assert _para(1910, 23 * 4 + 7) in texts


def _newspaper(path):
    """A newspaper page (842 x 1191): a running head over a rule, the text flowing down a column of 18 characters at
    x 42.5, then one of 15 at x 240.9, its last paragraph's last line carried to the top of a third column at x 409.8
    (``視劇等。``, centred on the page by chance), an editor line in small print further right, lower down. Returns
    the paragraphs set."""
    c = _canvas(path, (842, 1191))
    c.setFont(FONT, 9)
    c.drawString(44, 1151, "112年2月28日　星期四 A10　綜合新聞 南瀛時報")
    c.line(42, 1144, 800, 1144)
    paras = [_para(1920 + k, n) for k, n in enumerate((200, 180, 220, 160, 190))]
    cells = [(42.5, 18)] * 66 + [(240.9, 15)] * 66 + [(409.8, 15)]
    used = sum(-(-(len(p) + 2) // 18) for p in paras)  # (all five in the first column)
    # the last paragraph fills the rest of the first column and the middle one, then four characters in the third
    paras.append(_para(1930, sum(n for _, n in cells[used:132]) - 2 + 4))
    lines = []  # (x, text) a line per cell, the paragraphs' first lines set in by two characters
    for p in paras:
        k = 0
        while k < len(p):
            x, n = cells[len(lines)]
            first = k == 0
            take = n - 2 if first else n
            lines.append((x + (21 if first else 0), p[k:k + take]))
            k += take
    assert lines[-1][0] == 409.8 and len(lines[-1][1]) == 4, lines[-1]  # (the layout the test needs)
    c.setFont(FONT, 10.5)
    for k, (x, text) in enumerate(lines):
        row = k % 66 if k < 132 else 0
        c.drawString(x, 1112.2 - 16 * row, text)
    c.setFont(FONT, 9.5)
    c.drawString(544, 1091, "編輯：曾淑惠")
    c.showPage()
    c.save()
    return paras


def test_a_paragraph_s_last_line_at_the_top_of_the_next_column_ends_it(tmp_path):
    # the last line of the middle column's paragraph, carried to the top of the next column (otherwise empty) on the
    # first column's first line's baseline, centred on the page by chance: it went above the columns and broke two
    # paragraphs (the first column's last one ran into the middle column's first line without it); read after the
    # middle column, it ends its paragraph (dev6x's newspaper, ``視劇等。``; dev14's notice board is the first line's case)
    paras = _newspaper(tmp_path / "a.pdf")
    texts = ["".join(t.split()) for _, t in _units(tmp_path / "a.pdf")]
    for k, p in enumerate(paras):
        assert p in texts, k
