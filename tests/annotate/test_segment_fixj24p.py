"""fixj24p's rules (session 24, pdftotext dumps, text route): one small hand-written input per rule."""

from segment_samples import squashed_units


def _line(sq):
    from annotate.segment.lines import Line

    return Line([(0, len(sq))], sq)


def test_a_source_note_cut_by_the_wrap_ends_its_paragraph():
    # "…特别明显。（摘自《" / "光明日报》）": the note after the sentence end was cut by the wrap; the paragraph ends with it,
    # so the short heading under it stands alone (an unclosed quote above made the fragment rules join it, -raw, dev15)
    raw = "\n".join([
        "一周要闻",
        "当代航空工业是一个高投入和需要高层次决策",
        "的高技术产业，科技发展起着决定性作用。他曾",
        "明确指出：“科研就是巨大的生产力，这在航空",
        "工业表现特别明显。（摘自《",
        "光明日报》）",
        "小微企业贷款利率下行",
        "叶盛茂（），中华民国法务部调查局前局长。",
        "毕业于国立中兴大学法商学院法律系，调查班第",
        "四期毕业，在陈水扁担任台北市长时期，叶盛茂",
        "是台北市政府政风处处长。二零零一年八月，接",
        "替王光宇担任调查局局长，总计在位八年。",
        ""])
    got = squashed_units(raw)
    assert ("heading", "小微企业贷款利率下行") in got, got
    assert got[1][1].endswith("特别明显。（摘自《光明日报》）"), got
    assert got[-1][1].startswith("叶盛茂"), got


def test_a_wrapped_note_reads_the_sentence_end_before_its_bracket():
    from annotate.segment.join import _past_note

    for top, sq, last in [("…相关资料照片。（葉家瑋", "攝）", "。"), ("…表示衷心的感謝！（掌", "聲）", "！"),
                          ("…这在航空工业表现特别明显（摘自《", "光明日报》）", ""),  # (no sentence end before the note)
                          ("…表现特别明显。（摘自《光明日报》和", "《经济日报》《人民日报》等十几家报纸当天的评论文章）", "")]:  # (too long for a note)
        line = _line(sq)
        _past_note(line, _line(top))
        assert line.last == last, (top, sq, line.last)


_REPORT = """水 情 旬 报
2024年第9期
江北市水文局 2024年3月28日
3月中旬全市水雨情分析
一、雨情
本旬全市平均降水量较常年同期偏多三成，降水主要集中在中旬前期，北部山区出现了短时强降水过程，局部地区伴有雷电和大风天气，
城区内涝点位及时排水，未造成人员伤亡。各地水文站点加强了雨量监测，共发布雨情信息一百二十余条，为防汛决策提供了有力支撑。
表1 3月中旬主要站点降水量统计（单位：mm）
站名 本旬 上旬 多年同期 距平（%）
东湖 86.4 32.0 61.2 41.2
西岭 102.7 28.5 66.8 53.7
南台 74.1 40.3 58.9 25.8
二、水情
（一）江河水情
受降水影响，全市主要江河水位普遍上涨，干流各站水位较上旬末上涨零点五至一点二米，支流水位涨幅较大，最高达到二点一米；
东湖站于十四日出现本旬最高水位，超过警戒水位零点三米，持续约十二小时后回落至警戒水位以下，沿线堤防运行总体平稳，未见
明显险情。其余各站水位均在警戒水位以下运行，各地巡堤查险人员按照要求全部到岗到位，防汛物资储备充足，应急队伍随时待命。
（二）水库蓄水
全市大中型水库本旬共拦蓄洪水约一千二百万立方米，有效减轻了下游防洪压力，目前各水库均在汛限水位以下运行，蓄水总量较上旬
增加百分之十五，较常年同期偏多百分之八，城乡供水得到有效保障，农业灌溉用水需求基本满足，后期将继续做好水库调度运行工作。
－ 1 －
"""


def test_a_table_caption_under_a_sentence_end_opens_its_own_unit():
    # a -raw extract: the paragraph's last line fills the measure and ends a sentence; the table's caption under it was
    # joined to the paragraph (dev15 p15-006 -raw; dev13 p13-005, a label "表1" alone under another column's line)
    got = squashed_units(_REPORT)
    para = [t for k, t in got if t.startswith("本旬全市平均降水量")]
    assert para and para[0].endswith("提供了有力支撑。"), got
    assert any(t.startswith("表13月中旬主要站点降水量统计") for _, t in got), got


_WRAP = """调查还发现，不同年龄段居民的需求差异明显
，年轻居民更关注托育和文体设施，老年居民
更关注医疗和助餐服务，各年龄层都有诉求。
表2中的各项指标均呈现出逐年上升的趋势并
且增幅在近两年明显加快，值得引起有关部门
的高度重视，及早研究应对。
"""


def test_prose_wrapped_before_a_table_label_stays_one_paragraph():
    # a wrap by characters put "表2中的…" (a sentence citing the table, no gap after its label) at a line's start under
    # a sentence end: one paragraph, as before the caption rule (review30 B1)
    got = squashed_units(_WRAP)
    assert len(got) == 1 and got[0][0] == "paragraph", got


def test_a_caption_opening_with_a_number_is_read_at_its_gap():
    # "表1 2024年3月…": the label's gap on the raw line tells the table's number from the year (review30 B2)
    got = squashed_units(_REPORT.replace("表1 3月中旬主要站点", "表1 2024年3月中旬主要站点"))
    para = [t for k, t in got if t.startswith("本旬全市平均降水量")]
    assert para and para[0].endswith("提供了有力支撑。"), got
    assert any(t.startswith("表12024年3月中旬主要站点降水量统计") for _, t in got), got


def test_caption_opens_only_a_label_alone_or_a_short_caption_at_its_gap_after_a_sentence_end():
    from annotate.segment.join import _caption_opens

    def opens(raw, last):
        from annotate.segment.lines import squeeze

        return _caption_opens(_line_at(raw, squeeze(raw, 0, len(raw))), last, raw)

    assert opens("表1", "内")  # (a label alone, under any line)
    assert opens("图3-1", "，")
    assert opens("表1 6月中旬主要站点降水量统计（单位：mm）", "。")
    assert opens("表1\u30002023年各站降水量统计", "。")  # (a caption opening with a year, at its gap)
    assert not opens("表1 6月中旬主要站点降水量统计（单位：mm）", "的")  # (no sentence end above)
    assert not opens("表1列出了各站的降水量，其中东湖站最多", "。")  # (prose citing the table: a comma)
    assert not opens("表2023年各站降水量统计", "。")  # (no gap after a label: a year, or prose)
    assert not opens("表2中的各项指标均呈现出逐年上升的趋势并", "。")  # (prose a wrap put under a sentence end)
    assert not opens("表示各地区的降水量都有所增加", "。")  # (no label)


def _line_at(raw, sq):
    from annotate.segment.lines import Line

    return Line([(0, len(raw))], sq)
