"""``annotate ls import``: a Label Studio JSON/JSON_MIN export -> corrected.jsonl."""

from __future__ import annotations

import argparse
import sys

from ..clikit import add_common, print_json
from ..labelstudio.convert import import_export
from ._lsopts import add_export_options, format_summary, layout_from, warn_if_nothing

NAME = "import"
HELP = "convert a Label Studio export (JSON or JSON_MIN) into corrected records (entities + QA)"
EXAMPLE = ("python -m annotate ls import seeds/annotations/export.json --out build/corrected_majority.jsonl "
           "--policy majority")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("export", help="Label Studio export: JSON (full) or JSON_MIN")
    parser.add_argument("--out", required=True, help="corrected records, one JSON object per line")
    add_export_options(parser)
    add_common(parser)


def run(args: argparse.Namespace) -> int:
    summary = import_export(args.export, args.out, policy=args.policy, repair=args.repair,
                            label_map=args.label_map, scheme=args.label_scheme, layout=layout_from(args))
    warn_if_nothing("ls import", summary)
    if args.json:
        print_json(summary)
    elif not args.quiet:
        print(format_summary(summary))
        if summary["written"]:
            print(f"wrote {summary['records']} records to {summary['out']}", file=sys.stderr)
    return 0
