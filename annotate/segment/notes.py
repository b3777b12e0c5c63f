"""Margin notes of a textbook page, printed by ``pdftotext -layout`` / ``-raw`` among the body's lines.

A textbook sets short notes in the outer margin beside the paragraph they belong to (``想一想：这一变化
给人们`` / ``的生活带来了什么？``, ``小贴士：…``, ``议一议：…``: a label of two to four characters and a
colon, then a question or a hint, two or three narrow lines). A text extract prints a note's first
line on the body line beside it, after a gap (``…还有        想一想：这一变化给人们``, in ``-raw`` one
space) or before it (``议一议：你同意这种说法     1589年，…``), or on a line of its own between two body
lines (``-raw``), and its other lines under it, narrower than the body's lines. The notes are page
furniture (debris, like captions); left in, they are glued into the paragraphs.

:func:`cut_notes` finds, on each line:

* **beside**: a piece after whitespace at the end of a line of eight characters or more (that does
  not open with a label itself: a row of fields), that opens with a label (two to four hanzi and ``：``) and text (two characters or more), at most 16 characters;
* **before**: a piece at the start of a line that opens with a label and is set apart by two
  spaces or more from the rest of the line, or a line that is such a piece alone, right under a body
  line that ends mid-sentence (no sentence end);

and takes them for notes where the text has two or more, one of them **beside** a body line (the
margin) or two of them with the rest of the note found (lines alone under a body line cut mid-sentence:
pdftotext's default mode prints every note apart). A note's text holds no digit and its label is no credit role (``记者：``, ``作者：``: a byline
printed beside a line is inline.py's). Each note is cut off its line (a debris unit); the lines right
under it that are no wider than the note's first line (at most three, up to one ending a sentence)
are the rest of the note, where the note's first line ends without a sentence end (``。？！…``, not a
colon: a note ends a sentence there, or it is none: a field ``開課單位：人文學院`` beside another field is not); one unit with it
where the note ended its line, else a debris unit of their own (the body's piece came between). Where the
lines under the note are the body's, the tool printed the note's rest by its baseline, apart from its first
line (:func:`_rest_apart`): at the end of the next body line after a space (``…（佘诗 的生活带来了什么？``)
or alone after a blank line under it; no wider than the note's first line, no digit, a sentence end: debris.
Cheap gate: the text's colons with a label's shape before them are found in one pass (``_LABEL_COLONS``), each then for a label after whitespace at a
line's end (at least one) or at a line's start; the line rules run on the lines so found only.
"""

from __future__ import annotations

import collections
import re

from . import rules
from .inline import lines_at, split_at
from .join import CONTINUED
from .lines import Line, display_width

__all__ = ["cut_margin_labels", "cut_notes"]

_LABEL = rules.NOTE_LABEL.pattern
# a note's first line on a line's text: after a body line's text, or before it (or alone)
_BESIDE = re.compile(rf"\S[ \u3000]+({_LABEL}[^\s\d]{{2,}})[ \t\u3000\r]*$")
_BEFORE = re.compile(rf"[ \t\u3000]*({_LABEL}[^\s\d]{{2,}})(?:[ \u3000]{{2,}}(?=\S)|[ \t\u3000\r]*$)")
# what follows a note's label on its raw line: beside a body line (the line ends there), or before one (a gap of
# two spaces or more, then the body's text) or alone
# (possessive: what may follow the label's text is whitespace or the end, which the text's characters are not, so
# giving some of them back never helps; half the steps on a line of prose after its colon)
_BESIDE_TAIL = re.compile(r"[^\s\d]{2,14}+[ \t\u3000\r]*(?=\n|$)")
_BEFORE_TAIL = re.compile(r"[^\s\d]{2,14}+(?:[ \u3000]{2,}\S|[ \t\u3000\r]*(?=\n|$))")
# the rest of a note at the end of a body line, after a space (default mode and -layout print it by its baseline)
_TAIL = re.compile(r"\S[ \u3000]+([^\s\d]{3,16})[ \t\u3000\r]*$")
_END = frozenset("。？！?!…")  # a note's sentence end (not a colon: "判決如下：" introduces what follows)
_NOTE_MAX = 16  # characters of a note's first line
_BODY_MIN = 8  # characters of the body line beside a note
_REST_LINES = 3
_MIN_NOTES = 2


