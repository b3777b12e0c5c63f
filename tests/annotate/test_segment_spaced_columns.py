"""Columns printed side by side with one space between them (pdftotext's default mode on a page whose
gutter is narrow): columns.spaced_order cuts such lines at the recurring position and reads them column
by column; OCR-like spaces inside lines of the usual width are left alone."""

from annotate.segment import check_offsets, expand, segment_text
from annotate.segment.columns import spaced_order
from annotate.segment.lines import split_lines

ABOVE = [  # the left column alone, 16 characters a line
    "尽管国内政治混乱，当时的外交仍有成",
    "效。一九六七年，双方达成一致，由中",
    "方派遣人员技术及材料，援建铁路。同",
    "年十月，特使秘密访问北京，并与总理",
    "进行长期会谈并达成协议，两国关系改",
    "善。此后又有多国与之建立外交关系，",
]
LEFT = [  # the left column goes on beside the right one
    "其中包括许多亚洲和非洲国家，而联合国",
    "大会也在同年通过决议，恢复了合法席位",
    "和权利。此后外交工作的重心转向周边国",
    "家，并与日本签署了联合声明，恢复邦交",
    "正常化，外交局面由此全面打开，影响深",
    "远。许多学者认为这一时期是外交史上的",
]
RIGHT = [
    "心脏的结构可以从胚胎期",
    "心脏的结构中了解到。",
    "■ 基本概况",
    "一般我们常听到的心音有",
    "第一心音和第二心音，第",
    "三心音在第二心音之后。",
]
BELOW = [
    "转折点，其经验至今仍值得认真总结。",
    "此后的研究者多从档案出发重新审视。",
    "相关档案在近年陆续公开，引起关注。",
]


def _dump() -> str:
    return "\n".join([*ABOVE, *(a + " " + b for a, b in zip(LEFT, RIGHT, strict=True)), *BELOW]) + "\n"


def test_lines_printed_side_by_side_are_cut_and_read_column_by_column():
    raw = _dump()
    units = segment_text(raw, "doc").units
    for unit in units:
        check_offsets(unit.text, raw, unit.offsets)
        positions = expand(unit.offsets)
        assert positions == sorted(set(positions))
    # the right column's heading stands alone, and no unit holds text of both columns
    assert any(u.kind in ("heading", "title") and u.text.replace(" ", "") == "■基本概况" for u in units)
    for unit in units:
        assert not (any(r[-4:] in unit.text for r in RIGHT) and any(a[:4] in unit.text for a in ABOVE + LEFT))
    # the left column is one paragraph from the lines above through the band to the lines below
    # (in pieces, in file order: later pieces continue the first)
    first = next(u for u in units if u.text.startswith("尽管国内"))
    whole = "".join(u.text for u in units if u is first or (u.where or {}).get("continues") == first.para_id)
    assert whole == "".join(ABOVE + LEFT + BELOW[:1])
    # the right column's lines are wrapped at its own width (join._wrap_beside): one paragraph
    second = next(u for u in units if u.text.startswith("一般我们"))
    whole = "".join(u.text for u in units if u is second or (u.where or {}).get("continues") == second.para_id)
    assert whole == "".join(RIGHT[3:])


def test_ocr_like_spaces_in_lines_of_the_usual_width_are_no_gutter():
    # single spaces between hanzi at nearly the same place on consecutive lines, but the lines are
    # no wider than the lines around them: an OCR pass's spaces, not two columns
    lines = ABOVE + [a[:9] + " " + a[9:] for a in ABOVE] + ABOVE
    raw = "\n".join(lines) + "\n"
    assert spaced_order(raw, split_lines(raw)) is None


def test_a_short_table_row_or_prose_without_such_spaces_is_left_alone():
    raw = "\n".join(ABOVE + BELOW) + "\n"
    assert spaced_order(raw, split_lines(raw)) is None
    table = "\n".join(f"项目{i} 数量{i} 已完成" for i in range(8)) + "\n"
    assert spaced_order(table, split_lines(table)) is None


