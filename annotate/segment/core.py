"""Decoded article text to units: the pure pipeline lines → groups → kinds → text + offsets."""

from __future__ import annotations

import dataclasses
import operator
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import repeat

from . import cells as left_cells
from . import (
    classify,
    columns,
    dumpwrap,
    entries,
    folios,
    inline,
    join,
    linenos,
    mdblocks,
    normalize,
    notes,
    numbered,
    office,
    printed,
    refs,
    rules,
    sidebar,
    webdump,
)
from .classify import DocMeta
from .ids import para_ids
from .lines import contents_entries, contents_entry, split_lines, star_headings
from .margin import cut_margin_text
from .normalize import render, render_clean, render_squeezed
from .sentences import split_sentences

__all__ = ["Unit", "Document", "segment_text", "make_units", "to_record", "SCHEMA_VERSION"]

SCHEMA_VERSION = 2
_START = operator.attrgetter("start")
_CLEAN = operator.attrgetter("clean")


@dataclass(frozen=True)
class Unit:
    index: int
    kind: str
    text: str
    offsets: list[list[int]]  # run-length map [text_start, raw_start, length] into the raw text
    sentences: list[list[int]]
    para_id: str
    # native formats: {"pages": [...]} (PDF) or {"paragraphs": [...]} (DOCX); None for text and HTML
    where: dict | None = None


@dataclass(frozen=True)
class Document:
    doc_id: str
    units: list[Unit]
    meta: DocMeta


_NEW = object.__new__


def _unit(index: int, kind: str, text: str, offsets: list[list[int]], sentences: list[list[int]], para_id: str,
          where: dict | None) -> Unit:
    """``Unit(...)`` (all seven fields given) without the frozen ``__init__``'s seven
    ``object.__setattr__`` calls: the instance dict filled in one C call with keywords, three times
    as fast (test_segment_fastpaths.py checks that the two are equal)."""
    unit = _NEW(Unit)
    unit.__dict__.update(index=index, kind=kind, text=text, offsets=offsets, sentences=sentences, para_id=para_id,
                         where=where)
    return unit


def make_units(doc_id: str, kinds: Sequence[str], texts: Sequence[str], offsets: Sequence[list[list[int]]],
               where: Sequence[dict | None] | None = None) -> list[Unit]:
    """The units of one document, for every route: ids from the texts, and sentences for a paragraph
    (any other unit is one span)."""
    sentences = [split_sentences(t) if k == "paragraph" else [[0, len(t)]] for t, k in zip(texts, kinds, strict=True)]
    ids = para_ids(doc_id, texts)
    return list(map(_unit, range(len(texts)), kinds, texts, offsets, sentences, ids, where or repeat(None)))


