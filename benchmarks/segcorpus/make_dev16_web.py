"""Batch 16, web part (ids ``k16-000`` .. ``k16-015``): sixteen page templates the corpus lacked (mailing-list
archives, pandoc / static-site pages, a rendered README, Q&A pages, forum threads, encyclopedia pages, product /
service pages, a blog post with its comment thread), ONE article page each, read natively (.html) and dumped by
lynx, w3m and html2text.

Templates 0-9 -> ``dev16``, 10-15 -> ``held16``. Prose is reused (no fresh pool): dev pages take paragraph units of
the development splits' native gold only; held pages take paragraph units of the held-out splits' native gold only,
and no held stretch of 15 characters (whitespace removed, both sides through opencc t2s) may occur in any development
gold unit, in the dev16 pages here, or in the other batch-16 builder's dev16 gold (asserted at build time). Titles,
heads, bylines, dates, captions, list labels, questions, names and all furniture are invented.

    PYTHONPATH=$PWD:/tmp/b16web_pylib python benchmarks/segcorpus/make_dev16_web.py   # needs lynx, w3m, html2text, opencc
    PYTHONPATH=$PWD python benchmarks/segcorpus/regold_conventions.py                    # the conventions' cuts (tdcells)

Gold: native ``gold/k16-NNN_html.json`` lists the content units (title / heading / byline / meta / paragraph) and the
furniture strings the page shows; text gold ``gold/k16-NNN_<tool><W>.json`` partitions the dump: content units found
in order (whitespace and the tools' link marks ``[12]`` / ``[file://…]`` ignored; a unit skips the occurrences of its
text inside the furniture printed between it and the unit before it, e.g. a TOC entry equal to a heading), a unit
taking its whole line(s) when the rest of the line is indentation or a tool's list / head / link mark, text beside it
on its line cut off as debris; all other lines debris, one unit per line (lines of one wrapped furniture string
together), a row of table cells one debris unit per cell, blank lines with the unit above them. The README section
"Batch 16 (web)" lists the templates and the gold decisions for the new cases.
"""

from __future__ import annotations

import html as htmlmod
import importlib.util
import json
import random
import re
import subprocess
import sys
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "benchmarks" / "segcorpus"
sys.path.insert(0, str(ROOT))
from annotate.segment.score import squash  # noqa: E402

TMP = Path("/tmp/k16web")
PREFIX = "k16"
SOURCE = "reused paragraph units of earlier batches' native gold"
CONV = {name: opencc.OpenCC(name) for name in ("s2tw", "s2hk", "t2s")}
T2S = CONV["t2s"].convert
GRAM = 15
DEV, HELD = "dev16", "held16"

# ---------------------------------------------------------------- prose pools


def _split_stems(held: bool) -> set[str]:
    stems = set()
    for route in ("text", "native"):
        for folder in (CORPUS / route).iterdir():
            name = folder.name
            if name.endswith("16"):
                continue  # batch 16 itself (the other part changes while this one is built)
            if (name.startswith("held") or name == "heldout") == held:
                stems |= {p.stem for p in folder.iterdir()}
    return stems


def _gold_units(stems: set[str]) -> list[dict]:
    units = []
    for stem in sorted(stems):
        path = CORPUS / "gold" / f"{stem}.json"
        if path.is_file():
            units += json.loads(path.read_text(encoding="utf-8"))["units"]
    return units


def _paragraphs(stems: set[str]) -> list[str]:
    out, seen = [], set()
    native = {s for s in stems if s.endswith(("_html", "_pdf", "_docx"))}
    for unit in _gold_units(native):
        text = re.sub(r"\s+", "", unit["text"])
        if unit["kind"] != "paragraph" or not 50 <= len(text) <= 190 or text in seen:
            continue
        if not re.match(r"[\u4e00-\u9fff「“]", text) or text[-1] not in "。！？」" or re.search(r"[A-Za-z]{4}|\d{5}|[<>|_=#\[\]]", text):
            continue
        if any(ord(c) > 0xFFFF for c in text):
            continue
        seen.add(text)
        out.append(T2S(text))
    return out


def _grams(text: str) -> set[str]:
    s = T2S(squash(text))
    return {s[i:i + GRAM] for i in range(len(s) - GRAM + 1)}


def _collides(grams: set[str], texts) -> set[str]:
    """The grams among ``grams`` that occur in some text of ``texts`` (streamed: the dev side is large)."""
    hit = set()
    for text in texts:
        s = T2S(squash(text))
        for i in range(len(s) - GRAM + 1):
            if s[i:i + GRAM] in grams:
                hit.add(s[i:i + GRAM])
    return hit


class Pool:
    def __init__(self, paragraphs: list[str], seed: int):
        self.paras = list(paragraphs)
        random.Random(seed).shuffle(self.paras)
        self.used: list[str] = []

    def para(self, most: int = 190) -> str:
        while True:
            text = self.paras.pop()
            if len(text) <= most:
                self.used.append(text)
                return text

    def sentence(self, end: str = "") -> str:
        """One sentence of a pool paragraph (for list items); ``end`` replaces its stop."""
        while True:
            para = self.paras.pop()
            for sent in re.findall(r"[^。！？]+[。！？]", para):
                if 12 <= len(sent) <= 70 and re.match(r"[\u4e00-\u9fff]", sent) and not re.search(r"[「」“”（）()]", sent) \
                        and re.search(r"[\u4e00-\u9fff]$", sent[:-1]):
                    self.used.append(sent)
                    return sent[:-1] + end if end is not None else sent

    def clause(self) -> str:
        """A pool paragraph cut after its last comma: a paragraph that ends without a stop."""
        while True:
            para = self.paras.pop()
            cut = para.rfind("，", 0, len(para) - 8)
            if cut > 30 and re.match(r"[\u4e00-\u9fff]", para[cut - 1]):
                self.used.append(para[:cut])
                return para[:cut]


# ---------------------------------------------------------------- pages


def esc(text: str) -> str:
    return htmlmod.escape(text, quote=False)


def wrap(text: str, width: int) -> list[str]:
    """Hard wrap as a mail client does for CJK text: ``width`` characters a line, no line opening with a stop."""
    lines, cur = [], ""
    for ch in text:
        if len(cur) >= width and ch not in "，。、；：？！）」”":
            lines.append(cur)
            cur = ""
        cur += ch
    return lines + [cur] if cur else lines


class Page:
    def __init__(self, n: int, template: str, script: str, charset: str, bom: bool = False, lang: str = "zh-CN"):
        self.n, self.template, self.script, self.charset, self.bom, self.lang = n, template, script, charset, bom, lang
        self.conv = CONV[script].convert if script in CONV else (lambda s: s)
        self.parts: list[str] = []
        self.units: list[dict] = []
        self.furniture: list[str] = []
        self.cells: set[str] = set()
        self.gap: list[str] = []  # furniture shown since the last content unit

    def c(self, text: str) -> str:
        return self.conv(text)

    def raw(self, markup: str) -> None:
        self.parts.append(markup)

    def f(self, tpl: str, *strings: str) -> None:
        """Furniture: ``tpl`` with the (converted, escaped) strings in its ``{}`` slots."""
        conv = [self.c(s) for s in strings]
        self.parts.append(tpl.format(*map(esc, conv)))
        self.furniture += [s for s in conv if squash(s)]
        self.gap += conv

    def row(self, tpl: str, *strings: str) -> None:
        """Table cells (furniture): in the text gold one debris unit per cell where a tool prints a row on a line."""
        self.f(tpl, *strings)
        self.cells |= {squash(self.c(s)) for s in strings}

    def links(self, tpl: str, item: str, strings, sep: str = "") -> None:
        """A list of links / items: ``item`` (one ``{}``) per string, joined, inside ``tpl``'s ``{}``."""
        conv = [self.c(s) for s in strings]
        self.parts.append(tpl.replace("{}", sep.join(item.format(esc(s)) for s in conv)))
        self.furniture += conv
        self.gap += conv

    def _unit(self, kind: str, text: str) -> None:
        shown = norm("".join(self.gap))
        target = norm(text)
        skip = sum(1 for i in range(len(shown)) if shown.startswith(target, i)) if target else 0
        self.units.append({"kind": kind, "text": text, "skip": skip})
        self.gap = []

    def u(self, kind: str, tpl: str, *pieces: str) -> str:
        """A content unit: its text is the pieces joined; ``tpl`` puts them (escaped) in its ``{}`` slots."""
        conv = [self.c(p) for p in pieces]
        self.parts.append(tpl.format(*map(esc, conv)))
        text = "".join(conv)
        self._unit(kind, text)
        return text

    def pre(self, kind: str, text: str, width: int = 36, after: str = "\n\n") -> str:
        """A content unit inside a ``<pre>``: written hard-wrapped at ``width`` characters; its text unwrapped."""
        conv = self.c(text)
        self.parts.append(esc("\n".join(wrap(conv, width))) + after)
        self._unit(kind, conv)
        return conv

    def pref(self, lines: list[str], after: str = "\n") -> None:
        """Furniture lines inside a ``<pre>`` (quoted lines, a signature): one furniture string a line."""
        conv = [self.c(s) for s in lines]
        self.parts.append("".join(esc(s) + "\n" for s in conv) + after)
        self.furniture += [s for s in conv if squash(s)]
        self.gap += conv

    def markup(self, charset: str) -> str:
        return "".join(self.parts).replace("@CHARSET@", charset).replace("@LANG@", self.lang)


def head(title: str, extra: str = "") -> str:
    return ('<!DOCTYPE html>\n<html lang="@LANG@">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
            f'charset=@CHARSET@">\n<title>{esc(title)}</title>\n{extra}</head>\n')


# the tools' marks: lynx's link numbers [12], -list_inline's [file:///…], lynx's and w3m's ^ before a <sup> (ignored
# when a unit is looked for in a dump)
LINKMARK = re.compile(r"\[(?:\s*\d+\s*|(?:file|https?|mailto|javascript):[^\]]*)\]|\^(?=[\w\[])")


def norm(text: str) -> str:
    """What a unit is looked for by: no whitespace, no tool marks, no ``_`` (html2text's space inside a link)."""
    return squash(LINKMARK.sub("", text)).replace("_", "")


# Each design: a function (page, pool) that fills the page. Shapes are described in the README section.


