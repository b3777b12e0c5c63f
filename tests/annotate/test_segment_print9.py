"""The text route on extracts of printed documents of batch 9 (docs/segmentation.md): small
made-up extracts, one rule each."""

from segment_samples import squashed_units as units

PROSE = [
    "新石器时代母系氏族得到了全盛。婚姻制度由群婚转向对偶婚，形成了比较确",
    "定的夫妻关系。在氏族内部，除个人常用的工具外，所有的财产归集体公有。有威",
    "望的年长妇女担任首领，氏族的最高权力机关是氏族议事会，参加者是全体的成年",
    "男女，享有平等的表决权。每个氏族都有自己的名称、共同信仰和领地。当氏族内",
    "部的成员受到外人伤害，全族会为他复仇。在新石器时代，产生了农业和畜牧业。",
]


TEXT = ("在新石器时代末期，人类已使用天然金属，后来学会了制作纯铜器。但是由于纯铜的质地不如石器坚硬，不能取代石器，"
        "这一时期也称为金石并用时代。到了公元前三千年左右，人类学会了制造青铜，进入了青铜时代。从金石并用时代到铁器"
        "时代，是原始社会的解体时期，也是阶级社会形成的时期。世界各地阶级社会的出现几乎都和金属出现的时代相关，唯一"
        "例外的是美洲的玛雅文明。不同文明其原始社会解体的过程也不一样，在埃及和两河流域，原始社会在金石并用时代就已"
        "经解体，而在其他一些地区，则是在青铜时代或铁器时代才发生解体。元朝后期，杂剧创作中心逐步南移，加强与南戏的"
        "交流，到元末成为传奇，明清时发展出昆剧和粤剧。")


def _numbered(lines, every=5, lead="     "):
    out = []
    for n, line in enumerate(lines, 1):
        out.append((f"{n:>2}   " if n % every == 0 else lead) + line)
    return "\n".join(out) + "\n"


def _wrap(text, width=34):
    return [text[k:k + width] for k in range(0, len(text), width)]


def test_margin_line_numbers_are_cut_off_their_lines():
    first, second = "".join(PROSE), TEXT + "".join(PROSE[2:])
    body = ["关于加强农村供水保障的若干措施", "一、总体要求"] + _wrap(first) + ["（二）强化示范引领"] + _wrap(second)
    got = units(_numbered(body))
    numbers = [t for k, t in got if k == "debris"]
    assert numbers == [str(n) for n in range(5, len(body) + 1, 5)]
    assert not any(ch.isdigit() for k, t in got if k != "debris" for ch in t)
    # the paragraph is cut at the number, and goes on after it
    assert got[2:5] == [("paragraph", first[:68]), ("debris", "5"), ("paragraph", first[68:])]
    assert ("heading", "（二）强化示范引领") in got


def test_a_numbered_list_is_not_a_run_of_line_numbers():
    items = ["1 范围", PROSE[0], "2 规范性引用文件", PROSE[1], "3 术语和定义", PROSE[2], "4 总则", PROSE[3],
             "5 要求", PROSE[4]]
    got = units("\n".join(items) + "\n")
    assert not any(k == "debris" and t.isdigit() for k, t in got)
    # a sequence of numbers with the wrong line distance is not one either
    rows = "\n".join(f"{5 * k} {PROSE[k % 5]}" for k in range(1, 7)) + "\n"
    assert not any(k == "debris" and t.isdigit() for k, t in units(rows))


