"""A table's cells that a text dump printed as text (the text route): a layout table's left cell at the start of the
article's lines, a forum's author column, a borderless table's cells.

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

:func:`cut_table_rows`: a web page's table printed without borders, one ``debris`` line a cell: the one mechanism
for such a table, called three times (its ``spaced`` and ``labels`` parameters): on the lines as split, a data
table whose cells a dump padded to its columns (the rows cut at the gutters they share), then a two-column table of
labels and values one space apart (``品牌 美厨`` / ``型号 MC-958``, the labels as long), and once the credit lines
have their kinds, a metadata table of labels and values a gap apart (``索引号：  1150…  主题分类：  城乡建设``, the
rows cut at each label's colon and gap, lined up or not).

:func:`cut_score_rows`: a match's score board, a row of three cells (the home side, the score, the away side) that a
dump printed on one line, a gap on each side of the score (``山东泰山 2 : 1 上海申花``, w3m's ``上海海港     2 : 1   北京国安``):
one ``debris`` line a cell.
"""

from __future__ import annotations

import itertools
import operator
import re

from . import classify, rules
from .inline import DATE_ALONE, find_all, lines_at, split_at
from .join import _web_dump
from .lines import Line, squeeze, strip_piece

__all__ = ["cut_left_cells", "cut_poster_cells", "cut_score_rows", "cut_table_rows"]

_MARK = "\ufffd"
_CELL_MAX = 12  # characters of the cell before the mark (squeezed)
_REST_MIN = 2  # characters after the mark
_CUTS_MIN = 2  # lines cut at a mark that show the left cell
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
        if at >= _CELL_MAX or len(line.sq) - at - 1 < _REST_MIN or rules.CLAUSE_MARK.search(line.sq, 0, at):
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
_WORD = rules.WORDLIKE  # a cell holds a letter, a digit or a Han character (no "»", "|" or "[" of a menu)
_BAR = re.compile(r"(?<!\S)[^\w\s]+(?!\S)")  # a mark between spaces ("首页 » 专家介绍", "要闻 | 本地"): a menu's row
_SPACES = " \t"
_CLEAN = operator.attrgetter("clean")