def d_pipermail(p: Page, pool: Pool) -> None:
    """0: Mailman 2 pipermail message page (a reply), GB18030: <h1> subject, <b> sender + address, <i> date, thread
    links, <pre> body hard-wrapped at 36: greeting, attribution + quoted lines, two 一、 heads, sign-off, `-- ` sig."""
    p.raw(head("[城南读书会] 回复：五月共读书目与线下活动") + "<body bgcolor=\"#ffffff\">\n")
    p.u("title", "<h1>{}</h1>\n", "[城南读书会] 回复：五月共读书目与线下活动")
    p.u("byline", "<b>{}</b>\n", "王立新")
    p.f('<a href="mailto:dushu%40lists.example.org?Subject=Re%3A" title="dushu">{}\n</a><br>\n', "wanglx at example.org")
    p.u("meta", "<i>{}</i>\n", "Tue May 14 09:12:33 CST 2024")
    p.raw("<p><ul>\n")
    p.f('<li>Previous message: <a href="000123.html">{}</a></li>\n', "[城南读书会] 五月共读书目与线下活动")
    p.f('<li>Next message: <a href="000125.html">{}</a></li>\n', "[城南读书会] 回复：回复：五月共读书目与线下活动")
    p.links('<li> <b>Messages sorted by:</b> {}</li>\n</ul>\n<hr>\n<!--beginarticle-->\n<pre>', '<a href="date.html">{}</a> ',
            ["[ date ]", "[ thread ]", "[ subject ]", "[ author ]"])
    p.pre("paragraph", "思远、各位书友：", after="\n\n")
    p.pref(["在 2024-05-13 21:40，陈思远 写道：", "> 本月共读书目定为两本，请大家在周末前报名。",
            "> 线下活动地点暂定市图书馆，有变化会另行通知。"])
    p.pre("paragraph", pool.para())
    p.pre("heading", "一、关于书目")
    p.pre("paragraph", pool.para())
    p.pre("heading", "二、关于场地")
    p.pre("paragraph", pool.para())
    p.pre("paragraph", pool.clause())
    p.pre("meta", "立新", after="\n")
    p.pref(["-- ", "王立新", "城南读书会志愿者 | 周末值班"], after="")
    p.raw("</pre>\n<!--endarticle-->\n<hr>\n<p><ul>\n")
    p.f('<li>Previous message: <a href="000123.html">{}</a></li>\n', "[城南读书会] 五月共读书目与线下活动")
    p.f('<li>Next message: <a href="000125.html">{}</a></li>\n</ul>\n<hr>\n', "[城南读书会] 回复：回复：五月共读书目与线下活动")
    p.f('<a href="http://lists.example.org/mailman/listinfo/dushu">{}</a><br>\n</body></html>\n', "More information about the Dushu mailing list")


def d_hypermail(p: Page, pool: Pool) -> None:
    """1: hypermail 2.4 message page (s2tw, Big5): <h1> subject, <address> with From (name + address) and Date,
    navbar, <pre id=body> with em.quotelev1 quoted lines, a 【議程】 head over label lines, `-- ` sig, Received on."""
    p.raw(head("翻譯詞彙表更新：第三版草案") + '<body>\n<div class="head">\n')
    p.u("title", "<h1>{}</h1>\n", "Re: [zh-l10n] 翻译词汇表更新：第三版草案")
    p.raw('<address class="headers">\n')
    p.u("byline", '<span id="from">\n<dfn>{}</dfn>{}', "From", ": 林怡君")
    p.f(' &lt;<a href="mailto:yijun_at_example.org.tw?Subject=Re">{}</a>&gt;\n</span><br />\n', "yijun_at_example.org.tw")
    p.u("meta", '<span id="date"><dfn>{}</dfn>{}</span><br />\n', "Date", ": Wed, 15 May 2024 10:22:07 +0800")
    p.raw("</address>\n</div>\n")
    p.links('<map id="navbar" name="navbar">\n<ul class="links hmenu_container">\n{}</ul>\n</map>\n',
            '<li><span class="heading">{}</span></li>\n', ["Contemporary messages sorted: [ by date ]", "[ by thread ]",
                                                             "[ by subject ]", "[ by author ]", "[ by messages with attachments ]"])
    p.raw('<div class="mail">\n<pre id="body">\n')
    p.pref(["陳建宏 wrote:", "> 第三版草案已放上共筆，請大家在週五前回覆意見。"], after="")
    p.raw('<em class="quotelev1">')
    p.pref(["> 爭議較大的幾個詞條，下次線上會議再討論。"], after="")
    p.raw("</em>\n")
    p.pre("paragraph", "建宏好，大家好：")
    p.pre("paragraph", pool.para(), width=34)
    p.pre("paragraph", pool.para(), width=34)
    p.pre("heading", "【議程】", after="\n")
    p.pre("paragraph", "時間：5月22日（週三）晚上8:30", after="\n")
    p.pre("paragraph", "地點：線上會議（連結另寄）", after="\n\n")
    p.pre("paragraph", pool.para(), width=34)
    p.pre("meta", "怡君 敬上", after="\n")
    p.pref(["-- ", "林怡君 / 開源在地化小組"], after="")
    p.raw('</pre>\n</div>\n<p class="received">')
    p.f('<a name="received"></a>{}</p>\n', "Received on Wed May 15 2024 - 10:22:07 CST")
    p.links('<map id="navbarfoot" name="navbarfoot">\n<ul class="links">\n{}</ul>\n</map>\n', "<li>{}</li>\n",
            ["Next message: 陳建宏: \"Re: [zh-l10n] 翻譯詞彙表更新：第三版草案\"", "Previous message: 黃志明: \"[zh-l10n] 五月線上會議時間\"",
             "In reply to: 陳建宏: \"[zh-l10n] 翻譯詞彙表更新：第三版草案\""])
    p.f('<p><small><em>{}</em></small></p>\n</body></html>\n', "This archive was generated by hypermail 2.4.0 : Wed May 15 2024 - 10:22:10 CST")


def d_pandoc(p: Page, pool: Pool) -> None:
    """2: pandoc 3 standalone HTML5: <header id=title-block-header> (h1.title, p.author, p.date, div.abstract with its
    title), <nav id=TOC>, <h2 id> / <h3 id> sections, footnote refs <sup>, a table, <pre> code, <section
    class=footnotes> with ↩︎ back links."""
    p.raw(head("社区图书馆服务调查报告", '<meta name="generator" content="pandoc">\n<style>code{white-space:pre-wrap;}</style>\n')
          + "<body>\n<header id=\"title-block-header\">\n")
    p.u("title", '<h1 class="title">{}</h1>\n', "社区图书馆服务调查报告")
    p.u("byline", '<p class="author">{}</p>\n', "周明远　许嘉宁")
    p.u("meta", '<p class="date">{}</p>\n', "2024年4月18日")
    p.raw('<div class="abstract">\n')
    p.u("heading", '<div class="abstract-title">{}</div>\n', "摘要")
    p.u("paragraph", "<p>{}</p>\n", pool.para())
    p.raw("</div>\n</header>\n")
    p.raw('<nav id="TOC" role="doc-toc">\n<ul>\n')
    p.f('<li><a href="#引言" id="toc-引言">{}</a></li>\n', "引言")
    p.f('<li><a href="#调查方法" id="toc-调查方法">{}</a>\n<ul>\n', "调查方法")
    p.f('<li><a href="#样本" id="toc-样本">{}</a></li>\n', "样本")
    p.f('<li><a href="#数据处理" id="toc-数据处理">{}</a></li>\n</ul></li>\n', "数据处理")
    p.f('<li><a href="#主要发现" id="toc-主要发现">{}</a></li>\n</ul>\n</nav>\n', "主要发现")
    p.u("heading", '<h2 id="引言">{}</h2>\n', "引言")
    para = pool.para()
    cut = para.index("，") + 1
    p.u("paragraph", '<p>{}<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>{}</sup></a>{}</p>\n',
        para[:cut], "1", para[cut:])
    p.u("paragraph", "<p>{}</p>\n", pool.para())
    p.u("heading", '<h2 id="调查方法">{}</h2>\n', "调查方法")
    p.u("heading", '<h3 id="样本">{}</h3>\n', "样本")
    p.u("paragraph", "<p>{}</p>\n", pool.para())
    p.raw('<table>\n<caption>')
    p.f("{}</caption>\n<thead>\n", "表1　样本构成")
    p.row('<tr class="header"><th>{}</th><th>{}</th><th>{}</th></tr>\n</thead>\n<tbody>\n', "街道", "问卷数", "有效率")
    p.row('<tr class="odd"><td>{}</td><td>{}</td><td>{}</td></tr>\n', "东湖街道", "312", "94%")
    p.row('<tr class="even"><td>{}</td><td>{}</td><td>{}</td></tr>\n</tbody>\n</table>\n', "西岭街道", "287", "91%")
    p.u("heading", '<h3 id="数据处理">{}</h3>\n', "数据处理")
    p.u("paragraph", "<p>{}</p>\n", pool.clause())
    p.f('<div class="sourceCode" id="cb1"><pre class="sourceCode python"><code class="sourceCode python">{}\n{}\n</code></pre></div>\n',
        "df = pd.read_csv(\"survey.csv\")", "df.groupby(\"street\").mean()")
    p.u("heading", '<h2 id="主要发现">{}</h2>\n', "主要发现")
    p.raw("<ul>\n")
    for k in range(3):
        p.u("paragraph", "<li>{}</li>\n", pool.sentence("；" if k < 2 else "。"))
    p.raw("</ul>\n")
    p.u("paragraph", "<blockquote>\n<p>{}</p>\n</blockquote>\n", pool.para())
    p.u("paragraph", "<p>{}</p>\n", pool.para())
    p.raw('<section id="footnotes" class="footnotes footnotes-end-of-document" role="doc-endnotes">\n<hr />\n<ol>\n')
    p.f('<li id="fn1"><p>{}<a href="#fnref1" class="footnote-back" role="doc-backlink">{}</a></p></li>\n</ol>\n</section>\n</body>\n</html>\n',
        "问卷于2023年11月至12月在两个街道发放，回收后人工录入。", "↩︎")


def d_hugo(p: Page, pool: Pool) -> None:
    """3: Hugo static blog (PaperMod-like theme, s2hk): header with site name and menu, breadcrumbs, h1.post-title,
    post-description (heading), post-meta `date · N 分鐘 · author` (byline), <details> TOC, <h2 id> heads with hidden
    `#` anchors, footnote refs, <div class=footnotes>, tags, prev / next, share, footer."""
    p.raw(head("舊區散步筆記") + '<body class="list">\n<header class="header">\n<nav class="nav">\n')
    p.f('<div class="logo"><a href="/" accesskey="h" title="{}">{}</a></div>\n', "阿欣的慢活手記 (Alt + H)", "阿欣的慢活手記")
    p.links('<ul id="menu">{}</ul>\n</nav>\n</header>\n', '<li><a href="#"><span>{}</span></a></li>', ["文章", "分類", "標籤", "關於", "搜尋"])
    p.raw('<main class="main">\n<article class="post-single">\n<header class="post-header">\n')
    p.f('<div class="breadcrumbs"><a href="/">{}</a>&nbsp;»&nbsp;<a href="/posts/">{}</a></div>\n', "首頁", "文章")
    p.u("title", '<h1 class="post-title entry-hint-parent">{}</h1>\n', "舊區散步筆記：一條街的四十年")
    p.u("heading", '<div class="post-description">{}</div>\n', "從一間士多到一條街的記憶")
    p.u("byline", '<div class="post-meta">{}</div>\n', "2024年3月8日&nbsp;·&nbsp;6 分鐘&nbsp;·&nbsp;陳嘉欣".replace("&nbsp;", "\u00a0"))
    p.raw("</header>\n")
    p.raw('<div class="toc">\n<details open>\n<summary accesskey="c" title="(Alt + C)">\n')
    p.f('<span class="details">{}</span>\n</summary>\n<div class="inner"><ul>\n', "目錄")
    p.links("{}</ul></div>\n</details>\n</div>\n", '<li><a href="#x" aria-label="{0}">{0}</a></li>\n', ["緣起", "街坊的故事", "後記"])
    p.raw('<div class="post-content">')
    p.u("paragraph", "<p>{}</p>\n", pool.para())
    p.u("heading", '<h2 id="緣起">{}<a hidden class="anchor" aria-hidden="true" href="#緣起">#</a></h2>\n', "緣起")
    para = pool.para()
    cut = para.index("，") + 1
    p.u("paragraph", '<p>{}<sup id="fnref:1"><a href="#fn:1" class="footnote-ref" role="doc-noteref">{}</a></sup>{}</p>\n',
        para[:cut], "1", para[cut:])
    p.f('<p><img loading="lazy" src="street.jpg" alt="{}"></p>\n', "街角的士多")
    p.u("heading", '<h2 id="街坊的故事">{}<a hidden class="anchor" aria-hidden="true" href="#街坊的故事">#</a></h2>\n', "街坊的故事")
    p.u("paragraph", "<p>{}</p>\n", pool.para())
    p.u("paragraph", "<blockquote>\n<p>{}</p>\n</blockquote>\n", pool.para())
    p.u("paragraph", "<p>{}</p>\n", pool.para())
    p.u("heading", '<h2 id="後記">{}<a hidden class="anchor" aria-hidden="true" href="#後記">#</a></h2>\n', "後記")
    p.u("paragraph", "<p>{}</p>\n", pool.clause())
    p.raw('<div class="footnotes" role="doc-endnotes">\n<hr>\n<ol>\n')
    p.f('<li id="fn:1">\n<p>{}&#160;<a href="#fnref:1" class="footnote-backref" role="doc-backlink">{}</a></p>\n</li>\n</ol>\n</div>\n</div>\n',
        "士多即小型雜貨店，舊區街角常見。", "↩︎")
    p.raw('<footer class="post-footer">\n')
    p.links('<ul class="post-tags">{}</ul>\n', '<li><a href="#">{}</a></li>', ["舊區", "散步", "社區"])
    p.f('<nav class="paginav"><a class="prev" href="#"><span class="title">{}</span><br><span>{}</span></a>\n', "« 上一頁", "油麻地的早晨")
    p.f('<a class="next" href="#"><span class="title">{}</span><br><span>{}</span></a></nav>\n', "下一頁 »", "一個人的書店")
    p.links('<div class="share-buttons">{}</div>\n</footer>\n</article>\n</main>\n', '<a href="#" aria-label="{0}">{0}</a> ', ["分享到 X", "分享到 Facebook", "分享到 WhatsApp"])
    p.f('<footer class="footer"><span>{}</span> · <span>{}</span></footer>\n</body></html>\n', "© 2024 阿欣的慢活手記", "Powered by Hugo & PaperMod")


