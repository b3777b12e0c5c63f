"""Pages printed in columns side by side (``pdftotext -layout``): split each line at the gutter.

``pdftotext -layout`` (and its default mode on pages whose gutter is narrow) prints the columns
of a page next to each other, one text line of each column per printed line::

    自2005年到2013年，美軍被解職的具有中校及以     上前進的蒸汽機車，但商業上並不成功。
    上軍階的指揮官中，超過40%是因為行為不檢點。而

A **gutter** is a stretch of character positions that (almost) no text on the page covers while
many lines have text on each side of it: at least :data:`_MIN_SIDE` lines with a piece of at least
:data:`_MIN_PIECE` letters on the left and as many on the right (not necessarily the same lines),
:data:`_MIN_LONG` of them with :data:`_LONG_PIECE` or more. Positions are counted in characters, as
pdftotext places them (one cell per character, CJK or not). Pages are the stretches between
form feeds (``\\f``), and each page finds its own gutters (a page of three columns, then one of
two). A line whose text runs across a gutter (a headline over the columns, an abstract across the
page) is printed across the page; the lines between two such lines form a *band*.

:func:`reading_order` cuts each line of a columned page at its gutters into one :class:`Line`
per column and returns the lines in reading order: band by band, and within a band the first
column top to bottom, then the next. Within a column a line's indentation is counted from the
column's left edge and its blank lines are the rows between it and the column's previous line that
hold no text in any column (two columns set at different line pitches take rows in turns), so the
join rules see each column as a text of its own. :func:`file_order` then puts the units back in the order of
the file: a unit whose lines are interleaved with another column's becomes *pieces*, one for
each stretch of the file it holds, and every piece after the first says which unit it continues.
So each unit's raw offsets still strictly increase (docs/segmentation.md §2).

pdftotext's default mode may instead print two columns' lines in turns, a blank line between every
two; :func:`alternate_order` reads such a page column by column (docs/segmentation.md §4, "columns
on alternate lines"), and :func:`file_order` puts its units back in file order the same way.
"""

from __future__ import annotations

import bisect
import collections
import itertools
import operator
import re
from collections.abc import Callable, Iterator, Sequence

from . import colblock, rules
from .inline import split_at
from .join import _DIGIT, _route_across, _web_dump, _word_from, _word_starts, dictionary, straddles
from .lines import Line, display_width, page_of, squeeze, strip_piece

__all__ = ["reading_order", "file_order", "find_gutters", "spaced_order"]

_GAPPED = re.compile(r"\S {2,}\S|^ {8,}\S", re.M)
_RUN = re.compile(r"\S+(?: \S+)*")  # text, single spaces inside; two or more spaces end it
_MIN_SIDE = 5  # lines with a piece of text on each side of a gutter
_MIN_PIECE = 6  # letters in such a piece
_MIN_LONG = 3  # lines with a long piece on each side (prose, not table cells)
_LONG_PIECE = 12
_MIN_MARGIN = 6  # a gutter is not in the first or last characters of the page


def _runs(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _RUN.finditer(text)]


