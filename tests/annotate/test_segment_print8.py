"""The text route on extracts of printed documents of batch 8 (docs/segmentation.md): small
made-up extracts, one rule each."""

from segment_samples import squashed_units as units

from annotate.segment import segment_text

BODY = [
    "黑龙江沿岸最早的居民是古亚细亚人，后受通古斯人压力，只分布于",
    "黑龙江下游，代表性民族是尼夫赫人，他们发展出发达的定居捕鱼与海",
    "兽文化。在秦朝与汉朝时，游牧民族，包括肃慎、鲜卑、蒙古、契丹、",
    "女真、鄂伦春等，都在这一带生活。",
]


OTHER = [
    "放之地。冯景尝言：今乌喇得流人，绳系颈，兽畜之。死则裸而弃诸野，",
    "乌鸢饱其肉，风沙扬其骨。康熙时始废流放乌拉，但雍正五年李煦又被",
    "流放至此。雍正十年在乌拉建成望祭殿。",
]


def test_english_keywords_line_after_the_abstract_is_meta_of_its_own():
    raw = ("近代社会变迁的几个侧面\n\n" + "\n".join(BODY) + "\n"
           "Abstract: Based on published sources, this article traces the course of the\n"
           "events and discusses several open questions. It argues that each event\n"
           "should be read within the society of its own time.\n"
           "Key words: local documents; historical memory; cultural exchange\n\n" + "\n".join(BODY) + "\n")
    got = units(raw)
    assert ("meta", "Keywords:localdocuments;historicalmemory;culturalexchange") in got
    assert any(k == "paragraph" and t.startswith("Abstract:") and t.endswith("time.") for k, t in got)


def test_a_sentence_printed_last_on_every_page_is_a_foot_note_in_the_margin():
    note = "本文为公开资料整理，仅供学习交流。"
    page1 = "\n".join(BODY[:3]) + "\n" + note + "\n\nPage 1\n\f"
    page2 = "\n".join(BODY[3:]) + "\n" + "\n".join(BODY[:2]) + "\n\n" + note + "\n\nPage 2\n\f"
    got = units(page1 + page2)
    assert [k for k, t in got if t == note] == ["debris", "debris"]
    assert not any(note in t for k, t in got if k != "debris")
    # printed once, the same sentence is the text's own
    once = units(page1.replace("Page 1", "1") + "\n".join(BODY) + "\n\f")
    assert [k for k, t in once if note in t] == ["paragraph"]


SPEECH = ["尊敬的各位來賓，女士們、先生們，朋友們：", "",
          "     大家上午好！今天，我們在這裡隆重舉行閱讀節開幕式。首先，我謹代表市委、市政府，向出席活動的各位嘉賓表示熱烈的歡迎！"]


def test_a_bracketed_date_under_a_speechs_title_is_meta_and_joins_neither_title_nor_speaker():
    for date in ("（2021年11月27日）", "（二〇二一年十一月二十七日）"):
        raw = "\n".join(["在城市閱讀節開幕式上的致辭", date, "臨江市副市長 康建俊", "", *SPEECH]) + "\n"
        got = units(raw)
        assert got[:2] == [("title", "在城市閱讀節開幕式上的致辭"), ("meta", date)]
        assert got[2] == ("byline", "臨江市副市長康建俊")  # the speaker: the office, a gap, a name


def test_a_magazines_staff_reporter_is_a_byline_under_the_headline_and_its_subtitle():
    raw = ("把冷门学问做成大众的风景\n——访学者雷浩\n本刊记者　段晓涵\n"
           "雷浩多年来致力于相关领域的研究与普及，出版著作多部。日前，\n"
           "本刊记者就研究心得与公众关心的话题对其进行了专访。\n")
    got = units(raw)
    assert got[0] == ("title", "把冷门学问做成大众的风景")  # not furniture above a headline chosen past it
    assert got[1][1] == "——访学者雷浩" and got[2] == ("byline", "本刊记者段晓涵")
    assert got[3][0] == "paragraph" and got[3][1].startswith("雷浩") and got[3][1].endswith("专访。")


def test_a_lists_label_alone_on_its_line_does_not_join_its_first_item():
    raw = ("一、关于文旅项目建设\n\n" + "".join(BODY) + "\n\n会议议定：\n（一）由办公室牵头，会同相关科室于本月底前完成资料汇总。\n"
           "（二）宣传方案由宣传科修改完善后，报分管领导审定。\n")
    got = units(raw)
    assert ("paragraph", "会议议定：") in got or ("heading", "会议议定：") in got
    assert any(t.startswith("（一）由办公室") for _, t in got)
    # a speaker's label still belongs to the speech below it
    got = units("访谈录\n\n" + "".join(BODY) + "\n\n记者：\n您最初是怎样进入这个领域的？\n")
    assert any(t == "记者：您最初是怎样进入这个领域的？" for _, t in got)


