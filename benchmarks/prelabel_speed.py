"""Characters per second per core of ``prelabel`` (read, pre-label, build tasks, validate), and LAC's floor.

    PYTHONPATH=. python benchmarks/prelabel_speed.py                       # default backend vs rules+lac
    PYTHONPATH=. python benchmarks/prelabel_speed.py --backends rules+lac,rules+tagger --baseline d82af6b

Each run is pinned to one CPU (``os.sched_setaffinity``), so the figures are per core. The input is
the seed paragraphs (blank-line split, as benchmarks/prelabel.py) and 300 CMRC 2018 dev contexts, unless
``--input`` names a JSONL of ``{"id", "text"}``. ``--baseline COMMIT`` also times that commit's code (``git archive`` into
``build/baseline-COMMIT``) in a subprocess and checks that a backend both have gives identical
spans. The floor: LAC's ONNX session alone on the same texts (same batching, one thread), which
no LAC-based backend can beat. The machine is shared: the load average is printed; figures taken
under load are lower bounds.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def seed_jsonl(out: Path, cmrc: int) -> Path:
    """The seed paragraphs, then the first ``cmrc`` distinct contexts of CMRC 2018 dev (real paragraphs of
    varied length, so that loading a model once per run weighs little)."""
    paragraphs = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        paragraphs += [p.strip() for p in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")) if p.strip()]
    if cmrc:
        data = json.loads((ROOT.parent / "shared" / "data" / "cmrc2018" / "cmrc2018_dev.json").read_text(encoding="utf-8"))
        contexts = list(dict.fromkeys(p["context"] for d in data["data"] for p in d["paragraphs"]))
        paragraphs += contexts[:cmrc]
    with out.open("w", encoding="utf-8") as fh:
        for i, p in enumerate(paragraphs):
            fh.write(json.dumps({"id": i, "text": p}, ensure_ascii=False) + "\n")
    return out


def time_backends(path: str, backends: list[str], repeat: int) -> dict:
    """Run inside the process whose code is under test (this checkout or a baseline's)."""
    from annotate.prelabel.tasks import prelabel

    os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[-1]})
    out = {}
    for spec in backends:
        prelabel(path, backend=spec)  # load models, warm caches
        times, cpu, result = [], [], None
        for _ in range(repeat):
            t0, c0 = time.perf_counter(), time.process_time()
            result = prelabel(path, backend=spec)
            times.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
        spans = [[[r["value"]["start"], r["value"]["end"], r["value"]["labels"][0]]
                  for r in t["predictions"][0]["result"]] for t in result.tasks]
        out[spec] = {"chars": result.chars, "best_s": min(times), "median_s": statistics.median(times),
                     "chars_per_s": result.chars / min(times), "chars_per_s_median": result.chars / statistics.median(times),
                     "chars_per_cpu_s": result.chars / min(cpu),
                     "spans": spans}
    return out


def lac_floor(path: str, repeat: int) -> dict:
    """LAC's ONNX session alone (one thread), on the pieces and batches LacAnalyzer makes."""
    import numpy as np

    from annotate.prelabel.lac import LacAnalyzer, split_long

    os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[-1]})
    texts = [json.loads(line)["text"] for line in open(path, encoding="utf-8")]
    analyzer = LacAnalyzer(threads=1)
    lac = analyzer._model()
    pieces = [t[s:e] for t in texts for s, e in split_long(t, analyzer.max_len)]
    by_len: dict[int, list[str]] = {}
    for p in pieces:
        by_len.setdefault(len(p), []).append(p)
    batches = []
    for length, members in by_len.items():
        for b in range(0, len(members), analyzer.batch_size):
            strs = members[b:b + analyzer.batch_size]
            ids = np.array([[lac._vocab.get(lac._q2b.get(c, c), lac._oov_id) for c in s] for s in strs], np.int64)
            batches.append((ids, np.full((len(strs),), length, np.int64)))
    times, cpu = [], []
    for _ in range(repeat + 1):
        t0, c0 = time.perf_counter(), time.process_time()
        for ids, lengths in batches:
            lac._session.run(None, {"token_ids": ids, "length": lengths})
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    chars = sum(map(len, texts))
    return {"chars": chars, "best_s": min(times[1:]), "chars_per_s": chars / min(times[1:]),
            "chars_per_cpu_s": chars / min(cpu[1:])}