def cut_notes(raw: str, lines: list[Line]) -> tuple[list[Line], list[Line], list[tuple[Line, str]]]:
    """The lines with margin notes cut off (see the module's docstring), the notes' first lines
    (each a line of its own, for the caller to make debris) and the lines that go on a note, each
    with the kind the caller gives it (:data:`join.CONTINUED` right under the note's first line, so
    one unit with it; ``debris`` under a body line the note was printed before)."""
    if len(lines) < 3 or "：" not in raw and ":" not in raw:
        return lines, [], []
    beside_at, before_at = _labels(raw)
    if len(beside_at) + len(before_at) < _MIN_NOTES or not beside_at and _alone(raw, before_at) < _MIN_NOTES:
        return lines, [], []
    found: dict[int, tuple[int, int, bool, list[Line]]] = {}  # line index -> the note's raw span, beside, rest lines
    tails: dict[int, tuple[int, int]] = {}  # id of a line -> the raw span of a note's rest printed apart on it
    for i in sorted(lines_at(lines, beside_at + before_at)):
        line = lines[i]
        if line.kind or line.level or ("：" not in line.sq and ":" not in line.sq):
            continue
        text = raw[line.start:line.end]
        m = _BESIDE.search(text)
        beside = bool(m and m.start(1) >= _BODY_MIN and rules.LABEL.match(line.sq) is None)  # (not a row of fields)
        if not beside:
            m = _BEFORE.match(text)
            if m and m.end() >= len(text.rstrip()) and not (  # a note alone on its line: under a line cut mid-sentence
                    i > 0 and lines[i - 1].sq[-1] not in rules.PARAGRAPH_END and len(lines[i - 1].sq) > _NOTE_MAX):
                continue
        if not m or len(m.group(1)) > _NOTE_MAX or not _note(m.group(1)):
            continue
        rest = _rest(lines, i, m.group(1))
        if rest is None and (apart := _rest_apart(raw, lines, i, m.group(1))) is not None:
            rest = []
            tails[id(lines[apart[0]])] = apart[1:]
        if rest is not None:
            found[i] = (line.start + m.start(1), line.start + m.end(1), beside, rest)
    if len(found) < _MIN_NOTES or not (any(beside for _, _, beside, _ in found.values())
                                       or sum(bool(rest) for *_, rest in found.values()) + len(tails) >= _MIN_NOTES):
        return lines, [], []
    out: list[Line] = []
    cut: list[Line] = []
    rest_kinds: list[tuple[Line, str]] = []
    last = 0
    for i in sorted(found):
        if i < last:
            continue
        s, e, beside, rest = found[i]
        out += lines[last:i]
        pieces = split_at(raw, lines[i], [(s, e)], cut)
        out += pieces + rest
        last = i + 1 + len(rest)
        kind = CONTINUED if beside or pieces[-1].start == s else "debris"  # (the note is the line's last piece)
        rest_kinds += [(ln, kind) for ln in rest]
    out += lines[last:]
    if tails:  # a note's rest printed apart: a line of its own further down, or the end of the next body line
        done = {id(ln) for i in found for ln in [lines[i], *found[i][3]]}
        kept: list[Line] = []
        for ln in out:
            span = tails.get(id(ln))
            if span is None or id(ln) in done:
                kept.append(ln)
            elif span == (ln.start, ln.end):
                kept.append(ln)
                cut.append(ln)
            else:
                kept += split_at(raw, ln, [span], cut)
        out = kept
    return out, cut, rest_kinds


def _label_colon(colon: str) -> re.Pattern[str]:
    """``colon`` right after two to four hanzi that open a line's text or follow whitespace (a label's
    shape): led by the literal, so the engine skips to the colons in C and tries the label's
    lengths behind each (fixed-width look-behinds, one a length and a side)."""
    behind = [rf"(?<={side}[\u4e00-\u9fff]{{{n}}}{colon})" for n in (2, 3, 4) for side in ("^", "[ \u3000\n]")]
    return re.compile(colon + "(?:" + "|".join(behind) + ")")


_LABEL_COLONS = (_label_colon("："), _label_colon(":"))


def _labels(raw: str) -> tuple[list[int], list[int]]:
    """Where a note's label (two to four hanzi and a colon) starts after whitespace at the end of a line's text
    (beside a body line) and at a line's start (before one, or alone): found from the colons with a label's
    shape before them (:data:`_LABEL_COLONS`, one pass a colon)."""
    beside: list[int] = []
    before: list[int] = []
    for pattern in _LABEL_COLONS:
        for m in pattern.finditer(raw):
            p = m.start()
            j = p - 1
            while j >= 0 and p - j <= 4 and "\u4e00" <= raw[j] <= "\u9fff":
                j -= 1
            k = j
            while k >= 0 and raw[k] in " \u3000\t":
                k -= 1
            if k < 0 or raw[k] == "\n":
                if _BEFORE_TAIL.match(raw, p + 1):
                    before.append(j + 1)
            elif k < j and _BESIDE_TAIL.match(raw, p + 1):
                beside.append(j + 1)
    return beside, before


def _rest(lines: list[Line], i: int, note: str) -> list[Line] | None:
    """The lines under line ``i`` that go on its note ``note`` up to its sentence end; None where the
    note ends no sentence within them (no note: a field's value beside another field)."""
    if note[-1] in _END:
        return []
    rest = []
    for k in range(i + 1, min(i + 1 + _REST_LINES, len(lines))):
        nxt = lines[k]
        if nxt.kind or nxt.gap or len(nxt.sq) > len(note) or rules.ENUMERATOR.match(nxt.sq):
            return None
        rest.append(nxt)
        if nxt.sq[-1] in _END:
            return rest
    return None


