"""The text route on pdftotext dumps of newspaper and report pages (docs/segmentation.md §3–§5):
small made-up extracts, one rule each."""

from segment_samples import units

from annotate.segment import segment_text

BODY = [
    "马来穿山甲的爪厚及强壮，可以挖开蚂蚁的巢及撕开白蚁的土堆。它们没有牙齿，舌头很长及带有",
    "黏性，用来捕食蚂蚁及白蚁。它们的身体由一列列的鳞片及纤毛覆盖，脚部的皮肤呈粒状的，前肢",
    "上有垫。它们的尾巴上有三十个鳞片，体长约六十五厘米，尾巴长五十六厘米，重达十公斤左右。",
]


def test_a_papers_name_on_the_first_line_is_debris_not_the_titles_first_line():
    # pdftotext's default mode prints the masthead right above a short title (the date and page
    # label come later); the name alone on the first line is furniture, the title a unit of its own
    raw = "南海都市报\n王爱爱\n本报记者 黄丽华\n\n" + "\n".join(BODY) + "\n"
    got = units(raw)
    assert got[0] == ("debris", "南海都市报")
    assert got[1] == ("title", "王爱爱")
    assert got[2][0] == "byline"


def test_a_page_label_under_the_masthead_is_debris():
    raw = "南海都市报 2024-10-08\nA8 国际\n王爱爱\n本报记者 黄丽华\n" + "\n".join(BODY) + "\n"
    got = units(raw)
    assert ("debris", "A8国际") in got  # (a space between a letter-digit code and hanzi closes up)
    assert ("title", "王爱爱") in got


def test_a_word_with_an_edition_like_code_is_not_a_page_label():
    raw = "B52轰炸机\n" + "\n".join(BODY) + "\n"
    assert units(raw)[0] == ("title", "B52轰炸机")


def test_a_papers_own_dateline_with_its_reporters_is_a_byline():
    for line in ("本报广州电 记者王海燕 刘芳", "本報台北6月1日電（記者陳怡君）", "本报讯 记者 王某"):
        raw = "六耳铃：回顾与展望\n" + line + "\n\n" + "\n".join(BODY) + "\n"
        got = units(raw)
        assert got[0] == ("title", "六耳铃：回顾与展望"), line
        assert got[1][0] == "byline", line


def test_a_table_printed_one_cell_per_line_is_debris_cell_by_cell():
    cells = ["項目", "數量", "備註", "一", "12", "已完成", "二", "3.5", "進行中"]
    raw = "\n".join(BODY) + "\n" + "\n\n".join(cells) + "\n\n責任編輯：王淑芬\n"
    got = units(raw)
    assert got[0] == ("paragraph", "".join(BODY))
    assert got[1:1 + len(cells)] == [("debris", c) for c in cells]
    assert got[-1][0] == "meta"
    # the paragraph's last line is one character, right above the table: prose, not a cell
    last = BODY[2][:-1] + "广"  # (a paragraph a page cut off mid-word: "…广" / "播")
    raw = "\n".join(BODY[:2]) + "\n" + last + "\n播\n" + "\n\n".join(cells) + "\n"
    got = units(raw)
    assert got[0] == ("paragraph", "".join(BODY[:2]) + last + "播")
    assert got[1:] == [("debris", c) for c in cells]


def test_a_table_printed_one_cell_per_line_may_hold_long_sums():
    # a sum with thousands commas is a cell however long: the run of cells goes on through it
    cells = ["股东类型", "同意票数", "比例（%）", "反对票数", "比例（%）", "A股", "86,119,150", "99.98", "2,500", "0.02"]
    raw = "\n".join(BODY) + "\n表决情况：\n" + "\n\n".join(cells) + "\n\n" + "\n".join(b[::-1] for b in BODY) + "\n"
    got = units(raw)
    assert [(k, t) for k, t in got if t in cells] == [("debris", c) for c in cells]
    assert ("meta", "表决情况：") in got or not any(t.startswith("表决情况：股东") for _, t in got)


def test_numbered_headings_printed_apart_over_a_table_are_no_cells():
    # default mode prints a heading set with a gap after its number a block a line, as it prints a ruled table's
    # cells: the section numbers and their words at the head of the run are headings, the table under them cells
    heads = ["2.2", "考核指标完成情况"]
    cells = ["考核指标", "合同要求", "完成情况", "监测点位", "200个", "236个"]
    raw = "\n".join(BODY) + "\n" + "\n\n".join(heads + cells) + "\n"
    got = units(raw)
    assert [k for k, t in got if t == "2.2考核指标完成情况"] in (["heading"], ["title"])
    assert got[-len(cells):] == [("debris", c) for c in cells]
    # two headings in a row, nothing under them: no table at all
    heads = ["3", "保险费的支付", "3.1", "受益人", "3.2", "犹豫期"]
    got = units("\n".join(BODY) + "\n" + "\n\n".join(heads) + "\n\n" + "\n".join(b[::-1] for b in BODY) + "\n")
    assert [t for k, t in got if k == "heading"] == ["3保险费的支付", "3.1受益人", "3.2犹豫期"]
    assert all(kind != "debris" for kind, _ in got)
    # a table's row opens with a number and its words, a figure after them: cells all the same
    cells = ["1", "工程费用", "3,260", "2", "预备费", "476", "3", "建设费用", "842"]
    got = units("\n".join(BODY) + "\n" + "\n\n".join(cells) + "\n")
    assert got[1:] == [("debris", c) for c in cells]
    # a folio at a page's foot over the next page's running head: no heading
    cells = ["40", "高中地理", "第二节", "必修", "第二册", "影响因素", "12"]
    got = units("\n".join(BODY) + "\n\n" + "40\n\n\f" + "\n\n".join(cells[1:]) + "\n")
    assert "40高中地理" not in [t for _, t in got]


