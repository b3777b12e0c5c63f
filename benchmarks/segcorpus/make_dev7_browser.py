"""Batch 7, BROWSER part: Chinese web pages printed by a real browser (ids ``b7-000`` .. ``b7-019``).

Built without reading the segmenter, docs/segmentation.md or any earlier corpus builder's templates.

How every file is made (tool versions on the build machine: Chromium 156.0.8078.114 headless, poppler
pdftotext 22.12.0, Lynx 2.9.0dev.12, w3m 0.5.3+git20230121, html2text 1.3.2a; fonts Noto Sans/Serif CJK
SC/TC, WenQuanYi Zen Hei):

1. Sources: CMRC 2018 *trial* contexts (simplified, CC BY-SA 4.0) and DRCD *test* contexts (traditional,
   CC BY-SA 3.0) whose flattened index (data[*].paragraphs[*]) is ODD (the OFFICE part takes the even ones)
   and that share no 15-character stretch (whitespace removed) with any gold file of the batches before 7
   (``gold_index.existing_gold_text(only=BEFORE_DEV7)``; asserted). Simplified pages would use CMRC contexts
   first, but none of the 128 odd CMRC trial contexts is left (each shares a stretch with older gold), so they
   use the second half of the DRCD pool converted with opencc ``t2s``; traditional pages use the first half.
   Contexts of one source article stay together where the pool has them; headlines and section heads are
   invented from the source article's title (converted ``s2t`` on traditional pages).
   A context over 260 characters is cut at a sentence end near its middle into two paragraphs.
2. Ten page templates (``TEMPLATES``; 0-4 simplified, 5-9 traditional), each used by two documents:
   document ``n`` uses template ``n // 2``; even ``n`` -> split ``dev7``, odd -> ``held7``. Every visible
   string of a page is registered, in source order, either as a content unit (title / heading / byline /
   meta / paragraph) or as a furniture string, and whether the print stylesheet (where the page has one)
   hides it.
3. The pages are served by ``python -m http.server`` on 127.0.0.1 and every site host is mapped to it with
   ``--host-resolver-rules``, so Chromium prints a realistic ``http://host/path`` URL in its footer. Each page
   is printed once: ``chromium --headless --no-sandbox --disable-gpu --print-to-pdf=... [--no-pdf-header-footer]``
   (with the browser's header: date and page title, and footer: URL and ``N/M``, on two documents in three).
   Pages with a print stylesheet set ``@page`` (A4, or Letter for the Taiwan news site; margins); pages without one print on
   Chromium's default paper (Letter) and show all their furniture: nav bars, floats and grid sidebars.
   The date in the browser header is the build time, so a rebuild changes it (and the PDFs' timestamps).
4. Text files per document: ``pdftotext`` (default), ``-layout`` and ``-raw`` of the printed PDF, plus one
   dump of the page: ``lynxW`` (``lynx -dump -width=W``, with its References list), ``w3mW``
   (``w3m -dump -cols W``) or ``html2textW`` (``html2text -utf8 -nobs -width W``), by document number.
   Saved as UTF-8, UTF-8 BOM, CRLF, BOM + CRLF, GB18030 (simplified only); about one file in seven has
   OCR-like spaces between two CJK characters (never inside a digit run or a Latin word).
5. Native files: ``b7-NNN_pdf.pdf`` (the printed PDF) and ``b7-NNN_html.html`` (the page as served, in its
   own encoding: UTF-8, GBK declared ``gbk`` for the government page, Big5 for the Hong Kong page, with
   numeric references for characters the encoding lacks).

Gold (from construction, never from the segmenter): the text gold aligns each content unit's characters
(NFKC-folded, whitespace removed) in order to the tool's output; every other character is debris, one unit
per line (a furniture word on the same line as content is a debris unit of its own, cut inside the line),
except that tool decoration on a content line (bullets, ``*`` / ``#`` runs, lynx ``[N]`` link numbers) goes
with the content unit. A content unit interrupted by something else (the browser's footer and header at a
page break, a sidebar's text that pdftotext interleaves) is recorded as pieces, later ones ``"cont": true``.
Where a unit cannot be found in order, the file is dropped and reported (none silently).

    PYTHONPATH=$PWD python benchmarks/segcorpus/make_dev7_browser.py        # rebuild b7-* (needs chromium etc.)
"""

from __future__ import annotations

import html as htmlmod
import json
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "benchmarks" / "segcorpus"
DATA = ROOT.parent / "shared" / "data"
if not DATA.is_dir():
    DATA = Path("/work/shared/data")
sys.path.insert(0, str(ROOT))

from benchmarks.segcorpus.gold_index import existing_gold_text  # noqa: E402

BEFORE_DEV7 = ("cmrc", "drcd", "c2", "d2", "p3", "p4", "p5", "p6", "w3", "w4", "w5", "w6")
PREFIX = "b7"
N_DOCS = 20
WS = re.compile(r"\s+")
CJK = re.compile(r"[\u3400-\u9fff]")
SEED = 7207


def esc(text: str) -> str:
    return htmlmod.escape(text, quote=False)


# ----------------------------------------------------------------------------------------------- sources

def _windows(text: str, n: int = 15) -> set[int]:
    s = WS.sub("", text)
    return {hash(s[i:i + n]) for i in range(max(0, len(s) - n + 1))}


def load_pool() -> tuple[list[dict], list[dict]]:
    """(simplified, traditional) contexts: odd flattened index, no 15-char stretch shared with old gold."""
    existing = existing_gold_text(only=BEFORE_DEV7)
    seen: set[int] = set()
    for part in existing.split("|"):
        seen |= _windows(part)

    def pick(path: Path, name: str) -> list[dict]:
        data = json.loads(path.read_text(encoding="utf-8"))["data"]
        out, flat = [], 0
        for art in data:
            for para in art["paragraphs"]:
                idx, flat = flat, flat + 1
                if idx % 2 == 0:
                    continue
                ctx = WS.sub("", para["context"]).strip()
                if len(ctx) < 120 or _windows(ctx) & seen:
                    continue
                out.append({"src": name, "index": idx, "title": art.get("title", ""), "text": ctx})
        return out

    cmrc = pick(DATA / "cmrc2018" / "cmrc2018_trial.json", "cmrc2018-trial")
    drcd = pick(DATA / "drcd" / "DRCD_test.json", "drcd-test")
    return cmrc, drcd


def split_paragraph(text: str) -> list[str]:
    if len(text) <= 260:
        return [text]
    mid = len(text) // 2
    cuts = [m.end() for m in re.finditer(r"[。！？][」』”’）)]*", text) if 80 <= m.end() <= len(text) - 60]
    if not cuts:
        return [text]
    cut = min(cuts, key=lambda c: abs(c - mid))
    return [text[:cut], text[cut:]]


def subject(ctx: dict) -> str:
    if ctx["title"]:
        return re.split(r"[_(（]", ctx["title"])[0] or ctx["title"]
    m = re.match(r"《?([^，。（(、《》是为]{2,12})", ctx["text"])
    return m.group(1) if m else ctx["text"][:6]


# ----------------------------------------------------------------------------------------------- page model

class Page:
    """Collects the page's visible strings in source order: content units and furniture."""

    def __init__(self, doc: int, script: str, rng: random.Random):
        self.doc, self.script, self.rng = doc, script, rng
        self.units: list[tuple[str, str]] = []
        self.furn: list[tuple[str, bool]] = []
        self.hidden = False  # inside a block the print stylesheet hides

    def c(self, kind: str, text: str) -> str:
        self.units.append((kind, text))
        return esc(text)

    def f(self, text: str) -> str:
        self.furn.append((text, not self.hidden))
        return esc(text)

    def hide(self, on: bool) -> str:
        self.hidden = on
        return ""


