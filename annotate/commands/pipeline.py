"""``python -m annotate pipeline``: the main job, every stage into one build folder."""

from __future__ import annotations

import argparse
import functools

from annotate.clikit import add_common, format_table, print_json, progress

from .segment import print_notes

NAME = "pipeline"
HELP = ("the main job: segment, pre-label, write the Label Studio config, and (given corrected annotations) "
        "build, evaluate and lay out the QA benchmark")
EXAMPLE = "python -m annotate pipeline seeds/ --out build/"
OUTPUTS = {"out": "into"}  # see annotate.clikit: checked against every input before run


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help=".txt/.md files or folders of them")
    parser.add_argument("--out", default="build", help="build folder (default: build/)")
    parser.add_argument("--on-error", choices=("fail", "skip"), default="fail",
                        help="on a bad input file: stop (fail, default) or leave it out (skip)")
    parser.add_argument("-j", "--jobs", type=int, default=1,
                        help="worker processes for segmentation and pre-labelling (default 1; 0 = one per CPU); same output")
    parser.add_argument("--backend", default=None, help="pre-label backend spec (default: the offline default)")
    parser.add_argument("--annotations", default=None, metavar="EXPORT",
                        help="Label Studio export of the corrections (default: PATH/annotations/export.json)")
    parser.add_argument("--system", default="overlap", help="offline QA baseline to evaluate (default: overlap)")
    add_common(parser)


def run(args: argparse.Namespace) -> int:
    from annotate.pipeline import run_pipeline

    bar = functools.partial(progress, quiet=args.quiet)
    report = run_pipeline(args.paths, args.out, on_error=args.on_error, jobs=args.jobs, progress=bar,
                          backend=args.backend, annotations=args.annotations, system=args.system)
    print_notes(report.warnings, report.skipped)
    if args.json:
        print_json(report.as_dict())
        return 0
    if args.quiet:
        return 0
    for stage in report.stages:
        _print_stage(stage.as_dict())
    return 0


def _print_stage(stage: dict) -> None:
    name = stage["stage"]
    if stage.get("not_run"):
        print(f"[{name}] not run: {stage['not_run']}")
        return
    print(f"[{name}] -> {stage['output']}")
    indent = "  "
    if name == "segment":
        print(f"  {stage['documents']} documents, {stage['units']} units, {stage['characters']} characters")
        rows = [[kind, count] for kind, count in stage["kinds"].items()]
        print(indent + format_table(rows, ["kind", "units"]).replace("\n", "\n" + indent))
    elif name == "prelabel":
        left_out = ", ".join(f"{n} {k}" for k, n in stage["skipped"].items())
        print(f"  {stage['tasks']} tasks, {stage['regions']} regions, model {stage['model_version']}"
              + (f" (left out: {left_out})" if left_out else ""))
        rows = [[label, count] for label, count in stage["per_label"].items()]
        print(indent + format_table(rows, ["label", "regions"]).replace("\n", "\n" + indent))
    elif name == "label-studio":
        print("  to correct the pre-labels in Label Studio:")
        print("\n".join(indent * 2 + line for line in stage["commands"]))
    elif name == "import":
        print(f"  {stage['records']} corrected paragraphs from {stage['export']}")
    elif name == "qa-build":
        print(f"  {stage['questions']} questions ({stage['unanswerable']} unanswerable) over "
              f"{stage['paragraphs']} paragraphs; {stage['entities']} corrected entities")
    elif name == "qa-eval":
        print(indent + stage["report"].replace("\n", "\n" + indent))
        print(f"  HTML report: {stage['html']}")
    elif name == "hub":
        print(f"  {len(stage['files'])} files: " + ", ".join(stage["files"]))
