"""What the native readers share: characters with their source positions to unit text, kinds of
standalone blocks, and the :class:`~annotate.segment.core.Document` they all return.

A reader hands over *blocks*: ``(kind, chars)`` where ``chars`` is a list of ``(character, ref)``
and ``ref`` says where the character is in the source (an offset into the decoded HTML, a
``(page, index)`` pair into a PDF page's text, a ``(paragraph, offset)`` pair into a DOCX
paragraph). :func:`tidy` turns the characters into unit text the way the text route does
(whitespace dropped unless it stands between two ASCII letters or digits, where it becomes one
space), keeping each kept character's ref, so every character of ``text`` maps back to the source.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection, Sequence
from typing import Any

from .. import office, rules
from ..classify import (  # (the text route's title block)
    _AUTHORS_WITHIN,
    _ROLE_AFTER,
    author_names,
    doc_meta,
    line_kind,
)
from ..core import Document, make_units
from ..join import _BRACKETED, heading_like
from ..lines import _RUN_IN_OPEN, run_in_apart, split_lines
from ..lines import run_in_byline as _run_in_byline
from ..normalize import space_between
from ..pairs import organisation

__all__ = ["Char", "tidy", "runs", "standalone_kind", "run_in_byline", "build_document", "small_table", "own_number",
           "numbered_head"]

Char = tuple[str, Any]


CELL_MAX = 20  # characters: a cell of a table of specs, quantities or a duty roster


# Type sizes, shared by the PDF and DOCX readers: small print is under this share of the body's size (a table's
# note right under it), and a line over a title set in at most this share of the title's size is a kicker
# (an exam session over the paper's name, an application's number over its form's title).
SMALL_PRINT = 0.95
KICKER_SHARE = 0.7

# A document's own number over its title, in print: an official document's (``江政办发〔2024〕25号``, rules.DOC_NUMBER)
# or a labelled code, a contract's or a form's (``合同编号：HT-2024-073``, ``编号：泉KJ2024625``): metadata (``meta``),
# not the page's furniture, however small its print (the corpus convention, settled in session 15).
NUMBER_FIELD = re.compile(r"(?:合同|协议|協議|合約)?(?:编号|編號)[:：][-A-Za-z0-9\u4e00-\u9fff]{0,12}\d[-A-Za-z0-9]{2,20}")
# Two more shapes of such a number, squeezed: a standard's, under the cover's ``团体标准`` (``T/NCSA 012—2024``, ``GB/T
# 31132—2023``, ``DB11/T 1234-2020``: the issuer's code, the number, the year) and an insurer's filing number over a
# policy's terms (``安康人寿［2023］终身寿险018号``: the year in brackets, the product's class, the number), which
# rules.DOC_NUMBER (no words between the year and the number) leaves out; dev15, the running header repeating both
OWN_CODE = re.compile(r"[A-Z]{1,4}\d{0,3}(?:/[A-Z]{1,6})?\d{1,6}(?:\.\d{1,3})*[—–-](?:19|20)\d\d"
                      r"|[\u4e00-\u9fff]{2,12}[〔［\[](?:19|20)\d\d[〕］\]][\u4e00-\u9fff]{1,10}\d{1,6}[号號]")


def own_number(squashed: str) -> bool:
    """The line (whitespace squeezed out) is the document's own number: :data:`NUMBER_FIELD`, rules.DOC_NUMBER or
    :data:`OWN_CODE`."""
    return bool(NUMBER_FIELD.fullmatch(squashed) or rules.DOC_NUMBER.fullmatch(squashed) or OWN_CODE.fullmatch(squashed))


def numbered_head(text: str) -> bool:
    """A paragraph or line alone (``text``, its spaces kept) opens with a section's number (:data:`SECTION_NUMBER`) and
    is a head by the text route's test (:func:`join.heading_like`: short, no sentence inside, not cut at a comma),
    with no colon, comma or exclamation mark in it (a field ``1．项目名称：…``, an item ``（一）时间：…``, a clause
    ``2．甲方负责…，…``): ``二、进展情况``, ``（二）強化示範引領``, ``5.1　一般要求``, a heading in the body's type."""
    text = text.strip()
    if not SECTION_NUMBER.match(text):
        return False
    sq = "".join(text.split())
    return not any(ch in sq for ch in "：:，,！!") and heading_like(sq)


