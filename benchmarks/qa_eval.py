"""Benchmark: our CMRC 2018 metric against the official scorer (speed, and the same numbers).

    PYTHONPATH=$PWD python benchmarks/qa_eval.py            # CMRC 2018 dev, every reference prediction file
    PYTHONPATH=$PWD python benchmarks/qa_eval.py --repeat 5 --json

Both sides start from the parsed dataset and prediction JSON in memory and compute EM/F1/TOTAL/SKIP;
ours includes turning the JSON into QAItem values, and its caches are cleared before every run (cold).
The official script is ``benchmarks/third_party/cmrc2018_evaluate.py`` (see the README there for where
to get it); it needs NLTK (installed with label-studio-sdk), whose ``word_tokenize`` wants the Punkt
data download: we pass ``preserve_line=True`` instead, which skips sentence splitting — that changes
none of the reference numbers, and makes the official side faster, not slower.
"""

from __future__ import annotations

import argparse
import functools
import importlib.util
import json
import sys
import time
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
OFFICIAL = ROOT / "benchmarks" / "third_party" / "cmrc2018_evaluate.py"


def load_official() -> types.ModuleType:
    if not OFFICIAL.exists():
        sys.exit(f"missing {OFFICIAL.relative_to(ROOT)}: see benchmarks/third_party/README.md for how to get it")
    import nltk.tokenize

    spec = importlib.util.spec_from_file_location("cmrc2018_evaluate", OFFICIAL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    # The script calls nltk.word_tokenize(text); give it a namespace whose word_tokenize skips Punkt.
    module.nltk = types.SimpleNamespace(word_tokenize=functools.partial(nltk.tokenize.word_tokenize,
                                                                       preserve_line=True))
    return module


def ours(dataset: dict, predictions: dict) -> tuple[float, float, int, int]:
    from qa import lenient, metrics
    from qa.data import items_from_json

    for cached in (metrics.cmrc_normalize, metrics.cmrc_segment, metrics._encoded, lenient.lenient_form):
        cached.cache_clear()
    result = metrics.score(items_from_json(dataset), {k: str(v) for k, v in predictions.items()})
    return result.f1, result.exact_match, result.total, result.skipped


def timed(fn, *args, repeat: int) -> tuple[float, object]:
    """Fastest of ``repeat`` runs in process CPU seconds (steadier than wall time on a shared machine)."""
    times, value = [], None
    for _ in range(repeat):
        start = time.process_time()
        value = fn(*args)
        times.append(time.process_time() - start)
    return min(times), value


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", default="cmrc2018/cmrc2018_dev.json", help="under ../shared/data")
    parser.add_argument("--repeat", type=int, default=3, help="runs per side; the fastest is reported")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    official = load_official()
    expected = json.loads((SHARED / "reference" / "expected.json").read_text(encoding="utf-8"))[args.dataset]
    dataset = json.loads((SHARED / "data" / args.dataset).read_text(encoding="utf-8"))
    rows, total_official, total_ours = [], 0.0, 0.0
    for pred_file, numbers in expected.items():
        predictions = json.loads((SHARED / "reference" / pred_file).read_text(encoding="utf-8"))
        t_off, got_off = timed(official.evaluate, dataset, predictions, repeat=args.repeat)
        t_ours, got_ours = timed(ours, dataset, predictions, repeat=args.repeat)
        want = (numbers["F1"], numbers["EM"], numbers["TOTAL"], numbers["SKIP"])
        same = all(abs(a - b) <= 1e-9 for a, b in zip(got_ours, got_off, strict=True))
        matches = all(abs(a - b) <= 1e-9 for a, b in zip(got_ours, want, strict=True))
        rows.append({"predictions": pred_file, "official_s": round(t_off, 4), "ours_s": round(t_ours, 4),
                     "speedup": round(t_off / t_ours, 1), "f1": got_ours[0], "em": got_ours[1],
                     "same_as_official_run": same, "same_as_expected_json": matches})
        total_official += t_off
        total_ours += t_ours
    summary = {"dataset": args.dataset, "questions": rows[0] and got_ours[2], "repeat": args.repeat,
               "official_s": round(total_official, 3), "ours_s": round(total_ours, 3),
               "speedup": round(total_official / total_ours, 1), "files": rows}
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        print(f"{args.dataset}: {summary['questions']} questions, fastest of {args.repeat} runs, CPU seconds")
        print(f"{'predictions':45} {'official s':>10} {'ours s':>8} {'speedup':>8}  same numbers")
        for r in rows:
            print(f"{r['predictions']:45} {r['official_s']:10.3f} {r['ours_s']:8.3f} {r['speedup']:7.1f}x  "
                  f"{r['same_as_official_run'] and r['same_as_expected_json']}")
        print(f"{'all files':45} {total_official:10.3f} {total_ours:8.3f} {summary['speedup']:7.1f}x")
    return 0 if all(r["same_as_official_run"] and r["same_as_expected_json"] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
