"""Batch 12, WEB part: twelve mainstream site designs in genres no earlier batch used, two pages each
(ids ``w12-000`` .. ``w12-023``).

Designs 0-7 go to ``dev12``, designs 8-11 to ``held12`` only (design-disjoint held-out). Prose: the MSRA NER
test set (SIGHAN 2006, ``/work/shared/data/msra_ner/msra_test_bio``): each blank-line-separated block's text
rebuilt from its ``char<TAB>TAG`` lines, cut into sentences, consecutive sentences grouped into paragraphs of
60-300 characters. dev12 pages take prose only from blocks 0-2199, held12 pages only from blocks 2200 onwards;
a paragraph sharing a 15-character stretch with the other side or with People's Daily ``example.dev`` /
``example.test`` (batch 11's prose) is refused, and the pages built are checked again (asserted). Everything
else on a page (titles, heads, bylines, furniture) is invented here.

Each page is written once as HTML while every visible string is registered in source order as a content unit
(title / heading / byline / meta / paragraph) or a furniture string. Native gold: the content units whole and
the furniture strings. Text gold (per dump): each content unit's characters (NFKC, whitespace and ``_``
ignored) are found in order in the dump; tool decoration on the unit's line (``*``, ``#``, ``•``) goes with the
unit; everything else is debris, one unit per line, lines joined where one registered furniture string is
wrapped across them; link lists one debris unit per line. Whitespace goes with the unit before it, leading
whitespace with the line's first unit. Every unit's text occurs in its file (asserted).

    PYTHONPATH=$PWD:OPENCC_DIR python benchmarks/segcorpus/make_dev12_web.py   # needs lynx, w3m, html2text, opencc
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

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "benchmarks" / "segcorpus"
DATA = Path("/work/shared/data/msra_ner/msra_test_bio")
PD = Path("/work/shared/data/peoples_daily_ner")
WORK = Path("/tmp/dev12web")
SEED = 1212
HELD_FROM = 2200  # the MSRA block where held12's prose starts
DEV_DESIGNS = 8

sys.path.insert(0, str(ROOT))
from annotate.segment.decode import decode_bytes  # noqa: E402
from annotate.segment.score import squash  # noqa: E402

CONTENT = ("title", "heading", "byline", "meta", "paragraph")


# ----------------------------------------------------------------------------------------------- prose
def blocks(path: Path) -> list[str]:
    """The MSRA test set's blocks, each rebuilt from its ``char<TAB>TAG`` lines."""
    out, cur = [], []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            if cur:
                out.append("".join(cur))
            cur = []
            continue
        cur.append(line.split("\t")[0])
    if cur:
        out.append("".join(cur))
    return out


def split_sentences(text: str) -> list[str]:
    return [s for s in re.findall(r".*?[。！？](?:[”’」』）]+)?|.+$", text) if s.strip()]


def pd_sentences(path: Path) -> list[str]:
    """People's Daily NER sentences (batch 11's prose), for the overlap check only."""
    out, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                out.append("".join(cur))
            cur = []
            continue
        cur.append(line.rsplit(" ", 1)[0])
    if cur:
        out.append("".join(cur))
    return out


def paragraphs(sents: list[str], rng: random.Random) -> list[str]:
    """Consecutive sentences grouped into paragraphs of 60-300 characters ending a sentence."""
    out, cur, target = [], "", rng.randint(70, 240)
    for s in sents:
        s = s.strip()
        if not s or len(s) > 300 or "●" in s:
            cur = ""
            continue
        if len(cur) + len(s) > 300:
            cur = ""
        cur += s
        if len(cur) >= target and cur[-1] in "。！？”":
            if len(cur) >= 60:
                out.append(cur)
            cur, target = "", rng.randint(70, 240)
    return out


def grams(text: str, n: int = 15) -> set[str]:
    t = squash(text)
    return {t[i:i + n] for i in range(len(t) - n + 1)}


# ----------------------------------------------------------------------------------------------- page
def esc(text: str) -> str:
    return htmllib.escape(text, quote=False)


class Page:
    """Source-order registry of an HTML page: raw markup, furniture strings and content units."""

    def __init__(self, conv=None):
        self.conv = conv or (lambda s: s)
        self.html: list[str] = []
        self.items: list[tuple[str, str]] = []

    def raw(self, markup: str) -> None:
        self.html.append(self.conv(markup))

    def f(self, markup: str, *texts: str) -> None:
        """Furniture: markup showing the visible strings ``texts``."""
        self.html.append(self.conv(markup))
        self.items += [("furn", self.conv(t)) for t in texts if t.strip()]

    def u(self, kind: str, text: str, markup: str = "{}") -> None:
        """A content unit: ``markup`` with ``{}`` where the (escaped) text goes."""
        text = self.conv(text)
        self.html.append(self.conv(markup).replace("{}", esc(text)))
        self.items.append((kind, text))

    def links(self, hrefs_texts, sep=" ", wrap="{}") -> None:
        """A run of furniture links, one furniture string each."""
        parts = [f'<a href="{h}">{esc(self.conv(t))}</a>' for h, t in hrefs_texts]
        self.html.append(wrap.replace("{}", sep.join(parts)))
        self.items += [("furn", self.conv(t)) for _, t in hrefs_texts]

    def document(self, title: str, charset: str, head_extra: str = "") -> str:
        return (f'<!DOCTYPE html>\n<html lang="zh">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
                f'charset={charset}">\n<title>{esc(self.conv(title))}</title>\n{head_extra}'
                '<link rel="stylesheet" href="/css/main.css">\n<style>body{font-family:"Microsoft YaHei",SimSun}'
                '.hide{display:none}</style>\n<script>var _hmt = _hmt || []; /* 统计代码 */</script>\n</head>\n<body>\n'
                + "\n".join(self.html) + '\n<script src="/js/jquery.min.js"></script>\n<!-- 页面结束 -->\n</body>\n</html>\n')


# ----------------------------------------------------------------------------------------------- designs
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红文斌宇晨浩然思远立新海燕玉梅晓东"


def person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def date(rng: random.Random) -> tuple[int, int, int]:
    return 2024, rng.randint(1, 12), rng.randint(1, 28)


def ymd(doc: dict, sep: str = "-") -> str:
    y, m, d = doc["date"]
    return f"{y}{sep}{m:02d}{sep}{d:02d}"


