"""The text route on pdftotext extracts of multi-column pages (newspaper, brochure, magazine: dev6x's shapes,
docs/segmentation.md §3 and §4): small made-up extracts, one rule each; no unit may hold text of two kinds."""

from segment_samples import squashed_units as units

from annotate.segment import columns, segment_text
from annotate.segment.colblock import beside_by_width, credit_before
from annotate.segment.lines import split_lines

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
PROSE = ("龙胆（学名：）为龙胆科龙胆属的植物，也称为龙胆草、胆草、草龙胆、山龙胆。多年生草本，卵形至披针形叶子对生，"
         "有三条主脉；秋季开蓝紫色花，聚伞花序顶生。分布在俄罗斯、日本、朝鲜以及中国大陆的贵州、湖北、吉林、"
         "浙江、湖南、福建等地，生长于海拔四百米至一千七百米的地区，常生长在山坡草地、路边、灌丛中、河滩、"
         "林缘及林下，目前尚未由人工引种栽培。中医上以根入药，性寒、味苦，有清热燥湿的功效。")


def _column(text, width, count):
    return [text[k * width:(k + 1) * width] for k in range(count)]


def test_a_magazines_running_head_with_its_section_name_is_debris_on_every_page():
    """folios._kicker_heads: ``封面故事｜人文地理周刊`` over page 1, ``封面故事｜<the story's title>`` over page 2 (a
    paragraph running across the page break, ``-raw``): both debris, neither joins the paragraph's last words."""
    raw = ("封面故事｜人文地理周刊\n\n关于举办专题讲座的通知\n" + "\n".join(BODY) + "\n" + "\n".join(OTHER[:2]) + "\n24\n\f"
           + "封面故事｜关于举办专题讲座的通知\n等；\n" + "\n".join(BODY[::-1]) + "\n25\n\f")
    got = units(raw)
    assert got[0] == ("debris", "封面故事｜人文地理周刊")
    assert ("debris", "封面故事｜关于举办专题讲座的通知") in got
    assert ("title", "关于举办专题讲座的通知") in got
    # another section's name on page 2: no running head there
    assert ("debris", "特别报道｜关于举办专题讲座的通知") not in units(raw.replace("封面故事｜关于", "特别报道｜关于"))


def test_a_magazines_issue_line_at_a_page_top_is_debris_and_joins_no_heading():
    """rules.ISSUE_HEADER: a publication's name, its issue number and month (``城鄉誌月刊 第284期 十一月號``) printed
    at the top of page 2, over a sub-head."""
    raw = "\n".join(BODY) + "\n24\n\f城鄉誌月刊 第284期 十一月號\n資料補充\n" + "\n".join(OTHER) + "\n"
    got = units(raw)
    assert ("debris", "城鄉誌月刊第284期十一月號") in got
    assert ("heading", "資料補充") in got


def test_a_spaced_title_and_a_box_heading_on_the_first_line_are_two_units():
    """lines._title_and_box: ``美女 食神 小知识：那须盐原车站`` (an OCR pass set the title's words apart; ``-raw`` put
    the sidebar's heading on the title's line)."""
    got = units("美女 食神 小知识：那须盐原车站\n" + "\n".join(BODY) + "\n")
    assert got[:2] == [("title", "美女食神"), ("heading", "小知识：那须盐原车站")]
    # a long spaced first line with a label is left as it is
    got = units("第一 第二 第三 第四 第五 第六 第七 第八 第九 第十 第十一 小知识：那须盐原车站\n" + "\n".join(BODY) + "\n")
    assert "小知识：那须盐原车站" in got[0][1]


