"""Text-route residuals of the web dumps of batches 15 and 16 (fixw23): one small hand-written dump per rule."""

from segment_samples import PARA1, PARA2, PRINT_MORE, PRINT_TEXT, columns, squashed_units


def test_a_mail_archives_sender_and_address_on_one_line_are_cut():
    # a mail archive's header: the sender's name and the address on one line, the date under it (dev16 k16-000
    # pipermail "王立新 wanglx at example.org", k16-001 hypermail "From: 林怡君 <yijun_at_example.org.tw>"): the address
    # is debris, the name the byline, the date a meta line of its own; before, the three joined (one unit)
    for sender, name, address, date in (
        ("王立新 wanglx at example.org", "王立新", "wanglxatexample.org", "Tue May 14 09:12:33 CST 2024"),
        ("   王立新 [1]wanglx at example.org", "王立新", "[1]wanglxatexample.org", "   Tue May 14 09:12:33 CST 2024"),
        ("From: 林怡君 <yijun_at_example.org.tw>", "From:林怡君", "<yijun_at_example.org.tw>", "Date: Wed, 15 May 2024 10:22:07 +0800"),
    ):
        raw = "\n".join(["[读书会] 五月共读书目", "", sender, date, "", PARA1, "", PARA2]) + "\n"
        got = squashed_units(raw)
        assert ("byline", name) in got and ("debris", address) in got, got
        assert ("meta", date.replace(" ", "")) in got, got


def test_a_mail_archives_address_alone_under_the_name():
    # pipermail's name and address a line each (dev15 w15-009 "陈思远" / "chensy at example.org"): byline and debris
    raw = "\n".join(["[江城读书会] 十一月共读书目", "", "陈思远", "chensy at example.org", "Mon Oct 30 21:14:05 CST 2023", "",
                     PARA1, "", PARA2]) + "\n"
    got = squashed_units(raw)
    assert ("byline", "陈思远") in got and ("debris", "chensyatexample.org") in got, got
    assert ("meta", "MonOct3021:14:05CST2023") in got, got


def test_an_address_in_prose_or_after_a_sentence_stays():
    # an address inside a sentence, or after more than a name, is no sender's line
    # (a mail's date under each: the name guard alone keeps them)
    for line in ("请将意见寄到 wanglx at example.org", "联系我们：service@example.org"):
        raw = "\n".join(["通知", "", PARA1, line, "Tue May 14 09:12:33 CST 2024", "", PARA2]) + "\n"
        got = squashed_units(raw)
        assert not any(k == "byline" for k, _ in got), got
        assert not any(t in ("wanglxatexample.org", "service@example.org") for _, t in got), got
    # a name and an address with no mail's date under them (nothing under them, or a telephone line with a time in
    # it, review24): no mail's header, nothing cut
    for under in ([PARA1], ["Tel 0571-8765 4321 (9:00-17:00)", "Tue May 14 09:12:33 CST 2024"]):
        raw = "\n".join(["通知", "", "王立新 wanglx at example.org", *under, "", PARA2]) + "\n"
        got = squashed_units(raw)
        assert not any(t in ("王立新", "wanglxatexample.org") for _, t in got), got


def test_the_bar_before_a_tool_word_after_a_posters_time_goes_with_the_tool():
    # a forum post's time, a bar, a tool word (dev16 k16-006 Discuz "发表于 2024-4-2 21:15 | 只看该作者"): the bar is cut
    # off with the tool, as it is with a counter (dev6 w6-022 "作者：宋俊｜2024.12.14" / "｜閱讀時間約 4 分鐘"); before,
    # the bar stayed on the credit ("…21:15|")
    for row, tool in (("发表于 2024-4-2 21:15 | 只看该作者", "|只看该作者"), ("发表于 2024-4-2 21:15 ｜ 只看该作者", "｜只看该作者")):
        raw = "\n".join(["小区旁边开了社区食堂，去吃了一个月说说感受", "", "东门老陈", row, "", PARA1, "", PARA2]) + "\n"
        got = squashed_units(raw)
        assert any(t == "发表于2024-4-221:15" for _, t in got), got
        assert ("debris", tool) in got, got


def test_a_sentence_end_before_a_caret_note_mark_ends_the_paragraph():
    # w3m prints a footnote's superscript mark with a caret ("…以数百万美元计。^1", dev15 w15-004; "…泰封国。^[2]", dev16
    # k16-007, dev10 w10-010 wikis): the sentence end before it ends the line's sentence, as before "。[2]" it does;
    # before, the paragraph so ended ran on into the next one, over the blank line between (a wrapped dump)
    for mark in ("^1", "^[2]"):
        lines = columns(PRINT_TEXT, 60)
        lines[-1] += mark
        raw = "\n".join([*lines, "", *columns(PRINT_MORE, 60), "", *columns(PRINT_TEXT, 60)]) + "\n"
        got = squashed_units(raw)
        assert any(t == PRINT_TEXT + mark for _, t in got), [t[-12:] for _, t in got]
