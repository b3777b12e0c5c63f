"""The text route on extracts of printed documents of batch 11 (docs/segmentation.md): small made-up
extracts, one rule each."""

from segment_samples import PRINT_MORE as MORE
from segment_samples import squashed_units as units

from annotate.segment import columns
from annotate.segment.lines import split_lines

TEXT = ("在新石器时代末期，人类已使用天然金属，后来学会了制作纯铜器。但是由于纯铜的质地不如石器坚硬，不能取代石器，"
        "这一时期也称为金石并用时代。到了公元前三千年左右，人类学会了制造青铜，进入了青铜时代。从金石并用时代到铁器"
        "时代，是原始社会的解体时期，也是阶级社会形成的时期。世界各地阶级社会的出现几乎都和金属出现的时代相关，唯一"
        "例外的是美洲的玛雅文明。")


def _wrap(text, width=22):
    return [text[k:k + width] for k in range(0, len(text), width)]


def test_a_section_label_with_its_title_is_no_second_line_of_the_running_head_above():
    # pdftotext -raw: a textbook's running head at the top of the second page, right above a section heading
    raw = "\n".join(["第三章 人口与环境", "第一节 基本概念"] + _wrap(TEXT) + ["40", "\f高中地理 必修 第二册", "第二节 影响因素"]
                    + _wrap(MORE) + ["41", "\f"])
    got = units(raw)
    assert ("heading", "第二节影响因素") in got
    assert not any("高中地理" in t and "第二节" in t for _, t in got)


def test_another_columns_numbered_heading_beside_a_columns_line_is_cut_off_it():
    # pdftotext -layout, two columns set at varying positions (no gutter at one position): the right column's
    # "3   实证结果与分析" beside a left line (its number one character, a gap inside the heading) is cut off at the
    # gutter, the heading whole; a numbered heading alone on its line keeps its number ("2.1   数据来源")
    left, right = _wrap(TEXT + MORE), _wrap(MORE + TEXT)
    gaps = [3, 9, 2, 12, 5, 14, 4]
    rows = [f"{a}{' ' * gaps[k % 7]}{b}" for k, (a, b) in enumerate(zip(left[:6], right[:6], strict=True))]
    rows += [f"      {left[6]}                  3   实证结果与分析", "2.1   数据来源"]
    rows += [f"{a}{' ' * gaps[k % 7]}{b}" for k, (a, b) in enumerate(zip(left[7:], right[6:], strict=False))]
    raw = "\n".join(rows) + "\n"
    cut = [ln.sq for ln in columns.gap_cut(raw, split_lines(raw))]
    assert "3实证结果与分析" in cut and left[6] in cut
    assert "2.1数据来源" in cut


def test_a_table_row_wide_only_by_its_figures_thousands_separators_is_a_row():
    # pdftotext -raw: an annual report's key figures, the last row 41 characters squeezed (its figures' commas
    # among them), the prose right under it: the rows are debris and never run on into the prose
    rows = ["1．主要会计数据和财务指标", "项目 2022年 2021年 本年比上年增减", "营业收入 5,196,676,841 2,294,135,867 11.82%",
            "归属于上市公司股东的净利润 118,559,874 650,365,365 -1.53%"]
    got = units("\n".join(rows + _wrap(TEXT, 40) + [""] + _wrap(MORE, 40)) + "\n")
    # one debris unit per cell (the corpus convention settled in session 13)
    assert all(("debris", cell) in got for cell in ("归属于上市公司股东的净利润", "118,559,874", "650,365,365", "-1.53%"))
    assert ("paragraph", TEXT) in got


SPEECH = ["在全市优化营商环境工作会议上的讲话", "（2023年3月15日）"]


def test_a_speechs_address_to_its_hearers_stands_alone():
    # a plural address ending in a colon ("同志们：") over the speech's first paragraph: a unit of its own
    raw = "\n".join([*SPEECH, "东湖市副市长 许秀", "同志们："] + _wrap(TEXT, 30) + _wrap(MORE, 30)[:1]) + "\n"
    got = units(raw)
    assert ("paragraph", "同志们：") in got
    # (a label alone over a speaker's words still opens them: "记者：" / "…")
    raw = "\n".join(["专访：走进青铜时代", "记者："] + _wrap(TEXT, 30)) + "\n"
    assert any(t.startswith("记者：在新石器") for _, t in units(raw))


def test_a_speakers_office_and_name_on_lines_of_their_own_are_one_byline():
    # pdftotext's default mode prints the speaker's office and name under the title and date apart
    raw = "\n".join([*SPEECH, "", "东湖市副市长", "", "许秀", "", "同志们："] + _wrap(TEXT, 30)) + "\n"
    assert ("byline", "东湖市副市长许秀") in units(raw)


def test_a_byline_shaped_line_inside_a_wrapped_paragraph_is_prose():
    # -raw: a report quoted in a paper's prose, its credit mid-paragraph on a full line between two full lines
    body = _wrap(TEXT, 25)
    lines = body[:-1] + ["活在这里的人民的深深的爱。本报北京6月17日讯新华社", "记者王黎、本报记者董洪亮报道：记者日前从教育部有关",
                         "部门了解到，天津市在教育经费的投入上，多年来一直保", "持高于财政经常性收入增长的比例。"] + _wrap(MORE, 25)
    got = units("\n".join(lines) + "\n")
    assert not any(k == "byline" for k, _ in got)
    assert any("新华社记者王黎" in t and "部门了解到" in t for _, t in got)


