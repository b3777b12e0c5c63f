"""Batch 13 PRINT part: twelve mainstream print designs, two documents each (ids p13-000 .. p13-023).

Designs 0-7 go to ``dev13``, designs 8-11 only to ``held13``. Every document is typeset with reportlab
(STSong-Light; MSung-Light with the UniCNS-UCS2-H CMap for traditional script) by this script's own ragged-right
line breaker, then read by pdftotext in its default, ``-layout`` and ``-raw`` modes plus one more option set (cycled).
The gold comes from construction: every drawn string has an owner (a content unit or one furniture string), and the
extraction's non-space runs are matched in file order against the drawn pieces (see ``label``).

Prose: CLUENER 2020 (``/work/shared/data/cluener2020/``): ``train.json`` lines 0-3599 for dev13, ``dev.json`` lines
0-669 for held13. Lines that end mid-sentence after a clause mark are joined with the next line; a chunk that does not
end a sentence is dropped; a chunk sharing a 15-character stretch with an accepted one (either side), or with the
paragraph prose of batch 12 (``gold/p12-*.json``, ``gold/w12-*.json``), is refused.

    PYTHONPATH=$PWD:/tmp/b13print_pylib python benchmarks/segcorpus/make_dev13_print.py

Needs reportlab, opencc (traditional documents) and pdftotext (poppler). Deterministic: a rebuild reproduces every
file byte for byte.
"""

from __future__ import annotations

import glob
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from reportlab.lib.pagesizes import A4, A5, B5, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import cidfonts, pdfmetrics
from reportlab.pdfgen import canvas

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "benchmarks" / "segcorpus"
DATA = Path("/work/shared/data/cluener2020")
if not DATA.exists():
    DATA = ROOT.parent / "shared" / "data" / "cluener2020"

SONG = "STSong-Light"
MING = "MSung-Light"
K16 = (185 * mm, 260 * mm)
LETTER = (612, 792)

CLOSE = set("，。、；：？！”’）》」』】…%,.;:?!)")
OPEN = set("（“‘《「『【(")
OK_CHARS = re.compile(r"^[\u4e00-\u9fff，。、；：？！“”‘’（）《》·—A-Za-z0-9 %.,\-]+$")
SENT_END = "。！？"


def register_fonts():
    pdfmetrics.registerFont(cidfonts.UnicodeCIDFont(SONG))
    saved = cidfonts.defaultUnicodeEncodings[MING]
    cidfonts.defaultUnicodeEncodings[MING] = ("cht", "UniCNS-UCS2-H")
    try:
        pdfmetrics.registerFont(cidfonts.UnicodeCIDFont(MING))
    finally:
        cidfonts.defaultUnicodeEncodings[MING] = saved


# ---------------------------------------------------------------- prose

def shingles(text, n=15):
    t = re.sub(r"\s+", "", text)
    return {t[i:i + n] for i in range(max(0, len(t) - n + 1))}


def normal(text):
    text = text.replace(",", "，").replace(";", "；").replace("?", "？").replace("!", "！")
    return re.sub(r"\s+", " ", text).strip()


def cluener(name):
    return [json.loads(line)["text"] for line in (DATA / name).open(encoding="utf-8")]


def chunks(name, lo, hi):
    """Sentence chunks from CLUENER lines lo..hi-1 (lines cut after a clause mark are joined with the next)."""
    out, cur = [], ""
    for text in cluener(name)[lo:hi]:
        text = normal(text)
        if not text or not OK_CHARS.match(text):
            cur = ""
            continue
        cur += text
        if cur[-1] in SENT_END and len(cur) >= 12:
            out.append(cur)
            cur = ""
        elif cur[-1] in "，、；：" and len(cur) < 220:
            continue
        else:
            cur = ""
    return out


def batch12_shingles():
    seen = set()
    for f in sorted(glob.glob(str(CORPUS / "gold" / "p12-*.json")) + glob.glob(str(CORPUS / "gold" / "w12-*.json"))):
        for unit in json.loads(Path(f).read_text(encoding="utf-8"))["units"]:
            if unit["kind"] == "paragraph":
                seen |= shingles(unit["text"])
    return seen


class Prose:
    """Sentences of one side, each handed out once (across all documents of that side)."""

    def __init__(self, sentences, rng):
        self.sents = list(sentences)
        self.used = [False] * len(self.sents)
        self.rng = rng
        self.ok = lambda s: True

    def _next(self, lo, hi, start=0):
        for k in range(start, len(self.sents)):
            s = self.sents[k]
            if not self.used[k] and lo <= len(s) <= hi and self.ok(s):
                self.used[k] = True
                return k, s
        raise SystemExit("prose exhausted")

    def sent(self, lo=10, hi=120):
        return self._next(lo, hi)[1]

    def para(self, lo=60, hi=300):
        target = self.rng.randint(lo, min(hi, lo + 160))
        k, text = self._next(12, hi)
        while len(text) < target:
            try:
                k, nxt = self._next(1, hi - len(text), k + 1)
            except SystemExit:
                break
            text += nxt
        return text

    def item(self, end="。", hi=70):
        s = self.sent(10, hi)
        return s[:-1] + end if end != "。" else s


# ---------------------------------------------------------------- typesetting

def tokens(text):
    """Breakable tokens: a Latin/digit run is one token, CJK one character; closing punctuation sticks to the
    token before, opening punctuation to the token after; spaces are their own tokens."""
    raw = re.findall(r"[A-Za-z0-9][A-Za-z0-9.%\-]*|\s|.", text)
    out, pending = [], ""
    for tok in raw:
        if tok.isspace():
            if pending:
                out.append(pending)
                pending = ""
            out.append(tok)
        elif tok in OPEN:
            pending += tok
        elif tok in CLOSE and out and not out[-1].isspace() and not pending:
            out[-1] += tok
        else:
            out.append(pending + tok)
            pending = ""
    if pending:
        out.append(pending)
    return out


