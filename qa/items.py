"""The one value type for a benchmark question, shared by loading, metrics, systems and building."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["QAItem", "ANSWER_TYPES"]

# The closed set of answer types (issue 5); "other" is for answers none of the rest fits.
ANSWER_TYPES = ("money", "percent", "count", "date", "number", "person", "org", "place", "phrase", "other")


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
