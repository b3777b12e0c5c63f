"""Web and dump residuals of the development splits (dev2, dev5, dev6, dev9, dev9xw, dev10, dev11): one rule each."""

from __future__ import annotations

from annotate.segment import segment_text


def _units(text: str) -> list[tuple[str, str]]:
    return [(u.kind, u.text) for u in segment_text(text, "t").units]


# a scrape that kept a closing tag after the paragraph's full stop, wrapped at 40 columns, a short bracketed
# heading right under it (c2-009): the tag hides the sentence end, the heading must not be glued on
TAG_AFTER_STOP = (
    "　　叶为二回偶数羽状复叶，互生，椭圆形，长约三十厘米；叶柄披锈色\n"
    "毛，粗壮，长约四厘米；羽片八对，对生或近对生，羽轴长约十二厘米。\n"
    "　　果为木质荚果，纺锤形，扁平，边缘具翅，两端尖，中央具条纹，绿\n"
    "色，成熟时转深褐色，不自裂；种子赤褐色，扁平，长约一厘米。</div>\n"
    "【严长寿】\n"
    "　　严长寿，出生于上海市，祖籍浙江杭州，台湾基隆中学毕业，目前为\n"
    "公益平台文化基金会董事长，长期关心台湾的发展，也参与多次规划。\n"
)


def test_closing_tag_after_a_full_stop_ends_the_paragraph():
    units = _units(TAG_AFTER_STOP)
    assert ("heading", "【严长寿】") in units or ("title", "【严长寿】") in units
    tagged = [t for _, t in units if t.endswith("</div>")]
    assert len(tagged) == 1 and tagged[0].startswith("果为木质荚果")


# a saved copy wrapped at 80 columns (w9x-012): a related list whose bullets were dropped, five short lines with no
# blank line between under its head; a headline is printed over three lines at most, so these are five items
RELATED_LIST = (
    "國家預防腐敗局是中華人民共和國的國家級預防腐敗專門機構，主要負責全國防腐敗工作的\n"
    "協調與策劃，制定反腐政策，檢查與指導社會企業、單位、團體的反腐工作同時負責預防腐\n"
    "敗的國際合作和國際援助。防腐局在2007年9月6日宣布成立，於13日正式揭牌。\n"
    "\n"
    "買了此商品的人也買了\n"
    "\n"
    "世界史地圖集\n"
    "帝國的興衰\n"
    "被遺忘的古城\n"
    "城市的記憶\n"
    "海上絲路\n"
    "\n"
    "客服專線：02-2345-6789　週一至週五 09:00-18:00\n"
)


def test_five_short_lines_in_a_row_are_five_items():
    texts = [t for _, t in _units(RELATED_LIST)]
    for item in ("世界史地圖集", "帝國的興衰", "被遺忘的古城", "城市的記憶", "海上絲路"):
        assert item in texts


# lynx -nolist -width=150 (w10-010): a wiki's references, numbered "1." and "2." with an ASCII stop, each ending
# in a year and a stop that is no sentence end
NUMBERED_REFERENCES = (
    "   羅伯特阿誇弗雷斯卡，意大利足球運動員，司職前鋒，效力意大利中下游球會熱那亞，不過現以借用形式效力亞特蘭大。\n"
    "\n"
    "參考文獻[編輯]\n"
    "\n"
    "    1. ↑ 白淑. 《地方誌稿》第1卷. 台北: 文史出版社, 1982.\n"
    "    2. ↑ 谢立新. 《地方誌稿》第2卷. 台北: 文史出版社, 2013.\n"
    "\n"
    "   分類：地方史｜舊城區\n"
)


def test_numbered_items_in_turn_stay_apart():
    texts = [t for _, t in _units(NUMBERED_REFERENCES)]
    first = [t for t in texts if "白淑" in t]
    assert len(first) == 1 and "谢立新" not in first[0]


