"""A reference section at an article's end: its heading and its entries are debris (the text route, ``core``, and
the native readers' finished units, ``readers.read_native``).

:func:`mark_references`, on the units once their kinds are chosen: two or more units in a row that are numbered
citation entries (``[1] 谢艳平. 新闻写作教程[M]. 北京: 人民出版社, 2019.``, a wiki's ``1. ^ 經濟部水利署. 淡水河系治理
規劃檢討. 2003年.``, ``1. 脱贫攻坚取得阶段性成效．光明日报．2023-03-10``), numbered 1, 2, 3 … in turn (a list number a
dump printed as a unit of its own before an entry, ``1.``, is passed over), two or more of them a citation (fields
set apart by full stops, a year after the first: a biography's ``1. 吴鹰先生，独立董事，…1959年出生`` is none, nor a
timeline's ``1. 1949年…``), each 160 characters at most, under a heading of sources (``参考资料``, ``參考文獻``,
``引用文献``; html2text's stars and a colon around it or not: a doctor's ``学术成果`` over the same entries is the
page's own), are ``debris``, the heading too — the citation apparatus, as a footnote is (the convention settled in
session 16).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

__all__ = ["mark_references", "may_hold"]

# an entry's number: "[1]", "1.", "1.^", a wiki's "^" after it; html2text's list star before it or not
_ENTRY = re.compile(r"\*?(?:\d{1,3}[.．、])?\[(\d{1,3})\]|\*?(\d{1,3})[.．、]\^?(?!\d)")
# a citation: fields that full stops of a bibliography set apart ("作者.题名[M].出版地:出版者,年"; prose has "，" "。"),
# two or more, and a year after the first (or the Republic's, "民國105年")
_CITED = re.compile(r"\D[^.．]{1,60}[.．](?:[^.．]*[.．])?.*?(?:(?<!\d)(?:19|20)\d{2}(?!\d)|民[國国]\d{1,3}年)")
_NUMBER = re.compile(r"\d{1,3}[.．、]?")  # a list number printed as a unit of its own
# the section's heading: a short noun of sources ("参考资料", "參考文獻", "引用文献"; a doctor's "学术成果" over the same
# shape of entries is the page's own content)
_HEAD = re.compile(r"\**[\u4e00-\u9fff]{0,4}(?:参考|參考|引用|文献|文獻)[\u4e00-\u9fff]{0,4}[：:]?\**")
_ENTRY_MAX = 160
# what a text opens with when its squeezed text may open with an entry's number (:data:`_ENTRY`): a star, a bracket or
# a digit, or whitespace (squeezed out before one)
_ENTRY_OPENS = re.compile(r"[*\[\d\s]")


def may_hold(texts: Sequence[str]) -> bool:
    """Can :func:`mark_references` change anything on ``texts`` (as they stand, not squeezed)? Only with two of them or
    more that may open with an entry's number (:data:`_ENTRY_OPENS`, on their first characters): a test in C before any
    text is squeezed, which most documents fail. (A finer test on the whole texts, a star, three digits and a mark with
    whitespace between them, cost more than the squeezing it spared.)"""
    return len(_ENTRY_OPENS.findall("".join([text[:1] for text in texts]))) >= 2


def mark_references(kinds: list[str], squeezed: list[str]) -> list[str]:
    """``kinds`` with each reference section's heading and entries made debris (module docstring)."""
    starts = list(itertools.compress(itertools.count(), map(_ENTRY.match, squeezed)))  # (in C)
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
        head = first - 1
        if head < 0 or kinds[head] not in ("heading", "paragraph", "debris") or not _HEAD.fullmatch(squeezed[head]):
            continue
        kinds[head] = "debris"
        for k, _ in run:
            kinds[k] = "debris"
    return kinds
