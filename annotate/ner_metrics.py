"""Exact-span, exact-type NER scores (pure core: no I/O).

An entity counts as correct only when start, end and label all match a gold entity of the same
example. Numbers equal ``seqeval``'s strict IOB2 mode on the same tags (``mode="strict",
scheme=IOB2``; see tests/annotate/test_ner_metrics.py): micro precision = tp / predicted, recall =
tp / gold, F1 their harmonic mean, and 0.0 wherever a denominator is 0 (seqeval's
``zero_division`` default).

>>> from annotate.spans import Span
>>> r = score(references=[[Span(0, 2, "PER"), Span(3, 5, "LOC")]], predictions=[[Span(0, 2, "PER")]])
>>> r["micro"]["precision"], r["micro"]["recall"], round(r["micro"]["f1"], 4)
(1.0, 0.5, 0.6667)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from .spans import Span, tags_to_spans

__all__ = ["score", "score_tags", "prf"]


def prf(tp: int, predicted: int, support: int) -> dict[str, Any]:
    """Precision, recall and F1 from counts; the one helper ``ner-eval`` and ``agreement`` share.

    ``support`` is the number of gold items (seqeval's and scikit-learn's word); a ratio with a
    zero denominator is 0.0.

    >>> prf(3, 4, 6)
    {'precision': 0.75, 'recall': 0.5, 'f1': 0.6, 'tp': 3, 'predicted': 4, 'support': 6}
    >>> prf(0, 0, 2)["precision"]
    0.0
    """
    precision = tp / predicted if predicted else 0.0
    recall = tp / support if support else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1,
            "tp": tp, "predicted": predicted, "support": support}


def score(*, references: Sequence[Iterable[Span]], predictions: Sequence[Iterable[Span]],
          labels: Iterable[str] | None = None) -> dict[str, Any]:
    """Scores over aligned examples: ``references[i]`` and ``predictions[i]`` describe one text.

    ``labels`` restricts both sides to those labels (micro is then over them only). Returns
    ``{"micro": {precision, recall, f1, tp, predicted, support}, "per_label": {label: {...}}}``;
    ``per_label`` covers every label seen on either side (or every label asked for).
    """
    if len(references) != len(predictions):
        raise ValueError(f"{len(references)} references but {len(predictions)} predictions")
    keep = None if labels is None else set(labels)
    tp: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    for gold, pred in zip(references, predictions, strict=True):
        gold_keys = {s.key for s in gold if keep is None or s.label in keep}
        pred_keys = {s.key for s in pred if keep is None or s.label in keep}
        n_gold.update(k[2] for k in gold_keys)
        n_pred.update(k[2] for k in pred_keys)
        tp.update(k[2] for k in gold_keys & pred_keys)
    names = sorted(keep if keep is not None else set(n_gold) | set(n_pred))
    return {
        "micro": prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values())),
        "per_label": {name: prf(tp[name], n_pred[name], n_gold[name]) for name in names},
    }


def score_tags(*, references: Sequence[Sequence[str]], predictions: Sequence[Sequence[str]],
               scheme: str = "BIO", labels: Iterable[str] | None = None) -> dict[str, Any]:
    """:func:`score` on tag sequences, decoded strictly (orphan ``I-`` tags are not entities)."""
    for i, (gold, pred) in enumerate(zip(references, predictions, strict=True)):
        if len(gold) != len(pred):
            raise ValueError(f"sequence {i}: {len(gold)} gold tags but {len(pred)} predicted")
    return score(
        references=[tags_to_spans(t, scheme, strict=True) for t in references],
        predictions=[tags_to_spans(t, scheme, strict=True) for t in predictions],
        labels=labels,
    )
