"""What each unit is (title, heading, byline, meta, paragraph, debris) and what the document
says about itself (title, author, date, outlet).

Line-level kinds come first because they decide joining: a byline, a meta line or page and site
furniture never merges with prose. Furniture is recognised by its shape first (page numbers,
breadcrumbs, menu bars, toolbars, copyright footers, newspaper page headers, mastheads, running
headers that repeat across pages, menus and related-link lists, lynx's link list), then by its
words, in simplified and traditional script. Unit kinds come after joining: markdown headings and short unpunctuated
units are headings; one of them is the title — the only ``#`` heading, else the heading right
above the byline at the top of the page (the site's name, a sidebar and a banner above it are then
debris), else the first heading before any prose that is not the site's name above its menu
(unless it is one of several same-level markdown section headings), else a heading after the last
paragraph (PDF and web extracts often print the headline at the end).
"""

from __future__ import annotations

import collections
import functools
import itertools
import operator
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from . import inline, rules
from .join import CONTINUED, HEADING_MAX, heading_like, label_line
from .lines import (
    _RUN_IN_OPEN,
    Line,
    anchor_mark,
    anchored,
    contents_entry,
    display_width,
    page_of,
    run_in_byline,
    typed_item,
)
from .office import _GENRE_END, CAPTION, CAPTION_MAX
from .pairs import organisation

__all__ = ["DocMeta", "line_kind", "mark_standalone", "unit_kinds", "stray_date", "doc_meta", "field_table", "KINDS"]

KINDS = ("title", "heading", "byline", "meta", "paragraph", "debris")
_STANDALONE_MAX = 60
_FOOTER_MAX = 120  # a copyright footer may be long
_RUNNING_MAX = 40
_CAPTION_MAX = 40
_RUN_IN_REST = 2  # characters of the story after a paper's credit in brackets on its line
_CONTACT_MAX = 30  # characters of a contact line ("電話：(02)2725-4345")
# First characters that need a closer look even without a kind word: a page number ("第 1 页",
# "- 1 -", "Page 2"), a year (a date line), a lynx link number ("[12]缩小").
_PAGE_FIRST = frozenset("0123456789-—–－_~·Pp第共")
_MAY_START = frozenset("12[")
# Inside a line: a colon (bylines, meta), navigation marks, an edition ("第A12版"), a reporter.
# (written as one character class, a superset, so that the search skips through the text in C)
_MARK_CHARS = ":：>»›|】｜版记記〔摄攝"
_MARKS = re.compile(f"[{_MARK_CHARS}]")


def _marked(sq: str) -> bool:
    """_MARKS or _FOOTER_WORDS in ``sq``, by substring tests (cheaper than a regex call per line)."""
    return ("版" in sq or "〔" in sq or "摄" in sq or "攝" in sq or ">" in sq or "|" in sq or "】" in sq or "｜" in sq or "»" in sq or "›" in sq
            or "记者" in sq or "記者" in sq or "©" in sq or "ICP" in sq or "opyright" in sq or "OPYRIGHT" in sq
            or "公网" in sq or "公網" in sq or "Rights" in sq)


_FOOTER_WORDS = re.compile(  # the words of rules.COPYRIGHT, opening with a class for speed
    "[©版IoO公R](?:(?<=I)CP|(?<=o)pyright|(?<=O)PYRIGHT|(?<=公)[网網]|(?<=R)ights|(?<=[©版]))")
# _MARKS and _FOOTER_WORDS in one pattern, for one scan of the text instead of two: a match of one
# character is a mark ("版" and "©" open a footer too), a longer one a footer word (neither pattern
# matches inside a match of the other; test_segment_fastpaths.py checks the lines found against both)
_MARK_OR_FOOTER = re.compile(f"[{_MARK_CHARS}©IoO公R](?:(?<=[{_MARK_CHARS}©])|(?<=I)CP|(?<=o)pyright|(?<=O)PYRIGHT"
                             "|(?<=公)[网網]|(?<=R)ights)")
_GATE = rules.OPENING | rules.KIND_FIRST | rules.EDITOR_FIRST | frozenset("12第共")  # first characters line_kind looks further at


@dataclass(frozen=True)
class DocMeta:
    title: str | None = None
    author: str | None = None
    date: str | None = None
    outlet: str | None = None

    def as_dict(self) -> dict[str, str | None]:
        return {"title": self.title, "author": self.author, "date": self.date, "outlet": self.outlet}


def spaced(raw: str, line: Line) -> str:
    """The line with each whitespace run shown as one space (for patterns that need word gaps)."""
    if line.clean:  # (one piece, no whitespace inside: its squeezed text is its raw text, shown as it is)
        return line.sq
    text = " ".join(raw[s:e] for s, e in line.pieces)
    return " ".join(text.split())


def _unlinked(text: str) -> str:
    """``text`` without the link numbers a dump prints ("[12]缩小" → "缩小")."""
    return rules.LINK_MARK.sub("", text) if "[" in text else text


def _debris(raw: str, line: Line) -> bool:
    sq = _unlinked(line.sq)
    if not rules.WORDLIKE.search(sq) or rules.BREADCRUMB.match(sq) or rules.NAVIGATION.match(sq):
        return True
    if len(sq) > 30 or not rules.DEBRIS_START.match(sq.lstrip("【[(（")):  # ("【字体：大 中 小】": a tool row)
        return False
    tokens = [t for t in rules.DEBRIS_SPLIT.split(_unlinked(spaced(raw, line))) if t]
    if len(tokens) >= 4 and tokens[0] in rules.HOME_WORDS and all(len(t) <= 6 for t in tokens):
        return True  # a menu bar that starts at the home page: "首頁 港澳 內地 國際 財經 評論"
    return inline.furniture_tokens(tokens)


def _page_number(line: Line) -> bool:
    """A line already found to be furniture that is a page number on its own ("- 3 -", "第3页")."""
    return line.kind == "debris" and len(line.sq) <= 16 and rules.PAGE_NUMBER.fullmatch(line.sq) is not None


def _furniture(raw: str, line: Line) -> bool:
    """Site or page furniture recognised by its shape: a page number, a breadcrumb or menu bar,
    a toolbar of bracketed items, a copyright footer. Cheap character tests come first."""
    sq = line.sq
    if len(sq) <= 16 and rules.PAGE_NUMBER.fullmatch(sq) and not (sq[-1] in "-－" and sq[0] not in "-－—"):
        # (PAGE_NUMBER allows spaces anywhere: sq will do; "2003-" is the start of a number range
        # that a wrap cut, "2003-" / "04賽季…", not a page number: a page number's dashes flank it)
        return True
    if len(sq) <= 14 and sq[-1] in rules.JUMP_ENDS and rules.JUMP_LINE.fullmatch(sq):
        return True  # a jump line: "（下轉第46頁）", "（上接第41頁）"
    if rules.SENTENCE_END_RE.search(sq.rstrip("。")):
        return False
    if len(sq) <= 40 and "版" in sq and rules.EDITION.search(sq) and rules.DATE.search(sq):
        return True
    if (">" in sq or "»" in sq or "›" in sq) and rules.NAV_TRAIL.fullmatch(spaced(raw, line)):
        return True
    if ("|" in sq or "｜" in sq) and rules.NAV_BAR.fullmatch(_unlinked(spaced(raw, line))):
        return True
    if "】" in sq and rules.TOOLBAR.fullmatch(spaced(raw, line)):
        return True
    return rules.COPYRIGHT.search(sq) is not None and "。" not in sq


def mark_standalone(raw: str, lines: Sequence[Line]) -> None:
    """Set each line's ``kind``: :func:`mark_lines`, then lines printed again and again (running
    headers and footers) become debris."""
    squeezed = _Squeezed(lines)  # (no pass below changes a line's text)
    index = _LineIndex(lines, squeezed=squeezed)  # patterns anchored at a line's start
    short = _LineIndex(lines, _COMMENT_HEAD_MAX, squeezed)  # patterns that only short lines can match
    _text_bullets(raw, lines, index)
    mark_lines(raw, lines, squeezed)
    _mastheads(lines, short)
    if _HEADER_GAP * " " in raw and _HEADER_DATE.search(raw):  # (substring test first: fast)
        _dated_headers(raw, lines)
    if lines and not lines[0].kind and len(lines[0].sq) <= 20 and rules.SECTION_MAST.fullmatch(spaced(raw, lines[0])):
        lines[0].kind = "debris"  # "聯合報 · 綜合新聞" printed once above the title
    page = page_of(raw, lines)  # (None without form feeds)
    _running_heads(lines, page, short, raw)
    _page_edges(raw, lines, page)
    if page is not None:
        _page_tops(raw, lines, page)
    _masthead_top(raw, lines)
    _site_bar(raw, lines)
    if lines and not lines[0].clean and not lines[0].kind:  # (the first line has a space inside: cheap gate)
        _infobox_top(raw, lines)
    _infobox_rows(raw, lines)
    _kickers(lines, short)
    _dot_kickers(lines, short)
    _page_headers(raw, lines, short)
    _menus(raw, lines)
    if index.opens(_BRACKET_FIRST):  # (a line opens with "[": a set test, where "[" in raw scans CJK text slowly)
        _inline_link_menus(lines, index)
    _link_lists(raw, lines, index)
    _author_lines(raw, lines)
    _role_after_names(raw, lines)
    _field_tables(lines, short)
    if _row_hint(raw):  # (two numbers set apart by a gap somewhere: fast)
        _table_rows(raw, lines)
    _quantity_rows(raw, lines)
    _spaced_fields(raw, lines)
    _footnotes(raw, lines, index)
    _comment_heads(raw, lines, short)
    _poster_stamps(lines, short)
    _photo_links(lines, short)
    _link_sections(lines, index)
    _code_lines(raw, lines, index)


_SQ = operator.attrgetter("sq")
_LEVEL = operator.attrgetter("level")
_KIND = operator.attrgetter("kind")
_ITEM = operator.attrgetter("item")
_OPENING = operator.itemgetter(slice(0, 1))  # a text's first character ("" for none)


class _Squeezed:
    """The lines' squeezed texts and their lengths, read once (in C) for every :class:`_LineIndex`
    of a document."""

    __slots__ = ("sqs", "lengths", "firsts")

    def __init__(self, lines: Sequence[Line]) -> None:
        self.sqs = list(map(_SQ, lines))
        self.lengths = list(map(len, self.sqs))
        self.firsts = frozenset(map(_OPENING, self.sqs))  # each line's first character (in C)


class _LineIndex:
    """The lines' squeezed texts joined by "\n" (after a leading "\n"), to find the lines a pattern
    matches in one regex pass instead of a Python loop over every line; lines longer than
    ``max_len`` are left out (empty). ``squeezed``: the lines' :class:`_Squeezed`, where the caller
    has it."""

    def __init__(self, lines: Sequence[Line], max_len: int = 0, squeezed: _Squeezed | None = None) -> None:
        self.max_len = max_len
        squeezed = squeezed or _Squeezed(lines)
        self.firsts = squeezed.firsts
        shown = squeezed.sqs
        if max_len:  # the longer lines (usually few, found in C) shown empty
            longer = list(itertools.compress(itertools.count(), map(max_len.__lt__, squeezed.lengths)))
            if longer:
                shown = shown.copy()
                for i in longer:
                    shown[i] = ""
        self.text = "\n" + "\n".join(shown)

    def opens(self, firsts: frozenset[str]) -> bool:
        """Whether some line may open with one of ``firsts``: a pattern led by the line break and one of them (the
        only characters it matches there) is looked for only then (a set test instead of a scan of the text)."""
        return not self.firsts.isdisjoint(firsts)

    def lines_at(self, pattern: re.Pattern[str] | tuple[re.Pattern[str], ...]) -> list[int]:
        """Indices of the lines in which ``pattern`` (or any of a tuple of patterns: see
        :func:`_literals`) matches (sorted, each once). A match's line is the number of "\n" up to
        it, counted in C from the match before (no table of line starts to build: most patterns
        match on few lines or none)."""
        text = self.text
        if isinstance(pattern, tuple):
            at = sorted({m.start() for p in pattern for m in p.finditer(text)})
        else:
            at = [m.start() for m in pattern.finditer(text)]
        found: list[int] = []
        line, done = -1, 0
        for pos in at:
            line += text.count("\n", done, pos + 1)
            done = pos + 1
            if not found or found[-1] != line:
                found.append(line)
        return found

    def matches(self, pattern: re.Pattern[str]) -> Iterator[tuple[int, re.Match[str]]]:
        """Each match of ``pattern`` with the index of its line, in order."""
        text = self.text
        line, done = -1, 0
        for m in pattern.finditer(text):
            pos = m.start()
            line += text.count("\n", done, pos + 1)
            done = pos + 1
            yield line, m


def _literals(*words: str) -> tuple[re.Pattern[str], ...]:
    """One pattern per word, for :meth:`_LineIndex.lines_at`: the engine finds a literal several
    times faster than a character class or an alternation without a common prefix, so two or three
    literal scans of the index beat one scan for the class (not so for _MARKS's fourteen marks;
    test_segment_fastpaths.py checks each set against the pattern it stands for)."""
    return tuple(re.compile(re.escape(w)) for w in words)


_BUTTON, _FIELD = "(BUTTON)", "___"  # lynx's form button, a text field or a blank to fill in: line_kind looks at them
_FORM_LITERALS = _literals(_BUTTON, _FIELD)
_FIELD_RUN = re.compile("_{3,}")
_LABEL_MAX = 4  # characters of a label before each of a form row's two or more fields ("学校____ 班级____")
_BUTTON_LABEL_MAX = 10  # characters of a label before a form row's first button
_SUBMIT_WORDS = ("搜索", "搜尋", "查询", "查詢", "提交", "登录", "登入", "确定", "確定", "[")  # after a field: a form row
_FORM_FIELD = re.compile(r"[^\W_]_{6,}(?:[^\W_]|\[\d)")  # a field drawn in "_" between two words or a word and a link (lynx: 20 wide)
_META_LAST = frozenset("0123456789月日號号")  # the last characters of mark_lines' three meta lines (a date, a document's number)


def mark_lines(raw: str, lines: Sequence[Line], squeezed: _Squeezed | None = None) -> None:
    """Set each line's ``kind`` to :func:`line_kind`, which is called only past its cheap gates:
    a short line opening with a hanzi that can start no kind word, with no colon or navigation
    mark, is prose; a longer one is looked at only for a copyright footer. (``squeezed``: the
    lines' :class:`_Squeezed`, where the caller has it.)"""
    gate = _GATE
    index = _LineIndex(lines, _FOOTER_MAX, squeezed)  # longer lines are never looked at
    marked, footers = _marks_and_footers(index)
    marked.update(index.lines_at(_FORM_LITERALS))  # (literals: ASCII, found fast in CJK text)
    for i, line in enumerate(lines):
        sq = line.sq
        n, c = len(sq), sq[0]
        if line.level and not line.dup:
            if c in rules.KIND_FIRST:  # a heading made of furniture words: "**** 相关新闻 ****"
                line.kind = line_kind(raw, line)
        elif line.dup or (
            n <= _STANDALONE_MAX
            and (c in gate or not "\u4e00" <= c <= "\u9fff" or i in marked)
            and (c not in _KIND_WORD_ONLY or i in marked or i in footers or rules.KIND_START.match(sq)
                 or (n <= _CAPTION_MAX and sq[-1] in "）)"))  # (else line_kind says "": see _KIND_WORD_ONLY)
        ):
            line.kind = line_kind(raw, line)
        elif i in footers and n <= _FOOTER_MAX and not line.level:
            line.kind = line_kind(raw, line)
        elif not "\u4e00" <= c <= "\u9fff" and not rules.WORDLIKE.search(sq):
            line.kind = "debris"  # a rule drawn across the page: "-----…-----", "=====…====="
        last = sq[-1]
        if n > 30 or last not in _META_LAST:  # (longer lines, and lines with another last character, are none of the three below)
            continue
        if (not line.kind and n <= 24 and "0" <= last <= "9" and not line.level
                and rules.OUTLET_DATED.match(spaced(raw, line))):
            line.kind = "meta"  # "中國時報　2022-11-17": a page header or a dateline, never prose
        elif (n <= 14 and not line.kind and not line.level and (last == "月" or last == "日")
              and rules.HANZI_DATE.fullmatch(sq)):
            line.kind = "meta"  # a report's cover date: "二〇二三年六月", "中華民國一一二年六月"
        elif (last == "號" or last == "号") and not line.kind and not line.level \
                and rules.DOC_NUMBER.fullmatch(sq):
            line.kind = "meta"  # "府授研字第1120030139號" (no mark for the gate above)


