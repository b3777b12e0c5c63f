"""What a training recipe costs on news text, measured on a dev set: People's Daily dev cut in two.

    PYTHONPATH=. python benchmarks/pd_half_check.py --repeat 1
    PYTHONPATH=. python benchmarks/pd_half_check.py --repeat 2

Trains ``rules+tagger`` on the even sentences of People's Daily dev plus the general gold's dev rows and the
extra general paragraphs (each ``--repeat`` times), and scores it (PER/LOC/ORG micro F1) on the odd sentences,
which no candidate trains on. People's Daily test stays a reporting set; the general held-out rows are never read.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

from annotate.ner_metrics import score
from annotate.prelabel import get_backend
from annotate.train import train_tagger
from annotate.train.tagger import load_data
from benchmarks.lac_cache import CachedAnalyzer
from benchmarks.ner_sets import SHARED
from benchmarks.train_default import EXTRA, SOURCES, general_dev_records, read_records

NAMES = ("PER", "LOC", "ORG")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--out", default="build/models/pd_half")
    args = parser.parse_args(argv)
    pd, _, _ = load_data([str(SHARED / SOURCES["pd"])], labels=list(NAMES))
    even, odd = pd[0::2], pd[1::2]
    general = [r for r in [*general_dev_records(), *read_records(EXTRA)] for _ in range(args.repeat)]
    train_tagger([*even, *general], args.out, labels=list(NAMES), analyzer=CachedAnalyzer(), name="pd-half")
    pred = get_backend("rules+tagger", model=args.out).predict([e.text for e in odd])
    s = score(references=[e.spans for e in odd], predictions=pred, labels=NAMES)
    print(json.dumps({"repeat": args.repeat, "train": len(even) + len(general), "scored": len(odd),
                      "names_f1": round(s["micro"]["f1"], 4),
                      **{k: round(v["f1"], 4) for k, v in s["per_label"].items()},
                      "load_average": [round(x, 2) for x in os.getloadavg()]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
