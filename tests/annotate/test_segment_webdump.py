"""Web-page furniture found by its place in a text dump (annotate/segment/webdump.py)."""

from __future__ import annotations

from annotate.segment import segment_text

BODY = "線傳飛控的發展讓先天不穩定的機體構型飛上天成為可能，這是戰鬥機設計的一大轉變。\n"


def _units(raw: str) -> list[tuple[str, str]]:
    return [(u.kind, u.text) for u in segment_text(raw, "d").units]


def test_sidebar_headlines_right_above_the_title_are_debris_one_unit_each() -> None:
    raw = ("要聞 | 港聞 | 經濟 | 國際\n\n港聞\n北市推友善育兒新措施\n颱風動態最新路徑一次看\n股市收盤加權指數小漲\n"
           "戰鬥機：你不可不知的事\n\n2021年6月20日\n\n（新界時報記者許思遠報道）\n\n" + BODY)
    units = _units(raw)
    for link in ("港聞", "北市推友善育兒新措施", "颱風動態最新路徑一次看", "股市收盤加權指數小漲"):
        assert ("debris", link) in units
    assert ("title", "戰鬥機：你不可不知的事") in units


def test_short_lines_without_a_credit_below_are_left_alone() -> None:
    raw = "春眠不觉晓\n处处闻啼鸟\n夜来风雨声\n花落知多少\n\n" + BODY
    assert not any(kind == "debris" for kind, _ in _units(raw))


def test_two_title_lines_over_a_byline_stay_together() -> None:
    raw = "坚持“四个面向”\n做好“高新文章”\n\n本报记者 齐旭\n\n" + BODY
    assert not any(kind == "debris" for kind, _ in _units(raw))


def test_press_release_ending_mark_is_debris_and_its_date_stamp_one_meta_unit() -> None:
    ending = "完\n2023年7月11日（星期二）\n香港時間6時45分\n"
    raw = "政府公布新措施\n\n第一段正文在此。\n" + ending + "專題：第二篇\n\n第二段正文在此。\n" + ending
    kinds = [(u.kind, u.text) for u in segment_text(raw, "d").units]
    assert kinds.count(("debris", "完")) == 2
    assert kinds.count(("meta", "2023年7月11日（星期二）香港時間6時45分")) == 2


def test_end_mark_without_a_date_under_it_is_left_alone() -> None:
    kinds = [(u.kind, u.text) for u in segment_text("标题\n\n正文。\n\n完\n\n下一段正文。\n", "d").units]
    # mark_endings does not act: the mark is not made debris and nothing becomes meta
    assert ("debris", "完") not in kinds and not any(k == "meta" for k, _ in kinds)


def test_category_trail_over_the_headline_is_debris() -> None:
    units = _units("今周人文 最新 專欄 產業\n專欄 / 觀點\n凡爾賽宮：你不可不知的事\n作者：宋俊｜2024.12.14\n\n" + BODY)
    assert ("debris", "專欄 / 觀點") in units or ("debris", "專欄/觀點") in units
    assert ("title", "凡爾賽宮：你不可不知的事") in units


def test_a_byline_with_a_spaced_slash_stays_a_byline() -> None:
    units = _units("凡爾賽宮的故事\n\n文 / 張三明\n\n" + BODY)
    assert not any(kind == "debris" for kind, _ in units)


def test_follow_button_and_divider_over_a_headline_are_debris() -> None:
    raw = ("+关注\n专家谈龙胆\n2022-05-21 06:33 来源：知识百科君\n\n" + BODY +
           "— 分割线 —\n赛里木湖：你可能不知道的那些事\n" + BODY)
    units = _units(raw)
    assert ("debris", "+关注") in units
    assert any(kind == "debris" and text.replace(" ", "") == "—分割线—" for kind, text in units)
    assert ("title", "专家谈龙胆") in units
    assert ("heading", "赛里木湖：你可能不知道的那些事") in units


def test_press_contact_line_is_meta() -> None:
    units = _units("新品發表\n\n" + BODY + "\n新聞聯絡人：林軒　電話：(03)5713178\n下載新聞稿 PDF 返回列表\n")
    assert any(kind == "meta" and text.startswith("新聞聯絡人") for kind, text in units)


