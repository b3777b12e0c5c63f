"""The text route on pdftotext extracts of batch 10's print designs, fix10pa part (dev10, docs/segmentation.md): small made-up
extracts, one rule each."""

from segment_samples import squashed_units as units

ARTICLE = "本会是由本市相关领域的工作者和爱好者自愿结成的地方性、非营利性社会组织，依法开展活动。"
FIRST = "元朝后期，杂剧创作中心逐步南移，加强与温州发扬的南戏的交流，到元末"
REST = ["成为传奇，明清时发展出昆剧和粤剧。当时散曲四大名家有关汉卿、马致远、张可",
        "久与乔吉，有名的《南吕．一枝花》反映作者乐观和顽强精神。"]


def test_a_bold_article_number_printed_apart_joins_its_article():
    got = units("临川市地方文化研究会章程\n\n第一条\n\n" + ARTICLE + "\n\n第二条\n\n本会的宗旨是：\n\n"
                "（一）团结和联系广大会员，繁荣地方文化事业；\n")
    assert ("paragraph", "第一条" + ARTICLE) in got
    assert any(text == "第二条本会的宗旨是：" for _, text in got)


def test_an_article_number_alone_under_a_chapter_head_is_no_part_of_the_head():
    got = units("临川市地方文化研究会章程\n\n第二章\n第四条\n\n业务范围\n\n" + ARTICLE + "\n\n第五条\n\n" + ARTICLE + "\n")
    assert any(text == "第二章" for _, text in got)
    assert not any(text.startswith("第二章第四条") for _, text in got)


def test_a_letter_spaced_chapter_head_printed_a_word_a_line_is_one_heading():
    got = units("临川市地方文化研究会章程\n\n第一章\n\n总\n\n则\n\n第一条\n\n" + ARTICLE + "\n\n第二条\n\n" + ARTICLE + "\n")
    assert ("heading", "第一章总则") in got


def test_the_first_line_of_an_article_set_apart_by_a_blank_line_goes_on_below():
    got = units("临川市地方文化研究会章程\n\n第五条\n\n" + FIRST + "\n\n" + "\n".join(REST) + "\n\n第六条\n\n" + ARTICLE + "\n")
    assert any(text == "第五条" + FIRST + "".join(REST) for _, text in got)


PASSAGE = ("直到今日，中餐馆始终是许多华侨踏入欧洲的第一台阶。餐馆种类繁多，由专为附近上班族提供午餐的廉价餐馆，"
           "到提供美酒佳肴的正式餐馆，应有尽有。依照餐馆的格调，顾客的衣著亦由轻便服饰到正式服装各有不同。")


LAYOUT_EXAM = f"""                  八年级语文试卷

密     一、积累与运用（共20分）
      1．下列词语中，加点字的注音全部正确的一项是（    ）（3分）
封
      A．憧憬（chōng）      静谧（mì）
线     B．嗔怪（chēn）      踌躇（chú）
      C．脑髓（suǐ）      嶙峋（xún）
内     D．骈进（pián）      伫立（zhù）
      2．下列句子中，没有语病的一项是（    ）（3分）
不     A．通过这次活动，使我们认识到了团结的重要性。
      B．能否保持良好的心态，是考试取得成功的关键。
要
      {PASSAGE[:44]}
答     {PASSAGE[44:88]}
      {PASSAGE[88:]}
"""


def test_a_sealing_line_set_down_the_margin_is_cut_off_the_lines_beside_it():
    got = units(LAYOUT_EXAM)
    for ch in "密封线内不要":
        assert ("debris", ch) in got
    assert ("heading", "一、积累与运用（共20分）") in got or any(t == "一、积累与运用（共20分）" for _, t in got)
    assert any(t == "A．憧憬（chōng）静谧（mì）" for _, t in got)
    assert any(t == "B．嗔怪（chēn）踌躇（chú）" for _, t in got)
    assert not any(len(t) > 1 and t[0] in "密封线内不要答题" and t[1] in "一1ABCD直" for _, t in got)


