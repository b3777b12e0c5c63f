"""The text route on print extracts, session 11's print-side fixes (fixp; docs/segmentation.md): small made-up
extracts, one rule each."""

from segment_samples import squashed_units as units

PROSE = ["至于太阳神阿波罗和文艺女神缪斯等则直接进入罗马神话，", "连名字都没有变。当然，古罗马文学也并非全是古希腊文学的仿",
         "造品，因为它毕竟是罗马社会的产物，其采用的语言是拉丁语。", "在西方学术界，古罗马文学被认为是广义的拉丁文学的一部分。",
         "与古希腊海洋民族不同，古罗马属于内陆民族，主要以耕牧方式", "生存，具有上古农民和牧民粗鄙、蒙昧、淳朴的特点。"]


def test_a_label_in_black_brackets_under_a_line_as_wide_as_the_limit_opens_a_unit():
    # (-raw: the field line above reaches the width the text's lines are cut at, yet the label is no wrap's rest)
    got = units("川贝止咳糖浆说明书\n【药品名称】\n通用名称：川贝止咳糖浆\n汉语拼音：Chuanbei Zhike Tangjiang\n【成份】\n"
                "川贝母、枇杷叶、桔梗、薄荷脑。辅料为蔗糖、苯甲酸钠。\n【药理作用】\n" + "\n".join(PROSE) + "\n")
    assert any(text == "【成份】" for _, text in got)
    assert any(text == "汉语拼音：ChuanbeiZhikeTangjiang" for _, text in got)


QUESTIONS = ["1．下列词语中，加点字的注音全部正确的一项是（", "A．憧憬（chōng）", "B．嗔怪（chēn）",
             "2．下列句子中，没有语病的一项是（", "A．通过这次活动，使我们认识到了团结的重要性。",
             "B．能否保持良好的心态，是考试取得成功的关键。", "3．文章第二段主要写了什么内容？请简要概括。（4分）",
             "4．结合全文，谈谈你对文章标题的理解。（4分）"]


def test_a_sealing_line_that_a_default_mode_extract_printed_a_character_a_line_on_every_page_is_debris():
    # each page: a question, then a character of the margin column alone on its line (under the line, no blank
    # line between, or between blank lines), the same eight characters on both pages
    pages = []
    for questions in (QUESTIONS, [q.replace("．", "．（二）", 1) for q in QUESTIONS]):
        for question, char in zip(questions, "密封线内不要答题", strict=True):
            pages += [question, char, ""]
        pages[-1] = "\f"
    got = units("八年级语文试卷\n\n" + "\n".join(pages))
    for char in "密封线内不要答题":
        assert got.count(("debris", char)) == 2, char
    assert not any(text.endswith("是（线") for _, text in got)


def test_one_page_of_characters_alone_is_no_margin_column():
    page = []
    for question, char in zip(QUESTIONS, "密封线内不要答题", strict=True):
        page += [question, char, ""]
    got = units("八年级语文试卷\n\n" + "\n".join(page) + "\n\f" + "\n".join(QUESTIONS) + "\n\f")
    assert ("debris", "封") not in got


def test_a_table_cell_alone_does_not_take_the_line_under_it_that_closes_a_bracket_opened_above():
    got = units("八年级语文试卷\n（考试时间：120分钟\n题号\n\n一\n\n满分：120分）\n\n二\n\n三\n\n总分\n\n"
                "一、积累与运用（共20分）\n\n" + "\n\n".join(QUESTIONS[4:]) + "\n")
    assert not any(text.startswith("一满分") for _, text in got)
    assert any(text == "满分：120分）" for _, text in got)


def test_a_print_code_over_the_page_counter_is_furniture_not_the_paragraph_s_last_line():
    # (default mode prints the footer's code right under the page's last line, the counter after a blank line)
    got = units("【药理作用】\n" + "\n".join(PROSE[:5]) + "\nSMS-95001-02\n\n第1页／共1页\n\n\f")
    assert ("debris", "SMS-95001-02") in got
    assert any(text == "".join(PROSE[:5]) for _, text in got)


COLUMN = ["现在大部分西方国家已不再将自杀和自杀未", "遂视为非法，但自杀在许多国家仍属于犯罪行为", "在20和21世纪，自杀已成为特殊情况下的抗议形",
          "式，敢死队和自杀炸弹则用来作为军事战略或恐", "怖攻击，由于拥有较多因数，六。"]


def test_a_data_line_of_fields_set_apart_by_spaces_takes_no_prose_line_as_wide_under_it():
    # (-raw, a plate's entry: number and name, the data line, then the caption's prose, whose first line is as wide)
    got = units("江州博物馆藏品图录\n" + "\n".join(COLUMN) + "\n图版14\n14 王翚 仿古山水册\n清 纸本水墨 每开纵26厘米 横33厘米\n"
                "大专毕业的年青记者吕文骏（潘志文饰）\n有理想，凭著才智和正直，在工作上崭露头角。\n" + "\n".join(COLUMN) + "\n")
    assert not any(text.startswith("清纸本水墨") and "大专" in text for _, text in got)


