"""Native PDF reader: the page shapes of an independent print batch (a narrow first column, a
masthead over a long document number, a magazine's kicker, standfirst and pull quote, a table of
contents, a tri-fold brochure's sidebar box, a caption under a photo box, block paragraphs that end
at a column's end)."""

from __future__ import annotations

import pytest
from pdf_samples import FONT, _canvas, _column, _para, _units


def _lines(text: str, width: int, indent: bool = True) -> list[str]:
    first = width - 2 if indent else width
    return [text[:first]] + [text[i:i + width] for i in range(first, len(text), width)]


def _draw(c, lines, x, y, size=10, lead=15, indent=True):
    c.setFont(FONT, size)
    for k, line in enumerate(lines):
        c.drawString(x + (2 * size if k == 0 and indent else 0), y, line)
        y -= lead
    return y


def test_a_narrow_first_column_is_found(tmp_path):
    """A wide page whose gutter lies at a quarter of its width (a newspaper page's second half):
    the two columns are read one after the other, not line by line across."""
    path = tmp_path / "narrow.pdf"
    c = _canvas(path, size=(842, 1191))
    left, right = _para(20, 18 * 40), _para(21, 30 * 36)
    _column(c, left, 42, 1100, 18)
    _column(c, right, 236, 1100, 30)
    c.showPage()
    c.save()
    assert [t for k, t in _units(path) if k == "paragraph"] == [left, right]


def test_masthead_over_a_long_document_number_is_furniture(tmp_path):
    """The number centred under the masthead rule is no body text: the masthead above the rule is
    dropped and the headline below the number is the title."""
    path = tmp_path / "gov.pdf"
    c = _canvas(path)
    c.setFont(FONT, 26)
    c.drawCentredString(300, 734, "江州市政府研究考核报告")
    c.setLineWidth(2)
    c.line(78, 700, 523, 700)
    c.setFont(FONT, 12)
    c.drawCentredString(300, 610, "府授研字第1120030139号")
    c.setFont(FONT, 20)
    c.drawCentredString(300, 563, "网球相关情况研究报告")
    para = _para(22, 150)
    _column(c, para, 79, 500, 36, size=12, lead=22)
    c.showPage()
    c.save()
    units = _units(path)
    assert ("title", "网球相关情况研究报告") in units
    assert ("paragraph", para) in units
    assert not any("江州市政府研究考核报告" in t for _, t in units)


def _magazine_top(c, kicker=True):
    if kicker:
        c.setFont(FONT, 9)
        c.drawString(62, 760, "封面故事｜人文地理周刊")
    c.setFont(FONT, 26)
    c.drawString(62, 722, "那须盐原车站")


def test_kicker_over_the_title_is_furniture_and_a_standfirst_is_a_paragraph(tmp_path):
    """A kicker in 9 points over the title (body 10) is dropped; a standfirst in 11.5 points across
    the page that runs on into the wide column is one paragraph, and the byline under it stays apart
    (the column's edge on this page is its widest line, not the narrower edge of other pages)."""
    path = tmp_path / "magazine.pdf"
    c = _canvas(path)
    _magazine_top(c)
    lead = "东日本旅客铁道所经营的铁路车站。" + _para(23, 42 * 4 + 30)
    lines = _lines(lead, 42, indent=False)
    y = _draw(c, lines[:4], 62, 697, size=11.5, lead=19, indent=False)
    _draw(c, [lead[42 * 4:42 * 4 + 24], lead[42 * 4 + 24:]], 62, y - 20, size=11.5, lead=19, indent=False)
    c.setFont(FONT, 10)
    c.drawString(62, 520, "文／高雪梅　图／王建国")
    body = _para(24, 20 * 28)
    _column(c, body, 350, 560, 20, indent=False, lead=16.5)
    c.showPage()
    c.save()
    units = _units(path)
    assert units[0] == ("title", "那须盐原车站")
    assert ("paragraph", lead) in units
    assert ("byline", "文／高雪梅 图／王建国") in units
    assert ("paragraph", body) in units
    assert not any("封面故事" in t for _, t in units)