def test_numbered_or_marked_lists_without_bullets_are_one_unit_per_item() -> None:
    raw = ("24小时热榜\n1. 文旅消费持续升温\n2. 这些新规下月起施行\n3. 图解：一季度经济运行情况\n\n"
           "【相关链接】\n·今年夏粮收购进度过半\n·专家：理性看待数据波动\n·文旅消费持续升温\n\n"
           "为你推荐\n多地出台措施稳就业保民生 60评论\n图解：一季度经济运行情况 85评论\n秋季开学前这些事项要注意 43评论\n")
    texts = [text.replace(" ", "") for _, text in _units(BODY + "\n" + raw)]
    for item in ("1.文旅消费持续升温", "2.这些新规下月起施行", "·今年夏粮收购进度过半", "·文旅消费持续升温",
                 "多地出台措施稳就业保民生60评论", "秋季开学前这些事项要注意43评论"):
        assert item in texts


def test_two_numbered_lines_or_numbers_out_of_turn_are_left_to_the_join_rules() -> None:
    from annotate.segment.lines import split_lines
    from annotate.segment.webdump import mark_list_items
    raw = "1. 第一项\n3. 第三项\n4. 第四项\n"
    lines = split_lines(raw)
    mark_list_items(raw, lines)
    assert not any(line.hard for line in lines)
    raw = "1. 第一项\n2. 第二项\n"
    lines = split_lines(raw)
    mark_list_items(raw, lines)
    assert not any(line.hard for line in lines)


def test_bare_end_mark_is_a_debris_unit_not_markup() -> None:
    units = _units(BODY + "\n###\n\n新聞聯絡人：林軒　電話：(03)5713178\n\n### 小标题\n\n" + BODY)
    assert ("debris", "###") in units
    assert ("heading", "小标题") in units


_ARTICLE = ("泡泡战士\n\n来源：人民网 2023/03/05 记者 陈静\n\n"
            "基于《跑跑卡丁车》与《泡泡堂》上所开发的游戏，由韩国Nexon开发与发行。中国大陆由盛大游戏运营，这是Nexon时隔6年再次授予盛大网络其游戏运营权。\n\n"
            "若游戏中离，则4分钟内不得进行配对，开放时间为暑假或寒假期间内不定期开放，8人经典模式随机配对，采计分方式。\n\n")


def test_after_the_sign_off_a_pages_comments_and_footer_are_debris() -> None:
    raw = (_ARTICLE + "游戏已停止运营。\n\n（责任编辑：何军）\n\n网友评论（4）\n\n北京网友\n\n写得很好，学习了。\n\n"
           "匿名用户\n\n希望能多报道这类新闻。\n\n本网站所刊载信息，不代表本网观点。\n")
    units = _units(raw)
    assert ("paragraph", "游戏已停止运营。") in units  # a short paragraph before the sign-off is the article's
    assert ("meta", "（责任编辑：何军）") in units
    tail = units[units.index(("meta", "（责任编辑：何军）")) + 1:]
    assert [k for k, _ in tail] == ["debris"] * 6


def test_comments_under_furniture_without_a_sign_off_are_debris() -> None:
    raw = (_ARTICLE + "標籤：旅遊 生活 隨筆\n\n留言列表\n\n路人甲於 2023-08-25 留言\n\n寫得很清楚，推一個。\n\n"
           "小明於 2023-08-25 留言\n\n期待後續報導！\n")
    units = _units(raw)
    assert [k for k, _ in units[4:]] == ["debris"] * 6  # the tag line, the list's heading, the comments
    assert ("paragraph", "若游戏中离，则4分钟内不得进行配对，开放时间为暑假或寒假期间内不定期开放，8人经典模式随机配对，采计分方式。") in units


def test_a_heading_after_the_prose_with_no_sign_off_or_furniture_keeps_its_kind() -> None:
    # no sign-off and no furniture under the prose: nothing says where the article ends
    raw = _ARTICLE + "相关说明\n\n游戏已停止运营。\n"
    units = _units(raw)
    assert ("heading", "相关说明") in units and ("paragraph", "游戏已停止运营。") in units


