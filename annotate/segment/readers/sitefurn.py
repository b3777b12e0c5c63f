"""Web pages: a title, a credit and site furniture that the HTML reader's block walk and frame rules
(:mod:`.html`) would otherwise get wrong — run on the units' kinds and texts, with each unit's path of
open elements (``paths``) and the elements' tags and attributes (``elements``), as :mod:`.html` has them.

Before the title is chosen (:func:`before_title`; only when the page has no ``<h1>``):

- a heading that names the kind of paper (``新聞稿``, ``新闻稿``, ``工作简报``, ``X文件``: the office route's
  masthead, :data:`office.MASTHEAD`) set above the page's headline, with another heading after it before the
  first prose, is no title: ``debris``, like the masthead of a printed release, and that next heading is the
  title (what stands above it is then debris: the site's name in bold, ``香港地方史學會``).

After it (:func:`after_title`): still no title, the first ``<h2>``–``<h6>`` heading before the first prose is
the title (a notice whose headline is an ``<h2>`` under a site name set as a paragraph and a side menu's label
in bold: ``南溪大学教务处 Office of Academic Affairs`` / ``通知公告`` / ``关于开展…的通知``).

Before the frame rules (:func:`credits`): a poster's line ``X 發表於 2022-1-23 13:27`` (a name, the word and a
date, a time or not) between the title and the first prose is the opening post's ``byline`` (a forum thread's
first post is its article), where the frame rules would take it for a short label; the replies' headers
below the prose stay debris. So is a name and a date with a verb of posting after it anywhere above the last
prose (``慢慢走的风 2024-12-02 更新``, ``本房源由经纪人 X 于 2024年11月10日 发布``), an avatar beside it or not.

After the frame rules (:func:`furniture`), ``debris``:

- an end mark (``- 完 -``, ``（完）``, ``###``: :data:`webdump.END_MARK`), however it stands;
- a part counter in brackets alone (a playlist's ``(1/3)``);
- a rating widget: five stars and a count of votes in brackets (``這篇食譜對你有幫助嗎？★★★★★ (88 票)``);
- a bar of counters (``查看: 4038｜回覆: 16``: the text route's own test, :func:`sidebar.counter_bar`), and a line
  of scores, two or more short labels each with a figure and nothing else (``口味：4.7　环境：4.5　服务：4.6``), and a bar of
  quantities, two or more fields between bars, each a label, a figure and its unit (``準備時間 10 分鐘 | 份量 3 人份``);
- a wiki's hatnote (``本條目介紹的是…。關於同名車站，請見「…」。``): a block inside an element whose class
  names one (``hatnote``, ``dablink``, ``rellink``);
- **cards**: two or more sibling elements of one tag and class (``<dl>`` expert cards, ``<li class=card>``), one
  right after another, each holding two or more units, all paragraphs, headings or debris, short (≤ 30
  characters) and without a sentence end, a link or other furniture among them (``孟志　主任医师`` / ``擅长：老年综合评估`` / ``查看详情``): people's or products' boxes, not the
  article; and the heading right above them when nothing but the cards stands between it and the next heading
  (``专家介绍``); one such box alone when it stands inside the article, prose above and below it (an agent's card
  ``徐立桂　评分 4.9`` / ``400-800-1234 转 5678`` / ``在线咨询``; ``推荐菜`` over its dishes' links).
- **replies**: two or more sibling elements of one tag and class, each holding a poster's line (a date with its time
  and a name, a floor or a rating: ``木子　2023-06-13 10:02``) and more: answers, reviews, a thread's replies, and the
  heading over them alone (``其他2条回答``); the first box is the thread's opening post when the page's first prose
  is in it (its tail from a poster's line below its prose is debris: ``来自Android客户端 1楼 2023-04-08 21:16``).
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections.abc import Sequence

from .. import office, rules
from ..sidebar import counter_bar
from ..webdump import END_MARK
from .article import is_prose

__all__ = ["before_title", "after_title", "credits", "furniture"]

Elements = dict[int, tuple[str, str]]
HEAD_TAGS = frozenset(("h2", "h3", "h4", "h5", "h6"))  # section heads (the HTML reader's too)
CLASS_ATTR = re.compile(r"""\bclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)  # an element's class attribute (the HTML reader's too)
_HATNOTE = re.compile(r"(?:^|\s)(?:hatnote|dablink|rellink)(?:\s|$)", re.I)
_POSTER = re.compile(r"[^\s:：，。]{1,12}(?:发表于|發表於)")
_CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
# a bar of quantities: two or more fields between bars, each a short label, a figure and its unit, nothing else (a
# recipe's "準備時間 10 分鐘 | 烹調時間 15 分鐘 | 份量 3 人份", dev14)
_QUANTITY = r"[\u4e00-\u9fff]{1,4}[:：]?\s*\d{1,4}(?:\.\d{1,2})?\s*[\u4e00-\u9fff]{0,2}"
_QUANTITIES = re.compile(rf"{_QUANTITY}(?:\s*[|｜]\s*{_QUANTITY})+")
# a line of scores: two or more short labels each with a figure and nothing else ("口味：4.7　环境：4.5　服务：4.6")
_SCORES = re.compile(r"(?:[\u4e00-\u9fff]{1,4}[:：]\s*\d{1,3}(?:\.\d{1,2})?\s*){2,}")
# a part counter in brackets alone: a playlist's or a gallery's "(1/3)"
_PART_COUNTER = re.compile(r"[(（]\d{1,3}[/／]\d{1,3}[)）]")
# a rating widget: a full scale of five stars and the count of votes in brackets ("★★★★☆ (88 票)", "★★★★★(1,203)")
_VOTES = re.compile(r"[★☆]{5}\s*[(（]\s*\d[\d,]*\s*[^\d\s)）]{0,2}\s*[)）]")
_CARD_TEXT = 30  # characters: the longest line of a card
_CARD_KINDS = frozenset(("paragraph", "heading", "debris"))
_BOX_TAGS = frozenset(("dl", "li", "div", "section"))  # the elements a card is


