"""`python -m annotate pipeline` on folders of many small files: peak memory per folder size, progress bars.

Makes folders of ``--files`` small articles (a title and three to six paragraphs of People's Daily *dev*
sentences each, fixed seed), runs the pipeline on each with its stderr on a pseudo-terminal (progress bars
are drawn only on a terminal) and reports wall time, the peak RSS of the largest process of the run
(``wait4``) and which stages drew a progress bar.

    PYTHONPATH=. python benchmarks/pipeline_scale.py --files 1000,10000 --backend rules [--jobs 2]
"""

from __future__ import annotations

import argparse
import fcntl
import json
import os
import pty
import random
import re
import struct
import subprocess
import sys
import termios
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from prelabel_scale import sentences  # noqa: E402


def make_folder(folder: Path, n: int, *, seed: int = 0) -> Path:
    if folder.exists():
        return folder
    pool = sentences()
    rng = random.Random(seed)
    tmp = folder.with_name(folder.name + ".tmp")
    tmp.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        paragraphs = ["".join(rng.choice(pool) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(3, 6))]
        title = rng.choice(pool)[:20]
        (tmp / f"{i:05d}.txt").write_text(title + "\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    tmp.rename(folder)
    return folder


def run_on_a_terminal(cmd: list[str]) -> dict:
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))  # a 0-column tty draws no bar
    chunks: list[bytes] = []

    def drain() -> None:
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:
                return
            if not data:
                return
            chunks.append(data)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    before = os.getloadavg()[0]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=slave)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t0
    os.close(slave)
    reader.join(timeout=5)
    os.close(master)
    tty = b"".join(chunks).decode("utf-8", "replace")
    bars = sorted(set(re.findall(r"(\w[\w-]*):\s+\d+%\|", tty)))
    return {"rc": os.waitstatus_to_exitcode(status), "seconds": round(seconds, 1),
            "peak_rss_mb": round(usage.ru_maxrss / 1024, 1), "bars": bars, "stdout": out.decode("utf-8")[-400:],
            "load": round(max(before, os.getloadavg()[0]), 2)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", default="1000,10000", help="folder sizes (default 1000,10000)")
    parser.add_argument("--backend", default="rules", help="pre-label backend (default rules)")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--work", default="/tmp/zh-annotate-pipeline")
    args = parser.parse_args(argv)
    work = Path(args.work)
    rows = []
    for n in (int(x) for x in args.files.split(",")):
        folder = make_folder(work / f"files-{n}", n)
        out = work / f"build-{n}"
        cmd = [sys.executable, "-m", "annotate", "pipeline", str(folder), "--out", str(out), "--backend",
               args.backend, "--jobs", str(args.jobs)]
        row = {"files": n, "backend": args.backend, "jobs": args.jobs, **run_on_a_terminal(cmd)}
        rows.append(row)
        print(json.dumps(row, ensure_ascii=False), file=sys.stderr)
    rss = [r["peak_rss_mb"] for r in rows]
    print(json.dumps({"runs": rows, "memory_growth": round(max(rss) / min(rss) - 1, 3)}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
