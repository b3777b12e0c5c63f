from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qa.lenient import chinese_number, lenient_em, lenient_form
from qa.metrics import cmrc_em


@pytest.mark.parametrize(("gold", "pred"), [
    ("19.3万亿元", "19.3万亿"),        # unit left off
    ("19.3万亿元", "十九点三万亿元"),   # Chinese numerals
    ("5%", "百分之五"),
    ("5%", "５％"),                    # full-width digits and percent sign
    ("2024年", "２０２４年"),
    ("2024年", "二〇二四年"),           # digit-by-digit year
    ("2024年", "2024"),
    ("3500人", "三千五百人"),
    ("1,000万元", "1000万元"),          # thousands separator
    ("12000", "1.2万"),
    ("3.50元", "3.5元"),
    ("百分之二十三点五", "23.5%"),
])
def test_same_answer_written_differently(gold, pred):
    assert lenient_em([gold], pred) == 1
    assert cmrc_em([gold], pred) == 0


@pytest.mark.parametrize(("gold", "pred"), [
    ("5美元", "5元"),            # a different unit
    ("5%", "5个百分点"),          # percentage points are not percent
    ("19.3万亿元", "19.4万亿元"),
    ("2024年", "2024年3月"),
    ("5人", "5人以上"),           # not a unit: a qualifier
    ("约5万人", "5万人"),
])
def test_different_answers_stay_different(gold, pred):
    assert lenient_em([gold], pred) == 0


@pytest.mark.parametrize(("text", "value"), [
    ("三千五百", 3500), ("十五", 15), ("二十", 20), ("一百零八", 108), ("十九万亿", 19 * 10**12),
    ("三亿五千万", 350_000_000), ("二〇二四", 2024), ("零点五", Decimal("0.5")), ("万", 10_000),
])
def test_chinese_numbers(text, value):
    assert chinese_number(text) == value


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789.,%年元万亿百千十一二三五〇点之分 ，。（）ａ１", max_size=12),
       st.text(alphabet="0123456789.,%年元万亿百千十一二三五〇点之分 ，。（）ａ１", max_size=12))
def test_lenient_never_below_strict(gold, pred):
    assert lenient_em([gold], pred) >= cmrc_em([gold], pred)


def test_form_is_stable():
    assert lenient_form("  ５％ ") == "5%"
    assert lenient_em([], "。") == 1
