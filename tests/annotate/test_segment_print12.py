"""The text route on extracts of printed documents of batch 12 (mainstream print genres, docs/segmentation.md):
small made-up extracts, one rule each."""

from segment_samples import PRINT_MORE as MORE
from segment_samples import squashed_units as units

TEXT = ("在新石器时代末期，人类已使用天然金属，后来学会了制作纯铜器。但是由于纯铜的质地不如石器坚硬，不能取代石器，"
        "这一时期也称为金石并用时代。到了公元前三千年左右，人类学会了制造青铜，进入了青铜时代。从金石并用时代到铁器"
        "时代，是原始社会的解体时期，也是阶级社会形成的时期。世界各地阶级社会的出现几乎都和金属出现的时代相关，唯一"
        "例外的是美洲的玛雅文明。")


def _wrap(text, width=34):
    return [text[k:k + width] for k in range(0, len(text), width)]


def test_a_line_repeating_the_titles_opening_words_is_no_second_line_of_the_title():
    # pdftotext's default mode: a work summary's byline "市场部　于晨磊" cut at its gap, the department right under
    # the title (no blank line), the name a blank line below
    raw = "\n".join(["市场部2023年度个人工作总结", "市场部", "", "于晨磊", "", "一、主要工作完成情况"] + _wrap(TEXT)
                    + [""] + _wrap(MORE)) + "\n"
    got = units(raw)
    assert got[0][1] == "市场部2023年度个人工作总结"
    assert not any("总结市场部" in t for _, t in got)
    # (a title's second line that does not repeat its first words still joins it)
    raw = "\n".join(["关于进一步做好2023年度", "个人工作总结的通知", "", "一、主要工作完成情况"] + _wrap(TEXT)) + "\n"
    assert units(raw)[0][1] == "关于进一步做好2023年度个人工作总结的通知"


def test_a_line_wholly_in_brackets_under_a_title_is_a_unit_of_its_own():
    # pdftotext's default mode: a policy's title and its filing note "（2023年5月报备）" right under it
    raw = "\n".join(["中和福满堂终身寿险（分红型）条款", "（2023年5月报备）", "阅读指引：本阅读指引有助于您理解条款。", ""]
                    + _wrap(TEXT)) + "\n"
    got = units(raw)
    assert got[0][1] == "中和福满堂终身寿险（分红型）条款"
    assert got[1][1] == "（2023年5月报备）"


def test_a_company_line_over_the_title_that_the_running_head_prints_as_two_fields_is_apart():
    # pdftotext -raw: the insurer's name over the title on page 1; the running head on the pages prints both,
    # title first, as the two fields of one line
    head = "安泰金如意年金保险（分红型）条款 安泰人寿保险股份有限公司"
    raw = "\n".join([head, "安泰人寿保险股份有限公司", "安泰金如意年金保险（分红型）条款", "（2023年9月报备）"]
                    + _wrap(TEXT) + ["1", "\f" + head] + _wrap(MORE) + ["2", "\f"])
    got = units(raw)
    assert not any(t.startswith("安泰人寿保险股份有限公司安泰金如意") for _, t in got)


def test_a_section_head_over_a_dated_entry_is_no_line_of_the_paragraph_above():
    # pdftotext -raw: a résumé's section head between a bullet that fills the widest line with a full stop and an
    # entry opening with its dates; the entry's first word would have fitted on the head's line: no wrap cut there
    raw = "\n".join(["个人简历", "徐红思", "教育背景", "2014.12 – 2016.10 南溪日报社", "- " + TEXT[:46], TEXT[46:60] + "。",
                     "- " + MORE[:20] + "。", "工作经历", "2010.06 – 2011.10 清河师范学院", "- " + MORE[20:65] + "。",
                     "项目经历", "2015.03 – 2018.04 白鹭师范学院", "- " + TEXT[60:90] + "。", "自我评价", TEXT[90:136],
                     TEXT[136:182], MORE[65:111] + "。"]) + "\n"
    got = units(raw)
    assert ("heading", "项目经历") in got


def test_a_date_alone_is_no_second_line_of_a_heading():
    # pdftotext's default mode: a résumé's awards, "2014年  校级优秀学生干部；2015年  …" cut at its gaps, the first
    # year right under the section head
    raw = "\n".join(_wrap(TEXT) + ["", "获奖情况", "2014年", "", "校级优秀学生干部；2015年", "", "临江信息技术有限公司年度先进个人",
                                   "", "自我评价"] + _wrap(MORE)) + "\n"
    got = units(raw)
    assert ("heading", "获奖情况") in got
    assert not any(t.startswith("获奖情况2014") for _, t in got)


def test_a_schools_name_and_a_teachers_name_under_a_title_are_a_byline_of_their_own():
    # pdftotext -layout: a lesson plan's title centred over "school   teacher" (a wide gap), a table's row under it
    raw = "\n".join(["                    《改革开放的历程》教学设计", "                      安平市第十中学   谢晨平", "",
                     "课型          新授课            课时         1课时", "", "", "一、教学目标"] + _wrap(TEXT)) + "\n"
    got = units(raw)
    assert got[0][1] == "《改革开放的历程》教学设计"
    assert got[1][1] == "安平市第十中学谢晨平"
    # -raw: one space for the gap, the table's rows right under the byline, the page head on every page
    head = "安平市第十中学教案 高二历史"
    raw = "\n".join([head, "《改革开放的历程》教学设计", "安平市第十中学 谢晨平", "课型 新授课 课时 1课时",
                     "授课班级 2年级4班 授课时间 2023.10.15", "一、教学目标", *_wrap(TEXT, 40), "二、教学重点与难点",
                     *_wrap(MORE, 40), "1", head, "三、教学过程", *_wrap(TEXT + MORE, 40), "2"]) + "\n"
    texts = [t for _, t in units(raw)]
    assert "《改革开放的历程》教学设计" in texts
    assert not any(t.startswith("安平市第十中学谢晨平课型") for t in texts)


