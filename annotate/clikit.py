"""The command-line convention shared by ``python -m annotate`` and ``python -m qa``.

Each subcommand is a module with ``NAME``, ``HELP``, ``EXAMPLE``, ``add_arguments(parser)`` and
``run(args) -> int``, and optionally ``OUTPUTS`` (option dest -> ``"file"``, ``"dir"`` or ``"into"``,
default ``{"out": "file", "html": "file"}``): before ``run``, no output may be an input or hold one
(every other path-valued option counts as an input), and SIGTERM/SIGHUP unwind like Ctrl-C so no
temporary file is left behind (:mod:`annotate.io`). ``run`` parses nothing itself: it calls one library function that returns
data and formats it (a table for people, ``--json`` for machines). A :class:`ToolkitError`
becomes one line on stderr and its exit code; anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from collections.abc import Sequence
from typing import Any

from .errors import ToolkitError, UsageError
from .io import Terminated, check_outputs, handle_signals
from .tables import format_table

__all__ = ["main", "main_command", "command_parser", "run_parsed", "build_parser", "add_subcommands", "add_common", "print_json",
           "format_table", "progress"]


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
        cmd.set_defaults(_run=module.run, _parser=cmd, _outputs=getattr(module, "OUTPUTS", DEFAULT_OUTPUTS),
                         _reads=getattr(module, "READS", None))


DEFAULT_OUTPUTS = {"out": "file", "html": "file"}


def _paths(value: Any) -> list[str]:
    values = value if isinstance(value, list | tuple) else [value]
    return [v for v in values if isinstance(v, str) and v]


def guard_outputs(args: argparse.Namespace) -> None:
    """No output option names an input (any other option's value that is an existing path)."""
    kinds: dict[str, str] = getattr(args, "_outputs", DEFAULT_OUTPUTS)
    outputs = [(path, kind) for dest, kind in kinds.items() for path in _paths(getattr(args, dest, None))]
    if not outputs:
        return
    inputs = [path for dest, value in vars(args).items() if dest not in kinds and not dest.startswith("_")
              for path in _paths(value) if os.path.lexists(path)]
    check_outputs(outputs, inputs)
    # A file inside an input folder may be one the command reads (an article of `segment DIR`, the
    # benchmark.json of `qa.eval --data DIR`), now or on the next run: refuse it whether or not it exists yet
    # (else the first run writes it and the second refuses, or reads its own output as input). A command that
    # says which suffixes it reads in a folder (its module's READS, a function: `segment` reads .txt/.md/.pdf/…)
    # may write a file of another suffix there (`segment docs --out docs/out.jsonl`).
    folders = [os.path.realpath(path) for path in inputs if os.path.isdir(path)]
    reads = getattr(args, "_reads", None)
    suffixes = reads() if folders and reads is not None else None
    for out, kind in outputs:
        if kind != "file" or os.path.isdir(out) or (suffixes is not None and os.path.splitext(out)[1].lower() not in suffixes):
            continue
        where = os.path.realpath(out)
        for folder, given in zip(folders, (p for p in inputs if os.path.isdir(p)), strict=True):
            if where.startswith(folder.rstrip(os.sep) + os.sep):
                raise UsageError(f"the output {out} is inside the input folder {given}; it would be overwritten or "
                                 "read as input on the next run",
                                 hint="write the output outside that folder")


def build_parser(prog: str, description: str, modules: Sequence[str]) -> argparse.ArgumentParser:
    from . import __version__

    parser = _Parser(prog=prog, description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"{prog} {__version__}")
    add_subcommands(parser, modules, dest="command", metavar="COMMAND")
    return parser


def run_parsed(prog: str, args: argparse.Namespace, run: Any) -> int:
    """Call ``run(args)`` the toolkit's way: a :class:`ToolkitError` is one line on stderr and its exit
    code; Ctrl-C is 130; a closed pipe (``... --json | head``) ends quietly; SIGTERM/SIGHUP are 128 + the signal, after cleanup; anything else is a bug
    and keeps its traceback."""
    try:
        with handle_signals():
            guard_outputs(args)
            code = int(run(args) or 0)
            sys.stdout.flush()  # a closed pipe shows here, not at interpreter exit
        return code
    except ModuleNotFoundError as err:
        return _missing_dependency(prog, err)
    except ToolkitError as err:
        print(f"{prog}: error: {err}", file=sys.stderr)
        if getattr(args, "json", False):  # a script asked for JSON: it gets JSON on failure too
            print_json({"error": str(err), "exit_code": err.exit_code})
        return err.exit_code
    except Terminated as stop:
        print(f"{prog}: stopped by {stop.name}; no partial output was left", file=sys.stderr)
        return 128 + stop.signum
    except KeyboardInterrupt:
        print(f"{prog}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader went away: send what is still buffered nowhere, so exit does not complain
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


def _missing_dependency(prog: str, err: ModuleNotFoundError) -> int:
    """A third-party package missing from the running Python: one line saying which and what to do
    (a module of the toolkit itself missing is a bug and keeps its traceback)."""
    top = (err.name or "").split(".")[0]
    if not top or top in ("annotate", "qa", "schemas"):
        raise err
    print(f"{prog}: error: the Python package {top!r} is not installed for {sys.executable} — run the "
          "commands in the project's environment: `make demo` creates .venv, then `. .venv/bin/activate` "
          "(or `pip install -e .` into this Python)", file=sys.stderr)
    return 1


def main(prog: str, description: str, modules: Sequence[str], argv: Sequence[str] | None = None) -> int:
    """A program with subcommands (``python -m annotate``, ``python -m qa``)."""
    try:
        parser = build_parser(prog, description, modules)
    except ModuleNotFoundError as err:
        return _missing_dependency(prog, err)
    args = _parse(parser, argv)
    if not getattr(args, "_run", None):
        parser.print_help()
        return 2
    return run_parsed(prog, args, args._run)


def _parse(parser: argparse.ArgumentParser, argv: Sequence[str] | None) -> argparse.Namespace:
    """The arguments, a command's positionals allowed after its options as well as before them
    (``segment docs --out o.jsonl more.pdf``): argparse's sub-parsers stop reading positionals at the
    first option, so a command left with extra words reads its own arguments again, intermixed."""
    args, extras = parser.parse_known_args(argv)
    if not extras:
        return args
    sub: argparse.ArgumentParser | None = getattr(args, "_parser", None)
    words = list(sys.argv[1:] if argv is None else argv)
    if sub is None or getattr(args, "command", None) not in words:
        parser.error(f"unrecognized arguments: {' '.join(extras)}")
    try:
        again = sub.parse_intermixed_args(words[words.index(args.command) + 1:])
    except TypeError:  # a command with sub-commands of its own: no intermixing
        sub.error(f"unrecognized arguments: {' '.join(extras)}")
    vars(args).update(vars(again))
    return args


def main_command(prog: str, module: str, argv: Sequence[str] | None = None, *, name: str | None = None) -> int:
    """A program that is one command module (``python -m qa.eval``); ``name`` prefixes its errors."""
    try:
        parser = command_parser(prog, module)
    except ModuleNotFoundError as err:
        return _missing_dependency(name or prog, err)
    return run_parsed(name or prog, parser.parse_args(argv), importlib.import_module(module).run)


def command_parser(prog: str, module: str) -> argparse.ArgumentParser:
    """The parser of a program that is one command module (its HELP, EXAMPLE and arguments)."""
    command = importlib.import_module(module)
    parser = _Parser(prog=prog, description=command.HELP, epilog=f"example:\n  {command.EXAMPLE}",
                     formatter_class=argparse.RawDescriptionHelpFormatter)
    command.add_arguments(parser)
    parser.set_defaults(_outputs=getattr(command, "OUTPUTS", DEFAULT_OUTPUTS), _reads=getattr(command, "READS", None))
    return parser


def print_json(obj: Any) -> None:
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def progress(iterable: Any = None, *, total: int | None = None, desc: str | None = None,
             quiet: bool = False, unit: str = "it") -> Any:
    """A tqdm progress bar on stderr, silenced by ``--quiet`` and when stderr is not a terminal (so logs
    and error output hold only what was said, e.g. the one error line)."""
    from tqdm import tqdm

    disable = quiet or not sys.stderr.isatty()
    return tqdm(iterable, total=total, desc=desc, disable=disable, unit=unit, file=sys.stderr,
                leave=False, dynamic_ncols=True)
