"""Batch 5, WEB part: 24 web pages written by hand-made templates, read natively and dumped by real tools.

Run from the repository root (needs lynx, w3m and html2text; CI has none of them, so the output is committed):

    PYTHONPATH=$PWD python benchmarks/segcorpus/make_dev5_web.py

How every file is made (seeded, deterministic):

- Sources: CMRC 2018 *trial* contexts (simplified, CC BY-SA 4.0) for w5-000..011 and DRCD *test* contexts
  (traditional, CC BY-SA 3.0) for w5-012..023, taken from the END of the pool of contexts that share no
  15-character stretch (whitespace removed) with any file in ``gold/`` (asserted). One CMRC article per
  simplified page (its context cut into 2-4 paragraphs at sentence ends, sometimes with section headings);
  one DRCD title per traditional page (2-3 of its free contexts, each a section under a heading).
- Native page ``native/<split>/w5-NNN_html.html``: one of twelve templates of our own (``TEMPLATES``, each
  used once per split): simplified -- a mainland portal (GBK or UTF-8, article split over two ``<div>``s
  around "展开全文", pagination, related list, ICP footer), a government open-information page (GBK,
  metadata table, ``<strong>`` headings, 网站标识码), a WordPress-like blog (``<br><br>`` or ``<p>``
  paragraphs, figure with caption, comments, sidebar), a Q&A page (answer with ``<b>`` headings, app
  banner, vote bar), an app-share news page (app banner inside the article, ``<h4>`` headings, 责任编辑/校对,
  paywall box), an encyclopedia entry (catalogue, ``<h2>``/``<h3>`` headings with an edit link);
  traditional -- a Taiwan news site (記者X／台北報導, figure caption, 延伸閱讀), a Hong Kong site in **Big5**
  (layout tables, ``<span class>`` headings, ``<br><br>`` paragraphs, ``document.write``), a Taiwan government
  announcement (ROC date, 承辦人 line), a wiki page (TOC, ``[編輯]`` after each heading, references), a
  Mobile01-like forum thread (first post is the article; poster boxes, floors, replies, signature are
  furniture) and a Hong Kong magazine page (cookie notice, 文：X｜攝影：Y, ``<h5>`` headings, story in
  several ``<div>``s, pager, newsletter box).
- Text dumps ``text/<split>/w5-NNN_<tool>.txt`` of a UTF-8 copy of the page: ``lynxW`` (``lynx -dump
  -width=W``, with its References list), ``lynxWnolist``, ``w3m`` / ``w3mW`` (``-cols W``), ``html2text`` /
  ``html2textW`` (``-utf8 -nobs [-width W]``) and ``saved`` (a user's copy of the rendered page: ``w3m -cols
  3000`` lines, wrapped at 76 display columns, a ``--- 第 N 页 ---`` line every 45 lines; GBK+CRLF for
  simplified (GB18030 where the dump has a character GBK lacks, e.g. w3m's bullet), UTF-8 BOM+CRLF for
  traditional; w3m still wraps text inside a fixed-width ``<table width=960>``, so on the Hong Kong layout-table
  pages those lines come wrapped twice, alternating about 76 and 60 columns, as a re-wrapped copy does). Four or five dumps per page, chosen by the seed
  (two lynx widths, one with and one without the link list). Saved as
  UTF-8, UTF-8 BOM, GB18030 (simplified only) or CRLF; some with OCR-like spaces between CJK characters.
- Gold ``gold/<stem>.json``: text gold aligns every dump line, whitespace removed, to the known content
  units; a line that is not content is one debris unit (lynx's reference lines one unit each); decoration
  around a content line (html2text's ``***`` / ``===``, bullets) is a debris unit of its own; a content unit
  interrupted by a debris line continues in a piece with ``"cont": true``. Native gold: the content units
  and the furniture strings the page shows.
"""

from __future__ import annotations

import html
import json
import random
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "benchmarks" / "segcorpus"
DATA = ROOT.parent / "shared" / "data"
if not DATA.is_dir():
    DATA = Path("/work/shared/data")
PREFIX = "w5"
SPACE = re.compile(r"\s+")


def sq(t: str) -> str:
    return SPACE.sub("", t)


# ---------------------------------------------------------------- sources
def used_shingles() -> set[int]:
    seen: set[int] = set()
    for f in sorted((CORPUS / "gold").glob("*.json")):
        if f.name.startswith(PREFIX + "-"):
            continue
        g = json.loads(f.read_text(encoding="utf-8"))
        t = "".join(sq(u["text"]) for u in g["units"]) + "".join(sq(x) for x in g.get("furniture", []))
        seen.update(hash(t[i:i + 15]) for i in range(len(t) - 14))
    return seen


def free(text: str, seen: set[int]) -> bool:
    t = sq(text)
    return not any(hash(t[i:i + 15]) in seen for i in range(len(t) - 14))


def pools():
    seen = used_shingles()
    cm = json.loads((DATA / "cmrc2018" / "cmrc2018_trial.json").read_text(encoding="utf-8"))["data"]
    dr = json.loads((DATA / "drcd" / "DRCD_test.json").read_text(encoding="utf-8"))["data"]
    simp = [(a["title"], a["paragraphs"][0]["context"]) for a in cm
            if len(a["paragraphs"]) == 1 and free(a["paragraphs"][0]["context"], seen)
            and len(a["paragraphs"][0]["context"]) >= 250]
    trad = []
    for a in dr:
        ctx = [p["context"] for p in a["paragraphs"] if free(p["context"], seen)]
        if len(ctx) >= 2:
            trad.append((a["title"], ctx[:3]))
    return simp[::-1][:12], trad[::-1][:12], seen


def sentences(text: str) -> list[str]:
    parts = re.findall(r".+?(?:[。！？](?:[」”』）)]*)|$)", text.strip())
    return [p for p in parts if p]


def cut(text: str, n: int, rng: random.Random) -> list[str]:
    s = sentences(text)
    n = max(1, min(n, len(s)))
    idx = sorted(rng.sample(range(1, len(s)), n - 1)) if n > 1 else []
    out, last = [], 0
    for i in idx + [len(s)]:
        out.append("".join(s[last:i]))
        last = i
    return [o for o in out if o]


