"""The command-line convention shared by ``python -m annotate`` and ``python -m qa``.

Each subcommand is a module with ``NAME``, ``HELP``, ``EXAMPLE``, ``add_arguments(parser)`` and
``run(args) -> int``. ``run`` parses nothing itself: it calls one library function that returns
data and formats it (a table for people, ``--json`` for machines). A :class:`ToolkitError`
becomes one line on stderr and its exit code; anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Sequence
from typing import Any

from .errors import ToolkitError, UsageError

__all__ = ["main", "build_parser", "add_subcommands", "add_common", "print_json", "format_table", "progress"]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit code 2, no usage dump
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def add_common(parser: argparse.ArgumentParser, *, json_flag: bool = True) -> None:
    if json_flag:
        parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bars or summaries")


def add_subcommands(parser: argparse.ArgumentParser, modules: Sequence[str], *, dest: str,
                    metavar: str) -> None:
    """One sub-parser per command module (NAME, HELP, EXAMPLE, add_arguments, run)."""
    sub = parser.add_subparsers(dest=dest, metavar=metavar, parser_class=_Parser)
    for name in modules:
        module = importlib.import_module(name)
        cmd = sub.add_parser(
            module.NAME,
            help=module.HELP,
            description=module.HELP + ("\n\n" + module.DESCRIPTION if getattr(module, "DESCRIPTION", None) else ""),
            epilog=f"example:\n  {module.EXAMPLE}",
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        module.add_arguments(cmd)
        # A subcommand's defaults override its group's (argparse copies the sub-namespace last).
        cmd.set_defaults(_run=module.run, _parser=cmd)


def build_parser(prog: str, description: str, modules: Sequence[str]) -> argparse.ArgumentParser:
    parser = _Parser(prog=prog, description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_subcommands(parser, modules, dest="command", metavar="COMMAND")
    return parser


def main(prog: str, description: str, modules: Sequence[str], argv: Sequence[str] | None = None) -> int:
    parser = build_parser(prog, description, modules)
    args = parser.parse_args(argv)
    if not getattr(args, "_run", None):
        parser.print_help()
        return 2
    try:
        return int(args._run(args) or 0)
    except ToolkitError as err:
        print(f"{prog}: error: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print(f"{prog}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 1


def usage(message: str, hint: str | None = None) -> UsageError:
    return UsageError(message, hint=hint)


def print_json(obj: Any) -> None:
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _width(text: str) -> int:
    """Display width: East Asian wide characters take two columns."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def format_table(rows: Sequence[Sequence[Any]], headers: Sequence[str]) -> str:
    """A plain aligned table (numbers right-aligned) that reads well with CJK text."""
    cells = [[str(h) for h in headers]] + [
        [f"{v:.4f}" if isinstance(v, float) else str(v) for v in row] for row in rows
    ]
    widths = [max(_width(r[i]) for r in cells) for i in range(len(headers))]
    numeric = [all(isinstance(row[i], int | float) for row in rows) and bool(rows) for i in range(len(headers))]

    def fmt(row: list[str]) -> str:
        out = []
        for i, value in enumerate(row):
            pad = " " * (widths[i] - _width(value))
            out.append(pad + value if numeric[i] else value + pad)
        return "  ".join(out).rstrip()

    lines = [fmt(cells[0]), "  ".join("-" * w for w in widths)]
    lines += [fmt(r) for r in cells[1:]]
    return "\n".join(lines)


def progress(iterable: Any = None, *, total: int | None = None, desc: str | None = None,
             quiet: bool = False, unit: str = "it") -> Any:
    """A tqdm progress bar on stderr, silenced by ``--quiet`` and when stderr is not a terminal (so logs
    and error output hold only what was said, e.g. the one error line)."""
    from tqdm import tqdm

    disable = quiet or not sys.stderr.isatty()
    return tqdm(iterable, total=total, desc=desc, disable=disable, unit=unit, file=sys.stderr,
                leave=False, dynamic_ncols=True)
