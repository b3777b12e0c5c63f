"""Train the default tagger on varied data (issue 15 item 4) and save it, LAC's analyses cached.

    PYTHONPATH=. python benchmarks/train_default.py --out build/models/varied
    PYTHONPATH=. python benchmarks/train_default.py --sources pd,weibo,resume,general --out build/models/nocluener
    PYTHONPATH=. python benchmarks/train_default.py --out annotate/prelabel/data/tagger --name varied-crf-1

Sources (labels mapped onto PER/LOC/ORG, every other label dropped):

- ``pd``: People's Daily dev (PER/LOC/ORG);
- ``cluener``: CLUENER 2020 train.json (name → PER; organization, company, government → ORG;
  address, scene → LOC);
- ``weibo``: Weibo NER 2nd version train, named mentions only;
- ``resume``: Resume NER train (NAME → PER, ORG, LOC);
- ``general``: the general-domain gold's ``dev`` rows (tests/data/general_ner/gold.jsonl, written to
  build/general_ner_dev.jsonl for the model card to name; its held-out rows are never read: they are
  for reporting);
- ``extra``: the extra general-domain training paragraphs (tests/data/general_ner/extra.jsonl, one
  annotator each; written to build/general_ner_extra.jsonl).

``--repeat N`` writes each general row N times (adjacent, so the jackknifed gazetteer never sees a copy of
the row it is computing features for).

The model is chosen with benchmarks/choose_default.py on development sets only.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import sys
import time
from pathlib import Path

from annotate.train import train_tagger
from benchmarks.lac_cache import CachedAnalyzer
from benchmarks.ner_sets import SHARED

ROOT = Path(__file__).resolve().parents[1]
GENERAL = ROOT / "tests" / "data" / "general_ner" / "gold.jsonl"
EXTRA = ROOT / "tests" / "data" / "general_ner" / "extra.jsonl"
SOURCES = {
    "pd": "peoples_daily_ner/example.dev",
    "cluener": "cluener2020/train.json",
    "weibo": "weibo_ner/weiboNER_2nd_conll.train",
    "resume": "resume_ner/train.char.bmes",
}
EVAL = ["weibo_ner/weiboNER_2nd_conll.dev", "resume_ner/dev.char.bmes"]


def general_dev_records(path: Path = GENERAL) -> list[dict]:
    """The general gold's dev rows as training records (the held-out rows are skipped)."""
    return [r for r in read_records(path) if r["split"] == "dev"]


def read_records(path: str | Path) -> list[dict]:
    """Gold-format JSONL rows (``id``, ``text``, ``entities``; ``split``, ``script`` kept) as training records;
    rows marked ``split == "heldout"`` are never returned."""
    out = []
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r.get("split") == "heldout":
                continue  # reporting only
            out.append({"id": r["id"], "text": r["text"], "spans": r.get("entities", r.get("spans", [])),
                        "split": r.get("split"), "script": r.get("script")})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sources", default="pd,cluener,weibo,resume,general",
                        help=f"comma-separated, from {', '.join([*SOURCES, 'general', 'extra'])}")
    parser.add_argument("--out", required=True)
    parser.add_argument("--name", default=None)
    parser.add_argument("--iterations", type=int, default=150)
    parser.add_argument("--repeat", type=int, default=1, help="write each general / extra row this many times")
    parser.add_argument("--c1", type=float, default=0.05)
    parser.add_argument("--c2", type=float, default=0.01)
    args = parser.parse_args(argv)
    names = args.sources.split(",")
    data: list = [os.path.relpath(SHARED / SOURCES[n]) for n in names if n not in ("general", "extra")]
    for source, rows in (("general", general_dev_records), ("extra", lambda: read_records(EXTRA))):
        if source not in names:
            continue
        # a file, so the model card names it (derived from the gold, rebuilt each run)
        path = ROOT / "build" / ("general_ner_dev.jsonl" if source == "general" else "general_ner_extra.jsonl")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("".join(json.dumps({"id": r["id"], "text": r["text"], "spans": r["spans"]},
                                           ensure_ascii=False) + "\n"
                                for r in rows() for _ in range(args.repeat)), encoding="utf-8")
        data.append(os.path.relpath(path))
    command = "PYTHONPATH=. python benchmarks/train_default.py " + shlex.join(argv if argv is not None else sys.argv[1:])
    t0, c0 = time.monotonic(), time.process_time()
    result = train_tagger(data, args.out, labels=["PER", "LOC", "ORG"], iterations=args.iterations,
                          c1=args.c1, c2=args.c2,
                          name=args.name or "-".join(names), analyzer=CachedAnalyzer(),
                          eval=[os.path.relpath(SHARED / f) for f in EVAL], command=command)
    print(json.dumps({"sources": names, "out": args.out, "seconds": round(time.monotonic() - t0, 1),
                      "cpu_seconds": round(time.process_time() - c0, 1), "data": result.card["data"],
                      "features": result.card["features"], "load_average": os.getloadavg()}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
