"""Rebuild ``annotate/prelabel/data/`` (the LAC corrector) from ``../shared/data``.

    PYTHONPATH=. python benchmarks/build_lac_fix.py            # train on People's Daily dev, write data
    PYTHONPATH=. python benchmarks/build_lac_fix.py --cv 5     # 5-fold CV on PD dev, writes nothing

Training data: People's Daily dev (the development split; the PD and MSRA *test* sets are never
read here). Gazetteer: PER/LOC/ORG names of the CLUENER, Weibo and Resume *train* splits plus the
training names themselves (jackknifed in training); place abbreviations: characters the training data
tags as a one-character LOC at least twice. Deterministic (seeded): a rebuild gives the same files.
LAC's analyses are cached under ``build/lac_cache/`` (delete it to recompute).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

from annotate.prelabel.lac import LacAnalyzer, Word
from annotate.prelabel.lac_fix import DATA_DIR, TAGS, Gazetteer, features, viterbi
from annotate.spans import Span, spans_to_tags, tags_to_spans
from benchmarks.ner_sets import load, prf

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "build" / "lac_cache"
TRAIN_SETS = ("pd_dev",)
GAZ_SETS = ("cluener_train", "weibo_train", "resume_train")
FORBIDDEN = {"pd_test", "msra_test"}
ABBREV = True
SELF_GAZ = True
TAG_ID = {t: i for i, t in enumerate(TAGS)}


def analysed(name: str) -> list[tuple[str, list[Span], list[Word]]]:
    """(text, gold, LAC words) for a set, LAC's output cached on disk."""
    data = load(name)
    path = CACHE / f"{name}.jsonl"
    if path.exists():
        cached = [json.loads(line) for line in path.open(encoding="utf-8")]
        if [c["text"] for c in cached] == [t for t, _ in data]:
            return [(t, g, [Word(*w) for w in c["words"]]) for (t, g), c in zip(data, cached, strict=True)]
    words = LacAnalyzer().analyze([t for t, _ in data])
    CACHE.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for (t, _), ws in zip(data, words, strict=True):
            fh.write(json.dumps({"text": t, "words": [[w.start, w.end, w.tag] for w in ws]}, ensure_ascii=False) + "\n")
    return [(t, g, ws) for (t, g), ws in zip(data, words, strict=True)]


def count_names(pairs, min_len: int = 2) -> dict[str, Counter]:
    """Surface -> label counts of the gold names in ``(text, gold, ...)`` tuples."""
    counts: dict[str, Counter] = {}
    for text, gold, *_ in pairs:
        for s in gold:
            surface = text[s.start:s.end]
            if len(surface) >= min_len:
                counts.setdefault(surface, Counter())[s.label] += 1
    return counts


def base_counts(names=GAZ_SETS) -> dict[str, Counter]:
    return count_names(e for name in names for e in load(name))


def make_gazetteer(base: dict[str, Counter] | None, examples) -> Gazetteer | None:
    """Majority label per surface over ``base`` plus the training examples' own names (if SELF_GAZ);
    ambiguous surfaces (no majority) are dropped. Abbreviations come from the training examples."""
    if base is None:
        return None
    counts = {k: Counter(v) for k, v in base.items()}
    if SELF_GAZ:
        for surface, c in count_names(examples).items():
            counts.setdefault(surface, Counter()).update(c)
    entries = {}
    for surface, c in counts.items():
        (label, n), = c.most_common(1)
        if n * 2 > sum(c.values()):
            entries[surface] = label
    return Gazetteer(entries, max(map(len, entries), default=0),
                     abbreviations(examples) if ABBREV else frozenset())