def d_shop(page: Page, doc: dict, rng: random.Random) -> None:
    """0 e-commerce product page: shop bar, search, category path, price box, specs table, 商品介绍 tab, reviews, sidebar."""
    page.f('<div class="site-nav"><span>您好，欢迎来到优选商城！</span> <a href="/login">请登录</a> <a href="/reg">免费注册</a>'
           ' <a href="/order">我的订单</a> <a href="/cart">购物车(0)</a></div>',
           "您好，欢迎来到优选商城！", "请登录", "免费注册", "我的订单", "购物车(0)")
    page.f('<form class="search"><input type="text" name="q" placeholder="搜索商品"> <button>搜索</button></form>', "搜索")
    page.f('<div class="crumb"><a href="/list/home">家居日用</a> &gt; <a href="/list/tea">茶具</a> &gt; '
           f'<a href="/shop/{doc["n"]}">{doc["shop"]}</a></div>', "家居日用", ">", "茶具", ">", doc["shop"])
    page.u("title", doc["title"], '<div class="sku-name"><h1>{}</h1></div>')
    price = rng.randint(59, 399)
    page.f(f'<div class="price-box"><span>京东价</span> <span class="p">￥{price}.00</span> <span>降价通知</span>'
           f'<br><span>累计评价 {rng.randint(200, 9000)}+</span> <span>促销 满199减20</span></div>',
           "京东价", f"￥{price}.00", "降价通知", "累计评价", "促销 满199减20")
    page.f('<div class="choose">选择颜色 <a href="javascript:void(0)">青瓷</a> <a href="javascript:void(0)">白瓷</a> <a href="javascript:void(0)">黑陶</a><br>'
           '<a href="javascript:void(0)" class="btn">加入购物车</a> <a href="javascript:void(0)" class="btn">立即购买</a></div>',
           "选择颜色", "青瓷", "白瓷", "黑陶", "加入购物车", "立即购买")
    page.f('<ul class="tab"><li class="on">商品介绍</li><li>规格与包装</li><li>售后保障</li><li>商品评价</li></ul>',
           "商品介绍", "规格与包装", "售后保障", "商品评价")
    page.raw('<table class="spec" border="1" cellspacing="0">')
    for k, v in (("商品名称", doc["shop"][:4] + "茶具套装"), ("商品编号", str(rng.randint(10 ** 9, 10 ** 10))),
                 ("材质", "陶瓷"), ("产地", doc["place"]), ("件数", "8件")):
        page.f(f"<tr><th>{k}</th><td>{esc(v)}</td></tr>", k, v)
    page.raw("</table>")
    page.raw('<div class="detail">')
    for i, p in enumerate(doc["paras"]):
        if i in (1, 4):
            page.u("heading", doc["heads"].pop(0), '<h3 class="detail-h">{}</h3>')
        if i == 3:
            page.f(f'<p><img src="//img.youxuan.com/sku/{doc["n"]}-{i}.jpg" alt="商品细节图"></p>', "商品细节图")
        page.u("paragraph", p, "<p>{}</p>")
    page.raw("</div>")
    page.f('<div class="comment"><h4>商品评价</h4><div class="rate">好评度 98%</div>', "商品评价", "好评度 98%")
    for nick, when, text in doc["comments"]:
        page.f(f'<div class="c"><span>{esc(nick)}</span> <span>★★★★★</span><p>{esc(text)}</p><span>{when}</span></div>',
               nick, "★★★★★", text, when)
    page.raw("</div>")
    page.f(f'<div class="aside"><div class="shop-name">{esc(doc["shop"])}</div><div>商品评分 4.9 ｜ 服务评分 4.8</div>'
           '<a href="javascript:void(0)">进店逛逛</a> <a href="javascript:void(0)">关注店铺</a></div>', doc["shop"], "商品评分 4.9 ｜ 服务评分 4.8", "进店逛逛", "关注店铺")
    page.f('<div class="footer">正品保障 ｜ 七天无理由退货 ｜ 急速物流<br>Copyright © 2024 优选商城 版权所有</div>',
           "正品保障 ｜ 七天无理由退货 ｜ 急速物流", "Copyright © 2024 优选商城 版权所有")


def d_guide(page: Page, doc: dict, rng: random.Random) -> None:
    """1 government service guide (办事指南): info table, 办理条件 / 申请材料 / 办理流程 heads, numbered <br> lines."""
    city = doc["place"]
    page.f(f'<div class="top">{city}市政务服务网 <a href="/">首页</a> <a href="/login">登录</a> <a href="/zc">注册</a></div>',
           f"{city}市政务服务网", "首页", "登录", "注册")
    page.links([("/grbs/", "个人办事"), ("/frbs/", "法人办事"), ("/bmfw/", "部门服务"), ("/hdjl/", "互动交流")], sep=" ",
               wrap='<div class="nav">{}</div>')
    page.f('<div class="pos">当前位置： 首页 &gt; 个人办事 &gt; 办事指南</div>', "当前位置： 首页 > 个人办事 > 办事指南")
    page.u("title", doc["title"], '<h2 class="sxmc">{}</h2>')
    page.raw('<table class="info" width="100%" border="1">')
    for k, v in (("事项类型", "行政确认"), ("实施主体", doc["office"]), ("办理时限", f"{rng.randint(3, 20)}个工作日"),
                 ("收费标准", "不收费"), ("咨询电话", f"0{rng.randint(100, 999)}-{rng.randint(10 ** 7, 10 ** 8 - 1)}")):
        page.f(f"<tr><td class=\"k\">{k}</td><td>{esc(v)}</td></tr>", k, v)
    page.raw("</table>")
    page.f('<div class="btns"><a href="javascript:void(0)">在线办理</a> <a href="javascript:void(0)">预约办理</a> <a href="javascript:void(0)">收藏</a></div>', "在线办理", "预约办理", "收藏")
    heads = ["一、设定依据", "二、办理条件", "三、申请材料", "四、办理流程"]
    paras = doc["paras"]
    page.u("heading", heads[0], "<h4>{}</h4>")
    page.u("paragraph", paras[0], "<p>{}</p>")
    page.u("heading", heads[1], "<h4>{}</h4>")
    for p in paras[1:3]:
        page.u("paragraph", p, "<p>{}</p>")
    page.u("heading", heads[2], "<h4>{}</h4>")
    page.raw('<div class="cl">')
    items = ["申请人有效身份证件原件及复印件；", "申请表（可在本网站下载）；", f"{city}市户籍证明或居住证；", "近期免冠彩色照片两张。"]
    for k, t in enumerate(items[:3 + doc["n"] % 2]):
        page.u("paragraph", f"{k + 1}.{t}", "{}<br>")
    page.raw("</div>")
    page.u("heading", heads[3], "<h4>{}</h4>")
    for p in paras[3:]:
        page.u("paragraph", p, "<p>{}</p>")
    page.f('<div class="pj">满意度评价：<a href="javascript:void(0)">非常满意</a> <a href="javascript:void(0)">满意</a> <a href="javascript:void(0)">不满意</a></div>',
           "满意度评价：", "非常满意", "满意", "不满意")
    page.f(f'<div class="foot">主办单位：{city}市人民政府办公室　承办单位：{city}市政务服务数据管理局<br>'
           f'网站标识码：{rng.randint(10 ** 9, 10 ** 10 - 1)}　{doc["prov"]}ICP备{rng.randint(10 ** 7, 10 ** 8 - 1)}号</div>',
           f"主办单位：{city}市人民政府办公室　承办单位：{city}市政务服务数据管理局", "网站标识码：")


