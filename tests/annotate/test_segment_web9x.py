"""Batch 9's web designs again (dev9xw, issue #10): failure classes of the further development pages."""

from __future__ import annotations

from annotate.segment import segment_text

# w3m -cols 38 (dev9xw): a heading of 18 hanzi fills its line (a 19th would not fit), then a blank line
W3M38_HEAD = (
    '欧洲越橘：一段值得细读的往事\n'
    "\n"
    '来源：新京晚报\u3000记者潘涛\n'
    '2019-12-12 09:06\n'
    "\n"
    "欧洲越橘（学名：'），又称黑果越橘，是\n"
    '杜鹃花科越橘属的植物。果实可作食用。\n'
    '是越橘属的模式种。\n'
    "\n"
    '展开全文\n'
    '广告\n'
    "\n"
    '延伸：青山县文化和旅游局局务会议纪要\n'
    "\n"
    '茂宜岛最主要的观光点包括哈纳高速公路\n'
    '、哈雷阿卡拉国家公园以及拉海纳。哈纳\n'
    '高速公路蜿蜒于茂宜岛东海岸，途中有多\n'
    '个惊险的弯路，也经过多个黑沙滩以及瀑\n'
    '布。哈雷阿卡拉国家公园是同名的休眠火\n'
    '山的所在地。拉海纳则是岛上的主要商业\n'
    '中心，市区有一条满布商店和餐厅的大街\n'
    '直通码头，游客可从此登船出海观鲸。茂\n'
    '宜岛多处海岸，如马克纳、卡纳帕里、莫\n'
    '洛基尼的都可以进行浮潜。另外，冲浪和\n'
    '风帆冲浪在岛上也颇受欢迎。\n'
    "\n"
    '茂宜岛主要的观光地为西茂宜以及南茂宜\n'
    '。岛上最大的港口位于卡胡卢伊。另外\n'
    'Maalaea港口是一个较小的港口。茂宜县在\n'
    '2004年接待了2207826名游客，这一数字在\n'
    '2007年增加到了2639929名。与主要接待日\n'
    '本游客的欧胡岛不同，茂宜岛的游客主要\n'
    '来自美国本土和加拿大。在2005年，\n'
    '2003492名美国本国游客到茂宜岛观光，而\n'
    '海外游客只有260184名。\n'
    "\n"
)
# w3m -cols 38: a title wrapped once, a blank line, the blogger's byline opening with a Latin name
W3M38_TITLE = (
    "博客下载学习社区会员中心创作\n"
    "\n"
    '【读书笔记】关于卡拉OKLive・台北・我\n'
    '有关情况的调研报告与第四章乙酰胺\n'
    "\n"
    'codefox_797 于 2021-10-03 16:45:32 发\n'
    '布\u3000阅读量1128\u3000收藏 51\u3000点赞数 17\n'
    '文章标签：读书笔记历史\n'
    '版权声明：本文为博主原创文章，遵循 CC\n'
    '4.0 BY-SA 版权协议，转载请附上原文出\n'
    '处链接和本声明。\n'
    "\n"
    '一、关于卡拉OKLive・台北・我有关情况\n'
    '的调研报告\n'
    "\n"
    '《卡拉OK.LIVE！・台北・我》是张雨生发\n'
    '行的第六张国语专辑，专辑中所有歌曲的\n'
    '词曲皆由张雨生自己创作，并以弦乐四重\n'
    '奏乐团现场方式表现。更缔造了台湾流行\n'
    '音乐界秒数最长的唱片。然而，由于当时\n'
    '对香港「四大天王」的狂热风潮，此张专\n'
    '辑卖得只能以「惨澹」来形容。事实上，\n'
    '张雨生这张专辑内每首歌都是耐听且有深\n'
    '度的歌，取材探讨一些社会问题，包括《\n'
    '动物的悲歌》的流浪动物，此外本首歌也\n'
    '被选入华视周六晚间单元剧纳桑麻谷我的\n'
    '家主题曲，《永公街的街长》的身心障碍\n'
    '的人。\n'
)


def _units(raw: str) -> list[tuple[str, str]]:
    return [(u.kind, u.text) for u in segment_text(raw, "d").units]