class Doc:
    """A flow of blocks over pages and columns; every drawn string is recorded with its owner."""

    conv_default = staticmethod(lambda t: t)

    def __init__(self, size, margins, font=SONG, fsize=10.5, lead=1.7):
        self.W, self.H = size
        self.ml, self.mr, self.mt, self.mb = margins
        self.font, self.fsize, self.lead = font, fsize, lead
        self.units = []  # [kind, text]
        self.furn = []  # furniture strings
        self.pages = []  # per page: list of ops
        self.notes = {}  # page -> footnote strings
        self.ncols, self.gap = 1, 18
        self.conv = Doc.conv_default
        self.blockpar = False  # block paragraphs: no first-line indent, space after instead
        self._cells = set()
        self.newpage()

    # -- geometry
    def colx(self, c=None):
        c = self.col if c is None else c
        w = (self.W - self.ml - self.mr - self.gap * (self.ncols - 1)) / self.ncols
        return self.ml + c * (w + self.gap), w

    def newpage(self):
        self.pages.append([])
        self.page = len(self.pages) - 1
        self.col = 0
        self.top = self.H - self.mt
        self.y = self.top
        self.ylow = self.y

    def nextcol(self):
        self.ylow = min(self.ylow, self.y)
        if self.col + 1 < self.ncols:
            self.col += 1
            self.y = self.top
        else:
            self.newpage()

    def columns(self, n, gap=18, rule=False):
        if n == self.ncols:
            return
        low = min(self.ylow, self.y)
        if self.ncols > 1 and self.col > 0:
            low = min(low, self.y)
        self.ncols, self.gap = n, gap
        self.col = 0
        self.top = self.y = low
        self.ylow = low
        if rule and n > 1:
            self.rules_cols = True

    def owner(self, kind, text):
        if kind == "furn":
            self.furn.append(text)
            return ("f", len(self.furn) - 1)
        self.units.append([kind, text])
        return ("c", len(self.units) - 1)

    def op_text(self, x, y, s, owner, font=None, size=None, bold=False, page=None):
        page = self.page if page is None else page
        self.pages[page].append(("text", x, y, s, owner, font or self.font, size or self.fsize, bold))

    def op_line(self, x1, y1, x2, y2, w=0.5, page=None):
        self.pages[self.page if page is None else page].append(("line", x1, y1, x2, y2, w))

    def op_rect(self, x, y, w, h, lw=0.6, fill=None, page=None):
        self.pages[self.page if page is None else page].append(("rect", x, y, w, h, lw, fill))

    def width(self, s, size, font=None):
        return pdfmetrics.stringWidth(s, font or self.font, size)

    def space(self, pt):
        self.y -= pt

    def breaklines(self, text, size, first, rest, font=None):
        """Lines of ``text``: the first ``first`` points wide, the others ``rest``; a closing mark may hang."""
        lines, cur, w = [], "", first
        for tok in tokens(text):
            if tok.isspace() and not cur:
                continue
            trial = cur + tok
            core = trial.rstrip("".join(CLOSE))
            if cur and self.width(core.rstrip(), size, font) > w + 0.01:
                lines.append(cur.rstrip())
                cur, w = ("" if tok.isspace() else tok), rest
            else:
                cur = trial
        if cur.strip():
            lines.append(cur.rstrip())
        return lines

    def block(self, segs, size=None, bold=False, align="left", indent=0.0, lindent=0.0, rindent=0.0, before=0.0,
              after=0.0, lead=None, keep=0, font=None, frame=False, pad=0.0):
        """Typeset segments ``[(kind, text, bold)]`` as one block; returns the owners."""
        size = size or self.fsize
        if self.blockpar and indent and segs[-1][0] == "paragraph":
            indent, after = 0, after + size * 0.7
        lead = (lead or self.lead) * size
        font = font or self.font
        owners = []
        chars = []  # (char, owner, bold)
        if len(segs) == 2 and segs[0][0] == "heading" and segs[1][0] == "paragraph":
            # a head run into its paragraph's first line (`【成份】…`, `第二条　合同价款　…`, `第一步：申请　…`) belongs
            # to that paragraph: the corpus convention (batch 10's run-in `第N条` and `【…】` entries, batch 13 web's
            # `问：` / `第一条　`), settled in session 13; the head keeps its bold type
            head, body = self.conv(segs[0][1]), self.conv(segs[1][1])
            own = self.owner("paragraph", head + body)
            owners.append(own)
            chars = [(ch, own, segs[0][2] or bold) for ch in head] + [(ch, own, segs[1][2] or bold) for ch in body]
            segs = ()
        for kind, text, sbold in segs:
            text = self.conv(text)
            own = self.owner(kind, text)
            owners.append(own)
            chars += [(ch, own, sbold or bold) for ch in text]
        text = "".join(ch for ch, _, _ in chars)
        x0, cw = self.colx()
        first = cw - lindent - rindent - indent * size - 2 * pad
        rest = cw - lindent - rindent - 2 * pad
        lines = self.breaklines(text, size, first, rest, font)
        self.y -= before
        need = lead * (min(len(lines), 2) + keep) + pad
        if self.y - need < self.mb:
            self.nextcol()
            x0, cw = self.colx()
        y_start, page_start, col_start = self.y, self.page, self.col
        pos = 0
        for n, line in enumerate(lines):
            if self.y - lead < self.mb + pad:
                self.nextcol()
                x0, cw = self.colx()
            self.y -= lead
            while text[pos].isspace():
                pos += 1
            x = x0 + lindent + pad + (indent * size if n == 0 else 0)
            lw = self.width(line, size, font)
            if align == "center":
                x = x0 + (cw - lw) / 2
            elif align == "right":
                x = x0 + cw - rindent - lw - pad
            # split the line into runs of one owner and one weight
            assert text[pos:pos + len(line)] == line, (text[pos:pos + len(line)], line)
            start = pos
            run_x = x
            k = 0
            while k < len(line):
                own, b = chars[pos + k][1], chars[pos + k][2]
                j = k
                while j < len(line) and chars[pos + j][1] == own and chars[pos + j][2] == b:
                    j += 1
                piece = line[k:j]
                self.op_text(run_x, self.y + size * 0.25, piece, own, font, size, b)
                run_x += self.width(piece, size, font)
                k = j
            pos = start + len(line)
        self.y -= after
        if frame and page_start == self.page and col_start == self.col:
            self.op_rect(x0 + lindent, self.y + after - pad, cw - lindent - rindent, y_start - self.y - after + pad * 2)
        return owners

    def para(self, kind, text, **kw):
        return self.block([(kind, text, False)], **kw)

    def rule(self, w=0.5, before=2, after=4, full=False):
        self.y -= before
        x0, cw = (self.ml, self.W - self.ml - self.mr) if full else self.colx()
        self.op_line(x0, self.y, x0 + cw, self.y, w)
        self.y -= after

    def table(self, rows, widths, size=None, head_bold=True, before=4, after=6, lead=1.6):
        """A grid; every cell is its own furniture string (one line each)."""
        size = size or self.fsize * 0.9
        h = size * lead + 4
        x0, cw = self.colx()
        total = sum(widths)
        widths = [w * cw / total for w in widths]
        self.y -= before
        for r, row in enumerate(rows):
            if self.y - h < self.mb:
                self.nextcol()
                x0, _ = self.colx()
            x = x0
            for cell, w in zip(row, widths, strict=True):
                self.op_rect(x, self.y - h, w, h, 0.4)
                if cell:
                    cell = self.conv(cell)
                    self._cells.add(cell)
                    self.op_text(x + 3, self.y - h + 0.3 * h, cell, self.owner("furn", cell), size=size,
                                 bold=head_bold and r == 0)
                x += w
            self.y -= h
        self.y -= after

    def figure(self, caption, source, height=90, bars=6, rng=None):
        """A bar chart (no text) with its caption above and source line below (furniture)."""
        x0, cw = self.colx()
        if self.y - height - 40 < self.mb:
            self.nextcol()
            x0, cw = self.colx()
        self.para("furn", caption, size=self.fsize * 0.9, align="center", bold=True, before=4)
        x0, cw = self.colx()
        self.y -= 4
        self.op_rect(x0 + 10, self.y - height, cw - 20, height, 0.4)
        rng = rng or random.Random(0)
        bw = (cw - 40) / (bars * 1.6)
        for b in range(bars):
            bh = rng.uniform(0.2, 0.9) * (height - 10)
            self.op_rect(x0 + 20 + b * bw * 1.6, self.y - height + 2, bw, bh, 0.3, fill=0.6)
        self.y -= height
        self.para("furn", source, size=self.fsize * 0.8, after=4)

    def footnote(self, text):
        self.notes.setdefault(self.page, []).append(text)

    # -- page furniture
    def furniture(self, fn):
        """``fn(doc, page_index, npages)`` -> [(text, x, y, size, align, bold)] or ('line', x1, y1, x2, y2, w)."""
        n = len(self.pages)
        for p in range(n):
            for item in fn(self, p, n):
                if item[0] == "line":
                    self.op_line(*item[1:], page=p)
                    continue
                text, x, y, size, align, bold = item
                text = self.conv(text)
                w = self.width(text, size)
                x = x - w if align == "right" else x - w / 2 if align == "center" else x
                self.op_text(x, y, text, self.owner("furn", text), size=size, bold=bold, page=p)
            size = self.fsize * 0.75
            y = self.mb - 6 - size * 1.5
            for k, note in enumerate(self.notes.get(p, [])):
                if k == 0:
                    self.op_line(self.ml, y + size * 1.6, self.ml + 60, y + size * 1.6, 0.4, page=p)
                for line in self.breaklines(note, size, self.W - self.ml - self.mr, self.W - self.ml - self.mr):
                    self.op_text(self.ml, y, line, self.owner("furn", line), size=size, page=p)
                    y -= size * 1.4

    def render(self, path):
        c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
        for ops in self.pages:
            for op in ops:
                if op[0] == "text":
                    _, x, y, s, _, font, size, bold = op
                    t = c.beginText(x, y)
                    t.setFont(font, size)
                    t.setFillGray(0)
                    t.setTextRenderMode(2 if bold else 0)
                    if bold:
                        c.setLineWidth(size * 0.03)
                    t.textOut(s)
                    c.drawText(t)
                    c.setLineWidth(1)
                elif op[0] == "line":
                    c.setLineWidth(op[5])
                    c.line(*op[1:5])
                else:
                    _, x, y, w, h, lw, fill = op
                    c.setLineWidth(lw)
                    if fill is not None:
                        c.setFillGray(fill)
                    c.rect(x, y, w, h, stroke=1, fill=fill is not None)
                    c.setFillGray(0)
            c.showPage()
        c.save()

    def pieces(self):
        """Per page, the drawn pieces [owner, text] in drawing order (cut at whitespace)."""
        out = []
        for ops in self.pages:
            page = []
            for op in ops:
                if op[0] == "text":
                    page += [[op[4], s] for s in op[3].split()]
            out.append(page)
        return out


# ---------------------------------------------------------------- gold

