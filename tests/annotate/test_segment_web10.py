"""Batch 10's web designs (dev10 WEB part, issue #10): failure classes of the new site designs, text and native."""

from __future__ import annotations

from annotate.segment import segment_text


def _units(text: str) -> list[tuple[str, str]]:
    return [(u.kind, u.text) for u in segment_text(text, "t").units]


# a saved copy re-wrapped at 62 columns: a header line "【host】https://…" over the page's first line and,
# around every 42 lines, between the two pieces of a wrapped paragraph
SAVED_HEADER = (
    "【www.xwb.gov.example.cn】https://www.xwb.gov.example.cn/c/0000.html\n"
    "燕赵省人民政府新闻办公室\n"
    "燕赵省“文化遗产保护”专题新闻发布会实录\n"
    "段慧敏：香港市电为220伏特（早期为200，1990年开始提升；英国则现\n"
    "为230，早期为240）、50赫兹。汉人较具规模的屯垦始于1684年之后，\n"
    "— 1 —\n"
    "【www.xwb.gov.example.cn】https://www.xwb.gov.example.cn/c/0000.html\n"
    "该地为中心向四周垦荒凿圳，原有的平埔族部落遂逐渐被汉人移民所融合\n"
    "。1694年，高拱干纂修的《台湾府志》已经载有彰化地区第一个庄名。\n"
)


def test_saved_copy_header_with_address_is_a_line_of_its_own():
    units = _units(SAVED_HEADER)
    header = [(k, t) for k, t in units if "https://" in t]
    assert header == [("debris", "【www.xwb.gov.example.cn】https://www.xwb.gov.example.cn/c/0000.html")] * 2
    assert units[1][1] == "燕赵省人民政府新闻办公室"  # not glued under the header
    second = max(i for i, u in enumerate(units) if u == header[1])
    assert units[second + 1][1].startswith("该地为中心")  # the paragraph's second piece stands apart


# lynx -nolist -width=150 (w10-004): a side menu naming the page's sections, then the department's name (the title) and the first
# section head as two short lines one under another (styled <div>s)
SIDE_MENU_HEADS = (
    '   省中医院\n'
    '   预约挂号：0551-12345678\n'
    '\n'
    '   首页医院概况科室导航专家团队就医指南健康科普\n'
    '\n'
    '   当前位置：首页 > 科室导航 > 内科系统 > 神经内科\n'
    '\n'
    '   神经内科\n'
    '     * 科室简介\n'
    '     * 专家介绍\n'
    '     * 特色技术\n'
    '     * 出诊时间\n'
    '     * 科普园地\n'
    '\n'
    '   神经内科\n'
    '   科室简介\n'
    '   然后能造化万物，天地人伦次第分明，灵根长久牢固，枝干百世繁衍。天和人相同，都是如此。因此大禹在涂山娶妻，而夏族从而兴起；妊姒嫁到周国，而姬姓的福气昌盛。如今将要册立皇后，应该适时选择。听说试守晋陵郡太守王蕴的女儿，天性温柔顺从，诗书礼乐四业具备。\n'
    '   春秋时，舟山属越，称甬东，又喻称海中洲。公元738年，唐开元二十六年，置县，以境内有翁山而命名为翁山县，史上群岛置县之始。至公元771年，大历六年，翁山县因被袁晁率起义军占领而被撤废县治。公元1073年，北宋熙宁六年，重新置县，名昌国县。意其东控日本，北接登莱，南连瓯闽，西通吴会，\n'
    '   实海中之巨障，足以昌壮国势焉。\n'
    '   元朝初年升格为昌国州。明朝洪武二年又降为昌国县，二十年更罢县。洪武二十年将舟山岛城区和镇外的居民和其他46山的居民徙迁内陆。其后，浙江海商及葡萄牙人，建立港口。公元1548年，明嘉靖二十七年，浙江巡抚朱纨派都指挥卢镗率兵进攻舟山市佛渡岛上双屿港，港口以木石淤塞，城市被大火烧光。数百\n'
    '   葡萄牙人被杀，侥幸活命的乘船逃走。\n'
    '   专家介绍\n'
)


