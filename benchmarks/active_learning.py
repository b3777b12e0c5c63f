"""Which paragraphs to correct first: uncertainty order vs file order vs random, simulated on the seeds' gold.

The seed gold (``seeds/annotations/export.json``: five articles, every paragraph corrected) plays the
annotator. For each split, some articles are the *pool* a team would correct and the others are held
out. Each round "corrects" a batch of ``--batch`` pool paragraphs (their gold spans), retrains the tagger
on everything corrected so far on top of the base model (``train --base``, as ``ls backend`` does), and
scores the served pre-labeller (``rules`` + the retrained tagger) against the held-out articles' gold
(micro F1 over all labels). Orders:

- ``uncertainty``: the pool paragraphs the current model is least sure of (lowest marginal probability
  along its best path, the task score ``ls backend`` sends) come first;
- ``file``: the order of the articles;
- ``random``: shuffled (``--seeds`` runs, averaged).

    PYTHONPATH=. python benchmarks/active_learning.py [--batch 25] [--seeds 3] [--svg docs/active_learning.svg]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SPLITS = [("000", "001", "002"), ("002", "003", "004")]  # pool articles; the other two are held out


class CachedAnalyzer:
    """LAC's analysis computed once per text (rounds retrain on the same paragraphs many times)."""

    def __init__(self) -> None:
        from annotate.prelabel.lac import LacAnalyzer

        self.lac, self.cache = LacAnalyzer(), {}

    def analyze(self, texts):
        missing = [t for t in dict.fromkeys(texts) if t not in self.cache]
        for text, words in zip(missing, self.lac.analyze(missing), strict=True):
            self.cache[text] = words
        return [self.cache[t] for t in texts]


def load_gold():
    from annotate.formats import read_labelstudio

    examples = read_labelstudio(ROOT / "seeds/annotations/export.json", use="annotations", annotated_only=True)
    by_article: dict[str, list] = {}
    for ex in examples:
        by_article.setdefault(ex.id[:3], []).append(ex)
    return by_article


def served(model):
    """What ``ls backend`` serves after a training: ``rules`` + the tagger (through its backend class, so
    traditional script, bylines and zones are handled as in production)."""
    from annotate.prelabel.merge import MergedBackend
    from annotate.prelabel.rules import RulesBackend
    from annotate.prelabel.tagger import TaggerBackend

    return MergedBackend([RulesBackend(), TaggerBackend(model=model)])


def evaluate(backend, held):
    from annotate.ner_metrics import score

    preds = backend.predict([ex.text for ex in held])
    return score(references=[ex.spans for ex in held], predictions=preds)["micro"]["f1"]


def run_order(order, pool, held, base, analyzer, batch, seed=0):
    from annotate.train import train_tagger

    rng = random.Random(seed)
    remaining = list(pool)
    if order == "random":
        rng.shuffle(remaining)
    corrected, model, curve = [], base, []
    while True:
        backend = served(model)
        curve.append((len(corrected), round(evaluate(backend, held), 4)))
        if not remaining:
            return curve
        if order == "uncertainty":
            conf = [c for _, c in backend.predict_scored([ex.text for ex in remaining])]
            ranked = sorted(range(len(remaining)), key=lambda i: (conf[i], i))
            take = set(ranked[:batch])
            picked = [remaining[i] for i in sorted(take)]
            remaining = [ex for i, ex in enumerate(remaining) if i not in take]
        else:
            picked, remaining = remaining[:batch], remaining[batch:]
        corrected += picked
        records = [{"id": ex.id, "text": ex.text, "spans": [(s.start, s.end, s.label) for s in ex.spans]}
                   for ex in corrected]
        model = train_tagger(records, None, base=base, analyzer=analyzer, labels=["PER", "LOC", "ORG"]).model


