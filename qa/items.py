"""The one value type for a benchmark question, shared by loading, metrics, systems and building."""

from __future__ import annotations

from dataclasses import dataclass

# The closed set of answer types (issue 5) lives with the label set so the Label Studio reader and
# the benchmark agree; re-exported here for qa's own modules.
from annotate.labels import ANSWER_TYPES

__all__ = ["QAItem", "ANSWER_TYPES"]


@dataclass(frozen=True)
class QAItem:
    """One question over one context. ``answers`` are gold texts; ``answer_starts`` their offsets
    (code points into ``context``, -1 where the source gives none). An unanswerable question has
    ``is_impossible`` set and no answers."""

    id: str
    question: str
    context: str
    answers: tuple[str, ...] = ()
    answer_starts: tuple[int, ...] = ()
    is_impossible: bool = False
    answer_type: str | None = None
    title: str = ""

    @property
    def has_answer(self) -> bool:
        return bool(self.answers) and not self.is_impossible
