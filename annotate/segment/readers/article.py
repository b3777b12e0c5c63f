"""Position around the article for the PDF reader: what a web page printed without a print stylesheet
carries around its story (a browser's print of a blog, a forum thread, a news page) becomes debris.
Only for a PDF a web browser printed (:func:`printed_page`, by the file's creator and producer).

The HTML reader knows the page's elements (``readers/html.py``, its ``_frame``); a printed page has
only the order of its units, so this pass works on the units in reading order with the same tests
(one copy, here: :func:`is_prose`, :func:`short_label`, which the HTML reader imports):

- *prose* is a paragraph of 40+ characters with a sentence end; nothing changes on a document without it;
- a short paragraph that opens with a section mark, ``一、`` / ``（二）``, without sentence or clause
  punctuation, is a heading (``一、有关说明``: the page set it in bold, which the print does not keep), and
  so is a short one wholly in ``【】`` between two paragraphs of the story (``【相关影响】``);
- without a title (a site's logo in larger type took its size), the first heading before the prose is the title;
- before the title, when the title comes before the prose: paragraphs (a nav column, a site's name)
  are debris; bylines, meta lines and headings stay;
- between the title and the first prose, and right under a later story's byline: short paragraphs
  without a sentence end and without a ``label：value`` pair (counters ``阅读(399) 评论(18)``, nav
  items) are debris; a dispatch line in brackets (``【本報訊】``, ``【新华社电】``) is ``meta``;
- after the last prose: a heading not directly over a sentence-ended paragraph, a references heading
  (``参考资料``), a short paragraph as above (``回复 支持 反对 举报``; one directly above a lone date is
  the signing office, ``meta``; a short note wholly in round brackets, ``（此件公开发布）``, is ``meta``), a label alone where a byline would be (``作者簡介``, no name or date)
  or a line the line rules call debris (``【打印本页】【关闭窗口】``, ``相關新聞``) ends the article:
  they and every paragraph and heading below that is not prose are debris (comments, an author box,
  related lists, a site footer), and so are bylines and meta lines below the first of those (a reply's
  poster and date; an editor line right under a tool bar stays);
- a short paragraph of hanzi only (2–8) right between two prose paragraphs is a section head whose bold the
  print lost (``再談細節``), and where there is one, so is one of that shape right above the first prose (``先說結論``);
- a heading that ends with a wiki's edit link (``特点[编辑]``) is the heading and a debris unit ``[编辑]``;
- a credit line with site furniture on it (``作者：劉家豪｜2020-10-20　閱讀時間約7分鐘``: :func:`inline.furniture_spans`,
  the text route's rule, as the HTML reader cuts it) is cut in parts: the furniture ``debris``, the rest
  its line kind, else a ``byline``;
- an end mark over a date stamp, as a press release ends (``完`` / ``2023年3月21日（星期三）`` /
  ``香港時間19時23分``, the text route's ``webdump`` patterns): the mark is debris, the date and the
  time one ``meta`` unit.

Debris set by the page's geometry (tables, footnotes, captions) is left as it is and ends nothing.
"""

from __future__ import annotations

import re

from .. import inline, rules
from ..entries import mark_entry_units
from ..webdump import END_MARK, STAMP_TIME
from .common import Char, standalone_kind

__all__ = ["CREDIT_HINT", "DISPATCH", "LABELLED", "PROSE_END", "bare_credit", "frame", "is_prose", "note", "printed_page",
           "short_label", "NUMBERED_ITEM"]