def svg_chart(curves: dict[str, list[tuple[int, float]]], path: Path, title: str) -> None:
    width, height, pad = 640, 380, 50
    xs = [x for c in curves.values() for x, _ in c]
    ys = [y for c in curves.values() for _, y in c]
    x_max, y_lo, y_hi = max(xs) or 1, min(ys) - 0.01, max(ys) + 0.01

    def px(x, y):
        return pad + (width - 2 * pad) * x / x_max, height - pad - (height - 2 * pad) * (y - y_lo) / (y_hi - y_lo)

    colours = {"uncertainty": "#d62728", "file": "#1f77b4", "random": "#2ca02c"}
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" '
             f'font-size="12"><rect width="100%" height="100%" fill="white"/>',
             f'<text x="{width / 2}" y="20" text-anchor="middle" font-size="14">{title}</text>',
             f'<line x1="{pad}" y1="{height - pad}" x2="{width - pad}" y2="{height - pad}" stroke="black"/>',
             f'<line x1="{pad}" y1="{pad}" x2="{pad}" y2="{height - pad}" stroke="black"/>',
             f'<text x="{width / 2}" y="{height - 12}" text-anchor="middle">corrected paragraphs</text>',
             f'<text x="14" y="{height / 2}" transform="rotate(-90 14 {height / 2})" text-anchor="middle">'
             f'micro F1 on held-out articles</text>']
    for k in range(5):
        y = y_lo + (y_hi - y_lo) * k / 4
        _, py = px(0, y)
        parts.append(f'<text x="{pad - 6}" y="{py + 4}" text-anchor="end">{y:.3f}</text>')
    for x in sorted(set(xs)):
        qx, _ = px(x, y_lo)
        parts.append(f'<text x="{qx}" y="{height - pad + 16}" text-anchor="middle">{x}</text>')
    for i, (name, curve) in enumerate(curves.items()):
        points = " ".join(f"{a:.1f},{b:.1f}" for a, b in (px(x, y) for x, y in curve))
        colour = colours.get(name, "#444")
        parts.append(f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2"/>')
        parts.append(f'<text x="{width - pad - 110}" y="{pad + 16 * i}" fill="{colour}">{name}</text>')
    parts.append("</svg>")
    path.write_text("\n".join(parts) + "\n", encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--batch", type=int, default=25)
    ap.add_argument("--seeds", type=int, default=3, help="random orders averaged")
    ap.add_argument("--base", help="base tagger directory (default: the shipped default tagger)")
    ap.add_argument("--svg", type=Path)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    from annotate.prelabel.tagger import DEFAULT_MODEL, TaggerModel

    base = TaggerModel.load(args.base or DEFAULT_MODEL)
    analyzer = CachedAnalyzer()
    gold = load_gold()
    started = time.monotonic()
    results = {}
    for pool_ids in SPLITS:
        pool = [ex for a in pool_ids for ex in gold[a]]
        held = [ex for a, exs in sorted(gold.items()) if a not in pool_ids for ex in exs]
        name = "+".join(pool_ids)
        curves = {"uncertainty": run_order("uncertainty", pool, held, base, analyzer, args.batch),
                  "file": run_order("file", pool, held, base, analyzer, args.batch)}
        runs = [run_order("random", pool, held, base, analyzer, args.batch, seed=s) for s in range(args.seeds)]
        curves["random"] = [(runs[0][i][0], statistics.mean(r[i][1] for r in runs)) for i in range(len(runs[0]))]
        results[name] = {"pool": len(pool), "held_out": len(held), "curves": curves}
        print(f"pool {name} ({len(pool)} paragraphs), held out {len(held)}", flush=True)
        for order, curve in curves.items():
            print(f"  {order:>11}: " + "  ".join(f"{n}:{f:.3f}" for n, f in curve), flush=True)
    # the average over splits, on the common x positions
    xs = sorted({x for r in results.values() for x, _ in r["curves"]["file"]})
    mean = {order: [(x, statistics.mean(dict(r["curves"][order]).get(x, r["curves"][order][-1][1])
                                        for r in results.values())) for x in xs]
            for order in ("uncertainty", "file", "random")}
    target = mean["random"][-1][1]
    reach = {order: next((x for x, f in curve if f >= target - 1e-9), None) for order, curve in mean.items()}
    summary = {"batch": args.batch, "random_seeds": args.seeds, "splits": results, "mean": mean,
               "random_final_f1": round(target, 4), "paragraphs_to_reach_random_final": reach,
               "seconds": round(time.monotonic() - started, 1)}
    print(json.dumps({k: summary[k] for k in ("random_final_f1", "paragraphs_to_reach_random_final", "seconds")}))
    if args.json:
        args.json.write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    if args.svg:
        svg_chart(mean, args.svg, f"Correcting {args.batch} paragraphs per round: held-out agreement (mean of "
                                  f"{len(SPLITS)} splits)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
