"""Dated strips: a page head or masthead line of short fields with a date among them.

``pdftotext -raw`` prints a newspaper's page head where the content stream draws it: between two
lines of a paragraph at a page break (``…印刷所成立早期使用皇室印刷器，年`` / ``111年6月5日 星期四 A3 綜合新聞
南瀛時報`` / ``產6億張普通郵票…``), or right above the headline (``中華民國111年6月13日 星期四 第29970號
今日24版`` / ``現代主義研究``), as wide as the column's lines, so the wrap rules would join it. Such a
line — three to eight fields set apart by spaces, each of two to 16 characters (OCR-like spaces
leave single characters), one of them a date alone (``2022-01-01``, ``中華民國111年6月13日``), no
sentence or clause punctuation and no label colon (a byline's ``来源：X 2023-06-01 记者 Y``
has one) — joins neither the line above nor the line below (docs/segmentation.md §4); nor does
a label and a name right above it, the foot of the page before (``本版主編：林佳蓉``).
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Sequence

from . import rules
from .lines import Line

STRIP_FIELDS = (3, 8)  # fields of a strip, fewest and most
STRIP_FIELD_MAX = 16  # characters in one field
STRIP_MAX = 48  # characters in a strip (squeezed)
_DATE = re.compile(r"\d{1,4}年\d{1,2}月\d{1,2}日|(?:19|20)\d\d([-/.])\d{1,2}\1\d{1,2}")
_DATE_FIELD = re.compile(rf"{rules.ERA}?(?:{_DATE.pattern})")  # a field that is a date alone, an era before it allowed
# a page's foot line of a label and a name right above the next page's strip: "本版主編：林佳蓉"
_FIELD = re.compile(r"[\u4e00-\u9fff]{2,6}[：:][\u4e00-\u9fff]{2,4}")
_CLEAN = operator.attrgetter("clean")


def strip_lines(lines: Sequence[Line], raw: str) -> frozenset[int]:
    """``id`` of each line that is a dated strip (module doc)."""
    out = []
    # (a clean line has no whitespace inside, so one field, never a strip: skipped in C; most lines are clean)
    for line in itertools.filterfalse(_CLEAN, lines):
        sq = line.sq
        if len(sq) > STRIP_MAX or line.kind or not ("日" in sq or "-" in sq or "/" in sq or "." in sq):
            continue
        if _DATE.search(sq) is None or rules.PUNCT.search(sq) is not None:
            continue
        fields = raw[line.start:line.end].split()
        if (STRIP_FIELDS[0] <= len(fields) <= STRIP_FIELDS[1] and min(map(len, fields)) >= 2
                and max(map(len, fields)) <= STRIP_FIELD_MAX and any(map(_DATE_FIELD.fullmatch, fields))):
            out.append(id(line))
    if out:  # (rare: the lines right above a strip)
        at = {id(line): k for k, line in enumerate(lines)}
        for k in [at[i] for i in out if at[i] > 0]:
            above = lines[k - 1]
            if not lines[k].gap and not above.kind and _FIELD.fullmatch(above.sq):
                out.append(id(above))
    return frozenset(out)
