"""Batch 15, second print part: 16 typeset PDF designs, one document each (ids r15-000 .. r15-015).

Designs 0-9 go to ``dev15``, 10-15 only to ``held15``. Each PDF is drawn line by line with reportlab (built-in CID
fonts STSong-Light / MSung-Light), kept as a native file, and extracted by pdftotext in its default, ``-layout`` and
``-raw`` modes plus one or two more option sets. Every drawn line is recorded with the unit it belongs to, so the
text gold of each extraction is made by matching the extracted lines back to the drawn ones (no hand cutting).

Prose is reused (no fresh pool): dev15 takes only paragraph units of development-split gold, held15 only paragraph
units of held-out gold, and no held15 string may share a 15-character stretch with any development gold unit, the
dev15 documents of this part or the other batch-15 parts' dev15 gold (asserted at build time).

    PYTHONPATH=$PWD:/path/to/opencc python benchmarks/segcorpus/make_dev15_print2.py
"""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from reportlab.lib.pagesizes import A4, A5, B5, landscape
from reportlab.pdfbase import _cidfontdata, pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "benchmarks" / "segcorpus"
PREFIX = "r15"
SPACE = re.compile(r"\s+")
CJK = re.compile(r"[\u4e00-\u9fff]")
ODD = re.compile(r"[·•‧・\U00010000-\U0010ffff]")  # pdftotext drops the middle dot of the CID fonts
OTHER_BRANCHES = ("b15print", "b15web", "b15tw")

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


DEV_STEMS = _split_stems(("dev",), "dev15")
HELD_STEMS = _split_stems(("held",), "held15")


