"""Text route geometry on pdftotext extracts (docs/segmentation.md §3, §4): headings printed side
by side, tables printed one cell a line, a column with a few lines beside it, and paragraph ends
in wrapped columns. Small made-up extracts, one rule each."""

from segment_samples import units

from annotate.segment import check_offsets, columns, join, segment_text
from annotate.segment.lines import split_lines

# prose to cut into wrapped lines: no sentence ends except where a test puts one
PROSE = ("乙酰胺是由乙酸衍生出的酰胺纯品在室温下为白色晶状固体可由乙酸铵失水获得它被用作增塑剂也是有机合成的重要原料"
         "乙酰胺并不十分易燃但燃烧时会放出刺激性的烟雾吸入吞食皮肤及眼部接触均有毒皮肤和眼部接触可能会造成变红或疼痛"
         "最近绿湾射电天文望远镜在银河系中心部分检测到了一些有机化合物乙酰胺即是其一由于乙酰胺中含有酰胺键与连接蛋白")


def wrapped(text, width):
    return [text[i:i + width] for i in range(0, len(text), width)]


def test_two_section_labels_in_a_row_do_not_take_the_heading_words_below():
    # pdftotext's default mode printed "第四章  乙酰胺" and "第1节  概述" (side by side) labels first
    raw = "第四章\n第1节\n\n乙酰胺\n\n概述\n\n" + "\n".join(wrapped(PROSE[:90] + "。", 30)) + "\n"
    got = units(raw)
    assert all(not ("第1节" in t and "乙酰胺" in t) for _, t in got)
    assert [t for _, t in got[:4]] == ["第四章", "第1节", "乙酰胺", "概述"]
    # a label alone above its heading words is still one heading
    assert units("第一部分\n扁掌龙亚科简介\n\n" + "\n".join(wrapped(PROSE[:90] + "。", 30)) + "\n")[0][1] == "第一部分扁掌龙亚科简介"


def test_a_clause_label_alone_takes_the_heading_words_under_it():
    # a contract's "第一条　项目背景" that pdftotext's default mode printed on two lines
    raw = "第一条\n\n项目背景\n\n" + "\n".join(wrapped(PROSE[:90] + "。", 30)) + "\n"
    assert units(raw)[0][1] == "第一条项目背景"
    # not a second clause label
    assert units("第一条\n\n第二条\n\n" + "\n".join(wrapped(PROSE[:90] + "。", 30)) + "\n")[0][1] == "第一条"


def test_a_letter_spaced_date_printed_a_character_a_line_is_one_unit_though_pieces_look_like_furniture():
    # a judgment's spaced-out ROC date under its last paragraph, one piece a line (pdftotext's
    # default mode): "中" alone is a font-size word and "111" a page number, yet they are pieces
    pieces = ["中", "華", "民", "國", "111", "年", "2", "月", "18", "日"]
    raw = "\n".join(CLAUSES[:3]) + "\n" + "\n\n".join(pieces) + "\n\n法\n\n第4頁，共4頁\n"
    got = [t for _, t in units(raw)]
    assert "中華民國111年2月18日" in got  # the date ends the run: "法" is not part of it
    assert "法" in got
    # a page number under a paragraph's one-character last line stays apart
    assert "3" in [t for _, t in units("\n".join(CLAUSES[:2]) + "\n播\n\n3\n")]


def test_two_short_field_lines_are_not_one_title():
    raw = "甲方：南山文化发展有限公司\n乙方：袁诗涵\n" + "\n".join(wrapped(PROSE[:90] + "。", 30)) + "\n"
    got = [t for _, t in units(raw)]
    assert got[:2] == ["甲方：南山文化发展有限公司", "乙方：袁诗涵"]