def test_pull_quote_between_rules_is_debris(tmp_path):
    """Two lines in 13 points between two rules in the column, repeating the article's words: a
    pull quote, debris; the paragraphs above and below it stay whole."""
    path = tmp_path / "quote.pdf"
    c = _canvas(path)
    _magazine_top(c, kicker=False)
    first, second = _para(25, 26 * 8), _para(26, 26 * 8)
    y = _column(c, first, 62, 680, 26)
    c.line(61, y - 5, 340, y - 5)
    quote = ["“" + first[:12], first[12:20] + "……”"]
    _draw(c, quote, 78, y - 25, size=13, lead=18, indent=False)
    c.line(61, y - 55, 340, y - 55)
    _column(c, second, 62, y - 75, 26)
    c.showPage()
    c.save()
    units = _units(path)
    assert [t for k, t in units if k == "paragraph"] == [first, second]
    assert not any(k != "debris" and "……" in t for k, t in units)


def test_table_of_contents_lines_are_debris(tmp_path):
    """Entries with leader dots and a page number, and the ``目录`` heading above them, are one debris
    unit each; an entry that fills the line is not joined to the next one."""
    path = tmp_path / "toc.pdf"
    c = _canvas(path, size=(499, 709))
    c.setFont(FONT, 19)
    c.drawCentredString(250, 612, "日本历史发展报告")
    c.setFont(FONT, 15)
    c.drawCentredString(250, 533, "目　录")
    entries = [("第一章　日本历史", 1), ("一、历史沿革", 1), ("二、背景情况", 1), ("第二章　欧陆法系", 3)]
    c.setFont(FONT, 10.5)
    for k, (entry, page) in enumerate(entries):
        c.drawString(62, 506 - 19 * k, entry + "…" * (36 - len(entry)) + str(page))
    c.showPage()
    c.setFont(FONT, 16)
    c.drawCentredString(250, 614, "第一章　日本历史")
    para = _para(27, 34 * 5)
    _column(c, para, 45, 560, 34, size=10.5, lead=18.5)
    c.showPage()
    c.save()
    units = _units(path)
    debris = [t for k, t in units if k == "debris"]
    assert "目录" in debris
    assert sum("……" in t for t in debris) == 4
    assert not any("……" in t for k, t in units if k != "debris")
    assert ("paragraph", para) in units


