"""Batch 6, PRINT part: 24 typeset documents (ids ``p6-000`` .. ``p6-023``), rebuilt deterministically.

    PYTHONPATH=$PWD python benchmarks/segcorpus/make_dev6_print.py

Needs reportlab, python-docx, opencc and poppler's ``pdftotext`` (CI has no poppler: the files are committed).

Sources. CMRC 2018 *trial* contexts (simplified, CC BY-SA 4.0) and DRCD *test* contexts (traditional,
CC BY-SA 3.0) from ``../shared/data``: only contexts whose flattened index is EVEN (the WEB builder of batch 6
takes the odd ones) and that share no 15-character stretch with any gold file of the batches before batch 6
(``gold_index.existing_gold_text(only=BEFORE_DEV6)``; asserted for every paragraph). Simplified documents use
the CMRC contexts and, after them, DRCD contexts turned simplified by opencc ``t2s``; traditional documents use
DRCD contexts written in traditional characters. Consecutive contexts with one title form one article; a
context is cut into paragraphs at sentence ends.

Documents. ``p6-000``..``011`` simplified, ``012``..``023`` traditional; even number -> split ``dev6``, odd ->
``held6``. Six page shapes, each used by four documents (one simplified and one traditional on each side):

- ``gov``: a government work report (A4, one column, red masthead line on page 1 only, document number,
  centred title, ``——`` subtitle line, the speaker, sections ``一、`` / ``（一）`` headings, ``1.…。`` run-in
  items as paragraphs, first-line indent 2 characters, page numbers ``— N —`` outside: right on odd pages,
  left on even pages, signing office and date at the end);
- ``magazine``: a magazine feature (A4, two columns of unequal width, running line with a rule, byline
  ``文／X　图／Y``, a standfirst, block paragraphs without indent, a pull quote between rules in the flow,
  a photo box with a caption, page number at the outer foot);
- ``newspaper``: a newspaper page (A3-like tall page, masthead printed once on page 1 with a date / edition
  line, a title across the page, three columns of unequal width, later pages with a slim page head, 2–3
  stories, bylines ``本报记者　X`` / ``（记者 X 通讯员 Y）`` / ``記者X／台北報導``, ``责任编辑：X`` at the end);
- ``paper``: an academic paper (B5-ish, title block across the page, authors, affiliations, abstract,
  keywords, classification line, footnote block on page 1, two-column body with numbered section heads,
  running header alternating: journal on even pages (left), short title on odd pages (right));
- ``brochure``: a landscape tri-fold (three equal columns, narrow gutters, a shaded sidebar box with its
  own heading and text, ragged right, a contact footer on every page);
- ``whitepaper``: a B5 book-like report with a table-of-contents page (leader dots and page numbers), a
  chapter head, running heads alternating left/right (book title / chapter), ``· N ·`` folios, one column.

Typesetting is done by this script (reportlab canvas, built-in CID fonts STSong-Light / MSung-Light, no
font files): its own line breaker (no hyphenation; Latin words and numbers are never split; no line starts
with closing punctuation or ends with opening punctuation; justified lines by character spacing, last lines
ragged). Every drawn string is recorded with its owner (a content unit, or one furniture string).

Files per document:
- ``native/<split>/p6-NNN_pdf.pdf``; for the gov and whitepaper documents also ``p6-NNN_docx.docx``
  (python-docx: Title / Heading 1 / Heading 2 styles, page header and footer);
- ``text/<split>/p6-NNN_pdftotext.txt`` (default mode), ``_pdftotext-raw.txt``, ``_pdftotext-layout.txt``,
  and on every third document ``_pdftotext-nopgbrk.txt``; each saved as UTF-8, UTF-8 with BOM, GB18030
  (simplified only), CRLF, BOM + CRLF, or UTF-8 with OCR-like spaces between CJK characters of content units
  (the encoding is drawn per file from the seed ``print6-N-files``; ``manifest-dev6-print.json`` lists it).

Gold (``gold/<stem>.json``) comes from construction: the non-space characters of each extraction are aligned
to the recorded drawn strings (a greedy alignment that follows the current string and, where it stops,
takes the drawn string whose remaining text matches the longest stretch ahead); every character then
belongs to the owner of its drawn string, whitespace to the unit before it. Units are maximal runs of one
owner; a content unit that comes back after another owner (page furniture, another column) continues in
a piece with ``"cont": true``. Furniture owners are ``debris``: running heads, folios, masthead and its
date line, footers, captions, pull quotes, footnotes, the table of contents (one unit per entry line).
Native gold: the content units whole, and ``furniture``: every furniture string drawn.
"""

from __future__ import annotations

import io
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DATA = ROOT.parent / "shared" / "data"
if not DATA.is_dir():
    DATA = Path("/work/shared/data")
sys.path.insert(0, str(HERE))

from gold_index import existing_gold_text  # noqa: E402

BEFORE_DEV6 = ("cmrc", "drcd", "c2", "d2", "w3", "p3", "p4", "w4", "p5", "w5")
PREFIX = "p6"
SEED = "print6"
N_DOCS = 24
LAYOUTS = ("gov", "magazine", "newspaper", "paper", "brochure", "whitepaper")

_WS = re.compile(r"\s+")


def squash(text: str) -> str:
    return _WS.sub("", text)


# ---------------------------------------------------------------------------------------------- sources

