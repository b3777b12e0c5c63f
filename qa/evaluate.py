"""The library function behind ``python -m qa.eval``: load, predict (or read predictions), score, analyse."""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotate.errors import InputError, UsageError

from .analysis import Analysis, analyse
from .data import load_items, load_predictions, offset_mismatches
from .items import QAItem
from .metrics import METRICS, Scores, score
from .systems.base import Progress

__all__ = ["EvalReport", "evaluate", "SCHEMA_VERSION"]

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class EvalReport:
    data: str
    metric: str
    source: dict[str, str]
    items: tuple[QAItem, ...] = field(repr=False)
    scores: Scores = field(repr=False)
    analysis: Analysis = field(repr=False)
    unknown_ids: tuple[str, ...] = ()
    offset_mismatches: int = 0
    seconds: dict[str, float] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """The ``--json`` object: headline numbers first (0–100 scale), then the breakdowns."""
        out: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "exact_match": self.scores.exact_match, "f1": self.scores.f1,
            "total": self.scores.total, "skipped": self.scores.skipped,
            "lenient_em": self.analysis.lenient_em, "metric": self.metric,
            "data": self.data, "source": self.source,
            "ci": self.analysis.ci, "by_type": self.analysis.by_type,
            "by_difficulty": self.analysis.by_difficulty, "buckets": self.analysis.buckets,
            "unknown_ids": list(self.unknown_ids), "offset_mismatches": self.offset_mismatches,
            "seconds": self.seconds,
        }
        out.update(self.scores.subsets)
        return out

    def question_rows(self) -> list[dict[str, Any]]:
        """One record per question for ``--per-question`` (schema ``qa_question``)."""
        return [{"schema_version": SCHEMA_VERSION, **row.as_dict()} for row in self.analysis.rows]


def _predict(items: list[QAItem], *, predictions: str | None, model: str | None, system: str | None,
             model_options: Mapping[str, Any], progress: Progress | None) -> tuple[dict[str, str], dict[str, str]]:
    chosen = [name for name, value in (("--predictions", predictions), ("--model", model), ("--system", system))
              if value]
    if len(chosen) != 1:
        raise UsageError("give exactly one of --predictions FILE, --model CHECKPOINT, --system NAME"
                         + (f" (got {' and '.join(chosen)})" if chosen else ""))
    if predictions:
        return load_predictions(predictions), {"predictions": str(predictions)}
    if model:
        from .systems.hf import HFQuestionAnswering

        runner = HFQuestionAnswering.from_pretrained(model, **model_options)
        return runner.predict(items, progress=progress), {"model": model, "version": runner.version}
    from .systems import get_system

    runner = get_system(str(system))
    return runner.predict(items, progress=progress), {"system": runner.name, "version": runner.version}


def evaluate(data: str | Path, *, predictions: str | None = None, model: str | None = None,
             system: str | None = None, metric: str = "cmrc", split: str | None = None,
             ignore_offsets: bool = False, strict_offsets: bool = False, resamples: int = 1000, seed: int = 0,
             model_options: Mapping[str, Any] | None = None, progress: Progress | None = None) -> EvalReport:
    """Score one system (or a predictions file) on a dataset; see :mod:`qa.metrics` and :mod:`qa.analysis`.

    Gold answers that are not at their ``answer_start`` (the CMRC 2018 dev file as published has 200) are
    counted in ``offset_mismatches`` and scored, since the metrics, like the official scorers, compare
    texts only; with ``strict_offsets`` they raise :class:`InputError` instead. ``ignore_offsets`` is
    kept for old command lines and changes nothing. Raises :class:`InputError` for a bad dataset or
    predictions file.
    """
    del ignore_offsets  # the default now: offsets are counted, not enforced
    if metric not in METRICS:
        raise UsageError(f"unknown metric {metric!r}", hint=f"choose from {', '.join(METRICS)}")
    if resamples < 0:
        raise UsageError(f"--resamples {resamples} is negative", hint="give 0 (no intervals) or more, e.g. 1000")
    clock = time.perf_counter()
    items = load_items(data, split=split)
    bad = offset_mismatches(items)
    if bad and strict_offsets:
        qid, text, start = bad[0]
        raise InputError(
            f"{len(bad)} gold answer(s) are not at their answer_start (first: {text[:30]!r} at {start})",
            path=str(data), record=qid,
            hint="fix the offsets, or drop --strict-offsets to score anyway (scores compare answer texts only)",
        )
    seconds = {"load": time.perf_counter() - clock}
    clock = time.perf_counter()
    preds, source = _predict(items, predictions=predictions, model=model, system=system,
                             model_options=model_options or {}, progress=progress)
    seconds["predict"] = time.perf_counter() - clock
    clock = time.perf_counter()
    known = {item.id for item in items}
    unknown = tuple(sorted(qid for qid in preds if qid not in known))
    if preds and len(unknown) == len(preds):
        raise InputError(f"none of the {len(preds)} predictions is for a question of this dataset "
                         f"(first id: {unknown[0]!r})", path=source.get("predictions", str(data)),
                         hint="check that the predictions belong to the --data file")
    scores = score(items, preds, metric=metric)
    analysis = analyse(items, scores, resamples=resamples, seed=seed)
    seconds["score"] = time.perf_counter() - clock
    return EvalReport(data=str(data), metric=metric, source=source, items=tuple(items), scores=scores,
                      analysis=analysis, unknown_ids=unknown, offset_mismatches=len(bad),
                      seconds={k: round(v, 3) for k, v in seconds.items()})
