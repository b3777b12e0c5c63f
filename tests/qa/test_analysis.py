from __future__ import annotations

import pytest

from qa.analysis import analyse, bootstrap_ci, error_bucket
from qa.answer_types import find_typed, infer_answer_type
from qa.items import QAItem
from qa.metrics import score

CONTEXT = "2023年，全国GDP达到126万亿元，同比增长5.2%。北京大学位于北京。"
ITEMS = [
    QAItem("money", "q", CONTEXT, ("126万亿元",), (CONTEXT.index("126"),), answer_type="money"),
    QAItem("pct", "q", CONTEXT, ("5.2%",), (CONTEXT.index("5.2"),)),
    QAItem("org", "q", CONTEXT, ("北京大学",), (CONTEXT.index("北京大学"),), answer_type="org"),
    QAItem("date", "q", CONTEXT, ("2023年",), (0,)),
    QAItem("none", "q", CONTEXT, (), (), is_impossible=True),
]
PREDS = {"money": "126万亿", "pct": "5.2%", "org": "北京", "date": "全国GDP"}


@pytest.fixture(scope="module")
def analysis():
    return analyse(ITEMS, score(ITEMS, PREDS), resamples=200, seed=7)


def test_buckets(analysis):
    assert {r.id: r.bucket for r in analysis.rows} == {
        "money": "numeric_format", "pct": "exact", "org": "boundary", "date": "wrong_span", "none": "missing"}
    assert analysis.buckets == {"exact": 1, "numeric_format": 1, "boundary": 1, "wrong_span": 1, "missing": 1}


def test_by_type_uses_given_or_inferred_types(analysis):
    assert set(analysis.by_type) == {"money", "percent", "org", "date", "unanswerable"}
    # F1 tokens: 126/万/亿/元 against 126/万/亿 -> P = 1, R = 3/4
    assert analysis.by_type["money"] == {"total": 1, "exact_match": 0.0, "f1": pytest.approx(100 * 1.5 / 1.75),
                                         "lenient_em": 100.0}
    assert analysis.lenient_em == pytest.approx(40.0)


def test_ci_is_deterministic_and_brackets_the_mean(analysis):
    again = analyse(ITEMS, score(ITEMS, PREDS), resamples=200, seed=7)
    assert again.ci == analysis.ci
    low, high = analysis.ci["exact_match"]
    assert 0.0 <= low <= 20.0 <= high <= 100.0


def test_bootstrap_of_a_constant_is_a_point():
    assert bootstrap_ci([[1.0] * 50], resamples=100) == [(100.0, 100.0)]
    assert bootstrap_ci([[]], resamples=100) == [(0.0, 0.0)]


def test_boundary_found_through_context_overlap():
    item = QAItem("x", "q", "张三在北京大学任教", ("北京大学",), (3,))
    assert error_bucket(item, "在北京", 0, 0) == "boundary"
    assert error_bucket(item, "张三", 0, 0) == "wrong_span"
    assert error_bucket(item, "", 0, 0) == "wrong_span"


@pytest.mark.parametrize(("text", "label", "kind"), [
    ("126万亿元", None, "money"), ("5.2%", None, "percent"), ("百分之五", None, "percent"),
    ("2023年3月5日", None, "date"), ("二〇二三年", None, "date"), ("35个", None, "count"),
    ("3500人", None, "count"), ("8848.86米", None, "number"), ("42", None, "number"),
    ("张三", "PER", "person"), ("北京大学", None, "phrase"),
    ("因为这座城市位于两条河流的交汇处，交通便利", None, "other"),
])
def test_infer_answer_type(text, label, kind):
    assert infer_answer_type(text, label) == kind


def test_find_typed():
    text = "营收达到3.5亿元，增长12%，员工3000人。"
    assert [text[s:e] for s, e in find_typed(text, "money")] == ["3.5亿元"]
    assert [text[s:e] for s, e in find_typed(text, "percent")] == ["12%"]
    assert find_typed(text, "person") == []
