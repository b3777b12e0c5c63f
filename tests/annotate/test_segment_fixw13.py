"""HTML reader residuals of batch 13 web (fixw13): one small synthetic page per rule."""

from segment_samples import PARA1, PARA2, html_units


def content(units):
    return [t for k, t in units if k != "debris"]


def test_an_editor_line_ends_the_article_so_a_timeline_under_it_is_debris():
    page = ("<html><body><h1>两球逆转！主队力克客队</h1>"
            f"<p>{PARA1}</p><p>{PARA2}</p><p>（编辑：魏立勇）</p>"
            "<div class=\"live\"><h2>文字直播</h2><ul><li>90+3' 比赛结束！</li><li>67' 进球！主队反超比分</li>"
            "<li>23' 客队率先破门</li></ul></div></body></html>")
    got = html_units(page)
    assert ("meta", "（编辑：魏立勇）") in got, got
    assert not any("比赛" in t or "破门" in t or "直播" in t for t in content(got)), got


def test_replies_under_the_article_keep_no_signing_office_or_date():
    replies = "".join(f"<div class=\"rv\"><b>{n}</b><p>{c}</p><span>{d}</span></div>" for n, c, d in (
        ("小石头", "拍得真好，支持一下。", "2024-05-10"), ("路人甲", "顶一个", "2024-06-11"),
        ("爱吃鱼的猫", "看饿了", "2024-07-12")))
    page = (f"<html><body><h1>老弄堂本帮菜</h1><p>{PARA1}</p><p>{PARA2}</p>"
            f"<div class=\"list\"><h3>网友点评</h3>{replies}</div></body></html>")
    got = html_units(page)
    assert not any(t in ("顶一个", "看饿了") or t.startswith("2024-") for t in content(got)), got

    notice = (f"<html><body><h1>关于开展案例建设工作的通知</h1><p>{PARA1}</p><p>{PARA2}</p><p>附件：</p>"
              "<p><a href=\"/a.docx\">1.申报表.docx</a></p><p>教务处</p><p>2024年7月5日</p></body></html>")
    got = html_units(notice)
    assert ("meta", "教务处") in got and ("meta", "2024年7月5日") in got, got


def test_a_name_and_date_with_a_verb_of_posting_is_a_byline():
    for line in ("本房源由经纪人 邓娟涛 于 2024年11月10日 发布", "慢慢走的风　2024-12-02 更新"):
        page = (f"<html><body><h1>上地西里 南北通透</h1><div class=\"pub\"><img src=\"/u.jpg\"> {line}</div>"
                f"<p>{PARA1}</p><h3>周末带爸妈吃本帮菜</h3><div class=\"user\"><img src=\"/u.jpg\"> {line}</div>"
                f"<p>{PARA2}</p></body></html>")
        got = html_units(page)
        squeezed = "".join(line.split())
        assert [k for k, t in got if t == squeezed] == ["byline", "byline"], got


def test_a_follow_button_with_its_count_is_cut_off_a_credit_beside_an_avatar():
    page = ("<html><body><h1>老街的早餐铺子</h1><div class=\"up-info\"><a href=\"/space/1\"><img src=\"/face.jpg\"></a>"
            "<span>UP主：阿柒爱吃</span> <span>+ 关注 8.6万</span></div>"
            f"<p>{PARA1}</p><p>{PARA2}</p></body></html>")
    got = html_units(page)
    assert ("byline", "UP主：阿柒爱吃") in got, got
    assert not any("关注" in t for t in content(got)), got
    from annotate.segment import segment_text

    doc = segment_text(f"老街的早餐铺子\n\nUP主：阿柒爱吃 + 关注 8.6万\n\n{PARA1}\n\n{PARA2}\n", "doc")
    assert [u.text.replace(" ", "") for u in doc.units if "关注" in u.text and u.kind == "debris"] == ["+关注8.6万"], doc.units


def test_a_listing_s_price_and_spec_cells_under_the_title_are_labels():
    # a slash right after a figure and its unit is a measure or a spec, no label／value pair
    cells = ("58651元/平米", "3室1厅 中楼层/共18层", "63平米 2008年建/板楼")
    page = ("<html><body><h1>上地西里 南北通透 精装三居</h1>" + "".join(f"<div>{c}</div>" for c in cells)
            + f"<p>{PARA1}</p><p>{PARA2}</p><div>小区均价 57151元/㎡</div></body></html>")
    got = html_units(page)
    assert not any("/" in t for t in content(got)), got
    # a label／value pair stays: a credit
    kept = html_units(page.replace(cells[0], "文/張三"))
    assert "文/張三" in content(kept), kept


