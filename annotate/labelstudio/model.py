"""The toolkit-side shape of a Label Studio export: small frozen values, no I/O."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..spans import Span

__all__ = ["QA", "Annotation", "Prediction", "Task", "Repair"]


@dataclass(frozen=True)
class QA:
    """One question; ``answers`` are ``(start, end)`` code-point ranges into the task text.

    ``qa_id`` and ``answer_type`` come from the results' ``meta`` when the export carries them
    (see :mod:`annotate.labelstudio.results`); ``None`` otherwise."""

    question: str
    answers: tuple[tuple[int, int], ...]
    is_impossible: bool = False
    qa_id: str | None = None
    answer_type: str | None = None


@dataclass(frozen=True)
class Annotation:
    id: int | None
    annotator: str | None      # email when the export has it, else the user id as a string
    annotator_id: int | None
    created_at: str | None
    updated_at: str | None
    lead_time: float | None
    ground_truth: bool
    cancelled: bool            # skipped in the labeling UI (was_cancelled)
    parent_prediction: int | None
    model_version: str | None  # of the prediction the annotation started from, when known
    entities: tuple[Span, ...]
    qa: tuple[QA, ...]


@dataclass(frozen=True)
class Prediction:
    id: int | None
    model_version: str | None
    score: float | None
    entities: tuple[Span, ...]


@dataclass(frozen=True, eq=False)
class Task:
    task_id: int | None  # Label Studio's task id (None in a tasks file that was never imported)
    key: Any             # paragraph identity: data["id"], else data["para_id"], else the task id
    text: str
    data: dict[str, Any]
    annotations: tuple[Annotation, ...]
    predictions: tuple[Prediction, ...]
    drafts: int = 0
    prediction_ids_only: bool = False

    @property
    def ref(self) -> Any:
        """How errors and reports name the task: the Label Studio id when there is one."""
        return self.task_id if self.task_id is not None else self.key


@dataclass(frozen=True)
class Repair:
    task: Any
    region: str | None
    old: tuple[int, int]
    new: tuple[int, int]
    text: str
    how: str
