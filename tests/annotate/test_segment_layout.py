"""Join rules of the text route's geometry (docs/segmentation.md §4) on small made-up dumps."""

from annotate.segment import segment_text


def _texts(raw):
    return [u.text for u in segment_text(raw, "doc").units]


# a text wrapped at 20 characters (an editor's or a dump's hard wrap), no blank lines inside paragraphs
FULL = "我们今天讨论的这个问题非常重要而且也很复"  # 20 characters, mid-sentence
END = "我们今天讨论的这个问题非常重要而且也很好。"[:19] + "。"  # 20 characters, a sentence end


def test_a_blank_line_after_a_full_line_that_ends_a_sentence_ends_the_paragraph():
    first = [FULL, FULL.replace("我们", "他们"), END]
    second = [FULL.replace("今天", "明天"), FULL.replace("问题", "事情"), "最后就是这样。"]
    raw = "\n".join(first) + "\n\n" + "\n".join(second) + "\n\n" + "\n".join(f.replace("重要", "关键") for f in first) + "\n"
    texts = _texts(raw)
    assert texts[0] == "".join(first)
    assert texts[1] == "".join(second)


def test_a_full_line_that_ends_a_sentence_still_goes_on_without_a_blank_line():
    text = ("长谷川町子出生在佐贺县小城郡的东多久村但是幼年时期移居到福冈市她在福冈长大直到住到某年"
            "随著父亲去世她移居到东京后毕业于山高等女学校就读山高女后从师于漫画家田河水泡第二次世界大"
            "战爆发后疏散到福冈县并在西日本新闻社学艺部工作二战结束后退职她和姊姊共同创立姊妹社后担任代表为维护知识"
            "产权长谷川町子向没有征得作者同意擅自使用角色图案的立川巴士公司提出控诉")
    text = text[:59] + "。" + text[60:]  # a sentence that ends at the end of the third line
    lines = [text[i:i + 20] for i in range(0, len(text), 20)]
    texts = _texts("\n".join(lines) + "。\n")
    assert lines[2].endswith("。") and len(lines) > 6
    assert texts == ["".join(lines) + "。"]


def test_a_latin_word_a_dump_left_alone_on_its_line_joins_the_line_under_it():
    wide = "这是一行被网页转存工具在固定宽度处切断的很长很长的文字内容，还没有完"  # 35 characters
    lines = [
        wide, wide.replace("这是", "那是"), "短的结尾。",
        "另外，他也是好友夫妇的儿子的干爹。",
        "J",
        "Storm（）是日本的一间唱片公司，成立于2001年11月12日，当时", # as wide as the others
        "为了岚而成立的专属品牌。",
        wide.replace("一行", "一段"), "完。",
    ]
    texts = _texts("\n".join(lines) + "\n")
    assert "另外，他也是好友夫妇的儿子的干爹。" in texts
    assert any(t.startswith("J Storm（）") for t in texts)


def test_a_footnote_under_the_text_does_not_join_the_paragraph_above_it():
    body = ("北亞地區包括了兩個地區。匈奴民族在古代建立了匈奴帝國，之後分裂成北匈奴和南匈奴[1]。"
            "此後在這片土地上先後出現了許多國家，它們在高原上稱霸一時，直到近代為止。除此之外還有")
    lines = [body[i:i + 19] for i in range(0, len(body), 19)]  # (the mark "[1]" is not cut)
    texts = _texts("\n".join(lines) + "\n[1] 資料來源：公視新聞網，2021年7月15日。\n")
    assert texts[-1] == "[1]資料來源：公視新聞網，2021年7月15日。"
    # a dump's link number printed once is not a footnote mark
    assert _texts("他說[1]\n[2]東京大學的研究\n") != _texts("他說[1]\n[1]東京大學的研究\n")


def test_a_line_of_names_under_a_title_is_not_the_titles_second_line():
    texts = _texts("罗伯特研究述评\n周文斌 李建国\n\n正文第一段的内容很长，一直写到这里才结束。\n")
    assert texts[:2] == ["罗伯特研究述评", "周文斌 李建国"] or texts[:2] == ["罗伯特研究述评", "周文斌李建国"]
    assert _texts("坚持“四个面向”\n做好“高新文章”\n\n正文。\n")[0] == "坚持“四个面向”做好“高新文章”"


def test_a_bullet_an_encoding_turned_into_a_question_mark_starts_an_item():
    raw = "在数学中，约化群是幂单根为平凡群的代数群。\n\n? 代数环面都是约化群。\n\n? 「约化」一词源于下述事实。\n"
    assert _texts(raw) == ["在数学中，约化群是幂单根为平凡群的代数群。", "?代数环面都是约化群。", "?「约化」一词源于下述事实。"]
    # a tool's cut before a question mark (no space after it) still continues the line above
    assert _texts("你们今天来这里是为了什么\n?我们来学习。\n") == ["你们今天来这里是为了什么?我们来学习。"]


def test_a_long_rule_line_is_one_debris_unit_not_a_doubled_headline():
    rule = "=" * 40
    units = segment_text("第一段的内容写在这里。\n" + rule + "\n第二段的内容写在这里。\n", "doc").units
    assert [(u.kind, u.text) for u in units] == [("paragraph", "第一段的内容写在这里。"), ("debris", rule),
                                                 ("paragraph", "第二段的内容写在这里。")]


