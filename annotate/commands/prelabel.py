"""``python -m annotate prelabel``: paragraphs JSONL -> Label Studio tasks with NER pre-labels."""

from __future__ import annotations

import argparse

from ..clikit import add_common, format_table, print_json, progress

NAME = "prelabel"
HELP = "pre-label paragraphs with NER backends and write Label Studio tasks"
# --out is a file or a shard folder: never an input, never a folder holding one (annotate.clikit)
OUTPUTS = {"out": "dir"}
EXAMPLE = "python -m annotate prelabel build/paragraphs.jsonl --out build/tasks.json --backend rules+lac"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from ..prelabel import DEFAULT_BACKEND, FALLBACK_BACKEND, REGISTRY
    from ..prelabel.tasks import DEFAULT_KINDS

    parser.add_argument("input", metavar="INPUT", help="paragraphs JSONL from `segment`, or any JSONL of {id, text}")
    parser.add_argument("--out", required=True,
                        help="where the tasks go: FILE.json (a JSON array), FILE.jsonl (one task per line) or DIR/ "
                             "(JSONL shards + manifest.json); all three stream and resume after a kill")
    parser.add_argument("--backend", help=f"backends in priority order, joined by + or , (from: {', '.join(REGISTRY)}); "
                        f"default {DEFAULT_BACKEND} ({FALLBACK_BACKEND} where LAC is not installed)")
    parser.add_argument("--model", help="model for the hf backend (a checkpoint directory or hub id) or the tagger "
                        "backend (a directory from `annotate train`; default: the shipped tagger)")
    parser.add_argument("--batch-size", type=int, default=64, help="paragraphs per backend call (default 64)")
    parser.add_argument("--kinds", default=",".join(DEFAULT_KINDS),
                        help="segmenter kinds to pre-label, comma-separated, or 'all' (default: all but debris)")
    parser.add_argument("--jobs", "-j", type=int, default=1, metavar="N",
                        help="worker processes, each loading the backend once (0 = one per CPU; default 1)")
    parser.add_argument("--engine", choices=("local", "ray"), default="local",
                        help="local processes (default) or Ray Data actors (pip install '.[ray]'; joins the cluster "
                             "named by RAY_ADDRESS, else starts a local one with --jobs CPUs)")
    parser.add_argument("--gpus", type=float, default=0.0, metavar="N",
                        help="GPUs per Ray actor (for --backend hf on GPU nodes; default 0)")
    parser.add_argument("--shard-size", type=int, default=10_000, metavar="N",
                        help="records per shard: the unit of parallel work and of resuming (default 10000)")
    parser.add_argument("--on-error", choices=("fail", "skip"), default="fail",
                        help="a malformed line stops the run (completed shards are kept), or is skipped and listed")
    add_common(parser)


def run(args: argparse.Namespace) -> int:
    from ..errors import UsageError
    from ..prelabel.tasks import prelabel

    if args.batch_size < 1:
        raise UsageError("--batch-size must be at least 1")
    if args.jobs < 0 or args.shard_size < 1:
        raise UsageError("--jobs must be 0 or more and --shard-size at least 1")
    kinds = None if args.kinds.strip() == "all" else [k.strip() for k in args.kinds.split(",") if k.strip()]
    result = prelabel(args.input, args.out, backend=args.backend, model=args.model, batch_size=args.batch_size,
                      kinds=kinds, progress=None if args.quiet or args.json else progress, jobs=args.jobs,
                      engine=args.engine, gpus=args.gpus, shard_size=args.shard_size, on_error=args.on_error)
    summary = result.summary(out=args.out)
    if args.json:
        print_json(summary)
    elif not args.quiet:
        print(f"{summary['tasks']} tasks, {summary['regions']} regions ({result.model_version}) -> {args.out}")
        if summary["skipped"]:
            print("skipped: " + ", ".join(f"{k} {v}" for k, v in summary["skipped"].items()))
        if set(summary["shards"]) - {"new"}:
            print("shards: " + ", ".join(f"{k} {v}" for k, v in sorted(summary["shards"].items())))
        if result.per_label:
            print(format_table(sorted(result.per_label.items()), ["label", "regions"]))
        for bad in summary["bad_lines"]:  # last, where a reader of the log looks
            print(f"skipped line {bad['line']}: {bad['error']}")
    return 0
