"""Wraps a web dump shows only by its indentation (annotate/segment/dumpwrap.py)."""

from __future__ import annotations

from annotate.segment import segment_text


def _units(raw: str) -> list[tuple[str, str]]:
    return [(u.kind, u.text) for u in segment_text(raw, "d").units]


PARAS = [
    "欧洲越橘又称黑果越橘，是杜鹃花科越橘属的植物，果实可作食用，是越橘属的模式种。",
    "自远古以来就作为食用植物，在十六世纪的欧洲始作为药用植物，叶子习惯上已用于收敛。",
    "主要分布于欧洲、北美和亚洲北部，北欧分布较多，在开阔的松树林下或干旱的地方都有分布。",
]


def _wrapped(text: str, width: int, first: str, margin: str) -> str:
    lines = [text[:width - 2]] + [text[i:i + width] for i in range(width - 2, len(text), width)]
    return "".join((first if k == 0 else margin) + line + "\n" for k, line in enumerate(lines) if line)


def test_a_narrow_dumps_list_item_runs_on_under_its_text_column() -> None:
    # lynx -width 40 counts 34 characters a line: body at 3 columns, "　　" first-line indents, items
    # "     * " wrapped under their text; an item's first line has no sentence end and passes for a heading
    raw = ("   欧洲越橘\n\n" + "".join(_wrapped(p, 31, "   \u3000\u3000", "   ") + "\n" for p in PARAS)
           + "约化群\n\n     * 代数环面与半单代数群都是约化群，一般线性群formul\n       a_1亦然。\n\n"
           + "     * 对于李群formula_2，以下陈述等价满足以上任一条\n       件的李群称为约化李群。\n")
    units = _units(raw)
    assert ("paragraph", "代数环面与半单代数群都是约化群，一般线性群formul a_1亦然。") in units
    assert ("paragraph", "对于李群formula_2，以下陈述等价满足以上任一条件的李群称为约化李群。") in units


def test_w3m_bullet_and_its_hanging_lines() -> None:
    # w3m -cols 40: a full item line runs on; a live blog's item of short blocks (time, name, text) does not
    raw = ("欧洲越橘\n\n" + "".join("".join(p[i:i + 20] + "\n" for i in range(0, len(p), 20)) + "\n" for p in PARAS)
           + "  • 代数环面与半单代数群都是约化群，一般\n    线性群亦然。\n  • 对于李群，以下陈述等价满足以上任一条\n"
           + "    件。\n  • 09:23\n    主持人\n    周恩来当选为中共中央副主席。\n")
    units = _units(raw)
    assert ("paragraph", "代数环面与半单代数群都是约化群，一般线性群亦然。") in units
    assert ("paragraph", "对于李群，以下陈述等价满足以上任一条件。") in units
    assert ("paragraph", "周恩来当选为中共中央副主席。") in units


def test_a_line_under_the_item_at_another_column_is_not_taken_in() -> None:
    raw = ("欧洲越橘\n\n" + "".join(f"{p}\n\n" for p in PARAS)
           + "     * 相关新闻一\n   本站所有文章均为原创内容，转载请注明出处。\n")
    units = _units(raw)
    assert ("paragraph", "本站所有文章均为原创内容，转载请注明出处。") in units


def test_an_indented_paragraph_broken_at_a_space_runs_on_at_the_margin() -> None:
    # html2text wraps only at spaces: a paragraph set in by &nbsp; x 4 breaks where the page had a space,
    # here right after a full stop; its remainder starts at the margin, four columns left of the indent
    raw = ("****** 斯特拉斯堡 ******\n" + "".join(f"    {p}\n" for p in PARAS)
           + "    中華民國廢廳改縣，復改定海縣。歸屬於寧波市管轄。\n當地中國漁民義救出三百多名英國軍人，舟山復歸中華民國。\n"
           + "    史特拉斯堡是法國東部的經濟支柱之一，第二產業發達。\n")
    units = _units(raw)
    assert ("paragraph", "中華民國廢廳改縣，復改定海縣。歸屬於寧波市管轄。當地中國漁民義救出三百多名英國軍人，舟山復歸中華民國。") in units


def test_a_heading_at_the_margin_under_an_indented_paragraph_stays_apart() -> None:
    raw = ("****** 王法慧 ******\n" + "".join(f"    {p}\n" for p in PARAS) + "二、亚硫酸盐\n"
           + "    亚硫酸盐是亚硫酸所成的盐，含有亚硫酸根离子，常用作食品添加剂。\n")
    units = _units(raw)
    assert ("heading", "二、亚硫酸盐") in units
    assert ("paragraph", PARAS[-1]) in units


def test_without_an_indent_convention_a_short_paragraph_at_the_margin_stays_apart() -> None:
    raw = ("斯特拉斯堡\n\n" + "".join(f"{p}\n" for p in PARAS) + "中華民國廢廳改縣，復改定海縣。\n"
           + "當地中國漁民義救出三百多名英國軍人，舟山復歸中華民國。\n")
    units = _units(raw)
    assert ("paragraph", "當地中國漁民義救出三百多名英國軍人，舟山復歸中華民國。") in units


# The two rules for lines a dump filled to its width, on the rule itself: every printed line its own unit, as
# if the line rules had cut at each, then dumpwrap.rejoin
def _rejoined(raw: str) -> list[str]:
    from annotate.segment.dumpwrap import rejoin
    from annotate.segment.lines import split_lines

    return ["".join(ln.sq for ln in group) for group in rejoin(raw, [[ln] for ln in split_lines(raw)])]


