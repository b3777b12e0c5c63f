"""Native HTML reader, session 20 (fixh20): failure classes that recur across designs."""

from __future__ import annotations

from segment_samples import HTML_PROSE as PROSE
from segment_samples import native_html_units as _native


def test_native_date_over_the_byline_stays_past_a_subtitle_or_a_counter() -> None:
    # a date between the title and the byline is the article's, whatever stands between it and the title: a
    # subtitle (dev13 w13-015) or a view counter and a player's placeholder (dev13 w13-000)
    units = _native("<h1>本澳舉辦青年創業分享會</h1><h2 class='sub'>逾百名青年到場交流經驗</h2>"
                    f"<div class='time'>2024-05-13 10:30</div><div class='author'>本報記者 袁華</div><p>{PROSE}</p><p>{PROSE}</p>")
    assert ("meta", "2024-05-13 10:30") in units
    units = _native("<h1>老街的早餐铺子</h1><div class='data'><span>14306播放</span> · <span>812弹幕</span></div>"
                    "<div class='pubdate'>2024-02-11 18:22:05</div><div class='player'><span>弹幕加载中…</span></div>"
                    "<div class='toolbar'><a>点赞 429</a> <a>收藏</a></div><div class='up-info'><a href='/s'><img src='/f.jpg' alt='头像'>"
                    "</a><span class='up-name'>UP主：阿柒爱吃</span> <span class='follow'>+ 关注 8.6万</span></div>"
                    f"<p>{PROSE}</p><p>{PROSE}</p>")
    assert ("meta", "2024-02-11 18:22:05") in units and ("byline", "UP主：阿柒爱吃") in units
    # a forum post's date over the post, no byline under it: the poster's box, furniture (dev5 w5-020)
    units = _native("<h1>有轨电车</h1><div class='user'>旅人Ken</div><div class='floor'>樓主</div>"
                    f"<div class='date'>2018-12-18 02:51</div><b>一、緣起</b><br><br>{PROSE}<br><br>{PROSE}")
    assert ("debris", "2018-12-18 02:51") in units


def test_native_label_and_web_address_alone_is_the_pages_address() -> None:
    # a line of a label and a web address under the article ("本文地址：https://…", dev15 w15-008; "本文链接：…" in
    # dev12, "文章網址: …" in dev14): the page's own address, furniture
    units = _native(f"<h2>我校举办第十届研究生学术论坛</h2><p>{PROSE}</p><p>{PROSE}</p><p align='right'>（审核：李文涛）</p><hr>"
                    "<div class='url'>本文地址：https://news.jcu.edu.cn/info/1021/58213.htm</div>")
    assert ("debris", "本文地址：https://news.jcu.edu.cn/info/1021/58213.htm") in units
    assert ("meta", "（审核：李文涛）") in units
    # an address that a sentence goes on after is text ("网址：www.jcu.edu.cn/bm，截止日期为五月底。")
    units = _native(f"<h1>通知</h1><p>{PROSE}</p><p>网址：www.jcu.edu.cn/bm，截止日期为五月底。</p><p>{PROSE}</p>")
    assert ("paragraph", "网址：www.jcu.edu.cn/bm，截止日期为五月底。") in units


def test_native_line_ending_in_a_colon_right_over_the_first_prose_is_its_lead_in() -> None:
    # a notice's addressees not opening with 各 ("广大乘客：", dev15 w15-005; "各位用户：" in dev13, "各学院、各有关单位："
    # in dev10 are rules.ADDRESSEE's): the line ending in a colon right over the first prose leads into it, content
    units = _native("<div align=center><font size=5><b>关于调整18路公交线路走向的公告</b></font></div>"
                    f"<div align=center class=date>发布时间：2023-08-25</div><hr><p>广大乘客：</p><p>{PROSE}</p><p>{PROSE}</p>")
    assert ("paragraph", "广大乘客：") in units
    # a short label with no colon there stays furniture, and so does a colon line with a line between it and the prose
    units = _native(f"<h1>公告</h1><p>广大乘客：</p><div>江城公交</div><p>{PROSE}</p><p>{PROSE}</p>")
    assert ("debris", "广大乘客：") in units and ("debris", "江城公交") in units


def test_native_data_source_line_under_a_table_of_figures_is_the_tables_note() -> None:
    # a note naming the figures' source right under a table of apparatus ("数据来源：国家统计局　制表：严立新", dev15 y15-005;
    # the print's "资料来源：…" under its tables is furniture in dev13 p13-004 and dev15 p15-001): the table's, debris
    table = ("<table border='1'><tr><td>行业</td><td>一季度增速</td><td>上年同期</td></tr><tr><td>电子设备制造</td><td>12.4%</td>"
             "<td>8.1%</td></tr><tr><td>专用设备制造</td><td>9.7%</td><td>6.3%</td></tr></table>")
    page = (f"<h1>一季度制造业投资增速回升</h1><p>{PROSE}</p>{table}"
            "<p align='center'><font size='2'>数据来源：国家统计局　制表：严立新</font></p>"
            f"<p><strong>机构：关注设备更新主线</strong></p><p>{PROSE}</p>")
    units = _native(page)
    assert ("debris", "12.4%") in units and ("debris", "数据来源：国家统计局 制表：严立新") in units
    # the story's own source line there (no data's or material's source) is no note of the table
    units = _native(page.replace("数据来源：国家统计局　制表：严立新", "来源：证券金融报"))
    assert ("debris", "来源：证券金融报") not in units