def dev_gold_texts() -> list[str]:
    """Every unit text of development gold on disk (all kinds) and of the other parts' dev15 gold in their branches."""
    texts = []
    for stem in sorted(_split_stems(("dev",), "")):
        texts += [squash(u["text"]) for u in _gold_units(stem)]
    for branch in OTHER_BRANCHES:  # their dev15 files, as committed in their branches
        stems = set()
        for route in ("text", "native"):
            listing = subprocess.run(["git", "ls-tree", "--name-only", f"{branch}:benchmarks/segcorpus/{route}/dev15"],
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
class Doc:
    """A flow of blocks typeset into columns; every drawn line is recorded as (page, item, text)."""

    def __init__(self, size, margins, font="STSong-Light", cols=1, gap=18, body=10.5, leading=1.6):
        self.w, self.h = size
        self.top, self.right, self.bottom, self.left = margins
        self.font, self.cols, self.gap, self.body, self.leading = font, cols, gap, body, leading
        self.items: list[dict] = []  # {kind, text}
        self.lines: list[tuple] = []  # (page, item index, text, y, column or -1) in drawing order
        self.blocks: list[tuple] = []
        self.header = None  # fn(page) -> list of (text, x, y, size, align); self.total is the page count
        self.total = 0
        self.span_blocks: list[tuple] = []

    # block constructors ------------------------------------------------------
    def add(self, kind, text, size=None, align="left", indent=0.0, bold=False, head=None, hang=0.0, box=False,
            before=0.0, after=0.0, span=False, font=None):
        block = dict(kind=kind, text=text, size=size or self.body, align=align, indent=indent, bold=bold, head=head,
                     hang=hang, box=box, before=before, after=after, font=font)
        (self.span_blocks if span else self.blocks).append(("text", block))

    def table(self, rows, widths, size=None, before=4, after=6, rule=True):
        self.blocks.append(("table", dict(rows=rows, widths=widths, size=size or self.body - 1, before=before,
                                          after=after, rule=rule)))

    def pagebreak(self):
        self.blocks.append(("break", {}))

    def space(self, pts):
        self.blocks.append(("space", {"pts": pts}))

    # typesetting -------------------------------------------------------------
    def _wrap(self, segs, width, first_indent, hang, font, size):
        """segs: [(text, bold)] -> list of lines, each [(text, bold)] with an x offset."""
        chars = [(c, b) for text, b in segs for c in text]
        lines, cur, curw, x0 = [], [], 0.0, first_indent
        for c, b in chars:
            cw = pdfmetrics.stringWidth(c, font, size)
            limit = width - x0
            if cur and curw + cw > limit and c not in "，。、；：？！）」』”’》":
                lines.append((x0, cur))
                cur, curw, x0 = [], 0.0, hang
            cur.append((c, b))
            curw += cw
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
        colw = (self.w - self.left - self.right - self.gap * (self.cols - 1)) / self.cols
        self.colw = colw
        self.col = 0
        self.y = self.h - self.top
        self.pending_furniture = []
        # spanning blocks (full-width title over the columns) on page 1
        for _, block in self.span_blocks:
            self._text(block, self.w - self.left - self.right, self.left, span=True)
        self.col_top = self.y
        for kind, block in self.blocks:
            if kind == "text":
                self._text(block, colw, None)
            elif kind == "table":
                self._table(block, colw)
            elif kind == "break":
                self._newpage()
            elif kind == "space":
                self.y -= block["pts"]
        self._finish_page()
        c.save()
        return self.page

    def _x0(self):
        return self.left + self.col * (self.colw + self.gap)

    def _advance(self, need):
        if self.y - need < self.bottom:
            if self.col + 1 < self.cols:
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
        if self.header:
            for text, x, y, size, align in self.header(self.page):
                idx = len(self.items)
                self.items.append({"kind": "furniture", "text": text})
                self._draw(self.c, [[text, False]], x, y, self.font, size, align)
                self.lines.append((self.page, idx, text, y, -1))

    def _draw(self, c, runs, x, y, font, size, align="left", width=None):
        total = sum(pdfmetrics.stringWidth(t, font, size) for t, _ in runs)
        if align == "center":
            x = x - total / 2 if width is None else x + (width - total) / 2
        elif align == "right":
            x = x - total if width is None else x + width - total
        for t, bold in runs:
            text = c.beginText(x, y)
            text.setFont(font, size)
            text.setTextRenderMode(2 if bold else 0)
            text.textOut(t)
            c.drawText(text)
            x += pdfmetrics.stringWidth(t, font, size)

    def _text(self, b, width, x_left, span=False):
        font = b["font"] or self.font
        size = b["size"]
        lead = size * self.leading
        idx = len(self.items)
        body = b["text"]
        full = (b["head"] + "\u3000" + body) if b["head"] else body
        self.items.append({"kind": b["kind"], "text": full})
        segs = ([(b["head"] + "\u3000", True)] if b["head"] else []) + [(body, b["bold"])]
        ind = b["indent"] * size
        lines = self._wrap(segs, width - (8 if b["box"] else 0), ind, b["hang"] * size, font, size)
        self.y -= b["before"]
        top = self.y
        for k, (dx, runs) in enumerate(lines):
            if not span:
                self._advance(lead)
            x = (x_left if span else self._x0()) + (4 if b["box"] else 0)
            if k == 0:
                top = self.y
            self.y -= lead
            self._draw(self.c, runs, x + dx, self.y, font, size, b["align"], width - dx - (8 if b["box"] else 0))
            self.lines.append((self.page, idx, "".join(t for t, _ in runs), self.y, -1 if span else self.col))
        if b["box"]:
            self.c.rect(self._x0(), self.y - size * 0.5, width, top - self.y + size * 0.5)
        self.y -= b["after"]

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
    dev_pool = _pool(DEV_STEMS, 1501)
    held_raw = _pool(HELD_STEMS, 1502)
    print(f"pools: dev {len(dev_pool)} paragraphs, held {len(held_raw)} before the check", file=sys.stderr)
    cache = Path(os.environ.get("R15_DEV_CACHE", "/nonexistent"))
    if cache.is_file():  # debugging only: a saved copy of the dev gold texts
        dev_texts = json.loads(cache.read_text(encoding="utf-8"))
    else:
        dev_texts = dev_gold_texts() if not only or max(only) >= 10 else []
        if os.environ.get("R15_DEV_CACHE"):
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
            split = "dev15" if n < 10 else "held15"
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
                units = align(text, doc, first, last, mode)
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
    # the held documents share no 15-character stretch with dev gold or the dev15 documents of this part
    held_strings = [s for _, strings in held_docs for s in strings if len(s) >= 15]
    simp = opencc.OpenCC("t2s").convert
    assert not colliding(held_strings, dev_texts + dev_strings), "held15 collides with dev text"
    clash = colliding([simp(s) for s in held_strings], dev_texts + dev_strings)
    assert not clash, f"held15 collides (t2s): {sorted(clash)[:3]}"
    print(f"held check: {len(held_strings)} held strings vs {len(dev_texts) + len(dev_strings)} dev strings: clean",
          file=sys.stderr)
    write_json(CORPUS / "manifest-dev15-print2.json", manifest)


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


def d_bulletin(P):
    """情况通报: red masthead, document number, addressee, 一、/（一） heads, run-in heads, signature, 抄送 line."""
    d = Doc(A4, (78, 80, 82, 80), body=11, leading=1.75)
    d.header = lambda pg: [(f"— {pg} —", d.w - 80 if pg % 2 else 80, 46, 10, "right" if pg % 2 else "left")]
    d.add("meta", "宁川市安全生产委员会办公室文件", size=20, align="center", after=10)
    d.add("meta", "宁安委办〔2024〕17号", align="center", after=12)
    d.add("title", "关于近期三起较大事故情况的通报", size=17, align="center", bold=True, after=10)
    d.add("meta", "各县（市、区）安委会，市安委会各成员单位：")
    d.add("paragraph", P(), indent=2)
    d.add("heading", "一、事故基本情况", size=12, bold=True, before=4)
    d.add("heading", "（一）城西仓储火灾事故", indent=2)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "（二）滨江路燃气泄漏事故", indent=2)
    d.add("paragraph", P(), indent=2)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "（三）东郊工地高处坠落事故", indent=2)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "二、暴露出的主要问题", size=12, bold=True, before=4)
    for k in range(1, 4):
        d.add("paragraph", f"{k}．" + P(160, "；" if k < 3 else "。"), indent=2)
    d.add("heading", "三、下一步工作要求", size=12, bold=True, before=4)
    for head in ("（一）压实企业主体责任。", "（二）强化隐患排查整治。", "（三）严格事故调查问责。"):
        d.add("paragraph", P(), indent=2, head=head)
    d.add("meta", "宁川市安全生产委员会办公室", align="right", before=20)
    d.add("meta", "2024年5月17日", align="right")
    d.add("meta", "（此件公开发布）", indent=2, before=8)
    d.add("meta", "抄送：市委办公室，市人大常委会办公室，市政府办公室，市纪委监委。", size=10, before=14)
    return d


