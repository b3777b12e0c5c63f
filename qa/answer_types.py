"""Answer types: regular expressions for numeric spans and the rule that names an answer's type.

The same table serves two jobs: ``qa build`` names the type of a gold answer (when the record and the
entity labels do not), and the offline baseline looks for spans of the type a question asks for.
The patterns are deliberately small; ``annotate.prelabel``'s rules backend may replace them later.
"""

from __future__ import annotations

import re

from .items import ANSWER_TYPES

__all__ = ["ANSWER_TYPES", "PATTERNS", "LABEL_TO_TYPE", "infer_answer_type", "find_typed"]

_NUM = r"(?:\d+(?:[.,]\d+)*|[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?)"
_MAG = r"(?:[十百千万亿]|万亿)*"
_CURRENCY = r"(?:元|美元|欧元|日元|英镑|港元|港币|人民币|块钱|块)"
_MEASURE = (
    r"(?:个|人|名|位|家|所|座|户|只|头|条|张|本|篇|部|台|辆|架|艘|件|项|种|次|场|届|批|股|支|份|口|"
    r"倍|岁|天|周|小时|分钟|秒)"
)
_UNIT = r"(?:平方公里|平方千米|平方米|公里|千米|厘米|毫米|米|公顷|亩|万吨|吨|千克|公斤|克|斤|升|立方米|千瓦时|千瓦|兆瓦|度|%)"

# Order matters: the first pattern that matches the whole answer names its type.
PATTERNS: dict[str, re.Pattern[str]] = {
    "percent": re.compile(rf"百分之{_NUM}|{_NUM}\s*(?:%|％|‰)|{_NUM}个百分点"),
    "money": re.compile(rf"{_NUM}{_MAG}(?:多|余)?{_CURRENCY}"),
    "date": re.compile(
        rf"{_NUM}年(?:{_NUM}月(?:{_NUM}[日号])?)?|{_NUM}月{_NUM}[日号]|{_NUM}月(?:份)?|{_NUM}年代"
        r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年度?"
    ),
    "count": re.compile(rf"{_NUM}{_MAG}(?:多|余)?{_MEASURE}"),
    "number": re.compile(rf"{_NUM}{_MAG}(?:多|余)?{_UNIT}?"),
}

LABEL_TO_TYPE = {
    "PER": "person", "ORG": "org", "LOC": "place", "DATE": "date", "MONEY": "money",
    "PERCENT": "percent", "QUANTITY": "count",
}

_LONG = 16  # characters; a longer answer, or one holding a clause break, is "other", not a phrase


def infer_answer_type(text: str, label: str | None = None) -> str:
    """The answer type of ``text``: from the entity ``label`` that spans exactly the answer if there is
    one, else from the first pattern in :data:`PATTERNS` that matches the whole (stripped) text, else
    ``phrase`` for a short answer and ``other`` for a long one."""
    if label in LABEL_TO_TYPE:
        return LABEL_TO_TYPE[label]
    stripped = text.strip()
    for name, pattern in PATTERNS.items():
        if pattern.fullmatch(stripped):
            return name
    if len(stripped) <= _LONG and not re.search(r"[，。；！？,;]", stripped):
        return "phrase"
    return "other"


def find_typed(text: str, answer_type: str) -> list[tuple[int, int]]:
    """Half-open spans of ``text`` that match the pattern of a numeric ``answer_type`` (longest first
    at each position, left to right); an empty list for the non-numeric types."""
    pattern = PATTERNS.get(answer_type)
    if pattern is None:
        return []
    return [m.span() for m in pattern.finditer(text) if m.end() > m.start()]
