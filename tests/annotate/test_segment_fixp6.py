"""The text route on pdftotext extracts of printed documents (session 14, fixp6: rules that carry across designs):
small made-up extracts, one rule each."""

from segment_samples import PRINT_MORE as MORE
from segment_samples import PRINT_TEXT as TEXT
from segment_samples import squashed_units as units


def _wrap(text, width=36):
    return [text[k:k + width] for k in range(0, len(text), width)]


def test_a_folio_between_a_section_number_and_its_heading_joins_neither():
    # pdftotext's default mode: a page opens with its running head, the first heading's number, the folio printed after
    # that first block, then the heading's text: the number alone under another number is no heading's number
    raw = "\n".join(["青年工作培训教程", "", "2.1", "", "基本要求", *_wrap(TEXT), "", "\f青年工作培训教程", "", "2.3.2", "",
                     "42", "", "考核办法", *_wrap(MORE)]) + "\n"
    got = units(raw)
    assert ("heading", "考核办法") in got, got
    assert ("debris", "42") in got and ("heading", "2.3.2") in got, got


def test_three_columns_taken_in_turns_break_at_every_blank_line():
    # pdftotext's default mode prints three columns' lines in turns, a blank line between every two; the order is no
    # alternation of two (not read in columns), but the wraps show the turns plainly (a line's word goes on two lines
    # down, never right under it): a blank line there ends a unit, so no two columns' lines are glued
    cols = [_wrap(TEXT, 24), _wrap(MORE, 24), _wrap(TEXT[40:] + MORE[:50], 24)]
    rows, pos = ["相关评价", ""], [0, 0, 0]
    for c in (0, 1, 0, 2, 1, 0, 2, 1, 0, 2, 1, 2, 0, 1, 2, 0, 1, 2, 2):
        if pos[c] < len(cols[c]):
            rows += [cols[c][pos[c]], ""]
            pos[c] += 1
    got = units("\n".join(rows) + "\n")
    assert [t for _, t in got[1:]] == rows[2::2], got
    # a section's number alone over its head among them still takes the head (no column's line above it)
    rows[20:20] = ["2", "", "研究设计", ""]
    got = units("\n".join(rows) + "\n")
    assert ("heading", "2研究设计") in got, got


def test_a_double_spaced_table_with_an_empty_last_cell_is_cut_into_cells():
    # pdftotext -layout: a table's rows set apart by one blank line each, a row's last cell empty ("浙江 历史类 178"):
    # its columns line up all the same, one unit per cell
    head = f"{'省份':<13}{'科类':<15}{'计划数':<10}备注"
    rows = [head, f"{'湖南':<13}{'综合改革':<15}{'341':<10}—", f"{'浙江':<13}{'历史类':<15}178",
            f"{'四川':<13}{'历史类':<15}{'338':<10}含中外合作", f"{'安徽':<13}{'物理类':<15}{'199':<10}—"]
    raw = "\n".join([*_wrap(TEXT), f"{'表1':>18}   西岭大学2024年分省招生计划", "", *"\n\n".join(rows).split("\n"), "",
                     *_wrap(MORE)]) + "\n"
    got = [t for _, t in units(raw)]
    assert all(cell in got for cell in ("省份", "备注", "浙江", "历史类", "178", "含中外合作")), got


def test_a_running_foot_with_its_folio_matches_another_page_printing_them_apart():
    # pdftotext -raw: page one prints its running foot and folio on one line above the footnotes, page three prints
    # the same foot and its folio as two pieces (split off at the page's edge): the whole line is furniture too
    a, b = _wrap(TEXT), _wrap(MORE)
    raw = "\n".join(["第二章 实务操作", "2.1 基本要求", *a[:3], "青年工作培训教程 40", "① 注释一则，仅供参考。",
                     "② 注释二则，仅供参考。", "\f" + a[3], *a[4:], "41 第二章 实务操作", "\f2.2 考核办法", *b,
                     "青年工作培训教程 42"]) + "\n"
    got = units(raw)
    assert ("debris", "青年工作培训教程40") in got, got
    assert ("paragraph", "".join(a[:3])) in got, got


def test_a_contracts_signature_block_is_cut_into_its_sides():
    # pdftotext -layout (the sides a wide gap apart, the right ones at one column) and -raw (a space apart, the second
    # label opening the right side): each blank field a unit, left then right, as the PDF reader cuts them
    end = "本合同一式肆份，甲乙双方各执贰份，自双方签字盖章之日起生效。"
    layout = ["甲方（盖章）：                       乙方（盖章）：", "", "代表人签字：                        代表人签字：", "",
              "日期：    年   月   日              日期：   年   月   日"]
    raw_rows = ["甲方（盖章）： 乙方（盖章）：", "代表人签字： 代表人签字：", "日期： 年 月 日 日期： 年 月 日"]
    for rows in (layout, raw_rows):
        got = units("\n".join([*_wrap(TEXT), end, "", *rows]) + "\n")
        texts = [t for _, t in got]
        assert texts[-6:] == ["甲方（盖章）：", "乙方（盖章）：", "代表人签字：", "代表人签字：", "日期：年月日", "日期：年月日"], got