def baseline(commit: str, path: str, backends: list[str], repeat: int) -> dict:
    dest = ROOT / "build" / f"baseline-{commit}"
    if not dest.exists():
        dest.mkdir(parents=True)
        archive = subprocess.run(["git", "archive", commit], cwd=ROOT, check=True, capture_output=True).stdout
        with tempfile.TemporaryFile() as tmp:
            tmp.write(archive)
            tmp.seek(0)
            with tarfile.open(fileobj=tmp) as tar:
                tar.extractall(dest, filter="data")
    code = ("import json,sys; sys.path.insert(0, sys.argv[1]); from benchmarks_speed_shim import time_backends; "
            "print(json.dumps(time_backends(sys.argv[2], sys.argv[3].split(','), int(sys.argv[4]))))")
    shim = dest / "benchmarks_speed_shim.py"
    shim.write_text(Path(__file__).read_text(encoding="utf-8"), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(dest)}
    proc = subprocess.run([sys.executable, "-c", code, str(dest), path, ",".join(backends), str(repeat)],
                          cwd=dest, env=env, check=True, capture_output=True, text=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    from annotate.prelabel import default_backend

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--input", help="JSONL of {id, text} (default: the seed paragraphs)")
    parser.add_argument("--backends", help="comma-separated (default: the default backend, and rules+lac)")
    parser.add_argument("--baseline", help="also time this commit's code (e.g. d82af6b) on --baseline-backends")
    parser.add_argument("--baseline-backends", default="rules+lac")
    parser.add_argument("--cmrc", type=int, default=300, help="CMRC 2018 dev contexts added to the seeds (default 300)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.input or str(seed_jsonl(Path(tmp) / "paragraphs.jsonl", args.cmrc))
        backends = args.backends.split(",") if args.backends else list(dict.fromkeys([default_backend(), "rules+lac"]))
        result = {"load_before": os.getloadavg(), "input": args.input or f"seed paragraphs + {args.cmrc} CMRC dev contexts",
                  "ours": time_backends(path, backends, args.repeat), "lac_floor": lac_floor(path, args.repeat)}
        if args.baseline:
            result["baseline"] = {"commit": args.baseline,
                                  **baseline(args.baseline, path, args.baseline_backends.split(","), args.repeat)}
        result["load_after"] = os.getloadavg()
    if args.baseline:
        base = result["baseline"]
        for spec, r in result["ours"].items():
            if spec in base:
                r["identical_to_baseline"] = r["spans"] == base[spec]["spans"]
    for side in ("ours", "baseline"):
        for r in result.get(side, {}).values():
            if isinstance(r, dict):
                r.pop("spans", None)
    if args.json:
        json.dump(result, sys.stdout, indent=2)
        print()
        return 0
    print(f"{result['ours'][backends[0]]['chars']} characters; load {result['load_before']} → {result['load_after']}")
    for side in ("baseline", "ours"):
        for spec, r in result.get(side, {}).items():
            if isinstance(r, dict):
                extra = f" identical spans: {r['identical_to_baseline']}" if "identical_to_baseline" in r else ""
                print(f"  {side:8s} {spec:14s} {r['chars_per_s']:9,.0f} chars/s per core (median "
                      f"{r['chars_per_s_median']:,.0f}; {r['chars_per_cpu_s']:,.0f} per CPU second){extra}")
    floor = result["lac_floor"]
    print(f"  LAC ONNX alone (floor) {floor['chars_per_s']:9,.0f} chars/s per core "
          f"({floor['chars_per_cpu_s']:,.0f} per CPU second)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
