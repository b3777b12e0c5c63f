"""Batch 11, PRINT part: twelve mainstream print designs, two documents each (ids p11-000 .. p11-023).

Designs 0-7 go to ``dev11``, designs 8-11 to ``held11`` only (design-disjoint held-out). Prose comes from the
People's Daily 1998 NER data (``/work/shared/data/peoples_daily_ner/``): dev11 documents only from ``example.dev``,
held11 documents only from ``example.test``; sentences are rebuilt from the one-character-a-line files and
consecutive sentences grouped into paragraphs of 60-300 characters; a paragraph sharing a 15-character stretch
with the other side's file is refused (and the built documents are checked again). Titles, heads, bylines, dates,
captions, tables and all furniture are invented here.

Every PDF is typeset by this script's own line breaker on a reportlab canvas (``invariant=1``; STSong-Light,
MSung-Light for traditional script; bold = text render mode 2) and extracted by pdftotext
(default, ``-layout``, ``-raw`` and one more option set per document). Gold comes from construction: every drawn
string is recorded with its owner (a content unit or one furniture string) and the extraction's non-space runs are
matched back to the drawn strings (see ``align``); the builder stops if a run cannot be placed.

    PYTHONPATH=$PWD python benchmarks/segcorpus/make_dev11_print.py   # needs reportlab, opencc, pdftotext
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

from reportlab.lib.pagesizes import A4, A5, B5, LETTER
from reportlab.lib.units import mm
from reportlab.pdfbase import cidfonts, pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
DATA = Path("/work/shared/data/peoples_daily_ner")
SEED = 20261206
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
cidfonts.defaultUnicodeEncodings["MSung-Light"] = ("chinese_traditional", "UniCNS-UCS2-H")  # reportlab's is UniGB's
pdfmetrics.registerFont(UnicodeCIDFont("MSung-Light"))

CONV = [lambda t: t, "STSong-Light"]  # the converter and body font of the document being built
TOOL_CHARS = str.maketrans({"・": "·"})  # pdftotext gives the katakana middle dot of the CID fonts as U+00B7
K16 = (185 * mm, 260 * mm)
K32 = (130 * mm, 184 * mm)


def squash(text: str) -> str:
    return "".join(text.split())


# ----------------------------------------------------------------------------------------------- prose


def sentences(path: Path) -> list[str]:
    out, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if cur:
                out.append("".join(cur))
            cur = []
        else:
            cur.append(parts[0])
    if cur:
        out.append("".join(cur))
    return out


def paragraphs(sents: list[str], rng: random.Random) -> list[str]:
    out, cur, target = [], "", rng.randint(60, 300)
    for s in sents:
        if len(s) < 8 or len(s) > 300:
            if 60 <= len(cur) <= 300:
                out.append(cur)
            cur, target = "", rng.randint(60, 300)
            continue
        if len(cur) + len(s) > 300:
            if len(cur) >= 60:
                out.append(cur)
            cur, target = "", rng.randint(60, 300)
        cur += s
        if len(cur) >= target:
            out.append(cur)
            cur, target = "", rng.randint(60, 300)
    return [p for p in out if 60 <= len(p) <= 300 and p[-1] in "。！？”」』）"]


def grams(text: str, n: int = 15) -> set[str]:
    t = squash(text)
    return {t[i:i + n] for i in range(len(t) - n + 1)}


# ----------------------------------------------------------------------------------------------- layout

CLOSE = set("，。、；：？！）》」』】〉”’…—・%．,.;:!?)]")
OPEN = set("（《「『【〈“‘([")
LATIN = re.compile(r"[A-Za-z0-9０-９.．%＋+\-/:@_&×]+")


def tokens(text: str) -> list[str]:
    out, i = [], 0
    while i < len(text):
        m = LATIN.match(text, i)
        j = m.end() if m and m.end() > i else i + 1
        out.append(text[i:j])
        i = j
    merged: list[str] = []
    for t in out:
        if merged and (t[0] in CLOSE or merged[-1][-1] in OPEN):
            merged[-1] += t
        else:
            merged.append(t)
    return merged


def wrap(text: str, font: str, size: float, width: float, first: float = 0.0) -> list[tuple[str, float]]:
    """Lines of ``text`` (with their x offset): ragged right, Latin runs and punctuation kept whole."""
    lines, cur, off = [], "", first
    for tok in tokens(text):
        if cur and pdfmetrics.stringWidth(cur + tok, font, size) > width - off:
            lines.append((cur.rstrip(), off))
            cur, off = tok.lstrip(), 0.0
        else:
            cur += tok
    if cur:
        lines.append((cur, off))
    return lines


class Doc:
    def __init__(self, pagesize, margins, font, rng):
        self.conv = CONV[0]
        font = CONV[1] if font == "STSong-Light" else font  # a traditional-script document of a simplified design
        self.W, self.H = pagesize
        self.ml, self.mr, self.mt, self.mb = margins
        self.font = font
        self.rng = rng
        self.units: list[dict] = []
        self.furn: list[dict] = []
        self.ops: list[tuple] = []
        self.rules: list[tuple] = []
        self.page = 0
        self.ncols, self.gap = 1, 0.0
        self.col = 0
        self.col_top = self.H - self.mt
        self.y = self.col_top
        self.bottom = {}

    # owners
    def unit(self, kind: str, text: str) -> str:
        self.units.append({"id": f"u{len(self.units)}", "kind": kind, "text": text})
        return self.units[-1]["id"]

    def furniture(self, text: str, cell: bool = False) -> str:
        self.furn.append({"id": f"f{len(self.furn)}", "text": text, "cell": cell})
        return self.furn[-1]["id"]

    # geometry
    @property
    def colw(self) -> float:
        return (self.W - self.ml - self.mr - (self.ncols - 1) * self.gap) / self.ncols

    @property
    def x0(self) -> float:
        return self.ml + self.col * (self.colw + self.gap)

    def floor(self) -> float:
        return self.bottom.get(self.page, self.mb)

    def new_page(self):
        self.page += 1
        self.col = 0
        self.col_top = self.H - self.mt
        self.y = self.col_top

    def next_col(self):
        if self.col + 1 < self.ncols:
            self.col += 1
            self.y = self.col_top
        else:
            self.new_page()

    def columns(self, n: int, gap: float = 0.0):
        self.ncols, self.gap, self.col = n, gap, 0
        self.col_top = self.y

    def need(self, h: float):
        if self.y - h < self.floor():
            self.next_col()

    def space(self, h: float):
        self.y -= h

    def draw(self, x, y, text, owner, size, font=None, bold=False, zone=1, page=None):
        self.ops.append((self.page if page is None else page, zone, len(self.ops), x, y, text,
                         font or self.font, size, owner, bold))

    def block(self, kind, text, size, lead=None, indent=0.0, left=0.0, align="left", bold=False, font=None,
              before=0.0, after=0.0, keep=0.0, owner=None, span=False, right=0.0):
        """Flow one unit (or furniture string, ``owner`` given) into the columns; returns its owner."""
        font = font or self.font
        lead = lead or size * 1.5
        text = self.conv(text)
        if owner:
            self.furn[int(owner[1:])]["text"] = text
        owner = owner or self.unit(kind, text)
        if span:
            width, x_base = self.W - self.ml - self.mr, self.ml
        else:
            width, x_base = self.colw, None
        width -= left + right
        lines = wrap(text, font, size, width, indent * size)
        if self.y != self.col_top:
            self.y -= before
        self.need(lead * min(len(lines), 2) + keep)
        for text_line, off in lines:
            self.need(lead)
            self.y -= lead
            xb = (self.ml if span else self.x0) + left
            if x_base is not None:
                xb = x_base + left
            w = pdfmetrics.stringWidth(text_line, font, size)
            if align == "center":
                x = xb + (width - w) / 2
            elif align == "right":
                x = xb + width - w
            else:
                x = xb + off
            self.draw(x, self.y + (lead - size) * 0.4, text_line, owner, size, font, bold)
        self.y -= after
        if span:
            self.col_top = self.y
        return owner

    def table(self, rows, size, fracs, lead=None, before=6.0, after=6.0, span=False):
        lead = lead or size * 1.9
        rows = [[self.conv(c) for c in row] for row in rows]
        width = (self.W - self.ml - self.mr) if span else self.colw
        self.y -= before
        self.need(lead * len(rows) + 4)
        x0 = self.ml if span else self.x0
        self.rules.append((self.page, x0, self.y, x0 + width, self.y, 1.0))
        for r, row in enumerate(rows):
            self.y -= lead
            x = x0
            for cell, frac in zip(row, fracs, strict=True):
                w = pdfmetrics.stringWidth(cell, self.font, size)
                cw = width * frac
                self.draw(x + (cw - w) / 2, self.y + lead * 0.3, cell, self.furniture(cell, cell=True), size)
                x += cw
            if r == 0:
                self.rules.append((self.page, x0, self.y, x0 + width, self.y, 0.5))
        self.rules.append((self.page, x0, self.y, x0 + width, self.y, 1.0))
        self.y -= after
        if span:
            self.col_top = self.y

    def figure(self, caption, size, h, before=6.0, after=8.0):
        caption = self.conv(caption)
        self.y -= before
        self.need(h + size * 2)
        self.rules.append(("box", self.page, self.x0 + self.colw * 0.15, self.y - h, self.colw * 0.7, h))
        self.y -= h + size * 1.6
        w = pdfmetrics.stringWidth(caption, self.font, size)
        self.draw(self.x0 + (self.colw - w) / 2, self.y, caption, self.furniture(caption), size)
        self.y -= after

    def fixed(self, page, x, y, text, size, align="left", zone=0, font=None, owner=None, kind=None):
        font = font or self.font
        text = self.conv(text)
        w = pdfmetrics.stringWidth(text, font, size)
        x = x - w if align == "right" else x - w / 2 if align == "center" else x
        owner = owner or (self.unit(kind, text) if kind else self.furniture(text))
        self.draw(x, y, text, owner, size, font, zone=zone, page=page)
        return owner

    @property
    def npages(self) -> int:
        return 1 + max(op[0] for op in self.ops)

    def render(self, path: Path, title: str):
        c = canvas.Canvas(str(path), pagesize=(self.W, self.H), invariant=1)
        c.setTitle(title)
        ops = sorted(self.ops, key=lambda o: (o[0], o[1], o[2]))
        for p in range(self.npages):
            for r in self.rules:
                if r[0] == "box" and r[1] == p:
                    c.setLineWidth(0.6)
                    c.rect(r[2], r[3], r[4], r[5])
                elif r[0] == p:
                    c.setLineWidth(r[5])
                    c.line(*r[1:5])
            for o in ops:
                if o[0] != p:
                    continue
                _, _, _, x, y, text, font, size, _, bold = o
                t = c.beginText(x, y)
                t.setFont(font, size)
                if bold:
                    t.setTextRenderMode(2)
                    c.setLineWidth(size / 40)
                t.textOut(text)
                c.drawText(t)
            c.showPage()
        c.save()
        self.order = [o[8] for o in ops]
        self.strings = [(o[8], squash(o[5]).translate(TOOL_CHARS)) for o in ops]


# ----------------------------------------------------------------------------------------------- gold


def align(text: str, strings: list[tuple[str, str]]) -> list[str | None]:
    """Owner of every character of ``text`` (whitespace: the owner of the character before it).

    The non-space runs are matched in file order against the unread pieces of the drawn strings, first those of
    strings begun and not finished (drawing order), then the unread ones: the first piece that is the run, else the
    first that starts with it, else one that is a prefix of the run (the run goes on in the next string), else, as a
    last resort, a piece that holds the run further on (a tool that printed the start of a line elsewhere, e.g. a
    head's number set apart from its text: the skipped start stays unread until its run comes)."""
    pieces: list[list[str]] = [[s] if s else [] for _, s in strings]
    begun = [False] * len(pieces)
    owners: list[str | None] = [None] * len(text)
    for m in re.finditer(r"\S+", text):
        run, pos = m.group(), m.start()
        while run:
            order = [(i, k) for i in range(len(pieces)) if begun[i] for k in range(len(pieces[i]))] + \
                    [(i, k) for i in range(len(pieces)) if not begun[i] for k in range(len(pieces[i]))]
            take, at = len(run), 0
            pick = next((ik for ik in order if pieces[ik[0]][ik[1]] == run), None)
            if pick is None:
                pick = next((ik for ik in order if pieces[ik[0]][ik[1]].startswith(run)), None)
            if pick is None:
                pick = next((ik for ik in order if run.startswith(pieces[ik[0]][ik[1]])), None)
                if pick is not None:
                    take = len(pieces[pick[0]][pick[1]])
            if pick is None:
                pick = next((ik for ik in order if run in pieces[ik[0]][ik[1]]), None)
                if pick is None:
                    raise ValueError(f"cannot place run {run!r} at {pos}: {text[max(0, pos - 60):pos + 20]!r}")
                at = pieces[pick[0]][pick[1]].index(run)
            i, k = pick
            owner = strings[i][0]
            for c in range(take):
                owners[pos + c] = owner
            piece = pieces[i][k]
            pieces[i][k:k + 1] = [p for p in (piece[:at], piece[at + take:]) if p]
            begun[i] = True
            run, pos = run[take:], pos + take
    left = [strings[i][1] for i in range(len(pieces)) if pieces[i]]
    if left:
        raise ValueError(f"drawn strings left unread: {left[:3]}")
    last = None
    for i, o in enumerate(owners):
        if o is None:
            owners[i] = last
        else:
            last = o
    first = next((o for o in owners if o is not None), None)
    return [o if o is not None else first for o in owners]


def text_units(doc: Doc, text: str, owners: list[str]) -> list[dict]:
    kinds = {u["id"]: u["kind"] for u in doc.units}
    units, seen = [], set()
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and owners[j] == owners[i]:
            j += 1
        o = owners[i]
        u = {"kind": kinds.get(o, "debris"), "text": text[i:j]}
        if o in kinds and o in seen:
            u["cont"] = True
        seen.add(o)
        units.append(u)
        i = j
    return units


CJK = re.compile(r"[\u3400-\u9fff]")


def ocr_spaces(text: str, owners: list[str], content: set[str], rng: random.Random):
    """Spaces the way an OCR engine puts them: around Latin / digit runs and at some gaps between CJK characters."""
    out, own = [], []
    for i, ch in enumerate(text):
        out.append(ch)
        own.append(owners[i])
        if i + 1 >= len(text) or owners[i] not in content or owners[i + 1] != owners[i]:
            continue
        nxt = text[i + 1]
        a_cjk, b_cjk = bool(CJK.match(ch)), bool(CJK.match(nxt))
        a_lat, b_lat = ch.isascii() and ch.isalnum(), nxt.isascii() and nxt.isalnum()
        if (a_cjk and b_cjk and rng.random() < 0.22) or ((a_cjk and b_lat) or (a_lat and b_cjk)) and rng.random() < 0.7:
            out.append(" ")
            own.append(owners[i])
    return "".join(out), own


# ----------------------------------------------------------------------------------------------- designs

NUM = "一二三四五六七八九十"
SURN = "王李张刘陈杨赵黄周吴徐孙朱马胡郭林何高罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢"
GIVEN = "建国志明海燕立新文华晓东丽娟振宇红梅永强思远雪峰宏伟春林秀英俊杰玉兰"
CITIES = ["江州", "临川", "青阳", "云塘", "南浦", "东湖", "安澜", "溪口"]


def name(rng):
    return rng.choice(SURN) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def body(d: Doc, kind_pool, n, size, lead, **kw):
    for _ in range(n):
        d.block("paragraph", kind_pool.pop(), size, lead, **kw)


def folio_all(d: Doc, fn):
    for p in range(d.npages):
        fn(p, d.npages)


def d_news1(rng, prose, i):
    """Newspaper report, one column (A4): masthead, edition line, kicker, headline, deck, byline, dateline lead."""
    d = Doc(A4, (22 * mm, 22 * mm, 20 * mm, 20 * mm), "STSong-Light", rng)
    city = rng.choice(CITIES)
    paper = f"{city}日报"
    date = f"2023年{rng.randint(3, 11)}月{rng.randint(1, 28)}日"
    ed = rng.randint(2, 8)
    d.space(26)
    d.block("", paper, 26, 30, align="center", bold=True, owner=d.furniture(paper), span=True)
    edition = f"{date}　星期{rng.choice('一二三四五')}　第{ed}版　要闻"
    d.block("", edition, 9, 14, align="center", owner=d.furniture(edition), span=True, after=4)
    d.rules.append((0, d.ml, d.y, d.W - d.mr, d.y, 1.2))
    d.space(10)
    kick = f"{rng.choice(['聚焦', '关注', '民生'])}・{rng.choice(['一线', '基层', '现场'])}"
    d.block("", kick, 10.5, 16, owner=d.furniture(kick))
    d.block("title", f"{city}{rng.choice(['加快推进城乡融合发展', '多措并举稳就业促增收', '老旧小区改造惠及万户居民'])}", 22, 30,
            align="center", bold=True, before=4)
    d.block("heading", f"——{rng.choice(['今年已完成年度目标任务的七成', '一季度主要指标好于预期', '群众满意度持续提升'])}",
            13, 20, align="center", after=6)
    d.block("byline", f"本报记者　{name(rng)}　{name(rng)}", 11, 18, align="center", after=8)
    first = prose.pop()
    d.block("paragraph", f"本报{city}{date[5:]}电　" + first, 11, 19, indent=2)
    body(d, prose, 3, 11, 19, indent=2)
    d.block("heading", rng.choice(["项目建设跑出“加速度”", "服务群众“零距离”"]), 12, 20, bold=True, before=6, after=2, keep=38)
    body(d, prose, 2, 11, 19, indent=2)
    d.figure(f"图为{city}市民在社区服务中心办理业务。本报记者　{name(rng)}摄", 9, 90)
    body(d, prose, 3, 11, 19, indent=2)
    d.block("meta", f"（责任编辑：{name(rng)}）", 10, 16, align="right", before=4)
    folio_all(d, lambda p, n: d.fixed(p, d.W / 2, 10 * mm, str(ed + p), 9, "center", zone=2))
    folio_all(d, lambda p, n: p and d.fixed(p, d.ml, d.H - 12 * mm, f"{paper}　{date}", 8.5, zone=0))
    return d


def d_news2(rng, prose, i):
    """Newspaper page, two columns (B5): section bar, headline across, byline, columns with a sub-head."""
    d = Doc(B5, (16 * mm, 16 * mm, 18 * mm, 16 * mm), "STSong-Light", rng)
    city = rng.choice(CITIES)
    date = f"2023年{rng.randint(3, 11)}月{rng.randint(1, 28)}日"
    d.fixed(0, d.ml, d.H - 12 * mm, f"{city}晚报", 12, zone=0)
    d.fixed(0, d.W - d.mr, d.H - 12 * mm, f"{date}　经济周刊", 9, "right", zone=0)
    d.rules.append((0, d.ml, d.H - 14 * mm, d.W - d.mr, d.H - 14 * mm, 2.0))
    d.space(6)
    d.block("title", rng.choice(["夜间经济点亮城市烟火气", "农产品直播带货走出新路子", "小微企业融资难题有了新解法"]), 20, 28,
            span=True, bold=True)
    d.block("byline", f"记者　{name(rng)}　通讯员　{name(rng)}", 10, 16, span=True, after=8)
    d.columns(2, 7 * mm)
    d.rules.append((0, d.W / 2, d.y, d.W / 2, d.mb, 0.4))
    body(d, prose, 4, 10, 17, indent=2)
    d.block("heading", rng.choice(["■ 政策红利持续释放", "■ 市场主体活力增强"]), 10.5, 18, bold=True, before=5, keep=34)
    body(d, prose, 4, 10, 17, indent=2)
    d.block("heading", rng.choice(["■ 下一步如何发力", "■ 专家观点"]), 10.5, 18, bold=True, before=5, keep=34)
    body(d, prose, 3, 10, 17, indent=2)
    for p in range(1, d.npages):
        d.rules.append((p, d.W / 2, d.H - d.mt, d.W / 2, d.mb, 0.4))
    folio_all(d, lambda p, n: d.fixed(p, d.W - d.mr if p % 2 == 0 else d.ml, 9 * mm,
                                      f"A{5 + p}", 9,
                                      "right" if p % 2 == 0 else "left", zone=2))
    folio_all(d, lambda p, n: p and d.fixed(p, d.W / 2, d.H - 11 * mm, f"{city}晚报　{date}", 8.5, "center", zone=0))
    return d


def d_govreport(rng, prose, i):
    """Government work report (A4): big title, session line, speaker, 一、 heads, （一） heads, - N - folios."""
    d = Doc(A4, (28 * mm, 26 * mm, 37 * mm, 35 * mm), "STSong-Light", rng)
    city = rng.choice(CITIES)
    d.space(20)
    d.block("title", "政府工作报告", 24, 34, align="center", bold=True)
    d.block("meta", f"——2023年1月{rng.randint(5, 20)}日在{city}市第十{rng.choice(NUM[:5])}届人民代表大会第二次会议上",
            12, 20, align="center")
    d.block("byline", f"{city}市人民政府市长　{name(rng)}", 13, 22, align="center", after=10)
    d.block("paragraph", "各位代表：", 14, 26)
    d.block("paragraph", "现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。",
            14, 26, indent=2)
    heads = ["2022年工作回顾", "2023年总体要求和主要目标", "2023年重点工作"]
    for h, head in enumerate(heads):
        d.block("heading", f"{NUM[h]}、{head}", 15, 26, bold=True, before=6, keep=52)
        body(d, prose, rng.randint(1, 2), 14, 26, indent=2)
        if h == 0:  # a footnote: marker ① at the end of the paragraph, the note under a short rule at its page's foot
            d.block("paragraph", prose.pop() + "①", 14, 26, indent=2)
            note = f"① {rng.choice(['地区生产总值', '一般公共预算收入', '城镇新增就业'])}等数据为初步统计数，最终以统计年鉴为准。"
            d.rules.append((d.page, d.ml, d.mb - 4, d.ml + 50 * mm, d.mb - 4, 0.5))
            d.fixed(d.page, d.ml, d.mb - 16, note, 9, zone=2)
        if h == 2:
            for s, sub in enumerate(rng.sample(["着力扩大有效需求", "加快建设现代化产业体系", "持续保障和改善民生",
                                                 "深化重点领域改革"], 2)):
                d.block("heading", f"（{NUM[s]}）{sub}", 14, 26, bold=True, font="STSong-Light", keep=52)
                body(d, prose, 2, 14, 26, indent=2)
    d.block("paragraph", "各位代表，新征程上，我们将坚定信心、真抓实干，为全面建设现代化城市而努力奋斗！", 14, 26, indent=2)
    folio_all(d, lambda p, n: d.fixed(p, d.W / 2 + (30 if p % 2 == 0 else -30), 22 * mm, f"- {p + 1} -", 12,
                                      "center", zone=2))
    return d


def d_notice(rng, prose, i):
    """Government notice (A4): red-head issuer, document number, 关于…的通知, addressee, signature, 第 N 页 共 M 页."""
    d = Doc(A4, (27 * mm, 26 * mm, 30 * mm, 30 * mm), "STSong-Light", rng)
    city = rng.choice(CITIES)
    org = f"{city}市人民政府办公室"
    d.space(8)
    d.block("", f"{org}文件", 26, 40, align="center", bold=True, owner=d.furniture(f"{org}文件"))
    d.block("meta", f"{city[0]}政办发〔2023〕{rng.randint(10, 60)}号", 12, 22, align="center", after=4)
    d.rules.append((0, d.ml, d.y, d.W - d.mr, d.y, 1.5))
    d.space(18)
    topic = rng.choice(["进一步加强安全生产工作", "做好2023年防汛抗旱工作", "印发优化营商环境若干措施"])
    d.block("title", f"{org}关于{topic}的通知", 17, 28, align="center", bold=True, after=10, left=10, right=10)
    d.block("paragraph", "各区人民政府，市政府各部门，各有关单位：", 13, 24)
    d.block("paragraph", prose.pop(), 13, 24, indent=2)
    for h, head in enumerate(["提高思想认识", "压实工作责任", "强化督促检查"]):
        d.block("heading", f"{NUM[h]}、{head}", 13, 24, bold=True, keep=48)
        body(d, prose, rng.randint(1, 2), 13, 24, indent=2)
    d.block("paragraph", f"附件：{topic.replace('印发', '')}任务分工表", 13, 24, before=8, indent=2)
    d.block("byline", org, 13, 24, align="right", before=24, right=20)
    d.block("meta", f"2023年{rng.randint(3, 9)}月{rng.randint(1, 28)}日", 13, 24, align="right", right=28)
    d.block("meta", "（此件公开发布）", 13, 24, indent=2)
    n = d.npages
    folio_all(d, lambda p, n_: d.fixed(p, d.W / 2, 18 * mm, f"第 {p + 1} 页 共 {n} 页", 10, "center", zone=2))
    return d


def d_paper(rng, prose, i):
    """Academic paper (A4): title, authors, affiliation, 摘要 / 关键词 across, two-column body, captions, refs."""
    d = Doc(A4, (18 * mm, 18 * mm, 22 * mm, 20 * mm), "STSong-Light", rng)
    vol, iss = rng.randint(20, 45), rng.randint(1, 12)
    journal = rng.choice(["江州大学学报（社会科学版）", "城市发展研究", "区域经济评论"])
    d.bottom[0] = 38 * mm
    d.fixed(0, d.ml, d.H - 13 * mm, f"第{vol}卷第{iss}期", 8.5)
    d.fixed(0, d.W / 2, d.H - 13 * mm, journal, 8.5, "center")
    d.fixed(0, d.W - d.mr, d.H - 13 * mm, f"Vol.{vol} No.{iss}", 8.5, "right")
    d.rules.append((0, d.ml, d.H - 15 * mm, d.W - d.mr, d.H - 15 * mm, 0.5))
    topic = rng.choice(["城乡居民收入差距的影响因素研究", "数字经济对区域创新的作用机制分析", "基层社会治理现代化路径探析"])
    d.space(10)
    d.block("title", topic, 18, 26, align="center", bold=True, span=True)
    a, b, c_ = name(rng), name(rng), name(rng)
    d.block("byline", f"{a}1，{b}1，{c_}2", 11, 18, align="center", span=True)
    d.block("meta", "（1.江州大学 经济学院，江州 310018；2.临川师范学院 管理学院，临川 344000）", 9, 14,
            align="center", span=True, after=8)
    d.block("paragraph", "摘　要：" + prose.pop(), 9, 14, span=True, left=20, right=20)
    d.block("meta", "关键词：" + "；".join(rng.sample(["收入差距", "城乡融合", "面板数据", "数字经济", "创新效率",
                                                 "基层治理", "公共服务"], 4)), 9, 14, span=True, left=20, right=20)
    d.block("meta", f"中图分类号：F{rng.randint(120, 329)}　　文献标志码：A　　文章编号：1008-{rng.randint(1000, 9999)}"
            f"（2023）0{iss % 9 + 1}-00{rng.randint(10, 99)}-0{rng.randint(5, 9)}", 8.5, 13, span=True, left=20,
            right=20, after=10)
    d.fixed(0, d.ml, 30 * mm, f"收稿日期：2023-0{rng.randint(1, 9)}-{rng.randint(10, 28)}", 8)
    d.fixed(0, d.ml, 25 * mm, f"基金项目：国家社会科学基金项目（{rng.randint(18, 22)}BJY{rng.randint(100, 299)}）", 8)
    d.fixed(0, d.ml, 20 * mm, f"作者简介：{a}，男，博士，副教授，主要从事区域经济研究。", 8)
    d.rules.append((0, d.ml, 34 * mm, d.ml + 60 * mm, 34 * mm, 0.4))
    d.columns(2, 6 * mm)
    heads = ["1　引言", "2　研究设计", "3　实证结果与分析", "4　结论与建议"]
    for h, head in enumerate(heads):
        d.block("heading", head, 11, 18, bold=True, before=6, keep=30)
        if h == 1:
            d.block("heading", "2.1　数据来源", 10, 16, bold=True, keep=30)
        body(d, prose, 1, 9.5, 15, indent=2)
        if h == 1:
            d.block("heading", "2.2　变量选取", 10, 16, bold=True, keep=30)
            body(d, prose, 1, 9.5, 15, indent=2)
        if h == 2:
            d.block("", "表1　描述性统计结果", 8.5, 13, align="center", owner=d.furniture("表1　描述性统计结果"), keep=70)
            d.table([["变量", "均值", "标准差", "样本量"], ["收入", "3.42", "0.87", "1260"],
                     ["教育", "9.15", "2.31", "1260"], ["就业", "0.68", "0.21", "1260"]], 8, [0.3, 0.23, 0.24, 0.23],
                    before=2)
            body(d, prose, 1, 9.5, 15, indent=2)
            d.figure("图1　主要指标变化趋势", 8.5, 70)
        body(d, prose, 1, 9.5, 15, indent=2)
    d.block("heading", "参考文献：", 10, 16, bold=True, before=6, keep=30)
    for r in range(4):
        d.block("paragraph", f"[{r + 1}]　{name(rng)}，{name(rng)}．{rng.choice(['城乡收入差距的演变与成因', '区域创新能力评价研究', '公共服务均等化的实证检验', '数字经济发展测度'])}"
                f"[J]．{rng.choice(['经济研究', '管理世界', '中国农村经济', '统计研究'])}，20{rng.randint(10, 22)}（{rng.randint(1, 12)}）：{rng.randint(10, 90)}-{rng.randint(91, 120)}．",
                8, 12.5, left=0)
    for p in range(1, d.npages):
        d.fixed(p, d.ml if p % 2 else d.W - d.mr, d.H - 13 * mm, f"{journal}　2023年第{iss}期", 8.5,
                "left" if p % 2 else "right")
        d.rules.append((p, d.ml, d.H - 15 * mm, d.W - d.mr, d.H - 15 * mm, 0.5))
    folio_all(d, lambda p, n: d.fixed(p, d.W - d.mr if p % 2 == 0 else d.ml, 12 * mm, f"・{20 + p}・", 9,
                                      "right" if p % 2 == 0 else "left", zone=2))
    return d


def d_annual(rng, prose, i):
    """Company annual report summary (Letter): running head with the report name, 第N节 heads, block paragraphs,
    a key-figures table, a note, folio N / M."""
    d = Doc(LETTER, (25 * mm, 25 * mm, 28 * mm, 24 * mm), "STSong-Light", rng)
    co = f"{rng.choice(CITIES)}{rng.choice(['华信', '远航', '恒泰', '新元'])}科技股份有限公司"
    d.space(30)
    d.block("meta", f"证券代码：60{rng.randint(1000, 3999)}　　证券简称：{co[2:4]}科技　　公告编号：2023-0{rng.randint(10, 40)}",
            9.5, 16, after=20)
    d.block("title", f"{co}2022年年度报告摘要", 18, 28, align="center", bold=True, after=12)
    secs = ["第一节　重要提示", "第二节　公司基本情况", "第三节　经营情况讨论与分析"]
    for s, sec in enumerate(secs):
        d.block("heading", sec, 13, 22, bold=True, before=10, after=4, keep=40)
        if s == 1:
            d.block("heading", "1．主要会计数据和财务指标", 11, 18, bold=True, after=2, keep=40)
            d.block("", "单位：元　币种：人民币", 9, 14, align="right", owner=d.furniture("单位：元　币种：人民币"))
            d.table([["项目", "2022年", "2021年", "本年比上年增减"],
                     ["营业收入", f"{rng.randint(1, 9)},{rng.randint(100, 999)},{rng.randint(100, 999)},{rng.randint(100, 999)}",
                      f"{rng.randint(1, 9)},{rng.randint(100, 999)},{rng.randint(100, 999)},{rng.randint(100, 999)}", f"{rng.randint(3, 30)}.{rng.randint(10, 99)}%"],
                     ["归属于上市公司股东的净利润", f"{rng.randint(100, 999)},{rng.randint(100, 999)},{rng.randint(100, 999)}",
                      f"{rng.randint(100, 999)},{rng.randint(100, 999)},{rng.randint(100, 999)}", f"-{rng.randint(1, 9)}.{rng.randint(10, 99)}%"]],
                    8.5, [0.34, 0.22, 0.22, 0.22])
        for _ in range(rng.randint(2, 3)):
            d.block("paragraph", prose.pop(), 10.5, 18, after=7)
    d.block("byline", f"{co}董事会", 11, 18, align="right", before=10)
    d.block("meta", f"2023年3月{rng.randint(20, 30)}日", 11, 18, align="right")
    folio_all(d, lambda p, n: d.fixed(p, d.W - d.mr, d.H - 16 * mm, f"{co}2022年年度报告摘要", 8.5, "right"))
    folio_all(d, lambda p, n: d.rules.append((p, d.ml, d.H - 18 * mm, d.W - d.mr, d.H - 18 * mm, 0.5)))
    folio_all(d, lambda p, n: d.fixed(p, d.W / 2, 14 * mm, f"{p + 1} / {n}", 9, "center", zone=2))
    return d


def d_speech(rng, prose, i):
    """Conference speech (A5, a materials compilation): running head, title, date line, speaker, 同志们：, heads."""
    d = Doc(A5, (17 * mm, 15 * mm, 20 * mm, 18 * mm), "STSong-Light", rng)
    city = rng.choice(CITIES)
    meet = rng.choice(["全市优化营商环境工作会议", "全市乡村振兴工作推进会", "全市安全生产工作会议"])
    d.block("title", f"在{meet}上的讲话", 15, 22, align="center", bold=True, before=6)
    d.block("meta", f"（2023年{rng.randint(2, 6)}月{rng.randint(1, 28)}日）", 10, 16, align="center")
    d.block("byline", f"{city}市副市长　{name(rng)}", 11, 18, align="center", after=8)
    d.block("paragraph", "同志们：", 10.5, 18)
    body(d, prose, 1, 10.5, 18, indent=2)
    for h, head in enumerate(["统一思想，充分认识做好当前工作的重要意义", "突出重点，扎实推进各项任务落地见效",
                              "强化保障，确保各项工作取得实效"]):
        d.block("heading", f"{NUM[h]}、{head}", 11, 18, bold=True, before=4, keep=36)
        body(d, prose, rng.randint(1, 2), 10.5, 18, indent=2)
    d.block("paragraph", "同志们，任务艰巨，使命光荣。让我们团结一心、真抓实干，奋力开创工作新局面！", 10.5, 18, indent=2)
    d.block("paragraph", "谢谢大家！", 10.5, 18, indent=2)
    folio_all(d, lambda p, n: p and d.fixed(p, d.W / 2, d.H - 12 * mm, f"{meet}材料汇编", 8, "center"))
    folio_all(d, lambda p, n: p and d.rules.append((p, d.ml, d.H - 14 * mm, d.W - d.mr, d.H - 14 * mm, 0.4)))
    folio_all(d, lambda p, n: d.fixed(p, d.W / 2, 10 * mm, f"— {p + 11} —", 9, "center", zone=2))
    return d


def d_textbook(rng, prose, i):
    """Textbook chapter (16K): chapter title, 学习目标 box, 第N节 heads, 知识链接 sidebar, 思考与练习, folios at
    the outer corner, alternating running heads."""
    d = Doc(K16, (20 * mm, 20 * mm, 24 * mm, 20 * mm), "STSong-Light", rng)
    n = rng.randint(2, 6)
    chap = f"第{NUM[n - 1]}章　{rng.choice(['城市与乡村', '经济发展与社会进步', '人口与环境'])}"
    d.space(30)
    d.block("title", chap, 20, 30, bold=True, after=10)
    top = d.y
    d.block("heading", "学习目标", 11, 18, bold=True, left=8)
    for k in range(3):
        d.block("paragraph", f"{k + 1}．{rng.choice(['了解', '理解', '掌握'])}{rng.choice(['本章的基本概念', '主要的发展规律', '分析问题的一般方法'])}"
                f"{rng.choice(['，能够举例说明。', '，并能联系实际。', '。'])}", 10, 16, left=12)
    d.rules.append(("box", 0, d.ml, d.y - 4, d.W - d.ml - d.mr, top - d.y + 4))
    d.space(14)
    for s in range(2):
        d.block("heading", f"第{NUM[s]}节　{rng.choice(['基本概念', '发展历程', '影响因素', '案例分析'])}", 14, 22, bold=True,
                before=8, after=2, keep=40)
        body(d, prose, 2, 10.5, 19, indent=2)
        if s == 0:
            top = d.y - 6
            d.space(6)
            d.block("heading", "知识链接", 10, 16, bold=True, left=8)
            d.block("paragraph", prose.pop(), 9.5, 15, left=8, right=8, after=4)
            d.rules.append(("box", d.page, d.ml, d.y, d.W - d.ml - d.mr, top - d.y))
            d.space(6)
            body(d, prose, 1, 10.5, 19, indent=2)
    d.block("heading", "思考与练习", 12, 20, bold=True, before=8, keep=40)
    for k in range(3):
        d.block("paragraph", f"{k + 1}．{rng.choice(['结合本章内容，谈谈你对', '举例说明', '查阅资料，分析'])}"
                f"{rng.choice(['城乡关系变化的认识。', '经济发展对社会生活的影响。', '家乡近年来的发展变化。'])}", 10.5, 19)
    book = rng.choice(["高中地理　必修　第二册", "初中道德与法治　八年级下册"])
    folio_all(d, lambda p, n_: p and d.fixed(p, d.ml if p % 2 else d.W - d.mr, d.H - 14 * mm,
                                             book if p % 2 else chap, 8.5, "left" if p % 2 else "right"))
    folio_all(d, lambda p, n_: d.fixed(p, d.ml if p % 2 else d.W - d.mr, 12 * mm, str(40 + p), 10,
                                       "left" if p % 2 else "right", zone=2))
    return d


def d_qa(rng, prose, i):
    """Policy Q&A (A4): issuer line, title, lead, numbered questions (bold) with 答： answers, a contact note."""
    d = Doc(A4, (25 * mm, 25 * mm, 25 * mm, 22 * mm), "STSong-Light", rng)
    city = rng.choice(CITIES)
    topic = rng.choice(["个人所得税专项附加扣除", "城乡居民医疗保险", "新能源汽车购置补贴"])
    d.fixed(0, d.ml, d.H - 15 * mm, f"{city}市{rng.choice(['税务局', '医疗保障局', '商务局'])}　政策解读", 9)
    d.rules.append((0, d.ml, d.H - 17 * mm, d.W - d.mr, d.H - 17 * mm, 0.6))
    d.space(6)
    d.block("title", f"{topic}政策问答", 18, 28, align="center", bold=True)
    d.block("meta", f"发布时间：2023-0{rng.randint(1, 9)}-{rng.randint(10, 28)}　　来源：{city}市人民政府网站", 9, 16,
            align="center", after=10)
    d.block("paragraph", f"为帮助广大群众准确理解{topic}政策，现将有关问题解答如下。", 11, 20, indent=2)
    qs = ["政策的适用范围是什么？", "申请需要满足哪些条件？", "如何办理申请手续？", "办理时限是多长时间？",
          "遇到问题可以向哪里咨询？"]
    for q in range(rng.randint(4, 5)):
        d.block("heading", f"{q + 1}．{qs[q]}", 11.5, 20, bold=True, before=6, keep=40)
        d.block("paragraph", "答：" + prose.pop(), 11, 20, indent=2)
    d.block("meta", f"（咨询电话：12366　{city}市{rng.choice(['政务服务中心', '12345热线'])}）", 10, 18, before=8)
    folio_all(d, lambda p, n: d.fixed(p, d.W - d.mr, 12 * mm, f"第{p + 1}页", 9, "right", zone=2))
    return d


def d_twreport(rng, prose, i):
    """Traditional-script (Taiwan) county report (A4): bold heads 壹、 / 一、, ROC dates, footer, folio."""
    d = Doc(A4, (24 * mm, 24 * mm, 26 * mm, 24 * mm), "MSung-Light", rng)
    county = rng.choice(["嘉義縣", "宜蘭縣", "苗栗縣", "屏東縣"])
    d.fixed(0, d.W - d.mr, d.H - 14 * mm, f"{county}議會第{rng.randint(18, 20)}屆第{rng.randint(2, 8)}次定期會", 9, "right")
    d.space(18)
    d.block("title", f"{county}政府施政報告", 22, 32, align="center", bold=True)
    d.block("byline", f"縣長　{name(rng)}", 12, 20, align="center")
    d.block("meta", f"中華民國112年{rng.randint(3, 10)}月{rng.randint(1, 28)}日", 11, 18, align="center", after=10)
    for h, head in enumerate(["前言", "財政及主計", "社會福利", "結語"]):
        d.block("heading", f"{'壹貳參肆'[h]}、{head}", 14, 24, bold=True, before=6, keep=44)
        if h in (1, 2):
            d.block("heading", f"一、{rng.choice(['執行成果', '推動重點'])}", 12, 20, bold=True, keep=40)
            body(d, prose, 1, 11.5, 21, indent=2)
            d.block("heading", f"二、{rng.choice(['未來展望', '檢討改進'])}", 12, 20, bold=True, keep=40)
        body(d, prose, rng.randint(1, 2), 11.5, 21, indent=2)
    folio_all(d, lambda p, n: d.fixed(p, d.W / 2, 13 * mm, str(p + 1), 10, "center", zone=2))
    folio_all(d, lambda p, n: d.fixed(p, d.ml, 13 * mm, f"{county}政府", 8, zone=2))
    return d


def d_bookpage(rng, prose, i):
    """A hard-wrapped book (32K, traditional HK script): section number, justified-looking pages, running heads
    (book title on even, section on odd), folio at the foot; paragraphs run over page breaks."""
    d = Doc(K32, (15 * mm, 14 * mm, 18 * mm, 17 * mm), "MSung-Light", rng)
    book = rng.choice(["城與人", "舊報新讀", "海港記事"])
    sec = f"{rng.choice(['一', '二', '三', '四'])}　{rng.choice(['街角', '年代', '遠方', '故紙'])}"
    d.space(40)
    d.block("title", sec, 16, 26, align="center", bold=True, after=16)
    for _ in range(7):
        d.block("paragraph", prose.pop(), 10, 17.5, indent=2)
    folio_all(d, lambda p, n: p and d.fixed(p, d.ml if p % 2 else d.W - d.mr, d.H - 11 * mm,
                                            book if p % 2 else sec.replace("　", " "), 8,
                                            "left" if p % 2 else "right"))
    folio_all(d, lambda p, n: d.fixed(p, d.W / 2, 9 * mm, str(120 + p), 8.5, "center", zone=2))
    return d


def d_bulletin(rng, prose, i):
    """Statistical bulletin (16K, two columns after the head): title, issuer + date, 一、 heads, a table, 注：."""
    d = Doc(K16, (17 * mm, 17 * mm, 22 * mm, 20 * mm), "STSong-Light", rng)
    city = rng.choice(CITIES)
    d.space(8)
    d.block("title", f"{city}市2022年国民经济和社会发展统计公报", 17, 26, align="center", bold=True, span=True)
    d.block("byline", f"{city}市统计局　国家统计局{city}调查队", 10.5, 17, align="center", span=True)
    d.block("meta", f"（2023年3月{rng.randint(10, 28)}日）", 10, 16, align="center", span=True, after=10)
    d.columns(2, 8 * mm)
    for h, head in enumerate(["综合", "农业", "工业和建筑业", "居民收入消费和社会保障"]):
        d.block("heading", f"{NUM[h]}、{head}", 11.5, 19, bold=True, before=4, keep=36)
        body(d, prose, rng.randint(1, 2), 9.5, 16, indent=2)
        if h == 1:
            d.block("", "表1　2022年主要农产品产量", 8.5, 13, align="center", keep=70,
                    owner=d.furniture("表1　2022年主要农产品产量"))
            d.table([["产品名称", "产量（万吨）", "增长（%）"], ["粮食", f"{rng.randint(100, 400)}.{rng.randint(1, 9)}", f"{rng.randint(1, 5)}.{rng.randint(1, 9)}"],
                     ["油料", f"{rng.randint(10, 40)}.{rng.randint(1, 9)}", f"-{rng.randint(1, 5)}.{rng.randint(1, 9)}"],
                     ["蔬菜", f"{rng.randint(300, 700)}.{rng.randint(1, 9)}", f"{rng.randint(1, 5)}.{rng.randint(1, 9)}"]],
                    8, [0.4, 0.32, 0.28], before=2)
    d.fixed(d.page, d.ml, d.mb - 8, "注：本公报中部分数据为初步统计数，各项数据均未包括开发区。", 7.5, zone=2)
    folio_all(d, lambda p, n: d.fixed(p, d.W / 2, 10 * mm, f"—{p + 1}—", 9, "center", zone=2))
    return d


DESIGNS = [("news1", d_news1, "simp"), ("news2", d_news2, "simp"), ("govreport", d_govreport, "simp"),
           ("notice", d_notice, "simp"), ("paper", d_paper, "simp"), ("annual", d_annual, "simp"),
           ("speech", d_speech, "simp/s2hk"), ("textbook", d_textbook, "simp/s2tw"),
           ("qa", d_qa, "simp"), ("twreport", d_twreport, "s2tw"), ("bookpage", d_bookpage, "s2hk"),
           ("bulletin", d_bulletin, "simp")]


# ----------------------------------------------------------------------------------------------- build

FONT_OF = {"simp": "STSong-Light", "s2tw": "MSung-Light", "s2hk": "MSung-Light"}
EXTRAS = [("pdftotext-nopgbrk", ["-nopgbrk"]), ("pdftotext-eol-dos", ["-eol", "dos"]),
          ("pdftotext-fixed4", ["-fixed", "4"]), ("pdftotext-enc-gbk", ["-enc", "GBK"]),
          ("pdftotext-raw-nopgbrk", ["-raw", "-nopgbrk"]), ("pdftotext-layout-nopgbrk", ["-layout", "-nopgbrk"])]
ENCODINGS = ["utf-8", "utf-8-sig", "crlf", "gb18030", "utf-8", "gb18030-crlf"]
OCR_FILES = {("p11-002", "pdftotext-raw"), ("p11-013", "pdftotext"), ("p11-021", "pdftotext-layout")}


def converter(script: str):
    if script == "simp":
        return lambda t: t
    import opencc

    return opencc.OpenCC(script).convert


def pdftotext(pdf: Path, args: list[str]) -> bytes:
    return subprocess.run(["pdftotext", *args, str(pdf), "-"], check=True, capture_output=True).stdout


def refuse_overlap(cands: list[str], other_text: str) -> list[str]:
    """The candidates that share no 15-character stretch with ``other_text``."""
    owner: dict[str, list[int]] = {}
    for k, p in enumerate(cands):
        for g in grams(p):
            owner.setdefault(g, []).append(k)
    bad = set()
    for i in range(len(other_text) - 14):
        ks = owner.get(other_text[i:i + 15])
        if ks:
            bad.update(ks)
    return [p for k, p in enumerate(cands) if k not in bad]


def probe(paras: list[str], conv, font: str, tmp: Path) -> list[tuple[str, str]]:
    """(paragraph, converted) for the paragraphs that pdftotext gives back unchanged in ``font``."""
    path = tmp / "probe.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    texts = [conv(p) for p in paras]
    for t in texts:
        y = 800
        for line, _ in wrap(t, font, 10, 480):
            c.setFont(font, 10)
            c.drawString(50, y, line)
            y -= 15
        c.showPage()
    c.save()
    pages = pdftotext(path, []).decode("utf-8").split("\f")
    return [(p, t) for p, t, pg in zip(paras, texts, pages, strict=False) if squash(pg) == squash(t)]


def encode(text: str, enc: str) -> bytes:
    if enc in ("crlf", "gb18030-crlf") and "\r\n" not in text:
        text = text.replace("\n", "\r\n")
    if enc == "utf-8-sig":
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    return text.encode("gb18030" if enc.startswith("gb18030") else "utf-8")


def main() -> int:
    rng = random.Random(SEED)
    side_sents = {"dev11": sentences(DATA / "example.dev"), "held11": sentences(DATA / "example.test")}
    pools = {s: paragraphs(v, random.Random(SEED + k)) for k, (s, v) in enumerate(side_sents.items())}
    for s in pools:
        rng.shuffle(pools[s])
        pools[s] = pools[s][:700]
    joined = {s: "".join(v) for s, v in side_sents.items()}
    pools = {"dev11": refuse_overlap(pools["dev11"], joined["held11"]),
             "held11": refuse_overlap(pools["held11"], joined["dev11"])}
    out = HERE
    manifest, used = [], set()
    enc_i = extra_i = 0
    prose_of = {"dev11": [], "held11": []}
    with tempfile.TemporaryDirectory(prefix="dev11print-") as tmpd:
        tmp = Path(tmpd)
        probed = {}
        for k, (design, fn, scripts) in enumerate(DESIGNS):
            for j in range(2):
                script = scripts.split("/")[j % len(scripts.split("/"))]
                n = k * 2 + j
                doc_id = f"p11-{n:03d}"
                split = "dev11" if k < 8 else "held11"
                key = (split, script)
                if key not in probed:
                    probed[key] = probe(pools[split], converter(script), FONT_OF[script], tmp)
                avail = [(p, t) for p, t in probed[key] if p not in used][:24]
                used.update(p for p, _ in avail)  # a paragraph is used once, in whichever script
                prose = [t for _, t in reversed(avail)]
                CONV[:] = [converter(script), FONT_OF[script]]
                doc_rng = random.Random(f"{SEED}-{doc_id}")
                d = fn(doc_rng, prose, n)
                pdf = tmp / f"{doc_id}_pdf.pdf"
                d.render(pdf, doc_id)
                content = {u["id"] for u in d.units}
                files = [{"path": f"native/{split}/{doc_id}_pdf.pdf", "route": "native", "tool": "reportlab",
                          "encoding": "pdf"}]
                golds = {f"{doc_id}_pdf": {
                    "doc_id": f"{doc_id}_pdf", "source": f"{design} PDF (reportlab)",
                    "units": [{"kind": u["kind"], "text": u["text"]} for u in d.units],
                    "furniture": list(dict.fromkeys(f["text"] for f in d.furn if not f["cell"]))}}
                prose_of[split] += [u["text"] for u in d.units if u["kind"] == "paragraph"]
                tools = [("pdftotext", []), ("pdftotext-layout", ["-layout"]), ("pdftotext-raw", ["-raw"])]
                while True:  # -enc GBK only where it loses no character (it drops the middle dot)
                    extra = EXTRAS[extra_i % len(EXTRAS)]
                    extra_i += 1
                    if extra[0] != "pdftotext-enc-gbk" or squash(pdftotext(pdf, extra[1]).decode("gbk")) == \
                            squash(pdftotext(pdf, []).decode("utf-8")):
                        break
                tools.append(extra)
                texts = {}
                for tool, args in tools:
                    raw = pdftotext(pdf, args)
                    if tool == "pdftotext-enc-gbk":
                        text, enc = raw.decode("gbk"), "gb18030"
                    elif tool == "pdftotext-eol-dos":
                        text, enc = raw.decode("utf-8"), "crlf"
                    else:
                        text = raw.decode("utf-8")
                        enc = ENCODINGS[enc_i % len(ENCODINGS)]
                        enc_i += 1
                        if enc.startswith("gb18030") and script != "simp":
                            enc = "crlf"
                    try:
                        owners = align(text, d.strings)
                    except ValueError as err:
                        raise SystemExit(f"{doc_id} {tool}: {err}") from err
                    if (doc_id, tool) in OCR_FILES:
                        text, owners = ocr_spaces(text, owners, content, doc_rng)
                    units = text_units(d, text, owners)
                    flat = squash(text)
                    assert "".join(squash(u["text"]) for u in units) == flat
                    assert all(squash(u["text"]) in flat for u in units)
                    stem = f"{doc_id}_{tool}"
                    texts[stem] = encode(text, enc)
                    golds[stem] = {"doc_id": stem, "source": f"{design} PDF, {' '.join(['pdftotext', *args])}",
                                   "units": units}
                    files.append({"path": f"text/{split}/{stem}.txt", "route": "text", "tool": tool,
                                  "encoding": enc + ("+ocr" if (doc_id, tool) in OCR_FILES else "")})
                manifest.append({"id": doc_id, "split": split, "script": "simp" if script == "simp" else "trad",
                                 "design": design, "pages": d.npages, "files": files})
                for stem, data in texts.items():
                    (tmp / f"{stem}.txt").write_bytes(data)
                for stem, g in golds.items():
                    (tmp / f"{stem}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n",
                                                      encoding="utf-8")
                print(doc_id, design, split, d.npages, "pages", len(d.units), "units", file=sys.stderr)
        # the two sides share no 15-character stretch of prose (as written and in t2s form)
        import opencc

        t2s = opencc.OpenCC("t2s").convert
        held = set().union(*(grams(p) | grams(t2s(p)) for p in prose_of["held11"]))
        for p in prose_of["dev11"]:
            assert not (grams(p) | grams(t2s(p))) & held, p
        for sub in ("text/dev11", "text/held11", "native/dev11", "native/held11"):
            (out / sub).mkdir(parents=True, exist_ok=True)
            for old in (out / sub).glob("p11-*"):
                old.unlink()
        for old in (out / "gold").glob("p11-*.json"):
            old.unlink()
        for doc in manifest:
            for f in doc["files"]:
                stem = Path(f["path"]).stem
                shutil.copy(tmp / Path(f["path"]).name, out / f["path"])
                shutil.copy(tmp / f"{stem}.json", out / "gold" / f"{stem}.json")
    (out / "manifest-dev11-print.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n",
                                                   encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
