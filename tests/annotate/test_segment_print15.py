"""The text route on extracts of printed documents (session 16, fixp8): small made-up extracts, one rule each."""

from segment_samples import PRINT_MORE as MORE
from segment_samples import PRINT_TEXT as TEXT
from segment_samples import squashed_units as units


def _wrap(text, width=28, first=0):
    """``text`` cut at ``width`` characters, its first line ``first`` characters shorter (an indent the extract lost)."""
    lines, start = [], 0
    while start < len(text):
        end = start + width - (first if not lines else 0)
        lines.append(text[start:end])
        start = end
    return lines


def test_a_label_alone_stands_over_a_bullet_item():
    # pdftotext: a notice's label alone on its line, then a bulleted item short enough for a speech under a speaker's
    # label; a list's label stands over its items, as over "1．…" (the bullet is no enumerator)
    raw = "\n".join(["关于召开年度股东大会的通知", *_wrap(TEXT), "会议提示：", "● 本次会议不设分会场", *_wrap(MORE)]) + "\n"
    got = units(raw)
    assert any(t == "会议提示：" for _, t in got), got
    assert not any("提示：●" in t for _, t in got)


def test_a_salutation_stands_over_the_first_line_of_the_letter():
    # pdftotext's default mode: a letter in a narrow measure (28 characters), the salutation alone, the body's first
    # line set in two (the indent lost: 26 characters, shorter than the prose line under a label alone _HEAD_PROSE
    # allows) and cut mid-sentence: the salutation is no label of a speech on that line
    raw = "\n".join(["一　致友人", "明远吾兄：", *_wrap(TEXT, first=2), *_wrap(MORE, first=2), "弟　南山　十月三日"]) + "\n"
    got = units(raw)
    assert any(t == "明远吾兄：" for _, t in got), got[:3]
    assert any(t.startswith(TEXT[:10]) for _, t in got)


def _page(head, body, number):
    return "\n".join([*head, "", *body, "", f"— {number} —"]) + "\n"


def test_a_running_head_printed_as_two_strings_is_a_unit_each_at_a_page_edge():
    # pdftotext's default mode: each page opens with its running head's two strings on lines of their own (the
    # journal left, the issue right); a print extract draws them apart, one furniture unit each (batches 4-15)
    head = ["临江水利研究", "2024年第3期"]
    pages = [_page(head, _wrap(TEXT), 1), _page(head, _wrap(MORE), 2), _page(head, _wrap(TEXT[30:] + MORE[:30]), 3)]
    got = units("\f".join(pages))
    debris = [t for k, t in got if k == "debris"]
    assert debris.count("临江水利研究") == 3 and debris.count("2024年第3期") == 3, debris
    # (without form feeds, a web page's header pieces printed on lines of their own stay one unit)
    flat = units("\n".join(pages).replace("— 1 —", "").replace("— 2 —", "").replace("— 3 —", ""))
    assert not any(t == "临江水利研究" for _, t in flat)


def test_a_running_head_whose_strings_layout_set_far_apart_is_a_unit_a_string():
    # pdftotext -layout: the journal's name flush left and the issue flush right on one line at each page's top
    head = ["临江水利研究" + " " * 24 + "2024年第3期"]
    pages = [_page(head, _wrap(TEXT), 1), _page(head, _wrap(MORE), 2), _page(head, _wrap(TEXT[30:] + MORE[:30]), 3)]
    debris = [t for k, t in units("\f".join(pages)) if k == "debris"]
    assert debris.count("临江水利研究") == 3 and debris.count("2024年第3期") == 3, debris
    # (a heading letter-spaced as wide, one hanzi a piece, stays whole: "前       言")
    spaced = ["前" + " " * 7 + "言", *_wrap(TEXT)]
    got = units("\f".join([_page(head, spaced, 1), _page(head, _wrap(MORE), 2)]))
    assert not any(t in ("前", "言") for _, t in got), got[:4]
