"""Batch 16, print part: 16 typeset PDF designs the corpus lacked, one document each (ids q16-000 .. q16-015).

Designs 0-9 go to ``dev16``, 10-15 only to ``held16``. Each PDF is drawn line by line with reportlab (built-in CID
fonts STSong-Light / MSung-Light), kept as a native file, and extracted by pdftotext in its default, ``-layout`` and
``-raw`` modes plus one or two more option sets. Every drawn line is recorded with the unit it belongs to, so the
text gold of each extraction is made by matching the extracted lines back to the drawn ones (no hand cutting).

Designs: ragged-right setting (lines broken between words, jieba, and after a phrase's punctuation once a line is
full enough, so lines end short mid-paragraph: dev essay A5 / column B5 two columns Taiwan / guide A4 12 pt; held
letter A4 Hong Kong / survey A4 two columns), academic papers (dev paper A4, paper_tw B5 Taiwan; held paper_b5 B5:
superscript author marks, affiliations, 摘要 / 关键词 / 中图分类号, two-column body with numbered heads, figure and
table captions, page-1 footnotes, 参考文献), red-head government documents (dev redhead, govletter; held
redhead_county), a handout (dev) and a textbook page (held) with margin notes and boxed notes, slides exported to
PDF (dev 16:9, held 4:3 Taiwan), a brochure with a sidebar column and pull quotes (dev).

Prose is reused (no fresh pool): dev16 takes only paragraph units of development-split gold, held16 only paragraph
units of held-out gold, and no held16 string may share a 15-character stretch (whitespace removed, also after opencc
conversions and t2s) with any development gold unit, the dev16 documents of this part or the other batch-16 part's
dev16 gold committed in its branch (asserted at build time). Titles, heads, labels, names, dates, tables, questions,
captions, notes and furniture are invented.

Gold: the native gold lists the content units and the furniture strings (running heads, folios, footnotes, captions,
pull quotes, margin notes, the red issuer line, the reference section); table cells are left out. Text gold: every extracted
character gets the unit of the drawn line it matches (see ``align``); furniture and cells are debris, one unit per
string or cell; whitespace goes with the unit before it.

    PYTHONPATH=$PWD:/path/to/opencc python benchmarks/segcorpus/make_dev16_print.py [design numbers, for debugging]
"""

from __future__ import annotations

import collections
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import jieba
from reportlab.lib.pagesizes import A4, A5, B5
from reportlab.pdfbase import _cidfontdata, pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "benchmarks" / "segcorpus"
PREFIX = "q16"
SPACE = re.compile(r"\s+")
CJK = re.compile(r"[\u4e00-\u9fff]")
ODD = re.compile(r"[·•‧・\U00010000-\U0010ffff]")  # pdftotext drops the middle dot of the CID fonts
OTHER_BRANCHES = ("b16web",)

sys.path.insert(0, str(Path(__file__).resolve().parent))
from regold_conventions import cut_heads  # noqa: E402  (session 15: a running head one debris unit per piece)

# reportlab 5.1 maps MSung-Light (Adobe-CNS1) to the GB CMap, which poppler refuses: give it the CNS one
_cidfontdata.defaultUnicodeEncodings["MSung-Light"] = ("cht", "UniCNS-UCS2-H")
for _font in ("STSong-Light", "MSung-Light"):
    pdfmetrics.registerFont(UnicodeCIDFont(_font))


def squash(text: str) -> str:
    return SPACE.sub("", text)


# ---------------------------------------------------------------- prose pools
def _split_stems(prefixes: tuple[str, ...], exclude: str) -> dict[str, str]:
    stems = {}
    for route in ("text", "native"):
        for folder in sorted((CORPUS / route).iterdir()):
            if folder.name == exclude or not folder.name.startswith(prefixes):
                continue
            for path in folder.iterdir():
                stems[path.stem] = folder.name
    return stems


def _gold_units(stem: str) -> list[dict]:
    path = CORPUS / "gold" / f"{stem}.json"
    if not path.is_file():
        return []
    return json.loads(path.read_text(encoding="utf-8"))["units"]


def _pool(stems: dict[str, str], seed: int) -> list[str]:
    seen, out = set(), []
    for stem in sorted(stems):
        for unit in _gold_units(stem):
            if unit["kind"] != "paragraph":
                continue
            text = squash(unit["text"])
            if not 40 <= len(text) <= 320 or text in seen or text[-1] not in "。！？":
                continue
            if len(CJK.findall(text)) < 0.8 * len(text) or ODD.search(text):
                continue
            seen.add(text)
            out.append(text)
    random.Random(seed).shuffle(out)
    return out


DEV_STEMS = _split_stems(("dev",), "dev16")
HELD_STEMS = _split_stems(("held",), "held16")


def dev_gold_texts() -> list[str]:
    """Every unit text of development gold on disk (all kinds) and of the other batch-16 part's dev16 gold in their branches."""
    texts = []
    for stem in sorted(_split_stems(("dev",), "")):
        texts += [squash(u["text"]) for u in _gold_units(stem)]
    for branch in OTHER_BRANCHES:  # their dev16 files, as committed in their branches
        stems = set()
        for route in ("text", "native"):
            listing = subprocess.run(["git", "ls-tree", "--name-only", f"{branch}:benchmarks/segcorpus/{route}/dev16"],
                                     cwd=ROOT, capture_output=True, text=True)
            stems |= {Path(name).stem for name in listing.stdout.split() if not name.startswith(PREFIX)}
        for stem in sorted(stems):
            blob = subprocess.run(["git", "show", f"{branch}:benchmarks/segcorpus/gold/{stem}.json"], cwd=ROOT,
                                  capture_output=True, text=True)
            if blob.returncode == 0:
                texts += [squash(u["text"]) for u in json.loads(blob.stdout)["units"]]
    return texts


def grams(text: str, n: int = 15) -> set[str]:
    return {text[i:i + n] for i in range(len(text) - n + 1)}


def colliding(candidates: list[str], dev_texts: list[str]) -> set[str]:
    """The candidates sharing a 15-character stretch with any dev text."""
    index: dict[str, list[int]] = {}
    for k, text in enumerate(candidates):
        for g in grams(text):
            index.setdefault(g, []).append(k)
    hit = set()
    for text in dev_texts:
        for i in range(len(text) - 14):
            ks = index.get(text[i:i + 15])
            if ks:
                hit.update(ks)
    return {candidates[k] for k in hit}


def big5_ok(text: str) -> bool:
    try:
        text.encode("big5")
    except UnicodeEncodeError:
        return False
    return True


class Prose:
    def __init__(self, texts: list[str], simp, convert=None):
        self.texts, self.i, self.convert, self.used = texts, 0, convert, []
        self.simp = simp  # simplified designs skip paragraphs written in traditional script

    def __call__(self, maxlen: int = 320, end: str | None = None) -> str:
        while True:
            text = self.texts[self.i]
            self.i += 1
            if len(text) > maxlen:
                continue
            if not self.convert and self.simp(text) == text:
                break
            if self.convert and big5_ok(self.convert(text)):  # the CNS font lacks what Big5 lacks (説)
                break
        self.used.append(text)
        if end:
            text = text[:-1] + end
        return self.convert(text) if self.convert else text




# ---------------------------------------------------------------- layout engine
CLOSING = "，。、；：？！）」』”’》"  # never starts a line
OPENING = "（「『“‘《"  # never ends a line
PHRASE_END = "，。、；：？！"


