"""``agreement``: pre-labels (a tasks file or an export's predictions) against corrections.

Tasks are paired by paragraph identity: ``data["id"]``, else ``data["para_id"]``, else the exact
text (JSON_MIN overwrites ``data["id"]`` with the task id). The gold of a task is the annotation
chosen by the import policy (:mod:`.corrected`). Which prediction is scored for the top-level
numbers, per task: the one named by ``--model-version``; else the one the annotation started from
(``parent_prediction``); else the task's last prediction. ``by_model_version`` scores every
prediction of every task under its own version.
"""

from __future__ import annotations

import os
from typing import Any

from ..errors import InputError
from ..labelstudio.convert import load_mapper
from ..labelstudio.corrected import DEFAULT_POLICY, Policy, choose, usable
from ..labelstudio.export import Export, read_export
from ..labelstudio.layout import DEFAULT_LAYOUT, Layout
from ..labelstudio.model import Annotation, Prediction, Task
from .counts import EDITS, AnnotatorPair, Matching, Tally, pairs_of

__all__ = ["compare", "SCHEMA_VERSION", "EXAMPLES_PER_EDIT"]

#: how many examples of each kind of edit the report keeps (the first ones, in export order)
EXAMPLES_PER_EDIT = 25
SCHEMA_VERSION = 2  # 2: the gold count of a P/R/F1 block is "support" (was "gold"), as in ner-eval
NO_VERSION = "(no model_version)"


class _Index:
    """Finds a gold task's pre-labelled twin: by paragraph id (``data.id`` or ``data.para_id``, one
    namespace, since prelabel writes ``id = para_id``), else by identical text when that is unique."""

    def __init__(self, tasks: list[Task]) -> None:
        self.by_id: dict[str, Task] = {}
        by_text: dict[str, list[Task]] = {}
        for task in tasks:
            for value in self._ids(task):
                self.by_id.setdefault(value, task)
            by_text.setdefault(task.text, []).append(task)
        self.by_text = {text: found[0] for text, found in by_text.items() if len(found) == 1}

    @staticmethod
    def _ids(task: Task) -> list[str]:
        return [str(task.data[n]) for n in ("id", "para_id") if task.data.get(n) not in (None, "")]

    def find(self, task: Task) -> Task | None:
        for value in self._ids(task):
            hit = self.by_id.get(value)
            if hit is not None:
                return hit
        return self.by_text.get(task.text)


def _scored(pred: Task, chosen: tuple[Annotation, ...], version: str | None) -> Prediction | None:
    if not pred.predictions:
        return None
    if version is not None:
        return next((p for p in pred.predictions if p.model_version == version), None)
    parents = {a.model_version for a in chosen if a.model_version}
    for p in pred.predictions:
        if p.model_version in parents:
            return p
    return pred.predictions[-1]


def _annotator_pairs(tasks: list[Task]) -> dict[str, Any]:
    pairs: dict[tuple[str, str], AnnotatorPair] = {}
    several = 0
    for task in tasks:
        latest: dict[str, Annotation] = {}
        for ann in sorted(usable(task), key=lambda a: (a.updated_at or a.created_at or "", a.id or -1)):
            latest[ann.annotator or f"annotation {ann.id}"] = ann
        if len(latest) < 2:
            continue
        several += 1
        for a, b in pairs_of(latest):
            pair = pairs.setdefault((a, b), AnnotatorPair(a, b))
            pair.add(len(task.text), latest[a].entities, latest[b].entities)
    reports = [p.report() for p in pairs.values()]
    tp = sum(p.tp for p in pairs.values())
    total = sum(p.n_a + p.n_b for p in pairs.values())
    return {"tasks": several, "pairs": reports, "micro_f1": (2 * tp / total) if total else 0.0}


def _span(span: Any, text: str) -> dict[str, Any] | None:
    if span is None:
        return None
    return {"start": span.start, "end": span.end, "label": span.label, "text": text[span.start:span.end]}


