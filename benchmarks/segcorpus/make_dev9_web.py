"""Batch 9, WEB part: 20 web pages of site designs no earlier batch used, their text dumps and gold.

    PYTHONPATH=$PWD python benchmarks/segcorpus/make_dev9_web.py

Made by a helper who read neither the segmenter, docs/segmentation.md nor any earlier builder's
templates. Deterministic (``random.Random(9009)``); needs lynx 2.9.0dev.12, w3m 0.5.3+git20230121,
html2text 1.3.2a, LibreOffice 7.4 (``soffice``), opencc (python) and python-docx.

Sources: DRCD *test* contexts (CC BY-SA 3.0) whose flattened index (``data[*].paragraphs[*]``) is ODD
and that share no 15-character stretch (whitespace removed) with the gold of batches 1-8
(``gold_index.existing_gold_text(only=BEFORE_DEV9)``, asserted); simplified designs convert them with
opencc ``t2s``. A context over 300 characters is cut into two paragraphs at the sentence end nearest
its middle. Document n uses the next two or three contexts of that pool in order.

Ten site designs, each used by documents 2k (dev9) and 2k+1 (held9):
  amp      (simp, UTF-8)      AMP / mobile news page: app banner, channel tabs, 展开全文, 打开APP阅读 box,
                              相关推荐, 返回顶部, ICP footer
  guide    (simp, GB18030)    travel guide: breadcrumb, 作者 | 更新于 | 浏览 info line, 行程 steps as <ol>,
                              实用信息 <dl>, 收藏 / 点评 counters, 相关攻略
  job      (trad, Big5)       job posting: 應徵 button, 職缺 title, 徵才單位 byline, 更新日期, <h3> heads,
                              duties as <li>, company intro prose, 相似職缺, footer
  gallery  (trad, UTF-8)      news page with a photo gallery: carousel captions `1／4`, 上一張 / 下一張,
                              記者X／綜合報導, captions between paragraphs, 延伸閱讀
  lohtml   (simp, UTF-8)      a Word document (python-docx: Title, byline, Heading 1, paragraphs, page header
                              and footer) exported to HTML by LibreOffice 7.4 ``--convert-to html``
  comments (simp, GBK)        opinion article (body one <div> with <br><br> paragraphs, U+3000 indents,
                              a <strong> head) with a forum-like comment thread under it (floors, 回复, 赞)
  product  (trad, UTF-8)      online bookshop product page: price, 加入購物車, 商品規格 table, 內容簡介 /
                              作者簡介 tabs, reviews, 買了此商品的人也買了
  csdn     (simp, UTF-8)      tech-blog post: 于 … 发布 line, counters, 文章标签, 版权声明, 目录 sidebar,
                              blockquote, 专栏 box, comments
  recipe   (simp, UTF-8)      recipe page in <section>: 菜谱作者, counters, styled-div heads, 用料 table, numbered
                              step boxes (number in a <span>, text in <p>), 小贴士, ICP / 12377 footer
  newsletter (trad, UTF-8)    an e-mail newsletter (nested layout tables, <font>, 以瀏覽器開啟 line, 第N期 banner,
                              撰文／X, 近期活動 box, 取消訂閱 footer)

Files: ``native/{dev9,held9}/w9-NNN_html.html`` (the page in its declared encoding). Text dumps are made
from a UTF-8 copy of the page: ``lynxW`` (``lynx -dump -width=W``, with the References list),
``lynxWnolist``, ``w3mW`` (``w3m -dump -cols W``), ``html2textW`` (``html2text -utf8 -nobs -width W``),
widths from 45/58/66/90/110/140, and one saved copy per page: ``savedcolW`` (the rendered text
``lynx -dump -nolist -width=2000`` with bullets removed, re-wrapped at W display columns, CJK counted two,
never before closing punctuation nor inside a digit run or Latin word; a browser-print-like header line
``date  page title`` and footer ``URL  N/M`` every 50 lines) or ``savedchW`` (wrapped at W characters by
count, a ``〔第N页〕`` line every 40 lines). Encodings rotate over UTF-8, UTF-8 BOM, CRLF, BOM + CRLF and
GB18030 (+ CRLF) for simplified pages; some files get OCR-like spaces between two CJK characters.

Gold (from construction, never from the segmenter): every visible string of a page is registered in
source order as a content unit or furniture; each content unit's characters (NFKC, whitespace removed)
are found in order in the dump, the forward and backward searches must agree (else the file is dropped
and reported). Whitespace and tool decoration on a content unit's lines go with it; other text is
debris, one unit per line, except that lines holding one wrapped furniture string are one unit. Lines
the saved copy's header / footer put inside a content unit split it into pieces (``cont``).
"""

from __future__ import annotations

import html as htmllib
import json
import random
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gold_index  # noqa: E402

DATA = HERE.parents[1] / ".." / "shared" / "data"
if not (DATA / "drcd").is_dir():
    DATA = Path("/work/shared/data")
BEFORE_DEV9 = ("cmrc", "drcd", "c2", "d2", "w3", "p3", "w4", "p4", "w5", "p5", "w6", "p6", "p6x",
               "o7", "b7", "p8", "w8")
PREFIX = "w9"
CONTENT = ("title", "heading", "byline", "meta", "paragraph")
RNG = random.Random(9009)
# make_dev9xw.py's variations (list lengths, comment counts); empty here: this script's own pages
KNOBS: dict = {}


def knob(key: str, default):
    return KNOBS.get(key, default)

_t2s = None


def t2s(s: str) -> str:
    global _t2s
    if _t2s is None:
        import opencc
        _t2s = opencc.OpenCC("t2s")
    return _t2s.convert(s)


# ---------------------------------------------------------------- sources
def source_pool() -> list[tuple[str, str]]:
    seen = gold_index.existing_gold_text(only=BEFORE_DEV9)
    data = json.loads((DATA / "drcd" / "DRCD_test.json").read_text(encoding="utf-8"))
    pool, i = [], 0
    for art in data["data"]:
        for p in art["paragraphs"]:
            c = re.sub(r"\s+", "", p["context"])
            if i % 2 == 1 and all(c[k:k + 15] not in seen for k in range(max(1, len(c) - 14))):
                pool.append((art["title"], c))
            i += 1
    return pool