class Doc:
    """A flow of blocks typeset into columns; every drawn line is recorded as (page, item, text, y, column).

    ``rag`` > 0 sets the text ragged right: lines break only between words (jieba), and where a line already holds a
    phrase end (``，。、；：？！``) at ``rag`` of its width or more the line breaks after it, so lines end short.
    ``widths`` gives a body column and a sidebar column of their own widths (the flow stays in the body column);
    ``margin`` = (x, width) is a note column beside the body; ``notes`` = {page: [footnote]} are set at that page's foot.
    """

    def __init__(self, size, margins, font="STSong-Light", cols=1, gap=18, body=10.5, leading=1.6, rag=0.0,
                 widths=None, margin=None):
        self.w, self.h = size
        self.top, self.right, self.bottom, self.left = margins
        self.font, self.cols, self.gap, self.body, self.leading = font, cols, gap, body, leading
        self.rag, self.widths, self.margin = rag, widths, margin
        if widths:
            self.cols = len(widths)
        self.items: list[dict] = []  # {kind, text}
        self.lines: list[tuple] = []  # (page, item index, text, y, column or -1) in drawing order
        self.blocks: list[tuple] = []
        self.header = None  # fn(page) -> list of (text, x, y, size, align); self.total is the page count
        self.total = 0
        self.span_blocks: list[tuple] = []
        self.notes: dict[int, list[str]] = {}
        self.note_size = 7.5

    # block constructors ------------------------------------------------------
    def add(self, kind, text, size=None, align="left", indent=0.0, bold=False, head=None, hang=0.0, box=False,
            before=0.0, after=0.0, span=False, font=None, color=None, rules=False, rag=None):
        """text: a string or a list of (string, style) runs, style False / True (bold) / "sup" (superscript)."""
        block = dict(kind=kind, text=text, size=size or self.body, align=align, indent=indent, bold=bold, head=head,
                     hang=hang, box=box, before=before, after=after, font=font, color=color, rules=rules,
                     rag=self.rag if rag is None else rag)
        (self.span_blocks if span else self.blocks).append(("text", block))

    def table(self, rows, widths, size=None, before=4, after=6, rule=True):
        self.blocks.append(("table", dict(rows=rows, widths=widths, size=size or self.body - 1, before=before,
                                          after=after, rule=rule)))

    def pagebreak(self):
        self.blocks.append(("break", {}))

    def space(self, pts):
        self.blocks.append(("space", {"pts": pts}))

    def rule(self, color=(0, 0, 0), width=0.6, after=6.0, span=False):
        (self.span_blocks if span else self.blocks).append(("rule", dict(color=color, width=width, after=after)))

    def side(self, build, box=True):
        """A sidebar on the current page: build(sub) adds blocks to a scratch Doc; they are set in column 1."""
        sub = Doc((self.w, self.h), (self.top, self.right, self.bottom, self.left), self.font, body=self.body,
                  leading=self.leading, rag=self.rag)
        build(sub)
        self.blocks.append(("side", dict(blocks=sub.blocks, box=box)))

    def note(self, kind, text, size=8, after=6.0):
        """A margin note beside the next line of the body (its top at the body's current line)."""
        self.blocks.append(("margin", dict(kind=kind, text=text, size=size, align="left", indent=0, bold=False,
                                           head=None, hang=0, box=False, before=0, after=after, font=None,
                                           color=None, rules=False, rag=0)))

    # typesetting -------------------------------------------------------------
    def _cw(self, c, st, font, size):
        return pdfmetrics.stringWidth(c, font, size * (0.6 if st == "sup" else 1))

    def _tokens(self, chars):
        """Words (jieba) as lists of (char, style); closing marks stick to the word before, opening to the next."""
        text = "".join(c for c, _ in chars)
        toks, k = [], 0
        for word in jieba.lcut(text, HMM=False):
            toks.append(chars[k:k + len(word)])
            k += len(word)
        out: list[list] = []
        carry: list = []
        for tok in toks:
            if out and all(c in CLOSING for c, _ in tok):
                out[-1] = out[-1] + tok
                continue
            tok = carry + tok
            carry = []
            if all(c in OPENING for c, _ in tok):
                carry = tok
                continue
            out.append(tok)
        if carry:
            out.append(carry)
        return out

    def _wrap(self, segs, width, first_indent, hang, font, size, rag):
        """segs: [(text, style)] -> list of (x offset, runs), runs [[text, style]]."""
        chars = [(c, st) for text, st in segs for c in text]
        tokens = self._tokens(chars) if rag else [[ch] for ch in chars]
        lines, cur, x0 = [], [], first_indent

        def wid(cs):
            return sum(self._cw(c, st, font, size) for c, st in cs)
        for tok in tokens:
            limit = width - x0
            # pdftotext joins a line ending in "-" to the next one (dehyphenation): never break after "-"
            if cur and wid(cur) + wid(tok) > limit and (rag or tok[0][0] not in CLOSING) and cur[-1][0] != "-":
                cut = len(cur)
                if rag:
                    w = 0.0
                    for k, (c, st) in enumerate(cur[:-1]):
                        w += self._cw(c, st, font, size)
                        if c in PHRASE_END and w >= rag * limit:
                            cut = k + 1
                lines.append((x0, cur[:cut]))
                cur, x0 = cur[cut:], hang
                limit = width - x0
            if rag and wid(tok) > limit:  # a word longer than a line (a long number): break it anywhere
                for ch in tok:
                    if cur and wid(cur) + wid([ch]) > limit:
                        lines.append((x0, cur))
                        cur, x0 = [], hang
                        limit = width - x0
                    cur.append(ch)
                continue
            cur += tok
        if cur:
            lines.append((x0, cur))
        out = []
        for x, cs in lines:
            runs = []
            for c, b in cs:
                if runs and runs[-1][1] == b:
                    runs[-1][0] += c
                else:
                    runs.append([c, b])
            out.append((x, runs))
        return out

    def build(self, path: Path, title: str):
        self.items, self.lines = [], []
        c = canvas.Canvas(str(path), pagesize=(self.w, self.h), invariant=1)
        c.setTitle(title)
        self.c = c
        self.page = 1
        if self.widths:
            self.colw = self.widths[0]
        else:
            self.colw = (self.w - self.left - self.right - self.gap * (self.cols - 1)) / self.cols
        self.col = 0
        self.y = self.h - self.top
        for kind, block in self.span_blocks:
            if kind == "rule":
                self._rule(block, self.left, self.w - self.left - self.right)
            else:
                self._text(block, self.w - self.left - self.right, self.left, span=True)
        self.col_top = self.y
        for kind, block in self.blocks:
            if kind == "text":
                self._text(block, self._colw(), None)
            elif kind == "table":
                self._table(block, self._colw())
            elif kind == "break":
                self._newpage()
            elif kind == "space":
                self.y -= block["pts"]
            elif kind == "rule":
                self._rule(block, self._x0(), self._colw())
            elif kind == "side":
                self._side(block)
            elif kind == "margin":
                self._margin(block)
        self._finish_page()
        c.save()
        return self.page

    def _colw(self):
        return self.widths[self.col] if self.widths else self.colw

    def _x0(self):
        if self.widths:
            return self.left + sum(self.widths[:self.col]) + self.gap * self.col
        return self.left + self.col * (self.colw + self.gap)

    def _floor(self):
        """The lowest baseline of the page: above its footnotes."""
        notes = self.notes.get(self.page, [])
        if not notes:
            return self.bottom
        lines = sum(len(self._wrap([(t, False)], self.w - self.left - self.right, 0, 0, self.font, self.note_size, 0))
                    for t in notes)
        return self.bottom + lines * self.note_size * 1.5 + 12

    def _advance(self, need):
        if self.y - need < self._floor():
            assert not getattr(self, "in_side", False), "sidebar overflows its page"
            if self.col + 1 < self.cols and not self.widths:
                self.col += 1
                self.y = self.col_top
            else:
                self._newpage()

    def _newpage(self):
        self._finish_page()
        self.c.showPage()
        self.page += 1
        self.col = 0
        self.y = self.h - self.top
        self.col_top = self.y

    def _finish_page(self):
        notes = self.notes.get(self.page, [])
        if notes:
            width = self.w - self.left - self.right
            y = self._floor() - 6
            self.c.setLineWidth(0.5)
            self.c.line(self.left, y, self.left + 90, y)
            y -= 2
            for text in notes:
                idx = len(self.items)
                self.items.append({"kind": "furniture", "text": text})
                for dx, runs in self._wrap([(text, False)], width, 0, 0, self.font, self.note_size, 0):
                    y -= self.note_size * 1.5
                    self._draw(self.c, runs, self.left + dx, y, self.font, self.note_size)
                    self.lines.append((self.page, idx, "".join(t for t, _ in runs), y, -1))
        if self.header:
            for text, x, y, size, align in self.header(self.page):
                idx = len(self.items)
                self.items.append({"kind": "furniture", "text": text})
                self._draw(self.c, [[text, False]], x, y, self.font, size, align)
                self.lines.append((self.page, idx, text, y, -1))

    def _draw(self, c, runs, x, y, font, size, align="left", width=None, color=None):
        total = sum(pdfmetrics.stringWidth(t, font, size * (0.6 if st == "sup" else 1)) for t, st in runs)
        if align == "center":
            x = x - total / 2 if width is None else x + (width - total) / 2
        elif align == "right":
            x = x - total if width is None else x + width - total
        for t, st in runs:
            s = size * 0.6 if st == "sup" else size
            text = c.beginText(x, y)
            text.setFont(font, s)
            text.setFillColorRGB(*(color or (0, 0, 0)))
            text.setTextRenderMode(2 if st is True else 0)
            if st == "sup":
                text.setRise(size * 0.38)
            text.textOut(t)
            c.drawText(text)
            x += pdfmetrics.stringWidth(t, font, s)

    def _rule(self, b, x, width):
        self.y -= 4
        self.c.setStrokeColorRGB(*b["color"])
        self.c.setLineWidth(b["width"])
        self.c.line(x, self.y, x + width, self.y)
        self.c.setStrokeColorRGB(0, 0, 0)
        self.y -= b["after"]

    def _segs(self, b):
        body = b["text"]
        runs = [(body, b["bold"])] if isinstance(body, str) else [(t, st) for t, st in body]
        if b["head"]:
            runs = [(b["head"] + "\u3000", True)] + runs
        return runs

    def _text(self, b, width, x_left, span=False, col=None):
        font = b["font"] or self.font
        size = b["size"]
        lead = size * self.leading
        idx = len(self.items)
        segs = self._segs(b)
        self.items.append({"kind": b["kind"], "text": "".join(t for t, _ in segs)})
        ind = b["indent"] * size
        pad = 8 if b["box"] else 0
        lines = self._wrap(segs, width - 2 * pad, ind, b["hang"] * size, font, size, b["rag"])
        self.y -= b["before"]
        if b["rules"]:
            self._advance(lead * 2)
            self.c.setLineWidth(0.8)
            self.c.line((x_left if span else self._x0()), self.y - 2, (x_left if span else self._x0()) + width,
                        self.y - 2)
            self.y -= 4
        top = self.y
        for k, (dx, runs) in enumerate(lines):
            if not span:
                self._advance(lead)
            x = (x_left if span else self._x0()) + pad
            if k == 0:
                top = self.y
            self.y -= lead
            self._draw(self.c, runs, x + dx, self.y, font, size, b["align"], width - dx - 2 * pad, b["color"])
            self.lines.append((self.page, idx, "".join(t for t, _ in runs), self.y,
                               col if col is not None else -1 if span else self.col))
        if b["box"]:
            x = x_left if span else self._x0()
            self.c.setLineWidth(0.6)
            self.c.rect(x, self.y - size * 0.6, width, top - self.y + size * 0.6)
            self.y -= size * 0.6
        if b["rules"]:
            self.c.setLineWidth(0.8)
            x = x_left if span else self._x0()
            self.c.line(x, self.y - size * 0.6, x + width, self.y - size * 0.6)
            self.y -= size * 0.6
        self.y -= b["after"]

    def _side(self, b):
        saved = (self.col, self.y)
        self.col, self.y, self.in_side = 1, self.col_top, True
        top = self.y
        for kind, block in b["blocks"]:
            if kind == "text":
                self._text(block, self._colw() - (12 if b["box"] else 0), self._x0() + (6 if b["box"] else 0),
                           span=True, col=1)
            elif kind == "space":
                self.y -= block["pts"]
        assert self.y > self._floor(), "sidebar overflows its page"
        if b["box"]:
            self.c.setFillColorRGB(0.92, 0.92, 0.92)
            self.c.setLineWidth(0.6)
            self.c.rect(self._x0(), self.y - 8, self._colw(), top - self.y + 8, fill=0)
            self.c.setFillColorRGB(0, 0, 0)
        self.col, self.y, self.in_side = saved[0], saved[1], False

    def _margin(self, b):
        x, width = self.margin
        saved = self.y
        self._text(b, width, x, span=True, col=1)
        self.y = saved

    def _table(self, b, colw):
        size = b["size"]
        lead = size * 1.9
        self.y -= b["before"]
        for r, row in enumerate(b["rows"]):
            self._advance(lead)
            self.y -= lead
            x = self._x0()
            for cell, w in zip(row, b["widths"], strict=True):
                if cell:
                    idx = len(self.items)
                    self.items.append({"kind": "debris", "text": cell})
                    self._draw(self.c, [[cell, r == 0]], x + 3, self.y, self.font, size)
                    self.lines.append((self.page, idx, cell, self.y, self.col))
                x += w
            if b["rule"]:
                self.c.setLineWidth(0.4)
                self.c.line(self._x0(), self.y - size * 0.55, self._x0() + sum(b["widths"]), self.y - size * 0.55)
        self.y -= b["after"]


