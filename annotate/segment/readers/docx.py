"""Word .docx files through python-docx: one unit per non-empty body paragraph.

Kinds come from paragraph styles: ``Title`` (and ``Subtitle``) is the title, ``Heading N`` (in any
UI language: ``标题 N``, ``標題 N``) is a heading, and so is a short paragraph (≤ 40 characters, no
sentence end, no byline / meta / debris line) set wholly in bold, or one that opens with a section's number
(``（一）动员部署阶段``) where the document sets no head in a heading style (where it does, one that reads as a list is an item, a
paragraph: in a list style or Word's numbering, ``1. 重症流感（甲型）`` in ``List Number``, or two or more in ``Normal`` with
no body paragraph between them; ``（一）指导思想`` with its body under it stays a heading); a table's caption right above it is debris, and so is one
right under a table of debris; the first paragraph (past a document number or date
line above it) is also the title when it is short and no ``Title`` style is used. Other paragraphs are paragraphs, or
byline / meta / debris lines when the text route's line rules say so; a byline in brackets that a
paragraph starts with (``〔記者X／台中報導〕2005年…``) stays in it (one a line break sets apart is a byline unit). Paragraphs inside tables are
read in document order after the body paragraphs that precede the table, one unit per cell paragraph; a grid of
two rows or more and two columns or more with a cell that holds no sentence (:func:`_grid`: the corpus's convention
for table cells), and a table of four or more short cells without a sentence end, a third of them holding a digit (a
duty roster, specs: :func:`~.common.small_table`, the HTML reader's rule), is **debris**, and so are the paragraphs in small print right
under a table (its note) and a short line in small print above a large title (``密级：内部``; not a document
number, a contract's or a form's own number, ``编号：泉KJ2024625``, which is ``meta``, nor a date), as in the PDF reader. Page headers, footers,
footnotes, comments and text boxes are **dropped** (they are not body text). A table of contents is **debris**, an
entry a unit: paragraphs in Word's ``TOC n`` / ``TOC Heading`` styles, and two or more typed entries in other styles (a
title, then a dot leader or a tab, then its page number: ``3.1 粵語書寫的歷史……21``, ``第一章　緒論<tab>1``).

Provenance: each unit records ``{"paragraph": i, "offsets": [[text_start, char_start, length], ...]}``
where ``i`` counts the body's paragraphs (``w:p`` elements, tables' paragraphs included, in
document order, empty ones too) and the offsets index that paragraph's text as python-docx reads it.
"""

from __future__ import annotations

import collections
import itertools
import re
import zipfile
from pathlib import Path

from annotate.errors import InputError

from .. import rules
from ..core import Document
from ..lines import contents_entry, has_leader
from ..office import CAPTION, CAPTION_MAX
from .common import (
    KICKER_SHARE,
    SMALL_PRINT,
    Char,
    build_document,
    numbered_head,
    own_number,
    run_in_byline,
    runs,
    small_table,
    standalone_kind,
)

__all__ = ["read_docx"]

_HEADING = re.compile(r"^(?:heading|标题|標題|überschrift|titre)\s*(\d)$", re.I)
_TITLE = re.compile(r"^(?:title|subtitle|标题|標題|副标题|副標題)$", re.I)
_TOC = re.compile(r"^(?:toc|目录|目錄)(?:\s*\d|\s+heading|\s*标题|\s*標題)?$", re.I)  # Word's contents styles: "TOC 2", "TOC Heading"
# a contents entry typed with a tab before its page number (not a label's value, "负责人：王明\t2024", nor a year)
_TAB_PAGE = re.compile(r"[^\t：:]{1,40}\t+\s*(?!(?:19|20)\d\d\s*$)\d{1,4}\s*")


_LAST_NUMBER = re.compile(r"\d+(?=\D*$)")  # an entry's page number: the last number in it


