"""Wraps a web dump makes that line widths cannot show, found by the dump's own indentation (the text route).

Run on the units :func:`join.group_lines` made, before their kinds are chosen; each rule joins a unit to
the one above it, never cuts one:

* :func:`rejoin` (hanging list items): lynx and w3m print a list item's bullet set in and wrap the item's
  text under its first character (lynx ``     * 代数环面…formul`` / ``       a_1亦然。``, w3m ``  • 代数…一`` /
  ``    般线性群…``). A unit whose first line opens with a bullet (``*`` ``+`` ``•`` ``#`` ``o``, or a number
  ``1.``) takes in the unit under it when that unit's lines all start exactly at the item's text column
  with no blank line between, where the break is a wrap (the line above reaches the dump's width, see
  below, or the hanzi or run of letters and digits that opens the next line would not have fitted on it)
  and the line above ends no sentence or label (``1. 陈晓明 说：`` / ``写得真好，收藏了！``, a comment's name
  and text, and a live blog's ``• 09:23`` / ``主持人`` / ``2008年，…`` are blocks of one item): a narrow
  dump's wrapped item whose first line had looked like a heading.
* (first-line indents): a page that opens its paragraphs with an indent (``&nbsp;`` × 4, ``　　``) shows
  it in every dump (lynx ``       中華民國…`` at 7 over its wrapped lines at 3; html2text ``    另一方面…``
  over lines at 0). Where the paragraphs are set in so (of the long prose lines after a blank line, three
  or more and half at one indent; where a dump leaves no blank line between paragraphs, of those that open
  a unit, three or more and four in five: there a paragraph set flush would be taken in), a unit opening at
  that indent takes in the unit under it when that unit's lines all start two to four columns further
  left (the indent's width), at one indent, with no blank line between, unless it is one line that looks like a heading (a page's
  ``<h2>`` or ``<b>`` line printed at the margin with no blank line above it, ``二、亚硫酸盐``) or holds a gap of
  four columns or more (a row of fields, ``甲方（盖章）：　　　　乙方（盖章）：``: a wrap at a space leaves one space):
  a dump that wraps only at spaces (html2text, lynx before a long run of hanzi) broke the paragraph
  where the page had a space, often right after a full stop, so the line above looked like a paragraph's
  end.
* (full lines): lynx fills a line to its width counted in characters (a hanzi and a digit one each), w3m
  in display columns; the commonest length of the dump's printed lines of ten characters or more, held by
  five lines and a quarter of them at least, a tenth at most longer, counted either way (and the length
  one less: a wide character or a word that did not fit), is that width (the :class:`_Measure`). The last line of a unit that reaches it exactly and
  has no sentence end runs on into the unit under it (set at the same indent or up to four columns left of
  it): display columns count a line with digits or Latin letters short, so such a line had looked like the
  paragraph's end, or a heading (``   1549年8月15日，…在一位日本`` / ``   朋友彌次郎…``). A one-line unit that
  could be a heading (20 characters or fewer, no comma or sentence end) never runs on so, nor is a heading
  taken in: a sub-head of 20 hanzi fills a w3m line at 40 columns too. In a web page's dump whose blank lines
  part its paragraphs (:func:`_parted`), a full line runs on even where it ends a sentence: the wrap fell
  after a full stop (``…等僧人親近。`` / ``元德2年…``), and the next paragraph would have opened after a blank line.
* (a break at a space): lynx and html2text break a line at a space where the next word does not fit;
  between two Latin words or numbers (``…像是德國的Me`` / ``262和美國的YP-59…``) the line above ends well short
  of the width. When the word that opens the next line (up to its first space), a space and the line
  above would not have fitted in that width, the line runs on.
* (a credit line cut): a byline or meta line alone that reaches the width with no sentence end takes in
  the one short line under it (16 characters at most, same indent, no sentence mark, not opening with a
  label of its own ``责任编辑：`` or a heading number ``（一）`` ``1.``): w3m at 40 columns cuts ``来源：澎湃新闻
  2022-11-17 08:32 记者刘`` / ``洋通讯员周婷``; the unit is a byline when the joined text names a reporter.

None of these rules is used on text with form feeds (pdftotext's pages: no web dump has them; join.py's
column and page rules have the say there), and a line that opens with a label (``作者简介：``) or a heading
number is never taken in by the last three. A unit with a
kind (byline, meta, debris), a markdown heading, a list item, or a line a rule split off (``hard``) is never
taken in (but for the credit rule's short line). Nothing is dropped; only units are joined.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence

from . import rules
from .join import Context, heading_like
from .lines import Line

__all__ = ["rejoin"]

_SPACE = " \t\u3000\xa0"
_NARROW = re.compile("[0-9A-Za-z]")
_NUMBERED = re.compile(r"\d{1,3}[.．、)）](?!\d)")  # "1.越南語", "2、": a numbered heading or item
_BULLET = re.compile(r"[ \t\u3000\xa0]*(?:[*+•#o◦▪]|\d{1,3}[.)])[ \t\u3000\xa0]+")
_PROSE_MIN = 20  # characters of a line that counts towards the paragraphs' indent
_FIRST_MIN = 3  # paragraphs that show the indent
_FIRST_SHARE = 0.8
_FIRST_SHARE_GAPS = 0.5  # where blank lines part the paragraphs, a line right under one is no new paragraph
_FULL_MIN = 10  # characters of a printed line that counts towards the dump's width
_FULL_LINES = 5
_FULL_SHARE = 0.25
_FULL_OVER = 0.1  # of the lines may be longer than the width (a tool never makes them so, furniture might)
_INDENT_STEP = (2, 4)
_CREDITS = ("byline", "meta")
_HEADING_LINE = 20
_PIECE = 16  # characters: the longest rest of a credit line that a wrap put on a line of its own  # display columns: how much deeper a first line is set than the lines under it


class _Doubled(dict):
    """``str.translate``'s table for :func:`_columns`: a wide or full-width character to two spaces, any other
    to itself (each character's entry made when it is first met)."""

    def __missing__(self, code: int) -> str | int:
        value = self[code] = "  " if unicodedata.east_asian_width(chr(code)) in "WF" else code
        return value


_DOUBLED = _Doubled()


def _columns(text: str) -> int:
    """Display columns of ``text``: two for a wide or full-width character (``east_asian_width`` W or F), one for
    any other (counted in C: ``str.translate`` doubles the wide ones)."""
    return len(text) if text.isascii() else len(text.translate(_DOUBLED))


def _prefix(raw: str, line: Line) -> str | None:
    """The raw text of ``line``'s printed line before its first character (None past a form feed)."""
    start = line.start
    begin = raw.rfind("\n", 0, start) + 1
    prefix = raw[begin:start]
    return None if "\f" in prefix else prefix


def _indent(raw: str, line: Line) -> int | None:
    """Display columns of whitespace before ``line``; None where other text stands before it."""
    prefix = _prefix(raw, line)
    if prefix is None or prefix.strip(_SPACE):
        return None
    return _columns(prefix)


def _free(line: Line) -> bool:
    return not (line.kind or line.level or line.item or line.hard or line.dup or line.gap)


def _item_column(raw: str, line: Line) -> int | None:
    """The column of an item's text when ``line`` opens with a bullet (in the raw line or cut as markup)."""
    begin = raw.rfind("\n", 0, line.start) + 1
    m = _BULLET.match(raw, begin, line.end)
    if m is None or line.start > m.end():
        return None
    return _columns(raw[begin:m.end()])


def _prose_heads(groups: Sequence[list[Line]]) -> Iterator[Line]:
    """The first lines of the units that open with a long prose line (20 characters or more, a comma or a full
    stop in it; no kind, heading or list item)."""
    for group in groups:
        line = group[0]
        if line.kind or line.level or line.item or len(line.sq) < _PROSE_MIN:
            continue
        if "，" not in line.sq and "。" not in line.sq and "," not in line.sq:
            continue
        yield line


def _first_indent(raw: str, groups: Sequence[list[Line]]) -> int | None:
    """The indent that opens the paragraphs, where the dump shows one: that of the long prose lines after a
    blank line, or (a dump without blank lines between paragraphs, html2text's) of those opening a unit."""
    after_gap: dict[int, int] = {}
    opening: dict[int, int] = {}
    for line in _prose_heads(groups):
        at = _indent(raw, line)
        if at is None:
            continue
        opening[at] = opening.get(at, 0) + 1
        if line.gap:
            after_gap[at] = after_gap.get(at, 0) + 1
    gaps = sum(after_gap.values()) >= _FIRST_MIN
    counts = after_gap if gaps else opening
    seen = sum(counts.values())
    if seen < _FIRST_MIN:
        return None
    best = max(counts, key=counts.__getitem__)
    if best < _INDENT_STEP[0] or counts[best] < max(_FIRST_MIN, (_FIRST_SHARE_GAPS if gaps else _FIRST_SHARE) * seen):
        return None
    return best


def _parted(groups: Sequence[list[Line]]) -> bool:
    """Blank lines part the dump's paragraphs: of the units that open with a long prose line, three or more and half
    or more open after a blank line."""
    after = opened = 0
    for line in _prose_heads(groups):
        opened += 1
        after += line.gap > 0
    return after >= _FIRST_MIN and 2 * after >= opened


def _common(raw: str, lines: Sequence[Line]) -> int | None:
    """The indent all ``lines`` share: None for no lines, -1 where they differ (or one has text before it)."""
    at = None
    for ln in lines:
        here = _indent(raw, ln)
        if here is None or (at is not None and here != at):
            return -1
        at = here
    return at


def _line_end(raw: str, line: Line) -> int | None:
    """The end of ``line``'s printed line with trailing whitespace, where ``line`` reaches it."""
    end = raw.find("\n", line.end)
    end = len(raw) if end < 0 else end
    return end if not raw[line.end:end].strip(_SPACE + "\r") else None


class _Measure:
    """The width a dump filled its lines to, in characters (as lynx counts) and in display columns (as w3m
    counts): for each count, the length ``w`` that most of its printed lines of ten characters or more have,
    or one less (a wide character or a word that did not fit), where that is a quarter of them and five at
    least and at most a tenth are longer. Text of hanzi finds both; where the lines with Latin letters or
    digits reach one count's width more often than the other's, that count is the tool's. Computed once,
    when a unit boundary first asks."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self._widths: list[tuple[str, int, int]] | None = None

    def widths(self) -> list[tuple[str, int, int]]:
        if self._widths is None:
            chars: dict[int, int] = {}
            cols: dict[int, int] = {}
            mixed: list[tuple[int, int]] = []  # (characters, columns) of the lines with narrow letters or digits
            n = 0
            for text in self.raw.split("\n"):
                text = text.rstrip(_SPACE + "\r")
                if len(text.strip(_SPACE)) < _FULL_MIN:
                    continue
                n += 1
                c = _columns(text)
                chars[len(text)] = chars.get(len(text), 0) + 1
                cols[c] = cols.get(c, 0) + 1
                if c != 2 * len(text) and _NARROW.search(text.lstrip(_SPACE)):
                    mixed.append((len(text), c))
            found = []
            for k, (how, counts) in enumerate((("chars", chars), ("cols", cols))):
                longer, best = 0, None
                for w in sorted(counts, reverse=True):  # from the longest: a tenth of the lines at most run past w
                    if longer > _FULL_OVER * n:
                        break
                    share = counts[w] + counts.get(w - 1, 0)
                    if share >= max(_FULL_LINES, _FULL_SHARE * n) and (best is None or share > best[1]):
                        best = (w, share)
                    longer += counts[w]
                if best is not None:  # and how many lines with letters or digits reach it, counted this way
                    found.append((how, best[0], best[1], sum(m[k] in (best[0], best[0] - 1) for m in mixed)))
            if len(found) == 2 and found[0][3] != found[1][3]:  # the count that fills the mixed lines is the tool's
                found = [max(found, key=lambda x: x[3])]
            found.sort(key=lambda x: -x[2])  # the count that puts more lines at its width first
            self._widths = [x[:3] for x in found]
        return self._widths

    def _text(self, line: Line) -> str | None:
        end = _line_end(self.raw, line)
        if end is None or not self.widths():
            return None
        return self.raw[self.raw.rfind("\n", 0, line.start) + 1:end].rstrip(_SPACE + "\r")

    def full(self, line: Line) -> bool:
        """``line`` reaches the width the dump filled its lines to, or one less (w3m leaves a column free
        before a wide character that does not fit), counted either way that finds a width."""
        text = self._text(line)
        return text is not None and any((len(text) if how == "chars" else _columns(text)) in (w, w - 1)
                                        for how, w, _ in self.widths())

    def over(self, line: Line, at: int, runs: bool = False) -> bool:
        """The word that opens the text at ``at`` (and a space) would not have fitted on ``line``, counted the
        way that puts more lines at the width: a tool that wraps at spaces broke there. Counted in characters
        (lynx) a word runs to the next space; in display columns (w3m), or with ``runs``, a hanzi is a word
        of its own and a run of letters or digits ends before one."""
        text = self._text(line)
        if text is None:
            return False
        how, w, _ = self.widths()[0]
        m = _WORD_END.search(self.raw, at)
        word = self.raw[at:m.start() if m else len(self.raw)]
        if how == "chars" and not runs:
            return len(text) + 1 + len(word) > w
        wide = rules.WIDE.search(word)
        word = word[:1] if wide and wide.start() == 0 else word[:wide.start()] if wide else word
        size = len if how == "chars" else _columns
        return size(text) + 1 + size(word) > w


def rejoin(raw: str, groups: list[list[Line]], ctx: Context | None = None) -> list[list[Line]]:
    """Join the units a dump's wrap cut where its indentation says the unit runs on (see the module doc); ``ctx``
    (join.py's) says whether the text is a web page's dump (a full line ending a sentence runs on only there)."""
    if len(groups) < 2 or "\f" in raw:  # pdftotext's pages: no web dump; join.py's columns and pages have the say
        return groups
    first: list[int | None] = []  # the paragraphs' first-line indent, found when a boundary first asks
    parted: list[bool] = []  # a web dump whose blank lines part the paragraphs (:func:`_parted`), found when first asked
    measure = _Measure(raw)
    out = [groups[0]]
    rest = _UNSET  # the indent of the lines under the first of the unit being built, once asked for
    for group in groups[1:]:
        head = group[0]
        above = out[-1]
        if _free(head) and not above[0].kind and not above[0].level and (
                _joins(raw, above, group, first, rest, groups, measure)
                or _runs_on(raw, above, group, measure, groups, parted, ctx)):
            rest = _merged(_rest(raw, above, rest), _common(raw, group))
            above.extend(group)
        elif above[-1].kind in _CREDITS and _credit_runs_on(raw, above, group, measure):
            if rules.REPORTER.search(raw[above[0].start:above[-1].end] + raw[head.start:head.end]):
                head.kind = "byline"  # "记者刘" / "洋通讯员周婷": the reporter's name is whole again
            rest = _merged(_rest(raw, above, rest), _common(raw, group))
            above.extend(group)
        else:
            out.append(group)
            rest = _UNSET
    return out


_UNSET = -2


def _rest(raw: str, above: list[Line], rest: int | None) -> int | None:
    return _common(raw, above[1:]) if rest == _UNSET else rest


def _merged(rest: int | None, more: int | None) -> int | None:
    return more if rest is None else rest if more is None or more == rest else -1


_LABEL = re.compile("[\u4e00-\u9fff]{2,6}[：:]")  # a credit of its own: "责任编辑：", "来源："


def _credit_runs_on(raw: str, above: list[Line], group: list[Line], measure: _Measure) -> bool:
    """A credit line a narrow dump wrapped: its short rest (``洋通讯员周婷``, ``间：2023-07-14``) is taken back."""
    last, head = above[-1], group[0]
    if len(above) != 1 or len(group) != 1 or last.kind not in _CREDITS or head.kind not in ("", *_CREDITS):
        return False
    if head.gap or head.level or head.item or head.hard or head.dup or len(head.sq) > _PIECE:
        return False
    if _opens_own(head.sq) or rules.SENTENCE_END_RE.search(head.sq) or last.sq[-1] in rules.PARAGRAPH_END:
        return False
    if _indent(raw, head) != _indent(raw, last) or _indent(raw, head) is None:
        return False
    return measure.full(last)


_WORD_END = re.compile(r"[ \t\u3000\xa0\n]")


def _runs_on(raw: str, above: list[Line], group: list[Line], measure: _Measure, groups: Sequence[list[Line]],
             parted: list[bool], ctx: Context | None) -> bool:
    """A line filled to the dump's width with no sentence end, or broken at a space between two Latin words
    or numbers where the next word would not have fitted, runs on into the unit under it (same indent); so does
    a full line ending a sentence in a web page's dump whose blank lines part its paragraphs (``parted``, asked
    once): the wrap fell after a full stop, and the next paragraph would have opened after a blank line."""
    last, head = above[-1], group[0]
    if not last.sq or last.kind:
        return False
    ended = last.sq[-1] in rules.PARAGRAPH_END
    if ended and (ctx is None or (parted and not parted[0])):
        return False
    at, was = _indent(raw, head), _indent(raw, last)
    if at is None or was is None or not was - _INDENT_STEP[1] <= at <= was:
        return False
    if _opens_own(head.sq):
        return False  # a field or a numbered heading of its own ("作者简介：", "（二）", "1.越南語")
    if len(group) == 1 and _heading_line(head.sq) and not _latin_break(last, head):
        return False  # a heading under a full line ("…胃痛灵（瑶族土名）" / "耶利米")
    if len(above) == 1 and _heading_line(last.sq) and not _latin_break(last, head):
        return False  # nor a heading over the paragraph: a one-line title or sub-head that happens to fill the width
    if ended:  # (a sentence's end: only where the dump's paragraphs open after blank lines)
        if not parted:
            parted.append(_parted(groups) and ctx.web)
        return parted[0] and measure.full(last)
    if measure.full(last):
        return True
    return _latin_break(last, head) and measure.over(last, head.start)


def _wrapped(last: Line, head: Line, measure: _Measure) -> bool:
    """The break between a list item's ``last`` line and ``head`` is a wrap: ``last`` reaches the dump's
    width, or the hanzi or run of letters and digits that opens ``head`` would not have fitted on it (a
    live blog's ``主持人`` / ``2008年，…`` are two blocks, though lynx would not have cut ``2008年，…``)."""
    return measure.full(last) or measure.over(last, head.start, runs=True)


def _opens_own(sq: str) -> bool:
    """A line that opens a unit of its own: a label (``作者简介：``), a heading or item number (``（二）``,
    ``一、``, ``1.``)."""
    return bool(_LABEL.match(sq) or rules.ITEM_MARK.match(sq) or _NUMBERED.match(sq))


_WHITE_RUN = re.compile("[ \u3000\xa0]+")


def _fields_apart(raw: str, line: Line) -> bool:
    """Text set apart inside ``line`` by a gap of four columns or more (two ideographic spaces, four spaces, a tab that runs four columns or more, or a mix): a row
    of fields or a form's blanks (``甲方（盖章）：　　　　乙方（盖章）：``). A tool that wraps at a space leaves one
    space inside the wrapped line, never a gap (a page's runs of spaces collapse), so such a line opens a unit of
    its own under an indented paragraph."""
    if line.clean:
        return False  # (one piece, no whitespace inside)
    text = raw[line.start:line.end]
    if "\t" not in text:  # (a run's width: an ideographic space two columns, any other space one)
        return any(len(m.group()) + m.group().count("\u3000") >= 4 for m in _WHITE_RUN.finditer(text))
    col = run = 0  # (a tab runs to the next stop of eight columns; a wide character is two)
    for ch in text:
        if ch in " \t\u3000\xa0":
            end = (col // 8 + 1) * 8 if ch == "\t" else col + (2 if ch == "\u3000" else 1)
            run, col = run + end - col, end
            if run >= 4:
                return True
        else:
            run, col = 0, col + (2 if unicodedata.east_asian_width(ch) in "WF" else 1)
    return False


def _heading_line(sq: str) -> bool:
    """A short line that could be a heading: no comma, no sentence end, 20 characters at most."""
    return len(sq) <= _HEADING_LINE and "，" not in sq and "," not in sq and heading_like(sq)


def _latin_break(last: Line, head: Line) -> bool:
    return last.sq[-1].isascii() and last.sq[-1].isalnum() and head.sq[:1].isascii() and head.sq[:1].isalnum()


def _joins(raw: str, above: list[Line], group: list[Line], first: list[int | None], rest: int | None,
           groups: list[list[Line]], measure: _Measure) -> bool:
    """``rest``: the indent the lines of ``above`` after its first share (None: there are none; -1: they
    differ; ``_UNSET``: not asked yet); ``first``: the paragraphs' first-line indent once found."""
    if any(ln.kind or ln.level or ln.item or ln.hard for ln in group[1:]) or any(ln.gap for ln in group[1:]):
        return False
    column = _item_column(raw, above[0])
    if column is not None:  # a hanging list item: its wrapped lines start under its text
        if above[-1].sq[-1:] in rules.PARAGRAPH_END:  # "1. 陈晓明 说：" / "写得真好": a second block in the item
            return False
        if not _wrapped(above[-1], group[0], measure):  # "• 09:23" / "主持人" / "2008年，…": blocks of a post
            return False
        return _rest(raw, above, rest) in (None, column) and _common(raw, group) == column
    if above[0].item:
        return False
    if not first:
        first.append(_first_indent(raw, groups))
    if first[0] is None:
        return False
    at = _indent(raw, group[0])
    if len(group) == 1 and heading_like(group[0].sq):  # a heading printed at the margin ("耶利米", "二、亚硫酸盐")
        return False
    if _fields_apart(raw, group[0]):  # "甲方（盖章）：　　　　乙方（盖章）：": a row of fields, no wrapped prose
        return False
    if at is None or not _INDENT_STEP[0] <= first[0] - at <= _INDENT_STEP[1] or _indent(raw, above[0]) != first[0]:
        return False
    return _rest(raw, above, rest) in (None, at) and _common(raw, group) == at
