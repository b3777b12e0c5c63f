"""Options shared by the commands that read Label Studio exports (ls import, ls to-bio, agreement)."""

from __future__ import annotations

import argparse
from typing import Any

from ..clikit import format_table
from ..labels import MAPPINGS
from ..labelstudio.corrected import DEFAULT_POLICY
from ..labelstudio.layout import Layout


def add_export_options(parser: argparse.ArgumentParser, *, policy: bool = True) -> None:
    if policy:
        parser.add_argument("--policy", default=DEFAULT_POLICY, metavar="POLICY",
                            help="which annotation(s) to use when a task has several: latest, annotator:EMAIL (or user id), "
                                 f"ground_truth, majority (per-span vote); default {DEFAULT_POLICY}")
    parser.add_argument("--repair", action="store_true",
                        help="re-locate regions whose offsets do not match their text (reported) instead of failing")
    parser.add_argument("--label-map", metavar="FILE",
                        help='JSON {"THEIR_LABEL": "OUR_LABEL" or null} for projects with other label names')
    parser.add_argument("--scheme", dest="label_scheme", choices=sorted(MAPPINGS), metavar="NAME",
                        help=f"map another scheme's labels onto ours ({', '.join(sorted(MAPPINGS))})")
    parser.add_argument("--ner-control", default="label", metavar="NAME",
                        help="name of the <Labels> control holding entities (default: label)")


def layout_from(args: argparse.Namespace) -> Layout:
    return Layout(ner=args.ner_control)


def format_summary(summary: dict[str, Any]) -> str:
    """The part of an import summary people need to see, as a few short lines."""
    ann = summary["annotations"]
    rows = [
        ("tasks", summary["tasks"]),
        ("records written", summary["records"]),
        ("annotations used", ann["used"]),
        ("annotations not chosen by policy", ann["not_chosen"]),
        ("skipped (cancelled) annotations", ann["skipped"]),
        ("drafts (never used)", ann["drafts"]),
        ("tasks without annotations", len(summary["unlabeled_tasks"])),
        (f"tasks with none matching --policy {summary['policy']}", len(summary["policy_misses"])),
        ("ground-truth records", summary["ground_truth_records"]),
        ("questions (impossible)", f"{summary['qa']['questions']} ({summary['qa']['impossible']})"),
        ("regions repaired", len(summary["repairs"])),
    ]
    lines = [format_table(rows, ["", "count"])]
    if summary["entities"]:
        lines.append("entities: " + ", ".join(f"{k} {v}" for k, v in summary["entities"].items()))
    for rep in summary["repairs"][:20]:
        lines.append(f"repaired task {rep['task']} region {rep['region']}: {tuple(rep['old'])} -> "
                     f"{tuple(rep['new'])} {rep['text']!r} ({rep['how']})")
    if len(summary["repairs"]) > 20:
        lines.append(f"... and {len(summary['repairs']) - 20} more repairs (see --json)")
    for item in summary["incomplete_qa"][:20]:
        what = item.get("question") or item.get("answer")
        lines.append(f"warning: task {item['task']}: {item['problem']}: {what!r}")
    if summary["skipped"]:
        ids = ", ".join(str(s["task"]) for s in summary["skipped"][:10])
        lines.append(f"skipped annotations not used (tasks {ids}{', ...' if len(summary['skipped']) > 10 else ''})")
    if summary["dropped_labels"]:
        lines.append("dropped by the label map: " + ", ".join(f"{k} {v}" for k, v in summary["dropped_labels"].items()))
    if summary["ignored_controls"]:
        lines.append("ignored other controls: " + ", ".join(f"{k} {v}" for k, v in summary["ignored_controls"].items()))
    if summary.get("duplicate_ids"):
        lines.append(f"warning: {len(summary['duplicate_ids'])} paragraph id(s) occur in several tasks "
                     f"(e.g. {summary['duplicate_ids'][0]}): the project holds duplicates")
    lines += [f"note: {note}" for note in summary.get("notes", [])]
    return "\n".join(lines)


def warn_if_nothing(command: str, summary: dict[str, Any]) -> None:
    """An export with nothing annotated: say so, and that nothing was written (an earlier output is kept)."""
    if summary.get("written", True):
        return
    import sys

    print(f"annotate {command}: warning: no annotated tasks in {summary['export']} ({summary['tasks']} tasks): "
          f"nothing written, {summary['out']} left as it was — correct the tasks in Label Studio, "
          "then `ls pull` and run this again", file=sys.stderr)
