"""Web pages printed by a browser (PDF) and their HTML: furniture around the article (readers/article.py)."""

from __future__ import annotations

from pdf_samples import FONT, _canvas, _column, _para, _units

from annotate.segment.files import segment_file

AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36"


def _blog(path, creator=AGENT, url=None, tail=("评论（2）", "路人甲：写得真好。", "小鱼儿：学到了！", "发表评论")):
    c = _canvas(path)
    if creator:
        c.setCreator(creator)
    c.setFont(FONT, 9)  # (a nav bar in small print close over the title)
    c.drawString(72, 760, "首页　新闻　财经　体育　读书")
    c.setFont(FONT, 20)
    c.drawString(72, 740, "高新区发展纪实")
    c.setFont(FONT, 10)
    c.drawString(72, 715, "作者：老杨　2023-04-21 22:20")
    c.drawString(72, 700, "阅读(399)　评论(18)")
    paras = [_para(11, 150), _para(12, 130)]
    y = 680
    for p in paras:
        y = _column(c, p, 72, y, 40)
    for line in tail:
        y -= 12
        c.drawString(72, y, line)
        y -= 15
    if url:
        c.setFont(FONT, 7)
        c.drawString(30, 20, url)
    c.showPage()
    c.save()
    return paras


def test_browser_print_nav_counters_and_comments_around_the_article_are_debris(tmp_path):
    paras = _blog(tmp_path / "page.pdf")
    units = _units(tmp_path / "page.pdf")
    assert [t for k, t in units if k == "paragraph"] == paras
    assert ("title", "高新区发展纪实") in units
    kept = [t for k, t in units if k != "debris"]
    for furniture in ("首页新闻财经体育读书", "阅读(399)评论(18)", "评论（2）", "路人甲：写得真好。", "小鱼儿：学到了！", "发表评论"):
        assert furniture not in kept
        assert ("debris", furniture) in units


def test_browser_print_editor_line_under_a_tool_bar_stays_a_reply_date_among_comments_does_not(tmp_path):
    _blog(tmp_path / "page.pdf", tail=("【打印】【关闭】", "【责任编辑：马晓东】", "网友评论", "写得很好。", "发表于 2023-06-01 10:02"))
    units = _units(tmp_path / "page.pdf")
    assert ("meta", "【责任编辑：马晓东】") in units
    assert ("debris", "写得很好。") in units and ("debris", "发表于2023-06-01 10:02") in units


def test_a_typeset_pdf_keeps_its_short_lines_around_the_prose(tmp_path):
    _blog(tmp_path / "report.pdf", creator=None)
    kept = [t for k, t in _units(tmp_path / "report.pdf") if k != "debris"]
    assert "阅读(399)评论(18)" in kept and "路人甲：写得真好。" in kept  # (not a browser's print: no judgement)


def test_browser_footer_web_address_is_dropped_however_long(tmp_path):
    url = "http://news.example-site.com.cn/gn/2023/000/c_1129000.html 1/1"
    _blog(tmp_path / "page.pdf", url=url)
    assert not any("example-site" in t for _, t in _units(tmp_path / "page.pdf"))


def test_browser_print_box_without_a_sentence_is_debris_and_the_text_wraps_at_its_edge(tmp_path):
    path = tmp_path / "wiki.pdf"
    c = _canvas(path)
    c.setCreator(AGENT)
    c.setFont(FONT, 20)
    c.drawString(72, 760, "高新区发展纪实")
    c.rect(330, 682, 190, 50)  # an infobox floated right, beside the first three lines
    c.setFont(FONT, 10)
    c.drawString(340, 715, "中文名　高新区")
    c.drawString(340, 695, "所属类别　经济")
    first = _para(21, 24 * 3 + 40 * 3)
    y = 720
    for k in range(3):  # beside the box: 24 characters a line
        c.drawString(72, y, first[24 * k:24 * (k + 1)])
        y -= 15
    y = _column(c, first[72:], 72, y, 40, indent=False)
    second = _para(22, 80)
    _column(c, second, 72, y, 40)
    c.showPage()
    c.save()
    units = _units(path)
    assert [t for k, t in units if k == "paragraph"] == [first, second]
    assert ("debris", "中文名高新区") in units and ("debris", "所属类别经济") in units