def test_a_heading_of_another_column_after_a_wide_line_is_cut_off():
    # the left column's full line, then (one space) the right column's heading: the line is wider
    # than the lines around it, so the heading is its own unit and the paragraph goes on below it
    lines = [*ABOVE, ABOVE[0] + " ■ 资料补充", *BELOW]
    raw = "\n".join(lines) + "\n"
    units = segment_text(raw, "doc").units
    assert any(u.kind in ("heading", "title") and u.text.replace(" ", "") == "■资料补充" for u in units)
    assert not any("资料补充" in u.text and "尽管" in u.text for u in units)
    # the same words after a line of the usual width: no cut (a line may end so)
    raw = "\n".join([*ABOVE, ABOVE[0][:10] + " 资料补充", *BELOW]) + "\n"
    assert spaced_order(raw, split_lines(raw)) is None


def test_a_page_whose_columns_no_position_shows_is_cut_at_its_wide_gaps():
    # -layout of a page whose right column starts at varying positions: each line holding prose on
    # both sides of a wide gap is cut there; a byline beside another column's line stands alone
    right = [b + "左心房的血液" for b in RIGHT] * 2  # 12 characters or more: prose
    rows = [a + " " * (6 + k % 5) + b for k, (a, b) in enumerate(zip(ABOVE + LEFT, right, strict=True))]
    rows[3] = "（记者 罗晨曦 通讯员 吴海涛）" + " " * 9 + right[3]
    raw = "\n".join(rows) + "\n"
    units = segment_text(raw, "doc").units
    for unit in units:
        check_offsets(unit.text, raw, unit.offsets)
    assert any(u.kind == "byline" and u.text.startswith("（记者") for u in units)
    assert not any("记者" in u.text and right[3][:4] in u.text for u in units)
    # one or two such lines (a form's fields, a running header's date) are no columns
    raw = "\n".join(["发布日期：112-01-26   发布单位：国立历史博物馆公共服务组", *ABOVE]) + "\n"
    from annotate.segment.columns import gap_cut
    assert gap_cut(raw, split_lines(raw)) is None


def test_a_numbered_section_head_does_not_take_the_sentence_under_it():
    # "說明" / "明仁" meet as a word across the break by chance: the head stays a heading
    raw = "\n".join([*ABOVE, "二、背景說明", "明仁是日本第125任天皇，為現任之天皇。", *BELOW]) + "\n"
    units = segment_text(raw, "doc").units
    assert any(u.kind == "heading" and u.text == "二、背景說明" for u in units)


def test_a_closing_quote_across_a_blank_line_closes_nothing_in_a_heading():
    # "」。" closes a quote opened on another column's line, not in the heading above it
    raw = "\n".join([*ABOVE, "", "■ 基本概况", "", "」。孤军为求生存，私底下与克伦族和赫蒙族合作，", *BELOW]) + "\n"
    units = segment_text(raw, "doc").units
    assert any(u.kind == "heading" and u.text.replace(" ", "") == "■基本概况" for u in units)
    # a quote the unit opened is closed across the blank line as before
    raw = "\n".join(["他说：「我们一定要把这件事情做好，", "", "」。随后离开了会场，前往下一个地点。"]) + "\n"
    assert len(segment_text(raw, "doc").units) == 1


def test_a_text_with_spaces_but_no_line_of_text_has_no_columns():
    # (a markdown mark and a zero-width space: no printed line left; found by the offsets property test)
    assert spaced_order("## \u200b", []) is None
    assert segment_text("## \u200b", "doc").units == []


COL2 = [  # a second, a third and a fourth column, 15 to 18 characters a line
    "心脏的结构可以从胚胎期的发育中",
    "了解到，一般我们常听到的心音有",
    "第一心音和第二心音，第三心音在",
    "第二心音之后，第四心音则在第一",
    "心音之前出现，多见于心室肥厚的",
    "病人，其机制与心房收缩有关系。",
]
COL3 = [
    "统治者采取的第一项行动就是将大型会堂",
    "烧毁并夷为平地，该会堂完成于十九世纪",
    "末，曾是欧洲最大的会堂之一，也是该市",
    "的标志建筑。在第一次世界大战中该市未",
    "受到严重破坏，但在一九四四年受到了轰",
    "炸，大片地区被摧毁，此后又逐步重建起",
]
COL4 = [
    "共和国成立以后，解放军进占各个岛屿，",
    "成立县人民政府，属专区管辖。后经政务",
    "院批准，县辖区分为三县，并从邻省划入",
    "一县，成立新的专区。此后又有多个县自",
    "其他专区划入，但在数年之后转划归另一",
    "专区。此后撤销数县，合并成立一个县。",
]