def _first_prose(kinds: Sequence[str], texts: Sequence[str]) -> int:
    return next((i for i, (k, t) in enumerate(zip(kinds, texts, strict=True)) if is_prose(k, t)), len(kinds))


def before_title(kinds: list[str], texts: Sequence[str]) -> None:
    """A heading naming the kind of paper above the headline (no ``<h1>``): debris, and the next heading
    before the first prose the title."""
    prose = _first_prose(kinds, texts)
    heads = [i for i in range(prose) if kinds[i] == "heading"]
    for k, i in enumerate(heads[:-1]):
        if len(texts[i]) <= 24 and office.MASTHEAD.fullmatch(texts[i]):
            kinds[i], kinds[heads[k + 1]] = "debris", "title"
            return


def after_title(kinds: list[str], texts: Sequence[str], paths: Sequence[tuple[int, ...]], elements: Elements) -> None:
    """No title chosen: the first ``<h2>``–``<h6>`` heading before the first prose."""
    for i in range(_first_prose(kinds, texts)):
        if kinds[i] == "heading" and paths[i] and elements.get(paths[i][-1], ("", ""))[0] in HEAD_TAGS:
            kinds[i] = "title"
            return


def credits(kinds: list[str], texts: Sequence[str]) -> None:
    """The opening post's ``X 發表於 <date> [<time>]`` between the title and the first prose, and a name and
    a date with a verb of posting after it (``慢慢走的风 2024-12-02 更新``, ``本房源由经纪人 X 于 2024年11月10日
    发布``) anywhere above the last prose: a byline."""
    if "title" not in kinds:
        return
    first = _first_prose(kinds, texts)
    last = next((i for i in range(len(kinds) - 1, first - 1, -1) if is_prose(kinds[i], texts[i])), first)
    for i in range(kinds.index("title") + 1, last):
        text = texts[i]
        if kinds[i] not in ("paragraph", "debris") or len(text) > 40:
            continue
        if text[-2:] in _POSTED:
            if _posted(text):
                kinds[i] = "byline"
            continue
        if i >= first or "表" not in text:
            continue
        m = _POSTER.match(text)
        date = rules.DATE.match(text, m.end()) if m else None
        if date and (date.end() == len(text) or _CLOCK.fullmatch(text, date.end())):
            kinds[i] = "byline"


