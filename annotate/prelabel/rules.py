"""DATE, MONEY, PERCENT and QUANTITY from a small grammar of Chinese number expressions.

The grammar follows docs/guidelines.md ("Numbers"): a number is Arabic (half- or full-width, with a
decimal point and thousands commas) or Chinese numerals; approximation and bound words touching it
(约, 近, 超过, 不足 …; 余, 多, 左右, 以上 …) are inside the span; ranges ("10%-15%", "1—10月") and rates
("36.6万元/年") are one span; single spaces inside ("47.8 万亿元") are allowed because PDF-extracted
text has them. Precision comes first: Chinese numerals need a digit character (一二三 …, so 百家/万元
alone are not numbers), 一 + classifier is an article, ordinals (第 …) and ranks (前二十位) are dropped,
and numbers inside a title (《…》) or a short quoted name (“四个面向”) are skipped.

Every span gets ``score`` :data:`SCORE` (the rules do not grade their confidence) and
``source="rules"``. Overlaps are resolved longest first, then DATE > MONEY > PERCENT > QUANTITY.
Measured on the hand-made gold (tests/data/rules_gold.jsonl): see docs/benchmarks.md.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from ..spans import Span

__all__ = ["RulesBackend", "find_numbers", "cached_numbers", "SCORE", "VERSION"]

VERSION = "rules-1"
SCORE = 0.95

_S = r"[ \u3000\u00a0]?"  # one optional space: PDF text puts them between number and unit
_D = "0-9０-９"
_ARABIC = rf"(?<![{_D}.．/:：])(?<![{_D}][,，])[{_D}]{{1,16}}+(?:[,，][{_D}]{{3}}(?![{_D}]))*(?:[.．][{_D}]{{1,8}}+)?"
_CN_DIGIT = "〇零一二两三四五六七八九"
_CN_ALL = _CN_DIGIT + "十百千"
# bounded and possessive, so a long run of digits or numerals cannot make matching quadratic;
# a Chinese numeral needs a digit character (百家, 千家万户, 万元 are not numbers) or is 十 before 余/多/几
_CN = rf"(?:(?<![{_CN_ALL}])(?=[{_CN_ALL}]{{0,7}}[{_CN_DIGIT}])[{_CN_ALL}]{{1,8}}+|十(?=[余多几]))"
_RANGE_SEP = r"[-—–~～至到]"
_MAG = r"(?:万亿|千亿|百亿|十亿|千万|百万|十万|万|亿)"
_NUM = rf"(?:{_ARABIC}|{_CN}(?:{_MAG})?)"
_APPROX = rf"(?:{_S}(?:余|多|几))?"
# approximation / bound prefixes; 近 not in 最近/接近, 约 not in 签约/合约, 超 not in 赶超
_NUMR = rf"{_NUM}(?:{_S}{_RANGE_SEP}{_S}{_NUM})?"  # a range is one entity
_PRE = (r"(?:(?:大约|将近|超过|不足|不到|(?<![签合契公条节制预邀履违解缔特婚誓大])约"
        r"|(?<![最接附靠邻将])近|(?<![赶高])超|逾)" + _S + ")?")
_POST = r"(?:左右|以上|以下|以内|上下(?![游文级班午]))?"

_CURRENCY = r"(?:美元|欧元|日元|英镑|港元|港币|人民币|韩元|卢布|元(?![化论素旦宵首帅月]))"
_RATE = rf"(?:/{_S}(?:万|亿)?(?:元|年|月|日|天|人|次|吨|公斤|千克|平方米|亩|小时|件))?"
_UNIT = (r"(?:吨标准煤|平方公里|平方米|立方米|千瓦时|万千瓦|千瓦|公里|千米|公斤|千克|公顷|吨|亩|米"
         r"|GW|MW|kW|km|kg|TB|GB)")
_CLF_ANY = r"(?:家|个(?!月|工作日|小时|季度|星期)|项|件|名|位(?!一体)|场|户|款|条|批|种|所|篇|套|人次|人)"
_CLF_ARABIC = r"(?:台|座|只|次|辆|架|艘|本|张|份|株|头|匹|部|届|例|宗|栋|间|颗|枚)"

_YEAR = rf"(?:[12１２][{_D}]{{3}}|[{_CN_DIGIT}]{{4}}){_S}年度?"
_MONTH = r"(?:[1１][0-2０-２]|[0０]?[1-9１-９]|十[一二]?|[一二三四五六七八九])"
_MONTHS = rf"{_MONTH}(?:{_S}{_RANGE_SEP}{_S}{_MONTH})?{_S}月(?:份)?"
_DAY = r"(?:[3３][01０１]|[12１２][0-9０-９]|[0０]?[1-9１-９]|三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])"
_SMALL = rf"(?:(?<![{_D}.．])(?<![{_D}][,，])[{_D}]{{1,3}}(?:[.．][{_D}]+)?|{_CN}|十)"

_PATTERNS: list[tuple[str, str]] = [
    ("DATE", rf"(?<![{_D}])[12１２][{_D}]{{3}}[-/.－／．][01０１]?[{_D}][-/.－／．][0-3０-３]?[{_D}](?![{_D}])(?:[ T]\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?"),
    ("DATE", rf"(?:{_YEAR}(?:年底|年初|年末|底|初(?!步|期|心)|末|上半年|下半年)?{_S})?"
             rf"{_MONTHS}(?:{_S}{_DAY}{_S}[日号])?"),
    ("DATE", rf"{_YEAR}(?:{_S}{_RANGE_SEP}{_S}[12１２][{_D}]{{3}}{_S}年)?(?:年底|年初|年末|底|初(?!步|期|心)|末|上半年|下半年|代)?"),
    ("DATE", rf"(?<![{_D}])[12１２][{_D}]{{3}}{_S}{_RANGE_SEP}{_S}{_YEAR}"),
    ("DATE", rf"(?<![{_D}]){_DAY}{_S}[日号](?![本报常元])"),
    ("DATE", rf"(?:前|第)?{_S}(?:[一二三四]|[1-4１-４]){_S}季度"),
    ("DATE", rf"{_PRE}前?{_SMALL}(?:{_S}{_RANGE_SEP}{_S}{_SMALL})?{_APPROX}{_S}(?:{_MAG}{_S})?"
             rf"(?:个{_S}(?:月|工作日|小时|季度|星期)|年(?![级代轻纪龄终会鉴薪度份]|一度|四季)|天(?![文然津空下气使才堂线平赋河台山猫府鹅])|周|星期|小时|分钟|工作日)多?{_POST}"),
    ("MONEY", rf"{_PRE}{_NUMR}{_APPROX}{_S}(?:{_MAG}{_S})?{_CURRENCY}{_RATE}{_POST}(?!{_S}级)"),
    ("MONEY", rf"(?:大约|将近|超过|不足|不到|约|近|超|逾){_S}[千百]{_S}{_MAG}{_S}{_CURRENCY}{_POST}(?!{_S}级)"),
    ("PERCENT", rf"{_PRE}{_NUM}{_S}[%％‰](?:{_S}{_RANGE_SEP}{_S}{_NUM}{_S}[%％‰])?{_POST}"),
    ("PERCENT", rf"{_PRE}{_NUM}{_S}{_RANGE_SEP}{_S}{_NUM}{_S}[%％‰]{_POST}"),
    ("PERCENT", rf"{_PRE}[百千]分之{_S}{_NUM}{_APPROX}{_POST}"),
    ("PERCENT", rf"{_PRE}{_CN}分之{_CN}{_POST}"),
    ("PERCENT", rf"{_PRE}(?<![{_D}./])[{_D}]{{1,3}}/[{_D}]{{1,3}}(?![{_D}/]){_POST}"),
    ("PERCENT", rf"{_PRE}{_NUM}{_APPROX}{_S}个?{_S}百分点"),
    ("PERCENT", rf"{_PRE}(?:{_NUM}{_S}{_RANGE_SEP}{_S})?{_NUM}{_APPROX}{_S}倍(?![增数速])"),
    ("PERCENT", rf"{_PRE}[二两三四五六七八九]成(?![为员立本果功熟就长效交都型品绩像分了])(?:多|左右|以上)?"),
    ("QUANTITY", rf"{_PRE}{_NUMR}{_APPROX}{_S}(?:{_MAG}{_S})?{_UNIT}{_RATE}{_POST}"),
    ("QUANTITY", rf"{_PRE}{_NUMR}{_APPROX}{_S}(?:{_MAG}{_S})?{_CLF_ANY}{_POST}"),
    ("QUANTITY", rf"{_PRE}{_ARABIC}{_APPROX}{_S}(?:{_MAG}{_S})?{_CLF_ARABIC}{_POST}"),
    ("QUANTITY", rf"{_PRE}{_ARABIC}{_APPROX}{_S}{_MAG}(?!{_S}[元%％])"),
]
_COMPILED = [(label, re.compile(pattern)) for label, pattern in _PATTERNS]
_PRIORITY = {"DATE": 0, "MONEY": 1, "PERCENT": 2, "QUANTITY": 3}
# titles and short quoted names hide their numbers (guidelines, rule 3)
_SHIELDS = re.compile(r"《[^《》]*》|“[^“”]{1,10}”|「[^「」]{1,10}」|\"[^\"\n]{1,10}\"")
_BARE_CN_MONEY = re.compile(rf"^(?:{_PRE})?[{_CN_DIGIT}]{_S}元$")
_ARTICLE = re.compile(rf"^(?:{_PRE})?一+{_S}(?:{_CLF_ANY}|{_CLF_ARABIC})")


_ANCHOR = re.compile(rf"[{_D}{_CN_ALL}]+")


def _windows(text: str, before: int = 8, after: int = 24, gap: int = 24) -> Iterable[tuple[int, int]]:
    """Stretches of text around numerals: every entity lies inside one, and scanning only these
    keeps long number-poor texts fast (an entity reaches at most a few characters before its
    first numeral and a unit's length past its last)."""
    lo = hi = -1
    for m in _ANCHOR.finditer(text):
        if hi >= 0 and m.start() - hi > gap:
            yield max(0, lo - before), min(len(text), hi + after)
            lo = -1
        if lo < 0:
            lo = m.start()
        hi = m.end()
    if hi >= 0:
        yield max(0, lo - before), min(len(text), hi + after)


def _candidates(text: str) -> Iterable[Span]:
    for w_start, w_end in _windows(text):
        for label, pattern in _COMPILED:
            for m in pattern.finditer(text, w_start, w_end):
                yield from _span(text, label, m.start(), m.end())


def _span(text: str, label: str, start: int, end: int) -> Iterable[Span]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield Span(start, end, label, SCORE, "rules")


def _rejected(text: str, span: Span) -> bool:
    surface = text[span.start:span.end]
    before = text[span.start - 1] if span.start else ""
    if before == "第" and span.label != "DATE":  # ordinals: 第一个, 第二批
        return True
    if span.label == "QUANTITY":
        if _ARTICLE.match(surface):  # 一个, 一条, 一批: an article, not a count
            return True
        if surface[-1] in "位名" and any(w in text[max(0, span.start - 2):span.start] for w in ("前", "列", "排")):
            return True  # ranks: 前二十位, 名列13位
    if span.label == "MONEY" and _BARE_CN_MONEY.match(surface):  # 五元杂环, 一元二次方程
        return True
    return False


def find_numbers(text: str, labels: Iterable[str] | None = None) -> list[Span]:
    """All number entities in ``text``, non-overlapping and sorted (see the module docstring)."""
    keep = None if labels is None else set(labels)
    shielded = [m.span() for m in _SHIELDS.finditer(text)]
    taken = bytearray(len(text))
    out: list[Span] = []
    spans = sorted(_candidates(text), key=lambda s: (-len(s), _PRIORITY[s.label], s.start))
    for span in spans:
        if (keep is not None and span.label not in keep) or any(taken[span.start:span.end]):
            continue
        if any(a <= span.start and span.end <= b for a, b in shielded) or _rejected(text, span):
            continue
        taken[span.start:span.end] = b"\x01" * len(span)
        out.append(span)
    return sorted(out)


class RulesBackend:
    """The number grammar as a pre-label backend (no model, no dependencies)."""

    name = "rules"
    model_version = VERSION

    def __init__(self, *, labels: Sequence[str] | None = None) -> None:
        self.labels = None if labels is None else tuple(labels)

    def predict(self, texts: Sequence[str]) -> list[list[Span]]:
        return [list(cached_numbers(text, self.labels)) for text in texts]


@functools.lru_cache(maxsize=4096)
def cached_numbers(text: str, labels: tuple[str, ...] | None = None) -> tuple[Span, ...]:
    """:func:`find_numbers`, remembered for recent texts: ``rules+tagger`` asks twice per text (the
    rules' spans, and the tagger's number features)."""
    return tuple(find_numbers(text, labels))