def test_browser_print_end_mark_date_and_time_and_a_reading_time_on_the_byline(tmp_path):
    path = tmp_path / "release.pdf"
    c = _canvas(path)
    c.setCreator(AGENT)
    c.setFont(FONT, 20)
    c.drawString(72, 760, "高新区发展纪实")
    c.setFont(FONT, 10)
    c.drawString(72, 735, "作者：劉家豪｜2020-10-20　閱讀時間約7分鐘")
    para = _para(31, 120)
    y = _column(c, para, 72, 715, 40)
    # (not a lone 完: pdfium drops a one-character line in an unembedded font where no CJK font is installed)
    for line in ("（完）", "2023年3月21日（星期三）", "香港時間19時23分"):
        y -= 10
        c.drawString(72, y, line)
        y -= 15
    c.showPage()
    c.save()
    units = _units(path)
    assert ("byline", "作者：劉家豪｜2020-10-20") in units and ("debris", "閱讀時間約7分鐘") in units
    assert ("debris", "（完）") in units and ("meta", "2023年3月21日（星期三）香港時間19時23分") in units


PROSE = "第二次世界大戰中納粹德國戰敗，根據波茨坦會議中英、美、法、蘇四國分區佔領德國，柏林也被分割成四個區域。"
PROSE2 = "昆明的公路系統由市區二環快速三環路及全線貫通的繞城高速公路組成，城市道路總長度持續增加，交通運輸日益便利。"


def _html(tmp_path, body, name="page.html"):
    path = tmp_path / name
    path.write_text(f"<html><head><meta charset='utf-8'><title>t</title></head><body>{body}</body></html>", encoding="utf-8")
    doc, _ = segment_file(path)
    return [(u.kind, u.text) for u in doc.units], doc


def test_html_run_in_byline_is_its_paragraph_s_and_names_the_author(tmp_path):
    # (session 17's convention: a dateline byline run into its paragraph is the paragraph's; the reporter is still
    # the document's author)
    units, doc = _html(tmp_path, f"<h1>一次看懂馬祖</h1><p>〔記者吳淑芬／高雄報導〕{PROSE}</p><p>{PROSE2}</p>")
    assert units[1:3] == [("paragraph", "〔記者吳淑芬／高雄報導〕" + PROSE), ("paragraph", PROSE2)]
    assert doc.meta.author == "吳淑芬"


def test_html_byline_on_its_own_line_in_the_paragraph_is_its_own_unit_and_maps_to_the_source(tmp_path):
    units, doc = _html(tmp_path, f"<h1>一次看懂馬祖</h1><p>〔記者吳淑芬／高雄報導〕<br>{PROSE}</p><p>{PROSE2}</p>")
    assert units[1:3] == [("byline", "〔記者吳淑芬／高雄報導〕"), ("paragraph", PROSE)]
    assert doc.meta.author == "吳淑芬"
    source = (tmp_path / "page.html").read_text(encoding="utf-8")
    for u in doc.units:
        for t, s, n in u.offsets:
            assert u.text[t:t + n] == source[s:s + n]


def test_html_dispatch_line_addressees_and_bracketed_note_are_kept(tmp_path):
    units, _ = _html(tmp_path, f"<h1>探訪東德</h1><p>【本報訊】</p><p>各区县（市）人民政府，市政府各部门：</p><p>{PROSE}</p>"
                               f"<p>{PROSE2}</p><p>（此件公开发布）</p>")
    assert ("meta", "【本報訊】") in units
    assert ("paragraph", "各区县（市）人民政府，市政府各部门：") in units
    assert ("meta", "（此件公开发布）") in units


