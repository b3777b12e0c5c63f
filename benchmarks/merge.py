"""Merge time of the pre-label merge policy on one long paragraph (issue 8, defect 8: it was quadratic).

    python benchmarks/merge.py                 # 100k, 300k and 1M characters
    python benchmarks/merge.py --chars 300000

Two backends' candidate spans tile the text (a 3-character span every 4 characters from one, a
4-character span shifted by one from the other, so every pair of neighbours conflicts): the worst
case for the overlap check. Results go in docs/benchmarks.md, section "Pre-label merge on long paragraphs".
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from annotate.prelabel.merge import merge  # noqa: E402
from annotate.spans import Span  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, action="append", help="paragraph length (repeatable)")
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.2f}")
    for n in args.chars or [100_000, 300_000, 1_000_000]:
        first = [Span(i, i + 3, "PER") for i in range(0, n - 4, 4)]
        second = [Span(i + 1, i + 5, "LOC") for i in range(0, n - 4, 4)]
        clock = time.perf_counter()
        kept = merge([first, second])
        print(f"{n:>9,} characters, {len(first) + len(second):>7,} candidate spans: "
              f"{time.perf_counter() - clock:6.2f} s, {len(kept):,} kept")


if __name__ == "__main__":
    main()
