"""Site furniture printed on a content line is cut out of it (annotate/segment/inline.py)."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotate.segment import check_offsets, expand, normalize_char, segment_text
from annotate.segment.inline import furniture_spans


def _parts(text: str) -> list[str]:
    return [text[s:e] for s, e in furniture_spans(text)]


@pytest.mark.parametrize(("line", "furniture"), [
    ("发布时间：2021-05-21　来源：湖南省文化和旅游厅　【字体：大 中 小】【打印】", ["【字体：大 中 小】【打印】"]),
    ("发布时间：2021-05-21 来源：某厅 【字体：[7]大 [8]中 [9]小】【[10]打印】", ["【字体：[7]大 [8]中 [9]小】【[10]打印】"]),
    ("作者：严静娜　来源：党委宣传部　发布时间：2023-07-14　浏览次数：5464", ["浏览次数：5464"]),
    ("发布者：企划部 时间：2022-07-14 阅读：186次", ["阅读：186次"]),
    ("發布單位：公共事務室｜發布日期：2023-01-04｜點閱次數：820", ["｜點閱次數：820"]),
    ("作者：宋俊｜2024.12.14｜閱讀時間約 4 分鐘", ["｜閱讀時間約 4 分鐘"]),
    # an originality badge before the credit (the convention settled in session 13), with the place of posting
    ("原创 雷一 地理知识局 2021-04-12 13:02 发表于上海", ["原创", "发表于上海"]),
    ("原创李思人民日报评论 2023-10-01 07:19", ["原创"]),                      # (w3m: glued to the name)
    ("原创 原创 [7]码农小周 于 2024-04-05 08:23:23 发布", ["原创 原创 [7]"]),  # (CSDN: twice, a link mark)
    ("[原创]原创 慢慢走的风 于 2024-09-17 19:06:38 发布", ["[原创]原创"]),
    ("【新界時報】　2021年6月20日", ["【新界時報】"]),
    ("作者：X 2023-01-01 瀏覽人次：52 【列印】", ["瀏覽人次：52", "【列印】"]),
    ("作者：X 2023-01-01 阅读 (7380)", ["阅读 (7380)"]),
    # engagement counts after a view counter: one bar, one unit
    ("作者：马华　|　更新于 2021.12.12　浏览 68709　收藏 705", ["浏览 68709　收藏 705"]),
    ("qq_45 于 2022-09-07 19:48:41 发布　阅读量1524　收藏 55　点赞数 35", ["阅读量1524　收藏 55　点赞数 35"]),
])
def test_furniture_cut_out_of_a_credit_line(line: str, furniture: list[str]) -> None:
    assert _parts(line) == furniture


@pytest.mark.parametrize("line", [
    "他说，这本书值得阅读 5次。",             # prose: a sentence, no credit
    "点阅次数：5",                           # a counter alone: nothing left (classify makes it debris)
    "【中国工业报】时隔六年再入《报告》",     # an outlet prefix before a title, not a date alone
    "【本報訊】記者許雅雯報道",
    "作者：周美玲 發表於2023/03/06",          # a date of posting is the byline's, not a place
    "来源：新华网 2023-06-01 记者 王某【责任编辑】",  # a bracket that is no tool
    "发布时间：2021-05-21 浏览次数：5464发表于",
    "作者：马华 2021.12.12 收藏 705",          # an engagement count without a view counter stays
    "原创作者：张三 2023-01-01",                 # words that open with the badge's: no badge
    "原创文章 2023-01-01",
    "原创：张三 2023-01-01",
    "原创 本文为作者原创。2023-01-01",            # a sentence after it: no credit
])
def test_nothing_cut(line: str) -> None:
    assert furniture_spans(line) == []


def test_text_route_cuts_an_originality_badge_off_the_credit_which_stays_a_byline() -> None:
    raw = ("聚焦阿部重次：历史与现状\n\n   原创 雷一 地理知识局 2021-04-12 13:02 发表于上海\n   点击上方蓝字关注我们\n\n"
           "   阿部重次是武藏国岩槻藩第2代藩主，德川家光时代就任老中，是阿部家宗家第二代，大坂城代阿部正次的次男。\n")
    units = [(u.kind, u.text) for u in segment_text(raw, "d").units]
    assert units[:4] == [("title", "聚焦阿部重次：历史与现状"), ("debris", "原创"),
                         ("byline", "雷一地理知识局2021-04-12 13:02"), ("debris", "发表于上海")]


def test_text_route_makes_the_cut_its_own_debris_unit_and_keeps_offsets() -> None:
    raw = "标题在这里\n\n作者：严静娜　来源：党委宣传部　发布时间：2023-07-14　浏览次数：5464\n\n正文第一段。\n"
    units = segment_text(raw, "d").units
    texts = [(u.kind, u.text) for u in units]
    assert ("debris", "浏览次数：5464") in texts
    credit = next(u for u in units if u.text.startswith("作者"))
    assert "浏览" not in credit.text and credit.kind in ("byline", "meta")
    for u in units:  # every character still maps to the source
        pos = [raw_start + k for _, raw_start, n in u.offsets for k in range(n)]
        assert "".join(raw[p] if not raw[p].isspace() else " " for p in pos) == u.text


def test_a_share_bar_before_a_toolbar_on_a_dump_line_is_debris_both_halves() -> None:
    # lynx prints the share bar and the font tools of one <div> on one line: the toolbar is cut off,
    # and the share bar left over is debris too (its targets are furniture words, X among them)
    para = "有意申請的社區，可於上班時間洽詢都發局專線，或至市府網站下載相關表格，相關資訊也會公布在網站上。"
    raw = f"北市推動老舊公寓增設電梯\n\n   分享到：[10]Facebook [11]LINE [12]X 【字體：大 中 小】【列印】\n\n{para}\n"
    got = [(u.kind, u.text) for u in segment_text(raw, "d").units]
    assert got[1:3] == [("debris", "分享到：[10]Facebook [11]LINE [12]X"), ("debris", "【字體：大中小】【列印】")]
    for bar in ("分享到：Facebook LINE X", "分享至：Facebook Threads Plurk Email"):
        assert segment_text(f"标题\n\n{bar}\n\n{para}\n", "d").units[1].kind == "debris", bar


def test_a_date_and_a_counter_stay_one_line_of_furniture() -> None:
    assert furniture_spans("2023.09.12 阅读20325") == []



@pytest.mark.parametrize(("sq", "expected"), [
    ("+关注", True), ("＋訂閱", True), ("—分割线—", True), ("--分隔線--", True),
    ("-3-", False), ("+", False), ("——", False), ("+关注我们的公众号吧", False),
])
def test_widget(sq: str, expected: bool) -> None:
    from annotate.segment.inline import widget
    assert widget(sq) is expected


def test_a_paper_after_published_in_is_not_a_place() -> None:
    assert furniture_spans("作者：张三 发表于人民日报") == []
    text = "作者：张三 2021-04-12 发表于浙江"
    assert [text[s:e] for s, e in furniture_spans(text)] == ["发表于浙江"]


def test_outlet_before_a_date_and_its_weekday() -> None:
    text = "【新界時報】　2021年6月20日 星期日"
    assert [text[s:e] for s, e in furniture_spans(text)] == ["【新界時報】"]


def test_ocr_spaces_inside_the_words_do_not_hide_the_furniture() -> None:
    text = "作 者：严 静 娜　来 源：党 委 宣 传 部　发 布 时 间：2023-07-14　浏 览 次 数：5464"
    assert [text[s:e] for s, e in furniture_spans(text)] == ["浏 览 次 数：5464"]
    raw = "标 题 在 这 里\n\n" + text + "\n\n正文第一段。\n"
    assert any(u.kind == "debris" and u.text == "浏览次数：5464" for u in segment_text(raw, "d").units)


# Property: the in-line cut (and webdump's passes) keep every character mapped to the raw file, in
# order, and lose or repeat no wide character, whatever furniture, emoji, 𠀀, U+3000 or "\r\n" a line holds.
_FURNITURE_ATOMS = [
    "作者：严静娜", "来源：党委宣传部", "发布时间：2023-07-14", "浏览次数：5464", "浏 览 次 数：12", "阅读：186次",
    "【字体：大 中 小】", "【打印】", "【[7]打印】", "【新界時報】", "2021年6月20日", "星期日", "发表于上海", "IP属地：广东",
    "｜", "|", " / ", "專欄", "完", "###", "香港時間6時45分", "+关注", "— 分割线 —", "1. ", "2. ", "3. ", "·", "60评论",
    "閱讀時間約 4 分鐘", "正文第一段。", "国家高新区", "😀", "👍🏽", "𠀀", "\r\n", "\n", "\n\n", "\u3000", " ", "\t", "\xa0",
    "2023-01-01 13:02", "原创", "\f",
]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_FURNITURE_ATOMS), max_size=40).map("".join))
def test_furniture_cuts_keep_offsets_and_lose_no_character(raw: str) -> None:
    last = -1
    units = segment_text(raw, "d").units
    for unit in units:
        check_offsets(unit.text, raw, unit.offsets)
        positions = expand(unit.offsets)
        assert positions[0] > last, "units overlap or are out of order"
        last = positions[-1]
        assert all(normalize_char(raw[p]) == ch for p, ch in zip(positions, unit.text, strict=True))
    wide = re.compile(r"[\u4e00-\u9fff\U00020000-\U0002ffff]")
    assert wide.findall("".join(u.text for u in units)) == wide.findall(raw)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_FURNITURE_ATOMS), max_size=12).map("".join))
def test_furniture_spans_are_ordered_stripped_and_inside_the_line(text: str) -> None:
    prev = 0
    for start, end in furniture_spans(text):
        assert prev <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        prev = end