# a section's number opening a line: ``一、`` / ``（二）``, ``第三章``, ``1．`` / ``3.1`` and a space, or ``5.1`` right before
# a hanzi (not a quantity, ``0.25mg``, ``36个月``: a number with no stop or space after it)
SECTION_NUMBER = re.compile(
    rf"{rules.ITEM_MARK.pattern}|{rules.SECTION_LABEL.pattern}"
    r"|\d{1,2}(?:[.．]\d{1,2}){0,3}(?:[.．、]|[ \u3000]+)(?=\D)|\d{1,2}(?:[.．]\d{1,2}){1,3}(?=[\u4e00-\u9fff])")


def small_table(cells: Sequence[str]) -> bool:
    """Whether a table's non-empty cells (their texts, whitespace squeezed out) are apparatus, debris: four
    or more short cells without a sentence end, a third of them or more holding a digit (a product's specs
    ``ISBN`` / ``9788052770370``, a recipe's ingredients ``五花肉`` / ``500克``, a duty roster ``2月5日`` /
    ``张伟`` / ``13800001111``), like the text route's table rows. The HTML and DOCX readers' one rule."""
    return (len(cells) >= 4 and all(len(t) <= CELL_MAX and not rules.SENTENCE_END_RE.search(t) for t in cells)
            and 3 * sum(any(ch.isdigit() for ch in t) for t in cells) >= len(cells))


def tidy(chars: Sequence[Char], keep_inline: bool = False, gaps: Collection[Any] = frozenset(),
         fields: bool = False) -> list[Char]:
    """Whitespace as the text route renders it (``normalize.space_between``, one copy; docs/segmentation.md §2): a run
    becomes one space (keeping the ref of its first whitespace character) between two narrow characters (``Fishman, J.
    A. (1991).``, ``Copyright © 2026``), nothing next to a wide one or inside a number a line break cut; with
    ``keep_inline`` (a title or heading), also one space inside a line between two wide words, as the text route keeps
    it (:func:`normalize.inline_space`); and one space for a run of whitespace that opens with a character whose ref is
    in ``gaps`` (a PDF's wide gaps: a meta line's fields, ``证券代码：603912　证券简称：华信科技``, do not run together);
    with ``fields`` (a byline or meta unit), also one space for a gap the text route keeps between two fields
    (:func:`normalize.field_gap`: an ideographic space or two spaces, ``发布者：教务处&nbsp;&nbsp;发布时间：…``); and in every
    unit one space for the whitespace that is all a pair of brackets holds (an exam's answer slot, ``（　　）``: kept in
    a heading by the inline rule, it vanished from the paragraphs of the same paper, newuser25 trial)."""
    out: list[Char] = []
    pending: Char | None = None
    text = ""  # the block's characters, joined at its first run of whitespace with text on both sides
    gap = 0  # where the pending run of whitespace starts
    for i, (ch, ref) in enumerate(chars):
        if ch.isspace():
            if pending is None and out:
                pending, gap = (" ", ref), i
            continue
        if pending is not None:
            if not text:
                text = "".join([c for c, _ in chars])
            if space_between(text, gap, i, keep_inline, wrap=False, fields=fields) >= 0 or pending[1] in gaps \
                    or out[-1][0] in _OPEN_SLOT and ch in _CLOSE_SLOT:
                out.append(pending)
        pending = None
        out.append((ch, ref))
    return out


_OPEN_SLOT, _CLOSE_SLOT = "（(", "）)"  # the brackets of an answer slot, ``（　　）`` (tidy; html._render asks them too)


def runs(refs: Sequence[int], start: int = 0) -> list[list[int]]:
    """Run-length map ``[text_start, source_start, length]`` for integer refs (text index = position)."""
    out: list[list[int]] = []
    for i, ref in enumerate(refs, start):
        if out and ref == out[-1][1] + out[-1][2] and i == out[-1][0] + out[-1][2]:
            out[-1][2] += 1
        else:
            out.append([i, ref, 1])
    return out


