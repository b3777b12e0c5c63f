"""Batch 14 print part: twelve print designs (``p14-000`` .. ``p14-023``), two documents each.

Designs 0-7 go to ``dev14``, designs 8-11 only to ``held14``. Every document is typeset with reportlab (CID fonts
STSong-Light / MSung-Light), extracted by pdftotext (default, ``-layout``, ``-raw`` and one more option set), and
golded from construction: every drawn string is recorded with its owner (a content unit or one furniture string),
and the extraction's non-space runs are matched against those strings (see ``align``). Prose: Resume NER
``train.char.bmes`` (dev14 sentences 0-629, held14 sentences 1900-2539). Deterministic (seeded).

    PYTHONPATH=$PWD:/path/to/reportlab+opencc python benchmarks/segcorpus/make_dev14_print.py
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from reportlab.lib.pagesizes import A4, A5, B5, landscape, letter
from reportlab.pdfbase import _cidfontdata, pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "benchmarks" / "segcorpus"
DATA = ROOT.parent.parent / "shared" / "data" if not (ROOT / "shared").exists() else ROOT / "shared" / "data"
if not DATA.exists():
    DATA = Path("/work/shared/data")
RESUME = DATA / "resume_ner" / "train.char.bmes"
CLUENER = DATA / "cluener2020"
SEED = 14_2026
K16 = (184 * 72 / 25.4, 260 * 72 / 25.4)
MM = 72 / 25.4
# reportlab 5.1 maps MSung-Light (Adobe-CNS1) to the GB CMap, which poppler refuses: give it its own
_cidfontdata.defaultUnicodeEncodings["MSung-Light"] = ("cht", "UniCNS-UCS2-H")
for _f in ("STSong-Light", "MSung-Light"):
    pdfmetrics.registerFont(UnicodeCIDFont(_f))

CLOSERS = set("，。、；：？！）》」』”’】…")
SURN = "王李张刘陈杨黄赵周吴徐孙朱马胡郭林何高罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建文辉玲志红晓斌宇浩凯健俊帆帅旭宁雪琳晨岚瑶欣睿博远航"


# ----------------------------------------------------------------------------------------------- prose

def read_resume():
    sents, cur, tags = [], [], []
    for line in RESUME.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(("".join(cur), tags))
            cur, tags = [], []
            continue
        ch, tag = line.split()
        cur.append(ch)
        tags.append(tag)
    if cur:
        sents.append(("".join(cur), tags))
    return sents


def grams(text: str, n: int = 15) -> set[str]:
    t = re.sub(r"\s", "", text)
    return {t[i:i + n] for i in range(len(t) - n + 1)}


class Prose:
    """Sentences of one side, consumed in order; paragraphs of 60-300 characters."""

    def __init__(self, sents, rng, forbid=None, badchars=frozenset()):
        self.sents = list(sents)
        self.rng = rng
        self.forbid = forbid
        self.bad = badchars
        self.i = 0
        self.used: list[str] = []

    def _next(self):
        while self.i < len(self.sents):
            text, tags = self.sents[self.i]
            self.i += 1
            if any(c in self.bad for c in text) or len(text) < 6:
                continue
            # rewrite the name that opens some sentences (`高勇：男，…` -> an invented name)
            if tags and tags[0] == "B-NAME" and self.rng.random() < 0.5:
                end = next((k for k, t in enumerate(tags) if t == "E-NAME"), None)
                if end is not None and end < 5:
                    text = self.rng.choice(SURN) + "".join(self.rng.sample(GIVEN, self.rng.choice((1, 2)))) \
                        + text[end + 1:]
            if self.forbid is not None and grams(text) & self.forbid:
                continue
            return text
        raise SystemExit(f"prose exhausted ({len(self.sents)} sentences, {len(self.used)} used)")

    def _ok(self, para: str) -> bool:
        return self.forbid is None or not (grams(para) & self.forbid)

    def para(self, lo=60, hi=300) -> str:
        target = self.rng.randint(lo, min(hi, lo + 160))
        out = ""
        while len(out) < target:
            s = self._next()
            if len(out) + len(s) > hi and len(out) >= lo:
                self.i -= 1
                break
            if out and not self._ok(out + s):
                continue
            out += s
        out = out.rstrip("，、；：")
        if not out.endswith(("。", "！", "？")):
            out += "。"
        self.used.append(out)
        return out

    def item(self, end="；", lo=20, hi=90) -> str:
        p = self.para(lo, hi)
        self.used.pop()
        p = p[:-1] + end if end is not None else p[:-1]
        self.used.append(p)
        return p

    def clause(self, lo=6, hi=18) -> str:
        """A short piece of a sentence (verse lines): cut at a comma."""
        s = self._next()
        parts = [p for p in re.split(r"(?<=[，、；。])", s) if p]
        out = parts[0]
        for p in parts[1:]:
            if len(out) >= lo:
                break
            out += p
        out = out[:hi].rstrip("，、；。：")
        self.used.append(out)
        return out


# ----------------------------------------------------------------------------------------------- layout

class Doc:
    """A typeset document: blocks flowed into columns; every drawn string recorded with its owner."""

    def __init__(self, path, pagesize, margins, font, size=10.5, lead=1.6, cols=1, gap=18, foot_reserve=0):
        self.c = canvas.Canvas(str(path), pagesize=pagesize, invariant=1)
        self.c.setTitle("")
        self.W, self.H = pagesize
        self.ml, self.mr, self.mt, self.mb = margins
        self.font, self.size, self.lead = font, size, lead
        self.ncols, self.gap = cols, gap
        self.foot_reserve = foot_reserve
        self.units: list[dict] = []      # content units: kind, text
        self.furniture: list[dict] = []  # furniture strings: text, cell
        self.pieces: list[dict] = []     # drawn strings: page, text, owner
        self.page = 1
        self.col = 0
        self.top = self.H - self.mt
        self.y = self.top
        self.notes: list[str] = []
        self.decor = None  # function(doc, page) drawing running heads / feet at page end
        self.conv = lambda t: t
        self.total = 0

    # owners
    def unit(self, kind, text):
        self.units.append({"kind": kind, "text": text})
        return ("u", len(self.units) - 1)

    def furn(self, text, cell=False):
        self.furniture.append({"text": text, "cell": cell})
        return ("f", len(self.furniture) - 1)

    # drawing
    def width(self, s, size=None, font=None):
        return pdfmetrics.stringWidth(s, font or self.font, size or self.size)

    def draw(self, x, y, s, owner, size=None, bold=False, font=None, align="left", record=True):
        size = size or self.size
        font = font or self.font
        w = self.width(s, size, font)
        if align == "center":
            x -= w / 2
        elif align == "right":
            x -= w
        t = self.c.beginText(x, y)
        t.setFont(font, size)
        if bold:
            self.c.setLineWidth(size / 30)
            t.setTextRenderMode(2)
        t.textOut(s)
        if bold:
            t.setTextRenderMode(0)
        self.c.drawText(t)
        if record:
            self.pieces.append({"page": self.page, "text": s, "owner": owner, "x": round(x), "y": round(y)})
        return w

    def ftext(self, x, y, s, size=None, align="left", bold=False, cell=False):
        """A furniture string drawn at a fixed place."""
        s = self.conv(s)
        self.draw(x, y, s, self.furn(s, cell), size=size, align=align, bold=bold)

    def rule(self, x1, y1, x2, y2, w=0.5):
        self.c.setLineWidth(w)
        self.c.line(x1, y1, x2, y2)

    # flow
    def colx(self, span=False):
        if span or self.ncols == 1:
            return self.ml, self.W - self.ml - self.mr
        cw = (self.W - self.ml - self.mr - self.gap * (self.ncols - 1)) / self.ncols
        return self.ml + self.col * (cw + self.gap), cw

    def bottom(self):
        return self.mb + self.foot_reserve

    def newpage(self):
        self.finish_page()
        self.c.showPage()
        self.page += 1
        self.col = 0
        self.top = self.H - self.mt
        self.y = self.top

    def finish_page(self):
        if self.notes:
            y = self.mb + max(self.foot_reserve, 30) - 12
            self.rule(self.ml, y + 10, self.ml + 120, y + 10)
            for n in self.notes:
                self.ftext(self.ml, y, n, size=self.size - 2)
                y -= (self.size - 2) * 1.4
            self.notes = []
        if self.decor:
            self.decor(self, self.page)

    def advance(self, h):
        if self.y - h < self.bottom():
            if self.col + 1 < self.ncols:
                self.col += 1
                self.y = self.top
            else:
                self.newpage()

    def breaklines(self, text, width, size, first_indent=0.0, indent=0.0):
        lines, cur, avail = [], "", width - first_indent
        for ch in text:
            if self.width(cur + ch, size) > avail and cur and ch not in CLOSERS:
                lines.append(cur)
                cur, avail = "", width - indent
            cur += ch
        if cur:
            lines.append(cur)
        return lines

    def block(self, kind, text, size=None, bold=0, align="left", indent="first", before=0.0, after=0.0,
              span=False, owner=None, lead=None, keep=False, note=None, right_pad=0.0):
        """One content unit (kind) or furniture (kind None) flowed at the current place. ``bold`` is the length of
        a bold run-in head (True: all), ``indent`` first / hang / none / a number of characters (block indent)."""
        size = size or self.size
        lead = (lead or self.lead) * size
        text = self.conv(text)
        hard = text.split("\n")
        text = "".join(hard)
        if owner is None:
            owner = self.unit(kind, text) if kind else self.furn(text)
        if span and self.col != 0:
            span = False
        x0, w = self.colx(span)
        w -= right_pad
        first = rest = 0.0
        if indent == "first":
            first = 2 * size
        elif indent == "hang":
            m = re.match(r"^(\S{1,4}?[、．.）)]|（\S{1,3}）|\d+\.\s?|[①-⑳])", text)
            rest = self.width(m.group(0), size) if m else 2 * size
        elif isinstance(indent, (int, float)):
            first = rest = indent * size
        lines = []
        for k, h in enumerate(hard):
            lines += self.breaklines(h, w, size, first if k == 0 else rest, rest)
        self.y -= before
        if keep:
            self.advance(lead * (len(lines) + 2))
        boldleft = len(text) if bold is True else int(bold)
        for k, ln in enumerate(lines):
            self.advance(lead)
            if span and self.col != 0:
                span = False
            x0, w = self.colx(span)
            w -= right_pad
            self.y -= lead
            x = x0 + (first if k == 0 else rest)
            if align == "center":
                x = x0 + w / 2
            elif align == "right":
                x = x0 + w
            if boldleft and align == "left":
                b, r = ln[:boldleft], ln[boldleft:]
                boldleft -= len(b)
                x += self.draw(x, self.y, b, owner, size=size, bold=True)
                if r:
                    self.draw(x, self.y, r, owner, size=size)
            else:
                self.draw(x, self.y, ln, owner, size=size, bold=bool(boldleft), align=align)
        if note:
            self.notes.append(note)
        self.y -= after
        if span:
            self.top = min(self.top, self.y)
        return owner

    def figure(self, h, caption, size=None):
        """A picture (a grey box, no text) with its caption centred under it (furniture)."""
        size = size or self.size - 1.5
        self.advance(h + size * 2.2)
        x0, w = self.colx()
        self.y -= h + 4
        self.c.setFillGray(0.85)
        self.c.rect(x0 + w * 0.1, self.y, w * 0.8, h, stroke=0, fill=1)
        self.c.setFillGray(0)
        self.y -= size * 1.5
        self.ftext(x0 + w / 2, self.y, caption, size=size, align="center")
        self.y -= size

    def table(self, rows, widths, size=None, head_bold=True, ruled=True, pad=4, span=True):
        """A table: each cell its own furniture string (one debris unit per cell); cells wrap."""
        size = size or self.size - 1
        if span and self.col != 0:
            span = False
        x0, w = self.colx(span)
        scale = w / sum(widths)
        ws = [v * scale for v in widths]
        lead = size * 1.4
        for r, row in enumerate(rows):
            row = [self.conv(c) for c in row]
            cells = [self.breaklines(c, cw - 2 * pad, size) for c, cw in zip(row, ws, strict=True)]
            h = max(len(c) for c in cells) * lead + pad
            self.advance(h + 2)
            if span and self.col != 0:
                span = False
            x0, w = self.colx(span)
            top = self.y
            x = x0
            for cell, lines, cw in zip(row, cells, ws, strict=True):
                owner = self.furn(cell, cell=True)
                yy = top
                for ln in lines:
                    yy -= lead
                    self.draw(x + pad, yy + 2, ln, owner, size=size, bold=(r == 0 and head_bold))
                x += cw
            self.y = top - h
            if ruled:
                self.rule(x0, top, x0 + sum(ws), top)
                self.rule(x0, self.y, x0 + sum(ws), self.y)
                xx = x0
                for cw in [0] + ws:
                    xx += cw
                    self.rule(xx, top, xx, self.y)
        self.y -= 6
        if span:
            self.top = min(self.top, self.y)

    def save(self):
        self.finish_page()
        self.c.showPage()
        self.c.save()
        return self.page


# ----------------------------------------------------------------------------------------------- designs

def pick_name(rng):
    return rng.choice(SURN) + "".join(rng.sample(GIVEN, rng.choice((1, 2))))


def cn_num(n):
    return "一二三四五六七八九十"[n - 1] if n <= 10 else "十" + "一二三四五六七八九"[n - 11]


def d_play(doc, P, rng, v):
    """剧本: title, 人物 list, 幕/场 heads, stage directions in brackets, speaker lines run in."""
    title = rng.choice(["春风里的小镇", "远山的灯火", "码头上的早晨"]) + ("（话剧）" if v else "")
    author = pick_name(rng)
    doc.decor = lambda d, p: (d.ftext(d.ml if p % 2 == 0 else d.W - d.mr, d.mb - 24, f"{p}",
                                      align="left" if p % 2 == 0 else "right", size=9),
                              d.ftext(d.W / 2, d.H - d.mt + 16, title if p % 2 == 0 else "剧本原稿", size=8,
                                      align="center")) if p > 1 else None
    doc.block("title", title, size=20, align="center", indent="none", after=8)
    doc.block("byline", f"编剧　{author}", size=11, align="center", indent="none", after=14)
    doc.block("heading", "人　物", size=12, bold=True, indent="none", after=4)
    people = [pick_name(rng) for _ in range(4)]
    for n, role in zip(people, rng.sample(["四十余岁，镇长", "二十八岁，返乡青年", "六十岁，老船工", "三十岁，小学教师",
                                           "五十岁，茶馆老板"], 4), strict=True):
        doc.block("paragraph", f"{n}——{role}", indent=2, size=10)
    doc.block("paragraph", "时间　现代，一个春天。" if v else "时间：现代。　地点：江南某小镇。", indent="none", before=6)
    for act in range(1, 3):
        doc.block("heading", f"第{cn_num(act)}幕", size=15, bold=True, align="center", indent="none", before=16,
                  after=6, keep=True)
        if v:
            doc.block("heading", f"第{act}场　{rng.choice(['码头', '茶馆', '村委会', '渡口'])}", size=12,
                      align="center", indent="none", after=6)
        doc.block("paragraph", "【" + P.para(60, 140)[:-1] + "】", indent=2, size=doc.size - 0.5)
        for _ in range(rng.randint(5, 7)):
            who = rng.choice(people)
            line = P.para(40, 160)
            if rng.random() < 0.4:
                line = "（" + rng.choice(["站起", "低声", "笑", "转身", "停顿片刻"]) + "）" + line
            doc.block("paragraph", f"{who}：{line}", bold=len(who) + 1, indent="hang" if v else "none",
                      before=3)
        doc.block("paragraph", "〔" + rng.choice(["灯暗。", "幕落。", "众人下。"]) + "〕", align="center",
                  indent="none", before=6)


def d_poetry(doc, P, rng, v):
    """诗选: anthology page with short verse lines (stanzas), prose poems, a footnote, dates flush right."""
    title = rng.choice(["山河集", "晚风集", "四季诗笺"])
    doc.decor = lambda d, p: (d.rule(d.ml, d.H - d.mt + 12, d.W - d.mr, d.H - d.mt + 12),
                              d.ftext(d.ml, d.H - d.mt + 16, f"《{title}》作品选", size=8),
                              d.ftext(d.W / 2, d.mb - 26, f"·{p}·".replace("·", "－"), size=9, align="center"))
    doc.block("title", f"{title}（选章）", size=18, align="center", indent="none", after=4)
    doc.block("byline", f"{pick_name(rng)}　著", size=11, align="center", indent="none", after=12)
    for k in range(3 if v else 4):
        doc.block("heading", rng.choice(["致远方", "河流", "旧居", "在路上", "灯下", "春分", "秋夜"]) + f"（{cn_num(k + 1)}）"
                  if v else f"{cn_num(k + 1)}　" + rng.choice(["雨巷", "故乡", "晨钟", "麦田", "远行"]),
                  size=13, bold=True, align="center" if v else "left", indent="none" if v else 4, before=12,
                  after=4, keep=True)
        for _ in range(2):
            lines = [P.clause() for _ in range(rng.randint(3, 5))]
            # verse: every line its own drawn line; one stanza = one unit
            doc.block("paragraph", "\n".join(lines), indent=4 if not v else 3, size=doc.size)
            doc.y -= 6
        if k == 1:
            doc.block("paragraph", P.para(100, 220), indent="first", before=4,
                      note="① 本篇为散文诗，初刊于《" + rng.choice(["星星", "诗刊", "绿风"]) + "》。")
        doc.block("meta", f"{2019 + k}年{rng.randint(1, 12)}月于{rng.choice(['杭州', '成都', '兰州', '大理'])}",
                  align="right", indent="none", size=9, before=2)


def d_prospectus(doc, P, rng, v):
    """招股说明书 excerpt: 第X节 heads, 释义 table (指), 一、/（一）heads, 重大事项提示 frame; folio 1-1-N."""
    co = rng.choice(["江城精密制造", "华川新材料科技", "东屿生物医药"]) + "股份有限公司"
    abbr = co[:2]
    doc.decor = lambda d, p: (d.ftext(d.W - d.mr, d.H - d.mt + 14, f"{co}　招股说明书（申报稿）", size=8,
                                      align="right"),
                              d.rule(d.ml, d.H - d.mt + 10, d.W - d.mr, d.H - d.mt + 10, 1.2),
                              d.ftext(d.W / 2, d.mb - 24, f"1-1-{p + 11}", size=9, align="center"))
    doc.block("title", f"{co}首次公开发行股票并在主板上市招股说明书（摘要）", size=16, bold=True, align="center",
              indent="none", after=10)
    doc.block("heading", "第一节　释义", size=14, bold=True, align="center", indent="none", before=6, after=6)
    doc.block("paragraph", "在本招股说明书中，除非文义另有所指，下列词语具有如下含义：", indent="first")
    rows = [["发行人、公司、本公司", "指", co], [f"控股股东、{abbr}集团", "指", f"{abbr}控股集团有限公司"],
            ["中国证监会", "指", "中国证券监督管理委员会"], ["报告期", "指", "2021年度、2022年度及2023年度"],
            ["元、万元", "指", "人民币元、人民币万元"]]
    doc.table(rows, [30, 6, 64], ruled=False, head_bold=False)
    doc.block("heading", "第二节　概览", size=14, bold=True, align="center", indent="none", before=10, after=6,
              keep=True)
    doc.block("paragraph", "本概览仅对招股说明书全文做扼要提示。投资者作出投资决策前，应认真阅读招股说明书全文。",
              bold=0, indent="first", size=doc.size - 0.5)
    for k in range(1, 4):
        doc.block("heading", f"{cn_num(k)}、" + ["发行人基本情况", "主营业务经营情况", "发行人主要财务数据"][k - 1],
                  bold=True, indent="none", before=6, keep=True)
        if k == 2:
            for j in range(1, 3):
                doc.block("heading", f"（{cn_num(j)}）" + ["主要产品", "经营模式"][j - 1], indent=2 if v else "none",
                          before=2)
                doc.block("paragraph", P.para(), indent="first")
        elif k == 3:
            doc.table([["项目", "2023年度", "2022年度", "2021年度"],
                       ["营业收入（万元）", f"{rng.randint(50000, 90000):,}", f"{rng.randint(40000, 50000):,}",
                        f"{rng.randint(20000, 40000):,}"],
                       ["净利润（万元）", f"{rng.randint(5000, 9000):,}", f"{rng.randint(3000, 5000):,}",
                        f"{rng.randint(1000, 3000):,}"]], [34, 22, 22, 22])
            doc.block("paragraph", P.para(), indent="first")
        else:
            doc.block("paragraph", P.para(), indent="first")
            doc.block("paragraph", P.para(), indent="first")
    doc.block("heading", "重大事项提示", size=13, bold=True, align="center", indent="none", before=10, keep=True)
    for j in range(1, 4):
        doc.block("paragraph", f"{cn_num(j)}、" + P.para(60, 160), bold=2, indent="first")


def d_audit(doc, P, rng, v):
    """审计报告: number, addressee, opinion heads, key matters table, CPA signature block, date."""
    firm = rng.choice(["信诚", "中和正道", "立衡"]) + "会计师事务所（特殊普通合伙）"
    client = rng.choice(["北辰电子", "嘉禾食品", "云岭物流"]) + "股份有限公司"
    no = f"{firm[:2]}审字〔2024〕第{rng.randint(1000, 9999)}号"
    doc.decor = lambda d, p: (d.ftext(d.W - d.mr, d.H - d.mt + 14, no, size=8, align="right") if p > 1 else None,
                              d.ftext(d.W / 2, d.mb - 24, f"第{p}页", size=9, align="center"))
    doc.block("title", "审　计　报　告", size=20, bold=True, align="center", indent="none", after=4)
    doc.block("meta", no, align="center" if v else "right", indent="none", after=12)
    doc.block("meta", f"{client}全体股东：", indent="none", after=4)
    heads = ["审计意见", "形成审计意见的基础", "关键审计事项", "其他信息", "管理层和治理层对财务报表的责任"]
    for k, h in enumerate(heads[: 4 if v else 5], 1):
        doc.block("heading", f"{cn_num(k)}、{h}", bold=True, indent="first" if v else "none", before=8, keep=True)
        if k == 3:
            doc.block("paragraph", P.para(60, 120), indent="first")
            doc.block("heading", "（一）收入确认", indent="first", before=2)
            doc.table([["关键审计事项", "在审计中如何应对该事项"], [P.item("。", 40, 80), P.item("。", 40, 90)]],
                      [45, 55])
            doc.furniture[-2]["cell"] = doc.furniture[-1]["cell"] = True
        else:
            for _ in range(rng.randint(1, 2)):
                doc.block("paragraph", P.para(), indent="first")
    doc.y -= 24
    blk = [("byline", firm, "left"), ("byline", f"中国注册会计师：{pick_name(rng)}（项目合伙人）", "right"),
           ("meta", "中国　" + rng.choice(["北京", "上海", "昆明"]), "left"),
           ("byline", f"中国注册会计师：{pick_name(rng)}", "right"),
           ("meta", f"二〇二四年{cn_num(rng.randint(3, 4))}月{cn_num(rng.randint(11, 19))}日", "right")]
    for kind, t, al in blk:
        doc.block(kind, t, indent="none", align=al if v else "right", keep=False, before=4)


def d_discharge(doc, P, rng, v):
    """出院记录: hospital header, label rows, run-in label paragraphs, numbered diagnoses, doctors' signatures."""
    hosp = rng.choice(["滨江市第一人民医院", "西山区中心医院", "南湖大学附属医院"])
    stamp = f"打印时间：2024-0{rng.randint(1, 9)}-1"

    def decor(d, p):
        d.ftext(d.W / 2, d.H - d.mt + 30, hosp, size=16, align="center", bold=True)
        d.rule(d.ml, d.H - d.mt + 8, d.W - d.mr, d.H - d.mt + 8, 1)
        d.ftext(d.ml, d.mb - 24, f"{stamp}{p} 09:3{p}", size=8)
        d.ftext(d.W - d.mr, d.mb - 24, f"第{p}页/共{d.total}页", size=8, align="right")
    doc.decor = decor
    doc.block("title", "出 院 记 录" if v else "出院小结", size=16, bold=True, align="center", indent="none", after=8)
    name = pick_name(rng)
    rows = [f"姓名：{name}　性别：{rng.choice('男女')}　年龄：{rng.randint(25, 80)}岁　住院号：{rng.randint(100000, 999999)}",
            f"科室：{rng.choice(['心内科', '骨科', '呼吸内科'])}　床号：{rng.randint(1, 60)}　入院日期：2024年3月{rng.randint(1, 9)}日",
            f"出院日期：2024年3月{rng.randint(15, 28)}日　住院天数：{rng.randint(6, 19)}天"]
    for r in rows:
        doc.block("meta", r, indent="none", size=doc.size - 0.5)
    doc.y -= 6
    doc.rule(doc.ml, doc.y, doc.W - doc.mr, doc.y)
    for lab in ["入院情况：", "入院诊断：", "诊疗经过：", "出院情况："]:
        if lab == "入院诊断：":
            doc.block("heading", lab, bold=True, indent="none", before=6)
            for j in range(1, 3):
                doc.block("paragraph", f"{j}．{P.clause(6, 16)}", indent=2)
            continue
        if v:
            doc.block("heading", lab, bold=True, indent="none", before=6)
            doc.block("paragraph", P.para(), indent="first")
        else:
            doc.block("paragraph", lab + P.para(), bold=len(lab), indent="none", before=6)
    doc.block("heading", "出院医嘱：", bold=True, indent="none", before=6, keep=True)
    for j in range(1, 4):
        doc.block("paragraph", f"{j}．" + P.item(), indent="hang")
    doc.y -= 18
    doc.block("byline", f"主治医师：{pick_name(rng)}　　住院医师：{pick_name(rng)}", align="right", indent="none")
    doc.block("meta", "2024年3月" + str(rng.randint(15, 28)) + "日", align="right", indent="none")


