"""What training on the general-domain dev rows is worth, measured without scoring on training rows.

    PYTHONPATH=. python benchmarks/general_crossfit.py --sources pd

Two folds over the general gold's ``dev`` rows (even / odd positions): train a tagger on ``--sources``
plus one half, score ``rules+tagger`` with it on the other half; the shipped default is scored on the
same rows (a training score once the shipped model is itself trained on the dev rows, as it is now). The held-out rows are never read. Micro F1, exact span and label, all seven labels and
PER/LOC/ORG, pooled over both halves.
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
from benchmarks.train_default import SOURCES, general_dev_records

NAMES = ("PER", "LOC", "ORG")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sources", default="pd")
    parser.add_argument("--out", default="build/models/crossfit")
    args = parser.parse_args(argv)
    files = [os.path.relpath(SHARED / SOURCES[n]) for n in args.sources.split(",")]
    rows = general_dev_records()
    halves = [rows[0::2], rows[1::2]]
    analyzer = CachedAnalyzer()
    refs, new, old = [], [], []
    shipped = get_backend("rules+tagger")
    for k in (0, 1):
        train, test = halves[1 - k], halves[k]
        out = f"{args.out}/{k}"
        train_tagger([*files, *train], out, labels=list(NAMES), analyzer=analyzer, name=f"crossfit-{k}")
        texts = [r["text"] for r in test]
        new += get_backend("rules+tagger", model=out).predict(texts)
        old += shipped.predict(texts)
        refs += [[Span(e["start"], e["end"], e["label"]) for e in r["spans"]] for r in test]
    result = {"sources": args.sources, "rows": len(refs)}
    for name, pred in (("shipped", old), ("with general dev half", new)):
        result[name] = {"all_f1": score(references=refs, predictions=pred)["micro"]["f1"],
                        "names_f1": score(references=refs, predictions=pred, labels=NAMES)["micro"]["f1"]}
    result["load_average"] = os.getloadavg()
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
