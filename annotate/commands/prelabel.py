"""``python -m annotate prelabel``: paragraphs JSONL -> Label Studio tasks with NER pre-labels."""

from __future__ import annotations

import argparse

from ..clikit import add_common, format_table, print_json, progress

NAME = "prelabel"
HELP = "pre-label paragraphs with NER backends and write Label Studio tasks"
EXAMPLE = "python -m annotate prelabel build/paragraphs.jsonl --out build/tasks.json --backend rules+lac"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from ..prelabel import DEFAULT_BACKEND, FALLBACK_BACKEND, REGISTRY
    from ..prelabel.tasks import DEFAULT_KINDS

    parser.add_argument("input", metavar="INPUT", help="paragraphs JSONL from `segment`, or any JSONL of {id, text}")
    parser.add_argument("--out", required=True, help="Label Studio tasks JSON to write")
    parser.add_argument("--backend", help=f"backends in priority order, joined by + or , (from: {', '.join(REGISTRY)}); "
                        f"default {DEFAULT_BACKEND} ({FALLBACK_BACKEND} where LAC is not installed)")
    parser.add_argument("--model", help="model for the hf backend (a checkpoint directory or hub id) or the tagger "
                        "backend (a directory from `annotate train`; default: the shipped tagger)")
    parser.add_argument("--batch-size", type=int, default=64, help="paragraphs per backend call (default 64)")
    parser.add_argument("--kinds", default=",".join(DEFAULT_KINDS),
                        help="segmenter kinds to pre-label, comma-separated, or 'all' (default: all but debris)")
    add_common(parser)


def run(args: argparse.Namespace) -> int:
    from ..errors import UsageError
    from ..prelabel.tasks import prelabel

    if args.batch_size < 1:
        raise UsageError("--batch-size must be at least 1")
    kinds = None if args.kinds.strip() == "all" else [k.strip() for k in args.kinds.split(",") if k.strip()]
    result = prelabel(args.input, args.out, backend=args.backend, model=args.model, batch_size=args.batch_size,
                      kinds=kinds, progress=None if args.quiet or args.json else progress)
    summary = result.summary(out=args.out)
    if args.json:
        print_json(summary)
    elif not args.quiet:
        print(f"{summary['tasks']} tasks, {summary['regions']} regions ({result.model_version}) -> {args.out}")
        if summary["skipped"]:
            print("skipped: " + ", ".join(f"{k} {v}" for k, v in summary["skipped"].items()))
        if result.per_label:
            print(format_table(sorted(result.per_label.items()), ["label", "regions"]))
    return 0
