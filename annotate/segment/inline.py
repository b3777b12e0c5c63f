"""Site furniture printed on the same line as content: cut it out of the line.

A web page often prints its tools and counters in the same bar as the article's byline or date
(``发布时间：2021-05-21　来源：湖南省文化和旅游厅　【字体：大 中 小】【打印】``,
``作者：严静娜　来源：党委宣传部　发布时间：2023-07-14　浏览次数：5464``,
``發布單位：公共事務室｜發布日期：2023-01-04｜點閱次數：820``, ``作者：宋俊｜2024.12.14｜閱讀時間約 4 分鐘``,
WeChat's ``原创 雷一 地理知识局 2021-04-12 13:02 发表于上海``), and a newspaper page may put its name in
brackets before the date line (``【新界時報】　2021年6月20日``). A text dump keeps such a bar on one
line and a native reader gets it as one block; either way the credit is content and the rest is
furniture. :func:`furniture_spans` finds the furniture in one line's text (both routes use it: the
text route through :func:`cut_lines`, the HTML reader on a block's text); the caller keeps the
credit and makes each span a debris unit of its own (nothing is dropped).

What is cut, at the **end** of a line whose remaining text is a credit line (it holds a date or a
``label：value`` pair and no sentence, and is not a date alone: ``2023.09.12 阅读20325`` is furniture
as a whole), set off by whitespace or a separator (``｜ | /``, which
goes with the furniture):

* a view counter (``浏览次数：5464``, ``阅读：186次``, ``點閱次數：820``, ``瀏覽人次：4752``, ``阅读 20325``);
* a reading-time estimate (``閱讀時間約 4 分鐘``, ``阅读需要5分钟``);
* a place of posting right after the time (``2021-04-12 13:02 发表于上海``, two or three hanzi; ``发表于人民日报``
  names a paper and stays), or an ``IP属地：广东`` label;
* a toolbar of bracketed tool words (``【字体：大 中 小】【打印】``, lynx's ``【[7]打印】``), the words as in
  :data:`rules.DEBRIS_WORDS`;
* a run of those words, each set off by whitespace (a forum's ``作者：X　发表于 … 18:15　只看该作者　楼主``);
* a follow button, set off or not, its followers' count after it or not (``8月28日 22:23 [2]+关注``,
  ``+ 关注 8.6万``), and then the poster's picture that a dump printed in brackets at the line's start
  (``[avatar.png]``) or its alt text (``头像``, ``[14]头像``);
* a forum's poster badge, its level after it or not (``楼主``, ``楼主12``), on a line that opens with the poster's
  picture (``头像 青山骑行客楼主12``; the picture set off by whitespace, or the level there: w3m's ``头像青山骑行客楼主12``;
  not an emoticon, ``[doge]支持楼主``, nor a reply, ``头像这件事还得问楼主``): the picture is cut too, and the name
  alone between them, no punctuation in it, is the credit.

At the **start** of a line: an outlet's name in brackets (2–8 characters, no digit) before a date
and nothing else (``【新界時報】　2021年6月20日``): the name is furniture, the date stays (``【本報訊】記者X報道``
and ``【中国工业报】标题`` are not touched: no date alone follows); a platform's originality badge before a
credit (WeChat's ``原创 雷一 地理知识局 2021-04-12 13:02``, w3m's ``原创李思人民日报评论 …``, CSDN's
``原创 原创 [7]码农小周 于 2024-04-05 …``): the badge (with a link mark after it) is furniture, the credit stays
(the corpus convention settled in session 13; ``原创作者：X``, ``原创文章`` and ``原创：X`` are words, not badges).
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Sequence

from . import rules
from .lines import Line, cut_pieces, squeeze_pieces, strip_piece

__all__ = ["BADGE_WORDS", "DATE_ALONE", "TRAILING_COUNTER", "WIDGET_FIRST", "cut_lines", "date_and_counter", "furniture_spans",
           "find_all", "furniture_tokens", "lines_at", "mark_badge_credits", "rejoin_furniture", "split_at", "widget"]

_SEP = r"[|｜/／]"
_COUNTER = (rf"(?:{rules.COUNTER_WORDS})(?:次数|次數|人次|数|數|量)?\s*[:：]?\s*"
            r"(?:\d[\d,]*|[(（]\d[\d,]*[)）])\s*(?:次|人次|人)?"
            rf"|\d[\d,]*[万萬]?\s*(?:次|人)?\s*(?:{rules.COUNTER_WORDS})")  # (or the count first: "7578 瀏覽")
_READ_TIME = (r"(?:阅读|閱讀)(?:时间|時間|时长|時長)?\s*(?:需要|需|约|約|大约|大約)?\s*\d{1,3}\s*"
              r"(?:分钟|分鐘|min|mins)")
_PLACE = r"(?:发表于|發表於|IP属地|IP屬地)\s*[:：]?\s*[\u4e00-\u9fff]{2,3}"
# a view counter, a reading-time estimate or a place of posting at a line's end (also the readers')
TRAILING_COUNTER = re.compile(rf"(?:{_SEP}\s*)?(?:{_COUNTER}|{_READ_TIME}|{_PLACE})\s*$")
# An engagement count after a view counter ("浏览 68709　收藏 705", "阅读量1524　收藏 55　点赞数 35"): cut
# only in a run of trailing items that holds a view counter (TRAILING_COUNTER), never alone.
ENGAGE_TAIL = re.compile(rf"(?:{_SEP}\s*)?(?:{rules.ENGAGE_WORDS})(?:次数|次數|数|數|量)?\s*[:：]?\s*{rules.COUNT}\s*$")
# A run of bracketed items at the end of a line; each item's words are checked against DEBRIS_WORDS.
_TOOLS = re.compile(r"(?:【[^【】]{1,24}】\s*)+$")
_LEAD = re.compile(r"\s*【([^【】\d]{2,8})】")
# A platform's originality badge at a line's start (squeezed), repeated or not, and a link mark after it: not
# a word it opens ("原创作者", "原创文章", "原创内容", "原创声明", "原创：").
_BADGE = re.compile(rf"(?:[\[【]?(?:原创|原創)[\]】]?)+(?:{rules.LINK_MARK.pattern})?(?![作文内內声聲稿性:：])")
# A follow button after the poster's credit, its link mark or address before it or not: "[2]+关注", "+關注".
# (the followers' count after it or not: "+ 关注 8.6万")
_FOLLOW = re.compile(rf"(?:{rules.LINK_MARK.pattern})?[+＋](?:关注|關注|订阅|訂閱)(?:{rules.COUNT})?$")
_FOLLOW_LAST = frozenset("注閱阅0123456789KkWw万萬千")  # (what such a button can end with)
# An image a dump printed as its file name or alt text in brackets before the poster's credit, no letter of the
# page's own script in it: "[avatar.png]", "[avatar]", html2text's "[/avatar.png]"; or an alt text that names the
# poster's picture, bracketed or not, its link mark before it or not: "头像", "[头像]", lynx's "[14]头像".
_IMAGE_LEAD = re.compile(rf"\[/?[A-Za-z][\w./-]{{0,40}}\]|(?:{rules.LINK_MARK.pattern})?[\\[_]?(?:头像|頭像)[\]_]?")
# A forum's badge for the thread's poster after the name, its level after it or not: "楼主", "楼主12" (cut only on a line
# that opens with the poster's picture, :data:`_IMAGE_LEAD`, where the name between is the credit).
_POSTER_BADGE = re.compile(r"(?:楼主|樓主)(?:Lv\.?)?\d{0,3}$")
_POSTER_LAST = frozenset("主0123456789")  # (what such a badge can end with)
# the picture's mark names a picture (not a bracketed emoticon, "[doge]支持楼主"): its alt text, a file, "avatar"
_PICTURE = re.compile(r"[头頭]像|\.|[Aa]vatar")
_POSTER_NAME_MAX = 16  # characters of a poster's name alone between the picture and the badge
# A social post's time stamp without the year: "8月28日 22:23" (squeezed).
_MONTH_TIME = re.compile(r"\d{1,2}月\d{1,2}日\d{1,2}:\d{2}")
# A date standing alone, its weekday after it or not ("2021年6月20日", "2023年7月11日（星期二）").
DATE_ALONE = re.compile(rf"{rules.DATE.pattern}\s*(?:[(（]?{rules.DAY_OF_WEEK}[)）]?)?")
_SENTENCE = re.compile("[。！？!?；;]")
_LABELLED_DATE = re.compile(r"[^\W\d_]{2,6}[:：]" + rules.DATE.pattern)
_LABEL = re.compile(r"[\u4e00-\u9fffA-Za-z]\s*[:：]\s*\S")
# Words one of which a line must hold for a cut to be possible, each with the offset of its rarest
# character: the text is searched for those characters first (a C-speed scan), then for the word.
HINTS = (("阅读", 0), ("閱讀", 0), ("點閱", 1), ("点阅", 1), ("浏览", 0), ("瀏覽", 0), ("点击", 1), ("點擊", 1),
         ("访问", 0), ("訪問", 0), ("发表于", 1), ("發表於", 1), ("属地", 0), ("屬地", 0), ("】", 0),
         ("只看", 0), ("楼主", 0), ("樓主", 0), ("关注", 1), ("關注", 1))
_KEYS: dict[str, list[tuple[str, int]]] = {}
for _word, _k in HINTS:
    _KEYS.setdefault(_word[_k], []).append((_word, _k))
_PIECES = operator.attrgetter("pieces")
_FIRST = operator.itemgetter(0)
BADGE_WORDS = ("原创", "原創")
_BADGES = frozenset(BADGE_WORDS)


def _badged(sq: str) -> bool:
    """Whether the squeezed text opens with an originality badge's word (in brackets or not: html2text's
    ``[原创]``); :data:`_BADGE` then says whether it is a badge."""
    return sq[:2] in _BADGES or (sq[:1] in ("[", "【") and sq[1:3] in _BADGES)
_TAIL_LAST = frozenset("】)）ns")  # besides a hanzi or a digit, what a furniture item can end with
_MAX_LINE = 120  # characters: longer lines are prose, never an info bar
_BADGE_HEAD = 4000  # characters: the head of a text where a line opening with an originality badge is looked at


def furniture_tokens(tokens: Sequence[str]) -> bool:
    """Whether a text split at :data:`rules.DEBRIS_SPLIT` (empty pieces left out) is furniture words only:
    :data:`rules.DEBRIS_WORDS`, or a run of them glued together (:data:`rules.DEBRIS_RUN`). The one test
    of both this module's toolbars and :func:`classify.line_kind`'s tool lines."""
    return bool(tokens) and all(t in rules.DEBRIS_WORDS or rules.DEBRIS_RUN.fullmatch(t) for t in tokens)


def _tools(item: str) -> bool:
    """Whether one bracket's text is made of tool words only ("字体：大 中 小", "[10]打印")."""
    return furniture_tokens([t for t in rules.DEBRIS_SPLIT.split(rules.LINK_MARK.sub("", item)) if t])


