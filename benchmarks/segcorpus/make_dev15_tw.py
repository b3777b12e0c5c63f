"""Batch 15, TW part: sixteen Taiwan / Hong Kong / Macau site designs, ONE page each (``v15-000`` .. ``v15-015``);
designs 0-9 -> ``dev15``, designs 10-15 -> ``held15`` only (for reporting, summary numbers only).

Built by a helper who read neither the segmenter, docs/segmentation.md nor any earlier builder's design templates:
its own page registry (``Page``: furniture blocks with the strings they show, content units with their kind), tool
runner and text-gold labeller.

Prose (reused, no fresh pool): dev15 pages take paragraph units of the native gold of development splits (a gold
file whose input lies under ``text/dev*/`` or ``native/dev*/``) and Weibo NER train posts with index < 675; held15
pages take paragraph units of the native gold of held-out splits (``held*``, ``heldout``) and Weibo NER train posts
with index >= 675. A held candidate sharing a 15-character stretch (whitespace removed, both sides through opencc
``t2s``) with any development gold unit or any Weibo post below 675 (the data repeats posts) is dropped, and every
content unit of the held pages is checked again against all development gold units, the dev15 pages here and the
other batch-15 builders' dev15 native gold where their branches (b15web, b15print) have it (asserted). Traditional
script through opencc 1.4.2 (``s2tw`` for Taiwan, ``s2hk`` for Hong Kong and Macau); titles, heads, bylines, dates,
names, captions and all furniture are invented.

Every page is written natively (``native/<split>/v15-NNN_html.html``, UTF-8, UTF-8 with a BOM or Big5 with characters
outside Big5 as ``&#NNN;``) and dumped from a UTF-8 copy in ``/tmp/dev15tw/`` by lynx, w3m and html2text at varied
widths and options (at least five dumps a page); the dumps are saved as UTF-8, UTF-8 with a BOM, Big5, GB18030 or
CRLF (a Big5 page's UTF-8 slots in Big5 where the dump has no character outside Big5; a Big5 slot
whose dump has one in UTF-8 with a BOM), three with OCR-like spaces.

    PYTHONPATH=$PWD:/tmp/b15tw_pylib python benchmarks/segcorpus/make_dev15_tw.py
"""

from __future__ import annotations

import html
import json
import os
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "benchmarks" / "segcorpus"
WORK = Path("/tmp/dev15tw")
POOL_CACHE = Path("/tmp/b15tw_pool.json")
WEIBO = Path("/work/shared/data/weibo_ner/weiboNER_2nd_conll.train")
CONTENT = ("title", "heading", "byline", "meta", "paragraph")
S2TW, S2HK, T2S = opencc.OpenCC("s2tw"), opencc.OpenCC("s2hk"), opencc.OpenCC("t2s")
WS = re.compile(r"\s+")
CJK = re.compile(r"[\u3400-\u9fff]")


def squash(text: str) -> str:
    return WS.sub("", text)


# ---------------------------------------------------------------------------------------------------- prose pools

def split_of_stems() -> dict[str, str]:
    out = {}
    for route in ("text", "native"):
        for folder in sorted((CORPUS / route).iterdir()):
            for f in folder.iterdir():
                out[f.stem] = folder.name
    return out


def tidy(text: str) -> str:
    text = WS.sub(" ", text).strip()
    return re.sub(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])", "", text)


def weibo_posts() -> list[str]:
    posts, cur = [], []
    for line in WEIBO.read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            if cur:
                posts.append("".join(cur))
                cur = []
            continue
        tok = line.split("\t")[0]
        cur.append(tok[:-1] if tok[-1:].isdigit() and len(tok) > 1 else tok)
    if cur:
        posts.append("".join(cur))
    return posts


def grams(text: str, n: int = 15) -> set[str]:
    s = T2S.convert(squash(text))
    return {s[i:i + n] for i in range(len(s) - n + 1)}


BATCH15 = ("dev15", "held15")  # left out of the pools, so that the other batch-15 parts never change this build


def dev_gold_texts(splits: dict[str, str], batch15: bool = False) -> list[str]:
    """Every unit text of the development gold (squashed); of dev15 only with ``batch15`` (the other parts' pages)."""
    texts = set()
    for p in sorted((CORPUS / "gold").glob("*.json")):
        split = splits.get(p.stem, "")
        if p.stem.startswith("v15-") or not split.startswith("dev") or (split in BATCH15) != batch15:
            continue
        for u in json.loads(p.read_text(encoding="utf-8"))["units"]:
            texts.add(squash(u["text"]))
    return sorted(texts)


def build_pools() -> dict:
    if POOL_CACHE.is_file():
        return json.loads(POOL_CACHE.read_text(encoding="utf-8"))
    splits = split_of_stems()
    dev, held = set(), set()
    for p in sorted((CORPUS / "gold").glob("*.json")):
        split = splits.get(p.stem, "")
        if split in BATCH15 or not (p.stem.endswith(("_html", "_pdf", "_docx"))):
            continue
        side = dev if split.startswith("dev") else held if split.startswith("held") else None
        if side is None:
            continue
        for u in json.loads(p.read_text(encoding="utf-8"))["units"]:
            t = tidy(u["text"])
            if u["kind"] == "paragraph" and 50 <= len(t) <= 190 and len(CJK.findall(t)) > 0.7 * len(t) \
                    and "http" not in t and t[-1] in "。！？」" and CJK.match(t[0]):
                side.add(t)
    posts = weibo_posts()
    ok = [(i, tidy(p)) for i, p in enumerate(posts)]
    ok = [(i, p) for i, p in ok if 12 <= len(p) <= 110 and all(ord(c) < 0x10000 for c in p) and "http" not in p
          and "@" not in p]
    wdev = [p for i, p in ok if i < 675]
    wheld = [p for i, p in ok if i >= 675]
    dev, held = sorted(dev), sorted(held)
    random.Random(15).shuffle(dev)
    random.Random(151).shuffle(held)
    held = held[:600]
    # drop held candidates sharing a 15-character stretch with any development gold unit
    cand = {}
    for t in held + wheld:
        for g in grams(t):
            cand.setdefault(g, set()).add(t)
    bad = set()
    for text in dev_gold_texts(splits) + posts[:675]:  # the dev side may use any Weibo post below 675
        s = T2S.convert(text)
        for i in range(len(s) - 14):
            hit = cand.get(s[i:i + 15])
            if hit:
                bad |= hit
    pools = {"dev": dev[:400], "held": [t for t in held if t not in bad],
             "wdev": wdev, "wheld": [t for t in wheld if t not in bad], "dropped": len(bad)}
    POOL_CACHE.write_text(json.dumps(pools, ensure_ascii=False), encoding="utf-8")
    return pools


class Prose:
    """Hands out the pool's texts in order, converted to the page's script."""

    def __init__(self, texts: list[str], posts: list[str], conv):
        self.texts, self.posts, self.conv = texts, posts, conv
        self.i = self.j = 0
        self.sources: list[str] = []

    def para(self) -> str:
        t = self.texts[self.i]
        self.i += 1
        self.sources.append(t[:20])
        return self.conv.convert(t)

    def post(self) -> str:
        t = self.posts[self.j]
        self.j += 1
        return self.conv.convert(t)


# ---------------------------------------------------------------------------------------------------- page registry

def text_of(inner: str) -> str:
    t = re.sub(r"<br\s*/?>", " ", inner)
    t = re.sub(r"<[^>]+>", "", t)
    return tidy(html.unescape(t).replace("\xa0", " "))


class Page:
    def __init__(self, design: str, script: str, charset: str, host: str, head_title: str, css: str = ""):
        self.design, self.script, self.charset, self.host = design, script, charset, host
        self.head_title, self.css = head_title, css
        self.body: list[str] = []
        self.units: list[dict] = []
        self.furniture: list[str] = []

    def f(self, markup: str, *strings: str) -> None:
        """A furniture block; ``strings`` are what it shows (for the native gold)."""
        self.body.append(markup)
        self.furniture.extend(strings)

    def raw(self, markup: str) -> None:
        self.body.append(markup)

    def c(self, kind: str, inner: str, tag: str = "p", attrs: str = "") -> str:
        """A content unit: ``<tag attrs>inner</tag>``; its text is the inner markup's visible text."""
        text = text_of(inner)
        self.units.append({"kind": kind, "text": text})
        if tag:
            self.body.append(f"<{tag}{(' ' + attrs) if attrs else ''}>{inner}</{tag}>")
        else:
            self.body.append(inner)
        return text

    def html(self, charset: str) -> str:
        return (f'<!DOCTYPE html>\n<html lang="zh-Hant">\n<head>\n'
                f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
                f'<base href="https://{self.host}/">\n<title>{self.head_title}</title>\n'
                f'<style>{self.css}</style>\n</head>\n<body>\n' + "\n".join(self.body) + "\n</body>\n</html>\n")


def esc(t: str) -> str:
    return html.escape(t, quote=False)


# ---------------------------------------------------------------------------------------------------- tools

def run_tool(tool: str, width: int, path: Path) -> str:
    if tool.startswith("lynx"):
        cmd = ["lynx", "-dump", f"-width={width}", "-display_charset=utf-8", "-assume_charset=utf-8"]
        cmd += {"lynx": [], "lynxnolist": ["-nolist"], "lynxnonum": ["-nonumbers"],
                "lynxinline": ["-list_inline"]}[tool]
    elif tool.startswith("w3m"):
        cmd = ["w3m", "-dump", "-cols", str(width), "-I", "UTF-8", "-O", "UTF-8"]
        if tool == "w3mlinks":
            cmd += ["-o", "display_link_number=1"]
    else:
        cmd = ["html2text", "-utf8", "-nobs", "-width", str(width)] + (["-style", "pretty"] if tool == "html2textpretty"
                                                                       else [])
    out = subprocess.run(cmd + [str(path)], capture_output=True, check=True, env=dict(os.environ, LANG="C.UTF-8"))
    return out.stdout.decode("utf-8", errors="replace").replace("\r\n", "\n")


