"""Pages set in columns side by side (pdftotext -layout), and columns printed on alternate lines.

annotate/segment/columns.py cuts each printed line at the page's gutter, the join rules read each
column on its own, and the units come back in file order as pieces (docs/segmentation.md §3).
"""

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import schemas
from annotate.segment import check_offsets, expand, normalize_char, segment_text, to_record
from annotate.segment.columns import _runs, find_gutters

LEFT = [  # a paragraph of the left column, cut at 20 characters, and the next one indented
    "自2005年到2013年，被解职的中校及以",
    "上军阶的指挥官中，超过四成是因为行为",
    "不检点。而被解职的所有军事指挥官中至",
    "少有三成是因为这一原因。",
    "   此后十年间又有十八名将军被解职，其",
    "中十人是因为同样的原因，数据显示共有",
    "二百多名指挥官被解职。",
    "   美国广播公司在报告中称，约有两成",
    "至四成的女兵曾在军中遭到侵害，相当于",
    "一般平民受害者的两倍，而且比率已呈上",
    "升的趋势，明显高于普通大众。",
]
RIGHT = [
    "希腊是第一个拥有路轨运输的国家，至少",
    "二千年前已有马拉的车沿着轨道运行，英",
    "国人后来发明了第一台能在铁轨上前进的",
    "蒸汽机车，但商业上并不成功。",
    "",
    "铁路发展现状",
    "   第一台取得成功的蒸汽机车建造于一八",
    "二九年，名为火箭号。此后英格兰的史托",
    "顿与达灵顿铁路成为第一条成功的蒸汽火",
    "车铁路，利物浦与曼彻斯特铁路更显示了",
    "铁路的巨大发展潜力。",
]
GUTTER = 32
PROSE = ("乙酰胺是由乙酸衍生出的酰胺纯品在室温下为白色晶状固体可由乙酸铵失水获得它被用作增塑剂也是有机合成的重要原料"
         "乙酰胺并不十分易燃但燃烧时会放出刺激性的烟雾吸入吞食皮肤及眼部接触均有毒皮肤和眼部接触可能会造成变红或疼痛"
         "最近绿湾射电天文望远镜在银河系中心部分检测到了一些有机化合物乙酰胺即是其一由于乙酰胺中含有酰胺键与连接蛋白"
         "质的肽键相似所以这一发现被认为对研究生命起源有意义乙酰胺在工业上用作溶剂和塑料的增塑剂也用于制造药物和农药"
         "它的熔点约为八十一摄氏度沸点约为二百二十一摄氏度易溶于水和乙醇微溶于乙醚在潮湿空气中容易吸湿并带有老鼠气味")


def wrapped(text, width):
    return [text[i:i + width] for i in range(0, len(text), width)]


def _page(left, right, at=GUTTER):
    rows = []
    for a, b in itertools.zip_longest(left, right, fillvalue=""):
        rows.append((a.ljust(at) + b).rstrip() if b else a)
    return "\n".join(rows) + "\n"


def _texts(raw):
    return [(u.kind, u.text, (u.where or {}).get("continues")) for u in segment_text(raw, "doc").units]


def _runs_of(raw):
    rows = [_runs(line) for line in raw.split("\n")]
    letters = [[len(line[s:e].replace(" ", "")) for s, e in r] for line, r in zip(raw.split("\n"), rows, strict=True)]
    return rows, letters


def test_a_two_column_page_has_one_gutter_between_the_columns():
    gutters = find_gutters(*_runs_of(_page(LEFT, RIGHT)))
    assert len(gutters) == 1
    lo, hi = gutters[0]
    assert lo <= max(len(s) for s in LEFT) < hi == GUTTER  # (a few lines may reach into it)


def test_single_column_text_and_short_table_cells_have_no_gutter():
    prose = "\n".join(a + b for a, b in zip(LEFT, RIGHT, strict=True))
    assert find_gutters(*_runs_of(prose)) == []
    table = "\n".join(f"项目{i}      数量{i}      已完成" for i in range(12))
    assert find_gutters(*_runs_of(table)) == []