def _credit(head: str) -> bool:
    """Whether the text left of the furniture is a credit or date line (not prose)."""
    if not head or _SENTENCE.search(head):
        return False
    return rules.DATE.search(head) is not None or _LABEL.search(head) is not None or (
        "月" in head and _MONTH_TIME.search(head) is not None)


def _date_alone(head: str) -> bool:
    """The squeezed text left of a line's counter is a date alone, its label before it or not (``2023.09.12``,
    ``发布时间：2023-08-25``, ``最後更新：2024-08-20``): no credit, so the line with its counter is furniture as a whole
    (a page's stamp of when it was posted or last updated; with a source or an author, ``发布时间：2023-01-24　来源：新华社
    浏览次数：5018``, the credit stays: dev11 w11-002, dev13 w13-008; alone: dev14 v14-006, dev15 w15-005)."""
    return rules.DATE.fullmatch(head) is not None or _LABELLED_DATE.fullmatch(head) is not None


def date_and_counter(sq: str) -> bool:
    """The squeezed line is a date alone, labelled or not, and a view counter after it (``发布时间：2023-08-25点击数：3416``):
    furniture as a whole (:func:`_date_alone`), never a meta line."""
    m = TRAILING_COUNTER.search(sq)
    return m is not None and m.start() > 0 and _date_alone(sq[:m.start()])


