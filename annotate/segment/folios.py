"""Footer and header lines that carry the page's own number, found in a text extract of a printed document.

A book or magazine prints its folio on the same line as a running head or foot line (``2　人與城：一部通俗史``
at the top of page 2, ``2　人文视野　2023年第10期`` at its foot), and an exam paper prints a page counter
under each column (``語文試題　第1頁（共2頁）``). Such a line is page furniture, never a heading or a
paragraph, and it never repeats exactly (its number changes), often it is printed once:

* a line of ≤ 40 characters without a sentence end that holds a page counter (``第1頁（共2頁）``,
  ``第3页 共9页``: :data:`rules.PAGE_COUNTER`); a short line of hanzi (≤ 8, no punctuation) right above such a line
  with at most one blank line between is the footer's first piece (``語文試題`` / ``第1頁（共2頁）``, as
  pdftotext's default mode prints it): the two are one unit; a print code right above it (capitals, then groups of
  capitals or digits after a hyphen, dot or slash: ``SMS-95001-02`` / ``第1页／共1页``) is a debris unit of its own;
* in an extract with form feeds, one of the first or last two lines of page *n* whose text opens or ends
  with the number *n* set apart by a space, the rest ≤ 24 characters without a sentence end;
* a book's running head at a later page's top over a section's head (``高中地理 必修 第二冊`` / ``第二節 影響因素``);
* in an extract with form feeds, a newspaper page's label alone as a page's first or last line (``A5``, ``B12``: a
  section letter A–H and one or two digits), which default mode prints right under the page's last line of prose;
* in an extract with form feeds, the short lines (≤ 12 characters, no sentence end, at most two) under
  a lone page number at the very end of a page (``2`` / ``人文视野`` / ``2023年第10期``): one unit.

Before the line rules, :func:`split_folios` cuts such a line at the page's number into the folio and what is
printed beside it (two units); once lines have their kinds, :func:`split_far_strings` cuts a furniture line whose
strings -layout set far apart (a running head's left and right strings), or, where the line repeats as printed,
-raw set one space apart between wide characters, into a line a string. Each becomes ``debris`` (nothing is dropped). Cheap gates: the counter pattern runs over the lines only when one regex
search finds a counter in the raw text; the page tests only on the edge lines of each page.
"""

from __future__ import annotations

import collections
import re
from collections.abc import Sequence

from . import rules
from .join import CONTINUED
from .lines import Line, page_of, squeeze

__all__ = ["mark_folio_lines", "split_far_strings", "split_folios"]

_COUNTER_RAW = re.compile(r"第[ \t\u3000]*\d{1,4}[ \t\u3000]*[页頁][ \t\u3000]*[（(/∕／，,]?[ \t\u3000]*共")  # (the gate, on the raw text)
_FOOT_MAX = 40  # characters of a footer line with a page counter
_REST_MAX = 24  # characters of a running head or foot line beside the folio
_PIECE_MAX = 8  # characters of a footer's first piece above its counter
_UNDER_MAX = 12  # characters of a footer's piece under a lone page number
_HANZI = re.compile(r"[\u4e00-\u9fff]{2,8}")
_EDITION_PAGE = re.compile(r"[A-H]\d{1,2}")  # a newspaper's page: its section letter and number
# a leaflet's or form's print code, which its footer carries beside the page counter: "SMS-95001-02", "QR-7.5-03"
_PRINT_CODE = re.compile(r"[A-Z]{1,6}\d*(?:[-./][A-Z0-9]{1,8}){1,4}")
_CODE_MAX = 24
_FAR = re.compile(r"[ \t]{6,}")  # -layout's gap between two strings drawn apart on one printed line
_NEAR = re.compile(r"[ \t]{3,}")  # -layout's narrower gap between a running head's strings (:func:`_near_gaps`)
_NEAR_PIECES = 3  # strings of such a line, at most (a masthead's date line has more: one unit)


