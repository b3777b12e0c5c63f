"""Batch 15 print part: 16 print designs, ONE document each, ids ``p15-000`` .. ``p15-015``.

Designs 0-9 -> ``dev15``, designs 10-15 -> ``held15`` (design-disjoint). Every document is typeset with reportlab
(built-in CID fonts STSong-Light / MSung-Light) by this script's own small layout engine (columns, running heads and
feet, tables, boxes, per-page notes), which records for every drawn string its owner: one content unit (title,
heading, byline, meta, paragraph) or one furniture string. The PDF goes to ``native/<split>/p15-NNN_pdf.pdf`` and is
extracted by pdftotext (default, ``-layout``, ``-raw`` and one or two more option sets); the gold of every text file
comes from aligning the extraction with the drawn strings (see ``align``), the native gold lists the content units
whole and the furniture strings.

Prose: dev15 takes only paragraph units of existing gold files of development splits (native gold of files under
``native/dev*/``); held15 only paragraph units of the native gold of held-out splits (``native/held*/``,
``native/heldout/``), and a held15 paragraph sharing a 15-character stretch (whitespace removed) with any unit of
any development gold file, with the dev15 documents of this script, or with the other batch-15 parts' dev15 files
on disk, is dropped (checked again on the finished held15 documents: asserted). Titles, heads, names, dates,
labels, tables, captions and all furniture are invented here.

    PYTHONPATH=$PWD:/path/to/opencc python benchmarks/segcorpus/make_dev15_print.py [N,M,...]
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from reportlab.lib.pagesizes import A4, A5, B5, landscape
from reportlab.pdfbase import cidfonts, pdfmetrics
from reportlab.pdfgen import canvas

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "benchmarks" / "segcorpus"
MM = 72 / 25.4
K16 = (184 * MM, 260 * MM)
K32 = (130 * MM, 184 * MM)
TALL = (260 * MM, 370 * MM)

cidfonts.defaultUnicodeEncodings["MSung-Light"] = ("cht", "UniCNS-UCS2-H")  # poppler reads no text with the GB CMap
for _face in ("STSong-Light", "MSung-Light"):
    pdfmetrics.registerFont(cidfonts.UnicodeCIDFont(_face))

try:
    import opencc

    CONVERT = {"simp": str, "tw": opencc.OpenCC("s2tw").convert, "hk": opencc.OpenCC("s2hk").convert,
               "t2s": opencc.OpenCC("t2s").convert}
except ImportError:  # pragma: no cover - the build needs opencc for the traditional designs
    CONVERT = {"simp": str}
CLOSING = set("，。、；：？！）》」』”’〕】％,.;:?!)")
CONTENT = ("title", "heading", "byline", "meta", "paragraph")
WS = re.compile(r"\s+")


def squash(text: str) -> str:
    return "".join(text.split())


# ----------------------------------------------------------------------------------------------- layout engine


class Doc:
    """A document being typeset: pages of drawn strings, each with an owner."""

    def __init__(self, name, script, pagesize, margins, size=10.5, lead=1.7, header=None, footer=None, notes=0.0,
                 total=None):
        self.name, self.script, self.total = name, script, total
        self.cv = CONVERT[script]
        self.font = "STSong-Light" if script == "simp" else "MSung-Light"
        self.W, self.H = pagesize
        self.mt, self.mr, self.mb, self.ml = margins
        self.size, self.lead = size, lead
        self.header, self.footer, self.note_area = header, footer, notes
        self.owners = []  # dict(kind, text, furniture, cell)
        self.pages = []  # list of lists of draw dicts
        self.notes = []  # per page: list of (owner, text)
        self.colspec = [(self.ml, self.W - self.mr)]
        self.col = 0
        self.new_page()

    # owners
    def owner(self, kind, text, furniture=False, cell=False):
        self.owners.append({"kind": kind, "text": text, "furniture": furniture, "cell": cell})
        return len(self.owners) - 1

    # pages and columns
    def new_page(self):
        if self.pages:
            self._finish_page()
        self.pages.append([])
        self.notes.append([])
        self.page = len(self.pages)
        self.col = 0
        self.y = self.H - self.mt
        self.col_top = self.y
        if self.header:
            self.header(self, self.page)

    def _finish_page(self):
        if self.notes[-1]:
            y = self.mb + self.note_area - 6
            self.rule(self.ml, y + 4, 60, 0.4)
            for o, text in self.notes[-1]:
                for line in self.wrap(text, self.W - self.ml - self.mr, self.size * 0.8):
                    y -= self.size * 0.8 * 1.35
                    self.draw(self.ml, y, [(line, False)], o, self.size * 0.8)
        if self.footer:
            self.footer(self, self.page)

    def finish(self, path):
        self._finish_page()
        c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
        c.setTitle(self.name)
        for page in self.pages:
            for d in page:
                if d["t"] == "line":
                    c.setLineWidth(d["w"])
                    c.line(*d["xy"])
                    continue
                if d["t"] == "rect":
                    c.setLineWidth(d["w"])
                    c.rect(*d["xy"], stroke=1, fill=0)
                    continue
                t = c.beginText(d["x"], d["y"])
                t.setFont(self.font, d["size"])
                if d["cs"]:
                    t.setCharSpace(d["cs"])
                if d["bold"]:
                    c.setLineWidth(d["size"] / 30)
                    t.setTextRenderMode(2)
                t.textOut(d["text"])
                c.drawText(t)
            c.showPage()
        c.save()

    def columns(self, n, gap=18, shares=None):
        """Columns from the current y down (n=1: the full measure)."""
        width = self.W - self.ml - self.mr - gap * (n - 1)
        shares = shares or [1] * n
        x, spec = self.ml, []
        for s in shares:
            w = width * s / sum(shares)
            spec.append((x, x + w))
            x += w + gap
        self.colspec, self.col, self.col_top = spec, 0, self.y

    def bottom(self):
        return self.mb + self.note_area

    def need(self, height):
        if self.y - height < self.bottom():
            self.next_col()

    def next_col(self):
        if self.col + 1 < len(self.colspec):
            self.col += 1
            self.y = self.col_top
        else:
            spec = self.colspec
            self.new_page()
            self.colspec = spec
            self.col_top = self.y

    def space(self, pt):
        self.y -= pt

    # measuring
    def width(self, text, size):
        return pdfmetrics.stringWidth(text, self.font, size)

    def wrap(self, text, avail, size, first_avail=None):
        lines, cur, w = [], "", 0.0
        limit = first_avail if first_avail is not None else avail
        i = 0
        while i < len(text):
            ch = text[i]
            cw = self.width(ch, size)
            if cur and w + cw > limit + 0.01 and ch not in CLOSING:
                m = re.search(r"[A-Za-z0-9.%\-]+$", cur)
                if m and ch.isascii() and ch.isalnum() and len(m.group()) < len(cur) and len(m.group()) < 10:
                    i -= len(m.group())
                    cur = cur[: m.start()]
                lines.append(cur)
                cur, w, limit = "", 0.0, avail
                continue
            cur += ch
            w += cw
            i += 1
        if cur:
            lines.append(cur)
        return lines

    # drawing
    def draw(self, x, y, segs, owner, size, cs=0.0):
        page = self.pages[-1]
        for text, bold in segs:
            page.append({"t": "text", "x": x, "y": y, "text": text, "owner": owner, "size": size, "bold": bold,
                         "cs": cs})
            x += self.width(text, size) + cs * len(text)

    def rule(self, x, y, length, w=0.5):
        self.pages[-1].append({"t": "line", "xy": (x, y, x + length, y), "w": w})

    def hrule(self, w=0.5, before=2, after=6):
        x0, x1 = self.colspec[self.col]
        self.y -= before
        self.rule(x0, self.y, x1 - x0, w)
        self.y -= after

    def rect(self, x, y, w, h, lw=0.6):
        self.pages[-1].append({"t": "rect", "xy": (x, y, w, h), "w": lw})

    def furn(self, text, x, y, size=8, align="left", bold=False, kind="furniture"):
        """One furniture string at a fixed place (running heads, feet, folios, captions)."""
        text = self.cv(text)
        o = self.owner("debris", text, furniture=True)
        w = self.width(text, size)
        x = x - w if align == "right" else x - w / 2 if align == "center" else x
        self.draw(x, y, [(text, bold)], o, size)
        return o

    def block(self, text, kind="paragraph", size=None, bold=False, align="left", indent=0.0, hang=0.0, lead=None,
              head="", before=0.0, after=0.0, box=False, keep=False, justify=True, furniture=False, owner=None,
              left=0.0, right=0.0, note=None):
        """A block of lines in the current column; ``head`` is a bold run-in head (same owner)."""
        size = size or self.size
        lead = lead or self.lead
        lh = size * lead
        text, head = self.cv(text), self.cv(head)
        note = self.cv(note) if note else note
        full = head + text
        if owner is None:
            owner = self.owner("debris" if furniture else kind, full, furniture=furniture)
        self.y -= before
        x0, x1 = self.colspec[self.col]
        avail = x1 - x0 - left - right - (hang * size)
        pad = 5 if box else 0
        lines = self.wrap(full, avail - 2 * pad, size, first_avail=avail - 2 * pad - (indent - hang) * size)
        if keep or box:
            self.need(lh * len(lines) + 2 * pad + 2)
        if self.y - lh < self.bottom():
            self.next_col()
        x0, x1 = self.colspec[self.col]
        top = self.y
        hleft = len(head)
        for k, line in enumerate(lines):
            if self.y - lh < self.bottom():
                self.next_col()
                x0, x1 = self.colspec[self.col]
            self.y -= lh
            lx = x0 + left + pad + (indent * size if k == 0 else hang * size)
            lw = self.width(line, size)
            room = x1 - right - pad - lx
            cs = 0.0
            if align == "center":
                lx += (room - lw) / 2
            elif align == "right":
                lx += room - lw
            elif justify and k < len(lines) - 1 and len(line) > 1 and 0 < room - lw < size * 1.2:
                cs = (room - lw) / (len(line) - 1)
            segs = []
            if hleft > 0:
                segs.append((line[:hleft], True))
                rest = line[hleft:]
                hleft -= len(line)
                if rest:
                    segs.append((rest, bold))
            else:
                segs.append((line, bold))
            self.draw(lx, self.y + size * 0.25 * (lead - 1), segs, owner, size, cs)
        if box:
            self.rect(x0 + left, self.y - pad + size * 0.2, x1 - x0 - left - right, top - self.y + 2 * pad - 2)
            self.y -= pad
        if note:
            self.notes[-1].append((self.owner("debris", note, furniture=True), note))
        self.y -= after
        return owner

    def table(self, rows, shares, size=None, head_rows=1, grid=True, pad=3, align=None):
        """A table; every cell is its own furniture string (debris in the text gold, not listed natively)."""
        size = size or self.size * 0.9
        lh = size * 1.45
        rows = [[self.cv(c) for c in row] for row in rows]
        x0, x1 = self.colspec[self.col]
        width = x1 - x0
        ws = [width * s / sum(shares) for s in shares]
        for r, row in enumerate(rows):
            wrapped = [self.wrap(cell, w - 2 * pad, size) if cell else [] for cell, w in zip(row, ws, strict=False)]
            h = max(1, max(len(c) for c in wrapped)) * lh + 2 * pad
            if self.y - h < self.bottom():
                self.next_col()
                x0, x1 = self.colspec[self.col]
            top = self.y
            x = x0
            for c, (cell, w) in enumerate(zip(wrapped, ws, strict=False)):
                if grid:
                    self.rect(x, top - h, w, h, 0.5)
                if cell:
                    o = self.owner("debris", row[c], furniture=True, cell=True)
                    yy = top - pad
                    for line in cell:
                        yy -= lh
                        lw = self.width(line, size)
                        a = (align or ["left"] * len(row))[c]
                        lx = x + pad if a == "left" else x + (w - lw) / 2 if a == "center" else x + w - pad - lw
                        self.draw(lx, yy + size * 0.3, [(line, r < head_rows)], o, size)
                x += w
            if not grid and r == head_rows - 1:
                self.rule(x0, top - h, width, 0.5)
            self.y = top - h
        self.y -= 4


# ----------------------------------------------------------------------------------------------- prose

class Prose:
    def __init__(self, paras, seed):
        self.paras = list(paras)
        random.Random(seed).shuffle(self.paras)
        self.i = 0
        self.used = {}

    def take(self, lo=60, hi=320):
        while True:
            if self.i >= len(self.paras):
                raise SystemExit("prose pool exhausted")
            p = self.paras[self.i]
            self.i += 1
            if lo <= len(p) <= hi:
                self.used[p] = True
                return p

    def short(self, lo=12, hi=60, end="；"):
        """A clause-sized item cut from a paragraph at a comma or full stop."""
        p = self.take(40, 600)
        cut = [m.end() for m in re.finditer(r"[，。；]", p) if lo <= m.end() <= hi]
        s = p[: cut[-1]] if cut else p[:hi]
        return s.rstrip("，。；：、") + end

    def sent(self, lo=20, hi=90):
        p = self.take(40, 600)
        m = [x.end() for x in re.finditer("。", p) if lo <= x.end() <= hi]
        return p[: m[0]] if m else p[:hi].rstrip("，。；：、") + "。"


def split_stems(prefix):
    stems = {}
    for route in ("native",):
        for d in sorted((CORPUS / route).iterdir()):
            if d.name in ("dev15", "held15"):  # batch 15's own folders never feed the pools (a merge changes nothing)
                continue
            if d.is_dir() and (d.name.startswith(prefix) or (prefix == "held" and d.name == "heldout")):
                for f in sorted(d.iterdir()):
                    stems[f.stem] = d.name
    return stems


def all_stems(prefix):
    stems = set()
    for route in ("native", "text"):
        for d in sorted((CORPUS / route).iterdir()):
            if d.is_dir() and (d.name.startswith(prefix) or (prefix == "held" and d.name == "heldout")):
                stems.update(f.stem for f in d.iterdir())
    return sorted(stems)


NUMBERED = re.compile(r"\d+[.．、)）]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、是]|第[一二三四五六七八九十\d]+[条章节]")
ORIGIN = {}  # paragraph (as pooled) -> the split folder of the gold it came from


def gold_paragraphs(stems):
    out, seen = [], set()
    for stem, folder in stems.items():
        if stem.startswith("p15-"):
            continue
        g = CORPUS / "gold" / f"{stem}.json"
        if not g.is_file():
            continue
        for u in json.loads(g.read_text(encoding="utf-8"))["units"]:
            if u["kind"] != "paragraph":
                continue
            t = squash(u["text"])
            cjk = sum("\u4e00" <= ch <= "\u9fff" for ch in t)
            if t.startswith(("[", "【", "［")) or "www" in t or "http" in t or NUMBERED.match(t):
                continue
            if 40 <= len(t) <= 600 and cjk >= 0.8 * len(t) and t not in seen and t[-1] in "。！？”":
                seen.add(t)
                out.append(t)
                ORIGIN.setdefault(CONVERT["t2s"](t), folder)
    return out


def probe(chars, font):
    """The characters pdftotext gives back from ``font`` (one line of 40 a time)."""
    chars = sorted(chars)
    cache = Path(tempfile.gettempdir()) / f"b15p_probe_{font}_{hashlib.md5(''.join(chars).encode()).hexdigest()}.json"
    if cache.is_file():
        return set(json.loads(cache.read_text(encoding="utf-8")))
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "p.pdf"
        c = canvas.Canvas(str(pdf), pagesize=A4)
        rows = ["".join(chars[i:i + 40]) for i in range(0, len(chars), 40)]
        for k in range(0, len(rows), 60):
            for j, row in enumerate(rows[k:k + 60]):
                c.setFont(font, 10)
                c.drawString(20, 800 - j * 13, row)
            c.showPage()
        c.save()
        out = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True).stdout
    got = [line for line in out.replace("\f", "\n").split("\n") if line.strip()]
    good = set()
    if len(got) == len(rows):
        for row, line in zip(rows, got, strict=False):
            if row == line:
                good.update(row)
            else:
                good.update(ch for ch in row if ch in line and ch != "\ufffd")
    cache.write_text(json.dumps(sorted(good), ensure_ascii=False), encoding="utf-8")
    return good


def grams(text, n=15):
    t = squash(text)
    return {t[i:i + n] for i in range(len(t) - n + 1)}


# ----------------------------------------------------------------------------------------------- extraction and gold

MODES = {
    "pdftotext": [], "pdftotext-layout": ["-layout"], "pdftotext-raw": ["-raw"],
    "pdftotext-nopgbrk": ["-nopgbrk"], "pdftotext-eol-dos": ["-eol", "dos"], "pdftotext-fixed4": ["-layout", "-fixed", "4"],
    "pdftotext-enc-gbk": ["-enc", "GBK"], "pdftotext-enc-big5": ["-enc", "Big5"], "pdftotext-f2": ["-f", "2"],
    "pdftotext-l2": ["-l", "2"], "pdftotext-layout-nopgbrk": ["-layout", "-nopgbrk"],
    "pdftotext-raw-nopgbrk": ["-raw", "-nopgbrk"], "pdftotext-colspacing03": ["-colspacing", "0.3"],
    "pdftotext-layout-colspacing15": ["-layout", "-colspacing", "1.5"],
}


def extract(pdf, tool):
    args = MODES[tool]
    raw = subprocess.run(["pdftotext", *args, str(pdf), "-"], capture_output=True, check=True).stdout
    enc = "gbk" if "GBK" in args else "big5" if "Big5" in args else "utf-8"
    return raw.decode(enc).replace("\r\n", "\n")


def first_page(tool):
    args = MODES[tool]
    return int(args[args.index("-f") + 1]) if "-f" in args else 1


def align(doc, text, tool):
    """Owner of every character of ``text`` (whitespace: the owner of the character before)."""
    pieces = []  # [page, text, owner, consumed]
    for p, page in enumerate(doc.pages, 1):
        for d in page:
            if d["t"] == "text":
                for tok in d["text"].split():
                    pieces.append([p, tok, d["owner"], 0])
    args = MODES[tool]
    lo = first_page(tool)
    hi = int(args[args.index("-l") + 1]) if "-l" in args else len(doc.pages)
    pieces = [pc for pc in pieces if lo <= pc[0] <= hi]
    bypage = {}
    for k, pc in enumerate(pieces):
        bypage.setdefault(pc[0], []).append(k)
    pages_known = "-nopgbrk" not in args
    owners = [None] * len(text)
    page, last, begun = lo, -1, []
    for m in re.finditer(r"\S+|\f", text):
        if m.group() == "\f":
            page += 1
            continue
        s, pos = m.group(), m.start()
        while s:
            cur = page if pages_known else (pieces[last][0] if last >= 0 else lo)
            order = [k for k in begun]
            idx = bypage.get(cur, [])
            after = [k for k in idx if k > last]
            order += after + [k for k in idx if k <= last]
            for p2 in sorted(bypage):
                if p2 != cur:
                    order += bypage[p2] if p2 > cur else []
            for p2 in sorted(bypage):
                if p2 < cur:
                    order += bypage[p2]
            hit = None
            for strict in (True, False):
                for k in order:
                    pc = pieces[k]
                    rem = pc[1][pc[3]:]
                    if not rem:
                        continue
                    if (pc[3] > 0) != (k in begun):
                        continue
                    if rem == s or rem.startswith(s) or (not strict and s.startswith(rem)):
                        hit = k
                        break
                    if strict and pc[3] > 0 and s.startswith(rem):
                        hit = k
                        break
                if hit is not None:
                    break
            if hit is None:
                raise SystemExit(f"{doc.name} {tool}: cannot place {s!r} (page {page}) at {text[max(0, pos - 80):pos + 20]!r}")
            pc = pieces[hit]
            rem = pc[1][pc[3]:]
            n = min(len(rem), len(s))
            for j in range(n):
                owners[pos + j] = pc[2]
            pc[3] += n
            pos += n
            s = s[n:]
            if pc[3] < len(pc[1]):
                if hit not in begun:
                    begun.append(hit)
            elif hit in begun:
                begun.remove(hit)
            last = hit
    left = [pc for pc in pieces if pc[3] < len(pc[1])]
    if left:
        raise SystemExit(f"{doc.name} {tool}: unread pieces {[pc[1] for pc in left[:5]]}")
    cur = None
    for i, o in enumerate(owners):
        if o is None:
            owners[i] = cur
        else:
            cur = o
    first = next((o for o in owners if o is not None), None)
    return [first if o is None else o for o in owners]


def ocr_spaces(text, owners, doc, seed):
    rng = random.Random(seed)
    out, own = [], []
    for i, ch in enumerate(text):
        out.append(ch)
        own.append(owners[i])
        if i + 1 < len(text):
            a, b = ch, text[i + 1]
            o = owners[i]
            if o != owners[i + 1] or doc.owners[o]["furniture"] or a.isspace() or b.isspace():
                continue
            ca, cb = "\u4e00" <= a <= "\u9fff", "\u4e00" <= b <= "\u9fff"
            mixed = (ca and b.isascii() and b.isalnum()) or (cb and a.isascii() and a.isalnum())
            if (mixed and rng.random() < 0.7) or (ca and cb and rng.random() < 0.2):
                out.append(" ")
                own.append(o)
    return "".join(out), own


def text_gold(doc, text, owners, stem, source):
    units, prev, seen = [], None, set()
    for ch, o in zip(text, owners, strict=False):
        if o == prev:
            units[-1]["text"] += ch
            continue
        prev = o
        info = doc.owners[o]
        u = {"kind": "debris" if info["furniture"] else info["kind"], "text": ch}
        if not info["furniture"] and o in seen:
            u["cont"] = True
        seen.add(o)
        units.append(u)
    return {"doc_id": stem, "source": source, "units": units}


def native_gold(doc, stem, source):
    units, furn = [], set()
    done = set()
    for page in doc.pages:
        for d in page:
            if d["t"] != "text":
                continue
            o = doc.owners[d["owner"]]
            if o["furniture"]:
                if not o["cell"]:
                    furn.add(o["text"])
            elif d["owner"] not in done:
                done.add(d["owner"])
                units.append({"kind": o["kind"], "text": o["text"]})
    return {"doc_id": stem, "source": source, "units": units, "furniture": sorted(furn)}


# ----------------------------------------------------------------------------------------------- designs


def heads(left=None, right=None, rule=True, size=8, skip=(1,), odd_even=False, y_off=16):
    """A running head: ``left`` / ``right`` strings (or callables of the page number) over a rule."""
    def f(d, n):
        if n in skip:
            return
        y = d.H - d.mt + y_off
        lt = left(n) if callable(left) else left
        rt = right(n) if callable(right) else right
        if odd_even and n % 2 == 0:
            lt, rt = rt, lt
        if lt:
            d.furn(lt, d.ml, y, size)
        if rt:
            d.furn(rt, d.W - d.mr, y, size, "right")
        if rule:
            d.rule(d.ml, y - 4, d.W - d.ml - d.mr, 0.6)
    return f


def feet(fmt, align="center", size=9, skip=(), start=1, outer=False, y_off=22, extra=None):
    def f(d, n):
        if extra:
            extra(d, n)
        if n in skip or not fmt:
            return
        text = fmt.format(n=n - start + 1, m=(d.total or 0) - start + 1)
        a = ("right" if n % 2 else "left") if outer else align
        x = {"left": d.ml, "right": d.W - d.mr, "center": d.W / 2}[a]
        d.furn(text, x, d.mb - y_off, size, a)
    return f


def d_insurance(P, total):
    """保险条款: A4, full-width title, then two columns of 9 pt clauses; decimal heads; a benefit table."""
    d = Doc("安康福终身寿险条款", "simp", A4, (62, 46, 60, 46), size=9, lead=1.6, total=total,
            header=heads("安康人寿保险股份有限公司", "安康福终身寿险条款", skip=()),
            footer=feet("第{n}页　共{m}页"))
    d.space(8)
    d.block("安康人寿［2023］终身寿险018号", "meta", size=8, align="right", justify=False)
    d.block("安康福终身寿险条款", "title", size=17, bold=True, align="center", before=6, after=2)
    d.block("（2023年3月报备）", "meta", size=9, align="center", after=6)
    d.block(P.take(80, 200), "paragraph", size=8.5, box=True, head="阅读指引　", after=8)
    d.columns(2, gap=16)
    n = 0
    for big, smalls in (("您与我们订立的合同", ("合同构成", "合同成立与生效", "投保年龄")),
                        ("我们提供的保障", ("基本保险金额", "保险期间", "保险责任", "责任免除")),
                        ("保险金的申请", ("受益人", "保险事故通知", "保险金申请")),
                        ("保险费的支付", ("保险费的支付", "宽限期")),
                        ("合同解除", ("您解除合同的手续及风险",))):
        n += 1
        d.block(f"{n}　{big}", "heading", size=10, bold=True, before=6, after=2)
        for k, small in enumerate(smalls, 1):
            d.block(f"{n}.{k}　{small}", "heading", size=9, bold=True, before=3)
            d.block(P.take(60, 240), after=3)
            if small == "保险责任":
                d.block("在本合同保险期间内，我们承担下列保险责任：", after=1)
                for j, name in enumerate(("身故保险金", "全残保险金"), 1):
                    d.block(P.take(50, 160), head=f"（{j}）{name}　", hang=1.5, after=1)
                d.block("保险利益表", "debris", size=8.5, bold=True, align="center", furniture=True, before=3)
                d.table([["到达年龄", "身故保险金", "全残保险金"], ["18周岁前", "已交保险费", "已交保险费"],
                         ["18至60周岁", "基本保险金额×160%", "基本保险金额×160%"],
                         ["61周岁后", "基本保险金额×120%", "基本保险金额×120%"]], [1, 1.3, 1.3], size=7.5)
            if small == "责任免除":
                d.block("因下列情形之一导致被保险人身故或全残的，我们不承担给付保险金的责任：", after=1)
                for j in range(1, 5):
                    d.block(P.short(16, 70), hang=2, head=f"（{j}）", after=0)
                d.block(P.take(50, 140), before=2, after=3)
    d.block("6　释义", "heading", size=10, bold=True, before=6, after=2)
    for k, term in enumerate(("周岁", "有效身份证件", "毒品", "现金价值"), 1):
        d.block(P.take(40, 150), head=f"6.{k}　{term}：", after=2)
    return d


SUBHEADS = ("主营业务与产品结构", "股权结构稳定", "收入端：量价齐升", "利润端：毛利率修复", "关键假设", "估值与评级")
HEADLINES = ("老旧小区加装电梯提速", "夜间经济点亮县城消费", "山里娃的科学课", "高铁站旁的共享农场", "社区食堂开到家门口",
             "非遗手艺走进直播间", "小微企业贷款利率下行", "古村落修缮有了新办法", "全民健身步道连成网", "新能源汽车下乡")


def d_research(P, total):
    """券商研报: a sidebar column (rating, key data table, analysts) beside the main column on page 1."""
    d = Doc("华信证券公司点评", "simp", A4, (70, 40, 64, 40), size=9.5, lead=1.65, total=total,
            header=heads(lambda n: "公司研究｜公司点评", lambda n: "华信证券研究所", size=8, skip=()),
            footer=feet("{n} / {m}", align="right", size=8,
                        extra=lambda d, n: d.furn("请务必阅读正文之后的信息披露和免责声明", d.ml, d.mb - 22, 7.5)))
    d.columns(2, gap=14, shares=[1, 2.6])
    d.block("投资评级：买入（维持）", "meta", size=10, bold=True, after=2)
    d.block("报告日期：2024年4月28日", "meta", size=8.5, after=6)
    d.block("基本数据", "debris", size=8.5, bold=True, furniture=True)
    d.table([["收盘价（元）", "23.56"], ["总股本（亿股）", "12.80"], ["流通市值（亿元）", "287.4"],
             ["52周最高/最低（元）", "31.20/19.85"], ["资产负债率", "41.3%"]], [1.6, 1], size=7.5, head_rows=0,
            grid=False, align=["left", "right"])
    d.block("分析师：陈立民", "byline", size=8.5, before=6)
    d.block("执业证书编号：S0590522080003", "meta", size=7.5)
    d.block("分析师：周雨晴", "byline", size=8.5, before=3)
    d.block("执业证书编号：S0590523110012", "meta", size=7.5, after=6)
    d.block("相关报告", "debris", size=8.5, bold=True, furniture=True)
    for t in ("《年报点评：盈利能力持续改善》2024-03-30", "《深度：产能释放进入兑现期》2023-11-15"):
        d.block(t, size=7.5, furniture=True, after=2)
    d.next_col()
    d.block("一季度业绩超预期，新品放量可期", "title", size=15, bold=True, after=6)
    d.block("投资要点", "heading", size=11, bold=True, after=3)
    for lead in ("事件：", "营收稳步增长，结构持续优化。", "毛利率回升，费用管控见效。", "盈利预测与投资建议："):
        d.block(P.take(70, 220), head=lead, after=4)
    d.block(P.take(40, 120), head="风险提示：", after=4, box=True)
    d.block("财务摘要", "debris", size=8.5, bold=True, furniture=True)
    d.table([["指标", "2023A", "2024E", "2025E"], ["营业收入（百万元）", "8,412", "9,655", "11,034"],
             ["同比增长", "12.6%", "14.8%", "14.3%"], ["归母净利润（百万元）", "1,023", "1,218", "1,437"],
             ["每股收益（元）", "0.80", "0.95", "1.12"]], [2, 1, 1, 1], size=7.5,
            align=["left", "right", "right", "right"])
    d.new_page()
    d.columns(1)
    for k, big in enumerate(("公司概况：深耕主业二十年", "一季度经营分析", "盈利预测"), 1):
        d.block(f"{k}. {big}", "heading", size=12, bold=True, before=8, after=4)
        for j in range(1, 3):
            d.block(f"{k}.{j} {SUBHEADS[(k - 1) * 2 + j - 1]}", "heading", size=10, bold=True, before=2, after=2)
            d.block(P.take(), indent=2, after=2)
            d.block(P.take(), indent=2, after=2)
        if k == 2:
            d.block("表1：公司分业务收入情况（单位：百万元）", size=8.5, align="center", furniture=True, before=4)
            d.table([["业务", "2023Q1", "2024Q1", "同比"], ["核心产品", "1,204", "1,432", "18.9%"],
                     ["配套服务", "356", "371", "4.2%"], ["其他", "88", "95", "8.0%"]], [2, 1, 1, 1], size=8)
            d.block("资料来源：公司公告，华信证券研究所", size=7.5, furniture=True, after=6)
    d.block("分析师声明", "heading", size=10, bold=True, before=8)
    d.block(P.take(60, 200), size=8, after=2)
    d.block("免责声明", "heading", size=10, bold=True, before=4)
    d.block(P.take(60, 240), size=8)
    return d


def d_programme(P, total):
    """音乐会节目单: A5, everything centred, a cover page, a programme list with composer lines."""
    d = Doc("新年音乐会", "simp", A5, (50, 40, 50, 40), size=9.5, lead=1.8, total=total,
            footer=feet("～ {n} ～", skip=(1,), start=1))
    d.space(60)
    d.block("江州交响乐团", "byline", size=12, align="center", after=20)
    d.block("“春之声”新年音乐会", "title", size=20, bold=True, align="center", after=10)
    d.block("指挥　林思远", "byline", size=12, align="center", after=40)
    d.block("2024年1月1日　19:30", "meta", size=10, align="center")
    d.block("江州大剧院音乐厅", "meta", size=10, align="center")
    d.new_page()
    d.block("曲　目", "heading", size=14, bold=True, align="center", after=10)
    pieces = (("序曲《节日》", "作曲：肖斯塔科维奇"), ("小提琴协奏曲《梁祝》", "作曲：何占豪　陈钢"),
              ("交响组曲《山林》第一乐章", "作曲：王一平"))
    for k, (name, who) in enumerate(pieces, 1):
        d.block(f"{k}．{name}", size=10.5, align="center", before=4)
        d.block(who, "meta", size=9, align="center")
    d.block("— 中场休息 —", size=9, align="center", before=8, after=8, furniture=True)
    for k, (name, who) in enumerate((("圆舞曲《春之声》", "作曲：J. 施特劳斯"), ("第五交响曲终乐章", "作曲：柴可夫斯基")), 4):
        d.block(f"{k}．{name}", size=10.5, align="center", before=4)
        d.block(who, "meta", size=9, align="center")
    d.block("（曲目以现场演出为准）", size=8, align="center", before=10, furniture=True)
    d.new_page()
    for head in ("指挥简介", "独奏家简介", "乐团简介"):
        d.block(head, "heading", size=12, bold=True, align="center", before=8, after=6)
        d.block(P.take(80, 260), indent=2, after=3)
        if head != "独奏家简介":
            d.block(P.take(60, 200), indent=2, after=3)
    d.block("温馨提示", "heading", size=11, bold=True, align="center", before=10, after=4)
    for k in range(1, 4):
        d.block(P.short(14, 50), head=f"{k}．", hang=1, size=9)
    d.block("主办单位：江州市文化广电和旅游局", "meta", size=9, align="center", before=14)
    d.block("承办单位：江州大剧院　江州交响乐团", "meta", size=9, align="center")
    return d


def d_survey(P, total):
    """调查报告: B5, title block, 摘要 / 关键词, 一、/（一）/1. heads, a table with caption and note; heads differ odd/even."""
    d = Doc("农村养老服务需求调查报告", "simp", B5, (64, 52, 60, 52), size=10, lead=1.75, total=total,
            header=heads(lambda n: "农村养老服务需求调查报告" if n % 2 else "", lambda n: "" if n % 2 else "社会调查与研究　2024年第2期",
                         rule=True, skip=(1,), size=8),
            footer=feet("〔{n}〕", outer=True))
    d.block("农村养老服务需求调查报告", "title", size=17, bold=True, align="center", before=10, after=4)
    d.block("——基于江南省12个县1860份问卷的分析", "heading", size=11, align="center", after=6)
    d.block("省社会科学院农村发展研究所课题组", "byline", size=10, align="center", after=10)
    d.block(P.take(100, 260), head="摘　要：", size=9, left=20, right=20, after=2)
    d.block("关键词：农村养老；服务需求；问卷调查；供给结构", "meta", size=9, left=20, after=10)
    for big, smalls in (("调查背景与方法", ("调查设计", "样本构成")), ("主要发现", ("照料需求", "医疗需求", "精神慰藉需求")),
                        ("对策建议", ()),):
        n = "一二三四"[["调查背景与方法", "主要发现", "对策建议"].index(big)]
        d.block(f"{n}、{big}", "heading", size=11, bold=True, before=8, after=3)
        d.block(P.take(), indent=2)
        for k, small in enumerate(smalls):
            d.block(f"（{'一二三四'[k]}）{small}", "heading", size=10.5, before=4, after=1)
            d.block(P.take(), indent=2)
            if small == "样本构成":
                d.block("表1　受访者基本情况（单位：%）", size=9, bold=True, align="center", furniture=True, before=4)
                d.table([["项目", "类别", "占比", "项目", "类别", "占比"], ["性别", "男", "47.3", "年龄", "60-69岁", "52.1"],
                         ["", "女", "52.7", "", "70-79岁", "33.6"], ["居住", "独居", "18.4", "", "80岁以上", "14.3"],
                         ["", "与配偶", "56.9", "健康", "自评良好", "41.8"]], [1, 1.2, 1, 1, 1.3, 1], size=8,
                        align=["center"] * 6)
                d.block("注：部分数据因四舍五入，合计不等于100%。", size=8, furniture=True, after=4)
            if small == "照料需求":
                for j in range(1, 4):
                    d.block(P.take(40, 140), head=f"{j}.", indent=2)
        if big == "对策建议":
            for j in range(1, 4):
                d.block(P.take(50, 180), head=f"{'一二三'[j - 1]}是", indent=2)
    d.block("（执笔：王晓梅　李健）", "byline", size=9, align="right", before=6)
    return d


def d_digest(P, total):
    """文摘报: a tall page in three columns under a masthead; short items with small heads and a source at the end."""
    def mast(d, n):
        y = d.H - d.mt + 30
        if n == 1:
            d.furn("文摘周刊", d.ml, y - 6, 30, bold=True)
            d.furn("2024年4月12日　星期五", d.W - d.mr, y + 8, 9, "right")
            d.furn("第15版　综合文摘　责任编辑：罗小川", d.W - d.mr, y - 8, 9, "right")
            d.rule(d.ml, y - 16, d.W - d.ml - d.mr, 2)
        else:
            d.furn(f"2024年4月12日　第{14 + n}版", d.ml, y, 9)
            d.furn("文摘周刊", d.W - d.mr, y, 9, "right")
            d.rule(d.ml, y - 5, d.W - d.ml - d.mr, 1)
    d = Doc("文摘周刊", "simp", TALL, (90, 40, 50, 40), size=9.5, lead=1.6, total=total, header=mast,
            footer=feet("{n}", size=8, y_off=20))
    d.block("县域医共体让群众看病更方便", "title", size=22, bold=True, align="center", after=8)
    d.columns(3, gap=14)
    for _k in range(3):
        d.block(P.take(), indent=2, after=1)
    d.block(P.take(60, 160) + "（据新华社）", indent=2, after=6)
    d.block(P.take(50, 150), head="编者按：", size=9, box=True, after=8)
    sources = ("（据《人民日报》）", "（据中国新闻网）", "（摘自《半月谈》）", "（据央视新闻）", "（据新华社）", "（摘自《光明日报》）",
               "（据《经济日报》）", "（摘自《瞭望》）", "（据中国之声）", "（据《科技日报》）")
    for k, src in enumerate(sources):
        d.block(HEADLINES[k], "heading", size=12 if k % 2 else 11, bold=True, before=8, after=3, keep=True)
        if k == 2:
            d.block("——一位乡村教师的二十年", "heading", size=9, after=2)
        for _j in range(1 + k % 2):
            d.block(P.take(), indent=2, after=1)
        d.block(P.take(40, 160) + src, indent=2, after=2)
    d.block("一周数字", "heading", size=11, bold=True, before=8, after=3)
    for _j in range(3):
        d.block(P.short(14, 40, "。"), head="■", hang=1, size=9)
    return d


def d_church(P, total):
    """教會週刊 (Hong Kong script): masthead, order of service with leaders, sermon notes, numbered notices, offering table."""
    def mast(d, n):
        y = d.H - d.mt + 24
        if n == 1:
            d.furn("基督教恩光堂", d.ml, y + 6, 16, bold=True)
            d.furn("週刊", d.ml + 120, y + 6, 12)
            d.furn("第三十八卷　第十一期", d.W - d.mr, y + 12, 8.5, "right")
            d.furn("二〇二四年三月十七日", d.W - d.mr, y, 8.5, "right")
            d.rule(d.ml, y - 8, d.W - d.ml - d.mr, 1.5)
        else:
            d.furn("恩光堂週刊　二〇二四年三月十七日", d.W / 2, y, 8, "center")
    d = Doc("恩光堂週刊", "hk", A4, (92, 50, 70, 50), size=10, lead=1.7, total=total, header=mast,
            footer=feet("", extra=lambda d, n: d.furn("地址：九龍油麻地窩打老道一百號　電話：2388 1234", d.W / 2,
                                                       d.mb - 30, 7.5, "center") if n == 1 else
                        d.furn(f"－{n}－", d.W / 2, d.mb - 30, 8, "center")))
    d.block("主日崇拜", "title", size=18, bold=True, align="center", after=2)
    d.block("上午十時正　　主禮：陳永康牧師", "meta", size=9, align="center", after=8)
    d.columns(2, gap=24)
    d.block("崇拜程序", "heading", size=11, bold=True, align="center", after=4)
    for item, who in (("宣　召", "主　席"), ("詩　歌", "會　眾"), ("祈　禱", "主　席"), ("讀　經", "司　事"),
                      ("講　道", "陳永康牧師"), ("奉　獻", "會　眾"), ("報　告", "主　席"), ("祝　福", "陳永康牧師")):
        d.block(f"{item}……………………{who}", size=9.5, left=10)
    d.block("講道：恩典夠用", "heading", size=11, bold=True, before=10, after=2)
    d.block("經文：哥林多後書十二章九節", "meta", size=9, after=3)
    for _k in range(4):
        d.block(P.take(), indent=2, after=2)
    d.block("報告事項", "heading", size=11, bold=True, before=8, after=3)
    for k in range(1, 8):
        d.block(P.take(40, 150), head=f"{'一二三四五六七'[k - 1]}、", hang=2, after=1)
    d.block("代禱事項", "heading", size=11, bold=True, before=8, after=3)
    for _k in range(3):
        d.block(P.short(14, 60, "。"), head="●", hang=1)
    d.block("上週奉獻", "heading", size=11, bold=True, before=8, after=3)
    d.table([["項目", "金額（港元）"], ["主日奉獻", "18,450"], ["感恩奉獻", "3,200"], ["建堂基金", "6,800"]], [1.4, 1],
            size=8.5, align=["left", "right"])
    d.block("同工", "heading", size=11, bold=True, before=8, after=3)
    for line in ("主任牧師：陳永康", "傳道同工：黃美玲　李志強", "幹　　事：何家欣"):
        d.block(line, "meta", size=9)
    return d


def d_hydro(P, total):
    """水情旬报: landscape A4, one wide column; masthead, 期号 and issuer lines, station table, 报/送 block, signers."""
    d = Doc("水情旬报", "simp", landscape(A4), (60, 110, 56, 110), size=10.5, lead=1.8, total=total,
            header=heads("", lambda n: "水情旬报　2024年第18期", skip=(1,), rule=False, size=8),
            footer=feet("－ {n} －", size=9))
    d.block("水　情　旬　报", "debris", size=26, bold=True, align="center", furniture=True, after=4)
    d.block("2024年第18期", "meta", size=10.5, align="center", after=2)
    d.block("临江市水文水资源勘测局　　　　　　　　　　2024年6月28日", "meta", size=10, after=2)
    d.hrule(1.5, 0, 10)
    d.block("6月中旬全市水雨情分析", "title", size=16, bold=True, align="center", after=8)
    d.block("一、雨情", "heading", size=11.5, bold=True, before=2, after=2)
    d.block(P.take(), indent=2)
    d.block("表1　6月中旬主要站点降水量统计（单位：mm）", size=9, align="center", furniture=True, before=4)
    d.table([["站名", "本旬", "上旬", "多年同期", "距平（%）"], ["临江", "86.4", "32.0", "61.2", "41.2"],
             ["北岭", "102.7", "28.5", "66.8", "53.7"], ["石门", "74.1", "40.3", "58.9", "25.8"],
             ["沙湾", "55.0", "19.6", "52.4", "5.0"]], [1.2, 1, 1, 1, 1], size=9, align=["center"] * 5)
    d.block("二、水情", "heading", size=11.5, bold=True, before=6, after=2)
    d.block("（一）江河水情", "heading", size=10.5, before=2)
    d.block(P.take(), indent=2)
    d.block("（二）水库蓄水", "heading", size=10.5, before=2)
    d.block(P.take(), indent=2)
    d.block("三、后期预报及建议", "heading", size=11.5, bold=True, before=6, after=2)
    d.block(P.take(60, 200), indent=2)
    for k in range(1, 4):
        d.block(P.short(20, 80), head=f"{k}.", indent=2)
    d.space(20)
    d.hrule(0.6, 0, 2)
    for line in ("报：市防汛抗旱指挥部，市水利局", "送：各县（区）防汛办，市气象局", "发：局属各水文站"):
        d.block(line, "meta", size=9.5)
    d.hrule(0.6, 2, 2)
    d.block("签发：周建国　　核稿：何丽　　拟稿：孙浩", "byline", size=9.5, align="right")
    return d


def d_emergency(P, total):
    """应急预案: a cover, a contents page with dot leaders (furniture), decimal heads 1 / 1.1 / 1.1.1, a grading table."""
    d = Doc("突发地质灾害应急预案", "simp", A4, (72, 66, 72, 72), size=10.5, lead=1.85, total=total,
            footer=feet("— {n} —", skip=(1, 2), start=3, size=10))
    d.space(130)
    d.block("清源县突发地质灾害应急预案", "title", size=22, bold=True, align="center", after=200)
    d.block("清源县人民政府办公室", "byline", size=14, align="center", after=6)
    d.block("二〇二四年五月", "meta", size=14, align="center")
    d.new_page()
    d.block("目　　录", size=16, bold=True, align="center", furniture=True, after=12)
    toc = [("1　总则", 1), ("1.1　编制目的", 1), ("1.2　适用范围", 1), ("2　组织体系", 2), ("2.1　指挥机构", 2),
           ("3　预警与响应", 3), ("3.1　响应分级", 3), ("4　保障措施", 4), ("附件", 5)]
    for name, page in toc:
        d.block(f"{name}{'…' * (30 - len(name))}{page}", size=11, left=0 if "." not in name else 22, furniture=True,
                after=2, justify=False)
    d.new_page()
    secs = (("总则", ("编制目的", "编制依据", "适用范围")), ("组织体系", ("指挥机构", "成员单位职责")),
            ("预警与响应", ("预警信息发布", "响应分级")), ("保障措施", ("队伍保障", "物资保障")))
    for n, (big, smalls) in enumerate(secs, 1):
        d.block(f"{n}　{big}", "heading", size=13, bold=True, before=10, after=4)
        for k, small in enumerate(smalls, 1):
            d.block(f"{n}.{k}　{small}", "heading", size=11, bold=True, before=4, after=2)
            d.block(P.take(), indent=2)
            if small == "成员单位职责":
                for j, unit in enumerate(("县自然资源局", "县应急管理局", "县气象局"), 1):
                    d.block(f"{n}.{k}.{j}　{unit}", "heading", size=10.5, before=2)
                    d.block(P.take(40, 160), indent=2)
            if small == "响应分级":
                d.block("表1　地质灾害应急响应分级", size=9.5, align="center", furniture=True, before=4)
                d.table([["级别", "灾情", "启动主体"], ["Ⅰ级", "特大型", "省指挥部"], ["Ⅱ级", "大型", "市指挥部"],
                         ["Ⅲ级", "中型", "县指挥部"], ["Ⅳ级", "小型", "乡镇人民政府"]], [1, 1.5, 2], size=9.5,
                        align=["center"] * 3)
                for j in range(1, 4):
                    d.block(P.short(18, 70), head=f"（{j}）", indent=2)
    d.block("附件：", "heading", size=10.5, bold=True, before=10)
    for j, t in enumerate(("清源县地质灾害应急指挥部成员名单", "清源县地质灾害隐患点分布图", "应急联络方式"), 1):
        d.block(f"{j}. {t}", left=30)
    return d


def d_inspection(P, total):
    """检验报告: a form report; every page's head names the lab, the report number and 第N页 共M页; label rows, form
    table, framed conclusion, signer line; results table on page 2, （以下空白）."""
    def top(d, n):
        y = d.H - d.mt + 34
        d.furn("东海市产品质量监督检验研究院", d.ml, y, 10, bold=True)
        d.furn("报告编号：JB2024-0318", d.W - d.mr, y + 6, 8.5, "right")
        d.furn(f"第 {n} 页　共 {d.total or 0} 页", d.W - d.mr, y - 6, 8.5, "right")
        d.rule(d.ml, y - 12, d.W - d.ml - d.mr, 0.8)
    d = Doc("检验报告", "simp", A4, (96, 56, 70, 56), size=10, lead=1.7, total=total, header=top,
            footer=feet("", extra=lambda d, n: d.furn("本报告未经本院书面批准，不得部分复制。", d.ml, d.mb - 26, 7.5)))
    d.block("检　验　报　告", "title", size=22, bold=True, align="center", after=14)
    for line in ("产品名称：家用电热水壶", "委托单位：东海市佳美电器有限公司", "检验类别：委托检验"):
        d.block(line, "meta", size=11, left=90, after=2)
    d.space(10)
    d.table([["样品名称", "家用电热水壶", "商　　标", "佳美"], ["规格型号", "JM-1715　1.7L", "生产日期", "2024-01-12"],
             ["样品数量", "3台", "到样日期", "2024-03-02"], ["检验依据", "GB 4706.1-2005　GB 4706.19-2008", "", ""],
             ["检验项目", "标志和说明、发热、泄漏电流和电气强度等12项", "", ""]], [1, 1.6, 1, 1.2], size=9.5,
            head_rows=0)
    d.block(P.take(60, 180), head="检验结论：", box=True, before=8, after=6)
    d.block(P.take(30, 100), head="备注：", size=9)
    d.space(16)
    d.block("批准：周海峰　　　审核：林静　　　主检：王建", "byline", size=10)
    d.block("签发日期：2024年3月18日", "meta", size=10, align="right", before=4)
    d.new_page()
    d.block("检验结果", "heading", size=13, bold=True, align="center", after=6)
    rows = [["序号", "检验项目", "标准要求", "检验结果", "单项判定"]]
    items = (("标志和说明", "应有额定电压、额定功率及电源性质标志"), ("对触及带电部件的防护", "试验探棒不应触及带电部件"),
             ("输入功率和电流", "偏差不超过额定值的+5%或-10%"), ("发热", "各部位温升不超过规定限值"),
             ("工作温度下的泄漏电流", "不大于0.75mA"), ("工作温度下的电气强度", "1250V 1min 无击穿"),
             ("耐潮湿", "溢水试验后电气强度符合要求"), ("稳定性和机械危险", "倾斜15度不翻倒"),
             ("电源连接和外部软线", "电源线截面积不小于0.75平方毫米"), ("接地措施", "接地电阻不大于0.1Ω"))
    for k, (item, req) in enumerate(items, 1):
        rows.append([str(k), item, req, "符合", "合格"])
    d.table(rows, [0.6, 1.5, 3, 1, 1], size=8.5, align=["center", "left", "left", "center", "center"])
    d.block("（以下空白）", size=9, align="center", furniture=True, before=4)
    d.block("说明：", "heading", size=10, bold=True, before=10)
    for k in range(1, 4):
        d.block(P.short(20, 70), head=f"{k}．", hang=1.5, size=9.5)
    return d


def d_letters(P, total):
    """書信集 (Taiwan script): a narrow 32K book page; letters with salutation, body, 此致 / 敬禮, signer and date;
    per-page footnotes ①; heads differ on odd and even pages; folio at the outer foot corner."""
    d = Doc("致友人書", "tw", K32, (56, 40, 58, 44), size=9.5, lead=1.75, total=total, notes=40,
            header=heads(lambda n: "致友人書" if n % 2 else "", lambda n: "" if n % 2 else "沈南山書信集",
                         rule=False, skip=(1,), size=7.5, odd_even=False),
            footer=feet("{n}", outer=True, size=8, y_off=24))
    d.block("致友人書", "title", size=16, bold=True, align="center", before=20, after=2)
    d.block("（一九四七—一九五二）", "meta", size=9, align="center", after=14)
    marks = iter("①②③④⑤⑥⑦⑧")
    for k, (who, salute, sign) in enumerate((("致陳伯英", "伯英吾兄：", "弟　南山　頓首"), ("致周慕雲", "慕雲先生大鑒：", "沈南山　敬上"),
                                             ("致林靜之", "靜之學弟：", "南山　手書")), 1):
        d.block(f"{'一二三'[k - 1]}　{who}", "heading", size=11, before=10, after=4)
        d.block(salute, "meta")
        for j in range(2 + k % 2):
            text = P.take(60, 220)
            if j == 1:
                m = next(marks)
                cut = text.index("。") + 1 if "。" in text[:-1] else len(text)
                text = text[:cut] + m + text[cut:]
                d.block(text, indent=2, note=m + P.short(14, 50, "。"))
            else:
                d.block(text, indent=2)
        d.block("此致", indent=2)
        d.block("敬禮")
        d.block(sign, "byline", align="right")
        d.block(("十月三日", "三月十二日燈下", "五月廿日")[k - 1], "meta", align="right", after=4)
    return d


def d_itinerary(P, total):
    """旅遊行程 (Taiwan script): agency head with tour code, highlights box, day heads, time lines, meals and hotel
    lines, fee table, numbered notes; foot with the licence line and page number."""
    d = Doc("花東縱谷五日遊", "tw", A4, (80, 50, 64, 50), size=10, lead=1.7, total=total,
            header=heads("山海旅行社　行程表", "团号：TW240518", size=8.5),
            footer=feet("第{n}页", align="right", size=8,
                        extra=lambda d, n: d.furn("山海旅行社股份有限公司　交观甲字第1234号　品保北1088号", d.ml, d.mb - 22, 7.5)))
    d.block("花东纵谷五日游", "title", size=20, bold=True, after=4)
    d.block("出发日期：2024年5月18日（六）　　团费：每人新台币18,900元", "meta", size=9.5, after=8)
    d.block("行程特色", "heading", size=11, bold=True, after=2)
    for _k in range(3):
        d.block(P.short(14, 50, "。"), head="★", hang=1, size=9.5)
    d.space(6)
    days = ("台北→花莲→太鲁阁", "花莲→瑞穗→玉里", "玉里→池上→台东", "台东→知本", "知本→台北")
    for k, route in enumerate(days, 1):
        d.hrule(0.8, 4, 2)
        d.block(f"第{'一二三四五'[k - 1]}天　{route}", "heading", size=12, bold=True, after=3, keep=True)
        for t in ("08:00", "12:30")[: 1 + k % 2]:
            d.block(P.short(10, 40, "。"), head=f"{t}　", hang=3)
        d.block(P.take(50, 200), indent=2, before=2)
        d.block("早餐：饭店内　　午餐：池上便当　　晚餐：风味合菜", size=9)
        d.block(P.short(6, 16, ""), head="住宿：", size=9, after=2)
    d.block("费用说明", "heading", size=12, bold=True, before=8, after=3)
    d.table([["费用包含", "费用不包含"], ["全程游览车、门票、住宿及表列餐食", "个人消费及小费"],
             ["200万履约责任险及20万意外医疗险", "单人房差价每人4,500元"]], [1, 1], size=9)
    d.block("注意事项", "heading", size=12, bold=True, before=8, after=3)
    for k in range(1, 6):
        d.block(P.short(16, 70, "；" if k < 5 else "。"), head=f"{k}. ", hang=1.5, size=9.5)
    return d


def d_sports(P, total):
    """运动会秩序册: B5; cover lines, 竞赛规程 with 一、/（一） heads, schedule table, team lists, a framed map caption."""
    d = Doc("田径比赛秩序册", "simp", B5, (62, 50, 58, 50), size=10, lead=1.7, total=total,
            header=heads(lambda n: "秩序册", lambda n: "江城市第十届全民运动会", skip=(1,), odd_even=True),
            footer=feet("- {n} -", skip=(1,)))
    d.space(40)
    d.block("江城市第十届全民运动会", "meta", size=14, align="center", after=6)
    d.block("田径比赛秩序册", "title", size=24, bold=True, align="center", after=60)
    d.block("主办单位：江城市体育局", "meta", size=11, align="center")
    d.block("承办单位：江城市田径运动协会", "meta", size=11, align="center")
    d.block("二〇二四年十月　江城", "meta", size=11, align="center", before=30)
    d.new_page()
    d.block("竞赛规程", "heading", size=15, bold=True, align="center", after=8)
    for k, big in enumerate(("比赛时间和地点", "参加单位", "竞赛项目", "参赛办法", "录取名次与奖励"), 1):
        d.block(f"{'一二三四五'[k - 1]}、{big}", "heading", size=11, bold=True, before=5, after=2)
        if k == 3:
            d.block("（一）成年组", "heading", size=10.5, before=2)
            d.block(P.short(20, 60, "。"), indent=2)
            d.block("（二）青少年组", "heading", size=10.5, before=2)
            d.block(P.short(20, 60, "。"), indent=2)
        elif k == 4:
            for j in range(1, 4):
                d.block(P.take(30, 120), head=f"（{'一二三'[j - 1]}）", indent=2)
        else:
            d.block(P.take(40, 200), indent=2)
    d.block("竞赛日程", "heading", size=15, bold=True, align="center", before=12, after=6)
    d.table([["日期", "时间", "项目", "组别", "赛次"], ["10月12日", "08:30", "100米", "男子成年组", "预赛"],
             ["", "09:10", "跳远", "女子青少年组", "决赛"], ["", "15:00", "400米", "男子青少年组", "预赛"],
             ["10月13日", "08:30", "100米", "男子成年组", "决赛"], ["", "09:40", "铅球", "女子成年组", "决赛"]],
            [1.2, 0.8, 1, 1.5, 0.8], size=9, align=["center"] * 5)
    d.block("参赛代表队名单", "heading", size=15, bold=True, align="center", before=12, after=6)
    for team in ("江北区", "江南区", "青山县"):
        d.block(f"{team}代表队", "heading", size=10.5, bold=True, before=3)
        d.block("领队：张明　　教练：刘强　陈芳", "meta", size=9.5)
        d.block(P.short(14, 40, "。"), head="运动员：", size=9.5)
    d.block("体育场平面示意图", size=10, align="center", furniture=True, box=True, before=10, left=60, right=60)
    d.block("图1　江城市体育中心体育场平面示意图", size=9, align="center", furniture=True)
    return d


def d_labreport(P, total):
    """实验报告: a course head on every page, a label block, 一、 heads, steps, a data table, Q&A with 答：, a framed
    teacher's comment."""
    d = Doc("物理化学实验报告", "simp", A4, (92, 60, 60, 60), size=10.5, lead=1.75, total=total,
            header=heads("南湖大学实验报告", "课程名称：物理化学实验", skip=(), size=9, y_off=24),
            footer=feet("第{n}页", align="center", size=9))
    d.block("液体饱和蒸气压的测定", "title", size=16, bold=True, align="center", after=8)
    d.block("姓名：赵一鸣　　学号：2022310417　　班级：化学2201", "meta", size=10)
    d.block("实验日期：2024年4月9日　　同组人：钱悦", "meta", size=10, after=8)
    d.block("一、实验目的", "heading", size=11, bold=True, before=4, after=2)
    for k in range(1, 4):
        d.block(P.short(14, 50, "。"), head=f"{k}．", indent=2)
    d.block("二、实验原理", "heading", size=11, bold=True, before=6, after=2)
    d.block(P.take(), indent=2)
    d.block("ln p = -ΔH/(RT) + C", size=10.5, align="center", furniture=True, before=2, after=2)
    d.block(P.take(60, 200), indent=2)
    d.block("三、实验仪器与试剂", "heading", size=11, bold=True, before=6, after=2)
    d.block("恒温槽，等压计，数字压力计，真空泵，无水乙醇（分析纯）", indent=2)
    d.block("四、实验步骤", "heading", size=11, bold=True, before=6, after=2)
    for k in range(1, 5):
        d.block(P.take(30, 120), head=f"（{k}）", indent=2)
    d.block("五、数据记录与处理", "heading", size=11, bold=True, before=6, after=2)
    d.block("表1　不同温度下乙醇的饱和蒸气压", size=9.5, align="center", furniture=True)
    d.table([["t/℃", "T/K", "p/kPa", "ln(p/kPa)"], ["25.0", "298.15", "7.87", "2.063"], ["30.0", "303.15", "10.48", "2.349"],
             ["35.0", "308.15", "13.82", "2.626"], ["40.0", "313.15", "17.99", "2.890"]], [1, 1, 1, 1], size=9,
            align=["center"] * 4)
    d.block(P.take(), indent=2, before=4)
    d.block("六、思考题", "heading", size=11, bold=True, before=6, after=2)
    for k in range(1, 3):
        d.block(P.short(10, 40, "？"), head=f"{k}．")
        d.block(P.take(40, 160), head="答：", indent=2, after=2)
    d.block(P.short(10, 40, "。"), head="教师评语：", box=True, before=10)
    d.block("成绩：＿＿＿＿　　教师签字：＿＿＿＿", size=10, align="right", furniture=True, before=4)
    return d