def test_sidebar_box_is_a_flow_of_its_own(tmp_path):
    """A tri-fold page: the title over the first column and the heading of a shaded box over the
    third share a baseline (pdfium gives them as one line); the line is cut at the box, the box's
    heading and text are units of their own, and the middle column's paragraph runs on into the
    third column below the box. The middle column starts above the first (it is centred on the page
    but is no headline)."""
    path = tmp_path / "brochure.pdf"
    c = _canvas(path, size=(842, 595))
    c.setFillColorRGB(0.9, 0.93, 0.97)
    c.rect(561, 369, 253, 198, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont(FONT, 16.5)
    c.drawString(28, 537, "山西省")
    c.drawString(570, 537, "小知识：拿破仑三世")
    side = _para(28, 24 * 7)
    _draw(c, _lines(side, 24, indent=False), 570, 518, size=9, lead=14, indent=False)
    first = _para(29, 25 * 18)
    _draw(c, _lines(first, 25, indent=False), 28, 508, lead=16, indent=False)
    long_ = _para(30, 25 * 40)
    lines = _lines(long_, 25, indent=False)
    _draw(c, lines[:31], 295, 551, lead=16, indent=False)
    _draw(c, lines[31:], 561, 338, lead=16, indent=False)
    c.showPage()
    c.save()
    units = _units(path)
    assert ("title", "山西省") in units
    assert ("heading", "小知识：拿破仑三世") in units
    assert [t for k, t in units if k == "paragraph"] == [side, first, long_]


def test_caption_under_a_photo_box_is_debris(tmp_path):
    path = tmp_path / "caption.pdf"
    c = _canvas(path)
    c.setFillColorRGB(0.85, 0.85, 0.85)
    c.rect(350, 366, 200, 108, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont(FONT, 8.5)
    c.drawString(350, 351, "车站月台一景，远处为东北新干线的高架桥与那")
    c.drawString(350, 339, "须连峰")
    para = _para(31, 20 * 30)
    _column(c, para, 62, 760, 20)
    c.showPage()
    c.save()
    units = _units(path)
    assert ("paragraph", para) in units
    assert not any("连峰" in t or "月台" in t for k, t in units if k != "debris")


def test_a_full_line_ending_a_sentence_a_line_above_the_column_end_ends_the_paragraph(tmp_path):
    """Block paragraphs (no indent) with space between: the right column stops a line short of the
    left one's bottom after a full line ending in ``。`` (the next paragraph and its space did not
    fit), so the first line of the next page starts a new paragraph."""
    path = tmp_path / "block.pdf"
    c = _canvas(path)
    left = _para(32, 26 * 41 + 13)
    _draw(c, _lines(left, 26, indent=False), 62, 760, lead=16.5, indent=False)
    right = _para(33, 20 * 40)
    _draw(c, _lines(right, 20, indent=False), 350, 760, lead=16.5, indent=False)
    c.drawString(540, 34, "24")
    c.showPage()
    nxt = _para(34, 20 * 4 + 10)
    _draw(c, _lines(nxt, 20, indent=False), 45, 757, lead=16.5, indent=False)
    c.drawString(46, 34, "25")
    c.showPage()
    c.save()
    assert [t for k, t in _units(path) if k == "paragraph"] == [left, right, nxt]


def test_a_short_line_a_little_larger_than_the_body_is_a_heading(tmp_path):
    path = tmp_path / "sub.pdf"
    c = _canvas(path)
    first, second = _para(35, 36 * 4), _para(36, 36 * 4)
    y = _column(c, first, 79, 700, 36, size=12, lead=22)
    c.setFont(FONT, 12.5)
    c.drawString(104, y, "（一）相关评价")
    _column(c, second, 79, y - 22, 36, size=12, lead=22)
    c.showPage()
    c.save()
    units = _units(path)
    assert ("heading", "（一）相关评价") in units
    assert [t for k, t in units if k == "paragraph"] == [first, second]


@pytest.mark.parametrize("ratios", [(0.42, 0.33, 0.25), (0.25, 0.42, 0.33), (0.38, 0.38, 0.24)])
def test_three_unequal_columns_are_read_one_after_the_other(tmp_path, ratios):
    """Whichever gutter the page is split at first, the side holding two columns is split again
    (with columns 42 : 33 : 25, the right side of the first split is only 1.4 times the left)."""
    path = tmp_path / "news.pdf"
    c = _canvas(path, size=(842, 1191))
    width, x, texts = 842 - 85 - 20, 42.5, []
    for k, r in enumerate(ratios):
        chars = int(width * r / 10.5)
        texts.append(_para(50 + k, chars * 20))
        _column(c, texts[-1], x, 1100, chars, size=10.5, lead=16)
        x += width * r + 10
    c.showPage()
    c.save()
    assert [t for k, t in _units(path) if k == "paragraph"] == texts


@pytest.mark.parametrize(("line", "entry"), [
    ("第一章　日本历史" + "…" * 30 + "1", True), ("一、历史沿革" + "…" * 2 + "12", True),
    ("二、背景情况 .......... 3", True), ("附录 ・・・・ iv", True),
    ("他说：“还有很多……”", False), ("共计3…", False), ("1.2.3.4", False),
])
def test_a_contents_entry_is_leader_dots_running_to_a_page_number(line, entry):
    from annotate.segment.readers.pdf import LEADER

    assert bool(LEADER.search(line)) is entry


def test_block_paragraphs_a_little_apart_are_two_units(tmp_path):
    """Ragged right, no indent, paragraphs 21 points apart at a 16-point pitch (1.31x): the gap is
    the only mark of the break where the first paragraph's last line ends near the edge and the next
    starts with a number too wide for the room left."""
    path = tmp_path / "ragged.pdf"
    c = _canvas(path, size=(842, 595))
    first = _para(60, 25 * 5 - 2)
    second = "1286年" + _para(61, 25 * 4)
    y = _draw(c, _lines(first, 25, indent=False), 295, 500, lead=16, indent=False)
    _draw(c, _lines(second, 25, indent=False), 295, y - 5, lead=16, indent=False)
    c.showPage()
    c.save()
    assert [t for k, t in _units(path) if k == "paragraph"] == [first, second]


def test_a_byline_alone_in_its_column_on_the_baseline_of_the_other_column(tmp_path):
    """The wide left column holds only the byline under a standfirst across the page; the byline
    stands on the baseline of the right column's first line (pdfium gives the two as one line). The
    line is cut where the right column starts, the gutter is found with one line on its left, and the
    byline (far short of the gutter) does not run on into the right column's paragraph."""
    path = tmp_path / "byline.pdf"
    c = _canvas(path)
    _magazine_top(c, kicker=False)
    lead = "世界卫生组织已经确认高血压为导致心血管病死亡率的主要原因。" + _para(62, 42 * 3)
    _draw(c, _lines(lead, 42, indent=False), 62, 697, size=11.5, lead=19, indent=False)
    c.setFont(FONT, 10)
    c.drawString(62, 582, "撰文／叶家玮　摄影／陈冠宇")
    body = _para(63, 18 * 30)
    _draw(c, _lines(body, 18, indent=False), 369, 582, lead=16.5, indent=False)
    c.showPage()
    c.save()
    units = _units(path)
    assert ("byline", "撰文／叶家玮 摄影／陈冠宇") in units
    assert ("paragraph", body) in units


def test_a_pull_quote_at_the_top_of_a_page_does_not_cut_the_paragraph(tmp_path):
    """A paragraph runs from the foot of page 1 on to page 2 below a pull quote set at that page's
    top: the quote is debris out of the flow and the paragraph is one unit."""
    path = tmp_path / "quote2.pdf"
    c = _canvas(path)
    text = _para(64, 26 * 50 + 10)
    lines = _lines(text, 26, indent=False)
    _draw(c, lines[:44], 62, 760, lead=16.5, indent=False)
    c.showPage()
    c.line(61, 780, 340, 780)
    _draw(c, ["“" + text[:12], text[12:22] + "……”"], 78, 760, size=13, lead=18, indent=False)
    c.line(61, 730, 340, 730)
    _draw(c, lines[44:], 62, 710, lead=16.5, indent=False)
    c.showPage()
    c.save()
    units = _units(path)
    assert [t for k, t in units if k == "paragraph"] == [text]
    assert sum(k == "debris" for k, _ in units) == 2


def test_a_page_with_few_lines_takes_its_edges_from_pages_on_the_same_side(tmp_path):
    """Margins alternate on facing pages (62 points on odd pages, 45 on even ones); a paragraph runs
    from the foot of page 2 on to page 3, which holds three lines: their edge is that of page 1, not
    the median of all pages (which would make the first of them look indented)."""
    path = tmp_path / "facing.pdf"
    c = _canvas(path, size=(499, 709))
    first = _para(65, 36 * 30 - 5)
    second = _para(66, 36 * 33)
    third = _para(67, 36 * 30 - 5)
    _draw(c, _lines(first, 36), 62, 640, size=10.5, lead=18.5)
    c.showPage()
    lines = _lines(second, 36)
    _draw(c, lines[:31], 45, 640, size=10.5, lead=18.5)
    c.showPage()
    _draw(c, lines[31:], 62, 640, size=10.5, lead=18.5, indent=False)
    c.showPage()
    _draw(c, _lines(third, 36), 45, 640, size=10.5, lead=18.5)
    c.showPage()
    c.save()
    assert [t for k, t in _units(path) if k == "paragraph"] == [first, second, third]


def test_a_ragged_line_of_the_middle_column_is_not_lifted_above_the_columns(tmp_path):
    """Three columns, the third starting low (under a sidebar box), the page first split at the wider
    gutter between the second and third: a line of the ragged-right middle column above where the
    third starts is centred on the page, but lines start where it starts just above and below it, so
    it is read in its column, not above the columns."""
    path = tmp_path / "ragged3.pdf"
    c = _canvas(path, size=(842, 595))
    c.setFillColorRGB(0.9, 0.93, 0.97)
    c.rect(565, 369, 250, 198, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont(FONT, 22)
    c.drawString(28, 537, "网球")
    first = _para(68, 25 * 18)
    _draw(c, _lines(first, 25, indent=False), 28, 508, lead=16, indent=False)
    middle = _para(69, 26 * 18 - 3)
    # a 25-character line among full ones of 26, as ragged text has
    rows = _lines(middle[:312], 26, indent=False) + [middle[312:337]] + _lines(middle[337:], 26, indent=False)
    _draw(c, rows, 289, 551, lead=16, indent=False)
    third = _para(70, 25 * 15)
    _draw(c, _lines(third, 25, indent=False), 565, 338, lead=16, indent=False)
    c.showPage()
    c.save()
    assert [t for k, t in _units(path) if k == "paragraph"] == [first, middle, third]


def test_a_large_heading_inside_a_column_is_not_lifted_above_the_columns(tmp_path):
    """A section heading in 13 points (1.3 times the body) in the middle column, below some of that
    column's text and above where the third column starts (the page split first at the wider gutter
    between the first and second columns): it is read in its column, so the first column's paragraph
    runs on into the middle column's first line."""
    path = tmp_path / "heading3.pdf"
    c = _canvas(path, size=(842, 595))
    c.setFillColorRGB(0.9, 0.93, 0.97)
    c.rect(565, 369, 250, 198, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont(FONT, 22)
    c.drawString(28, 537, "战斗机")
    text = _para(71, 25 * 36 - 5)
    rows = _lines(text, 25, indent=False)
    _draw(c, rows[:31], 28, 508, lead=16, indent=False)
    y = _draw(c, rows[31:], 300, 551, lead=16, indent=False)
    c.setFont(FONT, 13)
    c.drawString(300, y - 8, "光学")
    second = _para(72, 25 * 10)
    y = _draw(c, _lines(second, 25, indent=False), 300, y - 30, lead=16, indent=False)
    third = _para(73, 25 * 15)
    _draw(c, _lines(third, 25, indent=False), 565, 338, lead=16, indent=False)
    c.showPage()
    c.save()
    units = _units(path)
    assert ("heading", "光学") in units
    assert [t for k, t in units if k == "paragraph"] == [text, second, third]


def test_an_abstract_across_a_page_whose_body_fills_one_column_keeps_its_own_edges(tmp_path):
    """Page 1 of a paper whose body text fills only the left column: the abstract's lines in 9 points
    run across the page, far past the column's edge, so they take the edges of their own lines and the
    abstract's short last line ends it (the keywords line below is a unit of its own)."""
    path = tmp_path / "abstract.pdf"
    c = _canvas(path, size=(522, 737))
    c.setFont(FONT, 17)
    c.drawCentredString(261, 654, "那须盐原车站研究")
    abstract = "摘要：本文以那须盐原车站为研究对象。" + _para(74, 46 + 10)
    _draw(c, _lines(abstract, 46, indent=False), 57, 594, size=9, lead=14.5, indent=False)
    c.setFont(FONT, 9)
    c.drawString(57, 562, "关键词：那须盐原车站；历史沿革；社会影响；文献")
    body = _para(75, 21 * 16)
    _column(c, body, 57, 380, 21, size=9.5, lead=15.5)
    c.showPage()
    c.save()
    units = _units(path)
    assert ("paragraph", abstract) in units
    assert ("paragraph", body) in units
    assert any(t == "关键词：那须盐原车站；历史沿革；社会影响；文献" for k, t in units)