def test_the_sign_off_rule_leaves_text_with_pages_alone() -> None:
    raw = _ARTICLE.replace("\n\n若", "\n\f若") + "（责任编辑：何军）\n\n北京网友\n"
    assert ("debris", "北京网友") not in _units(raw)


def test_a_link_line_between_the_prose_and_the_sign_off_is_debris() -> None:
    raw = _ARTICLE + "返回搜狐，查看更多\n\n责任编辑：石鹏红\n\n为你推荐\n\n多地出台措施稳就业保民生 60评论\n"
    units = _units(raw)
    assert ("debris", "返回搜狐，查看更多") in units and ("meta", "责任编辑：石鹏红") in units
    assert [k for k, _ in units[-2:]] == ["debris", "debris"]


def test_above_the_title_the_sites_name_and_its_section_are_debris() -> None:
    # html2text marks the <h1> with stars: the title is found, the lines above it had stayed a heading
    raw = "遠見天下誌\n專題報導\n****** 泡泡战士 ******\n" + _ARTICLE.split("\n\n", 1)[1]
    units = _units(raw)
    assert units[:3] == [("debris", "遠見天下誌"), ("debris", "專題報導"), ("title", "泡泡战士")]


def test_above_a_title_under_long_prose_nothing_changes() -> None:
    # a long paragraph above the title: the title may be a section's heading, the text above it content
    raw = _ARTICLE.split("\n\n", 2)[2] + _ARTICLE
    assert all(k != "debris" for k, _ in _units(raw))


def test_w3m_heading_two_columns_short_of_the_width_does_not_take_the_paragraph_under_it() -> None:
    # w3m -cols 40: a heading of 17 wide characters (34 of 40 columns) set off by a blank line, as paragraphs are
    body = "中国国际象棋超级大赛原名中国国际象棋特级大师邀请赛，首届比赛于二〇〇八年十二月在南京市浦口区明发珍珠泉大酒店举行，本次大赛由南京市人民政府主办，被国际棋联定为二十一级赛事。"
    para = "".join(body[i:i + 19] + "\n" for i in range(0, len(body), 19))
    raw = "象棋大赛\n\n" + para + "\n（一）中国（南京）国际象棋超级大赛\n\n" + para
    units = _units(raw)
    assert ("heading", "（一）中国（南京）国际象棋超级大赛") in units


def test_a_short_heading_under_a_full_line_ending_a_sentence_is_its_own_unit() -> None:
    # lynx -width 90 of a forum post (<br> only): the full line ends a sentence, the heading is no last line
    raw = (
            '   托尔金主张《贝奥武甫》的作者是在笼统地表达人类命运的主题，不被特定的部落政治斗争所限制，因此怪兽们对此诗歌是必不可少的。《贝奥武甫》中涉及具体部落斗争的地方，例如\n'
            '   在芬尼斯堡，托尔金坚定地反对计入奇幻元素。在文章中，托尔金表示他对《贝奥武甫》的高看：「《贝奥武甫》是我认为价值最高的材料之一」，这一影响在他中土世界的传说故事集\n'
            '   中有所体现。在二战正式开始前的预备阶段，托尔金被指定成为为电码译员。1939年1月，他被询问是否准备好在国家的非常时刻效力于外交部的密码分析部门。托尔金的回应是肯\n'
            '   定的，于3月27日开始在政府编码与解码学校的伦敦部接受指导课程。\n'
            '   然而，尽管他热心地想成为电码译员，但在十月被告知那时不需要他的服务。最终他从没有做过这个职务。2009年，《每日电讯报》声称托尔金回绝了一份年薪500的工作，出于\n'
            '   未知原因想要成为全职候选人。1945年，托尔金搬到牛津大学默顿学院，成为英语语言及文学的默顿教授，一直工作到1959年退休。他多年来担任都柏林大学的客座考官。19\n'
            '   54年，爱尔兰国立大学授予托尔金荣誉学位。托尔金于1948年完成了《魔戒》，已是开始动笔的近十年后。托尔金还为《耶路撒冷圣经》翻译了《约拿书》，于1966年出版。\n'
            '   【相关影响】\n'
            '   梅布尔在死前把两个儿子的监护权委托给好友伯明罕一所教堂的弗兰西斯·贾维尔·摩根神父，作为一位好天主教徒抚养他们长大。在1965年给儿子麦可的一封信中，托尔金回忆监\n'
            '   护人给他的影响：「摩根是一位威尔斯-西班牙裔的保守党人，对一些人而言他似乎是闲混的爱说长道短的老头。他是，也不是。我从他那第一次学到博爱和宽恕，这些的光亮甚至穿透\n'
    )
    units = _units(raw)
    assert ("heading", "【相关影响】") in units