def label(text, doc):
    """Owners of every character of an extraction: runs matched against the drawn pieces."""
    pages = doc.pieces()
    owners = [None] * len(text)
    last = [0] * len(pages)
    for m in re.finditer(r"\S+", text):
        run, at = m.group(), m.start()
        while run:
            cur = next((p for p, pp in enumerate(pages) if any(s for _, s in pp)), None)
            if cur is None:
                raise SystemExit(f"{doc.id}: nothing left for {run!r}")
            hit = None
            order = [cur] + [p for p in range(len(pages)) if p != cur]
            for p in order:
                pp = pages[p]
                n = len(pp)
                idx = [(last[p] + k) % n for k in range(n)] if n else []
                begun = [i for i in idx if pp[i][1] and pp[i][2:] == ["begun"]]
                for test in (str.__eq__, str.startswith, lambda s, r: r.startswith(s)):
                    hit = next((i for i in begun + idx if pp[i][1] and test(pp[i][1], run)), None)
                    if hit is not None:
                        break
                if hit is not None:
                    break
            if hit is None:
                raise SystemExit(f"{doc.id}: cannot place {run!r} at {at}: {text[max(0, at - 80):at + 40]!r}")
            piece = pages[p][hit]
            take = min(len(run), len(piece[1]))
            for k in range(take):
                owners[at + k] = piece[0]
            piece[1] = piece[1][take:]
            if piece[1]:
                del piece[2:]
                piece.append("begun")
            last[p] = hit
            run, at = run[take:], at + take
    left = [(p, s) for p, pp in enumerate(pages) for _, s, *_ in pp if s]
    if left:
        raise SystemExit(f"{doc.id}: pieces left unread: {left[:5]}")
    # whitespace goes with the character before it
    prev = next(o for o in owners if o is not None)
    for i, o in enumerate(owners):
        if o is None:
            owners[i] = prev
        else:
            prev = o
    units, seen = [], set()
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and owners[j] == owners[i]:
            j += 1
        own = owners[i]
        if own[0] == "f":
            units.append({"kind": "debris", "text": text[i:j]})
        else:
            unit = {"kind": doc.units[own[1]][0], "text": text[i:j]}
            if own in seen:
                unit["cont"] = True
            seen.add(own)
            units.append(unit)
        i = j
    return units


CJK = re.compile(r"[\u4e00-\u9fff]")


def ocr_spaces(units, rng):
    """OCR-like spaces: at CJK/Latin-digit boundaries and about a fifth of CJK-CJK gaps, in content units only."""
    out = []
    for u in units:
        if u["kind"] == "debris":
            out.append(u)
            continue
        t, s = u["text"], ""
        for k, ch in enumerate(t):
            s += ch
            if k + 1 < len(t):
                a, b = ch, t[k + 1]
                mixed = (CJK.match(a) and b.isascii() and b.isalnum()) or (CJK.match(b) and a.isascii() and a.isalnum())
                if (mixed and rng.random() < 0.7) or (CJK.match(a) and CJK.match(b) and rng.random() < 0.2):
                    s += " "
        out.append(dict(u, text=s))
    return out


# ---------------------------------------------------------------- designs

SURN = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建国志红文斌宇浩凯晨欣怡佳琪思远博涵梓"
NUMS = "一二三四五六七八九十"


def name(rng):
    return rng.choice(SURN) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def cn(n):
    return NUMS[n - 1] if n <= 10 else "十" + NUMS[n - 11]


def picker(rng, items):
    """Draw from ``items`` without repeats (refilled, reshuffled, when all are used)."""
    pool = []

    def pick():
        if not pool:
            pool.extend(rng.sample(items, len(items)))
        return pool.pop()
    return pick


def date_cn(rng, year=2024):
    return f"{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"


def admissions(doc_no, P, rng):
    """招生简章: header school/title strip, centred title, 一、/（一）/1. heads, items ；, plan table, 2-column majors."""
    school = rng.choice(["江南理工", "东海师范", "西岭工商", "北川医科"]) + "大学"
    if doc_no % 2:
        d = Doc(A4, (30 * mm, 26 * mm, 28 * mm, 24 * mm), fsize=10, lead=1.6)
        d.blockpar = True
    else:
        d = Doc(A4, (22 * mm, 22 * mm, 26 * mm, 22 * mm), fsize=10.5, lead=1.75)
    d.para("title", f"{school}2024年本科招生简章", size=18, bold=True, align="center", after=4)
    d.para("meta", f"（学校代码：10{rng.randint(100, 999)}）", size=10, align="center", after=10)
    d.para("paragraph", P.para(), indent=2)
    sections = [("学校概况", ["办学规模", "师资力量"]), ("招生计划", []), ("录取规则", ["投档原则", "专业安排"]),
                ("收费标准及资助政策", [])]
    for k, (head, subs) in enumerate(sections, 1):
        d.para("heading", f"{cn(k)}、{head}", bold=True, size=12, before=8, after=3, keep=2)
        if not subs:
            d.para("paragraph", P.para(), indent=2)
            if head == "招生计划":
                d.para("furn", f"表1　{school}2024年分省招生计划（部分）", size=9, align="center", bold=True)
                rows = [["省份", "科类", "计划数", "备注"]] + [
                    [p, rng.choice(["物理类", "历史类", "综合改革"]), str(rng.randint(20, 400)), rng.choice(["", "含中外合作", "—"])]
                    for p in rng.sample(["浙江", "江苏", "安徽", "河南", "四川", "湖南", "广东", "山东"], 5)]
                d.table(rows, [2, 2, 1.5, 2.5])
            for j in range(rng.randint(2, 4)):
                d.para("paragraph", f"{j + 1}．" + P.item("；" if j < 2 else "。"), indent=2)
            continue
        for j, sub in enumerate(subs, 1):
            d.para("heading", f"（{cn(j)}）{sub}", indent=2, before=2, keep=1)
            d.para("paragraph", P.para(), indent=2)
    d.para("heading", f"{cn(len(sections) + 1)}、专业介绍", bold=True, size=12, before=8, after=4)
    d.columns(2, gap=16)
    for major in rng.sample(["计算机科学与技术", "临床医学", "汉语言文学", "会计学", "机械工程", "环境科学", "新闻学"], 4):
        d.para("heading", major, bold=True, size=10.5, before=4, keep=2)
        d.para("paragraph", P.para(80, 200), size=9.5, indent=2)
    d.columns(1)
    d.space(8)
    for lab, val in [("招生咨询电话", f"0{rng.randint(510, 579)}-8{rng.randint(1000000, 9999999)}"),
                     ("通讯地址", f"{rng.choice(['浙江省杭州市', '江苏省南京市', '四川省成都市'])}学府路{rng.randint(1, 300)}号"),
                     ("邮政编码", str(rng.randint(210000, 619999)))]:
        d.para("meta", f"{lab}：{val}", lead=1.5)
    d.para("byline", f"{school}招生办公室", align="right", before=10, rindent=10)
    d.para("meta", date_cn(rng), align="right", rindent=10)

    def furn(doc, p, n):
        top = doc.H - 14 * mm
        out = [(school, doc.ml, top, 9, "left", False), ("2024年本科招生简章", doc.W - doc.mr, top, 9, "right", False),
               ("line", doc.ml, top - 4, doc.W - doc.mr, top - 4, 0.8)]
        out.append((f"- {p + 1} -", doc.W / 2, 12 * mm, 9, "center", False))
        return out
    d.furniture(furn)
    return d