def test_short_lines_without_a_number_are_no_table():
    heads = ["概况", "历史", "地理", "人口", "经济", "文化"]
    raw = "\n\n".join(heads) + "\n"
    assert all(kind != "debris" for kind, _ in units(raw))


def test_a_headline_a_later_page_prints_at_its_top_is_that_pages_running_header():
    page1 = "巴黎第四区：回顾与展望\n本报广州电 记者周文斌 杨静\n\n" + "\n".join(BODY) + "\n"
    page2 = "\f巴黎第四区：回顾与展望\n\n" + "\n".join(b[::-1] for b in BODY) + "\n"
    got = units(page1 + page2)
    assert got[0][1] == "巴黎第四区：回顾与展望" and got[0][0] != "debris"
    assert ("debris", "巴黎第四区：回顾与展望") in got[2:]


def test_a_column_set_with_squeezed_punctuation_is_still_a_wrapped_column():
    # a typesetter that sets full-width punctuation half wide: 16 hanzi, or 16 hanzi and two commas,
    # fill the column; a short unpunctuated line above a full one is then a heading, not a pair of
    # title lines
    col = [
        "雄性较雌性大只它们的近亲是中华穿",
        "山甲，但体型较大，颜色较浅前爪较短。",
        "马来穿山甲每年会产一只幼穿山甲们会",
        "在秋天交配，到了冬天就产子出生后的",
        "幼穿山甲约需三个月的照顾而且很多时",
        "都是独居的，晚间活动，及很胆小它们",
        "的天敌有虎及云豹当感到威胁时就会卷",
        "曲成球状来保护腹部柔软的部位。",
        "占士邦（角色人物）",
        "占士邦是一个由伊恩法兰明所创作的虚",
        "构人物，是著名小说系列的主角，及后",
        "亦在大量衍生作品如电影游戏漫画等出",
        "现并担任主角他的编号是零零七而系列",
        "的俗称叫铁金刚。",
    ]
    got = units("\n".join(col) + "\n")
    assert ("heading", "占士邦（角色人物）") in got or any(t == "占士邦（角色人物）" for _, t in got)
    assert not any(t.startswith("占士邦（角色人物）占士邦") for _, t in got)


def test_a_bracketed_reprint_credit_is_meta_even_after_a_full_width_line():
    # a one-line paragraph that reaches the dump's width, then the credit (pdftotext -raw of a report)
    for credit in ("（本文轉載自聯合新聞網）", "（转载自澎湃新闻）"):
        raw = "\n".join(BODY) + "\n" + BODY[0][:-1] + "。\n" + credit + "\n"
        got = units(raw)
        assert got[-1] == ("meta", credit), credit
        assert all(credit not in t for _, t in got[:-1])


def test_a_page_header_a_later_page_prints_once_is_debris_either_way_round():
    for header in ("B7 焦点  2023-05-01 华东商报", "2023-05-01 华东商报  B7 焦点", "A3 生活 2021年10月8日"):
        raw = "\n".join(BODY[:2]) + "\n\f" + header + "\n\n\n" + BODY[2] + "\n"
        got = units(raw)
        assert [k for k, t in got if t.replace(" ", "") == header.replace(" ", "")] == ["debris"], header
        assert all(header.split()[0] not in t for k, t in got if k == "paragraph"), header


def test_an_agency_dateline_with_a_slashed_or_dashed_date_is_a_byline():
    for line in ("中央社記者林志明新竹2023/06/08電", "中央社記者林志明新竹2023-06-08電"):
        raw = "阿森納足球俱樂部\n" + line + "\n" + "\n".join(BODY) + "\n"
        got = units(raw)
        assert got[1] == ("byline", line), line


