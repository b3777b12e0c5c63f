"""Markdown's block structures in a text file (docs/segmentation.md, "Markdown blocks"): what a ``.md`` file's fenced
code, YAML front matter, pipe tables, setext headings, HTML comments and footnote definitions give.

:func:`apply` runs right after :func:`lines.split_lines` and rewrites its lines by the blocks that markdown-it-py
(a dependency, imported only when a block may be there) finds:

* a **fenced code block** (```` ``` ```` / ``~~~``, an info string or none): its fence lines give no unit, its
  lines are ``debris``, a unit each, read as they stand (``# 注释`` inside is no heading; one unit for the block had
  its lines joined by the wrap rules, ``foo==1.2.3`` / ``5 …`` read ``1.2.35``, review31);
* **YAML front matter** (``---`` on the first line … ``---`` or ``...``, every line between YAML-shaped, the first
  not blank: else a thematic break over prose, read as it stands): the fences give no unit, each field line
  is ``debris``; its ``title:`` and ``date:`` are the document's title and date (:func:`front_matter`);
* a **pipe table**: its delimiter row (``| --- | --- |``) gives no unit, every other cell is a unit without its
  pipes, ``debris`` (a grid of cells, as the HTML and DOCX readers' grids), or read as prose when every cell
  holds a sentence (a layout of prose, as ``readers/docx._grid`` says);
* a **setext heading** of one line with no sentence end: its underline (``===`` / ``---``) gives no unit and the
  line above is a heading of level 1 / 2, as ``#`` / ``##`` make one (under a longer paragraph the underline is a
  rule, read as it stands);
* an **HTML comment** block (``<!-- … -->`` on lines of its own, ``-->`` ending its last line): ``debris``, never
  joined to the paragraph under it (an unclosed one, or prose after ``-->``, is read as it stands);
* a **footnote definition** (``[^1]: …`` at a line's start, and its lines up to a blank line): ``debris``, as the
  other routes make a note; the mark ``[^1]`` in prose stays in the text as written (offsets are the file's).

A ``.txt`` file gets only its fenced code blocks, only closed ones and only backtick fences (a fence line opens and
another one closes the block; a plain text's ``~~~~`` lines are rulers more often): a plain text with a stray
``````` line is read as before. A block inside a list item or a quote is read as it stands.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from . import rules
from .lines import Line, squeeze, strip_piece

__all__ = ["MdBlocks", "apply"]

_FRONT_OPEN = re.compile(r"---[ \t]*(?:\r\n|\r|\n)")
_FRONT_CLOSE = re.compile(r"(?:---|\.\.\.)[ \t]*$")
_FRONT_MAX = 60  # lines of front matter at most
_YAML_LINE = re.compile(r"[ \t#-]|[^\s:][^:]*:(?:[ \t]|$)")  # a YAML line: indented, a comment, a list item or "key:"
_FRONT_FIELD = re.compile(r"(title|date)[ \t]*:[ \t]*(.*?)[ \t]*$", re.IGNORECASE)
_FOOTNOTE_DEF = re.compile(r"[ \t]{0,3}\[\^[^\]\s]+\]:")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_OPAQUE = frozenset(("fence", "code_block", "html_block", "table_open"))  # blocks whose lines are no footnote's
_FENCE_LINE = re.compile(r"[ \t]{0,3}(`{3,}|~{3,})")


@dataclass
class MdBlocks:
    """What :func:`apply` found: the lines whose kind it set (set again after ``classify.mark_standalone``), and the
    front matter's title and date (None where none)."""
    kinds: list[tuple[Line, str]] = field(default_factory=list)
    title: str | None = None
    date: str | None = None


def _maybe(raw: str, full: bool) -> bool:
    """A cheap test: may ``raw`` hold a block :func:`apply` reads? (markdown-it is imported only then)"""
    if "```" in raw or "~~~" in raw:
        return True
    if not full:
        return False
    return (raw.startswith("---") or "|" in raw or "<!--" in raw or "[^" in raw or "\n===" in raw or "\n---" in raw
            or "\r===" in raw or "\r---" in raw)


