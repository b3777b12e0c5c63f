"""HTML pages: a walk over the markup that keeps block structure and every character's source offset.

Why not lxml or selectolax: their trees do not say where a text node sits in the source, and the
provenance of a unit is its offsets into the decoded HTML. So the page is cut into tags and text
with one regular expression (C speed), a stack of open elements says where each piece of text is,
and text is collected per block:

- blocks end at block-level tags (``p``, ``div``, ``h1``–``h6``, ``li``, ``td``, ``section``, ...), at
  two ``<br>`` in a row, at one ``<br>`` followed by an indent of U+3000 or no-break spaces, and at
  one ``<br>`` before or after a list item written with a bullet glyph (``◎ 第一项<br>◎ 第二项``), at one
  ``<br>`` before a line opening with an item number or a note mark in a block that opens with one (``1.…；<br>2.…``,
  ``①暮色：…<br>②渔火：…``), at one ``<br>`` before a date alone under a short line (``江北区人民政府办公室<br>2023年5月15日``), at
  one ``<br>`` after a short line wholly in bold (``<b>各方評價</b><br>正文…``: a heading), and at one ``<br>`` after
  a sentence end (``…还谎报库存量。<br>由于…``: paragraphs set apart by line breaks), at one ``<br>`` after a short
  line without a sentence end (``【產品特色】<br>✔…``, ``…給正在猶豫的人參考<br>1. …``: a heading, a lead-in, an item;
  not a date over its time) or after a verse's line over one as long, or between two lines that open
  with a label and its colon (``拍摄：苏建建　剪辑：罗霞<br>BGM：《清晨的街》``: field lines);
  otherwise a single ``<br>`` is a line break inside the block;
- a ``<pre>`` that holds prose with a blank line in it (a mail archive's message body) is a plain-text dump: it is cut
  where the text route cuts the same text (:func:`_pre_pieces`), not read as one block;
- ``h1`` is the title (the first one; later ones are headings; one without text, a logo's image, heads nothing),
  ``h2``–``h6`` are headings, and so is
  a short block set wholly in ``<strong>``/``<b>``/``<u>`` (or a ``<span>`` whose class names a heading,
  ``subtitle``) with no sentence end, and a short line alone in a ``<div>``/``<p>``/``<section>`` whose class names a
  title (``admonition-title``, ``abstract-title``: :func:`_titled`) over its own box's prose (:func:`_titled_box`); a subtitle right under the title in its block
  (``<p class="subtitle">``, ``post-description``, ``slogan``: :func:`_subtitle`) is one too; without an ``h1`` the title
  is the first heading before the prose that the page's ``<title>`` contains, else the first
  heading before any paragraph;
- ``head``, ``script``, ``style``, ``noscript``, ``template``, ``svg``, ``iframe``, form controls and
  comments are **dropped** (they are not page text);
- site furniture is **kept as ``debris``**: blocks inside ``nav``, ``aside``, ``form``, ``figcaption``, a custom element whose name
  names furniture (``<amp-ad>``) or an element
  whose class or id names navigation, breadcrumbs, share bars, tool bars, related or recommended
  lists, comments, ads, copyright, logos or cookie banners; hidden blocks (``display:none`` in their style, the
  ``hidden`` attribute, a class or id the page's ``<style>`` hides: ``.hide{display:none}``) and blocks floating
  over the page (``position:fixed`` or ``sticky`` in their style: app banners, cookie and cart bars); a program listing in ``<pre>`` (a sign of code, ``<code>``, or ASCII alone); a record table of
  label and value cells (``出版发行项:`` / ``长沙出版社, 2019``), a table's caption beside a table of apparatus
  (``表1　2023年主要活动统计``) and a table of contents in one block; blocks in the page's frame (``header``/``footer`` elements and
  classes, unless inside ``article``/``main``, whose own header holds the title, or holding the page's headline in an
  ``h1``: a frame class's, or a visible ``<header>`` element's whose ``h1``, no link, is the page's ``<title>``, pandoc's title block,
  or the ``<title>``'s part before a separator with no other ``h1`` after it); on a page with a ``<pre>`` (a mail
  archive's message), a ``mailto:`` link whose text is an address alone right after a sender's name in bold or
  ``From: name`` (never in a ``<p>``, ``<li>``, ``<td>`` or ``<pre>``), the sender's address between the name and the
  date; blocks whose text is mostly
  link text (menus, related-article lists) and short lines without a sentence end a quarter of which is link text
  (``文章分類：日本旅遊``, a button beside a fee); a line of a label and a web address alone (``本文地址：https://…``: the page's own
  address); a short block next to an image (``点击查看大图``; not
  beside a poster's picture, ``alt="头像"``, or an icon, ``alt="采纳图标"``, nor a line in bold set apart from the picture: a heading);
- furniture on a credit line (a view counter, a tool bar, a place of posting, an outlet in brackets
  before a date) is cut out as ``debris`` units by the text route's rule, :func:`inline.furniture_spans`
  (``作者：X　来源：Y　发布时间：…`` + ``浏览次数：5464``); an end mark over a date stamp (``完`` /
  ``2023年7月11日（星期二）`` / ``香港時間6時45分``) is debris over meta;
- a heading ending in a wiki's edit link (``歷史[編輯]``) is the heading and a ``debris`` unit ``[編輯]``; an in-page
  link (``href="#…"``) whose text is a lone sign, no letter nor digit nor note mark (a heading's permalink ``¶`` / ``#``, a
  footnote's way back ``↩︎``), is no text of its block (dropped, as a hidden element is); a mail's date alone
  (``Tue May 14 09:12:33 CST 2024``, ``rules.MAIL_DATE``) is ``meta``, and the sign-off right over a signature's
  ``--`` (``思远``) too;
- position around the article decides the rest (:func:`_frame`, on every page): the *main container*
  is the deepest element (never a ``<p>`` itself) holding 80% of the prose characters (prose: a paragraph of 40+ characters
  with a sentence end), with its siblings of the same tag and class (an article split in parts).
  Debris: every block before the title (top bars, site names, cookie banners; not a labelled date
  directly above the title in its element, ``發布日期：…``, nor a date alone straight over the
  title, ``2023-03-06 15:33``: the document's date); between the title and the first prose a credit line of short parts
  set apart by middle dots (``·•・``), a date among them and the parts without a digit short names, no sentence end, is
  the byline (``李青 · 2024年3月2日``); between the title
  and the first prose, short paragraphs without a sentence end that hold no ``label：value`` pair
  or document number (label cells, counters, ``【字体：大中小】``) and lone dates (not one under the title or
  under a byline, nor one over the byline: the article's date); after the last
  prose, headings not directly over a sentence-ended paragraph of the container and such short
  paragraphs (and, under the editor's sign-off ``（编辑：魏立勇）``, every heading, which ends the article) (``相关新闻``, ``訂閱電子報``; list items stay), and, beyond the main container,
  everything but bylines, meta lines and prose beside it (replies with their dates, comments, footers); once such a
  heading or label has ended the article, short paragraphs below it are debris too (``网友评论`` /
  ``写得很好，学习了。``), and the site's disclaimer (``rules.DISCLAIMER``: ``平台声明：…``). After the
  last prose a short line above a lone date or set flush right (``align="right"``) is the signing office (``meta``), a short note wholly in
  round brackets (``（此件公开发布）``) is ``meta`` and an author box's heading (``作者簡介``) ends the
  article; a dispatch line in brackets under the title (``【本報訊】``) is ``meta``, a notice's addressee
  line ending with a colon stays a paragraph (and so does any short line ending with a colon right over the first
  prose, ``广大乘客：``), and short labels right under a later story's byline
  (``阅读(4096) 评论(28)``) are debris (the tests shared with the PDF reader: :mod:`.article`);
- a byline in brackets that a paragraph starts with (``〔記者X／高雄報導〕馬祖…``) stays in the paragraph; a short
  line alone in an element whose class or id names the credit (``<div class="author">``, ``<p class="credit">``,
  ``<p class="source">``) is a byline, where a page has one or two (more are the posters of replies);
- everything else is a paragraph, or a byline / meta / debris line when the text route's line
  rules say so (``来源：新华网 2023-06-01 记者 王某``, ``责任编辑：李某``, ``【打印】【关闭】``).

Text is tidied like the text route (whitespace dropped except between ASCII letters/digits;
entities decoded) and each unit's ``offsets`` map every character to the decoded HTML source:
``[text_start, source_start, length]`` runs where ``text[t] == source[s]``, except a character
that came from an entity (``&amp;``), whose run has length 1 and starts at the ``&``, and a space
kept between ASCII words for a line break, which maps to the whitespace or the ``<br>`` it stands for.
"""

from __future__ import annotations

import collections
import functools
import html as htmllib
import itertools
import operator
import re
from collections.abc import Callable, Iterator

from annotate.errors import InputError

from .. import inline, office, rules
from ..classify import doc_meta, field_table, stray_date
from ..core import Document, make_units, segment_text
from ..decode import decode_bytes
from ..entries import mark_entry_units
from ..join import HEADING_MAX, heading_like
from ..lines import contents_run, has_leader
from ..normalize import FIELD_GAP, space_between
from ..printed import URL_LINE
from ..webdump import MAIL_SENDER, mail_date, stamps_after_prose
from . import article, sitefurn
from .article import CREDIT_HINT as _HINT
from .article import LABELLED as _LABELLED
from .article import is_prose as _is_prose
from .article import short_label as _short_label
from .common import _CLOSE_SLOT, _OPEN_SLOT, CELL_MAX, run_in_byline, small_table, standalone_kind
from .sitefurn import class_value as _class_of

__all__ = ["read_html", "decode_html"]

# a page is cut by ``_TOKEN.split`` (C speed, no match objects): text, then per token the token itself (group 1),
# a dropped element's name (2), the slash of an end tag (3), the tag's name (4) and its attributes (5); groups 3-5
# are None for a comment, a doctype or a dropped element with its content (script, style, head, ...)
# (no IGNORECASE: each letter is written as the set of characters that IGNORECASE matches it with, :func:`_caseless`,
# so that the alternatives open with a set the engine tests before it enters one; a case-blind letter is tried only
# after lowercasing the character, and an alternative that opens with one is entered to be tried. The end tag's
# backreference is read case-blind where it stands)
_FOLDS = {"i": "iI\u0130\u0131", "k": "kK\u212a", "s": "sS\u017f"}  # (a letter's other matches under IGNORECASE)


def _fold(letter: str) -> str:
    """The characters a small ASCII letter matches under IGNORECASE."""
    return _FOLDS.get(letter, letter + letter.upper())


def _caseless(word: str) -> str:
    """``word`` (small ASCII letters) as a pattern that matches what the word matches under IGNORECASE."""
    return "".join(f"[{_fold(ch)}]" for ch in word)


_DROPPED = ("script", "style", "noscript", "template", "svg", "head", "title", "textarea", "select", "button", "iframe",
            "object", "math")


def _by_first_letter(words: tuple[str, ...]) -> str:
    """``"|".join(map(_caseless, words))`` with the words of one first letter under that letter, once
    (``s(?:cript|tyle|vg|elect)|t(?:emplate|itle|extarea)|...``): the engine tests a tag's first letter against
    each group, not each word (no word opens another, so the same words match; test_segment_spdh19b.py)."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(_caseless(first) + (_caseless(rest[0]) if len(rest) == 1 else "(?:" + "|".join(map(_caseless, rest)) + ")")
                    for first, rest in groups.items())

_TOKEN = re.compile(
    # (the tags first, comments, CDATA, doctypes and processing instructions last: these open with "!" or "?",
    # no tag with either, so the order changes no match, and a tag, most tokens, is no longer tried against
    # the four of them first)
    # (the lookahead for the names' first letters turns most tags away in one test, where the engine
    # would try each name in turn; a dropped element's content is taken a run without "<" at a time,
    # up to its first end tag or the end, where a lazy ".*?" tried the end tag at every character)
    r"(<(?:(?=[" + "".join(sorted({_fold(name[0]) for name in _DROPPED})) + "])"
    r"(" + _by_first_letter(_DROPPED) + r")\b[^>]*>"
    r"[^<]*+(?:<(?!(?i:/\2)\s*>)[^<]*+)*+(?:(?i:</\2)\s*>|\Z)"
    # (possessive runs: the attributes can end only at the first ">" outside quotes, so giving
    # characters back never finds another match; it only cost time; a name's characters given back would
    # only open the attributes' run. Unrolled: a quoted value and the run after it are one turn of the loop)
    r"|(/?)([a-zA-Z" + "".join(_FOLDS.values()) + r"][\w:-]*+)([^>\"']*+(?:(?:\"[^\"]*\"|'[^']*')[^>\"']*+)*+)>"
    r"|!--.*?(?:-->|\Z)|!\[" + _caseless("cdata") + r"\[.*?(?:\]\]>|\Z)|![^>]*>|\?[^>]*>))",
    re.S,
)
_STRIDE = 6  # items of ``_TOKEN.split`` per token (the text before it, then its five groups)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")
_NONSPACE = re.compile(r"\S+")
_TEXT = operator.itemgetter(0)  # a segment's text
_TAG = operator.itemgetter(0)  # an element's tag name (``elements``' values: tag name, attributes)
# (``\b(?:class|id)\s*=…`` with IGNORECASE, written to open with a set of characters, the letters that match "c" or "i"
# in any case, so that a search skips to them in C where the word boundary was tried at every character; the
# lookbehind is the boundary before the word, the other two tell which word the letter opens)
_CLASS = re.compile("[cCiI\u0130\u0131](?<!\\w.)(?:(?<=[cC])(?i:lass)|(?<=[iI\u0130\u0131])(?i:d))"
                    r"""\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
# a class or id value names furniture when one of its words (cut at whitespace, "_" and "-"; a word may go on
# in digits: "nav2", "ad1box") is one of these, in any case
_FURNITURE_WORDS = frozenset(
    "nav navbar navigation menu menus topbar crumb crumbs breadcrumb breadcrumbs bread position location "
    "share sharing social bdshare related relate relative recommend recommends hot rank sidebar side aside "
    "tool tools toolbar fontsize print comment comments ad ads advert banner login copyright pager pagination more link links "
    "friendlink subscribe qrcode ewm logo cookie cookies consent gdpr toc newsletter tag tags".split()
)
# the page's frame: furniture outside an <article>/<main>, but an article's own header holds its title
_FRAME_WORDS = frozenset("header head footer foot ft top bottom".split())
# an inline element's class that names a heading: <span class="subtitle">
_HEADING_WORDS = frozenset(f"{sub}{word}" for sub in ("", "sub") for word in ("title", "heading", "headline", "head"))


def _name_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """The words of :func:`_class_words` as a search in the value itself (any script, Unicode case rules)."""
    return re.compile(r"(?:^|[\s_-])(?:" + "|".join(sorted(words)) + r")(?:[\s_-]|\d|$)", re.I)


_FURNITURE_NAME = _name_pattern(_FURNITURE_WORDS)
_FRAME_NAME = _name_pattern(_FRAME_WORDS)
_HEADING_NAME = _name_pattern(_HEADING_WORDS)
_SEPARATORS = str.maketrans("_-", "  ")


def _class_words(value: str) -> list[str] | None:
    """The words of an ASCII class or id value, lowercased, each cut at its first digit ("nav2" -> "nav"), for a
    set look-up that says what :func:`_name_pattern`'s search says (one split, where the search tried the ~60
    names at every character); None for a value with other characters (the search reads it: Unicode case rules)."""
    if not value.isascii():
        return None
    words = value.lower().translate(_SEPARATORS).split()
    for k, word in enumerate(words):
        if not word.isalpha():
            words[k] = word[:next((i for i, ch in enumerate(word) if ch.isdigit()), len(word))]
    return words


def _names(value: str, words: frozenset[str], pattern: re.Pattern[str]) -> bool:
    """Does a word of the class or id ``value`` name one of ``words`` (``pattern``: their :func:`_name_pattern`)?"""
    found = _class_words(value)
    return pattern.search(value) is not None if found is None else not words.isdisjoint(found)