# ---------------------------------------------------------------- people, places
SURN = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高"
GIVEN = ["晓明", "建国", "丽娟", "海涛", "静", "志强", "雪梅", "宇航", "佳怡", "文博", "子涵", "国庆"]
TSURN = "陳林黃張李王吳劉蔡楊許鄭謝郭洪"
TGIVEN = ["志明", "淑芬", "家豪", "雅婷", "冠宇", "怡君", "俊傑", "佩珊", "宗翰", "欣怡"]


def name(rng, trad=False):
    return rng.choice(TSURN if trad else SURN) + rng.choice(TGIVEN if trad else GIVEN)


def date(rng):
    return f"20{rng.randint(18, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


class Page:
    """Collects content units (kind, text) in page order and the furniture strings the page shows."""

    def __init__(self):
        self.units: list[tuple[str, str]] = []
        self.furniture: list[str] = []

    def c(self, kind: str, text: str) -> str:
        """A content unit; the marker puts the units in page order afterwards (``finish``)."""
        self.units.append((kind, text))
        return f"\x01{len(self.units) - 1}\x02" + html.escape(text, quote=False)

    def finish(self, page: str) -> str:
        order = [int(m) for m in re.findall(r"\x01(\d+)\x02", page)]
        assert sorted(order) == list(range(len(self.units))), "every content unit shown once"
        self.units = [self.units[i] for i in order]
        return re.sub(r"\x01\d+\x02", "", page)

    def f(self, text: str) -> str:
        self.furniture.append(text)
        return html.escape(text, quote=False)


E = html.escape

# ---------------------------------------------------------------- templates (simplified)