def _line_starts(raw: str) -> list[int]:
    # (not rules.LINE_BREAK: U+2028/2029 end no line for markdown-it, whose line numbers these must match)
    return [0, *(m.end() for m in _LINE_BREAK.finditer(raw))]


def _line_end(raw: str, starts: list[int], i: int) -> int:
    """The end of raw line ``i`` (before its line break)."""
    if i + 1 < len(starts):
        end = starts[i + 1] - 1
        if raw[end] == "\n" and end > starts[i] and raw[end - 1] == "\r":
            end -= 1
        return end
    return len(raw)


def front_matter(raw: str, starts: list[int]) -> tuple[int, str | None, str | None]:
    """The number of raw lines YAML front matter takes at the top (0: none), and its ``title:`` and ``date:`` values
    (the date as :data:`rules.DATE` finds it in the value)."""
    if not _FRONT_OPEN.match(raw):
        return 0, None, None
    title = date = None
    for i in range(1, min(len(starts), _FRONT_MAX)):
        text = raw[starts[i]:_line_end(raw, starts, i)]
        if _FRONT_CLOSE.match(text):
            return (i + 1, title, date) if i > 1 else (0, None, None)
        if not text.strip() and i == 1 or text.strip() and not _YAML_LINE.match(text):
            return 0, None, None  # a thematic break over prose, not front matter (review31)
        m = _FRONT_FIELD.match(text)
        if m and m.group(2):
            value = m.group(2).strip("\"'").strip()
            if m.group(1).lower() == "title" and title is None and value:
                title = value
            elif m.group(1).lower() == "date" and date is None and (d := rules.DATE.search(value)):
                date = " ".join(d.group().split())
    return 0, None, None