def d_cookbook(P, total):
    """食譜 (Hong Kong script): A5 book pages; chapter title, recipe heads, 材料 as a borderless two-column table,
    做法 steps, a framed tip, photo captions; category head on every page; folio P.N."""
    d = Doc("家常小菜", "hk", A5, (58, 40, 52, 40), size=9.5, lead=1.7, total=total,
            header=heads(lambda n: "第二章　家常小菜", None, rule=True, skip=(), size=7.5),
            footer=feet("P.{n}", align="right", size=8))
    d.block("家常小菜", "title", size=18, bold=True, after=2)
    d.block(P.take(40, 120), size=9, indent=2, after=8)
    for k, (dish, mats) in enumerate((("蒸水蛋", [["雞蛋", "3隻"], ["清水", "240毫升"], ["鹽", "少許"]]),
                                      ("蒜蓉炒菜心", [["菜心", "300克"], ["蒜頭", "4瓣"], ["油", "1湯匙"], ["糖", "半茶匙"]]),
                                      ("豉汁蒸排骨", [["排骨", "400克"], ["豆豉", "1湯匙"], ["生粉", "2茶匙"]]))):
        d.block(dish, "heading", size=13, bold=True, before=10, after=4, keep=True)
        d.block("材料", "heading", size=10, bold=True, after=1)
        d.table(mats, [2, 1], size=9, head_rows=0, grid=False)
        d.block("做法", "heading", size=10, bold=True, after=1)
        for j in range(1, 4 + k % 2):
            d.block(P.take(20, 90), head=f"{j}. ", hang=1.2)
        if k != 1:
            d.block(P.short(14, 60, "。"), head="小貼士：", size=8.5, box=True, before=4, after=2)
        d.block(f"圖：{dish}成品", size=7.5, align="center", furniture=True, before=2)
    return d