@functools.lru_cache(maxsize=8192)
def standalone_kind(text: str) -> str:
    """"byline", "meta", "debris" or "" for one short block, by the text route's own line rules. (A function of the
    text alone, kept across documents: a site's pages repeat their short lines, one in five of them in the corpus.)"""
    if len(text) > 80 or "\n" in text:
        return ""
    lines = split_lines(text)
    if len(lines) != 1:
        return ""
    kind = line_kind(text, lines[0])
    if not kind and text[0] in "〔【（(" and rules.OUTLET_CREDIT.fullmatch(lines[0].sq):
        return "byline"  # "（新界時報記者許思遠報道）": a reporter's credit after the paper's name
    return kind


def run_in_byline(text: str) -> int:
    """Length of the byline in brackets that a paragraph starts with and that a line break or a column's gap
    sets apart from the text after it (``〔記者X／台中報導〕<br>2005年…``), by the text route's tests
    (:func:`lines.run_in_byline`, on the text without its whitespace, and :func:`lines.run_in_apart`), as an index
    into ``text``; else 0 (one that shares its line with the story, ``〔記者X／台中報導〕2005年…``, is the story's)."""
    if text.lstrip()[:1] not in _RUN_IN_OPEN:  # (the test's own first gate, before the text is squeezed)
        return 0
    cut = _run_in_byline("".join(text.split()))
    if not cut:
        return 0
    for i, ch in enumerate(text):
        if not ch.isspace():
            cut -= 1
            if not cut:
                return i + 1 if run_in_apart(text, i + 1, len(text)) else 0
    return 0


def _title_block(kinds: list[str], words: Sequence[str], fixed: Sequence[bool]) -> None:
    """The title block's kinds, in place (:func:`build_document`'s ``title_block``; ``words``: each unit's text, word
    gaps kept; ``fixed``: the units whose kind the document set, a DOCX heading style's)."""
    for i in range(min(len(kinds), _AUTHORS_WITHIN)):  # a report's author or publisher before the role, on its cover
        if kinds[i] in ("heading", "paragraph") and len(words[i]) <= _ROLE_LINE and words[i][-1:] in _ROLE_AFTER \
                and rules.AUTHOR_ROLE_AFTER.fullmatch(words[i]):
            kinds[i] = "byline"  # ("江临社会科学研究院 编", "臺中市政府研究考核處 撰", "高雄市政府主計處編印", "钱华娜 著")
    if "title" not in kinds:
        first = next((i for i, kind in enumerate(kinds) if kind not in ("debris", "meta", "byline")), None)
        if first is None or kinds[first] != "heading":
            return
        kinds[first] = "title"
    t = kinds.index("title")
    _under_title(kinds, words, t, fixed)
    under = next((i for i in range(t + 1, len(kinds)) if kinds[i] != "debris"), None)
    if under is None or kinds[under] not in ("heading", "paragraph") or len(words[under]) > _AUTHORS_MAX:
        return
    if under + 1 < len(kinds) and kinds[under + 1] == "byline":
        return  # (then the names are no author line: a title's second line over its byline)
    text = words[under]
    if author_names(text):
        kinds[under] = "byline"


def _under_title(kinds: list[str], words: Sequence[str], t: int, fixed: Sequence[bool]) -> None:
    """The two units right under the title ``t`` (debris passed over), in place: a note wholly in brackets (``（2023年5月报备）``,
    ``（2023年3月22日党委会审议通过）``, ``（第2024-031号）``, ``（2024年版）``) is ``meta``, and a line of one to three
    organisations' names (the issuing offices, ``臨海市統計局 臨海市文化和旅遊局``, ``清源县人民政府办公室``) is the ``byline``
    (the printed corpus's gold: dev10, dev12-dev15 notes; dev9/dev9xp/dev9xq and dev15 offices; newuser24 trial). An office
    alone on its line names an administrative level (:data:`_ADMIN`: ``清源县人民政府办公室``, dev15; not a head that ends
    as a name ends, ``新发展格局``, ``总体部署``, review29); a unit whose kind a DOCX heading style set stays, and ends the
    block."""
    seen = 0
    for i in range(t + 1, len(kinds)):
        if kinds[i] == "debris":
            continue
        if seen == 2 or kinds[i] not in ("heading", "paragraph") or fixed[i]:
            return
        seen += 1
        text = words[i]
        sq = "".join(text.split())
        if sq[:1] in "（(" and len(sq) <= _NOTE_MAX and _BRACKETED.fullmatch(sq) and not standalone_kind(text):
            kinds[i] = "meta"
        elif len(sq) <= _OFFICES_MAX and (names := text.split()) and len(names) <= 3 and all(map(organisation, names)) \
                and (len(names) > 1 or _ADMIN.search(sq[:-1])):
            kinds[i] = "byline"
        else:
            return


