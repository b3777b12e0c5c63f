"""Which visual lines belong to one unit: the join/break decision at every line boundary.

Two regimes, chosen per document:

* **Flowing text** (most web and markdown articles): one line per paragraph, blank lines between.
  A line ending in paragraph-final punctuation ends its paragraph. A line that does not is joined
  to the next when the break is plainly mid-sentence: an unclosed bracket or quote, the next line
  opening inside a quote ("…多重优" / "势。”"), the next line being a one-sentence tail
  ("…建设国家" / "生态工业示范园。"), a dangling fragment of at most three characters after the
  last sentence end ("…生态。进一" / "步强化"), a word straddling the break (jieba), a comma at
  the end, a number cut in two, a Latin word or bracket at the break (html2text wraps at spaces),
  or a line that reaches the width a dump cut its long lines at. Never before an enumerator
  ("一是", "一方面", "下一步,") or a speaker label ("记者:").
* **Hard-wrapped text** (PDF column extracts, editors, lynx and w3m dumps): most body lines are
  about the same width ``W``, measured the way the wrapping tool counted (display columns or
  characters, with or without spaces added later) from the text's common left margin. A line close
  to ``W`` is a wrap unless it ends a sentence and the next line is a first line (indented, or about
  two characters short) or begins with a speaker label; a line clearly shorter than ``W`` that ends
  a sentence ends its paragraph. Short lines without punctuation are headings.

In both, a line opening with closing punctuation continues the one above. Text whose lines
are mostly set apart by blank lines yet often consecutive (a default-mode pdftotext extract taking
two columns in turns) breaks at every blank line. Pages printed in columns side by side are cut
into columns before these rules run (:mod:`annotate.segment.columns`). Standalone lines
(bylines, meta lines, debris, markdown headings) never join their neighbours, except that
consecutive short heading lines ("坚持“四个面向”" / "做好“高新文章”") form one heading, the pieces
of a running header make one debris unit, and short pieces of a credit line one byline.
"""

from __future__ import annotations

import collections
import functools
import itertools
import operator
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import repeat

from . import colblock, pairs, rules, strips
from .lines import Line, display_width, page_of

__all__ = ["CONTINUED", "Context", "context", "group_lines", "heading_like", "label_line", "mark_narrow_blocks", "straddles", "vis_width"]

# The kind of a line of page furniture that continues the furniture line above it (one unit).
CONTINUED = "debris-continued"
_CREDITS = ("byline", "meta")
_CLEAR_WRAP = 0.6  # share of body lines within one of W that settles the measure (text without inner spaces)
_SPACED_SHARE = 0.2  # body lines with spaces inside that make the measure without them worth trying
_NARROW = 3  # the index in _measures of display columns without inner spaces
_FIRST_INDENT_MAX = 4  # full-width units: a paragraph's first line is set in about two
_LONGEST_WRAP = 250  # characters: no tool wraps lines wider than this (lynx -width 100 of ASCII is 100)
_PIECE = 16  # the longest piece of a cut byline
_CUT_MIN = 50  # characters: flowing text's line this long without a sentence end was cut by a dump
_LONE_LATIN = 12  # the longest Latin word a dump leaves alone on a line
_LIMIT_SENTENCE = 1  # a line this close to the dump's width that ends a sentence was cut there
_SET_IN_FIRST = 0.75  # full-width units a first line is set in past the line above, at least (as the limit rules ask)
_LIMIT_CUT = 2  # ... and one that ends mid-sentence or at a clause's end ("；")
_TIE_MIN = 100  # width units: two lines exactly this wide or wider, one open, no other near them: a dump's wraps
_LIMIT_OVER = 2  # lines that may run past the width a dump cut its lines at
_PAGE_MARGIN_LINES = 5  # body lines a page needs to have a margin of its own
_OWN_BLOCK_MIN = 20  # full-width units: the narrowest line of a block wrapped at a width of its own
_MIN_TIGHT, _TIGHT_SHARE = 5, 0.08  # consecutive lines in text mostly set apart by blank lines (Context.blank_breaks)
_WIDE_GAPS = 5  # blank_breaks: wider gaps than the commonest, at most one for this many of it
_COMMA_END = "，,、"
_SENTENCE_STRONG = "。！？!?…⋯:："  # ends that may precede an enumerator; "；" joins list items
HEADING_MAX = 40
_PAIR_MAX = 16  # each line of a multi-line heading is short
_WINDOW = 8  # lines of the unit so far that the fragment rules look at
_PIECES, _SQ, _LAST, _WIDTH, _GAP = map(operator.attrgetter, ("pieces", "sq", "last", "width", "gap"))
_FIRST, _LEAD = operator.itemgetter(0), operator.attrgetter("lead")


@dataclass(frozen=True)
class Context:
    wrap: float  # typical width of a hard-wrapped line in full-width units; 0 for flowing text
    labels: frozenset[str]  # speaker labels that start paragraphs in this document
    limit: float = 0  # flowing text: the width several lines reach and none exceed (a dump's width), or 0
    raw: str = ""  # the decoded text (for the indentation of a line)
    indents: bool = False  # paragraphs open with an indented first line (so an unindented line continues one)
    gap: int = 0  # the commonest number of blank lines between two body lines (more is a block break)
    blank_breaks: bool = False  # hard-wrapped text whose lines are mostly set apart by blank lines, yet
    # often consecutive: the blank lines mark where the extract switched columns, so each is a break
    clauses: bool = False  # two or more lines open with a clause mark ("第一條", "第三条"): a text of clauses
    columns: bool = False  # a -layout page whose columns columns.reading_order split: a blank line between two
    # lines that begin at the same printed column is line spacing, not a switch of columns (blank_breaks)
    lines: Sequence[Line] = field(default=(), repr=False, compare=False)  # for the facts found when first asked

    @functools.cached_property
    def exact(self) -> bool:
        """Wrapped text whose lines of wide characters are filled to exactly ``wrap``."""
        return bool(self.wrap) and _filled_exactly(self.lines, self.wrap)

    @functools.cached_property
    def flush(self) -> bool:
        """Wrapped text whose paragraphs open with a full line (not set in)."""
        return bool(self.wrap) and _flush_first_lines(self.lines, self.wrap)

    @functools.cached_property
    def capitals(self) -> bool:
        """The text numbers its sections with capital numerals (``rules.capital_numbered``; asked only of a line that
        opens with one of ``rules.CAPITAL_WORDS``)."""
        return rules.capital_numbered(self.raw)

    @functools.cached_property
    def positions(self) -> dict[int, int]:
        """Each line's index in :attr:`lines`, by ``id`` (built when first asked)."""
        return dict(zip(map(id, self.lines), itertools.count()))  # (in C)

    @functools.cached_property
    def by_chars(self) -> bool:
        """Wrapped text counted in characters (a digit or Latin letter as wide as a hanzi, as a saved copy
        wrapped by character count is): more of the body lines holding ASCII reach the wrap width counted
        so than counted in display columns (asked only where a short line ends before such a word)."""
        in_chars = in_columns = 0
        for line in self.lines:
            if line.kind or line.level:
                continue
            narrow = len(line.sq.encode("ascii", "ignore"))
            if not narrow:
                continue
            chars = float(_span(line))
            in_chars += abs(chars - self.wrap) <= 1
            in_columns += abs(chars - 0.5 * narrow - self.wrap) <= 1
        return in_chars > in_columns

    @functools.cached_property
    def second_widest(self) -> float:
        """The width of the second-widest line (full-width units; 0 with fewer than two lines): about a dump's width
        where it wraps its long lines, far past most lines where it does not (html2text leaves a run of hanzi whole)."""
        widths = _widths(self.lines) if self.lines else []
        return sorted(widths)[-2] if len(widths) >= 2 else 0.0

    @functools.cached_property
    def web(self) -> bool:
        """A dump of a web page (lynx, w3m, html2text; :func:`_web_dump`), found when first asked."""
        return _web_dump(self.raw)

    @functools.cached_property
    def block_openers(self) -> frozenset[int]:
        """Lines that a line of the same column width follows (colblock.py)."""
        return colblock.block_openers(self.lines)

    @functools.cached_property
    def clause_numbers(self) -> frozenset[int]:
        """Top-level numbers of the lines opening with a clause number and a space (built when first asked)."""
        return _clause_numbers(self.lines, self.raw)

    @functools.cached_property
    def headlines(self) -> frozenset[int]:
        """Headlines over a byline (colblock.py)."""
        return colblock.headlines(self.lines)

    @functools.cached_property
    def strips(self) -> frozenset[int]:
        """Dated strips: page heads and masthead lines (strips.py)."""
        return strips.strip_lines(self.lines, self.raw) if self.raw else frozenset()


# The marks lynx, w3m and html2text print for a page's markup, at a line's start: lynx's list of links
# ("References"), html2text's heading ("****** 标题 ******"), a list item's bullet ("* ", html2text's "o ", and "• "
# set in, as w3m and lynx print it: "• " at the margin is what a writer types in plain text, which is no dump),
# a table's ruled corner (w3m's "┌", "├", "└"); and anywhere: lynx's form button "(BUTTON)", a link's address in
# brackets (lynx -list_inline), a form's text field (w3m's and html2text's "[                    ]")
_WEB_MARKS = re.compile(r"^(?:References\r?$|[ \t]*\*{3,} \S.* \*{3,}\r?$|[ \t]*(?:\* |o )\S|[ \t]+• \S|[ \t]*[┌├└])|\(BUTTON\)"
                        rf"|\[{rules.LINK_SCHEME}|\[[^\]\n]{{0,10}} {{4,}}\]", re.M)
_WEB_MARKS_MIN = 2
_WEB_MARK_HINTS = ("[", "* ", "• ", "o ", "┌", "├", "└", "(BUTTON)", "References")  # what each mark holds
# each hint behind one character of it that is rarely a byte of a common hanzi's code: a search for one character
# runs in C's memchr where few hanzi share a byte with it, several times faster than one for two or more characters
# (and than one for "[", "R" or "N", whose bytes open blocks of common hanzi: U+5Bxx, U+52xx, U+4Exx)
_WEB_HINT_GATES = tuple(zip("[*•o┌├└Bf", _WEB_MARK_HINTS, strict=True))  # (gate, hint): each gate a character of its hint
_LYNX_MARGIN = re.compile(r"^   \S", re.M)  # lynx sets a page's text three spaces in
_BLANK_LINE = re.compile(r"^[ \t\r]*$", re.M)


def _web_dump(raw: str) -> bool:
    """``raw`` is a text dump of a web page: no form feed (pdftotext's pages), and two or more of the marks the
    dumping tools print for markup (:data:`_WEB_MARKS`), or lynx's margin of three spaces on half the printed lines
    or more, or its site's furniture (:func:`_site_furniture`). A page's blocks each start a line of their own there, and a heading wraps only at the dump's width."""
    if not raw or "\f" in raw:
        return False
    # (each mark holds one of _WEB_MARK_HINTS, and the margin three spaces: substring tests in C first, so that a
    # text with neither, most text that is no dump, skips the regex scans; the answer is the same)
    if _links_close(raw):
        return True
    marks = 0
    if any(gate in raw and hint in raw for gate, hint in _WEB_HINT_GATES):
        marks = sum(1 for _ in itertools.islice(_WEB_MARKS.finditer(raw), _WEB_MARKS_MIN))
        if marks >= _WEB_MARKS_MIN:
            return True
    if "   " in raw:
        printed = raw.count("\n") + 1 - len(_BLANK_LINE.findall(raw))
        if 0 < printed <= 2 * len(_LYNX_MARGIN.findall(raw)):
            return True
    return _site_furniture(raw, _WEB_MARKS_MIN - marks)


# a line of a dump's list of the page's links, numbered (lynx "1. https://…", w3m -o display_link_number "[1] https://…")
# or not (lynx -nonumbers "https://…", "javascript:;")
_LINK_TARGET_LINE = re.compile(rf"[ \t]*(?:(?:\d{{1,4}}\.|\[\d{{1,4}}\])[ \t]*)?{rules.LINK_ADDRESS}[ \t\r]*")
_LINKS_TAIL = 400  # characters at the text's end read for its last two lines