def cut_table_rows(raw: str, lines: list[Line], labels: bool = False, spaced: bool = False,
                   printed: bool = False) -> tuple[list[Line], list[Line]]:
    """A web page's table printed without borders cut into one line per cell, and the cells (``debris``, also for
    the caller to make debris): the one mechanism for a borderless table, called three times. A table is two or
    more rows in a run, each one piece with spaces inside and no heading, list item or kind (but a credit's meta);
    each row is cut into its cells (:func:`_cut_cells`), the first cell keeping the row's blank lines above it,
    every other starting a unit of its own. ``labels`` and ``spaced`` (one of them at most) say how the rows and
    their cells are found:

    * ``False`` (on the lines as split, before the line rules): a data table whose cells a dump padded to its
      columns (lynx, html2text, w3m: ``課號   CSIE2010 學分   3`` / ``必／選修 必修       上課時間 二 3-4、四 3`` /
      ``上課地點 資109     修課人數 120``). The rows stand one under the other (no blank line between), each short
      (80 characters at most), a Han character in it (or in all but a third of the rows: a Latin label's row,
      ``CADR    420 m³/h``, :func:`_hanzi_rows`), no clause punctuation, and they share one or more gutters:
      character columns that are a space in every row, with text on both sides in every row (a dump pads its cells
      to the column's width, so the gutters of a table's rows line up while the spaces of prose and of a cell's own
      words, ``二 3-4``, do not); the cells after one gutter start in one column in every row, and some row is
      padded (a gap of two spaces or more: words one space apart in every row are a list, ``北京 上海 广州``); each
      row is cut at each gutter, every cell is 30 characters at most, holds a letter, a digit or a Han character,
      and some cell of each row two characters or more (letter-spaced text). A one-space gutter between two Latin
      letters in some row is no gutter (words of a phrase). Rows over the table that are not padded and that the
      table's rows do not make one with (``優惠價：79折 NT$ 548`` / ``(BUTTON) 加入購物車 …`` over ``規格  精裝 / …``)
      are left out of it (:func:`_trimmed`). Not cut: a list (a row opens with ``1.``, ``2.1``, ``o``), a menu (a mark
      alone between spaces, ``首页 » 详情``, in every row, or in a row's first cell or two of its cells: a value's own
      marks, ``蝦皮購物 > 美妝保養 > 香皂``, ``精裝 / 416頁 / 17 x 23 cm``, stand in one cell after the first,
      :func:`_marks_in_value`), html2text's cells cut by bytes (U+FFFD), text with form feeds (pdftotext: a form's
      rows are its meta lines).
    * ``spaced`` (on the lines as split, right after the first call): a two-column table of labels and values one
      space apart, as lynx and w3m pad a column to its widest cell and labels all as wide leave one space
      (:data:`_PAIR_ROW`: ``品牌 美厨`` / ``型号 MC-958`` / ``产地 中国大陆``, ``事项类型 行政确认`` / ``办理时限 19个工作日``,
      ``類型 歷史地區`` / ``設立 1879年``). The rows stand one under the other (no blank line between) at the same
      indentation, the labels as long and all different (:func:`_pair_rows`), a letter, digit or hanzi in each
      value, a digit in some value (a list of words one space apart, ``收藏 复制 朗读 完善`` / ``写景 抒情``,
      ``南宁大学 副教授``, has none), not every value a bare figure (a forum poster's counters, ``积分 2310`` /
      ``帖子 486``, one unit each); each row is cut into its label and its value. A run with a row that an earlier
      pass cut (a post's header block whose title row ``webdump.cut_title_labels`` cut) is no table.
    * ``printed`` (on the lines as split, after the two calls above): a data table that ``pdftotext -raw`` printed
      with one space between the cells (``序号 检验项目 标准要求 检验结果 单项判定`` / ``1 标志和说明 应有额定电压…标志
      符合 合格``, ``省份 科类 计划数 备注`` / ``山东 综合改革 309``, ``发行人、公司、本公司 指 东屿生物医药股份有限公司``):
      three rows or more one under another (no blank line between), each of three cells or more (:func:`_printed_rows`:
      the rows all of as many cells, or one fewer, the table's widest row; a digit in some row), a Han character in the row, no clause
      mark, colon, bar, ellipsis or gap; each cell opens with a letter, digit, hanzi or an opening bracket and holds 30
      characters at most; no space between a Latin letter and a letter or digit (a code, ``GB 50013``); a cell of one
      hanzi only where every row holds that hanzi in that column (``指``), else the row is letter-spaced text (``出 院
      记 录``, ``2003年 11 月 至今``). Only in a PDF extract's text (form feeds: not a web page's menu of words one
      space apart); in a web dump (``join._web_dump``; not a plain text's lyric), only two or more rows of three or more words of one to
      four hanzi, as many in each row and lined up in columns, a day of the week among them (a timetable, lynx:
      ``星期 上午 下午`` / ``周一 毛梓 吴春梅``, :func:`_word_rows`), their cells debris.
    * ``labels`` (once the line rules gave the credit lines their kinds): a metadata table whose labels and values a
      gap sets apart (:data:`_FIELD_ROW`: ``索引号：  11500105MB3036290/2023-00259  主题分类：  城乡建设``), where
      the colon ends each label, so the rows need not line up: a blank line between two rows at most, no byline
      among them, two or more of the labels no credit's (:func:`_credit_label`; a block of credits is the
      article's); each label and each value is a cell (``索引号：`` / ``11500105MB3036290/2023-00259`` /
      ``主题分类：`` / ``城乡建设``), and the first cell of each row starts a unit of its own too."""
    if labels:
        rows, blank, cells_of = _field_candidates(raw, lines), 1, _field_rows
    elif printed:
        rows, blank, cells_of = _printed_candidates(raw, lines), 0, _printed_rows
    elif spaced:
        rows, blank, cells_of = _pair_candidates(raw, lines), 0, _pair_rows
    else:
        rows, blank, cells_of = _padded_candidates(raw, lines), 0, _table_rows
    cut: dict[int, list[Line]] = {}  # row index -> its cells
    for run in _runs(raw, lines, rows, blank):
        if len(run) < 2:
            continue
        found = cells_of(raw, [lines[i] for i in run])
        if found is None and cells_of is _table_rows:  # (rows not padded over the table: none of its rows, :func:`_trimmed`)
            run, found = _trimmed(raw, lines, run)
        for i, spans in zip(run, found or (), strict=False):
            if spans:  # (a row of a run that :func:`_pair_rows` cut in parts: none)
                cut[i] = _cut_cells(raw, lines[i], spans, labels)
    return _spliced(lines, cut)