def mark_folio_lines(raw: str, lines: Sequence[Line]) -> None:
    """Make the lines described in the module's docstring debris."""
    if "共" in raw and _COUNTER_RAW.search(raw):
        _counters(lines)
    if "\n第" in raw:
        _book_heads(raw, lines)
    if "\f" not in raw or not lines:
        return
    page = page_of(raw, lines)
    starts = [0] + [i for i in range(1, len(lines)) if page[i] != page[i - 1]]
    ends = starts[1:] + [len(lines)]
    first = _first_folio(lines, page, starts, ends, raw)
    for a, b in zip(starts, ends, strict=True):
        number = str(page[a] + first)
        for i in {a, a + 1, b - 2, b - 1}:
            if a <= i < b and not lines[i].kind:
                _folio_line(raw, lines[i], number)
            if a <= i < b and "".join(lines[i].sq.split()).lower().removeprefix("page") == number:
                for j in (i - 1, i + 1):  # what split_folios cut off the folio's line (the same raw line)
                    if a <= j < b and lines[j].kind != CONTINUED and "\n" not in raw[min(lines[i].end, lines[j].end):
                                                                                  max(lines[i].start, lines[j].start)]:
                        lines[j].kind = "debris"
        _under_folio(raw, lines, a, b)
        _over_folio(raw, lines, a, b, number)
        if b - a >= 2 and "/" in lines[b - 1].sq and _COUNTER_ALONE.fullmatch(lines[b - 1].sq) \
                and lines[b - 1].sq.split("/")[0] == number and "\n" not in raw[lines[b - 2].end:lines[b - 1].start]:
            lines[b - 2].kind = lines[b - 1].kind = "debris"  # a footer strip and its counter (split_folios cut them)
    if "｜" in raw or "|" in raw:
        _kicker_heads(lines, starts, ends)
    for ln in lines:
        if len(ln.sq) <= 3 and not ln.kind and _EDITION_PAGE.fullmatch(ln.sq) and _at_page_edge(raw, ln):
            ln.kind = "debris"  # a newspaper page's label alone at the page's top or foot: "A5", "B12" (in the text's order)


_FIELD_GAP = re.compile(r"[^\s][ \u3000]+[^\s]")  # a space (or a few) between two words of a line


def _book_heads(raw: str, lines: Sequence[Line]) -> None:
    """A book's running head at a later page's top, over a section's head (:func:`_book_head`): debris. The page's
    top: right after a form feed, or (``-nopgbrk``) right under the previous page's folio alone on its line."""
    for i in range(1, len(lines) - 1):
        if lines[i + 1].sq[:1] != "第":  # (the cheap test first)
            continue
        line, above = lines[i], lines[i - 1]
        if ((raw[line.start - 1] == "\f" or (len(above.sq) <= 4 and above.sq.isdigit()))
                and _book_head(raw, line, lines[i + 1])):
            line.kind = "debris"


def _book_head(raw: str, line: Line, nxt: Line) -> bool:
    """``line``, a later page's first line, is a book's running head: ≤ 24 characters in three or more words set apart
    by spaces, no sentence end, no kind, and a section's label opens the line under it (``高中地理 必修 第二冊`` /
    ``第二節 影響因素``: a textbook's head, which ``-raw`` prints on the page only where a section opens)."""
    return (not line.kind and len(line.sq) <= _REST_MAX and nxt.sq[:1] == "第" and rules.SECTION_LABEL.match(nxt.sq) is not None
            and not rules.SENTENCE_END_RE.search(line.sq) and len(_FIELD_GAP.findall(raw, line.start, line.end)) >= 2)


def _at_page_edge(raw: str, line: Line) -> bool:
    """Only whitespace between ``line`` and the form feed after it, or the one before it (or the text's start)."""
    after = raw.find("\f", line.end)
    if after >= 0 and not raw[line.end:after].strip():
        return True
    return not raw[raw.rfind("\f", 0, line.start) + 1:line.start].strip()


_LEAD = re.compile(r"[ \t\u3000]*(?P<n>(?:[Pp]age[ \t]*)?\d{1,4})[ \t\u3000]+(?=\S)")
_TRAIL = re.compile(r"(?<=\S)[ \t\u3000]+(?P<n>(?:[Pp]age[ \t]*)?\d{1,4})[ \t\u3000]*$")
_COUNTER_AT = re.compile(_COUNTER_RAW.pattern + r"[ \t\u3000]*\d{1,4}[ \t\u3000]*[页頁][）)]?")  # rules.PAGE_COUNTER, spaces allowed
_GAP = re.compile(r"\s+")  # (a form feed too: pdftotext sets one between two pages' footers on one line)
_SIDE_MAX = 40  # characters printed beside the folio on its line
_WORDLIKE = re.compile(r"[^\W\d_]")