def test_a_columns_first_prose_line_under_a_short_sub_head_is_not_the_heading_s_second_line():
    """join._prose_under: ``爭議與討論`` / ``一年後，被任命為教廷的副大法`` (no wrap width found, no blank line): a full
    comma in the line under, none in the sub-head, and twice as wide: the column's prose, not a two-line heading."""
    rows = ["[2]。", "", "爭議與討論", "一年後，被任命為教廷的副大法", "官，那個時代典型的裙帶關係。1468",
            "年，領受鐸品成為神父，然後在1471", "年，祝聖為天主教阿爾巴諾羅馬城郊教", "區主教。", ""]
    got = units("\n".join(rows))
    assert ("heading", "爭議與討論") in got or ("title", "爭議與討論") in got
    assert any(t.startswith("一年後，") for _, t in got)
    # a two-line title stays one heading
    got = units("坚持“四个面向”\n做好“高新文章”\n\n" + "\n".join(BODY) + "\n")
    assert got[0] == ("title", "坚持“四个面向”做好“高新文章”")


def test_a_headline_ending_in_a_bracketed_note_over_its_byline_joins_no_line_above():
    """colblock.headlines: ``山西省(中华民国)`` / ``（记者刘志强 通讯员郑国栋）`` after another column's line that
    ends in a comma across a blank line: a headline of its own."""
    rows = [*BODY[:2], "盟的封锁，已经重创了法国的纺织业。1862年，", "", "山西省(中华民国)", "（记者刘志强 通讯员郑国栋）",
            *OTHER, ""]
    got = units("\n".join(rows))
    assert ("heading", "山西省(中华民国)") in got or ("title", "山西省(中华民国)") in got
    assert not any(t.endswith("1862年，山西省(中华民国)") for _, t in got)


def test_a_leaflets_footer_strip_and_its_page_counter_are_two_debris_units():
    """columns._foot_strip, folios._strip_cut: the page's last line, pieces set apart by gaps, the page's counter
    last (``高雄市立文化中心   地址：…   電話：…   1/1``), under a page in two columns: one line, not the first
    column's words, cut before the counter; both debris. The same with single spaces (``-raw``)."""
    left, right = _column(PROSE, 22, 8), _column(PROSE[::-1], 22, 8)
    rows = [a + " " * 8 + b for a, b in zip(left, right, strict=True)]
    strip = "高雄市立文化中心   地址：高雄市苓雅區五福一路67號   電話：(07)222-5136   www.khcc.gov.tw"
    raw = "\n".join([*rows, "", strip + " " * 20 + "1/1", "\f"])
    got = units(raw)
    assert got[-2:] == [("debris", "".join(strip.split())), ("debris", "1/1")]
    assert not any("高雄" in t and k != "debris" for k, t in got)
    strip = "江临市博物馆 地址：江临市文昌路88号 电话：0523-8866 1234 开放时间：周二至周日 9:00-17:00"
    got = units("\n".join(BODY) + "\n" + strip + " 1/2\n\f" + "\n".join(OTHER) + "\n" + strip + " 2/2\n\f")
    assert got.count(("debris", "".join(strip.split()))) == 2 and ("debris", "1/2") in got and ("debris", "2/2") in got
    # the counter must be the page's own
    assert ("debris", "1/2") not in units("\n".join(BODY) + "\n" + strip + " 2/2\n\f")


def test_a_paragraphs_last_line_with_a_comma_is_no_page_footer():
    """classify._short_top: ``人真的以男女朋 友的身分，去到他澎 湖新开幕 的民宿`` (a paragraph's last line on the page,
    OCR-like spaces, as short as a footer without them) over the page's footer strip, the paragraph going on after
    the page break: prose, not furniture."""
    strip = "江临市博物馆 地址：江临市文昌路88号 电话：0523-8866 1234 1/2"
    raw = ("\n".join(BODY[:3]) + "\n互留Line，邀她有空来民宿玩」。没想到3个月后，两\n人真的以男女朋 友的身分，去到他澎 湖新开幕 的民宿\n"
           + strip + "\n\f度假，一切都是因缘巧合。\n" + "\n".join(OTHER) + "\n")
    assert not any(k == "debris" and "男女朋友" in t for k, t in units(raw))


