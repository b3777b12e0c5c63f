"""fixj25's rules (session 25, pdftotext dumps, text route): one small hand-written input per rule."""

from segment_samples import squashed_units


def test_a_capital_numeral_numbers_a_section_head_under_a_full_line():
    # "壹、調整說明" under a line that fills the measure without a sentence end: a section's number, as "一、" is, so the
    # head stands alone (the wrap rule joined it onto the line above; r15-003 dev15, the numerals as q16-008 dev16)
    raw = "\n".join([
        "公車路線調整暨新版時刻表公告",
        "發布日期：2024年7月1日",
        "",
        "本公司所屬路線自下月起調整，或停駛的班次；停靠站名稱",
        "",
        "壹、調整說明",
        "本次調整涉及的路線共有十二條，各路線的起訖站都不變，",
        "",
        "乘客如有疑問，請於上班時間來電本公司客服中心洽詢，",
        "",
        "路線圖與時刻表已經張貼於各站，亦可上網查詢各站時刻。",
        "",
        "貳、調整路線",
        "第一條路線由市政府發車，經火車站至港區，全程不變，",
        "",
        "第二條路線由火車站發車，經市政府至機場，全程不變。",
        ""])
    got = squashed_units(raw)
    assert ("heading", "壹、調整說明") in got, got
    assert ("heading", "貳、調整路線") in got, got
    assert ("paragraph", "本公司所屬路線自下月起調整，或停駛的班次；停靠站名稱") in got, got


def test_capital_numerals_open_an_item_as_hanzi_numerals_do():
    from annotate.segment import rules

    for sq in ("壹、前言", "貳、聲明事項", "參、研究方法", "肆、結論與建議", "拾壹、附則"):
        assert rules.ENUMERATOR.match(sq) and rules.HEAD_NUMBER.match(sq), sq
    for sq in ("壹週刊的報導", "伍先生說"):
        assert not rules.ENUMERATOR.match(sq), sq


def test_a_short_line_over_another_short_line_is_two_units():
    # a short line (8 units or less) over another short line, no word across the break, in a print extract: two units,
    # not a title broken over two lines, whose first line fills the title's measure (a service over its time, p15-005
    # dev15; an act over its scene, p14-001 dev14; a quote's source over the next head, q16-007 dev16)
    raw = "\n".join([
        "基督教恩光堂",
        "",
        "週刊",
        "",
        "主日崇拜",
        "上午十時正",
        "",
        "主禮：陳永康牧師",
        "",
        "本堂於上月完成修繕工程，感謝弟兄姊妹在過去一年中的奉獻與代禱，使工程得以順利完成。",
        "",
        "第一幕",
        "第1场",
        "",
        "村委会办公室里，几个村干部正在讨论今年春耕的安排，窗外传来拖拉机的声音。",
        "\f"])  # (a page break: pdftotext's default mode)
    got = squashed_units(raw)
    texts = [t for _, t in got]
    for whole in ("主日崇拜", "上午十時正", "第一幕", "第1场"):
        assert whole in texts, got


def test_a_title_broken_at_its_measure_stays_one():
    # the title's first line fills its measure and a word goes on across the break, or the last character alone was
    # pushed down, or it is a headline in two halves: one title as before (p5-020 dev5, p6x-022 dev6x, seeds 002 and 004)
    from annotate.segment.join import _short_whole, context
    from annotate.segment.lines import split_lines

    def pair(text):
        text += "\f"  # (a print extract's page break)
        lines = split_lines(text)
        return lines[0], lines[1], context(lines, text)

    for text in ("雅各布克伦贝格尔文化研\n究项目合作协议书\n",  # (a long first line)
                 "走訪義勇軍進行\n曲\n",  # (one character pushed down)
                 "关于做好\n春节期间值班工作的通知\n",  # (an official title's "about")
                 "共育一流产\n业生态\n",  # (a word across the break)
                 "推动绿色发展\n培育未来产业\n",  # (a headline in two halves, seed 004)
                 "国家高新区  \n「链」出跨区域\n"):  # (a hard break, seed 002)
        assert not _short_whole(*pair(text)), text
    assert _short_whole(*pair("主日崇拜\n上午十時正\n"))
    lines = split_lines("主日崇拜\n上午十時正\n")
    assert not _short_whole(lines[0], lines[1], context(lines, "主日崇拜\n上午十時正\n"))  # (no print extract)


def test_a_line_of_fields_at_a_page_foot_continues_no_prose():
    # a line that opens with a labelled field and holds a second one after a gap or a separator, under a line of prose
    # that a page break cut mid-sentence: a foot line of its own, not the wrap's next line (a bulletin's footer, p15-005
    # -raw dev15; a paper's corresponding-author note, q16-008 -raw dev16)
    raw = "\n".join([
        "這種過渡心臟可能發生於四億年前。它們的心房心",
        "室有開始分開的跡象，這與這些動物已開始用肺呼",
        "吸有重要聯繫。這可從同為兩棲動物的無肺蠑螈身",
        "地址：九龍油麻地窩打老道一百號 電話：2388 1234",
        "上看出，無肺蠑螈的房間隔已經退化。同樣，對肺",
        "呼吸依賴性不強的有尾目，其雙循環泵功能也有所",
        "減弱。兩棲動物的心臟因此處於過渡的階段之中。",
        "閱讀推動的成效與學校的規模有關，小型學校因為",
        "人力有限，往往只能由導師兼任圖書館的管理工作",
        "＊通訊作者：林佩君，電子郵件：pclin@example.edu.tw",
        "",
        "而大型學校則設有專任的圖書館主任負責推動閱讀。",
        ""])
    got = squashed_units(raw)
    texts = [t for _, t in got]
    assert any(t.endswith("無肺蠑螈身") for t in texts) and any(t.startswith("地址：") for t in texts), got
    assert any(t.endswith("管理工作") for t in texts) and any(t.startswith("＊通訊作者：") for t in texts), got