def test_a_reference_entrys_short_last_line_stays_with_it():
    # -raw: a paper's references, each entry wrapped onto a short line holding its issue and pages; the last entry
    # at the page's foot over the folio (a footnote's shape)
    refs = ["[1] 郭英，孙宏新．数字经济发展测度[J]．经济研究，2014（2）：", "77-104．",
            "[2] 田春兰，萧秀．区域创新能力评价研究[J]．管理世界，2022", "（2）：45-91．",
            "[3] 梁文志，郑丽新．区域创新能力评价研究[J]．经济研究，2020", "（5）：82-105．", "·21·", "\f"]
    got = units("\n".join(_wrap(TEXT, 25) + ["参考文献："] + refs))  # (a reference section is debris: session 16)
    assert ("debris", "[1]郭英，孙宏新．数字经济发展测度[J]．经济研究，2014（2）：77-104．") in got
    assert ("debris", "[2]田春兰，萧秀．区域创新能力评价研究[J]．管理世界，2022（2）：45-91．") in got
    assert ("debris", "[3]梁文志，郑丽新．区域创新能力评价研究[J]．经济研究，2020（5）：82-105．") in got


def test_an_entrys_bracketed_number_and_its_text_beside_another_column_are_one_piece():
    # pdftotext -layout: a reference's "[1]   林红，…" right of another column's line: cut at the gutter only
    left, right = _wrap(TEXT + MORE), _wrap(MORE + TEXT)
    gaps = [3, 9, 2, 12, 5, 14, 4]
    rows = [f"{a}{' ' * gaps[k % 7]}{b}" for k, (a, b) in enumerate(zip(left[:6], right[:6], strict=True))]
    rows.append(f"{left[6]}      [1]   林红，丁兰峰．区域创新能力评价研究")
    rows += [f"{a}{' ' * gaps[k % 7]}{b}" for k, (a, b) in enumerate(zip(left[7:], right[6:], strict=False))]
    raw = "\n".join(rows) + "\n"
    cut = [ln.sq for ln in columns.gap_cut(raw, split_lines(raw))]
    assert "[1]林红，丁兰峰．区域创新能力评价研究" in cut and left[6] in cut


def test_a_line_of_labelled_fields_set_apart_by_wide_gaps_is_no_two_columns():
    # pdftotext -layout of a paper: its classification line among pages cut at their gaps (two columns)
    left, right = _wrap(TEXT + MORE), _wrap(MORE + TEXT)
    gaps = [3, 9, 2, 12, 5, 14, 4]
    rows = ["中图分类号：F233      文献标志码：A      文章编号：1008-8772（2023）04-0022-07"]
    rows += [f"{a}{' ' * gaps[k % 7]}{b}" for k, (a, b) in enumerate(zip(left, right, strict=False))]
    raw = "\n".join(rows) + "\n"
    cut = [ln.sq for ln in columns.gap_cut(raw, split_lines(raw))]
    assert "中图分类号：F233文献标志码：A文章编号：1008-8772（2023）04-0022-07" in cut
    assert left[0] in cut and right[0] in cut


def test_a_section_number_alone_over_its_heading_is_one_heading():
    # pdftotext's default mode prints a paper's numbered heading in two blocks at the gap after its number
    raw = "\n".join(_wrap(TEXT, 25) + ["", "2", "", "研究设计", "", "2.1", "", "数据来源"] + _wrap(MORE, 25)
                    + ["", "5", "", "青阳日报 2023年8月24日", "\f"])
    got = units(raw)
    assert ("heading", "2研究设计") in got and ("heading", "2.1数据来源") in got
    assert ("debris", "5") in got  # (a page number over a running line stays apart)
    # (and over its pieces, printed line by line without form feeds: -nopgbrk)
    raw = "\n".join(_wrap(TEXT, 25) + ["", "5", "", "青阳日报", "", "2023年8月24日", ""] + _wrap(MORE, 25))
    assert not any(t.startswith("5青阳") for _, t in units(raw))


def test_a_chapter_number_alone_is_its_headings_where_other_headings_are_printed_whole():
    # a standard: default mode printed "1" / "范围" in two blocks, "3 术语和定义" whole; the chapter's whole number goes
    # with its words, a term's clause number stays over its term ("3.1" / "漏损率 leakage rate")
    raw = "\n".join(["城镇供水管网漏损监测技术规范", ""] + _wrap(MORE, 25) + ["", "1", "", "范围"] + _wrap(TEXT, 25)
                    + ["3 术语和定义", "3.1", "漏损率 leakage rate"] + _wrap(MORE[::-1], 25)) + "\n"
    got = units(raw)
    assert ("heading", "1范围") in got
    assert ("heading", "3.1") in got or not any(t.startswith("3.1漏损率") for _, t in got)


def test_a_line_short_only_by_a_character_pushed_down_with_its_mark_is_full():
    # -raw, wrapped at 20: a sentence ends at the margin; the next line falls 1.5 short of the width (its digits are
    # half wide and the last character went down with the "、" that may not open a line): the paragraph goes on
    first = "者也都夹杂在观众行列中纷至沓来。借来磁带。"
    second = "除今年路经的4省、1999年的长跑还将途经江"
    assert len(first) == 21
    raw = "\n".join(_wrap(TEXT, 21) + ["", first, second, "西、湖南、广西、贵州等省。", ""] + _wrap(MORE, 21)) + "\n"
    assert ("paragraph", first + second + "西、湖南、广西、贵州等省。") in units(raw)