def split_context(c: str) -> list[str]:
    if len(c) <= 300:
        return [c]
    # a sentence end, with the closing quotes or brackets after it (never a paragraph starting with 」)
    ends = [m.end() for m in re.finditer("[。！？][」』”）]*", c) if 60 < m.end() < len(c) - 60]
    if not ends:
        return [c]
    cut = min(ends, key=lambda e: abs(e - len(c) / 2))
    return [c[:cut], c[cut:]]


def clean_title(t: str) -> str:
    return re.sub(r"_\(.*\)$", "", t)


# ---------------------------------------------------------------- page registry
class Page:
    """Registers every visible string in source order while the template is written."""

    def __init__(self, simp: bool):
        self.simp = simp
        self.units: list[tuple[str, str]] = []

    def z(self, s: str) -> str:
        return t2s(s) if self.simp else s

    def c(self, kind: str, text: str) -> str:
        assert kind in CONTENT
        self.units.append((kind, text))
        return htmllib.escape(text, quote=False)

    def f(self, text: str) -> str:
        self.units.append(("furn", text))
        return htmllib.escape(text, quote=False)

    @property
    def content(self):
        return [(k, t) for k, t in self.units if k != "furn"]

    @property
    def furniture(self):
        return [t for k, t in self.units if k == "furn"]


SURN = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈"
GIVEN = "志明晓燕建华丽娟海涛文杰佳怡子轩雨欣俊宏淑芬国强秀英家豪美玲振宇思远静怡"


def name() -> str:
    g = GIVEN[RNG.randrange(0, len(GIVEN) - 1, 2):][:2] if RNG.random() < 0.6 else GIVEN[RNG.randrange(len(GIVEN))]
    return SURN[RNG.randrange(len(SURN))] + g


def date(y0=2019, y1=2024) -> tuple[int, int, int, int, int]:
    return (RNG.randint(y0, y1), RNG.randint(1, 12), RNG.randint(1, 28), RNG.randint(7, 22), RNG.randint(0, 59))


def paras(ctxs: list[str], simp: bool) -> list[str]:
    out = []
    for c in ctxs:
        out.extend(split_context(t2s(c) if simp else c))
    return out


def head(charset: str, title: str, extra_css: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html lang="zh">\n<head>\n<meta charset="{charset}">\n'
            f'<meta name="viewport" content="width=device-width,initial-scale=1">\n<title>{htmllib.escape(title)}</title>\n'
            f'<style>body{{font-family:sans-serif;margin:0}}{extra_css}</style>\n</head>\n')


