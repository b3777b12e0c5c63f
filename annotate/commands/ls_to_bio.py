"""``annotate ls to-bio``: a Label Studio export -> character-level BIO for training."""

from __future__ import annotations

import argparse
import sys

from ..clikit import add_common, print_json
from ..labelstudio.convert import OVERLAP_POLICIES, export_to_bio
from ..spans import SCHEMES
from ._lsopts import add_export_options, format_summary, layout_from, warn_if_nothing

NAME = "to-bio"
HELP = ("character-level tags, one character and its tag per line, a blank line between paragraphs "
        "(whitespace written as U+XXXX so offsets survive)")
EXAMPLE = "python -m annotate ls to-bio seeds/annotations/export.json --out build/train.bio --tag-scheme BIOES"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("export", help="Label Studio export: JSON (full) or JSON_MIN")
    parser.add_argument("--out", required=True, help="BIO file to write")
    parser.add_argument("--tag-scheme", default="BIO", type=str.upper, choices=sorted(SCHEMES),
                        help="tagging scheme (default BIO)")
    parser.add_argument("--on-overlap", default="error", choices=OVERLAP_POLICIES,
                        help="overlapping entities cannot be tagged: fail (default), keep the longest (outer) or the shortest (inner)")
    add_export_options(parser)
    add_common(parser)


def run(args: argparse.Namespace) -> int:
    summary = export_to_bio(args.export, args.out, policy=args.policy, scheme=args.tag_scheme,
                            on_overlap=args.on_overlap, repair=args.repair, label_map=args.label_map,
                            label_scheme=args.label_scheme, layout=layout_from(args))
    warn_if_nothing("ls to-bio", summary)
    if args.json:
        print_json(summary)
    elif not args.quiet and summary["written"]:
        print(format_summary(summary))
        extra = f", {summary['overlaps_dropped']} overlapping entities dropped" if summary["overlaps_dropped"] else ""
        print(f"wrote {summary['blocks']} paragraphs ({summary['characters']} characters) to {summary['out']}{extra}",
              file=sys.stderr)
    return 0
