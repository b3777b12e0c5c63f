"""``python -m annotate pipeline``: the main job, every stage into one build folder."""

from __future__ import annotations

import argparse
import functools
import sys

from annotate.clikit import add_common, format_table, print_json, progress

from .segment import print_notes

NAME = "pipeline"
HELP = "run every stage (segmentation first) on a folder of articles and summarize the build"
EXAMPLE = "python -m annotate pipeline seeds/ --out build/"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help=".txt/.md files or folders of them")
    parser.add_argument("--out", default="build", help="build folder (default: build/)")
    parser.add_argument("--on-error", choices=("fail", "skip"), default="fail",
                        help="on a bad input file: stop (fail, default) or leave it out (skip)")
    parser.add_argument("-j", "--jobs", type=int, default=1,
                        help="worker processes for segmentation (default 1; 0 = one per CPU); same output")
    add_common(parser)


def run(args: argparse.Namespace) -> int:
    from annotate.pipeline import run_pipeline

    # No bar when stderr is a file or pipe: logs keep only the summary and the error line.
    bar = functools.partial(progress, quiet=args.quiet or not sys.stderr.isatty())
    report = run_pipeline(args.paths, args.out, on_error=args.on_error, jobs=args.jobs, progress=bar)
    print_notes(report.warnings, report.skipped)
    if args.json:
        print_json(report.as_dict())
        return 0
    if args.quiet:
        return 0
    for stage in report.stages:
        print(f"[{stage['stage']}] -> {stage['output']}")
        if stage["stage"] == "segment":
            print(f"  {stage['documents']} documents, {stage['units']} units, {stage['characters']} characters")
            rows = [[kind, count] for kind, count in stage["kinds"].items()]
            print("  " + format_table(rows, ["kind", "units"]).replace("\n", "\n  "))
    return 0