def d_acceptance(P):
    """项目验收意见: running heads odd/even, label block, numbered heads 一、/2.1, tables, signature table."""
    d = Doc(B5, (62, 56, 60, 56), body=10, leading=1.6)

    def furn(pg):
        head = ("科技计划项目验收意见书", d.w - 56, d.h - 38, 8, "right") if pg % 2 else \
            ("宁川市科学技术局", 56, d.h - 38, 8, "left")
        return [head, (f"第{pg}页", d.w / 2, 32, 8, "center")]
    d.header = furn
    d.add("title", "“城乡供水管网漏损智能监测”项目验收意见", size=15, align="center", bold=True, after=8)
    for label in ("项目编号：NC2023-KJ-0412", "承担单位：宁川水务集团有限公司", "验收时间：2024年3月12日",
                  "验收地点：市科技局三楼第二会议室"):
        d.add("meta", label)
    d.add("heading", "一、验收依据", size=11, bold=True, before=8)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "二、项目完成情况", size=11, bold=True, before=6)
    d.add("heading", "2.1　研究任务完成情况", before=2)
    d.add("paragraph", P(), indent=2)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "2.2　考核指标完成情况", before=2)
    d.table([["考核指标", "合同要求", "完成情况", "结论"], ["漏损定位精度", "≤50米", "32米", "完成"],
             ["监测点位", "200个", "236个", "超额完成"], ["发明专利申请", "2项", "3项", "超额完成"],
             ["软件著作权", "1项", "2项", "超额完成"]], [120, 80, 80, 80])
    d.add("paragraph", P(), indent=2)
    d.add("heading", "三、经费使用情况", size=11, bold=True, before=6)
    d.add("meta", "单位：万元", align="right", size=9)
    d.table([["科目", "预算数", "实际支出", "结余"], ["设备费", "86.0", "84.3", "1.7"],
             ["材料费", "35.5", "36.1", "-0.6"], ["测试化验加工费", "22.0", "20.8", "1.2"],
             ["合计", "143.5", "141.2", "2.3"]], [120, 80, 80, 80])
    d.add("paragraph", P(), indent=2)
    d.add("heading", "四、验收结论", size=11, bold=True, before=6)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "验收专家组名单", size=11, align="center", before=8)
    d.table([["姓名", "工作单位", "职称", "签字"], ["李卫东", "宁川大学", "教授", ""],
             ["赵敏", "市水利设计院", "正高级工程师", ""], ["孙立群", "省环境科学研究院", "研究员", ""]],
            [70, 140, 100, 50])
    d.add("meta", "专家组组长（签字）：", align="right", before=14)
    d.add("meta", "2024年3月12日", align="right")
    return d


def d_works(P):
    """施工公告: A5, block paragraphs, labels, bold-only heads, numbered items ending ；, a boxed tip, contacts."""
    d = Doc(A5, (44, 40, 50, 40), body=9.5, leading=1.55)
    d.header = lambda pg: [(f"{pg} / {d.total}", d.w - 40, 28, 8, "right")]
    d.add("title", "施工公告", size=22, align="center", bold=True)
    d.add("meta", "（第2024-031号）", align="center", after=6)
    d.add("meta", "尊敬的市民朋友：")
    d.add("paragraph", P(), after=5)
    for label in ("工程名称：滨江路雨污分流改造工程（二期）", "施工时间：2024年6月1日至2024年9月30日",
                  "施工范围：滨江路（解放桥至新港路段）"):
        d.add("meta", label)
    d.add("heading", "交通组织", size=11, bold=True, before=6)
    for k in range(1, 5):
        d.add("paragraph", f"{k}. " + P(150, "；" if k < 4 else "。"), hang=1.2)
    d.add("paragraph", P(), after=5)
    d.add("heading", "温馨提示", size=11, bold=True, before=6)
    d.add("paragraph", P(200), box=True, before=4, after=8)
    d.add("paragraph", P(), after=5)
    d.add("heading", "联系方式", size=11, bold=True, before=6)
    d.add("meta", "建设单位：宁川市城投集团　0571-8833 2210")
    d.add("meta", "施工单位：宁川市政工程有限公司　0571-8861 0937")
    d.add("meta", "宁川市城市建设投资集团有限公司", align="right", before=10)
    d.add("meta", "二〇二四年五月二十日", align="right")
    return d


def d_bus(P):
    """公車路線調整公告 (Taiwan): full-width title over two columns, 壹/一 heads, timetable tables, notes."""
    d = Doc(A4, (64, 50, 64, 50), font="MSung-Light", cols=2, gap=22, body=10, leading=1.6)

    def furn(pg):
        head = ("臺中客運　路線調整公告", d.w - 50, d.h - 40, 8, "right") if pg % 2 else \
            ("臺中客運　乘客服務公告", 50, d.h - 40, 8, "left")
        return [head, (f"- {pg} -", d.w / 2, 34, 9, "center")]
    d.header = furn
    d.add("meta", "臺中客運股份有限公司", size=11, align="center", span=True)
    d.add("title", "公車路線調整暨新版時刻表公告", size=18, align="center", bold=True, span=True, before=4)
    d.add("meta", "發布日期：2024年7月1日", size=9, align="center", span=True, after=10)
    d.add("heading", "壹、調整說明", size=11, bold=True)
    d.add("paragraph", P(), indent=2)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "貳、調整路線", size=11, bold=True, before=4)
    d.add("heading", "一、57路（火車站－大坑）", before=2)
    d.add("paragraph", P(), indent=2)
    d.table([["班次", "去程", "返程"], ["1", "06:10", "07:05"], ["2", "06:40", "07:35"], ["3", "07:10", "08:05"],
             ["4", "07:45", "08:40"], ["5", "08:30", "09:25"]], [50, 70, 70])
    d.add("heading", "二、160路（高鐵站－科學園區）", before=2)
    d.add("paragraph", P(), indent=2)
    d.table([["班次", "去程", "返程"], ["1", "06:30", "07:20"], ["2", "07:00", "07:50"], ["3", "07:40", "08:30"]],
            [50, 70, 70])
    d.add("paragraph", P(), indent=2)
    d.add("heading", "參、注意事項", size=11, bold=True, before=4)
    for mark in ("（一）", "（二）", "（三）"):
        d.add("paragraph", mark + P(180), hang=2)
    d.add("heading", "肆、票價與轉乘優惠", size=11, bold=True, before=4)
    d.add("paragraph", P(), indent=2)
    d.add("paragraph", P(), indent=2)
    d.add("paragraph", P(), indent=2)
    d.add("meta", "客服專線：0800-123-456", before=6)
    d.add("meta", "（服務時間：週一至週五8:00-18:00）", size=9)
    return d


