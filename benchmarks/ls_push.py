"""Push N pre-annotated tasks to a local Label Studio and report tasks/s (goal: >= 500/s for 10,000).

    python benchmarks/ls_push.py                       # starts its own server (fresh data dir), 10,000 tasks
    python benchmarks/ls_push.py --url URL --token T   # against a running server
    python benchmarks/ls_push.py --n 200 --batch-size 1    # one request per task, for comparison
    python benchmarks/ls_push.py --memory 3000 30000       # peak RSS of `ls push` (its own process) per size


Each task is a ~120-character Chinese paragraph with 4 predicted spans (one prediction); the timed
part is exactly what `python -m annotate ls push` does: read + check the file, look up the project,
list existing tasks, import in batches. A second push of the same file is timed too (idempotent: adds
nothing). Results go in docs/benchmarks.md, section "Label Studio push".

``--memory N ...`` pushes a JSONL file of N tasks (``--format json`` for a JSON array) with
``python -m annotate ls push`` in a child process, once per size, each into a new project of one server,
and reports the child's peak resident set size (``ru_maxrss`` from ``wait4``) and its wall time.
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


def make_tasks(n: int, seed: int = 0, offset: int = 0) -> list[dict]:
    rng = random.Random(seed)
    tasks = []
    for i in range(offset, offset + n):
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


def write_tasks(path: Path, n: int) -> None:
    """The benchmark tasks as a JSON array (``.json``) or JSON Lines, written one task at a time."""
    with open(path, "w", encoding="utf-8") as out:
        if path.suffix == ".jsonl":
            for start in range(0, n, 1000):
                for task in make_tasks(min(1000, n - start), seed=start, offset=start):
                    out.write(json.dumps(task, ensure_ascii=False) + "\n")
            return
        out.write("[")
        for start in range(0, n, 1000):
            for i, task in enumerate(make_tasks(min(1000, n - start), seed=start, offset=start)):
                out.write(("," if start + i else "") + json.dumps(task, ensure_ascii=False) + "\n")
        out.write("]\n")


def push_rss(path: Path, title: str, url: str, token: str, batch_size: int) -> dict:
    """Run ``ls push`` in a child process: its peak RSS (MiB), wall seconds and JSON result."""
    import subprocess

    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(root), "LABEL_STUDIO_URL": url, "LABEL_STUDIO_API_KEY": token}
    with tempfile.TemporaryFile() as stdout, tempfile.TemporaryFile() as stderr:
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "annotate", "ls", "push", str(path), "--project", title,
                                 "--batch-size", str(batch_size), "--json"], env=env, cwd=root, stdout=stdout, stderr=stderr)
        _, status, usage = os.wait4(proc.pid, 0)  # this child's own rusage, peak RSS included
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        stdout.seek(0)
        stderr.seek(0)
        out, err = stdout.read(), stderr.read()
    if proc.returncode:
        raise SystemExit(f"ls push failed: {err.decode(errors='replace')[-2000:]}")
    return {"peak_rss_mib": round(usage.ru_maxrss / 1024, 1), "push_seconds": round(wall, 2),
            "result": json.loads(out)}


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
    parser.add_argument("--memory", type=int, nargs="+", metavar="N",
                        help="measure the peak RSS of `ls push` in its own process for each N (e.g. 3000 30000)")
    parser.add_argument("--format", choices=("jsonl", "json"), default="jsonl", help="the file --memory pushes")
    args = parser.parse_args()
    if args.memory:
        return memory(args)

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


def memory(args: argparse.Namespace) -> int:
    rows = []
    with tempfile.TemporaryDirectory(prefix="ls-bench-") as tmp:
        srv = None
        if not args.url:
            srv = server.launch(port=server.free_port(), data_dir=Path(tmp) / "data", log=lambda m: None)
        url, token = (srv.url, srv.token) if srv else (args.url, args.token)
        try:
            for n in args.memory:
                path = Path(tmp) / f"tasks-{n}.{args.format}"
                write_tasks(path, n)
                run = push_rss(path, f"bench-mem-{n}-{int(time.time())}", url, token, args.batch_size)
                assert run["result"]["tasks_created"] == n, run["result"]
                rows.append({"tasks": n, "format": args.format, "file_mib": round(path.stat().st_size / 2**20, 1),
                             "peak_rss_mib": run["peak_rss_mib"], "push_seconds": run["push_seconds"],
                             "tasks_per_second": round(n / run["push_seconds"], 1),
                             "load_average_1m": os.getloadavg()[0]})
                path.unlink()
        finally:
            if srv:
                server.stop(srv.pid)
    print(json.dumps({"label_studio": server.LS_VERSION, "batch_size": args.batch_size, "runs": rows,
                      "rss_ratio_largest_to_smallest": round(rows[-1]["peak_rss_mib"] / rows[0]["peak_rss_mib"], 3)},
                     indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