def test_a_forum_posts_edit_stamp_is_debris_and_stands_alone() -> None:
    # the forum's note, not the post's content (the convention settled in session 13)
    raw = ("本帖最后由 闲云野鹤 于 2022-7-19 21:30 编辑\n托尔金主张《贝奥武甫》的作者是在笼统地表达人类命运的主题，\n"
           "不被特定的部落政治斗争所限制。\n")
    units = _units(raw)
    assert units[0] == ("debris", "本帖最后由闲云野鹤于2022-7-19 21:30编辑") and len(units) == 2


def test_a_footers_credit_under_the_sign_off_and_a_link_bar_is_debris() -> None:
    raw = (_ARTICLE + "（责任编辑：何军）\n\n关于我们 | 联系我们 | 网站地图\n\n主办：东阳市人民政府办公室 承办：东阳市大数据中心\n")
    units = _units(raw)
    assert ("meta", "（责任编辑：何军）") in units
    assert units[-1][0] == "debris" and units[-1][1].startswith("主办：")


def test_a_line_far_short_of_a_known_dump_width_does_not_take_a_heading_whose_word_would_have_fitted() -> None:
    # lynx -width 90 counts 80 characters a line; a line of ~60 without a sentence end stops far short of it,
    # and "东关街" (the next line's first word) would have fitted on it: the break is the page's, not a wrap
    src = ("扬州东关街是中国江苏省扬州市广陵区的一条东西向街道全长一千一百二十二米宽约五米此街在昔日西通扬州旧城大东门东面直抵新城东关"
           "曾是一条颇为繁盛的街道至今保留不少商业老字号例如著名的四美酱园谢馥春香粉店绿杨春等东关街的另一特色是保留有多处文物古迹"
           "其中个园逸圃列为全国重点文物保护单位武当行宫冬荣园被列为江苏省文物保护单位被列为扬州市文物保护单位的则有扬州山陕会馆冯氏"
           "盐商住宅胡氏住宅曹起溍故居盐务会馆李长乐故居等")
    shorts = ["东关街已被列为中国历史文化名街。", "此街曾是一条颇为繁盛的街道。", "街上保留不少商业老字号。",
              "东关街的另一特色是保留有多处文物古迹。", "个园列为全国重点文物保护单位。", "冬荣园被列为江苏省文物保护单位。"]
    raw = ("".join("   " + src[i:i + 80] + "\n" for i in range(0, 240, 80)) + "   " + src[:20] + "。\n"
           + "".join("   " + s + "\n" for s in shorts)
           + "   第一届绝对超级巨星新加坡电视歌唱选秀节目大决赛二零零五年九月一日官方网站官方新闻官方网站官方新闻报名表格下载报名表格下载\n"
           + "   东关街 (扬州)\n   " + src[5:85] + "\n   " + src[90:120] + "。\n")
    units = _units(raw)
    assert any(k == "heading" and t.replace(" ", "") == "东关街(扬州)" for k, t in units)


_MENU_PROSE = ("山中的溪水自北向南流过村口，两岸的竹林在风里起伏，村里的老人说这条溪已经流了几百年，"
               "每到春天水涨的时候，孩子们就在岸边的石头上捉小鱼，大人们则在田里忙着插秧。")


