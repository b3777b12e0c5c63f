"""Text-route residuals of batch 14 web dumps (fixw6): one small synthetic dump per rule."""

from segment_samples import PARA1, PARA2, columns, squashed_units, units


def test_a_bracketed_note_over_a_centred_title_stays_apart():
    pad = " " * 40
    raw = (f"关于印发老旧小区改造实施方案的通知\n\n各街道办事处，区政府各部门：\n    {PARA1}\n"
           f"    现将方案印发给你们，请认真贯彻执行。\n\n{pad}{pad}江北区人民政府办公室\n{pad}{pad}2023年5月15日\n"
           f"{pad}（此件公开发布）\n{pad}老旧小区改造实施方案\n    一、总体要求\n    {PARA2}\n")
    got = units(raw)
    assert [t for _, t in got if "此件" in t] == ["（此件公开发布）"], got
    # an item number in brackets over its words is still one heading
    numbered = units(f"工作方案\n\n{PARA1}\n\n（一）\n组织领导\n{PARA2}\n")
    assert any(t.replace(" ", "") == "（一）组织领导" for _, t in numbered), numbered


def _references(caption):
    body = "\n".join(columns(PARA1 + PARA2 + PARA1, 128))
    refs = "\n".join(f"{i}. 郭红，赵建红. 某类疾病的临床研究[J]. 中华医学杂志，2020，45(8):165-99{i}" for i in (1, 2, 3))
    return f"陈娜\n\n个人简介\n{body}\n学术成果\n{refs}\n{caption}\n"


def test_a_short_line_under_a_list_item_that_a_wrap_did_not_cut_stays_apart():
    # w3m at 128 columns: the caption's word would have fitted on the item's line, so no wrap put it there
    got = units(_references("    近期排班\n┌────┬────┐\n│周一│周二│\n└────┴────┘\n患者评价"))
    assert [t for _, t in got if "近期排班" in t] == ["近期排班"], got


def test_html2text_s_table_border_with_its_caption_opens_the_table():
    # html2text leaves runs of hanzi unwrapped: the list's items are the widest lines that end mid-sentence
    refs = "\n".join(f"{i}. 郭红，赵建红. 某类疾病的临床研究[J]. 中华医学杂志，2020，45(8):165-99{i}" for i in (1, 2, 3))
    raw = f"陈娜\n个人简介\n{PARA1}\n{PARA2}\n学术成果\n{refs}\n __近期排班\n|周一|周二|\n|停诊|上午|\n患者评价\n"
    got = units(raw)
    assert not any("近期排班" in t and "杂志" in t for _, t in got), got


def test_a_counter_glued_onto_a_stamped_byline_is_cut_off():
    # w3m prints the page's inline pieces without the space the page never had: "…发布阅读量3564"
    raw = f"Python数据清洗实战\n\n码农小周于 2024-04-05 08:23:23 发布阅读量3564 收藏 41 点赞数 57\n\n{PARA1}\n\n{PARA2}\n"
    got = squashed_units(raw)
    assert ("byline", "码农小周于2024-04-0508:23:23发布") in got, got
    # a count glued onto prose stays in it
    prose = units(f"标题\n\n{PARA1}\n\n本文发布阅读量3564次，{PARA2}\n")
    assert any(t.startswith("本文发布阅读量3564次") for _, t in prose), prose


def test_a_table_of_words_with_padded_columns_is_cut_into_cells():
    table = "    参数     默认值    说明\n   mode  default 切分模式\n   cache true    是否缓存\n"
    got = squashed_units(f"fast-tokenizer\n\n   {PARA1}\n\n   配置项\n\n{table}\n   {PARA2}\n")
    for cell in ("参数", "默认值", "说明", "mode", "default", "切分模式", "cache", "true", "是否缓存"):
        assert ("debris", cell) in got, got
    # three lines of words set one space apart, not lined up: no table
    loose = squashed_units(f"标题\n\n{PARA1}\n\n张三 李四 王五\n赵六 孙七 周八\n吴九 郑十 冯一\n\n{PARA2}\n")
    assert not any(t in ("张三", "李四") for _, t in loose), loose