def d_gazetteer(P, total):
    """地方志: 16K two columns, 编 title across, 章 / 节 / 一、 heads, chronicle lines, a statistics table; heads
    differ on odd and even pages, folio ·N·."""
    d = Doc("青川县志", "simp", K16, (62, 44, 56, 44), size=9.5, lead=1.65, total=total,
            header=heads(lambda n: "青川县志", lambda n: "第十二编　交通邮电", skip=(1,), odd_even=True, size=8),
            footer=feet("（{n}）", outer=True, size=8))
    d.space(20)
    d.block("第十二编　交通邮电", "title", size=20, bold=True, align="center", after=16)
    d.columns(2, gap=16)
    d.block(P.take(), indent=2)
    for k, (chap, secs) in enumerate((("公路", ("干线公路", "县乡公路")), ("水运", ("航道",)), ("邮电", ("邮政", "电信")))):
        d.block(f"第{'一二三'[k]}章　{chap}", "heading", size=13, bold=True, align="center", before=10, after=6)
        for j, sec in enumerate(secs):
            d.block(f"第{'一二三'[j]}节　{sec}", "heading", size=11, bold=True, align="center", before=4, after=3)
            d.block(P.take(), indent=2)
            if k == 0 and j == 0:
                d.block("一、国道", "heading", size=10, bold=True, before=2)
                d.block(P.take(), indent=2)
                d.block("二、省道", "heading", size=10, bold=True, before=2)
                d.block(P.take(), indent=2)
                d.block("表12-1　青川县公路里程统计表（单位：公里）", size=8, align="center", furniture=True, before=4)
                d.table([["年份", "国道", "省道", "县乡道"], ["1985", "48", "112", "356"], ["1995", "48", "136", "520"],
                         ["2005", "62", "158", "871"]], [1, 1, 1, 1], size=7.5, align=["center"] * 4)
        if k == 1:
            d.block("大事记略", "heading", size=10, bold=True, before=4, after=2)
            for year in ("1958年", "1972年", "1986年", "1998年"):
                d.block(P.short(14, 50, "。"), head=f"{year}　", hang=4)
    return d


