"""Batch 6, WEB part: 24 web pages of my own invention, their text dumps by real tools, and gold.

Run from the repository root (needs lynx, w3m, html2text, opencc and python-docx; CI has no Debian tools,
so the generated files are committed):

    PYTHONPATH=$PWD python benchmarks/segcorpus/make_dev6_web.py

Deterministic (every random choice comes from ``random.Random(f"w6-{n}")``). How every file is made:

- Sources: CMRC 2018 *trial* contexts (simplified, CC BY-SA 4.0) and DRCD *test* contexts (traditional,
  CC BY-SA 3.0) whose flattened index is ODD (the PRINT part of batch 6 takes the even ones) and that share
  no 15-character stretch (whitespace removed) with any gold file of the batches before batch 6 (asserted,
  through ``gold_index.existing_gold_text(only=...)``). Simplified pages use the CMRC contexts and DRCD
  contexts converted with opencc ``t2s`` (taken from the end of the DRCD pool); traditional pages use DRCD
  contexts from the start of the pool. A context longer than about 280 characters is cut at a sentence end
  into two paragraphs. Headlines, section headings, names, outlets and all furniture are invented.
- Twelve page styles (``STYLES``), each used twice: document ``2i`` (split ``dev6``) and ``2i+1``
  (``held6``). 000-011 simplified, 012-023 traditional:
  ``portal`` (mainland news portal, HTML5 divs, UTF-8), ``gov`` (provincial government notice in layout
  tables, ``<p>`` in ``<td>``, ``<font>``, GBK bytes declared ``gb2312``), ``wechat`` (a WeChat public-account
  article mirrored on the web: inline-styled ``<section>``/``<span>``, ``原创`` byline line, 阅读/在看 bar),
  ``campus`` (university news site, nested tables, ``<br><br>`` paragraphs with ``&nbsp;`` indents, missing
  ``</p>``, GBK declared ``gbk``), ``sohu`` (self-media article: one ``<div>`` with ``<br><br>``, ``原标题``
  line, ``返回搜狐`` / 声明 box, tag cloud, pagination), ``corp`` (company news page, table-less divs,
  ``发布者 / 时间 / 阅读`` info line, footer with ICP); ``twnews`` (Taiwan news site: ``記者X／台北報導``,
  ``▲`` photo captions, 延伸閱讀, 熱門新聞), ``hkpaper`` (Hong Kong newspaper site in **Big5**, old tables,
  ``<font>``, ``<br><br>``, characters Big5 lacks as numeric references), ``twuni`` (Taiwan university news:
  發布單位 / 點閱次數 line, 友善列印, 無障礙 badge), ``twcorp`` (Taiwan company press release: 發布日期,
  新聞聯絡人 meta, ``###``), ``hkgov`` (Hong Kong government press release: ``完``, date and time lines at
  the end), ``twmag`` (Taiwan magazine column: ``作者：X｜日期｜閱讀時間``, hashtags, author box, ``本文經授權
  轉載`` meta, comments count, previous / next).
- ``native/<split>/w6-NNN_html.html``: the page as published (encoding as above); for the ``gov``,
  ``corp``, ``twuni`` and ``twcorp`` documents also ``w6-NNN_docx.docx`` (python-docx: Title style, Heading 1/2,
  byline and meta paragraphs in Normal, page header and footer text).
- ``text/<split>/w6-NNN_<tool>.txt``: dumps of a UTF-8 copy of the page (same markup, meta charset utf-8):
  ``lynxW`` (``lynx -dump -width=W``, with the References list), ``lynxWnolist`` (``-nolist``),
  ``w3mW`` (``w3m -dump -cols W``), ``html2textW`` (``html2text -utf8 -nobs -width W``), and on some pages
  ``saved`` (what a browser's "save as text" gives: the page's innerText, see ``inner_text``: blocks on
  lines of their own, a blank line around ``<p>``, ``<br>`` a line break, table cells tab-separated) or
  ``saved72`` (the same wrapped at 72 display columns, CJK counted two, never breaking before closing
  punctuation). Widths are drawn per page.
  Encodings: UTF-8, UTF-8 with BOM, GB18030 (simplified pages only), CRLF; about one dump in five gets
  OCR-like spaces between two CJK characters of some lines (never inside a digit run or a Latin word).
- ``gold/<stem>.json``: native: the content units in order and ``furniture`` (every furniture string the
  page shows); text: every character of the file in exactly one unit, in file order (see ``text_gold``).
- ``manifest-dev6-web.json``: every document with its files, split, tool and encoding.
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

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from gold_index import existing_gold_text  # noqa: E402

DATA = HERE.parents[1] / ".." / "shared" / "data"
if not DATA.is_dir():
    DATA = Path("/work/shared/data")
PREFIX = "w6"
BEFORE = ("cmrc", "drcd", "c2", "d2", "w3", "p3", "w4", "p4", "w5", "p5")
_WS = re.compile(r"\s+")


def squash(s: str) -> str:
    return _WS.sub("", s)


# ----------------------------------------------------------------------------------------------------------
# sources

def _flat(path: Path) -> list[tuple[str, str]]:
    d = json.loads(path.read_text(encoding="utf-8"))
    return [(a.get("title", ""), p["context"]) for a in d["data"] for p in a["paragraphs"]]


def _fresh(context: str, seen: str) -> bool:
    s = squash(context)
    return not any(s[i:i + 15] in seen for i in range(0, max(1, len(s) - 14)))


def split_context(text: str) -> list[str]:
    """One context -> one or two paragraphs (cut at a sentence end near the middle when long)."""
    text = text.strip()
    if len(text) < 280:
        return [text]
    ends = [m.end() for m in re.finditer(r"[。！？]", text)]
    ends = [e for e in ends if 90 <= e <= len(text) - 90]
    if not ends:
        return [text]
    cut = min(ends, key=lambda e: abs(e - len(text) / 2))
    return [text[:cut], text[cut:]]


def source_pools():
    seen = existing_gold_text(only=BEFORE)
    cmrc = _flat(DATA / "cmrc2018" / "cmrc2018_trial.json")
    drcd = _flat(DATA / "drcd" / "DRCD_test.json")
    cm = [(t, c) for i, (t, c) in enumerate(cmrc) if i % 2 == 1 and _fresh(c, seen)]
    groups: dict[str, list[str]] = {}
    for i, (t, c) in enumerate(drcd):
        if i % 2 == 1 and _fresh(c, seen):
            groups.setdefault(t, []).append(c)
    return cm, list(groups.items()), seen


# ----------------------------------------------------------------------------------------------------------
# names and words

SURN = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建文辉玲红琳鹏飞宇晨欣怡婷雪梅晓东海波志宏春燕子涵嘉俊佳颖思远博雅昊然梓轩一鸣天佑若曦雨萱"
TGIVEN = "偉芳娜敏靜麗強磊軍洋勇豔傑娟濤明超秀霞平剛桂英華建文輝玲紅琳鵬飛宇晨欣怡婷雪梅曉東海波志宏春燕子涵嘉俊佳穎思遠博雅昊然梓軒一鳴天佑若曦雨萱"
TSURN = "王李張劉陳楊黃趙吳周徐孫馬朱胡郭何林羅高鄭梁謝宋唐許韓馮鄧曹彭曾蕭田董潘袁蔡蔣余于杜葉程魏蘇呂丁任沈姚盧姜崔鍾譚陸汪范金石廖賈夏韋方白鄒孟熊秦邱江尹薛"


def name(rng: random.Random, trad: bool = False, n: int | None = None) -> str:
    s, g = (TSURN, TGIVEN) if trad else (SURN, GIVEN)
    n = n or rng.choice((1, 2, 2))
    return rng.choice(s) + "".join(rng.choice(g) for _ in range(n))


def date(rng: random.Random) -> tuple[int, int, int, int, int]:
    return (rng.choice((2021, 2022, 2023, 2024)), rng.randint(1, 12), rng.randint(1, 28), rng.randint(6, 22),
            rng.randint(0, 59))


HEADS_S = ["历史沿革", "基本情况", "发展概况", "主要特点", "相关背景", "现状与影响", "人物经历", "地理环境", "名称由来",
           "后续发展", "社会评价", "研究进展"]
HEADS_T = ["歷史沿革", "基本概況", "發展過程", "主要特色", "背景資料", "現況與影響", "生平經歷", "地理環境", "名稱由來",
           "後續發展", "各方評價", "研究進展"]
TITLE_S = ["{t}：你可能不知道的那些事", "走近{t}", "关于{t}，这些知识值得了解", "{t}的前世今生", "聚焦{t}：历史与现状",
           "一文读懂{t}", "{t}背后的故事", "专家谈{t}"]
TITLE_T = ["認識{t}：從歷史談起", "{t}的前世今生", "深入了解{t}", "專題／{t}的故事", "一次看懂{t}", "{t}：你不可不知的事",
           "走訪{t}", "專家解析{t}"]
CN_NUM = "一二三四五六七八九十"


class Article:
    def __init__(self, title: str, sections: list[tuple[str | None, list[str]]]):
        self.title = title
        self.sections = sections

    @property
    def paragraphs(self) -> list[str]:
        return [p for _, ps in self.sections for p in ps]


def make_article(rng: random.Random, topic: str, contexts: list[str], trad: bool, numbered: str | None) -> Article:
    import opencc

    conv = opencc.OpenCC("s2t" if trad else "t2s")
    topic = conv.convert(topic)
    title = rng.choice(TITLE_T if trad else TITLE_S).format(t=topic)
    heads = rng.sample(HEADS_T if trad else HEADS_S, len(contexts))
    sections = []
    for k, ctx in enumerate(contexts):
        paras = split_context(ctx)
        head = None
        if k > 0 or (len(contexts) == 1 and len(paras) > 1 and rng.random() < 0.3):
            head = heads[k]
            if numbered == "cn":
                head = f"{CN_NUM[len([s for s in sections if s[0]])]}、{head}"
            elif numbered == "box":
                head = f"■ {head}"
            elif numbered == "bracket":
                head = f"【{head}】"
        if k == 0 and head and len(paras) > 1:  # a lead paragraph, then the heading
            sections.append((None, paras[:1]))
            sections.append((head, paras[1:]))
        else:
            sections.append((head, paras))
    return Article(title, sections)


# ----------------------------------------------------------------------------------------------------------
# the page model: every visible string registered in source order

class Page:
    def __init__(self, rng: random.Random, trad: bool):
        self.rng = rng
        self.trad = trad
        self.pieces: list[tuple[str, str, str]] = []  # (owner "c"/"f", kind, text)
        self.bits: list[str] = []

    def c(self, kind: str, text: str) -> str:
        self.pieces.append(("c", kind, text))
        return html.escape(text, quote=False)

    def cm(self, kind: str, parts: list[tuple[str, str, str]], sep: str = "　", html_sep: str | None = None) -> str:
        """One content unit drawn as several inline elements (``parts``: text, opening tag, closing tag)
        joined by ``sep`` (part of the unit; ``html_sep`` in the markup, default the same)."""
        self.pieces.append(("c", kind, sep.join(t for t, _, _ in parts)))
        joiner = html.escape(sep, quote=False) if html_sep is None else html_sep
        return joiner.join(o + html.escape(t, quote=False) + c for t, o, c in parts)

    def f(self, text: str) -> str:
        self.pieces.append(("f", "debris", text))
        return html.escape(text, quote=False)

    def w(self, s: str) -> None:
        self.bits.append(s)

    @property
    def units(self):
        return [{"kind": k, "text": t} for o, k, t in self.pieces if o == "c"]

    @property
    def furniture(self):
        out = []
        for o, _, t in self.pieces:
            if o == "f" and squash(t) and t not in out:
                out.append(t)
        return out

    def html(self, charset: str) -> str:
        return "".join(self.bits).replace("%CHARSET%", charset)


def fmt_date(d, style: str) -> str:
    y, m, dd, h, mi = d
    return {"iso": f"{y}-{m:02d}-{dd:02d}", "isot": f"{y}-{m:02d}-{dd:02d} {h:02d}:{mi:02d}",
            "cn": f"{y}年{m:02d}月{dd:02d}日 {h:02d}:{mi:02d}", "cnd": f"{y}年{m}月{dd}日",
            "slash": f"{y}/{m:02d}/{dd:02d} {h:02d}:{mi:02d}", "dot": f"{y}.{m:02d}.{dd:02d}",
            "roc": f"{y - 1911}年{m}月{dd}日"}[style]


def weekday(d) -> str:
    import datetime

    return "一二三四五六日"[datetime.date(d[0], d[1], d[2]).weekday()]


def links(p: Page, items, sep: str = " | ", tag: str = "a") -> str:
    return sep.join(f'<{tag} href="/{i}.html">{p.f(t)}</{tag}>' if tag == "a" else f"<{tag}>{p.f(t)}</{tag}>"
                    for i, t in enumerate(items))


RELATED_S = ["多地出台措施稳就业保民生", "今年夏粮收购进度过半", "高温天气持续 电网负荷创新高", "新一批重大项目集中开工",
             "文旅消费持续升温", "这些新规下月起施行", "专家：理性看待数据波动", "秋季开学前这些事项要注意",
             "图解：一季度经济运行情况", "气象台发布暴雨蓝色预警"]
RELATED_T = ["颱風動態最新路徑一次看", "立院今三讀通過修正案", "北市推友善育兒新措施", "央行理監事會今登場",
             "連假出遊注意交通管制", "氣象署：週末鋒面報到", "股市收盤加權指數小漲", "高鐵加開班次搶票攻略",
             "港府公布最新施政報告", "本地疫苗接種率再創新高"]


def rel(p: Page, n: int) -> list[str]:
    return p.rng.sample(RELATED_T if p.trad else RELATED_S, n)


# ----------------------------------------------------------------------------------------------------------
# page styles (each returns nothing; it fills the page)

def head(p: Page, title: str, extra: str = "") -> None:
    p.w(f'<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%CHARSET%">\n'
        f"<title>{html.escape(title)}</title>\n{extra}</head>\n")


def article_body_p(p: Page, art: Article, head_tag: str = "h2", indent: str = "") -> None:
    for h, paras in art.sections:
        if h:
            if head_tag == "pstrong":
                p.w(f"<p><strong>{p.c('heading', h)}</strong></p>\n")
            else:
                p.w(f"<{head_tag}>{p.c('heading', h)}</{head_tag}>\n")
        for para in paras:
            p.w(f"<p>{indent}{p.c('paragraph', para)}</p>\n")


def s_portal(p: Page, arts: list[Article]) -> None:
    r = p.rng
    a = arts[0]
    site = r.choice(["新浪新闻", "网易新闻", "凤凰网资讯", "腾讯新闻", "中华网"])
    head(p, a.title, '<meta name="viewport" content="width=device-width">\n<script>var _hmt=_hmt||[];</script>\n')
    p.w('<body>\n<div class="top-bar"><div class="w1200">')
    p.w(f'<span class="site">{p.f(site)}</span> ')
    p.w(links(p, ["首页", "国内", "国际", "社会", "财经", "科技", "体育", "娱乐", "军事", "视频"], " "))
    p.w(f' <span class="login"><a href="#">{p.f("登录")}</a> <a href="#">{p.f("注册")}</a></span></div></div>\n')
    p.w(f'<div class="crumb">{p.f("当前位置：")}<a href="/">{p.f("首页")}</a> &gt; <a href="/gn/">{p.f("国内新闻")}</a>'
        f' &gt; {p.f("正文")}</div>\n')
    p.w('<div class="main"><div class="article">\n')
    p.w(f"<h1 class=\"main-title\">{p.c('title', a.title)}</h1>\n")
    d = date(r)
    outlet = r.choice(["新华社", "中国新闻网", "光明日报", "经济日报", "人民网"])
    if r.random() < 0.5:
        info = p.cm("byline", [(fmt_date(d, "cn"), '<span class="date">', "</span>"),
                               ("来源：" + outlet, '<a class="source" href="#">', "</a>")])
        p.w(f'<div class="date-source">{info}</div>\n')
    else:
        line = f"{fmt_date(d, 'isot')}　来源：{outlet}　记者 {name(r)}"
        p.w(f'<div class="date-source">{p.c("byline", line)}</div>\n')
    p.w(f'<div class="tools">{p.f("字号")} <a>{p.f("大")}</a> <a>{p.f("中")}</a> <a>{p.f("小")}</a>'
        f' <a>{p.f("打印")}</a> <a class="cmt">{p.f(f"评论({r.randint(3, 900)})")}</a></div>\n')
    p.w('<div class="article-content" id="artibody">\n')
    first = True
    for h, paras in a.sections:
        if h:
            p.w(f"<p><strong>{p.c('heading', h)}</strong></p>\n")
        for para in paras:
            p.w(f"<p>　　{p.c('paragraph', para)}</p>\n")
            if first:
                first = False
                p.w(f'<div class="img_wrapper"><img src="/p/{r.randint(1000, 9999)}.jpg" alt="">'
                    f'<span class="img_descr">{p.f(r.choice(["资料图。", "图为活动现场。（图片来源：视觉中国）", "现场图片。"]))}</span></div>\n')
    p.w("</div>\n")
    p.w(f'<p class="show_author">{p.c("meta", "责任编辑：" + name(r))}</p>\n')
    p.w(f'<div class="share">{p.f("分享到：")}{links(p, ["微信", "微博", "QQ空间"], " ")}</div>\n')
    p.w(f'<div class="keywords">{p.f("关键词：")}{links(p, ["社会", "热点", a.title[:4]], " ")}</div>\n')
    p.w(f'<div class="related"><h3>{p.f("相关新闻")}</h3><ul>')
    for t in rel(p, 4):
        p.w(f'<li><a href="#">{p.f(t)}</a></li>')
    p.w("</ul></div>\n</div>\n")
    p.w(f'<div class="side"><h3>{p.f("24小时热榜")}</h3><ol>')
    for t in rel(p, 3):
        p.w(f"<li>{p.f(t)}</li>")
    p.w("</ol></div></div>\n")
    p.w(f'<div class="footer"><p>{p.f(f"Copyright © 1996-2024 {site} All Rights Reserved")}</p>'
        f'<p>{p.f(f"京ICP证0{r.randint(10000, 99999)}号　京公网安备 110000020000{r.randint(10, 99)}号")}</p>'
        f'<p>{p.f("违法和不良信息举报电话：010-12345678")}</p></div>\n</body>\n</html>\n')


def s_gov(p: Page, arts: list[Article]) -> None:
    r = p.rng
    a = arts[0]
    prov = r.choice(["江西省", "湖南省", "四川省", "河北省", "安徽省", "吉林省"])
    office = prov + r.choice(["人民政府办公厅", "发展和改革委员会", "自然资源厅", "文化和旅游厅"])
    head(p, a.title)
    p.w('<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">\n<table width="1000" border="0" cellspacing="0" '
        'cellpadding="0" align="center">\n<tr><td height="30" bgcolor="#F2F2F2"><font size="2">')
    today = "今天是：" + fmt_date(date(r), "cnd")
    p.w(f"{p.f(today)}　{p.f('无障碍浏览')} | {p.f('长者模式')} | "
        f"{p.f('English')}</font></td></tr>\n")
    p.w(f'<tr><td height="90" bgcolor="#B40000"><font color="#FFFFFF" size="6"><b>{p.f(prov + "人民政府")}</b></font>'
        "</td></tr>\n")
    p.w('<tr><td bgcolor="#C00000" height="36">')
    p.w(links(p, ["首页", "政务公开", "政务服务", "互动交流", "走进" + prov[:-1]], "&nbsp;&nbsp;|&nbsp;&nbsp;"))
    p.w("</td></tr>\n</table>\n")
    p.w('<table width="1000" align="center"><tr><td class="bread">')
    p.w(f"{p.f('您现在的位置：')}<a href='/'>{p.f('首页')}</a>&gt;&gt;<a href='/zwgk/'>{p.f('政务公开')}</a>&gt;&gt;"
        f"<a href='/tzgg/'>{p.f('通知公告')}</a></td></tr></table>\n")
    d = date(r)
    num = f"{prov[0]}{r.choice(['府办字', '发改办', '政办发'])}〔{d[0]}〕{r.randint(3, 99)}号"
    # metadata table (furniture)
    p.w('<table width="960" border="1" cellpadding="4" cellspacing="0" bordercolor="#CCCCCC" align="center">\n')
    rows = [("索引号：", f"11{r.randint(100000, 999999)}/{d[0]}-{r.randint(100, 999):05d}", "主题分类：", "综合政务"),
            ("发布机构：", office, "成文日期：", fmt_date(d, "cnd")),
            ("标　　题：", a.title, "", ""),
            ("发文字号：", num, "发布日期：", fmt_date(d, "iso"))]
    for k1, v1, k2, v2 in rows:
        p.w(f"<tr><td width='90'><font size=2>{p.f(k1)}</font></td><td>{p.f(v1)}</td>")
        if k2:
            p.w(f"<td width='90'>{p.f(k2)}</td><td>{p.f(v2)}</td>")
        p.w("</tr>\n")
    p.w("</table>\n<br>\n")
    p.w('<table width="960" align="center" border="0"><tr><td align="center">')
    p.w(f'<font size="5" color="#B40000"><b>{p.c("title", a.title)}</b></font></td></tr>\n')
    p.w(f'<tr><td align="center"><font size="2">{p.c("byline", "发布时间：" + fmt_date(d, "iso") + "　来源：" + office)}'
        f"</font>　<font size=2>【{p.f('字体：')}<a>{p.f('大')}</a> <a>{p.f('中')}</a> <a>{p.f('小')}</a>】"
        f"【<a>{p.f('打印')}</a>】</font></td></tr>\n")
    p.w('<tr><td align="center"><hr size=1 color="#CCCCCC"></td></tr>\n')
    p.w(f"<tr><td><p align=center>{p.c('meta', num)}</p>\n")
    for h, paras in a.sections:
        if h:
            p.w(f"<p style='text-indent:2em'><b><font face='黑体'>{p.c('heading', h)}</font></b></p>\n")
        for para in paras:
            p.w(f"<p style='text-indent:2em;line-height:200%'>{p.c('paragraph', para)}\n")
    p.w(f"<p align=right>{p.c('meta', office)}</p>\n<p align=right>{p.c('meta', fmt_date(d, 'cnd'))}</p>\n")
    p.w("</td></tr></table>\n")
    p.w(f"<table width=960 align=center><tr><td><font size=2>{p.f('【相关链接】')}</font><br>")
    for t in rel(p, 3):
        p.w(f"·<a href='#'>{p.f(t)}</a><br>\n")
    p.w("</td></tr></table>\n")
    p.w('<table width="1000" align="center" bgcolor="#EEEEEE"><tr><td align="center"><font size="2">')
    p.w(f"{p.f('主办单位：' + prov + '人民政府办公厅')}　{p.f('承办：' + prov + '大数据中心')}<br>"
        f"{p.f(f'网站标识码：{r.randint(3600000000, 3699999999)}')}　{p.f(f'{prov[0]}ICP备{r.randint(10000000, 99999999)}号')}"
        f"　{p.f(f'{prov[0]}公网安备 {r.randint(36010002000000, 36019999999999)}号')}<br>"
        f"{p.f('建议使用1920×1080分辨率浏览本网站')}</font></td></tr></table>\n</body>\n</html>\n")


def s_wechat(p: Page, arts: list[Article]) -> None:
    r = p.rng
    acct = r.choice(["城事观察", "科普中国", "历史那些事儿", "读书笔记君", "地理知识局"])
    head(p, arts[0].title, '<meta name="viewport" content="width=device-width,initial-scale=1.0">\n')
    p.w('<body id="activity-detail" class="zh_CN">\n<div class="rich_media_area_primary">\n')
    for n, a in enumerate(arts):
        d = date(r)
        if n == 0:
            p.w(f'<h1 class="rich_media_title" id="activity-name">\n{p.c("title", a.title)}\n</h1>\n')
            p.w('<div id="meta_content" class="rich_media_meta_list">')
            au = name(r)
            info = p.cm("byline", [("原创", '<span class="original_tag">', "</span>"),
                                   (au, '<span class="meta_list">', "</span>"),
                                   (acct, '<a id="js_name">', "</a>"),
                                   (fmt_date(d, "isot"), '<em id="publish_time">', "</em>")], " ")
            p.w(f'{info} <em class="ip">{p.f("发表于" + r.choice(["北京", "上海", "广东", "浙江"]))}</em></div>\n')
            p.w('<div class="rich_media_content" id="js_content" style="visibility: visible;">\n')
            p.w(f'<section style="text-align:center;"><span style="color:#888;font-size:12px;">'
                f'{p.f("点击上方蓝字关注我们")}</span></section>\n')
        else:
            p.w('<section style="margin:20px 0;"><p style="text-align:center;"><strong><span style="font-size:18px;">'
                f"{p.c('heading', a.title)}</span></strong></p></section>\n")
        for h, paras in a.sections:
            if h:
                p.w('<section style="border-left:4px solid #1e88e5;padding-left:8px;"><p><strong>'
                    f'<span style="color:#1e88e5;">{p.c("heading", h)}</span></strong></p></section>\n')
            for para in paras:
                p.w(f'<p style="line-height:1.75em;margin-bottom:15px;"><span style="font-size:15px;letter-spacing:1px;">'
                    f"{p.c('paragraph', para)}</span></p>\n")
        if n == 0 and len(arts) > 1:
            p.w(f'<p style="text-align:center;"><img data-src="x.png" alt=""><span style="color:#aaa;">'
                f"{p.f('— 分割线 —')}</span></p>\n")
    p.w(f'<p><span style="color:#999;font-size:12px;">{p.c("meta", "编辑：" + name(r) + "　审核：" + name(r))}</span></p>\n')
    p.w(f'<p><span style="font-size:12px;color:#999;">{p.f("来源：综合整理，图片来自网络，如有侵权请联系删除")}</span></p>\n')
    p.w("</div>\n")
    p.w(f'<div class="rich_media_tool"><a id="js_view_source">{p.f("阅读原文")}</a> '
        f'<span>{p.f(f"阅读 {r.randint(1000, 99999)}")}</span> <span>{p.f("赞")}</span> '
        f'<span>{p.f(f"在看 {r.randint(5, 300)}")}</span></div>\n')
    p.w(f'<div class="qr_code_pc"><img src="qr.png" alt=""><p>{p.f("微信扫一扫")}<br>{p.f("关注该公众号")}</p></div>\n')
    p.w(f'<div id="js_pc_weapp_code_des">{p.f("预览时标签不可点")}</div>\n</div>\n</body>\n</html>\n')


def s_campus(p: Page, arts: list[Article]) -> None:
    r = p.rng
    uni = r.choice(["华东理工", "西南交通", "东北师范", "华中农业", "南京信息工程", "西北工业"]) + "大学"
    head(p, arts[0].title + "-" + uni + "新闻网")
    p.w('<body>\n<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">\n<tr>\n'
        f'<td width="400"><img src="/images/logo.gif" alt="{html.escape(uni + "新闻网")}"></td>\n'
        f'<td align="right"><font size="2">{links(p, ["学校首页", "设为首页", "加入收藏"], " | ")}</font></td>\n</tr>\n'
        '<tr><td colspan="2" bgcolor="#003F88" height="32">')
    p.w(links(p, ["首页", "综合新闻", "教学科研", "校园动态", "媒体聚焦", "图片新闻", "专题报道"], "&nbsp;&nbsp;"))
    p.w("</td></tr>\n</table>\n")
    p.w('<table width="980" align="center"><tr>\n<td width="220" valign="top">\n'
        f"<table width='100%'><tr><td bgcolor='#E5EEF7'><b>{p.f('栏目导航')}</b></td></tr>\n")
    for t in ["综合新闻", "教学科研", "校园动态"]:
        p.w(f"<tr><td>&raquo; <a href='#'>{p.f(t)}</a></td></tr>\n")
    p.w("</table>\n</td>\n</tr>\n<tr>\n<td valign='top'>\n")
    p.w(f"<table width='100%'><tr><td>{p.f('当前位置：')}<a>{p.f('首页')}</a> &gt; <a>{p.f('综合新闻')}</a></td></tr></table>\n")
    for n, a in enumerate(arts):
        d = date(r)
        tag = "title" if n == 0 else "heading"
        p.w(f"<table width='100%'><tr><td align='center' height='50'><font size='4' color='#003F88'><b>"
            f"{p.c(tag, a.title)}</b></font></td></tr>\n")
        who = r.choice([f"文/{name(r)}　图/{name(r)}", f"作者：{name(r)}", f"通讯员 {name(r)} 记者 {name(r)}"])
        info = p.cm("byline", [(who, "", ""), ("来源：党委宣传部", "", ""), ("发布时间：" + fmt_date(d, "iso"), "", "")])
        p.w(f"<tr><td align='center'><font size='2' color='#666666'>{info}　{p.f('浏览次数：')}{p.f(str(r.randint(100, 9999)))}"
            "</font></td></tr>\n")
        p.w("<tr><td class='content'><font size='3'>\n")
        for h, paras in a.sections:
            if h:
                p.w(f"<b>{p.c('heading', h)}</b><br><br>\n")
            for para in paras:
                p.w(f"&nbsp;&nbsp;&nbsp;&nbsp;{p.c('paragraph', para)}<br><br>\n")
        p.w("</font></td></tr>\n")
        if n == 0:
            p.w(f"<tr><td align='center'><img src='/u/{r.randint(100, 999)}.jpg' width='500'><br>"
                f"<font size='2'>{p.f('▲' + r.choice(['活动现场', '与会人员合影', '签约仪式现场']))}</font></td></tr>\n")
        p.w(f"<tr><td align='right'>{p.c('meta', '（编辑：' + name(r) + '　审核：' + name(r) + '）')}</td></tr></table>\n")
    p.w(f"<table width='100%'><tr><td>{p.f('上一篇：')}<a>{p.f(rel(p, 1)[0])}</a><br>{p.f('下一篇：')}<a>"
        f"{p.f(rel(p, 1)[0])}</a></td></tr></table>\n")
    p.w(f"<p align=center>[<a href='javascript:window.print()'>{p.f('打印本页')}</a>] "
        f"[<a href='javascript:window.close()'>{p.f('关闭窗口')}</a>]\n")
    p.w("</td></tr></table>\n")
    p.w('<table width="980" align="center" bgcolor="#003F88"><tr><td align="center"><font color="#FFFFFF" size="2">')
    p.w(f"{p.f(f'版权所有 © {uni}党委宣传部')}&nbsp;&nbsp;{p.f('地址：' + r.choice(['梅陇路130号', '犀安路999号', '人民大街5268号']))}"
        f"<br>{p.f(f'ICP备案号：沪ICP备0{r.randint(1000000, 9999999)}号')}</font></td></tr></table>\n</body></html>\n")


def s_sohu(p: Page, arts: list[Article]) -> None:
    r = p.rng
    a = arts[0]
    acct = r.choice(["知识百科君", "环球视野", "文史小站", "趣味地理"])
    head(p, a.title + "_搜狐网")
    p.w('<body>\n<div id="head"><div class="nav">')
    p.w(links(p, ["搜狐", "新闻", "体育", "汽车", "房产", "旅游", "教育", "时尚", "科技", "财经", "娱乐", "更多"], ""))
    p.w(f'</div><div class="user"><a>{p.f("登录")}</a></div></div>\n')
    p.w('<div class="left"><div class="user-info">')
    p.w(f'<h4>{p.f(acct)}</h4><p>{p.f(f"文章 {r.randint(100, 4000)}")}</p><p>{p.f(f"总阅读 {r.randint(10, 900)}万")}</p>'
        f'<a class="follow">{p.f("+关注")}</a></div></div>\n')
    p.w('<div class="text">\n<div class="text-title">\n')
    p.w(f"<h1>\n{p.c('title', a.title)}\n</h1>\n")
    d = date(r)
    info = p.cm("byline", [(fmt_date(d, "isot"), '<span class="time">', "</span>"),
                           ("来源：" + acct, "<span>", "</span>")], " ")
    p.w(f'<div class="article-info">{info}</div>\n</div>\n')
    p.w('<article class="article" id="mp-editor">\n')
    if r.random() < 0.6:
        p.w(f"<p>{p.c('meta', '原标题：' + a.title.split('：')[0] + r.choice(['，值得一看', '（组图）', '']))}</p>\n")
    p.w("<p>")
    for h, paras in a.sections:
        if h:
            p.w(f"<strong>{p.c('heading', h)}</strong><br><br>\n")
        for para in paras:
            p.w(f"{p.c('paragraph', para)}<br><br>\n")
    p.w("</p>\n")
    p.w(f'<p><a href="//www.sohu.com/?strategyid=00001">{p.f("返回搜狐，查看更多")}</a></p>\n')
    p.w(f'<p class="editor">{p.c("meta", "责任编辑：" + name(r))}</p>\n')
    p.w(f'<div class="statement">{p.f("平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。")}</div>\n')
    p.w(f'<div class="read-num">{p.f(f"阅读 ({r.randint(100, 90000)})")}</div>\n</article>\n')
    p.w(f'<div class="pagination"><a>{p.f("上一页")}</a> <a>{p.f("1")}</a> <a>{p.f("2")}</a> <a>{p.f("3")}</a> '
        f'<a>{p.f("下一页")}</a></div>\n')
    p.w(f'<div class="tags">{p.f("标签：")}')
    for t in ["历史", "文化", "知识", "科普", "地理"][: r.randint(3, 5)]:
        p.w(f'<a class="tag">{p.f(t)}</a> ')
    p.w("</div>\n")
    p.w(f'<div class="recommend"><h3>{p.f("为你推荐")}</h3>')
    for t in rel(p, 4):
        p.w(f'<div class="item"><a>{p.f(t)}</a> <span>{p.f(f"{r.randint(1, 99)}评论")}</span></div>\n')
    p.w("</div>\n</div>\n")
    p.w(f'<div class="footer">{p.f("Copyright © 2024 Sohu All Rights Reserved. 搜狐公司 版权所有")}<br>'
        f'{p.f("京ICP证030367号")}</div>\n</body></html>\n')


def s_corp(p: Page, arts: list[Article]) -> None:
    r = p.rng
    co = r.choice(["华信", "中科恒达", "远航", "东方明珠", "金桥"]) + r.choice(["科技", "智能装备", "新材料"]) + "股份有限公司"
    head(p, arts[0].title + " - " + co)
    p.w(f'<body>\n<header><div class="logo"><img src="/logo.png" alt="{html.escape(co)}"></div>\n<nav><ul>')
    for t in ["网站首页", "关于我们", "产品中心", "新闻资讯", "投资者关系", "联系我们"]:
        p.w(f"<li><a>{p.f(t)}</a></li>")
    p.w(f'</ul></nav><div class="tel">{p.f("服务热线：400-" + str(r.randint(100, 999)) + "-" + str(r.randint(1000, 9999)))}</div>'
        "</header>\n")
    p.w(f'<div class="banner"><h2>{p.f("新闻资讯")}</h2><p>{p.f("NEWS CENTER")}</p></div>\n')
    p.w(f'<div class="subnav"><a class="on">{p.f("公司新闻")}</a><a>{p.f("行业动态")}</a><a>{p.f("媒体报道")}</a>'
        f'<span class="pos">{p.f("您的位置：首页 > 新闻资讯 > 公司新闻")}</span></div>\n')
    p.w('<div class="news-detail">\n')
    for n, a in enumerate(arts):
        d = date(r)
        p.w(f'<h{1 if n == 0 else 2} class="tit">{p.c("title" if n == 0 else "heading", a.title)}</h{1 if n == 0 else 2}>\n')
        info = p.cm("byline", [("发布者：" + r.choice(["企划部", "品牌中心", "综合管理部"]), "<span>", "</span>"),
                               ("时间：" + fmt_date(d, "iso"), "<span>", "</span>")], " ")
        p.w(f'<div class="info">{info} <span>{p.f(f"阅读：{r.randint(20, 3000)}次")}</span></div>\n')
        p.w('<div class="con">\n')
        article_body_p(p, a, "h3")
        p.w("</div>\n")
    p.w(f'<div class="fenxiang">{p.f("分享到：")}<a class="bds_weixin"></a><a class="bds_tsina"></a></div>\n')
    p.w(f'<div class="prevnext"><p>{p.f("上一条：" + rel(p, 1)[0])}</p><p>{p.f("下一条：没有了")}</p></div>\n'
        f'<a class="back">{p.f("【返回列表】")}</a>\n</div>\n')
    p.w(f'<footer><p>{p.f(f"Copyright © 2024 {co} 版权所有")}</p><p>{p.f(f"粤ICP备{r.randint(10000000, 99999999)}号-1")}'
        f'　{p.f("技术支持：" + r.choice(["云海网络", "创想互联"]))}</p></footer>\n</body></html>\n')


# --- traditional ---

def s_twnews(p: Page, arts: list[Article]) -> None:
    r = p.rng
    a = arts[0]
    site = r.choice(["新頭殼", "民報", "風傳媒", "今日新聞"])
    head(p, a.title + " | " + site)
    p.w(f'<body>\n<div class="header"><a class="logo">{p.f(site)}</a><ul class="menu">')
    for t in ["即時", "政治", "社會", "生活", "國際", "財經", "娛樂", "影音"]:
        p.w(f"<li><a>{p.f(t)}</a></li>")
    p.w(f'</ul><a class="search">{p.f("搜尋")}</a></div>\n')
    p.w(f'<div class="breadcrumb"><a>{p.f("首頁")}</a> › <a>{p.f("生活")}</a></div>\n')
    p.w(f'<article>\n<h1 class="title">{p.c("title", a.title)}</h1>\n')
    d = date(r)
    p.w(f'<div class="date">{p.c("meta", fmt_date(d, "slash"))}</div>\n')
    p.w(f'<div class="share-bar"><a>{p.f("分享")}</a> <a>{p.f("LINE")}</a> <a>{p.f("Facebook")}</a> '
        f'<a>{p.f("複製連結")}</a> <span>{p.f("字級")}</span> <a>{p.f("A-")}</a> <a>{p.f("A+")}</a></div>\n')
    p.w('<div class="story">\n')
    p.w(f'<figure><img src="/img/{r.randint(10000, 99999)}.jpg"><figcaption>'
        f'{p.f("▲" + r.choice(["示意圖。", "資料照片。", "活動現場。"]) + "（圖／記者" + name(r, True) + "攝）")}</figcaption></figure>\n')
    city = r.choice(["台北", "台中", "高雄", "新竹", "花蓮"])
    first = True
    for h, paras in a.sections:
        if h:
            p.w(f"<h2>{p.c('heading', h)}</h2>\n")
        for para in paras:
            if first:
                p.w(f"<p>{p.c('byline', f'記者{name(r, True)}／{city}報導')}</p>\n")
                first = False
            p.w(f"<p>{p.c('paragraph', para)}</p>\n")
    p.w(f'<div class="ad"><span>{p.f("廣告")}</span></div>\n')
    p.w(f'<div class="extend"><strong>{p.f("延伸閱讀")}</strong><ul>')
    for t in rel(p, 3):
        p.w(f"<li><a>{p.f('►' + t)}</a></li>")
    p.w("</ul></div>\n")
    p.w(f'<p class="editor">{p.c("meta", "責任編輯：" + name(r, True))}</p>\n</div>\n</article>\n')
    p.w(f'<aside><h3>{p.f("熱門新聞")}</h3><ol>')
    for t in rel(p, 4):
        p.w(f"<li><a>{p.f(t)}</a></li>")
    p.w("</ol></aside>\n")
    p.w(f'<footer><p>{links(p, ["關於我們", "隱私權政策", "著作權聲明", "聯絡我們"], "｜")}</p>'
        f"<p>{p.f(f'© {d[0]} {site} 版權所有，非經授權，不許轉載本網站內容')}</p></footer>\n</body></html>\n")


def s_hkpaper(p: Page, arts: list[Article]) -> None:
    r = p.rng
    paper = r.choice(["香江日報", "東方快報", "新界時報"])
    head(p, arts[0].title)
    p.w('<body bgcolor="#FFFFFF" text="#000000" link="#003399">\n<table width="760" border="0" cellspacing="0" '
        'cellpadding="0">\n<tr><td><img src="/images/masthead.gif" width="760" height="80"></td></tr>\n')
    d = date(r)
    p.w(f'<tr><td bgcolor="#336699"><font color="#FFFFFF" size="2">{p.f(fmt_date(d, "cnd") + " 星期" + weekday(d))}'
        f"&nbsp;&nbsp;")
    p.w(links(p, ["要聞", "港聞", "經濟", "國際", "中國", "體育", "副刊", "社評"], "&nbsp;|&nbsp;"))
    p.w("</font></td></tr>\n</table>\n<table width='760' border='0'><tr>\n<td width='150' valign='top' bgcolor='#EEEEEE'>"
        f"<font size='2'><b>{p.f('港聞')}</b><br>")
    for t in rel(p, 3):
        p.w(f"<a href='#'>{p.f(t)}</a><br>\n")
    p.w("</font></td>\n</tr>\n<tr>\n<td valign='top'>\n")
    for n, a in enumerate(arts):
        p.w(f"<font size='5' color='#990000'><b>{p.c('title' if n == 0 else 'heading', a.title)}</b></font><br><br>\n")
        if n == 0:
            p.w(f"<font size='2' color='#666666'>{p.f('【' + paper + '】')}　{p.c('meta', fmt_date(d, 'cnd'))}</font><br><br>\n")
        p.w("<font size='3'>\n")
        first = True
        for h, paras in a.sections:
            if h:
                p.w(f"<b>{p.c('heading', h)}</b><br>\n")
            for para in paras:
                if first and n == 0:
                    p.w(f"{p.c('byline', '（' + paper + '記者' + name(r, True) + '報道）')}<br><br>\n")
                    first = False
                p.w(f"{p.c('paragraph', para)}<br><br>\n")
        p.w("</font>\n")
        if n == 0 and len(arts) > 1:
            p.w(f"<center><img src='/photo/{r.randint(1, 99)}.jpg'><br><font size='2'>{p.f('圖：' + r.choice(['記者攝', '資料圖片', '讀者提供']))}"
                "</font></center><br>\n")
    p.w(f"<p><font size=2>{p.f('相關新聞：')}</font><br>")
    for t in rel(p, 2):
        p.w(f"‧<a href='#'>{p.f(t)}</a><br>\n")
    p.w(f"<p><a href='#top'>{p.f('回頁首')}</a> | <a href='javascript:print()'>{p.f('列印本頁')}</a>\n")
    p.w("</td></tr></table>\n<hr size='1'>\n<table width='760'><tr><td align='center'><font size='1'>")
    p.w(f"{p.f(f'版權所有 {paper}有限公司 不得轉載')}<br>{p.f(f'Copyright © {d[0]} All Rights Reserved.')}</font></td></tr></table>\n"
        "</body>\n</html>\n")


def s_twuni(p: Page, arts: list[Article]) -> None:
    r = p.rng
    a = arts[0]
    uni = r.choice(["國立中部", "國立東華", "私立淡海", "國立南台"]) + "大學"
    head(p, a.title + "-" + uni + "校園新聞")
    p.w(f'<body>\n<a href="#C" class="acc" title="跳到主要內容區">{p.f("跳到主要內容區")}</a>\n')
    p.w(f'<div class="top"><a href="#U" title="上方導覽">{p.f(":::")}</a> '
        f'{links(p, ["回首頁", "網站導覽", "English", "校園行事曆"], " | ")}</div>\n')
    p.w(f'<div class="banner"><img src="/logo.png" alt="{html.escape(uni)}"><span>{p.f(uni + " 新聞中心")}</span></div>\n')
    p.w('<div class="menu">' + links(p, ["最新消息", "焦點新聞", "學術研究", "校友動態", "新聞稿"], " ") + "</div>\n")
    p.w(f'<div class="path"><a href="#C">{p.f(":::")}</a> {p.f("首頁")} &gt; {p.f("焦點新聞")}</div>\n')
    d = date(r)
    p.w(f'<div id="C" class="news">\n<h2 class="ntitle">{p.c("title", a.title)}</h2>\n')
    p.w('<div class="ninfo">'
        + p.cm("byline", [("發布單位：" + r.choice(["秘書室", "公共事務室", "研究發展處"]), "<span>", "</span>"),
                          ("發布日期：" + fmt_date(d, "iso"), "<span>", "</span>")], "｜") + "｜"
        f"<span>{p.f(f'點閱次數：{r.randint(50, 3000)}')}</span></div>\n")
    p.w(f"<p class='author'>{p.c('byline', '文／' + name(r, True) + '　圖／' + r.choice(['攝影社', '公共事務室', name(r, True)]))}</p>\n")
    article_body_p(p, a, "h3")
    p.w(f"<div class='pic'><img src='/p/{r.randint(1, 99)}.jpg' alt='{html.escape('活動照片')}'>"
        f"<p>{p.f(r.choice(['校長致詞。', '與會貴賓大合照。', '學生展示研究成果。']))}</p></div>\n")
    p.w(f"<div class='tools'><a>{p.f('友善列印')}</a> <a>{p.f('回上一頁')}</a> <a>{p.f('分享至Facebook')}</a></div>\n")
    p.w(f"<div class='related'><h4>{p.f('相關新聞')}</h4><ul>")
    for t in rel(p, 3):
        p.w(f"<li>{p.f(t)}</li>")
    p.w("</ul></div>\n</div>\n")
    p.w(f"<div class='footer'><p>{p.f(uni + '　地址：' + str(r.randint(100, 999)) + '臺北市大安區羅斯福路四段1號')}</p>"
        f"<p>{p.f('電話：(02)' + str(r.randint(2000, 3999)) + '-' + str(r.randint(1000, 9999)))}"
        f"　{p.f('最佳瀏覽解析度 1280x1024')}</p><p><img src='/aa.png' alt='{html.escape('通過AA檢測等級無障礙網頁檢測')}'></p>"
        f"<p>{p.f('更新日期：' + fmt_date(date(r), 'iso'))}</p></div>\n</body></html>\n")


def s_twcorp(p: Page, arts: list[Article]) -> None:
    r = p.rng
    co = r.choice(["聯華", "台鑫", "宏碩", "嘉新"]) + r.choice(["電子", "半導體", "生技", "精密"]) + "股份有限公司"
    head(p, arts[0].title)
    p.w(f'<body>\n<div class="hd"><span class="logo">{p.f(co)}</span><ul>')
    for t in ["關於我們", "產品與服務", "投資人關係", "企業永續", "新聞中心", "人才招募"]:
        p.w(f"<li><a>{p.f(t)}</a></li>")
    p.w(f'</ul><span class="lang">{p.f("繁中")} / {p.f("EN")}</span></div>\n')
    p.w(f'<div class="crumb">{p.f("首頁")} / {p.f("新聞中心")} / {p.f("新聞稿")}</div>\n<main>\n')
    for n, a in enumerate(arts):
        d = date(r)
        p.w(f'<p class="pr-date">{p.c("meta", "發布日期：" + fmt_date(d, "dot"))}</p>\n')
        p.w(f'<h{1 if n == 0 else 2}>{p.c("title" if n == 0 else "heading", a.title)}</h{1 if n == 0 else 2}>\n')
        p.w(f'<p class="dateline">{p.c("byline", "【" + co[:2] + "新聞稿】" + r.choice(["新竹", "台北", "台中"]) + "訊")}</p>\n')
        article_body_p(p, a, "h3")
        p.w(f"<p class='end'>{p.f('###')}</p>\n")
    p.w(f"<h4>{p.f('新聞聯絡人')}</h4>\n<p class='contact'>{p.c('meta', '新聞聯絡人：' + name(r, True) + '　電話：(03)' + str(r.randint(5000000, 5999999)) + '　Email：pr@example.com.tw')}</p>\n")
    p.w(f"<div class='btns'><a>{p.f('下載新聞稿 PDF')}</a> <a>{p.f('返回列表')}</a></div>\n</main>\n")
    p.w(f"<footer><p>{links(p, ['隱私權聲明', '網站使用條款', '利害關係人專區'], ' | ')}</p>"
        f"<p>{p.f(f'Copyright © {co} All Rights Reserved.')}</p></footer>\n</body></html>\n")


def s_hkgov(p: Page, arts: list[Article]) -> None:
    r = p.rng
    head(p, arts[0].title)
    p.w(f'<body>\n<div id="skip"><a href="#content">{p.f("跳至主要內容")}</a></div>\n')
    p.w(f'<div class="banner">{p.f("香港特別行政區政府")} <span>{p.f("新聞公報")}</span> '
        f'{links(p, ["English", "简体版", "文字大小", "搜尋"], " | ")}</div>\n')
    p.w(f'<div class="nav">{links(p, ["主頁", "新聞公報", "新聞公報檔案", "訂閱"], " ▸ ")}</div>\n<div id="content">\n')
    d = date(r)
    for n, a in enumerate(arts):
        p.w(f'<h1 class="title">{p.c("title" if n == 0 else "heading", a.title)}</h1>\n<div id="pressrelease">\n')
        p.w("<p>")
        for h, paras in a.sections:
            if h:
                p.w(f"<br><br><u>{p.c('heading', h)}</u>")
            for para in paras:
                p.w(f"<br><br>　　{p.c('paragraph', para)}")
        p.w("</p>\n")
        p.w(f"<p>{p.f('完')}</p>\n")
        wk = weekday(d)
        when = p.cm("meta", [(f"{d[0]}年{d[1]}月{d[2]}日（星期{wk}）", "", ""), (f"香港時間{d[3]}時{d[4]:02d}分", "", "")],
                    "\n", "<br>\n")
        p.w(f"<p>{when}</p>\n</div>\n")
    p.w(f'<div class="tools"><a>{p.f("列印此頁")}</a> <a>{p.f("電郵此頁")}</a> <a>{p.f("返回頁首")}</a></div>\n</div>\n')
    p.w(f'<div class="footer">{p.f(f"{d[0]}")} | {links(p, ["重要告示", "私隱政策", "無障礙"], " | ")}<br>'
        f'{p.f("本網頁修訂日期：" + fmt_date(d, "cnd"))}</div>\n</body></html>\n')


def s_twmag(p: Page, arts: list[Article]) -> None:
    r = p.rng
    a = arts[0]
    mag = r.choice(["遠見觀點", "經理人週刊", "天下生活", "今周人文"])
    head(p, a.title + "｜" + mag)
    p.w(f'<body>\n<div class="topnav"><a class="logo">{p.f(mag)}</a> ')
    p.w(links(p, ["最新", "專欄", "產業", "生活", "影音", "訂閱"], " "))
    p.w(f' <a class="login">{p.f("會員登入")}</a></div>\n')
    p.w(f'<div class="cate"><a>{p.f("專欄")}</a> / <a>{p.f("觀點")}</a></div>\n<div class="post">\n')
    p.w(f"<h1>{p.c('title', a.title)}</h1>\n")
    d = date(r)
    au = name(r, True)
    info = p.cm("byline", [("作者：" + au, "<a>", "</a>"), (fmt_date(d, "dot"), "<time>", "</time>")], "｜")
    p.w(f'<div class="meta">{info}｜{p.f(f"閱讀時間約 {r.randint(3, 9)} 分鐘")}</div>\n')
    p.w(f'<div class="tags">{p.f("#" + a.title[:2])} {p.f("#觀點")} {p.f("#歷史")}</div>\n')
    p.w('<div class="content">\n')
    article_body_p(p, a, r.choice(["h2", "pstrong"]))
    if len(arts) > 1:
        b = arts[1]
        p.w(f"<h2>{p.c('heading', b.title)}</h2>\n")
        article_body_p(p, b, "h3")
    p.w(f"<p><em>{p.c('meta', '※本文經授權轉載自' + name(r, True) + '部落格（原標題：' + a.title.split('：')[0] + '），文章僅代表作者觀點。')}</em></p>\n")
    p.w("</div>\n")
    p.w(f'<div class="author-box"><img src="/a.jpg" alt=""><h4>{p.f("作者簡介")}</h4><p>{p.f(au + "，資深文字工作者，關注歷史與文化議題。")}</p>'
        f'<a>{p.f("看更多")}</a></div>\n')
    p.w(f'<div class="cmt">{p.f(f"留言（{r.randint(0, 80)}）")}　{p.f("按讚數")} {p.f(str(r.randint(10, 900)))}</div>\n')
    p.w(f'<div class="pn"><a>{p.f("‹ 上一篇")}</a> <a>{p.f("下一篇 ›")}</a></div>\n')
    p.w(f'<div class="subscribe">{p.f("訂閱電子報，每週精選好文直送信箱")} <a>{p.f("立即訂閱")}</a></div>\n</div>\n')
    p.w(f'<footer>{p.f(f"© {d[0]} {mag} All rights reserved. 版權所有，禁止轉載")}</footer>\n</body></html>\n')


STYLES = [  # (name, function, native encoding, meta charset, articles, contexts per article, numbered headings)
    ("portal", s_portal, "utf-8", "utf-8", 1, 3, None),
    ("gov", s_gov, "gbk", "gb2312", 1, 3, "cn"),
    ("wechat", s_wechat, "utf-8", "utf-8", 2, 2, None),
    ("campus", s_campus, "gbk", "gbk", 2, 1, None),
    ("sohu", s_sohu, "gb18030", "gb18030", 1, 3, "box"),
    ("corp", s_corp, "utf-8", "utf-8", 2, 2, None),
    ("twnews", s_twnews, "utf-8", "utf-8", 1, 3, None),
    ("hkpaper", s_hkpaper, "big5", "big5", 2, 2, None),
    ("twuni", s_twuni, "utf-8", "utf-8", 1, 2, None),
    ("twcorp", s_twcorp, "utf-8", "utf-8", 1, 3, "bracket"),
    ("hkgov", s_hkgov, "utf-8", "utf-8", 2, 2, None),
    ("twmag", s_twmag, "utf-8", "utf-8", 2, 2, None),
]
DOCX_STYLES = {"gov", "corp", "twuni", "twcorp"}


# ----------------------------------------------------------------------------------------------------------
# tools

def run(cmd: list[str], path: Path) -> str:
    out = subprocess.run(cmd + [str(path)], capture_output=True, check=True).stdout
    return out.decode("utf-8", errors="replace")


def dump(tool: str, path: Path) -> str:
    m = re.fullmatch(r"(lynx|w3m|html2text|saved)(\d*)(nolist)?", tool)
    kind, width = m.group(1), int(m.group(2) or 0)
    if kind == "lynx":
        cmd = ["lynx", "-dump", "-force_html", "-display_charset=utf-8", "-assume_charset=utf-8", f"-width={width}"]
        if m.group(3):
            cmd.append("-nolist")
        return run(cmd, path)
    if kind == "w3m":
        return run(["w3m", "-dump", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8", "-cols", str(width)], path)
    if kind == "html2text":
        return run(["html2text", "-utf8", "-nobs", "-width", str(width)], path)
    # saved: what a browser's "save as text" writes (the page's innerText), optionally wrapped
    lines = [ln.strip(" \t") for ln in inner_text(path.read_text(encoding="utf-8")).split("\n")]
    if width:
        lines = [w for ln in lines for w in (wrap_cols(ln, width) if ln else [""])]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"


BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "tr", "section", "article",
         "header", "footer", "nav", "aside", "main", "figure", "figcaption", "center", "hr", "blockquote", "form",
         "dl", "dt", "dd", "body"}


def inner_text(source: str) -> str:
    """The rendered text of a page as a browser's innerText gives it (and its "save as text"): block
    elements on lines of their own, a blank line around ``<p>``, ``<br>`` a line break, table cells
    separated by a tab, runs of ASCII whitespace collapsed, script / style / title left out."""
    from html.parser import HTMLParser

    out: list = []  # strings and ("req", n) required line breaks

    class Walker(HTMLParser):
        skip = 0
        cells = 0

        def handle_starttag(self, tag, attrs):
            if tag in ("script", "style", "title", "head"):
                self.skip += 1
            elif tag == "br":
                out.append("\n")
            elif tag in ("td", "th"):
                if self.cells:
                    out.append("\t")
                self.cells += 1
            elif tag in BLOCK:
                if tag == "tr":
                    self.cells = 0
                out.append(("req", 2 if tag == "p" else 1))

        def handle_endtag(self, tag):
            if tag in ("script", "style", "title", "head"):
                self.skip = max(0, self.skip - 1)
            elif tag in BLOCK:
                out.append(("req", 2 if tag == "p" else 1))

        def handle_data(self, data):
            if not self.skip:
                out.append(re.sub(r"[ \t\r\n\f]+", " ", data))

    walker = Walker(convert_charrefs=True)
    walker.feed(source)
    walker.close()
    text, pending = "", 0
    for item in out:
        if isinstance(item, tuple):
            pending = max(pending, item[1])
            continue
        if not item.strip(" ") and item != "\n" and (not text or text.endswith("\n")):
            continue  # collapsible space at a line start
        if pending and text:
            text = text.rstrip(" ") + "\n" * max(0, pending - (len(text) - len(text.rstrip("\n"))))
        pending = 0
        if text.endswith("\n") or not text:
            item = item.lstrip(" ")
        text += item
    return text.replace("\xa0", " ")


NO_START = set("，。、；：？！）》」』】〕”’,.;:?!)%…·")


def dwidth(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def wrap_cols(line: str, cols: int) -> list[str]:
    out, cur, w = [], "", 0
    i = 0
    while i < len(line):
        ch = line[i]
        if w + dwidth(ch) > cols and cur.strip() and ch not in NO_START:
            # break Latin words at a space when one is near
            if ch.isascii() and ch != " " and " " in cur[-20:] and cur[-1:] != " " and cur[-1].isascii():
                k = cur.rfind(" ")
                out.append(cur[:k])
                cur = cur[k + 1:]
                w = sum(dwidth(c) for c in cur)
                continue
            out.append(cur.rstrip(" "))
            cur, w = "", 0
            if ch == " ":
                i += 1
                continue
        cur += ch
        w += dwidth(ch)
        i += 1
    out.append(cur)
    return out


CJK = re.compile(r"[\u3400-\u9fff]")


def ocr_spaces(text: str, rng: random.Random) -> str:
    out = []
    for ln in text.split("\n"):
        if len(CJK.findall(ln)) > 12 and rng.random() < 0.5:
            chars = list(ln)
            res = [chars[0]] if chars else []
            for a, b in zip(chars, chars[1:], strict=False):
                if CJK.match(a) and CJK.match(b) and rng.random() < 0.07:
                    res.append(" ")
                res.append(b)
            ln = "".join(res)
        out.append(ln)
    return "\n".join(out)


# ----------------------------------------------------------------------------------------------------------
# text gold by construction

DECOR = re.compile(r"^(\*+|#+|=+|-+|_+|•|·|◦|o|\+|\d{1,3}\.|(\[\d+\])+|>+)$")


_JUNK = re.compile(r"\[\d+\]|[\u2500-\u257f*=_|•·\-]")


def locate(S: str, pieces: list[tuple[str, str, str]]) -> list[int | None]:
    """owner index (into pieces) of every character of the squashed dump ``S``."""
    owner: list[int | None] = [None] * len(S)
    p = 0
    contents = [k for k, pc in enumerate(pieces) if pc[0] == "c"]
    nxt = {}
    j = 0
    for k in range(len(pieces)):
        while j < len(contents) and contents[j] <= k:
            j += 1
        nxt[k] = contents[j] if j < len(contents) else None
    for k, (o, _kind, text) in enumerate(pieces):
        q = squash(text)
        if not q:
            continue
        i = S.find(q, p)
        if o == "c" and i < 0:  # a link inside the unit: lynx's [N] between its characters
            m = re.compile(r"(?:\[\d+\])*".join(map(re.escape, q))).search(S, p)
            if m:
                i, q = m.start(), m.group()
        if o == "c":
            if i < 0:
                raise AssertionError(f"content not in dump: {q[:30]!r} after {S[p:p + 40]!r}")
        else:
            if i < 0 or len(_JUNK.sub("", S[p:i])) > 40:
                continue
            n = nxt[k]
            if n is not None and S.find(squash(pieces[n][2]), i + len(q)) < 0:
                continue
        for x in range(i, i + len(q)):
            owner[x] = k
        p = i + len(q)
    return owner


def text_gold(text: str, pieces: list[tuple[str, str, str]]) -> list[dict]:
    """Every character of ``text`` in one unit, in order.

    Content units: their characters plus tool decoration on their own line (bullets, lynx link
    numbers, html2text's ``*****``). Everything else is debris: one unit per line, except that a
    furniture string the tool wrapped over several lines stays one unit; furniture on the same line
    as content is a unit of its own. A content unit interrupted by debris continues with ``cont``."""
    pos = [i for i, ch in enumerate(text) if not ch.isspace()]
    S = "".join(text[i] for i in pos)
    owner = locate(S, pieces)
    # line number of each squashed char
    line_of = []
    ln = 0
    k = 0
    for i, ch in enumerate(text):
        if k < len(pos) and pos[k] == i:
            line_of.append(ln)
            k += 1
        if ch == "\n":
            ln += 1
    # runs per line
    label: list = [None] * len(S)  # ("c", k) / ("f", k) / ("j", line)
    runs = []  # (start, end, owner)
    s = 0
    while s < len(S):
        e = s
        while e < len(S) and owner[e] == owner[s] and line_of[e] == line_of[s]:
            e += 1
        runs.append([s, e, owner[s]])
        s = e
    for r_i, (s, e, o) in enumerate(runs):
        if o is not None:
            label_v = ("c", o) if pieces[o][0] == "c" else ("f", o)
        else:
            label_v = ("j", line_of[s])
            seg = S[s:e]
            if DECOR.match(seg):
                after = runs[r_i + 1] if r_i + 1 < len(runs) else None
                before = runs[r_i - 1] if r_i > 0 else None
                if after and after[2] is not None and pieces[after[2]][0] == "c" and line_of[after[0]] == line_of[s]:
                    label_v = ("c", after[2])
                elif before and before[2] is not None and pieces[before[2]][0] == "c" and line_of[before[0]] == line_of[s]:
                    label_v = ("c", before[2])
        for x in range(s, e):
            label[x] = label_v
    # decide unit starts
    starts = []  # squashed index where a new unit begins, with its kind / cont
    units_meta = []
    prev = None
    seen_content = set()
    for x in range(len(S)):
        lab = label[x]
        newline = x > 0 and line_of[x] != line_of[x - 1]
        if lab[0] == "c":
            if prev is not None and prev[0] == "c" and prev[1] == lab[1]:
                continue
            starts.append(x)
            units_meta.append({"kind": pieces[lab[1]][1], "cont": lab[1] in seen_content})
            seen_content.add(lab[1])
        else:
            if prev is not None and prev[0] != "c":
                if not newline:
                    continue  # same line: one debris unit
                if prev[0] == "f" and lab == prev and x > 0 and _line_ends_with(label, line_of, x - 1):
                    continue  # a furniture string wrapped onto the next line
            starts.append(x)
            units_meta.append({"kind": "debris", "cont": False})
        prev = lab
    # cut points in raw text
    cuts = []
    for n, x in enumerate(starts):
        if n == 0:
            cuts.append(0)
            continue
        raw = pos[x]
        # at a line start, cut at the beginning of the line (indentation goes with the new unit)
        ls = text.rfind("\n", 0, raw) + 1
        if not text[ls:raw].strip():
            raw = ls
        cuts.append(raw)
    cuts.append(len(text))
    units = []
    for n, meta in enumerate(units_meta):
        u = {"kind": meta["kind"], "text": text[cuts[n]:cuts[n + 1]]}
        if meta["cont"]:
            u["cont"] = True
        units.append(u)
    if not units:
        units = [{"kind": "debris", "text": text}]
    assert "".join(u["text"] for u in units) == text
    return units


def _line_ends_with(label, line_of, x) -> bool:
    return x + 1 >= len(label) or line_of[x + 1] != line_of[x]


# ----------------------------------------------------------------------------------------------------------
# docx

def _fix_zip_times(path: Path) -> None:
    """Rewrite the .docx zip with fixed entry times, so that a rerun gives the same bytes."""
    import zipfile

    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name_, data in entries:
            z.writestr(zipfile.ZipInfo(name_, date_time=(2024, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)

def write_docx(path: Path, page: Page, arts: list[Article], rng: random.Random) -> dict:
    import datetime

    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = docx.Document()
    furniture = []
    sec = doc.sections[0]
    if page.trad:
        hdr = rng.choice(["對外發布　新聞稿", "校園新聞稿　僅供參考"])
    else:
        hdr = rng.choice(["内部资料　注意保存", "新闻中心　通稿"])
    sec.header.paragraphs[0].text = hdr
    furniture.append(hdr)
    ftr = "第 1 頁" if page.trad else "第 1 页"
    ftr = rng.choice([ftr, "—  1  —", "Copyright © 2024"])
    sec.footer.paragraphs[0].text = ftr
    furniture.append(ftr)
    units = []
    for o, kind, text in page.pieces:
        if o != "c":
            continue
        if kind == "title":
            doc.add_paragraph(text, style="Title")
        elif kind == "heading":
            lvl = 1 if any(a.title == text for a in arts) else 2
            doc.add_heading(text, level=lvl)
        elif kind in ("byline", "meta"):
            para = doc.add_paragraph(text)
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER if kind == "byline" else WD_ALIGN_PARAGRAPH.RIGHT
        else:
            para = doc.add_paragraph(text)
            para.paragraph_format.first_line_indent = docx.shared.Pt(24)
        units.append({"kind": kind, "text": text})
    doc.core_properties.author = "admin"
    doc.core_properties.created = datetime.datetime(2024, 1, 1)
    doc.core_properties.modified = datetime.datetime(2024, 1, 1)
    doc.save(str(path))
    _fix_zip_times(path)
    return {"units": units, "furniture": furniture}


# ----------------------------------------------------------------------------------------------------------

TOOLS_POOL = ["lynx60", "lynx72", "lynx80", "lynx100", "lynx130", "lynx72nolist", "lynx80nolist", "lynx100nolist",
              "w3m64", "w3m80", "w3m100", "w3m120", "html2text60", "html2text79", "html2text100"]


def pick_tools(rng: random.Random, trad: bool) -> list[str]:
    lynx = rng.sample([t for t in TOOLS_POOL if t.startswith("lynx")], 2)
    w3m = rng.choice([t for t in TOOLS_POOL if t.startswith("w3m")])
    h2t = rng.choice([t for t in TOOLS_POOL if t.startswith("html2text")])
    tools = lynx + [w3m, h2t]
    if rng.random() < 0.6:
        tools.append(rng.choice(["saved", "saved72"]))
    return tools


def encode_text(text: str, enc: str) -> bytes:
    if enc == "utf-8":
        return text.encode("utf-8")
    if enc == "utf-8-bom":
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    if enc == "crlf":
        return text.replace("\n", "\r\n").encode("utf-8")
    if enc == "gb18030":
        return text.encode("gb18030")
    if enc == "gb18030-crlf":
        return text.replace("\n", "\r\n").encode("gb18030")
    if enc == "utf-8-bom-crlf":
        return b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8")
    raise ValueError(enc)


def build(out: Path = HERE) -> list[dict]:
    import opencc

    t2s = opencc.OpenCC("t2s")
    cm, groups, seen = source_pools()
    trad_groups = [g for g in groups]  # from the start
    simp_groups = list(reversed(groups))  # from the end
    manifest = []
    tmp = Path(tempfile.gettempdir()) / "w6-pages"  # a fixed path: lynx prints it in its References
    tmp.mkdir(exist_ok=True)
    cm_i = 0
    tg_i = 0
    sg_i = 0
    for n in range(24):
        rng = random.Random(f"{PREFIX}-{n}")
        style, fn, enc, charset, n_arts, n_ctx, numbered = STYLES[n // 2]
        trad = n >= 12
        split = "dev6" if n % 2 == 0 else "held6"
        doc_id = f"{PREFIX}-{n:03d}"
        arts = []
        for k in range(n_arts):
            want = n_ctx if k == 0 else max(1, n_ctx - 1)
            if not trad and cm_i < len(cm) and (k == 0 or want == 1):
                topic, ctx = cm[cm_i]
                cm_i += 1
                ctxs = [ctx]
                while len(ctxs) < want:  # add t2s DRCD contexts to reach the wanted number
                    t, cs = simp_groups[sg_i]
                    sg_i += 1
                    ctxs.append(t2s.convert(cs[0]))
            elif not trad:
                t, cs = simp_groups[sg_i]
                sg_i += 1
                while len(cs) < want and sg_i < len(simp_groups):  # too short: take the next group
                    t, cs = simp_groups[sg_i]
                    sg_i += 1
                topic = t
                ctxs = [t2s.convert(c) for c in cs[:want]]
            else:
                t, cs = trad_groups[tg_i]
                tg_i += 1
                while len(cs) < min(want, 2) and tg_i < len(trad_groups):
                    t, cs = trad_groups[tg_i]
                    tg_i += 1
                topic = t
                ctxs = cs[:want]
            arts.append(make_article(rng, topic, ctxs, trad, numbered if k == 0 or style != "wechat" else None))
        page = Page(rng, trad)
        fn(page, arts)
        for art in arts:
            for para in art.paragraphs:
                assert _fresh(para, seen), (doc_id, para[:20])
        native_dir = out / "native" / split
        text_dir = out / "text" / split
        native_dir.mkdir(parents=True, exist_ok=True)
        text_dir.mkdir(parents=True, exist_ok=True)
        source = "drcd-test" if trad else "cmrc2018-trial+drcd-test(t2s)"
        files = []
        src = page.html(charset)
        if enc == "big5":
            data = src.encode("big5", errors="xmlcharrefreplace")
        else:
            data = src.encode(enc, errors="xmlcharrefreplace")
        (native_dir / f"{doc_id}_html.html").write_bytes(data)
        write_gold(out, f"{doc_id}_html", source, page.units, page.furniture)
        files.append({"path": f"native/{split}/{doc_id}_html.html", "route": "native", "tool": "html", "encoding": enc})
        if style in DOCX_STYLES:
            d = write_docx(native_dir / f"{doc_id}_docx.docx", page, arts, rng)
            write_gold(out, f"{doc_id}_docx", source, d["units"], d["furniture"])
            files.append({"path": f"native/{split}/{doc_id}_docx.docx", "route": "native", "tool": "docx",
                          "encoding": "docx"})
        utf = tmp / f"{doc_id}.html"
        utf.write_text(page.html("utf-8"), encoding="utf-8")
        for tool in pick_tools(rng, trad):
            text = dump(tool, utf)
            text = text.replace("\r", "")
            if rng.random() < 0.2:
                text = ocr_spaces(text, rng)
                tool_enc_extra = "+ocr"
            else:
                tool_enc_extra = ""
            if tool.startswith("saved"):
                tenc = "gb18030-crlf" if not trad else "utf-8-bom-crlf"
            else:
                choices = ["utf-8", "utf-8", "utf-8-bom", "crlf"] + ([] if trad else ["gb18030"])
                tenc = rng.choice(choices)
            units = text_gold(text, page.pieces)
            stem = f"{doc_id}_{tool}"
            (text_dir / f"{stem}.txt").write_bytes(encode_text(text, tenc))
            write_gold(out, stem, source, units)
            files.append({"path": f"text/{split}/{stem}.txt", "route": "text", "tool": tool,
                          "encoding": tenc + tool_enc_extra})
        manifest.append({"id": doc_id, "split": split, "script": "trad" if trad else "simp", "template": style,
                         "files": files})
    (out / "manifest-dev6-web.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return manifest


def write_gold(out: Path, stem: str, source: str, units: list[dict], furniture: list[str] | None = None) -> None:
    gold = {"doc_id": stem, "source": source, "units": units}
    if furniture is not None:
        gold["furniture"] = furniture
    path = out / "gold" / f"{stem}.json"
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    tmp.replace(path)


if __name__ == "__main__":
    m = build()
    print(f"{len(m)} documents, {sum(len(d['files']) for d in m)} files")