SIMP_NAMES = ["王海涛", "李静怡", "张卫东", "刘晓梅", "陈志强", "杨帆", "赵丽娟", "黄建国", "周明", "吴婷婷", "孙浩然", "马晓东"]
TRAD_NAMES = ["林怡君", "陳建宏", "黃志明", "張雅婷", "李文傑", "吳淑芬", "劉家豪", "蔡佩珊", "鄭宇軒", "許美玲", "謝宗翰", "周詠琪"]
S_HEAD = ["背景回顾", "发展历程", "主要特点", "相关影响", "专家观点", "延伸阅读之外", "现状与展望", "几点思考"]
T_HEAD = ["歷史背景", "發展沿革", "主要特色", "各方觀點", "現況與展望", "相關影響", "專家看法", "未來挑戰"]
S_HOT = ["全国夏粮收购进度过半", "多地出台措施稳就业", "暑期文旅消费持续升温", "新能源汽车出口同比增长",
         "气象台发布高温橙色预警", "高校毕业生招聘会举行", "城市更新行动提速", "航天员完成出舱任务",
         "乡村振兴示范村名单公布", "跨境电商综试区再扩容"]
T_HOT = ["颱風動態持續監測中", "北市公車路線今起調整", "夏季電價方案正式上路", "國片票房創下新高", "大學指考成績公布",
         "港股午後震盪收低", "高鐵連假加開班次", "颱風假標準說明", "中秋連假交通疏運", "社宅申請今起受理"]


_S2T = None


def headline(ctx: dict, script: str, rng: random.Random) -> str:
    s = subject(ctx)
    if script == "simp":
        pats = ["走近{}", "一文读懂{}", "{}的前世今生", "关于{}，你需要知道这些", "{}：历史与现状", "探访{}"]
    else:
        pats = ["走近{}", "一次看懂{}", "{}的前世今生", "關於{}，你該知道的事", "{}：歷史與現況", "探訪{}"]
    if script == "trad":
        global _S2T
        if _S2T is None:
            import opencc
            _S2T = opencc.OpenCC("s2t")
        s = _S2T.convert(s)
    return rng.choice(pats).format(s)


def articles_for(page: Page, pool: list[dict], n_articles: int, n_ctx: tuple[int, int]) -> list[dict]:
    arts = []
    for _ in range(n_articles):
        k = page.rng.randint(*n_ctx)
        ctxs = [pool.pop(0)]
        while len(ctxs) < k:  # the same source article's next contexts where there are any
            same = [c for c in pool[:6] if ctxs[0]["title"] and c["title"] == ctxs[0]["title"]]
            ctxs.append(pool.pop(pool.index(same[0])) if same else pool.pop(0))
        arts.append({"title": headline(ctxs[0], page.script, page.rng), "ctxs": ctxs,
                     "paras": [split_paragraph(c["text"]) for c in ctxs]})
    return arts


# ----------------------------------------------------------------------------------------------- templates

