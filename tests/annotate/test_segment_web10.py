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