def test_a_menu_lynx_wrapped_between_inline_links_is_one_unit_a_line() -> None:
    # lynx -list_inline -width 80 prints a nav bar's links with their addresses in brackets and wraps it between
    # two links: each line of links alone is a unit, however long the addresses make it
    site = "https://www.example-house.cn"
    nav = (f"   [{site}/0/]首页 [{site}/1/]二手房\n   [{site}/2/]新房 [{site}/3/]租房\n"
           f"   [{site}/4/]小区 [{site}/5/]经纪人\n   [{site}/6/]房价\n")
    trail = f"   [{site}/]济南二手房 > [{site}/d/]高新二手房 >\n   [{site}/x/]上地西里\n"
    raw = f"{nav}\n{trail}\n   {_MENU_PROSE}\n\n   {_MENU_PROSE}\n"
    texts = [t.replace(" ", "").replace("\n", "") for _, t in _units(raw)]
    for line in nav.splitlines():
        assert line.replace(" ", "") in texts
    # a breadcrumb trail that ends its line with a separator goes on under it: one unit
    assert trail.replace(" ", "").replace("\n", "") in texts


def test_one_space_before_an_inline_link_address_is_no_column_gutter() -> None:
    # lynx -list_inline sets a menu's links one space apart on lines as alike as a column's: no two columns
    site = "https://www.shici-example.com"
    nav = "".join(f"   [{site}/{a}.html]{x} [{site}/{b}.html]{y}\n"
                  for a, x, b, y in (("a", "诗词阁", "b", "推荐"), ("c", "诗文", "d", "名句"), ("e", "作者", "f", "古籍")))
    poem = "   暮色沉沉压远山，孤烟一缕入云间。\n   松风过涧声初静，渔火临溪照未还。\n"
    raw = f"{nav}   [{site}/g.html]我的\n\n山居晚望\n\n{poem * 6}"
    texts = [t.replace(" ", "") for _, t in _units(raw)]
    for line in nav.splitlines():
        assert line.replace(" ", "") in texts


def test_two_short_lines_of_a_web_dump_are_two_units_not_one_heading() -> None:
    # w3m prints each block of a page on lines of its own: two short lines one under the other are two blocks
    # (a book page's two section heads), not a title printed as two lines as a PDF's may be
    menu = "  • 首页\n  • 图书\n  • 期刊\n  • 我的借阅\n"  # (w3m sets its bullets in two columns)
    body = "内容简介\n编辑推荐\n" + _MENU_PROSE + "\n"
    units = [t for _, t in _units(menu + "\n" + body)]
    assert "内容简介" in units and "编辑推荐" in units
    # the same lines in a printed page's extract (its pages set apart by form feeds) still make one heading
    printed = [t for _, t in _units("坚持“四个面向”\n做好“高新文章”\n" + _MENU_PROSE + "\n\f" + _MENU_PROSE + "\n")]
    assert "坚持“四个面向”做好“高新文章”" in printed


def test_bullets_typed_at_the_margin_of_plain_text_make_no_web_dump() -> None:
    # "• " at the margin is what a writer types in a plain text file (lynx and w3m set their bullets in): the file is
    # no dump of a web page, so its title wrapped over two lines is one unit as in any plain text
    title = "关于进一步加强城市社区卫生服务\n体系建设工作的实施意见\n\n"
    items = "• 加强社区卫生服务机构建设，合理布局服务网点。\n• 完善社区卫生服务人员培训制度，提高服务能力。\n"
    units = _units(title + "各区人民政府，市政府各部门：\n\n" + _MENU_PROSE + "\n\n" + items)
    assert ("title", "关于进一步加强城市社区卫生服务体系建设工作的实施意见") in units
    # the same items as w3m prints them, set in: a web page's dump, whose blocks each start a line of their own
    dump = [t for _, t in _units(title + _MENU_PROSE + "\n\n" + items.replace("• ", "  • "))]
    assert "关于进一步加强城市社区卫生服务" in dump


def test_a_w3m_dump_known_by_its_form_field_and_ruled_table_pairs_no_short_lines() -> None:
    # w3m prints a search box as "[                    ]" and a table ruled with box-drawing corners: two marks
    # of a page's markup, so its short lines one under the other stay apart as the page's blocks
    head = "长沙市图书馆\n[                    ][检索]\n┌──────┬──────┐\n│题名  │城市的记忆│\n└──────┴──────┘\n"
    units = [t for _, t in _units(head + "内容简介\n编辑推荐\n" + _MENU_PROSE + "\n")]
    assert "内容简介" in units and "编辑推荐" in units