def _cells(raw: str, start: int, end: int) -> list[tuple[int, int]]:
    """A pipe table row's cells (raw spans, whitespace stripped, empty ones left out): cut at each ``|`` outside a
    code span and not escaped, the row's outer pipes no cell's."""
    bounds = [start - 1]
    tick = 0  # the length of the open code span's backtick run, 0 if none
    i = start
    while i < end:
        ch = raw[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "`":
            j = i
            while j < end and raw[j] == "`":
                j += 1
            if tick == 0:
                tick = j - i
            elif tick == j - i:
                tick = 0
            i = j
            continue
        if ch == "|" and not tick:
            bounds.append(i)
        i += 1
    bounds.append(end)
    out = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        s, e = strip_piece(raw, a + 1, b)
        if s < e:
            out.append((s, e))
    return out


def _plain(raw: str, s: int, e: int, gap: int) -> Line | None:
    """The raw span as one line read as it stands (no markdown markers cut), a break before it."""
    s, e = strip_piece(raw, s, e)
    if s >= e:
        return None
    sq = squeeze(raw, s, e)
    return Line([(s, e)], sq, gap, 0, True, clean=sq == raw[s:e])


def apply(raw: str, lines: list[Line], full: bool) -> tuple[list[Line], MdBlocks]:
    """``lines`` rewritten by the Markdown blocks in ``raw`` (``full``: a ``.md`` file, every block; else fenced code
    only, closed fences only), and what :class:`MdBlocks` keeps for later passes."""
    found = MdBlocks()
    if not lines or not _maybe(raw, full):
        return lines, found
    starts = _line_starts(raw)
    skip, found.title, found.date = front_matter(raw, starts) if full else (0, None, None)
    drop: set[int] = set()  # raw lines that give no unit
    debris: set[int] = set()  # raw lines that are debris, each a unit as it stands
    rows: dict[int, tuple[list[tuple[int, int]], str]] = {}  # a table row's raw line: its cells and their kind
    setext: dict[int, int] = {}  # a setext heading's (last) text line: its level
    if skip:
        drop.update((0, skip - 1))
        debris.update(i for i in range(1, skip - 1))
    from markdown_it import MarkdownIt  # (lazily: only a text that may hold a block)

    parser = MarkdownIt("commonmark").enable("table") if full else MarkdownIt("zero").enable("fence")
    body = (raw[starts[skip]:] if skip < len(starts) else "") if skip else raw
    tokens = parser.parse(body)
    for tok in tokens:
        if tok.map is None or tok.level > 0:
            continue  # (a block inside a list item or a quote is read as it stands)
        a, b = tok.map[0] + skip, tok.map[1] + skip
        if tok.type == "fence":
            last = raw[starts[b - 1]:_line_end(raw, starts, b - 1)] if b - 1 > a else ""
            m = _FENCE_LINE.match(last)
            if m is None or m.group(1)[0] != tok.markup[0] or len(m.group(1)) < len(tok.markup) or last.strip() != m.group(1):
                continue  # an unclosed fence: read as it stands
            if not full and tok.markup[0] != "`":
                continue  # (a plain text's ~~~ lines are rulers more often than fences, review31)
            drop.update((a, b - 1))
            debris.update(range(a + 1, b - 1))  # (a line each: a listing's lines joined by the wrap rules glued figures)
        elif not full:
            continue
        elif tok.type == "table_open":
            table = list(range(a, b))
            spans = {i: _cells(raw, starts[i], _line_end(raw, starts, i)) for i in table if i != a + 1}
            texts = ["".join(raw[s:e].split()) for i, cells in spans.items() if i != a for s, e in cells]  # (the body's)
            kind = "" if texts and all(rules.SENTENCE_END_RE.search(t) for t in texts) else "debris"
            drop.add(a + 1)  # the delimiter row
            for i, cells in spans.items():
                rows[i] = (cells, kind)
        elif tok.type == "heading_open" and tok.markup in ("=", "-"):  # a setext heading: the underline is the last line
            if b - a != 2 or rules.SENTENCE_END_RE.search(raw, starts[a], _line_end(raw, starts, a)):
                continue  # (an underline under prose is a rule: read as it stands, review31)
            drop.add(b - 1)
            setext.update(dict.fromkeys(range(a, b - 1), 1 if tok.markup == "=" else 2))
        elif (tok.type == "html_block" and tok.content.lstrip().startswith("<!--")
              and raw[starts[b - 1]:_line_end(raw, starts, b - 1)].rstrip().endswith("-->")):
            debris.update(range(a, b))  # (closed on its last line, nothing after it: else read as it stands, review31)
    if full and "[^" in raw:  # footnote definitions, outside the blocks above (markdown-it reads some as link definitions)
        taken = set().union(*(range(t.map[0] + skip, t.map[1] + skip) for t in tokens
                              if t.map is not None and t.type in _OPAQUE))
        i = skip
        while i < len(starts):
            if i not in taken and _FOOTNOTE_DEF.match(raw, starts[i], _line_end(raw, starts, i)):
                while i < len(starts) and raw[starts[i]:_line_end(raw, starts, i)].strip():
                    debris.add(i)
                    i += 1
            i += 1
    if not (drop or debris or rows or setext):
        return lines, found
    out: list[Line] = []
    done: set[int] = set()
    gap = 0
    for ln in lines:
        i = bisect.bisect_right(starts, ln.start) - 1
        if i in drop:
            gap += ln.gap
            continue
        if i in debris or i in rows:
            if i in done:
                continue
            end = _line_end(raw, starts, i)
            if i in debris:
                done.add(i)
                new = [_plain(raw, starts[i], end, ln.gap + gap)]
                kinds = ["debris"]
            else:
                done.add(i)
                cells, kind = rows[i]
                new = [_plain(raw, s, e, ln.gap + gap if j == 0 else 0) for j, (s, e) in enumerate(cells)]
                kinds = [kind] * len(new)
            for line, kind in zip(new, kinds, strict=True):
                if line is not None:
                    out.append(line)
                    if kind:
                        line.kind = kind
                        found.kinds.append((line, kind))
            gap = 0
            continue
        if i in setext:
            ln.level = setext[i]
        if gap:
            ln.gap += gap
            ln.hard = True
            gap = 0
        out.append(ln)
    return out, found