def druginsert(doc_no, P, rng):
    """药品说明书: 【X】 bracket heads (own line or run-in), label lines, warning frame, dates top right."""
    drug = rng.choice(["阿莫西林", "布洛芬", "氯雷他定", "奥美拉唑", "二甲双胍"])
    form = rng.choice(["胶囊", "片", "缓释片", "颗粒"])
    runin = doc_no % 2 == 1
    if runin:
        d = Doc(A4, (20 * mm, 20 * mm, 20 * mm, 18 * mm), fsize=9, lead=1.5)
    else:
        d = Doc(A5, (14 * mm, 14 * mm, 14 * mm, 14 * mm), fsize=8.5, lead=1.5)
    d.para("meta", f"核准日期：{date_cn(rng, 2021)}", size=8, align="right")
    d.para("meta", f"修改日期：{date_cn(rng, 2023)}", size=8, align="right", after=6)
    d.para("title", f"{drug}{form}说明书", size=14, bold=True, align="center", after=4)
    d.para("paragraph", "请仔细阅读说明书并在医师指导下使用", size=9, align="center", frame=True, pad=3, after=8,
           bold=True)
    if runin:
        d.columns(2, gap=20)
    lat = {"阿莫西林": "Amoxicillin", "布洛芬": "Ibuprofen", "氯雷他定": "Loratadine", "奥美拉唑": "Omeprazole",
           "二甲双胍": "Metformin"}[drug]
    secs = [("药品名称", [f"通用名称：{drug}{form}", f"英文名称：{lat} {rng.choice(['Tablets', 'Capsules'])}",
                       f"汉语拼音：{rng.choice(['Amoxilin', 'Buluofen', 'Lüleitading'])} Pian"]),
            ("成份", "para"), ("性状", "short"), ("适应症", "para"), ("规格", f"{rng.choice(['0.25', '0.1', '10', '20'])}mg"),
            ("用法用量", "para"), ("不良反应", "items"), ("禁忌", "short"), ("注意事项", "items"),
            ("贮藏", "遮光，密封保存"), ("有效期", f"{rng.choice([24, 36])}个月"),
            ("批准文号", f"国药准字H{rng.randint(20000000, 20239999)}"),
            ("生产企业", [f"企业名称：{rng.choice(['华南', '康泰', '九州', '仁和'])}制药股份有限公司",
                      f"生产地址：{rng.choice(['广东省广州市', '山东省济南市'])}经济开发区{rng.randint(1, 99)}号",
                      f"邮政编码：{rng.randint(250000, 519999)}", f"电话号码：400-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"])]
    for head, body in secs:
        h = f"【{head}】"
        if isinstance(body, list):
            d.para("heading", h, bold=True, before=3, keep=1)
            for line in body:
                d.para("meta", line)
        elif body == "para":
            if runin:
                d.block([("heading", h, True), ("paragraph", P.para(60, 200), False)], before=3)
            else:
                d.para("heading", h, bold=True, before=3, keep=1)
                d.para("paragraph", P.para(60, 200))
        elif body == "items":
            d.para("heading", h, bold=True, before=3, keep=1)
            for j in range(rng.randint(3, 5)):
                d.para("paragraph", f"{j + 1}.{P.item('；' if j % 2 == 0 else '。')}", indent=0, lindent=d.fsize)
        else:
            text = P.item(hi=40) if body == "short" else body
            if runin:
                d.block([("heading", h, True), ("paragraph", text, False)], before=3)
            else:
                d.para("heading", h, bold=True, before=3, keep=1)
                d.para("paragraph", text)

    def furn(doc, p, n):
        if runin:
            return [(f"{drug}{form}说明书　版本号：V{rng.randint(2, 6)}.{p}", doc.ml, 10 * mm, 7, "left", False),
                    (f"{p + 1}/{n}", doc.W - doc.mr, 10 * mm, 7, "right", False)]
        return [(f"第{p + 1}页", doc.W / 2, 8 * mm, 7.5, "center", False)]
    d.furniture(furn)
    return d


def marketreport(doc_no, P, rng):
    """行业调研报告: header band, analysts, 核心发现 bullets, 1/1.1/1.1.1 heads, charts with 图N / 资料来源."""
    ind = rng.choice(["新能源汽车", "预制菜", "智能家居", "跨境电商"])
    firm = rng.choice(["智衡", "远见", "博观"]) + "咨询"
    d = Doc(A4, (24 * mm, 20 * mm, 28 * mm, 24 * mm), fsize=10, lead=1.6)
    d.para("title", f"2024年中国{ind}行业市场调研报告", size=20, bold=True, after=6)
    d.para("heading", "—— 规模、格局与趋势", size=13, after=6)
    d.para("byline", f"分析师：{name(rng)}　{name(rng)}", size=9.5, after=10)
    d.para("heading", "核心发现", size=12, bold=True, keep=2, after=2)
    for _ in range(3):
        d.para("paragraph", "■ " + P.item(hi=90), lindent=8, after=2)
    if doc_no % 2:
        d.columns(2, gap=20)
    figno = 0
    h1 = picker(rng, ["市场概况", "竞争格局", "消费者洞察", "发展趋势", "政策环境"])
    h2 = picker(rng, ["市场规模", "区域分布", "渠道结构", "价格走势", "用户画像", "产品结构", "投融资情况", "进出口"])
    for k in range(1, 4):
        d.para("heading", f"{k}　{h1()}", size=14,
               bold=True, before=12, after=4, keep=2)
        for j in range(1, rng.randint(2, 3) + 1):
            d.para("heading", f"{k}.{j}　{h2()}",
                   size=11, bold=True, before=6, after=2, keep=2)
            if j == 1 and k == 2:
                d.para("heading", f"{k}.{j}.1 头部企业", size=10, bold=True, keep=2)
            d.para("paragraph", P.para(), after=5)
            if (k + j) % 2 == 0:
                figno += 1
                d.figure(f"图{figno}　2019-2023年{ind}市场规模及增速", f"资料来源：国家统计局，{firm}整理", rng=rng)
                d.para("paragraph", P.para(60, 160), after=5)
        if k == 2:
            d.para("furn", f"表1　{ind}主要企业市场份额", size=9, align="center", bold=True, before=4)
            rows = [["排名", "企业", "份额", "同比"]] + [[str(i + 1), f"企业{'ABCDE'[i]}", f"{rng.randint(5, 30)}%",
                                                    f"+{rng.randint(1, 9)}.{rng.randint(0, 9)}pct"] for i in range(4)]
            d.table(rows, [1, 3, 1.5, 1.5])
            d.para("furn", f"注：份额按{rng.choice(['销量', '销售额'])}计算。", size=8, after=6)

    def furn(doc, p, n):
        top = doc.H - 16 * mm
        return [(f"{firm}｜行业研究", doc.ml, top, 9, "left", True), ("2024年" + str(rng.randint(1, 12)) + "月", doc.W - doc.mr, top, 9, "right", False),
                ("line", doc.ml, top - 5, doc.W - doc.mr, top - 5, 1.5),
                ("请务必阅读正文之后的免责声明部分", doc.ml, 12 * mm, 8, "left", False),
                (str(p + 1), doc.W - doc.mr, 12 * mm, 9, "right", False)]
    d.furniture(furn)
    return d


def appliance(doc_no, P, rng):
    """家电使用说明书 (A4 landscape, two columns): safety warnings 警告/注意 bullets, 1 部件 heads, steps, spec and
    trouble tables, model line; running head at alternating sides."""
    prod = rng.choice(["全自动滚筒洗衣机", "变频空调", "嵌入式洗碗机", "智能电饭煲"])
    brand = rng.choice(["美澜", "海川", "格凯", "松宁"])
    d = Doc(landscape(A4), (18 * mm, 18 * mm, 20 * mm, 18 * mm), fsize=9.5, lead=1.55)
    d.para("title", f"{brand}{prod}　使用说明书", size=18, bold=True, align="center")
    d.para("meta", f"型号：{rng.choice(['XQG', 'KFR', 'WQP', 'MB'])}{rng.randint(10, 99)}-{rng.randint(100, 999)}{rng.choice('ABCD')}",
           align="center", after=8)
    d.columns(3 if doc_no % 2 else 2, gap=22 if doc_no % 2 else 28)
    d.para("heading", "安全注意事项", size=13, bold=True, after=3, keep=2)
    d.para("paragraph", P.para(60, 150), after=3)
    for lab in ("警告", "注意"):
        d.para("heading", lab, bold=True, size=10.5, before=3, keep=2)
        for _ in range(rng.randint(2, 3)):
            d.para("paragraph", "● " + P.item(hi=80), lindent=6)
    for k, head in enumerate(["部件名称", "安装与使用", "清洁与保养", "故障排除"], 1):
        d.para("heading", f"{k}　{head}", size=12, bold=True, before=8, after=2, keep=2)
        if head == "安装与使用":
            d.para("heading", "使用步骤", bold=True, keep=2)
            for j in range(4):
                d.para("paragraph", f"{j + 1}. " + P.item(hi=60), lindent=6)
        elif head == "故障排除":
            rows = [["故障现象", "可能原因", "处理方法"], ["不工作", "未接通电源", "检查插头"],
                    ["噪音大", "放置不平", "调整底脚"], ["显示E1", "进水异常", "检查水龙头"]]
            d.table(rows, [2, 2, 2])
            d.para("paragraph", P.para(60, 150))
        else:
            d.para("paragraph", P.para(60, 200))
            if head == "部件名称":
                rows = [["项目", "参数"], ["额定电压", "220V~"], ["额定频率", "50Hz"], ["额定功率", f"{rng.randint(800, 2200)}W"],
                        ["净重", f"{rng.randint(20, 70)}kg"]]
                d.table(rows, [2, 3])
    d.para("meta", f"服务热线：400-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}", before=10)
    d.para("byline", f"{brand}电器股份有限公司", before=2)

    def furn(doc, p, n):
        side = "left" if p % 2 else "right"
        x = doc.ml if p % 2 else doc.W - doc.mr
        return [("使用说明书", x, doc.H - 12 * mm, 8, side, False), (f"- {p + 1} -", x, 10 * mm, 9, side, False)]
    d.furniture(furn)
    return d