def split_folios(raw: str, lines: list[Line]) -> list[Line]:
    """A line of two page counters (two columns' footers, ``語文試題 第1頁（共2頁） 語文試題 第2頁（共2頁）``) is
    cut after the first; and in an extract with form feeds, a line among the first or last two of page *n* that holds the number
    *n* (``1``, ``Page 1``) and, set apart by a space, ≤ 40 characters without a sentence end or with one
    sentence only (``HX-700 使用说明书      1``, ``2   人文视野   2023年第10期``, ``本文为公开资料整理，仅供学习交流。
    Page 1``): the folio and what is printed beside it are two lines, both ``debris``."""
    cut: dict[int, tuple[int, int]] = {}  # line index -> (end of the first part, start of the second)
    if "共" in raw and _COUNTER_RAW.search(raw):  # two columns' footers on one line: "語文試題 第1頁（共2頁） 語文試題 第2頁（共2頁）"
        for i, line in enumerate(lines):
            if len(line.pieces) == 1 and len(line.sq) <= 2 * _FOOT_MAX and line.sq.count("共") >= 2:
                found = list(_COUNTER_AT.finditer(raw, *line.pieces[0]))
                if len(found) == 2 and found[0].end() < found[1].start():
                    gap = _GAP.match(raw, found[0].end())
                    if gap is not None and gap.end() < line.pieces[0][1]:
                        cut[i] = (found[0].end(), gap.end())
    if "\f" in raw and lines:
        _edge_cuts(raw, lines, cut)
    if not cut:
        return lines
    out: list[Line] = []
    for i, line in enumerate(lines):
        if i not in cut:
            out.append(line)
            continue
        (start, end), (first_end, second_start) = line.pieces[0], cut[i]
        for k, (s, e) in enumerate(((start, first_end), (second_start, end))):
            sq = squeeze(raw, s, e)
            out.append(Line([(s, e)], sq, gap=line.gap if k == 0 else 0, hard=line.hard or k == 1,
                            kind="debris", clean=sq == raw[s:e]))
    return out


def _edge_cuts(raw: str, lines: list[Line], cut: dict[int, tuple[int, int]]) -> None:
    """The folio cuts of :func:`split_folios` on the edge lines of each page (``cut`` filled in)."""
    page = page_of(raw, lines)
    starts = [0] + [i for i in range(1, len(lines)) if page[i] != page[i - 1]]
    ends = starts[1:] + [len(lines)]
    first = _first_folio(lines, page, starts, ends, raw)
    for a, b in zip(starts, ends, strict=True):
        number = str(page[a] + 1)
        for i in sorted({a, a + 1, b - 2, b - 1}):
            if a <= i < b and i not in cut and not lines[i].kind and len(lines[i].pieces) == 1 \
                    and len(lines[i].sq) <= _SIDE_MAX + 8 and not _clause_list(raw, lines, i, b, number):
                at = _folio_cut(raw, lines[i], number)
                if at is None and first > 1:  # folios that count on from another page (a book's chapter)
                    at = _folio_cut(raw, lines[i], str(page[a] + first), spaced=True)
                if at is not None:
                    cut[i] = at
        last = lines[b - 1]
        if b - 1 not in cut and not last.kind and len(last.pieces) == 1 and "/" in last.sq[-6:]:
            at = _strip_cut(raw, last, number)  # a footer strip and its counter: "江临市博物馆 地址：… 1/2"
            if at is not None:
                cut[b - 1] = at


def _clause_list(raw: str, lines: list[Line], i: int, end: int, number: str) -> bool:
    """Line ``i`` opens with ``number`` and a line further down its page (before ``end``) opens with the next
    number and a space: the first clause of a numbered list (``1　范围`` … ``2　规范性引用文件``), no folio."""
    if not raw.startswith(number, lines[i].start):
        return False
    following = str(int(number) + 1)
    return any(raw.startswith(following, ln.start) and raw[ln.start + len(following):ln.start + len(following) + 1] in " \u3000"
               for ln in lines[i + 1:end])


def _folio_cut(raw: str, line: Line, number: str, spaced: bool = False) -> tuple[int, int] | None:
    """Where ``line`` splits into its folio (the page's own ``number``) and the rest, or None; ``spaced``: only
    where the two are set apart by whitespace alone (a bar ``香港01週報 | 53`` prints one string)."""
    if rules.PAGE_NUMBER.fullmatch(line.sq):  # ("Page 1" is one folio)
        return None
    start, end = line.pieces[0]
    for m, lead in ((_LEAD.match(raw, start, end), True), (_TRAIL.search(raw, start, end), False)):
        if m is None or "".join(m.group("n").split()).lower().removeprefix("page") != number:
            continue
        rest = squeeze(raw, m.end(), end) if lead else squeeze(raw, start, m.start())
        if spaced and rest and (rest[0] if lead else rest[-1]) in "|｜/／-－—·":
            continue
        sentences = len(rules.SENTENCE_END_RE.findall(rest))
        if (len(_WORDLIKE.findall(rest)) >= 2 and len(rest) <= _SIDE_MAX  # (not "P." of "P. 1")
                and (sentences == 0 or sentences == 1 and rest[-1] in "。！？")):
            return (m.start("n") + len(m.group("n")), m.end()) if lead else (m.start(), m.start("n"))
    return None


