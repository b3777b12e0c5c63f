"""Text-route residuals of the web dumps of batches 13 to 15 (fixw20): one small hand-written dump per rule."""

from segment_samples import HTML_PROSE, PARA1, PARA2, columns, native_html_units, squashed_units


def test_a_short_head_under_a_line_well_short_of_the_wide_lines_opens_a_unit():
    # html2text leaves a run of hanzi whole, a paragraph a line: a post's paragraph without a full stop (60 units) is
    # no wrap where the text's wide lines are twice as wide, and the section head under it is a unit of its own
    # (dev15 w15-007 html2text200 "…就能收到新年大礼" / "路线一：环湖绿道"; dev13 w13-004 lynx -list_inline 80, a
    # breadcrumb "…高新二手房>" / "上地西里")
    tail = "让红包飞当你看到这条微博时，幸运已降临到你头上，财神已进了你家门，你离红包近在咫尺。快在本条微博下评论就能收到新年大礼"
    raw = "\n".join(["江城吧 关注：18万", "**** 【攻略】周末江城骑行路线整理 ****", tail, "路线一：环湖绿道",
                     PARA1 + PARA2, "路线二：江滩至老街", PARA2 + PARA1]) + "\n"
    got = squashed_units(raw)
    assert ("paragraph", tail) in got and ("heading", "路线一：环湖绿道") in got, got
    assert ("paragraph", PARA1 + PARA2) in got, got


def test_a_short_unpunctuated_tail_of_a_line_cut_at_the_dumps_width_still_joins():
    # the same shapes where the line above reaches the dump's width: a wrap, its paragraph's last words under it
    # (dev4 w4-002 lynx72 "…岩下保太郎→" / "留繁→伊藤整一→宇垣缠", dev15 v15-000 w3m150 "…我是想" / "切開雲朵的心")
    full = columns((PARA1 + PARA2).replace("。", "，"), 72)[:-1]  # (lines of 36 hanzi or as wide)
    wrapped = [*full, "切开云朵的心"]
    text = "".join(wrapped)
    raw = "\n".join(["关于本馆", "", PARA1, "", *wrapped, "", PARA2]) + "\n"
    got = squashed_units(raw)
    assert ("paragraph", text) in got, got


def test_a_date_alone_with_its_view_counter_is_furniture_whole_a_credit_keeps_its_line():
    # a page's stamp of when it was posted or last updated, a counter beside it, is furniture as a whole (dev15 w15-005
    # "发布时间：2023-08-25　点击数：3416" under a notice's title, lynx centring it under the title; dev14 v14-006/007
    # "最後更新：2024-08-20　瀏覽人次：3311"); with a source or an author on it the credit stays (dev11 w11-002)
    for stamp in ("发布时间：2023-08-25　点击数：3416", "最後更新：2024-08-20　瀏覽人次：3311"):
        for pad in ("", "                  "):
            raw = "\n".join([pad + "关于调整18路公交线路走向的公告", pad + stamp, "", PARA1, "", PARA2]) + "\n"
            got = squashed_units(raw)
            assert ("debris", "".join(stamp.split())) in got, got
            assert got[-2:] == [("paragraph", PARA1), ("paragraph", PARA2)], got
    raw = "\n".join(["关于调整18路公交线路走向的公告", "发布时间：2023-01-24　来源：新华社　浏览次数：5018", "", PARA1]) + "\n"
    got = squashed_units(raw)
    assert got[1] in (("byline", "发布时间：2023-01-24来源：新华社"), ("meta", "发布时间：2023-01-24来源：新华社")), got
    assert got[2] == ("debris", "浏览次数：5018"), got


def test_the_html_reader_keeps_a_dated_counter_line_whole_as_furniture():
    got = native_html_units(f"<h1>关于调整18路公交线路走向的公告</h1><p>发布时间：2023-08-25　点击数：3416</p><p>{HTML_PROSE}</p>")
    assert ("debris", "发布时间：2023-08-25点击数：3416") in [(k, "".join(t.split())) for k, t in got], got
    assert not any(k != "debris" and "点击数" in t for k, t in got), got


def test_a_matchs_score_row_is_three_cells():
    # a sports page's score board, the home side, the score and the away side on one line, a gap on each side of the
    # score: one debris unit a cell (dev13 match pages "山东泰山 2 : 1 上海申花" in lynx and w3m, dev15 live page
    # "江城猛龙 2 : 1 海港飞鱼" over "完场"); a live entry with a score in it stays whole
    for row in ("   山东泰山 2 : 1 上海申花", "上海海港     2 : 1   北京国安"):
        raw = "\n".join(["   [1]体育首页 [2]中超 [3]数据", "", "   中超第6轮　2024-11-06 19:35　完场", row, "",
                         "   两球逆转！泰山主场力克申花", "", "   " + PARA1, "", "   【半场结束】江城猛龙 0:1 海港飞鱼", "",
                         "   " + PARA2]) + "\n"
        got = squashed_units(raw)
        names = row.split()
        assert [(k, t) for k, t in got if t in (names[0], "2:1", names[-1])] == [
            ("debris", names[0]), ("debris", "2:1"), ("debris", names[-1])], got
        assert ("paragraph", PARA1) in got and any(t == "【半场结束】江城猛龙0:1海港飞鱼" for _, t in got), got


def test_a_menu_line_that_a_wrap_cut_inside_a_links_address_is_a_unit_of_its_own():
    # lynx -list_inline prints each link's address in brackets before its text; a menu's line cut inside an address
    # ("…[javascri" / "pt:;]公告通知 | …") is a unit of its own, as a menu's lines are (dev15 w15-005 timetable, y15-005
    # finance, y15-000 central; dev14 w14-008 poem; dev11 w11-002); a tool bar in black brackets open across the break
    # ("【[https://…/go.h" / "tml]关闭窗口】") stays one unit (dev14 w14-004)
    menu = ["[javascript:;]网站首页|[javascript:;]线路查询|[javascri", "pt:;]公告通知 | [javascript:;]票价政策", "| [javascript:;]联系我们"]
    raw = "\n".join(["江城公交集团", *menu, "", "关于调整18路公交线路走向的公告", "", PARA1, "",
                     "【[https://www.example.gov.cn/go.html]打印本页】【[https://www.example.gov.cn/go.h",
                     "tml]关闭窗口】", "", PARA2]) + "\n"
    got = squashed_units(raw)
    for line in menu:
        assert any(t == "".join(line.split()) for _, t in got), got
    assert any(t == "【[https://www.example.gov.cn/go.html]打印本页】【[https://www.example.gov.cn/go.html]关闭窗口】"
               for _, t in got), got