def test_section_head_named_by_the_side_menu_is_no_second_title_line():
    texts = [t for _, t in _units(SIDE_MENU_HEADS)]
    assert "神经内科科室简介" not in texts
    at = texts.index("科普园地")
    assert texts[at + 1:at + 3] == ["神经内科", "科室简介"]


def _page(body: str, title: str = "") -> list[tuple[str, str]]:
    from annotate.segment.readers.html import read_html

    page = f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>{body}</body></html>'
    doc, _ = read_html(page.encode("utf-8"), "d")
    return [(u.kind, u.text) for u in doc.units]


PROSE = ("<p>西斯拉夫語及大多數南斯拉夫語都使用拉丁字母，而不是西里爾字母，或多或少反映了主流宗教對大眾的影響。"
         "當中，波蘭語用上了好幾種特別的標音符及二字符字母來表示。</p>")
PROSE2 = ("<p>在西元前4世紀的時候，蓋爾人從法國南部和西班牙北部來到愛爾蘭島。他們同化了居住在當地的伊比利亞人，"
          "並成為愛爾蘭民族的基礎。</p>")


def test_press_release_label_is_no_title_and_end_mark_is_furniture():
    units = _page(
        '<table><tr><td><b>香港地方史學會</b></td><td>繁 | 简 | EN</td></tr></table>'
        "<table><tr><td><p><b>新聞稿</b></p><p>即時發佈</p><p>發佈日期：2022年6月9日</p>"
        '<p align="center"><b>協會推出社區口述歷史計劃</b></p>' + PROSE + "<p><u>調查重點</u></p>" + PROSE2
        + '<p align="center">- 完 -</p><p><b>關於香港地方史學會</b></p>'
        "<p>香港地方史學會成立於一九九零年代，是一個非牟利的民間團體，致力推廣本地歷史與文化保育。</p></td></tr></table>",
        title="新聞稿")
    kinds = dict((t, k) for k, t in units)
    assert kinds["協會推出社區口述歷史計劃"] == "title"
    assert kinds["新聞稿"] == "debris" and kinds["香港地方史學會"] == "debris"
    assert kinds["-完-"] == "debris"
    assert kinds["關於香港地方史學會"] == "heading"


def test_h2_headline_under_a_site_name_paragraph_is_the_title():
    units = _page(
        '<table><tr><td><font size="5"><b>南溪大学教务处</b></font> Office of Academic Affairs</td></tr></table>'
        '<table><tr><td width="200"><b>通知公告</b><br><a href="#">教务通知</a><br><a href="#">考务通知</a><br></td><td>'
        '<h2 align="center">关于开展通识课程案例建设工作的通知</h2><p>各学院、各有关单位：</p>' + PROSE + PROSE2
        + "</td></tr></table>", title="关于做好相关工作的通知")
    kinds = dict((t, k) for k, t in units)
    assert kinds["关于开展通识课程案例建设工作的通知"] == "title"
    assert kinds["通知公告"] == "debris"
    assert kinds["南溪大学教务处Office of Academic Affairs"] == "debris"


def test_forum_opening_post_byline_and_counter_bar():
    units = _page(
        '<div class="ts"><h1>[討論] 整理了一些資料，大家看看</h1></div><div class="hm">查看: 4038｜回覆: 16</div>'
        '<table><tr><td class="pls"><div>阿福</div><div>Lv.8</div></td><td class="plc"><div class="pi">樓主</div>'
        '<div class="pti">阿福 發表於 2022-1-23 13:27</div><div class="t_f">' + PROSE[3:-4] + "<br><br>"
        + PROSE2[3:-4] + "</div></td></tr></table>"
        '<table><tr><td class="pls"><div>風起時</div></td><td class="plc"><div class="pi">沙發　發表於 2024-11-9 17:20</div>'
        '<div class="t_f">謝謝分享，收藏了！</div></td></tr></table>')
    kinds = dict((t, k) for k, t in units)
    assert kinds["查看: 4038｜回覆: 16"] == "debris"  # (a space between two narrow characters stays, session 22)
    assert kinds["阿福發表於2022-1-23 13:27"] == "byline"
    assert kinds["沙發發表於2024-11-9 17:20"] == "debris"