def _links_close(raw: str) -> bool:
    """The text's last two printed lines are link targets: lynx and w3m close a dump with the page's links, numbered or
    not (lynx -nonumbers prints bare addresses, w3m -o display_link_number "References:" and "[1] https://…", neither
    of which makes a mark of :data:`_WEB_MARKS`: dev12 w12-013, dev14 w14-007, dev15 y15-001 / y15-003 lynx -nonumbers,
    dev11 w11-004, dev14 w14-009, dev15 w15-006 w3m -o display_link_number)."""
    tail = raw[-_LINKS_TAIL:].rstrip()
    if ":" not in tail[-_LINKS_TAIL // 4:]:
        return False  # (most texts end in no address: one substring test)
    last = tail.rsplit("\n", 2)[-2:]
    return len(last) == 2 and all(_LINK_TARGET_LINE.fullmatch(line) is not None for line in last)


# A site's furniture as a dump prints it, each shape a line of its own: w3m's rule for <hr> ("━━━━…"), a breadcrumb
# from the home page ("首页 > 新闻中心"), a menu bar ("首页 | 新闻 | 服务", rules.NAV_BAR), html2text's top border of a
# table over its first row (" ______" / "|索引号|…|")
_SITE_MARKS = re.compile(
    r"^[ \t]*(?:(?P<rule>━{8,}[ \t\r]*$)"
    rf"|(?P<crumb>(?:{'|'.join(sorted(rules.HOME_WORDS, key=len, reverse=True))})[ \t]*[>»›])"
    rf"|(?P<bar>(?:{rules.NAV_BAR.pattern})[ \t\r]*$)"
    r"|(?P<table>_{6,}\r?\n[ \t]*\|))", re.M)
_SITE_CHARS = "|｜>"  # one of them in each shape but the rule, which therefore counts only beside a bar or a breadcrumb
# (a table's row under its border opens with "|"; a breadcrumb's "»" or "›" alone goes unseen): the fastest scans
_FOOTER_LAST = 3  # printed lines at a page's foot where a copyright footer stands (an address, a licence number under it)
_FOOTER_AT = 40  # characters before the footer's word on its line
_FOOTER_WORD = len("All Rights Reserved")  # the longest of rules.COPYRIGHT's words
_LINE_LEAD = re.compile(r"[ \t\r\u3000]*")  # a line's indentation (or the whole of a blank line)


def _site_furniture(raw: str, needed: int) -> bool:
    """``raw`` (no form feed) is a web page's dump by its site's furniture: a copyright footer (rules.COPYRIGHT within
    :data:`_FOOTER_AT` characters of its line's start) among the last :data:`_FOOTER_LAST` printed lines, the foot of
    a site's page (a saved copy's too; pdftotext's pages end in form feeds, a print's copyright line on its last
    one), or ``needed`` or more different shapes of :data:`_SITE_MARKS`, each a mark as a tool's mark is
    (:func:`_web_dump` counts the tools' marks first): w3m and html2text print many pages with none of those (no form,
    no bullet), and no print or plain text has two. Only the text's tail is read for the footer, and the shapes
    are looked for only where one of :data:`_SITE_CHARS` is in the text (a plain text has none)."""
    end, printed = len(raw), 0
    while end > 0 and printed < _FOOTER_LAST:  # (the last lines, read backwards from the end)
        start = raw.rfind("\n", 0, end) + 1
        first = _LINE_LEAD.match(raw, start, end).end()  # (the line's first printed character, if any)
        if first < end:
            printed += 1  # (the footer's word is looked for in the line's first characters only: a line may be long)
            m = rules.COPYRIGHT.search(raw, first, min(end, first + _FOOTER_AT + _FOOTER_WORD))
            if m is not None and m.start() - first <= _FOOTER_AT:
                return True
        end = start - 1
    if not any(c in raw for c in _SITE_CHARS):
        return False
    shapes = set()
    for m in _SITE_MARKS.finditer(raw):
        shapes.add(m.lastgroup)
        if len(shapes) >= needed:
            return True
    return False


def vis_width(line: Line) -> float:
    """Printed width in full-width units: ASCII and curly quotes are half width, as are the
    spaces a justified PDF line was padded with."""
    return _widths([line])[0]


def _widths(lines: Sequence[Line], spans: Sequence[int] | None = None) -> list[float]:
    """:func:`vis_width` of each line, counted in C over all lines at once: curly quotes are made
    ASCII in the joined lines, whose ASCII characters (the line feeds between them too) are kept by one
    encoding, then split at the line feeds: each line's count of ASCII characters (``spans``: each
    line's :func:`_spans`, where the caller has them)."""
    sqs = list(map(_SQ, lines))
    joined = "\n".join(sqs)  # no line holds a "\n"
    for quote in rules.CURLY_QUOTES:
        joined = joined.replace(quote, "'")
    narrow = map(len, joined.encode("ascii", "ignore").split(b"\n"))
    return [n - 0.5 * k + 0.5 * (s - n)
            for s, n, k in zip(_spans(lines) if spans is None else spans, map(len, sqs), narrow, strict=True)]


def _spans(lines: Sequence[Line]) -> list[int]:
    """Each line's :func:`_span` (that of a one-piece line inline: it is most lines)."""
    return [p[0][1] - p[0][0] if len(p) == 1 else _span(ln) for ln, p in zip(lines, map(_PIECES, lines), strict=True)]


def _span(line: Line) -> int:
    pieces = line.pieces
    return pieces[0][1] - pieces[0][0] if len(pieces) == 1 else sum(e - s for s, e in pieces)


def _last(sq: str) -> str:
    body = sq.rstrip(rules.CLOSERS)
    return body[-1] if body else ""


def ends_paragraph(sq: str) -> bool:
    return _last(sq) in rules.PARAGRAPH_END if sq else False


def heading_like(sq: str, labels: frozenset[str] = frozenset(), max_len: int = HEADING_MAX) -> bool:
    """Short, no sentence inside, not cut at a comma: a headline, not prose."""
    if not sq or len(sq) > max_len or sq[-1] in _COMMA_END or sq[-1] in ":：":
        return False
    if sum(map(sq.count, _COMMA_END)) > 2:
        return False
    m = rules.SENTENCE_END_RE.search(sq)
    if m and not (m.start() == len(sq) - 1 and sq[-1] in "？?！!" and len(sq) <= 24):
        return False
    label = rules.LABEL.match(sq)
    return not (label and label.group(1) in labels)


def context(lines: Sequence[Line], raw: str = "", *, columns: bool = False) -> Context:
    """Document-level facts the join rules need; also fills in each line's ``last`` and, when
    the text may be hard-wrapped, its ``width``."""
    sqs = [ln.sq for ln in lines]
    # _last of every line, mapped in C: body[-1:] is "" for an empty body
    # (a footnote's marker ending the line is passed over too: "…侵占缅甸国土。①", "…動機。¹" end their sentences)
    for line, body in zip(lines, map(str.rstrip, sqs, repeat(_CLOSERS_OR_MARK)), strict=True):
        line.last = body[-1:]
    for i in [i for i, sq in enumerate(sqs) if sq[-1] in _NOTE_CLOSERS]:  # (one character read a line: few end in a bracket)
        _past_note(lines[i], lines[i - 1] if i else None)
    joined = "\n" + "\n".join(sqs)
    if "<" in joined and "</" in joined:  # (one character first: found in C's memchr, several times faster on CJK text)
        _past_tags(lines)
    counts = collections.Counter(rules.LINE_LABEL.findall(joined))  # LABEL.match of each line
    clauses = len(_CLAUSE_LINE.findall(joined)) >= 2
    labels = frozenset(k for k, v in counts.items() if v >= 2 or k in rules.ROLE_LABELS)
    body = [ln for ln in lines if not ln.level and not ln.kind]  # (found once for both measures)
    wrap = _wrap_width(lines, raw, body=body)
    limit = 0 if wrap else _width_limit(body, raw)
    indents = bool(wrap or limit) and _indented_paragraphs(lines)
    gaps = collections.Counter(ln.gap for ln in lines if not ln.kind) if wrap and lines else collections.Counter()
    gap = gaps.most_common(1)[0][0] if gaps else 0
    blank_breaks = (gap > 0 and gaps[0] >= max(_MIN_TIGHT, _TIGHT_SHARE * sum(gaps.values()))
                    and _WIDE_GAPS * sum(v for k, v in gaps.items() if k > gap) < gaps[gap])
    # (not where wider gaps are common too: a page set with wide leading, each blank line a rounding of
    # the line spacing and the paragraphs set apart by two or more, ctx.gap says so)
    return Context(wrap, labels, limit, raw, indents, gap, blank_breaks, clauses, columns, lines)


_END_TAG = re.compile(r"</[A-Za-z][A-Za-z0-9]{0,9}>$")  # markup a scrape left at a line's end: "…1厘米。</div>"


_NARROW_SHARE = 0.5  # a margin note's lines: at most this share of the text's measure
_NARROW_LINES = 4  # lines of a margin note's block
_NOTE_NEAR = 24  # lines from a labelled note's block to another block taken as a note (half a page of print)


def mark_narrow_blocks(ctx: Context) -> None:
    """A margin note that a print extract's default mode set between two lines of a paragraph, a blank line before and
    after it (notes.py's notes, and notes of any shape: a digit in them, no label, the rest of a note printed apart):
    one to four lines no wider than half the measure, between two lines of the body that fill the measure, the first
    of which ends mid-sentence (the paragraph goes on after the note: ``…有《窦娥冤》、`` / "" / ``想一想：这一变化给人们``
    / ``的生活带来了什么？`` / "" / ``《拜月亭》…``; ``…中甲球队广东`` / "" / ``被用在海军战斗行动中，`` / "" /
    ``日之泉，…``): one debris unit, so that the paragraph is cut there (the gold's convention). Only where one such
    block of two lines or more opens with a note's label (``想一想：``, ``批注：``): a patent's paragraph that ended on a
    short line over the next one's number (``或试验，都有不少市民会去抗议。`` / ``[0006]``) is no note, nor a piece of
    a heading that an extract taking columns in turns set between two lines; and only within :data:`_NOTE_NEAR` lines
    of such a labelled block (a page's margin: a paragraph's last line that fills the measure with no sentence end,
    ``…（见图1）``, over a heading far from the notes is no note). The blank lines around a block are wider than the
    text's own leading (double-spaced text: a paragraph's short last line), and a line ending on a full stop
    (:data:`rules.FULL_STOPS`) ends its sentence. Lines notes.py cut already have their kind. Cheap gate: the lines
    after a blank line, picked in C."""
    measure = ctx.wrap or ctx.limit
    lines = ctx.lines
    if not measure or len(lines) < 3 or ctx.blank_breaks:
        return  # (not where a blank line is where the extract switched columns: a column's last line is no note)
    wide, narrow = measure - _SHORT_OF_LIMIT, measure * _NARROW_SHARE
    n = len(lines)
    blocks: list[tuple[int, Sequence[Line]]] = []
    labelled: list[int] = []  # where the blocks that open with a note's label start
    for i in itertools.compress(range(n), map(_GAP, lines)):
        line = lines[i]
        if not i or line.width > narrow or line.kind or line.level or i + 1 >= n:
            continue
        prev = lines[i - 1]
        if (line.gap <= ctx.gap or prev.width < wide or prev.kind or prev.level
                or prev.last in rules.PARAGRAPH_END or prev.last in rules.FULL_STOPS):
            continue  # (a gap no wider than the text's own leading: double-spaced text's short last line of a paragraph)
        k = i + 1
        while (k < n and lines[k].gap <= ctx.gap and not lines[k].kind and lines[k].width <= narrow
               and k - i < _NARROW_LINES):
            k += 1
        if (k < n and lines[k].gap > ctx.gap and not lines[k].kind and not lines[k].level
                and lines[k].width >= wide):
            blocks.append((i, lines[i:k]))
            if k - i >= 2 and _note_label(line.sq):
                labelled.append(i)
    if labelled:  # (one of two lines or more opening with a note's label and a colon: a patent's paragraph numbers set
        # apart are no notes, nor a heading's piece that an extract taking columns in turns set between two lines)
        for at, block in blocks:
            if min(abs(at - k) for k in labelled) > _NOTE_NEAR:
                continue  # (the notes are the margin's of a page or two: a short line far from them is the text's own)
            block[0].kind = "debris"
            for rest in block[1:]:
                rest.kind = CONTINUED  # (one debris unit: split_debris leaves it whole)


def _note_label(sq: str) -> bool:
    """``sq`` opens with a margin note's label: two to four hanzi and a colon (``想一想：``, ``批注：``)."""
    return rules.NOTE_LABEL.match(sq) is not None


def _past_tags(lines: Sequence[Line]) -> None:
    """A closing tag left at a line's end hides the sentence end before it: ``last`` is read before the tag."""
    for line in lines:
        if line.last == ">" and (m := _END_TAG.search(line.sq)):
            line.last = line.sq[:m.start()].rstrip(_CLOSERS_OR_MARK)[-1:]


_CLOSERS_OR_MARK = rules.CLOSERS + rules.NOTE_MARKS  # closers and footnote marks: ¹ ² … ⁹, ① … ⑳
_NOTE_CLOSERS = "）)"
_NOTE_MAX = 30  # characters inside a bracketed note after a sentence end


def _past_note(line: Line, above: Line | None = None) -> None:
    """A bracketed note after a sentence end hides that end: ``last`` is read before the note, as a sentence's
    (a source, ``…井上温泉。（摘自《半月谈》）``, -raw, dev15; a photo's credit, ``▲2／4展場一隅。（圖／讀者提供）``,
    html2text, dev9; a question's marks, ``…完成3～5题。（12分）``): the line ends a sentence however wide it is.
    So does a short note that a wrap cut in two, its bracket opened on the line ``above`` (``…表现特别明显。（摘自《`` /
    ``光明日报》）``, a news source, dev15 p15-004; ``…資料照片。（葉家瑋`` / ``攝）``, a photo's credit, dev6 p6-002,
    dev6x p6x-023; ``…衷心的感謝！（掌`` / ``聲）``, a speech's applause, dev8 p8-006): else the heading under it
    joins the paragraph."""
    sq = line.sq
    at = max(sq.rfind("（"), sq.rfind("("))
    if at < 0 and above is not None and len(sq) <= _NOTE_MAX and "）" not in sq[:-1] and ")" not in sq[:-1]:
        top = above.sq  # (the bracket opened on the line above, nothing closing it there)
        at = max(top.rfind("（"), top.rfind("("))
        if at < 1 or len(top) - at + len(sq) - 2 > _NOTE_MAX or "）" in top[at:] or ")" in top[at:]:
            return
        before = top[:at].rstrip(_CLOSERS_OR_MARK)[-1:]
        if before and before in rules.SENTENCE_END:
            line.last = before
        return
    if at < 1 or len(sq) - at - 2 > _NOTE_MAX or "）" in sq[at:-1] or ")" in sq[at:-1]:
        return
    before = sq[:at].rstrip(_CLOSERS_OR_MARK)[-1:]
    if before and before in rules.SENTENCE_END:
        line.last = before
_FLUSH_MIN = 3  # paragraph openings seen before their shape counts


def _flush_first_lines(lines: Sequence[Line], wrap: float) -> bool:
    """The lines that surely open a paragraph here (right under a clearly short line that ends a
    sentence, no blank line between, not indented) are full, two in three of them or more, at
    least three: paragraphs open flush, so a line two short is no first line set in."""
    full = opened = 0
    for prev, line in zip(lines, lines[1:], strict=False):
        if (not prev.kind and not line.kind and not prev.level and not line.level and not line.gap
                and prev.last in "。！？!?" and prev.width < wrap - 3 and line.indent < 0.75 and len(line.sq) > wrap / 2):
            opened += 1
            full += line.width >= wrap - 1 and line.last not in rules.PARAGRAPH_END
    return opened >= _FLUSH_MIN and 3 * full >= 2 * opened


_EXACT_MIN, _EXACT_SHARE = 8, 0.9


def _wide_only(line: Line) -> bool:
    """Only wide characters, no space inside: its width is exact in every measure."""
    return line.clean and _ASCII.search(line.sq) is None  # (clean: one piece, the raw text as it is)


_ASCII = re.compile("[\x00-\x7f]")


def _filled_exactly(lines: Sequence[Line], wrap: float) -> bool:
    """The text's wrapped lines of wide characters only that end mid-sentence are ``wrap`` wide,
    nearly all of them (a typesetter or tool that fills every line, not one that breaks at spaces):
    then such a line one unit short that ends a sentence ended its paragraph."""
    near = _near_wide(lines, wrap)
    return len(near) >= _EXACT_MIN and near.count(wrap) >= _EXACT_SHARE * len(near)


def _near_wide(lines: Sequence[Line], wrap: float) -> list[float]:
    """The widths of the lines that :func:`_filled_exactly` counts: no furniture or heading, ending mid-sentence,
    within 1.5 short of ``wrap`` and 0.5 past it, wide characters only (:func:`_wide_only`: here each one's ASCII
    characters kept by one encoding of the lines joined by line feeds, which no squeezed text holds, then split
    there, in C: a regex call per line costs several times as much)."""
    near = [ln for ln in lines if not ln.kind and not ln.level and ln.last not in rules.PARAGRAPH_END
            and wrap - 1.5 <= ln.width <= wrap + 0.5 and ln.clean]
    narrow = "\n".join(map(_SQ, near)).encode("ascii", "ignore").split(b"\n") if near else []
    return [ln.width for ln, kept in zip(near, narrow, strict=True) if not kept]


_OPTION = rules.EXAM_OPTION  # an exam's option opening a line: "C．作者…"
_OPTION_FIRST = rules.EXAM_OPTION_FIRST
_CLAUSE = rules.CLAUSE_LABEL  # a clause mark opening a line: "第七條"
_CLAUSE_LINE = re.compile("\n" + _CLAUSE.pattern)


_INDENTED = re.compile("^[ \t\u3000\xa0]+", re.M)  # the indentation of a line
# _INDENTED past the first line: opening with a literal "\n" it is found several times faster
# than "^" under re.MULTILINE, which the engine tries at every character
_INDENTED_NL = re.compile("\n([ \t\u3000\xa0]+)")
_INDENT_UNITS = {" ": 0.5, "\t": 2.0, "\u3000": 1.0, "\xa0": 0.5}


def _set_widths(lines: Sequence[Line], widths: Sequence[float], extra: Sequence[float]) -> list[float]:
    """Set each line's ``width`` (its right edge measured from the text's common left margin) and
    ``indent`` (its indentation beyond that margin, from :func:`_extra_indents`); returns the widths.
    A dump indents a paragraph's first line but wraps it at the same column as the others."""
    out = list(map(operator.add, widths, extra))
    for line, width, ind in zip(lines, out, extra, strict=True):
        line.width = width
        line.indent = ind
    return out


def _extra_indents(lines: Sequence[Line], raw: str) -> tuple[list[float], list[float]]:
    """Each line's indentation beyond the commonest one, in full-width units and in characters."""
    found = _indentations(raw)
    if not found:
        zeros = [0.0] * len(lines)
        return zeros, zeros
    if max(map(_LEAD, lines), default=-1) >= 0:  # a column's line: its indentation within the column
        texts = [found.get(ln.pieces[0][0], "") if ln.lead < 0 else " " * ln.lead for ln in lines]
    else:  # (most texts: no column's line, looked up in C)
        texts = list(map(found.get, map(_FIRST, map(_FIRST, map(_PIECES, lines))), repeat("")))
    if not any(texts):  # (indented blank lines only: no line is set in, every margin is 0 and nothing lies beyond it)
        zeros = [0.0] * len(lines)
        return zeros, zeros
    unit = {t: sum(map(_INDENT_UNITS.__getitem__, t), 0.0) for t in set(texts)}  # (each indentation once)
    units = list(map(unit.__getitem__, texts))
    chars = list(map(float, map(len, texts)))  # (in C)
    out = []
    in_body = [not ln.kind and not ln.level for ln in lines]
    pages = page_of(raw, lines)
    for indents in (units, chars):
        common = collections.Counter(itertools.compress(indents, in_body))
        margin = common.most_common(1)[0][0] if common else 0.0
        if pages is None:  # (a margin of 0 leaves each indentation as it is: none is negative)
            out.append(indents if margin == 0 else [i - margin if i > margin else 0.0 for i in indents])
            continue
        # each page its own margin (a book's odd and even pages are set at different offsets)
        margins = _page_margins(pages, indents, in_body, margin)
        out.append([i - m if i > m else 0.0 for i, m in zip(indents, map(margins.get, pages, repeat(margin)), strict=True)])
    k = _first_indent(lines, out[0], in_body)
    if k > _FIRST_INDENT_MAX:  # (spaces narrower than half a hanzi: pdftotext -fixed 3 sets a first line in by ten)
        scale = _FIRST_INDENT / k
        out[0] = [i * scale for i in out[0]]
    return out[0], out[1]


_FIRST_INDENT = 2.0  # full-width units a paragraph's first line is set in
_FIRST_SEEN, _FIRST_SHARE = 3, 0.6  # first lines set in by one amount, at least, and their share of all set in


def _first_indent(lines: Sequence[Line], indents: Sequence[float], in_body: Sequence[bool]) -> float:
    """The indentation (in units, spaces counted half) that the text sets its paragraphs' first lines in by: the
    commonest among the body lines set in right after a line that ends a sentence with the next line back at the
    margin, where at least :data:`_FIRST_SEEN` of them and :data:`_FIRST_SHARE` of such lines share it; else 0. Where
    it is more than a first line's indent, the text's spaces are narrower than half a hanzi (``pdftotext -fixed 3``
    puts a space per 3 points), and every indentation is scaled so that it counts two units."""
    seen: collections.Counter[float] = collections.Counter()
    for i in range(1, len(lines) - 1):
        if (indents[i] > 0 and not indents[i + 1] and in_body[i] and in_body[i + 1]
                and lines[i - 1].last in rules.PARAGRAPH_END):
            seen[indents[i]] += 1
    if not seen:
        return 0.0
    k, n = seen.most_common(1)[0]
    return k if n >= _FIRST_SEEN and n >= _FIRST_SHARE * sum(seen.values()) else 0.0


def _page_margins(pages: Sequence[int], indents: Sequence[float], in_body: Sequence[bool], margin: float) -> dict[int, float]:
    """Each page's commonest indentation among its body lines (``in_body``), or ``margin`` for a page
    with fewer than :data:`_PAGE_MARGIN_LINES` of them. The lines are counted per (page, indentation)
    in C; each page's counts keep the order its lines show them, so a tie goes to the first seen."""
    by_page: dict[int, collections.Counter] = collections.defaultdict(collections.Counter)
    for (page, indent), n in collections.Counter(itertools.compress(zip(pages, indents, strict=True), in_body)).items():
        by_page[page][indent] = n
    return {p: c.most_common(1)[0][0] if sum(c.values()) >= _PAGE_MARGIN_LINES else margin for p, c in by_page.items()}


def _indentations(raw: str) -> dict[int, str]:
    """Each indented line's text start -> its indentation (what :data:`_INDENTED` finds)."""
    if not raw:
        return {}
    found = {m.end(): m.group(1) for m in _INDENTED_NL.finditer(raw)}
    if raw[0] in " \t\u3000\xa0":
        first = _INDENTED.match(raw)
        found[first.end()] = first.group()
    return found


def _indented_paragraphs(lines: Sequence[Line]) -> bool:
    """Paragraphs here open with an indented line: two or more lines indented beyond the margin
    follow a line that ends a sentence and run on into the next line (a line set in alone, with a
    blank line or nothing under it, is a centred heading or a sign-off: "　　　一、多方协同推进")."""
    indented = [i for i, ln in enumerate(lines) if ln.indent >= 0.75 and i]
    last = len(lines) - 1
    return sum(lines[i - 1].last in rules.PARAGRAPH_END and i < last and not lines[i + 1].gap for i in indented) >= 2


def _first_line(line: Line, width: float) -> bool:
    """A paragraph's first line in wrapped text: indented, or set about two characters short."""
    return line.indent >= 0.75 or line.width <= width - 1.5


def _width_limit(body: Sequence[Line], raw: str = "") -> float:
    """In text that is not hard-wrapped throughout, the width a dumping tool still cut some long
    lines at: the widest body lines (``body``: the lines that are not markdown headings or
    standalone), if three or more of them end within two of it and at least two of those do not
    end a sentence, or if the two widest are exactly as wide, one of them open (:func:`_tied_wraps`).
    A line that reaches it without ending a sentence is a wrap."""
    # an open line of 30 characters or more is needed, two but for _tied_wraps (cheap to count: most text fails here)
    if len(body) < 3 or not any(len(ln.sq) >= 30 and ln.last not in rules.PARAGRAPH_END for ln in body):
        return 0
    if max(map(len, map(_SQ, body))) > _LONGEST_WRAP:  # a line longer than any dump's: flowing text
        return 0
    extra = _extra_indents(body, raw)  # indexed by "counts in characters"
    best, best_near, best_measure = 0.0, 0, None
    measures = _measures(body)
    for measure, chars in measures:  # as in _wrap_width: the measure that puts most lines at the top
        widths = _set_widths(body, measure, extra[chars])
        # the widest line, or (a line or two may run past a dump's width: hanging punctuation) the next
        for top in sorted(widths, reverse=True)[:_LIMIT_OVER + 1]:
            near = [ln for ln, w in zip(body, widths, strict=True) if top - 2 <= w <= top]
            if top >= 30 and ((len(near) >= 3 and sum(ln.last not in rules.PARAGRAPH_END for ln in near) >= 2)
                              or _tied_wraps(near, widths, body, top)):
                if len(near) > best_near:
                    best, best_near, best_measure = top, len(near), (measure, chars)
                break
    if best_measure is None:
        for line in body:
            line.width = line.indent = 0.0
        return 0
    _set_widths(body, best_measure[0], extra[best_measure[1]])
    return best




def _tied_wraps(near: Sequence[Line], widths: Sequence[float], body: Sequence[Line], top: float) -> bool:
    """The two widest lines of a wide dump that wrapped only two paragraphs, exactly as wide, one at least not
    ending a sentence: lynx cut both at its width (at -width 150 two lines of 144 characters, the next 133 or
    less, in a dump of long paragraphs and short lines; the other one's cut may fall right after a full stop),
    a length two such lines do not share by chance."""
    return (top >= _TIE_MIN and len(near) == 2 and any(ln.last not in rules.PARAGRAPH_END for ln in near)
            and sum(w == top for w in widths) == 2 and max(widths) == top)  # (lynx sets no line past its width)


def _measures(lines: Sequence[Line]) -> list[tuple[list[float], bool]]:
    """The widths of ``lines`` in each way a wrapping tool may have counted them, and whether that
    way counts indentation in characters: display columns (ASCII half width; lynx, w3m, typeset
    PDF lines) or characters (an editor, ``textwrap``), each with and without the spaces that were
    put into the text after it was wrapped (OCR)."""
    spans = _spans(lines)
    # display columns, and characters as a tool that wraps by character count counts them (inner spaces too)
    columns, chars = _widths(lines, spans), list(map(float, spans))
    letters = list(map(float, map(len, map(_SQ, lines))))  # (in C)
    narrow = [c - 0.5 * (n - k) for c, n, k in zip(columns, chars, letters, strict=True)]
    return [(columns, False), (chars, True), (letters, True), (narrow, False)]


_WIDE_PUNCTUATION = "，。、；：？！（）《》〈〉「」『』【】〔〕"
_NO_PUNCTUATION = str.maketrans("", "", _WIDE_PUNCTUATION)


def _squeezed_punctuation(lines: Sequence[Line], columns: list[float], marks: list[int] | None = None) -> list[float]:
    """Display columns with full-width punctuation counted half wide, as a typesetter that squeezes
    punctuation (or a font whose CJK punctuation is proportional) sets it: in such a PDF's extract
    a line of 16 hanzi and a line of 16 hanzi and two commas fill the same column. ``marks``: each
    line's :func:`_wide_marks`, where the caller has them (it asks for two measures of the same lines)."""
    if marks is None:
        marks = _wide_marks(lines)
    return [c - 0.5 * k for c, k in zip(columns, marks, strict=True)]


def _wide_marks(lines: Sequence[Line]) -> list[int]:
    """Each line's full-width punctuation marks (:data:`_WIDE_PUNCTUATION`), counted."""
    sqs = list(map(_SQ, lines))
    return [len(sq) - len(bare) for sq, bare in zip(sqs, (sq.translate(_NO_PUNCTUATION) for sq in sqs), strict=True)]


def _wrap_width(lines: Sequence[Line], raw: str = "", beside: int = 0, body: Sequence[Line] | None = None) -> float:
    """The dominant line width if the text is hard-wrapped, else 0; sets each line's ``width``.

    Hard-wrapped text is narrow in its spread: at least half the body lines (lines that are not
    bylines, meta lines, debris or markdown headings) within three characters of the commonest
    width (and 35% within one), hardly any wider (justified, letter-spaced lines aside), and most
    of those lines cut mid-sentence. Lists, poems and tables of contents are not. Widths are
    measured both ways a wrapping tool counts, in display columns (ASCII half width, as lynx,
    w3m and typeset PDF lines) and in characters (as a text editor or ``textwrap``); the
    measure that puts more lines at one width is the one the text was wrapped by. ``body``: those
    body lines of ``lines``, where the caller has them.
    """
    if any(map(_COLUMN, lines)):
        return _wrap_beside(lines, raw)
    if body is None:
        body = [ln for ln in lines if not ln.level and not ln.kind]
    if len(body) < 6:
        return 0
    # Half the body is near the width and half of those are cut mid-sentence (checked below), so
    # at least a quarter of the body is: flowing text fails here before any width is measured.
    if len(body) - sum(map(rules.PARAGRAPH_END.__contains__, map(_LAST, body))) < 0.25 * len(body):
        return 0
    if max(map(len, map(_SQ, body))) > _LONGEST_WRAP and sum(len(ln.sq) > _LONGEST_WRAP for ln in body) > 0.1 * len(body):
        return 0  # lines wider than any wrap: flowing text
    extra = _extra_indents(lines, raw)  # indexed by "counts in characters"
    measures = _measures(lines)
    at = [i for i, ln in enumerate(lines) if not ln.level and not ln.kind]  # the body's positions
    closed = [ln.last in rules.PARAGRAPH_END for ln in body]
    best, best_tight, best_index = 0.0, 0, -1
    tried: list[list[float]] = []
    # lines with spaces inside (counted differently with and without them), a fifth of the body or more
    counted, bare = measures[1][0], measures[2][0]
    if len(at) < len(lines):
        counted, bare = list(map(counted.__getitem__, at)), list(map(bare.__getitem__, at))  # (in C)
    spaced = sum(map(operator.ne, counted, bare)) >= _SPACED_SHARE * len(body)
    skip = 0
    for index in itertools.count():
        if index == len(measures):
            if best_index >= 0 or index > 4:
                break
            # no way of counting finds a wrap: try squeezed punctuation (a typesetter's, not a tool's),
            # in display columns with and without the spaces put in after the wrap
            marks = _wide_marks(lines)  # (counted once for both)
            measures.append((_squeezed_punctuation(lines, measures[0][0], marks), False))
            measures.append((_squeezed_punctuation(lines, measures[3][0], marks), False))
        if index < skip:
            continue
        measure, chars = measures[index]
        widths = list(map(operator.add, measure, extra[chars])) if any(extra[chars]) else measure
        widths = list(map(widths.__getitem__, at)) if len(at) < len(lines) else widths
        if widths in tried:  # the same widths another way (no ASCII, no inner spaces): same answer
            continue
        tried.append(widths)
        width, tight = _dominant(widths, body, closed)
        if width and tight > best_tight:
            best, best_tight, best_index = width, tight, index
        if best_tight >= _CLEAR_WRAP * len(body):  # clear enough: the other measures cannot matter,
            if not spaced or index >= _NARROW:  # but where spaces stand inside lines an OCR pass's spaces
                break  # may put most lines near a width counted with them, yet fewer than counted without
            skip = _NARROW  # them: display columns without the spaces are tried too
    if best_index >= 0:
        measure, chars = measures[best_index]
        _set_widths(lines, measure, extra[chars])
        return best
    if len(body) >= 2 * _BLOCK_MIN or (beside and len(body) >= _BLOCK_MIN):
        for index in (0, _NARROW):  # display columns, with and without inner spaces
            measure, chars = measures[index]
            widths = list(map(operator.add, measure, extra[chars])) if any(extra[chars]) else list(measure)
            found = _block_widths(list(map(widths.__getitem__, at)), body, closed, beside)
            if found:
                width, shifts = found
                widths = _set_widths(lines, measure, extra[chars])
                for i, shift in zip(at, shifts, strict=True):
                    lines[i].width += shift
                _shift_others(lines, at, shifts)
                return width
    return best


_COLUMN = operator.attrgetter("column")


def _wrap_beside(lines: Sequence[Line], raw: str) -> float:
    """:func:`_wrap_width` of a text with pieces of lines printed side by side (``Line.column``, a
    one-space gutter, columns.spaced_order): the wrap is found on the other lines, and each piece's
    width is shifted by the difference between that wrap and its column's width, so a full line of
    a column is a full line and a column's short last line is short."""
    rest = [ln for ln in lines if not ln.column]
    width = _wrap_width(rest, raw, (len(lines) - len(rest)) // 2)  # (printed lines: two pieces or more each)
    for line in lines:
        if line.column:
            sq = line.sq
            printed = display_width(sq)
            line.indent = 0.0
            line.width = printed + (width - line.column if width else 0.0)
    return width


_BLOCK_MIN = 6  # lines of a block set at a width of its own
_BLOCK_REACH = 6  # body lines either side that a line's local width is the commonest of
_BLOCK_SHARE = 0.5  # of the body in such blocks before the text counts as wrapped
_BLOCK_SHARE_BESIDE = 0.4  # ... where lines printed side by side were cut (columns.spaced_order): counted as in blocks
_BLOCK_SHARED = 0.15  # of the body at one width: a column's width (_block_widths)
_BLOCK_APART = 3  # blocks' widths must differ by more than this (the band a wrap's lines spread in)


def _block_widths(widths: list[float], body: Sequence[Line], closed: Sequence[bool],
                  beside: int = 0) -> tuple[float, list[float]] | None:
    """Wrapped text set in blocks of different widths (a newspaper page's stories in columns of 17,
    23 and 29 characters, one after another in the extract): each body line's local width is the
    commonest among the body lines around it; runs of one local width of :data:`_BLOCK_MIN` lines
    or more that :func:`_dominant` finds wrapped are blocks. When blocks hold half the body, the
    text is wrapped at the widest block's width (the one with most lines) and each line of a block
    is shifted by the difference, so "short by two" means the same everywhere. ``beside`` lines of
    columns printed side by side (:func:`_wrap_beside`) count as lines in blocks. Returns that width
    and each body line's shift, or ``None``."""
    n = len(widths)
    ints = [int(w) if w >= 8 else -1 for w in widths]
    local = _local_widths(ints)
    blocks = []  # (start, end, width)
    # (the widths that many lines of the text share, one a column's: a block's lines wider than its width at
    # one of them are another column's lines that the extract printed among its own, p6x-016)
    tally = collections.Counter(ints)
    shared = frozenset(w for w, c in tally.items() if w > 0 and c >= _BLOCK_SHARED * n)
    start = 0
    for i in range(1, n + 1):
        if i == n or local[i] != local[start]:
            if i - start >= _BLOCK_MIN and local[start] > 0:
                width, _ = _dominant(widths[start:i], body[start:i], closed[start:i], shared)
                if width and _runs_on(widths, body, closed, start, i, width):
                    blocks.append((start, i, width))
            start = i
    found = [w for _, _, w in blocks]
    share = _BLOCK_SHARE_BESIDE if beside else _BLOCK_SHARE
    if (sum(e - s for s, e, _ in blocks) + beside < share * (n + beside) or not found
            or (max(found) - min(found) <= _BLOCK_APART and not beside)):
        return None  # (widths within a few units of each other: one ragged text, a dump's lines, not blocks)
    main = max(blocks, key=lambda b: b[1] - b[0])[2]
    shifts = [0.0] * n
    for s, e, width in blocks:
        for i in range(s, e):
            shifts[i] = main - width
    return main, shifts


def _local_widths(ints: list[int]) -> list[int]:
    """For :func:`_block_widths`: each line's commonest width (``ints``: whole widths, -1 for none) among the lines
    :data:`_BLOCK_REACH` either side of it (the first seen wins a tie), or -1."""
    n = len(ints)
    local = []
    counts = collections.Counter(ints[:_BLOCK_REACH])  # the window around line i, slid along
    get = counts.get  # (``get``: Counter's ``__missing__`` is a call in Python for each width the window meets anew)
    for i in range(n):
        if i + _BLOCK_REACH < n:
            entering = ints[i + _BLOCK_REACH]
            counts[entering] = get(entering, 0) + 1
        if i - _BLOCK_REACH > 0:
            counts[ints[i - _BLOCK_REACH - 1]] -= 1
        best, seen = -1, 0
        for w, c in counts.items():  # (first seen wins a tie, as Counter.most_common)
            if w > 0 and c > seen:
                best, seen = w, c
        local.append(best)
    return local


def _runs_on(widths: list[float], body: Sequence[Line], closed: Sequence[bool], start: int, end: int, width: float) -> bool:
    """Whether the block ``body[start:end]`` wrapped at ``width`` has lines that the text runs on from: two or
    more lines near the width, cut mid-sentence, with the next line right under them (no blank line). A
    run of short lines at the top of a saved web page (a headline, a button row, three list items each
    ending with "。") is no column (where three in four of the block's lines stand after a blank line, as an
    extract that takes columns in turns prints them, the test is not made)."""
    if 4 * sum(ln.gap > 0 for ln in body[start:end]) >= 3 * (end - start):
        return True
    cut = sum(1 for k in range(start, min(end, len(body) - 1))
              if not closed[k] and widths[k] >= width - 3 and body[k + 1].gap == 0)
    return cut >= 2


def _shift_others(lines: Sequence[Line], at: Sequence[int], shifts: Sequence[float]) -> None:
    """Lines outside the body (credits, furniture) take the shift of the body line before them."""
    shift, k = 0.0, 0
    body = set(at)
    for i, line in enumerate(lines):
        if i in body:
            shift = shifts[k]
            k += 1
        else:
            line.width += shift


def _dominant(widths: list[float], body: Sequence[Line], closed: Sequence[bool],
              shared: frozenset[int] = frozenset()) -> tuple[float, int]:
    """The wrap width of ``body`` whose lines are ``widths`` wide (``closed``: which end a
    paragraph), and how many lines are within one of it; (0, 0) if the widths are not those of
    wrapped text. Widths are multiples of half a unit, so the bands are counted on doubled widths."""
    halves = collections.Counter(map(int, map(operator.mul, widths, itertools.repeat(2.0))))
    counts = _whole_widths(halves)
    if not counts:
        return 0, 0
    width = counts.most_common(1)[0][0]
    # (``get`` with 0 for a width no line has: Counter's ``__missing__`` is a call in Python for each)
    near = sum(map(halves.get, range(2 * width - 6, 2 * width + 5), repeat(0)))  # W - 3 <= w <= W + 2
    tight = sum(map(halves.get, range(2 * width - 2, 2 * width + 4), repeat(0)))  # W - 1 <= w <= W + 1.5
    if width < 10 or near < 0.5 * len(body) or tight < 0.35 * len(body):
        return 0, 0
    # (the lines wider than W + 2 picked out in C, then the shared widths left out of those few)
    wider = [i for i in itertools.compress(range(len(widths)), map(float(width + 2).__lt__, widths))
             if int(widths[i]) not in shared] if len(body) - near > 0.1 * len(body) else []
    if sum(len(body[i].sq) + 3 > _span(body[i]) for i in wider) > 0.1 * len(body):
        return 0, 0  # too many lines wider than the width (letter-spaced, justified lines aside)
    ends = collections.Counter(map(int, map(operator.mul, itertools.compress(widths, closed), itertools.repeat(2.0))))
    open_ends = near - sum(map(ends.get, range(2 * width - 6, 2 * width + 5), repeat(0)))
    return (float(width), tight) if open_ends >= 0.5 * near else (0, 0)


def _whole_widths(halves: collections.Counter[int]) -> collections.Counter[int]:
    """``Counter(map(int, widths))`` without the widths under 8, from the doubled widths' counts
    ``halves`` (``Counter(map(int, 2 * w))``: widths are not negative, so ``int(2 * w) // 2`` is
    ``int(w)``), each width first seen first as there (checked in test_segment_fastpaths.py)."""
    counts: collections.Counter[int] = collections.Counter()
    get = counts.get  # (not ``counts[w] += n``: Counter's ``__missing__`` is a call in Python for each new width)
    for half, n in halves.items():
        if half >= 16:
            counts[half // 2] = get(half // 2, 0) + n
    return counts


def _starts_paragraph(line: Line, ctx: Context) -> bool:
    if line.sq[0] in rules.BULLETS or rules.ENUMERATOR.match(line.sq):
        return True
    label = rules.LABEL.match(line.sq)
    return bool(label and label.group(1) in ctx.labels)


def _unbalanced(text: str) -> bool:
    for opener, closer in rules.BRACKET_PAIRS.items():
        if opener in text and text.count(opener) > text.count(closer):
            return True
    return text.count('"') % 2 == 1


def _opens_inside(sq: str) -> bool:
    """The line starts inside a quote or bracket opened on an earlier line: "势。”西安…"."""
    m = rules.BRACKET.search(sq, 0, 12)  # the first opening or closing bracket
    return m is not None and m.group() not in rules.BRACKET_PAIRS


def _head_opens_nothing(group: Sequence[Line], nxt: Line, ctx: Context) -> bool:
    """``group`` is one short head (``二、工作目标``, ``4.1 先期处置``, ``临床医学``, a bracketed note ``（学校代码：10610）``)
    that opens no bracket or quote of the kind that ``nxt``'s first one closes (``甚至还要便宜一些。”在…``): the quote was
    opened in a text the heading does not hold, so the line under it is the section's first line, not the heading's
    rest (a paragraph that opens inside a quote cut from its start)."""
    sq = group[0].sq
    if len(group) != 1 or len(sq) > _PAIR_MAX or not heading_like(sq, ctx.labels):
        return False
    closer = rules.BRACKET.search(nxt.sq, 0, 12).group()  # (``_opens_inside`` found a closing one there)
    opener = _OPENER.get(closer)
    return opener is not None and opener not in sq


def _subtitle_line(sq: str) -> bool:
    """A subtitle alone: it opens with a dash (``——``) and holds no sentence or clause mark."""
    return rules.SUBTITLE.match(sq) is not None and not rules.CLAUSE_MARK.search(sq)




def _tail(sq: str) -> bool:
    """A short single sentence that finishes the previous line's sentence: "生态工业示范园。"."""
    if len(sq) > 40 or not ends_paragraph(sq):
        return False
    if sq[0] == "各" and rules.ADDRESSEE.fullmatch(sq):
        return False  # a speech's salutation opens what follows: "各位代表：" (under the speaker's name, -raw)
    body = sq.rstrip(rules.CLOSERS).rstrip(rules.PARAGRAPH_END)
    return not rules.SENTENCE_END_RE.search(body)


def _dangling(text: str) -> bool:
    """At most three characters after the last sentence end: "…开放创新生态。进一"."""
    for i in range(len(text) - 1, max(-1, len(text) - 5), -1):
        if text[i] in rules.SENTENCE_END:
            return True
    return False


_jieba = None
_keys = [0]  # the dictionary's keys when :func:`_word_starts` last started keeping its answers


def straddles(left: str, right: str) -> bool:
    """jieba (dictionary only) puts one word across the break: "共育一流产" / "业生态"."""
    if not (left and right and "\u4e00" <= left[-1] <= "\u9fff" and "\u4e00" <= right[0] <= "\u9fff"):
        return False  # a Chinese word cut in two has hanzi on both sides of the cut
    a, b = left[-6:], right[:6]
    freq = dictionary()
    if not _word_from(_word_starts(a), b, freq):
        return False  # no word of the dictionary goes on across the break, so no token can straddle it
    return _route_across(a + b, len(a))


def dictionary() -> dict[str, int]:
    """jieba's dictionary (``FREQ``: every word and every prefix of one, a prefix that is no word at frequency 0),
    loaded on first use; :func:`_word_starts`' kept answers are dropped where it has gained a key since."""
    global _jieba
    if _jieba is None:
        import jieba

        jieba.setLogLevel(60)
        jieba.dt.check_initialized()  # (what lcut does first: the dictionary, for the test below)
        _jieba = jieba
    freq = _jieba.dt.FREQ
    if len(freq) != _keys[0]:  # (words added to the dictionary since the starts were kept: keep them anew)
        _word_starts.cache_clear()
        _keys[0] = len(freq)
    return freq


def _route_across(text: str, cut: int) -> bool:
    """Whether ``lcut(text, HMM=False)`` puts a token across ``cut``, a cut between two hanzi, without the tokens:
    ``cut`` splits ``text`` into the blocks that ``re_han_default`` finds (one block must hold both hanzi, or they are
    tokens of their own), and each block into the words of its best route through the dictionary (``get_DAG``,
    ``calc``), the route taken from the block's start; a run of single ASCII letters jieba joins into one token
    holds no hanzi, so the token across the cut, if any, is the route's word, which holds a hanzi (not ASCII).
    jieba's own steps, less its generators and the blocks and tokens away from the cut (test_segment_spdt19.py
    checks it against ``lcut``)."""
    for m in _jieba.re_han_default.finditer(text):
        if m.start() >= cut:
            return False  # (the hanzi before the cut ends a block: two blocks, or one outside any block)
        if m.end() > cut:
            break
    else:
        return False
    block, at = m.group(), cut - m.start()
    dt = _jieba.dt
    route: dict[int, tuple[float, int]] = {}
    dt.calc(block, dt.get_DAG(block), route)
    x = 0
    while x < at:
        x = route[x][1] + 1
    return x != at


def _word_across(a: str, b: str, freq: dict[str, int]) -> bool:
    """Whether a word of jieba's dictionary (a key of ``freq`` with a frequency above 0: an edge of jieba's DAG)
    starts in ``a`` and ends in ``b`` (``a + b`` cut between them): a necessary condition of a token of
    ``lcut(a + b, HMM=False)`` across the cut, whose tokens of two characters or more are DAG edges (one character
    can straddle nothing; an ASCII run holds no hanzi, and the cut has one each side). Every prefix of a word is a
    key (frequency 0 where it is no word itself), so each start's words are walked until a prefix is no key, as
    jieba's ``get_DAG`` walks them."""
    return _word_from(tuple(a[i:] for i in range(len(a)) if a[i:] in freq), b, freq)


def _word_from(starts: tuple[str, ...], b: str, freq: dict[str, int]) -> bool:
    """:func:`_word_across` of ``a`` and ``b``, ``starts`` the ends of ``a`` that are keys of ``freq``
    (:func:`_word_starts`): a word across the cut begins with one of them, since every prefix of a key is a key;
    the other starts need no look (a line's end is asked of up to :data:`columns._ALT_REACH` lines under it, and
    most of its six ends are no key: one or two are left)."""
    n = len(b)
    for frag in starts:  # (a loop: it stops at the first word, and costs less than a list per call)
        frag += b[0]
        j = 1
        while frag in freq:
            if freq[frag]:
                return True
            if j == n:
                break
            frag += b[j]
            j += 1
    return False


@functools.lru_cache(maxsize=1 << 12)
def _word_starts(a: str) -> tuple[str, ...]:
    """The ends of ``a`` (a line's last six characters at most) that are keys of jieba's dictionary, longest
    first (:func:`_word_from`), kept across calls (``straddles`` loads jieba first, and clears them when the
    dictionary gains a key: a word added; a frequency changed in place changes no key)."""
    freq = _jieba.dt.FREQ
    return tuple(a[i:] for i in range(len(a)) if a[i:] in freq)


def _recent(group: Sequence[Line]) -> str:
    """The end of the unit so far: enough for the rules, and keeps long units linear."""
    return "".join([ln.sq for ln in group[-_WINDOW:]])


def _heading_group(group: Sequence[Line], ctx: Context) -> bool:
    if len(group) > 4:
        return False
    return heading_like(_recent(group), ctx.labels) and (len(group) == 1 or all(len(ln.sq) <= _PAIR_MAX for ln in group))


def _names(line: Line, raw: str) -> bool:
    """A line of two or more personal names set apart by spaces ("周文斌 李建国"), or of a unit's name and a
    person's ("安平市第十中学   谢晨平"), or one name ("林晓岚", "文   陳思遠"): the authors under a title, not the title's second line."""
    if not raw or len(line.sq) > _PAIR_MAX:
        return False
    words = " ".join(raw[s:e] for s, e in line.pieces).split()
    if len(words) >= 2 and all(_NAME_WORD.fullmatch(w) for w in words):
        return True
    # names with affiliation marks, set apart by commas: "陈晓燕1，赵雅琴2"
    if _MARKED_NAMES.fullmatch(line.sq) is not None:
        return True
    # one author under the title: a personal name alone and no word ("林晓岚", not "时光"), or after its role and a gap
    # ("文   陳思遠"); session 22, dev16 q16 essay and column
    if len(words) == 2 and (words[0] in _ROLE_CHARS or rules.ROLE_ALONE.fullmatch(words[0])) and rules.lone_name(words[1]):
        return True
    return ((len(words) == 1 and rules.lone_name(line.sq) and not dictionary().get(line.sq))
            or _unit_and_name(line, raw, words))


def _unit_and_name(line: Line, raw: str, words: list[str]) -> bool:
    # a unit's name and one person's, a gap apart: "安平市第十中学   谢晨平" (a teacher's school and name)
    if len(words) != 2 and "  " in raw[line.start:line.end]:  # (OCR-like spaces inside the words: "生 产 技术部 经理   陈军子")
        words = [w.replace(" ", "") for w in _WIDE_GAP.split(raw[line.start:line.end].strip())]
    return (len(words) == 2 and words[1][0] in rules.SURNAMES and _NAME_WORD.fullmatch(words[1]) is not None
            and _UNIT_WORD.fullmatch(words[0]) is not None)


_NAME_WORD = re.compile("[\u4e00-\u9fff]{2,3}")
_WIDE_GAP = re.compile("(?: {2,}|\u3000)[ \u3000]*")  # the gap between two fields of a line, not an OCR pass's space
_UNIT_WORD = re.compile("[\u4e00-\u9fff]{2,12}")
_MARKED_NAMES = re.compile(rf"[\u4e00-\u9fff]{{2,3}}[{rules.AFFILIATION_MARK}](?:[，,、][\u4e00-\u9fff]{{2,3}}[{rules.AFFILIATION_MARK}]){{1,5}}")
_ROLE_CHARS = frozenset("文图圖")  # a role of one hanzi before an author's name, a gap apart: "文   陳思遠"


_PAIR_LINES = 3  # lines of a title printed as short lines: four or more short lines are a list (headlines in a sidebar)


def _heading_pair(group: Sequence[Line], nxt: Line, ctx: Context) -> bool:
    """Consecutive short title lines printed as one heading ("坚持“四个面向”" / "做好“高新文章”"):
    not a line of a narrow wrapped column, and set in one block (the same indent, or centred on
    the same point: a centred title above a flush-left heading is two units)."""
    return (
        nxt.gap == 0
        and len(group) < _PAIR_LINES
        and all(len(ln.sq) <= _PAIR_MAX for ln in group)
        and ((len(nxt.sq) <= _PAIR_MAX and not ((ctx.wrap or ctx.limit) and _wider_under(group[-1], nxt, ctx.raw)))
             or _issuer_about(group, nxt))
        and heading_like(nxt.sq, ctx.labels)
        and not rules.SUBTITLE.match(nxt.sq)
        and not _same_words(group, nxt)
        and not _prose_under(group[-1].sq, nxt.sq)
        and not (ctx.wrap and nxt.width >= ctx.wrap - 3)
        and not (len(nxt.sq) <= _STUB_MAX and _stub_under(group[-1], nxt, ctx))
        and not (len(group) == 1 and len(group[0].sq) <= 2 * _STUB_MAX and _label_over(group[0], nxt, ctx))
        and _one_block(group[-1], nxt, ctx.raw)
        and not _names(nxt, ctx.raw) and not _names(group[-1], ctx.raw)  # (authors, under a title or over a table)
        and not pairs.own_line(group, nxt, ctx.raw)  # a list's item, a credit, offices
        and not _numbered_heading(nxt, ctx)  # a section's head under a title: "…使用说明书" / "1 安全注意事项"
        and not (len(group) == 1 and _whole_head(group[0], ctx))  # "3 响应分级" / "级别", a table's first row
        and not (len(group) == 1 and _short_whole(group[0], nxt, ctx))
        and not ((rules.SECTION_LABEL.match(nxt.sq) or (ctx.clauses and _CLAUSE.fullmatch(nxt.sq)))
                 and rules.SECTION_LABEL.match(group[0].sq))
        and not (rules.LABEL.match(nxt.sq) and rules.LABEL.match(group[-1].sq))  # fields: "甲方：…" / "乙方：…"
        and not (_whole_field(group[-1].sq) and nxt.last not in rules.PARAGRAPH_END)  # "附件：…" / "安平市人民政府办公室"
        and not (len(group) == 1 and _figure_field_last(group[0], ctx.raw))  # "立即预约 挂号费：50元" / "专业擅长"
        and not colblock.heads_block(group, nxt, ctx.block_openers)  # a narrow column's prose under a heading
        and not (len(group) == 1 and _listed(group[0], nxt, ctx))
        and not (len(group) == 1 and not group[0].gap and _short_above(group[0], ctx))
        and not _list_run(nxt, ctx)
        # a line set letter-spaced is a display line of its own ("江州市临湖区人民法院" / "民 事 判 决 书")
        and _letter_spaced(group[-1], ctx.raw) == _letter_spaced(nxt, ctx.raw)
        and not (len(group) == 1 and _wide_gap_inside(group[0], ctx.raw) and not _wide_gap_inside(nxt, ctx.raw))
        and not (_word_gaps(group[-1], ctx.raw) and _word_gaps(nxt, ctx.raw))
        and not _bar_items(nxt.sq)
        and not _named_before(group[0], nxt, ctx)
        and not (len(group) == 1 and _head_fields(group[0], nxt, ctx.raw))
        and not _titled_label(nxt, ctx.raw)
        and not _bracketed(nxt.sq)
        and not (nxt.sq[0] in "12" and (_DATE_ALONE.fullmatch(nxt.sq) or rules.DATE.fullmatch(nxt.sq)))
        and not _HANZI_DATE_ALONE.fullmatch(nxt.sq)  # a letter's sign-off over its date: "弟南山頓首" / "十月三日"
        # (nor a line that is an organisation's name alone, above or under: a letterhead over the title,
        # "滨江市第一人民医院" / "出院小结", dev14; the issuer under it, "…应急预案" / "清源县人民政府办公室", dev15; the
        # author over the date, "臺中市政府研究考核處" / "中華民國112年9月", dev6; but an issuer over "关于…", the
        # title's own words broken after its name, "区地方志办公室" / "关于山西省…的资料摘编", stays one)
        and not (len(group) == 1 and ((pairs.organisation(group[0].sq) and not _ABOUT.match(nxt.sq))
                                      or pairs.organisation(nxt.sq)))
        and not _issue_alone(nxt.sq) and not _issue_alone(group[-1].sq)  # "临江工会通讯" / "2023年第9期 总第136期" / headline
    )


def _capital_number(sq: str, ctx: Context) -> bool:
    """``sq`` opens with a section's number in one of the capital numerals that are also words (``陸、結論``,
    ``rules.CAPITAL_WORDS``) in a text that numbers its sections with capital numerals (``壹、調整說明`` on some line):
    there ``陸、`` is a number as ``壹、`` is (r15-003 dev15, q16-008 dev16); elsewhere a word (``陆、海、空三军…``)."""
    return rules.CAPITAL_WORD_NUMBER.match(sq) is not None and ctx.capitals


_SHORT_FIRST = 8  # full-width units: a title's first line broken at the title's measure is wider


def _short_whole(first: Line, nxt: Line, ctx: Context) -> bool:
    """``first``, a short line (at most :data:`_SHORT_FIRST` units) of a print extract, is a whole unit over ``nxt``: no
    word goes on across the break, ``first`` opens no official title ("关于…"), ``nxt`` is more than one character (a
    title's last one pushed down, ``走訪義勇軍進行`` / ``曲``, dev6x: the dictionary of simplified words misses it),
    the two are no couplet of as many characters (a headline in two halves, ``坚持“四个面向”`` / ``做好“高新文章”``,
    ``推动绿色发展`` / ``培育未来产业``, seed 004), no hard break ends ``first`` (two spaces: a title the author broke
    by hand, seed 002) nor a particle (``在江边数船的`` / ``时光``), ``nxt`` ends in no document's type
    (``office._GENRE_END``: ``企业内部控制`` / ``基本规范``, ``中国共产党`` / ``章程``, review34) and ``first`` is no name
    or year that opens a title (:data:`_TITLE_PREFIX`), and the text is a print extract (wrapped at a width,
    or its pages set apart: a forum's poster box, ``老李说事`` / ``发帖208 积分1736``, is read as one). A title broken over two lines fills its first line to the title's measure
    (``雅各布克伦贝格尔文化研`` / ``究项目合作协议书``); a short line over another short line is two units: a service's
    name over its time (``主日崇拜`` / ``上午十時正``, dev15 p15-005), an act over its scene (``第一幕`` / ``第1场``,
    dev14 p14-001), a table's title over its first cell (``验收专家组名单`` / ``姓名``, dev15 r15-001), a quote's source
    over the next head (``——读者 李女士`` / ``数字服务``, dev16 q16-007), a section's head over a box's
    (``扎实推进重点工作`` / ``基层经验交流``, dev9xp, dev9xq), a standard's codes (``ICS 13.060`` / ``CCS Z 10``, dev15)."""
    sq, nsq = first.sq, nxt.sq
    if not (len(nsq) > 1 and display_width(sq) <= _SHORT_FIRST and sq[-1] not in _OPEN_END
            and (ctx.wrap or ctx.limit or "\f" in ctx.raw)
            and not (len(sq) == len(nsq) and len(sq) >= _COUPLET_MIN)
            and rules.CLAUSE_NUMBER.fullmatch(sq) is None and not _ABOUT.match(sq)
            and ctx.raw[first.end:first.end + 2] != "  "):
        return False
    from . import office  # (office reads join: imported when first asked)
    return (office._GENRE_END.search(nsq) is None and _TITLE_PREFIX.search(sq) is None
            and not straddles(sq, nsq))


# a title's first line that an author broke after a name or a year that opens it: a state or party ("中华人民共和国" /
# "民法典", "中国共产党" / "章程"), a year ("2024年度" / "工作总结", "2023年上半年" / "经济运行分析"): one title
_TITLE_PREFIX = re.compile(r"^(?:19|20)\d\d年|[国國党黨]$")


_COUPLET_MIN = 4  # characters of each half of a headline in two halves
_OPEN_END = "的之与與和及"  # a particle or conjunction: no phrase ends on it ("在江边数船的" / "时光": one title)


_WIDER_BY = 0.5  # full-width units a line is wider than the short line above it: no wrap broke a title there


def _wider_under(prev: Line, nxt: Line, raw: str) -> bool:
    """``nxt`` is printed wider than ``prev`` by more than :data:`_WIDER_BY`: in text wrapped at a width (asked only
    where one was found) a wrap fills a line before it breaks it, so a title's second line is never the wider one; two short lines set so are two units (a masthead over the
    title, ``臺中客運股份有限公司`` / ``公車路線調整暨新版時刻表公告``, a book's title over its author and publisher,
    ``《江河入海》`` / ``林远舟著宁川出版社``, a heading over a table's first row). Not under a section's number alone
    (``2.2`` / ``产品结构``: the number is the heading's), nor after a markdown hard break (two spaces at the line's
    end: the author broke one title by hand, ``国家高新区`` / ``「链」出跨区域`` / ``协同创新格局``)."""
    return (display_width(nxt.sq) > display_width(prev.sq) + _WIDER_BY
            and rules.CLAUSE_NUMBER.fullmatch(prev.sq) is None
            and raw[prev.end:prev.end + 2] != "  ")


# a date alone, "2014年", "2023年5月", "2024年1月15日" (rules.DATE: "2023-05-06"): under a head, the first field of a
# dated entry a tool printed apart ("获奖情况" / "2014年" / "" / "校级优秀学生干部；2015年"), or a date line; no headline
# breaks before its date
_DATE_ALONE = re.compile(r"(?:19|20)\d\d年(?:\d{1,2}月(?:\d{1,2}日)?)?")
# the same in hanzi numerals or by the ROC era (rules.HANZI_DATE, or a month and day alone: "十月三日", or the era's
# year in digits: "中華民國112年9月")
_HANZI_DATE_ALONE = re.compile(rf"{rules.HANZI_DATE.pattern}|{rules.HANZI_MONTH_DAY}"
                               rf"|{rules.ERA}\d{{2,3}}年(?:\d{{1,2}}月(?:\d{{1,2}}日)?)?")


_ABOUT = re.compile("关于|關於")  # an official title's "about" after its issuer: "…办公室关于做好…的通知"


def _issuer_about(group: Sequence[Line], nxt: Line) -> bool:
    """``nxt`` opens with "关于" right under an issuer's name alone (``pairs.organisation``): the title's own words
    broken after its name by hand, no wrap: as long as a heading may be and wider than the name (``华信科技股份有限公司`` /
    ``关于2023年度利润分配预案的公告``, 17 characters: an announcement's title), where another title's second line is short
    (:data:`_PAIR_MAX`) and no wider than its first (:func:`_wider_under`)."""
    return (len(group) == 1 and len(nxt.sq) <= HEADING_MAX and _ABOUT.match(nxt.sq) is not None
            and pairs.organisation(group[0].sq))


_BRACKET_OPENING = re.compile(r"[（(][^（()）]{1,8}[）)](?=[\u4e00-\u9fff])")  # "（第二期）发行公告"


def _bracket_tail(group: Sequence[Line], nxt: Line, ctx: Context) -> bool:
    """A long title that wrapped before a bracketed qualifier: ``group`` is one heading-like line too long for a
    heading pair (``白鹭交通发展股份有限公司2023年面向专业投资者公开发行公司债券``), ``nxt`` right under it in the same
    block a short line that opens with a short bracketed part and goes on in words (``（第二期）发行公告``; not a line
    wholly in brackets, a note of its own, nor an enumerator ``（二）…``), no sentence end in either (dev12 bond notice)."""
    first = group[0]
    return (len(group) == 1 and not nxt.gap and _PAIR_MAX < len(first.sq) and len(nxt.sq) <= _PAIR_MAX
            and nxt.sq[0] in "（(" and _BRACKET_OPENING.match(nxt.sq) is not None
            and not rules.ENUMERATOR.match(nxt.sq) and heading_like(nxt.sq, ctx.labels)
            and heading_like(first.sq, ctx.labels) and not rules.CLAUSE_MARK.search(first.sq)
            and _set_under(first, nxt, ctx.raw) and not (ctx.wrap and first.width >= ctx.wrap - 3))


def _title_cut(group: Sequence[Line], nxt: Line, ctx: Context) -> bool:
    """A long title that wrapped inside a word: ``group`` is one heading-like line too long for a heading pair
    (``滨江区市场监督管理局关于开展校园食品安全专项整``), ``nxt`` right under it in the same block a short heading-like
    line (``治工作方案``), no clause mark in either, and a word runs across the break (``整治``): an author who breaks a
    title by hand breaks it between words."""
    first = group[0]
    return (len(group) == 1 and not nxt.gap and _PAIR_MAX < len(first.sq) and len(nxt.sq) <= _PAIR_MAX
            and heading_like(nxt.sq, ctx.labels) and not rules.CLAUSE_MARK.search(first.sq)
            and not rules.CLAUSE_MARK.search(nxt.sq) and not rules.ENUMERATOR.match(nxt.sq)
            and _set_under(first, nxt, ctx.raw) and straddles(first.sq, nxt.sq))


def _set_under(a: Line, b: Line, raw: str) -> bool:
    """``b`` is printed within ``a``'s stretch of the line (at or right of its start, ending before its end, counted in
    characters: a title's second line centred under a first line set in a larger size, -layout)."""
    if not raw:
        return True
    ia, ib = _indent(a, raw), _indent(b, raw)
    return ia <= ib and ib + len(b.sq) <= ia + len(a.sq)


def _issue_alone(sq: str) -> bool:
    """A periodical's issue line alone (``2023年第9期 总第136期``, ``第12期（总第350期）``): under a masthead, over the
    headline, never a line of either."""
    return sq[0] in "12第" and rules.ISSUE_ALONE.fullmatch(sq) is not None


def _whole_field(sq: str) -> bool:
    """A ``label：value`` field with its value on the line (``附件：重点任务分工表``, a notice's attachment over the issuing
    office; ``主讲：任红强　教授`` over a section head): complete on its line, no heading's first line, unless the line
    under it ends a sentence, the rest of a value the wrap cut (``議一議：你同意這種說法`` / ``嗎？``)."""
    m = rules.LABEL.match(sq)
    return m is not None and m.end() < len(sq)


_NOTE_MIN = 6  # characters of a bracketed note alone (no item number, "（一）", "（十二）")


_BORDER_CAPTION = re.compile(r"_{2,}[^\W_][^_]*")  # "__近期排班" (not a bold run, "__注意__")


_FIGURE_FIELD = re.compile(r"[ \t\u3000]" + rules.LABEL.pattern + r"[ \t\u3000]*[￥¥$]?\d[\d.,]*[^\s\d]{0,2}[ \t\u3000\r]*\Z")


def _figure_field_last(line: Line, raw: str) -> bool:
    """``line`` ends, after a gap, with a whole ``label：figure`` field (``立即预约 挂号费：50元``, a button beside a fee;
    ``月销 6509 价格：￥369``): a line of fields, no headline's first line."""
    return (bool(raw) and ("：" in line.sq or ":" in line.sq)
            and _FIGURE_FIELD.search(raw, line.start, line.end) is not None)


def _bracketed(sq: str) -> bool:
    """The whole line in one pair of round brackets (``（2023年5月报备）``, ``（征求意见稿）`` under a title): a note of its
    own, never a headline's second line (a headline puts its words first: ``…条款（2023年修订）`` on one line), nor
    (four characters or more inside, no item number) a first line (``（此件公开发布）`` over a notice's centred title)."""
    if sq[0] not in "（(" or sq[-1] not in "）)" or len(sq) < 3:
        return False
    depth = 0
    for ch in sq[:-1]:
        depth += ch in "（("
        depth -= ch in "）)"
        if not depth:
            return False  # (the first bracket closed before the end: "（一）瓦士本市(威斯康辛州)")
    return True


_WORD_GAP = re.compile(r"[\u4e00-\u9fff][ \t\u3000\xa0]+\S|\S[ \t\u3000\xa0]+[\u4e00-\u9fff]")


_BAR_ITEMS = re.compile(r"[^|｜]{2,}[|｜][^|｜]{2,}(?:[|｜][^|｜]{2,})*")


def _bar_items(sq: str) -> bool:
    """Items with figures joined by a bar (``商品评分4.9｜服务评分4.8``, a shop's ratings under its name): a bar of
    its own, no title's second line."""
    return ("|" in sq or "｜" in sq) and any(map(str.isdigit, sq)) and _BAR_ITEMS.fullmatch(sq) is not None


def _word_gaps(line: Line, raw: str) -> bool:
    """Words set apart by spaces inside the line, a hanzi beside a gap, none of them one letter alone
    (``选择颜色 青瓷 白瓷 黑陶``, ``产地  北京``; not an OCR pass's gaps, ``专题 讲 座的 通 知``): two such lines one
    under the other are a bar's or a table's rows, not a title printed as two short lines."""
    if not raw or _WORD_GAP.search(raw, line.start, line.end) is None:
        return False
    return all(len(word) >= 2 or not word.isalnum() for word in raw[line.start:line.end].split())


def _titled_label(line: Line, raw: str) -> bool:
    """``line`` opens with a chapter or section label, a space and its title (``第二節 影響因素``): a whole heading of
    its own, no headline's second line (a running head right above it at a page's top, ``高中地理 必修 第二冊``, -raw)."""
    return line.sq[0] == "第" and bool(raw) and _TITLED_LABEL.match(raw, line.start) is not None


_TITLED_LABEL = re.compile(rf"{rules.SECTION_LABEL.pattern}[ \u3000]+[^\W\d_]")


def _after(line: Line, ctx: Context) -> Line | None:
    """The line right under ``line`` in the text (None at its end)."""
    i = ctx.positions.get(id(line), -1) + 1
    return ctx.lines[i] if 0 < i < len(ctx.lines) else None


_STUB_MAX = 2  # hanzi: a line this short under a headline line of four times its length or more


def _stub_under(last: Line, nxt: Line, ctx: Context) -> bool:
    """``nxt`` is a heading of one or two hanzi (no punctuation: ``吗？`` ends a question) under a short line that does not fill the measure
    (``丹青长卷：馆藏历代绘画精品展`` / ``前言``): a headline broken over lines leaves so little on its second
    line only where its first is full, so the two are no title pair."""
    return (len(nxt.sq) <= _STUB_MAX and all("\u4e00" <= ch <= "\u9fff" for ch in nxt.sq) and len(last.sq) >= 4 * _STUB_MAX
            and not (ctx.wrap and last.width >= ctx.wrap - 3))


def _label_over(first: Line, nxt: Line, ctx: Context) -> bool:
    """``first`` is a short label over a headline more than three times its length (``即時發佈`` /
    ``城市發展年度報告今日正式發佈``, ``-raw``): a headline broken over lines puts more on its first line, so the two
    are no title pair (not a section number over its title, ``第一章`` / ``…``; nor where another short line
    follows right under the headline: a sidebar's section and headlines, ``港聞`` / ``北市推友善育兒新措施`` / …,
    are a list)."""
    if len(first.sq) > 2 * _STUB_MAX or len(nxt.sq) <= 3 * len(first.sq) + 1 \
            or any(ch.isdigit() or ch in rules.NUMERAL for ch in first.sq):
        return False
    i = ctx.positions.get(id(nxt), -1) + 1
    after = ctx.lines[i] if 0 < i < len(ctx.lines) else None
    return after is None or bool(after.gap) or len(after.sq) > _PAIR_MAX or not heading_like(after.sq, ctx.labels) \
        or rules.SUBTITLE.match(after.sq) is not None


_MENU_SPACE = " \t\u3000*•◦·+-" + rules.DECORATION  # what a dump prints before a menu's item


def _named_before(first: Line, nxt: Line, ctx: Context) -> bool:
    """``nxt`` is a line the text printed by itself above ``first`` (a side menu's item naming the page's
    section, ``* 科室简介``, over the title ``神经内科`` and the section head ``科室简介``): a head of its own,
    never a title's second line (dev10)."""
    raw, sq = ctx.raw, nxt.sq
    at = raw.rfind(sq, 0, first.start) if raw else -1  # (in C: most headings were never printed before)
    if at < 0:
        return False
    begin, end = raw.rfind("\n", 0, at) + 1, raw.find("\n", at)
    return not raw[begin:at].strip(_MENU_SPACE) and not raw[at + len(sq):end if end >= 0 else len(raw)].strip()


def _head_fields(first: Line, nxt: Line, raw: str) -> bool:
    """The two lines are printed elsewhere in the text as the two fields of one line, in the other order
    (``安泰人寿保险股份有限公司`` / ``安泰金如意年金保险（分红型）条款`` over a page that the running head
    ``安泰金如意年金保险（分红型）条款 安泰人寿保险股份有限公司`` tops, -raw) or a wide gap apart: a company line and
    the title, two units, never one headline's two lines."""
    at = raw.find(nxt.sq) if raw else -1  # (in C: a headline's line is seldom printed twice)
    while at >= 0:
        begin, end = raw.rfind("\n", 0, at) + 1, raw.find("\n", at)
        text = raw[begin:end if end >= 0 else len(raw)].strip()
        head = text[:len(text) - len(first.sq)]
        if text.endswith(first.sq) and head != nxt.sq and head.rstrip() == nxt.sq:
            return True  # "title company" over the lines "company" / "title"
        if text.startswith(first.sq) and _FIELDS_APART.fullmatch(text, len(first.sq), len(text) - len(nxt.sq)):
            return True  # "company    title" over the lines "company" / "title"
        at = raw.find(nxt.sq, at + 1)
    return False


_FIELDS_APART = re.compile("(?: {2,}|\u3000+)")


def _wide_gap_inside(line: Line, raw: str) -> bool:
    """An ideographic space between two words of ``line`` (``区地方志办公室　内部资料``): a page header or
    letterhead of two fields, no line of a headline broken over lines (a wrap never leaves the space inside
    the first line of a pair: it breaks there)."""
    if line.clean:
        return False  # (one piece, no whitespace inside)
    text = raw[line.start:line.end].strip()
    return "\u3000" in text


_LIST_LINES = 3  # short lines in a row under a list's head


def _listed(first: Line, nxt: Line, ctx: Context) -> bool:
    """``first`` and ``nxt`` open a run of three or more short headline-like lines right under a short
    head set apart by a blank line, below prose (a related list whose bullets a saved copy dropped:
    ``相关推荐`` / "" / ``专家解读：…`` / ``这份夏季出行提示请收好`` / ``图解｜…``): list items, no
    headline broken over lines (a title over two or three lines stands above the prose)."""
    if not first.gap or nxt.gap:
        return False
    i = ctx.positions.get(id(first), -1)
    lines = ctx.lines
    if i < 2 or i + 2 >= len(lines) or lines[i + 1] is not nxt:
        return False
    third, head = lines[i + 2], lines[i - 1]
    if third.gap or third.kind or third.level or len(third.sq) > _PAIR_MAX or not heading_like(third.sq, ctx.labels):
        return False
    if head.kind or head.level or len(head.sq) > _PAIR_MAX or not heading_like(head.sq, ctx.labels):
        return False
    return any(len(ln.sq) >= _PAIR_MAX and not ln.kind and rules.SENTENCE_END_RE.search(ln.sq) for ln in lines[:i - 1])


def _short_above(first: Line, ctx: Context) -> bool:
    """Right above ``first``, no blank line between, a short heading-like line that did not join it (an agent's
    card: ``400-800-1234 转 5678`` / ``在线咨询`` / ``交通出行``, the card's button over the next section's head): ``first``
    ends a run of short lines, no title's first line (a title's lines join from its first)."""
    i = ctx.positions.get(id(first), -1)
    if i < 1:
        return False
    above = ctx.lines[i - 1]
    return not above.kind and not above.level and len(above.sq) <= 2 * _PAIR_MAX and heading_like(above.sq, ctx.labels)


def _short_item(line: Line, ctx: Context) -> bool:
    return not line.kind and not line.level and len(line.sq) <= _PAIR_MAX and heading_like(line.sq, ctx.labels)


def _list_run(nxt: Line, ctx: Context) -> bool:
    """``nxt`` is in a run of more than :data:`_PAIR_LINES` short headline-like lines with no blank line between
    (``世界史地圖集`` / ``帝國的興衰`` / ``被遺忘的古城`` / ``城市的記憶`` / ``海上絲路``, a related list a saved copy
    printed without bullets): a list, each line an item; a headline is printed over three lines at most."""
    lines, i = ctx.lines, ctx.positions.get(id(nxt), -1)
    if i < 0:
        return False
    start = i
    while start > 0 and not lines[start].gap and i - start <= _PAIR_LINES and _short_item(lines[start - 1], ctx):
        start -= 1
    end = i + 1
    while end < len(lines) and end - start <= _PAIR_LINES and not lines[end].gap and _short_item(lines[end], ctx):
        end += 1
    return end - start > _PAIR_LINES


def _prose_under(sq: str, nsq: str) -> bool:
    """``nsq`` is a column's first line of prose under a short sub-head (``爭議與討論`` / ``一年後，被任命為教廷的副大法``,
    pdftotext's default mode with no wrap width found): a full-width comma inside it, none in the line above, and
    twice as wide as that line and more."""
    return "，" in nsq and "，" not in sq and len(nsq) >= 2 * len(sq) + _PROSE_UNDER_MORE


_PROSE_UNDER_MORE = 2  # characters a prose line under a sub-head is wider than twice the sub-head


def _letter_spaced(line: Line, raw: str) -> bool:
    """Three or more characters, each set apart from the next by one space ("民 事 判 决 书")."""
    if line.clean or len(line.sq) < 3 or not raw:
        return False
    text = raw[line.start:line.end]
    return len(text) == 2 * len(line.sq) - 1 and not text[1::2].strip()


def _same_words(group: Sequence[Line], nxt: Line) -> bool:
    """A heading that repeats the title above it ("相聲" / "1. 相聲", "POWER6" / "【POWER6】") is a unit of its own;
    so is a short line that repeats the opening words of the title's one line ("市场部2023年度个人工作总结" /
    "市场部", the department of a byline a tool cut at its gap): a headline broken over lines never starts its
    second line with its own first words."""
    words, above = rules.HEADING_DRESS.sub("", nxt.sq), rules.HEADING_DRESS.sub("", _recent(group))
    return words == above or (len(group) == 1 and _REPEAT_MIN <= len(words) < len(above) and above.startswith(words))


_REPEAT_MIN = 2  # characters of a title's opening words repeated on the line under it


def _indent(line: Line, raw: str) -> int:
    start = line.start
    return start - max(raw.rfind("\n", 0, start), raw.rfind("\r", 0, start)) - 1


def _one_block(a: Line, b: Line, raw: str) -> bool:
    """Two lines set as one block: indents within a column, or centres within two columns."""
    if not raw:
        return True
    ia, ib = _indent(a, raw), _indent(b, raw)
    if abs(ia - ib) <= 1:
        return True
    if ib and raw[b.start - 1] == "\xa0":
        return False  # set in by no-break spaces, a page's typed first-line indent (html2text's "&nbsp;" x 4): no centring
    return abs((ia + vis_width(a)) - (ib + vis_width(b))) <= 2  # (centre = indent + columns / 2)


def _fragment_join(group: Sequence[Line], nxt: Line, ctx: Context) -> bool:
    """The previous unit lacks final punctuation: join only if the break is plainly mid-sentence."""
    if _starts_paragraph(nxt, ctx) or _OPTION.match(nxt.sq):  # (an exam's option "A．…" under its question)
        return False
    if nxt.gap and ctx.web:  # (a web page's dump sets a blank line between blocks only: no wrap put it there)
        return False
    text = _recent(group)
    # (not a bullet sub-head, which opens no quote or bracket: "■ 后续进展" / "" / "俄」，是木星的…", and "■ 相关评价"
    # that bullet_beside cut off a line's end over "次）。", another column's line's end; not an item "a）…")
    # (nor a unit of one or two characters that opened nothing: a table's cell alone on its line, "一" / "满分：120分）",
    # the bracket opened above the table, default mode, dev10)
    if ((_unbalanced(text) or (_opens_inside(nxt.sq) and not pairs.LETTER_ITEM.match(nxt.sq) and len(text) > _CELL_MAX
                               and not _head_opens_nothing(group, nxt, ctx)))
            and not colblock.bullet_head(group)):
        return True
    if _heading_group(group, ctx):
        # A headline sits above its paragraph; a short unpunctuated fragment joins only a tail
        # that finishes a word it cut in two ("…共育一流产" / "业生态。").
        # (no two short lines of a web page's dump make one heading: each of its blocks starts a line there, and a
        # heading that wraps fills the dump's width, "内容简介" / "编辑推荐", "333万" / "58651元/平米", "路人甲" / "2楼")
        # (not under a numbered section head, "二、背景說明" / "明仁是日本第125任天皇…。": a sentence
        # ending there is the section's first line; the words across the break meet by chance)
        # (nor under a bracketed note alone, "（此件公开发布）" over a notice's centred title: whole on its line)
        if len(group) == 1 and len(text) >= _NOTE_MIN and _bracketed(text):
            return False
        return ((not ctx.web and _heading_pair(group, nxt, ctx)) or _bracket_tail(group, nxt, ctx) or _title_cut(group, nxt, ctx)
                or (_tail(nxt.sq) and straddles(text, nxt.sq)
                                                    and not (len(group) == 1 and rules.ITEM_MARK.match(text)))
                or (colblock.opens_block(group, nxt, ctx.block_openers, rules.PARAGRAPH_END)
                    and not pairs.own_line(group, nxt, ctx.raw) and not colblock.block_ends_alone(nxt, _after(nxt, ctx))
                    and not colblock.bare_pair(group[-1], nxt, _after(nxt, ctx))
                    and not _fields_over_prose(group[-1], nxt, ctx.raw) and not _names(nxt, ctx.raw)
                    and not (ctx.limit and _web_flush(group[-1], ctx) and _word_fits(group[-1], nxt, ctx.limit, ctx.raw))))
    # (not onto a line set in further whose first word would have fitted on this one within the dump's width: no wrap
    # put it there, "…:349-911" / "    近期排班", a table's caption under a list's last item; a wrap leaves the margin)
    # (a label alone across a blank line is no sentence's tail: it opens the next section, "…3.高血压病2级（高危）" / "" /
    # "入院情况：", a discharge summary's heads, newuser24)
    return ((_tail(nxt.sq) and not (nxt.gap and label_line(nxt.sq))) or (_dangling(text) and not _short_heading(nxt, ctx))
            or straddles(text, nxt.sq)
            or (not nxt.gap and _ascii_break(text, nxt.sq)  # (a tool's wrap puts no blank line in)
                and not _numbered_heading(nxt, ctx)
                and not (ctx.limit and (nxt.indent > group[-1].indent or _web_flush(group[-1], ctx))
                         and _word_fits(group[-1], nxt, ctx.limit, ctx.raw))
                and not (ctx.wrap and not ctx.web and _first_fits(group[-1], nxt, ctx.wrap) and not ctx.by_chars)
                and not (len(group) == 2 and _title_cut(group[:1], group[1], ctx))))  # (a title: "…专项整" / "治工作方案")


_PHOTO_CREDIT = re.compile(r"[\u4e00-\u9fff]{2,4}[摄攝]")  # a photographer's name and 摄: "蔡秀英摄", "高峰新摄"
_CELL_MAX = 2  # characters of a unit so short that it opened no bracket a line under it closes
_OPENER = {closer: opener for opener, closer in rules.BRACKET_PAIRS.items()}
_FIELD_GAP = re.compile(r"[^\s] [^\s]")  # one space between two words of a line
_FIELDS_MIN = 3  # spaces that set a line's fields apart: a catalogue entry's data line


def _web_flush(line: Line, ctx: Context) -> bool:
    """``line`` is a line of a web page's dump set at the page's left edge (no margin: w3m's or html2text's, not lynx's,
    which sets text in and counts a wide character as one column when it wraps, so that the dump's width found from
    its lines is not the one it wrapped at): where the next line's first word would have fitted after it within the
    dump's width, no wrap broke the line (w3m wraps only at the width), whatever its words look like."""
    return ctx.raw[line.start - 1:line.start] in ("\n", "") and ctx.web


def _fields_over_prose(line: Line, nxt: Line, raw: str) -> bool:
    """``line`` is a data line of fields set apart by single spaces (a plate's ``清 纸本水墨 每开纵26厘米 横33厘米``,
    three or more) and ``nxt`` has no space inside: a caption over prose as wide by chance, no column's two lines."""
    return (nxt.clean and not line.clean and bool(raw)
            and len(_FIELD_GAP.findall(raw, line.start, line.end)) >= _FIELDS_MIN)


def _closes_nothing(text: str, nsq: str) -> bool:
    """``nsq`` opens with a closing quote or bracket that ``text`` has not opened."""
    opener = _OPENER.get(nsq[0])
    return opener is not None and opener != nsq[0] and text.count(opener) <= text.count(nsq[0])


def _short_heading(line: Line, ctx: Context) -> bool:
    """A short unpunctuated line: a site's name or a heading, not the rest of a cut sentence
    ("…繼續瀏覽即代表同意。接受" / "遠見天下誌")."""
    return len(line.sq) <= _PAIR_MAX // 2 + 2 and line.last not in rules.PARAGRAPH_END and heading_like(line.sq, ctx.labels)


def _numbered_heading(line: Line, ctx: Context) -> bool:
    """A short heading opening with a section number and a space ("1 罗伯特阿夸弗雷斯卡", "2.1 相关情况"):
    its number is not a number a wrap cut off the line above. Short in printed width: a term's Latin name counts half
    (``3.1 原始文献 original document``, dev9xq)."""
    sq = line.sq
    return ((len(sq) <= _PAIR_MAX + 4 or display_width(sq) <= _PAIR_MAX + 4) and bool(ctx.raw)
            and _SECTION_NUMBER.match(ctx.raw, line.start) is not None and heading_like(sq, ctx.labels))


_SECTION_NUMBER = rules.CLAUSE_HEAD  # a section number and a space, then a word: "2.1 相关情况" (one copy, in rules)
_SHORT_NUMBERED = 10  # characters: a numbered head this short, well inside the measure, is whole on its line


def _whole_head(line: Line, ctx: Context) -> bool:
    """A short numbered line (``3 响应分级``, ``二、工作目标``, ``（一）组织领导``, ``2.联络员名单``) that falls well short of the text's
    measure: the line under it is never its second line (a heading wraps where its line is full; an author breaks a
    title, not a numbered head, over short lines), but a table's first row, a label or the section's first line."""
    measure = ctx.wrap or ctx.limit
    return len(line.sq) <= _SHORT_NUMBERED and bool(measure) and line.width < measure - 3 and _numbered(line, ctx)


def _numbered(line: Line, ctx: Context) -> bool:
    """``line`` opens with a head's or an item's number: ``二、``, ``（一）``, ``2.``, ``2．``, ``3 响应分级``."""
    sq = line.sq
    return (rules.ITEM_MARK.match(sq) is not None or pairs.ITEM_NUMBER.match(sq) is not None
            or _numbered_heading(line, ctx))


def _ascii_break(left: str, right: str) -> bool:
    """A break where a tool that wraps only at spaces (html2text) found one: beside a Latin word,
    a number or a bracket ("…港币$14,520" / "全年", "…应用学习" / "(APL)：…", "T-" / "92")."""
    a, b = left[-1], right[0]
    return (a.isascii() and (a.isalnum() or a == "-")) or (b.isascii() and (b.isalnum() or b == "("))


def _wrapped_join(group: Sequence[Line], prev: Line, nxt: Line, ctx: Context) -> bool:
    width = ctx.wrap
    wp = prev.width
    last = prev.last
    if last in _NOTE_LAST and (m := _NOTE_AFTER_END.search(prev.sq, len(prev.sq) - _NOTE_END_MAX)) is not None:
        last = m.group(1)  # a sentence end and its endnote mark: "…举办展览372场次。[2]", dev9xq
    if last in rules.PARAGRAPH_END:
        if nxt.gap > ctx.gap:  # a sentence end, then more blank lines than the text puts between its lines
            return False
        if (wp <= width - 1 and len(group) > 1 and not ctx.indents and not nxt.sq[0].isascii()
                and nxt.sq[1:2] not in rules.CONTINUING and _wide_only(prev) and ctx.exact
                and not (wp >= width - 1 and nxt.sq[0] in _NO_LINE_END)):
            # lines filled exactly, no indented first lines to mark a paragraph: one unit short is short
            # (unless a mark that may not open a line pushed a character down, or an opening bracket
            # that may not end one was pushed down itself: "…「最佳演唱團體獎」。" / "〈志明與春嬌〉和…")
            return False
        if wp < width - 1.5:  # a short last line, unless it is a full first line set two characters in
            # (or the Latin word or number the next line opens with would not have fitted after it)
            # (but not onto an enumerator after a sentence end: "…字。" / "五、对本次…", a heading or item)
            return ((len(group) == 1 and wp >= width - 3 and not _first_line(nxt, width) and last in "。！？!?…；;"
                     and not ctx.flush and not (last in _SENTENCE_STRONG and _opens_item(nxt, ctx)))
                    or _did_not_fit(prev, nxt, width) or _did_not_fit_chars(prev, nxt, ctx))
        label = rules.LABEL.match(nxt.sq)
        if label and label.group(1) in ctx.labels:
            return False
        if last in "；;":  # a list goes on: "…；" / "三是优化人才服务。"
            # (not onto an item of another list's style: "2．本项目…；" / "三、其他补充事宜", a higher level)
            return not ((_first_line(nxt, width) and nxt.last not in rules.PARAGRAPH_END) or _other_list(group[0].sq, nxt.sq))
        if _first_line(nxt, width) and not _pushed_down(nxt, width, ctx):
            # an indented first line, or a short last line that finishes this paragraph: a one-line
            # paragraph is rarer than a sentence that ends at the margin before the last line
            # (not across more blank lines than the text puts between its lines: that is a new block,
            # a one-line paragraph or a caption "图为…资料图。"; nor a label alone after a sentence end, "註釋：", dev9xq,
            # nor a field's line, "…安心的打星际啊。" (full) / "抄送：集团党委委员，各部门。", a memo's distribution line)
            return (nxt.indent < 0.75 and nxt.width < width - 3 and nxt.last in rules.PARAGRAPH_END
                    and nxt.gap <= ctx.gap and not (rules.ENUMERATOR.match(nxt.sq) and not ctx.indents)
                    and not _tail_is_heading(nxt)
                    and not (ctx.clauses and _CLAUSE.match(nxt.sq))
                    and not (last in _SENTENCE_STRONG and rules.LABEL.match(nxt.sq)))

        # (nor before a clause mark in a text of clauses: "…且不能兩者居其一。" / "第七條 這樣，…")
        # (nor onto a line that opens with a label, a list's or notes' head: "…豪門世家，芙。" (full) / "註釋：",
        # "…欠资。工作人。" (full) / "注释：除此之外…", dev9xq)
        # (nor onto a numbered clause head, the number and a space, in a text that numbers its clauses in turn:
        # "…纽西兰。" (full) / "2 规范性引用文件…", -raw, dev9xq)
        # (nor onto a paragraph number in brackets: "…以及自。" (full) / "[0008] 在兩年的…", a patent, dev9xq)
        # (but an enumerator of a list written inline, its items running on mid-line, came down with the wrap)
        return not (last in _SENTENCE_STRONG and ((_opens_item(nxt, ctx) and not _inline_item(group, nxt, ctx))
                                                  or (ctx.clauses and _CLAUSE.match(nxt.sq))
                                                  or rules.LABEL.match(nxt.sq)))
    if prev.last in _COMMA_END and not nxt.gap and not _first_line(nxt, width) and not _starts_paragraph(nxt, ctx):
        return True  # a sentence goes on after "，" or "、" (a wrap at a space left the line short)
    if (prev.last in _COMMA_END and not nxt.gap and nxt.indent < 0.75 and not _starts_paragraph(nxt, ctx)
            and (nxt.width <= width / 2 or (prev.last == "、" and wp <= width / 2))):
        # ... onto a fragment far shorter than a first line ("、" / "《汉宫秋》" / "、": justified titles), and from
        # such a fragment ending in "、" onto any line not set in (the list goes on: "、" / "《西厢记》与…")
        return True
    if ctx.clauses and len(group) == 1 and prev.sq[0] == "第" and _run_in_first(prev, nxt, ctx, width):
        return True  # an article's first line, short only by the gap after its run-in number: "第二条 本会是由…社会" / "组织。"
    if (wp >= width - 3 and nxt.gap > ctx.gap and "\f" not in ctx.raw
            and ((len(group) == 1 and wp < width - 1 and heading_like(prev.sq, ctx.labels)) or _block_head(group, ctx))):
        return False  # a heading alone, set off by a blank line as the text sets off its paragraphs (w3m's
        # "（一）中国（南京）国际象棋超级大赛" / "" / "中国（南京）国际象棋…", two columns short of the width;
        # also one that fills the width, or wraps once, with blank lines above and below: _block_head)
    if wp >= width - 3:
        # a wrap, unless the next line is a heading of its own: short, unpunctuated, and opening with
        # an enumerator ("（二）底特律第一长老会教堂") or set off by more blank lines than the text has
        # between its lines (after a paragraph that lost its final full stop)
        # (or it comes under a line that ends with a date set apart by a space: a page header,
        # "第九届全国青年史学论坛论文集 2021年10月" over the title)
        # (or it comes under a line far wider than the wrap, no line of the wrapped text: a masthead's
        # date and issue line, "中華民國112年2月6日 星期四 第25708號 今日24版" over the headline "戰鬥機")
        # (nor after a short last line that ends its sentence with an endnote mark: "…還有一定的區別。[1]", dev9xq)
        # (nor after a heading line alone set in further than a first line, a blank line under it: a centred
        # title, "扎实推进重点工作　　取得阶段成效" / "" / "造成这种改变…", dev9xq)
        # (or under a subtitle's line, opening with a dash, that fills the measure: the speaker's name under a report's
        # "——2023年1月5日在…会议上", -raw)
        return not ((nxt.width < width - 3 and heading_like(nxt.sq, ctx.labels)
                     and (nxt.gap > ctx.gap or nxt.sq[0] in rules.BULLETS or rules.ENUMERATOR.match(nxt.sq)
                          or (nxt.sq[0] in rules.CAPITAL_WORDS and _capital_number(nxt.sq, ctx))  # ("陸、結論")
                          or rules.SECTION_LABEL.fullmatch(nxt.sq)  # (a chapter's label alone: "第三章", dev14)
                          or (len(group) == 1 and prev.sq[0] in "—-－" and _subtitle_line(prev.sq))
                          or _numbered_heading(nxt, ctx) or _dated_end(prev, ctx.raw)
                          or (len(group) == 1 and wp > width + _OVER_WRAP and _short_heading(nxt, ctx))))
                    or (wp < width - 1.5 and prev.sq[-1] in "]］" and _NOTE_AFTER_END.search(prev.sq) is not None)
                    or (nxt.gap and len(group) == 1 and prev.indent > _CENTRED and heading_like(prev.sq, ctx.labels)))
    if wp < width - 3 and _COMMA_INSIDE.search(prev.sq) and _did_not_fit(prev, nxt, width, _LATIN_RUN):
        return True  # a sentence's line cut short by a run of Latin words that would not fit after it
    if wp <= _HEAD_REST and 1 < len(group) <= 3 and _wrapped_head(group, width):
        return False
    if nxt.sq[0] in "[［" and _NOTE_OPENS.match(nxt.sq):
        return False  # a short line over a numbered note: "注释：…以50%" / "水" / "[1]本公报数据…", dev9xq
    return _fragment_join(group, nxt, ctx)


_NOTE_FIRST = "＊*※"  # a footnote's mark before its label: "＊通訊作者：…"
# a second labelled field on the line after a gap or a separator: "… 電話：2388 1234", "…，電子郵件：pclin@…"
_NEXT_FIELD = re.compile(r"[ \u3000，,；;]\s*(?:[\u4e00-\u9fff]{2,5}|[A-Za-z][A-Za-z\-]{1,7})[:：]")


def _fields_line(line: Line, raw: str) -> bool:
    """``line`` opens with a labelled field (a footnote's mark before it, perhaps) and holds a second one after a gap or
    a separator: a page's foot line of fields (``地址：九龍油麻地窩打老道一百號 電話：2388 1234``, a bulletin's footer,
    dev15 p15-005 -raw; ``＊通訊作者：林佩君，電子郵件：pclin@…``, a paper's footnote, dev16 q16-008 -raw), no line of
    the prose that a wrap cut above it, however wide."""
    sq = line.sq
    m = rules.LABEL.match(sq, 1 if sq[0] in _NOTE_FIRST else 0)
    if m is None or not raw:
        return False
    text = raw[line.start:line.end]
    at = text.find(m.group(0))
    return at >= 0 and _NEXT_FIELD.search(text, at + len(m.group(0))) is not None


_RUN_IN_SHORT = 6  # full-width units an article's first line may fall short of the wrap (its number's gap)


def _run_in_first(prev: Line, nxt: Line, ctx: Context, width: float) -> bool:
    """``prev`` opens with an article's number (``第二条``), ends mid-sentence and falls short of the text's width
    ``width`` by no more than the gap after a run-in number that the extract squeezed to one space; ``nxt`` comes
    right under it and opens no article or paragraph of its own: the article goes on."""
    return (prev.width >= width - _RUN_IN_SHORT and not nxt.gap and prev.last not in rules.PARAGRAPH_END
            and _CLAUSE.match(prev.sq) is not None and not _CLAUSE.match(nxt.sq) and not _starts_paragraph(nxt, ctx))


_NOTE_LAST = "0123456789］"  # the last of a line ending "。[2]" ("]" is a closer, "］" is not)
# a sentence end and its endnote mark, as a dump prints a superscript or not: "。[2]", w3m's "。^[2]" and "。^1" (dev10
# w10-010 and dev16 k16-007, wikis; dev15 w15-004, a handbook's footnotes)
_NOTE_AFTER_END = re.compile(rf"([。！？!?])(?:\^?{rules.ENDNOTE_MARK.pattern}|\^\d{{1,2}})$")
_NOTE_END_MAX = 6  # characters of the longest such end: "。^[12]"
_CENTRED = 2.5  # full-width units: a line set in further than a first line is (join._wrapped_join)


_NOTE_OPENS = re.compile(rf"{rules.ENDNOTE_MARK.pattern}[\u3400-\u9fff]")  # a note's number, then its text: "[1]本公报…"
_HEAD_REST = 4  # the most characters a wrapped heading leaves on its last line, for _wrapped_head
_HEAD_STOPS = frozenset("。！？!?；;：:")
_LIST_NUMBER = re.compile(rf"[{rules.NUMERAL}百\d]+")


_RUN_IN_LABEL = re.compile(r"【[^】\s\d]{1,10}】[^】]")  # a label in black brackets with text after it: "【禁忌】远远…"


def _opens_item(line: Line, ctx: Context) -> bool:
    """``line`` opens an item: an enumerator (``五、…``, ``（二）…``), a numbered clause head (:func:`_clause_head`),
    a paragraph number in brackets (``[0008]``) or a label in black brackets run in (``【禁忌】远远望去…``, a leaflet's
    section)."""
    sq = line.sq
    if rules.ENUMERATOR.match(sq):
        return True
    if "0" <= sq[0] <= "9":
        return _clause_head(line, ctx)
    return sq[0] in "[【［" and (rules.PARA_NUMBER.match(sq) is not None or _RUN_IN_LABEL.match(sq) is not None)


def _clause_numbers(lines: Sequence[Line], raw: str) -> frozenset[int]:
    """The top-level numbers of the lines that open with a clause number and a space (``2 规范性…``, ``5.1 一般要求``)."""
    out = set()
    for line in lines:
        if "0" <= line.sq[:1] <= "9" and (m := rules.CLAUSE_HEAD.match(raw, line.start)) is not None:
            out.add(int(m.group(1)))
    return frozenset(out)


_INLINE_REACH = 6  # lines under an item's line that :func:`_inline_item` reads for the list going on mid-line
_DIGITS = "0-9０-９"


def _inline_item(group: Sequence[Line], nxt: Line, ctx: Context) -> bool:
    """``nxt`` opens with an enumerator (``４．…``, ``二、…``, ``三是…``) of a list written inline, the items run on in
    one paragraph: another enumerator of the same form stands mid-line after a sentence or clause end in the unit
    so far, on ``nxt`` or on the lines right under it (``…机构。`` (full) / ``４．任何…`` / ``…适用。５．任何…``;
    ``…：一是…；二是…；`` (full) / ``三是…``). The enumerator came to the line's start only because the line above
    filled the width: a wrap, not an item set on a line of its own."""
    m = rules.ENUMERATOR.match(nxt.sq)
    if m is None:
        return False
    mark = m.group()
    numeral = f"[{rules.NUMERAL}]{{1,3}}" if mark[0] in rules.NUMERAL else f"[{_DIGITS}]{{1,2}}" if mark[0].isdigit() else ""
    if not numeral or len(mark.lstrip(rules.NUMERAL + "0123456789０１２３４５６７８９")) != 1:
        return False  # (only a number and one mark after it: "４．", "二、", "三是")
    same = re.compile(f"[{rules.SENTENCE_END}：:]{numeral}{re.escape(mark[-1])}(?![{_DIGITS}])")
    if any(same.search(line.sq) for line in group) or same.search(nxt.sq):
        return True
    i = ctx.positions.get(id(nxt), -1)
    for line in ctx.lines[i + 1:i + 1 + _INLINE_REACH] if i >= 0 else ():
        if line.gap or line.kind:
            break
        if same.search(line.sq):
            return True
    return False


def _clause_head(line: Line, ctx: Context) -> bool:
    """``line`` opens with a clause number and a space, holds no sentence end, and the text numbers its clauses in
    turn: another line opens with the number before it or after it (``1 范围…`` / ``2 规范性引用文件…`` /
    ``3 术语和定义…``), so it is no number a wrap carried down (``16 日起…``, OCR-spaced)."""
    m = rules.CLAUSE_HEAD.match(ctx.raw, line.start) if ctx.raw else None
    if m is None or rules.SENTENCE_END_RE.search(line.sq):
        return False
    n = int(m.group(1))
    numbers = ctx.clause_numbers
    return n - 1 in numbers or n + 1 in numbers


def _wrapped_head(group: Sequence[Line], width: float) -> bool:
    """A heading that wrapped once or twice: full lines without a sentence or clause end, then a few
    characters alone ("三、其他补充事宜目前…为" / "此"): the unit ends there, as a paragraph's last line
    ends with its sentence."""
    return (group[-2].width >= width - 1.5 and not any(ln.indent for ln in group[1:])
            and not any(ch in _HEAD_STOPS for ln in group for ch in ln.sq))


def _other_list(first: str, nsq: str) -> bool:
    """``nsq`` opens an item whose mark has another form than the one ``first`` opens with
    ("2．" / "三、"): a list of another level, not the next item of an inline list ("一是…；" / "二是…")."""
    m = rules.ENUMERATOR.match(nsq)
    if m is None:
        return False
    m0 = rules.ENUMERATOR.match(first)
    return m0 is not None and _LIST_NUMBER.sub("N", m0.group()) != _LIST_NUMBER.sub("N", m.group())


def _block_head(group: Sequence[Line], ctx: Context) -> bool:
    """One or two lines set off by blank lines above and below (more than the text puts between its
    lines) that read as a heading together: no sentence, at most :data:`HEADING_MAX` characters. A dump
    puts no blank line inside a paragraph, so a headline or site bar that fills the width (w3m at 38
    columns: ``延伸：青山县文化和旅游局局务会议纪要`` / "" / prose) or wraps once (``【读书笔记】关于…・我`` /
    ``有关情况的调研报告与…`` / "" / ``codefox_797 于 … 发``) ends at the blank line. (The caller has
    ruled out a form feed: a page break may fall inside a paragraph.)"""
    return (len(group) <= 2 and group[0].gap > ctx.gap and not group[0].level
            and heading_like("".join(ln.sq for ln in group), ctx.labels))


_DATED_LABEL = re.compile(r"[^\W\d_]{2,6}[：:]\d{2,4}(?:年\d{1,2}月|[-/.]\d{1,2}[-/.]\d)")  # "投稿日期：111年9月"


def _dated_label(sq: str) -> bool:
    """``_DATED_LABEL.match(sq)``, tried only where its colon may stand (the third to seventh
    character): most lines have none there, and the letter run before it is costly to fail."""
    head = sq[2:7]
    return ("：" in head or ":" in head) and _DATED_LABEL.match(sq) is not None


_OVER_WRAP = 4  # full-width units a line of the wrapped text may run past the wrap (_in_wrap)
_NO_LINE_END = "《（「『【“〈"  # opening marks a typesetter never leaves at the end of a line
_COMMA_INSIDE = re.compile("[，,、；]")
_LATIN_RUN = re.compile(r"[A-Za-z0-9]+(?:[、,][A-Za-z0-9]+)*")  # "Irish、Gaelic、Irish": no break inside


_DATED_END = re.compile(r"\S\s+(?:19|20)\d\d(?:年\d{1,2}月(?:\d{1,2}日)?|[-/.]\d{1,2}(?:[-/.]\d{1,2})?)$")


def _dated_end(line: Line, raw: str) -> bool:
    """The line ends with a date (a year and month at least) set apart from its text by a space."""
    if not raw or not ("0" <= line.sq[-1] <= "9" or line.sq[-1] in "月日"):
        return False
    return _DATED_END.search(raw, line.pieces[0][0], line.pieces[-1][1]) is not None


_LATIN_WORD = re.compile(r"[A-Za-z0-9]+")


def _did_not_fit(prev: Line, nxt: Line, width: float, word_re: re.Pattern[str] = _LATIN_WORD) -> bool:
    """In wrapped text, ``prev`` ends a sentence short of the width, but the Latin word or number
    ``nxt`` opens with (counted half wide, the narrowest it is set) would not have fitted after it,
    and ``nxt`` is not indented: a typesetter or tool moved the word down, the paragraph goes on
    ("…帶來了一次真正的革命……" / "Astounding SF致力於…")."""
    word = word_re.match(nxt.sq)
    return word is not None and nxt.indent < 0.75 and prev.width + 0.5 * word.end() > width + 1


def _did_not_fit_chars(prev: Line, nxt: Line, ctx: Context) -> bool:
    """:func:`_did_not_fit` where the text was wrapped by character count (:attr:`Context.by_chars`): the
    number or Latin word ``nxt`` opens with counts a character a digit ("…最具知名度。" / "2011年…" at 30
    characters: 28 + 4 would not fit, the digit run went down whole)."""
    if not ("0" <= nxt.sq[0] <= "9" or "A" <= nxt.sq[0] <= "z"):
        return False
    word = _LATIN_WORD.match(nxt.sq)
    return (word is not None and nxt.indent < 0.75 and prev.width + word.end() > ctx.wrap + 1
            and prev.width + 0.5 * word.end() <= ctx.wrap + 1 and ctx.by_chars)


def _tail_is_heading(line: Line) -> bool:
    return line.last in "？?！!" and len(line.sq) <= 24


def _in_wrap(line: Line, width: float, raw: str) -> bool:
    """Part of the wrapped body: not wider than a line (a letter-spaced, justified line may be, but
    not one printed in pieces far apart, a running header: ``区域经济观察   2026年第4期         经济研究所内部刊物``),
    and not set in further than a first line is (a centred title or page header is not)."""
    return ((line.width <= width + 4 or (len(line.sq) + 3 <= _span(line) and not _far_apart(line, raw)))
            and line.indent <= _FIRST_INDENT_MAX)


_FAR_APART = re.compile(r"\S {3,}\S")


def _far_apart(line: Line, raw: str) -> bool:
    """Two or more gaps of three spaces or more between the line's text."""
    start, end = line.start, line.end
    return raw.find("   ", start, end) >= 0 and len(_FAR_APART.findall(raw, start, end)) >= 2


def _credit_wrapped(prev: Line, nxt: Line, ctx: Context) -> bool:
    """A credit line cut by a wrap (a saved copy wrapped by character count never cuts an ASCII run, but
    cuts anywhere else): it ends in a label's colon, its value on the next line (``…时间：`` /
    ``2023-01-06 08:15``), or it fills the wrap width exactly, a label's word cut at its end (``…電話：29913137　電`` /
    ``郵：media@example.org.hk``); the next line short and no credit of its own (dev10)."""
    if len(nxt.sq) > _PIECE * 2 or (nxt.sq[0] in rules.CREDIT_FIRST and rules.CREDIT_OPENS.match(nxt.sq)):
        return False
    if prev.last in ":：":
        return len(nxt.sq) <= _PIECE
    return (bool(ctx.wrap) and ctx.exact and abs(prev.width - ctx.wrap) <= 0.25 and nxt.kind != "debris"
            and (":" in nxt.sq[1:4] or "：" in nxt.sq[1:4]) and not nxt.sq[0].isdigit()
            and not rules.ITEM_MARK.match(nxt.sq) and not rules.KEYWORDS.match(prev.sq))
    # (the rest of a label whose word the wrap cut, "郵：…"; a name's rest is dumpwrap.rejoin's; not onto a
    # numbered head under a keywords line that fills the measure: "關鍵詞：…；生物技術" / "1 巴西國家足球隊")


_ITEM_GAP = (" ", "\t", "\u3000")  # whitespace left at the end of a line, before its line break


def _footer_wrapped(group: Sequence[Line], nxt: Line, ctx: Context) -> bool:
    """``group`` is a copyright footer whose last line ends without a sentence end (a label's colon may end it)
    where the first word of ``nxt`` (a number or Latin word, else one hanzi) would not have fitted within the
    text's width (counted in columns, or in characters where the text was wrapped so), and ``nxt``, set at the same
    margin with no gap at the break, holds no kind or is a footer's line itself (not a print footer's address):
    the rest of the footer, which the wrap carried down (``© 下厨日记　京ICP备…　违法和不良信`` / ``息举报电话：12377``)."""
    width = ctx.wrap or ctx.limit
    prev = group[-1]
    if not width or prev.last in rules.SENTENCE_END or (nxt.kind and not (nxt.kind == "debris" and rules.COPYRIGHT.search(nxt.sq))):
        return False
    if _indent(nxt, ctx.raw) != _indent(prev, ctx.raw) or ctx.raw[prev.end:prev.end + 1] in _ITEM_GAP:
        return False  # a line set in further, or a wrap at a gap between two items, is a line of its own
        # ("版权所有：…" / "       浙ICP备…", "…版權所有　私隱政策" / "　免責聲明")
    word = _LATIN_WORD.match(nxt.sq)  # (a wrap keeps a number or a Latin word whole, and cuts hanzi anywhere)
    n = word.end() if word else 1
    if ctx.wrap and ctx.by_chars:
        full = _span(prev) + n > width
    else:
        full = prev.width + (0.5 * n if word else 1) > width - 1
    return full and rules.COPYRIGHT.search(group[0].sq) is not None


def _credit_ends(group: Sequence[Line], prev: Line, nxt: Line, raw: str) -> bool:
    """Whether a credit line is whole before ``nxt``: it is bracketed ("（来源：人民网）"), or ``nxt``
    opens an editor credit ("责任编辑：李某") after a credit of another sort, or the other way round, or
    a meta line set apart by a blank line (or a date alone, or labelled) comes after a one-line byline
    that names its author."""
    sq = prev.sq
    if len(group) == 1 and sq[0] in rules.BRACKET_PAIRS and sq[-1] == rules.BRACKET_PAIRS[sq[0]]:
        return True
    if len(nxt.sq) > 2 and nxt.sq[0] in rules.BRACKET_PAIRS and nxt.sq[-1] == rules.BRACKET_PAIRS[nxt.sq[0]]:
        return True  # a whole credit in brackets under a date: "2021年6月20日" / "（新界時報記者許思遠報道）"
    if len(group) == 1 and "0" <= sq[-1] <= "9" and rules.OUTLET_DATED.match(" ".join(raw[s:e] for s, e in prev.pieces)):
        return True  # "聯合報　2023-06-01": outlet and date, a whole dateline or page header
    if (len(group) == 1 or rules.lone_name(sq)) and prev.kind == "byline" and nxt.kind == "meta" and not rules.ROLE_ALONE.fullmatch(sq) and (
            nxt.gap or rules.META.search(nxt.sq) or rules.DATE.fullmatch(nxt.sq) or rules.DATE_STAMPED.fullmatch(nxt.sq)
            or rules.HANZI_DATE.fullmatch(nxt.sq)):
        return True  # a whole byline line ("文／楊凱文　攝影／黃建華"), then a meta line set apart by a blank
        # line, a date alone ("2023/11/15") or a labelled one ("更新時間：2020年3月15日"); so is a byline in pieces that
        # ends with a name alone on its line ("指挥" / "林思远" / "2024年1月1日", a programme's cover, dev15)
    if len(group) == 1 and prev.kind == "meta" and nxt.kind == "byline" and rules.DATE.fullmatch(sq) and (
            rules.REPORTED.search(nxt.sq) or ((m := rules.BYLINE.match(nxt.sq)) is not None and m.end() == len(nxt.sq))):
        return True  # a date alone ("2018/02/18 07:35"), then a whole reporter's credit ("記者楊欣怡／新竹報導") or a
        # whole byline, a role and the names ("本報記者 袁華"; not a role alone, "記者" / "陳美玲", a byline cut in pieces)
    if (len(group) == 1 and sq.count("：") + sq.count(":") >= 2 and sq[-1] not in "：:"
            and (rules.DATE.fullmatch(nxt.sq) or rules.HANZI_DATE.fullmatch(nxt.sq))):
        return True  # two labelled fields, each with its value ("主治医师：金明　住院医师：蔡琳"): a whole line, then a
        # date alone under the signatures ("2024年3月16日", dev14)
    if len(group) == 1 and _dated_label(sq) and _whole_field(nxt.sq):
        return True  # a labelled date over another whole field ("發布日期：113-05-02" / "資料來源：行政院", dev15 v15-002)
    if len(group) == 1 and _dated_label(sq) and _dated_label(nxt.sq):
        return True  # two labelled dates one under another ("核准日期：2021年10月17日" / "修改日期：2023年8月15日"): two
        # whole meta lines (a drug leaflet's head, dev10 p10-000 and dev13 p13-002/003; a discharge record's "入院日期：…" /
        # "出院日期：…" across a blank line, dev14 p14-008, the gold the same)
    if rules.DOC_NUMBER.fullmatch(nxt.sq) or (len(group) == 1 and rules.DOC_NUMBER.fullmatch(sq)):
        return True  # a document number alone ("清政办发〔2023〕36号") is a whole meta line, not a date's rest
    if rules.SIGNER.fullmatch(nxt.sq) or (len(group) == 1 and rules.SIGNER.fullmatch(sq)):
        return True  # a court's signature lines ("审　判　长　阎明海" / "人民陪审员　马俊立"): one unit each
    return bool(rules.EDITOR_START.match(group[0].sq)) != bool(rules.EDITOR_START.match(nxt.sq))


def _fills_wrap(line: Line, ctx: Context) -> bool:
    """``line`` reaches the measure of wrapped text and ends mid-sentence: a paragraph's first line, which a wrap
    cut (under a label alone, a salutation over a letter's body: "伯英吾兄：" / "將一個字…的倉", a 32K page's
    measure under :data:`_HEAD_PROSE`)."""
    return bool(ctx.wrap) and line.width >= ctx.wrap - _FIRST_SET_IN and line.last not in rules.PARAGRAPH_END


def label_line(sq: str) -> bool:
    """``sq`` is a label alone ("注释：", "会议议定："): at most eight characters, ending in a colon."""
    return len(sq) <= 8 and sq[-1] in ":：" and rules.LABEL.fullmatch(sq) is not None


def _label_alone(line: Line) -> bool:
    """A section label alone on its line ("第四章", "第1节")."""
    return line.sq[0] == "第" and not line.kind and not line.level and _part_label(line.sq)


def _part_label(sq: str) -> bool:
    """A part, chapter or section label ("第一部分", "第3章") or a clause label ("第一条", "第七條")."""
    return rules.SECTION_LABEL.fullmatch(sq) is not None or _CLAUSE.fullmatch(sq) is not None


_HEAD_PROSE = 30  # characters of the prose line under a section's label alone (_joins)
_FIRST_SET_IN = 3  # full-width units a paragraph's first line falls short of the measure, set in two (its indent lost)
_NUMBER_ALONE = 11  # characters of a section number alone on its line ("2", "2.1", "3.2.1")
_HEAD_UNDER = 20  # characters of the heading under it (no digit: not a running line, ``青阳日报 2023年8月24日``)
_DIGIT = re.compile(r"\d")
_CAPTION_LABEL = re.compile(r"[图圖表]\d{1,3}(?:[-－.．]\d{1,2})?")  # a figure's or table's number alone: "图3-1", "表2"
_WHOLE_HEAD = re.compile("^" + rules.CLAUSE_HEAD.pattern, re.M)  # a numbered heading on one line


_FIGURE_TAIL = re.compile(r"\d[\d,.]*\Z")  # the digits that end a line ("…386,512,734.21", "成立于20")
_FIGURE_HEAD = re.compile(r"\d[\d,.]*")  # the digits that open a line ("06年", "132,905,776.12")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")  # a figure grouped by thousands: "1,102,334,118.07"


def _two_figures(sq: str, nsq: str) -> bool:
    """Digits end ``sq`` and open ``nsq``: two figures, not one number a wrap cut in two ("成立于20" / "06年"), where
    ``sq`` is a figure alone (a table's cell a line, as pdftotext's default mode prints a table: "0.52" / "" / "0.44" /
    "" / "18.18%"), or the digits across the break would be no number: a comma after the decimal point ("…0.52" /
    "1,234"), or a figure grouped by thousands whose groups the join breaks ("156,220,391.88132,905,776.12"). A second
    decimal point proves nothing: a dotted date, an address or a version a wrap cut ("2023.1" / "2.15在北京", "192.16" /
    "8.1.1") is one token (review21)."""
    if rules.NUMBER_CELL.fullmatch(sq):
        return True  # (a figure alone on its line: "0.52", "156,220,391.88", "18.18%")
    joined = _FIGURE_TAIL.search(sq).group() + _FIGURE_HEAD.match(nsq).group()  # type: ignore[union-attr]
    whole, point, fraction = joined.rstrip(",.").partition(".")
    if point and "," in fraction:
        return True  # ("…734.21" / "2023年", no; "…0.52" / "1,234": a comma after the point)
    return "," in whole and _GROUPED.fullmatch(whole) is None and _GROUPED.match(whole) is not None




def _page_then_section(prev: Line, nsq: str, raw: str, nxt_start: int) -> bool:
    """``prev`` ends with a number of one to three digits set apart by a space (a contents entry's page number printed
    without a leader, ``二、文獻回顧 5``) and ``nsq`` opens with a section's number, a point inside (``2.1 歷史 5``): two
    entries of a table of contents, never one (the join made ``二、文獻回顧52.1歷史52.2現況8``: newuser22's contents
    typed without leaders; the leader's case is ``lines.contents_entries``')."""
    if not raw or not nsq[:1].isdigit() or rules.SUBSECTION_OPEN.match(raw, nxt_start) is None:
        return False  # (read in the raw text: a space after the number, not a decimal a wrap cut, "增长 1" / "2.5%": review23)
    start, end = prev.pieces[-1]
    k = end
    while k > start and "0" <= raw[k - 1] <= "9":
        k -= 1
    return 1 <= end - k <= 3 and k > start and raw[k - 1] in " \t\u3000"


def _number_over_head(prev: Line, nxt: Line, ctx: Context) -> bool:
    """``prev`` is a section number alone on its line (``2``, ``2.1``) inside a page, and ``nxt``, at most one blank
    line under it, a short heading without a digit or a number of its own (``研究设计``): one heading that pdftotext's
    default mode printed in two blocks at the gap after its number (dev11 paper), no page number over a heading."""
    if (nxt.kind or nxt.hard or nxt.level or nxt.gap > 1 or len(nxt.sq) > _HEAD_UNDER or _DIGIT.search(nxt.sq)
            or rules.CLAUSE_NUMBER.fullmatch(prev.sq) is None or not heading_like(nxt.sq, ctx.labels)
            or rules.ENUMERATOR.match(nxt.sq) or rules.LABEL.match(nxt.sq)):
        # (a heading with its own number: "81.5", a table's last cell, / "三、…"; a field, "文献标识码：A", the heading's
        # number printed among a paper's classification fields by default mode, "0" / "文献标识码：A" / … / "引言", dev14)
        return False
    raw = ctx.raw
    if not raw or "\f" in raw[max(0, prev.start - 2):nxt.start] or not raw[:prev.start].strip():
        return False  # (a folio at a page's top, or the text's first line: "1" / "中國聯通：回顧與展望", -raw)
    if not _one_block(prev, nxt, raw):
        return False  # (a folio centred over a running head set flush left: "                37" / "东亚史札记", -layout)
    if "." in prev.sq and _WHOLE_HEAD.search(raw):  # (a text that prints a numbered heading whole, "3 术语和定义",
        # sets a clause's number alone on purpose: a standard's term number over its term, "3.1" / "漏损率 leakage
        # rate", r15; a chapter's whole number alone is its heading's, printed apart, "1" / "范围", dev9xq, r15)
        return False
    # (nor under a figure's or table's label: the extract took a caption and a heading in turns, "图3-1" / "3.2" /
    # "研究区位置示意图" / "结果与分析", dev10)
    # (nor under another section number alone: only one of two numbers in a row is the heading's, the lower one a
    # folio that default mode printed after the page's first block, "2.3.2" / "42" / "考核办法", dev13)
    i = ctx.positions.get(id(prev), 0)
    if i and (_CAPTION_LABEL.fullmatch(ctx.lines[i - 1].sq) or rules.CLAUSE_NUMBER.fullmatch(ctx.lines[i - 1].sq)):
        return False
    # (a bare number over a short line and another short piece under it: a page number over its running line's
    # pieces, "5" / "青阳日报" / "2023年8月24日", -nopgbrk)
    after = _after(nxt, ctx)
    return not (prev.sq.isdigit() and after is not None and len(after.sq) <= _HEAD_UNDER
                and rules.CLAUSE_NUMBER.fullmatch(after.sq) is None)


_CAPTION_TEXT = 30  # characters of a caption's text under its label alone


def _caption_opens(nxt: Line, last: str, raw: str) -> bool:
    """``nxt`` (a line opening with 表, 图 or 圖) is a table's or figure's caption: its label alone (``表1``, ``图3-1``),
    or, under a line that ends a sentence (``last``), its label, a gap on the raw line and a caption's short text
    (:func:`_caption_text`: ``表1 6月中旬主要站点降水量统计（单位：mm）``, ``表1　2024年3月…``). A sentence that cites
    the table sets no gap after its label, and a wrap by characters may put it at a line's start under a sentence end
    (``…都有诉求。`` / ``表2中的各项指标均呈现出…``): prose, which joins as before.
    (dev15 p15-006 -raw, a hydrological report's table under its paragraph; dev13 p13-005, a market report's label alone
    that pdftotext's default mode printed under another column's line)"""
    nsq = nxt.sq
    m = _CAPTION_LABEL.match(nsq)
    if m is None:
        return False
    rest = nsq[m.end():]
    if not rest:
        return True
    if last not in rules.PARAGRAPH_END or not _caption_text(rest):
        return False
    on_raw = _CAPTION_LABEL.match(raw, nxt.start)  # (the label read on the raw line, where its gap shows: "表1 2024年…")
    return on_raw is not None and on_raw.end() < nxt.end and raw[on_raw.end()] in " \t\u3000"


def _caption_text(s: str) -> bool:
    """``s`` can be a caption's text: short, no comma, colon or sentence end outside brackets (``（单位：mm）``)."""
    return len(s) <= _CAPTION_TEXT and _CAPTION_STOP.search(_BRACKETED.sub("", s)) is None


def _caption_apart(prev: Line, nxt: Line) -> bool:
    """``prev`` is a figure's or table's label alone (``表1``, ``图3-1``; no kind or debris) and ``nxt``, at most one
    blank line under it, the caption's text: short, no comma, colon or sentence in it outside brackets, no number or
    bracket alone (``西岭工商大学2024年分省招生计划（部分）``, ``2019-2023年跨境电商市场规模及增速``,
    ``6月中旬主要站点降水量统计（单位：mm）``): one caption that
    pdftotext's default mode printed in two blocks at the gap after its label (a section's number alone, ``3.2``,
    or a reference's, ``[2]``, or prose, ``…，…``, is another column's line the extract took in turn)."""
    return (prev.kind in ("", "debris") and nxt.kind in ("", prev.kind) and not nxt.level and nxt.gap <= 1
            and _CAPTION_LABEL.fullmatch(prev.sq) is not None and rules.CLAUSE_NUMBER.fullmatch(nxt.sq) is None
            and nxt.sq[0] not in "[［" and _caption_text(nxt.sq))


_CAPTION_STOP = re.compile(f"[{rules.PARAGRAPH_END}{_COMMA_END}]")  # no caption's text: a comma, colon or sentence end
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")  # (but a caption's unit in brackets may hold a colon: "（单位：mm）")
_LABEL_APART = 5  # characters of a label printed apart from its text: "摘", "[1]", "[12]"
_HANZI = rules.HANZI
_ENTRY_ALONE = re.compile(r"[\[［]\d{1,3}[\]］]")  # a reference entry's number alone: "[1]"
_DOC_TYPE = re.compile(r"\[(?:[JMCNDRSPAGZ]|EB/OL|[JM]/OL)\]")  # a reference's document type (GB/T 7714): "[J]", "[M]"
_PAGE_RANGE_END = re.compile(r"\d+[-－–]\d+[．.。]$")  # an entry's last piece: "77-104．", "（2）：45-91．"


def _label_apart(group: Sequence[Line], nxt: Line, ctx: Context) -> bool:
    """``group`` opens with a short label that pdftotext's default mode printed as a block of its own at the wide gap
    after it, ``nxt`` (at most one blank line under it) the rest it belongs with (dev11 paper):

    - one hanzi alone, ``nxt`` one hanzi and a colon: a letter-spaced label, ``摘`` / ``要：…`` (``摘　要：…``);
    - a reference entry's number alone (``[1]``), ``nxt`` its text (``郭英，孙宏新．…``); and after that text, cut
      mid-entry (or any line with a document type, ``[J]``, so cut), its last piece, a page range (``77-104．``)."""
    first, sq, nsq = group[0], group[0].sq, nxt.sq
    if nxt.level or not ctx.raw or "\f" in ctx.raw[group[-1].end:nxt.start]:
        return False  # (a blank line that ends a unit where columns take turns, ``hard``, is no bar: the rest's shape is)
    if nsq[-1] in "．." and len(nsq) <= _HEAD_UNDER and _PAGE_RANGE_END.search(nsq):
        # (an entry's text so far, its number alone above it or its document type in it, cut mid-entry)
        prev = group[-1]
        if (nxt.kind in ("", "debris") and prev.last not in rules.FULL_STOPS and not (len(group) == 1 and len(sq) <= _LABEL_APART)
                and (_ENTRY_ALONE.fullmatch(sq) or _DOC_TYPE.search(prev.sq))):
            nxt.kind = ""  # (a page range alone reads as debris)
            return True
        return False
    if len(group) == 2 or len(sq) > _LABEL_APART:
        return False
    if len(sq) == 1:
        if len(nsq) > 2 and nsq[1] in ":：" and _HANZI.match(sq) and _HANZI.match(nsq) and nxt.kind != "debris":
            first.kind = nxt.kind = ""
            return True
        return False
    if (sq[0] in "[［" and _ENTRY_ALONE.fullmatch(sq) and not nxt.kind and nsq[0] not in "[［" and len(nsq) > _HEAD_UNDER
            and (not nxt.hard or _DOC_TYPE.search(nsq))):  # (where columns take turns, an entry's own text: "…[J]．…")
        first.kind = ""
        return True
    return False


def _pushed_down(line: Line, width: float, ctx: Context) -> bool:
    """``line`` (not set in) falls short of the width by less than two characters (a first line's indent), and the
    line right under it opens with one character and a mark that may not open a line (``…途经江`` / ``西、湖南、…``):
    the typesetter pushed that character down with its mark, the line is full (dev11 textbook)."""
    if line.indent >= 0.75 or line.width <= width - 2 or line.last in rules.PARAGRAPH_END:
        return False
    under = _after(line, ctx)
    return under is not None and not under.gap and under.sq[1:2] in rules.CONTINUING and under.sq[:1] not in rules.CONTINUING


def _entry_tail(prev: Line, nxt: Line, ctx: Context) -> bool:
    """``prev`` is an entry of a numbered list of references (``[2] 田春兰，萧秀．…[J]．管理世界，2022``), cut
    mid-entry, and ``nxt`` right under it is the entry's short last line (``（2）：45-91．``, a page range), the
    next entry (``[3] …``) or the text's end under that: the entry goes on (-raw, dev11)."""
    if nxt.gap or nxt.hard or nxt.level or nxt.sq[0] in "[［" or prev.last in rules.FULL_STOPS:
        return False
    if _NOTE_OPENS.match(prev.sq) is None:
        return False
    wide, under = (prev.width, nxt.width) if prev.width else (vis_width(prev), vis_width(nxt))
    if 2 * under > wide:  # (measured here where the text has no wrap, join.context left the widths unset: a dump
        return False      # that does not wrap, "[15]返回顶部" / a paragraph on one line, lynx's link mark opening a line)
    if prev.sq.count("]") > 1 and len(rules.LINK_MARK.findall(prev.sq)) > 1:
        return False  # a dump's run of link marks, a tool bar ("[22]回复[23]支持(36)[24]反对(2)" over a reply, lynx,
        # dev16 k16-006; "[9]分享 [10]LINE [11]Facebook" over a caption, dev15 y15-006): an entry has one number
    if nxt.sq.rstrip(_CLOSERS_OR_MARK)[-1:] not in rules.FULL_STOPS:  # (the line's own end: "…典禮。（記者陳怡君攝）" is a caption, no entry's tail)
        return False
    after = _after(nxt, ctx)
    return after is None or after.gap > 0 or after.sq[0] in "[［" or after.kind == "debris"


def _byline_inside(prev: Line, nxt: Line, ctx: Context) -> bool:
    """``nxt`` reads as a byline but stands inside a paragraph of wrapped text: right under a line that fills the
    measure and ends mid-sentence, and filling the measure itself without a sentence end (``…本报北京6月17日讯新华社`` /
    ``记者王黎、本报记者董洪亮报道：记者日前从教育部有关`` / ``部门了解到，…``, a report quoted in a paper's prose,
    -raw, dev11): the sentence runs through it."""
    width = ctx.wrap
    # (not a piece cut at a one-space gutter: another column's credit beside the line, columns.spaced_order)
    return (bool(width) and not nxt.gap and not nxt.hard and not nxt.level and not nxt.column
            and width - 1.5 <= prev.width <= width + 1
            and width - 1.5 <= nxt.width <= width + 1 and prev.last not in rules.PARAGRAPH_END and nxt.last not in rules.PARAGRAPH_END
            and nxt.sq[-1] not in rules.PARAGRAPH_END)


def _page_head(line: Line, raw: str) -> bool:
    """``line`` is a page's first line (a form feed right before it) printed in pieces far apart without a clause
    mark (``江州市第二中學 校園通訊            2023年第6期（總第49期）``): a running head, which a blank line ends
    (over a page whose narrow gutter no position shows, its rows read across, -layout, dev9xp)."""
    start = line.start
    k = start - 1
    while k >= 0 and raw[k] in " \t\u3000":
        k -= 1
    return (k >= 0 and raw[k] == "\f" and rules.BESIDE.search(raw, start, line.end) is not None
            and rules.CLAUSE_MARK.search(line.sq) is None)


def _lead_line(prev: Line, nxt: Line, ctx: Context) -> bool:
    """``prev`` reads as a byline but is a story's first line, its dateline and credit run in (``本报德国罗滕堡5月27日电
    记者薛原报道：中国女篮在昨晚开幕的第`` / ``十三届世界女篮锦标赛中…``, -raw, dev11): it opens with a paper's or an
    agency's dateline, fills the measure and ends mid-sentence, and ``nxt`` right under it goes on at the margin: the
    sentence runs on (a credit line that fills a narrow measure, ``來源：中央社 2023/02/27 記者賴怡萱``, stays)."""
    width = ctx.wrap
    return (bool(width) and not nxt.gap and not nxt.hard and not nxt.level and not nxt.column and nxt.indent < 0.75
            and width - 1.5 <= prev.width <= width + 1 and prev.last not in rules.PARAGRAPH_END
            and prev.last not in ":：" and (rules.PAPER_CREDIT.match(prev.sq) or rules.DATELINE.match(prev.sq)) is not None
            and not (nxt.sq[0] in rules.CREDIT_FIRST and rules.CREDIT_OPENS.match(nxt.sq)))


def _joins(group: list[Line], nxt: Line, ctx: Context, wrapped: bool, before: Line | None = None) -> bool:
    """Whether ``nxt`` continues ``group``; ``wrapped``: both lines belong to the wrapped body;
    ``before``: the last line of the unit before ``group``, if any."""
    prev = group[-1]
    first_kind, nxt_kind = group[0].kind, nxt.kind
    nsq, sq = nxt.sq, prev.sq  # (no rule changes a line's text)
    single = len(group) == 1  # (read once: most rules below ask)
    head = sq[0]  # (a hanzi read off a string is a new object: read once)
    last = prev.last
    if "0" <= nsq[0] <= "9" and "0" <= sq[-1] <= "9" and (_two_figures(sq, nsq) or _page_then_section(prev, nsq, ctx.raw, nxt.start)):
        return False  # "0.52" / "" / "0.44": a table's figures, one a line; no join makes one number of two
    if single:
        if head.isdigit() and len(sq) <= _NUMBER_ALONE and _number_over_head(prev, nxt, ctx):
            prev.kind = ""  # (no page number: a section's)
            return True
        if head in "图圖表" and _caption_apart(prev, nxt):
            if prev.kind:
                nxt.kind = CONTINUED  # (one debris unit: split_debris leaves it whole)
            return True
        if head in "[［" and _entry_tail(prev, nxt, ctx):
            prev.kind = nxt.kind = ""  # (a footnote's shape at a page's foot: an entry of the list all the same)
            return True
    if (nxt.gap <= 1 and len(group) <= 2 and (len(group[0].sq) <= _LABEL_APART or nsq[-1] in "．.")
            and _label_apart(group, nxt, ctx)):
        return True
    if nxt_kind or first_kind or nxt.hard:  # (every rule for furniture and hard breaks, behind one test)
        if nxt_kind == CONTINUED:  # the next piece of a running header printed over several lines
            return bool(first_kind)
        if nxt_kind == "byline" and wrapped and not first_kind and _byline_inside(prev, nxt, ctx):
            nxt.kind = ""  # (so the lines under it join by the rules for prose)
            return True
        if first_kind == "byline" and wrapped and single and not nxt_kind and _lead_line(prev, nxt, ctx):
            prev.kind = ""  # (so the lines under it join by the rules for prose)
            return True
        if first_kind in _CREDITS and not nxt.gap and not nxt.hard and not nxt.level and _credit_wrapped(prev, nxt, ctx):
            return True  # "来源：临川日报　作者：尹宇　时间：" / "2023-01-06 08:15": a credit line a wrap cut
        if (first_kind == "meta" and last in "；;，,、" and not nxt_kind and not nxt.gap and not nxt.hard
                and not nxt.level and len(nsq) <= _PAIR_MAX and rules.KEYWORDS.match(group[0].sq)):
            return True  # keywords wrapped after a separator: "关键词：六十进制；文献；综述；" / "History"
        if (first_kind == "meta" and single and last in _COMMA_END and not nxt_kind and not nxt.gap
                and not nxt.hard and not nxt.level and ctx.wrap and prev.width >= ctx.wrap - 1.5):
            # a labelled date's line that fills the measure and ends in a comma: the sentence goes on, a paragraph
            # ("时间：2023年7月3日至…，下午14:00至17:00，" / "他被称作…", a tender notice's field, dev9xq)
            prev.kind = ""  # (so the lines under it join by the rules for prose)
            return True
        if first_kind in _CREDITS and nxt.gap <= 1 and not nxt.hard and len(sq) <= _PIECE and len(nsq) <= _PIECE:
            # a byline or meta line that an extract cut into short pieces: "2022-11-17 08:32" /
            # "來源：中時新聞網" / "記者" / "陳美玲" (whole credit lines one under another stay apart)
            if _credit_ends(group, prev, nxt, ctx.raw):
                return False
            return nxt_kind in _CREDITS or bool(prev.kind == "byline" and rules.ROLE_ALONE.fullmatch(sq)
                                                and not nxt_kind and rules.NAME.fullmatch(nsq))
        if first_kind == "debris" and not nxt.gap and not nxt.hard and not nxt.level and _footer_wrapped(group, nxt, ctx):
            nxt.kind = CONTINUED  # (so the unit stays one: classify.split_debris)
            return True  # "Copyright © 2012-2024 驴友之家　沪ICP备…　沪公网安备" / "31619200922022号": one footer a wrap cut
        if len(nsq) <= 3 and (nxt_kind or first_kind) and not nxt.hard and _spaced_run(group, nxt, ctx.raw):
            # (a piece taken for furniture alone: "111" a page number, "中" a page's last line)
            return not group[0].sq.isdigit()
        if first_kind == "debris" and nxt.gap <= 1 and not nxt_kind and sq[-1] in "者员員影" and _PHOTO_CREDIT.fullmatch(nsq) \
                and rules.CAPTION.match(group[0].sq) and rules.ROLE_ALONE.search(sq, max(0, len(sq) - 6)):
            nxt.kind = CONTINUED  # (one debris unit: split_debris leaves it whole)
            return True  # a photo caption's credit that default mode set apart: "图为…。本报记者" / "" / "蔡秀英摄"
        # the rest of a reporter's name that the wrap put alone on the next line ("…記者 鄭文" / "傑")
        return (prev.kind == "byline" and not nxt_kind and not nxt.gap and not nxt.hard and not nxt.level
                and rules.NAME_REST.fullmatch(nsq) is not None and rules.ROLE_NAME_CUT.search(sq) is not None)
    if single and head in pairs.LETTER_FIRST and pairs.letter_break(group, nxt):
        return False  # a letter's salutation or its "此致" stands alone
    if ctx.strips and (id(prev) in ctx.strips or id(nxt) in ctx.strips):
        return False  # a page head or masthead line between or above a column's lines (strips.py)
    if nsq[0] in "表图圖" and _caption_opens(nxt, last, ctx.raw):
        return False  # a table's or figure's caption opens its own unit: "…非常态播出的节目。" / "表1 6月中旬主要站点降水量统计（单位：mm）"
    if nsq[-1] == "】" and pairs.bracket_label(nsq):
        return False  # a label in black brackets alone ("【成份】") continues no line, however wide (-raw, dev10)
    if nxt.gap and ctx.headlines and id(nxt) in ctx.headlines:
        return False  # a story's headline over its byline (colblock.headlines)
    if len(nsq) <= 3 and _spaced_run(group, nxt, ctx.raw):
        # a line set letter-spaced that the extract printed one character a line ("主" / "文",
        # "中" / "華" / "民" / "國" / "111" / "年" / …) is one unit, a date ending it
        return not group[0].sq.isdigit()
    if ctx.clauses and (done := _article_join(group, nxt, ctx)) is not None:  # (a text of clauses: "第一条" …)
        return done
    if sq[-1] in "-－" and (_range_cut(prev, nxt) or _hyphen_cut(prev, nxt, ctx.raw)):
        return True
    if (single and head == "第" and _part_label(sq) and len(nsq) <= _PAIR_MAX and not nxt.level
            and not rules.SECTION_LABEL.match(nsq) and not _CLAUSE.match(nsq)):  # ("第四章" / "第1节": two labels, two headings)
        # "第一部分" / "扁掌龙亚科简介": one heading a tool cut at its gap; but after a label alone
        # right above this one ("第四章" / "第1节" / "乙酰胺" / "概述") an extract took two headings
        # printed side by side in turns, labels first: which words go with which label is not known
        return heading_like(nsq, ctx.labels) and not (before is not None and _label_alone(before))
    if prev.level or nxt.level:  # one short heading broken over two markdown headings of one level
        return (bool(prev.level) and nxt.level == prev.level and len(group) < 3
                and len(nsq) <= _PAIR_MAX and all(len(ln.sq) <= _PAIR_MAX for ln in group))
    opening = nsq[0]  # (read once for the five tests below)
    if opening in rules.CREDIT_FIRST and rules.CREDIT_OPENS.match(nsq) and last not in _COMMA_END:
        return False  # a credit opens its own unit: "2026年第三季度…运行分析" / "作者：经济研究所 孙立新"
    if opening not in rules.CONTINUING and _dated_label(nsq) and last not in _COMMA_END:
        return False  # so does a labelled date: "…與正田美智" / "投稿日期：111年9月12日；接受刊登日期：…"
    if (nxt.gap and head in rules.CREDIT_FIRST and single and len(sq) <= _PAIR_MAX
            and (m := rules.CREDIT_OPENS.match(sq)) and m.end() < len(sq)):
        return False  # ... and a short one ends at a blank line, however near the wrap width it is (not "记者:" alone)
    if single and label_line(sq):
        # "记者:" alone on its line belongs to the speech below it; a list's label stands above its
        # items ("会议议定：" / "（一）由办公室牵头…", "注意事項：" / "1．答卷前…", an exam's option "C．…")
        # (and a list of notes under its label: "注释：" / "[1]本公报数据为初步统计数…；", dev9xq)
        # (but a speech's address to its hearers, a plural, "同志们：" / "朋友們：", stands alone, dev11)
        # (nor a section's label printed once as a head over its prose, a first line set in under it or not:
        # "入院情况：" / "2005年11月至…", a discharge summary's heads; a speaker's label repeats, "记者：", dev14)
        return not (rules.ENUMERATOR.match(nsq) or _OPTION.match(nsq) or rules.ENDNOTE_MARK.match(nsq) or opening in rules.BULLETS
                    or sq[-2] in "们們" or ((nxt.gap or len(nsq) > _HEAD_PROSE or _fills_wrap(nxt, ctx))
                                            and sq[:-1] not in ctx.labels))
    if opening in rules.CONTINUING:  # a tool cut before punctuation: "…电影频道" / "，该频道…"
        # (not onto a numbered section heading across a blank line: "1 林永康" / "" / "，预先…" is
        # an extract that took two columns in turns; the comma continues the other column's line)
        # (nor across a blank line in text whose columns come on alternate lines: the mark continues
        # the other column's line, two lines up)
        # (nor, across a blank line, a closing quote or bracket that nothing in the unit opened:
        # "■ 基本概况" / "" / "」。孤军…" closes a quote on another column's line)
        # (nor, even with no blank line between, a closing quote or bracket that nothing opened onto a heading line
        # alone: "二、教學重點與難點" / "”給江澤民總書記…", a paragraph that opens with the end of a quote)
        return not ((nxt.gap and (ctx.blank_breaks or (single and _numbered_heading(prev, ctx))
                                  or _closes_nothing(_recent(group), nsq)))
                    or (single and _closes_nothing(sq, nsq) and heading_like(sq, ctx.labels)))
    if opening == group[0].sq[0] and last in rules.PARAGRAPH_END and _next_item(group, nxt):
        return False
    if "0" <= opening <= "9" and _next_number(group[0].sq, nsq):
        return False  # "1. ↑ 白淑. 《地方誌稿》…1982." / "2. ↑ 谢立新. …": the next item of a numbered list
    if opening in "[［" and _next_number(group[0].sq, nsq, rules.ENDNOTE_MARK):
        return False  # "[1] …[J]. 中华心血管病杂志, 2024, 52(1): 1-30." / "[2] 李明, …": the next reference (html2text, newuser24)
    if prev.run_in and single and not nxt.gap and last not in rules.PARAGRAPH_END:
        return True  # the story's first line after a run-in byline, short only by the byline cut off it
    if ("：" in nsq and ("。" in sq or _CLAUSE_MARK.search(sq) is not None) and _fields_line(nxt, ctx.raw)
            and not straddles(sq, nsq)):  # (not "…执教的王老" / "师：…，学生：…": a word the wrap cut, review34)
        return False  # a page's foot line of fields under prose: "…無肺蠑" / "地址：… 電話：2388 1234" (_fields_line)
    if (not nxt.gap and last not in rules.PARAGRAPH_END and id(prev) in ctx.block_openers and colblock.goes_on(prev, nxt)
            and not _OPTION.match(nsq) and not pairs.named_field(nxt, ctx.raw)
            and not (ctx.limit and _web_flush(prev, ctx) and _word_fits(prev, nxt, ctx.limit, ctx.raw))
            and not (colblock.block_ends_alone(nxt, _after(nxt, ctx)) and heading_like(sq, ctx.labels))):
        # (not an exam's option under its question: "…（3分）" / "A．…"; nor a head over a one-line paragraph that
        # make a block of two lines by chance, dev9xq; nor a credit under a subtitle as wide, "——规模、格局与趋势" /
        # "分析师：唐建文 曾英强", -raw)
        return True  # two lines of one column's prose, the first without a sentence end (colblock.py)
    if single and head in colblock.BULLETS and colblock.bullet_over_prose(group, nxt):
        return False  # "■ 资料补充" / "维克多·雨果将他描绘为一": a column's prose under its sub-head
    if (single and head in rules.CREDIT_FIRST and opening not in rules.CONTINUING
            and pairs.credit_done(prev, nxt, ctx.raw)):
        return False  # a heading under a whole byline ("文／X 指导教师 Y" / "课堂内外")
    if opening in _OPTION_FIRST and _OPTION.match(nsq) and _OPTION.match(group[0].sq):
        return False  # an exam's option under the option before it: "A．憧憬（chōng）　静谧（mì）" / "B．…"
    if last in "|｜":
        return False  # a bar wrapped after a separator, between two items: "主頁 | 關於我們 | … | 活動 |" / "聯絡我們"
    if opening == "_" and _BORDER_CAPTION.fullmatch(nsq):
        return False  # html2text's top border of a ruled table with its caption on it ("__近期排班") opens the table
    if wrapped:
        if ctx.blank_breaks and nxt.gap and not (ctx.columns and _same_margin(prev, nxt, ctx.raw)):
            return False
        if nxt.gap and single and _page_head(prev, ctx.raw):
            return False
        return _wrapped_join(group, prev, nxt, ctx)
    if ctx.clauses and single and head == "第" and ctx.limit and _run_in_first(prev, nxt, ctx, ctx.limit):
        return True  # (the same where the text's width is known as a limit)
    if ctx.wrap and single and not nxt.gap and prev.width > ctx.wrap + _OVER_WRAP and _hanging_first(prev, nxt, ctx):
        return True  # an entry set with a hanging indent: its label stands out past the wrap ("8月15日 义熙十一年，…")
    if (last in _NOTE_LAST and (sq[-1] in "]］" or "^" in sq[-3:])
            and (m := _NOTE_AFTER_END.search(sq, len(sq) - _NOTE_END_MAX)) is not None):
        last = m.group(1)  # a sentence end and its endnote mark, as in _wrapped_join: "…本案現已審理終結。[1]", html2text
        # (the pattern tried on the line's last characters only: a line ending in a digit is common, one in "]" is not)
    if last in rules.PARAGRAPH_END:
        if (len(group) >= 2 and not nxt.gap and last in "。！？" and abs(group[-2].width - prev.width) <= 1
                and _same_measure(group, nxt) and not _starts_paragraph(nxt, ctx) and not _OPTION.match(nsq)
                and not (ctx.indents and nxt.indent >= prev.indent + _SET_IN_FIRST)):
            return True  # a sentence that ends at a narrow column's full measure, the column going on as wide
            # (not onto a line set in as this text sets its paragraphs' first lines: "…形成了今天的乌孜别克人。" /
            # "    往北，它通过中亚，…", a sentence that happened to end at the measure, w3m)
        # cut at the dump's width right after a sentence: the paragraph goes on unless the next
        # line is indented as a first line is in this text, or (where first lines are not
        # indented) a blank line comes between, as a dump sets paragraphs apart
        # (a short unpunctuated line set off by a blank line is a heading: "…足有37%。" / "" / "后续进展")
        # (a clause's end, "；", two units short of it: the list goes on, as after a line cut mid-sentence)
        return bool(ctx.limit and prev.width >= ctx.limit - (_LIMIT_CUT if last in "；;" else _LIMIT_SENTENCE)
                    and nxt.indent < 0.75 and (ctx.indents or not nxt.gap)
                    and not (_starts_paragraph(nxt, ctx) and not _inline_item(group, nxt, ctx))
                    and not (ctx.clauses and _CLAUSE.match(nsq))
                    and not (len(nsq) <= _PAIR_MAX and heading_like(nsq, ctx.labels)
                             and (nxt.gap or (nxt.last not in rules.PARAGRAPH_END and not _cut_before_latin(nxt, ctx)))))
        # (nor, with no blank line between, onto a short unpunctuated heading: the paragraph's last line would end
        # a sentence, "…于1966年出版。" (full) / "【相关影响】"; but a short line over one that opens with a Latin
        # word was cut at a space, "达曼的卫星城有现代经济中心" / "Khobar、世界最大的…", where that word would not have
        # fitted: a résumé's section head over a dated entry, "…３７岁。" / "项目经历" / "2015.03 – 2018.04 白鹭…", -raw)
    if last in _COMMA_END:  # a sentence goes on after "，" or "、"
        # (not across a blank line under a line that stops short of the dump's width: a dump sets no blank line
        # inside a paragraph, and a wrap fills the line, "…副董事長、總經理，" / "" / "這篇食譜對你有幫助嗎？")
        return not (_label_set_in(prev, nxt) or (nxt.gap and ctx.limit and prev.width < ctx.limit - _SHORT_OF_LIMIT))
    if not nxt.gap and len(sq) > _CUT_MIN and not _starts_paragraph(nxt, ctx) and not (
            ctx.limit and _word_fits(prev, nxt, ctx.limit, ctx.raw)) and not _short_of_widest(prev, nxt, ctx):
        return True  # a line longer than any heading, cut without a sentence end: a dump's wrap
        # (not where the dump's width is known and the next line's first word would have fitted on this one:
        # "…官方网站官方新闻" (55 of 141) / "东关街 (扬州)", a heading under a paragraph that lost its full stop;
        # nor onto a short heading-like line where this one stops well short of the text's wide lines, _short_of_widest)
    if opening.isdigit() and (sq[-1].isdigit() or (sq[-1] == "." and sq[-2:-1].isdigit())):
        return True  # a number cut in two: "成立于20" / "06年", "身高1." / "85米"
    if (ctx.limit and prev.width >= ctx.limit - _LIMIT_CUT and not nxt.gap and prev.indent <= _FIRST_INDENT_MAX
            and not _starts_paragraph(nxt, ctx)):
        return True  # a long line cut at the dump's width (a dump puts no blank line inside a paragraph)
        # (not a line that reaches it only by being set in: a title centred over the salutation, -fixed 3)
    if ctx.limit and "\u4e00" <= last <= "\u9fff" and nxt.gap <= 1:  # (a line that stops on a hanzi, in a print extract)
        if not nxt.gap and _cut_mid_word(prev, nxt, ctx):
            return True  # a line of prose near the width: cut mid-word
        if nxt.gap and single and prev.gap and before is not None and _run_in_rest(before, prev, nxt, ctx):
            return True  # the rest of a printed line whose run-in head the extract set apart: "（一）…。" / "" / "…即今" / "" / "上海站址。…"
    if ctx.wrap and not nxt.gap and _own_block(group, nxt, ctx.wrap):
        return True  # an abstract set across the page over a wrapped column: wrapped at its own width
    if ctx.limit and _lone_latin(group, nxt, ctx.limit):
        return True  # "J" / "Storm（）是日本的…": a tool that wraps at spaces left a word alone
    if not nxt.gap and _same_measure(group, nxt) and not _starts_paragraph(nxt, ctx) and not _OPTION.match(nsq):
        return True  # a column narrower than the text's other lines, cut at its own width
    return _fragment_join(group, nxt, ctx)


_MEASURE_MIN = 20  # full-width units: a line this wide is no heading's line
_SHORT_OF_LIMIT = 4  # full-width units short of a dump's width: no wrap ended the line
_SET_IN = 8  # full-width units a box's label stands in from the margin (_label_set_in)
_LABEL_MAX = 6  # characters of such a label
_OFF_CENTRE = 2  # full-width units its centre is off the line's above


_MID_SHORT = _FIRST_INDENT + _SHORT_OF_LIMIT  # full-width units: a first line set in (the indent dropped) and short by
# the spread of a typeset measure's lines (squeezed punctuation: full lines of 35 to 38 units)
_CLAUSE_MARK = re.compile("[，、；：]")  # a clause mark inside a line: prose, no heading or label


def _cut_mid_word(prev: Line, nxt: Line, ctx: Context) -> bool:
    """In text whose width is known only as a limit (a print extract of few prose lines, ``ctx.limit``), ``prev``
    (the caller has seen that it ends on a hanzi and that no blank line follows) is a line of prose, a clause mark
    inside, within :data:`_MID_SHORT` units of the limit and not set in, and ``nxt`` opens no item and no field
    (:func:`_goes_on`): the line was cut in mid-word, so the paragraph goes on. A typeset paragraph's first line, its
    indent dropped by pdftotext, and a measure whose lines spread with squeezed punctuation fall short of the widest
    line, which the other rules ask a wrap to reach: "同年，毛泽东以外交工作出现修正主义倾向名义，发动对周恩来批判，组成" (33 of 38) /
    "「中央帮助总理认识错误小组」。…" (dev15 concert programme; dev14 p14-006; dev13 p13-008, q13-007). A heading
    ends on a hanzi too, but holds no clause mark and is short. (Not in a web page's dump: a typesetter's measure is
    what falls short here; a dump's wrap fills its width.)"""
    return (prev.width >= ctx.limit - _MID_SHORT and prev.indent <= _FIRST_INDENT_MAX
            and _CLAUSE_MARK.search(prev.sq) is not None and _goes_on(nxt, ctx) and not ctx.web)


def _goes_on(nxt: Line, ctx: Context) -> bool:
    """``nxt`` may go on with the sentence above it: it opens no item and no labelled field (``列席：…`` under
    ``出席：顾娟远、…、冯家兰``, a record's fields one a line, as wide as prose, dev8 minutes), and is no short line
    that could be a heading (``自我评价`` under a résumé's line of awards, dev12)."""
    nsq = nxt.sq
    return (not _starts_paragraph(nxt, ctx) and rules.LABEL.match(nsq) is None
            and not (len(nsq) <= _PAIR_MAX and nxt.last not in rules.PARAGRAPH_END and heading_like(nsq, ctx.labels)))


def _run_in_rest(label: Line, prev: Line, nxt: Line, ctx: Context) -> bool:
    """In text whose width is known only as a limit, ``prev`` stands alone between blank lines (one below it, the
    caller has seen) under a short line ``label`` (:data:`_PAIR_MAX` characters at most), and the two together are about
    as wide as a full line (within :data:`_MID_SHORT` of the limit); ``prev`` ends on a hanzi and is prose (a clause mark
    inside, or wider than any heading's line): one printed line whose run-in head (a clause number, a bold
    ``（一）压实企业主体责任。``) pdftotext set apart, each piece between blank lines, so the paragraph goes on after the
    blank line under ``prev``: "第四条" / "" / "与此同时，…由县分管领导任" / "" / "组长，我们对比…" (dev13 regulations,
    q13-002); "（二）强化隐患排查整治。" / "" / "了石油天然气研发中心使…先进技术得" / "" / "到了进一步的深化，…" (dev15
    notice, r15-000). (The head itself stays a unit: the golds of the two designs disagree on it.) Not where a line is
    set in (a centred heading, whose width counts its indent) nor in a web page's dump, which sets its blocks apart
    by blank lines ("一、总体要求" / "" / "现任…", lynx)."""
    return (len(label.sq) <= _PAIR_MAX and label.width + prev.width >= ctx.limit - _MID_SHORT
            and max(label.indent, prev.indent, nxt.indent) <= _FIRST_INDENT_MAX
            and (prev.width >= _MEASURE_MIN or _CLAUSE_MARK.search(prev.sq) is not None) and _goes_on(nxt, ctx)
            and not ctx.web)


def _label_set_in(prev: Line, nxt: Line) -> bool:
    """``nxt`` is a short label (no punctuation) set far in under a wide line (:data:`_MEASURE_MIN` units or more),
    neither centred under it nor flush with its right edge: a box's label that an extract printed among the
    lines of the prose beside it (``…在了解完崂山攻略之后，`` / ``                    记一记`` / ``根据自己的…``,
    -layout), no line of that prose, which goes on at the margin."""
    return (len(nxt.sq) <= _LABEL_MAX and nxt.indent >= _SET_IN + prev.indent and prev.width >= _MEASURE_MIN
            and abs(nxt.width - prev.width) > _OFF_CENTRE  # (a line's width is its right edge)
            and abs(nxt.indent + nxt.width - prev.indent - prev.width) > 2 * _OFF_CENTRE
            and not rules.SENTENCE_END_RE.search(nxt.sq) and nxt.sq.isalnum())


def _same_measure(group: Sequence[Line], nxt: Line) -> bool:
    """``nxt`` is as wide as the line above it (within one unit), both wider than any heading's
    line, and the line above it ends mid-sentence: lines of one column set at a measure of its
    own ("元代社会因思想多元化、商业经济发达与交通便利，使得" / "元帝国的强盛，…"), which a text
    whose other lines are wider (a page in one column above it) does not see as wrapped."""
    prev = group[-1]
    return (prev.width >= _MEASURE_MIN and abs(prev.width - nxt.width) <= 1
            and prev.indent <= _FIRST_INDENT_MAX and nxt.indent <= _FIRST_INDENT_MAX)


_HANG_HEAD = re.compile(r"[ \t\u3000]*([^ \t\u3000]{1,10}?)([ \t\u3000]+)[^ \t\u3000]")
_HANG_MAX = 10  # full-width units a hanging label may stand out past the wrap
_CJK_GAP = re.compile("[^\x00-\x7f][ \t\u3000]+[^ \t\u3000]")  # a gap after a wide character


def _hanging_first(prev: Line, nxt: Line, ctx: Context) -> bool:
    """``prev`` is the first line of an entry set with a hanging indent (a chronicle's
    "8月15日 义熙十一年，刘裕…" over lines set in by the date's width): wider than the wrap by
    its label and the gap after it, the rest of it filling the wrap; ``nxt`` is a line of the
    wrap, and ``prev`` ends mid-sentence (or at a sentence end that fills the wrap, ``nxt``
    opening with no label of its own)."""
    if prev.width > ctx.wrap + _HANG_MAX or nxt.width > ctx.wrap + 1:
        return False
    m = _HANG_HEAD.match(ctx.raw, prev.start, prev.end)
    if m is None:
        return False
    if _CJK_GAP.search(ctx.raw, m.end(2), prev.end):
        return False  # a second gap after a CJK word: a header band's fields ("金沙发展研究院 研究简报 2023年第17期…")
    head = m.group(1)
    rest = prev.width - len(head) + 0.5 * len(head.encode("ascii", "ignore")) - 0.5 * len(m.group(2))
    if prev.last in rules.PARAGRAPH_END:
        return ctx.wrap - 1 <= rest <= ctx.wrap + 1 and _HANG_HEAD.match(ctx.raw, nxt.start, nxt.end) is None
    return ctx.wrap - 3 <= rest <= ctx.wrap + 1


_MARGIN_SLACK = 6  # columns: two lines of one column of a -layout page begin this close (a first line's indent)


def _same_margin(prev: Line, nxt: Line, raw: str) -> bool:
    """The two lines begin at (about) the same printed column of their lines in ``raw``: one column
    of a -layout page double-spaced, not lines of two columns that the extract printed in turns."""
    a, b = prev.start, nxt.start
    return abs((a - raw.rfind("\n", 0, a)) - (b - raw.rfind("\n", 0, b))) <= _MARGIN_SLACK


_SPACED_MAX = 12  # pieces of a letter-spaced line printed one a line


def _spaced_run(group: Sequence[Line], nxt: Line, raw: str) -> bool:
    """``nxt`` is the next piece of a letter-spaced line printed one character a line (at most one
    blank line apart, up to :data:`_SPACED_MAX` pieces, not past a date they already make); pieces
    that the line rules took for furniture alone (a number as a page number) count, but not pieces
    of a running header or a credit."""
    if len(nxt.sq) > 3 or nxt.gap > 1 or len(group) >= _SPACED_MAX or not _spaced_piece(nxt) or not _spaced_piece(group[0]):
        return False
    if any(ln.kind not in ("", "debris") for ln in (*group, nxt)):
        return False
    if nxt.kind and len(group) < 2:  # (a run has begun: not a page number under a paragraph's last character)
        return False
    if group[0].kind and (group[0].sq.isdigit() or nxt.sq.isdigit()):
        return False
    sq = "".join(ln.sq for ln in group)
    return all(map(_spaced_piece, group)) and not rules.DATE.fullmatch(sq) and not _ERA_DATE.fullmatch(sq)


_ERA_DATE = re.compile(rules.ERA + r"?\d{2,4}年\d{1,2}月\d{1,2}日")  # "中華民國111年2月18日"


def _article_join(group: Sequence[Line], nxt: Line, ctx: Context) -> bool | None:
    """In a text of clauses, whether ``nxt`` continues ``group`` by the article rules (None: no rule says)."""
    prev, nsq = group[-1], nxt.sq
    sq = prev.sq
    first = group[0].sq
    if first[0] != "第" and nsq[0] != "第":
        return None
    if len(group) == 1 and _CLAUSE.fullmatch(sq) and not nxt.level and not nxt.kind and (
            len(nsq) > _PAIR_MAX or not heading_like(nsq, ctx.labels)):
        return True  # an article's number set bold and run in, which an extract printed apart: "第一条" / "本会名称为…。"
    if (len(group) == 2 and nxt.gap == 1 and len(sq) > _PAIR_MAX and len(nsq) > _PAIR_MAX
            and prev.last not in rules.PARAGRAPH_END and not nxt.kind and not nxt.level and _CLAUSE.fullmatch(first)):
        return True  # ... and its first line, which the extract set apart from the rest by a blank line
    if len(nsq) == 1 and _spaced_label(group, nxt):
        return True  # a chapter head set letter-spaced, printed a word a line: "第一章" / "总" / "则"
    if nsq[0] == "第" and nxt.gap and _CLAUSE.fullmatch(nsq):
        return False  # an article's number alone after a blank line opens the article
    return None


def _spaced_label(group: Sequence[Line], nxt: Line) -> bool:
    """``nxt`` is one hanzi, the next word of a chapter head whose label ("第一章") stands alone above it and
    whose letter-spaced words an extract printed one a line, at most one blank line apart ("第一章" / "总" / "则")."""
    return (nxt.gap <= 1 and len(group) <= 4 and not nxt.kind and not group[0].kind and _spaced_piece(nxt)
            and rules.SECTION_LABEL.fullmatch(group[0].sq) is not None
            and all(len(ln.sq) == 1 and _spaced_piece(ln) for ln in group[1:]))


def _spaced_piece(line: Line) -> bool:
    """One hanzi alone on its line, or a number of at most three digits (a piece of a spaced date)."""
    sq = line.sq
    return (len(sq) == 1 and "\u4e00" <= sq <= "\u9fff") or (len(sq) <= 3 and sq.isdigit())


def _next_item(group: Sequence[Line], nxt: Line) -> bool:
    """``nxt`` opens with the mark the unit opened with ("◎2008年8月7日，…之下。" / "◎南奧塞提亞戰爭…"):
    the next item of a list, after a sentence end."""
    mark = nxt.sq[0]
    return (mark == group[0].sq[0] and not mark.isalnum() and mark not in rules.BRACKET_PAIRS
            and mark not in rules.CLOSERS and mark not in rules.CURLY_QUOTES and mark not in "\"'")


_NUMBER_MARK = re.compile(r"(\d{1,3})([.．、）)])(?!\d)")
_DIGIT_RUN = re.compile(r"\d+")  # (the number inside a mark that _next_number reads)


def _next_number(first: str, nsq: str, mark: re.Pattern[str] = _NUMBER_MARK) -> bool:
    """``nsq`` opens with the number after the one ``first`` opens with, the same marks around both (``1.`` / ``2.``;
    with ``mark=rules.ENDNOTE_MARK`` the bracketed ``[1]`` / ``[2]``: a list's next entry, never the rest of the entry
    above). ``mark`` matches a number (full-width digits too) with its marks."""
    m = mark.match(nsq)
    m0 = mark.match(first) if m is not None else None
    if m0 is None:
        return False
    number, number0 = _DIGIT_RUN.search(m.group()), _DIGIT_RUN.search(m0.group())  # type: ignore[union-attr]
    return (_DIGIT_RUN.sub("", m.group()) == _DIGIT_RUN.sub("", m0.group())  # type: ignore[union-attr]
            and int(number.group()) == int(number0.group()) + 1)  # type: ignore[union-attr]


def _range_cut(prev: Line, nxt: Line) -> bool:
    """A number range that a wrap cut after its hyphen ("阿森納於1970-" / "71賽季…", "根據2001-" /
    "2002年…"): a wrap never splits a range, so the lines join."""
    sq = prev.sq
    return (not nxt.gap and nxt.sq[0].isdigit() and len(sq) >= 2 and sq[-1] in "-－"
            and sq[-2].isdigit() and sq[0] not in "-－—")  # (not a page number "- 4 -")


def _hyphen_cut(prev: Line, nxt: Line, raw: str) -> bool:
    """A line broken after a hyphen set against the word before it ("…中國禪經之父大弟子-" / "王紹藩，3位…",
    "…發展迅速的產業，1998年-" / "2008年間，…", "1945年1月17日維斯瓦河-" / "奧得河攻勢後…"): html2text (Python's
    textwrap) breaks after such a hyphen as at a space and sets the rest down whole where it does not fit, so the
    line above stops well short of the width and looks like a heading; no unit ends in a hyphen joined to its
    word, so the lines join (not a rule "---", a dash set apart "首页 -", nor a page number "- 4 -")."""
    sq = prev.sq
    return (not nxt.gap and len(sq) >= 2 and sq[-1] == "-" and sq[-2].isalnum() and sq[0] not in "-－—"
            and raw[prev.end - 2:prev.end] == sq[-2:] and nxt.sq[0].isalnum() and not nxt.item)


def _own_block(group: Sequence[Line], nxt: Line, width: float) -> bool:
    """In wrapped text, a line wider than the wrap (not ending a sentence) as wide as the line
    under it or the one above it in its unit: a block set at a width of its own (an abstract
    across the page above two columns), cut at that width."""
    prev = group[-1]
    if prev.width < max(_OWN_BLOCK_MIN, width + 3) or prev.last in rules.PARAGRAPH_END:
        return False
    if prev.indent > _FIRST_INDENT_MAX or nxt.indent > _FIRST_INDENT_MAX:  # (centred title lines)
        return False
    near = [nxt.width, group[-2].width] if len(group) > 1 else [nxt.width]
    return any(abs(prev.width - w) <= 1.5 for w in near)


_WORD_END = re.compile(r"[ \t\u3000\n]")


def _latin_below(line: Line, raw: str) -> bool:
    """The printed line right under ``line`` opens with a Latin letter or digit."""
    end = raw.find("\n", line.end)
    if end < 0:
        return False
    rest = raw[end + 1:end + 81].lstrip(" \t\u3000")
    return bool(rest) and rest[0].isascii() and rest[0].isalnum()


def _cut_before_latin(line: Line, ctx: Context) -> bool:
    """The printed line right under ``line`` opens with a Latin letter or digit, and its first word would not have
    fitted after ``line`` within the dump's width: a wrap at a space."""
    if not _latin_below(line, ctx.raw):
        return False
    after = _after(line, ctx)
    return after is None or not _word_fits(line, after, ctx.limit, ctx.raw)


def _word_fits(prev: Line, nxt: Line, limit: float, raw: str) -> bool:
    """The first word of ``nxt`` (up to its first space: a dump that wraps at spaces keeps a run of hanzi whole)
    and a space would have fitted after ``prev`` within the dump's width ``limit`` (less 2): the break is no wrap."""
    if not raw:
        return False
    m = _WORD_END.search(raw, nxt.start)
    word = raw[nxt.start:m.start() if m else len(raw)]
    narrow = len(word.encode("ascii", "ignore"))  # (its ASCII characters, counted in C)
    return prev.width + 0.5 * (1 + narrow) + (len(word) - narrow) <= limit - 2


def _short_of_widest(prev: Line, nxt: Line, ctx: Context) -> bool:
    """``nxt`` is a short line that could be a heading (no sentence end, no comma at its end) and ``prev`` stops
    :data:`_SHORT_OF_LIMIT` units or more short of the text's second-widest line: no wrap ended ``prev`` (a dump wraps
    at its width, which its wide lines reach; html2text, which leaves a run of hanzi whole, prints a paragraph a
    line), so ``nxt`` does not finish its sentence but opens a unit of its own: "…就能收到新年大礼" (60 units, the
    text's wide lines 150 and more) / "路线一：环湖绿道", a post's section head under a paragraph without a full stop
    (dev15 tieba html2text); "…首页 > …高新二手房>" / "上地西里" (39 of 70, a breadcrumb over a listing's
    name, dev13 house lynx -list_inline); "…请開啟瀏覽器JavaScript狀態" / "關於本院 …" (dev15 release html2text)."""
    nsq = nxt.sq
    return (len(nsq) <= _PAIR_MAX and nxt.last not in rules.PARAGRAPH_END and heading_like(nsq, ctx.labels)
            and vis_width(prev) < ctx.second_widest - _SHORT_OF_LIMIT)


def _first_fits(prev: Line, nxt: Line, width: float) -> bool:
    """In typeset text wrapped at ``width`` (a print extract), a break beside a Latin word or number that no wrap made:
    the Latin word or number ``nxt`` opens with (``…不过自在奥`` / ``3.1``, a clause's number), or the first hanzi of
    ``nxt`` under a labelled field whose value is a code (``索书号：I247.5/1123`` / ``按莫雷尔的说法，…``), would have
    fitted after ``prev`` with room to spare. (Not a number over its unit, ``…1896`` / ``年，…``: a line that ends
    short with a number may end so for another reason, a float beside it, and the number goes on; nor in text wrapped by
    character count, a saved copy's, where a digit is as wide as a hanzi: "…及1932-" / "33賽季…", dev4.)"""
    word = _LATIN_WORD.match(nxt.sq)
    if word is None and not rules.LABEL.match(prev.sq):
        return False
    return prev.width + (0.5 * word.end() if word else 1) <= width - _FITS_SPARE


_FITS_SPARE = 2  # full-width units a line ends short of the wrap with its next word fitting: not a wrap


def _lone_latin(group: Sequence[Line], nxt: Line, limit: float) -> bool:
    """A dump that wraps only at spaces put the first Latin word of a paragraph on a line of its
    own because the next word (a long run of CJK text) did not fit: a short Latin fragment alone,
    then, with no blank line between, a full line that opens with a Latin letter or digit."""
    sq = group[-1].sq
    return (len(group) == 1 and len(sq) <= _LONE_LATIN and sq.isascii() and sq.isalnum() and not nxt.gap
            and nxt.sq[0].isascii() and nxt.sq[0].isalnum() and nxt.width >= limit - 2)


def group_lines(lines: Sequence[Line], ctx: Context) -> list[list[Line]]:
    """Partition ``lines`` into units, in order. Lines with a ``kind`` stand alone."""
    if not lines:
        return []
    wrap = ctx.wrap
    if wrap:  # (_in_wrap's common case, a line within the width and not set in, tested inline)
        near, raw = wrap + 4, ctx.raw
        in_wrap = [(ln.width <= near and ln.indent <= _FIRST_INDENT_MAX) or _in_wrap(ln, wrap, raw) for ln in lines]
    else:
        in_wrap = [False] * len(lines)
    group = [lines[0]]
    groups = [group]
    before = None  # the last line of the unit before ``group``
    for line, wrapped in zip(lines[1:], map(operator.and_, in_wrap, in_wrap[1:]), strict=True):
        if _joins(group, line, ctx, wrapped, before):
            if (line.kind == "debris" or group[0].kind == "debris") and len(line.sq) <= 3 and _spaced_piece(line) and _spaced_piece(group[0]):
                for piece in (*group, line):  # one letter-spaced line: its pieces alone are no furniture
                    piece.kind = ""           # ("中" a font-size word, "111" a page number)
            group.append(line)
        else:
            before = group[-1]
            group = [line]
            groups.append(group)
    return groups
