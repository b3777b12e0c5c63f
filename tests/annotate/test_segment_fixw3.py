"""Web-side residuals of the development splits, session 12 (fixw3): a date in the credits under the
title that a toolbar or the credit line itself sets apart from the title. One small input per class,
for the HTML reader and the text route."""

from segment_samples import PARA1, PARA2

from annotate.segment import check_offsets, segment_text


def units(raw):
    doc = segment_text(raw, "doc")
    for unit in doc.units:
        check_offsets(unit.text, raw, unit.offsets)
    return [(u.kind, u.text) for u in doc.units]


def html_units(page):
    from annotate.segment.readers.html import read_html

    data = page.encode("utf-8")
    doc, _ = read_html(data, "doc")
    for unit in doc.units:
        check_offsets(unit.text, data.decode("utf-8"), unit.offsets)
    return [(u.kind, u.text) for u in doc.units]


def test_html_a_date_under_the_title_with_a_toolbar_before_the_byline_is_meta():
    page = ("<html><body><h1>山區小學迎來新校舍</h1><span class=\"time\">2023/01/21 08:23</span>"
            "<div class=\"font\">字級：<a href=\"#\">放大</a> <a href=\"#\">縮小</a></div>"
            "<div class=\"author\">記者楊欣怡／新竹報導</div>"
            f"<p>{PARA1}</p><p>{PARA2}</p></body></html>")
    got = html_units(page)
    assert ("meta", "2023/01/21 08:23") in got, got
    # (with no byline under it, the lone date stays furniture, toolbar or not)
    page = page.replace("<div class=\"author\">記者楊欣怡／新竹報導</div>", "")
    assert ("debris", "2023/01/21 08:23") in html_units(page)


def test_html_a_date_under_the_credit_under_the_title_is_meta():
    page = ("<html><body><h1>欧洲越橘：一段值得细读的往事</h1><div class=\"art-info\"><span>来源：新京晚报　记者 潘涛</span></div>"
            f"<div class=\"art-time\">2019-12-12 09:06</div><div class=\"art-body\"><p>{PARA1}</p><p>{PARA2}</p></div>"
            "</body></html>")
    got = html_units(page)
    assert ("meta", "2019-12-12 09:06") in got, got


def test_text_a_date_under_the_credit_under_the_title_is_meta():
    got = units(f"欧洲越橘：一段值得细读的往事\n\n来源：新京晚报　记者 潘涛\n\n2019-12-12 09:06\n\n{PARA1}\n\n{PARA2}\n")
    assert ("meta", "2019-12-12 09:06") in got, got


def test_html_a_forum_post_s_edit_stamp_under_its_header_is_meta():
    page = ("<html><body><h1>关于托尔金，你需要知道这些</h1><table><tr><td>闲云野鹤<br>积分 2310</td><td>"
            "<div>作者：闲云野鹤　发表于 2022-6-25 18:15</div>"
            "<i>本帖最后由 闲云野鹤 于 2022-7-19 21:30 编辑</i><br><br>"
            f"{PARA1}<br><br>{PARA2}</td></tr></table></body></html>")
    got = html_units(page)
    assert ("meta", "本帖最后由闲云野鹤于2022-7-19 21:30编辑") in got, got


def test_a_blog_s_column_line_under_the_post_is_debris():
    line = "文章被收录于专栏：读书笔记　订阅专栏"
    got = units(f"印第安纳大学与张学良\n\n{PARA1}\n\n{PARA2}\n\n{line}\n")
    assert ("debris", line.replace("\u3000", "")) in got, got
    page = f"<html><body><h1>印第安纳大学与张学良</h1><p>{PARA1}</p><p>{PARA2}</p><div>{line}</div></body></html>"
    assert not any("收录" in t for k, t in html_units(page) if k != "debris")
