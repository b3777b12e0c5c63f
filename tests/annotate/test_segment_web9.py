"""Batch 9 web designs in text dumps and native pages (issue #10, dev9 failure classes)."""

from __future__ import annotations

from annotate.segment import segment_text

PROSE = "阿伊努人的特征是肤色比较暗，低额多须，深眼窝，体格比较健硕，毛发极为浓密，有卷发的倾向。"


def _units(raw: str) -> list[tuple[str, str]]:
    return [(u.kind, u.text) for u in segment_text(raw, "d").units]


def test_site_bar_of_short_words_above_the_headline_is_debris() -> None:
    # lynx wraps such a bar at its width, so it would join the headline across the blank line
    units = _units(f"人力銀行 找工作 找公司 會員登入\n「古羅馬同性戀」專題編輯（約聘）\n\n{PROSE}\n")
    assert units[0] == ("debris", "人力銀行找工作找公司會員登入")
    assert units[1][1] == "「古羅馬同性戀」專題編輯（約聘）"


def test_site_name_before_a_menu_bar_is_debris() -> None:
    units = _units(f"\n观澜评论 首页 | 评论 | 专栏 | 登录\n从杜拜说开去\n文｜唐海涛\u30002021年2月19日\n{PROSE}\n")
    assert units[0][0] == "debris" and units[1] == ("title", "从杜拜说开去")


def test_names_under_a_title_and_a_spaced_title_are_left_alone() -> None:
    names = _units(f"阿森松岛研究\n周文斌 李建国 王小明 张大山\n\n{PROSE}\n")
    assert names[0][1] == "阿森松岛研究" and all(k != "debris" for k, _ in names)
    spaced = _units(f"走进 科学 探索 未来\n{PROSE}\n")  # no short headline under it
    assert all(k != "debris" for k, _ in spaced)


def test_caption_with_a_picture_credit_never_joins_the_paragraph_under_it() -> None:
    # html2text prints a <figure>'s caption on the line right above the next paragraph
    raw = f"标题\n\n{PROSE}\n▲ 2／4\u3000展場一隅。（圖／讀者提供）\n{PROSE}\n"
    units = _units(raw)
    assert ("debris", "▲ 2／4展場一隅。（圖／讀者提供）") in units
    assert units[-1] == ("paragraph", PROSE)


def test_a_bracketed_source_that_is_no_picture_credit_stays_prose() -> None:
    units = _units(f"标题\n\n{PROSE}\n他們在展場一隅拍照。（文／讀者提供）\n")
    assert all(k != "debris" for k, _ in units)