def test_a_vertical_column_that_raw_mode_prints_first_is_one_debris_unit_a_character():
    got = units("密\n封\n线\n内\n不\n要\n答\n题\n2023—2024学年第一学期期末质量检测\n八年级语文试卷\n一、积累与运用（共20分）\n")
    assert [t for _, t in got[:8]] == list("密封线内不要答题")
    assert all(k == "debris" for k, _ in got[:8])
    assert any(t == "2023—2024学年第一学期期末质量检测" for _, t in got)


def test_an_exams_option_does_not_run_onto_the_next_option():
    wide = "      " + PASSAGE[:44]
    got = units("\n".join([wide, "    " + PASSAGE[44:88], "    " + PASSAGE[88:], "",
                           "    A．憧憬（chōng）              静谧（mì）　　　　　　嗔怪（chēn）",
                           "    B．嗔怪（chēn）               踌躇（chú）　　　　　　嗔怪（chēn）", ""]))
    assert sum(t.startswith(("A．", "B．")) for _, t in got) == 2


def test_a_label_in_black_brackets_alone_on_its_line_joins_neither_neighbour():
    got = units("川贝止咳糖浆说明书\n\n【药品名称】\n通用名称：川贝止咳糖浆\n\n【有效期】\n24个月\n【执行标准】\n"
                "《中国药典》2020年版二部\n\n【批准文号】\n国药准字H20665007\n")
    for label in ("【药品名称】", "【有效期】", "【执行标准】", "【批准文号】"):
        assert any(text == label for _, text in got), label
    assert any(text == "通用名称：川贝止咳糖浆" for _, text in got)
    assert any(text == "24个月" for _, text in got)


def test_a_footnote_marker_after_a_sentence_end_still_ends_the_paragraph():
    body = PASSAGE[:44] + "\n" + PASSAGE[44:88] + "\n" + "到元末成为传奇，明清时发展出昆剧和粤剧。①\n"
    got = units("传统村落的保护与利用\n\n" + body + "3.1.2   数据处理方法\n      本文采用变化率指标衡量各要素的变化程度，其计算公式为：\n"
                "      " + PASSAGE[:44] + "\n" + PASSAGE[44:] + "\n")
    assert any(text.endswith("昆剧和粤剧。①") for _, text in got)
    assert any(text == "3.1.2数据处理方法" for _, text in got)


def test_a_short_label_under_a_short_numbered_head_is_no_second_line_of_it():
    got = units("RO-3200型家用淨水器使用說明書\n\n二、安全注意事項\n警告\n本產品只能使用市政自來水，嚴禁接入熱水，水壓過高時請加裝減壓閥。\n\n"
                "五、技術參數\n額定電壓\n220V-50Hz\n")
    assert any(text == "二、安全注意事項" for _, text in got)
    assert any(text == "警告" for _, text in got)
    assert any(text == "五、技術參數" for _, text in got)


def test_an_articles_first_line_short_by_its_run_in_numbers_gap_goes_on():
    lines = ["临川市地方文化研究会章程", "第一章 总 则",
             "第一条 本会名称为临川市地方文化研究会（以下简称本会），英文名称另行确定。",
             "第二条 本会是由本市相关领域的工作者和爱好者自愿结成的地方性、非营利性社会",
             "组织。",
             "第三条 元朝后期，杂剧创作中心逐步南移，加强与温州发扬的南戏的交流，到元末",
             "成为传奇，明清时发展出昆剧和粤剧。当时散曲四大名家有关汉卿、马致远、张可久与乔",
             "吉，有名的《南吕．一枝花》反映作者乐观和顽强精神；《恁阑人》追求文字技巧，脱离",
             "散曲特有风格；描写景物的《水仙子》雅俗兼备，以出奇制胜；其中描写自然景物的曲子",
             "《天净沙》刻划出一幅秋郊夕照图，情景交融，色彩鲜明，被称为「秋思之祖」。",
             "第四条 本章程的解释权属本会理事会。"]
    got = units("\n".join(lines) + "\n")
    assert any(text == lines[3].replace(" ", "") + "组织。" for _, text in got)
    assert any(text.startswith("第三条元朝后期") and text.endswith("秋思之祖」。") for _, text in got)