_POSTED = frozenset(("发布", "發布", "發佈", "更新", "发表", "發表"))  # the verb after a poster's date
_NAME = re.compile(r"[^\s:：，,。！？、|｜/／()（）【】\[\]]{1,16}")


def _posted(text: str) -> bool:
    """``<name> [于] <date> [<time>] 发布`` / ``更新``: one date, a name of up to 16 characters before it
    (no punctuation), the verb right after it."""
    m = rules.DATE.search(text)
    if m is None or not _NAME.fullmatch(text, 0, m.start()):
        return False
    rest = text[m.end():-2]
    return not rest or _CLOCK.fullmatch(rest) is not None


_TAG, _ATTRS = operator.itemgetter(0), operator.itemgetter(1)  # an element's tag name and attributes


@functools.lru_cache(maxsize=8192)
def class_value(attrs: str | None) -> str:
    """The value of the ``class`` attribute in a start tag's attributes; "" if none (both readers' elements). (Once per
    attributes' text: the elements of a page, and the pages of a site, repeat them.)"""
    m = CLASS_ATTR.search(attrs) if attrs else None
    return (m.group(1) or m.group(2) or m.group(3) or "") if m else ""


def furniture(kinds: list[str], texts: Sequence[str], paths: Sequence[tuple[int, ...]], elements: Elements) -> None:
    """End marks, counter bars, hatnotes and cards: debris (see the module's docstring)."""
    every = "\0".join(map(_ATTRS, elements.values()))  # (a page whose start tags hold neither word has no hatnote)
    hatnotes = {e for e, (_, attrs) in elements.items()
                if attrs and ("note" in attrs or "link" in attrs) and _HATNOTE.search(class_value(attrs))} \
        if "note" in every or "link" in every else set()
    for i, text in enumerate(texts):
        if kinds[i] == "debris":
            continue
        if len(text) <= 7 and END_MARK.fullmatch(text):
            kinds[i] = "debris"  # "- 完 -"
        elif len(text) <= 40 and text[-1].isdigit() and (counter_bar(text) or _SCORES.fullmatch(text)):
            kinds[i] = "debris"  # "查看: 4038｜回覆: 16", "口味：4.7　环境：4.5　服务：4.6"
        elif ("★" in text or "☆" in text) and len(text) <= 40 and _VOTES.search(text):
            kinds[i] = "debris"  # "這篇食譜對你有幫助嗎？★★★★★ (88 票)": a rating widget, the scale and its count
        elif len(text) <= 60 and ("|" in text or "｜" in text) and _QUANTITIES.fullmatch(text):
            kinds[i] = "debris"  # "準備時間 10 分鐘 | 烹調時間 15 分鐘 | 份量 3 人份"
        elif len(text) <= 9 and _PART_COUNTER.fullmatch(text):
            kinds[i] = "debris"  # "(1/3)": a playlist's or a gallery's counter
        elif hatnotes and not hatnotes.isdisjoint(paths[i]):
            kinds[i] = "debris"  # a wiki's hatnote
    _nav_twice(kinds, texts)
    _cards(kinds, texts, paths, elements)


_NAV_MAX = 60  # characters of a navigation line printed above and below the article (:func:`_nav_twice`)


def _nav_twice(kinds: list[str], texts: Sequence[str]) -> None:
    """A short paragraph above the article's first prose whose text the page prints again below its last prose, as
    debris there: the page's navigation, printed over and under the article (a mail archive's ``Previous message:
    [江城读书会] 十月活动照片``, a plain list item over the message, dev15 w15-009; dev16 k16-000's gold the same, its
    copies links): debris too. (An office's name in a metadata table above the article and again in its sign-off
    below, ``江北区人民政府办公室``, dev14 w14-004, is content printed the other way round: the copy above is the debris one.)"""
    first = _first_prose(kinds, texts)
    above = [i for i in range(first) if kinds[i] == "paragraph" and len(texts[i]) <= _NAV_MAX]
    if not above:
        return
    last = next((i for i in range(len(kinds) - 1, first, -1) if is_prose(kinds[i], texts[i])), None)
    if last is None:
        return
    below = {texts[j] for j in range(last + 1, len(kinds)) if kinds[j] == "debris"}  # (one markup, one text)
    for i in above:
        if texts[i] in below:
            kinds[i] = "debris"