# ---------------------------------------------------------------- gold from extraction
def align(text: str, doc: Doc, first_page: int = 1, last_page: int | None = None, mode: str = "") -> list[dict]:
    """Cut an extracted text into units by matching its lines back to the drawn lines."""
    pend = [[p, i, ODD.sub("", squash(t)), k, y, col] for k, (p, i, t, y, col) in enumerate(doc.lines) if p >= first_page and (last_page is None or p <= last_page)]
    pend = [x for x in pend if x[2]]
    labels = [None] * len(text)
    where = [k for k, ch in enumerate(text) if not ch.isspace()]
    flat = "".join(text[k] for k in where)
    i = 0
    while i < len(flat):
        live = [x for x in pend if x[2]]
        if not live:
            raise AssertionError(f"extra text {flat[i:i + 40]!r}")
        page = live[0][0]
        best, score, key = None, 0, (0, False, 0)
        for x in live:
            if x[0] > page:  # pdftotext writes a page out before the next
                break
            p = x[2]
            n = 0
            while n < len(p) and i + n < len(flat) and p[n] == flat[i + n]:
                n += 1
            # the longest match; of equal ones a line matched whole, then the one the mode reads first: -raw
            # follows the drawing order, -layout the page from the top, the default mode a column before the next
            if mode == "raw":
                order = -x[3]
            elif mode == "layout" or x[5] < 0:
                order = x[4]
            else:
                order = -x[5] * 10000 + x[4]
            if n and (n, n == len(p), order) > key:
                best, score, key = x, n, (n, n == len(p), order)
        if best is None:
            raise AssertionError(f"no drawn line for {flat[i:i + 40]!r}; next pending {[x[2][:20] for x in live[:4]]}")
        for k in where[i:i + score]:
            labels[k] = best[1]
        best[2] = best[2][score:]
        i += score
    got: dict[int, str] = {}
    for k, lab in enumerate(labels):
        if lab is not None:
            got[lab] = got.get(lab, "") + text[k]
    for lab, chars in got.items():  # every unit gets the characters of its drawn lines (columns may interleave)
        drawn = "".join(ODD.sub("", squash(t)) for p, i, t, _, _ in doc.lines if i == lab
                        and p >= first_page and (last_page is None or p <= last_page))
        assert sorted(chars) == sorted(drawn), (doc.items[lab]["text"][:30], chars[:60], drawn[:60])
        if mode == "raw" or doc.cols == 1:
            assert chars == drawn, (doc.items[lab]["text"][:30], chars[:60], drawn[:60])
    left = [x for x in pend if x[2]]
    assert not left, f"drawn text missing from extraction: {left[:3]}"
    # whitespace goes with the unit before it (leading whitespace with the first)
    first = next(lab for lab in labels if lab is not None)
    cur = first
    for k, lab in enumerate(labels):
        if lab is None:
            labels[k] = cur
        else:
            cur = lab
    units: list[dict] = []
    prev = None
    for ch, lab in zip(text, labels, strict=True):
        if lab != prev:
            kind = doc.items[lab]["kind"]
            units.append({"kind": "debris" if kind == "furniture" else kind, "text": ""})
            prev = lab
        units[-1]["text"] += ch
    return units


def ocr_spaces(text: str, seed: int) -> str:
    rnd = random.Random(seed)
    out = []
    for ch in text:
        out.append(ch)
        if CJK.match(ch) and rnd.random() < 0.07:
            out.append(" ")
    return "".join(out)


ENCODERS = {"utf-8": ("utf-8", "\n"), "utf-8-sig": ("utf-8-sig", "\n"), "gb18030": ("gb18030", "\n"),
            "crlf": ("utf-8", "\r\n"), "gb18030+crlf": ("gb18030", "\r\n"), "big5": ("big5", "\n")}




