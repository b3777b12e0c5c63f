"""Native readers, session 21 (fixn21): a sign-off row flush right under a rule is the document's line, not a footnote
(PDF); an icon is no photo, so the short line beside it is no caption, and a short line set flush right after the last
prose is the signing office (HTML)."""

from __future__ import annotations

from pdf_samples import FONT, _canvas, _column, _para, _units
from segment_samples import PARA1, PARA2, native_html_units


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


def _kinds(body):
    return [(kind, "".join(text.split())) for kind, text in native_html_units(body)]


_WARNING = ("<h1>江城市气象台发布暴雨蓝色预警信号</h1><p>发布时间：2023年6月20日 06:45</p><p>{p1}</p><p>{p2}</p>"
            "<h2>防御指南：</h2><ol><li>全线均位于神奈川县。2010年10月21日起；</li><li>中央砲台为3公呎高；</li></ol>"
            "<div class=\"alarm-icon\"><img src=\"blue_rain.png\" alt=\"{alt}\"></div>"
            "<p class=\"src\"{align}>江城市气象台</p><h2>生活指数</h2><dl><dt>穿衣</dt><dd>舒适</dd></dl>")


def test_a_signing_office_flush_right_after_an_icon_is_the_notice_s():
    # dev15's weather warning: the issuing office set flush right under the text, after the warning's icon, with no date
    # under it, was taken for the icon's caption (a short block after an image) and then for a label after the
    # article; an icon is no photo (``alt="…图标"``, as a poster's avatar ``alt="头像"`` is none), and a short line set
    # flush right after the last prose is the signing office, as every dev notice sets one over its date (w13-008,
    # w14-004, w15-005)
    got = _kinds(_WARNING.format(p1=PARA1, p2=PARA2, alt="暴雨蓝色预警图标", align=' align="right"'))
    assert ("meta", "江城市气象台") in got, got
    assert ("debris", "穿衣") in got, got


def test_a_short_line_after_a_photo_stays_its_caption():
    # a photo's caption is no signing office, flush right or not: after a photo (no icon) the short line stays debris
    # (an alt text that holds the letters of "icon" inside a word names no icon: "Silicon")
    for alt in ("预警现场", "Silicon Valley office"):
        got = _kinds(_WARNING.format(p1=PARA1, p2=PARA2, alt=alt, align=' align="right"'))
        assert ("debris", "江城市气象台") in got, got


def test_a_short_line_after_the_article_not_set_flush_right_is_still_a_label():
    # without the alignment, a short line after the last prose is the site's label, as before
    got = _kinds(_WARNING.format(p1=PARA1, p2=PARA2, alt="暴雨蓝色预警图标", align=""))
    assert ("debris", "江城市气象台") in got, got


def test_a_box_s_heading_after_an_inline_icon_is_no_caption():
    # dev15's answer page: the best answer's box heads itself ``<img alt="采纳图标"> 最佳答案``; the icon made the
    # heading a caption (debris) between the question and the answer
    body = (f"<h1>梅雨季节家里返潮，墙面发霉应该怎么处理？</h1><div class=\"q\">{PARA1}</div>"
            f"<div class=\"best\"><div class=\"best-title\"><img src=\"best.png\" alt=\"采纳图标\"> 最佳答案</div>"
            f"<div class=\"answerer\">回答者：暖阳小筑</div><div class=\"content\">{PARA2}</div></div>")
    got = _kinds(body)
    assert any(t == "最佳答案" and kind != "debris" for kind, t in got), got


def test_a_signing_office_flush_right_without_a_date_under_it_is_meta():
    # the flush-right rule alone (no image above): the line right of the text after the last prose is the sign-off
    page = _WARNING.format(p1=PARA1, p2=PARA2, alt="", align=' style="text-align:right"')
    got = _kinds(page.replace('<div class="alarm-icon"><img src="blue_rain.png" alt=""></div>', ""))
    assert ("meta", "江城市气象台") in got, got
