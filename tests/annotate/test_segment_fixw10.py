"""Text-route fixes of session 18 for web dumps (fixw10)."""

from __future__ import annotations

from annotate.segment import join, segment_text
from annotate.segment.lines import display_width

_PROSE = ("2016年3月起至2020年8月任江南机械制造股份有限公司第三届、第四届董事会董事、公司副总经理。王建国先生："
          "中国国籍，无境外永久居留权，1971年5月出生，硕士学历，高级工程师。",
          "2011年至今在华北农牧股份有限公司工作，现任华北农牧股份有限公司副总经理兼董事会秘书。李明华先生："
          "中国籍，汉族，生于1968年9月，大学学历。",
          "1990年6月起先后担任东方纺织控股股份有限公司技术部经理、副总经理，2008年3月至2012年7月任东方纺织监事会主席。")


def _units(raw: str) -> list[tuple[str, str]]:
    return [(u.kind, u.text) for u in segment_text(raw, "d").units]


def _wrap(text: str, width: float = 55) -> str:
    """``text`` cut as w3m -cols 110 cuts it: at the dump's width in display columns, anywhere in a run of hanzi."""
    lines, line = [], ""
    for ch in text:
        if display_width(line + ch) > width:
            lines.append(line)
            line = ""
        line += ch
    return "\n".join([*lines, line]) + "\n"


def test_w3m_short_lines_far_from_the_width_are_blocks_though_a_number_ends_one() -> None:
    # a product box (w3m -cols 110): each line is a block of its own, far short of the dump's width (found from the
    # prose below), and the next line's first word would have fitted on it: w3m wraps only at the width, so no
    # wrap broke it, though a number ends one line ("…促销价￥239.00" / "累计评价 2000+") and two are as wide
    box = ("家用多功能晾衣架 1.2M 阳台落地折叠款\n【限时直降】下单立减30元，赠送衣架十个\n价　格 [DEL:￥299.00:DEL] 促销价￥239.00\n"
           "累计评价 2000+　月销 800\n配送至上海浦东新区有货由家佳官方旗舰店发货并提供售后服务\n")
    raw = ("您好，请登录免费注册 | 我的订单 | 购物车(0) | 客户服务\n[晾衣架              ]搜索\n全部分类 > 家居日用 > 晾衣架\n"
           f"主图细节图\n{box}数量 [1                   ] 加入购物车立即购买\n\n品牌 家佳\n型号 JJ-120\n\n产品亮点\n"
           f"01 稳固承重\n{_wrap(_PROSE[0])}02 折叠收纳\n{_wrap(_PROSE[1])}售后保障\n\n{_wrap(_PROSE[2])}\n正品保障 | 急速物流 | 无忧售后\n")
    texts = {t.replace(" ", "").replace("\u3000", "") for _, t in _units(raw)}
    for line in box.splitlines():
        assert line.replace(" ", "").replace("\u3000", "") in texts, texts


def test_a_lynx_line_set_in_by_its_margin_keeps_its_wrap_join() -> None:
    # lynx sets text three spaces in and wraps wide characters by its own count: a line ending in a number
    # short of the width found from the dump's lines is still a wrap there ("…发现于1962" / "年被列入 WHO …", dev3)
    raw = ("   首页 | 新闻\n\n" + "".join("   " + ln + "\n" for ln in _wrap(_PROSE[0] + _PROSE[1], 40).splitlines())
           + "\n   呋塞米是一种环利尿剂，可降低肾脏对钠的再吸收作用，它发现于1962\n"
           "   年被列入 WHO 基本药物标准清单，为基本医疗体系最重要的药物之一。\n\n"
           "   * 上一篇：春耕进度过半\n   * 下一篇：夏粮收购启动\n")
    got = _units(raw)
    assert any("1962年被列入" in t.replace(" ", "") for _, t in got), got


_LONG = ("清溪县地处山区，过去交通闭塞，群众出行十分不便。近年来，县里先后修通了三条通村公路，沿线村庄的农产品第一次"
         "直接运进了城里的超市，村民的收入逐年提高，不少外出务工的年轻人也回到了家乡")  # (its full stop lost)


