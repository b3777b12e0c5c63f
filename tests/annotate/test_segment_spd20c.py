"""Equivalence of two faster scans with the plain patterns they replace (session 20, seeds ~7 % fewer instructions):
``colblock.FULL_BESIDE`` (the space first, its mark in a look-behind after it) and ``cells.score_rows`` (the score-row
pattern tried only at the starts of lines holding a colon and a digit)."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from annotate.segment import cells, colblock

SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# the plain forms: the mark in a look-behind before the space; every position tried with the line-start anchor
PLAIN_FULL_BESIDE = re.compile(r"(?<=[，。、；：！？」』）》”]) (?=[^\s\x00-\x7f])")

PIECES = ["，", "。", "、", "：", "”", "）", " ", "  ", "\u3000", "\t", "\n", "\r\n", "\f", ":", "：", "1", "2", "10",
          "山东泰山", "上海申花", "江城", "A", "·", "完场", "路", "x", "𠀀", "😀"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


@SETTINGS
@given(TEXTS)
@example("山东泰山 2 : 1 上海申花\n完场")
@example("…冲浪圣地。 山里娃的科学课\n致以问候， 消失。")
def test_full_beside_finds_what_the_look_behind_found(raw):
    assert [m.start() for m in colblock.FULL_BESIDE.finditer(raw)] == \
        [m.start() for m in PLAIN_FULL_BESIDE.finditer(raw)]


@SETTINGS
@given(TEXTS)
@example("山东泰山 2 : 1 上海申花\n  江城猛龙\t2：1　海港飞鱼\r\n时间 10:30")
@example("赛况 1:0 2:1 主队 客队\n队A 3 : 0 队B")
def test_score_rows_are_the_plain_pattern_s_matches(raw):
    plain = {m.start(1): m.span() for m in cells._SCORE_ROW.finditer(raw)}
    assert {k: m.span() for k, m in cells.score_rows(raw).items()} == plain


def test_a_score_row_is_found_and_cut():
    assert list(cells.score_rows("首页\n山东泰山 2 : 1 上海申花\n比赛结束")) == [3]
