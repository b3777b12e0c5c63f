"""Segmentation speed of this checkout against another, interleaved in one process.

    git archive main | tar -x -C /tmp/old                        # the code to compare against
    python benchmarks/segment_ab.py --old /tmp/old --rounds 40

On a shared machine a benchmark run alone moves with the other jobs' load; here the old and the
new library run side by side in one process, taking turns (a copy of the seeds, then a quarter
of the corpus's HTML pages, each side in turn), so both see the same load and the ratio holds
even where the absolute figures are lower bounds. The old checkout's ``annotate`` package is
copied to a temporary folder as ``annotate_old`` (its absolute imports rewritten) so that both
can be imported. Reported: input MB per second of CPU time for the text route (decode, segment,
records, as ``benchmarks/segment.py`` measures it without the file I/O) and for the HTML reader
(read, segment, records), and new/old speed-ups.
"""

from __future__ import annotations

import argparse
import importlib
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _old_package(old: Path, into: Path) -> None:
    """Copy ``old``'s annotate package to ``into/annotate_old`` with its absolute imports renamed."""
    target = into / "annotate_old"
    shutil.copytree(old / "annotate", target, ignore=shutil.ignore_patterns("__pycache__"))
    for path in target.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r"\b(from|import) annotate(?=[.\s])", r"\1 annotate_old", text), encoding="utf-8")


def _library(name: str) -> tuple:
    core = importlib.import_module(f"{name}.segment.core")
    files = importlib.import_module(f"{name}.segment.files")
    decode = importlib.import_module(f"{name}.segment.decode")
    return core.segment_text, files.record_lines, files.segment_file, decode.decode_bytes


def compare(old: Path, rounds: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="segab-") as tmp:
        _old_package(old, Path(tmp))
        sys.path.insert(0, tmp)
        sys.path.insert(0, str(ROOT))
        sides = {"new": _library("annotate"), "old": _library("annotate_old")}
        seeds = [(p.stem, p.read_bytes()) for p in sorted((ROOT / "seeds").glob("*.txt"))]
        pages = sorted((ROOT / "benchmarks" / "segcorpus" / "native").glob("*/*.html"))
        cpu = {side: [0.0, 0.0] for side in sides}
        for r in range(rounds):
            for side in ("new", "old") if r % 2 else ("old", "new"):
                segment_text, record_lines, segment_file, decode_bytes = sides[side]
                start = time.process_time()
                for stem, data in seeds:
                    record_lines(segment_text(decode_bytes(data, path=stem).text, stem), {"path": stem})
                cpu[side][0] += time.process_time() - start
                start = time.process_time()
                for page in pages[r % 4::4]:
                    record_lines(*segment_file(page))
                cpu[side][1] += time.process_time() - start
    text_mb = sum(len(data) for _, data in seeds) * rounds / 1e6
    html_mb = sum(p.stat().st_size for p in pages) * rounds / 4 / 1e6
    out = {side: {"text_mb_per_s_cpu": text_mb / t, "html_mb_per_s_cpu": html_mb / h} for side, (t, h) in cpu.items()}
    out["speedup"] = {"text": cpu["old"][0] / cpu["new"][0], "html": cpu["old"][1] / cpu["new"][1]}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--old", required=True, help="a checkout of the code to compare against (holds annotate/)")
    parser.add_argument("--rounds", type=int, default=40, help="turns each side takes (default: 40)")
    args = parser.parse_args(argv)
    result = compare(Path(args.old), args.rounds)
    for side in ("old", "new"):
        r = result[side]
        print(f"{side}: text {r['text_mb_per_s_cpu']:.2f} MB/s CPU, html {r['html_mb_per_s_cpu']:.2f} MB/s CPU")
    print(f"new/old: text {result['speedup']['text']:.3f}x, html {result['speedup']['html']:.3f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
