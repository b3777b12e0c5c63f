"""``python -m qa check``: lint QA items (see :mod:`qa.check` for every finding class and threshold)."""

from __future__ import annotations

import argparse

from annotate.clikit import add_common, format_table, print_json

NAME = "check"
HELP = "lint QA items: copied questions, dangling references, non-minimal answers, type cues, duplicates"
EXAMPLE = "python -m qa check build/benchmark --stats"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", help="benchmark folder (`qa build --out`), SQuAD/CMRC JSON, Label Studio JSON "
                                     "export, or corrected.jsonl")
    parser.add_argument("--stats", action="store_true",
                        help="also print the lexical measures, counts and shares against the benchmark's targets "
                             "(with --quiet: only those and the summary line)")
    parser.add_argument("--html", metavar="FILE", help="also write the findings as an HTML page")
    parser.add_argument("--set", dest="settings", action="append", default=[], metavar="NAME=VALUE",
                        help="override a threshold (max_run, warn_run, max_char_share, max_bigram_share, "
                             "near_duplicate, min_proper); repeatable")
    parser.add_argument("--split", help="split of a dataset folder with several splits")
    add_common(parser)


def stats_table(stats: dict) -> str:
    rows = [(name, t["value"], f"{t['op']} {t['target']}", "yes" if t["holds"] else "NO")
            for name, t in stats["targets"].items()]
    rows += [(name, stats[name], "", "") for name in ("bigram_share_mean", "answer_length_mean",
                                                     "answer_length_median", "references_mean", "answerable",
                                                     "unanswerable")]
    rows += [(f"hard: {k}", v, "", "") for k, v in sorted(stats["hard_by_reason"].items())]
    return format_table(rows, ["measure", "value", "target", "holds"])


def report(result, *, quiet: bool = False, stats: bool = False) -> str:
    """The readable report: one line per finding (left out with ``quiet``), the measures, the summary."""
    lines = [] if quiet else [finding.line() for finding in result.findings]
    if stats and result.stats:
        lines.append(stats_table(result.stats))
    lines.append(result.summary())
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from annotate.io import atomic_write
    from qa.check import Thresholds, check_path, is_labelstudio_export, render_html

    thresholds = Thresholds.parse(args.settings)
    if is_labelstudio_export(args.path):
        # an export is read exactly as `annotate ls import` reads it (policy, repairs, errors), then checked
        import tempfile
        from pathlib import Path

        from annotate.labelstudio.convert import import_export

        with tempfile.TemporaryDirectory() as tmp:
            corrected = Path(tmp) / "corrected.jsonl"
            import_export(args.path, corrected)
            if not corrected.exists():
                from annotate.errors import InputError

                raise InputError("the export has no annotated tasks", path=args.path,
                                 hint="annotate some tasks in Label Studio, then pull again")
            result = check_path(corrected, thresholds, with_stats=args.stats, split=args.split)
    else:
        result = check_path(args.path, thresholds, with_stats=args.stats, split=args.split)
    if args.html:
        with atomic_write(args.html) as handle:
            handle.write(render_html(result, title=f"qa check {args.path}"))
    if args.json:
        print_json(result.as_dict())
    else:
        print(report(result, quiet=args.quiet, stats=args.stats))
    return 1 if result.errors else 0
