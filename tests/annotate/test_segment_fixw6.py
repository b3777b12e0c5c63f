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