def test_a_heading_that_fills_the_width_ends_at_the_blank_line() -> None:
    units = _units(W3M38_HEAD)
    head = next(i for i, (_, t) in enumerate(units) if t.startswith("延伸"))
    assert units[head][1] == "延伸：青山县文化和旅游局局务会议纪要"
    assert units[head + 1][1].startswith("茂宜岛最主要") and units[head + 1][1].endswith("颇受欢迎。")


def test_a_title_wrapped_once_ends_at_the_blank_line_above_a_byline() -> None:
    units = _units(W3M38_TITLE)
    assert units[1][1] == "【读书笔记】关于卡拉OKLive・台北・我有关情况的调研报告与第四章乙酰胺"
    assert units[2][1].startswith("codefox_797")


def test_across_a_page_break_a_full_line_still_goes_on() -> None:
    # a form feed in the text: a page break may fall inside a paragraph, the rule stands back
    units = _units(W3M38_HEAD.replace("展开全文", "\f展开全文"))
    assert any(t.startswith("延伸：") and t.endswith("颇受欢迎。") for _, t in units)


PROSE = "阿伊努人的特征是肤色比较暗，低额多须，深眼窝，体格比较健硕，毛发极为浓密，有卷发的倾向。"


def test_a_bar_of_counts_wrapped_inside_a_word_is_cut_off_the_byline() -> None:
    # w3m -cols 50 cut "收藏" in two: the bar's tail and the next line read as one, without a space
    raw = ("首页 > 攻略 > 人文 > 正文\n\n恒远科技股份有限公司关于文化项目合作事项的公告深\n度游：读懂一段历史再出发\n\n"
           "作者：黄美\u3000|\u3000更新于 2024.12.10\u3000浏览 13979\u3000收\n藏 710\n出发前读一读\n\n"
           "  两岸关系在1980年代缓和之后，因1989年的六四事件\n而大受冲击，1990年发生了907事件，1994年千岛湖事件\n"
           "之后又趋恶化。1995年，前总统李登辉伉俪访问美国；\n1996年3月，中华民国在台澎金马举行首次总统直选。中\n"
           "国大陆对李登辉访美及台湾举行总统大选大表不满，因\n而在台湾近海试射导弹及进行军事演习，美国为此两度\n"
           "派出航空母舰战斗群巡弋台湾海峡。\n")
    units = _units(raw)
    assert ("byline", "作者：黄美|更新于2024.12.10") in units and ("debris", "浏览13979收藏710") in units
    assert ("heading", "出发前读一读") in units


def test_a_line_under_a_byline_that_opens_with_a_hanzi_is_no_bar_without_a_count_before() -> None:
    raw = f"标题\n\n作者：黄美\u3000|\u3000更新于 2024.12.10\n藏书 710\n出发前读一读\n{PROSE}\n"
    assert not any(t.startswith("浏览") for _, t in _units(raw))


def test_site_name_and_menu_bar_with_ocr_spaces_are_debris() -> None:
    for bar in ("观澜评论首 页 | 评论 | 专栏 | 登录", "今日观察网 首页 | 评论 | 专 栏 | 登录"):
        units = _units(f"\n{bar}\n从景栋说开去\n文｜邓子轩\u30002021年9月16日\n\u3000\u3000{PROSE}\n")
        assert units[0][0] == "debris" and units[1] == ("title", "从景栋说开去")


def test_a_glued_home_needs_a_name_before_the_home_word_and_a_menu_bar() -> None:
    from annotate.segment.classify import _glued_home
    assert _glued_home("观澜评论首页|评论|专栏|登录")
    assert not _glued_home("首页|评论|专栏|登录")  # no site name
    assert not _glued_home("观澜评论|评论|专栏|登录")  # no home word
    assert not _glued_home("观澜评论首页|评论")  # two items: no menu bar


def _native(body: str) -> list[tuple[str, str]]:
    from annotate.segment.readers.html import read_html
    page = f"<html><head><meta charset='utf-8'><title>t</title></head><body>{body}</body></html>"
    doc, _ = read_html(page.encode("utf-8"), "d")
    return [(u.kind, u.text) for u in doc.units]