def _adjacent_runs(indices: list[int]) -> list[list[int]]:
    """``indices`` (ascending) in runs of consecutive numbers."""
    runs: list[list[int]] = []
    for i in indices:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _contents_line(text: str) -> bool:
    """``text`` (a paragraph's) is one typed entry of a table of contents: a title, a dot leader
    (:func:`~annotate.segment.lines.contents_entry`) or a tab, then its page number."""
    if "\t" in text and _TAB_PAGE.fullmatch(text.strip()):
        return True
    return has_leader(text) and contents_entry("".join(text.split()))


def _paragraphs(document, captions: set | None = None, tables: dict | None = None, after: set | None = None,
                grids: set | None = None):
    """Body paragraphs in document order, table cells included; with ``captions``, add to it the ids of
    the last non-empty paragraph right above each table (its caption, if :data:`CAPTION` matches it); with
    ``tables``, map each table cell's paragraph (its id) to the outermost table that holds it; with ``after``,
    add to it the ids of the first non-empty paragraph right below each table (its note, if in small print); with
    ``grids``, add to it the outermost tables of two rows or more and two columns or more (:func:`_grid`)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    def walk(container, table=None):
        items = list(container.iter_inner_content())
        below = False  # a table stands right above (past empty paragraphs)
        for k, item in enumerate(items):
            if isinstance(item, Paragraph):
                if after is not None and below and item.text.strip():
                    after.add(id(item._p))
                    below = False
                if captions is not None and item.text.strip():
                    # (islice, not items[k + 1:]: a copy of the rest per paragraph was quadratic in paragraphs)
                    nxt = next((x for x in itertools.islice(items, k + 1, None)
                                if not isinstance(x, Paragraph) or x.text.strip()), None)
                    if isinstance(nxt, Table):
                        captions.add(id(item._p))
                if tables is not None and table is not None:
                    tables[id(item._p)] = table
                yield item
            elif isinstance(item, Table):
                below = True
                if grids is not None and table is None and _grid(item):
                    grids.add(id(item._tbl))
                for row in item.rows:
                    seen = set()
                    for cell in row.cells:
                        if id(cell._tc) in seen:  # merged cells repeat
                            continue
                        seen.add(id(cell._tc))
                        yield from walk(cell, id(item._tbl) if table is None else table)

    yield from walk(document)


def _grid(table) -> bool:
    """The table has two rows or more and two columns or more: a grid of cells, whose cells the corpus's convention
    makes debris, one unit per cell, where one cell or more holds no sentence (:func:`read_docx` asks that) (a form's ``项目名称`` / ``研究内容`` beside
    sentences, an emergency plan's ``级别`` / ``启动条件`` / ``响应负责人`` rows, a chronicle's ``年代`` / ``事件`` /
    ``出處``; dev4, dev5, dev13); a table of one row or one column is a frame around text (a box, a letterhead), and a
    grid of sentences only a layout of prose: their paragraphs are read as any others."""
    return len(table.rows) >= 2 and len(table.columns) >= 2


def _style(para, styles: dict):
    """``para.style``, looked up once per style id: python-docx finds a paragraph's style (the
    default one when it names none) by scanning every style of the document each time (5 ms a
    paragraph on a Word template's 160 styles: a minute for 10,000 paragraphs)."""
    key = para._p.style
    if key not in styles:
        styles[key] = para.style
    return styles[key]


def _bold(para, style) -> bool:
    """Every run with text in the paragraph is bold (by the run, else by the paragraph's style)."""
    style_bold = bool(style is not None and style.font is not None and style.font.bold)
    runs_ = [r for r in para.runs if r.text.strip()]
    return bool(runs_) and all(r.bold if r.bold is not None else style_bold for r in runs_)


class _Sizes:
    """Font sizes in points, as Word sets them: a run's own size, else its paragraph style's (or a style it is
    based on), else the document's default (``w:docDefaults``; 10 points when none is given). ``body``: the size
    of most of the prose (paragraphs of 40 characters or more, the first 50 of them), read once when first asked."""

    def __init__(self, document, styles: dict):
        self.document, self.styles, self.by_style = document, styles, {}
        self._body: float | None = None

    def default(self) -> float:
        from docx.oxml.ns import qn

        sz = self.document.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:sz')}")
        return int(sz.get(qn("w:val"))) / 2 if sz is not None and (sz.get(qn("w:val")) or "").isdigit() else 10.0

    def of_style(self, style) -> float:
        key = style.style_id if style is not None else None
        if key not in self.by_style:
            s, size = style, None
            while s is not None and size is None:
                size = s.font.size.pt if s.font is not None and s.font.size is not None else None
                s = s.base_style
            self.by_style[key] = size if size is not None else self.default()
        return self.by_style[key]

    def runs(self, para) -> list[tuple[float, int]]:
        """``(size, characters)`` of each run of the paragraph with text."""
        own = self.of_style(_style(para, self.styles))
        return [(r.font.size.pt if r.font.size is not None else own, len(r.text.strip()))
                for r in para.runs if r.text.strip()]

    def of(self, para) -> float | None:
        """The paragraph's one size when all its runs with text share it, else None."""
        sizes = {size for size, _ in self.runs(para)}
        return sizes.pop() if len(sizes) == 1 else None

    def body(self) -> float:
        if self._body is None:
            weights: collections.Counter[float] = collections.Counter()
            prose = (p for p in self.document.paragraphs if len(p.text.strip()) >= 40)
            for para in itertools.islice(prose, 50):
                for size, n in self.runs(para):
                    weights[size] += n
            self._body = weights.most_common(1)[0][0] if weights else self.default()
        return self._body




# A .docx whose XML unpacks to more than this many bytes and 100 times its own size is refused: Word's
# XML compresses 5-30 times; a zip bomb (a paragraph of one repeated character) a thousand times.
_MAX_XML = 20_000_000


def _refuse_a_zip_bomb(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as package:
            unpacked = sum(info.file_size for info in package.infolist() if info.filename.endswith((".xml", ".rels")))
    except (zipfile.BadZipFile, OSError):
        return  # python-docx says what is wrong with it
    packed = path.stat().st_size
    if unpacked > _MAX_XML and unpacked > 100 * packed:
        raise InputError(f"not read: its XML unpacks to {unpacked / 1e6:,.0f} MB from {packed / 1e6:,.1f} MB "
                         "(a zip bomb?)", path=str(path), hint="check the file; save it again from Word as .docx")


def read_docx(path: Path, doc_id: str) -> tuple[Document, dict]:
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError:  # pragma: no cover - a declared dependency
        raise InputError("reading .docx needs python-docx", path=str(path), hint="pip install python-docx") from None
    _refuse_a_zip_bomb(path)
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, SyntaxError) as err:
        # (SyntaxError: lxml's XMLSyntaxError, e.g. tables nested over 256 deep)
        reason = ("not a Word package" if isinstance(err, (PackageNotFoundError, zipfile.BadZipFile)) else
                  "its XML is malformed or past the parser's limits: nested over 256 deep, a text over 10 MB"
                  if isinstance(err, SyntaxError) else "damaged package")
        raise InputError(f"not a readable .docx file ({reason})", path=str(path),
                         hint="save it again from Word as .docx (.doc files are not read)") from None
    blocks: list[tuple[str, list[Char]]] = []
    titled = False
    above_tables: set[int] = set()
    in_tables: dict[int, int] = {}  # a table cell's paragraph -> its table
    cells: dict[int, list[int]] = {}  # a table -> its cells' blocks
    styles: dict = {}
    sizes = _Sizes(document, styles)
    below_tables: set[int] = set()  # the first paragraph right below each table
    note = False  # the paragraph above is a table's note in small print
    paras: list = []  # each block's paragraph
    grids: set[int] = set()  # the tables of two rows and two columns or more
    contents: list[int] = []  # the blocks that are a typed table of contents' entries
    numbered: list[int] = []  # the blocks made headings by their number alone (common.numbered_head)
    styled = False  # the document sets its heads in Word's heading styles
    style_heads: set[int] = set()  # the blocks a heading style made headings (left by the title block's rules)
    listed: set[int] = set()  # the blocks in a list style or Word's numbering (``List Number``, a numPr)
    for index, para in enumerate(_paragraphs(document, above_tables, in_tables, below_tables, grids)):
        text = para.text
        if not text.strip():
            continue
        para_style = _style(para, styles)
        style = (para_style.name if para_style is not None else "") or ""
        m = _HEADING.match(style)
        if _TOC.match(style):
            kind = "debris"  # a table of contents' entry or its heading, in Word's own styles ("TOC 1", "TOC Heading")
        elif id(para._p) in above_tables and len(text.strip()) <= CAPTION_MAX and CAPTION.match(text) \
                and not any(ch in "。！？" for ch in text):
            kind = "debris"  # a table's caption ("表1　近三年主要指标"): apparatus, as in the PDF reader
        elif (id(para._p) in below_tables or note) and (id(para._p) not in in_tables) \
                and (size := sizes.of(para)) is not None and size < SMALL_PRINT * sizes.body():
            kind, note = "debris", True  # a table's note in small print right under it ("注：估算以2024年价格水平为基准。")
        elif _TITLE.match(style) and not m:
            kind, titled = "title", True
        elif m:
            kind, styled = "heading", True
            style_heads.add(len(blocks))
        elif len(text.strip()) <= 40 and not any(ch in "。！？" for ch in text) and _bold(para, para_style) \
                and not standalone_kind(" ".join(text.split())):
            kind = "heading"  # a short paragraph set wholly in bold ("一、总体思路" in a Normal paragraph)
        elif numbered_head(text) and not standalone_kind(" ".join(text.split())):
            kind = "heading"  # a numbered head in the body's type ("第一章　总则", "（一）动员部署阶段"), as the PDF reader's
            numbered.append(len(blocks))
            if style.startswith("List") or (ppr := para._p.pPr) is not None and ppr.numPr is not None:
                listed.add(len(blocks))
        else:
            kind = "meta" if own_number("".join(text.split())) else "paragraph"  # (the document's own number)
        note = note and kind == "debris"
        chars = [(ch, (index, i)) for i, ch in enumerate(text)]
        cut = run_in_byline(text) if kind == "paragraph" else 0
        if cut:  # a byline in brackets that a line break sets apart from the paragraph's text: a unit of its own
            blocks.append(("byline", chars[:cut]))
            paras.append(para)
        if in_tables:
            table = in_tables.get(id(para._p))
            if table is not None:
                cells.setdefault(table, []).append(len(blocks))
        if kind in ("paragraph", "heading") and ("\t" in text or "…" in text or "." in text or "·" in text or "．" in text) \
                and _contents_line(text):
            contents.append(len(blocks))
        blocks.append((kind, chars[cut:]))  # (one run into the paragraph's line is the paragraph's: session 17's gold)
        paras.append(para)
    # a table of contents typed in the body's styles: two or more entries one after another, their page numbers never
    # going down, an entry a unit, debris (not "label<tab>figure" paragraphs, "报名人数\t1200" / "录取人数\t860": review23)
    for run in _adjacent_runs(contents):
        pages = [int(m.group()) for b in run if (m := _LAST_NUMBER.search("".join(ch for ch, _ in blocks[b][1])))]
        if len(run) >= 2 and len(pages) == len(run) and pages == sorted(pages):
            for b in run:
                blocks[b] = ("debris", blocks[b][1])
    if styled:  # (heads in heading styles: a numbered paragraph in another style that reads as a list is an item,
        # ``1. 重症流感（甲型）``: in a list style or Word's numbering, or one of two or more with no body paragraph between;
        # one with body under it is a head, ``（一）指导思想`` under a Heading 1 ``一、总体要求``, review29)
        for run in _adjacent_runs(numbered):
            for b in run:
                if blocks[b][0] == "heading" and (len(run) > 1 or b in listed):
                    blocks[b] = ("paragraph", blocks[b][1])
    for table, table_blocks in cells.items():  # a grid, or a table of apparatus (a duty roster, specs): debris
        texts = ["".join("".join(ch for ch, _ in blocks[b][1]).split()) for b in table_blocks]
        # (a grid whose every cell holds a sentence is a layout of prose: its paragraphs stay)
        if all(blocks[b][0] in ("paragraph", "heading", "debris") for b in table_blocks) and (
                table in grids and not all(rules.SENTENCE_END_RE.search(t) for t in texts) or small_table(texts)):
            for b in table_blocks:
                blocks[b] = ("debris", blocks[b][1])
            # (and its caption right under it: ``表1　主要会计数据和财务指标（单位：人民币）``, as the HTML reader's, dev5)
            k = table_blocks[-1] + 1
            if k < len(blocks) and blocks[k][0] in ("paragraph", "heading") and id(paras[k]._p) in below_tables:
                text = "".join(ch for ch, _ in blocks[k][1]).strip()
                if len(text) <= CAPTION_MAX and CAPTION.match(text) and not rules.SENTENCE_END_RE.search(text):
                    blocks[k] = ("debris", blocks[k][1])
    if not titled and blocks:
        # the first paragraph, past a document number or date line above it (``西南大教〔2023〕56号``) or a field
        # (``编号：泉KJ2024625`` flush right over an application's title)
        first = next((k for k, (kind, chars) in enumerate(blocks[:3]) if kind not in ("paragraph", "meta")
                      or not _number_line("".join(ch for ch, _ in chars).strip())), 0)
        first_kind, first_chars = blocks[first]
        if first_kind == "heading" or (first_kind == "paragraph" and len(first_chars) <= 40):
            if first_kind == "heading" or not any(ch in "。！？" for ch, _ in first_chars):
                blocks[first] = ("title", first_chars)
    _small_over_title(blocks, paras, sizes)
    doc = build_document(doc_id, blocks, _where, title_block=True, fixed=style_heads)
    return doc, {"paragraph_count": sum(1 for _ in _paragraphs(document))}


def _small_over_title(blocks: list[tuple[str, list[Char]]], paras: list, sizes: _Sizes) -> None:
    """A short paragraph above the title in a size of its own, half a point or more off the body's and at most 0.7
    of the title's, over a title of 1.5 times the body or more, is debris (a field flush right in small print,
    ``密级：内部`` at 10.5 points over a title at 22, body 12; the PDF reader's rule for a line over the first page's
    title, :func:`.pdf._furniture`); not a document number, a form's own number (``编号：泉KJ2024625``,
    :func:`.common.own_number`) or a date, which are ``meta``."""
    title = next((k for k, (kind, _) in enumerate(blocks) if kind == "title"), None)
    if not title:
        return
    over = sizes.of(paras[title])
    if over is None or over < _TITLE_OVER * sizes.body():
        return
    for k in range(title):
        kind, chars = blocks[k]
        text = " ".join("".join(ch for ch, _ in chars).split())
        size = sizes.of(paras[k])
        if kind == "paragraph" and len(text) <= _FIELD_MAX and size is not None and abs(size - sizes.body()) >= 0.5 \
                and size <= KICKER_SHARE * over and standalone_kind(text) not in ("meta", "byline") \
                and not own_number("".join(text.split())):
            blocks[k] = ("debris", chars)


_TITLE_OVER = 1.5  # body sizes: a title that a line of small print stands over (as the PDF reader's)


def _number_line(text: str) -> bool:
    """A document number, a date or a short field with no sentence (``编号：泉KJ2024625``): no title."""
    if standalone_kind(text) == "meta":
        return True
    label = rules.LABEL.match(text)
    return label is not None and label.end() < len(text) <= _FIELD_MAX and not any(ch in "。！？" for ch in text)


_FIELD_MAX = 30  # characters of a field line over a title


def _where(chars: list[Char]):
    parts: list[dict] = []
    for pos, (_, (para, offset)) in enumerate(chars):
        if not parts or parts[-1]["paragraph"] != para:
            parts.append({"paragraph": para, "refs": [], "start": pos})
        parts[-1]["refs"].append(offset)
    return [], {"paragraphs": [{"paragraph": p["paragraph"], "offsets": runs(p["refs"], p["start"])} for p in parts]}
