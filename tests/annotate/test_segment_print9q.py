"""The text route on pdftotext extracts where a block ends exactly at the margin (dev9xq, docs/segmentation.md):
small made-up extracts, one rule each."""

from segment_samples import PRINT_TEXT as TEXT
from segment_samples import squashed_units as units

MORE = ("不同文明其原始社会解体的过程也不一样，在埃及和两河流域，原始社会在金石并用时代就已经解体，而在其他一些地区，"
        "则是在青铜时代或铁器时代才发生解体。元朝后期，杂剧创作中心逐步南移，加强与南戏的交流，到元末成为传奇。")
WIDTH = 34


def _wrap(text, width=WIDTH):
    return [text[k:k + width] for k in range(0, len(text), width)]


def _doc(*blocks):
    return "\n".join(line for block in blocks for line in block) + "\n"


def test_a_heading_that_wraps_ends_at_its_short_last_line():
    head = "三、保障措施恋爱于近年普遍被认为是达成婚姻的前一阶段因此在现今一对"
    assert len(head) == 32 + 1  # a full line, then one character alone
    after = "各地各部门要高度重视，加强组织领导，及时研究解决工作中遇到的；"  # one line, no sentence end
    got = units(_doc(_wrap(TEXT, 32), _wrap(head, 32), _wrap(after, 32), ["临川市生态环境局"]))
    assert ("heading", head) in got
    assert any(text == after for _, text in got)


def test_a_full_first_line_set_in_does_not_run_onto_an_enumerated_heading():
    item = "地点：市公共资源交易中心三楼服务窗口，每周一至周五上午九时。"
    assert len(item) == 33 - 3  # a one-line paragraph, full at its indent
    head = "五、对本次招标提出询问，请按以下方式联系本中心三楼服务窗口的工作人员"
    assert len(head) == 33 + 1  # a heading that wraps, one character alone on its second line
    got = units(_doc(_wrap(TEXT, 33), [item], _wrap(head, 33), _wrap(MORE, 33)))
    assert any(text == item for _, text in got)
    assert any(text == head for _, text in got)


def test_an_item_ending_in_a_semicolon_does_not_run_onto_another_lists_item():
    item = "2．本项目不接受联合体投标，各供应商应当在截止时间前递交全部材料；"
    assert len(item) == WIDTH - 1
    head = "三、其他补充事宜目前各类乐队演奏此曲以及为合唱伴奏时大多依照李焕之为此"
    got = units(_doc(_wrap(TEXT), ["1．满足《中华人民共和国政府采购法》第二十二条规定的条件；", item], _wrap(head), _wrap(MORE)))
    assert any(text == item for _, text in got)
    assert not any(text.startswith(item) and len(text) > len(item) for _, text in got)


def test_a_label_alone_stands_over_its_numbered_notes():
    notes = ["[1]本公报数据为初步统计数，部分数据因四舍五入的原因存在总计与分项合计不等的情况；",
             "[2]博物馆包括文物部门和其他部门所属博物馆，不含民办博物馆。"]
    got = units(_doc(_wrap(TEXT), ["注释："], notes))
    assert ("heading", "注释：") in got or ("paragraph", "注释：") in got
    assert any(text == notes[0] for _, text in got)


def test_a_sentence_end_with_its_endnote_mark_ends_a_short_last_line():
    last = "值設置、自動出售機數量配置及使用範圍等方面還有一定的區別。[1]"
    head = "一、公共文化服務第十條其疆域在11個世紀中不斷變動色雷斯希臘和小亞細亞"
    got = units(_doc(_wrap(TEXT, 33), [last], _wrap(head, 33), _wrap(MORE, 33)))
    assert any(text.endswith(last) for _, text in got)


def test_a_paragraph_full_at_its_last_line_does_not_run_onto_a_label_alone():
    para = TEXT[:3 * WIDTH - 1] + "。"  # "…从金石并用时代。": its last line ends its sentence at the margin
    notes = ["[1]本公报数据为初步统计数，部分数据因四舍五入的原因存在总计与分项合计不等的情况；",
             "[2]博物馆包括文物部门和其他部门所属博物馆，不含民办博物馆。"]
    got = units(_doc(_wrap(MORE), _wrap(para), ["註釋："], notes))
    assert any(text.endswith(para) for _, text in got)
    assert ("heading", "註釋：") in got or ("paragraph", "註釋：") in got