def contract(doc_no, P, rng):
    """采购合同: 合同编号 top right, parties label block, 第X条 heads (own line / run-in), 1.1 clauses, items ；,
    two-sided signature block, footer 第N页，共M页 and the number again."""
    no = f"HT-2024-{rng.randint(10, 99):03d}"
    runin = doc_no % 2 == 1
    d = Doc(A4, (25 * mm, 25 * mm, 25 * mm, 25 * mm), fsize=10.5, lead=1.8)
    d.para("meta", f"合同编号：{no}", size=9.5, align="right", after=8)
    goods = rng.choice(["办公设备", "实验仪器", "医用耗材", "信息化系统"])
    d.para("title", f"{goods}采购合同", size=18, bold=True, align="center", after=10)
    a = rng.choice(["东川市第一人民医院", "南湖区教育局", "北辰科技有限公司"])
    b = rng.choice(["恒远贸易有限公司", "博雅仪器有限公司", "启明信息技术有限公司"])
    for lab, val in [("甲方（采购方）", a), ("法定代表人", name(rng)), ("地址", f"{rng.choice(['东川市', '南湖区'])}人民路{rng.randint(1, 200)}号"),
                     ("乙方（供应方）", b), ("法定代表人", name(rng)), ("联系电话", f"1{rng.randint(3000000000, 9999999999)}")]:
        d.para("meta", f"{lab}：{val}", lead=1.6)
    d.para("paragraph", "根据《中华人民共和国民法典》及相关法律法规，甲乙双方经友好协商，就以下事项达成一致，订立本合同。",
           indent=2, before=6)
    heads = ["标的物", "合同价款", "付款方式", "交付与验收", "质量保证", "违约责任", "争议解决", "其他"]
    for k, head in enumerate(heads, 1):
        h = f"第{cn(k)}条　{head}"
        if runin and k % 2 == 0:
            d.block([("heading", h + "　", True), ("paragraph", P.para(60, 180), False)], indent=2, before=3)
            continue
        d.para("heading", h, bold=True, before=5, keep=2)
        if k % 3 == 0:
            for j in range(rng.randint(2, 3)):
                d.para("paragraph", f"（{j + 1}）{P.item('；' if j == 0 else '。', hi=80)}", indent=2)
        else:
            for j in range(rng.randint(1, 2)):
                d.para("paragraph", f"{k}.{j + 1} {P.para(60, 200)}", indent=2)
    d.para("paragraph", "本合同一式肆份，甲乙双方各执贰份，自双方签字盖章之日起生效", indent=2, before=4)
    d.space(14)
    x0, cw = d.colx()
    for left, right in [("甲方（盖章）：", "乙方（盖章）："), ("代表人签字：", "代表人签字："), ("日期：　　年　　月　　日", "日期：　　年　　月　　日")]:
        if d.y - 30 < d.mb:
            d.newpage()
        d.y -= 26
        d.op_text(d.ml, d.y, left, d.owner("meta", left))
        d.op_text(d.ml + cw / 2 + 20, d.y, right, d.owner("meta", right))

    def furn(doc, p, n):
        return [(f"第{p + 1}页，共{n}页", doc.W / 2, 14 * mm, 9, "center", False),
                (f"合同编号：{no}", doc.W - doc.mr, 14 * mm, 7.5, "right", False)]
    d.furniture(furn)
    return d


def whitepaper(doc_no, P, rng):
    """产业白皮书 (16K): publisher and date on the cover block, 前　言 centred, 第X章 centred on new pages, 1.1 / 1.1.1
    heads, shaded 专栏 boxes, running heads alternating book/chapter, folio · N · centred."""
    topic = rng.choice(["工业互联网", "数字乡村", "人工智能安全", "低空经济"])
    d = Doc(K16, (22 * mm, 20 * mm, 24 * mm, 22 * mm), fsize=10, lead=1.75)
    d.blockpar = doc_no % 2 == 1
    d.space(60)
    d.para("byline", f"中国{topic}产业联盟", size=12, align="center", after=20)
    d.para("title", f"{topic}发展白皮书（2024年）", size=22, bold=True, align="center", after=30)
    d.para("meta", f"2024年{rng.randint(1, 12)}月", size=12, align="center")
    d.newpage()
    d.para("heading", "前　言", size=15, bold=True, align="center", after=8)
    for _ in range(2):
        d.para("paragraph", P.para(), indent=2)
    chapters = rng.sample(["发展现状", "技术体系", "应用实践", "挑战与展望"], 3)
    heads = {}
    h2 = picker(rng, ["总体态势", "重点领域", "区域布局", "产业生态", "标准体系", "人才支撑", "安全保障"])
    for k, ch in enumerate(chapters, 1):
        d.newpage()
        heads[d.page] = f"第{cn(k)}章　{ch}"
        d.para("heading", f"第{cn(k)}章　{ch}", size=16, bold=True, align="center", before=10, after=10)
        for j in range(1, 3):
            d.para("heading", f"{k}.{j}　{h2()}", size=12,
                   bold=True, before=6, keep=2)
            if j == 1:
                d.para("heading", f"{k}.{j}.1　{rng.choice(['规模持续扩大', '结构不断优化'])}", bold=True, keep=2)
            d.para("paragraph", P.para(), indent=2)
            d.para("paragraph", P.para(), indent=2)
        d.para("heading", f"专栏{k}　{rng.choice(['典型案例', '企业实践', '地方经验'])}", bold=True, align="center", before=8,
               frame=True, pad=2, keep=2)
        d.para("paragraph", P.para(60, 180), size=9, indent=2, frame=True, pad=6, after=6)

    def furn(doc, p, n):
        if p == 0:
            return []
        chap = ""
        for q in sorted(heads):
            if q <= p:
                chap = heads[q]
        top = doc.H - 14 * mm
        out = [(f"— {p} —", doc.W / 2, 12 * mm, 9, "center", False)]
        if p % 2 == 0:
            out.append((f"{topic}发展白皮书（2024年）", doc.ml, top, 8.5, "left", False))
        elif chap:
            out.append((chap, doc.W - doc.mr, top, 8.5, "right", False))
        out.append(("line", doc.ml, top - 4, doc.W - doc.mr, top - 4, 0.5))
        return out
    d.furniture(furn)
    return d


def newsletter(doc_no, P, rng):
    """企业内刊 (A4, three columns): masthead furniture, article title across, byline, drop cap, pull quote with rules,
    boxed 编者按, second article with its own head inside the columns, folio line at the foot."""
    group = rng.choice(["中联建设", "华信能源", "远航物流"])
    d = Doc(A4, (16 * mm, 16 * mm, 44 * mm, 20 * mm), fsize=9.5, lead=1.6)
    issue = rng.randint(100, 400)
    d.para("title", P.sent(14, 28).rstrip("。！？"), size=20, bold=True, align="center", after=4)
    d.para("byline", f"本报记者　{name(rng)}　通讯员　{name(rng)}", size=9.5, align="center", after=8)
    d.columns(2 if doc_no % 2 else 3, gap=20 if doc_no % 2 else 12)
    d.para("paragraph", "编者按：" + P.para(60, 140), size=9, frame=True, pad=4, after=8)
    first = P.para(100, 220)
    x0, cw = d.colx()
    cap = first[0]
    size = 9.5 * 2.6
    d.y -= size
    own = d.owner("paragraph", first)
    d.op_text(x0, d.y + 2, cap, own, size=size, bold=True)
    d.y += size
    # the rest of the first paragraph, narrowed for three lines beside the drop cap
    nar = d.breaklines(first[1:], 9.5, cw - size - 4, cw - size - 4)[:3]
    at = 1
    for line in nar:
        at = first.index(line, at) + len(line)
    lines = nar + d.breaklines(first[at:].lstrip(), 9.5, cw, cw)
    lead = 9.5 * 1.6
    for n, line in enumerate(lines):
        if d.y - lead < d.mb:
            d.nextcol()
            x0, cw = d.colx()
        d.y -= lead
        d.op_text(x0 + (size + 4 if n < 3 else 0), d.y + 2.4, line, own, size=9.5)
    for k in range(6):
        if k == 2:
            d.rule(1.2, before=4, after=2)
            d.para("furn", "“" + P.sent(16, 40).rstrip("。！？") + "”", size=12, bold=True, align="center")
            d.rule(1.2, before=4, after=6)
        if k == 3:
            d.para("heading", rng.choice(["攻坚一线", "创新驱动", "人物风采"]), size=10.5, bold=True, before=4, keep=2)
        d.para("paragraph", P.para(60, 200), indent=2)
    d.para("heading", P.sent(12, 22).rstrip("。！？"), size=13, bold=True, before=10, after=2, keep=2)
    d.para("byline", f"文／{name(rng)}", size=9, align="right", after=4)
    for _ in range(8):
        d.para("paragraph", P.para(60, 200), indent=2)
    d.para("meta", f"（责任编辑：{name(rng)}）", size=8.5, align="right")

    def furn(doc, p, n):
        out = []
        if p == 0:
            top = doc.H - 18 * mm
            out += [(f"{group}集团报", doc.ml, top, 24, "left", True),
                    (f"第{issue}期", doc.W - doc.mr, top + 10, 9, "right", False),
                    (f"2024年{rng.randint(1, 12)}月{rng.randint(1, 28)}日　星期{rng.choice('一二三四五')}", doc.W - doc.mr, top - 2, 9, "right", False),
                    ("内部资料　免费交流", doc.W - doc.mr, top - 14, 8, "right", False),
                    ("line", doc.ml, top - 20, doc.W - doc.mr, top - 20, 2)]
        out += [("line", doc.ml, 16 * mm, doc.W - doc.mr, 16 * mm, 0.5),
                (f"{p + 2}　{group}集团报　第{issue}期", doc.ml if p % 2 == 0 else doc.W - doc.mr, 11 * mm, 8,
                 "left" if p % 2 == 0 else "right", False)]
        return out
    d.furniture(furn)
    return d