def _marks_and_footers(index: _LineIndex) -> tuple[set[int], set[int]]:
    """The lines of ``index`` in which :data:`_MARKS` matches and those in which :data:`_FOOTER_WORDS`
    matches, found in one pass (:data:`_MARK_OR_FOOTER`)."""
    marked: set[int] = set()
    footers: set[int] = set()
    for i, m in index.matches(_MARK_OR_FOOTER):
        found = m.group()
        if len(found) > 1 or found == "©":
            footers.add(i)
        else:
            marked.add(i)
            if found == "版":
                footers.add(i)
    return marked, footers


_BULLET_START = re.compile("\n[" + re.escape("?" + "".join(sorted(rules.BULLETS))) + "]")
_BULLET_FIRSTS = frozenset("?") | rules.BULLETS  # what _BULLET_START matches after the break
# what _INLINE_LINK_START and _LINK_MARK_LINE match after the break ("[" is a byte of U+5Bxx, common hanzi: memchr finds
# false candidates all through CJK text, and a search for "[" runs several times slower than one for most characters)
_BRACKET_FIRST = frozenset("[")


def _text_bullets(raw: str, lines: Sequence[Line], index: _LineIndex) -> None:
    """Lines that open with a bullet written as text and a space ("? 首页", "◎ 第一項…") are list
    items, each the start of a unit, where two or more lines of the document open with that bullet."""
    found = index.lines_at(_BULLET_START) if index.opens(_BULLET_FIRSTS) else []
    if len(found) < 2:
        return
    first = collections.Counter(lines[i].sq[0] for i in found)
    for i in found:
        line = lines[i]
        if first[line.sq[0]] >= 2 and not line.level and rules.TEXT_BULLET.match(raw, line.start):
            line.item = line.hard = True


_COMMENT_HEAD_MAX = 40


_LIST_FIRSTS = "".join(sorted({w[0] for w in rules.LIST_HEADS}))
_LIST_HEAD = re.compile(r"\n(?=[\[*#【［" + _LIST_FIRSTS + "])"  # (a line's first character, the same way, after the break)
                        + r"(?:\[\d{1,4}\])?[*#【［]*"
                        # (the lookahead for the words' first characters turns most lines away in one
                        # test, where the engine would try each word in turn)
                        + "(?=[" + _LIST_FIRSTS + "])"
                        + "(?:" + "|".join(sorted(rules.LIST_HEADS, key=len, reverse=True))
                        + r")[*#：:】］]*(?=\n|$)")  # (also bracketed: "【相關新聞】")
_LIST_HEAD_FIRSTS = frozenset("[*#【［" + _LIST_FIRSTS)  # what _LIST_HEAD admits after the break


def _link_sections(lines: Sequence[Line], index: _LineIndex) -> None:
    """The short lines under the heading of a list of links ("熱門新聞", "看更多", "相關閱讀") are the
    list: debris, one unit per line, up to the first longer line or sentence, or a headline with its
    byline under it. The heading is debris too."""
    n = len(lines)
    for head in index.lines_at(_LIST_HEAD) if index.opens(_LIST_HEAD_FIRSTS) else ():
        lines[head].kind = "debris"
        i = head + 1
        while i < n and len(lines[i].sq) <= _LIST_ITEM_MAX and not lines[i].kind \
                and not rules.SENTENCE_END_RE.search(lines[i].sq) and lines[i].gap <= 1 \
                and not (i + 1 < n and lines[i + 1].kind == "byline"):  # (a headline above its byline ends the list)
            lines[i].kind = "debris"
            i += 1


# a line of ASCII only that calls or assigns (squeezed: "df=df.dropna()", "print(df.head())"; led by "\n": a fast scan)
_CODE_AT = re.compile(r"\n[!-~]*?[=(][!-~]*(?=\n|$)")
_CODE_FIRSTS = frozenset(map(chr, range(ord("!"), ord("~") + 1)))  # what _CODE_AT matches after the break
# a program's line (spaced text): a call or an assignment, an import, a block's opening or closing line
_CODE = re.compile(r"[^\S\n]*(?:[A-Za-z_][\w.\[\]'\"]*[^\S\n]*[-+*/]?=[^=\n].*|[A-Za-z_][\w.]*\(.*\)[;:]?"
                   r"|(?:import|from|def|class|return|#include|package)[^\S\n]+[\w.<>\"#]+.*|[{}];?)[^\S\n]*")
_CODE_MIN = 2  # lines of a program one under the other (a blank line between or none)
_CODE_MAX = 120  # characters of one


def _code_lines(raw: str, lines: Sequence[Line], index: _LineIndex) -> None:
    """A program's lines that a tech blog prints as a code block (``import pandas as pd`` / ``df = pd.read_csv(…)`` /
    ``print(df.head())``): two or more lines in a row (blank lines between or none), each ASCII only, no kind, and
    a call, an assignment, an import or a brace (:data:`_CODE`): debris, one unit per line (no prose of the
    article; an English sentence is neither a call nor an assignment)."""
    found = index.lines_at(_CODE_AT) if index.opens(_CODE_FIRSTS) else []
    if not found:
        return
    n = len(lines)
    at = set()
    for i in found:
        for k in (i - 1, i, i + 1):  # (an import line holds no "=" or "(": looked at beside a line that does)
            if 0 <= k < n:
                at.add(k)
    code = [i for i in sorted(at) if not lines[i].kind and not lines[i].level and len(lines[i].sq) <= _CODE_MAX
            and lines[i].sq.isascii() and _CODE.fullmatch(raw, lines[i].start, lines[i].end)]
    _debris_runs(lines, code, _CODE_MIN)


def _debris_runs(lines: Sequence[Line], found: Sequence[int], least: int, apart: bool = False) -> None:
    """Each run of ``least`` or more consecutive lines among ``found`` (indices in order) becomes debris, one unit a
    line; ``apart``: a blank line above a line ends the run."""
    run: list[int] = []
    for i in [*found, -2]:
        if run and i == run[-1] + 1 and not (apart and lines[i].gap):
            run.append(i)
            continue
        if len(run) >= least:
            for k in run:
                lines[k].kind = "debris"
        run = [i]


_COMMENT_MARK = re.compile("[于於#]")
_POSTER = re.compile("[^发發于於#\\d][^\\s:：]{0,11}(?:发表于|發表於)\\d")  # a name, the word and a date (squeezed line)
_COMMENT_AT = _literals(*"于於#")


_STAMP_AT = re.compile(r":\d\d(?=\n|$)")  # a line that ends with a time of day (led by a literal: a fast scan)
# a name, a date and its time of day: "网友A 2027-01-17 08:12", "小鱼儿 2027-01-17 09:30" (spaced text)
_NAMED_STAMP = re.compile(rf"[^\s\d:：，。！？、；,.!?;]{{1,12}}[ \t\u3000]*(?:{rules.DATE.pattern})")


def _named_stamps(raw: str, lines: Sequence[Line], index: _LineIndex) -> None:
    """Below the first sentence, a line of a name and a date with its time of day and nothing else ("网友A
    2027-01-17 08:12", "博主回复 2027-01-17 10:05") is a comment's header: debris. (An office's sign-off has
    no time of day; a dateline above the article comes before its first sentence; a post's own date,
    "發佈於 2021-04-07 21:38", is rules.POSTED.)"""
    found = index.lines_at(_STAMP_AT)
    if not found:
        return
    prose = next((k for k, ln in enumerate(lines) if len(ln.sq) >= 10 and rules.SENTENCE_END_RE.search(ln.sq)), len(lines))
    for i in found:
        line = lines[i]
        if i > prose and (not line.kind or line.kind == "meta") and not line.level \
                and _NAMED_STAMP.fullmatch(spaced(raw, line)) and not rules.POSTED.fullmatch(line.sq):
            line.kind = "debris"


# a line ending with a date stamped as posted or updated (led by the stamp's words: a fast scan of the index)
_STAMP_END = _literals(*(w + "\n" for w in rules.STAMP_WORDS))
# who posted it and when: a name (a handle, "本房源由经纪人萧文"), "于" or not, the date and the stamp (squeezed line)
_POSTER_STAMP = re.compile(rf"[^\d:：，。！？、；,.!?;]{{1,16}}?(?:于|於)?(?:{rules.DATE.pattern})(?:{'|'.join(rules.STAMP_WORDS)})")


def _poster_stamps(lines: Sequence[Line], index: _LineIndex) -> None:
    """A line of a poster's name and the date the page was posted or updated, nothing else (a blog's
    ``码农小周 于 2024-04-05 08:23:23 发布``, a review's ``慢慢走的风　2024-12-02 更新``, a listing's
    ``本房源由经纪人萧文于 2024年1月25日发布``) is a byline; a date stamp alone (``2023-09-06 发布``) stays meta."""
    for i in index.lines_at(_STAMP_END):
        line = lines[i]
        if not line.kind and not line.level and _POSTER_STAMP.fullmatch(line.sq):
            line.kind = "byline"


_PHOTOS_AT = _literals("查看全部")


def _photo_links(lines: Sequence[Line], index: _LineIndex) -> None:
    """A link to all of a review's photos, the first photo's alt text before it or not (``红烧肉 查看全部12张图片``,
    :data:`rules.MORE_PHOTOS`), is debris, so it never joins the review's last line above it."""
    for i in index.lines_at(_PHOTOS_AT):
        line = lines[i]
        if not line.kind and rules.MORE_PHOTOS.fullmatch(line.sq):
            line.kind = "debris"


def _comment_heads(raw: str, lines: Sequence[Line], index: _LineIndex) -> None:
    """A comment's header ("路人甲於 2023-03-06 留言", "北京网友 发表于 2023-06-02", a floor number
    "4#"; a name and a date with its time under the article's first sentence: :func:`_named_stamps`) is
    debris: comment sections are site furniture."""
    _named_stamps(raw, lines, index)
    found = index.lines_at(_COMMENT_AT)
    if not found:
        return
    prose = next((k for k, ln in enumerate(lines) if len(ln.sq) >= 40 and rules.SENTENCE_END_RE.search(ln.sq)), len(lines))
    poster = False  # the opening post's line above the first prose: "阿福 發表於 2022-1-23 13:27" (a byline)
    for i in found:
        line = lines[i]
        if len(line.sq) <= _COMMENT_HEAD_MAX and (not line.kind or line.kind == "meta") and not line.level \
                and rules.COMMENT_HEAD.fullmatch(spaced(raw, line)):
            if i < prose and line.kind == "meta" and rules.POSTED.fullmatch(line.sq):
                continue  # "发表于 2020-01-07" above the article's first prose: the article's own date (meta)
            if i < prose and not poster and _POSTER.match(line.sq):
                line.kind, poster = "byline", True
                continue
            line.kind = "debris"


_NOTE_MAX = 120  # characters of a footnote line
_NOTE_LOOKBACK = 20000  # characters before a footnote in which its mark is looked for


_NOTE_START = re.compile(r"\n(?:\[\d|[①-⑳])")
_NOTE_FIRSTS = frozenset("[" + "".join(map(chr, range(ord("①"), ord("⑳") + 1))))  # what _NOTE_START matches after the break


def _footnotes(raw: str, lines: Sequence[Line], index: _LineIndex) -> None:
    """A footnote: a line that opens with a note mark ("[3] 資料來源：…", "① 资料来源：…") which the
    text used earlier inside a line ("…最大的貨櫃船[3]。"). Debris (not article text)."""
    for i in index.lines_at(_NOTE_START) if index.opens(_NOTE_FIRSTS) else ():
        line = lines[i]
        if line.kind or line.level or len(line.sq) > _NOTE_MAX \
                or not (line.sq[-1] in "。.)）" or "：" in line.sq or ":" in line.sq):
            continue  # (a note is a sentence or names a source: "[3] 資料來源：…")
        m = rules.NOTE_MARK.match(line.sq)
        if m is None or len(line.sq) - m.end() < 4:
            continue
        at = raw.rfind(m.group(), max(0, line.start - _NOTE_LOOKBACK), line.start)
        if at > 0 and raw[at - 1] not in "\n\r \t\u3000":  # used inside a line, not opening one
            line.kind = "debris"


_ROW_CELLS = 3  # cells of a table row that an extract printed on one line, set apart by spaces
_ROW_CHARS = 40
_PROSE_MARK = re.compile("[，、；：:]")
_ROW_HINT = re.compile(r"\d%?[ \t\u3000]+[-+−]?\d")
# _ROW_HINT as three patterns that each open with a literal (the gap's first character) and look
# back for the number: found about ten times faster than _ROW_HINT, which the engine scans for by class
# (tests/annotate/test_segment_fastpaths.py checks that they find what _ROW_HINT finds).
_ROW_HINTS = tuple(re.compile(gap + rf"(?:(?<=\d{gap})|(?<=\d%{gap}))[ \t\u3000]*[-+−]?\d") for gap in " \t\u3000")


def _row_hint(raw: str) -> bool:
    """Whether :data:`_ROW_HINT` matches somewhere in ``raw``. (A tab is looked for first, in C: most
    texts have none, and the search for one costs a tenth of the pattern's pass.)"""
    space, tab, ideographic = _ROW_HINTS
    return bool(space.search(raw) or ("\t" in raw and tab.search(raw)) or ideographic.search(raw))


def _table_rows(raw: str, lines: Sequence[Line]) -> None:
    """Two or more consecutive lines of three or more cells set apart by spaces, two or more of them
    numbers ("营业收入（万元） 89,002 31,951 14.97%"), are a table's rows; so is the line of three or
    more short cells right above them (its header row: "项目 2023年 2022年 增减", which would
    otherwise join the section heading above it). Debris, one unit per line."""
    rows = [False] * len(lines)
    for i, ln in enumerate(lines):
        sq = ln.sq
        if (ln.kind or ln.level or (len(sq) > _ROW_CHARS and len(sq) - sq.count(",") > _ROW_CHARS
                                    and display_width(sq) > _ROW_CHARS)
                or rules.SENTENCE_END_RE.search(sq) or _PROSE_MARK.search(sq)):
            continue  # (a line of prose set apart by spaces has commas: "集群43家，总数达到152家，…")
            # (a figure's thousands separators take no room: "归属于上市公司股东的净利润 118,559,874 650,365,365 -1.53%";
            # nor do its half-width digits take a hanzi's: "… 156,220,391.88 132,905,776.12 17.54%", 43 characters)
        if len(ln.pieces) == 1 and " " not in raw[ln.start:ln.end] and "\t" not in raw[ln.start:ln.end]:
            continue
        cells = spaced(raw, ln).split()
        rows[i] = len(cells) >= _ROW_CELLS and sum(bool(rules.NUMBER_CELL.fullmatch(c)) for c in cells) >= 2
    i = 0
    while i < len(lines):
        if not rows[i]:
            i += 1
            continue
        j = i
        while j < len(lines) and rows[j]:
            j += 1
        if j - i >= 2:
            for ln in lines[i:j]:
                ln.kind = "debris"
            head = lines[i - 1] if i else None
            if (head is not None and not head.kind and not head.level and len(head.sq) <= _ROW_CHARS
                    and not rules.SENTENCE_END_RE.search(head.sq) and len(spaced(raw, head).split()) >= _ROW_CELLS):
                head.kind = "debris"
        i = j


_QUANTITY_ROW = re.compile(r"[\u4e00-\u9fff]{1,8}[ \t\u3000]+\d[\d.]*[\u4e00-\u9fffA-Za-z]{0,3}")
_QUANTITY_ROWS = 3
_QUANTITY_LEN = 12  # characters of a row at most
# a row ending a line somewhere, as three patterns that each open with a literal (the gap's first character;
# the hanzi before it looked behind for): ten times faster than one pattern opening with the hanzi's class
_QUANTITY_AT = tuple(re.compile(gap + rf"(?<=[\u4e00-\u9fff]{gap})[ \t\u3000]*\d[\d.]*[\u4e00-\u9fffA-Za-z]{{0,3}}[ \t]*\r?\n")
                     for gap in " \t\u3000")


def _quantity_rows(raw: str, lines: Sequence[Line]) -> None:
    """Three or more consecutive lines of two cells, a name and a quantity set apart by spaces
    (``五花肉 500克`` / ``冰糖  30克`` / ``生抽  2勺``: a recipe's ingredients, a table a dump printed as
    rows): debris, one unit per line, like :func:`_table_rows`' rows."""
    found = 0
    # (three such rows ending lines somewhere: fast; the tab's pattern only where a tab is, found in C)
    for pattern in _QUANTITY_AT if "\t" in raw else _QUANTITY_AT[::2]:
        for _ in pattern.finditer(raw):
            found += 1
            if found >= _QUANTITY_ROWS:
                break
        if found >= _QUANTITY_ROWS:
            break
    if found < _QUANTITY_ROWS:
        return
    # the rows, each line tested once (the short ones, found in C); a run of them ends at a blank line or another line
    rows = [i for i in itertools.compress(itertools.count(), map(_QUANTITY_LEN.__ge__, map(len, map(_SQ, lines))))
            if not lines[i].kind and not lines[i].level and _QUANTITY_ROW.fullmatch(raw, lines[i].start, lines[i].end)]
    _debris_runs(lines, rows, _QUANTITY_ROWS, apart=True)