def _tail(sq: str, end: int, gaps: frozenset[int] | None, engage: bool = False) -> int:
    """Start of one furniture item that ends ``sq[:end]``, or -1 (``sq``: the line without whitespace;
    ``gaps``: the positions of ``sq`` that had whitespace before them, None when there was none;
    ``engage``: an engagement count (:data:`ENGAGE_TAIL`) may be the item)."""
    m = TRAILING_COUNTER.search(sq, 0, end)
    if m is None and engage:
        m = ENGAGE_TAIL.search(sq, 0, end)
    if m is None and sq[end - 1:end] in _FOLLOW_LAST and ("注" in sq or "阅" in sq or "閱" in sq):
        m = _FOLLOW.search(sq, 0, end)
        if m is not None and m.start() > 0:
            return m.start()  # (its "+" sets it apart, a gap or none: "22:23+关注")
    if m is None and sq[end - 1:end] == "】":
        m = _TOOLS.search(sq, 0, end)
        if m is not None:
            items = re.findall(r"【([^【】]*)】", m.group())
            if not all(_tools(item) for item in items):
                return -1
    if m is None and sq[end - 1:end] in _POSTER_LAST and ("楼主" in sq or "樓主" in sq):
        m = _POSTER_BADGE.search(sq, 0, end)
        if (m is not None and m.start() > 0 and sq[0] in "[_头頭" and (lead := _IMAGE_LEAD.match(sq, 0, m.start()))
                and _PICTURE.search(lead.group()) and (sq[end - 1].isdigit() or (gaps and lead.end() in gaps))):
            return m.start()  # (glued to the name or not, where the level follows: "头像青山骑行客楼主12", w3m)
        m = None
    if m is None:
        return _word_tail(sq, end, gaps)
    if m.start() == 0:
        return -1
    start = m.start()
    if sq[start] not in _BARS_OR_BRACKET and (gaps is None or start not in gaps) and not _stamped_before(sq, start):
        return -1  # glued to the word before it: part of the text
    if sq[start] in "发發" and not "0" <= sq[start - 1] <= "9":
        return -1  # "发表于上海" after a time is where it was posted; "…发表于人民日报" names a paper
    return start