def d_readme(p: Page, pool: Pool) -> None:
    """4: GitHub-like repository page with its rendered README: header, repo name + Public, counts, tabs, branch bar,
    file list table, `README` box with <article class=markdown-body>: h1, badges, lead, h2 over <ul>, a code block,
    an options table, h3, a blockquote note, license; About sidebar, footer."""
    p.raw(head("GitHub - lintao/ci-wenben: 中文文本清洗工具") + "<body>\n<header class=\"AppHeader\">\n")
    p.links('<nav aria-label="Global">{}</nav>\n', '<a href="#">{}</a> ', ["Product", "Solutions", "Open Source", "Pricing"])
    p.links('<div class="AppHeader-actions">{}</div>\n</header>\n', '<a href="#">{}</a> ', ["Search or jump to...", "Sign in", "Sign up"])
    p.f('<div class="repohead"><strong><a href="#">{}</a> / <a href="#">{}</a></strong> <span class="Label">{}</span></div>\n',
        "lintao", "ci-wenben", "Public")
    p.links('<ul class="pagehead-actions">{}</ul>\n', "<li>{}</li>", ["Notifications", "Fork 86", "Star 1.2k"])
    p.links('<nav class="UnderlineNav">{}</nav>\n', '<a href="#">{}</a> ', ["Code", "Issues 12", "Pull requests 3", "Actions", "Wiki", "Security", "Insights"])
    p.f('<div class="file-navigation"><span>{}</span> <a href="#">{}</a> <a href="#">{}</a> <a href="#">{}</a> <span>{}</span></div>\n',
        "main", "3 Branches", "12 Tags", "Go to file", "Code")
    p.raw('<table aria-labelledby="folders-and-files">\n<tbody>\n')
    p.row('<tr><td>{}</td><td>{}</td><td>{}</td></tr>\n', "lintao", "修复繁体转换的边界情况", "3 days ago")
    p.row('<tr><td><a href="#">{}</a></td><td>{}</td><td>{}</td></tr>\n', "docs", "补充使用文档", "last month")
    p.row('<tr><td><a href="#">{}</a></td><td>{}</td><td>{}</td></tr>\n', "src/wenben", "修复繁体转换的边界情况", "3 days ago")
    p.row('<tr><td><a href="#">{}</a></td><td>{}</td><td>{}</td></tr>\n', "README.md", "更新安装说明", "2 weeks ago")
    p.raw("</tbody>\n</table>\n")
    p.f('<div class="Box-header"><h2>{}</h2></div>\n', "README")
    p.raw('<article class="markdown-body entry-content container-lg" itemprop="text">\n')
    p.u("title", '<div class="markdown-heading"><h1 class="heading-element">{}</h1></div>\n', "ci-wenben：中文文本清洗工具")
    p.raw('<p><a href="#"><img src="ci.svg" alt="build"></a> <a href="#"><img src="pypi.svg" alt="PyPI"></a></p>\n')
    p.u("paragraph", "<p>{}</p>\n", pool.para())
    p.u("heading", '<div class="markdown-heading"><h2 class="heading-element">{}</h2></div>\n', "功能特性")
    p.raw("<ul>\n")
    for k in range(3):
        p.u("paragraph", "<li>{}</li>\n", pool.sentence("；" if k < 2 else "。"))
    p.raw("</ul>\n")
    p.u("heading", '<div class="markdown-heading"><h2 class="heading-element">{}</h2></div>\n', "安装")
    p.u("paragraph", "<p>{}</p>\n", "需要 Python 3.9 或更高版本：")
    p.f('<div class="highlight highlight-source-shell"><pre>{}\n{}</pre></div>\n', "pip install ci-wenben", "wenben --help")
    p.u("heading", '<div class="markdown-heading"><h2 class="heading-element">{}</h2></div>\n', "使用说明")
    p.u("paragraph", "<p>{}</p>\n", pool.para())
    p.raw("<table>\n<thead>\n")
    p.row("<tr>\n<th>{}</th>\n<th>{}</th>\n</tr>\n</thead>\n<tbody>\n", "参数", "说明")
    p.row("<tr>\n<td><code>{}</code></td>\n<td>{}</td>\n</tr>\n", "--t2s", "繁体转简体")
    p.row("<tr>\n<td><code>{}</code></td>\n<td>{}</td>\n</tr>\n</tbody>\n</table>\n", "--dedup", "去除重复行")
    p.u("heading", '<div class="markdown-heading"><h3 class="heading-element">{}</h3></div>\n', "常见问题")
    p.u("paragraph", "<p>{}</p>\n", pool.para())
    p.u("paragraph", "<blockquote>\n<p>{}</p>\n</blockquote>\n", pool.para())
    p.u("heading", '<div class="markdown-heading"><h2 class="heading-element">{}</h2></div>\n', "许可证")
    p.u("paragraph", "<p>{}</p>\n", "本项目以 MIT 许可证发布。")
    p.raw("</article>\n")
    p.f('<div class="BorderGrid"><h2>{}</h2>\n<p>{}</p>\n', "About", "中文文本清洗工具")
    p.links('<div class="topics">{}</div>\n', '<a href="#">{}</a> ', ["nlp", "chinese", "text-cleaning"])
    p.links("<ul>{}</ul></div>\n", "<li>{}</li>", ["Readme", "MIT license", "1.2k stars", "14 watching", "86 forks"])
    p.links('<footer><ul>{}</ul></footer>\n</body></html>\n', "<li>{}</li>", ["© 2024 GitHub, Inc.", "Terms", "Privacy", "Security", "Status", "Docs"])


def d_zhihu(p: Page, pool: Pool) -> None:
    """5: Zhihu-like question page (UTF-8 BOM): app header, topic tags, <h1> question, the question's detail, follower
    counts, action bar, `N 个回答`, three answers (author name, bio line, 赞同 count, the answer with a bold head and
    <ul>, `发布于` / `编辑于` time, action bar; one with two comments open), related questions, ICP footer."""
    p.raw(head("为什么越来越多的城市开始建设“十五分钟生活圈”？ - 问答社区") + '<body>\n<header class="AppHeader">\n')
    p.f('<a href="/" class="AppHeader-logo"><img alt="{}" src="logo.svg"></a>\n', "知问")
    p.links('<nav class="AppHeader-Tabs">{}</nav>\n', '<a href="#">{}</a> ', ["首页", "会员", "发现", "等你来答"])
    p.f('<form class="SearchBar"><input placeholder="搜索"><button>{}</button></form>\n<button class="AppHeader-ask">{}</button>\n', "搜索", "提问")
    p.links('<div class="AppHeader-login">{}</div>\n</header>\n', '<a href="#">{}</a> ', ["登录", "注册"])
    p.raw('<main>\n<div class="QuestionHeader">\n')
    p.links('<div class="QuestionHeader-topics">{}</div>\n', '<a class="TopicLink" href="#">{}</a> ', ["城市规划", "公共服务", "社区"])
    p.u("title", '<h1 class="QuestionHeader-title">{}</h1>\n', "为什么越来越多的城市开始建设“十五分钟生活圈”？")
    p.u("paragraph", '<div class="QuestionRichText"><span>{}</span></div>\n', pool.para())
    p.f('<div class="NumberBoard"><span>{}</span> <strong>{}</strong> <span>{}</span> <strong>{}</strong></div>\n', "关注者", "1,203", "被浏览", "356,781")
    p.links('<div class="QuestionHeader-actions">{}</div>\n</div>\n', "<button>{}</button> ", ["关注问题", "写回答", "邀请回答", "好问题 12", "添加评论", "分享"])
    p.f('<div class="List-header"><h4>{}</h4> <span>{}</span></div>\n', "58 个回答", "默认排序")
    answers = [("刘晓峰", "城市规划师，关注社区更新", "2,345 人赞同了该回答", "发布于 2024-03-12 09:41", True),
               ("林小满", "公共管理专业在读", "486 人赞同了该回答", "编辑于 2024-03-20 22:08", False),
               ("沈一舟", "街道工作人员", "97 人赞同了该回答", "发布于 2024-04-02 13:15", False)]
    for k, (name, bio, votes, time, rich) in enumerate(answers):
        p.raw('<div class="List-item"><div class="ContentItem AnswerItem">\n<div class="AuthorInfo">')
        p.f('<img class="Avatar" alt="{}" src="a.jpg">', name)
        p.u("byline", '<div class="AuthorInfo-name"><a class="UserLink-link" href="#">{}</a></div>\n', name)
        p.f('<div class="AuthorInfo-badgeText">{}</div>\n</div>\n', bio)
        p.f('<div class="Voters"><button>{}</button></div>\n', votes)
        p.raw('<div class="RichContent-inner"><span class="RichText">\n')
        p.u("paragraph", "<p>{}</p>\n", pool.para())
        if rich:
            p.u("heading", "<p><b>{}</b></p>\n", "一、生活圈到底圈什么")
            p.u("paragraph", "<p>{}</p>\n", pool.para())
            p.u("heading", "<p><b>{}</b></p>\n", "二、难点在哪里")
            p.raw("<ul>\n")
            for j in range(3):
                p.u("paragraph", "<li>{}</li>\n", pool.sentence("；" if j < 2 else "。"))
            p.raw("</ul>\n")
        p.u("paragraph", "<p>{}</p>\n", pool.para() if k < 2 else pool.clause())
        p.raw("</span></div>\n")
        p.u("meta", '<div class="ContentItem-time"><a href="#"><span>{}</span></a></div>\n', time)
        p.links('<div class="ContentItem-actions">{}</div>\n', "<button>{}</button> ",
                [f"赞同 {votes.split(' ')[0]}", ["126 条评论", "32 条评论", "添加评论"][k], "分享", "收藏", "喜欢"])
        if k == 0:
            p.raw('<div class="Comments">\n')
            p.f('<div class="CommentItem"><b>{}</b> <span>{}</span><p>{}</p></div>\n', "老街坊", "03-13", "我们小区门口就有一个，买菜确实方便多了。")
            p.f('<div class="CommentItem"><b>{}</b> <span>{}</span><p>{}</p></div>\n</div>\n', "Momo", "03-14", "想知道老城区怎么落地。")
        p.raw("</div></div>\n")
    p.f('<a class="QuestionMainAction" href="#">{}</a>\n</main>\n', "查看全部 58 个回答")
    p.f('<aside><h3>{}</h3>\n', "相关问题")
    p.links("<ul>{}</ul></aside>\n", '<li><a href="#">{}</a></li>\n', ["老旧小区改造应该优先做什么？", "社区食堂能持续经营吗？"])
    p.f('<footer>{}<br>{}</footer>\n</body></html>\n', "京ICP证180318号 京公网安备 11010802020088号", "© 2024 知问")


