"""Batch 12, PRINT part: twelve mainstream print designs in genres no earlier batch used, two documents each.

    PYTHONPATH=$PWD python benchmarks/segcorpus/make_dev12_print.py          # rebuild (byte for byte)

Needs reportlab, opencc (``pip install --target DIR opencc`` and DIR on PYTHONPATH) and poppler's pdftotext.
Designs 0-7 (``p12-000`` .. ``p12-015``) go to ``dev12``, designs 8-11 (``p12-016`` .. ``p12-023``) to ``held12``
only. Prose: MSRA NER test data (``/work/shared/data/msra_ner/msra_test_bio``): dev12 documents take blocks 0-2199,
held12 documents blocks 2200 onwards. Every drawn string is recorded with its owner (a content unit, one line at a
time, or one furniture string); each extraction's non-space runs are matched against the drawn strings in file order
and the gold of a text file is the file cut at owner changes (see README, "Batch 12 (mainstream, print)").
"""

from __future__ import annotations

import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from reportlab.lib.pagesizes import A4, A5, B5, letter
from reportlab.lib.units import mm
from reportlab.pdfbase import cidfonts, pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
DATA = Path("/work/shared/data")
MSRA = DATA / "msra_ner" / "msra_test_bio"
PD_FILES = [DATA / "peoples_daily_ner" / "example.dev", DATA / "peoples_daily_ner" / "example.test"]
DEV_BLOCKS = 2200
SEED = 1212

cidfonts.defaultUnicodeEncodings["MSung-Light"] = ("cht", "UniCNS-UCS2-H")   # reportlab's default (UniGB) reads back empty
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
pdfmetrics.registerFont(UnicodeCIDFont("MSung-Light"))

CLOSING = set("，。、；：？！）》」』”’,.;:?!%）】")
LATIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.%/:\-]*|.", re.S)


# ----------------------------------------------------------------------------------------------- prose

def read_blocks() -> list[str]:
    blocks, cur = [], []
    for line in MSRA.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                blocks.append("".join(cur))
            cur = []
        else:
            cur.append(line.split("\t")[0].split(" ")[0])
    if cur:
        blocks.append("".join(cur))
    return blocks


def read_pd() -> str:
    out = []
    for path in PD_FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(line.split()[0])
            else:
                out.append("\n")
    return "".join(out)


def grams(text: str, n: int = 15) -> set[str]:
    return {text[i:i + n] for i in range(len(text) - n + 1)}


def sentences(block: str) -> list[str]:
    return [s for s in re.findall(r"[^。！？]*[。！？]+[”’」』）]*", block) if s.strip()]


def paragraphs(blocks: list[str], rng: random.Random) -> list[str]:
    out, cur = [], ""
    for block in blocks:
        for sent in sentences(block):
            if len(sent) > 300 or re.search(r"[\s\u3000]", sent):
                cur = ""
                continue
            if len(cur) + len(sent) > 300:
                if len(cur) >= 60:
                    out.append(cur)
                cur = ""
            cur += sent
            if len(cur) >= rng.randint(60, 220):
                out.append(cur)
                cur = ""
    return out


class Prose:
    """Paragraph pools for one side; each paragraph is used once."""

    def __init__(self, pool: list[str], rng: random.Random):
        self.pool, self.rng, self.pos = pool, rng, 0
        self.convert = None

    def para(self, lo: int = 60, hi: int = 300) -> str:
        for i in range(self.pos, len(self.pool)):
            p = self.pool[i]
            if lo <= len(p) <= hi:
                self.pool[i], self.pool[self.pos] = self.pool[self.pos], self.pool[i]
                self.pos += 1
                return self.convert(p) if self.convert else p
        raise SystemExit("prose pool exhausted")

    def sentence(self, hi: int = 60) -> str:
        for i in range(self.pos, len(self.pool)):
            s = sentences(self.pool[i])
            if s and len(s[0]) <= hi:
                self.pool[i], self.pool[self.pos] = self.pool[self.pos], self.pool[i]
                self.pos += 1
                return self.convert(s[0]) if self.convert else s[0]
        raise SystemExit("prose pool exhausted")


# ----------------------------------------------------------------------------------------------- layout

class Doc:
    """Content units, furniture strings and the drawn strings of one PDF."""

    def __init__(self, size, font: str):
        self.size, self.font = size, font
        self.units: list[dict] = []      # {"kind", "text"} content units, document order
        self.furn: list[dict] = []       # {"text", "listed"} furniture strings
        self.pages: list[list] = []      # per page: ops ("text", owner, x, y, s, size, bold) / ("line"...) / ("rect"...)

    def unit(self, kind: str, text: str) -> int:
        self.units.append({"kind": kind, "text": text})
        return len(self.units) - 1

    def furniture(self, text: str, listed: bool = True) -> str:
        self.furn.append({"text": text, "listed": listed})
        return f"f{len(self.furn) - 1}"


def width(s: str, size: float, font: str) -> float:
    return pdfmetrics.stringWidth(s, font, size)


def break_lines(text: str, avail: float, size: float, font: str, indent: float = 0.0) -> list[str]:
    """Ragged-right breaking: Latin/digit runs never split, closing punctuation hangs at the line end."""
    lines, cur, w = [], "", indent
    for tok in LATIN.findall(text):
        tw = width(tok, size, font)
        if cur and w + tw > avail and tok not in CLOSING:
            lines.append(cur)
            cur, w = "", 0.0
            if tok.isspace():
                continue
        cur += tok
        w += tw
    if cur:
        lines.append(cur)
    return lines


