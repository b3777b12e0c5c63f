"""The text route on real tools' output: dumps of web pages, PDF extracts, hard-wrapped text.

Each failure class of issue #10 as one small input, plus the fixtures in
tests/data/segment_realistic/ (made by real tools, gold from construction; scored in
test_segment_score.py).
"""

import textwrap

import pytest
from segment_samples import PARA1, PARA2, columns, units

from annotate.segment import segment_text
from annotate.segment.normalize import render


def content(raw):
    return [(k, t) for k, t in units(raw) if k != "debris"]


@pytest.mark.parametrize("width", [40, 64, 100, 150])
def test_text_wrapped_by_display_columns_of_any_width(width):
    raw = "\n".join(["标题在此", "", *columns(PARA1, width), "", *columns(PARA2, width)])
    assert content(raw) == [("title", "标题在此"), ("paragraph", PARA1), ("paragraph", PARA2)]


@pytest.mark.parametrize("width", [20, 30, 45])
def test_text_wrapped_by_character_count_without_blank_lines(width):
    # ASCII counts as one character here, so display widths spread by several columns
    raw = "\n".join(textwrap.wrap(PARA1, width) + textwrap.wrap(PARA2, width))
    assert content(raw) == [("paragraph", PARA1), ("paragraph", PARA2)]


def test_furniture_lines_do_not_hide_the_wrap():
    lines = columns(PARA1, 60)
    raw = "\n".join(["首页 > 新闻中心 > 国内 > 正文", "【字号 大 中 小】【打印】【关闭】", *lines[:3], "- 1 -", *lines[3:],
                     "", *columns(PARA2, 60), "扫一扫，分享到朋友圈", "版权所有 © 2023 新华网 京ICP证010042号"])
    got = units(raw)
    assert [k for k, _ in got] == ["debris", "debris", "paragraph", "debris", "paragraph", "paragraph", "debris", "debris"]
    assert got[2][1] + got[4][1] == PARA1 and got[5][1] == PARA2


def test_never_cut_after_a_comma_or_before_punctuation():
    raw = "世界级产业集群通常指对全球的技术创新、\n产品服务市场发展具有重要影响力的产业集群，\n具有技术可控、万亿规模等特征\n。下一句。"
    assert content(raw) == [("paragraph", "世界级产业集群通常指对全球的技术创新、产品服务市场发展具有重要影响力的产业集群，"
                                          "具有技术可控、万亿规模等特征。下一句。")]


def test_no_space_inside_a_number_cut_by_a_wrap():
    raw = "\n".join(["这家公司成立于20", "06年，身高1.", "85米的运动员在2012年加入了这家公司并担任主力。"])
    assert content(raw) == [("paragraph", "这家公司成立于2006年，身高1.85米的运动员在2012年加入了这家公司并担任主力。")]


def test_no_space_after_a_hyphen_set_against_its_word_at_a_wrap():
    # html2text breaks after such a hyphen as at a space; the joined text keeps the word whole
    raw = "\n".join(["网络游戏业在韩国是个发展迅速的产业，1998年-", "2008年间，年均增长率在20%以上，由Owens-",
                     "Illinois公司投资。"])
    assert content(raw) == [("paragraph", "网络游戏业在韩国是个发展迅速的产业，1998年-2008年间，年均增长率在20%以上，"
                                          "由Owens-Illinois公司投资。")]
    # at the level of the rendering: a dash set apart from its word, or a rule, keeps the line break's space
    for raw, want in (("Owens-\nIllinois", "Owens-Illinois"), ("RNA -\nseq", "RNA - seq"), ("A --\nB", "A -- B")):
        first, second = raw.split("\n")
        text, _ = render(raw, [(0, len(first)), (len(first) + 1, len(raw))])
        assert text == want