def d_statute(doc, P, rng, v):
    """法规汇编: compilation running head, statute title, adoption note, 章/条 with several 款 and 项, footnotes."""
    prov = rng.choice(["江南省", "西川省", "北原省"])
    topic = rng.choice(["人才发展促进", "职业技能培训", "就业服务"])
    doc.decor = lambda d, p: (d.ftext(d.ml if p % 2 == 0 else d.W - d.mr, d.H - d.mt + 14,
                                      f"{prov}地方性法规汇编（2024）" if p % 2 == 0 else f"{prov}{topic}条例",
                                      size=8, align="left" if p % 2 == 0 else "right"),
                              d.rule(d.ml, d.H - d.mt + 10, d.W - d.mr, d.H - d.mt + 10),
                              d.ftext(d.ml if p % 2 == 0 else d.W - d.mr, d.mb - 24, f"{p + 40}", size=9,
                                      align="left" if p % 2 == 0 else "right"))
    doc.block("title", f"{prov}{topic}条例", size=17, bold=True, align="center", indent="none", span=True, after=4)
    doc.block("meta", f"（2019年{rng.randint(3, 11)}月{rng.randint(1, 28)}日{prov}第十三届人民代表大会常务委员会第"
              f"{rng.randint(8, 20)}次会议通过　根据2023年{rng.randint(3, 9)}月{rng.randint(1, 28)}日{prov}第十四届人民代表"
              f"大会常务委员会第{rng.randint(2, 9)}次会议《关于修改〈{prov}{topic}条例〉的决定》修正）①",
              size=9, indent=2, span=True, after=10, note=f"① 本条例修正文本自2023年{rng.randint(10, 12)}月1日起施行。")
    art = 1
    for ch in range(1, 4):
        doc.block("heading", f"第{cn_num(ch)}章　" + ["总　　则", "促进措施", "保障与监督"][ch - 1], bold=True,
                  align="center", indent="none", before=8, after=4, keep=True)
        for _ in range(3):
            head = f"第{cn_num(art) if art <= 20 else art}条"
            sep = "　" if not v else "　"
            note = None
            if art == 2:
                note = "② 参见《中华人民共和国就业促进法》有关规定。"
            doc.block("paragraph", head + sep + P.para(60, 180) + ("②" if note else ""), bold=len(head),
                      indent="first", note=note)
            if art % 2 == 0:
                doc.block("paragraph", P.para(60, 150), indent="first")
            if art % 3 == 1:
                doc.block("paragraph", "有下列情形之一的，依照本条例规定处理：", indent="first")
                for j in range(1, 4):
                    doc.block("paragraph", f"（{cn_num(j)}）" + P.item("；" if j < 3 else "。", 15, 60),
                              indent="first")
            art += 1


