"""The text route on extracts of printed documents (session 13, fixp5: rules that carry across designs):
small made-up extracts, one rule each."""

from segment_samples import PRINT_MORE as MORE
from segment_samples import PRINT_TEXT as TEXT
from segment_samples import squashed_units as units


def _wrap(text, width=36):
    return [text[k:k + width] for k in range(0, len(text), width)]


def test_two_unpunctuated_lines_of_one_width_by_chance_are_no_column_block():
    # pdftotext's default mode: a rule book's title and the note under it happen to print as wide (15 characters),
    # a blank line under the note; no comma or stop in either line and no third line at that width: no column's
    # wrap (colblock.bare_pair), two units
    body = []
    for k, text in enumerate([TEXT, MORE, TEXT[20:] + MORE[:40]]):
        lines = _wrap(text)
        body += [f"第{'一二三'[k]}条", "", lines[0][:29], "", lines[0][29:] + lines[1][:30], *lines[2:]]
    raw = "\n".join(["员工手册", "", "宁远集团员工考勤与休假管理办法", "（经二〇二二年第三次会议修订）", "", "第一章", *body]) + "\n"
    got = units(raw)
    assert ("heading", "宁远集团员工考勤与休假管理办法") in got, got[:4]
    assert not any("办法（经" in t for _, t in got)


def _manual(title, model, head):
    return "\n".join([*title, *model, "", head, *_wrap(TEXT), "2 产品介绍", *_wrap(MORE)]) + "\n"


def test_a_field_with_a_code_under_a_title_is_no_second_line_of_it():
    # pdftotext -raw: a manual's title with its model line right under it (pairs.own_line)
    got = units(_manual(["家用血压计使用说明书"], ["型号：DS112-A"], "安全注意事项"))
    assert got[0] == ("title", "家用血压计使用说明书"), got[:3]
    assert not any("说明书型号" in t for _, t in got)
    # (a title's second line of words still joins it)
    assert units(_manual(["家用血压计与体温计", "使用说明书"], [], "安全注意事项"))[0] == ("title", "家用血压计与体温计使用说明书")


def test_a_numbered_section_head_under_a_title_is_no_second_line_of_it():
    # pdftotext -raw: a short title right above its first section head, a number and a space ("1 安全注意事项")
    raw = "\n".join(["家用血压计使用说明书", "1 安全注意事项", "1.1 部件名称", *_wrap(TEXT), "1. " + MORE[:30], "2 产品介绍",
                     "2.1 概述", *_wrap(MORE), "2.2 部件名称", *_wrap(TEXT[30:])]) + "\n"
    got = units(raw)
    assert got[0] == ("title", "家用血压计使用说明书"), got[:3]
    assert ("heading", "1安全注意事项") in got


def test_a_whole_field_takes_no_line_under_it_as_a_pair():
    # a notice's last lines, pdftotext's default mode: the attachment line over the issuing office and the date
    raw = "\n".join([*_wrap(TEXT), *_wrap(MORE), "附件：重点任务分工表", "安平市人民政府办公室", "2023年12月21日"]) + "\n"
    texts = [t for _, t in units(raw)]
    assert "附件：重点任务分工表" in texts and not any("分工表安平" in t for t in texts), texts[-3:]


def test_a_person_named_after_a_label_is_no_second_line_of_the_title():
    # pdftotext -raw: a lecture's title, the lecturer's line and the first section head one under another
    raw = "\n".join(["区域经济学第六讲讲义", "主讲：任红强 教授", "思考与讨论", *_wrap(TEXT), "延伸阅读", *_wrap(MORE)]) + "\n"
    got = units(raw)
    assert got[0] == ("title", "区域经济学第六讲讲义"), got[:3]
    assert not any("教授思考" in t for _, t in got)


def test_an_issue_line_alone_is_no_line_of_the_masthead_or_the_headline():
    # pdftotext -raw: a newsletter's name, its issue line and the first story's headline over its byline
    raw = "\n".join(["临江工会通讯", "2023年第9期 总第136期", "职工书屋建设经验交流会召开", "通讯员 梁玉子", *_wrap(TEXT),
                     *_wrap(MORE)]) + "\n"
    got = units(raw)
    assert ("title", "职工书屋建设经验交流会召开") in got, got[:4]
    assert not any("136期" in t and len(t) > 15 for _, t in got)