def _trimmed(raw: str, lines: list[Line], run: list[int]) -> tuple[list[int], list[list[tuple[int, int]]] | None]:
    """A run that is no padded table (:func:`_table_rows`) less its first rows, as long as they are not padded (no gap
    of two spaces), where the rest is one: the table under short lines that are none of its rows (``優惠價：79折 NT$ 548``
    / ``(BUTTON) 加入購物車 (BUTTON) 直接購買`` over ``規格  精裝 / 416頁`` / ``語言  繁體中文``; html2text's weather line
    ``23℃多云转小雨　东南风3级`` over ``今天 周三 周四`` / ``小雨 中雨 暴雨 阴    多云``); the run and None where no rest is."""
    rows = [lines[i] for i in run]
    padded = [raw.find("  ", ln.start, ln.end) >= 0 for ln in rows]
    # (the rest holds no row that no table has, :func:`_table_rows`: it starts past the last such row)
    first = 1 + max((k for k, ln in enumerate(rows) if rules.CLAUSE_MARK.search(ln.sq) or _MARK in ln.sq), default=0)
    for k in range(first, len(run) - 1):
        if any(padded[:k]):
            break  # (a padded row: the table's, which the rows under it do not make)
        if not any(padded[k:]):
            break
        found = _table_rows(raw, rows[k:])
        if found is not None:
            return run[k:], found
    return run, None


def _padded_candidates(raw: str, lines: list[Line]) -> list[int]:
    """The lines that may be a padded table's rows (:func:`cut_table_rows`): short, spaces inside (most lines of
    most texts fail the first two tests)."""
    if " " not in raw or "\f" in raw or ("  " not in raw and "\t" not in raw):
        return []  # (:func:`_table_rows`: no tab, no padded row, no table; text with form feeds, none)
    spaced = itertools.compress(itertools.count(), map(operator.not_, map(_CLEAN, lines)))  # (picked out in C)
    return [i for i in spaced if 3 <= len(lines[i].sq) <= _ROW_MAX and len(lines[i].pieces) == 1
            and not lines[i].kind and not lines[i].level and not lines[i].item]


def _runs(raw: str, lines: list[Line], rows: list[int], blank: int) -> list[list[int]]:
    """``rows`` (line indices, in order) in runs, one under the other with at most ``blank`` blank lines between
    (none: the next raw line)."""
    runs: list[list[int]] = []
    for i in rows:
        if runs and runs[-1][-1] == i - 1 and lines[i].gap <= blank \
                and (blank or raw.count("\n", lines[i - 1].end, lines[i].start) == 1):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _cut_cells(raw: str, line: Line, spans: list[tuple[int, int]], hard: bool) -> list[Line]:
    """``line`` cut into a ``debris`` line per cell (``spans``, raw offsets): the first keeps the row's blank lines
    above it and its indent, and starts a unit of its own where ``hard`` (or the row did); every other starts one."""
    return [Line([(s, e)], sq, line.gap if not k else 0, 0, line.hard or hard or k > 0, clean=len(sq) == e - s,
                 kind="debris", lead=line.lead if not k else -1)  # (now: a cell that repeats the title is no running header)
            for k, (s, e) in enumerate(spans) for sq in (squeeze(raw, s, e),)]


