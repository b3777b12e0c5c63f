"""Boundary agreement between a segmentation and a hand-made gold (tests/data/segment_gold/).

Both sides are lists of ``(kind, text)`` units covering the same article. All whitespace is
removed and the unit texts are concatenated; a boundary is the position where one unit ends and
the next begins. Precision, recall and F1 compare the two boundary sets. If the two
concatenations differ (a character kept on one side, dropped on the other), boundaries are
carried across by the longest matching blocks of the two strings; a boundary at the edge of a
stretch where the texts differ (markup that one side dropped) matches a gold boundary anywhere
across that stretch, and one strictly inside text that only the prediction has counts as unmatched.

The score also lists every predicted unit that covers parts of two gold units of different
kinds (a heading glued to its paragraph, a byline glued to prose): the quality bar allows none;
and, as ``joins``, every predicted unit that covers parts of two gold units of any kinds (two
paragraphs run together).

Kinds are scored apart from boundaries (:func:`kind_pairs`): of the predicted units whose text is a gold
unit's (whitespace removed; the i-th such unit with a text to the i-th gold unit with it), the share whose
kind is the gold unit's, with the confusions (a table cell made a ``heading``, a date made ``debris``).
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

__all__ = ["kind_pairs", "score_boundaries", "score_documents", "squash"]

_SPACE = re.compile(r"\s+")
Units = Sequence[tuple[str, str]]


def squash(text: str) -> str:
    return _SPACE.sub("", text)


def _cuts(units: Units) -> list[int]:
    """Cumulative end offsets of the squashed units (the last one is the total length)."""
    ends, pos = [], 0
    for _, text in units:
        pos += len(squash(text))
        ends.append(pos)
    return ends


def _blocks(a: str, b: str) -> list[tuple[int, int, int]]:
    """Matching blocks ``(i, j, n)`` of the two texts (``a[i:i+n] == b[j:j+n]``), in order."""
    if a == b:
        return [(0, 0, len(a)), (len(a), len(b), 0)]
    return [tuple(m) for m in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()]


def _mapper(a: str, b: str, targets: frozenset[int], blocks: list[tuple[int, int, int]]):
    """A function taking a position in ``a`` to the aligned position in ``b`` (or None).

    Inside a matching block the position moves with it. A position at the edge of a stretch
    where the texts differ (markup one side dropped, a character the other side kept) may land
    anywhere across that stretch: it goes to a position in ``targets`` there if there is one,
    else to the edge of the stretch. A position strictly inside text only ``a`` has is None.
    """
    if a == b:
        return lambda p: p
    ordered = sorted(targets)

    def snap(lo: int, hi: int, default: int) -> int:
        k = bisect.bisect_left(ordered, lo)
        return ordered[k] if k < len(ordered) and ordered[k] <= hi else default

    def move(p: int) -> int | None:
        prev_i_end, prev_j_end = 0, 0
        for i, j, n in blocks:
            if i < p < i + n:
                return j + p - i
            if prev_i_end <= p <= i:  # between two blocks (or at the edge of one)
                if p == prev_i_end:  # gold text between the blocks may hold the boundary
                    return snap(prev_j_end, j, prev_j_end)
                return j if p == i else None  # strictly inside text that only ``a`` has: None
            prev_i_end, prev_j_end = i + n, j + n
        return None

    return move


def _cross_kind(pred: Units, gold: Units, pred_ends: list[int], gold_ends: list[int],
                blocks: Sequence[tuple[int, int, int]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Predicted units holding characters of two gold units of different kinds, and those holding
    characters of two gold units of any kinds (joins).

    Only characters the prediction contains count (the matching blocks of the two texts): a
    gold unit whose text the prediction dropped (a rule line, a footer) is not covered by the
    units on either side of it.
    """
    found, joins = [], []
    gold_spans = list(zip([0, *gold_ends[:-1]], gold_ends, [k for k, _ in gold], strict=True))
    gold_starts = [s for s, _, _ in gold_spans]
    start = 0
    for index, ((kind, text), end) in enumerate(zip(pred, pred_ends, strict=True)):
        covered: dict[int, int] = {}  # gold unit index -> characters of it inside this predicted unit
        for i, j, n in blocks:
            lo, hi = max(start, i), min(end, i + n)
            if lo >= hi:
                continue
            lo, hi = j + lo - i, j + hi - i  # the same stretch in gold coordinates
            k = bisect.bisect_right(gold_starts, lo) - 1
            while k < len(gold_spans) and gold_spans[k][0] < hi:
                gs, ge, _ = gold_spans[k]
                covered[k] = covered.get(k, 0) + min(hi, ge) - max(lo, gs)
                k += 1
        start = end
        held = [k for k, n in covered.items() if n >= min(3, gold_spans[k][1] - gold_spans[k][0])]
        kinds = {gold_spans[k][2] for k in held}
        if len(kinds) > 1:
            found.append({"index": index, "kind": kind, "gold_kinds": sorted(kinds), "text": squash(text)[:40]})
        if len(held) > 1:
            joins.append({"index": index, "kind": kind, "gold_units": len(held), "text": squash(text)[:40]})
    return found, joins