class Flow:
    """Flows blocks over columns and pages."""

    def __init__(self, doc: Doc, margins, cols: int = 1, gutter: float = 6 * mm, first_top: float | None = None,
                 rule: bool = False):
        self.doc = doc
        self.left, self.right, self.top, self.bottom = margins
        self.cols, self.gutter, self.rule = cols, gutter, rule
        self.pw, self.ph = doc.size
        self.new_page()
        if first_top is not None:
            self.y = first_top

    @property
    def colw(self) -> float:
        return (self.pw - self.left - self.right - (self.cols - 1) * self.gutter) / self.cols

    def x0(self) -> float:
        return self.left + self.col * (self.colw + self.gutter)

    def new_page(self):
        self.doc.pages.append([])
        self.col = 0
        self.y = self.ph - self.top
        self.col_top = self.y

    def next_col(self):
        if self.col + 1 < self.cols:
            self.col += 1
            self.y = self.col_top
        else:
            self.new_page()

    def set_columns(self, cols: int, gutter: float | None = None, rule: bool | None = None):
        self.cols = cols
        if gutter is not None:
            self.gutter = gutter
        if rule is not None:
            self.rule = rule
        self.col, self.col_top = 0, self.y
        ops = self.doc.pages[-1]
        ops.append(("colstart", self.y, cols))

    def space(self, pts: float):
        if self.y < self.ph - self.top - 1:
            self.y -= pts

    def need(self, pts: float):
        if self.y - pts < self.bottom:
            self.next_col()

    def block(self, owner, text: str, size: float = 10.5, lead: float = 1.6, indent: float = 0.0,
              align: str = "left", bold: bool = False, before: float = 0.0, after: float = 0.0,
              keep: int = 0, pad: float = 0.0, span: bool = False, font: str | None = None):
        font = font or self.doc.font
        self.space(before)
        avail = (self.pw - self.left - self.right if span else self.colw) - 2 * pad
        lines = break_lines(text, avail, size, font, indent * size)
        if keep:
            self.need(size * lead * (min(len(lines), 2) + keep))
        for i, line in enumerate(lines):
            self.need(size * lead)
            self.y -= size * lead
            x = (self.left if span else self.x0()) + pad
            w = width(line, size, font)
            if align == "center":
                x += (avail - w) / 2
            elif align == "right":
                x += avail - w
            elif i == 0:
                x += indent * size
            self.doc.pages[-1].append(("text", owner, x, self.y + size * 0.25, line, size, bold, font))
        self.y -= after
        return lines

    def box(self, items: list[tuple], pad: float = 6.0, lw: float = 0.8):
        """A framed group of blocks (owner, text, kwargs) kept in one column."""
        h = 2 * pad
        for _owner, text, kw in items:
            size, lead = kw.get("size", 10.5), kw.get("lead", 1.6)
            n = len(break_lines(text, self.colw - 2 * pad, size, self.doc.font, kw.get("indent", 0) * size))
            h += n * size * lead + kw.get("before", 0) + kw.get("after", 0)
        self.space(4)
        self.need(h)
        top = self.y
        self.y -= pad
        for owner, text, kw in items:
            self.block(owner, text, pad=pad, **kw)
        self.y -= pad
        self.doc.pages[-1].append(("rect", self.x0(), self.y, self.colw, top - self.y, lw))
        self.y -= 6

    def table(self, rows: list[list[str]], widths: list[float], size: float = 9.0, lead: float = 1.7,
              before: float = 4.0, after: float = 6.0):
        self.space(before)
        self.need(size * lead * len(rows) + 2)
        x0 = self.x0()
        tw = sum(widths)
        ops = self.doc.pages[-1]
        ops.append(("line", x0, self.y, x0 + tw, self.y, 0.8))
        for r, row in enumerate(rows):
            self.y -= size * lead
            x = x0
            for cell, cw in zip(row, widths, strict=True):
                owner = self.doc.furniture(cell, listed=False)
                ops.append(("text", owner, x + 2, self.y + size * 0.45, cell, size, r == 0, self.doc.font))
                x += cw
            if r == 0:
                ops.append(("line", x0, self.y, x0 + tw, self.y, 0.4))
        ops.append(("line", x0, self.y - 1, x0 + tw, self.y - 1, 0.8))
        self.y -= after


def render(doc: Doc, path: Path, furniture_fn) -> list[tuple[int, str, str]]:
    """Draw the pages; furniture_fn(page, total) gives (heads, feet): ("line", x1, y1, x2, y2, w) or
    ("furn", text, x, y, size, bold, align) items, drawn before and after the page's body."""
    c = canvas.Canvas(str(path), pagesize=doc.size, invariant=1)
    c.setAuthor("segcorpus batch 12")
    drawn: list[tuple[int, str, str]] = []
    total = len(doc.pages)

    def text(page, owner, x, y, s, size, bold=False, font=None, align="left"):
        font = font or doc.font
        if align == "center":
            x -= width(s, size, font) / 2
        elif align == "right":
            x -= width(s, size, font)
        t = c.beginText()
        t.setFont(font, size)
        t.setTextRenderMode(2 if bold else 0)
        t.setTextOrigin(x, y)
        t.textOut(s)
        c.setLineWidth(0.3 if bold else 1)
        c.drawText(t)
        drawn.append((page, str(owner), s))

    def op(page, item):
        if item[0] == "line":
            c.setLineWidth(item[5])
            c.line(*item[1:5])
        elif item[0] == "rect":
            c.setLineWidth(item[5])
            c.rect(*item[1:5])
        elif item[0] == "furn":
            _, s, x, y, size, bold, align = item
            text(page, doc.furniture(s), x, y, s, size, bold, None, align)
        elif item[0] == "text":
            _, owner, x, y, s, size, bold, font = item
            text(page, owner, x, y, s, size, bold, font)

    for p, ops in enumerate(doc.pages):
        heads, feet = furniture_fn(p, total)
        for item in heads + ops + feet:
            op(p, item)
        c.showPage()
    c.save()
    return drawn


# ----------------------------------------------------------------------------------------------- gold

def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def align(text: str, drawn: list[tuple[int, str, str]], where: str) -> list[str | None]:
    """Owner of every character of ``text`` (whitespace: the owner of the character before it)."""
    items = [(p, o, piece) for p, o, s in drawn for piece in s.split()]   # pdftotext may print pieces apart
    pos = [0] * len(items)
    owners: list[str | None] = [None] * len(text)

    def pick(run: str) -> int:
        unfinished = [i for i, it in enumerate(items) if pos[i] < len(it[2])]
        if not unfinished:
            raise SystemExit(f"{where}: run {run!r} after every drawn string was read")
        page = items[unfinished[0]][0]
        for pool in ([i for i in unfinished if items[i][0] == page], unfinished):
            ordered = [i for i in pool if pos[i] > 0] + [i for i in pool if pos[i] == 0]
            for test in (lambda r: r == run, lambda r: r.startswith(run), lambda r: run.startswith(r)):
                for i in ordered:
                    if test(items[i][2][pos[i]:]):
                        return i
        raise SystemExit(f"{where}: cannot place run {run!r}")

    for m in re.finditer(r"\S+", text):
        run, at = m.group(), m.start()
        while run:
            i = pick(run)
            rem = items[i][2][pos[i]:]
            n = min(len(rem), len(run))
            for k in range(n):
                owners[at + k] = items[i][1]
            pos[i] += n
            run, at = run[n:], at + n
    left = [items[i][2][pos[i]:] for i in range(len(items)) if pos[i] < len(items[i][2])]
    if left:
        raise SystemExit(f"{where}: unread drawn strings {left[:5]}")
    last = next((o for o in owners if o is not None), None)
    for k, o in enumerate(owners):
        if o is None:
            owners[k] = last
        else:
            last = o
    return owners


