"""fixj24w: joins in web dumps (text route), one small hand-written input per rule."""

from segment_samples import PARA1, PARA2, squashed_units


def _page(*heads):
    lines = ["舊區散步筆記", ""]
    for head, para in zip(heads, [PARA1, PARA2, PARA1], strict=False):
        lines += [head, "", para, ""]
    return "\n".join(lines)


def test_a_headings_permalink_after_it_on_its_line_is_debris_of_its_own():
    # a docs or blog theme prints its anchor after the heading: w3m "緣起#", lynx "緣起[12]#", html2text's
    # "***** 緣起# *****" (dev16 k16-003); the heading was one unit with the mark (a debris+heading join)
    for heads, marks in ((("緣起#", "後記#"), ("#", "#")), (("緣起[12]#", "後記[15]#"), ("[12]#", "[15]#")),
                         (("***** 緣起# *****", "***** 後記# *****"), ("#", "#"))):
        got = squashed_units(_page(*heads))
        for head, mark in zip(("緣起", "後記"), marks, strict=True):
            at = got.index(("heading", head))
            assert got[at + 1] == ("debris", mark), got


def test_a_floor_number_a_language_and_a_topic_tag_keep_their_mark():
    # a forum's floor "4#" / lynx's "[38]4#", "C#" and a topic tag "#话题#" are no heading's anchor: nothing is cut
    for line in ("4#", "[38]4#", "学习C#", "#北京暴雨#"):
        got = squashed_units(_page(line))
        assert not any(text in ("#", "[38]#") for _, text in got), (line, got)
        assert any(text.endswith("#") and len(text) > 1 for _, text in got), (line, got)