# ---------------------------------------------------------------- designs
def d_amp(n, srcs, P: Page):
    t1, t2 = clean_title(t2s(srcs[0][0])), clean_title(t2s(srcs[1][0]))
    ps = paras([c for _, c in srcs], True)
    y, m, d, hh, mm = date()
    outlet = RNG.choice(["新京晚报", "华东商报", "南国都市报", "西部时报"])
    h = ['<body>\n<div class="app-banner"><span>', P.f("打开APP，阅读体验更佳"), '</span> <a href="#">',
         P.f("立即打开"), '</a></div>\n<header class="amp-header"><a href="/">', P.f(f"{outlet}·移动版"),
         '</a></header>\n<nav class="tabs">']
    h.append(P.f("推荐　要闻　本地　财经　文化　视频"))
    h.append('</nav>\n<article>\n<h1 class="art-title">')
    h.append(P.c("title", f"{t1}：一段值得细读的往事"))
    h.append('</h1>\n<div class="art-info"><span class="src">')
    h.append(P.c("byline", f"来源：{outlet}　记者 {name()}"))
    h.append('</span></div>\n<div class="art-time">')
    h.append(P.c("meta", f"{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}"))
    h.append('</div>\n<div class="art-body">\n')
    half = max(1, len(ps) // 2)
    for p in ps[:half]:
        h += ['<p>', P.c("paragraph", p), '</p>\n']
    h += ['<div class="unfold"><button>', P.f("展开全文"), '</button></div>\n<amp-ad width="320" height="50"><div>',
          P.f("广告"), '</div></amp-ad>\n<h2 class="sub">', P.c("heading", f"延伸：{t2}"), '</h2>\n']
    for p in ps[half:]:
        h += ['<p>', P.c("paragraph", p), '</p>\n']
    h += ['</div>\n<div class="open-app">', P.f("打开APP阅读更多精彩内容"), '</div>\n</article>\n<section class="rel"><h3>',
          P.f("相关推荐"), '</h3>\n<ul>']
    for s in knob("amp_related", ["专家解读：城市更新的下一步怎么走", "这份夏季出行提示请收好", "图解｜一组数据看懂今年消费新趋势"]):
        h += ['<li><a href="#">', P.f(s), '</a></li>']
    h += ['</ul></section>\n<footer><a href="#top">', P.f("返回顶部"), '</a><p>', P.f(f"{outlet}版权所有　京ICP备{RNG.randint(10000000, 99999999)}号"),
          '</p></footer>\n</body>\n</html>\n']
    return head("utf-8", f"{t1} - {outlet}") + "".join(h), "utf-8"


def d_guide(n, srcs, P: Page):
    t1 = clean_title(t2s(srcs[0][0]))
    ps1 = paras([srcs[0][1]], True)
    ps2 = paras([c for _, c in srcs[1:]], True)
    y, m, d, _, _ = date()
    site = RNG.choice(["游侠攻略网", "途记旅行", "驴友之家"])
    h = ['<body>\n<div id="top"><div class="logo">', P.f(site), '</div><ul class="nav">']
    for s in knob("guide_nav", ["首页", "目的地", "攻略", "游记", "问答", "酒店"]):
        h += ['<li><a href="#">', P.f(s), '</a></li>']
    h += ['</ul></div>\n<div class="crumb">', P.f("首页 > 攻略 > 人文 > 正文"), '</div>\n<div class="main">\n<h1>',
          P.c("title", f"{t1}深度游：读懂一段历史再出发"), '</h1>\n<div class="info">',
          P.c("byline", f"作者：{name()}　|　更新于 {y}.{m:02d}.{d:02d}"), '　<span class="cnt">',
          P.f(f"浏览 {RNG.randint(2000, 90000)}　收藏 {RNG.randint(10, 900)}"), '</span></div>\n']
    h += ['<div class="sec">', P.c("heading", "出发前读一读"), '</div>\n']
    for p in ps1:
        h += ['<p>&nbsp;&nbsp;', P.c("paragraph", p), '</p>\n']
    h += ['<div class="sec">', P.c("heading", "行程建议"), '</div>\n<ol class="steps">\n']
    steps = knob("guide_steps", ["第一天：抵达后先去博物馆，了解背景资料，晚上在老街用餐。",
                                 "第二天：上午参观遗址公园，下午沿河步行，傍晚登高看日落。",
                                 "第三天：走访周边村镇，购买土特产后返程。"])
    for s in steps:
        h += ['<li>', P.c("paragraph", s), '</li>\n']
    h += ['</ol>\n<div class="sec">', P.c("heading", "背景知识"), '</div>\n']
    for p in ps2:
        h += ['<p>&nbsp;&nbsp;', P.c("paragraph", p), '</p>\n']
    h += ['<dl class="tips"><dt>', P.f("实用信息"), '</dt><dd>', P.f("门票：成人60元，学生半价"), '</dd><dd>',
          P.f("开放时间：08:30—17:30（周一闭馆）"), '</dd></dl>\n<div class="act"><a>', P.f("收藏攻略"), '</a> <a>',
          P.f("我要点评"), '</a></div>\n</div>\n<div class="side"><h4>', P.f("相关攻略"), '</h4><ul>']
    for s in knob("guide_related", ["三天两晚古城慢游路线", "带孩子逛博物馆的十个建议", "当地美食地图（附人均）"]):
        h += ['<li>', P.f(s), '</li>']
    h += ['</ul></div>\n<div class="foot">', P.f(f"Copyright © 2012-2024 {site}　沪ICP备{RNG.randint(10000000, 99999999)}号-2　沪公网安备 {RNG.randint(31000000000000, 31999999999999)}号"),
          '</div>\n</body>\n</html>\n']
    return head("gb18030", f"{t1}深度游_{site}") + "".join(h), "gb18030"


def d_job(n, srcs, P: Page):
    t1 = clean_title(srcs[0][0])
    ps = paras([c for _, c in srcs], False)
    y, m, d, _, _ = date(2023, 2024)
    org = RNG.choice(["文史資料研究基金會", "地方文化出版社", "人文知識推廣協會"])
    h = ['<body>\n<div class="bar"><a>', P.f("人力銀行"), '</a> <a>', P.f("找工作"), '</a> <a>', P.f("找公司"), '</a> <a>',
         P.f("會員登入"), '</a></div>\n<div class="job">\n<h1>', P.c("title", f"「{t1}」專題編輯（約聘）"), '</h1>\n<div class="co">',
         P.c("byline", f"徵才單位：{org}"), '</div>\n<div class="upd">', P.c("meta", f"更新日期：{y}/{m:02d}/{d:02d}"),
         '</div>\n<div class="btns"><button>', P.f("應徵"), '</button> <button>', P.f("儲存"), '</button> <span>',
         P.f(f"{RNG.randint(6, 60)}人應徵"), '</span></div>\n<h3>', P.c("heading", "工作內容"), '</h3>\n<ul>\n']
    for s in knob("job_duties", ["負責專題文章的企劃、撰寫與校對。", "整理相關史料與圖片，建立資料庫。", "協助辦理講座及展覽活動。"]):
        h += ['<li>', P.c("paragraph", s), '</li>\n']
    h += ['</ul>\n<h3>', P.c("heading", "條件要求"), '</h3>\n<ul>\n']
    for s in ["大學以上，歷史、中文或相關科系畢業。", "具兩年以上編輯經驗者佳。"]:
        h += ['<li>', P.c("paragraph", s), '</li>\n']
    h += ['</ul>\n<h3>', P.c("heading", "專題介紹"), '</h3>\n']
    for p in ps:
        h += ['<p>', P.c("paragraph", p), '</p>\n']
    h += ['</div>\n<div class="sim"><h4>', P.f("相似職缺"), '</h4><ul>']
    for s in knob("job_similar", ["出版社文字編輯", "博物館教育推廣專員", "文化資產研究助理"]):
        h += ['<li>', P.f(s), '</li>']
    h += ['</ul></div>\n<div class="ft">', P.f("求職安全宣導：應徵時請勿繳交任何費用"), '<br>',
          P.f("© 2024 人力銀行 版權所有"), '</div>\n</body>\n</html>\n']
    return head("big5", f"{t1}專題編輯 - 人力銀行") + "".join(h), "big5"


def d_gallery(n, srcs, P: Page):
    t1 = clean_title(srcs[0][0])
    ps = paras([c for _, c in srcs], False)
    y, m, d, hh, mm = date()
    site = RNG.choice(["晨光新聞網", "島嶼日報", "新視界新聞"])
    k = RNG.randint(4, 6)
    h = ['<body>\n<div class="hd"><span>', P.f(site), '</span> <a>', P.f("即時"), '</a> <a>', P.f("國際"), '</a> <a>',
         P.f("生活"), '</a> <a>', P.f("影音"), '</a></div>\n<div class="gallery">\n<div class="slide"><img src="1.jpg" alt=""><p class="cap">',
         P.f(f"1／{k}　{t1}相關史料展出現場。（記者攝）"), '</p></div>\n<div class="ctl"><a>', P.f("上一張"), '</a> <a>',
         P.f("下一張"), '</a> <a>', P.f("看全部圖片"), '</a></div>\n</div>\n<h1>', P.c("title", f"圖輯／走進{t1}　一次看懂關鍵細節"),
         '</h1>\n<div class="by">', P.c("byline", f"記者{name()}／綜合報導"), '</div>\n<time>',
         P.c("meta", f"{y}/{m:02d}/{d:02d} {hh:02d}:{mm:02d}"), '</time>\n']
    for i, p in enumerate(ps):
        h += ['<p>', P.c("paragraph", p), '</p>\n']
        if i == 0:
            h += ['<figure><img src="2.jpg" alt=""><figcaption>', P.f(f"▲ 2／{k}　展場一隅。（圖／讀者提供）"), '</figcaption></figure>\n']
    h += ['<div class="more">', P.f("延伸閱讀"), '</div>\n<ul>']
    for s in knob("gallery_related", ["颱風假明日是否放？各縣市最新公告", "週末展覽懶人包：北中南十檔必看", "老照片說故事　百年街區再現風華"]):
        h += ['<li>', P.f(s), '</li>']
    h += ['</ul>\n<div class="ft">', P.f(f"{site}　版權所有 不得轉載 © {y}"), '</div>\n</body>\n</html>\n']
    return head("utf-8", f"{t1} - {site}") + "".join(h), "utf-8"


def d_comments(n, srcs, P: Page):
    t1 = clean_title(t2s(srcs[0][0]))
    ps = paras([c for _, c in srcs], True)
    y, m, d, hh, mm = date()
    site = RNG.choice(["观澜评论", "今日观察网", "百家杂谈"])
    h = ['<body>\n<div class="top"><b>', P.f(site), '</b> <a>', P.f("首页"), '</a> | <a>', P.f("评论"), '</a> | <a>',
         P.f("专栏"), '</a> | <a>', P.f("登录"), '</a></div>\n<div class="art"><div class="tit">', P.c("title", f"从{t1}说开去"),
         '</div>\n<div class="au">', P.c("byline", f"文｜{name()}　{y}年{m}月{d}日"), '</div>\n']
    h.append('<div class="txt">\n')
    for i, p in enumerate(ps):  # one <div>, paragraphs between <br><br>, U+3000 indents
        if i == 1:
            h += ['<strong>', P.c("heading", "一段容易被忽略的细节"), '</strong><br><br>\n']
        h += ['　　', P.c("paragraph", p), '<br><br>\n']
    h += ['</div>\n<div class="ed">', P.c("meta", f"（编辑：{name()}）"), '</div>\n</div>\n<div class="cmt"><div class="cmt-h">',
          P.f(f"网友评论（{RNG.randint(12, 300)}）"), '</div>\n<textarea></textarea><div><button>', P.f("发表评论"), '</button></div>\n']
    for i in range(knob("comments", 3)):
        u = name()
        h += ['<div class="c"><span class="u">', P.f(f"{u}　#{i + 1}楼　{y}-{m:02d}-{d:02d} {hh:02d}:{(mm + i) % 60:02d}"),
              '</span><div class="ct">', P.f(RNG.choice(["写得很好，长知识了。", "第二段的说法值得商榷，史料出处能否补充？",
                                                          "收藏了，周末细看。", "这段历史以前没听说过。"])),
              '</div><span class="op">', P.f(f"回复　赞({RNG.randint(0, 99)})"), '</span></div>\n']
    h += ['<div class="pg">', P.f("查看更多评论"), '</div></div>\n<div class="ft">', P.f(f"本站所有文章仅代表作者观点　{site}　京ICP证{RNG.randint(100000, 999999)}号"),
          '</div>\n</body>\n</html>\n']
    return head("gbk", f"从{t1}说开去_{site}") + "".join(h), "gbk"


def d_product(n, srcs, P: Page):
    t1 = clean_title(srcs[0][0])
    ps = paras([c for _, c in srcs], False)
    y, m, d, _, _ = date()
    h = ['<body>\n<div class="hd"><a>', P.f("博雅書城"), '</a> <input placeholder="搜尋書名、作者"> <a>', P.f("購物車(0)"),
         '</a> <a>', P.f("登入／註冊"), '</a></div>\n<div class="crumb">', P.f("首頁 › 中文書 › 歷史地理"),
         '</div>\n<div class="prod"><h1>', P.c("title", f"{t1}全書（精裝典藏版）"), '</h1>\n<div class="au">',
         P.c("byline", f"作者：{name()}　出版社：{RNG.choice(['遠山文化', '青林出版', '書林堂'])}"), '</div>\n<div class="pd">',
         P.c("meta", f"出版日期：{y}/{m:02d}/{d:02d}"), '</div>\n<div class="price">', P.f(f"優惠價：79折 NT$ {RNG.randint(300, 900)}"),
         '</div>\n<button>', P.f("加入購物車"), '</button> <button>', P.f("直接購買"), '</button>\n<table class="spec">']
    for a, b in [("ISBN", f"978{RNG.randint(1000000000, 9999999999)}"), ("規格", "精裝 / 416頁 / 17 x 23 cm"), ("語言", "繁體中文")]:
        h += ['<tr><th>', P.f(a), '</th><td>', P.f(b), '</td></tr>']
    h += ['</table>\n</div>\n<div class="tabs"><span>', P.f("商品介紹"), '</span> <span>', P.f(f"讀者評價({RNG.randint(1, 40)})"),
          '</span></div>\n<h2>', P.c("heading", "內容簡介"), '</h2>\n']
    half = max(1, len(ps) - 1)
    for p in ps[:half]:
        h += ['<p>', P.c("paragraph", p), '</p>\n']
    h += ['<h2>', P.c("heading", "名家推薦"), '</h2>\n']
    for p in ps[half:]:
        h += ['<p>', P.c("paragraph", p), '</p>\n']
    h += ['<div class="rv"><h3>', P.f("讀者評價"), '</h3><p>', P.f("★★★★★　內容紮實，裝幀精美。"), '</p><p>', P.f("★★★★☆　物流很快，書角略有壓痕。"),
          '</p></div>\n<div class="also"><h3>', P.f("買了此商品的人也買了"), '</h3><ul>']
    for s in knob("product_also", ["世界史地圖集", "帝國的興衰", "被遺忘的古城"]):
        h += ['<li>', P.f(s), '</li>']
    h += ['</ul></div>\n<div class="ft">', P.f("客服專線：02-2345-6789　週一至週五 09:00-18:00"), '<br>',
          P.f("© 博雅書城 All Rights Reserved."), '</div>\n</body>\n</html>\n']
    return head("utf-8", f"{t1}全書 - 博雅書城") + "".join(h), "utf-8"


def d_csdn(n, srcs, P: Page):
    t1 = clean_title(t2s(srcs[0][0]))
    t2 = clean_title(t2s(srcs[1][0]))
    ps1 = paras([srcs[0][1]], True)
    ps2 = paras([c for _, c in srcs[1:]], True)
    y, m, d, hh, mm = date()
    u = RNG.choice(["qq_4512", "weixin_3988", "codefox_", "zhixing"]) + str(RNG.randint(100, 999))
    h = ['<body>\n<div class="toolbar"><a>', P.f("博客"), '</a> <a>', P.f("下载"), '</a> <a>', P.f("学习"), '</a> <a>',
         P.f("社区"), '</a> <a>', P.f("会员中心"), '</a> <a>', P.f("创作"), '</a></div>\n<aside class="toc"><div>', P.f("目录"),
         '</div><ul><li>', P.f(f"一、{t1}"), '</li><li>', P.f(f"二、{t2}"), '</li><li>', P.f("三、小结"),
         '</li></ul></aside>\n<article>\n<h1 class="title-article">', P.c("title", f"【读书笔记】{t1}与{t2}"),
         '</h1>\n<div class="bar-content"><span>', P.c("byline", f"{u} 于 {y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}:{RNG.randint(10, 59)} 发布"),
         '</span>　<span>', P.f(f"阅读量{RNG.randint(100, 9000)}　收藏 {RNG.randint(1, 90)}　点赞数 {RNG.randint(0, 50)}"),
         '</span></div>\n<div class="tags">', P.f("文章标签：读书笔记 历史"), '</div>\n<div class="cr">',
         P.f("版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。"),
         '</div>\n<div id="content_views">\n<h2>', P.c("heading", f"一、{t1}"), '</h2>\n']
    for p in ps1:
        h += ['<p>', P.c("paragraph", p), '</p>\n']
    h += ['<h2>', P.c("heading", f"二、{t2}"), '</h2>\n']
    for i, p in enumerate(ps2):
        if i == 0:
            h += ['<blockquote><p>', P.c("paragraph", p), '</p></blockquote>\n']
        else:
            h += ['<p>', P.c("paragraph", p), '</p>\n']
    h += ['<h2>', P.c("heading", "三、小结"), '</h2>\n<p>', P.c("paragraph", "以上是阅读时随手整理的笔记，如有错漏，欢迎在评论区指正。"),
          '</p>\n</div>\n<div class="col">', P.f("文章被收录于专栏：读书笔记　订阅专栏"), '</div>\n<div class="op"><a>', P.f("点赞"),
          '</a> <a>', P.f("踩"), '</a> <a>', P.f("收藏"), '</a> <a>', P.f("分享"), '</a></div>\n</article>\n<div class="cm"><h3>',
          P.f("评论 2"), '</h3><p>', P.f("热心网友：感谢分享，学习了"), '</p><p>', P.f(f"{u}（作者）：谢谢支持"),
          '</p></div>\n<div class="ft">', P.f("关于我们　招贤纳士　商务合作　寻求报道　在线客服　工作时间 8:30-22:00"), '</div>\n</body>\n</html>\n']
    return head("utf-8", f"【读书笔记】{t1}与{t2}_{u}的博客") + "".join(h), "utf-8"


def d_lohtml(n, srcs, P: Page, work: Path):
    """A .docx made with python-docx, exported to HTML by LibreOffice; returns the exported HTML."""
    import docx
    t1 = clean_title(t2s(srcs[0][0]))
    t2 = clean_title(t2s(srcs[1][0]))
    ps1 = paras([srcs[0][1]], True)
    ps2 = paras([c for _, c in srcs[1:]], True)
    y, m, d, _, _ = date()
    unit = RNG.choice(["市文史研究馆", "区地方志办公室", "县图书馆参考咨询部"])
    doc = docx.Document()
    sec = doc.sections[0]
    hdr = f"{unit}　内部资料"
    ftr = "仅供学习交流"
    sec.header.paragraphs[0].text = hdr
    sec.footer.paragraphs[0].text = ftr
    P.f(hdr)
    doc.add_heading(P_c(P, "title", f"关于{t1}的资料摘编"), level=0)
    doc.add_paragraph(P_c(P, "byline", f"整理：{name()}　{y}年{m}月{d}日"))
    doc.add_heading(P_c(P, "heading", f"一、{t1}概况"), level=1)
    for p in ps1:
        doc.add_paragraph(P_c(P, "paragraph", p))
    doc.add_heading(P_c(P, "heading", f"二、{t2}"), level=1)
    for p in ps2:
        doc.add_paragraph(P_c(P, "paragraph", p))
    P.f(ftr)
    src = work / f"{PREFIX}-{n:03d}.docx"
    doc.save(src)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_b9web", "--convert-to", "html",
                    "--outdir", str(work), str(src)], check=True, capture_output=True, timeout=180)
    out = (work / src.with_suffix(".html").name).read_text(encoding="utf-8")
    return out, "utf-8"


