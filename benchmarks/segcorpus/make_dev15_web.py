"""Batch 15 WEB part: sixteen saved-page designs (simplified Chinese), ONE page each, ``w15-000`` .. ``w15-015``.

Designs 0-9 -> ``dev15``, designs 10-15 -> ``held15`` (held out: for reporting only). Genres and markup no earlier
batch used (Word "Save as Web Page" HTML, a weather forecast with a warning, a Baidu-Zhidao-like answer, a football
text commentary, pandoc-rendered Markdown, a bus-line timetable notice, an app-store page, a Tieba thread, a
print-friendly page, a mailing-list archive message; held: a LibreOffice Writer HTML export, a help-centre FAQ, a
release-notes page, a hotel page, a microblog long article, a product recall notice).

Every page is built block by block by ``Page``: each visible string is registered, in source order, as a content
unit (title / heading / byline / meta / paragraph) or a furniture string, so the native gold and the text gold of
every dump come from one record. The dumps are made by lynx, w3m and html2text of a UTF-8 copy of the page
(in /tmp/b15web/), and aligned to the record by ``make_corpus.label_dump``.

Prose: dev15 uses only paragraph units of development gold (``gold/*.json`` of files under ``text/dev*`` or
``native/dev*``) and Weibo NER train posts with index < 675; held15 only paragraph units of held-out gold
(``held*`` and ``heldout``) and Weibo train posts with index >= 675, and no held paragraph shares a 15-character
stretch (whitespace removed) with any development gold unit, the dev15 pages or the other batch-15 builders'
dev15 gold (read from their branches with ``git show`` where they exist) -- asserted.

    PYTHONPATH=$PWD python benchmarks/segcorpus/make_dev15_web.py
"""

from __future__ import annotations

import html
import json
import random
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_corpus import label_dump, tidy, write_gold  # noqa: E402

CORPUS = HERE
ROOT = HERE.parents[1]
WEIBO = ROOT.parent / "shared" / "data" / "weibo_ner" / "weiboNER_2nd_conll.train"
if not WEIBO.exists():
    WEIBO = Path("/work/shared/data/weibo_ner/weiboNER_2nd_conll.train")
TMP = Path("/tmp/b15web")
SHINGLE = 15
CONTENT = ("title", "heading", "byline", "meta", "paragraph")
# characters that mark a traditional-script unit (never used in simplified text)
_TRAD = set("這個們來說時會為國與對發開關經過還進產學實點體現從後樣種麼動從區處應義務費達連們當總問題無")
_WS = re.compile(r"\s+")


def sq(text: str) -> str:
    return _WS.sub("", text)


def shingles(text: str) -> set[int]:
    s = sq(text)
    return {hash(s[i:i + SHINGLE]) for i in range(len(s) - SHINGLE + 1)}


# --------------------------------------------------------------------------- prose pools

def _split_of_stems() -> dict[str, str]:
    """Gold stem -> 'dev' or 'held' from where its file lies."""
    out = {}
    for route in ("text", "native"):
        for folder in sorted((CORPUS / route).iterdir()):
            if folder.name.endswith("15"):
                continue
            side = "dev" if folder.name.startswith("dev") else "held"
            for f in folder.iterdir():
                out[f.stem] = side
    return out


def load_gold_units():
    """(dev unit texts, dev paragraph texts, held paragraph texts), each distinct, in file order."""
    sides = _split_of_stems()
    dev_all: dict[str, None] = {}
    paras = {"dev": {}, "held": {}}
    for path in sorted((CORPUS / "gold").glob("*.json")):
        side = sides.get(path.stem)
        if side is None:
            continue
        for u in json.loads(path.read_text(encoding="utf-8"))["units"]:
            t = sq(u["text"])
            if side == "dev":
                dev_all[t] = None
            if u["kind"] == "paragraph" and not u.get("cont"):
                paras[side][tidy(u["text"])] = None
    return list(dev_all), list(paras["dev"]), list(paras["held"])


def load_weibo() -> list[str]:
    posts, cur = [], []
    for line in WEIBO.read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            if cur:
                posts.append("".join(cur))
                cur = []
            continue
        tok = line.split("\t")[0].split(" ")[0]
        cur.append(tok[:-1] if len(tok) > 1 else tok)
    if cur:
        posts.append("".join(cur))
    return posts


def other_builders_dev15() -> list[str]:
    """Content texts of the other batch-15 builders' dev15 gold, from their branches (empty where absent)."""
    texts = []
    for branch, manifest in (("b15print", "manifest-dev15-print.json"), ("b15tw", "manifest-dev15-tw.json")):
        base = "benchmarks/segcorpus/"
        show = subprocess.run(["git", "-C", str(ROOT), "show", f"{branch}:{base}{manifest}"],
                              capture_output=True, text=True)
        if show.returncode != 0:
            continue
        for doc in json.loads(show.stdout):
            if doc.get("split") != "dev15":
                continue
            for f in doc["files"]:
                stem = Path(f["path"]).stem
                g = subprocess.run(["git", "-C", str(ROOT), "show", f"{branch}:{base}gold/{stem}.json"],
                                   capture_output=True, text=True)
                if g.returncode == 0:
                    texts += [u["text"] for u in json.loads(g.stdout)["units"]]
    return texts


def _good_para(t: str) -> bool:
    s = sq(t)
    return (40 <= len(s) <= 260 and "\u4e00" <= s[0] <= "\u9fff" and "：" not in s[:8] and s[-1] in "。！？" and not (set(s) & _TRAD) and "\ufffd" not in s
            and sum("\u4e00" <= c <= "\u9fff" for c in s) > 0.6 * len(s) and not re.search(r"[a-z]{2,}://|['\"<>&]", s))


def _good_post(t: str) -> bool:
    s = sq(t)
    return (12 <= len(s) <= 140 and not (set(s) & _TRAD) and "http" not in s and "，，" not in s
            and not re.search(r"['\"<>&]", s))


class Prose:
    """Deterministic draws from one side's pools."""

    def __init__(self, paras: list[str], posts: list[str], seed: int):
        rng = random.Random(seed)
        self.paras = [p for p in paras if _good_para(p)]
        rng.shuffle(self.paras)
        self.posts = [p for p in posts if _good_post(p)]
        rng.shuffle(self.posts)
        self.i = self.j = 0
        self.used: list[str] = []

    def para(self, lo: int = 40, hi: int = 260) -> str:
        while True:
            p = self.paras[self.i % len(self.paras)]
            self.i += 1
            if lo <= len(sq(p)) <= hi:
                self.used.append(p)
                return p

    def item(self, end: str = "；") -> str:
        """A list item: the first clauses of a paragraph unit, closed by ``end``."""
        p = self.para(40, 200)
        cut = [m.end() for m in re.finditer("[，。；]", p) if 14 <= m.end() <= 70]
        s = p[:cut[0] - 1] if cut else p[:40]
        return s + end

    def post(self) -> str:
        p = self.posts[self.j % len(self.posts)]
        self.j += 1
        self.used.append(p)
        return p


# --------------------------------------------------------------------------- page record

class Page:
    def __init__(self, doc_id: str):
        self.doc_id = doc_id
        self.items: list[tuple[str, str, str]] = []  # (uid, kind, text)

    def _add(self, kind: str, text: str) -> str:
        uid = f"u{len(self.items)}"
        self.items.append((uid, kind, text))
        return html.escape(text, quote=False)

    def c(self, kind: str, text: str) -> str:
        assert kind in CONTENT
        return self._add(kind, text)

    def f(self, text: str) -> str:
        return self._add("debris", text)

    def cell(self, text: str) -> str:
        """A table cell: debris, one unit per cell (never merged with its row's other cells)."""
        return self._add("cell", text)

    # shorthands
    def t(self, text): return self.c("title", text)
    def h(self, text): return self.c("heading", text)
    def b(self, text): return self.c("byline", text)
    def m(self, text): return self.c("meta", text)
    def p(self, text): return self.c("paragraph", text)

    def content(self) -> list[tuple[str, str]]:
        return [(k, t) for _, k, t in self.items if k in CONTENT]

    def furniture(self) -> list[str]:
        text = "".join(sq(t) for _, t in self.content())
        out = []
        for _, k, t in self.items:
            s = tidy(t)
            if k in ("debris", "cell") and len(sq(s)) >= 2 and sq(s) not in text and s not in out:
                out.append(s)
        return out


# --------------------------------------------------------------------------- tools and gold

