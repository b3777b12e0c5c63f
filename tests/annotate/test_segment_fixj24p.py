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
