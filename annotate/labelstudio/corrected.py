"""Choose the annotation(s) of each task under a policy and build corrected records
(``schemas/corrected.schema.json``).

Policies when a task has several submitted annotations:

- ``latest`` (:data:`DEFAULT_POLICY`): the most recently updated one (``updated_at``, then ``created_at``, then id);
- ``annotator:WHO``: that annotator's latest (``WHO`` = email, or user id as exported);
- ``ground_truth``: the latest annotation marked ground truth, else the latest;
- ``majority``: every entity span (same start, end and label) that more than half of the
  annotations contain; QA pairs are the union (questions by different people are different items).

Skipped (``was_cancelled``) annotations and drafts are never used, only counted and listed.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from typing import Any

from ..errors import UsageError
from ..spans import Span
from .model import QA, Annotation, Task

__all__ = ["Policy", "Chosen", "choose", "to_record", "SCHEMA_VERSION", "DEFAULT_POLICY"]

SCHEMA_VERSION = 1
#: the one default policy: ``ls import``, ``ls to-bio``, ``agreement`` and ``ner-eval`` (through
#: :mod:`annotate.formats`) read the same annotation of a task unless told otherwise
DEFAULT_POLICY = "latest"


@dataclass(frozen=True)
class Policy:
    kind: str                  # latest | annotator | ground_truth | majority
    annotator: str | None = None

    @classmethod
    def parse(cls, text: str) -> Policy:
        if text in ("latest", "majority", "ground_truth"):
            return cls(text)
        if text.startswith("annotator:") and text[len("annotator:"):].strip():
            return cls("annotator", text[len("annotator:"):].strip())
        raise UsageError(f"unknown policy {text!r}",
                         hint="use latest, majority, ground_truth or annotator:EMAIL")

    def __str__(self) -> str:
        return f"annotator:{self.annotator}" if self.kind == "annotator" else self.kind


@dataclass(frozen=True)
class Chosen:
    task: Task
    annotations: tuple[Annotation, ...]   # the ones the result is made of
    entities: tuple[Span, ...]
    qa: tuple[QA, ...]


def _recency(ann: Annotation) -> tuple[str, int]:
    return (ann.updated_at or ann.created_at or "", ann.id if isinstance(ann.id, int) else -1)


def usable(task: Task) -> list[Annotation]:
    return [a for a in task.annotations if not a.cancelled]


def _is(ann: Annotation, who: str) -> bool:
    return who in (ann.annotator, None if ann.annotator_id is None else str(ann.annotator_id))


def choose(task: Task, policy: Policy) -> Chosen | None:
    """The annotation content to use for ``task``, or ``None`` when the policy finds none."""
    pool = usable(task)
    if policy.kind == "annotator":
        pool = [a for a in pool if _is(a, policy.annotator or "")]
    elif policy.kind == "ground_truth":
        pool = [a for a in pool if a.ground_truth] or pool
    if not pool:
        return None
    if policy.kind != "majority" or len(pool) == 1:
        best = max(pool, key=_recency)
        return Chosen(task, (best,), best.entities, best.qa)
    votes = Counter(span for ann in pool for span in set(ann.entities))
    entities = tuple(sorted(span for span, n in votes.items() if 2 * n > len(pool)))
    return Chosen(task, tuple(sorted(pool, key=_recency)), entities, merge_qa(a.qa for a in pool))


def merge_qa(groups: Any) -> tuple[QA, ...]:
    """Union of QA items; the same question text merges its answers (order of first appearance)."""
    answers: dict[tuple[str, bool], list[tuple[int, int]]] = {}
    idents: dict[tuple[str, bool], tuple[str | None, str | None]] = {}
    for items in groups:
        for item in items:
            key = (item.question, item.is_impossible)
            spans = answers.setdefault(key, [])
            spans += [a for a in item.answers if a not in spans]
            if idents.get(key, (None, None)) == (None, None):
                idents[key] = (item.qa_id, item.answer_type)
    return tuple(QA(q, tuple(spans), imp, *idents[(q, imp)]) for (q, imp), spans in answers.items())


def qa_id(key: Any, question: str) -> str:
    """Stable across exports and re-orderings: the paragraph id plus a hash of the question
    (used when the export's result ``meta`` carries no ``qa_id``)."""
    digest = hashlib.sha1(question.encode("utf-8")).hexdigest()[:10]
    return f"{key}-q{digest}"


def _str_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


def _common(values: list[Any]) -> Any:
    return values[0] if values and all(v == values[0] for v in values) else None


def _qa_record(key: Any, item: QA, text: str) -> dict[str, Any]:
    out: dict[str, Any] = {"id": item.qa_id or qa_id(key, item.question), "question": item.question,
                           "answers": [{"text": text[s:e], "answer_start": s} for s, e in item.answers],
                           "is_impossible": item.is_impossible}
    if item.answer_type is not None:
        out["answer_type"] = item.answer_type
    return out


def to_record(chosen: Chosen, policy: Policy) -> dict[str, Any]:
    task, anns = chosen.task, chosen.annotations
    data, text = task.data, task.text
    one = anns[0] if len(anns) == 1 else None
    record: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "task_id": task.task_id,
        "id": task.key if isinstance(task.key, int | str) else str(task.key),
        "doc_id": _str_or_none(data.get("doc_id")),
        "para_id": _str_or_none(data.get("para_id")),
        "text": text,
    }
    for name in ("kind", "doc", "source"):
        if data.get(name) is not None:
            record[name] = data[name]
    record["entities"] = [{"start": s.start, "end": s.end, "label": s.label, "text": text[s.start:s.end]}
                          for s in chosen.entities]
    record["qa"] = [_qa_record(task.key, item, text) for item in chosen.qa]
    record.update({
        "annotator": one.annotator if one else None,
        "annotators": [a.annotator for a in anns],
        "annotation_id": one.id if one else None,
        "annotation_ids": [a.id for a in anns],
        "created_at": one.created_at if one else min((a.created_at for a in anns if a.created_at), default=None),
        "updated_at": one.updated_at if one else max((a.updated_at for a in anns if a.updated_at), default=None),
        "lead_time": one.lead_time if one else None,
        "ground_truth": any(a.ground_truth for a in anns),
        "model_version": _common([a.model_version for a in anns]),
        "parent_prediction": one.parent_prediction if one else None,
        "policy": str(policy),
    })
    return record
