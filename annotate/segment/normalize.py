"""Unit text from raw ranges, with an offset map back to the raw decoded file.

The normalization (docs/segmentation.md) changes text in exactly three ways:

1. every whitespace character (space, tab, NBSP, U+2002, U+3000, line breaks, ...) becomes an
   ASCII space, and a run of them collapses to one space or to nothing;
2. a run is removed when either neighbour is a wide (CJK) character or both are punctuation
   shared by Chinese and Western text (curly quotes, dashes, ellipsis), kept as one space
   otherwise ("SageOne AI", "2025-04-14 14:27"), except that a line break inside a number is
   removed ("20" / "06年" → "2006年", "1970-" / "71" → "1970-71"), and so is a line break after a hyphen
   set against its word ("1998年-" / "2008年" → "1998年-2008年", "Owens-" / "Illinois" → "Owens-Illinois"), and one that
   cuts a Latin word where a tool wrapped the text at a fixed column ("120/80mmH" / "g，" → "120/80mmHg",
   :func:`column_cuts`); inside one line of a heading, a run between
   two CJK words of at least two characters is kept as one space ("发挥国家高新区作用 加快推进
   新型工业化", but "信 息 技 术" loses its spaces), and inside one line of a byline or meta line, a gap
   that sets two fields apart (an ideographic space or two whitespace characters or more between words of
   two characters or more: "日期：2023年8月15日 日期：2023年8月15日", not "审　判　长");
3. zero-width characters, soft hyphens and stray control characters are dropped, and markdown
   markers never reach this module (see :mod:`annotate.segment.lines`).

Every other character is copied unchanged. The offset map is run-length encoded: ``runs`` is a
list of ``[text_start, raw_start, length]``; text character ``text_start + k`` is raw character
``raw_start + k`` for ``0 <= k < length``. Runs cover the text without gaps and raw indices
strictly increase, so ``normalize_char(raw[raw_index(runs, i)]) == text[i]`` for every ``i``.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Callable, Sequence

from . import rules

__all__ = ["render", "render_clean", "normalize_char", "inline_space", "FIELD_GAP", "field_gap", "space_between", "column_cuts", "raw_index", "expand", "check_offsets"]

Run = list[int]  # [text_start, raw_start, length]
_FIRST, _LAST = operator.itemgetter(0), operator.itemgetter(-1)
_ALL_WIDE = re.compile(rules.WIDE.pattern + "*").fullmatch  # a string of wide characters only (or empty)


def normalize_char(ch: str) -> str:
    """The documented per-character normalization: whitespace becomes an ASCII space."""
    return " " if ch.isspace() else ch


def _wide(ch: str) -> bool:
    # every wide range starts at or above U+2E80: Latin, digits and ASCII punctuation leave at once
    return ch >= "\u2e80" and ("\u4e00" <= ch <= "\u9fff" or rules.WIDE.match(ch) is not None)


def inline_space(text: str, a: int, b: int) -> bool:
    """Whether the whitespace ``text[a:b]`` of a title or heading stays as one space: inside one
    line, between two wide words of two or more characters each ("发挥国家高新区作用 加快推进新型工业化",
    but not "信 息 技 术" nor a line break). The text route and the native readers both ask this."""
    return (a >= 2 and b + 1 < len(text) and _wide(text[a - 1]) and _wide(text[b]) and _wide(text[a - 2])
            and _wide(text[b + 1]) and rules.LINE_BREAK.search(text, a, b) is None)


# What may set two fields of a byline or meta line apart: an ideographic space, or two whitespace characters (the one
# copy: field_gap, core's test of whether a unit has any).
FIELD_GAP = re.compile("\u3000|[ \t\xa0]{2}")


def field_gap(text: str, a: int, b: int) -> bool:
    """Whether the whitespace ``text[a:b]`` of a byline or meta line sets two fields apart and stays as one space:
    inside one line, an ideographic space or two whitespace characters or more, a word of two characters or more on
    either side (``日期：2023年8月15日　　　日期：2023年8月15日``, ``来源：央视网  记者 赵磊``; not the letter-spacing of
    ``审　判　长``), and no label's colon before it (``日期：　2023年8月15日`` is one field, its label and its value).
    The text route asks this."""
    return (a >= 2 and b + 1 < len(text) and FIELD_GAP.search(text, a, b) is not None and text[a - 1] not in "：:"
            and not text[a - 2].isspace() and not text[b + 1].isspace() and rules.LINE_BREAK.search(text, a, b) is None)


def space_between(raw: str, a: int, b: int, keep_inline: bool, wrap: bool = True, fields: bool = False) -> int:
    """Raw index of the space to keep between chunks ending at ``a`` and starting at ``b``, or -1.

    ``keep_inline`` (headings) keeps a space inside one line between two wide words of two or
    more characters each (:func:`inline_space`). The native readers ask it too (``readers.common.tidy``), with
    ``wrap=False`` where a line break is the document's own (a DOCX ``<w:br/>``, an HTML source's whitespace: ``98`` /
    ``87`` are two numbers there) rather than a tool's wrap. ``fields`` (bylines and meta lines) keeps a gap that sets
    two fields apart (:func:`field_gap`).
    """
    left, right = raw[a - 1], raw[b]
    if _wide(left) or _wide(right) or (rules.NEUTRAL.match(left) and rules.NEUTRAL.match(right)):
        if not (keep_inline and inline_space(raw, a, b)) and not (fields and field_gap(raw, a, b)):
            return -1
    if wrap and "0" <= right <= "9" and ("0" <= left <= "9" or (left in ".,:/-" and a >= 2 and "0" <= raw[a - 2] <= "9")) \
            and rules.LINE_BREAK.search(raw, a, b):
        return -1  # a number cut by a wrap: "20" / "06年" is "2006年"
    if wrap and left == "-" and right.isalnum() and a >= 2 and raw[a - 2].isalnum() and rules.LINE_BREAK.search(raw, a, b):
        return -1  # a wrap after a hyphen set against its word: "1998年-" / "2008年" is "1998年-2008年"
    if wrap and left in _URL_GOES_ON and right < "\x80" and right.isalnum() and rules.LINE_BREAK.search(raw, a, b) \
            and (k := raw.rfind("//", max(0, a - _URL_MAX), a)) >= 0 and _URL_TAIL.search(raw, max(0, k - _SCHEME_MAX), a):
        return -1  # a wrap inside a web address, after a mark no address ends with: "…访问 https://" / "docs.example.com/…"
    m = rules.SPACE.search(raw, a, b)
    return -1 if m is None else m.start()


# A web address cut by a wrap (html2text wraps inside one): the line above ends in the address (its scheme, then no
# space) on a mark an address does not end with ("://", "/", "?", "=", "&", "_"), a Latin letter or digit opens
# the next line. Not after a letter or digit: "…/foo/bar" / "README.md 文件…" are two words (review31 F9); nor after a
# final ".", a sentence's end as often as a cut host name: "…访问 https://example.com/faq." / "2024 年起…" (review33 F7).
_URL_GOES_ON = "/?=&_"
_URL_TAIL = re.compile(rf"{rules.LINK_SCHEME}//[!-~]*\Z")
_URL_MAX = 300  # characters of an address looked back over (its "//" found first, in C)
_SCHEME_MAX = 12  # characters of a scheme and its colon before the "//"


_LINE_LETTER = re.compile(r"\n[A-Za-z]")  # a line that opens with a Latin letter (a literal first: found in C's fast scan)


def _letter_break(raw: str) -> bool:
    """A line break (LF or CRLF) between two Latin letters somewhere in ``raw`` (a search for the letter before the
    break as well costs a hundred times as much: no literal opens such a pattern). A bare CR is not looked for:
    :func:`column_cuts` measures lines from their LF anyway."""
    for m in _LINE_LETTER.finditer(raw):
        k = m.start()
        if k and raw[k - 1] == "\r":
            k -= 1
        if k and raw[k - 1] < "\x80" and raw[k - 1].isalpha():
            return True
    return False


def column_cuts(raw: str, groups: Sequence[Sequence], web: Callable[[], bool]) -> frozenset[int]:
    """Raw indices of the line breaks inside units that cut a Latin word where a tool wrapped the text at a fixed
    column regardless of words (a hospital system's export at 80 columns: ``…BP 120/80mmH`` / ``g，双肺…`` is
    ``120/80mmHg``; ``…Tropical B`` / ``otanical Garden)``): the break's line ends with a letter, no space before the
    break, the next line opens with a letter, not a capital after a small letter (``…「Hu`` / ``Jintao」``: two words),
    and every break inside a unit before a letter or a digit, three at least or two with one inside a number (``1`` /
    ``980年``: a wrapper at spaces never cuts one), falls exactly at the widest line of the
    file in display columns (a wide character two, any other one: a tool that wraps at spaces leaves a line short
    before a word it moved down, ``…course of the`` / ``events``, and reaches its width by chance at one break;
    newuser24 trial and dev's char-wrapped dumps, cmrc-022). Asked only of hard-wrapped text that is no web page's
    dump (``web``: whether it is, asked last: lynx and w3m wrap at spaces and hyphens, ``（英文：League`` / ``for the…``,
    ``Natur-`` / ``und``); a line break between two letters is looked for first (:func:`_letter_break`)."""
    if not _letter_break(raw) or web():
        return frozenset()
    widest = max(map(_columns, map(str.rstrip, rules.LINE_BREAK.split(raw))))  # (a centred line's padding passed over)
    cuts: list[int] = []
    counted = 0  # the breaks inside a unit before a letter or digit, each at the width
    in_number = False  # whether one of them cuts a number (``在 1`` / ``980年``): no wrapper at spaces does that
    for group in groups:
        for a, b in itertools.pairwise(group):
            end, start = a.pieces[-1][1], b.pieces[0][0]
            right = raw[start]
            if right < "\x80" and right.isalnum() and rules.LINE_BREAK.fullmatch(raw, end, start):
                if _columns(raw[raw.rfind("\n", 0, end) + 1:end]) != widest:
                    return frozenset()  # (a break short of the width: the text was wrapped at spaces)
                counted += 1
                left = raw[end - 1]
                in_number = in_number or ("0" <= left <= "9" and right <= "9")
                if left < "\x80" and left.isalpha() and right.isalpha() and not (left.islower() and right.isupper()):
                    cuts.append(end)
    # (one break proves no fixed column: it may reach the width by chance; nor do two or more between letters alone, as
    # a CJK-aware filler that wraps Latin words at spaces (Vim's fo+=mM) reaches its width whenever a word just fits:
    # ``…框架TensorFlow`` / ``serving部署…``; review28)
    # three breaks or more at the width, none short of it, are past chance (a filler at spaces reaches its width only
    # where a Latin word just fits)
    return frozenset(cuts) if counted >= 3 or counted == 2 and in_number else frozenset()


def _columns(line: str) -> int:
    """Display columns of a raw line: a wide character two, any other one (a tool's count; its ambiguous-width
    characters, ``℃``, ``×``, narrow)."""
    return len(line) + len(rules.WIDE.findall(line))


def _blank_between(raw: str, pieces: Sequence[tuple[int, int]]) -> bool:
    """Only whitespace lies between the pieces (the usual case: the line breaks of a unit)."""
    return all(e == s or raw[e:s].isspace() for (_, e), (s, _) in itertools.pairwise(pieces))


def _chunks(raw: str, pieces: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The raw spans of ``pieces`` that survive normalization unchanged, in order."""
    if _blank_between(raw, pieces):  # then they are the chunks of the whole range
        return [m.span() for m in rules.CHUNK.finditer(raw, pieces[0][0], pieces[-1][1])]
    search = rules.SPACE_OR_DROP.search
    spans: list[tuple[int, int]] = []
    for s, e in pieces:
        if search(raw, s, e):
            spans += [m.span() for m in rules.CHUNK.finditer(raw, s, e)]
        else:
            spans.append((s, e))
    return spans


def render_squeezed(raw: str, start: int, end: int, squeezed: str) -> tuple[str, list[Run]] | None:
    """Fast path of :func:`render` for a unit spanning ``raw[start:end]`` whose pieces, without
    whitespace or dropped characters, are ``squeezed``; ``None`` where it does not apply.

    It applies when no gap has a narrow character on both sides (so every gap is removed, see
    :func:`_space_between`) and only whitespace lies between the pieces (no markup, no dropped
    character): then the text is ``squeezed`` and each chunk of the range is one run. The chunks
    are found by ``str.split`` in C, several times faster than splitting at the gap class
    (whitespace is part of that class; a dropped character that is not whitespace stays in a
    chunk, and the lengths differ); where every gap is one character (spaces between words, a
    line break between lines), the chunks' starts are summed in C too.
    """
    if rules.NARROW_GAP.search(raw, start, end):
        return None
    text = raw[start:end]
    chunks = text.split()
    lengths = list(map(len, chunks))
    if not chunks or sum(lengths) != len(squeezed):  # more than whitespace (markup, dropped characters) between the pieces
        return None
    if len(text) - len(squeezed) == len(chunks) - 1:  # one character between chunks
        raw_starts = itertools.accumulate(map(operator.add, lengths, itertools.repeat(1)), initial=start)
        text_starts = itertools.accumulate(lengths, initial=0)
        return squeezed, list(map(list, zip(text_starts, raw_starts, lengths, strict=False)))
    # gaps of several widths: each chunk's run made as it is found (only whitespace before it); a
    # range that opens or ends with a gap has an empty chunk there, a run of length 0, as splitting
    # at the gaps gives it
    runs = [[0, start, 0]] if text[0].isspace() else []
    pos = at = 0
    find = text.find
    for chunk, n in zip(chunks, lengths, strict=True):
        at = find(chunk, at)
        runs.append([pos, start + at, n])
        at += n
        pos += n
    if text[-1].isspace():
        runs.append([pos, end, 0])
    return squeezed, runs


def render(raw: str, pieces: Sequence[tuple[int, int]], *, keep_inline_space: bool = False,
           keep_field_gaps: bool = False, cuts: frozenset[int] = frozenset()) -> tuple[str, list[Run]]:
    """Normalized text of the raw ``pieces`` (in order) and its run-length offset map. ``cuts``: raw indices of line
    breaks that cut a word (:func:`column_cuts`): no space there."""
    start, end = pieces[0][0], pieces[-1][1]
    if len(pieces) == 1 and not rules.SPACE_OR_DROP.search(raw, start, end):
        return raw[start:end], [[0, start, end - start]]
    spans = _chunks(raw, pieces)
    a, b = spans[0]
    parts = [raw[a:b]]
    run = [0, a, b - a]
    runs = [run]
    pos = b - a
    for a, next_end in spans[1:]:
        sp = -1 if b in cuts else space_between(raw, b, a, keep_inline_space, fields=keep_field_gaps)
        if sp >= 0:
            parts.append(" ")
            if sp == run[1] + run[2]:
                run[2] += 1
            else:
                run = [pos, sp, 1]
                runs.append(run)
            pos += 1
        parts.append(raw[a:next_end])
        if a == run[1] + run[2]:
            run[2] += next_end - a
        else:
            run = [pos, a, next_end - a]
            runs.append(run)
        pos += next_end - a
        b = next_end
    return "".join(parts), runs


def render_clean(starts: Sequence[int], texts: Sequence[str]) -> tuple[str, list[Run]] | None:
    """Fast path for lines without inner whitespace: they are joined with nothing between them
    when every junction has a wide character on one side (else ``None``: use :func:`render`)."""
    if _ALL_WIDE("".join(map(_LAST, texts[:-1]))) is None:  # (most units: every line but the last ends wide)
        for left, right in zip(map(_LAST, texts[:-1]), map(_FIRST, texts[1:]), strict=True):  # each junction
            if not ("\u4e00" <= left <= "\u9fff" or "\u4e00" <= right <= "\u9fff" or _wide(left) or _wide(right)):
                return None
    lengths = list(map(len, texts))
    return "".join(texts), list(map(list, zip(itertools.accumulate(lengths, initial=0), starts, lengths, strict=False)))


def raw_index(runs: Sequence[Sequence[int]], i: int) -> int:
    """Raw index of text character ``i``."""
    k = bisect.bisect_right([r[0] for r in runs], i) - 1
    t0, r0, n = runs[k]
    if not 0 <= i - t0 < n:
        raise IndexError(i)
    return r0 + i - t0


def expand(runs: Sequence[Sequence[int]]) -> list[int]:
    """The raw index of every text character, in order."""
    out: list[int] = []
    for _, r0, n in runs:
        out.extend(range(r0, r0 + n))
    return out


def check_offsets(text: str, raw: str, runs: Sequence[Sequence[int]]) -> None:
    """Raise ``ValueError`` unless ``runs`` maps every character of ``text`` onto ``raw`` in order."""
    pos = 0
    last = -1
    for t0, r0, n in runs:
        if t0 != pos or n <= 0 or r0 <= last:
            raise ValueError(f"offset run {[t0, r0, n]} out of order at text index {pos}")
        for k in range(n):
            if normalize_char(raw[r0 + k]) != text[t0 + k]:
                raise ValueError(f"text[{t0 + k}]={text[t0 + k]!r} but raw[{r0 + k}]={raw[r0 + k]!r}")
        pos += n
        last = r0 + n - 1
    if pos != len(text):
        raise ValueError(f"offsets cover {pos} of {len(text)} characters")