def test_html_counters_tool_line_and_author_box_are_debris(tmp_path):
    units, _ = _html(tmp_path, f"<h1>一文读懂都灵</h1><p>作者：老杨读书　2023-04-21 22:20</p><p>{PROSE}</p>"
                               f"<h2>生物质的前世今生</h2><p>作者：老杨读书　2023-07-15 17:53</p><p>阅读(4096)　评论(28)</p>"
                               f"<p>{PROSE2}</p><p>友善列印　回上一頁　瀏覽人次：586</p>"
                               f"<h3>作者簡介</h3><p>劉家豪，自由撰稿人，長期關注歷史與文化議題。</p>")
    for furniture in ("阅读(4096)评论(28)", "友善列印回上一頁瀏覽人次：586", "作者簡介", "劉家豪，自由撰稿人，長期關注歷史與文化議題。"):
        assert ("debris", furniture) in units, furniture


def test_html_a_footer_div_named_ft_is_debris(tmp_path):
    units, _ = _html(tmp_path, f"<h1>探訪東德</h1><p>{PROSE}</p><div class='ft'>本页面最后修订于2023年6月1日 (星期四) 10:21。"
                               "<br>本站的全部文字在知识共享 署名-相同方式共享 4.0协议之条款下提供</div>")
    assert [k for k, t in units if "本页面" in t] == ["debris"]


def test_browser_print_logo_box_in_larger_type_is_debris_and_the_headline_is_the_title(tmp_path):
    path = tmp_path / "gov.pdf"
    c = _canvas(path)
    c.setCreator(AGENT)
    c.rect(40, 750, 500, 50)  # the site's logo bar
    c.setFont(FONT, 26)
    c.drawString(50, 765, "清河市人民政府门户网站")
    c.setFont(FONT, 22)
    c.drawString(200, 700, "走近心脏")
    c.setFont(FONT, 10)
    c.drawString(72, 672, "一、有关说明")
    para = _para(41, 150)
    _column(c, para, 72, 650, 40)
    c.showPage()
    c.save()
    units = _units(path)
    assert ("title", "走近心脏") in units and ("paragraph", para) in units and ("heading", "一、有关说明") in units
    assert ("debris", "清河市人民政府门户网站") in units


def test_an_underlined_short_line_alone_and_a_bracketed_one_on_a_browser_print_are_headings(tmp_path):
    path = tmp_path / "release.pdf"
    c = _canvas(path)
    c.setFont(FONT, 20)
    c.drawString(72, 760, "高新区发展纪实")
    first, second = _para(51, 120), _para(52, 120)
    y = _column(c, first, 72, 730, 40)
    c.setFont(FONT, 10)
    y -= 10
    c.drawString(72, y, "塞爾維亞的前世今生")
    c.line(72, y - 2, 72 + 9 * 10, y - 2)
    y = _column(c, second, 72, y - 25, 40)
    c.drawString(72, y - 10, "【相关影响】")
    third = _para(53, 120)
    _column(c, third, 72, y - 35, 40)
    c.setCreator(AGENT)
    c.showPage()
    c.save()
    units = _units(path)
    assert ("heading", "塞爾維亞的前世今生") in units and ("paragraph", second) in units
    assert ("heading", "【相关影响】") in units and ("paragraph", third) in units


def test_browser_print_sidebar_floated_beside_the_prose_is_debris_and_a_wiki_edit_link_is_cut(tmp_path):
    path = tmp_path / "portal.pdf"
    c = _canvas(path)
    c.setCreator(AGENT)
    c.setFont(FONT, 20)
    c.drawString(72, 760, "走近云南省")
    first, second = _para(61, 150), _para(62, 150)
    y = _column(c, first, 72, 730, 20)  # the story: 20 characters a line, x 72 to 272
    c.setFont(FONT, 9)
    for k, item in enumerate(("热点排行", "1. 全国夏粮收购进度过半", "2. 暑期文旅消费持续升温")):
        c.drawString(320, 735 - 15 * k, item)  # a sidebar beside it, in smaller type
    c.setFont(FONT, 14)
    c.drawString(72, y - 10, "发展历程")
    c.setFont(FONT, 8)
    c.drawString(72 + 4 * 14 + 4, y - 10, "[编辑]")
    _column(c, second, 72, y - 35, 20)
    c.showPage()
    c.save()
    units = _units(path)
    assert [t for k, t in units if k == "paragraph"] == [first, second]
    assert ("heading", "发展历程") in units and ("debris", "[编辑]") in units
    for item in ("热点排行", "1.全国夏粮收购进度过半", "2.暑期文旅消费持续升温"):
        assert ("debris", item) in units, item