def t_portal(doc, rng, P: Page):
    src = rng.choice(["新华网", "人民网", "中国新闻网", "光明网", "央视网"])
    site = rng.choice(["东方资讯", "华夏在线", "长江网", "北方新闻网"])
    rep = name(rng)
    ed = name(rng)
    d = date(rng)
    nav = "".join(f'<li><a href="/{i}/">{P.f(x)}</a></li>' for i, x in enumerate(
        ["首页", "新闻", "财经", "科技", "体育", "娱乐", "汽车", "房产", "视频"]))
    byl = rng.choice([f"来源：{src} {d} {rng.randint(8, 22)}:{rng.randint(0, 59):02d} 记者 {rep}",
                      f"{d}  来源：{src}  作者：{rep}", f"（记者 {rep} 通讯员 {name(rng)}）"])
    paras = doc["paras"]
    k = max(1, len(paras) // 2)
    body1 = "".join(f"<p>{P.c(*u)}</p>\n" if u[0] == "paragraph" else f"<h3>{P.c(*u)}</h3>\n" for u in paras[:k])
    body2 = "".join(f"<p>{P.c(*u)}</p>\n" if u[0] == "paragraph" else f"<h3>{P.c(*u)}</h3>\n" for u in paras[k:])
    title = P.c("title", doc["title"])
    bylh = P.c("byline", byl)
    edh = P.c("meta", f"责任编辑：{ed}")
    rel = "".join(f'<li><a href="/r{i}.html">{P.f(x)}</a></li>' for i, x in enumerate(rng.sample(
        ["多地出台新政 促进消费回暖", "今年前三季度经济数据发布", "高铁新线路今日开通运营", "专家解读最新政策要点",
         "全国秋粮收购进度过半", "城市更新行动稳步推进", "这项民生工程惠及千万家庭"], 4)))
    ccount = rng.randint(12, 980)
    return f"""<!DOCTYPE html>
<html><head><meta charset="{{charset}}"><title>{E(doc['title'])}_{E(site)}</title>
<style>.nav li{{display:inline}} .art p{{text-indent:2em}}</style>
<script>var _hmt=_hmt||[];(function(){{var hm=document.createElement("script");}})();</script></head>
<body><div class="top"><a href="/">{P.f(site)}</a> <a href="/login">{P.f("登录")}</a> <a href="/reg">{P.f("注册")}</a></div>
<ul class="nav">{nav}</ul>
<!-- 面包屑 -->
<div class="crumb">{P.f(f"{site} > 新闻中心 > 社会 > 正文")}</div>
<div class="art"><h1>{title}</h1>
<div class="info">{bylh}</div>
<div class="share">{P.f("分享到：")}<a href="#">{P.f("微信")}</a> <a href="#">{P.f("微博")}</a> <a href="#">{P.f("QQ空间")}</a></div>
<div class="content part1">
{body1}</div>
<div class="more"><a href="javascript:;">{P.f("展开全文")}</a></div>
<div class="content part2" style="display:block">
{body2}</div>
<div class="editor">{edh}</div>
<div class="pages"><a href="#">{P.f("上一页")}</a> <a href="#">1</a> <a href="#">2</a> <a href="#">3</a> <a href="#">{P.f("下一页")}</a></div>
</div>
<div class="banner">{P.f("下载客户端，看更多精彩新闻")}</div>
<h4>{P.f("相关新闻")}</h4><ul class="rel">{rel}</ul>
<div class="cmt">{P.f(f"网友评论（{ccount}条）")} <a href="#">{P.f("我要评论")}</a></div>
<div class="foot"><p>{P.f("关于我们 | 联系我们 | 广告服务 | 网站地图")}</p>
<p>{P.f(f"Copyright © 20{rng.randint(10, 24)} {site} 版权所有")}</p>
<p>{P.f(f"京ICP备{rng.randint(10000000, 99999999)}号-{rng.randint(1, 9)}")}</p></div>
</body></html>"""


def t_gov(doc, rng, P: Page):
    org = rng.choice(["某市人民政府办公室", "某区发展和改革委员会", "某县教育局", "某市生态环境局"])
    d = date(rng)
    y = d[:4]
    meta = [("索引号", f"{rng.randint(10000000, 99999999)}/{y}-{rng.randint(100, 999)}"), ("发布机构", org),
            ("生成日期", d), ("主题分类", rng.choice(["综合政务", "国民经济", "教育", "城乡建设"])),
            ("文号", f"〔{y}〕{rng.randint(1, 60)}号"), ("有效性", "有效")]
    rows = "".join(f"<tr><th>{P.f(a)}</th><td>{P.f(b)}</td></tr>" for a, b in meta)
    title = P.c("title", doc["title"])
    byl = P.c("byline", f"发布时间：{d}　来源：{org}")
    body = ""
    for kind, text in doc["paras"]:
        if kind == "heading":
            body += f"<p><strong>{P.c(kind, text)}</strong></p>\n"
        else:
            body += f'<p style="text-indent:2em">{P.c(kind, text)}</p>\n'
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset={{charset}}">
<title>{E(doc['title'])}</title></head><body>
<table width="100%"><tr><td>{P.f(org.replace("某", "某某") + "门户网站")}</td><td><a href="#">{P.f("无障碍浏览")}</a> <a href="#">{P.f("长者模式")}</a></td></tr></table>
<div class="pos">{P.f("当前位置：首页 > 政务公开 > 政府信息公开 > 通知公告")}</div>
<table class="xxgk" border="1">{rows}</table>
<div class="title"><h2>{title}</h2></div>
<div class="sub">{byl}</div>
<div class="font">{P.f("【字体：大 中 小】")}</div>
<div class="TRS_Editor">
{body}</div>
<div class="fj">{P.f("附件：")}<a href="/f.pdf">{P.f("1.相关材料.pdf")}</a></div>
<div class="tools">{P.f("【打印本页】")} {P.f("【关闭窗口】")}</div>
<div class="foot">{P.f(f"主办单位：{org}　网站标识码：{rng.randint(1000000000, 9999999999)}")}<br>
{P.f(f"ICP备案号：苏ICP备{rng.randint(10000000, 99999999)}号　公网安备 {rng.randint(10**13, 10**14 - 1)}号")}</div>
</body></html>"""


def t_blog(doc, rng, P: Page):
    au = name(rng)
    d = date(rng)
    title = P.c("title", doc["title"])
    byl = P.c("byline", f"文/{au}")
    body = ""
    cap_at = rng.randint(0, len(doc["paras"]) - 1)
    brmode = rng.random() < 0.5
    for i, (kind, text) in enumerate(doc["paras"]):
        if kind == "heading":
            body += f"<h2>{P.c(kind, text)}</h2>\n"
        elif brmode:
            body += f"{P.c(kind, text)}<br><br>\n"
        else:
            body += f"<p>{P.c(kind, text)}</p>\n"
        if i == cap_at:
            body += f'<figure><img src="a.jpg" alt=""><figcaption>{P.f("图：资料图片，来源网络")}</figcaption></figure>\n'
    cm = "".join(f'<li><div class="who">{P.f(name(rng) + " 说：")}</div><p>{P.f(x)}</p></li>' for x in
                 rng.sample(["写得真好，收藏了！", "感谢分享，学到很多。", "请问博主还有后续吗？", "支持一下～"], 2))
    return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="{{charset}}">
<title>{E(doc['title'])} – {E(au)}的博客</title></head>
<body class="single-post"><header><p class="site-title"><a href="/">{P.f(au + "的博客")}</a></p>
<p class="site-description">{P.f("记录生活，分享所思")}</p></header>
<article><h1 class="entry-title">{title}</h1>
<div class="entry-meta">{P.c("meta", "发表于 " + d)}</div>
<div class="entry-content"><p>{byl}</p>
{body}</div>
<footer class="entry-footer">{P.f("分类：读书笔记")} {P.f("标签：")}<a href="#">{P.f("随笔")}</a>, <a href="#">{P.f("历史")}</a></footer></article>
<nav class="post-navigation">{P.f("上一篇：春日小记")} {P.f("下一篇：读书的意义")}</nav>
<section id="comments"><h3>{P.f("2 条评论")}</h3><ol>{cm}</ol>
<h3>{P.f("发表评论")}</h3><p>{P.f("电子邮件地址不会被公开。")}</p></section>
<aside><h3>{P.f("近期文章")}</h3><ul><li><a href="#">{P.f("春日小记")}</a></li><li><a href="#">{P.f("周末去看展")}</a></li></ul></aside>
<footer><p>{P.f("自豪地采用 WordPress")}</p></footer></body></html>"""


def t_qa(doc, rng, P: Page):
    au = name(rng)
    d = date(rng)
    title = P.c("title", doc["title"] + "是什么？")
    byl = P.c("byline", f"作者：{au}")
    body = ""
    for kind, text in doc["paras"]:
        if kind == "heading":
            body += f"<p><b>{P.c(kind, text)}</b></p>"
        else:
            body += f"<p>{P.c(kind, text)}</p>"
    agree = f"{rng.randint(1, 99)}.{rng.randint(0, 9)}K"
    return f"""<!doctype html><html><head><meta charset="{{charset}}"><title>{E(doc['title'])}是什么？ - 问答社区</title>
<script>window.__INITIAL_STATE__={{"ab":1}};</script></head><body>
<div class="AppHeader"><a href="/">{P.f("首页")}</a> <a href="/explore">{P.f("发现")}</a> <a href="/q">{P.f("等你来答")}</a> <button>{P.f("提问")}</button></div>
<div class="Banner">{P.f("打开App，查看更多精彩回答")}</div>
<div class="QuestionHeader"><h1 class="QuestionHeader-title">{title}</h1>
<div class="Tags"><span>{P.f("历史")}</span> <span>{P.f("百科")}</span></div>
<div>{P.f(f"关注者 {rng.randint(10, 9999)}")} {P.f(f"被浏览 {rng.randint(10000, 999999)}")}</div></div>
<div class="Answer"><div class="AuthorInfo">{byl}</div><div class="AuthorInfo-badge">{P.f("历史话题下的优秀答主")}</div>
<div class="Voters">{P.f(f"{rng.randint(100, 9999)} 人赞同了该回答")}</div>
<div class="RichContent">{body}</div>
<div class="ContentItem-time">{P.c("meta", "发布于 " + d)}</div>
<div class="ContentItem-actions"><button>{P.f("赞同 " + agree)}</button> <button>{P.f(f"{rng.randint(10, 999)} 条评论")}</button> <button>{P.f("分享")}</button> <button>{P.f("收藏")}</button></div></div>
<div class="More">{P.f("查看全部 " + str(rng.randint(20, 300)) + " 个回答")}</div>
<div class="Footer">{P.f("刘看山 · 知识市场 · 联系我们")} {P.f(f"京ICP证{rng.randint(100000, 999999)}号")}</div>
</body></html>"""


# ---------------------------------------------------------------- templates (traditional)


def t_twnews(doc, rng, P: Page):
    rep = name(rng, True)
    city = rng.choice(["台北", "台中", "高雄", "台南", "新竹"])
    d = f"{date(rng).replace('-', '/')} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
    site = rng.choice(["新台灣日報", "寶島新聞網", "晨光電子報"])
    title = P.c("title", doc["title"])
    byl = P.c("byline", f"記者{rep}／{city}報導")
    body = ""
    for i, (kind, text) in enumerate(doc["paras"]):
        if kind == "heading":
            body += f"<h3>{P.c(kind, text)}</h3>\n"
        else:
            body += f"<p>{P.c(kind, text)}</p>\n"
        if i == 0:
            body += f'<figure><img src="p.jpg"><figcaption>{P.f("▲資料照。（圖／翻攝自網路）")}</figcaption></figure>\n'
    return f"""<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="{{charset}}"><title>{E(doc['title'])} | {E(site)}</title></head>
<body><header><a href="/">{P.f(site)}</a><nav><a href="#">{P.f("即時")}</a> <a href="#">{P.f("政治")}</a> <a href="#">{P.f("生活")}</a> <a href="#">{P.f("國際")}</a> <a href="#">{P.f("娛樂")}</a></nav></header>
<div class="crumb">{P.f("首頁 > 生活 > 文化")}</div>
<article><h1>{title}</h1>
<div class="date">{P.c("meta", d)}</div>
<div class="author">{byl}</div>
<div class="fontsize">{P.f("字級")} <a href="#">{P.f("放大")}</a> <a href="#">{P.f("縮小")}</a></div>
<div class="story">
{body}</div>
<div class="share">{P.f("分享至")} <a href="#">Facebook</a> <a href="#">LINE</a></div>
<p class="note">{P.f("★ 版權所有，未經授權不得轉載 ★")}</p></article>
<section><h2>{P.f("延伸閱讀")}</h2><ul>
<li><a href="#">{P.f("一張圖看懂今年連假怎麼放")}</a></li><li><a href="#">{P.f("颱風動態一次看")}</a></li><li><a href="#">{P.f("週末天氣轉涼 北部有雨")}</a></li></ul></section>
<footer>{P.f(f"© {site} 版權所有 客服信箱：service@example.tw")}</footer></body></html>"""


def t_hk(doc, rng, P: Page):
    site = rng.choice(["香江時報", "維港日報", "東方之珠網"])
    title = P.c("title", doc["title"])
    byl = P.c("byline", rng.choice(["本報訊", f"本報記者 {name(rng, True)}"]))
    body = ""
    for kind, text in doc["paras"]:
        if kind == "heading":
            body += f'<span class="subtitle">{P.c(kind, text)}</span><br><br>\n'
        else:
            body += f"{P.c(kind, text)}<br><br>\n"
    d = date(rng)
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset={{charset}}">
<title>{E(site)} - {E(doc['title'])}</title>
<style>.subtitle{{font-weight:bold;color:#900}}</style></head>
<body bgcolor="#ffffff"><table width="960" border="0"><tr><td><a href="/">{P.f(site)}</a></td><td>{P.f(f"{d[:4]}年{int(d[5:7])}月{int(d[8:])}日 星期{rng.choice('一二三四五六日')}")}</td></tr>
<tr><td colspan="2"><a href="#">{P.f("港聞")}</a> | <a href="#">{P.f("國際")}</a> | <a href="#">{P.f("財經")}</a> | <a href="#">{P.f("副刊")}</a></td></tr></table>
<table width="960"><tr><td>
<font size="5"><b>{title}</b></font><br><br>
{byl}<br><br>
{body}
</td></tr>
<tr><td><script>document.write('<div class="ad"></div>');</script>{P.f("【相關新聞】")}<br><a href="#">{P.f("本港明日天晴 氣溫回升")}</a><br><a href="#">{P.f("立法會今審議撥款")}</a></td></tr></table>
<table width="960"><tr><td>{P.f(f"版權所有 © {site}有限公司 不得轉載")}</td></tr></table>
</body></html>"""


def t_twgov(doc, rng, P: Page):
    org = rng.choice(["某某部", "某市政府文化局", "某縣政府教育處"])
    y = rng.randint(108, 113)
    roc = f"中華民國{y}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    title = P.c("title", doc["title"])
    byl = P.c("byline", f"發布單位：{org}")
    body = ""
    for kind, text in doc["paras"]:
        body += f"<h2>{P.c(kind, text)}</h2>\n" if kind == "heading" else f"<p>{P.c(kind, text)}</p>\n"
    contact = P.c("meta", f"承辦人：{name(rng, True)}　電話：(02){rng.randint(2000, 2999)}-{rng.randint(1000, 9999)}")
    return f"""<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="{{charset}}"><title>{E(doc['title'])}-{E(org)}</title></head><body>
<a href="#C" class="acc">{P.f("跳到主要內容區塊")}</a>
<div class="head"><a href="/">{P.f(org + "全球資訊網")}</a> <a href="#">{P.f("網站導覽")}</a> <a href="#">{P.f("English")}</a></div>
<div class="path">{P.f("::: 首頁 / 最新消息 / 公告資訊")}</div>
<main id="C"><h1>{title}</h1>
<ul class="info"><li>{byl}</li><li>{P.c("meta", "發布日期：" + roc)}</li><li>{P.f(f"點閱次數：{rng.randint(100, 9999)}")}</li></ul>
<div class="cp">
{body}</div>
<div class="contact">{contact}</div>
<div class="file">{P.f("相關附件：")}<a href="#">{P.f("公告全文.odt")}</a> <a href="#">{P.f("公告全文.pdf")}</a></div>
<div class="tool"><a href="#">{P.f("回上一頁")}</a> <a href="#">{P.f("列印")}</a></div></main>
<footer>{P.f("地址：100 臺北市中正區某某路1號　總機：(02)2345-6789")}<br>{P.f("本網站最佳瀏覽解析度 1280x800")}</footer></body></html>"""


def t_wiki(doc, rng, P: Page):
    title = P.c("title", doc["title"])
    heads = [t for k, t in doc["paras"] if k == "heading"]
    toc = "".join(f"<li>{i + 1} {P.f(h)}</li>" for i, h in enumerate(heads))
    body = ""
    for kind, text in doc["paras"]:
        if kind == "heading":
            body += f'<h2><span class="mw-headline">{P.c(kind, text)}</span><span class="edit">[<a href="#">{P.f("編輯")}</a>]</span></h2>\n'
        else:
            body += f"<p>{P.c(kind, text)}<sup>[<a href='#r'>{rng.randint(1, 9)}</a>]</sup></p>\n"
    return f"""<!DOCTYPE html><html><head><meta charset="{{charset}}"><title>{E(doc['title'])} - 百科全書</title></head><body>
<div id="top">{P.f("免費的百科全書")} <a href="#">{P.f("登入")}</a> <a href="#">{P.f("建立帳號")}</a></div>
<h1 id="firstHeading">{title}</h1>
<div id="siteSub">{P.f("維基式百科，自由的百科全書")}</div>
<div class="hatnote">{P.f("「" + doc["title"] + "」的各地常用名稱")}</div>
<div id="toc"><h2>{P.f("目錄")}</h2><ul>{toc}</ul></div>
{body}
<h2>{P.f("參考文獻")}</h2><ol id="r"><li>{P.f("某某著：《某某研究》，某出版社，2001年。")}</li></ol>
<div id="catlinks">{P.f("分類：條目")}</div>
<div id="footer">{P.f("本頁面最後修訂於" + str(rng.randint(2015, 2024)) + "年。")} {P.f("文字可在創用CC 姓名標示-相同方式分享授權條款下使用")}</div>
</body></html>"""


# note: the superscript reference markers ``[n]`` sit inside content paragraphs; they are furniture of the page
# but glued to the paragraph's last sentence.  To keep gold exact we strip them in the wiki template below.
def t_wiki_clean(doc, rng, P):
    return re.sub(r"<sup>.*?</sup>", "", t_wiki(doc, rng, P))


def t_app(doc, rng, P: Page):
    """An app-share news page (澎湃/界面-like): app banners inside the article, <h4> headings, editor/校对 line."""
    site = rng.choice(["浦江新闻", "界外财经", "南风窗口"])
    rep = name(rng)
    title = P.c("title", doc["title"])
    byl = P.c("byline", rng.choice([f"本报记者 {rep}", f"文／{rep}", f"澎湃新闻记者 {rep}"]))
    when = f"{date(rng)} {rng.randint(6, 23):02d}:{rng.randint(0, 59):02d} 来源：{site}"
    body = ""
    mid = len(doc["paras"]) // 2
    for i, (kind, text) in enumerate(doc["paras"]):
        if i == mid:
            body += f'<div class="app-tip"><a href="#">{P.f("打开APP，阅读体验更佳")}</a></div>\n'
        body += f"<h4>{P.c(kind, text)}</h4>\n" if kind == "heading" else f"<p>{P.c(kind, text)}</p>\n"
    ed = P.c("meta", f"责任编辑：{name(rng)}　校对：{name(rng)}")
    return f"""<!DOCTYPE html><html><head><meta charset="{{charset}}"><meta name="viewport" content="width=device-width">
<title>{E(doc['title'])}</title><style>body{{max-width:640px}}</style></head><body>
<div class="dl-bar">{P.f(site + "APP")} <a href="#">{P.f("立即打开")}</a></div>
<div class="news_title"><h1>{title}</h1></div>
<div class="news_about"><p>{byl}</p><p>{P.c("meta", when)}</p></div>
<div class="news_txt">
{body}</div>
<div class="news_editor">{ed}</div>
<div class="news_statement">{P.f("特别声明：本文为" + site + "原创，未经授权不得转载。")}</div>
<div class="paywall">{P.f("会员专享：开通会员，畅享全部付费内容")} <a href="#">{P.f("立即开通")}</a></div>
<div class="hot"><h3>{P.f("热门推荐")}</h3><ul><li>{P.f("一图读懂今年政府工作报告")}</li><li>{P.f("早安，这里有一份新闻简报")}</li></ul></div>
<div class="footer">{P.f(f"沪ICP备{rng.randint(10000000, 99999999)}号 增值电信业务经营许可证")}</div></body></html>"""


def t_baike(doc, rng, P: Page):
    """An encyclopedia entry (百科-like): summary, table of contents, <h2>/<h3> headings with an edit link."""
    title = P.c("title", doc["title"])
    heads = [t for k, t in doc["paras"] if k == "heading"]
    toc = "".join(f"<li><span>{i + 1}</span> <a href='#{i}'>{P.f(h)}</a></li>" for i, h in enumerate(heads))
    body, first = "", True
    for kind, text in doc["paras"]:
        if kind == "heading":
            if first and toc:
                body += f'<div class="catalog"><h2>{P.f("目录")}</h2><ol>{toc}</ol></div>\n'
            first = False
            tag = rng.choice(["h2", "h3"])
            body += f'<div class="para-title"><{tag}>{P.c(kind, text)}</{tag}><a class="edit" href="#">{P.f("编辑")}</a></div>\n'
        else:
            body += f'<div class="para">{P.c(kind, text)}</div>\n'
    return f"""<!DOCTYPE html><html><head><meta charset="{{charset}}"><title>{E(doc['title'])}_百科</title></head><body>
<div class="header"><a href="/">{P.f("知识百科")}</a> <input> <button>{P.f("进入词条")}</button> <button>{P.f("全站搜索")}</button></div>
<div class="lemma"><h1>{title}</h1>
<div class="tools"><a>{P.f("播报")}</a> <a>{P.f("讨论")}</a> <a>{P.f("上传视频")}</a></div>
{body}
<div class="tags">{P.f("词条标签：")}<span>{P.f("历史")}</span> <span>{P.f("文化")}</span></div>
<div class="ref"><h2>{P.f("参考资料")}</h2><ul><li>{P.f("1.  某某.某某志.北京：某某出版社，1998")}</li></ul></div></div>
<div class="footer">{P.f("©2024 知识百科 使用百科前必读 | 百科协议 | 隐私政策")}</div></body></html>"""


def t_forum(doc, rng, P: Page):
    """A Taiwan forum thread (Mobile01-like): the first post is the article (<br><br> paragraphs, <b> headings);
    poster boxes, floor numbers, replies and signatures are furniture."""
    nick = rng.choice(["阿宏的日常", "小綠綠", "旅人Ken", "巴哈路人"])
    title = P.c("title", doc["title"])
    body = ""
    for kind, text in doc["paras"]:
        body += f"<b>{P.c(kind, text)}</b><br><br>\n" if kind == "heading" else f"{P.c(kind, text)}<br><br>\n"
    replies = ""
    for fl, txt in zip((2, 3, 4), rng.sample(["推推，整理得很清楚！", "請問有參考資料嗎？想再深入了解。",
                                               "原來還有這段歷史，長知識了", "先收藏，晚點慢慢看"], 3), strict=True):
        who = rng.choice(["路過的貓", "CK大", "morning", "老王不在家", "阿里山下"])
        replies += (f'<div class="post"><div class="user">{P.f(who)}</div><div class="floor">{P.f(f"#{fl}")}</div>'
                    f'<div class="date">{P.f(date(rng))}</div><div class="msg">{P.f(txt)}</div></div>\n')
    return f"""<!DOCTYPE html><html lang="zh-TW"><head><meta charset="{{charset}}"><title>{E(doc['title'])} - 討論區</title></head><body>
<div class="top">{P.f("M01 論壇")} <a href="#">{P.f("登入/註冊")}</a></div>
<div class="crumb">{P.f("首頁 › 生活娛樂 › 閒聊與趣味")}</div>
<h1 class="topic">{title}</h1>
<div class="post first"><div class="user">{P.f(nick)}</div><div class="joined">{P.f(f"{rng.randint(2008, 2020)}-{rng.randint(1, 12):02d}-01 加入")}</div>
<div class="floor">{P.f("樓主")}</div><div class="date">{P.f(date(rng) + " " + f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}")}</div>
<article>
{body}</article>
<div class="sign">{P.f("-- 簽名檔：人生就是不停的旅行 --")}</div>
<div class="act">{P.f("按讚")} {P.f(str(rng.randint(1, 300)))} {P.f("引言回覆")} {P.f("檢舉")}</div></div>
{replies}
<div class="pages"><a href="#">1</a> <a href="#">2</a> <a href="#">{P.f("下一頁")}</a> <a href="#">{P.f("最後一頁")}</a></div>
<div class="footer">{P.f("© 2024 M01 論壇 All Rights Reserved.")}</div></body></html>"""


def t_hkmag(doc, rng, P: Page):
    """A Hong Kong magazine page: cookie notice, 文／攝影 credit line, <h5> headings, tags, newsletter box,
    the story split over several <div>s with a page switcher."""
    site = rng.choice(["港週刊", "城市生活誌", "灣仔文化報"])
    title = P.c("title", doc["title"])
    byl = P.c("byline", f"文：{name(rng, True)}｜攝影：{name(rng, True)}")
    chunks, cur = [], ""
    for i, (kind, text) in enumerate(doc["paras"]):
        cur += f"<h5>{P.c(kind, text)}</h5>\n" if kind == "heading" else f"<p>{P.c(kind, text)}</p>\n"
        if i % 2 == 1:
            chunks.append(cur)
            cur = ""
    chunks.append(cur)
    divs = "".join(f'<div class="story-block" data-n="{i}">\n{c}</div>\n' for i, c in enumerate(chunks) if c)
    return f"""<!DOCTYPE html><html lang="zh-HK"><head><meta charset="{{charset}}"><title>{E(doc['title'])}｜{E(site)}</title>
<script type="application/ld+json">{{"@type":"NewsArticle"}}</script></head><body>
<div class="cookie">{P.f("本網站使用Cookies以提升你的瀏覽體驗。")} <button>{P.f("我同意")}</button></div>
<header><a href="/">{P.f(site)}</a> <a href="#">{P.f("生活")}</a> <a href="#">{P.f("飲食")}</a> <a href="#">{P.f("文化")}</a></header>
<h1>{title}</h1>
<p class="credit">{byl}</p>
<p class="time">{P.c("meta", f"{date(rng).replace('-', '.')} 更新")}</p>
{divs}<div class="pager"><a href="#">{P.f("上一頁")}</a> 1 2 <a href="#">{P.f("下一頁")}</a></div>
<div class="tags"><a href="#">{P.f("#文化")}</a> <a href="#">{P.f("#歷史")}</a></div>
<div class="nl"><h6>{P.f("訂閱電子報")}</h6><p>{P.f("每週精選好文，直送你的信箱。")}</p></div>
<footer>{P.f(f"© {site} 版權所有，不得轉載")}</footer></body></html>"""


TEMPLATES = {"simp": [t_portal, t_gov, t_blog, t_qa, t_app, t_baike],
             "trad": [t_twnews, t_hk, t_twgov, t_wiki_clean, t_forum, t_hkmag]}
SIMP_HEADS = [["一、基本情况", "二、主要特点", "三、相关说明"], ["背景", "发展", "现状"], ["（一）概况", "（二）沿革", "（三）影响"]]
TRAD_HEADS = [["歷史", "發展", "現況"], ["一、緣起", "二、沿革", "三、影響"], ["背景介紹", "重要事件", "後續發展"]]


def make_doc(n, src, rng):
    trad = n >= 12
    if trad:
        title, ctxs = src
        heads = rng.choice(TRAD_HEADS)
        paras = []
        for i, c in enumerate(ctxs):
            paras.append(("heading", heads[i]))
            paras += [("paragraph", p) for p in cut(c, rng.randint(1, 2), rng)]
    else:
        title, c = src
        pieces = cut(c, rng.randint(2, 4), rng)
        paras = []
        heads = rng.choice(SIMP_HEADS) if rng.random() < 0.6 else None
        for i, p in enumerate(pieces):
            if heads and i < 3 and (i == 0 or rng.random() < 0.7):
                paras.append(("heading", heads[i]))
            paras.append(("paragraph", p))
    return {"title": title, "paras": paras, "trad": trad}


# ---------------------------------------------------------------- tools
def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def run_tool(tool: str, path: Path) -> str:
    m = re.fullmatch(r"([a-z23]+?)(\d*)(nolist)?", tool)
    base, w, nolist = m.group(1), m.group(2), m.group(3)
    if base == "lynx":
        cmd = ["lynx", "-dump", f"-width={w or 80}", "-display_charset=utf-8", "-assume_charset=utf-8"]
        cmd += ["-nolist"] if nolist else []
    elif base == "w3m":
        cmd = ["w3m", "-dump", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8"] + (["-cols", w] if w else [])
    elif base == "html2text":
        cmd = ["html2text", "-utf8", "-nobs"] + (["-width", w] if w else [])
    elif base == "saved":
        raw = run_tool("w3m3000", path)
        return saved(raw)
    else:
        raise ValueError(tool)
    return subprocess.run(cmd + [str(path)], capture_output=True, check=True, env={"LANG": "C.UTF-8", "HOME": "/tmp",
                                                                                  "PATH": "/usr/bin:/bin"}).stdout.decode("utf-8", errors="replace")


def saved(raw: str) -> str:
    out = []
    for line in raw.splitlines():
        line = line.rstrip()
        if not line.strip():
            out.append("")
            continue
        cur = ""
        for ch in line:
            if width(cur + ch) > 76:
                out.append(cur)
                cur = ""
            cur += ch
        out.append(cur)
    paged, page = [], 1
    for i, ln in enumerate(out):
        if i and i % 45 == 0:
            paged += ["", f"--- 第 {page} 页 ---", ""]
            page += 1
        paged.append(ln)
    return "\n".join(paged) + "\n"


CJK = re.compile(r"[\u4e00-\u9fff]")


def ocr_spaces(lines, content_flags, rng):
    out = []
    for ln, isc in zip(lines, content_flags, strict=False):
        if isc:
            chars = []
            for i, ch in enumerate(ln):
                chars.append(ch)
                if CJK.match(ch) and i + 1 < len(ln) and CJK.match(ln[i + 1]) and rng.random() < 0.08:
                    chars.append(" ")
            ln = "".join(chars)
        out.append(ln)
    return out


# ---------------------------------------------------------------- alignment (gold from construction)
DECOR = set("*#=-_•·+o|>[]() \t　")


def _decor_only(tail: str, furniture: list[str]) -> bool:
    tail = re.sub(r"\[\d+\]", "", tail)
    for f in sorted((sq(x) for x in furniture), key=len, reverse=True):
        if f:
            tail = tail.replace(f, "")
    return all(ch in DECOR for ch in tail)


def align(text: str, units: list[tuple[str, str]], furniture: list[str] = ()) -> tuple[list[dict], list[bool]]:
    """Every line of ``text`` to a unit: content lines continue the known content units in order."""
    C = "".join(sq(t) for _, t in units)
    ends, pos_acc = [], 0
    for _, t in units:
        pos_acc += len(sq(t))
        ends.append(pos_acc)
    pos, ui = 0, 0
    gold: list[dict] = []
    open_piece = None  # index of gold unit being filled
    flags = []
    lines = text.split("\n")
    for raw in lines:
        s = sq(raw)
        if not s:
            if gold:
                gold[-1]["text"] += raw + "\n"
            else:
                gold.append({"kind": "debris", "text": raw + "\n", "_blank": True})
            flags.append(False)
            continue
        # content match: optional decoration prefix, content, optional decoration suffix
        a = 0
        while a < len(s) and s[a] in DECOR and (pos >= len(C) or s[a] != C[pos]):
            a += 1
        k = 0
        while a + k < len(s) and pos + k < len(C) and s[a + k] == C[pos + k]:
            k += 1
        tail = s[a + k:]
        ok = k > 0 and _decor_only(tail, furniture) and (k >= 4 or (k >= 2 and not tail) or k == len(C) - pos
                                                           or pos + k in ends or (pos > 0 and pos not in ends))
        if not ok:
            gold.append({"kind": "debris", "text": raw + "\n"})
            open_piece = None
            flags.append(False)
            continue
        flags.append(True)
        # split the raw line into: decoration prefix, content pieces by unit, decoration suffix
        idx = 0  # position in raw
        def take(nsq, raw=raw):
            nonlocal idx
            start, got = idx, 0
            while got < nsq:
                if not raw[idx].isspace():
                    got += 1
                idx += 1
            return raw[start:idx]
        lead = take(a) if a else ""  # markup on the content's own line (html2text's ***, a bullet): part of it
        rem = k
        while rem:
            while ends[ui] <= pos:
                ui += 1
            n = min(rem, ends[ui] - pos)
            piece = lead + take(n)
            lead = ""
            start_of_unit = pos == (ends[ui - 1] if ui else 0)
            if open_piece is not None and not start_of_unit:
                gold[open_piece]["text"] += piece
            else:
                u = {"kind": units[ui][0], "text": piece}
                if not start_of_unit:
                    u["cont"] = True
                gold.append(u)
                open_piece = len(gold) - 1
            pos += n
            rem -= n
        rest = raw[idx:]
        if sq(rest) and not all(ch in DECOR for ch in sq(rest)):
            gold.append({"kind": "debris", "text": rest + "\n"})
            open_piece = None if pos in ends else open_piece
            if pos not in ends:
                raise AssertionError(f"decoration inside a unit: {raw!r}")
        else:
            gold[-1]["text"] += rest + "\n"
    assert pos == len(C), f"content not all found: {C[pos:pos + 40]!r}"
    # the trailing "\n" after the last line is an artefact of split
    if gold and gold[-1]["text"].endswith("\n") and not text.endswith("\n"):
        gold[-1]["text"] = gold[-1]["text"][:-1]
    elif gold and text.endswith("\n"):
        gold[-1]["text"] = gold[-1]["text"][:-1]
    out = []
    for g in gold:
        if g.pop("_blank", False) and out:
            out[-1]["text"] += g["text"]
            continue
        out.append(g)
    return [u for u in out if u["text"] or True], flags


# ---------------------------------------------------------------- main
def main() -> None:
    simp, trad, seen = pools()
    assert len(simp) >= 12 and len(trad) >= 12, (len(simp), len(trad))
    manifest = []
    total = 0
    for old in sorted(CORPUS.glob(f"*/*/{PREFIX}-*")) + sorted(CORPUS.glob(f"gold/{PREFIX}-*.json")):
        old.unlink()  # a rebuild leaves no stale file behind
    for n in range(24):
        rng = random.Random(5000 + n)
        doc_id = f"{PREFIX}-{n:03d}"
        split = "dev5" if n % 2 == 0 else "held5"
        src = simp[n] if n < 12 else trad[n - 12]
        doc = make_doc(n, src, rng)
        for _, t in doc["paras"]:
            assert free(t, seen) or len(sq(t)) < 15, t[:30]
        tmpl = TEMPLATES["trad" if doc["trad"] else "simp"][(n % 12) // 2]
        P = Page()
        page = P.finish(tmpl(doc, rng, P))
        if doc["trad"]:
            charset = "big5" if tmpl is t_hk else "utf-8"
        else:
            charset = rng.choice(["gbk", "utf-8"]) if tmpl in (t_portal, t_gov) else "utf-8"
            charset = "gbk" if tmpl is t_gov else charset  # government pages: GBK on both splits
        native = page.replace("{charset}", charset)
        ndir = CORPUS / "native" / split
        ndir.mkdir(parents=True, exist_ok=True)
        npath = ndir / f"{doc_id}_html.html"
        npath.write_bytes(native.encode(charset, errors="xmlcharrefreplace"))
        entry = {"id": doc_id, "split": split, "script": "trad" if doc["trad"] else "simp", "template": tmpl.__name__,
                 "files": [{"path": f"native/{split}/{npath.name}", "route": "native", "tool": "html", "encoding": charset}]}
        (CORPUS / "gold" / f"{npath.stem}.json").write_text(json.dumps(
            {"doc_id": npath.stem, "source": "cmrc2018-trial" if not doc["trad"] else "drcd-test",
             "units": [{"kind": k, "text": t} for k, t in P.units], "furniture": P.furniture},
            ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        total += npath.stat().st_size
        lw = rng.sample(["60", "72", "80", "100", "130"], 2)
        tools = ["lynx" + lw[0], "lynx" + lw[1] + "nolist",
                 rng.choice(["w3m", "w3m100", "w3m64"]),
                 rng.choice(["html2text", "html2text100", "html2text60"])]
        if rng.random() < 0.6:
            tools.append("saved")
        with tempfile.TemporaryDirectory():  # (the page goes to a fixed name: lynx prints it in its link list)
            u8 = Path("/tmp/dev5web") / f"{doc_id}.html"
            u8.parent.mkdir(exist_ok=True)
            u8.write_text(page.replace("{charset}", "utf-8"), encoding="utf-8")
            for tool in tools:
                text = run_tool(tool, u8)
                text = text.replace("\r", "")
                gold, flags = align(text, P.units, P.furniture)
                if tool == "saved":
                    enc = "gbk+crlf" if not doc["trad"] else "utf-8-bom+crlf"
                else:
                    enc = rng.choice(["utf-8", "utf-8-bom", "crlf"] + ([] if doc["trad"] else ["gb18030"])
                                     + (["ocr-spaces+utf-8"] if tool.startswith(("lynx", "w3m")) else []))
                if enc.startswith("ocr"):
                    lines = ocr_spaces(text.split("\n"), flags + [False], rng)
                    text = "\n".join(lines)
                    gold, _ = align(text, P.units, P.furniture)
                out = text
                if "crlf" in enc:
                    out = out.replace("\n", "\r\n")
                if enc.startswith("gbk"):
                    try:
                        data = out.encode("gbk")
                    except UnicodeEncodeError:
                        enc = enc.replace("gbk", "gb18030")
                        data = out.encode("gb18030")
                elif enc == "gb18030":
                    data = out.encode("gb18030")
                elif "bom" in enc:
                    data = b"\xef\xbb\xbf" + out.encode("utf-8")
                else:
                    data = out.encode("utf-8")
                tdir = CORPUS / "text" / split
                tdir.mkdir(parents=True, exist_ok=True)
                tpath = tdir / f"{doc_id}_{tool}.txt"
                tpath.write_bytes(data)
                total += len(data)
                (CORPUS / "gold" / f"{tpath.stem}.json").write_text(json.dumps(
                    {"doc_id": tpath.stem, "source": "cmrc2018-trial" if not doc["trad"] else "drcd-test",
                     "units": gold}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
                entry["files"].append({"path": f"text/{split}/{tpath.name}", "route": "text", "tool": tool,
                                       "encoding": enc})
        manifest.append(entry)
    (CORPUS / "manifest-dev5-web.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n",
                                                   encoding="utf-8")
    print(f"{len(manifest)} pages, {sum(len(e['files']) for e in manifest)} files, {total / 1e6:.2f} MB", file=sys.stderr)


if __name__ == "__main__":
    main()