def ocr_spaces(text: str, owners: list, rng: random.Random) -> tuple[str, list]:
    """Spaces the way an OCR engine leaves them: at most CJK/Latin-digit boundaries and at some CJK gaps
    inside one content unit; never inside a Latin or digit run."""
    out, own = [], []
    for k, ch in enumerate(text):
        if k and out and not ch.isspace() and not text[k - 1].isspace() and owners[k] == owners[k - 1] \
                and not str(owners[k]).startswith("f"):
            a, b = text[k - 1], ch
            cjk_a, cjk_b = "\u4e00" <= a <= "\u9fff", "\u4e00" <= b <= "\u9fff"
            lat_a, lat_b = a.isascii() and a.isalnum(), b.isascii() and b.isalnum()
            if (cjk_a and lat_b) or (lat_a and cjk_b):
                if rng.random() < 0.8:
                    out.append(" ")
                    own.append(owners[k - 1])
            elif cjk_a and cjk_b and rng.random() < 0.2:
                out.append(" ")
                own.append(owners[k - 1])
        out.append(ch)
        own.append(owners[k])
    return "".join(out), own


def text_gold(doc: Doc, text: str, owners: list) -> list[dict]:
    units, seen = [], set()
    for k, ch in enumerate(text):
        o = owners[k]
        if units and units[-1]["_o"] == o:
            units[-1]["text"] += ch
            continue
        if o.startswith("f"):
            u = {"kind": "debris", "text": ch, "_o": o}
        else:
            u = {"kind": doc.units[int(o)]["kind"], "text": ch, "_o": o}
            if o in seen:
                u["cont"] = True
            seen.add(o)
        units.append(u)
    for u in units:
        del u["_o"]
    return units


# ----------------------------------------------------------------------------------------------- designs

SURNAMES = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰萍红建文辉力国志宁晨欣怡浩然子轩雨涵思远嘉诚"
PLACES = ["东川", "临江", "南溪", "云阳", "安平", "金沙", "宁远", "永和", "清河", "白鹭", "海宁", "松原"]
NUM = "一二三四五六七八九十"