@pytest.mark.parametrize("line", [
    "- 1 -", "第 1 页", "第3頁", "Page 2", "2/12", "首页 > 新闻中心 > 国内 > 正文", "首頁 > 新聞", "首页 | 新闻 | 体育 | 财经",
    "【字号 大 中 小】【打印】【关闭】", "版权所有 © 2023 新华网 京ICP证010042号", "扫一扫，分享到朋友圈", "点击查看大图",
    "放大 縮小", "點擊查看大圖", "[11]放大 [12]縮小 【[13]列印】【[14]關閉】", "分享到：Facebook LINE 推特",
])
def test_site_and_page_furniture_is_debris(line):
    got = units(f"文章标题\n\n{line}\n\n正文第一段。")
    assert got[1][0] == "debris", got
    assert got[0] == ("title", "文章标题")  # furniture is never the title, whatever comes first


def test_furniture_first_is_never_the_title():
    got = units("首页 > 新闻\n\n- 1 -\n\n体坛周报 2023年7月15日 第A12版\n\n中国队夺冠\n\n正文第一段。")
    assert got[-2:] == [("title", "中国队夺冠"), ("paragraph", "正文第一段。")]
    assert {k for k, _ in got[:-2]} == {"debris"}


def test_a_running_header_repeated_on_every_page_is_debris():
    header = "体坛周报 2023年7月15日 第A12版"
    page1, page2 = columns(PARA1, 40), columns(PARA2, 40)
    raw = "\n".join([header, "标题", *page1[:4], "第 1 页", header, *page1[4:], *page2, "第 2 页"])
    got = units(raw)
    assert [t for k, t in got if k == "debris"] == ["体坛周报2023年7月15日第A12版", "第1页", "体坛周报2023年7月15日第A12版", "第2页"]


def test_a_running_header_cut_into_pieces_is_one_unit():
    page1, page2 = columns(PARA1, 40), columns(PARA2, 40)
    raw = "\n".join(["标题", *page1[:4], "第1頁", "自由時報", "2023/03/05", "星期四", *page1[4:], "第2頁",
                     "自由時報", "2023/03/05", "星期四", *page2])
    debris = [t for k, t in units(raw) if k == "debris"]
    assert debris == ["第1頁", "自由時報2023/03/05星期四", "第2頁", "自由時報2023/03/05星期四"]


def test_a_repeated_passage_is_not_a_running_header():
    raw = "\n".join(columns(PARA1, 40) * 2)
    assert "debris" not in {k for k, _ in units(raw)}


def test_a_menu_and_a_related_list_are_debris():
    raw = "  • 首页\n  • 新闻中心\n  • 国内\n\n标题\n\n正文。\n\n**** 相关新闻 ****\n    * 光明日报：新一期专题报道发布\n    * 华夏时报：读者来信选登"
    got = units(raw)
    assert [k for k, _ in got] == ["debris", "debris", "debris", "title", "paragraph", "debris", "debris", "debris"]


def test_a_title_above_a_heading_in_another_block_is_not_merged():
    raw = "          卫视卡式台\n历史沿革\n\n" + PARA1
    assert content(raw)[:2] == [("title", "卫视卡式台"), ("heading", "历史沿革")]


@pytest.mark.parametrize(("line", "author", "date", "outlet"), [
    ("来源：新华网 2023-06-01 记者 王某", "王某", "2023-06-01", "新华网"),
    ("來源：中央社 2022-11-08 記者 陳某", "陳某", "2022-11-08", "中央社"),
    ("中央社記者張雅婷台北2023年6月1日電", "張雅婷", "2023年6月1日", None),
])
def test_bylines_name_the_reporter_and_the_editor_is_not_the_author(line, author, date, outlet):
    doc = segment_text(f"标题\n\n{line}\n\n正文第一段。\n\n责任编辑：李某", "doc")
    assert [u.kind for u in doc.units] == ["title", "byline", "paragraph", "meta"]
    assert (doc.meta.author, doc.meta.date, doc.meta.outlet) == (author, date, outlet)


def test_a_byline_cut_into_lines_by_an_extract_is_one_byline():
    doc = segment_text("孫吳\n2022-11-17 08:32\n\n來源：中時新聞網\n\n記者\n\n陳美玲\n\n國號吳，改元黃龍。", "doc")
    assert [(u.kind, u.text) for u in doc.units][1] == ("byline", "2022-11-17 08:32來源：中時新聞網記者陳美玲")
    assert doc.meta.author == "陳美玲"