def test_four_columns_glued_by_one_space_with_a_letter_spaced_line_are_cut_into_four():
    # four columns on one printed line, one space between each two (pdftotext's default mode, gutters
    # of 2.5 mm); the second column's fifth line is justified with few characters, so the extract
    # letter-spaced it (its gutters sit three places left of the others'): the spaces inside that run are
    # no gutters, and the line is cut into four like the lines above and below it
    second = list(COL2)
    second[4] = " ".join("心音之前出现，多见于心室")  # 12 characters where the others have 15
    rows = [" ".join(cells) for cells in zip(LEFT, second, COL3, COL4, strict=True)]
    raw = "\n".join([*ABOVE, *rows, *BELOW]) + "\n"
    order = spaced_order(raw, split_lines(raw))
    assert order is not None
    texts = [ln.sq for ln in order]
    for column in (LEFT, COL3, COL4):
        for row in column:
            assert row in texts
    assert "心音之前出现，多见于心室" in texts
    units = segment_text(raw, "doc").units
    for unit in units:
        check_offsets(unit.text, raw, unit.offsets)
        assert sum(any(r[:5] in unit.text for r in column) for column in (LEFT, second, COL3, COL4)) <= 1, unit.text


def test_a_heading_that_the_text_prints_alone_elsewhere_is_cut_off_a_line_of_the_usual_width():
    # "…有关 结语": a narrow column's line, another column's heading after one space, between two lines of a
    # third column (the default mode's lines of three columns in turns): no wider than the lines around it,
    # nor as wide as the lines right above and below it, but the text prints "结语" as a line of its own
    # elsewhere (a sub-head that stories share): cut off there
    other = ["此后的研究者多从档案出发重新审视", "相关档案在近年陆续公开，引起关注"]
    line = "的协谈电话虽常见，但到二零零七年时"
    glued = [a + " " + b for a, b in zip(LEFT, COL2, strict=True)]  # (a page in columns: lines cut above)

    def dump(head: str, alone: list[str]) -> str:
        return "\n".join([*ABOVE, *glued, other[0][:15], line + " " + head, other[1][:15], *alone, *BELOW]) + "\n"

    raw = dump("结语", ["结语"])
    order = spaced_order(raw, split_lines(raw))
    assert order is not None and [ln.sq for ln in order].count("结语") == 2
    units = segment_text(raw, "doc").units
    assert not any("结语" in u.text and len(u.text) > 2 for u in units)
    # a heading that the text prints nowhere else stays on the line
    raw = dump("附录", [])
    assert line + "附录" in [ln.sq for ln in spaced_order(raw, split_lines(raw))]


def test_another_column_s_credit_inside_a_line_of_four_columns_is_one_piece_and_takes_its_name_s_end():
    # "…较 来源：中央社 2023/02/27 记者赖怡 泊，…": the credit's own spaces are no gutters (five single spaces,
    # three of them gutters); the line is cut at those three, and the name's last character that the column
    # wrapped onto the next line ("萱", alone under the band) goes with the credit, not with the last column
    credit = "来源：中央社 2023/02/27 记者赖怡"
    rows = [" ".join(cells) for cells in zip(LEFT[:5], COL2[:5], COL3[:5], COL4[:5], strict=True)]
    rows.append(" ".join([LEFT[5], credit, COL3[5], COL4[5]]))
    raw = "\n".join([*ABOVE, *rows, "萱", "", *BELOW]) + "\n"
    order = spaced_order(raw, split_lines(raw))
    assert order is not None
    texts = [ln.sq for ln in order]
    assert texts.index("萱") == texts.index(credit.replace(" ", "")) + 1
    assert COL3[5] in texts and COL4[5] in texts
    units = segment_text(raw, "doc").units
    byline = next(u for u in units if u.kind == "byline")  # (in pieces, in file order: the later one continues it)
    whole = "".join(u.text for u in units if u is byline or (u.where or {}).get("continues") == byline.para_id)
    assert whole.replace(" ", "") == "来源：中央社2023/02/27记者赖怡萱"
    assert not any("萱" in u.text and "专区" in u.text for u in units)