def d_agm(P):
    """股东大会决议公告: stock-code line, boxed statement, 重要内容提示 bullets, vote tables, lawyer, signature."""
    d = Doc(A4, (70, 72, 70, 72), body=10, leading=1.45)
    d.header = lambda pg: [("宁川新材料股份有限公司2023年年度股东大会决议公告", d.w / 2, d.h - 44, 8, "center"),
                           (f"第{pg}页 共{d.total}页", d.w / 2, 40, 8, "center")]
    d.add("meta", "证券代码：688317　证券简称：宁川新材　公告编号：2024-019", size=9)
    d.add("title", "宁川新材料股份有限公司2023年年度股东大会决议公告", size=15, align="center", bold=True,
          before=10, after=8)
    d.add("paragraph", P(), box=True, indent=2, after=8)
    d.add("heading", "重要内容提示：", bold=True)
    d.add("meta", "● 本次会议是否有被否决的议案：无", indent=1)
    d.add("heading", "一、会议召开和出席情况", bold=True, before=6)
    d.add("meta", "（一）股东大会召开的时间：2024年5月20日", indent=2)
    d.add("meta", "（二）股东大会召开的地点：宁川市高新区创新路88号公司三楼会议室", indent=2)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "二、议案审议情况", bold=True, before=6)
    d.add("heading", "（一）非累积投票议案", indent=2)
    for k, name in enumerate(("《2023年度董事会工作报告》", "《2023年度财务决算报告》", "《关于2023年度利润分配方案的议案》"),
                             start=1):
        d.add("meta", f"{k}、议案名称：{name}", indent=2)
        d.add("meta", "审议结果：通过", indent=2)
        d.add("meta", "表决情况：", indent=2)
        d.table([["股东类型", "同意票数", "比例（%）", "反对票数", "比例（%）"],
                 ["A股", f"{86_120_450 - k * 1300:,}", "99.98", f"{1200 + k * 1300:,}", "0.02"]],
                [90, 90, 70, 90, 70])
    d.add("paragraph", P(), indent=2)
    d.add("heading", "三、律师见证情况", bold=True, before=6)
    d.add("paragraph", P(), indent=2, head="1、本次股东大会见证的律师事务所：宁川天衡律师事务所。")
    d.add("paragraph", P(), indent=2, head="2、律师见证结论意见：")
    d.add("meta", "特此公告。", indent=2, before=6)
    d.add("meta", "宁川新材料股份有限公司董事会", align="right", before=10)
    d.add("meta", "2024年5月21日", align="right")
    return d


def d_books(P):
    """新书推介: B5, full-width title over two columns, each book a bold title, author line, call number, blurb."""
    d = Doc(B5, (58, 46, 58, 46), cols=2, gap=18, body=9.5, leading=1.6)

    def furn(pg):
        head = ("宁川市图书馆·新书推介", d.w - 46, d.h - 36, 8, "right") if pg % 2 else \
            ("2024年第3期", 46, d.h - 36, 8, "left")
        return [head, (f"·{pg}·", d.w - 46 if pg % 2 else 46, 30, 9, "right" if pg % 2 else "left")]
    d.header = furn
    d.add("title", "新书推介", size=20, align="center", bold=True, span=True)
    d.add("meta", "宁川市图书馆参考咨询部　编", size=9, align="center", span=True, after=10)
    d.add("paragraph", P(), indent=2)
    books = [("《江河入海》", "林远舟", "宁川出版社", "I247.5/1123"), ("《城市的呼吸》", "苏曼", "海峡文艺出版社", "TU984/207"),
             ("《旧时光里的手艺》", "周青禾", "江南书局", "J528/66"), ("《星图与航海》", "陈启航", "科学普及出版社", "P1/419"),
             ("《山野食单》", "何小满", "生活书店", "TS972/88"), ("《海岛来信》", "许南星", "宁川出版社", "I266/512"),
             ("《一座桥的百年》", "郑怀远", "人民交通出版社", "U448/31"), ("《听见鸟鸣》", "吴一苇", "自然书馆", "Q959.7/24")]
    for title, author, press, call in books:
        d.add("heading", title, size=11, bold=True, before=6)
        d.add("byline", f"{author}　著　{press}", size=9)
        d.add("meta", f"索书号：{call}", size=8.5)
        d.add("paragraph", P(), indent=2)
    d.add("meta", "（本期编辑：王慧　校对：李青）", size=8.5, before=6)
    return d


def d_opinion(P):
    """法律意見書 (Taiwan): document number over the title, 致 line, 壹/一 heads, numbered declarations, signature."""
    d = Doc(A4, (80, 76, 80, 76), font="MSung-Light", body=11, leading=1.9)

    def furn(pg):
        head = ("寧川聯合法律事務所用箋", d.w - 76, d.h - 48, 9, "right") if pg % 2 else \
            ("法律意見書（寧律意字第0421號）", 76, d.h - 48, 9, "left")
        return [head, (f"第 {pg} 頁", d.w / 2, 44, 9, "center")]
    d.header = furn
    d.add("meta", "(113)寧律意字第0421號", align="right", size=10)
    d.add("title", "法律意見書", size=20, align="center", bold=True, before=8, after=10)
    d.add("meta", "致：寧川精密工業股份有限公司")
    d.add("heading", "壹、前言", size=12, bold=True, before=6)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "貳、聲明事項", size=12, bold=True, before=6)
    for mark in ("一、", "二、", "三、"):
        d.add("paragraph", mark + P(200), hang=2)
    d.add("heading", "參、法律意見", size=12, bold=True, before=6)
    d.add("heading", "一、關於本次交易之合法性", indent=1)
    d.add("paragraph", P(), indent=2)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "二、關於主管機關之核准", indent=1)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "肆、結論", size=12, bold=True, before=6)
    d.add("paragraph", P(), indent=2)
    d.add("meta", "寧川聯合法律事務所", align="right", before=16)
    d.add("byline", "律師　陳志明", align="right")
    d.add("meta", "中華民國113年4月18日", align="right")
    return d


