"""``python -m qa build``: corrected records -> the QA benchmark (SQuAD JSON + datasets folders)."""

from __future__ import annotations

import argparse
import sys

from annotate.clikit import add_common, format_table, print_json

NAME = "build"
HELP = "build the QA benchmark (SQuAD/CMRC JSON + HF DatasetDict) from corrected records"
EXAMPLE = "python -m qa build build/corrected.jsonl --out build/benchmark"
OUTPUTS = {"out": "dir"}  # see annotate.clikit: checked against every input before run


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("corrected", help="corrected.jsonl written by `annotate ls import`")
    parser.add_argument("--out", required=True, help="output folder (an earlier build there is replaced)")
    parser.add_argument("--split", default="test", help="split name in the datasets folders (default: test)")
    parser.add_argument("--check", action="store_true",
                        help="then lint the built items with `qa check` (one line per finding, the measures); "
                             "exit 1 on an error-level finding")
    add_common(parser)


def run(args: argparse.Namespace) -> int:
    from qa.build import build

    result = build(args.corrected, args.out, split=args.split)
    checked = None
    if args.check:
        from qa.check import check_path

        checked = check_path(args.out, with_stats=True)
    if args.json:
        print_json({**result.as_dict(), **({"check": checked.as_dict()} if checked else {})})
        return 1 if checked and checked.errors else 0
    if not args.quiet:
        print(f"{result.questions} questions ({result.unanswerable} unanswerable) over {result.paragraphs} "
              f"paragraphs, {result.entities} entities -> {result.out}/", file=sys.stdout)
        print(format_table(sorted(result.by_type.items()), ["answer type", "questions"]))
    if checked:
        from qa.commands.check import report

        print(report(checked, quiet=args.quiet, stats=True))
    return 1 if checked and checked.errors else 0
