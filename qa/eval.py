"""``python -m qa.eval``: score predictions, a checkpoint or a built-in system on a SQuAD/CMRC dataset.

Also available as ``python -m qa eval``. Exit codes: 0 scored, 1 bad input (one line naming the file,
record and fix), 2 bad command line.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from annotate.clikit import add_common, main_command, print_json, progress
from annotate.io import atomic_write

from .metrics import METRICS
from .systems import SYSTEMS

NAME = "eval"
HELP = "score predictions, a transformers QA checkpoint or a built-in baseline on a SQuAD/CMRC dataset"
EXAMPLE = "python -m qa.eval --data build/benchmark --system overlap --html build/qa_report.html"
OUTPUTS = {"html": "file", "per_question": "file"}  # see annotate.clikit: checked against every input


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data", required=True, metavar="PATH",
                        help="SQuAD/CMRC JSON file, or a dataset folder (save_to_disk or `qa push --to-dir` layout)")
    parser.add_argument("--split", help="split of a dataset folder with several splits")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--predictions", metavar="FILE", help="JSON {question id: answer text}")
    source.add_argument("--model", metavar="CHECKPOINT", help="transformers question-answering checkpoint (folder or hub id)")
    source.add_argument("--system", choices=sorted(SYSTEMS), help="built-in offline baseline")
    parser.add_argument("--metric", choices=METRICS, default="cmrc",
                        help="cmrc: the official CMRC 2018 scorer (default); squad2: official SQuAD 2.0 logic")
    parser.add_argument("--strict-offsets", action="store_true",
                        help="refuse a dataset whose gold answers are not all at their answer_start (by default "
                             "they are counted and reported as a warning: the metrics compare texts)")
    parser.add_argument("--ignore-offsets", action="store_true", help=argparse.SUPPRESS)  # the default now
    parser.add_argument("--html", metavar="FILE", help="also write an HTML report with charts")
    parser.add_argument("--per-question", metavar="FILE", help="also write one JSON line per question with its error bucket")
    parser.add_argument("--resamples", type=int, default=1000, help="bootstrap resamples for the 95%% intervals")
    parser.add_argument("--seed", type=int, default=0, help="bootstrap seed (results are deterministic)")
    model = parser.add_argument_group("--model options")
    model.add_argument("--batch-size", type=int, default=16)
    model.add_argument("--max-length", type=int, default=384, help="tokens per window")
    model.add_argument("--doc-stride", type=int, default=128, help="tokens shared by consecutive windows")
    model.add_argument("--max-answer-length", type=int, default=30, help="longest answer, in tokens")
    model.add_argument("--null-threshold", type=float, default=None,
                       help="answer \"\" when the no-answer score beats the best span by more than this")
    model.add_argument("--device", help="torch device (default: cuda if available, else cpu)")
    add_common(parser)


def run(args: argparse.Namespace) -> int:
    from .evaluate import evaluate
    from .report import render_html, render_text

    model_options = {"batch_size": args.batch_size, "max_length": args.max_length, "doc_stride": args.doc_stride,
                     "max_answer_length": args.max_answer_length, "null_threshold": args.null_threshold,
                     "device": args.device}
    report = evaluate(
        args.data, predictions=args.predictions, model=args.model, system=args.system, metric=args.metric,
        split=args.split, strict_offsets=args.strict_offsets, resamples=args.resamples, seed=args.seed,
        model_options=model_options,
        progress=lambda it, **kw: progress(it, quiet=args.quiet, **kw),
    )
    if not args.quiet:
        if report.unknown_ids:
            shown = ", ".join(report.unknown_ids[:5]) + (" …" if len(report.unknown_ids) > 5 else "")
            print(f"qa.eval: warning: {len(report.unknown_ids)} predictions for ids not in the dataset "
                  f"(ignored): {shown}", file=sys.stderr)
        if report.offset_mismatches:
            print(f"qa.eval: warning: {report.offset_mismatches} gold answer(s) are not at their answer_start "
                  "(scored by text, as the official scorer does; --strict-offsets refuses them)", file=sys.stderr)
        if report.scores.skipped:
            print(f"qa.eval: warning: {report.scores.skipped} of {report.scores.total} questions have no "
                  "prediction (scored 0 and counted, as the official scorer does)", file=sys.stderr)
    if args.per_question:
        _write(args.per_question, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in report.question_rows()))
    if args.html:
        _write(args.html, render_html(report))
    if args.json:
        print_json(report.as_dict())
    else:
        print(render_text(report))
    return 0


def _write(path: str, text: str) -> None:
    with atomic_write(path) as handle:  # writes /dev/stdout or a pipe directly, files atomically
        handle.write(text)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m qa.eval``: this command on its own, run by the toolkit's one CLI runner."""
    return main_command("python -m qa.eval", __name__, argv, name="qa.eval")


if __name__ == "__main__":
    sys.exit(main())