def _counters(lines: Sequence[Line]) -> None:
    for i, ln in enumerate(lines):
        sq = ln.sq
        if (ln.kind and ln.kind != "debris") or len(sq) > _FOOT_MAX or "共" not in sq or rules.SENTENCE_END_RE.search(sq) \
                or not rules.PAGE_COUNTER.search(sq):
            continue
        above = lines[i - 1] if i else None
        if (above is not None and not above.kind and ln.gap <= 1 and len(above.sq) <= _CODE_MAX
                and _PRINT_CODE.fullmatch(above.sq)):
            above.kind = ln.kind = "debris"  # the footer's print code: "SMS-95001-02" / "第1页／共1页" (a unit each)
        elif ln.kind:
            continue
        elif (above is not None and not above.kind and ln.gap <= 1 and not rules.PAGE_COUNTER.search(above.sq)
                and _HANZI.fullmatch(above.sq) and len(above.sq) <= _PIECE_MAX):
            above.kind, ln.kind = "debris", CONTINUED  # "語文試題" / "第1頁（共2頁）": one footer
        else:
            ln.kind = "debris"


def _folio_line(raw: str, line: Line, number: str) -> None:
    """``line`` opens or ends with the page's own number set apart by a space, the rest short: debris."""
    sq = line.sq
    if len(sq) > _REST_MAX + len(number) or not (sq.startswith(number) or sq.endswith(number)):
        return
    words = " ".join(raw[line.start:line.end].split()).split(" ")
    if len(words) < 2 or number not in (words[0], words[-1]):
        return
    rest = "".join(words[1:] if words[0] == number else words[:-1])
    if rest and not rest.isdigit() and not rules.SENTENCE_END_RE.search(rest):
        line.kind = "debris"


_KICKER = re.compile(r"([\u4e00-\u9fff]{2,8})[｜|](?=\S)")  # a running head's section name and its bar: "封面故事｜"
_KICKER_MAX = 40  # characters of such a running head


def _kicker_heads(lines: Sequence[Line], starts: Sequence[int], ends: Sequence[int]) -> None:
    """A magazine's running head, its section name and a bar before the magazine's name on one page and the
    story's title on another (``封面故事｜人文地理周刊``, ``封面故事｜关于举办…的通知``): a line among the first
    two of two or more pages that opens with the same name and bar (≤ 40 characters, no sentence end) is
    debris on each of them."""
    found: dict[str, list[int]] = {}
    for a, b in zip(starts, ends, strict=True):
        for i in range(a, min(a + 2, b)):
            sq = lines[i].sq
            m = _KICKER.match(sq)
            if (m is not None and lines[i].kind in ("", "debris") and not lines[i].level and len(sq) <= _KICKER_MAX
                    and not rules.SENTENCE_END_RE.search(sq)):
                found.setdefault(m.group(1), []).append(i)
                break
    for idx in found.values():
        if len(idx) >= 2:
            for i in idx:
                lines[i].kind = "debris"


# (the look-behind: a search tried each space of a long run in turn, quadratic on a hostile line)
_STRIP_COUNTER = re.compile(r"(?<![ \t\u3000])[ \t\u3000]+(\d{1,4})[ \t\u3000]*[/∕／][ \t\u3000]*\d{1,4}[ \t\u3000\r]*$")  # " 1/2"
_STRIP_MAX = 80  # characters of a footer strip
_STRIP_FIELDS = 3  # fields of a footer strip cut before its counter, at least
_COUNTER_ALONE = re.compile(r"\d{1,4}/\d{1,4}")
_STRIP_GAP = re.compile(r"(?<=\S)[ \t\u3000]{2,}(?=\S)")