def training(doc_no, P, rng):
    """培训教材章节 (16K, wide outer margin): 第X章 chapter title, 学习目标 box with 1. items ；, 3.1 / 3.1.1 heads,
    marginal notes in the margin (furniture), 案例 box, 思考与练习 questions, footnotes ① under a rule."""
    course = rng.choice(["安全生产管理", "客户服务实务", "仓储物流管理", "基层党务工作"])
    ch = rng.randint(2, 6)
    if doc_no % 2:
        d = Doc(A4, (24 * mm, 48 * mm, 26 * mm, 32 * mm), fsize=10.5, lead=1.6)
        d.blockpar = True
    else:
        d = Doc(K16, (20 * mm, 42 * mm, 24 * mm, 30 * mm), fsize=10, lead=1.7)
    title = f"第{cn(ch)}章　{rng.choice(['基础知识', '工作规范', '风险防控', '实务操作'])}"
    d.para("title", title, size=18, bold=True, before=20, after=12)
    d.para("heading", "学习目标", bold=True, size=11, frame=True, pad=2, keep=3)
    for j in range(3):
        d.para("paragraph", f"{j + 1}. {P.item('；' if j < 2 else '。', hi=60)}", lindent=10)
    d.space(6)
    margin_x = d.W - d.mr + 8
    h1 = picker(rng, ["概念与特征", "基本要求", "工作流程", "常见问题", "管理制度"])
    h2 = picker(rng, ["目的", "适用范围", "职责分工", "操作要点", "检查标准", "记录要求", "考核办法", "应急处置", "持续改进"])
    for k in range(1, 4):
        d.para("heading", f"{ch}.{k}　{h1()}", size=13,
               bold=True, before=10, after=3, keep=2)
        for j in range(1, rng.randint(2, 3) + 1):
            d.para("heading", f"{ch}.{k}.{j}　{h2()}",
                   size=10.5, bold=True, before=3, keep=2)
            text = P.para()
            if j == 1 and k < 3:
                text = text[:-1] + "①" + text[-1]
                d.footnote("① " + P.sent(15, 60))
            d.para("paragraph", text, indent=2)
            if j == 2:
                note = rng.choice(["要点提示", "注意", "记一记"])
                d.op_text(margin_x, d.y + 30, note, d.owner("furn", note), size=8, bold=True)
        if k == 2:
            d.para("heading", f"【案例{ch}-1】", bold=True, before=6, keep=2)
            d.para("paragraph", P.para(80, 220), size=9, lindent=12, rindent=12, frame=True, pad=5)
            d.para("paragraph", "分析：" + P.para(60, 160), indent=2)
    d.para("heading", "思考与练习", size=12, bold=True, before=10, keep=2)
    for j in range(4):
        d.para("paragraph", f"{j + 1}. {P.sent(10, 50).rstrip('。！？')}？", lindent=10)

    def furn(doc, p, n):
        top = doc.H - 15 * mm
        out = [("line", doc.ml, top - 4, doc.W - doc.mr, top - 4, 0.4)]
        if p % 2 == 0:
            out.append((f"{course}培训教程", doc.ml, top, 8.5, "left", False))
            out.append((str(40 + p), doc.W - doc.mr, top, 9, "right", True))
        else:
            out.append((str(40 + p), doc.ml, top, 9, "left", True))
            out.append((title, doc.W - doc.mr, top, 8.5, "right", False))
        return out
    d.furniture(furn)
    return d


# ---- held13 designs

def hkreport(doc_no, P, rng):
    """機構年報 (HK script, A4, two columns): heads by size only, quoted block, finance table, signature, ROC-less
    date, folio strip."""
    org = rng.choice(["香江", "維港", "東隅"]) + "社會服務基金會"
    d = Doc(A4, (20 * mm, 20 * mm, 26 * mm, 22 * mm), font=MING, fsize=10, lead=1.7)
    d.para("title", "主席報告", size=22, bold=True, after=2)
    d.para("heading", "回顧與展望", size=12, after=10)
    if doc_no % 2 == 0:
        d.columns(2, gap=20)
    for k, head in enumerate(rng.sample(["服務發展", "財務狀況", "人力資源", "社區夥伴", "未來路向", "管治架構"], 5)):
        d.para("heading", head, size=12, bold=True, before=8, after=2, keep=2)
        if k == 3:
            d.para("heading", "長者及家庭服務", size=10.5, bold=True, keep=2)
        for _ in range(2):
            d.para("paragraph", P.para())
        if k == 1:
            d.para("paragraph", "「" + P.sent(20, 80)[:-1] + "」", lindent=12, rindent=8, size=10.5, before=4, after=4)
            d.para("furn", "財務摘要（港幣千元）", size=9, bold=True, before=4)
            d.table([["項目", "二零二三年", "二零二二年"], ["收入", f"{rng.randint(10000, 99999):,}", f"{rng.randint(10000, 99999):,}"],
                     ["支出", f"{rng.randint(10000, 99999):,}", f"{rng.randint(10000, 99999):,}"]], [2, 2, 2])
    d.para("paragraph", "本人謹代表董事會，向全體同事及義工致以衷心謝意", before=4)
    d.para("byline", f"主席　{name(rng)}", before=10, align="right")
    d.para("meta", f"香港，二零二四年三月{cn(rng.randint(11, 20))}日", align="right")

    def furn(doc, p, n):
        return [(f"{org}　年報2023　|　{p + 3}", doc.W - doc.mr if p % 2 == 0 else doc.ml, 12 * mm, 8,
                 "right" if p % 2 == 0 else "left", False)]
    d.furniture(furn)
    return d


def guideline(doc_no, P, rng):
    """办事指南: 一、 heads with short content lines (no 。), （一） subheads, 《…》 items ；, materials table,
    第一步： run-in steps, contact labels, footer 编印 line and 第N页共M页 right."""
    city = rng.choice(["临江", "青山", "白沙"]) + "市"
    item = rng.choice(["不动产首次登记", "个体工商户设立登记", "居住证办理", "公积金提取"])
    d = Doc(A4, (26 * mm, 24 * mm, 24 * mm, 24 * mm), fsize=11, lead=1.8)
    d.para("title", f"{city}{item}办事指南", size=17, bold=True, align="center", after=12)
    kind = rng.choice(["行政许可", "公共服务", "行政确认"])
    if doc_no % 2:
        d.block([("heading", "一、事项名称：", True), ("paragraph", item, False)])
        d.block([("heading", "二、事项类型：", True), ("paragraph", kind, False)])
    else:
        d.para("heading", "一、事项名称", bold=True, keep=1)
        d.para("paragraph", item, indent=2)
        d.para("heading", "二、事项类型", bold=True, keep=1)
        d.para("paragraph", kind, indent=2)
    d.para("heading", "三、办理依据", bold=True, keep=1)
    for j, law in enumerate(rng.sample(["《中华人民共和国民法典》", "《不动产登记暂行条例》", "《优化营商环境条例》",
                                        "《居住证暂行条例》"], 3)):
        d.para("paragraph", f"{j + 1}．{law}" + ("；" if j < 2 else "。"), indent=2)
    d.para("heading", "四、办理条件", bold=True, keep=2)
    d.para("heading", "（一）申请人条件", indent=2, keep=1)
    d.para("paragraph", P.para(60, 160), indent=2)
    d.para("heading", "（二）其他条件", indent=2, keep=1)
    d.para("paragraph", P.para(60, 160), indent=2)
    d.para("heading", "五、申请材料", bold=True, keep=2)
    rows = [["序号", "材料名称", "份数", "要求"]] + [[str(i + 1), m, "1", r] for i, (m, r) in enumerate(
        [("申请书", "原件"), ("身份证明", "复印件"), ("权属来源证明", "原件"), ("其他材料", "视情况")])]
    d.table(rows, [1, 4, 1, 2])
    d.para("heading", "六、办理流程", bold=True, keep=2)
    for step in ["第一步：申请", "第二步：受理", "第三步：审核", "第四步：办结"]:
        d.block([("heading", step + "　", True), ("paragraph", P.item(hi=80), False)], indent=2)
    if doc_no % 2:
        d.block([("heading", "七、办理时限：", True), ("paragraph", f"{rng.randint(3, 15)}个工作日", False)])
    else:
        d.para("heading", "七、办理时限", bold=True, keep=1)
        d.para("paragraph", f"{rng.randint(3, 15)}个工作日", indent=2)
    d.para("heading", "八、咨询方式", bold=True, keep=2)
    for lab, val in [("咨询电话", f"0{rng.randint(700, 999)}-{rng.randint(1000000, 9999999)}"),
                     ("办公地址", f"{city}政务服务中心{rng.randint(1, 3)}楼{rng.randint(10, 40)}号窗口"),
                     ("办公时间", "周一至周五 上午9:00-12:00，下午13:30-17:00")]:
        d.para("meta", f"{lab}：{val}", indent=2)

    def furn(doc, p, n):
        return [("line", doc.ml, 18 * mm, doc.W - doc.mr, 18 * mm, 0.5),
                (f"{city}政务服务中心　编印", doc.ml, 13 * mm, 8.5, "left", False),
                (f"第{p + 1}页共{n}页", doc.W - doc.mr, 13 * mm, 8.5, "right", False)]
    d.furniture(furn)
    return d


