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
    add_common(parser)


def run(args: argparse.Namespace) -> int:
    from qa.build import build

    result = build(args.corrected, args.out, split=args.split)
    if args.json:
        print_json(result.as_dict())
    elif not args.quiet:
        print(f"{result.questions} questions ({result.unanswerable} unanswerable) over {result.paragraphs} "
              f"paragraphs, {result.entities} entities -> {result.out}/", file=sys.stdout)
        print(format_table(sorted(result.by_type.items()), ["answer type", "questions"]))
    return 0