def run_tool(name: str, width: int, src: Path) -> str:
    if name.startswith("lynx"):
        args = ["lynx", "-dump", f"-width={width}", "-display_charset=utf-8", "-assume_charset=utf-8"]
        args += {"lynx": [], "lynxnolist": ["-nolist"], "lynxinline": ["-list_inline"],
                 "lynxnonum": ["-nonumbers"]}[name]
    elif name.startswith("w3m"):
        args = ["w3m", "-dump", "-cols", str(width), "-I", "UTF-8", "-O", "UTF-8", "-T", "text/html"]
        args += {"w3m": [], "w3mlinks": ["-o", "display_link_number=1"]}[name]
    else:
        args = ["html2text", "-utf8", "-nobs", "-width", str(width)]
        args += {"html2text": [], "html2textpretty": ["-style", "pretty"]}[name]
    out = subprocess.run(args + [str(src)], capture_output=True, check=True, env={"HOME": "/tmp", "TERM": "dumb",
                                                                                      "LANG": "C.UTF-8"})
    text = out.stdout.decode("utf-8", errors="replace").replace("\f", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n") + "\n"


def _positions(dump: str) -> list[tuple[int, int]]:
    return [(li, ci) for li, line in enumerate(dump.split("\n")) for ci, ch in enumerate(line) if not ch.isspace()]


_LINK_LINE = re.compile(r"(?:\[?\d+\]?\.?\s*)?(?:(?:https?|file|javascript|mailto):\S*|References:?)")


def merge_debris_lines(dump: str, units: list[dict]) -> list[dict]:
    """Debris strings that share a dump line are one unit (the batch-14 convention)."""
    where = _positions(dump)
    lines = dump.split("\n")
    spans, k = [], 0
    for u in units:
        n = len(sq(u["text"]))
        spans.append((k, k + n))
        k += n
    assert k == len(where), "units do not cover the dump"
    # a link list printed without numbers (lynx -nonumbers' bare targets, w3m's References:) is one unit per line
    split_units, split_spans = [], []
    for u, (a, b) in zip(units, spans, strict=True):
        rows = sorted({where[j][0] for j in range(a, b)})
        if u["kind"] == "debris" and len(rows) > 1 and all(_LINK_LINE.fullmatch(lines[r].strip()) for r in rows):
            for r in rows:
                js = [j for j in range(a, b) if where[j][0] == r]
                split_units.append({"kind": "debris", "text": tidy(lines[r])})
                split_spans.append((js[0], js[-1] + 1))
        else:
            split_units.append(u)
            split_spans.append((a, b))
    units, spans = split_units, split_spans
    out: list[tuple[dict, int, int]] = []
    for u, (a, b) in zip(units, spans, strict=True):
        if out and u["kind"] == "debris" and out[-1][0]["kind"] == "debris" and where[out[-1][2] - 1][0] == where[a][0]:
            prev, a0, _ = out.pop()
            (l0, c0), (l1, c1) = where[a0], where[b - 1]
            piece = "\n".join(lines[l0:l1 + 1])
            piece = piece[c0:len(piece) - (len(lines[l1]) - c1 - 1)]
            out.append(({"kind": "debris", "text": tidy(piece)}, a0, b))
        else:
            out.append((u, a, b))
    return [{"kind": "debris", "text": u["text"]} if u["kind"] == "cell" else u for u, _, _ in out]


_INLINE_URL = re.compile(r"\[(?:https?|file|javascript|mailto):[^\]\s]*\]")


def gold_for_dump(page: Page, dump: str, tool: str) -> list[dict]:
    expected = [(uid, text) for uid, _, text in page.items]
    kinds = {uid: kind for uid, kind, _ in page.items}
    # lynx -list_inline's [target] marks are aligned with nothing: they go with the text after them
    masked = _INLINE_URL.sub(lambda m: " " * len(m.group()), dump) if tool == "lynxinline" else dump
    units = label_dump(masked, expected, kinds)
    if masked != dump:
        at, k = {}, 0
        where_m = _positions(masked)
        for ui, u in enumerate(units):
            for j in range(k, k + len(sq(u["text"]))):
                at[where_m[j]] = ui
            k += len(sq(u["text"]))
        where = _positions(dump)
        labels = [at.get(pos) for pos in where]
        nxt = None
        for i in range(len(labels) - 1, -1, -1):
            labels[i] = nxt = labels[i] if labels[i] is not None else nxt
        prev = None
        for i in range(len(labels)):
            labels[i] = prev = labels[i] if labels[i] is not None else prev
        lines, rebuilt, start = dump.split("\n"), [], 0
        for i in range(1, len(where) + 1):
            if i == len(where) or labels[i] != labels[start]:
                (l0, c0), (l1, c1) = where[start], where[i - 1]
                piece = "\n".join(lines[l0:l1 + 1])
                piece = piece[c0:len(piece) - (len(lines[l1]) - c1 - 1)]
                unit = dict(units[labels[start]], text=tidy(piece))
                rebuilt.append(unit)
                start = i
        units = rebuilt
    units = merge_debris_lines(dump, units)
    # the dump's content units, in order, are the page's (kind and text, up to tool decoration)
    got = []
    for u in units:
        if u["kind"] in ("debris", "cell"):
            continue
        if u.get("cont"):
            got[-1] = (got[-1][0], got[-1][1] + sq(u["text"]))
        else:
            got.append((u["kind"], sq(u["text"])))
    want = [(k, sq(t)) for k, t in page.content()]
    if [k for k, _ in got] != [k for k, _ in want]:
        i = next((i for i, (a, b) in enumerate(zip(got, want, strict=False)) if a[0] != b[0]), min(len(got), len(want)))
        raise AssertionError((page.doc_id, tool, got[i - 1:i + 2], want[i - 1:i + 2]))
    for (_, g), (_, w) in zip(got, want, strict=True):
        it = iter(g)
        assert w in g or all(ch in it for ch in w), (page.doc_id, g[:60], w[:60])
    return units


def ocr_spaces(text: str, rng: random.Random) -> str:
    out = []
    for line in text.split("\n"):
        if "://" in line or rng.random() < 0.5:
            out.append(line)
            continue
        line = re.sub(r"(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])", lambda m: " " if rng.random() < 0.15 else "", line)
        line = re.sub(r"(?<=[\u4e00-\u9fff])(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])(?=[\u4e00-\u9fff])",
                      lambda m: " " if rng.random() < 0.5 else "", line)
        out.append(line)
    return "\n".join(out)


ENCODINGS = ("utf-8", "gb18030", "utf-8-bom", "crlf", "gb18030+crlf", "utf-8-bom+crlf")


def encode_text(text: str, how: str) -> bytes:
    if "crlf" in how:
        text = text.replace("\n", "\r\n")
    if how.startswith("gb18030"):
        return text.encode("gb18030")
    data = text.encode("utf-8")
    return b"\xef\xbb\xbf" + data if how.startswith("utf-8-bom") else data


def encode_page(markup: str, charset: str) -> bytes:
    """The native file's bytes: ``utf-8``, ``utf-8-bom``, ``gbk`` (declared gb2312 or gbk), ``gb18030``."""
    if charset == "utf-8-bom":
        return b"\xef\xbb\xbf" + markup.encode("utf-8")
    if charset in ("gbk", "gb18030"):
        return markup.encode(charset, errors="xmlcharrefreplace")
    return markup.encode("utf-8")


# --------------------------------------------------------------------------- designs

def _doc(charset_decl: str, title: str, body: str, head: str = "", html_attrs: str = "") -> str:
    return (f"<!DOCTYPE html>\n<html{html_attrs}>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; "
            f"charset={charset_decl}\">\n<title>{html.escape(title)}</title>\n{head}</head>\n{body}\n</html>\n")


def d_wordhtml(p: Page, pr: Prose) -> str:
    """Word 'Save as Web Page' (filtered=no): MsoNormal paragraphs, <o:p>, mso- styles, supportLists marks."""
    fs = "font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:宋体"
    def para(text, indent=True):
        ind = "text-indent:32.0pt;mso-char-indent-count:2.0;" if indent else ""
        return (f"<p class=MsoNormal style='{ind}line-height:28.0pt;mso-line-height-rule:exactly'><span style='{fs}'>"
                f"{p.p(text)}<span lang=EN-US><o:p></o:p></span></span></p>\n")
    def empty():
        return "<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>\n"
    def item(n, text):
        p.p(f"{n}.{text}")
        return (f"<p class=MsoListParagraph style='margin-left:18.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'>"
                f"<![if !supportLists]><span lang=EN-US style='{fs}'><span style='mso-list:Ignore'>{n}.<span "
                f"style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>"
                f"<span style='{fs}'>{html.escape(text, quote=False)}<span lang=EN-US><o:p></o:p></span></span></p>\n")
    b = "<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>\n<div class=WordSection1 style='layout-grid:15.6pt'>\n"
    b += (f"<p class=MsoNormal align=center style='text-align:center;line-height:36.0pt'><b><span style='font-size:22.0pt;"
          f"font-family:方正小标宋简体'>{p.t('市文化馆2023年度群众文化工作总结')}<span lang=EN-US><o:p></o:p></span></span></b></p>\n")
    b += (f"<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US style='font-size:16.0pt;font-family:楷体_GB2312'>"
          f"{p.m('（2023年12月18日）')}<o:p></o:p></span></p>\n")
    b += empty()
    b += para(pr.para())
    b += (f"<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0'><b><span style='font-size:16.0pt;"
          f"font-family:黑体'>{p.h('一、主要工作开展情况')}<span lang=EN-US><o:p></o:p></span></span></b></p>\n")
    b += (f"<p class=MsoNormal style='text-indent:32.0pt'><span style='font-size:16.0pt;font-family:楷体_GB2312'>"
          f"{p.h('（一）公共文化服务阵地建设')}<span lang=EN-US><o:p></o:p></span></span></p>\n")
    b += para(pr.para())
    b += para(pr.para())
    b += (f"<p class=MsoNormal style='text-indent:32.0pt'><span style='font-size:16.0pt;font-family:楷体_GB2312'>"
          f"{p.h('（二）品牌活动与培训')}<span lang=EN-US><o:p></o:p></span></span></p>\n")
    for n in (1, 2, 3):
        b += item(n, pr.item("；" if n < 3 else "。"))
    b += para(pr.para())
    b += ("<div align=center>\n<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;"
          "border:none;mso-border-alt:solid windowtext .5pt'>\n")
    rows = [("项目", "场次", "参与人次"), ("公益培训", "126", "5820"), ("广场演出", "48", "31000"), ("展览讲座", "35", "9260")]
    for r in rows:
        b += "<tr>" + "".join(f"<td width=142 valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>"
                              f"<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US>{p.f(c)}"
                              f"<o:p></o:p></span></p></td>" for c in r) + "</tr>\n"
    b += "</table>\n</div>\n"
    b += (f"<p class=MsoNormal align=center style='text-align:center'><span style='font-size:10.5pt'>{p.f('表1  2023年主要活动统计')}"
          f"<span lang=EN-US><o:p></o:p></span></span></p>\n")
    b += (f"<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0'><b><span style='font-size:16.0pt;"
          f"font-family:黑体'>{p.h('二、存在的问题')}<span lang=EN-US><o:p></o:p></span></span></b></p>\n")
    b += para(pr.para())
    b += (f"<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0'><b><span style='font-size:16.0pt;"
          f"font-family:黑体'>{p.h('三、2024年工作打算')}<span lang=EN-US><o:p></o:p></span></span></b></p>\n")
    t = pr.para()
    p.p("一是" + t)
    b += (f"<p class=MsoNormal style='text-indent:32.0pt'><b><span style='{fs}'>一是</span></b><span style='{fs}'>"
          f"{html.escape(t, quote=False)}<o:p></o:p></span></p>\n")
    t = pr.para()
    p.p("二是" + t)
    b += (f"<p class=MsoNormal style='text-indent:32.0pt'><b><span style='{fs}'>二是</span></b><span style='{fs}'>"
          f"{html.escape(t, quote=False)}<o:p></o:p></span></p>\n")
    b += empty()
    b += (f"<p class=MsoNormal align=right style='text-align:right;margin-right:32.0pt'><span style='{fs}'>"
          f"{p.m('市文化馆')}<span lang=EN-US><o:p></o:p></span></span></p>\n")
    b += (f"<p class=MsoNormal align=right style='text-align:right;margin-right:16.0pt'><span lang=EN-US style='{fs}'>"
          f"{p.m('2023年12月18日')}<o:p></o:p></span></p>\n")
    b += ("<span lang=EN-US style='font-size:16.0pt;font-family:仿宋_GB2312'><br clear=all style='page-break-before:always'>"
          "</span>\n")
    b += (f"<p class=MsoNormal><span style='font-size:16.0pt;font-family:黑体'>{p.m('附件')}<span lang=EN-US><o:p></o:p>"
          "</span></span></p>\n")
    b += (f"<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:18.0pt'>"
          f"{p.h('市文化馆文化志愿者管理办法')}<o:p></o:p></span></b></p>\n")
    b += (f"<p class=MsoNormal align=center style='text-align:center'><span style='font-size:16.0pt;font-family:黑体'>"
          f"{p.h('第一章　总　则')}<o:p></o:p></span></p>\n")
    for num in ("第一条", "第二条"):
        t = pr.para()
        p.p(f"{num}　{t}")
        b += (f"<p class=MsoNormal style='text-indent:32.0pt'><b><span style='{fs}'>{num}</span></b><span style='{fs}'>"
              f"<span style='mso-spacerun:yes'>&nbsp; </span>{html.escape(t, quote=False)}<o:p></o:p></span></p>\n")
    b += (f"<p class=MsoNormal align=center style='text-align:center'><span style='font-size:16.0pt;font-family:黑体'>"
          f"{p.h('第二章　招募与注册')}<o:p></o:p></span></p>\n")
    t = pr.para()
    p.p(f"第三条　{t}")
    b += (f"<p class=MsoNormal style='text-indent:32.0pt'><b><span style='{fs}'>第三条</span></b><span style='{fs}'>"
          f"<span style='mso-spacerun:yes'>&nbsp; </span>{html.escape(t, quote=False)}<o:p></o:p></span></p>\n")
    b += "</div>\n</body>"
    head = ("<meta name=ProgId content=Word.Document>\n<meta name=Generator content=\"Microsoft Word 15\">\n"
            "<meta name=Originator content=\"Microsoft Word 15\">\n<!--[if gte mso 9]><xml>\n <o:DocumentProperties>\n"
            "  <o:Author>admin</o:Author>\n  <o:Pages>2</o:Pages>\n </o:DocumentProperties>\n</xml><![endif]-->\n"
            "<style>\n<!--\n /* Font Definitions */\n p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{mso-style-unhide:no;"
            "margin:0cm;text-align:justify;font-size:10.5pt;font-family:等线;}\np.MsoListParagraph\n\t{mso-style-priority:34;"
            "margin-left:21.0pt;text-indent:21.0pt;}\n@page WordSection1\n\t{size:595.3pt 841.9pt;margin:72.0pt 90.0pt 72.0pt 90.0pt;}\n"
            "div.WordSection1\n\t{page:WordSection1;}\n-->\n</style>\n")
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\"\n"
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">\n\n<head>\n"
            "<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">\n" + head +
            "<title>市文化馆2023年度群众文化工作总结</title>\n</head>\n\n" + b + "\n\n</html>\n")