def _lynx(text: str, width: int = 31) -> list[str]:
    """``text`` cut every ``width`` characters (lynx counts characters, a hanzi or a digit one each)."""
    return ["   " + text[i:i + width] for i in range(0, len(text), width)]


A = "耶穌會是天主教的主要男修會之一，由聖依納爵·羅耀拉與聖方濟·沙勿略等人於巴黎大學共同創立，其宗旨是傳揚福音並興辦教育事業。"
B = ("1549年8月15日，耶穌會創始人之一方濟各·沙勿略在一位日本朋友彌次郎的引介之下，攜同兩位耶穌會士經麻六甲海峽，輾轉"
     "抵達彌次郎的家鄉鹿兒島，成為第一位踏上日本國土的天主教傳教士。今日仍有紀念碑，每年都有許多來自各地的教友到此參觀"
     "與祈禱，當地的居民也以此為榮，並在每年的八月舉行紀念活動，吸引了許多國內外的遊客前來共襄盛舉，熱鬧非凡")[:31 * 5 - 1]
C = "來自歐洲的水手、水兵和傳教士之間的意見不合。"


def test_a_line_filled_to_the_dumps_width_in_characters_runs_on() -> None:
    # lynx counts characters: every full line is 34 long, digits or not (in display columns the lines with
    # "1549年8月15日" are shorter); a short line, or a full line with a sentence end at its end, ends its unit
    lines = _lynx(A) + _lynx(B + "。") + _lynx(C)
    assert [len(x) for x in lines].count(34) == 6 and len(lines[-2]) == 34
    units = _rejoined("\n".join(lines) + "\n")
    assert units[:3] == [A, B + "。", C]


def test_a_break_at_a_space_between_two_latin_words_runs_on_where_the_next_would_not_fit() -> None:
    tail = ["   與二戰時期的設計，像是德國的Me", "   262和美國的YP-59戰鬥機等，都是雙發動機的設計。"]
    units = _rejoined("\n".join(_lynx(A) + _lynx(B + "，") + tail) + "\n")
    assert units[1] == B + "，與二戰時期的設計，像是德國的Me262和美國的YP-59戰鬥機等，都是雙發動機的設計。"
    short = ["   與二戰時期的設計，像是德國的Me", "   A型", "   相去不遠。"]  # "A型" would have fitted: no wrap there
    assert "A型" in _rejoined("\n".join(_lynx(A) + _lynx(B + "，") + short) + "\n")


def test_a_credit_line_cut_by_a_narrow_dump_takes_its_short_rest_back() -> None:
    # w3m -cols 40: the byline fills the 40 columns and the reporter's name runs on to the next line
    body = "".join(A[i:i + 20] + "\n" for i in range(0, len(A), 20)) + "".join(B[i:i + 20] + "\n" for i in range(0, 140, 20))
    raw = "耶穌會\n\n来源：澎湃新闻网 2022-11-17 08:32 记者刘\n洋通讯员周婷\n\n" + body
    units = _units(raw)
    assert ("byline", "来源：澎湃新闻网2022-11-17 08:32记者刘洋通讯员周婷") in units
    # a short line under a credit that does not reach the width is left alone, and so is an editor line
    raw = "耶穌會\n\n来源：澎湃新闻 2022-11-17 记者刘洋\n責任編輯：李某\n\n" + body
    assert ("meta", "責任編輯：李某") in _units(raw)


def test_a_one_line_heading_that_fills_the_width_does_not_run_on() -> None:
    # w3m -cols 40 fills a line to 20 wide characters: a 20-character sub-head without a comma or sentence end
    # reaches it too, yet it is a heading, not a wrapped line of the paragraph under it
    from annotate.segment import dumpwrap
    from annotate.segment.lines import split_lines

    body = "".join(p[:20] + "\n" for p in PARAS * 2)
    raw = body + "欧洲越橘与北欧越橘及其他越橘属植物的分布\n" + "主要分布于欧洲、北美和亚洲北部，北欧分\n布较多。\n"
    groups = dumpwrap.rejoin(raw, [[line] for line in split_lines(raw)])
    texts = ["".join(ln.sq for ln in g) for g in groups]
    assert "欧洲越橘与北欧越橘及其他越橘属植物的分布" in texts  # the sub-head stands alone
    assert "主要分布于欧洲、北美和亚洲北部，北欧分布较多。" in texts  # a full line of prose still runs on


def test_a_full_line_ending_a_sentence_runs_on_where_blank_lines_part_a_web_dumps_paragraphs() -> None:
    # w3m -cols 40 fills a line to 20 wide characters and sets a blank line between a page's paragraphs: a full
    # line that happens to end with a full stop is a wrap, not a paragraph's end (the next one would have opened
    # after a blank line); on the rule itself, every printed line its own unit
    from annotate.segment import dumpwrap, join
    from annotate.segment.lines import split_lines

    cut = "远古以来就作为食用植物，在十六世纪欧洲。叶子习惯上已用于收敛。"
    assert cut[19] == "。"
    paras = [*PARAS, cut, PARAS[0]]
    body = "欧洲越橘\n\n" + "".join("".join(p[i:i + 20] + "\n" for i in range(0, len(p), 20)) + "\n" for p in paras)

    def rejoined(raw: str) -> list[str]:
        lines = split_lines(raw)
        groups = dumpwrap.rejoin(raw, [[line] for line in lines], join.context(lines, raw))
        return ["".join(ln.sq for ln in g) for g in groups]

    assert cut in rejoined("  • 首页\n  • 植物志\n\n" + body)  # a web page's dump (w3m's bullets)
    assert cut not in rejoined(body)  # plain text: a full stop at a full line's end may end a paragraph there
