"""Batch 14, TW part: twelve site designs of pages a Taiwan / Hong Kong / Macau user saves (and two mainland ones of
the same kinds), two pages each, ids ``v14-000`` .. ``v14-023``; designs 0-7 -> ``dev14``, designs 8-11 -> ``held14``.

Each page is built as a list of blocks (site furniture with its strings, content units with their kind) by the
``Page`` registry below; the native file is the page's HTML in its charset, its gold the content units and the
furniture strings. The text files are dumps of a UTF-8 copy by lynx, w3m and html2text (widths and options vary);
their gold labels every character of the dump: each content unit is found in order (whitespace removed; a unit whose
text also shows in the furniture just before it skips those occurrences), grows to its whole line(s) where the rest of
its first line before it is only indentation or a list mark and the rest of its last line is blank (then it takes the
blank lines under it), and everything between content units is debris, one unit per line (a line plus the blank lines
under it), lines joined where one furniture string wraps over them.

Prose: Resume NER (``/work/shared/data/resume_ner/``, char-per-line BMES, a blank line ends a sentence); dev14 takes
``train.char.bmes`` sentences 1260-1899, held14 ``train.char.bmes`` 3180-3820 and ``dev.char.bmes`` 0-462 (0-based),
dropping every held sentence that shares a 15-character stretch (whitespace removed) with the dev prose, CLUENER
train / dev or any paragraph unit of an existing ``gold/*.json`` (asserted again on the pages built). Consecutive
sentences are grouped into paragraphs of 60-300 characters; the resume openings (``姓名，男，``, ``X先生：``) are kept
as the source has them. Traditional pages: opencc ``s2twp`` (Taiwan, with its vocabulary) or ``s2hk`` (Hong Kong,
Macau) over every string.

    PYTHONPATH=$PWD:OPENCC_DIR python benchmarks/segcorpus/make_dev14_tw.py
"""

from __future__ import annotations

import html as htmlmod
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "benchmarks" / "segcorpus"
DATA = Path("/work/shared/data")
PREFIX = "v14"
CONTENT = ("title", "heading", "byline", "meta", "paragraph")
_WS = re.compile(r"\s+")


def squash(s: str) -> str:
    return _WS.sub("", s)


def esc(s: str) -> str:
    return htmlmod.escape(s, quote=False)


# --------------------------------------------------------------------------------------------------- prose

def load_bmes(path: Path) -> list[str]:
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


def grams(s: str, n: int = 15) -> set[str]:
    s = squash(s)
    return {s[i:i + n] for i in range(len(s) - n + 1)}


_OPENING = re.compile(r"[\u4e00-\u9fff]{2,4}(?:先生|女士)?[：，,]?(?:男|女|先生|女士|[：，])")


def group(sentences: list[str], lo: int = 60, hi: int = 300) -> list[str]:
    """Consecutive sentences into paragraphs of lo..hi characters (a too long sentence alone is dropped)."""
    paras, cur = [], ""
    for s in sentences:
        if len(s) > hi:
            continue
        if len(cur) >= lo and _OPENING.match(s):  # a new resume starts a new paragraph
            paras.append(cur)
            cur = ""
        if len(cur) + len(s) > hi:
            if len(cur) >= lo:
                paras.append(cur)
            cur = ""
        cur += s
        if len(cur) >= lo and (s.endswith("。") or len(cur) >= 140):
            paras.append(cur)
            cur = ""
    return paras