def test_a_header_block_s_title_row_loses_its_label_and_each_row_stands_alone():
    rows = ("   作者 kevinhsu (阿凱)", "   看板 Tech_Job", "   標題 [分享] 在新竹科學園區待了十年的一些觀察",
            "   時間 Sat Aug 3 09:15:52 2024")
    body = "\n".join("   " + ln for ln in columns(PARA1 + PARA2, 76))
    got = squashed_units("   [1]批踢踢實業坊 › [2]看板 Tech_Job\n\n" + "\n".join(rows) + f"\n{body}\n")
    assert ("debris", "標題") in got, got
    title = "[分享]在新竹科學園區待了十年的一些觀察"
    assert any(t == title for _, t in got), got
    assert not any("時間" in t and "觀察" in t for _, t in got), got
    # a metadata table whose title row repeats the title printed under it keeps its rows whole
    table = "索引号：11190842/2021-00704\n发布机构：湖南省文化和旅游厅\n标　　题：专家谈洛拉·帕尼亚尼\n发布日期：2021-05-21\n\n"
    meta = squashed_units(f"湖南省人民政府\n{table}专家谈洛拉·帕尼亚尼\n\n{PARA1}\n\n{PARA2}\n")
    assert ("debris", "标题") not in meta and any(t.startswith("标题：") for _, t in meta), meta
    # a line that opens with 標題 outside a header block keeps its words
    plain = squashed_units(f"標題 新竹科學園區的觀察\n\n{PARA1}\n\n{PARA2}\n")
    assert ("debris", "標題") not in plain, plain


def test_a_label_alone_over_a_blank_line_stands_alone():
    raw = (f"立法會會議過程正式紀錄\n\n   出席議員：\n\n   主席梁君彥議員，大紫荊勳賢，GBS，JP\n\n   石禮謙議員，GBS，JP\n\n"
           f"   {PARA1}\n\n   {PARA2}\n")
    got = squashed_units(raw)
    assert any(t == "出席議員：" for _, t in got), got


def test_a_paragraph_ending_in_a_comma_short_of_the_width_ends_at_a_blank_line():
    # a dump at 110 columns of a page that is not wrapped throughout (steps, short heads): its width is known
    steps = ("老薑切片，雞腿切塊。", "冷鍋冷油放入麻油與薑片，小火煸到捲曲。", "下雞肉炒到表面變白。", "倒入米酒煮滾後轉小火 20 分鐘")
    items = "\n".join(f"    {i}. {t}" for i, t in enumerate(steps, 1))
    tips = "\n".join("   " + ln for ln in columns(PARA2 + PARA1, 110))
    tail = "\n".join("   " + ln for ln in columns(PARA1[:100] + "歷任副董事長、總經理，", 110))
    raw = (f"   麻油雞\n\n   {PARA1}\n\n步驟\n\n{items}\n\n小叮嚀\n\n{tips}\n\n{tail}\n\n"
           "   這篇食譜對你有幫助嗎？ ★★★★★ (89 票)\n\n   你可能也會喜歡\n")
    got = squashed_units(raw)
    assert not any("總經理" in t and "食譜" in t for _, t in got), got


def test_comment_lines_each_closed_by_a_stamp_are_units_of_their_own():
    pushes = ("推 ricecake: 推推 過來人心有慼慼焉 03/12 22:50", "→ ricecake: 第二點真的很重要 03/12 22:51",
              "噓 nobodyhere: 又在畫大餅 03/12 23:07", "推 mapleleaf: 感謝分享，收藏了 03/13 00:12")
    body = "\n".join("   " + ln for ln in columns(PARA1 + PARA2, 78))
    raw = f"   從工程師轉職到管理崗的三年\n\n{body}\n   --\n" + "\n".join("   " + p for p in pushes) + "\n"
    got = squashed_units(raw)
    for push in pushes:
        assert any(t == "".join(push.split()) for _, t in got), got
