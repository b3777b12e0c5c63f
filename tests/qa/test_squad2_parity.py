"""SQuAD 2.0 parity on a hand-made file with unanswerable items (tests/data/qa/squad2_handmade*.json).

The expected numbers are worked out by hand with the official ``evaluate-v2.0.py`` rules:
normalize = lower-case, drop ASCII punctuation, drop the articles a/an/the, collapse spaces; F1 is a
bag-of-tokens F1; an empty gold list (unanswerable) means the only right answer is "", and a side with
no tokens scores 1 only if both sides have none; gold answers that normalize to "" are discarded.

  q1 gold "The Eiffel Tower"/"Eiffel Tower", pred "Eiffel tower."  -> "eiffel tower" both: EM 1, F1 1
  q2 gold "Paris, France", pred "in Paris": tokens {paris, france} vs {in, paris}, 1 common,
     P = R = 1/2                                                     -> EM 0, F1 0.5
  q3 gold "1889", pred "" (abstained on an answerable question)     -> EM 0, F1 0
  q4 unanswerable, pred ""                                          -> EM 1, F1 1
  q5 unanswerable, pred "Gustave Eiffel"                            -> EM 0, F1 0
  q6 gold "三百米"/"300 metres", pred "300 metres tall": vs "三百米" no common token; vs "300 metres"
     2 common, P = 2/3, R = 1, F1 = 0.8                             -> EM 0, F1 0.8
  q7 gold "an iron lattice tower" -> {iron, lattice, tower}, pred "iron tower": 2 common, P = 1,
     R = 2/3, F1 = 0.8                                              -> EM 0, F1 0.8
  q8 unanswerable, pred "." normalizes to ""                        -> EM 1, F1 1
  q9 gold "The" (normalizes to "", discarded) / "tower", pred "tower" -> EM 1, F1 1
Totals over 9: EM 4/9, F1 6.1/9. HasAns (q1 q2 q3 q6 q7 q9): EM 2/6, F1 4.1/6. NoAns (q4 q5 q8): 2/3, 2/3.
"""

from __future__ import annotations

import pytest

from qa.data import load_items, load_predictions
from qa.metrics import score, squad_f1, squad_normalize

PER_QUESTION = {"q1": (1, 1.0), "q2": (0, 0.5), "q3": (0, 0.0), "q4": (1, 1.0), "q5": (0, 0.0),
                "q6": (0, 0.8), "q7": (0, 0.8), "q8": (1, 1.0), "q9": (1, 1.0)}


@pytest.fixture(scope="module")
def result(data_dir):
    items = load_items(data_dir / "qa" / "squad2_handmade.json")
    return score(items, load_predictions(data_dir / "qa" / "squad2_handmade_pred.json"), metric="squad2")


def test_per_question(result):
    got = {q.id: (q.exact_match, q.f1) for q in result.questions}
    assert got.keys() == PER_QUESTION.keys()
    for qid, (em, f1) in PER_QUESTION.items():
        assert got[qid][0] == em, qid
        assert got[qid][1] == pytest.approx(f1, abs=1e-12), qid


def test_totals_and_has_answer_split(result):
    assert result.total == 9 and result.skipped == 0
    assert result.exact_match == pytest.approx(100 * 4 / 9, abs=1e-9)
    assert result.f1 == pytest.approx(100 * 6.1 / 9, abs=1e-9)
    assert result.subsets["HasAns"]["total"] == 6
    assert result.subsets["HasAns"]["exact_match"] == pytest.approx(100 * 2 / 6, abs=1e-9)
    assert result.subsets["HasAns"]["f1"] == pytest.approx(100 * 4.1 / 6, abs=1e-9)
    assert result.subsets["NoAns"] == pytest.approx({"exact_match": 200 / 3, "f1": 200 / 3, "total": 3})


def test_missing_prediction_scores_zero_and_counts(data_dir):
    items = load_items(data_dir / "qa" / "squad2_handmade.json")
    preds = load_predictions(data_dir / "qa" / "squad2_handmade_pred.json")
    del preds["q4"]  # an unanswerable question: "" would have scored 1, missing scores 0
    result = score(items, preds, metric="squad2")
    assert (result.total, result.skipped) == (9, 1)
    assert result.exact_match == pytest.approx(100 * 3 / 9)
    assert result.subsets["NoAns"]["exact_match"] == pytest.approx(100 / 3)


@pytest.mark.parametrize(("text", "normal"), [
    ("The  Cat!", "cat"), ("an apple, a day", "apple day"), ("theory", "theory"), ("中文，句子。", "中文，句子。"),
])
def test_normalize_is_the_official_one(text, normal):
    assert squad_normalize(text) == normal


def test_chinese_without_spaces_is_one_token():
    # the official SQuAD logic splits on spaces only, so F1 on unsegmented Chinese is all or nothing
    assert squad_f1(["北京大学"], "北京") == 0