def d_govreport(P):
    """政府工作报告: full-width title and speech line over two columns, centred heads in the columns, run-in heads."""
    d = Doc(A4, (60, 54, 60, 54), cols=2, gap=20, body=10, leading=1.65)
    d.header = lambda pg: [("宁川年鉴·重要文献", d.w / 2, d.h - 40, 8, "center")] + (
        [(str(pg), d.w - 54, 34, 9, "right")] if pg % 2 else [(str(pg), 54, 34, 9, "left")])
    d.add("title", "2024年宁川市政府工作报告", size=19, align="center", bold=True, span=True)
    d.add("meta", "——2024年1月15日在宁川市第十六届人民代表大会第四次会议上", size=10, align="center", span=True,
          before=4)
    d.add("byline", "市长　王建平", size=11, align="center", span=True, after=12)
    d.add("meta", "各位代表：")
    d.add("paragraph", P(), indent=2)
    d.add("heading", "一、2023年工作回顾", size=11, align="center", bold=True, before=6, after=2)
    d.add("paragraph", P(), indent=2)
    for head in ("（一）坚持稳中求进，经济运行持续向好。", "（二）坚持创新驱动，发展动能加快转换。",
                 "（三）坚持人民至上，民生福祉不断增进。"):
        d.add("paragraph", P(), indent=2, head=head)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "二、2024年工作安排", size=11, align="center", bold=True, before=6, after=2)
    d.add("paragraph", P(), indent=2)
    for head in ("（一）着力扩大有效需求。", "（二）着力建设现代化产业体系。", "（三）着力保障和改善民生。"):
        d.add("paragraph", P(), indent=2, head=head)
    d.add("paragraph", P(), indent=2)
    d.add("meta", "各位代表！", before=4)
    d.add("paragraph", P(), indent=2)
    return d


def d_standard(P):
    """团体标准: cover page of labels, 前言 page, numbered clauses 1 / 3.1 / 4.0.1, term heads, reference list."""
    d = Doc(A4, (72, 70, 72, 70), body=10.5, leading=1.55)

    def furn(pg):
        if pg == 1:
            return []
        head = ("T/NCSA 012—2024", d.w - 70, d.h - 44, 9, "right") if pg % 2 else \
            ("T/NCSA 012—2024　城镇供水管网漏损监测技术规范", 70, d.h - 44, 9, "left")
        return [head, (cn_page(pg - 1) if pg == 2 else str(pg - 2), d.w / 2, 40, 9, "center")]
    d.header = furn
    d.add("meta", "ICS 13.060", size=10)
    d.add("meta", "CCS Z 10", size=10, after=20)
    d.add("meta", "团　体　标　准", size=24, align="center", bold=True, after=8)
    d.add("meta", "T/NCSA 012—2024", size=11, align="right", after=40)
    d.add("title", "城镇供水管网漏损监测技术规范", size=20, align="center", bold=True, after=8)
    d.add("meta", "Technical specification for leakage monitoring of urban water supply network", size=10,
          align="center", after=120)
    d.add("meta", "2024-03-01发布　　　　2024-06-01实施", size=11, align="center", after=20)
    d.add("meta", "宁川市标准化协会　发布", size=14, align="center")
    d.pagebreak()
    d.add("heading", "前　　言", size=14, align="center", bold=True, after=8)
    d.add("paragraph", P(), indent=2)
    d.add("paragraph", P(), indent=2)
    d.add("meta", "本文件起草单位：宁川水务集团有限公司、宁川大学。", indent=2)
    d.pagebreak()
    d.add("heading", "1　范围", size=11, bold=True, before=4)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "2　规范性引用文件", size=11, bold=True, before=4)
    d.add("paragraph", P(), indent=2)
    for ref in ("GB 50013　室外给水设计标准", "CJJ 92　城镇供水管网漏损控制及评定标准", "CJJ/T 226　城镇供水管网抢修技术规程"):
        d.add("meta", ref, indent=2)
    d.add("heading", "3　术语和定义", size=11, bold=True, before=4)
    for num, term in (("3.1", "漏损率　leakage rate"), ("3.2", "监测点　monitoring point")):
        d.add("heading", num, bold=True)
        d.add("heading", term, bold=True, indent=2)
        d.add("paragraph", P(200), indent=2)
    d.add("heading", "4　基本规定", size=11, bold=True, before=4)
    for num in ("4.0.1", "4.0.2", "4.0.3"):
        d.add("paragraph", P(), head=num)
    d.add("heading", "5　监测系统", size=11, bold=True, before=4)
    d.add("heading", "5.1　一般规定", bold=True)
    d.add("paragraph", P(), head="5.1.1")
    d.add("paragraph", P(), head="5.1.2")
    return d