def ocr_spaces(text: str, rng: random.Random) -> str:
    lines = []
    for line in text.split("\n"):
        if "://" in line or not line.strip() or rng.random() < 0.5:
            lines.append(line)
            continue
        lead = len(line) - len(line.lstrip())
        body = line[lead:]
        body = re.sub(r"(?<=[\u4e00-\u9fff])(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])(?=[\u4e00-\u9fff])", " ", body)
        chars = []
        for k, ch in enumerate(body):
            chars.append(ch)
            if CJK.match(ch) and k + 1 < len(body) and CJK.match(body[k + 1]) and rng.random() < 0.06:
                chars.append(" ")
        lines.append(line[:lead] + "".join(chars))
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------------- text gold

LEAD_MARK = re.compile(r"[ \t\xa0\u3000]*(?:(?:[*•+#o·-]+|\d{1,3}\.|\[\d+\]|\(\d+\))[ \t\xa0\u3000*]*)?")
TAIL_MARK = re.compile(r"[ \t\xa0\u3000*]*")


def label(dump: str, units: list[dict], furniture: list[str]) -> list[dict]:
    """Cut ``dump`` into gold units: the content units found in order, the rest debris one unit per line."""
    keep = [i for i, ch in enumerate(dump) if not ch.isspace() and ch != "^"]
    flat = "".join(dump[i] for i in keep)
    spans, pos = [], 0
    keys = [squash(u["text"]).replace("^", "") for u in units]
    for n, u in enumerate(units):
        key = keys[n]
        after = next((k for k in keys[n + 1:] if len(k) >= 12), "")
        at = clean_find(dump, keep, flat, key, pos, after)
        if at < 0:
            raise SystemExit(f"unit not found: {u['kind']} {key[:40]!r} after {flat[pos:pos + 40]!r}")
        s, e = keep[at], keep[at + len(key) - 1] + 1
        ls = dump.rfind("\n", 0, s) + 1
        m = LEAD_MARK.match(dump, ls)
        if m and m.end() >= s and (not spans or spans[-1][1] <= ls):
            s = ls
        le = dump.find("\n", e)
        le = len(dump) if le < 0 else le
        m = TAIL_MARK.match(dump, e)
        if m.end() == le:
            e = min(le + 1, len(dump))
            while e < len(dump):
                nl = dump.find("\n", e)
                nl = len(dump) - 1 if nl < 0 else nl
                if dump[e:nl + 1].strip():
                    break
                e = nl + 1
        spans.append((s, e, u["kind"]))
        pos = at + len(key)
    out: list[dict] = []
    cur = 0
    fsq = [squash(f) for f in furniture if len(squash(f)) >= 2]
    for s, e, kind in spans + [(len(dump), len(dump), None)]:
        out.extend(debris(dump[cur:s], fsq))
        if kind:
            out.append({"kind": kind, "text": dump[s:e]})
        cur = e
    # leading whitespace joins the first unit; whitespace-only units join the one before
    merged: list[dict] = []
    for u in out:
        if merged and not u["text"].strip():
            merged[-1]["text"] += u["text"]
        else:
            merged.append(u)
    if len(merged) > 1 and not merged[0]["text"].strip():
        merged[1]["text"] = merged[0]["text"] + merged[1]["text"]
        merged.pop(0)
    assert "".join(u["text"] for u in merged) == dump
    return merged


def clean_find(dump: str, keep: list[int], flat: str, key: str, pos: int, after: str) -> int:
    """The first occurrence of ``key`` in ``flat`` from ``pos`` that fills its line (indentation or a tool's list mark
    before it, nothing after it), else the first that starts its line, else the first: a head repeated in a table of
    contents or a tab bar above it is not the head. Only occurrences before ``after`` (the next unit long enough to
    occur once) are tried."""
    first = flat.find(key, pos)
    nxt = flat.find(after, first + len(key)) if after and first >= 0 else -1
    limit = len(flat) if nxt < 0 else nxt
    best: dict[int, int] = {}
    at = first
    while 0 <= at < limit:
        s, e = keep[at], keep[at + len(key) - 1] + 1
        ls = dump.rfind("\n", 0, s) + 1
        le = dump.find("\n", e)
        le = len(dump) if le < 0 else le
        m = LEAD_MARK.match(dump, ls)
        if m and m.end() >= s:
            tier = 1 if TAIL_MARK.match(dump, e).end() >= le else 2
            best.setdefault(tier, at)
            if tier == 1:
                break
        at = flat.find(key, at + 1)
    return best.get(1, best.get(2, first))


def debris(chunk: str, fsq: list[str]) -> list[dict]:
    if not chunk:
        return []
    pieces = re.findall(r"[^\n]*\n(?:[ \t]*\n)*|[^\n]+$", chunk)
    lines: list[str] = []
    for p in pieces:
        if lines and not re.search(r"\n[ \t]*\n", lines[-1]) and p.strip() \
                and wraps(lines[-1].rstrip("\n").rsplit("\n", 1)[-1], p, fsq):
            lines[-1] += p
        elif lines and not p.strip():
            lines[-1] += p
        else:
            lines.append(p)
    return [{"kind": "debris", "text": p} for p in lines]


def wraps(a: str, b: str, fsq: list[str]) -> bool:
    """Whether one furniture string runs across the end of line ``a`` into line ``b``."""
    junction = squash(a)[-8:] + squash(b)[:8]
    return bool(squash(a)) and bool(squash(b)) and any(junction in f for f in fsq)


# ---------------------------------------------------------------------------------------------------- designs

def cookie(pg: Page, text: str, button: str) -> None:
    pg.f(f'<div class="cookie-bar" style="position:fixed;bottom:0">{text} <button>{button}</button></div>', text, button)


def d_dcard(P: Prose) -> Page:
    pg = Page("dcard", "s2tw", "utf-8", "www.dcard.example", "工作板 | Dcard")
    pg.f('<header class="topbar"><a href="/f"><img src="logo.svg" alt="Dcard"></a> <form><input placeholder="搜尋">'
         '</form> <a href="/login">登入</a> / <a href="/signup">註冊</a></header>', "Dcard", "登入", "註冊")
    pg.f('<aside class="side"><ul><li><a href="/f">所有看板</a></li><li><a href="/f/popular">即時熱門看板</a></li>'
         '<li><a href="/f/job">工作</a></li><li><a href="/f/mood">心情</a></li><li><a href="/f/money">理財</a></li>'
         '</ul></aside>', "所有看板", "即時熱門看板", "心情", "理財")
    pg.raw('<main><article>')
    pg.f('<div class="board"><a href="/f/job">工作</a> <button>追蹤</button></div>', "追蹤")
    pg.c("byline", '<span class="school">國立臺北科技大學</span> <span class="anon">匿名</span>', "div", 'class="author"')
    pg.c("title", "#分享 離職半年後，我才想通的幾件事", "h1")
    pg.c("meta", "2024年3月12日 22:41", "div", 'class="time"')
    pg.raw('<div class="content">')
    pg.c("paragraph", esc(P.post()), "", "")
    pg.raw("<br><br>")
    pg.c("paragraph", esc(P.para()), "", "")
    pg.raw("<br><br>")
    pg.c("paragraph", "先說結論，以下幾點給正在猶豫的人參考", "", "")
    pg.raw("<br>")
    for k in range(1, 4):
        pg.c("paragraph", f"{k}. " + esc(P.post()), "", "")
        pg.raw("<br>")
    pg.f('<br><img class="lazy" data-src="/img/a1.jpg" alt="辦公室窗外的夕陽（示意圖）"><br>', "辦公室窗外的夕陽（示意圖）")
    pg.c("heading", "【後續更新】", "b", "")
    pg.raw("<br>")
    pg.c("paragraph", esc(P.para()), "", "")
    pg.raw("<br><br>")
    pg.c("paragraph", "以上，謝謝大家看完，有問題可以留言問我", "", "")
    pg.raw("</div>")
    pg.f('<div class="tags"><a>#工作</a> <a>#離職</a> <a>#心得</a></div>', "#工作", "#離職", "#心得")
    pg.f('<div class="react">❤ 328 ・ 留言 45 ・ <a>收藏</a> ・ <a>分享</a></div>', "❤ 328", "留言 45", "收藏", "分享")
    pg.raw("</article>")
    pg.f('<section class="comments"><h3>共 45 則留言</h3>', "共 45 則留言")
    for k, school in enumerate(("國立成功大學", "輔仁大學", "匿名", "國立中興大學"), 1):
        body = esc(P.post())
        pg.f(f'<div class="cmt"><span class="floor">B{k}</span> <span>{school}</span><p>{body}</p>'
             f'<span class="t">3月{12 + k // 3}日 23:{10 + k * 7:02d} ・ 讚 {20 - k * 4}</span></div>',
             f"B{k}", school, body, f"讚 {20 - k * 4}")
    pg.f('<a class="more" href="#">查看其他 41 則留言</a></section></main>', "查看其他 41 則留言")
    pg.f('<div class="ad">贊助 ・ 到職就送 3,000 元 立即了解</div>', "到職就送 3,000 元 立即了解")
    pg.f('<div class="app-bar" style="position:sticky;bottom:0">打開 App 看更多好文 <a>開啟</a></div>', "打開 App 看更多好文")
    cookie(pg, "我們使用 Cookie 改善您的瀏覽體驗，繼續使用即表示同意隱私權政策。", "我知道了")
    return pg


