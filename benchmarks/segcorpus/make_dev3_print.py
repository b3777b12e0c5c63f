"""Batch 3, PRINT part: an independent segmentation check made from typeset PDFs, Word files and text dumps.

Run from the repository root (needs reportlab, python-docx and poppler's ``pdftotext``; CI has no
pdftotext, so the generated files are committed):

    PYTHONPATH=$PWD python benchmarks/segcorpus/make_dev3_print.py

Deterministic (every random choice comes from ``random.Random(f"p3-{n}")``). It writes 24 documents
``p3-000`` … ``p3-023``; even numbers go to ``dev3``, odd ones to ``held3``.

``--batch dev4`` writes a further development batch with the same layouts and tools: ids ``p4-NNN``, seeds
``p4-{n}``, every document in split ``dev4`` (``text/dev4``, ``native/dev4``, ``manifest-dev4-print.json``),
of the articles no gold file of the other batches contains, the first half, from its middle backward, none that a gold file of
the other batches contains (asserted before anything is written).

Sources: CMRC 2018 *trial* contexts (simplified, CC BY-SA 4.0) and DRCD *test* contexts (traditional,
CC BY-SA 3.0) from ``../shared/data/``, taken from the START of each file (the WEB part, make_dev3_web.py,
takes its articles from the end), skipping every article whose text make_corpus.py or make_dev2.py already
use (found by importing their ``build_documents``).
Documents 0, 1, 4, 5, 8, 9 (and 14, 15, 18, 19, 22, 23) are simplified, the others traditional.

Every document is a list of units (title, byline, meta, heading, paragraph, and debris: photo
captions, footnotes, table cells) plus front and back matter invented here (bylines in the real forms
``来源：X 日期 记者 Y``, ``本报记者 X``, ``文／X``, ``記者X／台北報導``, ``（记者 X 通讯员 Y）``; editor lines
``责任编辑：X`` as ``meta``; dates; ``来源`` lines at the end; keywords).

Layouts (``layout = (n // 2) % 6``), each its own code, not one template:

0. ``newspaper``: reportlab canvas with my own line breaking; masthead (paper name, date, 版次), the
   title across the page, three columns of justified 9 pt text with a 2-em first-line indent; captions
   under grey photo boxes; running line ``报名 日期 第N版 栏目`` on later pages; page numbers.
1. ``gov``: platypus BaseDocTemplate; red cover line (``XX市人民政府办公厅文件``) and document number,
   centred title, sections ``一、`` ``（一）`` ``1.``, a table of short cells, a classification line at the
   top of each page (``内部资料 注意保存``), footer ``- N -``.
2. ``journal``: platypus with two frames per page (two columns), abstract in a boxed table, keywords
   (``meta``), running title on odd pages and journal/date on even pages, page numbers ``・N・`` (pdftotext
   gives ``·N·``) or ``第N頁``.
3. ``report``: canvas, one column, block paragraphs (no indent, space between), ragged right, header
   with organisation and a rule, footer ``第 N 页 共 M 页``, footnotes at the page bottom (debris).
4. ``twopaper``: canvas, two columns, ragged, 10 pt, masthead and a page header ``A3 焦點 日期``, captions,
   headings that may fall at the bottom of a column (no keep-with-next).
5. ``magazine``: platypus one column, 11 pt with wide leading, first-line indent, headings allowed at
   the bottom of a page, captions, a running title on the right of each later page and the page number.

Files per document: ``native/<split>/<id>_pdf.pdf``; two or three of ``pdftotext`` (default),
``pdftotext-layout``, ``pdftotext-raw``, ``pdftotext-nopgbrk`` (default mode with -nopgbrk),
``pdftotext-gbk`` (``-enc GBK``, simplified documents without ``・`` only) in ``text/<split>/``; for half of the documents a
``.docx`` (python-docx; three office styles: Title/Subtitle/Heading styles with a numbered list, table and
header/footer; bold or larger runs in Normal paragraphs with empty paragraphs as spacing and soft line
breaks; an official-letter style with centred title and ``一、`` headings in bold Normal); and for half of them
a text dump a user makes: ``wrapNNc`` (``textwrap.wrap`` at NN characters) or ``wrapNN`` (NN east-asian
display columns, CJK two, ASCII one) with a running header and a footer on every page.
Saved as UTF-8, UTF-8 with BOM, GB18030 (simplified only), CRLF, or with OCR-like spaces (a space
between some CJK characters and around punctuation, never inside a digit run or a Latin word).

Gold (format of benchmarks/segcorpus/README.md): text files are aligned with what was typeset
(whitespace removed, every extracted line or column piece matched to the unit it came from); page
furniture (masthead, running headers, footers, page numbers, classification lines), photo captions,
footnotes and table cells (one unit per cell) are ``debris``; a content unit interrupted by furniture or interleaved with
another column (``-layout``) becomes pieces, later ones ``"cont": true``. Native gold: whole content
units, and ``furniture``: the furniture strings, captions and footnotes the file shows (table cells are in
neither list).
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import textwrap
import unicodedata
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_index import BEFORE_DEV4, existing_gold_text  # noqa: E402

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DATA = ROOT / ".." / "shared" / "data"
N_DOCS = 24
BATCH, PREFIX = "dev3", "p3"  # ``--batch dev4``: a further development batch (see configure)
LAYOUTS = ["newspaper", "gov", "journal", "report", "twopaper", "magazine"]
_WS = re.compile(r"\s+")
CLOSING = set("，。、；：？！）」』”’》〉】,.;:?!)%]］")  # no line starts with these
OPENING = set("（「『“‘《〈【(")


def squash(text: str) -> str:
    return _WS.sub("", text)


# --------------------------------------------------------------------------- sources

def used_text() -> str:
    sys.path.insert(0, str(HERE))
    import make_corpus
    import make_dev2

    big = []
    for docs in (make_corpus.build_documents(), make_dev2.build_documents()):
        for doc in docs:
            big.extend(t for _, t in doc["units"])
    return squash("|".join(big))


def _keep(ch: str, codec: str) -> bool:
    if unicodedata.category(ch)[0] == "C":
        return False
    if ord(ch) < 128:
        return True
    try:
        ch.encode(codec)
    except UnicodeEncodeError:
        return False
    return ch not in "·•・～"  # lost by the CID fonts' CMaps (probed with pdftotext); avoided


def clean(text: str, script: str) -> str:
    codec = "gb2312" if script == "simp" else "big5"
    text = "".join(ch for ch in text if _keep(ch, codec))
    return re.sub(r"[ \t]+", " ", text).strip()


def configure(batch: str) -> None:
    """``dev3`` (default): batch 3, ids ``p3-NNN``, even -> dev3, odd -> held3. ``dev4``: ids ``p4-NNN``, seeds
    ``p4-{n}``, every document in split ``dev4``, articles from the MIDDLE of each source file going backward
    (the WEB part's dev4 goes forward from the middle of that run), none that any existing gold file contains."""
    global BATCH, PREFIX
    BATCH, PREFIX = batch, {"dev3": "p3", "dev4": "p4"}[batch]


def split_of(n: int) -> str:
    if BATCH == "dev4":
        return "dev4"
    return "dev3" if n % 2 == 0 else "held3"


def load_sources() -> tuple[list, list]:
    big = used_text()
    if BATCH == "dev4":
        big += "|" + existing_gold_text(only=BEFORE_DEV4)

    def fresh(ctx: str) -> bool:
        c = squash(ctx)
        step = 10 if BATCH == "dev4" else 40
        return not any(c[i:i + 15] in big for i in range(0, max(1, len(c) - 15), step))

    simp, trad = [], []
    cmrc = json.loads((DATA / "cmrc2018" / "cmrc2018_trial.json").read_text(encoding="utf-8"))["data"]
    drcd = json.loads((DATA / "drcd" / "DRCD_test.json").read_text(encoding="utf-8"))["data"]
    if BATCH == "dev4":  # the free articles form one run in each file: the WEB part takes its second half
        free_s = [i for i, a in enumerate(cmrc) if all(fresh(p["context"]) for p in a["paragraphs"])]
        free_t = [i for i, a in enumerate(drcd) if all(fresh(p["context"]) for p in a["paragraphs"])]
        mid_s, mid_t = free_s[len(free_s) // 2], free_t[len(free_t) // 2]
    for art in cmrc:
        ctxs = [p["context"] for p in art["paragraphs"]]
        if BATCH == "dev4" and cmrc.index(art) >= mid_s:
            continue
        if all(fresh(c) for c in ctxs) and sum(map(len, ctxs)) > 250:
            simp.append((clean(art.get("title") or "", "simp"), [clean(c, "simp") for c in ctxs]))
    import opencc

    s2t = opencc.OpenCC("s2t")  # some DRCD titles are written in simplified characters
    for art in drcd:
        ctxs = [p["context"] for p in art["paragraphs"]]
        if BATCH == "dev4" and drcd.index(art) >= mid_t:
            continue
        if all(fresh(c) for c in ctxs):
            trad.append((clean(s2t.convert(art["title"]), "trad"), [clean(c, "trad") for c in ctxs]))
    if BATCH == "dev4":  # the first half of the free run, from its middle backward
        return simp[::-1], trad[::-1]
    return simp, trad


def split_paragraphs(text: str, rng: random.Random, lo: int = 1, hi: int = 4) -> list[str]:
    sents = [s for s in re.findall(r"[^。！？]*[。！？]+[」”』）]?|[^。！？]+$", text) if s.strip()]
    out, cur, want = [], [], rng.randint(lo, hi)
    for s in sents:
        cur.append(s)
        if len(cur) >= want:
            out.append("".join(cur).strip())
            cur, want = [], rng.randint(lo, hi)
    if cur:
        if out and len("".join(cur)) < 25:
            out[-1] += "".join(cur).strip()
        else:
            out.append("".join(cur).strip())
    return [p for p in out if p]


# --------------------------------------------------------------------------- documents

NAMES = {"simp": ["王海燕", "李建国", "张晓明", "刘芳", "陈志强", "杨静", "赵磊", "黄丽华", "周文斌", "吴敏"],
         "trad": ["林志明", "陳怡君", "黃建華", "張雅婷", "李國雄", "王淑芬", "吳家豪", "蔡佩珊", "鄭文傑", "許美玲"]}
PAPERS = {"simp": ["江城晚报", "华东商报", "北方日报", "南海都市报"], "trad": ["台灣時報", "港島日報", "中華晨報", "自由新聞報"]}
SITES = {"simp": ["新华网", "人民网", "中国新闻网", "澎湃新闻"], "trad": ["中央社", "聯合新聞網", "公視新聞網", "明報新聞網"]}
CITIES = {"simp": ["北京", "上海", "广州", "杭州", "成都"], "trad": ["台北", "高雄", "台中", "香港", "新竹"]}
SUFFIX = {"simp": ["概况", "历史沿革", "主要特点", "发展现状", "影响与评价", "相关情况"],
          "trad": ["概況", "歷史沿革", "主要特點", "發展現狀", "影響與評價", "相關情況"]}
CN_NUM = "一二三四五六七八九十"
GOV_POINTS = {"simp": ["加强组织领导", "完善工作机制", "强化宣传引导", "抓好督促落实", "做好经费保障"],
              "trad": ["加強組織領導", "完善工作機制", "強化宣傳引導", "抓好督促落實", "做好經費保障"]}


def make_byline(script: str, rng: random.Random, date: str) -> str:
    a, b = rng.sample(NAMES[script], 2)
    site, city = rng.choice(SITES[script]), rng.choice(CITIES[script])
    if script == "simp":
        forms = [f"来源：{site} {date} 记者 {a}", f"本报记者 {a}", f"文／{a}", f"（记者 {a} 通讯员 {b}）",
                 f"本报{city}电 记者{a} {b}", f"{date} 来源：{site} 作者：{a}"]
    else:
        forms = [f"記者{a}／{city}報導", f"文／{a}", f"【記者{a}、{b}／{city}報導】", f"中央社記者{a}{city}{date}電",
                 f"來源：{site} {date} 記者 {a}", f"撰文／{a}　攝影／{b}"]
    return rng.choice(forms)


def build_documents() -> list[dict]:
    simp, trad = load_sources()
    pools = {"simp": iter(simp), "trad": iter(trad)}
    docs = []
    for n in range(N_DOCS):
        rng = random.Random(f"{PREFIX}-{n}")
        script = "simp" if ((n // 2) + (n // 12)) % 2 == 0 else "trad"
        layout = LAYOUTS[(n // 2) % 6]
        y, m, d = 2020 + n % 5, 1 + (n * 5) % 12, 1 + (n * 7) % 28
        date = rng.choice([f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}/{m:02d}/{d:02d}"])
        n_art = rng.choice([1, 2, 2, 3]) if layout != "gov" else rng.choice([1, 2])
        arts = [next(pools[script]) for _ in range(n_art)]
        units: list[dict] = []

        def add(kind, text, what=None, units=units):
            units.append({"kind": kind, "text": text, **({"what": what} if what else {})})

        title0 = arts[0][0] or arts[0][1][0][:8]
        if layout == "gov":
            title = (f"关于{title0}有关情况的报告" if script == "simp" else f"關於{title0}有關情況的報告")
        elif layout == "journal":
            title = (f"{title0}研究述评" if script == "simp" else f"{title0}研究述評")
        else:
            title = title0 if rng.random() < 0.6 else (title0 + rng.choice(["：回顾与展望", "的前世今生"] if script == "simp"
                                                                          else ["：回顧與展望", "的前世今生"]))
        add("title", title)
        if layout in ("newspaper", "twopaper", "magazine", "report"):
            add("byline", make_byline(script, rng, date))
        if layout == "journal":
            add("byline", "　".join(rng.sample(NAMES[script], 2)))
        if layout == "magazine" and rng.random() < 0.5:
            add("meta", date if script == "simp" else f"更新時間：{date}")
        if layout == "journal":
            first = arts[0][1][0]
            abstract = ("摘要：" if script == "simp" else "摘要：") + first[: min(len(first), 140)].rstrip("，、；") + \
                ("。" if not first[:140].endswith("。") else "")
            add("paragraph", abstract)
            kw = "；".join(sorted({a[0] for a in arts if a[0]} | {SUFFIX[script][n % 6]}))
            add("meta", ("关键词：" if script == "simp" else "關鍵詞：") + kw)
        captions = notes = 0
        sec = 0
        for ai, (atitle, ctxs) in enumerate(arts):
            paras = []
            for c in ctxs:
                paras.extend(split_paragraphs(c, rng, 1, 3 if layout in ("newspaper", "twopaper") else 4))
            # sections inside one article
            chunks = [paras]
            if len(paras) >= 4 and rng.random() < 0.7:
                k = rng.randint(2, len(paras) - 2)
                chunks = [paras[:k], paras[k:]]
            for ci, chunk in enumerate(chunks):
                head = atitle if ci == 0 else f"{atitle}{SUFFIX[script][(n + ci) % 6]}"
                if n_art > 1 or ci > 0:
                    if layout == "gov":
                        head = (f"{CN_NUM[sec]}、{head}" if ci == 0 else f"（{CN_NUM[ci - 1]}）{head}")
                    elif layout == "journal":
                        head = f"{sec + 1}{'.' + str(ci) if ci else ''} {head}"
                    elif layout == "report":
                        head = f"{CN_NUM[sec]}、{head}" if rng.random() < 0.6 else head
                    if not (ai == 0 and ci == 0 and n_art == 1):
                        add("heading", head)
                if ci == 0:
                    sec += 1
                for pi, p in enumerate(chunk):
                    if layout == "gov" and pi > 0 and rng.random() < 0.25 and len(p) > 60:
                        add("heading", f"{pi}．{GOV_POINTS[script][(n + pi) % 5]}" if pi % 2 else f"{pi}.{GOV_POINTS[script][(n + pi) % 5]}")
                    add("paragraph", p)
                    if layout in ("newspaper", "twopaper", "magazine") and captions < 2 and rng.random() < 0.25:
                        cap = (f"图为{atitle or title}相关资料图。（{rng.choice(NAMES[script])} 摄）" if script == "simp"
                               else f"圖為{atitle or title}資料照。（記者{rng.choice(NAMES[script])}攝）")
                        add("debris", cap, "caption")
                        captions += 1
                    if layout == "report" and pi == 0 and units[-1]["kind"] == "paragraph" and notes < 3:
                        notes += 1
                        mark = "①②③"[notes - 1] if script == "simp" else f"[{notes}]"
                        units[-1]["text"] = units[-1]["text"].rstrip("。") + mark + "。"
                        add("debris", (f"{mark} 资料来源：{rng.choice(SITES[script])}，{date}。" if script == "simp"
                                       else f"{mark} 資料來源：{rng.choice(SITES[script])}，{date}。"), "footnote")
            if layout == "gov" and ai == 0:
                cells = (["项目", "数量", "备注", "一", "12", "已完成", "二", "3.5", "进行中"] if script == "simp"
                         else ["項目", "數量", "備註", "一", "12", "已完成", "二", "3.5", "進行中"])
                for cell in cells:
                    add("debris", cell, "table")
        if layout in ("newspaper", "gov", "report") or rng.random() < 0.5:
            editor = rng.choice(NAMES[script])
            tail = {"simp": [f"责任编辑：{editor}", f"（责任编辑：{editor}）", f"编辑：{editor} 校对：{rng.choice(NAMES['simp'])}",
                             f"（本文来源：{rng.choice(SITES['simp'])}）"],
                    "trad": [f"責任編輯：{editor}", f"編輯：{editor}", f"（本文轉載自{rng.choice(SITES['trad'])}）",
                             f"核稿編輯：{editor}"]}[script]
            add("meta", rng.choice(tail))
        docs.append({"id": f"{PREFIX}-{n:03d}", "n": n, "split": split_of(n), "script": script,
                     "layout": layout, "date": date, "units": units, "rng": rng,
                     "paper": rng.choice(PAPERS[script]), "site": rng.choice(SITES[script])})
    return docs


# --------------------------------------------------------------------------- PDF: shared

FONT = {"simp": "STSong-Light", "trad": "MSung-Light"}


def _fonts():
    from reportlab.pdfbase import cidfonts, pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    # reportlab 4/5 give MSung-Light (Adobe-CNS1) the GB CMap, which poppler cannot use
    cidfonts.defaultUnicodeEncodings["MSung-Light"] = ("cht", "UniCNS-UCS2-H")
    for name in FONT.values():
        try:
            pdfmetrics.getFont(name)
        except KeyError:
            pdfmetrics.registerFont(UnicodeCIDFont(name))
    return pdfmetrics


def _tokens(text: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9%.\-/']+|\s|.", text)


def break_lines(text: str, font: str, size: float, width: float, indent: float = 0.0) -> list[str]:
    """Greedy line breaking by measured width; closing punctuation hangs, opening punctuation moves down."""
    sw = _fonts().stringWidth
    lines, cur, avail = [], "", width - indent
    for tok in _tokens(text):
        if cur and sw(cur + tok, font, size) > avail and tok[0] not in CLOSING and not tok.isspace():
            carry = ""
            while cur and (cur[-1] in OPENING or cur.endswith("-")):  # pdftotext drops a line-final hyphen
                carry, cur = cur[-1] + carry, cur[:-1]
            lines.append(cur.rstrip())
            cur, avail = (carry + tok).lstrip(), width
        else:
            cur += tok
    if cur.strip():
        lines.append(cur.rstrip())
    return lines


class CanvasLayout:
    """Flows blocks through frames (columns on pages), then draws pages with their furniture.

    A block: {"text", "size", "leading", "indent" (first line, points), "align" (left/justify/center),
    "before", "after", "keep" (keep with next block), "photo" (height of a grey box drawn above),
    "unit" (index of the unit, or None)}.
    """

    def __init__(self, script: str, pagesize, frames, first_top=None):
        self.font, self.pagesize, self.frames, self.first_top = FONT[script], pagesize, frames, first_top
        self.pages: list[list[tuple]] = [[]]
        self.notes: list[list[str]] = [[]]  # footnote texts per page

    def _frame(self, page: int, k: int):
        fr = self.frames(page)
        x, top, w, bottom = fr[k]
        if page == 0 and self.first_top is not None:
            top = min(top, self.first_top)
        return x, top, w, bottom, len(fr)

    def flow(self, blocks: list[dict]) -> None:
        page, k = 0, 0
        x, top, w, bottom, nf = self._frame(page, k)
        y = top

        def advance():
            nonlocal page, k, x, top, w, bottom, nf, y
            k += 1
            if k >= nf:
                page, k = page + 1, 0
                self.pages.append([])
                self.notes.append([])
            x, top, w, bottom, nf = self._frame(page, k)
            y = top

        for i, b in enumerate(blocks):
            if b.get("note"):
                self.notes[page].append(b["text"])
                continue
            size, lead = b["size"], b["leading"]
            lines = break_lines(b["text"], self.font, size, w - b.get("margin", 0), b.get("indent", 0))
            need = lead * len(lines) + b.get("photo", 0)
            if b.get("keep") and i + 1 < len(blocks):
                need += blocks[i + 1]["leading"] * 2
            if y != top:
                y -= b.get("before", 0)
            if (b.get("photo") or b.get("keep") or b.get("whole")) and y - need < bottom and y != top:
                advance()
            if b.get("photo"):
                self.pages[page].append(("rect", x, y - b["photo"], w, b["photo"] - 4))
                y -= b["photo"]
            for li, line in enumerate(lines):
                if y - lead < bottom:
                    advance()
                y -= lead
                ind = b.get("indent", 0) if li == 0 else 0
                lw = _fonts().stringWidth(line, self.font, size)
                avail = w - ind
                cs = 0.0
                lx = x + ind
                if b["align"] == "justify" and li < len(lines) - 1 and len(line) > 1:
                    cs = max(-0.3, min(size * 0.4, (avail - lw) / (len(line) - 1)))
                elif b["align"] == "center":
                    lx = x + (w - lw) / 2
                elif b["align"] == "right":
                    lx = x + w - lw
                self.pages[page].append(("text", lx, y + lead - size * 1.15, line, size, cs))
            y -= b.get("after", 0)

    def draw(self, path: Path, furniture) -> list[str]:
        from reportlab.pdfgen import canvas

        c = canvas.Canvas(str(path), pagesize=self.pagesize, invariant=1)
        found: list[str] = []
        total = len(self.pages)
        for p, ops in enumerate(self.pages):
            found.extend(furniture(c, p, total))
            for op in ops:
                if op[0] == "rect":
                    c.setFillGray(0.82)
                    c.rect(op[1], op[2], op[3], op[4], stroke=0, fill=1)
                    c.setFillGray(0)
                else:
                    _, lx, ly, line, size, cs = op
                    t = c.beginText(lx, ly)
                    t.setFont(self.font, size)
                    t.setCharSpace(cs)
                    t.textOut(line)
                    c.drawText(t)
            if self.notes[p]:
                y = 70
                c.setLineWidth(0.5)
                c.line(60, y + 12 * len(self.notes[p]) + 4, 200, y + 12 * len(self.notes[p]) + 4)
                for note in self.notes[p]:
                    c.setFont(self.font, 8)
                    c.drawString(60, y + 12 * (len(self.notes[p]) - 1), note)  # a debris unit already
                    y -= 12
            c.showPage()
        c.save()
        return found


def _put(c, font, size, x, y, text, how="left") -> str:
    c.setFont(font, size)
    {"left": c.drawString, "center": c.drawCentredString, "right": c.drawRightString}[how](x, y, text)
    return text


# --------------------------------------------------------------------------- PDF: canvas layouts

def render_newspaper(doc: dict, path: Path, columns: int, rng: random.Random) -> list[str]:
    """Masthead, title across the page, ``columns`` justified columns; running line on later pages."""
    from reportlab.lib.pagesizes import A4

    script, units, font = doc["script"], doc["units"], FONT[doc["script"]]
    W, H = A4
    margin, gutter = 36, rng.choice([10, 14, 18])
    colw = (W - 2 * margin - gutter * (columns - 1)) / columns
    body, lead = (9, 13) if columns == 3 else (10, 15)
    title = units[0]["text"]
    tsize = 22 if len(title) < 14 else 17
    tlines = break_lines(title, font, tsize, W - 2 * margin)
    first_top = H - 150 - len(tlines) * (tsize + 6)

    def frames(page):
        top = H - 64
        return [(margin + k * (colw + gutter), top, colw, 50) for k in range(columns)]

    lay = CanvasLayout(script, A4, frames, first_top)
    blocks = []
    for u in units[1:]:
        kind, what = u["kind"], u.get("what")
        if kind == "byline" or kind == "meta":
            blocks.append({"text": u["text"], "size": body, "leading": lead, "align": "left", "after": 4,
                           "indent": 0})
        elif kind == "heading":
            blocks.append({"text": u["text"], "size": body + 2, "leading": lead + 4, "align": "left", "before": 6,
                           "after": 2, "keep": True})
        elif what == "caption":
            blocks.append({"text": u["text"], "size": body - 1.5, "leading": lead - 3, "align": "left", "photo": 90,
                           "before": 6, "after": 8})
        else:
            blocks.append({"text": u["text"], "size": body, "leading": lead, "align": "justify", "indent": 2 * body})
    lay.flow(blocks)
    paper, date = doc["paper"], doc["date"]
    section = rng.choice(["要闻", "综合", "文化", "科教"] if script == "simp" else ["焦點", "綜合", "文化", "生活"])
    edition = rng.randint(2, 12)

    def furniture(c, p, total):
        out = []
        if p == 0:
            out.append(_put(c, font, 34, W / 2, H - 80, paper, "center"))
            left = f"{date}  星期{CN_NUM[(doc['n'] % 6)] if doc['n'] % 7 else '日'}"
            out.append(_put(c, font, 9, margin, H - 100, left))
            out.append(_put(c, font, 9, W - margin, H - 100, f"第{edition}版  {section}", "right"))
            c.setLineWidth(2)
            c.line(margin, H - 108, W - margin, H - 108)
            y = H - 108 - tsize - 10
            for tl in tlines:
                c.setFont(font, tsize)
                c.drawCentredString(W / 2, y, tl)
                y -= tsize + 6
        else:
            out.append(_put(c, font, 8, margin, H - 44, f"{paper}  {date}  第{edition + p}版  {section}"))
            c.setLineWidth(0.7)
            c.line(margin, H - 50, W - margin, H - 50)
        out.append(_put(c, font, 9, W / 2, 30, str(edition + p), "center"))
        return out

    return lay.draw(path, furniture)


def render_report(doc: dict, path: Path, rng: random.Random) -> list[str]:
    """One column, block paragraphs, ragged right, header with a rule, ``第 N 页 共 M 页``, footnotes."""
    from reportlab.lib.pagesizes import A4

    script, units, font = doc["script"], doc["units"], FONT[doc["script"]]
    W, H = A4
    size = rng.choice([10.5, 11, 12])
    lead = size * rng.choice([1.5, 1.7])
    org = (rng.choice(["华东经济研究院", "城市发展研究中心", "市社会科学院"]) if script == "simp"
           else rng.choice(["台灣經濟研究院", "城市發展研究中心", "中華文化研究基金會"]))

    def frames(page):
        return [(72, H - 90, W - 144, 120)]

    lay = CanvasLayout(script, A4, frames)
    blocks = []
    for u in units:
        kind, what = u["kind"], u.get("what")
        if kind == "title":
            blocks.append({"text": u["text"], "size": 18, "leading": 26, "align": "center", "after": 10})
        elif kind in ("byline", "meta"):
            blocks.append({"text": u["text"], "size": size - 1, "leading": lead, "align": "center" if kind == "byline"
                           else "left", "after": 8, "before": 8 if kind == "meta" else 0})
        elif kind == "heading":
            blocks.append({"text": u["text"], "size": size + 1.5, "leading": lead + 2, "align": "left", "before": 10,
                           "after": 4, "keep": rng.random() < 0.5})
        elif what == "footnote":
            blocks.append({"text": u["text"], "note": True, "size": 8, "leading": 12, "align": "left"})
        else:
            blocks.append({"text": u["text"], "size": size, "leading": lead, "align": "left", "after": lead * 0.8})
    lay.flow(blocks)
    pager = rng.choice(["第 {p} 页 共 {t} 页", "第{p}页/共{t}页"] if script == "simp" else ["第 {p} 頁，共 {t} 頁", "第{p}頁／共{t}頁"])

    def furniture(c, p, total):
        out = [_put(c, font, 9, 72, H - 60, org)]
        out.append(_put(c, font, 9, W - 72, H - 60, doc["date"], "right"))
        c.setLineWidth(0.6)
        c.line(72, H - 66, W - 72, H - 66)
        out.append(_put(c, font, 9, W / 2, 40, pager.format(p=p + 1, t=total), "center"))
        return out

    return lay.draw(path, furniture)


def render_twopaper(doc: dict, path: Path, rng: random.Random) -> list[str]:
    """Two ragged columns, masthead, page header ``A3 焦點 日期``, captions, headings free to end a column."""
    from reportlab.lib.pagesizes import A4

    script, units, font = doc["script"], doc["units"], FONT[doc["script"]]
    W, H = A4
    margin, gutter = 48, 24
    colw = (W - 2 * margin - gutter) / 2
    size, lead = 10, rng.choice([14, 15, 16])
    title = units[0]["text"]
    tlines = break_lines(title, font, 20, W - 2 * margin)
    first_top = H - 130 - 28 * len(tlines)

    def frames(page):
        return [(margin, H - 70, colw, 60), (margin + colw + gutter, H - 70, colw, 60)]

    lay = CanvasLayout(script, A4, frames, first_top)
    blocks = []
    for u in units[1:]:
        kind, what = u["kind"], u.get("what")
        if kind in ("byline", "meta"):
            blocks.append({"text": u["text"], "size": 9, "leading": 14, "align": "left", "after": 6})
        elif kind == "heading":
            blocks.append({"text": u["text"], "size": 12, "leading": 18, "align": "left", "before": 8, "after": 2})
        elif what == "caption":
            blocks.append({"text": u["text"], "size": 8, "leading": 11, "align": "left", "photo": 110, "before": 4,
                           "after": 8})
        else:
            blocks.append({"text": u["text"], "size": size, "leading": lead, "align": "left",
                           "indent": 2 * size if rng.random() < 0.8 else 0, "after": 0 if rng.random() < 0.7 else 6})
    lay.flow(blocks)
    page_no = rng.choice(["A", "B"]) + str(rng.randint(2, 9))
    section = rng.choice(["焦點", "國際", "文化", "生活"] if script == "trad" else ["焦点", "国际", "文化", "生活"])

    def furniture(c, p, total):
        out = []
        if p == 0:
            out.append(_put(c, font, 28, margin, H - 70, doc["paper"]))
            out.append(_put(c, font, 9, W - margin, H - 58, doc["date"], "right"))
            out.append(_put(c, font, 9, W - margin, H - 72, f"{page_no} {section}", "right"))
            c.setLineWidth(1.5)
            c.line(margin, H - 82, W - margin, H - 82)
            y = H - 82 - 30
            for tl in tlines:
                out_t = tl
                c.setFont(font, 20)
                c.drawString(margin, y, out_t)
                y -= 28
        else:
            out.append(_put(c, font, 8.5, margin, H - 48, f"{page_no[0]}{int(page_no[1:]) + p} {section}"))
            out.append(_put(c, font, 8.5, W - margin, H - 48, f"{doc['date']} {doc['paper']}", "right"))
            c.setLineWidth(0.5)
            c.line(margin, H - 54, W - margin, H - 54)
        return out

    return lay.draw(path, furniture)


# --------------------------------------------------------------------------- PDF: platypus layouts

def _styles(script: str):
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle

    f = FONT[script]

    def st(name, size, lead, align=TA_JUSTIFY, indent=0, before=0, after=0):
        return ParagraphStyle(name, fontName=f, fontSize=size, leading=lead, alignment=align, firstLineIndent=indent,
                              spaceBefore=before, spaceAfter=after, wordWrap="CJK")

    return st, TA_CENTER, TA_LEFT, TA_JUSTIFY


def _photo(width: float, height: float):
    from reportlab.platypus import Flowable

    class Photo(Flowable):
        def wrap(self, aw, ah):
            return width, height

        def draw(self):
            self.canv.setFillGray(0.8)
            self.canv.rect(0, 0, width, height - 4, stroke=0, fill=1)

    return Photo()


def render_gov(doc: dict, path: Path, rng: random.Random) -> list[str]:
    """Government report: cover line and document number, centred title, numbered sections, table, ``- N -``."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

    script, units, font = doc["script"], doc["units"], FONT[doc["script"]]
    W, H = A4
    st, CENTER, LEFT, JUST = _styles(script)
    size = rng.choice([12, 13, 14])
    body = st("body", size, size * 1.75, JUST, 2 * size)
    found: list[str] = []
    office = (rng.choice(["江州市人民政府办公厅文件", "临海县人民政府文件"]) if script == "simp"
              else rng.choice(["新北市政府教育局函", "臺中市政府文化局函"]))
    number = (f"江政办发〔{2020 + doc['n'] % 5}〕{doc['n'] + 11}号" if script == "simp"
              else f"發文字號：中文字第{1120000 + doc['n'] * 37}號")
    secret = rng.choice(["内部资料 注意保存", "内部资料"] if script == "simp" else ["內部資料 請勿外流", "限閱"])
    pager = rng.choice(["- {p} -", "— {p} —"])

    def on_page(c, d):
        p = c.getPageNumber()
        found.append(_put(c, font, 9, 72, H - 50, secret))
        found.append(_put(c, font, 11, W / 2, 40, pager.format(p=p), "center"))
        if p == 1:
            c.setFillColor(colors.red)
            found.append(_put(c, font, 24, W / 2, H - 110, office, "center"))
            c.setFillColor(colors.black)
            found.append(_put(c, font, 11, W / 2, H - 140, number, "center"))
            c.setStrokeColor(colors.red)
            c.setLineWidth(1.5)
            c.line(72, H - 150, W - 72, H - 150)
            c.setStrokeColor(colors.black)

    first = Frame(72, 72, W - 144, H - 240, id="first")
    later = Frame(72, 72, W - 144, H - 144, id="later")
    d = BaseDocTemplate(str(path), pagesize=A4, invariant=1)
    from reportlab.platypus import NextPageTemplate

    d.addPageTemplates([PageTemplate("first", [first], onPage=on_page), PageTemplate("later", [later], onPage=on_page)])
    story = [NextPageTemplate("later")]
    cells = []
    for u in units:
        kind, what, text = u["kind"], u.get("what"), escape(u["text"])
        if what == "table":
            cells.append(u["text"])
            if len(cells) == 9:
                t = Table([cells[0:3], cells[3:6], cells[6:9]], colWidths=[90, 90, 110])
                t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), font, 10), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                       ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
                story += [Spacer(1, 6), t, Spacer(1, 10)]
            continue
        if kind == "title":
            story.append(Paragraph(text, st("t", 20, 30, CENTER, 0, 6, 18)))
        elif kind == "heading":
            lvl = 1 if re.match(r"[一二三四五六七八九十]、", u["text"]) else 2
            story.append(Paragraph(text, st(f"h{lvl}", size + (1 if lvl == 1 else 0), size * 1.75, LEFT,
                                            2 * size, 4, 2)))
        elif kind == "meta":
            story.append(Paragraph(text, st("m", size, size * 1.75, LEFT, 2 * size if rng.random() < 0.5 else 0, 12, 0)))
        else:
            story.append(Paragraph(text, body))
    d.build(story)
    return found


def render_journal(doc: dict, path: Path, rng: random.Random) -> list[str]:
    """Two-column journal article: title block and boxed abstract across the top, running heads odd/even, ``·N·``."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        FrameBreak,
        NextPageTemplate,
        PageTemplate,
        Paragraph,
        Table,
        TableStyle,
    )

    script, units, font = doc["script"], doc["units"], FONT[doc["script"]]
    W, H = A4
    st, CENTER, LEFT, JUST = _styles(script)
    found: list[str] = []
    journal = (rng.choice(["社会科学论坛", "文史知识研究", "现代地理学报"]) if script == "simp"
               else rng.choice(["人文社會學報", "東亞文史論叢", "臺灣地理學刊"]))
    vol = f"第{doc['n'] % 9 + 1}{'卷' if script == 'simp' else '卷'}第{doc['n'] % 4 + 1}期"
    running = units[0]["text"]
    gap, m = 18, 54
    colw = (W - 2 * m - gap) / 2
    top_h = 280

    def on_page(c, d):
        p = c.getPageNumber()
        if p == 1:
            found.append(_put(c, font, 8.5, m, H - 40, f"{journal}  {vol}"))
            found.append(_put(c, font, 8.5, W - m, H - 40, doc["date"], "right"))
        elif p % 2:
            found.append(_put(c, font, 8.5, W - m, H - 40, running, "right"))
        else:
            found.append(_put(c, font, 8.5, m, H - 40, f"{journal}  {doc['date']}"))
        c.setLineWidth(0.5)
        c.line(m, H - 46, W - m, H - 46)
        found.append(_put(c, font, 9, W / 2, 34, f"\u30fb{p}\u30fb" if script == "simp" else f"第{p}頁", "center"))  # pdftotext gives U+00B7

    top = Frame(m, H - 60 - top_h, W - 2 * m, top_h, id="top")
    c1 = Frame(m, 54, colw, H - 60 - top_h - 54, id="c1")
    c2 = Frame(m + colw + gap, 54, colw, H - 60 - top_h - 54, id="c2")
    l1 = Frame(m, 54, colw, H - 60 - 54, id="l1")
    l2 = Frame(m + colw + gap, 54, colw, H - 60 - 54, id="l2")
    d = BaseDocTemplate(str(path), pagesize=A4, invariant=1)
    d.addPageTemplates([PageTemplate("first", [top, c1, c2], onPage=on_page),
                        PageTemplate("later", [l1, l2], onPage=on_page)])
    size = rng.choice([9.5, 10])
    body = st("b", size, size * 1.6, JUST, 2 * size)
    story = [NextPageTemplate("later")]
    for i, u in enumerate(units):
        kind, text = u["kind"], escape(u["text"])
        if kind == "title":
            story.append(Paragraph(text, st("t", 18, 26, CENTER, 0, 10, 8)))
        elif kind == "byline":
            story.append(Paragraph(text, st("a", 11, 16, CENTER, 0, 0, 10)))
        elif kind == "paragraph" and u["text"].startswith("摘要"):
            box = Table([[Paragraph(text, st("ab", 9, 14, JUST, 0))]], colWidths=[W - 2 * m - 40])
            box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                                     ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8)]))
            story.append(box)
        elif kind == "meta" and i < 6:
            story.append(Paragraph(text, st("k", 9, 14, LEFT, 20, 6, 0)))
            story.append(FrameBreak())
        elif kind == "heading":
            story.append(Paragraph(text, st("h", size + 1.5, size * 2, LEFT, 0, 6, 2)))
        elif kind == "meta":
            story.append(Paragraph(text, st("e", size - 1, size * 1.6, LEFT if rng.random() < 0.5 else 2, 0, 8, 0)))
        else:
            story.append(Paragraph(text, body))
    d.build(story)
    return found


def render_magazine(doc: dict, path: Path, rng: random.Random) -> list[str]:
    """One column, wide leading, first-line indent, captions, headings free to fall at a page bottom."""
    from reportlab.lib.pagesizes import A5, B5
    from reportlab.platypus import BaseDocTemplate, Frame, KeepTogether, PageTemplate, Paragraph, Spacer

    script, units, font = doc["script"], doc["units"], FONT[doc["script"]]
    size_page = rng.choice([A5, B5])
    W, H = size_page
    st, CENTER, LEFT, JUST = _styles(script)
    found: list[str] = []
    size = rng.choice([10, 10.5, 11])
    lead = size * rng.choice([1.8, 2.0])
    magazine = (rng.choice(["城市画报", "读者周刊", "时代人文"]) if script == "simp"
                else rng.choice(["天下雜誌", "遠見人文", "光華畫報"]))
    running = units[0]["text"]
    m = 50

    def on_page(c, d):
        p = c.getPageNumber()
        if p > 1 and p % 2:
            found.append(_put(c, font, 8, W - m, H - 32, running, "right"))
        elif p > 1:
            found.append(_put(c, font, 8, m, H - 32, f"{magazine}  {doc['date']}"))
        found.append(_put(c, font, 9, W - m if p % 2 else m, 28, str(p), "right" if p % 2 else "left"))

    frame = Frame(m, 50, W - 2 * m, H - 100, id="f")
    d = BaseDocTemplate(str(path), pagesize=size_page, invariant=1)
    d.addPageTemplates([PageTemplate("p", [frame], onPage=on_page)])
    indent = 2 * size if rng.random() < 0.7 else 0
    body = st("b", size, lead, JUST if rng.random() < 0.5 else LEFT, indent, 0, 0 if indent else size)
    story = []
    for u in units:
        kind, what, text = u["kind"], u.get("what"), escape(u["text"])
        if kind == "title":
            story.append(Paragraph(text, st("t", 19, 27, LEFT, 0, 0, 10)))
        elif kind in ("byline", "meta"):
            story.append(Paragraph(text, st("by", size - 1, lead, LEFT, 0, 0, 4)))
        elif kind == "heading":
            story.append(Paragraph(text, st("h", size + 2, lead, LEFT, 0, 8, 0)))
        elif what == "caption":
            story.append(KeepTogether([Spacer(1, 6), _photo(W - 2 * m, 120), Paragraph(text, st("c", 8, 11, LEFT)),
                                       Spacer(1, 8)]))
        else:
            story.append(Paragraph(text, body))
    d.build(story)
    return found


# --------------------------------------------------------------------------- gold by alignment

def fold(text: str) -> str:
    """Characters the CID fonts' CMaps give back as another code point (same length)."""
    return text.replace("\u30fb", "\u00b7").replace("\uff0f", "\u2215")


class AlignError(RuntimeError):
    pass


def _segments(text: str):
    """(start, end) of every run of text whose words are joined by single spaces (wider gaps split columns)."""
    for m in re.finditer(r"\S+(?: \S+)*", text):
        yield m.start(), m.end()


def align(dump: str, pieces: list[tuple[str, str]]) -> list[dict]:
    """Label every character of ``dump`` with the piece (unit or furniture occurrence) it came from.

    Each line piece (split at wide gaps, as -layout puts columns side by side) is parsed, whitespace
    removed, as a run of prefixes of the pieces' unconsumed text; ties go to the longest match, then to a
    piece it completes, then to the piece used last, then to document order. Raises when a line piece
    cannot be placed or a piece is not fully consumed.
    """
    sq = [fold(squash(t)) for _, t in pieces]
    used = [bytearray(len(s)) for s in sq]
    pos = [0] * len(sq)  # first unused index of each piece
    last = [-1]

    def cursor(p: int, over: dict) -> int:
        at = pos[p]
        extra = over.get(p, ())
        while at < len(sq[p]) and (used[p][at] or any(a <= at < a + k for a, k in extra)):
            at += 1
        return at

    def free(p: int, a: int, k: int, over: dict) -> bool:
        extra = over.get(p, ())
        return not any(used[p][a:a + k]) and not any(x < a + k and a < x + n for x, n in extra)

    def parse(t: str, i: int, over: dict, anywhere: bool) -> list | None:
        if i == len(t):
            return []
        cands = []
        for p, s in enumerate(sq):
            at = cursor(p, over)
            if at >= len(s):
                continue
            k = 0
            lim = min(len(s) - at, len(t) - i)
            while k < lim and s[at + k] == t[i + k] and not used[p][at + k]:
                k += 1
            rest = len(s) - at
            if k == 0 or (k < 2 and k < rest and i + k < len(t)):
                continue
            cands.append((-k, k != rest, p != last[0], p, at, k))
        if anywhere:  # text out of reading order: the longest unused occurrence anywhere in a piece
            for p, s in enumerate(sq):
                for L in range(min(len(s), len(t) - i), 1, -1):
                    a = s.find(t[i:i + L])
                    while a >= 0 and not free(p, a, L, over):
                        a = s.find(t[i:i + L], a + 1)
                    if a >= 0:
                        cands.append((-L, True, True, p, a, L))
                        break
        cands.sort()
        for _, _, _, p, at, k in cands[:6]:
            sub = parse(t, i + k, {**over, p: (*over.get(p, ()), (at, k))}, anywhere)
            if sub is not None:
                return [(p, at, k), *sub]
        return None

    spans = []  # (start, end, piece)
    for a, b in _segments(dump):
        raw = dump[a:b]
        t = fold(squash(raw))
        if not t:
            continue
        got = parse(t, 0, {}, False) or parse(t, 0, {}, True)
        if got is None:
            near = [(pieces[p][0], sq[p][pos[p]:pos[p] + 20]) for p in range(len(sq)) if pos[p] < len(sq[p])][:8]
            raise AlignError(f"cannot place {raw!r}; open pieces: {near}")
        # map squashed offsets back to raw offsets
        idx = [a + j for j, ch in enumerate(raw) if not ch.isspace()]
        k0 = 0
        for p, at, k in got:
            spans.append((idx[k0], idx[k0 + k - 1] + 1, p))
            used[p][at:at + k] = b"\x01" * k
            pos[p] = cursor(p, {})
            last[0] = p
            k0 += k
    left = [(pieces[p][0], sq[p][pos[p]:pos[p] + 30]) for p in range(len(sq)) if pos[p] < len(sq[p])]
    if left:
        raise AlignError(f"not in the dump: {left[:5]}")
    # whitespace between spans goes with the span before; merge runs of one piece
    units: list[dict] = []
    seen: set[int] = set()
    cur_p, cur_a = None, 0
    for j, (a, _b, p) in enumerate(spans):
        if p != cur_p:
            if cur_p is not None:
                units.append((cur_p, cur_a, a))
            cur_p, cur_a = p, (0 if j == 0 else a)
    units.append((cur_p, cur_a, len(dump)))
    out = []
    for p, a, b in units:
        u = {"kind": pieces[p][0], "text": dump[a:b].strip()}
        if p in seen:
            u["cont"] = True
        seen.add(p)
        out.append(u)
    return out


# --------------------------------------------------------------------------- DOCX

def _fix_zip_dates(path: Path) -> None:
    """Rewrite the .docx zip with fixed entry dates so that a rebuild gives the same bytes."""
    import zipfile

    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            z.writestr(zipfile.ZipInfo(name, (2023, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)

def render_docx(doc: dict, path: Path, rng: random.Random, style: str) -> list[str]:
    """Word files as offices write them; returns the header/footer strings (furniture)."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    script = doc["script"]
    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = "SimSun" if script == "simp" else "PMingLiU"
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), normal.font.name)
    units = [u for u in doc["units"] if u["kind"] != "debris" or u.get("what") == "table"]
    furniture = []
    header = f"{doc['site']}  {doc['date']}"
    footer = rng.choice([f"{doc['paper']}编辑部" if script == "simp" else f"{doc['paper']}編輯部",
                         "内部资料 请勿转发" if script == "simp" else "內部資料 請勿轉寄"])
    sec = d.sections[0]
    if style != "plain" or rng.random() < 0.5:
        sec.header.paragraphs[0].text = header
        furniture.append(header)
    sec.footer.paragraphs[0].text = footer
    sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    furniture.append(footer)
    cells = []
    for i, u in enumerate(units):
        kind, text = u["kind"], u["text"]
        if u.get("what") == "table":
            cells.append(text)
            if len(cells) == 9:
                t = d.add_table(rows=3, cols=3)
                t.style = "Table Grid"
                for r in range(3):
                    for c in range(3):
                        t.cell(r, c).text = cells[r * 3 + c]
            continue
        if style == "styled":
            if kind == "title":
                d.add_paragraph(text, style="Title")
            elif kind == "byline":
                d.add_paragraph(text, style="Subtitle")
            elif kind == "heading":
                lvl = 3 if re.match(r"\d+[.．]", text) else (2 if text.startswith("（") else 1)
                d.add_heading(text, level=lvl)
            elif kind == "paragraph" and i % 5 == 3 and len(text) < 120:
                d.add_paragraph(text, style="List Number" if rng.random() < 0.5 else "List Bullet")
            else:
                d.add_paragraph(text)
        elif style == "plain":
            if kind in ("title", "heading"):
                para = d.add_paragraph()
                run = para.add_run(text)
                run.bold = True
                run.font.size = Pt(18 if kind == "title" else 13)
                if kind == "title":
                    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
                d.add_paragraph()
            elif kind == "paragraph" and "。" in text[10:-2] and rng.random() < 0.4:
                cut = text.index("。", 10) + 1
                u["docx_text"] = text[:cut] + "\n" + text[cut:]
                d.add_paragraph().add_run(u["docx_text"])
            else:
                d.add_paragraph(text)
                if rng.random() < 0.4:
                    d.add_paragraph("")
        else:  # official letter
            para = d.add_paragraph()
            run = para.add_run(text)
            if kind == "title":
                run.bold, run.font.size = True, Pt(22)
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif kind == "heading":
                run.bold = True
                run.font.size = Pt(16)
            elif kind in ("byline",):
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif kind == "meta" and i == len(units) - 1:
                para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            else:
                para.paragraph_format.first_line_indent = Pt(32)
                para.paragraph_format.line_spacing = Pt(28)
    import datetime

    d.core_properties.author = PREFIX
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2023, 1, 1)
    d.core_properties.revision = 1
    d.save(str(path))
    _fix_zip_dates(path)
    return furniture


# --------------------------------------------------------------------------- text dumps a user makes

def dwidth(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def wrap_columns(text: str, width: int) -> list[str]:
    lines, cur = [], ""
    for tok in _tokens(text):
        if cur and dwidth(cur + tok) > width and not tok.isspace():
            lines.append(cur.rstrip())
            cur = tok.lstrip()
        else:
            cur += tok
    if cur.strip():
        lines.append(cur.rstrip())
    return lines


def render_dump(doc: dict, rng: random.Random, how: str) -> tuple[str, list[tuple[str, str]]]:
    """A wrapped text dump with a running header and a footer per page; returns text and the pieces."""
    width = int(re.sub(r"\D", "", how))
    by_chars = how.endswith("c")
    units = [u for u in doc["units"] if u["kind"] != "debris"]
    indent = rng.random() < 0.5  # paragraphs open with two ideographic spaces, no blank lines
    body: list[str] = []
    for u in units:
        text = ("　　" if indent and u["kind"] == "paragraph" else "") + u["text"]
        lines = (textwrap.wrap(text, width, drop_whitespace=False) if by_chars else wrap_columns(text, width))
        if by_chars:
            lines = [ln.rstrip() for ln in lines if ln.strip()]
        body.extend(lines)
        if not indent or u["kind"] in ("title",):
            body.append("")
    per_page = rng.choice([36, 44, 52])
    chunks = [body[i:i + per_page] for i in range(0, len(body), per_page)]
    total = len(chunks)
    head_form = rng.choice(["{site} | {title}", "{title}（{site}）", "{date}  {site}"])
    cols = width * (1 if by_chars else 1)
    foot_form = rng.choice(["- {p} -", "第 {p} 页，共 {t} 页" if doc["script"] == "simp" else "第 {p} 頁，共 {t} 頁",
                            "Page {p}/{t}", "·{p}·"])
    rule = rng.choice(["-", "=", "─"])
    ff = rng.random() < 0.5
    out, furniture = [], []
    for p, chunk in enumerate(chunks):
        head = head_form.format(site=doc["site"], title=doc["units"][0]["text"], date=doc["date"])
        foot = foot_form.format(p=p + 1, t=total)
        pad = max(0, (cols - dwidth(foot)) // 2) if not by_chars else 4
        out.append(head)
        out.append(rule * (cols // (2 if rule == "─" else 1)))
        furniture += [head, out[-1]]
        out.append("")
        out.extend(chunk)
        out.append("")
        out.append(" " * pad + foot)
        furniture.append(foot)
        if ff and p + 1 < total:
            out.append("\f")
    text = "\n".join(out).replace("\n\f\n", "\n\f") + "\n"
    pieces = [(u["kind"], u["text"]) for u in units] + [("debris", f) for f in furniture]
    return text, pieces


# --------------------------------------------------------------------------- encodings, files

CJK = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff01-\uff5e]")


def ocr_spaces(text: str, rng: random.Random) -> str:
    """Spaces an OCR engine leaves between CJK characters and around full-width punctuation (never in digits)."""
    out = []
    for line in text.split("\n"):
        if len(line) < 8 or rng.random() < 0.4:
            out.append(line)
            continue
        chars = []
        for i, ch in enumerate(line):
            chars.append(ch)
            nxt = line[i + 1] if i + 1 < len(line) else ""
            if nxt and CJK.match(ch) and CJK.match(nxt) and rng.random() < 0.2:
                chars.append(" ")
        out.append("".join(chars))
    return "\n".join(out)


def finish(text: str, script: str, rng: random.Random, forced: str | None = None) -> tuple[str, bytes, str]:
    how = forced or rng.choice(["utf-8", "utf-8", "bom", "crlf", "ocr"] + (["gb18030", "gb18030"] if script == "simp" else []))
    if how == "ocr":
        text = ocr_spaces(text, rng)
        return text, text.encode("utf-8"), "ocr-spaces+utf-8"
    if how == "bom":
        return text, b"\xef\xbb\xbf" + text.encode("utf-8"), "utf-8-bom"
    if how == "crlf":
        text = text.replace("\n", "\r\n")
        return text, text.encode("utf-8"), "crlf"
    if how == "gb18030":
        text = ocr_spaces(text, rng) if rng.random() < 0.3 else text
        text = text.replace("\n", "\r\n") if rng.random() < 0.5 else text
        return text, text.encode("gb18030"), "gb18030" + ("+crlf" if "\r\n" in text else "")
    return text, text.encode("utf-8"), "utf-8"


PDF_MODES = {"pdftotext": [], "pdftotext-layout": ["-layout"], "pdftotext-raw": ["-raw"],
             "pdftotext-nopgbrk": ["-nopgbrk"], "pdftotext-gbk": ["-enc", "GBK"]}
MODE_SETS = [("pdftotext", "pdftotext-layout"), ("pdftotext-raw", "pdftotext-layout"), ("pdftotext", "pdftotext-raw"),
             ("pdftotext-nopgbrk", "pdftotext-layout"), ("pdftotext-gbk", "pdftotext-raw", "pdftotext-layout")]
RENDER = {"newspaper": lambda d, p, r: render_newspaper(d, p, 3 if d["n"] % 4 < 2 else 2, r), "gov": render_gov,
          "journal": render_journal, "report": render_report, "twopaper": render_twopaper, "magazine": render_magazine}


def write_gold(stem: str, record: dict) -> None:
    path = HERE / "gold" / f"{stem}.json"
    units = record.pop("units")
    head = json.dumps({"doc_id": stem, **record}, ensure_ascii=False)[:-1]
    body = ",\n".join(" " + json.dumps(u, ensure_ascii=False) for u in units)
    path.write_text(f"{head},\n \"units\": [\n{body}\n]}}\n", encoding="utf-8")


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--batch", choices=["dev3", "dev4"], default="dev3",
                    help="dev3: batch 3 (p3-*, dev3/held3; default); dev4: a further development batch (p4-*)")
    configure(ap.parse_args().batch)
    docs = build_documents()
    if BATCH == "dev4":  # no content text of the new batch is in any earlier gold file
        blob = existing_gold_text(skip=(PREFIX,))
        for doc in docs:
            hit = [u["text"][:20] for u in doc["units"] if u["kind"] == "paragraph"
                   and any(squash(u["text"])[i:i + 15] in blob for i in range(0, max(1, len(squash(u["text"])) - 14), 5))]
            assert not hit, (doc["id"], hit)
    for split in sorted({doc["split"] for doc in docs}):
        for route in ("text", "native"):
            folder = HERE / route / split
            folder.mkdir(parents=True, exist_ok=True)
            for old in folder.glob(f"{PREFIX}-*"):
                old.unlink()
    for old in (HERE / "gold").glob(f"{PREFIX}-*.json"):
        old.unlink()
    manifest = []
    for doc in docs:
        did, split, script, rng = doc["id"], doc["split"], doc["script"], doc["rng"]
        files = []
        content = [u for u in doc["units"] if u["kind"] != "debris"]
        notes = [u["text"] for u in doc["units"] if u.get("what") in ("caption", "footnote")]
        pdf = HERE / "native" / split / f"{did}_pdf.pdf"
        furniture = RENDER[doc["layout"]](doc, pdf, rng)
        write_gold(f"{did}_pdf", {"source": f"native/{split}/{pdf.name}", "furniture": furniture + notes,
                                  "units": [{"kind": u["kind"], "text": u["text"]} for u in content]})
        files.append({"path": f"native/{split}/{pdf.name}", "route": "native", "tool": "reportlab-" + doc["layout"],
                      "encoding": "pdf"})
        pieces = [(u["kind"], u["text"]) for u in doc["units"]] + [("debris", f) for f in furniture]
        modes = list(MODE_SETS[doc["n"] % 5])
        for mode in modes:
            if mode == "pdftotext-gbk" and (script != "simp" or any("\u30fb" in f for f in furniture)):
                mode = "pdftotext"
            raw = subprocess.run(["pdftotext", *PDF_MODES[mode], str(pdf), "-"], capture_output=True, check=True).stdout
            if mode == "pdftotext-gbk":
                text, data, enc = raw.decode("gbk"), raw, "gbk"
            else:
                text, data, enc = finish(raw.decode("utf-8"), script, rng)
            try:
                units = align(text, pieces)
            except AlignError as err:
                raise SystemExit(f"{did} {mode}: {err}") from None
            stem = f"{did}_{mode}"
            (HERE / "text" / split / f"{stem}.txt").write_bytes(data)
            write_gold(stem, {"source": f"text/{split}/{stem}.txt", "tool": mode, "encoding": enc, "units": units})
            files.append({"path": f"text/{split}/{stem}.txt", "route": "text", "tool": mode, "encoding": enc})
        if doc["n"] % 4 in (0, 3):
            style = ["styled", "plain", "official"][doc["n"] % 3]
            path = HERE / "native" / split / f"{did}_docx.docx"
            furn = render_docx(doc, path, rng, style)
            write_gold(f"{did}_docx", {"source": f"native/{split}/{path.name}", "furniture": furn,
                                       "units": [{"kind": u["kind"], "text": u.get("docx_text", u["text"])}
                                                 for u in content]})
            files.append({"path": f"native/{split}/{path.name}", "route": "native", "tool": f"python-docx-{style}",
                          "encoding": "docx"})
        else:
            how = rng.choice(["wrap30c", "wrap36c", "wrap40c", "wrap72", "wrap80", "wrap64"])
            text, dpieces = render_dump(doc, rng, how)
            text, data, enc = finish(text, script, rng)
            try:
                units = align(text, dpieces)
            except AlignError as err:
                raise SystemExit(f"{did} {how}: {err}") from None
            stem = f"{did}_{how}"
            (HERE / "text" / split / f"{stem}.txt").write_bytes(data)
            write_gold(stem, {"source": f"text/{split}/{stem}.txt", "tool": how, "encoding": enc, "units": units})
            files.append({"path": f"text/{split}/{stem}.txt", "route": "text", "tool": how, "encoding": enc})
        manifest.append({"id": did, "split": split, "script": script, "layout": doc["layout"], "files": files})
        print(did, split, script, doc["layout"], [f["tool"] + ":" + f["encoding"] for f in files])
    (HERE / f"manifest-{BATCH}-print.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n",
                                                 encoding="utf-8")


if __name__ == "__main__":
    main()