TOPICS = ["产教融合", "数字化转型", "乡村振兴", "技能人才培养", "创新创业教育", "区域协同发展", "终身学习"]
OBJECTS = ["高职院校", "中小企业", "县域经济", "职业培训体系", "实训基地", "社区教育", "现代学徒制"]


def paper_title(rng):
    return f"{rng.choice(TOPICS)}背景下{rng.choice(OBJECTS)}" + rng.choice(
        ["的路径研究", "发展的实证分析", "运行机制探析", "评价体系构建", "的现状与对策"])


def d_journal(doc, P, rng, v):
    """期刊: a table-of-contents page, then an article's first page (title, authors, affiliation, 摘要, 关键词, CLC line,
    0 引言, 1 / 1.1 heads, two columns), 收稿日期 footnote."""
    jn = rng.choice(["现代职业教育研究", "人力资源开发学报", "区域经济评论"])
    vol = f"2024年第{rng.randint(1, 6)}期"
    doc.decor = lambda d, p: (d.ftext(d.ml if p % 2 else d.W - d.mr, d.H - d.mt + 14, f"{jn}　{vol}", size=8,
                                      align="left" if p % 2 else "right"),
                              d.rule(d.ml, d.H - d.mt + 10, d.W - d.mr, d.H - d.mt + 10),
                              d.ftext(d.W - d.mr if p % 2 else d.ml, d.mb - 24, f"·{p + 20}·".replace("·", "—"),
                                      size=9, align="right" if p % 2 else "left")) if p > 1 else None
    ncols = doc.ncols
    doc.ncols = 1
    doc.ftext(doc.W / 2, doc.H - doc.mt - 10, jn, size=22, align="center", bold=True)
    doc.ftext(doc.W / 2, doc.H - doc.mt - 34, f"{vol}（总第{rng.randint(100, 300)}期）", size=10, align="center")
    doc.y = doc.H - doc.mt - 70
    doc.ftext(doc.W / 2, doc.y, "目　　次", size=14, align="center", bold=True)
    doc.y -= 24
    for sect in ["专题研究", "实践探索"]:
        doc.ftext(doc.ml, doc.y, f"【{sect}】", size=11, bold=True)
        doc.y -= 18
        for _ in range(3):
            doc.ftext(doc.ml + 14, doc.y, paper_title(rng) + "………………", size=10)
            doc.ftext(doc.W - doc.mr, doc.y, f"{pick_name(rng)}（{rng.randint(1, 90)}）", size=10, align="right")
            doc.y -= 16
        doc.y -= 6
    doc.newpage()
    doc.block("title", paper_title(rng), size=17, bold=True, align="center", indent="none", after=6)
    a1, a2 = pick_name(rng), pick_name(rng)
    doc.block("byline", f"{a1}1　{a2}2" if v else f"{a1}，{a2}", align="center", indent="none", size=11)
    doc.block("meta", "（1. 滨海大学 教育学院，浙江 宁波 315000；2. 江东职业技术学院，江苏 南通 226000）",
              size=8.5, align="center", indent="none", after=8)
    doc.block("paragraph", "摘　要：" + P.para(120, 220), bold=4, indent=2, size=9, right_pad=2 * 9)
    doc.block("meta", "关键词：" + "；".join(rng.sample(TOPICS + OBJECTS, 4)), bold=4, indent=2, size=9)
    doc.block("meta", f"中图分类号：G71{rng.randint(0, 9)}　　文献标识码：A　　文章编号：1008-{rng.randint(1000, 9999)}"
              f"（2024）0{rng.randint(1, 6)}-00{rng.randint(10, 99)}-0{rng.randint(5, 9)}", size=8.5, indent=2,
              after=8)
    doc.notes.append(f"收稿日期：2023-{rng.randint(10, 12)}-{rng.randint(10, 28)}")
    doc.notes.append(f"作者简介：{a1}，{rng.choice(['副教授', '讲师'])}，研究方向为职业教育。")
    doc.top = doc.y
    doc.ncols = ncols
    heads = ["0　引言", "1　研究设计", "1.1　样本来源", "1.2　分析方法", "2　结果与讨论"]
    for h in heads:
        doc.block("heading", h, bold=not h.startswith("1."), size=11 if "." not in h else 10, indent="none",
                  before=4, keep=True)
        for _ in range(1 if "." in h else 2):
            doc.block("paragraph", P.para(), indent="first")
        if h.startswith("1.2"):
            doc.figure(70, f"图1　{rng.choice(OBJECTS)}样本分布（N={rng.randint(200, 900)}）")