def test_native_price_tag_under_the_byline_is_debris() -> None:
    units = _native(f"<h1>世界史全書（精裝典藏版）</h1><div>作者：王志明　出版社：書林堂</div>"
                    f"<div>出版日期：2023/02/05</div><div class='price'>優惠價：79折 NT$ 395</div>"
                    f"<h2>內容簡介</h2><p>{PROSE}</p><p>{PROSE}</p>")
    assert ("debris", "優惠價：79折NT$ 395") in units  # (a space between two narrow characters stays, session 22)
    assert ("meta", "出版日期：2023/02/05") in units


def test_native_hours_under_a_furniture_head_after_the_article_are_debris() -> None:
    tips = ("<dl><dt>实用信息</dt><dd>门票：成人60元，学生半价</dd><dd>开放时间：08:30—17:30（周一闭馆）</dd></dl>"
            "<div>收藏攻略</div>")
    units = _native(f"<h1>古城深度游</h1><div>作者：韩明</div><p>{PROSE}</p><p>{PROSE}</p>{tips}")
    assert ("debris", "开放时间：08:30—17:30（周一闭馆）") in units
    dated = _native(f"<h1>古城深度游</h1><p>{PROSE}</p><p>{PROSE}</p><div>相关攻略</div><div>发布时间：2023-06-01 08:30</div>")
    assert all(k != "meta" or "2023" in t for k, t in dated)


LO_TOP = "\n\n\n\n\n{head}\n关于山西省(中华民国)的资料摘编\n整理：田怡\u30002024年6月4日\n****** 一、山西省(中华民国)概况 ******\n"


def test_a_page_header_of_two_fields_over_the_title_is_no_line_of_it() -> None:
    # html2text prints a LibreOffice export's page header right above the title, no blank line between
    units = _units(LO_TOP.format(head="区地方志办公室\u3000内部资料") + PROSE + "\n")
    assert units[1][1] == "关于山西省(中华民国)的资料摘编"
    # without the ideographic space between two fields, two short lines still read as one headline
    joined = _units(LO_TOP.format(head="区地方志办公室") + PROSE + "\n")
    assert joined[0][1] == "区地方志办公室关于山西省(中华民国)的资料摘编"


def test_a_bar_of_counts_under_a_byline_that_a_wrap_cut_is_cut_off() -> None:
    # a saved copy wrapped at 32 characters put the byline's time on the next line with the bar of counts
    raw = (f"【读书笔记】关于卡拉OKLive与乙酰胺\n\ncodefox_797 于 2021-10-03\n16:45:32 发布\u3000阅读量1128\u3000收藏 51\u3000点赞数 17\n\n"
           f"{PROSE}\n")
    units = _units(raw)
    assert ("debris", "阅读量1128收藏51点赞数17") in units
    # at 36 the bar is a line of its own under the whole byline
    raw = f"标题\n\ncodefox_797 于 2021-10-03 16:45:32 发布\n\u3000阅读量1128\u3000收藏 51\u3000点赞数 17\n\n{PROSE}\n"
    assert _units(raw)[1][1] == "codefox_797于2021-10-03 16:45:32发布"  # the bar does not join the byline
    # at 28 the bar runs on to a third line, cutting a word
    raw = f"标题\n\nqq_4512494 于 2020-07-26\n22:32:59 发布\u3000阅读量7385\u3000收藏 50\u3000点赞\n数 35\n\n{PROSE}\n"
    assert ("debris", "阅读量7385收藏50点赞数35") in _units(raw)


def test_counts_under_a_sentence_are_no_bar_of_a_cut_credit() -> None:
    raw = f"标题\n\n他在2021-10-03的讲座上说了很多。\n16:45:32 发布\u3000阅读量1128\u3000收藏 51\n\n{PROSE}\n"
    assert ("debris", "阅读量1128收藏51") not in _units(raw)


def test_a_toolbar_under_a_byline_stays_one_debris_unit() -> None:
    raw = f"梵文\n\n2022-11-17 08:32\u3000來源：公視新聞\u3000記者\u3000林志豪\n放大縮小【列印】【關閉】\n\n{PROSE}\n"
    assert ("debris", "放大縮小【列印】【關閉】") in _units(raw)


def test_a_date_and_a_counter_under_a_byline_stay_one_line() -> None:
    raw = f"标题\n\n作者：王明\n2023.09.12 阅读20325\n\n{PROSE}\n"
    assert ("debris", "阅读20325") not in _units(raw)