def d_consent(P):
    """知情同意书: version line on every page, 第n页/共m页, question heads, check boxes, signature lines."""
    d = Doc(A4, (76, 66, 70, 66), body=10.5, leading=1.7)
    d.header = lambda pg: [("知情同意书　版本号：V2.0　版本日期：2024-01-05", 66, d.h - 46, 8, "left"),
                           (f"第{pg}页/共{d.total}页", d.w - 66, 38, 8, "right")]
    d.add("title", "受试者知情同意书", size=17, align="center", bold=True, after=6)
    d.add("meta", "研究名称：社区老年人跌倒风险干预的随机对照研究")
    d.add("meta", "申办方：宁川大学公共卫生学院")
    d.add("meta", "研究者：宁川市第一人民医院老年医学科")
    d.add("heading", "致受试者", size=12, bold=True, before=8)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "一、研究背景和目的", size=12, bold=True, before=6)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "二、研究内容", size=12, bold=True, before=6)
    d.add("heading", "1. 如果您参加这项研究，您需要做什么？", bold=True)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "2. 参加研究可能的风险和不适", bold=True)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "3. 参加研究可能的受益", bold=True)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "三、隐私保护", size=12, bold=True, before=6)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "四、自愿参加和退出", size=12, bold=True, before=6)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "知情同意签字页", size=13, align="center", bold=True, before=12)
    d.add("paragraph", P(), indent=2)
    d.add("meta", "□ 我同意参加本研究", before=6)
    d.add("meta", "□ 我同意研究结束后保存我的样本用于今后的研究")
    d.add("meta", "受试者签字：＿＿＿＿＿＿　日期：＿＿＿＿年＿＿月＿＿日", before=10)
    d.add("meta", "研究者签字：＿＿＿＿＿＿　日期：＿＿＿＿年＿＿月＿＿日", before=6)
    return d


def d_genealogy(P):
    """族譜 (Hong Kong): Chinese-numeral folios, 序 with a signed date line, 凡例 items, a 世系 table."""
    d = Doc(B5, (70, 60, 64, 60), font="MSung-Light", body=10.5, leading=1.85)

    def furn(pg):
        head = ("寧川陳氏族譜（甲辰重修）", d.w - 60, d.h - 42, 9, "right") if pg % 2 else ("卷一　源流", 60, d.h - 42, 9, "left")
        return [head, (cn_page(pg), d.w / 2, 34, 10, "center")]
    d.header = furn
    d.add("title", "寧川陳氏族譜", size=22, align="center", bold=True, after=4)
    d.add("meta", "甲辰年重修本", align="center", after=14)
    d.add("heading", "重修族譜序", size=14, align="center", bold=True, after=4)
    d.add("paragraph", P(), indent=2)
    d.add("paragraph", P(), indent=2)
    d.add("paragraph", P(), indent=2)
    d.add("byline", "歲次甲辰仲春　裔孫陳啟明謹識", align="right", before=6)
    d.add("heading", "凡例", size=14, align="center", bold=True, before=12, after=4)
    for mark in ("一、", "二、", "三、", "四、"):
        d.add("paragraph", mark + P(220), hang=2)
    d.add("heading", "世系表", size=14, align="center", bold=True, before=12, after=4)
    d.table([["世", "名", "字", "配"], ["一世", "陳德文", "子昭", "林氏"], ["二世", "陳守仁", "敬之", "黃氏"],
             ["三世", "陳世昌", "永興", "李氏"]], [60, 90, 90, 90])
    d.add("paragraph", P(), indent=2)
    d.add("heading", "遷徙記", size=14, align="center", bold=True, before=12, after=4)
    d.add("paragraph", P(), indent=2)
    return d


def d_expo(P):
    """观展指南: landscape A4, three columns, full-width title, label lines, a hall table, small bold heads, box."""
    d = Doc(landscape(A4), (52, 40, 48, 40), cols=3, gap=24, body=9.5, leading=1.55)
    d.header = lambda pg: [("宁川国际会展中心　服务热线96000", 40, 26, 8, "left"), (f"P{pg}", d.w - 40, 26, 8, "right")]
    d.add("title", "第十二届宁川国际茶业博览会观展指南", size=18, align="center", bold=True, span=True)
    d.add("meta", "2024年10月18日—21日　宁川国际会展中心", size=10, align="center", span=True, after=8)
    d.add("heading", "展会概况", size=12, bold=True)
    d.add("paragraph", P(), indent=2)
    d.add("meta", "开放时间：9:00—17:00（21日至15:00）")
    d.add("meta", "主办单位：宁川市人民政府")
    d.add("heading", "展馆分布", size=12, bold=True, before=6)
    d.table([["展馆", "主题"], ["1号馆", "名优绿茶"], ["2号馆", "乌龙与红茶"], ["3号馆", "茶具茶器"], ["4号馆", "茶旅融合"]],
            [70, 150])
    d.add("paragraph", P(), indent=2)
    d.add("heading", "交通指引", size=12, bold=True, before=6)
    d.add("heading", "地铁", bold=True, size=10)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "公交", bold=True, size=10)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "观展须知", size=12, bold=True, before=6)
    for k in range(1, 4):
        d.add("paragraph", f"{k}．" + P(150, "；" if k < 3 else "。"), hang=1.3)
    d.add("paragraph", P(180), box=True, before=4)
    d.add("heading", "同期活动", size=12, bold=True, before=6)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "“茶与城市”主题论坛", bold=True, size=10)
    d.add("meta", "时间：10月18日14:00　地点：2号会议厅")
    d.add("paragraph", P(), indent=2)
    d.add("heading", "斗茶大赛", bold=True, size=10)
    d.add("meta", "时间：10月19日—20日　地点：4号馆中央舞台")
    d.add("paragraph", P(), indent=2)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "服务设施", size=12, bold=True, before=6)
    d.table([["设施", "位置"], ["服务台", "登录大厅"], ["寄存处", "1号馆东侧"], ["医疗站", "3号馆北门"]], [70, 150])
    d.add("paragraph", P(), indent=2)
    d.add("paragraph", P(), indent=2)
    return d