def _stamped_before(sq: str, start: int) -> bool:
    """``sq[:start]`` ends with a date, its time or not, and a verb of posting (``…于2024-04-05 08:23:23 发布``): a
    counter right after it is the page's, even glued on (w3m prints ``发布阅读量3564`` where the page has no space)."""
    return sq[start - 2:start] in _POSTING and any(m.end() == start for m in rules.DATE_STAMPED.finditer(sq, 0, start))


_POSTING = frozenset(("发布", "發布", "發佈", "发表", "發表", "更新"))


def _word_tail(sq: str, end: int, gaps: frozenset[int] | None) -> int:
    """Start of the run of furniture words (:data:`rules.DEBRIS_WORDS`, each set off by whitespace)
    that ends ``sq[:end]`` (a forum's ``只看该作者　楼主`` after the poster's byline), or -1. A bar that sets the run off
    the credit (``发表于 2024-4-2 21:15 | 只看该作者``) is the run's, as it is a counter's (``作者：宋俊｜2024.12.14`` /
    ``｜閱讀時間約 4 分鐘``, dev6 w6-022, w6-016; dev16 k16-006)."""
    if not gaps:
        return -1
    start = end
    for gap in sorted((g for g in gaps if g < end), reverse=True):
        if sq[gap:start] not in rules.DEBRIS_WORDS:
            break
        start = gap
    if start == end:
        return -1
    return start - 1 if start > 1 and sq[start - 1] in _BARS else start


# The separators that set a furniture run off the text before it (a bar or a slash, docs/segmentation.md's ``｜ | /``)
# and that, before a tool word, go with the tool; a bracket also sets a counter apart.
_BARS = "|｜/／"
_BARS_OR_BRACKET = _BARS + "【"