def d_questionnaire(P, total):
    """调查问卷: A4; addressee letter with signer and date, 填写说明 items, 第一部分 heads, questions with option lines
    (□A．… on one or two lines), a rating grid table, an open question with blank rules, a closing line."""
    d = Doc("社区居民公共服务满意度调查问卷", "simp", A4, (70, 64, 66, 64), size=10.5, lead=1.8, total=total,
            header=heads("", "问卷编号：＿＿＿＿＿", rule=False, skip=(), size=8.5),
            footer=feet("第{n}页（共{m}页）", size=9))
    d.block("社区居民公共服务满意度调查问卷", "title", size=17, bold=True, align="center", after=10)
    d.block("尊敬的居民朋友：", "meta")
    d.block(P.take(60, 200), indent=2)
    d.block("河西区社会治理研究课题组", "byline", align="right", before=4)
    d.block("2024年6月", "meta", align="right", after=6)
    d.block("填写说明：", "heading", bold=True, size=10.5)
    for k in range(1, 4):
        d.block(P.short(14, 60), head=f"{k}. ", hang=1.3, size=10)
    qn = 0
    opts = (("A．男", "B．女"), ("A．18-29岁", "B．30-44岁", "C．45-59岁", "D．60岁及以上"),
            ("A．初中及以下", "B．高中或中专", "C．大专", "D．本科", "E．研究生及以上"), ("A．1年以内", "B．1-5年", "C．5年以上"))
    d.block("第一部分　基本信息", "heading", size=12, bold=True, before=8, after=3)
    for o in opts:
        qn += 1
        d.block(P.short(8, 30, "：").replace("；", "："), head=f"{qn}. ", before=2)
        line = "　　".join("□" + x for x in o)
        if len(o) > 4:
            d.block("　　".join("□" + x for x in o[:3]), left=20)
            d.block("　　".join("□" + x for x in o[3:]), left=20)
        else:
            d.block(line, left=20)
    d.block("第二部分　服务评价", "heading", size=12, bold=True, before=8, after=3)
    qn += 1
    d.block("请对以下各项服务打分（在相应格内打“√”）：", head=f"{qn}. ", before=2, after=3)
    d.table([["服务项目", "很满意", "满意", "一般", "不满意"], ["社区卫生服务", "", "", "", ""], ["养老托育服务", "", "", "", ""],
             ["文体活动场所", "", "", "", ""], ["物业与环境卫生", "", "", "", ""]], [2.4, 1, 1, 1, 1], size=9.5,
            align=["left"] + ["center"] * 4)
    for _k in range(2):
        qn += 1
        d.block(P.short(10, 40, "？").replace("；", "？"), head=f"{qn}. ", before=4)
        d.block("□A．是　　□B．否　　□C．不清楚", left=20)
    d.block("第三部分　意见建议", "heading", size=12, bold=True, before=8, after=3)
    qn += 1
    d.block("您对社区公共服务还有哪些意见和建议？", head=f"{qn}. ", before=2)
    for _k in range(3):
        d.space(20)
        x0, x1 = d.colspec[0]
        d.rule(x0 + 20, d.y, x1 - x0 - 20, 0.4)
    d.block("问卷到此结束，感谢您的参与！", "paragraph", size=11, bold=True, align="center", before=20)
    return d