def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def load_pool():
    """(simplified articles, traditional articles): lists of (title, [context, ...])."""
    seen = existing_gold_text(only=BEFORE_DEV6)

    def unused(text: str) -> bool:
        t = squash(text)
        return not any(t[i:i + 15] in seen for i in range(max(1, len(t) - 14)))

    cm = json.loads((DATA / "cmrc2018" / "cmrc2018_trial.json").read_text(encoding="utf-8"))["data"]
    cflat = [(a["title"], p["context"]) for a in cm for p in a["paragraphs"]]
    dr = json.loads((DATA / "drcd" / "DRCD_test.json").read_text(encoding="utf-8"))["data"]
    dflat = [(a["title"], p["context"]) for a in dr for p in a["paragraphs"]]
    conv = _t2s()
    cm_ok = [(t, x) for i, (t, x) in enumerate(cflat) if i % 2 == 0 and unused(x)]
    d_ok = [(t, x) for i, (t, x) in enumerate(dflat) if i % 2 == 0 and unused(x)]
    trad = [(t, x) for t, x in d_ok if sum(a != b for a, b in zip(x, conv.convert(x), strict=False)) >= 5]
    simp_d = [(conv.convert(t), conv.convert(x)) for t, x in d_ok if (t, x) not in trad]
    simp_d += [(conv.convert(t), conv.convert(x)) for t, x in trad[len(trad) // 2:]]
    trad = trad[: len(trad) // 2]

    def group(flat, script):
        flat = [(clean(t.replace("_", " "), script), clean(x, script)) for t, x in flat]
        lost = lost_chars(script, {ch for t, x in flat for ch in t + x if not ch.isspace()})
        flat = [(t, x) for t, x in flat if not (set(t + x) & lost)]
        arts, last = [], None
        for t, x in flat:
            if arts and t == last and len(arts[-1][1]) < 3:
                arts[-1][1].append(x)
            else:
                arts.append((t, [x]))
            last = t
        return arts

    return group(cm_ok + simp_d, "simp"), group(trad, "trad")


# What the CID fonts give back through pdftotext (probed with this script's _probe): STSong-Light returns
# "・" as "·" and loses "·"; MSung-Light returns "／" as "∕" and loses "・", "‧", "～", U+3000 and the
# simplified characters outside its character set. Sources are written with what survives; ``align``
# folds the two substitutions.
_REPLACE = {"simp": {"·": "・", "•": "・", "‧": "・"},
            "trad": {"·": "．", "・": "．", "‧": "．", "•": "．", "～": "~", "∼": "~"}}
_FOLD = {"·": "・", "∕": "／"}


def clean(text: str, script: str) -> str:
    text = "".join(_REPLACE[script].get(c, c) for c in text)
    text = re.sub(r"[\u00a0\u3000\t ]+", " ", text).strip()
    return text


_PROBED: dict = {}


def lost_chars(script: str, chars: set) -> set:
    """The characters of ``chars`` that pdftotext does not give back from this script's font."""
    from reportlab.pdfgen import canvas

    chars = sorted(chars)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    font = font_for(script)
    y = 800
    for ch in chars:
        c.setFont(font, 10)
        c.drawString(50, y, "中" + ch + "文")
        y -= 14
        if y < 40:
            c.showPage()
            y = 800
    c.save()
    got = [ln.strip() for ln in pdftotext(buf.getvalue(), "-raw").splitlines() if ln.strip()]
    assert len(got) == len(chars)
    return {ch for ch, ln in zip(chars, got, strict=True) if "".join(_FOLD.get(x, x) for x in ln) != "中" + ch + "文"}


def split_paragraphs(context: str, rng: random.Random) -> list[str]:
    sents = [s for s in re.split(r"(?<=[。！？])(?![」』”）])", context) if s]
    if len(context) < 220 or len(sents) < 3:
        return [context]
    n = 2 if len(context) < 600 else 3
    target = len(context) / n
    paras, cur = [], ""
    for s in sents:
        cur += s
        if len(cur) >= target * rng.uniform(0.7, 1.2) and len(paras) < n - 1:
            paras.append(cur)
            cur = ""
    if cur:
        if len(cur) < 25 and paras:
            paras[-1] += cur
        else:
            paras.append(cur)
    return paras


# ---------------------------------------------------------------------------------------------- typesetting

FONTS = {"simp": "STSong-Light", "trad": "MSung-Light"}
_REGISTERED: set = set()


def font_for(script: str) -> str:
    from reportlab.pdfbase import cidfonts, pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    # reportlab 4/5 pairs MSung-Light with the GB CMap, which poppler rejects for an Adobe-CNS1 font
    cidfonts.defaultUnicodeEncodings["MSung-Light"] = ("cht", "UniCNS-UCS2-H")
    name = FONTS[script]
    if name not in _REGISTERED:
        pdfmetrics.registerFont(UnicodeCIDFont(name))
        _REGISTERED.add(name)
    return name


_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.,:%/'+&\-]*[A-Za-z0-9%]|[A-Za-z0-9]| |.", re.S)
NO_START = set("，。、；：？！）」』》〉”’…・%．,.;:?!)]】〕")
NO_END = set("（「『《〈“‘([【〔")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


class Setter:
    """One PDF: pages, frames, a flow of blocks; records every drawn string with its owner."""

    def __init__(self, pagesize, font, frames_fn, furniture_fn, total_pages=0):
        from reportlab.pdfgen import canvas

        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=pagesize, pageCompression=1, invariant=1)
        self.W, self.H = pagesize
        self.font = font
        self.frames_fn = frames_fn
        self.furniture_fn = furniture_fn
        self.total = total_pages
        self.records: list[tuple[str, str]] = []  # (owner, drawn text)
        self.owner_pages: dict[str, int] = {}
        self.page = 0
        self.frames: list = []
        self.fi = 0
        self.y = 0.0
        self.new_page()

    # -- drawing
    def width(self, text: str, size: float) -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        return stringWidth(text, self.font, size)

    def draw(self, owner: str, text: str, x: float, y: float, size: float, align: str = "left",
             char_space: float = 0.0, bold: bool = False, color=None):
        c = self.c
        if align == "center":
            x -= self.width(text, size) / 2
        elif align == "right":
            x -= self.width(text, size)
        t = c.beginText(x, y)
        t.setFont(self.font, size)
        if char_space:
            t.setCharSpace(char_space)
        if bold:
            t.setTextRenderMode(2)
            c.setLineWidth(size / 40)
        if color is not None:
            c.setFillColorRGB(*color)
            c.setStrokeColorRGB(*color)
        t.textOut(text)
        c.drawText(t)
        c.setFillColorRGB(0, 0, 0)
        c.setStrokeColorRGB(0, 0, 0)
        if squash(text):
            self.records.append((owner, text))
            self.owner_pages.setdefault(owner, self.page)

    def rule(self, x1, y, x2, width=0.5, color=(0, 0, 0)):
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(width)
        self.c.line(x1, y, x2, y)
        self.c.setStrokeColorRGB(0, 0, 0)

    # -- pages and frames
    def new_page(self):
        if self.page:
            self.furniture_fn(self, self.page, "bottom")
            self.c.showPage()
        self.page += 1
        self.frames = self.frames_fn(self.page)
        self.fi = 0
        self.y = self.frames[0][1]
        self.furniture_fn(self, self.page, "top")

    def next_frame(self):
        self.fi += 1
        if self.fi >= len(self.frames):
            self.new_page()
        else:
            self.y = self.frames[self.fi][1]

    def finish(self) -> bytes:
        self.furniture_fn(self, self.page, "bottom")
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()

    @property
    def frame(self):
        return self.frames[self.fi]

    def at_top(self) -> bool:
        return abs(self.y - self.frame[1]) < 0.01

    # -- line breaking
    def break_lines(self, text: str, size: float, first_width: float, width: float) -> list[str]:
        toks = tokens(text)
        lines, cur, cur_w = [], [], 0.0
        avail = first_width
        i = 0
        while i < len(toks):
            tok = toks[i]
            w = self.width(tok, size)
            if not cur and tok == " ":
                i += 1
                continue
            if cur_w + w <= avail + 0.01 or not cur:
                if not cur and w > avail:  # a Latin run wider than the line: split it by characters
                    part = ""
                    for ch in tok:
                        if self.width(part + ch, size) > avail and part:
                            break
                        part += ch
                    toks[i:i + 1] = [part, tok[len(part):]] if tok[len(part):] else [part]
                    continue
                cur.append(tok)
                cur_w += w
                i += 1
                continue
            # the line is full: keep the rules on punctuation
            if tok[0] in NO_START and len(cur) > 1:
                i -= 1
                cur.pop()
                while len(cur) > 1 and (cur[-1][0] in NO_START or cur[-1] == " "):
                    cur.pop()
                    i -= 1
            while len(cur) > 1 and cur[-1][-1] in NO_END:
                cur.pop()
                i -= 1
            lines.append("".join(cur).rstrip())
            cur, cur_w = [], 0.0
            avail = width
        if cur:
            lines.append("".join(cur).rstrip())
        return lines

    # -- flow
    def text_block(self, owner, text, size=10.5, leading=None, indent=0.0, align="justify", before=0.0, after=0.0,
                   bold=False, keep=0, color=None):
        leading = leading or size * 1.6
        if not self.at_top():
            self.y -= before
        # keep a heading with the first lines of what follows
        need = leading * (1 + keep)
        if self.y - need < self.frame[3] and not self.at_top():
            self.next_frame()
        lines = None
        first = True
        rest = text
        while rest:
            x, top, w, bottom = self.frame
            ind = indent * size if first else 0.0
            lines = self.break_lines(rest, size, w - ind, w)
            line = lines[0]
            if self.y - leading < bottom - 0.01:
                self.next_frame()
                continue
            self.y -= leading
            consumed = self._consume(rest, line)
            rest = rest[consumed:].lstrip(" ")
            last = not rest
            lx, cs = x + ind, 0.0
            n = len(line)
            natural = self.width(line, size)
            if align == "justify" and not last and n > 1:
                cs = (w - ind - natural) / (n - 1)
                if cs > size * 0.5:
                    cs = 0.0
            if align == "center":
                self.draw(owner, line, x + w / 2, self.y, size, "center", bold=bold, color=color)
            elif align == "right":
                self.draw(owner, line, x + w, self.y, size, "right", bold=bold, color=color)
            else:
                self.draw(owner, line, lx, self.y, size, char_space=cs, bold=bold, color=color)
            first = False
        self.y -= after

    @staticmethod
    def _consume(rest: str, line: str) -> int:
        """How many characters of ``rest`` the drawn ``line`` took (spaces at the cut are dropped)."""
        i = j = 0
        while j < len(line):
            if rest[i] == line[j]:
                i += 1
                j += 1
            elif rest[i] == " ":
                i += 1
            else:
                raise AssertionError((rest[:40], line))
        return i

    def space(self, h):
        if not self.at_top():
            self.y -= h
            if self.y < self.frame[3]:
                self.next_frame()

    def frame_break(self):
        self.next_frame()

    def figure(self, owner, caption, height, size=8.5):
        x, top, w, bottom = self.frame
        if self.y - height - size * 2.5 < bottom:
            self.next_frame()
            x, top, w, bottom = self.frame
        if not self.at_top():
            self.y -= size
        self.c.setFillColorRGB(0.85, 0.85, 0.85)
        self.c.rect(x, self.y - height, w, height, stroke=0, fill=1)
        self.c.setFillColorRGB(0, 0, 0)
        self.y -= height
        self.text_block(owner, caption, size=size, leading=size * 1.4, align="left", before=size * 0.4,
                        after=size * 0.8)

    def pull_quote(self, owner, text, size=14):
        x, top, w, bottom = self.frame
        lines = self.break_lines(text, size, w - size, w - size)
        need = len(lines) * size * 1.4 + size * 2
        if self.y - need < bottom:
            self.next_frame()
            x, top, w, bottom = self.frame
        if not self.at_top():
            self.y -= size * 0.6
        self.rule(x, self.y, x + w, 1.2)
        self.y -= size * 0.5
        for line in lines:
            self.y -= size * 1.4
            self.draw(owner, line, x + w / 2, self.y, size, "center", color=(0.55, 0.1, 0.1))
        self.y -= size * 0.6
        self.rule(x, self.y, x + w, 1.2)
        self.y -= size * 0.8


# ---------------------------------------------------------------------------------------------- documents

NAMES = {
    "simp": ["张明远", "李慧敏", "王建国", "陈晓燕", "刘志强", "赵雅琴", "周文博", "吴海涛", "孙丽华", "郑国栋",
             "黄佳怡", "何振宇", "马俊杰", "高雪梅", "罗晨曦", "梁思远"],
    "trad": ["林佳蓉", "陳冠宇", "黃淑芬", "張志豪", "吳怡君", "劉建宏", "蔡雅婷", "楊宗翰", "許文彥", "鄭美玲",
             "謝承恩", "洪秀珠", "蘇柏翰", "賴怡萱", "葉家瑋", "曾淑惠"],
}
HEADS = {
    "simp": ["基本概况", "历史沿革", "主要特点", "发展现状", "相关评价", "背景情况", "影响与意义", "后续进展",
             "相关争议", "若干细节", "资料补充", "结语"],
    "trad": ["基本概況", "歷史沿革", "主要特色", "發展現況", "相關評價", "背景說明", "影響與意義", "後續發展",
             "爭議與討論", "若干細節", "資料補充", "結語"],
}
RUNIN = {"simp": ["加强统筹协调", "注重资料整理", "推进成果转化", "完善保障机制", "扩大社会参与"],
         "trad": ["強化橫向聯繫", "落實資料保存", "推動成果應用", "健全經費制度", "擴大民眾參與"]}
CN_NUM = "一二三四五六七八九十"
TW_BIG = "壹貳參肆伍陸柒捌玖拾"


class Owners:
    """Content units (in document order) and furniture strings, each with an owner id."""

    def __init__(self):
        self.units: list[dict] = []
        self.kind: dict[str, str] = {}
        self.furniture: list[str] = []

    def add(self, kind: str, text: str) -> str:
        oid = f"u{len(self.units)}"
        self.units.append({"id": oid, "kind": kind, "text": text})
        self.kind[oid] = kind
        return oid

    def furn(self, text: str, key: str | None = None) -> str:
        oid = f"f{len(self.kind)}" if key is None else key
        if oid not in self.kind:
            self.kind[oid] = "debris"
            self.furniture.append(text)
        return oid


def plan_articles(arts: list, rng: random.Random) -> list[dict]:
    """[{title, sections: [[para, ...], ...]}]: one section per context."""
    out = []
    for title, contexts in arts:
        out.append({"title": title, "sections": [split_paragraphs(c, rng) for c in contexts]})
    return out


# ---------------------------------------------------------------------------------------------- layouts

def mm(v: float) -> float:
    return v * 72 / 25.4


def _two(script, simp, trad):
    return simp if script == "simp" else trad


def head_pool(script, rng):
    heads = list(HEADS[script])
    rng.shuffle(heads)
    while True:
        yield from heads


def lay_gov(doc, info):
    """Government report: A4, one column, red masthead line on page 1, outer page numbers."""
    from reportlab.lib.pagesizes import A4

    s, rng, o = doc["script"], random.Random(f"{SEED}-{doc['n']}-gov"), Owners()
    W, H = A4
    left, right = mm(28), mm(26)
    head = _two(s, "江临市人民政府文件", "臺中市政府研究考核報告")

    def frames(p):
        top = H - mm(75) if p == 1 else H - mm(30)
        return [(left, top, W - left - right, mm(28))]

    def furniture(st, p, where):
        if where == "top" and p == 1:
            st.draw(o.furn(head), head, W / 2, H - mm(38), 26, "center", color=(0.8, 0.05, 0.05), bold=True)
            st.rule(left, H - mm(50), W - right, 1.5, (0.8, 0.05, 0.05))
        if where == "bottom":
            folio = f"— {p} —"
            if p % 2:
                st.draw(o.furn(folio), folio, W - right, mm(16), 12, "right")
            else:
                st.draw(o.furn(folio), folio, left, mm(16), 12, "left")

    st = Setter(A4, font_for(s), frames, furniture)
    year = rng.choice([2021, 2022, 2023])
    docno = _two(s, f"江政发〔{year}〕{rng.randint(3, 40)}号", f"府授研字第{year - 1911}00{rng.randint(10000, 99999)}號")
    st.text_block(o.add("meta", docno), docno, size=12, align="center", after=mm(6))
    arts = doc["articles"]
    t0 = arts[0]["title"]
    title = _two(s, f"关于{t0}有关情况的调研报告", f"{t0}相關情況研究報告")
    st.text_block(o.add("title", title), title, size=20, leading=30, align="center", bold=True, after=mm(3))
    office = _two(s, "江临市地方志办公室", "臺中市政府研究考核處")
    by = _two(s, f"{office}调研组", f"{office}　撰")
    st.text_block(o.add("byline", by), by, size=12, align="center", after=mm(6))
    heads = head_pool(s, rng)
    runin = list(RUNIN[s])
    rng.shuffle(runin)
    sec = 0
    for ai, art in enumerate(arts):
        for si, paras in enumerate(art["sections"]):
            if ai or si:
                if s == "simp":
                    h1 = f"{CN_NUM[sec]}、{art['title'] if si == 0 else next(heads)}"
                else:
                    h1 = f"{TW_BIG[sec]}、{art['title'] if si == 0 else next(heads)}"
                sec += 1
                st.text_block(o.add("heading", h1), h1, size=14, leading=26, bold=True, before=8, keep=1,
                              indent=2 if s == "simp" else 0)
            for pi, para in enumerate(paras):
                if pi and (ai or si) and len(paras) >= 3:
                    h2 = _two(s, f"（{CN_NUM[pi - 1]}）{next(heads)}", f"{CN_NUM[pi - 1]}、{next(heads)}")
                    st.text_block(o.add("heading", h2), h2, size=12.5, leading=24, bold=s == "trad", keep=1,
                                  indent=2 if s == "simp" else 0)
                elif pi:
                    para = f"{pi}.{runin[(sec + pi) % len(runin)]}。{para}"
                st.text_block(o.add("paragraph", para), para, size=12, leading=22, indent=2)
    st.space(mm(10))
    date = _two(s, f"{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f"中華民國{year - 1911}年{rng.randint(1, 12)}月")
    st.text_block(o.add("meta", office), office, size=12, align="right")
    st.text_block(o.add("meta", date), date, size=12, align="right")
    return st, o


def lay_magazine(doc, info):
    """Magazine feature: A4, two columns of unequal width, pull quote, photo box, block paragraphs."""
    from reportlab.lib.pagesizes import A4

    s, rng, o = doc["script"], random.Random(f"{SEED}-{doc['n']}-mag"), Owners()
    W, H = A4
    inner, outer, gut = mm(22), mm(16), mm(rng.choice([4, 9]))
    arts = doc["articles"]
    wide = rng.choice([0.58, 0.62])
    mag = _two(s, "人文地理周刊", "城鄉誌月刊")
    issue = _two(s, f"{rng.choice([2021, 2022, 2023])}年第{rng.randint(2, 30)}期", f"第{rng.randint(100, 300)}期　{rng.choice(['三', '七', '十一'])}月號")
    col = _two(s, "封面故事", "特別企劃")

    def margins(p):
        return (inner, outer) if p % 2 else (outer, inner)

    def frames(p):
        lm, rm = margins(p)
        tw = W - lm - rm - gut
        w1 = tw * (wide if p % 2 else 1 - wide)
        top = H - mm(24)
        if p == 1:
            return [(lm, top, W - lm - rm, H - mm(82)), (lm, H - mm(86), w1, mm(22)),
                    (lm + w1 + gut, H - mm(86), tw - w1, mm(22))]
        return [(lm, top, w1, mm(22)), (lm + w1 + gut, top, tw - w1, mm(22))]

    def furniture(st, p, where):
        lm, rm = margins(p)
        if where == "top" and p > 1:
            txt = f"{mag}　{issue}" if p % 2 == 0 else f"{col}｜{arts[0]['title']}"
            if p % 2 == 0:
                st.draw(o.furn(txt), txt, lm, H - mm(15), 8.5)
            else:
                st.draw(o.furn(txt), txt, W - rm, H - mm(15), 8.5, "right")
            st.rule(lm, H - mm(17), W - rm, 0.4)
        if where == "bottom":
            folio = str(p + 23)
            x, al = (W - rm, "right") if p % 2 else (lm, "left")
            st.draw(o.furn(folio), folio, x, mm(12), 10, al)

    st = Setter(A4, font_for(s), frames, furniture)
    title = arts[0]["title"]
    kicker = f"{col}｜{mag}"
    st.text_block(o.furn(kicker), kicker, size=9, align="left", after=4, color=(0.6, 0.1, 0.1))
    st.text_block(o.add("title", title), title, size=26, leading=34, align="left", bold=True, after=6)
    first = arts[0]["sections"][0]
    stand = first[0] if len(first) > 1 else None
    if stand:
        st.text_block(o.add("paragraph", stand), stand, size=11.5, leading=19, align="justify", after=6)
    names = rng.sample(NAMES[s], 2)
    by = _two(s, f"文／{names[0]}　图／{names[1]}", f"撰文／{names[0]}　攝影／{names[1]}")
    st.text_block(o.add("byline", by), by, size=10, align="left")
    st.frame_break()
    heads = head_pool(s, rng)
    count = 0
    quote_done = fig_done = False
    for ai, art in enumerate(arts):
        if ai:
            st.text_block(o.add("heading", art["title"]), art["title"], size=15, leading=22, bold=True, before=10, keep=2)
        for si, paras in enumerate(art["sections"]):
            if si:
                h = next(heads)
                st.text_block(o.add("heading", h), h, size=12, leading=18, bold=True, before=8, keep=2,
                              color=(0.6, 0.1, 0.1))
            for pi, para in enumerate(paras):
                if stand and ai == 0 and si == 0 and pi == 0:
                    continue
                st.text_block(o.add("paragraph", para), para, size=10, leading=16.5, indent=0, before=7)
                count += 1
                if count == 2 and not quote_done:
                    sent = re.split(r"(?<=[。！？])", para)[0][:26].rstrip("。，")
                    q = f"“{sent}……”"
                    st.pull_quote(o.furn(q), q, size=13)
                    quote_done = True
                if count == 4 and not fig_done:
                    cap = _two(s, f"图为与{title}相关的资料照片。（{names[1]}　摄）", f"圖為{title}相關資料照片。（{names[1]}攝）")
                    st.figure(o.furn(cap), cap, mm(38))
                    fig_done = True
    return st, o


def lay_newspaper(doc, info):
    """Newspaper page: masthead once, title across, three unequal columns, slim heads on later pages."""
    s, rng, o = doc["script"], random.Random(f"{SEED}-{doc['n']}-news"), Owners()
    # make_dev6x.py may set "size", "gutter_mm" and "ratios" (any number of columns) on the doc
    W, H = doc.get("size", (mm(297), mm(420)))
    lm, rm = mm(15), mm(15)
    gut = mm(doc["gutter_mm"] if "gutter_mm" in doc else rng.choice([3.5, 6]))
    ratios = doc["ratios"] if "ratios" in doc else rng.choice([(0.42, 0.33, 0.25), (0.25, 0.42, 0.33), (0.38, 0.38, 0.24)])
    paper = _two(s, "江临日报", "南瀛時報")
    year = rng.choice([2021, 2022, 2023])
    mo, da = rng.randint(1, 12), rng.randint(1, 28)
    wk = "一二三四五六日"[rng.randint(0, 6)]
    ed = rng.randint(2, 12)
    dateline = _two(s, f"{year}年{mo}月{da}日　星期{wk}　农历癸卯年　第{rng.randint(10000, 20000)}期　今日16版",
                    f"中華民國{year - 1911}年{mo}月{da}日　星期{wk}　第{rng.randint(20000, 30000)}號　今日24版")
    sect = _two(s, "要闻", "綜合新聞")

    def cols(top, bottom):
        tw = W - lm - rm - (len(ratios) - 1) * gut
        x, out = lm, []
        for r in ratios:
            out.append((x, top, tw * r, bottom))
            x += tw * r + gut
        return out

    def frames(p):
        if p == 1:
            return [(lm, H - mm(62), W - lm - rm, H - mm(95))] + cols(H - mm(97), mm(18))
        return cols(H - mm(22), mm(18))

    def furniture(st, p, where):
        if where == "top":
            if p == 1:
                st.draw(o.furn(paper), paper, W / 2, H - mm(34), 44, "center", bold=True, color=(0.75, 0.05, 0.05))
                cn = _two(s, "国内统一连续出版物号 CN 32-0001", "中華郵政登記為新聞紙類")
                st.draw(o.furn(cn), cn, lm, H - mm(44), 8)
                st.draw(o.furn(dateline), dateline, W / 2, H - mm(50), 10, "center")
                st.rule(lm, H - mm(53), W - rm, 1.5)
                st.rule(lm, H - mm(54.2), W - rm, 0.4)
            else:
                left = _two(s, f"{year}年{mo}月{da}日　星期{wk}", f"{year - 1911}年{mo}月{da}日　星期{wk}")
                mid = _two(s, f"第{ed + p - 1}版　{sect}", f"A{ed + p - 1}　{sect}")
                st.draw(o.furn(left), left, lm, H - mm(14), 9)
                st.draw(o.furn(mid), mid, W / 2, H - mm(14), 11, "center", bold=True)
                st.draw(o.furn(paper), paper, W - rm, H - mm(14), 9, "right")
                st.rule(lm, H - mm(16.5), W - rm, 1)
        if where == "bottom" and p == 1:
            foot = _two(s, f"本版编辑：{rng.choice(NAMES[s])}　　美编：{rng.choice(NAMES[s])}", f"本版主編：{rng.choice(NAMES[s])}")
            st.draw(o.furn(foot), foot, W - rm, mm(10), 8, "right")

    st = Setter((W, H), font_for(s), frames, furniture)
    arts = doc["articles"]
    heads = head_pool(s, rng)
    names = NAMES[s][:]
    rng.shuffle(names)
    for ai, art in enumerate(arts):
        title = art["title"]
        if ai == 0:
            st.text_block(o.add("title", title), title, size=30, leading=40, align="center", bold=True, after=4)
            by = _two(s, f"本报记者　{names[0]}　{names[1]}", f"記者{names[0]}／台南報導")
            st.text_block(o.add("byline", by), by, size=11, align="center")
            st.frame_break()
        else:
            st.text_block(o.add("heading", title), title, size=17, leading=24, bold=True, align="center", before=14,
                          keep=2)
            if ai == 1:
                by = _two(s, f"（记者 {names[2]} 通讯员 {names[3]}）", f"【記者{names[2]}／高雄報導】")
            else:
                by = _two(s, f"来源：新华社 {year}-{mo:02d}-{max(1, da - 1):02d} 记者 {names[4]}",
                          f"來源：中央社 {year}/{mo:02d}/{max(1, da - 1):02d} 記者{names[4]}")
            st.text_block(o.add("byline", by), by, size=10, align="left" if s == "simp" else "center", after=2)
        for si, paras in enumerate(art["sections"]):
            if si:
                h = next(heads)
                h = _two(s, f"■ {h}", h)
                st.text_block(o.add("heading", h), h, size=11.5, leading=18, bold=True, before=6, keep=2)
            for para in paras:
                st.text_block(o.add("paragraph", para), para, size=10.5, leading=16, indent=2)
    ed = _two(s, f"责任编辑：{names[-1]}", f"編輯：{names[-1]}")
    st.text_block(o.add("meta", ed), ed, size=9.5, align="right", before=6)
    return st, o


def lay_paper(doc, info):
    """Academic paper: title block across the page, footnotes on page 1, two-column body, alternating heads."""
    s, rng, o = doc["script"], random.Random(f"{SEED}-{doc['n']}-paper"), Owners()
    W, H = mm(184), mm(260)
    inner, outer = mm(20), mm(15)
    gut = mm(rng.choice([5, 8]))
    first_page = rng.randint(20, 120)
    arts = doc["articles"]
    art = arts[0]
    names = rng.sample(NAMES[s], 2)
    journal = _two(s, f"江临大学学报（社会科学版）　{rng.choice([2021, 2022, 2023])}年第{rng.randint(1, 6)}期",
                   f"臺灣人文學報　第{rng.randint(10, 40)}期")
    short = _two(s, f"{names[0]}等：{art['title']}研究", f"{names[0]}、{names[1]}：{art['title']}研究")
    notes = _two(s, [f"收稿日期：{rng.choice([2021, 2022])}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                     f"基金项目：国家社会科学基金项目（{rng.randint(18, 22)}BZS0{rng.randint(10, 99)}）",
                     f"作者简介：{names[0]}（19{rng.randint(70, 90)}—），男，江苏江临人，副教授，主要从事历史文献研究。"],
                 [f"投稿日期：{rng.choice([110, 111])}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日；接受刊登日期：{rng.choice([111, 112])}年{rng.randint(1, 12)}月",
                  f"＊{names[0]}，國立臺南大學歷史學系助理教授；{names[1]}，同系碩士生。"])

    def margins(p):
        return (inner, outer) if p % 2 else (outer, inner)

    def frames(p):
        lm, rm = margins(p)
        cw = (W - lm - rm - gut) / 2
        if p == 1:
            fb = mm(16) + len(notes) * 11 + mm(4)
            return [(lm, H - mm(20), W - lm - rm, H - mm(112)), (lm, H - mm(114), cw, fb),
                    (lm + cw + gut, H - mm(114), cw, fb)]
        return [(lm, H - mm(20), cw, mm(18)), (lm + cw + gut, H - mm(20), cw, mm(18))]

    def furniture(st, p, where):
        lm, rm = margins(p)
        folio = _two(s, f"・{first_page + p - 1}・", f"{first_page + p - 1}")
        if where == "top":
            if p % 2 == 0:
                st.draw(o.furn(journal), journal, lm, H - mm(12), 8)
            else:
                st.draw(o.furn(short), short, W - rm, H - mm(12), 8, "right")
            st.rule(lm, H - mm(14), W - rm, 0.4)
        if where == "bottom":
            if p == 1:
                y = mm(16) + len(notes) * 11
                st.rule(lm, y + 4, lm + mm(40), 0.4)
                for note in notes:
                    y -= 11
                    st.draw(o.furn(note), note, lm, y, 7.5)
            x, al = (W - rm, "right") if p % 2 else (lm, "left")
            st.draw(o.furn(folio), folio, x, mm(10), 9, al)

    st = Setter((W, H), font_for(s), frames, furniture)
    st.text_block(o.add("title", art["title"] + _two(s, "研究", "研究")), art["title"] + "研究", size=17, leading=26,
                  align="center", bold=True, after=4)
    by = _two(s, f"{names[0]}1，{names[1]}2", f"{names[0]}　{names[1]}")
    st.text_block(o.add("byline", by), by, size=11, align="center", after=2)
    aff = _two(s, "（1. 江临大学 历史文化学院，江苏 江临 225000；2. 江临市档案馆，江苏 江临 225001）",
               "國立臺南大學歷史學系")
    st.text_block(o.add("meta", aff), aff, size=8.5, align="center", after=8)
    rng.shuffle(list(HEADS[s]))  # a draw kept so that the committed files stay as they were made
    abstract = _two(s, f"摘　要：本文以{art['title']}为研究对象，在梳理相关文献与资料的基础上，考察其基本情况、历史沿革与社会影响，并对既有研究中的若干看法提出补充。研究表明，相关问题仍有进一步讨论的空间。",
                    f"摘要：本文以{art['title']}為研究對象，在整理相關文獻與資料的基礎上，考察其基本概況、歷史沿革與社會影響，並對既有研究的若干看法提出補充。研究顯示，相關問題仍有進一步討論的空間。")
    st.text_block(o.add("paragraph", abstract), abstract, size=9, leading=14.5, after=3)
    kw = _two(s, f"关键词：{art['title']}；历史沿革；社会影响；文献", f"關鍵詞：{art['title']}、歷史沿革、社會影響、文獻")
    st.text_block(o.add("meta", kw), kw, size=9, leading=14.5, after=3)
    if s == "simp":
        cls = f"中图分类号：K{rng.randint(200, 299)}　　文献标识码：A　　文章编号：1672-{rng.randint(1000, 9999)}（2023）0{rng.randint(1, 6)}-00{rng.randint(10, 99)}-0{rng.randint(5, 9)}"
        st.text_block(o.add("meta", cls), cls, size=8.5, leading=14)
    st.frame_break()
    heads = head_pool(s, rng)
    num = 0
    for si, paras in enumerate(art["sections"]):
        num += 1
        h = _two(s, f"{num}　{'引言' if si == 0 else next(heads)}", f"{CN_NUM[num - 1]}、{'前言' if si == 0 else next(heads)}")
        st.text_block(o.add("heading", h), h, size=11, leading=18, bold=True, before=6, keep=2)
        for pi, para in enumerate(paras):
            if pi == 1 and len(paras) >= 3:
                h2 = _two(s, f"{num}.1　{next(heads)}", f"（一）{next(heads)}")
                st.text_block(o.add("heading", h2), h2, size=10, leading=16, before=3, keep=2)
            st.text_block(o.add("paragraph", para), para, size=9.5, leading=15.5, indent=2)
    return st, o


def lay_brochure(doc, info):
    """Landscape tri-fold: three equal columns, narrow gutters, a shaded sidebar box, contact footer."""
    from reportlab.lib.pagesizes import A4, landscape

    s, rng, o = doc["script"], random.Random(f"{SEED}-{doc['n']}-bro"), Owners()
    # make_dev6x.py may set "size", "gutter_mm", "ncols", "sidebar" and "align" on the doc
    W, H = doc.get("size", landscape(A4))
    m, gut = mm(10), mm(doc["gutter_mm"] if "gutter_mm" in doc else rng.choice([3, 5]))
    ncols = doc.get("ncols", 3)
    cw = (W - 2 * m - (ncols - 1) * gut) / ncols
    box_h = mm(70)
    org = _two(s, "江临市博物馆", "高雄市立文化中心")
    foot = _two(s, f"{org}　地址：江临市文昌路88号　电话：0523-8866 1234　开放时间：周二至周日 9:00-17:00",
                f"{org}　地址：高雄市苓雅區五福一路67號　電話：(07)222-5136　www.khcc.gov.tw")

    def frames(p):
        top, bottom = H - m, mm(16)
        out = [(m + i * (cw + gut), top, cw, bottom) for i in range(ncols)]
        if p == 1 and doc.get("sidebar", True):
            x, t, w, b = out[-1]
            out[-1] = (x, t - box_h - mm(5), w, b)
        return out

    def furniture(st, p, where):
        if where == "bottom":
            st.rule(m, mm(12), W - m, 0.4)
            st.draw(o.furn(foot), foot, m, mm(7), 8)
            pg = f"{p}/{info.get('pages', 0)}"
            st.draw(o.furn(pg), pg, W - m, mm(7), 8, "right")

    st = Setter((W, H), font_for(s), frames, furniture)
    arts = doc["articles"]
    main, side = arts[0], arts[-1]
    heads = head_pool(s, rng)
    st.text_block(o.add("title", main["title"]), main["title"], size=22, leading=30, align="left", bold=True,
                  after=8, color=(0.1, 0.3, 0.5))
    side_paras = side["sections"][0] if len(arts) > 1 and doc.get("sidebar", True) else []
    # the sidebar box (top of the third column on page 1), typeset into its own frame
    if side_paras:
        x = m + (ncols - 1) * (cw + gut)
        st.c.setFillColorRGB(0.9, 0.93, 0.97)
        st.c.rect(x, H - m - box_h, cw, box_h, stroke=0, fill=1)
        st.c.setFillColorRGB(0, 0, 0)
        save = (st.frames, st.fi, st.y)
        st.frames, st.fi, st.y = [(x + mm(3), H - m - mm(3), cw - mm(6), H - m - box_h)], 0, H - m - mm(3)
        lab = _two(s, f"小知识：{side['title']}", f"延伸閱讀：{side['title']}")
        st.text_block(o.add("heading", lab), lab, size=11, leading=17, bold=True, align="left")
        text = side_paras[0]
        # cut the sidebar text at a sentence end so that it fits the box
        sents = re.split(r"(?<=[。！？])", text)
        body = ""
        for sent in sents:
            lines = st.break_lines(body + sent, 9, cw - mm(6), cw - mm(6))
            if len(lines) * 14 > box_h - mm(12):
                break
            body += sent
        body = body or sents[0][:60]
        st.text_block(o.add("paragraph", body), body, size=9, leading=14, align="left")
        st.frames, st.fi, st.y = save
        rest = [p for sec in side["sections"] for p in sec][1:] if len(arts) > 1 else []
    else:
        rest = [p for sec in side["sections"] for p in sec] if len(arts) > 1 else []
    for si, paras in enumerate(main["sections"]):
        if si:
            h = next(heads)
            st.text_block(o.add("heading", h), h, size=13, leading=20, bold=True, before=8, keep=2,
                          color=(0.1, 0.3, 0.5))
        for para in paras:
            st.text_block(o.add("paragraph", para), para, size=10, leading=16, align=doc.get("align", "left"), before=5)
    if rest:
        h = side["title"]
        st.text_block(o.add("heading", h), h, size=13, leading=20, bold=True, before=8, keep=2, color=(0.1, 0.3, 0.5))
        for para in rest:
            st.text_block(o.add("paragraph", para), para, size=10, leading=16, align=doc.get("align", "left"), before=5)
    return st, o


def lay_whitepaper(doc, info):
    """B5 report: cover block and table of contents on page 1, one column, alternating running heads."""
    s, rng, o = doc["script"], random.Random(f"{SEED}-{doc['n']}-white"), Owners()
    W, H = mm(176), mm(250)
    inner, outer = mm(22), mm(16)
    arts = doc["articles"]
    book = _two(s, f"{arts[0]['title']}发展报告（{rng.choice([2021, 2022, 2023])}）",
                f"{arts[0]['title']}調查報告（{rng.choice([110, 111, 112])}年度）")
    heads = head_pool(s, rng)
    chapters = []
    for ai, art in enumerate(arts):
        secs = [next(heads) for _ in art["sections"]]
        chapters.append((f"第{CN_NUM[ai]}章　{art['title']}", secs))
    owner_pages = info.get("owner_pages", {})

    def margins(p):
        return (inner, outer) if p % 2 else (outer, inner)

    def frames(p):
        lm, rm = margins(p)
        return [(lm, H - mm(24), W - lm - rm, mm(22))]

    current = {"chap": chapters[0][0]}

    def furniture(st, p, where):
        lm, rm = margins(p)
        if p == 1:
            return
        if where == "top":
            if p % 2 == 0:
                st.draw(o.furn(book), book, lm, H - mm(14), 8.5)
            else:
                st.draw(o.furn(current["chap"]), current["chap"], W - rm, H - mm(14), 8.5, "right")
            st.rule(lm, H - mm(16), W - rm, 0.5)
        if where == "bottom":
            folio = _two(s, f"・{p - 1}・", f"— {p - 1} —")
            st.draw(o.furn(folio), folio, W / 2, mm(12), 9, "center")

    st = Setter((W, H), font_for(s), frames, furniture)
    st.text_block(o.add("title", book), book, size=19, leading=28, align="center", bold=True, after=4)
    by = _two(s, "江临社会科学研究院　编", "高雄市政府主計處　編印")
    st.text_block(o.add("byline", by), by, size=11, align="center", after=2)
    date = _two(s, "二〇二三年六月", "中華民國一一二年六月")
    st.text_block(o.add("meta", date), date, size=11, align="center", after=14)
    toc = _two(s, "目　录", "目　錄")
    st.text_block(o.furn(toc), toc, size=15, align="center", after=8)
    entry_ids = []
    for ci, (chap, secs) in enumerate(chapters):
        entry_ids.append((f"c{ci}", chap, 0))
        for k, sec in enumerate(secs):
            entry_ids.append((f"c{ci}s{k}", f"{CN_NUM[k]}、{sec}", 2))
    lm, rm = margins(1)
    for key, label, ind in entry_ids:
        pg = owner_pages.get(f"toc:{key}", 2) - 1
        dots_w = W - lm - rm - ind * 10.5 - st.width(label, 10.5) - st.width(str(pg), 10.5) - 8
        dots = "…" * max(2, int(dots_w / st.width("…", 10.5)))
        text = f"{label}{dots}{pg}"
        st.text_block(o.furn(text), text, size=10.5, leading=19, indent=ind, align="left")
    st.new_page()
    for ci, (chap, secs) in enumerate(chapters):
        art = arts[ci]
        if ci:
            st.new_page()
        current["chap"] = chap
        oid = o.add("heading", chap)
        st.text_block(oid, chap, size=16, leading=26, bold=True, align="center", after=10)
        st.owner_pages[f"toc:c{ci}"] = st.page
        for k, paras in enumerate(art["sections"]):
            h = f"{CN_NUM[k]}、{secs[k]}"
            st.text_block(o.add("heading", h), h, size=12.5, leading=21, bold=True, before=6, keep=2)
            st.owner_pages[f"toc:c{ci}s{k}"] = st.page
            for para in paras:
                st.text_block(o.add("paragraph", para), para, size=10.5, leading=18.5, indent=2)
    return st, o


# ---------------------------------------------------------------------------------------------- extraction and gold

def pdftotext(pdf: bytes, *flags: str) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.pdf"
        src.write_bytes(pdf)
        out = Path(tmp) / "out.txt"
        subprocess.run(["pdftotext", *flags, "-enc", "UTF-8", str(src), str(out)], check=True)
        return out.read_text(encoding="utf-8")


def align(text: str, records: list[tuple[str, str]]) -> list[str | None]:
    """Owner of every character of ``text`` (None for whitespace), by aligning its non-space characters
    to the drawn strings: follow the current string; where it stops matching, take the string whose
    remaining text matches ahead to its own end, the longest such (ties: one already begun, then the
    earliest drawn)."""
    # a drawn string is matched word by word: pdftotext may place the words of one string apart
    lines = [(o, w) for o, t in records for w in t.split()]
    idx = [i for i, ch in enumerate(text) if not ch.isspace()]
    S = "".join(_FOLD.get(text[i], text[i]) for i in idx)
    pos = [0] * len(lines)
    owner = [None] * len(text)
    cur = None
    k = 0
    while k < len(S):
        if cur is not None and pos[cur] < len(lines[cur][1]) and lines[cur][1][pos[cur]] == S[k]:
            pass
        else:
            best, key = None, None
            for j, (_, t) in enumerate(lines):
                p = pos[j]
                if p >= len(t) or t[p] != S[k]:
                    continue
                m = 0
                rest = t[p:]
                while m < len(rest) and k + m < len(S) and rest[m] == S[k + m]:
                    m += 1
                # a string that matches to its end beats one that stops matching half-way
                cand = (m == len(rest) or k + m == len(S), m, p > 0, -j)
                if key is None or cand > key:
                    best, key = j, cand
            if best is None:
                raise AssertionError(f"no drawn string for {S[max(0, k - 20):k]!r} | {S[k:k + 30]!r}")
            cur = best
        owner[idx[k]] = lines[cur][0]
        pos[cur] += 1
        k += 1
    left = [(lines[j][0], lines[j][1][pos[j]:]) for j in range(len(lines)) if pos[j] != len(lines[j][1])]
    if left:
        raise AssertionError(f"drawn text missing from the extraction: {left[:3]}")
    return owner


_CJK = re.compile(r"[\u3400-\u9fff]")


def ocr_spaces(text: str, owner: list, kinds: dict, rng: random.Random):
    """Insert spaces between two CJK characters of one content unit now and then (never near digits)."""
    out, own = [], []
    for i, ch in enumerate(text):
        out.append(ch)
        own.append(owner[i])
        if (i + 1 < len(text) and owner[i] is not None and owner[i] == owner[i + 1] and kinds[owner[i]] != "debris"
                and _CJK.match(ch) and _CJK.match(text[i + 1]) and rng.random() < 0.07):
            out.append(" ")
            own.append(None)
    return "".join(out), own


def text_units(text: str, owner: list, kinds: dict) -> list[dict]:
    units: list[dict] = []
    seen: set = set()
    cur = None
    buf = ""
    for ch, o in zip(text, owner, strict=True):
        if o is None or o == cur:
            buf += ch
            continue
        if cur is not None:
            units.append({"owner": cur, "text": buf})
            buf = ""
        cur = o
        buf += ch
    if cur is None:
        raise AssertionError("empty extraction")
    units.append({"owner": cur, "text": buf})
    # leading whitespace belongs to the first unit already (buf started empty before the first owner)
    out = []
    for u in units:
        rec = {"kind": kinds[u["owner"]], "text": u["text"]}
        if u["owner"] in seen:
            rec["cont"] = True
        seen.add(u["owner"])
        out.append(rec)
    return out


# ---------------------------------------------------------------------------------------------- docx

def _fixed_zip(data: bytes) -> bytes:
    """The same archive with every entry dated 2023-01-01 (python-docx stamps the current time)."""
    import zipfile

    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2023, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, src.read(item.filename))
    return out.getvalue()


def make_docx(doc, owners: Owners) -> tuple[bytes, list[str]]:
    """The document as an office writes it in Word: Title / Heading 1 / Heading 2 styles, a page header
    and footer (the furniture), byline and meta lines as centred or right-aligned Normal paragraphs."""
    import datetime

    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    s = doc["script"]
    d = Document()
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2023, 1, 1)
    d.core_properties.last_printed = datetime.datetime(2023, 1, 1)
    sec = d.sections[0]
    head = _two(s, "江临市人民政府" if doc["layout"] == "gov" else "江临社会科学研究院",
                "臺中市政府" if doc["layout"] == "gov" else "高雄市政府主計處")
    foot = _two(s, "内部资料　注意保存", "本報告僅供參考")
    sec.header.paragraphs[0].text = head
    sec.footer.paragraphs[0].text = foot
    sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    seen_title = False
    for u in owners.units:
        k, t = u["kind"], u["text"]
        if k == "title":
            d.add_paragraph(t, style="Title")
            seen_title = True
        elif k == "heading":
            lvl = 2 if re.match(r"（[一二三四五六七八九十]）|[一二三四五六七八九十]、", t) and (
                doc["layout"] == "whitepaper" or s == "trad") or t.startswith("（") else 1
            d.add_heading(t, level=lvl)
        elif k in ("byline", "meta"):
            p = d.add_paragraph(t)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if not seen_title or k == "byline" else WD_ALIGN_PARAGRAPH.RIGHT
        else:
            p = d.add_paragraph(t)
            p.paragraph_format.first_line_indent = Pt(24)
    buf = io.BytesIO()
    d.save(buf)
    return _fixed_zip(buf.getvalue()), [head, foot]


DOCX = {"gov": make_docx, "whitepaper": make_docx}


# ---------------------------------------------------------------------------------------------- build

TOOLS = {"pdftotext": (), "pdftotext-raw": ("-raw",), "pdftotext-layout": ("-layout",),
         "pdftotext-nopgbrk": ("-nopgbrk",)}
ARTICLES_PER_DOC = {"gov": (1, 2), "magazine": (1, 2), "newspaper": (2, 3), "paper": (1, 1), "brochure": (2, 2),
                    "whitepaper": (2, 2)}
MIN_CHARS = {"gov": 1500, "magazine": 1400, "newspaper": 4200, "paper": 1600, "brochure": 1300, "whitepaper": 1500}


def make_docs() -> list[dict]:
    simp, trad = load_pool()
    seen = existing_gold_text(only=BEFORE_DEV6)
    docs = []
    pools = {"simp": list(simp), "trad": list(trad)}
    for n in range(N_DOCS):
        script = "simp" if n < N_DOCS // 2 else "trad"
        layout = LAYOUTS[(n // 2) % len(LAYOUTS)]
        rng = random.Random(f"{SEED}-{n}")
        lo, hi = ARTICLES_PER_DOC[layout]
        pool = pools[script]
        arts = []
        while pool and (len(arts) < lo or (len(arts) < hi and sum(len("".join(a[1])) for a in arts) < MIN_CHARS[layout])):
            arts.append(pool.pop(0))
        # a long enough document: add contexts of the last article's kind until the page fills
        while sum(len("".join(a[1])) for a in arts) < MIN_CHARS[layout] and pool:
            t, cs = pool.pop(0)
            last = arts[-1]
            arts[-1] = (last[0], last[1] + cs)
        articles = plan_articles(arts, rng)
        for a in articles:
            for sec in a["sections"]:
                for p in sec:
                    t = squash(p)
                    assert not any(t[i:i + 15] in seen for i in range(max(1, len(t) - 14))), p[:30]
        docs.append({"n": n, "id": f"{PREFIX}-{n:03d}", "script": script, "layout": layout,
                     "split": "dev6" if n % 2 == 0 else "held6", "articles": articles})
    return docs


RENDER = {"gov": lay_gov, "magazine": lay_magazine, "newspaper": lay_newspaper, "paper": lay_paper,
          "brochure": lay_brochure, "whitepaper": lay_whitepaper}


def render(doc) -> tuple[bytes, list, Owners]:
    fn = RENDER[doc["layout"]]
    st, _ = fn(doc, {})
    st.finish()
    info = {"pages": st.page, "owner_pages": st.owner_pages}
    st, owners = fn(doc, info)
    pdf = st.finish()
    assert st.page == info["pages"]
    return pdf, st.records, owners


ENCODINGS = {"simp": ["utf-8", "utf-8-bom", "gb18030", "crlf", "ocr", "bom-crlf"],
             "trad": ["utf-8", "utf-8-bom", "crlf", "ocr", "bom-crlf"]}


def encode(text: str, enc: str) -> bytes:
    if "crlf" in enc:
        text = text.replace("\n", "\r\n")
    if enc == "gb18030":
        return text.encode("gb18030")
    data = text.encode("utf-8")
    return b"\xef\xbb\xbf" + data if "bom" in enc else data


def write_gold(stem: str, source: str, units: list, furniture: list | None = None):
    gold = {"doc_id": stem, "source": source, "units": units}
    if furniture is not None:
        gold["furniture"] = furniture
    path = HERE / "gold" / f"{stem}.json"
    tmp = path.with_suffix(".tmp")  # written whole, then renamed: a kill never leaves half a gold file
    tmp.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    tmp.replace(path)


def build(only: set | None = None) -> list[dict]:
    manifest = []
    for doc in make_docs():
        if only and doc["id"] not in only:
            continue
        rng = random.Random(f"{SEED}-{doc['n']}-files")
        pdf, records, owners = render(doc)
        split, did = doc["split"], doc["id"]
        files = []
        ndir = HERE / "native" / split
        tdir = HERE / "text" / split
        ndir.mkdir(parents=True, exist_ok=True)
        tdir.mkdir(parents=True, exist_ok=True)
        stem = f"{did}_pdf"
        (ndir / f"{stem}.pdf").write_bytes(pdf)
        content = [{"kind": u["kind"], "text": u["text"]} for u in owners.units]
        write_gold(stem, f"{doc['layout']} PDF (reportlab)", content, owners.furniture)
        files.append({"path": f"native/{split}/{stem}.pdf", "route": "native", "tool": f"reportlab-{doc['layout']}",
                      "encoding": "pdf"})
        if doc["layout"] in DOCX:
            dstem = f"{did}_docx"
            data, furn = DOCX[doc["layout"]](doc, owners)
            (ndir / f"{dstem}.docx").write_bytes(data)
            write_gold(dstem, f"{doc['layout']} DOCX (python-docx)", content, furn)
            files.append({"path": f"native/{split}/{dstem}.docx", "route": "native", "tool": "python-docx",
                          "encoding": "docx"})
        tools = ["pdftotext", "pdftotext-raw", "pdftotext-layout"] + (["pdftotext-nopgbrk"] if doc["n"] % 3 == 0 else [])
        for tool in tools:
            text = pdftotext(pdf, *TOOLS[tool])
            owner = align(text, records)
            enc = rng.choice(ENCODINGS[doc["script"]])
            if enc == "ocr":
                text, owner = ocr_spaces(text, owner, owners.kind, rng)
            tstem = f"{did}_{tool}"
            (tdir / f"{tstem}.txt").write_bytes(encode(text, enc))
            write_gold(tstem, f"{doc['layout']} PDF, {tool}", text_units(text, owner, owners.kind))
            files.append({"path": f"text/{split}/{tstem}.txt", "route": "text", "tool": tool,
                          "encoding": {"ocr": "ocr-spaces+utf-8"}.get(enc, enc)})
        manifest.append({"id": did, "split": split, "script": doc["script"], "layout": doc["layout"], "files": files})
        print(did, doc["layout"], doc["script"], len(files), "files", file=sys.stderr)
    return manifest



def main(argv=None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", help="rebuild only these ids (no manifest written)")
    args = ap.parse_args(argv)
    manifest = build(set(args.only) if args.only else None)
    if not args.only:
        (HERE / "manifest-dev6-print.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n",
                                                       encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
