"""Faults a new user's trial found (session 22, fixu22: a Taipei / Hong Kong team's theses, journal articles and news
pages): one small hand-written input per rule."""

from segment_samples import PARA1, PARA2, squashed_units


def test_contents_entries_numbered_with_a_point_are_one_unit_each():
    # "3.1 粵語書寫的歷史……21": the section number's point is no dot leader; each entry stays one debris unit, never
    # glued to the next ("3.1…213.2…27" was one paragraph: a thesis's contents in pdftotext's three modes, newuser22;
    # dev15 p15-007 -layout, an emergency plan's "1.1   编制目的……1")
    entries = ["第三章 文獻回顧……………………21", "3.1 粵語書寫的歷史……………………21", "3.2 香港報章的語體選擇……………………27",
               "第四章 研究方法..........................35", "4.1 研究對象..........................35"]
    raw = "\n".join(["目錄", "", *entries, "", "第三章 文獻回顧", "", PARA1, "", PARA2]) + "\n"
    got = squashed_units(raw)
    for entry in entries:
        assert ("debris", "".join(entry.split())) in got, got
    assert ("paragraph", PARA1) in got, got


def test_a_table_of_contents_own_heading_is_debris_with_its_entries():
    # "目　录" right above the first entry: the contents' heading, debris as its entries are (the corpus's golds: dev6
    # p6-022 "目錄", dev15 p15-007 "目    录", both a heading before; a thesis's "目錄", newuser22); a short heading
    # elsewhere stays a heading
    entries = ["第一章 緒論……………………1", "第二章 研究背景……………………9"]
    raw = "\n".join(["目    錄", "", *entries, "", "第一章 緒論", "", PARA1, "", "研究背景", "", PARA2]) + "\n"
    got = squashed_units(raw)
    assert got[:3] == [("debris", "目錄"), ("debris", "第一章緒論……………………1"), ("debris", "第二章研究背景……………………9")], got
    assert ("heading", "研究背景") in got, got
