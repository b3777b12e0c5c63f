"""Plain aligned text tables that read well with CJK text (pure: no I/O).

Shared by the command lines (:mod:`annotate.clikit`) and the report renderers (``qa.report``), so a
renderer needs no part of the CLI kit.

>>> print(format_table([["北京", 3], ["LOC", 12]], ["name", "n"]))
name   n
----  --
北京   3
LOC   12
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

__all__ = ["format_table", "display_width"]


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: East Asian wide and full-width characters take two.

    >>> display_width("ab"), display_width("中文"), display_width("１")
    (2, 4, 2)
    """
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def format_table(rows: Sequence[Sequence[Any]], headers: Sequence[str]) -> str:
    """A plain aligned table: floats with 4 decimals, numeric columns right-aligned."""
    cells = [[str(h) for h in headers]] + [
        [f"{v:.4f}" if isinstance(v, float) else str(v) for v in row] for row in rows
    ]
    widths = [max(display_width(r[i]) for r in cells) for i in range(len(headers))]
    numeric = [all(isinstance(row[i], int | float) for row in rows) and bool(rows) for i in range(len(headers))]

    def fmt(row: list[str]) -> str:
        out = []
        for i, value in enumerate(row):
            pad = " " * (widths[i] - display_width(value))
            out.append(pad + value if numeric[i] else value + pad)
        return "  ".join(out).rstrip()

    lines = [fmt(cells[0]), "  ".join("-" * w for w in widths)]
    lines += [fmt(r) for r in cells[1:]]
    return "\n".join(lines)
