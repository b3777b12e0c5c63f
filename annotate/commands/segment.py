"""``python -m annotate segment``: raw articles -> clean paragraphs with offsets (JSONL)."""

from __future__ import annotations

import argparse
import functools
import sys

from annotate.clikit import add_common, format_table, print_json, progress

NAME = "segment"
HELP = ("split Chinese articles (.txt/.md in UTF-8, UTF-16 with a BOM, GB18030/GBK or Big5; .pdf, .html/.htm, .docx) "
        "into units (title, heading, byline, meta, paragraph, debris) with offsets back to the source")
EXAMPLE = "python -m annotate segment seeds/ --out build/paragraphs.jsonl"


def READS() -> tuple[str, ...]:  # noqa: N802 (a module attribute clikit.guard_outputs asks for, as OUTPUTS)
    """The suffixes `segment` reads in a folder: an output of another suffix may be written into an input folder."""
    from annotate.segment.files import SUFFIXES

    return SUFFIXES


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="+", metavar="PATH",
        help=".txt/.md/.pdf/.html/.htm/.docx files or folders of them (mixed is fine; in folders, hidden files "
             "and README* are skipped, and so are other suffixes; two files whose names differ only in the "
             "suffix, a.pdf and a.docx, are a usage error: the name is the doc_id). Kept as `debris` units, never dropped silently: text files' page "
             "furniture (page numbers, running headers) and site furniture (breadcrumbs, share and tool bars, "
             "related lists, copyright lines); HTML's navigation, breadcrumbs, share bars, comments, related "
             "lists, footers and tables of short cells with figures; PDF footnotes, table rows and captions, and the furniture around a web page a "
             "browser printed; DOCX tables of short cells with figures and table captions. Dropped: PDF running "
             "headers, footers and page numbers, and mastheads above a rule; HTML scripts, styles and <head>; "
             "DOCX page headers, footers, footnotes, comments and text boxes. Text files may be UTF-8 (with or "
             "without BOM), UTF-16/32 with BOM, GB18030/GBK or Big5. Scanned or encrypted PDFs, undecodable "
             "text files and damaged files are refused with one line saying what to do; a file given by name "
             "with another suffix is read as text (a legacy .doc or a renamed PDF is refused, naming what it is, and so is a .pdf/.html/.docx file that holds another format, such as an HTML page saved as .pdf). "
             "See docs/segmentation.md",
    )
    parser.add_argument("--out", required=True, help="output JSONL file (one record per unit)")
    parser.add_argument("--on-error", choices=("fail", "skip"), default="fail",
                        help="on a bad file: stop and write nothing (fail, default) or leave it out (skip)")
    parser.add_argument("-j", "--jobs", type=int, default=1,
                        help="worker processes for segmentation (default 1; 0 = one per CPU); same output. A worker "
                             "takes about a second to start, so one is started per 4 MB of input at most (a small "
                             "folder runs in one process)")
    add_common(parser)


def print_notes(warnings: list[str], skipped: list[tuple[str, str]]) -> None:
    for warning in warnings:
        print(f"annotate segment: warning: {warning}", file=sys.stderr)
    if skipped:
        print(f"annotate segment: skipped {len(skipped)} file(s):", file=sys.stderr)
        for path, error in skipped:
            print(f"  {path}: {error}", file=sys.stderr)


def kind_rows(kinds: dict[str, int]) -> list[list[object]]:
    return [[kind, count] for kind, count in kinds.items()]


def run(args: argparse.Namespace) -> int:
    from annotate.segment.files import segment_paths

    bar = functools.partial(progress, quiet=args.quiet)
    report = segment_paths(args.paths, args.out, on_error=args.on_error, jobs=args.jobs, progress=bar)
    print_notes(report.warnings, report.skipped)
    if args.json:
        print_json(report.as_dict())
    elif not args.quiet:
        print(f"{report.documents} documents, {report.units} units, {report.characters} characters -> {report.out}")
        print(format_table(kind_rows(report.kinds), ["kind", "units"]))
    return 0