def test_each_line_of_a_lynx_link_list_is_a_debris_unit():
    # lynx right-aligns the numbers ("   9." / "  10."), prints one link a line and never wraps a
    # target (a long URL, or one with a space in it, stays on its line)
    long_url = "https://example.com/" + "abcdefghij" * 12 + "?q=中文"
    raw = ("标题\n\n正文。\n\nReferences\n\n   1. file:///0/\n   9. https://example.com/a\n"
           f"  10. javascript:;\n  11. {long_url}\n  12. https://a.b/x y\n")
    got = units(raw)
    assert got[:2] == [("title", "标题"), ("paragraph", "正文。")]
    assert got[2:] == [("debris", "References"), ("debris", "1. file:///0/"), ("debris", "9. https://example.com/a"),
                       ("debris", "10. javascript:;"), ("debris", f"11. {long_url}"), ("debris", "12. https://a.b/x y")]


def test_a_masthead_printed_once_is_one_debris_unit_and_never_the_title():
    raw = "自由時報\n\n2023-06-01\n\n星期四\n\n麻省理工學院\n2023-06-01\n\n來源：中時新聞網\n\n" + PARA1
    got = units(raw)
    assert got[0] == ("debris", "自由時報2023-06-01星期四") and got[1] == ("title", "麻省理工學院")


def test_a_page_header_with_an_edition_is_debris():
    assert units("聯合報 2022-11-17 A9版\n\n孫吳\n\n" + PARA1)[:2] == [("debris", "聯合報2022-11-17 A9版"), ("title", "孫吳")]


def test_a_centred_line_is_not_a_wrap_of_the_column():
    lines = columns(PARA1, 40)
    raw = "\n".join([*lines[:4], "", "                          南方周末   2023/03/05   星期四", "", *lines[4:]])
    got = units(raw)
    assert ("debris", "南方周末 2023/03/05 星期四") in [(k, " ".join(t.split())) for k, t in got] or \
        all("南方周末" not in t for k, t in got if k == "paragraph")


def test_a_numbered_heading_after_a_full_line_is_not_a_wrap():
    lines = columns(PARA1.rstrip("。"), 40)
    raw = "\n".join([*lines, "（二）历史沿革", *columns(PARA2, 40)])
    got = content(raw)
    assert ("heading", "（二）历史沿革") in got


def test_an_image_link_number_goes_with_its_caption():
    got = units("标题\n\n正文第一段。\n\n[0]\n点击查看大图\n\n正文第二段。")
    assert ("debris", "[0]点击查看大图") in got


def test_a_heading_after_a_paragraph_without_its_full_stop_stays_apart():
    # wrapped text: a block break (more blank lines than between the column's lines) before a short line
    body = columns(PARA1.rstrip("。"), 40)
    raw = "\n".join([*body, "", "历史沿革", *columns(PARA2, 40)])
    assert ("heading", "历史沿革") in content(raw)
    # a dump: a blank line before a heading that opens with a digit or a Latin word
    raw = "这是一段没有句号的文字，它在网页上原本就这样结束\n\n2023年大事记\n\n正文第一段。"
    assert ("heading", "2023年大事记") in content(raw)


@pytest.mark.parametrize("last", ["不少市民对此表示欢迎。在观音桥工作的张女士说：“以前加班到深夜只能打车，现在每月能省下好几百元。”",
                                  "张女士说：“现在方便多了！”", "他说，这是「最後一次」。"])
def test_a_short_last_paragraph_that_closes_a_quote_stays_above_the_editors_line(last):
    # a news story often ends on a quote: the short paragraph after the last long one ends a sentence inside the quote,
    # and the sign-off under it closes the article; it is the article's, not a loose link (a new user's file, session 19)
    raw = (f"重庆开通夜间公交线路\n\n来源：新华网 2023-06-01 记者 王某\n\n{PARA1}\n\n{last}\n\n责任编辑：李华\n")
    got = units(raw)
    assert ("paragraph", last) in got, got
    assert got[-1] == ("meta", "责任编辑：李华"), got