_FIELDS_MIN = 3
_FIELD_MAX = 30  # characters of a metadata table's row


_COLON = re.compile("[:：]")
_COLON_AT = _literals(":", "：")


def _field_tables(lines: Sequence[Line], index: _LineIndex) -> None:
    """Three or more consecutive short "label：value" lines are a metadata table ("索引号：…" /
    "发布机构：…" / "发文日期：…" / "主题分类：…"), two of them with labels that are no credit: debris,
    one unit per line. Bylines keep their kind."""
    colons = [i for i in index.lines_at(_COLON_AT) if len(lines[i].sq) <= _FIELD_MAX]
    runs: list[list[int]] = []
    for i in colons:  # consecutive lines with a colon (usually none or a few)
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        fields = [lines[i] for i in run]
        if len(fields) >= _FIELDS_MIN and not any(ln.level for ln in fields) \
                and field_table([ln.kind for ln in fields], [ln.sq for ln in fields]):
            for field in fields:
                field.kind = "debris"


def field_table(kinds: Sequence[str], sqs: Sequence[str]) -> bool:
    """Are these consecutive short lines (kinds as the line rules gave them, "" for none; texts without
    whitespace) a metadata table: three or more "label：value" fields (``rules.FIELD``), none with a kind
    but ``meta``, two or more with none (not a block of credits)? The HTML reader asks it of its blocks."""
    return len(sqs) >= _FIELDS_MIN and all(k in ("", "meta") for k in kinds) and sum(not k for k in kinds) >= 2 \
        and all(rules.FIELD.fullmatch(sq) for sq in sqs)


_SPACED_FIELD = re.compile(r"[^\S\n]*([\u4e00-\u9fff]{4})[ \t\u3000]+[^\s:：。！？；]{1,24}[^\S\n]*")
# two such lines one under the other somewhere in the text (the cheap test before the line loop)
_SPACED_FIELD_PAIR = re.compile(r"[^\S\n]*[\u4e00-\u9fff]{4}[ \t\u3000]+[^\s:：。！？；]{1,24}[^\S\n]*\r?\n[^\S\n]*[\u4e00-\u9fff]{4}[ \t\u3000]")
# the same pair past a "\n" (the text's first line is tried with .match): a pattern that opens with a
# literal is searched for several times faster than one that opens with "^" under re.MULTILINE
_SPACED_FIELD_PAIR_NL = re.compile("\n" + _SPACED_FIELD_PAIR.pattern)


def _spaced_fields(raw: str, lines: Sequence[Line]) -> None:
    """Two or more consecutive lines of a metadata table printed without colons, each a
    four-character label, a space and a short value, the labels sharing their first two characters
    ("發布單位 高雄市政府觀光局" / "發布日期 112-01-03"): debris, one unit per line."""
    if not (_SPACED_FIELD_PAIR.match(raw) or _SPACED_FIELD_PAIR_NL.search(raw)):  # (one pass: most texts have no such pair)
        return
    run: list[tuple[Line, str]] = []
    for line in [*lines, None]:
        m = None
        if (line is not None and not line.clean and not line.kind and not line.level and len(line.sq) <= 30
                and line.sq[0] >= "\u4e00"):  # (a clean line has no space inside)
            m = _SPACED_FIELD.fullmatch(raw, line.start, line.end)
        if m and run and not line.gap and m.group(1)[:2] == run[-1][1][:2]:
            run.append((line, m.group(1)))
            continue
        if len(run) >= 2:
            for field, _ in run:
                field.kind = "debris"
        run = [(line, m.group(1))] if m else []


_AUTHORS_WITHIN = 12  # lines from the top
_ROLE_AFTER = "撰编編著译譯印"  # the role printed after an author's name: "钱华娜 著", "臺中市政府研究考核處 撰", "…編印"


_MARKED_NAME = re.compile(rf"[\u4e00-\u9fff]{{2,3}}(?=[{rules.AFFILIATION_MARK}])")


_HANZI_WORD = re.compile("[\u4e00-\u9fff]{2,14}")


def author_names(text: str) -> bool:
    """``text`` (one printed piece) is an author line: two to five names set apart by spaces (``周文斌　李建国``), or
    each with its affiliation's number (``陈晓燕1，赵雅琴2``), every name opening with a common surname. Read by the
    text route (:func:`_author_lines`) and the native readers' title block (``readers.common``)."""
    return bool(rules.AUTHOR_NAMES.fullmatch(text) and all(name[0] in rules.SURNAMES for name in text.split())
                or rules.AUTHOR_MARKED.fullmatch(text)
                and all(name[0] in rules.SURNAMES for name in _MARKED_NAME.findall(text)))


def _author_lines(raw: str, lines: Sequence[Line]) -> None:
    """A journal article's author line near the top, right under its title: names set apart by
    spaces and nothing else ("周文斌 李建国") is a byline, unless a byline follows it (then it is the
    title: "琴娜 杜普洛" / "撰文：陈静")."""
    top = lines[:_AUTHORS_WITHIN + 1]
    for prev, line, nxt in zip(top, top[1:], [*top[2:], None], strict=False):
        if (not line.kind and not line.level and len(line.pieces) == 1 and len(line.sq) <= 15 and not prev.kind
                and (nxt is None or nxt.kind != "byline")
                and len(prev.sq) <= HEADING_MAX and not rules.SENTENCE_END_RE.search(prev.sq)
                and author_names(raw[line.pieces[0][0]:line.pieces[0][1]])):
            line.kind = "byline"  # ("陈晓燕1，赵雅琴2": each name with its affiliation's number)
    f = next((k for k, ln in enumerate(top) if ln.kind != "debris"), len(top))  # the first line past a folio
    if f + 2 < len(top) and not top[f].kind and top[f + 1].kind == "meta" and not top[f + 2].kind and len(top[f + 2].sq) <= 20:
        # a speaker under a speech's title and date: "在城市閱讀節開幕式上的致辭" / "（2021年11月27日）" /
        # "臨江市副市長　康建俊" (the office, a gap, a name that opens with a common surname)
        words = raw[top[f + 2].start:top[f + 2].end].split()
        if (len(words) == 2 and 2 <= len(words[1]) <= 3 and words[1][0] in rules.SURNAMES
                and _HANZI_WORD.fullmatch(words[0]) and _HANZI_WORD.fullmatch(words[1])):
            top[f + 2].kind = "byline"
        elif f + 3 < len(top) and _HANZI_WORD.fullmatch(top[f + 2].sq) and _one_name(top[f + 3]):
            top[f + 2].kind = top[f + 3].kind = "byline"  # (the office and the name on lines of their own, default mode)
    t = next((k for k, ln in enumerate(top) if ln.kind not in ("debris", CONTINUED)), len(top))  # (past a running header too)
    if t + 3 < len(top) and not _title_byline(top, t):
        _title_byline(top, t + 1)  # (the title under its issuer's line: "江州交响乐团" / "“春之声”新年音乐会" / "指挥" / "林思远")
    elif t + 2 < len(top):
        _title_byline(top, t)
    for line in top:  # a report's author or publisher before the role: "臺中市政府研究考核處 撰", "…編印"
        if (not line.kind and not line.level and len(line.sq) <= 20 and line.sq[-1] in _ROLE_AFTER
                and rules.AUTHOR_ROLE_AFTER.fullmatch(spaced(raw, line))):
            line.kind = "byline"
    # the names an extract put on lines of their own ("六十进制研究述评" / "袁春梅" / "彭冠宇"): two to
    # five consecutive lines of one 2–3-character name each, opening with a common surname
    k = 1
    while k < len(top):
        run = k
        while run < len(top) and _one_name(top[run]):
            run += 1
        if 2 <= run - k <= 5 and not top[k - 1].kind and len(top[k - 1].sq) <= HEADING_MAX \
                and not rules.SENTENCE_END_RE.search(top[k - 1].sq) and (run == len(lines) or lines[run].kind != "byline"):
            for line in top[k:run]:
                line.kind = "byline"
        k = run + 1




def _title_byline(top: Sequence[Line], f: int) -> bool:
    """The author under the title on a line of its own, as a default-mode extract prints the title block: the office
    right under the title and one name opening with a common surname alone on its line, a blank line after it
    ("2024年度述职报告" / "生产技术部经理" / "许丽敏"; not across a blank line: an edition, "社区图书角志愿服务手册" / "" /
    "第二版" / "" / "周宁", a web page): a byline, the office with it. ``top[f]``: the title, the first line that is no
    furniture, heading-short, no sentence in it. (A name alone has no such sign: a short word opening with a surname's
    character; a name with its role after it is :func:`_role_after_names`'.)"""
    title = top[f]
    if title.kind or title.level or len(title.sq) > HEADING_MAX or rules.SENTENCE_END_RE.search(title.sq):
        return False
    office, name = top[f + 1], top[f + 2]
    if (office.kind or office.gap or not _HANZI_WORD.fullmatch(office.sq) or _one_name(office) or not _one_name(name)
            or (f + 3 < len(top) and not top[f + 3].gap)):
        return False
    office.kind = name.kind = "byline"
    return True


_ROLE_LINE = re.compile(rf"^[ \t\u3000]*[{_ROLE_AFTER}][ \t\u3000]*\r?$", re.M)  # a role alone on its line: "著"
# _ROLE_LINE past the first line: led by the line break and a lookahead for the line's first character, it is found
# several times faster than "^" under re.MULTILINE, which the engine tries at every character
_ROLE_LINE_NL = re.compile(rf"\n(?=[ \t\u3000{_ROLE_AFTER}])[ \t\u3000]*[{_ROLE_AFTER}][ \t\u3000]*\r?$", re.M)


def _role_after_names(raw: str, lines: Sequence[Line]) -> None:
    """A name alone on its line right under a heading-short line (a title, a book's title in a list) with a role alone
    on a line within two lines after it, blank lines between (default mode's blocks of one printed line
    "钱华娜   著" under "山河集（选章）", "陈启航 著 科学普及出版社" under "《星图与航海》"): the name and the role
    are a byline. Looked for only where some line is a role alone (:data:`_ROLE_LINE`, one search)."""
    if _ROLE_LINE_NL.search(raw) is None and _ROLE_LINE.match(raw) is None:  # (_ROLE_LINE.search(raw), faster)
        return
    for r, role in enumerate(lines):
        if len(role.sq) != 1 or role.sq not in _ROLE_AFTER or role.kind not in ("", "debris") or r < 2:
            continue
        for k in (r - 1, r - 2):
            name, head = lines[k], lines[k - 1]
            if (k >= 1 and _one_name(name) and not name.gap and lines[k + 1].gap and not head.kind and not head.level
                    and len(head.sq) <= HEADING_MAX and not rules.SENTENCE_END_RE.search(head.sq)):
                name.kind = role.kind = "byline"
                break


def _one_name(line: Line) -> bool:
    return not line.kind and not line.level and rules.lone_name(line.sq)


_MENU_ITEM_MAX = 8
_LIST_ITEM_MAX = 30


def _menus(raw: str, lines: Sequence[Line]) -> None:
    """Lists that are page furniture: a run of three or more short list items without a
    sentence (a menu: "• 首页" "• 新闻中心" "• 国内"), or list items right under a debris line
    or a heading made of furniture words ("相关新闻" then "* 光明日报：新一期专题报道发布")."""
    if not any(map(_ITEM, lines)):  # (most texts: no list item; looked for in C)
        return
    n = len(lines)
    i = 0
    while i < n:
        if not lines[i].item:
            i += 1
            continue
        j = i
        while j < n and lines[j].item and not lines[j].kind and len(lines[j].sq) <= _LIST_ITEM_MAX \
                and not rules.SENTENCE_END_RE.search(lines[j].sq, lines[j].sq[0] == "?"):  # ("? 首页": a bullet)
            j += 1
        run = lines[i:j]
        before = lines[i - 1] if i else None
        if before is not None and i >= 2 and anchor_mark(before):
            before = lines[i - 2]  # (a heading's permalink cut off its line: the heading above it, review32 F3)
        after_furniture = before is not None and (before.kind == "debris" or (before.level and _debris(raw, before)))
        if run and (after_furniture or (len(run) >= 3 and all(len(ln.sq) <= _MENU_ITEM_MAX for ln in run))):
            for line in run:
                line.kind = "debris"
        i = max(j, i + 1)


# a link's address printed inline before its text (lynx -list_inline) at a line's start
_INLINE_LINK_START = re.compile(rf"\n\[{rules.LINK_SCHEME}")
_INLINE_LINK_ITEM = re.compile(rules.inline_link(_MENU_ITEM_MAX))


def _inline_link_menus(lines: Sequence[Line], index: _LineIndex) -> None:
    """A menu that ``lynx -list_inline`` printed one link a line, each its address in brackets and a short text
    (``[https://www.lvxingjia.com/]旅行家`` / ``[https://…/gl/]攻略`` / …): three or more such lines one under
    another, each no more than that and no sentence, are debris, one unit a line (the addresses make them long
    enough to pass for a paragraph's wrapped lines)."""
    found = [i for i in index.lines_at(_INLINE_LINK_START)
             if not lines[i].kind and (m := _INLINE_LINK_ITEM.fullmatch(lines[i].sq)) is not None
             and not rules.SENTENCE_END_RE.search(m.group(1))]
    _debris_runs(lines, found, 3, apart=True)


_MASTHEAD_PIECE = 12  # characters
_HEADER_GAP = 6  # spaces between a page header's text and its date, set flush right
_HEADER_DATE = re.compile(rf"[ \t\u3000]{{{_HEADER_GAP}}}(?:19|20)\d\d")
_DATED_HEADER = re.compile(rf"[^\S\n]*\S[^\n]*?\S[ \t\u3000]{{{_HEADER_GAP},}}(?:{rules.DATE.pattern})[ \t\u3000]*")


def _dated_headers(raw: str, lines: Sequence[Line]) -> None:
    """A page header printed by a browser's "save as text" or a print layout: a title (often cut
    short: "绝对SuperStar (第一届 - 网页另存为文本") and a date set flush right after a wide run of
    spaces, on one line of at most 60 characters with no sentence in it, is debris."""
    for line in lines:
        sq = line.sq
        if (not line.kind and "0" <= sq[-1] <= "9" and len(sq) <= _STANDALONE_MAX
                and "   " in raw[line.start:line.end] and not rules.SENTENCE_END_RE.search(sq)
                and _DATED_HEADER.fullmatch(raw, line.start, line.end)):
            line.kind = "debris"


_FLOOR = re.compile(r"#\d{1,4}|\d{1,4}#|\d{1,4}[楼樓]")  # a reply's floor number


_WEEKDAY_WORD = re.compile(rules.WEEK_WORDS)
# a masthead's piece that an extract may print on a line of its own: a date, a weekday, the paper's
# name, a page label ("A6", "A6生活新聞"; squeezed line)
_MASTHEAD_WORD = re.compile(rf"{rules.DATE.pattern}|{rules.WEEKDAY.pattern}|{rules.PAPER_NAME.pattern}|[A-Z]\d{{1,2}}[\u4e00-\u9fff]{{0,4}}")
_WEEKDAY_AT = _literals(*_WEEKDAY_WORD.pattern.split("|"))


def _mastheads(lines: Sequence[Line], index: _LineIndex) -> None:
    """A newspaper masthead that an extract printed on lines of its own: a weekday line (with or
    without its date) and up to three short lines before it (the paper's name, the date) are one
    debris unit, even where the page prints it only once."""
    # (only short lines holding a weekday word are looked at: found in one pass; ``index`` leaves
    # out lines longer than _COMMENT_HEAD_MAX, and a masthead line has at most 20 characters)
    for i in index.lines_at(_WEEKDAY_AT):
        line = lines[i]
        sq = line.sq
        if len(sq) > 20:  # (the index found a weekday word in it)
            continue
        if line.kind not in ("", "meta") or not (rules.WEEKDAY.fullmatch(sq) or rules.DATED_MASTHEAD.fullmatch(sq)):
            continue
        j = i
        while j > 0 and i - j < 3 and lines[j - 1].kind in ("", "meta") and not lines[j - 1].level \
                and len(lines[j - 1].sq) <= _MASTHEAD_PIECE and not rules.SENTENCE_END_RE.search(lines[j - 1].sq):
            j -= 1
        # a line that is no date, paper's name or page label, printed between the masthead's date and
        # its weekday ("聯合報" / "2023年4月10日" / "網易" / "星期日": the page's headline, set on the
        # masthead's row), is no piece of it: it keeps its kind and the pieces around it are units
        stray = next((k for k in range(j + 1, i) if rules.DATE.fullmatch(lines[k - 1].sq)
                      and not _MASTHEAD_WORD.fullmatch(lines[k].sq)), -1)
        for k in range(j, i + 1):
            if k != stray:
                lines[k].kind = "debris" if k in (j, stray + 1) else CONTINUED
        # the strip's pieces after the weekday, on lines of their own ("星期六" / "农历癸卯年" / "第18229期" / "今日16版")
        k = i + 1
        while k < len(lines) and k - i <= 3 and not lines[k].kind and not lines[k].level and _MASTHEAD_AFTER.fullmatch(lines[k].sq):
            lines[k].kind = CONTINUED
            k += 1


