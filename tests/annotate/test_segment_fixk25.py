"""fixk25: heading permalinks and site rows in web dumps (text route), one small hand-written input per rule."""

from segment_samples import PARA1, PARA2, squashed_units


def _page(*heads):
    lines = ["舊區散步筆記", ""]
    for head, para in zip(heads, [PARA1, PARA2, PARA1], strict=False):
        lines += [head, "", para, ""]
    return "\n".join(lines)


def test_a_headings_permalink_after_it_on_its_line_is_debris_of_its_own():
    # a blog theme's "#" anchor (dev16 k16-003: w3m "緣起#", lynx "緣起[12]#", html2text "***** 緣起# *****") and a
    # docs site's "¶" (newuser24b trial, MkDocs: w3m "安装步骤¶", lynx "环境要求[12]¶", html2text
    # "****** 快速安装指南¶ ******"): the heading was one unit with its mark (a debris+heading join)
    for heads, marks in ((("緣起#", "後記#"), ("#", "#")), (("緣起[12]#", "後記[15]#"), ("[12]#", "[15]#")),
                         (("***** 緣起# *****", "***** 後記# *****"), ("#", "#")),
                         (("安装步骤¶", "环境要求¶"), ("¶", "¶")), (("安装步骤[11]¶", "环境要求[12]¶"), ("[11]¶", "[12]¶")),
                         (("****** 安装步骤¶ ******", "***** 环境要求¶ *****"), ("¶", "¶"))):
        got = squashed_units(_page(*heads))
        for head, mark in zip((h.strip("* ").split("[")[0].rstrip("#¶") for h in heads), marks, strict=True):
            at = next(i for i, unit in enumerate(got) if unit in (("heading", head), ("title", head)))  # (html2text's
            assert got[at + 1] == ("debris", mark), (heads, got)  # "******": a page's title)


def test_a_mark_that_is_no_headings_permalink_stays_on_its_line():
    # a forum's floor "4#" / lynx's "[38]4#", "C#", a topic tag "#话题#", a label's line "今日话题：北京暴雨#", a prose
    # "#" after a space ("详见问题 #"), an address's "/#": nothing is cut off (review31, fixu24b lines.py:459)
    for line in ("4#", "[38]4#", "学习C#", "#北京暴雨#", "今日话题：北京暴雨#", "详见问题 #", "https://example.tw/#"):
        got = squashed_units(_page(line))
        assert not any(text in ("#", "[38]#") for _, text in got), (line, got)
        assert any(text.endswith("#") and len(text) > 1 for _, text in got), (line, got)


def test_a_permalinked_heading_whose_words_recur_stays_a_heading():
    # newuser24b install_w3m: "参数说明¶" over its table, whose header row prints the same words ("参数   说明"); cut off
    # its mark, the heading looked like a running head (copies in different surroundings) and became debris (review31
    # F8); review32: the minimal shape, no contents list above, fails without ``lines.anchored``
    raw = "\n".join(["快速安装指南", "", PARA1, "", "参数说明¶", "", "    参数                   说明",
                     "--max-length 单条输入的最大长度", "--jobs       并行进程数", "", PARA2, ""])
    got = squashed_units(raw)
    assert got[got.index(("heading", "参数说明")) + 1] == ("debris", "¶"), got
    raw = "\n".join(["快速安装指南", "", "  • 环境要求", "  • 参数说明", "", "环境要求¶", "", PARA1, "", "参数说明¶", "",
                     "    参数                   说明", "--max-length 单条输入的最大长度", "--jobs       并行进程数", "", PARA2, ""])
    got = squashed_units(raw)
    assert ("heading", "参数说明") in got and ("heading", "环境要求") in got, got
    assert got.count(("debris", "¶")) == 2, got


