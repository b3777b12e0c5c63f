"""A layout table's left cell printed at the start of the article's lines (the text route).

A page laid out as a table, a menu or a page list in the left cell and the article in the right one,
comes out of ``html2text`` with the two cells on one line. That tool cuts a cell to its width by bytes,
so a cell holding Chinese ends in a broken character, which the decoder reads as U+FFFD
(``第01版：要�——记者探访…``, ``    * 招�发布科室：医务部　发布时间：…``): the mark shows where the cell ends.

:func:`cut_left_cells`: where two or more lines have one U+FFFD among their first 12 characters (no clause
punctuation before it) and text after it, and the article shows beside the cell (one of them runs on
into a sentence, or one is a list item: a menu of bullets, or one is a heading in html2text's stars, the
article's title: ``教�***** 关于开展…的通知 *****``, dev10), each is cut
right after the mark; the cell (up to the mark) becomes a ``debris`` unit of its own, the rest goes on
as a line (a title, a byline, the next piece of a paragraph). Not cut: a line whose rest the line rules
call debris (a menu or a breadcrumb beside the site's name, ``临川�设为首页 | 加入收藏``), a date alone
(``中原�2023年09月09日　星期一``, a masthead), a line with a second mark (a menu of cut cells) or a bar
(a table drawn in bars, ``|发�|2023-09-08|``, one row a unit). Nothing
is dropped. Where two or more lines are cut so, a line right above or below one of them that has a
gutter (two spaces or more, or a space and full-width spaces) within its first 12 characters is cut
at the gutter too (``版面导航    在拿破仑三世里读懂历史``, ``本版PDF下载 　　【寻访】``: cells that fit). Only
texts with a U+FFFD are looked at.

:func:`cut_poster_cells`: a forum thread's author column printed beside the post's header row (html2text:
``Lv.8   阿福 發表於 2022-1-23 13:27``): where a line's text after a gap of three spaces or more is a poster's
line (a name, ``发表于`` / ``發表於`` and a date, :data:`rules.COMMENT_HEAD`) and what stands before the gap is
one short token (up to 8 characters), the token is a ``debris`` unit of its own (the poster's rank or name). Only
texts with ``发表于`` / ``發表於`` are looked at.
"""

from __future__ import annotations

import itertools
import operator
import re

from . import classify, rules
from .inline import DATE_ALONE, find_all, lines_at, split_at
from .lines import Line, squeeze

__all__ = ["cut_left_cells", "cut_poster_cells", "cut_table_rows"]

_MARK = "\ufffd"
_CELL_MAX = 12  # characters of the cell before the mark (squeezed)
_REST_MIN = 2  # characters after the mark
_CUTS_MIN = 2  # lines cut at a mark that show the left cell
_CLAUSE = re.compile("[，。；！？,;!?]")  # a cell has no clause punctuation (prose with a broken character has)
_PROSE = re.compile("[\u4e00-\u9fff][^\ufffd]{14,}[。！？]")  # a sentence after the mark: the article's prose
# html2text's heading stars right after the mark (squeezed): the article's title beside the cell ("教�***** 关于… *****")
_STARRED = re.compile("\ufffd\\*+[^*]+\\*+$")
# a gutter between the cell and the article: two or more spaces, or a space and full-width spaces
_GUTTER = re.compile(r"(?<=\S)(?: {2,}| +\u3000+)[\u3000]*(?=\S)")