def main() -> None:
    only = {int(a) for a in sys.argv[1:]}  # debugging: build these designs only (no manifest, no held check)
    dev_pool = _pool(DEV_STEMS, 1601)
    held_raw = _pool(HELD_STEMS, 1602)
    print(f"pools: dev {len(dev_pool)} paragraphs, held {len(held_raw)} before the check", file=sys.stderr)
    cache = Path(os.environ.get("Q16_DEV_CACHE", "/nonexistent"))
    if cache.is_file():  # debugging only: a saved copy of the dev gold texts
        dev_texts = json.loads(cache.read_text(encoding="utf-8"))
    else:
        dev_texts = dev_gold_texts() if not only or max(only) >= 10 else []
        if os.environ.get("Q16_DEV_CACHE"):
            cache.write_text(json.dumps(dev_texts, ensure_ascii=False), encoding="utf-8")
    print(f"dev gold units checked against: {len(dev_texts)}", file=sys.stderr)
    import opencc

    s2tw, s2hk, t2s = (opencc.OpenCC(c).convert for c in ("s2tw", "s2hk", "t2s"))
    forms = [s2tw, s2hk, lambda t: t2s(s2tw(t)), lambda t: t2s(s2hk(t))]
    bad = colliding(held_raw, dev_texts)
    for form in forms:  # a paragraph that dev gold holds in traditional script
        converted = {form(t): t for t in held_raw}
        bad |= {converted[t] for t in colliding(list(converted), dev_texts)}
    held_pool = [t for t in held_raw if t not in bad]
    print(f"held pool after the 15-gram check: {len(held_pool)} ({len(bad)} dropped)", file=sys.stderr)

    converters = {"t2s": opencc.OpenCC("t2s").convert, "tw": opencc.OpenCC("s2tw").convert, "hk": opencc.OpenCC("s2hk").convert}
    manifest = []
    dev_strings: list[str] = []
    held_docs = []
    with tempfile.TemporaryDirectory() as tmp:
        for n, design in enumerate(DESIGNS):
            if only and n not in only:
                continue
            split = "dev16" if n < 10 else "held16"
            pool = dev_pool if n < 10 else held_pool
            prose = Prose(pool, converters["t2s"], converters.get(design["script"]))
            prose.i = design_offset(n, pool)
            doc = design["make"](prose)
            doc_id = f"{PREFIX}-{n:03d}"
            (CORPUS / "native" / split).mkdir(parents=True, exist_ok=True)
            (CORPUS / "text" / split).mkdir(parents=True, exist_ok=True)
            pdf = CORPUS / "native" / split / f"{doc_id}_pdf.pdf"
            doc.total = doc.build(pdf, design["title"])
            pages = doc.build(pdf, design["title"])
            assert pages == doc.total
            content = [it for it in doc.items if it["kind"] not in ("furniture", "debris")]
            assert sum(it["kind"] == "title" for it in content) == 1, design["name"]
            furniture = sorted({it["text"] for it in doc.items if it["kind"] == "furniture"})
            gold = {"doc_id": f"{doc_id}_pdf", "source": f"{design['name']} PDF (reportlab)",
                    "units": [{"kind": it["kind"], "text": it["text"]} for it in content], "furniture": furniture}
            write_json(CORPUS / "gold" / f"{doc_id}_pdf.json", gold)
            files = [{"path": f"native/{split}/{doc_id}_pdf.pdf", "route": "native", "tool": "reportlab",
                      "encoding": "pdf"}]
            for tool, opts, enc in design["runs"]:
                if design["script"] != "simp":
                    assert not enc.startswith("gb18030")
                out = Path(tmp) / f"{doc_id}_{tool}.txt"
                subprocess.run(["pdftotext", *opts, str(pdf), str(out)], check=True)
                text = out.read_text(encoding="utf-8").replace("\r\n", "\n")
                base = enc.removesuffix("+ocr")
                if enc.endswith("+ocr"):
                    text = ocr_spaces(text, n)
                first = int(opts[opts.index("-f") + 1]) if "-f" in opts else 1
                last = int(opts[opts.index("-l") + 1]) if "-l" in opts else None
                mode = "raw" if "-raw" in opts else "layout" if "-layout" in opts else ""
                units = cut_heads(align(text, doc, first, last, mode), text, collections.Counter())
                assert "".join(u["text"] for u in units) == text
                for u in units:
                    assert squash(u["text"]) in squash(text)
                codec, eol = ENCODERS[base]
                if base == "big5":
                    try:
                        text.encode("big5")
                    except UnicodeEncodeError:
                        enc, codec = "utf-8", "utf-8"
                path = CORPUS / "text" / split / f"{doc_id}_{tool}.txt"
                path.write_bytes(text.replace("\n", eol).encode(codec))
                write_json(CORPUS / "gold" / f"{doc_id}_{tool}.json",
                           {"doc_id": f"{doc_id}_{tool}", "source": f"{design['name']} PDF, {tool}", "units": units})
                files.append({"path": f"text/{split}/{doc_id}_{tool}.txt", "route": "text", "tool": tool,
                              "encoding": enc})
            strings = [squash(it["text"]) for it in doc.items]
            if n < 10:
                dev_strings += strings
            else:
                held_docs.append((doc_id, strings))
            manifest.append({"id": doc_id, "split": split, "script": design["script"], "design": design["name"],
                             "pages": pages, "files": files})
            print(doc_id, design["name"], pages, "pages", len(files), "files", file=sys.stderr)
    if only:
        return
    # the held documents share no 15-character stretch with dev gold or the dev16 documents of this part
    held_strings = [s for _, strings in held_docs for s in strings if len(s) >= 15]
    simp = opencc.OpenCC("t2s").convert
    dev_all = dev_texts + dev_strings + [simp(s) for s in dev_strings]  # this part's traditional dev16 also in t2s
    assert not colliding(held_strings, dev_all), "held16 collides with dev text"
    clash = colliding([simp(s) for s in held_strings], dev_all)
    assert not clash, f"held16 collides (t2s): {sorted(clash)[:3]}"
    print(f"held check: {len(held_strings)} held strings vs {len(dev_all)} dev strings: clean", file=sys.stderr)
    write_json(CORPUS / "manifest-dev16-print.json", manifest)


def design_offset(n: int, pool: list[str]) -> int:
    """Each design starts at its own place in its pool (designs of one side never share a paragraph)."""
    k = n if n < 10 else n - 10
    return k * (len(pool) // 10)


def write_json(path: Path, obj) -> None:
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")



# ---------------------------------------------------------------- designs
CN_NUM = "〇一二三四五六七八九十"


def cn_page(n: int) -> str:
    return CN_NUM[n] if n <= 10 else "十" + CN_NUM[n - 10]


def quote_of(text: str) -> str:
    """A pull quote: the longest sentence (at most 40 characters) of a paragraph already set, in quotation marks."""
    sentences = [s + "。" for s in re.split(r"[。！？]", text) if 8 <= len(s) <= 40]
    return "“" + (max(sentences, key=len) if sentences else text[:30] + "……") + "”"


def outer(d, pg, text, y, size=9):
    """A folio or foot line at the outer corner (right on odd pages, left on even ones)."""
    return (text, d.w - d.right if pg % 2 else d.left, y, size, "right" if pg % 2 else "left")


# -- ragged right ---------------------------------------------------------------
def d_essay(P):
    """随笔 (A5): ragged right at phrase ends (rag 0.55), block paragraphs with a blank line, centred section numbers."""
    d = Doc(A5, (56, 46, 56, 46), body=10, leading=1.7, rag=0.55)
    d.header = lambda pg: ([("宁川文艺　2024年第2期", 46, d.h - 34, 8, "left")] if pg % 2 == 0 else
                           [("散文随笔", d.w - 46, d.h - 34, 8, "right")]) + [(str(pg), d.w / 2, 30, 9, "center")]
    d.add("title", "在江边数船的日子", size=17, bold=True, after=4)
    d.add("byline", "林晓岚", size=10, after=14)
    for _ in range(3):
        d.add("paragraph", P(), after=10)
    d.add("heading", "二", size=12, align="center", bold=True, before=4, after=8)
    for _ in range(3):
        d.add("paragraph", P(), after=10)
    d.add("heading", "三", size=12, align="center", bold=True, before=4, after=8)
    d.add("paragraph", P(), after=10)
    d.add("paragraph", P(), after=10)
    d.add("meta", "2023年冬，写于宁川", align="right", size=9, before=4)
    return d


def d_column(P):
    """專欄 (Taiwan script, B5): two ragged columns (rag 0.7) under a full-width title, first-line indent, bold heads."""
    d = Doc(B5, (62, 50, 60, 50), font="MSung-Light", cols=2, gap=20, body=9.5, leading=1.65, rag=0.7)
    d.header = lambda pg: [("寧川週報　專欄", d.w - 50 if pg % 2 else 50, d.h - 38, 8, "right" if pg % 2 else "left"),
                           outer(d, pg, f"{pg:02d}", 30)]
    d.add("meta", "專欄　城市觀察", size=10, span=True)
    d.add("title", "老街區的第二次生命", size=19, bold=True, span=True, before=4)
    d.add("byline", "文　陳思遠", size=9.5, span=True, before=2, after=12)
    d.add("paragraph", P(), indent=2)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "從拆除到保留", size=11, bold=True, before=6, after=2)
    for _ in range(3):
        d.add("paragraph", P(), indent=2)
    d.add("heading", "居民的聲音", size=11, bold=True, before=6, after=2)
    for _ in range(3):
        d.add("paragraph", P(), indent=2)
    d.add("heading", "下一步", size=11, bold=True, before=6, after=2)
    d.add("paragraph", P(), indent=2)
    d.add("paragraph", P(), indent=2)
    d.add("meta", "（作者為寧川大學建築系副教授）", size=8.5, before=6)
    return d


