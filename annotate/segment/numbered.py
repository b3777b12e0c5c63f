"""Paragraph and clause numbers that ``pdftotext``'s default mode printed apart from their text.

A patent specification numbers its paragraphs (``[0001]　本发明涉及…``) and a standard its clauses
(``5.1　一般要求``), with a wide ideographic space after the number. ``pdftotext`` without
``-layout`` / ``-raw`` takes the number for a block of its own: it prints it on a line alone, a blank
line, then the text; and it often sets the paragraph's first line apart from the rest the same way
(``本发明涉及…具体涉及一种文物展示用恒湿柜及其控制`` / blank / ``方法。``). :func:`glue_lines` finds
the lines that continue the line before them although a blank line or a furniture mark came between;
:func:`merge` joins their units after the join rules ran (join.py cannot tell such a blank line from
a paragraph break, so it is told).

* **Paragraph numbers**: two or more lines that are a bracketed number alone (``[0001]``, ``【0002】``,
  three to five digits): each goes with the line after it (at most one blank line between), and is
  not furniture (``classify`` may have taken a bracketed number alone for a footnote mark, a clause
  number alone for a page number).
* **Clause numbers**: lines that are a clause number alone (``1``, ``3.1``, ``5.2``) in the order a
  document numbers its clauses (each the next of the one before: ``4`` after ``3.1``, ``3.1`` after
  ``3``, ``5.2`` after ``5.1``; a folio ``1`` under clause ``5.1`` is none), three or more of them: each
  goes with its head on the next line (short, no sentence end, at most one blank line between), and so
  does a line of Latin words under the head (a term's English name: ``3.1　原始文献　original document``).
  A number line of either kind starts a unit.
* In a text where either is found, a **paragraph's first line set apart**: a line that follows a
  paragraph number, or a clause head, or a line alone (blank line above it), is at most four
  characters short of the text's line length and ends in a hanzi or a comma (no sentence end), and
  (after a paragraph number: short by the number's width too), and
  exactly one blank line separates it from a line that does not open a paragraph or heading of its
  own (an enumerator, a bracketed or clause number, a short unpunctuated line): the two are one unit.

**Bullets**: a bullet alone on its line (``◆``, ``■``, ``●`` …) goes with the line under it (at most one
blank line between) and starts a unit.

**Endnote markers**: a line that is a marker alone (``[2]``, one or two digits) right under a line that
ends a sentence, where a line further on opens with the same marker and the note's text (``[2]博物館包括…``),
goes with the line above (the wrap put the paper's marker under its sentence), and the line under it starts
a unit. So does one whose note opens no line (a web page's notes read ``1. ↑ …``), where the line above ends a
Chinese sentence, the next paragraph follows with no blank line between and the marker before it stands on no
line alone, in a web dump (:func:`_under_sentence`: html2text set a wiki's note mark alone between two paragraphs).

Cheap gate: one regex search over the text for a line that is such a number alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import join, rules
from .lines import Line, display_width

__all__ = ["glue_lines", "merge"]

_PARA_NUMBER = rules.PARA_NUMBER.pattern
_CLAUSE_NUMBER = rules.CLAUSE_NUMBER.pattern
_MARKER = rules.ENDNOTE_MARK.pattern
# a line that is a paragraph or clause number alone (the gate, on the raw text)
_BULLET = "◆◇■□●○▲★☆▪►"
# (the lookahead names every character that may follow the line break in a match, the first of each
# alternative or a space: the engine turns most line breaks away in one test, three times faster on text
# of short lines; test_segment_fastpaths.py checks it finds what the pattern without it finds)
_ALONE = re.compile(rf"\n(?=[ \t\u3000\[【［\d{_BULLET}])[ \t\u3000]*(?:{_PARA_NUMBER}|{_CLAUSE_NUMBER}|{_MARKER}|[{_BULLET}])"
                    r"[ \t\u3000\r]*\n")
_MIN_PARAS = 2
_MIN_CLAUSES = 3
_TERM = re.compile(r"[A-Za-z][A-Za-z\-']{0,40}")  # (squeezed: the words' spaces are gone)
_HEAD_MAX = 20  # characters of a clause's head
_SHORT_BY = 4  # characters a paragraph's first line may be short of the text's line length (its indent)


def glue_lines(raw: str, lines: Sequence[Line]) -> set[int]:
    """The ids of lines that continue the line before them (see the module's docstring)."""
    if len(lines) < 3 or _ALONE.search(raw) is None:
        return set()
    paras = [i for i, ln in enumerate(lines) if ln.sq[0] in "[【［" and rules.PARA_NUMBER.fullmatch(ln.sq)]
    if len(paras) < _MIN_PARAS:
        paras = []
    clauses = _clauses(lines)
    glue: set[int] = _markers(raw, lines) | _bullets(lines)
    if not paras and not clauses:
        return glue
    openers: dict[int, float] = {}  # lines that open a paragraph (after a number or a head): how much shorter they may be
    for i in paras:
        lines[i].kind = "" if lines[i].kind == "debris" else lines[i].kind
        lines[i].hard = True
        if i + 1 < len(lines) and lines[i + 1].gap <= 1 and not lines[i + 1].kind:
            glue.add(id(lines[i + 1]))
            openers[i + 1] = display_width(lines[i].sq) + 1  # (the number and its space printed before it)
    for i in clauses:
        lines[i].kind = "" if lines[i].kind == "debris" else lines[i].kind
        lines[i].hard = True
        glue.add(id(lines[i + 1]))
        k = i + 2
        if k < len(lines) and lines[k].gap <= 1 and not lines[k].kind and _TERM.fullmatch(lines[k].sq):
            glue.add(id(lines[k]))  # the term's English name under its head: "3.1　原始文献" / "original document"
            k += 1
        if k < len(lines) and not lines[k].gap:
            openers[k] = 0
    length = _line_length(lines)
    if length:
        for i in range(1, len(lines) - 1):
            if i in openers or lines[i].gap:
                _first_line_apart(lines, i, length - openers.get(i, 0), glue)
    return glue


def merge(groups: list[list[Line]], glue: set[int]) -> list[list[Line]]:
    """``groups`` with each group that opens with a glued line joined to the group before it."""
    if not glue:
        return groups
    out = [groups[0]]
    for group in groups[1:]:
        if id(group[0]) in glue and not group[0].kind and not out[-1][-1].kind:
            out[-1] = out[-1] + group
        else:
            out.append(group)
    return out


def _clauses(lines: Sequence[Line]) -> list[int]:
    """Indices of the clause-number lines in document order (see the module's docstring)."""
    found: list[int] = []
    last: tuple[int, ...] = ()
    for i, ln in enumerate(lines[:-1]):
        sq = ln.sq
        if not ("0" <= sq[0] <= "9") or len(sq) > 11 or not rules.CLAUSE_NUMBER.fullmatch(sq):
            continue
        number = tuple(map(int, sq.split(".")))
        head = lines[i + 1]
        if (not _next_clause(last, number) or ln.kind not in ("", "debris") or head.gap > 1 or head.kind
                or len(head.sq) > _HEAD_MAX):
            continue
        if rules.SENTENCE_END_RE.search(head.sq) or head.sq[0].isdigit():
            continue
        found.append(i)
        last = number
    return found if len(found) >= _MIN_CLAUSES else []


def _bullets(lines: Sequence[Line]) -> set[int]:
    """A bullet alone on its line (``◆`` / blank / ``扎实推进重点工作``): the ids of the lines under such a
    bullet (each goes with its bullet, which starts a unit)."""
    found: set[int] = set()
    for i in range(len(lines) - 1):
        ln = lines[i]
        if len(ln.sq) == 1 and ln.sq in _BULLET and lines[i + 1].gap <= 1 and not lines[i + 1].kind:
            ln.kind = "" if ln.kind == "debris" else ln.kind
            ln.hard = True
            found.add(id(lines[i + 1]))
    return found


def _markers(raw: str, lines: Sequence[Line]) -> set[int]:
    """Endnote markers a wrap put on a line alone under their sentence (``…426場次。`` / ``[2]``), where the
    note itself opens a line further on (``[2]博物館包括…``): the ids of those lines (they go with the line above)."""
    found: set[int] = set()
    for i in range(1, len(lines)):
        ln = lines[i]
        sq = ln.sq
        if len(sq) > 4 or sq[0] not in "[［" or ln.gap or not rules.ENDNOTE_MARK.fullmatch(sq):
            continue
        above = lines[i - 1]
        if above.kind or above.sq[-1] not in rules.PARAGRAPH_END:
            continue
        note = raw.find("\n" + sq, ln.end) + 1
        if not note:  # no note opens a line further on: a web page's note list reads "1. ↑ …", or none is printed
            if not _under_sentence(raw, lines, i):
                continue
        elif not raw[note + len(sq):note + len(sq) + 1].strip():  # (the note's text follows the marker on its line)
            continue
        ln.kind = ""
        found.add(id(ln))
        if i + 1 < len(lines):
            lines[i + 1].hard = True  # the next paragraph starts after the marker
    return found


_SENTENCE_CLOSE = "。！？"  # a sentence's end in Chinese text (a reference entry ends "．" or ".")


def _under_sentence(raw: str, lines: Sequence[Line], i: int) -> bool:
    """``lines[i]``, an endnote marker alone whose note opens no line further on, is a web page's note mark that a dump
    set on a line of its own between two paragraphs (html2text: ``…由著名的建築師阿奇巴爾雷奇所設計。`` / ``[2]`` /
    ``羅伯特阿誇弗雷斯卡…``, dev10 w10-010; ``…應解釋為香港特別行政區政府。`` / ``[3]`` / ``第1艦隊為…``, dev15 v15-001):
    the line above ends a Chinese sentence, the next paragraph follows with no blank line between (a marker over a blank
    line stands at a page's foot, or marks an image), and the marker before it (``[1]``) stands on no line alone (a
    reference list whose numbers an extract printed apart, ``[1]`` / ``郭英，…。`` / ``[2]`` / ``…``); in a web dump only
    (:func:`join._web_dump`: in a print extract a marker whose note is printed nowhere is taken for none)."""
    if i + 1 >= len(lines) or lines[i + 1].gap or lines[i + 1].kind or lines[i - 1].sq[-1] not in _SENTENCE_CLOSE:
        return False
    number = int(lines[i].sq[1:-1])  # (int reads full-width digits too)
    if number > 1 and any(len(ln.sq) <= 4 and ln.sq[0] in "[［" and rules.ENDNOTE_MARK.fullmatch(ln.sq)
                          and int(ln.sq[1:-1]) == number - 1 for ln in lines):
        return False  # (the marker before it alone on a line: "[1]" or "［１］", full-width digits read by int)
    return join._web_dump(raw)  # (a print extract's marker with no note further on is none: test_segment_print9.py)


def _next_clause(last: tuple[int, ...], number: tuple[int, ...]) -> bool:
    if not last:
        return number == (1,)
    if len(number) == len(last) + 1:  # "3" -> "3.1"
        return number[:-1] == last and number[-1] == 1
    if len(number) <= len(last):  # "3.1" -> "3.2", "3.1" -> "4"
        k = len(number)
        return number[:-1] == last[:k - 1] and number[-1] == last[k - 1] + 1
    return False


def _line_length(lines: Sequence[Line]) -> float:
    """The text's line length: the widest that three lines reach."""
    widths = sorted(map(display_width, (ln.sq for ln in lines)))
    return widths[-3] if len(widths) >= 3 else 0


def _first_line_apart(lines: Sequence[Line], i: int, length: float, glue: set[int]) -> None:
    line, nxt = lines[i], lines[i + 1]
    sq = line.sq
    if line.kind or nxt.kind or nxt.gap != 1 or not length - _SHORT_BY <= display_width(sq) <= length + 1:
        return
    if not ("\u4e00" <= sq[-1] <= "\u9fff" or sq[-1] in "，、,"):
        return
    nsq = nxt.sq
    if (nsq[0] in "[【［" or nsq[0].isdigit() and rules.CLAUSE_NUMBER.fullmatch(nsq) or rules.ENUMERATOR.match(nsq)
            or (len(nsq) <= _HEAD_MAX and not rules.SENTENCE_END_RE.search(nsq))):
        return
    glue.add(id(nxt))
