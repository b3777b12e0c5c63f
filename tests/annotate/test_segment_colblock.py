"""A sub-head above a narrow column's prose (colblock.py): the column's first line is no second
heading line, however short the column's lines are."""

from __future__ import annotations

from annotate.segment import columns, segment_text
from annotate.segment.colblock import block_openers, heads_block, opens_block
from annotate.segment.lines import Line, split_lines

PROSE = ("龙胆（学名：）为龙胆科龙胆属的植物，也称为龙胆草、胆草、草龙胆、山龙胆。多年生草本，卵形至披针形叶子对生，"
         "有三条主脉；秋季开蓝紫色花，聚伞花序顶生。分布在俄罗斯、日本、朝鲜以及中国大陆的贵州、湖北、吉林、"
         "浙江、湖南、福建等地，生长于海拔四百米至一千七百米的地区，常生长在山坡草地、路边、灌丛中、河滩、"
         "林缘及林下，目前尚未由人工引种栽培。中医上以根入药，性寒、味苦，有清热燥湿的功效。")
SHORT = PROSE.index("顶生。") + 3
BEFORE = ("江临市今年投入专项资金，用于修缮老城区的道路和排水设施，工程进展顺利。市住建局负责人介绍，"
          "全市共有十二条道路列入改造计划，预计年底前全部完工。改造后的道路将增设非机动车道和人行道，"
          "沿线的排水管网也将同步更新，以缓解雨季积水问题。附近居民表示，工程期间出行虽有不便，但十分期待。")


def _column(text: str, width: int = 16, first: int = 14) -> list[str]:
    """``text`` set in a column ``width`` characters wide, its first line ``first`` (an indent)."""
    out, at = [text[:first]], first
    while at < len(text):
        out.append(text[at:at + width])
        at += width
    return out


def _page(head: str) -> str:
    """A page whose wide column (26 characters) sets the text's wrap, then a sub-head over a few
    lines of a column of 16 (too few to be measured as a block of their own)."""
    before = _column(BEFORE * 2, 26, 24)
    return "\n".join(["江临日报", "", *before, "", head, *_column(PROSE[:SHORT]), ""])


def test_a_sub_head_over_a_narrow_column_stays_a_heading():
    for head in ("■ 相关评价", "相关评价"):
        units = segment_text(_page(head), "d").units
        texts = [u.text.replace(" ", "") for u in units]
        at = texts.index(head.replace(" ", ""))
        assert units[at].kind == "heading"
        # the column's first line goes on in its second (a short block: no width of its own is measured,
        # and how the rest of it joins is not this rule's business)
        assert units[at + 1].kind == "paragraph" and texts[at + 1].startswith(PROSE[:30])


def test_a_heading_printed_over_two_short_lines_stays_one_unit():
    text = "江临日报\n\n坚持“四个面向”\n做好“高新文章”\n\n" + "\n".join(_column(PROSE, 30, 28)) + "\n"
    texts = [u.text for u in segment_text(text, "d").units]
    assert any("坚持“四个面向”" in t and "做好“高新文章”" in t for t in texts), texts


def _line(width: float, gap: int = 0) -> Line:
    """A line of prose (a comma inside) of ``width`` full-width units."""
    return Line(pieces=[(0, 1)], sq="字，" + "字" * (int(width) - 2), gap=gap, width=width)


def test_block_openers_are_lines_with_a_line_of_their_width_right_under_them():
    head, first, full, full2, short = _line(5), _line(14), _line(16), _line(16), _line(6)
    lines = [head, first, full, full2, short]
    openers = block_openers(lines)
    assert id(first) in openers and id(full) in openers  # 14 over 16: a first line's indent; 16 over 16
    assert id(head) not in openers and id(full2) not in openers  # 5 over 14; 16 over a short last line
    assert heads_block([head], first, openers)
    assert not heads_block([_line(13)], first, openers)  # as wide as the column: a heading's first line
    assert id(_line(16)) not in block_openers([_line(16), _line(16, gap=1)])  # a blank line between
    heads = [Line(pieces=[(0, 1)], sq="字" * 10, width=10.0) for _ in range(3)]
    assert not block_openers(heads)  # a sidebar's headlines of one length, one under another: no prose
    title, byline = _line(20), _line(20)
    byline.indent = 8.0  # a centred byline under a title: they end at one place, but begin apart
    assert id(title) not in block_openers([title, byline])
    assert opens_block([first], full, openers, frozenset("。！？"))
    first.last = "。"
    assert not opens_block([first], full, openers, frozenset("。！？"))  # a sentence ends the line


def test_a_dated_page_head_joins_neither_the_column_nor_the_headline():
    """strips.py: pdftotext -raw prints a page head where the page draws it, between a paragraph's
    lines or over the headline, as wide as the column's lines."""
    column = _column(BEFORE, 21, 19)
    head = "111年6月5日 星期四 A3 綜合新聞 南瀛時報"
    text = "\n".join(["南瀛時報", "中華民國111年6月13日 星期四 第29970號 今日24版", "現代主義研究", *column[:4], head,
                     *column[4:], ""])
    units = segment_text(text, "d").units
    texts = [u.text.replace(" ", "") for u in units]
    assert "現代主義研究" in texts and head.replace(" ", "") in texts, texts
    assert "".join(column[:4]) in texts and "".join(column[4:]) in texts  # the paragraph on either side of it


