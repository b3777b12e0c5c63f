"""The text route on the failure classes that the second development batch (benchmarks/segcorpus/
make_dev2.py) showed: credit lines that must stand apart, bylines in more forms, one-line
mastheads and outlet-date headers, a heading that repeats the title, photo captions, bullets and
part labels. One small input per class."""

import pytest
from segment_samples import PARA1, PARA2, columns

from annotate.segment import check_offsets, segment_text


def units(raw):
    doc = segment_text(raw, "doc")
    for unit in doc.units:
        check_offsets(unit.text, raw, unit.offsets)
    return [(u.kind, "".join(u.text.split())) for u in doc.units]


@pytest.mark.parametrize(("source", "editor"), [
    ("（来源：人民网）", "审核：何军　责任编辑：吴倩"),
    ("本文来源：光明网", "责任编辑：吴倩　校对：李某"),
    ("本文來源：聯合新聞網", "（編輯 蔡明哲）"),
    ("（來源：自由時報）", "責編：蔡明哲"),
])
def test_a_source_line_and_an_editor_line_stay_apart(source, editor):
    got = units(f"标题\n\n{PARA1}\n{source}\n{editor}\n")
    assert got[-2][1] == "".join(source.split()) and got[-1] == ("meta", "".join(editor.split()))


def test_an_editor_credit_cut_into_lines_is_still_one_unit():
    got = units(f"标题\n\n{PARA1}\n\n审核：何军\n责任编辑：吴倩\n")
    assert got[-1] == ("meta", "审核：何军责任编辑：吴倩")


@pytest.mark.parametrize("byline", [
    "撰文：陈静 摄影：李明", "文／黃建國", "文∕黃建國", "文｜張雅婷", "記者陳美玲／綜合報導", "記者 王小明 報導",
    "本报记者 赵磊 通讯员 刘洋",
])
def test_bylines_in_more_forms_stand_alone_under_the_title(byline):
    got = units(f"驱逐舰\n{byline}\n{PARA1}\n")
    assert got[:2] == [("title", "驱逐舰"), ("byline", "".join(byline.split()))]


def test_a_toolbar_glued_by_the_dump_is_debris():
    got = units(f"人民幣\n\n記者陳美玲／綜合報導\n放大縮小【列印】【關閉】\n\n{PARA1}\n")
    assert ("debris", "放大縮小【列印】【關閉】") in got and ("byline", "記者陳美玲／綜合報導") in got


def test_a_dated_outlet_line_is_a_credit_not_prose():
    got = units(f"芝加哥大學\n2023-06-01　聯合新聞網\n{PARA1}\n")
    assert got[1] == ("meta", "2023-06-01聯合新聞網")
    assert units(f"标题\n\n2023年6月1日发布了新规定\n\n{PARA1}")[1][0] != "meta"  # no gap: words, not a credit


def test_a_one_line_masthead_is_debris_and_not_the_title():
    got = units(f"民生報 2023-06-01 星期四\n芝加哥大學\n{PARA1}\n")
    assert got[:2] == [("debris", "民生報2023-06-01星期四"), ("title", "芝加哥大學")]


def test_a_section_masthead_above_the_title_is_debris():
    assert units(f"聯合報 · 綜合新聞\n驅逐艦\n文∕黃建國\n{PARA1}\n")[:2] == [("debris", "聯合報·綜合新聞"), ("title", "驅逐艦")]
    assert units(f"馬克·吐溫\n{PARA1}\n")[0] == ("title", "馬克·吐溫")