def d_weather(p: Page, pr: Prose) -> str:
    """Weather forecast page with a warning notice: city bar, 7-day table, life indices, the warning as the article."""
    b = "<body class=\"weather\">\n"
    b += (f"<div class=\"cookie-tip\" style=\"position:fixed;bottom:0\">{p.f('本站使用Cookie以改善浏览体验，继续访问即表示同意。')}"
          f" <a href=\"#\">{p.f('知道了')}</a></div>\n")
    b += (f"<div class=\"top\"><a href=\"/\"><img src=\"logo.png\" alt=\"{p.f('天气网')}\"></a> <span class=\"city\">"
          f"{p.f('当前城市：江城')}</span> <a href=\"/city\">{p.f('[切换城市]')}</a> <input type=text name=q placeholder=\"输入城市名\">"
          f"</div>\n<ul class=\"nav\">" + "".join(f"<li><a href=\"/{k}\">{p.f(k)}</a></li>" for k in ("首页", "预报", "预警", "雷达", "空气质量", "生活指数")) + "</ul>\n")
    b += "<div class=\"now\">"
    b += f"<span class=\"temp\">{p.f('23℃')}</span><span>{p.f('多云转小雨　东南风3级　湿度78%')}</span>"
    b += f"<span class=\"upd\">{p.f('07:30更新')}</span></div>\n"
    b += "<table class=\"week\"><tr>"
    days = [("今天", "小雨", "26/19℃"), ("周三", "中雨", "24/18℃"), ("周四", "暴雨", "22/18℃"), ("周五", "阴", "25/17℃"),
            ("周六", "多云", "27/18℃"), ("周日", "晴", "29/19℃"), ("周一", "晴", "30/20℃")]
    b += "".join(f"<th>{p.cell(d)}</th>" for d, _, _ in days) + "</tr>\n<tr>"
    b += "".join(f"<td>{p.cell(w)}</td>" for _, w, _ in days) + "</tr>\n<tr>"
    b += "".join(f"<td>{p.cell(t)}</td>" for _, _, t in days) + "</tr></table>\n"
    b += "<div class=\"alarm\">\n"
    b += f"<h1 class=\"alarm-title\">{p.t('江城市气象台发布暴雨蓝色预警信号')}</h1>\n"
    b += f"<div class=\"alarm-info\"><span>{p.m('发布时间：2023年6月20日 06:45')}</span></div>\n"
    b += f"<p>{p.p(pr.para())}</p>\n<p>{p.p(pr.para())}</p>\n"
    b += f"<h3>{p.h('防御指南：')}</h3>\n<ol class=\"guide\">\n"
    for k in range(4):
        b += f"<li>{p.p(pr.item('；' if k < 3 else '。'))}</li>\n"
    b += "</ol>\n"
    b += f"<div class=\"alarm-icon\"><img src=\"blue_rain.png\" alt=\"{p.f('暴雨蓝色预警图标')}\"></div>\n"
    b += f"<p class=\"src\" align=\"right\">{p.m('江城市气象台')}</p>\n</div>\n"
    b += f"<h2>{p.f('生活指数')}</h2>\n<dl class=\"index\">"
    for k, v in (("穿衣", "舒适"), ("紫外线", "弱"), ("洗车", "不宜"), ("感冒", "较易发")):
        b += f"<dt>{p.f(k)}</dt><dd>{p.f(v)}</dd>"
    b += "</dl>\n"
    b += f"<div class=\"aqi\" style=\"display:none\">{p.f('空气质量指数 42 优')}</div>\n"
    b += (f"<div class=\"foot\">{p.f('数据来源：江城市气象局')}<br>{p.f('© 2023 天气网　京ICP备12345678号-2')}</div>\n"
          "</body>")
    return _doc("utf-8", "江城天气预报_暴雨蓝色预警_天气网", b)