def test_wiki_hatnote_is_furniture():
    units = _page('<h1>舊城區</h1><div id="c"><div class="hatnote">本條目介紹的是地方史上的舊城區。關於同名車站，請見「舊城區站」。</div>'
                  + PROSE + "<h2>歷史</h2>" + PROSE2 + "</div>")
    kinds = dict((t, k) for k, t in units)
    assert kinds["本條目介紹的是地方史上的舊城區。關於同名車站，請見「舊城區站」。"] == "debris"


def test_expert_cards_and_their_heading_are_furniture():
    units = _page(
        '<div class="main"><div class="dname" style="font-size:24px;font-weight:bold">神经内科</div>'
        '<div class="tit" style="font-weight:bold">科室简介</div><div class="txt">' + PROSE[3:-4] + "</div>"
        '<div class="tit" style="font-weight:bold">专家介绍</div><div class="cards">'
        '<dl><dt>孟志　主任医师</dt><dd>擅长：老年综合评估</dd><dd><a href="#">查看详情</a></dd></dl>'
        '<dl><dt>董宏伟　主任医师</dt><dd>擅长：高血压、冠心病诊治</dd><dd><a href="#">查看详情</a></dd></dl></div>'
        '<div class="tit" style="font-weight:bold">特色技术</div><div class="txt">' + PROSE2[3:-4] + "</div></div>",
        title="神经内科")
    kinds = dict((t, k) for k, t in units)
    assert [kinds[t] for t in ("专家介绍", "孟志主任医师", "擅长：老年综合评估", "董宏伟主任医师")] == ["debris"] * 4
    assert kinds["科室简介"] == "heading" and kinds["特色技术"] == "heading"


# html2text -width 150 (w10-002): a layout table's left menu cut to its width by bytes (a broken character, U+FFFD)
# printed beside the breadcrumb, the title in html2text's stars, the byline and the addressee line
LEFT_CELL_TITLE = (
    '                                                        南溪大学教务处 Office of Academic Affairs\n'
    '                                                        首页 | 机构设置 | 通知公告 | 教学运行 | 实践教学 | 下载中心\n'
    '通�当前位置：首页 >> 通知公告 >> 正文\n'
    '教�                                                                                                                                                                      ***** 关于开展通识课程案例建设工作的通知 *****\n'
    '考�                                                                                                                                                                     发布者：教务处\u3000发布时间：2024-11-15\u3000浏览次数：265\n'
    '学�各学院、各有关单位：\n'
    '     \xa0\xa0\xa0\xa0为进一步做好通识课程案例建设工作，经研究，现将有关事项通知如下。以下材料供各单位参考。\n'
    '     一、背景材料\n'
)


def test_left_cell_cut_before_a_starred_title():
    units = _units(LEFT_CELL_TITLE)
    assert ("debris", "教\ufffd") in units and ("debris", "考\ufffd") in units and ("debris", "学\ufffd") in units
    assert any(k == "title" and t.strip("* ") == "关于开展通识课程案例建设工作的通知" for k, t in units)
    assert "各学院、各有关单位：" in [t for _, t in units]


# w3m -cols 76 (w10-006): a two-cell layout table, the 今日要闻 list in the left cell beside the title; the cells
# set by display columns (a hanzi two), so the item's line reaches the body's edge only counted so
W3M_LEFT_LIST = (
    '临川新闻网                                                                                                               2024年4月19日\u3000星期三\n'
    '\n'
    '首页\u3000本地\u3000民生\u3000文旅\u3000视频\u3000专题\n'
    '\n'
    '今日要闻                              您的位置：首页 > 文旅 > 正文\n'
    '\n'
    '  • 城区三条道路今起封闭施工          走进地方史的深处\n'
    '  • 全市中小学课后服务提质\n'
    '                                      来源：临川日报\u3000作者：尹宇\u3000时间：2023-01-06 08:15\n'
    '\n'
    '                                          次磷酸（化学式：HPO）是一种磷的含氧酸，也是一种很强的还原剂。无色、低熔\n'
    '                                      点的晶体，易过冷成粘稠液体，可溶于水、二恶烷和乙醇。虽然次磷酸可以表示为HPO\n'
    '                                      ，但更准确的表示式为HOP(O)H，突出了其作为一元酸的特点。HOP(O)H（次磷酸）中\n'
    '                                      会含有少量的它的互变异构体HP(OH)，并保持一定的平衡。这种次要的互变异构体的\n'
    '                                      IUPAC名称为“hypophosphorous acid”，有机衍生物称“亚膦酸”。次磷酸被烃基取代后\n'
    "                                      ，形成的衍生物HO(O)P(R)R'称为次膦酸。\n"
    '\n'
    '                                          野生动植物资源，在茂密的森林中，生长著各类野生植物资源2300多种，其中山\n'
    '                                      参、灵芝、贝母、黄芪、木通、五味子、天麻、瑞香、杜香、细辛、草丛蓉等名贵药\n'
    '                                      用植物800余种，松茸、蕨菜、薇菜、刺嫩芽、木耳、越桔、元磨、猴头、桔梗等山珍\n'
    '                                      食用植物160余种；同时还栖息著东北虎、金钱豹、黑熊、水獭、紫貂、梅花鹿等野生\n'
    '                                      动物550余种。\n'
    '\n'
    '                                                                     史料里的细节\n'
)

