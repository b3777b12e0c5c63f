"""The text route on the failure classes that the fifth development batch (benchmarks/segcorpus
make_dev5_web.py) showed in web dumps: a wiki's edit link on a heading's line, a date line above
a byline, an app banner inside the article, runs of furniture lines. One small input per class."""

from segment_samples import PARA1, PARA2, html_units, units

from annotate.segment import segment_text


def test_a_wiki_edit_link_after_a_heading_is_debris_of_its_own():
    for tail in ("[編輯]", "[[3]編輯]", "[编辑]", " [ 编辑 ]"):
        got = units(f"台灣戰後時期\n\n{PARA1}\n\n歷史{tail}\n\n{PARA2}\n")
        assert ("heading", "歷史") in got, (tail, got)
        assert got[got.index(("heading", "歷史")) + 1][0] == "debris"


def test_a_markdown_heading_with_an_edit_link_keeps_its_level():
    got = units(f"台灣戰後時期\n\n{PARA1}\n\n***** 發展[編輯] *****\n\n{PARA2}\n")
    assert ("heading", "發展") in got and ("debris", "[編輯]") in got


def test_a_bracketed_word_that_is_not_an_edit_link_stays_on_its_line():
    got = units(f"台灣戰後時期\n\n{PARA1}\n\n歷史[註1]\n\n{PARA2}\n")
    assert not any(t.startswith("[") for _, t in got)


def test_a_date_line_above_a_whole_reporter_credit_stays_meta():
    got = units(f"環境保護主義\n\n2018/02/18 07:35\n記者楊欣怡／新竹報導\n\n{PARA1}\n")
    assert ("byline", "記者楊欣怡／新竹報導") in got and ("meta", "2018/02/18 07:35") in got
    assert [t for _, t in got].count("2018/02/18 07:35") == 1


def test_an_update_stamp_under_a_byline_is_meta_of_its_own():
    got = units(f"新畿內亞\n文：李志明｜攝影：鄭宗翰\n2020.04.28 更新\n\n{PARA1}\n")
    assert ("byline", "文：李志明｜攝影：鄭宗翰") in got and ("meta", "2020.04.28更新") in got


def test_an_app_banner_after_a_paragraph_is_debris_not_its_last_line():
    for banner in ("打开APP，阅读体验更佳", "[2]打開APP，閱讀體驗更佳", "下载App看更多"):
        got = units(f"阵内智则\n\n{PARA1}\n{banner}\n\n{PARA2}\n")
        assert got[1] == ("paragraph", PARA1) and got[2][0] == "debris", (banner, got)


# --- native HTML (annotate/segment/readers/html.py) ---

def test_html_a_wiki_heading_loses_its_edit_link_and_the_toc_is_debris():
    page = ("<html><body><h1>台灣戰後時期</h1><div id=\"toc\"><h2>目錄</h2><ul><li>1 歷史</li></ul></div>"
            f"<h2><span class=\"mw-headline\">歷史</span><span class=\"edit\">[<a href=\"#\">編輯</a>]</span></h2>"
            f"<p>{PARA1}</p></body></html>")
    got = html_units(page)
    assert ("heading", "歷史") in got and ("debris", "[編輯]") in got and ("debris", "目錄") in got


def test_html_a_short_last_paragraph_of_a_one_paragraph_answer_stays_and_its_post_date_is_meta():
    page = ("<html><body><h1>魏玩是什么？</h1><div class=\"Answer\"><div class=\"RichContent\">"
            f"<p>{PARA1}</p><p>三见柳绵飞，离人犹未归。</p></div>"
            "<div class=\"time\">发布于 2023-09-06</div></div><div>查看全部 24 个回答</div></body></html>")
    got = html_units(page)
    assert ("paragraph", "三见柳绵飞，离人犹未归。") in got and ("meta", "发布于2023-09-06") in got