def d_eula(P):
    """授權協議 (Taiwan): 章 heads centred, 第X條 run-in article heads, （一） items, boxed notice, signature lines."""
    d = Doc(A4, (66, 62, 64, 62), font="MSung-Light", body=9.5, leading=1.5)
    d.header = lambda pg: [("寧川資訊股份有限公司　終端使用者授權協議", d.w / 2, d.h - 40, 8, "center"),
                           (f"第 {pg} 頁，共 {d.total} 頁", d.w / 2, 36, 8, "center")]
    d.add("title", "終端使用者授權協議", size=16, align="center", bold=True, after=4)
    d.add("meta", "版本：3.2　生效日期：2024年1月1日", size=9, align="center", after=8)
    d.add("paragraph", P(), box=True, after=8)
    chapters = [("第一章　總則", ["第一條　定義", "第二條　協議之成立"]),
                ("第二章　授權範圍", ["第三條　授權內容", "第四條　使用限制", "第五條　智慧財產權"]),
                ("第三章　責任與終止", ["第六條　免責聲明", "第七條　協議之終止"])]
    for chapter, articles in chapters:
        d.add("heading", chapter, size=11, align="center", bold=True, before=6, after=2)
        for k, art in enumerate(articles):
            d.add("paragraph", P(), head=art)
            if k == 1:
                for mark in ("（一）", "（二）"):
                    d.add("paragraph", mark + P(160), indent=2, hang=2)
    d.add("meta", "（以下無正文）", align="center", before=6)
    d.add("meta", "授權人：寧川資訊股份有限公司", before=10)
    d.add("meta", "被授權人：＿＿＿＿＿＿＿＿", before=4)
    return d


def d_charity(P):
    """慈善基金会年度报告: B5, full-width title over two columns, a signed address, 单位：元 tables, 注 notes."""
    d = Doc(B5, (60, 48, 60, 48), cols=2, gap=16, body=9.5, leading=1.6)

    def furn(pg):
        head = ("宁川慈善基金会　NCCF", 48, d.h - 36, 8, "left") if pg % 2 == 0 else \
            ("年度报告　ANNUAL REPORT 2023", d.w - 48, d.h - 36, 8, "right")
        return [head, (f"{pg:02d}", d.w - 48 if pg % 2 else 48, 28, 10, "right" if pg % 2 else "left")]
    d.header = furn
    d.add("title", "宁川慈善基金会2023年度报告", size=17, align="center", bold=True, span=True, after=10)
    d.add("heading", "理事长致辞", size=12, bold=True)
    d.add("paragraph", P(), indent=2)
    d.add("paragraph", P(), indent=2)
    d.add("byline", "理事长　周明华", align="right")
    d.add("heading", "项目概览", size=12, bold=True, before=6)
    d.add("heading", "“春苗”助学项目", bold=True)
    d.add("paragraph", P(), indent=2)
    d.add("meta", "单位：元", align="right", size=8)
    d.table([["项目", "支出", "受益人次"], ["助学金", "1,286,400", "1,072"], ["图书角", "215,000", "3,400"],
             ["合计", "1,501,400", "4,472"]], [70, 60, 60], size=8)
    d.add("meta", "注1：受益人次按发放批次统计。", size=8)
    d.add("heading", "“暖冬”关爱项目", bold=True, before=4)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "财务摘要", size=12, bold=True, before=6)
    d.add("paragraph", P(), indent=2)
    d.add("meta", "单位：元", align="right", size=8)
    d.table([["科目", "本年数"], ["捐赠收入", "8,930,215"], ["投资收益", "412,880"], ["公益支出", "7,605,330"],
             ["管理费用", "486,120"]], [90, 100], size=8)
    d.add("meta", "注2：管理费用占总支出比例为6.0%。", size=8)
    d.add("paragraph", P(), indent=2)
    return d


def d_budget(P):
    """部门预算公开说明: 第X部分 heads over 一、 heads, a table over a page break, run-in 名词解释 items."""
    d = Doc(A4, (70, 68, 72, 68), body=10.5, leading=1.6)
    d.header = lambda pg: [(f"{pg}", d.w / 2, 40, 10, "center")]
    d.add("title", "2024年宁川市教育局部门预算公开说明", size=16, align="center", bold=True, after=10)
    d.add("heading", "第一部分　部门概况", size=13, align="center", bold=True, before=4)
    d.add("heading", "一、主要职能", bold=True)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "二、机构设置", bold=True)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "第二部分　2024年部门预算表", size=13, align="center", bold=True, before=8)
    d.add("meta", "表1　收支总表", align="center")
    d.add("meta", "单位：万元", align="right", size=9)
    rows = [["收入项目", "预算数", "支出项目", "预算数"]]
    for k, (a, b) in enumerate((("一般公共预算", "教育支出"), ("政府性基金", "社会保障和就业"), ("事业收入", "卫生健康"),
                                ("其他收入", "住房保障"), ("上年结转", "其他支出"))):
        rows.append([a, f"{(k + 3) * 1234.5:,.1f}", b, f"{(k + 2) * 987.6:,.1f}"])
    rows.append(["收入总计", "30,861.5", "支出总计", "19,752.0"])
    d.table(rows, [130, 80, 130, 80])
    d.add("heading", "第三部分　2024年部门预算情况说明", size=13, align="center", bold=True, before=8)
    d.add("heading", "一、收支预算总体情况", bold=True)
    d.add("paragraph", P(), indent=2)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "二、“三公”经费预算情况", bold=True)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "第四部分　名词解释", size=13, align="center", bold=True, before=8)
    for head in ("1．财政拨款收入：", "2．事业收入：", "3．“三公”经费："):
        d.add("paragraph", P(200), indent=2, head=head)
    return d


