"""Batch 8 web designs in text dumps: a live page's entries (annotate/segment/entries.py)."""

from __future__ import annotations

from annotate.segment import segment_text

ENTRY_A = "2008年，再度名列美国电影学会的百年来十大法庭剧情电影。"
ENTRY_B = "邓颖超还叮嘱身旁工作人员：「江青来，总理都不让我们出来。」"


def _units(raw: str) -> list[tuple[str, str]]:
    return [(u.kind, u.text) for u in segment_text(raw, "d").units]


def test_live_entries_time_is_meta_and_repeated_label_debris() -> None:
    raw = f"直播回顾\n\n导语在此。\n\n  • 09:23\n    主持人\n    {ENTRY_A}\n  • 09:15\n    主持人\n    {ENTRY_B}\n"
    units = _units(raw)
    assert units.count(("debris", "主持人")) == 2
    assert ("meta", "09:23") in units and ("meta", "09:15") in units
    assert ("paragraph", ENTRY_A) in units and ("paragraph", ENTRY_B) in units


def test_live_entries_without_blank_lines_or_bullets() -> None:
    raw = f"直播回顾\n\n导语在此。\n09:23\n主持人\n{ENTRY_A}\n09:15\n主持人\n{ENTRY_B}\n"
    units = _units(raw)
    assert ("paragraph", "导语在此。") in units
    assert units.count(("debris", "主持人")) == 2 and ("meta", "09:15") in units


def test_one_time_alone_or_labels_that_differ_are_left_alone() -> None:
    one = _units(f"标题\n\n{ENTRY_A}\n\n09:23\n主持人\n{ENTRY_B}\n")
    assert ("meta", "09:23") not in one
    differ = _units(f"标题\n\n09:23\n张三\n{ENTRY_A}\n09:15\n李四\n{ENTRY_B}\n")
    assert ("meta", "09:23") in differ and not any(k == "debris" for k, _ in differ)


def test_counter_bar_under_a_byline_is_debris_and_leaves_the_byline_alone() -> None:
    raw = f"直播回顾\n\n澎拜新闻记者 龙桂 覃子\n38.7万人参与\u3000刷新\u3000只看主持人\n\n{ENTRY_A}\n"
    units = _units(raw)
    assert ("debris", "38.7万人参与刷新只看主持人") in units
    assert ("byline", "澎拜新闻记者龙桂覃子") in units
    qa = _units(f"如何看待臺灣島？\n\n關注問題\u3000寫回答\u3000被瀏覽 79,949\n陸秀麗\u3000歷史學碩士\n\n{ENTRY_A}\n")
    assert ("debris", "關注問題寫回答被瀏覽79,949") in qa


def test_spaced_items_without_a_count_or_with_punctuation_are_not_a_bar() -> None:
    assert not any(k == "debris" for k, _ in _units(f"标题\n\n本报记者\u3000刘桂\u3000通讯员\u3000蔡桂源\n\n{ENTRY_A}\n"))
    assert not any(k == "debris" for k, _ in _units(f"标题\n\n共有3人受伤\u3000其中2人，已送医\n\n{ENTRY_A}\n"))


def test_date_and_caption_on_one_line_under_a_byline_are_cut_after_the_date() -> None:
    body = "西雙版納傣族自治州，簡稱西雙版納州，是中華人民共和國雲南省下轄的自治州。"
    for gap in ("\n\n", "\n"):
        units = _units(f"西雙版納：一段慢下來的旅程\n\n撰文：雷超濤\u3000攝影：彭桂雨{gap}6/4/2023 旅途中所見的街景。\n\n{body}\n")
        assert ("meta", "6/4/2023") in units
        assert any(text == "旅途中所見的街景。" for _, text in units)


def test_a_dated_line_that_is_not_under_a_byline_stays_whole() -> None:
    units = _units("标题\n\n2023-06-01 天气晴朗。\n\n正文在此，一段文字。\n")
    assert ("meta", "2023-06-01") not in units


def test_a_date_with_a_counter_after_it_stays_whole() -> None:
    units = _units("怡良\n\n文／孙丽娟\n\n2023.03.24 阅读 36947\n\n怡良，字悦亭，中国清朝官员。\n")
    assert ("meta", "2023.03.24") not in units


def test_live_entry_units_of_a_native_reader() -> None:
    from annotate.segment.entries import mark_entry_units

    texts = ["直播回顾", "09:23", "主持人", ENTRY_A, "09:15", "主持人", ENTRY_B]
    kinds = ["title"] + ["paragraph"] * 6
    mark_entry_units(kinds, texts)
    assert kinds == ["title", "meta", "debris", "paragraph", "meta", "debris", "paragraph"]
    one = ["paragraph"] * 3
    mark_entry_units(one, ["09:23", "主持人", ENTRY_A])
    assert one == ["paragraph"] * 3


