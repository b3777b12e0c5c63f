"""Web-page furniture found by its place in a text dump (annotate/segment/webdump.py)."""

from __future__ import annotations

from annotate.segment import segment_text

BODY = "線傳飛控的發展讓先天不穩定的機體構型飛上天成為可能，這是戰鬥機設計的一大轉變。\n"


def _units(raw: str) -> list[tuple[str, str]]:
    return [(u.kind, u.text) for u in segment_text(raw, "d").units]


def test_sidebar_headlines_right_above_the_title_are_debris_one_unit_each() -> None:
    raw = ("要聞 | 港聞 | 經濟 | 國際\n\n港聞\n北市推友善育兒新措施\n颱風動態最新路徑一次看\n股市收盤加權指數小漲\n"
           "戰鬥機：你不可不知的事\n\n2021年6月20日\n\n（新界時報記者許思遠報道）\n\n" + BODY)
    units = _units(raw)
    for link in ("港聞", "北市推友善育兒新措施", "颱風動態最新路徑一次看", "股市收盤加權指數小漲"):
        assert ("debris", link) in units
    assert ("title", "戰鬥機：你不可不知的事") in units


def test_short_lines_without_a_credit_below_are_left_alone() -> None:
    raw = "春眠不觉晓\n处处闻啼鸟\n夜来风雨声\n花落知多少\n\n" + BODY
    assert not any(kind == "debris" for kind, _ in _units(raw))


def test_two_title_lines_over_a_byline_stay_together() -> None:
    raw = "坚持“四个面向”\n做好“高新文章”\n\n本报记者 齐旭\n\n" + BODY
    assert not any(kind == "debris" for kind, _ in _units(raw))


def test_press_release_ending_mark_is_debris_and_its_date_stamp_one_meta_unit() -> None:
    ending = "完\n2023年7月11日（星期二）\n香港時間6時45分\n"
    raw = "政府公布新措施\n\n第一段正文在此。\n" + ending + "專題：第二篇\n\n第二段正文在此。\n" + ending
    kinds = [(u.kind, u.text) for u in segment_text(raw, "d").units]
    assert kinds.count(("debris", "完")) == 2
    assert kinds.count(("meta", "2023年7月11日（星期二）香港時間6時45分")) == 2


def test_end_mark_without_a_date_under_it_is_left_alone() -> None:
    kinds = [(u.kind, u.text) for u in segment_text("标题\n\n正文。\n\n完\n\n下一段正文。\n", "d").units]
    # mark_endings does not act: the mark is not made debris and nothing becomes meta
    assert ("debris", "完") not in kinds and not any(k == "meta" for k, _ in kinds)


def test_category_trail_over_the_headline_is_debris() -> None:
    units = _units("今周人文 最新 專欄 產業\n專欄 / 觀點\n凡爾賽宮：你不可不知的事\n作者：宋俊｜2024.12.14\n\n" + BODY)
    assert ("debris", "專欄 / 觀點") in units or ("debris", "專欄/觀點") in units
    assert ("title", "凡爾賽宮：你不可不知的事") in units


def test_a_byline_with_a_spaced_slash_stays_a_byline() -> None:
    units = _units("凡爾賽宮的故事\n\n文 / 張三明\n\n" + BODY)
    assert not any(kind == "debris" for kind, _ in units)


def test_follow_button_and_divider_over_a_headline_are_debris() -> None:
    raw = ("+关注\n专家谈龙胆\n2022-05-21 06:33 来源：知识百科君\n\n" + BODY +
           "— 分割线 —\n赛里木湖：你可能不知道的那些事\n" + BODY)
    units = _units(raw)
    assert ("debris", "+关注") in units
    assert any(kind == "debris" and text.replace(" ", "") == "—分割线—" for kind, text in units)
    assert ("title", "专家谈龙胆") in units
    assert ("heading", "赛里木湖：你可能不知道的那些事") in units


def test_press_contact_line_is_meta() -> None:
    units = _units("新品發表\n\n" + BODY + "\n新聞聯絡人：林軒　電話：(03)5713178\n下載新聞稿 PDF 返回列表\n")
    assert any(kind == "meta" and text.startswith("新聞聯絡人") for kind, text in units)


def test_numbered_or_marked_lists_without_bullets_are_one_unit_per_item() -> None:
    raw = ("24小时热榜\n1. 文旅消费持续升温\n2. 这些新规下月起施行\n3. 图解：一季度经济运行情况\n\n"
           "【相关链接】\n·今年夏粮收购进度过半\n·专家：理性看待数据波动\n·文旅消费持续升温\n\n"
           "为你推荐\n多地出台措施稳就业保民生 60评论\n图解：一季度经济运行情况 85评论\n秋季开学前这些事项要注意 43评论\n")
    texts = [text.replace(" ", "") for _, text in _units(BODY + "\n" + raw)]
    for item in ("1.文旅消费持续升温", "2.这些新规下月起施行", "·今年夏粮收购进度过半", "·文旅消费持续升温",
                 "多地出台措施稳就业保民生60评论", "秋季开学前这些事项要注意43评论"):
        assert item in texts