def _alone(raw: str, starts: list[int]) -> int:
    """How many of the labels at ``starts`` (line starts) make a short line of their own (a note's first line) under
    a line that ends mid-sentence: the cheap test before the line rules where no note stands beside a body line."""
    n = 0
    for p in starts:
        e = raw.find("\n", p)
        text = raw[p:len(raw) if e < 0 else e].rstrip()
        q = p - 1
        while q >= 0 and raw[q] in " \t\u3000\r\n\f":
            q -= 1
        if text and len(text) <= _NOTE_MAX and q >= 0 and raw[q] not in rules.PARAGRAPH_END:
            n += 1
    return n


def _rest_apart(raw: str, lines: list[Line], i: int, note: str) -> tuple[int, int, int] | None:
    """The rest of note ``note`` (line ``i``) where the tool printed it apart from it, by its baseline: at the end
    of the next body line after a space (``…（佘诗 的生活带来了什么？``), or on a line of its own after a blank line
    below that body line; no wider than the note's first line, no digit, ending a sentence. (line index, raw
    start, raw end) or None."""
    if note[-1] in _END:
        return None
    for k in range(i + 1, min(i + 1 + _REST_LINES, len(lines))):
        nxt = lines[k]
        if nxt.kind or nxt.level:
            return None
        if len(nxt.sq) <= len(note):
            ok = k > i + 1 and nxt.gap and nxt.sq[-1] in _END and not any(ch.isdigit() for ch in nxt.sq)
            return (k, nxt.start, nxt.end) if ok else None
        if k == i + 1:
            m = _TAIL.search(raw, nxt.start, nxt.end)
            if m and len(m.group(1)) <= len(note) and m.group(1)[-1] in _END:
                return k, m.start(1), m.end(1)
    return None


def _note(text: str) -> bool:
    """A note's first line: no credit role for a label."""
    return not (text[0] in rules.CREDIT_FIRST and rules.CREDIT_OPENS.match(text))


# a short label (hanzi only) at a line's end after a wide gap (-layout): a box's label set in the margin beside the body
_LABEL_AFTER_GAP = re.compile(r"(?<=\S) {8,}([\u4e00-\u9fff]{2,6})[ \t]*\r?$", re.M)
_EDGE_LINES = 5  # body lines that must end at the right edge for it to be known
_EDGE_SLACK = 2  # display columns a body line's end may fall short of the right edge
_BEYOND = 4  # display columns past the right edge where a label starts
_LONG = 20  # characters of a long line (its end shows the right edge)
_PAST_SHARE = 5  # long lines going on past a label's start: one in five at most


def cut_margin_labels(raw: str, lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """A box's or a margin's label (``注意``, ``记一记``: two to six hanzi, nothing else) that ``pdftotext -layout`` printed at
    the end of a body line, after a gap of eight spaces or more, starting past the body's right edge (the commonest end
    of the text's long lines, five of them at least) where the line before the gap reaches that edge: cut off the line,
    a ``debris`` unit of its own, so the paragraph it interrupts comes out in two pieces, the label between them (the
    gold's convention). Returns the lines and the labels cut. Cheap gate: one regex search for a label after a wide
    gap at a line's end."""
    if "        " not in raw or _LABEL_AFTER_GAP.search(raw) is None:
        return lines, []
    ends = collections.Counter(_columns(raw, line.end) for line in lines if len(line.sq) >= _LONG)  # a long line's end
    edge, count = max(ends.items(), key=lambda kv: (kv[1], kv[0]), default=(0, 0))
    if count < _EDGE_LINES:
        return lines, []
    found: dict[int, tuple[int, int]] = {}
    for m in _LABEL_AFTER_GAP.finditer(raw):
        body, at = m.start(), _columns(raw, m.start(1))  # (the body's text ends right before the gap)
        if (abs(_columns(raw, body) - edge) > _EDGE_SLACK or at < edge + _BEYOND
                or _PAST_SHARE * sum(n for end, n in ends.items() if end > at) > sum(ends.values())):
            continue  # (few long lines go on past the label's start: a page in columns has half of them there)
        for i in lines_at(lines, [m.start(1)]):
            if lines[i].start < body:  # (the label on the body line's piece: no column's head read apart)
                found[i] = (m.start(1), m.end(1))
    if not found:
        return lines, []
    cut: list[Line] = []
    out: list[Line] = []
    for i, line in enumerate(lines):
        out += split_at(raw, line, [found[i]], cut) if i in found else [line]
    return out, cut


def _columns(raw: str, pos: int) -> int:
    """The display column of raw offset ``pos`` on its line (a full-width character two)."""
    return int(2 * display_width(raw[raw.rfind("\n", 0, pos) + 1:pos]))
