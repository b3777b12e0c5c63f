"""fixj25's rules (session 25, pdftotext dumps, text route): one small hand-written input per rule."""

from segment_samples import squashed_units


def test_a_capital_numeral_numbers_a_section_head_under_a_full_line():
    # "壹、調整說明" under a line that fills the measure without a sentence end: a section's number, as "一、" is, so the
    # head stands alone (the wrap rule joined it onto the line above; r15-003 dev15, the numerals as q16-008 dev16)
    raw = "\n".join([
        "公車路線調整暨新版時刻表公告",
        "發布日期：2024年7月1日",
        "",
        "本公司所屬路線自下月起調整，或停駛的班次；停靠站名稱",
        "",
        "壹、調整說明",
        "本次調整涉及的路線共有十二條，各路線的起訖站都不變，",
        "",
        "乘客如有疑問，請於上班時間來電本公司客服中心洽詢，",
        "",
        "路線圖與時刻表已經張貼於各站，亦可上網查詢各站時刻。",
        "",
        "貳、調整路線",
        "第一條路線由市政府發車，經火車站至港區，全程不變，",
        "",
        "第二條路線由火車站發車，經市政府至機場，全程不變。",
        ""])
    got = squashed_units(raw)
    assert ("heading", "壹、調整說明") in got, got
    assert ("heading", "貳、調整路線") in got, got
    assert ("paragraph", "本公司所屬路線自下月起調整，或停駛的班次；停靠站名稱") in got, got


def test_capital_numerals_open_an_item_as_hanzi_numerals_do():
    from annotate.segment import rules

    for sq in ("壹、前言", "貳、聲明事項", "參、研究方法", "肆、結論與建議", "拾壹、附則"):
        assert rules.ENUMERATOR.match(sq) and rules.HEAD_NUMBER.match(sq), sq
    for sq in ("壹週刊的報導", "伍先生說"):
        assert not rules.ENUMERATOR.match(sq), sq

