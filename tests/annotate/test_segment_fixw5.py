"""Web-side residuals of the development splits, session 13 (fixw5). One small input per class, for the
text route and the HTML reader."""

from segment_samples import PARA1, PARA2, columns, html_units, units

HANZI = "".join(ch for ch in PARA1 + PARA2 if ord(ch) > 0x2000 and ch not in "，。：")


def _prose(start, n):
    return (HANZI * 4)[start:start + n]


def test_an_inline_list_s_number_that_a_wrap_brought_to_a_line_s_start_stays_in_its_paragraph():
    # a paragraph whose items run on inline ("…机构。４．任何…。５．任何…"), wrapped at 60 columns: the first
    # sentence fills its lines exactly, so "２．" opens a line, yet "３．" stands mid-line further on
    inline = _prose(0, 59) + "。" + "２．" + _prose(60, 40) + "。" + "３．" + _prose(100, 30) + "。"
    others = [PARA1 + PARA2, PARA2 + PARA1, PARA1]
    text = "\n\n".join("\n".join(columns(p, 60)) for p in [others[0], inline, *others[1:]]) + "\n"
    got = [t for k, t in units(text) if k == "paragraph"]
    assert inline in got, got
    # items each on a line of their own, no number mid-line: the list's items stay apart
    listed = _prose(0, 59) + "。\n２．" + _prose(60, 20) + "。\n３．" + _prose(100, 20) + "。"
    text = "\n\n".join(["\n".join(columns(others[0], 60)), listed, *("\n".join(columns(p, 60)) for p in others[1:])]) + "\n"
    got = [t for k, t in units(text) if k == "paragraph"]
    assert "２．" + _prose(60, 20) + "。" in got, got


def test_an_inline_list_s_item_after_a_full_line_in_a_dump_cut_at_its_width_stays_in_its_paragraph():
    # too few long lines for a wrap (a shop page: menus, a table, two paragraphs at 172 columns, the widest lines
    # give the dump's width); "…：一是…；二是…；" fills the line, "三是…" opens the next: the list goes on
    short = ["您好，欢迎来到优选商城！请登录", "家居日用 > 茶具", "商品介绍", "规格与包装", "售后保障", "商品评价"]
    para = _prose(0, 57) + "，" + _prose(61, 10) + "：一是" + _prose(80, 5) + "；二是" + _prose(90, 6) + "；"
    para = para + "三是" + _prose(100, 8) + "；四是" + _prose(110, 9) + "。"
    assert para.index("三是") == 86  # (86 full-width characters: the line ends at "；")
    long2 = _prose(3, 86) + _prose(20, 86) + _prose(50, 30) + "。"
    text = "\n".join(short) + "\n\n" + "\n".join(columns(long2, 172)) + "\n\n" + "\n".join(columns(para, 172)) + "\n\n产品特点\n"
    got = [t for k, t in units(text) if k == "paragraph"]
    assert para in got, got


def test_a_custom_element_named_for_an_ad_is_furniture():
    # an AMP page's ad slot (<amp-ad>) between two paragraphs of the article, its label in a <div>
    page = (f"<html><body><h1>欧洲越橘：一段值得细读的往事</h1><div class=\"art-body\"><p>{PARA1}</p>"
            f"<amp-ad width=\"320\" height=\"50\"><div>广告</div></amp-ad><p>{PARA2}</p></div></body></html>")
    got = html_units(page)
    assert ("debris", "广告") in got, got
    assert ("paragraph", PARA2.replace(" ", "")) in [(k, t.replace(" ", "")) for k, t in got], got


def test_a_date_alone_over_a_whole_byline_stays_apart_from_it():
    # "2024-05-13 10:30" / "本報記者 袁華" under the headline (two elements of the page, two lines of the dump): a
    # date and a whole byline, not one credit line an extract cut in pieces ("記者" / "陳美玲")
    for gap in ("\n", "\n\n"):
        got = units(f"本澳舉辦青年創業分享會\n\n   2024-05-13 10:30{gap}   本報記者 袁華\n\n{PARA1}\n\n{PARA2}\n")
        assert ("byline", "本報記者袁華") in [(k, t.replace(" ", "")) for k, t in got], got
        assert not any("袁華" in t and "10:30" in t for _, t in got), got