def test_a_letter_spaced_line_under_a_plain_short_line_is_a_unit_of_its_own():
    raw = "江州市临湖区人民法院\n民 事 判 决 书\n（2022）江1004民初1016号\n" + "".join(BODY) + "\n"
    got = units(raw)
    assert [t for _, t in got[:2]] == ["江州市临湖区人民法院", "民事判决书"]
    # two plain short title lines printed as one heading still make one unit
    got = units("坚持四个面向\n做好高新文章\n\n" + "".join(BODY) + "\n")
    assert got[0][1] == "坚持四个面向做好高新文章"


def test_an_entry_with_a_hanging_indent_is_one_paragraph():
    wrap = [
        "黑龙江沿岸最早的居民是古亚细亚人，后受通古斯人压力，只分布",
        "于黑龙江下游，代表性民族是尼夫赫人，他们发展出发达的定居捕",
        "鱼与海兽文化。在秦朝与汉朝时，游牧民族，包括肃慎、鲜卑、蒙",
    ]
    # the date stands out past the wrap (29), the rest of the first line fills it (30: a mark squeezed in)
    for first, rest in (("8月15日 义熙十一年，刘裕收杀司马休之在建康的次子司马文宝及侄儿司马文", "古、契丹等，都在这一带生活。"),
                        ("4月13日 植被是地球表面所覆盖的植物的总称，它是一个植物学或农学名词。", "古、契丹等，都在这一带生活。")):
        assert len(first.split()[1]) == 30
        raw = "2017年\n7月21日 与省内六家单位签订资料共享协议。\n" + first + "\n" + "\n".join(wrap) + "\n" + rest + "\n" \
              + "10月27日 馆藏资料数字化一期工程启动。\n" + "\n".join(wrap) + "\n"
        got = units(raw)
        assert ["".join(first.split()) + "".join(wrap) + rest] == [t for _, t in got if t.startswith(first[:5])]


def test_a_narrow_column_after_wider_text_is_joined_at_its_own_measure():
    wide = ("元朝的文字与语言方面，一般是通用蒙古语与汉语，然而一些说法认为入声字最早被认为在元朝官话消失。文字通行"
            "蒙古的八思巴字。八思巴文是元世祖时由国师八思巴根据当时的吐蕃文字而制定的一种文字，用以取代标音不够准确"
            "的畏兀儿蒙古文字。")
    column = ["元代社会因思想多元化、商业经济发达与交通便利，使得", "元帝国的强盛，是东亚地区的富裕大国，在欧洲人马可波",
              "罗的游记中，可以看出当时的盛况。随著理学影响的下降，", "在，亦如无夫，有子亦如无子，非理处事，习以成风。」。",
              "在此说明元朝社会的价值观念在变化，说明元代文学作品", "长期以来压在人们心头的封建礼教的磐石随之松动。"]
    # the dump cut the wide text at its width (55); the column's lines are 25 wide
    wide = wide * 3
    lines = [wide[i:i + 54] for i in range(0, len(wide), 54)]
    raw = "1　产品简介\n" + "\n".join(lines) + "\n\n3　背景资料\n" + "\n".join(column) + "\n"
    got = units(raw)
    assert ("paragraph", "".join(column)) in got
    # an exam's question and its first option stay apart
    q = ["1．下列對原文相關內容的理解和分析，正確的一項是（3分）", "A．文章開篇交代了事件發生的背景，為下文的論述作了鋪墊。"]
    got = units("\n".join(lines) + "\n\n" + "\n".join(q) + "\n")
    assert [t for _, t in got[-2:]] == q


def test_a_running_head_that_repeats_the_title_leaves_the_title_under_its_page_one_copy():
    head = "青山县地方志大事记（2017—2020）"
    page1 = head + "\n\n" + head + "\n青山县地方志办公室 编\n\n2017年\n" + "\n".join(BODY) + "\n\nP. 1\n\f"
    page2 = head + "\n\n" + "\n".join(BODY) + "\n\nP. 2\n\f"
    got = units(page1 + page2)
    assert [k for k, t in got if t == head] == ["debris", "title", "debris"]


def test_a_case_number_and_a_bulletins_issue_are_meta():
    for number in ("（2022）江1004民初1016号", "〔2023〕第8期"):
        got = units("民事判决书\n" + number + "\n" + "".join(BODY) + "\n")
        assert ("meta", number) in got