def test_each_column_is_read_on_its_own_and_units_come_in_file_order():
    raw = _page(LEFT, RIGHT)
    units = _texts(raw)
    texts = [t for _, t, _ in units]
    # the first left paragraph and the right one interleave: pieces, later ones continue the first
    assert texts[0] == LEFT[0]
    assert texts[1] == RIGHT[0]
    assert units[2][2] is not None and units[3][2] is not None
    whole_left = "".join(t for _, t, _ in units if t[0] in "自上不少")
    assert whole_left == "".join(LEFT[:4])
    # the heading of the right column and its indented paragraph stand apart from the text above
    assert ("heading", "铁路发展现状", None) in units
    # the second left paragraph (indented first line) is not glued to the first
    assert any(t.startswith("此后十年间") for t in texts)
    # nothing from two columns shares a unit
    for _, text, _ in units:
        assert not ("希腊" in text and "军" in text)


def test_pieces_keep_the_offset_invariant_and_validate_against_the_schema():
    raw = _page(LEFT, RIGHT)
    doc = segment_text(raw, "doc")
    last = -1
    for unit in doc.units:
        check_offsets(unit.text, raw, unit.offsets)
        positions = expand(unit.offsets)
        assert positions[0] > last and positions == sorted(set(positions))
        assert all(normalize_char(raw[p]) == ch for p, ch in zip(positions, unit.text, strict=True))
        last = positions[-1]
    records = [to_record(doc, u, {"path": "a.txt", "sha256": "0" * 64, "encoding": "utf-8"}) for u in doc.units]
    for record in records:
        schemas.validate(record, "paragraph")
    ids = {r["para_id"] for r in records}
    assert all(r["source"]["continues"] in ids for r in records if "continues" in r["source"])


def test_a_line_across_the_page_ends_a_band():
    title = "这是一行横跨两栏的很长的标题文字，它从页面左边一直延伸到右边的位置为止"
    raw = title + "\n\n" + _page(LEFT, RIGHT)
    units = _texts(raw)
    assert units[0][1] == title


def test_pages_are_set_apart_by_form_feeds():
    single = "\n".join(a + b for a, b in zip(LEFT, RIGHT, strict=True))
    raw = single + "\n\f" + _page(LEFT, RIGHT)
    texts = [t for _, t, _ in _texts(raw)]
    assert any("希腊" in t and "自2005年" in t for t in texts[:3])  # page 1: one column, whole lines
    assert LEFT[0] in texts and RIGHT[0] in texts  # page 2: the columns apart


WORDS = ["国家高新区", "产业", "创新", "。", "，", "２０２４", "AI", "𠀀", "😀", "“", "”", "（", "）", "一是"]
column_lines = st.lists(st.lists(st.sampled_from(WORDS), min_size=3, max_size=9).map("".join), min_size=8, max_size=16)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(column_lines, column_lines, st.sampled_from(["\n", "\r\n"]))
def test_column_pieces_map_every_character_back_in_order(left, right, newline):
    left = [s[:14] for s in left]
    raw = _page(left, right, at=34).replace("\n", newline)
    last = -1
    for unit in segment_text(raw, "doc").units:
        check_offsets(unit.text, raw, unit.offsets)
        positions = expand(unit.offsets)
        assert positions[0] > last and positions == sorted(set(positions))
        last = positions[-1]


def test_columns_printed_on_alternate_lines_break_at_each_blank_line():
    # default-mode pdftotext on a two-column page: the columns take turns, a blank line at each switch
    a = ["一二三四五六七八九十一二三四五六七八九十" + str(i) for i in range(6)]
    b = ["甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬" + str(i) for i in range(6)]
    rows = []
    for x, y in zip(a, b, strict=True):
        rows += [x, x.replace("一", "壹"), "", y, ""]  # two lines of one column, then one of the other
    units = [t for _, t, _ in _texts("\n".join(rows) + "\n")]
    assert not any("一" in t and "甲" in t for t in units) and not any("壹" in t and "甲" in t for t in units)