def test_item_and_label_lines_are_not_a_heads_second_line():
    got = units("5.2　设备要求\na）扫描设备的光学分辨率应不低于600dpi；\nb）存储设备应有备份。\n\n"
                "一、项目基本情况\n项目名称：信息化设备采购项目\n预算金额：120万元\n")
    assert got[0][1] == "5.2设备要求"
    short = units("5.2　设备要求\na）扫描设备\nb）存储设备\n\n" + "\n".join(PROSE) + "\n")  # (short items: the rule's case)
    assert [t for _, t in short[:3]] == ["5.2设备要求", "a）扫描设备", "b）存储设备"]
    fields = [t for _, t in units("\n".join(PROSE) + "\n（供稿：综合科）\n报：市委办公室、市政府办公室\n送：各有关单位\n")]
    assert "（供稿：综合科）" in fields
    part = units("二、教學內容與要求\n第一單元 導論\n" + "\n".join(PROSE) + "\n")
    assert [t for _, t in part[:2]] == ["二、教學內容與要求", "第一單元導論"]
    assert any(t == "一、项目基本情况" for _, t in got)
    assert not any("项目名称" in t and "基本情况" in t for _, t in got)


def test_offices_under_a_title_and_a_head_over_numbered_paragraphs_stand_alone():
    got = units("臨海市2022年文化事業發展統計公報\n臨海市統計局 臨海市文化和旅遊局\n（2023年3月20日）\n"
                + "\n".join(PROSE) + "\n")
    assert got[0][1] == "臨海市2022年文化事業發展統計公報"
    got = units("一种文物展示用恒湿柜及其控制方法\n技术领域\n[0001] " + "\n".join(PROSE) + "\n背景技术\n[0002] "
                + "\n".join(PROSE[1:]) + "\n")
    assert got[0] == ("title", "一种文物展示用恒湿柜及其控制方法")
    assert got[1][1] == "技术领域"
    # two short lines of one title stay one unit
    two = units("坚持“四个面向”\n做好“高新文章”\n\n" + "\n".join(PROSE) + "\n")
    assert two[0][1] == "坚持“四个面向”做好“高新文章”"


def test_a_heading_under_a_whole_byline_is_not_its_name():
    column = "\n".join(_wrap("".join(PROSE), 19))  # a narrow column, as wide as the byline
    got = units("走进历史课堂：读懂过去的故事\n文／高二（3）班 李思远 指导教师 陈老师\n课堂内外\n" + column + "\n")
    assert ("heading", "课堂内外") in got or any(t == "课堂内外" for _, t in got)
    assert not any("陈老师" in t and "课堂" in t for _, t in got)


def test_paragraph_numbers_printed_apart_go_with_their_paragraph():
    # pdftotext's default mode: "[0001]" alone, a blank line, the first line, a blank line, the rest
    first = _wrap("".join(PROSE), 38)
    second = _wrap(TEXT, 38)
    raw = ("一种文物展示用恒湿柜及其控制方法\n技术领域\n[0001]\n\n" + first[0][:34] + "\n\n" + first[0][34:] + "\n".join(first[1:])
           + "\n背景技术\n[0002]\n\n" + second[0][:34] + "\n\n" + second[0][34:] + "\n".join(second[1:]) + "\n")
    got = units(raw)
    assert ("paragraph", "[0001]" + "".join(PROSE)) in got
    assert ("paragraph", "[0002]" + TEXT) in got


def test_clause_numbers_printed_apart_go_with_their_heads():
    body = "\n".join(_wrap("".join(PROSE), 38))
    raw = ("GB/T 31132—2023\n\n历史文献数字化加工规范\n1\n\n范围\n" + body + "\n\n2\n\n规范性引用文件\n" + body[:40] + "。\n\n"
           "3\n\n术语和定义\n\n3.1\n\n原始文献\n\noriginal document\n\n用于数字化加工的文献实体。\n\n1\n\nGB/T 31132—2023\n")
    got = [t for _, t in units(raw)]
    assert "1范围" in got and "2规范性引用文件" in got and "3术语和定义" in got
    assert "3.1原始文献originaldocument" in got
    assert "历史文献数字化加工规范" in got  # a title above clause 1 is not joined with it
    # a folio "1" after clause 3.1 is no clause: it stays alone
    assert got.count("1") == 1