def test_a_page_header_ending_with_a_date_does_not_wrap_into_the_title():
    # pdftotext -raw: the header is about as wide as the column, the title under it is short
    body = wrapped(PROSE[:95] + "。", 19)
    raw = "\n".join(["第九届全国青年史学论坛论文集 2021年10月", "六十进制研究述评", *body]) + "\n"
    assert [t for _, t in units(raw)][1] == "六十进制研究述评"
    # a title's first line that ends without a date still takes its second line
    raw = "\n".join(["第九届全国青年史学论坛论文集之专题报告", "六十进制研究述评", *body]) + "\n"
    assert [t for _, t in units(raw)][0] == "第九届全国青年史学论坛论文集之专题报告六十进制研究述评"


def test_a_table_printed_one_cell_a_line_may_have_units_in_brackets_and_thousands_commas():
    cells = ["项目", "2023年", "2022年", "增减", "营业收入（万元）", "89,002", "31,951", "14.97%",
             "净利润（万元）", "2,709", "3,244", "-10.82%"]
    raw = "本年度报告摘要来自年度报告全文，投资者应当仔细阅读年度报告全文。\n\n二、公司基本情况\n" + "\n\n".join(cells) + "\n"
    got = units(raw)
    assert "二、公司基本情况" in [t for _, t in got]
    assert [u for u in got if u[1] in cells] == [("debris", c) for c in cells]


LEFT = wrapped(PROSE[:152] + "。", 19)  # a column of 19 characters, 9 lines


def test_a_few_lines_printed_beside_a_prose_column_are_read_as_a_column():
    # a references column beside an abstract (pdftotext -layout): its heading on the abstract's
    # first row, its one entry on a row of its own between two of the abstract's rows
    rows = ["摘要：" + LEFT[0] + "             参考文献", LEFT[1],
            " " * 36 + "[1] 袁春梅. 六十进制考[J]. 史学月刊, 2019(4): 12-25.", *LEFT[2:]]
    raw = "\n".join(rows) + "\n"
    doc = segment_text(raw, "doc")
    got = [(u.kind, u.text) for u in doc.units]
    assert "参考文献" in [t for _, t in got]  # a unit of its own, out of the abstract
    # the abstract is one unit in pieces around the other column's lines
    abstract = [u for u in doc.units if u.text.startswith("摘要")][0]
    pieces = [u for u in doc.units if (u.where or {}).get("continues") == abstract.para_id]
    assert "".join([abstract.text, *(u.text for u in pieces)]) == "摘要：" + "".join(LEFT)
    for unit in doc.units:
        check_offsets(unit.text, raw, unit.offsets)


def test_a_long_line_across_the_page_or_a_date_in_a_header_is_no_column_beside_the_prose():
    # one line right of the column is not enough (a running header's date above the text)
    raw = "第九届全国青年史学论坛论文集" + " " * 40 + "2021年10月\n\n" + "\n".join(LEFT) + "\n"
    assert columns.reading_order(raw, split_lines(raw)) is None


CLAUSES = [  # a court judgment: clauses open flush left with "第N條", lines 33 wide
    "第六條坎貝爾要求作家們在作品中所描寫的科學，必須是真正的科學，同時",
    "也必須是真正的歷史，人物也必須是真正的人物，且不能兩者居其一中的一",
    "個，這樣才能讓讀者相信故事裡所發生的一切都有可能成為未來的現實啊。",
    "第七條這樣，科幻小說中人文和科學的真實性都得到了加強，阿西莫夫總結",
    "道：科幻作家們努力在現實主義上下功夫的同時，描繪著計算機、火箭與核",
    "武器，它們與十年內出現的計算機、火箭與核武器如出一轍。",
    "第八條結果是，五十年代和六十年代的現實生活，與四十年代坎貝爾式的科",
    "幻小說中描繪的情景驚人地吻合。",
]


def test_a_clause_mark_after_a_full_line_that_ends_a_sentence_opens_a_paragraph():
    got = [t for _, t in units("\n".join(CLAUSES) + "\n")]
    assert got == ["".join(CLAUSES[:3]), "".join(CLAUSES[3:6]), "".join(CLAUSES[6:])]
    # one line opening "第七條" is no text of clauses: the sentence that ends at the margin goes on
    assert len(units("\n".join(CLAUSES[:6]).replace("第六條", "") + "\n")) == 1