def _collect_examples(examples: dict[str, list[dict[str, Any]]], task: Task, matching: Matching,
                      context: int = 12) -> None:
    """Keep the first :data:`EXAMPLES_PER_EDIT` edits of each kind, with the text around them, so a
    person can see what annotators changed (not only how often)."""
    for name, found in examples.items():
        for item in getattr(matching, name):
            if len(found) >= EXAMPLES_PER_EDIT:
                break
            pred, gold = (item, None) if name == "deleted" else (None, item) if name == "added" else item
            where = [x for x in (pred, gold) if x is not None]
            start, end = min(x.start for x in where), max(x.end for x in where)
            lo, hi = max(0, start - context), min(len(task.text), end + context)
            found.append({"task": str(task.key if task.key is not None else task.id), "pred": _span(pred, task.text),
                          "gold": _span(gold, task.text), "context": task.text[lo:hi], "context_start": lo})


def _require_predictions(export: Export) -> None:
    if not any(t.predictions for t in export.tasks):
        ids_only = any(t.prediction_ids_only for t in export.tasks)
        raise InputError(
            "no predictions to score" + (": the export lists predictions by id only" if ids_only else ""),
            path=export.path, hint="pass --pred tasks.json (the prelabel output), or pull with full predictions")


def compare(gold: str | os.PathLike[str], pred: str | os.PathLike[str] | None = None, *, policy: str = DEFAULT_POLICY,
            model_version: str | None = None, repair: bool = False, label_map: str | None = None,
            scheme: str | None = None, layout: Layout = DEFAULT_LAYOUT) -> dict[str, Any]:
    """Score the predictions in ``pred`` (default: those inside ``gold``) against ``gold``'s annotations."""
    pol = Policy.parse(policy)
    separate = pred is not None and os.path.abspath(pred) != os.path.abspath(gold)
    gold_export = read_export(gold, layout=layout, repair=repair, mapper=load_mapper(label_map, scheme),
                              predictions=not separate)
    if gold_export.format == "TASKS":
        raise InputError("the gold file has no annotations", path=str(gold),
                         hint="--gold must be a Label Studio export made after correcting")
    pred_export = gold_export
    if separate:
        pred_export = read_export(pred, layout=layout, repair=repair, mapper=load_mapper(label_map, scheme))
    _require_predictions(pred_export)
    index = _Index(pred_export.tasks)
    top, versions = Tally(), {}
    examples: dict[str, list[dict[str, Any]]] = {name: [] for name in EDITS if name != "accepted"}
    missing_task = missing_pred = labeled = changed = 0
    for task in gold_export.tasks:
        chosen = choose(task, pol)
        if chosen is None:
            continue
        labeled += 1
        pred_task = index.find(task)
        if pred_task is None or pred_task.text != task.text:
            changed += pred_task is not None  # same paragraph id, other text: offsets are not comparable
            missing_task += pred_task is None
            continue
        scored = _scored(pred_task, chosen.annotations, model_version)
        if scored is None:
            missing_pred += 1
        else:
            _collect_examples(examples, task, top.add(scored.entities, chosen.entities))
        for p in pred_task.predictions:
            versions.setdefault(p.model_version or NO_VERSION, Tally()).add(p.entities, chosen.entities)
    if labeled and top.tasks == 0:
        raise InputError("no annotated task of the gold export has a matching prediction", path=str(pred or gold),
                         hint="are --pred and --gold the same project? tasks pair by data.id, para_id or text")
    return {
        "schema_version": SCHEMA_VERSION,
        "gold": str(gold), "pred": str(pred or gold), "policy": str(pol), "model_version": model_version,
        **top.report(),
        "tasks": {"gold": len(gold_export.tasks), "annotated": labeled, "scored": top.tasks,
                  "no_pred_task": missing_task, "text_changed": changed, "no_prediction": missing_pred},
        "by_model_version": {v: t.report() for v, t in sorted(versions.items())},
        "annotators": _annotator_pairs(gold_export.tasks),
        "examples": examples,
        "repairs": len(gold_export.repairs) + (len(pred_export.repairs) if pred_export is not gold_export else 0),
    }
