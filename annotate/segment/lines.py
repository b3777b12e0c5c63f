"""Raw text to visual lines: line breaks, blank-line gaps, markdown markers, glued paragraphs.

A :class:`Line` keeps raw offsets only: ``pieces`` are the half-open ranges of the raw string that
carry text once markdown markers (``#``, ``**``, list bullets, link syntax) are cut out. ``sq`` is
the line's text with all whitespace removed, which is what the joining and classifying rules read.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import operator
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from . import rules

__all__ = ["Line", "split_lines", "squeeze", "page_of", "cut_pieces", "squeeze_pieces", "strip_piece", "display_width"]

# A line opening with one of these may be markdown or carry dropped characters: no fast path.
_SPECIAL_FIRST = frozenset("#-+>![•") | rules.DROP_CHARS


@dataclass(slots=True)
class Line:
    pieces: list[tuple[int, int]]
    sq: str  # text without whitespace or markup
    gap: int = 0  # blank lines before this one
    level: int = 0  # markdown heading level, 0 if none
    hard: bool = False  # a break before this line is certain (split inside a raw line, rule, ...)
    dup: bool = False  # the second copy of a doubled line, or a dump's list number before an item's own: debris
    kind: str = ""  # set for standalone lines: "byline", "meta" or "debris"
    width: float = 0.0  # printed width in full-width units (set by join.context)
    clean: bool = False  # one piece, no whitespace or dropped characters inside: sq is its raw text
    last: str = ""  # last character before closing quotes/brackets (set by join.context)
    indent: float = 0.0  # indentation beyond the text's common left margin (set by join.context)
    item: bool = False  # opened with a list bullet ("- ", "* ", "• "): starts a unit of its own
    lead: int = -1  # a column's line (columns.py): its indentation within the column in characters; -1: none
    run_in: bool = False  # the rest of a line after a run-in byline cut off it ("〔記者X∕台中報導〕" / "2005年10")
    column: float = 0.0  # a piece of a line cut at a one-space gutter (columns.spaced_order): its column's printed width

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


def display_width(sq: str) -> float:
    """Printed width in full-width units: an ASCII character half, any other one (its ASCII characters
    counted in C)."""
    return len(sq) - 0.5 * len(sq.encode("ascii", "ignore"))


def squeeze(raw: str, start: int, end: int) -> str:
    text = raw[start:end]
    return rules.SPACE_OR_DROP.sub("", text) if rules.SPACE_OR_DROP.search(text) else text


def strip_piece(raw: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` to exclude surrounding whitespace and dropped characters."""
    m = rules.CHUNK.search(raw, start, end)
    if m is None:
        return start, start
    j = end
    while j > m.end() and rules.SPACE_OR_DROP.match(raw, j - 1):
        j -= 1
    return m.start(), j