@functools.lru_cache(maxsize=8192)
def _class_mark(attrs: str, article: bool) -> bool | str:
    """The furniture mark a start tag's class and id values give its element: True when one names furniture
    (``nav``, ``share``, ``related``, ...), else :data:`_FRAMED` when one names the page's frame (``header``,
    ``footer``; not inside an ``<article>``/``<main>``), else False. (A function of its arguments alone, kept
    across pages: a site's pages repeat their start tags' attributes, two in three of them in the corpus.)"""
    mark: bool | str = False
    for quoted, single, bare in _CLASS.findall(attrs):  # (the values' groups in C: no match objects)
        value = quoted or single or bare
        words = _class_words(value)
        if _FURNITURE_NAME.search(value) if words is None else not _FURNITURE_WORDS.isdisjoint(words):
            return True
        if not article and (_FRAME_NAME.search(value) if words is None else not _FRAME_WORDS.isdisjoint(words)):
            mark = _FRAMED  # (a furniture name in a later class or id still makes it furniture)
    return mark


# a hidden element: its own style hides it (display:none, visibility:hidden) or it carries the ``hidden`` attribute;
# or one floating over the page (position:fixed / sticky: an app's banner, a cookie bar, a cart bar)
_HIDDEN_STYLE = re.compile(r"""\bstyle\s*=\s*(?:"[^"]*|'[^']*)"""
                           r"(?:display\s*:\s*none|visibility\s*:\s*hidden|position\s*:\s*(?:fixed|sticky))", re.I)
_QUOTED = re.compile(r""""[^"]*"|'[^']*'""")
_HIDDEN_ATTR = re.compile(r"(?:^|\s)hidden(?![\w-])", re.I)
# the page's own stylesheet: rules that hide every element of a class or id (``.hide{display:none}``), outside
# any @media block (a rule for one screen size hides nothing on another)
_STYLE_SHEET = re.compile(r"<style\b[^>]*>([^<]*)", re.I)
_MEDIA = re.compile(r"@media[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}", re.I)
_CSS_RULE = re.compile(r"([^{}]*)\{([^{}]*)\}")
_HIDING = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_SIMPLE_SELECTOR = re.compile(r"[.#]([\w-]+)")
_SHOWING = re.compile(r"display\s*:\s*(?!none)[a-z]|visibility\s*:\s*visible", re.I)


def _hidden_names(source: str) -> frozenset[str]:
    """Classes and ids that the page's ``<style>`` hides outright (``.hide{display:none}``), lowercased; not
    those another rule shows again in some state (``.tab-pane{display:none}`` with
    ``.tab-pane.active{display:block}``: a tab, shown when active)."""
    names: set[str] = set()
    shown: set[str] = set()
    if "display" not in source and "visibility" not in source:
        return frozenset()
    for sheet in _STYLE_SHEET.findall(source):
        for selectors, body in _CSS_RULE.findall(_MEDIA.sub("", sheet)):
            if _HIDING.search(body):
                for selector in selectors.split(","):
                    m = _SIMPLE_SELECTOR.fullmatch(selector.strip())
                    if m:
                        names.add(m.group(1).lower())
            elif _SHOWING.search(body):
                shown.update(name.lower() for name in _SIMPLE_SELECTOR.findall(selectors))
    return frozenset(names - shown)


def _hidden(attrs: str, names: frozenset[str]) -> bool:
    """Does a start tag's ``attrs`` hide its element (its style, the ``hidden`` attribute, or a class or id of
    ``names``: :func:`_hidden_names`) or float it over the page (its style: ``position:fixed`` / ``sticky``)?"""
    if ("none" in attrs or "hidden" in attrs or "NONE" in attrs or "HIDDEN" in attrs or "osition" in attrs) and (
            _HIDDEN_STYLE.search(attrs) or _HIDDEN_ATTR.search(_QUOTED.sub("", attrs))):
        return True
    if names:
        for quoted, single, bare in _CLASS.findall(attrs):
            if not names.isdisjoint((quoted or single or bare).lower().split()):
                return True
    return False


_FRAME_TAG = frozenset(("header", "footer"))
_FRAMED = "frame"  # (an element's furniture mark when only a frame class name set it: the h1 inside undoes it)
_HEADER = "header"  # (the mark a <header> element gives: the page's headline in its h1 undoes it)
_TAGS = re.compile(r"<[^>]*>")
_LINK_START = re.compile(r"""<a\s[^>]*\bhref\s*=\s*(?:["'](?!#)|(?![\s"'#]))""", re.I)  # a link out of the page (no permalink "#…")
_HEADLINE_MAX = 2000  # characters of an <h1>'s markup read for its text (:func:`_page_headline`)


def _page_headline(source: str, at: int) -> bool:
    """Is the text of the ``<h1>`` whose content starts at ``at`` the page's ``<title>`` (pandoc's title block), or the
    part of it before a separator with no other ``<h1>`` after it on the page? Not a site's name in the ``<title>``'s
    site slot (:func:`_site_slot`: ``新闻网`` of ``黄河流域生态保护取得新进展 - 新闻网``), nor one first in the ``<title>``
    over the page's own ``<h1>`` (``<title>江城日报 - 通知</title>`` and ``<h1>通知</h1>`` further down), nor a link (a
    site's logo, ``<h1 class="site-title"><a href="/" rel="home">新闻网</a></h1>``: the page's headline links nowhere)."""
    ends = [k for k in (source.find("</h1", at, at + _HEADLINE_MAX), source.find("</H1", at, at + _HEADLINE_MAX)) if k >= 0]
    if not ends:
        return False
    end = min(ends)
    if _LINK_START.search(source, at, end):
        return False
    text = "".join(htmllib.unescape(_TAGS.sub("", source[at:end])).split())
    title = _page_title(source)
    if not text or not title.startswith(text) or _site_slot(text, title):
        return False
    return text == title or title[len(text)] in _TITLE_SEPARATORS and source.find("<h1", end) < 0 \
        and source.find("<H1", end) < 0
# a block set in bold by its own style: <div style="font-weight:bold">办理流程</div>, like <b>
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b", re.I)
# (read on the head's bytes lowercased, ASCII only and length kept: a pattern without IGNORECASE finds the same
# span, its literal "<meta" found in C where the case-blind pattern was tried at every byte)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_-]+)""")
_BLOCK = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd table thead tbody tfoot tr td th caption section article main "
    "header footer nav aside blockquote pre figure figcaption form fieldset center hr address details summary "
    "body html".split()
)
_FURNITURE_TAG = frozenset("nav aside form menu figcaption".split())  # (a figure's caption: the corpus's furniture)
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_EMPHASIS = frozenset(("strong", "b", "u"))
_INDENT = "\u3000\xa0"  # an indent of full-width or no-break spaces opens a paragraph after a <br>
# a list item written as text; after a <br> it is a block of its own. Not rules.BULLETS: on web pages "▲" /
# "▼" open a photo's caption under its image ("<img><br>▲与会人员合影", debris beside the image), "※" a note,
# and Big5's "‧" (which a text wrap may put inside a name) opens items; so does a check mark ("✔ 人生如戲<br>✔ …": a
# shop's selling points, as "◎ …<br>◎ …" a blog's)
_BULLETS = frozenset("◎‧•●○■□◆◇★☆▪▶►✔✓")
# a numbered list item written as text ("1.申请人有效身份证件…；<br>2.申请表…", "（二）…"): after a <br>, a block of its own
# when the block it would join opens with one too
# (or a circled number: a poem's notes "①暮色：傍晚昏暗的天色<br>②渔火：…", dev14)
_ITEM_NUMBER = re.compile(rf"\d{{1,2}}[.．、](?!\d)|{rules.ITEM_MARK.pattern}|[①-⑳]")
_ITEM_FIRST = frozenset("0123456789０１２３４５６７８９（(①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳" + rules.NUMERAL)
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.S | re.I)
# an image's alt text or file naming a poster's picture or an icon (``alt="采纳图标"``, ``alt="暴雨蓝色预警图标"``): no photo,
# so the short line beside it is no caption (a name, a box's heading ``最佳答案``, a warning's signing office)
_NO_PHOTO = re.compile(r"头像|頭像|avatar|图标|圖標|圖示|(?<![a-z])icon", re.I)  # (not "Silicon Valley")
_ENCODINGS = {"gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "x-gbk": "gb18030", "utf-8": "utf-8",
              "utf8": "utf-8", "big5": "big5", "big5-hkscs": "big5hkscs"}


def decode_html(data: bytes, path: str | None = None) -> tuple[str, str]:
    """Decoded source and encoding: a BOM, else the page's ``<meta charset>``, else the text route's detection."""
    if not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        m = _META_CHARSET.search(data[:4096].lower())
        if m:
            name = m.group(1).decode("ascii").lower()
            encoding = _ENCODINGS.get(name)
            if encoding:
                try:
                    return data.decode(encoding), encoding
                except UnicodeDecodeError:
                    pass
    decoded = decode_bytes(data, path=path)
    return decoded.text, decoded.encoding


class _Block:
    __slots__ = ("segs", "furniture", "level", "link", "strong", "img", "path", "_text")

    def __init__(self, segs: list[tuple[str, int]] | None = None, text: str | None = "", furniture: bool | str = False,
                 level: int = 0, link: int = 0, strong: int = 0, img: bool = False, path: tuple[int, ...] = ()) -> None:
        # (the walk keeps a block's parts in its own variables and makes the block when it ends)
        self.segs = [] if segs is None else segs  # (text, source offset of its first character); never empty texts
        self._text = text  # the segments' texts joined ("" with no segments; None: not joined yet)
        # (the walk sets the path and the furniture mark from the open elements when the first text comes: a
        # block tag ends a block with text before it changes them)
        self.furniture = furniture
        self.level = level
        self.link = link  # characters inside <a>
        self.strong = strong  # characters inside <strong>/<b>
        self.img = img
        self.path = path  # ids of the open elements around the block's first text

    @property
    def text(self) -> str:
        """The segments' texts joined (once: the walk, the cut and the rendering all read it)."""
        if self._text is None:
            self._text = "".join(map(_TEXT, self.segs))
        return self._text

    @property
    def starts(self) -> list[int]:
        """The offset of each segment in the block's joined text."""
        lengths = [len(text) for text, _ in self.segs]
        return list(itertools.accumulate(lengths[:-1], initial=0)) if lengths else []

    def add(self, text: str, at: int, link: bool, strong: bool) -> None:
        self._text = None
        self.segs.append((text, at))
        if link or strong:
            n = len(text) - text.count(" ") - text.count("\n")
            self.link += n if link else 0
            self.strong += n if strong else 0


def _joined(segs: list[tuple[str, int]]) -> str:
    return segs[0][0] if len(segs) == 1 else "".join(map(_TEXT, segs))


def _bold_line(segs: list[tuple[str, int]], furniture: bool | str, level: int, strong: int) -> bool:
    """Is the block so far one short line wholly in ``<strong>``/``<b>``/``<u>`` without a sentence end (a heading)?"""
    if level or furniture:
        return False
    joined = _joined(segs)
    chars = len(joined) - joined.count(" ") - joined.count("\n")
    return strong >= 0.95 * chars and chars <= HEADING_MAX and joined.strip().count("\n") == 0 \
        and not rules.SENTENCE_END_RE.search(joined)


_CLOSED = frozenset("。！？!?")
_CLAUSE_ENDS = frozenset("，、；,;")  # a line ending in one goes on in the sentence under its <br>
_BR_PARAGRAPH = 20  # characters of a line before a <br>: a paragraph's worth (shorter: a heading, a lead-in, a verse)


def _indented(segs: list[tuple[str, int]]) -> bool:
    """Does the block so far open with an indent of U+3000 or no-break spaces (``　　第一段…``)? There paragraphs
    are marked by their indents, and a line under a ``<br>`` set flush goes on in the paragraph."""
    for text, _ in segs:
        text = text.lstrip(" \t\r\n")
        if text:
            return text[0] in _INDENT
    return False


def _last_line(segs: list[tuple[str, int]]) -> str:
    """The block's last line (since its last ``<br>``; the ``<br>``'s own line break ends the line, not the one
    before it), each piece stripped of whitespace at its ends."""
    parts = []
    for text, _ in reversed(segs):
        if text == "\n" and parts:
            break
        text = text.strip()
        if text:
            parts.append(text)
    return "".join(reversed(parts))


def _line_ends(piece: str, segs: list[tuple[str, int]]) -> bool:
    """Does the block's last line before a ``<br>`` end its unit, so that the line after it (``piece``) opens one of
    its own? A line of a paragraph's worth (:data:`_BR_PARAGRAPH` characters or more) that ends a sentence
    (``…还谎报库存量。<br>由于…``, a closing quote or bracket after it or not: paragraphs set apart by line breaks, as a
    dump prints them); a short line that is open (no sentence end: a heading, a lead-in, a list item;
    ``【產品特色】<br>✔…``, ``以下幾點給正在猶豫的人參考<br>1. …``) — not after a clause's end
    (``1.申请人有效身份证件；<br>…``: the sentence goes on), nor a date alone (a date stamp over its time:
    ``2023年7月11日（星期二）<br>香港時間6時45分``); and a verse's line over another as long
    (``孤烟一缕入云间。<br>松风过涧声初静，…``). A short sentence over a longer line is a lead-in that goes on
    (``各方評價如下。<br>…``), and so does a long line without a sentence end (a text wrapped by hand), and every
    line of a block that opens with an indent (``　　第一段…``: there paragraphs are marked by their indents, and a
    line under a ``<br>`` set flush goes on in the paragraph)."""
    if _indented(segs):
        return False
    line = _last_line(segs)
    end = line.rstrip(rules.CLOSERS)[-1:]
    if len(line) >= _BR_PARAGRAPH:
        return end in _CLOSED
    if not line:
        return False
    if end in _CLOSED:
        return len(piece.strip().split("\n", 1)[0].strip()) == len(line)
    return end not in _CLAUSE_ENDS and not _date_alone(line)


def _labelled_lines(piece: str, segs: list[tuple[str, int]]) -> bool:
    """Do the line after a ``<br>`` (``piece``) and the block so far both open with a label and its colon
    (``拍摄：苏建建　剪辑：罗霞<br>BGM：《清晨的街》``, ``上一篇：…<br>下一篇：…``)? Then each is a field line of its own."""
    if rules.LABEL.match(piece.lstrip()) is None:
        return False
    head = next((t.lstrip() for t, _ in segs if not t.isspace()), "")
    return rules.LABEL.match(head) is not None


def _numbered_lines(piece: str, segs: list[tuple[str, int]]) -> bool:
    """Do the line after a ``<br>`` (``piece``) and the block so far both open with an item number
    (``1.…；<br>2.…``, ``（一）…<br>（二）…``)? Then each is an item of a list, a paragraph of its own."""
    head = next((t.lstrip() for t, _ in segs if not t.isspace()), "")
    return _ITEM_NUMBER.match(piece.lstrip()) is not None and _ITEM_NUMBER.match(head) is not None


def _dated_line(piece: str, segs: list[tuple[str, int]]) -> bool:
    """Is the line after a ``<br>`` (``piece``) a date alone under a short line without a sentence end (a signing
    office over its date: ``江北区人民政府办公室<br>2023年5月15日``)? Then each is a line of its own."""
    line = piece.strip()
    if len(line) > 16 or not rules.DATE.fullmatch(line.replace(" ", "")):
        return False
    head = "".join(t for t, _ in segs).strip()
    return 0 < len(head) <= 30 and "\n" not in head and not rules.SENTENCE_END_RE.search(head)