def test_a_latin_word_that_would_not_have_fitted_on_the_short_line_above_continues_the_paragraph():
    lines = wrapped(PROSE[:99], 33)  # three full lines of 33
    raw = "\n".join([*lines, "阿西莫夫強調了坎貝爾的重要貢獻：坎貝爾帶來了一次真正的革命……",  # 30 wide
                     "Astounding SF致力於讓科幻作品在內容和形式上都嚴肅地出現在讀者面",
                     *wrapped(PROSE[99:165] + "。", 33)]) + "\n"
    got = [t for _, t in units(raw)]
    assert len(got) == 1 and "革命……" in got[0]
    # a line opening with a hanzi after the same short line starts a paragraph
    assert len(units(raw.replace("Astounding SF", "雜誌驚奇科幻"))) == 2


def test_in_lines_filled_exactly_a_last_line_one_short_ends_its_paragraph():
    # a narrow column of 16, every line full, paragraphs not indented (pdftotext's default mode)
    first = wrapped(PROSE[:111], 16) + ["導致接下來病患的自殺風險翻番。"]  # 15 wide: one short
    second = wrapped(PROSE[111:191], 16) + ["而且在治療抑鬱症和酗酒的過程中。"]
    got = [t for _, t in units("\n".join(first + second) + "\n")]
    assert got == ["".join(first), "".join(second)]
    # a character pushed down because a mark may not open a line: the paragraph goes on
    pushed = first[:-1] + ["導致接下來病患的自殺風險翻番。", "，" + second[0][1:]] + second[1:]
    assert len(units("\n".join(pushed) + "\n")) == 1


def test_a_justified_column_whose_latin_words_spread_its_lines_is_still_wrapped():
    # justified lines of 20 hanzi, and lines holding Latin words that measure 18 at half width
    # and 22 as characters (a typesetter set them wider): 7 of 19 lines (37%) within one of the
    # width, 12 within three
    text = PROSE * 2
    lines, k = [], 0
    for n in range(5):
        for _ in range(2 if n % 2 else 1):
            lines.append(text[k:k + 20])
            k += 20
        lines.append(text[k:k + 14] + "ABCDEFGH")
        k += 14
        lines.append(text[k:k + 5] + "。")
        k += 5
    lines += [text[k:k + 6] + "。", text[k + 6:k + 12] + "。"]
    split = split_lines("\n".join(lines))
    assert len(split) == 19
    assert join.context(split).wrap == 20.0


def test_where_paragraphs_open_flush_a_line_two_short_that_ends_a_sentence_is_a_one_line_paragraph():
    # lines of 30; three paragraphs open with a full line under a short last line: paragraphs open
    # flush here, so a one-line paragraph two short ("…藝術家殖民地」。") is not a first line set in
    body = PROSE * 2
    paras, k = [], 0
    for n in (2, 3, 2):
        paras.append([body[k + 30 * i:k + 30 * i + 30] for i in range(n)] + [body[k + 30 * n:k + 30 * n + 10] + "。"])
        k += 30 * n + 10
    one = body[k:k + 27] + "。"  # 28 wide: two short
    last = [body[k + 27:k + 57], body[k + 57:k + 67] + "。"]
    raw = "\n".join([*paras[0], *paras[1], *paras[2], one, *last]) + "\n"
    got = [t for _, t in units(raw)]
    assert got[3] == one and got[4] == "".join(last)
    # where paragraphs open set in (two short: -raw lost the indent) such a line is a first line
    paras, k = [], 0
    for n in (2, 3, 2):
        paras.append([body[k:k + 28]] + [body[k + 28 + 30 * i:k + 58 + 30 * i] for i in range(n)]
                     + [body[k + 28 + 30 * n:k + 38 + 30 * n] + "。"])
        k += 38 + 30 * n
    raw = "\n".join([*paras[0], *paras[1], *paras[2], one, *last]) + "\n"
    assert [t for _, t in units(raw)][3] == one + "".join(last)


