"""Numeric-aware lenient exact match: the same answer written another way still counts.

Strict EM (the official CMRC rule) calls "19.3万亿" wrong against the gold "19.3万亿元". The lenient
EM reported beside it accepts a prediction when, after the steps below, it equals a gold answer:

1. the official CMRC normalization (lower-case, strip, its punctuation list deleted);
2. Unicode NFKC (full-width digits, letters, ``％`` and spaces become ASCII), whitespace deleted,
   thousands separators dropped (``1,000`` → ``1000``), other ASCII punctuation except a decimal point
   and ``%`` deleted;
3. every number is rewritten as its plain decimal value: Arabic digits with Chinese magnitudes
   (``19.3万亿`` → ``19300000000000``, ``3千万`` → ``30000000``), Chinese numerals (``三千五百`` → ``3500``,
   ``二十三点五`` → ``23.5``, digit by digit ``二〇二四`` → ``2024``); ``百分之X`` becomes ``X%``
   (so ``百分之五`` = ``5%`` = ``５％``);
4. if the two forms still differ, they match when one is the other plus a trailing unit from
   :data:`UNITS` right after the last number (``19.3万亿`` = ``19.3万亿元``, ``2024`` = ``2024年``).

It never accepts a different number, a different unit (``5美元`` ≠ ``5元``), or percentage points for
percent (``5个百分点`` ≠ ``5%``). Lenient EM ≥ strict EM for every question.
"""

from __future__ import annotations

import functools
import re
import string
import unicodedata
from collections.abc import Sequence
from decimal import Decimal

from .metrics import cmrc_normalize

__all__ = ["lenient_form", "lenient_em", "UNITS", "chinese_number"]

# Units that a prediction may leave off (or add) after the last number.
UNITS = frozenset(
    "元 人民币 美元 欧元 日元 英镑 港元 港币 块 块钱 万元 亿元 "
    "人 名 位 个 家 所 座 户 只 头 条 张 本 篇 部 台 辆 架 艘 件 项 种 次 场 届 期 批 股 支 份 口 "
    "倍 岁 年 月 日 号 天 周 小时 分钟 秒 世纪 年代 "
    "米 公里 千米 厘米 毫米 平方米 平方公里 平方千米 公顷 亩 吨 万吨 千克 公斤 克 斤 升 立方米 度 千瓦 兆瓦 千瓦时 瓦".split()
)

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL = {"十": 10, "百": 100, "千": 1000}
_LARGE = {"万": 10**4, "亿": 10**8}
_MAGNITUDES = {**_SMALL, **_LARGE}

_ZH = "零〇一二两三四五六七八九十百千万亿"
_NUMBER = re.compile(
    rf"(?P<pct>百分之)?(?:(?P<arabic>\d+(?:\.\d+)?)(?P<mag>[十百千万亿]*)"
    rf"|(?P<zh>[{_ZH}]+(?:点[零〇一二三四五六七八九]+[十百千万亿]*)?))"
)
_DROP_PUNCT = str.maketrans("", "", "".join(c for c in string.punctuation if c not in ".%"))
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_STRAY_DOT = re.compile(r"(?<!\d)\.|\.(?!\d)")


def chinese_number(text: str) -> Decimal:
    """Value of a Chinese numeral: ``三千五百`` → 3500, ``十九点三万亿`` → 1.93e13, ``二〇二四`` → 2024."""
    whole, _, frac = text.partition("点")
    scale = 1
    while frac and frac[-1] in _MAGNITUDES:  # 十九点三万亿: the magnitudes scale the decimal number
        scale *= _MAGNITUDES[frac[-1]]
        frac = frac[:-1]
    if not any(ch in _MAGNITUDES for ch in whole):  # read digit by digit (years, codes)
        value = Decimal("".join(str(_DIGITS[ch]) for ch in whole) or "0")
    else:
        total = section = number = 0
        for ch in whole:
            if ch in _DIGITS:
                number = _DIGITS[ch]
            elif ch in _SMALL:
                section += (number or 1) * _SMALL[ch]
                number = 0
            elif ch == "万":  # a bare 万 is ten thousand, not zero
                total += (section + number or 1) * 10**4
                section = number = 0
            else:  # 亿 scales everything before it (十九万亿 = 19 × 10^4 × 10^8)
                total = (total + section + number or 1) * 10**8
                section = number = 0
        value = Decimal(total + section + number)
    if frac:
        value += Decimal("0." + "".join(str(_DIGITS[ch]) for ch in frac))
    return value * scale


def _plain(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _rewrite(match: re.Match[str]) -> str:
    if match["arabic"] is not None:
        value = Decimal(match["arabic"])
        for ch in match["mag"]:
            value *= _MAGNITUDES[ch]
    else:
        value = chinese_number(match["zh"])
    return _plain(value) + ("%" if match["pct"] else "")


@functools.lru_cache(maxsize=1 << 14)
def lenient_form(text: str) -> str:
    """The canonical form compared by :func:`lenient_em` (steps 1–3 of the module doc)."""
    text = unicodedata.normalize("NFKC", cmrc_normalize(text))
    text = "".join(text.split())
    text = _THOUSANDS.sub("", text).translate(_DROP_PUNCT)
    text = _STRAY_DOT.sub("", text)
    return _NUMBER.sub(_rewrite, text)


def _unit_only(longer: str, shorter: str) -> bool:
    if not longer.startswith(shorter) or not shorter or not shorter[-1].isdigit():
        return False
    return longer[len(shorter):] in UNITS


def _same(a: str, b: str) -> bool:
    if a == b:
        return True
    return _unit_only(a, b) or _unit_only(b, a)


def lenient_em(golds: Sequence[str], prediction: str) -> int:
    """1 if ``prediction`` equals some gold answer in the lenient sense, else 0."""
    pred = lenient_form(prediction)
    if not golds:
        return int(pred == "")
    return int(any(_same(lenient_form(g), pred) for g in golds))