# w3m -cols 45 (w9-016): a copyright footer the dump wrapped inside a word, its rest alone on the next line
FOOTER_WRAPPED = (
    "根据日本放送协会于2009年9月及南韩国家安全战\n"
    "略研究所所长南成旭在10月21日时透露，金正恩于\n"
    "2009年6月及7月时和金正日因军队编制问题而发生\n"
    "争执，因而令金正日决定暂停接班宣传计划，并把\n"
    "身为金正恩姑丈的朝鲜劳动党行政部部长张成泽排\n"
    "除在权力核心，以减少金正恩在北韩的影响力。\n"
    "\n"
    "五花肉切成三厘米见方的块，冷水下锅焯水，撇去\n"
    "浮沫后捞出沥干。\n"
    "\n"
    "锅中放少许油，小火放入冰糖炒出糖色，倒入肉块\n"
    "翻炒上色。\n"
    "\n"
    "加入生抽、八角和没过肉块的热水，大火烧开后转\n"
    "小火炖一小时。\n"
    "\n"
    "上传我做的这道菜\n"
    "© 下厨日记　京ICP备23957731号　违法和不良信\n"
    "息举报电话：12377\n"
)


def test_copyright_footer_cut_by_the_wrap_is_one_unit():
    units = _units(FOOTER_WRAPPED)
    footer = [(k, t) for k, t in units if "ICP" in t]
    assert len(footer) == 1 and footer[0][0] == "debris" and footer[0][1].replace("\n", "").endswith("12377")


# lynx -nolist (w11-005): a wiki's contents, an ordered list whose items open with their section numbers; three short
# rows of three space-separated tokens with digits in them, but numbered 1. 2. 3. in turn: a list, one unit an item
NUMBERED_CONTENTS = (
    "   南宁是广西壮族自治区首府，地处中国华南地区，是北部湾经济区的核心城市。\n"
    "\n"
    "目录\n"
    "\n"
    "    1. 1 历史沿革\n"
    "    2. 2 社会影响\n"
    "    3. 3 相关事件\n"
    "\n"
    "1 历史沿革\n"
    "\n"
    "   中国古今书画真赝作品展举行日前，中国古今书画真赝作品展在炎黄艺术馆与观众见面，这是一个具有学术价值的展览。\n"
)


def test_numbered_list_of_short_rows_is_no_table():
    texts = ["".join(t.split()) for _, t in _units(NUMBERED_CONTENTS)]
    assert "1.1历史沿革" in texts and "2.2社会影响" in texts and "3.3相关事件" in texts


# w3m (w11-009): a forum post's author column that shows one count only, the poster's mark right under it; the
# name, the count and the mark never make a headline of three lines
ONE_COUNT_PROFILE = (
    "城市生活论坛 › 生活杂谈 › 查看帖子\n"
    "\n"
    "带孩子去科技馆的一天\n"
    "\n"
    "晴天小猪\n"
    "积分 3290\n"
    "楼主\n"
    "晴天小猪 发表于 2023-11-21 22:57\n"
    "荷兰队队员说自己胜在中场和防守。高帽是校长专用的，上课时，校长就戴着高帽站在讲台上目视四方，维护课堂纪律。\n"
)


def test_one_count_over_the_posters_mark_is_an_author_column():
    units = [(k, "".join(t.split())) for k, t in _units(ONE_COUNT_PROFILE)]
    assert ("debris", "晴天小猪") in units and ("debris", "积分3290") in units


# lynx -list_inline (w11-002): each link's address printed in brackets before its text; a breadcrumb's last item
# wrapped onto a line of its own and the print tools under the byline are furniture as lynx's link numbers are
INLINE_LINKS = (
    "您当前的位置：[https://www.example.gov.cn/]首页 >> [https://www.example.gov.cn/zwgk/]政务公开 >>\n"
    "                            [https://www.example.gov.cn/zwgk/tzgg/]通知公告\n"
    "\n"
    "                          关于做好2023年度农村公路养护工作的通知\n"
    "                   发布时间：2023-01-24　来源：新华社   浏览次数：5018\n"
    "\n"
    "                                        【[javascript:;]打印本页】【[javascript:;]关闭窗口】\n"
    "\n"
    "秦皇岛市土地局17个科级职位有13个竞争上岗后，使全局领导干部平均年龄由45岁降到38岁，学历都在大专以上。\n"
)