def _strip_cut(raw: str, line: Line, number: str) -> tuple[int, int] | None:
    """Where a page's last line splits into its footer strip and its counter ``n/m`` (``n`` the page's own
    number), or None: ``高雄市立文化中心   地址：…   電話：…   1/1``, ``江临市博物馆 地址：… 电话：… 1/2`` (-raw),
    ≤ 80 characters, no sentence end, the strip of three fields or more set apart by spaces, with two gaps or more
    or a label's colon (``地址：… 網址：… 1/2``, two fields, stays one footer line)."""
    start, end = line.pieces[0]
    m = _STRIP_COUNTER.search(raw, start, end)
    if m is None or m.group(1) != number or len(line.sq) > _STRIP_MAX or rules.SENTENCE_END_RE.search(line.sq):
        return None
    strip = raw[start:m.start()]
    if len(strip.split()) < _STRIP_FIELDS or (len(_STRIP_GAP.findall(strip)) < 2 and "：" not in strip):
        return None  # (two fields and the counter, "地址：… 網址：… 1/2", stay one footer)
    return m.start(), m.start(1)


def _first_folio(lines: Sequence[Line], page: Sequence[int], starts: Sequence[int], ends: Sequence[int], raw: str = "") -> int:
    """The folio of the extract's first page: 1, or the one that the numbers at the pages' edges agree on
    where they count on from another (a chapter of a book starts at page 21): the number that opens or ends
    the first or last line of a page, minus the page's index, the same on two pages or more, one of them a number
    that ends its line (a verso's folio opens its running line, a recto's ends it)."""
    if len(starts) < 2:
        return 1
    votes: dict[int, int] = {}
    ending: set[int] = set()  # the offsets that a number ending a line gave
    for a, b in zip(starts, ends, strict=True):
        seen = set()
        for i in {a, b - 1}:
            line = lines[i]
            if len(line.sq) > _REST_MAX + 4:
                continue
            m = _EDGE_NUMBER.search(line.sq) if line.sq[-1:].isdigit() else None
            if m:
                seen.add(int(m.group()) - page[a])
                ending.add(int(m.group()) - page[a])
            elif raw and line.sq[:1].isdigit() and (m := _LEAD.match(raw, line.start, line.end)) and m.group("n").isdigit():
                seen.add(int(m.group("n")) - page[a])  # a verso's folio opening its running line: "22 初中历史与社会…"
        for d in seen:
            votes[d] = votes.get(d, 0) + 1
    best = max(votes, key=lambda d: (votes[d], d == 1), default=1)
    # (a folio opening a line counts only beside one ending a line: clause heads "5 基本要求" / "6 …" opening
    # two pages are no folios)
    return best if best > 1 and votes[best] >= 2 and best in ending else 1


_EDGE_NUMBER = re.compile(r"(?<!\d)\d{1,4}$")  # (on a squeezed line: a running line's folio at its end)


def _over_folio(raw: str, lines: Sequence[Line], a: int, b: int, number: str) -> None:
    """At the very end of a page, a lone page number and right above it a short running line of two words
    (``初中历史与社会 八年级上册`` / ``22``: pdftotext ``-raw`` prints the page's head last, as it was drawn)."""
    if b - a < 3 or lines[b - 1].sq != number or lines[b - 2].kind or lines[b - 2].level:
        return
    line = lines[b - 2]
    text = raw[line.start:line.end].strip()
    if (len(line.sq) <= _REST_MAX and " " in text or "\u3000" in text) and not rules.SENTENCE_END_RE.search(line.sq) \
            and "\n" not in text:
        line.kind = "debris"
        lines[b - 1].kind = "debris"


def _under_folio(raw: str, lines: Sequence[Line], a: int, b: int) -> None:
    """At the very end of a page, one or two short lines under a lone page number: the footer's pieces."""
    for k in (b - 3, b - 2):
        if k < a or lines[k].kind != "debris" or not lines[k].sq.isdigit():
            continue
        under = lines[k + 1:b]
        if 0 < len(under) <= 2 and all(not ln.kind and len(ln.sq) <= _UNDER_MAX
                                        and not rules.SENTENCE_END_RE.search(ln.sq) for ln in under):
            under[0].kind = "debris"
            for ln in under[1:]:  # (one foot line an extract cut at its gap: one unit)
                ln.kind = CONTINUED
            return


# -raw's one space between two strings of wide characters (not after a label's colon: a blank field, "甲方签章： 乙方签章：")
_ONE_SPACE = re.compile(r"(?<=[^\x00-\x7f：]) (?=[^\x00-\x7f])")
_STRINGS_MAX = 3  # such spaces in a running head's line (more: OCR-like spaces inside its words)
_STRINGS_MIN_CHARS = 12  # characters of such a line: a shorter one is a stamp with a space inside ("機密 僅供內部使用")