def d_zhidao(p: Page, pr: Prose) -> str:
    """Baidu-Zhidao-like answer page: question, 最佳答案 with answerer line, other answers folded (debris)."""
    b = "<body>\n<div id=\"userbar\">"
    b += f"<a href=\"#\">{p.f('登录')}</a> | <a href=\"#\">{p.f('注册')}</a></div>\n"
    b += (f"<div id=\"search\"><img src=\"/logo.gif\" alt=\"{p.f('知道')}\"><form><input name=word size=42 value=\"\">"
          f"<input type=submit value=\"搜索答案\"> <a href=\"/new\">{p.f('我要提问')}</a></form></div>\n")
    b += f"<div class=\"crumb\">{p.f('知道 > 生活 > 其他生活')}</div>\n"
    b += "<div class=\"question\">\n"
    b += f"<h1><span class=\"ask-title\">{p.t('梅雨季节家里返潮，墙面发霉应该怎么处理？')}</span></h1>\n"
    b += f"<div class=\"q-content\">{p.p(pr.post())}</div>\n"
    b += f"<div class=\"q-info\"><span>{p.f('匿名用户')}</span> <span>{p.f('2023-06-12 21:07')}</span> <span>{p.f('浏览 1583 次')}</span></div>\n</div>\n"
    b += "<div class=\"best\">\n"
    b += f"<div class=\"best-title\"><img src=\"best.png\" alt=\"{p.f('采纳图标')}\"> {p.h('最佳答案')}</div>\n"
    b += f"<div class=\"answerer\">{p.b('回答者：暖阳小筑')}</div>\n<div class=\"line content\">\n"
    b += f"{p.p(pr.para())}<br><br>\n"
    b += f"<b>{p.h('一、通风除湿')}</b><br>\n{p.p(pr.para())}<br><br>\n"
    b += f"<b>{p.h('二、清理霉斑')}</b><br>\n"
    for k in range(3):
        b += f"{p.p(str(k + 1) + '、' + pr.item('；' if k < 2 else '。'))}<br>\n"
    b += f"<br>\n{p.p(pr.para())}\n</div>\n"
    b += f"<div class=\"a-info\"><span>{p.m('2023-06-13 08:25')}</span></div>\n"
    b += f"<div class=\"a-foot\"><a href=\"#\">{p.f('赞')}</a>{p.f('268')} <a href=\"#\">{p.f('踩')}</a>{p.f('7')}"
    b += f" <span>{p.f('采纳率：92%　来自团队：生活小百科')}</span></div>\n</div>\n"
    b += f"<div class=\"other\">\n<h3>{p.f('其他2条回答')}</h3>\n"
    for who, when in (("木子", "2023-06-13 10:02"), ("热心网友", "2023-06-14 19:40")):
        b += f"<div class=\"ans\"><p class=\"who\">{p.f(who)}　{p.f(when)}</p><p>{p.f(pr.post())}</p></div>\n"
    b += f"</div>\n<div class=\"related\"><h3>{p.f('相关问题')}</h3><ul>"
    for q in ("房间墙壁发霉有什么好办法？", "回南天衣服不干怎么办？", "除湿机和空调除湿哪个好？"):
        b += f"<li><a href=\"#\">{p.f(q)}</a></li>"
    b += f"</ul></div>\n<div id=\"footer\">{p.f('©2023 Baidu　使用百度前必读　知道协议')}</div>\n</body>"
    return _doc("utf-8", "梅雨季节家里返潮，墙面发霉应该怎么处理？_百度知道", b)


def d_live(p: Page, pr: Prose) -> str:
    """Football text commentary (文字直播): score board, match info labels, minute-marked entries, report."""
    b = "<body>\n<table width=\"100%\" class=\"topbar\"><tr>"
    b += f"<td><a href=\"/\">{p.f('体育首页')}</a> | <a href=\"/zc\">{p.f('中超')}</a> | <a href=\"/live\">{p.f('直播间')}</a></td>"
    b += f"<td align=right>{p.f('手机看直播')}</td></tr></table>\n"
    b += "<div class=\"score\"><table><tr>"
    b += f"<td>{p.cell('江城猛龙')}</td><td>{p.cell('2 : 1')}</td><td>{p.cell('海港飞鱼')}</td></tr>"
    b += f"<tr><td colspan=3>{p.cell('完场')}</td></tr></table></div>\n"
    b += f"<h1>{p.t('中超第12轮：江城猛龙2比1逆转海港飞鱼')}</h1>\n"
    b += f"<p class=\"info\">{p.m('比赛时间：2023年5月14日 19:35')}<br>\n{p.m('比赛地点：江城奥体中心')}<br>\n{p.m('主裁判：王立')}</p>\n"
    b += f"<div class=\"tabs\"><span class=\"on\">{p.f('文字直播')}</span> <span>{p.f('技术统计')}</span> <span>{p.f('阵容')}</span></div>\n"
    b += f"<div class=\"host\">{p.b('解说：刘畅　陈一鸣')}</div>\n"
    b += f"<h2>{p.h('赛前')}</h2>\n<p>{p.p(pr.para())}</p>\n"
    b += f"<h2>{p.h('上半场')}</h2>\n<ul class=\"live\">\n"
    def entries(marks):
        out = ""
        for minute in marks:
            post = pr.post()
            p.p(f"{minute} {post}")
            out += f"<li><span class=\"min\">{minute}</span> {html.escape(post, quote=False)}</li>\n"
        return out
    b += entries(("3'", "17'", "38'", "45+2'"))
    b += f"</ul>\n<p class=\"half\">{p.f('【半场结束】江城猛龙 0:1 海港飞鱼')}</p>\n"
    b += f"<h2>{p.h('下半场')}</h2>\n<ul class=\"live\">\n"
    b += entries(("52'", "66'", "81'", "90+4'"))
    b += f"</ul>\n<div class=\"ad\"><img src=\"ad.jpg\" alt=\"{p.f('广告：看球就上体育APP')}\"></div>\n"
    b += f"<h2>{p.h('赛后综述')}</h2>\n<p>{p.p(pr.para())}</p>\n<p>{p.p(pr.para())}</p>\n"
    b += f"<p class=\"ed\">{p.m('（编辑：赵磊）')}</p>\n"
    b += f"<div class=\"cm\"><h3>{p.f('网友热评')}</h3>"
    for k in range(2):
        b += f"<div class=\"c\"><b>{p.f('球迷' + str(1024 + 37 * k))}</b>：{p.f(pr.post())}</div>"
    b += f"</div>\n<div class=\"foot\">{p.f('体育频道　违法和不良信息举报电话：12377')}</div>\n</body>"
    return _doc("gb18030", "江城猛龙vs海港飞鱼文字直播", b)


def d_pandoc(p: Page, pr: Prose) -> str:
    """pandoc-rendered Markdown (standalone HTML5): title block, TOC nav, numbered sections, code, footnotes."""
    head = ("<meta name=\"generator\" content=\"pandoc\" />\n<meta name=\"viewport\" content=\"width=device-width, "
            "initial-scale=1.0, user-scalable=yes\" />\n<meta name=\"author\" content=\"周宁\" />\n<style>\ncode{white-space: pre-wrap;}\n"
            "span.smallcaps{font-variant: small-caps;}\n</style>\n")
    b = "<body>\n<header id=\"title-block-header\">\n"
    b += f"<h1 class=\"title\">{p.t('社区图书角志愿服务手册')}</h1>\n"
    b += f"<p class=\"subtitle\">{p.h('第二版')}</p>\n"
    b += f"<p class=\"author\">{p.b('周宁')}</p>\n<p class=\"date\">{p.m('2023-09-01')}</p>\n</header>\n"
    toc = ["1 概述", "1.1 背景", "1.2 适用范围", "2 服务流程", "2.1 借还登记", "3 附录"]
    b += "<nav id=\"TOC\" role=\"doc-toc\">\n<ul>\n"
    for t in toc:
        n, name = t.split(" ")
        b += f"<li><a href=\"#s{n}\"><span class=\"toc-section-number\">{n}</span> {name}</a></li>\n"
        p.f(t)
    b += "</ul>\n</nav>\n"
    def sec(level, num, name):
        p.h(f"{num} {name}")
        return (f"<h{level} data-number=\"{num}\" id=\"s{num}\"><span class=\"header-section-number\">{num}</span> "
                f"{name}</h{level}>\n")
    b += sec(1, "1", "概述") + sec(2, "1.1", "背景")
    t = pr.para()
    p.p(t + "1")
    b += (f"<p>{html.escape(t, quote=False)}<a href=\"#fn1\" class=\"footnote-ref\" id=\"fnref1\" role=\"doc-noteref\">"
          f"<sup>1</sup></a></p>\n")
    b += f"<p>{p.p(pr.para())}</p>\n"
    b += sec(2, "1.2", "适用范围")
    b += "<ul>\n" + "".join(f"<li>{p.p(pr.item(''))}</li>\n" for _ in range(3)) + "</ul>\n"
    b += sec(1, "2", "服务流程") + sec(2, "2.1", "借还登记")
    b += f"<p>{p.p(pr.para())}</p>\n"
    b += ("<div class=\"sourceCode\" id=\"cb1\"><pre class=\"sourceCode bash\"><code class=\"sourceCode bash\">"
          f"<span id=\"cb1-1\">{p.f('$ ./borrow --id 20230901 --book ISBN978-7-02')}</span>\n"
          f"<span id=\"cb1-2\">{p.f('登记成功：借期30天')}</span></code></pre></div>\n")
    b += f"<blockquote>\n<p>{p.p(pr.para())}</p>\n</blockquote>\n"
    b += f"<p><strong>{p.h('注意事项')}</strong></p>\n<ol type=\"1\">\n"
    b += "".join(f"<li>{p.p(pr.item('；' if k < 1 else '。'))}</li>\n" for k in range(2)) + "</ol>\n"
    b += sec(1, "3", "附录")
    b += "<dl>\n"
    for term in ("图书角", "志愿者"):
        b += f"<dt>{p.h(term)}</dt>\n<dd>\n<p>{p.p(pr.para())}</p>\n</dd>\n"
    b += "</dl>\n"
    b += "<section id=\"footnotes\" class=\"footnotes footnotes-end-of-document\" role=\"doc-endnotes\">\n<hr />\n<ol>\n"
    t = pr.para()
    p.p(t)
    b += (f"<li id=\"fn1\"><p>{html.escape(t, quote=False)}<a href=\"#fnref1\" class=\"footnote-back\" "
          f"role=\"doc-backlink\">{p.f('↩︎')}</a></p></li>\n</ol>\n</section>\n</body>")
    return ("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\" xml:lang=\"zh-CN\">\n<head>\n"
            "<meta charset=\"utf-8\" />\n" + head + "<title>社区图书角志愿服务手册</title>\n</head>\n" + b + "\n</html>\n")