# w3m -cols 120 (w10-002): a short notice (six long lines at the body's edge, four first lines set in by four
# columns) with a left menu beside the breadcrumb and the centred title
W3M_LEFT_MENU = (
    '南溪大学教务处 Office of Academic Affairs\n'
    '首页 | 机构设置 | 通知公告 | 教学运行 | 实践教学 | 下载中心\n'
    '\n'
    '通知公告                     当前位置：首页 >> 通知公告 >> 正文\n'
    '教务通知\n'
    '考务通知                                                           关于开展通识课程案例建设工作的通知\n'
    '学籍通知\n'
    '                                                           发布者：教务处\u3000发布时间：2024-11-15\u3000浏览次数：265\n'
    '\n'
    '                             各学院、各有关单位：\n'
    '\n'
    '                                 为进一步做好通识课程案例建设工作，经研究，现将有关事项通知如下。以下材料供各单位参考。\n'
    '\n'
    '                             一、背景材料\n'
    '\n'
    '                                 少年从军，以材力奋，为节度使薛楚玉部下。安史之乱时，随史思明攻打河阳，趁夜率五百人投降李光弼，唐肃宗召至京\n'
    '                             师，赐名李忠臣，赐良马、甲第。时立有战功，大败奚族首领阿布离。郭子仪军攻相州时，诸军皆溃，惟独李忠臣独胜③。\n'
    '\n'
    '                                 1498年14岁，他的父母将他送到大城埃森纳赫方济会办的圣乔治拉丁文学校就读。埃森纳赫是路德母亲的家乡，路德也在\n'
    '                             一旁的圣乔治教堂聚会，并参与诗班的服侍，路德很喜爱音乐，还与其他的孩子们共组了一个唱诗班，到别人家里演出，赚得\n'
    '                             一些小费，宋理宗赵昀，原。\n'
    '\n'
    '                             二、工作要求\n'
    '\n'
    '                                 民国三十六年初，台湾爆发二二八事件。嘉义市是重灾区。3月2日，嘉义民众攻占了市府、电台等设施。之后市民还包围\n'
    '                             了水上机场，和军警展开对峙。3月8日，纷争暂时平息，但已有300多名普通市民伤亡。\n'
    '\n'
    '                             附件：\n'
    '\n'
    '                             1.通识课程案例建设申报表（第1类）.docx\n'
    '\n'
    '                             2.通识课程案例建设申报表（第2类）.docx\n'
    '\n'
    '                             3.通识课程案例建设申报表（第3类）.docx\n'
)


def test_left_list_item_beside_the_title_in_display_columns():
    units = _units(W3M_LEFT_LIST)
    assert ("debris", "城区三条道路今起封闭施工") in units
    assert ("title", "走进地方史的深处") in units


def test_left_menu_beside_a_short_notice():
    units = _units(W3M_LEFT_MENU)
    assert ("debris", "考务通知") in units
    assert "关于开展通识课程案例建设工作的通知" in [t for _, t in units]