def test_on_alternate_lines_a_line_opening_with_a_comma_does_not_join_the_other_columns_line():
    # pdftotext's default mode took two columns of 20 in turns, a blank line between, yet often
    # two lines of one column directly one under the other (so the blank lines mark the switches)
    left = wrapped(PROSE[:100], 20)
    right = wrapped(PROSE[100:159] + "，是次是出于疏忽不是法官指斥的贪心", 20)
    rows = []
    for a, b in zip(left, right, strict=False):  # (the right column is one line shorter)
        rows += [a, "", b, ""]
    rows += [left[0], left[1], left[2], left[3], left[4], ""]  # consecutive lines of one column
    rows += [left[0], left[1], left[2], left[3], left[4], "", "，" + PROSE[:19], ""]
    got = [t for _, t in units("\n".join(rows) + "\n")]
    assert not any(t.endswith(left[-1] + "，" + PROSE[:19]) for t in got)
    assert "，" + PROSE[:19] in got


def test_blocks_set_at_widths_of_their_own_are_each_wrapped():
    # a newspaper page's stories in columns of 17 and of 29 characters, one after the other in
    # the extract: no one width holds the page, each block holds its own
    text = PROSE * 4
    paras, k = [], 0
    for width, n in ((17, 4), (17, 5), (17, 3), (29, 4), (29, 3), (29, 5)):
        paras.append([text[k + width * i:k + width * (i + 1)] for i in range(n)] + [text[k + width * n:k + width * n + 6] + "。"])
        k += width * n + 6
    raw = "\n".join(line for para in paras for line in para) + "\n"
    assert join.context(split_lines(raw), raw).wrap in (17.0, 29.0)  # no one width: the blocks hold it
    assert [t for _, t in units(raw)] == ["".join(para) for para in paras]

    # widths a few units apart are one ragged text (a dump's lines), not blocks
    lines = split_lines("\n".join(["甲" * 30] * 8 + ["乙" * 27] * 8))
    join.context(lines)
    assert join._block_widths([30.0] * 8 + [27.0] * 8, lines, [False] * 16) is None


def test_authors_with_affiliation_marks_do_not_join_the_title():
    raw = "阿森松岛研究\n陈晓燕1，赵雅琴2\n" + "\n".join(wrapped(PROSE[:90] + "。", 30)) + "\n"
    assert [t for _, t in units(raw)][:2] == ["阿森松岛研究", "陈晓燕1，赵雅琴2"]


def test_in_lines_filled_exactly_an_opening_bracket_pushed_down_does_not_end_the_paragraph():
    # an opening bracket may not end a line: the typesetter moved it down and left the line one short
    first = wrapped(PROSE[:111], 16) + ["導致接下來病患的「自殺」風險。"]  # 15 wide: one short
    second = ["〈自殺風險〉" + PROSE[111:121]] + wrapped(PROSE[121:191], 16) + ["而且在治療抑鬱症和酗酒的過程中。"]
    got = [t for _, t in units("\n".join(first + second) + "\n")]
    assert got == ["".join(first + second)]
    # a line one short before a line opening with a hanzi still ends its paragraph
    plain = ["自殺風險翻番" + s[6:] if i == 0 else s for i, s in enumerate(second)]
    assert len(units("\n".join(first + plain) + "\n")) == 2