REPORT = ["现在，我代表市人民政府，向大会报告工作，请予审议，并请市政", "协委员和其他列席人员提出意见。",
          "新时期以来，我国的散文创作出现了好势头，散文创作持续热闹火", "爆，涌现了一批专事散文的作家；一些学者、诗人、小说家、评论",
          "家、艺术家也跻身进来；散文书籍俏销，散文刊物增多，散文评论", "也日趋活跃。"]


def test_a_subtitle_that_fills_the_measure_takes_neither_the_speaker_nor_the_salutation_under_it():
    # (-raw: no blank lines; the subtitle as wide as the report's lines, the speaker's name, then "各位代表：")
    got = units("政府工作报告\n——2023年1月5日在南浦市第十二届人民代表大会第二次会议上\n南浦市人民政府市长 罗玉\n各位代表：\n"
                + "\n".join(REPORT) + "\n")
    texts = [t for _, t in got]
    assert "——2023年1月5日在南浦市第十二届人民代表大会第二次会议上" in texts
    assert "南浦市人民政府市长罗玉" in texts
    assert "各位代表：" in texts


def test_table_rows_with_a_long_label_and_big_figures_are_debris():
    rows = ["          项目                  2022年             2021年         本年比上年增减",
            "         营业收入              5,196,676,841     2,294,135,867      11.82%",
            "   归属于上市公司股东的净利润           118,559,874       650,365,365        -1.53%"]
    wide = ["1997年4月，国务院办公厅批准成立了中国环境管理体系认证指导委员会，由原国家环保局牵头，负责",
            "对我国环境管理体系认证工作的统一管理和指导。另一方面，由于计划经济体制的惯性和市场机制的",
            "不健全，重复建设问题不仅没有得到有效控制，在一些产业和地区还出现日益严重的现象。"]
    got = units("\n".join(wide) + "\n\n第二节    公司基本情况\n1．主要会计数据和财务指标\n\n" + "\n".join(rows) + "\n\n\n"
                + "\n".join(wide) + "\n")
    # one debris unit per cell (the corpus convention settled in session 13)
    assert [("debris", c) for c in ("归属于上市公司股东的净利润", "118,559,874", "650,365,365", "-1.53%")] == \
        got[got.index(("debris", "归属于上市公司股东的净利润")):][:4]
    assert any(text == "".join(wide) for k, text in got if k == "paragraph")


def test_a_newspaper_page_label_under_the_page_s_last_line_is_furniture():
    # (default mode: the page label "A5" right under the page's last line, which ends mid-sentence; the next page's
    # masthead after the form feed)
    got = units("临川晚报\n\n" + "\n".join(REPORT[:5]) + "\nA5\n\n\f临川晚报\n\n2023年6月15日\n\n" + "\n".join(REPORT[5:]) + "\n\n\f")
    assert ("debris", "A5") in got
    assert not any(text.endswith("A5") and len(text) > 2 for _, text in got)


def test_a_kicker_of_two_words_joined_by_a_middle_dot_under_the_masthead_is_furniture():
    # (-raw: masthead, date line, kicker, headline, subtitle, byline, no blank lines)
    got = units("青阳日报\n2023年8月24日 星期一 第5版 要闻\n聚焦·基层\n青阳老旧小区改造惠及万户居民\n——群众满意度持续提升\n"
                "本报记者 吴建 黄明\n" + "\n".join(REPORT) + "\n")
    assert ("debris", "聚焦·基层") in got
    assert any(text == "青阳老旧小区改造惠及万户居民" for _, text in got)


def test_a_name_with_a_middle_dot_over_a_headline_s_second_line_is_no_kicker():
    got = units("约翰·列侬\n永远的披头士\n" + "\n".join(REPORT) + "\n")
    assert ("debris", "约翰·列侬") not in got


def test_a_book_s_running_head_over_a_section_head_at_a_later_page_s_top_is_furniture():
    # (-raw, with and without form feeds: page one's folio "40", then page two's running head over the section's head)
    for brk in ("40\n\f", "40\n"):
        got = units("第三章 人口與環境\n第一節 基本概念\n" + "\n".join(REPORT) + "\n" + brk + "高中地理 必修 第二冊\n第二節 影響因素\n"
                    + "\n".join(REPORT) + "\n41\n")
        assert ("debris", "高中地理必修第二冊") in got, brk
        assert any(text == "第二節影響因素" for _, text in got), brk


def test_a_photo_caption_s_credit_set_apart_by_a_blank_line_stays_with_the_caption():
    got = units("青阳老旧小区改造惠及万户居民\n\n" + "\n".join(REPORT[:3]) + "\n\n图为青阳市民在社区服务中心办理业务。本报记者\n\n蔡秀英摄\n\n"
                + "\n".join(REPORT[3:]) + "\n")
    assert ("debris", "图为青阳市民在社区服务中心办理业务。本报记者蔡秀英摄") in got
