"""fixj24w: joins in web dumps (text route), one small hand-written input per rule."""

from segment_samples import PARA1, PARA2, squashed_units


def test_html2texts_underscore_for_a_space_in_a_link_sets_a_posts_stamp_apart():
    # html2text prints a space inside a link's text as "_": a post's linked time "发布于_2024-04-02_13:15" under the
    # answer's last line (no sentence end, no blank line: dev16 k16-005) was read as one word and joined to the prose,
    # with the toolbar under it; a blog's "码农小周_于_2024-04-05_08:23:23_发布" is the same (dev12 w12-008)
    last = PARA2[:-1].rstrip("。")
    raw = "\n".join(["标题在此", PARA1, last, "发布于_2024-04-02_13:15", "赞同 97 添加评论 分享 收藏 喜欢", PARA1])
    got = squashed_units(raw)
    assert ("paragraph", last) in got, got
    assert ("meta", "发布于2024-04-02_13:15") in got, got
    from annotate.segment import segment_text

    stamp = [u.text for u in segment_text(raw, "doc").units if u.kind == "meta"]
    assert stamp == ["发布于2024-04-02_13:15"], stamp  # (the real text: the date and the time not run together)


def test_an_underscore_in_a_name_or_a_blank_stays():
    from annotate.segment.lines import _link_spaces

    for text in ("snake_case", "Pull_requests_3", "暱稱：______", "a _ b", "_开头", "结尾_", "1_概述", "1.1_背景",
                 "走近心脏_清河市人民政府门户网站", "art_1229_002.html", "腓力五世_(西班牙)"):
        assert _link_spaces(text, 0, len(text)) == [], text
    assert _link_spaces("发布于_2024-04-02_13:15", 0, 21) == [(3, 4)]  # (not the "_" between two figures)
    for text in ("发布于_2024_x", "统计报表_2024_001.xlsx", "编号_2024_001，版本_3", "中_1_2_3"):
        assert _link_spaces(text, 0, len(text)) == [], text  # (no date after the "_": a plain text's marks stay)


def test_a_plain_texts_underscore_between_figures_stays():
    # review29 B1: every text input's lines pass _link_spaces; a "_" between two figures was cut and the figures ran
    # together ("编号_2024_001" gave "编号2024001")
    from annotate.segment import segment_text

    raw = "\n".join(["标题在此", PARA1, "编号_2024_001，版本_3，请核对。", PARA2])
    assert any(u.text == "编号_2024_001，版本_3，请核对。" for u in segment_text(raw, "doc").units)


def test_a_run_of_link_marks_is_no_reference_entry_whose_tail_is_the_next_line():
    # lynx prints a tool bar's links with their numbers: "[12]分享 [13]收藏 [14]打印" opens with a mark shaped like a
    # reference entry's "[2]", and the one-line paragraph under it (a full stop at its end, the text's end or a blank
    # line after it) was joined to it as the entry's last line (join._entry_tail): a debris+paragraph join (dev16
    # k16-006 "[22]回复 [23]支持 (36) [24]反对 (2)" over a reply; dev15 y15-006's share bar over a caption)
    for bar in ("[12]分享 [13]收藏 [14]打印", "[22]回复 [23]支持 (36) [24]反对 (2)"):
        got = squashed_units("\n".join(["舊區散步筆記", PARA1, PARA2, bar, PARA1]))
        assert got[-1] == ("paragraph", PARA1), got
        assert got[-2][1] == bar.replace(" ", ""), got


def test_a_reference_entry_cut_mid_entry_still_takes_its_last_line():
    # one number at the entry's start, "[M]" inside it: the entry goes on onto its short last line (-raw, dev11)
    raw = "\n".join(["参考文献", "[1] 谢艳平. 新闻写作教程[M]. 北京: 中国人民大学出版社，2015:", "12-18.",
                     "[2] 田春兰，萧秀. 企业管理研究[J]. 管理世界，2022，", "（2）：45-91．"])
    got = squashed_units(raw)
    assert any(text.startswith("[1]") and text.endswith("12-18.") for _, text in got), got


def test_a_link_marked_line_over_a_paragraph_in_a_dump_that_does_not_wrap_stays_apart():
    # where the text has no wrap, join.context sets no widths and _entry_tail's "the tail is short" test passed on
    # 0 > 0: lynx's "[15]返回顶部" (one link, one mark) took the next paragraph, a whole line, as its entry's tail
    for row in ("[15]返回顶部", "[18]展开全文"):
        for raw in ("\n".join(["舊區散步筆記", PARA1, row, PARA2]), "\n".join(["舊區散步筆記", PARA1, PARA2, row, PARA1])):
            got = squashed_units(raw)
            assert ("debris", row) in got, got
            assert got[-1][0] == "paragraph" and not got[-1][1].startswith("["), got