def test_margin_notes_beside_and_between_body_lines_are_debris():
    body = _wrap("".join(PROSE), 22)
    raw = ("第5课 社会的变迁\n学习目标\n"
           + body[0] + " 想一想：这一变化给人们\n的生活带来了什么？\n" + "\n".join(body[1:4]) + "\n"
           + body[4] + "\n议一议：你同意这种说法\n吗？\n" + "\n".join(body[5:]) + "\n")
    got = units(raw)
    assert ("debris", "想一想：这一变化给人们的生活带来了什么？") in got
    assert ("debris", "议一议：你同意这种说法吗？") in got
    assert not any("想一想" in t or "议一议" in t for k, t in got if k != "debris")
    # fields printed side by side are no notes: "開課單位：人文學院" ends no sentence
    fields = units("適用專業：歷史學、漢語言文學 開課單位：人文學院\n一、課程性質與目標\n" + "\n".join(body) + "\n")
    assert not any(k == "debris" for k, _ in fields)


def test_an_endnote_marker_wrapped_to_a_line_of_its_own_stays_with_its_sentence():
    raw = ("一、公共文化服務\n年末全市共有公共圖書館26個，文化館24個，博物館34個。全年舉辦展覽426場次。\n[2]\n"
           + "\n".join(PROSE) + "\n\n註釋：\n[1]本公報數據為初步統計數。\n[2]博物館包括文物部門和其他部門所屬博物館。\n")
    got = units(raw)
    assert ("paragraph", "年末全市共有公共圖書館26個，文化館24個，博物館34個。全年舉辦展覽426場次。[2]") in got
    assert ("paragraph", "".join(PROSE)) in got
    # without the note further on, the marker is not taken for one
    alone = units(raw.split("\n\n註釋")[0] + "\n")
    assert not any(t.endswith("場次。[2]") for _, t in alone)


def test_a_letters_salutation_and_closing_stand_alone():
    raw = ("關於邀請參加學術研討會的函\n尊敬的林教授：\n您好！本會定於今年十月舉辦年度學術研討會，誠摯邀請您蒞臨指導。\n"
           + "\n".join(PROSE) + "\n此致\n敬禮！\n")
    got = [t for _, t in units(raw)]
    assert "尊敬的林教授：" in got and "此致" in got and "敬禮！" in got


def test_a_bullet_printed_alone_goes_with_its_entry():
    raw = ("工作简报\n\n本期导读\n◆\n\n扎实推进重点工作\n\n◆\n\n基层经验交流\n\n" + "\n".join(PROSE) + "\n")
    got = [t for _, t in units(raw)]
    assert "◆扎实推进重点工作" in got and "◆基层经验交流" in got


def test_a_list_of_titles_printed_one_a_line_after_each_comma_goes_on():
    # Chromium's justified line, as pdftotext -raw prints it: each title and each "、" on a line of its own
    col = _wrap("".join(PROSE), 19)
    raw = ("\n".join(col[:3]) + "\n还有白朴、王实甫与郑光祖，有名的作品有\n《窦娥冤》\n、\n《拜月亭》\n、\n《汉宫秋》\n、\n"
           "《西厢记》与《倩女离魂》，主要表现社会与生\n活情况、歌颂历史人物与事件，强调人物的情\n感。\n" + "\n".join(col[3:]) + "\n")
    got = [t for _, t in units(raw)]
    assert any(t.endswith("《窦娥冤》、《拜月亭》、《汉宫秋》、《西厢记》与《倩女离魂》，主要表现社会与生活情况、歌颂历史人物与事件，强调人物的情感。")
               for t in got)


def test_clause_heads_one_under_another_and_a_first_clause_at_a_page_top():
    got = [t for _, t in units("5 基本要求\n5.1 一般要求\n" + "\n".join(PROSE) + "\n")]
    assert got[:2] == ["5基本要求", "5.1一般要求"]
    # "1 范围" near the top of page 1, "2 …" under it: a clause, no folio beside a running head
    raw = "历史文献数字化加工规范\n1 范围\n" + "\n".join(PROSE[:2]) + "\n2 规范性引用文件\n" + "\n".join(PROSE[2:]) + "\n\f"
    got = units(raw)
    assert ("debris", "1") not in got and any(t == "1范围" for _, t in got)