def d_forum(p: Page, pool: Pool) -> None:
    """6: Discuz!-like thread in div layout (GBK declared gbk): top bar with login form, nav, crumb, 查看 / 回复
    counts, `[经验分享]` + thread title, 楼主 post (poster box with UID / 帖子 / 积分, `发表于` line with 只看该作者
    and the floor, edit note, the post with bold heads, 回复 / 支持 bar, signature), floors 2-4 with a quote block
    (replies: debris), pager, fast reply box, footer with ICP."""
    p.raw(head("小区旁边开了社区食堂，去吃了一个月说说感受 - 美食天地 - 城东论坛") + "<body>\n")
    p.links('<div id="toptb">{}</div>\n', '<a href="#">{}</a> ', ["设为首页", "收藏本站", "用户名", "密码", "自动登录", "找回密码", "登录", "立即注册"])
    p.links('<div id="nv"><ul>{}</ul></div>\n', '<li><a href="#">{}</a></li>', ["首页", "论坛", "活动", "家居", "排行榜"])
    p.f('<div id="pt" class="bm"><a href="#">{}</a> <em>›</em> <a href="#">{}</a> <em>›</em> <a href="#">{}</a> <em>›</em> {}</div>\n',
        "城东论坛", "论坛", "城市生活", "美食天地")
    p.f('<div class="hm ptn"><span class="xg1">{}</span> <span class="xi1">{}</span><span class="pipe">|</span><span class="xg1">{}</span> <span class="xi1">{}</span></div>\n',
        "查看:", "12468", "回复:", "86")
    p.f('<h1 class="ts"><a href="#">{}</a>\n', "[经验分享]")
    p.u("title", '<span id="thread_subject">{}</span></h1>\n', "小区旁边开了社区食堂，去吃了一个月说说感受")
    p.f('<span class="xg1"><a href="#">{}</a></span>\n', "[复制链接]")
    p.raw('<div id="postlist">\n<div id="post_1" class="post">\n<div class="pls">\n')
    p.u("byline", '<div class="authi"><a href="#" class="xw1">{}</a></div>\n', "东门老陈")
    p.row('<table class="cl"><tr><td>{}</td><td>{}</td><td>{}</td></tr><tr><td>{}</td><td>{}</td><td>{}</td></tr></table>\n',
          "1268", "3412", "9035", "主题", "帖子", "积分")
    p.f('<p><em>{}</em></p>\n</div>\n<div class="plc">\n', "金牌会员")
    p.f('<div class="pi"><strong><a href="#">{}</a></strong>\n', "楼主")
    p.u("byline", '<div class="authi"><em>{}</em>', "发表于 2024-4-2 21:15")
    p.f(' <span class="pipe">|</span> <a href="#">{}</a></div></div>\n', "只看该作者")
    p.f('<div class="pct"><i class="pstatus">{}</i><br>\n', "本帖最后由 东门老陈 于 2024-4-3 08:20 编辑")
    p.u("paragraph", '<table><tr><td class="t_f">{}<br>\n<br>\n', pool.para())
    p.u("heading", "<strong>{}</strong><br>\n", "【价格】")
    p.u("paragraph", "{}<br>\n<br>\n", pool.para())
    p.u("heading", "<strong>{}</strong><br>\n", "【口味】")
    p.u("paragraph", "{}<br>\n<br>\n", pool.para())
    p.u("paragraph", "{}</td></tr></table></div>\n", pool.clause())
    p.links('<div class="po">{}</div>\n', '<a href="#">{}</a> ', ["回复", "支持 (36)", "反对 (2)"])
    p.f('<div class="sign">{}</div>\n</div>\n</div>\n', "吃遍城东，不如家门口一碗面。")
    replies = [("沙发", "小鱼儿", "发表于 2024-4-2 21:40", "东门老陈 发表于 2024-4-2 21:15", "价格确实实在，就是中午人太多了，得早点去。"),
               ("板凳", "阿杰2019", "发表于 2024-4-3 07:52", None, "楼主说的那家我也去过，红烧肉不错。"),
               ("4#", "清风徐来", "发表于 2024-4-3 12:06", None, "希望能多开几家，老人吃饭方便。")]
    for floor, name, time, quoted, reply in replies:
        p.raw('<div class="post">\n<div class="pls">')
        p.f('<div class="authi"><a href="#">{}</a></div>\n', name)
        p.f('<p><em>{}</em></p>\n</div>\n<div class="plc">\n', "注册会员")
        p.f('<div class="pi"><strong><a href="#">{}</a></strong>\n<div class="authi"><em>{}</em> <span class="pipe">|</span> <a href="#">{}</a></div></div>\n',
            floor, time, "只看该作者")
        if quoted:
            p.f('<div class="quote"><blockquote><font size="2"><font color="#999999">{}</font></font><br>\n{}</blockquote></div>\n',
                quoted, "去了一个月，说说感受……")
        p.f('<table><tr><td class="t_f">{}</td></tr></table>\n', reply)
        p.links('<div class="po">{}</div>\n</div>\n</div>\n', '<a href="#">{}</a> ', ["回复", "支持", "反对"])
    p.raw("</div>\n")
    p.links('<div class="pg">{}</div>\n', '<a href="#">{}</a> ', ["1", "2", "3", "下一页"])
    p.f('<div id="f_pst"><textarea></textarea><p>{}</p><button>{}</button></div>\n', "您需要登录后才可以回帖", "发表回复")
    p.f('<div id="ft"><p>{}</p><p>{}</p></div>\n</body></html>\n', "Powered by Discuz! X3.4", "© 2001-2024 城东论坛　浙ICP备12034567号-2")


def d_baike(p: Page, pool: Pool) -> None:
    """7: Baike-like encyclopedia entry: search header, nav, <h1> lemma + <h2> gloss (heading), 编辑 / 讨论 / 收藏
    tools, lead summary with [n] reference marks, an infobox table, 目录, sections <h2> / <h3> with `编辑` links,
    参考资料 list (debris), 词条标签, 词条统计 / update stamp (debris), footer with ICP."""
    p.raw(head("南屏桥（江州市跨江桥梁）_知识百科") + "<body>\n")
    p.f('<div class="header"><a href="/"><img alt="{}" src="logo.png"></a><input name="word"><button>{}</button><button>{}</button></div>\n',
        "知识百科", "进入词条", "全站搜索")
    p.links('<div class="navbar">{}</div>\n', '<a href="#">{}</a> ', ["首页", "秒懂百科", "特色百科", "知识专题", "用户", "权威合作"])
    p.raw('<div class="main-content">\n<dl class="lemmaWgt-lemmaTitle"><dd>\n')
    p.u("title", "<h1>{}</h1>\n", "南屏桥")
    p.u("heading", "<h2>{}</h2>\n", "（江州市跨江桥梁）")
    p.links('</dd></dl>\n<div class="lemma-tools">{}</div>\n', '<a href="#">{}</a> ', ["编辑", "讨论", "上传视频", "收藏", "有用+1", "分享"])
    p.raw('<div class="lemma-summary">\n')
    p.u("paragraph", '<div class="para">{}<sup class="sup--normal">{}</sup></div>\n', pool.para(), "[1]")
    p.u("paragraph", '<div class="para">{}</div>\n', pool.para())
    p.raw("</div>\n<table class=\"basicInfo\">\n")
    for k, (a, b) in enumerate([("中文名", "南屏桥"), ("所属地区", "江州市"), ("类　型", "斜拉桥"), ("全　长", "1688米"), ("开工时间", "2016年3月"), ("通车时间", "2020年12月")]):
        if k % 2 == 0:
            p.raw("<tr>")
        p.row("<th>{}</th><td>{}</td>", a, b)
        if k % 2 == 1:
            p.raw("</tr>\n")
    p.raw("</table>\n")
    p.f('<div class="lemmaWgt-lemmaCatalog"><h2>{}</h2>\n', "目录")
    p.links("<ol>{}</ol></div>\n", '<li><a href="#">{}</a></li>\n', ["1 建设历程", "2 桥梁结构", "2.1 主塔", "2.2 斜拉索", "3 交通意义"])
    for head_, subs in (("建设历程", []), ("桥梁结构", ["主塔", "斜拉索"]), ("交通意义", [])):
        p.raw('<div class="para-title level-2">')
        p.u("heading", "<h2 class=\"title-text\">{}</h2>", head_)
        p.f(' <a class="edit-icon" href="#">{}</a></div>\n', "编辑")
        if subs:
            p.u("paragraph", '<div class="para">{}</div>\n', pool.para())
            for sub in subs:
                p.u("heading", '<div class="para-title level-3"><h3 class="title-text">{}</h3></div>\n', sub)
                p.u("paragraph", '<div class="para">{}</div>\n', pool.para())
        else:
            p.u("paragraph", '<div class="para">{}<sup class="sup--normal">{}</sup></div>\n', pool.para(), "[2]")
            p.u("paragraph", '<div class="para">{}</div>\n', pool.para())
    p.f('<dl class="lemma-reference"><dt>{}</dt>\n', "参考资料")
    p.links("<dd><ul>{}</ul></dd></dl>\n", "<li>{}</li>\n",
            ["1.　南屏桥建成通车　．江州日报．2020-12-28", "2.　跨江通道规划（2021—2035）　．江州市交通运输局．2021-06-15"])
    p.f('<div id="open-tag"><span>{}</span>', "词条标签：")
    p.links("{}</div>\n", '<span class="taglist">{}</span> ', ["地理", "交通", "建筑"])
    p.f('<div class="side-content"><h3>{}</h3><ul><li>{}</li><li>{}</li><li>{}</li></ul></div>\n</div>\n',
        "词条统计", "浏览次数：48213次", "编辑次数：17次历史版本", "最近更新：江城小编 （2024-03-21）")
    p.f('<div class="footer">{}<br>{}</div>\n</body></html>\n', "©2024 知识百科 使用前必读 百科协议", "京ICP证030173号")


