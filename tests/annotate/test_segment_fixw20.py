"""Text-route residuals of the web dumps of batches 13 to 15 (fixw20): one small hand-written dump per rule."""

from segment_samples import PARA1, PARA2, columns, squashed_units


def test_a_short_head_under_a_line_well_short_of_the_wide_lines_opens_a_unit():
    # html2text leaves a run of hanzi whole, a paragraph a line: a post's paragraph without a full stop (60 units) is
    # no wrap where the text's wide lines are twice as wide, and the section head under it is a unit of its own
    # (dev15 w15-007 html2text200 "…就能收到新年大礼" / "路线一：环湖绿道"; dev13 w13-004 lynx -list_inline 80, a
    # breadcrumb "…高新二手房>" / "上地西里")
    tail = "让红包飞当你看到这条微博时，幸运已降临到你头上，财神已进了你家门，你离红包近在咫尺。快在本条微博下评论就能收到新年大礼"
    raw = "\n".join(["江城吧 关注：18万", "**** 【攻略】周末江城骑行路线整理 ****", tail, "路线一：环湖绿道",
                     PARA1 + PARA2, "路线二：江滩至老街", PARA2 + PARA1]) + "\n"
    got = squashed_units(raw)
    assert ("paragraph", tail) in got and ("heading", "路线一：环湖绿道") in got, got
    assert ("paragraph", PARA1 + PARA2) in got, got


def test_a_short_unpunctuated_tail_of_a_line_cut_at_the_dumps_width_still_joins():
    # the same shapes where the line above reaches the dump's width: a wrap, its paragraph's last words under it
    # (dev4 w4-002 lynx72 "…岩下保太郎→" / "留繁→伊藤整一→宇垣缠", dev15 v15-000 w3m150 "…我是想" / "切開雲朵的心")
    full = columns((PARA1 + PARA2).replace("。", "，"), 72)[:-1]  # (lines of 36 hanzi or as wide)
    wrapped = [*full, "切开云朵的心"]
    text = "".join(wrapped)
    raw = "\n".join(["关于本馆", "", PARA1, "", *wrapped, "", PARA2]) + "\n"
    got = squashed_units(raw)
    assert ("paragraph", text) in got, got
