"""Train the CRF tagger on the public NER sets and score it where the literature reports.

    PYTHONPATH=. python benchmarks/ner_train.py                 # every task, in turn
    PYTHONPATH=. python benchmarks/ner_train.py --tasks pd,weibo --json

Tasks (training split → reporting split; labels as in the files: ``raw`` keeps a set's own labels):

- ``cluener``: CLUENER 2020 train.json → dev.json, its ten labels (its test labels are not public);
- ``weibo``: Weibo NER 2nd version train → test, named and nominal mentions (8 labels);
- ``resume``: Resume NER train → test, its 8 labels;
- ``pd``: People's Daily dev → People's Daily test and MSRA test, PER/LOC/ORG (as the default corrector).

Reporting splits are never used for choosing anything: the settings are the library defaults.
Each training is timed (wall clock, single process; the machine is shared: see the load average
printed with the results). LAC's analyses are cached (benchmarks/lac_cache.py).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from annotate.train import train_tagger
from benchmarks.lac_cache import CachedAnalyzer
from benchmarks.ner_sets import SHARED

ROOT = Path(__file__).resolve().parents[1]

#: name -> (training files, label scheme, {reporting name: file}, line to reach)
TASKS: dict[str, tuple[list[str], str | None, dict[str, str], str]] = {
    "cluener": (["cluener2020/train.json"], "raw", {"cluener_dev": "cluener2020/dev.json"}, "0.70"),
    "weibo": (["weibo_ner/weiboNER_2nd_conll.train"], "raw", {"weibo_test": "weibo_ner/weiboNER_2nd_conll.test"},
              "0.58"),
    "resume": (["resume_ner/train.char.bmes"], "raw", {"resume_test": "resume_ner/test.char.bmes"}, "0.93"),
    "pd": (["peoples_daily_ner/example.dev"], None,
           {"pd_test": "peoples_daily_ner/example.test", "msra_test": "msra_ner/msra_test_bio"}, "0.810 / 0.765"),
}


def run(task: str, *, iterations: int, c1: float, c2: float, out: Path | None) -> dict:
    files, scheme, evals, line = TASKS[task]
    analyzer = CachedAnalyzer()
    t0, c0 = time.monotonic(), time.process_time()
    result = train_tagger([str(SHARED / f) for f in files], out, label_scheme=scheme, iterations=iterations,
                          c1=c1, c2=c2, analyzer=analyzer, name=task)
    seconds, cpu = time.monotonic() - t0, time.process_time() - c0
    from annotate.train import evaluate_model

    scores = evaluate_model(result.model, [str(SHARED / f) for f in evals.values()], label_scheme=scheme,
                            analyzer=analyzer)
    rows = {}
    for name, path in zip(evals, scores, strict=True):
        s = scores[path]
        rows[name] = {"precision": s["micro"]["precision"], "recall": s["micro"]["recall"], "f1": s["micro"]["f1"],
                      "per_label": {k: round(v["f1"], 4) for k, v in s["per_label"].items()}}
    return {"task": task, "train": files, "labels": result.card["labels"], "line": line,
            "train_seconds": round(seconds, 1), "train_cpu_seconds": round(cpu, 1), "crf_seconds": result.card["training"]["crf_seconds"],
            "examples": result.card["training"]["examples"], "features": result.card["features"],
            "iterations": iterations, "c1": c1, "c2": c2, "scores": rows,
            "load_average": [round(x, 2) for x in os.getloadavg()]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tasks", default=",".join(TASKS), help=f"comma-separated, from {', '.join(TASKS)}")
    parser.add_argument("--iterations", type=int, default=150)
    parser.add_argument("--c1", type=float, default=0.05)
    parser.add_argument("--c2", type=float, default=0.01)
    parser.add_argument("--out", help="save each model to OUT/TASK")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    results = []
    for task in [t.strip() for t in args.tasks.split(",") if t.strip()]:
        out = Path(args.out) / task if args.out else None
        result = run(task, iterations=args.iterations, c1=args.c1, c2=args.c2, out=out)
        results.append(result)
        if not args.json:
            for name, s in result["scores"].items():
                print(f"{task:8s} {name:12s} P {s['precision']:.4f} R {s['recall']:.4f} F1 {s['f1']:.4f} "
                      f"(line {result['line']}); trained in {result['train_seconds']:.0f}s on "
                      f"{result['examples']} examples, load {result['load_average']}", flush=True)
    if args.json:
        json.dump(results, sys.stdout, ensure_ascii=False, indent=2)
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