# html2text -width 150 (w10-008): the author column's rank printed beside the opening post's header row
FORUM_RANK = (
    "論壇 › 地理探索 › 主題\n"
    "****** [討論] 整理了一些資料，大家看看 ******\n"
    "查看: 4038｜回覆: 16\n"
    "阿福 樓主\n"
    "Lv.8   阿福 發表於 2022-1-23 13:27\n"
    "       在行政庶務上，祕書處負責行政文書、迎新與送舊茶會、人力培訓等事宜。財務部負責年度預算決算之編列、學生會產管理與會計出納事宜。\n"
    "\n"
    "       萬曆三十九年（1611年）署都察院。萬曆四十七年（1619年）七月，爆發薩爾滸之役，遼陽經略楊鎬告急。\n"
)


def test_forum_rank_beside_the_posters_line_is_cut_off():
    units = _units(FORUM_RANK)
    assert ("debris", "Lv.8") in units
    assert "阿福發表於2022-1-23 13:27" in [t for _, t in units]  # a unit of its own, not glued to the rank


def test_opening_posters_line_above_the_prose_is_a_byline():
    units = _units(FORUM_RANK.replace("Lv.8   ", ""))
    assert ("byline", "阿福發表於2022-1-23 13:27") in units


# saved copies wrapped at 24 characters (savedch24, w10-006 / w10-014): a credit line cut after a label's colon,
# its value on the next line, and one filled to the width with a word cut at its end
SAVED24_BYLINE = (
    '走进地方史的深处\n'
    '\n'
    '来源：临川日报\u3000作者：尹宇\u3000时间：\n'
    '2023-01-06 08:15\n'
    '\n'
    '次磷酸（化学式：HPO）是一种磷的含氧酸，也是一\n'
    '种很强的还原剂。无色、低熔点的晶体，易过冷成粘稠\n'
    '液体，可溶于水、二恶烷和乙醇。虽然次磷酸可以表示\n'
    '为HPO，但更准确的表示式为HOP(O)H，突出\n'
    '了其作为一元酸的特点。HOP(O)H（次磷酸）中\n'
    '会含有少量的它的互变异构体HP(OH)，并保持一\n'
    '定的平衡。这种次要的互变异构体的IUPAC名称为\n'
    '“hypophosphorous acid”，有\n'
    '机衍生物称“亚膦酸”。次磷酸被烃基取代后，形成的\n'
)
SAVED24_CONTACT = (
    '【www.heritage.example.org.hk】https://www.heritage.example.org.hk/c/0014.html\n'
    '香港地方史學會          繁 | 简 |\n'
    'EN\n'
    '主頁 | 關於我們 | 新聞中心 | 活動 |\n'
    '聯絡我們\n'
    '\n'
    '新聞稿\n'
    '\n'
    '即時發佈\n'
    '\n'
    '發佈日期：2022年6月9日\n'
    '\n'
    '協會推出社區口述歷史計劃\n'
    '\n'
    '（香港，2024年7月23日）西斯拉夫語及大多數\n'
    '南斯拉夫語都使用拉丁字母，而不是西里爾字母，或多\n'
    '或少反映了主流宗教對大眾的影響。當中，波蘭語用上\n'
    '了好幾種特別的標音符及二字符字母來表示其獨特的語\n'
    '音。在捷克語，亦有使用hek來增加可用的字母。「\n'
    'hek」這個字本身就是源自捷克語。\n'
    '\n'
    '調查重點\n'
    '\n'
    '不過，前者因為以色列建國，以希伯來語作為官方語言，\n'
    '通常被視為是少數成功的母語運動之一，而後者的母語\n'
    '運動，則被不少學者認為是一個失敗的例子。愛爾蘭人\n'
    '的先民主要是屬於凱爾特部落羣的蓋爾人，並吸收有伊\n'
    '比利亞人、諾曼人、以及盎格魯-撒克遜人的成分。伊\n'
    '比利亞人是愛爾蘭島上最早的居民，來自伊比利亞半島。\n'
    '\n'
    '在西元前4世紀的時候，蓋爾人從法國南部和西班牙北\n'
    '部來到愛爾蘭島。他們同化了居住在當地的伊比利亞人，\n'
    '並成為愛爾蘭民族的基礎。多數的歷史學家相信，在西\n'
    '元前7世紀左右，蓋爾人就開始在愛爾蘭島上定居，從\n'
    '事農業生產和飼養家畜。因此，愛爾蘭語有著相當長遠\n'
    '的歷史。\n'
    '\n'
    '未來工作\n'
    '\n'
    '自1982年成立以來，本項賽事已成爲國際羽毛球格\n'
    '蘭披治賽的其中一個賽站；在2004至2006年期\n'
    '間，賽事更提升爲總獎金達25萬美元的「六星級」世\n'
    '界大賽。至2007年，世界羽毛球聯會再將本賽事列\n'
    '— 1 —\n'
    '【www.heritage.example.org.hk】https://www.heritage.example.org.hk/c/0014.html\n'
    '爲世界羽聯超級系列賽的其中一站，所以又被稱爲香港\n'
    '羽毛球超級賽，吸引世界排名前十名的羽毛球好手參加。\n'
    '此外，本項賽事在2005年起，被香港特別行政區政\n'
    '府大型體育活動事務委員會定爲「M品牌活動」，以示\n'
    '賽事爲政府認可的優質體壇盛事。\n'
    '\n'
    '洛拉回到意大利時就開始不斷在意大利大牌國際電影(\n'
    '例如和)和戲劇院工作。她連續兩年在《毛利佐·扣斯\n'
    '坦奏秀》之脫口秀上班。她被邀請與、馬科·哥倫部羅、\n'
    '芭芭拉·德羅西、布拉斯·羅加雷伊，恩里科·布里尼\n'
    '亞娜、、維托里奧·加斯曼和雪萊·威特到洛杉磯演員\n'
    '工作室做研究。她能夠流利講意大利語、法語、西班牙\n'
    '語與英語。\n'
    '\n'
    '參加野臺開唱後，樂團開始將錄製的試聽帶送到各大唱\n'
    '片公司，希望爭取出片的機會。1997年6月，臺灣\n'
    '滾石唱片的製作人李宗盛在聽過試聽帶〈志明與春嬌〉\n'
    '後，與團長怪獸聯絡，兩個月後五月天就與滾石簽約。\n'
    '1998年1月樂團參與了角頭音樂所發行《ㄞ國歌曲》\n'
    '地下樂團的合輯臺灣同志音樂創作2-《擁抱》，於同\n'
    '年7月發行該專輯；其中收錄了五月天作品〈擁抱〉、\n'
    '〈愛情的模樣〉、〈透露〉，該專輯歌詞與現有專輯作\n'
    '品有稍做修改，大部份詞曲都是由五月天擔任，並包辦\n'
    '所有製作及錄音工作。1999年冠佑正式加入五月天。\n'
    '\n'
    '- 完 -\n'
    '\n'
    '關於香港地方史學會\n'
    '\n'
    '香港地方史學會成立於一九九零年代，是一個非牟利的\n'
    '民間團體，致力推廣本地歷史與文化保育，定期舉辦導\n'
    '賞、講座及研究計劃。\n'
    '\n'
    '傳媒查詢：廖梓涵小姐\u3000電話：29913137\u3000電\n'
    '郵：media@example.org.hk\n'
    '\n'
    '© 2024 香港地方史學會 版權所有\u3000私隱政策\n'
    '\u3000免責聲明\n'
)