def d_recipe(n, srcs, P: Page):
    t1 = clean_title(t2s(srcs[0][0]))
    ps = paras([c for _, c in srcs], True)
    site = RNG.choice(["下厨日记", "家常菜谱网", "美食天下厨房"])
    h = ['<body>\n<div class="hd">', P.f(site), '　<a>', P.f("菜谱"), '</a>　<a>', P.f("食材"), '</a>　<a>', P.f("专题"),
         '</a>　<a>', P.f("上传菜谱"), '</a></div>\n<section class="recipe">\n<h1>', P.c("title", f"家常红烧肉（附{t1}小知识）"),
         '</h1>\n<div class="who">', P.c("byline", f"菜谱作者：{name()}"), '</div>\n<div class="stat">',
         P.f(f"{RNG.randint(1000, 99999)}人看过　{RNG.randint(10, 999)}人收藏　综合评分 {RNG.randint(70, 99) / 10}"),
         '</div>\n<div class="h">', P.c("heading", "菜谱故事"), '</div>\n']
    for p in ps[:1]:
        h += ['<p>', P.c("paragraph", p), '</p>\n']
    h += ['<div class="h">', P.c("heading", "用料"), '</div>\n<table class="ing">']
    for a, b in [("五花肉", "500克"), ("冰糖", "30克"), ("生抽", "2勺"), ("八角", "2个")]:
        h += ['<tr><td>', P.f(a), '</td><td>', P.f(b), '</td></tr>']
    h += ['</table>\n<div class="h">', P.c("heading", "做法步骤"), '</div>\n']
    steps = knob("recipe_steps", ["五花肉切成三厘米见方的块，冷水下锅焯水，撇去浮沫后捞出沥干。",
                                  "锅中放少许油，小火放入冰糖炒出糖色，倒入肉块翻炒上色。",
                                  "加入生抽、八角和没过肉块的热水，大火烧开后转小火炖一小时。",
                                  "最后大火收汁，汤汁浓稠发亮即可出锅。"])
    for i, st in enumerate(steps, 1):
        h += ['<div class="step"><img src="s.jpg" alt=""><span class="no">', P.f(str(i)), '</span><p>', P.c("paragraph", st), '</p></div>\n']
    h += ['<div class="h">', P.c("heading", "小贴士"), '</div>\n']
    for p in ps[1:]:
        h += ['<p>', P.c("paragraph", p), '</p>\n']
    h += ['<div class="up">', P.f("上传我做的这道菜"), '</div>\n</section>\n<div class="ft">', P.f(f"© {site}　京ICP备{RNG.randint(10000000, 99999999)}号　违法和不良信息举报电话：12377"),
          '</div>\n</body>\n</html>\n']
    return head("utf-8", f"家常红烧肉的做法_{site}") + "".join(h), "utf-8"