# ----------------------------------------------------------------------------------------------- build

# (design name, function, script, extra pdftotext option sets)
DESIGNS = [
    ("insurance", d_insurance, "simp", ["pdftotext-nopgbrk", "pdftotext-layout-colspacing15"]),
    ("research", d_research, "simp", ["pdftotext-colspacing03"]),
    ("programme", d_programme, "simp", ["pdftotext-l2"]),
    ("survey", d_survey, "simp", ["pdftotext-eol-dos", "pdftotext-f2"]),
    ("digest", d_digest, "simp", ["pdftotext-layout-nopgbrk"]),
    ("church", d_church, "hk", ["pdftotext-layout-colspacing15"]),
    ("hydro", d_hydro, "simp", ["pdftotext-fixed4", "pdftotext-raw-nopgbrk"]),
    ("emergency", d_emergency, "simp", ["pdftotext-f2", "pdftotext-layout-nopgbrk"]),
    ("inspection", d_inspection, "simp", ["pdftotext-enc-gbk"]),
    ("letters", d_letters, "tw", ["pdftotext-eol-dos"]),
    ("itinerary", d_itinerary, "tw", ["pdftotext-f2"]),
    ("sports", d_sports, "simp", ["pdftotext-layout-nopgbrk", "pdftotext-eol-dos"]),
    ("labreport", d_labreport, "simp", ["pdftotext-layout-colspacing15"]),
    ("cookbook", d_cookbook, "hk", ["pdftotext-raw-nopgbrk"]),
    ("gazetteer", d_gazetteer, "simp", ["pdftotext-nopgbrk", "pdftotext-colspacing03"]),
    ("questionnaire", d_questionnaire, "simp", ["pdftotext-fixed4"]),
]
N_DEV = 10
ENCODINGS = ["utf-8", "utf-8-sig", "gb18030", "crlf", "gb18030+crlf"]
OCR = {("p15-003", "pdftotext-raw"), ("p15-006", "pdftotext"), ("p15-012", "pdftotext-layout")}
BIG5_FILES = {("p15-009", "pdftotext")}
OTHER_PARTS = ("b15web", "b15tw")


