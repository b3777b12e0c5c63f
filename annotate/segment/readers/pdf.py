"""PDF through its text layer (pypdfium2): character positions to paragraphs, headings and a title.

Per page, pdfium gives every character with its origin, box and font size, and the page text in
which character ``i`` is ``text[i]`` (the provenance refers to that string, followed by the characters pdfium's
text page leaves out, which :mod:`lost_glyphs` reads again and puts where pdfium would have); the page's path objects
give its horizontal rules and its boxes (sidebars, frames, photos). Characters are grouped into lines
(pdfium's own line breaks, a jump in baseline, or a box's edge; a superscript, raised in smaller type right after
the line's last character, stays on its line); the text in a box is a flow of its own,
read after the lines above the columns; the other lines are put in reading order (columns found as a vertical gutter no line crosses where
the columns run side by side, a side 1.3 times as wide split again: full-width lines above, then each
column top to bottom, then full-width lines below). Page furniture is dropped: a line at the top or
bottom of a page that repeats on other pages with only its digits changed (running headers and
footers), a page number (``- 3 -``, ``第 3 页``, ``3``, ``Page 3 of 9``, ``・3・``), a small-print line alone
above or below the body at the page's top or bottom (not a document number over the title; a web address
there, a browser's footer, or a browser's header opening with its time stamp, however long), and the lines above a rule across the top of the page when
they are small print or stand above a title (mastheads, letterheads). Footnotes (small print below a
rule at the page bottom) become debris units outside the flow; table rows (two or more lines of three
or more aligned cells, or three or more baselines whose cells pdfium gives as lines side by side) and their ``表1`` caption, table-of-contents entries (leader dots to a page
number) and their heading become debris units in the flow, one a line; a pull quote (between two
rules, repeating the article) and a caption (small print under a box) debris units out of the flow,
one a line. Then lines become units:

- title: the largest lines on the first page, before any body text, at least 1.25x the body size;
- heading: lines at least 1.08x the body size (consecutive ones at the same start or centre are one heading),
  but two or more lines of prose in that type are a standfirst (a paragraph); a short line alone a
  little larger than the body, without a sentence, is a heading too;
- body lines start a new unit after a vertical gap over 1.25x the usual line pitch, at a first
  line indented by more than 0.8 character from the column's left edge (not the next line of a block set
  in: two lines at one indent, within half a character, the first not ending a sentence), or after a line that ends
  more than 2.5 characters short of the column's right edge unless the next line's first word
  would not have fitted there, or after a full line ending a sentence where its column stops a line
  or more above the page's text bottom, or, after a line ending a sentence, at a line opening with a bullet,
  clause or item mark or wholly in brackets; otherwise they continue the unit, across columns and pages; small
  print centred over two lines is one unit; a byline or editor line run on after a paragraph's
  full last line is split off (a byline in brackets run into a paragraph's first line, ``〔記者X／台中報導〕…``, stays
  the paragraph's);
- a short body unit is a byline, meta or debris line when the text route's line rules say so;
- a line ending short beside a box inside its column (a float) is measured against the box's edge; a short
  line alone with a rule under it as wide as it (underlined) is a heading;
- on a web page a browser printed (creator ``Mozilla/5.0 …`` or producer ``Skia/PDF``) the text in a box
  without a sentence end is debris, and :func:`article.frame` judges the units around the article by their
  position (nav and sidebar before the title, counters under a byline, comments, author box, related
  lists and footers after the last prose become debris).

Each unit records, per page it touches: the page number (1-based), its bounding box in PDF points
(origin bottom-left) and the run-length offsets ``[text_start, page_text_start, length]`` into that
page's text.
"""

from __future__ import annotations

import bisect
import collections
import ctypes
import functools
import itertools
import re
import statistics
from dataclasses import dataclass, field
from pathlib import Path

from annotate.errors import InputError

from .. import rules
from ..core import Document
from ..linenos import longest_run
from ..normalize import space_between
from ..office import CAPTION, beside_signer, names_clerk, signer_line
from ..pairs import LETTER_CLOSING
from ..printed import BROWSER_STAMP, URL_LINE  # (a browser's header and footer: the text route's shapes)
from ..refs import cites_year
from ..webdump import open_bracket
from .article import frame, printed_page
from .common import (
    KICKER_SHARE,
    SMALL_PRINT,
    Char,
    build_document,
    numbered_head,
    own_number,
    run_in_byline,
    runs,
    standalone_kind,
)
from .lost_glyphs import LostGlyphs, TextObject, lost_spots, object_keys, text_objects
from .lost_glyphs import turned as turned_matrix

__all__ = ["read_pdf", "page_texts", "PageText"]

# a line that ends a sentence ends with one of the text route's sentence-final marks or a closing quote (…。」)
SENTENCE_END = set(rules.SENTENCE_END) | set("」』”")
# what opens a list item, a clause or a line of its own at a line start: a bullet mark, ``第六條``,
# ``（一）``, ``一、``, ``1.``, ``①``, or a short line wholly in brackets (``（以下无正文）``)
ITEM_START = re.compile(
    rf"[{''.join(sorted(rules.BULLETS))}]|{rules.CLAUSE_ORDINAL}[條条款章節节]"
    rf"|{rules.ITEM_MARK.pattern}|\d{{1,2}}[、．.](?!\d)|[①-⑳]"
    r"|[（(][^（()）]{1,20}[）)]$|[\[【［]\d{3,5}[\]】］]"  # (a patent's paragraph number "[0012]")
)
# a head in lenticular brackets (a package insert's ``【用法用量】``; not a credit, ``【责任编辑：马晓东】``)
BRACKET_HEAD = re.compile(r"【[^【】\s：:／/，,。]{1,10}】")
# an endnote marker ("[2]"): alone on a line under its sentence, or opening its note at the end
ENDNOTE_MARK = rules.ENDNOTE_MARK  # (one copy, in rules)




@dataclass
class _Line:
    page: int
    idx: list[int] = field(default_factory=list)  # page-text indices of the characters
    chars: list[str] = field(default_factory=list)
    xs: list[float] = field(default_factory=list)  # origin x of each character
    x0: float = 1e9
    x1: float = -1e9
    y: float = 0.0  # baseline
    top: float = -1e9
    size: float = 0.0
    brk: int | None = None  # index of the generated line break after the line
    col: int = 0  # 0: across the page or a single column; 1, 2, 3: columns from the left
    left: float = 0.0  # column edges (set per page)
    right: float = 0.0
    bound: float = 0.0  # in a column left of a gutter: the gutter's x
    fs: list[float] = field(default_factory=list)  # font size of each character (set while the page is read)
    turned: bool = False  # set along a rotated baseline (a seal margin's, a side stamp's): out of the body's lines

    @property
    def text(self) -> str:
        return "".join(self.chars)

    @functools.cached_property
    def squashed(self) -> str:  # (read only once the line is built)
        return "".join(ch for ch in self.chars if not ch.isspace())


@dataclass
class PageText:
    number: int
    text: str
    width: float
    height: float
    lines: list[_Line]
    rules: list[tuple[float, float, float]] = field(default_factory=list)  # (x0, x1, y) of free horizontal rules
    boxes: list[tuple[float, float, float, float]] = field(default_factory=list)  # (x0, y0, x1, y1) of boxes
    turned: list[_Line] = field(default_factory=list)  # runs of rotated text (:func:`_page_lines`), outside ``lines``
    web: bool = False  # printed by a web browser (article.printed_page)


def _open(path: Path):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as err:
        message = str(err)
        if "password" in message.lower():
            raise InputError("encrypted PDF (it needs a password)", path=str(path),
                             hint="save an unencrypted copy, e.g. qpdf --decrypt in.pdf out.pdf") from None
        reason = message.split(":")[-1].strip().rstrip(".").rstrip(")").strip() or "damaged file"
        raise InputError(f"not a readable PDF ({reason})", path=str(path),
                         hint="check that the file is a complete PDF") from None


def _page_lines(page, number: int, missed: LostGlyphs) -> PageText:
    import pypdfium2.raw as raw

    rules_, boxes, (spots, maybe) = _page_paths(page)
    textpage = page.get_textpage()
    try:
        count = textpage.count_chars()
        text = textpage.get_text_range(0, count) if count > 0 else ""
        handle = textpage.raw
        for turn in (True, False):
            lines, turned = _page_pass(text, handle, number, boxes, turn)
            # a page whose text is mostly turned (a sideways table, a landscape page drawn rotated, a page of one
            # rotated line) is read as it stands: rotated text is set aside only as the page's minority direction
            if not turned or sum(len(ln.idx) for ln in turned) <= sum(len(ln.idx) for ln in lines):
                break
        # (a repeat pdfium may have taken for fake bold: lost where no line of the page holds its origin)
        spots += [(key, x, y, size) for key, x, y, size in maybe
                  if not any(abs(ln.y - y) <= 0.5 * size and ln.x0 - 1 <= x <= ln.x1 for ln in lines)]
        if spots:
            lost = missed.read(number, spots)
            if lost:
                keys = object_keys(page.raw, raw)
                owner = raw.FPDFText_GetTextObject
                drawn = sorted((key, i, ln) for ln in lines for i in ln.idx
                               if (key := keys.get(ctypes.cast(owner(handle, i), ctypes.c_void_p).value)))
                text = _add_lost(lines, text, lost, [(key, ln) for key, _, ln in drawn], boxes, number, turned)
    finally:
        textpage.close()
    if turned and not any(ln.squashed for ln in lines):  # (a page whose only text is rotated and pdfium-lost)
        lines, turned = turned, []
        for ln in lines:
            ln.turned = False
    lines = _part_at_column_starts([ln for ln in lines if ln.squashed])
    width, height = page.get_size()
    return PageText(number, text, width, height, lines, rules_, boxes, [ln for ln in turned if ln.squashed])


def _page_pass(text: str, handle, number: int, boxes, turn: bool) -> tuple[list[_Line], list[_Line]]:
    """One pass of :func:`_page_lines`'s line builder over the page's characters: its lines and, where ``turn``,
    its runs set along a turned baseline (:func:`_turned`), kept apart; ``turn`` false reads every character as
    upright (a page whose text is mostly turned)."""
    import pypdfium2.raw as raw

    x, y = ctypes.c_double(), ctypes.c_double()
    left, right, bottom, top = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    get_origin, get_box, get_size = raw.FPDFText_GetCharOrigin, raw.FPDFText_GetCharBox, raw.FPDFText_GetFontSize
    matrix = raw.FS_MATRIX()
    by, bx, bl, br_, bb, bt = ctypes.byref(y), ctypes.byref(x), ctypes.byref(left), ctypes.byref(right), \
        ctypes.byref(bottom), ctypes.byref(top)
    lines: list[_Line] = []
    turned: list[_Line] = []
    cur = _Line(number)
    sizes: list[float] = []
    for i in range(len(text)):
        ch = text[i]
        if ch in "\r\n":
            if ch == "\r" or cur.brk is None:
                cur.brk = i
            if cur.idx:
                cur.size = statistics.median(sizes) if sizes else 0.0
                (turned if cur.turned else lines).append(cur)
            cur, sizes = _Line(number), []
            continue
        if ch in "\x02\ufffe":  # pdfium marks a hyphen that ends a line as soft: keep it as typeset
            ch = "-"
        get_origin(handle, i, bx, by)
        size = get_size(handle, i)
        if cur.turned:  # (a rotated run goes on while its characters are rotated)
            cut = not _turned(raw, handle, i, matrix)
        else:
            jump = abs(y.value - cur.y) > 0.5 * max(size, cur.size or size)
            if jump and turn and cur.idx and _turned(raw, handle, i, matrix):
                # a jump in baseline inside pdfium's line at a rotated character: a run set along a turned
                # baseline (a 密封线 margin, a side stamp); the line so far is its start where that opens rotated
                cur.turned = _turned(raw, handle, cur.idx[0], matrix)
                cut = not cur.turned
            else:
                cut = cur.idx and (jump and not _raised_mark(cur, ch, x.value, y.value, size)
                                   or x.value < cur.x0 - 1 or boxes and x.value > cur.x1 + _BOX_GAP * size
                                   and _boxed(boxes, cur.xs[-1], cur.y) != _boxed(boxes, x.value, y.value))
        if cut:
            cur.size = statistics.median(sizes) if sizes else 0.0
            (turned if cur.turned else lines).append(cur)
            cur, sizes = _Line(number), []
        if not cur.idx:
            cur.y = y.value
        cur.idx.append(i)
        cur.chars.append(ch)
        cur.xs.append(x.value)
        cur.fs.append(size)
        if not ch.isspace():
            get_box(handle, i, bl, br_, bb, bt)
            cur.x0 = min(cur.x0, left.value)
            cur.x1 = max(cur.x1, right.value)
            cur.top = max(cur.top, top.value, y.value + size)
            sizes.append(size)
    if cur.idx and sizes:
        cur.size = statistics.median(sizes) if sizes else 0.0
        (turned if cur.turned else lines).append(cur)
    return lines, turned


def _add_lost(lines: list[_Line], text: str, lost: list, drawn: list, boxes, number: int,
              turned: list[_Line]) -> str:
    """Put the characters of the text objects pdfium left out (``lost``: ``(key, glyphs)`` from
    :class:`LostGlyphs`) into the page's lines where pdfium would have put them, and return the page text they now
    refer to: pdfium's text, then each object's characters after a line break (``\\r\\n``), so every earlier
    offset stays pdfium's. ``drawn``: ``(key, line)`` for each character pdfium read, in content-stream order
    (``key``, :func:`lost_glyphs.object_keys`). The characters go where the line builder above would have put
    them had pdfium read them in their place in the stream: on the line of the text drawn just before them when
    they go on from it (:func:`_goes_on`), else on the line of the text drawn just after them when that goes on
    from them (a table row whose first cell is the lost character; not a margin line number drawn after its
    line), at their place by x; otherwise on a line of their own (a line of one character). A character that
    repeats one already at its place (drawn twice) is left out. An object drawn on a turned baseline is a line of
    its own in ``turned`` (a rotated margin's, as :func:`_page_lines` keeps them)."""
    for key, glyphs in sorted(lost, key=lambda item: item[0]):
        brk = len(text)
        text += "\r\n"
        at = bisect.bisect_left(drawn, key, key=lambda item: item[0])
        host = None
        first = next((g for g in glyphs if not g.char.isspace()), None)
        if first is not None and first.turned:
            drawn_chars = [g.char for g in glyphs if not g.char.isspace()]
            if any(abs(ln.y - first.y) < 0.5 * first.size and abs(ln.xs[0] - first.x) < 0.5 * first.size
                   and [ch for ch in ln.chars if not ch.isspace()] == drawn_chars for ln in turned if ln.xs):
                continue  # (drawn twice at about one origin, a fake bold: once, as the upright test below has it)
            host = _Line(number, y=first.y, brk=brk, turned=True)
            turned.append(host)
        elif first is not None and at > 0 and _goes_on(drawn[at - 1][1], first.x, first.y, first.size, boxes):
            host = drawn[at - 1][1]
        elif first is not None and at < len(drawn):
            after = drawn[at][1]
            alone = _Line(after.page, xs=[first.x], x0=first.x, y=first.y, size=first.size)
            if _goes_on(alone, after.xs[0], after.y, after.size, boxes):
                host = after  # (the text drawn next goes on from the lost character)
        for g in glyphs:
            i = len(text)
            text += g.char
            if g.char.isspace():
                continue
            if host is None:
                host = _Line(number, y=g.y, brk=brk)
                lines.append(host)
            elif not host.turned and any(ch == g.char and abs(x - g.x) < 0.5 for ch, x in zip(host.chars, host.xs,
                                                                                        strict=True)):
                continue  # (drawn twice, once where pdfium read it)
            k = bisect.bisect_right(host.xs, g.x)
            host.idx.insert(k, i)
            host.chars.insert(k, g.char)
            host.xs.insert(k, g.x)
            host.fs.insert(k, g.size)
            host.x0, host.x1 = min(host.x0, g.x), max(host.x1, g.x1)
            host.top = max(host.top, g.y + g.size)
            host.size = statistics.median(f for f, ch in zip(host.fs, host.chars, strict=True) if not ch.isspace())
        if host is not None and not host.turned:
            drawn.insert(at, (key, host))
    return text


def _raised_mark(ln: _Line, ch: str, x: float, y: float, size: float) -> bool:
    """A character at ``(x, y)`` in ``size`` is a superscript on the line ``ln`` being built (an author's
    affiliation mark, ``许文清¹，周扬²``, ``林佩君¹＊``; a note's mark): set right after the line's last character (within
    half its own size), in smaller type (under :data:`_PRINT_RATIO` of the line's largest, but more than half of it:
    not the body text beside a drop cap, :data:`_CAP`, nor a date beside a masthead), raised off the line's baseline
    but not above the top of its type. The line builder's jump test measures a baseline's jump by the new character's
    own size (the line's is known only once it ends), so a mark raised more than half its size would start a line of
    its own and cut the line in two (``许文清`` / ``1，周扬2``, dev16's journal papers, simplified and traditional)."""
    if ch.isspace() or y <= ln.y or not ln.xs[-1] <= x <= ln.x1 + 0.5 * size:
        return False
    line = max(ln.fs)
    return line < _CAP * size and size < _PRINT_RATIO * line and y + size <= ln.y + line + 0.5


def _goes_on(ln: _Line, x: float, y: float, size: float, boxes) -> bool:
    """A character at ``(x, y)`` in ``size`` goes on from line ``ln`` as the line builder of :func:`_page_lines`
    has it: on its baseline, not back left of its start, and in the same box as its last character or right after it
    (a head straddling a frame's edge, ``【案例4-1】``)."""
    return abs(ln.y - y) <= 0.5 * max(size, ln.size or size) and x >= ln.x0 - 1 \
        and not (boxes and x > ln.x1 + _BOX_GAP * size and _boxed(boxes, ln.xs[-1], ln.y) != _boxed(boxes, x, y))


def _turned(raw, handle, i: int, matrix) -> bool:
    """Character ``i`` of the text page is set on a turned baseline: its matrix takes the x axis up or down the page
    (:func:`lost_glyphs.turned`)."""
    return bool(raw.FPDFText_GetMatrix(handle, i, matrix)) and turned_matrix(matrix.a, matrix.b)


_BOX_GAP = 0.5  # of the font size: a gap before a character across a frame's edge that puts it on a line of its own


_PRINT_GAP = 1.5  # font sizes between two runs of one baseline set in different sizes
_PRINT_RATIO = 0.85  # the smaller size over the larger: another size


