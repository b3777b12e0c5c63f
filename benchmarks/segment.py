"""Segmentation throughput and memory: a ~100 MB corpus built by repeating the seeds.

    nice python benchmarks/segment.py                 # 10 MB and 100 MB corpora, table on stdout
    nice python benchmarks/segment.py --sizes 100 --json

Each size runs in a fresh child process (so peak memory is that run's own) through the same
library call as ``annotate segment DIR --out FILE``: decode, segment, write JSONL. Reported:
input MB per second of wall time and of CPU time, peak resident memory, the machine's load
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


def measure(corpus: Path, out: Path) -> dict:
    """Run in the child: segment the corpus once and report time, memory and jieba's share."""
    sys.path.insert(0, str(ROOT))
    from annotate.segment import join
    from annotate.segment.files import segment_paths

    jieba_calls = [0, 0.0]
    straddles = join._straddles

    def timed(left: str, right: str) -> bool:
        start = time.perf_counter()
        try:
            return straddles(left, right)
        finally:
            jieba_calls[0] += 1
            jieba_calls[1] += time.perf_counter() - start

    join._straddles = timed
    size = sum(p.stat().st_size for p in corpus.iterdir())
    wall, cpu = time.perf_counter(), time.process_time()
    report = segment_paths([corpus], out)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {
        "bytes": size, "files": report.documents, "units": report.units, "out_bytes": out.stat().st_size,
        "wall_s": wall, "cpu_s": cpu, "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "jieba_calls": jieba_calls[0], "jieba_s": jieba_calls[1],
    }


def run_size(megabytes: float, workdir: Path) -> dict:
    corpus = workdir / f"corpus_{megabytes:g}mb"
    if not corpus.exists():
        build_corpus(corpus, megabytes)
    load_before = os.getloadavg()[0]
    proc = subprocess.run([sys.executable, __file__, "--measure", str(corpus), str(workdir / "out.jsonl")],
                          capture_output=True, text=True, check=True)
    result = json.loads(proc.stdout)
    result.update(mb=result["bytes"] / 1e6, load_before=load_before, load_after=os.getloadavg()[0])
    result["mb_per_s_wall"] = result["mb"] / result["wall_s"]
    result["mb_per_s_cpu"] = result["mb"] / result["cpu_s"]
    return result


def table(results: list[dict]) -> str:
    head = "| corpus | files | records | wall s | MB/s (wall) | MB/s (CPU) | peak RSS | jieba | load 1-min |"
    rows = [head, "|" + "---|" * 9]
    for r in results:
        rows.append(
            f"| {r['mb']:.1f} MB | {r['files']} | {r['units']} | {r['wall_s']:.1f} | {r['mb_per_s_wall']:.1f} "
            f"| {r['mb_per_s_cpu']:.1f} | {r['peak_rss_mb']:.0f} MB | {r['jieba_calls']} calls, {r['jieba_s']:.2f} s "
            f"| {r['load_before']:.1f} → {r['load_after']:.1f} |"
        )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10,100", help="corpus sizes in MB (default: 10,100)")
    parser.add_argument("--workdir", help="where to build the corpora (default: a temporary folder, removed)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--measure", nargs=2, metavar=("CORPUS", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(Path(args.measure[0]), Path(args.measure[1]))))
        return 0
    sizes = [float(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory(prefix="segbench-") as tmp:
        workdir = Path(args.workdir) if args.workdir else Path(tmp)
        results = [run_size(size, workdir) for size in sizes]
    print(json.dumps(results, indent=2) if args.json else table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
