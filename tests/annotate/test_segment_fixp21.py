"""The text route on extracts of printed documents (session 21, fixp21): small made-up extracts, one rule each."""

from segment_samples import squashed_units as units

# A concert programme as pdftotext prints it: a list of short lines (no wrap width can be found, only the widest
# lines' limit), then two paragraphs whose first lines were set in by two (the indent dropped in the extract) and
# whose full lines spread over a few units (squeezed punctuation).
_PROGRAMME = ["江州室内乐团", "新年音乐会", "2024年1月1日", "曲目", "1．序曲《节日》", "作曲：肖斯塔科维奇",
              "2．小提琴协奏曲《梁祝》", "作曲：何占豪", "3．圆舞曲《春之声》", "作曲：施特劳斯", "（曲目以现场演出为准）"]
_ORCHESTRA = ["乐团成立于一九八二年，四十年来坚持排练，先后走过二十个省份",
              "的城乡舞台，为基层观众送去了一千多场演出。乐团现有专职演奏员六十余名，",
              "兼职演奏员三十余名，每年举办新年音乐会和夏季露天音乐会，票价始终保持在",
              "较低的水平，让更多的普通市民能够走进音乐厅欣赏交响乐。"]
_CONDUCTOR = ["指挥家早年在本市师范学校学习钢琴，后考入音乐学院深造，毕业后",
              "回到家乡任教，二十多年间培养了大批青年演奏员，并多次带领学生乐团参加",
              "全国比赛，获得过两次金奖。"]


def test_a_prose_line_that_stops_on_a_hanzi_near_the_limit_goes_on():
    # (the first line of each paragraph, 30 and 31 units of the limit's 35, ends on a hanzi with commas inside: cut
    # mid-word, not a heading over the rest; dev15 concert programme p15-002, dev14 p14-006, dev13 p13-008 and q13-007)
    raw = "\n".join([*_PROGRAMME, "乐团简介", *_ORCHESTRA, "指挥简介", *_CONDUCTOR, "主办单位：江州市文化局"]) + "\n\f"
    got = units(raw)
    assert ("paragraph", "".join(_ORCHESTRA)) in got, got
    assert ("paragraph", "".join(_CONDUCTOR)) in got, got
    assert ("heading", "乐团简介") in got and ("heading", "指挥简介") in got, got


def test_a_heading_that_stops_on_a_hanzi_stays_apart():
    # (a heading ends on a hanzi too, but is short and holds no clause mark: it keeps its unit, however the next
    # line goes; and a prose line far short of the limit ends its paragraph)
    short = "乐团成立于一九八二年，先后走过二十个省份"  # 20 units of the limit's 35
    raw = "\n".join([*_PROGRAMME, "乐团简介", *_ORCHESTRA[1:], "指挥家早年的学习经历和他在家乡的教学生涯",
                     *_CONDUCTOR[1:], short, "主办单位：江州市文化局"]) + "\n\f"
    got = units(raw)
    assert ("heading", "乐团简介") in got, got
    assert not any(t.startswith("乐团简介") for _, t in got if t != "乐团简介"), got
    assert not any(t.endswith("二十个省份主办单位：江州市文化局") for _, t in got), got


# A notice as pdftotext prints it in its default mode: a section's run-in head ("（一）压实企业主体责任。", bold) set apart
# from the rest of its printed line, each piece between blank lines.
_NOTICE_TOP = ["江州市安全生产委员会办公室文件", "江安委办〔2024〕9号", "", "关于近期两起事故情况的通报",
               "各县（市、区）安委会，市安委会各成员单位：", "一、事故基本情况",
               "今年三月以来，我市接连发生两起较大生产安全事故，造成人员伤亡和较大财产损",
               "失，暴露出一些企业安全责任不落实、隐患排查不到位、应急处置不及时等突出",
               "问题，教训十分深刻。各地各部门要深刻汲取事故教训，举一反三，切实加强安",
               "全生产工作，坚决遏制较大事故多发势头。", "二、下一步工作要求"]
_FIRST = ["各企业要把安全生产摆在更加突出的位置，主要负责人", "要亲自部署、亲自检查，做到责任到人、措施到位，切实把各项安全措施落到实处。"]
_SECOND = ["各县区要组织力量对辖区内重点行业领域开展一次全面", "排查，对发现的问题要建立台账，明确整改时限和责任人，逐项整改销号。"]
_NOTICE_END = ["江州市安全生产委员会办公室", "2024年5月17日"]


def test_the_rest_of_a_line_whose_run_in_head_was_set_apart_goes_on_past_the_blank_line():
    # (the head, 12 units, and the rest, 24, make one line of the limit's 37: the paragraph goes on after the blank
    # line; dev15 notice r15-000, dev13 regulations q13-002 "第四条" / "" / "…由县分管领导任" / "" / "组长，…")
    raw = "\n".join([*_NOTICE_TOP, "（一）压实企业主体责任。", "", _FIRST[0], "", _FIRST[1],
                     "（二）强化隐患排查整治。", "", _SECOND[0], "", _SECOND[1], *_NOTICE_END]) + "\n\f"
    got = units(raw)
    assert ("paragraph", "".join(_FIRST)) in got, got
    assert ("paragraph", "".join(_SECOND)) in got, got
    assert ("paragraph", "（一）压实企业主体责任。") in got, got  # (the head stays a unit of its own)


def test_a_short_line_between_blank_lines_under_a_head_stays_apart():
    # (a sub-head under a head, the two far narrower than a full line, is no line's rest: the paragraph under it
    # starts a unit)
    raw = "\n".join([*_NOTICE_TOP, "（一）压实企业主体责任。", "", "主要负责人的职责", "", _FIRST[1], *_NOTICE_END]) + "\n\f"
    got = units(raw)
    assert ("paragraph", _FIRST[1]) in got, got
    assert not any(t.startswith("主要负责人的职责") and t != "主要负责人的职责" for _, t in got), got


def test_a_labelled_field_under_a_field_as_wide_as_prose_stays_apart():
    # (minutes' fields one a line: "出席：…、冯家兰" nearly as wide as the limit, ending on a hanzi, and "列席：…"
    # under it, a field of its own; dev8 minutes p8-002)
    fields = ["出席：顾娟远、曹志、陆春伟、罗琴、孔振、沈海、谢然红、潘志霞", "列席：傅怡明、丁子燕、方嘉杰"]  # (30 of 35)
    lines = [*_PROGRAMME, *fields, "乐团简介", *_ORCHESTRA, "指挥简介", *_CONDUCTOR]
    got = units("\n".join(lines) + "\n\f")
    assert [t for _, t in got if t.startswith(("出席", "列席"))] == fields, got
    assert ("paragraph", "".join(_ORCHESTRA)) in got, got  # (the rule holds in the same text)


def test_two_labelled_dates_one_under_another_are_two_units():
    # (a drug leaflet's head: "核准日期：…" / "修改日期：…", each a whole meta line, dev10 and dev13 leaflets)
    lines = ["OTC", "核准日期：2021年10月17日", "修改日期：2023年8月15日", "", "川贝止咳糖浆说明书", "请仔细阅读说明书并按说明使用或在药师指导下购买和使用",
             "【药品名称】", "通用名称：川贝止咳糖浆", "【成份】川贝母、枇杷叶、百部、前胡、桔梗、桑白皮、薄荷脑。"]
    got = units("\n".join(lines) + "\n\f")
    assert ("meta", "核准日期：2021年10月17日") in got, got
    assert ("meta", "修改日期：2023年8月15日") in got, got
