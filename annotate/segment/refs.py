"""A reference section at an article's end: its heading and its entries are debris (the text route, ``core``, and
the native readers' finished units, ``readers.read_native``).

:func:`mark_references`, on the units once their kinds are chosen: two or more units in a row that are numbered
citation entries (``[1] 谢艳平. 新闻写作教程[M]. 北京: 人民出版社, 2019.``, a wiki's ``1. ^ 經濟部水利署. 淡水河系治理
規劃檢討. 2003年.``, ``1. 脱贫攻坚取得阶段性成效．光明日报．2023-03-10``), numbered 1, 2, 3 … in turn (a list number a
dump printed as a unit of its own before an entry, ``1.``, is passed over), two or more of them a citation (fields
set apart by full stops, a year after the first: a biography's ``1. 吴鹰先生，独立董事，…1959年出生`` is none, nor a
timeline's ``1. 1949年…``), each 160 characters at most, under a heading of sources (:data:`rules.REFERENCE_HEAD`,
the HTML reader's too: ``参考资料``, ``參考文獻``, ``引用文献``, ``外部連結``; html2text's stars and a colon around it or
not: a doctor's ``学术成果`` over the same entries is the page's own), are ``debris``, the heading too — the citation apparatus, as a footnote is (the convention settled in
session 16).
"""

from __future__ import annotations

import operator
import re
from collections.abc import Sequence

from . import rules

__all__ = ["mark_references", "may_hold", "cites_year"]

# an entry's number: "[1]", "1.", "1.^", a wiki's "^" after it; html2text's list star before it or not
_ENTRY = re.compile(r"\*?(?:\d{1,3}[.．、])?\[(\d{1,3})\]|\*?(\d{1,3})[.．、]\^?(?!\d)")
# a citation: fields that full stops of a bibliography set apart ("作者.题名[M].出版地:出版者,年"; prose has "，" "。"),
# two or more, and a year after the first (or the Republic's, "民國105年")
# a citation's year: four figures of this century or the last, or the Republic's (``民國105年``)
YEAR = r"(?:(?<!\d)(?:19|20)\d{2}(?!\d)|民[國国]\d{1,3}年)"
_CITED = re.compile(r"\D[^.．]{1,60}[.．](?:[^.．]*[.．])?.*?" + YEAR)
_YEAR = re.compile(YEAR)
_NUMBER = re.compile(r"\d{1,3}[.．、]?")  # a list number printed as a unit of its own
_ENTRY_MAX = 160
# what a text opens with when its squeezed text may open with an entry's number (:data:`_ENTRY`): a star, a bracket or
# a digit, or whitespace (squeezed out before one)
_ENTRY_OPENS = re.compile(r"[*\[\d\s]")
# an entry's number opens with a star, a bracket or a digit (``\d``: ``str.isdecimal``): the first character of a
# squeezed text said in Python before :data:`_ENTRY` is tried (most units open otherwise; a match costs ~3 K
# instructions, a call in C with its state)
_ENTRY_FIRST = frozenset("*[")
_FIRST = operator.itemgetter(slice(None, 1))  # a text's first character ("" for an empty text), in C


def may_hold(texts: Sequence[str]) -> bool:
    """Can :func:`mark_references` change anything on ``texts`` (as they stand, not squeezed)? Only with two of them or
    more that may open with an entry's number (:data:`_ENTRY_OPENS`, on their first characters): a test in C before any
    text is squeezed, which most documents fail. (A finer test on the whole texts, a star, three digits and a mark with
    whitespace between them, cost more than the squeezing it spared.)"""
    return len(_ENTRY_OPENS.findall("".join(map(_FIRST, texts)))) >= 2


def cites_year(text: str) -> bool:
    """``text`` holds a year as a citation gives it (:data:`YEAR`: ``吳明德（2018）。…``, ``史学月刊, 2019(4)``)."""
    return _YEAR.search(text) is not None


def entry_starts(squeezed: Sequence[str]) -> list[int]:
    """The indices of the squeezed texts that open with an entry's number (:data:`_ENTRY`)."""
    return [i for i, sq in enumerate(squeezed) if (sq[:1] in _ENTRY_FIRST or sq[:1].isdecimal()) and _ENTRY.match(sq)]


def mark_references(kinds: list[str], squeezed: list[str]) -> list[str]:
    """``kinds`` with each reference section's heading and entries made debris (module docstring)."""
    starts = entry_starts(squeezed)
    if len(starts) < 2:
        return kinds
    kinds = list(kinds)
    done = -1
    for first in starts:
        if first <= done:
            continue
        run, want, i = [], 1, first
        while i < len(squeezed):
            sq = squeezed[i]
            m = _ENTRY.match(sq)
            if m is not None and int(m.group(1) or m.group(2)) == want and len(sq) <= _ENTRY_MAX and len(sq) > m.end():
                run.append((i, m.end()))
                want += 1
            elif not (kinds[i] == "debris" and _NUMBER.fullmatch(sq)):
                break
            i += 1
        done = i - 1
        if len(run) < 2 or sum(_CITED.match(squeezed[k], at) is not None for k, at in run) < 2:
            continue
        head = first - 1  # (under a heading of sources: a doctor's "学术成果" over the same entries is the page's own)
        if head < 0 or kinds[head] not in ("heading", "paragraph", "debris") or not rules.REFERENCE_HEAD.fullmatch(squeezed[head]):
            continue
        kinds[head] = "debris"
        for k, _ in run:
            kinds[k] = "debris"
    return kinds