# A metadata table's row printed without borders: one or more fields, each a label of hanzi (full-width spaces inside:
# "文　　号：") and its colon, a gap, and a value without space or colon ("索引号：  11500105MB3036290/2023-00259 主题分类：
# 城乡建设"); group 1 the label, group 2 the value.
_FIELD_CELLS = re.compile(r"([\u4e00-\u9fff](?:[\u4e00-\u9fff]|[ \u3000]{1,2}(?=[\u4e00-\u9fff])){1,7}[:：])[ \t\u3000]+([^\s:：]{1,40})")
_FIELD_ROW = re.compile(rf"(?:{_FIELD_CELLS.pattern}[ \t\u3000]*)+")


def _field_candidates(raw: str, lines: list[Line]) -> list[int]:
    """The lines that may be a metadata table's rows (:func:`cut_table_rows` with ``labels``): one piece, fields
    whose labels and values a gap sets apart (:data:`_FIELD_ROW`), no heading, list item or byline."""
    # (a row has a colon and a gap inside: most lines have neither; a clean line has no whitespace inside)
    colons = [i for i, ln in enumerate(lines) if not ln.clean and ("：" in ln.sq or ":" in ln.sq)]
    if len(colons) < 2:
        return []
    return [i for i in colons if not lines[i].level and not lines[i].item and lines[i].kind != "byline"
            and len(lines[i].pieces) == 1 and _FIELD_ROW.fullmatch(raw, lines[i].start, lines[i].end) is not None]


def _field_rows(raw: str, rows: list[Line]) -> list[list[tuple[int, int]]] | None:
    """Each row's cells as raw spans, a label and a value each (:data:`_FIELD_CELLS`); None where fewer than two of
    the labels are no credit's (a block of credits)."""
    fields = [list(_FIELD_CELLS.finditer(raw, ln.start, ln.end)) for ln in rows]
    if sum(not _credit_label(m.group(1)) for row in fields for m in row) < 2:
        return None
    spans = [[strip_piece(raw, m.start(k), m.end(k)) for m in row for k in (1, 2)] for row in fields]
    return [[(a, b) for a, b in row if a < b] for row in spans]


def _credit_label(label: str) -> bool:
    """A credit's label (``作者：``, ``来源：``, ``发布时间：``): the article's byline or meta, no table's."""
    sq = "".join(label.split())
    return bool(rules.CREDIT_OPENS.match(sq) or rules.META.match(sq))


def _table_rows(raw: str, rows: list[Line]) -> list[list[tuple[int, int]]] | None:
    """Each row's cells as raw spans, cut at the gutters the rows share (:func:`cut_table_rows`), the columns
    counted in characters (lynx) or else in printed width (w3m: a Han character two columns); None where they are
    no table."""
    if any(rules.CLAUSE_MARK.search(ln.sq) or _MARK in ln.sq for ln in rows) or not _hanzi_rows(rows):
        return None  # (html2text's cells cut by bytes: cut_left_cells's)
    barred = [_BAR.search(raw, ln.start, ln.end) is not None for ln in rows]
    if all(barred):
        return None  # (a mark alone between spaces in every row: a menu's rows)
    if all("\t" in raw[ln.start:ln.end] for ln in rows):  # (a browser's "save as text": a tab after each cell)
        return None if any(barred) else _tab_rows(raw, rows)
    if not any("  " in raw[ln.start:ln.end] for ln in rows):  # (no row padded: no table; asked before the columns)
        return None
    begins = [raw.rfind("\n", 0, ln.start) + 1 for ln in rows]
    found = _cut_rows(raw, rows, [list(range(b, ln.end)) for ln, b in zip(rows, begins, strict=True)])
    if found is None and not all(raw[b:ln.end].isascii() for ln, b in zip(rows, begins, strict=True)):
        grids = [[k for k in range(b, ln.end) for _ in range(1 if raw[k] < "\x80" else 2)]
                 for ln, b in zip(rows, begins, strict=True)]
        found = _cut_rows(raw, rows, grids)
    if found is not None and any(barred) and not all(_marks_in_value(raw, ln, spans)
                                                    for ln, spans, b in zip(rows, found, barred, strict=True) if b):
        return None
    return found