def d_product(p: Page, pool: Pool) -> None:
    """8: Taiwan appliance product page (s2tw, UTF-8 BOM): member bar, logo alt, nav, crumb, gallery alts, <h1>
    product name, slogan (heading), price / 加入購物車 (debris), 產品特色 <h2> over <h3> features, 產品規格 <h2> over a
    spec table, 常見問題 <h2> over a <dl> (<dt> heading, <dd> paragraph), 購物須知 list (debris), footer with 統一編號."""
    p.raw(head("清風 Q7 智慧空氣清淨機｜綠居家電官方商城") + "<body>\n")
    p.links('<div class="member-bar">{}</div>\n', '<a href="#">{}</a> ', ["會員登入", "訂單查詢", "購物車(0)"])
    p.f('<header><a href="/"><img alt="{}" src="logo.png"></a>\n', "綠居家電官方商城")
    p.links("<nav>{}</nav></header>\n", '<a href="#">{}</a> ', ["空氣清淨機", "除濕機", "電風扇", "濾網耗材", "優惠活動"])
    p.f('<div class="breadcrumb"><a href="#">{}</a> / <a href="#">{}</a> / <span>{}</span></div>\n', "首頁", "空氣清淨機", "清風 Q7")
    p.f('<div class="gallery"><img alt="{}" src="q7-1.jpg"><img alt="{}" src="q7-2.jpg"></div>\n', "清風 Q7 正面", "清風 Q7 濾網")
    p.raw('<div class="product-info">\n')
    p.u("title", "<h1>{}</h1>\n", "清风 Q7 智能空气净化器")
    p.u("heading", '<p class="slogan">{}</p>\n', "安静净化，一整夜好眠")
    p.f('<div class="price"><del>{}</del> <strong>{}</strong></div>\n', "NT$15,900", "NT$12,900")
    p.f('<div class="buy"><button>{}</button> <button>{}</button></div>\n</div>\n', "加入購物車", "立即購買")
    p.u("paragraph", "<p>{}</p>\n", pool.para())
    p.u("heading", "<h2>{}</h2>\n", "产品特色")
    for feature in ("三层滤网", "睡眠模式", "手机远程控制"):
        p.u("heading", "<h3>{}</h3>\n", feature)
        p.u("paragraph", "<p>{}</p>\n", pool.para())
    p.u("heading", "<h2>{}</h2>\n", "产品规格")
    p.raw('<table class="spec">\n')
    for a, b in (("型號", "GQ7-TW"), ("適用坪數", "8-15坪"), ("CADR", "420 m³/h"), ("額定功率", "45W"), ("噪音值", "22-52 dB"), ("重量", "7.2kg")):
        p.row("<tr><th>{}</th><td>{}</td></tr>\n", a, b)
    p.raw("</table>\n")
    p.u("heading", "<h2>{}</h2>\n", "常见问题")
    p.raw('<dl class="faq">\n')
    for q in ("Q：滤网多久需要更换？", "Q：可以在浴室使用吗？", "Q：保固期多久？"):
        p.u("heading", "<dt>{}</dt>\n", q)
        p.u("paragraph", "<dd>{}</dd>\n", pool.para())
    p.raw("</dl>\n")
    p.f('<div class="notice"><h4>{}</h4>\n', "購物須知")
    p.links("<ol>{}</ol></div>\n", "<li>{}</li>\n", ["商品圖片僅供參考，以實際出貨為準。", "七天鑑賞期非試用期，退貨請保持商品完整。"])
    p.f('<footer><p>{}</p><p>{}</p><p>{}</p></footer>\n</body></html>\n', "綠居家電股份有限公司　統一編號：24681357",
        "客服專線：0800-123-456（週一至週五 9:00-18:00）", "Copyright © 2024 GreenHome. All rights reserved.")


def d_blog(p: Page, pool: Pool) -> None:
    """9: WordPress-like blog post (UTF-8): skip link, site title and tagline, menu, <h1> entry title, `作者 · date`
    entry meta (byline), 分类 line, <h3> heads, a <figure> with caption, a <blockquote>, tags, share, post
    navigation, `N 条评论` with a nested comment thread and the reply form, sidebar (search, 近期文章, tag cloud,
    归档), footer with ICP."""
    p.raw(head("读《街道的美学》：慢下来的城市 – 青简读书") + '<body class="post-template-default single">\n')
    p.f('<a class="skip-link screen-reader-text" href="#content">{}</a>\n', "跳至内容")
    p.f('<header id="masthead"><p class="site-title"><a href="/">{}</a></p><p class="site-description">{}</p>\n', "青简读书", "读书、行走与记录")
    p.links('<nav id="site-navigation"><ul>{}</ul></nav></header>\n', '<li><a href="#">{}</a></li>', ["首页", "读书笔记", "城市漫步", "关于我"])
    p.raw('<main id="main"><article class="post">\n<header class="entry-header">\n')
    p.u("title", '<h1 class="entry-title">{}</h1>\n', "读《街道的美学》：慢下来的城市")
    p.u("byline", '<div class="entry-meta">{}</div>\n', "李青 · 2024年3月2日")
    p.f('<div class="cat-links">{}<a href="#">{}</a></div>\n</header>\n<div class="entry-content">\n', "分类：", "读书笔记")
    p.u("paragraph", "<p>{}</p>\n", pool.para())
    p.u("paragraph", "<p>{}</p>\n", pool.para())
    p.u("heading", "<h3>{}</h3>\n", "街道是用来走的")
    p.u("paragraph", "<p>{}</p>\n", pool.para())
    p.f('<figure class="wp-block-image"><img src="street.jpg" alt=""><figcaption>{}</figcaption></figure>\n', "老城区的一条步行街，摄于去年秋天")
    p.u("paragraph", '<blockquote class="wp-block-quote"><p>{}</p></blockquote>\n', pool.para())
    p.u("heading", "<h3>{}</h3>\n", "几点感想")
    p.u("paragraph", "<p>{}</p>\n", pool.para())
    p.u("paragraph", "<p>{}</p>\n", pool.clause())
    p.raw("</div>\n<footer class=\"entry-footer\">")
    p.links('<span class="tags-links">标签：{}</span>\n', '<a href="#" rel="tag">{}</a> ', ["城市", "建筑", "读书"])
    p.links('<div class="sharedaddy"><h3>分享此文：</h3>{}</div>\n</footer>\n</article>\n', '<a href="#">{}</a> ', ["微信", "微博", "豆瓣"])
    p.f('<nav class="post-navigation"><div class="nav-previous"><a href="#">{}</a></div><div class="nav-next"><a href="#">{}</a></div></nav>\n',
        "上一篇：春天的植物园", "下一篇：一个人的书店地图")
    p.f('<div id="comments" class="comments-area"><h2 class="comments-title">{}</h2>\n<ol class="comment-list">\n', "《读《街道的美学》：慢下来的城市》有3条评论")
    comments = [("小舟", "2024年3月2日 21:14", "写得真好，我也想去看看这本书。", 0),
                ("李青", "2024年3月2日 22:01", "谢谢！图书馆就有，可以借来读。", 1),
                ("城南旧事", "2024年3月3日 09:37", "街道是用来走的，这句话说到心里了。", 0)]
    for name, time, text, depth in comments:
        p.f(f'<li class="comment depth-{depth + 1}"><div class="comment-author"><b class="fn">{{}}</b> <span class="says">说道：</span></div>'
            '<div class="comment-metadata"><a href="#">{}</a></div>\n<div class="comment-content"><p>{}</p></div><div class="reply"><a href="#">{}</a></div></li>\n',
            name, time, text, "回复")
    p.f('</ol>\n<div id="respond"><h3>{}</h3><p>{}</p><p><textarea></textarea></p><p><input type="submit" value="发表评论"></p></div></div>\n</main>\n',
        "发表回复", "您的电子邮箱地址不会被公开。必填项已用*标注")
    p.f('<aside id="secondary"><form role="search"><input type="search"><button>{}</button></form>\n<h2>{}</h2>\n', "搜索", "近期文章")
    p.links("<ul>{}</ul>\n", '<li><a href="#">{}</a></li>', ["春天的植物园", "一个人的书店地图", "旧书摊淘书记"])
    p.f("<h2>{}</h2>\n", "标签")
    p.raw('<div class="tagcloud">')
    for tag, size in (("读书", 22), ("城市", 18), ("散步", 12), ("摄影", 9), ("旅行", 15), ("植物", 8)):
        p.f(f'<a href="#" style="font-size:{size}pt">{{}}</a> ', tag)
    p.raw("</div>\n")
    p.f("<h2>{}</h2>\n", "归档")
    p.links("<ul>{}</ul></aside>\n", '<li><a href="#">{}</a></li>', ["2024年3月", "2024年2月", "2024年1月"])
    p.f('<footer id="colophon"><a href="#">{}</a> | <a href="#">{}</a></footer>\n</body></html>\n', "自豪地采用WordPress", "京ICP备19022345号-1")


def d_mhonarc(p: Page, pool: Pool) -> None:
    """10: MHonArc message page (s2hk, UTF-8; held16): [Date Prev][Date Next][Thread Prev][Thread Next][Index] bar,
    <h1> subject, header list (To / Subject / From / Date / Message-id: From and Date content), <pre> body with quoted
    `> ` lines, a `重點：` lead-in over `1.` items, sign-off, `-- ` sig, follow-ups list."""
    p.raw(head("Re: [hk-hiking] 大帽山秋季行山路線建議") + "<body>\n<!--X-Body-Begin-->\n")
    p.links("<hr>\n{}\n<hr>\n", '[<a href="#">{}</a>]', ["Date Prev", "Date Next", "Thread Prev", "Thread Next", "Date Index", "Thread Index"])
    p.u("title", "<h1>{}</h1>\n<hr>\n", "Re: [hk-hiking] 大帽山秋季行山路線建議")
    p.raw("<ul>\n")
    p.f("<li><em>To</em>: {}</li>\n", "hk-hiking@lists.example.org.hk")
    p.f("<li><em>Subject</em>: {}</li>\n", "Re: [hk-hiking] 大帽山秋季行山路線建議")
    p.u("byline", "<li><em>{}</em>{}", "From", ": 何穎欣")
    p.f(' &lt;<a href="mailto:winghy@example.org.hk">{}</a>&gt;</li>\n', "winghy@example.org.hk")
    p.u("meta", "<li><em>{}</em>{}</li>\n", "Date", ": Sat, 19 Oct 2024 08:05:41 +0800")
    p.f("<li><em>Message-id</em>: &lt;{}&gt;</li>\n</ul>\n<hr>\n<pre>\n", "8f2c1a0e-77@example.org.hk")
    p.pref(["On 18/10/2024 22:47, 梁志強 wrote:", "> 想找一條適合新手的路線，兩三個鐘可以行完。", "> 有冇人可以推介？"])
    p.pre("paragraph", "志強你好：")
    p.pre("paragraph", pool.para(), width=35)
    p.pre("paragraph", "重點如下：", after="\n")
    for k in range(2):
        p.pre("paragraph", f"{k + 1}. {pool.sentence('；' if k == 0 else '。')}", width=35, after="\n" if k == 0 else "\n\n")
    p.pre("paragraph", pool.para(), width=35)
    p.pre("meta", "穎欣", after="\n")
    p.pref(["-- ", "何穎欣", "香港行山同樂會義務幹事"], after="")
    p.raw("</pre>\n<hr>\n")
    p.f("<ul><li><strong>{}</strong>:\n", "Follow-Ups")
    p.f('<ul><li><strong><a href="#">{}</a></strong> <ul><li><em>From:</em> {}</li></ul></li></ul></li></ul>\n', "Re: [hk-hiking] 大帽山秋季行山路線建議", "梁志強")
    p.links("<hr>\n{}\n<hr>\n", '[<a href="#">{}</a>]', ["Date Prev", "Date Next", "Thread Prev", "Thread Next", "Date Index", "Thread Index"])
    p.f("<address>{}</address>\n</body></html>\n", "Archive generated by MHonArc 2.6.24")


