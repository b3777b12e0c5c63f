"""Batch 10, PRINT part: an independent segmentation check corpus of new print designs (ids ``p10-000`` ..).

    PYTHONPATH=$PWD python benchmarks/segcorpus/make_dev10_print.py     # rebuild (needs pdftotext, pdfinfo, soffice, chromium)

How every file is made (tool versions: reportlab 5.1.0, python-docx 1.2.0, poppler pdftotext 22.12.0,
LibreOffice 7.4.7.2 and Chromium 156 with the private font config ``/opt/cjkfonts/fonts.conf``; opencc ``t2s`` / ``s2tw``):

- Prose: only ``paragraph`` units of earlier gold, dev10 documents from gold files of development splits (dev, dev2 ..
  dev9, dev6x, dev9xp, dev9xq, dev9xw), held10 documents from gold files of held splits (heldout, held3, held5 ..
  held9), picked with a seeded RNG, converted to the design's script with opencc; a paragraph that shares a
  15-character stretch (whitespace removed, compared in both scripts) with any gold text of the other side is
  refused, and the final documents are checked again (asserted). Paragraphs whose characters do not come back
  from pdftotext unchanged in the design's font (probed once per script) are not used.
- Nine designs, each on both sides of the split (even number -> dev10, odd -> held10): ``leaflet`` (drug package
  insert, two columns), ``exam`` (exam paper with a vertical sealing line), ``thesis`` (thesis chapter), ``press``
  (press release), ``yearbook`` (three-column yearbook section), ``manual`` (product manual with framed notices),
  ``feature`` (two-column magazine feature with drop cap and pull quote) typeset by this script's own line breaker on
  a reportlab canvas (STSong-Light / MSung-Light with ``UniCNS-UCS2-H``); ``charter`` (association charter) written as
  .docx with python-docx and converted to PDF by LibreOffice; ``catalogue`` (museum catalogue, entries two to a row)
  written as HTML with a print stylesheet and printed by Chromium 156 (``--headless --no-pdf-header-footer``).
- Text files: ``pdftotext`` default, ``-layout`` and ``-raw`` for every PDF; ``-nopgbrk`` for five, ``-fixed 5``
  for two, ``-enc GBK`` for one. Encodings cycle UTF-8 / UTF-8 BOM / CRLF / GB18030+CRLF (simplified only); two
  files get OCR-like spaces between CJK characters of content units.
- Gold by construction: every string drawn is recorded with its owner (a content unit or one furniture string);
  the extraction's non-space runs are matched in file order to the drawn strings (see ``align``).
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

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PREFIX = "p10"
MANIFEST = HERE / "manifest-dev10-print.json"
FONTCONF = "/opt/cjkfonts/fonts.conf"

DEV_SPLITS = {"dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev6x", "dev9xp", "dev9xq", "dev9xw"}
HELD_SPLITS = {"heldout", "held3", "held5", "held6", "held7", "held8", "held9"}
_WS = re.compile(r"\s+")
_CJK = re.compile(r"[\u3400-\u9fff]")


def sq(text: str) -> str:
    return _WS.sub("", text)


# ----------------------------------------------------------------------------------------------- sources

def _converters():
    import opencc
    return opencc.OpenCC("t2s"), opencc.OpenCC("s2tw")


def gold_by_side() -> tuple[dict, dict]:
    """{side: {stem: gold}} for the gold files of earlier batches, side 'dev' or 'held' (from the folder the
    gold file's input lies in)."""
    where = {}
    for path in list((HERE / "text").glob("*/*.*")) + list((HERE / "native").glob("*/*.*")):
        where[path.stem] = path.parent.name
    sides = {"dev": {}, "held": {}}
    for path in sorted((HERE / "gold").glob("*.json")):
        if path.name.startswith(("p10-", "w10-")):
            continue
        split = where.get(path.stem)
        side = "dev" if split in DEV_SPLITS else "held" if split in HELD_SPLITS else None
        if side:
            sides[side][path.stem] = json.loads(path.read_text(encoding="utf-8"))
    return sides["dev"], sides["held"]


def grams(text: str, n: int = 15) -> set:
    t = sq(text)
    return {t[i:i + n] for i in range(len(t) - n + 1)}


def side_text(golds: dict) -> list[str]:
    seen = set()
    for gold in golds.values():
        for u in gold["units"]:
            seen.add(sq(u["text"]))
    return sorted(seen)


def shares_stretch(texts: list[str], other: list[str], t2s) -> bool:
    want = set()
    for t in texts:
        want |= grams(t) | grams(t2s.convert(t))
    for t in other:
        for form in (t, t2s.convert(t)):
            for i in range(len(form) - 14):
                if form[i:i + 15] in want:
                    return True
    return False


def candidate_paragraphs(golds: dict) -> list[str]:
    """Whole paragraph units (native gold, so never a piece) of 90..260 characters, deduplicated."""
    out, seen = [], set()
    for stem in sorted(golds):
        gold = golds[stem]
        if "furniture" not in gold:
            continue
        for u in gold["units"]:
            t = u["text"].strip()
            if u["kind"] != "paragraph" or not 90 <= len(sq(t)) <= 260 or "\n" in t:
                continue
            if not t.endswith(("。", "」", "”", "！", "？")) or re.search(r"[A-Za-z]{3}|[\[\]【】①②③]", t):
                continue
            key = sq(t)[:30]
            if key in seen:
                continue
            seen.add(key)
            out.append(sq(t))
    return out


# ----------------------------------------------------------------------------------------------- canvas

class Doc:
    """A reportlab canvas with frames, own line breaking and a record of every drawn string and its owner."""

    def __init__(self, path: Path, script: str, pagesize=None, margins=(60, 60, 60, 60), header=None, footer=None):
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        from reportlab.pdfgen import canvas
        if script == "simp":
            pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
            self.font = "STSong-Light"
        else:
            from reportlab.pdfbase import cidfonts
            cidfonts.defaultUnicodeEncodings["MSung-Light"] = ("chinese_traditional", "UniCNS-UCS2-H")
            pdfmetrics.registerFont(UnicodeCIDFont("MSung-Light"))
            self.font = "MSung-Light"
        self.pm = pdfmetrics
        self.size = pagesize or A4
        self.c = canvas.Canvas(str(path), pagesize=self.size, invariant=1)
        self.ml, self.mr, self.mt, self.mb = margins
        self.header, self.footer = header, footer      # callables(doc) drawing page furniture
        self.units: list[tuple[str, str]] = []         # content units (kind, text)
        self.furniture: list[str] = []
        self.drawn: list[tuple[object, str]] = []      # (owner, text): owner int = unit, ('f', i) = furniture
        self.page = 1
        self.frames = [(self.ml, self.size[0] - self.ml - self.mr)]
        self.fi = 0
        self.top = self.size[1] - self.mt
        self.y = self.top
        self.pending_bottom: list = []                 # furniture to draw at the page foot (footnotes)
        self.foot_reserve = 0
        self._started = False
        self.frame_top = self.top
        self.interrupt = None                          # callable(doc) -> bool, tried before each body line
        self.cells: set = set()                        # furniture indexes that are table cells
        self.whole: list = []                          # furniture drawn in several lines, listed whole too

    # -- page handling
    def start(self):
        if self.header:
            self.header(self)
        self._started = True

    def finish_page(self):
        for fn in self.pending_bottom:
            fn(self)
        self.pending_bottom = []
        self.foot_reserve = 0
        if self.footer:
            self.footer(self)
        self.c.showPage()
        self.page += 1

    def new_page(self):
        self.finish_page()
        self.fi = 0
        self.y = self.top
        self.start()

    def next_frame(self):
        if self.fi + 1 < len(self.frames):
            self.fi += 1
            self.y = self.frame_top
        else:
            self.new_page()
            self.frame_top = self.top

    def set_frames(self, frames, top=None):
        self.frames = frames
        self.fi = 0
        self.frame_top = self.y if top is None else top
        self.y = self.frame_top

    def save(self):
        self.finish_page()
        self.c.save()

    # -- drawing
    def cell(self, text, x, y, size=9, align="left"):
        """A table cell: debris in text gold, in neither list of native gold (the corpus's convention)."""
        fid = self.furn(text, x, y, size, align)
        self.cells.add(fid[1])
        return fid

    def furn(self, text, x, y, size=9, align="left", space=0):
        fid = ("f", len(self.furniture))
        self.furniture.append(text)
        self._draw(fid, text, x, y, size, align, space)
        return fid

    def _draw(self, owner, text, x, y, size, align="left", space=0):
        self.c.setFont(self.font, size)
        w = self.pm.stringWidth(text, self.font, size) + space * max(len(text) - 1, 0)
        if align == "center":
            x = x - w / 2
        elif align == "right":
            x = x - w
        if space:
            t = self.c.beginText(x, y)
            t.setFont(self.font, size)
            t.setCharSpace(space)
            t.textOut(text)
            t.setCharSpace(0)
            self.c.drawText(t)
        else:
            self.c.drawString(x, y, text)
        if text.strip():
            self.drawn.append((owner, text))

    def width(self, text, size):
        return self.pm.stringWidth(text, self.font, size)

    def wrap(self, text, size, width, first_indent=0.0):
        atoms = re.findall(r"[A-Za-z0-9.%/:\-]+|.", text)
        lines, cur, avail = [], "", width - first_indent
        for a in atoms:
            if cur and self.width(cur + a, size) > avail:
                if a in "，。、；：！？）」』”》：" and len(cur) > 1:
                    lines.append(cur[:-1])
                    cur = cur[-1] + a
                else:
                    lines.append(cur)
                    cur = a
                avail = width
            else:
                cur += a
        if cur:
            lines.append(cur)
        return lines

    def unit(self, kind, text, size=10.5, lead=None, indent=2, align="left", space=0, before=0, after=4,
             keep=2, x=None, width=None):
        """Typeset one content unit in the current frame (breaking across frames and pages)."""
        idx = len(self.units)
        self.units.append((kind, text))
        self.block(idx, text, size, lead, indent, align, space, before, after, keep, x, width)
        return idx

    def block(self, owner, text, size=10.5, lead=None, indent=2, align="left", space=0, before=0, after=4,
              keep=2, x=None, width=None):
        lead = lead or size * 1.6
        fx, fw = self.frames[self.fi]
        fx = fx if x is None else x
        fw = fw if width is None else width
        lines = self.wrap(text, size, fw, indent * size) if align == "left" else [text]
        self.y -= before
        if self.y - lead * min(keep, len(lines)) < self.mb + self.foot_reserve:
            self.next_frame()
            if x is None:
                fx = self.frames[self.fi][0]
        for i, line in enumerate(lines):
            if self.interrupt and self.interrupt(self):
                self.interrupt = None
            if self.y - lead < self.mb + self.foot_reserve:
                self.next_frame()
                if x is None:
                    fx = self.frames[self.fi][0]
            self.y -= lead
            if align == "center":
                self._draw(owner, line, fx + fw / 2, self.y, size, "center", space)
            elif align == "right":
                self._draw(owner, line, fx + fw, self.y, size, "right", space)
            else:
                self._draw(owner, line, fx + (indent * size if i == 0 else 0), self.y, size, "left", space)
        self.y -= after


# ----------------------------------------------------------------------------------------------- alignment

FOLD = {"·": "・", "∕": "／"}


def fold(c: str) -> str:
    return FOLD.get(c, c)


def align(text: str, drawn: list[tuple[object, str]]) -> list[object]:
    """Owner of every character of ``text``. Non-space runs are matched in file order to the drawn strings: first
    the strings begun and not finished (in drawing order: where a tool left a line and comes back, it comes back to
    the earliest one), then the unread strings in drawing order; the first whose whole rest is the run is taken, else
    the first whose rest starts with the run
    (or, second choice, the first whose whole rest is a prefix of the run, which then continues in the next choice). Whitespace goes with the
    character before it. Raises if a run cannot be placed or a drawn string is left (partly) unread."""
    rests = [sq("".join(fold(c) for c in t)) for _, t in drawn]
    pos = [0] * len(drawn)
    owners: list = [None] * len(text)
    for m in re.finditer(r"\S+", text):
        tok = "".join(fold(c) for c in m.group())
        p = 0
        while p < len(tok):
            rest = tok[p:]
            open_ = [i for i in range(len(drawn)) if 0 < pos[i] < len(rests[i])]
            order = open_ + [i for i in range(len(drawn)) if pos[i] == 0 and rests[i]]
            pick = None
            for i in order:
                if rests[i][pos[i]:] == rest:      # a run that is the whole rest of a string (a folio "1")
                    pick, k = i, len(rest)
                    break
            for i in ([] if pick is not None else order):
                if rests[i].startswith(rest, pos[i]):
                    pick, k = i, len(rest)
                    break
            if pick is None:
                for i in order:
                    r = rests[i][pos[i]:]
                    if rest.startswith(r):
                        pick, k = i, len(r)
                        break
            if pick is None:
                ctx = text[max(0, m.start() - 60):m.start() + 60]
                raise ValueError(f"cannot place {rest[:30]!r} near {ctx!r}")
            for j in range(k):
                owners[m.start() + p + j] = drawn[pick][0]
            pos[pick] += k
            p += k
    left = [drawn[i][1] for i in range(len(drawn)) if pos[i] < len(rests[i])]
    if left:
        raise ValueError(f"unread drawn strings: {left[:5]}")
    last = None
    for i, o in enumerate(owners):
        if o is None:
            owners[i] = last
        else:
            last = o
    first = next((o for o in owners if o is not None), None)
    return [first if o is None else o for o in owners]


def ocr_spaces(text: str, owners: list, rng: random.Random) -> tuple[str, list]:
    out, own = [], []
    for i, ch in enumerate(text):
        out.append(ch)
        own.append(owners[i])
        if (i + 1 < len(text) and isinstance(owners[i], int) and owners[i + 1] == owners[i]
                and _CJK.match(ch) and _CJK.match(text[i + 1]) and rng.random() < 0.25):
            out.append(" ")
            own.append(owners[i])
    return "".join(out), own


def text_gold(text: str, owners: list, units: list) -> list[dict]:
    out, seen = [], set()
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and owners[j] == owners[i]:
            j += 1
        o = owners[i]
        if isinstance(o, int):
            u = {"kind": units[o][0], "text": text[i:j]}
            if o in seen:
                u["cont"] = True
            seen.add(o)
        else:
            u = {"kind": "debris", "text": text[i:j]}
        out.append(u)
        i = j
    return out


# ----------------------------------------------------------------------------------------------- designs
# Each design: fn(path, script, paras, rng, total) -> Doc. ``paras``: prose paragraphs in the design's script;
# ``total``: the page count of a first pass (for "共N页" furniture). Invented strings are simplified and converted.

def d_leaflet(path, script, paras, rng, total, T):
    """A drug package insert: bracketed section labels, small type in two columns under a full-width head."""
    drug, pinyin, comp, look = rng.choice([
        ("复方甘草口服溶液", "Fufang Gancao Koufu Rongye", "本品为复方制剂，每10毫升含甘草流浸膏1.2毫升、愈创甘油醚0.05克。辅料为蔗糖、苯甲酸钠、纯化水。",
         "本品为棕色液体；味甜，有特殊气味。"),
        ("川贝止咳糖浆", "Chuanbei Zhike Tangjiang", "川贝母、枇杷叶、桔梗、薄荷脑。辅料为蔗糖、苯甲酸钠。",
         "本品为棕褐色的黏稠液体；气香，味甜、微苦。")])

    def header(d):
        d.furn("OTC", d.size[0] - d.mr, d.size[1] - 40, 14, "right")
        if d.page > 1:
            d.furn(T(f"{drug}说明书（续）"), d.ml, d.size[1] - 40, 8)

    def footer(d):
        d.furn(T(f"第{d.page}页／共{total or 9}页"), d.size[0] / 2, 30, 8, "center")
        d.furn("SMS-" + str(rng_code) + "-02", d.ml, 30, 7)

    rng_code = rng.randint(10000, 99999)
    d = Doc(path, script, margins=(46, 46, 56, 48), header=header, footer=footer)
    d.start()
    d.unit("meta", T("核准日期：2019年11月20日"), 8, indent=0, after=1)
    d.unit("meta", T("修改日期：2022年8月1日"), 8, indent=0, after=8)
    d.unit("title", T(f"{drug}说明书"), 17, indent=0, align="center", after=6)
    top = d.y
    d.unit("paragraph", T("请仔细阅读说明书并按说明使用或在药师指导下购买和使用"), 10, indent=0, align="center", after=6)
    d.c.rect(d.ml + 40, d.y, d.size[0] - d.ml - d.mr - 80, top - d.y)
    d.y -= 8
    w = (d.size[0] - d.ml - d.mr - 18) / 2
    d.set_frames([(d.ml, w), (d.ml + w + 18, w)])
    d.c.line(d.ml + w + 9, d.y, d.ml + w + 9, d.mb)

    def label(name):
        d.unit("heading", "【" + T(name) + "】", 9, indent=0, before=3, after=1, lead=13)

    def line(text, indent=0):
        d.unit("paragraph", T(text), 8.5, indent=indent, lead=12.5, after=1)

    label("药品名称")
    line(f"通用名称：{drug}")
    line(f"汉语拼音：{pinyin}")
    label("成份")
    line(comp)
    label("性状")
    line(look)
    label("作用类别")
    line("本品为镇咳祛痰类非处方药药品。")
    label("药理作用")
    d.unit("paragraph", paras[0], 8.5, lead=12.5, after=1)
    label("用法用量")
    line("口服。成人一次5～10毫升，一日3次，服时振摇。")
    label("不良反应")
    line("有轻微的恶心、呕吐反应。")
    label("禁忌")
    line("对本品成份过敏者禁用。")
    label("注意事项")
    for i, t in enumerate(["本品不宜长期服用，服用3天症状未缓解，请咨询医师或药师。",
                           "孕妇及哺乳期妇女慎用。", "儿童必须在成人监护下使用。", "请将本品放在儿童不能接触的地方。"]):
        line(f"{i + 1}．{t}")
    label("药物相互作用")
    d.unit("paragraph", paras[1], 8.5, lead=12.5, after=1)
    label("临床资料")
    d.unit("paragraph", paras[2], 8.5, lead=12.5, after=1)
    d.unit("paragraph", paras[3], 8.5, lead=12.5, after=1)
    label("贮藏")
    line("密封，置阴凉处（不超过20℃）。")
    label("包装")
    line("聚酯瓶装，100毫升／瓶。")
    label("有效期")
    line("24个月")
    label("执行标准")
    line("《中国药典》2020年版二部")
    label("批准文号")
    line("国药准字H" + str(20000000 + rng_code * 7))
    label("生产企业")
    for t in ["企业名称：江州康宁制药有限公司", "生产地址：江州市经济技术开发区药谷路18号", "邮政编码：330096",
              "电话号码：0791-8888 6666"]:
        d.unit("meta", T(t), 8.5, indent=0, lead=12.5, after=1)
    d.save()
    return d


def d_exam(path, script, paras, rng, total, T):
    grade = rng.choice(["八年级", "九年级", "高一"])

    def header(d):
        # sealing line in the left margin, one character a string, top to bottom
        for i, ch in enumerate(T("密封线内不要答题")):
            d.furn(ch, 24, d.size[1] - 200 - i * 40, 10)

    def footer(d):
        d.furn(T(f"{grade}语文试卷　第{d.page}页（共{total or 9}页）"), d.size[0] / 2, 30, 9, "center")

    d = Doc(path, script, margins=(70, 60, 56, 60), header=header, footer=footer)
    d.start()
    d.frame_top = d.y
    d.furn(T("2023—2024学年第一学期期末质量检测"), d.size[0] / 2, d.y - 12, 11, "center")
    d.y -= 22
    d.unit("title", T(f"{grade}语文试卷"), 18, indent=0, align="center", after=4)
    d.unit("meta", T("（考试时间：120分钟　满分：120分）"), 10, indent=0, align="center", after=8)
    # score table: one furniture string per cell
    y = d.y - 14
    for i, cell in enumerate(["题号", "一", "二", "三", "总分", "得分", "", "", "", ""]):
        col, row = i % 5, i // 5
        x = d.ml + 60 + col * 70
        d.c.rect(x, y - row * 18 - 5, 70, 18)
        if cell:
            d.cell(T(cell), x + 35, y - row * 18, 10, "center")
    d.y = y - 40

    def section(title):
        d.c.rect(d.ml, d.y - 30, 80, 26)
        d.cell(T("得分"), d.ml + 6, d.y - 14, 8)
        d.cell(T("评卷人"), d.ml + 44, d.y - 14, 8)
        d.y -= 8
        d.unit("heading", T(title), 12, indent=0, before=20, after=6, x=d.ml + 90, width=300)

    section("一、积累与运用（共20分）")
    d.unit("paragraph", T("1．下列词语中，加点字的注音全部正确的一项是（　　）（3分）"), 10.5, indent=0)
    for o in ["A．憧憬（chōng）　静谧（mì）", "B．嗔怪（chēn）　踌躇（chú）", "C．脑髓（suǐ）　嶙峋（xún）",
              "D．骈进（pián）　伫立（zhù）"]:
        d.unit("paragraph", T(o), 10.5, indent=2)
    d.unit("paragraph", T("2．下列句子中，没有语病的一项是（　　）（3分）"), 10.5, indent=0)
    for o in ["A．通过这次活动，使我们认识到了团结的重要性。", "B．能否保持良好的心态，是考试取得成功的关键。",
              "C．他那认真学习的态度，值得我们学习。", "D．我们要及时解决并发现学习中存在的问题。"]:
        d.unit("paragraph", T(o), 10.5, indent=2)
    section("二、现代文阅读（共40分）")
    d.unit("paragraph", T("阅读下面的文字，完成3～5题。（12分）"), 10.5, indent=0)
    d.unit("heading", T(rng.choice(["远方的河流", "城市的记忆", "岁月深处"])), 12, indent=0, align="center")
    for p in paras[:3]:
        d.unit("paragraph", p, 10.5)
    d.unit("paragraph", T("3．文章第二段主要写了什么内容？请简要概括。（4分）"), 10.5, indent=0)
    for _ in range(2):
        d.furn("＿" * 30, d.ml + 20, d.y - 18, 10)
        d.y -= 22
    d.unit("paragraph", T("4．结合全文，谈谈你对文章标题的理解。（4分）"), 10.5, indent=0)
    for _ in range(2):
        d.furn("＿" * 30, d.ml + 20, d.y - 18, 10)
        d.y -= 22
    section("三、写作（共60分）")
    d.unit("paragraph", T("5．阅读下面的材料，按要求作文。（60分）"), 10.5, indent=0)
    d.unit("paragraph", paras[3], 10.5)
    d.unit("paragraph", T("要求：①自选角度，自拟题目；②除诗歌外，文体不限；③不少于600字；④文中不得出现真实的人名、校名。"), 10.5)
    d.save()
    return d


def d_thesis(path, script, paras, rng, total, T):
    chap = T(rng.choice(["城市更新中的公共空间评价", "流域水环境的时空变化", "传统村落的保护与利用"]))

    def header(d):
        if d.page > 1:
            d.furn(T("硕士学位论文"), d.ml, d.size[1] - 44, 9)
            d.furn(T("第3章　") + chap, d.size[0] - d.mr, d.size[1] - 44, 9, "right")
            d.c.line(d.ml, d.size[1] - 50, d.size[0] - d.mr, d.size[1] - 50)

    def footer(d):
        n = str(30 + d.page)
        d.furn(n, d.size[0] - d.mr if d.page % 2 else d.ml, 40, 9, "right" if d.page % 2 else "left")

    d = Doc(path, script, margins=(80, 70, 72, 72), header=header, footer=footer)
    d.start()
    d.frame_top = d.y
    d.y -= 30
    d.unit("title", T("第3章　") + chap, 18, indent=0, align="center", after=20)
    d.unit("paragraph", paras[0], 11)
    d.unit("heading", T("3.1　研究区域与数据来源"), 13, indent=0, before=8)
    d.unit("heading", T("3.1.1　研究区域概况"), 12, indent=0, before=4)
    note = T("① 数据来源于该市统计局公开发布的统计年鉴，部分数据经作者整理。")
    d.unit("paragraph", paras[1] + "①", 11)

    def fn(dd, note=note):
        dd.c.line(dd.ml, 70, dd.ml + 120, 70)
        dd.furn(note, dd.ml, 58, 8.5)
    d.pending_bottom.append(fn)
    d.foot_reserve = 24
    d.unit("heading", T("3.1.2　数据处理方法"), 12, indent=0, before=4)
    d.unit("paragraph", T("本文采用变化率指标衡量各要素的变化程度，其计算公式为："), 11)
    idx = len(d.units)
    d.units.append(("paragraph", "R = (X1 - X0) / X0 × 100%" + T("　（3-1）")))
    d.y -= 20
    d._draw(idx, "R = (X1 - X0) / X0 × 100%", d.size[0] / 2, d.y, 11, "center")
    d._draw(idx, T("（3-1）"), d.size[0] - d.mr, d.y, 11, "right")
    d.y -= 10
    d.unit("paragraph", T("式中，R为变化率，X0和X1分别为基期和末期的指标值。"), 11, indent=0)
    # figure
    if d.y < 300:
        d.new_page()
    d.c.rect(d.ml + 80, d.y - 130, d.size[0] - d.ml - d.mr - 160, 120)
    d.y -= 146
    d.furn(T("图3-1　研究区位置示意图"), d.size[0] / 2, d.y, 9.5, "center")
    d.y -= 12
    d.unit("heading", T("3.2　结果与分析"), 13, indent=0, before=8)
    d.unit("paragraph", paras[2], 11)
    if d.y < 220:
        d.new_page()
    d.furn(T("表3-2　主要指标统计结果"), d.size[0] / 2, d.y - 14, 9.5, "center")
    d.y -= 22
    rows = [["指标", "2015年", "2020年", "变化率"], ["人口", "52.3", "58.1", "11.1%"], ["面积", "128.6", "131.2", "2.0%"]]
    for r, row in enumerate(rows):
        for ci, cell in enumerate(row):
            d.cell(T(cell), d.ml + 60 + ci * 90, d.y - 14 - r * 18, 9.5)
        d.c.line(d.ml + 50, d.y - 19 - r * 18, d.size[0] - d.mr - 50, d.y - 19 - r * 18)
    d.y -= 14 + 3 * 18 + 12
    d.unit("heading", T("3.3　本章小结"), 13, indent=0, before=8)
    d.unit("paragraph", paras[3], 11)
    d.save()
    return d


def d_press(path, script, paras, rng, total, T):
    org = rng.choice(["海峡文化交流基金会", "东南沿海城市发展协会", "青年创业服务中心"])

    def header(d):
        d.furn(T(org), d.ml, d.size[1] - 46, 12)
        d.furn(T("新闻稿") + " PRESS RELEASE", d.size[0] - d.mr, d.size[1] - 46, 10, "right")
        d.c.line(d.ml, d.size[1] - 54, d.size[0] - d.mr, d.size[1] - 54)

    def footer(d):
        d.furn(T("地址：中山路88号12楼　电话：(02)2345-6789　网址：www.example.org"), d.size[0] / 2, 40, 8, "center")
        d.furn(f"{d.page}/{total or 9}", d.size[0] - d.mr, 40, 8, "right")

    d = Doc(path, script, margins=(72, 72, 80, 70), header=header, footer=footer)
    d.start()
    d.frame_top = d.y
    d.unit("meta", T("发布日期：2023年5月8日"), 10, indent=0, align="left", after=2)
    d.unit("meta", T("即时发布"), 10, indent=0, align="left", after=14)
    d.unit("title", T(rng.choice(["第五届两岸青年文化论坛圆满落幕", "城市发展年度报告今日正式发布"])), 17, indent=0,
           align="center", after=4)
    d.unit("heading", T("——逾三百位学者与青年代表共同参与——"), 12, indent=0, align="center", after=12)
    first = T("（台北讯）") + paras[0]
    d.unit("paragraph", first, 11)
    for p in paras[1:5]:
        d.unit("paragraph", p, 11)
    d.unit("paragraph", T(f"{org}表示，未来将持续推动相关交流活动，欢迎各界人士共同参与。"), 11)
    d.unit("paragraph", "###", 11, indent=0, align="center", before=6, after=12)
    d.unit("heading", T("关于") + T(org), 11, indent=0)
    d.unit("paragraph", T(f"{org}成立于1998年，是一个非营利组织，致力于促进文化交流与青年发展。"), 10.5)
    d.unit("meta", T("媒体联系人：陈小姐"), 10.5, indent=0, before=8, after=2)
    d.unit("meta", T("电话：(02)2345-6789 分机 123"), 10.5, indent=0, after=2)
    d.unit("meta", "E-mail: press@example.org", 10.5, indent=0)
    d.save()
    return d


def d_yearbook(path, script, paras, rng, total, T):
    book = T(rng.choice(["江州年鉴", "临川年鉴"])) + "（2023）"

    def header(d):
        left = d.page % 2 == 0
        d.furn(book if left else T("城乡建设"), d.ml if left else d.size[0] - d.mr, d.size[1] - 40, 9,
               "left" if left else "right")
        d.c.line(d.ml, d.size[1] - 46, d.size[0] - d.mr, d.size[1] - 46)

    def footer(d):
        n = str(200 + d.page)
        d.furn(n, d.ml if d.page % 2 == 0 else d.size[0] - d.mr, 36, 9, "left" if d.page % 2 == 0 else "right")

    d = Doc(path, script, margins=(48, 48, 60, 56), header=header, footer=footer)
    d.start()
    d.y -= 10
    d.unit("title", T("城乡建设"), 22, indent=0, align="center", space=10, after=14)
    w = (d.size[0] - d.ml - d.mr - 2 * 14) / 3
    d.set_frames([(d.ml + i * (w + 14), w) for i in range(3)])
    titles = ["城市供水", "道路建设", "老旧小区改造", "园林绿化", "燃气管网", "历史街区保护", "农村公路", "排水防涝",
              "垃圾分类", "住房保障", "建筑节能", "物业管理", "路灯照明", "桥梁养护", "公共停车", "美丽乡村",
              "农房改造", "集镇建设"]
    rng.shuffle(titles)
    ti = 0
    subs = ["市政设施", "城市管理", "村镇建设"]
    for si, sub in enumerate(subs):
        d.unit("heading", "▲" + T(sub), 10.5, indent=0, align="left", before=4, after=4)
        for p in paras[si * 6:si * 6 + 6]:
            d.unit("paragraph", "【" + T(titles[ti]) + "】" + p, 8.5, lead=13, after=1)
            ti += 1
        d.unit("meta", T(f"（撰稿：{rng.choice(['王某', '吴某', '郑某'])}）"), 8.5, lead=13, indent=0, align="right", after=4)
    d.save()
    return d


def d_manual(path, script, paras, rng, total, T):
    model = rng.choice(["RO-3200", "JS-580", "KX-1600"])

    def header(d):
        d.furn(T(f"{model}型家用净水器"), d.ml, d.size[1] - 40, 9)
        d.furn(T("使用说明书"), d.size[0] - d.mr, d.size[1] - 40, 9, "right")

    def footer(d):
        d.furn(f"- {d.page} -", d.size[0] / 2, 36, 9, "center")

    d = Doc(path, script, margins=(70, 70, 64, 60), header=header, footer=footer)
    d.start()
    d.frame_top = d.y
    d.unit("title", T(f"{model}型家用净水器使用说明书"), 18, indent=0, align="center", after=6)
    d.unit("paragraph", T("感谢您选购本公司产品。使用前请仔细阅读本说明书，并妥善保管以备查阅。"), 10.5, after=10)
    d.unit("heading", T("一、产品简介"), 13, indent=0, before=4)
    d.unit("paragraph", paras[0], 10.5)

    def box(label, text):
        top = d.y - 4
        d.y -= 6
        d.unit("heading", T(label), 11, indent=0, x=d.ml + 12, width=d.size[0] - d.ml - d.mr - 24, after=2)
        d.unit("paragraph", T(text), 10, indent=0, x=d.ml + 12, width=d.size[0] - d.ml - d.mr - 24, after=6)
        d.c.rect(d.ml, d.y, d.size[0] - d.ml - d.mr, top - d.y)
        d.y -= 8
    d.unit("heading", T("二、安全注意事项"), 13, indent=0, before=4)
    box("警告", "本产品只能使用市政自来水，严禁接入热水，水温不得超过38℃，否则可能导致滤芯损坏或漏水。")
    box("注意", "长期不用时请关闭进水阀并断开电源；再次使用前，请先放水5分钟。")
    d.unit("heading", T("三、安装步骤"), 13, indent=0, before=4)
    steps = [("1．关闭进水总阀，打开水龙头排空管道余水。", []),
             ("2．安装进水三通：", ["（1）拆下冷水角阀与软管的连接；", "（2）缠好生料带后拧上三通，再接回软管。"]),
             ("3．连接各路水管，确认无误后打开进水阀，检查各接口有无渗漏。", [])]
    for s, subs in steps:
        d.unit("paragraph", T(s), 10.5, indent=0)
        for sub in subs:
            d.unit("paragraph", T(sub), 10.5, indent=0, x=d.ml + 21, width=d.size[0] - d.ml - d.mr - 21)
    d.unit("heading", T("四、使用与维护"), 13, indent=0, before=4)
    for p in paras[1:3]:
        d.unit("paragraph", p, 10.5)
    if d.y < 200:
        d.new_page()
    d.unit("heading", T("五、技术参数"), 13, indent=0, before=4)
    rows = [["额定电压", "220V～50Hz"], ["额定功率", "36W"], ["额定净水流量", "1.2L/min"], ["适用水温", "5℃～38℃"]]
    for r, (k, v) in enumerate(rows):
        y = d.y - 16 - r * 18
        d.c.rect(d.ml + 40, y - 5, 180, 18)
        d.c.rect(d.ml + 220, y - 5, 160, 18)
        d.cell(T(k), d.ml + 48, y, 10)
        d.cell(T(v), d.ml + 228, y, 10)
    d.y -= 16 + 4 * 18 + 10
    d.unit("paragraph", paras[3], 10.5)
    d.save()
    return d


def d_feature(path, script, paras, rng, total, T):
    mag = T(rng.choice(["城市周刊", "人文地理"]))
    pages = [41, 46]

    def header(d):
        d.furn(T("封面故事") if d.page == 1 else T("特别报道"), d.ml, d.size[1] - 36, 9)
        if d.page == 2:
            d.furn(T("（上接第41页）"), d.ml, d.size[1] - 48, 9)

    def footer(d):
        n = pages[d.page - 1] if d.page <= 2 else 46 + d.page
        if d.page == 1:
            d.furn(T("（下转第46页）"), d.size[0] - d.mr, 44, 9, "right")
        d.furn(f"{n}", d.ml if n % 2 == 0 else d.size[0] - d.mr, 30, 10, "left" if n % 2 == 0 else "right")
        d.furn(mag + "　2023.06", d.size[0] / 2, 30, 8, "center")

    d = Doc(path, script, margins=(54, 54, 54, 56), header=header, footer=footer)
    d.start()
    d.y -= 6
    d.unit("title", T(rng.choice(["一座老城的新生", "河流与城市"])), 26, indent=0, align="left", after=8)
    d.unit("paragraph", T("当老街区遇上新生活，人们如何在变化中守住记忆？记者走访多地，记录下这些正在发生的故事。"), 11.5,
           indent=0, after=6)
    d.unit("byline", T(f"文／{rng.choice(['陈某', '林某', '苏某'])}　图／{rng.choice(['李某', '高某'])}"), 9.5, indent=0, after=12)
    w = (d.size[0] - d.ml - d.mr - 20) / 2
    d.set_frames([(d.ml, w), (d.ml + w + 20, w)])
    # drop cap: the first character large, the rest indented beside it for two lines
    p0 = paras[0]
    idx = len(d.units)
    d.units.append(("paragraph", p0))
    fx, fw = d.frames[0]
    d._draw(idx, p0[0], fx, d.y - 30, 30)
    lines = d.wrap(p0[1:], 10.5, fw - 36)
    lines2 = lines[:2]
    rest = p0[1 + sum(len(x) for x in lines2):]
    for line in lines2:
        d.y -= 16
        d._draw(idx, line, fx + 36, d.y, 10.5)
    d.block(idx, rest, 10.5, lead=16, indent=0, after=4)

    def pull_quote(dd):
        # a pull quote across the second column, in the middle of whatever paragraph is being set there
        if not (dd.fi == 1 and dd.page == 1 and dd.y < dd.size[1] * 0.55):
            return False
        q = T("“城市的记忆，就藏在这些寻常巷陌里。”")
        x0 = dd.frames[1][0]
        dd.y -= 8
        dd.c.line(x0, dd.y, x0 + w, dd.y)
        for line in dd.wrap(q, 14, w - 10):
            dd.y -= 20
            dd.furn(line, x0 + 5, dd.y, 14)
        dd.y -= 8
        dd.c.line(x0, dd.y, x0 + w, dd.y)
        dd.y -= 4
        dd.whole.append(q)
        return True
    d.interrupt = pull_quote
    for i, p in enumerate(paras[1:]):
        if i in (1, 4, 7):
            d.unit("heading", T(["街巷里的烟火气", "变与不变", "留住乡愁", "新的开始", "未来已来"][i // 3 + rng.randint(0, 2)]), 12,
                   indent=0, before=6, after=4)
        d.unit("paragraph", p, 10.5, lead=16)
    d.save()
    return d


DESIGNS = {"leaflet": d_leaflet, "exam": d_exam, "thesis": d_thesis, "press": d_press,
           "yearbook": d_yearbook, "manual": d_manual, "feature": d_feature}


class Record:
    """Units, furniture and drawn strings of a document made by a real tool (LibreOffice): each unit is one drawn
    string (its whole text), page furniture strings follow in page order."""

    def __init__(self):
        self.units, self.furniture, self.drawn = [], [], []


def charter_docx(path: Path, script, paras, rng, T):
    """An association charter (章程) as .docx: chapter heads centred, articles 第N条 as paragraphs with the article
    number in bold, a hanging list of purposes; converted by LibreOffice."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt
    assoc = T(rng.choice(["江州市摄影家协会", "临川市地方文化研究会"]))
    rec = Record()
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Noto Serif CJK SC"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    st.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.text = assoc + T("章程")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = fp.add_run()
    for tag, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)

    def para(kind, text, align=None, size=None, bold_head=None, indent=True, hanging=False):
        p = doc.add_paragraph()
        if bold_head:
            r = p.add_run(bold_head)
            r.bold = True
            p.add_run("　" + text)
            full = bold_head + "　" + text
        else:
            r = p.add_run(text)
            full = text
        if size:
            r.font.size = Pt(size)
        if align:
            p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT}[align]
        elif hanging:
            p.paragraph_format.left_indent = Pt(44)
            p.paragraph_format.first_line_indent = Pt(-22)
        elif indent:
            p.paragraph_format.first_line_indent = Pt(22)
        rec.drawn.append((len(rec.units), full))
        rec.units.append((kind, full))

    para("title", assoc + T("章程"), "c", 18)
    para("meta", T("（2023年5月20日第三届会员代表大会第一次会议通过）"), "c", 10)
    n = 0

    def art(text):
        nonlocal n
        n += 1
        para("paragraph", T(text), bold_head=T("第" + CN_NUM[n] + "条"))

    para("heading", T("第一章　总　则"), "c", 13)
    art(f"本会名称为{assoc}（以下简称本会）。")
    art("本会是由本市相关领域的工作者和爱好者自愿结成的地方性、非营利性社会组织。")
    art("本会的宗旨是：")
    for i, t in enumerate(["团结和联系广大会员，繁荣地方文化事业；", "开展学术研究与交流，普及相关知识；",
                           "维护会员的合法权益，为会员提供服务。"]):
        para("paragraph", T(f"（{'一二三'[i]}）{t}"), hanging=True)
    para("heading", T("第二章　业务范围"), "c", 13)
    art(paras[0])
    art(paras[1])
    para("heading", T("第三章　会　员"), "c", 13)
    art("申请加入本会的会员，必须具备下列条件：拥护本会的章程；有加入本会的意愿；在本会的业务领域内具有一定的影响。")
    art(paras[2])
    para("heading", T("第四章　附　则"), "c", 13)
    art("本章程经会员代表大会表决通过，自登记管理机关核准之日起生效。")
    art(paras[3])
    art("本章程的解释权属本会理事会。")
    doc.save(str(path))
    rec.page_furniture = [assoc + T("章程")]
    return rec


CN_NUM = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]


def catalogue_html(path: Path, script, paras, rng, T):
    """A museum catalogue page set as HTML with a print stylesheet (printed by Chromium): preface in one wide column,
    then object entries two to a row (figure box, number + name, period / material / dimensions, description)."""
    import html as H
    rec = Record()
    museum = T(rng.choice(["江州博物馆", "临川市博物馆"]))
    show = T(rng.choice(["翰墨流芳：馆藏明清书画精品展", "丹青长卷：馆藏历代绘画精品展"]))
    body = []

    def unit(kind, text, tag, cls=""):
        rec.drawn.append((len(rec.units), text))
        rec.units.append((kind, text))
        attr = f' class="{cls}"' if cls else ""
        return f"<{tag}{attr}>{H.escape(text)}</{tag}>"

    def furn(text, tag, cls=""):
        rec.drawn.append((("f", len(rec.furniture)), text))
        rec.furniture.append(text)
        attr = f' class="{cls}"' if cls else ""
        return f"<{tag}{attr}>{H.escape(text)}</{tag}>"

    body.append(furn(museum + " 编", "div", "kicker"))
    body.append(unit("title", show, "h1"))
    body.append(unit("heading", T("前言"), "h2"))
    body.append(unit("paragraph", paras[0], "p"))
    body.append(unit("paragraph", paras[1], "p"))
    body.append(unit("byline", T(f"{museum}馆长　{rng.choice(['周某', '钱某'])}"), "p", "sign"))
    body.append(unit("heading", T("图版"), "h2"))
    objs = [("沈周", "溪山秋色图轴", "明", "纸本设色", "纵128厘米　横56.5厘米"),
            ("文徵明", "兰亭修禊图卷", "明", "绢本设色", "纵24.3厘米　横142厘米"),
            ("王翚", "仿古山水册", "清", "纸本水墨", "每开纵26厘米　横33厘米"),
            ("郑燮", "墨竹图轴", "清", "纸本水墨", "纵170厘米　横90.5厘米")]
    rows = []
    for i, (who, name, era, mat, dim) in enumerate(objs):
        n = 12 + i
        cell = ['<div class="obj"><div class="fig"></div>']
        cell.append(furn(T(f"图版{n}"), "div", "plate"))
        cell.append(unit("heading", T(f"{n}　{who}　{name}"), "h3"))
        cell.append(unit("meta", T(f"{era}　{mat}　{dim}"), "p", "dim"))
        cell.append(unit("paragraph", paras[2 + i], "p"))
        cell.append("</div>")
        rows.append("".join(cell))
    body.append('<div class="grid">' + "".join(rows) + "</div>")
    css = f"""@page {{ size: A4; margin: 22mm 18mm 20mm 18mm;
  @top-left {{ content: "{museum}藏品图录"; font-size: 8pt; }}
  @top-right {{ content: "{T('书画卷')}"; font-size: 8pt; }}
  @bottom-right {{ content: counter(page); font-size: 9pt; }} }}
@page :first {{ @top-left {{ content: none; }} @top-right {{ content: none; }} }}
body {{ font-family: "Noto Serif CJK {'SC' if script == 'simp' else 'TC'}"; font-size: 10.5pt; line-height: 1.7; }}
.kicker {{ font-size: 9pt; color: #777; letter-spacing: 0.3em; }}
h1 {{ font-size: 22pt; text-align: center; margin: 6mm 0; }}
h2 {{ font-size: 13pt; border-bottom: 1px solid #999; }}
p {{ text-indent: 2em; margin: 0 0 2mm 0; text-align: justify; }}
p.sign {{ text-align: right; }} p.dim {{ text-indent: 0; color: #555; font-size: 9pt; }}
.grid {{ display: grid; grid-template-columns: 1fr 1fr; column-gap: 8mm; }}
.obj {{ break-inside: avoid; margin-bottom: 5mm; }}
.fig {{ height: 45mm; background: #e8e8e8; }} .plate {{ font-size: 8pt; color: #777; text-align: right; }}
h3 {{ font-size: 11pt; margin: 2mm 0 1mm 0; }}"""
    lang = "zh-CN" if script == "simp" else "zh-TW"
    path.write_text(f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{H.escape(show)}</title>'
                    f"<style>{css}</style></head><body>{''.join(body)}</body></html>", encoding="utf-8")
    rec.page_furniture = [f"{museum}藏品图录", T("书画卷")]
    return rec


def print_html(html: Path, pdf: Path):
    import os
    env = dict(os.environ, FONTCONFIG_FILE=FONTCONF)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", html.as_uri()], check=True, env=env, capture_output=True, timeout=120)


def convert_docx(docx: Path, outdir: Path) -> Path:
    import os
    env = dict(os.environ, FONTCONFIG_FILE=FONTCONF)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_b10print",
                    "--convert-to", "pdf", "--outdir", str(outdir), str(docx)], check=True, env=env,
                   capture_output=True, timeout=180)
    return outdir / (docx.stem + ".pdf")


def page_count(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", out).group(1))


def pdftotext(pdf: Path, args: list[str], enc: str = "UTF-8") -> str:
    out = subprocess.run(["pdftotext", "-enc", enc, *args, str(pdf), "-"], capture_output=True, check=True).stdout
    return out.decode("gbk" if enc == "GBK" else "utf-8")


# ----------------------------------------------------------------------------------------------- plan

PLAN = [  # (design, script of the dev10 document, script of the held10 document)
    ("leaflet", "simp", "simp"), ("exam", "simp", "simp"), ("thesis", "simp", "trad"), ("press", "trad", "simp"),
    ("yearbook", "simp", "trad"), ("manual", "trad", "simp"), ("feature", "trad", "simp"), ("charter", "simp", "simp"),
    ("catalogue", "simp", "trad"),
]
SEED_NAME = {"leaflet": "judgment", "charter": "minutes"}   # the slots' first designs: their prose choice is kept
NPARAS = {"yearbook": 18, "feature": 10, "press": 5, "catalogue": 6}
TOOLS = {  # extra pdftotext modes by document number
    0: ["nopgbrk"], 3: ["nopgbrk"], 4: ["fixed5"], 5: ["fixed5"], 9: ["nopgbrk"], 10: ["enc-gbk"], 14: ["nopgbrk"],
    17: ["nopgbrk"],
}
MODE_ARGS = {"pdftotext": [], "pdftotext-layout": ["-layout"], "pdftotext-raw": ["-raw"],
             "pdftotext-nopgbrk": ["-nopgbrk"], "pdftotext-fixed5": ["-fixed", "5"], "pdftotext-enc-gbk": []}
OCR = {("p10-002", "pdftotext-raw"), ("p10-007", "pdftotext")}


def probe(paras: list[str], script: str, tmp: Path) -> list[str]:
    """The paragraphs that pdftotext gives back unchanged (whitespace and FOLD aside) in the script's font."""
    pdf = tmp / f"probe-{script}.pdf"
    d = Doc(pdf, script)
    d.start()
    for p in paras:
        d.unit("paragraph", p, 10, indent=0)
    d.save()
    text = pdftotext(pdf, ["-raw", "-nopgbrk"])
    got = sq("".join(fold(c) for c in text))
    ok = []
    for p in paras:
        want = sq("".join(fold(c) for c in p))
        if want in got:
            ok.append(p)
    return ok


def encode(text: str, enc: str) -> bytes:
    if enc == "utf-8":
        return text.encode("utf-8")
    if enc == "utf-8-sig":
        return text.encode("utf-8-sig")
    if enc == "crlf":
        return text.replace("\n", "\r\n").encode("utf-8")
    if enc == "gb18030-crlf":
        return text.replace("\n", "\r\n").encode("gb18030")
    if enc == "gbk":
        return text.encode("gbk")
    raise ValueError(enc)


def main() -> int:
    t2s, s2t = _converters()
    dev_gold, held_gold = gold_by_side()
    dev_text, held_text = side_text(dev_gold), side_text(held_gold)
    pools = {}
    with tempfile.TemporaryDirectory() as tmpname:
        tmp = Path(tmpname)
        for side, golds, other in (("dev", dev_gold, held_text), ("held", held_gold, dev_text)):
            cands = candidate_paragraphs(golds)
            rng = random.Random(f"b10print-{side}")
            rng.shuffle(cands)
            cands = cands[:400]
            bad = set()
            want = {}
            for t in cands:
                for g in grams(t) | grams(t2s.convert(t)):
                    want.setdefault(g, set()).add(t)
            for t in other:
                for form in {t, t2s.convert(t)}:
                    for i in range(len(form) - 14):
                        hit = want.get(form[i:i + 15])
                        if hit:
                            bad |= hit
            cands = [t for t in cands if t not in bad]
            pools[side] = {"simp": probe([t2s.convert(t).replace("·", "・") for t in cands], "simp", tmp),
                           "trad": probe([s2t.convert(t).replace("·", "．") for t in cands], "trad", tmp)}
            print(side, len(cands), "candidates,", len(bad), "refused;", {k: len(v) for k, v in pools[side].items()})
        out_text = {s: HERE / "text" / s for s in ("dev10", "held10")}
        out_native = {s: HERE / "native" / s for s in ("dev10", "held10")}
        for folder in list(out_text.values()) + list(out_native.values()):
            folder.mkdir(parents=True, exist_ok=True)
            for old in folder.glob(f"{PREFIX}-*"):
                old.unlink()
        for old in (HERE / "gold").glob(f"{PREFIX}-*.json"):
            old.unlink()
        manifest = []
        used = {"dev": set(), "held": set()}
        enc_cycle = ["utf-8", "utf-8-sig", "crlf", "utf-8", "gb18030-crlf", "utf-8-sig"]
        ei = 0
        for di, (design, s_dev, s_held) in enumerate(PLAN):
            for side_i, script in enumerate((s_dev, s_held)):
                n = di * 2 + side_i
                doc_id = f"{PREFIX}-{n:03d}"
                side = "dev" if n % 2 == 0 else "held"
                split = "dev10" if side == "dev" else "held10"
                rng = random.Random(f"{doc_id}-{SEED_NAME.get(design, design)}")
                pool = [p for p in pools[side][script] if p not in used[side]]
                k = NPARAS.get(design, 4)
                paras = rng.sample(pool[:60], k)
                used[side] |= set(paras)
                T = (lambda s: s) if script == "simp" else (lambda s: s2t.convert(s).replace("～", "-"))
                pdf = out_native[split] / f"{doc_id}_pdf.pdf"
                files = []
                if design == "charter":
                    docx = out_native[split] / f"{doc_id}_docx.docx"
                    rec = charter_docx(docx, script, paras, rng, T)
                    made = convert_docx(docx, tmp)
                    shutil.copy(made, pdf)
                    pages = page_count(pdf)
                    head = rec.page_furniture[0]
                    for pg in range(1, pages + 1):
                        for f in ([head] if pg > 1 else []) + [str(pg)]:
                            rec.drawn.append((("f", len(rec.furniture)), f))
                            rec.furniture.append(f)
                    # page 1's header is printed above the title, which has the same text: it is drawn first
                    rec.drawn.insert(0, (("f", len(rec.furniture)), head))
                    rec.furniture.append(head)
                    files.append({"path": f"native/{split}/{docx.name}", "route": "native", "tool": "python-docx",
                                  "encoding": "docx"})
                    tool = "libreoffice"
                    gold_native(docx.stem, f"{design} .docx (python-docx)", rec, list(rec.page_furniture))
                elif design == "catalogue":
                    html = tmp / f"{doc_id}.html"
                    rec = catalogue_html(html, script, paras, rng, T)
                    print_html(html, pdf)
                    pages = page_count(pdf)
                    for pg in range(1, pages + 1):
                        for f in (rec.page_furniture if pg > 1 else []) + [str(pg)]:
                            rec.drawn.append((("f", len(rec.furniture)), f))
                            rec.furniture.append(f)
                    tool = "chromium"
                else:
                    fn = DESIGNS[design]
                    first = fn(pdf, script, paras, random.Random(f"{doc_id}-{design}-inv"), None, T)
                    rec = fn(pdf, script, paras, random.Random(f"{doc_id}-{design}-inv"), first.page - 1, T)
                    pages = rec.page - 1
                    tool = "reportlab"
                files.insert(0, {"path": f"native/{split}/{pdf.name}", "route": "native", "tool": tool, "encoding": "pdf"})
                gold_native(pdf.stem, f"{design} PDF ({tool})", rec, native_furn(rec))
                modes = ["pdftotext", "pdftotext-layout", "pdftotext-raw"] + [f"pdftotext-{m}" for m in TOOLS.get(n, [])]
                for mode in modes:
                    genc = "GBK" if mode == "pdftotext-enc-gbk" else "UTF-8"
                    text = pdftotext(pdf, MODE_ARGS[mode], genc)
                    try:
                        owners = align(text, rec.drawn)
                    except ValueError as exc:
                        raise SystemExit(f"{doc_id} {mode}: {exc}") from None
                    if (doc_id, mode) in OCR:
                        text, owners = ocr_spaces(text, owners, random.Random(f"{doc_id}-{mode}-ocr"))
                    if mode == "pdftotext-enc-gbk":
                        enc = "gbk"
                    else:
                        enc = enc_cycle[ei % len(enc_cycle)]
                        ei += 1
                        if enc == "gb18030-crlf" and script != "simp":
                            enc = "crlf"
                    stem = f"{doc_id}_{mode}"
                    (out_text[split] / f"{stem}.txt").write_bytes(encode(text, enc))
                    units = text_gold(text, owners, rec.units)
                    write_gold(stem, f"{design} PDF, {mode}", units)
                    files.append({"path": f"text/{split}/{stem}.txt", "route": "text", "tool": mode, "encoding": enc})
                manifest.append({"id": doc_id, "split": split, "script": script, "design": design, "pages": pages,
                                 "files": files})
        # independence, asserted on the documents as built
        for side, other in (("dev", held_text), ("held", dev_text)):
            texts = [u["text"] for d in manifest if d["split"].startswith(side)
                     for u in json.loads((HERE / "gold" / f"{d['id']}_pdf.json").read_text(encoding="utf-8"))["units"]
                     if u["kind"] == "paragraph" and len(sq(u["text"])) >= 60]
            assert not shares_stretch(texts, other, t2s), f"{side}10 prose shares a 15-character stretch with the other side"
        MANIFEST.write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(manifest)} documents, {sum(len(d['files']) for d in manifest)} files")
    return 0


def native_furn(rec) -> list[str]:
    seen, out = set(), []
    cells = getattr(rec, "cells", set())
    for i, f in enumerate(rec.furniture):
        if i in cells:
            continue
        if f not in seen:
            seen.add(f)
            out.append(f)
    return out + [w for w in getattr(rec, "whole", []) if w not in seen]


def gold_native(stem, source, rec, furniture):
    units = [{"kind": k, "text": t} for k, t in rec.units]
    write_gold(stem, source, units, furniture)


def write_gold(stem, source, units, furniture=None):
    gold = {"doc_id": stem, "source": source, "units": units}
    if furniture is not None:
        gold["furniture"] = furniture
    (HERE / "gold" / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