def d_cfp(P):
    """徵稿啟事 (Hong Kong): A5, bracketed folios, 一、 heads, numbered requirements ending ；, e-mail label, signature."""
    d = Doc(A5, (50, 42, 52, 42), font="MSung-Light", body=9.5, leading=1.7)
    d.header = lambda pg: [(f"〔{pg}〕", d.w / 2, 28, 8, "center")]
    d.add("title", "《寧川教育評論》徵稿啟事", size=15, align="center", bold=True, after=8)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "一、徵稿範圍", bold=True, before=4)
    for k in range(1, 4):
        d.add("paragraph", f"（{cn_page(k)}）" + P(140), hang=2.5)
    d.add("heading", "二、稿件要求", bold=True, before=4)
    for k in range(1, 5):
        d.add("paragraph", f"{k}." + P(150, "；" if k < 4 else "。"), hang=1.2)
    d.add("heading", "三、審稿流程", bold=True, before=4)
    d.add("paragraph", P(), indent=2)
    d.add("heading", "四、投稿方式", bold=True, before=4)
    d.add("meta", "電郵：review@ncedu.hk")
    d.add("meta", "截稿日期：2024年9月30日")
    d.add("meta", "《寧川教育評論》編輯委員會", align="right", before=10)
    d.add("meta", "2024年3月", align="right")
    return d


def _d(name, title, script, make, runs):
    return {"name": name, "title": title, "script": script, "make": make, "runs": runs}


DEF, LAY, RAW = ("pdftotext", []), ("pdftotext-layout", ["-layout"]), ("pdftotext-raw", ["-raw"])
NOPG = ("pdftotext-nopgbrk", ["-nopgbrk"])


def R(*runs):
    return [(tool, opts, enc) for (tool, opts), enc in runs]


DESIGNS = [
    _d("bulletin", "情况通报", "simp", d_bulletin,
       R((DEF, "utf-8"), (LAY, "gb18030"), (RAW, "utf-8-sig"), (NOPG, "crlf"))),
    _d("acceptance", "项目验收意见", "simp", d_acceptance,
       R((DEF, "gb18030"), (LAY, "utf-8"), (RAW, "crlf"), (("pdftotext-f2", ["-f", "2"]), "utf-8-sig"))),
    _d("works", "施工公告", "simp", d_works,
       R((DEF, "utf-8+ocr"), (LAY, "gb18030+crlf"), (RAW, "utf-8"), (NOPG, "utf-8-sig"))),
    _d("bus", "公車路線調整公告", "tw", d_bus,
       R((DEF, "utf-8"), (LAY, "big5"), (RAW, "utf-8-sig"),
         (("pdftotext-layout-colspacing25", ["-layout", "-colspacing", "2.5"]), "crlf"))),
    _d("agm", "股东大会决议公告", "simp", d_agm,
       R((DEF, "crlf"), (LAY, "utf-8"), (RAW, "gb18030"),
         (("pdftotext-layout-fixed3", ["-layout", "-fixed", "3"]), "utf-8-sig"))),
    _d("booklist", "新书推介", "simp", d_books,
       R((DEF, "utf-8-sig"), (LAY, "crlf"), (RAW, "utf-8"), (("pdftotext-raw-nopgbrk", ["-raw", "-nopgbrk"]),
                                                              "gb18030"))),
    _d("opinion", "法律意見書", "tw", d_opinion,
       R((DEF, "big5"), (LAY, "utf-8"), (RAW, "crlf"), (NOPG, "utf-8+ocr"))),
    _d("govreport", "政府工作报告", "simp", d_govreport,
       R((DEF, "utf-8"), (LAY, "utf-8-sig"), (RAW, "gb18030+crlf"), (("pdftotext-l2", ["-l", "2"]), "utf-8"))),
    _d("standard", "团体标准", "simp", d_standard,
       R((DEF, "gb18030"), (LAY, "utf-8"), (RAW, "utf-8-sig"), (NOPG, "crlf"),
         (("pdftotext-layout-f3", ["-layout", "-f", "3"]), "utf-8"))),
    _d("consent", "知情同意书", "simp", d_consent,
       R((DEF, "utf-8"), (LAY, "crlf"), (RAW, "gb18030"),
         (("pdftotext-layout-f2", ["-layout", "-f", "2"]), "utf-8-sig"))),
    _d("genealogy", "族譜", "hk", d_genealogy,
       R((DEF, "utf-8-sig"), (LAY, "big5"), (RAW, "utf-8"), (NOPG, "crlf"))),
    _d("expo", "观展指南", "simp", d_expo,
       R((DEF, "utf-8"), (LAY, "gb18030"), (RAW, "crlf"), (NOPG, "utf-8+ocr"))),
    _d("eula", "授權協議", "tw", d_eula,
       R((DEF, "crlf"), (LAY, "utf-8"), (RAW, "big5"), (("pdftotext-f2", ["-f", "2"]), "utf-8-sig"))),
    _d("charity", "年度报告", "simp", d_charity,
       R((DEF, "gb18030+crlf"), (LAY, "utf-8-sig"), (RAW, "utf-8"),
         (("pdftotext-layout-nopgbrk", ["-layout", "-nopgbrk"]), "utf-8"))),
    _d("budget", "部门预算公开说明", "simp", d_budget,
       R((DEF, "utf-8"), (LAY, "crlf"), (RAW, "gb18030"),
         (("pdftotext-layout-fixed5", ["-layout", "-fixed", "5"]), "utf-8-sig"))),
    _d("cfp", "徵稿啟事", "hk", d_cfp,
       R((DEF, "utf-8"), (LAY, "utf-8-sig"), (RAW, "big5"), (NOPG, "crlf"))),
]


if __name__ == "__main__":
    main()