def d_newsletter(n, srcs, P: Page):
    t1 = clean_title(srcs[0][0])
    t2 = clean_title(srcs[1][0])
    ps1 = paras([srcs[0][1]], False)
    ps2 = paras([c for _, c in srcs[1:]], False)
    y, m, d, _, _ = date()
    org = RNG.choice(["城市故事館", "青田人文學苑", "南方史地讀書會"])
    h = ['<body bgcolor="#eeeeee">\n<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
         '<table width="600" cellpadding="12" cellspacing="0" bgcolor="#ffffff">\n<tr><td><font size="1">',
         P.f("若無法正常顯示此郵件，請點此以瀏覽器開啟"), '</font></td></tr>\n<tr><td><font size="5"><b>',
         P.f(f"{org}電子報"), '</b></font><br><font size="2">', P.f(f"第{RNG.randint(40, 300)}期　{y}年{m}月號"),
         '</font></td></tr>\n<tr><td>\n<h1 style="font-size:22px">', P.c("title", f"本期主題：{t1}"), '</h1>\n<p>',
         P.c("byline", f"撰文／{name()}"), '</p>\n']
    for p in ps1:
        h += ['<p>', P.c("paragraph", p), '</p>\n']
    h += ['<h2 style="font-size:18px">', P.c("heading", f"延伸閱讀：{t2}"), '</h2>\n']
    for p in ps2:
        h += ['<p>', P.c("paragraph", p), '</p>\n']
    h += ['</td></tr>\n<tr><td bgcolor="#f5f5f5"><b>', P.f("近期活動"), '</b><br>', P.f(f"{m}月{d}日（六）14:00　講座：老地圖裡的城市"),
          '<br>', P.f("報名請洽官網活動專區"), '</td></tr>\n<tr><td><font size="1">', P.f("您收到此郵件是因為您訂閱了本電子報。"),
          '<br><a href="#">', P.f("取消訂閱"), '</a>｜<a href="#">', P.f("更新訂閱資料"), '</a><br>',
          P.f(f"© {y} {org}　地址：臺北市中正區某路100號"), '</font></td></tr>\n</table>\n</td></tr></table>\n</body>\n</html>\n']
    return head("utf-8", f"{org}電子報") + "".join(h), "utf-8"


