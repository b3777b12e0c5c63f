"""A web page's side column printed beside the article, as ``pdftotext -layout`` extracts it.

A page printed without a print stylesheet keeps its sidebar (a blog's categories and archive, a
forum's author column): ``pdftotext -layout`` sets the article's lines at one left edge well into
the line (``                             的代表：先后在1899年…``) and the sidebar's short items at the page's
left edge, on lines of their own between the article's lines (``   旅行见闻(41)``) or on the same line
before an article line, a wide gap between (``   生活随笔(102)                 术运动的巅峰。…``).

Found by geometry alone: the commonest left edge of the long lines (16 characters or more) among
those 12 or more columns in is the body's edge (ten such lines at least; the article may run on at
the page's edge on a page without the column); a **side item** is a short line (up to 16 characters, no sentence end) that starts 8 or
more columns left of that edge and ends before it, and the left part of a line that starts there and
whose text resumes after a gap of four or more spaces at the body's edge or right of it (not when
the rest of the line is furniture words only: a bar of furniture across the page stays whole). A page is taken
to have a side column when two or more side items stand right between two body lines; then every side
item within two lines of a body line is cut off: a debris unit of its own (nothing is dropped), so a
paragraph runs on across it in pieces and never takes it in.

Two more pieces of a printed page's furniture, by the same kind of shape: an **infobox** beside the
article's first lines, each row at the end of an article line after a gutter of six spaces or more
(:func:`cut_right_cells`: each row cut off as a debris unit), and a **forum post's author column**,
the poster's statistics one a line under the poster's name, and the thread's counters joined by bars
(:func:`mark_profile`: each line debris). Nothing is dropped.
"""

from __future__ import annotations

import collections
import re
from collections.abc import Sequence

from . import rules
from .inline import furniture_tokens, split_at
from .lines import Line

__all__ = ["counter_bar", "cut_right_cells", "cut_side_column", "mark_profile"]

_INDENTED = re.compile(r"\n {12,}\S")  # a line set well in: the only lines worth a look
_INDENT_RUN = "\n" + 12 * " "  # how each of them opens
_MIN_INDENTED = 10  # such lines a page in a side column needs
_BODY_MIN = 12  # columns: the body's left edge is at least this far in
_SIDE_GAP = 8  # columns: a side item starts at least this far left of the body's edge
_ITEM_MAX = 16  # characters of a side item
_FIRST_INDENT = 4  # columns a paragraph's first line is set in (its lines count for the body's edge)
_LONG = 16  # characters of a line that counts for the body's left edge
_BETWEEN = 2  # side items right between two body lines that show a side column
_NEAR = 2  # lines: a side item this near a body line is cut off
_GAP = re.compile(r"\S( {4,})\u3000*\S")  # a gutter between a side item and the article on one line (its indent after)


_WIDE = re.compile("[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]")


def _display_col(raw: str, start: int, at: int) -> int:
    """The display column of ``raw[at]`` on the line that begins at ``start``, a wide character
    counted two (a browser's dump sets the table's cells by display columns, not characters)."""
    return at - start + len(_WIDE.findall(raw, start, at))


def _furniture(text: str) -> bool:
    return furniture_tokens([t for t in rules.DEBRIS_SPLIT.split(text) if t])