def test_a_credit_or_a_bullet_sub_head_before_a_gutter_is_cut_off_the_other_column_s_line():
    """colblock.credit_before: ``文／王建国   图／赵雅琴                 也是国际…`` (a byline level with the other
    column's line, -layout with no gutter found): the byline is a unit of its own; so is a bullet sub-head
    before such a gutter (``■ 影响与意义                   到破坏的著名中古建筑。当中包``)."""
    rows = ["出。「段氏娱乐世纪」霸气纵横的少爷，同时",
            "文／王建国   图／赵雅琴                 也是国际享誉盛名的格斗天王段宇桥，为了扩",
            "地建造新的商业大楼，到债务人的土地企图强", ""]
    lines = split_lines("\n".join(rows))
    assert list(credit_before("\n".join(rows), lines)) == [1]
    got = units("\n".join(rows))
    assert ("byline", "文／王建国图／赵雅琴") in got
    raw = "■ 影响与意义                   到破坏的著名中古建筑。当中包\n"
    assert list(credit_before(raw, split_lines(raw))) == [0]
    # prose after a gap, no credit before it: not cut
    raw = "文化是一个很大的话题                 也是国际享誉盛名的格斗天王段宇桥，为了扩\n"
    assert credit_before(raw, split_lines(raw)) == {}


def _gap_page(extra):
    """A -layout page whose gutter moves from line to line (gap_cut), then ``extra`` rows."""
    left, right = _column(PROSE, 18, 8), _column(PROSE[::-1], 18, 8)
    rows = [a + " " * (3 + k % 5) + b for k, (a, b) in enumerate(zip(left, right, strict=True))]
    return "\n".join([*rows, *extra, ""])


def test_gap_cut_a_heading_of_the_first_column_after_another_column_s_line_starts_a_unit():
    """columns.gap_cut: ``…並相繼於1895年設`` (a line of the right column alone, set far in) / ``發展現況      散彈槍
    立貿易站…``: the first column's heading is no continuation of the right column's line."""
    raw = _gap_page([" " * 30 + "當時荷蘭人佔領了本島的西半部，並相繼於1895年設",
                     "發展現況" + " " * 26 + "立貿易站，及於1910年建立省城。"])
    got = units(raw)
    assert not any(t.endswith("1895年設發展現況") for _, t in got)
    assert any(t == "發展現況" for _, t in got)


def test_gap_cut_cuts_a_short_piece_before_or_between_wide_gaps():
    """columns.gap_cut: a one-character first piece before a gap of eight spaces or more and a long piece
    (``望          四月十二日…``), and a two-character heading between two such gaps (``…攔       光學       岌可危。``)."""
    raw = _gap_page(["望" + " " * 20 + "四月十二日獲日本金融廳正式批准，有關申請早前亦",
                     "入歐洲大陸之後，不僅降低德國空軍攔" + " " * 20 + "光學" + " " * 20 + "岌可危。"])
    cut = columns.gap_cut(raw, split_lines(raw))
    pieces = [raw[ln.start:ln.end] for ln in cut]
    assert "望" in pieces and "光學" in pieces and "岌可危。" in pieces
    # letter-spaced words with narrow gaps stay whole
    assert "民  事  判  决  书" in [raw2[ln.start:ln.end] for raw2 in [_gap_page(["民  事  判  决  书"])]
                                 for ln in (columns.gap_cut(raw2, split_lines(raw2)) or split_lines(raw2))]


def test_a_heading_beside_a_set_in_column_s_line_whose_column_takes_rows_in_turns():
    """colblock.beside_by_width: ``州。在袁術自行稱帝後，與其決裂，自 背景說明`` in a column set in by -layout,
    the column's lines above and below two printed rows away (the first column's rows between): the column's
    line is full without the heading, which is cut off."""
    pad = " " * 41
    rows = [pad + "投靠袁術，向袁術借兵馬，率兵攻佔揚", "教育長。", pad + "州。在袁術自行稱帝後，與其決裂，自 背景說明",
            "  1922年6月，陳誠在保定陸軍軍官學校", pad + "立門戶。先後擊敗劉繇、許貢、嚴白虎"]
    raw = "\n".join(rows)
    lines = split_lines(raw)
    sp = raw.index(" 背景說明")
    assert beside_by_width(raw, lines, {2: sp}) == {2: sp}
    # the column's lines two rows away narrower than the line before the heading: not full without it
    raw2 = raw.replace("率兵攻佔揚", "").replace("嚴白虎", "")
    assert beside_by_width(raw2, split_lines(raw2), {2: raw2.index(" 背景說明")}) == {}


