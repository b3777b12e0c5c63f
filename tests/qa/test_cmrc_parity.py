"""Parity with the official CMRC 2018 scorer (v6): every number in ../shared/reference/expected.json.

expected.json holds the unrounded F1/EM/TOTAL/SKIP that ``cmrc2018_evaluate.py`` printed for each
prediction file; our scorer must reproduce each one to 1e-9 (it does so to the last bit).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qa.data import load_items, load_predictions
from qa.metrics import score


def _cases(shared_dir):
    expected = json.loads((shared_dir / "reference" / "expected.json").read_text(encoding="utf-8"))
    for dataset, files in expected.items():
        if dataset.startswith("_"):
            continue
        for pred_file, numbers in files.items():
            yield dataset, pred_file, numbers


SHARED = Path(__file__).resolve().parents[2].parent / "shared"
CASES = list(_cases(SHARED))


def test_every_reference_entry_is_covered():
    # 5 CMRC 2018 dev files + 2 DRCD dev files at the time of writing; a new entry is picked up automatically.
    assert len(CASES) >= 7


@pytest.fixture(scope="module")
def datasets_cache():
    return {}


@pytest.mark.parametrize(("dataset", "pred_file", "numbers"), CASES, ids=[c[1] for c in CASES])
def test_official_numbers(shared, datasets_cache, dataset, pred_file, numbers):
    if dataset not in datasets_cache:
        datasets_cache[dataset] = load_items(shared / "data" / dataset)
    items = datasets_cache[dataset]
    result = score(items, load_predictions(shared / "reference" / pred_file), metric="cmrc")
    assert result.total == numbers["TOTAL"]
    assert result.skipped == numbers["SKIP"]
    assert result.f1 == pytest.approx(numbers["F1"], abs=1e-9)
    assert result.exact_match == pytest.approx(numbers["EM"], abs=1e-9)


def test_missing_predictions_count_as_zero_and_as_skipped(shared):
    """The official loop adds nothing for an unanswered question but keeps it in TOTAL and SKIP."""
    items = load_items(shared / "data" / "cmrc2018" / "cmrc2018_dev.json")
    preds = load_predictions(shared / "reference" / "cmrc2018" / "pred_gold_first.json")
    dropped = [item.id for item in items[::10]]
    for qid in dropped:
        del preds[qid]
    result = score(items, preds)
    assert result.total == len(items)
    assert result.skipped == len(dropped)
    assert result.exact_match == pytest.approx(100.0 * (len(items) - len(dropped)) / len(items), abs=1e-9)
    assert result.f1 == pytest.approx(100.0 * (len(items) - len(dropped)) / len(items), abs=1e-9)


@pytest.mark.parametrize(("dataset", "pred_file", "numbers"), CASES, ids=[c[1] for c in CASES])
def test_evaluate_takes_published_files_as_they_are(shared, dataset, pred_file, numbers):
    """No flag needed: gold answers off their answer_start are counted, and the numbers stay official."""
    from qa.evaluate import evaluate

    report = evaluate(shared / "data" / dataset, predictions=str(shared / "reference" / pred_file), resamples=1)
    assert report.scores.f1 == pytest.approx(numbers["F1"], abs=1e-9)
    assert report.scores.exact_match == pytest.approx(numbers["EM"], abs=1e-9)
    if dataset.endswith("cmrc2018_dev.json"):
        assert report.offset_mismatches == 200