def test_a_poster_s_avatar_label_and_follow_button_with_its_count_are_cut_off_the_credit_line():
    # a video page's uploader bar: the picture's alt text before the credit (w3m "头像", lynx "[14]头像",
    # html2text "[头像]"), a follow button and the followers' count after it
    for lead in ("头像 ", "[14]头像 ", "[头像] ", "_头像_ "):
        got = units(f"【纪录】老街的早餐铺子：一碗豆浆的四十年\n\n{lead}UP主：阿柒爱吃 + 关注 8.6万\n记录街头巷尾的人间烟火\n\n"
                    f"简介\n\n{PARA1}\n\n{PARA2}\n")
        texts = [t.replace(" ", "") for _, t in got]
        assert "UP主：阿柒爱吃" in texts, got
        assert "+关注8.6万" in texts, got


def test_a_dump_s_list_number_before_an_item_s_own_number_is_debris_of_its_own():
    # an ordered list of references, each opening with its own number: w3m, lynx and html2text print the list's
    # number before it ("1. [1] …"); the dump's number is furniture, each reference a unit of its own
    refs = ["[1] 谢艳平. 新闻写作教程[M]. 北京: 人民出版社, 2019.", "[2] 冯勇. 数据新闻实务[M]. 上海: 复旦大学出版社, 2021."]
    for indent in (" ", "    "):
        items = "\n".join(f"{indent}{k}. {ref}" for k, ref in enumerate(refs, 1))
        got = units(f"新闻写作\n\n{PARA1}\n\n{PARA2}\n\n参考资料\n\n{items}\n\n常见问题\n")
        texts = [(k, t.replace(" ", "")) for k, t in got]
        assert ("debris", "1.") in texts and ("debris", "2.") in texts, got
        assert [t for _, t in texts if t.startswith("[1]")] == [refs[0].replace(" ", "")], got


def _review_page(lines):
    # a review page long enough for the text route's measures (a short page may read as columns)
    body = "\n\n".join([PARA1, PARA2, PARA1[::-1] + "。", PARA2[::-1] + "。"])
    return f"老弄堂本帮菜（南京西路店）\n\n商户简介\n\n{body}\n\n精选点评\n\n周末带爸妈吃本帮菜\n\n{lines}\n\n网友点评\n"


def test_a_poster_s_name_and_posting_stamp_make_a_byline():
    # "NAME 于 DATE 发布", "NAME　DATE 更新", "本房源由经纪人X于 DATE发布": who posted the page and when
    for line in ("码农小周 于 2024-04-05 08:23:23 发布", "慢慢走的风　2024-12-02 更新", "本房源由经纪人萧文于 2024年1月25日发布"):
        got = units(_review_page(f"{line}\n{PARA2}"))
        assert ("byline", line.replace(" ", "").replace("\u3000", "")) in [(k, t.replace(" ", "")) for k, t in got], got
    # a stamp alone is the page's date, no byline
    got = units(_review_page(f"2023-09-06 发布\n{PARA2}"))
    assert not any(k == "byline" for k, _ in got), got


def test_an_image_s_mark_before_a_credit_is_a_unit_of_its_own():
    # w3m prints an image without alt text as its file's name in brackets: "[u] 慢慢走的风　2024-12-02 更新"
    got = units(_review_page(f"[u] 慢慢走的风　2024-12-02 更新\n{PARA2}"))
    assert ("debris", "[u]") in got, got
    assert ("byline", "慢慢走的风2024-12-02更新") in [(k, t.replace(" ", "")) for k, t in got], got