def encode(text, encoding):
    body = text.replace("\n", "\r\n") if "crlf" in encoding else text
    codec = {"utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "gb18030": "gb18030", "crlf": "utf-8", "gb18030+crlf": "gb18030",
             "big5": "big5"}[encoding.removesuffix("+ocr")]
    return body.encode(codec)


def other_dev15_texts():
    """Unit texts of the other batch-15 parts' dev15 gold, as committed in their branches (nothing if absent)."""
    texts = []
    for branch in OTHER_PARTS:
        ls = subprocess.run(["git", "ls-tree", "-r", "--name-only", branch, "benchmarks/segcorpus/"], cwd=ROOT,
                            capture_output=True, text=True)
        if ls.returncode:
            continue
        names = ls.stdout.split()
        stems = {Path(n).stem for n in names if "/dev15/" in n}
        for n in names:
            if n.startswith("benchmarks/segcorpus/gold/") and Path(n).stem in stems:
                blob = subprocess.run(["git", "show", f"{branch}:{n}"], cwd=ROOT, capture_output=True, text=True).stdout
                texts += [u["text"] for u in json.loads(blob)["units"]]
    return texts


def pools():
    dev_gold = all_stems("dev")
    # the pools hold simplified text (DRCD's traditional paragraphs through t2s); traditional designs convert back
    dev = list(dict.fromkeys(CONVERT["t2s"](p) for p in gold_paragraphs(split_stems("dev"))))
    held = list(dict.fromkeys(CONVERT["t2s"](p) for p in gold_paragraphs(split_stems("held"))))
    chars = set("".join(dev + held))
    ok_s = probe(chars, "STSong-Light")
    ok_t = probe(set("".join(CONVERT["tw"](p) + CONVERT["hk"](p) for p in held + dev)), "MSung-Light")
    dev = [p for p in dev if set(p) <= ok_s and set(CONVERT["tw"](p) + CONVERT["hk"](p)) <= ok_t]
    held = [p for p in held if set(p) <= ok_s and set(CONVERT["tw"](p) + CONVERT["hk"](p)) <= ok_t]
    # held paragraphs: none may share a 15-character stretch with any unit of any development gold file
    random.Random(15).shuffle(held)
    held = held[:900]
    wanted = {}
    for k, p in enumerate(held):
        for g in grams(p):
            wanted.setdefault(g, set()).add(k)
    bad = set()
    texts = [u["text"] for s in dev_gold if (CORPUS / "gold" / f"{s}.json").is_file() and not s.startswith("p15-")
             for u in json.loads((CORPUS / "gold" / f"{s}.json").read_text(encoding="utf-8"))["units"]]
    texts += other_dev15_texts()
    for t in set(texts):
        t = squash(CONVERT["t2s"](t))
        for i in range(len(t) - 14):
            hit = wanted.get(t[i:i + 15])
            if hit:
                bad |= hit
    held = [p for k, p in enumerate(held) if k not in bad]
    print(f"prose pools: dev {len(dev)} paragraphs, held {len(held)} (dropped {len(bad)} sharing a 15-gram with dev gold)")
    return dev, held, texts


