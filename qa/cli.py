"""``python -m qa <command>``: build and publish the QA benchmark (``python -m qa.eval`` evaluates)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from annotate.clikit import main as _main

DESCRIPTION = """Extractive-QA benchmark tools.

Run `python -m qa COMMAND --help` for each command's options and an example.
`python -m qa.eval --help` describes the evaluator."""

COMMANDS: list[str] = [
    "qa.commands.build",
    "qa.commands.check",
    "qa.commands.push",
    "qa.eval",
]


def main(argv: Sequence[str] | None = None) -> int:
    return _main("qa", DESCRIPTION, COMMANDS, argv)


if __name__ == "__main__":
    sys.exit(main())
