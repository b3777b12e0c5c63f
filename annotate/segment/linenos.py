"""Line numbers printed in a page's margin, glued by a text extract to the line beside them.

A draft for comment (征求意见稿) or a court record numbers its lines in the left margin, every fifth
line (``5``, ``10``, ``15``, … counted over the whole document). ``pdftotext -layout`` and ``-raw``
print the number at the start of the text line beside it (`` 5   定的夫妻关系…``, ``25 （二）强化示范引领``),
so it would be glued into the paragraph or heading there; the default mode prints it on a line of its
own (already a unit of its own). :func:`cut_line_numbers` cuts such a number off its line: the number
becomes a debris unit and the rest of the line a line of its own that starts a new unit (the gold
records a paragraph interrupted by a margin number as pieces, the number between them).

A number at a line's start counts as a margin number only as part of a **run** over the document:

* each is followed by whitespace and then text (no digit), and is at most three digits;
* the numbers, in file order, go up by one step ``k`` (2 to 10) at a time, each a multiple of ``k``
  (``5, 10, 15`` …; a run may restart at ``k`` on a new page);
* the text lines from one number to the next are about ``k`` (``k`` to ``k + 4``: running heads and
  folios at a page break are lines too);
* at least four numbers make the run.

A numbered list (``1　范围`` / ``2　规范性引用文件``, ``（1）`` items) fails the step (1) or the line
distance. Cheap gate: one literal-led regex search over the text (a digit after a line break and
before a space); nothing else runs on a text without such a line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from .inline import lines_at, split_at
from .lines import Line

__all__ = ["cut_line_numbers", "longest_run", "mark_gutter"]

T = TypeVar("T")

# a line opening with a number of one to three digits, set off by whitespace from text that follows it
# (the lookahead after the line break, its possible next characters, turns most line breaks away in one test)
_NUMBERED = re.compile(r"\n(?=[ \t\u3000\f1-9])[ \t\u3000\f]*([1-9]\d{0,2})[ \t\u3000]+(?=\S)")
_MIN_RUN = 4  # numbers in a run
_MAX_STEP = 10
_EXTRA_LINES = 4  # lines beyond the step between two numbers of a run (running heads, folios at a page break)
_GUTTER_RUN = 3  # numbered lines one under another in a gutter (mark_gutter)


def cut_line_numbers(raw: str, lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """The lines with margin line numbers (see the module's docstring) cut off, and the numbers (each
    a line of its own, for the caller to make debris)."""
    if not lines or _NUMBERED.search(raw) is None:
        return lines, []
    found = [(m.start(1), m.end(1), int(m.group(1))) for m in _NUMBERED.finditer(raw)]
    if len(found) < _MIN_RUN:
        return lines, []
    index = _line_index(lines, [s for s, _, _ in found])
    numbered = [(index[s], s, e, v) for s, e, v in found if s in index]
    run = _run(numbered)
    if not run:
        return lines, []
    cut: list[Line] = []
    out: list[Line] = []
    last = 0
    for i, s, e in run:
        line = lines[i]
        if line.kind or line.level or line.start != s:
            continue
        out += lines[last:i]
        last = i + 1
        out += split_at(raw, line, [(s, e)], cut)
    if not cut:
        return lines, []
    out += lines[last:]
    return out, cut


def mark_gutter(raw: str, lines: list[Line]) -> list[Line]:
    """A code listing's line-number gutter, or a table's serial numbers, that a dump printed at the start of each line
    (w3m and html2text of a Pygments ``highlighttable``: ``4 pip install foo==1.2.3`` / ``5 # 使用…`` / ``6 foo run…``):
    :data:`_GUTTER_RUN` lines or more one right under another (no blank line between, no other line), each opening with
    a number (:data:`_NUMBERED`'s shape: one to three digits, whitespace, text), the numbers counting up by one. Each
    such line stands alone (``hard``): no join makes one line of two (``foo==1.2.3`` and ``5`` are no ``1.2.35``), and
    the line after the run is no continuation of its last line across a blank line (the prose under a listing). A
    numbered list joins no two items anyway; a wrapped item breaks the run (its second line opens with no number).
    Returns the lines of each run that holds a line of code (:data:`_CODE_SHARE` ASCII or more after its number:
    ``2 python -m venv .venv``): a listing, debris as the HTML route makes the same ``<pre>`` (review33 F6: never a
    title or heading); a run of hanzi items (``1 范围`` / ``2 规范性引用文件`` / …) keeps its kinds. The pattern reads
    line feeds: a bare CR, U+2028 and U+2029 are read as such, in a file of mixed breaks too (every offset the same).
    Cheap gate: :func:`cut_line_numbers`'s one search."""
    if len(lines) < _GUTTER_RUN:
        return []
    if ("\r" in raw and raw.count("\r") != raw.count("\r\n")) or "\u2028" in raw or "\u2029" in raw:
        raw = _OTHER_BREAK.sub("\n", raw)  # (one character for one; a CRLF's LF is its break already: no copy for CRLF)
    if _NUMBERED.search(raw) is None:
        return []
    found = [(m.start(), m.start(1), int(m.group(1))) for m in _NUMBERED.finditer(raw)]
    if (first := _FIRST_NUMBERED.match(raw)) is not None:  # (the file's first line: no break before it)
        found.insert(0, (-1, first.start(1), int(first.group(1))))
    runs: list[list[int]] = []
    run: list[int] = []
    for (_, s, v), (nbrk, _, nv) in zip(found, [*found[1:], (-1, -1, -1)], strict=True):
        run.append(s)
        if nv == v + 1 and raw.find("\n", s) == nbrk:
            continue  # (the next number opens the very next line)
        if len(run) >= _GUTTER_RUN:
            runs.append(run)
        run = []
    if not runs:
        return []
    index = _line_index(lines, [s for r in runs for s in r])
    code: list[Line] = []
    for r in runs:
        at = [index.get(s, -1) for s in r]
        if -1 in at or at != list(range(at[0], at[0] + len(at))):
            continue  # (a line cut apart or read out of file order: not this shape)
        for i in at:
            lines[i].hard = True
        after = at[-1] + 1
        if after < len(lines) and lines[after].gap:
            lines[after].hard = True
        if any(_code_line(lines[i].sq) for i in at):
            code += (lines[i] for i in at)
    return code


_FIRST_NUMBERED = re.compile(_NUMBERED.pattern[_NUMBERED.pattern.index("[ \\t\\u3000\\f]*"):])  # _NUMBERED at a text's start
_OTHER_BREAK = re.compile("\r(?!\n)|[\u2028\u2029]")  # a line break other than LF (CRLF's CR: its LF follows)
_CODE_SHARE = 0.8  # share of ASCII after a gutter's number that makes its line code (readers.html's share for <pre>)


def _code_line(sq: str) -> bool:
    """``sq``, a gutter's line squeezed (its number first), is a line of code: :data:`_CODE_SHARE` ASCII or more after
    the number."""
    body = sq.lstrip("0123456789")
    return bool(body) and sum(map(str.isascii, body)) >= _CODE_SHARE * len(body)


def _line_index(lines: Sequence[Line], positions: list[int]) -> dict[int, int]:
    """Each position's line index (only positions that open a line)."""
    hit = lines_at(lines, positions)
    starts = {lines[i].start: i for i in hit}
    return {p: starts[p] for p in positions if p in starts}


def _run(numbered: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int]]:
    """The numbers that make a run of margin line numbers: ``(line index, start, end)`` each."""
    best = longest_run(numbered, lambda item: item[3],
                       lambda a, b, step: step <= b[0] - a[0] <= step + _EXTRA_LINES)
    if len(best) < _MIN_RUN:
        return []
    return [(i, s, e) for i, s, e, _ in best]


def longest_run(items: Sequence[T], value: Callable[[T], int], near: Callable[[T, T, int], bool]) -> list[T]:
    """The longest chain of ``items`` (in their order) whose values count up by the text's step: the most
    common difference of 2 to :data:`_MAX_STEP` between neighbours; each value a multiple of it, the next
    one step up (or the step itself: the count starts again on a new page), ``near`` the item before it.
    Also the PDF reader's, over x positions (readers/pdf.py)."""
    diffs: dict[int, int] = {}
    for a, b in zip(items, items[1:], strict=False):
        if 2 <= value(b) - value(a) <= _MAX_STEP:
            diffs[value(b) - value(a)] = diffs.get(value(b) - value(a), 0) + 1
    if not diffs:
        return []
    step = max(diffs, key=diffs.__getitem__)
    best: list[T] = []
    chain: list[T] = []
    for item in items:
        v = value(item)
        if v % step:
            continue
        if chain and (v == value(chain[-1]) + step or v == step) and near(chain[-1], item, step):
            chain.append(item)
            continue
        if len(chain) > len(best):
            best = chain
        chain = [item]
    if len(chain) > len(best):
        best = chain
    return best