def test_left_cell_cut_short_by_html2text_is_a_debris_unit_of_its_own() -> None:
    body = "　　1865年，美国内战结束，联邦取胜。美国政府作出实际行动，支持反抗军。"
    raw = ("中原�2023年09月09日　星期一\n版面导航    在拿破仑三世里读懂历史\n第01版：要�——记者探访拿破仑三世背后的故事\n"
           f"第02版：综�本报记者　刘桂　通讯员　蔡桂源\n第03版：城�{body}\n")
    units = _units(raw)
    for cell in ("版面导航", "第01版：要�", "第02版：综�", "第03版：城�"):
        assert ("debris", cell) in units
    assert any(text == "在拿破仑三世里读懂历史" for _, text in units)
    assert any(text.startswith("1865年") for _, text in units)
    assert not any(text == "中原�" for _, text in units)  # (a masthead over a date stays whole)


def test_a_single_broken_character_inside_prose_is_left_alone() -> None:
    raw = "标题\n\n正文在此，一段文�字，后面还有很多内容。\n"
    assert not any(k == "debris" for k, _ in _units(raw))


def test_a_field_table_with_labels_cut_short_is_left_alone() -> None:
    units = _units("標題\n\n發�新北市政府教育局\n發�112-07-10\n\n正文在此，一段文字。\n")
    assert not any(text in ("發�", "新北市政府教育局") for _, text in units)


def test_w3m_table_layout_left_cells_measured_in_display_columns_are_cut_off() -> None:
    pad = " " * 43
    prose = "在此之前，拿破仑曾劝吁马西米连诺，请求他离开墨西哥，但遭到后者拒绝。军事介入失败，"
    body = "".join(f"{pad}\u3000\u3000{prose}\n" if k % 4 == 0 else f"{pad}{prose}\n" for k in range(16))
    cells = ("版面导航", "第01版：要闻", "第02版：综合")
    right = ("在拿破仑三世里读懂历史", "——记者探访拿破仑三世背后的故事", "本报记者\u3000刘桂\u3000通讯员\u3000蔡桂源")
    head = "".join(f"{c}{' ' * (43 - sum(2 if ord(ch) > 0x2000 else 1 for ch in c))}{r}\n" for c, r in zip(cells, right, strict=True))
    units = _units(head + body)
    for cell in cells:
        assert ("debris", cell) in units
    assert any(text == "在拿破仑三世里读懂历史" for _, text in units)


def _html(body: str) -> list[tuple[str, str]]:
    from annotate.segment.readers.html import read_html

    page = f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>"
    doc, _ = read_html(page.encode("utf-8"), "d")
    return [(u.kind, u.text) for u in doc.units]


PROSE = "托木斯克州，位于西伯利亚平原东南部，是俄罗斯联邦主体之一。面积316,900平方公里，人口为1,070,128人，首府为托木斯克。"


def test_html_block_set_bold_by_its_style_is_a_heading_and_the_guide_runs_on() -> None:
    head = "<div style='font-weight:bold'>{}</div>"
    units = _html(head.format("托木斯克州相关资料查阅申请办事指南") + head.format("事项简介") + f"<p>{PROSE}</p>"
                  + head.format("办理流程") + "<p>1. 申请人通过网上平台或窗口提交查阅申请。</p>"
                  + head.format("收费标准") + "<p>不收费。</p>")
    assert ("heading", "办理流程") in units and ("heading", "收费标准") in units
    assert ("paragraph", "不收费。") in units


def test_html_headline_inside_a_frame_named_element_is_the_articles_header() -> None:
    units = _html("<div class='live-head'><span>正在直播</span><h1>直播回顾｜专家带你读懂周恩来</h1>"
                  f"<div>澎拜新闻记者 龙桂 覃子</div></div><p>{PROSE}</p>"
                  "<ul><li><div>09:23</div><div>主持人</div><div>" + ENTRY_A + "</div></li>"
                  "<li><div>09:15</div><div>主持人</div><div>" + ENTRY_B + "</div></li></ul>")
    assert ("title", "直播回顾｜专家带你读懂周恩来") in units and ("debris", "正在直播") in units
    assert ("meta", "09:23") in units and units.count(("debris", "主持人")) == 2


def test_html_subtitle_under_the_title_and_an_english_summary_stay_content() -> None:
    units = _html("<h1>在拿破仑三世里读懂历史</h1><div>——记者探访拿破仑三世背后的故事</div>"
                  f"<p>{PROSE}</p><h3>English Summary</h3><p>The exhibition opens to the public this month. "
                  "Admission is free.</p><div class='foot'>版权所有</div>")
    assert ("paragraph", "——记者探访拿破仑三世背后的故事") in units
    assert ("heading", "English Summary") in units
    assert any(k == "paragraph" and t.startswith("The exhibition") for k, t in units)


