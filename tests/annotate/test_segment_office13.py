"""Office documents printed to PDF and extracted by pdftotext (batch 13's work plans, emergency plans, minutes)."""

from __future__ import annotations

from annotate.segment import segment_text

# prose wrapped at one width (pdftotext's default mode: no indents, no blank lines inside a paragraph)
PROSE = ("坚持问题导向和目标导向相结合，统筹推进各项重点任务落实，确保\n"
         "各项工作取得实效，为全区经济社会高质量发展提供坚实的组织保障。\n"
         "各部门要进一步提高思想认识，切实增强责任感和紧迫感，把这项工\n"
         "作摆上重要议事日程，主要负责同志亲自抓，分管负责同志具体抓，\n"
         "形成一级抓一级、层层抓落实的工作格局，确保各项措施落地见效。\n")
MORE = ("按照职责分工抓好各项工作的组织实施，定期调度工作进展情况，及\n"
        "时研究解决推进过程中遇到的困难和问题，加强督促检查和考核评估，\n"
        "对工作不力的单位和个人严肃问责，确保各项任务都能落到实处见效。\n")


def _units(raw: str) -> list[tuple[str, str]]:
    return [(u.kind, u.text) for u in segment_text(raw, "d").units]


def test_a_heading_is_no_start_of_a_paragraph_that_opens_inside_a_quote() -> None:
    # the section's first line closes a quote opened in no line of the heading: the heading stays alone
    raw = (PROSE + "二、工作目标\n一流营商环境”的要求，在全区范围内形成一批可复制可推广的经验\n"
           "做法，切实提升群众的获得感和满意度，推动各项工作再上新台阶。\n"
           "2.1 先期处置\n便宜一些。”在他看来，当前阶段的各项准备工作已经基本就绪，下\n"
           "一步将按照计划有序推进，确保按期完成全部任务并及时总结经验。\n")
    units = _units(raw)
    assert ("heading", "二、工作目标") in units
    assert ("heading", "2.1先期处置") in units
    assert any(kind == "paragraph" and text.startswith("一流营商环境”") for kind, text in units)


def test_a_short_numbered_head_is_whole_over_a_tables_first_cell() -> None:
    # "3 响应分级" over the first cell of a ruled table that the extract printed one cell a line
    cells = "级别\n\n启动条件\n\n响应负责人\n\nⅠ级\n\n造成人员伤亡的事件\n\n总经理\n\n"
    for head in ("3 响应分级", "三、响应分级"):
        units = _units(PROSE + "\n" + head + "\n" + cells + MORE)
        assert ("heading", head.replace(" ", "")) in units, units[:4]
        assert not any(text.startswith(head.replace(" ", "")) and text != head.replace(" ", "") for _, text in units)


def test_a_field_line_after_a_full_line_ending_a_sentence_is_its_own_unit() -> None:
    # a memo's distribution line under the last paragraph, whose last line ends a sentence at the full width
    raw = PROSE + MORE + "抄送：集团党委委员，各部门，各子公司。\n滨江港务集团办公室\n"
    units = _units(raw)
    assert any(kind == "paragraph" and text.endswith("落到实处见效。") for kind, text in units)
    assert any(text == "抄送：集团党委委员，各部门，各子公司。" for _, text in units)


def test_an_attachment_list_and_the_office_under_it_are_apart() -> None:
    # -raw: no blank lines; "附件：1.…" / "2.…" are two items and the issuing office is no item's second line
    raw = PROSE + "附件：1.工作任务分解表\n2.联络员名单\n滨江区市场监督管理局\n2024年5月22日\n"
    texts = [text for _, text in _units(raw)]
    assert "附件：1.工作任务分解表" in texts
    assert "2.联络员名单" in texts
    assert "滨江区市场监督管理局" in texts


def test_a_long_title_wrapped_inside_a_word_is_one_unit() -> None:
    # the title's first line is too long for a title broken by hand, and "整治" runs across the break
    raw = ("滨江区市场监督管理局关于开展校园食品安全专项整\n治工作方案\n"
           "filip的父母都是很严厉的老师，对学生的要求一向很高，平时也不苟言笑，\n" + PROSE)
    units = _units(raw)
    assert units[0] == ("title", "滨江区市场监督管理局关于开展校园食品安全专项整治工作方案")
    assert units[1][1].startswith("filip的父母")


def test_an_ocr_spaced_position_and_name_under_a_title_is_no_second_title_line() -> None:
    # -layout with OCR-like spaces inside the words: the wide gap still sets the position apart from the name
    raw = ("            2024年 度述职报告\n            生 产 技术部 经理   陈军子\n\n\n各位领导、同事们：\n"
           + PROSE)
    units = _units(raw)
    assert units[0] == ("title", "2024年度述职报告")


def test_a_layout_tables_rows_with_long_cells_lined_up_are_cut_into_cells() -> None:
    # -layout: a response-level table whose middle column holds long cells (with "、"), its columns lined up
    rows = ("级别         启动条件                    响应负责人\n"
            "Ⅰ级         造成人员伤亡或影响供应范围超过一万户的事件   总经理\n"
            "Ⅱ级         影响供应范围一千户以上、一万户以下的事件    分管副总经理\n"
            "Ⅲ级         影响范围较小、可由部门自行处置的事件      部门负责人\n\n\n")
    units = _units(PROSE + "\n3 响应分级\n" + rows + MORE)
    assert ("debris", "影响供应范围一千户以上、一万户以下的事件") in units
    assert ("debris", "分管副总经理") in units
    assert ("heading", "3响应分级") in units
    assert any(kind == "paragraph" and text.startswith("按照职责分工") for kind, text in units)


def test_a_revision_tables_dates_are_cells() -> None:
    rows = "修订记录\n版本 修订内容 修订日期\nA/1 首次发布 2023年1月5日\nA/2 增加抽样规定 2024年2月20日\n"
    units = _units(PROSE + rows + MORE)
    assert ("debris", "2024年2月20日") in units
    assert ("heading", "修订记录") in units


def test_a_memos_first_field_is_no_second_line_of_its_title() -> None:
    raw = ("內部通告\n致：全體員工\n由：人力資源部\n日期：2024年5月6日\n事由：關於調整夏季辦公時間的安排\n"
           "1.　為配合節能減排及員工身心健康，公司決定由2024年6月1日起至9月30日止，調整\n"
           "夏季辦公時間，各部門須按以下安排執行，如有查詢請與人力資源部聯絡。\n")
    texts = [text for _, text in _units(raw)]
    assert texts[:2] == ["內部通告", "致：全體員工"]


def test_a_layout_tables_wrapped_cells_go_on_in_their_columns() -> None:
    # an agenda: times, items and speakers lined up, one item and its speaker wrapped onto a line of their own
    rows = ("时间              议程                    发言人\n"
            "9:00-9:20       集团董事长作2023年度工作报告      王志强\n"
            "9:20-9:50       各事业部负责人汇报年度重点工作完成     各事业部\n"
            "                情况及2024年工作思路          负责人\n"
            "9:50-10:10      表彰2023年度先进集体和先进个人     赵丽\n")
    units = _units(PROSE + "会议议程\n" + rows + "会议要求\n" + MORE)
    assert ("debris", "情况及2024年工作思路") in units
    assert ("debris", "9:50-10:10") in units
    assert ("heading", "会议要求") in units