def _hanzi_rows(rows: list[Line]) -> bool:
    """A Han character in every row of a padded table (:func:`_table_rows`), or in all but a third of them: a spec
    table's row with a Latin label, ``CADR    420 m³/h`` between ``適用坪數  8-15坪`` and ``額定功率  45W`` (dev16), or
    ``ISBN 9788052770370`` over ``規格  精裝 / 416頁`` / ``語言  繁體中文`` (dev9, dev9xw); a table of words in Latin letters
    or of figures alone is none."""
    han = [_HAN.search(ln.sq) is not None for ln in rows]
    return all(han) or 3 * han.count(False) <= len(rows)


def _marks_in_value(raw: str, line: Line, spans: list[tuple[int, int]]) -> bool:
    """Every mark alone between spaces in the row ``line`` (:data:`_BAR`) stands inside one of its cells ``spans``, and
    not the first: the value's own marks (``精裝 / 416頁 / 17 x 23 cm``, ``蝦皮購物 > 美妝保養 > 香皂``, ``- 1 +``), where a
    menu's row (``首页 » 专家介绍``) opens with them or is cut at them."""
    cells = {next((k for k, (a, b) in enumerate(spans) if a <= m.start() and m.end() <= b), 0)
             for m in _BAR.finditer(raw, line.start, line.end)}
    return len(cells) == 1 and 0 not in cells


# a row of a data table that pdftotext -raw printed with one space between the cells (:func:`cut_table_rows` with
# ``printed``): none of these in it, nor a space between a Latin letter and a letter or digit (a code, "GB 50013")
_PRINTED_NOT = re.compile(r"[，。；！？,;!?：:|｜…\t\u3000]|  |[A-Za-z] [A-Za-z0-9]|[A-Za-z0-9] [A-Za-z]")
_PRINTED_CELL = re.compile(r"[\w（(《“]")  # a cell's first character
_PRINTED_MIN = 3  # cells of such a row, and rows of such a table, at least
_NUMERAL = re.compile("[\u2160-\u217f\u2460-\u2473]")  # a Roman or circled numeral ("Ⅰ级", "①"): a figure too


# a row of a table that lynx printed with one space between its cells, each a word of one to four hanzi, three cells
# or more ("星期 上午 下午" / "周一 毛梓 吴春梅", "周一 周二 周三" / "停诊 下午 停诊"): a web dump's rows one space apart
_WORD_ROW = re.compile(rf"[ \t]*{rules.HANZI.pattern}{{1,4}}(?: {rules.HANZI.pattern}{{1,4}}){{2,}}[ \t\r]*")
_WORD_ROW_MAX = 40  # characters of such a row (squeezed): eight cells of four and spaces to spare
_DAY_CELL = re.compile(rules.DAY_OF_WEEK)  # a timetable's cell: a day of the week ("周一", "星期三")