def test_wide_leading_still_joins_its_lines():
    # every line set apart by a blank line (wide leading): the lines of a paragraph join
    body = ["我们今天讨论的这个问题非常重要而且复杂需要很多" + str(i) for i in range(10)]
    units = [t for _, t, _ in _texts("\n\n".join(body) + "。\n")]
    assert len(units) == 1


def test_a_small_table_is_one_debris_unit_per_cell():
    prose = "由于偷窃犯身分不明，至今仍未逮捕归案。\n"
    for table in ("项目 数量 备注\n一 12 已完成\n二 3.5 进行中\n",  # pdftotext -raw
                  "     项目     数量    备注\n        一    12    已完成\n        二    3.5   进行中\n"):  # -layout
        units = segment_text(prose + table + "编辑：王海燕\n", "doc").units
        cells = [(u.kind, u.text) for u in units[1:10]]
        assert cells == [("debris", c) for c in "项目 数量 备注 一 12 已完成 二 3.5 进行中".split()]


def test_a_raw_table_with_blank_cells_or_one_row_of_figures_is_one_debris_unit_per_cell():
    # pdftotext -raw prints a table's cells one space apart and a blank cell as nothing: a wide table's rows may
    # hold fewer cells than its header (never more); a wide header over one row of a label and figures is a table
    # too; a header word set letter-spaced ("备 注") or a title in book brackets cut at its space is one cell
    prose = "由于偷窃犯身分不明，至今仍未逮捕归案。\n"
    for table, cells in (
            ("省份 科类 计划数 备 注\n湖南 综合改革 341 —\n浙江 历史类 178\n四川 历史类 338 含中外合作\n",
             "省份 科类 计划数 备注 湖南 综合改革 341 — 浙江 历史类 178 四川 历史类 338 含中外合作"),
            ("股东类型 同意票数 比例（%） 反对票数 比例（%）\nA股 86,119,150 99.98 2,500 0.02\n",
             "股东类型 同意票数 比例（%） 反对票数 比例（%） A股 86,119,150 99.98 2,500 0.02"),
            ("年代 事件 出处 备注\n1901 初次记载 《旧 志》 无\n1925 重修 县志 有\n",
             "年代 事件 出处 备注 1901 初次记载 《旧志》 无 1925 重修 县志 有")):
        units = segment_text(prose + table + "编辑：王海燕\n", "doc").units
        got = [(u.kind, u.text.replace(" ", "")) for u in units[1:-1]]
        assert got == [("debris", c) for c in cells.split()], table
    # a short row in a narrow table, or two rows without figures, stay lines
    for table in ("项目 数量 备注\n一 12 已完成\n二 3.5\n", "股东类型 同意票数 比例 反对票数\n合计 多数 过半 少数\n"):
        units = segment_text(prose + table + "编辑：王海燕\n", "doc").units
        assert sum(u.kind == "debris" for u in units) < len(table.split()), table


def test_a_table_of_sums_and_percentages_is_one_debris_unit_per_cell():
    # figures with thousands commas or a percent sign, a row's label longer than a short cell before two or more
    # figures, a year that pdftotext -raw printed apart from its unit: still cells (the corpus convention settled
    # in session 13: one debris unit per table cell)
    prose = "由于偷窃犯身分不明，至今仍未逮捕归案。\n"
    for table, cells in (
            ("项目 2023年 2022年 增减\n营业收入（万元） 89,002 31,951 14.97%\n净利润（万元） 2,709 3,244 -10.82%\n",
             "项目 2023年 2022年 增减 营业收入（万元） 89,002 31,951 14.97% 净利润（万元） 2,709 3,244 -10.82%"),
            ("项目 2022年 2021年 增减\n营业收入 5,196,676,841 2,294,135,867 11.82%\n"
             "归属于上市公司股东的净利润 118,559,874 650,365,365 -1.53%\n",
             "项目 2022年 2021年 增减 营业收入 5,196,676,841 2,294,135,867 11.82% "
             "归属于上市公司股东的净利润 118,559,874 650,365,365 -1.53%"),
            ("指标 2020 年 2021 年 2022 年\n受访人数 430 433 578\n满意率% 85.2 94.1 81.5\n",
             "指标 2020年 2021年 2022年 受访人数 430 433 578 满意率% 85.2 94.1 81.5")):
        units = segment_text(prose + table + "编辑：王海燕\n", "doc").units
        assert [(u.kind, u.text.replace(" ", "")) for u in units[1:13]] == [("debris", c) for c in cells.split()]