def build_design(k, P):
    name, fn, script, _ = DESIGNS[k]
    start = P.i
    d = fn(P, None)
    total = len(d.pages) + 0
    P.i = start
    d = fn(P, total)
    assert len(d.pages) == total, name
    return d


def main(argv):
    only = {int(x) for x in argv[1].split(",")} if len(argv) > 1 else None
    dev, held, dev_texts = pools()
    Pd, Ph = Prose(dev, 1501), Prose(held, 1502)
    docs = []
    for k in range(len(DESIGNS)):
        docs.append(build_design(k, Pd if k < N_DEV else Ph))
    print(f"prose read: dev15 {Pd.i} paragraphs, held15 {Ph.i}")
    for side, P in (("dev15", Pd), ("held15", Ph)):
        counts = {}
        for p in P.used:
            counts[ORIGIN[p]] = counts.get(ORIGIN[p], 0) + 1
        print(f"  {side} prose from", dict(sorted(counts.items())))
    # held15 may share no 15-character stretch with dev gold, the dev15 documents or the other parts' dev15
    dev_grams = set()
    for d in docs[:N_DEV]:
        for o in d.owners:
            dev_grams |= grams(CONVERT["t2s"](o["text"]))
    for t in set(dev_texts):
        dev_grams |= grams(CONVERT["t2s"](t))
    for d in docs[N_DEV:]:
        for o in d.owners:
            shared = grams(CONVERT["t2s"](o["text"])) & dev_grams
            assert not shared, (d.name, sorted(shared)[:3])
    manifest = []
    for k, d in enumerate(docs):
        doc_id = f"p15-{k:03d}"
        name, fn, script, extra = DESIGNS[k]
        split = "dev15" if k < N_DEV else "held15"
        entry = {"id": doc_id, "split": split, "script": script, "design": name, "pages": len(d.pages), "files": []}
        manifest.append(entry)
        if only is not None and k not in only:
            entry["files"] = json.loads((CORPUS / "manifest-dev15-print.json").read_text(encoding="utf-8"))[k]["files"]
            continue
        native = CORPUS / "native" / split
        native.mkdir(parents=True, exist_ok=True)
        pdf = native / f"{doc_id}_pdf.pdf"
        d.finish(pdf)
        stem = pdf.stem
        (CORPUS / "gold" / f"{stem}.json").write_text(
            json.dumps(native_gold(d, stem, f"{name} PDF (reportlab)"), ensure_ascii=False, indent=1) + "\n",
            encoding="utf-8")
        entry["files"].append({"path": f"native/{split}/{pdf.name}", "route": "native", "tool": "reportlab",
                               "encoding": "pdf"})
        reference = extract(pdf, "pdftotext")
        for j, tool in enumerate(["pdftotext", "pdftotext-layout", "pdftotext-raw", *extra]):
            text = extract(pdf, tool)
            encoding = ENCODINGS[(k + j) % len(ENCODINGS)]
            if script != "simp" and "gb18030" in encoding:
                encoding = "crlf" if "crlf" in encoding else "utf-8-sig"
            if tool == "pdftotext-eol-dos":
                encoding = "crlf"
            if tool == "pdftotext-enc-gbk":
                assert text == reference, doc_id
                encoding = "gb18030"
            if tool == "pdftotext-enc-big5":
                assert text == reference, doc_id
                encoding = "big5"
            if (doc_id, tool) in BIG5_FILES:
                text.encode("big5")  # a traditional document that Big5 holds
                encoding = "big5"
            if "-colspacing" in MODES[tool] or "-fixed" in MODES[tool]:  # an option set that changes nothing is no run
                base = "pdftotext-layout" if "-layout" in MODES[tool] else "pdftotext"
                assert text != extract(pdf, base), (doc_id, tool)
            owners = align(d, text, tool)
            if (doc_id, tool) in OCR:
                text, owners = ocr_spaces(text, owners, d, k * 7 + j)
                encoding += "+ocr"
            stem = f"{doc_id}_{tool}"
            gold = text_gold(d, text, owners, stem, f"{name} PDF, pdftotext {' '.join(MODES[tool]) or 'default'}")
            assert "".join(u["text"] for u in gold["units"]) == text
            for u in gold["units"]:
                assert squash(u["text"]) in squash(text)
            folder = CORPUS / "text" / split
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{stem}.txt").write_bytes(encode(text, encoding))
            (CORPUS / "gold" / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                          encoding="utf-8")
            entry["files"].append({"path": f"text/{split}/{stem}.txt", "route": "text", "tool": tool,
                                   "encoding": encoding})
        print(doc_id, name, len(d.pages), "pages", len(entry["files"]), "files")
    (CORPUS / "manifest-dev15-print.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n",
                                                      encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv)
