from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qa.items import QAItem
from qa.metrics import cmrc_em, cmrc_f1, cmrc_normalize, longest_common_run, score


def _naive_lcs(a, b):
    """The official find_lcs: dynamic programming over all pairs."""
    best = 0
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            if x == y:
                table[i + 1][j + 1] = table[i][j] + 1
                best = max(best, table[i + 1][j + 1])
    return best


TOKENS = st.lists(st.sampled_from(["年", "月", "a", "ab", "abc", "𠀀", "\x00", "\x01", "19", "."]), max_size=14)


@settings(max_examples=500, deadline=None)
@given(TOKENS, TOKENS)
def test_longest_common_run_equals_dynamic_programming(a, b):
    assert longest_common_run(a, b) == _naive_lcs(a, b)


@pytest.mark.parametrize(("gold", "pred", "em"), [
    ("19.3万亿元", "19.3万亿元。", 1),       # the scorer's punctuation is deleted
    ("《红楼梦》", "红楼梦", 1),
    ("A B", "a b", 1),                      # lower-cased; inner space kept
    ("AB", "a b", 0),
    ("…", "", 0),                           # "……" in the list never matches a single character
    ("‘引号", "引号", 0),                    # ‘ is not in the list (’ is)
    ("  北京 ", "北京", 1),                  # ends stripped
])
def test_cmrc_em_rules(gold, pred, em):
    assert cmrc_em([gold], pred) == em


def test_cmrc_f1_uses_a_contiguous_run_not_a_bag():
    # gold 北京大学 (4 tokens), prediction 大学北京 (4): longest common run is 2 -> P = R = F1 = 0.5
    assert cmrc_f1(["北京大学"], "大学北京") == pytest.approx(0.5)
    assert cmrc_f1(["北京大学", "北京"], "北京") == 1.0  # max over gold answers
    assert cmrc_f1(["。"], "。") == 0  # nothing left to compare scores 0, as officially


def test_unanswerable_under_cmrc_scores_an_empty_prediction():
    assert (cmrc_em([], ""), cmrc_f1([], "")) == (1, 1.0)
    assert (cmrc_em([], "。 "), cmrc_f1([], "。")) == (1, 1.0)
    assert (cmrc_em([], "北京"), cmrc_f1([], "北京")) == (0, 0.0)


def test_score_keeps_dataset_order_and_marks_missing():
    items = [QAItem("a", "q", "ctx", ("北京",)), QAItem("b", "q", "ctx", ("上海",))]
    result = score(items, {"b": "上海", "zzz": "x"})
    assert [q.id for q in result.questions] == ["a", "b"]
    assert result.questions[0].prediction is None
    assert (result.exact_match, result.f1, result.total, result.skipped) == (50.0, 50.0, 2, 1)


def test_unknown_metric():
    with pytest.raises(ValueError, match="unknown metric"):
        score([], {}, metric="bleu")


def test_normalize_is_cached_and_pure():
    assert cmrc_normalize("ＡＢ，c") == "ａｂc"  # full-width letters lower-case but are not folded (official)