HEAD = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="{charset}"><title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>{css}</style></head>
<body>
"""


def t_portal(p: Page, arts: list[dict]) -> dict:
    """Mainland news portal: top bar, nav, breadcrumb, right sidebar float; print CSS hides furniture."""
    r = p.rng
    a = arts[0]
    reporter, editor = r.sample(SIMP_NAMES, 2)
    src = r.choice(["新华网", "人民网", "中国新闻网", "光明日报", "经济日报"])
    date = f"2023-0{r.randint(3, 9)}-{r.randint(10, 28)} {r.randint(8, 21):02d}:{r.randint(0, 59):02d}"
    css = ("body{font-family:'WenQuanYi Zen Hei',sans-serif;margin:0;font-size:16px;line-height:1.8}"
           ".top{background:#eee;font-size:12px;padding:4px 20px}.nav a{color:#fff;margin:0 10px}.nav{background:#c00;padding:8px 20px}"
           ".wrap{width:1000px;margin:0 auto}.main{float:left;width:680px}.side{float:right;width:280px;font-size:14px}"
           "h1{font-size:28px}.info{color:#666;font-size:13px}.tools{font-size:12px;color:#999}"
           ".foot{clear:both;border-top:1px solid #ccc;font-size:12px;text-align:center;padding:10px}"
           "p{text-indent:2em;margin:0 0 1em}"
           "@media print{.top,.nav,.side,.share,.rel,.foot,.tools,.crumb{display:none}.main{float:none;width:auto}.wrap{width:auto}"
           "@page{size:A4;margin:18mm 16mm}}")
    host = "news.dfzx-example.com.cn"
    title = f"{a['title']}_东方资讯"
    h = [HEAD.format(lang="zh-CN", charset="utf-8", title=esc(title), css=css)]
    p.hide(True)
    h.append(f'<div class="top">{p.f("欢迎访问东方资讯网")}　<a href="http://{host}/login">{p.f("登录")}</a> <a href="http://{host}/reg">{p.f("注册")}</a>　{p.f("手机版")}</div>')
    nav = ["首页", "新闻", "国内", "国际", "财经", "科技", "体育", "娱乐", "汽车", "房产"]
    h.append('<div class="nav">' + "".join(f'<a href="http://{host}/{i}/">{p.f(x)}</a>' for i, x in enumerate(nav)) + "</div>")
    h.append('<div class="wrap"><div class="main">')
    h.append(f'<div class="crumb">{p.f("首页 > 新闻中心 > 国内 > 正文")}</div>')
    p.hide(False)
    h.append(f"<h1>{p.c('title', a['title'])}</h1>")
    h.append(f'<div class="info">{p.c("byline", f"{date}　来源：{src}　作者：记者 {reporter}")}</div>')
    p.hide(True)
    h.append(f'<div class="tools">{p.f("【字号 大 中 小】【打印】【关闭】")}</div>')
    p.hide(False)
    heads = r.sample(S_HEAD, 4)
    for i, paras in enumerate(a["paras"]):
        if i > 0:
            h.append(f"<h3>{p.c('heading', heads[i])}</h3>")
        for para in paras:
            h.append(f"<p>{p.c('paragraph', para)}</p>")
        if i == 0:
            h.append(f'<div class="pic" style="text-align:center;font-size:13px;color:#555">{p.f("图为资料图片。（新华社发）")}</div>')
    h.append(f'<p style="text-align:right">{p.c("meta", f"【责任编辑：{editor}】")}</p>')
    p.hide(True)
    h.append(f'<div class="share">{p.f("分享到：微信 微博 QQ空间")}</div>')
    h.append(f'<div class="rel"><h4>{p.f("相关新闻")}</h4><ul>' + "".join(
        f'<li><a href="http://{host}/r{i}.html">{p.f(x)}</a></li>' for i, x in enumerate(r.sample(S_HOT, 4))) + "</ul></div>")
    h.append('</div><div class="side">')
    h.append(f"<h4>{p.f('热点排行')}</h4><ol>" + "".join(f"<li>{p.f(x)}</li>" for x in r.sample(S_HOT, 6)) + "</ol>")
    h.append("</div></div>")
    h.append(f'<div class="foot">{p.f("关于我们 | 联系我们 | 广告服务 | 网站地图")}<br>'
             f'{p.f("Copyright © 2023 东方资讯网 版权所有")}<br>{p.f("京ICP备12345678号-2　京公网安备11010502030001号")}</div>')
    p.hide(False)
    h.append("</body></html>")
    return {"html": "".join(h), "title": title, "host": host, "path": f"/gn/2023/{p.doc:03d}/c_1129{p.doc:03d}.html",
            "charset": "utf-8", "header_footer": True}


def t_gov(p: Page, arts: list[dict]) -> dict:
    """Municipal government notice: metadata table, document number, 主送, 一、 headings, signature; no print CSS."""
    r = p.rng
    a = arts[0]
    city = r.choice(["江州市", "临川市", "宁安市", "清河市"])
    docno = f"{city[0]}政办发〔2023〕{r.randint(8, 60)}号"
    css = ("body{font-family:'Noto Serif CJK SC',serif;margin:0 auto;width:900px;font-size:16px}"
           ".banner{background:#b00;color:#fff;font-size:26px;padding:14px}.nav{background:#eee;padding:6px}"
           "table.meta{width:100%;border-collapse:collapse;font-size:13px}table.meta td{border:1px solid #ccc;padding:3px}"
           "h1{text-align:center;font-size:24px;color:#b00}.no{text-align:center}.sign{text-align:right}"
           ".c p{text-indent:2em;line-height:2}.foot{border-top:2px solid #b00;font-size:12px;text-align:center}")
    host = "www.jz-gov-example.gov.cn"
    title = f"{a['title']}_{city}人民政府门户网站"
    h = [HEAD.format(lang="zh-CN", charset="gbk", title=esc(title), css=css)]
    h.append(f'<div class="banner">{p.f(f"{city}人民政府门户网站")}</div>')
    h.append('<div class="nav">' + "　".join(f'<a href="http://{host}/{i}/">{p.f(x)}</a>' for i, x in enumerate(
        ["首页", "政务公开", "政务服务", "互动交流", "走进" + city])) + "</div>")
    h.append(f'<div>{p.f("当前位置：首页 > 政务公开 > 通知公告")}</div>')
    h.append('<table class="meta"><tr>' + f"<td>{p.f('索引号：')}</td><td>{p.f(f'11330{r.randint(100, 999)}00-2023-{r.randint(10, 99):05d}')}</td>"
             f"<td>{p.f('发布机构：')}</td><td>{p.f(f'{city}人民政府办公室')}</td></tr><tr>"
             f"<td>{p.f('文号：')}</td><td>{p.f(docno)}</td><td>{p.f('发布日期：')}</td><td>{p.f(f'2023-0{r.randint(3, 9)}-{r.randint(10, 28)}')}</td></tr></table>")
    h.append(f"<h1>{p.c('title', a['title'])}</h1>")
    h.append(f'<div class="no">{p.c("meta", docno)}</div><div class="c">')
    h.append(f"<p style='text-indent:0'>{p.c('paragraph', '各区县（市）人民政府，市政府各部门、各直属单位：')}</p>")
    nums = ["一、", "二、", "三、", "四、", "五、"]
    heads = r.sample(["总体要求", "主要任务", "工作措施", "保障措施", "实施步骤", "有关说明"], 5)
    for i, paras in enumerate(a["paras"]):
        h.append(f"<p style='text-indent:2em'><strong>{p.c('heading', nums[i] + heads[i])}</strong></p>")
        for para in paras:
            h.append(f"<p>{p.c('paragraph', para)}</p>")
    h.append(f'<p class="sign">{p.c("meta", f"{city}人民政府办公室")}</p>')
    h.append(f'<p class="sign">{p.c("meta", f"2023年{r.randint(3, 9)}月{r.randint(10, 28)}日")}</p>')
    h.append(f'<p style="text-indent:2em">{p.c("meta", "（此件公开发布）")}</p></div>')
    h.append(f'<div style="text-align:right">{p.f("【打印本页】【关闭窗口】")}</div>')
    h.append(f'<div class="foot">{p.f(f"主办单位：{city}人民政府办公室　承办：{city}大数据发展管理局")}<br>'
             f'{p.f("网站标识码：3307000001　浙ICP备05012345号　浙公网安备 33070202000123号")}</div>')
    h.append("</body></html>")
    return {"html": "".join(h), "title": title, "host": host, "path": f"/art/2023/{p.doc:03d}/art_1229_{p.doc:03d}.html",
            "charset": "gbk", "header_footer": p.doc % 2 == 0}


def t_blog(p: Page, arts: list[dict]) -> dict:
    """Personal blog: CSS grid, left sidebar (profile, categories, archive), tags, comments; no print CSS."""
    r = p.rng
    author = r.choice(["清风徐来", "南山书生", "一叶知秋", "老杨读书"])
    css = ("body{font-family:'WenQuanYi Zen Hei',sans-serif;margin:0;font-size:15px;line-height:1.7}"
           "header{border-bottom:1px solid #ddd;padding:10px 24px}.grid{display:grid;grid-template-columns:220px 1fr;gap:28px;padding:0 24px}"
           "aside{font-size:13px;color:#555}h2.t{font-size:24px}.tags{font-size:13px}.cm{font-size:13px;border-top:1px dashed #ccc}"
           "footer{font-size:12px;text-align:center;color:#888}")
    host = "blog.shuxiang-example.cn"
    a = arts[0]
    title = f"{a['title']} - {author}的博客"
    h = [HEAD.format(lang="zh-CN", charset="utf-8", title=esc(title), css=css)]
    h.append(f'<header><b>{p.f(f"{author}的博客")}</b>　{p.f("读书 · 行走 · 记录")}　<a href="http://{host}/">{p.f("首页")}</a> '
             f'<a href="http://{host}/about">{p.f("关于")}</a></header><div class="grid"><aside>')
    h.append(f"<h4>{p.f('博主资料')}</h4><p>{p.f(f'昵称：{author}')}<br>{p.f('文章：286　评论：1042')}</p>")
    h.append(f"<h4>{p.f('文章分类')}</h4><ul>" + "".join(f"<li>{p.f(x)}</li>" for x in ["读书笔记(86)", "旅行见闻(41)", "历史杂谈(57)", "生活随笔(102)"]) + "</ul>")
    h.append(f"<h4>{p.f('文章归档')}</h4><ul>" + "".join(f"<li>{p.f(f'2023年{m}月')}</li>" for m in (9, 8, 7)) + "</ul></aside><main>")
    for k, art in enumerate(arts):
        h.append(f"<article><h2 class='t'>{p.c('title' if k == 0 else 'heading', art['title'])}</h2>")
        h.append(f"<div>{p.c('byline', f'作者：{author}　2023-0{r.randint(3, 9)}-{r.randint(10, 28)} {r.randint(8, 23):02d}:{r.randint(0, 59):02d}')}</div>")
        h.append(f"<div style='color:#999;font-size:12px'>{p.f(f'阅读({r.randint(200, 5000)})　评论({r.randint(0, 30)})')}</div>")
        for paras in art["paras"]:
            for para in paras:
                h.append(f"<p>{p.c('paragraph', para)}</p>")
        h.append(f"<div class='tags'>{p.f('标签：' + '　'.join(r.sample(['历史', '文化', '读书', '随笔', '旅行'], 3)))}</div></article>")
    h.append(f"<div>{p.f('上一篇：秋日登高记')}<br>{p.f('下一篇：重读《边城》')}</div>")
    h.append(f"<div class='cm'><h4>{p.f('评论（3）')}</h4><p>{p.f('路人甲：写得真好，收藏了。')}</p><p>{p.f('小鱼儿：学到了，感谢分享！')}</p>"
             f"<p>{p.f(f'{author}：谢谢支持～')}</p><h4>{p.f('发表评论')}</h4><p>{p.f('昵称：')}<input>　{p.f('邮箱：')}<input></p></div>")
    h.append(f"</main></div><footer>{p.f(f'© 2023 {author}的博客 · Powered by WordPress')}</footer></body></html>")
    return {"html": "".join(h), "title": title, "host": host, "path": f"/archives/{1200 + p.doc}.html",
            "charset": "utf-8", "header_footer": p.doc % 2 == 1}


def t_forum(p: Page, arts: list[dict]) -> dict:
    """Discuz-like forum thread: author column in a table, post body with <br><br>, replies; no print CSS."""
    r = p.rng
    user = r.choice(["书虫老张", "江南烟雨", "闲云野鹤", "飞鸟与鱼"])
    a = arts[0]
    css = ("body{font-family:'WenQuanYi Zen Hei',sans-serif;font-size:14px;margin:0 auto;width:960px}"
           ".hd{background:#2b7acd;color:#fff;padding:8px}table.pl{width:100%;border:1px solid #cdcdcd;border-collapse:collapse;margin-top:6px}"
           "td.pls{width:150px;background:#e5edf2;vertical-align:top;font-size:12px;padding:8px}td.plc{padding:8px;vertical-align:top;line-height:1.8}"
           ".pi{font-size:12px;color:#999;border-bottom:1px dashed #ccc}h1{font-size:20px}.ft{font-size:12px;text-align:center;color:#666}")
    host = "bbs.shuyou-example.com"
    title = f"{a['title']} - 读书交流 - 书友论坛 - Powered by Discuz!"
    h = [HEAD.format(lang="zh-CN", charset="utf-8", title=esc(title), css=css)]
    h.append(f'<div class="hd">{p.f("书友论坛")}　<a href="http://{host}/">{p.f("论坛首页")}</a>　{p.f("登录 | 立即注册")}</div>')
    h.append(f"<div>{p.f('书友论坛 › 读书交流 › 帖子')}</div>")
    h.append(f"<div class='pi'>{p.f(f'查看: {r.randint(500, 9000)}|回复: {r.randint(3, 40)}')}</div>")
    h.append(f"<h1>{p.c('title', a['title'])}</h1>")
    h.append(f'<table class="pl"><tr><td class="pls">{p.f(user)}<br>{p.f("积分 2310")}<br>{p.f("帖子 486")}<br>{p.f("注册时间 2015-3-2")}</td><td class="plc">')
    h.append(f"<div class='pi'>{p.c('byline', f'作者：{user}　发表于 2022-{r.randint(1, 12)}-{r.randint(1, 28)} {r.randint(8, 23)}:{r.randint(10, 59)}')}"
             f"　{p.f('只看该作者')}　{p.f('楼主')}</div>")
    h.append(f"<i style='font-size:12px;color:#999'>{p.c('meta', f'本帖最后由 {user} 于 2022-{r.randint(1, 12)}-{r.randint(1, 28)} 21:30 编辑')}</i><br><br>")
    bits = []
    for i, paras in enumerate(a["paras"]):
        if i > 0 and r.random() < 0.7:
            bits.append(f"<b>{p.c('heading', f'【{r.choice(S_HEAD)}】' if i == 1 else f'【{S_HEAD[(i + 3) % 8]}】')}</b>")
        for para in paras:
            bits.append(p.c("paragraph", para))
    h.append("<br><br>".join(bits))
    h.append(f"<div class='pi'>{p.f('回复 支持 反对 举报')}</div></td></tr></table>")
    for who, text in (("江南烟雨", "好帖，顶一个！"), ("闲看花开", "楼主写得很用心，受教了。"), ("路过打酱油", "mark一下，回头细看")):
        if who == user:
            who = "落叶归根"
        h.append(f'<table class="pl"><tr><td class="pls">{p.f(who)}</td><td class="plc"><div class="pi">{p.f("发表于 2022-6-1 10:02")}</div>{p.f(text)}</td></tr></table>')
    h.append(f'<div class="ft">{p.f("Archiver | 手机版 | 小黑屋 | 书友论坛")}<br>{p.f("Powered by Discuz! X3.4 © 2001-2023 Comsenz Inc.")}</div></body></html>')
    return {"html": "".join(h), "title": title, "host": host, "path": f"/thread-{40000 + p.doc}-1-1.html",
            "charset": "utf-8", "header_footer": True}


def t_wiki(p: Page, arts: list[dict]) -> dict:
    """Encyclopedia page: summary, infobox float, TOC, h2 with [编辑], references; print CSS hides tools and TOC."""
    r = p.rng
    a = arts[0]
    name = subject(a["ctxs"][0])
    css = ("body{font-family:'WenQuanYi Zen Hei',sans-serif;font-size:15px;line-height:1.7;margin:0 30px}"
           ".search{background:#f6f6f6;padding:6px}.info{float:right;width:240px;border:1px solid #aaa;font-size:12px;margin-left:16px}"
           ".toc{border:1px solid #aaa;background:#f9f9f9;display:inline-block;padding:6px 16px;font-size:13px}"
           "h2{border-bottom:1px solid #aaa;font-size:20px}.edit{font-size:12px;font-weight:normal;margin-left:8px}"
           ".refs{font-size:12px}.ft{font-size:12px;color:#666;border-top:1px solid #aaa}"
           "@media print{.search,.toc,.edit,.ft{display:none}@page{size:A4;margin:15mm}}")
    host = "baike.zhishi-example.cn"
    title = f"{name} - 知识百科"
    heads = r.sample(["概述", "历史", "特点", "影响", "相关研究", "文化意义"], 4)
    h = [HEAD.format(lang="zh-CN", charset="utf-8", title=esc(title), css=css)]
    p.hide(True)
    h.append(f'<div class="search">{p.f("知识百科")}　{p.f("搜索词条")}　{p.f("登录　创建账号")}</div>')
    p.hide(False)
    h.append(f"<h1>{p.c('title', a['title'])}</h1>")
    h.append(f'<table class="info"><tr><td>{p.f("中文名")}</td><td>{p.f(name)}</td></tr>'
             f'<tr><td>{p.f("所属类别")}</td><td>{p.f(r.choice(["文化", "历史", "科技", "地理"]))}</td></tr></table>')
    first = a["paras"][0]
    for para in first:
        h.append(f"<p>{p.c('paragraph', para)}</p>")
    p.hide(True)
    h.append(f'<div class="toc"><b>{p.f("目录")}</b><br>' + "<br>".join(
        p.f(f"{i} {heads[i - 1]}") for i in range(1, len(a["paras"]))) + "</div>")
    p.hide(False)
    for i, paras in enumerate(a["paras"][1:], 1):
        p.hide(False)
        hd = p.c("heading", heads[i - 1])
        p.hide(True)
        h.append(f'<h2>{hd}<span class="edit">{p.f("[编辑]")}</span></h2>')
        p.hide(False)
        for para in paras:
            h.append(f"<p>{p.c('paragraph', para)}</p>")
    h.append(f"<h2>{p.f('参考资料')}</h2><ol class='refs'>" + "".join(
        f"<li>{p.f(x)}</li>" for x in [f"{name}研究综述. 知识出版社, 2015", "百科编辑部. 条目修订记录. 2020"]) + "</ol>")
    p.hide(True)
    h.append(f'<div class="ft">{p.f("本页面最后修订于2023年6月1日 (星期四) 10:21。")}<br>{p.f("本站的全部文字在知识共享 署名-相同方式共享 4.0协议之条款下提供")}</div>')
    p.hide(False)
    h.append("</body></html>")
    return {"html": "".join(h), "title": title, "host": host, "path": f"/item/{p.doc:03d}.html",
            "charset": "utf-8", "header_footer": p.doc % 2 == 0}


def t_twnews(p: Page, arts: list[dict]) -> dict:
    """Taiwan news site: nav, breadcrumb, time line, 〔記者X／台北報導〕 run into the first paragraph, ▲ caption."""
    r = p.rng
    a = arts[0]
    rep = r.choice(TRAD_NAMES)
    city = r.choice(["台北", "台中", "高雄", "台南"])
    css = ("body{font-family:'WenQuanYi Zen Hei',sans-serif;margin:0;font-size:17px;line-height:1.9}"
           ".nav{background:#0b4ea2;color:#fff;padding:8px 24px}.crumb{font-size:13px;padding:6px 24px}"
           ".text{width:720px;margin:0 auto}h1{font-size:30px}.time{color:#888;font-size:14px}.cap{font-size:14px;color:#555}"
           ".rel,.share,.ad{font-size:14px}.foot{background:#333;color:#ccc;font-size:12px;padding:12px;text-align:center}"
           "@media print{.nav,.crumb,.share,.rel,.ad,.foot{display:none}@page{size:letter;margin:0.6in}}")
    host = "news.ziyou-example.com.tw"
    title = f"{a['title']} - 生活 - 自由新聞網"
    h = [HEAD.format(lang="zh-TW", charset="utf-8", title=esc(title), css=css)]
    p.hide(True)
    h.append('<div class="nav">' + "　".join(f'<a href="http://{host}/list/{i}">{p.f(x)}</a>' for i, x in enumerate(
        ["即時", "政治", "社會", "生活", "國際", "財經", "娛樂", "體育", "地方"])) + "</div>")
    h.append(f'<div class="crumb">{p.f("首頁 > 生活 > 新聞")}</div>')
    p.hide(False)
    h.append('<div class="text">')
    h.append(f"<h1>{p.c('title', a['title'])}</h1>")
    h.append(f'<div class="time">{p.c("meta", f"2023/0{r.randint(3, 9)}/{r.randint(10, 28)} {r.randint(5, 22):02d}:{r.randint(0, 59):02d}")}</div>')
    p.hide(True)
    h.append(f'<div class="share">{p.f("分享")}　{p.f("已複製連結")}　{p.f("字體大小")}</div>')
    p.hide(False)
    heads = r.sample(T_HEAD, 4)
    for i, paras in enumerate(a["paras"]):
        if i > 0:
            h.append(f"<h3>{p.c('heading', '■' + heads[i])}</h3>")
        for j, para in enumerate(paras):
            if i == 0 and j == 0:
                h.append(f"<p>{p.c('byline', f'〔記者{rep}／{city}報導〕')}{p.c('paragraph', para)}</p>")
            else:
                h.append(f"<p>{p.c('paragraph', para)}</p>")
        if i == 0:
            h.append(f'<div class="cap">{p.f(f"▲資料照。（記者{rep}攝）")}</div>')
            p.hide(True)
            h.append(f'<div class="ad">{p.f("廣告")}</div>')
            p.hide(False)
    p.hide(True)
    h.append(f'<div class="rel"><b>{p.f("延伸閱讀")}</b><ul>' + "".join(f"<li>{p.f(x)}</li>" for x in r.sample(T_HOT, 4)) + "</ul></div>")
    h.append(f'</div><div class="foot">{p.f("自由時報版權所有不得轉載 © 2023 The Liberty Times. All Rights Reserved.")}</div>')
    p.hide(False)
    h.append("</body></html>")
    return {"html": "".join(h), "title": title, "host": host, "path": f"/life/breakingnews/{4300000 + p.doc}",
            "charset": "utf-8", "header_footer": True}


def t_hknews(p: Page, arts: list[dict]) -> dict:
    """Hong Kong newspaper site in Big5: left nav float, 放大 縮小, date line, 【本報訊】 line, related; no print CSS."""
    r = p.rng
    a = arts[0]
    css = ("body{font-family:'Noto Serif CJK TC',serif;margin:0;font-size:16px;line-height:1.8}"
           ".mast{font-size:28px;border-bottom:3px double #000;padding:8px 20px}.left{float:left;width:150px;font-size:13px;padding:10px}"
           ".art{margin-left:190px;margin-right:30px}.tool{font-size:12px}.foot{clear:both;font-size:12px;text-align:center;border-top:1px solid #000}")
    host = "news.mingguang-example.com.hk"
    title = f"{a['title']} - 明光新聞網"
    h = [HEAD.format(lang="zh-HK", charset="big5", title=esc(title), css=css)]
    h.append(f'<div class="mast">{p.f("明光新聞網")}　<span style="font-size:13px">{p.f("2023年6月1日 星期四")}</span></div>')
    h.append('<div class="left">' + "<br>".join(f'<a href="http://{host}/{i}">{p.f(x)}</a>' for i, x in enumerate(
        ["要聞", "港聞", "經濟", "中國", "國際", "教育", "體育", "副刊"])) + "</div><div class='art'>")
    h.append(f'<div class="tool">{p.f("放大")} {p.f("縮小")}　{p.f("列印")}</div>')
    h.append(f"<h1>{p.c('title', a['title'])}</h1>")
    rep, ph = r.sample(TRAD_NAMES, 2)
    h.append(f"<p>{p.c('byline', f'文：{rep}　圖：{ph}')}</p>")
    for k, art in enumerate(arts):
        if k > 0:
            h.append(f"<h2>{p.c('heading', art['title'])}</h2>")
        for i, paras in enumerate(art["paras"]):
            for j, para in enumerate(paras):
                txt = para
                if k == 0 and i == 0 and j == 0:
                    h.append(f"<p>{p.c('meta', '【本報訊】')}</p>")
                h.append(f"<p>{p.c('paragraph', txt)}</p>")
    h.append(f"<p>{p.c('meta', f'（編輯：{r.choice(TRAD_NAMES)}）')}</p>")
    h.append(f"<div><b>{p.f('相關新聞')}</b><br>" + "<br>".join(p.f(x) for x in r.sample(T_HOT, 3)) + "</div>")
    h.append(f"<div>{p.f('上一篇')}　{p.f('下一篇')}</div></div>")
    h.append(f'<div class="foot">{p.f("© 明光新聞網 版權所有 不得轉載")}　{p.f("私隱政策 | 使用條款")}</div></body></html>')
    return {"html": "".join(h), "title": title, "host": host, "path": f"/20230601/s00{p.doc:03d}.htm",
            "charset": "big5", "header_footer": p.doc % 2 == 0}


def t_twgov(p: Page, arts: list[dict]) -> dict:
    """Taiwan government announcement: ::: accesskey, breadcrumb, 發布單位/日期 line, 一、 items, 承辦人 line."""
    r = p.rng
    a = arts[0]
    unit = r.choice(["文化部", "內政部", "教育部", "經濟部"])
    css = ("body{font-family:'WenQuanYi Zen Hei',sans-serif;margin:0;font-size:16px;line-height:1.9}"
           ".hd{background:#1d5e3c;color:#fff;padding:10px 20px}.acc{font-size:11px}.crumb{font-size:13px;padding:6px 20px}"
           ".cp{width:800px;margin:0 auto}h2{font-size:24px;color:#1d5e3c}.inf{font-size:14px;color:#555}"
           ".fn{font-size:13px}.foot{background:#eee;font-size:12px;padding:10px 20px}"
           ".prt{font-size:12px;border-bottom:1px solid #999}@media screen{.prt{display:none}}"
           "@media print{.hd,.acc,.crumb,.fn,.foot{display:none}@page{size:A4;margin:20mm}}")
    host = "www.moc-example.gov.tw"
    title = f"{a['title']}-{unit}"
    h = [HEAD.format(lang="zh-TW", charset="utf-8", title=esc(title), css=css)]
    p.hide(True)
    h.append(f'<div class="acc"><a href="http://{host}/#C" title="{esc("跳到主要內容")}">{p.f(":::")}</a></div>')
    h.append(f'<div class="hd">{p.f(unit)}　' + "　".join(f'<a href="http://{host}/{i}">{p.f(x)}</a>' for i, x in enumerate(
        ["網站導覽", "English", "常見問答", "雙語詞彙"])) + "</div>")
    h.append(f'<div class="crumb">{p.f("首頁 > 新聞與公告 > 公告")}</div>')
    p.hide(False)
    y, m, d = r.randint(110, 112), r.randint(1, 12), r.randint(1, 28)
    h.append('<div class="cp">')
    h.append(f'<div class="prt">{p.f(f"{unit}全球資訊網　列印日期：{y + 1911}/{m:02d}/{min(28, d + 3):02d}")}</div>')
    h.append(f"<h2>{p.c('title', a['title'])}</h2>")
    h.append(f'<div class="inf">{p.c("byline", f"發布單位：{unit}　發布日期：中華民國{y}年{m}月{d}日")}</div>')
    nums = ["一、", "二、", "三、", "四、"]
    heads = r.sample(["公告事項", "計畫目的", "辦理方式", "注意事項", "依據"], 4)
    for i, paras in enumerate(a["paras"]):
        h.append(f"<h3>{p.c('heading', nums[i] + heads[i])}</h3>")
        for para in paras:
            h.append(f"<p>{p.c('paragraph', para)}</p>")
    h.append(f"<p>{p.c('meta', f'承辦人：{r.choice(TRAD_NAMES)[0]}小姐　聯絡電話：(02){r.randint(2000, 2999)}-{r.randint(1000, 9999)}')}</p>")
    p.hide(True)
    h.append(f'<div class="fn">{p.f("友善列印")}　{p.f("回上一頁")}　{p.f(f"瀏覽人次：{r.randint(300, 9000)}")}</div>')
    h.append(f'</div><div class="foot">{p.f("地址：100009臺北市中正區忠孝東路1段1號　總機：(02)3356-6500")}<br>'
             f'{p.f(f"更新日期：{y}-{m:02d}-{d:02d}")}　{p.f("隱私權政策 | 資訊安全政策 | 政府網站資料開放宣告")}</div>')
    p.hide(False)
    h.append("</body></html>")
    return {"html": "".join(h), "title": title, "host": host, "path": f"/information_{p.doc}_{1400 + p.doc}.html",
            "charset": "utf-8", "header_footer": p.doc % 2 == 1}


def t_twmag(p: Page, arts: list[dict]) -> dict:
    """Taiwan magazine column: author/date/reading-time bar, ■ headings, author box, hashtags; print CSS."""
    r = p.rng
    a = arts[0]
    au = r.choice(TRAD_NAMES)
    css = ("body{font-family:'WenQuanYi Zen Hei',serif;margin:0;font-size:17px;line-height:2}"
           ".top{border-bottom:1px solid #000;padding:8px 30px;font-family:sans-serif}.col{max-width:680px;margin:0 auto}"
           ".bar{font-size:14px;color:#777}blockquote{border-left:4px solid #c90;margin:1em 0;padding-left:1em;color:#555}"
           ".abox{border:1px solid #ddd;padding:10px;font-size:14px}.tags{font-size:14px}.sub{background:#fafafa;padding:10px;font-size:14px}"
           ".foot{font-size:12px;text-align:center;color:#888}"
           "@media print{.top,.sub,.foot,.tags{display:none}@page{size:A4;margin:16mm 20mm}}")
    host = "www.tianxia-example.com.tw"
    title = f"{a['title']}｜觀點｜天下雜誌"
    h = [HEAD.format(lang="zh-TW", charset="utf-8", title=esc(title), css=css)]
    p.hide(True)
    h.append(f'<div class="top">{p.f("天下雜誌")}　{p.f("最新")}　{p.f("財經")}　{p.f("國際")}　{p.f("觀點")}　{p.f("訂閱")}</div>')
    p.hide(False)
    h.append('<div class="col">')
    h.append(f"<h1>{p.c('title', a['title'])}</h1>")
    date = f"{2020 + r.randint(0, 4)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
    h.append(f'<div class="bar">{p.c("byline", f"作者：{au}｜{date}")}　'
             f'<span>{p.f(f"閱讀時間約 {r.randint(3, 8)} 分鐘")}</span></div>')
    for k, art in enumerate(arts):
        if k > 0:
            h.append(f"<h2>{p.c('heading', art['title'])}</h2>")
        for i, paras in enumerate(art["paras"]):
            if i > 0:
                h.append(f"<h3>{p.c('heading', '■ ' + T_HEAD[(i + k * 3 + p.doc) % 8])}</h3>")
            for para in paras:
                h.append(f"<p>{p.c('paragraph', para)}</p>")
    h.append(f'<div class="abox"><b>{p.f("作者簡介")}</b><br>{p.f(f"{au}，自由撰稿人，長期關注歷史與文化議題。")}</div>')
    p.hide(True)
    h.append(f'<div class="tags">{p.f("#歷史")} {p.f("#文化")} {p.f("#觀點")}</div>')
    h.append(f'<div class="sub">{p.f("訂閱天下電子報，每週精選好文直送信箱")}</div>')
    h.append(f'</div><div class="foot">{p.f("© 2024 天下雜誌 All rights reserved.")}</div>')
    p.hide(False)
    h.append("</body></html>")
    return {"html": "".join(h), "title": title, "host": host, "path": f"/article/{5100 + p.doc}",
            "charset": "utf-8", "header_footer": p.doc % 2 == 0}


def t_hkgov(p: Page, arts: list[dict]) -> dict:
    """Hong Kong government press release: <br><br> paragraphs, 完, date and time lines; no print CSS."""
    r = p.rng
    a = arts[0]
    css = ("body{font-family:'WenQuanYi Zen Hei',sans-serif;margin:0 auto;width:760px;font-size:16px;line-height:1.8}"
           ".hd{border-bottom:2px solid #036;padding:8px}.mn{font-size:13px}h1{font-size:20px}.ft{font-size:12px;border-top:1px solid #999}")
    host = "www.info-example.gov.hk"
    title = f"新聞公報：{a['title']}"
    h = [HEAD.format(lang="zh-HK", charset="utf-8", title=esc(title), css=css)]
    h.append(f'<div class="hd">{p.f("香港特別行政區政府 新聞公報")}　<span class="mn">{p.f("English | 简体版 | 搜尋")}</span></div>')
    h.append(f"<h1>{p.c('title', a['title'])}</h1>")
    bits = []
    for k, art in enumerate(arts):
        if k > 0:
            bits.append(f"<u>{p.c('heading', art['title'])}</u>")
        for paras in art["paras"]:
            for para in paras:
                bits.append(p.c("paragraph", para))
    h.append("<div>" + "<br><br>".join(bits) + "</div><br>")
    h.append(f"<p>{p.f('完')}</p>")
    y, m, d = 2023, r.randint(1, 12), r.randint(1, 28)
    wd = r.choice("一二三四五")
    stamp = f"{y}年{m}月{d}日（星期{wd}）\n香港時間{r.randint(10, 23)}時{r.randint(10, 59)}分"
    h.append(f"<p>{p.c('meta', stamp).replace(chr(10), '<br>')}</p>")
    h.append(f"<div class='ft'>{p.f('今日新聞 | 新聞檔案 | 政府新聞網')}<br>{p.f('2023 | 重要告示 | 私隱政策')}</div></body></html>")
    return {"html": "".join(h), "title": title, "host": host, "path": f"/gia/general/2023/P2023{p.doc:03d}.htm",
            "charset": "utf-8", "header_footer": True}


TEMPLATES = [  # (name, function, script, articles, contexts per article)
    ("portal", t_portal, "simp", 1, (2, 3)),
    ("gov", t_gov, "simp", 1, (2, 3)),
    ("blog", t_blog, "simp", 2, (1, 2)),
    ("forum", t_forum, "simp", 1, (2, 3)),
    ("wiki", t_wiki, "simp", 1, (3, 4)),
    ("twnews", t_twnews, "trad", 1, (2, 3)),
    ("hknews", t_hknews, "trad", 2, (1, 2)),
    ("twgov", t_twgov, "trad", 1, (2, 3)),
    ("twmag", t_twmag, "trad", 2, (1, 2)),
    ("hkgov", t_hkgov, "trad", 2, (1, 2)),
]


# ----------------------------------------------------------------------------------------------- alignment

class AlignError(Exception):
    pass


def fold(text: str) -> tuple[str, list[int]]:
    """NFKC-folded, whitespace-free characters of ``text`` and each one's index in ``text``."""
    out, idx = [], []
    for i, ch in enumerate(text):
        if ch.isspace():
            continue
        for c in unicodedata.normalize("NFKC", ch):
            if not c.isspace():
                out.append(c)
                idx.append(i)
    return "".join(out), idx