def d_timetable(p: Page, pr: Prose) -> str:
    """Bus-line adjustment notice on a transit company site (GBK): stop table, 首末班 labels, 特此公告."""
    b = "<body bgcolor=#ffffff topmargin=0>\n<table width=980 align=center cellpadding=0 cellspacing=0>\n"
    b += f"<tr><td height=90 background=\"images/top_bg.jpg\"><img src=\"images/logo.gif\" alt=\"{p.f('江城公交集团')}\"></td></tr>\n"
    b += "<tr><td class=menu>" + "&nbsp;|&nbsp;".join(f"<a href=\"#\">{p.f(k)}</a>" for k in ("网站首页", "线路查询", "公告通知", "票价政策", "失物招领", "联系我们")) + "</td></tr>\n"
    b += f"<tr><td class=pos>{p.f('当前位置：首页 >> 公告通知 >> 线路调整')}</td></tr>\n"
    b += "<tr><td>\n"
    b += f"<div align=center><font size=5 color=#c00000><b>{p.t('关于调整18路、K6路公交线路走向的公告')}</b></font></div>\n"
    b += f"<div align=center class=date>{p.f('发布时间：2023-08-25　点击数：3416')}</div><hr size=1>\n"
    b += f"<p>{p.p('广大乘客：')}</p>\n"
    b += f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{p.p(pr.para())}</p>\n"
    b += f"<p><b>{p.h('一、18路')}</b></p>\n"
    b += f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{p.p(pr.para())}</p>\n"
    b += f"<p>{p.p('首班：6:00　末班：21:30')}<br>\n{p.p('票价：1元（无人售票）')}</p>\n"
    b += "<table border=1 cellspacing=0 cellpadding=3 width=90% align=center>\n"
    rows = [("站序", "站名", "换乘线路"), ("1", "火车东站", "K1、K6、地铁2号线"), ("2", "人民医院", "7路、32路"),
            ("3", "文化宫", "地铁1号线"), ("4", "滨江花园", "无")]
    for r in rows:
        b += "<tr>" + "".join(f"<td align=center>{p.cell(c)}</td>" for c in r) + "</tr>\n"
    b += "</table>\n"
    b += f"<p><b>{p.h('二、K6路')}</b></p>\n<p>&nbsp;&nbsp;&nbsp;&nbsp;{p.p(pr.para())}</p>\n"
    b += f"<p>{p.p('首班：6:30　末班：22:00')}<br>\n{p.p('票价：2元（空调车）')}</p>\n"
    b += f"<p><b>{p.h('三、其他事项')}</b></p>\n"
    for k in range(2):
        b += f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{p.p(f'（{chr(0x4e00) if k == 0 else chr(0x4e8c)}）' + pr.item('；' if k == 0 else '。'))}</p>\n"
    b += f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{p.p('特此公告。')}</p>\n"
    b += f"<p align=right>{p.m('江城公交集团有限公司')}<br>\n{p.m('2023年8月25日')}</p>\n"
    b += f"<p>{p.f('【打印本页】【关闭窗口】')}</p>\n</td></tr>\n"
    b += (f"<tr><td align=center class=foot>{p.f('江城公交集团有限公司　版权所有')}<br>{p.f('服务热线：96123　地址：江城市滨江路88号')}"
          "</td></tr>\n</table>\n</body>")
    return _doc("gb2312", "关于调整18路、K6路公交线路走向的公告", b)


def d_appstore(p: Page, pr: Prose) -> str:
    """App-store detail page: app head, rating, 应用介绍, 新版特性 items without a full stop, info cells, reviews."""
    b = "<body>\n<header class=\"site\">"
    b += f"<a class=\"logo\" href=\"/\">{p.f('应用市场')}</a><nav>" + "".join(f"<a href=\"#\">{p.f(k)}</a> " for k in ("首页", "游戏", "软件", "专题", "排行")) + "</nav></header>\n"
    b += f"<div class=\"dl-bar\" style=\"position:sticky;top:0\">{p.f('下载应用市场客户端，安装更快')} <a href=\"#\">{p.f('立即下载')}</a></div>\n"
    b += "<section class=\"app-head\">"
    b += f"<img src=\"icon.png\" alt=\"{p.f('轻记账图标')}\" loading=\"lazy\">"
    b += f"<h1>{p.t('轻记账 - 简单好用的记账本')}</h1>"
    b += f"<p class=\"dev\">{p.b('开发者：江城轻简网络科技有限公司')}</p>"
    b += f"<p class=\"rate\">{p.f('4.7分　12.6万人评分')}</p><p class=\"dl\">{p.f('5000万+次安装')}</p>"
    b += f"<a class=\"btn\" href=\"#\">{p.f('安装')}</a></section>\n"
    b += "<div class=\"shots\">" + "".join(f"<img data-src=\"s{k}.jpg\" alt=\"{p.f(f'截图{k}')}\">" for k in (1, 2, 3)) + "</div>\n"
    b += f"<h2>{p.h('应用介绍')}</h2>\n<div class=\"desc\">{p.p(pr.para())}<br><br>{p.p(pr.para())}</div>\n"
    b += f"<h2>{p.h('新版特性')}</h2>\n<p class=\"ver\">{p.m('版本 5.2.1　2023-10-09')}</p>\n<div class=\"news\">"
    for k in range(3):
        b += f"{p.p(f'{k + 1}. ' + pr.item(''))}<br>"
    b += "</div>\n"
    b += f"<h2>{p.f('应用信息')}</h2>\n<table class=\"info\">"
    for k, v in (("版本", "5.2.1"), ("大小", "86.4MB"), ("更新时间", "2023-10-09"), ("适用系统", "Android 7.0及以上")):
        b += f"<tr><th>{p.cell(k)}</th><td>{p.cell(v)}</td></tr>"
    b += f"</table>\n<p><a href=\"#\">{p.f('权限详情')}</a>　<a href=\"#\">{p.f('隐私政策')}</a></p>\n"
    b += f"<h2>{p.f('用户评论')}</h2>\n"
    for who in ("小猪存钱罐", "月光族逆袭"):
        b += f"<div class=\"rv\"><span>{p.f(who)}</span> <span>{p.f('★★★★★')}</span><p>{p.f(pr.post())}</p></div>\n"
    b += f"<a href=\"#\">{p.f('查看全部评论')}</a>\n"
    b += f"<footer>{p.f('应用市场　开发者服务　合作伙伴')}<br>{p.f('粤ICP备09876543号')}</footer>\n</body>"
    return _doc("utf-8", "轻记账 - 简单好用的记账本 - 应用市场", b)


def d_tieba(p: Page, pr: Prose) -> str:
    """Tieba-like thread: bar head, thread title, 楼主 post, floors (沙发, 3楼 …) with tails and replies (debris)."""
    b = "<body>\n<div class=\"userbar\">"
    b += f"<a href=\"#\">{p.f('网页')}</a> <a href=\"#\">{p.f('资讯')}</a> <b>{p.f('贴吧')}</b> <a href=\"#\">{p.f('登录')}</a></div>\n"
    b += f"<div class=\"forum-head\"><a href=\"#\">{p.f('江城吧')}</a> <span>{p.f('关注：18万　贴子：96万')}</span></div>\n"
    b += f"<h3 class=\"core_title_txt\" title=\"\">{p.t('【攻略】周末江城骑行路线整理，新手友好')}</h3>\n"
    b += f"<div class=\"core_reply_tail\">{p.f('只看楼主')} {p.f('收藏')} {p.f('回复')}</div>\n"
    b += "<div class=\"l_post\">\n"
    b += f"<div class=\"d_author\"><img alt=\"{p.f('头像')}\" src=\"a.jpg\"><a class=\"p_author_name\">{p.b('青山骑行客')}</a>"
    b += f"<span class=\"louzhubiaoshi\">{p.f('楼主')}</span><span class=\"lv\">{p.f('12')}</span></div>\n"
    b += "<div class=\"d_post_content\">"
    b += f"{p.p(pr.post())}<br>{p.h('路线一：环湖绿道')}<br>{p.p(pr.para())}<br>{p.h('路线二：江滩至老街')}<br>{p.p(pr.para())}<br>"
    b += f"{p.p(pr.post())}</div>\n"
    b += f"<div class=\"post-tail-wrap\"><span>{p.f('来自Android客户端')}</span><span>{p.f('1楼')}</span><span>{p.f('2023-04-08 21:16')}</span></div>\n"
    b += f"<div class=\"signature\">{p.f('—— 骑行三年，风雨无阻 ——')}</div>\n</div>\n"
    for floor, who in (("2楼", "路过的风"), ("3楼", "单车少年阿杰"), ("4楼", "江城小吃货")):
        b += f"<div class=\"l_post\"><div class=\"d_author\"><a>{p.f(who)}</a></div>"
        b += f"<div class=\"d_post_content\">{p.f(pr.post())}</div>"
        b += f"<div class=\"post-tail-wrap\"><span>{p.f(floor)}</span><span>{p.f('2023-04-08 22:0' + floor[0])}</span><a>{p.f('回复(2)')}</a></div></div>\n"
    b += f"<div class=\"pager\">{p.f('1 2 3 下一页 尾页')}</div>\n"
    b += f"<div class=\"editor\"><textarea></textarea><button>{p.f('发 表')}</button></div>\n"
    b += f"<div class=\"foot\">{p.f('©2023 Baidu　贴吧协议　隐私政策　吧主制度')}</div>\n</body>"
    return _doc("utf-8", "【攻略】周末江城骑行路线整理，新手友好_江城吧", b)