def d_wiki(P: Prose) -> Page:
    pg = Page("wiki", "s2tw", "utf-8", "zh.wikipedia.example", "淡水河系整治計畫 - 維基百科，自由的百科全書")
    pg.f('<div id="p-personal"><a>未登入</a> <a>討論</a> <a>貢獻</a> <a>建立帳號</a> <a>登入</a></div>',
         "未登入", "建立帳號")
    pg.f('<div id="p-nav"><a>首頁</a> <a>分類索引</a> <a>特色內容</a> <a>新聞動態</a> <a>最近更改</a> <a>隨機條目</a></div>',
         "分類索引", "特色內容", "新聞動態", "最近更改", "隨機條目")
    pg.f('<div class="tabs"><a>條目</a> <a>討論</a> <a>臺灣正體</a> <a>閱讀</a> <a>編輯</a> <a>檢視歷史</a></div>',
         "臺灣正體", "檢視歷史")
    pg.c("title", "淡水河系整治計畫", "h1", 'id="firstHeading"')
    pg.f('<div id="siteSub">維基百科，自由的百科全書</div>', "維基百科，自由的百科全書")
    pg.f('<table class="infobox"><tr><th colspan="2">淡水河系整治計畫</th></tr><tr><th>地點</th><td>臺北盆地</td></tr>'
         '<tr><th>主管機關</th><td>經濟部水利署</td></tr><tr><th>開始</th><td>民國76年</td></tr>'
         '<tr><th>狀態</th><td>執行中</td></tr></table>', "主管機關", "經濟部水利署", "民國76年", "執行中")
    pg.c("paragraph", "<b>淡水河系整治計畫</b>，" + esc(P.para()) + '<sup class="reference">[1]</sup>', "p")
    pg.c("paragraph", esc(P.para()) + '<sup class="reference">[2]</sup>', "p")
    pg.f('<div id="toc"><h2>目錄</h2><ul><li>1 歷史</li><li>1.1 早期規劃</li><li>1.2 第二期</li><li>2 爭議</li>'
         '<li>3 參見</li><li>4 參考資料</li></ul></div>', "1.1 早期規劃", "1.2 第二期")
    for head, subs in (("歷史", ("早期規劃", "第二期")), ("爭議", ())):
        pg.c("heading", esc(head), "h2", "")
        pg.body[-1] = pg.body[-1].replace("</h2>", ' <span class="editsection">[<a href="#">編輯</a>]</span></h2>')
        if not subs:
            pg.c("paragraph", esc(P.para()) + '<sup class="reference">[3]</sup>', "p")
            pg.c("paragraph", esc(P.para()), "p")
        for sub in subs:
            pg.c("heading", esc(sub), "h3", "")
            pg.c("paragraph", esc(P.para()), "p")
    pg.furniture.append("[編輯]")
    pg.f('<div class="thumb"><img alt="" src="/img/river.jpg" loading="lazy"><div class="thumbcaption">'
         '關渡附近的淡水河河口（2019年攝）</div></div>', "關渡附近的淡水河河口（2019年攝）")
    pg.c("heading", "參見", "h2", "")
    pg.f('<ul><li><a>基隆河</a></li><li><a>員山子分洪道</a></li></ul>', "員山子分洪道")
    pg.c("heading", "參考資料", "h2", "")
    pg.f('<ol class="references"><li>^ 經濟部水利署. 淡水河系治理規劃檢討. 2003年.</li>'
         '<li>^ 臺北市政府工務局. 河濱公園年報. 民國105年.</li><li>^ 立法院公報 第98卷.</li></ol>',
         "經濟部水利署. 淡水河系治理規劃檢討. 2003年.", "臺北市政府工務局. 河濱公園年報. 民國105年.", "立法院公報 第98卷.")
    pg.f('<div id="catlinks">分類：<a>臺灣河川</a> | <a>水利工程</a> | <a>臺北市歷史</a></div>',
         "分類：", "臺灣河川", "水利工程", "臺北市歷史")
    pg.f('<div id="footer">本頁面最後修訂於2024年5月2日 (星期四) 09:14。本站的全部文字在創用CC 姓名標示-相同方式分享 4.0協議'
         '之條款下提供。<a>隱私政策</a> <a>關於維基百科</a> <a>免責聲明</a></div>',
         "本頁面最後修訂於2024年5月2日 (星期四) 09:14。", "隱私政策", "關於維基百科", "免責聲明")
    return pg


def d_eyrelease(P: Prose) -> Page:
    pg = Page("eyrelease", "s2tw", "big5", "www.ey.example", "行政院全球資訊網-新聞與公告")
    pg.f('<a href="#C" class="acc">:::</a> <div class="topnav"><a>回首頁</a> | <a>網站導覽</a> | <a>English</a> | '
         '<a>RSS</a></div>', "網站導覽", "English")
    pg.f('<noscript>您的瀏覽器不支援JavaScript功能，若網頁功能無法正常使用時，請開啟瀏覽器JavaScript狀態</noscript>',
         "您的瀏覽器不支援JavaScript功能，若網頁功能無法正常使用時，請開啟瀏覽器JavaScript狀態")
    pg.f('<table width="100%"><tr><td><a>關於本院</a></td><td><a>院會</a></td><td><a>新聞與公告</a></td>'
         '<td><a>政策與計畫</a></td><td><a>資訊與服務</a></td></tr></table>',
         "關於本院", "新聞與公告", "政策與計畫", "資訊與服務")
    pg.f('<div class="path">現在位置：<a>首頁</a> &gt; <a>新聞與公告</a> &gt; 本院新聞</div>', "現在位置：", "本院新聞")
    pg.raw('<table class="layout" width="100%"><tr><td valign="top">')
    pg.f('<ul class="leftmenu"><li>本院新聞</li><li>院會決議</li><li>重大政策</li><li>即時新聞澄清</li></ul>',
         "院會決議", "重大政策", "即時新聞澄清")
    pg.raw('</td></tr><tr><td valign="top">')
    pg.c("title", "行政院會通過「海岸地區防災韌性強化條例」草案　建構跨部會應變機制", "h2", 'class="title"')
    pg.c("meta", "發布日期：113-05-02", "div", 'class="date"')
    pg.c("meta", "資料來源：行政院", "div", 'class="date"')
    pg.f('<div class="tool"><a>友善列印</a> <a>分享</a> <a>字級：小 中 大</a></div>', "友善列印", "字級：小 中 大")
    pg.c("paragraph", "&nbsp;&nbsp;&nbsp;&nbsp;" + esc(P.para()), "p")
    pg.c("paragraph", "&nbsp;&nbsp;&nbsp;&nbsp;" + esc(P.para()), "p")
    pg.c("paragraph", "&nbsp;&nbsp;&nbsp;&nbsp;院長表示，本草案重點如下：", "p")
    pg.c("heading", "一、明定權責分工", "p", 'style="font-weight:bold"')
    pg.c("paragraph", esc(P.para()), "p")
    pg.c("heading", "二、強化預警與疏散", "p", 'style="font-weight:bold"')
    pg.c("paragraph", "（一）" + esc(P.para()), "p")
    pg.c("paragraph", "（二）" + esc(P.para()), "p")
    pg.c("heading", "三、經費與督導", "p", 'style="font-weight:bold"')
    pg.c("paragraph", esc(P.para()), "p")
    pg.c("paragraph", "&nbsp;&nbsp;&nbsp;&nbsp;院長最後指示，請相關部會持續與地方政府溝通，儘速完成立法程序", "p")
    pg.c("meta", "新聞聯絡人：內政部　林科長　（02）2356-1234", "p", 'class="contact"')
    pg.c("meta", "行政院發言人室　陳專員　（02）3356-6500", "p", 'class="contact"')
    pg.f('<div class="attach"><b>附件：</b><ul><li><a>草案總說明.pdf (312KB)</a></li><li><a>條文對照表.odt (88KB)</a>'
         '</li></ul></div>', "附件：", "草案總說明.pdf (312KB)", "條文對照表.odt (88KB)")
    pg.f('<div class="upd">更新日期：113-05-03　瀏覽人次：2,481</div>', "更新日期：113-05-03", "瀏覽人次：2,481")
    pg.raw('</td></tr></table>')
    pg.f('<div class="footer">行政院 版權所有 © 2024 Executive Yuan<br>地址：100009臺北市中正區忠孝東路1段1號　總機：'
         '(02)3356-6500</div>', "行政院 版權所有 © 2024 Executive Yuan", "地址：100009臺北市中正區忠孝東路1段1號")
    return pg


def d_hknews(P: Prose) -> Page:
    pg = Page("hknews", "s2hk", "utf-8-sig", "news.mingpao.example", "港聞 - 明報新聞網")
    pg.f('<div class="breaking"><b>即時新聞</b> <marquee>天文台：今日大致多雲，有一兩陣驟雨 ｜ 港股半日收跌 86 點</marquee></div>',
         "天文台：今日大致多雲，有一兩陣驟雨", "港股半日收跌 86 點")
    pg.f('<div class="mast"><img alt="明報新聞網" src="/logo.png"> 2024年5月2日 星期四</div>', "明報新聞網",
         "2024年5月2日 星期四")
    pg.f('<nav><a>要聞</a> <a>港聞</a> <a>經濟</a> <a>娛樂</a> <a>社評</a> <a>觀點</a> <a>中國</a> <a>國際</a> <a>體育</a></nav>',
         "要聞", "港聞", "經濟", "娛樂", "社評", "觀點", "國際", "體育")
    pg.f('<div class="crumb">港聞 ＞ 社會</div>', "港聞 ＞ 社會")
    pg.c("title", "舊區重建諮詢展開　居民憂補償不足", "h1")
    pg.c("meta", "【明報專訊】2024.05.02　05:00", "div", 'class="pubdate"')
    pg.f('<div class="fontsize">字體大小：<a>A</a> <a>A</a> <a>A</a> <a>分享</a> <a>列印</a></div>', "字體大小：")
    pg.f('<figure><img src="/p/1.jpg" alt="重建區內的舊式唐樓"><figcaption>重建區內的舊式唐樓。（資料圖片）</figcaption></figure>',
         "重建區內的舊式唐樓", "重建區內的舊式唐樓。（資料圖片）")
    pg.c("paragraph", esc(P.para()), "p")
    pg.c("paragraph", esc(P.para()), "p")
    pg.c("heading", "<strong>街坊：望早日落實時間表</strong>", "p")
    pg.c("paragraph", esc(P.para()), "p")
    pg.f('<div class="inline-related"><b>相關新聞：</b><a>市建局公布新一輪收購呎價</a></div>', "相關新聞：",
         "市建局公布新一輪收購呎價")
    pg.c("paragraph", "「" + esc(P.para()) + "」", "p")
    pg.c("heading", "<strong>學者：應研安置配套</strong>", "p")
    pg.c("paragraph", esc(P.para()), "p")
    pg.c("meta", "（明報記者　李嘉欣）", "p", 'style="text-align:right"')
    pg.f('<div class="ad"><iframe title="廣告"></iframe>廣告</div>', "廣告")
    pg.f('<div class="related"><h3>相關新聞</h3><ul><li><a>舊區重建｜觀塘項目入伙延至明年</a></li>'
         '<li><a>劏房租管條例首年檢討</a></li></ul></div>', "舊區重建｜觀塘項目入伙延至明年", "劏房租管條例首年檢討")
    pg.f('<div class="hot"><h3>熱門</h3><ol><li>東涌新巴士線下月開通</li><li>颱風季前渠務署清理明渠</li>'
         '<li>中學文憑試放榜日期公布</li></ol></div>', "熱門", "東涌新巴士線下月開通", "颱風季前渠務署清理明渠",
         "中學文憑試放榜日期公布")
    pg.f('<div class="footer"><a>私隱政策</a> | <a>免責聲明</a> | <a>聯絡我們</a><br>© 2024 明報網站有限公司</div>',
         "私隱政策", "免責聲明", "聯絡我們", "© 2024 明報網站有限公司")
    return pg