def cut_pieces(pieces: list[tuple[int, int]], cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Remove the raw ranges ``cuts`` (sorted, disjoint) from ``pieces``."""
    out = []
    for s, e in pieces:
        for cs, ce in cuts:
            if ce <= s or cs >= e:
                continue
            if cs > s:
                out.append((s, cs))
            s = max(s, ce)
        if s < e:
            out.append((s, e))
    return out


_DRAWN_RULE = 10  # characters: a markdown rule is "---" or "* * *"; a line of dashes across the page is a drawn rule
_ROW_UNDER = re.compile(r"[ \t]*\r?\n[ \t]*\|")  # a table's row opening with its border on the next line


def _markdown(raw: str, start: int, end: int) -> tuple[list[tuple[int, int]], int, bool, bool]:
    """Pieces of one raw line with markdown markers removed, its heading level, rule-ness, and
    whether it is a list item (which starts a unit of its own)."""
    level = 0
    item = False
    if rules.MD_RULE.match(raw, start, end):
        if end - start < _DRAWN_RULE and not (raw[end - 1] == "_" and _ROW_UNDER.match(raw, end)):
            return [], 0, True, False  # (not html2text's top border of a narrow table, " _______" / "|類|比|": debris)
        return [(start, end)], 0, False, False  # a dump's page rule (classify: debris), not markdown
    m = rules.MD_HEADING.match(raw, start, end)
    star = rules.MD_STAR_HEADING.match(raw, start, end) if not m and raw[start] == "*" else None
    if star:
        level = 7 - len(star.group(1))
        start, end = star.span(2)
    elif m:
        if m.end() >= end and m.group(1) == "###":  # "###" alone: a press release's end mark, text (debris)
            return [(m.start(1), m.end(1))], 0, False, False
        level = len(m.group(1))
        start = m.end()
        close = rules.MD_HEADING_CLOSE.search(raw, start, end)
        if close:
            end = close.start()
    elif not rules.PAGE_NUMBER.fullmatch(raw, start, end):  # "- 1 -" is a page number, not a list item
        m = rules.MD_BULLET.match(raw, start, end)
        if m:
            item = raw[start] in "-*+•"
            start = m.end()
    pieces = [(start, end)]
    cuts: list[tuple[int, int]] = []
    line = raw[start:end]
    if "*" in line or "_" in line or "~" in line:
        for m in _emphases(raw, start, end):
            cuts += [(m.start(1), m.end(1)), (m.end(2), m.end())]
        if line[-1:] == "*" and (italic := rules.MD_ITALIC_LINE.match(raw, start, end)):
            cuts += [italic.span(1), italic.span(2)]  # (a whole line in single-star italics: its stars)
        if "_" in line:
            cuts += _link_spaces(raw, start, end)
    if "](" in line:
        for m in _links(raw, start, end):
            if m.group(1):  # an image: alt text is not article text
                cuts.append((m.start(), m.end()))
            else:
                cuts += [(m.start(), m.start(2)), (m.end(2), m.end())]
    if cuts:
        cuts.sort()
        pieces = cut_pieces(pieces, cuts)
    return [p for p in (strip_piece(raw, s, e) for s, e in pieces) if p[0] < p[1]], level, False, item


def _link_spaces(raw: str, start: int, end: int) -> list[tuple[int, int]]:
    """The ``_`` that html2text prints for a space inside a link's text before a date, each a cut: one ``_`` between
    a hanzi and a date (rules.DATE: ``发布于_2024-04-02_13:15``, a post's time linked, dev16 k16-005; ``码农小周_于_2024-
    04-05_08:23:23_发布``, a blog's credit, dev12 w12-008, w12-009). A cut inserts no space, so the ``_`` between the
    date and its time stays (cut, ``2024-04-0213:15`` ran together); rules.DATE takes it there, so the stamp reads as
    one (rules.POSTED). Every line of every text input comes here and no mark of html2text's shows on the dev dumps that
    print these stamps (no link, no emphasis in w12-008's), so the cut is not kept to web dumps but to a date: a plain
    text's ``报表_2024_001.xlsx``, ``版本_3`` keep their marks. Not before a hanzi (a contents link's ``1_概述``, dev15
    w15-004; a page title's ``走近心脏_清河市人民政府门户网站``, dev7), nor a form's blank (``____``) or a name in code
    (``snake_case``)."""
    cuts = []
    i = raw.find("_", start + 1, end - 1)
    while i >= 0:
        if "\u4e00" <= raw[i - 1] <= "\u9fff" and "0" <= raw[i + 1] <= "9" and rules.DATE.match(raw, i + 1, end):
            cuts.append((i, i + 1))
        i = raw.find("_", i + 1, end - 1)
    return cuts


# A line longer than this has its emphasis and links found by the linear scans below; on a shorter
# one ``finditer`` is as fast and gives the same matches (test_segment_hostile.py compares the two).
_LONG_LINE = 1000
_CLOSE_EMPHASIS = re.compile(r"(?<=\S)(?=\*\*|__|~~)")
_OPEN_EMPHASIS = re.compile(r"(?=(\*\*|__|~~)\S)")
_LINK_STOP = re.compile(r"[)\s]")
_LINK_TAIL = re.compile(r'(?:\s+"[^"]*")?\)')


def _emphases(raw: str, start: int, end: int) -> Iterable[re.Match]:
    """``rules.MD_EMPHASIS.finditer(raw, start, end)`` in time linear in the line. The regex tries
    every opening marker and scans to the line's end for one that is never closed ("**a " ten
    thousand times: quadratic); here an opening is tried only when a closing of its marker
    follows, and the regex's own ``match`` gives each match."""
    if end - start <= _LONG_LINE:
        yield from rules.MD_EMPHASIS.finditer(raw, start, end)
        return
    closes: dict[str, list[int]] = {"*": [], "_": [], "~": []}
    for m in _CLOSE_EMPHASIS.finditer(raw, start, end):
        closes[raw[m.start()]].append(m.start())
    pos = start
    for m in _OPEN_EMPHASIS.finditer(raw, start, end):
        i = m.start()
        if i < pos:
            continue
        found = closes[raw[i]]
        k = bisect.bisect_left(found, i + 3)  # the content is one character or more
        if k == len(found) or found[k] + 2 > end:
            continue
        match = rules.MD_EMPHASIS.match(raw, i, end)
        if match is not None:
            yield match
            pos = match.end()


def _links(raw: str, start: int, end: int) -> Iterable[re.Match]:
    """``rules.MD_LINK.finditer(raw, start, end)`` in time linear in the line. The regex scans from
    every ``[`` to the next ``](`` and on over the address ("[a](" or "[" ten thousand times:
    quadratic); here each ``](`` is checked once (its address ends where the one before it ended
    if they share it), and the regex's own ``match`` runs from the first ``[`` (or ``![``) before a
    ``](`` that closes, the leftmost start the regex would try."""
    if end - start <= _LONG_LINE:
        yield from rules.MD_LINK.finditer(raw, start, end)
        return
    pos = start
    stop = -1  # where the address that starts at or before the last ``](`` ends
    tails: dict[int, bool] = {}
    q = raw.find("](", start, end)
    while q >= 0:
        if q + 2 > stop:
            m = _LINK_STOP.search(raw, q + 2, end)
            stop = m.start() if m else end
        if stop not in tails:
            tails[stop] = _LINK_TAIL.match(raw, stop, end) is not None
        if q >= pos and tails[stop]:
            b = raw.find("[", max(pos, raw.rfind("]", pos, q) + 1), q)
            while b >= 0:
                match = rules.MD_LINK.match(raw, b - 1 if b > pos and raw[b - 1] == "!" else b, end)
                if match is not None:
                    yield match
                    pos = match.end()
                    break
                b = raw.find("[", b + 1, q)
        q = raw.find("](", q + 1, end)


def _split_points(raw: str, start: int, end: int) -> list[int]:
    """Raw offsets where a new paragraph was glued onto a line after a sentence end and a space.

    "…产业集群。 四是要进一步…" and "…夯实基础能力:  原始创新力:构建…": an enumerator or a
    "label:" after sentence-final punctuation and whitespace opens a new paragraph.
    """
    points = [m.end() for m in rules.GLUED.finditer(raw, start, end)]
    if points and _BLANK_FIELD.match(raw, start, end):
        # (not between the blank fields of a form, "甲方签章：    乙方签章：": one line of labels)
        points = [p for k, p in enumerate(points)
                  if not (_BLANK_FIELD.fullmatch(raw, points[k - 1] if k else start, p)
                          and _BLANK_FIELD.match(raw, p, end))]
    if _CAPTION_GLUED.search(raw, start, end):
        # (not the photographer's credit after the writer's: "文：鄭宇軒 圖：吳淑芬" is one byline)
        points = sorted(points + [m.end() for m in _CAPTION_GLUED.finditer(raw, start, end)
                                  if not rules.CREDIT_OPENS.search(raw, start, m.start())])
    return points


# A form's blank field: a short label and its colon, then only spaces (or the line's end)
_BLANK_FIELD = re.compile(r"[ \u3000]*[^\s：:。！？]{1,8}[：:](?:[ \u3000]+|$)")


# A photo caption an extract printed on the same line as a column's text, a space between
# ("…以社會階級系 圖為伊爾庫茨克州資料照。（記者陳怡君攝）"): the caption is a line of its own.
_CAPTION_GLUED = re.compile("(?<=[\u4e00-\u9fff，、])[ \u3000]+(?=[图圖](?:为|為|：|:))")


_FORM_FEED = re.compile("\f")  # where a page of an extract ends (page_of)

# Where the only whitespace in a line is " ", rules.GLUED can match only at a space right after a
# sentence mark or a closer: this finds such a space from the literal " ", several times faster
# than GLUED, which opens with a class, scans for its mark (checked in test_segment_fastpaths.py).
_GLUE_GATE = re.compile(" (?:(?<=[。！？!?；;：:…] )|(?<=[”’」』）)》\"'] ))")


_RUN_IN_OPEN = frozenset("〔【（(")
_RUN_IN_REST = 2  # characters of the story after a run-in byline
_RUN_IN_GAP = 2  # spaces at most between a run-in byline and the story it opens on one line (more: a column's gap)


def run_in_byline(sq: str) -> int:
    """Length of the byline in brackets that the squeezed line ``sq`` opens with, when the story runs
    on after it for at least ``_RUN_IN_REST`` characters ("〔記者梁怡君∕台中報導〕2005年10…"); else 0.
    The one test both routes use (the native readers through :func:`readers.common.run_in_byline`)."""
    if sq[:1] not in _RUN_IN_OPEN:
        return 0
    m = rules.RUN_IN_BYLINE.match(sq)
    return m.end() if m and len(sq) - m.end() >= _RUN_IN_REST else 0


def run_in_apart(text: str, at: int, end: int) -> bool:
    """Whether the whitespace at ``text[at:end]`` after a run-in byline sets the byline apart from the text after
    it: a line break, or more than ``_RUN_IN_GAP`` spaces (``-layout``'s gap to the next column). A byline that
    shares its line with the story (``〔記者X／高雄報導〕馬祖地區…``) is the story's paragraph, as a wire's
    ``新华社…电`` is (the corpus convention, session 17); both routes ask this (the native readers through
    :func:`readers.common.run_in_byline`)."""
    k = at
    while k < end and text[k].isspace():
        if text[k] in "\n\r\f\u2028\u2029":
            return True
        k += 1
    return k - at > _RUN_IN_GAP


def _run_in(raw: str, line: Line, at: int) -> list[Line]:
    """A byline in brackets run into the first line of a story, cut off after its closing bracket (``at``)."""
    head = cut_pieces(line.pieces, [(at, len(raw) + 1)])
    tail = cut_pieces(line.pieces, [(0, at)])
    # (the byline opens its line: a break before it is certain, so a date line above it stays apart)
    return [Line(head, squeeze_pieces(raw, head), line.gap, 0, True, clean=line.clean),
            Line(tail, squeeze_pieces(raw, tail), 0, 0, True, clean=line.clean, run_in=True)]


def star_headings(raw: str, lines: list[Line]) -> None:
    """html2text's heading in stars that a cut left at the start of a line (``教�***** 关于开展…的通知 *****`` cut
    after a layout table's cell, dev10 w10-002, dev8 w8-000; ``* 議員    ****** 立法會會議過程正式紀錄 ******`` cut
    at a side column's gutter, dev14 v14-004): its marks dropped and its level kept, as :func:`_markdown` does for
    one at a raw line's start. (Before rules.MD_EMPHASIS kept a run of three stars or more whole, it took two of
    each run away and left the others in the heading's text.)"""
    if "***" not in raw:
        return
    for line in lines:
        if line.level or line.sq[:3] != "***":
            continue
        m = rules.MD_STAR_HEADING.match(raw, line.start, line.end)
        if m is not None:
            line.pieces = cut_pieces(line.pieces, [(0, m.start(2)), (m.end(2), len(raw) + 1)])
            line.sq, line.level, line.clean = squeeze_pieces(raw, line.pieces), 7 - len(m.group(1)), False


def squeeze_pieces(raw: str, pieces: list[tuple[int, int]]) -> str:
    if len(pieces) == 1:
        return squeeze(raw, *pieces[0])
    return "".join(squeeze(raw, s, e) for s, e in pieces)


def _undouble(raw: str, line: Line) -> list[Line]:
    """Split a headline-sized line that is one string printed twice (a PDF artefact) in two."""
    sq = line.sq
    half = len(sq) // 2
    if len(sq) < 16 or len(sq) % 2 or sq[:half] != sq[half:] or len(line.pieces) != 1:
        return [line]
    s, e = line.pieces[0]
    if e - s != len(sq):  # spaces inside: keep it simple and leave the line whole
        return [line]
    first = Line([(s, s + half)], sq[:half], line.gap, line.level, line.hard, clean=line.clean)
    second = Line([(s + half, e)], sq[half:], 0, line.level, True, dup=True, clean=line.clean)
    return [first, second]


def _lf_only(raw: str) -> bool:
    """Whether every line of ``raw`` ends with ``\n`` alone (no ``\r``, U+2028 or U+2029)."""
    return "\r" not in raw and "\u2028" not in raw and "\u2029" not in raw


def _line_texts(raw: str, lf_only: bool) -> list[str]:
    """Each line's text without its terminator (``\n``, ``\r\n``, ``\r``, U+2028, U+2029);
    ``lf_only``: :func:`_lf_only` of ``raw``."""
    if lf_only:
        return raw.split("\n")
    return rules.LINE_BREAK.split(raw)


def _line_starts(raw: str, texts: list[str], lf_only: bool) -> Iterable[int]:
    """Raw offset of each line in ``texts`` (computed in C for LF-only text)."""
    if lf_only:
        return map(operator.add, itertools.accumulate(map(len, texts), initial=0), itertools.count())
    return [0, *(m.end() for m in rules.LINE_BREAK.finditer(raw))]


def split_lines(raw: str) -> list[Line]:
    """Non-blank lines of ``raw`` with the blank lines before each counted in ``gap``."""
    lines: list[Line] = []
    gap = 0
    hard = False
    prev = -1
    special = _SPECIAL_FIRST
    drop = rules.DROP_CHARS
    markup = "*" in raw or "_" in raw or "~" in raw or ("]" in raw and "](" in raw)  # inline markdown anywhere?
    lf_only = _lf_only(raw)  # (tested once for both below)
    if lf_only and "\n" not in raw:  # one line (a native reader's short block, standalone_kind): nothing to cut or sum
        body = raw.strip()
        bodies = [body]
        numbered: Iterable[tuple[int, str, int, str]] = ((0, raw, 0, body),) if body else ()
    else:
        texts = _line_texts(raw, lf_only)
        bodies = list(map(str.strip, texts))
        # compress() skips the blank lines in C; their number is the distance between indices
        numbered = itertools.compress(zip(itertools.count(), texts, _line_starts(raw, texts, lf_only), bodies, strict=False),
                                      bodies)
    for i, text, line_start, body in numbered:
        gap += i - prev - 1
        prev = i
        first = body[0]
        if first in special or body[-1] in drop or not body.isprintable() or (
            markup and ("*" in body or "_" in body or "~" in body or "](" in body)
        ):
            new, rule = _special_line(raw, text, line_start, body, gap, hard)
            if not new:  # nothing but markup or dropped characters
                gap += 1
                hard = hard or rule
                continue
        else:  # the common case: no markup or dropped character, no whitespace but " "
            s = line_start if text[0] == first else line_start + len(text) - len(text.lstrip())
            if " " not in body:
                line = Line([(s, s + len(body))], body, gap, 0, hard, False, "", 0.0, True)
                half = len(body) // 2
                if body[-1] not in _TOOL_LAST and first not in _RUN_IN_OPEN and not (8 <= half <= 60 and first == body[half]):
                    lines.append(line)  # (most lines: none of the shapes cut below, an edit link, a run-in byline, a doubled line)
                    gap, hard = 0, False
                    continue
                new = [line]
            elif "0" <= first <= "9" and (m := _TOOL_NUMBER.match(body)) is not None:
                new = _tool_number(s, body, m, gap)  # ("1. [1] …": a dump's number, the item's own)
            elif (_GLUE_GATE.search(body) and rules.GLUED.search(body)) or (
                    ("图" in body or "圖" in body) and _CAPTION_GLUED.search(body)):  # a paragraph or caption glued on
                new = _split_line(raw, [(s, s + len(body))], 0, gap, hard, body.replace(" ", ""))
            else:
                new = [Line([(s, s + len(body))], body.replace(" ", ""), gap, 0, hard)]
        if new[-1].sq[-1] == "]" and len(new[-1].sq) > 4:
            new[-1:] = _edit_tool(raw, new[-1])
        elif new[-1].sq[-1] in _ANCHOR_MARKS and len(new[-1].sq) > 1 and len(new) == 1 and not new[0].item and (
                not lines or new[0].gap or new[0].hard) and (i + 1 >= len(bodies) or not bodies[i + 1]):
            new[-1:] = _anchor_mark(raw, new[-1])  # (a line alone, no list item: a blank or a break before, a blank or the end after)
        for line in new:
            sq = line.sq
            if sq[0] in _RUN_IN_OPEN and (cut := run_in_byline(sq)) and run_in_apart(
                    raw, at := raw.find(sq[cut - 1], line.start, line.end) + 1, line.end):
                lines += _run_in(raw, line, at)  # (a column's gap after the byline: the story is the next column's)
                continue
            half = len(sq) // 2
            if 8 <= half <= 60 and sq[0] == sq[half] and sq[:half] == sq[half:] and rules.WORDLIKE.search(sq):
                lines += _undouble(raw, line)
            else:
                lines.append(line)
        gap, hard = 0, False
    if lines and lines[0].clean is False and len(lines[0].pieces) == 1 and len(lines[0].sq) <= _TITLE_BOX_MAX:
        lines[:1] = _title_and_box(raw, lines[0])
    return lines


# The document's first line: a short title, a space, then a labelled box heading printed beside it
# ("山西省 (中华民国) 小知识：拿破仑三世", "高血壓 延伸閱讀：釣魚臺": pdftotext -raw put a sidebar's
# heading on the title's line)
_TITLE_BOX = re.compile(r"([^\s：:，。、；]{2,20}(?: [^\s：:，。、；]{2,20}){0,3}(?: ?[（(][^\s）)]{1,10}[）)])?)[ \u3000]+"
                        r"([^\s：:，。、；（）()\d]{2,6}[：:][^\s：:，。、；\d/]{1,16}(?:[：:][^\s：:，。、；\d/]{1,16})?)")  # (no date: a masthead's)
_TITLE_BOX_MAX = 40
_TITLE_BOX_HEAD = 20  # characters of the title (without spaces)


def _title_and_box(raw: str, line: Line) -> list[Line]:
    """The first line cut before a box heading printed on it (:data:`_TITLE_BOX`), or as it is."""
    s, e = line.pieces[0]
    if raw.find("：", s, e) < 0 and raw.find(":", s, e) < 0:
        return [line]  # (no colon: no box heading, whose label ends in one; two looks in C before the pattern's backtracking)
    m = _TITLE_BOX.fullmatch(raw, s, e)
    if m is None:
        return [line]
    a, b = m.span(1), m.span(2)
    head, box = squeeze(raw, *a), squeeze(raw, *b)
    if len(head) > _TITLE_BOX_HEAD:  # (a spaced title: its characters without the spaces)
        return [line]
    return [Line([a], head, line.gap, 0, line.hard, clean=len(head) == a[1] - a[0]),
            Line([b], box, 0, 0, True, clean=len(box) == b[1] - b[0])]


def _edit_tool(raw: str, line: Line) -> list[Line]:
    """A wiki's edit link printed after a heading on its line ("歷史[編輯]", lynx's "發展[[4]編輯]")
    is a line of its own (classify: debris), so the heading stays a heading."""
    s, e = line.pieces[-1]
    m = rules.EDIT_TOOL.search(raw, s, e)
    if m is None or m.end() != e or m.start() == line.start:
        return [line]
    head = [p for p in (strip_piece(raw, ps, pe) for ps, pe in cut_pieces(line.pieces, [(m.start(), e)])) if p[0] < p[1]]
    if not head:
        return [line]
    tail = [(m.start(), e)]
    return [Line(head, squeeze_pieces(raw, head), line.gap, line.level, line.hard, line.dup),
            Line(tail, squeeze_pieces(raw, tail), 0, 0, True)]


# A heading's permalink that a site prints after the heading's text and a dump keeps on its line: "緣起#", lynx's
# "緣起[12]#", html2text's "***** 緣起# *****" (a docs or blog theme's anchor; Sphinx's and MkDocs' is "¶").
_ANCHOR_MARKS = "#¶"
_TOOL_LAST = "]" + _ANCHOR_MARKS  # (last characters of a line that _edit_tool or _anchor_mark may cut)
_ANCHOR_HEAD_MAX = 40  # characters of the heading before the mark (a longer line is prose)


def _anchor_mark(raw: str, line: Line) -> list[Line]:
    """A heading's permalink after its text on its line (:data:`_ANCHOR_MARKS`, lynx's link mark before it or not:
    "緣起#", "緣起[12]#") is a line of its own (a copy's mark, ``dup``: debris), so the heading stays a heading (as a
    wiki's edit link is, :func:`_edit_tool`). Not a forum's floor number ("4#", "[38]4#"), a language's name ("C#"),
    a topic tag ("#话题#", another mark on the line), a line with a clause's or a label's punctuation, a mark after a space
    (prose's "#") nor a long line. The heading stays out of ``classify._running_heads`` (:func:`anchored`)."""
    sq = line.sq
    if len(sq) > _ANCHOR_HEAD_MAX or sq.count(sq[-1]) > 1:
        return [line]
    s, e = line.pieces[-1]
    at = raw.rfind(sq[-1], s, e)
    if at < 0:
        return [line]
    cut = at
    if raw[cut - 1:cut] == "]" and (m := _MARK_BEFORE.search(raw, s, cut)) is not None:
        cut = m.start()  # (lynx's link mark: the anchor's)
    if cut == s:
        return [line]  # (the mark opens the line, or a piece of it after a space)
    before = raw[cut - 1]
    if before.isspace() or before.isdigit() or before.isascii() and (before.isalnum() or before in "#[/"):
        return [line]  # prose's "详见问题 #", "4#", "C#", "##", an address's "https://…/#" (a dump's list of links, dev14 v14-009)
    if rules.PUNCT.search(sq):
        return [line]  # a label's or a clause's line, no heading: "今日话题：北京暴雨#"
    head = [p for p in (strip_piece(raw, ps, pe) for ps, pe in cut_pieces(line.pieces, [(cut, at + 1)])) if p[0] < p[1]]
    if not head:
        return [line]
    tail = [(cut, at + 1)]
    return [dataclasses.replace(line, pieces=head, sq=squeeze_pieces(raw, head), clean=False),
            Line(tail, squeeze_pieces(raw, tail), 0, 0, True, dup=True)]


_MARK_BEFORE = re.compile(rf"{rules.LINK_NUMBER}$")


def anchored(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` is a heading with its own permalink after it, cut off by :func:`_anchor_mark` (the next line: a
    copy's mark, :data:`_ANCHOR_MARKS` last): the site printed it as a heading, not a running head, though a table
    of contents or a table's header row may print its words again ("参数说明¶" over "参数   说明")."""
    if i + 1 >= len(lines):
        return False
    return anchor_mark(lines[i + 1]) and lines[i + 1].sq != lines[i].sq


def anchor_mark(line: Line) -> bool:
    """``line`` is a heading's permalink that :func:`_anchor_mark` cut off the heading's line."""
    return line.dup and not line.gap and line.sq[-1] in _ANCHOR_MARKS


# an ordered list's number that a dump printed ("1. ", " 2. "), then the item's own number, the same, in brackets
_TOOL_NUMBER = re.compile(r"(\d{1,3})\.[ \t]+(?=[\[［(（]\1[\]］)）])")


def _tool_number(s: int, body: str, m: re.Match[str], gap: int) -> list[Line]:
    """A line of an ordered list whose item opens with its own number (``1. [1] 谢艳平. 新闻写作教程[M]. …``; ``body``:
    the line, spaces its only whitespace, from ``s``): the dump's number (``m``: :data:`_TOOL_NUMBER`) is a line of its
    own, ``debris`` (marked as a doubled line's copy is), and the item starts a unit of its own (hard breaks)."""
    number = m.group(1) + "."
    return [Line([(s, s + len(number))], number, gap, 0, True, dup=True, clean=True),
            Line([(s + m.end(), s + len(body))], body[m.end():].replace(" ", ""), 0, 0, True)]


_MARKUP = re.compile(r"[*_~]|\]\(")  # markdown that :func:`_markdown` reads
# an image that w3m printed as its file's name in brackets (``<img src="/u.jpg" alt="">``: "[u]"), a space, then text
_IMAGE_MARK = re.compile(r"\[[A-Za-z][A-Za-z0-9_]{0,11}\] +(?=\S)")


def _image_mark(raw: str, s: int, e: int, m: re.Match[str], gap: int, hard: bool) -> list[Line]:
    """A line ``raw[s:e]`` that opens with an image's mark (``m``: :data:`_IMAGE_MARK` on it) before its text
    (``[u] 慢慢走的风　2024-12-02 更新``, a poster's picture before the byline): the mark is a line of its own
    (classify: debris, as an image's mark alone on its line), the text another."""
    mark = m.group().rstrip(" ")
    a, b = strip_piece(raw, s + m.end(), e)
    rest, _ = _special_line(raw, raw[a:b], a, raw[a:b], 0, True)
    return [Line([(s, s + len(mark))], mark, gap, 0, hard, clean=True), *rest]


def _special_line(raw: str, text: str, line_start: int, body: str, gap: int, hard: bool) -> tuple[list[Line], bool]:
    """The lines of a raw line with markup, inner whitespace or dropped characters, and whether
    it is a markdown rule; no lines if it holds no text."""
    if body[0] in rules.DROP_CHARS or body[-1] in rules.DROP_CHARS:
        s, e = strip_piece(raw, line_start, line_start + len(text))
        body = raw[s:e]
        if not body:
            return [], False
    else:
        s = line_start if text[0] == body[0] else line_start + len(text) - len(text.lstrip())
        e = s + len(body)
    if body[0] in "#-+>![•" or "*" in body or "_" in body or "~" in body or "](" in body:
        if body[0] == "[" and (m := _IMAGE_MARK.match(body)) is not None and not _MARKUP.search(body):
            return _image_mark(raw, s, e, m, gap, hard), False  # ("[u] 慢慢走的风　2024-12-02 更新": w3m's image)
        pieces, level, rule, item = _markdown(raw, s, e)
        if not pieces:
            return [], rule
        new = _split_line(raw, pieces, level, gap, hard or item)
        new[0].item = item
        return new, False
    if not rules.SPACE_OR_DROP.search(body):
        return [Line([(s, e)], body, gap, 0, hard, False, "", 0.0, True)], False
    # printable: the only whitespace inside is the ASCII space
    sq = body.replace(" ", "") if body.isprintable() else rules.SPACE_OR_DROP.sub("", body)
    return _split_line(raw, [(s, e)], 0, gap, hard, sq), False


def _split_line(raw: str, pieces: list[tuple[int, int]], level: int, gap: int, hard: bool,
                sq: str | None = None) -> list[Line]:
    points = _split_points(raw, pieces[0][0], pieces[-1][1]) if not level else []
    if not points:
        return [Line(pieces, sq if sq is not None else squeeze_pieces(raw, pieces), gap, level, hard)]
    out = []
    bounds = [pieces[0][0], *points, pieces[-1][1]]
    for i in range(len(bounds) - 1):
        part = cut_pieces(pieces, [(0, bounds[i])] if bounds[i] else [])
        part = cut_pieces(part, [(bounds[i + 1], len(raw) + 1)])
        part = [p for p in (strip_piece(raw, s, e) for s, e in part) if p[0] < p[1]]
        if part:
            out.append(Line(part, squeeze_pieces(raw, part), gap if i == 0 else 0, 0, hard or i > 0))
    return out


def page_of(raw: str, lines: Sequence[Line]) -> list[int] | None:
    """The page of each line (the number of form feeds before it), or None for text without form feeds:
    where the pages of an extract end, for every pass that asks (margins per page, page edges, running
    headers)."""
    if "\f" not in raw:
        return None
    feeds = [m.start() for m in _FORM_FEED.finditer(raw)]
    return [bisect.bisect_right(feeds, ln.start) for ln in lines]


# A table of contents' entry: a title, a leader of dots run to the page number (`一、历史沿革……………1`,
# `第二章 欧陆法系.......... 3`, `概述 ····· 12`)
# (or a journal's entry, its author and the page in brackets after the leader: "…构建……………… 刘丽宁（69）", dev14;
# a section's number's point is no leader: "3.1 响应分级………3", dev15 p15-007 -layout, a thesis's contents, newuser22)
_CONTENTS_ENTRY = re.compile(r"(?:[^…．.·]|(?<=\d)[．.](?=\d)){1,40}?(?:…{3,}|[．.·]{6,})(?:[IVXivx\d]{1,4}|[^…．.·\d（()）]{1,12}?[（(]\d{1,4}[）)])")
_CONTENTS_MIN = 2  # entries a table of contents has, at least


def has_leader(raw: str) -> bool:
    """Whether ``raw`` holds a leader of :data:`_CONTENTS_ENTRY` ("………", "......", "······", "．．．．．．").
    Each word is looked for only where its character is (on CJK text a search for one character
    runs several times faster than one for a longer word; test_segment_fastpaths.py)."""
    return (("…" in raw and "………" in raw) or "......" in raw or ("·" in raw and "······" in raw)
            or ("．" in raw and "．．．．．．" in raw))


def contents_entries(raw: str, lines: Sequence[Line]) -> list[Line]:
    """The entries of a table of contents: two or more lines, each a title and a leader of dots
    (``…`` three or more, or ``.`` / ``．`` / ``·`` six or more) ending in its page number. Each is a
    unit of its own (debris), never joined to the entry under it."""
    if not has_leader(raw):
        return []  # (most texts: no leader anywhere)
    found = [ln for ln in lines if not ln.kind and not ln.level and _CONTENTS_ENTRY.fullmatch(ln.sq)]
    if len(found) < _CONTENTS_MIN:
        return []
    first = next(i for i, ln in enumerate(lines) if ln is found[0])
    if first and _contents_head(lines[first - 1]):
        found.insert(0, lines[first - 1])  # the contents' own heading right above its first entry: "目　录"
    return found


def _contents_head(line: Line) -> bool:
    """``line``, right above a table of contents' first entry, is the contents' own heading: one of
    :data:`rules.CONTENTS_HEADS` alone on its line (``目　录``, ``目次``, ``录`` where a mode set ``目`` apart; the corpus's
    golds make it debris, dev6 p6-010/p6-022, dev13 w13-010, dev15 p15-007 -layout and -raw, as the native PDF reader
    does with a thesis's ``目錄``, newuser22), not any short word (a document's own heading ``应急预案``: review23)."""
    return line.sq in rules.CONTENTS_HEADS and not line.kind and not line.level


def contents_entry(sq: str) -> bool:
    """``sq`` is one entry of a table of contents (:data:`_CONTENTS_ENTRY`: a title, a leader, a page number)."""
    return has_leader(sq) and _CONTENTS_ENTRY.fullmatch(sq) is not None


def contents_run(sq: str) -> bool:
    """Two or more entries of a table of contents run together in one text, whitespace squeezed out (a web
    page's ``<pre>`` of them: ``第一章街巷的由来…………1第二章老字号…………37``): :func:`contents_entries`'s entries."""
    return has_leader(sq) and _CONTENTS_RUN.fullmatch(sq) is not None


# each entry atomic: where a page number and the next entry's section number run together ("…213.1…"), a failing tail
# would otherwise try every split of the digits, entry after entry (14 entries took 28 s: review23)
_CONTENTS_RUN = re.compile(rf"(?>{_CONTENTS_ENTRY.pattern}){{{_CONTENTS_MIN},}}")


def typed_item(raw: str, line: Line) -> bool:
    """A list item (``line.item``) opened with "-" or "•", or with "*" at the line's start, as a person types one
    in a text or markdown file or a word processor prints it (lynx and html2text print "*" indented)."""
    k = line.start - 1
    while k > 0 and raw[k] in " \t\u3000":
        k -= 1
    return raw[k] == "-" or raw[k] == "•" or (raw[k] == "*" and (k == 0 or raw[k - 1] == "\n"))