def d_print(p: Page, pr: Prose) -> str:
    """Print-friendly page (打印版) of a university news article: window.print(), bare markup, 本文地址 line."""
    b = "<body onload=\"window.print()\" style=\"font-size:14px\">\n"
    b += f"<div class=\"noprint\" style=\"text-align:right\"><a href=\"javascript:window.print()\">{p.f('[打印]')}</a> <a href=\"javascript:window.close()\">{p.f('[关闭]')}</a></div>\n"
    b += f"<div class=\"site\">{p.f('江城大学新闻网')}</div>\n<hr>\n"
    b += f"<h2 align=\"center\">{p.t('我校举办第十届研究生学术论坛')}</h2>\n"
    b += f"<h4 align=\"center\">{p.h('——聚焦交叉学科，展示青年学者风采')}</h4>\n"
    b += f"<div align=\"center\">{p.b('文/研究生院　图/宣传部')}　{p.m('2023-11-20')}</div>\n"
    b += f"<p>{p.p(pr.para())}</p>\n<p>{p.p(pr.para())}</p>\n"
    b += f"<p><img src=\"/upload/2023/1120a.jpg\" alt=\"{p.f('论坛开幕式现场照片')}\"></p>\n<p align=\"center\">{p.f('论坛开幕式现场')}</p>\n"
    b += f"<p><strong>{p.h('分论坛精彩纷呈')}</strong></p>\n<p>{p.p(pr.para())}</p>\n"
    t = pr.para()
    p.p("据悉，" + t)
    b += f"<p><strong>据悉，</strong>{html.escape(t, quote=False)}</p>\n"
    b += f"<p align=\"right\">{p.m('（审核：李文涛）')}</p>\n<hr>\n"
    b += f"<div class=\"url\">{p.f('本文地址：https://news.jcu.edu.cn/info/1021/58213.htm')}</div>\n"
    b += f"<div class=\"copy\">{p.f('江城大学党委宣传部　版权所有')}</div>\n</body>"
    return _doc("gb18030", "我校举办第十届研究生学术论坛--打印本页", b)


def d_mailarchive(p: Page, pr: Prose) -> str:
    """Mailing-list archive message (pipermail-like): header lines, a <pre> body with hard-wrapped paragraphs."""
    def wrap(text, n):
        return "\n".join(text[i:i + n] for i in range(0, len(text), n))
    b = "<body bgcolor=\"#ffffff\">\n"
    b += f"<h1>{p.t('[江城读书会] 十一月共读书目与活动安排')}</h1>\n"
    b += f"<b>{p.b('陈思远')}</b><br>\n<a href=\"mailto:dushu%40lists.example.org\" title=\"{html.escape('[江城读书会]')}\">{p.f('chensy at example.org')}</a><br>\n"
    b += f"<i>{p.m('Mon Oct 30 21:14:05 CST 2023')}</i>\n<p><ul>\n"
    b += f"<li>{p.f('Previous message: [江城读书会] 十月活动照片')}</li>\n<li>{p.f('Next message: [江城读书会] 回复：十一月共读书目')}</li>\n"
    b += f"<li><b>{p.f('Messages sorted by:')}</b> <a href=\"date.html\">{p.f('[ date ]')}</a> <a href=\"thread.html\">{p.f('[ thread ]')}</a></li>\n</ul>\n<hr>\n"
    b += "<!--beginarticle-->\n<pre>"
    b += html.escape(p.p("各位书友：")) + "\n\n"
    for _ in range(3):
        t = pr.para()
        p.p(t)
        b += html.escape(wrap(t, 36), quote=False) + "\n\n"
    b += html.escape(p.h("活动安排"), quote=False) + "\n"
    b += html.escape(p.p("时间：11月18日（周六）14:00"), quote=False) + "\n"
    b += html.escape(p.p("地点：市图书馆三楼研讨室"), quote=False) + "\n\n"
    t = pr.para()
    p.p(t)
    b += html.escape(wrap(t, 36), quote=False) + "\n\n"
    b += html.escape(p.m("思远"), quote=False) + "\n" + html.escape(p.f("--"), quote=False) + "\n"
    b += html.escape(p.f("江城读书会邮件列表"), quote=False) + "\n"
    b += "<a href=\"http://lists.example.org/listinfo/dushu\">" + p.f("http://lists.example.org/listinfo/dushu") + "</a>\n"
    b += "</pre>\n<!--endarticle-->\n<hr>\n<p><ul>\n"
    b += f"<li>{p.f('Previous message: [江城读书会] 十月活动照片')}</li>\n</ul>\n"
    b += f"<hr>\n<a href=\"http://lists.example.org/listinfo/dushu\">{p.f('More information about the Dushu mailing list')}</a><br>\n</body>"
    return _doc("utf-8", "[江城读书会] 十一月共读书目与活动安排", b)