def d_hospital(P: Prose) -> Page:
    pg = Page("hospital", "s2tw", "utf-8", "www.tpvgh.example", "衛教單張｜護理部")
    pg.f('<div class="top"><a>回首頁</a> ｜ <a>網路掛號</a> ｜ <a>看診進度</a> ｜ <a>交通資訊</a> ｜ <a>English</a></div>',
         "網路掛號", "看診進度", "交通資訊")
    pg.f('<h1 class="logo"><img alt="臺北榮民總醫院 護理部"></h1>', "臺北榮民總醫院 護理部")
    pg.f('<div class="path">首頁 ／ 衛教園地 ／ 衛教單張 ／ 內科</div>', "衛教園地", "衛教單張 ／ 內科")
    pg.raw('<div class="leaflet">')
    pg.c("title", "居家腹膜透析病人的照護", "h2", 'style="text-align:center"')
    pg.c("meta", "編號：NUR-IM-0217　修訂日期：113/04/18", "p", 'style="text-align:right;font-size:small"')
    pg.c("heading", "前言", "h3", "")
    pg.c("paragraph", "&nbsp;&nbsp;" + esc(P.para()), "p")
    pg.c("heading", "常見問題", "h3", "")
    for k in range(1, 3):
        pg.c("heading", f"Q{k}：" + ("透析液顏色混濁怎麼辦？" if k == 1 else "出口處發紅需要回診嗎？"), "p",
             'style="color:#06c;font-weight:bold"')
        pg.c("paragraph", f"<b>A{k}：</b>" + esc(P.para()), "p")
    pg.c("heading", "注意事項", "h3", "")
    pg.raw("<ol>")
    for _ in range(3):
        pg.c("paragraph", esc(P.para()[:-1]) + "；", "li")
    pg.c("paragraph", "如有發燒、腹痛請立即返院就醫", "li")
    pg.raw("</ol>")
    pg.f('<img src="/img/pd.png" alt="腹膜透析示意圖" loading="lazy"><p class="cap">圖一　腹膜透析示意圖</p>',
         "腹膜透析示意圖", "圖一　腹膜透析示意圖")
    pg.c("meta", "諮詢電話：(02)2871-2121 轉 3456", "p", "")
    pg.c("meta", "編印單位：護理部內科護理科", "p", "")
    pg.raw("</div>")
    pg.f('<div class="dl"><a>下載PDF</a> <a>友善列印</a> <a>回上頁</a></div>', "下載PDF", "友善列印", "回上頁")
    pg.f('<div class="foot">本院地址：11217臺北市北投區石牌路二段201號　<span>最佳瀏覽解析度 1280×1024</span></div>',
         "本院地址：11217臺北市北投區石牌路二段201號", "最佳瀏覽解析度 1280×1024")
    return pg


def d_shopee(P: Prose) -> Page:
    pg = Page("shopee", "s2tw", "utf-8", "shopee.example.tw", "手工皂禮盒｜蝦皮購物")
    pg.f('<div class="nav-top"><a>賣家中心</a> | <a>下載</a> | <a>追蹤我們</a> <span class="r"><a>通知</a> <a>幫助中心</a>'
         ' <a>註冊</a> | <a>登入</a></span></div>', "賣家中心", "追蹤我們", "幫助中心")
    pg.f('<div class="search"><img alt="蝦皮購物"> <input placeholder="滿額免運 輸入關鍵字"> <a>搜尋</a> '
         '<a class="cart">購物車 (0)</a></div>', "蝦皮購物", "購物車 (0)")
    pg.f('<div class="crumb"><a>蝦皮購物</a> &gt; <a>美妝保養</a> &gt; <a>身體清潔</a> &gt; <a>香皂</a></div>',
         "美妝保養", "身體清潔")
    pg.f('<div class="gallery"><img alt="商品圖片 1"><img alt="商品圖片 2"><img alt="商品圖片 3"></div>',
         "商品圖片 1", "商品圖片 2", "商品圖片 3")
    pg.f('<span class="badge">蝦皮優選</span>', "蝦皮優選")
    pg.c("title", "【現貨】台灣製 冷製手工皂 六入禮盒 母親節 送禮 交換禮物", "div",
         'class="product-name" style="font-size:20px"')
    pg.f('<div class="rating">4.9 ★★★★★ | 1,203 評價 | 5,812 已售出</div>', "1,203 評價", "5,812 已售出")
    pg.f('<div class="price"><del>$880</del> <span>$599</span> <span class="off">32% 折扣</span></div>', "32% 折扣")
    pg.f('<table class="opts"><tr><td>優惠券</td><td>折$30</td><td>折$50</td></tr><tr><td>運費</td><td>免運費 滿$299</td>'
         '</tr><tr><td>規格</td><td>薰衣草</td><td>檜木</td><td>綜合</td></tr><tr><td>數量</td><td>- 1 +</td>'
         '<td>還剩 84 件</td></tr></table>', "免運費 滿$299", "還剩 84 件")
    pg.f('<div class="buy"><button>加入購物車</button> <button>直接購買</button></div>', "加入購物車", "直接購買")
    pg.f('<div class="shop"><img alt="小葉手作皂坊"> 小葉手作皂坊 <span>3 分鐘前上線</span> <a>聊聊</a> <a>查看賣場</a>'
         '<br>評價 2.1萬 商品 86 回覆率 98%</div>', "小葉手作皂坊", "3 分鐘前上線", "查看賣場", "回覆率 98%")
    pg.f('<h2 class="sec">商品規格</h2><table class="spec"><tr><td>分類</td><td>蝦皮購物 &gt; 美妝保養 &gt; 香皂</td></tr>'
         '<tr><td>品牌</td><td>小葉手作</td></tr><tr><td>保存期限</td><td>24 個月</td></tr><tr><td>出貨地</td>'
         '<td>臺中市西屯區</td></tr></table>', "商品規格", "保存期限", "24 個月", "臺中市西屯區")
    pg.c("heading", "商品描述", "h2", 'class="sec"')
    pg.raw('<div class="desc">')
    pg.c("paragraph", "✿ 全館滿千再送旅行皂一顆 ✿", "", "")
    pg.raw("<br><br>")
    pg.c("paragraph", esc(P.para()), "", "")
    pg.raw("<br><br>")
    pg.c("heading", "【產品特色】", "", "")
    pg.raw("<br>")
    for _ in range(3):
        pg.c("paragraph", "✔ " + esc(P.post()), "", "")
        pg.raw("<br>")
    pg.raw("<br>")
    pg.c("heading", "【注意事項】", "", "")
    pg.raw("<br>")
    pg.c("paragraph", "＊" + esc(P.para()), "", "")
    pg.raw("<br>")
    pg.c("paragraph", "＊手工製作，每批顏色略有差異，介意者請勿下單", "", "")
    pg.raw("<br><br>")
    pg.c("paragraph", "#手工皂 #母親節禮物 #交換禮物", "", "")
    pg.raw("</div>")
    pg.f('<h2 class="sec">商品評價</h2><div class="stars">4.9 / 5 <a>全部</a> <a>5 星 (1,120)</a> <a>4 星 (61)</a>'
         ' <a>附上照片 (402)</a></div>', "商品評價", "5 星 (1,120)", "附上照片 (402)")
    for k, user in enumerate(("m*****8", "j*****a", "c*****n")):
        t = esc(P.post())
        pg.f(f'<div class="review"><span class="u">{user}</span> ★★★★★<br><span class="t">2024-04-{20 + k} 1{k}:3{k} | '
             f'規格：{("薰衣草", "檜木", "綜合")[k]}</span><p>{t}</p><span>👍 {5 - k}</span></div>', user, t)
    pg.f('<div class="foot">蝦皮購物 © 2024. 版權所有　客服中心　退貨退款　蝦皮保障</div>', "蝦皮購物 © 2024. 版權所有")
    return pg