def test_lines_ending_with_the_same_credit_and_counter_are_one_unit_each() -> None:
    # a related list printed with the same uploader and play count after each title: three items, not one paragraph
    items = ["高校毕业生就业服务月启动阿柒爱吃 · 3.2万播放", "今年春运客流预计创新高阿柒爱吃 · 3.2万播放",
             "多地发布消费提振新举措阿柒爱吃 · 3.2万播放"]
    # (a w3m dump wrapped at 30 hanzi: the items are as wide as each other, as a narrow column's lines are)
    body = "".join(_MENU_PROSE[i:i + 30] + "\n" for i in range(0, len(_MENU_PROSE), 30))
    raw = body + "\n" + body + "\n相关推荐\n" + "".join(f"{t}\n" for t in items) + "京ICP备00000001号-1\n"
    texts = [t.replace(" ", "") for _, t in _units(raw)]
    for t in items:
        assert t.replace(" ", "") in texts


def test_a_table_drawn_with_borders_is_one_unit_a_cell() -> None:
    # w3m rules a page's information table with box-drawing borders; html2text draws "|" between the cells
    w3m = ("┌──────┬──────────┬──────┬──────┐\n│索引号：│11500105MB3036290 │主题分类：│城乡建设│\n"
           "├──────┼──────────┼──────┼──────┤\n│发布机构：│江北区人民政府办公室│成文日期：│2023年5月15日│\n"
           "└──────┴──────────┴──────┴──────┘\n")
    html2text = "|课号|CSIE2010|学分|3|\n|上课时间|三6-8|上课地点|文学院302|\n"
    for table, cells in ((w3m, ["│索引号：│", "11500105MB3036290│", "主题分类：│", "城乡建设│", "│发布机构：│",
                                "江北区人民政府办公室│", "成文日期：│", "2023年5月15日│"]),
                         (html2text, ["|课号|", "CSIE2010|", "学分|", "3|", "|上课时间|", "三6-8|", "上课地点|", "文学院302|"])):
        units = _units(f"{table}\n{_MENU_PROSE}\n")
        assert [t.replace(" ", "") for k, t in units if k == "debris" and "─" not in t] == cells


def test_a_cookie_notice_and_its_button_do_not_join_the_line_after_a_blank_line_in_a_web_dump() -> None:
    # lynx sets each block of a page apart by a blank line: the notice's last words after its full stop (the button)
    # do not run on into the site bar below it, as a wrapped sentence's first characters would
    raw = ("   本站使用Cookie以改善浏览体验，继续访问即表示同意。知道了\n\n   天气网 当前城市：江城 [切换城市]\n\n"
           "     * 首页\n     * 预报\n     * 雷达\n\n" + "   " + _MENU_PROSE + "\n")
    texts = [t.replace(" ", "") for _, t in _units(raw)]
    assert "本站使用Cookie以改善浏览体验，继续访问即表示同意。知道了" in texts


def test_a_web_dump_with_crlf_line_ends_is_known_by_the_same_marks() -> None:
    # html2text's star heading and lynx's "References" close their lines; a dump saved with CRLF line ends has a
    # "\r" there: the same page, so its short lines one under the other stay two blocks, as with LF
    page = "****** 书目详情 ******\n\n内容简介\n编辑推荐\n" + _MENU_PROSE + "\n\nReferences\n\n"
    for raw in (page, page.replace("\n", "\r\n")):
        units = [t for _, t in _units(raw)]
        assert "内容简介" in units and "编辑推荐" in units, "crlf" if "\r" in raw else "lf"