def _small_print_apart(ln: _Line) -> tuple[_Line, _Line] | None:
    """``ln`` cut where, after a gap of more than one and a half font sizes (or a space), the text goes on in another
    size (a margin note in small print beside a body line on its baseline, ``…还有　想一想：这一变化给人们``,
    ``议一议：你同意这种说法　1589年，…``, which pdfium gives as one line), or None."""
    cut = prev = None
    spaced = False
    for k, ch in enumerate(ln.chars):
        if ch.isspace():
            spaced = prev is not None
            continue
        if prev is not None:
            a, b = ln.fs[prev], ln.fs[k]
            # (or a space between: a body line that ends in punctuation hung into the margin leaves a gap of less
            # than a character before the note, ``…之；　想一想：…``)
            if (ln.xs[k] - ln.xs[prev] > _PRINT_GAP * max(a, b) or spaced) and min(a, b) < _PRINT_RATIO * max(a, b):
                cut = k
                break
        prev = k
        spaced = False
    if cut is None:
        return None
    left = _Line(ln.page, ln.idx[:cut], ln.chars[:cut], ln.xs[:cut], ln.x0, 0.0, ln.y, ln.top, 0.0, fs=ln.fs[:cut])
    right = _Line(ln.page, ln.idx[cut:], ln.chars[cut:], ln.xs[cut:], ln.xs[cut], ln.x1, ln.y, ln.top, 0.0, ln.brk,
                  fs=ln.fs[cut:])
    for part in (left, right):
        part.size = statistics.median(f for f, ch in zip(part.fs, part.chars, strict=True) if not ch.isspace())
    left.x1 = ln.xs[prev] + (0.55 if ln.chars[prev].isascii() else 1.0) * ln.fs[prev]
    return left, right


def _part_at_column_starts(lines: list[_Line]) -> list[_Line]:
    """Cut a line where, after a gap of more than four characters, its text resumes where two or more
    other lines of the page start (the left edge of a column): a byline in the left column printed on
    the baseline of the right column's first line, which pdfium gives as one line."""
    starts = collections.Counter(round(ln.x0) for ln in lines)
    edges = sorted({x for x in starts if starts[x - 1] + starts[x] + starts[x + 1] >= 2})
    out = []
    for ln in lines:
        if not any(ln.x0 + 4 * ln.size < x <= ln.x1 for x in edges):  # (no column starts inside the line)
            out.append(ln)
            continue
        cut = None
        prev = None
        for k, (ch, x) in enumerate(zip(ln.chars, ln.xs, strict=True)):
            if ch.isspace():
                continue
            if prev is not None and x - prev > 4 * ln.size and starts[round(x)] + starts[round(x) - 1] \
                    + starts[round(x) + 1] >= 2:
                cut = k
                break
            prev = x
        if cut is None:
            out.append(ln)
            continue
        left = _Line(ln.page, ln.idx[:cut], ln.chars[:cut], ln.xs[:cut], ln.x0, 0.0, ln.y, ln.top, ln.size,
                     fs=ln.fs[:cut])
        right = _Line(ln.page, ln.idx[cut:], ln.chars[cut:], ln.xs[cut:], ln.xs[cut], ln.x1, ln.y, ln.top, ln.size,
                      ln.brk, fs=ln.fs[cut:])
        last = max(k for k, ch in enumerate(left.chars) if not ch.isspace())
        left.x1 = left.xs[last] + (0.55 if left.chars[last].isascii() else 1.0) * ln.size
        out += [left, right]
    return out


_SIDE_GAP = 4.0  # characters of the gap between the two sides of a signature block, at least
_SIDE_MAX = 20  # characters of a side's text


def _two_sided(lines: list[_Line]) -> list[_Line]:
    """Cut the rows of a **two-sided block** into their sides: two or more lines one under the other (same page and
    column, less than three sizes apart), each of two parts apart by a gap of more than four characters, the left
    parts starting at one x and the right ones at another (within half a character), each part ≤ 20 characters with no
    digit nor sentence mark (a contract's signatures, ``甲方（盖章）：　　　乙方（盖章）：`` /
    ``代表人签字：　　　代表人签字：``); each side a line of its own, in reading order, left then right."""
    parts: list[tuple[int, float] | None] = []
    for ln in lines:
        part = None
        prev = None
        for k, (ch, x) in enumerate(zip(ln.chars, ln.xs, strict=True)):
            if ch.isspace():
                continue
            if prev is not None and x - prev > _SIDE_GAP * ln.size:
                part = (k, x) if part is None else None
                if part is None:
                    break
            prev = x + ln.size
        if part is not None:
            left, right = "".join(ln.chars[:part[0]]).split(), "".join(ln.chars[part[0]:]).split()
            if any(len("".join(side)) > _SIDE_MAX or any(ch.isdigit() for ch in "".join(side))
                   or rules.SENTENCE_END_RE.search("".join(side)) for side in (left, right)):
                part = None
        parts.append(part)

    def row(i: int, j: int) -> bool:
        a, b = lines[i], lines[j]
        return (parts[i] is not None and parts[j] is not None and a.page == b.page and a.col == b.col
                and 0 < a.y - b.y < 3 * a.size and abs(a.x0 - b.x0) < 0.5 * a.size
                and abs(parts[i][1] - parts[j][1]) < 0.5 * a.size)

    block = {k for i in range(len(lines) - 1) if row(i, i + 1) for k in (i, i + 1)}
    if not block:
        return lines
    out = []
    for k, ln in enumerate(lines):
        if k not in block:
            out.append(ln)
            continue
        cut = parts[k][0]
        left = _Line(ln.page, ln.idx[:cut], ln.chars[:cut], ln.xs[:cut], ln.x0, 0.0, ln.y, ln.top, ln.size,
                     col=ln.col, left=ln.left, right=ln.right, bound=ln.bound, fs=ln.fs[:cut])
        right = _Line(ln.page, ln.idx[cut:], ln.chars[cut:], ln.xs[cut:], ln.xs[cut], ln.x1, ln.y, ln.top, ln.size,
                      ln.brk, col=ln.col, left=ln.left, right=ln.right, bound=ln.bound, fs=ln.fs[cut:])
        last = max(i for i, ch in enumerate(left.chars) if not ch.isspace())
        left.x1 = left.xs[last] + (0.55 if left.chars[last].isascii() else 1.0) * ln.size
        out += [left, right]
    return out


def _boxed(boxes: list[tuple[float, float, float, float]], x: float, y: float) -> int:
    """1 + the index of the box that holds the point, 0 if none does."""
    for k, (x0, y0, x1, y1) in enumerate(boxes, 1):
        if x0 - 1 <= x <= x1 + 1 and y0 <= y <= y1:
            return k
    return 0


def _page_paths(page) -> tuple[list[tuple[float, float, float]], list[tuple[float, float, float, float]], tuple]:
    """Horizontal rules drawn on the page, ``(x0, x1, y)``: thin path objects at least 20 points
    wide whose ends do not meet a vertical stroke (the edges of a box or a table grid are not rules);
    boxes, ``(x0, y0, x1, y1)``: path objects at least 60 by 30 points and smaller than half the
    page (a shaded sidebar, a frame, a photo's place); and the spots ``(key, x, y, font size)`` of the text
    objects that pdfium's text page leaves out, surely or perhaps (:func:`lost_glyphs.lost_spots`)."""
    import pypdfium2.raw as raw

    handle = page.raw
    page_w, page_h = page.get_size()
    flat, upright, boxes = [], [], []
    left, bottom, right, top = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    refs = ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top)
    texts: list[TextObject] = []
    for i in range(raw.FPDFPage_CountObjects(handle)):
        obj = raw.FPDFPage_GetObject(handle, i)
        kind = raw.FPDFPageObj_GetType(obj)
        if kind in (raw.FPDF_PAGEOBJ_TEXT, raw.FPDF_PAGEOBJ_FORM):
            texts += text_objects(obj, raw, (i,))  # (for the text objects pdfium's text page leaves out)
            continue
        if kind != raw.FPDF_PAGEOBJ_PATH or not raw.FPDFPageObj_GetBounds(obj, *refs):
            continue
        w, h = right.value - left.value, top.value - bottom.value
        if h <= 6 and w >= max(20.0, 8 * h):
            flat.append((left.value, right.value, (bottom.value + top.value) / 2))
        elif w <= 3.5 and h >= 6:
            upright.append(((left.value + right.value) / 2, bottom.value, top.value))
        elif w >= 60 and h >= 30 and w * h < 0.5 * page_w * page_h:
            boxes.append((left.value, bottom.value, right.value, top.value))
    return [(x0, x1, y) for x0, x1, y in flat
            if not any(min(abs(x - x0), abs(x - x1)) <= 3 and lo - 3 <= y <= hi + 3 for x, lo, hi in upright)], \
        boxes, (lost_spots(texts) if any(t.loose for t in texts) else ([], []))


def _reading_order(page: PageText, body: float) -> list[_Line]:
    """Lines in reading order, with their column set (0: across the page or a single column;
    1, 2, 3: columns from left to right)."""
    boxed = {id(ln): _boxed(page.boxes, ln.x0, ln.y) for ln in page.lines} if page.boxes else {}
    parts = _split([ln for ln in page.lines if not boxed.get(id(ln))], page, body, 0)
    cols = sorted((part for kind, part in parts if kind == "col"), key=lambda part: min(ln.x0 for ln in part))
    for ln in page.lines:
        ln.col = 0
    for c, part in enumerate(cols, 1):
        for ln in part:
            ln.col = c
    flow = parts[0][1] if len(parts) == 1 and not page.web else []  # (a page in one column)
    for k in sorted(set(boxed.values()) - {0}):
        # the text inside a box (a sidebar) is a flow of its own, read after what runs above the columns
        inside = sorted((ln for ln in page.lines if boxed[id(ln)] == k), key=lambda ln: (-round(ln.y, 1), ln.x0))
        for ln in inside:
            ln.col = 10 + k
        if flow and _across(page.boxes[k - 1], flow, body):
            # (but a box across the one column's text, a warning or a note set in a frame, is read where it stands)
            flow = sorted(flow + inside, key=lambda ln: (-round(ln.y, 1), ln.x0))
            parts[0] = (parts[0][0], flow)
        else:
            parts.insert(1, ("box", inside))
    return [ln for _, part in parts for ln in part]


def _across(box: tuple[float, float, float, float], flow: list[_Line], body: float) -> bool:
    """The box spans the text of a page in one column (``flow``: its lines outside boxes), within a body size each side."""
    return box[0] <= min(ln.x0 for ln in flow) + body and box[2] >= max(ln.x1 for ln in flow) - body