def researchnote(doc_no, P, rng):
    """券商公司点评: page 1 with a narrow left sidebar (rating, analysts, 市场数据 table) beside the main column,
    投资要点 bullets, 风险提示, header strip and disclaimer footer."""
    co = rng.choice(["宁德新材", "华东医药科技", "中科智造", "南山食品"])
    d = Doc(A4, (18 * mm, 18 * mm, 26 * mm, 22 * mm), fsize=9.5, lead=1.6)
    side_w = 52 * mm
    # sidebar, drawn in a column of its own on page 1
    d.ml, saved = d.ml, d.ml
    d.mr_saved = d.mr
    d.mr = d.W - saved - side_w
    d.para("meta", "投资评级：买入（维持）", bold=True, size=10)
    d.para("meta", f"报告日期：{date_cn(rng)}", size=8.5, after=6)
    for _ in range(2):
        d.para("byline", f"分析师：{name(rng)}", size=8.5)
        d.para("meta", f"执业证书编号：S05{rng.randint(10000000, 99999999)}", size=8)
    d.para("furn", "市场数据", bold=True, size=8.5, before=8)
    d.table([["收盘价（元）", f"{rng.randint(10, 90)}.{rng.randint(10, 99)}"], ["总市值（亿元）", str(rng.randint(50, 900))],
             ["市盈率", f"{rng.randint(8, 60)}.{rng.randint(0, 9)}"]], [3, 2], size=7.5)
    top_y = d.H - d.mt
    d.ml, d.mr = saved + side_w + 8 * mm, d.mr_saved
    d.y = top_y
    d.top = top_y
    d.ylow = top_y
    d.para("title", f"{co}（{rng.randint(600000, 603999)}）：{P.sent(12, 24).rstrip('。！？')}", size=15, bold=True,
           after=8)
    d.para("heading", "投资要点", bold=True, size=11, keep=2)
    for _ in range(3):
        d.block([("paragraph", "■ " + P.para(60, 150), False)], lindent=6, after=3)
    d.para("heading", "盈利预测与投资建议", bold=True, size=11, before=4, keep=2)
    d.para("paragraph", P.para())
    d.newpage()
    d.ml = saved
    d.para("heading", "一、业绩点评", bold=True, size=11, keep=2)
    d.para("paragraph", P.para(), indent=2)
    d.para("paragraph", P.para(), indent=2)
    d.para("furn", "图表1　公司营业收入及同比增速", size=8.5, bold=True, before=4)
    d.table([["", "2022A", "2023A", "2024E", "2025E"], ["营业收入（亿元）"] + [str(rng.randint(20, 90)) for _ in range(4)],
             ["归母净利润（亿元）"] + [f"{rng.randint(1, 9)}.{rng.randint(0, 9)}" for _ in range(4)]], [3, 1, 1, 1, 1])
    d.para("furn", "资料来源：公司公告，研究所", size=7.5, after=6)
    d.para("heading", "风险提示", bold=True, size=11, keep=2)
    d.para("paragraph", P.item(hi=80))
    firm = rng.choice(["国泰", "华兴", "东吴"]) + "证券"

    def furn(doc, p, n):
        top = doc.H - 16 * mm
        return [("公司研究｜公司点评", doc.ml, top, 9, "left", False), ("证券研究报告", doc.W - doc.mr, top, 9, "right", True),
                ("line", doc.ml, top - 4, doc.W - doc.mr, top - 4, 1),
                ("请务必阅读正文之后的信息披露和免责申明", doc.ml, 12 * mm, 7.5, "left", False),
                (f"{firm}　{p + 1} / {n}", doc.W - doc.mr, 12 * mm, 7.5, "right", False)]
    d.furniture(furn)
    return d


def twmuseum(doc_no, P, rng):
    """展覽導覽手冊 (Taiwan script, B5): 展期/地點 labels, 策展人的話 signed, 第一單元 centred unit heads, exhibit
    captions 圖N (furniture), two-column exhibit notes, 參觀須知 items ；, folio at outer corners."""
    mus = rng.choice(["國立歷史", "市立美術", "自然科學"]) + "博物館"
    if doc_no % 2:
        d = Doc(LETTER, (26 * mm, 26 * mm, 24 * mm, 24 * mm), font=MING, fsize=10.5, lead=1.6)
        d.blockpar = True
    else:
        d = Doc(B5, (20 * mm, 20 * mm, 22 * mm, 22 * mm), font=MING, fsize=10, lead=1.75)
    d.para("title", f"{rng.choice(['山海之間', '器物有聲', '時光紋理'])}——{rng.choice(['館藏精品', '臺灣民俗', '近代工藝'])}特展",
           size=18, bold=True, align="center", after=6)
    d.para("meta", f"展期：2024年{rng.randint(1, 6)}月{rng.randint(1, 28)}日至{rng.randint(7, 12)}月{rng.randint(1, 28)}日",
           align="center")
    d.para("meta", f"地點：{mus}{rng.choice(['一樓', '二樓', '三樓'])}特展室", align="center", after=10)
    d.para("heading", "策展人的話", bold=True, size=12, keep=2)
    d.para("paragraph", P.para(), indent=2)
    d.para("byline", f"策展人　{name(rng)}", align="right", after=8)
    unit = picker(rng, ["源起", "交流", "傳承", "新生"])
    piece = picker(rng, ["青花纏枝紋瓶", "木雕神像", "竹編提籃", "刺繡肚兜", "錫製香爐", "交趾陶壁飾"])
    for k in range(1, 3):
        d.columns(1)
        d.para("heading", f"第{cn(k)}單元　{unit()}", size=13, bold=True, align="center",
               before=8, after=4, keep=2)
        d.para("paragraph", P.para(), indent=2)
        d.columns(2, gap=16)
        for j in range(2):
            d.para("furn", f"圖{k * 2 + j - 1}　{piece()}（{rng.choice(['清', '日治時期', '民國'])}）",
                   size=8.5, bold=True)
            d.para("paragraph", P.para(60, 150), size=9.5)
            if j == 0:
                d.nextcol()
    d.columns(1)
    d.para("heading", "參觀須知", bold=True, size=12, before=8, keep=2)
    for j in range(4):
        d.para("paragraph", f"{j + 1}. {P.item('；' if j < 3 else '。', hi=60)}", lindent=10)

    def furn(doc, p, n):
        x = doc.W - doc.mr if p % 2 == 0 else doc.ml
        return [(str(p + 1), x, 12 * mm, 9, "right" if p % 2 == 0 else "left", False),
                (mus, doc.W / 2, doc.H - 12 * mm, 8, "center", False)]
    d.furniture(furn)
    return d


DESIGNS = [("admissions", admissions), ("druginsert", druginsert), ("marketreport", marketreport),
           ("appliance", appliance), ("contract", contract), ("whitepaper", whitepaper), ("newsletter", newsletter),
           ("training", training), ("hkreport", hkreport), ("guideline", guideline), ("researchnote", researchnote),
           ("twmuseum", twmuseum)]
