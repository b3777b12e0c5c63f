"""The labeling-config names an export parser expects, in one place.

Label Studio results are keyed by the *control* name (``from_name``) of the labeling config.
These defaults match the configs ``ls config`` writes (see docs/labelstudio.md); a project built
from another config can be read by passing a different :class:`Layout`.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Layout", "DEFAULT_LAYOUT"]


@dataclass(frozen=True)
class Layout:
    text: str = "text"                  # object tag name and the task data key holding the paragraph
    ner: str = "label"                  # <Labels> control for entities
    answer: str = "answer"              # <Labels> control for QA answer spans
    answer_label: str = "ANSWER"        # the one label value of the answer control
    question: str = "question"          # per-region <TextArea>: the question an answer region answers
    unanswerable: str = "unanswerable"  # free <TextArea>: questions the paragraph cannot answer

    @property
    def controls(self) -> tuple[str, ...]:
        return (self.ner, self.answer, self.question, self.unanswerable)


DEFAULT_LAYOUT = Layout()
