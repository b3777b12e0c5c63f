"""Answer types of the gold: what type a span is, what type a question asks for, where spans of a type lie.

This module is the one place the benchmark's typing lives. ``qa build`` types gold answers (when the
record and the entity labels do not) and unanswerable questions (by their cue words) with it, ``qa
check`` uses it to test a question's cue against its answer and to look for same-type distractors, and
the offline baselines in :mod:`qa.systems` import it. Nothing here imports a system, so tuning a
baseline cannot change the gold.

Numbers come from the one Chinese number grammar of the toolkit, :func:`annotate.prelabel.rules.find_numbers`
(DATE, MONEY, PERCENT, QUANTITY with their bound words), mapped onto the benchmark's types by the
conventions of docs/benchmark.md: a multiple (``1.7倍``) or a duration (``5个工作日``, ``三年`` as a
length) is a ``number``, a quantity with a measure word is a ``count``, one with a physical unit or none
is a ``number``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from annotate.prelabel.rules import find_numbers

from .items import ANSWER_TYPES

__all__ = ["ANSWER_TYPES", "NUMERIC_TYPES", "LABEL_TO_TYPE", "QUESTION_CUES", "CLASSIFIERS", "infer_answer_type",
           "question_type", "find_typed", "number_type", "cue_classifier"]

NUMERIC_TYPES = ("money", "percent", "count", "date", "number")

LABEL_TO_TYPE = {
    "PER": "person", "ORG": "org", "LOC": "place", "DATE": "date", "MONEY": "money",
    "PERCENT": "percent", "QUANTITY": "count",
}

# measure words that make a quantity a count (docs/benchmark.md, "Answer types")
CLASSIFIERS = "个人名家项次座件户所种位只条支艘架辆台场届批部篇本张款套例宗栋间颗枚株头匹"
_COUNT_END = re.compile(rf"[{CLASSIFIERS}](?:次)?(?:左右|以上|以下|以内|上下|多|余)?$")
# a length of time, not a point in it: 5个工作日, 三年, 二十余年, 两个月
_DURATION = re.compile(r"个(?:月|工作日|小时|季度|星期)|(?:年|天|周|小时|分钟|工作日|星期)多?(?:左右|以上|以下|以内)?$")
# a point in time: a four-digit year, a month or day, a part of a year
_CALENDAR = re.compile(r"[12１２][0-9０-９]{3}|[〇零一二两三四五六七八九]{4}年|[^个]月|^[^个]*月|(?<!工作)[日号]$|年[底初末度代]|[上下]半年|季度")
_BARE = re.compile(r"(?:约|近|超过|不足|逾)?[0-9０-９]+(?:[.．][0-9０-９]+)?(?:[万亿]|万亿)?|第[0-9一二三四五六七八九十百]+[届次批个]")
_LONG = 16  # characters; a longer answer, or one holding a clause break, is "other", not a phrase

# What a question asks for, by its cue words: first match wins, else "phrase".
QUESTION_CUES: tuple[tuple[str, re.Pattern[str]], ...] = tuple((name, re.compile(cue)) for name, cue in (
    ("percent", r"百分之几|百分比|比例|占比|比重|[增涨降跌]幅|增速|增长率|下降率|率[为是]?多少|多少%|几成"),
    ("money", r"多少钱|多少[美欧日港]?元|金额|资金|价格|价值|售价|票价|收入|营收|利润|成本|费用|花[了费]多少|"
              r"多少[万亿]元|总额|总值|工资|薪"),
    ("date", r"什么时候|何时|哪一?年|哪一?天|哪一?月|几月|几号|几日|哪个月|日期|年份|何年|哪个年代|什么时间|何日"),
    ("count", rf"多少[{CLASSIFIERS}]|几[{CLASSIFIERS}]|人数|数量|多少人次"),
    ("org", r"哪[家个所]?(?:公司|机构|部门|组织|单位|企业|大学|学校|学院|银行|团队|球队|俱乐部|政党|媒体|集团)|"
            r"什么(?:公司|机构|部门|组织|单位|企业|大学|学校|银行|团队|球队|俱乐部)|哪家"),
    ("place", r"哪里|哪儿|何地|何处|什么地方|哪个?(?:国家|城市|省份?|地区|地方|县|市|州|岛|村|镇)|在哪|位于|发源于"),
    ("person", r"谁|哪位|何人|什么人|哪个人|哪些人"),
    ("number", r"多少|几|多[高长大重远深宽久]|面积|长度|高度|距离|温度|海拔|第几"),
))
_CUE_CLASSIFIER = re.compile(rf"(?<!哪)(?:几|多少)([{CLASSIFIERS}])")  # 哪几个 asks "which", not "how many"
_POS = {"person": ("nr",), "place": ("ns",), "org": ("nt",)}


def number_type(text: str, label: str) -> str:
    """The benchmark type of a number span ``text`` that the grammar labelled ``label``."""
    if label == "MONEY":
        return "money"
    if label == "PERCENT":
        return "number" if "倍" in text else "percent"
    if label == "DATE":
        return "number" if _DURATION.search(text) and not _CALENDAR.search(text) else "date"
    return "count" if _COUNT_END.search(text) else "number"


@lru_cache(maxsize=4096)
def _numbers(text: str) -> tuple[tuple[int, int, str], ...]:
    return tuple((s.start, s.end, number_type(text[s.start:s.end], s.label)) for s in find_numbers(text))


def infer_answer_type(text: str, label: str | None = None) -> str:
    """The answer type of ``text``: from the entity ``label`` that spans exactly the answer if there is
    one, else from the number grammar when one number spans the whole (stripped) text, else ``number``
    for a bare figure or an ordinal, ``phrase`` for a short answer and ``other`` for a long one."""
    stripped = text.strip()
    if label == "QUANTITY":
        return "count" if _COUNT_END.search(stripped) else "number"
    if label in LABEL_TO_TYPE:
        return LABEL_TO_TYPE[label]
    whole = [kind for start, end, kind in _numbers(stripped) if (start, end) == (0, len(stripped))]
    if whole:
        return whole[0]
    if _BARE.fullmatch(stripped):
        return "number"
    if len(stripped) <= _LONG and not re.search(r"[，。；！？,;]", stripped):
        return "phrase"
    return "other"


def question_type(question: str) -> str:
    """The answer type a question's cue words ask for (:data:`QUESTION_CUES`, first match), else ``phrase``."""
    for name, cue in QUESTION_CUES:
        if cue.search(question):
            return name
    return "phrase"


def cue_classifier(question: str) -> str | None:
    """The measure word a counting question asks with (``几个`` → ``个``, ``多少家`` → ``家``), if any."""
    m = _CUE_CLASSIFIER.search(question)
    return m.group(1) if m else None


def _jieba_posseg():  # lazily: loading the dictionary takes a second
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    return jieba.posseg


def find_typed(text: str, answer_type: str) -> list[tuple[int, int]]:
    """Half-open spans of ``text`` of ``answer_type``: numbers by the number grammar (every number
    for ``number``, since a bare figure has no unit to tell its kind), people, places and
    organisations by jieba's part-of-speech tags (nr, ns, nt); an empty list for ``phrase`` and ``other``."""
    if answer_type in NUMERIC_TYPES:
        return [(s, e) for s, e, kind in _numbers(text) if answer_type == "number" or kind == answer_type]
    if answer_type in _POS:
        spans, pos = [], 0
        for token in _jieba_posseg().cut(text):
            if token.flag.startswith(_POS[answer_type]):
                spans.append((pos, pos + len(token.word)))
            pos += len(token.word)
        return spans
    return []