def test_a_block_wider_than_the_wrap_joins_its_lines_at_its_own_width():
    text = ("长谷川町子出生在佐贺县小城郡的东多久村但是幼年时期移居到福冈市她在福冈长大直到住到某年"
            "随著父亲去世她移居到东京后毕业于山高等女学校就读山高女后从师于漫画家田河水泡第二次世界大"
            "战爆发后疏散到福冈县并在西日本新闻社学艺部工作二战结束后退职她和姊姊共同创立姊妹社后担任")
    text = text + text[7:] + text[13:] + text[3:]  # a column of some 30 lines, no two alike
    column = [text[i:i + 20] for i in range(0, len(text), 20)]
    abstract = ["摘要：二〇〇二年世界杯，罗纳度、罗纳尔迪尼奥、卡路士、卡福與里瓦爾多成為核心球員。巴西是少數沒",
                "有表現失準的傳統強隊，先在十六強賽淘汰比利時，八強賽淘汰英格蘭，準決賽擊敗土耳其最終晉身決賽，",
                "决赛击败德国，这时巴西已创下五夺世界杯纪录。"]
    texts = _texts("\n".join(abstract) + "\n\n" + "\n".join(column) + "代表。\n")
    assert texts[0] == "".join(abstract)


def test_a_drawn_rule_is_debris_and_a_markdown_rule_is_markup():
    drawn = "-" * 30
    units = segment_text("第一段。\n" + drawn + "\n第二段。\n", "doc").units
    assert [(u.kind, u.text) for u in units] == [("paragraph", "第一段。"), ("debris", drawn), ("paragraph", "第二段。")]
    assert _texts("第一段。\n---\n第二段。\n") == ["第一段。", "第二段。"]


def test_a_dumps_width_is_found_past_a_line_or_two_that_run_over_it():
    # lynx cut the long lines at 30 characters; one line runs four past it (ending in punctuation)
    lines = [
        "他被称作流泪的先知，因为他明知犹太人离弃了上帝之后，所注定的",  # 30, cut mid-sentence
        "悲哀命运，但不能改变他们顽梗的心。耶利米出身东北的亚拿突，是",  # 30, cut mid-sentence
        "便雅悯支派祭司希勒家的儿子。",
        "耶利米蒙召时的反应是畏惧和自感不足，但神承诺将引领他的路程，",
        "最后作先知四十年。",
        "他奉差遣传神审判的信息，他的逆耳忠言为所爱的同胞所痛恨，一再",  # 30
        "忍受反对、鞭打、监禁等逼迫。",
        "在那个周围有各样攻击的环境中，神让耶利米单独凭著信心继续传道讲道。",  # 33: past the width
    ]
    assert [len(x) for x in lines[:2]] == [30, 30] and len(lines[5]) == 30
    raw = "".join("   " + line + "\n" for line in lines)
    texts = _texts(raw)
    assert texts[0] == "".join(lines[:3])


def test_a_numbered_section_heading_is_not_a_number_cut_off_the_line_above():
    raw = ("关键词：影响与评价；罗伯特阿夸弗雷斯卡；香港公开羽毛球锦标赛\n1 罗伯特阿夸弗雷斯卡\n"
           "罗伯特阿夸弗雷斯卡是意大利足球运动员，司职前锋。\n")
    assert _texts(raw)[:2] == ["关键词：影响与评价；罗伯特阿夸弗雷斯卡；香港公开羽毛球锦标赛", "1罗伯特阿夸弗雷斯卡"]
    # a number a wrap put at the start of the next line still joins ("…成立于" / "2006年…")
    first = "这家公司主要从事软件开发和信息技术服务，业务遍及全国各地，在业内享有盛誉，正式成立于"
    assert len(first) > 40
    assert _texts(first + "\n2006年，总部位于北京市海淀区。\n") == [first + "2006年，总部位于北京市海淀区。"]


def test_each_page_has_its_own_margin():
    # even pages flush left, odd pages set four spaces in (a book's two page offsets): a line at its
    # page's margin is not indented, so it does not open a paragraph
    text = ("太白山脉中部耸立著五座相似的高峰被称为五台山最高峰飞卢峰海拔一千五百米由此向西南延伸的部分被称作小白山脉长约三百五十"
            "公里主要山峰有智异山俗离山德裕山伽山等以五台山为始点向西南延伸到忠清南道的山脉是车岭山脉长约二百二十公里位于济州"
            "岛中部的汉拿山是韩国的最高峰海拔一千九百五十米汉拿山与金刚山和智异山被称为三大神山韩国的平原主要分布在南部和西部"
            "海岸地带海拔多在两百米以下主要平原包括湖南平原全南平原金海平原和安城平原等河流多发源于东部山地向西或向南流入大海")
    lines = [text[i:i + 20] for i in range(0, 240, 20)]
    lines[8] = lines[8][:-1] + "。"  # a sentence that ends at the margin: the paragraph goes on
    page_a = "".join(ln + "\n" for ln in lines[:6]) + lines[6] + "。\n"
    page_b = "".join("    " + ln + "\n" for ln in lines[7:11]) + "    " + lines[11] + "。\n"
    texts = _texts(page_a + "\f" + page_b)
    assert any("".join(lines[7:12]) + "。" in t for t in texts)


def test_a_caption_printed_on_a_columns_line_is_cut_off_it():
    raw = ("像拿破崙等人為歐洲帶來了新的法律制度。這些法律制度是以能力與成就為依\n"
           "歸，而非像封建時代那樣是以社會階級系 圖為伊爾庫茨克州資料照。（記者陳怡君攝）\n統為依歸。\n")
    units = segment_text(raw, "doc").units
    assert ("debris", "圖為伊爾庫茨克州資料照。（記者陳怡君攝）") in [(u.kind, u.text) for u in units]
    assert not any("系圖為" in u.text for u in units)
    # an image's link text before a caption on a dump's line stays with it
    assert len(segment_text("[f1.jpg] 圖為活動現場。（記者黃建華攝）\n", "doc").units) == 1
