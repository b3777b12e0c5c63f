"""``python -m annotate ls config``: write a labeling config generated from the label set."""

from __future__ import annotations

import argparse
import sys

from annotate.clikit import add_common
from annotate.io import atomic_write
from annotate.labelstudio.config import TASKS, label_config

NAME = "config"
HELP = "write a Label Studio labeling config (NER, QA, or both) generated from the toolkit's labels"
EXAMPLE = "python -m annotate ls config --task ner+qa --out build/ls_config.xml"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--task", choices=TASKS, default="ner+qa",
                        help="ner: entity spans; qa: question + answer span; ner+qa: both (default)")
    parser.add_argument("--out", help="file to write (default: standard output)")
    add_common(parser, json_flag=False)


def run(args: argparse.Namespace) -> int:
    xml = label_config(args.task)
    if not args.out:
        sys.stdout.write(xml)
        return 0
    with atomic_write(args.out) as handle:
        handle.write(xml)
    if not args.quiet:
        print(f"wrote {args.out} ({args.task} config)", file=sys.stderr)
    return 0
