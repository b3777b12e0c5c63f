"""Train and check the learned cut of line groups (benchmarks/experiments/learned_cuts.py) by leave-one-batch-out on dev.

    python benchmarks/experiments/segment_learned_cuts.py collect dev dev2 ... dev15     # candidates + labels, cached
    python benchmarks/experiments/segment_learned_cuts.py lobo dev dev2 ... dev15        # out-of-batch scores, thresholds, table
    python benchmarks/experiments/segment_learned_cuts.py train --cut T dev dev2 ... dev15   # writes benchmarks/experiments/learned_cuts.json

Data (dev splits only, named on the command line; a split's stems are listed from text/<split>/, and only
those stems' gold files are opened). Each dump is segmented in-process by ``core.segment_text`` with the learned
cut switched off; every internal line break of a group of several lines (the groups ``learned.cut_groups`` is
given) is a candidate, labelled 1 where a gold unit boundary falls there: the groups' squeezed lines are
concatenated and aligned with the gold's squashed units as annotate/segment/score.py aligns a prediction
(``_blocks``, ``_mapper``). A candidate also records whether the two gold units on either side differ in kind.

Leave-one-batch-out: batches of one design family (dev6 / dev6x, dev9 / dev9xp / dev9xq / dev9xw) are left out
together. Trained on all other batches, a model scores the left-out batch's candidates; the pooled out-of-batch
scores choose the threshold (of ``GRID``, the one of the highest pooled precision), and each left-out batch
is then segmented again with its own fold's model at that threshold and scored (boundary F1, joins, cross-kind
joins, as benchmarks/segment_corpus.py scores the text route).

The model is scikit-learn's GradientBoostingClassifier (shallow trees), written out as plain lists that
learned.score reads in pure Python; scikit-learn is needed here only.
"""

from __future__ import annotations

import argparse
import datetime
import json
import pickle
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "benchmarks" / "segcorpus"
sys.path.insert(0, str(ROOT))

from annotate.segment import join, numbered  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import learned_cuts as learned  # noqa: E402

from annotate.segment.core import segment_text  # noqa: E402
from annotate.segment.decode import decode_bytes  # noqa: E402
from annotate.segment.files import doc_id_for  # noqa: E402
from annotate.segment.score import _blocks, _cuts, _mapper, score_documents, squash  # noqa: E402

CACHE = Path("/tmp/segment_learned_cuts")
GRID = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98)  # thresholds lobo tries
PARAMS = {"n_estimators": 80, "max_depth": 3, "learning_rate": 0.1, "subsample": 0.8, "random_state": 0}


def family(split: str) -> str:
    """A batch's design family: dev6x is dev6's, dev9xp / dev9xq / dev9xw are dev9's."""
    return split.split("x", 1)[0]


def stems(split: str) -> list[Path]:
    return sorted(p for p in (CORPUS / "text" / split).iterdir() if p.is_file())