def d_library(P: Prose) -> Page:
    pg = Page("library", "s2tw", "utf-8", "webpac.lib.example.edu.tw", "館藏查詢 - 書目資料")
    pg.f('<div class="sys">國立中央圖書館 館藏目錄查詢系統 <a>我的帳戶</a> <a>借閱紀錄</a> <a>登出</a></div>',
         "國立中央圖書館 館藏目錄查詢系統", "我的帳戶", "借閱紀錄")
    pg.f('<form class="q">查詢 <select><option>關鍵字</option></select> <input value="城市 韌性"> <button>檢索</button>'
         ' <a>進階查詢</a></form>', "進階查詢")
    pg.f('<div class="bar"><a>&lt;&lt; 回查詢結果</a> | 第 3 筆，共 57 筆 | <a>上一筆</a> <a>下一筆</a></div>',
         "回查詢結果", "第 3 筆，共 57 筆", "上一筆", "下一筆")
    pg.f('<div class="tabs"><span>書目資料</span> <a>MARC 顯示</a> <a>引用格式</a> <a>加入書籤</a></div>',
         "MARC 顯示", "引用格式", "加入書籤")
    pg.c("title", "城市的韌性：災後重建與社區參與", "h2", 'class="recTitle"')
    pg.c("byline", "張明哲，林佩君合著", "div", 'class="recAuthor"')
    pg.f('<table class="bib"><tr><th>出版項</th><td>臺北市：左岸文化，2022[民111]</td></tr>'
         '<tr><th>面數/尺寸</th><td>318面；21公分</td></tr><tr><th>ISBN</th><td>9789865727123 (平裝) NT$420</td></tr>'
         '<tr><th>叢書名</th><td>左岸社會觀察；342</td></tr><tr><th>主題</th><td><a>都市計畫</a> ; <a>災害管理</a></td></tr>'
         '<tr><th>分類號</th><td>545.1 8643</td></tr></table>',
         "臺北市：左岸文化，2022[民111]", "318面；21公分", "9789865727123 (平裝) NT$420", "左岸社會觀察；342", "545.1 8643")
    pg.c("heading", "內容簡介", "h4", 'class="lbl"')
    pg.c("paragraph", esc(P.para()), "p")
    pg.c("paragraph", esc(P.para()), "p")
    pg.c("heading", "作者簡介", "h4", 'class="lbl"')
    pg.c("paragraph", esc(P.para()), "p")
    pg.c("heading", "目次", "h4", 'class="lbl"')
    pg.raw("<div class='toc'>")
    for t in ("導論　城市為何需要韌性", "第一章　九二一之後的社區", "第二章　八八風災與遷村", "結論"):
        pg.c("paragraph", t, "", "")
        pg.raw("<br>")
    pg.raw("</div>")
    pg.f('<h4>館藏資訊</h4><table class="holdings"><tr><th>館藏地</th><th>索書號</th><th>條碼</th><th>狀態</th></tr>'
         '<tr><td>總館3F人文社會書區</td><td>545.1 8643 2022</td><td>C0412877</td><td>可借閱</td></tr>'
         '<tr><td>分館2F</td><td>545.1 8643 2022 c.2</td><td>C0412878</td><td>借出 到期日 2024/05/20</td></tr></table>',
         "館藏資訊", "總館3F人文社會書區", "可借閱", "借出 到期日 2024/05/20")
    pg.f('<div class="act"><button>預約</button> <button>寄到我的信箱</button> <a>QR Code</a></div>', "寄到我的信箱")
    pg.f('<div class="foot">Copyright © 2024 國立中央圖書館 Library Systems. 本系統建議使用 Chrome 瀏覽</div>',
         "本系統建議使用 Chrome 瀏覽")
    return pg


def d_council(P: Prose) -> Page:
    pg = Page("council", "s2tw", "big5", "www.tcc.example.gov.tw", "議事日程 - 臺中市議會")
    pg.f('<table width="100%" bgcolor="#336699"><tr><td><img alt="臺中市議會 Taichung City Council"></td>'
         '<td align="right"><a>回首頁</a>｜<a>網站導覽</a>｜<a>兒童版</a></td></tr></table>',
         "臺中市議會 Taichung City Council", "兒童版")
    pg.f('<table width="100%"><tr><td><a>議會簡介</a></td><td><a>議員介紹</a></td><td><a>議事資訊</a></td>'
         '<td><a>影音專區</a></td><td><a>公告事項</a></td></tr></table>', "議會簡介", "議員介紹", "議事資訊", "影音專區",
         "公告事項")
    pg.f('<div>首頁 &gt; 議事資訊 &gt; 議事日程</div>', "首頁 > 議事資訊 > 議事日程")
    pg.c("title", "臺中市議會第4屆第3次定期會議事日程", "div",
         'align="center" style="font-size:22px;font-weight:bold"')
    pg.c("meta", "中華民國113年5月2日（星期四）", "div", 'align="center"')
    pg.c("meta", "時間：上午9時30分", "div", "")
    pg.c("meta", "地點：本會第一會議廳", "div", "")
    pg.c("meta", "主席：張議長清照", "div", "")
    pg.raw("<hr>")
    pg.c("heading", "壹、報告事項", "div", 'style="font-weight:bold;font-size:18px"')
    pg.c("paragraph", "一、宣讀上次會議紀錄。", "div", 'style="margin-left:2em"')
    pg.c("paragraph", "二、秘書處報告：" + esc(P.para()), "div", 'style="margin-left:2em"')
    pg.c("heading", "貳、討論事項", "div", 'style="font-weight:bold;font-size:18px"')
    pg.c("heading", "第一案", "div", 'style="margin-left:2em;text-decoration:underline"')
    pg.c("paragraph", "<b>案由：</b>" + esc(P.para()), "div", 'style="margin-left:2em"')
    pg.c("paragraph", "<b>說明：</b>" + esc(P.para()), "div", 'style="margin-left:2em"')
    pg.c("paragraph", "<b>辦法：</b>提請大會公決", "div", 'style="margin-left:2em"')
    pg.c("heading", "第二案", "div", 'style="margin-left:2em;text-decoration:underline"')
    pg.c("paragraph", "<b>案由：</b>" + esc(P.para()), "div", 'style="margin-left:2em"')
    pg.c("paragraph", "<b>說明：</b>" + esc(P.para()), "div", 'style="margin-left:2em"')
    pg.c("heading", "參、臨時動議", "div", 'style="font-weight:bold;font-size:18px"')
    pg.c("heading", "肆、散會", "div", 'style="font-weight:bold;font-size:18px"')
    pg.f('<table border="1" class="att"><tr><th>附件</th><th>檔案</th></tr><tr><td>議事日程表</td><td>PDF</td></tr>'
         '<tr><td>提案一覽表</td><td>ODT</td></tr></table>', "議事日程表", "提案一覽表")
    pg.f('<div class="foot">臺中市議會 版權所有 地址：40758臺中市西屯區臺灣大道三段2號 電話：04-22289111<br>'
         '本網站最佳瀏覽解析度為1024x768</div>', "地址：40758臺中市西屯區臺灣大道三段2號", "本網站最佳瀏覽解析度為1024x768")
    return pg


def d_macauuni(P: Prose) -> Page:
    pg = Page("macauuni", "s2hk", "utf-8", "www.um.example.edu.mo", "新聞 - 澳門大學 University of Macau")
    pg.f('<div class="lang"><a>中文</a> | <a>Português</a> | <a>English</a></div>', "Português")
    pg.f('<div class="brand"><img alt="澳門大學 Universidade de Macau University of Macau"></div>',
         "澳門大學 Universidade de Macau University of Macau")
    pg.f('<ul class="mainnav"><li>關於我們 About</li><li>學術 Academics</li><li>入學 Admissão</li><li>研究 Research</li>'
         '<li>校園生活 Campus Life</li></ul>', "關於我們 About", "學術 Academics", "入學 Admissão", "研究 Research",
         "校園生活 Campus Life")
    pg.f('<div class="crumb">Home / 新聞 News / 校園新聞</div>', "Home / 新聞 News / 校園新聞")
    pg.c("meta", "2024-05-02", "span", 'class="date"')
    pg.c("title", "澳大舉辦粵港澳大灣區青年創新論壇", "h1")
    pg.c("heading", "UM hosts Greater Bay Area Youth Innovation Forum", "h2", 'lang="en" style="font-size:16px"')
    pg.c("byline", "來源：傳訊部 Gabinete de Comunicação", "div", 'class="src"')
    pg.c("paragraph", esc(P.para()), "p")
    pg.f('<figure><img alt="論壇現場" loading="lazy"><figcaption>論壇嘉賓合照 Foto de grupo</figcaption></figure>',
         "論壇嘉賓合照 Foto de grupo")
    pg.c("paragraph", esc(P.para()), "p")
    pg.c("heading", "三大主題", "h3")
    pg.raw("<ul>")
    for head in ("智慧城市", "中葡平台", "青年創業"):
        pg.c("paragraph", f"<strong>{head}：</strong>" + esc(P.para()), "li")
    pg.raw("</ul>")
    pg.c("paragraph", "查詢請致電 8822 8833 或電郵 comm@um.example.edu.mo", "p")
    pg.f('<div class="share">分享 Partilhar: <a>Facebook</a> <a>WeChat</a> <a>LinkedIn</a></div>', "分享 Partilhar:")
    pg.f('<div class="more"><h4>更多新聞 Mais notícias</h4><ul><li>澳大與葡萄牙大學簽署合作協議</li>'
         '<li>Estudantes da UM premiados em concurso</li></ul></div>', "更多新聞 Mais notícias",
         "澳大與葡萄牙大學簽署合作協議", "Estudantes da UM premiados em concurso")
    pg.f('<div class="foot">澳門氹仔大學大馬路 Avenida da Universidade, Taipa, Macau, China<br>© University of Macau '
         '<a>私隱聲明 Privacy</a></div>', "澳門氹仔大學大馬路 Avenida da Universidade, Taipa, Macau, China",
         "私隱聲明 Privacy")
    cookie(pg, "本網站使用 Cookies。This website uses cookies.", "接受 Aceitar")
    return pg