def test_two_narrow_columns_glued_right_of_a_wide_column_s_place_are_cut():
    # -layout of a page with a wide first column and two narrow ones (ratios .5/.3/.2, gutters 2.5 mm): rows of
    # all three glued by one space, then rows where the first column's lines and the two others' glued lines
    # come in turns, the latter set in by the wide column's width. Such a row is no wider in characters than
    # the wide column's lines, but printed from the left margin it is: it is cut at its gutter
    wide = [a + b[:12] for a, b in zip(LEFT, ABOVE, strict=True)] + [a + b[:12] for a, b in zip(ABOVE, LEFT, strict=True)]
    narrow2 = COL3 + COL4
    narrow3 = [r[:12] for r in COL2 + COL2[::-1]]
    rows = [" ".join(cells) for cells in zip(wide[:4], narrow2[:4], narrow3[:4], strict=True)]
    for k in range(4, 12):
        rows += [wide[k], " " * 32 + narrow2[k] + " " + narrow3[k]]
    raw = "\n".join([*rows, *BELOW]) + "\n"
    texts = [ln.sq for ln in spaced_order(raw, split_lines(raw))]
    for k in range(4, 12):
        assert narrow2[k] in texts and narrow3[k] in texts


def test_two_later_columns_glued_in_turns_with_the_first_column_s_lines_are_cut_at_its_width():
    # pdftotext's default mode on a page of a wide and two narrow columns: rows of all three glued by one space
    # (wider than any line), then the two narrow columns' lines glued, in turns with the wide column's lines
    # (as wide as those: width cannot tell them), and bullet sub-heads with a space ("■ 主要特点", too short to
    # hold two columns' lines). The glued narrow lines are cut where the three-column rows show the second
    # column's width
    wide = [a + b[:12] for a, b in zip(LEFT, ABOVE, strict=True)] + [a + b[:12] for a, b in zip(ABOVE, LEFT, strict=True)]
    narrow2 = [r[:18] for r in COL3 + COL4]
    narrow3 = [r[:12] for r in COL2 + COL2[::-1]]
    rows = [" ".join(cells) for cells in zip(wide[:7], narrow2[:7], narrow3[:7], strict=True)]
    for k in range(7, 12):
        rows += [wide[k], narrow2[k] + " " + narrow3[k]] + (["■ 主要特点", "■ 背景情况"] if k % 2 else [])
    raw = "\n".join([*rows, *BELOW]) + "\n\f"  # (a PDF extract's page)
    texts = [ln.sq for ln in spaced_order(raw, split_lines(raw))]
    for k in range(7, 12):
        assert narrow2[k] in texts and narrow3[k] in texts


def test_a_gutter_between_two_digits_in_a_band_of_four_columns_is_cut_where_the_neighbours_have_theirs():
    # "…史特拉斯堡。1949 11月，所屬…": the third column's line ends with a year and the fourth's opens with a
    # number, so that gutter has no wide character beside it; the lines above and below are cut at three
    # gutters, and the line at the two it shows and at the space between the digits where theirs stands
    third = list(COL3)
    fourth = list(COL4)
    third[2] = third[2][:14] + "1949"
    fourth[2] = "11" + fourth[2][2:]
    rows = [" ".join(cells) for cells in zip(LEFT, COL2, third, fourth, strict=True)]
    raw = "\n".join([*ABOVE, *rows, *BELOW]) + "\n\f"
    texts = [ln.sq for ln in spaced_order(raw, split_lines(raw))]
    assert third[2] in texts and fourth[2] in texts
    # a space between two digits inside a column's line, away from the neighbours' gutters, stays
    third[2] = third[2][:4] + "19 49" + third[2][9:]
    rows = [" ".join(cells) for cells in zip(LEFT, COL2, third, COL4, strict=True)]
    raw = "\n".join([*ABOVE, *rows, *BELOW]) + "\n\f"
    assert third[2].replace(" ", "") in [ln.sq for ln in spaced_order(raw, split_lines(raw))]