def score_boundaries(pred: Units, gold: Units) -> dict[str, Any]:
    """Boundary P/R/F1 of ``pred`` against ``gold`` for one document, and cross-kind joins."""
    pred_ends, gold_ends = _cuts(pred), _cuts(gold)
    a = "".join(squash(t) for _, t in pred)
    b = "".join(squash(t) for _, t in gold)
    blocks = _blocks(a, b)
    move = _mapper(a, b, frozenset(gold_ends[:-1]), blocks)
    predicted = {move(p) for p in pred_ends[:-1]}
    predicted.discard(None)
    unmapped = len(pred_ends[:-1]) - len(predicted)
    reference = set(gold_ends[:-1])
    tp = len(predicted & reference)
    result = _prf(tp, len(predicted) - tp + unmapped, len(reference) - tp)
    result["cross_kind"], result["joins"] = _cross_kind(pred, gold, pred_ends, gold_ends, blocks)
    result["same_text"] = a == b
    return result


def _prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn}


def kind_pairs(pred: Units, gold: Units) -> Counter[tuple[str, str]]:
    """``(gold kind, predicted kind)`` counts over the predicted units whose whitespace-free text is a gold
    unit's: the i-th predicted unit with a text is paired with the i-th gold unit with that text."""
    kinds: dict[str, list[str]] = {}
    for kind, text in reversed(gold):
        kinds.setdefault(squash(text), []).append(kind)
    pairs: Counter[tuple[str, str]] = Counter()
    for kind, text in pred:
        left = kinds.get(squash(text))
        if left:
            pairs[(left.pop(), kind)] += 1
    return pairs


def _kinds(pairs: Counter[tuple[str, str]]) -> dict[str, Any]:
    matched = sum(pairs.values())
    agree = sum(n for (g, p), n in pairs.items() if g == p)
    return {"matched": matched, "agree": agree, "share": agree / matched if matched else 1.0,
            "confusion": [[g, p, n] for (g, p), n in pairs.most_common() if g != p]}


def score_documents(pairs: Iterable[tuple[str, Units, Units]]) -> dict[str, Any]:
    """Micro-averaged score over ``(doc_id, pred, gold)`` triples, with per-document detail, and the
    units' kinds (:func:`kind_pairs`) over all documents."""
    per_doc, kinds = {}, Counter()
    for doc_id, pred, gold in pairs:
        per_doc[doc_id] = score_boundaries(pred, gold)
        kinds.update(kind_pairs(pred, gold))
    total = _prf(*(sum(r[k] for r in per_doc.values()) for k in ("tp", "fp", "fn")))
    total["cross_kind"] = [dict(c, doc_id=d) for d, r in per_doc.items() for c in r["cross_kind"]]
    total["kinds"] = _kinds(kinds)
    total["documents"] = per_doc
    return total