def d_cram(P: Prose) -> Page:
    pg = Page("cram", "s2tw", "utf-8-sig", "www.example-cram.com.tw", "升學情報｜高點補習班")
    pg.f('<div class="sticky" style="position:fixed;top:0">📞 免費試聽專線 0800-222-333 <a>立即預約</a></div>',
         "免費試聽專線 0800-222-333", "立即預約")
    pg.f('<div class="logo"><img alt="高點升大學 GOLDEN"></div><ul class="menu"><li>最新消息</li><li>課程總覽</li>'
         '<li>榜單</li><li>分班據點</li><li>線上課程</li></ul>', "高點升大學 GOLDEN", "最新消息", "課程總覽",
         "分班據點", "線上課程")
    pg.raw('<div class="main">')
    pg.c("heading", "升學情報", "div", 'class="cat" style="color:#c00"')
    pg.c("title", "114學測分析：數A難度回穩、國綜閱讀量再增", "h1")
    pg.c("byline", "高點升大學研究室　整理", "div", 'class="author"')
    pg.c("meta", "2024/05/02", "div", 'class="date"')
    pg.f('<div class="views">👁 3,812</div>', "👁 3,812")
    pg.c("paragraph", esc(P.para()), "p")
    pg.c("heading", "一、各科難易度", "h2")
    pg.f('<table class="t"><tr><th>科目</th><th>難易度</th><th>與去年比較</th></tr><tr><td>國綜</td><td>中偏難</td>'
         '<td>持平</td></tr><tr><td>數A</td><td>中</td><td>較易</td></tr><tr><td>英文</td><td>中</td><td>持平</td></tr>'
         '</table>', "與去年比較", "中偏難")
    pg.c("paragraph", esc(P.para()), "p")
    pg.c("heading", "二、備考建議", "h2")
    pg.c("heading", "1. 國文", "h3")
    pg.c("paragraph", esc(P.para()), "p")
    pg.c("heading", "2. 數學", "h3")
    pg.c("paragraph", esc(P.para()), "p")
    pg.c("paragraph", "<b>重點提醒：</b>" + esc(P.para()), "p", 'class="note"')
    pg.f('<div class="cta"><img alt="暑期衝刺班 早鳥優惠"><a>我要報名</a></div>', "暑期衝刺班 早鳥優惠", "我要報名")
    pg.raw("</div>")
    pg.f('<div class="side"><h3>熱門文章</h3><ol><li>學測五標怎麼看</li><li>個申備審資料準備</li></ol></div>',
         "熱門文章", "學測五標怎麼看", "個申備審資料準備")
    pg.f('<div class="foot">高點文化事業 版權所有 補習班立案字號：北市教終字第5401號</div>',
         "補習班立案字號：北市教終字第5401號")
    return pg


def d_yahooqa(P: Prose) -> Page:
    pg = Page("yahooqa", "s2tw", "utf-8", "tw.answers.example.com", "Yahoo奇摩知識+")
    pg.f('<div id="uh"><a>Yahoo奇摩</a> <a>新聞</a> <a>股市</a> <a>信箱</a> <a>購物中心</a> <input value=""> '
         '<button>搜尋</button> <a>登入</a></div>', "Yahoo奇摩", "購物中心")
    pg.f('<div class="kp"><b>知識+</b> <a>首頁</a> <a>分類</a> <a>發問</a></div>', "知識+")
    pg.f('<div class="cat"><a>健康</a> › <a>疾病與症狀</a> › 其他：疾病與症狀</div>', "疾病與症狀", "其他：疾病與症狀")
    pg.f('<div class="asker"><img alt="匿名使用者"> 匿名使用者 <span>3 年前</span></div>', "匿名使用者", "3 年前")
    pg.c("title", "晚上常常睡不著，白天又很累，該看哪一科比較好？", "h1", 'class="q"')
    pg.c("paragraph", esc(P.post()), "div", 'class="qbody"')
    pg.c("paragraph", esc(P.post()), "div", 'class="qbody"')
    pg.f('<div class="qact"><a>追蹤</a> · 2 個回答 · <a>檢舉</a></div>', "2 個回答", "檢舉")
    pg.f('<h2>回答 (2)</h2>', "回答 (2)")
    pg.f('<div class="ans best"><span class="lbl">最佳解答</span><br><img alt="阿哲"> <b>阿哲</b> 知識長 <span>Lv 7</span>'
         ' <span>3 年前</span>', "最佳解答", "阿哲", "知識長")
    pg.c("paragraph", esc(P.para()), "p")
    pg.c("paragraph", esc(P.para()), "p")
    pg.c("paragraph", "參考資料： 自身經驗", "p", 'class="ref"')
    pg.f('<div class="vote">👍 3 👎 0 <a>留言</a></div></div>', "👍 3 👎 0")
    pg.f('<div class="ans"><img alt="Candy"> <b>Candy</b> <span>Lv 4</span> <span>3 年前</span>', "Candy")
    pg.c("paragraph", esc(P.post()), "p")
    pg.f('<div class="vote">👍 0 👎 0 <a>留言</a></div></div>', "👍 0 👎 0")
    pg.f('<div class="stillq"><h3>還有問題？立即提問即可得到解答。</h3><a>發問</a></div>', "還有問題？立即提問即可得到解答。")
    pg.f('<div class="related"><h3>相關問題</h3><ul><li>失眠要掛身心科還是神經內科？</li><li>一直覺得累是不是貧血</li>'
         '</ul></div>', "相關問題", "失眠要掛身心科還是神經內科？", "一直覺得累是不是貧血")
    pg.f('<div class="foot">使用條款 · 隱私權 · 社群守則 · © 2024 Yahoo. 版權所有</div>', "© 2024 Yahoo. 版權所有")
    return pg


def d_hkfaq(P: Prose) -> Page:
    pg = Page("hkfaq", "s2hk", "big5", "www.td.example.gov.hk", "運輸署 - 常見問題")
    pg.f('<a href="#content" class="skip">跳至主要內容</a>', "跳至主要內容")
    pg.f('<div class="gov"><img alt="香港特別行政區政府 GovHK"> <a>English</a> <a>简体</a> <a>文字大小</a> '
         '<a>網站指南</a></div>', "香港特別行政區政府 GovHK", "文字大小", "網站指南")
    pg.f('<ul class="nav"><li>駕駛執照</li><li>車輛登記</li><li>公共交通</li><li>道路安全</li><li>常見問題</li></ul>',
         "駕駛執照", "車輛登記", "公共交通", "道路安全")
    pg.f('<div class="crumb">主頁 &gt; 常見問題 &gt; 駕駛執照</div>', "主頁 > 常見問題 > 駕駛執照")
    pg.c("title", "常見問題 — 駕駛執照", "h1")
    pg.f('<div class="ctrl"><a>全部展開</a> | <a>全部收起</a></div>', "全部展開", "全部收起")
    pg.f('<div class="loading" style="display:none">載入中，請稍候……</div>', "載入中，請稍候……")
    for k, (sec, qs) in enumerate((("申請及續期", ("如何續領正式駕駛執照？", "駕駛執照遺失了應該怎樣辦？")),
                                   ("外地駕駛執照", ("持內地駕駛執照可否在香港駕駛？",)))):
        pg.c("heading", sec, "h2", 'class="sec"')
        for q in qs:
            pg.raw('<div class="faq-item">')
            pg.c("heading", f"<span class='icon'>＋</span>{esc(q)}", "button",
                 'class="faq-q" aria-expanded="true"')
            pg.units[-1]["text"] = q
            pg.body[-1] = pg.body[-1].replace("<span class='icon'>＋</span>", "")
            pg.raw('<div class="faq-a">')
            pg.c("paragraph", esc(P.para()), "p")
            if k == 0 and q.startswith("如何"):
                pg.raw("<ul>")
                pg.c("paragraph", "網上：透過「智方便」登入電子表格；", "li")
                pg.c("paragraph", "郵寄：將表格寄回牌照事務處；", "li")
                pg.c("paragraph", "親身：前往任何一間牌照事務處。", "li")
                pg.raw("</ul>")
            pg.raw("</div></div>")
    pg.c("paragraph", "如有其他查詢，請致電 2804 2600 聯絡本署", "p", 'class="enq"')
    pg.c("meta", "修訂日期：2024年4月30日", "p", 'class="rev" style="text-align:right"')
    pg.f('<div class="top"><a>回到頁首</a></div>', "回到頁首")
    pg.f('<div class="foot"><a>重要告示</a> | <a>私隱政策</a> | <a>無障礙聲明</a><br>2024 ©</div>', "重要告示",
         "無障礙聲明")
    return pg