# a news agency's dispatch line in brackets: 【本報訊】, 【本报讯】, 【新华社电】, 〔中央社電〕
DISPATCH = re.compile(r"[【〔\[][^【】〔〕\[\]]{1,8}[讯訊电電][】〕\]]")
# a short note wholly in round brackets under a notice: （此件公开发布）, （此件主动公开）
NOTE = re.compile(r"[（(][^（()）]{2,10}[）)]")
_BRACKETED_HEAD = re.compile(r"【[^【】]{2,12}】")
_CLAUSE = re.compile(r"[。，；：！？,;:!?]")
# a label alone where a byline would be: no name after it, no date (``作者簡介``, ``关于作者``)
_BARE_LABEL = re.compile(r"[^\d：:／/|｜\s]{2,6}")
# not the "!" of "Discuz! X3.4" (the native readers keep its space, normalize.space_between); one class first (the
# engine then skips to candidates in C), the ASCII marks' condition after it: the matches of
# "[。！？；]|[!?;](?!\s*[A-Za-z0-9])"
PROSE_END = re.compile(r"[。！？；!?;](?:(?<=[。！？；])|(?!\s*[A-Za-z0-9]))")
# an English sentence's end: a word of two or more small letters, a full stop, then a capital or the end
# (not "example.com", "v1.2"; the PDF reader squeezes spaces out: "weekend.The")
_LATIN_END = re.compile(r"[a-z]{2}\.(?:\s*[A-Z]|\s*$)")
# a "label：value" / "label／value" / "【label】value" pair (not "22:10")
LABELLED = re.compile(r"[^：:／/【】]{0,7}[^\d\s：:／/【】][：:／/]\s*[^\s】]|【[^】]{1,8}】\s*\S")
# a word one of which a credit line with furniture to cut holds (:data:`inline.HINTS`, :data:`inline.BADGE_WORDS`)
CREDIT_HINT = re.compile("|".join(re.escape(word) for word in (*(w for w, _ in inline.HINTS), *inline.BADGE_WORDS)))

Block = tuple[str, list[Char]]


def is_prose(kind: str, text: str) -> bool:
    """A paragraph of 40 or more characters with a sentence end: the story's prose (both readers); in
    a Latin script, a word and a full stop before a capital or the end (an English summary under a
    Chinese release: ``…every weekend. The full text…``)."""
    return kind == "paragraph" and len(text) >= 40 and (
        PROSE_END.search(text) is not None or (text[-1] == "." and _LATIN_END.search(text) is not None))


# an item of a numbered list ending in a clause's or a sentence's end ("1.加强组织领导；", "（二）落实资金保障。")
NUMBERED_ITEM = re.compile(rf"(?:\d{{1,2}}[.．、]|{rules.ITEM_MARK.pattern})\s*\S.{{0,58}}[；;。]")


def short_label(kind: str, text: str) -> bool:
    """A short paragraph without a sentence end: a label, a site name, a counter, a tool line, a listing's price
    or spec (a slash right after a figure and its unit is no pair: ``58651元/平米``, ``3室1厅 中楼层/共18层``); not a
    line holding a ``label：value`` / ``label／value`` / ``【label】value`` pair (``2023年6月1日 作者：小明``;
    a tool line wholly in brackets, ``【字体：大中小】``, is no pair) or a document number (``某政办发〔2023〕48号``, ``rules.DOC_NUMBER``):
    those attribute or file the article (bylines and meta lines the line rules may not know)."""
    if kind != "paragraph" or len(text) > 60 or rules.DOC_NUMBER.search(text):
        return False
    if rules.SENTENCE_END_RE.search(text.rstrip("…⋯") if len(text) <= _PLACEHOLDER_MAX else text):
        return False  # (an ellipsis alone ending a few words is no sentence: a player's "弹幕加载中…", "展开全文…")
    if text[-1] in "：:" and (any(ch in "，、," for ch in text) or rules.ADDRESSEE.fullmatch(text.replace(" ", ""))):
        return False  # a notice's addressees over its text: "各区县（市）人民政府，市政府各部门、各直属单位：", "各位会员："
    if text.startswith("——"):
        return False  # a headline's subtitle (副题) under it: "——记者探访拿破仑三世背后的故事"
    if NUMBERED_ITEM.fullmatch(text):
        return False  # an item of the article's own numbered list: "1.加强组织领导；" (dev14)
    text = inline.TRAILING_COUNTER.sub("", text) or text  # "友善列印 回上一頁 瀏覽人次：586": a counter is no pair
    if "$" in text or "¥" in text or "￥" in text:
        if PRICE.search(text):
            return True  # a price tag is a label of the shop, no pair that files the article: "優惠價：79折 NT$ 395"
    if ("/" in text or "／" in text) and _MEASURE.search(text):
        text = _MEASURE.sub(_unslashed, text)  # "58651元/平米", "2008年建/板楼": a measure or a spec, no pair
    return not (LABELLED.search(text) and not (text[0] == "【" and text[-1] == "】"))


