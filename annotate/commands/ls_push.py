"""``python -m annotate ls push``: create/update a project and send tasks with predictions."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict

from annotate.clikit import add_common, format_table, print_json, progress
from annotate.labelstudio.config import TASKS
from annotate.labelstudio.sync import BATCH, push
from annotate.labelstudio.tasks import ORDERS

NAME = "push"
HELP = "send tasks (with their predictions) to a Label Studio project; pushing again adds only what is new"
EXAMPLE = ("LABEL_STUDIO_URL=http://127.0.0.1:8080 LABEL_STUDIO_API_KEY=... "
           "python -m annotate ls push build/tasks.json --project news-ner")


def add_server_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--url", help="server URL (default: $LABEL_STUDIO_URL, else http://localhost:8080)")
    parser.add_argument("--token", help="legacy API token or personal access token (default: $LABEL_STUDIO_API_KEY)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("tasks", help="tasks written by `prelabel`: a JSON array, a JSONL file or a shard folder "
                                      "(--out DIR/), read as a stream (task identity = data.id)")
    parser.add_argument("--project", required=True, help="project id, or title (created when missing)")
    parser.add_argument("--task", choices=TASKS, help="labeling config for the project (a new project gets ner+qa)")
    parser.add_argument("--config", help="a labeling config XML file instead of --task")
    parser.add_argument("--batch-size", type=int, default=BATCH, help=f"tasks per request (default {BATCH})")
    parser.add_argument("--order", choices=ORDERS, default="file",
                        help="file: as in the file (default); uncertainty: least certain pre-labels first (lowest "
                             "prediction score), each task's data.priority = its rank, to sort by in the data manager")
    parser.add_argument("--dedupe", action="store_true",
                        help="remove duplicate tasks (same data.id) found in the project: the oldest annotated "
                             "(else oldest) is kept, its missing predictions copied; annotated duplicates stay")
    add_server_arguments(parser)
    add_common(parser)


def run(args: argparse.Namespace) -> int:
    with progress(desc="push", unit="task", quiet=args.quiet or args.json) as bar:
        result = push(args.tasks, project=args.project, url=args.url, token=args.token, task=args.task,
                      config_path=args.config, batch_size=args.batch_size, dedupe=args.dedupe, progress=bar.update,
                      order=args.order)
    if args.json:
        print_json(asdict(result))
    elif not args.quiet:
        state = "created" if result.project_created else "updated config" if result.config_updated else "existing"
        rows = [["tasks in file", result.tasks_in_file], ["tasks created", result.tasks_created],
                ["tasks already there", result.tasks_existing], ["predictions added", result.predictions_added]]
        if result.duplicates_found or result.duplicates_left:
            rows += [["duplicate tasks found", result.duplicates_found],
                     ["duplicates removed (--dedupe)", result.duplicates_removed]]
        if result.concurrent_fixes:
            rows.append(["duplicates of a concurrent push removed", result.concurrent_fixes])
        print(f"project {result.project_id} {result.project_title!r} ({state}) on {result.url}")
        print(format_table(rows, ["", "count"]))
        print(f"open {result.url}/projects/{result.project_id}/data")
    if result.duplicates_left:
        print(f"annotate ls push: warning: the project holds {result.duplicates_left} duplicate task(s) (same data.id)"
              + ("" if args.dedupe else "; run the push again with --dedupe to remove them")
              + ("; duplicates with annotations are kept: merge them in Label Studio" if args.dedupe else ""),
              file=sys.stderr)
    return 0