def _printed_candidates(raw: str, lines: list[Line]) -> list[int]:
    """The lines that may be the rows of a data table one space apart (:func:`cut_table_rows` with ``printed``)."""
    if raw.count(" ") < 2 * _PRINTED_MIN:
        return []
    if "\f" not in raw:  # (elsewhere lines one space apart stay lines, test_segment_print12.py, but short words of
        return _word_candidates(raw, lines)  # hanzi set in columns: :func:`_word_rows`)
    out = []
    for i, ln in enumerate(lines):
        if ln.clean or ln.kind or ln.level or ln.item or len(ln.pieces) != 1 or len(ln.sq) > _ROW_MAX:
            continue
        text = raw[ln.start:ln.end]
        if text.count(" ") < _PRINTED_MIN - 1 or _PRINTED_NOT.search(text) or not _HAN.search(text):
            continue
        if all(len(cell) <= _TD_MAX and _PRINTED_CELL.match(cell) for cell in text.split(" ")):
            out.append(i)
    return out


def _word_candidates(raw: str, lines: list[Line]) -> list[int]:
    """The lines of a web dump (``join._web_dump``, asked only once two such lines are found: not a plain text's
    lyric or word-spaced sentences, ``星期一 下着 小雨`` / ``星期二 刮起 大风``) that may be a table's rows of short
    words of hanzi one space apart (:data:`_WORD_ROW`); :func:`cut_table_rows` keeps those one under another."""
    # (the short lines with a space picked out in C first: most lines of most texts are long or clean)
    maybe = itertools.compress(range(len(lines)), map(operator.and_, map(operator.not_, map(_CLEAN, lines)),
                                                      map(operator.ge, itertools.repeat(_WORD_ROW_MAX), map(len, map(_SQ, lines)))))
    out = [i for i in maybe if not lines[i].kind and not lines[i].level and not lines[i].item and len(lines[i].pieces) == 1
           and _WORD_ROW.fullmatch(raw, raw.rfind("\n", 0, lines[i].start) + 1, lines[i].end)]
    return out if len(out) >= 2 and _web_dump(raw) else []


def _word_rows(raw: str, rows: list[Line]) -> list[list[tuple[int, int]]] | None:
    """Each row's cells as raw spans (:func:`_word_candidates`), where the rows are a timetable: as many cells in each,
    each column's cells starting at one character column in every row (lynx sets a table's cells in columns and, the
    words as wide, one space apart), and a day of the week among the cells (``周一``, ``星期三``: a clinic's duty table
    or a doctor's schedule); not a menu's rows of words, whose words do not line up, nor a list of words set in lines
    (``北京 上海 广州`` / ``深圳 天津 重庆``, test_segment_columns.py), which has no day."""
    out, columns = [], set()
    for ln in rows:
        begin = raw.rfind("\n", 0, ln.start) + 1
        spans = _space_cells(raw, ln)
        out.append(spans)
        columns.add(tuple(a - begin for a, _ in spans))
    if len(columns) != 1 or not all(_cells_ok(raw, spans) for spans in out):
        return None
    return out if any(_DAY_CELL.fullmatch(raw, a, b) for spans in out for a, b in spans) else None


def _space_cells(raw: str, ln: Line) -> list[tuple[int, int]]:
    """``ln``'s cells as raw spans, cut at each space (:func:`_printed_rows`, :func:`_word_rows`)."""
    spans, start = [], ln.start
    for m in re.finditer(" ", raw[ln.start:ln.end]):
        spans.append((start, ln.start + m.start()))
        start = ln.start + m.end()
    spans.append((start, ln.end))
    return spans


