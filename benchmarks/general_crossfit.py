"""What training on the general-domain dev rows is worth, measured without scoring on training rows.

    PYTHONPATH=. python benchmarks/general_crossfit.py --sources pd
    PYTHONPATH=. python benchmarks/general_crossfit.py --sources pd --repeat 2 --extra tests/data/general_ner/extra.jsonl

Two folds over the general gold's ``dev`` rows (even / odd positions): train a tagger on ``--sources``
plus one half (and ``--extra`` records, which are never scored), score ``rules+tagger`` with it on the other
half; the shipped default is scored on the same rows (a training score once the shipped model is itself
trained on the dev rows, as it is now). The held-out rows are never read. Micro F1, exact span and label,
all seven labels and PER/LOC/ORG (and each of them), pooled over both halves. ``--dump`` writes each scored
row's gold and predicted spans (JSON Lines) for error analysis.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

from annotate.ner_metrics import score
from annotate.prelabel import get_backend
from annotate.spans import Span
from annotate.train import train_tagger
from benchmarks.lac_cache import CachedAnalyzer
from benchmarks.ner_sets import SHARED
from benchmarks.train_default import SOURCES, general_dev_records, read_records

NAMES = ("PER", "LOC", "ORG")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sources", default="pd")
    parser.add_argument("--out", default="build/models/crossfit")
    parser.add_argument("--repeat", type=int, default=1, help="each general training row this many times")
    parser.add_argument("--extra", action="append", default=[],
                        help="JSONL records ({text, entities|spans}) added to every fold's training (repeatable)")
    parser.add_argument("--c1", type=float, default=0.05)
    parser.add_argument("--c2", type=float, default=0.01)
    parser.add_argument("--iterations", type=int, default=150)
    parser.add_argument("--raw-view", action="store_true", help="train on the texts as written (the old way)")
    parser.add_argument("--dump", help="write gold and predicted spans per scored row here (JSONL)")
    parser.add_argument("--no-shipped", action="store_true", help="skip scoring the shipped model")
    args = parser.parse_args(argv)
    files = [os.path.relpath(SHARED / SOURCES[n]) for n in args.sources.split(",") if n]
    rows = general_dev_records()
    extra = [r for path in args.extra for r in read_records(path)]
    halves = [rows[0::2], rows[1::2]]
    analyzer = CachedAnalyzer()
    refs, new, old, scored = [], [], [], []
    shipped = None if args.no_shipped else get_backend("rules+tagger")
    for k in (0, 1):
        train, test = halves[1 - k], halves[k]
        out = f"{args.out}/{k}"
        general = [r for r in [*train, *extra] for _ in range(args.repeat)]
        train_tagger([*files, *general], out, labels=list(NAMES), analyzer=analyzer, name=f"crossfit-{k}",
                     c1=args.c1, c2=args.c2, iterations=args.iterations,
                     simplified_view=not args.raw_view)
        texts = [r["text"] for r in test]
        new += get_backend("rules+tagger", model=out).predict(texts)
        if shipped is not None:
            old += shipped.predict(texts)
        refs += [[Span(e["start"], e["end"], e["label"]) for e in r["spans"]] for r in test]
        scored += test
    result = {"sources": args.sources, "rows": len(refs), "repeat": args.repeat, "extra": args.extra,
              "c1": args.c1, "c2": args.c2, "iterations": args.iterations,
              "view": "raw" if args.raw_view else "simplified"}
    for name, pred in (("shipped", old), ("with general dev half", new)):
        if not pred:
            continue
        full = score(references=refs, predictions=pred)
        result[name] = {"all_f1": round(full["micro"]["f1"], 4),
                        "names_f1": round(score(references=refs, predictions=pred, labels=NAMES)["micro"]["f1"], 4),
                        **{lab: round(full["per_label"][lab]["f1"], 4) for lab in NAMES}}
        for script in ("simplified", "traditional"):
            keep = [i for i, r in enumerate(scored) if r.get("script") == script]
            sub = score(references=[refs[i] for i in keep], predictions=[pred[i] for i in keep])
            result[name][script] = {
                "rows": len(keep), "P": round(sub["micro"]["precision"], 4), "R": round(sub["micro"]["recall"], 4),
                "all_f1": round(sub["micro"]["f1"], 4),
                "names_f1": round(score(references=[refs[i] for i in keep], predictions=[pred[i] for i in keep],
                                        labels=NAMES)["micro"]["f1"], 4),
                **{lab: round(v["f1"], 4) for lab, v in sub["per_label"].items() if v["support"] or v["predicted"]}}
        result[name]["P"] = round(full["micro"]["precision"], 4)
        result[name]["R"] = round(full["micro"]["recall"], 4)
        result[name].update({lab: round(v["f1"], 4) for lab, v in full["per_label"].items()
                             if v["support"] or v["predicted"]})
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as fh:
            for r, ref, pred in zip(scored, refs, new, strict=True):
                fh.write(json.dumps({"id": r["id"], "script": r.get("script"), "text": r["text"],
                                     "gold": [[s.start, s.end, s.label] for s in ref],
                                     "pred": [[s.start, s.end, s.label] for s in pred]}, ensure_ascii=False) + "\n")
    result["load_average"] = [round(x, 2) for x in os.getloadavg()]
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