def _close(segs: list[tuple[str, int]], furniture: bool | str, level: int, link: int, strong: int, img: bool,
           path: tuple[int, ...], title_seen: bool, pic: int = -1) -> tuple[str, _Block] | None:
    """The block the walk has collected, with its kind; None if it is blank. ``pic``: the element that held the
    image before it (``img``), -1 if none."""
    joined = segs[0][0] if len(segs) == 1 else "".join(map(_TEXT, segs))  # (:func:`_joined`, inline: once a block)
    if joined.isspace():  # (segments are never empty, so neither is the joined text)
        return None
    block = _Block(segs, joined, furniture, level, link, strong, img, path)
    if furniture:
        return "debris", block
    if level:
        return ("title" if level == 1 and not title_seen else "heading"), block
    text_chars = len(joined) - joined.count(" ") - joined.count("\n")
    if text_chars and link >= 0.5 * text_chars and text_chars <= 200:
        kind = "debris"
    elif img and text_chars <= 20 and not rules.ITEM_MARK.match(joined.lstrip()) \
            and not (strong >= 0.95 * text_chars and (segs[0][0] == "\n" or 0 <= pic and pic not in path)):
        kind = "debris"  # (a caption; not the next numbered section's head under a picture: "三、身體最重要", nor a
        # line in bold set apart from the picture, by a line break or by the end of the picture's element: a heading,
        # "<img><br><b>【後續更新】</b>", a gallery's images and then the product's name)
    elif strong >= 0.95 * text_chars and text_chars <= HEADING_MAX and not rules.SENTENCE_END_RE.search(joined):
        kind = "heading"
    else:
        kind = "paragraph"
    return kind, block


# an entity's decoded text (a page repeats a few entities, &nbsp; &amp; &#12288;: each one decoded once, where
# ``html.unescape`` runs a regular expression's substitution for each)
_unescape = functools.lru_cache(maxsize=4096)(htmllib.unescape)


def _texts(source: str, start: int, end: int) -> Iterator[tuple[str, int]]:
    """Pieces of decoded text of ``source[start:end]`` with their source offsets (entities decoded)."""
    if "&" not in source[start:end]:
        yield source[start:end], start
        return
    pos = start
    for m in _ENTITY.finditer(source, start, end):
        if m.start() > pos:
            yield source[pos:m.start()], pos
        decoded = _unescape(m.group())
        if decoded == m.group():  # not an entity after all
            yield decoded, m.start()
        else:
            for ch in decoded:
                yield ch, m.start()
        pos = m.end()
    if pos < end:
        yield source[pos:end], pos


def _render(block: _Block, keep_inline: bool = False, fields: bool = False) -> tuple[str, list[list[int]]]:
    """Unit text (whitespace as the text route renders it, :func:`normalize.space_between`: one space between two
    narrow characters, none next to a wide one, with ``keep_inline`` — a title or heading — one inside a line
    between two wide words, and with ``fields`` — a byline or meta line — one at a gap between two fields,
    :func:`normalize.field_gap`) and its offset runs."""
    segs = block.segs
    if len(segs) == 1:  # one piece of text, one word in it (most blocks): one run, no lookups
        joined, at = segs[0]
        found = joined.split()
        if len(found) == 1:  # (whitespace around it or none: the word is the text, one run)
            word = found[0]
            return word, [[0, at + (0 if len(word) == len(joined) else joined.find(word)), len(word)]]
        words = _words(joined, found)
    else:
        joined = block.text
        if not keep_inline and not fields and not _NARROW_GAP.search(joined) and not _SLOT.search(joined):
            # no space kept: each segment's words are runs
            return _unspaced(segs)
        words = _words(joined)
    # the stretches of the joined text that are kept: each word, and before it one whitespace character
    # (written " ") where the words around it want a space
    kept: list[tuple[int, int]] = []
    parts: list[str] = []
    prev_end = -1
    for a, b in words:
        if prev_end >= 0 and (space_between(joined, prev_end, a, keep_inline, wrap=False, fields=fields) >= 0
                              or joined[prev_end - 1] in _OPEN_SLOT and joined[a] in _CLOSE_SLOT):  # (common.tidy's slot)
            kept.append((prev_end, prev_end + 1))
            parts.append(" ")
        kept.append((a, b))
        parts.append(joined[a:b])
        prev_end = b
    # each stretch mapped to the source piece by piece, one segment after another (the stretches run
    # forward, so the segment under each is found by stepping on, not searching): a run goes on while the
    # source does, except across a character that came from an entity (a run of its own, at its "&")
    runs: list[list[int]] = []
    pos = 0
    run_end = -1  # source offset after the last run (-1: none, or the last run is an entity's)
    if len(segs) == 1:  # one piece (never an entity's: that is one character, one word): the source runs on with it
        for a, b in kept:
            if at + a == run_end:
                runs[-1][2] += b - a
            else:
                runs.append([pos, at + a, b - a])
            pos += b - a
            run_end = at + b
        return "".join(parts), runs
    source = _SOURCE[0]
    starts = block.starts
    last = len(segs) - 1
    k = 0
    seg_start, (seg_text, at) = 0, segs[0]
    seg_end = len(seg_text)
    entity = len(seg_text) == 1 and at < len(source) and source[at] == "&" and seg_text != "&"
    for a, b in kept:
        while a < b:
            while a >= seg_end and k < last:
                k += 1
                seg_start, (seg_text, at) = starts[k], segs[k]
                seg_end = seg_start + len(seg_text)
                entity = len(seg_text) == 1 and at < len(source) and source[at] == "&" and seg_text != "&"
            n = min(b, seg_end) - a
            if entity:
                runs.append([pos, at, n])
                run_end = -1
            else:
                src = at + a - seg_start
                if src == run_end:
                    runs[-1][2] += n
                else:
                    runs.append([pos, src, n])
                run_end = src + n
            pos += n
            a += n
    return "".join(parts), runs


# whitespace between two narrow characters (neither wide nor whitespace): the gate of :func:`_render`'s slow path, where
# normalize.space_between keeps a space between two narrow characters; led by a negated class, which the engine tests in
# C faster than rules.NARROW_GAP's look-behind at every whitespace character (+1.3 % instructions on the corpus's pages)
_SLOT = re.compile(r"[（(]\s+[）)]")  # an answer slot, ``（　　）``: one space kept (common.tidy)
_NARROW_GAP = re.compile(rf"[^\s{rules._WIDE}]\s+[^\s{rules._WIDE}]")  # (\s: str.isspace's whitespace, as _words splits)


def _unspaced(segs: list[tuple[str, int]]) -> tuple[str, list[list[int]]]:
    """Text and offset runs of a block of several segments whose whitespace is all dropped: the runs are
    each segment's words, a word running on into the next segment where the source does (not across a
    character that came from an entity, a run of its own at its "&")."""
    source = _SOURCE[0]
    parts: list[str] = []
    runs: list[list[int]] = []
    pos = 0
    run_end = -1  # source offset after the last run (-1: none, or the last run is an entity's)
    for text, at in segs:
        if len(text) == 1 and text != "&" and at < len(source) and source[at] == "&":  # an entity's character
            if not text.isspace():
                parts.append(text)
                runs.append([pos, at, 1])
                pos += 1
                run_end = -1
            continue
        words = text.split()
        if len(words) == 1:  # (most segments: one word, the segment itself or with whitespace around it)
            word = words[0]
            n = len(word)
            src = at if n == len(text) else at + text.find(word)
            if src == run_end:
                runs[-1][2] += n
            else:
                runs.append([pos, src, n])
            parts.append(word)
            pos += n
            run_end = src + n
            continue
        for a, b in _words(text, words):
            n = b - a
            if at + a == run_end:
                runs[-1][2] += n
            else:
                runs.append([pos, at + a, n])
            parts.append(text[a:b])
            pos += n
            run_end = at + b
    return "".join(parts), runs


def _words(text: str, words: list[str] | None = None) -> list[tuple[int, int]]:
    """The spans of ``_NONSPACE`` in ``text``; a text without whitespace (most blocks) is told by
    ``str.split`` in C, several times faster than the regex scans for ``\\S`` (``words``: the split, if made)."""
    if words is None:
        words = text.split()
    if len(words) == 1 and len(words[0]) == len(text):
        return [(0, len(text))]
    # each word found from the end of the one before: only whitespace lies between, and a word opens
    # with none, so its first occurrence there is the word (faster than the regex scan for "\S")
    spans = []
    at, find = 0, text.find
    for word in words:
        start = find(word, at)
        at = start + len(word)
        spans.append((start, at))
    return spans


_SOURCE: list[str] = [""]  # the page being rendered (read by _render; one page at a time per process)


_ROOT = ("", False, False, False)  # the stack entry above the outermost element: no tag, no furniture, no article, not bold
_LEVELS = {f"h{n}": n for n in range(1, 7)}
# block tags with no meaning of their own to the walk (not void, not article/main, furniture, frame or a heading)
_PLAIN_BLOCK = _BLOCK - _VOID - {"article", "main"} - _FURNITURE_TAG - _FRAME_TAG - _LEVELS.keys()


def _blocks(source: str, elements: dict[int, tuple[str, str]], pre: bool | None = None) -> Iterator[tuple[str, _Block]]:
    """(kind, block) in page order; kind is title/heading/paragraph/debris before line rules. Fills
    ``elements``: each open block element's tag name and attributes, by the offset of its start tag. ``pre``: does
    the page hold a ``<pre>`` (None: look)?"""
    stack: list[tuple[str, bool | str, bool, bool]] = []  # (tag, furniture, inside <article>/<main>, bold)
    ids: list[int] = []  # each open element's id: the source offset of its start tag
    links = strongs = heads = 0
    spans: list[bool] = []  # open <span>s: does its class name a heading?
    title_seen = False
    mark: tuple[list[tuple[str, int]], int] | None = None  # an open in-page link: the block's parts and where its text starts
    # an open mailto: link after a name: the block's parts, where the link's text starts in them, the link and bold
    # counts then, the text before it, where the link's text starts in the source
    sender: tuple[list[tuple[str, int]], int, int, int, str, int] | None = None
    quote = False  # a sender's address just set apart: the "&gt;" after it goes with it
    # the block being collected, in the walk's own variables (what a _Block holds; :func:`_close` makes one)
    segs: list[tuple[str, int]] = []
    furniture: bool | str = False
    level = link = strong = 0
    img = False
    pic = -1  # the element holding the picture that set ``img``
    path: tuple[int, ...] = ()
    br = 0
    bold_now = False
    top = _ROOT  # the innermost open block element's stack entry
    # a start tag's attributes: the furniture mark of its class and id values (:func:`_class_mark`) and whether
    # its style sets it in bold, for start tags inside <article>/<main> and outside
    inner: dict[str, tuple[bool | str, bool]] = {}
    outer: dict[str, tuple[bool | str, bool]] = {}
    hidden = _hidden_names(source)  # classes and ids the page's stylesheet hides (blocks of them are debris)
    mail = ("<pre" in source or "<PRE" in source) if pre is None else pre  # (a page whose text may be a mail's)
    parts = _TOKEN.split(source)
    pos = 0  # where ``text`` starts in the source
    for text, token, slash, name, attrs in zip(parts[0:-1:_STRIDE], parts[1::_STRIDE], parts[3::_STRIDE],
                                               parts[4::_STRIDE], parts[5::_STRIDE], strict=True):
        start = pos + len(text)  # where the token starts
        if quote:
            quote = False
            if not segs and text.startswith("&gt;"):
                text, pos = text[4:], pos + 4
        if text:
            if not br and "&" not in text:  # (most text: one piece as it stands; the loop below says the same)
                if segs or not text.isspace():
                    if not segs:
                        path, furniture = tuple(ids), top[1]
                    segs.append((text, pos))
                    if links or strongs or heads or bold_now:
                        n = len(text) - text.count(" ") - text.count("\n")
                        if links:
                            link += n
                        if strongs or heads or bold_now:
                            strong += n
            elif segs or not text.isspace():
                for piece, at in _texts(source, pos, start) if "&" in text else ((text, pos),):
                    if br:
                        first = piece.lstrip(" \t\r\n")[:1]
                        # "…<br>　　next paragraph": a line break and an indent; "◎ item<br>◎ item": list items;
                        # "<b>各方評價</b><br>正文…": a heading set in bold over its paragraph
                        if br == 1 and first and segs and (
                                first in _INDENT or first in _BULLETS
                                or next((t.lstrip()[:1] for t, _ in segs if not t.isspace()), "") in _BULLETS
                                or first in _ITEM_FIRST and _numbered_lines(piece, segs)
                                or first in "12" and _dated_line(piece, segs)
                                or not (strongs or heads) and strong and _bold_line(segs, furniture, level, strong)
                                or not level and (_line_ends(piece, segs) or _labelled_lines(piece, segs))):
                            done = _close(segs, furniture, level, link, strong, img, path, title_seen, pic)
                            if done is not None:
                                yield done
                                title_seen = title_seen or done[0] == "title"
                                img = False
                            segs, furniture, level, link, strong, path = [], False, 0, 0, 0, ()
                        if first:
                            br = 0
                    if not segs:
                        path, furniture = tuple(ids), top[1]
                    segs.append((piece, at))
                    if links or strongs or heads or bold_now:
                        n = len(piece) - piece.count(" ") - piece.count("\n")
                        if links:
                            link += n
                        if strongs or heads or bold_now:
                            strong += n
        pos = start + len(token)
        if name is None:
            continue  # comment, doctype, or a dropped element with its content (no tag name)
        tag = name.lower()
        if tag not in _BLOCK:  # (one test for the block tags, most tags, before the inline ones)
            if tag == "a":
                links = links - 1 if slash else links + 1
                if links < 0:
                    links = 0
                if not slash:  # (an in-page link's start: where its text will begin)
                    mark = (segs, len(segs)) if attrs and "#" in attrs and _IN_PAGE.search(attrs) else None
                elif mark is not None:
                    if mark[0] is segs and _symbol_link(segs, mark[1]):
                        n = sum(len(t) - t.count(" ") - t.count("\n") for t, _ in segs[mark[1]:])
                        link = max(0, link - n)
                        if strongs or heads or bold_now:
                            strong = max(0, strong - n)
                        del segs[mark[1]:]  # a heading's permalink "#" / "¶", a footnote's way back "↩︎"
                    mark = None
                if not slash:  # (a mail's sender: where the address's text will begin, the counts so far)
                    sender = (segs, len(segs), link, strong, "".join(t for t, _ in segs), pos) \
                        if mail and attrs and "mailto:" in attrs and segs \
                        and _SENDER_BLOCKS.isdisjoint(t for t, _, _, _ in stack) else None
                elif sender is not None:
                    # (the link's text: in the name's block, or a block of its own when a line break closed the name's)
                    at = sender[1] if sender[0] is segs else 0 if segs and segs[0][1] >= sender[5] else -1
                    if at >= 0 and _mail_sender(sender[4], "".join(t for t, _ in segs[at:]), sender[3]):
                        # (a mail archive's message header, on a page with a <pre>: the sender's name or "From: name",
                        # then the address's link alone, "<b>王立新</b> <a href="mailto:…">wanglx at example.org</a>",
                        # "From: 林怡君 &lt;<a href="mailto:…">…</a>&gt;": the address, with the bracket it opens
                        # with, is furniture of its own between the name and the date. Not in a <p>, <li>, <td> nor
                        # <pre>, nor after a sentence: "如有问题请发邮件至<a href="mailto:…">…</a>联系我们。" is the sentence's)
                        head = segs[:at - 1] if at and segs[at - 1][0] == "<" else segs[:at]
                        for part, furn_part, n_link, n_strong in ((head, furniture, sender[2], sender[3]),
                                                                  (segs[at:], True, link - sender[2], strong - sender[3])) \
                                if at else ((segs, True, link, strong),):
                            done = _close(part, furn_part, level, n_link, n_strong, img, path, title_seen, pic)
                            if done is not None:
                                yield done
                                title_seen = title_seen or done[0] == "title"
                                img = False
                        # (the next block's place: where the walk is, should a line break come before its text)
                        segs, furniture, level, link, strong, path = [], False, 0, 0, 0, tuple(ids)
                        quote = True  # (the "&gt;" after the address goes with it)
                    sender = None
                continue
            elif tag == "br":
                br += 1
                if br >= 2:
                    if segs:
                        done = _close(segs, furniture, level, link, strong, img, path, title_seen, pic)
                        if done is not None:
                            yield done
                            title_seen = title_seen or done[0] == "title"
                            img = False
                        segs, furniture, level, link, strong, path = [], False, 0, 0, 0, ()
                    br = 0
                else:
                    if not segs:
                        furniture = top[1]
                    segs.append(("\n", start))
            elif tag == "img":
                # (not a poster's picture, alt="头像": the name beside it is a credit, no caption; nor an icon)
                if not img and (attrs is None or _NO_PHOTO.search(attrs) is None):
                    img, pic = True, ids[-1] if ids else -1
            elif tag in _EMPHASIS:
                strongs = strongs - 1 if slash else strongs + 1
                if strongs < 0:
                    strongs = 0
            elif tag == "span":  # a span whose class names a heading ("subtitle") sets its words apart like <b>
                if slash:
                    heads -= spans.pop() if spans else 0
                else:
                    named = _names(_class_of(attrs), _HEADING_WORDS, _HEADING_NAME)
                    spans.append(named)
                    heads += named
            if "-" not in tag or _FURNITURE_WORDS.isdisjoint(tag.split("-")):
                continue
            # (a custom element named for furniture, <amp-ad>, <amp-social-share>: a block of furniture, as a
            # <div class="ad"> is; a block tag's name holds no "-", so the test below knows it by that)
        if segs:
            done = _close(segs, furniture, level, link, strong, img, path, title_seen, pic)
            if done is not None:
                yield done
                title_seen = title_seen or done[0] == "title"
                img = False
            segs, furniture, level, link, strong, path = [], False, 0, 0, 0, ()
        br = 0
        if slash:
            if level and tag in _LEVELS:
                level = 0  # (a heading that held no text, <h1 class="logo"><img></h1>, heads nothing after it)
            if top[0] == tag:  # (the innermost element, as a rule)
                del stack[-1], ids[-1]
            else:
                for i in range(len(stack) - 1, -1, -1):
                    if stack[i][0] == tag:
                        del stack[i:]
                        del ids[i:]
                        break
            links = strongs = heads = 0
            if spans:
                spans.clear()
            top = stack[-1] if stack else _ROOT
            bold_now = top[3]
            continue
        if tag in _PLAIN_BLOCK:  # (most start tags: div, p, li, td, ...)
            article, furn = top[2], top[1]
        else:
            if tag in _VOID:
                continue
            article = top[2] or tag == "article" or tag == "main"
            furn = top[1] or tag in _FURNITURE_TAG or "-" in tag \
                or (tag in _FRAME_TAG and not article and (_HEADER if tag == "header" else True))
            heading = _LEVELS.get(tag)
            if heading:
                level = heading
        if attrs:  # (a page repeats its start tags' attributes: each one read once)
            memo = inner if article else outer
            marks = memo.get(attrs)
            if marks is None:
                marks = memo[attrs] = (True if _hidden(attrs, hidden) else _class_mark(attrs, article),
                                       ("weight" in attrs or "WEIGHT" in attrs) and _BOLD_STYLE.search(attrs) is not None)
            if not furn or furn == _HEADER and marks[0] is True:
                furn = marks[0]  # (a hidden or floating <header>, or one a furniture name marks, is no title block)
            bold_now = top[3] or marks[1]
        else:
            bold_now = top[3]
        if tag == "h1" and not title_seen and (furn == _FRAMED or furn == _HEADER and _page_headline(source, pos)):
            # the page's headline inside an element a frame name marked ("live-head", "news-head"), or inside a
            # <header> element when it is the page's <title> (pandoc's title block): the article's own header,
            # whose title and byline are content (what came before it stays debris; a site's name in its <header>'s
            # <h1>, "新闻网" under "<title>黄河流域…-新闻网", stays furniture)
            stack[:] = [(t, False if f == _FRAMED or f == _HEADER else f, a, b) for t, f, a, b in stack]
            furn = False
        top = (tag, furn, article, bold_now)
        stack.append(top)
        ids.append(start)
        elements[start] = (tag, attrs)
    if parts[-1]:  # the text after the last token
        for piece, at in _texts(source, pos, len(source)):
            if not segs:
                path, furniture = tuple(ids), top[1]
            segs.append((piece, at))
    if segs:
        done = _close(segs, furniture, level, link, strong, img, path, title_seen, pic)
        if done is not None:
            yield done