def test_a_full_sentence_end_does_not_run_onto_a_labelled_head_that_wraps_over_its_notes():
    para = TEXT[:3 * WIDTH - 1] + "。"  # its last line ends its sentence at the margin
    head = ("注释：" + MORE.replace("，", ""))[:WIDTH] + "水"  # a label's head filled to wrap: one character alone
    notes = ["[1]本公报数据为初步统计数。", "[2]博物馆包括文物部门和其他部门所属博物馆，不含民办博物馆。"]
    got = units(_doc(_wrap(MORE), _wrap(para), _wrap(head), notes))
    assert any(text.endswith(para) for _, text in got)
    assert any(text == head for _, text in got)
    assert any(text == notes[0] for _, text in got)


def test_a_centred_title_line_over_a_blank_line_stands_alone():
    title = "扎实推进重点工作　　取得阶段成效稳中有进全面提升治理能力现代化水平"  # near the width, set in 3.5 columns
    first, rest = "  " + TEXT[:WIDTH - 2], _wrap(TEXT[WIDTH - 2:])  # paragraphs: first lines set in two, a blank line apart
    raw = _doc(["  " + MORE[:WIDTH - 2]] + _wrap(MORE[WIDTH - 2:]), ["", "       " + title, ""], [first] + rest,
               ["", "  " + MORE[:WIDTH - 2]], _wrap(MORE[WIDTH - 2:])) + "\f"  # (a page break: pdftotext)
    got = units(raw)
    assert any(text == "".join(title.split()) for _, text in got)
    assert any(text == TEXT for _, text in got)


def test_a_title_over_a_one_line_paragraph_of_about_its_width_is_no_column_block():
    # the title 22 wide over a one-line paragraph 24 wide (its first line set in two, pdftotext's default mode drops
    # the indent), the text wrapped at 27: the two make a "block" of two lines by chance, the line under them is wider
    title = "关于推进城市更新行动的实施意见（征求意见稿）"
    para = "为深入贯彻落实党中央、国务院决策部署，结合本市："
    assert (len(title), len(para)) == (22, 24)
    got = units(_doc(["征求意见稿", "", title, para], _wrap(TEXT, 27), _wrap(MORE, 27)))
    assert ("title", title) in got or ("heading", title) in got
    assert any(text == para for _, text in got)


def test_a_term_over_its_one_line_definition_is_no_column_block():
    term, definition = "原始文献 original document", "用于数字化加工的文献实体。"
    got = units(_doc(_wrap(TEXT, 29), ["3 术语和定义", "3.1", "", term, definition, "", "4"], _wrap(MORE, 29)))
    assert any(text == "".join(term.split()) for _, text in got)
    assert any(text == definition for _, text in got)


def test_a_numbered_term_with_a_latin_name_does_not_join_the_wrapped_head_above_it():
    # -raw: the clause head wraps (its number's gap printed as one space: its first line reads short of the width),
    # then the term's line opens with its number and a space; its Latin name makes it 26 characters but 13.5 units
    head = ["3 术语和定义它通常被放在白夜柔吠陀的最后一章中不过自", "在奥"]
    term = "3.1 原始文献 original document"
    got = units(_doc(_wrap(TEXT, 29), head, [term, "用于数字化加工的文献实体。", "4 背景说明"], _wrap(MORE, 29)))
    assert not any("术语和定义" in text and "3.1" in text for _, text in got)
    assert any(text.startswith("3.1原始文献") for _, text in got)


def test_a_versos_folio_opening_its_running_line_tells_the_first_folio():
    # a chapter counting its folios on from page 21: the recto's running line ends with 21, the verso's opens
    # with 22; the two agree, so 21 is cut off page one's running line (not glued to the title under it)
    page1 = ["                                   第5课   社会的变迁   21", "", "", "       第5课    社会的变迁",
             "学习目标"] + _wrap(TEXT, 29)
    page2 = ["22 初中历史与社会 八年级上册"] + _wrap(MORE, 29)
    got = units(_doc(page1, ["\f" + page2[0]], page2[1:]) + "\f")
    assert ("debris", "21") in got
    assert not any("21" in text and "社会的变迁" in text for _, text in got)