def d_village(doc, P, rng, v):
    """村务公开栏: landscape, header strip, 公开时间, 党务/村务/财务 sections, finance table, 监督电话, committee."""
    vil = rng.choice(["青石", "柳岸", "大河", "桃源"]) + "村"
    town = rng.choice(["东坝", "石桥", "清溪"]) + "镇"
    doc.decor = lambda d, p: (d.ftext(d.ml, d.mb - 22, f"{town}{vil}村务监督委员会　监制", size=8),
                              d.ftext(d.W - d.mr, d.mb - 22, f"（{p}）", size=8, align="right"))
    doc.block("title", f"{town}{vil}村务公开栏", size=24, bold=True, align="center", indent="none", span=True,
              after=4)
    doc.block("meta", f"公开时间：2024年{rng.randint(1, 4)}季度　　公开编号：{vil[:2]}公〔2024〕{rng.randint(2, 9)}号",
              align="center", indent="none", span=True, after=10, size=10)
    secs = ["党务公开", "村务公开", "财务公开"]
    for k, s in enumerate(secs, 1):
        doc.block("heading", f"{cn_num(k)}、{s}", size=13, bold=True, indent="none", before=6, keep=True)
        if k == 3:
            doc.block("heading", "（一）本季度收支明细", indent="none", before=2)
            doc.table([["日期", "摘要", "收入（元）", "支出（元）"]] +
                      [[f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日", rng.choice(["道路维修", "上级补助", "保洁费用", "集体租金"]),
                        str(rng.randint(0, 90000)), str(rng.randint(0, 20000))] for _ in range(4)],
                      [18, 40, 21, 21], span=False)
            doc.block("heading", "（二）情况说明", indent="none", before=2)
            doc.block("paragraph", P.para(60, 150), indent="first")
        else:
            for j in range(1, 3 + (k == 2)):
                doc.block("paragraph", f"{j}." + P.item("；" if j < 2 + (k == 2) else "。", 30, 100),
                          indent="hang" if v else "first")
            doc.block("paragraph", P.para(60, 160), indent="first")
            if k == 1:
                doc.figure(60, f"图为{rng.randint(3, 9)}月{rng.randint(1, 28)}日召开的村民代表大会")
    doc.block("meta", f"监督电话：0{rng.randint(510, 799)}-{rng.randint(5000000, 8999999)}", indent="none", before=8)
    doc.block("byline", f"{vil}村民委员会", align="right", indent="none", before=10)
    doc.block("meta", f"2024年{rng.randint(4, 12)}月{rng.randint(1, 28)}日", align="right", indent="none")