def test_credit_line_cut_by_a_character_wrap_is_one_unit():
    assert any(t == "来源：临川日报　作者：尹宇　时间：2023-01-06 08:15" or "".join(t.split()) == "来源：临川日报作者：尹宇时间：2023-01-0608:15"
               for _, t in _units(SAVED24_BYLINE))
    assert "傳媒查詢：廖梓涵小姐電話：29913137電郵：media@example.org.hk" in ["".join(t.split()) for _, t in _units(SAVED24_CONTACT)]


# lynx -width 120 (w10-010): a wiki's infobox, its caption and two rows, between the hatnote and the lead
WIKI_INFOBOX = (
    "                                                       舊城區\n"
    "\n"
    "   維基百科，自由的百科全書\n"
    "   本條目介紹的是地方史上的舊城區。關於同名車站，請見「舊城區站」。\n"
    "     舊城區\n"
    "   類型 歷史地區\n"
    "   設立 1879年\n"
    "\n"
    "   當時的杭州是宋朝的文化經濟中心，人口逾100萬，為旅客而設的茶室及酒館林立，後來更發展出餐館，為旅客及本地人服務。\n"
)


def test_infobox_rows_under_their_caption_are_one_unit_a_cell():
    # (one unit a row before session 17: a table's cells are units of their own since session 16's convention, and
    # the dev10 gold cuts these rows so; cells.cut_table_rows with spaced, webdump.cut_label_rows before)
    units = _units(WIKI_INFOBOX)
    assert all(("debris", cell) in units for cell in ("類型", "歷史地區", "設立", "1879年"))
    assert "舊城區" in [t for _, t in units]


