"""HTML reader residuals of batch 14 web (fixh6): one small synthetic page per rule."""

from segment_samples import PARA1, PARA2, html_units


def content(units):
    return [t for k, t in units if k != "debris"]


def test_hidden_blocks_are_debris():
    notice = "本看板內容可能含有限制級內容，請先確認您已年滿十八歲。"
    for head, attrs in (("<style>.x{color:red} .gate, #warn {display: none}</style>", 'class="over18 gate"'),
                        ("", 'style="color:red; display:none"'), ("", "hidden"),
                        ("<style>#warn{visibility:hidden}</style>", 'id="warn"')):
        page = (f"<html><head>{head}</head><body><h1>從工程師轉職到管理崗的三年</h1>"
                f"<p>{PARA1}</p><div {attrs}>{notice}</div><p>{PARA2}</p></body></html>")
        got = html_units(page)
        assert notice not in content(got), (attrs, got)
        assert PARA1 in content(got), got


def test_a_class_hidden_only_for_one_screen_size_or_in_context_stays():
    notice = "本看板內容可能含有限制級內容，請先確認您已年滿十八歲。"
    for head, attrs in (("<style>@media (max-width:600px){.pc{display:none}}</style>", 'class="pc"'),
                        ("<style>.menu .pc{display:none}</style>", 'class="pc"'),
                        ("", 'class="hidden-xs" data-x="hidden"'),
                        # a tab: hidden, shown again when active (review: the hidden-class rule took it as furniture)
                        ("<style>.tab-pane{display:none}.tab-pane.active{display:block}</style>",
                         'class="tab-pane active"')):
        page = (f"<html><head>{head}</head><body><h1>從工程師轉職到管理崗的三年</h1>"
                f"<p>{PARA1}</p><p {attrs}>{notice}</p><p>{PARA2}</p></body></html>")
        assert notice in content(html_units(page)), attrs


def test_a_numbered_section_head_under_a_picture_is_no_caption():
    page = (f"<html><body><h1>從工程師轉職到管理崗的三年</h1><div>一、技術還是要跟上</div><div>{PARA1}</div>"
            f'<div><img src="a.jpg" alt="圖"></div><div>二、身體最重要</div><div>{PARA2}</div></body></html>')
    assert "二、身體最重要" in content(html_units(page))


def test_a_blog_name_in_the_h1_yields_the_title_to_the_heading_the_page_title_names():
    for page_title in ("京都五日：從伏見稻荷走到鴨川", "京都五日：從伏見稻荷走到鴨川 - 小鹿的旅行筆記本"):
        page = (f"<html><head><title>{page_title}</title></head><body>"
                '<div id="blog"><h1><a href="/">小鹿的旅行筆記本</a></h1></div>'
                f"<h2>京都五日：從伏見稻荷走到鴨川</h2><p>{PARA1}</p><p>{PARA2}</p></body></html>")
        got = html_units(page)
        assert ("title", "京都五日：從伏見稻荷走到鴨川") in got, got
        assert "小鹿的旅行筆記本" not in content(got), got


def test_an_h1_the_page_title_holds_stays_the_title():
    page = ("<html><head><title>新聞中心 - 南溪大學</title></head><body><h1>南溪大學舉行畢業典禮</h1>"
            f"<h2>新聞中心</h2><p>{PARA1}</p><p>{PARA2}</p></body></html>")
    assert ("title", "南溪大學舉行畢業典禮") in html_units(page)


def test_a_block_floating_over_the_page_is_debris():
    bar = "已选：曜石黑，标准版，库存充足。"
    for style in ("position:sticky;top:0", "bottom:0; position: fixed"):
        page = (f"<html><body><h1>九阳破壁料理机静音款</h1><p>{PARA1}</p>"
                f'<div class="bar" style="{style}">{bar}</div><p>{PARA2}</p></body></html>')
        assert bar not in content(html_units(page)), style
    page = f"<html><body><h1>九阳破壁料理机静音款</h1><p>{PARA1}</p><div style=\"position:relative\">{bar}</div><p>{PARA2}</p></body></html>"
    assert bar in content(html_units(page))


def test_short_lines_with_a_clause_comma_under_a_section_head_before_the_prose_stay():
    page = ("<html><body><h1>立法會會議過程正式紀錄</h1><p><b><u>出席議員：</u></b></p>"
            "<p>主席梁君彥議員，大紫荊勳賢，GBS，JP</p><p>石禮謙議員，GBS，JP</p>"
            f"<p>瀏覽次數 586</p><p>{PARA1}</p><p>{PARA2}</p></body></html>")
    got = content(html_units(page))
    assert "主席梁君彥議員，大紫荊勳賢，GBS，JP" in got and "石禮謙議員，GBS，JP" in got, got
    # the rule keeps a section's text, not labels or counters: without a clause comma, or under no heading
    assert "瀏覽次數586" not in got and "瀏覽次數 586" not in got, got
    page = f"<html><body><h1>立法會會議</h1><p>石禮謙議員，GBS，JP</p><p>{PARA1}</p><p>{PARA2}</p></body></html>"
    assert "石禮謙議員，GBS，JP" not in content(html_units(page))


def test_a_signing_office_and_its_date_under_one_br_are_two_lines():
    page = (f"<html><body><h1>关于印发老旧小区改造实施方案的通知</h1><p>{PARA1}</p><p>{PARA2}</p>"
            "<p align=\"right\">江北区人民政府办公室<br>\n2023年5月15日</p></body></html>")
    got = html_units(page)
    assert ("meta", "江北区人民政府办公室") in got and ("meta", "2023年5月15日") in got, got


def test_a_rating_widget_with_its_vote_count_is_debris():
    for widget in ("這篇食譜對你有幫助嗎？ ★★★★★ (88 票)", "为本文评分 ★★★☆☆（1,203）"):
        page = f"<html><body><h1>番茄炒蛋</h1><p>{PARA1}</p><p>{PARA2}</p><div class=\"r\">{widget}</div></body></html>"
        assert not any("★" in t for t in content(html_units(page))), widget
