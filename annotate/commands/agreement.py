"""``annotate agreement``: how much annotators changed the pre-labels, and how much they agree."""

from __future__ import annotations

import argparse
import sys

from ..agreement.compare import compare
from ..agreement.report import nothing_annotated, to_html, to_markdown
from ..clikit import add_common, print_json
from ..io import atomic_write
from ._lsopts import add_export_options, layout_from

NAME = "agreement"
HELP = ("pre-labels vs corrections: per-label and micro P/R/F1, accepted/boundary/type/deleted/added "
        "counts per model_version, and annotator-vs-annotator agreement")
EXAMPLE = ("python -m annotate agreement --pred build/tasks.json --gold seeds/annotations/export.json "
           "--html build/agreement.html")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--gold", required=True, help="Label Studio export (JSON or JSON_MIN) with the corrections")
    parser.add_argument("--pred", help="tasks with predictions (prelabel output: .json, .jsonl or a shard folder) or an export with full "
                                       "predictions (default: the predictions inside --gold)")
    parser.add_argument("--model-version", help="score this model_version's predictions at the top level "
                                                "(default: the one each annotation started from, else the last)")
    parser.add_argument("--html", metavar="FILE", help="also write an HTML report with charts")
    add_export_options(parser)
    add_common(parser)


def run(args: argparse.Namespace) -> int:
    report = compare(args.gold, args.pred, policy=args.policy, model_version=args.model_version,
                     repair=args.repair, label_map=args.label_map, scheme=args.label_scheme,
                     layout=layout_from(args))
    empty = nothing_annotated(report)
    if empty:
        print(f"annotate agreement: warning: {empty[0].lower()}{empty[1:]}", file=sys.stderr)
    if args.html:
        with atomic_write(args.html) as handle:
            handle.write(to_html(report))
    if args.json:
        print_json(report)
    elif not args.quiet:
        sys.stdout.write(to_markdown(report))
    return 0