def _printed_rows(raw: str, rows: list[Line]) -> list[list[tuple[int, int]]] | None:
    """Each row's cells as raw spans, cut at each space (:func:`cut_table_rows` with ``printed``); None where the rows
    are no table: fewer than :data:`_PRINTED_MIN`, a row two cells short of the widest, no digit in any row (a list
    of words one space apart, ``北京 上海 广州``), a cell of one hanzi that the other rows do not repeat in its column
    (letter-spaced text), or cells :func:`_cells_ok` refuses."""
    if "\f" not in raw:
        return _word_rows(raw, rows)
    if len(rows) < _PRINTED_MIN:
        return None
    out = []
    for ln in rows:
        out.append(_space_cells(raw, ln))
    widest = max(map(len, out))
    if any(len(spans) < widest - 1 for spans in out) or not all(_cells_ok(raw, spans) for spans in out) \
            or not any(rules.DIGITS.search(raw, ln.start, ln.end) or _NUMERAL.search(raw, ln.start, ln.end) for ln in rows):
        return None
    texts = [[raw[a:b] for a, b in spans] for spans in out]
    for row in texts:
        for k, cell in enumerate(row):
            if len(cell) == 1 and _HAN.match(cell) and not all(len(other) > k and other[k] == cell for other in texts):
                return None
    return out


# A row of a two-column table that a dump printed with one space between the cells (:func:`cut_table_rows` with
# ``spaced``): a label of two to four hanzi (not "第…", a chapter's number), one space, a value of at most 24
# characters with no sentence or clause mark, no colon, no menu's bar and no gap of two spaces (more cells: a padded
# table's), at a line's start after its indentation; group 1 the indentation, 2 the label, 3 the value.
_PAIR_ROW = re.compile(r"([ \t\u3000]*)((?!第)[\u4e00-\u9fff]{2,4}) (\S(?:[^\n，。；！？：:|｜>›»、,;!?]{0,23}?))[ \t\r]*(?=\n|$)")
_PAIR_MAX = 28  # characters of such a row (squeezed): a label of four and a value of 24
_SQ = operator.attrgetter("sq")
_COUNT = re.compile(r"\d[\d,.]*[万萬kK+]?")  # a counter's figure ("积分 2310" / "帖子 486": a forum's profile, no table)


def _pair_candidates(raw: str, lines: list[Line]) -> list[int]:
    """The lines that may be a two-column table's rows one space apart (:func:`cut_table_rows` with ``spaced``):
    short, a space inside, one under another, no kind, each a row whole (:data:`_PAIR_ROW`); not where a row one
    under another with them (the same indentation, the labels as long) is one that an earlier pass cut in pieces (a
    post's header block whose title row ``webdump.cut_title_labels`` cut: no table)."""
    # (picked out in C: most lines of most texts are long or clean)
    maybe = list(itertools.compress(range(len(lines)), map(operator.and_, map(operator.not_, map(_CLEAN, lines)),
                                                           map(operator.ge, itertools.repeat(_PAIR_MAX), map(len, map(_SQ, lines))))))
    paired = sorted({k for i, j in zip(maybe, maybe[1:], strict=False) if j == i + 1 for k in (i, j)})
    rows = {m.start(): (i, m) for i in paired if not lines[i].kind
            and raw.find(" ", lines[i].start + 2, lines[i].start + 5) > 0  # (a label's space)
            for m in (_PAIR_ROW.match(raw, raw.rfind("\n", 0, lines[i].start) + 1),) if m}
    whole = {at: _whole_row(lines[i], m) for at, (i, m) in rows.items()}
    for at in [at for at, ok in whole.items() if not ok]:  # (a row cut in pieces: its neighbours are no table)
        key = _pair_key(rows[at][1])
        up, down = at, rows[at][1].end() + 1
        while up and (up := raw.rfind("\n", 0, up - 1) + 1) in rows and _pair_key(rows[up][1]) == key:
            whole[up] = False
        while down in rows and _pair_key(rows[down][1]) == key:
            whole[down] = False
            down = rows[down][1].end() + 1
    return [i for at, (i, _) in rows.items() if whole[at]]


def _pair_key(m: re.Match) -> tuple[str, int]:
    """A row's indentation and its label's length: the rows of one table share them."""
    return m.group(1), len(m.group(2))