_PLACEHOLDER_MAX = 12  # characters of a short label ending in an ellipsis: a loading placeholder (short_label)


# a slash within four characters after a figure: a measure or a listing's spec ("元/平米", "中楼层/共18层"),
# not the slash of a "label／value" pair ("文／張三")
_MEASURE = re.compile(r"\d[^\d\s：:／/【】]{1,4}[／/]")


def _unslashed(m: re.Match[str]) -> str:
    return m.group()[:-1] + "·"


# an amount after a currency sign ("NT$ 395", "¥59.00", "HK$120"): a shop's price tag (short_label)
PRICE = re.compile(r"[$¥￥]\s*\d[\d,]*(?:\.\d+)?")


def printed_page(metadata: dict[str, str]) -> bool:
    """Did a web browser print this PDF? Chromium (Chrome, Edge) writes its user agent as the creator
    (``Mozilla/5.0 (X11; Linux x86_64) …``) and ``Skia/PDF`` as the producer; Firefox names itself
    (``Mozilla Firefox …``). Only then are the units
    around the article judged as a web page's furniture: a typeset report, paper or judgment has short
    lines without a sentence end (``原告程宏達``, ``参考文献``) that are its content."""
    return metadata.get("Creator", "").startswith("Mozilla") or metadata.get("Producer", "").startswith("Skia/PDF")


def frame(blocks: list[Block]) -> list[Block]:
    """The PDF reader's blocks in reading order, with furniture around the article made debris (see the
    module docstring); a paragraph's kind is settled here by the line rules, as the document builder would."""
    kinds, texts, pieces, geometric = [], [], [], []
    for cls, chars in blocks:
        for kind, part in _cut(cls, chars):
            raw = "".join(ch for ch, _ in part)
            if raw.isspace() or not raw:
                continue
            pieces.append((kind, part))
            geometric.append(cls == "debris")
            kinds.append(kind)
            texts.append("".join(raw.split()))
    blocks = pieces
    mark_entry_units(kinds, texts)  # a live page's "09:23" / "主持人" over each entry
    prose = [i for i, (k, t) in enumerate(zip(kinds, texts, strict=True)) if is_prose(k, t)]
    while len(prose) > 1 and kinds[prose[0]] == "paragraph" and len(texts[prose[0]]) <= 120 \
            and rules.DISCLAIMER.search(texts[prose[0]]):
        kinds[prose.pop(0)] = "debris"  # a blog's licence statement over the post: "版权声明：本文为博主原创文章，…"
    if not prose:
        return blocks
    if "title" not in kinds:  # (a site's logo in larger type took the title's size): the first heading over the prose
        first_head = next((i for i in range(prose[0]) if kinds[i] == "heading"), None)
        if first_head is not None:
            kinds[first_head] = "title"
    for i, (kind, text) in enumerate(zip(kinds, texts, strict=True)):
        if kind == "paragraph" and len(text) <= 20 and rules.ITEM_MARK.match(text) and not _CLAUSE.search(text):
            kinds[i] = "heading"  # "一、有关说明" alone on its line (set in bold: the print keeps no weight)
        elif kind == "paragraph" and prose[0] < i < prose[-1] and _BRACKETED_HEAD.fullmatch(text) \
                and not DISPATCH.fullmatch(text) and not _CLAUSE.search(text):
            kinds[i] = "heading"  # "【相关影响】" between two paragraphs of the story
    _section_heads(kinds, texts, prose)
    merged = press_release_end(kinds, texts)
    kept = set(merged)  # (the press release's end stamp: no furniture)
    title = kinds.index("title") if "title" in kinds else None
    if title is not None and title < prose[0]:
        for i in range(title):  # a nav column, a site's name read before the title
            if kinds[i] == "paragraph":
                kinds[i] = "debris"
    first = title + 1 if title is not None and title < prose[0] else prose[0]
    for i in range(first, prose[0]):
        if kinds[i] == "paragraph" and _under_title(kinds, pieces, i, first):
            continue
        _label_or_dispatch(kinds, texts, i)
    for b in range(prose[0], prose[-1]):  # a later story's byline: counters under it
        if kinds[b] == "byline":
            j = b + 1
            while j < prose[-1] and kinds[j] == "paragraph" and not is_prose(kinds[j], texts[j]) \
                    and _label_or_dispatch(kinds, texts, j):
                j += 1
    closed = swallowed = False  # (swallowed: a paragraph or heading made debris since the article ended)
    for i in range(prose[-1] + 1, len(kinds)):
        if i in kept or geometric[i]:
            continue
        kind, text = kinds[i], texts[i]
        if is_prose(kind, text):
            continue
        if kind == "debris" or closed and (kind in ("paragraph", "heading") or swallowed):
            # (a byline or meta line right after the end stays, "【责任编辑：X】" under a tool bar;
            # one among the comments below, a reply's "发表于 …", does not)
            swallowed = swallowed or kind in ("paragraph", "heading")
            kinds[i], closed = "debris", True
        elif kind == "heading":
            nxt = i + 1
            if rules.REFERENCE_HEAD.fullmatch(text) or nxt == len(kinds) or not (
                    kinds[nxt] == "paragraph" and rules.SENTENCE_END_RE.search(texts[nxt])):
                kinds[i], closed = "debris", True
        elif kind == "paragraph" and note(text):
            kinds[i] = "meta"  # the notice's "（此件公开发布）"
        elif short_label(kind, text) and not DISPATCH.fullmatch(text):
            if i + 1 < len(kinds) and kinds[i + 1] == "meta" and inline.DATE_ALONE.fullmatch(texts[i + 1]):
                kinds[i] = "meta"  # the signing office above the date
            else:
                kinds[i], closed = "debris", True
        elif kind == "byline" and bare_credit(text):
            kinds[i], closed = "debris", True
    out: list[Block] = []
    for i, (kind, (_, chars)) in enumerate(zip(kinds, blocks, strict=True)):
        if kind == "":
            continue
        if merged.get(i):
            chars = chars + blocks[merged[i]][1]
        out.append((kind, chars))
    return out