class Perceptron:
    """Structured averaged perceptron over TAGS with first-order transitions."""

    def __init__(self, n_features: int) -> None:
        n = len(TAGS)
        self.w = np.zeros((n_features, n), np.float64)
        self.u = np.zeros_like(self.w)
        self.t = np.zeros((n + 1, n), np.float64)
        self.tu = np.zeros_like(self.t)
        self.c = 1

    def emissions(self, flat, bounds, w):
        return np.add.reduceat(w[flat], bounds, axis=0)

    def update(self, flat, bounds, gold, pred):
        n = len(TAGS)
        for i, (g, p) in enumerate(zip(gold, pred, strict=True)):
            pg = gold[i - 1] if i else n
            pp = pred[i - 1] if i else n
            if g != p or pg != pp:
                self.t[pg, g] += 1
                self.tu[pg, g] += self.c
                self.t[pp, p] -= 1
                self.tu[pp, p] -= self.c
            if g != p:
                ids = flat[bounds[i]:bounds[i + 1] if i + 1 < len(bounds) else len(flat)]
                self.w[ids, g] += 1
                self.u[ids, g] += self.c
                self.w[ids, p] -= 1
                self.u[ids, p] -= self.c

    def averaged(self):
        return self.w - self.u / self.c, self.t - self.tu / self.c


def encode(examples, gaz, index, grow: bool):
    out = []
    for text, gold, words in examples:
        if not text:
            continue
        feats = features(text, words, gaz)
        flat, bounds = [], []
        for fs in feats:
            bounds.append(len(flat))
            for f in fs:
                k = index.get(f)
                if k is None and grow:
                    k = index[f] = len(index)
                if k is not None:
                    flat.append(k)
        y = [TAG_ID[t] for t in spans_to_tags(gold, len(text), "BIO")]
        out.append((np.array(flat, np.int64), np.array(bounds, np.int64), y))
    return out


def abbreviations(examples, min_count: int = 2) -> frozenset[str]:
    """Characters tagged as a one-character LOC at least ``min_count`` times."""
    c = Counter(text[s.start] for text, gold, _ in examples for s in gold if s.label == "LOC" and len(s) == 1)
    return frozenset(ch for ch, n in c.items() if n >= min_count)


MIN_COUNT = 1


