"""The text route on extracts of printed documents (session 20, fixp20): small made-up extracts, one rule each."""

from segment_samples import PRINT_MORE as MORE
from segment_samples import PRINT_TEXT as TEXT
from segment_samples import squashed_units as units


def _wrap(text, width=24):
    return [text[i:i + width] for i in range(0, len(text), width)]


def test_another_columns_text_after_a_full_line_and_one_space_starts_a_unit():
    # pdftotext (default mode and -layout) prints the column to the right right after a column's full line, one space
    # between, where the line ends in a clause or sentence mark: "…如今也成为假日的冲浪圣地。 山里娃的科学课" (dev15 digest
    # page), "…致以最诚挚的问候， 消失。体长可达32…" (dev15 insurance leaflet), "…鱼戏江湖篇》， 更名为…" (dev13
    # newsletter); the text before the space is as wide as the column's other lines, the whole line wider than all
    # (another column's line of prose, not only a short heading, which columns.spaced_order already set apart)
    first = TEXT[:96]  # four full lines of 24, the last ending in "。"
    lines = _wrap(first)
    lines[-1] += " 山地气候温和，雨量充沛，物产"
    raw = "\n".join([*lines, *_wrap(TEXT[96:]), "", *_wrap(MORE)]) + "\n"
    got = units(raw)
    assert any(t == first for _, t in got), got
    assert not any("。山地气候" in t for _, t in got), got


def test_a_space_after_a_stop_inside_a_line_as_wide_as_its_neighbours_cuts_nothing():
    # (wrapped prose that kept a space after a full stop, "…薛禪皇帝。 大蒙古國時期的歷任", dev2: the line is no wider
    # than the lines around it, so nothing follows a full line)
    lines = _wrap(TEXT)
    at = lines[2].index("。") + 1
    lines[2] = lines[2][:at] + " " + lines[2][at:]
    raw = "\n".join([*lines, "", *_wrap(MORE)]) + "\n"
    got = units(raw)
    assert any(t == TEXT for _, t in got), got