def cut_side_column(raw: str, lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """The lines with the side column's items cut off (see the module's docstring), and those items
    (lines of their own, for the caller to make debris)."""
    # (each line _INDENTED finds opens with the line break and twelve spaces: counted in C first, a fifth of its cost)
    if len(lines) < _MIN_INDENTED or raw.count(_INDENT_RUN) < _MIN_INDENTED or len(_INDENTED.findall(raw)) < _MIN_INDENTED:
        return lines, []
    starts = [raw.rfind("\n", 0, ln.start) + 1 for ln in lines]
    # (a paragraph's full-width indent is the paragraph's, not the column's: "   　　在此之前…" starts at the spaces' end)
    cols = [ln.start - s - (len(raw[s:ln.start]) - len(raw[s:ln.start].rstrip("\u3000")))
            if raw[ln.start - 1:ln.start] == "\u3000" else ln.start - s for ln, s in zip(lines, starts, strict=True)]
    edges = collections.Counter(c for c, ln in zip(cols, lines, strict=True) if c >= _BODY_MIN and len(ln.sq) >= _LONG)
    if not edges:
        return lines, []
    body, count = edges.most_common(1)[0]
    if count < _MIN_INDENTED:  # (with the paragraphs' first lines, set in by up to four columns: a short notice)
        count += sum(edges[body + k] for k in range(1, _FIRST_INDENT + 1))
        if count < _MIN_INDENTED:
            return lines, []
    side: dict[int, int] = {}  # line index -> end (raw offset) of its side item
    for i, (ln, col, s) in enumerate(zip(lines, cols, starts, strict=True)):
        if col > body - _SIDE_GAP or ln.kind or ln.level:
            continue
        end = ln.end
        if end - s >= body - 1 or (end - s >= _ITEM_MAX and _display_col(raw, s, end) >= body - 1):
            # runs on to the body's edge (in characters, or in display columns where a browser's dump set the
            # cells so: "  • 城区三条道路今起封闭施工          走进地方史的深处", w3m): the article's text after a gap?
            m = _GAP.search(raw, ln.start, end)
            while m is not None and m.end(1) - s < body and _display_col(raw, s, m.end(1)) != body:
                m = _GAP.search(raw, m.end(1), end)
            if m is None or m.start(1) - s > body - 2:
                continue
            end = m.start(1)
        item = "".join(raw[ln.start:end].split())
        if not item or len(item) > _ITEM_MAX or rules.SENTENCE_END_RE.search(item):
            continue
        if not any(map(str.isalnum, item)):
            continue  # (no words: the left edge of a form's field across the page, "[                    ] 發表回覆")
        if end < ln.end and _furniture(raw[end:ln.end]):
            continue  # (not an item: a line of furniture across the page, "博客名   读书 · 行走   首页 关于")
        side[i] = end
    if not side:
        return lines, []
    in_body = [c == body and len(ln.sq) >= _LONG for c, ln in zip(cols, lines, strict=True)]
    mixed = [i for i, end in side.items() if end < lines[i].end]
    between = sum(1 for i in side if 0 < i < len(lines) - 1 and in_body[i - 1] and in_body[i + 1])
    if between + len(mixed) < _BETWEEN:
        return lines, []
    # the items near the article: within _NEAR lines of a body line, of a line an item shares with
    # the article, or of such an item (a run of a menu's items down the page's edge)
    near = [False] * len(lines)
    for k in (*(i for i, b in enumerate(in_body) if b), *mixed):
        near[max(0, k - _NEAR):k + _NEAR + 1] = [True] * len(near[max(0, k - _NEAR):k + _NEAR + 1])
    order = sorted(side)
    for seq in (order, order[::-1]):
        for a, b in zip(seq, seq[1:], strict=False):
            if near[a] and abs(b - a) <= _NEAR:
                near[b] = True
    out: list[Line] = []
    cut: list[Line] = []
    for i, ln in enumerate(lines):
        end = side.get(i)
        if end is None or not near[i]:
            out.append(ln)
        elif end >= ln.end:
            out.append(ln)
            cut.append(ln)
        else:
            out += split_at(raw, ln, [(ln.start, end)], cut)
    return out, cut


# A gutter of six spaces or more, then text up to the line's end (a cell beside the article).
_RIGHT_GATE = re.compile(r"\S {6,}\S[^\n]{0,60}$", re.M)
_GUTTER = re.compile(r" {6,}")
_CJK = rules.HANZI
_PROSE = re.compile("[，。；]")  # a line of prose has a full-width comma or stop (a table row, a page header has none)
_CELL_MAX = 24  # characters of a cell beside the article (squeezed)
_CELLS = 2  # cells, one under the other at one left edge, that make a box beside the article
_ALIGN = 2  # columns: how far the cells' left edges may differ


def cut_right_cells(raw: str, lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """An infobox beside the article's first lines, as ``pdftotext -layout`` prints it: each row of the
    box (``中文名       中华人民共和国人权``) at the end of an article line, after a gutter of six
    spaces or more. Two or more such cells (up to 24 characters each, hanzi in them, no sentence end,
    no date) whose left edges line up (within two columns) after lines of prose (16 characters or
    more, a full-width comma or stop in them: not a table row, not a page header) are the box: each
    is cut off its line as a debris unit of its own (nothing is dropped)."""
    if "      " not in raw or len(_RIGHT_GATE.findall(raw)) < _CELLS:
        return lines, []
    found = []
    for m in _RIGHT_GATE.finditer(raw):
        start = raw.rfind("\n", 0, m.start()) + 1
        end = start + len(raw[start:m.end()].rstrip())  # (the line only: no copy of the text before it)
        for gap in _GUTTER.finditer(raw, start, end):  # the first gutter after a line of prose
            left = "".join(raw[start:gap.start()].split())
            if len(left) >= _LONG:
                cell = "".join(raw[gap.end():end].split())
                if (_PROSE.search(left) and _CJK.search(cell) and len(cell) <= _CELL_MAX
                        and not rules.SENTENCE_END_RE.search(cell) and not rules.DATE.search(cell)):
                    found.append((gap.end() - start, gap.end(), end))
                break
    if len(found) < _CELLS:
        return lines, []
    edges = collections.Counter(col for col, _, _ in found)
    edge = edges.most_common(1)[0][0]
    cells = [(a, b) for col, a, b in found if abs(col - edge) <= _ALIGN]
    if len(cells) < _CELLS:
        return lines, []
    at_end = {b: a for a, b in cells}  # (one cell a printed line: the line's end finds it, no scan over the cells)
    out: list[Line] = []
    cut: list[Line] = []
    for ln in lines:
        a = at_end.get(ln.end)
        if a is None or ln.start >= a or ln.kind or ln.level:
            out.append(ln)
        else:
            out += split_at(raw, ln, [(a, ln.end)], cut)
    return out, cut


# A forum post's author column as an extract prints it: the poster's statistics one a line, a short
# label and a number or a date ("积分 2310" / "帖子 486" / "注册时间 2015-3-2"), and the thread's counters
# on one line ("查看: 1696|回复: 32").
_STAT = r"[\u4e00-\u9fff]{2,4}[:：]?[ \t]*\d[\d,]*"
# (possessive: each class is disjoint from the one after it, so giving characters back never helps, and a
# line that fails is left at once instead of after trying every shorter label)
_STAT_BODY = r"[ \t\f]*+[\u4e00-\u9fff]{2,4}+[:：]?+[ \t]+\d[\d,\-./:]*+[ \t\r]*(?=\n|\Z)"
_STATS_BODY = rf"[ \t\f]*{_STAT}(?:[ \t]*[|｜][ \t]*{_STAT})+[ \t\r]*(?=\n|\Z)"
# (each pattern opens with the line break before the line, a literal the regex engine scans for fast;
# the text's first line is matched on its own)
_STAT_LINE, _STATS_LINE = (re.compile("\n" + body) for body in (_STAT_BODY, _STATS_BODY))
_STAT_FIRST, _STATS_FIRST = map(re.compile, (_STAT_BODY, _STATS_BODY))
_NAME_MAX = 8  # characters of the poster's name over the statistics


def _line_firsts(raw: str, pattern: re.Pattern[str], first: re.Pattern[str]) -> list[int]:
    """The offset of the first non-blank character of each line that ``pattern`` matches."""
    found = [m.end() - len(m.group().lstrip()) for m in pattern.finditer(raw)]
    m = first.match(raw)
    if m is not None:
        found.insert(0, m.end() - len(m.group().lstrip()))
    return found


def _post_mark_under(lines: Sequence[Line], i: int) -> bool:
    """The one statistics row ``lines[i]`` has furniture words right under it and a line right above it
    (``晴天小猪`` / ``积分 3290`` / ``楼主``): an author column that shows one count only."""
    return (0 < i and i + 1 < len(lines) and not lines[i].gap and not lines[i + 1].gap
            and lines[i + 1].sq in rules.DEBRIS_WORDS)


def counter_bar(text: str) -> bool:
    """Is ``text`` (one line) a bar of two or more counters, ``查看: 1696|回复: 32`` (the HTML reader's test too)?"""
    return _STATS_FIRST.match(text) is not None


def mark_profile(raw: str, lines: Sequence[Line]) -> None:
    """Debris: a line of two or more counters joined by bars (``查看: 1696|回复: 32``); two or more
    consecutive lines (no blank line between) of one short label and a number or a date each, and the
    short line right above them (the poster's name, up to 8 characters, no punctuation)."""
    firsts = _line_firsts(raw, _STATS_LINE, _STATS_FIRST) if "|" in raw or "｜" in raw else []
    singles = _line_firsts(raw, _STAT_LINE, _STAT_FIRST)
    if not firsts and not singles:
        return
    starts = {ln.start: i for i, ln in enumerate(lines)}
    for pos in firsts:
        i = starts.get(pos)
        if i is not None and not lines[i].kind:
            lines[i].kind = "debris"
    rows = sorted(i for i in (starts.get(pos) for pos in singles) if i is not None)
    for k, i in enumerate(rows):
        run_ok = (k + 1 < len(rows) and rows[k + 1] == i + 1 and not lines[i + 1].gap) or (
            k > 0 and rows[k - 1] == i - 1 and not lines[i].gap) or _post_mark_under(lines, i)
        if not run_ok or lines[i].kind:
            continue
        lines[i].kind = "debris"
        if (k == 0 or rows[k - 1] != i - 1) and i > 0 and not lines[i].gap:
            name = lines[i - 1]
            if (not name.kind and not name.level and len(name.sq) <= _NAME_MAX
                    and all(ch.isalnum() for ch in name.sq)):
                name.kind = "debris"