def d_mkdocs(p: Page, pool: Pool) -> None:
    """11: MkDocs Material documentation page (UTF-8 BOM; held16): skip link, header, search, tabs, left nav, right
    `目录` TOC, <h1>, <h2> heads with `¶` permalinks, an admonition (title: heading), a code block, footnote ref and
    <div class=footnote>, `最后更新` stamp (debris), prev / next footer, `Made with Material for MkDocs`."""
    p.raw(head("数据标注规范 - 语料平台文档") + '<body dir="ltr">\n')
    p.f('<a href="#intro" class="md-skip">{}</a>\n', "跳转至")
    p.f('<header class="md-header"><a href="/" class="md-logo" aria-label="{}"></a><div class="md-header__title">{}</div>\n', "语料平台文档", "语料平台文档")
    p.f('<form class="md-search__form"><input placeholder="{}"></form></header>\n', "搜索")
    p.links('<nav class="md-tabs"><ul>{}</ul></nav>\n', '<li><a href="#">{}</a></li>', ["首页", "快速开始", "标注规范", "接口参考"])
    p.raw('<div class="md-sidebar md-sidebar--primary"><nav class="md-nav">')
    p.links("<ul>{}</ul></nav></div>\n", '<li><a href="#">{}</a></li>', ["概览", "实体标注", "关系标注", "质检流程"])
    p.raw('<div class="md-sidebar md-sidebar--secondary"><nav class="md-nav md-nav--secondary">')
    p.f('<label class="md-nav__title">{}</label>', "目录")
    p.links("<ul>{}</ul></nav></div>\n", '<li><a href="#">{}</a></li>', ["适用范围", "标注原则", "常见错误"])
    p.raw('<div class="md-content"><article class="md-content__inner md-typeset">\n')
    p.u("title", '<h1 id="intro">{}</h1>\n', "实体标注规范")
    p.u("paragraph", "<p>{}</p>\n", pool.para())
    p.u("heading", '<h2 id="scope">{}<a class="headerlink" href="#scope" title="Permanent link">¶</a></h2>\n', "适用范围")
    para = pool.para()
    cut = para.index("，") + 1
    p.u("paragraph", '<p>{}<sup id="fnref:1"><a class="footnote-ref" href="#fn:1">{}</a></sup>{}</p>\n', para[:cut], "1", para[cut:])
    p.u("heading", '<h2 id="rules">{}<a class="headerlink" href="#rules" title="Permanent link">¶</a></h2>\n', "标注原则")
    p.raw("<ol>\n")
    for k in range(3):
        p.u("paragraph", "<li>{}</li>\n", pool.sentence("；" if k < 2 else "。"))
    p.raw("</ol>\n")
    p.raw('<div class="admonition warning">\n')
    p.u("heading", '<p class="admonition-title">{}</p>\n', "注意")
    p.u("paragraph", "<p>{}</p>\n", pool.para())
    p.raw("</div>\n")
    p.f('<div class="highlight"><pre><span></span><code>{}\n</code></pre></div>\n', '{"text": "……", "label": "ORG", "start": 3, "end": 9}')
    p.u("heading", '<h2 id="errors">{}<a class="headerlink" href="#errors" title="Permanent link">¶</a></h2>\n', "常见错误")
    p.u("paragraph", "<p>{}</p>\n", pool.para())
    p.u("paragraph", "<p>{}</p>\n", pool.clause())
    p.raw('<div class="footnote">\n<hr />\n<ol>\n')
    p.f('<li id="fn:1">\n<p>{}&#160;<a class="footnote-backref" href="#fnref:1" title="Jump back to footnote 1 in the text">{}</a></p>\n</li>\n</ol>\n</div>\n',
        "标注工具的快捷键见“快速开始”一章。", "↩")
    p.f('<aside class="md-source-file"><span class="md-source-file__fact">{}</span></aside>\n</article></div>\n', "最后更新: 2024年4月2日")
    p.f('<footer class="md-footer"><nav class="md-footer__inner"><a href="#" class="md-footer__link--prev">{}</a> <a href="#" class="md-footer__link--next">{}</a></nav>\n',
        "上一页 概览", "下一页 关系标注")
    p.f('<div class="md-copyright">{}<br>{}</div></footer>\n</body></html>\n', "Copyright © 2024 语料平台", "Made with Material for MkDocs")


def d_qa2(p: Page, pool: Pool) -> None:
    """12: developer Q&A page (SegmentFault / Stack Overflow-like, GB18030; held16): header, <h1> question, `陈默 提问于
    date · 浏览 N` (byline with its date), votes, the question (paragraph + code block), tags, question comments,
    `2 个回答`, an 已采纳 answer and a second one (each: vote count, paragraphs, `1.` items, `张立 回答于 date`: byline),
    related, footer with ICP."""
    p.raw(head("Python 读取 GBK 编码的 CSV 文件出现乱码怎么办？ - 技术问答") + "<body>\n")
    p.f('<nav class="navbar"><a href="/">{}</a>', "码问")
    p.links("{}</nav>\n", '<a href="#">{}</a> ', ["问答", "专栏", "课程", "活动", "登录", "注册"])
    p.raw('<div class="question">\n')
    p.u("title", "<h1>{}</h1>\n", "Python 读取 GBK 编码的 CSV 文件出现乱码怎么办？")
    p.u("byline", '<div class="meta"><a href="#">{}</a>{}</div>\n', "陈默", " 提问于 2024-02-18 10:03")
    p.f('<div class="stats">{}　{}</div>\n', "浏览 2.3k", "关注 5")
    p.f('<div class="vote"><button>▲</button><span>{}</span><button>▼</button></div>\n', "3")
    p.u("paragraph", '<div class="body"><p>{}</p>\n', pool.para())
    p.f('<pre><code>{}\n{}</code></pre></div>\n', "import pandas as pd", "df = pd.read_csv(\"data.csv\")")
    p.links('<div class="tags">{}</div>\n', '<a class="tag" href="#">{}</a> ', ["python", "pandas", "编码"])
    p.f('<div class="comments"><p>{} – <a href="#">{}</a> {}</p></div>\n</div>\n', "文件是从哪里导出的？", "李工", "02-18")
    p.f('<h3 class="answers-title">{}</h3>\n', "2 个回答")
    for name, time, accepted in (("张立", " 回答于 2024-02-18 11:20", True), ("王可", " 回答于 2024-02-19 08:47", False)):
        p.raw('<div class="answer">\n')
        p.f('<div class="vote"><span>{}</span></div>\n', "12" if accepted else "2")
        if accepted:
            p.f('<span class="accepted">{}</span>\n', "✓ 已采纳")
        p.u("paragraph", "<p>{}</p>\n", pool.para())
        if accepted:
            for j in range(2):
                p.u("paragraph", "<p>{}</p>\n", f"{j + 1}. {pool.sentence('；' if j == 0 else '。')}")
            p.f('<pre><code>{}</code></pre>\n', "df = pd.read_csv(\"data.csv\", encoding=\"gb18030\")")
            p.u("paragraph", "<p>{}</p>\n", pool.para())
        else:
            p.u("paragraph", "<p>{}</p>\n", pool.clause())
        p.u("byline", '<div class="meta"><a href="#">{}</a>{}</div>\n', name, time)
        p.links('<div class="actions">{}</div>\n</div>\n', '<a href="#">{}</a> ', ["赞同", "评论", "分享"])
    p.f("<aside><h4>{}</h4>", "相关问题")
    p.links("<ul>{}</ul></aside>\n", '<li><a href="#">{}</a></li>', ["Excel 另存为 CSV 后中文乱码", "open() 的 errors 参数怎么用？"])
    p.f('<footer>{}<br>{}</footer>\n</body></html>\n', "© 2024 码问社区", "沪ICP备15012345号-3")


def d_forum2(p: Page, pool: Pool) -> None:
    """13: Taiwan forum thread (Mobile01-like, s2tw, Big5; held16): header, board crumb, <h1> title, 瀏覽 / 回覆 counts,
    posts in divs: poster box (name, 等級, 文章數), `2024-06-01 21:14` + `#1` floor line, the post with a bold head and
    an image, `分享` bar, signature; replies #2-#3 with a quote block (debris), pager, footer."""
    p.raw(head("新手第一次露營，裝備清單與心得分享 - 戶外休閒討論區") + "<body>\n")
    p.f('<header><a href="/"><img alt="{}" src="logo.png"></a>\n', "同好論壇")
    p.links("<nav>{}</nav></header>\n", '<a href="#">{}</a> ', ["首頁", "汽車", "手機", "戶外休閒", "登入", "註冊"])
    p.f('<div class="crumb"><a href="#">{}</a> › <a href="#">{}</a> › <a href="#">{}</a></div>\n', "首頁", "戶外休閒", "露營討論區")
    p.u("title", '<h1 class="topic">{}</h1>\n', "新手第一次露营，装备清单与心得分享")
    p.f('<div class="topic-stat">{}　{}</div>\n', "瀏覽 8,452", "回覆 37")
    posts = [("山風", "2024-06-01 21:14", "#1"), ("露營小白", "2024-06-01 22:03", "#2"), ("阿光", "2024-06-02 07:30", "#3")]
    for k, (name, time, floor) in enumerate(posts):
        p.raw('<article class="post">\n<div class="author-box">')
        if k == 0:
            p.u("byline", '<div class="name"><a href="#">{}</a></div>\n', name)
        else:
            p.f('<div class="name"><a href="#">{}</a></div>\n', name)
        p.f('<div class="info">{}　{}</div>\n</div>\n', "等級: 5", "文章: 1,208" if k == 0 else "文章: 36")
        p.raw('<div class="post-head">')
        if k == 0:
            p.u("byline", '<span class="date">{}</span>', time)
        else:
            p.f('<span class="date">{}</span>', time)
        p.f(' <span class="floor">{}</span></div>\n', floor)
        if k == 0:
            p.u("paragraph", '<div class="post-body">{}<br><br>\n', pool.para())
            p.u("heading", "<b>{}</b><br>\n", "▍裝備清單")
            p.u("paragraph", "{}<br>\n", "帳篷、睡袋、睡墊、炊具、頭燈")
            p.f('<img alt="{}" src="camp.jpg"><br>\n', "營地照片")
            p.u("heading", "<b>{}</b><br>\n", "▍心得")
            p.u("paragraph", "{}<br><br>\n", pool.para())
            p.u("paragraph", "{}</div>\n", pool.clause())
            p.links('<div class="post-tools">{}</div>\n', '<a href="#">{}</a> ', ["分享", "回覆", "引言回覆"])
            p.f('<div class="signature">{}</div>\n</article>\n', "週末就是要往山裡跑")
        else:
            if k == 1:
                p.f('<blockquote class="quote"><div class="quote-author">{}</div>{}</blockquote>\n', "山風 wrote:", "帳篷、睡袋、睡墊、炊具、頭燈")
            p.f('<div class="post-body">{}</div>\n</article>\n', ["請問睡墊是充氣的還是泡棉的？", "營地有推薦嗎？想帶小孩去。"][k - 1])
    p.links('<div class="pagination">{}</div>\n', '<a href="#">{}</a> ', ["1", "2", "3", "下一頁", "最後一頁"])
    p.f('<footer>{}<br>{}</footer>\n</body></html>\n', "同好論壇　服務條款　隱私權政策", "Copyright © 2024 同好數位股份有限公司")