def gold_units(stem: str) -> list[tuple[str, str]]:
    gold = json.loads((CORPUS / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
    return [(u["kind"], u["text"]) for u in gold["units"]]


def run(path: Path, data: dict | None, record: list | None = None) -> list[tuple[str, str]]:
    """Segment one dump with the learned cut of the model ``data`` applied where it would sit in
    ``core.segment_text`` (right after ``numbered.merge``: the groups, before kinds; None: no cut); ``record``
    gets (groups, ctx). core.segment_text does not call the cut (see docs/benchmarks.md): this wires it in here,
    by wrapping the two module functions segment_text calls through their modules."""
    contexts: list = []
    original_context, original_merge = join.context, numbered.merge

    def context(*args, **kwargs):
        ctx = original_context(*args, **kwargs)
        contexts.append(ctx)
        return ctx

    def merge(groups, glue):
        groups = original_merge(groups, glue)
        if record is not None:
            record.append((groups, contexts[-1]))
        return learned.cut_groups(groups, contexts[-1], data) if data is not None else groups

    join.context, numbered.merge = context, merge
    try:
        doc = segment_text(decode_bytes(path.read_bytes(), path=str(path)).text, doc_id_for(path))
    finally:
        join.context, numbered.merge = original_context, original_merge
    return [(u.kind, u.text) for u in doc.units]


def candidates(groups, ctx, gold: list[tuple[str, str]]) -> list[tuple[list[float], int, int]]:
    """(features, gold boundary here, the two gold units' kinds differ) for every internal break."""
    a = "".join(ln.sq for g in groups for ln in g)
    b = "".join(squash(t) for _, t in gold)
    ends = _cuts(gold)
    at = {e: i for i, e in enumerate(ends[:-1])}
    move = _mapper(a, b, frozenset(ends[:-1]), _blocks(a, b))
    seen = learned.Counter(ln.sq for g in groups for ln in g)
    width = learned.doc_width(ctx)
    rows, pos = [], 0
    for g in groups:
        for k, line in enumerate(g):
            pos += len(line.sq)
            if k == len(g) - 1:
                continue
            q = move(pos)
            y = int(q in at)
            xk = int(y and gold[at[q]][0] != gold[at[q] + 1][0])
            rows.append((learned.features(g, k, ctx, width, seen), y, xk))
    return rows


def collect(splits: list[str]) -> None:
    CACHE.mkdir(exist_ok=True)
    for split in splits:
        t0 = time.time()
        out = {"rows": [], "pred": {}, "gold": {}}
        for path in stems(split):
            record: list = []
            pred = run(path, None, record)
            gold = gold_units(path.stem)
            out["pred"][path.stem] = pred
            out["gold"][path.stem] = gold
            for x, y, xk in candidates(*record[0], gold):
                out["rows"].append((path.stem, x, y, xk))
        (CACHE / f"{split}.pkl").write_bytes(pickle.dumps(out))
        pos = sum(r[2] for r in out["rows"])
        print(f"{split}: {len(out['pred'])} files, {len(out['rows'])} candidates, {pos} gold breaks "
              f"({sum(r[3] for r in out['rows'])} cross-kind), {time.time() - t0:.0f} s", flush=True)


def load(splits: list[str]) -> dict[str, dict]:
    return {s: pickle.loads((CACHE / f"{s}.pkl").read_bytes()) for s in splits}


def fit(rows: list) -> object:
    import numpy as np
    from sklearn.ensemble import GradientBoostingClassifier

    x = np.array([r[1] for r in rows], dtype=float)
    y = np.array([r[2] for r in rows])
    return GradientBoostingClassifier(**PARAMS).fit(x, y)


def export(clf, cut: float, provenance: dict) -> dict:
    """The fitted classifier as the plain lists learned.score reads."""
    import numpy as np

    trees = []
    for est in clf.estimators_[:, 0]:
        t = est.tree_
        trees.append({"feature": [int(f) for f in t.feature], "threshold": [float(v) for v in t.threshold],
                      "left": [int(v) for v in t.children_left], "right": [int(v) for v in t.children_right],
                      "value": [float(v) for v in t.value[:, 0, 0]]})
    prior = clf.init_.class_prior_[1]
    data = {"version": 1, "features": list(learned.FEATURES), "base": float(np.log(prior / (1 - prior))),
            "rate": float(clf.learning_rate), "cut": cut, "trees": trees, "provenance": provenance}
    return data


def check_export(clf, data: dict, rows: list) -> None:
    import numpy as np

    x = np.array([r[1] for r in rows[:2000]], dtype=float)
    want = clf.predict_proba(x)[:, 1]
    got = np.array([learned.score(data, r[1]) for r in rows[:2000]])
    assert np.allclose(want, got, atol=1e-9), float(np.abs(want - got).max())


def score_split(pred: dict, gold: dict) -> dict:
    total = score_documents([(s, pred[s], gold[s]) for s in sorted(pred)])
    joins = sum(len(r["joins"]) for r in total["documents"].values())
    return {"f1": total["f1"], "p": total["precision"], "r": total["recall"], "joins": joins,
            "cross": len(total["cross_kind"]), "kinds": total["kinds"]["share"]}


def lobo(splits: list[str], resegment: bool, cut: float | None) -> dict:
    data = load(splits)
    fams = sorted({family(s) for s in splits}, key=splits.index)
    folds = CACHE / f"folds-{'-'.join(splits)}.pkl"
    if folds.is_file():  # (the folds' models and scores, cached by an earlier run on the same splits)
        oof, models, before = pickle.loads(folds.read_bytes())
    else:
        oof, models = {}, {}
        for fam in fams:
            train = [r for s in splits if family(s) != fam for r in data[s]["rows"]]
            clf = fit(train)
            models[fam] = clf
            for s in splits:
                if family(s) == fam and data[s]["rows"]:
                    oof[s] = list(clf.predict_proba([r[1] for r in data[s]["rows"]])[:, 1])
            print(f"fold {fam}: trained on {len(train)} candidates", flush=True)
        before = {s: score_split(data[s]["pred"], data[s]["gold"]) for s in splits}
        folds.write_bytes(pickle.dumps((oof, models, before)))
    print("out-of-batch flags by batch at thresholds 0.5 0.6 0.7 0.8 0.9: flagged/gold breaks")
    for s in splits:
        pr = list(zip(oof.get(s, []), data[s]["rows"], strict=True))
        cells = [f"{sum(p >= t for p, _ in pr)}/{sum(p >= t and r[2] for p, r in pr)}" for t in (0.5, 0.6, 0.7, 0.8, 0.9)]
        print(f"  {s:7s} " + "  ".join(f"{c:>9s}" for c in cells))
    pooled = sorted(((p, r[2]) for s in splits for p, r in zip(oof.get(s, []), data[s]["rows"], strict=True)), reverse=True)
    curve = []
    tp = 0
    for n, (p, y) in enumerate(pooled, 1):
        tp += y
        curve.append((p, n, tp))
    print("pooled out-of-batch: threshold, flagged, gold breaks, precision")
    best = (0.0, 1.0)
    for t in GRID:
        row = [c for c in curve if c[0] >= t]
        n, k = (row[-1][1], row[-1][2]) if row else (0, 0)
        print(f"  {t:.2f} {n:6d} {k:6d} {k / n if n else 1:.3f}")
        if n >= 20 and k / n > best[0]:
            best = (k / n, t)
    if cut is None:  # the grid's threshold of the highest pooled precision (20 flags or more)
        cut = best[1]
    print(f"threshold {cut:.4f}")
    table = {}
    for s in splits:
        rows = data[s]["rows"]
        flags = [(r, p) for r, p in zip(rows, oof.get(s, []), strict=True) if p >= cut]
        entry = {"candidates": len(rows), "positives": sum(r[2] for r in rows), "flagged": len(flags),
                 "flag_tp": sum(r[2] for r, _ in flags), "flag_cross": sum(r[3] for r, _ in flags),
                 "before": before[s]}
        if resegment and flags:
            d = export(models[family(s)], cut, {})
            pred = {p.stem: run(p, d) for p in stems(s)}
            entry["after"] = score_split(pred, data[s]["gold"])
        else:
            entry["after"] = entry["before"]
        table[s] = entry
        b, a = entry["before"], entry["after"]
        print(f"{s:7s} cand {len(rows):6d} pos {entry['positives']:5d} flagged {entry['flagged']:4d} "
              f"(gold {entry['flag_tp']}, cross {entry['flag_cross']})  F1 {b['f1']:.4f} -> {a['f1']:.4f} "
              f"joins {b['joins']} -> {a['joins']}  cross {b['cross']} -> {a['cross']}  kinds {b['kinds']:.3f} -> {a['kinds']:.3f}",
              flush=True)
    return {"threshold": cut, "table": table}


def train(splits: list[str], cut: float) -> None:
    data = load(splits)
    rows = [r for s in splits for r in data[s]["rows"]]
    clf = fit(rows)
    commit = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True, cwd=ROOT).stdout.strip()
    provenance = {"script": "benchmarks/experiments/segment_learned_cuts.py", "splits": splits, "candidates": len(rows),
                  "gold_breaks": sum(r[2] for r in rows), "params": PARAMS, "code_commit": commit,
                  "trained": datetime.date.today().isoformat(),
                  "threshold": "chosen by leave-one-batch-out on the same splits (docs/benchmarks.md)"}
    out = export(clf, cut, provenance)
    check_export(clf, out, rows)
    path = learned.MODEL_PATH
    path.parent.mkdir(exist_ok=True)
    path.write_text(json.dumps(out, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {path} ({path.stat().st_size} bytes, {len(out['trees'])} trees, cut {cut})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("collect", "lobo", "train"))
    parser.add_argument("splits", nargs="+", help="dev splits only")
    parser.add_argument("--cut", type=float, help="lobo / train: the threshold (lobo: instead of choosing one)")
    parser.add_argument("--resegment", action="store_true", help="lobo: segment each left-out batch again and score it")
    parser.add_argument("--json", help="lobo: write the table here")
    args = parser.parse_args(argv)
    if any(not s.startswith("dev") for s in args.splits):
        parser.error("dev splits only")
    if args.command == "collect":
        collect(args.splits)
    elif args.command == "lobo":
        result = lobo(args.splits, args.resegment, args.cut)
        if args.json:
            Path(args.json).write_text(json.dumps(result, indent=1), encoding="utf-8")
    else:
        train(args.splits, args.cut if args.cut is not None else 0.8)
    return 0


if __name__ == "__main__":
    sys.exit(main())