def test_an_outlet_date_page_header_is_not_glued_to_the_paragraph_below():
    raw = ("\u3000\u3000反潛以及防空作戰上升為其主要任務，魚雷尺寸縮小，並成為反潛作戰的主要工具，防空專用的火\n"
           "炮逐漸成為驅逐艦的標準裝備，而且由於各種新裝備的重量超越以往魚雷以及火炮的重量，因此驅逐艦\n"
           "的排水量不斷加大。\n\n"
           "\u3000\u300020世紀60年代以來，隨著飛機與潛艇性能提升，以及導彈逐漸逐步應用，防空導彈、反艦導彈及反\n"
           "潛導彈逐步被安裝到驅逐艦上，艦載火炮不斷減少並且更加輕巧。\n\n"
           "                    - 1 -\n\n\n               中國時報\u30002022-11-17\n\n\n"
           "\u3000\u30001967年以色列海軍埃拉特號驅逐艦被反艦導彈擊沉，因此攻擊水面艦艇的任務又成為驅逐艦的重要\n"
           "任務。燃氣輪機開始取代蒸汽輪機作為驅逐艦的動力裝置。\n")
    got = units(raw)
    assert ("meta", "中國時報2022-11-17") in got
    assert got[-1] == ("paragraph", "1967年以色列海軍埃拉特號驅逐艦被反艦導彈擊沉，因此攻擊水面艦艇的任務又成為驅逐艦的重要"
                                    "任務。燃氣輪機開始取代蒸汽輪機作為驅逐艦的動力裝置。")


def test_an_outlet_date_line_and_a_source_line_are_two_credits():
    got = units(f"标题\n\n{PARA1}\n\n聯合報　2023-06-01\n\n本文來源：聯合新聞網\n\n（編輯 蔡明哲）\n")
    assert got[-3:] == [("meta", "聯合報2023-06-01"), ("meta", "本文來源：聯合新聞網"), ("meta", "（編輯蔡明哲）")]


@pytest.mark.parametrize("heading", ["相聲", "【相聲】", "1. 相聲"])
def test_a_heading_that_repeats_the_title_is_a_unit_of_its_own(heading):
    got = units(f"相聲\n{heading}\n{PARA1}\n")
    assert [t for _, t in got[:2]] == ["相聲", "".join(heading.split())]


@pytest.mark.parametrize("caption", ["图为中朝友好合作互助条约资料图。", "图：中朝友好　王某摄", "圖為驅逐艦資料照。"])
def test_a_photo_caption_is_debris_between_paragraphs(caption):
    got = units(f"标题\n\n{PARA1}\n{caption}\n{PARA2}\n")
    assert ("debris", "".join(caption.split())) in got


def test_a_caption_after_a_full_last_line_is_not_joined_in_blank_separated_text():
    line = "与否，过去与未来，绝望与期盼，疯狂与理智，死与生，皆融为一体。"  # exactly the wrap width
    body = columns(PARA2, 64)
    raw = "\n".join([*body, "", *columns("他认为，诗境，是一种不存在对立面的奇异的混合状态：在那里，是", 64), line, "",
                     "图为苏佩维埃尔资料图。", "", *body, ""])
    assert ("debris", "图为苏佩维埃尔资料图。") in units(raw)


def test_a_bulleted_heading_after_an_unpunctuated_full_line_is_apart():
    raw = ("lenders 1753），主要经营饮料及面包等业务的国际市场。2014年6月10日泰森食品公司每股63美元现\n"
           "金，斥资77亿美元收购希尔夏品牌（Hillshire Brands）。\n"
           "连同债务承担，交易价格为85.5亿美元。2014年7月3日德国莱曼家族旗下投资公司Benckiser以每股12.\n"
           "75美元，斥资98亿美元（75亿欧元）收购D·E·布兰德斯大师1753（D.E Master Blenders 1753）\n"
           "▲Gtk\n"
           "Gtk#是个.NET的函式库，用来系结GTK+ GUI函式库。它让你可以使用Mono或其他相容CLR的程式语言来开\n"
           "发GNOME应用程式。\n")
    assert ("heading", "▲Gtk") in units(raw)


def test_a_part_label_and_its_words_are_one_heading():
    got = units(f"标题\n\n{PARA1}\n\n第一部分\n\n扁掌龙亚科简介\n\n{PARA2}\n")
    assert ("heading", "第一部分扁掌龙亚科简介") in got
