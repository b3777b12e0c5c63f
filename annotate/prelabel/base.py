"""The contract every pre-label backend follows.

A backend turns texts into spans. It never reads or writes files and never prints; the
``prelabel`` command wraps backends into Label Studio tasks. Spans carry ``score`` (0..1, the
backend's documented confidence) and ``source`` (the backend name) so the merge policy and the
agreement report can tell them apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from ..spans import Span

__all__ = ["Backend"]


@runtime_checkable
class Backend(Protocol):
    #: short registry name: "rules", "hf", "lac", ...
    name: str
    #: what goes into a prediction's ``model_version`` (e.g. "hf:ckiplab/bert-base-chinese-ner")
    model_version: str

    def predict(self, texts: Sequence[str]) -> list[list[Span]]:
        """One list of spans per text, offsets into that text, each within ``[0, len(text)]``."""
        ...
