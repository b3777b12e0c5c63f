"""Combining pre-label backends: the merge policy.

Backends are listed in **priority order, highest first** (``"rules+lac"``: rules outrank LAC).
For one text, :func:`merge` turns the backends' span lists into one list that has

1. **no duplicates** — spans with the same ``(start, end, label)`` from several backends become
   one span: its ``source`` lists every backend that proposed it (``"rules+lac"``, in priority
   order), its ``score`` is the highest of theirs (agreement never lowers confidence);
2. **no overlaps** — candidates are taken greedily (one pass, linear in the text) in the order
   ``(priority, longer first, higher score first, earlier start, label)`` and a candidate that
   overlaps an accepted span is dropped. So a higher-priority backend always wins a conflict, even
   against a longer span; within one backend the longer span wins (a nested "北京" inside
   "北京大学" goes), then the more confident one.

The output is sorted by ``(start, end, label)``. Overlap-free output is what Label Studio's NER
interface and BIO training data need; nested entities are out of scope by our guidelines
(docs/guidelines.md: the outermost name is the entity).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..spans import Span

__all__ = ["merge", "MergedBackend"]


def merge(span_lists: Sequence[Sequence[Span]], *, sources: Sequence[str] | None = None) -> list[Span]:
    """Merge one text's spans from backends listed highest priority first (see module docstring).

    ``sources`` names each list's backend, used where a span has no ``source`` of its own.
    """
    merged: dict[tuple[int, int, str], tuple[int, Span, list[str]]] = {}
    for rank, spans in enumerate(span_lists):
        default = sources[rank] if sources else None
        for span in spans:
            name = span.source or default
            if span.key not in merged:
                merged[span.key] = (rank, span, [name] if name else [])
                continue
            best_rank, best, names = merged[span.key]
            if name and name not in names:
                names.append(name)
            if span.score is not None and (best.score is None or span.score > best.score):
                best = replace(best, score=span.score)
            merged[span.key] = (best_rank, best, names)

    def order(item: tuple[int, Span, list[str]]) -> tuple[int, int, float, int, str]:
        rank, span, _ = item
        return (rank, -len(span), -(span.score if span.score is not None else 0.0), span.start, span.label)

    # One pass in that order over an occupancy map of the text: a candidate is dropped when any of its
    # characters is taken. Linear in the spans' total length (a pairwise check was quadratic: a
    # 300,000-character paragraph took a minute).
    occupied = bytearray(max((span.end for _, span, _ in merged.values()), default=0))
    taken: list[Span] = []
    for _rank, span, names in sorted(merged.values(), key=order):
        if occupied.find(1, span.start, span.end) != -1:
            continue
        occupied[span.start:span.end] = b"\x01" * (span.end - span.start)
        taken.append(replace(span, source="+".join(names) if names else span.source))
    return sorted(taken)


class MergedBackend:
    """Several backends run on the same texts and merged by :func:`merge` (priority = list order)."""

    def __init__(self, backends: Sequence[object]) -> None:
        if not backends:
            raise ValueError("MergedBackend needs at least one backend")
        self.backends = list(backends)
        self.name = "+".join(b.name for b in self.backends)  # type: ignore[attr-defined]
        self.model_version = "+".join(b.model_version for b in self.backends)  # type: ignore[attr-defined]

    def predict(self, texts: Sequence[str]) -> list[list[Span]]:
        texts = list(texts)
        per_backend = [b.predict(texts) for b in self.backends]  # type: ignore[attr-defined]
        names = [b.name for b in self.backends]  # type: ignore[attr-defined]
        return [merge([spans[i] for spans in per_backend], sources=names) for i in range(len(texts))]

    def predict_scored(self, texts: Sequence[str]) -> list[tuple[list[Span], float | None]]:
        """:meth:`predict` with each text's confidence: the lowest that any backend reports (backends
        without one, such as the rules, say nothing either way)."""
        texts = list(texts)
        per_backend, confidence = [], [None] * len(texts)
        for backend in self.backends:
            scored = getattr(backend, "predict_scored", None)
            if scored is None:
                per_backend.append(backend.predict(texts))  # type: ignore[attr-defined]
                continue
            result = scored(texts)
            per_backend.append([spans for spans, _ in result])
            confidence = [c if (o is None or (c is not None and c < o)) else o
                          for o, (_, c) in zip(confidence, result, strict=True)]
        names = [b.name for b in self.backends]  # type: ignore[attr-defined]
        merged = [merge([spans[i] for spans in per_backend], sources=names) for i in range(len(texts))]
        return list(zip(merged, confidence, strict=True))