def P_c(P: Page, kind: str, text: str) -> str:
    P.c(kind, text)
    return text


DESIGNS = [("amp", True, 2), ("guide", True, 3), ("job", False, 2), ("gallery", False, 2),
           ("lohtml", True, 2), ("comments", True, 2), ("product", False, 2), ("csdn", True, 3),
           ("recipe", True, 2), ("newsletter", False, 2)]


# ---------------------------------------------------------------- tools
def run(cmd: list[str]) -> str:
    return subprocess.run(cmd, check=True, capture_output=True, timeout=120).stdout.decode("utf-8", errors="replace")


def dump(tool: str, width: int, path: Path) -> str:
    if tool == "lynx":
        return run(["lynx", "-dump", f"-width={width}", "-display_charset=utf-8", "-assume_charset=utf-8", str(path)])
    if tool == "lynxnolist":
        return run(["lynx", "-dump", "-nolist", f"-width={width}", "-display_charset=utf-8", "-assume_charset=utf-8", str(path)])
    if tool == "w3m":
        return run(["w3m", "-dump", "-cols", str(width), "-I", "utf-8", "-O", "utf-8", "-T", "text/html", str(path)])
    if tool == "html2text":
        return run(["html2text", "-utf8", "-nobs", "-width", str(width), str(path)])
    raise ValueError(tool)


CLOSE = set("，。、；：？！）」』”’》〉】…—,.;:?!)")