def furniture_spans(text: str, before: str = "", seams: Sequence[int] = ()) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of ``text`` that are site furniture printed on a content line, in
    order, whitespace stripped; empty when there is none (or when nothing but furniture is left).
    The text between the spans is the line's content. Whitespace inside words (OCR-like spaces:
    ``浏 览 次 数：5464``) does not hide a word. ``before``: the squeezed line right above, where a wrap cut
    the credit in two (``codefox_797 于 2021-10-03`` / ``16:45:32 发布　阅读量1128　收藏 51``): the credit test
    reads it before the line's own text. ``seams``: positions of ``text`` where an element of the page starts or ends
    between two characters (the HTML reader's inline siblings, ``<small>作者：</small>张某<small>浏览次数：</small>1024``):
    a gap between fields, as whitespace is."""
    if len(text) > 3 * _MAX_LINE:
        return []
    if before:  # read after the line above: a bar of counts, in this line (a whole line of them may be), one span
        squeezed = rules.SPACE.sub("", text)
        if TRAILING_COUNTER.search(squeezed) is None and ENGAGE_TAIL.search(squeezed) is None:
            return []
        off = len(before) + 1
        spans = furniture_spans(before + " " + text)
        if not spans or spans[0][0] < off or _date_alone(rules.SPACE.sub("", text[:spans[0][0] - off])):
            return []  # (a date and a counter, "2023.09.12 阅读20325": the whole line is furniture, as without before)
        return [(spans[0][0] - off, spans[-1][1] - off)]
    text = text.rstrip()
    if not text:
        return []
    last = text[-1]
    if last not in _TAIL_LAST and not "\u4e00" <= last <= "\u9fff" and not "0" <= last <= "9" and text.lstrip()[:1] != "【" \
            and not _badged(text.lstrip()):
        return []  # nothing can end it: a counter, a time, a place, a toolbar (or open it: an outlet)
    if rules.SPACE.search(text) is None:  # (the common case: no whitespace inside)
        keep, sq, gaps = None, text, frozenset(seams) if seams else None
    else:
        sq = rules.SPACE.sub("", text)
        if (TRAILING_COUNTER.search(sq) is None and sq[-1] != "】" and sq[0] != "【" and not _badged(sq)
                and text.rsplit(None, 1)[-1] not in rules.DEBRIS_WORDS and ENGAGE_TAIL.search(sq) is None
                and _FOLLOW.search(sq) is None
                and not (sq[-1] in _POSTER_LAST and ("楼主" in sq or "樓主" in sq) and _POSTER_BADGE.search(sq))):
            return []  # (before mapping every character)
        keep = [i for i, ch in enumerate(text) if not ch.isspace()]
        gaps = frozenset(k for k in range(1, len(keep)) if keep[k] != keep[k - 1] + 1)
        if seams:
            gaps |= frozenset(bisect.bisect_left(keep, seam) for seam in seams)
    spans: list[tuple[int, int]] = []
    end = len(sq)
    engage = "0" <= sq[-1] <= "9" and ENGAGE_TAIL.search(sq) is not None
    counted = not engage  # engagement counts are cut only beside a view counter
    for _ in range(4 if engage else 3):  # a counter and a toolbar may follow each other
        start = _tail(sq, end, gaps, engage)
        if start < 0:
            break
        counted = counted or TRAILING_COUNTER.search(sq, start, end) is not None
        spans.append((start, end))
        end = start
    if not counted:
        spans, end = [], len(sq)
    elif engage and spans:  # one bar of counts: one furniture unit
        spans = [(end, spans[0][1])]
    head_from = 0
    lead = _LEAD.match(sq, 0, end)
    if lead and DATE_ALONE.fullmatch(sq, lead.end(), end):
        spans.append((lead.start(1) - 1, lead.end()))
        head_from = lead.end()
    elif spans and sq[0] in "[_头頭" and (image := _IMAGE_LEAD.match(sq, 0, end)) and (
            not rules.LINK_MARK.match(sq) or image.end() > rules.LINK_MARK.match(sq).end()):
        spans.append((0, image.end()))  # the poster's picture before the credit, its furniture cut at the end
        head_from = image.end()
    elif _badged(sq) and (badge := _BADGE.match(sq, 0, end)) and badge.end() < end:
        spans.append((0, badge.end()))  # an originality badge before the credit
        head_from = badge.end()
    if not spans:
        return []
    head = sq[head_from:end]
    if not _credit(head) and not (head_from and len(head) <= _POSTER_NAME_MAX and _POSTER_BADGE.match(sq, end)
                                  and rules.PUNCT.search(head) is None):
        return []  # (but a name alone between the poster's picture and the poster's badge is the post's credit)
    if head_from == 0 and _date_alone(head):
        return []  # a date and a counter ("2023.09.12 阅读20325", "发布时间：2023-08-25　点击数：3416"): the whole line is furniture
    if keep is None:
        return sorted(spans)
    return sorted((keep[a], keep[b - 1] + 1) for a, b in spans)


def cut_lines(raw: str, lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """The text route's lines with furniture cut out of content lines (:func:`furniture_spans` on
    each line's raw text), and the furniture pieces (each a line of its own, for the caller to make
    debris). Only lines holding one of :data:`HINTS` are looked at (an originality badge is cut where its line
    holds one: WeChat's ``发表于上海``, CSDN's ``阅读量``; the badge's own characters are common in prose, and a
    search of the whole text for them cost more than the rest of this pass), or where it opens a line in the text's
    first :data:`_BADGE_HEAD` characters, where a post's credit stands (``原创 陈律师 法商观察 2024-01-05 08:30``: a post
    from before WeChat printed the place of posting, no counter on the line)."""
    if not lines:
        return lines, []
    hits = []
    for word in BADGE_WORDS:  # (a bounded search: the head of the text only)
        pos = raw.find(word, 0, _BADGE_HEAD)
        while pos >= 0:
            if not raw[raw.rfind("\n", 0, pos) + 1:pos].strip(" \t\u3000[【*#"):  # (the badge opens its line)
                hits.append(pos)
            pos = raw.find(word, pos + 1, _BADGE_HEAD)
    for key, words in _KEYS.items():
        if key not in raw:
            continue
        pos = raw.find(key)
        while pos >= 0:
            for word, k in words:
                if raw[pos - k:pos - k + len(word)] == word or (
                        len(word) > 1 and raw[pos - 1:pos + 2].strip() != raw[pos - 1:pos + 2] and _word_at(raw, pos, word, k)):
                    hits.append(pos)
                    break
                if k and raw[pos - 1:pos] == "\n" and (at := _word_across(raw, pos, word, k)) >= 0:
                    hits.append(at)  # (on the line above, where the word starts)
                    break
            pos = raw.find(key, pos + 1)
    # the raw lines holding a hit that have furniture to cut (few), before any per-line work; a key's hits
    # come in order, so one on the line of the hit before it is passed over (each line's ends are looked
    # for once per key, not once per hit: a long line with many hits stays linear)
    lined = {}
    begin = end = -1
    for pos in hits:
        if begin <= pos < end:
            continue
        begin = raw.rfind("\n", 0, pos) + 1
        end = raw.find("\n", pos)
        if end < 0:
            end = len(raw)
        if begin not in lined:
            lined[begin] = pos if (furniture_spans(raw[begin:end].strip()) or _bar_goes_on(raw, begin, end)
                                   or (end - begin <= _CUT_CREDIT_LINE and _after_cut_credit(raw, begin, end))) else -1
    hits = [pos for pos in lined.values() if pos >= 0]
    if not hits:
        return lines, []
    candidates = lines_at(lines, hits)
    out: list[Line] = []
    cut: list[Line] = []
    last = 0
    for i in sorted(candidates):
        line = lines[i]
        if i < last or line.level or line.kind or len(line.sq) > _MAX_LINE or line.end - line.start > 3 * _MAX_LINE:
            continue
        before = lines[i - 1].sq if i and _credit_above(raw, lines[i - 1], line) else ""
        wrapped = i + 1 < len(lines) and _wrapped_bar(raw, line, lines[i + 1])
        if not wrapped and before and i + 1 < len(lines) and _wrapped_bar(raw, line, lines[i + 1], before):
            wrapped, above = True, before  # (a credit cut in two, its bar of counts too)
        else:
            above = ""
        if wrapped:
            out += lines[last:i]
            last = i + 2
            out += _cut_wrapped_bar(raw, line, lines[i + 1], cut, above)
            continue
        spans = furniture_spans(raw[line.start:line.end]) or (furniture_spans(raw[line.start:line.end], before) if before else [])
        if not spans:
            continue
        out += lines[last:i]
        last = i + 1
        out += split_at(raw, line, [(line.start + s, line.start + e) for s, e in spans], cut)
    if not cut:
        return lines, []
    out += lines[last:]
    return out, cut


def mark_badge_credits(raw: str, lines: Sequence[Line], cut: Sequence[Line]) -> None:
    """The rest of a line whose originality badge :func:`cut_lines` cut off (``原创`` / ``雷一 地理知识局
    2021-04-12 13:02``) is an author's credit: a ``byline`` where the line rules gave it no kind (after
    :func:`classify.mark_standalone`; the badge marks the line as the post's credit, which the line rules alone
    cannot tell from a heading: names and a date, no label). So is such a rest with a date that the line rules took
    for a comment's header (``原创张律师君衡律师事务所 2024-07-02 08:30``, w3m's line without spaces, under a title that
    ends a sentence, ``…有哪些变化？``: classify's ``_named_stamps``), or that they took for a meta line (w3m's
    ``原创李思人民日报评论 2023-10-01 07:19``, dev11 w11-014/015; the trial's ``原创陈律师法商观察 2024-01-05 08:30``); every
    batch's gold has the rest a byline."""
    badges = {id(piece) for piece in cut if _badged(piece.sq)}
    if not badges:
        return
    for i, line in enumerate(lines[:-1]):
        rest = lines[i + 1]
        if id(line) in badges and (not rest.kind or rest.kind in ("meta", "debris") and _named_rest(raw[rest.start:rest.end])) \
                and "\n" not in raw[line.end:rest.start]:
            rest.kind = "byline"  # (the rest of the badge's own line)


