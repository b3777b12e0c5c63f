"""Read a Label Studio export — JSON or JSON_MIN, from the server or downloaded by hand — into
checked tasks with entities and QA pairs (the pure model :mod:`annotate.labelstudio.model`).

Readers of third-party files are tolerant about shape and strict about meaning: unknown keys are
ignored, but every region is checked against its task text (:mod:`.regions`), every label must
be ours or mapped, and anything not used (skipped annotations, drafts, other controls) is counted
in :class:`Export` so the summary can report it.

JSON (``[{"id", "data", "annotations": [{"result": [...], "completed_by", "was_cancelled", ...}],
"predictions": [...], "drafts": [...]}]``) keeps everything. JSON_MIN flattens one record per
submitted annotation (``{**data, "id": task id, "label": [regions], "annotator", ...}``): skipped
annotations are already gone, the task's own ``data["id"]`` is overwritten by the task id (so the
paragraph identity falls back to ``para_id``), and per-region questions lose their region link.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..errors import InputError
from ..io import read_json
from ..labels import LABELS, MAPPINGS, lookup
from .layout import DEFAULT_LAYOUT, Layout
from .model import Annotation, Prediction, Repair, Task
from .results import ResultParser

__all__ = ["Export", "LabelMapper", "read_export", "parse_export", "detect_format"]

_MIN_META = ("id", "annotator", "annotation_id", "created_at", "updated_at", "lead_time", "agreement",
             "history", "was_cancelled")


class LabelMapper:
    """Our label for a region label: identity for ours, else ``--label-map`` then ``--scheme``;
    ``raw=True`` keeps every label as it is (for readers that map labels themselves)."""

    def __init__(self, label_map: Mapping[str, str | None] | None = None, scheme: str | None = None, *,
                 raw: bool = False) -> None:
        self.raw = raw
        self.table: dict[str, str | None] = {lab: lab for lab in LABELS}
        if scheme:
            if scheme not in MAPPINGS:
                raise InputError(f"unknown label scheme {scheme!r}",
                                 hint=f"choose one of {', '.join(sorted(MAPPINGS))}")
            self.table.update(MAPPINGS[scheme])
        for theirs, ours in (label_map or {}).items():
            if ours is not None and ours not in LABELS:
                raise InputError(f"--label-map maps {theirs!r} to {ours!r}, which is not one of our labels",
                                 hint=f"targets must be one of {', '.join(LABELS)} or null (drop)")
            self.table[theirs] = ours
        self.unknown: Counter[str] = Counter()
        self.dropped: Counter[str] = Counter()

    def __call__(self, label: str) -> str | None:
        if self.raw:
            return label
        known, ours = lookup(self.table, label)
        if not known:
            self.unknown[label] += 1
            return None
        if ours is None:
            self.dropped[label] += 1
        return ours


@dataclass
class Export:
    path: str
    format: str  # "JSON" | "JSON_MIN" | "TASKS" (no annotations anywhere, e.g. prelabel output)
    tasks: list[Task]
    repairs: list[Repair] = field(default_factory=list)
    dropped_labels: dict[str, int] = field(default_factory=dict)
    ignored_controls: dict[str, int] = field(default_factory=dict)
    incomplete_qa: list[dict[str, Any]] = field(default_factory=list)


def detect_format(items: list[Any]) -> str:
    first = items[0]
    if not isinstance(first, dict):
        raise ValueError("each task must be a JSON object")
    if "data" in first:
        has_ann = any(isinstance(t, dict) and (t.get("annotations") or t.get("completions")) for t in items)
        return "JSON" if has_ann or any(isinstance(t, dict) and "annotations" in t for t in items) else "TASKS"
    return "JSON_MIN"


def read_export(path: str | os.PathLike[str], **options: Any) -> Export:
    """Load and check ``path`` (options: :func:`parse_export`'s): a JSON export, or tasks as `prelabel` writes
    them (a JSON array, a ``.jsonl`` file or a shard folder, read through :mod:`.taskfiles`)."""
    return parse_export(load_raw(path), path=str(path), **options)


def load_raw(path: str | os.PathLike[str]) -> Any:
    """The parsed JSON of an export or tasks file; a ``.jsonl`` file or a shard folder becomes the list of its tasks."""
    if os.path.isdir(path) or str(path).endswith(".jsonl"):
        from .taskfiles import read_tasks

        return [task for _, _, _, task in read_tasks(path)]
    return read_json(path)


def parse_export(raw: Any, *, path: str = "<export>", layout: Layout = DEFAULT_LAYOUT,
                 repair: bool | Collection[str] = False, mapper: LabelMapper | None = None,
                 predictions: bool = True, annotations: bool = True, other_controls: str = "error") -> Export:
    """Check a loaded export; every problem is an :class:`InputError` naming the file and task.

    ``repair``: ``True`` re-locates bad regions by every way in :data:`.regions.REPAIRS`, a
    collection of names by those only. ``predictions=False`` keeps only each prediction's id and
    model_version (their regions are neither read nor checked: ``ls import`` does not use them);
    ``annotations=False`` skips the annotations likewise. ``other_controls="ignore"`` counts
    ``<Labels>`` controls that are not in ``layout`` instead of refusing them.
    """
    if isinstance(raw, dict) and ("data" in raw or "annotations" in raw):
        raw = [raw]  # one task exported on its own
    if not isinstance(raw, list):
        raise InputError("not a Label Studio export: expected a JSON list of tasks", path=path,
                         hint="export the project as JSON or JSON_MIN")
    if not raw:
        raise InputError("empty export: it contains no tasks", path=path,
                         hint="check the project has tasks (and the export filter), then export again")
    try:
        fmt = detect_format(raw)
    except ValueError as err:
        raise InputError(f"not a Label Studio export: {err}", path=path,
                         hint="export the project as JSON or JSON_MIN") from None
    mapper = mapper or LabelMapper()
    parser = ResultParser(layout=layout, mapper=mapper, repair=repair, path=path, other_controls=other_controls)
    if fmt == "JSON_MIN":
        tasks = _tasks_from_min(raw, parser, layout, path, annotations)
    else:
        tasks = [_task_from_json(item, i, parser, layout, path, predictions, annotations)
                 for i, item in enumerate(raw)]
    parser.finish()
    return Export(path=path, format=fmt, tasks=tasks, repairs=parser.repairs,
                  dropped_labels=dict(mapper.dropped), ignored_controls=dict(parser.ignored),
                  incomplete_qa=parser.incomplete_qa)


def _text_of(data: Any, layout: Layout, path: str, record: Any) -> str:
    if not isinstance(data, dict) or not isinstance(data.get(layout.text), str):
        raise InputError(f"task data has no {layout.text!r} string", path=path, record=record,
                         hint=f"the labeling config must show the paragraph as ${layout.text}")
    return data[layout.text]


def _key(data: dict[str, Any], task_id: Any) -> Any:
    for name in ("id", "para_id"):
        if data.get(name) not in (None, ""):
            return data[name]
    return task_id


def _annotator(value: Any) -> tuple[str | None, int | None]:
    """``completed_by`` is an int user id in current exports, a user dict in older ones."""
    if isinstance(value, dict):
        uid = value.get("id") if isinstance(value.get("id"), int) else None
        email = value.get("email")
        return (email if email else (None if uid is None else str(uid))), uid
    if isinstance(value, bool) or value is None:
        return None, None
    if isinstance(value, int):
        return str(value), value
    return str(value), None


def _predictions(task: dict[str, Any], parser: ResultParser | None, text: str,
                 record: Any) -> tuple[list[Prediction], bool]:
    preds: list[Prediction] = []
    ids_only = False
    for pred in task.get("predictions") or []:
        if isinstance(pred, int):  # the server's default export lists prediction ids only
            ids_only = True
            continue
        if not isinstance(pred, dict):
            continue
        entities = () if parser is None else parser.parse(pred.get("result") or [], text, record,
                                                           who=f"prediction {pred.get('id', '')}".rstrip())[0]
        preds.append(Prediction(id=pred.get("id"), model_version=pred.get("model_version"),
                                score=pred.get("score"), entities=entities))
    return preds, ids_only


def _model_version(ann: dict[str, Any], preds: list[Prediction]) -> str | None:
    parent = ann.get("parent_prediction")
    if parent is not None:
        for pred in preds:
            if pred.id == parent:
                return pred.model_version
    legacy = ann.get("prediction")  # a copy of the prediction the annotation started from, if any
    if isinstance(legacy, dict) and legacy.get("model_version"):
        return str(legacy["model_version"])
    return None


def _task_from_json(task: Any, index: int, parser: ResultParser, layout: Layout, path: str,
                    with_predictions: bool = True, with_annotations: bool = True) -> Task:
    if not isinstance(task, dict):
        raise InputError(f"task #{index} is not a JSON object", path=path, hint="export the project again")
    task_id = task.get("id")
    data = task.get("data")
    record = task_id if task_id is not None else _key(data, f"#{index}") if isinstance(data, dict) else f"#{index}"
    text = _text_of(data, layout, path, record)
    preds, ids_only = _predictions(task, parser if with_predictions else None, text, record)
    annotations = []
    for ann in (task.get("annotations", task.get("completions")) or []) if with_annotations else []:
        if not isinstance(ann, dict):
            continue
        cancelled = bool(ann.get("was_cancelled") or ann.get("skipped"))
        entities, qa = parser.parse(ann.get("result") or [], text, record, who=f"annotation {ann.get('id')}",
                                    check=not cancelled)
        name, uid = _annotator(ann.get("completed_by"))
        annotations.append(Annotation(
            id=ann.get("id"), annotator=name, annotator_id=uid, created_at=ann.get("created_at"),
            updated_at=ann.get("updated_at"), lead_time=ann.get("lead_time"),
            ground_truth=bool(ann.get("ground_truth")), cancelled=cancelled,
            parent_prediction=ann.get("parent_prediction"), model_version=_model_version(ann, preds),
            entities=entities, qa=qa))
    drafts = task.get("drafts") or []
    return Task(task_id=task_id, key=_key(data, task_id), text=text, data=data,
                annotations=tuple(annotations), predictions=tuple(preds),
                drafts=len(drafts) if isinstance(drafts, list) else 0, prediction_ids_only=ids_only)


def _tasks_from_min(items: list[Any], parser: ResultParser, layout: Layout, path: str,
                    with_annotations: bool = True) -> list[Task]:
    grouped: dict[Any, list[dict[str, Any]]] = {}
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            raise InputError(f"record #{index} is not a JSON object", path=path, hint="export the project again")
        grouped.setdefault(item.get("id", f"#{index}"), []).append(item)
    tasks = []
    for task_id, records in grouped.items():
        data = {k: v for k, v in records[0].items() if k not in _MIN_META and not parser.is_control(k, v)}
        text = _text_of(data, layout, path, task_id)
        annotations = []
        for rec in records:
            if not with_annotations or (rec.get("annotation_id") is None
                                        and not any(parser.is_control(k, v) for k, v in rec.items())):
                continue  # not asked for, or a task nobody annotated
            entities, qa = parser.parse_min(rec, text, task_id)
            name, uid = _annotator({"email": rec["annotator"]} if isinstance(rec.get("annotator"), str)
                                   else rec.get("annotator"))
            annotations.append(Annotation(
                id=rec.get("annotation_id"), annotator=name, annotator_id=uid, created_at=rec.get("created_at"),
                updated_at=rec.get("updated_at"), lead_time=rec.get("lead_time"), ground_truth=False,
                cancelled=False, parent_prediction=None, model_version=None, entities=entities, qa=qa))
        tasks.append(Task(task_id=task_id if isinstance(task_id, int) else None, key=_key(data, task_id),
                          text=text, data=data, annotations=tuple(annotations), predictions=(), drafts=0,
                          prediction_ids_only=False))
    return tasks