def cn(n: int) -> str:
    if n <= 10:
        return NUM[n - 1]
    return ("" if n < 20 else NUM[n // 10 - 1]) + "十" + (NUM[n % 10 - 1] if n % 10 else "")


def name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


class Ctx:
    def __init__(self, n: int, prose: Prose, rng: random.Random, script: str):
        self.n, self.prose, self.rng, self.script = n, prose, rng, script
        self.font = "STSong-Light" if script == "simp" else "MSung-Light"
        self.cv = prose.convert or (lambda s: s)

    def t(self, s: str) -> str:
        """Invented text in the document's script."""
        return self.cv(s)


def d_worksummary(x: Ctx):
    """Personal year-end work summary: A4, 12 pt, first-line indent, company strip on top of every page."""
    r, t = x.rng, x.t
    doc = Doc(A4, x.font)
    place = r.choice(PLACES)
    company = t(f"{place}{r.choice(['华信', '远航', '恒通', '博达'])}科技有限公司")
    dept = t(r.choice(["市场部", "行政部", "财务部", "技术部"]))
    who = name(r)
    fl = Flow(doc, (30 * mm, 28 * mm, 32 * mm, 30 * mm))
    fl.block(doc.unit("title", t(f"{dept}2023年度个人工作总结")), t(f"{dept}2023年度个人工作总结"),
             size=18, bold=True, align="center", after=6)
    by = t(f"{dept}　{who}")
    fl.block(doc.unit("byline", by), by, size=12, align="center", after=10)
    lead = 1.9 if x.n % 2 else 1.75
    for h in range(4):
        head = t(f"{cn(h + 1)}、" + ["主要工作完成情况", "存在的问题与不足", "经验与体会", "2024年工作计划"][h])
        fl.block(doc.unit("heading", head), head, size=12, bold=True, before=8, keep=1, lead=lead, indent=2)
        for _ in range(r.randint(2, 3)):
            p = x.prose.para()
            fl.block(doc.unit("paragraph", p), p, size=12, indent=2, lead=lead)
    sig = t(f"总结人：{who}")
    fl.block(doc.unit("byline", sig), sig, size=12, align="right", before=16, lead=lead)
    date = f"2024年1月{r.randint(3, 15)}日"
    fl.block(doc.unit("meta", date), date, size=12, align="right", lead=lead)
    pw, ph = doc.size

    def furn(p, total):
        heads = [("furn", company, 30 * mm, ph - 20 * mm, 9, False, "left"),
                 ("furn", t("内部资料"), pw - 28 * mm, ph - 20 * mm, 9, False, "right"),
                 ("line", 30 * mm, ph - 22 * mm, pw - 28 * mm, ph - 22 * mm, 0.5)]
        feet = [("furn", f"第 {p + 1} 页 共 {total} 页", pw / 2, 16 * mm, 9, False, "center")]
        return heads, feet
    return doc, furn


def d_insurance(x: Ctx):
    """Insurance policy terms: A4, two columns of 8.5 pt with a column rule, numbered clauses 1 / 1.1."""
    r, t = x.rng, x.t
    doc = Doc(A4, x.font)
    insurer = t(f"{r.choice(['中和', '安泰', '国寿安', '平远'])}人寿保险股份有限公司")
    product = t(f"{insurer[:2]}{r.choice(['福满堂', '金如意', '康宁', '鑫享'])}{r.choice(['终身寿险', '两全保险', '年金保险'])}（分红型）")
    fl = Flow(doc, (18 * mm, 18 * mm, 26 * mm, 22 * mm))
    fl.block(doc.furniture(insurer), insurer, size=11, align="center", span=True, after=2)
    fl.block(doc.unit("title", t(f"{product}条款")), t(f"{product}条款"), size=15, bold=True, align="center", span=True)
    note = t(f"（{r.choice(['2022', '2023'])}年{r.randint(2, 11)}月报备）")
    fl.block(doc.unit("meta", note), note, size=9, align="center", span=True, after=4)
    guide = t("阅读指引：本阅读指引有助于您理解条款，对本合同内容的解释以条款为准。")
    fl.block(doc.unit("paragraph", guide), guide, size=9, span=True, lead=1.5, after=6)
    fl.set_columns(2, 7 * mm, rule=True)
    top0 = fl.col_top
    heads = ["您与我们的合同", "我们提供的保障", "保险费的支付", "现金价值权益", "保险金的申请"]
    for h, head in enumerate(heads):
        hd = f"{h + 1}　" + t(head)
        fl.block(doc.unit("heading", hd), hd, size=10, bold=True, before=6, keep=1, lead=1.5)
        for k in range(r.randint(2, 3)):
            sub = f"{h + 1}.{k + 1}　" + t(r.choice(["合同构成", "合同成立与生效", "投保年龄", "保险期间", "犹豫期",
                                                      "基本保险金额", "宽限期", "保单贷款", "诉讼时效", "受益人"]))
            fl.block(doc.unit("heading", sub), sub, size=8.5, bold=True, before=3, keep=1, lead=1.5)
            for _ in range(r.randint(1, 3)):
                p = x.prose.para(60, 220)
                fl.block(doc.unit("paragraph", p), p, size=8.5, lead=1.5, indent=0 if x.n % 2 else 2, after=2)
    pw, ph = doc.size

    def furn(p, total):
        heads = [("furn", product + t("条款"), 18 * mm, ph - 16 * mm, 8, False, "left"),
                 ("furn", insurer, pw - 18 * mm, ph - 16 * mm, 8, False, "right"),
                 ("line", 18 * mm, ph - 18 * mm, pw - 18 * mm, ph - 18 * mm, 0.6)]
        heads.append(("line", pw / 2, top0 if p == 0 else ph - 26 * mm, pw / 2, 22 * mm, 0.3))
        feet = [("furn", f"第{p + 1}页/共{total}页", pw - 18 * mm, 12 * mm, 8, False, "right")]
        return heads, feet
    return doc, furn


def d_resume(x: Ctx):
    """Résumé: A4, name as the title, a contact line, section heads over a rule, dated entries and bullets."""
    r, t = x.rng, x.t
    doc = Doc(A4, x.font)
    who = name(r)
    fl = Flow(doc, (22 * mm, 22 * mm, 22 * mm, 20 * mm))
    fl.block(doc.unit("title", who), who, size=22, bold=True, after=4)
    phone = f"1{r.randint(30, 89)}-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}"
    contact = t(f"求职意向：{r.choice(['新闻编辑', '市场专员', '行政助理', '项目经理'])}　|　电话：{phone}　|　邮箱："
                f"{r.choice(['li', 'wang', 'zhang', 'chen'])}{r.randint(80, 99)}@example.com")
    fl.block(doc.unit("meta", contact), contact, size=9.5, after=8)
    secs = ["教育背景", "工作经历", "项目经历", "获奖情况", "自我评价"]
    pw = doc.size[0]
    for s_ in secs:
        hd = t(s_)
        fl.block(doc.unit("heading", hd), hd, size=13, bold=True, before=10, keep=2, lead=1.4)
        doc.pages[-1].append(("line", 22 * mm, fl.y - 3, pw - 22 * mm, fl.y - 3, 0.8))
        fl.y -= 6
        if s_ == "自我评价":
            p = x.prose.para(80, 200)
            fl.block(doc.unit("paragraph", p), p, size=10.5, lead=1.6)
            continue
        for _ in range(2 if s_ != "获奖情况" else 1):
            y0 = r.randint(2010, 2019)
            org = t(f"{r.choice(PLACES)}{r.choice(['大学', '日报社', '传媒集团', '信息技术有限公司', '师范学院'])}")
            entry = f"{y0}.{r.randint(1, 12):02d} – {y0 + r.randint(1, 4)}.{r.randint(1, 12):02d}　{org}"
            if s_ == "获奖情况":
                entry = t(f"{y0}年　校级优秀学生干部；{y0 + 1}年　{org}年度先进个人")
            fl.block(doc.unit("meta", entry), entry, size=10.5, bold=s_ != "获奖情况", before=4, keep=1, lead=1.6)
            if s_ == "获奖情况":
                continue
            for _ in range(r.randint(1, 2)):
                b = "● " + x.prose.sentence(70) if x.n % 2 else "・" + x.prose.sentence(70)
                b = b.replace("・", "- ")
                fl.block(doc.unit("paragraph", b), b, size=10, lead=1.55, pad=4)

    def furn(p, total):
        heads = [("furn", t("个人简历") + " / RESUME", pw - 22 * mm, doc.size[1] - 14 * mm, 8, False, "right")]
        return heads, ([("furn", f"- {p + 1} -", pw / 2, 12 * mm, 8, False, "center")] if total > 1 else [])
    return doc, furn


def d_lessonplan(x: Ctx):
    """Lesson plan: A4, 11 pt, a basic-data table, 一、/（一） heads, numbered goals; school strip on every page."""
    r, t = x.rng, x.t
    doc = Doc(A4, x.font)
    school = t(f"{r.choice(PLACES)}市第{cn(r.randint(1, 12))}中学")
    subj = t(r.choice(["高一语文", "八年级道德与法治", "高二历史", "七年级地理"]))
    fl = Flow(doc, (25 * mm, 25 * mm, 30 * mm, 25 * mm))
    title = t(f"《{r.choice(['新闻的写作', '家乡的变化', '走进社区', '改革开放的历程'])}》教学设计")
    fl.block(doc.unit("title", title), title, size=16, bold=True, align="center", after=2)
    by = t(f"{school}　{name(r)}")
    fl.block(doc.unit("byline", by), by, size=10.5, align="center", after=6)
    fl.table([[t("课型"), t("新授课"), t("课时"), t("1课时")],
              [t("授课班级"), t(f"{r.randint(1, 3)}年级{r.randint(1, 9)}班"), t("授课时间"), f"2023.{r.randint(9, 12)}.{r.randint(1, 28)}"]],
             [28 * mm, 50 * mm, 28 * mm, 50 * mm], size=10)
    heads = ["教学目标", "教学重点与难点", "教学过程", "板书设计", "教学反思"]
    for h, head in enumerate(heads):
        hd = t(f"{cn(h + 1)}、{head}")
        fl.block(doc.unit("heading", hd), hd, size=12, bold=True, before=6, keep=1, lead=1.7)
        if head == "教学目标":
            for g in range(3):
                p = f"{g + 1}．" + x.prose.sentence(80)
                fl.block(doc.unit("paragraph", p), p, size=11, indent=2, lead=1.7)
        elif head == "教学过程":
            for k, sub in enumerate(["导入新课", "讲授新课", "课堂小结", "布置作业"]):
                sh = t(f"（{cn(k + 1)}）{sub}")
                fl.block(doc.unit("heading", sh), sh, size=11, bold=True, indent=2, keep=1, lead=1.7)
                p = x.prose.para()
                fl.block(doc.unit("paragraph", p), p, size=11, indent=2, lead=1.7)
        else:
            p = x.prose.para()
            fl.block(doc.unit("paragraph", p), p, size=11, indent=2, lead=1.7)
    pw, ph = doc.size

    def furn(p, total):
        heads = [("furn", school + t("教案"), 25 * mm, ph - 20 * mm, 9, False, "left"),
                 ("furn", subj, pw - 25 * mm, ph - 20 * mm, 9, False, "right"),
                 ("line", 25 * mm, ph - 22 * mm, pw - 25 * mm, ph - 22 * mm, 0.5)]
        return heads, [("furn", str(p + 1), pw / 2, 14 * mm, 9, False, "center")]
    return doc, furn


def d_proposal(x: Ctx):
    """Event plan: Letter, block paragraphs with space between, 1. / 1.1 heads, a schedule table, foot line."""
    r, t = x.rng, x.t
    doc = Doc(letter, x.font)
    brand = t(r.choice(["悦享", "绿源", "智行", "家和"]))
    fl = Flow(doc, (24 * mm, 24 * mm, 24 * mm, 26 * mm))
    title = t(f"{brand}品牌2024年春季{r.choice(['社区推广', '线下体验', '公益'])}活动策划方案")
    fl.block(doc.unit("title", title), title, size=19, bold=True, after=4)
    meta = t(f"策划部门：市场部　　提交日期：2023年12月{r.randint(1, 28)}日　　版本：V{r.randint(1, 3)}.0")
    fl.block(doc.unit("meta", meta), meta, size=9.5, after=6)
    doc.pages[-1].append(("line", 24 * mm, fl.y, doc.size[0] - 24 * mm, fl.y, 1.5))
    fl.y -= 8
    heads = ["活动背景", "活动目标", "活动内容", "时间安排", "预算与保障"]
    for h, head in enumerate(heads):
        hd = f"{h + 1}. " + t(head)
        fl.block(doc.unit("heading", hd), hd, size=14, bold=True, before=8, keep=1, lead=1.5)
        if head == "时间安排":
            fl.table([[t("阶段"), t("时间"), t("主要工作")],
                      [t("筹备"), "3.1-3.10", t("场地与物料")],
                      [t("执行"), "3.11-3.25", t("现场活动")],
                      [t("总结"), "3.26-3.31", t("数据复盘")]], [30 * mm, 40 * mm, 60 * mm], size=9.5)
            continue
        for k in range(r.randint(1, 2)):
            if k or r.random() < 0.5:
                sh = f"{h + 1}.{k + 1} " + t(r.choice(["目标人群", "传播渠道", "现场流程", "合作资源", "风险预案"]))
                fl.block(doc.unit("heading", sh), sh, size=11, bold=True, before=4, keep=1, lead=1.5)
            p = x.prose.para()
            fl.block(doc.unit("paragraph", p), p, size=10.5, lead=1.55, after=8)
    pw = doc.size[0]

    def furn(p, total):
        feet = [("line", 24 * mm, 18 * mm, pw - 24 * mm, 18 * mm, 0.5),
                ("furn", t(f"{brand}公司市场部 | 内部方案，请勿外传"), 24 * mm, 13 * mm, 8, False, "left"),
                ("furn", f"Page {p + 1} of {total}", pw - 24 * mm, 13 * mm, 8, False, "right")]
        return [], feet
    return doc, furn


def d_bondnotice(x: Ctx):
    """Bond issue announcement: A4, securities line, boxed board declaration, terms table, 特此公告, signature."""
    r, t = x.rng, x.t
    doc = Doc(A4, x.font)
    place = r.choice(PLACES)
    co = t(f"{place}{r.choice(['城建投资', '交通发展', '能源控股', '水务集团'])}股份有限公司")
    code = f"{r.choice([1, 6])}{r.randint(10000, 99999)}"
    fl = Flow(doc, (25 * mm, 25 * mm, 25 * mm, 25 * mm))
    sec = t(f"证券代码：{code}　　证券简称：{place}{r.choice(['城投', '交投', '能源'])}　　公告编号：临2023-0{r.randint(10, 99)}")
    fl.block(doc.unit("meta", sec), sec, size=9.5, after=8)
    title = t(f"{co}2023年面向专业投资者公开发行公司债券（第{cn(r.randint(1, 3))}期）发行公告")
    fl.block(doc.unit("title", title), title, size=15, bold=True, align="center", after=6, lead=1.5)
    decl = t("本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、"
             "准确性和完整性承担个别及连带责任。")
    fl.box([(doc.unit("paragraph", decl), decl, {"size": 10.5, "indent": 2, "lead": 1.6})], pad=6)
    hd = t("重要提示")
    fl.block(doc.unit("heading", hd), hd, size=11, bold=True, before=4, keep=1, lead=1.7)
    for k in range(3):
        p = f"{k + 1}．" + x.prose.para(60, 200)
        fl.block(doc.unit("paragraph", p), p, size=10.5, indent=2, lead=1.7)
    for h, head in enumerate(["本期债券发行的基本情况", "发行对象与认购办法", "发行人和主承销商"]):
        hd = t(f"{cn(h + 1)}、{head}")
        fl.block(doc.unit("heading", hd), hd, size=11, bold=True, before=6, keep=1, lead=1.7, indent=2)
        if h == 0:
            fl.table([[t("项目"), t("内容")], [t("发行规模"), t(f"不超过{r.randint(5, 30)}亿元（含）")],
                      [t("票面金额"), t("100元")], [t("债券期限"), t(f"{r.choice([3, 5, 7])}年期")],
                      [t("信用等级"), "AA+"]], [40 * mm, 80 * mm], size=9.5)
        for _ in range(r.randint(1, 2)):
            p = x.prose.para()
            fl.block(doc.unit("paragraph", p), p, size=10.5, indent=2, lead=1.7)
    end = t("特此公告。")
    fl.block(doc.unit("paragraph", end), end, size=10.5, indent=2, lead=1.7)
    fl.block(doc.unit("byline", t(f"{co}董事会")), t(f"{co}董事会"), size=10.5, align="right", before=10, lead=1.7)
    date = f"2023年{r.randint(3, 11)}月{r.randint(1, 28)}日"
    fl.block(doc.unit("meta", date), date, size=10.5, align="right", lead=1.7)
    pw, ph = doc.size

    def furn(p, total):
        heads = [("furn", t(f"{co}"), pw - 25 * mm, ph - 16 * mm, 8, False, "right")] if p else []
        return heads, [("furn", str(p + 1), pw / 2, 14 * mm, 9, False, "center")]
    return doc, furn


def d_brief(x: Ctx):
    """Research brief: B5, a header band, a boxed key-points panel across, then two columns; page-1 footnote."""
    r, t = x.rng, x.t
    doc = Doc(B5, x.font)
    inst = t(f"{r.choice(PLACES)}{r.choice(['发展研究院', '社会科学院', '经济研究中心'])}")
    issue = t(f"2023年第{r.randint(5, 30)}期（总第{r.randint(200, 400)}期）")
    fl = Flow(doc, (16 * mm, 16 * mm, 30 * mm, 28 * mm))
    title = t(r.choice(["关于推进县域商业体系建设的几点建议", "提升城市更新质量的调查与思考", "农村电商发展的现状与对策"]))
    fl.block(doc.unit("title", title), title, size=16, bold=True, align="center", span=True, lead=1.5)
    by = t(f"{name(r)}　{name(r)}")
    fl.block(doc.unit("byline", by), by, size=10, align="center", span=True, after=4)
    kp = t("核心观点")
    items = [(doc.unit("heading", kp), kp, {"size": 10.5, "bold": True, "lead": 1.5})]
    for _ in range(3):
        b = "● " + x.prose.sentence(90)
        items.append((doc.unit("paragraph", b), b, {"size": 9.5, "lead": 1.5}))
    saved = fl.cols
    fl.cols = 1
    fl.box(items, pad=7, lw=1.2)
    fl.cols = saved
    fl.set_columns(2, 6 * mm)
    for h in range(4):
        hd = t(f"{cn(h + 1)}、" + ["基本情况", "主要问题", "原因分析", "对策建议"][h])
        fl.block(doc.unit("heading", hd), hd, size=10.5, bold=True, before=5, keep=1, lead=1.6)
        for _ in range(r.randint(2, 3)):
            p = x.prose.para()
            fl.block(doc.unit("paragraph", p), p, size=9.5, indent=2, lead=1.6)
    pw, ph = doc.size
    note = t(f"* 作者单位：{inst}。本文仅代表作者个人观点。")

    def furn(p, total):
        heads = [("furn", inst + t("　研究简报"), 16 * mm, ph - 16 * mm, 9, True, "left"),
                 ("furn", issue, pw - 16 * mm, ph - 16 * mm, 9, False, "right"),
                 ("line", 16 * mm, ph - 19 * mm, pw - 16 * mm, ph - 19 * mm, 1.6)] if p == 0 else \
                [("furn", t("研究简报"), 16 * mm if p % 2 else pw - 16 * mm, ph - 16 * mm, 8, False,
                  "left" if p % 2 else "right")]
        feet = [("furn", str(p + 1), pw - 16 * mm if p % 2 == 0 else 16 * mm, 12 * mm, 9, False,
                 "right" if p % 2 == 0 else "left")]
        if p == 0:
            feet = [("line", 16 * mm, 22 * mm, 60 * mm, 22 * mm, 0.4),
                    ("furn", note, 16 * mm, 18 * mm, 7.5, False, "left")] + feet
        return heads, feet
    return doc, furn


def d_application(x: Ctx):
    """Scholarship application letter: A4, 14 pt, wide leading, salutation, 此致 / 敬礼！, signature and date."""
    r, t = x.rng, x.t
    doc = Doc(A4, x.font)
    fl = Flow(doc, (28 * mm, 26 * mm, 30 * mm, 28 * mm))
    title = t(r.choice(["国家励志奖学金申请书", "奖学金申请书", "助学金申请书"]))
    fl.block(doc.unit("title", title), title, size=20, bold=True, align="center", after=10)
    sal = t(r.choice(["尊敬的学院领导：", "尊敬的评审老师："]))
    fl.block(doc.unit("paragraph", sal), sal, size=14, lead=2.0)
    for _ in range(r.randint(4, 5)):
        p = x.prose.para(60, 240)
        fl.block(doc.unit("paragraph", p), p, size=14, indent=2, lead=2.0)
    for s_, ind in ((t("此致"), 2), (t("敬礼！"), 0)):
        fl.block(doc.unit("paragraph", s_), s_, size=14, indent=ind, lead=2.0)
    who = t(f"申请人：{name(r)}")
    fl.block(doc.unit("byline", who), who, size=14, align="right", before=10, lead=2.0)
    date = f"2023年{r.randint(9, 11)}月{r.randint(1, 28)}日"
    fl.block(doc.unit("meta", date), date, size=14, align="right", lead=2.0)
    pw = doc.size[0]

    def furn(p, total):
        return [], [("furn", t(f"第{p + 1}页"), pw / 2, 15 * mm, 10, False, "center")]
    return doc, furn


def d_handbook(x: Ctx):
    """Employee handbook chapter: A5, 9.5 pt, 第N节 heads centred, 第N条 clauses; alternating running heads."""
    r, t = x.rng, x.t
    doc = Doc(A5, x.font)
    co = t(f"{r.choice(PLACES)}{r.choice(['恒达', '联创', '嘉禾'])}集团")
    chap = t(f"第{cn(r.randint(2, 6))}章　{r.choice(['考勤与休假', '薪酬与福利', '培训与发展', '行为规范'])}")
    fl = Flow(doc, (16 * mm, 14 * mm, 20 * mm, 18 * mm))
    fl.block(doc.unit("title", chap), chap, size=14, bold=True, align="center", after=8, lead=1.5)
    art = r.randint(10, 20)
    for s_ in range(3):
        sec = t(f"第{cn(s_ + 1)}节　" + ["一般规定", "具体要求", "管理与监督"][s_])
        fl.block(doc.unit("heading", sec), sec, size=10.5, bold=True, align="center", before=6, keep=1, lead=1.6)
        for _ in range(r.randint(2, 3)):
            p = t(f"第{cn(art)}条　") + x.prose.para(60, 220)
            art += 1
            fl.block(doc.unit("paragraph", p), p, size=9.5, indent=2, lead=1.65)
    pw, ph = doc.size
    book = co + t("员工手册")

    def furn(p, total):
        if p == 0:
            return [], [("furn", str(p + 31), pw / 2, 10 * mm, 8, False, "center")]
        odd = p % 2 == 0
        heads = [("furn", chap if odd else book, pw / 2, ph - 13 * mm, 8, False, "center"),
                 ("line", 16 * mm, ph - 15 * mm, pw - 14 * mm, ph - 15 * mm, 0.3)]
        feet = [("furn", str(p + 31), pw - 14 * mm if odd else 16 * mm, 10 * mm, 8, False,
                 "right" if odd else "left")]
        return heads, feet
    return doc, furn


def d_casestudy(x: Ctx):
    """Teaching case: A4, case-library strip, boxed abstract, 一、 heads, a data table, 思考题; copyright foot line."""
    r, t = x.rng, x.t
    doc = Doc(A4, x.font)
    fl = Flow(doc, (24 * mm, 24 * mm, 28 * mm, 28 * mm))
    co = t(f"{r.choice(PLACES)}{r.choice(['乳业', '物流', '家电', '文旅'])}")
    title = t(f"{co}的转型之路")
    fl.block(doc.unit("title", title), title, size=18, bold=True, align="center", after=4)
    by = t(f"{name(r)}，{name(r)}")
    fl.block(doc.unit("byline", by), by, size=10.5, align="center", after=6)
    ab = t("摘　要：") + x.prose.para(80, 200)
    kw = t("关键词：转型升级；") + t(r.choice(["数字化；组织变革", "品牌建设；渠道", "供应链；风险管理"]))
    fl.box([(doc.unit("paragraph", ab), ab, {"size": 9.5, "lead": 1.6}),
            (doc.unit("meta", kw), kw, {"size": 9.5, "lead": 1.6, "before": 2})], pad=8, lw=0.5)
    for h in range(4):
        hd = t(f"{cn(h + 1)}、" + ["公司背景", "面临的挑战", "转型举措", "初步成效"][h])
        fl.block(doc.unit("heading", hd), hd, size=12, bold=True, before=6, keep=1, lead=1.7)
        for _ in range(r.randint(1, 2)):
            p = x.prose.para()
            fl.block(doc.unit("paragraph", p), p, size=10.5, indent=2, lead=1.75)
        if h == 3:
            fl.block(doc.furniture(t("表1　主要经营指标")), t("表1　主要经营指标"), size=9, align="center", before=4)
            fl.table([[t("年份"), t("营业收入（亿元）"), t("净利润（亿元）")], ["2021", "12.4", "0.8"],
                      ["2022", "15.1", "1.2"]], [30 * mm, 45 * mm, 45 * mm], size=9, before=0)
    hd = t("思考题")
    fl.block(doc.unit("heading", hd), hd, size=12, bold=True, before=6, keep=1, lead=1.7)
    for q in range(3):
        p = f"{q + 1}．" + x.prose.sentence(80)
        fl.block(doc.unit("paragraph", p), p, size=10.5, indent=2, lead=1.75)
    pw, ph = doc.size
    lib = t(f"{r.choice(PLACES)}大学管理学院案例库　编号：CASE-2023-0{r.randint(10, 99)}")

    def furn(p, total):
        heads = [("furn", lib, 24 * mm, ph - 18 * mm, 8, False, "left"),
                 ("line", 24 * mm, ph - 20 * mm, pw - 24 * mm, ph - 20 * mm, 0.4)]
        feet = [("furn", t("本案例仅供课堂讨论之用，未经许可不得转载。"), 24 * mm, 16 * mm, 7.5, False, "left"),
                ("furn", f"{p + 1}", pw - 24 * mm, 16 * mm, 9, False, "right")]
        return heads, feet
    return doc, furn


def d_agm(x: Ctx):
    """Shareholders' meeting handbook (Taiwan script): A4, 壹、 heads, 案由 / 說明 / 決議 items; folio 第 N 頁."""
    r, t = x.rng, x.t
    doc = Doc(A4, x.font)
    co = t(f"{r.choice(['台光', '宏達', '聯亞', '正隆'])}{r.choice(['電子', '精密', '實業'])}股份有限公司")
    fl = Flow(doc, (25 * mm, 25 * mm, 28 * mm, 25 * mm))
    fl.block(doc.furniture(co), co, size=13, align="center", after=2)
    title = t("一一二年股東常會議事手冊")
    fl.block(doc.unit("title", title), title, size=18, bold=True, align="center", after=4)
    when = t(f"中華民國一一二年{cn(r.randint(5, 6))}月{cn(r.randint(10, 28))}日")
    fl.block(doc.unit("meta", when), when, size=11, align="center", after=8)
    heads = ["壹、報告事項", "貳、承認事項", "參、討論事項", "肆、臨時動議"]
    case = 1
    for head in heads:
        fl.block(doc.unit("heading", t(head)), t(head), size=13, bold=True, before=8, keep=2, lead=1.7)
        if head.startswith("肆"):
            p = x.prose.para(60, 150)
            fl.block(doc.unit("paragraph", p), p, size=11, indent=2, lead=1.7)
            continue
        for _ in range(r.randint(1, 2)):
            ch = t(f"第{cn(case)}案")
            case += 1
            fl.block(doc.unit("heading", ch), ch, size=11, bold=True, before=4, keep=2, lead=1.7)
            for lab in ("案由：", "說明："):
                p = t(lab) + x.prose.para(60, 220)
                fl.block(doc.unit("paragraph", p), p, size=11, lead=1.7, pad=0)
            dec = t("決議：") + x.prose.sentence(60)
            fl.block(doc.unit("paragraph", dec), dec, size=11, lead=1.7)
    pw = doc.size[0]

    def furn(p, total):
        return [], [("furn", t(f"第 {p + 1} 頁"), pw / 2, 14 * mm, 9, False, "center")]
    return doc, furn


def d_program(x: Ctx):
    """Conference handbook: B5, 会议须知 numbered, agenda table, speech digest with speaker line; foot strip."""
    r, t = x.rng, x.t
    doc = Doc(B5, x.font)
    forum = t(f"2023{r.choice(PLACES)}{r.choice(['数字经济', '乡村振兴', '文化旅游'])}论坛")
    fl = Flow(doc, (20 * mm, 20 * mm, 22 * mm, 24 * mm))
    title = forum + t("会议手册")
    fl.block(doc.unit("title", title), title, size=17, bold=True, align="center", after=4)
    when = t(f"2023年{r.randint(9, 12)}月{r.randint(1, 28)}日　{r.choice(PLACES)}国际会议中心")
    fl.block(doc.unit("meta", when), when, size=10, align="center", after=8)
    hd = t("会议须知")
    fl.block(doc.unit("heading", hd), hd, size=12, bold=True, before=4, keep=1, lead=1.6)
    for k in range(3):
        p = f"{k + 1}. " + x.prose.sentence(80)
        fl.block(doc.unit("paragraph", p), p, size=10, lead=1.6, indent=2)
    hd = t("会议议程")
    fl.block(doc.unit("heading", hd), hd, size=12, bold=True, before=6, keep=1, lead=1.6)
    fl.table([[t("时间"), t("内容"), t("主持人")], ["09:00-09:30", t("开幕式"), name(r)],
              ["09:30-11:30", t("主旨演讲"), name(r)], ["14:00-16:30", t("分论坛"), name(r)]],
             [35 * mm, 55 * mm, 30 * mm], size=9.5)
    hd = t("嘉宾致辞摘要")
    fl.block(doc.unit("heading", hd), hd, size=12, bold=True, before=6, keep=1, lead=1.6)
    for _ in range(2):
        by = t(f"{name(r)}　{r.choice(PLACES)}市{r.choice(['副市长', '商务局局长', '文旅局局长'])}")
        fl.block(doc.unit("byline", by), by, size=10.5, bold=True, before=4, keep=1, lead=1.6)
        for _ in range(2):
            p = x.prose.para()
            fl.block(doc.unit("paragraph", p), p, size=10, indent=2, lead=1.6)
    pw = doc.size[0]

    def furn(p, total):
        return [], [("line", 20 * mm, 17 * mm, pw - 20 * mm, 17 * mm, 0.4),
                    ("furn", forum, 20 * mm, 12 * mm, 8, False, "left"),
                    ("furn", f"{p + 1}", pw - 20 * mm, 12 * mm, 9, False, "right")]
    return doc, furn



# ----------------------------------------------------------------------------------------------- build

DESIGNS = [d_worksummary, d_insurance, d_resume, d_lessonplan, d_proposal, d_bondnotice, d_brief, d_application,
           d_handbook, d_casestudy, d_agm, d_program]
SCRIPTS = {7: "s2hk", 9: "s2tw", 17: "s2hk", 20: "s2tw", 21: "s2tw"}   # document number -> "s2tw" / "s2hk" (traditional documents)
EXTRA = [("pdftotext-nopgbrk", ["-nopgbrk"]), ("pdftotext-fixed3", ["-fixed", "3"]),
         ("pdftotext-enc-gbk", ["-enc", "GBK"]), ("pdftotext-raw-nopgbrk", ["-raw", "-nopgbrk"]),
         ("pdftotext-eol-dos", ["-eol", "dos"]), ("pdftotext-layout-nopgbrk", ["-layout", "-nopgbrk"]),
         ("pdftotext-colspacing03", ["-colspacing", "0.3"])]   # the default mode as poppler < 21 read columns
ENCODINGS = ["utf-8", "utf-8-sig", "gb18030", "crlf", "gb18030+crlf"]
OCR = {"p12-003_pdftotext-raw", "p12-010_pdftotext", "p12-019_pdftotext-layout"}


def pdftotext(pdf: Path, opts: list[str]) -> str:
    out = subprocess.run(["pdftotext", *opts, str(pdf), "-"], capture_output=True, check=True).stdout
    return out.decode("gbk" if "GBK" in opts else "utf-8")


def encode(text: str, enc: str) -> bytes:
    if "crlf" in enc:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    codec = enc.replace("+crlf", "").replace("crlf", "utf-8")
    return text.encode(codec)


def probe(chars: str, font: str, tmp: Path) -> set[str]:
    """Characters that pdftotext does not give back unchanged in ``font``."""
    doc = Doc(A4, font)
    chars = "".join(sorted(set(chars) - set(" \u3000\n")))
    ops = []
    for i in range(0, len(chars), 40):
        ops.append(("text", "0", 20, 800 - (i // 40 % 60) * 13, chars[i:i + 40], 10, False, font))
        if i // 40 % 60 == 59:
            doc.pages.append(ops)
            ops = []
    doc.pages.append(ops)
    render(doc, tmp / "probe.pdf", lambda p, t: ([], []))
    got = squash(pdftotext(tmp / "probe.pdf", ["-raw"]))
    want = "".join(squash(op[4]) for ops in doc.pages for op in ops)
    if len(got) != len(want):   # something dropped or doubled: refuse every character not given back once
        return {ch for ch in chars if got.count(ch) != want.count(ch)}
    return {a for a, b in zip(want, got, strict=True) if a != b}


def main() -> int:
    import opencc

    rng = random.Random(SEED)
    blocks = read_blocks()
    dev_text, held_text = "\n".join(blocks[:DEV_BLOCKS]), "\n".join(blocks[DEV_BLOCKS:])
    pd = grams(read_pd())
    held_g, dev_g = grams(held_text), grams(dev_text)
    pools = {}
    for side, bl, other in (("dev12", blocks[:DEV_BLOCKS], held_g), ("held12", blocks[DEV_BLOCKS:], dev_g)):
        paras = [p for p in paragraphs(bl, rng) if not (grams(p) & other or grams(p) & pd)]
        rng.shuffle(paras)
        pools[side] = paras
    tmp = Path(tempfile.mkdtemp(prefix="dev12p_"))
    allchars = "".join(pools["dev12"] + pools["held12"])
    bad = {"simp": probe(allchars, "STSong-Light", tmp)}
    conv = {k: opencc.OpenCC(f"{k}.json") for k in ("s2tw", "s2hk")}
    for k, cc in conv.items():
        bad[k] = probe(cc.convert(allchars), "MSung-Light", tmp)
    out_root = HERE
    manifest = []
    for n in range(2 * len(DESIGNS)):
        k = n // 2
        design = DESIGNS[k]
        split = "dev12" if k < 8 else "held12"
        script = SCRIPTS.get(n, "simp")
        cc = conv.get(script)
        pool = [p for p in pools[split] if not (set(cc.convert(p) if cc else p) & bad[script])]
        prose = Prose(pool, random.Random(SEED * 100 + n))
        if cc:
            prose.convert = cc.convert
        x = Ctx(n, prose, random.Random(SEED * 1000 + n), script)
        doc, furn = design(x)
        taken = set(pool[:prose.pos])
        pools[split] = [p for p in pools[split] if p not in taken]   # each paragraph once, in whichever script
        did = f"p12-{n:03d}"
        ndir, tdir = out_root / "native" / split, out_root / "text" / split
        ndir.mkdir(parents=True, exist_ok=True)
        tdir.mkdir(parents=True, exist_ok=True)
        pdf = ndir / f"{did}_pdf.pdf"
        drawn = render(doc, pdf, furn)
        name_ = design.__name__[2:]
        files = [{"path": f"native/{split}/{pdf.name}", "route": "native", "tool": "reportlab", "encoding": "pdf"}]
        gold = {"doc_id": f"{did}_pdf", "source": f"{name_} PDF (reportlab)",
                "units": [dict(u) for u in doc.units],
                "furniture": list(dict.fromkeys(f["text"] for f in doc.furn if f["listed"]))}
        (HERE / "gold" / f"{did}_pdf.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                     encoding="utf-8")
        tools = [("pdftotext", []), ("pdftotext-layout", ["-layout"]), ("pdftotext-raw", ["-raw"])]
        extra = EXTRA[n % len(EXTRA)]
        if extra[0] == "pdftotext-enc-gbk":
            if script != "simp" or pdftotext(pdf, extra[1]) != pdftotext(pdf, []):
                extra = EXTRA[(n + 1) % len(EXTRA)]
        tools.append(extra)
        for j, (tool, opts) in enumerate(tools):
            stem = f"{did}_{tool}"
            text = pdftotext(pdf, opts)
            enc = "gb18030" if tool.endswith("gbk") else ENCODINGS[(n + j) % len(ENCODINGS)]
            if tool.endswith("eol-dos"):
                enc = "crlf"   # CRLF from the tool, saved as it came
            if script != "simp" and enc.startswith("gb"):
                enc = "crlf"
            owners = align(text.replace("\r\n", "\n"), drawn, stem)
            text = text.replace("\r\n", "\n")
            if stem in OCR:
                text, owners = ocr_spaces(text, owners, random.Random(n * 7 + j))
                enc_label = enc + "+ocr"
            else:
                enc_label = enc
            data = encode(text, enc)
            (tdir / f"{stem}.txt").write_bytes(data)
            units = text_gold(doc, text, owners)
            for u in units:
                assert squash(u["text"]) in squash(text)
            assert "".join(squash(u["text"]) for u in units) == squash(text)
            (HERE / "gold" / f"{stem}.json").write_text(json.dumps(
                {"doc_id": stem, "source": f"{name_} PDF, {tool.replace('-', ' ', 1)}", "units": units},
                ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            files.append({"path": f"text/{split}/{stem}.txt", "route": "text", "tool": tool, "encoding": enc_label})
        manifest.append({"id": did, "split": split, "script": script, "design": name_, "pages": len(doc.pages),
                         "files": files})
        print(did, name_, split, len(doc.pages), "pages", file=sys.stderr)
    # prose sides: no 15-character stretch shared with the other side or with People's Daily
    for d in manifest:
        other = held_g if d["split"] == "dev12" else dev_g
        g = json.loads((HERE / "gold" / f"{d['id']}_pdf.json").read_text(encoding="utf-8"))
        for u in g["units"]:
            if u["kind"] == "paragraph":
                plain = opencc.OpenCC("t2s.json").convert(u["text"])
                for form in (u["text"], plain):
                    assert not (grams(form) & other) and not (grams(form) & pd), d["id"]
    (HERE / "manifest-dev12-print.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n",
                                                    encoding="utf-8")
    shutil.rmtree(tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