def _named_rest(text: str) -> bool:
    """A badge's rest that the line rules took for meta or debris is a credit only where it names someone before
    its date: not a date alone (``原创 2024-01-05 08:30``), not a labelled field (``原创 来源：新华社 2024-01-05 08:30``),
    two hanzi or more before the date (``李思人民日报评论 2023-10-01 07:19``)."""
    text = text.strip()
    if rules.DATE.fullmatch(text) or rules.LABEL.match(text) or rules.SOURCE.match(text):
        return False
    m = rules.DATE.search(text)
    return sum("\u4e00" <= ch <= "\u9fff" for ch in (text[:m.start()] if m else text)) >= 2


_FRAGMENT = 3  # characters: a line's rest this short before its cut furniture is a wrapped line's end


def rejoin_furniture(raw: str, groups: list[list[Line]], kinds: list[str], texts: list[str],
                     cut: Sequence[Line]) -> tuple[list[list[Line]], list[str], list[str]]:
    """The units with each furniture piece that :func:`cut_lines` cut off a line's end joined again to the rest of its
    line where that rest is furniture too (a ``debris`` unit, as the kinds found it) and holds no date (no credit:
    ``作者：X 于 2021-10-03 16:45:32 发布`` that the kinds took for furniture keeps its counter apart, and so does a forum
    poster with the time of the post, a convention the batches' gold does not share): the cut sets a credit apart from
    the page's counters; a line of furniture is one unit whole, as the gold of every batch keeps it (dev15 y15-000
    ``分享到： [17]微信 [18]微博 … 阅读量：25831``, v15-002 ``更新日期：113-05-03　瀏覽人次：2,481``, an era's year that
    :data:`rules.DATE` does not read; :func:`date_and_counter` keeps a dated stamp so, dev14 v14-006 ``最後更新：
    2024-08-20　瀏覽人次：3311``; dev5 w5-006 ``关注者 9018 被浏览 995102``, dev8 w8-010, whole and never cut). Called
    after :func:`classify.split_debris`, which gives each line of a debris unit a unit of its own. A view counter only
    (:data:`TRAILING_COUNTER`): a follow button stays cut off a poster's name (``头像 UP主：阿柒爱吃 + 关注 8.6万``,
    test_segment_fixw5.py), whatever kind the name is given. Not after a wrap's
    fragment (``codefox_797 于 2021-10-03 16:45:32 发`` / ``布　阅读量1128　收藏 51``, dev9xw w9x-015: the credit's end)."""
    if not cut or "debris" not in kinds:
        return groups, kinds, texts
    pieces = {id(piece) for piece in cut}
    out_g: list[list[Line]] = []
    out_k: list[str] = []
    out_t: list[str] = []
    for group, kind, sq in zip(groups, kinds, texts, strict=True):
        if (kind == "debris" and id(group[0]) in pieces and out_g and out_k[-1] == "debris"
                and TRAILING_COUNTER.fullmatch(sq) is not None
                and len(out_t[-1]) > _FRAGMENT and "\n" not in raw[out_g[-1][-1].end:group[0].start]
                and rules.DATE.search(out_t[-1]) is None):
            out_g[-1] = out_g[-1] + group
            out_t[-1] += sq
            continue
        out_g.append(group)
        out_k.append(kind)
        out_t.append(sq)
    return out_g, out_k, out_t