DECOR = re.compile(r"^[\s*#=_\-+•·●◦○▪>|]*(?:\[\d+\])?[\s*#=_\-+•·●◦○▪>|]*(?:\d+\.)?[\s*#=_\-+•·●◦○▪>|]*$")


def align(text: str, units: list[tuple[str, str]], known: tuple[str, ...] = ()) -> list[dict]:
    """Gold units covering ``text``: content units located in order, the rest debris (one per line)."""
    S, idx = fold(text)
    owner = [-1] * len(S)
    grams = {}
    for u, (_, t) in enumerate(units):
        U = fold(t)[0]
        for i in range(0, max(1, len(U) - 9)):
            grams.setdefault(U[i:i + 10], set()).add(u)
    pos = 0
    for u, (kind, t) in enumerate(units):
        U = fold(t)[0]
        nxt = fold(units[u + 1][1])[0][:8] if u + 1 < len(units) else None
        cands, q = [], S.find(U, pos)
        while q >= 0 and len(cands) < 12:
            cands.append(q)
            q = S.find(U, q + 1)
        if cands:
            def dist(c: int, nxt: str | None = nxt, n: int = len(U)) -> int:
                if nxt is None:
                    return 0
                d = S.find(nxt, c + n)
                return d - (c + n) if d >= 0 else 10 ** 9
            start = min(cands, key=lambda c: (dist(c), c))
            for k in range(len(U)):
                owner[start + k] = u
            pos = start + len(U)
            continue
        probe = U[:min(len(U), 8)]
        p = S.find(probe, pos)
        if p < 0:
            raise AlignError(f"unit {u} ({kind}) not found: {U[:30]}")
        k = 0
        while k < len(U):
            if p < len(S) and S[p] == U[k]:
                owner[p] = u
                p += 1
                k += 1
                continue
            probe = U[k:k + 10]
            q = S.find(probe, p)
            if q < 0 or q - p > 600:
                raise AlignError(f"unit {u} ({kind}) breaks at {U[k:k + 20]!r} after {U[max(0, k - 10):k]!r}")
            gap = S[p:q]
            for kn in known:
                gap = gap.replace(fold(kn)[0], "")
            for i in range(0, max(0, len(gap) - 9)):
                if gap[i:i + 10] in grams:
                    raise AlignError(f"unit {u} ({kind}): content text inside a gap {gap[:40]!r}")
            p = q
        pos = p
    # per original character
    own = [None] * len(text)
    for s, o in zip(idx, owner, strict=True):
        if own[s] is None or own[s] == -1:
            own[s] = o
    # tool decoration on a content line goes with the content unit
    line_start = 0
    for line in text.splitlines(keepends=True):
        end = line_start + len(line)
        owners = {own[i] for i in range(line_start, end) if own[i] is not None}
        content = owners - {-1}
        if len(content) == 1 and -1 in owners:
            (cu,) = content
            runs, cur = [], []  # runs of unowned characters, split where content intervenes
            for i in range(line_start, end):
                if own[i] == -1:
                    cur.append(i)
                elif own[i] is not None and cur:
                    runs.append(cur)
                    cur = []
            if cur:
                runs.append(cur)
            for run_ in runs:
                if DECOR.match("".join(text[i] for i in run_)):
                    for i in run_:
                        own[i] = cu
        line_start = end
    # whitespace goes with the character before it (the first ones with the next)
    last = None
    for i in range(len(text)):
        if own[i] is None:
            own[i] = last
        else:
            last = own[i]
    first = next((o for o in own if o is not None), -1)
    own = [first if o is None else o for o in own]
    # runs -> units; debris split at line ends
    out, seen = [], set()
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and own[j] == own[i]:
            if own[i] == -1 and text[j] == "\n":
                j += 1
                break
            j += 1
        o = own[i]
        piece = text[i:j]
        if o == -1:
            if out and out[-1]["kind"] == "debris" and not WS.sub("", piece):
                out[-1]["text"] += piece
            elif out and out[-1]["kind"] == "debris" and not WS.sub("", out[-1]["text"]):
                out[-1]["text"] += piece
            else:
                out.append({"kind": "debris", "text": piece})
        else:
            unit = {"kind": units[o][0], "text": piece}
            if o in seen:
                unit["cont"] = True
            seen.add(o)
            out.append(unit)
        i = j
    # whitespace-only units fold into their neighbour
    merged = []
    for u in out:
        if merged and not WS.sub("", u["text"]):
            merged[-1]["text"] += u["text"]
        elif merged and not WS.sub("", merged[-1]["text"]):
            u["text"] = merged[-1]["text"] + u["text"]
            merged[-1] = u
        else:
            merged.append(u)
    missing = set(range(len(units))) - seen
    if missing:
        raise AlignError(f"units not placed: {sorted(missing)}")
    return merged