def test_a_padded_table_whose_full_cells_leave_one_space_is_one_debris_unit_per_cell():
    # lynx and w3m pad a table's cells to their columns, yet a cell that fills its column is one space from the
    # next ("电子设备制造 12.4%"), and with hanzi counted twice the gaps wander: cut at two spaces the rows disagree,
    # cut at any space they are a table of three cells a row
    prose = "由于偷窃犯身分不明，至今仍未逮捕归案。\n"
    table = "   行业     一季度增速 上年同期\n   电子设备制造 12.4% 8.1%\n   专用设备制造 9.7%  6.3%\n"
    units = segment_text(prose + table + "\n编辑：王海燕\n", "doc").units
    cells = "行业 一季度增速 上年同期 电子设备制造 12.4% 8.1% 专用设备制造 9.7% 6.3%"
    assert [(u.kind, u.text) for u in units[1:10]] == [("debris", c) for c in cells.split()]


def test_a_padded_header_over_one_row_of_figures_is_a_table_one_debris_unit_per_cell():
    # a data table of one row: its header padded to the columns (a gap of two spaces, no digit) over a row with a
    # figure, as many cells in each; two lines of words without such a header stay as they are
    prose = "由于偷窃犯身分不明，至今仍未逮捕归案。\n\n"
    table = "   带看时间  经纪人 本房总带看\n   05-10 徐立桂 5\n"
    units = segment_text(prose + table + "\n编辑：王海燕\n", "doc").units
    cells = "带看时间 经纪人 本房总带看 05-10 徐立桂 5"
    assert [(u.kind, u.text) for u in units[1:7]] == [("debris", c) for c in cells.split()]
    words = segment_text(prose + "   北京 上海 广州\n   深圳 天津 重庆\n", "doc").units
    assert len(words) < 7


def test_letter_spaced_lines_and_word_lists_are_not_tables():
    spaced = "长 谷 川 町 子\n出 生 在 佐 贺\n县 小 城 郡 的\n"
    assert [u.text for u in segment_text(spaced, "doc").units] != list("长谷川町子出生在佐贺县小城郡的")
    words = "北京 上海 广州\n深圳 天津 重庆\n南京 杭州 成都\n"  # no number: a list of words, not a table
    assert len(segment_text(words, "doc").units) < 9


def test_columns_set_at_different_pitches_take_rows_in_turns_and_still_join():
    # -layout puts the two columns on alternate rows when their baselines differ: the rows of the
    # other column are no blank lines of this one
    for k in range(4, 12):
        rows = []
        for a, b in itertools.zip_longest(LEFT[:k], RIGHT[:k], fillvalue=""):
            rows += [a, " " * GUTTER + b]
        raw = "\n".join(rows + [a.ljust(GUTTER) + b for a, b in zip(LEFT[k:], RIGHT[k:], strict=True)]) + "\n"
        units = segment_text(raw, "doc").units
        first = next(u for u in units if u.text.startswith("自2005年"))
        pieces = [u for u in units if (u.where or {}).get("continues") == first.para_id]
        assert first.text + "".join(u.text for u in pieces) == "".join(LEFT[:4]), k


def test_a_short_column_beside_a_long_one_is_still_a_column():
    # a page whose right column holds six lines beside a left column of almost sixty: the gutter is
    # the stretch no more than a third of the right column's lines cover, not all that lies right of it
    text = ("长谷川町子出生在佐贺县小城郡的东多久村但是幼年时期移居到福冈市她在福冈长大直到住到某年随著父亲去世她移居"
            "到东京后毕业于山高等女学校就读山高女后从师于漫画家田河水泡第二次世界大战爆发后疏散到福冈县并在西日本新"
            "闻社学艺部工作二战结束后退职她和姊姊共同创立姊妹社后担任代表为维护知识产权长谷川町子向没有征得作者同意"
            "擅自使用角色图案的立川巴士公司提出控诉一九九二年长谷川町子因心衰竭去世享年七十二岁遵照她的遗嘱去世的消"
            "息在月内并未公开一个月后朝日新闻社和富士电视台公布了她的死讯同年日本政府为表彰她的家族漫画对安定战后日"
            "本社会的贡献授予其国民荣誉赏")
    big = text + text[5:] + text[11:] + text[17:]
    left = [big[i:i + 18] for i in range(0, len(big) - 18, 18)]
    assert len(left) > 56
    assert find_gutters(*_runs_of(_page(left, RIGHT[:6]))) == [(18, GUTTER)]


