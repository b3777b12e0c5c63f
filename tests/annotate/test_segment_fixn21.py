"""Native PDF reader, session 21 (fixn21): a sign-off row flush right under a rule is the document's line, not a
footnote."""

from __future__ import annotations

from pdf_samples import FONT, _canvas, _column, _para, _units


def _notice(path, foot, *, x=None):
    """A notice's last page: a paragraph in 10.5 points, a distribution box between two full-width rules (three lines in
    9.5 points) and ``foot`` in 9.5 points under the lower rule, set flush right (``x``: its left edge, else flush
    right at 523)."""
    c = _canvas(path)
    y = _column(c, _para(2200, 40 * 4 + 9), 72, 470, 40, size=10.5, lead=18)  # (the box across 0.4 of the height)
    c.setLineWidth(0.5)
    c.line(72, y - 10, 523, y - 10)
    c.setFont(FONT, 9.5)
    box = ["报：市防汛抗旱指挥部，市水利局", "送：各县（区）防汛办，市气象局", "发：局属各水文站"]
    for k, line in enumerate(box):
        c.drawString(72, y - 28 - 17 * k, line)
    low = y - 28 - 17 * len(box) + 6
    c.line(72, low, 523, low)
    width = 9.5 * len("".join(foot.split())) + 9.5 * foot.count("　")
    c.drawString(523 - width if x is None else x, low - 17, foot)
    c.showPage()
    c.save()
    return [(kind, "".join(t.split())) for kind, t in _units(path)]


_SIGNED = "签发：周建国　　核稿：何丽　　拟稿：孙浩"


def test_a_sign_off_row_flush_right_under_a_rule_is_no_footnote(tmp_path):
    # dev15's water bulletin: the signers' row flush right under the distribution box's lower rule, in the box's small
    # print, was taken for a footnote (small print below a rule at the page's foot) and made debris; a footnote starts at
    # the column's edge (every footnote in dev3-dev15 starts within a quarter of the rule's width from its left end)
    got = _notice(tmp_path / "a.pdf", _SIGNED)
    content = [t for kind, t in got if kind != "debris"]
    assert "签发：周建国核稿：何丽拟稿：孙浩" in content


def test_small_print_at_the_column_s_edge_under_a_rule_stays_a_footnote(tmp_path):
    # the same line set at the column's left edge is small print under a rule at the page's foot: a note, debris
    got = _notice(tmp_path / "a.pdf", "①资料来源：人民网，2023年7月15日。", x=72)
    assert ("debris", "①资料来源：人民网，2023年7月15日。") in got