def segment_text(raw: str, doc_id: str, markdown: bool = False) -> Document:
    """Segment one decoded article. ``raw`` is the whole file as decoded (BOM removed); ``markdown``: a ``.md`` file,
    whose Markdown blocks (front matter, tables, setext headings, comments, footnotes) are read, besides the closed
    code fences read in any text (:mod:`mdblocks`)."""
    lines, md = mdblocks.apply(raw, split_lines(raw), markdown)
    in_columns = columns.reading_order(raw, lines)  # a page set in columns: each column's lines in turn
    if in_columns is not None:
        lines = in_columns
    lines, cells = columns.table_cells(raw, lines)  # a small table: one unit per cell
    lines, signed = columns.two_sided(raw, lines)  # a contract's signatures: "甲方（盖章）：   乙方（盖章）：", a side a line
    lines, tools = inline.cut_lines(raw, lines)  # counters and tools on a byline's line: units of their own
    lines, heads = webdump.cut_title_labels(raw, lines)  # "標題 " before the title in a post's header block
    lines, addresses, senders = webdump.cut_mail_senders(raw, lines)  # "王立新 wanglx at example.org": a mail's sender
    lines, bordered = webdump.cut_bordered_rows(raw, lines)  # "│索引号：│1150…│": a bordered table's cells
    lines, numbers = linenos.cut_line_numbers(raw, lines)  # margin line numbers glued to their lines
    lines, sealing = cut_margin_text(raw, lines)  # an exam's sealing line set down the margin
    lines, margin, notes_rest = notes.cut_notes(raw, lines)  # a textbook's margin notes among the body's lines
    lines, labels = notes.cut_margin_labels(raw, lines)  # a box's label past the body's right edge (-layout)
    lines, side = sidebar.cut_side_column(raw, lines)  # a web page's side column beside the article (-layout)
    lines, box = sidebar.cut_right_cells(raw, lines)  # an infobox's rows at the end of the article's lines
    lines = folios.split_folios(raw, lines)  # a folio and the running head or foot line printed beside it
    lines, lead = left_cells.cut_left_cells(raw, lines)  # a layout table's left cell cut short ("第01版：要�")
    lines, rank = left_cells.cut_poster_cells(raw, lines)  # "Lv.8   阿福 發表於 …": the author column's cell
    lines, tds = left_cells.cut_table_rows(raw, lines)  # "課號   CSIE2010 學分   3": a borderless table's cells
    lines, pairs = left_cells.cut_table_rows(raw, lines, spaced=True)  # "品牌 美厨" / "型号 MC-958": one space apart
    lines, scores = left_cells.cut_score_rows(raw, lines)  # "山东泰山 2 : 1 上海申花": a match's score, three cells
    lines, words = left_cells.cut_table_rows(raw, lines, printed=True)  # "省份 科类 计划数 备注" (-raw): one space apart
    words = [] if "\f" in raw else words  # (lynx's "星期 上午 下午" / "周一 毛梓 吴春梅": debris; a PDF's cells keep their kinds)
    star_headings(raw, lines)  # "***** 关于…的通知 *****" left at a line's start by a cut above: a heading
    gutter = linenos.mark_gutter(raw, lines)  # "4 pip install foo==1.2.3" / "5 # 使用…": a listing's numbered lines, one a unit
    classify.mark_standalone(raw, lines)
    for sender, kind in senders:  # the name before a mail's address (byline) and the date under it (meta)
        sender.kind, sender.hard = kind, True
    for line, kind in md.kinds:  # a Markdown block's lines: code, front matter, a table's cells, comments, footnotes
        line.kind, line.hard = kind, True
    for signature in signed:  # the parties' filled signatures: "甲方（签字）：王建国" / "日期：2024年3月1日", a unit each
        signature.kind, signature.hard = "meta", True
    if tools:
        inline.mark_badge_credits(raw, lines, tools)  # "原创" / "雷一 地理知识局 2021-04-12 13:02": a byline
    lines = entries.cut_dated_lines(raw, lines)  # "6/4/2023 旅途中所見的街景。" under a byline
    lines, _ = left_cells.cut_table_rows(raw, lines, labels=True)  # "索引号：  1150…  主题分类：  城乡建设": a metadata table's cells
    printed.mark_print_furniture(raw, lines)  # a browser's header and footer on a printed page
    folios.mark_folio_lines(raw, lines)  # a running head or foot line with the page's own number on it
    sidebar.mark_profile(raw, lines)  # a forum post's author column and counters
    webdump.mark_endings(raw, lines)  # "完" / date / time under a press release
    webdump.mark_edit_stamps(raw, lines)  # "本帖最后由 X 于 2022-7-19 21:30 编辑"
    webdump.mark_ratings(raw, lines)  # "這篇食譜對你有幫助嗎？ ★★★★★ (89 票)": a rating starts a unit
    webdump.mark_link_lines(raw, lines)  # "[https://…]首页 [https://…]二手房" / "[https://…]新房": a menu's lines
    entries.mark_entries(raw, lines)  # a live page's "09:23" / "主持人" over each entry
    entries.mark_stamped_runs(raw, lines)  # "推 ricecake: 推推 03/12 22:50" / "→ …": a record a line
    entries.mark_counter_bars(raw, lines)  # "38.7万人参与　刷新　只看主持人" under a byline
    contents = contents_entries(raw, lines)  # a table of contents: one unit an entry
    for cell in cells + tools + heads + addresses + bordered + numbers + sealing + margin + labels + side + box + lead + rank + tds + pairs + scores + words + gutter + contents:
        cell.kind = "debris"
    if cells or bordered or tds:
        _unit_notes(lines, cells + bordered + tds)  # "单位：万元" right above a table's cells: the table's
    lines = folios.split_far_strings(raw, lines)  # a running head's strings that -layout set far apart: a unit each
    for line, kind in notes_rest:
        line.kind = kind
    webdump.mark_sidebar(lines)  # a sidebar's headlines right above the article's headline
    webdump.mark_trails(raw, lines)  # "專欄 / 觀點" over the headline
    webdump.mark_same_tails(lines)
    webdump.mark_list_items(raw, lines)  # "1. …" / "2. …" / "3. …", "·…" / "·…" / "·…": one unit an item
    office.mark_lines(raw, lines)  # an office document's masthead, research group, notes
    glue = numbered.glue_lines(raw, lines) if in_columns is None else set()  # "[0001]" / "" / "本发明…"
    ctx = join.context(lines, raw, columns=in_columns is not None)
    join.mark_narrow_blocks(ctx)  # a margin note default mode set between two lines of a paragraph, blank lines around
    webdump.mark_notice_buttons(lines, ctx)  # "…繼續瀏覽即表示同意。接受" / "繁 | 簡 | Português": a notice ends
    groups = office.join_title_tail(dumpwrap.rejoin(raw, join.group_lines(lines, ctx), ctx))  # a dump's indents
    groups = numbered.merge(groups, glue)
    squeezed = _squeezed(groups)
    kinds = office.unit_kinds(classify.unit_kinds(groups, squeezed, ctx.labels), squeezed)
    kinds = classify.typed_list_items(raw, groups, kinds, squeezed)  # "- 头灯和备用电池" in a typed list: a paragraph
    if in_columns is None:  # (a page read column by column is an extract, no web dump)
        kinds = webdump.close_article(raw, groups, kinds, squeezed)  # a web page's comments and footer under the sign-off
        kinds = webdump.open_article(raw, groups, kinds, squeezed)  # and the site's name and notices above the title
    groups, kinds, squeezed = classify.split_debris(groups, kinds, squeezed)
    if tools:  # "匿名用户 2023-06-12 21:07" / "浏览 1583 次": a line of furniture, its counter cut off, one unit again
        groups, kinds, squeezed = inline.rejoin_furniture(raw, groups, kinds, squeezed, tools)
    kinds = refs.mark_references(kinds, squeezed)  # "参考资料" / "[1] 谢艳平. 新闻写作教程[M]. …": an entry a unit, wrapped or not
    continues: list[int] = []  # for each unit, the index of the unit it continues, or -1
    if in_columns is not None:
        meta = _doc_meta(raw, groups, kinds, squeezed)
        pieces = columns.file_order(groups)
        seen: dict[int, int] = {}
        for i, (g, _) in enumerate(pieces):
            continues.append(seen.get(g, -1))
            seen.setdefault(g, i)
        groups = [lines_ for _, lines_ in pieces]
        kinds = [kinds[g] for g, _ in pieces]
        squeezed = _squeezed(groups)
    cuts = normalize.column_cuts(raw, groups, lambda: ctx.web) if ctx.wrap or ctx.limit else frozenset()  # "…120/80mmH" / "g，…"
    rendered = [
        (sq, [[0, g[0].pieces[0][0], len(sq)]]) if len(g) == 1 and g[0].clean  # nothing to normalize
        else _unit_text(raw, g, sq, kind, cuts)
        for g, sq, kind in zip(groups, squeezed, kinds, strict=True)
    ]
    texts = [text for text, _ in rendered]
    units = make_units(doc_id, kinds, texts, [runs for _, runs in rendered])
    if in_columns is None:
        meta = classify.doc_meta(_meta_texts(raw, groups, kinds, texts), kinds)
        if "debris" in kinds:
            units = _cut_pieces(units, kinds, texts)  # "…以減少對周" / "第 1 頁" / "邊交通的影響。": one paragraph in two pieces
    else:  # a piece after the first says which unit it continues
        units = [u if c < 0 else dataclasses.replace(u, where={"continues": units[c].para_id})
                 for u, c in zip(units, continues, strict=True)]
    if md.title or md.date:  # a Markdown file's front matter names its title and date
        meta = dataclasses.replace(meta, title=md.title or meta.title, date=md.date or meta.date)
    return Document(doc_id, units, meta)


