"""What the headline numbers hide: lenient EM, scores by answer type and by difficulty, bootstrap intervals,
error buckets.

Error buckets (one per question, checked in this order):

- ``missing``: no prediction was given for the question;
- ``exact``: strict EM is 1;
- ``numeric_format``: strict EM is 0 but the numeric-aware lenient EM (:mod:`qa.lenient`) is 1 and the
  answers hold a number (a lenient match on quotes or spaces alone is a ``boundary`` error);
- ``boundary``: the prediction overlaps a gold answer but has the wrong extent — one contains the
  other after normalization, or an occurrence of the prediction in the context overlaps a gold span;
- ``wrong_span``: anything else, including an answer to an unanswerable question and an empty
  prediction for an answerable one.

Confidence intervals: a paired percentile bootstrap over questions (the same resample for EM, F1 and
lenient EM), ``resamples`` draws seeded with ``seed``, so a given input always gives the same
interval (numpy's PCG64 generator). Bounds are the nearest-rank 2.5th and 97.5th percentiles of the resampled means.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from .answer_types import infer_answer_type
from .items import QAItem
from .lenient import lenient_em
from .lexical import DIFFICULTIES, difficulty
from .metrics import Scores, cmrc_normalize

__all__ = ["BUCKETS", "Analysis", "analyse", "error_bucket", "bootstrap_ci", "item_type"]

BUCKETS = ("exact", "numeric_format", "boundary", "wrong_span", "missing")
_NUMERAL = re.compile(r"[0-9０-９零〇一二两三四五六七八九十百千万亿%％]")


def item_type(item: QAItem) -> str:
    """The item's own answer type, else the one inferred from its first gold answer."""
    if item.answer_type:
        return item.answer_type
    if not item.has_answer:
        return "unanswerable"
    return infer_answer_type(item.answers[0])


def _overlaps_in_context(item: QAItem, prediction: str) -> bool:
    gold_spans = [(s, s + len(t)) for s, t in zip(item.answer_starts, item.answers, strict=False)
                  if s >= 0 and item.context[s : s + len(t)] == t]
    start = item.context.find(prediction)
    while start >= 0 and gold_spans:
        end = start + len(prediction)
        if any(start < g_end and g_start < end for g_start, g_end in gold_spans):
            return True
        start = item.context.find(prediction, start + 1)
    return False


def error_bucket(item: QAItem, prediction: str | None, exact: float, lenient: int) -> str:
    if prediction is None:
        return "missing"
    if exact:
        return "exact"
    if lenient and _NUMERAL.search(prediction + "".join(item.answers)):
        return "numeric_format"
    pred = cmrc_normalize(prediction).strip()
    if not item.has_answer or not pred:
        return "wrong_span"
    for gold in item.answers:
        norm = cmrc_normalize(gold).strip()
        if norm and (norm in pred or pred in norm):
            return "boundary"
    return "boundary" if _overlaps_in_context(item, prediction) else "wrong_span"


def bootstrap_ci(columns: Sequence[Sequence[float]], *, resamples: int = 1000, seed: int = 0,
                 level: float = 0.95) -> list[tuple[float, float]]:
    """Paired percentile bootstrap of the means (×100) of each column; one (low, high) per column."""
    import numpy as np  # lazily: only the intervals need it

    n = len(columns[0]) if columns else 0
    if n == 0 or resamples <= 0:
        return [(0.0, 0.0) for _ in columns]
    picks = np.random.default_rng(seed).integers(0, n, size=(resamples, n))
    alpha = (1.0 - level) / 2
    lo_rank = max(0, math.floor(alpha * resamples))
    hi_rank = min(resamples - 1, math.ceil((1 - alpha) * resamples) - 1)
    bounds = []
    for col in columns:
        means = np.sort(100.0 * np.asarray(col, dtype=np.float64)[picks].mean(axis=1))
        bounds.append((float(means[lo_rank]), float(means[hi_rank])))
    return bounds


@dataclass(frozen=True)
class QuestionRow:
    id: str
    answer_type: str
    prediction: str | None
    answers: tuple[str, ...]
    exact_match: float
    f1: float
    lenient: int
    bucket: str
    difficulty: str = ""

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"id": self.id, "answer_type": self.answer_type, "prediction": self.prediction,
                                  "answers": list(self.answers), "exact_match": self.exact_match, "f1": self.f1,
                                  "lenient_em": self.lenient, "bucket": self.bucket}
        if self.difficulty:
            out["difficulty"] = self.difficulty
        return out


@dataclass(frozen=True)
class Analysis:
    lenient_em: float
    by_type: dict[str, dict[str, float]]
    buckets: dict[str, int]
    ci: dict[str, object]
    rows: tuple[QuestionRow, ...]
    by_difficulty: dict[str, dict[str, float]] = field(default_factory=dict)


def _means(rows: Sequence[QuestionRow]) -> dict[str, float]:
    n = len(rows)
    return {"total": n,
            "exact_match": 100.0 * sum(r.exact_match for r in rows) / n if n else 0.0,
            "f1": 100.0 * sum(r.f1 for r in rows) / n if n else 0.0,
            "lenient_em": 100.0 * sum(r.lenient for r in rows) / n if n else 0.0}


def analyse(items: Sequence[QAItem], scores: Scores, *, resamples: int = 1000, seed: int = 0,
            level: float = 0.95) -> Analysis:
    """Per-question rows with buckets, lenient EM, by-type and by-difficulty means (:func:`qa.lexical.difficulty`,
    computed from the gold alone) and bootstrap intervals."""
    rows = []
    for item, qs in zip(items, scores.questions, strict=True):
        golds = item.answers if item.has_answer else ()
        lenient = 0 if qs.prediction is None else max(lenient_em(golds, qs.prediction), int(qs.exact_match))
        rows.append(QuestionRow(item.id, item_type(item), qs.prediction, golds, qs.exact_match, qs.f1,
                                lenient, error_bucket(item, qs.prediction, qs.exact_match, lenient),
                                difficulty(item)))
    groups: dict[str, list[QuestionRow]] = {}
    for row in rows:
        groups.setdefault(row.answer_type, []).append(row)
    by_type = {name: _means(groups[name]) for name in sorted(groups)}
    levels: dict[str, list[QuestionRow]] = {}
    for row in rows:
        levels.setdefault(row.difficulty, []).append(row)
    by_difficulty = {name: _means(levels[name]) for name in DIFFICULTIES if name in levels}
    buckets = {name: sum(r.bucket == name for r in rows) for name in BUCKETS}
    cols = [[r.exact_match for r in rows], [r.f1 for r in rows], [r.lenient for r in rows]]
    bounds = bootstrap_ci(cols, resamples=resamples, seed=seed, level=level)
    ci: dict[str, object] = {"level": level, "resamples": resamples, "seed": seed}
    ci.update({name: [lo, hi] for name, (lo, hi) in zip(("exact_match", "f1", "lenient_em"), bounds, strict=True)})
    overall = _means(rows)["lenient_em"]
    return Analysis(overall, by_type, buckets, ci, tuple(rows), by_difficulty)