def test_a_fields_line_needs_two_labels():
    from annotate.segment.join import _fields_line
    from annotate.segment.lines import Line

    def line(text):
        return Line([(0, len(text))], "".join(text.split()))

    for text in ("地址：九龍油麻地窩打老道一百號 電話：2388 1234", "＊通訊作者：林佩君，電子郵件：pclin@ncu.edu.tw",
                 "联系人：王先生 电话：0531-88612012"):
        assert _fields_line(line(text), text), text
    for text in ("王主任：考虑到目前国内战队的不稳定性，所以线下赛中", "地址：九龍油麻地窩打老道一百號",
                 "他说：今年的收成不错，比去年好"):
        assert not _fields_line(line(text), text), text


_TITLES = (("中华人民共和国", "民法典"), ("中华人民共和国", "宪法"), ("中国共产党", "章程"), ("2024年度", "工作总结"),
           ("2024年政府", "工作报告"), ("2023年上半年", "经济运行分析"), ("第十四个五年", "规划纲要"),
           ("企业内部控制", "基本规范"), ("新时代文明实践", "中心建设指南"), ("三年级上册", "教学设计"), ("公司章程", "修正案"))
# a paragraph hard-wrapped at 30 columns (15 hanzi a line) under the title, then a page break (a print extract)
_BODY = ["", "为了进一步规范本单位的各项工作，根据上级", "有关文件的精神，结合本单位的实际情况，现", "将有关事项作如下说明，请各部门认真遵照执", "行，并及时反馈执行中遇到的各种问题。", "\f"]


def test_a_law_or_reports_title_broken_after_a_name_or_before_its_type_stays_one():
    # review34 finding 1: an author breaks a centred title at a phrase, not at the measure: after a state's, a party's
    # name or a year that opens it, or before the document's type that ends it (office._GENRE_END): one title
    for first, second in _TITLES:
        got = squashed_units("\n".join([first, second, *_BODY]))
        assert got[0] == ("title", first + second), got


def test_a_word_the_wrap_cut_before_a_line_of_two_fields_is_joined():
    # review34 finding 4: "…执教的王老" / "师：…，学生：…" is one paragraph: the wrap cut the word 老师, so the line under
    # it is no line of fields (_fields_line)
    raw = "\n".join(["课堂上，学生们围绕课文展开了热烈讨论。课后，执教的王老",
                     "师：说这节课最大的收获，学生：是学会了提问，这令人欣慰。", "\f"])
    got = squashed_units(raw)
    assert ("paragraph", raw.replace("\n", "").replace("\f", "")) in got, got


def test_a_capital_numeral_that_is_a_word_numbers_only_in_a_text_numbered_so():
    # review34 finding 3: 陆 陸 伍 拾 are words too (land, surnames): "。 陆、海、空三军…" inside a line is no glued section
    # head, nor "伍、陆两位同志…"; they number a section only where some line opens with "壹、" (join._capital_number)
    from annotate.segment import rules

    raw = ("演习圆满结束。 陆、海、空三军参演部队协同作战，取得了良好效果。各部队表示将继续加强训练。\n\n"
           "大会表扬了先进个人。 伍、陆两位同志在演习中表现突出，受到了表彰。\n")
    got = squashed_units(raw)
    assert [kind for kind, _ in got] == ["paragraph", "paragraph"], got
    for sq in ("陆、海、空三军", "伍、陆两位同志", "拾、"):
        assert not rules.ENUMERATOR.match(sq) and not rules.HEAD_NUMBER.match(sq), sq
    for sq in ("拾壹、附則", "伍拾、", "（壹）時間：上午九時", "（陸）"):
        assert rules.ENUMERATOR.match(sq) and rules.ITEM_MARK.match(sq), sq
    lines = ["公車路線調整暨新版時刻表公告", "發布日期：2024年7月1日", "",
             "本公司所屬路線自下月起調整，或停駛的班次；停靠站名稱", "",
             "壹、調整說明", "本次調整涉及的路線共有十二條，各路線的起訖站都不變，", "",
             "乘客如有疑問，請於上班時間來電本公司客服中心洽詢，", "",
             "路線圖與時刻表已經張貼於各站，亦可上網查詢各站時刻表", "",
             "陸、調整路線", "第一條路線由市政府發車，經火車站至港區，全程不變，", "",
             "第二條路線由火車站發車，經市政府至機場，全程不變。", ""]
    got = squashed_units("\n".join(lines))
    assert ("heading", "陸、調整路線") in got, got  # (the text numbers with "壹、")
    got = squashed_units("\n".join(lines).replace("壹、", "甲、"))
    assert ("heading", "陸、調整路線") not in got, got  # (no capital numbering: a word, the wrap goes on)