_SENDER_BLOCKS = frozenset(("p", "pre", "li", "td", "th"))  # (blocks whose mailto: link is their text's: a sentence's, a cell's)


def _mail_sender(head: str, address: str, strong: int) -> bool:
    """Is a block's text before a ``mailto:`` link (``head``) a sender's name alone, after ``From:`` or in bold
    (``strong``: its characters in bold), and the link's text (``address``) the address alone: a mail archive's header
    line (``webdump.MAIL_SENDER``, the text route's, read on the line as a dump prints it: pipermail's ``<b>王立新</b>
    wanglx at example.org``, hypermail's ``From: 林怡君 <yijun_at_example.org.tw>``; not ``请联系 a@b.com``)?"""
    head = " ".join(head.split()).removesuffix("<").rstrip()
    address = " ".join(address.split())
    return bool(head and address) and (head.startswith("From") or strong >= len(head.replace(" ", ""))) \
        and MAIL_SENDER.fullmatch(f"{head} {address}") is not None


# an in-page link (``href="#…"``): a heading's permalink, a footnote's mark or its way back to the text
_IN_PAGE = re.compile(r"""\bhref\s*=\s*["']?#""", re.I)


def _symbol_link(segs: list[tuple[str, int]], at: int) -> bool:
    """Is the text of an in-page link (``segs[at:]``) a lone symbol, no letter nor digit: a heading's permalink
    (``<a class="headerlink" href="#s1">¶</a>``, Hugo's ``#``) or a footnote's way back (``role="doc-backlink"``:
    ``↩︎``), the page's navigation and no text of the heading or note (a footnote's mark, ``1``, ``*``, stays)?"""
    text = "".join(t for t, _ in segs[at:]).strip()
    return 0 < len(text) <= 3 and not any(ch.isalnum() or ch in rules.NOTE_SIGNS for ch in text)


_LINKED_MAX = 40  # characters of a short line that a link in it makes furniture (:func:`_linked_label`)
_COUNTER_MAX = 24  # characters of a block that is a view counter alone (``点击：1024``, ``阅读 (7380)``): furniture
_COUNTER_ENDS = frozenset("0123456789)）次人")  # (such a counter's last character: a look before the pattern)
_LINKED_SHARE = 0.25  # share of its characters in link text


def _linked_label(text: str, link: int) -> bool:
    """Is a paragraph a short line without a sentence end (≤ 40 characters) of which a quarter or more is link text
    (``link`` characters: :attr:`_Block.link`)? A category, a button, a counter with its link (``文章分類：<a>日本旅遊</a>``,
    ``<a class="btn">立即预约</a> 挂号费：50元``, ``累计评价 <a>5000+</a>　月销 1300``): furniture, as a block that is mostly
    link text is; a sentence with a link in it is the article's (a byline or meta line keeps its kind)."""
    return len(text) <= _LINKED_MAX and link >= _LINKED_SHARE * len(text.replace(" ", "")) \
        and not rules.SENTENCE_END_RE.search(text)


def _disclaimer(kind: str, text: str) -> bool:
    """A site's statement under an article (``rules.DISCLAIMER``): "平台声明：…", "…如有侵权请联系删除"."""
    return kind in ("paragraph", "meta") and len(text) <= 120 and ("明" in text or "侵" in text or "免" in text) \
        and rules.DISCLAIMER.search(text) is not None
    # (every match holds 声明/聲明, 侵 or 免责/免責: three looks in C before the search, which tries the
    # pattern's branches at every character; test_segment_htmlspeed.py)


def _main_container(prose: list[int], texts: list[str], paths: list[tuple[int, ...]],
                    elements: dict[int, tuple[str, str]]) -> tuple[int | None, int]:
    """The deepest element that holds at least 80% of the page's prose characters (readability's idea,
    kept simple): the article's own container, or ``None`` when the prose lies at the top level; and its
    depth (its index in every path that holds it: see :func:`_frame`).
    ``prose``: the indices of the prose units (:func:`_is_prose`), in order."""
    by_path: dict[tuple[int, ...], int] = {}  # prose characters under each path (most paragraphs share a few)
    total = 0
    for i in prose:
        text, path = texts[i], paths[i]
        total += len(text)
        if path and elements[path[-1]][0] == "p":
            path = path[:-1]  # a <p> holds one paragraph: the article is around it
        by_path[path] = by_path.get(path, 0) + len(text)
    weight: dict[int, int] = {}  # (elements in the order the paragraphs first reach them)
    depth: dict[int, int] = {}
    for path, n in by_path.items():
        for d, element in enumerate(path):
            weight[element] = weight.get(element, 0) + n
            depth[element] = d
    best = None
    for element, w in weight.items():
        if w >= 0.8 * total and (best is None or depth[element] > depth[best]):
            best = element
    return best, (-1 if best is None else depth[best])


def _signature(elements: dict[int, tuple[str, str]], element: int) -> tuple[str, str]:
    """Tag name and class attribute of the element whose start tag is at ``element`` (as the walk read it)."""
    tag, attrs = elements.get(element, ("", ""))
    return tag, _class_of(attrs).strip()


def _frame(kinds: list[str], texts: list[str], paths: list[tuple[int, ...]], groups: list[int], marked: bool,
           elements: dict[int, tuple[str, str]], times: set[int] = frozenset()) -> None:
    """Debris by position around the article (see the module docstring and docs/segmentation.md);
    ``times``: units that are a ``<time>`` element's date (never a stray date)."""
    every = [i for i, (k, t) in enumerate(zip(kinds, texts, strict=True)) if k == "paragraph" and _is_prose(k, t)]
    prose = every.copy()
    while prose and _disclaimer(kinds[prose[-1]], texts[prose[-1]]):
        prose.pop()  # the site's statement under the article is no prose of it
    while len(prose) > 1 and _disclaimer(kinds[prose[0]], texts[prose[0]]):
        prose.pop(0)  # nor a blog's licence statement over it
    title = kinds.index("title") if "title" in kinds else None
    if not prose:
        if title is not None and not marked:
            for i in range(title):
                kinds[i] = "debris"
        return
    # (an element stands at the same index, its depth, in every path that holds it: the walk's stack of open
    # elements only grows or is cut back at its top, so "element in path" is "path[depth] == element")
    container, k = _main_container(every, texts, paths, elements)  # (by all prose: a disclaimer's too)
    around = None  # the container's parent, at depth k - 1
    twins: set[int] = set()  # its siblings of the same tag and class: the rest of an article split in parts
    if container is not None:
        around = next(p for p in paths if len(p) > k and p[k] == container)[k - 1] if k else None
        sig = _signature(elements, container)
        if around is not None and sig[1]:
            seen: set[int] = {container}
            for p in paths:
                if len(p) > k and p[k - 1] == around:
                    child = p[k]
                    if child not in seen:
                        seen.add(child)
                        if _signature(elements, child) == sig:
                            twins.add(child)
        inside = [len(p) > k and (p[k] == container or p[k] in twins) for p in paths] if twins else \
            [len(p) > k and p[k] == container for p in paths]
    else:
        inside = [True] * len(paths)
    main = [i for i in prose if inside[i]] or prose
    if title is not None and title < main[0]:
        for i in range(title):  # top bars, logos, breadcrumbs, cookie banners
            if not (i == title - 1 and kinds[i] == "meta" and (_date_alone(texts[i]) or paths[i][:-1] == paths[title][:-1]
                    and _LABELLED.match(texts[i]) and rules.DATE.search(texts[i]))):
                kinds[i] = "debris"  # (a labelled date over the title in the same element stays: "發布日期：…")
    first = title + 1 if title is not None and title < main[0] else main[0]
    heads = _styled_heads(kinds, texts, paths, elements, first, main[-1])
    body = False  # in a run of paragraphs right under a section heading (not the title): that section's text
    centred = first < main[0] and _centred(paths[first - 1], elements)  # (in a centred title's block: _centred)
    for i in range(first, main[0]):  # between the title and the first prose: bylines, meta and headings stay
        centred = centred and _centred(paths[i], elements)
        if i in heads:
            body = True
            continue
        body = body and kinds[i] == "paragraph" or kinds[i] == "heading"
        if kinds[i] == "paragraph" and article.DISPATCH.fullmatch(texts[i]):
            kinds[i] = "meta"  # "【本報訊】"
        elif kinds[i] == "paragraph" and _MIDDLE_DOT.search(texts[i]) and _dotted_credit(texts[i]):
            kinds[i] = "byline"  # "李青 · 2024年3月2日", "2024年3月8日 · 6 分鐘 · 陳嘉欣": the post's credit line
        elif i == first == title + 1 and kinds[i] == "paragraph" and article.latin_title(" ".join(texts[i].split())):
            kinds[i] = "heading"  # the title's English rendering right under it: "Data Structures and Algorithms"
        elif i == first == title + 1 and kinds[i] == "paragraph" and _subtitle(paths[i], paths[title], elements, texts[i]):
            kinds[i] = "heading"  # the title's subtitle beside it: "<p class="subtitle">第二版</p>" (no label to drop)
        elif _short_label(kinds[i], texts[i]) and not (body and _CLAUSE_COMMA.search(texts[i]) or centred
                                                       or i + 1 == main[0] and texts[i][-1] in "：:") \
                or i not in times and _stray_date(kinds, texts, groups, i):
            kinds[i] = "debris"  # (a date between the title and the byline is the article's: it stays)
        elif _disclaimer(kinds[i], texts[i]):
            kinds[i] = "debris"  # a blog's licence statement over the post: "版权声明：本文为博主原创文章，…"
    for b in range(main[0], main[-1]):  # a later story's byline: the counters under it
        j = b + 1
        while kinds[b] == "byline" and j < main[-1] and _short_label(kinds[j], texts[j]):
            kinds[j] = "debris"
            j += 1
    last = main[-1]
    end = len(inside) - 1 - inside[::-1].index(True)  # the last unit inside
    heads_after = _sibling_heads(kinds, texts, paths, elements, first, last)
    closed = False  # a furniture heading or label after the last prose ends the article: short lines below it too
    replies = False  # a reply's date seen below the article: a short line over a date is no signing office then
    signed = False  # an editor's line seen below the last prose
    flow = _prose_flow(paths[last], elements)  # the <p>s' parent when the last prose is a <p> (the article's flow)
    flowing = bool(flow)  # still in that flow (furniture between aside), or in a section of it: short <p> lines stay
    listed = -1  # the end of a numbered list under a head after the last prose (:func:`_numbered_run`): the article's
    count = len(kinds)
    for i in range(last + 1, count):
        if i in heads_after:
            kinds[i] = "heading"  # the article's last section heads, in its heads' markup: "參見" over its links
            continue
        if kinds[i] != "debris" and not closed:  # (no item of a list is debris: _numbered_run)
            if i < listed:
                continue  # an item of that list ("1. 郭红，赵建红. 某类疾病的临床研究[J]. …")
            if i + 2 < count and (texts[i + 1][0] in _ITEM_FIRST or texts[i + 2][0] in _ITEM_FIRST) \
                    and (run := _numbered_run(kinds, texts, i + 1)) and (kinds[i] == "heading" or _short_label(kinds[i], texts[i])):
                kinds[i], listed = "heading", run  # a head over its numbered list: "学术成果" / "1. …" / "2. …"
                continue
        if flowing and kinds[i] != "debris" and not _in_flow(paths[i], flow, elements):
            flowing = False  # (a unit in another element: the flow is over; a heading over the flow's <p> resumes it)
        if kinds[i] == "debris" and kinds[i - 1] == "debris" and i - 1 > last:
            closed = True  # two furniture blocks in a row (pager, tags): the article is over
        if kinds[i] == "debris" and _list_head(texts[i]):
            closed = True  # "延伸閱讀" over its links: the article is over
        if texts[i] == _SIGNATURE:
            kinds[i], closed = "debris", True  # a post's signature delimiter: the poster's signature and replies below
        if _disclaimer(kinds[i], texts[i]):
            kinds[i] = "debris"  # the site's disclaimer: "平台声明：…", "…如有侵权请联系删除"
            continue
        if kinds[i] in ("byline", "meta", "debris"):
            if kinds[i] != "debris" and i > end and around is not None and not (len(paths[i]) >= k and paths[i][k - 1] == around):
                kinds[i] = "debris"  # a reply's date or poster, not beside the article's container
            elif closed and kinds[i] == "meta" and rules.CLOCK.search(texts[i]) and not rules.DATE.search(texts[i]):
                kinds[i] = "debris"  # hours under a furniture head, no date: "实用信息" / … / "开放时间：08:30—17:30"
            elif closed and kinds[i] == "meta" and kinds[i - 1] == "debris" and rules.DATE.fullmatch(texts[i].replace(" ", "")):
                kinds[i], replies = "debris", True  # a reply's date under its text, once the article has ended
            elif kinds[i] == "meta" and rules.EDITOR_START.match(texts[i]):
                signed = True  # "（编辑：X）" under the last prose: a heading below it heads no part of the article
            continue
        if i > end and not (_is_prose(kinds[i], texts[i]) and (around is None or len(paths[i]) >= k and paths[i][k - 1] == around)):
            closed = closed or kinds[i] == "heading"  # (a heading there ends the article: "网友点评")
            kinds[i] = "debris"  # after the article's container: comments, related lists, footers
        elif kinds[i] == "heading":
            # a section heading over a short last paragraph stays; "相关新闻" over links does not,
            # nor does a references section ("參考文獻" over its entries) or an author box ("作者簡介")
            j = i + 1
            if flow and not (closed or signed) and j < len(kinds) and kinds[j] == "paragraph" \
                    and _in_flow(paths[j], flow, elements) and not rules.REFERENCE_HEAD.fullmatch(texts[i]) \
                    and not _list_head(texts[i]) and not article.bare_credit(texts[i]):
                flowing = True  # over a <p> beside the article's <p>s: the article's next section ("许可证" /
                continue  # "本项目基于MIT许可证发布", a record's "暫停會議" / "下午1時02分" / "會議隨而暫停。")
            if not signed and _SECTION_MARK.match(texts[i]) \
                    and _next_section(texts[i], [texts[h] for h in range(first, i) if kinds[h] == "heading"]):
                closed = False  # "3. 相关文档" under "2. 操作步骤", "參、臨時動議" under "貳、討論事項": the article goes on
                continue
            if closed or signed or rules.REFERENCE_HEAD.fullmatch(texts[i]) or article.bare_credit(texts[i]) or j == len(kinds) \
                    or not (inside[j] and kinds[j] == "paragraph" and (rules.SENTENCE_END_RE.search(texts[j])
                                                                       or article.NUMBERED_ITEM.fullmatch(texts[j]))):
                kinds[i], closed = "debris", True
        elif kinds[i] == "paragraph" and article.note(texts[i]):
            kinds[i] = "meta"  # the notice's "（此件公开发布）"
        elif i == last + 1 and _closing_line(texts[i], paths[i], paths[last], elements):
            continue  # the writer's last line, no full stop: "总的来说，还会再来"
        elif not closed and rules.ITEM_MARK.match(texts[i]) and i + 1 < len(kinds) and inside[i + 1] \
                and kinds[i + 1] == "paragraph" and article.NUMBERED_ITEM.fullmatch(texts[i + 1]):
            continue  # a numbered section's head over its numbered items: "三、保障措施" / "1.加强组织领导；" (dev14)
        elif _short_label(kinds[i], texts[i]) and _signature(elements, paths[i][-1] if paths[i] else -1)[0] != "li":
            if not closed and i + 1 < count and texts[i + 1] == _SIGNATURE:
                kinds[i] = "meta"  # the writer's sign-off over the signature's delimiter: "思远" / "--" (a mail's)
            elif not replies and i + 1 < len(kinds) and kinds[i + 1] == "meta" and rules.DATE.fullmatch(texts[i + 1].replace(" ", "")):
                kinds[i] = "meta"  # the signing office above the date
            elif office.signed("".join(texts[i].split())):
                kinds[i] = "meta"  # and both on one line: "市摄影协会秘书处  2027年3月8日"
            elif not closed and not replies and _flush_right(paths[i], elements):
                kinds[i] = "meta"  # the signing office set flush right, no date under it: "江城市气象台"
            elif not flowing or closed or _list_head(texts[i]) or inline.TRAILING_COUNTER.search(texts[i]):
                # (a short line in the article's flow of <p>s stays, "写于观影后的第二个夜晚"; a related list's head
                # there, "相关阅读", or a tool line with a view counter, "友善列印　回上一頁　瀏覽人次：586", ends it)
                kinds[i], closed = "debris", True
        elif closed and not _is_prose(kinds[i], texts[i]):
            kinds[i] = "debris"  # "网友评论" / "北京网友" / "写得很好，学习了。"


