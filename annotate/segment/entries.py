"""A live page's time-stamped entries in a text dump (the text route).

A news live page (直播) prints its entries newest first, each as a time of day on a line of its own,
often a short label under it that every entry repeats (the poster, ``主持人``), then the entry's text::

    • 09:23
      主持人
      2008年，再度名列美国电影学会的百年来……

:func:`mark_entries`: where two or more lines hold a time of day alone (``09:23``, ``9：05``, a list
bullet before it allowed), each is a ``meta`` unit of its own, like a date alone; the line right under
such times, when it is the same short text (up to 8 characters, no punctuation, no digit) under two or
more of them, is a label: a ``debris`` unit of its own. Both stand alone, so neither joins the other nor
the entry's text (which starts a paragraph of its own). Nothing is dropped. One scan for the time lines
(a pattern opening with the line break, found in C) gates the rest. :func:`mark_entry_units` does the
same on the units of a native reader (HTML, a browser's PDF), where each time and label is a block.

:func:`mark_counter_bars`: a line of two to six short items (up to 10 characters each) set apart by
full-width spaces, one of them a count of people or times or a label and its number
(``38.7万人参与　刷新　只看主持人``, ``1,024人次　分享``, ``關注問題　寫回答　被瀏覽 79,949``)
and none with punctuation, is a bar of counters and tools (``debris``, a unit of its own), so the byline
above it stays a byline. Only texts with a full-width space are looked at.

:func:`cut_dated_lines`: a page's ``<time>`` date that the dump prints on one line with the short text
after it (a figure's caption: ``6/4/2023 旅途中所見的街景。``), right under a byline: the line is cut after
the date, which becomes a ``meta`` unit of its own; the rest (up to 40 characters, no digit: not a
counter ``阅读 36947`` nor a second date) is
left to the other rules. Dates as :data:`rules.DATE` writes them, and with the year last (``6/4/2023``,
:data:`rules.YEAR_LAST_DATE`), which alone on the line under the byline is a ``meta`` unit of its own too.
"""

from __future__ import annotations

import collections
import itertools
import operator
import re
from collections.abc import Sequence

from . import rules
from .inline import lines_at, split_at
from .lines import Line

__all__ = ["cut_dated_lines", "mark_counter_bars", "mark_entries", "mark_entry_units", "mark_stamped_runs"]

# A line holding a time of day alone, a list bullet or indentation before it allowed.
_TIME = rules.CLOCK
_TIME_LINE = re.compile(rf"\n[ \t\u3000*•·\-]*({_TIME.pattern})[ \t\u3000\r]*(?=\n|\Z)")
_TIME_UNIT = re.compile(rf"\n{_TIME.pattern}(?=\n|$)")  # a unit that is a time alone, in the joined texts
_TIMES_MIN = 2  # time lines that make a timeline
_LABEL_MAX = 8  # characters of a label under each time
_LABEL = re.compile(r"[^\W\d_]+")  # letters only (hanzi included): no punctuation, no digit


def _time_colons(raw: str, enough: int) -> int:
    """The colons in ``raw`` written as a time of day's (:data:`_TIME`: a digit before, ``[0-5]`` and a digit
    after), counted up to ``enough``. Each colon is found by ``str.find`` in C and looked at with its
    neighbours: far cheaper than a regex pass over the text, which tries every line's start (most texts have
    few colons; test_segment_fastpaths.py checks it against the pattern)."""
    found = 0
    for colon in ":：":
        at = raw.find(colon, 1)
        while at > 0 and found < enough:
            if raw[at - 1].isdecimal() and "0" <= raw[at + 1:at + 2] <= "5" and raw[at + 2:at + 3].isdecimal():
                found += 1
            at = raw.find(colon, at + 1)
    return found


# A date and a time of day ending a line: "03/12 22:50", "2024-03-12 22:50:07" (a comment's or a log entry's stamp).
_STAMP_END = re.compile(r"(?:\d{1,2}/\d{1,2}|(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2})[ \t\u3000]+\d{1,2}:[0-5]\d(?::[0-5]\d)?"
                        r"[ \t\u3000\r]*$", re.M)
_STAMPED_RUN = 3  # consecutive lines that each end with a stamp: a list of records


def mark_stamped_runs(raw: str, lines: Sequence[Line]) -> None:
    """Three or more consecutive lines (no blank line between) that each end with a date and a time of day
    (``推 ricecake: 推推 過來人心有慼慼焉 03/12 22:50`` / ``→ ricecake: 第二點真的很重要 03/12 22:51`` / …, a BBS post's
    push comments, a log): each is a record that its stamp closes, so the line under each starts a unit (a break is
    certain there: ``hard``)."""
    if _time_colons(raw, _STAMPED_RUN) < _STAMPED_RUN:
        return
    found = [m.start() for m in _STAMP_END.finditer(raw)]
    if len(found) < _STAMPED_RUN:
        return
    stamped = sorted(lines_at(lines, found))
    stamped = [i for i in stamped if _STAMP_END.search(raw, lines[i].start, lines[i].end + 1) is not None]
    for _, run in itertools.groupby(enumerate(stamped), lambda p: p[1] - p[0]):
        rows = [i for _, i in run]
        if len(rows) < _STAMPED_RUN or any(lines[i].gap for i in rows[1:]):
            continue
        for i in rows:
            if i + 1 < len(lines):
                lines[i + 1].hard = True


