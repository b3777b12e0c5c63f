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