def d_guide(P):
    """办事指南 (A4, 12 pt): ragged right (rag 0.8) in one wide column, first-line indent, 一、 heads, hanging items."""
    d = Doc(A4, (84, 90, 80, 90), body=12, leading=1.8, rag=0.8)
    d.header = lambda pg: [("宁川市政务服务中心", 90, 44, 9, "left"), (f"第{pg}页", d.w - 90, 44, 9, "right")]
    d.add("title", "宁川市居住证办理指南", size=20, align="center", bold=True, after=4)
    d.add("meta", "发布日期：2024年2月26日　来源：市公安局", size=10, align="center", after=12)
    d.add("heading", "一、办理对象", size=13, bold=True, before=4)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "二、办理条件", size=13, bold=True, before=4)
    for k in range(1, 4):
        d.add("paragraph", f"{k}．" + P(160, "；" if k < 3 else "。"), hang=1.5)
    d.add("heading", "三、办理流程", size=13, bold=True, before=4)
    d.add("paragraph", P(), indent=2)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "四、注意事项", size=13, bold=True, before=4)
    d.add("paragraph", P(), indent=2)
    d.add("paragraph", P(), indent=2)
    d.add("meta", "咨询电话：0571-12345", before=8)
    return d


def d_letter(P):
    """致家長信 (Hong Kong script, A4): ragged right (rag 0.6), block paragraphs, salutation, signature block."""
    d = Doc(A4, (80, 70, 76, 70), font="MSung-Light", body=11, leading=1.75, rag=0.6)
    d.header = lambda pg: [("寧川浸信會中學", 70, d.h - 46, 9, "left"), ("通告編號：2024-25/017", d.w - 70, d.h - 46, 9,
                                                                          "right"),
                           (f"（第{cn_page(pg)}頁）", d.w / 2, 40, 9, "center")]
    d.add("title", "致家長信：新學年安排", size=16, align="center", bold=True, after=12)
    d.add("meta", "親愛的家長：", after=8)
    for _ in range(3):
        d.add("paragraph", P(), after=11)
    d.add("heading", "課外活動", size=12, bold=True, after=4)
    d.add("paragraph", P(), after=11)
    d.add("paragraph", P(), after=11)
    d.add("heading", "家校聯繫", size=12, bold=True, after=4)
    d.add("paragraph", P(), after=11)
    d.add("meta", "此致", before=4)
    d.add("meta", "各位家長")
    d.add("byline", "校長　何志明　謹啟", align="right", before=10)
    d.add("meta", "二〇二四年八月二十六日", align="right")
    return d


def d_survey(P):
    """调研报告 (A4): two ragged columns (rag 0.65) in small type under a full-width title, 一、 heads, no indent."""
    d = Doc(A4, (64, 52, 64, 52), cols=2, gap=22, body=9, leading=1.6, rag=0.65)
    d.header = lambda pg: [("宁川社会科学", 52, d.h - 40, 8, "left"), ("调查与研究", d.w - 52, d.h - 40, 8, "right"),
                           (f"－{pg}－", d.w / 2, 34, 9, "center")]
    d.add("title", "关于乡村快递末端网点的调研报告", size=17, align="center", bold=True, span=True)
    d.add("byline", "宁川市社科联课题组", size=10, align="center", span=True, before=4, after=12)
    d.add("paragraph", P(), after=6)
    d.add("heading", "一、基本情况", size=10.5, bold=True, before=4)
    for _ in range(3):
        d.add("paragraph", P(), after=6)
    d.add("heading", "二、存在的问题", size=10.5, bold=True, before=4)
    for _ in range(3):
        d.add("paragraph", P(), after=6)
    d.add("heading", "三、对策建议", size=10.5, bold=True, before=4)
    for _ in range(3):
        d.add("paragraph", P(), after=6)
    d.add("meta", "（执笔：周文涛　赵一鸣）", size=8.5, before=4)
    return d


# -- academic papers ------------------------------------------------------------
def d_paper(P):
    """学术论文 (A4): full-width front matter (authors with superscript marks, affiliations, 摘要, 关键词, 中图分类号),
    two-column body with 1 / 1.1 heads, a figure caption and a table with its caption, page-1 footnotes, 参考文献."""
    d = Doc(A4, (64, 54, 62, 54), cols=2, gap=18, body=9.5, leading=1.55)
    d.header = lambda pg: ([("宁川师范大学学报（社会科学版）　2024年第3期", d.w / 2, d.h - 42, 8, "center")] if pg > 1 else
                           [("第46卷第3期　宁川师范大学学报（社会科学版）　Vol.46 No.3", 54, d.h - 42, 8, "left")]) + \
        [outer(d, pg, str(pg + 40), 34)]
    d.notes[1] = ["收稿日期：2023-11-02", "基金项目：宁川市哲学社会科学规划项目（NC23SH017）",
                  "作者简介：许文清（1986—），女，宁川人，副教授，博士，主要从事城市社会学研究。"]
    d.add("title", "社区食堂的运营模式与居民参与研究", size=17, align="center", bold=True, span=True)
    d.add("byline", [("许文清", False), ("1", "sup"), ("，周　扬", False), ("2", "sup")], size=11, align="center",
          span=True, before=6)
    d.add("meta", "（1. 宁川师范大学 社会学院，浙江 宁川 315000；2. 宁川市民政局，浙江 宁川 315000）", size=8.5,
          align="center", span=True, before=2, after=8)
    d.add("paragraph", P(240), head="摘　要：", size=9, span=True)
    d.add("meta", "关键词：社区食堂；居民参与；运营模式；养老服务", size=9, span=True, before=2, head=None)
    d.add("meta", "中图分类号：C912.8　　文献标识码：A　　文章编号：1008-2042（2024）03-0041-06", size=9, span=True,
          before=2, after=10)
    d.add("heading", "1　引言", size=10.5, bold=True)
    d.add("paragraph", P(), indent=2)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "2　研究设计", size=10.5, bold=True, before=4)
    d.add("heading", "2.1　样本与数据", size=9.5, bold=True)
    d.add("paragraph", P(), indent=2)
    d.add("furniture", "表1　样本基本情况（N=412）", size=8.5, align="center", before=4)
    d.table([["变量", "类别", "占比（%）"], ["性别", "女", "56.3"], ["年龄", "60岁以上", "47.8"],
             ["居住", "独居", "18.2"]], [60, 70, 60], size=8)
    d.add("heading", "2.2　分析方法", size=9.5, bold=True)
    d.add("paragraph", P(), indent=2)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "3　结果与讨论", size=10.5, bold=True, before=4)
    d.add("paragraph", P(), indent=2)
    d.space(70)
    d.add("furniture", "图1　三类运营模式的居民参与度比较", size=8.5, align="center", after=6)
    d.add("paragraph", P(), indent=2)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "3.2　居民参与的影响因素", size=9.5, bold=True)
    d.add("paragraph", P(), indent=2)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "4　结论", size=10.5, bold=True, before=4)
    d.add("paragraph", P(), indent=2)
    d.add("paragraph", P(), indent=2)
    d.add("furniture", "参考文献：", size=9.5, bold=True, before=6)
    for ref in ("[1] 王立平. 社区养老服务供给研究[J]. 社会学研究，2019（4）：33-52.",
                "[2] 陈晓东，刘敏. 城市社区治理的参与机制[M]. 北京：社会科学文献出版社，2020.",
                "[3] 许文清. 邻里空间与公共生活[J]. 城市问题，2022（7）：18-26."):
        d.add("furniture", ref, size=8, hang=1.6)
    return d


