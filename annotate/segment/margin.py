"""Text set vertically in a page's margin, one character at a time, that an extract glued to the body's lines.

An exam paper prints its sealing line (``密封线内不要答题``) down the left margin, one character under the
other. ``pdftotext -layout`` prints each character at the start of the body line beside it (``线     A．憧憬…``,
``不   2．下列句子…``) or on a line of its own; ``-raw`` prints the whole column first, one character a line, at
the top of each page. Either way the characters would be glued into the questions, options and heads. The gold
makes each character a debris unit and the line it was printed on goes on as a unit of its own.

:func:`cut_margin_text` finds such a column by its shape only (no list of words):

* ``-layout``: lines whose first character, in the first column of the file, is one hanzi that either stands
  alone on its line or is set off by two or more spaces from the text after it, at least
  :data:`_MIN_GLUED` of the second sort in a chain of at least :data:`_MIN_RUN` such lines each at most
  :data:`_MAX_STEP` lines below the one before (a chain a page); the body's other lines are indented (80 % of them begin with a space), so a
  character in the first column stands in the margin;
* ``-raw``: at least :data:`_MIN_RUN` lines in a row, with no blank line between, that are each one hanzi, at
  the start of the file and then of any page (after a form feed): a column of text set vertically, which the extract
  reads first. (A letter-spaced heading that an extract prints one character a line has blank lines between
  its characters or comes under other text of its page.)
* default mode: each character on a line of its own among the body's lines (blank lines around most of them, the
  table cells and questions of the page between them), the same :data:`_MIN_RUN` characters or more in the same
  order on two pages in turn (a form feed between): the margin column that every page prints, not a heading set
  letter-spaced (which one page prints once).

Cheap gates: ``str.count`` of line breaks followed by a space in the file's first 3,000 characters (``-layout``), a
match at the file's start (``-raw``; then after each form feed), a form feed in the file (default mode).
"""

from __future__ import annotations

import bisect
import difflib
import itertools
import re

from .inline import lines_at, split_at
from .lines import Line

__all__ = ["cut_margin_text"]

_HANZI = "\u4e00-\u9fff"
# a hanzi in the first column, set off by two spaces or more from text after it, or alone on its line
_AT_MARGIN = re.compile(rf"\n\f?([{_HANZI}])(?:([ \t\u3000]{{2,}})(?=\S)|[ \t\u3000]*\r?(?=\n|$))")
# a page's first lines: one hanzi each, no blank line between (-raw)
_COLUMN_FIRST = re.compile(rf"(?:[{_HANZI}]\r?\n){{6,}}")  # (matched at the file's start and after each form feed)
# a line of one hanzi alone (default mode), after a line feed (led by it: found by a fast scan for the line feed)
_ALONE_BODY = rf"\f?([{_HANZI}])\r?(?=\n|$)"
_ALONE = re.compile(rf"\n{_ALONE_BODY}", re.MULTILINE)
_ALONE_FIRST = re.compile(_ALONE_BODY, re.MULTILINE)  # (the file's first line)
_MIN_RUN = 6  # characters of one margin column
_MIN_GLUED = 3  # of them glued to a body line (-layout)
_MAX_STEP = 5  # lines from one character to the next (-layout)
_HEAD_CHARS = 3000  # characters at the file's start where the gates look
_INDENTED = 0.8  # share of the other lines set in from the first column (-layout)