def d_newsletter(doc, P, rng, v):
    """團契通訊: two columns, masthead, issue line, articles with heads and 文／X bylines, pull quotes, events."""
    name = rng.choice(["恩典堂", "橄欖山", "晨光"]) + "團契"
    issue = rng.randint(40, 90)
    doc.decor = lambda d, p: (d.rule(d.ml, d.mb - 12, d.W - d.mr, d.mb - 12),
                              d.ftext(d.W / 2, d.mb - 24, f"{name}通訊　第{issue}期　{p}", size=8,
                                      align="center"))
    doc.ftext(doc.W / 2, doc.H - doc.mt - 14, f"{name}通訊", size=26, align="center", bold=True)
    doc.ftext(doc.ml, doc.H - doc.mt - 34, f"2024年{rng.randint(1, 12)}月號", size=9)
    doc.ftext(doc.W - doc.mr, doc.H - doc.mt - 34, "內部刊物　歡迎索取", size=9, align="right")
    doc.rule(doc.ml, doc.H - doc.mt - 40, doc.W - doc.mr, doc.H - doc.mt - 40, 1.5)
    doc.y = doc.top = doc.H - doc.mt - 48
    heads = rng.sample(["同行十年　感恩有你", "探访长者记", "诗班的周六早晨", "新春团拜小记", "青年营三日",
                        "社区义诊侧记"], 3)
    doc.block("title", heads[0], size=17, bold=True, indent="none", span=True, after=2)
    doc.block("byline", f"撰文　{pick_name(rng)}", size=9, indent="none", span=True, after=6)
    for art in range(3):
        if art:
            doc.block("heading", heads[art], size=13, bold=True, indent="none", before=10, keep=True)
            doc.block("byline", f"撰文　{pick_name(rng)}", size=9, align="right", indent="none", after=2)
        for j in range(3):
            doc.block("paragraph", P.para(), indent="first" if v else "none", before=0 if v else 4)
            if art == 1 and j == 0:
                doc.figure(80, f"圖：{rng.choice(['青年聚會', '探訪長者', '詩班練習'])}剪影（攝影：{pick_name(rng)}）")
            if j == 1 and art < 2:
                q = P.clause(10, 18)
                P.used.pop()
                doc.y -= 6
                x0, w = doc.colx()
                doc.rule(x0 + 10, doc.y, x0 + w - 10, doc.y, 1)
                doc.block(None, "「" + q + "」", size=13, align="center", indent="none", before=2, after=4)
                doc.rule(x0 + 10, doc.y, x0 + w - 10, doc.y, 1)
                doc.y -= 6
    doc.block("heading", "活動預告", size=13, bold=True, indent="none", before=10, keep=True)
    for lab, val in [("日期：", f"{rng.randint(5, 12)}月{rng.randint(1, 28)}日（主日）下午二時"),
                     ("地點：", f"本堂{rng.randint(2, 5)}樓禮堂"), ("聯絡：", f"{pick_name(rng)}姊妹")]:
        doc.block("paragraph", lab + val, bold=3, indent="none")