_LIST_ITEMS = 2  # numbered items in turn under a head after the last prose that make it the article's list


def _numbered_run(kinds: list[str], texts: list[str], j: int) -> int:
    """The end of a numbered list that starts at unit ``j`` (a meta line or a short label before it passed over: a
    release's ``版本 5.2.1　2023-10-09``): two or more paragraphs opening with item numbers 1, 2, 3 … in turn in one scheme
    (:func:`_section_number`; ``1. 郭红，赵建红. 某类疾病的临床研究[J]. …``, ``1. 花为聚繖花序顶生…``), none of them
    furniture already (a ranking of links is); 0 if there is none. A head right over one after the last prose is the
    article's section and the list its own, however short its items and without a sentence end."""
    first = _section_number(texts[j]) if texts[j][0] in _ITEM_FIRST else None
    if first is None:  # (a meta line or a short label before the list, passed over)
        if j + 1 >= len(kinds) or texts[j + 1][0] not in _ITEM_FIRST \
                or not (kinds[j] == "meta" or _short_label(kinds[j], texts[j])):
            return 0
        j += 1
        first = _section_number(texts[j])
    if first is None or first[1] != 1 or kinds[j] != "paragraph":
        return 0
    n = j + 1
    while n < len(kinds) and kinds[n] == "paragraph" and texts[n][0] in _ITEM_FIRST \
            and _section_number(texts[n]) == (first[0], n - j + 1):
        n += 1
    return n if n - j >= _LIST_ITEMS else 0


def _align_pattern(side: str) -> re.Pattern[str]:
    """An element's markup that sets its text to ``side`` (``align="center"``, ``text-align:right``)."""
    return re.compile(rf"""\balign\s*=\s*["']?{side}|text-align\s*:\s*{side}""", re.I)


_CENTRE = _align_pattern("center")


def _centred(path: tuple[int, ...], elements: dict[int, tuple[str, str]]) -> bool:
    """Is the block at ``path`` centred by its own element's markup (``align="center"``, ``text-align:center``)? Lines
    so centred in a run right under a title so centred are the title's block (a record's ``2024年1月17日（星期三）`` /
    ``上午11時正會議開始``, an agenda's ``中華民國113年5月2日（星期四）``), not labels between the title and the prose
    (a centred counter or tool line is furniture by the line rules before)."""
    attrs = elements[path[-1]][1] if path else None
    return bool(attrs) and "enter" in attrs and _CENTRE.search(attrs) is not None


_RIGHT = _align_pattern("right")


def _flush_right(path: tuple[int, ...], elements: dict[int, tuple[str, str]]) -> bool:
    """Is the block at ``path`` set flush right by its own element's markup (``align="right"``, ``text-align:right``)?
    A short line so set after the last prose is the signing office, as the one over a date is (a notice's 落款: the
    sign-off under every dev notice, ``长沙市自来水有限公司`` over ``2024年7月20日``, dev13, is set so; a warning's
    ``江城市气象台`` with no date under it, dev15); the site's tools set so are debris by the line rules before
    (``【打印本页】【关闭窗口】``, ``返回頁首``)."""
    attrs = elements[path[-1]][1] if path else None
    return bool(attrs) and "ight" in attrs and _RIGHT.search(attrs) is not None


def _prose_flow(path: tuple[int, ...], elements: dict[int, tuple[str, str]]) -> tuple[int, ...]:
    """The path of the element that holds the last prose when that prose is a ``<p>`` (the article's flow of
    paragraphs); () when it is no ``<p>``."""
    return path[:-1] if path and elements[path[-1]][0] == "p" else ()


def _in_flow(path: tuple[int, ...], flow: tuple[int, ...], elements: dict[int, tuple[str, str]]) -> bool:
    """Is a unit at ``path`` a ``<p>`` right inside ``flow`` (:func:`_prose_flow`), beside the article's paragraphs?"""
    return bool(flow) and path[:-1] == flow and elements[path[-1]][0] == "p"


# a section heading's number: "3." / "3、", "三、", "參、" (the financial numerals of a Taiwan agenda), "（三）", "(3)"
_HAN_NUMERALS, _FINANCIAL_NUMERALS = rules.NUMERAL, rules.CAPITAL_NUMERAL
_SECTION_MARK = re.compile(rf"(\d{{1,2}})[.．、](?!\d)|([{_HAN_NUMERALS}]{{1,3}})、|([{_FINANCIAL_NUMERALS}]{{1,2}})、"
                           rf"|[（(]([{_HAN_NUMERALS}]{{1,3}})[）)]|[（(](\d{{1,2}})[）)]")
_NUMERAL_VALUE = {ch: n for n, chars in enumerate(("", "一壹", "二貳贰", "三參叁", "四肆", "五伍", "六陸陆", "七柒", "八捌", "九玖"))
                  for ch in chars}


def _section_number(text: str) -> tuple[int, int] | None:
    """A heading's number as (its scheme: the :data:`_SECTION_MARK` group that matched, its value); None if none."""
    m = _SECTION_MARK.match(text)
    if m is None:
        return None
    scheme = m.lastindex or 0
    mark = m.group(scheme)
    if mark.isdigit():
        return scheme, int(mark)
    tens = ones = 0
    for ch in mark:  # "十一" 11, "二十" 20, "拾貳" 12
        if ch in "十拾":
            tens, ones = (ones or 1) * 10, 0
        else:
            ones = _NUMERAL_VALUE.get(ch, 0)
    return scheme, tens + ones


def _next_section(text: str, heads: list[str]) -> bool:
    """Does the heading ``text`` carry the number after one of the article's section ``heads``, in the same scheme
    (``3. 相关文档`` after ``2. 操作步骤``, ``參、臨時動議`` after ``貳、討論事項``)? Then it is the article's next section
    however short its text (a meeting's ``肆、散會``), not a furniture head after the article."""
    own = _section_number(text)
    return own is not None and own[1] > 1 and any(_section_number(h) == (own[0], own[1] - 1) for h in heads)


_HEAD_NUMERALS = frozenset(_HAN_NUMERALS + _FINANCIAL_NUMERALS)  # (what a numbered head opens with: a cheap test)


def _numbered_heads(kinds: list[str], texts: list[str]) -> None:
    """Short paragraphs that open with a section number in Chinese numerals (``一、活动主题``, ``貳、討論事項``; no sentence
    inside, :func:`join.heading_like`) and follow each other in number, the next one after prose (a paragraph that is
    no such line between them), are the article's section heads, as every dump's text makes them, whatever their markup
    (a plain ``<p>`` or ``<div>``, a ``<b>`` inside a ``<p>``): dev14 v14-000/001 (a post's ``<div>``s, ``一、技術還是要跟上，
    不然很難帶人``) and w14-004 (a government notice, ``<p><b>一、总体要求</b></p>``), the trial's gov_notice.html. Two in a row
    with no prose between are a list's items."""
    found: list[tuple[int, int, int]] = []  # (unit, scheme, value) of each candidate, in order
    for i, text in enumerate(texts):
        if text[:1] in _HEAD_NUMERALS and kinds[i] == "paragraph" and (number := _section_number(text)) \
                and number[0] in (2, 3) and heading_like("".join(text.split())):
            found.append((i, *number))
    heads: set[int] = set()
    for (i, scheme, value), (j, scheme2, value2) in itertools.pairwise(found):
        if scheme == scheme2 and value2 == value + 1 and any(kinds[k] == "paragraph" for k in range(i + 1, j)):
            heads.update((i, j))
    for i in heads:
        kinds[i] = "heading"


# a block element's class or id naming the title's subtitle: pandoc's ``<p class="subtitle">`` (dev15 w15-004), Hugo's
# ``<div class="post-description">`` (dev16 k16-003), a shop's ``<p class="slogan">`` under the product's name (dev16 k16-008):
# the heading's words that open with "sub", and its own two
_SUBTITLE_WORDS = frozenset(w for w in _HEADING_WORDS if w.startswith("sub")) | frozenset(("description", "slogan"))
_SUBTITLE_NAME = _name_pattern(_SUBTITLE_WORDS)


def _subtitle(path: tuple[int, ...], title: tuple[int, ...], elements: dict[int, tuple[str, str]], text: str) -> bool:
    """Is a short block without a sentence end, right under the title in the title's own parent element (its title
    block), set in an element whose class or id names a subtitle (:data:`_SUBTITLE_WORDS`: ``subtitle``,
    ``post-description``, ``slogan``)? Then it is the title's subtitle, a heading (the three designs' gold), not a label
    between the title and the prose to drop. Not a site's tagline (MediaWiki's ``<div id="siteSub">``, whose id names no
    subtitle), a tag row (``<div class="sub">满五唯一 近地铁 随时看房</div>``) nor a tool row: their classes name none."""
    if not path or len(path) != len(title) or path[:-1] != title[:-1] or len(text) > HEADING_MAX \
            or rules.SENTENCE_END_RE.search(text):
        return False
    attrs = elements[path[-1]][1]
    return bool(attrs) and any(_names(quoted or single or bare, _SUBTITLE_WORDS, _SUBTITLE_NAME)
                               for quoted, single, bare in _CLASS.findall(attrs))


# a block element's class or id naming a title (``admonition-title``, ``abstract-title``, ``best-title``, ``subtitle``): a short
# line alone in it, no sentence end and no line the line rules know, is a heading, as one set in bold is (the heading's
# words that end in "title")
_TITLE_WORDS = frozenset(w for w in _HEADING_WORDS if w.endswith("title"))
_TITLE_NAME = _name_pattern(_TITLE_WORDS)
_TITLED_TAGS = frozenset(("div", "p", "section"))


def _titled(elements: dict[int, tuple[str, str]], element: int) -> bool:
    """Is the block element at ``element`` a ``<div>``, ``<p>`` or ``<section>`` whose class or id names a title
    (:data:`_TITLE_WORDS`; a word of the value: ``admonition-title``, not ``titlebar``)? A short line alone in it is a
    heading: MkDocs' admonition's ``<p class="admonition-title">提示</p>`` over its text (dev14 w14-010/011), pandoc's
    abstract's ``<div class="abstract-title">摘要</div>`` (dev16 k16-002), a Q&A box's ``<div class="best-title">最佳答案</div>``
    (dev15 w15-002), the gold's headings all; a block of furniture (a site's ``site-title``, a panel's ``panel-heading``)
    is debris before (its class or box), or by position after the article (:func:`_frame`)."""
    tag, attrs = elements.get(element, ("", ""))
    # (a look in C for the word's letters first: most blocks' attributes hold none, and the cached test hashes them)
    return bool(attrs) and ("itle" in attrs or "ITLE" in attrs) and tag in _TITLED_TAGS and _titled_attrs(attrs)


@functools.lru_cache(maxsize=4096)
def _titled_attrs(attrs: str) -> bool:
    """Does a class or id in a start tag's attributes name a title (:func:`_titled`)? (Once per attributes' text.)"""
    return any(_names(quoted or single or bare, _TITLE_WORDS, _TITLE_NAME) for quoted, single, bare in _CLASS.findall(attrs))


def _titled_box(i: int, kinds: list[str], paths: list[tuple[int, ...]]) -> bool:
    """Does unit ``i``, a :func:`_titled` heading, open its parent element, and is the next unit in that element, past
    credit lines, prose? Then it heads its box: the admonition's ``<p>`` (dev14 w14-010/011), the abstract's (dev16
    k16-002), the best answer's text under its answerer's line (dev15 w15-002), an article's ``<div class="title">`` over
    its paragraphs. Not a sidebar box's ``<div class="title">热门推荐</div>`` over its links, nor a tab row
    (``<div class="tab-title">正文　图集　视频</div>``) set under the ``<h1>`` in the same parent (review30)."""
    parent = paths[i][:-1]
    depth = len(parent)

    def inside(j: int) -> bool:
        return len(paths[j]) > depth and paths[j][:depth] == parent

    if i and inside(i - 1):
        return False
    for j in range(i + 1, len(kinds)):
        if not inside(j) or kinds[j] not in ("byline", "meta"):
            return inside(j) and kinds[j] == "paragraph"
    return False


