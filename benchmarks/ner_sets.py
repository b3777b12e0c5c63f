"""The public NER sets in ``../shared/data`` as ``(text, gold spans)`` pairs mapped to our labels.

A small reader kept beside the benchmarks that use it (the general readers live in annotate's
evaluation module); every set is mapped through ``annotate.labels.MAPPINGS`` and keeps only
PER/LOC/ORG, the labels all of them share.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from annotate.labels import map_label
from annotate.spans import Span, tags_to_spans

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
    rel, fmt, scheme = SETS[name]
    path = root / rel
    raw = _cluener(path) if fmt == "cluener" else _conll(path, "BMES" if fmt == "bmes" else "BIO")
    out = []
    for text, spans in raw:
        mapped = []
        for s in spans:
            label = map_label(s.label, scheme)
            if label in NAMES:
                mapped.append(Span(s.start, s.end, label))
        out.append((text, sorted(mapped)))
    return out


def _conll(path: Path, scheme: str) -> Iterator[tuple[str, list[Span]]]:
    chars: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                if chars:
                    yield "".join(chars), tags_to_spans(tags, scheme)
                chars, tags = [], []
                continue
            if "\t" in line:
                char, tag = line.split("\t")[:2]
            else:
                char, tag = line.rsplit(" ", 1) if line.count(" ") > 1 else line.split(" ")
            chars.append(char[0] if len(char) > 1 and char[1:].isdigit() else char)
            tags.append(tag.strip())
    if chars:
        yield "".join(chars), tags_to_spans(tags, scheme)


def _cluener(path: Path) -> Iterator[tuple[str, list[Span]]]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            spans = []
            for label, ents in (rec.get("label") or {}).items():
                for positions in ents.values():
                    for start, end in positions:
                        spans.append(Span(start, end + 1, label))
            yield rec["text"], spans


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