def d_libre(p: Page, pr: Prose) -> str:
    """LibreOffice Writer 'Save as HTML': <p class="western">, <font face/size>, <h1 class="western">, sdfield date."""
    head = ("<meta name=\"generator\" content=\"LibreOffice 7.4.7.2 (Linux)\"/>\n<meta name=\"created\" content=\"2023-03-02T09:12:44\"/>\n"
            "<style type=\"text/css\">\n@page { size: 21cm 29.7cm; margin: 2cm }\np { line-height: 115%; margin-bottom: 0.25cm; background: transparent }\n"
            "p.western { font-family: \"Liberation Serif\", serif; font-size: 12pt }\np.cjk { font-family: \"Noto Serif CJK SC\"; font-size: 12pt }\n"
            "h1.western { font-family: \"Liberation Sans\", sans-serif }\n</style>\n")
    def para(text, indent=True):
        ind = " style=\"text-indent: 0.85cm; margin-bottom: 0cm; line-height: 150%\"" if indent else " style=\"margin-bottom: 0cm\""
        return f"<p class=\"western\"{ind}><font face=\"仿宋\"><font size=\"4\" style=\"font-size: 14pt\">{text}</font></font></p>\n"
    b = "<body lang=\"zh-CN\" link=\"#000080\" vlink=\"#800000\" dir=\"ltr\"><p class=\"western\" align=\"right\" style=\"margin-bottom: 0cm\">"
    b += f"<font face=\"黑体\">{p.f('内部资料　注意保存')}</font></p>\n"
    b += (f"<p class=\"western\" align=\"center\" style=\"margin-bottom: 0cm; line-height: 150%\"><font face=\"方正小标宋简体\">"
          f"<font size=\"5\" style=\"font-size: 20pt\">{p.t('关于召开2023年度物业服务工作会议的通知')}</font></font></p>\n")
    b += "<p class=\"western\" style=\"margin-bottom: 0cm\"><br/>\n</p>\n"
    b += para(p.p("各小区物业服务中心："), indent=False)
    b += para(p.p(pr.para()))
    b += f"<h1 class=\"western\"><font face=\"黑体\"><font size=\"4\" style=\"font-size: 14pt\">{p.h('一、会议时间和地点')}</font></font></h1>\n"
    b += para(p.p("时间：2023年3月9日（星期四）上午9:00"))
    b += para(p.p("地点：公司三楼第一会议室"))
    b += f"<h1 class=\"western\"><font face=\"黑体\"><font size=\"4\" style=\"font-size: 14pt\">{p.h('二、参会人员')}</font></font></h1>\n"
    b += para(p.p(pr.para()))
    b += f"<h1 class=\"western\"><font face=\"黑体\"><font size=\"4\" style=\"font-size: 14pt\">{p.h('三、会议议程')}</font></font></h1>\n"
    b += "<ol>\n"
    for k in range(3):
        b += f"<li><p class=\"western\" style=\"margin-bottom: 0cm\"><font face=\"仿宋\">{p.p(pr.item('；' if k < 2 else '。'))}</font></p></li>\n"
    b += "</ol>\n"
    b += f"<h1 class=\"western\"><font face=\"黑体\"><font size=\"4\" style=\"font-size: 14pt\">{p.h('四、有关要求')}</font></font></h1>\n"
    b += f"<h2 class=\"western\"><font face=\"楷体\">{p.h('（一）认真准备材料')}</font></h2>\n"
    b += para(p.p(pr.para()))
    b += f"<h2 class=\"western\"><font face=\"楷体\">{p.h('（二）严格会议纪律')}</font></h2>\n"
    b += para(p.p(pr.para()))
    b += para(f"{p.p('附件：参会回执')}", indent=False)
    b += "<p class=\"western\" style=\"margin-bottom: 0cm\"><br/>\n</p>\n"
    b += f"<p class=\"western\" align=\"right\" style=\"margin-bottom: 0cm\"><font face=\"仿宋\">{p.m('江城物业管理有限公司综合办公室')}</font></p>\n"
    b += (f"<p class=\"western\" align=\"right\" style=\"margin-bottom: 0cm\"><font face=\"仿宋\"><sdfield type=DATETIME sdval=\"45351\" "
          f"sdnum=\"2052;2052;YYYY年M月D日\">{p.m('2023年3月2日')}</sdfield></font></p>\n")
    b += "<div title=\"footer\"><p align=\"center\" style=\"margin-top: 0.5cm; margin-bottom: 0cm\"><sdfield type=PAGE subtype=RANDOM format=PAGE>"
    b += f"{p.f('1')}</sdfield></p>\n</div>\n</body>"
    return ("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0 Transitional//EN\">\n<html>\n<head>\n"
            "<meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"/>\n<title></title>\n" + head + "</head>\n" + b + "\n</html>\n")


def d_faq(p: Page, pr: Prose) -> str:
    """Help-centre FAQ: category tabs, <h2> categories, 问：/答： run-in paragraphs (one unit each), feedback widgets."""
    b = "<body>\n"
    b += f"<div class=\"cookie\" role=\"dialog\"><p>{p.f('我们使用必要的Cookie来保障网站正常运行。')}</p><button>{p.f('接受全部')}</button><button>{p.f('仅必要')}</button></div>\n"
    b += f"<header><a href=\"/\">{p.f('江城电力')}</a> <a href=\"/help\">{p.f('帮助中心')}</a> <input type=search placeholder=\"搜索问题\"></header>\n"
    b += f"<nav class=\"crumb\"><a href=\"/\">{p.f('首页')}</a> / <a href=\"/help\">{p.f('帮助中心')}</a> / <span>{p.f('常见问题')}</span></nav>\n"
    b += "<aside><ul>" + "".join(f"<li><a href=\"#\">{p.f(k)}</a></li>" for k in ("用电报装", "电费缴纳", "停电查询", "发票服务")) + "</ul></aside>\n"
    b += f"<main>\n<h1>{p.t('电费缴纳常见问题解答')}</h1>\n<p class=\"upd\">{p.m('更新于 2023年7月3日')}</p>\n"
    for cat in ("缴费方式", "账单与发票"):
        b += f"<h2>{p.h(cat)}</h2>\n"
        for _ in range(2):
            q = pr.post()
            a = pr.para()
            p.p("问：" + q)
            b += f"<div class=\"qa\"><p class=\"q\"><b>问：</b>{html.escape(q, quote=False)}</p>\n"
            p.p("答：" + a)
            b += f"<p class=\"a\"><b>答：</b>{html.escape(a, quote=False)}</p>\n"
            b += f"<div class=\"useful\">{p.f('以上回答是否解决了您的问题？')} <a>{p.f('是')}</a> <a>{p.f('否')}</a></div></div>\n"
    b += f"<h3>{p.h('温馨提示')}</h3>\n<p>{p.p(pr.para())}</p>\n"
    b += f"</main>\n<div class=\"float\" style=\"position:fixed;right:0\">{p.f('在线客服')}<br>{p.f('95598')}</div>\n"
    b += f"<footer>{p.f('江城电力公司　客服热线95598')}<br>{p.f('Copyright © 2023 All Rights Reserved')}</footer>\n</body>"
    return _doc("utf-8", "电费缴纳常见问题解答-帮助中心", b)


def d_changelog(p: Page, pr: Prose) -> str:
    """Release-notes page: version heads directly over 新增/修复 subheads, <li> items without a full stop."""
    b = "<body>\n"
    b += f"<div class=\"banner\" style=\"position:sticky;top:0\">{p.f('新版本 3.0 已发布，')}<a href=\"#\">{p.f('立即体验')}</a></div>\n"
    b += f"<header><img src=\"logo.svg\" alt=\"{p.f('云笔记')}\"> <a href=\"#\">{p.f('产品')}</a> <a href=\"#\">{p.f('下载')}</a> <a href=\"#\">{p.f('更新日志')}</a></header>\n"
    b += f"<article>\n<h1>{p.t('云笔记更新日志')}</h1>\n<p class=\"lead\">{p.p(pr.para())}</p>\n"
    for ver, date, parts in (("v3.0.0", "2023-12-01", ("新增", "优化", "修复")), ("v2.9.4", "2023-10-15", ("修复",))):
        b += f"<h2 id=\"{ver}\">{p.h(ver)}</h2>\n<p><time>{p.m(date)}</time></p>\n"
        for part in parts:
            b += f"<h3>{p.h(part)}</h3>\n<ul>\n"
            for _ in range(2):
                b += f"<li>{p.p(pr.item(''))}</li>\n"
            b += "</ul>\n"
    b += f"<h2>{p.h('升级说明')}</h2>\n<p>{p.p(pr.para())}</p>\n"
    b += f"<p class=\"tip\"><strong>{p.f('提示')}</strong>：{p.f('旧版本数据会自动迁移。')}</p>\n</article>\n"
    b += f"<div class=\"feedback\">{p.f('有建议？欢迎反馈')} <a href=\"#\">{p.f('提交反馈')}</a></div>\n"
    b += f"<footer>{p.f('© 2023 云笔记　浙ICP备20231234号')}</footer>\n</body>"
    return _doc("utf-8", "更新日志 - 云笔记", b)


def d_hotel(p: Page, pr: Prose) -> str:
    """Hotel detail page (GB18030): booking bar, facility labels, 酒店介绍, 入住政策 label lines, reviews (debris)."""
    b = "<body>\n<div id=\"top\">"
    b += f"<a href=\"/\">{p.f('旅途网')}</a> {p.f('酒店')} {p.f('机票')} {p.f('门票')} <a href=\"#\">{p.f('我的订单')}</a></div>\n"
    b += f"<div class=\"path\">{p.f('酒店 > 江城酒店 > 滨江区酒店')}</div>\n"
    b += f"<h1>{p.t('江城滨江假日酒店')}</h1>\n<p class=\"star\">{p.f('四星级　2019年装修')}</p>\n"
    b += f"<p class=\"addr\">{p.f('滨江区江滨路166号')} <a href=\"#\">{p.f('查看地图')}</a></p>\n"
    b += f"<div class=\"score\">{p.f('4.8分　超棒　2136条点评')}</div>\n"
    b += "<div class=\"photos\">" + "".join(f"<img src=\"p{k}.jpg\" alt=\"{p.f(a)}\">" for k, a in ((1, '外观'), (2, '大堂'), (3, '客房'))) + "</div>\n"
    b += "<table class=\"rooms\"><tr><th>{}</th><th>{}</th><th>{}</th></tr>\n".format(p.cell("房型"), p.cell("早餐"), p.cell("价格"))
    for r in (("高级大床房", "含双早", "¥468"), ("豪华江景房", "含双早", "¥628")):
        b += "<tr>" + "".join(f"<td>{p.cell(c)}</td>" for c in r) + f"<td><a>{p.f('预订')}</a></td></tr>\n"
    b += "</table>\n"
    b += f"<h2>{p.h('酒店介绍')}</h2>\n<div class=\"intro\">{p.p(pr.para())}<br><br>{p.p(pr.para())}</div>\n"
    b += f"<h2>{p.h('入住政策')}</h2>\n<ul class=\"policy\">"
    for line in ("入住时间：14:00以后", "离店时间：12:00以前", "儿童政策：不接受18岁以下客人单独入住", "宠物：不可携带宠物"):
        b += f"<li>{p.p(line)}</li>"
    b += f"</ul>\n<h2>{p.f('住客点评')}</h2>\n"
    for who in ("出差的老王", "带娃旅行"):
        b += f"<div class=\"rv\"><b>{p.f(who)}</b> <span>{p.f('5分　2023-09')}</span><p>{p.f(pr.post())}</p></div>\n"
    b += f"<div class=\"foot\">{p.f('旅途网　客服电话：400-888-0000')}<br>{p.f('营业执照　增值电信业务经营许可证')}</div>\n</body>"
    return _doc("gb18030", "江城滨江假日酒店预订价格_地址_电话-旅途网", b)


def d_weibo(p: Page, pr: Prose) -> str:
    """Microblog long article (头条文章) page: author card, article with <h2>/<h3>, repost/comment bar, comments."""
    b = "<body>\n"
    b += f"<div class=\"gn_header\"><a href=\"/\">{p.f('微博')}</a> <input placeholder=\"大家都在搜\"> <a>{p.f('首页')}</a> <a>{p.f('发现')}</a> <a>{p.f('登录')}</a></div>\n"
    b += f"<div class=\"login-tip\" style=\"display:none\">{p.f('登录微博，查看更多精彩内容')}</div>\n"
    b += "<div class=\"WB_artical\">\n"
    b += f"<div class=\"main_toppic\"><img src=\"cover.jpg\" alt=\"{p.f('头图')}\"></div>\n"
    b += f"<div class=\"title\">{p.t('一个人的城市漫步：老城区里的十二个角落')}</div>\n"
    b += f"<div class=\"author\"><a>{p.b('城南旧事录')}</a> <span>{p.m('2023-05-21 10:18')}</span> <span>{p.f('阅读数：2.3万')}</span></div>\n"
    b += f"<div class=\"WB_editor_iframe\">\n<p>{p.p(pr.post())}</p>\n<p>{p.p(pr.para())}</p>\n"
    b += f"<h2>{p.h('01 清晨的菜市场')}</h2>\n<p>{p.p(pr.para())}</p>\n"
    b += f"<p class=\"pic\"><img src=\"1.jpg\" alt=\"{p.f('菜市场照片')}\"></p><p class=\"cap\">{p.f('▲ 早上七点的菜场')}</p>\n"
    b += f"<h2>{p.h('02 巷子里的老书店')}</h2>\n<h3>{p.h('店主的故事')}</h3>\n<p>{p.p(pr.para())}</p>\n<p>{p.p(pr.post())}</p>\n"
    b += f"<p>{p.p(pr.post())}</p>\n</div>\n"
    b += f"<div class=\"copyright\">{p.m('本文著作权归作者所有，未经授权禁止转载。')}</div>\n</div>\n"
    b += f"<div class=\"WB_handle\"><a>{p.f('转发 86')}</a> <a>{p.f('评论 132')}</a> <a>{p.f('赞 1045')}</a></div>\n"
    b += "<div class=\"WB_feed_repeat\">\n"
    for who in ("小城故事多", "不二咖啡"):
        b += f"<div class=\"list_li\"><a>{p.f(who)}</a>：{p.f(pr.post())} <span>{p.f('5-21 11:02')}</span></div>\n"
    b += f"<a>{p.f('查看更多评论 >')}</a>\n</div>\n<div class=\"footer\">{p.f('微博客服　意见反馈　京ICP证100780号')}</div>\n</body>"
    return _doc("utf-8", "一个人的城市漫步：老城区里的十二个角落 - 微博", b)


def d_recall(p: Page, pr: Prose) -> str:
    """Market-regulator product recall notice (GBK): gov header, 发布日期 meta, model table, 召回措施 items, contacts."""
    b = "<body>\n<table width=\"1000\" align=\"center\" border=\"0\"><tr><td>"
    b += f"<img src=\"/images/banner.jpg\" alt=\"{p.f('江城市市场监督管理局')}\"></td></tr>\n"
    b += "<tr><td bgcolor=\"#1d5aa8\">" + " ".join(f"<a href=\"#\"><font color=white>{p.f(k)}</font></a>" for k in ("首页", "新闻中心", "信息公开", "缺陷产品召回", "办事服务")) + "</td></tr>\n"
    b += f"<tr><td><font size=2>{p.f('您现在的位置：首页 > 缺陷产品召回 > 消费品召回')}</font></td></tr>\n<tr><td>\n"
    b += f"<p align=\"center\"><font size=\"5\"><b>{p.t('江城小家电有限公司召回部分型号电热水壶')}</b></font></p>\n"
    b += f"<p align=\"center\"><font size=2 color=#888888>{p.m('发布日期：2023年9月12日')}</font></p>\n"
    b += f"<p>　　{p.p(pr.para())}</p>\n"
    b += f"<p><b>{p.h('一、召回范围')}</b></p>\n<p>　　{p.p(pr.para())}</p>\n"
    b += "<table border=\"1\" cellspacing=\"0\" width=\"80%\" align=\"center\">"
    for r in (("产品名称", "型号", "生产日期"), ("电热水壶", "JC-K1708", "2022年3月至2023年6月"), ("电热水壶", "JC-K1712", "2022年5月至2023年6月")):
        b += "<tr>" + "".join(f"<td>{p.cell(c)}</td>" for c in r) + "</tr>"
    b += "</table>\n"
    b += f"<p><b>{p.h('二、缺陷情况')}</b></p>\n<p>　　{p.p(pr.para())}</p>\n"
    b += f"<p><b>{p.h('三、召回措施')}</b></p>\n"
    for k in range(3):
        b += f"<p>　　{p.p(f'{k + 1}．' + pr.item('；' if k < 2 else '。'))}</p>\n"
    b += f"<p><b>{p.h('四、联系方式')}</b></p>\n"
    b += f"<p>　　{p.p('咨询电话：400-700-1234')}<br>　　{p.p('服务时间：工作日9:00至17:00')}</p>\n"
    b += f"<p>{p.f('相关附件：')}<a href=\"#\">{p.f('召回报告.pdf')}</a></p>\n"
    b += f"<p align=\"right\">{p.f('【字体：大 中 小】【打印】【关闭】')}</p>\n</td></tr>\n"
    b += f"<tr><td align=\"center\"><font size=2>{p.f('主办：江城市市场监督管理局　网站标识码：3301000099')}</font></td></tr></table>\n</body>"
    return _doc("gbk", "江城小家电有限公司召回部分型号电热水壶", b)


# --------------------------------------------------------------------------- build

# (name, function, native charset, declared charset); designs 0-9 dev15, 10-15 held15
DESIGNS = [
    ("wordhtml", d_wordhtml, "gbk", "gb2312"),
    ("weather", d_weather, "utf-8", "utf-8"),
    ("zhidao", d_zhidao, "utf-8-bom", "utf-8"),
    ("live", d_live, "gb18030", "gb18030"),
    ("pandoc", d_pandoc, "utf-8", "utf-8"),
    ("timetable", d_timetable, "gbk", "gb2312"),
    ("appstore", d_appstore, "utf-8", "utf-8"),
    ("tieba", d_tieba, "utf-8-bom", "utf-8"),
    ("print", d_print, "gb18030", "gb18030"),
    ("mailarchive", d_mailarchive, "utf-8", "utf-8"),
    ("libre", d_libre, "utf-8-bom", "utf-8"),
    ("faq", d_faq, "utf-8", "utf-8"),
    ("changelog", d_changelog, "utf-8", "utf-8"),
    ("hotel", d_hotel, "gb18030", "gb18030"),
    ("weibo", d_weibo, "utf-8-bom", "utf-8"),
    ("recall", d_recall, "gbk", "gbk"),
]
WIDTHS = (60, 68, 72, 80, 96, 110, 128, 150, 176, 200)
FIFTH = ("lynxinline", "w3mlinks", "w3m", "lynxnonum", "html2textpretty")
OCR_FILES = {(3, "lynx"), (8, "w3m"), (12, "html2text")}


def tool_runs(n: int) -> list[tuple[str, int]]:
    w = WIDTHS
    runs = [("lynx", w[n % 10]), ("lynxnolist", w[(n + 4) % 10]), ("w3m", w[(n + 7) % 10]),
            ("html2textpretty" if n % 3 == 2 else "html2text", w[(n + 2) % 10])]
    fifth = FIFTH[n % len(FIFTH)]
    runs.append((fifth, w[(n + 5) % 10]))
    if n % 4 == 1:
        runs.append(("lynxnonum" if fifth != "lynxnonum" else "lynxinline", w[(n + 8) % 10]))
    return runs


def declare_utf8(markup: str) -> str:
    return re.sub(r"charset=[\w-]+", "charset=utf-8", markup, count=1)


def build(only: set[int] | None = None) -> None:
    dev_all, dev_paras, held_paras = load_gold_units()
    posts = load_weibo()
    banned: set[int] = set()
    others = other_builders_dev15()
    print(f"held check: {len(dev_all)} dev gold units, {len(others)} units of other builders' dev15 gold")
    for t in dev_all + others:
        banned |= shingles(t)
    dev = Prose(dev_paras, posts[:675], 15)
    pages = []
    for n, (name, fn, charset, decl) in enumerate(DESIGNS):
        if n == 10:  # the held side: nothing shared with dev gold, the dev15 pages or other builders' dev15
            for pg in pages:
                for _, t in pg[1].content():
                    banned |= shingles(t)
            held_ok = [t for t in held_paras if not shingles(t) & banned]
            posts_ok = [t for t in posts[675:] if not shingles(t) & banned]
            held = Prose(held_ok, posts_ok, 16)
            print(f"held pool: {len(held_ok)} of {len(held_paras)} paragraph units, {len(posts_ok)} of "
                  f"{len(posts) - 675} posts clear of the development side")
        pr = dev if n < 10 else held
        page = Page(f"w15-{n:03d}")
        markup = fn(page, pr)
        markup = markup.replace('href="#"', 'href="javascript:;"').replace("<head>\n", f"<head>\n<base href=\"https://www.{name}.example.cn/\">\n", 1)
        pages.append((n, page, markup, name, charset, decl))
    for n, page, *_ in pages:
        if n >= 10:
            for k, t in page.content():
                if k == "paragraph":
                    assert not shingles(t) & banned, (page.doc_id, t[:30])
    manifest = []
    TMP.mkdir(parents=True, exist_ok=True)
    for n, page, markup, name, charset, decl in pages:
        if only is not None and n not in only:
            continue
        split = "dev15" if n < 10 else "held15"
        stem = page.doc_id
        (CORPUS / "native" / split).mkdir(parents=True, exist_ok=True)
        (CORPUS / "text" / split).mkdir(parents=True, exist_ok=True)
        native = CORPUS / "native" / split / f"{stem}_html.html"
        native.write_bytes(encode_page(markup, charset))
        source = "dev gold paragraphs + Weibo NER train <675" if n < 10 else "held gold paragraphs + Weibo NER train >=675"
        content = [{"kind": k, "text": tidy(t)} for k, t in page.content()]
        write_gold(CORPUS / "gold", f"{stem}_html", source, content, {"furniture": page.furniture()})
        files = [{"path": f"native/{split}/{stem}_html.html", "route": "native", "tool": "html",
                  "encoding": charset}]
        src = TMP / f"{stem}.html"
        src.write_text(declare_utf8(markup), encoding="utf-8")
        for v, (tool, width) in enumerate(tool_runs(n)):
            dump = run_tool(tool, width, src)
            units = gold_for_dump(page, dump, tool)
            how = ENCODINGS[(n + v) % len(ENCODINGS)]
            text = dump
            if (n, tool) in OCR_FILES:
                text = ocr_spaces(dump, random.Random(n * 10 + v))
                how += "+ocr"
            data = encode_text(text, how.removesuffix("+ocr"))
            tstem = f"{stem}_{tool}{width}"
            (CORPUS / "text" / split / f"{tstem}.txt").write_bytes(data)
            decoded = sq(data.decode("gb18030" if how.startswith("gb18030") else "utf-8-sig"))
            for u in units:
                assert sq(u["text"]) in decoded, (tstem, u["text"][:30])
            write_gold(CORPUS / "gold", tstem, source, units)
            files.append({"path": f"text/{split}/{tstem}.txt", "route": "text", "tool": f"{tool}{width}",
                          "encoding": how})
        manifest.append({"id": stem, "split": split, "script": "simp", "template": name, "charset": charset,
                         "declared": decl, "files": files})
    if only is None:
        (CORPUS / "manifest-dev15-web.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n",
                                                        encoding="utf-8")


if __name__ == "__main__":
    build({int(a) for a in sys.argv[1:]} or None)