def test_strips_need_a_date_alone_among_short_fields():
    from annotate.segment.lines import split_lines
    from annotate.segment.strips import strip_lines

    for text, strip in (("2022-01-01 星期一 第6版 生活", True), ("中華民國111年6月13日 星期四 第29970號 今日24版", True),
                        ("2021年6月20日 星期日", False),  # a date alone under a headline (meta): two fields
                        ("来源：新华社 2023-06-01 记者 王某", False),  # a byline: a label's colon
                        ("份有限公 司2013年1月18日在 北京正式掛", False),  # OCR-like spaces in prose
                        ("2009年1月23日面对俄 克拉 何 马城", False)):
        lines = split_lines(text + "\n")
        assert bool(strip_lines(lines, text + "\n")) is strip, text
    foot = "的外國郵票。印刷所成立早期使用皇室印刷器，年\n本版主編：鄭美玲\n111年6月5日 星期四 A3 綜合新聞 南瀛時報\n"
    lines = split_lines(foot)  # the page's foot line of a label and a name, right above the next page's head
    assert {id(ln) for ln in lines[1:]} == strip_lines(lines, foot)


def test_a_heading_printed_after_a_full_column_line_is_cut_off_it():
    """colblock.beside_by_width (columns.spaced_order): pdftotext's default mode printed another
    column's sub-head after a column's full line, one space between; the line without it is as wide
    as the column's line below it, though no wider than the lines of the wider column around it."""
    narrow = _column(PROSE, 17, 17)
    wide = _column(BEFORE * 2, 24, 24)
    rows = [wide[0], wide[1], wide[2], wide[3], narrow[0] + " 背景說明", narrow[1], "",
            *(f"{a} {b}" for a, b in zip(narrow[2:6], wide[4:8], strict=True)), *wide[8:], *narrow[6:], ""]
    texts = [u.text.replace(" ", "") for u in segment_text("\n".join(rows), "d").units]
    assert "背景說明" in texts, texts
    assert not any("背景說明" in t and len(t) > 4 for t in texts)


def test_beside_by_width_compares_the_line_with_its_column_neighbour():
    from annotate.segment.colblock import beside_by_width

    raw = "州。在袁術自行稱帝後，與其決裂，自 背景說明\n立門戶。先後擊敗劉繇、許貢、嚴白\n"
    lines = split_lines(raw)
    assert beside_by_width(raw, lines, {0: raw.index(" ")}) == {0: raw.index(" ")}
    ocr = "龍膽為龍膽科龍膽屬的 植物也稱為\n龍膽草胆草草龍膽山龍膽多年生草\n"  # OCR-like space: full only with its words
    lines = split_lines(ocr)
    assert beside_by_width(ocr, lines, {0: ocr.index(" ")}) == {}
    first = "\n大历十四年（779年）三月，李忠臣被李希烈驱逐，783 ■ 相关争议\n年，拥立朱称帝，784年朱败后，被朝廷处死。兴元元年，并\n"
    lines = split_lines(first)  # a paragraph's first line: narrower than the next by its indent
    assert beside_by_width(first, lines, {0: first.index(" ")}) == {0: first.index(" ")}
    lines[0].gap = 0  # ... only where a blank line sets it apart as a first line
    assert beside_by_width(first, lines, {0: first.index(" ")}) == {}


def test_a_credit_line_printed_after_a_column_line_is_cut_off_it():
    """colblock.credit_beside: another column's source line or bracketed credit after a column's line,
    one space between, is cut off there; a bare role and name only where the line is full without it."""
    from annotate.segment.colblock import credit_beside

    raw = "\n于北海舰队的青岛海军基地。1954年10月13日，两艘苏联海 来源：新华社 2021-06-01 记者 高雪梅\n\n"
    lines = split_lines(raw)
    spaces = {0: [i for i, ch in enumerate(raw) if ch == " "]}
    assert credit_beside(raw, lines, spaces) == {0: raw.index(" 来源")}
    bracket = "\n两艘苏联海军驱逐舰到达青岛3号码头 （记者 王建国 通讯员 李慧敏）\n\n"
    lines = split_lines(bracket)
    assert credit_beside(bracket, lines, {0: [i for i, ch in enumerate(bracket) if ch == " "]}) == {
        0: bracket.index(" （")}
    bare = "\n他在接受采访时对前来报道的 记者 王建国\n\n"  # a bare credit with no column line to measure against
    lines = split_lines(bare)
    assert credit_beside(bare, lines, {0: [i for i, ch in enumerate(bare) if ch == " "]}) == {}


