"""The public NER sets in ``../shared/data`` as ``(text, gold spans)`` pairs mapped to our labels.

Read with :mod:`annotate.formats` and mapped through ``annotate.labels.MAPPINGS``; only
PER/LOC/ORG are kept, the labels all of them share.
"""

from __future__ import annotations

from pathlib import Path

from annotate.formats import read_examples
from annotate.spans import Span

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
NAMES = ("PER", "LOC", "ORG")

#: name -> (relative path, format, label scheme)
SETS: dict[str, tuple[str, str, str]] = {
    "pd_dev": ("peoples_daily_ner/example.dev", "bio", "peoples_daily"),
    "pd_test": ("peoples_daily_ner/example.test", "bio", "peoples_daily"),
    "msra_test": ("msra_ner/msra_test_bio", "bio", "msra"),
    "cluener_train": ("cluener2020/train.json", "cluener", "cluener"),
    "cluener_dev": ("cluener2020/dev.json", "cluener", "cluener"),
    "weibo_train": ("weibo_ner/weiboNER_2nd_conll.train", "bio", "weibo"),
    "weibo_dev": ("weibo_ner/weiboNER_2nd_conll.dev", "bio", "weibo"),
    "resume_train": ("resume_ner/train.char.bmes", "bmes", "resume"),
    "resume_dev": ("resume_ner/dev.char.bmes", "bmes", "resume"),
}

Example = tuple[str, list[Span]]


def load(name: str, root: Path = SHARED) -> list[Example]:
    """``(text, sorted PER/LOC/ORG spans)`` for every sentence of a set, read by annotate.formats."""
    rel, fmt, scheme = SETS[name]
    examples = read_examples(root / rel, fmt="cluener" if fmt == "cluener" else "conll", label_scheme=scheme)
    return [(ex.text, sorted(Span(s.start, s.end, s.label) for s in ex.spans if s.label in NAMES))
            for ex in examples]


def prf(gold: list[list[Span]], pred: list[list[Span]], labels=NAMES) -> dict[str, float]:
    """Exact-span, exact-type micro precision/recall/F1 (seqeval strict on the same spans)."""
    tp = n_gold = n_pred = 0
    for g, p in zip(gold, pred, strict=True):
        gk = {s.key for s in g if s.label in labels}
        pk = {s.key for s in p if s.label in labels}
        tp += len(gk & pk)
        n_gold += len(gk)
        n_pred += len(pk)
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "gold": n_gold, "pred": n_pred, "tp": tp}