def reference_texts():
    """What the held side must share no 15-character stretch with (besides the dev prose): CLUENER train / dev
    and every paragraph unit of the gold files already in the corpus (other than this part's)."""
    for name in ("train.json", "dev.json"):
        for line in (DATA / "cluener2020" / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield json.loads(line)["text"]
    for g in sorted(CORPUS.glob("gold/*.json")):
        if not g.name.startswith(f"{PREFIX}-"):
            for u in json.loads(g.read_text(encoding="utf-8"))["units"]:
                if u["kind"] == "paragraph":
                    yield u["text"]


def shared(want: set[str], dev_texts) -> set[str]:
    """The 15-grams of ``want`` that occur in ``dev_texts`` or in the reference texts."""
    bad: set[str] = set()
    for text in [*dev_texts, *reference_texts()]:
        t = squash(text)
        for i in range(len(t) - 14):
            if t[i:i + 15] in want:
                bad.add(t[i:i + 15])
    return bad


def prose():
    rdir = DATA / "resume_ner"
    train = load_bmes(rdir / "train.char.bmes")
    devf = load_bmes(rdir / "dev.char.bmes")
    dev_s = train[1260:1900]
    held_s = train[3180:3821] + devf[0:463]
    dev_paras = group(dev_s)
    want: set[str] = set()
    for s in held_s:
        want |= grams(s)
    bad = shared(want, dev_paras)
    kept = [s for s in held_s if not (grams(s) & bad)]
    held_paras = group(kept)
    return dev_paras, held_paras, bad, len(held_s) - len(kept)


# --------------------------------------------------------------------------------------------------- page registry

class Page:
    """A page as blocks in order: furniture (HTML and the strings it shows) and content units (kind, text)."""

    def __init__(self, conv, pool: list[str]):
        self.conv = conv
        self.pool = pool
        self.parts: list[str] = []
        self.units: list[dict] = []
        self.furn: list[str] = []
        self._since: list[str] = []
        self.sources: list[str] = []

    def p(self) -> str:
        """The next prose paragraph (converted)."""
        s = self.pool.pop(0)
        self.sources.append(s[:20])
        return self.conv(s)

    def raw(self, html: str) -> None:
        self.parts.append(self.conv(html))

    def F(self, html: str, *strings: str) -> None:
        """Furniture: its HTML (converted) and the strings it shows."""
        self.parts.append(self.conv(html))
        for s in strings:
            s = self.conv(s)
            self.furn.append(s)
            self._since.append(s)

    def C(self, kind: str, text: str, wrap: str = "<p>{}</p>", head: str | None = None, htag: str = "b",
          conv: bool = True, sep: str = "") -> str:
        """A content unit; ``head`` a run-in head in ``<htag>`` before the text (one unit)."""
        assert kind in CONTENT
        t = self.conv(text) if conv else text
        inner = esc(t)
        full = t
        if head is not None:
            h = self.conv(head)
            inner = f"<{htag}>{esc(h)}</{htag}>{sep}{esc(t)}"
            full = h + sep.replace("&nbsp;", "\u00a0") + t
        key = squash(full)
        skip = sum(squash(f).count(key) for f in self._since)
        self._since = []
        self.units.append({"kind": kind, "text": full, "skip": skip})
        self.parts.append(wrap.format(inner))
        return full

    def P(self, wrap: str = "<p>{}</p>", text: str | None = None, br: int = 0) -> str:
        """A prose paragraph (``br``: hard line breaks every ``br`` characters, as a BBS post has)."""
        t = self.p() if text is None else text
        if br:
            pieces = [esc(t[i:i + br]) for i in range(0, len(t), br)]
            key = squash(t)
            skip = sum(squash(f).count(key) for f in self._since)
            self._since = []
            self.units.append({"kind": "paragraph", "text": t, "skip": skip})
            self.parts.append(wrap.format("<br>\n".join(pieces)))
            return t
        return self.C("paragraph", t, wrap, conv=False)

    def html(self, title: str, charset: str, host: str, css: str = "") -> str:
        body = "\n".join(self.parts)
        return (f'<!DOCTYPE html>\n<html lang="zh">\n<head>\n'
                f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
                f'<title>{esc(self.conv(title))}</title>\n<base href="https://{host}/">\n'
                f"<style>{css} .hide{{display:none}}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


def nav(items, cls="nav", sep=" ", tag="a") -> tuple[str, list[str]]:
    inner = sep.join(f'<{tag} href="/{i}">{esc(x)}</{tag}>' for i, x in enumerate(items))
    return f'<div class="{cls}">{inner}</div>', list(items)


def ul(items, cls="list", link=True) -> tuple[str, list[str]]:
    if link:
        inner = "".join(f'<li><a href="/i/{i}">{esc(x)}</a></li>' for i, x in enumerate(items))
    else:
        inner = "".join(f"<li>{esc(x)}</li>" for x in items)
    return f'<ul class="{cls}">{inner}</ul>', list(items)


def table(rows, attrs='border="1"') -> tuple[str, list[str]]:
    body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table {attrs}>{body}</table>", [c for r in rows for c in r if c.strip()]


# --------------------------------------------------------------------------------------------------- designs
# Each design fills a Page; k (0 or 1) is the page's number within its design, rng a seeded random.Random.

def d_ptt(pg: Page, k: int, rng) -> str:
    """PTT-like BBS post on the web: header table of 作者/看板/标题/时间, hard-wrapped body, 推/嘘 lines."""
    board = ["Salary", "Tech_Job"][k]
    title = ["[心得] 从工程师转职到管理岗的三年", "[分享] 在新竹科学园区待了十年的一些观察"][k]
    pg.F(f'<div id="topbar"><a href="/bbs/">批踢踢实业坊</a> › <a href="/bbs/{board}/index.html">看板 {board}</a>'
         '<a class="right" href="/about">关于我们</a> <a href="/contact">联络资讯</a></div>',
         "批踢踢实业坊", "›", f"看板 {board}", "关于我们", "联络资讯")
    pg.F('<div class="over18 hide">本看板内容可能含有限制级内容，您是否已年满十八岁？<a href="/ask">我同意</a></div>',
         "本看板内容可能含有限制级内容，您是否已年满十八岁？", "我同意")
    pg.F(f'<div class="bar"><a href="/bbs/{board}/index.html">← 返回看板</a> <a href="#">分享</a></div>',
         "← 返回看板", "分享")
    pg.raw('<div id="main-content" class="bbs-screen">')
    pg.C("byline", ["sunnyday0412 (小晴)", "kevinhsu (阿凯)"][k], '<div class="article-metaline">{}</div>',
         head="作者", htag="span", sep=" ")
    pg.F(f'<div class="article-metaline-right"><span class="tag">看板</span> <span class="value">{board}</span></div>', "看板", board)
    pg.F('<div class="article-metaline"><span class="tag">标题</span> ', "标题")
    pg.C("title", title, '<span class="value">{}</span></div>')
    pg.C("meta", ["Tue Mar 12 22:41:07 2024", "Sat Aug 3 09:15:52 2024"][k], '<div class="article-metaline">{}</div>',
         head="时间", htag="span", sep=" ")
    pg.raw("<br>")
    pg.P("<div>{}</div><br>", br=38)
    pg.C("paragraph", ["大概分三点讲：", "先讲结论："][k], "<div>{}</div><br>")
    pg.C("heading", "一、" + ["技术还是要跟上，不然很难带人", "园区的节奏跟外面完全不一样"][k], "<div>{}</div>")
    pg.P("<div>{}</div><br>", br=38)
    pg.C("heading", "二、" + ["沟通比写程式难十倍", "薪资结构要看清楚"][k], "<div>{}</div>")
    pg.P("<div>{}</div><br>", br=38)
    pg.F('<div class="richcontent"><img src="https://i.imgur.example/a.jpg" alt="[图片]"></div>', "[图片]")
    pg.C("heading", "三、" + ["身体最重要", "别忘了自己想要什么"][k], "<div>{}</div>")
    pg.P("<div>{}</div><br>", br=38)
    pg.C("paragraph", "以上，有问题欢迎推文讨论", "<div>{}</div><br>")
    pg.F("<div>--</div>", "--")
    ip = f"36.228.{10 + k}.{77 + k}"
    pg.F(f'<span class="f2">※ 发信站: 批踢踢实业坊(ptt.example), 来自: {ip} (台湾)</span><br>', f"※ 发信站: 批踢踢实业坊(ptt.example), 来自: {ip} (台湾)")
    pg.F(f'<span class="f2">※ 文章网址: <a href="https://www.ptt.example/bbs/{board}/M.171{k}.A.html">'
         f'https://www.ptt.example/bbs/{board}/M.171{k}.A.html</a></span><br>', "※ 文章网址:")
    pushes = [("推", "ricecake", ": 推推 过来人心有戚戚焉", "03/12 22:50"),
              ("→", "ricecake", ": 第二点真的很重要", "03/12 22:51"),
              ("嘘", "nobodyhere", ": 又在画大饼", "03/12 23:07"),
              ("推", "mapleleaf", ": 感谢分享，收藏了", "03/13 00:12"),
              ("推", "oolongtea", ": 身体最重要+1", "03/13 08:30")]
    for tag, user, txt, when in pushes[k:]:
        pg.F(f'<div class="push"><span class="push-tag">{tag} </span><span class="push-userid">{user}</span>'
             f'<span class="push-content">{esc(txt)}</span><span class="push-ipdatetime"> {when}</span></div>',
             tag, user, txt, when)
    pg.raw("</div>")
    pg.F('<div id="footer">本网站已依台湾网站内容分级规定处理。此区域为限制级，未满十八岁者不得浏览。</div>',
         "本网站已依台湾网站内容分级规定处理。此区域为限制级，未满十八岁者不得浏览。")
    return title


def d_pixnet(pg: Page, k: int, rng) -> str:
    """Pixnet-like personal blog: header with blog name, article with date box, sidebar calendar, tag cloud, 留言."""
    title = ["京都五日：从伏见稻荷走到鸭川", "台南两天一夜：老屋、庙宇与牛肉汤"][k]
    h, s = nav(["首页", "痞客邦", "部落格", "相簿", "留言板", "登入"])
    pg.F(h, *s)
    pg.F('<div id="blog-header"><h1 class="blog-title"><a href="/">小鹿的旅行笔记本</a></h1>'
         '<p class="blog-desc">走过的路、吃过的饭、遇见的人</p></div>', "小鹿的旅行笔记本", "走过的路、吃过的饭、遇见的人")
    pg.F('<div class="cookie-bar">本网站使用 Cookie 以提供更好的浏览体验，继续浏览即表示同意。<button>我知道了</button></div>',
         "本网站使用 Cookie 以提供更好的浏览体验，继续浏览即表示同意。", "我知道了")
    pg.F('<div class="article-date"><span class="month">{}</span><span class="day">{}</span>'
         '<span class="year">2024</span></div>'.format(["Apr", "Oct"][k], ["18", "06"][k]), ["Apr", "Oct"][k],
         ["18", "06"][k], "2024")
    pg.C("title", title, '<h2 class="article-title"><a href="/blog/post/1">{}</a></h2>')
    pg.F('<ul class="refer"><li>文章分类：<a href="/c/1">{}</a></li><li>个人分类：<a href="/c/2">{}</a></li></ul>'.format(["日本旅游", "台湾小旅行"][k], ["关西", "台南"][k]), "文章分类：", ["日本旅游", "台湾小旅行"][k],
         "个人分类：", ["关西", "台南"][k])
    pg.C("byline", ["小鹿 发表在 痞客邦 留言(12) 人气(3,481)", "小鹿 发表在 痞客邦 留言(7) 人气(1,902)"][k],
         '<div class="author">{}</div>')
    pg.F('<div class="ad">赞助商连结</div>', "赞助商连结")
    pw = ["<p>{}</p>", "{}<br><br>"][k]  # the second page: the editor's <br><br> paragraphs in one div
    pg.raw('<div class="article-content">')
    pg.P(pw)
    pg.C("paragraph", "✈ 这次的行程：" + ["大阪进、京都住四晚、大阪出", "高铁到台南、租机车、住民宿"][k],
         '<p><span style="color:#c00">{}</span></p>')
    pg.C("heading", ["◆ Day 1 伏见稻荷大社", "◆ 第一天　神农街与蓝晒图"][k],
         '<p><span style="font-size:18pt"><strong>{}</strong></span></p>')
    pg.F('<p><img class="lazy" data-src="/img/1.jpg" alt="{}"></p>'.format(["千本鸟居", "神农街夜景"][k]),
         ["千本鸟居", "神农街夜景"][k])
    pg.P(pw)
    rel = ["京都巴士一日券怎么买？", "台南必吃小吃清单"][k]
    pg.F(f'<p style="font-size:13px">延伸阅读：<a href="/blog/post/9">{rel}</a></p>', "延伸阅读：", rel)
    pg.P(pw)
    pg.C("heading", ["◆ Day 2 岚山与嵯峨野", "◆ 第二天　赤崁楼一带"][k],
         '<p><span style="font-size:18pt"><strong>{}</strong></span></p>')
    pg.C("heading", ["▸ 交通", "▸ 早餐"][k], ['<p><strong>{}</strong></p>', '<strong>{}</strong><br>'][k])
    pg.P(pw)
    pg.C("heading", ["▸ 门票", "▸ 午餐"][k], ['<p><strong>{}</strong></p>', '<strong>{}</strong><br>'][k])
    pg.C("paragraph", ["成人 500 円，学生 300 円（现金）", "牛肉汤一碗 120 元起，营业到卖完为止"][k], pw)
    pg.P(pw)
    pg.F('<p style="text-align:center">— 待续 —</p>', "— 待续 —")
    pg.raw("</div>")
    h, s = nav(["#京都", "#自由行", "#红叶", "#美食"] if k == 0 else ["#台南", "#老屋", "#牛肉汤", "#机车"], "tags")
    pg.F('<div class="tag">标签：' + h + "</div>", "标签：", *s)
    pg.F('<div class="share"><a href="#">Facebook</a> <a href="#">LINE</a> <a href="#">Twitter</a></div>',
         "Facebook", "LINE", "Twitter")
    pg.F('<div class="prev-next">« <a href="/p/0">上一篇</a> | <a href="/p/2">下一篇</a> »</div>', "上一篇", "下一篇")
    pg.F(f"<h3>留言列表 ({12 - 5 * k})</h3>", f"留言列表 ({12 - 5 * k})")
    for who, txt, when in [("阿咪", "照片好美！请问住哪一间？", "2024/04/19 10:21"),
                           ("Jerry", "收藏起来下次用", "2024/04/20 22:03")]:
        pg.F(f'<div class="comment"><b>{who}</b> 于 {when} 回复：<br>{esc(txt)}<br><a href="#">悄悄话</a></div>',
             who, when, "回复：", txt, "悄悄话")
    pg.F('<div class="comment-form">发表留言<br>暱称：<input name="n"><br><textarea></textarea><br>'
         '<input type="submit" value="送出留言"></div>', "发表留言", "暱称：", "送出留言")
    pg.raw('<div id="sidebar">')
    pg.F('<h4>月历</h4>', "月历")
    cal = [["日", "一", "二", "三", "四", "五", "六"], ["", "1", "2", "3", "4", "5", "6"],
           ["7", "8", "9", "10", "11", "12", "13"]]
    h, s = table(cal, 'class="calendar"')
    pg.F(f"<div>{['2024 四月', '2024 十月'][k]}</div>" + h, ["2024 四月", "2024 十月"][k], *s)
    pg.F('<h4>热门文章</h4>', "热门文章")
    h, s = ul(["大阪周游卡怎么用最划算", "冲绳自驾全攻略", "首尔弘大住宿推荐"])
    pg.F(h, *s)
    pg.F('<h4>标签云</h4><div class="cloud"><a style="font-size:20px">日本</a> <a style="font-size:12px">咖啡</a> '
         '<a style="font-size:16px">台湾</a> <a style="font-size:11px">韩国</a></div>', "标签云", "日本", "咖啡", "台湾",
         "韩国")
    pg.F('<h4>参观人气</h4><div>本日人气：128</div><div>累积人气：482,193</div>', "参观人气", "本日人气：128",
         "累积人气：482,193")
    pg.raw("</div>")
    pg.F('<div id="footer">Powered by 痞客邦 © 2024 小鹿的旅行笔记本</div>', "Powered by 痞客邦 © 2024 小鹿的旅行笔记本")
    return title


def d_legco(pg: Page, k: int, rng) -> str:
    """LegCo-like council transcript (s2hk): layout table with a left menu, 会议过程正式纪录, speaker turns."""
    title = ["立法会会议过程正式纪录", "财务委员会会议过程正式纪录"][k]
    pg.F('<a href="#main" class="skip">跳到主要内容</a>', "跳到主要内容")
    pg.F('<div class="top">香港特别行政区立法会 <a href="/en">English</a> | <a href="/sc">简体版</a> | '
         '<a href="/a11y">无障碍</a></div>', "香港特别行政区立法会", "English", "简体版", "无障碍")
    pg.raw('<table width="100%" cellpadding="4"><tr><td valign="top" width="180">')
    h, s = ul(["议员", "立法会会议", "委员会", "议事规则", "刊物"], "menu")
    pg.F(h, *s)
    pg.raw('</td><td valign="top"><a name="main"></a>')
    pg.C("title", title, '<h1 align="center">{}</h1>')
    pg.C("meta", ["2024年1月17日（星期三）", "2024年5月24日（星期五）"][k], '<p align="center"><b>{}</b></p>')
    pg.C("meta", "上午11时正会议开始", '<p align="center">{}</p>')
    pg.C("heading", "出席议员：", "<p><b><u>{}</u></b></p>")
    pg.C("paragraph", "主席梁君彦议员，大紫荆勋贤，GBS，JP", "<p>{}</p>")
    pg.C("paragraph", ["石礼谦议员，GBS，JP", "李慧琼议员，GBM，JP"][k], "<p>{}</p>")
    pg.C("heading", "列席秘书：", "<p><b><u>{}</u></b></p>")
    pg.C("paragraph", "秘书长陈维安先生，SBS", "<p>{}</p>")
    pg.F('<p align="right"><a href="#top">返回页首</a></p><hr>', "返回页首")
    pg.C("heading", ["提交文件", "议程第I项"][k], '<h3 align="center">{}</h3>')
    pg.C("heading", ["议员议案", "资本投资基金"][k], '<h4 align="center"><i>{}</i></h4>')
    pg.C("paragraph", pg.p(), "<p>{}</p>", head="主席：", htag="b", conv=False)
    pg.C("paragraph", pg.p(), "<p>{}</p>", head=["陈振英议员：", "何君尧议员："][k], htag="b", conv=False)
    pg.C("paragraph", pg.p(), "<p>{}</p>")
    pg.C("paragraph", "（议员鼓掌）", '<p class="note"><i>{}</i></p>')
    pg.C("paragraph", pg.p(), "<p>{}</p>", head=["财经事务及库务局局长：", "主席："][k], htag="b", conv=False)
    pg.C("paragraph", "主席，我多谢议员的提问", "<p>&nbsp;&nbsp;&nbsp;&nbsp;{}</p>")
    pg.C("paragraph", pg.p(), "<p>{}</p>", head="主席：", htag="b", conv=False)
    pg.C("heading", "暂停会议", '<p align="center"><b>{}</b></p>')
    pg.C("meta", "下午1时02分", '<p align="center">{}</p>')
    pg.F('<p align="right"><a href="#top">返回页首</a></p>', "返回页首")
    pg.C("paragraph", "会议随而暂停。", "<p><b>{}</b></p>")
    pg.raw("</td></tr></table>")
    pg.F('<div class="foot">2024 © | <a href="/imp">重要告示</a> | <a href="/priv">私隐政策</a> | 最近修订日期：'
         '2024年6月3日</div>', "2024 ©", "重要告示", "私隐政策", "最近修订日期：2024年6月3日")
    return title


def d_syllabus(pg: Page, k: int, rng) -> str:
    """Taiwan university course syllabus system: 课程大纲 info table, 教学目标 numbered, 每周进度 list, 评分方式."""
    title = ["资料结构与演算法", "台湾文学史专题"][k]
    pg.F('<div class="sys">国立示范大学 课程资讯网 <span class="hide">您的浏览器不支援 JavaScript</span></div>',
         "国立示范大学 课程资讯网", "您的浏览器不支援 JavaScript")
    pg.F('<noscript>请启用 JavaScript 以使用完整功能</noscript>', "请启用 JavaScript 以使用完整功能")
    h, s = nav(["课程查询", "课程大纲", "选课系统", "English"])
    pg.F(h, *s)
    pg.F('<div class="crumb">首页 / 课程查询 / 大纲</div>', "首页 / 课程查询 / 大纲")
    pg.C("title", title, '<h2 class="c-title">{}</h2>')
    pg.C("heading", ["Data Structures and Algorithms", "Topics in the History of Taiwanese Literature"][k],
         '<div class="en-title" style="font-size:14px">{}</div>')
    pg.C("byline", ["授课教师：林志明 副教授（资讯工程学系）", "授课教师：陈雅惠 教授（台湾文学研究所）"][k],
         '<p class="teacher">{}</p>')
    h, s = table([["课号", ["CSIE2010", "TWL7302"][k], "学分", "3"], ["必／选修", ["必修", "选修"][k], "上课时间",
                  ["二 3-4、四 3", "三 6-8"][k]], ["上课地点", ["资109", "文学院 302"][k], "修课人数", ["120", "25"][k]]],
                 'class="info" border="1" cellspacing="0"')
    pg.F("<h3>课程资讯</h3>" + h, "课程资讯", *s)
    pg.C("heading", "一、课程概述", "<h3>{}</h3>")
    pg.P()
    pg.C("heading", "二、教学目标", "<h3>{}</h3>")
    for t in (["1. 理解常见资料结构的设计与分析", "2. 能以程式实作排序、搜寻与图形演算法", "3. 培养分析时间与空间复杂度的能力"],
              ["1. 认识台湾文学的主要思潮；", "2. 练习文本细读与史料判读；", "3. 完成一篇期末小论文。"])[k]:
        pg.C("paragraph", t, "<p>{}</p>")
    pg.C("heading", "三、每周进度", "<h3>{}</h3>")
    weeks = (["课程介绍与复杂度", "阵列与链结串列", "堆叠与伫列", "树与二元搜寻树", "期中考"],
             ["导论：何谓台湾文学", "日治时期新文学运动", "战后初期的语言转换", "现代主义与乡土文学论战", "期中报告"])[k]
    for i, w in enumerate(weeks):
        pg.C("paragraph", f"第{i + 1}周　{w}", "<li>{}</li>" if i else "<ol style='list-style:none'><li>{}</li>")
    pg.raw("</ol>")
    pg.C("heading", "四、评分方式", "<h3>{}</h3>")
    h, s = table([["类别", "比例"], ["作业", "30%"], ["期中考", "30%"], ["期末考", "40%"]], 'border="1"')
    pg.F(h, *s)
    pg.C("heading", "五、指定用书与参考资料", "<h3>{}</h3>")
    pg.C("paragraph", ["Cormen, T. H. et al. Introduction to Algorithms, 4th ed. MIT Press, 2022.",
                       "叶石涛，《台湾文学史纲》，高雄：春晖，2010。"][k], "<p>{}</p>")
    pg.C("heading", "六、备注", "<h3>{}</h3>")
    pg.P("<p><small>{}</small></p>")
    upd = f"最后更新：2024-08-{20 + k:02d}　浏览人次：{3311 - 1000 * k}"
    pg.F(f'<div class="upd">{upd}</div>', upd)
    pg.F('<div class="foot">教务处课务组　地址：10617 台北市大安区示范路一段1号　电话：(02) 3366-0000</div>',
         "教务处课务组　地址：10617 台北市大安区示范路一段1号　电话：(02) 3366-0000")
    return title


def d_recipe(pg: Page, k: int, rng) -> str:
    """Taiwan recipe blog: WordPress-like, jump-to-recipe button, print card with 食材 list and 步骤, notes."""
    title = ["古早味菜脯蛋｜外酥内嫩的家常做法", "麻油鸡｜冬天进补的暖身汤"][k]
    pg.F('<div class="sticky">订阅电子报，每周收到新食谱！ <a href="/sub">订阅</a> <a href="#">×</a></div>',
         "订阅电子报，每周收到新食谱！", "订阅", "×")
    pg.F('<header><a href="/" class="logo"><img src="/logo.png" alt="阿嬷的灶脚"></a></header>', "阿嬷的灶脚")
    h, s = nav(["食谱", "家常菜", "汤品", "甜点", "关于我"])
    pg.F(h, *s)
    pg.C("title", title, '<h1 class="entry-title">{}</h1>')
    pg.C("byline", f"文／阿嬷的灶脚 · 2024年{[2, 12][k]}月{[14, 1][k]}日", '<div class="entry-meta">{}</div>')
    pg.F('<p><a href="#recipe" class="jump">⬇ 跳到食谱</a> <a href="#" class="print">🖨 列印食谱</a></p>',
         "⬇ 跳到食谱", "🖨 列印食谱")
    pg.P()
    pg.F('<p><img loading="lazy" src="/p/a.jpg" alt="{}"></p><p class="wp-caption-text">{}</p>'.format(["菜脯蛋成品", "麻油鸡成品"][k], ["▲ 煎到两面金黄就完成了", "▲ 老姜要煸到微卷"][k]),
         ["菜脯蛋成品", "麻油鸡成品"][k], ["▲ 煎到两面金黄就完成了", "▲ 老姜要煸到微卷"][k])
    pg.P()
    pg.C("heading", ["为什么要先炒菜脯？", "麻油为什么不能大火？"][k], "<h2>{}</h2>")
    pg.P()
    pg.C("paragraph", ["阿嬷说：“菜脯要先炒过，蛋才会香。”", "阿嬷说：“麻油遇到大火会苦，火一定要小。”"][k],
         "<blockquote><p>{}</p></blockquote>")
    pg.raw('<div class="recipe-card" id="recipe">')
    pg.C("heading", title.split("｜")[0], '<h2 class="recipe-name">{}</h2>')
    rm = f"准备时间 10 分钟 | 烹调时间 {[15, 40][k]} 分钟 | 份量 {[3, 4][k]} 人份"
    pg.F(f'<div class="recipe-meta">{rm}</div>', rm)
    pg.C("heading", "食材", "<h3>{}</h3><ul>")
    for t in (["鸡蛋 4 颗", "碎菜脯 60 克", "葱 1 根", "白胡椒粉 少许"],
              ["土鸡腿 2 支", "老姜 1 块", "黑麻油 3 大匙", "米酒 1 瓶"])[k]:
        pg.C("paragraph", t, "<li>{}</li>")
    pg.raw("</ul>")
    pg.C("heading", "步骤", "<h3>{}</h3>")
    steps = (["菜脯泡水 5 分钟去咸味，挤掉水分备用。", "热锅不放油，把菜脯炒干炒香。", "蛋液加入菜脯与葱花拌匀。",
              "多放一点油，中小火煎到两面金黄。"],
             ["老姜切片，鸡腿切块。", "冷锅冷油放入麻油与姜片，小火煸到卷曲。", "下鸡肉炒到表面变白。",
              "倒入米酒煮滚后转小火 20 分钟"])[k]
    pg.raw("<ol>")
    for t in steps:
        pg.C("paragraph", t, "<li>{}</li>")
    pg.raw("</ol>")
    pg.C("heading", "小叮咛", "<h4>{}</h4>")
    pg.P('<div class="notes">{}</div>')
    pg.raw("</div>")
    pg.F(f'<div class="rating">这篇食谱对你有帮助吗？ ★★★★★ ({88 + k} 票)</div>',
         f"这篇食谱对你有帮助吗？ ★★★★★ ({88 + k} 票)")
    h, s = ul(["卤肉饭", "三杯鸡", "红烧狮子头"], "related")
    pg.F("<h3>你可能也会喜欢</h3>" + h, "你可能也会喜欢", *s)
    pg.F('<footer>© 2024 阿嬷的灶脚 版权所有　本站使用 WordPress</footer>', "© 2024 阿嬷的灶脚 版权所有　本站使用 WordPress")
    return title


def d_shop(pg: Page, k: int, rng) -> str:
    """Mainland e-commerce product page (simplified, GBK): top bar, price box, spec table, 商品详情 with heads by
    size, 售后保障, 评价 list."""
    title = ["小熊 多功能电煮锅 1.5L 家用宿舍小火锅", "九阳 破壁料理机 静音款 1.75L"][k]
    pg.F('<div class="site-nav">您好，请<a href="/login">登录</a> <a href="/reg">免费注册</a> | 我的订单 | 购物车(0) | '
         '客户服务</div>', "您好，请", "登录", "免费注册", "我的订单", "购物车(0)", "客户服务")
    pg.F('<div class="search"><input value="电煮锅"><button>搜索</button></div>', "搜索")
    pg.F('<div class="crumb">全部分类 &gt; 厨房小电 &gt; {}</div>'.format(["电煮锅", "料理机"][k]),
         "全部分类 > 厨房小电 > {}".format(["电煮锅", "料理机"][k]))
    pg.F('<div class="gallery"><img src="/g1.jpg" alt="主图"><img src="/g2.jpg" alt="细节图"></div>', "主图", "细节图")
    pg.C("title", title, '<div class="sku-name" style="font-size:16px;font-weight:bold">{}</div>')
    pg.F('<div class="news" style="color:#e4393c">【限时直降】下单立减20元，赠送蒸笼一个</div>',
         "【限时直降】下单立减20元，赠送蒸笼一个")
    pg.F(f'<div class="price">价　格 <del>￥{199 + 200 * k}.00</del> 促销价 <b>￥{159 + 200 * k}.00</b></div>',
         "价　格", "促销价")
    pg.F('<div>累计评价 <a href="#c">5000+</a>　月销 1300</div>', "累计评价", "月销")
    pg.F(f'<div>配送至 北京 朝阳区 <b>有货</b> 由 {["小熊", "九阳"][k]}官方旗舰店 发货并提供售后服务</div>', "有货")
    pg.F('<div>数量 <input value="1"> <button>加入购物车</button> <button>立即购买</button></div>',
         "加入购物车", "立即购买")
    h, s = nav(["商品介绍", "规格与包装", "售后保障", "商品评价(5000+)"], "tabs")
    pg.F(h, *s)
    h, s = table([["品牌", ["小熊", "九阳"][k]], ["型号", ["DRG-C12", "L18-P198"][k]], ["容量", ["1.5L", "1.75L"][k]],
                  ["功率", ["600W", "1000W"][k]]], 'class="spec"')
    pg.F(h, *s)
    pg.C("heading", "产品亮点", '<div style="font-size:22px;font-weight:bold;text-align:center">{}</div>')
    pg.C("heading", ["01 一锅多用", "01 破壁细腻"][k], '<div style="font-size:18px;font-weight:bold">{}</div>')
    pg.P('<div class="desc">{}</div>')
    pg.F('<div><img class="lazyload" data-original="/d1.jpg" alt=""></div>')
    pg.C("heading", ["02 防干烧保护", "02 静音设计"][k], '<div style="font-size:18px;font-weight:bold">{}</div>')
    pg.P('<div class="desc">{}</div>')
    pg.C("heading", "使用注意事项", '<div style="font-size:18px;font-weight:bold">{}</div>')
    for i, t in enumerate(["请勿空锅加热；", "清洗时请勿将底座浸入水中；", "儿童请在成人监护下使用。"]):
        pg.C("paragraph", f"{i + 1}、{t}", "<div>{}</div>")
    pg.C("heading", "售后保障", "<h3>{}</h3>")
    pg.C("paragraph", "厂家服务：本产品全国联保，享受三包服务，质保期为一年", "<p>{}</p>")
    pg.P()
    pg.F('<div class="comments" id="c"><h3>商品评价</h3>', "商品评价")
    for who, txt in [("j***8", "很好用，一个人吃火锅刚好"), ("小**子", "物流很快，包装完好。")]:
        pg.F(f'<div class="c"><span>{who}</span> <span>★★★★★</span><p>{esc(txt)}</p><span>2024-0{3 + k}-1{k}</span>'
             '</div>', who, "★★★★★", txt)
    pg.raw("</div>")
    pg.F('<div class="foot">正品保障 | 急速物流 | 无忧售后<br>Copyright © 2004-2024 示例商城 版权所有　'
         '京ICP证000000号</div>', "正品保障 | 急速物流 | 无忧售后", "Copyright © 2004-2024 示例商城 版权所有　京ICP证000000号")
    return title


def d_macaugov(pg: Page, k: int, rng) -> str:
    """Macau government press release (s2hk): Portuguese title line under the Chinese one, 新闻局 header, date
    block, body with bold run-in 「（一）」 heads, 附件 list, a Portuguese version link."""
    title = ["旅游局推出社区旅游新路线", "卫生局公布流感疫苗接种安排"][k]
    pt = ["DST lança novos roteiros de turismo comunitário", "SSM divulga plano de vacinação contra a gripe"][k]
    pg.F('<div class="gov-bar"><img src="/emblem.png" alt="澳门特别行政区政府"> 澳门特别行政区政府入口网站 '
         '<a href="/pt">Português</a> | <a href="/en">English</a> | <a href="/zh-hans">简</a></div>',
         "澳门特别行政区政府", "澳门特别行政区政府入口网站", "Português", "English", "简")
    h, s = nav(["首页", "新闻", "政府资讯", "服务", "联络"])
    pg.F(h, *s)
    pg.F('<div class="cookie">本网站使用cookies。 <a href="#">了解更多</a> <button>同意</button></div>',
         "本网站使用cookies。", "了解更多", "同意")
    pg.F('<div class="path">新闻 › 新闻稿</div>', "新闻 › 新闻稿")
    pg.C("meta", ["2024-03-28 17:45", "2024-10-02 12:10"][k], '<div class="date">{}</div>')
    pg.C("title", title, '<h1 class="title">{}</h1>')
    pg.C("heading", pt, '<h2 class="title-pt" lang="pt" style="font-size:15px;color:#666">{}</h2>', conv=False)
    pg.C("byline", ["来源：旅游局", "来源：卫生局"][k], '<div class="source">{}</div>')
    pg.F('<div class="tools"><a href="#">A+</a> <a href="#">A-</a> <a href="#">列印</a> <a href="#">分享</a></div>',
         "A+", "A-", "列印", "分享")
    pg.P("<p>{}</p>")
    pg.P("<p>{}</p>")
    pg.C("paragraph", pg.p(), "<p>{}</p>", head="（一）" + ["路线安排", "接种对象"][k], htag="strong", sep="　",
         conv=False)
    pg.C("paragraph", pg.p(), "<p>{}</p>", head="（二）" + ["报名方法", "接种地点"][k], htag="strong", sep="　",
         conv=False)
    pg.F('<figure><img src="/n/1.jpg" alt="图一"><figcaption>{}</figcaption></figure>'.format(["活动现场（旅游局提供）", "接种站情况（卫生局提供）"][k]), "图一", ["活动现场（旅游局提供）", "接种站情况（卫生局提供）"][k])
    pg.C("heading", ["活动日程", "接种安排"][k], "<h3>{}</h3>")
    for lab in (["日期：4月6日至6月29日（逢星期六）", "集合地点：议事亭前地", "名额：每团25人"],
                ["日期：10月7日起", "地点：各卫生中心及指定接种站", "费用：免费"])[k]:
        pg.C("paragraph", lab, "<div>{}</div>")
    pg.P("<p>{}</p>")
    pg.C("paragraph", "查询电话：" + ["2831 5566", "2831 3731"][k], "<p>{}</p>")
    pg.C("paragraph", ["注：如遇八号或以上风球，当日活动取消", "注：接种前请携带身份证明文件"][k],
         '<p><small style="color:#666">{}</small></p>')
    pg.C("heading", "附件", "<h4>{}</h4>")
    h, s = ul(["附件一：路线图（PDF，2.1MB）", "附件二：报名表（DOC，0.3MB）"])
    pg.F(h, *s)
    pg.F('<div class="other-lang"><a href="/pt/noticia">Versão em português</a></div>', "Versão em português")
    h, s = ul(["相关新闻一则", "相关新闻二则"], "rel")
    pg.F("<h4>相关新闻</h4>" + h, "相关新闻", *s)
    pg.F('<footer>版权所有 © 澳门特别行政区政府新闻局　<a href="/privacy">私隐声明</a></footer>',
         "版权所有 © 澳门特别行政区政府新闻局", "私隐声明")
    return title


def d_property(pg: Page, k: int, rng) -> str:
    """Hong Kong property listing (s2hk): 放盘 header, price in 万, facts grid, 物业简介 text, 地产代理 card, 按揭计算机."""
    title = ["太古城 金枫阁 中层 海景三房", "美孚新邨 第五期 高层 两房连装修"][k]
    pg.F('<div class="top"><a href="/">屋盘网</a> <a href="/buy">买楼</a> <a href="/rent">租楼</a> '
         '<a href="/new">新盘</a> <a href="/login">登入 / 注册</a></div>', "屋盘网", "买楼", "租楼", "新盘", "登入 / 注册")
    pg.F('<div class="crumb">首页 › 港岛 › 鲗鱼涌 › 太古城</div>' if k == 0 else
         '<div class="crumb">首页 › 九龙 › 荔枝角 › 美孚新邨</div>',
         ["首页 › 港岛 › 鲗鱼涌 › 太古城", "首页 › 九龙 › 荔枝角 › 美孚新邨"][k])
    pg.C("title", title, "<h1>{}</h1>")
    pg.F(f'<div class="price"><span class="big">${[1280, 738][k]}万</span> 实用呎价 ${["17,801", "13,420"][k]}</div>',
         f"${[1280, 738][k]}万", "实用呎价 ${}".format(["17,801", "13,420"][k]))
    h, s = table([["实用面积", ["719呎", "550呎"][k], "建筑面积", ["874呎", "705呎"][k]],
                  ["间隔", ["3房2厅", "2房1厅"][k], "楼龄", ["40年", "49年"][k]],
                  ["座向", ["东南", "西北"][k], "楼层", ["中层", "高层"][k]]], 'class="facts"')
    pg.F(h, *s)
    pg.C("meta", "放盘日期：" + ["2024年7月2日", "2024年9月18日"][k], '<p class="date">{}</p>')
    pg.C("heading", "物业简介", '<h2 style="border-left:4px solid #c00">{}</h2>')
    pg.P("<div>{}</div>")
    pg.P("<div>{}</div>")
    pg.F(f'<div class="agent"><img src="/a.jpg" alt="代理相片"><b>{["陈美玲", "黄家豪"][k]}</b><br>牌照号码：S-0{81234 + k}<br>'
         '<a href="tel:">致电</a> <a href="wa:">WhatsApp</a></div>',
         "代理相片", ["陈美玲", "黄家豪"][k], f"牌照号码：S-0{81234 + k}", "致电", "WhatsApp")
    pg.C("heading", "屋苑资料", '<h2 style="border-left:4px solid #c00">{}</h2>')
    pg.C("heading", "交通", '<h3 style="font-size:15px">{}</h3>')
    pg.raw("<ul>")
    pg.C("paragraph", ["步行5分钟至港铁太古站；", "步行3分钟至港铁美孚站；"][k], "<li>{}</li>")
    pg.C("paragraph", "屋苑设穿梭巴士往返区内商场", "<li>{}</li>")
    pg.raw("</ul>")
    pg.C("paragraph", ["“业主自住，保养一流，睇楼请预约”", "“连租约出售，回报约3厘”"][k], "<blockquote>{}</blockquote>")
    pg.C("heading", "校网", '<h3 style="font-size:15px">{}</h3>')
    pg.C("paragraph", ["小一派位第14校网；中一派位东区", "小一派位第40校网；中一派位深水埗区"][k], "<p>{}</p>")
    pg.C("heading", "备注", '<h3 style="font-size:15px">{}</h3>')
    pg.P("<div>{}</div>")
    pg.F(f'<div class="calc"><h3>按揭计算机</h3>楼价 <input value="{[1280, 738][k]}"> 万　按揭成数 <select><option>70%</option>'
         f'<option>80%</option></select> 每月供款约 ${["39,412", "22,731"][k]}</div>',
         "按揭计算机", "楼价", "按揭成数", "每月供款约")
    pg.F('<p class="disclaimer"><small>免责声明：以上资料只供参考，一切以正式买卖合约为准。</small></p>',
         "免责声明：以上资料只供参考，一切以正式买卖合约为准。")
    pg.F(f'<footer>地产代理（公司）牌照号码：C-0{12345 + k}　© 2024 屋盘网</footer>',
         f"地产代理（公司）牌照号码：C-0{12345 + k}　© 2024 屋盘网")
    return title


def d_liveblog(pg: Page, k: int, rng) -> str:
    """HK news site live-blog (s2hk; held): breaking bar, 直播 title, 最后更新, time-stamped entries (time as meta
    then a bold entry head and text), pinned summary list, ads between entries."""
    title = ["【直播】八号风球高悬　全港停课停市", "【直播】施政报告公布　各界回应"][k]
    pg.F('<div class="breaking">突发 | <a href="/n/1">天文台：预料今晚改发更高信号</a></div>',
         "突发 |", "天文台：预料今晚改发更高信号")
    pg.F('<div class="masthead"><img src="/logo.svg" alt="示范新闻"> <span>{}</span></div>'.format(["2024年9月6日 星期五", "2024年10月16日 星期三"][k]), "示范新闻", ["2024年9月6日 星期五", "2024年10月16日 星期三"][k])
    h, s = nav(["港闻", "国际", "财经", "体育", "娱乐", "直播"])
    pg.F(h, *s)
    pg.C("title", title, "<h1>{}</h1>")
    pg.C("meta", "最后更新：" + ["2024-09-06 21:37", "2024-10-16 18:05"][k], '<div class="updated">{}</div>')
    pg.F('<div class="live-badge">● LIVE　<a href="#">重新整理</a></div>', "● LIVE", "重新整理")
    pg.C("heading", "重点", '<div class="pin"><h3>{}</h3>')
    for t in (["交通：港铁维持服务，巴士陆续停驶", "学校：教育局宣布全日停课", "机场：逾百班航班取消"],
              ["房屋：增加过渡性房屋供应", "交通：研究北部都会区铁路", "福利：长者生活津贴调整"])[k]:
        pg.C("paragraph", t, "<li>{}</li>")
    pg.raw("</div>")
    times = (["21:30", "20:58", "20:15", "19:40"], ["17:50", "16:32", "15:10", "14:00"])[k]
    heads = (["天文台：风力持续增强", "港铁：露天路段或暂停", "机管局：旅客勿前往机场", "天文台发出八号东北烈风或暴风信号"],
             ["立法会议员回应", "商界欢迎措施", "社福界：望加大支援", "特首抵达立法会"])[k]
    for i, (t, hd) in enumerate(zip(times, heads, strict=False)):
        if k == 0:
            pg.C("meta", t, '<div class="entry"><div class="time">{}</div>')
            pg.C("heading", hd, "<h4>{}</h4>")
        else:  # the second page: the time and the bold head on one line
            pg.C("meta", t, '<div class="entry"><p><span class="time">{}</span>　')
            pg.C("heading", hd, "<b>{}</b></p>")
        pg.P("<p>{}</p>")
        if i == 1:
            pg.F('<div class="ad">广告<br><img src="/ad.gif" alt="广告"></div>', "广告")
        if i == 2:
            pg.F('<figure><img src="/p.jpg" alt="现场"><figcaption>（记者 李家明 摄）</figcaption></figure>',
                 "现场", "（记者 李家明 摄）")
        pg.raw("</div>")
    pg.C("meta", "（编辑：" + ["何静雯", "吴志强"][k] + "）", '<p style="text-align:right">{}</p>')
    pg.F('<div class="share">分享：<a>Facebook</a> <a>WhatsApp</a> <a>复制连结</a></div>',
         "分享：", "Facebook", "WhatsApp", "复制连结")
    h, s = ul(["十大热门新闻一", "十大热门新闻二", "十大热门新闻三"])
    pg.F("<h3>热门</h3>" + h, "热门", *s)
    pg.F('<footer>© 示范新闻有限公司　<a>私隐政策</a>　<a>使用条款</a></footer>', "© 示范新闻有限公司", "私隐政策", "使用条款")
    return title


def d_appeal(pg: Page, k: int, rng) -> str:
    """Taiwan NGO annual appeal (held): donate sticky bar, hero with slogan, 年度成果 figures, letter with
    salutation and signature block, 捐款方式 with 帐号 labels, 征信 table."""
    title = ["2024 年度募款：让偏乡孩子有书可读", "岁末募款：陪独居长者走过冬天"][k]
    pg.F('<div class="sticky-donate">❤ 立即捐款 <a href="/donate">单笔</a> <a href="/donate?m=1">定期定额</a></div>',
         "❤ 立即捐款", "单笔", "定期定额")
    pg.F('<header><img src="/logo.png" alt="{}"></header>'.format(["书香种子协会", "温暖陪伴基金会"][k]),
         ["书香种子协会", "温暖陪伴基金会"][k])
    h, s = nav(["关于我们", "服务项目", "最新消息", "征信专区", "我要捐款"])
    pg.F(h, *s)
    pg.C("title", title, '<h1 class="hero-title">{}</h1>')
    pg.C("heading", ["一本书，打开一扇窗", "一通电话，一份陪伴"][k], '<p class="slogan" style="font-size:24px">{}</p>')
    h, s = table([[f"{[128, 52][k]}所", f"{[3420, 861][k]}位", "18500本" if k == 0 else "9210次"],
                  ["合作学校" if k == 0 else "服务据点", "受益学童" if k == 0 else "服务长者", "募集书籍" if k == 0 else "关怀访视"]],
                 'class="stats"')
    pg.F(h, *s)
    pg.C("paragraph", "亲爱的朋友，您好：", "<p>{}</p>")
    pg.P("<p>&nbsp;&nbsp;&nbsp;&nbsp;{}</p>")
    pg.P("<p>&nbsp;&nbsp;&nbsp;&nbsp;{}</p>")
    pg.C("paragraph", "敬祝　平安喜乐", "<p>{}</p>")
    pg.C("meta", ["书香种子协会 理事长　王明德　敬上", "温暖陪伴基金会 执行长　郭淑芬　敬上"][k], '<p align="right">{}</p>')
    pg.C("meta", ["2024年11月", "2024年12月"][k], '<p align="right">{}</p>')
    pg.C("heading", "捐款方式", "<h2>{}</h2>")
    pg.C("heading", "(1) 线上信用卡", "<h3>{}</h3>")
    pg.C("paragraph", "点选页面上方「立即捐款」，依指示填写资料即可", "<p>{}</p>")
    pg.C("heading", "(2) 邮政划拨", "<h3>{}</h3>")
    pg.C("paragraph", "划拨帐号：" + ["19876543", "50123456"][k], "<p>{}</p>")
    pg.C("paragraph", "户名：" + ["社团法人台湾书香种子协会", "财团法人温暖陪伴社会福利基金会"][k], "<p>{}</p>")
    pg.C("heading", "(3) 银行转帐", "<h3>{}</h3>")
    pg.C("paragraph", "银行代号：012　帐号：0000-1234-5678", "<p>{}</p>")
    pg.C("paragraph", pg.p(), "<p>{}</p>", head="※ ", htag="span", conv=False)
    h, s = table([["月份", "捐款笔数", "金额"], ["9月", "312", "1,204,500"], ["10月", "287", "998,300"]], 'border="1"')
    pg.F("<h3>征信公告</h3>" + h, "征信公告", *s)
    pg.F('<footer>卫部救字第1130000000号　劝募许可　统一编号：12345678<br>© 2024 版权所有</footer>',
         "卫部救字第1130000000号　劝募许可　统一编号：12345678", "© 2024 版权所有")
    return title


def d_gazette(pg: Page, k: int, rng) -> str:
    """Mainland district government 公示公告 list + detail (simplified, GB18030; held): a list of notice titles with
    dates above the selected notice, 第X条-less numbered 一、/（一）/1. body, 附件, signature and date."""
    title = ["关于2024年度城乡居民医疗保险参保缴费的公告", "关于征集2025年区政府民生实事项目的公告"][k]
    pg.F('<div class="top">{}人民政府 <a href="/">首页</a> <a href="/wza">无障碍</a> <a href="/old">长者模式</a></div>'.format(["滨江区", "东湖区"][k]), "{}人民政府".format(["滨江区", "东湖区"][k]), "首页", "无障碍", "长者模式")
    h, s = nav(["政务公开", "政务服务", "互动交流", "走进{}".format(["滨江", "东湖"][k])])
    pg.F(h, *s)
    pg.F('<div class="loc">您现在的位置：首页 &gt;&gt; 政务公开 &gt;&gt; 公示公告</div>', "您现在的位置：首页 >> 政务公开 >> 公示公告")
    rows = [["关于开展消防安全隐患排查整治的通告", "2024-09-03"], ["区财政局关于政府采购意向的公示", "2024-08-28"],
            ["关于调整部分公交线路的通知", "2024-08-20"]]
    h, s = table(rows, 'class="list" width="100%"')
    pg.F('<div class="listbox"><b>公示公告</b>' + h + '<div>共 3 页 <a>1</a> <a>2</a> <a>下一页</a></div></div>',
         "公示公告", *s, "共 3 页", "下一页")
    pg.C("title", title, '<div style="text-align:center;font-size:22px;font-weight:bold">{}</div>')
    pg.C("byline", "发布机构：" + ["区医疗保障局", "区人民政府办公室"][k], '<span class="info">{}</span>')
    pg.C("meta", "发布日期：" + ["2024-09-10", "2024-11-05"][k], '<span class="info">&nbsp;&nbsp;{}</span>')
    pg.F('<span class="info">&nbsp;&nbsp;字号：[大 中 小]</span><hr>', "字号：[大 中 小]")
    pg.P('<p style="text-indent:2em">{}</p>')
    pg.C("heading", "一、" + ["参保范围", "征集范围"][k], '<p style="text-indent:2em"><b>{}</b></p>')
    pg.P('<p style="text-indent:2em">{}</p>')
    pg.C("heading", "二、" + ["缴费标准", "征集方式"][k], '<p style="text-indent:2em"><b>{}</b></p>')
    pg.C("paragraph", pg.p(), '<p style="text-indent:2em">{}</p>', head="（一）" + ["个人缴费。", "网上征集。"][k],
         htag="b", conv=False)
    pg.C("paragraph", pg.p(), '<p style="text-indent:2em">{}</p>', head="（二）" + ["财政补助。", "信函征集。"][k],
         htag="b", conv=False)
    pg.C("heading", "三、有关要求", '<p style="text-indent:2em"><b>{}</b></p>')
    for i, t in enumerate(["各街道要加强宣传，确保应知尽知；", "各社区要做好登记，及时上报；", "各部门要密切配合，形成合力。"]):
        pg.C("paragraph", f"{i + 1}.{t}", '<p style="text-indent:2em">{}</p>')
    pg.C("paragraph", "特此公告。", '<p style="text-indent:2em">{}</p>')
    pg.F('<p>附件：<a href="/f/1.doc">{}</a></p>'.format(["参保登记表.doc", "项目建议表.doc"][k]), "附件：",
         ["参保登记表.doc", "项目建议表.doc"][k])
    pg.C("meta", ["滨江区医疗保障局", "东湖区人民政府办公室"][k], '<p style="text-align:right">{}</p>')
    pg.C("meta", ["2024年9月10日", "2024年11月5日"][k], '<p style="text-align:right">{}</p>')
    pg.F('<div class="tools">【<a>打印本页</a>】【<a>关闭窗口</a>】</div>', "打印本页", "关闭窗口")
    pg.F('<div class="foot">主办：{}人民政府办公室　网站标识码：3301000001　备案号：浙ICP备00000000号</div>'.format(["滨江区", "东湖区"][k]), "主办：{}人民政府办公室　网站标识码：3301000001　备案号：浙ICP备00000000号".format(["滨江区", "东湖区"][k]))
    return title


def d_school(pg: Page, k: int, rng) -> str:
    """Hong Kong school newsletter page (s2hk; held): school crest, 校讯 issue line, 校长的话 letter, 活动花絮
    items with dates, 家长须知 list ending in ；, 下载 PDF."""
    title = ["校讯第十二期：校长的话", "校讯第十五期：陆运会特刊"][k]
    pg.F('<div class="hd"><img src="/crest.png" alt="校徽"> 示范中华基督教会小学 <a href="/en">ENG</a></div>',
         "校徽", "示范中华基督教会小学", "ENG")
    h, s = nav(["学校简介", "学与教", "学生成长", "家校合作", "校讯", "联络我们"])
    pg.F(h, *s)
    pg.F('<div class="issue">2024-2025 年度　第{}期</div>'.format(["十二", "十五"][k]), "2024-2025 年度　第{}期".format(["十二", "十五"][k]))
    pg.C("title", title, '<h2 style="text-align:center">{}</h2>')
    pg.C("meta", ["2024年12月2日", "2025年3月14日"][k], '<p style="text-align:center"><small>{}</small></p>')
    pg.C("heading", ["校长的话", "前言"][k], '<h3 style="color:#036">{}</h3>')
    pg.C("paragraph", "各位家长：", "<p>{}</p>")
    pg.P("<p>{}</p>")
    pg.P("<p>{}</p>")
    pg.C("meta", "校长　" + ["李国华", "李国华"][k], '<p style="text-align:right">{}</p>')
    pg.C("heading", "活动花絮", '<h3 style="color:#036">{}</h3>')
    pg.C("heading", ["圣诞联欢会（12月20日）", "陆运会（3月8日）"][k], "<h4>{}</h4>")
    pg.P("<p>{}</p>")
    pg.F('<div class="gallery"><img alt="花絮一"><img alt="花絮二"><span>（相片由家教会提供）</span></div>',
         "花絮一", "花絮二", "（相片由家教会提供）")
    pg.C("heading", ["环保周", "颁奖典礼"][k], "<h4>{}</h4>")
    pg.P("<p>{}</p>")
    pg.C("heading", "家长注意事项", '<h3 style="color:#036">{}</h3>')
    pg.raw("<ul>")
    for t in ["请家长于下周五前交回回条；", "学生须穿着整齐校服回校；", "如有查询，请致电校务处。"]:
        pg.C("paragraph", t, "<li>{}</li>")
    pg.raw("</ul>")
    pg.F('<p><a href="/nl.pdf">下载本期校讯（PDF）</a> <a href="/archive">过往校讯</a></p>', "下载本期校讯（PDF）", "过往校讯")
    pg.F('<footer>地址：九龙示范道1号　电话：2345 6789　传真：2345 6790<br>© 示范中华基督教会小学</footer>',
         "地址：九龙示范道1号　电话：2345 6789　传真：2345 6790", "© 示范中华基督教会小学")
    return title


# --------------------------------------------------------------------------------------------------- build

DESIGNS = [  # name, builder, script (opencc config or simp), native charset (python codec), declared charset
    ("ptt", d_ptt, "s2twp", "utf-8", "utf-8"),
    ("pixnet", d_pixnet, "s2twp", "utf-8-sig", "utf-8"),
    ("legco", d_legco, "s2hk", "utf-8", "utf-8"),
    ("syllabus", d_syllabus, "s2twp", "utf-8", "utf-8"),
    ("recipe", d_recipe, "s2twp", "utf-8-sig", "utf-8"),
    ("shop", d_shop, "simp", "gbk", "gbk"),
    ("macaugov", d_macaugov, "s2hk", "utf-8", "utf-8"),
    ("property", d_property, "s2hk", "utf-8", "utf-8"),
    ("liveblog", d_liveblog, "s2hk", "utf-8-sig", "utf-8"),
    ("appeal", d_appeal, "s2twp", "utf-8", "utf-8"),
    ("gazette", d_gazette, "simp", "gb18030", "gb18030"),
    ("school", d_school, "s2hk", "utf-8", "utf-8"),
]
HOSTS = {"ptt": "www.ptt.example", "pixnet": "deerwalk.pixnet.example.tw", "legco": "www.legco.example.hk",
         "syllabus": "course.ntnu.example.edu.tw", "recipe": "amagrandma.example.tw", "shop": "item.shop.example.cn",
         "macaugov": "www.gcs.example.mo", "property": "www.houseplate.example.hk", "liveblog": "news.example.hk",
         "appeal": "www.seeds.example.org.tw", "gazette": "www.donghu.example.gov.cn",
         "school": "www.cccps.example.edu.hk"}
WIDTHS = [60, 72, 80, 96, 110, 128, 150, 176, 200, 64, 88, 140]
FIFTH = ["lynxinline", "lynxnonum", "w3m", "html2textpretty", "w3mlinks"]
ENCODINGS = ["utf-8", "gb18030", "utf-8-bom", "crlf", "gb18030+crlf", "utf-8-bom+crlf"]
OCR = {("v14-002", "lynx"), ("v14-009", "w3m"), ("v14-014", "html2text")}


def run_tool(tool: str, width: int, path: Path) -> str:
    if tool.startswith("lynx"):
        opts = {"lynx": [], "lynxnolist": ["-nolist"], "lynxinline": ["-list_inline"], "lynxnonum": ["-nonumbers"]}
        cmd = ["lynx", "-dump", f"-width={width}", "-display_charset=utf-8", "-assume_local_charset=utf-8",
               *opts[tool], str(path)]
    elif tool.startswith("w3m"):
        cmd = ["w3m", "-dump", "-cols", str(width), "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8",
               *(["-o", "display_link_number=1"] if tool == "w3mlinks" else []), str(path)]
    else:
        cmd = ["html2text", "-utf8", "-nobs", "-width", str(width),
               *(["-style", "pretty"] if tool == "html2textpretty" else []), str(path)]
    out = subprocess.run(cmd, capture_output=True, check=True, env={"HOME": "/tmp", "TERM": "dumb",
                                                                    "PATH": "/usr/bin:/bin"}).stdout
    return out.decode("utf-8", errors="replace").replace("\r\n", "\n")


def ocr_spaces(text: str, rng: random.Random) -> str:
    out = []
    for line in text.split("\n"):
        if "://" in line or rng.random() < 0.5:
            out.append(line)
            continue
        chars = []
        for i, ch in enumerate(line):
            chars.append(ch)
            nxt = line[i + 1] if i + 1 < len(line) else ""
            if nxt and not ch.isspace() and not nxt.isspace():
                cjk = ord(ch) > 0x2e80 and ord(nxt) > 0x2e80
                edge = (ch.isascii() and ch.isalnum()) != (nxt.isascii() and nxt.isalnum())
                if (edge and rng.random() < 0.6) or (cjk and rng.random() < 0.06):
                    chars.append(" ")
        out.append("".join(chars))
    return "\n".join(out)


_DECOR = re.compile(r"[ \t\u00a0\u3000]*(?:\[\d+\]|(?:\*+|=+|#+|[+o•·-]|\d{1,2} ?\.)[ \t\u00a0]+)?[ \t\u00a0\u3000]*")
_TAIL = re.compile(r"[ \t\u00a0\u3000]*(?:(?:\*+|=+)[ \t\u00a0\u3000]*)?")


def wraps(f: str, a: str, b: str) -> bool:
    """Furniture string ``f`` begins at the end of line ``a`` and ends at the start of the next line ``b``."""
    return any(a.endswith(f[:k]) and b.startswith(f[k:]) for k in range(1, len(f)))


def label(text: str, units: list[dict], furn: list[str]) -> list[dict]:
    """Every character of ``text`` in one unit, in order: the content units found in order, debris between."""
    pos = [i for i, ch in enumerate(text) if not ch.isspace()]
    sq = "".join(text[i] for i in pos)
    spans, cur = [], 0
    for u in units:
        key = squash(u["text"])
        j = sq.find(key, cur)
        for _ in range(u["skip"]):
            nj = sq.find(key, j + 1)
            if nj < 0:
                break
            j = nj
        assert j >= 0, (u, sq[cur:cur + 80])
        s, e = pos[j], pos[j + len(key) - 1] + 1
        ls = text.rfind("\n", 0, s) + 1
        if _DECOR.fullmatch(text[ls:s]):
            s = ls
        le = text.find("\n", e)
        le = len(text) if le < 0 else le
        if _TAIL.fullmatch(text[e:le]):
            e = le
            while e < len(text):
                nl = text.find("\n", e + 1)
                nl = len(text) if nl < 0 else nl
                if text[e:nl].strip():
                    break
                e = nl
            e = min(len(text), e + 1) if e < len(text) and text[e] == "\n" else e
        else:
            while e < le and text[e] in " \t\u00a0\u3000":
                e += 1
        assert not spans or s >= spans[-1][1], (u, spans[-1])
        spans.append((s, e, u["kind"]))
        cur = j + len(key)
    fsq = [squash(f) for f in furn if len(squash(f)) >= 4]
    out, last = [], 0

    def debris(a: int, b: int) -> None:
        chunks, p = [], a
        while p < b:
            nl = text.find("\n", p)
            q = b if nl < 0 or nl >= b else nl + 1
            while q < b:  # the blank lines under a line go with it
                nl2 = text.find("\n", q)
                r = b if nl2 < 0 or nl2 >= b else nl2 + 1
                if text[q:r].strip():
                    break
                q = r
            chunks.append(text[p:q])
            p = q
        merged: list[str] = []
        for c in chunks:
            if merged and not squash(merged[-1]):
                merged[-1] += c
                continue
            if merged:
                a_, b_ = squash(merged[-1]), squash(c)
                if b_ and a_ not in fsq and (any(a_ + b_ in f for f in fsq if len(f) > len(a_))
                                             or any(wraps(f, a_, b_) for f in fsq if len(f) >= 6)):
                    merged[-1] += c
                    continue
            merged.append(c)
        if len(merged) > 1 and not squash(merged[-1]):
            merged[-2] += merged.pop()
        out.extend({"kind": "debris", "text": m} for m in merged)

    for s, e, kind in spans:
        if s > last:
            debris(last, s)
        out.append({"kind": kind, "text": text[last if s < last else s:e]})
        last = e
    if last < len(text):
        if squash(text[last:]):
            debris(last, len(text))
        else:
            out[-1]["text"] += text[last:]
    if out and not squash(out[0]["text"]) and len(out) > 1:
        out[1]["text"] = out[0]["text"] + out[1]["text"]
        out.pop(0)
    assert "".join(u["text"] for u in out) == text
    return out


def encode(text: str, enc: str) -> bytes:
    if "crlf" in enc:
        text = text.replace("\n", "\r\n")
    if enc.startswith("gb18030"):
        return text.encode("gb18030")
    if enc.startswith("utf-8-bom"):
        return "\ufeff".encode() + text.encode("utf-8")
    return text.encode("utf-8")


def main() -> None:
    try:
        import opencc
    except ImportError:
        sys.exit("needs opencc: pip install --target DIR opencc, DIR on PYTHONPATH")
    dev_paras, held_paras, bad, dropped = prose()
    print(f"prose: dev {len(dev_paras)} paragraphs, held {len(held_paras)} ({dropped} held sentences dropped)")
    convs = {"simp": lambda s: s}
    for c in ("s2twp", "s2hk"):
        convs[c] = opencc.OpenCC(c).convert
    manifest = []
    for old in [*CORPUS.glob(f"*/*14/{PREFIX}-*"), *CORPUS.glob(f"gold/{PREFIX}-*.json")]:
        old.unlink()  # this part only: the other batch-14 builders' files stay
    tmp = Path(tempfile.gettempdir()) / "dev14tw"  # a fixed folder: lynx lists its file:// links
    tmp.mkdir(exist_ok=True)
    dev_texts: list[str] = []
    for d, (name, build, script, charset, declared) in enumerate(DESIGNS):
        split = "dev14" if d < 8 else "held14"
        for k in range(2):
            n = 2 * d + k
            doc_id = f"{PREFIX}-{n:03d}"
            rng = random.Random(1400 + n)
            pg = Page(convs[script], dev_paras if d < 8 else held_paras)
            title = build(pg, k, rng)
            page = pg.html(title, declared, HOSTS[name])
            units = [{"kind": u["kind"], "text": u["text"]} for u in pg.units]
            paras = [u["text"] for u in units if u["kind"] == "paragraph"]
            if d < 8:
                dev_texts += paras
            else:
                for p in paras:
                    assert not (grams(p) & bad), p
            for u in units:
                assert squash(u["text"]), u
            furn = [f for f in dict.fromkeys(pg.furn) if squash(f)]
            source = "Resume NER train.char.bmes 1260-1899 dev14" if d < 8 else \
                "Resume NER train.char.bmes 3180-3820 + dev.char.bmes 0-462 held14"
            ndir = CORPUS / "native" / split
            ndir.mkdir(parents=True, exist_ok=True)
            (ndir / f"{doc_id}_html.html").write_bytes(page.encode(charset, errors="xmlcharrefreplace"))
            (CORPUS / "gold" / f"{doc_id}_html.json").write_text(json.dumps(
                {"doc_id": f"{doc_id}_html", "source": source, "units": units, "furniture": furn},
                ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            files = [{"path": f"native/{split}/{doc_id}_html.html", "route": "native", "tool": "html",
                      "encoding": charset}]
            copy = tmp / f"{doc_id}.html"
            copy.write_text(page.replace(f"charset={declared}", "charset=utf-8"), encoding="utf-8")
            ws = [WIDTHS[(n * 5 + i) % len(WIDTHS)] for i in range(6)]
            fifth = FIFTH[n % len(FIFTH)]
            tools = [("lynx", ws[0]), ("lynxnolist", ws[1]), ("w3m", ws[2]),
                     ("html2text" if n % 3 else "html2textpretty", ws[3]),
                     ("html2text" if fifth == "html2textpretty" and n % 3 == 0 else fifth, ws[4])]
            if tools[4][0] == "w3m":
                tools[4] = ("w3m", ws[5] if ws[5] != ws[2] else ws[4])
            for t, (tool, w) in enumerate(tools):
                text = run_tool(tool, w, copy)
                if (doc_id, tool) in OCR:
                    text = ocr_spaces(text, rng)
                enc = ENCODINGS[(n + t) % len(ENCODINGS)]
                if script != "simp":  # GB18030 for the simplified pages only (BOM instead)
                    enc = enc.replace("gb18030", "utf-8-bom")
                else:  # and on those, GB18030 in place of the BOM (a mainland user's save)
                    enc = enc.replace("utf-8-bom", "gb18030")
                stem = f"{doc_id}_{tool}{w}"
                tdir = CORPUS / "text" / split
                tdir.mkdir(parents=True, exist_ok=True)
                gold = label(text, pg.units, furn)
                kinds = [u["kind"] for u in gold if u["kind"] != "debris"]
                assert kinds == [u["kind"] for u in units], (stem, kinds)
                (tdir / f"{stem}.txt").write_bytes(encode(text, enc))
                (CORPUS / "gold" / f"{stem}.json").write_text(json.dumps(
                    {"doc_id": stem, "source": source, "units": gold}, ensure_ascii=False, indent=1) + "\n",
                    encoding="utf-8")
                files.append({"path": f"text/{split}/{stem}.txt", "route": "text", "tool": f"{tool}{w}",
                              "encoding": enc})
            manifest.append({"id": doc_id, "split": split, "script": script, "template": name, "charset": charset,
                             "declared": declared, "sources": pg.sources, "files": files})
            print(doc_id, split, name, len(units), "units", [f["tool"] for f in files[1:]])
    held = set()
    for doc in manifest:
        if doc["split"] == "held14":
            for u in json.loads((CORPUS / "gold" / f"{doc['id']}_html.json").read_text(encoding="utf-8"))["units"]:
                held |= grams(u["text"]) if u["kind"] == "paragraph" else set()
    assert not shared(held, dev_texts), "a held paragraph shares a 15-character stretch"
    (CORPUS / "manifest-dev14-tw.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n",
                                                   encoding="utf-8")


if __name__ == "__main__":
    main()
