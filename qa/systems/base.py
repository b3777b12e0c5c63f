"""What every QA system offers ``qa.eval``: a name, a version string, and batch prediction."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol, runtime_checkable

from ..items import QAItem

__all__ = ["System", "Progress"]

# ``progress(iterable, total=..., desc=...)`` -> iterable; the CLI passes a tqdm bar, the library a no-op.
Progress = Callable[..., Iterable[Any]]


@runtime_checkable
class System(Protocol):
    name: str
    version: str

    def predict(self, items: Sequence[QAItem], *, progress: Progress | None = None) -> dict[str, str]:
        """``{question id: answer text}`` for every item; "" means "no answer"."""
        ...
