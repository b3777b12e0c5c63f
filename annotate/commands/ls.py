"""``python -m annotate ls SUBCOMMAND``: everything that talks to or about Label Studio.

The group is built from :data:`SUBCOMMANDS`, a list of module paths. Each module follows the
same convention as a top-level command (``NAME``, ``HELP``, ``EXAMPLE``, ``add_arguments``,
``run``), so adding ``ls foo`` is one new module plus one line here.
"""

from __future__ import annotations

import argparse

from annotate.clikit import add_subcommands

NAME = "ls"
HELP = "Label Studio: run a server, configs, push/pull, and converting exports"
EXAMPLE = "python -m annotate ls push build/tasks.json --project news-ner"

# Order = order shown in `ls --help`.
SUBCOMMANDS: list[str] = [
    "annotate.commands.ls_serve",
    "annotate.commands.ls_config",
    "annotate.commands.ls_push",
    "annotate.commands.ls_pull",
    "annotate.commands.ls_import",
    "annotate.commands.ls_to_bio",
    "annotate.commands.ls_backend",
]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_subcommands(parser, SUBCOMMANDS, dest="ls_command", metavar="SUBCOMMAND")
    parser.set_defaults(_group_parser=parser)


def run(args: argparse.Namespace) -> int:
    """Reached only when no subcommand was given: show the group's help."""
    args._group_parser.print_help()
    return 2