def _cut_pieces(units: list[Unit], kinds: list[str], texts: list[str]) -> list[Unit]:
    """A paragraph that page or site furniture cut in two (a page break's folio and running head, an image's caption
    or "点击查看大图" between two of its lines): the paragraph before the furniture stops in mid-sentence (no sentence
    end, colon or closing mark last) and the one after it opens no item (``1、``, ``（二）``); the later piece carries
    ``where={"continues": <first piece's para_id>}``, as a column's pieces do, and stays where the file has it (units
    are in file order, the furniture between is debris). A reader who wants whole paragraphs joins the pieces by
    ``continues`` (the corpus's golds mark such a piece ``cont``)."""
    first: dict[int, str] = {}  # a piece's index: the para_id of the unit's first piece
    out = units
    for i in range(2, len(units)):
        if kinds[i] != "paragraph" or kinds[i - 1] != "debris":
            continue
        j = i - 2
        while j >= 0 and kinds[j] == "debris":
            j -= 1
        if j < 0 or kinds[j] != "paragraph" or not _cut_short(texts[j]) or texts[i][:1] == "[" or rules.ENUMERATOR.match(texts[i]):
            continue
        first[i] = first.get(j, units[j].para_id)
        if out is units:
            out = list(units)
        out[i] = dataclasses.replace(units[i], where={"continues": first[i]})
    return out


