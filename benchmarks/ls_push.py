"""Push N pre-annotated tasks to a local Label Studio and report tasks/s (goal: >= 500/s for 10,000).

    python benchmarks/ls_push.py                       # starts its own server (fresh data dir), 10,000 tasks
    python benchmarks/ls_push.py --url URL --token T   # against a running server
    python benchmarks/ls_push.py --n 200 --batch-size 1    # one request per task, for comparison

Each task is a ~120-character Chinese paragraph with 4 predicted spans (one prediction); the timed
part is exactly what `python -m annotate ls push` does: read + check the file, look up the project,
list existing tasks, import in batches. A second push of the same file is timed too (idempotent: adds
nothing). Results go in docs/benchmarks.md, section "Label Studio push".
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from annotate.labelstudio import server  # noqa: E402
from annotate.labelstudio.sync import BATCH, push  # noqa: E402

_NAMES = [("华为技术有限公司", "ORG"), ("深圳", "LOC"), ("张三", "PER"), ("2024年3月", "DATE"),
          ("19.3万亿元", "MONEY"), ("12.5%", "PERCENT"), ("三千吨", "QUANTITY"), ("国家统计局", "ORG")]
_FILLER = "据报道，在过去一年中，这一地区的经济保持稳定增长，相关部门表示将继续推进高质量发展。"


def make_tasks(n: int, seed: int = 0) -> list[dict]:
    rng = random.Random(seed)
    tasks = []
    for i in range(n):
        text, result = "", []
        for j in range(4):
            text += _FILLER[: rng.randint(8, 24)]
            name, label = rng.choice(_NAMES)
            result.append({"id": f"r{j}", "from_name": "label", "to_name": "text", "type": "labels",
                           "value": {"start": len(text), "end": len(text) + len(name), "text": name,
                                     "labels": [label]}, "score": 0.9})
            text += name
        text += _FILLER
        tasks.append({"data": {"id": f"bench-{i:06d}", "text": text},
                      "predictions": [{"model_version": "bench-1", "score": 0.9, "result": result}]})
    return tasks


def group_cpu_seconds(pgid: int) -> float:
    """User+system CPU of every process in the server's process group (Linux /proc)."""
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid:
            total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--batch-size", type=int, default=BATCH)
    parser.add_argument("--url")
    parser.add_argument("--token")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="ls-bench-") as tmp:
        path = Path(tmp) / "tasks.json"
        path.write_text(json.dumps(make_tasks(args.n), ensure_ascii=False), encoding="utf-8")
        srv = None
        if not args.url:
            srv = server.launch(port=server.free_port(), data_dir=Path(tmp) / "data", log=lambda m: None)
        url, token = (srv.url, srv.token) if srv else (args.url, args.token)
        try:
            title = f"bench-{int(time.time())}"
            cpu0 = group_cpu_seconds(srv.pid) if srv else None
            t0 = time.perf_counter()
            first = push(path, project=title, url=url, token=token, batch_size=args.batch_size)
            t1 = time.perf_counter()
            cpu = group_cpu_seconds(srv.pid) - cpu0 if srv else None
            again = push(path, project=title, url=url, token=token, batch_size=args.batch_size)
            t2 = time.perf_counter()
        finally:
            if srv:
                server.stop(srv.pid)
    assert first.tasks_created == args.n and again.tasks_created == 0, (first, again)
    print(json.dumps({
        "tasks": args.n, "batch_size": args.batch_size, "label_studio": server.LS_VERSION,
        "push_seconds": round(t1 - t0, 2), "tasks_per_second": round(args.n / (t1 - t0), 1),
        "repush_seconds": round(t2 - t1, 2), "repush_created": again.tasks_created,
        # the server's own CPU time: what the rate would be with a core to itself
        "server_cpu_seconds": None if cpu is None else round(cpu, 2),
        "tasks_per_server_cpu_second": None if not cpu else round(args.n / cpu, 1),
        "load_average_1m": os.getloadavg()[0],
    }, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