_MASTHEAD_AFTER = re.compile(r"(?:农历|農曆)[\u4e00-\u9fff]{2,6}|第\d{1,6}[期號号]|(?:今日|本期|共)\d{1,3}[版頁页]")  # after the weekday


_INFOBOX_ROW = re.compile(r"(?!第)([\u4e00-\u9fff]{2,4})[ \u3000]+[^\s，。；：:！？、,;]{1,20}")  # "中文名 中华人民共和国人权"


def _infobox_top(raw: str, lines: Sequence[Line]) -> None:
    """A wiki page's infobox that ``pdftotext -raw`` printed above the title, a row a line (``中文名 中华人民共和国人权``
    / ``所属类别 文化``): from the document's first line, two or more consecutive lines, each a label of two to four
    hanzi (not ``第…``), a space and a short value without punctuation, the labels different, are debris, one unit
    each, not the title's first lines."""
    run = _box_run(raw, lines[:_TOP_LINES])
    if len(run) >= 2:
        for line in run:
            line.kind = "debris"


def _box_run(raw: str, rows: Sequence[Line]) -> list[Line]:
    """The infobox rows that open ``rows``: consecutive lines with no kind, level or clean text, no blank line
    between them, each ``_INFOBOX_ROW`` (a label, a space, a short value) with a label not used before."""
    run: list[Line] = []
    labels = set()
    for row in rows:
        if row.kind or row.level or row.clean or (run and row.gap):
            break
        m = _INFOBOX_ROW.fullmatch(spaced(raw, row))
        if m is None or m.group(1) in labels:
            break
        labels.add(m.group(1))
        run.append(row)
    return run


def _infobox_rows(raw: str, lines: Sequence[Line]) -> None:
    """A wiki page's infobox printed as rows under its caption before the article's first prose (lynx, w3m,
    html2text: ``舊城區`` / ``類型 歷史地區`` / ``設立 1879年``): two or more consecutive lines, each a label of two to
    four hanzi (not ``第…``), a space and a short value without punctuation, the labels different, right under a
    short line without punctuation or gap inside (the box's caption, no row itself) and with no line right under them (a blank line, the
    box's end): debris, one unit each (dev10)."""
    n = len(lines)
    i = 1
    while i < min(n, _BOX_LINES):
        line = lines[i]
        if len(line.sq) >= 40 and rules.SENTENCE_END_RE.search(line.sq):
            return  # the first prose: the box stands above it
        if line.clean or line.kind or line.level or line.gap:
            i += 1
            continue
        above = lines[i - 1]
        run = _box_run(raw, lines[i:i + _BOX_ROWS])
        end = i + len(run)
        if len(run) >= 2 and above.clean and len(above.sq) <= _CAPTION_MAX // 2 and not rules.PUNCT.search(above.sq) \
                and (end == n or lines[end].gap):
            for row in run:
                row.kind = "debris"
        i = max(end, i + 1)


_BOX_LINES = 30  # lines at the top of a page that an infobox may stand among
_BOX_ROWS = 12  # rows of an infobox
_TOP_LINES = 4  # lines at the top of a document that a masthead may take
_PAPER_NAME_MAX = 17  # characters: a paper's name and a date
_ISSUE_HEADER_MAX = 32  # characters: a publication's name and its issue date (rules.ISSUE_HEADER)


def _masthead_top(raw: str, lines: Sequence[Line]) -> None:
    """A newspaper masthead at the top of a PDF extract, printed once, which an extract may put right
    above the title: the paper's name (with or without the date) alone on the first line
    ("南海都市报" / "王爱爱"), its registration and issue lines ("国内统一连续出版物号 CN 32-0001"), and a
    page label (an edition code and a section, "A8 国际", "第A3版 要闻", "國際新聞 A3") on one of the
    first four lines, are debris; so are a journal's name and issue on the first line ("《历史研究》
    2022年第3期"), a paper's name and section above a headline and its byline ("南方周末 综合新闻"), and
    the authors and title printed as a running header above the title ("陈晓燕等：阿森松岛研究")."""
    for line in lines[:_TOP_LINES]:  # the registration and issue lines under the paper's name
        if (not line.kind and not line.level and len(line.sq) <= _STANDALONE_MAX and not rules.SENTENCE_END_RE.search(line.sq)
                and ("CN" in line.sq or "ISSN" in line.sq or "期" in line.sq or "版" in line.sq)
                and (rules.SERIAL_NUMBER.search(spaced(raw, line)) or rules.ISSUE_LINE.match(spaced(raw, line)))):
            line.kind = "debris"  # "国内统一连续出版物号 CN 32-0001", "2021年6月13日 星期日 农历癸卯年 第19668期 今日16版"
    for k, line in enumerate(lines[:_TOP_LINES]):
        sq = line.sq
        if k == 0 and len(lines) > 1 and _issue_header(raw, line):
            line.kind = "debris"  # "第九届全国青年史学论坛论文集 2021年10月" above the title
            continue
        if k == 0 and not line.kind and not line.level and len(lines) > 2 and len(sq) <= 12 and lines[2].kind == "byline" \
                and _headline(lines[1]) and rules.PAPER_SECTION.fullmatch(spaced(raw, line)):
            line.kind = "debris"  # "南方周末 综合新闻" / "成公英" / "文/陈静": the paper and its page's section
            continue
        if (not line.kind and not line.level and k + 1 < len(lines) and len(lines[k + 1].sq) >= 2
                and len(sq) > len(lines[k + 1].sq) + 1 and sq.endswith(lines[k + 1].sq)
                and sq[-len(lines[k + 1].sq) - 1] in ":：" and len(sq) <= _ISSUE_HEADER_MAX):
            line.kind = "debris"  # "陈晓燕等：阿森松岛研究" over "阿森松岛研究": the authors and title as a running header
            continue
        if line.kind or line.level or len(sq) > _PAPER_NAME_MAX:
            continue
        if k == 0 and len(lines) > 1 and rules.PAPER_NAME.fullmatch(sq) and (
                rules.DATE.search(sq) or any(_masthead_company(raw, ln) for ln in lines[1:_TOP_LINES])):
            line.kind = "debris"
        elif "A" <= sq[0] <= "Z" and len(sq) <= 6 and rules.PAGE_LABEL.fullmatch(spaced(raw, line)):
            line.kind = "debris"
        elif ("版" in sq or "A" <= sq[-1] <= "Z" or "0" <= sq[-1] <= "9") and len(sq) <= 10 \
                and rules.EDITION_LABEL.fullmatch(spaced(raw, line)) and k + 1 < len(lines) and _headline(lines[k + 1]):
            line.kind = "debris"  # "第A3版 要闻", "國際新聞 A3" above the headline


_BAR_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,6}")
_BAR_SPLIT = re.compile(r"[ \t\u3000]+")


def _site_bar(raw: str, lines: Sequence[Line]) -> None:
    """A site's bar at the top of a web dump, its first line with a kind-less line (only debris above
    it), right above a short headline: four or more words of two to six hanzi or letters set apart
    by spaces, nothing else (``人力銀行 找工作 找公司 會員登入``), or a site's name before a menu bar
    that opens at the home page (``观澜评论 首页 | 评论 | 专栏 | 登录``). Debris, so it never joins
    the headline under it (a dump may print no blank line between them, or wrap the bar at its width)."""
    for k, line in enumerate(lines[:_TOP_LINES + 2]):
        if line.kind == "debris":
            continue
        sq = line.sq
        if line.kind or line.level or len(sq) > _STANDALONE_MAX or k + 1 >= len(lines) or not _headline(lines[k + 1]):
            return
        text = spaced(raw, line)
        words = _BAR_SPLIT.split(text.strip())
        if len(words) >= 4 and all(_BAR_WORD.fullmatch(w) for w in words):
            line.kind = "debris"
        elif ("|" in sq or "｜" in sq) and ((len(words) >= 2 and words[1][:3].rstrip("|｜") in rules.HOME_WORDS
                                            and rules.NAV_BAR.fullmatch(_unlinked(text.split(None, 1)[1])))
                                           or _glued_home(_unlinked(sq))):
            line.kind = "debris"
        return


_FIRST_ITEM = re.compile(r"[^|｜]+")


def _glued_home(sq: str) -> bool:
    """A site's name and a menu bar opening at the home page, read without whitespace (OCR-like spaces
    moved the word breaks: ``观澜评论首 页 | 评论 | 专栏 | 登录``, ``今日观察网 首页 | 评论 | 专 栏 | 登录``): the
    squeezed line is a menu bar whose first item is a name of two or more characters and a home word."""
    first = _FIRST_ITEM.match(sq)
    if first is None:
        return False
    item = first.group()
    return (any(item.endswith(h) and len(item) >= len(h) + 2 for h in rules.HOME_WORDS)
            and rules.NAV_BAR.fullmatch(sq) is not None)


def _issue_header(raw: str, line: Line) -> bool:
    """A line without a kind that is a publication's name and its issue (:data:`rules.ISSUE_HEADER`)."""
    sq = line.sq
    return (not line.kind and not line.level and len(sq) <= _ISSUE_HEADER_MAX
            and ("0" <= sq[-1] <= "9" or sq[-1] in "月日期卷號号") and rules.ISSUE_HEADER.fullmatch(spaced(raw, line)) is not None)


_KICKER_AT = re.compile(r"\n[\u4e00-\u9fff]{2,8}+[｜|/／]")  # (possessive, as rules.OUTLET_DATED_AT)


def _kickers(lines: Sequence[Line], index: _LineIndex) -> None:
    """A section kicker right above a short headline ("特別企劃｜城鄉誌月刊" / "拜占庭帝國", "專欄/觀點" /
    "凡爾賽宮：你不可不知的事"): two or three short names joined by a bar or a slash, debris (never the
    headline's first line)."""
    for i in index.lines_at(_KICKER_AT):
        line = lines[i]
        if (not line.kind and not line.level and i + 1 < len(lines) and len(line.sq) <= 26
                and rules.KICKER.fullmatch(line.sq) and _headline(lines[i + 1]) and len(lines[i + 1].sq) >= 2):
            line.kind = "debris"


_DOT_KICKER_AT = re.compile(r"\n[\u4e00-\u9fff]{2,4}[·・][\u4e00-\u9fff]{2,4}(?=\n|$)")  # "聚焦·基层", the whole line


def _dot_kickers(lines: Sequence[Line], index: _LineIndex) -> None:
    """A section kicker of two words joined by a middle dot ("聚焦·基层") between the page's masthead or header
    (debris) and a short headline: debris. (A name with a dot, "约翰·列侬", may be a headline's first line: only
    under furniture is the line a kicker.)"""
    if "·" not in index.text and "・" not in index.text:  # (a substring test first: fast)
        return
    for i in index.lines_at(_DOT_KICKER_AT):
        line = lines[i]
        if (i and lines[i - 1].kind == "debris" and not line.kind and not line.level and i + 1 < len(lines)
                and _headline(lines[i + 1]) and len(lines[i + 1].sq) >= 2):
            line.kind = "debris"


def _headline(line: Line) -> bool:
    """A short line that may be a headline: no kind, no markup, no sentence, not a subtitle."""
    return (not line.kind and not line.level and len(line.sq) <= _PAPER_NAME_MAX and line.sq[0] not in "—-－"
            and not rules.SENTENCE_END_RE.search(line.sq))


def _masthead_company(raw: str, line: Line) -> bool:
    """A line that a newspaper's name keeps at the top of its front page: a byline, a date or a
    page label (so a report titled "工作简报" is no masthead)."""
    if line.kind == "byline" or line.kind == "debris" or "记者" in line.sq or "記者" in line.sq:
        return True
    return bool(len(line.sq) <= _PAPER_NAME_MAX and (rules.DATE.search(line.sq) or rules.PAGE_LABEL.match(spaced(raw, line))))


def _page_headers(raw: str, lines: Sequence[Line], index: _LineIndex) -> None:
    """A newspaper page header that a later page prints once (so it does not repeat): its page label
    and its date, with or without the paper's name ("B7 焦点  2023-05-01 华东商报"), is debris; so is
    an outlet and a date right above or below a page number (a journal's page header or footer)."""
    for i in index.lines_at(rules.PAGE_HEADER_AT):
        line = lines[i]
        if not line.kind and not line.level and rules.PAGE_HEADER.fullmatch(spaced(raw, line)):
            line.kind = "debris"
    # an outlet and a date on a line of their own right above or below a page number ("臺灣地理學刊
    # 2022年2月8日" / "第2頁", printed in the middle of a paragraph that runs on to the next page)
    for i in index.lines_at(rules.OUTLET_DATED_AT):
        line = lines[i]
        if line.kind or line.level or not rules.OUTLET_DATED.fullmatch(spaced(raw, line)):
            continue
        near = [lines[k] for k in (i - 1, i + 1) if 0 <= k < len(lines)]
        if any(_page_number(n) for n in near):
            line.kind = "debris"
    _page_number_stamps(lines)


_STAMP_MAX = 8  # characters


def _page_number_stamps(lines: Sequence[Line]) -> None:
    """A short line printed right above or below the page number on two or more pages (a stamp
    such as "限閱" over "— 2 —"; too short for :func:`_running_heads`) is debris."""
    if list(map(_KIND, lines)).count("debris") < 2:  # (two page numbers are two debris lines: counted in C)
        return
    numbers = [i for i, ln in enumerate(lines) if ln.kind == "debris" and _page_number(ln)]  # (the cheap test inline)
    if len(numbers) < 2:
        return
    beside: dict[str, list[int]] = collections.defaultdict(list)
    for i in numbers:
        for k in (i - 1, i + 1):
            if 0 <= k < len(lines):
                ln = lines[k]
                if (not ln.kind and not ln.level and len(ln.sq) <= _STAMP_MAX
                        and not rules.SENTENCE_END_RE.search(ln.sq) and ln.sq[-1] not in "，,、"):
                    beside[ln.sq].append(k)
    for found in beside.values():
        if len(set(found)) >= 2:
            for k in found:
                lines[k].kind = "debris"


_LINK_MARK_LINE = re.compile(r"\n\[\d{1,4}\](?=\n|$)")  # a line that is rules.LINK_MARK alone
_LINK_ITEM_START = re.compile(r"\n[\d\[]")  # the first characters rules.LINK_LIST_ITEM allows
# "://", "javascript:" or "mailto:" somewhere: led by the colon, which the engine finds in one fast
# scan, several times faster than the three substring tests on CJK text (test_segment_fastpaths.py)
_LINK_TARGET = re.compile(r":(?://|(?<=javascript:)|(?<=mailto:))")
# a script or mail link's target alone on a line (lynx -nonumbers lists its links without numbers;
# its web addresses there are printed.py's address lines)
_BARE_TARGET_START = re.compile(r"\n(?:javascript|mailto):")
_BARE_TARGET = re.compile(r"(?:javascript|mailto):[!-~]*")


def _link_lists(raw: str, lines: Sequence[Line], index: _LineIndex) -> None:
    """A dump's list of link targets ("References" / "1. https://…" / "2. javascript:;" …, and without
    numbers, lynx -nonumbers, "javascript:void(0)" / "mailto:…") is a list: each of its lines is a debris
    unit of its own (lynx prints one link a line and never wraps a target), like a menu's items; the
    heading is a debris unit too."""
    if index.opens(_BRACKET_FIRST):  # an image's link number alone on its line goes with the caption under it: "[0]" / "点击查看大图"
        for i in index.lines_at(_LINK_MARK_LINE):  # (in order, as a loop over every line would)
            line = lines[i]
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            if nxt is not None and line.kind == "debris" and nxt.kind == "debris" and not nxt.gap \
                    and rules.LINK_MARK.fullmatch(line.sq):
                nxt.kind = CONTINUED
    if not _LINK_TARGET.search(raw):  # (one scan for the colon: fast)
        return
    for i in index.lines_at(_LINK_ITEM_START):
        line = lines[i]
        if (line.sq[0].isdigit() or line.sq[0] == "[") and rules.LINK_LIST_ITEM.fullmatch(line.sq):
            line.kind = "debris"
    if "javascript:" in raw or "mailto:" in raw:
        for i in index.lines_at(_BARE_TARGET_START):  # "javascript:void(0)" alone: one unit a line
            line = lines[i]
            if line.kind in ("", "debris") and _BARE_TARGET.fullmatch(line.sq):
                line.kind = "debris"