def d_judgment(P: Prose) -> Page:
    pg = Page("judgment", "s2hk", "utf-8", "legalref.judiciary.example.hk", "判案書")
    pg.f('<div class="bar"><a>司法機構</a> | <a>法律參考資料系統</a> | <a>列印</a> | <a>English</a></div>',
         "法律參考資料系統")
    pg.c("meta", "HCMA 318/2023", "p", 'align="right"')
    pg.c("meta", "[2024] HKCFI 1288", "p", 'align="right"')
    pg.c("title", "香港特別行政區<br>高等法院原訟法庭", "p", 'align="center"')
    pg.c("heading", "裁判法院上訴案件2023年第318號", "p", 'align="center"')
    pg.c("heading", "（原東區裁判法院刑事案件2022年第1021號）", "p", 'align="center"')
    pg.c("meta", "香港特別行政區　　答辯人", "p", 'align="center"')
    pg.c("meta", "訴", "p", 'align="center"')
    pg.c("meta", "陳志強　　上訴人", "p", 'align="center"')
    pg.raw("<hr>")
    pg.c("meta", "主審法官：高等法院原訟法庭法官黃國明", "p", "")
    pg.c("meta", "聆訊日期：2024年4月9日", "p", "")
    pg.c("meta", "判案日期：2024年5月2日", "p", "")
    pg.raw("<hr>")
    pg.c("heading", "判 案 書", "p", 'align="center"')
    pg.raw("<hr>")
    pg.c("heading", "<u>引言</u>", "p", "")
    for k in range(1, 3):
        pg.c("paragraph", f"{k}.&nbsp;&nbsp;" + esc(P.para()), "p")
    pg.c("heading", "<u>案情</u>", "p", "")
    pg.c("paragraph", "3.&nbsp;&nbsp;" + esc(P.para()), "p")
    pg.c("paragraph", "「" + esc(P.para()) + "」", "blockquote", "")
    pg.c("paragraph", "4.&nbsp;&nbsp;" + esc(P.para()), "p")
    pg.c("heading", "<u>上訴理由</u>", "p", "")
    pg.c("paragraph", "5.&nbsp;&nbsp;上訴人的上訴理由可歸納如下：", "p")
    pg.c("paragraph", "(a)&nbsp;&nbsp;裁判官錯誤理解證人的證供；", "p", 'style="margin-left:3em"')
    pg.c("paragraph", "(b)&nbsp;&nbsp;裁判官沒有充分考慮上訴人的品格證據；及", "p", 'style="margin-left:3em"')
    pg.c("paragraph", "(c)&nbsp;&nbsp;定罪在整體上不穩妥。", "p", 'style="margin-left:3em"')
    pg.c("heading", "<u>結論</u>", "p", "")
    pg.c("paragraph", "6.&nbsp;&nbsp;" + esc(P.para()), "p")
    pg.c("meta", "（黃國明）", "p", 'align="right"')
    pg.c("meta", "高等法院原訟法庭法官", "p", 'align="right"')
    pg.c("meta", "律政司檢控官何淑儀代表答辯人", "p", "")
    pg.c("meta", "上訴人由法律援助署委派大律師梁子傑代表", "p", "")
    pg.f('<div class="foot"><a>返回頁首</a> | 司法機構 版權所有</div>', "返回頁首", "司法機構 版權所有")
    return pg


def d_travel(P: Prose) -> Page:
    pg = Page("travel", "s2tw", "utf-8-sig", "www.liontravel.example", "花東四日遊行程｜旅遊網")
    pg.f('<div class="top">🔥 限時優惠：早鳥報名每人折 1,000 元 <a>看更多</a></div>', "限時優惠：早鳥報名每人折 1,000 元")
    pg.f('<div class="hd"><img alt="旅遊網 TRAVEL"> <a>國內旅遊</a> <a>團體旅遊</a> <a>自由行</a> <a>訂房</a> <a>會員登入</a>'
         '</div>', "旅遊網 TRAVEL", "國內旅遊", "團體旅遊", "會員登入")
    pg.c("title", "花東縱谷慢旅４日｜池上稻浪、太魯閣、清水斷崖", "h1")
    pg.f('<table class="facts"><tr><td>出發日期</td><td>2024/06/08（六）</td><td>團費</td><td>NT$18,900 起</td></tr>'
         '<tr><td>行程代碼</td><td>TW-HL-0608</td><td>成團人數</td><td>16 人</td></tr></table>',
         "2024/06/08（六）", "NT$18,900 起", "TW-HL-0608")
    pg.f('<div class="tabs"><a>行程特色</a> <a>每日行程</a> <a>費用說明</a> <a>注意事項</a></div>', "費用說明")
    pg.c("heading", "行程特色", "h2")
    pg.c("paragraph", esc(P.para()), "p")
    pg.c("heading", "每日行程", "h2")
    days = (("Day 1", "臺北 → 花蓮 → 七星潭", ("08:00 臺北車站集合", "12:30 花蓮午餐"), "早餐：敬請自理　午餐：花蓮扁食　晚餐：飯店自助餐"),
            ("Day 2", "太魯閣國家公園 → 清水斷崖", ("09:00 燕子口步道", "15:00 清水斷崖觀景台"), "早餐：飯店內　午餐：原住民風味餐　晚餐：合菜"),
            ("Day 3", "花蓮 → 池上 → 臺東", ("10:00 伯朗大道單車", "16:00 鹿野高台"), "早餐：飯店內　午餐：池上便當　晚餐：自理"))
    for day, route, times, meals in days:
        pg.c("heading", f'<span class="d">{day}</span>　{route}', "h3")
        pg.f('<table class="sched">' + "".join(f"<tr><td>{t[:5]}</td><td>{t[6:]}</td></tr>" for t in times) + "</table>",
             *[t[6:] for t in times])
        pg.c("paragraph", esc(P.para()), "p")
        pg.f(f'<div class="meal">{meals}</div>', *meals.split("　"))
        pg.f('<div class="hotel">住宿：花蓮美侖大飯店 或 同級</div>', "住宿：花蓮美侖大飯店 或 同級")
    pg.c("heading", "Day 4　臺東 → 臺北", "h3")
    pg.c("paragraph", "搭乘普悠瑪號返回臺北，結束愉快的花東之旅", "p")
    pg.c("heading", "注意事項", "h2")
    pg.raw("<ul>")
    pg.c("paragraph", "本行程需年滿 6 歲以上方可參加；", "li")
    pg.c("paragraph", esc(P.para()), "li")
    pg.raw("</ul>")
    pg.f('<div class="book"><b>NT$18,900</b> 起 <button>立即報名</button> <button>加入收藏</button></div>', "立即報名",
         "加入收藏")
    pg.f('<div class="foot">交通部觀光署核准 甲種旅行社 交觀甲 7890 號 品保北 1234 號</div>',
         "交通部觀光署核准 甲種旅行社 交觀甲 7890 號 品保北 1234 號")
    return pg


def d_legalaid(P: Prose) -> Page:
    pg = Page("legalaid", "s2tw", "big5", "www.laf.example.org.tw", "法律扶助基金會 - 法律問題Q&A")
    pg.f('<div class="acc"><a accesskey="U">:::</a> <a>網站導覽</a> <a>常見問答</a> <a>English</a></div>', "常見問答")
    pg.f('<div class="logo"><img alt="財團法人法律扶助基金會"></div>', "財團法人法律扶助基金會")
    pg.f('<ul class="nav"><li>申請法扶</li><li>服務據點</li><li>法律問題Q&amp;A</li><li>捐款支持</li></ul>',
         "申請法扶", "服務據點", "捐款支持")
    pg.raw('<div class="content">')
    pg.c("heading", "法律問題Q&amp;A ／ 勞動", "div", 'class="cat"')
    pg.c("title", "公司積欠薪資又惡意倒閉，員工可以怎麼辦？", "h2")
    pg.c("meta", "發布日期：113/05/02　點閱：1,024", "div", 'class="info"')
    pg.units[-1]["text"] = "發布日期：113/05/02"
    pg.body[-1] = '<div class="info"><span>發布日期：113/05/02</span>　<span>點閱：1,024</span></div>'
    pg.furniture.append("點閱：1,024")
    pg.c("paragraph", "<b>問：</b>" + esc(P.para()), "p")
    pg.c("paragraph", "<b>答：</b>" + esc(P.para()), "p")
    pg.c("heading", "一、向勞工局申請調解", "h3")
    pg.c("paragraph", esc(P.para()), "p")
    pg.c("heading", "二、請領積欠工資墊償基金", "h3")
    pg.c("paragraph", esc(P.para()), "p")
    pg.c("paragraph", "應準備文件：", "p")
    pg.raw("<ol>")
    pg.c("paragraph", "積欠工資墊償申請書；", "li")
    pg.c("paragraph", "事業單位歇業之證明文件；", "li")
    pg.c("paragraph", "薪資單或匯款紀錄", "li")
    pg.raw("</ol>")
    pg.c("heading", "三、提起民事訴訟", "h3")
    pg.c("paragraph", esc(P.para()), "p")
    pg.c("paragraph", "※本文僅供參考，個案情形請洽本會各分會律師諮詢。", "p", 'class="note" style="font-size:12px"')
    pg.c("byline", "撰文：法扶臺北分會　王律師", "p", 'style="text-align:right"')
    pg.raw("</div>")
    pg.f('<div class="share"><a>列印</a> <a>轉寄</a> <a>回上一頁</a></div>', "回上一頁")
    pg.f('<div class="foot">財團法人法律扶助基金會 法扶專線：412-8518（手機加02）<br>服務時間：週一至週五 9:00-21:00</div>',
         "法扶專線：412-8518（手機加02）", "服務時間：週一至週五 9:00-21:00")
    return pg


def d_uniboard(P: Prose) -> Page:
    pg = Page("uniboard", "s2tw", "utf-8", "www.nchu.example.edu.tw", "最新公告 - 國立中興大學")
    pg.f('<div class="hd"><img alt="國立中興大學 National Chung Hsing University"> <a>校友</a> <a>在校生</a> <a>教職員</a>'
         ' <a>EN</a></div>', "國立中興大學 National Chung Hsing University", "在校生", "教職員")
    pg.f('<div class="crumb">首頁 › 公告訊息 › 行政公告</div>', "首頁 › 公告訊息 › 行政公告")
    pg.f('<table class="list"><tr><th>日期</th><th>單位</th><th>標題</th></tr>'
         '<tr><td>2024-05-01</td><td>學務處</td><td><a>113學年度學生宿舍床位抽籤結果</a></td></tr>'
         '<tr><td>2024-04-29</td><td>圖書館</td><td><a>五月份電子資源教育訓練課程</a></td></tr>'
         '<tr><td>2024-04-26</td><td>總務處</td><td><a>校園停電通知（5/11）</a></td></tr></table>',
         "113學年度學生宿舍床位抽籤結果", "五月份電子資源教育訓練課程", "校園停電通知（5/11）")
    pg.f('<div class="pager">« 1 2 3 … 48 »</div>', "« 1 2 3 … 48 »")
    pg.raw('<div class="detail">')
    pg.c("title", "【教務處】公告113學年度第1學期校際選課申請作業", "h3", 'class="ann-title"')
    pg.c("byline", "公告單位：教務處課務組", "span", "")
    pg.raw("<br>")
    pg.c("meta", "公告日期：2024-05-02", "span", "")
    pg.raw("<br>")
    pg.f('<span>點閱次數：731</span><br><hr>', "點閱次數：731")
    pg.c("paragraph", "主旨：公告113學年度第1學期校際選課申請作業，請查照。", "p")
    pg.c("paragraph", "說明：", "p")
    pg.c("paragraph", "1. " + esc(P.para()), "p", 'style="margin-left:1em"')
    pg.c("paragraph", "2. 申請期間：", "p", 'style="margin-left:1em"')
    pg.c("paragraph", "2.1 本校學生至他校選課：即日起至5月31日止；", "p", 'style="margin-left:2em"')
    pg.c("paragraph", "2.2 他校學生至本校選課：6月3日至6月14日止。", "p", 'style="margin-left:2em"')
    pg.c("paragraph", "3. " + esc(P.para()), "p", 'style="margin-left:1em"')
    pg.c("paragraph", "聯絡人：課務組　李小姐（分機 12345）", "p")
    pg.f('<div class="att">相關附件：<a>校際選課申請表.docx</a> <a>作業流程.pdf</a></div>', "相關附件：",
         "校際選課申請表.docx", "作業流程.pdf")
    pg.f('<div class="link">相關網址：<a href="https://www.nchu.example.edu.tw/course">'
         'https://www.nchu.example.edu.tw/course</a></div>', "相關網址：")
    pg.raw("</div>")
    pg.f('<div class="foot">402202 臺中市南區興大路145號　總機：04-22873181<br>最後更新：2024-05-02</div>',
         "402202 臺中市南區興大路145號", "總機：04-22873181", "最後更新：2024-05-02")
    return pg