def test_two_numbered_lines_or_numbers_out_of_turn_are_left_to_the_join_rules() -> None:
    from annotate.segment.lines import split_lines
    from annotate.segment.webdump import mark_list_items
    raw = "1. 第一项\n3. 第三项\n4. 第四项\n"
    lines = split_lines(raw)
    mark_list_items(raw, lines)
    assert not any(line.hard for line in lines)
    raw = "1. 第一项\n2. 第二项\n"
    lines = split_lines(raw)
    mark_list_items(raw, lines)
    assert not any(line.hard for line in lines)


def test_bare_end_mark_is_a_debris_unit_not_markup() -> None:
    units = _units(BODY + "\n###\n\n新聞聯絡人：林軒　電話：(03)5713178\n\n### 小标题\n\n" + BODY)
    assert ("debris", "###") in units
    assert ("heading", "小标题") in units


_ARTICLE = ("泡泡战士\n\n来源：人民网 2023/03/05 记者 陈静\n\n"
            "基于《跑跑卡丁车》与《泡泡堂》上所开发的游戏，由韩国Nexon开发与发行。中国大陆由盛大游戏运营，这是Nexon时隔6年再次授予盛大网络其游戏运营权。\n\n"
            "若游戏中离，则4分钟内不得进行配对，开放时间为暑假或寒假期间内不定期开放，8人经典模式随机配对，采计分方式。\n\n")


def test_after_the_sign_off_a_pages_comments_and_footer_are_debris() -> None:
    raw = (_ARTICLE + "游戏已停止运营。\n\n（责任编辑：何军）\n\n网友评论（4）\n\n北京网友\n\n写得很好，学习了。\n\n"
           "匿名用户\n\n希望能多报道这类新闻。\n\n本网站所刊载信息，不代表本网观点。\n")
    units = _units(raw)
    assert ("paragraph", "游戏已停止运营。") in units  # a short paragraph before the sign-off is the article's
    assert ("meta", "（责任编辑：何军）") in units
    tail = units[units.index(("meta", "（责任编辑：何军）")) + 1:]
    assert [k for k, _ in tail] == ["debris"] * 6


def test_comments_under_furniture_without_a_sign_off_are_debris() -> None:
    raw = (_ARTICLE + "標籤：旅遊 生活 隨筆\n\n留言列表\n\n路人甲於 2023-08-25 留言\n\n寫得很清楚，推一個。\n\n"
           "小明於 2023-08-25 留言\n\n期待後續報導！\n")
    units = _units(raw)
    assert [k for k, _ in units[4:]] == ["debris"] * 6  # the tag line, the list's heading, the comments
    assert ("paragraph", "若游戏中离，则4分钟内不得进行配对，开放时间为暑假或寒假期间内不定期开放，8人经典模式随机配对，采计分方式。") in units


def test_a_heading_after_the_prose_with_no_sign_off_or_furniture_keeps_its_kind() -> None:
    # no sign-off and no furniture under the prose: nothing says where the article ends
    raw = _ARTICLE + "相关说明\n\n游戏已停止运营。\n"
    units = _units(raw)
    assert ("heading", "相关说明") in units and ("paragraph", "游戏已停止运营。") in units


def test_the_sign_off_rule_leaves_text_with_pages_alone() -> None:
    raw = _ARTICLE.replace("\n\n若", "\n\f若") + "（责任编辑：何军）\n\n北京网友\n"
    assert ("debris", "北京网友") not in _units(raw)


def test_a_link_line_between_the_prose_and_the_sign_off_is_debris() -> None:
    raw = _ARTICLE + "返回搜狐，查看更多\n\n责任编辑：石鹏红\n\n为你推荐\n\n多地出台措施稳就业保民生 60评论\n"
    units = _units(raw)
    assert ("debris", "返回搜狐，查看更多") in units and ("meta", "责任编辑：石鹏红") in units
    assert [k for k, _ in units[-2:]] == ["debris", "debris"]


def test_above_the_title_the_sites_name_and_a_cookie_notice_are_debris() -> None:
    raw = "我們使用Cookie提供更好的服務，繼續瀏覽即代表同意。接受\n\n遠見天下誌\n\n* 最新\n* 專題\n* 人物\n\n專題報導\n\n" + _ARTICLE
    units = _units(raw)
    assert units[0][0] == "debris" and ("debris", "遠見天下誌") in units and ("debris", "專題報導") in units
    assert ("title", "泡泡战士") in units


def test_above_a_title_under_long_prose_nothing_changes() -> None:
    # a long paragraph above the title: the title may be a section's heading, the text above it content
    raw = _ARTICLE.split("\n\n", 2)[2] + _ARTICLE
    assert all(k != "debris" for k, _ in _units(raw))