_DATE_KEY = re.compile(r"[#年月日/.:\-\s]*")  # a masked date: "####-##-##", "####年#月#日"
_masked = functools.partial(rules.DIGITS.sub, "#")  # page numbers masked: "第3页" -> "第#页"


_EDGE = 4  # lines at the top and at the bottom of a page that may be its furniture
_EDGE_MAX = 60  # characters of a furniture line at a page's edge
_FOOT_NOTE = re.compile(rf"(?:{rules.NOTE_MARK.pattern}|[{re.escape(rules.ASTERISKS + rules.REFERENCE_MARK)}])\s*")  # a note mark, or a star-like one at a page foot


def _page_edges(raw: str, lines: Sequence[Line], page: list[int] | None) -> None:
    """Furniture at the edges of the pages of an extract with form feeds (pdftotext): a line among
    the last (first) few lines of two or more pages, page numbers masked, is a page footer (header)
    even where it looks like a label or is printed right under a line of prose ("…1974年，他" /
    "甲方签章：", "地址：臺北市南海路79號 網址：… 1/2"); and a line opening with a note mark ("② 此处…",
    "＊本文承…") with only furniture below it on its page is a footnote. Both become debris."""
    pages: list[tuple[int, int]] = []
    first = 0
    if page is not None:
        ends = [i for i in range(1, len(lines)) if page[i] != page[i - 1]]
    else:  # (pdftotext -nopgbrk: a page ends at its page number, alone or last on a footer line)
        foot = "/" in raw or "∕" in raw or "／" in raw or "页" in raw or "頁" in raw
        if not foot and "debris" not in map(_KIND, lines):  # (no page end of either kind: looked for in C)
            return
        ends = [i + 1 for i, ln in enumerate(lines[:-1])  # (one loop for both kinds of page end)
                if (ln.kind == "debris" and _page_number(ln))  # (the cheap test inline)
                or foot and (ln.sq[-1].isdigit() or ln.sq[-1] in "页頁") and _numbered_foot(raw, ln)]
    for i in ends:
        pages.append((first, i))
        first = i
    pages.append((first, len(lines)))
    if len(pages) < 2:
        return
    edges: list[tuple[int, list[int]]] = []  # (0: head, 1: foot; the page's edge lines)
    for a, b in pages:
        edges.append((0, list(range(a, min(b, a + _EDGE)))))
        edges.append((1, list(range(max(a, b - _EDGE), b))))
    keys: dict[int, str] = {}
    for _, idx in edges:
        for i in idx:
            ln = lines[i]
            if (ln.kind in ("", "meta", "byline") and not ln.level and len(ln.sq) <= _EDGE_MAX
                    and not rules.SENTENCE_END_RE.search(ln.sq)):
                keys[i] = _masked(ln.sq)
    pages_of: dict[tuple[int, str], set[int]] = collections.defaultdict(set)
    for n, (side, idx) in enumerate(edges):
        for i in idx:
            if i in keys:
                pages_of[side, keys[i]].add(n // 2)
    spare = _title_copies(lines, page, edges, keys, pages_of) if page is not None else ()
    for side, idx in edges:
        for i in idx:
            if i in keys and len(pages_of[side, keys[i]]) >= 2 and i not in spare:
                lines[i].kind = "debris"
    _running_pieces(lines, edges)
    _running_fields(raw, lines, edges, pages)
    _foot_sentences(lines, edges)
    for side, idx in edges:
        if side != 1:
            continue
        for k, i in reversed(list(enumerate(idx))):  # (from the foot up: a note over another note, "①…" / "②…")
            ln = lines[i]
            m = _FOOT_NOTE.match(ln.sq)
            if (m and not ln.kind and not ln.level and len(ln.sq) <= _NOTE_MAX and len(ln.sq) - m.end() >= 4
                    and all(lines[j].kind == "debris" for j in idx[k + 1:])):
                ln.kind = "debris"


_PIECES_MAX = 3  # lines a running line may be printed in at one page's edge


def _running_pieces(lines: Sequence[Line], edges: list[tuple[int, list[int]]]) -> None:
    """A short line (a space inside, no sentence) that a page prints at its edge (``工作简报 第8期``) and another page
    prints in pieces at the same edge, two or three lines one under another (``工作简报`` / ``第8期``: page one's
    masthead, which ``pdftotext -raw`` prints last, under the page's prose, dev9xq): a running line; the line and
    its pieces are debris, each a unit (page numbers masked). ``edges``: as :func:`_page_edges` made them. Not pieces on
    a page that prints the whole line at an edge too: that page's running line is the whole one, and the pieces
    under it are the title it repeats, centred in two lines (``华信科技股份有限公司 关于…的公告`` over ``华信科技股份有限公司``
    / ``关于…的公告``, an announcement's first page, -layout)."""
    found: dict[tuple[int, str], list[tuple[int, int]]] = collections.defaultdict(list)  # -> [(page, line)]
    for n, (side, idx) in enumerate(edges):
        for i in idx:
            ln = lines[i]
            # (a space inside: a line printed in pieces; no sentence)
            if ln.kind in ("", "debris") and not ln.clean and not ln.level and len(ln.sq) <= _EDGE_MAX \
                    and not rules.SENTENCE_END_RE.search(ln.sq):
                found[side, _masked(ln.sq)].append((n // 2, i))
    if not found:
        return
    for n, (side, idx) in enumerate(edges):
        for k in range(len(idx)):
            pieces = []
            for j in idx[k:k + _PIECES_MAX]:
                ln = lines[j]
                if ln.kind not in ("", "debris") or ln.level or not ln.clean or rules.SENTENCE_END_RE.search(ln.sq):
                    break  # (pieces already furniture count: a running head over its folio, "基层党务工作培训教程" / "42")
                pieces.append(ln)
                key = _masked("".join(p.sq for p in pieces))
                whole = [w for page, w in found.get((side, key), ()) if page != n // 2]
                if len(pieces) >= 2 and whole and all(page != n // 2 for edge in (0, 1) for page, _ in found.get((edge, key), ())):
                    for p in pieces:
                        p.kind = "debris"
                    for w in whole:
                        lines[w].kind = "debris"
                    break


def _running_fields(raw: str, lines: Sequence[Line], edges: list[tuple[int, list[int]]],
                    pages: list[tuple[int, int]]) -> None:
    """A line at a page's edge of two or more fields a wide gap apart (``X条款`` and ``中和人寿保险股份有限公司``, the
    running head of a -layout page set in one column) whose every field other pages print as a line of its own (the
    same head, split between the two columns of the pages before: each field at the top of its column, not at the
    page's edge) is that running line: debris (page numbers masked)."""
    wanted: dict[int, list[str]] = {}  # line -> its fields' keys
    for _, idx in edges:
        for i in idx:
            ln = lines[i]
            if ln.kind or ln.clean or ln.level or len(ln.sq) > _EDGE_MAX or rules.SENTENCE_END_RE.search(ln.sq):
                continue
            fields = _FIELD_GAP.split(raw[ln.start:ln.end].strip())
            if len(fields) >= 2:
                wanted[i] = [_masked("".join(f.split())) for f in fields]
    if not wanted:
        return
    keys = {k for fields in wanted.values() for k in fields}
    where: dict[str, set[int]] = collections.defaultdict(set)  # field key -> pages printing it as a line
    for n, (a, b) in enumerate(pages):
        for i in range(a, b):
            if len(lines[i].sq) <= _EDGE_MAX and (key := _masked(lines[i].sq)) in keys:
                where[key].add(n)
    for i, fields in wanted.items():
        n = next(k for k, (a, b) in enumerate(pages) if a <= i < b)
        if all(where[k] - {n} for k in fields):
            lines[i].kind = "debris"


_FIELD_GAP = re.compile("(?: {2,}|\u3000+|\t)[ \t\u3000]*")  # a gap between a line's fields


def _foot_sentences(lines: Sequence[Line], edges: list[tuple[int, list[int]]]) -> None:
    """A sentence that two or more pages print as their last text (only furniture under it, page
    numbers masked) is a foot note set in the page's margin: "本文为公开资料整理，仅供学习交流。" under
    the last line of each page (a browser's ``@page`` box). It becomes debris. ``edges``: as
    :func:`_page_edges` made them (head and foot lines of each page)."""
    last: dict[str, list[int]] = collections.defaultdict(list)  # key -> the lines, one per page at most
    for side, idx in edges:
        if side != 1:
            continue
        for k in range(len(idx) - 1, -1, -1):  # from the page's last line up, over its furniture
            ln = lines[idx[k]]
            if ln.kind == "debris":
                continue
            if (not ln.kind and not ln.level and 6 <= len(ln.sq) <= _EDGE_MAX
                    and rules.SENTENCE_END_RE.search(ln.sq)):
                last[_masked(ln.sq)].append(idx[k])
            break
    for found in last.values():
        if len(found) >= 2:
            for i in found:
                lines[i].kind = "debris"


def _title_copies(lines: Sequence[Line], page: list[int], edges: list[tuple[int, list[int]]], keys: dict[int, str],
                  pages_of: dict[tuple[int, str], set[int]]) -> set[int]:
    """A page header that repeats the document's title: on every later page the copy is the page's
    first line (only debris above it), while page one prints the header and the title under it, the
    same words twice (``青山县地方志大事记（2017—2020）``). The last copy on page one is the title: its
    index is returned, and it is no furniture. (A title printed once on page one under a line of its
    own, ``内部资料　注意保存``, is not told from a header printed once there.) (``edges``, ``keys``, ``pages_of``: as :func:`_page_edges` made them.)"""
    if not edges or edges[0][0] != 0:
        return set()
    out = set()
    for key in {keys[i] for i in edges[0][1] if i in keys and len(pages_of[0, keys[i]]) >= 2}:
        first = [i for i in edges[0][1] if keys.get(i) == key]
        later = [i for side, idx in edges[2:] if side == 0 for i in idx if keys.get(i) == key]
        if not later or len(first) < 2:
            continue
        if all(all(lines[k].kind == "debris" for k in range(i - 1, -1, -1) if page[k] == page[i]) for i in later):
            out.add(first[-1])
    return out


_TOP_MAX = 3  # short lines at the top of a page that a header printed once may take
_TOP_CHARS = 24  # characters of such a line
_BODY_MIN = 12  # characters of a body line around them


def _page_tops(raw: str, lines: Sequence[Line], page: list[int]) -> None:
    """A page header or footer printed once where a paragraph runs across the page break ("华东商报 ·
    要闻", "第3版 要闻", "史学月刊 2022年第3期" at the top of the next page, or at the foot of this one):
    the body line before it is full and ends mid-sentence ("…1974年，他在瑞士联邦"), the body line after
    one to three short lines without a sentence ("外交部开始了…") continues it. The short lines are
    furniture (debris), not the paragraph's words, which cannot stop short in mid-sentence and go on
    after a line of their own. ``page``: :func:`lines.page_of`."""
    starts = [i for i in range(1, len(lines)) if page[i] != page[i - 1]]  # (the pages as _page_edges sees them)
    for i in starts:  # a journal's header printed at the top of a page: "江临大学学报（社会科学版） 2022年第3期"
        line = lines[i]
        if _issue_header(raw, line):
            line.kind = "debris"
    back: dict[int, int] = {}  # runs of debris walked over, either way (a text all debris stays linear)
    ahead: dict[int, int] = {}
    for i in starts:
        short: list[Line] = []  # the short lines, among furniture already found, either side of the break
        p = _past_debris(lines, i - 1, -1, back)
        while p >= 0 and len(short) < _TOP_MAX and _short_top(lines[p]):
            short.append(lines[p])
            p = _past_debris(lines, p - 1, -1, back)
        if p < 1 or lines[p].kind or lines[p].level or not _full_line(lines, p):
            continue
        if contents_entry(lines[p].sq):  # (a table of contents' last entry, its page number last: nothing runs on)
            continue
        if short and any(len(ln.sq) >= len(lines[p].sq) - 2 for ln in short):
            continue
        j = _past_debris(lines, i, 1, ahead)
        while j < len(lines) and len(short) < _TOP_MAX and _short_top(lines[j]) and len(lines[j].sq) < len(lines[p].sq) - 2:
            short.append(lines[j])
            j = _past_debris(lines, j + 1, 1, ahead)
        if not short or j >= len(lines) or lines[j].kind or lines[j].level or len(lines[j].sq) < _BODY_MIN:
            continue
        for line in short:
            line.kind = "debris"


def _past_debris(lines: Sequence[Line], k: int, step: int, jump: dict[int, int]) -> int:
    """The first index from ``k`` on, going by ``step``, of a line that is not debris (-1 or
    ``len(lines)`` past the end); ``jump`` remembers the runs walked over (a line never stops being debris)."""
    walked = []
    while 0 <= k < len(lines) and lines[k].kind == "debris":
        walked.append(k)
        k = jump.get(k, k + step)
    for w in walked:
        jump[w] = k
    return k


def _short_top(line: Line) -> bool:
    """A short line without a sentence that may be a page's header or footer (or a date alone); not a
    label ending in a colon ("甲方签章：" printed once at a page's foot stays content), nor a line with a
    full-width comma inside (a paragraph's last line set with OCR-like spaces, "人真的以男女朋 友的身分，去到他澎 湖…")."""
    sq = line.sq
    return ((not line.kind or line.kind == "meta" and rules.DATE.fullmatch(sq) is not None) and not line.level
            and len(sq) <= _TOP_CHARS and not rules.SENTENCE_END_RE.search(sq) and sq[-1] not in "，,、:：" and "，" not in sq
            and sq[0] not in rules.CONTINUING)


def _full_line(lines: Sequence[Line], p: int) -> bool:
    """Line ``p`` is a body line that ends mid-sentence at the full width of the lines above it."""
    sq = lines[p].sq
    if len(sq) < _BODY_MIN or sq[-1] in rules.PARAGRAPH_END or sq[-1] in rules.CLOSERS:
        return False
    above = [len(ln.sq) for ln in lines[max(0, p - 4):p] if not ln.kind]
    return bool(above) and len(sq) >= max(above) - 2


def _numbered_foot(raw: str, line: Line) -> bool:
    """A footer line that ends with the page number after a gap ("地址：… 網址：…   1/2")."""
    sq = line.sq
    if len(sq) > _EDGE_MAX or not (sq[-1].isdigit() or sq[-1] in "页頁") or (len(line.pieces) == 1 and " " not in raw[line.start:line.end]):
        return False
    last = spaced(raw, line).rsplit(" ", 1)
    return len(last) == 2 and rules.PAGE_NUMBER.fullmatch(last[1]) is not None and not last[1].isdigit()


def _labelled_values(raw: str, lines: Sequence[Line], keys: Sequence[str], runs: Sequence[tuple[int, int]],
                     furniture: set[str]) -> set[str]:
    """For :func:`_running_heads`: the keys of lines printed twice, each time a run of its own, once as the value of a
    labelled field (the rest of its raw line before it a label, ``标题：     关于做好…的通知``: a government page's
    information table, its label cut off by the table's cells) and once alone: the document's title (or number) that
    its information table repeats, no running head (a running head is printed alike each time)."""
    found: dict[str, list[Line]] = collections.defaultdict(list)
    for start, end in runs:
        if end - start == 1 and keys[start] in furniture:
            found[keys[start]].append(lines[start])
    out = set()
    for key, printed in found.items():
        if len(printed) == 2 and sum(map(functools.partial(_labelled_value, raw), printed)) == 1:
            out.add(key)
    return out


def _labelled_value(raw: str, line: Line) -> bool:
    """``line`` is the rest of a raw line after a label (``标题：``, 12 characters at most) and a gap."""
    before = raw[raw.rfind("\n", 0, line.start) + 1:line.start]
    label = before.strip(" \t\u3000")
    return 0 < len(label) <= _FIELD_LABEL_MAX and label[-1] in "：:" and before[-1:] in " \t\u3000"


_FIELD_LABEL_MAX = 12


def _running_heads(lines: Sequence[Line], page: list[int] | None = None, short: _LineIndex | None = None,
                   raw: str = "") -> None:
    """Short lines without a sentence in them that the document prints twice or more (page
    numbers masked), as the same run of consecutive lines, in different surroundings — different
    lines before the run and different lines after it — are a running header or footer:
    "体坛周报 2023年7月15日 第A12版" on every page, or its pieces on lines of their own
    ("自由時報" / "2023/03/05" / "星期四"), which then make one debris unit (but in an extract with form feeds, a
    run at a page's edge is one debris unit a line: a print page's head or foot drawn as strings of their own,
    "临江水利研究" / "2024年第3期", :func:`_page_edge`). A passage the text
    repeats brings its neighbours along, so it is not furniture. Bylines and meta lines keep their
    kind, except a line that is only a date, which a running header may hold. Known furniture is
    skipped when looking at the surroundings, and a heading with its own permalink after it is no running head (whose
    words a table of contents may print again). A line printed twice, once as a labelled field's value on a table's
    row and once alone, is the document's own (:func:`_labelled_values`). (``short``: the lines' index of lines up to
    _RUNNING_MAX characters, where the caller has it.)"""
    # first the cheap count of short lines; the closer look only at the repeated ones
    if short is not None and short.max_len == _RUNNING_MAX and not any(map(_LEVEL, lines)):  # (the index's text, without its leading "\n")
        keys = _masked(short.text[1:]).split("\n")
    else:
        keys = _masked("\n".join([ln.sq if len(ln.sq) <= _RUNNING_MAX and not ln.level else "" for ln in lines])).split("\n")
    counts = collections.Counter(keys)
    # the keys counted twice or more, and their lines (usually a handful): picked out in C
    twice = set(itertools.compress(counts, map((2).__le__, counts.values())))
    twice.discard("")
    if not twice:
        return
    seen = list(itertools.compress(itertools.count(), map(twice.__contains__, keys)))
    keys = [""] * len(lines)
    for i in seen:
        ln = lines[i]
        if ((not ln.kind or (ln.kind == "meta" and rules.DATE.fullmatch(ln.sq)))
                and not ln.dup and not rules.SENTENCE_END_RE.search(ln.sq) and not rules.LABEL.fullmatch(ln.sq)
                and not anchored(lines, i)):  # (a heading with its own permalink after it)
            keys[i] = _masked(ln.sq)
    counts = collections.Counter(keys[i] for i in seen if keys[i])
    repeated = {k for k, n in counts.items() if n >= 2}
    if not repeated:
        return

    def shown(k: int) -> str:
        """What the surroundings are compared by: line ``k``'s key, else its masked text where it has no
        kind, else "" (known furniture, skipped). Read only for the lines beside the runs (few)."""
        return keys[k] or ("" if lines[k].kind else _masked(lines[k].sq))

    runs: list[tuple[int, int]] = []  # [start, end) of each maximal run of repeated lines
    for i in itertools.compress(itertools.count(), map(repeated.__contains__, keys)):  # (the repeated lines, in C)
        if runs and runs[-1][1] == i:
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
    before: dict[tuple[str, ...], set[str | None]] = collections.defaultdict(set)
    after: dict[tuple[str, ...], set[str | None]] = collections.defaultdict(set)
    headlines = set()
    for start, end in runs:
        sig = tuple(keys[start:end])
        if end < len(lines) and lines[end].kind == "byline":
            headlines.add(sig)  # a headline with its byline below, repeated as a heading: not a running header
        before[sig].add(next((t for t in map(shown, range(start - 1, -1, -1)) if t), None))
        after[sig].add(next((t for t in map(shown, range(end, len(lines))) if t), None))
    furniture = {k for sig in before if len(before[sig]) > 1 and len(after[sig]) > 1 and sig not in headlines
                 and sum(len(k) for k in sig if not _DATE_KEY.fullmatch(k)) >= 4 for k in sig}  # (not dates alone)
    if page is None and furniture:
        furniture -= _dated_entries(lines, keys, runs, furniture)
    if raw and furniture:
        furniture -= _labelled_values(raw, lines, keys, runs, furniture)
    # A run made only of lines seen in such headers is one too (a page printed less of it); so are
    # such lines at either end of a run whose other lines repeat for another reason (a header printed
    # right above a title that the text repeats as a heading: "明報新聞網 | 貴族" / "貴族").
    # A headline with its byline below that a later page prints again at its top (after a form feed):
    # that copy is the page's running header ("巴黎第四区：回顾与展望" over page 2 of a magazine).
    if headlines and page is not None:
        for start, end in runs:
            if tuple(keys[start:end]) in headlines and start and page[start] != page[start - 1]:
                lines[start].kind = "debris"
                for line in lines[start + 1:end]:
                    line.kind = CONTINUED
    twice = _twice_inside(keys, furniture, page) if page is not None and furniture else set()
    # (such a sub-head, or one printed well inside two pages, is followed by different lines where it is printed:
    # the page head's piece after it starts a unit again, "後續發展" / "綜合新聞" / "南瀛時報", p6x-020; a footer's
    # first line printed inside pages is followed by its next line each time, "江临市博物馆" / "地址：…")
    heads = _shared_heads(keys, shown, furniture, page, twice) if page is not None and furniture else set()
    for start, end in runs:
        head = start
        while head < end and keys[head] in furniture:
            head += 1
        tail = end
        while tail > head and keys[tail - 1] in furniture:
            tail -= 1
        for a, b in ((start, head), (tail, end)):
            if a < b:
                lines[a].kind = "debris"
                # a forum reply's header repeated (poster / "#2" / date): each row a unit of its own
                rows = any(_FLOOR.fullmatch(ln.sq) for ln in lines[a:b])
                edge = page is not None and _page_edge(lines, page, a, b)
                for k in range(a + 1, b):  # (a line that a page prints twice inside it stands alone: a sub-head
                    # that several stories share, "後續發展", under a page head "112年2月28日 星期四 A7 綜合新聞")
                    lines[k].kind = "debris" if rows or keys[k] in twice or keys[k - 1] in heads or edge else CONTINUED


def _page_edge(lines: Sequence[Line], page: Sequence[int], a: int, b: int) -> bool:
    """Lines ``a`` to ``b`` (a run of a running head's lines) are a page's first or last lines, furniture alone
    between them and the page's edge: a head or foot printed as strings of their own (a print extract's pages)."""
    k = a - 1
    while k >= 0 and page[k] == page[a] and lines[k].kind:
        k -= 1
    if k < 0 or page[k] != page[a]:
        return True
    k = b
    while k < len(lines) and page[k] == page[b - 1] and lines[k].kind:
        k += 1
    return k == len(lines) or page[k] != page[b - 1]


def _dated_entries(lines: Sequence[Line], keys: Sequence[str], runs: Sequence[tuple[int, int]], found: set[str]) -> set[str]:
    """Of the repeated lines ``found`` (by key), in a text without form feeds, those whose every copy is one line
    holding a date with no time of day, each copy another date: entries of a list dated one by one (a
    changelog's "v2.4.0（2027-03-01）" / "v2.3.2（2027-01-18）"), not a running header, which prints the
    same date on every page."""
    dates: dict[str, list[str | None]] = collections.defaultdict(list)
    for start, end in runs:
        if keys[start] in found:
            m = rules.DATE.search(lines[start].sq) if end - start == 1 else None
            dates[keys[start]].append(m.group() if m is not None and ":" not in m.group() else None)
    return {k for k, ds in dates.items() if None not in ds and len(set(ds)) == len(ds)}


def _shared_heads(keys: Sequence[str], shown: Callable[[int], str], found: set[str], page: list[int],
                  twice: set[str]) -> set[str]:
    """Of the repeated lines ``found`` (by key), the sub-heads that stories share: those of ``twice``
    (:func:`_twice_inside`) and those printed well inside (:data:`_EDGE` twice over from the edges) two pages or
    more, that are followed by two different lines or more (``shown``: line k's key or masked text) where
    they are printed. A running head's or foot's first line is followed by its next piece each time."""
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for i, p in enumerate(page):
        first.setdefault(p, i)
        last[p] = i
    pages: dict[str, set[int]] = collections.defaultdict(set)
    after: dict[str, set[str]] = collections.defaultdict(set)
    for i, k in enumerate(keys):
        if k in found:
            if i + 1 < len(keys):
                after[k].add(shown(i + 1))
            if first[page[i]] + 2 * _EDGE <= i <= last[page[i]] - 2 * _EDGE:
                pages[k].add(page[i])
    return {k for k, nxt in after.items() if len(nxt) >= 2 and (k in twice or len(pages[k]) >= 2)}


def _twice_inside(keys: Sequence[str], found: set[str], page: list[int]) -> set[str]:
    """Of the repeated lines ``found`` (by key), those printed twice or more inside one page, away from its first
    and last :data:`_EDGE` lines (a sub-head that several stories of a newspaper page share, not a running head,
    which a page prints once, or at its top and its foot). ``page``: :func:`lines.page_of`."""
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for i, p in enumerate(page):
        first.setdefault(p, i)
        last[p] = i
    seen: collections.Counter[tuple[str, int]] = collections.Counter()
    out = set()
    for i, k in enumerate(keys):
        if k in found and first[page[i]] + _EDGE <= i <= last[page[i]] - _EDGE:
            seen[k, page[i]] += 1
            if seen[k, page[i]] >= 2:
                out.add(k)
    return out


# First characters of the lines _web_line knows: a cheap gate before its regexes.
_WEB_FIRST = frozenset("[发發更点點浏瀏阅閱访訪註注加关關被赞贊按评評回收转轉粉人上下最第首尾末#:打附相查共")


# The hanzi of _GATE that line_kind looks at only for a kind word (rules.KIND_START) at the line's start: no
# widget, web line, caption, editor's slash, page number or year opens with one. A line that opens with one
# and has no kind word there, no colon, mark or footer word (mark_lines' index finds those) and, if short,
# no closing bracket at its end (a photo credit) passes none of line_kind's tests before its prose gate and
# is "" there: mark_lines does not call it (test_segment_fastpaths.py checks such lines).
_KIND_WORD_ONLY = frozenset(c for c in _GATE if "\u4e00" <= c <= "\u9fff") - rules.EDITOR_FIRST - _PAGE_FIRST - _WEB_FIRST \
    - inline.WIDGET_FIRST - frozenset("图圖")


_COUNTED_DATE_MAX = 40  # characters of a date line with its view counter (a label of up to six, the date, the time, the count)


def _web_line(sq: str, first: str) -> str:
    """Web-page lines by their shape: "debris", "meta" or ""."""
    if first == "[" and sq[-1] == "]" and (rules.EDIT_TOOL.fullmatch(sq) or rules.BRACKET_MARK.fullmatch(sq)):
        return "debris"  # a wiki's edit link, split off its heading's line (lines.py); an image's mark "[a]"
    short = len(sq) <= 24
    if short and first in "发發更" and rules.POSTED.fullmatch(sq):
        return "meta"  # "发布于 2023-09-06"
    if short and (first in "点點浏瀏阅閱访訪" and rules.COUNTER.fullmatch(sq)
                  or first in "12註注加" and rules.JOINED.fullmatch(sq)):
        return "debris"  # a view counter alone, a poster's sign-up date
    if len(sq) <= 30 and first not in "上下最第首尾末#:打[" and rules.ENGAGEMENT.fullmatch(sq):
        return "debris"  # counts: "关注者 9018 被浏览 995102", "9530 人赞同了该回答"
    if (first in "上下最第首尾末" or "0" <= first <= "9") and rules.PAGER.fullmatch(sq) or (
            first == "#" and rules.HASHTAGS.fullmatch(sq)) or (first == ":" and sq.startswith(":::")):
        return "debris"  # a pager "上一頁 1 2 下一頁", a tag line "#文化 #歷史", a ":::" access-key line (a breadcrumb)
    if first in "附相" and rules.ATTACHMENT.fullmatch(sq) or first in "查共" and rules.MORE_ANSWERS.fullmatch(sq):
        return "debris"  # an attachment line, a link to the rest of the answers or their count
    if "0" <= first <= "9" and sq[-1] in "cfxtsprCFXS" and rules.ATTACHED_FILE.fullmatch(sq):
        return "debris"  # an attachment's file name alone: "1.讲座报名回执表.doc"
    if short and first in "打下[" and rules.APP_PROMPT.match(sq):
        return "debris"  # an app banner inside the article: "打开APP，阅读体验更佳"
    return ""


def _clause_runs_on(sq: str) -> bool:
    """A field's line with one full-width colon whose value goes on past a full-width comma into a clause cut off at the line's
    end (a hanzi, no digit or closing mark): a sentence that a wrap cut, not a credit or a date line."""
    return (sq.count("：") == 1 and "\u4e00" <= sq[-1] <= "\u9fff" and sq.rfind("，") > sq.find("：")
            and len(sq) - sq.rfind("，") <= 4)


def line_kind(raw: str, line: Line) -> str:
    """"byline", "meta" or "debris" for a line that must stand alone, else ""."""
    if line.dup:
        return "debris"
    sq = line.sq
    if line.level:
        return "debris" if len(sq) <= 20 and sq[0] in rules.KIND_FIRST and _debris(raw, line) else ""
    if (sq[0] in "（(" or sq[0] in rules.NUMERAL or sq[0] in rules.CAPITAL_NUMERAL) and rules.ITEM_MARK.match(sq):
        return ""  # a list item ("（一）时间：2023年3月4日…", "二、地点：…"): prose, not a meta line
    if line.item and typed_item(raw, line) and ("：" in sq or ":" in sq):
        return ""  # a list item a person typed: "- 时间：2027年1月15日", "- 联系人：周老师"
    if _BUTTON in sq and len(sq) <= _FOOTER_MAX and _button_row(sq):
        # a form's row as lynx prints it, its text field drawn in "_" (kept whole, rules.MD_EMPHASIS) and a button
        # after it: "百知百科____________________ (BUTTON)进入词条(BUTTON)全站搜索" (dev11 w11-004, dev16 k16-007), "訂閱
        # 電子報…____________________ (BUTTON)訂閱" (dev8 w8-014), or opening it: "(BUTTON) 展开全文", "(BUTTON) 應徵
        # (BUTTON) 儲存"
        return "debris"
    if (_FIELD in sq and len(sq) <= _STANDALONE_MAX and _FORM_FIELD.search(sq) and not rules.CLAUSE_MARK.search(sq)
            and not "0" <= sq[0] <= "9" and _form_fields(sq)):
        # a form's text field between two words of a line that is no clause: a site's search box in its top row
        # ("知道__________…__搜索答案我要提问", dev15 w15-002; "問答社群[1]首頁…等你來答______…[4]登入", dev8 w8-010), an
        # exam's name fields ("学校_______ 班级_______ 姓名_______", newuser25 trial). Not a blank in a sentence
        # ("海日生残夜，______________。", "他______地跑了过去。"), nor in a numbered item ("2．学校____ 班级____")
        return "debris"
    if len(sq) > _STANDALONE_MAX:  # only a copyright footer is that long
        return "debris" if len(sq) <= _FOOTER_MAX and rules.COPYRIGHT.search(sq) and _furniture(raw, line) else ""
    first = sq[0]
    if first in inline.WIDGET_FIRST and inline.widget(sq):
        return "debris"  # a follow button or a drawn divider over a headline: "+关注", "— 分割线 —"
    if (first in _WEB_FIRST or "0" <= first <= "9") and len(sq) <= 40:
        web = _web_line(sq, first)
        if web:
            return web
    if not ("\u4e00" <= first <= "\u9fff" or rules.WORDLIKE.search(sq)):  # (a hanzi is word-like)
        # "。" alone ends the sentence above, and so does "%。" under "…约占15" (a wrap by character count
        # never puts a line break inside a number, so the sign goes down); ":::" is an anchor
        return "" if (first in rules.CONTINUING or first in "%％‰") and len(sq) <= 2 else "debris"
    # Cheap gates first: each kind has an anchored start, a colon, a mark inside, or a first
    # character of its own (page numbers, years, link numbers); a line with none of these is prose.
    if first in "图圖(（" and len(sq) <= _CAPTION_MAX and (rules.CAPTION.match(spaced(raw, line)) or rules.FIGURE_LABEL.fullmatch(sq)):
        return "debris"  # a caption, or a plate's label alone ("图版12")
    if first in "(（" and sq[-1] in ")）" and rules.AFFILIATION.fullmatch(sq):
        return "meta"  # an author's affiliation: "（1. 武汉大学 历史学院，江苏 南京 210023；…）"
    if first in "(（" and sq[-1] in ")）" and len(sq) <= 20 and rules.BRACKETED_DATE.fullmatch(sq):
        return "meta"  # a speech's date under its title: "（2021年11月27日）", "（二〇二一年十一月二十七日）"
    if len(sq) <= _CAPTION_MAX and sq[-1] in "）)" and rules.PHOTO_CREDIT.search(sq):
        return "debris"  # a photo credit closes a caption: "資料照片（記者林志明攝）"
    if first in rules.EDITOR_FIRST and len(sq) <= 24 and rules.EDITOR_SLASH.match(sq) and not rules.SENTENCE_END_RE.search(sq):
        return "meta"  # "責任編輯／蔡佩玲"
    starts = first in rules.OPENING or (first in rules.KIND_FIRST and rules.KIND_START.match(sq))
    colon = ":" in sq or "：" in sq
    if (not starts and not colon and first not in _MAY_START and (first not in _PAGE_FIRST or len(sq) > 16)
            and not _marked(sq)):
        return ""
    if _furniture(raw, line):
        return "debris"
    if "记者" in sq or "記者" in sq:
        if first in "〔【（(" and (rules.RUN_IN_BYLINE.fullmatch(sq) or rules.OUTLET_CREDIT.fullmatch(sq)):
            return "byline"  # "〔記者梁怡君∕台中報導〕" (cut off the story's first line: lines.split_lines), "（新界時報記者許思遠報道）"
        if rules.DATELINE.match(sq) or (sq[0] == "本" and (m := rules.PAPER_CREDIT.match(sq)) and not _credit_runs_on(sq, m)):
            return "byline"
        if len(sq) <= 20 and rules.OUTLET_REPORTER.fullmatch(spaced(raw, line)):
            return "byline"  # "澎拜新闻记者 龙桂 覃子"
    if (sq[-1] == "号" or sq[-1] == "號") and rules.DOC_NUMBER.fullmatch(sq):
        return "meta"  # an official document's number: "江政办发〔2024〕25号"
    if first in "〔[［【(（" and sq[-1] in "号號期" and rules.BRACKETED_NUMBER.fullmatch(sq):
        return "meta"  # a case number "（2022）江1004民初1016号", a bulletin's issue "〔2023〕第8期"
    if not (starts or colon or first in "12"):
        return ""
    if (starts or first == "[") and _debris(raw, line):
        return "debris"
    if colon and rules.KEYWORDS.match(sq):
        return "meta"
    if colon and rules.TAG_LABEL.match(sq):
        return "debris"  # a post's tags or categories: "標籤：旅遊 生活隨筆"
    if rules.SENTENCE_END_RE.search(sq):
        return ""
    if starts and (rules.BYLINE.match(sq) or rules.ROLE_ALONE.fullmatch(sq) or ("@" in sq and rules.HANDLE_CREDIT.fullmatch(sq)) or (
            not line.clean and (" " in raw[line.start:line.end] or "\u3000" in raw[line.start:line.end] or len(line.pieces) > 1))
            and rules.BYLINE.match(spaced(raw, line))):  # (a clean line: one piece, no gap inside)
        return "byline"  # (the gaps may end the names: "作者：周美玲 發表於2023/03/06", "作者：经济研究所\u3000孙立新")
    if (first == "1" or first == "2") and _dated_credit(raw, line):
        return "byline"  # the date first, then the credit: "2024年5月12日 作者：林小雨", "2024-05-12 文／王某"
    if starts and not colon and len(sq) <= 20 and rules.EDITOR_START.match(sq):
        return "meta"  # "（编辑 李某）": an editor credit without its colon
    if not colon and (first == "（" or first == "(") and rules.REPRINT.fullmatch(sq):
        return "meta"  # "（本文轉載自聯合新聞網）": a reprint credit without a colon
    if colon and "0" <= sq[-1] <= "9" and len(sq) <= _COUNTED_DATE_MAX and inline.date_and_counter(sq):
        return "debris"  # a date's label, the date and a view counter: "发布时间：2023-08-25　点击数：3416", "最後更新：… 瀏覽人次：3311"
    if (colon and (rules.META.search(sq) or line.gap and len(sq) <= _CONTACT_MAX and rules.CONTACT.search(sq))) or rules.DATE.fullmatch(sq) or (
            first in "12" and rules.DATED_OUTLET.match(spaced(raw, line))):
        if colon and "，" in sq and _clause_runs_on(sq):
            return ""  # a field that runs on as a sentence, wrapped: "时间：…，每天上午9:00至11:30，下" / "午14:00至17:00。"
        return "byline" if rules.REPORTER.search(spaced(raw, line)) else "meta"
    if colon and not line.clean and (" " in raw[line.start:line.end] or "\u3000" in raw[line.start:line.end]) \
            and rules.FIELDS_LINE.fullmatch(spaced(raw, line)):
        return "meta"  # "中图分类号：K230 文献标识码：A 文章编号：…": fields of the document's record
    if colon and len(sq) <= 60 and sq.count("：") + sq.count(":") >= 3 and rules.FIELDS_SQUEEZED.fullmatch(sq):
        return "meta"  # three or more such fields whose gaps an extract lost or scattered: "证券代码：600756证券简称：…公告编号：…"
    return ""


def _dated_credit(raw: str, line: Line) -> bool:
    """A line that opens with a date (and time) and goes on with a byline (:data:`rules.BYLINE`: a role, then names):
    ``2024年5月12日 作者：林小雨``, ``2024-05-12 10:30　文／王某``; the credit line a blog prints under its title with
    the date first (the order :data:`rules.BYLINE` takes is the credit first). A sentence that opens with a date
    ("2023年6月1日 记者从市教育局获悉") names no one: :data:`rules.BYLINE`'s names stop at the line's end, a gap,
    a bracket or a date only."""
    text = spaced(raw, line)
    m = rules.DATE.match(text)
    if m is None:
        return False
    rest = text[m.end():].lstrip()
    return rest[:1] in rules.CREDIT_FIRST and rules.BYLINE.match(rest) is not None


def _credit_runs_on(sq: str, m: re.Match[str]) -> bool:
    """A paper's credit in brackets (``m``: :data:`rules.PAPER_CREDIT` matched at the start of ``sq``) that the
    story's first words follow on its line ("本报讯（记者 蒋国栋 通讯员 许建国）玉山箭竹（学" / "名：），…"): the
    lead of the paragraph, not a byline line."""
    k = max(sq.rfind("（", 0, m.end()), sq.rfind("(", 0, m.end()))
    if k < 0:
        return False
    close = sq.find("）" if sq[k] == "（" else ")", m.end())
    return close > 0 and len(sq) - close - 1 >= _RUN_IN_REST


def split_debris(groups: list[list[Line]], kinds: list[str], texts: list[str]) -> tuple[list, list, list]:
    """A debris unit made of several lines of furniture that the join rules put together (a cookie
    banner and the site's name, a forum post's header rows, a metadata table's rows without colons):
    one debris unit per line, as menus and link lists are. The pieces of one running header
    (:data:`CONTINUED`) stay one unit."""
    if "debris" not in kinds or not any(k == "debris" and len(g) > 1 for g, k in zip(groups, kinds, strict=True)):
        return groups, kinds, texts
    out_g, out_k, out_t = [], [], []
    for group, kind, sq in zip(groups, kinds, texts, strict=True):
        if kind != "debris" or len(group) == 1 or any(ln.kind == CONTINUED for ln in group):
            out_g.append(group)
            out_k.append(kind)
            out_t.append(sq)
            continue
        for line in group:
            out_g.append([line])
            out_k.append(kind)
            out_t.append(line.sq)
    return out_g, out_k, out_t


def unit_kinds(groups: Sequence[Sequence[Line]], texts: Sequence[str], labels: frozenset[str]) -> list[str]:
    """The kind of each unit (``texts`` are the squeezed unit texts)."""
    kinds: list[str] = []
    exam: list[bool] = []  # (whether the document has an exam's option or cut stem: asked once, for a scored line)
    for k, (group, sq) in enumerate(zip(groups, texts, strict=True)):
        if group[0].kind == CONTINUED:
            kinds.append("debris")
        elif len(group) > 1 and group[0].kind in ("byline", "meta"):  # a byline block cut into lines
            kinds.append("byline" if any(ln.kind == "byline" for ln in group) else "meta")
        elif group[0].kind:
            kinds.append(group[0].kind)
        elif len(group) == 1 and not group[0].level and len(sq) <= CAPTION_MAX and CAPTION.match(sq) \
                and not rules.SENTENCE_END_RE.search(sq):
            kinds.append("debris")  # a table's or figure's caption on its own line: "表1　近三年主要指标", "圖一"
        elif sq[0] == "[" and len(group) == 1 and _link_row(sq):
            kinds.append("debris")  # a row of lynx's links: a menu, a tool bar, a pager, never the title
        elif group[0].level or (len(sq) <= HEADING_MAX and heading_like(sq, labels)
                                and not (group[0].item and rules.LABEL.match(sq))  # "- 地点：三楼会议室": an item
                                and not (sq[0] in _EXAM_FIRST and _exam_line(texts, k, exam))  # "A．心旷神怡 语无伦次": an exam's
                                and not (len(group) > 1 and label_line(group[0].sq))):
            # (nor a label alone on its line over its value, "入院诊断：" / "1.重症流感（甲型） 2.病毒性肺炎": a field)
            kinds.append("heading")
        else:
            kinds.append("paragraph")
    title, past = _title_index(groups, kinds, texts)
    if title is not None:
        for i in range(title if past else 0):  # above a headline chosen past them: the site's name, a sidebar, a banner
            if kinds[i] in ("heading", "paragraph"):
                # (but the court that issued a judgment, right above it: "江州市临湖区人民法院" / "民 事 判 决 书")
                kinds[i] = "byline" if i == title - 1 and texts[i].endswith("法院") and len(texts[i]) <= 20 else "debris"
        kinds[title] = "title"
        if _issuer_over(groups, kinds, texts, title):
            kinds[title], kinds[title + 1] = "meta", "title"
            title += 1
        box = title + 1
        if box + 1 < len(kinds) and kinds[box] == "heading" and kinds[box + 1] == "byline" and len(texts[box]) >= 3 \
                and texts[box][:3] in texts[box + 1]:
            kinds[box] = "debris"  # the poster's box between a forum post's title and its byline
        nxt = title + 1
        while nxt < len(kinds) and kinds[nxt] == "debris":
            nxt += 1
        if nxt < len(kinds) and kinds[nxt] == "heading" and rules.SUBTITLE.match(texts[nxt]):
            kinds[nxt] = "title"
        elif nxt < len(kinds) and kinds[nxt] == "heading" and _english_under(texts, nxt) and nxt - 1 == title:
            kinds[nxt] = "meta"  # the English title under a journal article's title
    for i, (group, sq) in enumerate(zip(groups, texts, strict=True)):  # (after the title: a date is no furniture there)
        if kinds[i] == "meta" and len(group) == 1 and stray_date(kinds, i, sq, in_order=not i or groups[i - 1][0].start < group[0].start):
            kinds[i] = "debris"
    _header_fields(groups, kinds, texts)
    return kinds


# Links as lynx prints them, each its number in brackets and a short text, and nothing else (squeezed): three or more
# ("[1]會員登入[2]訂單查詢[3]購物車(0)", "[2]指南[3]版本说明[4]GitHub"), or two with a prev/next word
# ("[17]上一页简介[18]下一页快速上手"); not two alone, a headline's link and a tool's ("[15]舊區重建諮詢展開[16]分享").
_LINK_ROW_TEXT_MAX = 16  # characters of a link's text ("Pullrequests3", "[5]常见问题____(BUTTON)")
_LINK_ROW = re.compile(rf"(?:{rules.LINK_NUMBER}[^\[\]]{{1,{_LINK_ROW_TEXT_MAX}}}){{2,}}")
_PREV_NEXT = re.compile(r"[上下]一[页頁篇]|Previous|Next")


def _link_row(sq: str) -> bool:
    """A line made of three or more of lynx's links alone, or two with a prev/next word (:data:`_LINK_ROW`), no
    sentence in their texts: a site's menu, a tool bar, a pager or a prev/next row, which the dev web dumps' golds make
    debris in every design (dev5-dev16), so never the page's title."""
    links = sq.count("[")
    return links >= 2 and _LINK_ROW.fullmatch(sq) is not None and (links >= 3 or _PREV_NEXT.search(sq) is not None) \
        and not rules.SENTENCE_END_RE.search(sq)


def _button_row(sq: str) -> bool:
    """The text before a line's first lynx button (``(BUTTON)``) is a form's: nothing, a text field ("…____ (BUTTON)搜索")
    or a short label with no sentence end or clause mark. Not a prose line that holds one ("…段落。 (BUTTON) 展开全文",
    "若页面无响应，请点击(BUTTON)刷新后重试。", "Press (BUTTON) to continue.": review35 B1)."""
    head = sq[:sq.find(_BUTTON)]
    if not head or head.endswith(_FIELD):
        return True
    return (len(head) <= _BUTTON_LABEL_MAX and not any(c in rules.PARAGRAPH_END or c in rules.FULL_STOPS for c in sq)
            and not rules.CLAUSE_MARK.search(sq))


def _form_fields(sq: str) -> bool:
    """A line with a text field drawn in "_" is a form's row: lynx's 20-wide field, or two or more fields each after a
    label of two to four characters, the line ending in the last ("学校_______班级_______姓名_______"), or a field followed by a search or submit word or a link
    ("知道____…__搜索答案", "…等你來答____…[4]登入"). One blank between words is a cloze ("请写出______和______的区别",
    "…之后他______地跑了出去…": review35 B3)."""
    runs = list(_FIELD_RUN.finditer(sq))
    if any(m.end() - m.start() == 20 for m in runs):
        return True
    if any(sq.startswith(_SUBMIT_WORDS, m.end()) for m in runs):
        return True
    if len(runs) < 2:
        return False
    done = 0
    for m in runs:
        if not 2 <= m.start() - done <= _LABEL_MAX:
            return False
        done = m.end()
    return done == len(sq)  # (nothing after the last field: "请写出______和______的区别" is a question)


_EXAM_FIRST = frozenset("0123456789ABCDEFGH（(）)")
_ANSWER_ROW = re.compile(r"\d{1,2}[．.][A-D]\d{1,2}[．.][A-D]")  # "1．B 2．C 3．A" (squeezed): an answer key's row
_SCORE_END = re.compile(r"[（(](?:共|每空|每题|每小题)?\d{1,2}分[）)]$")  # "（2分）", "（每空1分）"


def _exam_line(texts: Sequence[str], k: int, exam: list[bool]) -> bool:
    """Unit ``k`` is an exam's or an answer key's line, no heading (newuser25 trial problem 5, pdftotext and lynx dumps
    and a wrapped answer key): a choice (rules.EXAM_OPTION, "A．心旷神怡 语无伦次") that holds a second option or has
    its sibling option (the letter before or after) as a neighbouring unit; a question's stem cut at its answer's
    bracket ("1．下列…一项是（", "（1）期日中（") or a bracket alone ("）") or ending in the empty slot
    ("（1）期日中（ ）"); a numbered question that ends in its score ("12．（1）约定（2）舍弃（每空1分）") in a
    document with options or cut stems (a rubric's "3．测试方法（共5分）" stays a heading, as does a section's head
    opening with a hanzi numeral, "三、写作（50分）"); a row of numbered answers ("1．B 2．C 3．A 4．D"). A report's
    "A．总体情况" with prose under it stays a heading (review35 B2)."""
    sq = texts[k]
    first, last = sq[0], sq[-1]
    if first in rules.EXAM_OPTION_FIRST:
        return rules.EXAM_OPTION.match(sq) is not None and _sibling_option(texts, k)
    if _cut_stem(sq):
        return True
    if "0" <= first <= "9":
        if _ANSWER_ROW.match(sq) is not None:
            return True
        if last in "）)" and _SCORE_END.search(sq) is not None:
            if not exam:
                exam.append(any(t and ((t[0] in rules.EXAM_OPTION_FIRST and rules.EXAM_OPTION.match(t) is not None
                                        and _sibling_option(texts, i)) or _cut_stem(t))
                                for i, t in enumerate(texts)))
            return exam[0]
    return False


def _cut_stem(sq: str) -> bool:
    """A question's stem cut at its answer's bracket or ending in the empty slot, or the bracket alone."""
    return sq[-1] in "（(" or sq in ("）", ")") or sq.endswith(("（）", "()"))


def _sibling_option(texts: Sequence[str], k: int) -> bool:
    """The option that opens unit ``k`` holds a second option, or the unit before or after opens with the option of
    the letter before or after ("A．…" over "B．…")."""
    sq = texts[k]
    if rules.EXAM_OPTION.search(sq, 2):
        return True
    letter = ord(sq[0])
    for i in (k - 1, k + 1):
        if 0 <= i < len(texts) and texts[i] and abs(ord(texts[i][0]) - letter) == 1 \
                and rules.EXAM_OPTION.match(texts[i]) is not None:
            return True
    return False


def _issuer_over(groups: Sequence[Sequence[Line]], kinds: Sequence[str], texts: Sequence[str], title: int) -> bool:
    """The unit taken for the title is an organisation's name alone (``pairs.organisation``), one line, right over (one
    blank line at most between) a heading line that ends as an official document's title ends (``公告``, ``通知``, …
    ``office._GENRE_END``): the issuer's name over its document's title, meta, and the title the line under it
    (``臺中客運股份有限公司`` / ``公車路線調整暨新版時刻表公告``, dev15; ``东方电缆股份有限公司`` /
    ``第五届董事会第九次会议决议公告``; an issuer over "关于…" joined it as the title's first line, join._issuer_about)."""
    nxt = title + 1
    return (nxt < len(kinds) and kinds[nxt] == "heading" and len(groups[title]) == 1 and len(groups[nxt]) == 1
            and not groups[title][0].level and groups[nxt][0].gap <= 1 and _GENRE_END.search(texts[nxt]) is not None
            and organisation(texts[title]))


def typed_list_items(raw: str, groups: Sequence[Sequence[Line]], kinds: list[str], texts: Sequence[str]) -> list[str]:
    """The items of a list typed in a text or markdown file, or printed by w3m (:func:`lines.typed_item`: "- ",
    "• ", "* " at the line's start) that are the article's content: a run of two or more items one unit each,
    where one item reads as prose (a pause inside it, "，" "、" "；", or a paragraph by the line rules: a sentence
    end) or the paragraph right above introduces the list ("我的露营清单：", a colon at its end). Its items that
    the line rules took for headings (short, no sentence end: ``- 头灯和备用电池``, ``• 儿童须在成人看护下使用``)
    are paragraphs, as the HTML reader's ``<li>`` and the DOCX reader's ``List Bullet`` are, and as the corpus's
    golds give a page's own list (a related-links list has no such item: a heading or debris as before)."""
    n = len(kinds)
    if not any(g[0].item for g in groups):  # (most texts: no list item)
        return kinds
    i = 0
    while i < n:
        if not (groups[i][0].item and kinds[i] in ("heading", "paragraph") and typed_item(raw, groups[i][0])):
            i += 1
            continue
        j = i + 1
        while j < n and groups[j][0].item and kinds[j] in ("heading", "paragraph") and typed_item(raw, groups[j][0]):
            j += 1
        if j - i >= 2 and "heading" in kinds[i:j] and (
                (i and kinds[i - 1] == "paragraph" and texts[i - 1][-1:] in ":：")
                or any(kinds[k] == "paragraph" or _PAUSE.search(texts[k]) for k in range(i, j))):
            kinds = list(kinds)
            for k in range(i, j):
                if kinds[k] == "heading":
                    kinds[k] = "paragraph"
        i = j
    return kinds


_PAUSE = re.compile("[，、；,;]")  # a pause inside an item of a list: its items read as prose


def _header_fields(groups: Sequence[Sequence[Line]], kinds: list[str], texts: Sequence[str]) -> None:
    """A metadata table (:func:`field_table`'s rows, debris) right under the title or a heading is the document's own
    fields, not a site's: ``验收意见`` / ``项目编号：…`` / ``承担单位：…`` / ``验收时间：…``, ``出院小结`` / ``姓名：…`` /
    ``科室：…`` / ``性别：…``: meta, one unit a row."""
    i = 1
    while i < len(kinds):
        j = i
        while j < len(kinds) and _field_row(groups, kinds, texts, j):
            j += 1
        if j - i >= _FIELDS_MIN and kinds[i - 1] in ("title", "heading"):
            kinds[i:j] = ["meta"] * (j - i)
        i = j + 1


def _field_row(groups: Sequence[Sequence[Line]], kinds: Sequence[str], texts: Sequence[str], k: int) -> bool:
    """Unit ``k`` is a row of a metadata table (:func:`field_table`'s, debris): one short "label：value" line."""
    return kinds[k] == "debris" and len(groups[k]) == 1 and len(texts[k]) <= _FIELD_MAX and rules.FIELD.fullmatch(texts[k]) is not None


_CREDITS = ("byline", "meta")  # units whose date may stand alone on the line under them (as under the title)


def stray_date(kinds: Sequence[str], i: int, sq: str, above: int | None = None, in_order: bool = True) -> bool:
    """Unit ``i`` (squeezed text ``sq``) is a meta line of a date alone that stands apart from any credit
    (a date in a page's top bar or after its share bar): furniture. One right under the title is the
    article's own ("2018/02/18 07:35", "2023/07/12 21:23" over a share bar; the corpus convention settled in
    session 13), and so is one right under a byline or a meta line (``文／X`` / ``2023/11/15``: session 16's convention)
    or under a short line read as a heading below the title (a signing office, ``江北区人民政府办公室`` / ``2023年5月15日``;
    a name alone, ``周宁`` / ``2023-09-01``): no batch's gold has a date alone under any of these as furniture (kind20;
    above the title a heading and a date are a journal's or a masthead's: ``文史知识研究第5卷第1期`` / ``2024/09/01``).
    ``in_order``: False where the unit above comes later in the text (a page read column by column put the date, set
    in the header's right column, after the left column's byline): then only a title counts. ``above`` is
    the unit above it when that is not ``i - 1`` (the HTML reader skips furniture cut
    out of the date's own block, "【新界時報】　2021年6月20日"). (The text route and the HTML reader ask it;
    :func:`doc_meta` still reads the first such date before the prose as the document's date when no credit
    gives one.)"""
    if kinds[i] != "meta" or rules.DATE.fullmatch(sq) is None:
        return False
    j = i - 1 if above is None else above
    if not i or kinds[j] == "title":
        return not i
    return not in_order or not (kinds[j] in _CREDITS or kinds[j] == "heading" and "title" in kinds[:j])


_BANNER_MAX = 60  # characters of a one-line notice above a page's title (a cookie banner)
_TOP_UNITS = 40  # units looked at above the first paragraph for the headline


def _title_index(groups: Sequence[Sequence[Line]], kinds: Sequence[str], texts: Sequence[str]) -> tuple[int | None, bool]:
    """The title's index, and whether it was chosen past headings or notices above it (which are then furniture)."""
    levels = collections.Counter(g[0].level for g in groups if g[0].level)
    if levels[1] == 1:
        first = next(i for i, g in enumerate(groups) if g[0].level == 1)
        under = _headline_under_logo(groups, kinds, first)
        return (first, False) if under is None else (under, True)
    top = _headline_above_credits(groups, kinds, texts)
    if top is not None:
        return top, True
    past = False
    for i, kind in enumerate(kinds):
        if kind in ("debris", "meta", "byline"):
            continue
        if kind == "heading" and levels[groups[i][0].level] <= 1:
            j = i + 1
            while j < len(kinds) and kinds[j] == "debris":
                j += 1
            if j < len(kinds) and kinds[j] == "heading" and (_bar_row(texts[i]) or (
                    _site_and_section(groups[i], texts[i]) and not _site_and_section(groups[j], texts[j]))):
                past = True
                continue  # a saved page's header over the headline: "邻里问答网 - 生活服务", a site's bar "某某省卫生健康委员会 | English | 无障碍"
            if (j > i + 1 and j < len(kinds) and kinds[j] == "heading" and not _framed(kinds, texts, i, j)
                    and not (j - i - 1 >= _FIELDS_MIN and all(_field_row(groups, kinds, texts, k) for k in range(i + 1, j)))):
                # (not over a metadata table, the document's own fields under its title, _header_fields: "借款合同" /
                # "合同编号：…" / "出借人（甲方）：…" / "身份证号：…")
                past = True
                continue  # the site's name above its menu: the headline is the heading below the menu
            return i, past
        break
    paragraphs = [i for i, kind in enumerate(kinds) if kind == "paragraph"]
    after = paragraphs[-1] + 1 if paragraphs else 0
    return next((i for i in range(after, len(kinds)) if kinds[i] == "heading"), None), False


def _headline_under_logo(groups: Sequence[Sequence[Line]], kinds: Sequence[str], first: int) -> int | None:
    """The page's one level-1 heading ``first`` is its site's logo: furniture only under it (the menu, a breadcrumb),
    then a heading of a lower level right above a credit line (a byline or meta line, only furniture between): that
    heading is the headline (html2text's ``****** 某某市第一人民医院 ******`` / menu / ``***** 我院成功举办… *****`` /
    ``发布时间：…``; newuser24 trial)."""
    j = first + 1
    while j < len(kinds) and kinds[j] == "debris":
        j += 1
    if j == first + 1 or j >= len(kinds) or kinds[j] != "heading" or groups[j][0].level <= 1:
        return None
    k = j + 1
    while k < len(kinds) and kinds[k] == "debris":
        k += 1
    return j if k < len(kinds) and kinds[k] in _CREDITS else None


_SITE_SECTION = re.compile(r"[\u4e00-\u9fff]{2,12}([-_－|｜])[\u4e00-\u9fff]{2,12}")


def _bar_row(sq: str) -> bool:
    """Three items or more set apart by bars: a site's bar or menu row ("某某省卫生健康委员会|English|无障碍", w3m;
    newuser24 trial), no headline (a kicker "观察｜城市更新" has one bar)."""
    return sq.count("|") + sq.count("｜") >= 2 and sq[0] not in "|｜" and sq[-1] not in "|｜"


def _site_and_section(group: Sequence[Line], sq: str) -> bool:
    """One line of two hanzi words joined by a hyphen or an underscore, or by a bar set apart by spaces (a
    kicker "观察｜城市更新" has none): the site's name and a section, as a browser prints a page's header."""
    m = _SITE_SECTION.fullmatch(sq) if len(group) == 1 and len(sq) <= 25 else None
    return m is not None and (m.group(1) not in "|｜" or not group[0].clean)


def _framed(kinds: Sequence[str], texts: Sequence[str], i: int, j: int) -> bool:
    """Whether the furniture between heading ``i`` and heading ``j`` repeats furniture printed above
    ``i`` ("合同编号：HT-2019-7071" / title / "合同编号：HT-2019-7071" / "甲方：…"): a page's header printed
    around the document's title, not a site's menu under its name."""
    above = {texts[k] for k in range(i) if kinds[k] == "debris"}
    return bool(above) and all(texts[k] in above for k in range(i + 1, j))


def _headline_above_credits(groups: Sequence[Sequence[Line]], kinds: Sequence[str], texts: Sequence[str]) -> int | None:
    """The heading right above the byline (only furniture between) at the top of the page, if the
    units above it are headings, furniture and at most two short notices (a cookie banner): the
    site's name, a sidebar and a section label stand above the headline, never between it and its
    byline."""
    banners = 0
    for i in range(min(len(kinds), _TOP_UNITS)):
        kind = kinds[i]
        if kind == "paragraph":
            if banners >= 2 or len(texts[i]) > _BANNER_MAX or groups[i][0].level:
                return None
            if not banners and _question_headline(groups, kinds, texts, i):
                return i
            banners += 1
        elif kind == "heading":  # (any level: html2text marks every heading alike)
            j = i + 1
            while j < len(kinds) and kinds[j] == "debris":
                j += 1
            if j < len(kinds) and kinds[j] == "byline":
                if i and kinds[i - 1] == "heading" and len(texts[i]) >= 3 and texts[i][:3] in texts[j]:
                    return i - 1  # the poster's box ("老李说事 发帖208 积分1736") stands between headline and byline
                if i and kinds[i - 1] == "heading" and (rules.SUBTITLE.match(texts[i]) or _english_under(texts, i)):
                    # a subtitle ("——访学者雷浩") or the English title between the headline and the byline
                    return i - 1
                return i
            if j < len(kinds) and kinds[j] == "meta" and len(texts[j]) <= 30 and (
                    rules.DOC_NUMBER.search(texts[j]) or rules.BRACKETED_NUMBER.fullmatch(texts[j])):
                if not texts[i].endswith(("文件", "函")):
                    return i  # above an official document's number ("东阳政办发〔2023〕48号")
                k = j + 1  # "…办公厅文件", "…文化局函" above the number is the cover line: the title is below it
                while k < len(kinds) and kinds[k] == "debris":
                    k += 1
                return k if k < len(kinds) and kinds[k] == "heading" else None
        elif kind == "byline" and i and kinds[i - 1] != "debris":
            return None  # a byline before any headline: the old rules decide
    return None


def _question_headline(groups: Sequence[Sequence[Line]], kinds: Sequence[str], texts: Sequence[str], i: int) -> bool:
    """Unit ``i``, the first above the article under furniture only, is a headline that asks a question (a sentence
    inside, so a paragraph: ``降压药到底该早上吃还是晚上吃？药师一文讲清楚``): one line of a heading's length with a
    question mark and no full stop, right above a byline (only furniture between, ``原创``; lynx, newuser24 trial). A
    banner over the byline that asks nothing (``点赞，转发，在看，一键三连，支持我们！``) is no title (review28)."""
    sq = texts[i]
    if (len(groups[i]) != 1 or len(sq) > HEADING_MAX or "。" in sq or sq[-1] in "：:"
            or ("？" not in sq and "?" not in sq)):
        return False
    j = i + 1
    while j < len(kinds) and kinds[j] == "debris":
        j += 1
    return j < len(kinds) and kinds[j] == "byline"


_ENGLISH_TITLE = re.compile(r"[A-Z][A-Za-z'’:,-]*(?:[A-Za-z'’:,-]+){2,}")  # (squeezed: "AStudyofHistorical…")


def _english_under(texts: Sequence[str], i: int) -> bool:
    """Unit ``i`` is an English title line (Latin letters only, no sentence end) under a title in hanzi."""
    return (len(texts[i]) >= 12 and texts[i].isascii() and _ENGLISH_TITLE.fullmatch(texts[i]) is not None
            and not texts[i - 1].isascii())


def _authors(text: str, m: re.Match[str]) -> list[str]:
    """The names a credit match gives, less role words and the names a photographer's role comes
    before (``攝影／學生會``: a photographer is not the author)."""
    photo = bool(rules.PHOTO_ROLE_END.search(text, m.start(), m.start("names")))
    out = []
    for name in rules.NAME_SEP.split(m.group("names")):
        if name in rules.ROLE_WORDS or name in rules.PHOTO_ROLES:
            photo = name in rules.PHOTO_ROLES
        elif name and not photo:
            out.append(name)
    return out


_RUN_IN_HEAD = 64  # characters of a paragraph that may hold a run-in byline and two of the story (rules.RUN_IN_BYLINE)


def _run_in_head(text: str) -> str:
    """The byline in brackets that a paragraph opens with and runs on after (``〔記者X／高雄報導〕馬祖地區…``: the
    story's since session 17, its reporter still the document's author), as the paragraph prints it; else ''."""
    cut = run_in_byline("".join(text[:_RUN_IN_HEAD].split()))
    for i, ch in enumerate(text[:_RUN_IN_HEAD] if cut else ""):
        if not ch.isspace():
            cut -= 1
            if not cut:
                return text[:i + 1] if text[i - 1] not in "摄攝" else ""  # (a photographer is not the author)
    return ""


# the end of a word before "来源" that makes it a picture's source ("图片来源：", "图像来源：")
_PICTURE_SOURCE = frozenset(w[-1] for w in rules.PICTURE_WORDS) | {"像"}


def doc_meta(texts: Sequence[str], kinds: Sequence[str]) -> DocMeta:
    """Title, author, date and outlet as the text states them (None where it does not)."""
    title = outlet = date = None
    authors: list[str] = []
    for text, kind in zip(texts, kinds, strict=True):
        if kind == "title" and title is None:
            title = text
            m = rules.OUTLET_PREFIX.match(text)
            if m:
                outlet = m.group(1)
                title = text[m.end():].strip() or text
        elif kind == "paragraph":
            if text[:1] in _RUN_IN_OPEN and (head := _run_in_head(text)):  # the reporter of a dateline run into it
                m = rules.BYLINE.match(head) or rules.REPORTER.search(head)
                if m:
                    authors += _authors(head, m)
        elif kind in ("byline", "meta"):
            m = rules.BYLINE.match(text) or (
                (rules.REPORTER.search(text) or rules.DATELINE.match(text) or rules.OUTLET_REPORTER.fullmatch(text)
                 or rules.HANDLE_CREDIT.fullmatch(text))
                if kind == "byline" else None)
            if m:
                authors += _authors(text, m)
            elif kind == "byline" and (m := rules.ACCOUNT_CREDIT.fullmatch(text)) and not rules.lone_name(m.group("account")):
                # "陈律师 法商观察 2024-01-05 08:30": a name, the account, the date (an account that is a name itself,
                # "王鹏 赵敏 2024-01-05", is a second author, no outlet)
                authors.append(m.group("names"))
                outlet = outlet or m.group("account")
            for m in rules.SOURCE.finditer(text):  # (not a picture's source, "图片来源：网络": the picture's, not the text's,
                if text[m.start() - 1:m.start()] not in _PICTURE_SOURCE:  # also before the text's, "图片来源：网络　来源：新华社")
                    outlet = m.group(1)
                    break
            m = rules.DATE.search(text)
            if m and date is None:
                date = " ".join(m.group().split())
    if date is None:  # the date line near the top that stands apart from the credits (before any paragraph)
        for text, kind in zip(texts, kinds, strict=True):
            if kind == "paragraph":
                break
            if kind == "debris" and rules.DATE.fullmatch(text):
                date = " ".join(text.split())
                break
    if date is None:  # a full date in hanzi numerals on a meta line of its own: a judgment's "二〇二三年六月二十日"
        for text, kind in zip(texts, kinds, strict=True):
            if kind == "meta" and text[-1:] == "日" and rules.HANZI_DATE.fullmatch(sq := "".join(text.split())):
                date = sq
                break
    author = "、".join(dict.fromkeys(authors)) or None
    return DocMeta(title, author, date, outlet)