def _cut_short(text: str) -> bool:
    """``text`` (a paragraph's) is prose that stops in mid-sentence: ten characters or more, a clause mark inside (not a
    label, a name, a time or a menu's words: ``本报记者``, ``分析师：陈立民``, ``| English | 簡``), its last character no
    sentence end, colon or closing mark, and no table of contents' entry (``3 预警与响应……………2``)."""
    return (len(text) >= _PIECE_MIN and text[-1] not in _STOPS and _PROSE_MARK.search(text) is not None
            and not contents_entry("".join(text.split())))


_STOPS = frozenset(rules.PARAGRAPH_END + rules.CLOSERS + "．.")  # a unit's last character that ends what it says
_PROSE_MARK = re.compile("[，、；。：！？]")  # a clause mark of Chinese prose
_PIECE_MIN = 10  # characters of a paragraph's first piece at least


def _unit_notes(lines: list, table: list) -> None:
    """A table's unit note (``单位：万元``, ``单位：元　币种：人民币``: fields, short, no sentence) on the line right above
    the first of its cells (``table``: the cells of the document's tables) is debris with the table, as session 17
    settled and as the PDF reader's (``rules.unit_note``); a byline keeps its kind."""
    cell = {id(c) for c in table}
    for prev, line in zip(lines, lines[1:], strict=False):
        if id(line) in cell and id(prev) not in cell and prev.kind != "byline" and rules.unit_note(prev.sq, fields=True):
            prev.kind = "debris"


def _squeezed(groups: list) -> list[str]:
    """Each unit's text without whitespace: its lines' squeezed texts joined."""
    return [g[0].sq if len(g) == 1 else "".join([ln.sq for ln in g]) for g in groups]


def _meta_texts(raw: str, groups: list, kinds: list[str], texts: list[str]) -> list[str]:
    return [
        " ".join(classify.spaced(raw, ln) for ln in g) if kind in ("byline", "meta") else text
        for g, kind, text in zip(groups, kinds, texts, strict=True)
    ]


def _doc_meta(raw: str, groups: list, kinds: list[str], squeezed: list[str]) -> DocMeta:
    """Document metadata from whole units (before a columned page cuts them into pieces)."""
    texts = [_unit_text(raw, sorted(g, key=_START), sq, k)[0] if k in ("title", "byline", "meta") else sq
             for g, sq, k in zip(groups, squeezed, kinds, strict=True)]
    return classify.doc_meta(_meta_texts(raw, groups, kinds, texts), kinds)


def _unit_text(raw: str, group: list, sq: str, kind: str, cuts: frozenset[int] = frozenset()) -> tuple[str, list[list[int]]]:
    if all(map(_CLEAN, group)):  # (in C)
        done = render_clean([ln.pieces[0][0] for ln in group], [ln.sq for ln in group])
        if done is not None:
            return done
    keep_inline_space = kind in ("title", "heading")
    start, end = group[0].pieces[0][0], group[-1].pieces[-1][1]
    fields = kind in rules.CREDIT_KINDS and (normalize.FIELD_GAP.search(raw, start, end) is not None)  # (a byline's or meta line's fields)
    if not keep_inline_space and not fields:
        done = render_squeezed(raw, start, end, sq)
        if done is not None:
            return done
    pieces = [p for ln in group for p in ln.pieces]
    return render(raw, pieces, keep_inline_space=keep_inline_space, keep_field_gaps=fields, cuts=cuts)


def to_record(doc: Document, unit: Unit, source: dict) -> dict:
    """The paragraph record (schemas/paragraph.schema.json) for one unit."""
    return {
        "schema_version": SCHEMA_VERSION,
        "doc_id": doc.doc_id,
        "para_id": unit.para_id,
        "index": unit.index,
        "kind": unit.kind,
        "text": unit.text,
        "sentences": unit.sentences,
        "doc": doc.meta.as_dict(),
        "source": {**source, **({"offsets": unit.offsets} if unit.offsets else {}), **(unit.where or {})},
    }
