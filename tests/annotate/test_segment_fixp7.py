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


def test_the_office_and_the_name_under_the_title_are_its_byline():
    # pdftotext's default mode, a work report's cover: the office under the title, the name after a blank line
    got = units("2024年度述职报告\n生产技术部经理\n\n许丽敏\n\n" + "\n".join(BODY) + "\n")
    assert ("title", "2024年度述职报告") in got
    assert ("byline", "生产技术部经理许丽敏") in got
    # (under a running header at each page's top, "云阳华信科技有限公司" / "内部资料", a debris unit a line: a print
    # page's head drawn as strings of their own, classify._page_edge)
    head = "云阳华信科技有限公司\n\n内部资料\n\n"
    got = units(head + "市场部2023年度个人工作总结\n市场部\n\n于晨磊\n\n" + "\n".join(BODY[:3]) + "\n\f" + head
                + "\n".join(BODY[3:]) + "\n\f" + head + "二、存在的问题\n我们的工作还有不足。\n")
    assert got[:2] == [("debris", "云阳华信科技有限公司"), ("debris", "内部资料")], got[:3]
    assert ("title", "市场部2023年度个人工作总结") in got and ("byline", "市场部于晨磊") in got


def test_a_name_under_the_title_with_the_role_after_it_is_the_byline():
    # a collection's title block: the name, and the role "著" that the extract printed on a line of its own
    got = units("山河集（选章）\n钱华娜\n\n著\n\n河流（一）\n\n" + "\n".join(BODY) + "\n")
    assert got[0] == ("title", "山河集（选章）")
    assert got[1][0] == "byline" and got[1][1] == "钱华娜著"


def test_a_name_like_word_alone_under_the_title_stays_with_the_title_block():
    # no office above it, no role after it: a short word opening with a surname's character is no author
    got = units("西岭工商大学\n简介\n\n" + "\n".join(BODY) + "\n")
    assert not any(kind == "byline" for kind, _ in got)
    got = units("社区图书角志愿服务手册\n\n第二版\n\n周宁\n\n" + "\n".join(BODY) + "\n")  # (an edition, set apart: no office)
    assert not any(kind == "byline" and text.startswith("第二版") for kind, text in got)
    got = units("2024年度述职报告\n生产技术部经理\n许丽敏\n" + "\n".join(BODY) + "\n")  # (no blank line after the name)
    assert ("byline", "生产技术部经理许丽敏") not in got and not any(kind == "byline" for kind, _ in got)


def test_a_captions_label_and_its_text_in_two_blocks_are_one_caption():
    # pdftotext's default mode cuts a caption at the gap after its label: "表1" / "" / its text, the table's cells below
    body = "\n".join(BODY) + "\n\n"
    got = units(body + "表1\n\n西岭工商大学2024年分省招生计划（部分）\n\n省份\n\n科类\n\n计划数\n\n" + body)
    assert any(text == "表1西岭工商大学2024年分省招生计划（部分）" for _, text in got)
    got = units(body + "图2\n\n2019-2023年跨境电商市场规模及增速\n\n资料来源：国家统计局\n\n" + body)
    assert ("debris", "图22019-2023年跨境电商市场规模及增速") in got
    got = units(body + "表1\n\n6月中旬主要站点降水量统计（单位：mm）\n\n站点\n\n降水量\n\n" + body)  # (a unit in brackets)
    assert any(text == "表16月中旬主要站点降水量统计（单位：mm）" for _, text in got)


def test_a_captions_label_over_another_columns_line_stays_apart():
    # a section's number alone, a reference's number, or prose under the label: another column taken in turn
    body = "\n".join(BODY) + "\n\n"
    for under in ("3.2", "[2]", "级主管，中卫国脉通信股份有限公司第七届监"):
        got = units(body + "图1\n\n" + under + "\n\n" + body)
        assert not any(text.startswith("图1") and len(text) > 2 for _, text in got), under


def test_the_office_and_the_name_under_a_title_under_its_issuer_are_the_byline_and_the_date_stays_apart():
    # a concert programme's cover, default mode: the orchestra, the title, "指挥" / "" / the conductor, then the date
    got = units("江州交响乐团\n\n“春之声”新年音乐会\n指挥\n\n林思远\n\n2024年1月1日\n\n" + "\n".join(BODY) + "\n")
    assert ("byline", "指挥林思远") in got
    assert any(text == "2024年1月1日" for _, text in got)


def test_a_name_with_its_role_under_a_book_title_in_a_list_is_a_byline():
    # a library's book list, default mode: "《星图与航海》" / "陈启航" / "" / "著" / "" / the publisher, inside the text
    body = "\n".join(BODY) + "\n\n"
    got = units(body + "《星图与航海》\n陈启航\n\n著\n\n科学普及出版社\n\n" + body)
    assert ("byline", "陈启航著") in got
    assert not any(text.startswith("《星图与航海》陈启航") for _, text in got)
    got = units(body + "《星图与航海》\n陈启航\n\n科学普及出版社\n\n" + body)  # (no role: a name alone is no byline)
    assert not any(kind == "byline" for kind, _ in got)