def cut_left_cells(raw: str, lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """The lines with each left cell cut off (module docstring), and the cells (for the caller to make
    debris)."""
    if _MARK not in raw:
        return lines, []
    marks = []
    pos = raw.find(_MARK)
    while pos >= 0:
        marks.append(pos)
        pos = raw.find(_MARK, pos + 1)
    cuts: dict[int, tuple[list[Line], list[Line]]] = {}  # line index -> (its parts, its cell)
    for i in sorted(lines_at(lines, marks)):
        line = lines[i]
        if line.kind or line.level or line.sq.count(_MARK) != 1 or "|" in line.sq:  # (a table drawn in bars: its rows)
            continue
        at = line.sq.index(_MARK)
        if at >= _CELL_MAX or len(line.sq) - at - 1 < _REST_MIN or _CLAUSE.search(line.sq, 0, at):
            continue
        _try_cut(raw, lines, i, raw.find(_MARK, line.start, line.end) + 1, cuts)
    if len(cuts) < _CUTS_MIN:  # (one broken character is no table)
        return lines, []
    if not any(lines[i].item or _PROSE.search(lines[i].sq) or _STARRED.search(lines[i].sq) for i in cuts):
        return lines, []  # (a field table's labels cut short, "發�" + "新北市政府教育局": no article beside them)
    for i in range(max(0, min(cuts) - 1), min(len(lines), max(cuts) + 2)):  # lines next to a cut: at a gutter
        line = lines[i]
        if i in cuts or line.kind or line.level or (i - 1 not in cuts and i + 1 not in cuts):
            continue
        m = _GUTTER.search(raw, line.start, line.end)
        if m is not None and len("".join(raw[line.start:m.start()].split())) < _CELL_MAX:
            _try_cut(raw, lines, i, m.start(), cuts)
    out: list[Line] = []
    cells: list[Line] = []
    for i, line in enumerate(lines):
        cut = cuts.get(i)
        if cut is None:
            out.append(line)
        else:
            out += cut[0]
            cells += cut[1]
    return out, cells


def _try_cut(raw: str, lines: list[Line], i: int, end: int, cuts: dict) -> None:
    """Cut ``lines[i]`` at raw offset ``end`` into its cell and the rest, unless the rest is debris by
    the line rules or a date alone."""
    line = lines[i]
    cell: list[Line] = []
    parts = split_at(raw, line, [(line.start, end)], cell)
    if len(parts) == 2 and classify.line_kind(raw, parts[1]) != "debris" and not DATE_ALONE.fullmatch(parts[1].sq):
        cuts[i] = (parts, cell)


_POSTER_ROW = re.compile(r"[ \t]*(\S{1,8})[ \t]{3,}(\S[^\n]{0,40}?)[ \t\r]*$")
_POSTED = ("發表於", "发表于")


def cut_poster_cells(raw: str, lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """The lines with a poster's rank or name cut off the post's header row (module docstring), and the cut
    tokens (for the caller to make debris)."""
    found = [pos for word in _POSTED if word in raw for pos in find_all(raw, word)]
    if not found:
        return lines, []
    out: list[Line] = []
    cells: list[Line] = []
    at = sorted(lines_at(lines, found))
    last = 0
    for i in at:
        line = lines[i]
        if line.kind or line.level:
            continue
        begin = raw.rfind("\n", 0, line.start) + 1
        m = _POSTER_ROW.match(raw, begin, line.end)
        if m is None or m.end() != line.end or m.group(2)[0] in "发發于於" or not rules.COMMENT_HEAD.fullmatch(m.group(2)):
            continue  # (a name before the gap and the word after it is the poster's own line: "阿福   發表於 …")
        out += lines[last:i]
        last = i + 1
        out += split_at(raw, line, [(m.start(1), m.end(1))], cells)
    out += lines[last:]
    return (out, cells) if cells else (lines, [])


_ROW_MAX = 80  # characters of a borderless table's row (squeezed)
_TD_MAX = 30  # characters of one of its cells (squeezed)
# a list's number or bullet as a row's first cell ("1.  理解…", "2.1 区域分布", html2text's "o 产品简介"): a list,
# no table (a number alone is a table's first column: "1  火车东站 K1、K6")
_MARKER = re.compile(r"(?:\d{1,3}(?:[.．]\d{1,3})*[.、．)）]|\d{1,3}(?:[.．]\d{1,3})+|[(（]\d{1,3}[)）]|[oO*+•·\-])")
_HAN = rules.HANZI
_WORD = re.compile(r"[^\W_]")  # a cell holds a letter, a digit or a Han character (no "»", "|" or "[" of a menu)
_BAR = re.compile(r"(?<!\S)[^\w\s]+(?!\S)")  # a mark between spaces ("首页 » 专家介绍", "要闻 | 本地"): a menu's row
_SPACES = " \t"
_CLEAN = operator.attrgetter("clean")


def cut_table_rows(raw: str, lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """A web page's data table printed without borders (lynx, html2text, w3m: ``課號   CSIE2010 學分   3`` /
    ``必／選修 必修       上課時間 二 3-4、四 3`` / ``上課地點 資109     修課人數 120``) cut into one line per cell,
    and the cells (for the caller to make debris). A table is two or more consecutive lines (no blank line between,
    each one piece, short, a Han character in it, no clause punctuation) that share one or more gutters: character
    columns that are a space in every row, with text on both sides in every row (a dump pads its cells to the
    column's width, so the gutters of a table's rows line up while the spaces of prose and of a cell's own words,
    ``二 3-4``, do not); the cells after one gutter start in one column in every row, and some row is padded (a gap
    of two spaces or more: words one space apart in every row are a list, ``北京 上海 广州``); each row is cut at
    each gutter, every cell is 30 characters at most, holds a letter, a digit or a Han character, and some cell of
    each row two characters or more (letter-spaced text). A one-space gutter between two Latin letters in some row
    is no gutter (words of a phrase). Not cut: a list (a row opens with ``1.``, ``2.1``, ``o``), a menu (a mark alone
    between spaces, ``首页 » 详情``), html2text's cells cut by bytes (U+FFFD), text with form feeds (pdftotext: a
    form's rows are its meta lines)."""
    if " " not in raw or "\f" in raw or ("  " not in raw and "\t" not in raw):  # (_table_rows below: no tab, no padded row, no table; a form feed stops the loop)
        return lines, []
    # the rows that may be a table's: short, spaces inside (most lines of most texts fail the first two tests)
    spaced = itertools.compress(itertools.count(), map(operator.not_, map(_CLEAN, lines)))  # (picked out in C)
    maybe = [i for i in spaced if 3 <= len(lines[i].sq) <= _ROW_MAX and len(lines[i].pieces) == 1
             and not lines[i].kind and not lines[i].level and not lines[i].item]
    runs: list[list[int]] = []  # runs of such rows, one under the other (no blank line between)
    for i in maybe:
        if runs and runs[-1][-1] == i - 1 and not lines[i].gap and raw.count("\n", lines[i - 1].end, lines[i].start) == 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    cut: dict[int, list[Line]] = {}  # row index -> its cells
    for run in runs:
        if len(run) < 2:
            continue
        if "\f" in raw:  # (pdftotext's pages: a form's rows are its meta lines; asked only here, a scan of the text)
            break
        found = _table_rows(raw, [lines[i] for i in run])
        for i, row in zip(run, found or (), strict=False):
            line = lines[i]
            cut[i] = [Line([(s, e)], sq, line.gap if not k else 0, 0, line.hard or k > 0, clean=len(sq) == e - s,
                           kind="debris")  # (now: a cell that repeats the title is no running header)
                      for k, (s, e) in enumerate(row) for sq in (squeeze(raw, s, e),)]
    if not cut:
        return lines, []
    out: list[Line] = []
    cells: list[Line] = []
    for i, line in enumerate(lines):
        if i in cut:
            out += cut[i]
            cells += cut[i]
        else:
            out.append(line)
    return out, cells


def _table_rows(raw: str, rows: list[Line]) -> list[list[tuple[int, int]]] | None:
    """Each row's cells as raw spans, cut at the gutters the rows share (:func:`cut_table_rows`), the columns
    counted in characters (lynx) or else in printed width (w3m: a Han character two columns); None where they are
    no table."""
    if any(_CLAUSE.search(ln.sq) or not _HAN.search(ln.sq) or _BAR.search(raw, ln.start, ln.end)
           or _MARK in ln.sq for ln in rows):  # (html2text's cells cut by bytes: cut_left_cells's)
        return None
    if all("\t" in raw[ln.start:ln.end] for ln in rows):  # (a browser's "save as text": a tab after each cell)
        return _tab_rows(raw, rows)
    if not any("  " in raw[ln.start:ln.end] for ln in rows):  # (no row padded: no table; asked before the columns)
        return None
    begins = [raw.rfind("\n", 0, ln.start) + 1 for ln in rows]
    found = _cut_rows(raw, rows, [list(range(b, ln.end)) for ln, b in zip(rows, begins, strict=True)])
    if found is None and not all(raw[b:ln.end].isascii() for ln, b in zip(rows, begins, strict=True)):
        grids = [[k for k in range(b, ln.end) for _ in range(1 if raw[k] < "\x80" else 2)]
                 for ln, b in zip(rows, begins, strict=True)]
        found = _cut_rows(raw, rows, grids)
    return found


_TAB_GAP = re.compile(r"[ \t]*\t[ \t]*")


def _tab_rows(raw: str, rows: list[Line]) -> list[list[tuple[int, int]]] | None:
    """:func:`_table_rows` where every row holds a tab: cut at each tab (and the spaces around it)."""
    out = []
    for ln in rows:
        spans, start = [], ln.start
        for m in _TAB_GAP.finditer(raw, ln.start, ln.end):
            spans.append((start, m.start()))
            start = m.end()
        spans.append((start, ln.end))
        if not _cells_ok(raw, spans):
            return None
        out.append(spans)
    return out


def _cells_ok(raw: str, spans: list[tuple[int, int]]) -> bool:
    """``spans`` are a table row's cells: two or more, the first no list's number, each with a letter, a digit or
    a Han character and 30 characters at most, one of them two characters or more (letter-spaced text)."""
    return (len(spans) > 1 and not _MARKER.fullmatch(raw, *spans[0])
            and all(_WORD.search(raw, a, b) for a, b in spans)
            and any(len(raw[a:b].strip()) > 1 for a, b in spans)
            and all(len(squeeze(raw, a, b)) <= _TD_MAX for a, b in spans))


def _cut_rows(raw: str, rows: list[Line], grids: list[list[int]]) -> list[list[tuple[int, int]]] | None:
    """:func:`_table_rows` on the rows laid out in columns: ``grids[r][c]``, the raw offset of row ``r``'s
    column ``c``."""
    lo = max(grid.index(ln.start) for ln, grid in zip(rows, grids, strict=True))
    ends = [len(grid) - 1 for grid in grids]  # each row's last column (each grid ends at its row's last character)
    # a gutter column: a space in every row that goes on past it, two rows or more (a row whose one cell spans the
    # columns, "标　　题：     专家谈…" under "索引号：  1119…  主题分类：    综合政务", ends before it)
    common = [c for c in range(lo + 1, max(ends))
              if sum(c < end for end in ends) > 1
              and all(raw[grid[c]] in _SPACES for grid, end in zip(grids, ends, strict=True) if c < end)]
    if not common:
        return None
    gutters: list[list[int]] = []  # runs of adjacent gutter columns
    for c in common:
        if gutters and gutters[-1][-1] == c - 1:
            gutters[-1].append(c)
        else:
            gutters.append([c])
    cuts: list[list[tuple[int, int]]] = [[] for _ in rows]  # each row's gaps (raw spans of its spaces)
    lined_up = padded = False
    for g in gutters:
        gaps, starts = [], set()
        for r, grid in enumerate(grids):
            if g[0] >= ends[r]:
                continue
            s = e = grid[g[0]]
            while raw[s - 1] in _SPACES:
                s -= 1
            while raw[e] in _SPACES:
                e += 1
            if e - s == 1 and raw[s - 1].isascii() and raw[s - 1].isalpha() and raw[e].isascii() and raw[e].isalpha():
                break  # (words of a Latin phrase)
            gaps.append((r, s, e))
            starts.add(grid.index(e))
        else:
            if len(gaps) < 2:
                continue
            for r, s, e in gaps:
                cuts[r].append((s, e))
            lined_up = lined_up or len(starts) == 1
            padded = padded or any(e - s > 1 for _, s, e in gaps)
    if not padded:
        return None  # (no cell padded: words one space apart in every row, a list)
    out = []
    for ln, gaps in zip(rows, cuts, strict=True):
        spans, start = [], ln.start
        for s, e in gaps:
            if s <= start:  # (two gutters that meet inside one row's gap)
                start = max(start, e)
                continue
            spans.append((start, s))
            start = e
        spans.append((start, ln.end))
        if not _cells_ok(raw, spans):
            return None
        out.append(spans)
    if not lined_up and not _centred(out, grids):
        return None  # (no column whose cells start together or stand centred: spaces that meet by chance)
    return out


def _centred(rows: list[list[tuple[int, int]]], grids: list[list[int]]) -> bool:
    """Some column after the first holds cells centred on one column (±½) in every row, or ending in one column
    (lynx centres or right-aligns a cell: ``站名`` over ``火车东站``)."""
    if len({len(r) for r in rows}) != 1:
        return False
    for k in range(1, len(rows[0])):
        ends = [grid.index(r[k][1] - 1) + grid.count(r[k][1] - 1) for r, grid in zip(rows, grids, strict=True)]
        mids = [grid.index(r[k][0]) + end for r, grid, end in zip(rows, grids, ends, strict=True)]
        if len(set(ends)) == 1 or max(mids) - min(mids) <= 1:
            return True
    return False