SCRIPT = {"hkreport": "s2hk", "twmuseum": "s2tw"}

EXTRAS = [("nopgbrk", ["-nopgbrk"]), ("fixed4", ["-fixed", "4"]), ("enc-gbk", ["-enc", "GBK"]),
          ("raw-nopgbrk", ["-raw", "-nopgbrk"]), ("eol-dos", ["-eol", "dos"]), ("layout-nopgbrk", ["-layout", "-nopgbrk"]),
          ("colspacing03", ["-colspacing", "0.3"]), ("colspacing15", ["-colspacing", "1.5"])]
ENCODINGS = ["utf-8", "utf-8-sig", "gb18030", "crlf", "gb18030+crlf"]
OCR = {"p13-003_pdftotext-raw", "p13-010_pdftotext", "p13-019_pdftotext-layout"}


def pdftotext(pdf, args):
    out = subprocess.run(["pdftotext", *args, str(pdf), "-"], capture_output=True, check=True).stdout
    return out


def probe(font, chars, tmp):
    """Characters that pdftotext gives back unchanged in ``font``."""
    d = Doc(A4, (20 * mm, 20 * mm, 20 * mm, 20 * mm), font=font)
    chars = sorted(chars)
    per = 40
    lines = ["".join(chars[i:i + per]) for i in range(0, len(chars), per)]
    y = d.H - 30
    for line in lines:
        if y < 40:
            d.newpage()
            y = d.H - 30
        d.op_text(30, y, " ".join(line), ("f", 0), size=10)
        y -= 16
    pdf = tmp / f"probe-{font}.pdf"
    d.render(pdf)
    got = pdftotext(pdf, ["-raw"]).decode("utf-8").split()
    return set(got) & set(chars)


_CC = {}


def convert(text, script):
    if script == "simp":
        return text
    if script not in _CC:
        import opencc
        _CC[script] = opencc.OpenCC(f"{script}.json")
    return _CC[script].convert(text)


def build():
    register_fonts()
    held = chunks("dev.json", 0, 670)
    dev = chunks("train.json", 0, 3600)
    b12 = batch12_shingles()
    # the whole of the other side's file is out of bounds (batch 13's other parts take dev13 prose from train.json
    # and held13 prose from dev.json too; CLUENER repeats some sentences across its files)
    other = {}
    for side, name in (("held", "train.json"), ("dev", "dev.json")):
        other[side] = set()
        for line in cluener(name):
            other[side] |= shingles(line) | shingles(normal(line))
    sides, taken = {}, set()
    for side, sents in (("held", held), ("dev", dev)):
        keep = []
        for s in sents:
            sh = shingles(s)
            if sh & taken or sh & b12 or sh & other[side]:
                continue
            taken |= sh
            keep.append(s)
        sides[side] = keep
    tmp = Path(tempfile.mkdtemp(prefix="b13print_"))
    allchars = set("".join(sides["dev"] + sides["held"]))
    good_song = probe(SONG, allchars, tmp)
    trad = set(convert("".join(sides["held"]), "s2hk") + convert("".join(sides["held"]), "s2tw"))
    good_ming = probe(MING, trad, tmp)
    pools = {}
    for side in ("dev", "held"):
        sents = list(sides[side])
        random.Random(13 if side == "dev" else 131).shuffle(sents)
        pools[side] = Prose(sents, None)
    manifest = []
    only = {int(a) for a in sys.argv[1].split(",")} if len(sys.argv) > 1 else None
    for n in range(24):
        k = n // 2
        if only is not None and n not in only:
            continue
        dname, fn = DESIGNS[k]
        split = "dev13" if k < 8 else "held13"
        script = SCRIPT.get(dname, "simp")
        did = f"p13-{n:03d}"
        rng = random.Random(1300 + n)
        prose = pools["dev" if k < 8 else "held"]
        prose.rng = rng
        if script == "simp":
            prose.ok = lambda s: set(s) <= good_song
        else:
            prose.ok = lambda s, script=script: set(convert(s, script)) <= good_ming
        Doc.conv_default = (lambda t, script=script: convert(t, script))
        doc = fn(n, prose, rng)
        doc.id = did
        ndir, tdir = CORPUS / "native" / split, CORPUS / "text" / split
        ndir.mkdir(parents=True, exist_ok=True)
        tdir.mkdir(parents=True, exist_ok=True)
        pdf = ndir / f"{did}_pdf.pdf"
        doc.render(pdf)
        files = [{"path": f"native/{split}/{pdf.name}", "route": "native", "tool": "reportlab", "encoding": "pdf"}]
        content = [{"kind": kind, "text": t} for kind, t in doc.units]
        write_gold(f"{did}_pdf", f"{dname} PDF (reportlab)", content, furniture=list(dict.fromkeys(
            f for f in doc.furn if not is_cell(doc, f))))
        extra = EXTRAS[n % len(EXTRAS)]
        if extra[0] == "enc-gbk" and script != "simp":
            extra = EXTRAS[(n + 1) % len(EXTRAS)]
        modes = [("", []), ("layout", ["-layout"]), ("raw", ["-raw"]), extra]
        for m, (mode, args) in enumerate(modes):
            stem = f"{did}_pdftotext" + (f"-{mode}" if mode else "")
            raw = pdftotext(pdf, args)
            if mode == "enc-gbk":
                text = raw.decode("gbk")
                if text != pdftotext(pdf, []).decode("utf-8"):
                    raise SystemExit(f"{stem}: GBK output differs")
                enc = "gb18030"
            else:
                text = raw.decode("utf-8")
                enc = ENCODINGS[(n + m) % len(ENCODINGS)] if mode != "eol-dos" else "crlf"
                if script != "simp" and enc.startswith("gb18030"):
                    enc = "crlf"
            text = text.replace("\r\n", "\n")
            units = label(text, doc)
            if stem in OCR:
                units = ocr_spaces(units, random.Random(stem))
                text = "".join(u["text"] for u in units)
            data = text
            if enc in ("crlf", "gb18030+crlf"):
                data = text.replace("\n", "\r\n")
            codec = {"utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "gb18030": "gb18030", "crlf": "utf-8",
                     "gb18030+crlf": "gb18030"}[enc]
            (tdir / f"{stem}.txt").write_bytes(data.encode(codec) if mode != "eol-dos" else raw)
            write_gold(stem, f"{dname} PDF, pdftotext" + (f" {mode}" if mode else ""), units)
            check(tdir / f"{stem}.txt", units, codec)
            label_enc = enc + ("+ocr" if stem in OCR else "")
            files.append({"path": f"text/{split}/{stem}.txt", "route": "text", "tool": "pdftotext" + (f"-{mode}" if mode else ""),
                          "encoding": label_enc})
        manifest.append({"id": did, "split": split, "script": script, "design": dname, "pages": len(doc.pages),
                         "files": files})
        print(did, dname, split, len(doc.pages), "pages", len(doc.units), "units", flush=True)
    if only is not None:
        return
    (CORPUS / "manifest-dev13-print.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n",
                                                      encoding="utf-8")
    check_disjoint()


def is_cell(doc, text):
    return text in doc._cells


def write_gold(stem, source, units, furniture=None):
    gold = {"doc_id": stem, "source": source, "units": units}
    if furniture is not None:
        gold["furniture"] = furniture
    (CORPUS / "gold" / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                  encoding="utf-8")


def check(path, units, codec):
    text = path.read_bytes().decode(codec).replace("\r\n", "\n")
    assert "".join(u["text"] for u in units) == text, path
    flat = re.sub(r"\s+", "", text)
    for u in units:
        assert re.sub(r"\s+", "", u["text"]) in flat, (path, u)


def check_disjoint():
    """dev13 and held13 p13 paragraphs share no 15-character stretch, nor with batch 12's paragraph prose."""
    import opencc
    t2s = opencc.OpenCC("t2s.json").convert
    side = {"dev13": set(), "held13": set()}
    for doc in json.loads((CORPUS / "manifest-dev13-print.json").read_text(encoding="utf-8")):
        gold = json.loads((CORPUS / "gold" / f"{doc['id']}_pdf.json").read_text(encoding="utf-8"))
        for u in gold["units"]:
            if u["kind"] == "paragraph":
                side[doc["split"]] |= shingles(t2s(u["text"]))
    assert not side["dev13"] & side["held13"], sorted(side["dev13"] & side["held13"])[:5]
    b12 = batch12_shingles()
    assert not (side["dev13"] | side["held13"]) & b12, sorted((side["dev13"] | side["held13"]) & b12)[:5]


if __name__ == "__main__":
    sys.exit(build())
