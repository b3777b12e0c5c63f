"""Instructions of the HTML route, for comparing two trees on a loaded machine (callgrind counts, not seconds).

Reads the dev splits' native ``.html`` pages (``SET``: another glob of split folders) through ``segment_paths`` in one
process, as ``segment_corpus.py --speed`` does: a warm-up on the first page only, then ``PASSES`` cold passes (0: the
warm-up alone). Run from a tree's root, under callgrind, with the byte code compiled beforehand and a fixed hash seed
(without one, two runs of the same tree differ by some 10-20 M instructions)::

    python -c "import annotate.segment.files, annotate.segment.readers.html"
    PYTHONHASHSEED=0 valgrind --tool=callgrind --callgrind-out-file=/tmp/x.out python benchmarks/html_ir.py 1

Instructions per pass: the total with 1 pass less the total with 0.
"""

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, os.getcwd())

from annotate.segment.files import segment_paths  # noqa: E402


def main() -> None:
    files = sorted(Path("benchmarks/segcorpus/native").glob(os.environ.get("SET", "dev*") + "/*.html"))
    passes = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    out = Path(os.environ.get("TMPDIR", "/tmp")) / f"html_ir_{os.getpid()}.jsonl"
    segment_paths(files[:1], out)
    cpu = time.process_time()
    for _ in range(passes):
        segment_paths(files, out)
    print(f"{len(files)} pages, {passes} passes, CPU {time.process_time() - cpu:.2f} s", file=sys.stderr)
    out.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
