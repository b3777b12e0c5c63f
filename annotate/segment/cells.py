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

import re

from . import classify, rules
from .inline import DATE_ALONE, find_all, lines_at, split_at
from .lines import Line

__all__ = ["cut_left_cells", "cut_poster_cells"]

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