def _gutter(lines: list[_Line], body: float, lo: float, hi: float, web: bool = False,
            whole: bool = False) -> float | None:
    """x of a vertical gutter between ``lo`` and ``hi`` that (almost) no line crosses, with body
    text on both sides: the middle of the widest run of positions crossed by the fewest lines. With
    ``whole`` (the page, not a side of it), fewer than eight lines on the right that are centred on one axis
    and start at different places make no column (headings and a list's head centred over a body set off
    the page's centre line up over the short last lines of its paragraphs)."""
    text_lines = [ln for ln in lines if abs(ln.size - body) < 0.2 * body and len(ln.squashed) >= 4]
    # (the line at the very top or bottom, two body sizes or more from any other, a running header or footer, is no
    # column's line: a newspaper's footer at the bottom right of a page whose last column is empty, dev13)
    ys = sorted(ln.y for ln in lines)
    foot = ys[0] + 0.1 if len(ys) > 2 and ys[1] - ys[0] > 2 * body else -1e9
    top = ys[-1] - 0.1 if len(ys) > 2 and ys[-1] - ys[-2] > 2 * body else 1e9
    right_lines = [ln for ln in lines if abs(ln.size - body) < 1.6 and not rules.PAGE_NUMBER.fullmatch(ln.squashed)
                   and foot <= ln.y <= top]
    limit = max(4, len(lines) // 8) + 1
    found: list[tuple[int, int, float]] = []
    x = lo
    while x <= hi:
        left = [ln.y for ln in text_lines if ln.x1 <= x]
        right = [ln.y for ln in right_lines if ln.x0 >= x]
        # (one line on the left will do beside eight or more on the right: a column holding only a
        # byline under a standfirst across the page, the other column full)
        if (len(left) >= 3 or left and len(right) >= 8) and right and not (whole and len(right) < 8 and _centred_apart(
                [ln for ln in right_lines if ln.x0 >= x], body)):
            # lines across x count only where the two sides run side by side (a block across the
            # page above the columns, a title, an abstract, is read before them); ties go to the
            # position fewer lines cross in all
            low, high = max(min(left), min(right)), min(max(left), max(right))
            beside = sum(1 for y in left if low <= y <= high) >= 3 and len(right) >= 3
            across = [ln.y for ln in lines if ln.x0 < x < ln.x1]
            crossing = sum(1 for y in across if not beside or low - 1 <= y <= high + 1)
            # (on a browser's print, one or two lines on the right make a column only where no line
            # crosses: an editor line set flush right under a paragraph across the page is no column)
            if crossing <= limit and (len(right) >= 3 or not across or not web) and not (
                    whole and beside and sum(1 for ln in text_lines if ln.x0 < x < ln.x1) > len(left) + len(right)):
                found.append((crossing, len(across), x))
        x += 2.0
    best = min(found, default=None)
    free = [x for c, a, x in found if (c, a) == best[:2]] if best else []
    if not free:
        return None
    runs_, start = [], free[0]
    for a, b in zip(free, [*free[1:], None], strict=True):
        if b is None or b - a > 2.5:
            runs_.append((a - start, (start + a) / 2))
            if b is not None:
                start = b
    return max(runs_)[1]


def _centred_apart(lines: list[_Line], body: float) -> bool:
    """Two or more lines centred on one axis (within two body sizes) that start two body sizes apart or more:
    centred heads, not a column's left-aligned lines."""
    if len(lines) < 2:
        return False
    mids = [ln.x0 + ln.x1 for ln in lines]
    starts = [ln.x0 for ln in lines]
    return max(mids) - min(mids) < 4 * body and max(starts) - min(starts) >= 2 * body


# characters: two lines start at one place within this (a line opening with a digit sets its ink a little right of the
# column's edge: ``1984年6月1日，…`` at 278.0 under lines at 276.3, the middle of three columns centred on a landscape
# page, stays in its column, dev6x)
_SAME_START = 0.25
_FOUR_COLUMNS = 0.4  # share of the page's width a side of the first gutter spans for it to be looked at for another


def _split(lines: list[_Line], page: PageText, body: float, depth: int) -> list[tuple[str, list[_Line]]]:
    """Reading order as parts: ("span", lines across columns) and ("col", lines of one column). A
    page is split at its widest gutter; a side at least 1.3 times as wide as the other is split
    again (three columns)."""
    if depth == 0:
        lo, hi = page.width * 0.2, page.width * 0.8
    else:
        x0, x1 = min(ln.x0 for ln in lines), max(ln.x1 for ln in lines)
        lo, hi = x0 + 0.3 * (x1 - x0), x0 + 0.7 * (x1 - x0)
    gutter = _gutter(lines, body, lo, hi, page.web, depth == 0)
    if gutter is None:
        return _column(lines) if depth else [("span", sorted(lines, key=lambda ln: (-round(ln.y, 1), ln.x0)))]
    cols = {1: [ln for ln in lines if ln.x1 <= gutter], 2: [ln for ln in lines if ln.x0 >= gutter]}
    if depth == 0:
        cut = _band_cut(cols, body, page.boxes)
        if cut is not None:  # two sections stacked on the page, each in two columns: one after the other
            return _split([ln for ln in lines if ln.y > cut], page, body, 0) + \
                _split([ln for ln in lines if ln.y <= cut], page, body, 0)
    for ln in cols[1]:
        ln.bound = gutter
    span = [ln for ln in lines if ln.x0 < gutter < ln.x1]
    # a left-column line whose hanging punctuation reaches over a narrow gutter (not into the
    # text of the right column) stays in its column
    start = min((ln.x0 for ln in cols[2] if abs(ln.size - body) < 1.0), default=gutter)
    over = [ln for ln in span if ln.x1 < start + ln.size and ln.x0 < gutter - 4 * ln.size]
    if over:
        cols[1] += over
        span = [ln for ln in span if ln not in over]
    # a headline centred on the page (or in title type) above where the other column starts belongs
    # above the columns, though it happens to fit within one of them
    # (once more for the first side where the second gave up a line, by the line across the gutter alone: a mark alone
    # at the page's top right, ``OTC``, is no top of its column, and the dates at the top left above the title then
    # go above the columns too)
    given = False
    for c, other, again in ((1, 2, False), (2, 1, False), (1, 2, True)):
        if again and not given:
            break
        top = max((ln.y for ln in cols[other]), default=1e9)
        left = min((ln.x0 for ln in cols[c]), default=0.0)
        lift = []
        text_above = False  # body text of this column above the line (a heading below it is in the column)
        # (the column's text beside the other column: a line centred on the page that reaches out of it on both sides,
        # the date line under a notice board's title above its middle column, is none of its lines, dev14)
        beside = [o for o in cols[c] if o.y <= top + body and abs(o.size - body) < 0.5 and len(o.squashed) >= 4]
        inner = (min(o.x0 for o in beside), max(o.x1 for o in beside)) if beside else (-1e9, 1e9)
        for ln in sorted(cols[c], key=lambda ln: -ln.y):
            if ln.y <= top + body:
                break
            # (centred on the page and set in from the column's left edge, not a line of a column's
            # text, with a line starting where it starts just above or below it: the lines of the
            # middle one of three columns are centred on the page too)
            if again:
                if any(top < s.y < ln.y for s in span):
                    lift.append(ln)
            elif ln.size >= 1.25 * body and not text_above \
                    or abs(ln.x0 + ln.x1 - page.width) < 2 * body and ln.x0 > left + body \
                    and not any(abs(o.x0 - ln.x0) < _SAME_START * ln.size and 0 < abs(o.y - ln.y) < 2.5 * ln.size
                                for o in cols[c]) and not _first_line(ln, cols[c]) and not _in_a_row(ln, cols[c]) \
                    or abs(ln.x0 + ln.x1 - page.width) < 2 * body and ln.x0 < inner[0] - 0.5 * ln.size and ln.x1 > inner[1] \
                    or any(top < s.y < ln.y for s in span) \
                    or any(abs(s.size - ln.size) < 0.3 and 0 < s.y - ln.y < 2.5 * ln.size
                           and abs(s.x0 - ln.x0) < 2.5 * ln.size for s in span + lift):
                lift.append(ln)  # (the last line of a block across the page: an abstract's)
            elif abs(ln.size - body) < 0.5 and len(ln.squashed) >= 4:
                text_above = True
        if lift and len(lift) < len(cols[c]):
            span += lift
            cols[c] = [ln for ln in cols[c] if ln not in lift]
            given = c == 2
    if span:
        # a line that fits in a column but stands between two lines across the gutter, the nearest above it and
        # below it, is no column's: the short last line of a paragraph across the page below a box of columns
        # (``名。`` under ``…所在都市那须盐原市的现``, dev9xq)
        by_y = sorted(lines, key=lambda o: o.y)
        for c in (1, 2):
            alone = [ln for ln in cols[c] if _between_spans(ln, by_y, span)]
            if alone and len(alone) < len(cols[c]):
                span += alone
                cols[c] = [ln for ln in cols[c] if ln not in alone]
    col_top = min(max(ln.y for ln in cols[1]), max(ln.y for ln in cols[2]))
    out = [("span", sorted((ln for ln in span if ln.y > col_top), key=lambda ln: -ln.y))]
    widths = {c: max(ln.x1 for ln in cols[c]) - min(ln.x0 for ln in cols[c]) for c in (1, 2)}
    for c in (1, 2):
        # (a side as wide as the other is split again too where a gutter shows in it: four columns, two each side;
        # and a side of three columns left of or right of a first gutter, once more)
        if depth < 2 and (widths[c] >= 1.3 * widths[3 - c] or depth == 0 and widths[c] >= _FOUR_COLUMNS * page.width):
            out += _split(cols[c], page, body, depth + 1)
        else:
            out += _column(cols[c])
    return out + [("span", sorted((ln for ln in span if ln.y <= col_top), key=lambda ln: -ln.y))]


def _first_line(ln: _Line, col: list[_Line]) -> bool:
    """``ln`` is a paragraph's first line, set in by its indent (0.8 to 3 characters) over the paragraph's next line in
    its column: the line right under it (a line pitch, under 2.5 sizes, in its type, ten characters or more) starts
    left of it by that indent and ends where it ends (within a character): a full line of the column's text, not a
    head centred on the page (the middle one of three columns is centred on the page too: a village notice board's
    ``2.历任…``, its column's top above the left column's, dev14)."""
    nxt = max((o for o in col if 0 < ln.y - o.y < 2.5 * ln.size and abs(o.size - ln.size) < 0.3),
              key=lambda o: o.y, default=None)
    if nxt is None or len(nxt.squashed) < 10 or not (0.8 * ln.size <= ln.x0 - nxt.x0 <= 3 * ln.size
                                                     and abs(nxt.x1 - ln.x1) < ln.size):
        return False
    under = max((o for o in col if 0 < nxt.y - o.y < 2.5 * ln.size and abs(o.size - ln.size) < 0.3),
                key=lambda o: o.y, default=None)
    # (one line pitch over it, as the line under it stands over the next: a byline centred over the column's text
    # stands further off, ``本报记者　叶涛宇　通讯员　薛伟``, dev13)
    return under is None or ln.y - nxt.y <= 1.2 * (nxt.y - under.y)


def _column(lines: list[_Line]) -> list[tuple[str, list[_Line]]]:
    """A column's lines top to bottom, as one part; but a line wholly right of all the others (half a character clear
    of them), on the baseline of one of them, is the top of the next column, a part of its own read after it (a
    paragraph's short last line carried over, ``視劇等。`` beside the column's first line, a newspaper page, dev6x)."""
    order = sorted(lines, key=lambda ln: (-round(ln.y, 1), ln.x0))
    if len(lines) > 2:
        far = max(lines, key=lambda ln: ln.x0)
        rest = [ln for ln in order if ln is not far]
        if far.x0 >= max(ln.x1 for ln in rest) + 0.5 * far.size and _in_a_row(far, rest):
            return [("col", rest), ("col", [far])]
    return [("col", order)]


def _in_a_row(ln: _Line, side: list[_Line]) -> bool:
    """``ln`` stands on the baseline of another line of its side of the gutter, in its type (within 0.5 point; four
    characters or more), half a character or more clear of it: a line of one of the columns the side still holds,
    beside the next column's line, not a head centred on the page (a paragraph's short last line carried to the top
    of the next column, ``視劇等。``, a newspaper page, dev6x)."""
    return any(o is not ln and abs(o.y - ln.y) < 0.3 * ln.size and abs(o.size - ln.size) < 0.5 and len(o.squashed) >= 4
               and (o.x0 >= ln.x1 + 0.5 * ln.size or o.x1 <= ln.x0 - 0.5 * ln.size) for o in side)


_BAND_GAP = 1.5  # body sizes: the other column's text stands at least this far above and below a section's head
_BAND_LEVEL = 0.5  # body sizes: the first lines of body text under the cut in both columns stand this close in height


def _band_cut(cols: dict[int, list[_Line]], body: float, boxes: list[tuple[float, float, float, float]]) -> float | None:
    """A height that cuts the page in two sections stacked one over the other, each in the two columns: a head in one
    column (a line of ≤ 20 characters, 1.08× the body or more) with body text of both columns above and below it (two
    lines or more in the other column each side), where the other column shows no line within 1.5 body sizes of it nor
    a box (a photo the text goes round) in its gap, and its line above the gap ends a paragraph (a short line or a
    sentence's end): a school paper's ``书香校园`` at the left over its two columns, under a story whose left column runs
    on at the top of the right one (dev9xp). The first lines of body text under the cut in the two columns stand level
    (within half a body size: the new section's columns start together, p9x-016/017); a gap in the other column that a
    figure leaves (a drawn frame, its caption under it, the text resuming lower than under the head) is no cut: a
    journal's section head in the left column beside it goes on in its column (newuser22's two-column article, whose
    right column's paragraphs were read before the left column's second section). Only two sides of about one width
    (within 1.3 times), each one column. The cut lies just above the head."""
    widths = [max(ln.x1 for ln in cols[k]) - min(ln.x0 for ln in cols[k]) for k in (1, 2)]
    if max(widths) >= 1.3 * min(widths):
        return None  # (a side that holds more columns: a newspaper's page, its stories in blocks of their own)
    for c, other in ((1, 2), (2, 1)):
        text = {k: [ln for ln in cols[k] if abs(ln.size - body) < 0.5 and len(ln.squashed) >= 2] for k in (c, other)}
        for head in cols[c]:
            if head.size < 1.08 * body or len(head.squashed) > 20:
                continue
            above = [ln for ln in text[other] if ln.y > head.y]
            below = [ln for ln in text[other] if ln.y < head.y]
            if len(above) < 2 or len(below) < 2 or not any(ln.y > head.y for ln in text[c]) \
                    or not any(ln.y < head.y for ln in text[c]):
                continue
            if any(abs(ln.y - head.y) < _BAND_GAP * body for ln in cols[other]):
                continue
            last = min(above, key=lambda ln: ln.y)
            top = max(ln.y for ln in below)
            if abs(max(ln.y for ln in text[c] if ln.y < head.y) - top) > _BAND_LEVEL * body:
                continue  # (the two columns' text under the cut starts level, as a new section's does: not a figure's gap)
            x0, x1 = min(ln.x0 for ln in cols[other]), max(ln.x1 for ln in cols[other])
            if any(bx0 < x1 and bx1 > x0 and by0 < last.y and by1 > top for bx0, by0, bx1, by1 in boxes):
                continue
            if _sentence_end(last.text) or last.x1 < max(ln.x1 for ln in cols[other]) - 2.5 * last.size:
                return head.y + 0.5 * head.size
    return None


def _between_spans(ln: _Line, by_y: list[_Line], span: list[_Line]) -> bool:
    """The nearest lines above and below ``ln`` (other baselines; ``by_y``: the lines from the bottom up) are both
    lines across the gutter (``span``), in its type, a line pitch away (less than two sizes), over and under its
    start (or its start three characters in: the next paragraph's first line)."""
    k = bisect.bisect_right(by_y, ln.y + 0.5 * ln.size, key=lambda o: o.y)
    above = by_y[k] if k < len(by_y) else None
    k = bisect.bisect_left(by_y, ln.y - 0.5 * ln.size, key=lambda o: o.y) - 1
    below = by_y[k] if k >= 0 else None
    return all(o is not None and any(o is s for s in span) and abs(o.y - ln.y) < 2 * ln.size
               and abs(o.size - ln.size) < 0.5 and o.x0 - 3 * ln.size <= ln.x0 < o.x1 for o in (above, below))


def _edges(pages: list[list[_Line]], body: float) -> None:
    """Column left/right edges per page and column, from body-size lines (doc-wide when a page has few)."""
    doc_edges: dict[int, list[tuple[float, float, int]]] = collections.defaultdict(list)  # (left, right, page)
    per_page = []
    for lines in pages:
        edges = {}
        for c in sorted({ln.col for ln in lines}):
            # (a page number in body type, "- 1 -" under the second column, is no edge of it)
            body_lines = [ln for ln in lines if ln.col == c and abs(ln.size - body) < 0.5
                          and not (len(ln.squashed) <= 12 and rules.PAGE_NUMBER.fullmatch(ln.squashed))]
            if body_lines:
                # the right edge full lines reach: a high percentile, not the maximum, which a line
                # with hanging punctuation or a Latin word overshoots
                ends = sorted(ln.x1 for ln in body_lines)
                edges[c] = (min(ln.x0 for ln in body_lines), ends[int(0.8 * (len(ends) - 1)) if len(ends) >= 4 else -1],
                            len(body_lines), ends[-1])
                doc_edges[c].append((*edges[c][:2], lines[0].page))
        per_page.append(edges)
    for lines, edges in zip(pages, per_page, strict=True):
        groups: dict[tuple[int, float], list[_Line]] = collections.defaultdict(list)
        widest: dict[int, float] = {}
        # body lines ending more than 2.5 characters past the column's right edge, per column
        overshoot = collections.Counter(ln.col for ln in lines if ln.col in edges and abs(ln.size - body) < 0.5
                                        and ln.x1 > edges[ln.col][1] + 2.5 * ln.size)
        for ln in lines:
            groups[ln.col, round(ln.size * 2) / 2].append(ln)
            if abs(ln.size - body) < 0.2 * body:
                widest[ln.col] = max(widest.get(ln.col, ln.x1), ln.x1)
        for ln in lines:
            left, right, count, longest = edges.get(ln.col, (ln.x0, ln.x1, 0, ln.x1))
            group = groups[ln.col, round(ln.size * 2) / 2]
            if count < 4 and abs(ln.size - body) >= 0.5 and len(group) >= 3:
                # a column with no body text here (an abstract, a box of small print): the edges of
                # the lines in the same type (the longest where they are fewer than four, as for the body: a
                # bulletin's distribution lines ``报：…`` / ``送：…`` / ``…印发``, dev9xq)
                ends = sorted(g.x1 for g in group)
                ln.left, ln.right = min(g.x0 for g in group), ends[int(0.8 * (len(ends) - 1)) if len(ends) >= 4 else -1]
                continue
            if abs(ln.size - body) >= 0.5 and len(group) >= 2 and max(g.x1 for g in group) > right + 2 * ln.size:
                # a block in other type wider than the column (an abstract across a page whose body
                # fills only its first column): the edges of the lines in that type
                ends = sorted(g.x1 for g in group)
                ln.left, ln.right = min(g.x0 for g in group), ends[int(0.8 * (len(ends) - 1)) if len(ends) >= 4 else -1]
                continue
            columns = [e for c, e in edges.items() if c and e[2] >= 4]
            if count < 4 and ln.col == 0 and columns:
                # (a line or two across the page over its columns, a subtitle centred under the title: the
                # columns' outer edges, not its own)
                left, right = min(left, *(e[0] for e in columns)), max(right, *(e[1] for e in columns))
            given = [e for e in doc_edges.get(1, ()) if e[2] != ln.page and abs(e[0] - left) < ln.size
                     and e[1] - ln.size <= longest <= e[1] + 2.5 * ln.size] \
                if count < 4 and ln.col == 0 and len(edges) == 1 else []
            if given:
                # (a page of a line or two, no gutter to show, that start where the first column starts on other
                # pages and reach its width: that column's, a two-column article's last lines, dev11 news2)
                ln.left, ln.right = left, statistics.median(e[1] for e in given)
                continue
            if count < 4:
                # (no more to the left of the gutter than the column's widest line here: a column
                # whose text is mostly the end of a standfirst, wider than the column on other pages)
                right = max(right, widest.get(ln.col, right))
            if count < 4 and doc_edges.get(ln.col):
                # (the pages on the same side, where the margins alternate on facing pages)
                same = _same_side(doc_edges[ln.col], ln.page)
                left = min(left, statistics.median(e[0] for e in same))
                right = max(right, statistics.median(e[1] for e in same))
            if count < 4 and ln.bound and ln.col and not _width_given(doc_edges.get(ln.col, ()), ln.page, left,
                                                                       widest.get(ln.col, ln.x1), ln.size):
                # (a column with too few lines here to know its edge ends at its gutter: a byline alone
                # in a column whose width other pages do not give, the columns swapping sides)
                right = max(right, ln.bound)
            elif (count < 8 or overshoot[ln.col] >= 2) and len(doc_edges.get(ln.col, ())) >= 2:
                # few lines, half of them short (a slide's bullets), or mostly short lines and two or more
                # running well past the percentile (a leaflet's last page of heads, short fields and items):
                # the percentile falls on a short line; where full lines end on the other pages, if a line
                # here reaches it
                same = _same_side(doc_edges[ln.col], ln.page)
                right = max(right, min(longest, statistics.median(e[1] for e in same)))
            ln.left, ln.right = left, right


def _width_given(edges: list[tuple[float, float, int]] | tuple[()], page: int, left: float, widest: float,
                 size: float) -> bool:
    """Another page sets a column at the left edge ``left`` (within ``size``) whose right edge the column's widest line
    on ``page`` (``widest``) reaches: the column's width is known, and a column with a few lines on ``page`` (a
    paragraph's last two lines at the top of the last page) ends there, not at a gutter found far right of its text
    (dev11 news2; a byline alone far short of it still reaches to the gutter)."""
    return any(p != page and abs(x0 - left) < size and widest >= x1 - size for x0, x1, p in edges)


def _same_side(edges: list[tuple[float, float, int]], page: int) -> list[tuple[float, float, int]]:
    """The column edges ``(left, right, page)`` of the other pages on the same side as ``page`` (the
    margins alternate on facing pages); all of them if there are none."""
    return [e for e in edges if e[2] % 2 == page % 2 and e[2] != page] or edges


def _furniture(pages: list[list[_Line]], body: float, texts: list[PageText]) -> set[int]:
    """ids of lines that are page furniture (``texts``: each page's :class:`PageText`; a footnote below
    its rule at the bottom, by :func:`_footnotes`, is left to be debris)."""
    drop: set[int] = set()
    candidates = []
    for lines in pages:
        if not lines:
            continue
        ys = sorted(lines, key=lambda ln: -ln.y)
        candidates.append(ys[:2] + ys[-2:])
    keys = collections.Counter()
    for cands in candidates:
        keys.update({_key(ln) for ln in cands})
    for lines, cands, text in zip([p for p in pages if p], candidates,
                                  [t for p, t in zip(pages, texts, strict=True) if p], strict=True):
        ys = sorted(lines, key=lambda ln: -ln.y)
        for ln in cands:
            key = _key(ln)
            extreme = ln is ys[0] or ln is ys[-1]
            if len(pages) > 1 and keys[key] >= 2 and (ln.size < body * 1.2):
                drop.add(id(ln))
            elif extreme and rules.PAGE_NUMBER.fullmatch(ln.squashed):
                drop.add(id(ln))
        notes = _footnotes(text, [ln for ln in lines if id(ln) not in drop], body)
        # a jump line (``（下轉第46頁）``, ``（上接第41頁）``): furniture wherever it stands, and no line
        # of the page's edge (the folio or kicker beyond it is measured against the body text)
        jumps = {id(ln) for ln in lines if len(ln.squashed) <= 14 and ln.squashed[-1:] in rules.JUMP_ENDS
                 and rules.JUMP_LINE.fullmatch(ln.squashed)}
        if jumps:
            drop |= jumps
            ys = [ln for ln in ys if id(ln) not in jumps] or ys
        # a mark in capitals alone at the top right of the first page (a leaflet's ``OTC``, ``DRAFT``), whatever its size
        top = ys[0]
        if top.page == texts[0].number and len(ys) > 1 and _corner_mark(top.squashed) and top.x0 > 0.5 * text.width:
            drop.add(id(top))
        # small print alone at the very top or bottom of the page (a running header or footer on one
        # page only), but not a document number or a meta line over the title (``西南大教〔2023〕56号``)
        for edge, inner in ((ys[0], ys[1] if len(ys) > 1 else None), (ys[-1], ys[-2] if len(ys) > 1 else None)):
            # (over a title, a kicker only a little smaller than the body: ``封面故事｜人文地理周刊``)
            small = 0.95 if inner is not None and edge is ys[0] and inner.size >= 1.25 * body else 0.9
            # (a browser's header or footer, a web address or its time stamp, however long or close)
            # (or a footer that carries the page counter: ``SMS-95001-02　第1页／共1页``)
            browser = edge.size < body * small and (URL_LINE.fullmatch(edge.squashed) or BROWSER_STAMP.match(edge.squashed)
                                                    or edge is ys[-1] and rules.PAGE_COUNTER.search(edge.squashed))
            # (however close, small print at the top of a later page right over body text: a running header
            # printed from page two on, ``东湖人文 2023年第2期 Journal of Humanities``)
            later_head = (edge is ys[0] and edge.page > texts[0].number and edge.size <= 0.75 * body
                          and abs(inner.size - body) < 0.5 and len(edge.squashed) <= 40) if inner is not None else False
            # (nor, over the first page's title, a line set in a size of its own, half a point or more off the body's and at
            # most 0.7 of the title's: the exam session over the paper's name, ``2023—2024学年第一学期期末质量检测`` at 11
            # points over 18, body 10.5; a newspaper's kicker ``聚焦・基层`` at 10.5 over 22, body 11; not on a cover, a page
            # with no line of body text, where the line over the title is the issuer's, ``中国数字乡村产业联盟``, dev13)
            over_title = (edge is ys[0] and edge.page == texts[0].number and inner.size >= _TITLE_OVER * body
                          and abs(edge.size - body) >= 0.5 and edge.size <= KICKER_SHARE * inner.size
                          and any(abs(o.size - body) < 0.5 and len(o.squashed) >= 10 for o in lines)) if inner is not None else False
            if inner is None or id(edge) in drop or (edge.size >= body * small and not over_title) \
                    or not browser and not later_head and (len(edge.squashed) > 40 or abs(edge.y - inner.y) <= 2.2 * body):
                continue
            if edge is ys[0] and inner.size >= 1.25 * body and (own_number(edge.squashed) or _filing_line(edge.squashed)):
                # (the document's own number over the title, ``江政办发〔2024〕25号``, ``合同编号：HT-2024-073``; a listed
                # company's filing line, two fields or more)
                continue
            if id(edge) in notes:
                continue  # a footnote below its rule: debris, not dropped
            if edge is ys[0] and edge.squashed[-1:] in "。！？":
                continue  # a sentence at a page's top is no running head (a 版记's ``抄送：市财政局。`` on a page of its own)
            drop.add(id(edge))
    return drop


def _header_over_title(lines: list[_Line], heads: list[str], body: float) -> set[int]:
    """ids of the short lines over the first page's title (``lines``; a line of 1.25 times the body or more right under
    them, in type 1.25 times theirs or more) whose text a running header or footer of another page holds (``heads``,
    their texts): the issuer's name over a policy's terms, ``中和人寿保险股份有限公司``, also in the header
    ``…条款　中和人寿保险股份有限公司`` of every page (dev12); not the title itself, which a running header may repeat,
    nor the document's own number, which a running footer may repeat (``合同编号：HT-2024-073``, :func:`own_number`)."""
    if not heads:
        return set()
    ys = sorted(lines, key=lambda ln: -ln.y)
    out = set()
    for ln, below in itertools.pairwise(ys):
        if abs(ln.size - body) < 0.5 and len(ln.squashed) >= 10:
            break  # the body text has begun
        if 4 <= len(ln.squashed) <= 30 and below.size >= 1.25 * body and below.size >= 1.25 * ln.size \
                and any(ln.squashed in h for h in heads) and not own_number(ln.squashed):
            out.add(id(ln))
    return out


_TITLE_OVER = 1.5  # body sizes: a title that a kicker line stands over


# a field's label: two to eight hanzi, perhaps a note in brackets, and a colon (``项目名称：``, ``申报单位（盖章）：``);
# the one shape the field patterns below share
_LABEL = r"[\u4e00-\u9fff]{2,8}(?:[（(][\u4e00-\u9fff]{1,4}[）)])?[：:]"
_FIELD_LABEL = re.compile(_LABEL + r"(?=[^：:]*\d)")  # a field's label, a figure in the value after it


def _filing_line(sq: str) -> bool:
    """Two or more labelled fields with figures, on one line: a filing line over an announcement's title
    (``证券代码：602781　证券简称：新元科技　公告编号：2023-031``), no furniture."""
    return len(_FIELD_LABEL.findall(sq)) >= 2


def _corner_mark(sq: str) -> bool:
    """Two to six capital Latin letters and nothing else (``OTC``, ``DRAFT``)."""
    return 2 <= len(sq) <= 6 and sq.isascii() and sq.isalpha() and sq.isupper()


def _head_band(page: PageText, body: float, repeated: frozenset = frozenset()) -> set[int]:
    """ids of the lines above a rule across the top of the page (a masthead with its date and edition
    line, a letterhead with its document number, a running header) when they are page furniture:
    small print only, or big type above a title that comes below the rule, or a short line alone above
    a rule that other pages draw at the same place (``repeated``: :func:`_top_rules`; a running head
    whose text changes from page to page, ``江州年鉴（2023）`` on even pages, the section on odd ones)."""
    wide = sorted((r for r in page.rules if r[1] - r[0] >= 0.5 * page.width and r[2] >= 0.7 * page.height),
                  key=lambda r: -r[2])
    for x0, x1, y in wide:
        above = [ln for ln in page.lines if ln.y > y]
        if not above:
            continue
        if len(above) > 4 or any(len(ln.squashed) > 60 for ln in above):
            return set()
        if any(ln.squashed[-1:] in "。！？" for ln in above):
            return set()  # a sentence over a rule is no header: a 版记's ``抄送：市财政局。`` carried to a page's top
        if all(ln.size < 0.95 * body for ln in above) or _title_below(page, (x0, x1, y), body, len(above) == 1):
            # (but the document number between a masthead and its red rule, ``临政办发〔2023〕52号``: the document's
            # own metadata, as over a title with no rule, :func:`_furniture`)
            return {id(ln) for ln in above if not own_number(ln.squashed)}
        if len(above) == 1 and len(above[0].squashed) <= 30 and above[0].size < 1.25 * body \
                and (round(x0), round(x1), round(y)) in repeated:
            return {id(above[0])}
        return set()
    return set()


def _top_rules(pages: list[PageText]) -> frozenset:
    """The rules across the top of the page (as :func:`_head_band` finds them; rounded ``(x0, x1, y)``)
    that two or more pages draw at the same place."""
    seen: collections.Counter = collections.Counter()
    for page in pages:
        seen.update({(round(x0), round(x1), round(y)) for x0, x1, y in page.rules
                     if x1 - x0 >= 0.5 * page.width and y >= 0.7 * page.height})
    return frozenset(r for r, n in seen.items() if n >= 2)


def _title_below(page: PageText, rule: tuple[float, float, float], body: float, centred: bool = False) -> bool:
    """A line of title size below the rule ``(x0, x1, y)``, above all body text under it; with
    ``centred``, centred under the rule (a single line above the rule is a report's own title when
    only a flush-left section heading comes below: LibreOffice's Title style draws a rule under the
    title)."""
    x0, x1, y = rule
    below = [ln for ln in page.lines if ln.y < y]
    # (a short line centred under the rule, a document number over the title, is no body text)
    text_top = max((ln.y for ln in below if abs(ln.size - body) < 0.5 and len(ln.squashed) >= 4
                    and not (abs(ln.x0 + ln.x1 - x0 - x1) < 2 * ln.size and ln.x1 - ln.x0 < 0.6 * (x1 - x0))),
                   default=-1e9)
    # (not a numbered section head in big type, "1. 活动背景": the title is above the rule, a plan's own)
    return any(ln.size >= 1.25 * body and ln.y > text_top and (not centred or abs(ln.x0 + ln.x1 - x0 - x1) < 4 * ln.size)
               and not ITEM_START.match(ln.squashed) for ln in below)


def _key(line: _Line) -> tuple[str, int]:
    """What a running header or footer keeps from page to page: its text up to digits, its height."""
    return rules.DIGITS.sub("#", line.squashed), round(line.y / 6)


def read_pdf(path: Path, doc_id: str) -> tuple[Document, dict]:
    """Read a PDF file into a document; raise :class:`InputError` for encrypted, scanned or broken files."""
    pages, metadata = _read_pages(path)
    web = printed_page(metadata)
    weights: collections.Counter[float] = collections.Counter()
    for page in pages:
        for ln in page.lines:
            weights[round(ln.size, 1)] += len(ln.squashed)
    if not weights:
        raise InputError("PDF has no text layer (a scanned document?)", path=str(path),
                         hint="run OCR first (e.g. ocrmypdf --language chi_sim, or chi_tra for traditional script), then segment the result")
    body = weights.most_common(1)[0][0]
    _margin_numbers(pages, body)
    for page in pages:
        _margin_column(page, body)
        _drop_caps(page, body)
    _margin_notes(pages, body)
    _letterhead(pages, body)
    repeated = _top_rules(pages) if len(pages) > 1 else frozenset()
    heads: list[str] = []  # the running headers and footers of the pages after the first
    for page in pages:
        page.web = web
        band = _head_band(page, body, repeated)
        if band:
            heads += [ln.squashed for ln in page.lines if id(ln) in band and page is not pages[0]]
            page.lines = [ln for ln in page.lines if id(ln) not in band]
    ordered = [_reading_order(page, body) for page in pages]
    _edges(ordered, body)
    side = set().union(*(_side_by_side(lines) for lines in ordered))  # (before a signature block's sides are cut apart)
    ordered = [_two_sided(lines) for lines in ordered]
    drop = _furniture(ordered, body, pages)
    if len(pages) > 1:
        heads += [ln.squashed for lines in ordered[1:] for ln in lines if id(ln) in drop]
        drop |= _header_over_title([ln for ln in ordered[0] if id(ln) not in drop], heads, body)
    notes: set[int] = set()
    aside: set[int] = set()
    prose = "".join(ln.squashed for lines in ordered for ln in lines)
    apparatus: set[int] = _preview([ln for lines in ordered for ln in lines if id(ln) not in drop])
    apparatus |= _repeated_rows([ln for lines in ordered for ln in lines if id(ln) not in drop])
    for page, lines in zip(pages, ordered, strict=True):
        kept = [ln for ln in lines if id(ln) not in drop]
        notes |= _footnotes(page, kept, body)
        apparatus |= _tables(kept, body) | _contents(kept) | {id(ln) for ln in kept if id(ln) in side}
        aside |= _pull_quotes(page, kept, body, prose) | _captions(page, kept, body)
        if web:
            aside |= boxed_furniture(kept) | beside_the_prose(kept, body)
    flow = [ln for lines in ordered for ln in lines if id(ln) not in drop]
    blocks = _units(flow, body, notes, apparatus,
                    {page.number: page.boxes for page in pages}, aside, {page.number: page.rules for page in pages}, web)
    if any(page.turned for page in pages):  # each rotated run a debris unit after the page's units (one pass)
        placed: list = []
        k = 0
        for page in pages:
            if page.turned:  # (its provenance in the page's lines)
                page.lines += page.turned
                while k < len(blocks) and not (blocks[k][1] and blocks[k][1][0][1][0] > page.number):
                    placed.append(blocks[k])
                    k += 1
                placed += [("debris", _chars([ln])) for ln in page.turned]
        blocks = placed + blocks[k:]
    texts = {page.number: page for page in pages}
    line_of: dict[int, dict[int, _Line]] = {}  # per page: the line of each page-text index (_where's, built once)
    doc = build_document(doc_id, frame(blocks) if web else blocks, lambda chars: _where(chars, texts, line_of),
                         title_block=not web, gaps=_wide_gaps(flow))
    return doc, {"page_count": len(pages)}


_GAP = 0.9  # of a line's size: a gap between two characters this wide or wider parts fields (a full-width space's)


def _wide_gaps(lines: list[_Line]) -> set[tuple[int, int]]:
    """Refs ``(page, index)`` of the first whitespace character of each run inside a line that stands for a gap of
    :data:`_GAP` or more of the line's size between the characters either side of it (their widths guessed, half an
    em for ASCII): the gaps a meta unit keeps as a space (``证券代码：603912　　证券简称：华信科技``), not the narrow
    space a word processor sets between a figure and a hanzi (``2022 年 7 月``)."""
    out: set[tuple[int, int]] = set()
    for ln in lines:
        chars = ln.chars
        for k in range(1, len(chars) - 1):
            if not chars[k].isspace() or chars[k - 1].isspace():
                continue
            n = k + 1
            while n < len(chars) and chars[n].isspace():
                n += 1
            if n < len(chars) and ln.xs[n] - ln.xs[k - 1] - (0.55 if chars[k - 1].isascii() else 1.0) * ln.size >= _GAP * ln.size:
                out.add((ln.page, ln.idx[k]))
    return out


def page_texts(path: Path) -> list[str]:
    """Each page's text as the reader extracts it, which a unit's ``source.pages[].offsets`` index: pdfium's
    text of the page, then the characters pdfium left out (:mod:`lost_glyphs`), each text object's after a line
    break; the same as pdfium's where it left nothing out."""
    return [page.text for page in _read_pages(path)[0]]


def _read_pages(path: Path) -> tuple[list[PageText], dict]:
    """Every page's lines and text (pdfium's, with the characters it left out read again), and the file's
    metadata; each page and the file are closed whatever happens."""
    pdf = _open(path)
    missed = LostGlyphs(path)
    try:
        pages = []
        for number in range(len(pdf)):
            page = pdf[number]
            try:
                pages.append(_page_lines(page, number + 1, missed))
            finally:
                page.close()
        return pages, pdf.get_metadata_dict()
    finally:
        pdf.close()
        missed.close()


_NUMBER_GAP = 2.0  # font sizes between a margin line number and the text beside it
_MARGIN_RUN = 4  # numbers in a run of margin line numbers


def _margin_numbers(pages: list[PageText], body: float) -> None:
    """Drop the line numbers printed in the left margin (a draft for comment numbers every fifth line:
    ``5``, ``10``, …): a number of one to three digits opening a line, set apart from the text after it
    by two font sizes or more, or alone on its line, counts where the numbers, top to bottom and page
    after page, make a run of four or more going up by one step ``k`` (2 to 10, each a multiple of
    ``k``; a run may restart at ``k``), printed at one x (within a body size) left of the text beside
    them. The number is dropped (furniture) and the line keeps the text after it."""
    found = []  # (page, line, first kept character or None, value, x of the last digit)
    for page in pages:
        for ln in sorted(page.lines, key=lambda ln: -ln.y):
            chars = ln.chars
            if not chars or not ("0" < ln.squashed[:1] <= "9"):
                continue
            k = 0
            while chars[k].isspace():
                k += 1
            start = k
            while k < len(chars) and chars[k].isdigit():
                k += 1
            if k - start > 3:
                continue
            rest = next((j for j in range(k, len(chars)) if not chars[j].isspace()), None)
            if rest is not None and ln.xs[rest] - ln.xs[k - 1] < _NUMBER_GAP * max(ln.size, body):
                continue  # a number in the text ("1589年，…")
            found.append((page, ln, rest, int("".join(chars[start:k])), ln.xs[k - 1]))
    if len(found) < _MARGIN_RUN:
        return
    best = longest_run(found, lambda item: item[3], lambda a, b, _: abs(b[4] - a[4]) <= body)
    if len(best) < _MARGIN_RUN:
        return
    texts = [ln.xs[rest] for _, ln, rest, _, _ in best if rest is not None]
    if texts and max(x for *_, x in best) >= min(texts) - body:
        return  # (not left of the text beside it)
    for page, ln, rest, _, _ in best:
        at = page.lines.index(ln)
        if rest is None:
            del page.lines[at]
            continue
        # (the text's own size: a short line's median size took the number's small print in, "55　题。" measures
        # 9.5 beside 12, and "10始", a wrapped heading's last character, 7)
        size = statistics.median(f for f, ch in zip(ln.fs[rest:], ln.chars[rest:], strict=True) if not ch.isspace())
        page.lines[at] = _Line(ln.page, ln.idx[rest:], ln.chars[rest:], ln.xs[rest:], ln.xs[rest], ln.x1, ln.y, ln.top,
                               size, ln.brk, fs=ln.fs[rest:])


_NOTE_SIZE = 0.8  # of the body size: a margin note's small print
_BODY_LINES = 3  # body lines of a page that set its text block's edges


def _mixed(ln: _Line) -> bool:
    """The line holds text in two sizes (one under 0.85 of the other)."""
    if len(ln.fs) != len(ln.chars):
        return False
    sizes = [f for f, ch in zip(ln.fs, ln.chars, strict=True) if not ch.isspace()]
    return bool(sizes) and min(sizes) < _PRINT_RATIO * max(sizes)


def _letterhead(pages: list[PageText], body: float) -> None:
    """Drop a letterhead: the first line of page one, in type 1.25x the body or larger, whose text comes back on
    the last page as a line of its own in the body size, set in the right half of the page and not at the page's
    edge (the organisation signs the letter it heads: ``東方歷史學會``), with the small print right under it (its
    English name, an address)."""
    if not pages or len(pages[0].lines) < 3:
        return
    lines = sorted(pages[0].lines, key=lambda ln: -ln.y)
    top = lines[0]
    if top.size < 1.25 * body or len(top.squashed) < 3:
        return
    last = sorted(pages[-1].lines, key=lambda ln: -ln.y)[1:-1]  # (not a running head or foot line at the page's edge)
    signed = any(ln is not top and ln.squashed == top.squashed and abs(ln.size - body) < 0.5
                 and ln.x0 > pages[-1].width / 2 for ln in last)
    if not signed:
        return
    drop = {id(top)}
    for ln in lines[1:]:
        if ln.size >= 0.9 * body:
            break
        drop.add(id(ln))
    pages[0].lines = [ln for ln in pages[0].lines if id(ln) not in drop]


_PREVIEW_HEAD = 6  # characters of the head over a list of what is inside ("本期导读")


def _preview(lines: list[_Line]) -> set[int]:
    """A list of what is inside (a bulletin's ``本期导读`` over ``◆　扎实推进重点工作`` / ``◆　基层经验交流``): two or
    more consecutive lines opening with a bullet whose text opens a later line of the document (the headline
    it points to), and the short line without a sentence end right above them (or, where the line before them is
    not above them, the line after them when it is: a head over the list read after it in another column); the ids
    of those lines (debris in the flow, like a table of contents)."""
    found: set[int] = set()
    k = 0
    while k < len(lines):
        j = k
        while j < len(lines) and lines[j].squashed[:1] in rules.BULLETS and len(lines[j].squashed) >= 5:
            j += 1
        if j - k >= 2:
            later = [ln.squashed for ln in lines[j:]]
            if all(any(t.startswith(ln.squashed[1:]) for t in later) for ln in lines[k:j]):
                found |= {id(ln) for ln in lines[k:j]}
                # (the line before the list, else the line after it where that is set above the list, beside it
                # in the next column)
                heads = [lines[k - 1]] if k else []
                if j < len(lines) and lines[j].page == lines[k].page and lines[j].y > lines[k].y:
                    heads.append(lines[j])
                for head in heads:
                    if len(head.squashed) <= _PREVIEW_HEAD and not _sentence_end(head.text):
                        found.add(id(head))
                        break
        k = max(j, k + 1)
    return found


def _own_size(ln: _Line) -> float:
    """The size of the line's own characters (a piece cut off a line took the whole line's)."""
    if len(ln.fs) != len(ln.chars):
        return ln.size
    return statistics.median(f for f, ch in zip(ln.fs, ln.chars, strict=True) if not ch.isspace())


def _margin_notes(pages: list[PageText], body: float) -> None:
    """Drop the notes a textbook prints in the outer margin (``想一想：…``, ``小贴士：…``): lines in small print
    (0.8 of the body size or less) wholly left or right of the text block (the span of the page's lines of
    ten characters or more in the body size, three or more of them), and such small print on a body line's
    baseline, after or before a gap (:func:`_small_print_apart`: the body's part of the line stays)."""
    for page in pages:
        mixed = {id(ln) for ln in page.lines if _mixed(ln)}
        block = [ln for ln in page.lines if abs(_own_size(ln) - body) <= 0.05 * body and len(ln.squashed) >= 10
                 and id(ln) not in mixed]
        if len(block) < _BODY_LINES:
            continue
        # (the right edge where a line's last character is no punctuation hung past the margin, ``…不过，``)
        left = min(ln.x0 for ln in block)
        right = max((ln.x1 for ln in block if ln.squashed[-1] not in rules.CONTINUING), default=max(ln.x1 for ln in block))

        def outside(ln: _Line, left: float = left, right: float = right) -> bool:
            return _own_size(ln) <= _NOTE_SIZE * body and (ln.x0 >= right - 0.5 or ln.x1 <= left + 0.5)

        kept = []
        for ln in page.lines:
            if id(ln) in mixed and (parts := _small_print_apart(ln)) is not None:
                small = [p for p in parts if outside(p)]
                if len(small) == 1:
                    kept += [p for p in parts if p is not small[0]]
                    continue
            if not outside(ln):
                kept.append(ln)
        notes = {id(ln) for ln in page.lines} - {id(ln) for ln in kept}
        if notes:
            kept = [ln for ln in kept if not _note_label(ln, page.lines, notes, left, right, body)]
        page.lines = kept


_LABEL_CHARS = 8  # characters of a margin note's label at most


def _note_label(ln: _Line, lines: list[_Line], notes: set[int], left: float, right: float, body: float) -> bool:
    """``ln`` is the label of margin notes (``notes``: the ids of those :func:`_margin_notes` drops): a short line of
    words only, no mark, in small print (under :data:`SMALL_PRINT` of the body, however much larger than its notes),
    wholly left or right of the text block (``left``, ``right``), the next line under it in the margin one of the
    notes (a broker's sidebar, ``基本数据`` over its figures, ``相关报告`` over the reports, dev15: furniture by the gold, as
    a textbook's ``要点提示`` over its margin note is, dev13, where the label's print was as small as the note's;
    not ``分析师：陈立民``, a label and a value, over the analyst's registration number)."""
    sq = ln.squashed
    if not (2 <= len(sq) <= _LABEL_CHARS and all(ch.isalnum() for ch in sq) and ln.size < SMALL_PRINT * body
            and (ln.x0 >= right - 0.5 or ln.x1 <= left + 0.5)):
        return False
    under = [o for o in lines if o.y < ln.y and ln.y - o.y < 2.5 * ln.size and o.x0 < ln.x1 and ln.x0 < o.x1]
    return bool(under) and id(max(under, key=lambda o: o.y)) in notes


def boxed_furniture(lines: list[_Line]) -> set[int]:
    """ids of the lines in a box (a flow of its own) whose text has no sentence end: on a page a browser
    printed, a site's logo bar, an infobox's cells, a nav box, not the story."""
    flows: dict[int, list[_Line]] = collections.defaultdict(list)
    for ln in lines:
        if ln.col >= 10:
            flows[ln.col].append(ln)
    out: set[int] = set()
    for flow in flows.values():
        if not any(ch in "。！？" for ln in flow for ch in ln.squashed):
            out |= {id(ln) for ln in flow}
    return out


def beside_the_prose(lines: list[_Line], body: float) -> set[int]:
    """ids of the lines wholly left or right of the page's prose (body-size lines of ten or more
    characters), more than a character clear of it: on a page a browser printed, a sidebar or a nav
    column floated beside the story (``热点排行`` / ``1. 全国夏粮收购进度过半``)."""
    prose = [ln for ln in lines if abs(ln.size - body) < 0.5 and len(ln.squashed) >= 10 and ln.col < 10]
    if len(prose) < 3:
        return set()
    left, right = min(ln.x0 for ln in prose), max(ln.x1 for ln in prose)
    return {id(ln) for ln in lines if ln.x0 >= right + body or ln.x1 <= left - body}


def _footnotes(page: PageText, lines: list[_Line], body: float) -> set[int]:
    """ids of footnote lines: small print at the bottom of the page below a rule, nothing else below it, one line
    or more starting left of the rule's middle (a note starts at the column's edge; small print set in the right half
    under a rule is a sign-off row flush right under a notice's distribution box, ``签发：X　　核稿：Y　　拟稿：Z``,
    the document's own line: dev15, as ``主治医师：X　　住院医师：Y`` flush right at a record's foot, dev14)."""
    for x0, x1, y in sorted(page.rules, key=lambda r: -r[2]):
        if y > 0.4 * page.height:
            continue
        below = [ln for ln in lines if ln.top <= y + 1]
        if below and all(ln.size < 0.92 * body for ln in below) and max(ln.top for ln in below) > y - 3 * body \
                and any(ln.y > y for ln in lines) and any(ln.x0 < (x0 + x1) / 2 for ln in below):
            return {id(ln) for ln in below}
    return set()




def _cell_spans(line: _Line) -> list[tuple[float, float]]:
    """Where each cell of a line starts and ends: runs of characters apart by more than 1.5 characters."""
    spans: list[tuple[float, float]] = []
    start = end = None
    for ch, x in zip(line.chars, line.xs, strict=True):
        if ch.isspace():
            continue
        if end is None or x - end > 1.5 * line.size:
            if start is not None:
                spans.append((start, end))
            start = x
        end = x + (0.55 if ch.isascii() else 1.0) * line.size
    if start is not None:
        spans.append((start, end))
    return spans


_ROW_CELLS = 3  # cells of a line, at least, that a table row's debris gives one unit each


def _row_cells(line: _Line) -> list[_Line]:
    """A table row's cells, each a line of its own (its characters, in order), where the row has :data:`_ROW_CELLS` or
    more (:func:`_cell_spans`); else the line itself. A row's cells run together without a separator in one unit's text,
    wide text against figures (``项目2023年2022年增减``, ``基本每股收益0.52``): one unit a cell, as the DOCX reader
    gives a table and the native gold lists its cells (``apparatus``). A space inside a cell stays in it, for the text
    to keep between two narrow characters as a paragraph's does (``75mg 2次/日``, newuser24 trial)."""
    spans = _cell_spans(line)
    if len(spans) < _ROW_CELLS:
        return [line]
    out: list[_Line] = []
    at = -1
    chars = line.chars
    for k, (ch, x) in enumerate(zip(chars, line.xs, strict=True)):
        if ch.isspace():
            # (a space inside a cell is the cell's, its text's to keep or drop as a paragraph's: ``75mg 2次/日``)
            n = k + 1
            while n < len(chars) and chars[n].isspace():
                n += 1
            if not out or n == len(chars) or at + 1 < len(spans) and line.xs[n] >= spans[at + 1][0] - 0.01:
                continue
        elif at + 1 < len(spans) and x >= spans[at + 1][0] - 0.01:
            at += 1
            out.append(_Line(line.page, y=line.y, top=line.top, size=line.size, col=line.col, left=line.left,
                             right=line.right, bound=line.bound, x0=x))
        cell = out[-1]
        cell.idx.append(line.idx[k])
        cell.chars.append(ch)
        cell.xs.append(x)
        cell.fs.append(line.fs[k] if k < len(line.fs) else line.size)
        cell.x1 = spans[at][1]
    return out


def _cells(line: _Line) -> list[float]:
    """x where each cell of a line starts (:func:`_cell_spans`)."""
    return [x for x, _ in _cell_spans(line)]


def _tables(lines: list[_Line], body: float = 0.0) -> set[int]:
    """ids of table rows and their caption: two or more lines in a row (same column, close below each
    other) of three or more cells whose starts or centres line up (a header row's words centred over
    figures); a line just above or below them that starts ``表1`` / ``圖一`` / ``Table 2`` is the caption, and
    so is a short line right above them set in the right half of the table, no sentence (its unit:
    ``单位：元　币种：人民币``, dev11); small print (under 0.95 of ``body``) right under the last row, and
    the small print close under it, is the table's note (``注：份额按销售额计算。``, ``资料来源：…``, dev13)."""
    spans = [_cell_spans(ln) for ln in lines]
    cells = [[x for x, _ in sp] for sp in spans]

    def aligned(i: int, j: int) -> bool:
        a, b = lines[i], lines[j]
        if not _row_under(a, b) or len(cells[i]) < 3 or len(cells[j]) < 3:
            return False
        near = 0.5 * a.size
        return (sum(any(abs(x - y) < near for y in cells[j]) for x in cells[i]) >= 3
                or sum(any(abs(x0 + x1 - y0 - y1) < 2 * near for y0, y1 in spans[j]) for x0, x1 in spans[i]) >= 3)

    rows: set[int] = set()
    for i in range(len(lines) - 1):
        if aligned(i, i + 1):
            rows |= {i, i + 1}
    rows |= _spec_rows(lines, spans)
    for i in range(len(lines) - 1):  # a header row of short cells over a row whose cells start under its own
        a, b = lines[i], lines[i + 1]
        if (len(cells[i]) >= _HEAD_CELLS and _short_cells(a, cells[i]) and _row_under(a, b)
                and all(any(abs(x - y) < 0.5 * a.size for y in cells[i]) for x in cells[i + 1])):
            rows |= {i, i + 1}
    for i in sorted(rows):
        for j in (i - 1, i + 1):
            if 0 <= j < len(lines) and j not in rows and lines[j].page == lines[i].page \
                    and abs(lines[j].y - lines[i].y) < 3 * lines[i].size \
                    and (CAPTION.match(lines[j].text) or (j == i - 1 and _unit_note(lines[j], spans[i]))):
                rows.add(j)
    for i in sorted(rows):  # the note under a table: small print right under its last row
        j = i + 1
        while j < len(lines) and j not in rows and lines[j].size < SMALL_PRINT * body and lines[j].page == lines[i].page \
                and lines[j].col == lines[i].col and 0 < lines[j - 1].y - lines[j].y < 3 * lines[j - 1].size \
                and lines[j].x0 < spans[i][-1][1]:
            rows.add(j)
            j += 1
    return {id(lines[i]) for i in rows}


_SIDE_ROWS = 3  # baselines that a table's cells set side by side share, at least
_ROW_GAP = 8  # sizes between two such baselines, at most (a cell's text wrapped over lines between them)
_PADDING = 1.0  # points a table's first cell is set in from its column's edge, at least (the cell's padding)


def _side_by_side(lines: list[_Line]) -> set[int]:
    """ids of the lines of a table whose cells pdfium gives as lines of their own side by side (a two-column table of
    terms, ``发行人、公司、本公司`` beside ``指东屿生物医药股份有限公司``, dev14; a form's ``研究内容`` beside its text,
    dev13; an audit's key matters beside the response, dev14): three or more baselines in one column (``lines``: one
    page in reading order) that two or more lines share, the first set in from the column's edge by a cell's padding
    (a point or more: two columns of text side by side start at the edge), the cells on each starting where the last
    one's do (within half a character), each baseline within eight sizes of the last, and the lines between them that
    start where a cell does (a cell's text wrapped)."""
    rows: dict[tuple[int, int], list[_Line]] = collections.defaultdict(list)
    for ln in lines:
        rows[ln.col, round(ln.y * 4)].append(ln)
    shared = sorted(((col, y, sorted(r, key=lambda ln: ln.x0)) for (col, y), r in rows.items() if len(r) >= 2),
                    key=lambda t: (t[0], -t[1]))
    out: set[int] = set()
    run: list[list[_Line]] = []

    def close() -> None:
        if len(run) >= _SIDE_ROWS:
            starts = [ln.x0 for ln in run[0]]
            top, bottom = run[0][0].y, run[-1][0].y
            out.update(id(ln) for ln in lines if ln.col == run[0][0].col and bottom - 3 * ln.size < ln.y <= top
                       and any(abs(ln.x0 - x) < 0.5 * ln.size for x in starts))

    for _col, _y, row in shared:
        last = run[-1] if run else None
        if row[0].x0 < row[0].left + _PADDING:
            close()
            run = []
            continue  # (a column's own line at its edge: two columns side by side, no table)
        if last is not None and last[0].col == row[0].col and len(last) == len(row) \
                and 0 < last[0].y - row[0].y <= _ROW_GAP * row[0].size \
                and all(abs(a.x0 - b.x0) < 0.5 * b.size for a, b in zip(last, row, strict=True)):
            run.append(row)
            continue
        close()
        run = [row]
    close()
    return out


def _row_under(a: _Line, b: _Line) -> bool:
    """``b`` is the next row of a table under ``a``: the same page and column, less than 2.5 of ``a``'s size below it."""
    return a.page == b.page and a.col == b.col and 0 < a.y - b.y < 2.5 * a.size


def _unit_note(line: _Line, row: list[tuple[float, float]]) -> bool:
    """``line`` is short, ends no sentence, starts right of the middle of the table row ``row`` under it and reaches its
    right end (set flush right over it; a byline centred over a lesson plan's table of fields is no note, dev12)."""
    return (rules.unit_note(line.squashed) and line.x0 > (row[0][0] + row[-1][1]) / 2
            and line.x1 >= row[-1][1] - line.size)


_PROSE_MARKS = re.compile(r"[，。；！？;]|,(?!\d{3}(?!\d))")  # (a comma, but not a figure's thousands separator: ``18,450``)
_HEAD_CELLS = 4  # cells of a table's header row over a row of empty cells (an exam's score table)
_CELL_CHARS = 4  # characters of a short cell
_ROW_CHARS = 10  # characters of a small table's row that the document repeats (an exam's grader box)


def _short_cells(line: _Line, starts: list[float]) -> bool:
    """Every cell of ``line`` (``starts``: :func:`_cells`) holds at most :data:`_CELL_CHARS` characters, and none a
    sentence or clause mark."""
    if _PROSE_MARKS.search(line.squashed):
        return False
    counts = [0] * len(starts)
    k = 0
    for ch, x in zip(line.chars, line.xs, strict=True):
        if ch.isspace():
            continue
        while k + 1 < len(starts) and x >= starts[k + 1] - 0.5:
            k += 1
        counts[k] += 1
    return max(counts) <= _CELL_CHARS


def _repeated_rows(lines: list[_Line]) -> set[int]:
    """ids of the rows of a small table that the document prints twice or more (an exam's grader box, ``得分　评卷人``
    over each part): two or more short cells (:func:`_short_cells`), :data:`_ROW_CHARS` characters at most, on two
    baselines or more (the two sides of a signature block, ``日期：　年　月　日`` twice on one row, are no such box)."""
    rows = [(ln, _cells(ln)) for ln in lines if len(ln.squashed) <= _ROW_CHARS]
    rows = [ln for ln, starts in rows if len(starts) >= 2 and _short_cells(ln, starts)]
    seen = collections.Counter(sq for sq, _, _ in {(ln.squashed, ln.page, round(ln.y)) for ln in rows})
    return {id(ln) for ln in rows if seen[ln.squashed] >= 2}


_SPEC_ROWS = 3  # rows of a two-column table of specifications
_SPEC_MAX = 30  # characters of such a row


def _spec_rows(lines: list[_Line], spans: list[list[tuple[float, float]]]) -> set[int]:
    """Indexes of the rows of a two-column table: three or more lines in a row (same column, close below each other)
    of two cells each (``spans``: :func:`_cell_spans`), the first cells' starts lined up and the second cells' starts or
    ends (figures set flush right, ``18,450`` over ``3,200``), the second holding a digit, no sentence or clause mark
    (``額定電壓　220V-50Hz`` / ``額定功率　36W`` / …, a manual's technical data); and the table's header row right above
    them, two cells lined up so, no figure (``项目　内容``, ``項目　金額（港元）``; dev12, dev15)."""
    def row(i: int) -> bool:
        ln = lines[i]
        return (len(spans[i]) == 2 and len(ln.squashed) <= _SPEC_MAX and _PROSE_MARKS.search(ln.squashed) is None
                and any(ch.isdigit() for ch, x in zip(ln.chars, ln.xs, strict=True) if x >= spans[i][1][0] - 1))

    def under(i: int, j: int) -> bool:
        a, b = lines[i], lines[j]
        (a0, _), (a1, a2) = spans[i]
        (b0, _), (b1, b2) = spans[j]
        near = 0.5 * a.size
        return _row_under(a, b) and abs(a0 - b0) < near and (abs(a1 - b1) < near or abs(a2 - b2) < near)

    out: set[int] = set()
    run: list[int] = []
    for i in range(len(lines) + 1):
        if i < len(lines) and row(i) and (not run or under(run[-1], i)):
            run.append(i)
            continue
        if len(run) >= _SPEC_ROWS:
            out.update(run)
            head = run[0] - 1
            if head >= 0 and len(spans[head]) == 2 and len(lines[head].squashed) <= _SPEC_MAX and under(head, run[0]) \
                    and _PROSE_MARKS.search(lines[head].squashed) is None and not any(ch.isdigit() for ch in lines[head].squashed):
                out.add(head)
        run = [i] if i < len(lines) and row(i) else []
    return out


# a table-of-contents entry: text, a run of leader dots, a page number at the end of the line (or an author's name and the
# page number in brackets: a journal's ``……………… 莫帅（56）``)
LEADER = re.compile(r"(?:(?:…\s*){2,}|(?:[.·・．‧⋯]\s*){4,})"
                    r"(?:\d{1,4}|[ivxlcIVXLC]{1,6}|[^\s…。，；]{1,12}?\s*[（(]\d{1,4}[）)])\s*$")
_CONTENTS_HEAD = 12  # characters of a section's label between a contents page's entries (``【实践探索】``)


def _contents(lines: list[_Line]) -> set[int]:
    """ids of table-of-contents lines: two or more entries on a page (leader dots running to a page
    number at the line's end) and a short line just above the first of them (its ``目录`` heading)."""
    entries = [i for i, ln in enumerate(lines) if LEADER.search(ln.text) and not LEADER.fullmatch(ln.text)]
    out: set[int] = set()
    for i in entries:
        if sum(lines[j].page == lines[i].page for j in entries) >= 2:
            out.add(i)
    for i in sorted(out):
        j = i - 1
        if j >= 0 and j not in out and lines[j].page == lines[i].page and len(lines[j].squashed) <= 6 \
                and 0 < lines[j].y - lines[i].y < 4 * lines[i].size:
            out.add(j)
            if j - 1 >= 0 and j - 1 not in out and lines[j - 1].page == lines[j].page and len(lines[j - 1].squashed) <= 6 \
                    and 0 < lines[j - 1].y - lines[j].y < 4 * lines[i].size:
                out.add(j - 1)  # (the heading over a section's label: ``目　　次`` over ``【专题研究】``)
    for i in range(1, len(lines) - 1):  # a section's label between two entries of the page (``【实践探索】``)
        if i not in out and i - 1 in out and i + 1 in out and lines[i - 1].page == lines[i].page == lines[i + 1].page \
                and len(lines[i].squashed) <= _CONTENTS_HEAD and not rules.SENTENCE_END_RE.search(lines[i].squashed):
            out.add(i)
    return {id(lines[i]) for i in out}


QUOTE_MARKS = "“”‘’「」『』\"'…．.・ "


def _pull_quotes(page: PageText, lines: list[_Line], body: float, prose: str) -> set[int]:
    """ids of pull-quote lines: up to four lines between two rules of about the same width, close above
    and below them, with nothing else between, whose text the article prints elsewhere (``prose``: the
    document's text, spaces removed) or that is a quotation wholly in quote marks set larger than the body."""
    out: set[int] = set()
    for upper in page.rules:
        for lower in page.rules:
            x0, x1 = max(upper[0], lower[0]), min(upper[1], lower[1])
            if not 0 < upper[2] - lower[2] < 12 * body or x1 - x0 < 0.8 * max(upper[1] - upper[0], lower[1] - lower[0]):
                continue
            inside = [ln for ln in lines if lower[2] < ln.y < upper[2] and ln.x1 > x0 and ln.x0 < x1]
            if not inside or len(inside) > 4 or any(ln.x0 < x0 - ln.size or ln.x1 > x1 + ln.size for ln in inside):
                continue
            whole = "".join(ln.squashed for ln in sorted(inside, key=lambda ln: -ln.y))
            core = whole.strip(QUOTE_MARKS)[:12]
            # (or a quotation wholly in quote marks, in type larger than the body: a pull quote that
            # prints a saying the article does not)
            quoted = whole[:1] in "“「『" and whole[-1:] in "”」』" and min(ln.size for ln in inside) >= 1.2 * body
            if len(core) >= 8 and (quoted or prose.count(core) >= 2):
                out |= {id(ln) for ln in inside}
    return out


def _captions(page: PageText, lines: list[_Line], body: float) -> set[int]:
    """ids of the lines of a caption: small print right under a box (a photo's place), within its width or
    from the column's edge (a chart's source line set flush left under a chart inset in the column,
    ``资料来源：…``, dev13), each line close under the one before."""
    out: set[int] = set()
    for x0, y0, x1, _y1 in page.boxes:
        last = None
        for ln in sorted((ln for ln in lines if ln.y < y0 and ln.x0 >= min(x0, ln.left) - 2 and x0 < ln.x1 <= x1 + 2),
                         key=lambda ln: -ln.y):
            if ln.size >= 0.95 * body or (last is None and y0 - ln.top > 1.5 * ln.size) \
                    or (last is not None and (last.y - ln.y > 2 * ln.size or abs(last.size - ln.size) > 0.3)):
                break
            out.add(id(ln))
            last = ln
    return out


# a line that opens a new footnote: the text route's note marks (rules.NOTE_MARK) and the other marks
# footnotes in print open with (a number, a bracketed number, a star or dagger, 注/註)
NOTE_MARK = re.compile(rf"\s*(?:{rules.NOTE_MARK.pattern}|[\[［(（]\s*\d{{1,3}}\s*[\]］)）]|\d{{1,3}}\s*[.．、)）]?"
                       rf"|[{re.escape(rules.ASTERISKS + rules.DAGGERS)}\u2474-\u2487\u2776-\u277f]|注|註)")


def _units(lines: list[_Line], body: float, notes: set[int] = frozenset(),
           apparatus: set[int] = frozenset(), boxes: dict[int, list] | None = None,
           aside: set[int] = frozenset(), strokes: dict[int, list] | None = None,
           web: bool = False) -> list[tuple[str, list[Char]]]:
    """Lines in reading order to units; ``notes`` (footnotes) and ``aside`` (pull quotes, captions) are
    debris out of the flow, a paragraph running on across them; ``apparatus`` (table rows, contents
    entries) are debris in the flow."""
    boxes = boxes or {}
    pitches = [a.y - b.y for a, b in zip(lines, lines[1:], strict=False) if a.page == b.page and a.col == b.col
               and abs(a.size - body) < 0.5 and abs(b.size - body) < 0.5 and 0 < a.y - b.y < 3 * body]
    pitch = statistics.median(pitches) if pitches else 1.5 * body
    blocks: list[tuple[str, list[_Line]]] = []
    seen_body = False
    first_page = lines[0].page if lines else 1
    title_size = max((ln.size for ln in lines if ln.page == first_page), default=body)
    placed: list[tuple[int, list[_Line]]] = []  # out of the flow: (after how many blocks, lines)
    lead = _leads(lines, body)
    # markers that open a note further on ("[2]博物館包括…"): alone on a line, such a marker ends the paragraph above
    marks = {m.group() for ln in lines if ln.squashed[:1] in "[［" and (m := ENDNOTE_MARK.match(ln.squashed))
             and len(ln.squashed) > m.end()}
    bottom: dict[int, float] = {}  # per page, the baseline of the lowest body line
    for ln in lines:
        if abs(ln.size - body) < 0.5 and id(ln) not in notes and id(ln) not in apparatus and id(ln) not in aside:
            bottom[ln.page] = min(bottom.get(ln.page, ln.y), ln.y)
    flush = _flush_paragraphs(lines, body)
    sqs = [ln.squashed for ln in lines]  # a court's signature lines (office.signer_line), where the text names its clerk
    signers = {id(ln) for k, ln in enumerate(lines) if signer_line(ln.squashed, _gapped(ln), beside_signer(sqs, k))} \
        if names_clerk("\n".join(sqs)) else set()
    ragged = _ragged(lines, body, pitch)  # (None, or how the document marks a paragraph's start: "indent", "space", "")
    for k, ln in enumerate(lines):
        if id(ln) in notes:
            if placed and id(placed[-1][1][-1]) in notes and placed[-1][1][-1].page == ln.page \
                    and not NOTE_MARK.match(ln.text):
                placed[-1][1].append(ln)
            else:
                placed.append((len(blocks), [ln]))
            continue
        if id(ln) in aside:  # a pull quote's or a caption's line: a debris unit of its own, out of the flow
            placed.append((len(blocks), [ln]))
            continue
        if id(ln) in apparatus:  # a table row or its caption: a debris unit of its own (a row: one a cell), in the flow
            blocks += [("debris", [cell]) for cell in _row_cells(ln)]
            continue
        boxed = ln.col >= 10  # (a sidebar's heading is no title, its text no body text)
        if not seen_body and not boxed and ln.page == first_page and ln.size >= 1.25 * body and ln.size >= title_size - 0.5:
            cls = "title"
        elif ln.size >= 1.08 * body and id(ln) not in lead:
            cls = "heading"
        else:
            cls = "paragraph"
            # (small print above a title is no body text, and neither is a short line centred over
            # it: a document number under a masthead)
            seen_body = seen_body or ln.size >= 0.95 * body and not boxed and not (_centred(ln) and len(ln.squashed) <= 30)
        if (cls == "paragraph" and marks and ln.squashed in marks and blocks and blocks[-1][0] == cls
                and _sentence_end(blocks[-1][1][-1].text)):
            blocks[-1][1].append(ln)  # an endnote marker a wrap put under its sentence ("…426場次。" / "[2]")
            continue
        if cls == "paragraph" and blocks and blocks[-1][0] == cls and _beside_cap(blocks[-1][1], ln, pitch):
            blocks[-1][1].append(ln)  # a paragraph that opens with a drop cap: its lines set in beside it, then back
            continue
        if cls == "paragraph" and ragged is not None and blocks and blocks[-1][0] == cls \
                and _ragged_run_on(blocks[-1][1][-1], ln, pitch, ragged):
            blocks[-1][1].append(ln)  # a line a ragged right edge left short, the next one flush: the paragraph runs on
            continue
        if cls == "paragraph" and blocks and blocks[-1][0] == cls \
                and _hangs(blocks[-1][1], ln, pitch, lines[k + 1] if k + 1 < len(lines) else None, flush,
                           ragged is not None):
            blocks[-1][1].append(ln)  # the next line of an entry set with a hanging indent
            continue
        if cls == "paragraph" and not flush and blocks and blocks[-1][0] == cls \
                and _marked_run_on(blocks[-1][1], ln, pitch, lines[k + 1] if k + 1 < len(lines) else None):
            blocks[-1][1].append(ln)  # a mark opening a line flush under a full line: the paragraph runs on
            continue
        if blocks and blocks[-1][0] == cls and _continues(blocks[-1][1][-1], ln, cls, pitch, body,
                                                          boxes.get(blocks[-1][1][-1].page, ()), signers) \
                and not (cls == "paragraph" and (_column_end(blocks[-1][1][-1], ln, bottom, pitch, boxes)
                                                 or _spaced_after(blocks[-1][1], ln))):
            blocks[-1][1].append(ln)
        else:
            blocks.append((cls, [ln]))
    for k in range(len(blocks) - 1, -1, -1):  # an editor or source line run on after a full last line
        cls, group = blocks[k]
        last = group[-1]
        if cls == "paragraph" and len(group) > 1 and group[-2].text.rstrip()[-1:] in SENTENCE_END \
                and last.x1 < last.right - 2.5 * last.size and last.squashed not in marks \
                and standalone_kind(" ".join(last.text.split())):
            blocks[k:k + 1] = [(cls, group[:-1]), (cls, [last])]
            placed = [(at + 1 if at > k else at, notes_) for at, notes_ in placed]
    for k, (cls, group) in enumerate(blocks):
        # a short line alone at the column edge or the indent, a little larger than the body, without a sentence:
        # a heading in a type set off by weight more than by size (``（一）相关评价`` in 12.5 points over 12)
        # (or underlined: a rule right under the line, as wide as it, ``<u>塞爾維亞與蒙特內哥羅的前世今生</u>``)
        if cls == "paragraph" and len(group) == 1 and len(group[0].squashed) <= 20 \
                and (body + 0.4 <= group[0].size or _underlined(group[0], (strokes or {}).get(group[0].page, ()))) \
                and not any(ch in "。，；：！？,;:" for ch in group[0].squashed) \
                and group[0].x0 - group[0].left < 3.5 * group[0].size \
                and group[0].x1 < group[0].right - 2.5 * group[0].size and not standalone_kind(group[0].text.strip()):
            blocks[k] = ("heading", group)
    _reference_section(blocks, body)
    for at, group in reversed(placed):
        blocks.insert(at, ("debris", group))
    # the forms of head the document sets alone on their line twice or more (a head of such a form run into its
    # section's first line stays in that paragraph: the corpus convention, settled in session 13)
    forms = [alone for alone in _HEAD_FORMS if sum(bool(alone.fullmatch(ln.squashed)) for ln in lines) >= 2]
    out = []
    for cls, group in blocks:
        chars = _chars(group)
        cut = run_in_byline(group[0].text) if cls == "paragraph" else 0
        if cls == "paragraph" and len(group) == 1 and any(alone.fullmatch(group[0].squashed) for alone in forms):
            cls = "heading"  # (those alone on their line)
        elif cls == "paragraph" and len(group) == 1 and own_number(group[0].squashed):
            cls = "meta"  # the document's own number alone on its line (``合同编号：HT-2024-073``)
        elif cls == "paragraph" and not web and len(group) == 1 and numbered_head(group[0].text) \
                and not standalone_kind(" ".join(group[0].text.split())):
            # a numbered head alone on its line in the body's type (``二、进展情况``, ``（二）強化示範引領``, ``5.1　一般要求``):
            # a heading, as the text route's line rules make it (not on a browser's print, whose units article.frame
            # judges by their kinds)
            cls = "heading"
        # (a dateline byline run into the paragraph's line is the paragraph's, session 17's gold; one a gap sets apart
        # is cut off: readers.common.run_in_byline)
        out += [("byline", chars[:cut]), (cls, chars[cut:])] if cut else [(cls, chars)]
    return out


def _reference_section(blocks: list[tuple[str, list[_Line]]], body: float) -> None:
    """Make a references section that closes the flow debris, its heading and its entries (the convention
    :func:`refs.mark_references` keeps for two or more numbered entries, settled in session 16): a heading of sources
    (:data:`rules.REFERENCE_HEAD`: ``参考文献``, ``參考文獻``) alone on its line, then to the flow's end only lines in
    small print (under :data:`SMALL_PRINT` of the body), one of them or more with a citation's year
    (:func:`refs.cites_year`). So a single numbered entry goes too (``[1] 袁春梅. 六十进制考[J]. 史学月刊, 2019(4): 12-25.``,
    dev5 p5), and entries without numbers, each set with a hanging indent (``吳明德（2018）。國民小學閱讀教育之實施。臺北：五`` /
    ``南。``, dev16 q16). The entries are walked back from the flow's end first: a document without small print
    there asks no more."""
    k = len(blocks)
    while k > 0 and blocks[k - 1][0] in ("paragraph", "debris") \
            and all(ln.size < SMALL_PRINT * body for ln in blocks[k - 1][1]):
        k -= 1
    if k == len(blocks) or k == 0:
        return
    cls, group = blocks[k - 1]
    if cls not in ("heading", "paragraph") or len(group) != 1 or not rules.REFERENCE_HEAD.fullmatch(group[0].squashed) \
            or not any(cites_year(ln.squashed) for _, entry in blocks[k:] for ln in entry):
        return
    blocks[k - 1:] = [("debris", entry) for _, entry in blocks[k - 1:]]


# heads of a form a document may set alone on their line (squeezed): a package insert's ``【用法用量】`` (not a
# credit, ``【责任编辑：马晓东】``), a contract's article number and title, ``第二条合同价款``
_HEAD_FORMS = (
    BRACKET_HEAD,
    re.compile(rf"第[〇零{rules.NUMERAL}百0-9]{{1,4}}[条條][\u4e00-\u9fff]{{1,10}}"),
)


_COLUMN_CHARS = 4  # one-character lines, at least, in a line of text set vertically


def _margin_column(page: PageText, body: float) -> None:
    """Drop a line of text set vertically in the margin (an exam's sealing line ``密封线内不要答题``, one character a
    string): four or more lines of one character each at one x (within a point), one under another at an even
    step (the steps within a quarter of the largest), wholly left or right of the page's text block (the span of
    its lines of ten characters or more) by half a body size or more."""
    block = [ln for ln in page.lines if len(ln.squashed) >= 10]
    singles = [ln for ln in page.lines if len(ln.squashed) == 1]
    if not block or len(singles) < _COLUMN_CHARS:
        return
    left, right = min(ln.x0 for ln in block), max(ln.x1 for ln in block)
    by_x: dict[int, list[_Line]] = collections.defaultdict(list)
    for ln in singles:
        if ln.x1 <= left - 0.5 * body or ln.x0 >= right + 0.5 * body:
            by_x[round(ln.x0)].append(ln)
    drop: set[int] = set()
    for group in by_x.values():
        if len(group) < _COLUMN_CHARS:
            continue
        ys = sorted((ln.y for ln in group), reverse=True)
        steps = [a - b for a, b in zip(ys, ys[1:], strict=False)]
        if min(steps) > 0 and max(steps) - min(steps) <= 0.25 * max(steps):
            drop |= {id(ln) for ln in group}
    if drop:
        page.lines = [ln for ln in page.lines if id(ln) not in drop]


def _drop_caps(page: PageText, body: float) -> None:
    """A **drop cap** read as a line of its own (one character twice the body size or more, on its own baseline
    below the lines it stands beside) goes to the front of the first of the body lines set in beside it, their
    baselines between its baseline and its top, their starts within one and a half cap widths right of it."""
    caps = [ln for ln in page.lines if len(ln.squashed) == 1 and ln.size >= _CAP * body]
    for cap in caps:
        beside = [ln for ln in page.lines if ln is not cap and abs(ln.size - body) < 0.5 and cap.y - 1 <= ln.y <= cap.top
                  and cap.x1 < ln.x0 <= cap.x1 + 1.5 * (cap.x1 - cap.x0)]
        if not beside:
            continue
        host = max(beside, key=lambda ln: ln.y)
        k = next(j for j, ch in enumerate(cap.chars) if not ch.isspace())
        host.idx.insert(0, cap.idx[k])
        host.chars.insert(0, cap.chars[k])
        host.xs.insert(0, cap.xs[k])
        host.fs.insert(0, cap.fs[k])
        host.x0, host.top = min(host.x0, cap.x0), max(host.top, cap.top)
        host.__dict__.pop("squashed", None)  # (read again with the cap)
        page.lines = [ln for ln in page.lines if ln is not cap]


_CAP = 2.0  # a drop cap's size over its line's, at least
_CAP_LINES = 4  # lines a drop cap stands beside, at most


def _beside_cap(group: list[_Line], ln: _Line, pitch: float) -> bool:
    """``ln`` goes on from a paragraph that opens with a **drop cap**: the group's first line opens with a character
    twice its size or more (``此`` in 30 points over 10.5), the lines beside the cap are set in by about its width,
    and the line under them comes back to the first line's start (a line set in alone would be a first line)."""
    first = group[0]
    if len(group) > _CAP_LINES or not first.fs:
        return False
    k = next((j for j, ch in enumerate(first.chars) if not ch.isspace()), None)
    if k is None or first.fs[k] < _CAP * first.size:
        return False
    prev = group[-1]
    if ln.page != prev.page or ln.col != prev.col or not 0 < prev.y - ln.y <= 1.25 * pitch or abs(ln.size - prev.size) >= 0.4:
        return False
    cap = first.fs[k]
    beside = all(first.x0 + first.size < g.x0 <= first.x0 + 1.5 * cap for g in group[1:])
    if prev is first or beside and ln.x0 > first.x0 + first.size:
        return first.x0 + first.size < ln.x0 <= first.x0 + 1.5 * cap  # (a line beside the cap)
    return beside and abs(ln.x0 - first.x0) < 0.5 * ln.size  # (the first line under the cap, back at the margin)


_HANG_LABEL = 12  # characters of a hanging entry's label ("8月15日", "2023年12月31日")
_HANG_MAX = 6  # ems a hanging entry's later lines are set in, at most


_SET_IN_FULL = 0.75  # of the column's width: a line of a block set in that is no heading


def _flush_right(prev: _Line, ln: _Line) -> bool:
    """Two short lines set flush right, one under the other (a letter's signing organisation over its date):
    they end at one x, start at different ones, both in the right half of the column."""
    return (abs(prev.x1 - ln.x1) < 1 and abs(prev.x0 - ln.x0) > 1
            and min(prev.x0, ln.x0) > (ln.left + ln.right) / 2)


def _label_gap(line: _Line) -> bool:
    """The line opens with a short label and a gap after it (``8月15日　义熙十一年，…``)."""
    chars, xs = line.chars, line.xs
    for k in range(1, min(len(chars), _HANG_LABEL + 2)):
        if chars[k].isspace():
            continue
        if chars[k - 1].isspace() or xs[k] - xs[k - 1] > 1.6 * line.size:
            return True
    return False


def _speaker(line: _Line) -> bool:
    """The line opens with a short name and a colon (a script's speaker, ``马涛芳：（站起）…``, dev14)."""
    head = line.squashed[:_SPEAKER + 1]
    k = min((head.find(c) for c in "：:" if c in head), default=-1)
    return k >= 1 and not any(ch in "，。；、（(" for ch in head[:k])


_SPEAKER = 6  # characters of a speaker's name before the colon that opens a line set with a hanging indent


def _hangs(group: list[_Line], ln: _Line, pitch: float, nxt: _Line | None = None, flush: bool = False,
           ragged: bool = False) -> bool:
    """``ln`` goes on the entry ``group`` set with a hanging indent: the entry's first line starts at
    the column's edge with a short label and a gap (a chronicle's ``8月15日　义熙十一年，…``) or a colon, every
    later line (``ln`` too) is set in by the same amount (1.5 to 6 ems; or, after a numbered item's first line that
    ends no sentence, by half an em or more and no further than its text past the mark: ``1．现任…`` over
    ``三会副会长；``, dev14; ``（1）吉斯伯恩…当`` over ``地人口…`` two ems in, its text 2.5 ems in, and ``2．龚瑶娜…`` over
    ``限公司…`` one em in, dev15), the line above ``ln`` is full, and ``ln`` is the next line of the column (or the
    first of the next page's, its indent measured from that column's edge).

    Over a numbered item's line that ends a sentence, ``ln`` at the item's indent goes on too where it cannot be a
    paragraph's first line: ``nxt``, the line under it in the column, stands at the same indent (a first line's
    paragraph would come back to the edge: ``一、…聯繫。`` over ``人類在…`` and ``０多年…``, dev15's bulletin, ``1. 暴发户…
    财富。`` over ``通常情况下…``, dev15's notice), or the document sets its paragraphs flush (``flush``: no first-line
    indent, ``（2）…处罚。`` over ``2009年…比赛中；`` then ``（3）``, dev15's insurance terms); not where ``ln`` opens with
    an item mark of its own (a sub-item set in under the item, ``（一）…``).

    In a document set ragged right (``ragged``, :func:`_ragged`) the line above need not be full, only not end a
    sentence (``2．有时一个用户正在编辑，…储存页面`` short of the edge over ``同一段落的编辑，…`` at the item's indent)."""
    first, prev = group[0], group[-1]
    size = ln.size
    if abs(prev.size - size) >= 0.4 or first.x0 > first.left + 0.5 * first.size:
        return False
    if prev.right - prev.x1 >= 2.5 * prev.size and not (ragged and _open_end(prev.text)):
        return False
    off = ln.x0 - ln.left  # (from the column's edge: the next page's column may stand elsewhere)
    start = first.x0 - first.left
    under_text = _item_text_x(first)  # (a numbered item's later lines set in, at most under its text past the mark)
    ended = prev.squashed[-1:] in "。！？；;"
    if under_text is not None and 0.5 * size <= off - start and off <= under_text - first.left + 0.3 * size \
            and (not ended or not ITEM_START.match(ln.squashed) and (
                flush or nxt is not None and nxt.page == ln.page and nxt.col == ln.col
                and 0 < ln.y - nxt.y <= 1.25 * pitch and abs(nxt.x0 - ln.x0) <= 0.3 * size)):
        labelled = True
    elif not 1.5 * size <= off - start <= _HANG_MAX * size:
        return False
    else:
        labelled = False
    if prev.page == ln.page:
        if prev.col != ln.col or not 0 < prev.y - ln.y <= 1.25 * pitch:
            return False
    elif ln.page != prev.page + 1:
        return False
    # (a speaker's line that ends a sentence or a clause is a whole item, the line set in under it the next
    # paragraph's first: ``2026年：…；`` over an indented paragraph)
    return all(abs(g.x0 - g.left - off) <= 0.3 * size for g in group[1:]) and (
        labelled or _label_gap(first) or _speaker(first) and not ended)


def _flush_paragraphs(lines: list[_Line], body: float) -> bool:
    """The document sets its paragraphs flush: of the body lines under a body line that ends a sentence short of
    its column's edge (a paragraph's last line) in the same column, not opening with an item mark, two or more
    start at the column's edge (within half a character) and at least twice as many as start set in by 1.5 to
    2.6 characters (a first-line indent)."""
    flush = indented = 0
    for a, b in zip(lines, lines[1:], strict=False):
        if a.page == b.page and a.col == b.col and abs(a.size - body) < 0.5 and abs(b.size - body) < 0.5 \
                and 0 < a.y - b.y < 2 * body and a.right - a.x1 >= 2.5 * a.size and a.text.rstrip()[-1:] in "。！？" \
                and not ITEM_START.match(b.squashed):
            indent = (b.x0 - b.left) / b.size
            flush += indent < 0.5
            indented += 1.5 <= indent <= 2.6
    return flush >= 2 and flush >= 2 * indented


_RAGGED_ROOM = 1.5  # characters: room a line leaves at the right edge, at least, that a ragged right edge left there
_RAGGED_FULL = 4  # lines that fill the column, at most, for each line a ragged edge left short
_RAGGED_LINES = 3  # lines a ragged edge left short, at least
_RAGGED_FILL = 0.5  # of the column's width: the least a line a ragged edge left short fills


def _open_end(text: str) -> bool:
    """``text`` (a line's) ends no sentence and not with a colon: its paragraph may go on under it (the ragged rules)."""
    return not _sentence_end(text) and text.rstrip()[-1:] not in "：:"


def _ragged(lines: list[_Line], body: float, pitch: float) -> str | None:
    """The document sets its body text ragged right (lines broken between words or after a phrase's mark, not
    justified): of the body lines that have the next line of the column under them flush at the usual pitch, end no
    sentence (nor with a colon) and fill half their column or more, :data:`_RAGGED_LINES` or more leave
    :data:`_RAGGED_ROOM` characters or more at the right edge, room for the next line's first word, and hold a
    phrase's mark (running prose: ``，``, ``。``; not a field, ``企业名称：华南制药股份有限公司`` over ``生产地址：…``, nor a
    résumé's ``2003年11月至今`` over ``1968年出生``), and no more than :data:`_RAGGED_FULL` times as many fill it (within
    a character). Justified text leaves no room there but where a paragraph ends, where a sentence ends too, or
    before a Latin word too long for it (:func:`_first_word`): its ragged lines are none, or one or two.

    ``None`` where the document is not ragged; else how it marks a paragraph's first line, which the room left at
    a line's end no longer does: ``"indent"`` (two or more body lines set in 1.5 to 2.6 characters over a flush
    line), ``"space"`` (two or more lines that end a sentence with a flush line under them after a gap of 1.3 to
    2.5 times the pitch: block paragraphs), or ``""`` (neither seen)."""
    firsts = spaced = 0
    pairs = []
    ends: dict[tuple[int, int], list[float]] = {}  # per page and column: where the lines that run on end
    for a, b in zip(lines, lines[1:], strict=False):
        if a.page != b.page or a.col != b.col or abs(a.size - body) >= 0.5 or abs(b.size - body) >= 0.5 \
                or b.x0 >= b.left + 0.5 * b.size or a.y <= b.y:
            continue
        gap = a.y - b.y
        if gap > _SET_OFF * pitch:
            spaced += 1.3 * pitch <= gap <= 2.5 * pitch and _sentence_end(a.text) and not ITEM_START.match(b.squashed)
            continue
        if 1.5 * a.size <= a.x0 - a.left <= 2.6 * a.size:
            firsts += 1
        if a.x0 >= a.left + 2.6 * a.size:
            continue
        pairs.append((a, b))
        ends.setdefault((a.page, a.col), []).append(a.x1)
    # (room up to the column's edge as measured, or up to half a character past where its lines that run on end, the
    # furthest but one, where that is less: a justified page whose edge was put too far right leaves every line the
    # same room, none from where they end)
    edge = {key: sorted(xs)[-2] if len(xs) >= 3 else max(xs) for key, xs in ends.items()}
    short = full = 0
    for a, b in pairs:
        room = min(a.right, edge[a.page, a.col] + 0.5 * a.size) - a.x1
        if room < a.size:
            full += 1  # (a full line that ends a sentence too: the test is stricter for it)
        elif room >= _RAGGED_ROOM * a.size and a.x1 - a.left >= _RAGGED_FILL * (a.right - a.left) \
                and _first_word(b) <= room - 0.5 * b.size and _open_end(a.text) and _PROSE_MARKS.search(a.text):
            short += 1
    if short < _RAGGED_LINES or _RAGGED_FULL * short < full:
        return None
    return "indent" if firsts >= 2 else "space" if spaced >= 2 else ""


def _ragged_run_on(prev: _Line, ln: _Line, pitch: float, mark: str) -> bool:
    """``ln`` runs on from ``prev`` whatever room ``prev`` leaves at the right edge, in a document set ragged right
    (:func:`_ragged`; ``mark``, how it marks a paragraph's first line): ``ln`` is the next line of ``prev``'s column
    at the usual pitch (no space sets it off, :data:`_SET_OFF`), or, where ``prev`` ends no sentence, the first of the
    next column or page; it starts at the column's edge, in the same type, and opens with no item mark, note marker,
    head in brackets, label or date; ``prev`` starts at the edge or at a first-line indent, fills half its column or
    more and does not end with a colon. Where ``prev`` ends a sentence, ``ln`` runs on only where the document marks
    a paragraph's start by an indent or a space, which ``ln`` lacks, and ``ln`` reads as no heading (:func:`_label`).
    (``…37b将在美加利福尼亚州范登堡`` / ``空军基地降落。…``; ``…较上年同`` / ``期增长13.75%。``.)

    A colon inside a bracket that ``prev`` opened and did not close is no label's nor lead-in's (a title in book
    marks, ``…比如去年的《生化危機：`` / ``戰神再生》。``, dev16 q16-001; dev4 p4-008 gold the same), and after a comma
    or an enumeration comma an ordinal at the line's start goes on the clause, no item of its own (``…第六十二条第五项、``
    / ``第六十七条第九项之规定，…``, dev16 q16-000; ``…第十七届中央候补委员，`` / ``十八、十九届中央委员。``, dev6x p6x-017: every
    such wrap on the dev batches' PDFs, gold one paragraph)."""
    size = ln.size
    ended = _sentence_end(prev.text)
    end = prev.text.rstrip()[-1:]
    if prev.page == ln.page and prev.col == ln.col:
        if not 0 < prev.y - ln.y <= _SET_OFF * pitch:
            return False
    elif ended or (prev.col >= 10) != (ln.col >= 10) \
            or not (ln.page == prev.page and ln.col > prev.col or ln.page == prev.page + 1):
        return False
    return (abs(prev.size - size) < 0.4 and prev.x0 < prev.left + 2.6 * size and ln.x0 < ln.left + 0.5 * size
            and prev.x1 - prev.left >= _RAGGED_FILL * (prev.right - prev.left)
            and not (end in "：:" and not open_bracket(prev.squashed)) and not (ended and (not mark or _label(ln)))
            and not (end not in _CLAUSE_COMMAS and ITEM_START.match(ln.squashed) or ENDNOTE_MARK.match(ln.squashed)
                     or BRACKET_HEAD.match(ln.squashed)
                     or _SPACED_ITEM.match(ln.text) or _LEAD_LABEL.match(ln.squashed) or _date_alone(ln.squashed)))


def _marked_run_on(group: list[_Line], ln: _Line, pitch: float, nxt: _Line | None = None) -> bool:
    """``ln`` goes on the paragraph ``group`` though it opens with an item or note mark after a sentence or a colon
    (``③興大有…``, ``●2004-05赛季…``, ``①外围赛…``, ``１．规定…`` under ``…立法中：``; dev9xq, dev12, dev13, dev15): the
    paragraph opened with a first-line indent (1.5 to 2.6 characters; the caller asks only where the document does
    not set its paragraphs flush, :func:`_flush_paragraphs`), the line above ``ln`` fills the column (within half a
    character of its edge, or past it) and ``ln``, the next line of the column in the same type at the usual pitch
    (no space sets it off, :data:`_SET_OFF`), starts at the column's edge: a new paragraph, or an item set like one,
    would have been set in; not a short line without a sentence (:func:`_label`: a heading in the body's type,
    ``三、保障措施``), nor where ``nxt``, the line under ``ln``, opens with a mark too (items one under another at the
    edge, ``1．…：`` over ``2．…；``, are a list)."""
    first, prev = group[0], group[-1]
    size = ln.size
    return (prev.page == ln.page and prev.col == ln.col and 0 < prev.y - ln.y <= _SET_OFF * pitch
            and abs(prev.size - size) < 0.4 and 1.5 * size <= first.x0 - first.left <= 2.6 * size
            and (prev is first or prev.x0 < prev.left + 0.5 * size) and prev.x1 >= prev.right - 0.5 * size
            and ln.x0 < ln.left + 0.5 * size and ITEM_START.match(ln.squashed) is not None and not _label(ln)
            and not (nxt is not None and (ITEM_START.match(nxt.squashed) or ENDNOTE_MARK.match(nxt.squashed))))


_NUMBER_STOP = re.compile(r"\d{1,2}[、．.]")  # an item's number and its stop, whatever follows


def _item_text_x(line: _Line) -> float | None:
    """Where the text of a numbered item's first line starts past its mark (``1．``, ``（二）``, ``①``), if it opens
    with one (:data:`ITEM_START`, or a number and a stop before a figure, ``3．2010年…``: under a hanging indent no
    decimal, or a reference entry's number in brackets, ``[2] 陈晓东，刘敏. …社会科学文`` over ``献出版社，2020.`` set in
    1.5 ems, its ink a little short of them, dev16) and text follows on the line."""
    mark = ITEM_START.match(line.squashed) or _NUMBER_STOP.match(line.squashed) or ENDNOTE_MARK.match(line.squashed)
    if mark is None or mark.end() >= len(line.squashed):
        return None
    seen = 0
    for ch, x in zip(line.chars, line.xs, strict=True):
        if ch.isspace():
            continue
        if seen == mark.end():
            return x
        seen += 1
    return None


def _underlined(line: _Line, rules_: list[tuple[float, float, float]]) -> bool:
    """A rule right under the line's baseline (within 0.4 of its size) whose ends meet the line's ends (within
    one character): the line is underlined."""
    return any(line.y - 0.4 * line.size <= y < line.y and abs(x0 - line.x0) <= line.size and abs(x1 - line.x1) <= line.size
               for x0, x1, y in rules_)


def _leads(lines: list[_Line], body: float) -> set[int]:
    """ids of the lines of a standfirst (lead): two or more consecutive lines in one type between
    heading size and title size that read as prose (a ``。`` inside, a sentence end at the end)."""
    out: set[int] = set()
    k = 0
    while k < len(lines):
        j = k
        while j + 1 < len(lines) and lines[j + 1].page == lines[k].page and abs(lines[j + 1].size - lines[k].size) < 0.3:
            j += 1
        run = lines[k:j + 1]
        if len(run) >= 2 and 1.08 * body <= lines[k].size < 1.25 * body:
            text = "".join(ln.squashed for ln in run)
            if text[-1:] in SENTENCE_END and any(ch in "。！？" for ch in text[:-1]):
                out |= {id(ln) for ln in run}
        k = j + 1
    return out


_PARA_SPACE = 1.0  # points: space added after a paragraph, at least, over its own line pitch


def _spaced_after(group: list[_Line], ln: _Line) -> bool:
    """``ln`` stands a point or more further below the paragraph ``group``'s last line, which ends a sentence, than that
    line stands below the one above it, all three in one column of a page and one size: the space a block layout (no
    first-line indent) adds after each paragraph, however little (2 points on a leading of 12.75: an insurer's terms,
    dev12), where a full last line leaves nothing else to see."""
    if len(group) < 2:
        return False
    above, prev = group[-2], group[-1]
    return (above.page == prev.page == ln.page and above.col == prev.col == ln.col and _sentence_end(prev.text)
            and above.size == prev.size == ln.size and 0 < above.y - prev.y
            and prev.y - ln.y >= above.y - prev.y + _PARA_SPACE)


def _column_end(prev: _Line, ln: _Line, bottom: dict[int, float], pitch: float, boxes: dict[int, list]) -> bool:
    """``prev`` ends a sentence as the last line of its column, a line or more above the page's lowest
    body line with no box below it: the paragraph ended there (the next one, with the space before
    it, did not fit), though the line is full."""
    if (prev.page, prev.col) == (ln.page, ln.col) or prev.text.rstrip()[-1:] not in SENTENCE_END:
        return False
    if prev.y - bottom.get(prev.page, prev.y) < 0.9 * pitch:
        return False
    return not any(x0 < prev.x1 and prev.x0 < x1 and y1 < prev.y for x0, _y0, x1, y1 in boxes.get(prev.page, ()))


def _latin(line: _Line) -> bool:
    """Most of the line's letters are Latin (``A Study of Historical Memory in Local Documents``)."""
    sq = line.squashed
    return 2 * sum(ch.isascii() and ch.isalpha() for ch in sq) > len(sq)


def _symmetric(line: _Line) -> bool:
    return abs((line.x0 - line.left) - (line.right - line.x1)) < line.size


def _centred(line: _Line) -> bool:
    return line.x0 > line.left + line.size and _symmetric(line)


# marks a line may not start with: the full-width ones of rules.CONTINUING, but "】"
_NO_START = frozenset(ch for ch in rules.CONTINUING if not ch.isascii() and ch != "】")
_NO_END = frozenset(ch for ch in rules.BRACKET_PAIRS if not ch.isascii())  # opening marks a line may not end with


def _first_word(line: _Line) -> float:
    """Width of what the line starts with that cannot be broken: a Latin word or number, else one character
    with the closing marks that may not start a line after it and a number run on after those
    (``委。1993``: a word processor keeps them together); after the opening marks it starts with, which may not
    end a line (``（lasseschone，…``: the bracket and the word go down together)."""
    chars = line.chars
    lead = 0
    while lead < len(chars) - 1 and chars[lead] in _NO_END:
        lead += 1
    j = lead
    while j < len(chars) and chars[j].isascii() and not chars[j].isspace():
        j += 1
    if j == lead and len(chars) > lead + 1 and chars[lead + 1] in _NO_START:
        j = lead + 1
        while j < len(chars) and chars[j] in _NO_START:
            j += 1
        while j < len(chars) and chars[j].isascii() and chars[j].isalnum():
            j += 1
    j = max(j, lead + 1)
    return (line.xs[j] if j < len(line.xs) else line.x1) - line.x0


def _room_after_stop(line: _Line) -> float:
    """Room left at the right edge after a line that ends in a full-width stop, from the stop's em box."""
    last = max(i for i, ch in enumerate(line.chars) if not ch.isspace())
    return line.right - max(line.x1, line.xs[last] + line.size)


# an item number and a space: "3. 5战…" (no decimal "3.5"); a hyphen or an en dash and a space, a résumé's bullet ("- 推行…")
_SPACED_ITEM = re.compile(r"\s*(?:\d{1,2}[.．]|[-–])[ \u3000]+\S")
_SCORE = re.compile(r"[（(][^（()）]{1,8}[）)]$")  # a short note in brackets closing a line: an exam question's "（4分）"


def _sentence_end(text: str) -> bool:
    """The text ends a sentence, or a sentence and a short bracketed note after it (``…請簡要分析。（4分）``)."""
    text = text.rstrip()
    if text[-1:] in SENTENCE_END:
        return True
    m = _SCORE.search(text)
    return m is not None and text[:m.start()].rstrip()[-1:] in SENTENCE_END


def _gapped(line: _Line) -> bool:
    """A gap inside the line: a space, or two characters' origins more than two ems apart."""
    return any(ch.isspace() for ch in line.text.strip()) \
        or any(b - a > 2 * line.size for a, b in zip(line.xs, line.xs[1:], strict=False))


def _continues(prev: _Line, ln: _Line, cls: str, pitch: float, body: float,
               boxes: list[tuple[float, float, float, float]] = (), signers: set[int] = frozenset()) -> bool:
    if id(ln) in signers or id(prev) in signers:
        return False  # a court's signature lines (``人民陪审员 刘淑芬`` / ``人民陪审员 赵国强``): one unit each, as the text route
    if cls != "paragraph":  # a title or heading over two lines: same type, close, same start or same centre
        # (but a date alone is no line of a heading: a cover's issuer over its date in 14 points, ``清源县人民政府办公室`` /
        # ``二〇二四年五月``, dev15, two units as the body's sign-off and its date are, dev13, dev14; nor a line that opens with a
        # section's number under a short numbered head, ``二、治疗`` / ``（一）抗病毒治疗``: two heads, newuser24 trial; but a title's
        # second line may open with a figure, ``关于做好全县中小学`` / ``一、二年级新生入学工作的通知``, review29)
        return abs(prev.size - ln.size) < 0.5 and prev.page == ln.page and prev.y - ln.y < 2.5 * ln.size \
            and (abs(prev.x0 - ln.x0) < ln.size or abs(prev.x0 + prev.x1 - ln.x0 - ln.x1) < 2 * ln.size) \
            and not _full_under_short(prev, ln) and not (_FORM_FIELD.match(prev.squashed) and _FORM_FIELD.match(ln.squashed)) \
            and not (_date_alone(ln.squashed, month=True) and prev.text.rstrip()[-1:] not in "：:，,、") \
            and not (ln.squashed[:1].isdigit() and rules.SUBSECTION_OPEN.match(ln.text.lstrip()) is not None) \
            and not (_label(prev) and numbered_head(prev.text) and numbered_head(ln.text))  # (a numbered head under one)
    size = ln.size
    same_flow = prev.page == ln.page and prev.col == ln.col and prev.y > ln.y
    if same_flow and prev.y - ln.y > 1.25 * pitch:
        return False
    if abs(prev.size - size) >= 0.4:  # (9.5 over 9: a source line over an editor line)
        return False
    if (prev.col >= 10) != (ln.col >= 10):
        return False  # text does not run from the page's flow into a frame, nor out of one (a white paper's 专栏 box)
    if _FIELD_LINE.fullmatch(prev.squashed) and _FIELD_LINE.fullmatch(ln.squashed):
        return False  # a labelled field over another (``核准日期：2021年10月20日`` / ``修改日期：…``): one unit each
    if ln.squashed[:1] == "敬" and ln.squashed[:2] in _SALUTE and prev.squashed.startswith(LETTER_CLOSING):
        return False  # a letter's closing: the line under "此致…" that opens with "敬礼" is a unit of its own, however full
    if _date_alone(ln.squashed) and prev.text.rstrip()[-1:] not in "：:，,、":
        # a date alone on its line: a sign-off's date under the office's name (``青山区商务局`` / ``2024年3月19日``; in
        # hanzi numerals, an auditor's ``二〇二四年四月十九日`` under ``中国注册会计师：姜瑶``, dev14)
        return False
    if same_flow and prev.y - ln.y > _SET_OFF * pitch and _label(ln):
        return False  # a short line without a sentence, space above it: a heading in the body's type, whatever the fill above
    if (prev.size < 0.95 * body or prev.size <= body - 0.5) and same_flow and prev.y - ln.y < 1.8 * size \
            and _symmetric(prev) and _symmetric(ln) and (_centred(prev) or _centred(ln)) and _latin(prev) == _latin(ln):
        # small print centred over two lines (a long byline; not an English title over the authors); small: under 0.95 of
        # the body or half a point under it (a byline in 10 points over a body in 10.5, its last character alone, dev6x)
        return True
    # a block set in (a list item's text under its time): two lines at one indent, the first not ending a
    # sentence, run on (two one-line paragraphs, each with its first-line indent, end their sentences)
    # (nor after a full-width colon: a label's or a list item's line ``采购需求：…：`` over the next one at the indent,
    # ``合同履行期限：…``, each a first line; dev9xq)
    colon = prev.text.rstrip()[-1:] == "："
    set_in = (same_flow and abs(prev.x0 - ln.x0) < 0.5 * size and ln.x0 > ln.left + 0.8 * size
              and prev.text.rstrip()[-1:] not in SENTENCE_END and not colon and not _centred(ln) and not _centred(prev)
              and not _flush_right(prev, ln))
    if (same_flow and abs(prev.x0 - ln.x0) < 0.5 * size and ln.x0 > ln.left + 0.8 * size and prev.size == size
            and prev.x1 - prev.x0 >= _SET_IN_FULL * (prev.right - prev.left) and not _sentence_end(prev.text)
            and not colon):
        return True  # a block set in from both edges (an editor's note): its long line runs on, however short of the column
    if ln.x0 > ln.left + 0.8 * size and not set_in:  # indented first line (or a centred line)
        return False
    if prev.x0 > prev.left + 2.5 * prev.size and not set_in:  # after a centred or indented-only line
        return False
    if (_sentence_end(prev.text) or colon) and _opens_item(prev, ln):
        # a sentence ends the line (a score after it: "…請簡要分析。（4分）"), or a colon (a lead-in, an item ending
        # in "：", dev9xq), and an item mark or a note's marker starts the next ("[2]博物馆包括…"), or a clause
        # number and a gap (a standard's "2　规范性引用文件", in the body's type, dev9xq), or a head in lenticular brackets
        # ("【禁忌】…" after a list's last item filling the measure, dev13), or an item number and a space, whatever
        # follows ("3. 5战只取得…": no decimal, dev13), or a label of the shape that opens the line above (the next of
        # parallel items, ``2025年：…；`` / ``2026年：…；``, dev13)
        return False
    if same_flow and _mid_clause(prev, ln):
        return True  # a wrap inside a clause or a figure: whatever room the line leaves, the paragraph runs on
    room = prev.right - prev.x1
    for x0, y0, _x1, y1 in boxes:  # a float inside the column beside the line (an infobox): text wraps at its edge
        if prev.x1 - 1 <= x0 < prev.right and y0 <= prev.top + 0.5 * prev.size and y1 >= prev.y - 0.3 * prev.size:
            room = min(room, x0 - prev.x1 - 2 * prev.size)
    # (room after a full stop counts from the end of its em box, not its ink, which sits at the box's
    # left: a justified line that ends in "。" at the margin leaves no room)
    if prev.text.rstrip()[-1:] in "。！？：" and min(room, _room_after_stop(prev)) >= 0.95 * prev.size \
            and "\u4e00" <= ln.squashed[:1] <= "\u9fff":
        return False  # a sentence ends a line with room left for the ideograph that starts the next
    # a short line ends its paragraph, unless what starts the next line would not have fitted
    return room < 2.5 * prev.size or _first_word(ln) > room - 0.5 * size


def _opens_item(prev: _Line, ln: _Line) -> bool:
    """``ln`` opens an item or a head of its own under ``prev``: an item mark or a note's marker (``[2]博物馆包括…``), a
    head in brackets, an item number and a space, a clause number and a gap (``2　术语``), or a label of the shape that
    opens ``prev`` (:func:`_parallel_labels`). (:func:`_continues` after a sentence's end, :func:`_mid_clause`.)"""
    sq = ln.squashed
    return bool(ITEM_START.match(sq) or ENDNOTE_MARK.match(sq) or BRACKET_HEAD.match(sq) or _SPACED_ITEM.match(ln.text)
                or ln.text[:1].isdigit() and _CLAUSE_HEAD.match(ln.text) or _parallel_labels(prev.squashed, sq))


_CLAUSE_COMMAS = "，、"  # marks inside a clause's run: a line that ends with one has not ended its paragraph
# of the column's width: the least a line cut mid-clause fills, a few characters short of the edge at most (not a poem's
# or a list's short lines, nor a justified page's short line that ends a paragraph at a comma, test_segment_fixr22)
_MID_FILL = 0.8


def _mid_clause(prev: _Line, ln: _Line) -> bool:
    """``ln`` (the next line of ``prev``'s column at the usual pitch, in its type, at the column's edge or the block's
    indent) goes on ``prev``'s clause whatever room ``prev`` leaves at the right edge (a line of narrow figures and
    Latin letters leaves room that no wrap of justified text would): ``prev`` fills :data:`_MID_FILL` of its column and ends
    with a comma or an enumeration comma (``…可有畏寒、寒战，`` / ``多伴全身…``), or with a digit against hanzi that the
    digit opening ``ln`` goes on (``…减量为3`` / ``0mg 1次/日。``: one number, :func:`_cut_number`); ``ln`` opens no item
    or head (:func:`_opens_item`: not a standard's ``2　术语`` under ``…执行标准为CJJ45—2015``, review29). (newuser24 trial: a guideline's flush numbered clauses.)"""
    end = prev.text.rstrip()[-1:]
    if not (end != "" and end in _CLAUSE_COMMAS or end.isdigit() and ln.squashed[:1].isdigit()):
        return False
    if prev.x1 - prev.left < _MID_FILL * (prev.right - prev.left) or abs(prev.size - ln.size) >= 0.4:
        return False
    if end.isdigit() and not _cut_number(prev.chars, ln.chars):
        return False
    return not _opens_item(prev, ln)


_FULL_LINE, _SHORT_LINE = 0.9, 0.6  # shares of the column's width: a line across it, a short centred one


def _full_under_short(prev: _Line, ln: _Line) -> bool:
    """``ln`` spans the column (nine tenths of its width or more) right under a line that spans six tenths or less
    (a centred title with room to spare on its line, ``一種文物展示用恆溼櫃及其控制方法``): the title ended there, and a
    line across the column in the same type (a patent's heading run into its text, ``技術領域1996年…``) is no second
    line of it, however well the two centres agree (dev9xq)."""
    width = ln.right - ln.left
    return width > 0 and ln.x1 - ln.x0 >= _FULL_LINE * width and prev.x1 - prev.x0 <= _SHORT_LINE * width


# a labelled field alone on its line: a label (:data:`_LABEL`), a short value without a clause
_FIELD_LINE = re.compile(_LABEL + r"[^，,。！？；：:]{1,30}")


# a form's field opening a line: a label and a value (``项目名称：…``, ``申报单位（盖章）：…``): two such lines one under
# the other in large type are a cover's fields, no title
_FORM_FIELD = re.compile(_LABEL + r"[^：:]")
_LEAD_LABEL = re.compile(r"[^，,。；;：:\s]{1,8}[：:]")  # a label opening a line: "2025年：", "甲方："


def _parallel_labels(a: str, b: str) -> bool:
    """The lines ``a`` and ``b`` open with labels of one shape, figures aside (``2025年：`` / ``2026年：``)."""
    la, lb = _LEAD_LABEL.match(a), _LEAD_LABEL.match(b)
    return la is not None and lb is not None and rules.DIGITS.sub("#", la.group()) == rules.DIGITS.sub("#", lb.group())


_HANZI_CENTURIES = frozenset("一二")  # a date's first character in hanzi numerals (``二〇二四年…``)


def _date_alone(sq: str, month: bool = False) -> bool:
    """The squeezed line is a full date alone (``2024年3月19日``, ``二〇二四年四月十九日``), or with ``month`` a date in hanzi
    numerals to the month only (``二〇二四年五月``)."""
    return bool(sq[:2] in _CENTURIES and rules.DATE.fullmatch(sq)
                or (month or sq[-1:] == "日") and sq[:1] in _HANZI_CENTURIES and rules.HANZI_DATE.fullmatch(sq))
_CENTURIES = frozenset({"19", "20"})  # a date's first two characters (a quick test before rules.DATE)
_SALUTE = frozenset({"敬礼", "敬禮"})  # the closing's second line (under ``此致``), simplified and traditional


_CLAUSE_HEAD = rules.CLAUSE_HEAD  # "2　规范性引用文件", "3.1 原始文献"


_SET_OFF = 1.08  # of the body's line pitch: a gap above a line that sets it off (a heading in the body's type)


def _label(line: _Line) -> bool:
    """A short line that reads as a label, not as the end of a paragraph: at most 30 characters, well short of
    the column's right edge, no sentence mark inside or at its end and no comma or colon at its end."""
    sq = line.squashed
    return (len(sq) <= 30 and line.x1 < line.right - 2.5 * line.size and not any(ch in SENTENCE_END for ch in sq)
            and sq[-1:] not in "，、：,:")


def _chars(group: list[_Line]) -> list[Char]:
    """The group's characters in order, a space at a line break between two ASCII words (``in 2019`` / ``was``) but not
    inside a number that the break cuts in text set without spaces (``…本科学历。199`` / ``1年9月…``: the wrap of running
    hanzi text, :func:`_cut_number`), and between two other narrow characters as the text route renders a wrap
    (``Clevedon:`` / ``Multilingual``, not after a hyphen set against its word: :func:`normalize.space_between`)."""
    out: list[Char] = []
    for k, ln in enumerate(group):
        if k and ln.chars and out and (prev := group[k - 1]).brk is not None:
            a, b = out[-1][0], ln.chars[0]
            if (not _cut_number(prev.chars, ln.chars) if a.isascii() and a.isalnum() and b.isascii()
                    else space_between((out[-2][0] if len(out) > 1 else " ") + a + "\n" + b, 2, 3, False) >= 0):
                out.append((" ", (prev.page, prev.brk)))
        out += [(ch, (ln.page, i)) for ch, i in zip(ln.chars, ln.idx, strict=True)]
    return out


def _cut_number(before: list[str], after: list[str]) -> bool:
    """The digit that ends ``before`` (a line's characters) and the one that opens ``after`` (the next line's) belong to
    one number that the wrap cut: the run of ASCII characters each of them is in stands against wide text, no space, on
    its other side (``。199`` / ``1年``, ``副局长1`` / ``999.11大同``), or the run after the break holds a letter and
    ends at an ASCII space (a figure's unit spaced from the next: ``…减量为3`` / ``0mg 1次/日``, newuser24 trial; not a
    clause's number, ``CJJ45—2015`` / ``2　术语``). (Not two Latin words, ``（David`` / ``Niven）``, which the wrap may part
    at their space.)"""
    if not (before and after and before[-1].isdigit() and after[0].isdigit()):
        return False
    i = len(before)
    while i and before[i - 1].isascii() and not before[i - 1].isspace():
        i -= 1
    j = 0
    while j < len(after) and after[j].isascii() and not after[j].isspace():
        j += 1
    if not (0 < i and j < len(after) and not before[i - 1].isascii() and not before[i - 1].isspace()):
        return False
    if after[j] == " ":  # (an ASCII space after a run that holds a letter: a figure's unit, ``…减量为3`` / ``0mg 1次``;
        return any(ch.isalpha() for ch in after[:j])  # not a clause's number and its gap, ``CJJ45—2015`` / ``2 术语``)
    return not after[j].isascii() and not after[j].isspace()


def _where(chars: list[Char], pages: dict[int, PageText], line_of: dict[int, dict[int, _Line]]):
    """The unit's provenance: one part per page it touches, and a new part on the same page where its text goes
    back up the page (into the next column), so each part's box holds only the unit's own lines. ``line_of``
    caches each page's index → line map for the document's units."""
    parts: list[dict] = []
    line = None
    for pos, (_, (page, index)) in enumerate(chars):
        lines = line_of.get(page)
        if lines is None:
            lines = line_of[page] = {i: ln for ln in pages[page].lines for i in ln.idx}
        here = lines.get(index, line)  # (a space made at a line break belongs to no line: the line before's)
        up = (here is not line and here is not None and line is not None
              and here.top > line.top + 0.5 * max(line.size, here.size, 1.0))
        if not parts or parts[-1]["page"] != page or up:
            parts.append({"page": page, "refs": [], "start": pos})
        parts[-1]["refs"].append(index)
        line = here
    out = []
    for part in parts:
        out.append({"page": part["page"], "bbox": _bbox(pages[part["page"]], part["refs"]),
                    "offsets": runs(part["refs"], part["start"])})
    return [], {"pages": out}


def _bbox(page: PageText, refs: list[int]) -> list[float]:
    wanted = set(refs)
    x0 = y0 = 1e9
    x1 = y1 = -1e9
    for ln in page.lines:
        if wanted.intersection(ln.idx):
            x0, x1 = min(x0, ln.x0), max(x1, ln.x1)
            y0, y1 = min(y0, ln.y), max(y1, ln.top)
    return [round(x0, 2), round(y0, 2), round(x1, 2), round(y1, 2)]