def test_outlet_reporter_with_spaced_names_is_a_byline_and_names_the_authors() -> None:
    doc = segment_text(f"直播回顾｜专家带你读懂周恩来\n\n澎拜新闻记者 龙桂 覃子\n\n{ENTRY_A}\n", "d")
    assert ("byline", "澎拜新闻记者龙桂覃子") in [(u.kind, u.text) for u in doc.units]
    assert doc.meta.author == "龙桂、覃子"


def test_answer_count_line_is_debris() -> None:
    units = _units(f"如何看待臺灣島？\n\n共 65 個回答\n陸秀麗\u3000歷史學碩士，關注地方史\n\n{ENTRY_B}\n")
    assert ("debris", "共65個回答") in units


def test_pdf_block_set_in_runs_on_across_its_lines(tmp_path) -> None:
    from pdf_samples import FONT, _canvas, _column, _para, _units

    path = tmp_path / "live.pdf"
    c = _canvas(path)
    c.setFont(FONT, 20)
    c.drawString(72, 770, "直播回顾专家解读")
    intro, entry = _para(1, 90), _para(2, 100).replace("。", "，") + "结束。"
    y = _column(c, intro, 72, 730, 40) - 6
    c.setFont(FONT, 10)
    c.drawString(102, y, "09:23")
    # the entry's text set in by three characters, every line at that indent, lines ending mid-sentence
    y = _column(c, entry, 102, y - 15, 37, indent=False)
    c.showPage()
    c.save()
    units = _units(path)
    assert ("paragraph", entry) in units and ("paragraph", intro) in units


def test_attachment_file_names_one_a_line_are_debris_one_unit_each() -> None:
    units = _units(f"通知\n\n{ENTRY_A}\n\n附件：\n1.讲座报名回执表.doc\n2.讲座日程安排.pdf\n")
    assert ("debris", "1.讲座报名回执表.doc") in units and ("debris", "2.讲座日程安排.pdf") in units


def test_html_time_element_is_meta() -> None:
    units = _html(f"<h1>西雙版納：一段慢下來的旅程</h1><div>撰文：雷超濤</div><time> 6/4/2023 </time><p>{PROSE}</p>")
    assert ("meta", "6/4/2023") in units


def test_headline_over_a_subtitle_over_the_byline_is_the_title() -> None:
    raw = (f"版面导航\n\n第01版：要闻\n\n第02版：综合\n\n在拿破仑三世里读懂历史\n\n——记者探访拿破仑三世背后的故事\n\n"
           f"本报记者\u3000刘桂\u3000通讯员\u3000蔡桂源\n\n{PROSE}\n")
    units = _units(raw)
    assert ("title", "在拿破仑三世里读懂历史") in units


def test_printed_page_section_heads_without_bold_are_headings() -> None:
    from annotate.segment.readers.article import _section_heads

    texts = ["如何看待臺灣島？", "928人贊同了該回答", "先說結論", PROSE, "再談細節", PROSE + "又一段。", "相關問題"]
    kinds = ["title", "debris", "paragraph", "paragraph", "paragraph", "paragraph", "paragraph"]
    _section_heads(kinds, texts, [3, 5])
    assert kinds[2] == "heading" and kinds[4] == "heading" and kinds[6] == "paragraph"
    lone = ["title", "paragraph", "paragraph"]
    _section_heads(lone, ["标题", "阅读全文", PROSE], [2])  # no head between prose: a label above stays
    assert lone[1] == "paragraph"


def test_w3m_image_mark_related_list_and_a_year_last_date_under_the_byline() -> None:
    raw = (f"西雙版納：一段慢下來的旅程\n\n撰文：雷超濤\u3000攝影：彭桂雨\n6/4/2023\n\n[a]\n旅途中所見的街景。\n\n{PROSE}\n\n"
           "你可能也喜歡\n\n老城區的咖啡地圖\n離島一日遊全攻略\n博物館夜間開放\n")
    units = _units(raw)
    assert ("meta", "6/4/2023") in units and ("debris", "[a]") in units
    assert ("debris", "老城區的咖啡地圖") in units and ("debris", "博物館夜間開放") in units


def test_author_by_handle_is_a_byline() -> None:
    doc = segment_text(f"关于国旗，你可能不知道的事\n\n作者：@行走的老陈\n发布于 2024-03-06 23:30\n\n{PROSE}\n", "d")
    assert ("byline", "作者：@行走的老陈") in [(u.kind, u.text) for u in doc.units]
    assert doc.meta.author == "行走的老陈"