def test_a_row_of_lynx_links_is_furniture_never_the_title():
    # lynx prints a site's menu, tool bar or prev/next row as link marks and short texts alone on a line: the title was
    # that row ("[1]會員登入[2]訂單查詢[3]購物車(0)", dev16 k16-008; "[1]登入[2]訂閲[3]電子報", dev15 y15-003;
    # "[2]指南[3]版本说明[4]GitHub", newuser24b trial); the headline under it is the title
    for row in ("[1]會員登入 [2]訂單查詢 [3]購物車(0)", "   [1]登入 [2]訂閲 [3]電子報", "[2]指南[3]版本说明[4]GitHub",
                "   [17]上一页 简介[18]下一页 快速上手", "[1]首頁 | [2]新聞 | [3]生活"):
        got = squashed_units("\n".join([row, "", "舊區重建諮詢展開", "", PARA1, "", PARA2, ""]))
        assert got[0] == ("debris", "".join(row.split())), (row, got)
        assert got[1] == ("title", "舊區重建諮詢展開"), (row, got)


def test_a_line_with_one_link_or_a_sentence_is_no_row_of_links():
    # one link ("[17][经验分享]小区旁边开了社区食堂", a forum's title as a link), a sentence between two marks, or a
    # long link's text, are read as before
    for line, kind in (("[17][经验分享]小区旁边开了社区食堂", "title"), ("[1]本會今日舉行記者會。[2]詳情", None),
                       ("[1]行政院會通過海岸地區防災韌性強化條例草案[2]全文", None)):
        got = squashed_units("\n".join([line, "", PARA1, "", PARA2, ""]))
        if kind is None:
            assert got[0][0] != "debris", (line, got)
        else:
            assert got[0] == (kind, "".join(line.split())), (line, got)


def test_a_mark_ending_a_wrapped_line_of_prose_stays_in_its_paragraph():
    # review32 F2: "…报告的问题#" is the middle line of a paragraph (no blank line after it), not a heading standing
    # alone: the sentence was cut into a paragraph, a debris "#" and a paragraph
    raw = "\n".join(["版本说明", "", "本次更新主要改进了安装流程，同时修复了若干已知问题，", "其中包括在上一个版本中由社区用户报告的问题#",
                     "1203和问题#1198，建议所有用户尽快升级到新版本。", ""])
    got = squashed_units(raw)
    assert ("debris", "#") not in got, got
    assert got[1] == ("paragraph", "本次更新主要改进了安装流程，同时修复了若干已知问题，其中包括在上一个版本中由社区用户报告的问题#"
                                   "1203和问题#1198，建议所有用户尽快升级到新版本。"), got


def test_a_list_of_items_ending_in_a_mark_stays_a_menu():
    # review32 F5: "* 緣起#" … are list items (a menu), not headings; the cut line lost its ``item`` and the last became
    # a heading with a debris "#"
    got = squashed_units("\n".join([PARA1, "", "* 緣起#", "* 後記#", "* 附錄#", ""]))
    assert got[1:] == [("debris", "緣起#"), ("debris", "後記#"), ("debris", "附錄#")], got


def test_list_items_under_a_permalinked_heading_stay_headings():
    # review32 F3: the "¶" cut off "支持的平台¶" is a debris line, which made the list under it a related list (debris);
    # the list's place is under the heading
    raw = "\n".join(["快速安装指南", "", PARA1, "", "支持的平台¶", "", "  * Ubuntu 20.04 及以上版本", "  * macOS 12 及以上版本", "",
                     PARA2, ""])
    got = squashed_units(raw)
    assert ("heading", "支持的平台") in got and ("debris", "¶") in got, got
    assert ("heading", "Ubuntu20.04及以上版本") in got and ("heading", "macOS12及以上版本") in got, got


def test_a_headline_and_one_more_link_is_no_row_of_links():
    # review32 F6: two links alone without a prev/next word are a headline and its category or tool link, the title
    for line in ("   [12]求助 [13]电脑开机后黑屏怎么办", "   [15]舊區重建諮詢展開 [16]分享", "   [15]街坊的故事 [16]留言(3)"):
        got = squashed_units("\n".join([line, "", PARA1, "", PARA2, ""]))
        assert got[0] == ("title", "".join(line.split())), (line, got)