def d_univ(page: Page, doc: dict, rng: random.Random) -> None:
    """2 university news page: school header, nav, path, <h2> title, 作者/摄影/审核 info line with 点击, captions, 编辑 line."""
    school = doc["school"]
    page.f(f'<div class="header"><img src="/images/logo.png" alt="{school}"> <span>新闻网</span></div>', school, "新闻网")
    page.links([("/", "首页"), ("/ywsd/", "要闻速递"), ("/zhxw/", "综合新闻"), ("/xsdt/", "学术动态"), ("/mtgz/", "媒体关注"),
                ("/xyrw/", "校园人物")], sep="", wrap='<ul class="menu">{}</ul>')
    page.f('<div class="dqwz">您的位置：<a href="/">首页</a> » <a href="/zhxw/">综合新闻</a> » 正文</div>',
           "您的位置：", "首页", "»", "综合新闻", "» 正文")
    page.u("title", doc["title"], '<h2 class="arti_title">{}</h2>')
    info = f"发布时间：{ymd(doc)}　作者：{doc['author']}　摄影：{doc['editor']}　来源：{doc['unit']}"
    page.u("byline", info, '<p class="arti_metas"><span>{}</span>')
    page.f(f'　<span>点击：{rng.randint(100, 5000)}</span></p>', "点击：")
    paras = doc["paras"]
    for i, p in enumerate(paras):
        if i == 1:
            page.f(f'<p style="text-align:center"><img src="/upload/{doc["n"]}.jpg"></p><p class="caption">'
                   f'{esc(doc["caption"])}</p>', doc["caption"])
        if i == 3 and doc["n"] % 2 == 0:
            page.u("heading", doc["heads"][0], "<p><strong>{}</strong></p>")
        page.u("paragraph", p, '<p style="text-indent:2em">{}</p>')
    page.u("meta", f"（编辑：{doc['editor']}　审核：{person(rng)}）", '<p style="text-align:right">{}</p>')
    page.f('<div class="page">上一篇：<a href="javascript:void(0)">学校召开学生工作会议</a><br>下一篇：<a href="javascript:void(0)">图书馆举办读书月活动</a></div>',
           "上一篇：", "学校召开学生工作会议", "下一篇：", "图书馆举办读书月活动")
    page.f(f'<div class="foot">版权所有：{school}　地址：{doc["place"]}市大学路{rng.randint(1, 300)}号　邮编：{rng.randint(100000, 800000)}</div>',
           f"版权所有：{school}　地址：{doc['place']}市大学路", "邮编：")


def d_about(page: Page, doc: dict, rng: random.Random) -> None:
    """3 company 'about us' page: nav, banner, side menu, <h1>关于我们, <h3> sections, history timeline items, honours."""
    co = doc["company"]
    page.f(f'<header><div class="logo">{co}</div><nav><ul><li><a href="/">首页</a></li><li><a href="/about/">关于我们</a></li>'
           '<li><a href="/product/">产品中心</a></li><li><a href="/news/">新闻动态</a></li><li><a href="/contact/">联系我们</a></li>'
           '</ul></nav></header>', co, "首页", "关于我们", "产品中心", "新闻动态", "联系我们")
    page.f('<div class="banner"><p>专注品质 · 服务社会</p><p>ABOUT US</p></div>', "专注品质 · 服务社会", "ABOUT US")
    page.f('<div class="side"><ul><li class="cur">公司简介</li><li>发展历程</li><li>企业文化</li><li>荣誉资质</li></ul></div>',
           "公司简介", "发展历程", "企业文化", "荣誉资质")
    page.u("title", doc["title"], '<div class="main"><h1>{}</h1>')
    paras = doc["paras"]
    page.u("heading", "公司简介", "<h3>{}</h3>")
    for p in paras[:3]:
        page.u("paragraph", p, "<p>{}</p>")
    page.u("heading", "发展历程", "<h3>{}</h3>")
    page.raw('<ul class="timeline">')
    for y, ev in doc["history"]:
        page.u("paragraph", f"{y}年　{ev}", "<li>{}</li>")
    page.raw("</ul>")
    page.u("heading", "企业文化", "<h3>{}</h3>")
    for p in paras[3:]:
        page.u("paragraph", p, "<p>{}</p>")
    page.raw("</div>")
    page.f(f'<footer><p>地址：{doc["place"]}市高新区科技路{rng.randint(1, 99)}号　电话：400-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}</p>'
           f'<p>Copyright © 2024 {co} All Rights Reserved.</p></footer>',
           f"地址：{doc['place']}市高新区科技路", "电话：400-", f"Copyright © 2024 {co} All Rights Reserved.")


def d_tech(page: Page, doc: dict, rng: random.Random) -> None:
    """4 tech blog article (CSDN style): toolbar, <h1>, 原创 badge + author line + 阅读量, tag bar, 版权声明, <h2> heads, code."""
    page.f('<div class="toolbar"><a href="/">博客</a> <a href="/edu">课程</a> <a href="/down">下载</a> <a href="/ask">问答</a>'
           ' <input placeholder="搜索"> <a href="/login">登录</a> <a href="/write">发布</a></div>',
           "博客", "课程", "下载", "问答", "登录", "发布")
    page.u("title", doc["title"], '<h1 class="title-article" id="articleContentId">{}</h1>')
    page.f('<div class="article-info-box"><img class="article-type-img" alt="原创"><span class="type">原创</span>', "原创")
    page.u("byline", f"{doc['nick']} 于 {ymd(doc)} {rng.randint(8, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} 发布",
           '<a class="follow-nickName" href="javascript:void(0)">{}</a>')
    page.f(f'<span class="read-count">阅读量{rng.randint(300, 9000)}</span> <span>收藏 {rng.randint(1, 90)}</span>'
           f' <span>点赞数 {rng.randint(1, 60)}</span></div>', "阅读量", "收藏", "点赞数")
    page.f('<div class="tags-box">文章标签： <a href="javascript:void(0)">python</a> <a href="javascript:void(0)">数据分析</a> <a href="javascript:void(0)">pandas</a></div>',
           "文章标签：", "python", "数据分析", "pandas")
    page.f(f'<div class="copyright-box">版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。'
           f'<br>本文链接：https://blog.kaifa.net/{doc["nick"]}/article/details/{rng.randint(10 ** 8, 10 ** 9)}</div>',
           "版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。", "本文链接：")
    paras = doc["paras"]
    heads = ["前言", "一、数据准备", "二、处理步骤", "总结"]
    page.u("heading", heads[0], "<h2>{}</h2>")
    page.u("paragraph", paras[0], "<p>{}</p>")
    page.u("heading", heads[1], "<h2>{}</h2>")
    for p in paras[1:3]:
        page.u("paragraph", p, "<p>{}</p>")
    code = ["import pandas as pd", "", "df = pd.read_csv('news.csv', encoding='utf-8')", "df = df.dropna()", "print(df.head())"]
    page.f('<pre><code class="language-python">' + esc("\n".join(code)) + "</code></pre>", *[c for c in code if c])
    page.u("heading", heads[2], "<h2>{}</h2>")
    for p in paras[3:-1]:
        page.u("paragraph", p, "<p>{}</p>")
    page.u("heading", heads[3], "<h2>{}</h2>")
    page.u("paragraph", paras[-1], "<p>{}</p>")
    page.f('<div class="tool-box"><a>点赞</a> <a>踩</a> <a>收藏</a> <a>打赏</a> <a>评论</a></div>', "点赞", "踩", "收藏", "打赏", "评论")
    for nick, when, text in doc["comments"]:
        page.f(f'<div class="comment"><a>{esc(nick)}</a> <span>{when}</span><p>{esc(text)}</p></div>', nick, when, text)
    page.f('<div class="blog-footer">关于我们 招贤纳士 商务合作 寻求报道 在线客服 工作时间 8:30-22:00<br>'
           '©1999-2024 开发者网络 京ICP备19004658号</div>', "关于我们 招贤纳士 商务合作 寻求报道 在线客服 工作时间 8:30-22:00",
           "©1999-2024 开发者网络 京ICP备19004658号")


