"""Native HTML reader, session 15 (fixh7): markup signals for furniture inside content units, on designs never seen."""

from __future__ import annotations

from segment_samples import HTML_PROSE as PROSE
from segment_samples import native_html_units as _native


def test_native_short_line_with_a_link_in_it_is_furniture() -> None:
    # a counter, a category and a button beside a fee, each a short line a quarter or more of it link text
    lines = ("<p>累计评价 <a href='#c'>5000+</a>　月销 1300</p>"
             "<ul class='refer'><li>文章分類：<a href='/c/1'>日本旅遊</a></li></ul>"
             "<p><a href='/go.html' class='btn'>立即预约</a> <span>挂号费：50元</span></p>")
    units = _native(f"<h1>京都五日</h1><p>{PROSE}</p>{lines}<p>{PROSE}</p>")
    assert [k for k, t in units if t.startswith(("累计", "文章", "立即"))] == ["debris"] * 3
    # a sentence with a link in it, and a short line without one, are the article's
    kept = _native(f"<h1>京都五日</h1><p>{PROSE}</p><p>详情请见本站的<a href='/x'>报名须知</a>页面。</p><p>成人 500 円，學生 300 円</p>"
                   f"<p>{PROSE}</p>")
    assert [k for k, t in kept if t.startswith(("详情", "成人"))] == ["paragraph"] * 2


def test_native_bold_line_set_apart_from_a_picture_is_a_heading_not_its_caption() -> None:
    # the product's name in bold after a gallery's images (their element closed), and a bold head a line break
    # below a picture in a post: headings; a name in bold right beside its picture stays the picture's caption
    gallery = "<div class='gallery'><img src='g1.jpg' alt='主图'><img src='g2.jpg' alt='细节图'></div>"
    units = _native(f"{gallery}<div style='font-weight:bold'>小熊多功能电煮锅</div><p>{PROSE}</p>"
                    f"<div class='post'>{PROSE}<br><br><img src='a1.jpg' alt='窗外'><br><b>【後續更新】</b><br>{PROSE}</div>"
                    f"<div class='agent'><img src='a.jpg' alt='代理相片'><b>陳美玲</b><br>牌照號碼：S-081234</div><p>{PROSE}</p>")
    kinds = dict((t, k) for k, t in units)
    assert kinds["小熊多功能电煮锅"] == "title"
    assert kinds["【後續更新】"] == "heading"
    assert kinds["陳美玲"] == "debris"


def test_native_heading_without_text_heads_nothing_after_it() -> None:
    # a site's logo set as an image in the <h1>: the breadcrumb after it is no title, the <h2> headline is
    units = _native("<h1 class='logo'><img alt='護理部'></h1><div class='path'>首頁 ／ 衛教園地 ／ 內科</div>"
                    f"<h2>居家腹膜透析病人的照護</h2><p>{PROSE}</p>")
    assert [t for k, t in units if k == "title"] == ["居家腹膜透析病人的照護"]


def test_native_table_caption_beside_a_table_of_apparatus_is_debris() -> None:
    # a word processor's export: the caption as a paragraph under the table of figures
    table = ("<table><tr><td>项目</td><td>场次</td><td>人次</td></tr><tr><td>公益培训</td><td>48</td><td>2160</td></tr>"
             "<tr><td>广场演出</td><td>36</td><td>18500</td></tr></table>")
    units = _native(f"<h1>工作总结</h1><p>{PROSE}</p>{table}<p>表1　2023年主要活动统计</p><p>{PROSE}</p>")
    assert [k for k, t in units if t.startswith("表1")] == ["debris"]
    # a table the article's own (cells of prose): its caption stays
    prose_table = f"<table><tr><td>{PROSE}</td></tr></table>"
    kept = _native(f"<h1>工作总结</h1><p>{PROSE}</p><p>表1　各部门意见</p>{prose_table}<p>{PROSE}</p>")
    assert [k for k, t in kept if t.startswith("表1")] == ["paragraph"]


def test_native_figcaption_is_the_figures_caption_debris_however_long() -> None:
    figure = "<figure><img src='p1.jpg' alt=''><figcaption>4月30日，社区工作人员在便民服务站为居民办理业务。</figcaption></figure>"
    units = _native(f"<h1>便民服务站开放</h1><p>{PROSE}</p>{figure}<p>{PROSE}</p>")
    assert [k for k, t in units if t.startswith("4月30日")] == ["debris"]


def test_native_heading_numbered_after_the_articles_sections_goes_on_with_the_article() -> None:
    # a council's agenda: "參、臨時動議" and "肆、散會" after "壹、…" / "貳、…", under the last prose, no text of their own
    body = (f"<h1>定期會議事日程</h1><h3>壹、報告事項</h3><p>{PROSE}</p><h3>貳、討論事項</h3><p>{PROSE}</p>"
            "<h3>參、臨時動議</h3><h3>肆、散會</h3><h3>附件</h3><ul><li><a href='/a.pdf'>議事日程表</a></li></ul>")
    units = _native(body)
    assert [(k, t) for k, t in units if t[0] in "參肆附"] == [("heading", "參、臨時動議"), ("heading", "肆、散會"),
                                                             ("debris", "附件")]
    # a news page's "3. 成果发布会" after "2. …", its fields under it: the article's
    news = (f"<h1>学院发布新成果</h1><h4>1.攻克关键技术难题</h4><p>{PROSE}</p><h4>2.产学研协同</h4><p>{PROSE}</p>"
            "<h4>3.成果发布会</h4><p>时间：2024年5月10日（周五）14:30</p><p>地点：化学楼报告厅（一楼）</p>")
    kept = _native(news)
    assert [k for k, t in kept if t.startswith(("3.", "地点"))] == ["heading", "paragraph"]
