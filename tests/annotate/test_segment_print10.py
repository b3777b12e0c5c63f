"""The text route on extracts of printed documents of batch 10 (docs/segmentation.md): small made-up
extracts, one rule each."""

from segment_samples import PRINT_MORE as MORE
from segment_samples import squashed_units as units

TEXT = ("在新石器时代末期，人类已使用天然金属，后来学会了制作纯铜器。但是由于纯铜的质地不如石器坚硬，不能取代石器，"
        "这一时期也称为金石并用时代。到了公元前三千年左右，人类学会了制造青铜，进入了青铜时代。从金石并用时代到铁器"
        "时代，是原始社会的解体时期，也是阶级社会形成的时期。世界各地阶级社会的出现几乎都和金属出现的时代相关，唯一"
        "例外的是美洲的玛雅文明。")


def _wrap(text, width=22):
    return [text[k:k + width] for k in range(0, len(text), width)]


def test_a_jump_line_is_debris_and_never_ends_the_paragraph_above():
    # pdftotext -raw: the jump line right under the page's last line, the folio and magazine line under it,
    # the next page's jump line back, then the paragraph runs on: the jump lines are units of their own
    lines = _wrap(TEXT)
    cut = len(lines) - 2
    raw = "\n".join(lines[:cut] + ["（下轉第46頁）", "41", "城市週刊 2023.06", "\f（上接第41頁）"] + lines[cut:])
    raw += "\n46\n城市週刊 2023.06\n\f"
    got = units(raw)
    assert ("debris", "（下轉第46頁）") in got and ("debris", "（上接第41頁）") in got
    assert got[0] == ("paragraph", "".join(lines[:cut]))


def test_a_two_character_head_under_a_short_title_is_no_second_title_line():
    # a catalogue's title over "前言", the preface's lines much wider than the title
    raw = "\n".join(["丹青长卷：馆藏历代绘画精品展", "前言"] + _wrap(TEXT, 40) + _wrap(MORE, 40)) + "\n"
    got = units(raw)
    assert got[0] == ("title", "丹青长卷：馆藏历代绘画精品展")
    assert got[1] == ("heading", "前言")
    # (a question's last characters under a margin note's first line are no head: "吗？" has punctuation)
    raw = "\n".join(_wrap(TEXT, 40) + ["", "议一议：你同意这种说法", "吗？", ""] + _wrap(MORE, 40)) + "\n"
    assert ("heading", "议一议：你同意这种说法吗？") in units(raw)


def test_a_plate_label_alone_is_debris_and_never_joins_the_entry_head():
    # pdftotext -raw prints the plate label under the picture right above the entry's head
    raw = "\n".join(["图版12", "12 沈周 溪山秋色图轴", "明 纸本设色 纵128厘米 横56.5厘米"] + _wrap(TEXT, 40)
                    + ["图版13", "13 文徵明 兰亭修禊图卷", "明 绢本设色 纵24.3厘米 横142厘米"] + _wrap(MORE, 40)) + "\n"
    got = units(raw)
    assert ("debris", "图版12") in got and ("debris", "图版13") in got
    assert not any(k != "debris" and "图版" in t for k, t in got)


def test_a_short_label_over_the_headline_is_no_line_of_it():
    # a press release's "即時發佈" right above its headline (-raw: no blank line, no indent)
    raw = "\n".join(["發佈日期：2023年5月8日", "即時發佈", "城市發展年度報告今日正式發佈", "——逾三百位學者與青年代表共同參與——"]
                    + _wrap(TEXT, 40) + _wrap(MORE, 40)) + "\n"
    got = units(raw)
    assert not any("即時發佈" in t and "城市" in t for _, t in got)
    assert any(t == "城市發展年度報告今日正式發佈" for _, t in got)
