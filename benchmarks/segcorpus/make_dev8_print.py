"""Batch 8, PRINT part: PDFs of document genres and page designs no earlier batch used (ids ``p8-NNN``).

Built by an engineer who read neither the segmenter, docs/segmentation.md, nor any earlier corpus builder's
templates. Every file is made by this script, deterministically (``random.Random(f"p8-{n}")``):

* Sources: DRCD *test* contexts (CC BY-SA 3.0) whose flattened index (``data[*].paragraphs[*]``) is EVEN and that
  share no 15-character stretch with the gold of the batches before batch 8 (in traditional characters or turned
  simplified by opencc ``t2s``); asserted below. (No even CMRC 2018 trial context is left unused.) Simplified
  documents use the contexts converted with opencc ``t2s``. Each context must survive the font's CMap through
  pdftotext (probed: contexts that lose a character are skipped). Headings, names, dates, questions, list items,
  parties, steps and furniture around the real prose are invented.
* Ten document designs, each used by two documents (even number -> split ``dev8``, odd -> ``held8``). Nine are typeset by
  this script's own line breaker on a reportlab (5.1) canvas with the built-in CID fonts STSong-Light (simplified)
  and MSung-Light (traditional, registered with ``UniCNS-UCS2-H``): ``judgment`` (mainland civil judgment),
  ``minutes`` (meeting minutes), ``interview`` (magazine Q&A, two columns from page 2 on), ``speech`` (A5 speech
  with applause marks), ``chronicle`` (大事记, hanging indents), ``bookch`` (book chapter, footnotes at the page
  foot), ``manual`` (landscape A5 product manual, warning boxes, two columns from page 2 on), ``announce``
  (listed-company announcement with a boxed statement), ``exam`` (landscape B4 exam paper in two columns with a
  footer under each column). The tenth, ``bilingual`` (a journal article with English title, abstract and key words),
  is an HTML page with a print stylesheet (``@page`` margin boxes: running head, foot note, ``Page N``) printed by
  Chromium 156 headless (``--no-pdf-header-footer``) with the private Noto CJK fonts
  (``FONTCONFIG_FILE=/opt/cjkfonts/fonts.conf``); its contexts are used in halves and need no CMap probe. Chromium
  writes a creation date into its PDFs, so a rebuild changes those two PDFs' bytes, not their text or gold.
  The README section "Batch 8" describes the designs.
* Text files: ``pdftotext`` (poppler 22.12) default, ``-layout`` and ``-raw`` for every document, ``-nopgbrk``
  (default mode) for every third; saved as UTF-8, UTF-8 BOM, CRLF, BOM + CRLF, GB18030 (simplified only) or
  UTF-8 with OCR-like spaces between two CJK characters of content units.
* Gold from construction: every string drawn is recorded with its owner (a content unit or one furniture string)
  and the stream it belongs to (one column of one page, or the furniture string alone). The non-space tokens of
  the extraction are matched, in file order, against the drawn strings (a stream's next line may only start when
  its previous line is used up; failing that, any unread line), so every character gets its owner; whitespace goes with the character before it.

    PYTHONPATH=$PWD python benchmarks/segcorpus/make_dev8_print.py     # rebuild (needs pdftotext, pdfinfo, chromium)
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gold_index  # noqa: E402

DATA = HERE.parents[1] / ".." / "shared" / "data"
if not DATA.exists():
    DATA = Path("/work/shared/data")
BEFORE = ("cmrc", "drcd", "c2", "d2", "w3", "p3", "w4", "p4", "w5", "p5", "w6", "p6", "o7", "b7")
PREFIX = "p8"
FONT = {"simp": "STSong-Light", "trad": "MSung-Light"}
MM = 72 / 25.4

# ----------------------------------------------------------------------------------------------- fonts, probe

_FONTS_READY = False


def fonts():
    global _FONTS_READY
    if not _FONTS_READY:
        from reportlab.pdfbase import cidfonts, pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        cidfonts.defaultUnicodeEncodings["MSung-Light"] = ("cht", "UniCNS-UCS2-H")
        for name in FONT.values():
            pdfmetrics.registerFont(UnicodeCIDFont(name))
        _FONTS_READY = True


FOLD = str.maketrans({"・": "·", "∕": "／", "\u3000": " "})


def fold(s: str) -> str:
    return re.sub(r"\s+", "", s.translate(FOLD))


def probe(strings: list[str], script: str) -> list[bool]:
    """Which strings come back from pdftotext -raw unchanged (folded, whitespace ignored)."""
    from reportlab.pdfgen import canvas
    fonts()
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "probe.pdf"
        c = canvas.Canvas(str(pdf), pagesize=(1000, 842))
        row = 0
        for s in strings:  # one string: lines of 100 characters, then a blank line
            for k in range(0, max(len(s), 1), 100):
                if row and row % 38 == 0:
                    c.showPage()
                c.setFont(FONT[script], 8)
                c.drawString(20, 820 - 20 * (row % 38), s[k:k + 100].replace("\n", " "))
                row += 1
            if row % 38:
                row += 1
        c.save()
        out = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    paras = [fold(p) for p in re.split(r"\n\s*\n|\f", out) if fold(p)]
    want = [fold(s) for s in strings if fold(s)]
    if len(paras) != len(want):  # the blank lines did not come through: judge the whole
        ok = "".join(paras) == "".join(want)
        return [ok] * len(strings)
    got = iter(p == w for p, w in zip(paras, want, strict=True))
    return [next(got) if fold(s) else True for s in strings]


# ----------------------------------------------------------------------------------------------- sources

def pool() -> list[str]:
    """Unused DRCD test contexts with even flattened index (traditional), in file order."""
    import opencc
    t2s = opencc.OpenCC("t2s")
    gold = gold_index.existing_gold_text(only=BEFORE)
    shingles = {gold[i:i + 15] for i in range(len(gold) - 14)}
    data = json.loads((DATA / "drcd" / "DRCD_test.json").read_text(encoding="utf-8"))
    flat = [p["context"] for a in data["data"] for p in a["paragraphs"]]
    out = []
    for i, ctx in enumerate(flat):
        if i % 2:
            continue
        ctx = re.sub(r"\s+", " ", ctx).strip()
        ok = True
        for form in (ctx, t2s.convert(ctx)):
            sq = re.sub(r"\s+", "", form)
            if any(sq[j:j + 15] in shingles for j in range(len(sq) - 14)):
                ok = False
        if ok and 120 <= len(ctx) <= 1200 and not re.search(r"[•～∼\u2027]", ctx):
            out.append(ctx)
    return out


def split_long(ctx: str, limit: int = 330) -> list[str]:
    """A context over ``limit`` characters cut at a sentence end near its middle."""
    if len(ctx) <= limit:
        return [ctx]
    ends = [m.end() for m in re.finditer(r"[。！？][」”』]?", ctx) if 80 < m.end() < len(ctx) - 60]
    if not ends:
        return [ctx]
    mid = min(ends, key=lambda e: abs(e - len(ctx) / 2))
    return [ctx[:mid], ctx[mid:]]


class Source:
    def __init__(self):
        import opencc
        self.t2s = opencc.OpenCC("t2s")
        self.items = pool()
        self.queue = list(self.items)
        self.used: list[str] = []

    def take(self, script: str, check_font: bool = True) -> str:
        """The first context left that the font keeps whole (one the font lost stays for a later document)."""
        for k, ctx in enumerate(self.queue):
            # STSong-Light loses `·` and gives `・` back as `·`; MSung-Light loses `・` (probed)
            text = self.t2s.convert(ctx).replace("·", "・") if script == "simp" else ctx.replace("・", "·")
            if not check_font or all(probe([text], script)):
                self.used.append(text)
                del self.queue[k]
                return text
        raise SystemExit("p8: the source pool ran out")

    def take_half(self, script: str) -> str:
        """Half of a context (cut at the sentence end nearest its middle); the next call gets the other half."""
        if getattr(self, "pending", None):
            out, self.pending = self.pending, None
            return out
        ctx = self.take(script, check_font=False)  # only the Chromium design takes halves: its fonts are Noto CJK
        ends = [m.end() for m in re.finditer(r"[。！？][」”』]?", ctx) if 40 < m.end() < len(ctx) - 40]
        mid = min(ends, key=lambda e: abs(e - len(ctx) / 2))
        self.pending = ctx[mid:]
        return ctx[:mid]


# ----------------------------------------------------------------------------------------------- layout

NO_START = set("，。、；：？！）》」』”’…%．,.;:!?)]］】〕〉")
NO_END = set("（《「『“‘([［【〔〈")
TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-'’/%]*|——|……|\s+|.")


def width(s: str, font: str, size: float) -> float:
    from reportlab.pdfbase import pdfmetrics
    return pdfmetrics.stringWidth(s, font, size)


def break_lines(text: str, w_first: float, w_rest: float, font: str, size: float) -> list[str]:
    toks = TOKEN.findall(text)
    lines, cur = [], ""
    limit = w_first
    for t in toks:
        if t.isspace():
            if cur:
                cur += " "
            continue
        if width(cur + t, font, size) <= limit or not cur.strip() or (t in NO_START and len(t) == 1):
            cur += t
            continue
        # move a line-final opening mark to the next line
        carry = ""
        while cur and cur[-1] in NO_END:
            carry = cur[-1] + carry
            cur = cur[:-1]
        if cur.endswith("-"):  # pdftotext drops a line-final hyphen: carry the word instead
            m = re.search(r"\S+$", cur)
            carry = m.group(0) + carry
            cur = cur[:m.start()]
        lines.append(cur.rstrip())
        cur = carry + t
        limit = w_rest
    if cur.strip():
        lines.append(cur.rstrip())
    return lines


class Block:
    def __init__(self, kind, text, size=10.5, align="left", indent=0.0, hang=0.0, before=0.0, after=0.0,
                 lead=1.6, box=None, newframe=False, keep=False):
        self.kind, self.text, self.size, self.align = kind, text, size, align
        self.indent, self.hang, self.before, self.after, self.lead = indent, hang, before, after, lead
        self.box, self.newframe, self.keep = box, newframe, keep
        self.owner = None


class Doc:
    """One document: its content blocks, page geometry and furniture (callables of page number and count)."""

    def __init__(self, n, design, script, pagesize, frames, blocks, furniture, notes=None, title=""):
        self.n, self.design, self.script = n, design, script
        self.id = f"{PREFIX}-{n:03d}"
        self.split = "dev8" if n % 2 == 0 else "held8"
        self.pagesize, self.frames, self.blocks, self.furniture = pagesize, frames, blocks, furniture
        self.notes = notes or {}
        self.title = title
        self.font = FONT[script]


def layout(doc: Doc):
    """Place every block's lines in the page frames. Returns pages: list of lists of
    (owner, text, x, y, size, stream, box)."""
    pages: list[list] = []
    page_no = 0
    frames = doc.frames(1)
    fi = 0
    pages.append([])
    x0, ytop, fw, ybot = frames[0]
    y = ytop
    first_in_frame = True

    def next_frame():
        nonlocal page_no, frames, fi, x0, ytop, fw, ybot, y, first_in_frame
        fi += 1
        if fi >= len(frames):
            page_no += 1
            pages.append([])
            frames = doc.frames(page_no + 1)
            fi = 0
        x0, ytop, fw, ybot = frames[fi]
        y = ytop
        first_in_frame = True

    for bi, b in enumerate(doc.blocks):
        b.owner = bi
        if b.newframe and not first_in_frame:
            next_frame()
        lines = break_lines(b.text, fw - (b.indent + 0) * b.size, fw - b.hang * b.size, doc.font, b.size)
        step = b.size * b.lead
        if not first_in_frame:
            y -= b.before
        need = step * (min(len(lines), 2) if not b.keep else len(lines) + 2)
        if y - need < ybot and not first_in_frame:
            next_frame()
        for li, line in enumerate(lines):
            if y - step < ybot:
                next_frame()
            y -= step
            lw = width(line, doc.font, b.size)
            if b.align == "center":
                x = x0 + (fw - lw) / 2
            elif b.align == "right":
                x = x0 + fw - lw
            else:
                x = x0 + (b.indent if li == 0 else b.hang) * b.size
            pages[-1].append((bi, line, x, y, b.size, (page_no, fi), b.box))
            first_in_frame = False
        y -= b.after
    return pages


def render(doc: Doc, pdf: Path):
    """Draw the document; return the drawn items [(owner, text, stream)] in draw order, the furniture strings
    and the page count."""
    from reportlab.pdfgen import canvas
    fonts()
    pages = layout(doc)
    total = len(pages)
    c = canvas.Canvas(str(pdf), pagesize=doc.pagesize, invariant=1)
    c.setTitle(doc.title)
    items, furn = [], []
    fid = 0
    for p, placed in enumerate(pages, 1):
        top, bottom = doc.furniture(p, total)
        notes = []
        for _owner, text, *_ in placed:
            for mark, note in doc.notes.items():
                if mark in text and note not in notes:
                    notes.append(note)

        def draw_furn(spec):
            nonlocal fid
            text, x, y, size, align = spec
            c.setFont(doc.font, size)
            if align == "center":
                c.drawCentredString(x, y, text)
            elif align == "right":
                c.drawRightString(x, y, text)
            else:
                c.drawString(x, y, text)
            fid += 1
            items.append((("F", fid), text, ("F", fid)))
            furn.append(text)

        for spec in top:
            if spec[0] == "RULE":
                c.line(*spec[1])
                continue
            draw_furn(spec)
        # boxes
        boxes = {}
        for _owner, text, x, y, size, stream, box in placed:
            if box:
                key = (box, stream)
                lo = boxes.setdefault(key, [1e9, 1e9, -1e9, -1e9])
                lo[0] = min(lo[0], x)
                lo[1] = min(lo[1], y)
                lo[2] = max(lo[2], x + width(text, doc.font, size))
                lo[3] = max(lo[3], y + size)
        for (xa, ya, xb, yb) in boxes.values():
            c.setLineWidth(0.8)
            c.rect(xa - 6, ya - 6, (xb - xa) + 12, (yb - ya) + 10)
        for owner, text, x, y, size, stream, _box in placed:
            c.setFont(doc.font, size)
            c.drawString(x, y, text)
            items.append((owner, text, stream))
        if notes:
            fx, fy, fw = doc.notes_at
            c.setLineWidth(0.5)
            c.line(fx, fy + 12, fx + fw * 0.3, fy + 12)
            for note in notes:
                for line in break_lines(note, fw, fw - 2 * 8.5, doc.font, 8.5)[:2]:
                    draw_furn((line, fx, fy, 8.5, "left"))
                    fy -= 12
        for spec in bottom:
            if spec[0] == "RULE":
                c.line(*spec[1])
                continue
            draw_furn(spec)
        c.showPage()
    c.save()
    return items, furn, total


# ----------------------------------------------------------------------------------------------- alignment

class AlignError(Exception):
    pass


def align(text: str, items, blocks) -> list[dict]:
    """Units of ``text`` (a tool's output) from the drawn items (owner, string, stream)."""
    streams: dict = {}
    order = []
    for k, (_owner, _s, stream) in enumerate(items):
        streams.setdefault(stream, []).append(k)
        order.append(stream)
    rest = [fold(s) for _, s, _ in items]
    head = {st: 0 for st in streams}  # index into the stream's item list
    stream_order = list(dict.fromkeys(order))

    def live(st):
        ks = streams[st]
        while head[st] < len(ks) and not rest[ks[head[st]]]:
            head[st] += 1
        return ks[head[st]] if head[st] < len(ks) else None

    owners = [None] * len(text)
    last = None
    for m in re.finditer(r"\S+", text):
        tok = m.group(0)
        ftok = tok.translate(FOLD)
        pos = 0  # position in tok
        while pos < len(tok):
            cands = []
            if last is not None and live(items[last][2]) == last:
                cands.append(last)
            for st in stream_order:
                k = live(st)
                if k is not None and k not in cands:
                    cands.append(k)
            # pdftotext may also read a column's lines out of order (default mode): then any drawn line
            cands += [k for k in range(len(items)) if rest[k] and k not in cands]
            done = False
            for k in cands:
                r = rest[k]
                n = 0
                while n < len(r) and pos + n < len(tok) and r[n] == ftok[pos + n]:
                    n += 1
                if n == 0:
                    continue
                if pos + n < len(tok) and n < len(r):
                    continue  # partial match in the middle of both: not this one
                for q in range(pos, pos + n):
                    owners[m.start() + q] = items[k][0]
                rest[k] = r[n:]
                pos += n
                last = k
                done = True
                break
            if not done:
                raise AlignError(f"token {tok!r} at {m.start()} (rest {tok[pos:]!r})")
    missing = [items[k][1] for k in range(len(items)) if rest[k]]
    if missing:
        raise AlignError(f"drawn text not found: {missing[:3]}")
    # whitespace goes with the character before it
    cur = next((o for o in owners if o is not None), None)
    for i, o in enumerate(owners):
        if o is None:
            owners[i] = cur
        else:
            cur = o
    units, seen = [], set()
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or owners[i] != owners[start]:
            o = owners[start]
            if isinstance(o, tuple):
                unit = {"kind": "debris", "text": text[start:i]}
            else:
                unit = {"kind": blocks[o].kind, "text": text[start:i]}
                if o in seen:
                    unit["cont"] = True
                seen.add(o)
            units.append(unit)
            start = i
    return units


# ----------------------------------------------------------------------------------------------- designs

SURN = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何林罗高梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = "志明建华国强秀英桂兰海燕立新文博晓东丽娟振宇春梅红霞俊杰雅琴嘉欣子涵浩然思远雨桐宏伟佳怡德胜家豪淑芬"
CN_NUM = "一二三四五六七八九十"


def name(rng, script):
    s = rng.choice(SURN) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
    return conv(s, script)


def conv(s, script):
    if script == "trad":
        import opencc
        return opencc.OpenCC("s2tw").convert(s)
    return s


def cn_date(y, m, d):
    digits = "〇一二三四五六七八九"
    yy = "".join(digits[int(ch)] for ch in str(y))

    def small(k):
        return CN_NUM[k - 1] if k <= 10 else ("十" + (CN_NUM[k - 11] if k > 10 else "") if k < 20 else
                                              CN_NUM[k // 10 - 1] + "十" + (CN_NUM[k % 10 - 1] if k % 10 else ""))
    return f"{yy}年{small(m)}月{small(d)}日"


def A4():
    return (595.28, 841.89)


def portrait_frames(ps, ml, mr, mt, mb, first_top=None):
    W, H = ps

    def frames(p):
        top = H - (first_top if (p == 1 and first_top) else mt)
        return [(ml, top, W - ml - mr, mb)]
    return frames


def twocol_frames(ps, ml, mr, mt, mb, gutter, from_page=1, first_top=None):
    W, H = ps

    def frames(p):
        top = H - (first_top if (p == 1 and first_top) else mt)
        if p < from_page:
            return [(ml, top, W - ml - mr, mb)]
        cw = (W - ml - mr - gutter) / 2
        return [(ml, top, cw, mb), (ml + cw + gutter, top, cw, mb)]
    return frames


def d_judgment(n, script, rng, src):
    ps = A4()
    W, H = ps
    s = 12 if rng.random() < 0.5 else 11
    court_city = rng.choice(["江州市临湖区", "清源市东城区", "南溪县", "云岭市高新区"])
    court = f"{court_city}人民法院"
    year = rng.choice([2021, 2022, 2023])
    caseno = f"（{year}）{rng.choice(['江', '清', '云', '湘'])}{rng.randint(101, 1999):04d}民初{rng.randint(100, 9999)}号"
    p, d, a = name(rng, script), name(rng, script), name(rng, script)
    B = []
    B.append(Block("byline", conv(court, script), size=s + 6, align="center", after=6))
    B.append(Block("title", conv("民 事 判 决 书", script), size=s + 8, align="center", after=10))
    B.append(Block("meta", caseno, size=s, align="right", after=8))
    ind = dict(size=s, indent=2, lead=1.75)
    B.append(Block("paragraph", conv(f"原告：{p}，男，{rng.randint(1960, 1995)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日出生，汉族，住{court_city[:3]}新华路{rng.randint(2, 200)}号。", script), **ind))
    B.append(Block("paragraph", conv(f"委托诉讼代理人：{a}，{court_city[:3]}正衡律师事务所律师。", script), **ind))
    B.append(Block("paragraph", conv(f"被告：{court_city[:3]}宏达文化传播有限公司，住所地{court_city}滨江大道{rng.randint(2, 300)}号。", script), **ind))
    B.append(Block("paragraph", conv(f"法定代表人：{d}，该公司总经理。", script), **ind))
    B.append(Block("paragraph", conv(f"原告{p}与被告{court_city[:3]}宏达文化传播有限公司著作权权属纠纷一案，本院于{year}年{rng.randint(1, 6)}月{rng.randint(1, 28)}日立案后，依法适用普通程序，公开开庭进行了审理。原告{p}及其委托诉讼代理人{a}到庭参加诉讼，被告经传票传唤无正当理由拒不到庭。本案现已审理终结。", script), **ind))
    leads = ["本院经审理认定事实如下：", "本院认为，"]
    for lead in leads:
        for part in split_long(src.take(script)):
            B.append(Block("paragraph", conv(lead, script) + part, **ind))
            lead = ""
    B.append(Block("paragraph", conv("综上所述，依照《中华人民共和国民法典》第一千一百六十五条、《中华人民共和国民事诉讼法》第一百四十七条之规定，判决如下：", script), **ind))
    B.append(Block("paragraph", conv("一、被告于本判决生效之日起十日内赔偿原告经济损失及合理开支共计人民币三万元；", script), **ind))
    B.append(Block("paragraph", conv("二、驳回原告的其他诉讼请求。", script), **ind))
    B.append(Block("paragraph", conv(f"如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按照对方当事人的人数提出副本，上诉于{court_city[:3]}中级人民法院。", script), **ind))
    sig = dict(size=s, align="right", lead=1.9)
    B.append(Block("meta", conv(f"审　判　长　{name(rng, script)}", script), before=18, keep=True, **sig))
    B.append(Block("meta", conv(f"人民陪审员　{name(rng, script)}", script), **sig))
    B.append(Block("meta", conv(f"人民陪审员　{name(rng, script)}", script), **sig))
    B.append(Block("meta", conv(cn_date(year, rng.randint(7, 12), rng.randint(1, 28)), script), before=8, **sig))
    B.append(Block("meta", conv(f"书　记　员　{name(rng, script)}", script), before=8, **sig))
    folio_style = rng.choice(["plain", "dash"])

    def furniture(pg, total):
        f = f"{pg}" if folio_style == "plain" else f"－{pg}－"
        return [], [(f, W / 2, 40, 10, "center")]
    return Doc(n, "judgment", script, ps, portrait_frames(ps, 80, 75, 72, 72), B, furniture, title="民事判决书")


def d_minutes(n, script, rng, src):
    ps = A4()
    W, H = ps
    s = 11
    org = conv(rng.choice(["临江市人民政府", "东湖区教育局", "青山县文化和旅游局", "滨海新区管委会"]), script)
    year = rng.choice([2022, 2023])
    issue = rng.randint(3, 19)
    mo, dy = rng.randint(3, 11), rng.randint(1, 26)
    B = []
    title = conv(f"{org}第{rng.randint(5, 30)}次常务会议纪要", script) if "政府" in org else conv(f"{org}局务会议纪要", script)
    B.append(Block("title", title, size=20, align="center", after=8))
    B.append(Block("meta", f"〔{year}〕第{issue}期", size=s, align="center", after=4))
    B.append(Block("byline", conv(f"{org}办公室　　{year}年{mo}月{dy + 2}日", script), size=s, align="center", after=14))
    people = "、".join(name(rng, script) for _ in range(rng.randint(7, 11)))
    hang = dict(size=s, hang=4, lead=1.7)
    B.append(Block("meta", conv(f"时　间：{year}年{mo}月{dy}日上午9:00", script), **hang))
    B.append(Block("meta", conv(f"地　点：{org}三楼第一会议室", script), **hang))
    B.append(Block("meta", conv(f"主持人：{name(rng, script)}", script), **hang))
    B.append(Block("meta", conv("出　席：", script) + people, **hang))
    B.append(Block("meta", conv("列　席：", script) + "、".join(name(rng, script) for _ in range(3)), **hang))
    B.append(Block("meta", conv(f"记　录：{name(rng, script)}", script), after=10, **hang))
    ind = dict(size=s, indent=2, lead=1.7)
    B.append(Block("paragraph", conv(f"{year}年{mo}月{dy}日，{org}召开会议，听取了有关情况汇报，研究部署了下一阶段重点工作。现将会议议定事项纪要如下：", script), **ind))
    topics = ["关于专题资料整理工作", "关于年度宣传方案", "关于对外交流项目"]
    for k, topic in enumerate(topics[:2]):
        B.append(Block("heading", conv(f"{CN_NUM[k]}、{topic}", script), size=s + 1, before=6, after=2, lead=1.7))
        B.append(Block("paragraph", src.take(script), **ind))
        B.append(Block("paragraph", conv("会议议定：", script), **ind))
        agreed = [["由办公室牵头，会同相关科室于本月底前完成资料汇总。", "所需经费从年度预算中统筹安排，财务科做好保障。",
                   "各责任单位要明确专人负责，按时报送进展情况。"],
                  ["宣传方案由宣传科修改完善后，报分管领导审定。", "同意在官方网站和新媒体平台开设专栏，每周更新。",
                   "下月召开专题会议，听取方案落实情况汇报。"]][k]
        for j, item in enumerate(agreed[:rng.choice((2, 3))]):
            B.append(Block("paragraph", conv(f"（{CN_NUM[j]}）{item}", script), **ind))
    B.append(Block("meta", conv("分送：各科室，局属各单位。", script), before=14, size=s, hang=3, lead=1.7))
    B.append(Block("meta", conv(f"{org}办公室　　{year}年{mo}月{dy + 2}日印发", script), size=s, lead=1.7))
    outer = rng.random() < 0.5

    def furniture(pg, total):
        top = [(conv("内部资料　注意保存", script), 70, H - 45, 9, "left")] if pg == 1 else \
              [(title, W - 70, H - 45, 9, "right"), ("RULE", (70, H - 50, W - 70, H - 50))]
        f = f"〔{pg}〕"
        x, al = ((W - 70, "right") if pg % 2 else (70, "left")) if outer else (W / 2, "center")
        return top, [(f, x, 38, 10, al)]
    return Doc(n, "minutes", script, ps, portrait_frames(ps, 70, 70, 70, 70), B, furniture, title=title)


def d_interview(n, script, rng, src):
    ps = (140 * MM, 203 * MM)
    W, H = ps
    s = 10.5
    guest = name(rng, script)
    rep = name(rng, script)
    B = []
    title = conv(rng.choice(["把冷门学问做成大众的风景", "在故纸堆里寻找时代回声", "让历史走进寻常生活"]), script)
    B.append(Block("title", title, size=19, align="left", after=6, lead=1.3))
    B.append(Block("paragraph", conv(f"——访学者{guest}", script), size=12, after=8, lead=1.4))
    if script == "simp":
        B.append(Block("byline", f"本刊记者　{rep}", size=s, after=10))
    else:
        B.append(Block("byline", f"記者 {rep} 採訪整理", size=s, after=10))
    B.append(Block("paragraph", conv(f"{guest}多年来致力于相关领域的研究与普及，出版著作多部。日前，本刊记者就研究心得与公众关心的话题对其进行了专访。", script), size=s, indent=0, lead=1.6, after=6))
    qs = ["您最初是怎样进入这个领域的？", "能否为读者简单介绍一下相关的背景？", "这方面的研究有哪些新进展？", "您如何看待公众对这些话题的兴趣？", "最后，您对年轻的研究者有什么建议？"]
    q_lab, a_lab = ("记者：", f"{guest[:1]}教授：") if script == "simp" else ("問：", "答：")
    k = 0
    for q in qs[:2]:
        B.append(Block("paragraph", conv(q_lab + q, script), size=s, indent=2, lead=1.6, before=3))
        for part in split_long(src.take(script)):
            B.append(Block("paragraph", (conv(a_lab, script) if k >= 0 else "") + part, size=s, indent=2, lead=1.6))
            k = -1
        k = 0
    mag = conv(rng.choice(["人文视野", "学林", "知识窗"]), script)
    no = rng.randint(2, 12)

    def furniture(pg, total):
        bot = [(f"{pg}", (W - 16 * MM) if pg % 2 else 16 * MM, 12 * MM, 9, "right" if pg % 2 else "left")]
        if pg > 1:
            bot.append((conv(f"{mag}　2023年第{no}期", script) if pg % 2 == 0 else conv("人物访谈", script),
                        (W - 26 * MM) if pg % 2 else 26 * MM, 12 * MM, 8, "right" if pg % 2 else "left"))
        return [], bot
    return Doc(n, "interview", script, ps,
               twocol_frames(ps, 16 * MM, 16 * MM, 18 * MM, 22 * MM, rng.choice((5, 8)) * MM, from_page=2), B,
               furniture, title=title)


def d_speech(n, script, rng, src):
    ps = (148 * MM, 210 * MM)
    W, H = ps
    s = 11
    year = rng.choice([2021, 2022, 2023])
    who = name(rng, script)
    ev = conv(rng.choice(["第十二届文化遗产保护论坛", "国际学术交流周", "城市阅读节", "青年学者研讨会"]), script)
    B = []
    title = conv("在", script) + ev + conv("开幕式上的致辞", script)
    B.append(Block("title", title, size=15, align="center", after=4, lead=1.4))
    B.append(Block("meta", f"（{year}年{rng.randint(3, 11)}月{rng.randint(1, 28)}日）", size=s, align="center", after=2))
    B.append(Block("byline", conv(f"临江市副市长　{who}", script), size=s + 1, align="center", after=12))
    B.append(Block("paragraph", conv("尊敬的各位来宾，女士们、先生们，朋友们：", script), size=s, lead=2.0))
    B.append(Block("paragraph", conv("大家上午好！今天，我们在这里隆重举行开幕式。首先，我谨代表市委、市政府，向出席活动的各位嘉宾表示热烈的欢迎！向长期以来关心支持我市发展的各界朋友表示衷心的感谢！（掌声）", script), size=s, indent=2, lead=2.0))
    for k in range(2):
        parts = split_long(src.take(script), 260)
        for j, part in enumerate(parts):
            tail = conv("（掌声）", script) if (k == 1 and j == len(parts) - 1) else ""
            B.append(Block("paragraph", part + tail, size=s, indent=2, lead=2.0))
    B.append(Block("paragraph", conv("最后，预祝本次活动取得圆满成功！祝各位来宾身体健康、工作顺利！", script), size=s, indent=2, lead=2.0))
    B.append(Block("paragraph", conv("谢谢大家！（热烈掌声）", script), size=s, indent=2, lead=2.0))

    def furniture(pg, total):
        return [(f"{pg}", (W - 16 * MM) if pg % 2 else 16 * MM, H - 12 * MM, 9, "right" if pg % 2 else "left")], []
    return Doc(n, "speech", script, ps, portrait_frames(ps, 18 * MM, 18 * MM, 20 * MM, 16 * MM), B, furniture,
               title=title)


def d_chronicle(n, script, rng, src):
    ps = A4()
    W, H = ps
    s = 10.5
    org = conv(rng.choice(["临江市档案馆", "青山县地方志办公室", "东湖大学校史馆"]), script)
    y0 = rng.choice([2016, 2017, 2018])
    B = []
    title = conv(f"{org[:-3]}大事记（{y0}—{y0 + 3}）", script)
    B.append(Block("title", title, size=18, align="center", after=4))
    B.append(Block("byline", org + conv("　编", script), size=s, align="center", after=14))
    lab = 4.6
    for yi in range(3):
        B.append(Block("heading", f"{y0 + yi}年", size=13, before=8, after=4, lead=1.5))
        months = sorted(rng.sample(range(1, 13), 3))
        short = ["举办建馆周年纪念活动，各界代表二百余人出席。", "新址扩建工程通过竣工验收。", "与省内六家单位签订资料共享协议。",
                 "馆藏资料数字化一期工程启动。", "编纂委员会召开全体会议，审定年度工作计划。", "首届专题展览开幕，展期三个月。"]
        for mi, mth in enumerate(months):
            d = f"{mth}月{rng.randint(1, 28)}日"
            sep = "　" if script == "simp" else " "
            body = src.take(script) if mi == 1 else conv(short[(yi * 2 + mi // 2 + n) % len(short)], script)
            B.append(Block("paragraph", d + sep + body, size=s, hang=lab, lead=1.55, after=3))

    def furniture(pg, total):
        top = [(title, 65, H - 40, 8.5, "left"), ("RULE", (65, H - 45, W - 65, H - 45))]
        return top, [(f"P. {pg}", W - 65, 36, 9, "right")]
    return Doc(n, "chronicle", script, ps, portrait_frames(ps, 65, 65, 70, 60), B, furniture, title=title)


def d_bookch(n, script, rng, src):
    ps = (148 * MM, 210 * MM)
    W, H = ps
    s = 10
    book = conv(rng.choice(["远方的回声：世界文化漫谈", "知识的版图", "人与城：一部通俗史"]), script)
    ch = rng.randint(2, 9)
    chtitle = conv(rng.choice(["语言与记忆", "城市的兴衰", "舞台内外"]), script)
    B = []
    title = conv(f"第{CN_NUM[ch - 1]}章　", script) + chtitle
    B.append(Block("title", title, size=17, align="center", after=20, lead=1.4))
    marks = "①②③④⑤⑥"
    notes = {}
    k = 0
    for sec in range(2):
        B.append(Block("heading", conv(f"第{CN_NUM[sec]}节　", script) + conv(["缘起", "流变", "余响"][sec], script),
                       size=12, align="center", before=10, after=6, lead=1.5))
        for _ in range(1):
            text = src.take(script)
            cut = [m.end() for m in re.finditer(r"[。]", text)]
            if cut and k < len(marks):
                at = cut[0]
                text = text[:at] + marks[k] + text[at:]
                notes[marks[k]] = marks[k] + conv(f"参见{name(rng, script)}：《{rng.choice(['文化通论', '旧闻考', '风物志'])}》，{rng.choice(['商务印书馆', '中华书局', '三联书店'])}，{rng.randint(1985, 2019)}年版，第{rng.randint(3, 400)}页。", script)
                k += 1
            for part in split_long(text):
                B.append(Block("paragraph", part, size=s, indent=2, lead=1.65))
    doc = Doc(n, "bookch", script, ps, portrait_frames(ps, 17 * MM, 15 * MM, 22 * MM, 42 * MM, first_top=60 * MM),
              B, None, notes=notes, title=title)
    doc.notes_at = (17 * MM, 34 * MM, W - 32 * MM)

    def furniture(pg, total):
        if pg == 1:
            return [], [(f"{pg}", W / 2, 12 * MM, 8.5, "center")]
        if pg % 2 == 0:
            return [(f"{pg}", 17 * MM, H - 14 * MM, 8.5, "left"), (book, 30 * MM, H - 14 * MM, 8.5, "left"),
                    ("RULE", (17 * MM, H - 16 * MM, W - 15 * MM, H - 16 * MM))], []
        return [(title, W - 28 * MM, H - 14 * MM, 8.5, "right"), (f"{pg}", W - 15 * MM, H - 14 * MM, 8.5, "right"),
                ("RULE", (17 * MM, H - 16 * MM, W - 15 * MM, H - 16 * MM))], []
    doc.furniture = furniture
    return doc


def d_manual(n, script, rng, src):
    ps = (210 * MM, 148 * MM)
    W, H = ps
    s = 9.5
    model = f"{rng.choice(['HX', 'KT', 'MV'])}-{rng.randint(2, 9)}00"
    prod = conv(rng.choice(["便携式电子阅读器", "智能录音笔", "家用投影仪"]), script)
    B = []
    title = prod + conv("使用说明书", script)
    B.append(Block("title", title, size=18, align="center", after=4))
    B.append(Block("meta", conv(f"型号：{model}　　版本：V{rng.randint(1, 3)}.{rng.randint(0, 9)}", script), size=s, align="center", after=10))
    B.append(Block("heading", conv("安全须知", script), size=12, after=4))
    B.append(Block("paragraph", conv("警告：请勿在潮湿环境中使用本产品，请勿自行拆卸机身，否则可能导致触电或火灾。", script), size=s, lead=1.5, box="w", after=10))
    B.append(Block("paragraph", conv("注意：首次使用前请将电池充满电；长时间不使用时，请每三个月充电一次。", script), size=s, lead=1.5, box="n", after=10))
    B.append(Block("heading", conv("1　产品简介", script), size=12, after=4, newframe=False))
    B.append(Block("paragraph", src.take(script), size=s, lead=1.5, after=4))
    B.append(Block("heading", conv("2　使用步骤", script), size=12, after=4, before=6))
    steps = ["长按电源键三秒开机，屏幕显示开机画面。", "进入“设置”菜单，选择语言和日期。", "连接无线网络，按提示完成账号登录。",
             "选择需要的功能，按确认键开始使用。"]
    for j, st in enumerate(steps[:rng.choice((3, 4))]):
        B.append(Block("paragraph", f"{j + 1}. " + conv(st, script), size=s, hang=1.4, lead=1.5, after=2))
    B.append(Block("heading", conv("3　背景资料", script), size=12, after=4, before=6))
    for _ in range(1):
        B.append(Block("paragraph", src.take(script), size=s, lead=1.5, after=4))
    B.append(Block("paragraph", conv("注意：本说明书内容如有变更，恕不另行通知。", script), size=s, lead=1.5, box="e", before=6))

    def furniture(pg, total):
        return [], [(f"{model} " + conv("使用说明书", script), 14 * MM, 8 * MM, 7.5, "left"),
                    (f"{pg}", W - 14 * MM, 8 * MM, 8, "right")]
    return Doc(n, "manual", script, ps,
               twocol_frames(ps, 14 * MM, 14 * MM, 14 * MM, 14 * MM, 8 * MM, from_page=2), B, furniture,
               title=title)


def d_announce(n, script, rng, src):
    ps = A4()
    W, H = ps
    s = 10.5
    co = conv(rng.choice(["华信", "东方启明", "恒远科技", "南岭实业"]), script)
    code = rng.choice(["600", "601", "002", "300"]) + f"{rng.randint(0, 999):03d}"
    year = rng.choice([2022, 2023])
    B = []
    B.append(Block("meta", conv(f"证券代码：{code}　　证券简称：{co}股份　　公告编号：{year}-{rng.randint(10, 90):03d}", script), size=s, after=14))
    title = conv(f"{co}股份有限公司关于文化项目合作事项的公告", script)
    B.append(Block("title", title, size=16, align="center", after=14))
    B.append(Block("paragraph", conv("本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、准确性和完整性承担法律责任。", script), size=s, indent=2, lead=1.6, box="b", after=14))
    B.append(Block("heading", conv("重要内容提示：", script), size=s + 0.5, lead=1.6))
    for it in ["本次合作不构成关联交易，不构成重大资产重组。", "本次合作事项已经公司第八届董事会第十二次会议审议通过，无需提交股东大会审议。"]:
        B.append(Block("paragraph", "● " + conv(it, script), size=s, hang=1.2, lead=1.6))
    for k, h in enumerate(["合作事项概述", "合作方基本情况", "对公司的影响"]):
        B.append(Block("heading", conv(f"{CN_NUM[k]}、{h}", script), size=s + 0.5, before=8, lead=1.6))
        if k == 2:
            B.append(Block("paragraph", conv("本次合作有利于公司拓展业务领域，提升品牌影响力，预计对公司本年度经营业绩不构成重大影响。敬请广大投资者注意投资风险。", script), size=s, indent=2, lead=1.6))
            continue
        for part in split_long(src.take(script)):
            B.append(Block("paragraph", part, size=s, indent=2, lead=1.6))
    B.append(Block("paragraph", conv("特此公告。", script), size=s, indent=2, lead=1.6, before=6))
    B.append(Block("meta", conv(f"{co}股份有限公司董事会", script), size=s, align="right", before=14, lead=1.6))
    B.append(Block("meta", f"{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", size=s, align="right", lead=1.6))

    def furniture(pg, total):
        return [], [(f"{pg}", W / 2, 40, 9, "center")]
    return Doc(n, "announce", script, ps, portrait_frames(ps, 85, 85, 75, 72), B, furniture, title=title)


def d_exam(n, script, rng, src):
    ps = (364 * MM, 257 * MM)
    W, H = ps
    s = 10.5
    city = conv(rng.choice(["临江市", "青山县", "东湖区"]), script)
    year = rng.choice([2022, 2023])
    B = []
    title = city + conv(f"{year}年春季学期高二期末质量检测", script)
    B.append(Block("title", title, size=15, align="center", after=4))
    B.append(Block("meta", conv("语　文", script), size=18, align="center", after=8))
    B.append(Block("heading", conv("注意事项：", script), size=s, lead=1.6))
    for j, it in enumerate(["答卷前，考生务必将自己的姓名、考生号等填写在答题卡上。", "回答选择题时，选出每小题答案后，用铅笔把答题卡上对应题目的答案标号涂黑。", "考试结束后，将本试卷和答题卡一并交回。"]):
        B.append(Block("paragraph", f"{j + 1}．" + conv(it, script), size=s, hang=1.5, lead=1.6))
    B.append(Block("heading", conv("一、现代文阅读（35分）", script), size=s + 1, before=8, lead=1.6))
    B.append(Block("heading", conv("（一）现代文阅读Ⅰ（本题共5小题，19分）", script), size=s, lead=1.6))
    B.append(Block("paragraph", conv("阅读下面的文字，完成1—5题。", script), size=s, indent=2, lead=1.6))
    circ = "①②③④⑤⑥⑦"
    k = 0
    for _ in range(2):
        for part in split_long(src.take(script), 280):
            B.append(Block("paragraph", circ[k] + part, size=s, indent=2, lead=1.6))
            k += 1
    B.append(Block("meta", conv(f"（摘编自{name(rng, script)}《文化的年轮》）", script), size=s, align="right", lead=1.6))
    options = [["文章开篇交代了事件发生的背景，为下文的论述作了铺垫。", "作者认为相关现象的出现完全取决于个人的选择。",
                "文中列举的材料说明，这一变化在当时并没有引起任何关注。", "文章结尾对全文内容进行了总结，并提出了新的问题。"],
               ["文中提到的人物与事件之间存在着明确的先后关系。", "材料中的数据表明，相关领域的发展经历了曲折的过程。",
                "作者引用他人观点，是为了证明自己的看法完全正确。", "原文对这一问题的讨论兼顾了历史与现实两个方面。"]]
    for j, q in enumerate(["下列对原文相关内容的理解和分析，正确的一项是（3分）", "根据原文内容，下列说法不正确的一项是（3分）",
                           "文中第③段运用了哪些论证方法？请简要分析。（4分）", "请结合材料，概括作者的主要观点。（6分）"]):
        B.append(Block("paragraph", f"{j + 1}．" + conv(q, script), size=s, hang=1.5, lead=1.6, before=2))
        if j < 2:
            for o, opt in zip("ABCD", options[j], strict=True):
                B.append(Block("paragraph", f"{o}．" + conv(opt, script), size=s, indent=1.5, hang=2.5, lead=1.6))

    def furniture(pg, total):
        lab = conv("语文试题", script)
        return [], [(lab + conv(f"　第{2 * pg - 1}页（共{2 * total}页）", script), W / 4, 10 * MM, 9, "center"),
                    (lab + conv(f"　第{2 * pg}页（共{2 * total}页）", script), 3 * W / 4, 10 * MM, 9, "center")]
    return Doc(n, "exam", script, ps, twocol_frames(ps, 20 * MM, 20 * MM, 18 * MM, 20 * MM, 30 * MM), B,
               furniture, title=title)


CHROME_CSS = """
@page { size: 148mm 210mm; margin: 20mm 16mm 22mm 16mm;
        @top-left { content: "%(running)s"; font-size: 8pt; font-family: "%(sans)s"; vertical-align: bottom;
                    padding-bottom: 3mm; }
        @bottom-left { content: "%(foot)s"; font-size: 7.5pt; font-family: "%(sans)s"; }
        @bottom-right { content: "Page " counter(page); font-size: 8pt; font-family: "%(sans)s"; } }
@page :first { @top-left { content: none; } }
body { font-family: "%(serif)s"; font-size: 11.5pt; line-height: 1.9; margin: 0; }
h1 { font-size: 16pt; text-align: center; margin: 0 0 2pt 0; font-family: "%(sans)s"; line-height: 1.4; }
.en { text-align: center; font-size: 10.5pt; margin: 0 0 6pt 0; line-height: 1.4; }
.au { text-align: center; font-size: 10.5pt; margin: 0; }
.af { text-align: center; font-size: 8.5pt; margin: 0 0 8pt 0; }
.ab, .kw { font-size: 9.5pt; margin: 0; line-height: 1.6; text-align: justify; }
.abe, .kwe { font-size: 9pt; margin: 0; line-height: 1.5; text-align: justify; }
.kwe { margin-bottom: 10pt; }
h2 { font-size: 12pt; margin: 8pt 0 2pt 0; font-family: "%(sans)s"; }
p.b { text-indent: 2em; margin: 0; text-align: justify; }
"""


def d_bilingual(n, script, rng, src):
    """A bilingual journal article printed by Chromium from HTML with a print stylesheet (fixed running head
    and foot repeat on every page)."""
    B = []
    title = conv(rng.choice(["地方文献中的历史记忆研究", "近代社会变迁的几个侧面", "区域文化交流的历史考察"]), script)
    en = rng.choice(["A Study of Historical Memory in Local Documents", "Some Aspects of Social Change in Modern Times",
                     "A Historical Survey of Regional Cultural Exchange"])
    au = [name(rng, script) for _ in range(2)]
    uni = conv(rng.choice(["临江大学 历史文化学院", "东湖师范大学 人文学院"]), script)
    B.append(("h1", Block("title", title)))
    B.append(("p class=en", Block("meta", en)))
    B.append(("p class=au", Block("byline", "　".join(au))))
    B.append(("p class=af", Block("meta", f"（{uni}，{conv('江苏 临江', script)} 210{rng.randint(0, 99):03d}）")))
    B.append(("p class=ab", Block("paragraph", conv("摘　要：本文以公开资料为基础，梳理了相关史实的来龙去脉，并对其中的若干问题作了初步讨论，认为应当把具体事件放回当时的社会环境中加以理解。", script))))
    B.append(("p class=kw", Block("meta", conv("关键词：", script) + "；".join(conv(w, script) for w in rng.sample(["历史记忆", "地方文献", "社会变迁", "文化交流", "史料"], 3)))))
    B.append(("p class=abe", Block("paragraph", "Abstract: Based on published sources, this article traces the course of the events and "
                                   "discusses several open questions. It argues that each event should be read within the "
                                   "society of its own time.")))
    B.append(("p class=kwe", Block("meta", "Key words: " + "; ".join(rng.sample(["historical memory", "local documents", "social change", "cultural exchange"], 3)))))
    heads = [conv("一、引言", script) + "（Introduction）", conv("二、史实梳理", script) + "（Historical Background）",
             conv("三、结语", script) + "（Conclusion）"]
    for k, h in enumerate(heads):
        B.append(("h2", Block("heading", h)))
        if k < 2:
            B.append(("p class=b", Block("paragraph", src.take_half(script))))
        else:
            B.append(("p class=b", Block("paragraph", conv("综上所述，相关问题仍有进一步讨论的空间，有待更多材料的发现与整理。", script))))
    journal = conv(rng.choice(["临江学刊", "东湖人文"]), script) + f"　{rng.choice([2022, 2023])}" + conv(f"年第{rng.randint(1, 6)}期", script)
    running = f"{journal}　　Journal of Humanities"
    foot = conv("本文为公开资料整理，仅供学习交流。", script) if script == "simp" else conv("本文為公開資料整理，僅供學習交流。", script)
    doc = Doc(n, "bilingual", script, None, None, [b for _, b in B], None, title=title)
    doc.html_blocks = B
    doc.running, doc.foot = running, foot
    doc.tool = "chromium"
    return doc


def render_chromium(doc: Doc, pdf: Path):
    """Write the HTML page and print it with Chromium (private CJK fonts); drawn items as render() gives them."""
    import html as htmlmod
    import os
    lang, serif, sans = (("zh-CN", "Noto Serif CJK SC", "Noto Sans CJK SC") if doc.script == "simp"
                         else ("zh-TW", "Noto Serif CJK TC", "Noto Sans CJK TC"))
    body = []
    for tag, b in doc.html_blocks:
        name_ = tag.split()[0]
        body.append(f"<{tag}>{htmlmod.escape(b.text)}</{name_}>")
    page = (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{htmlmod.escape(doc.title)}</title>'
            f"<style>{CHROME_CSS % dict(serif=serif, sans=sans, running=doc.running, foot=doc.foot)}</style>"
            "</head><body>\n"
            + "\n".join(body) + "\n</body></html>\n")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "page.html"
        src.write_text(page, encoding="utf-8")
        env = dict(os.environ, FONTCONFIG_FILE="/opt/cjkfonts/fonts.conf")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={tmp}/prof", f"--print-to-pdf={pdf}", src.as_uri()],
                       env=env, check=True, capture_output=True, timeout=120)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    items, furn = [], []
    for p in range(pages):  # the page margin boxes: running head from page 2, foot note and folio on every page
        for k, t in enumerate((doc.running, doc.foot, f"Page {p + 1}")):
            if k == 0 and p == 0:
                continue
            items.append((("F", p, k), t, ("F", p, k)))
            furn.append(t)
    for bi, b in enumerate(doc.blocks):
        b.owner = bi
        items.append((bi, b.text, "body"))
    return items, furn, pages


DESIGNS = [  # (maker, scripts of the two documents)
    (d_judgment, ("simp", "simp")),
    (d_minutes, ("simp", "simp")),
    (d_interview, ("simp", "trad")),
    (d_speech, ("trad", "simp")),
    (d_chronicle, ("simp", "trad")),
    (d_bookch, ("trad", "simp")),
    (d_manual, ("simp", "trad")),
    (d_announce, ("simp", "simp")),
    (d_exam, ("trad", "simp")),
    (d_bilingual, ("simp", "trad")),
]


# ----------------------------------------------------------------------------------------------- outputs

def ocr_spaces(text: str, owners_ok, rng) -> str:
    out = []
    for i, ch in enumerate(text):
        out.append(ch)
        if (i + 1 < len(text) and owners_ok(i) and unicodedata.east_asian_width(ch) == "W"
                and unicodedata.east_asian_width(text[i + 1]) == "W" and re.match(r"[\u4e00-\u9fff]", ch)
                and re.match(r"[\u4e00-\u9fff]", text[i + 1]) and rng.random() < 0.25):
            out.append(" ")
    return "".join(out)


def main() -> int:
    src = Source()
    out_text = {s: HERE / "text" / s for s in ("dev8", "held8")}
    out_nat = {s: HERE / "native" / s for s in ("dev8", "held8")}
    for d in list(out_text.values()) + list(out_nat.values()):
        d.mkdir(parents=True, exist_ok=True)
        for old in d.glob(f"{PREFIX}-*"):
            old.unlink()
    for old in (HERE / "gold").glob(f"{PREFIX}-*.json"):
        old.unlink()
    manifest = []
    dropped = []
    n = 0
    for maker, scripts in DESIGNS:
        for script in scripts:
            rng = random.Random(f"{PREFIX}-{n}")
            doc = maker(n, script, rng, src)
            # invented strings must survive the font too
            maker_tool = getattr(doc, "tool", "reportlab")
            if maker_tool == "reportlab":
                ok = probe([b.text for b in doc.blocks], script)
                assert all(ok), [b.text for b, o in zip(doc.blocks, ok, strict=True) if not o]
            pdf = out_nat[doc.split] / f"{doc.id}_pdf.pdf"
            items, furn, pages = (render_chromium if maker_tool == "chromium" else render)(doc, pdf)
            assert maker_tool != "reportlab" or all(probe(sorted(set(furn)), script)), doc.id
            entry = {"id": doc.id, "split": doc.split, "script": script, "design": doc.design, "pages": pages,
                     "files": [{"path": f"native/{doc.split}/{pdf.name}", "route": "native", "tool": maker_tool,
                                "encoding": "pdf"}]}
            gold = {"doc_id": pdf.stem, "source": f"{doc.design} PDF ({maker_tool})",
                    "units": [{"kind": b.kind, "text": b.text} for b in doc.blocks],
                    "furniture": list(dict.fromkeys(furn))}
            (HERE / "gold" / f"{pdf.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                           encoding="utf-8")
            modes = [("pdftotext", []), ("pdftotext-layout", ["-layout"]), ("pdftotext-raw", ["-raw"])]
            if n % 3 == 0:
                modes.append(("pdftotext-nopgbrk", ["-nopgbrk"]))
            for tool, args in modes:
                raw = subprocess.run(["pdftotext", *args, "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                                     check=True).stdout.decode("utf-8")
                encs = ["utf-8", "utf-8-bom", "crlf", "bom-crlf", "ocr"] + (["gb18030"] if script == "simp" else [])
                enc = rng.choice(encs)
                text = raw
                if enc == "ocr":
                    try:
                        units0 = align(text, items, doc.blocks)
                    except AlignError as e:
                        dropped.append((doc.id, tool, str(e)))
                        continue
                    content = []
                    for u in units0:
                        content.extend([u["kind"] != "debris"] * len(u["text"]))
                    text = ocr_spaces(text, lambda i, c=content: c[i] and c[i + 1], rng)
                if enc in ("crlf", "bom-crlf"):
                    text = text.replace("\n", "\r\n")
                try:
                    units = align(text, items, doc.blocks)
                except AlignError as e:
                    dropped.append((doc.id, tool, str(e)))
                    continue
                stem = f"{doc.id}_{tool}"
                path = out_text[doc.split] / f"{stem}.txt"
                data = text.encode("gb18030") if enc == "gb18030" else text.encode("utf-8")
                if enc in ("utf-8-bom", "bom-crlf"):
                    data = b"\xef\xbb\xbf" + data
                path.write_bytes(data)
                (HERE / "gold" / f"{stem}.json").write_text(json.dumps(
                    {"doc_id": stem, "source": f"{doc.design} PDF, {tool}", "units": units},
                    ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
                entry["files"].append({"path": f"text/{doc.split}/{path.name}", "route": "text", "tool": tool,
                                       "encoding": enc})
            manifest.append(entry)
            n += 1
    # independence: no used paragraph shares a 15-character stretch with earlier gold
    gold = gold_index.existing_gold_text(only=BEFORE)
    shingles = {gold[i:i + 15] for i in range(len(gold) - 14)}
    for t in src.used:
        sq = re.sub(r"\s+", "", t)
        assert not any(sq[j:j + 15] in shingles for j in range(len(sq) - 14)), t[:30]
    (HERE / "manifest-dev8-print.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n",
                                                  encoding="utf-8")
    for d in dropped:
        print("dropped", *d)
    print(f"{n} documents, {sum(len(e['files']) for e in manifest)} files, {len(src.used)} contexts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
