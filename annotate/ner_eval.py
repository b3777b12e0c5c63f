"""``ner-eval`` as a library function: read gold and predictions, align them, score.

Predictions come from a file in any format :mod:`annotate.formats` reads, or from running
pre-label backends over the gold texts (``backend="rules"``, ``"lac+rules"``, ...).

Alignment: when every predicted example's id is a gold id, examples pair by id; otherwise they
pair by position (the counts must then be equal). Either way each pair must have the same text,
else the offsets would mean different things: that is an error naming the record.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from .errors import InputError, UsageError
from .formats import Example, detect_format, read_examples, read_labelstudio_gold
from .labels import LABELS
from .ner_metrics import score

__all__ = ["ner_eval", "align"]


def align(gold: Sequence[Example], pred: Sequence[Example], *, pred_path: str | None = None) -> list[Example]:
    """Predictions reordered to match ``gold`` one to one; a gold text with no prediction gets none."""
    by_id = {ex.id: ex for ex in pred}
    gold_ids = {ex.id for ex in gold}
    if pred and len(by_id) == len(pred) and (set(by_id) <= gold_ids or gold_ids <= set(by_id)):
        paired = [by_id.get(ex.id, Example(ex.id, ex.text, ())) for ex in gold]
    elif len(pred) == len(gold):
        paired = list(pred)
    else:
        raise InputError(
            f"cannot pair {len(pred)} predicted examples with {len(gold)} gold ones", path=pred_path,
            hint="give predictions for the same texts, with the same ids or in the same order")
    for g, p in zip(gold, paired, strict=True):
        if g.text != p.text:
            raise InputError(f"text differs from gold {g.id}: {p.text[:30]!r}… vs {g.text[:30]!r}…",
                             path=pred_path, record=p.id, hint="predictions must be made on the gold texts")
    return paired


def ner_eval(gold: str | Path, pred: str | Path | None = None, *, backend: str | None = None,
             labels: Iterable[str] | None = None, gold_format: str | None = None,
             pred_format: str | None = None, label_scheme: str | None = None, use: str = "auto",
             options: dict[str, Any] | None = None, progress: Callable[..., Any] | None = None) -> dict[str, Any]:
    """Score ``pred`` (a file) or ``backend`` (run on the gold texts) against ``gold``.

    Returns :func:`annotate.ner_metrics.score`'s dict plus the micro ``precision``, ``recall`` and ``f1``
    at the top level, ``examples``, ``gold`` and ``pred`` (what was compared) and ``unannotated_skipped``: a
    Label Studio gold file is scored on its annotated tasks only (as ``agreement`` does), and this many tasks
    without an annotation were left out. Predictions pair with gold by id when every id of the smaller side
    is on the other.
    """
    if (pred is None) == (backend is None):
        raise ValueError("give exactly one of pred= or backend=")
    unannotated = 0
    if (gold_format or detect_format(gold)) == "labelstudio":
        # like `agreement`: only the tasks someone annotated are gold; the rest are not "no entities"
        gold_examples, unannotated = read_labelstudio_gold(gold, label_scheme=label_scheme)
        if not gold_examples:
            raise InputError("no task of the gold export is annotated", path=str(gold),
                             hint="correct some tasks in Label Studio and export again")
    else:
        gold_examples = read_examples(gold, fmt=gold_format, label_scheme=label_scheme)
    if not gold_examples:
        raise InputError("the gold file has no examples: nothing to score", path=str(gold),
                         hint="check the file (and --gold-format)")
    if pred is not None:
        pred_examples = align(gold_examples, read_examples(pred, fmt=pred_format, use=use), pred_path=str(pred))
        described = str(pred)
    else:
        from .prelabel import get_backend

        runner = get_backend(backend, **(options or {}))
        texts = [ex.text for ex in gold_examples]
        spans = _predict_batched(runner, texts, progress)
        pred_examples = [Example(ex.id, ex.text, tuple(s)) for ex, s in zip(gold_examples, spans, strict=True)]
        described = f"backend {runner.model_version}"
    if labels is not None:
        seen = {s.label for ex in (*gold_examples, *pred_examples) for s in ex.spans} | set(LABELS)
        unknown = [label for label in labels if label not in seen]
        if unknown:
            raise UsageError(f"--labels {', '.join(unknown)}: in neither file nor our label set",
                             hint=f"labels in the files: {', '.join(sorted(seen))}")
    result = score(references=[ex.spans for ex in gold_examples],
                   predictions=[ex.spans for ex in pred_examples], labels=labels)
    micro = result["micro"]
    result.update(precision=micro["precision"], recall=micro["recall"], f1=micro["f1"],
                  examples=len(gold_examples), unannotated_skipped=unannotated, gold=str(gold), pred=described)
    return result


def _predict_batched(runner: Any, texts: list[str], progress: Callable[..., Any] | None,
                     batch_size: int = 64) -> list[list[Any]]:
    out: list[list[Any]] = []
    bar = progress(total=len(texts), desc="predict", unit="text") if progress else None
    for i in range(0, len(texts), batch_size):
        out.extend(runner.predict(texts[i:i + batch_size]))
        if bar is not None:
            bar.update(len(texts[i:i + batch_size]))
    if bar is not None:
        bar.close()
    return out