def test_a_header_band_of_fields_over_the_title_is_no_entry_with_a_hanging_indent():
    # pdftotext -raw: a research brief's header band (institute, series, issue: three fields a gap apart) over the
    # title, the two columns' lines 20 wide under them; the band's first field stands out past the wrap as a hanging
    # entry's label would, but the rest holds another gap: no entry, the title is a unit of its own
    raw = "\n".join(["金沙发展研究院 研究简报 2023年第17期（总第389期）", "农村电商发展的现状与对策", "郑秀超 朱涛敏",
                     "一、基本情况", *_wrap(TEXT, 20), "二、主要问题", *_wrap(MORE, 20)]) + "\n"
    texts = [t for _, t in units(raw)]
    assert "农村电商发展的现状与对策" in texts


def test_a_closing_quote_that_nothing_opened_does_not_continue_a_heading():
    # pdftotext's default mode: a numbered head, then a paragraph that opens with the end of a quote (no blank line)
    quote = "”" + TEXT[:33]
    raw = "\n".join(_wrap(MORE) + ["", "二、教学重点与难点", quote, *_wrap(TEXT[33:]), "", "三、教学过程", *_wrap(MORE)]) + "\n"
    got = units(raw)
    assert ("heading", "二、教学重点与难点") in got
    # (a quote that the heading opened closes on its second line: one heading)
    raw = "\n".join(_wrap(MORE) + ["", "二、坚持“四个面向", "”做好高新文章", "", *_wrap(TEXT)]) + "\n"
    assert "二、坚持“四个面向”做好高新文章" in [t for _, t in units(raw)]


def test_a_running_head_whole_on_one_page_and_split_between_columns_on_the_others_is_debris():
    # pdftotext -layout: pages in two columns, the running head's two fields each at the top of its column (read in
    # column order: the right field in mid-page); the last page in one column prints the head whole, its fields a
    # wide gap apart, over its prose: the head is debris, never the paragraph's first line
    title, insurer = "中和福满堂终身寿险（分红型）条款", "中和人寿保险股份有限公司"
    body = _wrap(TEXT, 27)
    pages = [[title, *body[:4], insurer, *body[4:8], "第1页/共3页"], [title, *_wrap(MORE, 27)[:4], insurer, *body[8:], "第2页/共3页"],
             [title + " " * 15 + insurer, "", "", "", "  " + MORE[:26], *_wrap(MORE[26:], 28), "第3页/共3页"]]
    raw = "\f".join("\n".join(page) + "\n" for page in pages) + "\f"
    got = units(raw)
    assert not any(t.startswith(title + insurer + MORE[:4]) for _, t in got)


def test_a_fixed_pitch_extract_with_deep_first_line_indents_and_double_spacing_is_wrapped_text():
    # pdftotext -fixed 3 of an application letter in 14 pt, double leading: every line a blank line apart, the body
    # 26 spaces in, each paragraph's first line 10 spaces further (two characters at 3 pt a space: 5 units, more than
    # the usual first-line indent), the signature flush right; the paragraphs are wrapped text, each one unit
    margin = " " * 26
    opening = ["人民日报社副社长许中田在会上代表人民日报编委会向各地、各部", "中共中央致中国致公党十一大的贺词各位代表、各位同志：在中国",
               "我听了置之一笑认为这不过是妹妹为催我早点探家而展开的宣传", "同时通过“斯贝”发动机等项目的引进掌握了一批国外先进技"]
    paras = [opening[0] + TEXT, opening[1] + MORE, opening[2] + TEXT[40:] + MORE[:30], opening[3] + MORE[20:] + TEXT[:50]]
    rows = [" " * 80 + "助学金申请书", margin + "尊敬的评审老师：", ""]
    for text in paras:
        first, rest = text[:29], text[29:]
        rows += [margin + " " * 10 + first, ""] + [margin + line + "\n" for line in _wrap(rest, 31)]
    rows += [margin + "此致", "", margin + "敬礼！", "", " " * 90 + "申请人：高娜", "", " " * 88 + "2023年9月17日", "", "\f"]
    got = units("\n".join(rows))
    texts = [t for _, t in got]
    assert paras[0] in texts and paras[1] in texts
    assert "助学金申请书" in texts


def test_a_tables_cells_of_figures_may_be_longer_than_a_words():
    # pdftotext -layout: a plan's schedule, its date ranges nine characters ("3.11-3.25"), each cell a debris unit
    table = ["阶段          时间          主要工作", "筹备          3.1-3.10    场地与物料", "执行          3.11-3.25   现场活动",
             "总结          3.26-3.31   数据复盘"]
    got = units("\n".join(["4. 时间安排", *table, "", "", "5. 预算与保障", *_wrap(TEXT)]) + "\n")
    assert ("debris", "3.11-3.25") in got and ("debris", "现场活动") in got
    # (a word of nine characters is no cell: the lines stay lines)
    rows = ["阶段 时间 主要工作", "筹备 3.1-3.10 场地与物料准备工作完成", "执行 3.11 现场活动", "总结 3.26 数据复盘"]
    got = units("\n".join(["4. 时间安排", *rows, "", *_wrap(TEXT)]) + "\n")
    assert ("debris", "场地与物料准备工作完成") not in got
