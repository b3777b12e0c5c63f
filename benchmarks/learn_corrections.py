"""Learning from corrections, measured on the seeds: leave one article out, and a learning curve.

    PYTHONPATH=. python benchmarks/learn_corrections.py                  # both, writes docs/learning_curve.svg
    PYTHONPATH=. python benchmarks/learn_corrections.py --no-curve --json

``seeds/annotations/export.json`` is the corrected gold of the five seed articles. For each article:
train on the corrected paragraphs of the other four, pre-label the held-out one with ``rules`` + the
new tagger (rules first, as in ``rules+tagger``), and score agreement with its gold (exact span and
label, all seven labels, micro over the article's paragraphs pooled across folds). Compared, on the
same folds:

- ``shipped default``: the default backend as shipped (it has never seen the seeds);
- ``stacked``: a tagger trained on the four articles' corrections alone, with the shipped tagger's
  tags as features (``train_tagger(..., base=shipped)``: what the Label Studio backend retrains);
- ``corrections + data``: a tagger trained on the four articles' corrections plus the shipped
  tagger's training data (``--with-data``; slower: minutes per fold).

The learning curve: agreement on the held-out article after 0, 25, 50, 100, 200 corrected paragraphs
(drawn in a seeded random order from the other four articles; 0 = the shipped default), averaged
over the five folds, with the ``stacked`` recipe. The tagger learns names (PER/LOC/ORG); numbers stay
with the rules.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

from annotate.formats import Example, read_examples
from annotate.ner_metrics import score
from annotate.prelabel import default_backend, get_backend
from annotate.prelabel.merge import merge
from annotate.prelabel.rules import RulesBackend
from annotate.prelabel.tagger import DEFAULT_MODEL, TaggerBackend
from annotate.train import train_tagger
from benchmarks.lac_cache import CachedAnalyzer

ROOT = Path(__file__).resolve().parents[1]
EXPORT = ROOT / "seeds" / "annotations" / "export.json"
NAMES = ["PER", "LOC", "ORG"]
SIZES = (0, 25, 50, 100, 200)


def articles(examples: list[Example]) -> dict[str, list[Example]]:
    out: dict[str, list[Example]] = {}
    for ex in examples:
        out.setdefault(ex.id.split("-")[0], []).append(ex)
    return out


def names_only(examples: list[Example]) -> list[Example]:
    return [Example(ex.id, ex.text, tuple(s for s in ex.spans if s.label in NAMES)) for ex in examples]


def with_rules(model, texts: list[str], analyzer) -> list[list]:
    """What ``--backend rules+tagger --model DIR`` gives with ``model`` (LAC's words from the cache)."""
    backend = TaggerBackend(model=model)
    backend.analyzer = analyzer
    rules = RulesBackend().predict(texts)
    tagged = backend.predict(texts)
    return [merge([r, t], sources=["rules", "tagger"]) for r, t in zip(rules, tagged, strict=True)]


def micro(gold: list[Example], pred: list[list]) -> dict:
    m = score(references=[ex.spans for ex in gold], predictions=pred)["micro"]
    return {k: m[k] for k in ("precision", "recall", "f1", "tp", "predicted", "support")}


def leave_one_out(arts: dict[str, list[Example]], analyzer, base: Path, data_files: list[str],
                  with_data: bool) -> dict:
    shipped = get_backend(default_backend())
    rows: dict[str, dict[str, list]] = {"shipped default": {"gold": [], "pred": []},
                                        "stacked": {"gold": [], "pred": []}}
    if with_data:
        rows["corrections + data"] = {"gold": [], "pred": []}
    folds = []
    for held, test in arts.items():
        train = names_only([ex for a, exs in arts.items() if a != held for ex in exs])
        texts = [ex.text for ex in test]
        fold = {"article": held, "paragraphs": len(test)}
        preds = {"shipped default": shipped.predict(texts)}
        t0 = time.monotonic()
        preds["stacked"] = with_rules(train_tagger(train, None, base=base, analyzer=analyzer).model, texts, analyzer)
        fold["stacked_train_seconds"] = round(time.monotonic() - t0, 1)
        if with_data:
            t0 = time.monotonic()
            model = train_tagger([*data_files, *train], None, labels=NAMES, analyzer=analyzer).model
            fold["data_train_seconds"] = round(time.monotonic() - t0, 1)
            preds["corrections + data"] = with_rules(model, texts, analyzer)
        for name, pred in preds.items():
            rows[name]["gold"] += test
            rows[name]["pred"] += pred
            fold[name] = round(micro(test, pred)["f1"], 4)
        folds.append(fold)
        print(json.dumps(fold), file=sys.stderr, flush=True)
    pooled = {name: micro(r["gold"], r["pred"]) for name, r in rows.items()}
    mean = {name: sum(f[name] for f in folds) / len(folds) for name in rows}
    return {"folds": folds, "pooled": pooled, "mean_of_folds": mean}


def curve(arts: dict[str, list[Example]], analyzer, base: Path, sizes=SIZES, seed: int = 0) -> dict:
    shipped = get_backend(default_backend())
    points: dict[int, list[float]] = {n: [] for n in sizes}
    for held, test in arts.items():
        pool = names_only([ex for a, exs in arts.items() if a != held for ex in exs])
        random.Random(seed).shuffle(pool)
        texts = [ex.text for ex in test]
        for n in sizes:
            if n == 0:
                pred = shipped.predict(texts)
            else:
                pred = with_rules(train_tagger(pool[:n], None, base=base, analyzer=analyzer).model, texts, analyzer)
            points[n].append(micro(test, pred)["f1"])
    return {"sizes": list(sizes), "mean_f1": [sum(points[n]) / len(points[n]) for n in sizes],
            "per_fold": {n: points[n] for n in sizes}}


def time_500(arts: dict[str, list[Example]], base: Path) -> dict:
    """Wall and CPU seconds to train on 500 corrected paragraphs (the seeds' 251, twice, minus two) with the
    base tagger, LAC analysis included (nothing cached): what the Label Studio backend pays per retraining."""
    from annotate.prelabel.lac import LacAnalyzer

    pool = names_only([ex for exs in arts.values() for ex in exs])
    records = (pool + pool)[:500]
    t0, c0 = time.monotonic(), time.process_time()
    train_tagger(records, None, base=base, analyzer=LacAnalyzer())
    return {"paragraphs": len(records), "characters": sum(len(ex.text) for ex in records),
            "wall_s": round(time.monotonic() - t0, 1), "cpu_s": round(time.process_time() - c0, 1)}


def svg_chart(result: dict, path: Path, title: str) -> None:
    """A small line chart (mean and per-fold agreement vs corrected paragraphs), written by hand."""
    w, h, left, right, top, bottom = 560, 340, 60, 20, 40, 50
    xs, means = result["sizes"], result["mean_f1"]
    folds = list(zip(*[result["per_fold"][n] for n in xs], strict=True))
    lo = min(min(means), *(min(f) for f in folds)) - 0.02
    hi = max(max(means), *(max(f) for f in folds)) + 0.02
    lo, hi = max(0.0, round(lo, 2)), min(1.0, round(hi + 0.005, 2))

    def px(x: float) -> float:
        return left + (w - left - right) * x / max(xs)

    def py(y: float) -> float:
        return top + (h - top - bottom) * (hi - y) / (hi - lo)

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" font-family="sans-serif" '
             f'font-size="12"><rect width="{w}" height="{h}" fill="white"/>',
             f'<text x="{w / 2}" y="20" text-anchor="middle" font-size="14">{title}</text>']
    steps = 5
    for k in range(steps + 1):
        y = lo + (hi - lo) * k / steps
        parts.append(f'<line x1="{left}" y1="{py(y):.1f}" x2="{w - right}" y2="{py(y):.1f}" stroke="#ddd"/>'
                     f'<text x="{left - 6}" y="{py(y) + 4:.1f}" text-anchor="end">{y * 100:.0f}</text>')
    for x in xs:
        parts.append(f'<text x="{px(x):.1f}" y="{h - bottom + 18}" text-anchor="middle">{x}</text>')
    parts.append(f'<text x="{(left + w - right) / 2}" y="{h - 12}" text-anchor="middle">corrected paragraphs '
                 'learned (from the other four articles)</text>')
    parts.append(f'<text x="16" y="{(top + h - bottom) / 2}" text-anchor="middle" '
                 f'transform="rotate(-90 16 {(top + h - bottom) / 2})">agreement, micro F1 (%)</text>')
    for f in folds:
        pts = " ".join(f"{px(x):.1f},{py(y):.1f}" for x, y in zip(xs, f, strict=True))
        parts.append(f'<polyline points="{pts}" fill="none" stroke="#9ecae1" stroke-width="1"/>')
    pts = " ".join(f"{px(x):.1f},{py(y):.1f}" for x, y in zip(xs, means, strict=True))
    parts.append(f'<polyline points="{pts}" fill="none" stroke="#08519c" stroke-width="2.5"/>')
    for x, y in zip(xs, means, strict=True):
        parts.append(f'<circle cx="{px(x):.1f}" cy="{py(y):.1f}" r="3.5" fill="#08519c"/>'
                     f'<text x="{px(x):.1f}" y="{py(y) - 8:.1f}" text-anchor="middle">{y * 100:.1f}</text>')
    parts.append(f'<text x="{w - right}" y="{top + 12}" text-anchor="end" fill="#08519c">mean of 5 held-out '
                 'articles</text><text x="' + str(w - right) + f'" y="{top + 26}" text-anchor="end" '
                 'fill="#6baed6">each article</text></svg>')
    path.write_text("\n".join(parts) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", default=str(DEFAULT_MODEL), help="the shipped tagger (default: the packaged one)")
    parser.add_argument("--data", nargs="*", default=[], help="its training files, for --with-data")
    parser.add_argument("--with-data", action="store_true", help="also train on corrections + --data per fold")
    parser.add_argument("--no-curve", action="store_true")
    parser.add_argument("--svg", default=str(ROOT / "docs" / "learning_curve.svg"))
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--time-500", action="store_true", help="only time a training on 500 paragraphs")
    args = parser.parse_args(argv)
    arts = articles(read_examples(EXPORT, use="annotations"))
    if args.time_500:
        print(json.dumps({**time_500(arts, Path(args.base)), "load_average": os.getloadavg()}))
        return 0
    analyzer = CachedAnalyzer()
    result = {"default_backend": default_backend(), "base": args.base,
              "leave_one_out": leave_one_out(arts, analyzer, Path(args.base), args.data, args.with_data)}
    if not args.no_curve:
        result["curve"] = curve(arts, analyzer, Path(args.base))
        svg_chart(result["curve"], Path(args.svg), "Pre-label agreement on a held-out seed article")
    result["load_average"] = [round(x, 2) for x in os.getloadavg()]
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    loo = result["leave_one_out"]
    for name, m in loo["pooled"].items():
        print(f"{name:20s} pooled P {m['precision']:.4f} R {m['recall']:.4f} F1 {m['f1']:.4f}; "
              f"mean of folds F1 {loo['mean_of_folds'][name]:.4f}")
    if "curve" in result:
        print("curve:", ", ".join(f"{n}: {f:.4f}" for n, f in zip(result["curve"]["sizes"],
                                                                 result["curve"]["mean_f1"], strict=True)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