def train(examples, base, epochs: int = 12, seed: int = 0, parts: int = 5):
    """Train on ``examples``; returns (index, weights, transitions, gazetteer for inference).

    The gazetteer holds the training names themselves, so training features are computed
    jackknife-style: each of ``parts`` contiguous parts sees a gazetteer built without it (as
    unseen text will), and only inference uses the gazetteer of all examples.
    """
    index: dict[str, int] = {}
    data = []
    for k in range(parts):
        part = [e for i, e in enumerate(examples) if i * parts // len(examples) == k]
        rest = [e for i, e in enumerate(examples) if i * parts // len(examples) != k]
        data += encode(part, make_gazetteer(base, rest if SELF_GAZ else examples), index, grow=True)
    model = Perceptron(len(index))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(data)
        for flat, bounds, y in data:
            pred = viterbi(model.emissions(flat, bounds, model.w), model.t)
            if pred != y:
                model.update(flat, bounds, y, pred)
            model.c += 1
    w, t = model.averaged()
    return index, w, t, make_gazetteer(base, examples)


def predict(examples, gaz, index, w, t) -> list[list[Span]]:
    out = []
    for text, _, words in examples:
        if not text:
            out.append([])
            continue
        (flat, bounds, _), = encode([(text, [], words)], gaz, index, grow=False)
        em = np.add.reduceat(w[flat], bounds, axis=0) if len(flat) else np.zeros((len(text), len(TAGS)))
        out.append(tags_to_spans([TAGS[k] for k in viterbi(em, t)], "BIO"))
    return out


def raw_spans(examples) -> list[list[Span]]:
    return [[Span(w.start, w.end, w.tag) for w in ws if w.tag in ("PER", "LOC", "ORG")] for _, _, ws in examples]


def prune(index, w, min_weight: float):
    """Keep features whose largest |weight| reaches ``min_weight`` (and that carry any weight)."""
    keep = np.abs(w).max(axis=1)
    keep = (keep > 0) & (keep >= min_weight)
    names = sorted((k for k, i in index.items() if keep[i]), key=index.__getitem__)
    rows = np.array([index[k] for k in names], np.int64)
    return {k: j for j, k in enumerate(names)}, w[rows]


def save(index, w, t, gaz, out: Path, *, min_weight: float) -> None:
    """Weights as int16 after scaling so that the largest one is 32000 (rounding error < 1e-4 of it)."""
    index, w = prune(index, w, min_weight)
    scale = 32000.0 / max(np.abs(w).max(), np.abs(t).max())
    out.mkdir(parents=True, exist_ok=True)
    names = sorted(index, key=index.__getitem__)
    np.savez_compressed(out / "lac_fix.npz", features=np.array(names), scale=np.float64(scale),
                        weights=np.round(w * scale).astype(np.int16),
                        transitions=np.round(t * scale).astype(np.int16))
    if gaz is not None:
        lines = [f"{s}\t{label}" for s, label in sorted(gaz.entries.items())]
        lines += [f"{ch}\tABBR" for ch in sorted(gaz.abbrev)]
        (out / "gazetteer.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(index)} features", file=sys.stderr)


def fmt(res: dict) -> str:
    return f"P {res['precision']:.4f} R {res['recall']:.4f} F1 {res['f1']:.4f}"


def cross_validate(examples, base, folds: int, epochs: int, extra=()) -> None:
    gold = [g for _, g, _ in examples]
    pred: list[list[Span]] = [[] for _ in examples]
    for k in range(folds):
        test_ids = [i for i in range(len(examples)) if i * folds // len(examples) == k]
        train_ex = [e for i, e in enumerate(examples) if i * folds // len(examples) != k] + list(extra)
        index, w, t, fold_gaz = train(train_ex, base, epochs)
        for i, spans in zip(test_ids, predict([examples[i] for i in test_ids], fold_gaz, index, w, t), strict=True):
            pred[i] = spans
        print(f"fold {k}: {len(index)} features", file=sys.stderr)
    print("raw LAC :", fmt(prf(gold, raw_spans(examples))))
    print("fixed   :", fmt(prf(gold, pred)))
    for label in ("PER", "LOC", "ORG"):
        print(f"  {label} raw {fmt(prf(gold, raw_spans(examples), (label,)))}  fixed {fmt(prf(gold, pred, (label,)))}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cv", type=int, default=0, help="k-fold cross-validation on the training sets; write nothing")
    ap.add_argument("--epochs", type=int, default=12)
    ap.add_argument("--extra", nargs="*", default=[], help="more training sets (experiment)")
    ap.add_argument("--dry-run", action="store_true", help="train and evaluate, write nothing")
    ap.add_argument("--min-weight", type=float, default=0.0,
                    help="drop features whose largest absolute averaged weight is below this")
    ap.add_argument("--no-gazetteer", action="store_true")
    ap.add_argument("--eval", nargs="*", default=[], help="extra sets to score the trained model on (not PD/MSRA test)")
    args = ap.parse_args(argv)
    t0 = time.time()
    examples = [e for name in TRAIN_SETS for e in analysed(name)]
    base = None if args.no_gazetteer else base_counts()
    if args.cv:
        extra = [e for name in args.extra for e in analysed(name)]
        cross_validate(examples, base, args.cv, args.epochs, extra)
        return 0
    index, w, t, gaz = train(examples, base, args.epochs)
    if not args.dry_run:
        save(index, w, t, gaz, DATA_DIR, min_weight=args.min_weight)
    for name in args.eval:
        if name in FORBIDDEN:
            raise SystemExit(f"{name} is a reporting-only test set")
        ex = analysed(name)
        gold = [g for _, g, _ in ex]
        print(f"{name}: raw {fmt(prf(gold, raw_spans(ex)))} | fixed {fmt(prf(gold, predict(ex, gaz, index, w, t)))}")
    print(f"trained on {len(examples)} sentences, {len(index)} features, {time.time() - t0:.0f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
