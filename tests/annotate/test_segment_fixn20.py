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


def _cover(path, top, *, size=8, body=9, pages=1, header=None):
    """A printed document's first page: ``top`` in ``size`` points at the top right, a title in 17 points centred under
    it, two paragraphs in ``body`` points; each further page (``pages``) with ``header`` in 8 points at its top and a
    paragraph."""
    c = _canvas(path)
    c.setFont(FONT, size)
    c.drawString(540 - size * len(top) * 0.8, 760, top)
    title = "安康福终身寿险条款"
    c.setFont(FONT, 17)
    c.drawString((595 - 17 * len(title)) / 2, 728, title)
    y = 690
    for k in range(2):
        y = _column(c, _para(2100 + k, 50 * 3 + 9), 70, y, 50, size=body, lead=14)
    for p in range(1, pages):
        c.showPage()
        c.setFont(FONT, 8)
        c.drawString(56, 790, header)
        _column(c, _para(2110 + p, 50 * 3 + 9), 70, 740, 50, size=body, lead=14)
    c.showPage()
    c.save()
    return [(kind, "".join(t.split())) for kind, t in _units(path)]


def test_an_insurer_s_filing_number_over_the_title_is_the_document_s_number(tmp_path):
    # the filing number in small print over a policy's title (the year in brackets, the product's class, the number) is
    # the document's own number, as ``江政办发〔2024〕25号`` is: before, small print alone at the page's top, it was dropped
    # (dev15's policy terms)
    got = _cover(tmp_path / "a.pdf", "安康人寿［2023］终身寿险018号")
    assert ("meta", "安康人寿［2023］终身寿险018号") in got
    assert ("title", "安康福终身寿险条款") in got


def test_a_standard_s_number_on_its_cover_stays_though_the_running_header_repeats_it(tmp_path):
    # a standard's number under ``团体标准`` on the cover, repeated by the running header of the later pages: the cover's
    # copy is the document's number (dev15's group standard; the headers stay furniture)
    got = _cover(tmp_path / "a.pdf", "T/NCSA 012—2024", size=11, body=10, pages=3, header="T/NCSA 012—2024")
    assert [t for kind, t in got if kind != "debris"].count("T/NCSA012—2024") == 1


def test_own_number_shapes():
    from annotate.segment.readers.common import own_number

    for number in ("T/NCSA012—2024", "GB/T31132—2023", "DB11/T1234-2020", "安康人寿［2023］终身寿险018号", "江政办发〔2024〕25号"):
        assert own_number(number), number
    for other in ("ICS13.060", "CJJ92", "2024-06-01", "第41卷第3期"):
        assert not own_number(other), other


def test_a_date_alone_under_a_cover_s_issuer_is_no_line_of_its_heading(tmp_path):
    # the issuer and the date, each alone on its line in 14 points centred on a cover, a line and a half apart: two units
    # (dev15's emergency plan: before, one heading ``清源县人民政府办公室二〇二四年五月``), as a sign-off's office and its date
    # in the body's type are (dev13, dev14)
    c = _canvas(tmp_path / "a.pdf")
    title = "清源县突发地质灾害应急预案"
    c.setFont(FONT, 22)
    c.drawString((595 - 22 * len(title)) / 2, 604, title)
    c.setFont(FONT, 14)
    for text, y in (("清源县人民政府办公室", 376), ("二〇二四年五月", 344)):
        c.drawString((595 - 14 * len(text)) / 2, y, text)
    c.showPage()
    _column(c, _para(2200, 40 * 3 + 9), 90, 740, 40, size=11, lead=17)
    c.showPage()
    c.save()
    texts = [t for _, t in _units(tmp_path / "a.pdf")]
    assert "清源县人民政府办公室" in texts and "二〇二四年五月" in texts


def test_a_label_over_margin_notes_goes_with_them(tmp_path):
    # a broker's sidebar left of the text block: a label in 8.5 points over figures in 7.5 (margin notes, dropped) is
    # dropped with them, furniture by the gold (dev15; a textbook's 要点提示 over its margin note, dev13, is so too); a
    # label with its value, ``分析师：陈立民``, over the analyst's number, stays
    c = _canvas(tmp_path / "a.pdf")
    y = 740
    for k in range(3):
        y = _column(c, _para(2300 + k, 36 * 3 + 9), 193, y, 36, size=9.5, lead=15.5)
    c.setFont(FONT, 8.5)
    c.drawString(40, 740, "基本数据")
    c.drawString(40, 640, "分析师：陈立民")
    c.setFont(FONT, 7.5)
    for k, row in enumerate(("收盘价（元） 23.56", "总股本（亿股） 12.80", "资产负债率 41.3%")):
        c.drawString(43, 727 - 17 * k, row)
    c.drawString(40, 627, "执业证书编号：S0590522080003")
    c.showPage()
    c.save()
    texts = ["".join(t.split()) for kind, t in _units(tmp_path / "a.pdf") if kind != "debris"]
    assert "基本数据" not in texts
    assert "分析师：陈立民" in texts
    assert _para(2300, 36 * 3 + 9) in texts