def test_html_a_reply_date_in_another_post_is_debris():
    post = "<div class=\"post\"><div class=\"who\">老张</div><div class=\"when\">发表于 2023-06-02</div><div class=\"body\">{}</div></div>"
    page = (f"<html><body><h1>李晨</h1><div class=\"thread\">{post.format(f'<p>{PARA1}</p><p>{PARA2}</p>')}"
            f"{post.format('写得很好，学习了。')}</div></body></html>")
    got = html_units(page)
    assert got.count(("meta", "发表于2023-06-02")) == 1 and ("debris", "发表于2023-06-02") in got


def test_html_a_lone_date_right_under_the_title_is_meta_else_debris():
    page = (f"<html><body><h1>环境保护主义</h1><div class=\"date\">2018/02/18 07:35</div>"
            f"<div class=\"author\">記者楊欣怡／新竹報導</div><p>{PARA1}</p></body></html>")
    assert ("meta", "2018/02/18 07:35") in html_units(page)
    # under the title with no byline below: still the article's date (the convention settled in session 13)
    page = f"<html><body><h1>环境保护主义</h1><div class=\"date\">2018/02/18 07:35</div><p>{PARA1}</p></body></html>"
    assert ("meta", "2018/02/18 07:35") in html_units(page)
    # under a share bar, apart from the title and any credit: furniture
    page = (f"<html><body><h1>环境保护主义</h1><div class=\"share\">分享 Facebook LINE</div>"
            f"<div class=\"date\">2018/02/18 07:35</div><p>{PARA1}</p></body></html>")
    assert ("debris", "2018/02/18 07:35") in html_units(page)


def test_html_a_references_section_and_a_box_after_furniture_are_debris():
    page = (f"<html><body><h1>台灣</h1><p>{PARA1}</p><h2>參考文獻</h2><ol><li>某某著：《某某研究》，某出版社，2001年。</li></ol>"
            "</body></html>")
    got = html_units(page)
    assert ("debris", "參考文獻") in got and got[-1][0] == "debris"
    page = (f"<html><body><h1>新畿內亞</h1><p>{PARA1}</p><div class=\"pager\"><a href=\"#\">上一頁</a> 1 2</div>"
            "<div class=\"tags\"><a href=\"#\">#文化</a></div><div><h6>訂閱電子報</h6><p>每週精選好文，直送你的信箱。</p></div>"
            "</body></html>")
    got = html_units(page)
    assert ("debris", "訂閱電子報") in got and ("debris", "每週精選好文，直送你的信箱。") in got


def test_html_a_short_section_at_the_end_of_the_article_stays():
    page = f"<html><body><h1>台灣</h1><p>{PARA1}</p><h2>後續發展</h2><p>此後再無消息。</p></body></html>"
    got = html_units(page)
    assert ("heading", "後續發展") in got and ("paragraph", "此後再無消息。") in got


def test_html_a_span_whose_class_names_a_subtitle_is_a_heading():
    page = (f"<html><body><h1>美國眾議院</h1><div>本報記者 蔡雅婷<br><br><span class=\"subtitle\">歷史</span><br><br>"
            f"{PARA1}<br><br><span class=\"note\">發展</span><br><br>{PARA2}</div></body></html>")
    got = html_units(page)
    assert ("heading", "歷史") in got and ("heading", "發展") not in got


def test_a_lone_view_counter_and_a_sign_up_date_are_debris_but_a_counter_with_a_date_is_meta():
    from annotate.segment.readers.common import standalone_kind

    assert standalone_kind("點閱次數：9114") == "debris" and standalone_kind("2018-12-01 加入") == "debris"
    assert standalone_kind("浏览次数:323 发布时间:2021-03-09 08:53:49") == "meta"