def test_a_link_to_all_photos_does_not_join_the_review_s_last_line():
    for link in ("红烧肉 查看全部12张图片", "[红烧肉]查看全部12张图片", "查看全部12张图片"):
        got = units(_review_page(f"{PARA2}\n\n总的来说，还会再来\n{link}\n赞(23) 回应(5) 收藏 举报"))
        assert any(t == "总的来说，还会再来" for _, t in got), got
        assert ("debris", link.replace(" ", "")) in [(k, t.replace(" ", "")) for k, t in got], got


def test_a_caption_with_a_space_after_its_mark_is_debris_and_keeps_off_the_heading_under_it():
    # html2text prints stray spaces inside a line ("图 为山东泰山球 员 庆祝进球"): still a caption, which never
    # joins the bold sub-head under it
    body = "\n".join([PARA1, "[山东泰山球员庆祝进球]", "图 为山东泰山球 员 庆祝进球", "下半场：连扳两球", PARA2, PARA1])
    got = units(f"两球逆转！泰山主场力克申花\n\n{body}\n")
    assert ("heading", "下半场：连扳两球") in got, got
    assert any(k == "debris" and t.replace(" ", "") == "图为山东泰山球员庆祝进球" for k, t in got), got


def test_a_paragraph_s_first_line_set_in_by_no_break_spaces_is_no_heading_s_second_line():
    # html2text keeps a page's "&nbsp;" indent; "來自一線的聲音" over "    SPL10-" (a wrap at the hyphen) is a
    # heading over its paragraph, not two lines of one heading centred by chance
    nb = "\xa0" * 4
    text = (f"賽事快訊\n\n{nb}{PARA1}\n{nb}{PARA2}\n來自一線的聲音\n{nb}SPL10-\n11總決賽將在8月6日南京東路的世紀廣場撼世登場！"
            f"{PARA1}\n{nb}{PARA2}\n")
    got = units(text)
    assert ("heading", "來自一線的聲音") in got, got


def _video_page(desc, extra=""):
    return (f"<html><body><h1>【纪录】老街的早餐铺子：一碗豆浆的四十年</h1>{extra}<h4>简介</h4><div class=\"desc\">\n{desc}</div>"
            f"<h3>一、年轻人回来了</h3><p>{PARA2}</p><p>{PARA1}</p></body></html>")


def test_a_br_after_a_sentence_end_or_between_field_lines_ends_the_block():
    # a video's description: paragraphs set apart by single <br>s, then the credits as field lines
    desc = f"{PARA1}<br>\n{PARA2}<br>\n拍摄：苏建建　剪辑：罗霞<br>\n<span>BGM：《清晨的街》</span>"
    got = [(k, t.replace(" ", "")) for k, t in html_units(_video_page(desc))]
    texts = [t for _, t in got]
    assert PARA1.replace(" ", "") in texts and PARA2.replace(" ", "") in texts, got
    assert "拍摄：苏建建剪辑：罗霞" in texts and "BGM：《清晨的街》" in texts, got
    # a line break inside a sentence stays one ("…的电影及<br>亚洲电视…")
    cut = PARA1.index("亚洲")
    got = [t.replace(" ", "") for _, t in html_units(_video_page(f"{PARA1[:cut]}<br>\n{PARA1[cut:]}"))]
    assert PARA1.replace(" ", "") in got, got


def test_a_poster_s_name_beside_the_avatar_is_no_caption_and_a_loading_placeholder_is_furniture():
    extra = ("<div class=\"player\"><span>弹幕加载中…</span></div><div class=\"up-info\"><a href=\"/space/1\">"
             "<img src=\"/face.jpg\" alt=\"头像\"></a><span>UP主：阿柒爱吃</span> <span>+ 关注 8.6万</span></div>")
    got = html_units(_video_page(f"{PARA1}<br>\n{PARA2}", extra))
    assert ("debris", "弹幕加载中…") in got, got
    assert any(k != "debris" and t == "UP主：阿柒爱吃" for k, t in got), got
    assert any(k == "debris" and t.replace(" ", "") == "+关注8.6万" for k, t in got), got