_BAR_WRAP = 30  # characters: the most of a bar of counts that a wrap puts on the next line


def _above(raw: str, begin: int) -> str:
    """The squeezed raw line right above the raw line starting at ``begin`` ("" at the top or under a
    blank line): a credit line a wrap cut in two (:func:`furniture_spans`'s ``before``)."""
    if begin < 2:
        return ""
    text = raw[raw.rfind("\n", 0, begin - 1) + 1:begin - 1]
    return "" if len(text) > 2 * _BAR_WRAP else rules.SPACE.sub("", text)


_CUT_CREDIT_LINE = 2 * _BAR_WRAP  # characters: the longest line read after a credit line a wrap cut


def _after_cut_credit(raw: str, begin: int, end: int) -> bool:
    """Whether the raw line ``raw[begin:end]`` has a bar of counts to cut when read after the line above it."""
    before = _above(raw, begin)
    return bool(before) and (bool(furniture_spans(raw[begin:end].strip(), before)) or _bar_goes_on(raw, begin, end, before))


def _credit_above(raw: str, above: Line, line: Line) -> bool:
    """``above`` is the first part of a credit line that a wrap cut right before ``line`` (no blank line
    between, short, no kind but a credit's)."""
    return (not line.gap and above.kind in ("", "byline", "meta") and not above.level and len(above.sq) <= 2 * _BAR_WRAP
            and above.end <= line.start and raw.count("\n", above.end, line.start) == 1)


def _bar_goes_on(raw: str, begin: int, end: int, before: str = "") -> bool:
    """Whether the raw line ``raw[begin:end]`` may end with a bar of counts that goes on at the start of the
    next raw line (a cheap test before :func:`_wrapped_bar`: that line is short and opens with a digit)."""
    if end >= len(raw) - 1:
        return False
    nxt_end = raw.find("\n", end + 1)
    nxt = raw[end + 1:nxt_end if nxt_end >= 0 else len(raw)].strip()
    return (bool(nxt) and len(nxt) <= 2 * _BAR_WRAP and (nxt[0].isdigit() or _word_cut(nxt))
            and bool(furniture_spans(raw[begin:end].strip() + ("" if _word_cut(nxt) else " ") + nxt, before)))


def _word_cut(nxt: str) -> bool:
    """The next line of a bar of counts opens with a hanzi and ends with a count: the wrap cut a word of
    the bar in two (``浏览 13979　收`` / ``藏 710``), and the two lines read as one without a space."""
    return "\u4e00" <= nxt[0] <= "\u9fff" and "0" <= nxt[-1] <= "9"


def _wrapped_bar(raw: str, line: Line, nxt: Line, before: str = "") -> int:
    """Where a bar of counts that a wrap carried onto the next line starts in ``line`` (raw offset), or 0:
    ``作者：马华　|　更新于 2021.12.12　浏览`` / ``68709　收藏 705`` — the two lines read as one have their
    furniture from inside ``line`` to the end of ``nxt``, and ``nxt`` opens with a count (or with the rest of
    a word the wrap cut, :func:`_word_cut`: ``…浏览 13979　收`` / ``藏 710``)."""
    if nxt.gap or nxt.level or nxt.kind or len(nxt.sq) > _BAR_WRAP or not (nxt.sq[0].isdigit() or _word_cut(nxt.sq)) \
            or nxt.start < line.end or raw.count("\n", line.end, nxt.start) != 1:
        return 0
    head = raw[line.start:line.end]
    text = head.rstrip() + raw[nxt.start:nxt.end] if _word_cut(nxt.sq) else head + " " + raw[nxt.start:nxt.end]
    spans = furniture_spans(text, before)
    if not spans or spans[-1][1] != len(text.rstrip()) or not spans[0][0] < len(head.rstrip()):
        return 0
    if any(b < a for (_, b), (a, _) in zip(spans, spans[1:], strict=False)) or any(
            not text[b:a].isspace() for (_, b), (a, _) in zip(spans, spans[1:], strict=False) if a > b):
        return 0  # (the furniture is one run from inside the line to the end of the next)
    return line.start + spans[0][0]