# ----------------------------------------------------------------------------------------------- encodings

def add_ocr_spaces(text: str, rng: random.Random) -> str:
    out = []
    for i, ch in enumerate(text):
        out.append(ch)
        if i + 1 < len(text) and CJK.match(ch) and CJK.match(text[i + 1]) and rng.random() < 0.06:
            out.append(" ")
    return "".join(out)


def encode(text: str, enc: str) -> bytes:
    if "crlf" in enc:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    if enc.startswith("gb18030"):
        return text.encode("gb18030")
    data = text.encode("utf-8")
    return b"\xef\xbb\xbf" + data if enc.startswith("utf-8-bom") else data


# ----------------------------------------------------------------------------------------------- build

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, check=True, capture_output=True, **kw)


def build_pages() -> list[dict]:
    cmrc, drcd = load_pool()
    import opencc

    t2s = opencc.OpenCC("t2s")
    simp_pool = cmrc + [dict(c, text=t2s.convert(c["text"]), title=t2s.convert(c["title"]), src="drcd-test(t2s)")
                        for c in drcd[len(drcd) // 2:]]
    trad_pool = drcd[: len(drcd) // 2]
    docs = []
    for n in range(N_DOCS):
        name, fn, script, n_art, n_ctx = TEMPLATES[n // 2]
        page = Page(n, script, random.Random(f"{SEED}-{n}"))
        arts = articles_for(page, simp_pool if script == "simp" else trad_pool, n_art, n_ctx)
        spec = fn(page, arts)
        spec.update(id=f"{PREFIX}-{n:03d}", n=n, template=name, script=script, units=page.units, furn=page.furn,
                    split="dev7" if n % 2 == 0 else "held7",
                    source="+".join(sorted({c["src"] for a in arts for c in a["ctxs"]})))
        docs.append(spec)
    return docs


def html_bytes(spec: dict) -> bytes:
    enc = {"gbk": "gbk", "big5": "big5", "utf-8": "utf-8"}[spec["charset"]]
    return spec["html"].encode(enc, errors="xmlcharrefreplace")


def main() -> int:
    docs = build_pages()
    # every paragraph is new to the corpus
    existing = existing_gold_text(only=BEFORE_DEV7)
    old: set[str] = set()
    for part in existing.split("|"):
        s = WS.sub("", part)
        old.update(s[i:i + 15] for i in range(max(0, len(s) - 14)))
    for d in docs:
        for kind, t in d["units"]:
            if kind == "paragraph":
                s = WS.sub("", t)
                assert not any(s[i:i + 15] in old for i in range(max(0, len(s) - 14))), (d["id"], t[:20])
    tmp = Path(tempfile.mkdtemp(prefix="b7build-"))
    site = tmp / "site"
    port = free_port()
    for d in docs:
        path = site / d["host"] / d["path"].lstrip("/")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(html_bytes(d))
        d["site_path"] = path
        utf = tmp / f"{d['id']}.utf8.html"
        utf.write_text(d["html"].replace(f'charset="{d["charset"]}"', 'charset="utf-8"'), encoding="utf-8")
        d["utf8_path"] = utf
    # one server, each host served from its own folder via a virtual-host-less layout: map every host to it
    server = subprocess.Popen([sys.executable, "-c", SERVER, str(port), str(site)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    rules = ",".join(f"MAP {h} 127.0.0.1:{port}" for h in sorted({d["host"] for d in docs}))
    profile = tmp / "chrome-profile"
    try:
        for d in docs:
            pdf = tmp / f"{d['id']}.pdf"
            d["url"] = f"http://{d['host']}{d['path']}"
            cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={profile}",
                   f"--host-resolver-rules={rules}", f"--print-to-pdf={pdf}"]
            if not d["header_footer"]:
                cmd.append("--no-pdf-header-footer")
            run(cmd + [d["url"]], timeout=120)
            d["pdf"] = pdf
    finally:
        server.terminate()
        server.wait()
    return finish(docs, tmp)


# a static server with name-based virtual hosts: http://HOST/PATH -> SITE/HOST/PATH
SERVER = """
import http.server, sys, os
root = sys.argv[2]
class H(http.server.SimpleHTTPRequestHandler):
    def translate_path(self, path):
        host = (self.headers.get('Host') or '').split(':')[0]
        return os.path.join(root, host, path.split('?')[0].lstrip('/'))
    def guess_type(self, path):
        return 'text/html'
    def log_message(self, *a):
        pass
http.server.ThreadingHTTPServer(('127.0.0.1', int(sys.argv[1])), H).serve_forever()
"""


HEADER_DATE = re.compile(r"\d{1,2}/\d{1,2}/\d{2}, \d{1,2}:\d{2}\s*[AP]M")


def dump_tool(d: dict) -> tuple[str, list[str]]:
    n, f = d["n"], str(d["utf8_path"])
    if n % 3 == 0:
        w = (72, 80, 100)[n // 3 % 3]
        return f"lynx{w}", ["lynx", "-dump", f"-width={w}", "-display_charset=utf-8", "-assume_charset=utf-8", f]
    if n % 3 == 1:
        w = (80, 100, 64)[n // 3 % 3]
        return f"w3m{w}", ["w3m", "-dump", "-cols", str(w), "-I", "UTF-8", "-O", "UTF-8", "-T", "text/html", f]
    w = (79, 100, 60)[n // 3 % 3]
    return f"html2text{w}", ["html2text", "-utf8", "-nobs", "-width", str(w), f]


def finish(docs: list[dict], tmp: Path) -> int:
    for sub in ("text/dev7", "text/held7", "native/dev7", "native/held7"):
        (CORPUS / sub).mkdir(parents=True, exist_ok=True)
        for old in (CORPUS / sub).glob(f"{PREFIX}-*"):
            old.unlink()
    for old in (CORPUS / "gold").glob(f"{PREFIX}-*.json"):
        old.unlink()
    manifest, dropped = [], []

    def write_gold(stem: str, body: dict) -> None:
        (CORPUS / "gold" / f"{stem}.json").write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    for d in docs:
        rng = random.Random(f"{SEED}-enc-{d['n']}")
        split, did = d["split"], d["id"]
        files = []
        raw = {}
        for mode, flags in (("pdftotext", []), ("pdftotext-layout", ["-layout"]), ("pdftotext-raw", ["-raw"])):
            out = tmp / f"{did}_{mode}.txt"
            run(["pdftotext", *flags, str(d["pdf"]), str(out)])
            raw[mode] = out.read_text(encoding="utf-8")
        tool, cmd = dump_tool(d)
        raw[tool] = run(cmd).stdout.decode("utf-8", errors="replace")
        if "\ufffd" in raw[tool]:
            print("replacement characters in", did, tool)
        for tool, text in raw.items():
            encs = ["utf-8", "utf-8", "utf-8-bom", "crlf", "utf-8-bom-crlf"]
            if d["script"] == "simp":
                encs += ["gb18030", "gb18030-crlf"]
            enc = rng.choice(encs)
            if rng.random() < 0.15:
                text = add_ocr_spaces(text, rng)
                enc += "+ocr"
            stem = f"{did}_{tool}"
            try:
                units = align(text, d["units"], (d["title"], d["url"]))
            except AlignError as err:
                dropped.append(f"{stem}: {err}")
                continue
            assert WS.sub("", "".join(u["text"] for u in units)) == WS.sub("", text)
            (CORPUS / "text" / split / f"{stem}.txt").write_bytes(encode(text, enc.replace("+ocr", "")))
            write_gold(stem, {"doc_id": stem, "source": d["source"], "units": units})
            files.append({"path": f"text/{split}/{stem}.txt", "route": "text", "tool": tool, "encoding": enc})
        content = [{"kind": k, "text": t} for k, t in d["units"]]
        furn_html = list(dict.fromkeys(t for t, _ in d["furn"]))
        furn_pdf = list(dict.fromkeys(t for t, shown in d["furn"] if shown))
        if d["header_footer"]:
            furn_pdf += [d["title"], d["url"]] + sorted(set(HEADER_DATE.findall(raw["pdftotext"])))
        shutil.copyfile(d["pdf"], CORPUS / "native" / split / f"{did}_pdf.pdf")
        write_gold(f"{did}_pdf", {"doc_id": f"{did}_pdf", "source": d["source"], "units": content, "furniture": furn_pdf})
        (CORPUS / "native" / split / f"{did}_html.html").write_bytes(html_bytes(d))
        write_gold(f"{did}_html", {"doc_id": f"{did}_html", "source": d["source"], "units": content, "furniture": furn_html})
        files = [{"path": f"native/{split}/{did}_pdf.pdf", "route": "native", "tool": "pdf", "encoding": "binary",
                  "paper": "css @page" if "@page" in d["html"] else "default (Letter)",
                  "browser_header_footer": d["header_footer"]},
                 {"path": f"native/{split}/{did}_html.html", "route": "native", "tool": "html", "encoding": d["charset"]}] + files
        manifest.append({"id": did, "split": split, "script": d["script"], "template": d["template"], "url": d["url"],
                         "source": d["source"], "files": files})
    (CORPUS / "manifest-dev7-browser.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for line in dropped:
        print("dropped", line)
    print(f"{len(manifest)} documents, {sum(len(m['files']) for m in manifest)} files, {len(dropped)} dropped")
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