def test_a_short_last_line_beside_another_column_s_heading_is_cut_at_the_gap():
    """columns.gap_cut: on a -layout page whose gutter moves from line to line, a paragraph's last
    line of two characters ending a sentence is cut from the other column's heading after a run of
    spaces, as longer pieces are (``艇。      ■ 历史沿革``)."""
    left = _column(BEFORE * 2, 18, 18)
    right = _column(PROSE * 2, 18, 18)
    rows = [a + " " * (3 + k % 5) + b for k, (a, b) in enumerate(zip(left[:12], right[:12], strict=True))]
    rows += ["好。" + " " * 30 + "■ 历史沿革", " " * 30 + right[12], ""]
    raw = "\n".join(rows)
    cut = columns.gap_cut(raw, split_lines(raw))
    assert cut is not None
    assert [raw[ln.start:ln.end] for ln in cut if "好" in raw[ln.start:ln.end] or "历史" in raw[ln.start:ln.end]] == [
        "好。", "■ 历史沿革"]
    texts = [u.text.replace(" ", "") for u in segment_text(raw, "d").units]
    assert "■历史沿革" in texts and not any("好。■" in t for t in texts)


def test_a_bullet_sub_head_does_not_take_another_column_s_quote_end_across_a_blank_line():
    """join._fragment_join: ``■ 后续进展`` / blank / ``俄」，是木星的…``: the line opens inside a quote that
    another column's line opened; the sub-head stays a heading of its own."""
    from annotate.segment.colblock import bullet_head

    text = "\n".join(["江临日报", "", *_column(BEFORE, 26, 24), "", "■ 后续进展", "",
                     "俄」，是木星的四颗伽利略卫星中最", "靠近木星的一颗卫星，直径为三千公", "里，是太阳系第四大卫星。", ""])
    texts = [u.text.replace(" ", "") for u in segment_text(text, "d").units]
    assert "■后续进展" in texts, texts
    assert bullet_head([Line(pieces=[(0, 5)], sq="■后续进展")])
    assert not bullet_head([Line(pieces=[(0, 9)], sq="■他说：“我们一定")])  # an item's speech, not a sub-head


def test_a_headline_over_its_byline_is_not_taken_by_a_line_left_inside_a_quote():
    """colblock.headlines: ``…「独立、团结、平等、自由、经济及`` / blank / ``明尼亚波利斯富国银行广场`` /
    ``（记者 陈晓燕 通讯员 孙丽华）``: the quote's rest is in another column; the headline stands."""
    # (a narrow column sets the wrap, 17; the wider column's lines stand outside it)
    text = "\n".join(["江临日报", "", *_column(BEFORE * 2, 17, 17), "", "围绕著纪念碑，表示在佛历2475年的政变。后来减为六门，表示銮",
                      "披汶·颂堪政权公报的政策：「独立、团结、平等、自由、经济及", "", "明尼亚波利斯富国银行广场",
                      "（记者 陈晓燕 通讯员 孙丽华）", "", *_column(PROSE, 17, 17), ""])
    units = segment_text(text, "d").units
    kinds = {u.text.replace(" ", ""): u.kind for u in units}
    assert kinds.get("明尼亚波利斯富国银行广场") in ("heading", "title"), kinds


def test_beside_by_width_takes_an_indent_that_layout_prints():
    from annotate.segment.colblock import beside_by_width

    raw = "■ 发展现状\n   大历十四年（779年）三月，李忠臣被李希烈驱逐，783 ■ 相关争议\n年，拥立朱称帝，784年朱败后，被朝廷处死。兴元元年，并\n"
    lines = split_lines(raw)  # -layout sets a first line in by spaces, no blank line above it
    sp = raw.index("783 ") + 3
    assert beside_by_width(raw, lines, {1: sp}) == {1: sp}


def test_a_narrow_column_s_lines_join_though_the_text_wraps_wider():
    """join._joins: two lines of one column's prose, as wide as each other, the first without a
    sentence end, are one paragraph however short of the text's wrap (26) the column (16) is; an
    enumerated item under another is not (colblock.goes_on)."""
    from annotate.segment.colblock import goes_on

    narrow = ["序顶生。分布在俄罗斯、日本、朝鲜", "以及中国大陆的贵州、湖北、吉林、", "浙江、湖南、福建、辽宁、陕西、广",
              "西、江苏、内蒙古、广东、黑龙江等地。"]
    text = "\n".join(["江临日报", "", *_column(BEFORE * 2, 26, 24), "", *narrow, "", *_column(PROSE, 26, 24), ""])
    texts = [u.text.replace(" ", "") for u in segment_text(text, "d").units]
    assert "".join(narrow) in texts, texts
    item, item2 = Line(pieces=[(0, 1)], sq="（一）时间：2023年3月4日（星期三）14:30至16:30"), Line(
        pieces=[(0, 1)], sq="（二）地点：图书馆3楼学术报告厅（Room175）")
    assert not goes_on(item, item2)
    assert goes_on(Line(pieces=[(0, 1)], sq=narrow[0]), Line(pieces=[(0, 1)], sq=narrow[1]))