def _cut(cls: str, chars: list[Char]) -> list[Block]:
    """The block with its paragraph's kind settled by the line rules; a credit line with site furniture
    on it (a reading-time estimate, a view counter: :func:`inline.furniture_spans`, the text route's one
    rule, as the HTML reader cuts it) in parts, the furniture ``debris``, the rest its line kind, else a byline."""
    if cls != "byline":  # "特点[编辑]": the wiki's edit link after a heading is debris
        raw = "".join(ch for ch, _ in chars).rstrip()
        m = rules.EDIT_TOOL.search(raw, max(0, len(raw) - 16))
        head = "".join(raw[:m.start()].split()) if m and m.end() == len(raw) else ""
        if head and (cls in ("title", "heading") or len(head) <= 20 and not _CLAUSE.search(head)):
            # (else the link's small type took the line's size, "特点 [编辑]" in 20 and 12 points: small
            # print, or a caption's under the contents box above it)
            return [(cls if cls in ("title", "heading") else "heading", chars[:m.start()]), ("debris", chars[m.start():])]
    if cls != "paragraph":
        return [(cls, chars)]
    raw = "".join(ch for ch, _ in chars)
    spans = inline.furniture_spans(raw) if len(raw) <= 360 and CREDIT_HINT.search(raw) else []
    if not spans:
        return [(standalone_kind(" ".join(raw.split())) or "paragraph", chars)]
    out: list[Block] = []
    at = 0
    for start, end in [*spans, (len(raw), len(raw))]:
        words = " ".join(raw[at:start].split())
        if words:
            out.append((standalone_kind(words) or "byline", chars[at:start]))
        if end > start:
            out.append(("debris", chars[start:end]))
        at = end
    return out


def note(text: str) -> bool:
    """A short note wholly in round brackets under a notice (``（此件公开发布）``), not an end mark (``（完）``)."""
    return NOTE.fullmatch(text) is not None and not END_MARK.fullmatch(text)


def bare_credit(text: str) -> bool:
    """A credit label with no name or date after it, which the line rules call a byline: an author box's
    heading (``作者簡介``, ``关于作者``)."""
    return len(text) <= 6 and _BARE_LABEL.fullmatch(text) is not None and standalone_kind(text) == "byline"


