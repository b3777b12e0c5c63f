"""``python -m qa push``: publish a benchmark build to the Hugging Face Hub (or write the repo layout)."""

from __future__ import annotations

import argparse

from annotate.clikit import add_common, print_json
from annotate.errors import InputError, UsageError

NAME = "push"
HELP = ("publish a `qa build` folder as a Hugging Face dataset (configs qa + ner) with --repo-id ORG/NAME and "
        "HF_TOKEN, or write the repository layout with --to-dir")
EXAMPLE = "python -m qa push build/benchmark --to-dir build/hub"
OUTPUTS = {"to_dir": "dir"}  # see annotate.clikit: never the benchmark folder or one holding it


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("benchmark", help="folder written by `python -m qa build`")
    parser.add_argument("--repo-id", help="ORG/NAME of the dataset repository (needed to push)")
    parser.add_argument("--to-dir", metavar="DIR", help="write the repository layout here instead of pushing")
    parser.add_argument("--token", help="write token (default: the HF_TOKEN environment variable)")
    parser.add_argument("--private", action="store_true", help="make the repository private")
    parser.add_argument("--license", default="other", help="licence id for the card (default: other)")
    parser.add_argument("--pretty-name", help="title of the dataset card (default: one made from the build, "
                                              "e.g. 'Chinese extractive QA benchmark (358 questions)')")
    parser.add_argument("--scores", action="append", default=[], metavar="FILE",
                        help="a `qa.eval --json` report to list on the card (repeatable)")
    parser.add_argument("--no-baseline", action="store_true",
                        help="do not run the offline baselines (`overlap`, `first-sentence`) for the card")
    add_common(parser)


def _scores(args: argparse.Namespace) -> list[dict]:
    from annotate.io import read_json

    scores = [read_json(path) for path in args.scores]
    for path, report in zip(args.scores, scores, strict=True):
        if not isinstance(report, dict) or not {"exact_match", "f1", "total"} <= set(report):
            raise InputError("not a `qa.eval --json` report", path=path)
    if not args.no_baseline:
        from qa.evaluate import evaluate

        scores[:0] = [evaluate(f"{args.benchmark}/qa", system=name, resamples=1000).as_dict()
                      for name in ("overlap", "first-sentence")]
    return scores


def run(args: argparse.Namespace) -> int:
    from qa.hub import check_build, push, resolve_token, write_layout

    if not args.to_dir and not args.repo_id:
        raise UsageError("give --repo-id ORG/NAME to push, or --to-dir DIR to write the layout")
    check_build(args.benchmark)  # name the folder itself, before the baselines read its qa/ part
    token = None if args.to_dir else resolve_token(args.token)  # fail before any slow work
    scores = _scores(args)
    options = {"license": args.license, "pretty_name": args.pretty_name, "scores": scores}
    if args.to_dir:
        paths = write_layout(args.benchmark, args.to_dir, repo_id=args.repo_id, **options)
        result = {"to_dir": args.to_dir, "files": paths}
    else:
        result = push(args.benchmark, args.repo_id, token=token, private=args.private, **options).as_dict()
    if args.json:
        print_json(result)
    elif not args.quiet:
        where = args.to_dir or f"https://huggingface.co/datasets/{args.repo_id}"
        files = result.get("files") or result.get("uploaded")
        print(f"{len(files)} files -> {where}")
        for path in files:
            print(f"  {path}")
        for path in result.get("deleted", []):
            print(f"  deleted {path}")
    return 0