DESIGNS = [d_dcard, d_wiki, d_eyrelease, d_hknews, d_hospital, d_shopee, d_library, d_council, d_macauuni, d_cram,
           d_yahooqa, d_hkfaq, d_judgment, d_travel, d_legalaid, d_uniboard]
WIDTHS = [60, 64, 72, 80, 88, 96, 110, 128, 140, 150, 176, 200]
FIFTH = ["lynxinline", "lynxnonum", "w3m", "html2textpretty", "w3mlinks"]
ENCODINGS = ["utf-8", "utf-8-bom", "big5", "gb18030", "crlf", "big5+crlf", "utf-8-bom+crlf", "gb18030+crlf"]
OCR = {(1, "w3m"), (6, "lynx"), (12, "html2text")}
# Big5 bytes as Windows and browsers write them (cp950: Python's "big5" maps a few punctuation codes, 0xA145 / 0xA241,
# to other characters than cp950 and the WHATWG Big5 decoder do)
CODEC = {"utf-8": "utf-8", "utf-8-bom": "utf-8-sig", "big5": "cp950", "gb18030": "gb18030", "crlf": "utf-8"}


def encode(text: str, enc: str, charset: str) -> tuple[bytes, str]:
    """``text`` in the rotation's encoding ``enc``; a Big5 page's UTF-8 (BOM or not) slot is saved in Big5 where every
    character has a Big5 code, and a Big5 slot whose text has a character outside Big5 falls back to UTF-8 with a
    BOM."""
    crlf = enc.endswith("crlf")
    base = enc.replace("+crlf", "").replace("crlf", "utf-8")
    if charset == "big5" and base in ("utf-8", "utf-8-bom"):
        base = "big5"
    try:
        data = text.encode(CODEC[base])
        if data.decode(CODEC[base]) != text.removeprefix("\ufeff"):
            raise UnicodeEncodeError(CODEC[base], text, 0, 1, "no round trip")
    except UnicodeEncodeError:
        base = "utf-8-bom"
        data = text.encode(CODEC[base])
    if crlf:
        data = data.replace(b"\n", b"\r\n")
    name = ("crlf" if base == "utf-8" else base + "+crlf") if crlf else base
    return data, name


def dev_unit_texts_elsewhere() -> list[str]:
    """The other batch-15 builders' dev15 gold units, from their branches where committed."""
    texts = []
    for branch in ("b15web", "b15print"):
        ls = subprocess.run(["git", "ls-tree", "--name-only", branch, "benchmarks/segcorpus/gold/"], cwd=ROOT,
                            capture_output=True, text=True)
        man = subprocess.run(["git", "ls-tree", "-r", "--name-only", branch, "benchmarks/segcorpus/text/dev15/",
                              "benchmarks/segcorpus/native/dev15/"], cwd=ROOT, capture_output=True, text=True)
        stems = {Path(x).stem for x in man.stdout.split()}
        for path in ls.stdout.split():
            if Path(path).stem in stems and Path(path).stem.endswith(("_html", "_pdf", "_docx")):
                blob = subprocess.run(["git", "show", f"{branch}:{path}"], cwd=ROOT, capture_output=True, text=True)
                texts += [u["text"] for u in json.loads(blob.stdout)["units"]]
    return texts


def held_check(held_texts: list[str], dev_texts: list[str]) -> None:
    cand: dict[str, str] = {}
    for t in held_texts:
        for g in grams(t):
            cand[g] = t
    for text in dev_texts:
        s = T2S.convert(squash(text))
        for i in range(len(s) - 14):
            hit = cand.get(s[i:i + 15])
            assert hit is None, f"held text shares {s[i:i + 15]!r} with development text: {hit[:30]!r}"


def main() -> int:
    pools = build_pools()
    for split in ("dev15", "held15"):
        for route in ("text", "native"):
            (CORPUS / route / split).mkdir(parents=True, exist_ok=True)
            for old in (CORPUS / route / split).glob("v15-*"):
                old.unlink()
    for old in (CORPUS / "gold").glob("v15-*.json"):
        old.unlink()
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir()
    dev_prose = Prose(pools["dev"], pools["wdev"], None)
    held_prose = Prose(pools["held"], pools["wheld"], None)
    manifest, pages = [], []
    rng = random.Random(1502)
    for n, design in enumerate(DESIGNS):
        split = "dev15" if n < 10 else "held15"
        prose = dev_prose if n < 10 else held_prose
        first = len(prose.sources)
        probe = design.__name__
        script = {"d_hknews": "s2hk", "d_macauuni": "s2hk", "d_hkfaq": "s2hk", "d_judgment": "s2hk"}.get(probe, "s2tw")
        prose.conv = S2HK if script == "s2hk" else S2TW
        pg = design(prose)
        assert pg.script == script
        doc_id = f"v15-{n:03d}"
        pages.append((split, pg))
        declared = "utf-8" if pg.charset == "utf-8-sig" else pg.charset
        raw = pg.html(declared).encode(CODEC.get(pg.charset, pg.charset), errors="xmlcharrefreplace")
        native = CORPUS / "native" / split / f"{doc_id}_html.html"
        native.write_bytes(raw)
        content = "".join(squash(u["text"]) for u in pg.units)
        furniture = [f for f in dict.fromkeys(pg.furniture) if squash(f) and squash(f) not in content]
        gold = {"doc_id": f"{doc_id}_html", "source": f"reused {split[:3]} gold paragraphs and Weibo NER train posts",
                "units": pg.units, "furniture": furniture}
        (CORPUS / "gold" / f"{doc_id}_html.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                            encoding="utf-8")
        files = [{"path": f"native/{split}/{doc_id}_html.html", "route": "native", "tool": "html",
                  "encoding": pg.charset.replace("utf-8-sig", "utf-8-bom")}]
        copy = WORK / f"{doc_id}.html"
        copy.write_text(pg.html("utf-8"), encoding="utf-8")
        widths = rng.sample(WIDTHS, 5)
        tools = ["lynx", "lynxnolist", "w3m", "html2textpretty" if n % 3 == 1 else "html2text", FIFTH[n % 5]]
        if tools[4] == tools[3]:
            tools[4] = "html2text"
        for k, (tool, width) in enumerate(zip(tools, widths, strict=True)):
            dump = run_tool(tool, width, copy)
            if (n, tool) in OCR:
                dump = ocr_spaces(dump, random.Random(n))
            try:
                units = label(dump, pg.units, pg.furniture)
            except SystemExit as err:
                raise SystemExit(f"{doc_id} {tool}{width}: {err}") from None
            assert [u["kind"] for u in units if u["kind"] != "debris"] == [u["kind"] for u in pg.units]
            stem = f"{doc_id}_{tool}{width}"
            data, enc = encode(dump, ENCODINGS[(n * 5 + k) % len(ENCODINGS)], pg.charset)
            (CORPUS / "text" / split / f"{stem}.txt").write_bytes(data)
            decoded = data.decode(CODEC[enc.split("+")[0]]).replace("\r\n", "\n")
            assert "".join(u["text"] for u in units) == decoded
            for u in units:
                assert squash(u["text"]) in squash(decoded)
            (CORPUS / "gold" / f"{stem}.json").write_text(json.dumps(
                {"doc_id": stem, "source": gold["source"], "units": units}, ensure_ascii=False, indent=1) + "\n",
                encoding="utf-8")
            files.append({"path": f"text/{split}/{stem}.txt", "route": "text", "tool": f"{tool}{width}",
                          "encoding": enc} | ({"ocr": True} if (n, tool) in OCR else {}))
        manifest.append({"id": doc_id, "split": split, "script": script, "template": pg.design,
                         "charset": pg.charset, "declared": declared, "sources": prose.sources[first:], "files": files})
    # the held pages share no 15-character stretch with development gold, the dev15 pages or other dev15 parts
    held_texts = [u["text"] for split, pg in pages if split == "held15" for u in pg.units]
    dev15 = [u["text"] for split, pg in pages if split == "dev15" for u in pg.units]
    others = dev_unit_texts_elsewhere() + dev_gold_texts(split_of_stems(), batch15=True)
    held_check(held_texts, dev_gold_texts(split_of_stems()) + dev15 + others)
    print(f"held check: {len(held_texts)} held units against development gold, {len(dev15)} dev15 units here and "
          f"{len(others)} of the other dev15 parts (their branches, gold on disk); {pools['dropped']} held candidates dropped", file=sys.stderr)
    (CORPUS / "manifest-dev15-tw.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n",
                                                   encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