_LATIN_TITLE = re.compile(r"[A-Z][A-Za-z'’-]*(?:[ :,-]+[A-Za-z'’-]+){2,19}")


def latin_title(raw: str) -> bool:
    """Is ``raw`` (word gaps kept) a title's English rendering: three to twenty Latin words, no sentence end, as a
    journal article prints under its title (:func:`_under_title`) and a course page or a university's release sets
    under its headline (the HTML reader's ``_frame``)?"""
    return len(raw) <= 160 and _LATIN_TITLE.fullmatch(raw) is not None


def _under_title(kinds: list[str], pieces: list[Block], i: int, first: int) -> bool:
    """Unit ``i``, a paragraph between the title and the prose, is a journal article's English title
    (right under the title: three to twenty Latin words, no sentence end; ``meta``) or its author line
    (names of 2–3 hanzi set apart by spaces, each opening with a common surname, as the text route's
    rule has it; ``byline``): its kind is set and True returned; else nothing changes."""
    raw = " ".join("".join(ch for ch, _ in pieces[i][1]).split())
    if i == first and latin_title(raw):
        kinds[i] = "meta"
        return True
    if rules.AUTHOR_NAMES.fullmatch(raw) and all(name[0] in rules.SURNAMES for name in raw.split()):
        kinds[i] = "byline"
        return True
    return False


_HEAD_WORDS = re.compile(r"[\u4e00-\u9fff]{2,8}")  # a section head the print lost the bold of: hanzi only


def _section_heads(kinds: list[str], texts: list[str], prose: list[int]) -> None:
    """Section heads the print kept no bold for ("先說結論" / prose / "再談細節" / prose): a short paragraph
    of hanzi only (2–8, no digit, no punctuation) right between two prose paragraphs is a heading; then
    one of that shape right above the first prose is the first head (else it stays a label)."""
    inner = [i for i in range(prose[0] + 1, prose[-1]) if kinds[i] == "paragraph" and is_prose("paragraph", texts[i - 1])
             and is_prose("paragraph", texts[i + 1]) and _HEAD_WORDS.fullmatch(texts[i])]
    if not inner:
        return
    for i in inner:
        kinds[i] = "heading"
    first = prose[0] - 1
    if first >= 0 and kinds[first] == "paragraph" and _HEAD_WORDS.fullmatch(texts[first]):
        kinds[first] = "heading"


def _label_or_dispatch(kinds: list[str], texts: list[str], i: int) -> bool:
    """Make unit ``i`` debris when it is a short label, ``meta`` when it is a dispatch line in brackets;
    True when it was either."""
    if kinds[i] == "paragraph" and DISPATCH.fullmatch(texts[i]):
        kinds[i] = "meta"
        return True
    if short_label(kinds[i], texts[i]):
        kinds[i] = "debris"
        return True
    return False


def press_release_end(kinds: list[str], texts: list[str]) -> dict[int, int]:
    """An end mark over a date stamp: the mark debris, the stamp meta, a time line under a date alone
    joined to it (its kind set to ""). Returns {date unit: time unit joined to it} and, for every unit
    it settled, an entry (value 0 when nothing was joined)."""
    settled: dict[int, int] = {}
    for i in range(len(kinds) - 1):
        if len(texts[i]) > 5 or kinds[i] not in ("paragraph", "debris") or not END_MARK.fullmatch(texts[i]):
            continue
        stamp = inline.DATE_ALONE.match(texts[i + 1])
        if kinds[i + 1] not in ("paragraph", "meta") or not stamp or len(texts[i + 1]) > 40:
            continue
        rest = texts[i + 1][stamp.end():]
        if rest and not STAMP_TIME.fullmatch(rest):
            continue
        kinds[i], kinds[i + 1] = "debris", "meta"
        settled[i] = settled[i + 1] = 0
        if not rest and i + 2 < len(kinds) and kinds[i + 2] == "paragraph" and STAMP_TIME.fullmatch(texts[i + 2]):
            kinds[i + 2] = ""
            settled[i + 1] = i + 2
            settled[i + 2] = 0
    return settled
