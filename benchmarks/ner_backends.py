"""PER/LOC/ORG exact-span micro P/R/F1 of the pre-label backends on the public NER sets.

    PYTHONPATH=. python benchmarks/ner_backends.py                       # PD test + MSRA test, all rows
    PYTHONPATH=. python benchmarks/ner_backends.py --sets pd_dev --json
    PYTHONPATH=. python benchmarks/ner_backends.py --row "lac raw=lac:corrections=False"

People's Daily test and MSRA test are reporting sets: nothing in the toolkit is trained or tuned on
them. The LAC corrector is trained on People's Daily dev, so its ``pd_dev`` numbers are training
scores (its 5-fold cross-validated dev score comes from ``benchmarks/build_lac_fix.py --cv 5``).
Scoring is :func:`annotate.ner_metrics.score` restricted to PER/LOC/ORG (numeric labels the backends
also emit are ignored: the gold has none).
"""

from __future__ import annotations

import argparse
import ast
import json
import sys
import time

from annotate.ner_metrics import score
from annotate.prelabel import get_backend
from benchmarks.ner_sets import NAMES, load

#: label -> "spec[:option=value,...]"; options are Python literals (True, False, numbers, strings)
ROWS: dict[str, str] = {
    "lac (raw LAC, as is)": "lac:corrections=False",
    "lac (LAC + learned corrections)": "lac",
    "rules": "rules",
    "rules+lac (the default before the tagger)": "rules+lac",
    "tagger (CRF, shipped model)": "tagger",
    "rules+tagger (default)": "rules+tagger",
}
DEFAULT_SETS = ("pd_test", "msra_test")


def parse_row(text: str) -> tuple[str, dict]:
    spec, _, opts = text.partition(":")
    options = {}
    for item in filter(None, opts.split(",")):
        key, _, value = item.partition("=")
        try:
            options[key] = ast.literal_eval(value)
        except (ValueError, SyntaxError):  # not a literal: a plain string
            options[key] = value
    return spec, options


def evaluate(rows: dict[str, str], sets: tuple[str, ...]) -> list[dict]:
    data = {name: load(name) for name in sets}
    results = []
    for label, row in rows.items():
        spec, options = parse_row(row)
        backend = get_backend(spec, **options)
        for name, examples in data.items():
            t0 = time.perf_counter()
            preds = backend.predict([text for text, _ in examples])
            seconds = time.perf_counter() - t0
            micro = score(references=[g for _, g in examples], predictions=preds, labels=NAMES)["micro"]
            chars = sum(len(text) for text, _ in examples)
            results.append({"backend": label, "spec": row, "set": name, "precision": micro["precision"],
                            "recall": micro["recall"], "f1": micro["f1"], "support": micro["support"],
                            "seconds": round(seconds, 1), "chars_per_s": round(chars / seconds) if seconds else None})
            print(f"{label:34s} {name:10s} F1 {micro['f1']:.4f} ({seconds:.0f}s)", file=sys.stderr)
    return results


def markdown(results: list[dict], sets: tuple[str, ...]) -> str:
    head = "| backend | " + " | ".join(f"{s} P | {s} R | {s} F1" for s in sets) + " |"
    sep = "|---|" + "---:|" * (3 * len(sets))
    lines = [head, sep]
    for label in dict.fromkeys(r["backend"] for r in results):
        cells = []
        for s in sets:
            r = next(r for r in results if r["backend"] == label and r["set"] == s)
            cells += [f"{r['precision']:.4f}", f"{r['recall']:.4f}", f"**{r['f1']:.4f}**"]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", nargs="+", default=list(DEFAULT_SETS), help="see benchmarks/ner_sets.py SETS")
    ap.add_argument("--row", action="append", default=[], metavar="LABEL=SPEC[:opt=val,...]",
                    help="evaluate these rows instead of the default ones (repeatable)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    rows = dict(r.split("=", 1) for r in args.row) if args.row else ROWS
    results = evaluate(rows, tuple(args.sets))
    print(json.dumps(results, indent=1) if args.json else markdown(results, tuple(args.sets)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
