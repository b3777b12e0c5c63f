"""``python -m annotate ls pull``: export a project's annotations with full predictions."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict

from annotate.clikit import add_common, print_json
from annotate.commands.ls_push import add_server_arguments
from annotate.labelstudio.sync import EXPORT_TYPES, pull

NAME = "pull"
HELP = "export a project (annotations with annotators, full predictions) to a JSON file"
EXAMPLE = "python -m annotate ls pull --project news-ner --out build/export.json"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--project", required=True, help="project id or exact title")
    parser.add_argument("--out", required=True, help="export file to write (Label Studio JSON)")
    parser.add_argument("--format", choices=EXPORT_TYPES, default="JSON",
                        help="JSON (default; full) or JSON_MIN (flat, one row per annotation)")
    parser.add_argument("--annotated-only", action="store_true", help="leave out tasks nobody annotated")
    add_server_arguments(parser)
    add_common(parser)


def run(args: argparse.Namespace) -> int:
    result = pull(project=args.project, out=args.out, url=args.url, token=args.token,
                  export_type=args.format, annotated_only=args.annotated_only)
    if args.json:
        print_json(asdict(result))
    elif not args.quiet:
        print(f"wrote {result.out}: {result.tasks} tasks, {result.annotations} annotations, "
              f"{result.predictions} predictions from project {result.project_id} {result.project_title!r}",
              file=sys.stderr)
    return 0
