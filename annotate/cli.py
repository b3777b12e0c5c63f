"""``python -m annotate <command>``: segment, pre-label, train, evaluate, talk to Label Studio."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from .clikit import main as _main

DESCRIPTION = """Chinese text annotation toolkit.

  segment   raw articles -> clean paragraphs with offsets back to the raw file
  prelabel  paragraphs -> Label Studio tasks with NER pre-labels
  ner-eval  score predicted entities against gold (P/R/F1 per label)
  pipeline  the main job: every stage on a folder of articles, into one build folder

Run `python -m annotate COMMAND --help` for each command's options and an example."""

# One module per subcommand; each wraps one library function.
COMMANDS: list[str] = [
    "annotate.commands.prelabel",
    "annotate.commands.ner_eval",
    "annotate.commands.train",
]


def main(argv: Sequence[str] | None = None) -> int:
    return _main("annotate", DESCRIPTION, COMMANDS, argv)


if __name__ == "__main__":
    sys.exit(main())
