"""Pre-labelling at corpus scale: flat memory, --jobs and Ray speed-ups, identical outputs, resume, validation cost.

Corpora are JSONL paragraphs with distinct ids, made here from the People's Daily *dev* sentences (two to
five random sentences per paragraph, fixed seed), sized in megabytes of JSONL (``--memory rules:10,rules:100``; a
10 MB corpus holds about 3.2 M characters). Every run is ``python -m annotate prelabel`` in a subprocess:

- **memory**: peak RSS of the largest process of the run (``getrusage(RUSAGE_CHILDREN)``), per size, for
  ``--backend`` (a Ray run's actors are not our children: not measured);
- **speed**: characters/s of ``--jobs 1``, ``--jobs 2`` and ``--engine ray --jobs 2`` (a local 2-CPU Ray
  instance started by the run; its start-up and shut-down are included) on the ``--speed-mb`` corpus with
  ``--speed-backend``; all outputs compared byte for byte. Ray's fixed cost is measured on two one-paragraph
  shards (the same command; ``startup_s``) and subtracted for ``chars_per_s_after_startup``;
- **resume**: a ``--out DIR/`` run is SIGKILLed once half its shards exist, then re-run; the re-run's time
  against the uninterrupted run's, and the output compared byte for byte;
- **validation**: the same run with and without per-task schema validation (``validate_output``), and the
  validator alone timed over every task of the output.

    PYTHONPATH=. python benchmarks/prelabel_scale.py --memory rules:10,rules:100 --speed-mb 1 [--json]

Timings are wall-clock on whatever machine runs this, with the CPU seconds of the run's processes beside them
(less sensitive to other jobs); the 1-minute load average is recorded beside each.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SENTENCES = ROOT.parent / "shared" / "data" / "peoples_daily_ner" / "example.dev"
SHARD = 1000


def sentences(path: Path = SENTENCES) -> list[str]:
    out, chars = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            chars.append(line.split()[0])
        elif chars:
            out.append("".join(chars))
            chars = []
    if chars:
        out.append("".join(chars))
    return out


def make_corpus(path: Path, megabytes: float, *, seed: int = 0) -> Path:
    if path.exists():
        return path
    pool = sentences()
    rng = random.Random(seed)
    limit, size, i = int(megabytes * 1_000_000), 0, 0
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        while size < limit:
            text = "".join(rng.choice(pool) for _ in range(rng.randint(2, 5)))
            line = json.dumps({"id": f"p{i}", "kind": "paragraph", "text": text}, ensure_ascii=False) + "\n"
            handle.write(line)
            size += len(line.encode("utf-8"))
            i += 1
    tmp.replace(path)
    return path


def load() -> float:
    return os.getloadavg()[0]


_MEASURE = ("import json, resource, subprocess, sys, time\n"
            "t = time.perf_counter(); p = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
            "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
            "print(json.dumps({'rc': p.returncode, 'seconds': time.perf_counter() - t, 'out': p.stdout,"
            " 'err': p.stderr[-2000:], 'maxrss_kb': u.ru_maxrss, 'cpu_s': u.ru_utime + u.ru_stime}))\n")


def measure(args: list[str]) -> dict:
    """Run one command in a fresh process; wall seconds and the peak RSS of its largest process."""
    before = load()
    done = subprocess.run([sys.executable, "-c", _MEASURE, *args], capture_output=True, text=True, check=True)
    result = json.loads(done.stdout)
    if result["rc"] != 0:
        raise SystemExit(f"failed: {' '.join(args)}\n{result['err']}")
    result["load"] = round(max(before, load()), 2)
    return result


def prelabel_cmd(src: Path, out: str, backend: str, *extra: str) -> list[str]:
    shard = [] if "--shard-size" in extra else ["--shard-size", str(SHARD)]
    return [sys.executable, "-m", "annotate", "prelabel", str(src), "--out", out, "--backend", backend,
            *shard, "--json", *extra]


def run(src: Path, out: str, backend: str, *extra: str) -> dict:
    result = measure(prelabel_cmd(src, out, backend, *extra))
    summary = json.loads(result.pop("out"))
    result.pop("err")
    result.update(chars=summary["chars"], tasks=summary["tasks"], shards=summary["shards"],
                  chars_per_s=round(summary["chars"] / result["seconds"]), cpu_s=round(result["cpu_s"], 1),
                  chars_per_cpu_s=round(summary["chars"] / max(result["cpu_s"], 1e-9)),
                  peak_rss_mb=round(result.pop("maxrss_kb") / 1024, 1), seconds=round(result["seconds"], 2))
    return result


def digest(path: Path) -> str:
    h = hashlib.sha256()
    files = [path] if path.is_file() else [path / s["file"] for s in
                                           json.loads((path / "manifest.json").read_text("utf-8"))["shards"]]
    for file in files:
        h.update(file.read_bytes())
    return h.hexdigest()[:16]


def memory(work: Path, runs: list[tuple[str, float]]) -> list[dict]:
    rows = []
    for backend, mb in runs:
        src = make_corpus(work / f"corpus-{mb:g}mb.jsonl", mb)
        out = work / f"mem-{mb:g}mb-{backend.replace('+', '_')}.jsonl"
        row = run(src, str(out), backend)
        row.update(size_mb=mb, backend=backend, input_bytes=src.stat().st_size, sha=digest(out))
        rows.append(row)
        print(json.dumps(row), file=sys.stderr)
    return rows


def speed(work: Path, mb: float, backend: str, shard_size: int) -> list[dict]:
    src = make_corpus(work / f"corpus-{mb:g}mb.jsonl", mb)
    rows = []
    for name, extra in (("jobs 1", ["--jobs", "1"]), ("jobs 2", ["--jobs", "2"]),
                        ("ray 2 CPUs", ["--engine", "ray", "--jobs", "2"])):
        out = work / f"speed-{name.replace(' ', '')}.jsonl"
        row = run(src, str(out), backend, *extra, "--shard-size", str(shard_size))
        row.update(run=name, size_mb=mb, backend=backend, sha=digest(out))
        if name.startswith("ray"):  # actors run under the raylet, not as our children
            row["peak_rss_mb"] = row["cpu_s"] = row["chars_per_cpu_s"] = None
        rows.append(row)
        print(json.dumps(row), file=sys.stderr)
    # Ray's fixed cost (the process, starting a local instance and two actors, each loading the model, and
    # shutting the instance down) on a corpus of two one-paragraph shards, one per actor
    tiny = work / "two-paragraphs.jsonl"
    with src.open(encoding="utf-8") as handle:
        tiny.write_text(handle.readline() + handle.readline(), encoding="utf-8")
    start = run(tiny, str(work / "speed-ray-startup.jsonl"), backend, "--engine", "ray", "--jobs", "2",
                "--shard-size", "1")
    base = rows[0]["chars_per_s"]
    for row in rows:
        row["speedup"] = round(row["chars_per_s"] / base, 2)
    ray_row = rows[-1]
    ray_row["startup_s"] = start["seconds"]
    ray_row["chars_per_s_after_startup"] = round(ray_row["chars"] / max(1e-9, ray_row["seconds"] - start["seconds"]))
    ray_row["speedup_after_startup"] = round(ray_row["chars_per_s_after_startup"] / base, 2)
    return rows


def resume(work: Path, mb: float, backend: str, full_seconds: float, reference: str) -> dict:
    src = make_corpus(work / f"corpus-{mb:g}mb.jsonl", mb)
    out = work / f"resume-{mb:g}mb"
    n_shards = -(-sum(1 for line in open(src, "rb") if line.strip()) // SHARD)
    before = load()
    proc = subprocess.Popen(prelabel_cmd(src, f"{out}/", backend), stdout=subprocess.DEVNULL)
    t0 = time.perf_counter()
    while proc.poll() is None and len(list(out.glob("*.meta.json"))) < n_shards // 2:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    killed_after = time.perf_counter() - t0
    done = len(list(out.glob("*.meta.json")))
    again = run(src, f"{out}/", backend)
    row = {"size_mb": mb, "backend": backend, "shards": n_shards, "done_at_kill": done,
           "killed_after_s": round(killed_after, 2), "rerun_s": again["seconds"], "rerun_shards": again["shards"],
           "full_s": full_seconds, "rerun_over_full": round(again["seconds"] / full_seconds, 3),
           "missing_fraction": round(1 - done / n_shards, 3), "identical": digest(out) == reference,
           "load": max(before, again["load"])}
    print(json.dumps(row), file=sys.stderr)
    return row


_ONE = ("import json, sys, time\n"
        "from annotate.prelabel.tasks import prelabel\n"
        "t = time.perf_counter()\n"
        "r = prelabel(sys.argv[1], sys.argv[2], backend=sys.argv[3], validate_output=sys.argv[4] == '1',"
        f" shard_size={SHARD})\n"
        "print(json.dumps({'seconds': time.perf_counter() - t, 'chars': r.chars}))\n")

_VALIDATOR = ("import json, sys, time\n"
              "import schemas\n"
              "check = schemas.item_validator('tasks')\n"
              "tasks = [json.loads(line) for line in open(sys.argv[1], encoding='utf-8')]\n"
              "t = time.perf_counter()\n"
              "for task in tasks: check(task)\n"
              "print(json.dumps({'seconds': time.perf_counter() - t, 'tasks': len(tasks)}))\n")


def validation(work: Path, mb: float, backend: str, repeat: int) -> dict:
    src = make_corpus(work / f"corpus-{mb:g}mb.jsonl", mb)
    times: dict[str, list[float]] = {"on": [], "off": []}
    before = load()
    for _ in range(repeat):
        for flag in ("1", "0"):  # interleaved: load changes hit both sides
            out = work / f"valid-{flag}.jsonl"
            done = subprocess.run([sys.executable, "-c", _ONE, str(src), str(out), backend, flag],
                                  capture_output=True, text=True, check=True)
            times["on" if flag == "1" else "off"].append(json.loads(done.stdout)["seconds"])
    alone = json.loads(subprocess.run([sys.executable, "-c", _VALIDATOR, str(work / "valid-1.jsonl")],
                                      capture_output=True, text=True, check=True).stdout)
    on, off = min(times["on"]), min(times["off"])
    row = {"size_mb": mb, "backend": backend, "with_s": round(on, 2), "without_s": round(off, 2),
           "cost_with_vs_without": round((on - off) / on, 3), "validator_alone_s": round(alone["seconds"], 3),
           "validator_share": round(alone["seconds"] / on, 4), "tasks": alone["tasks"],
           "load": round(max(before, load()), 2)}
    print(json.dumps(row), file=sys.stderr)
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--memory", default="rules:10,rules:100",
                        help="BACKEND:MB runs for peak memory; the last one is also killed and resumed "
                             "(default rules:10,rules:100)")
    parser.add_argument("--speed-mb", type=float, default=1.0, help="corpus size for the speed runs (default 1)")
    parser.add_argument("--speed-backend", default="rules+lac", help="backend for speed and validation runs")
    parser.add_argument("--speed-shard-size", type=int, default=250,
                        help="records per shard in the speed runs, so that both workers have shards (default 250)")
    parser.add_argument("--repeat", type=int, default=2, help="validation runs per side (default 2)")
    parser.add_argument("--work", default="/tmp/zh-annotate-scale", help="where corpora and outputs go")
    parser.add_argument("--skip", default="", help="comma-separated parts to skip: memory,speed,resume,validation")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    skip = set(filter(None, args.skip.split(",")))
    runs = [(b, float(mb)) for b, _, mb in (item.rpartition(":") for item in args.memory.split(","))]
    report: dict = {"cpus": os.cpu_count(), "shard_size": SHARD}
    if "memory" not in skip:
        report["memory"] = memory(work, runs)
        growth = {}
        for backend in dict(runs):
            rss = [r["peak_rss_mb"] for r in report["memory"] if r["backend"] == backend]
            growth[backend] = round(max(rss) / min(rss) - 1, 3)
        report["memory_growth"] = growth
    if "resume" not in skip and "memory" not in skip:
        last = report["memory"][-1]
        report["resume"] = resume(work, runs[-1][1], runs[-1][0], last["seconds"], last["sha"])
    if "speed" not in skip:
        report["speed"] = speed(work, args.speed_mb, args.speed_backend, args.speed_shard_size)
        report["speed_identical"] = len({r["sha"] for r in report["speed"]}) == 1
    if "validation" not in skip:
        report["validation"] = validation(work, args.speed_mb, args.speed_backend, args.repeat)
    print(json.dumps(report, indent=1) if args.json else json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
