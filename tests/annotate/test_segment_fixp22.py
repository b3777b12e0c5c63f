"""The text route on extracts of printed documents (session 22, fixp22): small made-up extracts, one rule each."""

from segment_samples import squashed_units as units

from annotate.segment import rules

# A discharge summary as pdftotext prints it: section labels alone on their lines, each over its prose or a numbered
# list; an item of the list opens with a year, "1．1973年8月生" (dev14 p14-009, every mode).
_SUMMARY = ["江州市人民医院", "出院记录", "姓名：张明 性别：男 年龄：52岁",
            "入院情况：",
            "患者因反复咳嗽三周入院，入院时体温三十八度，精神尚可，饮食睡眠一般，二便正常，",
            "查体双肺呼吸音粗，未闻及明显干湿性啰音。",
            "入院诊断：",
            "1．1973年8月生",
            "2．社区获得性肺炎",
            "诊疗经过：",
            "入院后完善相关检查，给予抗感染、化痰等对症支持治疗，患者症状逐渐好转，复查胸片",
            "提示炎症明显吸收。"]


def test_an_item_number_before_a_year_opens_an_item():
    # ("1．1973年" is no decimal: a point with a year after it numbers an item, so the list's label over it stays a
    # unit of its own, not one unit with the item; dev14 p14-009, and dev13 p13-000 -nopgbrk, where
    # "1．2011年竞游…" under a question that fills the measure opens the next unit)
    got = units("\n".join(_SUMMARY) + "\n\f")
    assert "入院诊断：" in [t for _, t in got], got
    assert not any(t.startswith("入院诊断：1") for _, t in got), got
    assert any(t.startswith("1．1973年8月生") for _, t in got), got


def test_a_decimal_point_is_no_item_number():
    # (the mark counts only before a year and its "年": "16．5万公顷" and "1.5亿美元" wrapped to a line's start are
    # figures, and "1、2、3" lists go as before)
    assert rules.ENUMERATOR.match("1．1973年8月生") and rules.ENUMERATOR.match("3.1969年毕业于北京大学")
    assert not rules.ENUMERATOR.match("16．5万公顷扩大到目前的44万公顷")
    assert not rules.ENUMERATOR.match("1.5亿美元收购")
    assert not rules.ENUMERATOR.match("1.2019")