def test_a_metadata_table_printed_without_borders_is_one_debris_unit_a_cell() -> None:
    # lynx pads a government page's information table to its columns: labels and values a gap apart, two fields a
    # row; each label and each value is a cell (as a table drawn with borders is), not one meta line a row
    table = ("   索引号：  11500105MB3036290/2023-00259 主题分类：    城乡建设\n"
             "   发布机构：      江北区人民政府办公室      成文日期： 2023年5月15日\n"
             "   文　　号：      江北府办发〔2023〕22号      发布日期： 2023年5月28日\n")
    units = _units(table + "\n" + _MENU_PROSE + "\n")
    cells = ["索引号：", "11500105MB3036290/2023-00259", "主题分类：", "城乡建设", "发布机构：", "江北区人民政府办公室",
             "成文日期：", "2023年5月15日", "文号：", "江北府办发〔2023〕22号", "发布日期：", "2023年5月28日"]
    assert [(k, t.replace(" ", "").replace("\u3000", "")) for k, t in units[:12]] == [("debris", c) for c in cells]
    # a block of credits (the article's own: its labels a credit's) is no table
    credit = _units("   发布时间： 2023-06-01\n   来源： 新华社\n\n" + _MENU_PROSE + "\n")
    assert not any(t.replace(" ", "") in ("发布时间：", "来源：") for _, t in credit)


def test_a_two_column_table_one_space_apart_is_one_debris_unit_a_cell() -> None:
    # lynx and w3m pad a column to its widest cell: labels all as wide leave one space before the values
    # (a product's specification, a wiki's infobox, a service guide's facts); each label and each value is a cell
    table = "   品牌 美厨\n   型号 MC-958\n   产地 中国大陆\n   颜色 曜石黑\n"
    units = _units(table + "\n" + _MENU_PROSE + "\n")
    cells = ["品牌", "美厨", "型号", "MC-958", "产地", "中国大陆", "颜色", "曜石黑"]
    assert units[:8] == [("debris", c) for c in cells]
    assert units[8][0] == "paragraph"
    # words one space apart with no figure among them are a list, no table; nor are a forum poster's counters
    for rows in ("   收藏 复制\n   写景 抒情\n", "   积分 2310\n   帖子 486\n", "   好评 98%\n   评价 优秀 满意\n"):
        texts = [t for _, t in _units(rows + "\n" + _MENU_PROSE + "\n")]
        assert not any(t in ("收藏", "积分", "好评") for t in texts), rows


def test_a_rating_in_stars_starts_a_unit_of_its_own() -> None:
    # a recipe page's rating widget under the last paragraph, which ends without a full stop: no continuation
    para = "歷任四川省交通廳汽車修理廠生產排程員、成都市第一技工學校實習廠廠長、教務處主任、副校長，"
    units = [t.replace(" ", "") for _, t in _units(_MENU_PROSE + "\n" + para + "\n這篇食譜對你有幫助嗎？ ★★★★★ (89 票)\n")]
    assert para in units and "這篇食譜對你有幫助嗎？★★★★★(89票)" in units
    # and a review's head does not run on from the reply counter above it
    units = [t.replace(" ", "") for _, t in _units(_MENU_PROSE + "\n👍4\nc*****n ★★★★★\n")]
    assert "👍4" in units


def test_a_notice_bar_with_its_button_does_not_run_on_into_the_line_under_it() -> None:
    # a cookie bar at a page's top, its button printed after its sentence: the language menu under it is no
    # continuation of a sentence that a wrap cut, though no blank line comes between
    notice = "本網站使用Cookies以提升瀏覽體驗，繼續瀏覽即表示同意。接受"
    raw = ("   " + notice + "\n   繁 | 簡 | Português　2024年4月10日\n   濠江資訊網\n\n" + "   " + _MENU_PROSE
           + "\n\n   [1]首页 [2]新闻\n")  # (lynx's margin of three spaces: a web dump)
    texts = [t.replace(" ", "") for _, t in _units(raw)]
    assert notice in texts
    # a wrapped sentence whose next line is prose goes on as before
    para = "记者从市教育局获悉，今年全市新建改扩建中小学校二十所。新增"
    units = [t for _, t in _units("   " + para + "\n   学位两万余个，有效缓解了城区入学压力。\n\n   [1]首页 [2]新闻\n")]
    assert para + "学位两万余个，有效缓解了城区入学压力。" in units