def d_app(page: Page, doc: dict, rng: random.Random) -> None:
    """5 local news app share page (mobile): sticky 打开APP bar, <section> cards, author line, 展开全文, 推荐阅读 cards."""
    app = doc["app"]
    page.f(f'<div class="sticky-top" style="position:fixed;top:0"><img src="/logo.png" alt="{app}"><span>{app}</span>'
           ' <a href="javascript:void(0)">打开APP</a></div>', app, app, "打开APP")
    page.raw('<section class="article">')
    page.u("title", doc["title"], '<section class="card"><h1 class="art-title">{}</h1>')
    when = f"{doc['date'][1]}月{doc['date'][2]}日 {rng.randint(6, 23):02d}:{rng.randint(0, 59):02d}"
    who = f"{doc['nick']}　{app}　{when}" if doc["n"] % 2 == 0 else f"{when}　来自{app}客户端　{doc['nick']}"
    page.u("byline", who, '<div class="author"><img src="/avatar.png"><span>{}</span>')
    page.f('<a class="follow" href="javascript:void(0)">+关注</a></div></section>', "+关注")
    paras = doc["paras"]
    for i, p in enumerate(paras):
        if i == 2:
            page.f(f'<section class="card img"><img src="/img/{doc["n"]}.jpg"><p class="desc">{esc(doc["caption"])}</p></section>',
                   doc["caption"])
        page.u("paragraph", p, '<section class="card"><p>{}</p></section>')
    page.raw("</section>")
    page.f('<div class="unfold"><a href="javascript:void(0)">展开全文</a></div>', "展开全文")
    page.f(f'<div class="stat">阅读 {rng.randint(1, 9)}.{rng.randint(0, 9)}万　<a>赞</a> {rng.randint(10, 300)}　'
           '<a>举报</a></div>', "阅读", "赞", "举报")
    page.f('<div class="rec"><h3>推荐阅读</h3>', "推荐阅读")
    for t in doc["related"][:3]:
        page.f(f'<section class="rec-card"><a href="javascript:void(0)"><p>{esc(t)}</p><span>{rng.randint(2, 99)}评论</span></a></section>',
               t, "评论")
    page.raw("</div>")
    page.f(f'<div class="sticky-bottom" style="position:fixed;bottom:0">打开{app}，阅读体验更佳 <a href="javascript:void(0)">立即打开</a></div>',
           f"打开{app}，阅读体验更佳", "立即打开")


def d_hospital(page: Page, doc: dict, rng: random.Random) -> None:
    """6 hospital department page in layout tables: 科室导航 path, <font> title, 科室简介 / 特色技术 heads, expert cards,
    outpatient hours table, 更新时间 line, address footer."""
    hosp = doc["hospital"]
    page.f(f'<table width="1000" align="center"><tr><td class="logo"><font size="6">{hosp}</font></td>'
           '</tr></table>', hosp)
    page.raw('<table width="1000" align="center"><tr><td bgcolor="#0066aa">')
    page.links([("/", "网站首页"), ("/yygk/", "医院概况"), ("/ksdh/", "科室导航"), ("/zjjs/", "专家介绍"), ("/jzzn/", "就诊指南"),
                ("/yyxw/", "医院新闻")], sep=" | ")
    page.raw("</td></tr></table>")
    page.f(f'<table width="1000" align="center"><tr><td>当前位置：首页 &gt; 科室导航 &gt; {doc["dept"]}</td></tr></table>',
           f"当前位置：首页 > 科室导航 > {doc['dept']}")
    page.raw('<table width="1000" align="center"><tr><td>')
    page.u("title", doc["title"], '<div align="center"><font size="5" color="#0066aa"><b>{}</b></font></div>')
    page.u("meta", f"更新时间：{ymd(doc)}", '<div align="center"><font size="2" color="#999999">{}</font></div><br>')
    paras = doc["paras"]
    page.u("heading", "科室简介", '<font color="#0066aa"><b>{}</b></font><br>')
    for p in paras[:3]:
        page.u("paragraph", p, "&nbsp;&nbsp;&nbsp;&nbsp;{}<br>")
    page.u("heading", "特色技术", '<br><font color="#0066aa"><b>{}</b></font><br>')
    for p in paras[3:]:
        page.u("paragraph", p, "&nbsp;&nbsp;&nbsp;&nbsp;{}<br>")
    page.raw("</td></tr></table>")
    page.f('<table width="1000" align="center"><tr><td><b>专家团队</b></td></tr>', "专家团队")
    for _ in range(2):
        nm = person(rng)
        page.f(f'<tr><td>{nm}　主任医师　擅长：常见病、多发病的诊治</td></tr>', nm, "主任医师", "擅长：常见病、多发病的诊治")
    page.raw("</table>")
    page.f('<table width="1000" align="center" border="1"><tr><td>门诊时间</td><td>周一至周五 8:00-12:00 14:00-17:30</td></tr>'
           '</table>', "门诊时间", "周一至周五 8:00-12:00 14:00-17:30")
    page.f(f'<table width="1000" align="center"><tr><td align="center">地址：{doc["place"]}市人民路{rng.randint(1, 500)}号　'
           f'预约电话：{rng.randint(10 ** 7, 10 ** 8 - 1)}<br>{hosp} 版权所有</td></tr></table>',
           f"地址：{doc['place']}市人民路", "预约电话：", f"{hosp} 版权所有")


