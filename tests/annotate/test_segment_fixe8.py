"""Native HTML reader, session 16 (fixe8): content units cut right at markup that sets lines apart."""

from __future__ import annotations

from segment_samples import HTML_PROSE as PROSE
from segment_samples import native_html_units as _native

LONG = "我们在艰苦的岁月中曾相互支持，今天又将我们连接在一起，委员会的活动是两国关系发展的必然结果"  # (no sentence end)


def _texts(body: str) -> list[str]:
    return [t for k, t in _native(f"<h1>江城骑行路线</h1><p>{PROSE}</p>{body}<p>{PROSE}</p>") if k != "debris"]


def test_native_short_open_line_over_one_br_is_a_unit_of_its_own() -> None:
    # a heading, a lead-in and list items set apart by single <br>s in one block: each line a unit
    texts = _texts(f"<div class='post'>{PROSE}<br>路线二：江滩至老街<br>{PROSE}<br>"
                   f"以下幾點給正在猶豫的人參考<br>1. 對，輸給一個女人<br>2. {LONG}<br>3. 今年拜年不短信</div>")
    assert texts[2:8] == [PROSE, "路线二：江滩至老街", PROSE, "以下幾點給正在猶豫的人參考", "1.對，輸給一個女人", f"2.{LONG}"]
    # a verse's lines, each a sentence of the same length, over single <br>s
    verse = _texts("<div class='poem'>暮色沉沉压远山，孤烟一缕入云间。<br>松风过涧声初静，渔火临溪照未还。</div>")
    assert verse[2:4] == ["暮色沉沉压远山，孤烟一缕入云间。", "松风过涧声初静，渔火临溪照未还。"]


def test_native_long_open_line_and_date_stamp_go_on_over_one_br() -> None:
    # a text wrapped by hand (long lines without a sentence end), a date over its time, a lead-in sentence over a
    # longer line: one unit each
    wrapped = _texts(f"<div>{LONG}<br>{LONG}。</div>")
    assert f"{LONG}{LONG}。" in wrapped
    stamp = [t for k, t in _native(f"<h1>江城</h1><p>{PROSE}</p><p>{PROSE}</p><p>完</p><p>2023年7月11日（星期二）<br>香港時間6時45分</p>")]
    assert "2023年7月11日（星期二）香港時間6時45分" in stamp
    assert "各方評價如下。" + PROSE in _texts(f"<div>各方評價如下。<br>{PROSE}</div>")


def test_native_date_alone_straight_over_the_title_is_meta() -> None:
    # a press release's date above its <h1> (past the site's menu) is the document's date; a date further up, in the
    # top bar, and a line of words over the title stay furniture
    units = _native(f"<div class='top'>2024年5月1日 星期三</div><ul><li><a href='/'>首頁</a></li><li><a href='/n'>新聞</a></li></ul>"
                    f"<div class='date'>2024-03-28 17:45</div><h1>旅遊局推出社區旅遊新路線</h1><p>{PROSE}</p><p>{PROSE}</p>")
    kinds = dict((t, k) for k, t in units)
    assert kinds["2024-03-28 17:45"] == "meta"
    assert kinds["2024年5月1日星期三"] == "debris"
    worded = _native(f"<div class='date'>本週焦點</div><h1>旅遊局推出社區旅遊新路線</h1><p>{PROSE}</p><p>{PROSE}</p>")
    assert worded[0] == ("debris", "本週焦點")


def test_native_short_line_alone_in_a_credit_element_is_the_byline() -> None:
    # an element whose class names the credit (author, byline, credit, source) holds the byline, also where the
    # name is a link or the line has no credit words ("整理", a broadcast's roles)
    for credit in ("<div class='author'>高點升大學研究室　整理</div>", "<p class='source'><a href='/a'>林野</a> 〔唐代〕</p>",
                   "<p class='credit'>主播 林佩蓉　記者 黃志偉 張家豪</p>"):
        units = _native(f"<h1>夜市攤商推行動支付</h1>{credit}<p>{PROSE}</p><p>{PROSE}</p>")
        assert units[1][0] == "byline", units
    # posters of replies, each in such an element, and a link left in an author box beside its text, stay debris
    replies = "".join(f"<div class='reply'><div class='author'><a href='/u'>{name}</a></div><p>{PROSE}</p></div>"
                      for name in ("路过的风", "单车少年", "江城小吃货"))
    units = _native(f"<h1>江城骑行路线</h1><p>{PROSE}</p><p>{PROSE}</p>{replies}")
    assert [k for k, t in units if t in ("路过的风", "单车少年", "江城小吃货")] == ["debris"] * 3
    box = "<div class='author-box'><h4>作者簡介</h4><p>宋俊，資深文字工作者。</p><a href='/m'>看更多</a></div>"
    units = _native(f"<h1>江城骑行路线</h1><p>{PROSE}</p><p>{PROSE}</p>{box}")
    assert dict((t, k) for k, t in units)["看更多"] == "debris"


def test_native_date_alone_under_the_byline_is_meta() -> None:
    # the byline's date on a line of its own under it is the article's date (the convention settled in session 16);
    # a date under the share bar stays furniture
    units = _native(f"<h1>桃園新建社會住宅動工</h1><p>記者陳怡君／桃園報導</p><p>2024/05/02 14:30</p><p>{PROSE}</p><p>{PROSE}</p>")
    assert units[1:3] == [("byline", "記者陳怡君／桃園報導"), ("meta", "2024/05/02 14:30")]
    shared = _native(f"<h1>桃園新建社會住宅動工</h1><div class='share'>分享</div><p>2024/05/02 14:30</p><p>{PROSE}</p>")
    assert ("debris", "2024/05/02 14:30") in shared