def test_lines_with_the_pages_own_number_are_furniture():
    from annotate.segment.rules import PAGE_COUNTER as COUNTER

    assert COUNTER.search("語文試題第1頁（共2頁）") and COUNTER.search("第3页共9页")
    para, other = "\n".join(BODY), "\n".join(OTHER)
    # a running head with the folio at the top of page 2, a foot line beside the folio at the foot of page 2
    raw = para + "\n\n1\n\f2 人與城：一部通俗史\n" + other + "\n\n2    人文视野 2023年第10期\n\f"
    got = units(raw)
    assert [("debris", "2"), ("debris", "人與城：一部通俗史")] == got[2:4]
    assert [("debris", "2"), ("debris", "人文视野2023年第10期")] == got[-2:]
    # the number must be the page's own: "3 人與城" on page 2 is not taken
    assert ("debris", "人與城：一部通俗史") not in units(raw.replace("2 人與城", "3 人與城"))
    # an exam's column footer, the title piece above its page counter: one unit
    got = units(para + "\n語文試題\n\n第1頁（共2頁）\n")
    assert got[-1] == ("debris", "語文試題第1頁（共2頁）")
    # pieces of a foot line under a lone page number at the end of the page: one unit
    got = units(para + "\n\n2\n\n人文视野\n\n2023年第10期\n\f")
    assert got[-2:] == [("debris", "2"), ("debris", "人文视野2023年第10期")]


def test_a_courts_signature_lines_are_meta_one_unit_each():
    sign = ["审　判　长　阎明海", "人民陪审员　马俊立", "人民陪审员　尹英", "二〇二二年十月十六日", "书　记　员　雷明"]
    got = units("民事判决书\n\n" + "".join(BODY) + "\n\n" + "\n".join(sign) + "\n")
    assert got[-5:] == [("meta", "".join(s.split())) for s in sign]
    # a role word at a sentence's start is no signature line
    got = units("民事判决书\n\n" + "".join(BODY) + "\n书记员雷明宣读了法庭纪律。\n")
    assert not any(k == "meta" for k, _ in got)


def test_the_title_over_its_english_title_and_the_court_over_its_judgment():
    got = units("近代社会变迁的几个侧面\nA Study of Historical Memory in Local Documents\n蔡燕博 姜博\n\n" + "".join(BODY) + "\n")
    assert got[:3] == [("title", "近代社会变迁的几个侧面"), ("meta", "AStudyofHistoricalMemoryinLocalDocuments"),
                       ("byline", "蔡燕博姜博")]
    got = units("江州市临湖区人民法院\n\n民 事 判 决 书\n（2022）江1004民初1016号\n\n" + "".join(BODY) + "\n")
    assert got[:3] == [("byline", "江州市临湖区人民法院"), ("title", "民事判决书"), ("meta", "（2022）江1004民初1016号")]


def test_a_line_of_three_labelled_fields_is_meta_even_with_its_gaps_scattered():
    line = "证券 代 码：600756 证 券简称：恒 远科技股份 公告编 号：2022-010"
    got = units(line + "\n\n恒远科技股份有限公司关于文化项目合作事项的公告\n\n" + "".join(BODY) + "\n")
    assert got[0] == ("meta", "".join(line.split()))
    assert got[1] == ("title", "恒远科技股份有限公司关于文化项目合作事项的公告")


def test_a_folio_and_the_line_printed_beside_it_are_two_debris_units():
    para, other = "\n".join(BODY), "\n".join(OTHER)
    raw = (para + "\nHX-700 使用说明书                                         1\n\f"
           + other + "\n本文为公开资料整理，仅供学习交流。                     Page 2\n\f"
           + "3   人文视野   2023年第10期\n" + "".join(BODY[::-1]) + "\n\nP. 3\n\f")
    doc = segment_text(raw, "doc")
    got = [(u.kind, "".join(u.text.split())) for u in doc.units]
    # ("人文视野   2023年第10期": -layout's strings three spaces apart, a unit each as dev8's gold has them, fixd21)
    for piece in ("HX-700使用说明书", "1", "本文为公开资料整理，仅供学习交流。", "Page2", "3", "人文视野", "2023年第10期", "P.3"):
        assert ("debris", piece) in got
    for u in doc.units:  # every unit's text maps back to the raw text
        for t, r, n in u.offsets:
            assert u.text[t:t + n] == raw[r:r + n]


def test_two_columns_page_counters_on_one_line_are_two_debris_units():
    got = units("\n".join(BODY) + "\n語文試題 第1頁（共2頁） 語文試題 第2頁（共2頁）\n")
    assert got[-2:] == [("debris", "語文試題第1頁（共2頁）"), ("debris", "語文試題第2頁（共2頁）")]


def test_two_page_counters_across_a_form_feed_on_one_line_cut_without_an_empty_offset_run():
    # a fuzz find: the cut's second part opened with the form feed, and its unit got a run of length 0
    from annotate.segment.normalize import check_offsets

    raw = "第3页共5页 \f第1頁共2頁"
    doc = segment_text(raw, "doc")
    assert [u.text for u in doc.units] == ["第3页共5页", "第1頁共2頁"]
    for u in doc.units:
        check_offsets(u.text, raw, u.offsets)
