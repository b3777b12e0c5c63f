"""``python -m annotate <command>``: segment, pre-label, train, evaluate, talk to Label Studio."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from .clikit import main as _main

DESCRIPTION = """Chinese text annotation toolkit: segment -> pre-label -> correct in Label Studio -> benchmark.

Run `python -m annotate COMMAND --help` for each command's options and an example."""

# One module per subcommand; each wraps one library function.
COMMANDS: list[str] = [
    "annotate.commands.segment",
    "annotate.commands.pipeline",
    "annotate.commands.prelabel",
    "annotate.commands.ner_eval",
    "annotate.commands.train",
    "annotate.commands.ls",
    "annotate.commands.agreement",
]


def main(argv: Sequence[str] | None = None) -> int:
    return _main("annotate", DESCRIPTION, COMMANDS, argv)


if __name__ == "__main__":
    sys.exit(main())