def d_sheet(doc, P, rng, v):
    """電子表格列印: sheet header/footer, title, 製表 line, a wide gridded table across pages, 說明 notes."""
    unit = rng.choice(["臺中市", "新竹縣", "花蓮縣"]) + rng.choice(["社區大學", "青年發展中心"])
    doc.decor = lambda d, p: (d.ftext(d.W / 2, d.H - d.mt + 16, "工作表1" if not v else "Sheet1", size=8,
                                      align="center"),
                              d.ftext(d.W / 2, d.mb - 22, f"第 {p} 頁" if v else f"頁 {p}", size=8, align="center"))
    doc.block("title", f"{unit}2024年度課程講師名冊", size=15, bold=True, align="center", indent="none", after=2)
    doc.block("meta", f"製表單位：{unit}教務組　　製表日期：2024/0{rng.randint(1, 9)}/{rng.randint(10, 28)}",
              size=9, align="right", indent="none", after=4)
    rows = [["序號", "姓名", "學歷", "現職", "授課領域", "聯絡電話", "備註"]]
    for i in range(14 if v else 18):
        rows.append([str(i + 1), pick_name(rng), rng.choice(["碩士", "學士", "博士"]),
                     rng.choice(["高中教師", "工程師", "會計師", "社工"]), rng.choice(["語文", "資訊", "理財", "藝術"]),
                     f"09{rng.randint(10, 99)}-{rng.randint(100, 999)}-{rng.randint(100, 999)}",
                     rng.choice(["", "新聘", "續聘"]) or "—"])
    doc.table(rows, [6, 10, 8, 14, 12, 16, 8], size=9)
    doc.block("heading", "說明：", bold=True, indent="none", before=6)
    for j in range(1, 4):
        doc.block("paragraph", f"{j}. " + P.item("。" if j == 3 else "；", 30, 110), indent="hang", size=9)
    doc.block("heading", "二、師資概況分析" if v else "師資概況分析", bold=True, indent="none", before=8)
    doc.block("paragraph", P.para(), indent="first")


def d_memorial(doc, P, rng, v):
    """生平: memorial booklet, title, life chronicle lines (year ranges), heads by size only, closing, committee."""
    name = pick_name(rng)
    doc.decor = lambda d, p: (d.ftext(d.W / 2, d.H - d.mt + 16, "深切缅怀" if p == 1 else f"{name}同志生平", size=9,
                                      align="center"),
                              d.ftext(d.W / 2, d.mb - 22, f"— {p} —", size=9, align="center") if p > 1 else None)
    doc.block("title", f"{name}同志生平", size=20, align="center", indent="none", after=14)
    doc.block("paragraph", P.para(100, 220), indent="first")
    doc.block("heading", "生平简历", size=13 if v else 12, align="center" if v else "left", indent="none", before=10)
    y = rng.randint(1978, 1990)
    for _ in range(5):
        y2 = y + rng.randint(2, 6)
        doc.block("paragraph", f"{y}年9月—{y2}年7月　" + P.clause(8, 22), indent="hang" if v else "none", size=10)
        y = y2
    doc.block("heading", "主要事迹", size=13 if v else 12, align="center" if v else "left", indent="none", before=10)
    for _ in range(3):
        doc.block("paragraph", P.para(), indent="first")
    doc.block("paragraph", P.para(60, 120)[:-1] + "！", indent="first")
    doc.block("paragraph", f"{name}同志永垂不朽！", align="center", indent="none", before=10)
    doc.block("byline", f"{name}同志治丧委员会", align="right", indent="none", before=12)
    doc.block("meta", f"2024年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", align="right", indent="none")


def d_deeds(doc, P, rng, v):
    """先进事迹材料: title + dash subtitle, centred bold four-character section heads, quotes, no page folio on p1."""
    name = pick_name(rng)
    co = rng.choice(["晨星电力", "远帆物流", "禾丰农业"]) + "公司"
    doc.decor = lambda d, p: (d.ftext(d.W - d.mr, d.H - d.mt + 14, f"{co}先进事迹材料汇编", size=8, align="right"),
                              d.rule(d.ml, d.H - d.mt + 10, d.W - d.mr, d.H - d.mt + 10, 0.3),
                              d.ftext(d.W - d.mr, d.mb - 22, f"{p}", size=9, align="right")) if p > 1 else None
    doc.block("title", rng.choice(["扎根一线写忠诚", "匠心铸就精品路", "平凡岗位显担当"]), size=19, bold=True,
              align="center", indent="none", after=2)
    doc.block("heading", f"——记{co}{rng.choice(['运维班班长', '项目经理', '技术骨干'])}{name}", size=13,
              align="center", indent="none", after=10)
    doc.block("paragraph", P.para(80, 200), indent="first")
    for h in rng.sample(["勇挑重担　迎难而上", "精益求精　追求卓越", "甘于奉献　不计得失", "传帮带教　薪火相传"], 3):
        doc.block("heading", h, size=12, bold=True, align="center", indent="none", before=10, after=2, keep=True)
        for _ in range(2):
            doc.block("paragraph", P.para(), indent="first")
        doc.block("paragraph", "“" + P.para(30, 80)[:-1] + "。”" + f"{name}说。", indent="first")
    doc.block("meta", f"（推荐单位：{co}工会）", align="right", indent="none", before=8, size=10)