def test_a_box_head_does_not_take_the_labelled_tip_under_it():
    got = units(_doc(_wrap(TEXT, 23), ["", "知識拓展", "小貼士：可查閱地方誌瞭", "解更多。", ""], _wrap(MORE, 23)))
    assert not any(text.startswith("知識拓展小貼士") for _, text in got)
    assert ("heading", "知識拓展") in got


def test_issuing_offices_with_ocr_spaces_are_no_second_title_line():
    raw = _doc(["临海 市2022年 文化 事 业发展 统计公 报", "临海市统计局 临海市 文化 和旅 游 局", "（2023年3月20日）"],
               _wrap(TEXT, 30), _wrap(MORE, 30))
    got = units(raw)
    assert not any("统计公报" in text and "统计局" in text for _, text in got)
    assert any(text == "临海市统计局临海市文化和旅游局" for _, text in got)


def test_a_full_sentence_end_does_not_run_onto_a_numbered_clause_head():
    # -raw of a standard: each paragraph's last line ends its sentence at the margin, the clause heads open with their
    # number and a space, one of them wrapping (its last character alone)
    para = TEXT[:2 * WIDTH - 2] + "器。"  # two full lines
    head = "2 规范性引用文件道光三年宁波府海防同知移驻象山县石浦亦有称石浦厅光绪初"
    assert WIDTH < len(head) <= WIDTH + 4  # a full line, then a few characters alone
    got = units(_doc(["1 范围"], _wrap(para), _wrap(head), _wrap(MORE), ["3 术语和定义"], _wrap(TEXT)))
    assert any(text == para for _, text in got)
    assert any(text == "".join(head.split()) for _, text in got)


def test_a_running_line_printed_in_pieces_under_page_ones_prose_is_furniture():
    # -raw prints page one's masthead last, in pieces, under the prose (which runs on to the next page); page two
    # prints the same running line as one line at its foot
    last = "汉人君主也称可汗，但非自称，《乐府诗集·木兰诗》"
    page1 = _wrap(TEXT[:3 * WIDTH]) + [last, "工作简报", "第25期", "县农业农村局办公室编 2023年6月21日", "－1－"]
    page2 = _wrap(MORE) + ["工作简报 第25期", "－2－"]
    got = units(_doc(page1, ["\f" + page2[0]], page2[1:]) + "\f")
    assert not any(text.endswith("工作简报") and len(text) > 4 for _, text in got)
    assert ("debris", "工作简报") in got
    assert ("debris", "工作简报第25期") in got


def test_a_full_sentence_end_does_not_run_onto_a_paragraph_number():
    # a patent's description: each paragraph opens with its number in brackets; this one (its number on the page
    # before) ends at the margin
    para = TEXT[:2 * WIDTH - 2] + "器。"
    nxt = "[0008] " + MORE
    got = units(_doc(_wrap(para), _wrap(nxt), ["[0009] 以上所述仅为本发明的较佳实施例，并不用以限制本发明。"]))
    assert any(text == "".join(para.split()) for _, text in got)


def test_a_short_last_line_ending_with_an_endnote_mark_ends_its_paragraph():
    para = TEXT[:WIDTH] + "举办展览372场次。[2]"  # its last line far short of the width
    nxt = "1817年3月8日，" + MORE
    got = units(_doc(_wrap(MORE), _wrap(para), _wrap(nxt), _wrap(TEXT)))
    assert any(text == para for _, text in got)


def test_a_full_labelled_date_line_ending_in_a_comma_goes_on():
    field = "时间：2023年7月3日至2023年7月10日，每天上午9:00至11:30，下午14:00至17:00，"
    rest = "他被称作「流泪的先知」，因为他明知犹太人离弃上帝后，所注定的悲哀命运，但不能改变他们顽梗的心。"
    got = units(_doc(_wrap(TEXT, 36), [field], _wrap(rest, 36), ["地点：市公共资源交易中心三楼服务窗口"], _wrap(MORE, 36)))
    assert any(text == field + rest for _, text in got)