def _pair_rows(raw: str, rows: list[Line]) -> list[list[tuple[int, int]]]:
    """Each row's label and value as raw spans (:func:`cut_table_rows` with ``spaced``), the run cut in parts where
    the indentation or the labels' length changes; a part's rows none (``[]``) where it is no table."""
    found = [_PAIR_ROW.match(raw, raw.rfind("\n", 0, ln.start) + 1) for ln in rows]
    out: list[list[tuple[int, int]]] = []
    for _, group in itertools.groupby(found, key=_pair_key):
        part = list(group)
        values = [m.group(3) for m in part]
        if len(part) < 2 or len({m.group(2) for m in part}) < len(part) or any(" " in v for v in values) \
                or not all(_cells_ok(raw, [m.span(2), m.span(3)]) for m in part) \
                or not any(rules.DIGITS.search(v) for v in values) or all(_COUNT.fullmatch(v) for v in values):
            out += [[]] * len(part)
        else:
            out += [[m.span(2), m.span(3)] for m in part]
    return out


def _whole_row(line: Line, m: re.Match) -> bool:
    """``line`` is the row ``m`` whole, one line (no heading or list item)."""
    return not line.level and not line.item and len(line.pieces) == 1 and line.start == m.start(2) and line.end == m.end(3)


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


# A match's score row: a side's name (two to twelve hanzi or letters), a gap, the score (``2 : 1``), a gap, the other
# side's name, alone on its line; groups 1 to 3 the cells.
_SCORE_ROW = re.compile(r"^[ \t\u3000]*([\u4e00-\u9fffA-Za-z·]{2,12})[ \t\u3000]+(\d{1,3}[ \t]*[:：][ \t]*\d{1,3})"
                        r"[ \t\u3000]+([\u4e00-\u9fffA-Za-z·]{2,12})[ \t\u3000\r]*$", re.M)


def _spliced(lines: list[Line], cut: dict[int, list[Line]]) -> tuple[list[Line], list[Line]]:
    """``lines`` with each line ``cut`` names replaced by its cells, and those cells (for the caller to make debris)."""
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


_SCORE_DIGIT = re.compile(r"[ \t]*\d")  # what follows a score's colon


def score_rows(raw: str) -> dict[int, re.Match[str]]:
    """``_SCORE_ROW``'s matches in ``raw`` by the start of their first cell: the pattern tried only at the start of a line
    holding a colon with a digit after it (the same matches as ``_SCORE_ROW.finditer``, which tries every position;
    the colons found by ``str.find``, in C: a regular expression's scan for them costs as much as the pattern's)."""
    found: dict[int, re.Match[str]] = {}
    starts = {raw.rfind("\n", 0, at) + 1 for colon in (":", "：") for at in find_all(raw, colon)
              if _SCORE_DIGIT.match(raw, at + 1)}
    for start in sorted(starts):
        m = _SCORE_ROW.match(raw, start)
        if m is not None:
            found[m.start(1)] = m
    return found


def cut_score_rows(raw: str, lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """The lines with each match's score row cut into its three cells (module docstring), and the cells (for the caller
    to make debris). A score row is furniture of a sports page, over or beside the report: the sides' names and the
    score, each a cell (dev13 match pages, lynx, w3m, html2text: ``山东泰山 2 : 1 上海申花``; dev15 live page
    ``江城猛龙 2 : 1 海港飞鱼`` over ``完场``). Only texts with a colon between two digits are looked at."""
    if ":" not in raw and "：" not in raw:
        return lines, []
    found = score_rows(raw)
    if not found:
        return lines, []
    at = lines_at(lines, list(found))
    cut: dict[int, list[Line]] = {}
    for i in at:
        line = lines[i]
        m = found.get(line.start)
        if m is None or line.kind or line.level or len(line.pieces) != 1 or line.end != m.end(3):
            continue
        cut[i] = _cut_cells(raw, line, [m.span(1), m.span(2), m.span(3)], True)
    return _spliced(lines, cut)