DESIGNS = [  # name, function, page sizes, margins(mm), size, lead, cols, script (v0, v1)
    ("play", d_play, (A5, B5), (18, 18, 20, 22), (10, 10.5), (1.7, 1.5), (1, 1), "simp"),
    ("poetry", d_poetry, (B5, A5), (24, 24, 24, 26), (11, 10.5), (1.9, 1.7), (1, 1), "simp"),
    ("prospectus", d_prospectus, (A4, A4), (22, 22, 26, 24), (9.5, 10), (1.5, 1.6), (1, 1), "simp"),
    ("audit", d_audit, (A4, letter), (30, 28, 30, 28), (11, 10.5), (1.8, 1.6), (1, 1), "simp"),
    ("discharge", d_discharge, (A4, A4), (20, 20, 34, 24), (10.5, 10), (1.6, 1.5), (1, 1), "simp"),
    ("statute", d_statute, (K16, A4), (20, 20, 24, 24), (9.5, 10), (1.55, 1.6), (2, 1), "simp"),
    ("journal", d_journal, (A4, K16), (20, 20, 24, 24), (9.5, 9.5), (1.55, 1.5), (2, 2), "simp"),
    ("village", d_village, (landscape(A4), landscape(A4)), (16, 16, 16, 18), (10, 10), (1.5, 1.5), (3, 2), "simp"),
    ("newsletter", d_newsletter, (letter, A4), (16, 16, 16, 20), (10, 10), (1.5, 1.55), (2, 2), "hk"),
    ("sheet", d_sheet, (landscape(A4), A4), (14, 14, 18, 18), (10, 10), (1.5, 1.5), (1, 1), "tw"),
    ("memorial", d_memorial, (A5, A4), (18, 18, 20, 20), (10.5, 12), (1.7, 1.8), (1, 1), "simp"),
    ("deeds", d_deeds, (A4, B5), (28, 26, 30, 28), (12, 10.5), (1.7, 1.6), (1, 1), "simp"),
]
EXTRA = [("-nopgbrk", "nopgbrk"), ("-eol dos", "eol-dos"), ("-fixed 3", "fixed3"), ("-enc GBK", "enc-gbk"),
         ("-f 2", "f2"), ("-layout -nopgbrk", "layout-nopgbrk"), ("-raw -nopgbrk", "raw-nopgbrk")]
ENCS = ["utf-8", "utf-8-sig", "gb18030", "crlf", "gb18030+crlf"]
OCR = {"p14-003_pdftotext-raw", "p14-010_pdftotext", "p14-017_pdftotext-layout"}


# ----------------------------------------------------------------------------------------------- gold

def align(text: str, pieces: list[dict]) -> list[tuple]:
    """Owner of every character of ``text`` (an extraction): its non-space runs are matched in file order against
    the unread pieces (drawn strings cut at whitespace): begun pieces first, then from the last matched piece on,
    then the first page with a piece unread, then any page; the piece that is the run, else that starts with it,
    else that is a prefix of it (the run goes on in the next piece). Whitespace goes with the character before."""
    for p in pieces:
        p["used"] = 0
    owners = [None] * len(text)
    last = 0
    for m in re.finditer(r"\S+", text):
        run, pos = m.group(0), 0
        while pos < len(run):
            rem = run[pos:]
            begun = [k for k, p in enumerate(pieces) if 0 < p["used"] < len(p["text"])]
            order = begun + list(range(last, len(pieces))) + list(range(0, last))
            order = [k for k in order if pieces[k]["used"] < len(pieces[k]["text"])]
            if not order:
                raise SystemExit(f"run {rem!r} left over")
            page = min(pieces[k]["page"] for k in order)
            order = [k for k in order if k in begun] + [k for k in order if pieces[k]["page"] == page and k not in begun] \
                + [k for k in order if pieces[k]["page"] != page and k not in begun]
            hit = None
            for test in (str.__eq__, str.startswith, lambda t, r: r.startswith(t)):
                hit = next((k for k in order if test(pieces[k]["text"][pieces[k]["used"]:], rem)), None)
                if hit is not None:
                    break
            if hit is None:
                raise SystemExit(f"cannot place {rem!r} (page {page})")
            p = pieces[hit]
            n = min(len(rem), len(p["text"]) - p["used"])
            for i in range(m.start() + pos, m.start() + pos + n):
                owners[i] = p["owner"]
            p["used"] += n
            pos += n
            last = hit
    left = [p["text"] for p in pieces if p["used"] < len(p["text"])]
    if left:
        raise SystemExit(f"pieces unread: {left[:5]}")
    cur = next((o for o in owners if o is not None), None)
    for i, o in enumerate(owners):
        if o is None:
            owners[i] = cur
        cur = owners[i]
    return owners


def text_units(text, owners, doc):
    units, seen = [], set()
    for ch, o in zip(text, owners, strict=True):
        if units and units[-1][0] == o:
            units[-1][1].append(ch)
        else:
            units.append((o, [ch]))
    out = []
    for o, chars in units:
        if o[0] == "u":
            u = {"kind": doc.units[o[1]]["kind"], "text": "".join(chars)}
            if o in seen:
                u["cont"] = True
            seen.add(o)
        else:
            u = {"kind": "debris", "text": "".join(chars)}
        out.append(u)
    return out


def is_cjk(c):
    return "\u4e00" <= c <= "\u9fff"


def ocr_spaces(units, rng):
    for u in units:
        if u["kind"] == "debris":
            continue
        t, out = u["text"], []
        for i, c in enumerate(t):
            out.append(c)
            if i + 1 < len(t) and not c.isspace() and not t[i + 1].isspace():
                a, b = c, t[i + 1]
                mixed = (is_cjk(a) and b.isascii() and b.isalnum()) or (is_cjk(b) and a.isascii() and a.isalnum())
                if (mixed and rng.random() < 0.7) or (is_cjk(a) and is_cjk(b) and rng.random() < 0.2):
                    out.append(" ")
        u["text"] = "".join(out)


def pdftotext(pdf, opts, enc="UTF-8"):
    out = subprocess.run(["pdftotext", *opts.split(), "-enc", enc, str(pdf), "-"], capture_output=True, check=True)
    return out.stdout


def probe(font, chars, tmp):
    """Characters that pdftotext does not give back unchanged in ``font``."""
    chars = sorted(chars)
    path = Path(tmp) / f"probe-{font}.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for k in range(0, len(chars), 60):
        for j, ch in enumerate(chars[k:k + 60]):
            c.setFont(font, 10)
            c.drawString(60, 800 - j * 12.5, ch)
        c.showPage()
    c.save()
    got = [ln for ln in pdftotext(path, "-raw").decode("utf-8").replace("\f", "\n").split("\n")]
    got = [g.strip() for g in got if g.strip()]
    if len(got) != len(chars):
        good = set(got)
        return {ch for ch in chars if ch not in good}
    return {ch for ch, g in zip(chars, got, strict=True) if ch != g}