def test_a_title_block_and_an_abstract_over_the_columns_do_not_hide_the_gutter():
    # six lines across the page above the columns (centred title lines, authors, an abstract)
    # cover the gutter's positions: more than one line in eight, yet the gutter is the columns'
    above = ["          六十进制研究述评之一种新的看法与讨论", "              袁春梅    彭冠宇",
             "（武汉大学 历史学院，江苏 南京 210023，北京 100732）",
             "摘要：这是一段横跨两栏的摘要文字，它从页面左边一直延伸到右边的位置为止，",
             "并且还有第二行同样横跨两栏的摘要文字，它也一直延伸到页面的右边为止。",
             "关键词：六十进制；文献；综述；历史；数学；天文学；巴比伦；苏美尔"]
    raw = "\n".join(above) + "\n\n" + _page(LEFT, RIGHT)
    units = _texts(raw)
    for _, text, _ in units:
        assert not ("希腊" in text and "军" in text)
    assert ("heading", "铁路发展现状", None) in units


def test_a_double_spaced_column_alone_on_a_page_read_in_columns_joins_its_lines():
    # -layout: page 1 in two columns (read apart, their lines consecutive), page 2 one column
    # double-spaced (a blank line under every printed line): there a blank line is line spacing,
    # not the extract switching columns, so the wrap decides (a short line ending a sentence ends one)
    text = PROSE + PROSE[7:]  # (most of the document's lines double-spaced: blank lines are not paragraph marks)
    paras = [wrapped(text[k * 62:k * 62 + 55], 20) for k in range(8)]
    page2 = "\n\n".join("\n\n".join(p[:-1] + [p[-1] + "。"]) for p in paras)
    raw = _page(LEFT, RIGHT) + "\f" + page2 + "\n"
    texts = [t for _, t, _ in _texts(raw)]
    for p in paras:
        assert "".join(p) + "。" in texts
    assert LEFT[0] in texts and RIGHT[0] in texts  # page 1: the columns still apart


def test_a_few_left_column_lines_running_on_past_the_rest_leave_one_gutter():
    # 42 rows of two columns (text 0-22 and 34-56); four left lines run on to 28 (Latin and digits
    # take more characters), two short runs start at 24 (a centred masthead): the stretch 24-28 is
    # no column, the gutter is 22-34 (not a narrow one at 22-24 and another at 28-34)
    two = [(0, 22), (34, 56)]
    rows = [two] * 10 + [[(24, 28)]] * 2 + [two] * 24 + [[(0, 28), (34, 56)]] * 4 + [two] * 2
    assert find_gutters(rows, _letters(rows)) == [(22, 34)]
    # text that starts in the stretch and none running on into it: the stretch stays apart
    rows = [two] * 10 + [[(24, 28)]] * 6 + [two] * 24
    assert find_gutters(rows, _letters(rows)) == [(22, 24), (28, 34)]


def _letters(rows):
    return [[max(1, (e - s) // 2) * 2 for s, e in r] for r in rows]


def test_a_masthead_strip_of_short_pieces_above_the_columns_is_one_line():
    strip = "     2021年6月13日   星期日    农历癸卯年   第19668期   今日16版"
    raw = strip + "\n\n" + _page(LEFT, RIGHT)
    texts = [t for _, t, _ in _texts(raw)]
    assert texts[0] == "2021年6月13日星期日农历癸卯年第19668期今日16版"
    assert LEFT[0] in texts and RIGHT[0] in texts  # the columns below still apart
