"""Review24's findings on session 23's rules (fixrv23): one small hand-written input per finding."""

from segment_samples import PARA1, PARA2, PRINT_MORE, PRINT_TEXT, columns
from segment_samples import squashed_units as units
from test_segment_fixp23 import _HANDOUT


def _double_spaced(lines: list[str]) -> list[str]:
    return [x for line in lines for x in (line, "")][:-1]


def test_a_paragraphs_short_last_line_in_double_spaced_text_is_no_margin_note():
    # pdftotext on wide leading: a blank line after every line (the text's own leading), so a paragraph's short last
    # line sits between a full line ending mid-sentence and the next paragraph's full line, a blank line either side;
    # a labelled note elsewhere in the document made it debris ("…这是最" / "后一句话。"): the gaps around a margin
    # note must be wider than the text's own leading
    p1 = columns(PRINT_TEXT + "这是最后一句话。", 64)
    p2 = columns(PRINT_MORE + "补充几个字。", 64)
    raw = "\n".join(["第一章 金属时代", "", *_double_spaced(p1), "", "", *_double_spaced(p2[:2]), "",
                     "注意：本节内容供参考", "不列入考试范围", "", *_double_spaced(p2[2:]), "", "",
                     *_double_spaced(columns(PRINT_TEXT, 64))]) + "\n"
    got = units(raw)
    assert ("paragraph", PRINT_TEXT + "这是最后一句话。") in got, got
    assert not any(t == "后一句话。" for _, t in got), got


def test_a_heading_after_a_line_ending_on_a_period_is_no_margin_note():
    # a full line ending on a full-width or ASCII period ends its sentence (as join's other rules read it): the short
    # line under it, a blank line either side, is a heading, not a margin note, in a document that has labelled notes
    for stop in (".", "．"):
        body = columns(PRINT_TEXT[:-1] + stop, 64)
        raw = _HANDOUT + "\n" + "\n".join([*body, "", "小镇的变化", "", *columns("据统计，" + PRINT_MORE, 64)]) + "\n"
        got = units(raw)
        assert ("heading", "小镇的变化") in got, got
        assert ("debris", "同之处。") in got, got  # (the handout's notes as before)


def test_a_senders_name_and_address_apart_by_an_ideographic_space_are_cut():
    # a dump that keeps the page's U+3000 between the name and the address: cut as with a space
    raw = "\n".join(["[读书会] 五月共读书目", "", "王立新\u3000wanglx@example.org", "Tue May 14 09:12:33 CST 2024", "",
                     PARA1, "", PARA2]) + "\n"
    got = units(raw)
    assert ("byline", "王立新") in got and ("debris", "wanglx@example.org") in got, got
    assert ("meta", "TueMay1409:12:33CST2024") in got, got


def test_a_directorys_names_and_addresses_over_telephone_lines_stay():
    # review24's directory: name and address over a telephone line with office hours in it (no mail's date)
    raw = "\n".join(["联系我们", "", PARA1, "", "王立新 wanglx@example.org", "Tel 0571-8765 4321 (9:00-17:00)", "",
                     "李晓燕 lixy@example.org", "Tel 0571-8765 4322 (9:00-17:00)", "", PARA2]) + "\n"
    got = units(raw)
    assert not any(k in ("byline", "meta") for k, _ in got), got
    assert not any(t in ("wanglx@example.org", "lixy@example.org") for _, t in got), got


def test_a_slash_before_a_tool_word_after_a_posters_time_goes_with_the_tool():
    # the separators of a furniture run are a bar or a slash (docs/segmentation.md "｜ | /"): the slash went with the
    # credit ("发表于2024-4-2 21:15 /", a heading) where the bar went with the tool
    for sep in ("/", "／"):
        raw = "\n".join(["小区旁边开了社区食堂，去吃了一个月说说感受", "", "东门老陈", f"发表于 2024-4-2 21:15 {sep} 只看该作者",
                         "", PARA1, "", PARA2]) + "\n"
        got = units(raw)
        assert ("meta", "发表于2024-4-221:15") in got, got
        assert ("debris", sep + "只看该作者") in got, got


def test_a_short_line_far_from_the_labelled_notes_is_no_margin_note():
    # a paragraph whose last line fills the measure with no sentence end before a closer ("…（见图1）") and a heading
    # under it, a blank line either side, far down the text from the handout's labelled notes: a heading, not a note
    # (the notes are a page's margin); before, one labelled note anywhere made every such block debris
    body = []
    for _ in range(4):
        body += [*columns(PRINT_TEXT + PRINT_MORE, 64), ""]
    last = columns(PRINT_TEXT, 64)
    last[-1] = last[-1][:-1] + "（见图1）"
    last[-1] += "相关" * ((len(last[0]) - len(last[-1])) // 2)
    raw = _HANDOUT + "\n" + "\n".join([*body, *last, "", "小镇的变化", "", *columns("据统计，" + PRINT_MORE, 64)]) + "\n"
    got = units(raw)
    assert ("heading", "小镇的变化") in got, got
    assert ("debris", "同之处。") in got, got  # (the handout's notes as before)