def test_a_raw_credit_run_into_the_other_column_s_line_is_cut_at_its_space():
    """colblock.credit_before (``-raw``): ``撰文∕黃淑芬 攝影∕葉家瑋 中國聯合網路通訊集團有限公司於2009年1月6``: each
    word a role, a slash and a name, then 16 characters or more: the byline is a unit of its own. A role without a
    slash or colon (``记者 王小明 …``) is not taken so."""
    rows = ["撰文∕黃淑芬 攝影∕葉家瑋 中國聯合網路通訊集團有限公司於2009年1月6", "日在原中國聯合通訊有限公司與原中國網路通訊集團", ""]
    raw = "\n".join(rows)
    assert list(credit_before(raw, split_lines(raw))) == [0]
    assert ("byline", "撰文∕黃淑芬攝影∕葉家瑋") in units(raw)
    raw = "记者 王小明 中國聯合網路通訊集團有限公司於2009年1月6\n"
    assert credit_before(raw, split_lines(raw)) == {}


def test_a_bullet_sub_head_takes_no_line_that_closes_a_bracket_it_never_opened():
    """join._fragment_join: ``■ 相关评价`` (cut off a line's end, colblock.bullet_beside) over ``次）。``, the end of
    another column's line, with no blank line between: the sub-head stays alone."""
    rows = ["究给出的数字为20,464次分娩中出现一例，学者们对此展开讨论", "", "■ 若干细节",
            "军，阿罗尼扬获得亚军，卜祥志获得第三名。2009年2月1日被接纳 ■ 相关评价", "次）。",
            "为大满贯赛事并更名为中国（南京）国际象棋超级大赛。", ""]
    got = units("\n".join(rows))
    assert ("heading", "■相关评价") in got
    assert not any(t.startswith("■相关评价次") for _, t in got)


def test_a_box_heading_whose_value_holds_a_colon_is_cut_off_the_title():
    """lines._title_and_box: ``挪威海螯虾 小知识：王法慧：亚硫酸盐`` (the box's own title holds a colon)."""
    got = units("挪威海螯虾 小知识：王法慧：亚硫酸盐\n" + "\n".join(BODY) + "\n")
    assert got[:2] == [("title", "挪威海螯虾"), ("heading", "小知识：王法慧：亚硫酸盐")]


def test_a_wide_gap_left_inside_a_column_s_piece_is_cut():
    """columns._wide_gaps: on a PDF extract's page read in columns, a piece that still holds a run of eight spaces or
    more between two pieces of two letters or more, a comma or stop right of it (a headline beside another column's
    line where two columns share a gutter no position shows) is cut there; a page with no columns, or a date right of
    the gap, is left as it is."""
    left, right = _column(PROSE, 22, 8), _column(PROSE[::-1], 22, 8)
    rows = [a + " " * 8 + b for a, b in zip(left, right, strict=True)]
    rows.insert(4, " " * 30 + "路口镇 (长沙县)" + " " * 12 + "所开发的游戏，由韩国开发与发行。")
    raw = "\n".join([*rows, "\f"])
    order = columns.reading_order(raw, split_lines(raw))
    pieces = [raw[ln.start:ln.end] for ln in order]
    assert "路口镇 (长沙县)" in pieces and "所开发的游戏，由韩国开发与发行。" in pieces
    raw2 = raw.replace("所开发的游戏，由韩国开发与发行。", "2021年10月")
    assert "2021年10月" not in [raw2[ln.start:ln.end] for ln in columns.reading_order(raw2, split_lines(raw2))]
    flat = "北方日报" + " " * 12 + "2023/05/01\n" + "\n".join(BODY) + "\n"
    assert columns.reading_order(flat, split_lines(flat)) is None