_CLAUSE_COMMA = re.compile(r"[，、]")  # a clause's comma: a short line holding one is text, not a label


def _closing_line(text: str, path: tuple[int, ...], prose: tuple[int, ...], elements: dict[int, tuple[str, str]]) -> bool:
    """Is a short line right under the last prose, holding a clause comma, the writer's closing line without a full
    stop (``总的来说，还会再来``), no label? Only in an element of the prose's own tag under the same parent (a
    ``<p>`` after the ``<p>``s): a box of its own under the article holds a site's line (``订阅电子报，每周精选…``)."""
    return "，" in text and bool(path) and bool(prose) and path[:-1] == prose[:-1] \
        and elements[path[-1]][0] == elements[prose[-1]][0]


_HEAD_TEXT = 16  # characters of a section head (:func:`_sibling_heads`)


def _head_key(path: tuple[int, ...], elements: dict[int, tuple[str, str]]) -> tuple:
    """A block's place in the markup as a section head's: its element's tag and class, its parent's, its depth."""
    return (_signature(elements, path[-1]), _signature(elements, path[-2]) if len(path) > 1 else None, len(path)) \
        if path else ()


def _sibling_heads(kinds: list[str], texts: list[str], paths: list[tuple[int, ...]], elements: dict[int, tuple[str, str]],
                   first: int, last: int) -> set[int]:
    """Headings after the last prose, over a list, set in the markup of the article's own section heads (an ``<h2>``
    … ``<h6>`` of the same class, under a parent of the same tag and class, at the same depth as a heading between
    the title and the last prose): the article's last section's head, kept though its list is furniture ("參見" /
    links as a wiki article's last <h2>, "相关文档" as a manual's third <h2>); not a references head
    (:data:`rules.REFERENCE_HEAD`) nor a furniture word alone (``附件``, ``目录``, ``相关新闻``: :func:`standalone_kind`).
    A head in a box of its own ("相關新聞" in ``<div class="rel">``) has another key."""
    keys = {_head_key(paths[i], elements) for i in range(first, last) if kinds[i] == "heading" and paths[i]
            and elements[paths[i][-1]][0] in sitefurn.HEAD_TAGS}
    if not keys:
        return set()
    # (the markup's tests first, a look-up each: the line rules, :func:`standalone_kind`, cost some 50 times as much
    # where the text is new, and few units after the last prose sit in a head's markup over a list item)
    return {i for i in range(last + 1, len(kinds) - 1) if kinds[i] in ("heading", "debris") and paths[i] and paths[i + 1]
            and paths[i - 1] != paths[i]  # (a whole block: not the "[編輯]" cut off a heading, :func:`_edit_tool`)
            and len(texts[i]) <= _HEAD_TEXT and elements[paths[i + 1][-1]][0] == "li" and _head_key(paths[i], elements) in keys
            and not rules.SENTENCE_END_RE.search(texts[i]) and not rules.REFERENCE_HEAD.fullmatch(texts[i])
            and standalone_kind(texts[i]) != "debris"}


def _styled_heads(kinds: list[str], texts: list[str], paths: list[tuple[int, ...]], elements: dict[int, tuple[str, str]],
                  first: int, last: int) -> set[int]:
    """Section heads set as styled blocks (``<div class="sec">出发前读一读</div>``): short blocks without a
    sentence end, from the title to the last prose, two or more of them in elements of one tag and class,
    at least one of them right above a prose block. They become headings (the first one, between the
    title and the first prose, is no label to drop)."""
    found: dict[tuple[str, str], list[int]] = {}
    for i in range(first, last):
        if kinds[i] == "paragraph" and paths[i] and len(texts[i]) <= 16 \
                and not rules.SENTENCE_END_RE.search(texts[i]) and not _LABELLED.search(texts[i]):
            sig = _signature(elements, paths[i][-1])
            if sig[1] and sig[0] in ("div", "p", "section"):
                found.setdefault(sig, []).append(i)
    heads: set[int] = set()
    for members in found.values():
        if len(members) >= 2 and len({texts[i] for i in members}) == len(members) \
                and any(_is_prose(kinds[i + 1], texts[i + 1]) for i in members):  # (a label repeated is no head)
            heads.update(members)
    for i in heads:
        kinds[i] = "heading"
    return heads


def _small_tables(kinds: list[str], texts: list[str], tables: dict[int, list[int]],
                  test: Callable[[list[str]], bool] = small_table) -> None:
    """A table whose cells are apparatus (:func:`~.common.small_table`): debris, like the text route's table rows;
    with ``test`` :func:`_key_values`, a definition list of short terms and values (a wiki's infobox). ``tables``:
    the units of each table (or list), :func:`_innermost`."""
    for cells in tables.values():
        if all(kinds[i] in ("paragraph", "heading", "debris") for i in cells) and test([texts[i] for i in cells]):
            for i in cells:
                kinds[i] = "debris"


def _grid_tables(kinds: list[str], texts: list[str], tables: dict[int, list[int]], paths: list[tuple[int, ...]],
                 elements: dict[int, tuple[str, str]]) -> None:
    """A grid of short cells: a table of two or more rows that hold one number of cells each (two or more, four or
    more in all), every cell ≤ 20 characters without a sentence end (an idiom's ``近义词`` / ``水到渠成`` / ``反义词`` /
    ``急于求成``, a docs page's ``参数`` / ``默认值`` / ``说明`` over ``mode`` / ``default`` / ``切分模式``; dev14): debris, one
    unit per cell, as the corpus's convention for table cells has it, with no figure in it (:func:`_small_tables`
    asks for figures in a third of the cells of a table of any shape)."""
    row_of: dict[int, int] | None = None  # (each cell's row, found once a table of short cells is seen)
    for cells in tables.values():
        if len(cells) < 4 or any(kinds[i] not in ("paragraph", "heading", "debris") or len(texts[i].replace(" ", "")) > CELL_MAX
                                 or rules.SENTENCE_END_RE.search(texts[i]) for i in cells):
            continue
        if row_of is None:
            row_of = {i: row for row, units in _innermost(paths, _tagged(elements, ("tr",))).items() for i in units}
        per_row = collections.Counter(row_of.get(i) for i in cells)
        if None not in per_row and len(per_row) >= 2 and len(set(per_row.values())) == 1 and min(per_row.values()) >= 2:
            for i in cells:
                kinds[i] = "debris"


def _table_heads(kinds: list[str], texts: list[str], tables: dict[int, list[int]]) -> None:
    """A heading right over a table of apparatus (every cell debris) that heads nothing else (a heading, the title or
    the page's end right under the table) and is no numbered section of the document (``四、評分方式`` stays): the
    table's label, debris too (``<h3>課程資訊</h3>`` over a course's table of fields, ``課號`` / ``CSIE2010`` / ``學分`` /
    ``3``, then ``<h3>一、課程概述</h3>``; dev14)."""
    for cells in tables.values():
        first, last = cells[0], cells[-1]
        if first and kinds[first - 1] == "heading" and all(kinds[i] == "debris" for i in cells) \
                and (last + 1 == len(kinds) or kinds[last + 1] in ("heading", "title")) \
                and not (texts[first - 1][:1].isdigit() or rules.ITEM_MARK.match(texts[first - 1])):
            kinds[first - 1] = "debris"


# a table's note naming the source of its figures ("数据来源：国家统计局　制表：严立新", "资料来源：公司公告，…", "資料來源：…"):
# the PDF reader's small print right under a table (dev13 p13-004, dev15 p15-001), the gold's furniture there too
_TABLE_SOURCE = re.compile(r"(?:数据|資料|资料|數據)(?:来源|來源)[:：]")


def _table_captions(kinds: list[str], texts: list[str], tables: dict[int, list[int]]) -> None:
    """A short line right above or below a table of apparatus (every cell debris) that opens with a table's or
    figure's number (``表1　2023年主要活动统计``, ``图2``: :data:`office.CAPTION`, the PDF and DOCX readers' test), no
    sentence in it: the table's caption, debris with it (a word processor's export sets it as a paragraph under the
    table, dev15); and one right below it that names the figures' source (:data:`_TABLE_SOURCE`: ``数据来源：国家统计局
    制表：严立新`` under a news story's table, dev15 y15-005; a meta line by the line rules' 来源): the table's note."""
    for cells in tables.values():
        if not all(kinds[i] == "debris" for i in cells):
            continue
        for i in (cells[0] - 1, cells[-1] + 1):
            if 0 <= i < len(kinds) and len(texts[i]) <= office.CAPTION_MAX and (
                    kinds[i] in ("paragraph", "heading") and office.CAPTION.match(texts[i])
                    or i > cells[-1] and kinds[i] in ("paragraph", "meta") and _TABLE_SOURCE.match(texts[i])) \
                    and not rules.SENTENCE_END_RE.search(texts[i]):
                kinds[i] = "debris"


_LABEL_CELL = 12  # characters of a record table's label cell, its colon included


def _label_rows(kinds: list[str], texts: list[str], tables: dict[int, list[int]], paths: list[tuple[int, ...]],
                elements: dict[int, tuple[str, str]]) -> None:
    """A table of three or more rows of a label cell and a value cell, the label ending with a colon or set as a header
    cell (``<th>``) beside a data cell (a catalogue record's ``出版发行项:`` / ``长沙出版社, 2019`` / ``载体形态项:`` /
    ``268页 : 图 ; 23cm``, ``<th>出版項</th><td>臺北市：左岸文化，2022[民111]</td>`` / ``<th>面數/尺寸</th><td>318面；21公分</td>``):
    the record's fields, debris, as the text route's metadata table is (:func:`_small_tables` misses it where a value is
    long or holds a ``;``; ``tables``: the units of each table, :func:`_innermost`)."""
    for cells in tables.values():
        if len(cells) < 6 or len(cells) % 2 or any(kinds[i] not in ("paragraph", "meta", "heading", "debris") for i in cells):
            continue
        labels, values = cells[0::2], cells[1::2]
        if all(len(texts[i]) <= _LABEL_CELL and (texts[i][-1] in "：:" or _cell_tag(paths[i], elements) == "th") for i in labels) \
                and all(_cell_tag(paths[i], elements) != "th" for i in values) \
                and all(texts[i][-1] not in "：:。" and len(texts[i]) <= 2 * _FIELD_MAX for i in values):
            for i in cells:
                kinds[i] = "debris"


def _cell_tag(path: tuple[int, ...], elements: dict[int, tuple[str, str]]) -> str:
    """The tag of the innermost block element around a unit (``th``, ``td``, ...); "" at the top level."""
    return elements[path[-1]][0] if path else ""


def _tagged(elements: dict[int, tuple[str, str]], tags: tuple[str, ...]) -> set[int]:
    """The elements whose tag is one of ``tags`` (a set: one look-up per element of a unit's path; picked in C)."""
    return set(itertools.compress(elements, map(tags.__contains__, map(_TAG, elements.values()))))


def _innermost(paths: list[tuple[int, ...]], among: set[int]) -> dict[int, list[int]]:
    """The units under each element of ``among``, each unit under the innermost one around it (if any), in order."""
    found: dict[int, list[int]] = {}
    if among:
        # (the units whose path meets ``among``, picked in C: most units' paths do not)
        for i in itertools.compress(range(len(paths)), map(operator.not_, map(among.isdisjoint, paths))):
            for element in reversed(paths[i]):
                if element in among:
                    found.setdefault(element, []).append(i)
                    break
    return found


def _key_values(cells: list[str]) -> bool:
    """A definition list's terms and values (two pairs or more), each short and without a sentence end
    (``中文名`` / ``月山车站`` / ``所属地区`` / ``合肥``): an infobox, apparatus; a glossary's definitions are prose."""
    return len(cells) >= 4 and all(len(t) <= CELL_MAX and not rules.SENTENCE_END_RE.search(t) for t in cells)


_RATING = re.compile(r"[★☆]{3,5}")  # a reader's star rating opening a review
_FIELD_MAX = 30  # characters of a metadata table's field (the text route's)


def _field_lists(kinds: list[str], texts: list[str], paths: list[tuple[int, ...]],
                 elements: dict[int, tuple[str, str]]) -> None:
    """A list (``<ul>``/``<ol>``) whose items are all short ``label：value`` fields, three or more (a trip's
    facts ``出發時間：5月`` / ``出行天數：2天`` / ``人均費用：2600元``): a metadata table, debris, by the text
    route's rule (:func:`classify.field_table`; a byline among them keeps them all), as a ``<dl>`` of short
    terms and values is. Fields in paragraphs of their own (a press conference's ``时间：…`` / ``地点：…``
    under the title) stay."""
    for items in _innermost(paths, _tagged(elements, ("ul", "ol"))).values():
        if len(items) < 3 or any(len(texts[i]) > 2 * _FIELD_MAX for i in items):
            continue
        sqs = [texts[i].replace(" ", "") for i in items]
        if all(len(sq) <= _FIELD_MAX for sq in sqs) \
                and field_table(["" if kinds[i] == "paragraph" else kinds[i] for i in items], sqs):
            for i in items:
                kinds[i] = "debris"


_CODE_SHARE = 0.8  # share of ASCII among a <pre> block's characters that makes it a program listing
_CODE_MARKS = re.compile(r"[=(){};]")  # and a sign of code in it
_MARKED_SHARE = 0.5  # ... or half, in a <pre><code> (marked as code) with a sign of code in it


def _code_blocks(kinds: list[str], texts: list[str], paths: list[tuple[int, ...]],
                 elements: dict[int, tuple[str, str]], offsets: list[list[list[int]]], source: str) -> None:
    """A ``<pre>`` block that is mostly ASCII with a sign of code in it (a tech post's listing, ``import
    pandas as pd`` / ``df = pd.read_csv(…)``), or marked as code (``<pre><code>pip install x</code></pre>``), or wholly ASCII in every
    unit of it (a shell's commands without a sign of code, ``pip install ci-wenben`` / ``wenben --help``: every all-ASCII ``<pre>`` of
    the dev golds is furniture, dev12 w12, dev14 w14, dev16 k16-002 and k16-004), is debris, as code in a text dump is; preformatted
    Chinese text (a poem, a plain-text table, a mail's message with its address lines) stays."""
    pre = _tagged(elements, ("pre",))
    inside = _innermost(paths, pre)  # (the units of each <pre>)
    for units in inside.values():
        # (a <pre> wholly in ASCII, its every unit: a listing without a sign of code, a shell's commands,
        # "pip install ci-wenben" / "wenben --help" in GitHub's <div class="highlight"><pre>, dev16 k16-004)
        ascii_only = all(texts[i].isascii() for i in units)
        for i in units:
            if kinds[i] in ("paragraph", "heading"):
                text = texts[i].replace(" ", "")
                share = sum(map(str.isascii, text)) / max(1, len(text))
                marks = _CODE_MARKS.search(text) is not None
                marked = bool(offsets[i]) and _PRE_CODE.search(source, max(0, offsets[i][0][1] - 120), offsets[i][0][1]) is not None
                # (marked as code with a sign of code in it: a listing whose comments are in Chinese, "# 安装指定版本的工具包" /
                # "pip install foo==1.2.3", a docs site's Pygments block, is still code at half ASCII; newuser24b trial;
                # not a Chinese sentence in <code>, _comments_only: "注意：请在 config.yaml 里设置 max_length = 512，…。")
                if ascii_only or (share >= _CODE_SHARE and (marks or marked)) or (
                        marked and marks and share >= _MARKED_SHARE and _comments_only(text)):
                    kinds[i] = "debris"


def _comments_only(text: str) -> bool:
    """``text`` (a ``<pre><code>`` unit's text) holds its hanzi in comments only: no sentence ends in it (``。！？``) and
    a comment's mark (``#``, ``//``) comes before its first hanzi (``# 创建虚拟环境`` / ``python -m venv .venv``), not
    a Chinese sentence about code (``注意：请在 config.yaml 里设置 max_length = 512，不要超过这个值。``, review33 F5)."""
    if any(ch in text for ch in "。！？"):
        return False
    m = rules.HANZI.search(text)
    if m is None:
        return True
    at = m.start()
    return text.find("#", 0, at) >= 0 or text.find("//", 0, at) >= 0