def d_paper_tw(P):
    """學報論文 (Taiwan script, B5): title, authors with superscript marks, affiliation, 摘要 and 關鍵詞 across,
    two-column body with 壹、/一、 heads, a figure caption, page-1 footnotes, 參考文獻; odd/even running heads."""
    d = Doc(B5, (60, 48, 60, 48), font="MSung-Light", cols=2, gap=16, body=9, leading=1.6)

    def furn(pg):
        head = ("寧川大學教育學報　第18卷第1期", 48, d.h - 36, 8, "left") if pg % 2 == 0 else \
            ("偏鄉小學閱讀推動之研究", d.w - 48, d.h - 36, 8, "right")
        return [head, outer(d, pg, str(pg + 86), 30)]
    d.header = furn
    d.notes[1] = ["＊通訊作者：林佩君，電子郵件：pclin@ncu.edu.tw", "投稿日期：2023年9月12日；接受日期：2024年1月5日"]
    d.add("title", "偏鄉小學閱讀推動之研究：以三所學校為例", size=15, align="center", bold=True, span=True)
    d.add("byline", [("林佩君", False), ("1＊", "sup"), ("　黃建華", False), ("2", "sup")], size=10, align="center",
          span=True, before=6)
    d.add("meta", "1 寧川大學教育學系副教授　2 寧川縣立東山國民小學教師", size=8, align="center", span=True, before=2,
          after=8)
    d.add("heading", "摘要", size=10, align="center", bold=True, span=True)
    d.add("paragraph", P(260), size=8.5, indent=2, span=True)
    d.add("meta", "關鍵詞：閱讀推動、偏鄉教育、個案研究", size=8.5, span=True, before=2, after=10)
    d.add("heading", "壹、緒論", size=10, bold=True)
    d.add("paragraph", P(), indent=2)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "貳、文獻探討", size=10, bold=True, before=4)
    d.add("heading", "一、閱讀動機", size=9, bold=True)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "二、學校閱讀環境", size=9, bold=True)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "參、研究方法", size=10, bold=True, before=4)
    d.add("paragraph", P(), indent=2)
    d.space(60)
    d.add("furniture", "圖1　研究架構", size=8, align="center", after=6)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "肆、結論與建議", size=10, bold=True, before=4)
    d.add("paragraph", P(), indent=2)
    d.add("paragraph", P(), indent=2)
    d.add("furniture", "參考文獻", size=10, bold=True, before=6)
    for ref in ("吳明德（2018）。國民小學閱讀教育之實施。臺北：五南。",
                "陳麗華（2021）。偏鄉學校的閱讀推廣策略。教育研究月刊，325，45-60。"):
        d.add("furniture", ref, size=8, hang=2)
    return d


def d_paper_b5(P):
    """学报论文 (B5): front matter across, a superscript-marked author line, 摘要/关键词/中图分类号, two columns with
    0 引言 / 1.1 heads, a table caption over cells, a figure caption, footnotes on page 1, 参考文献 in small type."""
    d = Doc(B5, (58, 46, 58, 46), cols=2, gap=14, body=9, leading=1.5)
    d.header = lambda pg: [("第40卷 第2期　宁川工程学院学报　2024年4月", d.w / 2, d.h - 36, 7.5, "center"),
                           outer(d, pg, f"－{pg + 12}－", 28, 8)]
    d.notes[1] = ["收稿日期：2023-12-20；修回日期：2024-02-03", "作者简介：蒋明轩（1990—），男，工程师，硕士。"]
    d.add("title", "老旧小区加装电梯的成本分担机制", size=15, align="center", bold=True, span=True)
    d.add("byline", [("蒋明轩", False), ("1", "sup"), ("，何　静", False), ("1，2", "sup")], size=10,
          align="center", span=True, before=4)
    d.add("meta", "（1. 宁川工程学院 土木工程学院，宁川 315211；2. 宁川市住房保障中心，宁川 315000）", size=8,
          align="center", span=True, before=2, after=6)
    d.add("paragraph", P(220), head="摘要：", size=8.5, span=True)
    d.add("meta", "关键词：加装电梯；成本分担；老旧小区", size=8.5, span=True, before=2)
    d.add("meta", "中图分类号：TU857　文献标志码：A", size=8.5, span=True, before=2, after=8)
    d.add("heading", "0　引言", size=10, bold=True)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "1　问题的提出", size=10, bold=True, before=4)
    d.add("heading", "1.1　现状", bold=True)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "1.2　成因", bold=True)
    d.add("paragraph", P(), indent=2)
    d.add("furniture", "表2　各楼层分担比例", size=8, align="center", before=4)
    d.table([["楼层", "比例（%）"], ["二层", "6"], ["三层", "14"], ["四层", "22"], ["五层", "26"]], [60, 70], size=7.5)
    d.add("heading", "2　分担模型", size=10, bold=True, before=4)
    d.add("paragraph", P(), indent=2)
    d.space(56)
    d.add("furniture", "图3　模型的计算流程", size=8, align="center", after=6)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "3　结语", size=10, bold=True, before=4)
    d.add("paragraph", P(), indent=2)
    d.add("furniture", "参考文献：", size=8.5, bold=True, before=6)
    for ref in ("[1] 刘建. 既有住宅加装电梯的政策分析[J]. 建筑经济，2021，42（3）：12-16.",
                "[2] 孙海燕. 城市更新中的公共物品供给[D]. 上海：同济大学，2020."):
        d.add("furniture", ref, size=7.5, hang=1.6)
    return d


# -- government documents -------------------------------------------------------
RED = (0.85, 0.05, 0.05)


def gov_folio(d, pg):
    return [(f"— {pg} —", d.w - 74 if pg % 2 else 79, 56, 12, "right" if pg % 2 else "left")]


def d_redhead(P):
    """红头文件 (A4, GB/T 9704 margins, 14 pt): red issuer line and rule, 发文字号, title, 主送机关, 一、/（一）/1. levels,
    附件 list, right-aligned signature and date, （此件公开发布）, 抄送 and 印发 lines between rules; folio — n — outside."""
    d = Doc(A4, (105, 74, 99, 79), body=14, leading=1.9)
    d.header = lambda pg: gov_folio(d, pg)
    d.add("furniture", "宁川市人民政府文件", size=32, align="center", color=RED, before=20, after=24)
    d.add("meta", "宁政发〔2023〕12号", align="center", after=2)
    d.rule(color=RED, width=2, after=18)
    d.add("title", "宁川市人民政府关于加快推进城市更新行动的实施意见", size=20, align="center", bold=True, after=14)
    d.add("meta", "各县（市、区）人民政府，市政府各部门、各直属机构：")
    d.add("paragraph", P(), indent=2)
    d.add("heading", "一、总体要求", bold=True)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "二、重点任务", bold=True)
    d.add("heading", "（一）推进老旧小区改造。", indent=2)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "（二）完善公共服务设施。", indent=2)
    for k in range(1, 3):
        d.add("paragraph", f"{k}．" + P(), indent=2)
    d.add("heading", "三、保障措施", bold=True)
    d.add("paragraph", P(), indent=2)
    d.add("meta", "附件：1．宁川市城市更新重点项目清单", indent=2, before=12)
    d.add("meta", "2．宁川市城市更新任务分工表", indent=5)
    d.add("meta", "宁川市人民政府", align="right", before=30)
    d.add("meta", "2023年3月20日", align="right")
    d.add("meta", "（此件公开发布）", indent=2, before=6)
    d.rule(width=0.8, after=2)
    d.add("meta", "抄送：市委各部门，市人大常委会办公室，市政协办公室，市法院，市检察院。", size=12, indent=1)
    d.rule(width=0.5, after=2)
    d.add("meta", "宁川市人民政府办公室　　　　　　　　　　2023年3月21日印发", size=12, indent=1)
    d.rule(width=0.8, after=0)
    return d


