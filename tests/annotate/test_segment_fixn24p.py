"""Native PDF reader: session 24's fixes (fixn24p; docs/segmentation.md)."""

from __future__ import annotations

from pdf_samples import FONT, _canvas, _column, _para, _units


def _paper(path, head, entries, entry_size=8, tail=None):
    """A page of body text in 10 points under a heading, then ``head`` in 11 points and ``entries`` (lists of lines,
    the later lines set in two characters: a hanging indent) in ``entry_size`` points; ``tail``, a paragraph in the
    body's type after them."""
    c = _canvas(path)
    c.setFont(FONT, 16)
    c.drawString(72, 780, "偏乡小学阅读推动之研究")
    c.setFont(FONT, 12)
    c.drawString(72, 740, "一、结论与建议")
    y = _column(c, _para(1, 120), 72, 715, 40)
    y = _column(c, _para(2, 90), 72, y - 8, 40)
    c.setFont(FONT, 11)
    c.drawString(72, y - 14, head)
    y -= 34
    c.setFont(FONT, entry_size)
    for entry in entries:
        for k, line in enumerate(entry):
            c.drawString(72 + (2 * entry_size if k else 0), y, line)
            y -= entry_size + 4
    if tail:
        _column(c, tail, 72, y - 10, 40)
    c.showPage()
    c.save()
    return [(k, "".join(t.split())) for k, t in _units(path)]


ENTRIES = [["吴明德（2018）。国民小学阅读教育之实施。台北：五", "南。"],
           ["陈丽华（2021）。偏乡学校的阅读推广策略。教育研究", "月刊，325，45-60。"]]


def test_a_references_section_closing_the_flow_is_debris_numbered_or_not(tmp_path):
    # a paper's 参考文献 heading over its entries in small print, unnumbered, each with a hanging indent (dev16 q16-008:
    # the heading a heading, every entry's line a paragraph), or a single numbered entry (dev5 p5-008: refs'
    # two-entry rule never saw it): the gold lists heading and entries as furniture, as for numbered lists
    units = _paper(tmp_path / "apa.pdf", "参考文献", ENTRIES)
    assert ("debris", "参考文献") in units
    assert [k for k, t in units if t[:3] in ("吴明德", "南。", "陈丽华", "月刊，")] == ["debris"] * 4
    assert [k for k, _ in units if k != "debris"] == ["title", "heading", "paragraph", "paragraph"]
    units = _paper(tmp_path / "one.pdf", "参考文献", [["[1] 袁春梅. 六十进制考[J]. 史学月刊, 2019(4): 12-25."]])
    assert units[-2:] == [("debris", "参考文献"), ("debris", "[1]袁春梅.六十进制考[J].史学月刊,2019(4):12-25.")]


def test_a_sources_heading_over_body_text_or_lines_without_a_year_stays(tmp_path):
    # the same heading with a paragraph in the body's type after the entries (the section does not close the flow),
    # or over small print without a citation's year (a note), or a heading of another word: content as before
    units = _paper(tmp_path / "tail.pdf", "参考文献", ENTRIES, tail=_para(3, 60))
    assert ("heading", "参考文献") in units
    units = _paper(tmp_path / "note.pdf", "参考文献", [["本文所引资料均由课题组整理，如有错漏敬请指正。"]])
    assert ("heading", "参考文献") in units
    units = _paper(tmp_path / "other.pdf", "附录", ENTRIES)
    assert ("heading", "附录") in units and ("debris", "附录") not in units
