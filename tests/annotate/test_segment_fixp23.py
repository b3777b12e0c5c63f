"""The text route on extracts of printed documents (session 23, fixp23): small made-up extracts, one rule each."""

from segment_samples import squashed_units as units

# A handout as pdftotext's default mode prints it: the body's lines fill the measure, and the margin notes set beside
# them come between two of a paragraph's lines, a blank line before and after each; a note may hold a digit, and
# the rest of one may come apart from its first lines (dev16 q16-005; dev9 p9-006's textbook, whose notes notes.py
# also finds, the same cut).
_HANDOUT = """第三课

【课文研读】
江南的小镇多半临水而建，镇上的人家沿着河道排开，清晨的石板路上
常常可以看见挑着担子的人，他们把新鲜的蔬菜和鱼虾送到镇上的集市，

批注：（1）作者在这里
写到了两种不同的生活
方式，请比较它们的异

而集市一直要热闹到中午才慢慢散去，于是整个小镇又恢复了原来的

同之处。

安静。傍晚时分，河边的茶馆里坐满了歇脚的老人，他们一边喝茶一边
谈论着今年的收成，孩子们在桥头追逐嬉戏，直到天色完全暗下来。
从前镇上只有一所小学，学生们每天都要走很远的路才能到达学校，后
来政府在河的对岸又建起了一所中学，孩子们上学就方便多了。如今小

想一想：你的家乡有哪
些变化？请举例说明。

镇的面貌焕然一新，许多年轻人离开家乡到城市里打工，也有一
些人在外面学到了本领以后又回到镇上，开起了自己的小店和工厂。
"""


def test_a_margin_note_between_two_lines_of_a_paragraph_is_debris_of_its_own():
    got = units(_HANDOUT)
    texts = [t for _, t in got]
    assert ("debris", "批注：（1）作者在这里写到了两种不同的生活方式，请比较它们的异") in got, got
    assert ("debris", "同之处。") in got, got
    assert ("debris", "想一想：你的家乡有哪些变化？请举例说明。") in got, got
    # the paragraph is cut where the note came between (the gold's convention), never glued to it
    assert "江南的小镇多半临水而建，镇上的人家沿着河道排开，清晨的石板路上常常可以看见挑着担子的人，他们把新鲜的蔬菜和鱼虾送到镇上的集市，" in texts, got
    assert "而集市一直要热闹到中午才慢慢散去，于是整个小镇又恢复了原来的" in texts, got
    assert not any("批注" in t and "集市" in t for t in texts), got


def test_short_lines_apart_are_no_notes_where_none_opens_with_a_label():
    # (a patent's paragraph ended on a short line and the next paragraph's number under it, a blank line either side:
    # no note opens with a label there, so the short lines stay with the paragraph, dev9 p9-010)
    raw = _HANDOUT.replace("批注：", "批注").replace("想一想：", "想一想")
    got = units(raw)
    assert not any(kind == "debris" and "同之处" in t for kind, t in got), got


# A journal article's head as pdftotext -raw prints it: the title, the authors each with an affiliation's number and
# a full-width asterisk for the corresponding author, the affiliations, the abstract (dev16 q16-008; the names with
# ASCII marks, "陈晓燕1，赵雅琴2", dev6 p6-006 and dev11 p11-008, were bylines already; join's _MARKED_NAMES took the
# full-width asterisk, rules.AUTHOR_MARKED did not).
_ARTICLE = """偏鄉小學閱讀推動之研究：以三所學校為例
林佩君1＊ 黃建華2
1 寧川大學教育學系副教授 2 寧川縣立東山國民小學教師
摘要
本研究以三所偏鄉小學為對象，透過訪談與觀察，探討學校推動閱讀的方式與困難，並提出改進的建議，以供
教育主管機關與學校參考。研究發現，教師的投入與社區的支持是閱讀推動能否持續的關鍵因素。
"""


def test_authors_marked_with_a_full_width_asterisk_are_a_byline_under_the_title():
    got = units(_ARTICLE)
    assert got[0] == ("title", "偏鄉小學閱讀推動之研究：以三所學校為例"), got
    assert got[1] == ("byline", "林佩君1＊黃建華2"), got