def d_govletter(P):
    """政府办公室函 (A4, 12 pt): red issuer without 文件, red double rule, number flush right under the rule, title,
    主送, 一、 heads with bold run-in （一） items, contact line, 附件 list, signature and date; folio centred."""
    d = Doc(A4, (90, 70, 84, 76), body=12, leading=1.8)
    d.header = lambda pg: [(f"- {pg} -", d.w / 2, 50, 10, "center")]
    d.add("furniture", "宁川市人民政府办公室", size=26, align="center", color=RED, after=10)
    d.rule(color=RED, width=1.6, after=1)
    d.rule(color=RED, width=0.5, after=4)
    d.add("meta", "宁政办函〔2024〕8号", align="right", size=11, after=14)
    d.add("title", "宁川市人民政府办公室关于开展2024年安全生产月活动的通知", size=17, align="center", bold=True, after=12)
    d.add("meta", "各县（市、区）人民政府，市直有关单位：")
    d.add("paragraph", P(), indent=2)
    d.add("heading", "一、活动主题", bold=True, indent=2)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "二、主要活动", bold=True, indent=2)
    for head in ("（一）开展集中宣传。", "（二）组织应急演练。", "（三）深化隐患排查。"):
        d.add("paragraph", P(), indent=2, head=head)
    d.add("heading", "三、工作要求", bold=True, indent=2)
    d.add("paragraph", P(), indent=2)
    d.add("meta", "联系人：张伟，电话：0574-87651234。", indent=2, before=4)
    d.add("meta", "附件：1．2024年安全生产月活动安排表", indent=2, before=10)
    d.add("meta", "2．活动总结报送模板", indent=5)
    d.add("meta", "宁川市人民政府办公室", align="right", before=26)
    d.add("meta", "2024年5月28日", align="right")
    return d


def d_redhead_county(P):
    """县政府文件 (A4, 13 pt): red issuer line and rule, number centred, title, 主送, 一、/（一）/1. levels,
    附件 note, signature and date, 抄送 and 印发 lines between rules; folio — n — outside."""
    d = Doc(A4, (100, 74, 96, 80), body=13, leading=1.85)
    d.header = lambda pg: gov_folio(d, pg)
    d.add("furniture", "宁川县人民政府文件", size=28, align="center", color=RED, before=12, after=20)
    d.add("meta", "宁县政发〔2024〕31号", align="center", after=2)
    d.rule(color=RED, width=1.8, after=16)
    d.add("title", "宁川县人民政府关于印发宁川县农村生活垃圾分类工作方案的通知", size=18, align="center",
          bold=True, after=12)
    d.add("meta", "各乡镇人民政府，县政府各部门：")
    d.add("paragraph", P(), indent=2)
    d.add("heading", "一、工作目标", bold=True)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "二、工作措施", bold=True)
    d.add("heading", "（一）健全收运体系。", indent=2)
    d.add("paragraph", "1．" + P(), indent=2)
    d.add("paragraph", "2．" + P(), indent=2)
    d.add("heading", "（二）强化督查考核。", indent=2)
    d.add("paragraph", P(), indent=2)
    d.add("meta", "附件：宁川县农村生活垃圾分类考核细则", indent=2, before=10)
    d.add("meta", "宁川县人民政府", align="right", before=26)
    d.add("meta", "2024年6月3日", align="right")
    d.rule(width=0.8, after=2)
    d.add("meta", "抄送：县委办公室，县人大常委会办公室，县政协办公室。", size=11, indent=1)
    d.rule(width=0.5, after=2)
    d.add("meta", "宁川县人民政府办公室　　　　　　　　2024年6月4日印发", size=11, indent=1)
    d.rule(width=0.8, after=0)
    return d


# -- handouts / textbooks -------------------------------------------------------
def d_handout(P):
    """学案 (B5): big heads 【学习目标】…, numbered goals and exercises, a boxed 知识链接, margin notes beside the text
    in a right-hand note column (furniture, as batches 9 and 13 gold margin notes), foot line and folio."""
    d = Doc(B5, (56, 136, 60, 52), body=10, leading=1.7, margin=(B5[0] - 124, 92))
    d.header = lambda pg: [("高一语文　学案", 52, 34, 8, "left"), (f"{pg}", d.w - 40, 34, 9, "right")]
    d.add("title", "第四课　城市与乡村", size=19, bold=True, after=2)
    d.add("meta", "班级：＿＿＿＿　姓名：＿＿＿＿　学号：＿＿＿＿", size=9, after=10)
    d.add("heading", "【学习目标】", size=14, bold=True, after=2)
    for k, goal in enumerate(("理解课文的主要内容，把握作者的观点。", "学习对比论证的方法。", "联系生活实际，谈谈自己的看法。"),
                             start=1):
        d.add("paragraph", f"{k}．{goal}", hang=1.2)
    d.add("heading", "【课文研读】", size=14, bold=True, before=8, after=2)
    d.note("furniture", "批注：" + P(90))
    d.add("paragraph", P(), indent=2)
    d.add("paragraph", P(), indent=2)
    d.note("furniture", "想一想：" + P(90))
    d.add("paragraph", P(), indent=2)
    d.add("paragraph", P(200), head="知识链接", box=True, before=6, after=8)
    d.add("heading", "【课后练习】", size=14, bold=True, before=6, after=2)
    d.add("paragraph", "1．阅读下面的文字，完成后面的题目。", hang=1.2)
    d.add("paragraph", P(), indent=2)
    d.add("paragraph", "（1）文中画线的句子运用了什么修辞手法？有什么作用？（4分）", indent=1, hang=2.8)
    d.add("paragraph", "（2）作者的态度是怎样的？请结合全文简要分析。（6分）", indent=1, hang=2.8)
    d.add("paragraph", "2．以“我眼中的家乡”为题，写一段不少于200字的文字。（10分）", hang=1.2)
    return d


def d_textbook(P):
    """課本 (Hong Kong script, A4): big unit head, 學習重點 box, sections with margin notes (furniture, as
    batches 9 and 13) in a left-hand note column, 思考題 exercises, running head on the outside; folio outside."""
    d = Doc(A4, (70, 60, 66, 170), font="MSung-Light", body=11, leading=1.75, margin=(50, 100))

    def furn(pg):
        return [("中國歷史　中一級　第三單元", d.w - 60 if pg % 2 else 170, d.h - 44, 8, "right" if pg % 2 else "left"),
                outer(d, pg, str(pg + 56), 36, 10)]
    d.header = furn
    d.add("meta", "第三單元", size=12, bold=True)
    d.add("title", "古代的城市生活", size=22, bold=True, before=2, after=8)
    d.add("paragraph", P(180), head="學習重點", box=True, after=10)
    d.add("heading", "3.1　城市的出現", size=15, bold=True, before=4, after=2)
    d.note("furniture", "小知識：" + P(90))
    d.add("paragraph", P(), indent=2)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "3.2　市集與商業", size=15, bold=True, before=6, after=2)
    d.note("furniture", "想一想：" + P(80))
    d.add("paragraph", P(), indent=2)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "思考題", size=13, bold=True, before=8, after=2)
    for k, q in enumerate(("古代城市的出現與農業發展有甚麼關係？", "試比較市集與今天的商場有何異同。",
                           "假如你生活在古代的城市，你會從事甚麼工作？為甚麼？"), start=1):
        d.add("paragraph", f"{k}. {q}", hang=1.2)
    return d


# -- slides ---------------------------------------------------------------------
def d_slides(P):
    """汇报幻灯片 (16:9, 720×405): title slide, one slide a page with a big head and ● bullets, footer line and n / N."""
    d = Doc((720, 405), (40, 50, 44, 50), body=15, leading=1.45)
    d.header = lambda pg: [("宁川市规划设计研究院", 50, 20, 9, "left"), (f"{pg} / {d.total}", d.w - 50, 20, 9, "right")] + \
        ([("NCPI", d.w - 50, d.h - 26, 10, "right")] if pg > 1 else [])
    d.space(70)
    d.add("title", "老城区更新规划中期汇报", size=30, align="center", bold=True, after=14)
    d.add("byline", "汇报人：王明远", size=16, align="center", after=4)
    d.add("meta", "2024年4月", size=14, align="center")
    for head in ("一、项目背景", "二、现状问题", "三、规划思路", "四、实施安排"):
        d.pagebreak()
        d.add("heading", head, size=24, bold=True, after=12)
        for _ in range(2):
            d.add("paragraph", "● " + P(80).lstrip("●■ "), hang=1.2, after=8)
    d.pagebreak()
    d.add("heading", "五、下一步工作", size=24, bold=True, after=12)
    for k in range(1, 4):
        d.add("paragraph", f"{k}. " + P(56), hang=1.1, size=14, after=6)
    return d