def test_a_w3m_page_without_the_tools_marks_is_known_by_two_shapes_of_site_furniture() -> None:
    # w3m prints a page with no form, bullet or table as bare lines: a menu bar and a copyright footer are still a
    # site's, so the blank line under a paragraph that lost its full stop ends it, as a dump's blank line does
    raw = ("清溪县人民政府门户网站\n首页 | 政务公开 | 办事服务 | 互动交流\n\n关于进一步做好农村公路管护工作的通知\n\n"
           f"{_wrap(_LONG)}\n本办法自印发之日起施行，有效期三年。\n\n版权所有：清溪县人民政府办公室\n")
    got = _units(raw)
    assert ("paragraph", "本办法自印发之日起施行，有效期三年。") in got, got


def test_one_shape_of_site_furniture_alone_makes_no_web_dump_but_a_copyright_footer_at_the_end() -> None:
    # a plain text or an extract may print a copyright line or a bar once; two different shapes make a site's page,
    # and so does a copyright footer among the last two printed lines: the foot of a page, where a site sets it
    footer = "\n版权所有：清溪县人民政府办公室\n"
    assert not join._web_dump(footer + _LONG + "\n" + _LONG + "\n\n" + _LONG + "\n" + _LONG)
    assert not join._web_dump("首页 | 政务公开 | 办事服务\n" + _LONG + "\n" + _LONG + "\n\n" + _LONG + "\n" + _LONG)
    assert not join._web_dump("首页 > 政务公开 > 通知公告\n" + _LONG + footer + _LONG + "\n" + _LONG + "\n" + _LONG)
    assert join._web_dump("首页 > 政务公开 > 通知公告\n" + _LONG + "\n首页 | 政务公开 | 办事服务\n" + _LONG)
    assert join._web_dump(_LONG + "\n" + "━" * 30 + "\n" + _LONG + "\n首页 | 政务公开 | 办事服务\n" + _LONG + "\n" + _LONG)
    assert join._web_dump(_LONG + "\n" + _LONG + "\n" + footer + "\n地址：清溪县人民路1号\n")
    assert not join._web_dump("\f" + "首页 > 政务公开 > 通知公告\n" + _LONG + footer)  # (pdftotext's pages)


def test_a_w3m_page_whose_only_furniture_is_its_copyright_footer_sets_its_blocks_apart() -> None:
    # w3m -cols 110: a poem page, its tags under the poem and the links under a list head (each a block, a line
    # each), the site's copyright footer last: short lines alike, no two make one unit as a heading's two lines would
    raw = ("诗词阁推荐诗文名句作者古籍我的\n\n山居晚望\n\n林野〔唐代〕\n\n暮色沉沉压远山，孤烟一缕入云间。\n"
           "松风过涧声初静，渔火临溪照未还。\n收藏复制朗读完善\n写景抒情\n\n" + _wrap(_LONG + "。") + "\n相关推荐\n\n"
           "江上渔者\n夜泊寒溪\n春山行\n© 2024 诗词阁 联系我们\n")
    texts = [t for _, t in _units(raw)]
    assert "写景抒情" in texts and "收藏复制朗读完善" in texts, texts


def test_html2text_top_border_of_a_narrow_table_is_kept_as_a_debris_line() -> None:
    # html2text draws a table's top border as a line of underscores over its first row, as wide as the table: a
    # narrow table's is shorter than a drawn rule, yet no markdown rule (a row opening with "|" right under it)
    raw = ("四、評分方式\n\n _______\n|類|比|\n|作|30%|\n|期|70%|\n\n五、指定用書\n\n" + _LONG + "。\n\n---\n\n" + _LONG + "。\n")
    got = _units(raw)
    assert ("debris", "_______") in got, got
    assert not any(t.startswith("---") or t == "---" for _, t in got), got  # (a markdown rule alone is still dropped)
