"""Built-in QA systems for ``qa.eval --system NAME`` (all offline) and the Hugging Face model wrapper.

| name | what it does |
|---|---|
| ``overlap`` | picks the context sentence sharing the rarest words with the question (jieba words, idf-weighted), then the span of the type the question asks for (money, percent, date, count, number by rules; person, place, org by jieba's part-of-speech tags); falls back to the best clause |
| ``first-sentence`` | the first sentence of the context (a floor, like the official reference predictions) |
"""

from __future__ import annotations

import importlib
from typing import Any

from annotate.errors import UsageError

from .base import Progress, System

__all__ = ["SYSTEMS", "get_system", "System", "Progress"]

SYSTEMS = {
    "overlap": "qa.systems.overlap:OverlapBaseline",
    "first-sentence": "qa.systems.overlap:FirstSentence",
}


def get_system(name: str, **options: Any) -> System:
    if name not in SYSTEMS:
        raise UsageError(f"unknown system {name!r}", hint=f"choose from {', '.join(sorted(SYSTEMS))}")
    module, _, cls = SYSTEMS[name].partition(":")
    return getattr(importlib.import_module(module), cls)(**options)