# a <code> element right inside a <pre>, up to a unit's first character: marked as code (``<pre><code>pip install
# fast-tokenizer</code></pre>``, a command without a sign of code, dev14), a highlighter's spans around its first line
# or not (pandoc's ``<pre class="sourceCode"><code><span id="cb1-1">$ ./borrow …</span>``, dev15)
# (Pygments puts an empty span between them: ``<pre><span></span><code>``, a docs site's highlighttable, newuser24b trial)
_PRE_CODE = re.compile(r"<pre\b[^>]*>\s*(?:<span\b[^>]*>\s*</span>\s*)?<code\b[^>]*>\s*(?:<span\b[^>]*>\s*)*$", re.I)


_SIGNATURE = "--"  # the delimiter of a mail's or a bulletin board post's signature, alone on its line (a PTT post, dev14)


def _list_head(text: str) -> bool:
    """A related list's heading (``延伸閱讀``, ``相关新闻``, ``rules.LIST_HEADS``; bracketed or not)."""
    sq = text.replace(" ", "").strip("【】[]")
    return len(sq) <= 8 and (sq in rules.LIST_HEADS or len(sq) >= 4 and sq in rules.DEBRIS_WORDS)


# a block element's class or id naming the article's credit: its author, byline, reporter or source (a word of the
# value in any case, or a word in camel case, "recAuthor"; a whole word: not "AuthorInfo-badge", "authority")
_CREDIT_CLASS = re.compile(r"""\b(?i:class|id)\s*=\s*["']?[^"'>]*?(?:(?<![A-Za-z])(?i:author|byline|credit|writer|reporter|source)"""
                           r"""|(?<=[a-z])(?:Author|Byline|Credit|Writer|Reporter|Source))s?(?![A-Za-z])""")
_CREDIT_MAX = 40  # characters of a credit line alone in its element
_CREDITS = 2  # such lines on a page: the article's credits (a writer's, a photographer's); more are posters


def _credit_element(elements: dict[int, tuple[str, str]], element: int, text: str) -> bool:
    """Does a short block without a sentence end sit in an element whose class or id names the credit
    (``<div class="author">高點升大學研究室　整理</div>``, ``<p class="credit">主播 林佩蓉　記者 黃志偉</p>``,
    ``<p class="source"><a>林野</a> 〔唐代〕</p>``)? Then it is a byline, whatever its link text says (an author's
    name links to the author's page) or its words (no credit word: "整理", a broadcast's roles) — where it is the
    element's only block and the page has no more than :data:`_CREDITS` of them (:func:`read_html`)."""
    attrs = elements.get(element, ("", ""))[1]
    return bool(attrs) and _credit_attrs(attrs) and not rules.SENTENCE_END_RE.search(text)


@functools.lru_cache(maxsize=8192)
def _credit_attrs(attrs: str) -> bool:
    """Does a class or id in a start tag's attributes name the credit (:data:`_CREDIT_CLASS`)? (Once per attributes'
    text: the blocks of a page, and the pages of a site, repeat them; the search tries the pattern at every character.)"""
    return _CREDIT_CLASS.search(attrs) is not None


_CREDIT_PART = 16  # characters of each part of a credit line set apart by middle dots (:func:`_dotted_credit`)
_CREDIT_NAME = 8  # characters of its name (a part without a digit), squeezed
_MIDDLE_DOT = re.compile(f"[{rules.MIDDLE_DOTS}]")


def _dotted_credit(text: str) -> bool:
    """Is ``text`` a credit line of two to four short parts set apart by middle dots (``·•・``), one of them a date and
    the parts without a digit names (short, no clause mark nor colon; no sentence end anywhere): a blog's
    ``李青 · 2024年3月2日``, ``2024年3月8日 · 6 分鐘 · 陳嘉欣``, ``文／阿嬤的灶腳 · 2024年2月14日``, ``2024-03-02 • 李青``; not a
    notice, ``本文首发于2024年3月2日 · 转载请注明出处。``?"""
    if rules.SENTENCE_END_RE.search(text):
        return False
    parts = [part.strip() for part in _MIDDLE_DOT.split(text)]
    names = [part for part in parts if not any(map(str.isdigit, part))]
    return 2 <= len(parts) <= 4 and all(0 < len(part) <= _CREDIT_PART for part in parts) \
        and any(rules.DATE.search(part) for part in parts) and bool(names) \
        and all(len("".join(name.split())) <= _CREDIT_NAME and not rules.PUNCT.search(name) for name in names)


def _stray_date(kinds: list[str], texts: list[str], groups: list[int], i: int) -> bool:
    """Is unit ``i``, between the title and the first prose, a date alone that stands apart from any credit
    (:func:`~..classify.stray_date`: furniture)? Not one right under a byline (``記者陳怡君／桃園報導`` /
    ``2024/05/02 14:30``): the byline's date, the article's, the corpus convention settled in session 16 (``stray_date``
    keeps it); nor one over the byline (:func:`_over_byline`)."""
    return stray_date(kinds, i, texts[i].replace(" ", ""), _above(kinds, groups, i)) and not _over_byline(kinds, texts, i)


_BYLINE_REACH = 3  # units of furniture between a date and the byline under it


def _over_byline(kinds: list[str], texts: list[str], i: int) -> bool:
    """Is the first unit under unit ``i`` past furniture and short labels (a player's ``弹幕加载中…``, a tool bar; at
    most :data:`_BYLINE_REACH`) a byline? A date between the title and the byline is the article's, whatever stands
    between it and the title (a subtitle, ``逾百名青年到場交流經驗`` / ``2024-05-13 10:30`` / ``本報記者 袁華``; a view
    counter, ``14306播放 · 812弹幕``), as one right under the title is (dev13 w13-015 and w13-000, two designs; dev6
    w6-014's ``【新界時報】　2021年6月20日`` over its byline, the same convention)."""
    for j in range(i + 1, min(i + 2 + _BYLINE_REACH, len(kinds))):
        if kinds[j] != "debris" and not _short_label(kinds[j], texts[j]):
            return kinds[j] == "byline"
    return False


def _date_alone(text: str) -> bool:
    """Is ``text`` a date alone (``2023-03-06 15:33``, ``2024年5月2日星期四``)? A meta line so straight over the title
    (a blog's or a press release's date above its ``<h1>``) is the document's date, as the same date under the title
    is; a line so before a ``<br>`` is a date stamp over its time, no unit's end (:func:`_line_ends`)."""
    return text[:2] in ("19", "20") and inline.DATE_ALONE.fullmatch("".join(text.split())) is not None


def _above(kinds: list[str], groups: list[int], i: int) -> int:
    """The unit above unit ``i``, past furniture cut out of the same block ("【新界時報】" before its date)."""
    j = i - 1
    while j > 0 and kinds[j] == "debris" and groups[j] == groups[i]:
        j -= 1
    return j


_ADDRESS_MAX = 240  # characters of a line of a label and a web address


def _address_lines(kinds: list[str], texts: list[str]) -> None:
    """A paragraph of a label and a web address alone (``本文地址：https://…``, ``本文链接：https://…``,
    ``文章網址: https://…``): the page's own address, furniture (dev15 w15-008; dev12 w12-008 and dev14 v14-000 print
    theirs in furniture boxes, the gold's furniture as well: three designs, three batches; no content unit of the
    corpus holds a web address). The address runs to the line's end: no space, no punctuation but ASCII's in it
    (a path may hold hanzi: ``https://blog.kaifa.net/码农小周/…``)."""
    for i, text in enumerate(texts):
        if kinds[i] == "paragraph" and len(text) <= _ADDRESS_MAX and ("://" in text or "www." in text):
            label = rules.LABEL.match(text)
            if label is not None:
                address = text[label.end():].lstrip()
                if URL_LINE.match(address) and all(ch.isalnum() or ch.isascii() and not ch.isspace() for ch in address):
                    kinds[i] = "debris"


def _endings(kinds: list[str], texts: list[str]) -> None:
    """An end mark over a date stamp, as a press release ends ("完" / "2023年7月11日（星期二）" /
    "香港時間6時45分", the text route's :func:`webdump.mark_endings`): the mark is debris, the date and
    time (one block or two) are meta — :func:`article.press_release_end`, except that a time block under
    the date stays a block of its own here."""
    for time in article.press_release_end(kinds, texts).values():
        if time:
            kinds[time] = "meta"


_TIME_OPEN = re.compile(r"<time\b[^>]*>\s*$", re.I)
_TIME_CLOSE = re.compile(r"\s*</time\s*>", re.I)


def _time_elements(kinds: list[str], texts: list[str], offsets: list[list[list[int]]], source: str) -> set[int]:
    """A short paragraph that is wholly the text of a ``<time>`` element (``<time>6/4/2023</time>``, a
    date in any format) is ``meta``; returns those units (the page marked them as its date: no stray date)."""
    found: set[int] = set()
    if "<time" not in source and "<TIME" not in source:
        return found
    for i, (kind, text) in enumerate(zip(kinds, texts, strict=True)):
        if kind not in ("paragraph", "meta") or len(text) > 30 or not offsets[i]:
            continue
        start, end = offsets[i][0][1], offsets[i][-1][1] + offsets[i][-1][2]
        if _TIME_OPEN.search(source, max(0, start - 120), start) and _TIME_CLOSE.match(source, end):
            kinds[i] = "meta"
            found.add(i)
    return found


_FONT_SIZE = re.compile(r"""font-size\s*:\s*(\d+(?:\.\d+)?)pt|<font[^>]*\bsize\s*=\s*["']?([5-7])\b""", re.I)
_LARGE_PT = 20  # points: type this large is a title's


def _large_type_title(kinds: list[str], texts: list[str], offsets: list[list[list[int]]], source: str) -> None:
    """A title set as a paragraph in large type above the first ``<h1>`` when that ``<h1>`` is a numbered
    section head (``一、洛杉矶快船概况``: a word processor's export makes every Heading 1 an ``<h1>`` and its
    Title style a ``<p>`` in 26 points): the large paragraph is the title, the ``<h1>`` a heading."""
    title = kinds.index("title")
    if not rules.ITEM_MARK.match(texts[title]):
        return
    for i in range(title):
        if kinds[i] not in ("paragraph", "debris") or len(texts[i]) > 40 or rules.SENTENCE_END_RE.search(texts[i]) \
                or not offsets[i]:
            continue
        start = offsets[i][0][1]
        opened = source.rfind("<p", 0, start)
        if opened < 0 or start - opened > 1200:
            continue
        if any(float(m.group(1) or 0) >= _LARGE_PT or m.group(2) in ("6", "7")
               for m in _FONT_SIZE.finditer(source, opened, start)):
            kinds[i], kinds[title] = "title", "heading"
            return


# a block's type size in its style (``font-size: 26px``, ``15pt``, ``1.6em``) or a ``<font size="6">``; in px (a point
# 4/3 px, an em the body's 16 px)
_STYLE_SIZE = re.compile(r"""font-size\s*:\s*(\d+(?:\.\d+)?)\s*(px|pt|r?em)|(?:^|\s)size\s*=\s*["']?([1-7])\b""", re.I)
_FONT_TAG_PX = (0, 10, 13, 16, 18, 24, 32, 48)  # <font size="1"> … "7" in px (a browser's defaults)
_BODY_PX = 16.0  # the type size of text no style sets
_STYLED_TITLE_PX = 20.0  # px: a block in type this large (and larger than the prose's) above it is a title
_STYLED_TITLE_MAX = 60  # characters of such a title


def _type_px(path: tuple[int, ...], elements: dict[int, tuple[str, str]]) -> float:
    """The type size (px) of a block at ``path``: the innermost open element whose attributes set one, else
    :data:`_BODY_PX`."""
    for element in reversed(path):
        attrs = elements.get(element, ("", ""))[1]
        if attrs and ("size" in attrs or "SIZE" in attrs):
            m = _STYLE_SIZE.search(attrs)
            if m:
                if m.group(3):
                    return float(_FONT_TAG_PX[int(m.group(3))])
                unit = m.group(2).lower()
                return float(m.group(1)) * (1 if unit == "px" else 4 / 3 if unit == "pt" else _BODY_PX)
    return _BODY_PX


def _styled_title(kinds: list[str], texts: list[str], paths: list[tuple[int, ...]],
                  elements: dict[int, tuple[str, str]], source: str) -> None:
    """A page without an ``<h1>``: a short block without a sentence end set in large type (20 px or more, and
    larger than the first prose's; the largest there, the first of that size), before the first prose and above
    the title the other rules chose or where they chose none, is the title (``<div style="font-size:26px">清溪县：…</div>`` under a menu and over
    the credit; a shop's product name in 20 px over its ``<h2>商品規格</h2>``); the heading chosen before
    is a heading. Not over a heading that the page's ``<title>`` holds (:func:`_choose_title`'s), nor a block
    that the ``<title>`` holds after a separator (the site's name in its slot: ``標題 - 晨光新聞網``)."""
    title = kinds.index("title") if "title" in kinds else len(kinds)
    first = next((i for i, (k, t) in enumerate(zip(kinds, texts, strict=True)) if _is_prose(k, t)), len(kinds))
    if first == len(kinds):
        return
    best, largest = -1, _STYLED_TITLE_PX  # (the largest type there; the first block of that size)
    for i in range(min(title, first)):
        if kinds[i] not in ("paragraph", "heading") or len(texts[i]) > _STYLED_TITLE_MAX \
                or rules.SENTENCE_END_RE.search(texts[i]):
            continue
        size = _type_px(paths[i], elements)
        if size > largest or size == largest and best < 0:
            best, largest = i, size
    if best < 0 or largest <= _type_px(paths[first], elements):
        return
    page_title = _page_title(source)
    if page_title and (title < len(kinds) and texts[title].replace(" ", "") in page_title
                       or _site_slot(texts[best].replace(" ", ""), page_title)):
        return
    if title < len(kinds):
        kinds[title] = "heading"
    kinds[best] = "title"


def _site_slot(text: str, page_title: str) -> bool:
    """Does the page's ``<title>`` hold ``text`` after a separator (``標題 - 晨光新聞網``: the site's name)?"""
    at = page_title.find(text, 1)
    return at > 0 and page_title[at - 1] in _TITLE_SEPARATORS


def _page_title(source: str) -> str:
    """The page's ``<title>`` (in the head), whitespace dropped; "" if none."""
    body = source.find("<body")
    m = _TITLE.search(source, 0, body if body >= 0 else len(source))
    return "".join(htmllib.unescape(m.group(1)).split()) if m else ""


def _site_name_title(kinds: list[str], texts: list[str], source: str) -> None:
    """An ``<h1>`` over a heading before the first prose that the page's ``<title>`` is or opens (before a
    separator: ``京都五日 - 小鹿的旅行筆記本``), when the ``<title>`` ends with the ``<h1>`` (the site's slot) or
    does not hold it and the heading is the longer: the ``<h1>`` is the blog's or site's name (debris) and that
    heading the title (not ``<h1>南溪大學舉行畢業典禮</h1><h2>新聞中心</h2>`` under ``新聞中心 - 南溪大學``)."""
    title = kinds.index("title")
    page_title = _page_title(source)
    h1 = texts[title].replace(" ", "")
    if not page_title or page_title.startswith(h1):
        return
    site_slot = page_title.endswith(h1) and page_title[-len(h1) - 1] in _TITLE_SEPARATORS
    if not site_slot and h1 in page_title:
        return
    for i in range(title + 1, len(kinds)):
        if _is_prose(kinds[i], texts[i]):
            return
        head = texts[i].replace(" ", "")
        if kinds[i] == "heading" and len(head) >= 4 and (site_slot or len(head) > len(h1)) \
                and page_title.startswith(head) \
                and (len(page_title) == len(head) or page_title[len(head)] in _TITLE_SEPARATORS):
            kinds[title], kinds[i] = "debris", "title"
            return


_TITLE_SEPARATORS = frozenset("-_|–—｜:：·•")