def test_a_credit_under_a_subtitle_as_wide_is_no_line_of_a_column():
    # pdftotext -raw: a report's title, its subtitle (a "、" inside) and the analysts' line, as wide as the subtitle
    raw = "\n".join(["2024年中国预制菜行业市场调研报告", "——规模、格局与趋势", "分析师：唐建文 曾英强", "核心发现",
                     *_wrap(TEXT), *_wrap(MORE)]) + "\n"
    got = units(raw)
    assert not any("趋势分析师" in t for _, t in got), got[:4]


def test_a_field_whose_label_carries_a_qualifier_is_no_second_line_of_the_title():
    # pdftotext's default mode: a contract's title over its first party's line, "甲方（采购方）：…"
    raw = "\n".join(["合同编号：HT-2024-073", "", "实验仪器采购合同", "甲方（采购方）：北辰科技有限公司", "法定代表人：卢强",
                     "地址：南湖区人民路44号", "乙方（供应方）：南溪仪器有限公司", "法定代表人：梁明斌", "联系电话：16687100856",
                     "根据有关法律法规，甲乙双方经友好协商，就以下事项达成一致，订立本合同。", "第一条", "", "标的物", "",
                     *_wrap("1.1 " + TEXT, 44), *_wrap("1.2 " + MORE, 44)]) + "\n"
    got = units(raw)
    assert not any("合同甲方" in t for _, t in got), got[:4]


def test_a_label_in_black_brackets_run_in_opens_a_unit_after_a_sentence_at_the_margin():
    # pdftotext's default mode: a leaflet's sections, each opening with its label in black brackets and its text on
    # the same line; an item's sentence that ends at the measure does not run on into the next section
    item = "4．当时看于海的神情非常惊讶，但也没有太急躁的反应。"  # 26 units: the measure
    assert len(item) == 26
    lines = (["【不良反应】", *_wrap("1．" + TEXT[:60], 26), item]
             + _wrap("【禁忌】远远望去是一座山，现出动荡不安、紧张激烈的氛围。", 26)
             + _wrap("【注意事项】" + MORE, 26))
    texts = [t for _, t in units("\n".join(lines) + "\n")]
    assert any(t.endswith("急躁的反应。") for t in texts), texts
    assert not any("反应。【禁忌】" in t for t in texts)


def test_an_unnumbered_head_takes_no_line_that_opens_inside_a_quote_it_did_not_open():
    # a paragraph whose first words close a book title cut off above it, right under a short unnumbered head
    raw = "\n".join(["二、专业设置", "临床医学", "稻草堆》，德加的《浴后》安静地挂在一起，据说这些作品都价值连城，每年吸引大量游客，",
                     *_wrap(TEXT, 44), "应用实践", *_wrap(MORE, 44)]) + "\n"
    got = units(raw)
    assert ("heading", "临床医学") in got, got[:4]


def test_a_tables_last_cell_in_the_gutter_stays_with_the_left_column():
    # pdftotext -layout: a table in the left column whose last cell ("+1.2pct") reaches into the gutter, the right
    # column's prose beside it from the gutter's right edge on; the cell is the table's, not the prose's first word
    left, right = (TEXT + MORE) * 2, (MORE + TEXT) * 2
    rows = [left[k * 24:(k + 1) * 24].ljust(40) + right[k * 22:(k + 1) * 22] for k in range(20)]
    rows.append("排名     企业              份额     同比".ljust(40) + right[440:462])
    for k, (share, change) in enumerate([("15%", "+1.2pct"), ("17%", "+7.6pct"), ("15%", "+1.8pct"), ("27%", "+1.8pct")]):
        rows.append(f"{k + 1}      企业{'ABCD'[k]}             {share}    {change}".ljust(40) + right[462 + 22 * k:484 + 22 * k])
    got = units("\n".join(rows) + "\n")
    assert ("debris", "+1.2pct") in got, [u for u in got if "pct" in u[1]]
    assert not any("pct" in t and len(t) > 8 for _, t in got)
