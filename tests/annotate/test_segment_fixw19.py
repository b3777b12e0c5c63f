"""Text-route residuals of batch 15's web dumps (fixw19): one small hand-written dump per rule."""

import unicodedata

from segment_samples import PARA1, PARA2, columns, squashed_units


def test_a_line_html2text_broke_after_a_hyphen_joins_the_line_under_it():
    # html2text (Python's textwrap) breaks after a hyphen set against its word as at a space, and sets the rest
    # of the paragraph (a run of hanzi with no space, longer than the width) down whole: the line above stops
    # short and looked like a heading (dev15 v15-003 "…大弟子-" / "王紹藩，…", y15-006 "…1998年-" / "2008年間，…",
    # dev2 d2-014 "1945年1月17日維斯瓦河-" / "奧得河攻勢後…")
    for head, rest in (("1945年1月17日维斯瓦河-", "奥得河攻势后红军解放了华沙。" + PARA2),
                       ("网络游戏业在韩国是个发展迅速的产业，1998年-", "2008年间，年均增长率在20%以上。" + PARA2)):
        raw = f"关于本馆\n\n{PARA1}\n\n{head}\n{rest}\n\n{PARA2}\n"
        got = squashed_units(raw)
        assert ("paragraph", head + rest) in got, got
        assert ("paragraph", PARA1) in got and got[-1] == ("paragraph", PARA2), got


def test_a_dash_set_apart_or_a_rule_still_ends_its_line():
    for line in ("首页 -", "---", "- 4 -"):
        raw = f"{PARA1}\n\n{line}\n{PARA2}\n"
        got = squashed_units(raw)
        assert not any(t.startswith("".join(line.split())) and len(t) > 6 for _, t in got), got


def test_a_line_set_in_as_first_lines_are_opens_a_paragraph_after_a_sentence_ending_at_the_measure():
    # w3m at 150 columns, paragraphs' first lines set in four spaces: a paragraph whose last sentence ends exactly
    # at the measure ("…形成了今天的乌孜别克人。" / "    往北，它通过中亚，…", dev15 y15-002) is not run into the next
    hanzi = "".join(c for c in (PARA1 + PARA2) * 3 if unicodedata.east_asian_width(c) in "WF" and c not in "，。：")
    first, full, after = hanzi[30:120] + "。", hanzi[:147] + "。", hanzi[30:130] + "。"
    lines = ["首页清溪要闻乡镇动态民生专题", "清溪县：小山村里的“共富工坊”", "", "【产业兴村】"]
    for text in (first, full, after):
        lines += columns("    " + text, 150)
    assert len(columns("    " + full, 150)[-1]) == 75  # (the sentence ends at the measure)
    got = squashed_units("\n".join([*lines, "编辑：陈思雨　审核：黄建国"]) + "\n")
    assert [t for k, t in got if k == "paragraph"] == [first, full, after], got


def test_two_lines_of_a_wide_dump_exactly_as_wide_give_its_width_so_a_cut_after_a_full_stop_runs_on():
    # lynx at -width 150 cut only two paragraphs, both at 144 characters, one right after a full stop; the dump's
    # other lines are shorter single-line paragraphs: its width was not found, so the full line ending "。" ended
    # its paragraph ("…切沃主场可让平半高水。" / "可以说，…", dev13 w13-006 lynx150; dev14 v14-008 lynx110 at 104)
    hanzi = "".join(c for c in (PARA1 + PARA2) * 8 if unicodedata.east_asian_width(c) in "WF" and c != "。")
    cut_at_stop, rest1 = hanzi[:143] + "。", "可以说，" + hanzi[200:240] + "。"  # (144 characters, then the rest)
    cut_open, rest2 = hanzi[300:444], hanzi[444:480] + "。"
    singles = [hanzi[500 + 150 * i:560 + 170 * i] + "。" for i in range(3)]
    body = [singles[0], cut_at_stop, rest1, singles[1], cut_open, rest2, singles[2]]
    raw = "\n".join(["[1]首页 [2]新闻 [3]体育", "", "曼城主场迎战切沃 赛前分析", "", *("   " + ln for ln in body)]) + "\n"
    got = [t for k, t in squashed_units(raw) if k == "paragraph"]
    assert got == [singles[0], cut_at_stop + rest1, singles[1], cut_open + rest2, singles[2]], got