def _choose_title(kinds: list[str], texts: list[str], source: str) -> None:
    """No ``<h1>`` outside the furniture: the title is the first heading before the first prose block
    that the page's ``<title>`` contains (``黑龍江`` in ``<title>黑龍江 - 香江日報</title>``), else the
    first heading before any paragraph."""
    page_title = _page_title(source)
    if page_title:
        for i, (kind, text) in enumerate(zip(kinds, texts, strict=True)):
            if _is_prose(kind, text):
                break
            if kind == "heading" and len(text) >= 2 and text.replace(" ", "") in page_title:
                kinds[i] = "title"
                return
    for i, kind in enumerate(kinds):
        if kind == "heading":
            kinds[i] = "title"
            return
        if kind == "paragraph":
            return


def _edit_tool(text: str) -> int:
    """Where a wiki's edit link ("[編輯]", "[编辑]") at the end of a heading starts; 0 if none."""
    m = rules.EDIT_TOOL.search(text, max(0, len(text) - 16))
    return m.start() if m and m.end() == len(text) and m.start() > 0 else 0


def _cut_runs(runs: list[list[int]], at: int) -> list[list[list[int]]]:
    """Offset runs of ``text[:at]`` and ``text[at:]`` (re-based) from the runs of ``text``."""
    head, tail = [], []
    for t, src, n in runs:
        if t + n <= at:
            head.append([t, src, n])
        elif t >= at:
            tail.append([t - at, src, n])
        else:  # (n >= 2: never an entity's run, which is one character long)
            head.append([t, src, at - t])
            tail.append([0, src + at - t, t + n - at])
    return [head, tail]


def _slice(block: _Block, a: int, b: int) -> _Block:
    """The part of ``block`` whose joined text is ``[a, b)`` (same path; for cutting furniture out of it)."""
    part = _Block()
    part.path = block.path
    for (text, at), start in zip(block.segs, block.starts, strict=True):
        lo, hi = max(a, start), min(b, start + len(text))
        if lo < hi:  # (an entity's character is a piece of its own: it keeps its "&" offset)
            part.add(text[lo - start:hi - start], at + lo - start, False, False)
    return part


def _pieces(block: _Block, kind: str) -> list[tuple[str, _Block]]:
    """The block, or its parts when it is a credit line with site furniture on it (a view counter,
    a tool bar, a place of posting: :func:`inline.furniture_spans`, the text route's one rule): the
    furniture parts are ``debris``. A short block beside an image (``kind`` debris: a caption, a credit
    beside the poster's avatar) is cut too, and what is left of it is then a paragraph, not debris
    (``UP主：阿柒爱吃`` and ``+ 关注 8.6万``). (:func:`read_html` calls it on a block of at most 360 characters that
    holds a credit hint, ``阅读``, ``浏览``, ``】``: :data:`inline.HINTS`.)"""
    joined = block.text
    spans = inline.furniture_spans(joined, seams=_seams(block))
    if not spans:
        return [(kind, block)]
    out: list[tuple[str, _Block]] = []
    at = 0
    for start, end in spans:
        if joined[at:start].strip():
            out.append(("paragraph", _slice(block, at, start)))
        out.append(("debris", _slice(block, start, end)))
        at = end
    if joined[at:].strip():
        out.append(("paragraph", _slice(block, at, len(joined))))
    return out


def _seams(block: _Block) -> list[int]:
    """Where in the block's text markup stands between two segments that touch (``<small>作者：</small>张某<small>浏览次数：``):
    an element's boundary, a gap between fields for :func:`inline.furniture_spans` (not an entity's, ``&gt;``)."""
    segs = block.segs
    if len(segs) < 2:
        return []
    source = _SOURCE[0]
    out = []
    for start, (prev, at), (_, nxt) in zip(block.starts[1:], segs, segs[1:], strict=False):
        end = at + len(prev)
        if source.find("<", end, nxt) >= 0:
            out.append(start)
    return out


def _pre_prose(whole: _Block, elements: dict[int, tuple[str, str]]) -> bool:
    """Is ``whole`` preformatted prose: a block inside a ``<pre>`` that keeps a blank line (paragraphs set apart, a
    mail archive's message body) and is not mostly ASCII (a program listing, :func:`_code_blocks`' share)?"""
    if not any(elements[e][0] == "pre" for e in whole.path if e in elements):
        return False
    joined = whole.text
    if _BLANK_LINE.search(joined) is None:
        return False
    text = "".join(joined.split())
    return sum(map(str.isascii, text)) < _CODE_SHARE * len(text)


_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


def _pre_pieces(whole: _Block) -> list[tuple[str, _Block]]:
    """Preformatted prose cut where the text route cuts the same text, a plain-text dump as it stands (its lines are
    the text's own: paragraphs set apart by blank lines, lines wrapped by hand, a short heading or field line alone):
    each of its units a piece, its headings headings and the rest paragraphs (the page's line rules then read the
    short ones: ``时间：…`` a meta line, as in any other block). What is furniture the page's own rules say (the text
    route sees the block alone, out of the page: a signature under ``--`` is :data:`_SIGNATURE`'s, and lines after
    the last prose are :func:`_frame`'s), so that no text of the block turns debris here."""
    joined = whole.text
    # each unit's span of the block's text, in the block's order; a span that overlaps the one before it (a text the
    # text route read in columns, each column's lines in turn) joins it, so that no text is lost or doubled
    spans: list[list] = []
    for start, end, kind in sorted((min(run[1] for run in unit.offsets), max(run[1] + run[2] for run in unit.offsets),
                                    "heading" if unit.kind == "heading" else "paragraph")
                                   for unit in segment_text(joined, "pre").units if unit.offsets):
        if spans and start < spans[-1][1]:
            spans[-1][1], spans[-1][2] = max(end, spans[-1][1]), "paragraph"
        else:
            spans.append([start, end, kind])
    out: list[tuple[str, _Block]] = []
    at = 0
    for start, end, kind in spans:
        if joined[at:start].strip():
            out.append(("paragraph", _slice(whole, at, start)))
        out.append((kind, _slice(whole, start, end)))
        at = end
    if joined[at:].strip():
        out.append(("paragraph", _slice(whole, at, len(joined))))
    return out


def _update_stamps(kinds: list[str], texts: list[str]) -> None:
    """A page's update stamp after the article's prose (``更新日期：2023-09-26``, ``最後更新：2024-08-20　瀏覽人次：3311``)
    is furniture, as in the text route (``webdump.stamps_after_prose``); one under the title stays the document's date."""
    last, stamps = stamps_after_prose(kinds, texts, range(len(kinds)))
    if last is not None:
        for k in stamps:
            kinds[k] = "debris"


def read_html(data: bytes, doc_id: str, *, path: str | None = None) -> tuple[Document, dict]:
    """Read an HTML page into a document; offsets refer to the decoded source."""
    source, encoding = decode_html(data, path)
    if "<" not in source[:4096] and "<" not in source:
        raise InputError("no HTML markup in this .html file", path=path, hint="rename it to .txt to segment it as text")
    _SOURCE[0] = source
    kinds, texts, offsets, spaced = [], [], [], []
    paths: list[tuple[int, ...]] = []
    groups: list[int] = []  # the block each unit comes from (a credit line cut in parts gives several)
    elements: dict[int, tuple[str, str]] = {}  # block elements by start-tag offset (the walk fills it)
    marked = False  # did the markup name any furniture (tags, class or id)?
    credited: list[int] = []  # short blocks in an element whose class names the credit (_credit_element)
    titled: list[int] = []  # short blocks in an element whose class names a title, taken for headings (_titled)
    pre = "<pre" in source or "<PRE" in source  # (a page without a <pre> has no preformatted prose: one look, in C)
    try:
        for group, (block_kind, whole) in enumerate(_blocks(source, elements, pre)):
            marked = marked or whole.furniture
            joined = whole._text  # (set by the walk)
            # (a <pre>'s prose first: a short message holding a credit's word, "阅读", is still a dump to cut, review22)
            pre_prose = pre and block_kind == "paragraph" and "\n" in joined and _pre_prose(whole, elements)
            cuttable = not pre_prose and (block_kind == "paragraph" or block_kind == "debris" and whole.img
                                          and not whole.furniture) and len(joined) <= 360 and _HINT.search(joined)
            if pre_prose:
                pieces = _pre_pieces(whole)  # a <pre>'s prose: a plain-text dump, cut as the text route cuts one
            elif cuttable:
                pieces = _pieces(whole, block_kind)
            else:
                pieces = ((block_kind, whole),)
            for kind, block in pieces:
                text, runs = _render(block, kind in ("title", "heading"))
                if not text:
                    continue
                words = text
                if kind == "paragraph" and len(text) <= 80:  # word gaps kept, for the line rules
                    words = " ".join(block.text.split())
                    kind = standalone_kind(words) or ("byline" if block is not whole and cuttable else "paragraph")
                    # (what a cut leaves of a credit line is the credit: "原创 雷一 地理知识局 2021-04-12 13:02")
                    if kind == "paragraph" and words[:12].removeprefix("Date:").lstrip()[:3] in rules.WEEKDAYS \
                            and mail_date("".join(words.split())):
                        kind = "meta"  # a mail's date alone under its sender: "Tue May 14 09:12:33 CST 2024", "Date: Wed, …"
                    if kind == "paragraph" and block is whole and whole.link and _linked_label(text, whole.link):
                        kind = "debris"  # "文章分類：<a>日本旅遊</a>", "<a class=btn>立即预约</a> 挂号费：50元"
                    elif kind == "paragraph" and text[-1] in _COUNTER_ENDS and len(text) <= _COUNTER_MAX \
                            and inline.TRAILING_COUNTER.fullmatch(text):
                        kind = "debris"  # a view counter alone, "点击：1024" (inline's counter that a credit line ends with)
                    elif kind == "paragraph" and len(text) <= HEADING_MAX and block is whole and whole.path \
                            and _titled(elements, whole.path[-1]) and not rules.SENTENCE_END_RE.search(text):
                        kind = "heading"  # "<p class="admonition-title">提示</p>", "<div class="abstract-title">摘要</div>"
                        titled.append(len(kinds))  # (kept only over its box's prose: _titled_boxes)
                elif kind == "heading" and "0" <= text[0] <= "9" and len(text) <= _COUNTER_MAX \
                        and rules.MORE_ANSWERS.fullmatch("".join(text.split())):
                    # a count in a heading's element over a Q&A page's answers, "<h4>58 个回答</h4>" (dev16 k16-005): no
                    # heading; every such count on the dev pages is furniture ("2 条评论", dev5 w5-004, dev11 w11-006)
                    kind = "debris"
                if kind in rules.CREDIT_KINDS and FIELD_GAP.search(block.text):  # (the text route's gap between two fields)
                    text, runs = _render(block, fields=True)  # "发布者：教务处&nbsp;&nbsp;发布时间：…"
                if (kind == "paragraph" or kind == "debris" and not whole.furniture) and block is whole \
                        and len(text) <= _CREDIT_MAX and whole.path and _credit_element(elements, whole.path[-1], text) \
                        and (kind == "paragraph" or not standalone_kind(" ".join(block.text.split()))):
                    credited.append(len(kinds))  # (not a line the line rules know: "看更多", a counter)
                # (a byline run into the story, "〔記者X／高雄報導〕馬祖地區…", stays the paragraph's: session 17's convention;
                # one a <br> sets apart, "〔記者X／高雄報導〕<br>馬祖地區…", is a unit of its own: readers.common.run_in_byline)
                cut = run_in_byline(text) if kind == "paragraph" else 0
                if cut:
                    kinds += ["byline", kind]
                    texts += [text[:cut], text[cut:]]
                    paths += [block.path, block.path]
                    groups += [group, group]
                    spaced += [text[:cut], text[cut:]]
                    offsets += _cut_runs(runs, cut)
                    continue
                tool = _edit_tool(text) if kind in ("title", "heading") and text[-1] == "]" else 0
                if tool:  # "歷史[編輯]": the wiki's edit link after the heading is debris of its own
                    kinds += [kind, "debris"]
                    texts += [text[:tool], text[tool:]]
                    paths += [block.path, block.path]
                    groups += [group, group]
                    spaced += [text[:tool], text[tool:]]
                    offsets += _cut_runs(runs, tool)
                    continue
                kinds.append(kind)
                texts.append(text)
                paths.append(block.path)
                groups.append(group)
                spaced.append(words if kind in ("byline", "meta") else text)
                offsets.append(runs)
    finally:
        _SOURCE[0] = ""
    for i in titled:
        if not _titled_box(i, kinds, paths):
            kinds[i] = "paragraph"  # (a sidebar box's "热门推荐" over its links; a tab row, "正文　图集　视频")
    if 0 < len(credited) <= _CREDITS:  # (more: the posters of replies or comments, each in such an element)
        for i in credited:  # (the element's only block: not a link left in an author box under its bio, "看更多")
            if not any(paths[i][-1] in paths[j] for j in (i - 1, i + 1) if 0 <= j < len(paths)):
                kinds[i] = "byline"
    if "title" not in kinds:
        sitefurn.before_title(kinds, texts)  # "新聞稿" over the headline: a label, and the headline the title
        if "title" not in kinds:
            _choose_title(kinds, texts, source)
        if "title" not in kinds:
            sitefurn.after_title(kinds, texts, paths, elements)  # the first <h2> before the prose
        _styled_title(kinds, texts, paths, elements, source)  # a block in large type above it: the title
    else:
        _large_type_title(kinds, texts, offsets, source)
        if "title" in kinds:
            _site_name_title(kinds, texts, source)  # the blog's name in the <h1> over the post's heading
    _endings(kinds, texts)
    times = _time_elements(kinds, texts, offsets, source)
    mark_entry_units(kinds, texts)  # a live page's "09:23" / "主持人" over each entry
    # (each rule below reads the page's elements of its tags and does nothing without one: the walk's tag names are
    # looked at first, each source scan made only on a page that holds such an element)
    tags = set(map(_TAG, elements.values()))
    if "table" in tags and ("<table" in source or "<TABLE" in source):
        tables = _innermost(paths, _tagged(elements, ("table",)))  # (the cells of each table, for the three rules)
        _small_tables(kinds, texts, tables)
        _label_rows(kinds, texts, tables, paths, elements)
        _grid_tables(kinds, texts, tables, paths, elements)
        _table_heads(kinds, texts, tables)
        _table_captions(kinds, texts, tables)
    if "dl" in tags and ("<dl" in source or "<DL" in source):
        _small_tables(kinds, texts, _innermost(paths, _tagged(elements, ("dl",))), _key_values)
    if ("ul" in tags or "ol" in tags) and ("<li" in source or "<LI" in source):
        _field_lists(kinds, texts, paths, elements)
    if "pre" in tags and ("<pre" in source or "<PRE" in source):
        _code_blocks(kinds, texts, paths, elements, offsets, source)
    leaders = has_leader(source)  # (a page without a dot leader has no table of contents in one block)
    for i, text in enumerate(texts):
        if text[0] in "★☆" and kinds[i] == "paragraph" and _RATING.match(text):
            kinds[i] = "debris"  # "★★★★☆　物流很快，書角略有壓痕。": a review
        elif leaders and kinds[i] == "paragraph" and contents_run("".join(text.split())):  # (a space after a leader stays)
            kinds[i] = "debris"  # a table of contents in one block: "第一章　街巷的由来 ………… 1" / "第二章　…"
    sitefurn.credits(kinds, texts)  # the opening post's "X 發表於 …"
    _numbered_heads(kinds, texts)  # "一、活动主题" / prose / "二、活动时间": the article's section heads
    _frame(kinds, texts, paths, groups, marked, elements, times)
    _address_lines(kinds, texts)  # "本文地址：https://…"
    sitefurn.furniture(kinds, texts, paths, elements)  # end marks, counter bars, hatnotes, cards
    _update_stamps(kinds, texts)  # "更新日期：2023-09-26" after the article's prose: the site's
    units = make_units(doc_id, kinds, texts, offsets)
    kept = list(map("debris".__ne__, kinds))  # (the units that are no debris, picked in C)
    meta = doc_meta(list(itertools.compress(spaced, kept)), list(itertools.compress(kinds, kept)))
    return Document(doc_id, units, meta), {"encoding": encoding}