def _cut_wrapped_bar(raw: str, line: Line, nxt: Line, cut: list[Line], before: str = "") -> list[Line]:
    """``line`` cut where :func:`_wrapped_bar` says, its tail and all of ``nxt`` one furniture line."""
    at = _wrapped_bar(raw, line, nxt, before)
    head = _piece_line(raw, cut_pieces(line.pieces, [(at, len(raw) + 1)]), line, True)
    tail = [p for p in (strip_piece(raw, s, e) for s, e in cut_pieces(line.pieces, [(0, at)]) + nxt.pieces) if p[0] < p[1]]
    bar = Line(tail, squeeze_pieces(raw, tail), 0, 0, True)
    cut.append(bar)
    return [head, bar] if head is not None else [bar]


def _word_across(raw: str, pos: int, word: str, k: int) -> int:
    """Where ``word``, its ``k``-th character at ``pos`` at the start of a line, starts on the line above (a
    wrap cut it: ``…来源：团委　点`` / ``击：3026``, the bar of counts goes on there, :func:`_bar_goes_on`), or -1."""
    above = raw[max(0, pos - 1 - 2 * k):pos - 1].rstrip(" \u3000")
    return pos - 1 - k if above.endswith(word[:k]) and raw.startswith(word[k:], pos) else -1


def _word_at(raw: str, pos: int, word: str, k: int) -> bool:
    """Whether ``word`` (two characters or more, not written at ``pos`` without spaces: :func:`cut_lines` tried
    that) is written at ``pos`` (its ``k``-th character) with OCR-like spaces inside."""
    if not (raw[pos - 1:pos] in " \u3000" or raw[pos + 1:pos + 2] in (" ", "\u3000")):
        return False
    window = raw[max(0, pos - 2 * k - 1):pos + 2 * (len(word) - k) + 1]
    return word in window.replace(" ", "").replace("\u3000", "")


def find_all(raw: str, key: str) -> list[int]:
    """Every position where ``key`` starts in ``raw`` (overlapping ones too), found by ``str.find`` in C."""
    found = []
    pos = raw.find(key)
    while pos >= 0:
        found.append(pos)
        pos = raw.find(key, pos + 1)
    return found


def lines_at(lines: Sequence[Line], positions: Sequence[int]) -> set[int]:
    """Indices of the lines that hold the raw offsets ``positions`` (lines of a page in columns may
    be out of file order)."""
    starts = list(map(_FIRST, map(_FIRST, map(_PIECES, lines))))  # each line's start, in C
    order = None if starts == sorted(starts) else sorted(range(len(lines)), key=starts.__getitem__)
    if order is not None:
        starts = [starts[i] for i in order]
    found = set()
    for pos in positions:
        k = bisect.bisect_right(starts, pos) - 1
        if k >= 0:
            i = k if order is None else order[k]
            if pos < lines[i].end:
                found.add(i)
    return found


def _piece_line(raw: str, pieces: Sequence[tuple[int, int]], like: Line, first: bool) -> Line | None:
    pieces = [p for p in (strip_piece(raw, s, e) for s, e in pieces) if p[0] < p[1]]
    if not pieces:
        return None
    return Line(pieces, squeeze_pieces(raw, pieces), like.gap if first else 0, 0, like.hard or not first,
                lead=like.lead if first else -1)


def split_at(raw: str, line: Line, spans: list[tuple[int, int]], cut: list[Line]) -> list[Line]:
    """``line`` cut at the furniture ``spans`` (raw offsets): content and furniture lines in order."""
    out: list[Line] = []
    bounds = [line.start]
    for s, e in spans:
        bounds += [s, e]
    bounds.append(line.end)
    for k in range(len(bounds) - 1):
        a, b = bounds[k], bounds[k + 1]
        if a >= b:
            continue
        part = cut_pieces(cut_pieces(line.pieces, [(0, a)] if a else []), [(b, len(raw) + 1)])
        piece = _piece_line(raw, part, line, not out)
        if piece is None:
            continue
        out.append(piece)
        if k % 2 == 1:  # odd intervals are furniture spans
            cut.append(piece)
    return out



# Small furniture that a dump prints on a line of its own right above a title or heading, with no
# blank line between (so it would join the headline): a follow button ("+关注", "＋訂閱") and a divider
# drawn as a word between dashes ("— 分割线 —", "-- 分隔線 --"; squeezed line, no digit: "- 3 -" is a
# page number).
_BUTTON = re.compile(r"[+＋][\u4e00-\u9fff]{2,3}")
_DIVIDER = re.compile(r"([—\-－=~～]{1,4})[^\d—\-－=~～]{1,6}\1")
WIDGET_FIRST = frozenset("+＋—-－=~～")


def widget(sq: str) -> bool:
    """Whether the squeezed line ``sq`` is a follow button or a drawn divider (debris)."""
    return len(sq) <= 14 and (_BUTTON.fullmatch(sq) is not None or _DIVIDER.fullmatch(sq) is not None)