def test_a_run_of_latin_words_that_would_not_have_fitted_continues_a_short_line_of_prose():
    # "Irish、Gaelic、Irish" has no break inside: the line above, cut short, goes on below
    # (the paragraph's first line, under a byline: a short line alone looks like a heading)
    raw = "\n".join([*wrapped(PROSE[:54] + "。", 18), "記者李佳穎／桃園報導", "愛爾蘭語，在英語中也稱為",
                     "Irish、Gaelic、Irish Gaelic 或 Erse，因", *wrapped(PROSE[54:126] + "。", 18)]) + "\n"
    got = [t for _, t in units(raw)]
    assert any(t.startswith("愛爾蘭語，在英語中也稱為Irish") and t.endswith(PROSE[108:126] + "。") for t in got)
    # a short Latin word that would have fitted: the short line is a unit of its own
    assert len(units(raw.replace("Irish、Gaelic、Irish Gaelic", "中英文名稱 IG"))) >= 2


def test_each_entry_of_a_table_of_contents_is_a_debris_unit_of_its_own():
    toc = ["第一章   日本历史" + "…" * 30 + "1", "  一、历史沿革" + "…" * 28 + "1",
           "  二、背景情况" + "…" * 28 + "2", "第二章   欧陆法系" + "…" * 30 + "3"]
    raw = "\n".join(["目录", *toc, "", *wrapped(PROSE[:99] + "。", 33)]) + "\n"
    got = units(raw)
    entries = [(k, t) for k, t in got if "…" in t]
    assert [k for k, _ in entries] == ["debris"] * 4 and all(t.count("…") >= 28 for _, t in entries)
    assert got[-1] == ("paragraph", PROSE[:99] + "。")
    # one line with a leader is no table of contents
    one = units("\n".join(["目录", toc[0], *wrapped(PROSE[:99] + "。", 33)]) + "\n")
    assert not any(k == "debris" and "…" in t for k, t in one)


def test_a_short_headline_under_a_line_far_wider_than_the_wrap_does_not_join_it():
    # -raw: a masthead's date and issue line (26 wide, the text wrapped at 17) over the headline
    body = wrapped(PROSE[:119] + "。", 17)
    raw = "\n".join(["中華民國112年2月6日 星期四 第25708號 今日24版", "戰鬥機", *body]) + "\n"
    got = [t for _, t in units(raw)]
    assert "戰鬥機" in got or any(t.startswith("戰鬥機") for t in got)
    assert not any("今日24版戰鬥機" in t for t in got)


def test_a_labelled_date_under_a_full_line_opens_a_unit_of_its_own():
    # -raw: a paper's footnote at the page foot, right under a column's full line
    text = "明仁是日本第一百二十五任天皇，為現任之天皇，即位後年號為平成，其名為明仁，稱號為繼宮，自幼在學習院接受教育，"
    body = wrapped((text * 3)[:100], 20)
    raw = "\n".join([*body, "投稿日期：111年9月12日；接受刊登日期：112年7月", *wrapped((text * 3)[100:161] + "。", 20)]) + "\n"
    got = [t for _, t in units(raw)]
    assert "".join(body) in got and any(t.startswith("投稿日期：") for t in got)


def test_blocks_hold_their_width_with_another_column_s_lines_printed_among_their_own():
    # pdftotext's default mode printed a line of a column of 28 after every seven lines of a column of 22
    # (p6x-016): those wider lines stand at a width many lines of the text share, a column's, so the block of
    # 22 is still wrapped text, and the page's blocks hold the wrap
    text = PROSE * 12
    paras, k = [], 0
    for width, n in ((22, 7), (22, 8), (22, 6), (22, 7), (22, 9), (22, 6), (28, 5), (28, 6), (28, 6)):
        paras.append([text[k + width * i:k + width * (i + 1)] for i in range(n)] + [text[k + width * n:k + width * n + 6] + "。"])
        k += width * n + 6
    stray = [text[k + 28 * i:k + 28 * (i + 1)] for i in range(7)]  # another column's lines, mid-sentence
    lines = [line for para in paras for line in para]
    narrow = sum(len(p) for p in paras[:6])
    rows = [x for j in range(0, narrow, 7) for x in lines[j:j + 7] + stray[j // 7:j // 7 + 1]] + lines[narrow:]
    raw = "\n".join(rows) + "\n"
    assert join.context(split_lines(raw), raw).wrap == 22.0