def test_a_bullet_sub_head_beside_a_column_s_line_may_hold_an_ocr_space():
    """colblock.bullet_beside: ``…有著不同種族的傣族 ■ 历史沿 革`` (an OCR pass set a space inside the sub-head)."""
    from annotate.segment.colblock import bullet_beside

    rows = ["■ 若干细节", "■ 相关评价", "世纪时建立的兰纳王国，造成景栋与掸邦其它地区有著不同种族的傣族 ■ 历史沿 革", ""]
    raw = "\n".join(rows)
    assert bullet_beside(raw, split_lines(raw)) == {2: raw.index(" ■ 历史")}


def test_a_sub_head_that_stories_share_is_told_from_a_running_head():
    """classify._twice_inside: of the repeated lines taken for furniture, one printed twice or more inside one page
    (away from its first and last four lines) is a sub-head that several stories share (``後續發展``): _running_heads
    then keeps it a unit of its own instead of gluing it to the page head above it (p6x-020 -raw). A running head
    printed at a page's top and foot is not one."""
    from annotate.segment.classify import _twice_inside

    keys = ["頭", "a", "b", "c", "d", "後續發展", "e", "f", "後續發展", "g", "h", "i", "j", "頭",
            "頭", "k", "l", "m", "n", "後續發展", "o", "p", "q", "r", "頭"]
    page = [0] * 14 + [1] * 11
    assert _twice_inside(keys, {"頭", "後續發展"}, page) == {"後續發展"}


def test_columns_glued_by_one_space_among_lines_with_latin_words_spaces_are_still_cut():
    """columns.spaced_order after gap_cut (-layout): two columns' lines glued by one space on eight rows, a third
    column beside them whose lines hold the spaces of Latin words (``评分 Apgar Score 是…``, no OCR spacing); the
    glued lines are fewer than half of the lines with such a space but more than a third: they are cut."""
    left, right = _column(PROSE, 16, 8), _column(PROSE[::-1], 16, 8)
    latin = [f"新生儿健康评分 Apgar Score 是第{k}项简便的评估方法" for k in range(12)]
    rows = [a + " " + b + " " * 10 + c for a, b, c in zip(left, right, latin, strict=False)]
    rows += [" " * 43 + latin[8] + " " * 6 + latin[9], " " * 43 + latin[10] + " " * 6 + latin[11]]
    raw = "\n".join(rows) + "\n\f"
    cut = columns.gap_cut(raw, split_lines(raw))
    order = columns.spaced_order(raw, cut)
    assert order is not None
    assert left[3] in [raw[ln.start:ln.end] for ln in order]


def test_a_mastheads_strip_printed_on_lines_of_its_own_is_one_debris_unit():
    """classify._mastheads: pdftotext's default mode prints the masthead strip a piece a line (``2022年9月2日`` /
    ``星期六`` / ``农历癸卯年`` / ``第18229期`` / ``今日16版``): the pieces after the weekday join it too."""
    rows = ["江临日报", "国内统一连续出版物号 CN 32-0001", "", "2022年9月2日", "", "星期六", "", "农历癸卯年", "",
            "第18229期", "", "今日16版", "", "绝对超级巨星", "", *BODY, ""]
    got = units("\n".join(rows))
    assert ("debris", "2022年9月2日星期六农历癸卯年第18229期今日16版") in got


