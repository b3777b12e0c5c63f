"""Native PDF reader: page shapes of batch 8's print designs (a chronicle's entries set with a
hanging indent, an exam's one-line questions ending in a score)."""

from __future__ import annotations

from pdf_samples import FONT, _canvas, _para, _units


def test_entries_with_a_hanging_indent_are_one_paragraph_each(tmp_path):
    """A date label and a gap open each entry at the column's edge; the entry's later lines are set
    in by four ems. Each entry is one paragraph, the next entry's date line starts the next."""
    path = tmp_path / "chronicle.pdf"
    c = _canvas(path)
    c.setFont(FONT, 10)
    y = 760
    entries = []
    for k, (date, n) in enumerate((("8月15日", 34 * 4 - 5), ("9月2日", 20), ("10月27日", 34 * 3 - 3))):
        text = _para(40 + k, n)
        entries.append(date + text)
        c.drawString(60, y, date)
        c.drawString(60 + 4.6 * 10, y, text[:34])  # the first line: label, gap, then text to the margin
        y -= 16
        for i in range(34, len(text), 34):
            c.drawString(60 + 4.6 * 10, y, text[i:i + 34])
            y -= 16
    c.showPage()
    c.save()
    got = ["".join(t.split()) for k, t in _units(path) if k == "paragraph"]
    assert got == entries


def test_one_line_questions_ending_in_a_score_stay_apart(tmp_path):
    path = tmp_path / "exam.pdf"
    c = _canvas(path)
    c.setFont(FONT, 10)
    qs = ["3．文中第③段運用了哪些論證方法？請簡要分析並舉例說明其作用。（4分）",
          "4．請結合材料，概括作者的主要觀點，並談談你的看法與理由。（6分）"]
    body = _para(50, 34 * 4)
    y = 760
    for i in range(0, len(body), 34):
        c.drawString(60, y, body[i:i + 34])
        y -= 16
    for q in qs:
        c.drawString(60, y, q)
        y -= 16
    c.showPage()
    c.save()
    got = ["".join(t.split()) for k, t in _units(path) if k == "paragraph"]
    assert got[-2:] == qs


def test_small_print_over_the_body_at_the_top_of_a_later_page_is_a_running_header(tmp_path):
    """A header printed from page two on only (no copy to repeat), close above the body text: it is
    dropped, and the paragraph that runs on across the page break stays one paragraph."""
    path = tmp_path / "journal.pdf"
    c = _canvas(path, size=(420, 595))
    text = _para(60, 30 * 30 - 3)
    lines = [text[:28]] + [text[i:i + 30] for i in range(28, len(text), 30)]
    c.setFont(FONT, 18)
    c.drawCentredString(210, 540, "近代社会变迁的几个侧面")
    y = 500
    for k, line in enumerate(lines):
        if y < 70:
            c.showPage()
            c.setFont(FONT, 7)
            c.drawString(45, 536, "东湖人文 2023年第2期 Journal of Humanities")
            y = 522
        c.setFont(FONT, 10)
        c.drawString(45 + (20 if k == 0 else 0), y, line)
        y -= 22
    c.showPage()
    c.save()
    got = _units(path)
    assert [t for k, t in got if k == "paragraph"] == [text]
    assert not any("东湖人文" in t for _, t in got)


def test_a_printed_articles_english_title_and_author_line_keep_their_kinds(tmp_path):
    """A journal article a browser printed: the English title centred in small type right over the
    centred author line (same size, close) is not one unit with it, nor furniture: ``meta`` and
    ``byline``."""
    path = tmp_path / "article.pdf"
    c = _canvas(path, size=(420, 595))
    c.setCreator("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0 Safari/537.36")
    c.setFont(FONT, 16)
    c.drawCentredString(210, 540, "近代社会变迁的几个侧面")
    c.setFont(FONT, 9)
    c.drawCentredString(210, 518, "A Study of Historical Memory in Local Documents")
    c.drawCentredString(210, 504, "蔡燕博 姜博")
    text = _para(70, 30 * 12 - 2)
    y = 470
    c.setFont(FONT, 10)
    for k, i in enumerate(range(0, len(text), 30)):
        c.drawString(45 + (20 if k == 0 else 0), y, text[max(0, i - 2) if k else 0:i + 28])
        y -= 16
    c.showPage()
    c.save()
    got = [(k, "".join(t.split())) for k, t in _units(path)]
    assert got[:3] == [("title", "近代社会变迁的几个侧面"), ("meta", "AStudyofHistoricalMemoryinLocalDocuments"),
                       ("byline", "蔡燕博姜博")]