def _sibling_key(e: int, path: tuple[int, ...], elements: Elements) -> tuple[int, str, str] | None:
    """Element ``e`` (on ``path``, a unit's elements from the root down) as one of a run of siblings: its parent, tag
    and classes (``None`` for the root). Boxes that share the key are cards of one list or replies of one thread."""
    k = path.index(e)
    if k == 0:
        return None
    tag, attrs = elements[e]
    return path[k - 1], tag, class_value(attrs).strip()


def _cards(kinds: list[str], texts: Sequence[str], paths: Sequence[tuple[int, ...]], elements: Elements) -> None:
    """Sibling boxes of one tag and class, each of short unpunctuated units with furniture among them; and
    replies (:func:`_replies`)."""
    # (a set: one look-up per element of a path; the elements, and each path's candidates, picked in C)
    candidates = set(itertools.compress(elements, map(_BOX_TAGS.__contains__, map(_TAG, elements.values()))))
    members: dict[int, list[int]] = {}  # element -> its units (dl / li / div / section elements only)
    for i, path in enumerate(paths):
        for e in filter(candidates.__contains__, path):
            members.setdefault(e, []).append(i)
    _replies(kinds, texts, paths, elements, members)
    cards: dict[tuple[int, str, str], list[int]] = {}  # (parent, tag, class) -> card elements
    for e, units in members.items():
        if len(units) < 2 or not any(kinds[i] == "debris" for i in units) or all(kinds[i] == "debris" for i in units) \
                or any(kinds[i] not in _CARD_KINDS for i in units):
            continue  # (a credit line's spans, "发布者：企划部" / "阅读：186次", are no card)
        if any(len(texts[i]) > _CARD_TEXT or rules.SENTENCE_END_RE.search(texts[i]) for i in units):
            continue
        if (key := _sibling_key(e, paths[units[0]], elements)) is not None:
            cards.setdefault(key, []).append(e)
    first = last = -1  # the first and last prose units
    for (_, _, _), boxes in cards.items():
        if len(boxes) < 2:
            if first < 0:
                prose = [i for i, (k, t) in enumerate(zip(kinds, texts, strict=True)) if is_prose(k, t)] or [len(kinds)]
                first, last = prose[0], prose[-1]
            inside = members[boxes[0]]
            if first < inside[0] and inside[-1] < last and inside[-1] - inside[0] + 1 == len(inside):
                for i in inside:
                    kinds[i] = "debris"  # one box set inside the article: an agent's card, "推荐菜" over its dishes
            continue
        inside = sorted({i for e in boxes for i in members[e]})
        if inside[-1] - inside[0] + 1 != len(inside):
            continue  # the boxes stand together, nothing of the article between them
        for i in inside:
            kinds[i] = "debris"
        j = inside[0] - 1
        while j >= 0 and kinds[j] == "debris":
            j -= 1
        if j < 0 or kinds[j] != "heading":
            continue
        after = inside[-1] + 1
        while after < len(kinds) and kinds[after] == "debris":
            after += 1
        if after == len(kinds) or kinds[after] == "heading":
            kinds[j] = "debris"  # "专家介绍" over the cards alone


# a poster's line is no byline or meta line of the line rules: a story's dated byline (``记者 王立　2023-05-01 10:01``)
# heads a story of the page, not a reply
_POSTER_KINDS = frozenset(("paragraph", "debris"))
_STAMP_TEXT = 60  # characters: the longest poster's line (a name, a date and its time, a floor, a rating)