def test_an_infobox_printed_above_the_title_is_debris_a_row_a_unit():
    """classify._infobox_top: ``pdftotext -raw`` of a printed wiki page puts its infobox first, a row a line
    (``中文名 中华人民共和国人权`` / ``所属类别 文化``): one debris unit per row, and the title under them stays whole."""
    raw = "中文名 中华人民共和国人权\n所属类别 文化\n中华人民共和国人权：历史与现状\n" + "\n".join(BODY) + "\n"
    got = units(raw)
    assert got[:3] == [("debris", "中文名中华人民共和国人权"), ("debris", "所属类别文化"), ("title", "中华人民共和国人权：历史与现状")]
    # a chapter and a section heading set so are no infobox
    got = units("第一章 总则\n第一节 概述\n\n" + "\n".join(BODY) + "\n")
    assert not any(k == "debris" for k, _ in got)


def test_a_sub_head_inside_two_pages_is_no_piece_of_the_page_head_it_was_printed_in():
    """classify._shared_heads: a sub-head that stories share (``後續發展``), printed well inside two pages and once
    among the pieces of a page head (pdftotext's default mode, p6x-020), is followed by the head's next piece
    there, which starts a unit again: no unit holds both. The head's last piece, followed by each page's first
    line, is no sub-head (it is not printed inside a page)."""

    prose = ("史特拉斯堡是法國東部的經濟支柱之一，第二產業發達，種類繁多，第三產業以金融相關產業與商業研究和諮詢的公司"
             "為主。在傳統上，史特拉斯堡是一個典型的航運與貿易之城。在中世紀的漢撒同盟時代，史特拉斯堡和美因茲、法蘭克福"
             "一同作為萊茵河流域的主要港口而興起。韓國的主要植物有槭樹、櫪樹、楓樹、樺樹、紫椴、榆樹等。南部沿海和濟州島"
             "的植被是亞熱帶常綠闊葉林，主要植物有山茶、狹葉櫟、竹等。海拔一百米以上的山區如雪岳山、智異山、漢拏山等屬於"
             "寒溫帶針葉林帶，主要植物有落葉松、偃松、冷杉、紅松、紅皮雲杉、紅豆杉等。")

    def para(k: int) -> list[str]:
        text = prose[k * 37:] + prose[:k * 37]
        return [text[i * 18:(i + 1) * 18] for i in range(9)] + [text[162:170] + "。"]

    head = ["112年2月28日", "A7", "星期四", "綜合新聞", "南瀛時報"]
    pages = [[*head, *para(0), "後續發展", *para(1)],
             [*head[:3], "後續發展", *head[3:], *para(2), *para(3)],
             [*head, *para(4), "後續發展", *para(5)]]
    raw = "\f".join("\n".join(p) + "\n" for p in pages)
    units = segment_text(raw, "doc").units
    assert not any("後續發展" in u.text and "綜合新聞" in u.text for u in units)
    assert sum(u.text == "後續發展" for u in units) == 3
    # (the head's pieces at each page's top are a debris unit each: classify._page_edge)
    assert sum(u.text == "綜合新聞" for u in units) == 3 and sum(u.text == "南瀛時報" for u in units) == 3


def test_one_hanzi_alone_at_the_end_of_a_column_s_piece_after_a_wide_gap_is_cut_off():
    """columns._wide_gaps: one hanzi at the end of a column's piece, eight spaces or more after its text (another
    column's name cut short, ``…全球第十         萱``, p6x-020 -layout), is a piece of its own, never the end of that
    column's line; a digit there (a folio) is left alone."""
    left, right = _column(PROSE, 22, 8), _column(PROSE[::-1], 22, 8)
    rows = [a + " " * 8 + b for a, b in zip(left, right, strict=True)]
    rows[5] = left[5][:10] + " " * 9 + "萱" + " " * 2 + " " * 8 + right[5]
    raw = "\n".join([*rows, "\f"])
    order = columns.reading_order(raw, split_lines(raw))
    pieces = [raw[ln.start:ln.end] for ln in order]
    assert "萱" in pieces and left[5][:10] in pieces
    raw2 = raw.replace("萱", "3")
    assert left[5][:10] not in [raw2[ln.start:ln.end] for ln in columns.reading_order(raw2, split_lines(raw2))]