def test_browser_header_with_its_time_stamp_is_dropped_however_long_and_close(tmp_path):
    path = tmp_path / "page.pdf"
    c = _canvas(path)
    c.setFont(FONT, 7)
    c.drawString(30, 800, "12/5/26, 6:35 PM 关于托尔金，你需要知道这些 - 读书交流 - 书友论坛 - Powered by Discuz!")
    c.setFont(FONT, 10)
    paras = [_para(71, 150), _para(72, 130)]
    y = 788  # (the story starts right under it)
    for p in paras:
        y = _column(c, p, 72, y, 40)
    c.showPage()
    c.save()
    units = _units(path)
    assert [t for k, t in units if k == "paragraph"] == paras
    assert not any("12/5/26" in t for _, t in units)


def test_browser_print_editor_line_flush_right_under_the_prose_is_no_column(tmp_path):
    path = tmp_path / "end.pdf"
    c = _canvas(path, size=(842, 595))  # (landscape: the story's end on a page of its own)
    c.setCreator(AGENT)
    c.setFont(FONT, 10)
    para = _para(81, 150)
    y = _column(c, para, 46, 560, 50)
    c.drawRightString(546, y - 10, "【责任编辑：马晓东】")
    y -= 40
    for item in ("分享到：微信 微博", "相关新闻", "暑期文旅消费持续升温", "城市更新行动提速"):
        c.drawString(46, y, item)
        y -= 20
    c.showPage()
    c.save()
    units = _units(path)
    assert ("paragraph", para) in units and ("meta", "【责任编辑：马晓东】") in units



def test_browser_print_infobox_beside_a_later_paragraph_is_debris_cell_by_cell(tmp_path):
    # (a wiki's infobox floated right of the second paragraph: after the first prose, where only the
    # box rule, pdf.boxed_furniture, tells its cells from the story)
    path = tmp_path / "wiki.pdf"
    c = _canvas(path)
    c.setCreator(AGENT)
    c.setFont(FONT, 20)
    c.drawString(72, 760, "高新区发展纪实")
    first = _para(23, 150)
    y = _column(c, first, 72, 730, 40)
    c.rect(330, y - 50, 190, 50)
    c.setFont(FONT, 10)
    c.drawString(340, y - 17, "中文名　高新区")
    c.drawString(340, y - 37, "所属类别　经济")
    second = _para(24, 24 * 3 + 40 * 2)
    y -= 10
    for k in range(3):  # beside the box: 24 characters a line
        c.drawString(72, y, second[24 * k:24 * (k + 1)])
        y -= 15
    _column(c, second[72:], 72, y, 40, indent=False)
    c.showPage()
    c.save()
    units = _units(path)
    assert [t for k, t in units if k == "paragraph"] == [first, second]
    assert ("debris", "中文名高新区") in units and ("debris", "所属类别经济") in units


def _boxed(path, box_lines):
    """A browser's print: a title, two paragraphs, a box between them holding ``box_lines``."""
    c = _canvas(path)
    c.setCreator(AGENT)
    c.setFont(FONT, 20)
    c.drawString(72, 760, "高新区发展纪实")
    first, second = _para(31, 160), _para(32, 160)
    y = _column(c, first, 72, 730, 40)
    c.rect(66, y - 15 * len(box_lines) - 6, 412, 15 * len(box_lines) + 12)
    c.setFont(FONT, 10)
    for line in box_lines:
        y -= 15
        c.drawString(80, y, line)
    _column(c, second, 72, y - 30, 40)
    c.showPage()
    c.save()
    return first, second


def test_browser_print_box_holding_sentences_between_paragraphs_stays_prose(tmp_path):
    first, second = _boxed(tmp_path / "note.pdf", ["园区去年新增企业三百余家。", "产值再创新高。"])
    units = _units(tmp_path / "note.pdf")
    assert [t for k, t in units if k == "paragraph" and len(t) > 40] == [first, second]
    assert [k for k, t in units if "园区去年" in t or "产值再创" in t] == ["paragraph"]
