"""The text route on pdftotext extracts, session 15's print-side fixes (fixp7; docs/segmentation.md): small made-up
extracts, one rule each."""

from segment_samples import squashed_units as units

BODY = [
    "雅各布克伦贝格尔（JakobKellenberger），生",
    "于瑞士。他曾是瑞士外交官，前任红十字国际委",
    "员会主席。他在苏黎世、图尔、格拉纳达学习了",
    "法国和西班牙文学以及语言学，并获得了苏黎世",
    "大学的博士学位。后来，他还获得了巴塞尔大学",
    "和卡塔尼亚大学的名誉博士学位。",
]


def test_the_office_and_the_name_under_a_short_title_are_its_byline():
    # pdftotext's default mode, a work report's cover: the office under the title, the name after a blank line
    got = units("2024年度述职报告\n生产技术部经理\n\n许丽敏\n\n" + "\n".join(BODY) + "\n")
    assert ("title", "2024年度述职报告") in got
    assert ("byline", "生产技术部经理许丽敏") in got


def test_a_name_under_a_short_title_with_the_role_after_it_is_the_byline():
    # a collection's title block: the name, and the role "著" that the extract printed on a line of its own
    got = units("山河集（选章）\n钱华娜\n\n著\n\n河流（一）\n\n" + "\n".join(BODY) + "\n")
    assert got[0] == ("title", "山河集（选章）")
    assert got[1][0] == "byline" and got[1][1] == "钱华娜著"


def test_a_name_like_word_alone_under_a_short_title_stays_with_the_title_block():
    # no office above it, no role after it: a short word opening with a surname's character is no author
    got = units("西岭工商大学\n简介\n\n" + "\n".join(BODY) + "\n")
    assert not any(kind == "byline" for kind, _ in got)
    got = units("关于开展安全生产大检查的通知\n生产技术部经理\n\n许丽敏\n\n" + "\n".join(BODY) + "\n")  # (a long title)
    assert ("byline", "生产技术部经理许丽敏") not in got