def find_gutters(rows: Sequence[list[tuple[int, int]]], letters: Sequence[list[int]]) -> list[tuple[int, int]]:
    """The gutters ``[lo, hi)`` of one page, given each line's text runs (character positions)
    and the number of letters in each run; empty if the page is not set in columns."""
    lines = [r for r in rows if r]
    if len(lines) < 2 * _MIN_SIDE:
        return []
    width = max(r[-1][1] for r in lines)
    # (the lines above the first line printed in two or more pieces of prose and below the last,
    # a title block and an abstract over the columns, a note under them, do not cover the gutter)
    two = [i for i, n in enumerate(letters) if len(n) >= 2 and n[0] >= _MIN_PIECE and n[-1] >= _MIN_PIECE]
    if len(two) >= 2 * _MIN_SIDE:
        lines = [r for r in rows[two[0]:two[-1] + 1] if r]
    levels = _levels(lines, width)
    tol = max(1, len(lines) // 8)  # lines printed across the page (title, abstract) may cover it
    # ... but fewer than a third of the lines of the text to its right (a short column)
    free = _free(levels, tol)
    gutters = []
    for lo, hi in _stretches(free, width):
        left = right = long_left = long_right = 0
        for runs, counts in zip(rows, letters, strict=True):
            if _crosses(runs, lo, hi):
                continue
            n = max((c for (s, e), c in zip(runs, counts, strict=True) if s < lo), default=0)
            left += n >= _MIN_PIECE
            long_left += n >= _LONG_PIECE
            n = max((c for (s, e), c in zip(runs, counts, strict=True) if s >= lo), default=0)
            right += n >= _MIN_PIECE
            long_right += n >= _LONG_PIECE
        if min(left, right) >= _MIN_SIDE and min(long_left, long_right) >= _MIN_LONG:
            # (two gutters with less than a column's piece between them are one where more lines run
            # on into the text between from the left than start there: a few lines of a ragged column
            # that run on past where most end, no column)
            if gutters and lo - gutters[-1][1] < _MIN_PIECE and _runs_on(rows, *gutters[-1], lo):
                lo = gutters.pop()[0]
            gutters.append((lo, hi))
    return gutters


def _free(levels: list[int], tol: int) -> list[bool]:
    """For :func:`find_gutters`: the positions covered by ``tol`` lines at most, and by fewer than a third of the
    most lines that cover any position right of it (at least one line allowed); counted in C."""
    peak = [*itertools.accumulate(reversed(levels), max)][::-1] + [0]  # (the most lines over it or right of it)
    return list(map(operator.le, levels, map(max, itertools.repeat(1), map(
        min, itertools.repeat(tol), map(operator.floordiv, peak[1:], itertools.repeat(3))))))


def _runs_on(rows: Sequence[list[tuple[int, int]]], lo: int, hi: int, end: int) -> bool:
    """More text runs cross the gutter ``[lo, hi)`` from its left than start in ``[hi, end)``."""
    crossing = sum(s < lo and e > hi for runs in rows for s, e in runs)
    return crossing > sum(hi <= s < end for runs in rows for s, _ in runs)


def _levels(lines: Sequence[list[tuple[int, int]]], width: int) -> list[int]:
    """How many of ``lines``' text runs cover each position ``0 .. width - 1``."""
    cover = [0] * (width + 1)
    for runs in lines:
        for s, e in runs:
            cover[s] += 1
            cover[e] -= 1
    return list(itertools.accumulate(cover[:width]))


def _stretches(free: Sequence[bool], width: int) -> Iterator[tuple[int, int]]:
    """The free stretches ``[lo, hi)`` of ``free`` between the margins, left to right, up to the first
    that reaches the right margin (a page's ragged right edge is no gutter)."""
    x = _MIN_MARGIN
    while x < width - _MIN_MARGIN:
        if not free[x]:
            x += 1
            continue
        lo = x
        while x < width and free[x]:
            x += 1
        if x >= width - _MIN_MARGIN:
            return
        yield lo, x


def _sparse_gutter(rows: Sequence[list[tuple[int, int]]], letters: Sequence[list[int]]) -> tuple[int, int, int, int] | None:
    """A column of prose with a few lines of text printed beside it, right of its right edge (a
    paper's references column that holds a heading and one entry beside the abstract:
    ``摘 要：六十进制是以60为基数的进位     参考文献``): a free stretch (as in :func:`find_gutters`)
    with prose on its left (:data:`_MIN_SIDE` lines of :data:`_MIN_PIECE` letters, :data:`_MIN_LONG`
    of :data:`_LONG_PIECE`), and right of it two or more lines, one of them long, all of them between
    the first and the last of those prose lines (not a running header's date, not a page number
    under the text), one of them on a row with prose on its left. Returns the gutter and the rows
    ``top``, ``bottom`` (page-relative) of the prose, or ``None``."""
    lines = [r for r in rows if r]
    if len(lines) < _MIN_SIDE + 2:
        return None
    width = max(r[-1][1] for r in lines)
    free = list(map((1).__ge__, _levels(lines, width)))  # covered by one line at most
    for lo, hi in _stretches(free, width):
        found = _beside(rows, letters, lo, hi)
        if found is not None:
            return (lo, hi, *found)
    return None


def _beside(rows: Sequence[list[tuple[int, int]]], letters: Sequence[list[int]], lo: int, hi: int) -> tuple[int, int] | None:
    """For :func:`_sparse_gutter`: the rows ``top``, ``bottom`` of the band to read in columns if a
    few lines of text stand beside the prose left of ``[lo, hi)`` as that function requires, else
    ``None``. The band runs from the line across the page above the text beside the prose (or the
    page top) to the one below it (or the page end), without a line above or below the prose that
    has text right of the gutter (a running header's date, a page number)."""
    prose, right, crossing = [], [], []
    left = 0
    for i, (runs, counts) in enumerate(zip(rows, letters, strict=True)):
        if not runs:
            continue
        if _crosses(runs, lo, hi):
            crossing.append(i)
            continue
        n_left = max((c for (s, e), c in zip(runs, counts, strict=True) if s < lo), default=0)
        n_right = max((c for (s, e), c in zip(runs, counts, strict=True) if s >= lo), default=0)
        left += n_left >= _MIN_PIECE
        if n_left >= _LONG_PIECE:
            prose.append(i)
        if n_right:
            right.append((i, n_right, n_left))
    if left < _MIN_SIDE or len(prose) < _MIN_LONG:
        return None
    # (on the first prose row only if the prose goes on right under it: not a running header's date)
    inside = [(i, n, m) for i, n, m in right if prose[0] < i < prose[-1] or (i == prose[0] and i + 1 in prose)]
    if (len(inside) < 2 or not any(n >= _LONG_PIECE for _, n, _ in inside)
            or not any(m >= _LONG_PIECE for _, _, m in inside)):
        return None
    first, last = inside[0][0], inside[-1][0]
    top = 1 + max([i for i in crossing if i < first] + [i for i, _, _ in right if i < first], default=-1)
    bottom = min([i for i in crossing if i > last] + [i for i, _, _ in right if i > last], default=len(rows)) - 1
    return top, bottom


def _crosses(runs: Sequence[tuple[int, int]], lo: int, hi: int) -> bool:
    return any(s < lo and e > hi for s, e in runs)


def _page_rows(raw: str, starts: Sequence[int], first: int, last: int) -> tuple[list, list]:
    rows, letters = [], []
    for i in range(first, last):
        text = raw[starts[i]:starts[i + 1]].rstrip("\r\n\u2028\u2029").replace("\f", " ")
        runs = _runs(text)
        rows.append(runs)
        letters.append([e - s - text.count(" ", s, e) for s, e in runs])
    return rows, letters


def _line_starts(raw: str) -> list[int]:
    starts = [0, *(m.end() for m in rules.LINE_BREAK.finditer(raw))]
    starts.append(len(raw) + 1)
    return starts


def reading_order(raw: str, lines: list[Line]) -> list[Line] | None:
    """The lines of ``raw`` in reading order with each columned line cut at its gutters (or, in a
    default-mode extract that printed two columns on alternate lines, each column's lines in turn:
    :func:`alternate_order`), or ``None`` when no page of ``raw`` is set in columns (the lines stand
    as they are)."""
    found = _gutter_order(raw, lines)
    cut = gap_cut(raw, found if found is not None else lines)
    if cut is not None:
        found = cut
    if found is None:
        found = alternate_order(raw, lines)
    spaced = spaced_order(raw, found if found is not None else lines)
    if spaced is not None:
        found = spaced
    found = _bullet_beside(raw, found if found is not None else lines) or found
    if found is not None and "\f" in raw and "        " in raw:  # (a piece of a PDF extract's page read in columns with a wide gap still inside)
        wide = _wide_gaps(raw, found)
        if wide:
            found = _cut_at(raw, found, wide)
    if colblock.FULL_BESIDE.search(raw) and not _web_dump(raw):  # (another column's text after a full line: colblock.full_beside)
        cuts = colblock.full_beside(raw, found if found is not None else lines)
        if cuts:
            found = _cut_at(raw, found if found is not None else lines, {i: [(sp, sp + 1)] for i, sp in cuts.items()})
    if "      " in raw or "∕" in raw or "／" in raw:  # (a credit at a line's start, a gutter after it: colblock.credit_before)
        cuts = colblock.credit_before(raw, found if found is not None else lines)
        if cuts:
            found = _cut_at(raw, found if found is not None else lines, {i: [span] for i, span in cuts.items()})
    return found


_WIDE_GAP = re.compile(r"(?<=\S) {8,}(?=\S)")
_PROSE_MARK = re.compile(r"[，。、；]")


def _wide_gaps(raw: str, lines: list[Line]) -> dict[int, list[tuple[int, int]]]:
    """On a page of a PDF extract (form feeds) read in columns, the runs of eight spaces or more still inside a line or piece with two letters or
    more on each side, a full-width comma or stop right of it (``路口镇 (长沙县)                     所开 发的游戏，…``: a
    headline beside another column's line where the page's two right columns share a gutter no position shows; not a
    page header's date, ``论文集          2021年10月``, nor a browser footer's counter): {line index: the runs}."""
    out: dict[int, list[tuple[int, int]]] = {}
    for i, line in enumerate(lines):
        if len(line.pieces) != 1 or line.clean:
            continue
        runs = [m.span() for m in _WIDE_GAP.finditer(raw, line.start, line.end)]
        if not runs:
            continue
        edges = [line.start, *(x for r in runs for x in r), line.end]
        sizes = [len(raw[a:b].replace(" ", "")) for a, b in zip(edges[::2], edges[1::2], strict=True)]
        keep = [r for k, r in enumerate(runs) if min(sizes[k], sizes[k + 1]) >= 2
                and _PROSE_MARK.search(raw, r[1], edges[2 * k + 3]) is not None
                # (or one hanzi alone at the piece's end, another column's name cut short: "…全球第十         萱")
                or (k == len(runs) - 1 and sizes[k] >= _GAP_PIECE and sizes[k + 1] == 1
                    and "\u4e00" <= raw[r[1]] <= "\u9fff")]
        if keep:
            out[i] = keep
    return out


# a space before a bullet that sets a sub-head: the one scan :func:`_bullet_beside` needs before it
# reads any line (six ``" ■" in raw`` tests took ten times as long: a two-character needle is
# searched character by character, a pattern's literal space by a fast scan)
_SPACED_BULLET = re.compile(" [■●◆▲★▶]")


def _bullet_beside(raw: str, lines: list[Line]) -> list[Line] | None:
    """``lines`` (as read so far, after any one-space gutter cut) with each line that ends in another
    column's bullet sub-head cut before it, the sub-head a unit's start (``hard``): colblock.bullet_beside. ``None`` when no line is cut."""
    if _SPACED_BULLET.search(raw) is None:
        return None
    cuts = colblock.bullet_beside(raw, lines)
    if not cuts:
        return None
    return _cut_at(raw, lines, {i: [(at, at + 1)] for i, at in cuts.items()})


# One space between columns (pdftotext's default mode prints the columns of a page with a narrow
# gutter side by side on one line, a single space between them; -layout may too, where a column
# runs up to the next): a single space with a wide character on one side at least
# (the literal space first: the engine scans for it fast)
# (not before a link's address in brackets: lynx -list_inline sets a menu's links one space apart,
# "[https://…/]诗词阁 [https://…/a.html]推荐", on lines as alike as a column's)
_ONE_SPACE = re.compile(rf" (?<=\S )(?=\S)(?!\[{rules.LINK_SCHEME})(?:(?<=[^\x00-\x7f\s] )|(?=[^\x00-\x7f\s]))")
_SPACE_RUN = re.compile(r" {2,}")
_SPACED_PIECE = 8  # full-width units left of such a space (a column's line, not a cell)
_SPACED_CHAIN = 3  # consecutive lines with the space at one printed position
_SPACED_SLACK = 2.0  # full-width units the position may move (Latin and digits are narrower)
_SPACED_WINDOW = 6  # lines either side where the position must recur
_SPACED_TWO = 2 * 8  # characters two columns' lines hold at least (two pieces of _SPACED_PIECE)
_SPACED_MAX = 3  # such spaces on one line (four columns); more: OCR-like spaces
_SPACED_LINE_MAX = 40  # characters in a short line ...
_SPACED_SHORT = 0.6  # ... and the share of a text's lines that are short, at least
_SPACED_USUAL = 3  # lines without such a space that show the text's usual line width around a line
_SPACED_AROUND = 12  # lines either side where they are looked for
_SPACED_WIDER = 4  # full-width units a line cut so is wider than that, at least
_SPACED_WIDE_SHARE = 3  # in a PDF extract (form feeds), one in this many of the lines with such a space must be so wide
# (else: spaced throughout; one in two in other text: a web dump's short lines)


def _printed(seg: str) -> float:
    """Printed position after ``seg`` in full-width units: a wide character one, any other half,
    a single space nothing (an OCR pass put it there), a run of spaces one a space (-layout)."""
    sq = seg.replace(" ", "")
    runs = sum(map(len, _SPACE_RUN.findall(seg))) if "  " in seg else 0
    return display_width(sq) + runs


_GAP_CUT = re.compile(r"(?<=\S) {2,}(?=\S)")  # two spaces or more between text on one line
_GAP_PROSE = re.compile(r"  (?<=\S{6}  ) *(?=\S{6})")  # (a quick count: text on both sides of such a gap)
_GAP_ROWS = 5  # lines with prose on both sides of such a gap, at least ...
_GAP_SHARE = 0.04  # ... and this share of the lines
_GAP_PIECE = 3  # letters on each side of a gap that is cut
_GAP_WIDE = 8  # a gap this wide cuts a line's first piece, however short, before another column's prose ("望        四月十二日…"),
# and any two pieces of two characters or more ("…德國空軍攔          光學          岌可危。": another column's heading)
_GAP_TURN = 8  # positions between the starts of two consecutive pieces of different columns, at least
_SENTENCE_END = frozenset("。！？!?")


def gap_cut(raw: str, lines: list[Line]) -> list[Line] | None:
    """A page printed in columns whose gutter no character position shows (``pdftotext -layout`` of a
    newspaper page whose columns it set at varying positions, one column running up to the next):
    where :data:`_GAP_ROWS` lines or more, and :data:`_GAP_SHARE` of them, hold text of
    :data:`_LONG_PIECE` letters or more on both sides of a run of two spaces or more, every line is cut
    at such runs with :data:`_GAP_PIECE` letters or more on each side, or two ending a sentence on
    the left (``艇。      ■ 历史沿革``) (``（记者 罗晨曦 通讯员 吴海涛）      横位上有…``:
    a byline and the next column's line), each later piece starting a unit (``hard``). The pieces stay in
    file order; :func:`spaced_order` may then cut them at one-space gutters. ``None`` when no page is so
    printed."""
    if "  " not in raw or len(_GAP_PROSE.findall(raw)) < _GAP_ROWS:  # (in C: most texts stop here)
        return None
    gapped = [i for i, ln in enumerate(lines) if len(ln.pieces) == 1 and not ln.clean and "  " in raw[ln.start:ln.end]]
    if len(gapped) < _GAP_ROWS:
        return None
    cuts: dict[int, list[tuple[int, int]]] = {}
    prose = 0
    for i in gapped:
        line = lines[i]
        text = raw[line.start:line.end]
        spans = [m.span() for m in _GAP_CUT.finditer(text)]
        if not spans:
            continue
        if text[0].isdigit() or text[0] == "[" or len(spans) > 1:
            spans = _after_numbers(text, spans)
            if not spans:
                continue
        edges = [0, *(x for sp in spans for x in sp), len(text)]
        pieces = [len(text[a:b].replace(" ", "")) for a, b in zip(edges[::2], edges[1::2], strict=True)]
        prose += max(pieces[:-1]) >= _LONG_PIECE and max(pieces[1:]) >= _LONG_PIECE
        if text[-1].isdigit() and _foot_strip(raw, line) and _page_end(raw, line.end):
            continue  # (a page's footer strip and its counter: one line; folios.split_folios cuts the counter off)
        if not prose and max(pieces) < _LONG_PIECE and len(pieces) >= _STRIP_PIECES:
            continue  # (a masthead strip above the first line of prose on both sides: one line, as in _page_order)
        if ("：" in text or ":" in text) and _fields(text, edges):
            continue  # (a line of labelled fields: one line, "中图分类号：F233      文献标志码：A      文章编号：…")
        # (or a paragraph's short last line, two characters ending a sentence: "艇。      ■ 历史沿革")
        keep = [(a + line.start, b + line.start) for k, (a, b) in enumerate(spans)
                if min(pieces[k], pieces[k + 1]) >= _GAP_PIECE
                or (pieces[k] >= 2 and pieces[k + 1] >= _GAP_PIECE and text[a - 1] in _SENTENCE_END)
                or (k == 0 and b - a >= _GAP_WIDE and pieces[1] >= _LONG_PIECE)
                or (b - a >= _GAP_WIDE and min(pieces[k], pieces[k + 1]) >= 2)]
        if keep:
            cuts[i] = keep
    if prose < _GAP_ROWS or prose < _GAP_SHARE * len(lines) or not cuts:
        return None
    out = _cut_at(raw, lines, cuts)
    # a line's first piece after a line whose last piece (another column's) starts far right or left of it:
    # the start of a unit too ("…並相繼於1895年設" at column 68 / "發展現況" at column 0, a heading)
    before = None
    for line in out:
        at = line.start - raw.rfind("\n", 0, line.start) - 1
        if before is not None and not line.hard and abs(at - before) >= _GAP_TURN:
            line.hard = True
        before = at
    return out


def _fields(text: str, edges: list[int]) -> bool:
    """Every piece of ``text`` between the gaps (``edges``: the pieces' bounds in turn) opens with a short label and a
    colon (``中图分类号：F233``, ``单位：元``), every gap narrower than :data:`_GAP_WIDE`: a line of fields, no two
    columns' lines (a headline with a colon far left of another column's, ``雅魯藏布江：回顧與展      …      延伸閱讀：…``)."""
    return (all(b - a < _GAP_WIDE for a, b in zip(edges[1:-1:2], edges[2::2], strict=True))
            and all(rules.LABEL.match(text, a) is not None for a in edges[::2]))


_NUMBER_PIECE = re.compile(rf"{rules.CLAUSE_NUMBER.pattern}|\[\d{{1,3}}\]")  # a section number ("3", "2.1"), an entry's ("[1]")


def _after_numbers(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (gaps inside ``text``) less each narrower than :data:`_GAP_WIDE` right after a piece that is a section
    number or an entry's bracketed number alone, a letter after it (``3   实证结果与分析``, ``[1]   林红，…``): the gap
    inside a numbered heading or entry, which stays whole as a piece of its own (another column's heading beside a
    column's line, ``-layout``: the gap before it is cut)."""
    keep = []
    for k, (a, b) in enumerate(spans):
        start = spans[k - 1][1] if k else 0
        if (b - a < _GAP_WIDE and (text[start].isdigit() or text[start] == "[") and a - start <= 11
                and _NUMBER_PIECE.fullmatch(text, start, a) and text[b].isalpha()):
            continue
        keep.append((a, b))
    return keep


def _cut_at(raw: str, lines: list[Line], cuts: dict[int, list[tuple[int, int]]]) -> list[Line]:
    """``lines`` with line ``i`` cut at the spans ``cuts[i]`` (dropped gaps); each later piece starts a
    unit (``hard``)."""
    out: list[Line] = []
    for i, line in enumerate(lines):
        if i not in cuts:
            out.append(line)
            continue
        for k, part in enumerate(_split(raw, line, cuts[i])):
            if k:
                part.hard = True
            out.append(part)
    return out


# a short heading of another column printed after a column's line (`…而读 ■ 资料补充`, `…光 結語`):
# two to eight characters, a hanzi among them, no punctuation but a bullet
_HEADING_ALONE = 9  # characters of such a heading (a bullet and eight)
_HEADING_BESIDE = re.compile(rf"[{colblock.BULLET_MARKS}]?(?=[^，。、；：！？,.;:!?（）()「」『』“”]*[\u4e00-\u9fff])[^，。、；：！？,.;:!?（）()「」『』“”]{{2,8}}")


def _PRINTED_SQ(line: Line) -> float:  # noqa: N802 (a key function)
    return _printed(line.sq)


def spaced_order(raw: str, lines: list[Line]) -> list[Line] | None:
    """Lines that hold two or three columns' lines side by side with a single space between
    (``…故邓只能以书 膜中有许多规则分布的柱状颗粒称为连接子，后者横``), cut there and read column by
    column (docs/segmentation.md §3). Only in a text of short lines (:data:`_SPACED_SHORT` of them
    :data:`_SPACED_LINE_MAX` characters or fewer, as a column's), and only on lines wider by
    :data:`_SPACED_WIDER` or more than the commonest width of the lines around them without such
    a space (OCR-like spaces fall inside lines of the usual width; where most lines with such a
    space are not wider, the text is spaced so throughout and nothing is cut). A space is a gutter
    where it sits at the same printed position (within :data:`_SPACED_SLACK`, Latin and digits half
    wide) on :data:`_SPACED_CHAIN` or more lines within :data:`_SPACED_WINDOW` lines of each other,
    with :data:`_SPACED_PIECE` full-width units or more left of it and two characters or more right
    of it, and at most :data:`_SPACED_MAX` such spaces on the line; or where a short heading of
    another column follows it to the line's end (:data:`_HEADING_BESIDE`). Consecutive cut lines with
    the same number of pieces are a band: its first column top to bottom, then the next (each later
    column starts a unit: ``hard``); a line right under the band as wide as its first column and
    wider than its last goes on in the first. Each piece of a band of two lines or more carries its
    column's printed width (``Line.column``) for the join rules. ``None`` when no line is cut."""
    if " " not in raw:
        return None
    # (a text of short lines, as a column's: not web text with a paragraph a line; counted in C)
    if not lines or sum(map(_SPACED_LINE_MAX.__ge__, map(len, map(_SQ, lines)))) < _SPACED_SHORT * len(lines):
        return None
    found = [m.start() for m in _ONE_SPACE.finditer(raw)]
    if not found:
        return None
    # (cheap first, per printed line: where most lines with such a space are no longer than the
    # text's commonest line, the text is spaced so throughout, as found below line by line)
    # (in a PDF extract, the commonest width of the lines without such a space: a page whose lines are nearly all
    # two or three columns' lines glued, p6x-004 -layout, is no text spaced throughout)
    widths = []
    end = -1
    for sp in found:
        if sp < end:  # (the same printed line)
            continue
        start = raw.rfind("\n", 0, sp) + 1
        end = raw.find("\n", sp)
        if end < 0:
            end = len(raw)
        lead = start
        while raw[lead] == " ":
            lead += 1
        # (printed from its left margin: -layout sets two narrow columns' lines glued by one space right of a wide
        # column's place, "                 太原组织成立了… 历史学家认为，…", p6x-004)
        widths.append(end - start - raw.count(" ", start, end) + lead - start)
    counts = collections.Counter(map(len, map(_SQ, lines)))
    held = len(widths)
    if "\f" in raw:  # (a PDF extract's pages)
        counts = (counts - collections.Counter(widths)) or counts
        # (a line too short to hold two columns' lines, a bullet sub-head "■ 主要特点", tells nothing)
        held -= sum(map(_SPACED_TWO.__gt__, widths))
    common = counts.most_common(1)[0][0] + _SPACED_WIDER
    if not held or 2 * sum(map(common.__lt__, widths)) < held:
        return None
    starts = list(map(_START, lines))
    if all(map(operator.lt, starts, starts[1:])):  # (in file order, as most texts: no sort)
        order: Sequence[int] = range(len(lines))
    else:
        order = sorted(range(len(lines)), key=starts.__getitem__)
        starts = [starts[i] for i in order]
    cands: dict[int, list[int]] = {}
    for sp in found:
        k = bisect.bisect_right(starts, sp) - 1
        if k < 0:
            continue
        i = order[k]
        line = lines[i]
        if len(line.pieces) != 1 or not line.start < sp < line.end:
            continue
        cands.setdefault(i, []).append(sp)
    if not cands:
        return None
    where: dict[int, list[tuple[float, int]]] = {}
    beside: dict[int, int] = {}  # a short heading after the line's last such space
    credited: set[int] = set()  # lines with another column's credit inside
    for i, spaces in cands.items():
        line = lines[i]
        spaced = len(spaces) > _SPACED_MAX
        if spaced:
            # (a justified column's line that the extract letter-spaced, ``正式 葡 萄 酒 … 進 入 現 1944年…``:
            # a space between two single characters is no gutter; nor is one inside another column's credit,
            # ``較 來源：中央社 2023/02/27 記者賴怡 泊，…``; each such run is one piece)
            spaces = [sp for sp in spaces if not _letter_spaced(raw, line, sp)]
            if len(spaces) > _SPACED_MAX:
                outside = _outside_credit(raw, line, spaces)
                if len(outside) > _SPACED_MAX:
                    continue
                if len(outside) < len(spaces):
                    credited.add(i)
                spaces = outside
        text = raw[line.start:line.end]
        lead = line.lead if line.lead >= 0 else _lead(raw, line.start)
        ok = []
        prev = line.start - 1
        for sp in spaces:
            at = sp - line.start
            left = text[:at]
            piece = left[left.rfind(" ") + 1:] if not spaced else text[prev - line.start + 1:at]
            prev = sp
            right = text[at + 1:]
            nxt = right.find("  ")
            if nxt >= 0:
                right = right[:nxt]
            if _printed(piece) < _SPACED_PIECE or len(right.replace(" ", "")) < 2:
                continue
            ok.append((lead + _printed(left), sp))
            if nxt < 0 and _HEADING_BESIDE.fullmatch(right.replace(" ", "")):
                beside[i] = sp
        if ok:
            where[i] = ok
    if not where:
        return None
    # a position that recurs: two more such spaces within a few lines, at that position
    keys = sorted(where)
    recurring: dict[int, list[tuple[float, int]]] = {}
    for i in keys:
        lo = bisect.bisect_left(keys, i - _SPACED_WINDOW)
        hi = bisect.bisect_right(keys, i + _SPACED_WINDOW)
        for pos, sp in where[i]:
            seen = sum(any(abs(p - pos) <= _SPACED_SLACK for p, _ in where[j]) for j in keys[lo:hi] if j != i)
            if seen >= _SPACED_CHAIN - 1:
                recurring.setdefault(i, []).append((pos, sp))
    if len(recurring) < _SPACED_CHAIN and not beside:
        return None
    # (the lines so cut are wider than the lines around them: two columns' lines and a space, where
    # OCR-like spaces fall inside lines of the usual width; a text where fewer than a third of the lines
    # with such a space are wider is spaced so throughout: -layout's pages glued by one space hold
    # Latin words' spaces too, p6x-021)
    printed: dict[int, int] = {}

    def width(k: int) -> int:
        if k not in printed:
            printed[k] = int(_printed(lines[k].sq))
        return printed[k]

    wide = set()
    for i in {*recurring, *beside}:
        around = collections.Counter(width(k) for k in range(max(0, i - _SPACED_AROUND), min(len(lines), i + _SPACED_AROUND + 1))
                                     if k not in where and width(k) >= _SPACED_PIECE)
        # (the line printed from the left margin of its line or piece: -layout sets two narrow columns' lines
        # glued by one space right of a wide column's place, "          太原组织成立了… 历史学家认为，…", p6x-004)
        lead = lines[i].lead if lines[i].lead >= 0 else _lead(raw, lines[i].start)
        if sum(around.values()) < _SPACED_USUAL or width(i) + lead >= around.most_common(1)[0][0] + _SPACED_WIDER:
            wide.add(i)
    if not wide or len(wide) * (_SPACED_WIDE_SHARE if "\f" in raw else 2) < len(cands):
        return None
    accepted: dict[int, list[int]] = {i: [beside[i]] for i in beside if i in wide}
    # (or where the line without the heading is as wide as its column's line above or below it)
    accepted.update((i, [sp]) for i, sp in colblock.beside_by_width(raw, lines, {i: sp for i, sp in beside.items()
                                                                                  if i not in wide}).items())
    # (or where the text prints the heading as a line of its own elsewhere, a sub-head that stories share:
    # "…但到2007年時，有關 結語" beside another column's lines, p6x-020)
    rest = [i for i in beside if i not in accepted and i not in wide]
    if rest:
        alone = {ln.sq for ln in lines if len(ln.sq) <= _HEADING_ALONE}
        accepted.update((i, [beside[i]]) for i in rest if squeeze(raw, beside[i] + 1, lines[i].end) in alone)
    # (a credit line of another column after a column's full line: colblock.credit_beside)
    accepted.update((i, [sp]) for i, sp in colblock.credit_beside(raw, lines, {i: s for i, s in cands.items()
                                                                               if i not in accepted}).items())
    keys = sorted(i for i in wide if i in recurring)
    for i in keys:
        lo = bisect.bisect_left(keys, i - _SPACED_WINDOW)
        hi = bisect.bisect_right(keys, i + _SPACED_WINDOW)
        for pos, sp in recurring[i]:
            seen = sum(any(abs(p - pos) <= _SPACED_SLACK for p, _ in recurring[j]) for j in keys[lo:hi] if j != i)
            if seen >= _SPACED_CHAIN - 1 and sp not in accepted.get(i, ()):
                accepted.setdefault(i, []).append(sp)
    # (the lines of a page's later columns glued, where the first column's lines come in turns with them or
    # have ended, "该会成为抗日民族统一战线的具体组织形 策。1867年，…": no wider than the first column's lines, but
    # cut where a column of lines cut into three or more is as wide, p6x-004)
    spans = [(pos[k + 1] - pos[k], lines[i].end) for i in accepted if len(accepted[i]) >= 2
             for pos in [[p for p, sp in where.get(i, ()) if sp in accepted[i]]] for k in range(len(pos) - 1)]
    if len(spans) >= _SPACED_CHAIN:
        for i in where:
            if i not in accepted and i not in wide and len(where[i]) == 1 and any(
                    abs(where[i][0][0] - w) <= _SPACED_SLACK for w, _ in spans):
                accepted[i] = [where[i][0][1]]
    # (a wide line with another column's credit inside: cut at each gutter-like space, the credit one piece)
    accepted.update((i, [sp for _, sp in where[i]]) for i in credited if i in wide and i in where)
    # (a line right between two lines cut at n gutters, with n gutter-like spaces of its own and no blank line
    # either side: cut at all of them; a letter-spaced column's line, whose later gutters sit a few places
    # away from the others', p6x-020)
    for i in [i for i in where if i - 1 in accepted and i + 1 in accepted]:
        n = len(accepted[i - 1])
        if len(where[i]) == n == len(accepted[i + 1]) != len(accepted.get(i, ())) and not lines[i].gap and not lines[i + 1].gap:
            accepted[i] = [sp for _, sp in where[i]]
        elif len(where[i]) == n - 1 == len(accepted.get(i, ())) and n == len(accepted[i + 1]) and not lines[i].gap \
                and not lines[i + 1].gap:
            # (one gutter short, where the neighbours have one: a space between two digits or letters there, which
            # is no candidate, "…史特拉斯堡。1949 11月，所屬…", p6x-020)
            sp = _narrow_gutter(raw, lines, i, [p for p, s in where[i - 1] if s in accepted[i - 1]], where[i])
            if sp is not None:
                accepted[i] = [*accepted[i], sp]
    if not accepted:
        return None
    out: list[Line] = []
    band: list[list[Line]] = []

    def flush() -> None:
        for c, column in enumerate(band):
            # (a column's printed width: its widest piece, the band's lines being justified; a band
            # of one line tells nothing)
            width = max(_printed(p.sq) for p in column) if len(column) >= 2 else 0.0
            for k, piece in enumerate(column):
                if c and not k:
                    piece.hard = True
                piece.column = width
                out.append(piece)
        band.clear()

    for i, line in enumerate(lines):
        cuts = accepted.get(i)
        if not cuts:
            # (a line right under the band, as wide as its first column's lines and wider than its
            # last column's: the first column goes on below the others)
            if band and len(band) >= 2 and not line.gap and (
                    max(map(_PRINTED_SQ, band[-1])) + _SPACED_SLACK < _printed(line.sq) <= max(map(_PRINTED_SQ, band[0])) + _SPACED_SLACK):
                band[0].append(line)
                continue
            # (one to three hanzi right under the band where a column's last piece is another column's credit
            # cut short in its name: the name's end, "記者賴怡" / "萱")
            if band and credited and not line.gap and len(line.sq) <= 3 and _HANZI_ONLY.fullmatch(line.sq):
                c = next((c for c, col in enumerate(band) if _SPACED_CREDIT.fullmatch(raw, col[-1].start, col[-1].end)), -1)
                if c >= 0:
                    band[c].append(line)
                    continue
            flush()
            out.append(line)
            continue
        parts = _split(raw, line, [(s, s + 1) for s in cuts])
        if band and (len(parts) != len(band) or line.gap):
            flush()
        if not band:
            band.extend([] for _ in parts)
        for c, part in enumerate(parts):
            if c:
                part.lead = 0
            band[c].append(part)
    flush()
    return out


def _narrow_gutter(raw: str, lines: list[Line], i: int, above: list[float], own: list[tuple[float, int]]) -> int | None:
    """For :func:`spaced_order`: the single space between two narrow characters on line ``i`` at the one gutter
    position of the line above (``above``) that none of the line's own gutters (``own``) stands at, within
    :data:`_SPACED_SLACK`, with :data:`_SPACED_PIECE` units of text left of it; or ``None``."""
    missing = [p for p in above if all(abs(p - q) > _SPACED_SLACK for q, _ in own)]
    if len(missing) != 1:
        return None
    line = lines[i]
    text = raw[line.start:line.end]
    lead = line.lead if line.lead >= 0 else _lead(raw, line.start)
    prev = max([s for _, s in own if s < line.start + text.find(" ")] or [line.start - 1])
    for m in _NARROW_SPACE.finditer(text):
        at = m.start()
        pos = lead + _printed(text[:at])
        if abs(pos - missing[0]) <= _SPACED_SLACK and _printed(text[text.rfind(" ", 0, at) + 1:at]) >= 2:
            sp = line.start + at
            left = [s for _, s in own if s < sp]
            if _printed(raw[(left[-1] if left else prev) + 1:sp]) >= _SPACED_PIECE:
                return sp
    return None


_NARROW_SPACE = re.compile(r"(?<=[\x21-\x7e]) (?=[\x21-\x7e])")


def _letter_spaced(raw: str, line: Line, sp: int) -> bool:
    """The space at ``sp`` stands between two single characters of ``line`` (a letter-spaced run)."""
    return (sp - 1 == line.start or raw[sp - 2] == " ") and (sp + 2 >= line.end or raw[sp + 2] == " ")


# another column's credit printed on a line of columns glued by one space, its own spaces inside: a source, a date,
# a reporter and a name (``來源：中央社 2023/02/27 記者賴怡``)
_SPACED_CREDIT = re.compile(rf"(?:{rules.SOURCE.pattern})(?: \S*\d\S*)?(?: (?:记者|記者) ?[\u4e00-\u9fff]{{2,4}})?")


_HANZI_ONLY = re.compile("[\u4e00-\u9fff]+")


def _outside_credit(raw: str, line: Line, spaces: list[int]) -> list[int]:
    """``spaces`` without those inside another column's credit that opens after one of them."""
    for sp in spaces:
        m = _SPACED_CREDIT.match(raw, sp + 1, line.end)
        if m is not None:
            return [s for s in spaces if not sp < s < m.end()]
    return spaces


def _lead(raw: str, start: int) -> int:
    """The spaces before ``start`` on its printed line."""
    k = start
    while k and raw[k - 1] == " ":
        k -= 1
    return start - k


def _matches(pattern: re.Pattern, text: str, enough: int) -> int:
    """``len(pattern.findall(text))``, counted no further than ``enough`` (the scan stops there)."""
    return sum(1 for _ in itertools.islice(pattern.finditer(text), enough))


def _gutter_order(raw: str, lines: list[Line]) -> list[Line] | None:
    # (cheap gate, in C: a page in columns has many gaps of two spaces or more between text, or
    # many lines set far in)
    # (a prose column with a few lines beside it: two such gaps, one of six spaces or more)
    doubles = raw.count("  ")
    in_columns = doubles >= _MIN_SIDE and _matches(_GAPPED, raw, _MIN_SIDE) >= _MIN_SIDE
    if not in_columns and (doubles < 2 or "      " not in raw or rules.BESIDE.search(raw) is None or _matches(_GAPPED, raw, 2) < 2):
        return None
    starts = _line_starts(raw)
    nrows = len(starts) - 1
    # pages: the rows between form feeds
    breaks = [0]
    for m in re.finditer("\f", raw):
        row = bisect.bisect_right(starts, m.start()) - 1
        if row > breaks[-1]:
            breaks.append(row)
    breaks.append(nrows)
    page_gutters: list[tuple[int, int, list[tuple[int, int]], tuple[int, int] | None]] = []
    for first, last in zip(breaks, breaks[1:], strict=False):
        rows, letters = _page_rows(raw, starts, first, last)
        gutters = find_gutters(rows, letters) if in_columns else []
        if gutters:
            page_gutters.append((first, last, gutters, None))
            continue
        sparse = _sparse_gutter(rows, letters)
        if sparse is not None:
            lo, hi, top, bottom = sparse
            page_gutters.append((first, last, [(lo, hi)], (first + top, first + bottom)))
    if not page_gutters:
        return None
    out: list[Line] = []
    k = 0
    row_of = [bisect.bisect_right(starts, ln.start) - 1 for ln in lines]
    for first, last, gutters, span in page_gutters:
        while k < len(lines) and row_of[k] < first:
            out.append(lines[k])
            k += 1
        page: list[tuple[int, Line]] = []
        while k < len(lines) and row_of[k] < last:
            page.append((row_of[k], lines[k]))
            k += 1
        out += _page_order(raw, starts, page, gutters, span)
    out += lines[k:]
    return out


_ALT_MIN_LINES = 12  # lines on a page printed on alternate lines
_ALT_GAPPED = 0.3  # share of its lines set apart from the line above by a blank line
_ALT_COLUMN_MAX = 40  # characters in a line of a column
_ALT_WRAPPED = 0.5  # share of a page's lines that are a column's wrapped lines
_ENDS = frozenset(rules.PARAGRAPH_END) | {""}
_ENDS_CHARS = tuple(frozenset(rules.PARAGRAPH_END))
_TURNS_EARLY = 4
_GAP, _SQ, _LAST = operator.attrgetter("gap"), operator.attrgetter("sq"), operator.itemgetter(slice(-1, None))
_START = operator.attrgetter("start")
_ALT_RATIO = 3  # ... and three times as many
_ALT_AGAINST = 4  # continuations shown per line that goes against the blank lines' word, at least
_ALT_MIN_LINKS = 3  # wraps that the columns' order shows and the file's order does not


def alternate_order(raw: str, lines: list[Line]) -> list[Line] | None:
    """A page that ``pdftotext``'s default mode printed in two columns on alternate lines, a blank
    line between every two (``第三季度，全区实现社会`` / blank / ``文化旅游、体育健身等服务消`` / blank /
    ``消费品零售总额486.3亿元，同`` …), in reading order: the first column's lines, then the second's.
    Lines set apart by a blank line belong to different columns, lines with none between to one
    (a column's two lines that the extract kept together), unless a line plainly continues another
    column's line (:func:`_alternate_page`). The page is read so only where the order shows the
    column wraps that the file's order does not: at least :data:`_ALT_MIN_LINKS` more breaks across a
    blank line of a line that does not end a sentence where the next line opens with punctuation or
    a word straddles the break, and :data:`_ALT_RATIO` times as many. A column's line then follows
    the line above it in that column with no blank line between (the blank lines were the other
    column's). On a page that looks so printed but is not read, a blank line stays a break (the
    line after it is ``hard``), as the join rules take it in text that takes turns. ``None`` when no
    page is so printed."""
    n = len(lines)
    if n < _ALT_MIN_LINES:
        return None
    gaps = list(map(_GAP, lines))  # (counted in C)
    if n - gaps.count(0) < _ALT_GAPPED * n:
        return None
    sqs = list(map(_SQ, lines))
    pages = page_of(raw, lines)
    bounds = [0, n] if pages is None else [0, *(bisect.bisect_left(pages, p) for p in range(1, pages[-1] + 1)), n]
    out: list[Line] = []
    unread: list[Line] = []  # pages that look printed so but show too few wraps to be read
    shown: list[Line] = []  # ... of them, those whose wraps plainly show two lines down (_turns_plain)
    changed = False
    for i, j in itertools.pairwise(bounds):
        page = lines[i:j]
        turns = _taking_turns(gaps[i + 1:j], sqs[i:j])
        pairs = _turn_pairs(page) if turns else (0, 0)  # (once for both tests that read them)
        order = _alternate_page(page, pairs) if turns else None
        if order is None:
            out += page
            if turns:
                unread += page
                if _turns_plain(pairs):  # (not under a short line: a section's number alone over its head, "2" / "研究设计")
                    shown += [ln for k, ln in enumerate(page) if k and len(page[k - 1].sq) > _ALT_SHORT]
        else:
            changed = True
            out += order
    if not changed:
        unread = shown  # (no page read: a blank line ends a unit only where the wraps plainly show the turns)
    for line in unread:  # (as on a page read in columns, a blank line there ends a unit: join.Context.blank_breaks)
        line.hard = line.hard or line.gap > 0
    return out if changed else None


def _taking_turns(gaps: list[int], sqs: list[str]) -> bool:
    """Enough lines (their texts ``sqs``, the blank lines before all but the first ``gaps``), many set
    apart by a blank line (the columns may take turns), half of them short (:data:`_ALT_COLUMN_MAX`
    characters at most) and half not ending a sentence, as a column's lines are (not a web page's
    paragraphs, one a line)."""
    n = len(sqs)
    if n < _ALT_MIN_LINES or (n - 1 - gaps.count(0) < _ALT_GAPPED * (n - 1) and not _run_in_turns(gaps, sqs)):
        return False
    if sum(map(_ALT_COLUMN_MAX.__ge__, map(len, sqs))) < _ALT_WRAPPED * n:
        return False
    lasts = "".join(map(_LAST, sqs))  # (an empty line has no last character: it ends nothing)
    return n - sum(map(lasts.count, _ENDS_CHARS)) >= _ALT_WRAPPED * n


_ALT_SHORT = 4  # characters of a line (a section's number, a label) that a line under it may go on (_turns_plain pages)
_ALT_RUN = 8  # lines in a row set apart by blank lines that show the turns on a page mostly printed otherwise


def _run_in_turns(gaps: list[int], sqs: list[str]) -> bool:
    """For :func:`_taking_turns`, on a page with too few blank lines overall: :data:`_ALT_RUN` lines in a
    row each set apart from the line above by a blank line, each a column's (:data:`_ALT_COLUMN_MAX`
    characters at most), half of them not ending a sentence (the columns take turns for a stretch of
    the page only: one column's paragraph runs on alone below, or a heading block stands above)."""
    run = open_ = 0
    for gap, sq in zip(gaps, sqs[1:], strict=True):
        if gap and 0 < len(sq) <= _ALT_COLUMN_MAX:
            run += 1
            open_ += sq[-1] not in _ENDS
            if run >= _ALT_RUN and 2 * open_ >= run:
                return True
        else:
            run = open_ = 0
    return False


_ALT_REACH = 16  # lines a column may run on before the other column's last line is too far up to continue
_ALT_LINK = 3  # a line that plainly continues the one it follows
_ALT_PRIOR, _ALT_BLOCK = 1, 2  # switching after a blank line; going on in the column after none
_ALT_SLACK = 1.5  # full-width units a line around the columns may run past their widest line


def _alternate_page(page: list[Line], pairs: tuple[int, int]) -> list[Line] | None:
    """For :func:`alternate_order`: one page's two columns, or ``None`` (a page that
    :func:`_taking_turns`, its :func:`_turn_pairs` ``pairs``). The lines are taken in
    file order; each either goes on in the column of the line above it or switches to the other
    column and follows that column's last line. The choice that scores best over the page is kept:
    :data:`_ALT_BLOCK` for going on after no blank line, :data:`_ALT_PRIOR` for switching after one, :data:`_ALT_LINK` when
    the line plainly continues the line it follows (:func:`_linked`). Only the other column's last
    line within :data:`_ALT_REACH` lines up is remembered, so the work is linear."""
    n = len(page)
    # (cheap first, without jieba: text with wide leading, one column, shows its wraps in the file's order)
    if not _turns_show(pairs):
        return None
    link = _links(page)
    plain = sum(link(k, k + 1) for k in range(n - 1) if page[k + 1].gap)
    reach = _reach(page, link)  # (the gate of the test after the walk, below: jieba spared on most such pages)
    if reach < _ALT_MIN_LINKS + plain or reach < _ALT_RATIO * plain:
        return None
    # state: the index of the other column's last line (-1: none, or too far up); value: score, back
    best: dict[int, tuple[int, int, bool, int]] = {-1: (0, 0, False, -2)}
    steps: list[dict[int, tuple[int, int, bool, int]]] = [best]
    for k in range(n - 1):
        x = k + 1
        gap = page[x].gap > 0
        nxt: dict[int, tuple[int, int, bool, int]] = {}
        here = link(k, x)  # (the same for every state: asked once a line)
        for j, (score, links, _, _) in best.items():
            # go on in this column
            on = here
            stay = j if j >= 0 and x - j <= _ALT_REACH else -1
            cand = (score + _ALT_BLOCK * (not gap) + _ALT_LINK * on, links + on, False, j)
            if stay not in nxt or cand[:2] > nxt[stay][:2]:
                nxt[stay] = cand
            # switch to the other column, after its last line
            on = link(j, x)
            cand = (score + _ALT_PRIOR * gap + _ALT_LINK * on, links + on, True, j)
            if k not in nxt or cand[:2] > nxt[k][:2]:
                nxt[k] = cand
        best = nxt
        steps.append(best)
    state = max(best, key=lambda j: best[j][:2])
    # (``plain``, above: only breaks at a blank line count, lines with none between are one column's in both orders)
    path = []  # (switched, the line the line follows) for lines 1 .. n-1
    for k in range(n - 1, 0, -1):
        _, _, switched, back = steps[k][state]
        path.append((switched, back if switched else k - 1))
        state = back
    path.reverse()
    links = sum(a >= 0 and page[x].gap > 0 and link(a, x) for x, (_, a) in enumerate(path, 1))
    # (a page of three columns taken in turns breaks the alternation often to follow its wraps)
    against = sum(switched != (page[x].gap > 0) for x, (switched, _) in enumerate(path, 1))
    if links < _ALT_MIN_LINKS + plain or links < _ALT_RATIO * plain or against * _ALT_AGAINST > links:
        return None
    cols = [0]
    for switched, _ in path:
        cols.append(1 - cols[-1] if switched else cols[-1])
    # the lines in columns: from the first line that a switch showed continued to the last line
    # that continued another by a switch, widened to the lines set apart around them no wider
    # than a column's (not a title block or a running header above: they stand as printed)
    jumps = [(a, x) for x, (switched, a) in enumerate(path, 1) if switched and a >= 0 and link(a, x)]
    if not jumps:
        return None
    top, bottom = min(a for a, _ in jumps), max(x for _, x in jumps)
    wide = [display_width(ln.sq) for ln in page]
    width = max(wide[top:bottom + 1]) + _ALT_SLACK
    while top and not page[top].gap:
        top -= 1
    while top:  # the block of lines (no blank line between) above, if no line of it is wider
        above = top - 1
        while above and not page[above].gap:
            above -= 1
        if any(wide[i] > width for i in range(above, top)):
            break
        top = above
    while bottom + 1 < n and not page[bottom + 1].gap:
        bottom += 1
    while bottom + 1 < n:  # the block below
        below = bottom + 2
        while below < n and not page[below].gap:
            below += 1
        if any(wide[i] > width for i in range(bottom + 1, below)):
            break
        bottom = below - 1
    streams: list[list[Line]] = [[], []]
    for i in range(top, bottom + 1):
        streams[cols[i]].append(page[i])
    for s in streams:
        for line in s[1:]:
            line.gap = 0
    for line in page[bottom + 1:]:  # the columns may go on below, unread: a blank line still ends a unit there
        line.hard = line.hard or line.gap > 0
    return page[:top] + streams[0] + streams[1] + page[bottom + 1:]


def _reach(page: list[Line], link: Callable[[int, int], bool]) -> int:
    """For :func:`_alternate_page`, before its walk: an upper bound of the ``links`` its path shows, a
    necessary condition of its test ``links < _ALT_MIN_LINKS + plain or links < _ALT_RATIO * plain``. A
    line set apart by a blank line counts there only if it continues the line it follows, one at most
    :data:`_ALT_REACH` + 1 up (the furthest a switch follows): the lines that continue any line so near.
    (:func:`_linked` in steps, each line's facts taken once: a line that opens with punctuation continues
    any line near that does not end a sentence; one that opens with a hanzi can continue only a line that
    ends with one (``straddles``), asked of those alone; any other, none.)"""
    sqs = list(map(_SQ, page))
    opens = [bool(sq) and sq[-1] not in rules.PARAGRAPH_END for sq in sqs]
    hanzi = [o and "\u4e00" <= sq[-1] <= "\u9fff" for o, sq in zip(opens, sqs, strict=True)]
    count = 0
    for x in range(1, len(page)):
        first = sqs[x][:1]
        if not first or not page[x].gap:
            continue
        lo = max(0, x - _ALT_REACH - 1)
        if first in rules.CONTINUING:
            count += any(opens[lo:x])
        elif "\u4e00" <= first <= "\u9fff":
            count += any(link(a, x) for a in range(lo, x) if hanzi[a])
    return count


def _turns_show(pairs: tuple[int, int]) -> bool:
    """For :func:`_alternate_page`, a test that needs no dictionary: the two characters across the
    break after a line that does not end a sentence are found together inside some line of the page
    no less often when the break is taken to the line two down (the column's next line, if the
    columns take turns) than to the line right under it across a blank line (the next line, in text
    with wide leading, as soon as it shows :data:`_TURNS_EARLY` such pairs)."""
    here, two_down = pairs
    return two_down > here or two_down == here < _TURNS_EARLY  # (not where the count stopped early)


def _turns_plain(pairs: tuple[int, int]) -> bool:
    """For :func:`alternate_order`, on a page not read in columns: :func:`_turn_pairs` shows the turns plainly,
    :data:`_ALT_MIN_LINKS` pairs or more two lines down and at least twice as many as right under."""
    here, two_down = pairs
    return two_down >= _ALT_MIN_LINKS and two_down >= 2 * here


def _turn_pairs(page: list[Line]) -> tuple[int, int]:
    """The pairs of :func:`_turns_show`: across a blank line right under a line, and two lines down (the count
    stops where the first shows :data:`_TURNS_EARLY` and no fewer than the second)."""
    text = "\n".join([ln.sq for ln in page])  # (no pair across two lines)
    # (a substring search per line is quadratic on a long page: there, a set of the text's pairs, which costs
    # more than the searches on a page of ordinary length)
    seen: str | set[str] = set(map(operator.add, text, text[1:])) if len(page) > _PAIRS_SET_LINES else text
    here = two_down = 0
    for k in range(len(page) - 2):
        last = page[k].sq[-1:]
        if last in _ENDS:
            continue
        here += page[k + 1].gap > 0 and _in_pairs(last + page[k + 1].sq[:1], seen)
        two_down += page[k + 2].gap > 0 and _in_pairs(last + page[k + 2].sq[:1], seen)
        if here >= _TURNS_EARLY and here >= two_down:  # (wide leading shows it at once)
            break
    return here, two_down


_PAIRS_SET_LINES = 400  # lines of a page above which :func:`_turns_show` looks pairs up in a set


def _in_pairs(pair: str, seen: str | set[str]) -> bool:
    """``pair in text`` for :func:`_turns_show`, ``seen`` the text or the set of its adjacent pairs: a lone
    character (an empty line under it) is in the text."""
    if isinstance(seen, str):
        return pair in seen
    return pair in seen if len(pair) == 2 else True


def _links(page: list[Line]) -> Callable[[int, int], bool]:
    """:func:`_linked` of the page's lines ``a`` and ``b`` by their indices (``False`` for ``a`` < 0), each line's
    facts read once for the page (the walk of :func:`_alternate_page` asks of each line up to twice
    :data:`_ALT_REACH` lines above it): its first and last characters, its ends that are keys of jieba's
    dictionary, whose words alone may run across a break (``straddles``' gate); jieba's route across a break that
    passes the gate is asked once a pair (test_segment_spdt20.py checks the answers against ``_linked``'s)."""
    sqs = list(map(_SQ, page))
    opens = [bool(sq) and sq[-1] not in rules.PARAGRAPH_END for sq in sqs]  # (a line that ends no sentence)
    hanzi = [o and "\u4e00" <= sq[-1] <= "\u9fff" for o, sq in zip(opens, sqs, strict=True)]
    goes_on = [bool(sq) and sq[0] in rules.CONTINUING for sq in sqs]
    heads = [sq[:6] if sq and "\u4e00" <= sq[0] <= "\u9fff" else "" for sq in sqs]  # ("": no hanzi to straddle)
    ends: list[tuple[str, ...] | None] = [None] * len(page)
    routes: dict[tuple[int, int], bool] = {}
    freq: dict[str, int] = {}

    def link(a: int, b: int) -> bool:
        nonlocal freq
        if a < 0 or not opens[a] or not sqs[b]:
            return False
        if goes_on[b]:
            return True
        head = heads[b]
        if not head or not hanzi[a]:
            return False
        key = (a, b)
        found = routes.get(key)
        if found is None:
            tail, at = sqs[a][-6:], ends[a]
            if at is None:  # (the line's ends that are keys: read once, for every line under it)
                freq = dictionary()
                at = ends[a] = _word_starts(tail)
            found = routes[key] = bool(at) and _word_from(at, head, freq) and _route_across(tail + head, len(tail))
        return found

    return link


def _linked(a: Line, b: Line) -> bool:
    """``b`` plainly continues ``a``: ``a`` does not end a sentence and ``b`` opens with punctuation
    that continues a line, or a word straddles the break."""
    if not a.sq or not b.sq or a.sq[-1] in rules.PARAGRAPH_END:
        return False
    if b.sq[0] in rules.CONTINUING:
        return True
    return straddles(a.sq, b.sq)


_STRIP_PIECES = 3  # pieces of a masthead strip (a page header's name and date far apart are two units)


def _page_order(raw: str, starts: Sequence[int], page: list[tuple[int, Line]],
                gutters: list[tuple[int, int]], span: tuple[int, int] | None = None) -> list[Line]:
    """The lines of one columned page in reading order (see the module docstring); with ``span``
    (the rows ``[top, bottom]`` of a sparse column's page, :func:`_sparse_gutter`) the lines
    outside it stand as printed."""
    cut = [(row, _cells(raw, starts[row], line, gutters) if span is None or span[0] <= row <= span[1] else None, line)
           for row, line in page]
    # a line across a gutter with one space there where its left column's line ran over (_squeezed_gutter), cut
    # there too, unless another line across it has a lone space that is not so placed (such spaces on many lines of
    # a page: its columns set one space apart, spaced_order's, read as a whole)
    if span is None and any(cells is None and raw.find(" ", line.start, line.end) >= 0 for _, cells, line in cut):
        squeezed = [(k, _cells(raw, starts[row], line, gutters, squeeze=True)) if cells is None else (k, None)
                    for k, (row, cells, line) in enumerate(cut)]
        if not any(found is None and cut[k][1] is None and _LONE_SPACE.search(raw, cut[k][2].start, cut[k][2].end)
                   for k, found in squeezed):
            for k, found in squeezed:
                if found is not None:
                    cut[k] = (cut[k][0], found, cut[k][2])
    # a masthead strip above the columns' first row of prose on both sides, three or more pieces,
    # every one short ("2021年6月13日   星期日   农历癸卯年   第19668期   今日16版"): one line printed
    # across the page, not pieces of the columns
    for k, (row, cells, line) in enumerate(cut):
        if cells and len(cells) >= 2:
            runs = [len(m.group().replace(" ", "")) for m in _RUN.finditer(raw, line.start, line.end)]
            if len(runs) >= _STRIP_PIECES and max(runs) < _LONG_PIECE:
                cut[k] = (row, None, line)
                continue
            sizes = [len(piece.sq) for _, piece in cells]
            if sizes[0] >= _MIN_PIECE and sizes[-1] >= _MIN_PIECE and max(sizes) >= _LONG_PIECE:
                break
    if cut and cut[-1][1] and len(cut) >= 2 and cut[-1][0] - cut[-2][0] >= 2 and _foot_strip(raw, cut[-1][2]):
        cut[-1] = (cut[-1][0], None, cut[-1][2])  # the page's footer strip: one line across the page
    # each column's left edge: the position most of its lines start at
    edges = []
    for col in range(len(gutters) + 1):
        found = collections.Counter(p.start - starts[row] for row, cells, _ in cut if cells
                                    for c, p in cells if c == col)
        edges.append(found.most_common(1)[0][0] if found else 0)
    out: list[Line] = []
    band: list[list[tuple[int, Line]]] = [[] for _ in range(len(gutters) + 1)]
    occupied = {row for row, _ in page}

    def flush() -> None:
        for column in band:
            for j, (row, line) in enumerate(column):
                if j:  # blank lines: rows with no text in any column (the other column's rows are not gaps)
                    line.gap = sum(r not in occupied for r in range(column[j - 1][0] + 1, row))
                out.append(line)
            column.clear()

    for row, cells, line in cut:
        if cells is None:  # printed across the page: a band ends
            flush()
            out.append(line)
            continue
        for index, (col, piece) in enumerate(cells):
            if index:
                piece.gap = 0
            if col:  # indentation within the column
                piece.lead = max(0, piece.start - starts[row] - edges[col])
            band[col].append((row, piece))
    flush()
    return out


_FOOT_NUMBER = re.compile(r"(?<![ \u3000])[ \u3000]{2,}(?P<n>\d{1,4}(?:[ \u3000]*[/∕／][ \u3000]*\d{1,4})?)[ \u3000\r]*$")  # "   1/1"


def _page_end(raw: str, at: int) -> bool:
    """Only whitespace from ``at`` to the next form feed or the end of the text."""
    feed = raw.find("\f", at)
    return not raw[at:len(raw) if feed < 0 else feed].strip()


def _foot_strip(raw: str, line: Line) -> bool:
    """``line`` (a page's last, a blank row above it) is its footer strip: three or more pieces set apart by
    runs of spaces, the last a page number or counter (``高雄市立文化中心   地址：…   電話：…   1/1``)."""
    text = raw[line.start:line.end]
    return _FOOT_NUMBER.search(text) is not None and len(_RUN.findall(text)) >= _STRIP_PIECES + 1


def _cells(raw: str, base: int, line: Line, gutters: list[tuple[int, int]],
           squeeze: bool = False) -> list[tuple[int, Line]] | None:
    """``line`` cut at the gutters: (column, line) pairs; ``None`` if its text crosses one (with ``squeeze``, one
    that :func:`_squeezed_gutter` finds no space over either)."""
    text_start, text_end = line.start - base, line.end - base
    for lo, hi in gutters:
        if text_start < lo and text_end > hi:
            # text on both sides: it must have a gap of two spaces or more over the gutter
            cut = _gap_over(raw, base, line, lo, hi, squeeze)
            if cut is None:
                return None
    # cut the pieces at every gap that lies over a gutter
    bounds = []
    for lo, hi in gutters:
        if text_start < lo and text_end > hi:
            bounds.append(_gap_over(raw, base, line, lo, hi, squeeze))
    if not bounds:
        return [(_column(text_start, gutters), line)]
    out: list[tuple[int, Line]] = []
    parts = _split(raw, line, bounds)
    for part in parts:
        # (each part right of the one before: a piece after a squeezed gutter's one space starts left of it)
        out.append((max(_column(part.start - base, gutters), out[-1][0] + 1 if out else 0), part))
    return out


def _gap_over(raw: str, base: int, line: Line, lo: int, hi: int, squeeze: bool = False) -> tuple[int, int] | None:
    """The raw span of a run of two or more spaces of ``line`` that lies over the gutter, the last one where two do (the
    next column begins at the gutter's right edge: a piece between them stands out from the column on the left, a
    table's last cell wider than its prose, ``1  企业A  15%  +1.2pct  上的DOTA联赛…``); or, failing that, one that starts
    right of it by no more than the single spaces before it (spaces an OCR pass put between characters after the page
    was laid out push the rest of the line right)."""
    text = raw[line.start:line.end]
    runs = list(re.finditer(r"[ \u3000]{2,}", text))
    over = None
    for m in runs:
        s, e = m.start() + line.start - base, m.end() + line.start - base
        if s <= hi and e >= lo:
            over = m.start() + line.start, m.end() + line.start
    if over is not None:
        return over
    for m in runs:
        s = m.start() + line.start - base
        if hi < s <= hi + len(_LONE_SPACE.findall(text, 0, m.start())):
            return m.start() + line.start, m.end() + line.start
    return _squeezed_gutter(text, line.start, line.start - base, lo, hi) if squeeze else None


_LONE_SPACE = re.compile(r"(?<![ \u3000])[ \u3000](?![ \u3000])")
_SQUEEZED_SLACK = 2  # characters left of the gutter that an overfull left line's one space may stand at


def _squeezed_gutter(text: str, start: int, col: int, lo: int, hi: int) -> tuple[int, int] | None:
    """For :func:`_gap_over`: the one space left between two columns' lines where the left one is overfull (-layout
    places a line's characters by their x position, and a left line a character or two longer than its column's others
    pushes the right column's piece left, one space after it: ``…致以最诚挚的问候， 消失。体长可达32公分。``, dev15
    p15-000; ``…体态上有著限制， 就转移至…``, p15-004; ``…《熱帶驚雷》， 個專制獨裁…``, r15-003; dev4 p4-001; dev6x
    p6x-007): the line's only lone space (wider gaps may stand at other gutters), between two characters that are not
    ASCII (not a Latin phrase, not a name before a date: ``作者：陈律师 2024年1月5日``), over the gutter or within
    :data:`_SQUEEZED_SLACK` characters left of it, with a column's piece (:data:`_MIN_PIECE` letters or more) on each
    side; its raw span, or ``None``. (:func:`_page_order` asks it only where no other line across the gutter has a
    lone space it would not cut at: dev6 p6-004's columns set one space apart, which spaced_order reads.)"""
    lone = [m.start() for m in _LONE_SPACE.finditer(text)]
    if len(lone) != 1 or text[lone[0]] != " ":  # (a Latin phrase, a spaced name: more than one)
        return None
    at = lone[0]
    pos = col + at
    if not lo - _SQUEEZED_SLACK <= pos < hi or text[at - 1] < "\x80" or text[at + 1:at + 2] < "\x80":
        return None
    if len(text[:at].strip()) < _MIN_PIECE or len(text[at + 1:].strip()) < _MIN_PIECE:
        return None
    return start + at, start + at + 1


def _column(pos: int, gutters: list[tuple[int, int]]) -> int:
    return sum(pos >= lo for lo, _ in gutters)


def _split(raw: str, line: Line, bounds: list[tuple[int, int]]) -> list[Line]:
    out = []
    cuts = sorted(bounds)
    edges = [line.start, *(x for c in cuts for x in c), line.end]
    for a, b in zip(edges[::2], edges[1::2], strict=True):
        # (stripped: a gutter's run of spaces may end at a form feed, which no unit text may open with)
        pieces = [strip_piece(raw, max(s, a), min(e, b)) for s, e in line.pieces if s < b and e > a]
        pieces = [(s, e) for s, e in pieces if s < e]
        if not pieces:
            continue
        sq = "".join(squeeze(raw, s, e) for s, e in pieces)
        if not sq:
            continue
        clean = len(pieces) == 1 and raw[pieces[0][0]:pieces[0][1]] == sq
        out.append(Line(pieces, sq, line.gap if not out else 0, line.level, line.hard, clean=clean))
    return out


def file_order(groups: Sequence[Sequence[Line]]) -> list[tuple[int, list[Line]]]:
    """The units of ``groups`` (in reading order) as pieces in file order: ``(group index,
    lines)`` pairs, each piece a stretch of one group's lines that no other group's line
    interrupts in the file. A group's pieces after its first continue it."""
    tagged = sorted(((ln.start, g, ln) for g, group in enumerate(groups) for ln in group), key=lambda t: t[0])
    out: list[tuple[int, list[Line]]] = []
    for _, g, ln in tagged:
        if out and out[-1][0] == g:
            out[-1][1].append(ln)
        else:
            out.append((g, [ln]))
    return out


_CELL_MAX = 8  # characters in a table cell
_ROW_MIN_CELLS, _ROW_MAX_CELLS = 3, 8
_TABLE_MIN_ROWS = 3
_HEADED_ROWS = 2  # a header padded to its columns over one row of figures (_header_over)
_WIDE_ROW = 4  # cells of a row whose table may leave cells blank, or whose header -raw sets one space apart
_TOKEN = re.compile(r"\S+")
# a cell of figures, a date or a range of them: "3.11-3.25", "2023.10.15", "2024年2月20日" (a revision table's)
_NUMBERS = r"(?:[\d.\-/:~～–—]{1,12}|(?:19|20)\d\d年\d{1,2}月(?:\d{1,2}日)?)"
_AMOUNT = r"[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[-+]?\d+(?:\.\d+)?%"  # a sum with thousands commas, a percentage
_NUMBER_CELL = re.compile(rf"{_NUMBERS}|{_AMOUNT}")
_AMOUNT_CELL = re.compile(_AMOUNT)
_CELL = rf"(?:[^\s，、。；！？,;]{{1,8}}|{_NUMBERS})"  # a cell: short, no comma or sentence mark
_TABLE_ROW = re.compile(rf"{_CELL}(?:[ \t\u3000]+{_CELL}){{2,7}}")
# a row of sums or percentages ("营业收入（万元） 89,002 31,951 14.97%"), its label up to 16 characters
# ("归属于上市公司股东的净利润 118,559,874 650,365,365 -1.53%"): read only where a row has a comma or a "%"
_FIGURES_ROW = re.compile(rf"[^\s，、。；！？,;]{{1,16}}(?:[ \t\u3000]+(?:{_AMOUNT}|{_CELL})){{2,7}}")


def table_cells(raw: str, lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """Rows of a small table printed as text (``项目 数量 备注`` / ``一 12 已完成`` / ``二 3.5 进行中``)
    cut into one line per cell, and the cells. A table is three or more consecutive lines (no
    blank line between) of three to eight whitespace-separated cells each, the same number in
    every row, no cell over eight characters or holding a comma or a sentence mark, a digit in some cell and a
    cell of two or more characters in every row (letter-spaced OCR text has one per cell); or two such lines, a
    header padded to its columns over one row of figures (:func:`_header_over`). A row with a gap of two spaces or
    more is cut at those gaps, or, where that makes no table, at every space."""
    lines, cells = _cell_lines(raw, lines)
    if " " not in raw:
        return lines, cells
    # a row has spaces inside and is short: most lines of most texts fail here
    maybe = [not ln.clean and len(ln.sq) <= _ROW_MAX_CELLS * _CELL_MAX for ln in lines]
    if not any(all(maybe[i:i + _TABLE_MIN_ROWS]) for i in itertools.compress(range(len(lines)), maybe)) and not any(
            maybe[i + 1] and ("  " in (row := raw[lines[i].start:lines[i].end]) or row.count(" ") >= _WIDE_ROW - 1)
            for i in itertools.compress(range(len(lines) - 1), maybe)):  # (or a header over a row: padded, or wide)
        return lines, cells
    n = len(lines)
    shapes: list = [None] * n  # each row's cells (a line alone, with no short line beside it, is in no table)
    spaced: list = [None] * n  # cut at every space, for a row with a wide gap
    for i in itertools.compress(range(n), maybe):
        if (i and maybe[i - 1]) or (i + 1 < n and maybe[i + 1]):
            ln = lines[i]
            shapes[i] = _row_cells(raw, ln)
            if "  " in raw[ln.start:ln.end]:
                spaced[i] = _row_cells(raw, ln, wide=False)
    mixed: list = []  # each row's cells set apart by any space where it has a wide gap, once asked
    out: list[Line] = []
    i = 0
    while i < len(lines):
        if shapes[i] or spaced[i]:
            j, rows = _table_run(raw, lines, shapes, i)
            if not rows and spaced[i]:
                mixed = mixed or [b or a for a, b in zip(shapes, spaced, strict=True)]
                k, rows = _table_run(raw, lines, mixed, i)
                j = k if rows else j
            if rows:
                j = _rows_after_blank(raw, lines, shapes, j, rows)
                for ln, row in zip(lines[i:j], rows, strict=True):
                    for c, (s, e) in enumerate(row):
                        sq = raw[s:e].replace(" ", "")
                        cell = Line([(s, e)], sq, ln.gap if not c else 0, 0, True, clean=len(sq) == e - s)
                        cells.append(cell)
                        out.append(cell)
                i = j
                continue
            # (not a table: nor is any run that starts further on in it, which ends at the same line with
            # fewer rows and no other digits, so the run's lines go as they are; a run is read once)
            out += lines[i:max(j, i + 1)]
            i = max(j, i + 1)
            continue
        out.append(lines[i])
        i += 1
    if "   " in raw:  # (-layout: a table whose cells are too long for the rows above, its columns lined up)
        out = _aligned_rows(raw, out, cells)
    return out, cells




_ALIGNED_GAP = re.compile(r"\S(?: {3,}|\u3000+ *)\S")  # a gap between two cells of a -layout row
_ALIGNED_CELL = re.compile(r"\S+(?:  ?\S+)*")  # a cell: words one or two spaces apart
_ALIGNED_MAX = 30  # characters of a cell
_ALIGNED_FIRST = 12  # characters of a row's first cell (its label)
_ALIGNED_SLACK = 1  # characters a column's start may move from row to row
_PAIR_CELLS = 2  # cells of a two-column table's row (an item and its value), in a print extract only
_CELL_PROSE = re.compile(r"[，,。；;！？!?：]|:(?!\d)")  # (not a time's colon: "9:00-9:20")


def _aligned_cells(raw: str, line: Line) -> list[tuple[int, int, int]] | None:
    """The cells of ``line`` as ``(column, start, end)``: runs of words one or two spaces apart, none over 30
    characters or holding a comma, a colon or a sentence mark (None where one does, or the line is no one piece)."""
    if line.clean or len(line.pieces) != 1:
        return None
    s, e = line.pieces[0]
    begin = raw.rfind("\n", 0, s) + 1
    cells = [(s + m.start() - begin, s + m.start(), s + m.end()) for m in _ALIGNED_CELL.finditer(raw[s:e])]
    if any(b - a > _ALIGNED_MAX or _CELL_PROSE.search(raw, a, b) for _, a, b in cells):
        return None
    return cells


def _aligned_row(raw: str, line: Line, cells: list[tuple[int, int, int]] | None, least: int = _ROW_MIN_CELLS) -> bool:
    """``cells`` (:func:`_aligned_cells` of ``line``) are a table's row: ``least`` (three, or two in a print extract) to
    eight of them set apart by three spaces or more, the first a label of twelve characters at most (eight where the row
    has two: an item and its value, ``发行规模            不超过5亿元（含）``)."""
    return (cells is not None and least <= len(cells) <= _ROW_MAX_CELLS
            and cells[0][2] - cells[0][1] <= (_ALIGNED_FIRST if len(cells) >= _ROW_MIN_CELLS else _CELL_MAX)
            and _ALIGNED_GAP.search(raw, *line.pieces[0]) is not None)


def _under(cells: list[tuple[int, int, int]], row: list[tuple[int, int, int]]) -> bool:
    """``cells`` start where columns of ``row`` start (within a character): the same columns, or (fewer of them, not
    the first) the rest of cells that wrapped inside their column (``情况及2024年工作思路`` under ``各事业部负责人…``)."""
    starts = [c for c, _, _ in row]
    if len(cells) == len(row):
        return all(abs(a[0] - c) <= _ALIGNED_SLACK for a, c in zip(cells, starts, strict=True))
    # (or, two or more from the first column on, a row whose last cells are empty: "浙江   历史类   178" under
    # "省份   科类   计划数   备注")
    return (0 < len(cells) < len(row) and (cells[0][0] > starts[0] + _ALIGNED_SLACK or len(cells) >= 2)
            and all(any(abs(a[0] - c) <= _ALIGNED_SLACK for c in starts) for a in cells))


def _aligned_rows(raw: str, lines: list[Line], cells: list[Line]) -> list[Line]:
    """Three or more consecutive rows (:func:`_aligned_row`, no blank line between) of one number of cells whose
    columns start at the same places (within a character; rows of two cells only in an extract with form feeds, a
    printed page's table of items and values, which a web page's dump prints as lines of a label and a value), with
    the lines that carry on wrapped cells in their columns among them: a table whose cells are too long for the rows of
    :func:`table_cells`
    (``Ⅰ级      造成人员伤亡或影响供应范围超过一万户的事件   总经理``), one line per cell, added to ``cells``."""
    least = _PAIR_CELLS if "\f" in raw else _ROW_MIN_CELLS  # (a print extract's pages: a two-column table's rows too)
    # (a row's gap is three spaces or an ideographic space: the cells of a line without one are not asked for
    # unless the text has rows; found with str.find, in C)
    rows = [not ln.clean and len(ln.pieces) == 1 and (raw.find("   ", ln.start, ln.end) >= 0 or raw.find("\u3000", ln.start, ln.end) >= 0)
            and _aligned_row(raw, ln, _aligned_cells(raw, ln), least) for ln in lines]
    if sum(rows) < _TABLE_MIN_ROWS:
        return lines
    shapes = [_aligned_cells(raw, ln) for ln in lines]
    out: list[Line] = []
    i = 0
    while i < len(lines):
        j, count = i + 1, 1
        if rows[i]:
            # (rows set apart by one blank line each, where the row under the first is: a double-spaced table)
            spacing = min(1, lines[j].gap) if j < len(lines) else 0
            while j < len(lines) and shapes[j] and lines[j].gap <= spacing and _under(shapes[j], shapes[i]):
                count += len(shapes[j]) == len(shapes[i])
                j += 1
        if not rows[i] or count < _TABLE_MIN_ROWS:
            out.append(lines[i])
            i += 1
            continue
        for ln, shape in zip(lines[i:j], shapes[i:j], strict=True):
            for n, (_, a, b) in enumerate(shape):
                sq = raw[a:b].replace(" ", "")
                cell = Line([(a, b)], sq, ln.gap if not n else 0, 0, True, clean=len(sq) == b - a)
                cells.append(cell)
                out.append(cell)
        i = j
    return out


_SIDE_LABEL = re.compile(r"[^\s：:，。；]{1,12}[：:]")  # a blank field's label: "甲方（盖章）：", "代表人签字："
_SIDE_GAP = re.compile(r" {4,}|\u3000{2,}")  # the gap between a two-sided row's sides (-layout)
_SIDE_MAX = 20  # characters of a side
_SIDE_SLACK = 1  # display columns the right sides' starts may differ by
# a filled field, a wide gap and the next field's label on one line: "…：王建国      乙方（盖章）：…" (the cheap gate)
_FILLED_ROW = re.compile(r"[：:][^\n：:]{1,20}(?: {4,}|\u3000{2,})[^\s：:]{1,12}[：:]")


def two_sided(raw: str, lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """A **two-sided block** (a contract's signatures, a form's blank fields: two or more rows one under the other, at
    most one blank line between, each of two blank fields, ``甲方（盖章）：      乙方（盖章）：`` /
    ``代表人签字：      代表人签字：`` / ``日期：  年  月  日      日期：  年  月  日``) cut into its sides, a line each,
    left then right, as the PDF reader cuts it (``pdf._two_sided``). A side opens with a label (≤ 12 characters and a
    colon) and holds nothing else but single characters (a date's blanks ``年 月 日``), ≤ 20 characters, no digit;
    ``-layout`` sets the sides apart by its widest gap (four spaces or more) and the right sides start at one column;
    ``-raw`` by a space, the second label opening the right side. Cheap gates: a colon before a space in the text (a blank
    field's label), then a line with a space inside and two colons.
    Rows of two **filled** fields the same way (``甲方（签字）：王建国      乙方（盖章）：上海启明商贸有限公司`` /
    ``日期：2024年3月1日      日期：2024年3月1日``: the parties' signatures, a label and a value a side, -layout's gap only),
    where one row of the block has the same label on both sides (the two parties sign the same field) and a line of one
    field set in at the right side's column may stand between (``法定代表人：李明``). Returns the lines and the lines of
    such blocks (the sides and the line between), which the caller makes meta: a signature block, as the corpus's
    contracts have it (dev13 p13-008/009, blank fields)."""
    if "： " not in raw and "：\u3000" not in raw and ": " not in raw and not (
            ("    " in raw or "\u3000\u3000" in raw) and _FILLED_ROW.search(raw)):  # (a wide gap first: str.find)
        return lines, []
    rows: dict[int, tuple[int, int]] = {}  # line index -> (the right side's raw start, its display column or -1)
    filled: dict[int, tuple[int, int]] = {}  # the same for a row of two filled fields (-layout only)
    signed: set[int] = set()  # the lines of a block of filled rows
    for i, ln in enumerate(lines):
        if ln.clean or len(ln.pieces) != 1 or len(ln.sq) > 2 * _SIDE_MAX or ln.sq.count("：") + ln.sq.count(":") != 2:
            continue
        cut = _side_cut(raw, ln)
        if cut is not None:
            rows[i] = cut
        elif (cut := _side_cut(raw, ln, filled=True)) is not None:
            filled[i] = cut
    if len(rows) < 2 and len(filled) < 2:
        return lines, []
    block: set[int] = set()
    for i in rows:
        j = i + 1
        if j in rows and lines[j].gap <= 1 and (rows[i][1] < 0) == (rows[j][1] < 0) \
                and abs(rows[i][1] - rows[j][1]) <= _SIDE_SLACK:
            block.update((i, j))
    for i in filled:  # (rows of filled fields: the two parties' signatures, a field of one side alone between or not)
        j = i + 1 if i + 1 in filled else i + 2
        if (j in filled and all(ln.gap <= 1 for ln in lines[i + 1:j + 1]) and abs(filled[i][1] - filled[j][1]) <= _SIDE_SLACK
                and (j == i + 1 or abs(_start_column(raw, lines[i + 1]) - filled[i][1]) <= _SIDE_SLACK)
                and any(_same_labels(raw, lines[k], filled[k][0]) for k in (i, j))):
            block.update((i, j))
            rows.update({i: filled[i], j: filled[j]})
            signed.update(range(i, j + 1))
    if not block:
        return lines, []
    out: list[Line] = []
    sides: list[Line] = []
    for i, ln in enumerate(lines):
        pieces = split_at(raw, ln, [(rows[i][0], ln.end)], []) if i in block else [ln]
        out += pieces
        if i in signed:
            sides += pieces
    return out, sides


def _start_column(raw: str, line: Line) -> int:
    """The display column (in half-width units) where ``line`` starts on its raw line."""
    return int(display_width(raw[raw.rfind("\n", 0, line.start) + 1:line.start]) * 2)


def _same_labels(raw: str, line: Line, right: int) -> bool:
    """Both sides of a two-sided row (the right one from raw offset ``right``) open with the same label: the two
    parties sign the same field (``日期：2024年3月1日      日期：2024年3月1日``)."""
    left = _SIDE_LABEL.match(raw, line.start, right)
    return left is not None and raw.startswith(left.group(), right)


def _side_cut(raw: str, line: Line, filled: bool = False) -> tuple[int, int] | None:
    """For :func:`two_sided`: where ``line``'s right side starts (raw offset) and its display column (-1 where a space
    sets the sides apart), or None where the line is no row of blank fields. ``filled``: a row of two filled fields
    instead, a label and its value a side (``甲方（签字）：王建国      乙方（盖章）：上海启明商贸有限公司``), the sides set
    apart by the line's widest gap only."""
    s, e = line.pieces[0]
    text = raw[s:e]
    gaps = [(m.end() - m.start(), m.end()) for m in _SIDE_GAP.finditer(text)]
    if gaps:  # (-layout: the widest gap, wider than any other)
        gaps.sort()
        if len(gaps) > 1 and gaps[-1][0] < 2 * gaps[-2][0]:
            return None
        at = gaps[-1][1]
        column = int(display_width(raw[raw.rfind("\n", 0, s) + 1:s + at]) * 2)
    elif filled:
        return None
    else:  # (-raw: the second label, after a space)
        labels = [m.start() for m in _SIDE_LABEL.finditer(text) if m.start() == 0 or text[m.start() - 1] == " "]
        if len(labels) != 2 or labels[0] != 0:
            return None
        at, column = labels[1], -1
    for side in (text[:at], text[at:]):
        tokens = side.split()
        if filled:
            label = _SIDE_LABEL.match(side.strip())
            if (label is None or len(tokens) != 1 or label.end() == len(tokens[0]) or len(tokens[0]) > _SIDE_MAX
                    or _CELL_PROSE.search(tokens[0], label.end())):
                return None  # (a label and a value, one token: "日期：2024年3月1日")
            continue
        if (not tokens or not _SIDE_LABEL.fullmatch(tokens[0]) or any(len(t) > 1 for t in tokens[1:])
                or len("".join(tokens)) > _SIDE_MAX or any(ch.isdigit() for ch in side)):
            return None
    return s + at, column


_LIST_NUMBER = re.compile(r"\d{1,2}\.")


def _numbered_rows(raw: str, rows: list[list[tuple[int, int]]]) -> bool:
    """Every row opens with a list number and a stop, ``1.`` ``2.`` ``3.`` … in turn: a numbered list that a text browser
    printed (``    1. 1 历史沿革`` / ``    2. 2 社会影响``, a wiki's contents), no table's rows."""
    numbers = [raw[r[0][0]:r[0][1]] for r in rows]
    return (all(_LIST_NUMBER.fullmatch(n) for n in numbers)
            and all(int(b[:-1]) == int(a[:-1]) + 1 for a, b in zip(numbers, numbers[1:], strict=False)))


_CELL_LINES_MIN = 6  # cells on lines of their own: two rows of three at least
_CELL_CHARS = "[^，、。；：！？,;:!?（）()]+"
_CELL_LINE = re.compile(rf"{_CELL_CHARS}(?:[（(]{_CELL_CHARS}[）)])?")  # "营业收入（万元）": a unit in brackets last
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3})")  # a thousands comma inside a number: "89,002"


def _cell_run(run: list[Line]) -> bool:
    """Lines of one short cell each that make a table (:func:`_cell_lines`): six or more, a number among them and
    at least two cells of two or more characters."""
    return (len(run) >= _CELL_LINES_MIN and any(any(ch.isdigit() for ch in ln.sq) for ln in run)
            and sum(len(ln.sq) >= 2 and not ln.sq.isascii() for ln in run) >= 2)


def _heads_over(raw: str, run: list[Line]) -> int:
    """Lines at the head of a run of one-cell lines that are numbered headings printed apart, a section number alone
    (``2.2``, ``3``) over its words without a digit (``考核指标完成情况``), pair after pair while the words are
    followed by no figure (a row's first cells, ``1`` / ``工程费用`` / ``3,260``) and no page break comes between
    number and words (a folio over the next page's running head, ``40`` / ``\f高中地理``): default mode prints a heading
    set with a gap after its number as it prints a ruled table's cells, a block a line (session 17's ``headno``)."""
    k = 0
    while (k + 1 < len(run) and rules.CLAUSE_NUMBER.fullmatch(run[k].sq) and not _DIGIT.search(run[k + 1].sq)
           and (k + 2 == len(run) or rules.CLAUSE_NUMBER.fullmatch(run[k + 2].sq) or not _DIGIT.search(run[k + 2].sq))
           and "\f" not in raw[run[k].end:run[k + 1].start]):
        k += 2
    return k


def _long_sum(line: Line) -> bool:
    """A cell line longer than :data:`_CELL_MAX` that a run of cells goes on through: a sum with thousands commas
    (``86,119,150``; asked only where a run would end)."""
    return ("," in line.sq and len(line.pieces) == 1 and not line.kind and not line.level and not line.item
            and _AMOUNT_CELL.fullmatch(line.sq) is not None)


_LABEL_MAX = 16  # characters of a row's label over its sums ("归属于上市公司股东的净利润"), as _FIGURES_ROW reads one


def _row_label(lines: list[Line], j: int) -> bool:
    """A cell line longer than :data:`_CELL_MAX` that a run of cells goes on through: a row's label (up to
    :data:`_LABEL_MAX` characters, no punctuation) right over a sum or a percentage of its own line, the row's first
    figure (``归属于上市公司股东的净利润`` / ``156,220,391.88``; asked only where a run would end)."""
    line = lines[j]
    if (j + 1 >= len(lines) or len(line.sq) > _LABEL_MAX or len(line.pieces) != 1 or line.kind or line.level
            or line.item or _CELL_LINE.fullmatch(line.sq) is None):
        return False
    figure = lines[j + 1]
    return (len(figure.pieces) == 1 and not figure.kind and figure.gap == line.gap
            and _AMOUNT_CELL.fullmatch(figure.sq) is not None)


def _cell_lines(raw: str, lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """A small table that an extract printed one cell per line (``項目`` / ``數量`` / ``備註`` / ``一`` /
    ``12`` / ``已完成`` …, as pdftotext's default mode prints a ruled table): six or more consecutive
    lines of one short cell each (eight characters at most, or a sum with thousands commas, ``86,119,150``; no
    punctuation but a closing unit in
    brackets, ``营业收入（万元）``, and a thousands comma, ``89,002``; no space inside), the
    same number of blank lines between every two of them (at most one), a number among them and at
    least two cells of two or more characters. Each cell is a unit of its own (debris)."""
    short = [len(ln.sq) <= _CELL_MAX and len(ln.pieces) == 1 and not ln.level and not ln.item and not ln.kind
             and _CELL_LINE.fullmatch(_THOUSANDS.sub("", ln.sq) if "," in ln.sq else ln.sq) is not None for ln in lines]
    cells: list[Line] = []
    n = len(lines)
    if sum(short) < _CELL_LINES_MIN:  # (most texts: no need to walk the lines)
        return lines, cells
    i = short.index(True)
    while i < n:
        if not short[i]:
            i += 1
            continue
        j = i + 1
        while j < n and (short[j] or _long_sum(lines[j]) or _row_label(lines, j)) and lines[j].gap <= 1 and (
                j == i + 1 or lines[j].gap == lines[i + 1].gap):
            j += 1
        run = lines[i:j]
        if _cell_run(run) and _cell_run(run := run[_heads_over(raw, run):]):
            cells.extend(run)
            i = j
        else:  # the run may start at its last line (a paragraph's one-character last line above a table)
            i = j - 1 if j - i >= 2 else j
    return lines, cells


_UNIT_AFTER = frozenset("年月日%")  # a unit that pdftotext -raw may print apart from its figure ("2020 年")


def _units_joined(raw: str, tokens: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``tokens`` with a unit alone (:data:`_UNIT_AFTER`) joined to the figure before it."""
    out = [tokens[0]]
    for a, b in tokens[1:]:
        if b - a == 1 and raw[a] in _UNIT_AFTER and raw[out[-1][1] - 1].isdigit():
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _spaced_words(raw: str, tokens: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``tokens`` with a word that a header sets letter-spaced (two hanzi alone in turn, ``商 标``, ``事 件``) or a
    title in book brackets cut at its space (``《舊 志》``) joined into one cell (-raw prints such a row one space a
    gap, as between its cells)."""
    out = [tokens[0]]
    for a, b in tokens[1:]:
        c, d = out[-1]
        if ((d - c == 1 and b - a == 1 and _HANZI_ONE.match(raw, c) and _HANZI_ONE.match(raw, a))
                or ("《" in raw[c:d] and "》" not in raw[c:d] and "》" in raw[a:b])):
            out[-1] = (c, b)
        else:
            out.append((a, b))
    return out


_HANZI_ONE = re.compile(r"[\u4e00-\u9fff]")
_LETTER_SPACED = re.compile(r"(?<!\S)[\u4e00-\u9fff] [\u4e00-\u9fff](?!\S)")  # two hanzi alone in turn: "商 标"


def _figures(raw: str, tokens: list[tuple[int, int]]) -> bool:
    """Two or more of a row's cells are figures: its first cell may be a long label."""
    return sum(1 for a, b in tokens if _NUMBER_CELL.fullmatch(raw, a, b)) >= 2


def _table_run(raw: str, lines: list[Line], shapes: list, i: int) -> tuple[int, list]:
    """The run of rows from ``i`` with as many cells as row ``i`` (no blank line between), and its rows where it is a
    table (three rows or more, a digit in some cell, no numbered list; or two, a padded header over a row of figures:
    :func:`_header_over`), else none."""
    if not shapes[i]:
        return i + 1, []
    k = len(shapes[i])
    j = i + 1
    while j < len(lines) and shapes[j] and len(shapes[j]) == k and not lines[j].gap:
        j += 1
    if j - i >= _HEADED_ROWS and k >= _WIDE_ROW:  # (a wide table's rows may leave cells blank: fewer, none more)
        while j < len(lines) and shapes[j] and len(shapes[j]) <= k and not lines[j].gap:
            j += 1
    rows = shapes[i:j]
    if (j - i >= _TABLE_MIN_ROWS and any(any(ch.isdigit() for s, e in r for ch in raw[s:e]) for r in rows)
            and not _numbered_rows(raw, rows)):
        return j, rows
    if j - i == _HEADED_ROWS and _header_over(raw, lines[i], rows):
        return j, rows
    return j, []


def _rows_after_blank(raw: str, lines: list[Line], shapes: list, j: int, rows: list) -> int:
    """The end of a table run (:func:`_table_run`, rows ``[i:j]``) taken on over rows set one blank line below it that
    have its last row's cells in its last row's columns (a -layout page whose other column's spacing left a blank line
    in the table, ``4      企业D             27%    +1.8pct`` under ``3      企业C             15%    +1.8pct``): each
    added to ``rows``. Only a padded row (a gap of two spaces) is asked: -raw's cells one space apart have no columns."""
    last = rows[-1]
    while j < len(lines) and lines[j].gap == 1 and shapes[j] and len(shapes[j]) == len(last) \
            and raw.find("  ", last[0][0], last[-1][1]) >= 0 and _columns(raw, shapes[j]) == _columns(raw, last):
        rows.append(shapes[j])
        last = shapes[j]
        j += 1
    return j


def _columns(raw: str, cells: list[tuple[int, int]]) -> list[int]:
    """The character columns where ``cells`` (raw spans, one line's) start."""
    begin = raw.rfind("\n", 0, cells[0][0]) + 1
    return [s - begin for s, _ in cells]


def _header_over(raw: str, line: Line, rows: list) -> bool:
    """Two rows of as many cells: a header padded to its columns (a gap of two spaces or more, no digit) over a row
    of figures (a digit in it): a data table of one row (``带看时间  经纪人 本房总带看`` / ``05-10 徐立桂 5``)."""
    head, row = rows
    if any(ch.isdigit() for s, e in head for ch in raw[s:e]):
        return False
    if "  " in raw[line.start:line.end]:
        return any(ch.isdigit() for s, e in row for ch in raw[s:e])
    # (one space between cells, -raw: a wide header over a label and nothing but figures, "A股 86,119,150 99.98 …")
    return len(row) >= _WIDE_ROW and all(_NUMBER_CELL.fullmatch(raw, s, e) for s, e in row[1:])


def _row_cells(raw: str, line: Line, wide: bool = True) -> list[tuple[int, int]] | None:
    if len(line.pieces) != 1 or line.level or line.item or line.clean:
        return None
    s, e = line.pieces[0]
    if not _TABLE_ROW.fullmatch(raw, s, e) and not (
            ("," in raw[s:e] or "%" in raw[s:e]) and _FIGURES_ROW.fullmatch(raw, s, e)):
        return None
    # cells set apart by runs of spaces keep the single spaces an OCR pass put inside them ("進 行 中")
    tokens = [(m.start() + s, m.end() + s) for m in (_RUN if wide and "  " in raw[s:e] else _TOKEN).finditer(raw[s:e])]
    if any(b - a == 1 and raw[a] in _UNIT_AFTER for a, b in tokens[1:]):  # "2020 年": a figure and its unit, one cell
        tokens = _units_joined(raw, tokens)
    if (not wide or "  " not in raw[s:e]) and ("《" in raw[s:e] or _LETTER_SPACED.search(raw, s, e)):
        tokens = _spaced_words(raw, tokens)  # (one space between cells: a word set letter-spaced is one cell)
    if not _ROW_MIN_CELLS <= len(tokens) <= _ROW_MAX_CELLS:
        return None
    if any((b - a > _CELL_MAX and not _NUMBER_CELL.fullmatch(raw, a, b) and not (a == tokens[0][0] and _figures(raw, tokens)))
           or raw[b - 1] in rules.SENTENCE_END for a, b in tokens):
        return None
    if all(b - a == 1 for a, b in tokens):
        return None
    return tokens
