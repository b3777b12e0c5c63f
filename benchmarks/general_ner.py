"""Pre-label backends on the general-domain gold (tests/data/general_ner/gold.jsonl), by split and script.

    PYTHONPATH=. python benchmarks/general_ner.py                         # default backend, dev + heldout
    PYTHONPATH=. python benchmarks/general_ner.py --backend rules --json
    PYTHONPATH=. python benchmarks/general_ner.py --gold other.jsonl --split dev

The gold has 150 paragraphs from CMRC 2018 trial (simplified) and DRCD test (traditional), each marked
``split`` (``dev`` for development, ``heldout``: a third kept out of all development, for reporting only)
and ``script``. Scoring is :func:`annotate.ner_metrics.score` (exact span and type) over the seven labels;
each cell is one backend run over all paragraphs, scored on the rows of that split and script.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from annotate.ner_metrics import score
from annotate.prelabel import get_backend
from annotate.spans import Span

GOLD = Path(__file__).resolve().parents[1] / "tests" / "data" / "general_ner" / "gold.jsonl"
LABELS = ("PER", "LOC", "ORG", "DATE", "MONEY", "PERCENT", "QUANTITY")


def load(path: Path) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for r in rows:
        r["gold"] = [Span(e["start"], e["end"], e["label"]) for e in r["entities"]]
    return rows


def evaluate(rows: list[dict], backend: str | None, splits: tuple[str, ...]) -> dict:
    runner = get_backend(backend)
    preds = runner.predict([r["text"] for r in rows])
    out = {}
    for split in splits:
        for script in ("all", "simplified", "traditional"):
            picked = [(r["gold"], p) for r, p in zip(rows, preds, strict=True)
                      if r["split"] == split and script in ("all", r["script"])]
            if not picked:
                continue
            result = score(references=[g for g, _ in picked], predictions=[p for _, p in picked], labels=LABELS)
            names = score(references=[g for g, _ in picked], predictions=[p for _, p in picked],
                          labels=("PER", "LOC", "ORG"))
            result["PER/LOC/ORG"] = names["micro"]
            result["paragraphs"] = len(picked)
            out[f"{split}/{script}"] = result
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--backend", default=None, help="backend spec (default: the toolkit's default)")
    ap.add_argument("--split", action="append", choices=("dev", "heldout"),
                    help="splits to score (default: both)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    results = evaluate(load(args.gold), args.backend, tuple(args.split or ("dev", "heldout")))
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
        return 0
    head = ["set", "n", "P", "R", "F1", "PER/LOC/ORG"] + list(LABELS)
    print(" | ".join(head))
    for name, r in results.items():
        m = r["micro"]
        cells = [name, str(r["paragraphs"]), f"{m['precision']:.3f}", f"{m['recall']:.3f}", f"{m['f1']:.3f}",
                 f"{r['PER/LOC/ORG']['f1']:.3f}"]
        per = r["per_label"]
        cells += [f"{per[lab]['f1']:.3f}" if per[lab]["support"] or per[lab]["predicted"] else "-" for lab in LABELS]
        print(" | ".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