def d_slides_tw(P):
    """簡報 (Taiwan script, 4:3, 640×480): title slide with unit line, slides with a head over a rule, ■ bullets,
    footer with the unit at the left and 第 n 頁 at the right."""
    d = Doc((640, 480), (46, 46, 52, 46), font="MSung-Light", body=16, leading=1.5)
    d.header = lambda pg: [("寧川市政府衛生局", 46, 24, 9, "left"), (f"第 {pg} 頁", d.w - 46, 24, 9, "right")]
    d.space(90)
    d.add("title", "社區長照據點成果報告", size=30, align="center", bold=True, after=16)
    d.add("byline", "報告人：長期照顧科　李宜珊", size=16, align="center", after=4)
    d.add("meta", "中華民國113年6月", size=14, align="center")
    for head in ("計畫緣起", "執行成果", "困難與挑戰", "未來規劃"):
        d.pagebreak()
        d.add("heading", head, size=26, bold=True, after=2)
        d.rule(width=1.2, after=12)
        for _ in range(2):
            d.add("paragraph", "■ " + P(90).lstrip("●■ "), hang=1.2, after=10)
    return d


# -- brochure -------------------------------------------------------------------
def d_brochure(P):
    """年度简报 (A4): a body column and a boxed sidebar column beside it on each page (its own head, text and label
    lines), a title across, pull quotes between rules (a sentence of the text above, furniture), foot line."""
    d = Doc(A4, (60, 48, 60, 48), body=10, leading=1.65, widths=[330, 150], gap=21)
    d.header = lambda pg: [("宁川市图书馆　2023年度服务报告", 48, 34, 8, "left"), (f"{pg:02d}", d.w - 48, 34, 9, "right")]
    d.add("title", "阅读，让城市更温暖", size=24, bold=True, span=True)
    d.add("meta", "宁川市图书馆2023年度服务报告", size=11, span=True, before=4, after=16)

    def side1(s):
        s.add("heading", "年度数字", size=12, bold=True, after=4)
        for label in ("进馆读者：186万人次", "图书外借：312万册次", "线上服务：954万次", "阅读活动：1260场"):
            s.add("meta", label, size=9)
        s.space(8)
        s.add("paragraph", P(150), size=9)
    d.side(side1)
    d.add("heading", "馆长致辞", size=13, bold=True, after=2)
    first = P()
    d.add("paragraph", first, indent=2)
    d.add("paragraph", P(), indent=2)
    d.add("furniture", quote_of(first), size=13, align="center", rules=True, before=6, after=8)
    d.add("heading", "全民阅读", size=13, bold=True, before=4, after=2)
    d.add("paragraph", P(), indent=2)
    d.add("paragraph", P(), indent=2)
    d.add("paragraph", P(), indent=2)
    d.pagebreak()

    def side2(s):
        s.add("heading", "读者心声", size=12, bold=True, after=4)
        s.add("paragraph", P(120), size=9)
        s.add("byline", "——读者　李女士", size=9, align="right", before=2)
    d.side(side2)
    d.add("heading", "数字服务", size=13, bold=True, after=2)
    second = P()
    d.add("paragraph", second, indent=2)
    d.add("furniture", quote_of(second), size=13, align="center", rules=True, before=6, after=8)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "展望2024", size=13, bold=True, before=4, after=2)
    d.add("paragraph", P(), indent=2)
    d.add("paragraph", P(), indent=2)
    return d


def _d(name, title, script, make, runs):
    return {"name": name, "title": title, "script": script, "make": make, "runs": runs}


DEF, LAY, RAW = ("pdftotext", []), ("pdftotext-layout", ["-layout"]), ("pdftotext-raw", ["-raw"])
NOPG = ("pdftotext-nopgbrk", ["-nopgbrk"])


def R(*runs):
    return [(tool, opts, enc) for (tool, opts), enc in runs]


DESIGNS = [
    _d("essay", "随笔", "simp", d_essay,
       R((DEF, "utf-8"), (LAY, "gb18030"), (RAW, "utf-8-sig"), (NOPG, "crlf"))),
    _d("column", "專欄", "tw", d_column,
       R((DEF, "crlf"), (LAY, "utf-8"), (RAW, "big5"), (("pdftotext-layout-fixed3", ["-layout", "-fixed", "3"]),
                                                         "utf-8-sig"))),
    _d("guide", "办事指南", "simp", d_guide,
       R((DEF, "utf-8-sig"), (LAY, "utf-8"), (RAW, "gb18030+crlf"), (("pdftotext-f2", ["-f", "2"]), "utf-8"))),
    _d("paper", "学术论文", "simp", d_paper,
       R((DEF, "utf-8"), (LAY, "crlf"), (RAW, "gb18030"), (NOPG, "utf-8-sig"),
         (("pdftotext-l1", ["-l", "1"]), "utf-8"))),
    _d("redhead", "红头文件", "simp", d_redhead,
       R((DEF, "gb18030"), (LAY, "utf-8"), (RAW, "crlf"), (("pdftotext-layout-nopgbrk", ["-layout", "-nopgbrk"]),
                                                           "utf-8-sig"))),
    _d("handout", "学案", "simp", d_handout,
       R((DEF, "utf-8"), (LAY, "utf-8-sig"), (RAW, "utf-8"), (NOPG, "gb18030+crlf"))),
    _d("slides", "汇报幻灯片", "simp", d_slides,
       R((DEF, "crlf"), (LAY, "utf-8"), (RAW, "utf-8-sig"), (NOPG, "gb18030"))),
    _d("brochure", "年度服务报告", "simp", d_brochure,
       R((DEF, "utf-8"), (LAY, "gb18030"), (RAW, "crlf"),
         (("pdftotext-layout-fixed5", ["-layout", "-fixed", "5"]), "utf-8-sig"))),
    _d("paper_tw", "學報論文", "tw", d_paper_tw,
       R((DEF, "utf-8-sig"), (LAY, "big5"), (RAW, "utf-8"), (NOPG, "crlf"))),
    _d("govletter", "政府办公室函", "simp", d_govletter,
       R((DEF, "utf-8"), (LAY, "crlf"), (RAW, "gb18030"), (("pdftotext-raw-nopgbrk", ["-raw", "-nopgbrk"]),
                                                           "utf-8"))),
    _d("letter", "致家長信", "hk", d_letter,
       R((DEF, "utf-8"), (LAY, "utf-8-sig"), (RAW, "crlf"), (NOPG, "big5"))),
    _d("survey", "调研报告", "simp", d_survey,
       R((DEF, "gb18030"), (LAY, "utf-8"), (RAW, "utf-8-sig"),
         (("pdftotext-layout-nopgbrk", ["-layout", "-nopgbrk"]), "crlf"))),
    _d("paper_b5", "学报论文", "simp", d_paper_b5,
       R((DEF, "crlf"), (LAY, "utf-8"), (RAW, "utf-8"), (NOPG, "gb18030"))),
    _d("redhead_county", "县政府文件", "simp", d_redhead_county,
       R((DEF, "utf-8"), (LAY, "gb18030+crlf"), (RAW, "utf-8-sig"), (("pdftotext-f2", ["-f", "2"]), "utf-8"))),
    _d("slides_tw", "簡報", "tw", d_slides_tw,
       R((DEF, "utf-8-sig"), (LAY, "crlf"), (RAW, "utf-8"), (NOPG, "big5"))),
    _d("textbook", "課本", "hk", d_textbook,
       R((DEF, "crlf"), (LAY, "utf-8"), (RAW, "big5"), (("pdftotext-layout-fixed3", ["-layout", "-fixed", "3"]),
                                                        "utf-8"))),
]


if __name__ == "__main__":
    main()