def d_wiki(p: Page, pool: Pool) -> None:
    """14: MediaWiki-like encyclopedia article (s2hk, UTF-8; held16): jump links, personal tools, <h1>, `出自…` tagline,
    a hatnote, an infobox table (cells), the lead with [n] marks, #toc with numbered entries, <h2> / <h3> heads with
    [編輯] links, 參考資料 <ol class=references> (debris), 分類 bar, the last-edited stamp and footer links."""
    p.raw(head("青衣島 - 共享百科，自由的百科全書") + '<body class="mediawiki">\n')
    p.links('<div id="jump-to-nav">{}</div>\n', '<a href="#">{}</a> ', ["跳到導覽", "跳到搜尋"])
    p.links('<div id="p-personal"><ul>{}</ul></div>\n', '<li><a href="#">{}</a></li>', ["沒有登入", "對話頁", "貢獻", "建立帳號", "登入"])
    p.links('<div id="p-views">{}</div>\n', '<a href="#">{}</a> ', ["條目", "討論", "閱讀", "編輯", "檢視歷史"])
    p.raw('<div id="content">\n')
    p.u("title", '<h1 id="firstHeading" class="firstHeading">{}</h1>\n', "青衣岛")
    p.f('<div id="siteSub">{}</div>\n', "出自共享百科，自由的百科全書")
    p.f('<div role="note" class="hatnote">{}</div>\n', "關於同名的港鐵站，詳見「青衣站」。")
    p.raw('<table class="infobox">\n')
    p.f('<tr><th colspan="2">{}</th></tr>\n', "青衣島")
    for a, b in (("地理位置", "香港新界"), ("面積", "10.69平方公里"), ("最高點", "青衣山"), ("所屬區議會", "葵青區")):
        p.row("<tr><th>{}</th><td>{}</td></tr>\n", a, b)
    p.raw("</table>\n")
    p.u("paragraph", "<p>{}<sup class=\"reference\"><a href=\"#cite-1\">{}</a></sup></p>\n", pool.para(), "[1]")
    p.u("paragraph", "<p>{}</p>\n", pool.para())
    p.f('<div id="toc" class="toc"><div class="toctitle"><h2>{}</h2></div>\n', "目錄")
    p.links("<ul>{}</ul></div>\n", '<li><a href="#">{}</a></li>\n', ["1 歷史", "2 地理", "2.1 氣候", "3 交通", "4 參考資料"])
    for h2, h3 in (("历史", None), ("地理", "气候"), ("交通", None)):
        p.u("heading", '<h2><span class="mw-headline">{}</span>', h2)
        p.f('<span class="mw-editsection">[<a href="#">{}</a>]</span></h2>\n', "編輯")
        p.u("paragraph", "<p>{}</p>\n", pool.para())
        if h3:
            p.u("heading", '<h3><span class="mw-headline">{}</span>', h3)
            p.f('<span class="mw-editsection">[<a href="#">{}</a>]</span></h3>\n', "編輯")
            p.u("paragraph", "<p>{}</p>\n", pool.para())
    p.u("paragraph", "<p>{}<sup class=\"reference\"><a href=\"#cite-2\">{}</a></sup></p>\n", pool.para(), "[2]")
    p.f('<h2><span class="mw-headline">{}</span><span class="mw-editsection">[<a href="#">{}</a>]</span></h2>\n', "參考資料", "編輯")
    p.links('<ol class="references">{}</ol>\n', '<li id="cite-x"><a href="#">^</a> <span class="reference-text">{}</span></li>\n',
            ["青衣島發展簡史. 葵青區議會. 2019 [2024-05-01].", "青衣交通規劃研究報告. 運輸署. 2021."])
    p.f('<div id="catlinks"><a href="#">{}</a>：', "分類")
    p.links("{}</div>\n</div>\n", '<a href="#">{}</a> | ', ["香港島嶼", "葵青區", "新界"])
    p.f('<div id="footer"><ul><li>{}</li>', "本頁面最後修訂於2024年5月3日 (星期五) 14:21。")
    p.links("{}</ul></div>\n</body></html>\n", "<li>{}</li>", ["本站的全部文字在創用CC 姓名標示-相同方式分享 4.0協議之條款下提供。", "私隱政策", "關於共享百科", "免責聲明"])


def d_service(p: Page, pool: Pool) -> None:
    """15: broadband / cloud service plan page (UTF-8; held16): promo bar, header, <h1> service name, lead
    (paragraph), 立即开通 buttons, <h2> 套餐对比 over a plan table, <h2> 服务说明 over <h3> items, <h2> 常见问题 over a
    <dl> (<dt> heading, <dd> paragraph), consult float, footer with ICP and 增值电信业务经营许可证."""
    p.raw(head("云盘企业版 - 套餐与价格") + "<body>\n")
    p.f('<div class="promo">{}<a href="#">{}</a></div>\n', "新用户首年五折，限时优惠进行中　", "立即领取")
    p.f('<header><a href="/"><img alt="{}" src="logo.png"></a>', "青云科技")
    p.links("<nav>{}</nav></header>\n", '<a href="#">{}</a> ', ["产品", "解决方案", "价格", "文档", "控制台", "登录"])
    p.raw('<section class="hero">\n')
    p.u("title", "<h1>{}</h1>\n", "云盘企业版")
    p.u("paragraph", '<p class="lead">{}</p>\n', pool.para())
    p.f('<div class="cta"><a class="btn" href="#">{}</a> <a class="btn" href="#">{}</a></div>\n</section>\n', "立即开通", "免费试用30天")
    p.u("heading", "<h2>{}</h2>\n", "套餐对比")
    p.raw('<table class="plans">\n')
    p.row("<tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>\n", "套餐", "基础版", "标准版", "旗舰版")
    p.row("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n", "存储空间", "1TB", "5TB", "20TB")
    p.row("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n", "成员数", "20人", "100人", "不限")
    p.row("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n", "价格", "¥1999/年", "¥6999/年", "¥19999/年")
    p.raw("</table>\n")
    p.u("heading", "<h2>{}</h2>\n", "服务说明")
    for item in ("数据安全", "权限管理"):
        p.u("heading", "<h3>{}</h3>\n", item)
        p.u("paragraph", "<p>{}</p>\n", pool.para())
    p.u("heading", "<h2>{}</h2>\n", "常见问题")
    p.raw("<dl>\n")
    for q in ("如何从个人版迁移数据？", "到期后数据会保留多久？"):
        p.u("heading", "<dt>{}</dt>\n", q)
        p.u("paragraph", "<dd>{}</dd>\n", pool.para())
    p.raw("</dl>\n")
    p.f('<div class="float-consult"><a href="#">{}</a><br>{}</div>\n', "在线咨询", "400-820-1234")
    p.f('<footer><p>{}</p><p>{}</p><p>{}</p></footer>\n</body></html>\n', "© 2024 青云科技有限公司 版权所有",
        "沪ICP备18045678号-1　沪公网安备31010402009876号", "增值电信业务经营许可证：B1-20190123")


# n: (function, template, script, native charset, bom)
DESIGNS = [
    (d_pipermail, "pipermail", "simp", "gb18030", False),
    (d_hypermail, "hypermail", "s2tw", "big5", False),
    (d_pandoc, "pandoc", "simp", "utf-8", False),
    (d_hugo, "hugo", "s2hk", "utf-8", False),
    (d_readme, "readme", "simp", "utf-8", False),
    (d_zhihu, "zhihu", "simp", "utf-8", True),
    (d_forum, "forum", "simp", "gbk", False),
    (d_baike, "baike", "simp", "utf-8", False),
    (d_product, "product", "s2tw", "utf-8", True),
    (d_blog, "blog", "simp", "utf-8", False),
    (d_mhonarc, "mhonarc", "s2hk", "utf-8", False),
    (d_mkdocs, "mkdocs", "simp", "utf-8", True),
    (d_qa2, "qa", "simp", "gb18030", False),
    (d_forum2, "forum2", "s2tw", "big5", False),
    (d_wiki, "wiki", "s2hk", "utf-8", False),
    (d_service, "service", "simp", "utf-8", False),
]
WIDTHS = [60, 64, 72, 80, 88, 96, 110, 128, 140, 150, 176, 200]
ENCODINGS = ["utf-8", "utf-8-bom", "gb18030", "crlf", "utf-8-bom+crlf", "gb18030+crlf"]
CODECS = {"utf-8": "utf-8", "utf-8-bom": "utf-8-sig", "gb18030": "gb18030", "big5": "cp950", "crlf": "utf-8", "gbk": "gbk"}
OCR = {(1, "w3m"), (7, "lynxnolist"), (13, "html2text")}

# ---------------------------------------------------------------- tools and text gold


def dump(tool: str, width: int, src: Path) -> str:
    lynx = ["lynx", "-dump", f"-width={width}", "-display_charset=utf-8", "-assume_charset=utf-8"]
    cmd = {"lynx": lynx, "lynxnolist": lynx + ["-nolist"], "lynxinline": lynx + ["-list_inline"],
           "lynxnonum": lynx + ["-nonumbers"],
           "w3m": ["w3m", "-dump", "-cols", str(width), "-I", "UTF-8", "-O", "UTF-8", "-T", "text/html"],
           "html2text": ["html2text", "-utf8", "-nobs", "-width", str(width)],
           "html2textpretty": ["html2text", "-utf8", "-nobs", "-style", "pretty", "-width", str(width)]}[tool]
    out = subprocess.run(cmd + [str(src)], capture_output=True, check=True).stdout.decode("utf-8", errors="replace")
    out = out.replace("\r\n", "\n")
    return out if out.endswith("\n") else out + "\n"


_MARK = re.compile(r"\s*(?:[*•+#·-]+|\d+\.|\[\d+\]|\*+|\[(?:file|https?|mailto|javascript):[^\]]*\])?\s*")


def _lines(text: str) -> list[str]:
    """Line groups: each non-blank line with the blank lines under it (leading blanks with the first)."""
    groups: list[str] = []
    for line in text.splitlines(keepends=True):
        if groups and (not line.strip() or not groups[-1].strip()):
            groups[-1] += line
        else:
            groups.append(line)
    return groups


def _split_cells(group: str, cells: set[str]) -> list[str]:
    """A line that is a row of table cells, cut before each cell (the gap with the cell before it)."""
    sq, pos, sizes = squash(group), 0, []
    while pos < len(sq):
        size = max((len(c) for c in cells if c and sq.startswith(c, pos)), default=0)
        if not size:
            return [group]
        sizes.append(size)
        pos += size
    if len(sizes) < 2:
        return [group]
    index = [i for i, ch in enumerate(group) if not ch.isspace()]
    cuts, acc = [], 0
    for size in sizes[:-1]:
        acc += size
        cuts.append(index[acc])
    return [group[a:b] for a, b in zip([0] + cuts, cuts + [len(group)], strict=True)]


def _debris(text: str, furniture: list[str], cells: set[str]) -> list[dict]:
    groups = [piece for g in _lines(text) for piece in _split_cells(g, cells)]
    if not groups:
        return []
    # lines of one wrapped furniture string belong together
    bounds, pos = [], 0
    for g in groups:
        pos += len(squash(g))
        bounds.append(pos)
    sq = squash(text)
    merge = set()
    for item in furniture:
        s = squash(item)
        if len(s) < 8:
            continue
        start = sq.find(s)
        while start >= 0:
            for k, b in enumerate(bounds[:-1]):
                if start < b < start + len(s):
                    merge.add(k)
            start = sq.find(s, start + 1)
    out = []
    for k, g in enumerate(groups):
        if out and (k - 1) in merge:
            out[-1]["text"] += g
        else:
            out.append({"kind": "debris", "text": g})
    return out