def test_a_repeated_forum_reply_header_is_one_debris_unit_per_row():
    raw = (f"有轨电车\n\n{PARA1}\n\n老王不在家\n#2\n2019-06-27\n請問有參考資料嗎？\n阿里山下\n#3\n2019-07-22\n"
           f"長知識了\n老王不在家\n#4\n2024-07-04\n先收藏\n")
    got = units(raw)
    for row in ("老王不在家", "#2", "2019-06-27", "#4", "2024-07-04"):
        assert ("debris", row) in got, (row, got)


def test_engagement_counts_are_debris_and_never_join_a_neighbour():
    got = units(f"魏玩是什么？\n\n历史百科\n关注者 9018 被浏览 995102\n作者：陈建国\n9530 人赞同了该回答\n\n{PARA1}\n")
    assert ("debris", "关注者9018被浏览995102") in got and ("debris", "9530人赞同了该回答") in got
    assert not any("1999年" in t and k == "debris" for k, t in units(f"1999年\n\n{PARA1}\n"))


def test_a_pager_a_tag_line_and_an_access_key_breadcrumb_are_debris():
    got = units(f"某縣政府教育處全球資訊網 網站導覽 English\n::: 首頁 / 最新消息 / 公告資訊\n\n邓小平理论\n\n{PARA1}\n\n"
                "上一頁 1 2 下一頁\n#文化 #歷史\n\n訂閱電子報\n")
    for line in ("::: 首頁 / 最新消息 / 公告資訊", "上一頁 1 2 下一頁", "#文化 #歷史"):
        sq = line.replace(" ", "")
        assert any(k == "debris" and t.replace(" ", "") == sq for k, t in got), (line, got)


def test_a_bracketed_related_list_heading_makes_its_items_debris_one_per_line():
    got = units(f"美國眾議院\n\n{PARA1}\n\n【相關新聞】\n本港明日天晴氣溫回升\n立法會今審議撥款\n")
    assert got[-3:] == [("debris", "【相關新聞】"), ("debris", "本港明日天晴氣溫回升"), ("debris", "立法會今審議撥款")]


def test_an_author_glued_to_the_outlet_is_still_the_author():
    doc = segment_text(f"千年女王\n\n2020-07-17 来源：光明网作者：何雪梅\n\n{PARA1}\n", "doc")
    assert doc.meta.author == "何雪梅" and doc.meta.outlet == "光明网"
    assert [u.kind for u in doc.units][1] == "byline"


def test_a_post_date_above_the_prose_is_meta_and_a_recent_posts_widget_is_debris():
    got = units(f"盖卤王\n发表于 2020-01-07\n文/陈宇航\n\n{PARA1}\n\n北京网友\n发表于 2023-06-02\n写得很好。\n\n"
                "**** 近期文章 ****\n    * 春日小记\n    * 周末去看展\n自豪地采用 WordPress\n")
    assert ("meta", "发表于2020-01-07") in got and ("debris", "发表于2023-06-02") in got
    assert got[-4:] == [("debris", "近期文章"), ("debris", "春日小记"), ("debris", "周末去看展"), ("debris", "自豪地采用WordPress")]


def test_a_toc_label_a_thread_starter_label_and_a_recommended_list_are_debris():
    got = units(f"有轨电车\n\n目錄\n\n旅人Ken\n樓主\n\n{PARA1}\n\n热门推荐\n春日小记\n周末去看展\n")
    assert ("debris", "目錄") in got and ("debris", "樓主") in got
    assert got[-3:] == [("debris", "热门推荐"), ("debris", "春日小记"), ("debris", "周末去看展")]


def test_attachments_a_more_answers_link_a_font_size_tool_and_an_entry_tag_line_are_debris():
    from annotate.segment.readers.common import standalone_kind

    for line in ("附件：1.相关材料.pdf", "相關附件：公告全文.odt 公告全文.pdf", "查看全部24个回答", "字級 放大 縮小",
                 "展开全文", "词条标签：历史 文化"):
        assert standalone_kind(line) == "debris", line
    assert standalone_kind("附件：本办法自发布之日起施行") != "debris"
