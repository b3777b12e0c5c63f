"""Choose the default pre-labeller on development data only (never a test set).

    PYTHONPATH=. python benchmarks/choose_default.py --general ../wt/general/tests/data/general_ner/gold.jsonl
    PYTHONPATH=. python benchmarks/choose_default.py --row "pd=rules+tagger:model=build/models/pd" --json

Sets: the general-domain gold's ``dev`` rows (issue 15; its held-out rows are never read here), the seed
articles' corrected gold (all seven labels), and the public dev splits mapped to PER/LOC/ORG (Weibo dev,
Resume dev, CLUENER dev). Scores: exact span and label, micro; the general gold and the seeds over all
seven labels and over PER/LOC/ORG. LAC's analyses are cached (benchmarks/lac_cache.py) only to save time:
backends run as ``prelabel`` runs them.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from annotate.formats import Example, read_examples
from annotate.ner_metrics import score
from annotate.prelabel import get_backend
from annotate.spans import Span
from benchmarks.ner_backends import parse_row
from benchmarks.ner_sets import load

ROOT = Path(__file__).resolve().parents[1]
NAMES = ("PER", "LOC", "ORG")
ROWS = {"rules+lac (today's default)": "rules+lac", "rules+tagger (shipped model)": "rules+tagger"}


def general_dev(path: Path) -> list[Example]:
    out = []
    for line in path.open(encoding="utf-8"):
        r = json.loads(line)
        if r["split"] != "dev":
            continue  # the held-out third is for reporting only
        out.append(Example(r["id"], r["text"], tuple(Span(e["start"], e["end"], e["label"]) for e in r["entities"])))
    return out


def sets(general: Path | None) -> dict[str, tuple[list[Example], bool]]:
    """name -> (examples, all seven labels scored too)."""
    out: dict[str, tuple[list[Example], bool]] = {}
    if general:
        out["general dev"] = (general_dev(general), True)
    out["seeds"] = (read_examples(ROOT / "seeds" / "annotations" / "export.json", use="annotations"), True)
    for name in ("weibo_dev", "resume_dev", "cluener_dev"):
        out[name] = ([Example(str(i), t, tuple(g)) for i, (t, g) in enumerate(load(name))], False)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--general", help="the general-domain gold.jsonl (only its dev rows are read)")
    parser.add_argument("--row", action="append", default=[], help="LABEL=spec[:option=value,...] (repeatable)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    rows = dict(r.split("=", 1) for r in args.row) if args.row else ROWS
    data = sets(Path(args.general) if args.general else None)
    results = []
    for label, row in rows.items():
        spec, options = parse_row(row)
        backend = get_backend(spec, **options)
        for name, (examples, seven) in data.items():
            pred = backend.predict([ex.text for ex in examples])
            ref = [ex.spans for ex in examples]
            entry = {"backend": label, "spec": row, "set": name,
                     "names_f1": score(references=ref, predictions=pred, labels=NAMES)["micro"]["f1"]}
            if seven:
                entry["all_f1"] = score(references=ref, predictions=pred)["micro"]["f1"]
            results.append(entry)
            if not args.json:
                print(f"{label:34s} {name:12s} PER/LOC/ORG F1 {entry['names_f1']:.4f}"
                      + (f"  all labels F1 {entry['all_f1']:.4f}" if seven else ""), flush=True)
    if args.json:
        json.dump({"results": results, "load_average": os.getloadavg()}, sys.stdout, indent=2)
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
