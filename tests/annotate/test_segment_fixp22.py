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


def _column(text: str, first: int = 20, width: int = 22) -> list[str]:
    """``text`` set in a narrow column as pdftotext -raw prints it: the first line short by its dropped indent."""
    lines, at = [text[:first]], first
    while at < len(text):
        lines.append(text[at:at + width])
        at += width
    return lines


_STORY = ("江州市今年新建的十二座口袋公园已经全部向市民开放，园内设有健身步道、儿童游乐设施和休息座椅，"
          "周边居民步行五分钟即可到达。市园林部门表示，明年还将在老城区再建八座，进一步提升居民的生活品质。")
_FARM = ("在城东高铁站旁，一片闲置多年的空地变成了共享农场，周末常有市民带着孩子前来种菜、浇水、采摘，"
         "体验农耕的乐趣。农场负责人介绍，目前已有三百多户家庭认领了菜地，明年计划扩大一倍。")


def test_a_sentence_end_before_a_bracketed_source_ends_the_line():
    # (a news digest's story ends in its source, "…井上温泉。（摘自《半月谈》）", printed past the column's measure;
    # the sentence end before the note ends the story, and the short line under it is the next story's head, not the
    # story's last line: dev15 p15-004 -raw; the same convention in gold after a question's marks, "…完成3～5题。（12分）",
    # dev10 p10-002, dev8 p8-016, and a speech's "…拒絕加害。（掌聲）", dev8 p8-006)
    story = _column(_STORY.replace("生活品质。", "生活品质，让城市更加宜居。"))
    end = story[-1]
    assert len(end) + 10 > 22  # (past the measure with its note)
    story[-1] = end + "（摘自《江州日报》）"
    raw = "\n".join([*_column(_STORY * 2), *story, "高铁站旁的共享农场", *_column(_FARM), *_column(_STORY)]) + "\n\f"
    got = units(raw)
    assert any(t.endswith("（摘自《江州日报》）") for _, t in got), got
    assert not any("江州日报》）高铁" in t for _, t in got), got
    assert "高铁站旁的共享农场" in [t for _, t in got], got