def dwidth(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def wrap(line: str, width: int, cols: bool) -> list[str]:
    """Wrap one line at ``width`` display columns (cols) or characters; never inside a run of ASCII
    letters/digits, never before closing punctuation."""
    toks = re.findall(r"[A-Za-z0-9.,:/_\-]+|.", line)
    out, cur, w = [], "", 0
    for t in toks:
        tw = sum(dwidth(c) for c in t) if cols else len(t)
        if cur and w + tw > width and t[0] not in CLOSE:
            out.append(cur.rstrip())
            cur, w = "", 0
            if t == " ":
                continue
        cur += t
        w += tw
    if cur.strip():
        out.append(cur.rstrip())
    return out


def saved(html_utf8: Path, variant: str, width: int, title: str, url: str, stamp: str):
    """The rendered text re-wrapped; returns (text, masked line indices)."""
    raw = run(["lynx", "-dump", "-nolist", "-width=2000", "-display_charset=utf-8", "-assume_charset=utf-8", str(html_utf8)])
    lines = []
    for ln in raw.splitlines():
        s = re.sub(r"^\s*(?:[*+#o•]|\d+\.)\s+", "", ln).strip()
        if not s:
            if lines and lines[-1] != "":
                lines.append("")
            continue
        lines.extend(wrap(s, width, variant == "col"))
    while lines and lines[-1] == "":
        lines.pop()
    per = 50 if variant == "col" else 40
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    out, masked = [], set()
    for k, pg in enumerate(pages, 1):
        if variant == "col":
            masked.add(len(out))
            out.append(f"{stamp}    {title}")
            out.extend(pg)
            masked.add(len(out))
            out.append(f"{url}    {k}/{len(pages)}")
        else:
            out.extend(pg)
            masked.add(len(out))
            out.append(f"〔第{k}页〕")
    return "\n".join(out) + "\n", masked


CJK = re.compile(r"[\u4e00-\u9fff]")


def ocr_spaces(text: str, rng: random.Random) -> str:
    out = []
    for ln in text.split("\n"):
        if "http" in ln or "file:" in ln or rng.random() < 0.5:
            out.append(ln)
            continue
        b = []
        for i, ch in enumerate(ln):
            b.append(ch)
            if i + 1 < len(ln) and CJK.match(ch) and CJK.match(ln[i + 1]) and rng.random() < 0.15:
                b.append(" ")
        out.append("".join(b))
    return "\n".join(out)


# ---------------------------------------------------------------- alignment
class AlignError(Exception):
    pass


def fold(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


DECO_PRE = re.compile(r"^[ \t\u3000]*(?:[*•+#o■◆\-]+[ \t]+|\d+\.[ \t]+|\[\d+\])*[ \t\u3000]*(?:\[\d+\])?[ \t\u3000]*$")
DECO_POST = re.compile(r"^[ \t\u3000*=]*$")
DECO_LINE = re.compile(r"^[ \t]*(\*{3,}|={3,})[ \t]*$")


def align(text: str, units: list[tuple[str, str]], masked_lines: set[int] = frozenset()):
    """Gold units covering ``text`` exactly. ``units``: the page's registered strings in order
    (content kinds and "furn"). Raises AlignError when a content unit cannot be placed."""
    # line index of every char
    line_of, li = [], 0
    for ch in text:
        line_of.append(li)
        if ch == "\n":
            li += 1
    stream, where = [], []
    for i, ch in enumerate(text):
        if line_of[i] in masked_lines:
            continue
        for fc in fold(ch):
            stream.append(fc)
            where.append(i)
    S = "".join(stream)
    content = [(k, t) for k, t in units if k != "furn"]
    keys = [fold(t) for _, t in content]
    fwd, cur = [], 0
    for key in keys:
        j = S.find(key, cur)
        if j < 0:
            raise AlignError(f"not found: {key[:30]}")
        fwd.append(j)
        cur = j + len(key)
    bwd, lim = [], len(S)
    for key in reversed(keys):
        j = S.rfind(key, 0, lim)
        bwd.append(j)
        lim = j
    bwd.reverse()
    if fwd != bwd:
        bad = [keys[i][:20] for i in range(len(keys)) if fwd[i] != bwd[i]]
        raise AlignError(f"ambiguous: {bad[:3]}")
    # char label: unit index for content chars
    label = [None] * len(text)
    spans = []
    for ui, (j, key) in enumerate(zip(fwd, keys, strict=True)):
        s, e = where[j], where[j + len(key) - 1] + 1
        spans.append((s, e))
        for p in range(s, e):
            if line_of[p] not in masked_lines:
                label[p] = ui
    # extend over decoration / whitespace on the unit's lines
    lines = text.split("\n")
    starts, pos = [], 0
    for ln in lines:
        starts.append(pos)
        pos += len(ln) + 1
    n = len(text)

    def line_span(L):
        return starts[L], min(starts[L] + len(lines[L]) + 1, n)

    for ui, (s, e) in enumerate(spans):
        L0 = line_of[s]
        ls, _ = line_span(L0)
        if DECO_PRE.match(text[ls:s]) and all(label[p] is None for p in range(ls, s)):
            for p in range(ls, s):
                label[p] = ui
        L1 = line_of[e - 1]
        _, le = line_span(L1)
        if DECO_POST.match(text[e:le].rstrip("\n")) and all(label[p] is None for p in range(e, le)):
            for p in range(e, le):
                label[p] = ui
        # a whole decoration line (html2text's ***** / ===) right before or after a title / heading
        if content[ui][0] in ("title", "heading"):
            for L in (L0 - 1, L1 + 1):
                if 0 <= L < len(lines) and L not in masked_lines and DECO_LINE.match(lines[L]):
                    a, b = line_span(L)
                    if all(label[p] is None for p in range(a, b)):
                        for p in range(a, b):
                            label[p] = ui
    # within a unit's own stretch, whitespace and newlines between its chars belong to it (unless masked)
    for ui, (s, e) in enumerate(spans):
        for p in range(s, e):
            if label[p] is None and line_of[p] not in masked_lines and text[p].isspace():
                label[p] = ui
    # debris: one unit per line; whitespace-only material goes to the unit before it
    out: list[list] = []  # [kind, text, uid]
    furn_keys = [fold(t) for k, t in units if k == "furn"]
    i = 0
    while i < n:
        lab = label[i]
        if lab is not None:
            j = i
            while j < n and label[j] == lab:
                j += 1
            out.append([content[lab][0], text[i:j], lab])
            i = j
            continue
        j = i
        while j < n and label[j] is None and text[j] != "\n":
            j += 1
        if j < n and text[j] == "\n" and label[j] is None:
            j += 1
        seg = text[i:j]
        if not seg.strip() and out:
            out[-1][1] += seg
        else:
            out.append(["debris", seg, None])
        i = j
    # leading whitespace-only unit: merge into the next
    if out and not out[0][1].strip() and len(out) > 1:
        out[1][1] = out[0][1] + out[1][1]
        out.pop(0)
    # merge consecutive debris lines that are pieces of one wrapped furniture string
    merged = []
    for u in out:
        if merged and u[0] == "debris" and merged[-1][0] == "debris" and merged[-1][2] == "deb":
            pass
        merged.append(u)
    merged = _merge_wrapped(out, furn_keys)
    res, seen = [], set()
    for kind, t, uid in merged:
        d = {"kind": kind, "text": t}
        if uid is not None and uid != "deb":
            if uid in seen:
                d["cont"] = True
            seen.add(uid)
        res.append(d)
    assert "".join(u["text"] for u in res) == text
    return res


def _merge_wrapped(out, furn_keys):
    fk = set(furn_keys)
    res = []
    for u in out:
        if (res and u[0] == "debris" and res[-1][0] == "debris" and "\n" in res[-1][1]
                and fold(u[1]) and fold(res[-1][1])):
            joined = fold(res[-1][1]) + fold(u[1])
            if any(joined in k and fold(res[-1][1]) not in fk and fold(u[1]) not in fk for k in fk):
                res[-1][1] += u[1]
                continue
        res.append(u)
    return res


def native_gold(doc_id: str, P: Page) -> dict:
    return {"doc_id": doc_id, "source": "drcd-test" + ("(t2s)" if P.simp else ""),
            "units": [{"kind": k, "text": t} for k, t in P.content], "furniture": P.furniture}


# ---------------------------------------------------------------- build
TOOLSETS = [
    [("lynx", 66), ("lynxnolist", 110), ("w3m", 45), ("html2text", 90), ("savedcol", 58)],
    [("lynx", 140), ("lynxnolist", 58), ("w3m", 90), ("html2text", 66), ("savedch", 30)],
    [("lynx", 45), ("lynxnolist", 90), ("w3m", 140), ("html2text", 58), ("savedcol", 66)],
    [("lynx", 110), ("lynxnolist", 66), ("w3m", 58), ("html2text", 140), ("savedch", 34)],
]
ENCS_SIMP = ["utf-8", "utf-8-bom", "crlf", "gb18030", "bom-crlf", "gb18030-crlf"]
ENCS_TRAD = ["utf-8", "utf-8-bom", "crlf", "bom-crlf"]


def encode(text: str, enc: str) -> bytes:
    if "crlf" in enc:
        text = text.replace("\n", "\r\n")
    if enc.startswith("gb18030"):
        return text.encode("gb18030")
    if "bom" in enc:
        return ("\ufeff" + text).encode("utf-8")
    return text.encode("utf-8")


PDF_DESIGNS = ("gallery", "csdn")
HOSTS = {"gallery": "news.example.com.tw", "csdn": "blog.example.net.cn"}


def print_pdfs(work: Path, manifest: list, registry: dict) -> None:
    """Chromium prints the gallery and blog pages (served over HTTP under a realistic host name);
    native gold for the PDF: the page's content units and furniture (no print stylesheet, no browser
    header or footer, so the print shows every string). pdftotext must find every unit in order."""
    import socket
    import time
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1",
                            "--directory", str(work / "serve")], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(1.5)
        env = dict(__import__("os").environ, FONTCONFIG_FILE="/opt/cjkfonts/fonts.conf")
        for m in manifest:
            if m["template"] not in PDF_DESIGNS:
                continue
            doc, split, host = m["id"], m["split"], HOSTS[m["template"]]
            out = HERE / "native" / split / f"{doc}_pdf.pdf"
            subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={out}",
                            "--no-pdf-header-footer", f"--host-resolver-rules=MAP {host} 127.0.0.1:{port}",
                            f"http://{host}/{doc}.html"], check=True, capture_output=True, timeout=120, env=env)
            P = registry[doc]
            txt = subprocess.run(["pdftotext", str(out), "-"], check=True, capture_output=True).stdout.decode("utf-8")
            align(txt, P.units)  # raises if a unit is not found in order
            (HERE / "gold" / f"{doc}_pdf.json").write_text(
                json.dumps(native_gold(f"{doc}_pdf", P), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            m["files"].insert(1, {"path": f"native/{split}/{doc}_pdf.pdf", "route": "native", "tool": "pdf",
                                  "encoding": "binary"})
    finally:
        srv.terminate()
        srv.wait()


def main() -> int:
    pool = source_pool()
    seen = gold_index.existing_gold_text(only=BEFORE_DEV9)
    out_gold = HERE / "gold"
    manifest, dropped, registry = [], [], {}
    cursor = 0
    work = Path("/tmp/w9web_build")  # a fixed folder: lynx's link list names it
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    if True:
        for n in range(2 * len(DESIGNS)):
            design, simp, nctx = DESIGNS[n // 2]
            srcs = pool[cursor:cursor + nctx]
            cursor += nctx
            for _, c in srcs:
                assert all(c[k:k + 15] not in seen for k in range(max(1, len(c) - 14)))
            split = "dev9" if n % 2 == 0 else "held9"
            doc = f"{PREFIX}-{n:03d}"
            P = Page(simp)
            if design == "lohtml":
                page, charset = d_lohtml(n, srcs, P, work)
            else:
                page, charset = globals()[f"d_{design}"](n, srcs, P)
            ndir = HERE / "native" / split
            tdir = HERE / "text" / split
            ndir.mkdir(parents=True, exist_ok=True)
            tdir.mkdir(parents=True, exist_ok=True)
            raw = page.encode(charset, errors="xmlcharrefreplace")
            (ndir / f"{doc}_html.html").write_bytes(raw)
            (out_gold / f"{doc}_html.json").write_text(
                json.dumps(native_gold(f"{doc}_html", P), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            files = [{"path": f"native/{split}/{doc}_html.html", "route": "native", "tool": "html", "encoding": charset}]
            u8 = work / f"{doc}.html"
            u8.write_text(page if charset == "utf-8" else page.replace(f'charset="{charset}"', 'charset="utf-8"', 1),
                          encoding="utf-8")
            rng = random.Random(9000 + n)
            encs = ENCS_SIMP if simp else ENCS_TRAD
            title = next(t for k, t in P.units if k == "title")
            for ti, (tool, width) in enumerate(TOOLSETS[(n // 2 + (n % 2) * 2) % 4]):
                masked: set = set()
                if tool.startswith("saved"):
                    variant = "col" if tool == "savedcol" else "ch"
                    text, masked = saved(u8, variant, width, title, f"https://www.example.com.cn/a/{2024000 + n}.html",
                                         "2024/5/18 下午3:21")
                    enc = ("gb18030-crlf" if simp else "bom-crlf")
                else:
                    text = dump(tool, width, u8)
                    enc = encs[(n + ti) % len(encs)]
                ocr = (not tool.startswith("saved")) and rng.random() < 0.2
                if ocr:
                    text = ocr_spaces(text, rng)
                stem = f"{doc}_{tool}{width}" if tool != "lynxnolist" else f"{doc}_lynx{width}nolist"
                if tool.startswith("saved"):
                    stem = f"{doc}_{tool}{width}"
                try:
                    gold = align(text, P.units, masked)
                except AlignError as e:
                    dropped.append((stem, str(e)))
                    continue
                (tdir / f"{stem}.txt").write_bytes(encode(text, enc))
                if "crlf" in enc:
                    for u in gold:
                        u["text"] = u["text"].replace("\n", "\r\n")
                (out_gold / f"{stem}.json").write_text(json.dumps(
                    {"doc_id": stem, "source": "drcd-test" + ("(t2s)" if simp else ""), "units": gold},
                    ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
                files.append({"path": f"text/{split}/{stem}.txt", "route": "text", "tool": stem.split("_", 1)[1],
                              "encoding": enc + ("+ocr" if ocr else "")})
            registry[doc] = P
            (work / "serve").mkdir(exist_ok=True)
            (work / "serve" / f"{doc}.html").write_bytes(raw)
            manifest.append({"id": doc, "split": split, "script": "simp" if simp else "trad", "template": design,
                             "sources": [t for t, _ in srcs], "files": files})
    print_pdfs(work, manifest, registry)
    (HERE / "manifest-dev9-web.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for stem, why in dropped:
        print(f"dropped {stem}: {why}")
    print(f"{len(manifest)} pages, {sum(len(m['files']) for m in manifest)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