def _stamp(text: str) -> bool:
    """A poster's line: a date with its time and something more, a name or a floor, on a short line
    (``木子　2023-06-13 10:02``, ``m*****8 ★★★★★ 2024-04-20 10:30 | 規格：薰衣草``, ``2楼 2023-04-08 22:02 回复(2)``);
    no label before the date (``时间：2023-05-10 14:30 开幕式``, a programme's field)."""
    if len(text) > _STAMP_TEXT or ":" not in text:
        return False
    m = rules.DATE.search(text)
    return m is not None and ":" in m.group() and len(text) - len(m.group()) >= 2 \
        and "：" not in text[:m.start()] and ":" not in text[:m.start()]  # (a label's date, "时间：…", is a field)


def _replies(kinds: list[str], texts: Sequence[str], paths: Sequence[tuple[int, ...]], elements: Elements,
             members: dict[int, list[int]]) -> None:
    """Replies: two or more sibling boxes of one tag and class, each holding a poster's line (:func:`_stamp`) and
    more, are the answers, reviews or replies under the article: debris, and the heading over them when nothing but
    them stands below it before the next heading (``其他2条回答``, ``商品評價``); a box whose dated line is a byline
    (``记者 王立　2023-05-01 10:01``) holds a story, no reply, and boxes with the article's prose below them are the
    article's own list. When the page's first prose is in the first box, that box is the opening post of a thread
    (the article) and the rest are its replies; the boxes must hold less prose than the rest of the page (a page of
    several stories, each under its dated byline, stays)."""
    stamps = [i for i, text in enumerate(texts) if ":" in text and kinds[i] in _POSTER_KINDS and _stamp(text)]
    if not stamps:
        return  # (most pages: one look for ":" per unit, in C)
    groups: dict[tuple[int, str, str], list[int]] = {}  # (parent, tag, class) -> boxes holding a poster's line
    for e in dict.fromkeys(e for i in stamps for e in paths[i] if e in members):  # (the boxes around them, in order)
        units = members[e]
        if len(units) < 2:
            continue
        if (key := _sibling_key(e, paths[units[0]], elements)) is not None:
            groups.setdefault(key, []).append(e)
    groups = {key: boxes for key, boxes in groups.items() if len(boxes) >= 2}
    if not groups:
        return
    prose = [i for i, (k, t) in enumerate(zip(kinds, texts, strict=True)) if is_prose(k, t)]
    if not prose:
        return
    for boxes in groups.values():
        boxes.sort(key=lambda e: members[e][0])
        if members[boxes[0]][0] <= prose[0] <= members[boxes[0]][-1]:
            _post_tail(kinds, texts, members[boxes[0]])
            boxes = boxes[1:]  # the opening post: the thread's article
        if not boxes or any(kinds[i] == "title" for e in boxes for i in members[e]):
            continue
        inside = {i for e in boxes for i in members[e]}
        within = sum(len(texts[i]) for i in prose if i in inside)
        if within * 2 >= sum(len(texts[i]) for i in prose):
            continue  # the boxes hold the page's prose: stories, not replies
        start = members[boxes[0]][0]
        if any(i > start and i not in inside for i in prose):
            continue  # the article goes on below them: a list of the article's own (a programme's sessions)
        for i in inside:
            kinds[i] = "debris"
        first, last = min(inside), max(inside)
        j = first - 1
        while j >= 0 and kinds[j] == "debris":
            j -= 1
        after = last + 1
        while after < len(kinds) and kinds[after] == "debris":
            after += 1
        if j >= 0 and kinds[j] == "heading" and (after == len(kinds) or kinds[after] == "heading"):
            kinds[j] = "debris"  # "其他2条回答" over the answers alone


def _post_tail(kinds: list[str], texts: Sequence[str], units: list[int]) -> None:
    """The opening post's tail: from a poster's line (no byline) below its last prose to the end of its box (the
    floor and the date, ``来自Android客户端 1楼 2023-04-08 21:16``, and the poster's signature under it): debris."""
    last = max((i for i in units if is_prose(kinds[i], texts[i])), default=None)
    if last is None:
        return
    tail = [i for i in units if i > last]
    stamp = next((n for n, i in enumerate(tail) if kinds[i] in _POSTER_KINDS and _stamp(texts[i])), None)
    if stamp is not None:
        for i in tail[stamp:]:
            kinds[i] = "debris"