def test_a_boxs_label_set_far_in_among_the_prose_lines_is_no_line_of_the_prose():
    # pdftotext -layout: a workbook's box label printed on a line of its own, set far in (neither centred under the
    # line above nor flush with its right edge), between two lines of a paragraph that goes on at the margin
    body = _wrap(TEXT + MORE)
    body[5] = body[5][:-1] + "，"  # (the line above ends mid-sentence, at a comma)
    raw = "\n".join([*body[:6], " " * 46 + "记一记", *body[6:]]) + "\n"
    got = units(raw)
    assert ("heading", "记一记") in got or ("debris", "记一记") in got, got
    assert not any(t.endswith("，记一记") for _, t in got), got


def test_a_margin_label_printed_past_the_bodys_right_edge_is_cut_off_its_line():
    # pdftotext -layout: a label in the outer margin ("注意") printed at the end of the body line beside it, after a
    # wide gap, past the right edge every body line ends at: a debris unit, the paragraph in two pieces around it
    body = _wrap(TEXT + MORE)
    raw = "\n".join([*body[:4], body[4] + " " * 17 + "注意", *body[5:]]) + "\n"
    got = units(raw)
    assert ("debris", "注意") in got, got
    assert ("paragraph", "".join(body[:5])) in got, got


def test_a_sections_label_alone_over_its_prose_is_a_head_of_its_own():
    # a discharge summary prints each section's label alone on its line over the prose ("入院情况：" / "2005年…"):
    # a label the text uses once is the section's head; a speaker's label, which repeats, still opens the speech
    raw = "\n".join(["出院记录", "", "入院情况：", *_wrap(TEXT), "", "诊疗经过：", *_wrap(MORE)]) + "\n"
    got = [t for _, t in units(raw)]
    assert "入院情况：" in got and "诊疗经过：" in got and TEXT in got, got
    talk = "\n".join(["访谈录", "", "记者：", *_wrap(TEXT), "", "记者：", *_wrap(MORE)]) + "\n"
    assert ("paragraph", "记者：" + TEXT) in units(talk)


def test_a_date_alone_under_a_line_of_two_signatures_is_a_unit_of_its_own():
    # a discharge summary's signature line, two labelled fields with their names, then the date right under it
    raw = "\n".join(["出院记录", "", *_wrap(TEXT), "", "主治医师：金明    住院医师：蔡琳", "2024年3月16日"]) + "\n"
    got = [t for _, t in units(raw)]
    assert got[-2:] == ["主治医师：金明住院医师：蔡琳", "2024年3月16日"], got


def test_a_section_number_alone_over_a_labelled_field_is_no_heading_with_it():
    # pdftotext's default mode prints a paper's first head number ("0") among the classification fields above the
    # head's text: the number is not the field's
    raw = "\n".join(["关键词：社区教育；产教融合；实训基地", "中图分类号：G718", "", "0", "", "文献标识码：A", "",
                     "文章编号：1008-3981（2024）01-0057-08", "", "引言", *_wrap(TEXT)]) + "\n"
    got = [t for _, t in units(raw)]
    assert "文献标识码：A" in got and not any(t.startswith("0文献") for t in got), got


def test_a_journals_contents_entries_with_authors_and_bracketed_pages_are_entries():
    # pdftotext -raw: a journal's contents page, each entry a title, a leader, the author and the page in brackets;
    # the article's title right under the last entry is no part of it
    raw = "\n".join(["人力资源开发学报", "目 次", "【实践探索】", "区域协同发展背景下实训基地评价体系构建……………… 刘丽宁（69）",
                     "创新创业教育背景下中小企业评价体系构建……………… 卢明（76）", "区域协同发展背景下县域经济的现状与对策",
                     "王华桂 江俊明", *_wrap(TEXT)]) + "\n"
    got = units(raw)
    assert ("debris", "创新创业教育背景下中小企业评价体系构建………………卢明（76）") in got, got


def test_footnotes_stacked_at_a_pages_foot_are_all_furniture():
    # pdftotext -raw: an item runs on to the next page; the page's two footnotes, its running head and folio come
    # between: the upper note is furniture too (only furniture below it), never the item's next line
    a, b = _wrap(TEXT), _wrap(MORE)
    raw = "\n".join(["第一章 总则", *b, "（三）" + a[0], a[1][:-1], "① 本条例修正文本自2023年12月1日起施行。",
                     "② 参见《中华人民共和国就业促进法》有关规定。", "西川省就业服务条例", "41", "\f" + a[1][-1] + a[2],
                     *a[3:], "西川省就业服务条例", "42"]) + "\n"
    got = units(raw)
    assert ("debris", "①本条例修正文本自2023年12月1日起施行。") in got, got


def test_a_chapters_label_alone_under_a_wrapped_line_is_a_heading_of_its_own():
    # pdftotext's default mode: a two-column statute's paragraph runs to the column's foot mid-word, the next column
    # opens with the chapter's label alone on its line
    body = _wrap(TEXT)
    raw = "\n".join(["就业服务条例", "", *_wrap("第二十九条　" + MORE), *body[:3], "第三章", "", "保障与监督", "",
                     *_wrap("第三十条　" + MORE), "\f" + "第三十一条　" + TEXT[:30], *_wrap(TEXT[30:])]) + "\n"
    got = units(raw)
    assert ("paragraph", "".join(body[:3])) in got, got
