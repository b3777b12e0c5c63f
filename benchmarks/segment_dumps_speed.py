"""Text-route speed on the corpus's own dumps, not on the seeds: tables, ``-layout`` pages and web dumps.

    python benchmarks/segment_dumps_speed.py                 # dev15 and dev9xq text files (445 files, 1.9 MB)
    python benchmarks/segment_dumps_speed.py --splits dev13 dev9

Decodes and segments every text file of the splits in this process (as ``annotate segment`` does, without writing),
after a warm-up on the first 20 files (jieba's dictionary loads on first use), and prints MB of input per second of
CPU time. ``benchmarks/segment.py`` measures the same route on copies of the five seeds (news prose), which run an
order of magnitude faster than these dumps (docs/benchmarks.md, "Session 17").
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--splits", nargs="+", default=["dev15", "dev9xq"], help="corpus splits (default: dev15 dev9xq)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from annotate.segment.core import segment_text
    from annotate.segment.decode import decode_bytes

    files = sorted(f for s in args.splits for f in (ROOT / "benchmarks/segcorpus/text" / s).iterdir() if f.is_file())
    data = [(f.stem, f.read_bytes()) for f in files]
    megabytes = sum(len(d) for _, d in data) / 1e6
    for stem, raw in data[:20]:
        segment_text(decode_bytes(raw, path=stem).text, stem)
    start = time.process_time()
    for stem, raw in data:
        segment_text(decode_bytes(raw, path=stem).text, stem)
    seconds = time.process_time() - start
    print(f"{' + '.join(args.splits)}: {len(data)} files, {megabytes:.2f} MB, {seconds:.2f} s of CPU = "
          f"{megabytes / seconds:.2f} MB/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