def mark_entries(raw: str, lines: Sequence[Line]) -> None:
    """Times of day alone on their lines (two or more) become ``meta``, a label repeated under them
    ``debris`` (module docstring)."""
    if _time_colons(raw, _TIMES_MIN) < _TIMES_MIN:  # (fewer times of day anywhere: cheaper than the regex pass)
        return
    found = [m.start(1) for m in _TIME_LINE.finditer(raw)]
    if len(found) < _TIMES_MIN:
        return
    times = sorted(i for i in lines_at(lines, found) if not lines[i].level and _TIME.fullmatch(lines[i].sq))
    if len(times) < _TIMES_MIN:
        return
    for i in times:
        lines[i].kind = "meta"
    under = [i + 1 for i in times if i + 1 < len(lines) and lines[i + 1].gap <= 1 and not lines[i + 1].level
             and not lines[i + 1].kind and len(lines[i + 1].sq) <= _LABEL_MAX and _LABEL.fullmatch(lines[i + 1].sq)]
    counts = collections.Counter(lines[j].sq for j in under)
    for j in under:
        if counts[lines[j].sq] >= _TIMES_MIN:
            lines[j].kind = "debris"
            if j + 1 < len(lines):
                lines[j + 1].hard = True



def mark_entry_units(kinds: list[str], texts: Sequence[str]) -> None:
    """:func:`mark_entries` on a native reader's units (``kinds`` changed in place): two or more units
    that are a time of day alone become ``meta`` (a debris one stays debris), and a short label unit
    right after them, the same text after two or more, ``debris``. (The units are joined and searched
    once, in C, before any is looked at.)"""
    if len(_TIME_UNIT.findall("\n" + "\n".join(texts))) < _TIMES_MIN:
        return
    times = [i for i, t in enumerate(texts) if len(t) <= 5 and _TIME.fullmatch(t) and kinds[i] != "debris"]
    if len(times) < _TIMES_MIN:
        return
    for i in times:
        kinds[i] = "meta"
    under = [i + 1 for i in times if i + 1 < len(texts) and kinds[i + 1] == "paragraph"
             and len(texts[i + 1]) <= _LABEL_MAX and _LABEL.fullmatch(texts[i + 1])]
    counts = collections.Counter(texts[j] for j in under)
    for j in under:
        if counts[texts[j]] >= _TIMES_MIN:
            kinds[j] = "debris"


# A line of short items set apart by full-width spaces (an item may carry single OCR-like spaces).
_ITEM = r"[^\s\u3000](?: ?[^\s\u3000]){0,9}"
_BAR_LINE = re.compile(rf"\n[ \t]*({_ITEM}(?:\u3000+{_ITEM}){{1,5}})[ \t\r]*(?=\n|\Z)")
# a count of people or times ("38.7万人参与", "1,024人次") or a label and its number ("被瀏覽 79,949")
_COUNT_ITEM = re.compile(r"\d[\d,.]*[万萬千亿億KkWw]?(?:人次|人|次)[^\W\d_]{0,4}|[^\W\d_]{1,4}\d[\d,.]*[万萬千亿億KkWw]?")
_ITEM_PUNCT = re.compile(r"[^\w\s\u3000]")  # any punctuation (a colon makes a credit line, a comma prose)


def mark_counter_bars(raw: str, lines: Sequence[Line]) -> None:
    """A bar of counters and tools on a line of its own becomes ``debris`` (module docstring)."""
    if not rules.IDEOGRAPHIC_SPACE.search(raw):
        return
    found = []
    for m in _BAR_LINE.finditer(raw):
        bar = m.group(1)
        items = ["".join(t.split()) for t in bar.split("\u3000") if t]
        if any(map(_COUNT_ITEM.fullmatch, items)) and not _ITEM_PUNCT.search(bar.replace(".", "").replace(",", "")):
            found.append(m.start(1))
    starts = set(found)  # (a list's ``in`` made this pass quadratic in the number of bars)
    for i in lines_at(lines, found):
        line = lines[i]
        if not line.kind and not line.level and line.start in starts:
            line.kind = "debris"


# A date first on its line, then a gap and a short text: "6/4/2023 旅途中所見的街景。".
_DATE_FIRST = re.compile(rf"(?:{rules.DATE.pattern}|{rules.YEAR_LAST_DATE.pattern})(?=[ \t\u3000]+\S)")
_REST_MAX = 40  # characters of the text after the date
_KIND = operator.attrgetter("kind")


def cut_dated_lines(raw: str, lines: list[Line]) -> list[Line]:
    """A date and a short text on one line right under a byline: cut after the date, which becomes a
    ``meta`` unit (module docstring). Only the line after each byline line is looked at."""
    kinds = list(map(_KIND, lines))  # (in C)
    if "byline" not in kinds:
        return lines
    at = [i + 1 for i in itertools.compress(itertools.count(), map("byline".__eq__, kinds)) if i + 1 < len(lines)]  # (in C)
    cuts = {}
    for i in at:
        line = lines[i]
        if line.kind or line.level or len(line.pieces) != 1:
            continue
        if rules.YEAR_LAST_DATE.fullmatch(line.sq):  # the date alone on its line: its own meta unit
            line.kind, line.hard = "meta", True
            continue
        m = _DATE_FIRST.match(raw, line.start, line.end)
        if m is None:
            continue
        rest = "".join(raw[m.end():line.end].split())
        if rest and len(rest) <= _REST_MAX and not any(map(str.isdigit, rest)):  # (not a counter, a second date)
            cuts[i] = m.end()
    if not cuts:
        return lines
    out: list[Line] = []
    for i, line in enumerate(lines):
        end = cuts.get(i)
        if end is None:
            out.append(line)
            continue
        date = split_at(raw, line, [(end, line.end)], [])
        date[0].kind = "meta"
        date[0].hard = True  # (a line of its own in the page: never one credit with the byline above)
        out += date
    return out