def test_a_line_of_scores_is_debris():
    page = (f"<html><body><h1>老弄堂本帮菜</h1><div>口味：4.7　环境：4.5　服务：4.6</div><p>地址：海淀南京西路43号</p>"
            f"<p>{PARA1}</p><p>{PARA2}</p></body></html>")
    got = html_units(page)
    assert not any("口味" in t for t in content(got)), got
    assert "地址：海淀南京西路43号" in content(got), got


def test_a_record_table_of_label_and_value_cells_is_debris():
    rows = (("出版发行项:", "长沙出版社, 2019"), ("ISBN及定价:", "978-7-5321-0000-1/CNY58.00"),
            ("载体形态项:", "268页 : 图 ; 23cm"), ("中图分类号:", "K928.5"))
    table = "<table>" + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows) + "</table>"
    page = f"<html><body><h2>城市的记忆</h2><div>韩涛 著</div>{table}<p>{PARA1}</p><p>{PARA2}</p></body></html>"
    got = html_units(page)
    assert not any("页" in t or "978" in t for t in content(got)), got


def test_a_table_of_contents_in_one_block_is_debris():
    toc = "第一章　街巷的由来 ………… 1\n第二章　老字号 ………… 37\n第三章　市井人物 ………… 95"
    page = f"<html><body><h1>城市的记忆</h1><p>{PARA1}</p><p>{PARA2}</p><h3>目录</h3><pre>{toc}</pre></body></html>"
    got = html_units(page)
    assert not any("街巷" in t for t in content(got)), got
    assert "目录" not in content(got), got


def test_a_closing_clause_without_a_full_stop_under_the_prose_stays():
    page = (f"<html><body><h1>周末带爸妈吃本帮菜</h1><p>{PARA1}</p><p>{PARA2}</p><p>总的来说，还会再来</p>"
            "<div class=\"actions\">赞(23) 回应(5) 收藏 举报</div></body></html>")
    got = html_units(page)
    assert ("paragraph", "总的来说，还会再来") in got, got
    # above the prose, such a line is a site's motto: a label still
    motto = html_units(page.replace("<h1>", "<div>維基百科，自由的百科全書</div><h1>"))
    assert ("debris", "維基百科，自由的百科全書") in motto, motto


def test_one_box_of_short_lines_with_furniture_inside_the_article_is_debris():
    card = ("<div class=\"agent\"><img src=\"/a.jpg\" alt=\"经纪人头像\"><a>徐立桂</a><span>评分 4.9 | 成交 23套</span>"
            "<div class=\"tel\">400-800-1234 转 5678</div><a href=\"/im\">在线咨询</a></div>")
    dishes = "<div class=\"dishes\"><h3>推荐菜</h3><a>红烧肉 (523)</a> <a>腌笃鲜 (318)</a></div>"
    page = (f"<html><body><h1>上地西里 南北通透</h1><p>{PARA1}</p>{card}<h2>交通出行</h2><p>{PARA2}</p>"
            f"{dishes}<h2>精选点评</h2><p>{PARA1}</p></body></html>")
    got = html_units(page)
    assert not any("5678" in t or "评分" in t or t == "推荐菜" for t in content(got)), got
    assert "交通出行" in content(got) and "精选点评" in content(got), got


def test_a_playlist_with_its_part_counter_inside_the_article_is_debris():
    playlist = ("<div class=\"multi-page\"><h3>视频选集</h3> <span>(1/3)</span><ul><li>P1 凌晨的磨坊</li>"
                "<li>P2 第一锅豆浆</li><li>P3 收摊以后</li></ul></div>")
    page = (f"<html><body><h1>老街的早餐铺子</h1><h4>简介</h4><p>{PARA1}</p>{playlist}<h2>图文笔记</h2>"
            f"<p>{PARA2}</p></body></html>")
    got = html_units(page)
    assert not any(t in ("视频选集", "(1/3)") or t.startswith("P1") for t in content(got)), got
    assert "图文笔记" in content(got), got
