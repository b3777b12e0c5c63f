"""Compile the text route's modules with mypyc into a copy of the tree (the mypyc experiment of session 16).

    python benchmarks/mypyc_build.py --out /tmp/accel            # copy the tree there and compile in place
    PYTHONPATH=/tmp/accel python -m annotate segment seeds --out seeds.jsonl   # the compiled build
    python benchmarks/mypyc_build.py --out /tmp/accel --modules join,lines,classify

The working tree is left alone: the tracked files (as they are on disk) are copied to ``--out`` (the
corpus under benchmarks/segcorpus is linked, not copied) and mypyc builds a C extension beside each
chosen module there (``annotate/segment/join.cpython-311-….so`` is imported before ``join.py``), with
one shared runtime library at the top of ``--out``. Needs ``pip install mypy`` and a C compiler;
docs/benchmarks.md ("mypyc experiment, session 16") has the figures.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEGMENT = ROOT / "annotate" / "segment"
# not compiled: core builds its frozen Units through __dict__ (a native class has none); files, decode and
# score are I/O or outside the text route; readers is the native route
SKIP = {"__init__", "core", "files", "decode", "score"}
# mypy's checks as mypyc needs them: a name may be bound again with another type (``body`` a str in one
# loop and a list of lines after it), as the code does in a few places
MYPY_FLAGS = ["--allow-redefinition-new", "--local-partial-types", "--ignore-missing-imports"]


def default_modules() -> list[str]:
    return sorted(p.stem for p in SEGMENT.glob("*.py") if p.stem not in SKIP)


def copy_tree(out: Path) -> None:
    """The tracked files of the working tree, as they are on disk, under ``out`` (the corpus linked)."""
    files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout.split(b"\0")
    for name in filter(None, (f.decode() for f in files)):
        if name.startswith("benchmarks/segcorpus/") or not (ROOT / name).is_file():
            continue
        target = out / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target)
    link = out / "benchmarks" / "segcorpus"
    if not link.exists():
        link.symlink_to(ROOT / "benchmarks" / "segcorpus")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True, help="folder for the copy and the compiled modules (emptied first)")
    parser.add_argument("--modules", help="comma-separated modules of annotate/segment (default: all but "
                        + ", ".join(sorted(SKIP)) + ")")
    parser.add_argument("--opt-level", default="3", help="MYPYC_OPT_LEVEL, 0-3 (default: 3)")
    args = parser.parse_args(argv)
    out = Path(args.out).resolve()
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    copy_tree(out)
    modules = args.modules.split(",") if args.modules else default_modules()
    paths = [f"annotate/segment/{m}.py" for m in modules]
    env = dict(os.environ, MYPYC_OPT_LEVEL=args.opt_level)
    start, cpu = time.perf_counter(), os.times()
    subprocess.run([sys.executable, "-m", "mypyc", *MYPY_FLAGS, *paths], cwd=out, env=env, check=True)
    end = os.times()
    cpu_s = end.children_user + end.children_system - cpu.children_user - cpu.children_system
    print(f"compiled {len(paths)} modules in {time.perf_counter() - start:.0f} s wall, {cpu_s:.0f} s CPU", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