def test_a_column_gap_that_ocr_spaces_pushed_past_the_gutter_still_cuts_the_line():
    # two columns side by side (pdftotext -layout); then an OCR pass put single spaces between the
    # characters of one row, so its gap between the columns starts right of the page's gutter
    from test_segment_columns import LEFT, RIGHT, _page

    pushed = " ".join(LEFT[2][:16]) + LEFT[2][16:]  # 15 single spaces: the left text now ends at 34
    rows = _page(LEFT, RIGHT).split("\n")
    rows[2] = pushed + "  " + RIGHT[2]
    doc = segment_text("\n".join(rows), "doc")
    whole: dict[str, str] = {}  # a unit's pieces joined (file order keeps each column's lines in order)
    for u in doc.units:
        key = (u.where or {}).get("continues") or u.para_id
        whole[key] = whole.get(key, "") + u.text
    assert "".join(RIGHT[:4]) in whole.values()
    assert "".join(LEFT[:4]) in whole.values()


def test_an_outlet_and_date_beside_a_page_number_mid_paragraph_is_debris():
    # pdftotext -raw prints the next page's header inside a paragraph that runs on
    raw = BODY[0] + "\n" + BODY[1][:-1] + "\n臺灣地理學刊 2022年2月8日\n第2頁\n" + BODY[1][-1] + BODY[2] + "\n"
    got = units(raw)
    assert ("debris", "臺灣地理學刊2022年2月8日") in got
    assert got[0] == ("paragraph", BODY[0] + BODY[1][:-1])


def test_an_outlet_and_date_line_under_a_title_is_no_page_furniture():
    raw = "六耳铃\n聯合報 2023-06-01\n\n" + "\n".join(BODY) + "\n"
    assert units(raw)[1][0] != "debris"


def test_a_line_opening_with_a_comma_after_a_blank_does_not_join_a_numbered_heading():
    raw = "\n".join(BODY) + "\n\n1 林永康\n\n，预先估计的完成杆数；标准杆数也被定义为：在高\n"
    got = units(raw)
    assert ("heading", "1林永康") in got  # (a space between a digit and a hanzi closes up)


def test_a_table_cell_with_ocr_spaces_inside_is_one_cell():
    # pdftotext -layout sets the cells apart by runs of spaces; an OCR pass spaced one cell out
    rows = ["            項目   數量     備註", "            一    12     已完成", "            二    3.5    進 行 中"]
    raw = "\n".join(BODY) + "\n\n" + "\n".join(rows) + "\n\n編輯：許美玲\n"
    got = units(raw)
    assert got[1:10] == [("debris", c) for c in ["項目", "數量", "備註", "一", "12", "已完成", "二", "3.5", "進行中"]]


def test_a_short_stamp_beside_the_page_number_on_every_page_is_debris():
    pages = ["限閱\n— 1 —\n" + BODY[0] + "\n" + BODY[1] + "\n3．完善工作機制\n",
             "限閱\n— 2 —\n" + BODY[2] + "\n"]
    got = units("".join(pages))
    assert [t for k, t in got if t == "限閱"] == ["限閱", "限閱"]
    assert all(k == "debris" for k, t in got if t == "限閱")
    assert ("heading", "3．完善工作機制") in got


def test_a_short_line_beside_one_page_number_only_is_not_a_stamp():
    raw = BODY[0] + "\n— 1 —\n概况\n" + BODY[1] + "\n"
    assert all(k != "debris" for k, t in units(raw) if t == "概况")


def test_the_rest_of_a_reporters_name_wrapped_onto_its_own_line_joins_the_byline():
    raw = "雅魯藏布江：回顧與展望\n來源：聯合新聞網 2022-01-01 記者 鄭文\n傑\n雅魯藏布江\n" + "\n".join(BODY) + "\n"
    got = units(raw)
    assert got[1] == ("byline", "來源：聯合新聞網2022-01-01記者鄭文傑")
    assert got[2] == ("heading", "雅魯藏布江")


def test_a_short_line_under_a_byline_with_a_whole_name_stays_apart():
    raw = "雅魯藏布江：回顧與展望\n記者 鄭文傑\n概况\n" + "\n".join(BODY) + "\n"
    got = units(raw)
    assert got[1] == ("byline", "記者鄭文傑")


def test_a_reports_title_ending_in_bao_is_no_masthead():
    raw = "工作简报\n" + "\n".join(BODY) + "\n"
    assert units(raw)[0] == ("title", "工作简报")


def test_a_heading_at_the_top_of_the_page_after_a_table_of_contents_is_no_page_header():
    # the contents' last entry ends with its page number, not mid-sentence: the short line at the next page's top
    # opens the body (a heading), no header printed where a paragraph runs across the page break
    contents = ["目录", "一、历史沿革…………………………………………………………………………1",
                "二、背景情况…………………………………………………………………………2",
                "三、研究方法…………………………………………………………………………3"]
    raw = ("日本研究报告\n北方大学历史系　张明\n\n" + "\n".join(contents) + "\n\f一、历史沿革\n" + "\n".join(BODY)
           + "\n\f二、背景情况\n" + "\n".join(BODY[::-1]) + "\n")
    got = units(raw)
    assert got[0] == ("title", "日本研究报告")
    assert [k for k, t in got if t == "一、历史沿革"] == ["heading"]