def label(text: str, units: list[dict], furniture: list[str], cells: set[str]) -> list[dict]:
    """Partition ``text`` into gold units: the content units in order, everything else debris."""
    marked = set()
    for m in LINKMARK.finditer(text):
        marked.update(range(m.start(), m.end()))
    index = [i for i, ch in enumerate(text) if not ch.isspace() and ch != "_" and i not in marked]
    sq = "".join(text[i] for i in index)
    out: list[dict] = []
    cur, sqpos = 0, 0
    for unit in units:
        target = norm(unit["text"])
        starts, k = [], sq.find(target, sqpos)
        while k >= 0:
            starts.append(k)
            k = sq.find(target, k + 1)
        starts = starts[unit.get("skip", 0):]  # occurrences inside the furniture shown before the unit
        if not starts:
            raise AssertionError(f"unit not found: {unit['text'][:30]}")

        def at_line_start(k):
            a = index[k]
            ls = text.rfind("\n", 0, a) + 1
            return _MARK.fullmatch(text[ls:a]) is not None

        best = next((k for k in starts if at_line_start(k)), starts[0])
        a, b = index[best], index[best + len(target) - 1] + 1
        if norm(unit["text"]) != squash(unit["text"]).replace("_", ""):  # the unit's own marks ([1]) end it
            while b < len(text) and b in marked:
                b += 1
        ls = text.rfind("\n", 0, a) + 1
        ls = max(ls, cur)
        if _MARK.fullmatch(text[ls:a]) is not None:
            a = ls
        le = text.find("\n", b)
        le = len(text) if le < 0 else le + 1
        if re.fullmatch(r"[\s*]*", text[b:le]):
            b = le
            while b < len(text):
                nxt = text.find("\n", b)
                nxt = len(text) if nxt < 0 else nxt + 1
                if text[b:nxt].strip():
                    break
                b = nxt
        out += _debris(text[cur:a], furniture, cells)
        out.append({"kind": unit["kind"], "text": text[a:b]})
        cur, sqpos = b, best + len(target)
    out += _debris(text[cur:], furniture, cells)
    assert "".join(u["text"] for u in out) == text
    merged: list[dict] = []  # blank lines go with the unit above them, leading blank lines with the first unit
    for unit in out:
        if not unit["text"]:
            continue
        if not unit["text"].strip() and merged:
            merged[-1]["text"] += unit["text"]
            continue
        if merged and not merged[-1]["text"].strip():
            unit = {**unit, "text": merged.pop()["text"] + unit["text"]}
        merged.append(unit)
    return merged


def ocr_spaces(units: list[dict], seed: int) -> list[dict]:
    rng = random.Random(seed)
    out = []
    for unit in units:
        lines = unit["text"].split("\n")
        new = []
        for line in lines:
            if "://" in line or not line.strip() or rng.random() < 0.5:
                new.append(line)
                continue
            chars = []
            for i, ch in enumerate(line):
                chars.append(ch)
                nxt = line[i + 1] if i + 1 < len(line) else ""
                if nxt and not ch.isspace() and not nxt.isspace() and (
                        (ch.isascii() != nxt.isascii()) or rng.random() < 0.04):
                    chars.append(" ")
            new.append("".join(chars))
        out.append({**unit, "text": "\n".join(new)})
    return out


# ---------------------------------------------------------------- build


def git_dev16_gold() -> list[str]:
    """Content units of the other batch-16 builder's dev16 gold, as committed on its branch and on disk."""
    texts = []
    for branch in ("b16print",):
        proc = subprocess.run(["git", "ls-tree", "-r", "--name-only", branch, f"benchmarks/segcorpus/native/{DEV}/",
                               f"benchmarks/segcorpus/text/{DEV}/"], capture_output=True, text=True, cwd=ROOT)
        for path in proc.stdout.split():
            stem = Path(path).stem
            if stem.startswith(PREFIX):
                continue
            g = subprocess.run(["git", "show", f"{branch}:benchmarks/segcorpus/gold/{stem}.json"], capture_output=True, text=True, cwd=ROOT)
            if g.returncode == 0:
                texts += [u["text"] for u in json.loads(g.stdout)["units"]]
    for route in ("native", "text"):
        for path in (CORPUS / route / DEV).glob("*.*"):
            if not path.stem.startswith(PREFIX):
                texts += [u["text"] for u in json.loads((CORPUS / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))["units"]]
    return texts


def regold() -> None:
    """The conventions of sessions 13-17 (regold_conventions.py) over the gold: the session-16 ``tdcells`` cut."""
    spec = importlib.util.spec_from_file_location("regold_conventions", CORPUS / "regold_conventions.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    per_split, files = module.regold_all(write=True)
    for key in sorted(per_split):
        if per_split[key]:
            assert key.endswith(("/" + DEV, "/" + HELD)), (key, per_split[key])  # only this batch's gold changes
            print(f"regold {key}: {files[key]} files, {dict(per_split[key])}")


def main() -> None:
    dev_stems, held_stems = _split_stems(False), _split_stems(True)
    dev_pool = Pool(_paragraphs(dev_stems), 1601)
    held_paras = _paragraphs(held_stems)
    # held candidates that share a 15-character stretch with any development gold unit are dropped
    cand = {t: _grams(t) for t in held_paras}
    allgrams = set().union(*cand.values())
    dev_texts = [u["text"] for u in _gold_units(dev_stems)] + git_dev16_gold()
    hit = _collides(allgrams, dev_texts)
    keep = {t for t, g in cand.items() if not g & hit}
    print(f"held candidates {len(cand)}, dropped {len(cand) - len(keep)} sharing a {GRAM}-character stretch with dev")
    held_pool = Pool([t for t in held_paras if t in keep], 1602)
    dev_allowed = set(dev_pool.paras)
    held_allowed = set(held_pool.paras)

    TMP.mkdir(parents=True, exist_ok=True)
    for sub in (f"text/{DEV}", f"text/{HELD}", f"native/{DEV}", f"native/{HELD}"):
        (CORPUS / sub).mkdir(parents=True, exist_ok=True)
        for old in (CORPUS / sub).glob(f"{PREFIX}-*"):
            old.unlink()
    for old in (CORPUS / "gold").glob(f"{PREFIX}-*.json"):
        old.unlink()

    manifest, pages = [], []
    fileno = 0
    for n, (fn, template, script, charset, bom) in enumerate(DESIGNS):
        split = DEV if n < 10 else HELD
        pool = dev_pool if split == DEV else held_pool
        page = Page(n, template, script, charset, bom, lang={"s2tw": "zh-TW", "s2hk": "zh-HK"}.get(script, "zh-CN"))
        fn(page, pool)
        allowed = dev_allowed if split == DEV else held_allowed
        for used in pool.used:  # every sentence / clause / paragraph comes from the split's own pool
            assert used in allowed or any(used in t for t in allowed), used
        pool.used.clear()
        pid = f"{PREFIX}-{n:03d}"
        # furniture strings that also occur in the content are not furniture
        content_sq = "".join(squash(u["text"]) for u in page.units)
        furniture = list(dict.fromkeys(f for f in page.furniture if squash(f) and squash(f) not in content_sq))
        for u in page.units:
            assert not any(squash(u["text"]) == squash(f) for f in furniture), (pid, u)
        # native file
        declared = {"utf-8": "utf-8", "gb18030": "gb18030", "gbk": "gbk", "big5": "big5"}[charset]
        markup = page.markup(declared)
        codec = CODECS[charset]
        data = markup.encode(codec, errors="xmlcharrefreplace")
        if bom:
            data = b"\xef\xbb\xbf" + data
        native = CORPUS / "native" / split / f"{pid}_html.html"
        native.write_bytes(data)
        plain = squash(htmlmod.unescape(re.sub(r"<[^>]+>", "", markup)))
        pos = 0
        for u in page.units:  # every native unit is in its page, in order
            pos = plain.index(squash(u["text"]), pos) + len(squash(u["text"]))
        units = [{"kind": u["kind"], "text": u["text"]} for u in page.units]
        gold = {"doc_id": f"{pid}_html", "source": SOURCE, "units": units, "furniture": furniture}
        (CORPUS / "gold" / f"{pid}_html.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        files = [{"path": str(native.relative_to(CORPUS)), "route": "native", "tool": "html", "encoding": charset + ("-bom" if bom else "")}]
        src = TMP / f"{pid}.html"
        src.write_text(page.markup("utf-8"), encoding="utf-8")
        fifth = ["lynxinline", "lynxnonum", "w3m", "html2textpretty", "lynx"][n % 5]
        tools = ["lynx", "lynxnolist", "w3m", "html2text", fifth]
        if n % 3 == 0:
            tools.append("html2textpretty" if fifth != "html2textpretty" else "lynxnonum")
        rng = random.Random(n * 7 + 3)
        widths = rng.sample(WIDTHS, len(tools))
        for tool, width in zip(tools, widths, strict=True):
            text = dump(tool, width, src)
            units = label(text, page.units, furniture, page.cells)
            kinds = [u["kind"] for u in units if u["kind"] != "debris"]
            assert kinds == [u["kind"] for u in page.units], (pid, tool)
            enc = ENCODINGS[fileno % len(ENCODINGS)]
            fileno += 1
            ocr = (n, tool) in OCR
            if ocr:
                units = ocr_spaces(units, n * 100 + width)
            body = "".join(u["text"] for u in units)
            if "crlf" in enc:
                body = body.replace("\n", "\r\n")
            base = enc.split("+")[0]
            raw = body.encode(CODECS[base])
            assert raw.decode(CODECS[base]).replace("\r\n", "\n") == "".join(u["text"] for u in units)
            stem = f"{pid}_{tool}{width}"
            path = CORPUS / "text" / split / f"{stem}.txt"
            path.write_bytes(raw)
            shown = squash(raw.decode(CODECS[base]))
            assert all(squash(u["text"]) in shown for u in units), stem  # every text unit is in its file
            gold = {"doc_id": stem, "source": SOURCE, "units": units}
            (CORPUS / "gold" / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            entry = {"path": str(path.relative_to(CORPUS)), "route": "text", "tool": f"{tool}{width}", "encoding": enc + ("+ocr" if ocr else "")}
            files.append(entry)
        manifest.append({"id": pid, "split": split, "script": script, "template": template, "charset": charset,
                         "bom": bom, "files": files})
        pages.append((split, page))
        print(pid, split, template, len(page.units), "units", len(files) - 1, "dumps")

    # the held check: no held content unit (prose and invented lines) shares a 15-character stretch with dev gold (the
    # other batch-16 builder's dev16 gold included) or these dev16 pages
    held_units = [u["text"] for s, pg in pages if s == HELD for u in pg.units]
    grams = set().union(*(_grams(t) for t in held_units))
    dev_side = dev_texts + [u["text"] for s, pg in pages if s == DEV for u in pg.units]
    clash = _collides(grams, dev_side)
    assert not clash, sorted(clash)[:5]
    print(f"held check: {len(held_units)} held units, {len(grams)} stretches, against {len(dev_side)} dev units: no clash")
    (CORPUS / "manifest-dev16-web.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    regold()


if __name__ == "__main__":
    main()