def save(path, text, encoding):
    path.parent.mkdir(parents=True, exist_ok=True)
    base = encoding.removesuffix("+ocr")
    if "crlf" in base:
        text = text.replace("\n", "\r\n")
    codec = {"utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "gb18030": "gb18030", "crlf": "utf-8",
             "gb18030+crlf": "gb18030"}[base]
    path.write_bytes(text.encode(codec))


def dump(path, obj):
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def render(n, P, tmp):
    name, fn, sizes, margins, fsizes, leads, cols, script = DESIGNS[n // 2]
    v = n % 2
    font = "STSong-Light" if script == "simp" else "MSung-Light"
    conv = str
    if script != "simp":
        import opencc
        conv = opencc.OpenCC({"hk": "s2hk", "tw": "s2tw"}[script]).convert
    state = (P.i, len(P.used), P.rng.getstate())
    total = 0
    for _ in range(2):  # the second pass knows the page count
        P.i, P.used[:], _ = state[0], P.used[:state[1]], P.rng.setstate(state[2])
        rng = random.Random(SEED * 100 + n)
        path = Path(tmp) / f"p14-{n:03d}_pdf.pdf"
        doc = Doc(path, sizes[v], [m * MM for m in margins], font, fsizes[v], leads[v], cols[v],
                  foot_reserve=40 if name in ("statute", "poetry", "journal") else 0)
        doc.conv = conv
        doc.total = total
        fn(doc, P, rng, v)
        total = doc.save()
    return doc, path


def main(argv):
    only = {int(x) for x in argv[1].split(",")} if len(argv) > 1 else None
    sents = read_resume()
    dev_s, held_s = sents[0:630], sents[1900:2540]
    forbid = set()
    extra = []  # dev14 goes on with CLUENER train.json lines from 7200 on (batch 13 took lines 0-7199)
    for f in ("train.json", "dev.json"):
        for k, line in enumerate((CLUENER / f).read_text(encoding="utf-8").splitlines()):
            t = json.loads(line)["text"]
            forbid |= grams(t)
            if f == "train.json" and k >= 7200 and re.fullmatch(r"[\u4e00-\u9fff，。、；：？！“”《》（）0-9A-Za-z％%]+", t):
                extra.append((t, []))
    for g in sorted((CORPUS / "gold").glob("*.json")):
        if g.name.startswith("p14-"):  # this script's own output
            continue
        for u in json.loads(g.read_text(encoding="utf-8"))["units"]:
            if u["kind"] == "paragraph":
                forbid |= grams(u["text"])
    for s, _ in dev_s:
        forbid |= grams(s)
    if only is None:  # a full build replaces this script's files
        for old in [*CORPUS.glob("gold/p14-*.json"), *CORPUS.glob("text/*14/p14-*"), *CORPUS.glob("native/*14/p14-*")]:
            old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        chars = {c for s, _ in dev_s + held_s + extra[:4000] for c in s}
        import opencc
        tw, hk = opencc.OpenCC("s2tw"), opencc.OpenCC("s2hk")
        trad = {c: tw.convert(c) + hk.convert(c) for c in chars}
        badt = probe("MSung-Light", {t for v in trad.values() for t in v}, tmp)
        bad = probe("STSong-Light", chars, tmp) | {c for c, v in trad.items() if set(v) & badt}
        dev_p = Prose(dev_s + extra, random.Random(SEED + 1), None, bad)
        held_p = Prose(held_s, random.Random(SEED + 2), forbid, bad)
        manifest = []
        dev_paras = set()
        for n in range(24):
            split = "dev14" if n // 2 < 8 else "held14"
            P = dev_p if split == "dev14" else held_p
            mark = len(P.used)
            doc, pdf = render(n, P, tmp)
            if split == "dev14":
                for t in P.used[mark:]:
                    dev_paras |= grams(t)
                    forbid |= grams(t)  # the held side's prose check sees the dev side as built
            else:
                assert not any(grams(t) & (forbid | dev_paras) for t in P.used[mark:]), n
            if only is not None and n not in only:
                continue
            name, script = DESIGNS[n // 2][0], DESIGNS[n // 2][7]
            did = f"p14-{n:03d}"
            native = CORPUS / "native" / split / f"{did}_pdf.pdf"
            native.parent.mkdir(parents=True, exist_ok=True)
            native.write_bytes(pdf.read_bytes())
            files = [{"path": f"native/{split}/{did}_pdf.pdf", "route": "native", "tool": "reportlab",
                      "encoding": "pdf"}]
            dump(CORPUS / "gold" / f"{did}_pdf.json",
                 {"doc_id": f"{did}_pdf", "source": f"{name} PDF (reportlab)",
                  "units": [dict(u) for u in doc.units],
                  "furniture": list(dict.fromkeys(f["text"] for f in doc.furniture if not f["cell"]))})
            utf = pdftotext(pdf, "").decode("utf-8")
            k = n
            while True:
                opts, tag = EXTRA[k % len(EXTRA)]
                k += 1
                if tag == "enc-gbk" and (script != "simp" or pdftotext(pdf, "", "GBK").decode("gbk") != utf):
                    continue
                if tag == "f2" and doc.page < 2:
                    continue
                break
            modes = [("", "pdftotext"), ("-layout", "pdftotext-layout"), ("-raw", "pdftotext-raw"),
                     (opts, f"pdftotext-{tag}")]
            for j, (o, tool) in enumerate(modes):
                enc = ENCS[(n + j) % len(ENCS)]
                if script != "simp" and enc.startswith("gb18030"):
                    enc = "crlf"
                if tag == "enc-gbk" and j == 3:
                    raw = pdftotext(pdf, "", "GBK").decode("gbk")
                    enc = "gb18030"
                else:
                    raw = pdftotext(pdf, o).decode("utf-8")
                if "dos" in o:
                    enc = "crlf"
                text = raw.replace("\r\n", "\n")
                pieces = [{"page": p["page"], "text": t, "owner": p["owner"]}
                          for p in doc.pieces for t in p["text"].split()]
                if "-f 2" in o:
                    pieces = [p for p in pieces if p["page"] >= 2]
                owners = align(text, pieces)
                units = text_units(text, owners, doc)
                stem = f"{did}_{tool}"
                if stem in OCR:
                    ocr_spaces(units, random.Random(SEED + n))
                    enc += "+ocr"
                text = "".join(u["text"] for u in units)
                for u in units:
                    assert re.sub(r"\s", "", u["text"]) in re.sub(r"\s", "", text)
                save(CORPUS / "text" / split / f"{stem}.txt", text, enc)
                dump(CORPUS / "gold" / f"{stem}.json",
                     {"doc_id": stem, "source": f"{name} PDF, pdftotext {o}".strip(), "units": units})
                files.append({"path": f"text/{split}/{stem}.txt", "route": "text", "tool": tool, "encoding": enc})
            manifest.append({"id": did, "split": split, "script": script, "design": name, "pages": doc.page,
                             "files": files})
            print(did, split, name, doc.page, "pages", file=sys.stderr)
        print(f"prose read: dev14 {dev_p.i} sentences ({len(dev_s)} of Resume NER, then CLUENER), held14 {held_p.i} "
              f"of {len(held_s)}", file=sys.stderr)
        if only is None:
            dump(CORPUS / "manifest-dev14-print.json", manifest)


if __name__ == "__main__":
    main(sys.argv)
