"""How good were the pre-labels? Span matching, edit counts and agreement (pure core).

:func:`match_spans` pairs predicted and gold spans of one text one-to-one, in four greedy passes
(docs/agreement.md has the full definition and worked examples):

1. ``accepted``     same start, end and label;
2. ``type``         same start and end, different label;
3. ``boundary``     same label, overlapping, different offsets;
4. ``boundary_type`` overlapping, different label and different offsets.

Passes 3–4 consider every overlapping (prediction, gold) pair still free and take them in order
of overlap length (longest first), then smaller total boundary shift, then position. What is left
over is ``deleted`` (a prediction no gold was matched to) and ``added`` (a gold span no prediction
was matched to). So ``accepted + type + boundary + boundary_type + deleted`` = number of
predictions and ``accepted + type + boundary + boundary_type + added`` = number of gold spans.

Precision, recall and F1 are exact-span, exact-type (a prediction is correct only if accepted):
the same numbers as seqeval's strict mode on the same spans. A ratio with a zero denominator is 0.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..ner_metrics import prf
from ..spans import Span

__all__ = ["EDITS", "Matching", "match_spans", "Tally", "AnnotatorPair", "char_labels", "kappa"]

EDITS: tuple[str, ...] = ("accepted", "boundary", "type", "boundary_type", "deleted", "added")


@dataclass
class Matching:
    accepted: list[tuple[Span, Span]] = field(default_factory=list)
    type: list[tuple[Span, Span]] = field(default_factory=list)
    boundary: list[tuple[Span, Span]] = field(default_factory=list)
    boundary_type: list[tuple[Span, Span]] = field(default_factory=list)
    deleted: list[Span] = field(default_factory=list)
    added: list[Span] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {name: len(getattr(self, name)) for name in EDITS}


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def match_spans(pred: Iterable[Span], gold: Iterable[Span]) -> Matching:
    """One-to-one matching of ``pred`` against ``gold`` (both multisets of spans of one text)."""
    preds, golds = sorted(pred), sorted(gold)
    free_p, free_g = set(range(len(preds))), set(range(len(golds)))
    result = Matching()

    def take(kind: str, test: object, rank: object) -> None:
        pairs = [(i, j) for i in sorted(free_p) for j in sorted(free_g) if test(preds[i], golds[j])]  # type: ignore[operator]
        pairs.sort(key=lambda ij: rank(preds[ij[0]], golds[ij[1]]) + ij)  # type: ignore[operator]
        for i, j in pairs:
            if i in free_p and j in free_g:
                free_p.discard(i)
                free_g.discard(j)
                getattr(result, kind).append((preds[i], golds[j]))

    same_place = lambda p, g: (p.start, p.end) == (g.start, g.end)  # noqa: E731
    no_rank = lambda p, g: ()  # noqa: E731
    by_overlap = lambda p, g: (-_overlap(p, g), abs(p.start - g.start) + abs(p.end - g.end))  # noqa: E731
    take("accepted", lambda p, g: same_place(p, g) and p.label == g.label, no_rank)
    take("type", lambda p, g: same_place(p, g) and p.label != g.label, no_rank)
    take("boundary", lambda p, g: p.label == g.label and _overlap(p, g) > 0 and not same_place(p, g), by_overlap)
    take("boundary_type", lambda p, g: p.label != g.label and _overlap(p, g) > 0 and not same_place(p, g), by_overlap)
    result.deleted = [preds[i] for i in sorted(free_p)]
    result.added = [golds[j] for j in sorted(free_g)]
    return result


@dataclass
class Tally:
    """Counts accumulated over many texts; edits are attributed to the prediction's label
    (``added`` to the gold label)."""

    tasks: int = 0
    predicted: Counter[str] = field(default_factory=Counter)
    gold: Counter[str] = field(default_factory=Counter)
    edits: dict[str, Counter[str]] = field(default_factory=lambda: {name: Counter() for name in EDITS})

    def add(self, pred: Sequence[Span], gold: Sequence[Span]) -> Matching:
        matching = match_spans(pred, gold)
        self.tasks += 1
        self.predicted.update(s.label for s in pred)
        self.gold.update(s.label for s in gold)
        for name in EDITS:
            items = getattr(matching, name)
            self.edits[name].update((x if isinstance(x, Span) else x[0]).label for x in items)
        return matching

    def counts(self) -> dict[str, int]:
        return {name: sum(c.values()) for name, c in self.edits.items()}

    def micro(self) -> dict[str, float | int]:
        return prf(sum(self.edits["accepted"].values()), sum(self.predicted.values()), sum(self.gold.values()))

    def per_label(self) -> dict[str, dict[str, float | int]]:
        labels = sorted(set(self.predicted) | set(self.gold))
        out = {}
        for label in labels:
            row = prf(self.edits["accepted"][label], self.predicted[label], self.gold[label])
            row.update({name: self.edits[name][label] for name in EDITS})
            out[label] = row
        return out

    def report(self) -> dict[str, object]:
        return {"tasks": self.tasks, "micro": self.micro(), "per_label": self.per_label(), "counts": self.counts()}


def char_labels(length: int, spans: Iterable[Span]) -> list[str]:
    """One label per character (``O`` outside entities; where spans overlap the first in order wins)."""
    tags = ["O"] * length
    for span in sorted(spans):
        for i in range(span.start, min(span.end, length)):
            if tags[i] == "O":
                tags[i] = span.label
    return tags


def kappa(pairs: Counter[tuple[str, str]]) -> float:
    """Cohen's kappa from counts of (label by A, label by B) per item."""
    n = sum(pairs.values())
    if not n:
        return 0.0
    observed = sum(c for (a, b), c in pairs.items() if a == b) / n
    by_a, by_b = Counter(), Counter()
    for (a, b), c in pairs.items():
        by_a[a] += c
        by_b[b] += c
    expected = sum(by_a[k] * by_b[k] for k in by_a) / (n * n)
    if expected >= 1.0:
        return 1.0 if observed >= 1.0 else 0.0
    return (observed - expected) / (1 - expected)


@dataclass
class AnnotatorPair:
    """Agreement of annotator ``a`` and ``b`` over the texts both annotated."""

    a: str
    b: str
    tasks: int = 0
    tp: int = 0
    n_a: int = 0
    n_b: int = 0
    chars: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, text_length: int, spans_a: Sequence[Span], spans_b: Sequence[Span]) -> None:
        self.tasks += 1
        self.tp += len(match_spans(spans_b, spans_a).accepted)
        self.n_a += len(spans_a)
        self.n_b += len(spans_b)
        self.chars.update(zip(char_labels(text_length, spans_a), char_labels(text_length, spans_b), strict=True))

    def report(self) -> dict[str, object]:
        scores = prf(self.tp, self.n_b, self.n_a)  # b judged against a; F1 is symmetric
        return {"a": self.a, "b": self.b, "tasks": self.tasks, "spans_a": self.n_a, "spans_b": self.n_b,
                "matched": self.tp, "f1": scores["f1"], "kappa": kappa(self.chars),
                "characters": sum(self.chars.values())}


def pairs_of(names: Iterable[str]) -> list[tuple[str, str]]:
    return list(itertools.combinations(sorted(set(names)), 2))