def test_a_table_of_contents_in_one_html_block_is_debris():
    toc = "第一章　街巷的由来　…………　1\n第二章　老字号　…………　37\n第三章　市井人物　…………　95"
    page = (f"<html><body><h1>城市的记忆：老街巷里的烟火人间</h1><h3>内容简介</h3><p>{PARA1}</p><p>{PARA2}</p>"
            f"<div class=\"sec\"><div>目录</div><pre>{toc}</pre></div></body></html>")
    got = html_units(page)
    assert any(k == "debris" and "第一章" in t and "第三章" in t for k, t in got), got
    # one entry alone is no table of contents
    page = page.replace(toc, "第一章　街巷的由来　…………　1")
    assert not any(k == "debris" and "第一章" in t for k, t in html_units(page))


def test_what_is_not_prose_under_the_editor_s_sign_off_is_furniture():
    items = "".join(f"<li><span>{t}'</span> <span>{e}</span></li>" for t, e in (("90+3", "比赛结束！"), ("67", "进球！山东泰山反超比分")))
    page = (f"<html><body><h1>两球逆转！泰山主场力克申花</h1><p>{PARA1}</p><p>{PARA2}</p>"
            f"<p style=\"text-align:right\">（编辑：魏立勇）</p><div class=\"live\"><h2>文字直播</h2><ul>{items}</ul></div>"
            f"</body></html>")
    got = html_units(page)
    assert ("meta", "（编辑：魏立勇）") in got, got
    assert all(k == "debris" for k, t in got if "文字直播" in t or "比赛结束" in t or "反超" in t), got


def test_a_comment_s_date_alone_under_a_furniture_head_is_debris():
    reviews = "".join(f"<div class=\"rv\"><b>{n}</b> <span>★★★★</span><p>下次去试试！</p><span>{d}</span></div>"
                      for n, d in (("爱吃鱼的猫", "2024-05-10"), ("路人甲", "2024-06-11")))
    page = (f"<html><body><h1>老弄堂本帮菜</h1><div class=\"review\"><p>{PARA1}</p><p>{PARA2}</p></div>"
            f"<div class=\"reviews-list\"><h3>网友点评</h3>{reviews}</div></body></html>")
    got = html_units(page)
    assert all(k == "debris" for k, t in got if t.startswith("2024-0")), got


def test_a_clause_end_just_short_of_a_dump_s_cut_width_goes_on():
    # lynx cut its long lines at about 82 full-width units (the widest lines); a line that ends with "；" a unit and a
    # half short of that width, the next line right under it: the list goes on ("…最低25元；" / "境外：40元人民币／笔。")
    long1 = _prose(0, 82) + "\n" + _prose(20, 30) + "。"
    long2 = _prose(5, 82) + "\n" + _prose(40, 20) + "。"
    para = _prose(10, 79) + "；"  # (80 units wide: 81.5 is the limit below)
    text = (f"上半场：互有攻守\n\n{_prose(1, 81)}　\n{_prose(2, 10)}。\n\n{long1}\n\n{long2}\n\n{para}\n境外：40元人民币／笔。\n\n"
            f"下半场：连扳两球\n")
    got = [t for k, t in units(text) if k == "paragraph"]
    assert para + "境外：40元人民币／笔。" in got, got


def test_a_short_line_ending_a_run_of_short_lines_is_no_title_s_first_line():
    # an agent's card (name, phone, a button) right above the next section's head, no blank lines (html2text):
    # the button does not join the head as one heading over two lines
    sections = "\n".join(["核心卖点", PARA1, "经纪人头像 徐立桂评分 4.9 | 成交 23套", "400-800-1234 转 5678", "在线咨询",
                          "交通出行", PARA2, "周边配套", PARA1])
    got = units(f"上地西里南北通透满五唯一近地铁精装三居\n{sections}\n")
    assert not any("在线咨询" in t and "交通出行" in t for _, t in got), got
    # a title over two short lines under a blank line still joins
    got = units(f"坚持“四个面向”\n做好“高新文章”\n\n{PARA1}\n\n{PARA2}\n")
    assert any(t == "坚持“四个面向”做好“高新文章”" for _, t in got), got