def test_inline_link_addresses_are_read_past():
    units = [(k, "".join(t.split())) for k, t in _units(INLINE_LINKS)]
    assert ("debris", "【[javascript:;]打印本页】【[javascript:;]关闭窗口】") in units
    assert ("debris", "[https://www.example.gov.cn/zwgk/tzgg/]通知公告") in units


# a wiki entry (w11-004): the infobox is a <dl> of short terms and values under the summary; its cells are furniture,
# while a glossary's <dl> of sentences stays prose
INFOBOX_DL = (
    '<html><head><meta charset="utf-8"></head><body><h1 class="lemma-title">月山车站</h1>'
    '<div class="para">细观可见匠师们是利用自然优势与佛传故事巧妙结合的艺术构想，真是惟妙惟肖，也是山湾引水工程的一项杰作。</div>'
    '<dl class="basic-info"><dt>中文名</dt><dd>月山车站</dd><dt>所属地区</dt><dd>合肥</dd>'
    '<dt>类    别</dt><dd>交通设施</dd><dt>建立时间</dt><dd>1957年</dd></dl>'
    '<h2>名词解释</h2><dl><dt>引水工程</dt><dd>把水从水源引到用水地点的工程，多用于灌溉和城市供水。</dd>'
    '<dt>山湾</dt><dd>山势弯曲的地方，常有村落依山而建。</dd></dl>'
    '<div class="para">思乡并非中国人独有的习惯，外国人一样有强烈的思乡情怀，说它是人类的通病也未尝不可。</div></body></html>'
)


def test_definition_list_of_short_cells_is_an_infobox():
    from annotate.segment.readers.html import read_html

    doc, _ = read_html(INFOBOX_DL.encode("utf-8"), "t")
    kinds = {u.text: u.kind for u in doc.units}
    assert kinds["中文名"] == kinds["1957年"] == "debris"
    assert kinds["山势弯曲的地方，常有村落依山而建。"] != "debris"


# w3m -cols 120 (w10-008): a forum thread set in a layout table, the posts' text 21 columns in, the author column at
# the left edge; the reply box's empty fields under it, "[" at the left edge and "]" far right, are no side items
_BODY = "在行政庶務上，祕書處負責行政文書、迎新與送舊茶會、人力培訓等事宜。財務部負責年度預算決算之編列。"
FORM_FIELDS = (
    "阿福                 樓主\n"
    + "".join(f"{' ' * 21}{_BODY}\n" for _ in range(12))
    + "風起時               沙發　發表於 2024-11-9 17:20\n"
    + f"{' ' * 21}謝謝分享，收藏了！這段歷史很少有人提起。\n"
    + "1 2 3 ... 下一頁\n"
    + "[                    ]\n"
    + "[                    ]\n"
    + "[                    ] 發表回覆\n"
)


def test_empty_form_field_is_no_side_item():
    texts = ["".join(t.split()) for _, t in _units(FORM_FIELDS)]
    assert "[" not in texts and texts.count("[]") == 2


# a saved copy wrapped at 24 characters (w10-014): a menu bar whose last item the wrap carried down after a separator
MENU_AFTER_BAR = (
    "主頁 | 關於我們 | 新聞中心 | 活動 |\n"
    "聯絡我們\n"
    "\n"
    "新聞稿\n"
    "\n"
    "香港仔原本稱為石排灣。水上人漁民源自遠古百越\n"
    "族，自遠古時代開始就在廣東一帶聚居，他們是香\n"
    "港最早的居民。香港島的香港仔、赤柱和九龍的油\n"
    "麻地等地以往聚居了不少水上人，以捕魚為生計。\n"
)


def test_line_ending_with_a_bar_separator_stands_alone():
    texts = ["".join(t.split()) for _, t in _units(MENU_AFTER_BAR)]
    assert "聯絡我們" in texts
