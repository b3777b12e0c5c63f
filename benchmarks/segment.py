"""Segmentation throughput and memory: a ~100 MB corpus built by repeating the seeds.

    nice python benchmarks/segment.py                 # 10 MB and 100 MB corpora, table on stdout
    nice python benchmarks/segment.py --sizes 100 --jobs 1,2 --json

Each size runs in a fresh child process (so peak memory is that run's own) through the same
library call as ``annotate segment DIR --out FILE``: decode, segment, write JSONL. Reported:
input MB per second of wall time and of CPU time (all processes), peak resident memory (the
largest process), the machine's load
average (the machine may be shared: compare CPU-time figures across runs), and what jieba cost.
Memory that does not grow from 10 MB to 100 MB shows the records are streamed.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def build_corpus(folder: Path, megabytes: float) -> tuple[int, int]:
    """Copy the seeds under new names until the folder holds ``megabytes`` of text."""
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    folder.mkdir(parents=True, exist_ok=True)
    total = count = 0
    while total < megabytes * 1e6:
        for seed in seeds:
            shutil.copyfile(seed, folder / f"{count:06d}_{seed.name}")
            total += seed.stat().st_size
            count += 1
    return count, total


def measure(corpus: Path, out: Path, jobs: int) -> dict:
    """Run in the child: segment the corpus once and report time, memory and jieba's share."""
    sys.path.insert(0, str(ROOT))
    from annotate.segment import columns, join
    from annotate.segment.files import segment_paths

    jieba_calls = [0, 0.0]
    straddles = join.straddles

    def timed(left: str, right: str) -> bool:
        start = time.perf_counter()
        try:
            return straddles(left, right)
        finally:
            jieba_calls[0] += 1
            jieba_calls[1] += time.perf_counter() - start

    join.straddles = columns.straddles = timed  # (columns imports it by name)
    size = sum(p.stat().st_size for p in corpus.iterdir())
    def cpu() -> float:
        own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime

    wall, cpu_start = time.perf_counter(), cpu()  # start-up and imports are not counted
    report = segment_paths([corpus], out, jobs=jobs)
    wall = time.perf_counter() - wall
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "bytes": size, "files": report.documents, "units": report.units, "out_bytes": out.stat().st_size,
        "jobs": jobs, "wall_s": wall,
        "cpu_s": cpu() - cpu_start,
        "peak_rss_mb": max(own.ru_maxrss, children.ru_maxrss) / 1024,
        # counted in this process only: with worker processes the calls happen elsewhere
        "jieba_calls": jieba_calls[0] if jobs == 1 else None, "jieba_s": jieba_calls[1] if jobs == 1 else None,
    }


def run_size(megabytes: float, workdir: Path, jobs: int) -> dict:
    corpus = workdir / f"corpus_{megabytes:g}mb"
    if not corpus.exists():
        build_corpus(corpus, megabytes)
    load_before = os.getloadavg()[0]
    command = [sys.executable, __file__, "--measure", str(corpus), str(workdir / "out.jsonl"), "--jobs", str(jobs)]
    proc = subprocess.run(command, capture_output=True, text=True, check=True)
    result = json.loads(proc.stdout)
    result.update(mb=result["bytes"] / 1e6, load_before=load_before, load_after=os.getloadavg()[0])
    result["mb_per_s_wall"] = result["mb"] / result["wall_s"]
    result["mb_per_s_cpu"] = result["mb"] / result["cpu_s"]
    return result


def _jieba(r: dict) -> str:
    return "n/a" if r["jieba_calls"] is None else f"{r['jieba_calls']} checks, {r['jieba_s']:.2f} s"


def table(results: list[dict]) -> str:
    head = "| corpus | files | records | jobs | wall s | MB/s (wall) | MB/s (CPU) | peak RSS | jieba | load 1-min |"
    rows = [head, "|" + "---|" * 10]
    for r in results:
        rows.append(
            f"| {r['mb']:.1f} MB | {r['files']} | {r['units']} | {r['jobs']} | {r['wall_s']:.1f} | {r['mb_per_s_wall']:.1f} "
            f"| {r['mb_per_s_cpu']:.1f} | {r['peak_rss_mb']:.0f} MB | {_jieba(r)} "
            f"| {r['load_before']:.1f} → {r['load_after']:.1f} |"
        )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10,100", help="corpus sizes in MB (default: 10,100)")
    parser.add_argument("--workdir", help="where to build the corpora (default: a temporary folder, removed)")
    parser.add_argument("--jobs", default="1", help="worker processes, comma-separated to compare (default: 1)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--measure", nargs=2, metavar=("CORPUS", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(Path(args.measure[0]), Path(args.measure[1]), int(args.jobs))))
        return 0
    sizes = [float(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory(prefix="segbench-") as tmp:
        workdir = Path(args.workdir) if args.workdir else Path(tmp)
        results = [run_size(size, workdir, int(jobs)) for size in sizes for jobs in args.jobs.split(",")]
    print(json.dumps(results, indent=2) if args.json else table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