def cut_margin_text(raw: str, lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """The lines with the margin's characters (see the module's docstring) cut off, and the characters (each a
    line of its own, for the caller to make debris)."""
    if not lines:
        return lines, []
    spans = _layout_column(raw)
    if spans is None:
        spans = _raw_column(raw) or _paged_column(raw)
    if not spans:
        return lines, []
    index = lines_at(lines, [s for s, _ in spans])
    starts = {lines[i].start: i for i in index}
    at = {starts[s]: (s, e) for s, e in spans if s in starts}
    cut: list[Line] = []
    out: list[Line] = []
    for i, line in enumerate(lines):
        span = at.get(i)
        if span is None or line.kind or line.level:
            out.append(line)
        elif line.end <= span[1]:  # the character alone on its line
            cut.append(line)
            out.append(line)
        else:
            out += split_at(raw, line, [span], cut)
    return out, cut


def _layout_column(raw: str) -> list[tuple[int, int]] | None:
    """The characters of a margin column in a ``-layout`` extract, or None."""
    if raw.count("\n ", 0, _HEAD_CHARS) < _MIN_RUN or _AT_MARGIN.search(raw) is None:  # (a text whose lines are set in, first)
        return None
    found = []  # (line number, start, end, glued)
    text = "\n" + raw
    line_no, pos = 0, 0
    for m in _AT_MARGIN.finditer(text):
        line_no += text.count("\n", pos, m.start() + 1)
        pos = m.start() + 1
        found.append((line_no, m.start(1) - 1, m.end(1) - 1, m.group(2) is not None))
    if sum(g for *_, g in found) < _MIN_GLUED or len(found) < _MIN_RUN or not _indented_body(raw, len(found)):
        return None
    spans: list[tuple[int, int]] = []
    chain: list = []
    for item in (*found, None):
        if chain and (item is None or item[0] - chain[-1][0] > _MAX_STEP):
            if len(chain) >= _MIN_RUN and sum(g for *_, g in chain) >= _MIN_GLUED:  # (one column a page)
                spans += [(s, e) for _, s, e, _ in chain]
            chain = []
        if item is not None:
            chain.append(item)
    return spans or None


def _indented_body(raw: str, margin: int) -> bool:
    """Nearly all non-blank lines of the text but the ``margin`` ones begin with a space (the extract keeps the
    page's left margin, so a character in the first column stands outside it)."""
    total = indented = 0
    for line in raw.splitlines():
        if line.strip():
            total += 1
            indented += line[:1] in " \t\u3000"
    return total > margin and indented >= _INDENTED * (total - margin)


def _raw_column(raw: str) -> list[tuple[int, int]]:
    """The characters of a vertical column that a ``-raw`` extract printed first on its page."""
    spans: list[tuple[int, int]] = []
    if _COLUMN_FIRST.match(raw) is None:  # (the column on the first page, then on every page)
        return spans
    at = 0
    while at >= 0:
        m = _COLUMN_FIRST.match(raw, at)
        if m is not None:
            k = m.start()
            while k < m.end():
                spans.append((k, k + 1))
                k = raw.index("\n", k) + 1
        at = raw.find("\f", at)
        at = at + 1 if at >= 0 else -1
    return spans


def _alone_pages(raw: str) -> list[list[tuple[str, int]]]:
    """Each page's lines of one hanzi alone (the hanzi and its place), the pages set apart by form feeds (a page's
    end; its form feed may open the next page's first line)."""
    breaks = [m.start() for m in _FORM_FEED.finditer(raw)]
    pages: list[list[tuple[str, int]]] = [[] for _ in range(len(breaks) + 1)]
    first = _ALONE_FIRST.match(raw)
    for m in itertools.chain([first] if first else [], _ALONE.finditer(raw)):
        at = m.start(1)
        pages[bisect.bisect_right(breaks, at)].append((m.group(1), at))
    return pages


_FORM_FEED = re.compile("\f")


def _paged_column(raw: str) -> list[tuple[int, int]]:
    """The characters of a margin column that a default-mode extract printed one a line among the body's lines,
    the same run of them on two pages in turn (see the module's docstring)."""
    if "\f" not in raw:
        return []
    pages = _alone_pages(raw)
    spans: set[tuple[int, int]] = set()
    for one, two in itertools.pairwise(p for p in pages if len(p) >= _MIN_RUN):
        a, b = "".join(c for c, _ in one), "".join(c for c, _ in two)
        m = difflib.SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
        if m.size >= _MIN_RUN:
            spans.update((at, at + 1) for _, at in (*one[m.a:m.a + m.size], *two[m.b:m.b + m.size]))
    return sorted(spans)