def d_travel(page: Page, doc: dict, rng: random.Random) -> None:
    """7 travel guide (游记攻略): channel bar, <h1>, author card, trip facts list, 目录, <h2> day heads, photos, 点赞 bar."""
    place = doc["place"]
    page.f('<div class="head"><a href="/">旅行家</a> <a href="/gl/">攻略</a> <a href="/yj/">游记</a> <a href="/jd/">酒店</a>'
           ' <a href="/jp/">机票</a> <a href="/login">登录</a></div>', "旅行家", "攻略", "游记", "酒店", "机票", "登录")
    page.f(f'<div class="crumb">旅行家 &gt; {place}攻略 &gt; 游记</div>', f"旅行家 > {place}攻略 > 游记")
    page.u("title", doc["title"], '<h1 class="note-title">{}</h1>')
    page.u("byline", f"{doc['nick']}　{ymd(doc, '.')} 发布", '<div class="author"><span>{}</span>')
    page.f(f' <span>{rng.randint(100, 9000)} 浏览</span></div>', "浏览")
    page.f(f'<ul class="facts"><li>出发时间：{doc["date"][1]}月</li><li>出行天数：{len(doc["days"])}天</li>'
           f'<li>人均费用：{rng.randint(10, 60)}00元</li><li>和谁：朋友</li></ul>',
           "出发时间：", "出行天数：", "人均费用：", "和谁：朋友")
    page.f('<div class="toc"><b>目录</b><ul>' + "".join(f"<li>{esc(d)}</li>" for d in doc["days"]) + "</ul></div>",
           "目录", *doc["days"])
    paras = doc["paras"]
    per = max(1, len(paras) // len(doc["days"]))
    for k, d in enumerate(doc["days"]):
        page.u("heading", d, "<h2>{}</h2>")
        chunk = paras[k * per:(k + 1) * per] if k < len(doc["days"]) - 1 else paras[k * per:]
        for i, p in enumerate(chunk):
            page.u("paragraph", p, "<p>{}</p>")
            if i == 0 and k == 0:
                page.f(f'<div class="pic"><img src="/p/{doc["n"]}.jpg"><span>{esc(doc["caption"])}</span></div>', doc["caption"])
    page.f(f'<div class="bar"><a>点赞 {rng.randint(5, 300)}</a> <a>收藏</a> <a>分享</a></div>', "点赞", "收藏", "分享")
    page.f('<div class="foot">关于旅行家 · 联系我们 · 用户协议 · 隐私政策<br>© 2024 旅行家 lvxingjia.com</div>',
           "关于旅行家 · 联系我们 · 用户协议 · 隐私政策", "© 2024 旅行家 lvxingjia.com")


def d_stock(page: Page, doc: dict, rng: random.Random) -> None:
    """8 finance news page with a quote box: 行情 ticker, channel nav, <h1>, time/来源 line, quote table, 责任编辑, 风险提示."""
    page.f('<div class="ticker">上证指数 <b>3021.45</b> +0.62%　深证成指 <b>9587.10</b> -0.13%　创业板指 <b>1874.32</b> +0.35%</div>',
           "上证指数", "3021.45", "+0.62%", "深证成指", "9587.10", "-0.13%", "创业板指", "1874.32", "+0.35%")
    page.links([("/", "财经首页"), ("/stock/", "股票"), ("/fund/", "基金"), ("/bond/", "债券"), ("/forex/", "外汇"), ("/app/", "APP下载")],
               sep=" ", wrap='<div class="nav">{}</div>')
    page.u("title", doc["title"], '<h1 class="main-title">{}</h1>')
    when = f"{ymd(doc)} {rng.randint(9, 20):02d}:{rng.randint(0, 59):02d}"
    info = (f"{when}　来源：{doc['source']}　作者：{doc['author']}" if doc["n"] % 2 == 0
            else f"来源：{doc['source']}　{when}　记者 {doc['author']}")
    page.u("byline", info, '<div class="date-source">{}</div>')
    code = rng.randint(600000, 603999)
    page.f(f'<table class="quote"><tr><td>{doc["stockname"]}</td><td>{code}</td><td>{rng.randint(5, 80)}.{rng.randint(10, 99)}</td>'
           f'<td>+{rng.randint(1, 9)}.{rng.randint(10, 99)}%</td></tr><tr><td>成交额</td><td>{rng.randint(1, 40)}亿</td><td>换手率</td>'
           f'<td>{rng.randint(1, 9)}.{rng.randint(10, 99)}%</td></tr></table>', doc["stockname"], str(code), "成交额", "换手率")
    paras = doc["paras"]
    for i, p in enumerate(paras):
        if i == 3:
            page.u("heading", doc["heads"][0], "<h3>{}</h3>")
        page.u("paragraph", p, "<p>　　{}</p>")
    page.u("meta", f"责任编辑：{doc['editor']}", '<p class="editor">{}</p>')
    page.f('<div class="risk">风险提示：本文内容仅供参考，不构成投资建议。股市有风险，投资需谨慎。</div>',
           "风险提示：本文内容仅供参考，不构成投资建议。股市有风险，投资需谨慎。")
    page.f('<div class="hot"><h4>24小时热门</h4><ol>' + "".join(f"<li>{esc(t)}</li>" for t in doc["related"]) + "</ol></div>",
           "24小时热门", *doc["related"])
    page.f('<div class="foot">财经网 版权所有 未经许可不得转载<br>违法和不良信息举报电话：12377</div>',
           "财经网 版权所有 未经许可不得转载", "违法和不良信息举报电话：12377")


def d_twschool(page: Page, doc: dict, rng: random.Random) -> None:
    """9 Taiwan school news (s2tw): 最新消息 path, <h2> title, info list (發布單位 / 發布日期 / 點閱次數),
    body, 附件 list, 回上一頁, address footer."""
    school = doc["twschool"]
    page.f(f'<div class="hd"><a href="/">{school}</a> <a href="/sitemap">網站導覽</a> <a href="/en">English</a></div>',
           school, "網站導覽", "English")
    page.links([("/about", "學校簡介"), ("/office", "行政單位"), ("/news", "最新消息"), ("/link", "校園連結")], sep=" ｜ ",
               wrap='<div class="menu">{}</div>')
    page.f('<div class="path">首頁 / 最新消息 / 校園新聞</div>', "首頁 / 最新消息 / 校園新聞")
    page.raw('<div class="news-detail">')
    page.u("title", doc["title"], "<h2>{}</h2>")
    page.raw('<ul class="info">')
    page.u("byline", f"發布單位：{doc['unit']}", "<li>{}</li>")
    page.u("meta", f"發布日期：{ymd(doc, '/')}", "<li>{}</li>")
    page.f(f'<li>點閱次數：{rng.randint(50, 3000)}</li></ul>', "點閱次數：")
    for p in doc["paras"]:
        page.u("paragraph", p, "<p>{}</p>")
    page.f('<div class="att">附件：<a href="/f/1.pdf">活動照片.pdf</a> <a href="/f/2.odt">報名單.odt</a></div>',
           "附件：", "活動照片.pdf", "報名單.odt")
    page.f('<div><a href="javascript:history.back()">回上一頁</a></div></div>', "回上一頁")
    page.f(f'<div class="ft">地址：{doc["twcity"]}中正路{rng.randint(1, 300)}號　電話：(0{rng.randint(2, 8)}){rng.randint(1000000, 9999999)}'
           '<br>本網站建議使用 Chrome 瀏覽器</div>', "地址：", "電話：", "本網站建議使用 Chrome 瀏覽器")


def d_hkngo(page: Page, doc: dict, rng: random.Random) -> None:
    """10 Hong Kong NGO news (s2hk): language switch, menu, 捐款 button, <h1>, date meta, <h3> heads, 捐款支持 box, charity footer."""
    ngo = doc["ngo"]
    page.f('<div class="lang"><a href="/tc">繁</a> | <a href="/sc">简</a> | <a href="/en">EN</a></div>', "繁", "|", "简", "|", "EN")
    page.f(f'<header><div class="logo">{ngo}</div><ul><li>關於我們</li><li>服務單位</li><li>最新消息</li><li>義工招募</li></ul>'
           '<a class="donate" href="/donate">立即捐款</a></header>', ngo, "關於我們", "服務單位", "最新消息", "義工招募", "立即捐款")
    page.u("title", doc["title"], '<article><h1>{}</h1>')
    y, m, d = doc["date"]
    page.u("meta", f"{y}年{m}月{d}日", '<p class="date">{}</p>')
    paras = doc["paras"]
    for i, p in enumerate(paras):
        if i in (2, 5):
            page.u("heading", doc["heads"][i // 3], "<h3>{}</h3>")
        page.u("paragraph", p, "<p>{}</p>")
    page.raw("</article>")
    page.f('<aside class="box"><h4>支持我們</h4><p>你的捐款將用於基層服務。</p><a href="/donate">捐款支持</a></aside>',
           "支持我們", "你的捐款將用於基層服務。", "捐款支持")
    page.f(f'<footer>{ngo}為根據《稅務條例》第88條獲豁免繳稅的慈善機構<br>© 2024 {ngo} 版權所有 | 私隱政策</footer>',
           f"{ngo}為根據《稅務條例》第88條獲豁免繳稅的慈善機構", f"© 2024 {ngo} 版權所有 | 私隱政策")


def d_recruit(page: Page, doc: dict, rng: random.Random) -> None:
    """11 personnel-exam site announcement (招聘公告) in layout tables: path, <font> title, 时间/来源 byline with 阅读,
    一、 heads, 附件 list, contact meta, signing office and date, footer."""
    city = doc["place"]
    page.f(f'<table width="960" align="center"><tr><td><font size="5" color="#cc0000"><b>{city}人事考试网</b></font></td>'
           '<td align="right">设为首页 | 加入收藏</td></tr></table>', f"{city}人事考试网", "设为首页 | 加入收藏")
    page.raw('<table width="960" align="center"><tr><td>')
    page.links([("/", "首页"), ("/tzgg/", "通知公告"), ("/ksap/", "考试安排"), ("/cjcx/", "成绩查询"), ("/zcfg/", "政策法规")],
               sep=" &nbsp; ")
    page.raw("</td></tr></table>")
    page.raw('<table width="960" align="center"><tr><td>')
    page.u("title", doc["title"], '<p align="center"><font size="4"><b>{}</b></font></p>')
    page.u("byline", f"时间：{ymd(doc)}　来源：{doc['office']}", '<p align="center"><font size="2">{}')
    page.f(f'　阅读：{rng.randint(1000, 90000)}次</font></p>', "阅读：")
    heads = ["一、招聘原则", "二、报考条件", "三、报名方式", "四、其他事项"]
    paras = doc["paras"]
    per = max(1, len(paras) // 4)
    for k, h in enumerate(heads):
        page.u("heading", h, "<p><b>{}</b></p>")
        chunk = paras[k * per:(k + 1) * per] if k < 3 else paras[k * per:]
        for p in chunk:
            page.u("paragraph", p, "<p>&nbsp;&nbsp;&nbsp;&nbsp;{}</p>")
    page.u("meta", f"咨询电话：0{rng.randint(100, 999)}-{rng.randint(10 ** 7, 10 ** 8 - 1)}", "<p>&nbsp;&nbsp;&nbsp;&nbsp;{}</p>")
    page.f('<p>附件：<a href="/f/1.xls">1.招聘岗位表.xls</a><br><a href="/f/2.doc">2.报名登记表.doc</a></p>',
           "附件：", "1.招聘岗位表.xls", "2.报名登记表.doc")
    page.u("meta", doc["office"], '<p align="right">{}</p>')
    page.u("meta", f"{doc['date'][0]}年{doc['date'][1]}月{doc['date'][2]}日", '<p align="right">{}</p>')
    page.raw("</td></tr></table>")
    page.f(f'<table width="960" align="center"><tr><td align="center">主办：{city}市人力资源和社会保障局　技术支持：{city}信息中心'
           '</td></tr></table>', f"主办：{city}市人力资源和社会保障局　技术支持：{city}信息中心")


DESIGNS = [  # (name, function, script, native charset)
    ("shop", d_shop, "simp", "utf-8"),
    ("guide", d_guide, "simp", "gb18030"),
    ("univ", d_univ, "simp", "utf-8-bom"),
    ("about", d_about, "simp", "utf-8"),
    ("tech", d_tech, "simp", "utf-8"),
    ("app", d_app, "simp", "utf-8"),
    ("hospital", d_hospital, "simp", "gbk"),
    ("travel", d_travel, "s2tw", "utf-8"),
    ("stock", d_stock, "simp", "utf-8"),
    ("twschool", d_twschool, "s2tw", "utf-8-bom"),
    ("hkngo", d_hkngo, "s2hk", "utf-8"),
    ("recruit", d_recruit, "simp", "gbk"),
]

TITLES = {
    "shop": ["青瓷功夫茶具套装 家用客厅简约泡茶壶茶杯8件套", "手工粗陶茶具套装 办公室会客整套礼盒装"],
    "guide": ["城乡居民基本医疗保险参保登记办事指南", "居住证申领办事指南"],
    "univ": ["学校举办第十届学生科技文化节", "我校师生赴山区开展暑期社会实践"],
    "about": ["关于我们", "企业概况"],
    "tech": ["Python数据清洗实战：从原始新闻文本到结构化数据", "用pandas做文本统计的几个小技巧"],
    "app": ["家门口的变化：老旧小区改造后居民笑了", "周末去哪儿？这份本地活动清单请收好"],
    "hospital": ["心血管内科", "儿科"],
    "travel": ["五天四夜慢游古城，吃喝玩乐全攻略", "第一次带父母出游，这条路线刚刚好"],
    "stock": ["三大指数午后走强 成交额重回万亿", "多家上市公司披露年报 业绩分化明显"],
    "twschool": ["本校學生參加全國科展榮獲佳績", "本學期校園閱讀週活動圓滿落幕"],
    "hkngo": ["長者社區關懷計劃正式啟動", "青少年暑期義工服務分享會"],
    "recruit": ["2024年市属事业单位公开招聘工作人员公告", "2024年公开招聘社区工作者公告"],
}
HEADS = ["产品特点", "使用说明", "坚持问题导向", "市场观察", "机构观点", "后市展望", "背景资料", "服务内容", "活动花絮"]
HOSTS = {"shop": "item.youxuan.com", "guide": "zwfw.{city}.gov.cn", "univ": "news.{school}.edu.cn", "about": "www.{domain}",
         "tech": "blog.kaifa.net", "app": "m.bendibao.cn", "hospital": "www.{city}yy.com", "travel": "www.lvxingjia.com",
         "stock": "finance.caijing.com.cn", "twschool": "www.tzjh.tc.edu.tw", "hkngo": "www.hkcare.org.hk",
         "recruit": "www.{city}pta.gov.cn"}
PINYIN = {"北京": "beijing", "郑州": "zhengzhou", "沈阳": "shenyang", "长沙": "changsha", "成都": "chengdu", "南宁": "nanning",
          "合肥": "hefei", "济南": "jinan", "昆明": "kunming"}
RELATED = ["社区食堂开进老旧小区", "今年春运客流预计创新高", "多地发布消费提振新举措", "新能源汽车下乡活动启动",
           "城市公园免费开放时间延长", "高校毕业生就业服务月启动", "夜间经济带火老街", "农产品直播带货走俏"]
PLACES = [("北京", "京"), ("郑州", "豫"), ("沈阳", "辽"), ("长沙", "湘"), ("成都", "川"), ("南宁", "桂"), ("合肥", "皖"),
          ("济南", "鲁"), ("昆明", "滇")]


def make_doc(n: int, design: int, paras: list[str], rng: random.Random) -> dict:
    name = DESIGNS[design][0]
    place, prov = rng.choice(PLACES)
    doc = {
        "n": n, "title": TITLES[name][n % 2], "date": date(rng), "author": person(rng), "editor": person(rng),
        "source": rng.choice(["证券时报", "中国证券报", "上海证券报", "经济参考报"]), "paras": paras,
        "heads": rng.sample(HEADS, 3), "related": rng.sample(RELATED, 4), "place": place, "prov": prov,
        "caption": f"{place}的活动现场（{person(rng)}摄）", "nick": rng.choice(["码农小周", "数据搬运工", "慢慢走的风", "吃货阿柒"]),
        "office": rng.choice([f"{place}市医疗保障局", f"{place}市公安局", f"{place}市人力资源和社会保障局"]),
        "shop": rng.choice(["青山陶瓷旗舰店", "素心茶器专营店"]), "school": f"{place}理工大学", "unit": rng.choice(["宣传部", "学生处", "团委"]),
        "company": rng.choice(["恒远科技股份有限公司", "新禾食品有限公司"]), "domain": "hengyuan-tech.com",
        "app": rng.choice(["看本地", "城事通"]), "hospital": f"{place}市第一人民医院", "dept": TITLES["hospital"][n % 2],
        "stockname": rng.choice(["东方电气", "华新水泥", "长江电力"]),
        "twschool": rng.choice(["臺中市立中正國民中學", "新北市立光明高級中學"]), "twcity": rng.choice(["臺中市", "新北市"]),
        "ngo": rng.choice(["仁愛社會服務中心", "明光社區協會"]),
        "days": ["Day1 抵达古城", "Day2 老街与博物馆", "Day3 山中徒步"][:2 + n % 2],
        "history": [(1998 + 5 * k + rng.randint(0, 4), ev) for k, ev in
                    enumerate(["公司在高新区注册成立", "首个自主品牌上市", "通过ISO9001质量管理体系认证", "新建生产基地投产"])],
    }
    names = rng.sample(["路人甲", "小石头", "清风徐来", "爱吃鱼的猫", "山那边"], 2)
    doc["comments"] = [(names[k - 1], f"2024-0{k + 5}-1{k}",
                        rng.choice(["写得真好，支持一下。", "学习了，谢谢分享！", "物流很快，包装完好。", "顶一个"])) for k in range(1, 3)]
    return doc


# ----------------------------------------------------------------------------------------------- tools
def dump(tool: str, width: int, path: Path) -> str:
    if tool == "lynx":
        cmd = ["lynx", "-dump", f"-width={width}", "-display_charset=utf-8", "-assume_charset=utf-8", str(path)]
    elif tool == "lynxnolist":
        cmd = ["lynx", "-dump", "-nolist", f"-width={width}", "-display_charset=utf-8", "-assume_charset=utf-8", str(path)]
    elif tool == "lynxnonum":  # the link list as bare URLs, no [N] marks
        cmd = ["lynx", "-dump", "-nonumbers", f"-width={width}", "-display_charset=utf-8", "-assume_charset=utf-8", str(path)]
    elif tool == "lynxinline":  # each link's URL in brackets before its text
        cmd = ["lynx", "-dump", "-list_inline", f"-width={width}", "-display_charset=utf-8", "-assume_charset=utf-8", str(path)]
    elif tool == "w3mlinks":  # [N] marks and a References: list
        cmd = ["w3m", "-dump", "-cols", str(width), "-o", "display_link_number=1", "-I", "utf-8", "-O", "utf-8", "-T", "text/html",
               str(path)]
    elif tool == "w3m":
        cmd = ["w3m", "-dump", "-cols", str(width), "-I", "utf-8", "-O", "utf-8", "-T", "text/html", str(path)]
    elif tool == "html2textpretty":
        cmd = ["html2text", "-utf8", "-nobs", "-style", "pretty", "-width", str(width), str(path)]
    else:
        cmd = ["html2text", "-utf8", "-nobs", "-width", str(width), str(path)]
    out = subprocess.run(cmd, capture_output=True, check=True, env={"HOME": "/tmp", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"}).stdout
    return out.decode("utf-8", errors="replace")


def keyize(text: str) -> tuple[str, list[int]]:
    keys, pos = [], []
    for i, ch in enumerate(text):
        if ch.isspace() or ch == "_":
            continue
        for c in unicodedata.normalize("NFKC", ch):
            if not c.isspace():
                keys.append(c)
                pos.append(i)
    return "".join(keys), pos


DECOR = set("*#•·+-=>|")


def label(text: str, items: list[tuple[str, str]], where: str) -> list[dict]:
    """Gold units of one dump from the page's registry (see the module docstring)."""
    keys, pos = keyize(text)
    content = [(i, keyize(t)[0]) for i, (k, t) in enumerate(items) if k != "furn"]
    cur, spans, furn = 0, [], []
    for i, (kind, t) in enumerate(items):
        key = keyize(t)[0]
        if not key:
            continue
        p = keys.find(key, cur)
        if kind == "furn":
            nxt = next((k for j, k in content if j > i), None)
            q = keys.find(nxt, cur) if nxt else len(keys)
            if p < 0 or (q >= 0 and p > q):
                continue
            furn.append((pos[p], pos[p + len(key) - 1] + 1))
        else:
            if p < 0:
                raise AssertionError(f"{where}: {kind} not found: {t[:30]!r}")
            spans.append((kind, pos[p], pos[p + len(key) - 1] + 1))
        cur = p + len(key)

    def line_start(i):
        return text.rfind("\n", 0, i) + 1

    def line_end(i):
        j = text.find("\n", i)
        return len(text) if j < 0 else j

    starts: list[tuple[int, str]] = []
    bounds = []
    for kind, s, e in spans:
        ls = line_start(s)
        if all(c.isspace() or c in DECOR for c in text[ls:s]):
            s = ls
        le = line_end(e)
        if all(c.isspace() or c in DECOR for c in text[e:le]):
            e = le
        starts.append((s, kind))
        bounds.append((s, e))
    # debris: the gaps, one unit per line, lines joined where one furniture string runs across the break
    gaps, prev = [], 0
    for s, e in bounds:
        gaps.append((prev, s))
        prev = max(prev, e)
    gaps.append((prev, len(text)))
    for gs, ge in gaps:
        pieces = []
        i = gs
        while i < ge:
            j = min(line_end(i), ge)
            seg = text[i:j]
            if seg.strip():
                first = i + len(seg) - len(seg.lstrip())
                pieces.append([first, j])
            i = j + 1
        merged = []
        for pc in pieces:
            if merged and any(fs < merged[-1][1] and fe > pc[0] and fs < pc[0] for fs, fe in furn):
                merged[-1][1] = pc[1]
            else:
                merged.append(pc)
        for a, _ in merged:
            ls = line_start(a)
            a = ls if ls >= gs else a
            starts.append((a, "debris"))
    starts.sort()
    if not starts:
        return []
    starts[0] = (0, starts[0][1])
    units = []
    for k, (s, kind) in enumerate(starts):
        e = starts[k + 1][0] if k + 1 < len(starts) else len(text)
        if text[s:e]:
            units.append({"kind": kind, "text": text[s:e]})
    assert "".join(u["text"] for u in units) == text, where
    return units


def ocr_spaces(text: str, rng: random.Random) -> str:
    """OCR-like spaces: around Latin/digit runs and at random gaps between CJK characters, on about half the lines."""
    out = []
    for line in text.split("\n"):
        if "://" in line or rng.random() < 0.5:
            out.append(line)
            continue
        line = re.sub(r"(?<=[\u4e00-\u9fff])(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])(?=[\u4e00-\u9fff])",
                      lambda m: " " if rng.random() < 0.6 else "", line)
        chars = []
        for i, ch in enumerate(line):
            chars.append(ch)
            if "\u4e00" <= ch <= "\u9fff" and i + 1 < len(line) and "\u4e00" <= line[i + 1] <= "\u9fff" and rng.random() < 0.06:
                chars.append(" ")
        out.append("".join(chars))
    return "\n".join(out)


def encode(text: str, enc: str) -> bytes:
    if "crlf" in enc:
        text = text.replace("\n", "\r\n")
    if enc.startswith("utf-8-bom"):
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    if enc.startswith("gb18030"):
        return text.encode("gb18030")
    return text.encode("utf-8")


# ----------------------------------------------------------------------------------------------- build
def build() -> None:
    rng = random.Random(SEED)
    blks = blocks(DATA)
    dev_paras = paragraphs([s for b in blks[:HELD_FROM] for s in split_sentences(b)], rng)
    held_paras = paragraphs([s for b in blks[HELD_FROM:] for s in split_sentences(b)], rng)
    pd_grams = set().union(*(grams(s) for f in ("example.dev", "example.test") for s in pd_sentences(PD / f)))
    dev_paras = [p for p in dev_paras if not grams(p) & pd_grams]
    dev_grams = set().union(*(grams(p) for p in dev_paras))
    held_paras = [p for p in held_paras if not grams(p) & (dev_grams | pd_grams)]
    rng.shuffle(dev_paras)
    rng.shuffle(held_paras)
    pools = {"dev12": dev_paras, "held12": held_paras}
    convs = {}
    try:
        import opencc
        convs = {"s2tw": opencc.OpenCC("s2tw").convert, "s2hk": opencc.OpenCC("s2hk").convert}
    except ImportError:
        raise SystemExit("opencc is needed (pip install opencc)") from None
    for split in ("dev12", "held12"):  # the folders are shared with batch 12's print part: only w12-* files are ours
        for route in ("text", "native"):
            d = CORPUS / route / split
            d.mkdir(parents=True, exist_ok=True)
            for old in d.glob("w12-*"):
                old.unlink()
    for old in CORPUS.glob("gold/w12-*.json"):
        old.unlink()
    if WORK.exists():
        shutil.rmtree(WORK)
    WORK.mkdir(parents=True)
    manifest, used = [], {"dev12": [], "held12": []}
    widths = [64, 70, 84, 100, 116, 132, 156, 172, 196]
    encs = ["gb18030", "utf-8", "crlf", "utf-8-bom", "gb18030+crlf", "utf-8-bom+crlf", "utf-8"]
    ocr_docs = {2: 0, 9: 3, 19: 2}  # OCR-like spaces on one dump of these pages (page: tool index)
    fileno = 0
    for n in range(24):
        design = n // 2
        name, fn, script, charset = DESIGNS[design]
        split = "dev12" if design < DEV_DESIGNS else "held12"
        drng = random.Random(SEED * 100 + n)
        k = drng.randint(6, 9)
        paras = [pools[split].pop() for _ in range(k)]
        used[split] += paras
        conv = convs.get(script)
        doc = make_doc(n, design, paras, drng)
        page = Page(conv)
        fn(page, doc, drng)
        doc_id = f"w12-{n:03d}"
        declared = {"utf-8-bom": "utf-8"}.get(charset, charset)
        host = HOSTS[name].format(city=PINYIN[doc["place"]], school=PINYIN[doc["place"]][:3] + "ut", domain=doc["domain"])
        base = f'<base href="https://{host}/">\n'
        html = page.document(doc["title"], declared, base)
        raw = html.encode(charset.replace("-bom", "") if charset != "gbk" else "gbk")
        if charset == "utf-8-bom":
            raw = b"\xef\xbb\xbf" + raw
        files = [{"path": f"native/{split}/{doc_id}_html.html", "route": "native", "tool": "html", "encoding": charset}]
        (CORPUS / files[0]["path"]).write_bytes(raw)
        units = [{"kind": k2, "text": t} for k2, t in page.items if k2 != "furn"]
        furniture = [t for k2, t in page.items if k2 == "furn"]
        gold = {"doc_id": f"{doc_id}_html", "source": f"MSRA NER test (SIGHAN 2006) {split}", "units": units, "furniture": furniture}
        (CORPUS / "gold" / f"{doc_id}_html.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        src = WORK / f"{doc_id}.html"
        src.write_text(page.document(doc["title"], "utf-8", base), encoding="utf-8")
        tools = [("lynx", widths[(n * 4) % 9]), ("lynxnolist", widths[(n * 7 + 4) % 9]), ("w3m", widths[(n * 5 + 2) % 9]),
                 ("html2text" if n % 3 != 2 else "html2textpretty", widths[(n * 2 + 1) % 9]),
                 (("w3mlinks", "lynxnonum", "lynxinline", "w3m")[n % 4], widths[(n * 8 + 6) % 9])]
        for t, (tool, w) in enumerate(tools):
            stem = f"{doc_id}_{tool}{w}"
            if any(f["tool"] == f"{tool}{w}" for f in files):
                w = w + 8
                stem = f"{doc_id}_{tool}{w}"
            text = dump(tool, w, src)
            enc = encs[fileno % len(encs)]
            fileno += 1
            if script != "simp" and "gb18030" in enc:
                enc = enc.replace("gb18030", "utf-8")
            if ocr_docs.get(n) == t:
                text = ocr_spaces(text, drng)
                enc += "+ocr-spaces"
            gunits = label(text, page.items, stem)
            assert [u["kind"] for u in gunits if u["kind"] != "debris"] == [u["kind"] for u in units], stem
            data = encode(text, enc)
            path = f"text/{split}/{stem}.txt"
            (CORPUS / path).write_bytes(data)
            decoded = squash(decode_bytes(data).text)
            assert decoded == squash(text), stem
            for u in gunits:
                assert squash(u["text"]) in decoded, stem
            g = {"doc_id": stem, "source": f"MSRA NER test (SIGHAN 2006) {split}", "units": gunits}
            (CORPUS / "gold" / f"{stem}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            files.append({"path": path, "route": "text", "tool": f"{tool}{w}", "encoding": enc})
        manifest.append({"id": doc_id, "split": split, "script": script if script != "simp" else "simp",
                         "template": name, "charset": charset, "sources": [p[:20] for p in paras], "files": files})
    # the two sides share no 15-character stretch of prose
    dg = set().union(*(grams(p) for p in used["dev12"]))
    hg = set().union(*(grams(p) for p in used["held12"]))
    assert not dg & hg and not (dg | hg) & pd_grams
    (CORPUS / "manifest-dev12-web.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(manifest)} pages, {sum(len(d['files']) for d in manifest)} files")


if __name__ == "__main__":
    build()
