"""Native PDF reader, session 20 (fixn20): a periodical's masthead of any name over its issue line."""

from __future__ import annotations

from pdf_samples import FONT, _canvas, _column, _para, _units

from annotate.segment import office


def _journal(path, *, name="现代职业教育研究", under="2024年第1期（总第229期）"):
    """A journal's first page: its name in 22 points centred at the top, ``under`` in 10 points right under it, then the
    article's title in 16 points and two paragraphs of body text in 10 points."""
    c = _canvas(path)
    c.setFont(FONT, 22)
    c.drawString((595 - 22 * len(name)) / 2, 764, name)
    c.setFont(FONT, 10)
    c.drawString((595 - 10 * len("".join(under.split()))) / 2, 740, under)
    title = "数字化转型背景下社区教育运行机制探析"
    c.setFont(FONT, 16)
    c.drawString((595 - 16 * len(title)) / 2, 690, title)
    y = 660
    for k in range(2):
        y = _column(c, _para(2000 + k, 40 * 3 + 9), 97, y, 40)
    c.showPage()
    c.save()
    return [(kind, "".join(t.split())) for kind, t in _units(path)]


def test_a_journal_s_name_over_its_issue_line_is_furniture(tmp_path):
    # the journal's name in title type with its issue line right under it is the masthead, furniture by the gold (dev14's
    # journal contents pages, ``现代职业教育研究`` / ``2024年第1期（总第229期）``; dev15's bulletin ``水情旬报`` / ``2024年第18期``
    # and dev7's and dev9's ``工作简报`` / ``第9期`` are marked so too): before, the name was the title and the issue a paragraph
    got = _journal(tmp_path / "a.pdf")
    content = [(kind, t) for kind, t in got if kind != "debris"]
    assert not any(t in ("现代职业教育研究", "2024年第1期（总第229期）") for _, t in content)
    assert content[0] == ("title", "数字化转型背景下社区教育运行机制探析")
    assert ("paragraph", _para(2000, 40 * 3 + 9)) in content


def test_a_report_s_title_over_its_date_keeps_both(tmp_path):
    # a date alone under a cover's title is no issue line: the title and its date stay content (dev13's white paper,
    # ``数字乡村发展白皮书（2024年）`` over ``2024年10月``)
    got = _journal(tmp_path / "a.pdf", name="数字乡村发展白皮书", under="2024年10月")
    texts = [t for kind, t in got if kind != "debris"]
    assert "数字乡村发展白皮书" in texts and "2024年10月" in texts


def test_masthead_span_takes_a_name_of_any_word_over_an_issue_line():
    # both routes: the issue line under a title-like line makes a masthead, whatever word the name ends with
    texts = ["现代职业教育研究", "2024年第1期（总第229期）", "数字化转型背景下社区教育运行机制探析", "崔晓，范浩志"]
    assert office.masthead_span(texts) == [(0, False), (1, False)]
    assert office.masthead_span(["水情旬报", "2024年第18期", "6月中旬全市水雨情分析"]) == [(0, False), (1, False)]
    # (a date under the title is no issue; nor is a title with no title-like line after its issue)
    assert office.masthead_span(["数字乡村发展白皮书（2024年）", "2024年10月", "一、发展现状"]) == []