_NOTE_MAX = 152  # characters of a note wholly in brackets under a title (join._BRACKETED: none inside it)
# an administrative level in an office's name, before its last character (``清源县人民政府办公室``, ``国家中医药管理局``)
_ADMIN = re.compile("[省市县縣区區镇鎮乡鄉州]|国家|國家|政府|人民")
_OFFICES_MAX = 48  # characters of a line of issuing offices under a title


_AUTHORS_MAX = 40  # characters of an author line under the title
_ROLE_LINE = 21  # characters of an author's line with its role after the name (20 as the text route's, and a gap)


Where = Callable[[list[Char]], tuple[list[list[int]], dict[str, Any] | None]]


def build_document(doc_id: str, blocks: Sequence[tuple[str, list[Char]]], where: Where,
                   title_block: bool = False, gaps: Collection[Any] = frozenset(),
                   fixed: Collection[int] = frozenset()) -> Document:
    """Units from ``(kind, chars)`` blocks; ``where`` gives each unit's offsets and extra provenance. With
    ``title_block`` (printed documents: a PDF, a DOCX), the title block as the text route reads it: a document left
    with no title takes its first heading for it where only debris, meta and byline units stand before it
    (``classify._title_index``: the first heading before any paragraph; a title in 1.1× type under a filing line or
    a letter's number), and the unit right under the title that is a journal's author line (two to five names set
    apart by spaces, or each with its affiliation's number, each opening with a common surname: ``周文斌　李建国``,
    ``姚永1，胡兰海1，张永2``), with no byline under it, is a ``byline`` (``classify._author_lines``). A ``meta`` unit keeps
    one space at each whitespace whose ref is in ``gaps`` (a PDF's wide gaps between a line's fields, :func:`tidy`),
    and a byline or meta unit one at each gap the text route keeps between two fields (``tidy``'s ``fields``).
    ``fixed``: the blocks whose kind the document set (a DOCX heading style), left by the title block's rules."""
    kinds, texts, provenance, spaced, words_of, raws, fixed_of, block_of = [], [], [], [], [], [], [], []
    for b, (kind, raw_chars) in enumerate(blocks):
        chars = tidy(raw_chars, kind in ("title", "heading"))
        if not chars:
            continue
        text = "".join(ch for ch, _ in chars)
        words = " ".join("".join(ch for ch, _ in raw_chars).split())  # word gaps kept, for the line rules
        if kind == "paragraph":
            kind = standalone_kind(words) or "paragraph"
        kinds.append(kind)
        fixed_of.append(b in fixed)
        block_of.append(b)
        texts.append(text)
        words_of.append(words)
        raws.append(raw_chars)
        provenance.append(where(chars))
    # an office document's masthead, research group and notes (annotate/segment/office.py)
    kinds = office.native_kinds(kinds, ["".join(t.split()) for t in texts], words_of)
    if title_block:
        _title_block(kinds, words_of, fixed_of)
    for i, kind in enumerate(kinds):
        if kind in rules.CREDIT_KINDS and any(ch.isspace() for ch, _ in raws[i]):
            chars = tidy(raws[i], blocks[block_of[i]][0] in ("title", "heading"), gaps if kind == "meta" else (), True)
            text = "".join(ch for ch, _ in chars)
            if text != texts[i]:
                texts[i] = text
                provenance[i] = where(chars)
    spaced = [words if kind in ("byline", "meta") else text for kind, text, words in zip(kinds, texts, words_of, strict=True)]
    units = make_units(doc_id, kinds, texts, [offsets for offsets, _ in provenance], [extra for _, extra in provenance])
    return Document(doc_id, units, doc_meta(spaced, kinds))