def _one_space_gaps(raw: str, line: Line) -> list[re.Match[str]] | None:
    """The spaces of a running head's line that ``-raw`` or the default mode printed as strings one space apart
    (``中和福满堂终身寿险（分红型）条款 中和人寿保险股份有限公司``): one space between two wide characters (not after a
    colon), at most :data:`_STRINGS_MAX` of them and no other whitespace inside a line of :data:`_STRINGS_MIN_CHARS`
    characters or more."""
    s, e = line.pieces[0]
    if len(line.sq) < _STRINGS_MIN_CHARS:
        return None
    gaps = list(_ONE_SPACE.finditer(raw, s, e))
    if not gaps or len(gaps) > _STRINGS_MAX or raw.count(" ", s, e) != len(gaps) or "\t" in raw[s:e]:
        return None
    return gaps


def _near_gaps(raw: str, line: Line) -> list[re.Match[str]] | None:
    """The gaps of a running head's line whose strings -layout set three to five spaces apart (``社会调查与研究   2024年
    第2期``, ``宁川年鉴   重要文献``, ``知情同意书   版本号：V2.0   版本日期：2024-01-05``): two or three strings, the
    first of hanzi without a digit (not a number or label and its title: ``2.1.1   规模持续扩大``, ``专栏2   企业实践``,
    ``第5课   社会的变迁``) nor a label and its value (``单位：元   币种：人民币``), none with a clause or sentence mark (a
    caption and its credit), no page counter after it (``語文試題   第1頁（共2頁）``: one unit, :func:`_counters`)."""
    s, e = line.pieces[0]
    gaps = list(_NEAR.finditer(raw, s, e))
    if not gaps or len(gaps) >= _NEAR_PIECES:
        return None
    first = raw[s:gaps[0].start()]
    if not rules.HANZI.match(first) or rules.DIGITS.search(first) or "：" in first or ":" in first \
            or rules.CLAUSE_MARK.search(raw, s, e) or rules.PAGE_COUNTER.search(raw, gaps[0].end(), e):
        return None
    return gaps


def split_far_strings(raw: str, lines: list[Line]) -> list[Line]:
    """In an extract with form feeds, a line of page furniture (``debris``: a running head or foot) whose strings
    -layout set six spaces or more apart (:data:`_FAR`) (``柳州湾自来水有限公司          应急预案``), or that the
    extract prints twice or more exactly so with its strings one space apart between wide characters, as -raw and the
    default mode print a running head (``中和福满堂终身寿险（分红型）条款 中和人寿保险股份有限公司`` on every page:
    :func:`_one_space_gaps`): one debris line a string, as each was drawn on its own."""
    if "\f" not in raw:
        return lines
    out: list[Line] = []
    repeated = None  # the texts of two or more debris lines as printed (found when first needed)
    for line in lines:
        gaps = None
        if line.kind == "debris" and not line.clean and len(line.pieces) == 1:
            gaps = list(_FAR.finditer(raw, *line.pieces[0]))
            if not gaps and "   " in raw[line.start:line.end]:
                gaps = _near_gaps(raw, line)
            if not gaps and " " in raw[line.start:line.end]:
                if repeated is None:  # (as printed: a word that OCR-like spaces cut once is no running head)
                    seen = collections.Counter(raw[ln.start:ln.end] for ln in lines if ln.kind == "debris")
                    repeated = {text for text, n in seen.items() if n >= 2}
                if raw[line.start:line.end] in repeated:
                    gaps = _one_space_gaps(raw, line)
        if not gaps:
            out.append(line)
            continue
        cuts = [line.start, *(x for m in gaps for x in (m.start(), m.end())), line.end]
        if (any(cuts[k + 1] - cuts[k] == 1 and not raw[cuts[k]].isdigit() for k in range(0, len(cuts), 2))
                or rules.SECTION_LABEL.fullmatch(raw, cuts[0], cuts[1])):
            # a heading letter-spaced as wide, one character a piece ("前       言"), or a chapter's label and its
            # title ("第二章       周公旦", a running head): one string
            out.append(line)
            continue
        for k in range(0, len(cuts), 2):
            s, e = cuts[k], cuts[k + 1]
            sq = squeeze(raw, s, e)
            out.append(Line([(s, e)], sq, gap=line.gap if k == 0 else 0, hard=line.hard or k > 0, kind="debris",
                            clean=sq == raw[s:e]))
    return out
