"""Native PDF reader, session 23 (fixf23): a superscript set raised in smaller type (an author's affiliation mark)
cut its line in two, and a numbered reference entry's wrapped line, set in under its text, was a paragraph of its own
(so the reference list was not seen as one and stayed content)."""

from __future__ import annotations

from pdf_samples import FONT, _canvas, _column, _para

from annotate.segment.files import segment_file
from annotate.segment.readers.pdf import _Line, _raised_mark, page_texts


def _read(path):
    """The units as ``(kind, squeezed text)``, every character of a unit checked against its page text."""
    doc, _ = segment_file(path)
    texts = page_texts(path)
    for unit in doc.units:
        for part in unit.where["pages"]:
            for t, s, n in part["offsets"]:
                for k in range(n):
                    ch, src = unit.text[t + k], texts[part["page"] - 1][s + k]
                    assert ch == src or (ch == " " and src.isspace())
    return [(u.kind, "".join(u.text.split())) for u in doc.units]


def _raised(c, x, y, text, size, mark_size, rise):
    """Draw ``text`` from ``x`` on baseline ``y``, each ``^``-prefixed character as a superscript (``mark_size``,
    ``rise`` points up), the way reportlab's ``<super>`` sets it; return the x after it."""
    k = 0
    while k < len(text):
        if text[k] == "^":
            c.setFont(FONT, mark_size)
            c.drawString(x, y + rise, text[k + 1])
            x += c.stringWidth(text[k + 1], FONT, mark_size)
            k += 2
            continue
        c.setFont(FONT, size)
        c.drawString(x, y, text[k])
        x += c.stringWidth(text[k], FONT, size)
        k += 1
    return x


def _paper(path, authors, rise=4.2):
    c = _canvas(path)
    c.setFont(FONT, 17)
    c.drawCentredString(297, 760, "社区食堂的运营模式与居民参与研究")
    # one text object for the author line, as reportlab's Paragraph draws it: the marks inside it, raised
    t = c.beginText(240, 730)
    for k, part in enumerate(authors.split("^")):
        if k:
            t.setFont(FONT, 6.6)
            t.setRise(rise)
            t.textOut(part[0])
            t.setRise(0)
            part = part[1:]
        t.setFont(FONT, 11)
        t.textOut(part)
    c.drawText(t)
    c.setFont(FONT, 8.5)
    c.drawCentredString(297, 712, "（1. 宁川师范大学 社会学院，浙江 宁川 315000；2. 宁川市民政局，浙江 宁川 315000）")
    y = _column(c, _para(1, 90), 54, 680, 30, size=9.5, lead=14.7)
    _column(c, _para(2, 75), 54, y - 4, 30, size=9.5, lead=14.7)
    c.showPage()
    c.save()


def test_an_author_line_with_raised_affiliation_marks_is_one_line(tmp_path):
    # dev16's journal papers (q16-003 simplified, q16-008 traditional): the affiliation marks are set in 6.6 points,
    # 4.2 points up, on an 11-point author line; the first mark started a line of its own, the names cut in two
    # (``许文清`` / ``1，周扬2``, ``林佩君`` / ``1＊黃建華2``): neither piece was the gold's author line
    path = tmp_path / "paper.pdf"
    _paper(path, "许文清^1，周　扬^2")
    units = _read(path)
    texts = [t for _, t in units]
    assert "许文清1，周扬2" in texts
    assert "许文清" not in texts and "1，周扬2" not in texts
    path = tmp_path / "paper_tw.pdf"
    # (ASCII '*': reportlab's STSong-Light draws a full-width '＊' so that pdfium reads a space in its place, and the
    # line is then cut after the mark the reader puts back; dev16 q16-008's own '＊' is read whole; left open, review24)
    _paper(path, "林佩君^1^*　黃建華^2", rise=3.8)
    texts = [t for _, t in _read(path)]
    assert "林佩君1*黃建華2" in texts


def test_a_drop_cap_keeps_its_line_apart_from_the_smaller_text_beside_it():
    # the guard: body text in 9.5 points beside a drop cap in 24.7 (dev13's newsletter, p13-012, which pdfium reads as
    # ``王主任…`` with no break) stands up off the cap's baseline within its height too, but is no superscript of it:
    # the cap is over twice its size (as a masthead is over the date beside it, dev3/dev4's papers)
    cap = _Line(1, idx=[0], chars=["王"], xs=[45.4], x0=45.4, x1=70.1, y=497.7, top=522.4, fs=[24.7])
    assert not _raised_mark(cap, "主", 74.1, 507.6, 9.5)
    names = _Line(1, idx=[0, 1, 2], chars=list("许文清"), xs=[256.1, 267.1, 278.1], x0=256.1, x1=289.1, y=728.5,
                  top=739.5, fs=[11.0] * 3)
    assert _raised_mark(names, "1", 289.1, 732.7, 6.6)
    assert not _raised_mark(names, " ", 289.1, 732.7, 6.6)  # (a space is no mark)
    assert not _raised_mark(names, "1", 300.0, 732.7, 6.6)  # (set apart: no mark of the name before it)
    assert not _raised_mark(names, "1", 270.0, 732.7, 6.6)  # (back left of the last character: not set after it)


REFS = [
    ("[1] 王立平. 社区养老服务供给研究[J]. 社会学研究，2019（4）：33-5", "2."),
    ("[2] 陈晓东，刘敏. 城市社区治理的参与机制[M]. 北京：社会科学文", "献出版社，2020."),
    ("[3] 许文清. 邻里空间与公共生活[J]. 城市问题，2022（7）：18-26.", None),
]


def test_a_reference_entry_s_wrapped_line_set_in_under_its_text_goes_on_the_entry(tmp_path):
    # q16-003 (dev16): entries in 8 points, a wrapped line set in 1.5 ems, to the text past ``[2] ``; the ink of its
    # first character stood a little short of 1.5 ems (11.7 points), so it was read as a paragraph's first line: the
    # entry was cut in two, the numbered run broken, and the list and its head stayed content (furniture in the gold)
    path = tmp_path / "refs.pdf"
    c = _canvas(path)
    y = _column(c, _para(3, 120), 54, 760, 24, size=9.5, lead=14.7)
    c.setFont(FONT, 9.5)
    c.drawString(54, y - 6, "参考文献：")
    y -= 18.4
    c.setFont(FONT, 8)
    for first, wrapped in REFS:
        c.drawString(55, y, first)
        y -= 12.4
        if wrapped:  # (set in 1.5 ems: the ink of a hanzi stands a little short of it, a figure's past it)
            c.drawString(66.8 if wrapped[0] > "\u4e00" else 67.3, y, wrapped)
            y -= 12.4
    c.showPage()
    c.save()
    units = _read(path)
    assert ("debris", "[2]陈晓东，刘敏.城市社区治理的参与机制[M].北京：社会科学文献出版社，2020.") in units
    assert ("debris", "参考文献：") in units
    assert not any(t == "献出版社，2020." for _, t in units)
    assert [k for k, t in units if t.startswith("[")] == ["debris"] * 3