def test_reply_boxes_and_their_heading_are_furniture():
    # answers under a question: sibling boxes, each with the poster's name and a dated time, then the text
    units = _page(
        '<h1>梅雨季节墙面发霉怎么办？</h1><div class="q">' + PROSE + '</div><div class="best"><div class="c">'
        + PROSE2 + '</div></div><div class="other"><h3>其他2条回答</h3>'
        '<div class="ans"><p>木子　2023-06-13 10:02</p><p>一定要记住了，吃惊</p></div>'
        '<div class="ans"><p>热心网友　2023-06-14 19:40</p><p>' + PROSE[3:-4] + '</p></div></div>')
    kinds = dict((t, k) for k, t in units)
    assert [kinds[t] for t in ("其他2条回答", "木子2023-06-13 10:02", "一定要记住了，吃惊", "热心网友2023-06-14 19:40",
                               PROSE[3:-4])] == ["debris"] * 5
    assert kinds[PROSE2[3:-4]] == "paragraph"


def test_thread_opening_post_stays_and_its_replies_are_furniture():
    # a thread: the opening post is the first box (the page's first prose is in it); its tail (floor and date,
    # signature) and the other posts are furniture
    post = '<div class="post"><div class="who"><a>{}</a></div><div class="body">{}</div><div class="tail">{}</div>{}</div>'
    units = _page(
        '<h3>周末骑行路线整理</h3>'
        + post.format("青山骑行客", PROSE[3:-4] + "<br>" + PROSE2[3:-4], "<span>1楼</span><span>2023-04-08 21:16</span>",
                      '<div class="sig">—— 骑行三年，风雨无阻 ——</div>')
        + post.format("路过的风", "七月底，道口上几节货车车厢被洪水冲倒，另有数节车厢被冲出来，横在路上。今年的雨季格外长。",
                      "<span>2楼</span><span>2023-04-08 22:02</span>", ""),
        title="周末骑行路线整理")
    kinds = dict((t, k) for k, t in units)
    assert kinds[PROSE[3:-4]] == "paragraph" and kinds[PROSE2[3:-4]] == "paragraph"
    assert [kinds[t] for t in ("1楼2023-04-08 21:16", "——骑行三年，风雨无阻——",
                               "七月底，道口上几节货车车厢被洪水冲倒，另有数节车厢被冲出来，横在路上。今年的雨季格外长。")] \
        == ["debris"] * 3


def test_dated_story_boxes_holding_the_prose_stay():
    # a page of two stories, each box under its dated byline: the boxes hold the page's prose, no replies
    story = '<div class="story"><p>记者 {}　2023-05-0{} 10:0{}</p>{}</div>'
    units = _page('<h1>今日要闻</h1>' + story.format("王立", 1, 1, PROSE) + story.format("李明", 2, 2, PROSE2), title="今日要闻")
    kinds = dict((t, k) for k, t in units)
    assert kinds[PROSE[3:-4]] == "paragraph" and kinds[PROSE2[3:-4]] == "paragraph"


def test_dated_list_inside_the_article_stays():
    # a programme's sessions in the article, the article's prose going on below them: no replies
    item = '<li class="s"><p>主讲 {}　2023-05-1{} 14:30</p><p>{}</p></li>'
    units = _page('<h1>学术周日程</h1>' + PROSE + '<ul>' + item.format("王立", 1, "城市更新与社区治理的实践，案例与方法分享。")
                  + item.format("李明", 2, "韧性城市的规划工具与数据平台介绍。") + '</ul>' + PROSE2, title="学术周日程")
    kinds = dict((t, k) for k, t in units)
    assert kinds["城市更新与社区治理的实践，案例与方法分享。"] != "debris" and kinds["韧性城市的规划工具与数据平台介绍。"] != "debris"
