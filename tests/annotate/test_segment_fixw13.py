"""HTML reader residuals of batch 13 web (fixw13): one small synthetic page per rule."""

from segment_samples import PARA1, PARA2

from annotate.segment import check_offsets


def html_units(page):
    from annotate.segment.readers.html import read_html

    data = page.encode("utf-8")
    doc, _ = read_html(data, "doc")
    for unit in doc.units:
        check_offsets(unit.text, data.decode("utf-8"), unit.offsets)
    return [(u.kind, u.text) for u in doc.units]


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
