"""Native PDF reader, batch 12 print (fixp4; docs/segmentation.md)."""

from __future__ import annotations

from pdf_samples import FONT, _canvas, _column, _para, _units


def test_a_plans_title_over_a_rule_with_numbered_heads_in_big_type_below_is_kept(tmp_path):
    # a plan on Letter paper: its title (18 pt) and a line of fields (9 pt) over a thick rule across the page, the
    # numbered section heads under it at 14 pt over 10.5 pt prose: the title is the plan's own, no masthead's
    path = tmp_path / "plan.pdf"
    c = _canvas(path, size=(612, 792))
    c.setFont(FONT, 18)
    c.drawString(126, 720, "绿源品牌2024年春季社区推广活动策划方案")
    c.setFont(FONT, 9)
    c.drawString(72, 700, "策划部门：市场部　　提交日期：2023年12月6日　　版本：V3.0")
    c.setLineWidth(2)
    c.line(72, 690, 540, 690)
    y = 660
    for k, head in enumerate(("1. 活动背景", "2. 活动目标")):
        c.setFont(FONT, 14)
        c.drawString(72, y, head)
        y = _column(c, _para(40 + k, 44 * 3 - 6), 72, y - 24, 44, size=10.5, lead=17) - 14
    c.showPage()
    c.save()
    units = [(k, "".join(t.split())) for k, t in _units(path)]
    assert ("title", "绿源品牌2024年春季社区推广活动策划方案") in units
