"""Batch 11, WEB part: twelve mainstream site designs, two pages each (ids ``w11-000`` .. ``w11-023``).

Designs 0-7 go to ``dev11``, designs 8-11 to ``held11`` only (design-disjoint held-out). Prose: People's
Daily 1998 NER sentences (``/work/shared/data/peoples_daily_ner``), rebuilt and grouped into paragraphs of
60-300 characters: dev11 pages from ``example.dev`` only, held11 pages from ``example.test`` only (a held
paragraph sharing a 15-character stretch with any dev paragraph is refused; asserted again on the built pages).
Everything else on a page (titles, heads, bylines, furniture) is invented here.

Each page is written once as HTML while every visible string is registered in source order as a content unit
(title / heading / byline / meta / paragraph) or a furniture string. Native gold: the content units whole and
the furniture strings. Text gold (per dump): each content unit's characters (NFKC, whitespace and ``_``
ignored) are found in order in the dump; tool decoration on the unit's line (``*``, ``#``, ``•``) goes with the
unit; everything else is debris, one unit per line, lines joined where one registered furniture string is
wrapped across them; lynx's link list one debris unit per line. Whitespace goes with the unit before it,
leading whitespace with the line's first unit. Every unit's text occurs in its file (asserted).

    PYTHONPATH=$PWD python benchmarks/segcorpus/make_dev11_web.py     # needs lynx, w3m, html2text, opencc
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
DATA = Path("/work/shared/data/peoples_daily_ner")
WORK = Path("/tmp/dev11web")
SEED = 1111
DEV_DESIGNS = 8

sys.path.insert(0, str(ROOT))
from annotate.segment.decode import decode_bytes  # noqa: E402
from annotate.segment.score import squash  # noqa: E402

CONTENT = ("title", "heading", "byline", "meta", "paragraph")


# ----------------------------------------------------------------------------------------------- prose
def sentences(path: Path) -> list[str]:
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
    return 2023, rng.randint(1, 12), rng.randint(1, 28)


def d_portal(page: Page, doc: dict, rng: random.Random) -> None:
    """0 news portal article: top nav, breadcrumbs, 字号 bar, share bar, 责任编辑, related list, ICP footer."""
    host = "news.huayuwang.com.cn"
    page.f('<div class="hide">手机版 | 客户端 | 无障碍浏览</div>', "手机版 | 客户端 | 无障碍浏览")
    page.f('<div class="topbar"><span>华语网</span> <a href="https://www.huayuwang.com.cn/">网站首页</a></div>',
           "华语网", "网站首页")
    page.links([(f"https://{host}/{c}/", t) for c, t in (("gn", "国内"), ("gj", "国际"), ("sh", "社会"), ("cj", "财经"),
                                                          ("ty", "体育"), ("kj", "科技"), ("pl", "评论"))],
               sep=" | ", wrap='<div class="nav">{}</div>')
    page.f(f'<div class="crumb">当前位置：<a href="https://{host}/">首页</a> &gt; <a href="https://{host}/gn/">国内新闻</a>'
           ' &gt; 正文</div>', "当前位置：", "首页", ">", "国内新闻", "> 正文")
    page.u("title", doc["title"], '<h1 class="art-title">{}</h1>')
    y, m, d = doc["date"]
    when = f"{y}-{m:02d}-{d:02d} {rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}"
    info = (f"{when}　来源：{doc['source']}　作者：{doc['author']}" if doc["n"] % 2 == 0
            else f"来源：{doc['source']}　作者：{doc['author']}　发布时间：{when}")
    page.u("byline", info, '<div class="info">{}</div>')
    page.f('<div class="tools">【字号 <a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】 <a href="javascript:;">打印</a>'
           ' <a href="javascript:;">关闭</a></div>', "【字号", "大", "中", "小", "】", "打印", "关闭")
    paras = doc["paras"]
    for i, p in enumerate(paras):
        if i == 2:
            page.f(f'<p class="pic"><img src="https://img.{host}/a/{doc["n"]}.jpg" alt=""><br>'
                   f'<span>图为{doc["caption"]}。{doc["author"]}摄</span></p>', f"图为{doc['caption']}。{doc['author']}摄")
        if i and i % 3 == 0 and doc["heads"]:
            page.u("heading", doc["heads"].pop(0), '<p style="text-align:center"><strong>{}</strong></p>')
        page.u("paragraph", p, "<p>&nbsp;&nbsp;&nbsp;&nbsp;{}</p>")
    page.u("meta", f"【责任编辑：{doc['editor']}】", '<div class="editor">{}</div>')
    page.f('<div class="share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a> <a href="javascript:;">QQ空间</a></div>',
           "分享到：", "微信", "微博", "QQ空间")
    page.f('<div class="rel"><h3>相关新闻</h3><ul>', "相关新闻")
    for t in doc["related"]:
        page.f(f'<li><a href="https://{host}/gn/{rng.randint(10000, 99999)}.html">{esc(t)}</a></li>', t)
    page.raw("</ul></div>")
    page.f('<div class="footer"><p>关于我们 | 联系我们 | 广告服务 | 网站地图</p><p>Copyright © 2023 华语网 版权所有</p>'
           f'<p>京ICP备{rng.randint(10000000, 99999999)}号</p></div>',
           "关于我们 | 联系我们 | 广告服务 | 网站地图", "Copyright © 2023 华语网 版权所有", "京ICP备")


def d_gov(page: Page, doc: dict, rng: random.Random) -> None:
    """1 government notice in layout tables: 发布时间/来源 byline with 浏览次数, addressee, 一、 heads, 附件, signature."""
    city = doc["place"]
    page.f('<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr>'
           f'<td class="logo">{city}市人民政府</td></tr></table>', f"{city}市人民政府")
    page.raw('<table width="980" align="center"><tr><td class="menu">')
    page.links([("/", "首页"), ("/zwgk/", "政务公开"), ("/zwfw/", "政务服务"), ("/hdjl/", "互动交流"), ("/zjxx/", f"走进{city}")],
               sep="&nbsp;&nbsp;")
    page.raw("</td></tr></table>")
    page.f('<table width="980" align="center"><tr><td class="pos">您当前的位置：<a href="/">首页</a> &gt;&gt; '
           '<a href="/zwgk/">政务公开</a> &gt;&gt; <a href="/zwgk/tzgg/">通知公告</a></td></tr></table>',
           "您当前的位置：", "首页", ">>", "政务公开", ">>", "通知公告")
    page.raw('<table width="980" align="center" class="main"><tr><td>')
    page.u("title", doc["title"], '<div align="center" class="bt"><font size="5"><b>{}</b></font></div>')
    y, m, d = doc["date"]
    page.u("byline", f"发布时间：{y}-{m:02d}-{d:02d}　来源：{doc['source']}", '<div align="center" class="xx">{}')
    page.f(f'&nbsp;&nbsp;<span>浏览次数：{rng.randint(200, 9000)}</span></div>', "浏览次数：")
    page.f('<div align="right">【<a href="javascript:;">打印本页</a>】【<a href="javascript:;">关闭窗口</a>】</div><hr>', "【", "打印本页", "】【", "关闭窗口", "】")
    page.u("paragraph", doc["addressee"], "<p>{}</p>")
    heads = doc["heads"]
    for i, p in enumerate(doc["paras"]):
        if i % 2 == 0 and heads:
            page.u("heading", f"{'一二三四五'[i // 2]}、{heads.pop(0)}", '<p style="text-indent:2em"><b>{}</b></p>')
        page.u("paragraph", p, '<p style="text-indent:2em">{}</p>')
    page.f('<p>附件：<a href="/u/1.doc">1.申报表.doc</a><br><a href="/u/2.xls">2.汇总表.xls</a></p>',
           "附件：", "1.申报表.doc", "2.汇总表.xls")
    page.u("meta", doc["office"], '<p align="right">{}</p>')
    page.u("meta", f"{y}年{m}月{d}日", '<p align="right">{}</p>')
    page.raw("</td></tr></table>")
    page.f('<table width="980" align="center" class="foot"><tr><td>主办：'
           f'{city}市人民政府办公室　承办：{city}市大数据中心<br>网站标识码：{rng.randint(1000000000, 9999999999)}　'
           f'ICP备案号：{doc["prov"]}ICP备{rng.randint(10000000, 99999999)}号</td></tr></table>',
           f"主办：{city}市人民政府办公室", f"承办：{city}市大数据中心", "网站标识码：", "ICP备案号：")


def d_wiki(page: Page, doc: dict, rng: random.Random) -> None:
    """2 encyclopedia entry: search bar, summary, infobox, TOC, numbered h2 sections, references, tags."""
    page.f('<div class="header"><a href="/">百知百科</a> <form><input name="q"><button>进入词条</button>'
           '<button>全站搜索</button></form></div>', "百知百科")
    page.u("title", doc["title"], '<h1 class="lemma-title">{}</h1>')
    page.f('<div class="lemma-tools"><a href="javascript:;">编辑</a> <a href="javascript:;">讨论</a> <a href="javascript:;">收藏</a></div>',
           "编辑", "讨论", "收藏")
    paras = doc["paras"]
    page.u("paragraph", paras[0], '<div class="lemma-summary"><div class="para">{}</div></div>')
    page.f('<dl class="basic-info">', )
    for k, v in doc["infobox"]:
        page.f(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>", k, v)
    page.raw("</dl>")
    heads = doc["wikiheads"]
    page.f('<div class="toc"><h2>目录</h2><ol>', "目录")
    for i, h in enumerate(heads, 1):
        page.f(f'<li><a href="#{i}">{i} {esc(h)}</a></li>', f"{i} {h}")
    page.raw("</ol></div>")
    rest = paras[1:]
    per = max(1, len(rest) // len(heads))
    for i, h in enumerate(heads):
        page.u("heading", f"{i + 1} {h}", f'<h2 id="{i + 1}">{{}}</h2>')
        chunk = rest[i * per:(i + 1) * per] if i < len(heads) - 1 else rest[i * per:]
        for p in chunk:
            page.u("paragraph", p, '<div class="para">{}</div>')
    page.f('<div class="refs"><h2>参考资料</h2><ol>', "参考资料")
    for j in range(3):
        t = f"{doc['related'][j]}．{doc['source']}．{doc['date'][0]}-0{j + 3}-1{j}"
        page.f(f"<li>{esc(t)}</li>", t)
    page.raw("</ol></div>")
    page.f(f'<div class="tags">词条标签：<span>{doc["tags"][0]}</span> <span>{doc["tags"][1]}</span></div>',
           "词条标签：", *doc["tags"])
    page.f(f'<div class="foot">浏览次数：{rng.randint(1000, 90000)}次　编辑次数：{rng.randint(3, 60)}次</div>'
           '<div class="copy">©2023 百知百科 使用前必读 百科协议</div>', "浏览次数：", "编辑次数：", "©2023 百知百科 使用前必读 百科协议")


def d_blog(page: Page, doc: dict, rng: random.Random) -> None:
    """3 personal blog post: blog head, post title, byline, <br><br> body, tags, prev/next, comments, sidebar."""
    name = doc["author"]
    page.f(f'<div id="blog-title"><a href="/">{name}的博客</a></div><div class="desc">记录生活，分享点滴</div>',
           f"{name}的博客", "记录生活，分享点滴")
    page.links([("/", "首页"), ("/archive", "归档"), ("/about", "关于"), ("/rss", "订阅")], sep=" · ", wrap='<div class="menu">{}</div>')
    page.raw('<div class="post">')
    page.u("title", doc["title"], '<h2 class="post-title">{}</h2>')
    y, m, d = doc["date"]
    page.u("byline", f"作者：{name}　发表于 {y}年{m}月{d}日", '<div class="post-meta">{}</div>')
    page.f(f'<div class="post-meta2">分类：<a href="javascript:;">随笔</a> | 阅读({rng.randint(50, 999)}) | 评论({len(doc["comments"])})</div>',
           "分类：", "随笔", "| 阅读(", ") | 评论(", ")")
    page.raw('<div class="post-body">')
    paras = doc["paras"]
    for i, p in enumerate(paras):
        if i == len(paras) // 2 and doc["n"] % 2 == 0:
            page.u("heading", doc["heads"][0], "<h3>{}</h3>")
        page.u("paragraph", p, "{}<br><br>" if i < len(paras) - 1 else "{}")
    page.raw("</div>")
    page.f(f'<div class="tags">标签：<a href="javascript:;">{doc["tags"][0]}</a> <a href="javascript:;">{doc["tags"][1]}</a></div>',
           "标签：", *doc["tags"])
    page.f(f'<div class="nav-post">« 上一篇：<a href="javascript:;">{doc["related"][0]}</a><br>下一篇：<a href="javascript:;">{doc["related"][1]}</a> »</div>',
           "« 上一篇：", doc["related"][0], "下一篇：", doc["related"][1], "»")
    page.raw('</div><div class="comments">')
    page.f(f'<h4>{len(doc["comments"])} 条评论</h4>', "条评论")
    for who, when, what in doc["comments"]:
        page.f(f'<div class="c"><b>{who}</b> 说：<br>{esc(what)}<br><small>{when} <a href="javascript:;">回复</a></small></div>',
               who, "说：", what, when, "回复")
    page.f('<div class="form"><p>发表评论</p><textarea rows="4"></textarea><br><input type="submit" value="提交评论"></div>',
           "发表评论", "提交评论")
    page.raw("</div>")
    page.f('<div class="side"><h4>文章归档</h4><ul><li>2023年6月 (4)</li><li>2023年5月 (7)</li><li>2023年4月 (3)</li></ul>'
           '<h4>友情链接</h4><ul><li><a href="javascript:;">读书笔记</a></li><li><a href="javascript:;">摄影小站</a></li></ul></div>',
           "文章归档", "2023年6月 (4)", "2023年5月 (7)", "2023年4月 (3)", "友情链接", "读书笔记", "摄影小站")
    page.f(f'<div class="foot">Powered by WordPress | © 2023 {name}的博客</div>', "Powered by WordPress", f"© 2023 {name}的博客")


def d_forum(page: Page, doc: dict, rng: random.Random) -> None:
    """4 forum thread (div layout): board path, thread title with tag, 楼主 post with author line, replies."""
    page.f('<div id="hd"><a href="/">城市生活论坛</a> <a href="javascript:;">登录</a> | <a href="javascript:;">注册</a></div>',
           "城市生活论坛", "登录", "|", "注册")
    page.f('<div id="pt">城市生活论坛 › <a href="javascript:;">生活杂谈</a> › 查看帖子</div>', "城市生活论坛 ›", "生活杂谈", "› 查看帖子")
    page.f(f'<div class="views">查看：{rng.randint(300, 9000)} | 回复：{len(doc["comments"])}</div>', "查看：", "| 回复：")
    page.f('<span class="tag">[原创]</span>', "[原创]")
    page.u("title", doc["title"], '<h1 class="ts">{}</h1>')
    page.f('<div class="btns"><a href="javascript:;">只看楼主</a> <a href="javascript:;">倒序浏览</a> <a href="javascript:;">回复</a></div>',
           "只看楼主", "倒序浏览", "回复")
    page.f(f'<div class="post"><div class="author">{doc["nick"]}<br>积分 {rng.randint(100, 5000)}</div>', doc["nick"], "积分")
    page.f('<div class="floor">楼主</div>', "楼主")
    y, m, d = doc["date"]
    page.u("byline", f"{doc['nick']} 发表于 {y}-{m}-{d} {rng.randint(8, 23)}:{rng.randint(10, 59)}", '<div class="authi">{}</div>')
    page.raw('<div class="t_f">')
    for i, p in enumerate(doc["paras"]):
        page.u("paragraph", p, "{}<br>\n<br>\n" if i < len(doc["paras"]) - 1 else "{}")
    page.raw("</div>")
    if doc["n"] % 2 == 0:
        page.f('<div class="sign">―――――――――<br>生活不止眼前的苟且</div>', "―――――――――", "生活不止眼前的苟且")
    page.raw("</div>")
    for k, (who, when, what) in enumerate(doc["comments"], 2):
        page.f(f'<div class="post"><div class="author">{who}</div><div class="floor">{k}楼</div>'
               f'<div class="authi">{who} 发表于 {when}</div><div class="t_f">{esc(what)}</div></div>',
               who, f"{k}楼", f"{who} 发表于 {when}", what)
    page.f('<div class="pg">1 <a href="javascript:;">2</a> <a href="javascript:;">下一页</a></div>', "1", "2", "下一页")
    page.f('<div class="fastpost"><textarea></textarea><button>发表回复</button></div>', "发表回复")
    page.f('<div id="ft">Powered by Discuz! X3.4 © 2001-2023 Comsenz Inc.</div>', "Powered by Discuz! X3.4", "© 2001-2023 Comsenz Inc.")


def d_corp(page: Page, doc: dict, rng: random.Random) -> None:
    """5 corporate press release: company nav, 新闻中心 path, dateline opening the first paragraph, 关于 boilerplate."""
    co = doc["company"]
    page.f(f'<header><div class="logo">{co}</div><nav><ul><li><a href="/">首页</a></li><li><a href="/about">关于我们</a></li>'
           '<li><a href="/products">产品中心</a></li><li><a href="/news">新闻中心</a></li><li><a href="/ir">投资者关系</a></li>'
           '<li><a href="/contact">联系我们</a></li></ul></nav></header>',
           co, "首页", "关于我们", "产品中心", "新闻中心", "投资者关系", "联系我们")
    page.f('<div class="banner"><h2>新闻中心</h2><p>NEWS CENTER</p></div>', "新闻中心", "NEWS CENTER")
    page.f('<div class="sub"><a href="javascript:;">公司新闻</a> <a href="javascript:;">行业动态</a> <a href="javascript:;">媒体报道</a></div>',
           "公司新闻", "行业动态", "媒体报道")
    page.u("title", doc["title"], '<article><h1>{}</h1>')
    y, m, d = doc["date"]
    page.u("byline", f"发布日期：{y}-{m:02d}-{d:02d}　来源：{co}品牌部", '<div class="date">{}</div>')
    paras = doc["paras"]
    first = f"（{y}年{m}月{d}日，{doc['place']}）{paras[0]}"
    page.u("paragraph", first, "<p>{}</p>")
    heads = list(doc["heads"])
    for i, p in enumerate(paras[1:-1], 1):
        if i % 2 == 1 and heads:
            page.u("heading", heads.pop(0), "<p><strong>{}</strong></p>")
        page.u("paragraph", p, "<p>{}</p>")
    page.u("heading", f"关于{co}", "<h3>{}</h3>")
    page.u("paragraph", paras[-1], "<p>{}</p>")
    page.u("meta", f"媒体联系：{doc['editor']}　电话：010-{rng.randint(60000000, 89999999)}　邮箱：press@{doc['domain']}",
           '<p class="contact">{}</p></article>')
    page.f('<div class="pn"><a href="javascript:;">上一条</a> <a href="javascript:;">下一条</a> <a href="/news">返回列表</a></div>',
           "上一条", "下一条", "返回列表")
    page.f(f'<footer><p>© 2023 {co} 版权所有</p><p>沪ICP备{rng.randint(10000000, 99999999)}号-1　隐私政策　法律声明</p></footer>',
           f"© 2023 {co} 版权所有", "沪ICP备", "隐私政策", "法律声明")


def d_twnews(page: Page, doc: dict, rng: random.Random) -> None:
    """6 Taiwan news site (s2tw): 首页 > 新闻 path, 放大 缩小, share bar, 记者 dateline in the first paragraph, 延伸阅读."""
    page.f('<div class="top"><a href="/">自由時報電子報</a> <a href="javascript:;">訂閱</a> <a href="javascript:;">登入</a></div>',
           "自由時報電子報", "訂閱", "登入")
    page.links([("/", "首页"), ("/news", "新闻"), ("/news/politics", "政治"), ("/news/life", "生活"), ("/news/world", "国际")],
               sep=" ", wrap='<nav class="channel">{}</nav>')
    page.f('<div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/news">新闻</a> &gt; <a href="javascript:;">生活</a></div>',
           "首页", ">", "新闻", ">", "生活")
    page.u("title", doc["title"], "<h1>{}</h1>")
    y, m, d = doc["date"]
    page.u("meta", f"{y}/{m:02d}/{d:02d} {rng.randint(5, 23):02d}:{rng.randint(0, 59):02d}", '<span class="time">{}</span>')
    page.f('<div class="font">字级：<a href="javascript:;">放大</a> <a href="javascript:;">缩小</a></div>', "字级：", "放大", "缩小")
    page.f('<div class="share"><a href="javascript:;">分享</a> <a href="javascript:;">Facebook</a> <a href="javascript:;">LINE</a> <a href="javascript:;">複製連結</a></div>',
           "分享", "Facebook", "LINE", "複製連結")
    paras = doc["paras"]
    page.u("paragraph", f"〔记者{doc['author']}／{doc['place']}报导〕{paras[0]}", "<p>{}</p>")
    for i, p in enumerate(paras[1:], 1):
        if i == 3:
            page.f(f'<p class="pic">{esc(doc["caption"])}。（记者{doc["author"]}摄）</p>', f"{doc['caption']}。（记者{doc['author']}摄）")
        if i % 3 == 0 and doc["heads"]:
            page.u("heading", doc["heads"].pop(0), "<h2>{}</h2>")
        page.u("paragraph", p, "<p>{}</p>")
    page.f('<div class="ad">不用抽 不用抢 现在用APP看新闻 保证天天中奖</div>', "不用抽 不用抢 现在用APP看新闻 保证天天中奖")
    page.f('<div class="related"><h3>延伸阅读</h3><ul>', "延伸阅读")
    for t in doc["related"]:
        page.f(f'<li><a href="/news/life/{rng.randint(4000000, 4999999)}">{esc(t)}</a></li>', t)
    page.raw("</ul></div>")
    page.f('<footer>自由时报版权所有不得转载 © 2023 The Liberty Times. All Rights Reserved.</footer>',
           "自由时报版权所有不得转载", "© 2023 The Liberty Times. All Rights Reserved.")


def d_wechat(page: Page, doc: dict, rng: random.Random) -> None:
    """7 WeChat-style article saved as HTML: rich_media title, 原创 author account date line, <section> body."""
    acct = doc["account"]
    page.f('<div class="hide" id="js_pc_qr_code">微信扫一扫<br>使用小程序</div>', "微信扫一扫", "使用小程序")
    page.raw('<div id="js_article" class="rich_media"><div class="rich_media_inner">')
    page.u("title", doc["title"], '<h1 class="rich_media_title" id="activity-name">\n            {}\n</h1>')
    y, m, d = doc["date"]
    page.f('<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta original_primary">原创</span>', "原创")
    page.u("byline", f"{doc['author']} {acct} {y}-{m:02d}-{d:02d} {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d} 发表于{doc['place']}",
           '<span class="rich_media_meta_text">{}</span></div>')
    page.raw('<div class="rich_media_content" id="js_content">')
    paras = doc["paras"]
    heads = list(doc["heads"])
    for i, p in enumerate(paras):
        if i and i % 3 == 0 and heads:
            page.u("heading", heads.pop(0), '<section style="text-align:center"><p><strong><span>{}</span></strong></p></section>')
        if i == 1:
            page.f(f'<section><img data-src="https://mmbiz.qpic.cn/x/{doc["n"]}/640"><p><span style="color:#888">'
                   f'{esc(doc["caption"])}</span></p></section>', doc["caption"])
        page.u("paragraph", p, '<section><p style="text-indent:2em"><span style="font-size:15px">{}</span></p></section>')
    page.f('<section><p><span>- END -</span></p></section>', "- END -")
    page.u("byline", f"来源：{acct}", "<section><p>{}</p>")
    page.u("meta", f"编辑：{doc['editor']}", "<p>{}</p></section>")
    page.raw("</div>")
    page.f(f'<div class="rich_media_tool"><a href="javascript:;">阅读原文</a> 阅读 {rng.randint(1000, 99999)} <a href="javascript:;">赞</a> <a href="javascript:;">在看</a></div>',
           "阅读原文", "阅读", "赞", "在看")
    page.f('<div class="qr">微信扫一扫<br>关注该公众号</div>', "微信扫一扫", "关注该公众号")
    page.raw("</div></div>")


def d_hknews(page: Page, doc: dict, rng: random.Random) -> None:
    """8 HK news site (s2hk): 首頁 > 港聞, 放大 縮小, 分享, 即時 tag, h1, date line, paragraphs, 相關新聞, 熱門."""
    page.f('<div class="mast">香港日报 <span>HONG KONG DAILY</span></div>', "香港日报", "HONG KONG DAILY")
    page.links([("/", "首页"), ("/hk", "港闻"), ("/china", "两岸"), ("/intl", "国际"), ("/fin", "财经"), ("/ent", "娱乐")],
               sep=" ｜ ", wrap='<div class="menu">{}</div>')
    page.f('<p class="crumb"><a href="/">首页</a> &gt; <a href="/hk">新闻</a> &gt; 港闻</p>', "首页", ">", "新闻", "> 港闻")
    page.f('<span class="tag">即时</span>', "即时")
    page.u("title", doc["title"], "<h1>{}</h1>")
    y, m, d = doc["date"]
    page.u("meta", f"{y}年{m}月{d}日 {rng.randint(5, 23):02d}:{rng.randint(0, 59):02d}", '<div class="date">{}</div>')
    page.f('<div class="tools">字体：<a href="javascript:;">放大</a> <a href="javascript:;">缩小</a>　<a href="javascript:;">分享</a>　<a href="javascript:;">列印</a></div>',
           "字体：", "放大", "缩小", "分享", "列印")
    paras = doc["paras"]
    for i, p in enumerate(paras):
        if i and i % 3 == 0 and doc["heads"]:
            page.u("heading", doc["heads"].pop(0), "<h3>{}</h3>")
        page.u("paragraph", p, "<p>{}</p>")
    page.u("byline", f"（记者 {doc['author']}）", '<p class="reporter">{}</p>')
    page.f('<div class="rel"><h4>相关新闻</h4>', "相关新闻")
    for t in doc["related"]:
        page.f(f'<p>‧ <a href="/hk/{rng.randint(100000, 999999)}">{esc(t)}</a></p>', "‧", t)
    page.raw("</div>")
    page.f('<div class="hot"><h4>热门</h4><ol><li>天文台发出强烈季候风信号</li><li>港铁新线下月通车</li></ol></div>',
           "热门", "天文台发出强烈季候风信号", "港铁新线下月通车")
    page.f('<footer>© 香港日报有限公司 版权所有 ｜ 私隐政策 ｜ 免责声明</footer>', "© 香港日报有限公司 版权所有", "｜ 私隐政策 ｜ 免责声明")


def d_qa(page: Page, doc: dict, rng: random.Random) -> None:
    """9 Q&A page: question title and description, one shown answer (author, body, 编辑于), vote bar, related questions."""
    page.f('<noscript>你的浏览器已禁用 JavaScript，请开启后刷新页面</noscript>', "你的浏览器已禁用 JavaScript，请开启后刷新页面")
    page.f('<header><a href="/">问答社区</a> <a href="javascript:;">首页</a> <a href="javascript:;">发现</a> <a href="javascript:;">等你来答</a> '
           '<input placeholder="搜索"> <button>提问</button></header>', "问答社区", "首页", "发现", "等你来答", "提问")
    page.f(f'<div class="topics"><span>{doc["tags"][0]}</span> <span>{doc["tags"][1]}</span></div>', *doc["tags"])
    page.u("title", doc["title"], '<h1 class="QuestionHeader-title">{}</h1>')
    paras = doc["paras"]
    page.u("paragraph", paras[0], '<div class="QuestionRichText"><p>{}</p></div>')
    page.f(f'<div class="qbar"><button>关注问题</button> <button>写回答</button> 关注者 {rng.randint(50, 9000)} 被浏览 '
           f'{rng.randint(10000, 999999)}</div>', "关注问题", "写回答", "关注者", "被浏览")
    page.f(f'<div class="list-head">{rng.randint(8, 90)} 个回答 <a href="javascript:;">默认排序</a></div>', "个回答", "默认排序")
    page.f(f'<div class="AuthorInfo"><span class="name">{doc["nick"]}</span><div class="badge">{doc["badge"]}</div></div>',
           doc["nick"], doc["badge"])
    page.f(f'<div class="Voters">{rng.randint(20, 3000)} 人赞同了该回答</div>', "人赞同了该回答")
    page.raw('<div class="RichContent">')
    for i, p in enumerate(paras[1:], 1):
        if i == 3 and doc["heads"]:
            page.u("heading", doc["heads"][0], "<h3>{}</h3>")
        page.u("paragraph", p, "<p>{}</p>")
    y, m, d = doc["date"]
    page.u("meta", f"编辑于 {y}-{m:02d}-{d:02d} {rng.randint(6, 23):02d}:{rng.randint(0, 59):02d}・IP 属地{doc['place']}",
           '<div class="ContentItem-time">{}</div></div>')
    page.f(f'<div class="actions"><button>赞同 {rng.randint(20, 3000)}</button> <button>{rng.randint(2, 99)} 条评论</button> '
           '<button>分享</button> <button>收藏</button> <button>喜欢</button></div>',
           "赞同", "条评论", "分享", "收藏", "喜欢")
    page.f('<div class="more"><a href="javascript:;">查看全部回答</a></div>', "查看全部回答")
    page.f('<aside><h4>相关问题</h4>', "相关问题")
    for t in doc["related"]:
        page.f(f'<p><a href="javascript:;">{esc(t)}？</a> {rng.randint(3, 200)} 个回答</p>', f"{t}？", "个回答")
    page.f('</aside><footer>刘看山 · 问答指南 · 问答协议 · 隐私保护指引 · 联系我们</footer>',
           "刘看山 · 问答指南 · 问答协议 · 隐私保护指引 · 联系我们")


def d_policy(page: Page, doc: dict, rng: random.Random) -> None:
    """10 policy-document page: 信息索引 table (索引号 / 发布机构 / 文号 / 成文日期), 文号 line, 第X条 heads, 扫一扫."""
    dept = doc["office"]
    page.f(f'<div class="head">{doc["prov"]}省人民政府门户网站</div>', f"{doc['prov']}省人民政府门户网站")
    page.links([("/", "首页"), ("/zw", "政务"), ("/zc", "政策"), ("/fw", "服务"), ("/hd", "互动")], sep=" ", wrap='<div class="nav">{}</div>')
    page.f('<div class="loc">首页 &gt; 政策 &gt; 政策文件</div>', "首页 > 政策 > 政策文件")
    y, m, d = doc["date"]
    num = f"{doc['prov']}政办发〔{y}〕{rng.randint(2, 60)}号"
    page.f('<table class="xxgk" border="1" cellspacing="0">', )
    rows = [("索引号：", f"11{rng.randint(100000, 999999)}/{y}-{rng.randint(10000, 99999)}"), ("主题分类：", "综合政务"),
            ("发布机构：", dept), ("成文日期：", f"{y}年{m}月{d}日"), ("文号：", num), ("发布日期：", f"{y}年{m}月{d + 1}日")]
    for i in range(0, len(rows), 2):
        (a, b), (c, e) = rows[i], rows[i + 1]
        page.f(f"<tr><td>{a}</td><td>{esc(b)}</td><td>{c}</td><td>{esc(e)}</td></tr>", a, b, c, e)
    page.raw("</table>")
    page.u("title", doc["title"], '<h1 class="title">{}</h1>')
    page.u("meta", num, '<p class="wh" align="center">{}</p>')
    page.u("paragraph", doc["addressee"], "<p>{}</p>")
    heads = list(doc["heads"])
    for i, p in enumerate(doc["paras"]):
        if i % 2 == 0 and heads:
            page.u("heading", f"{'一二三四五'[i // 2]}、{heads.pop(0)}", "<h4>{}</h4>")
        page.u("paragraph", p, "<p>&nbsp;&nbsp;&nbsp;&nbsp;{}</p>")
    page.u("meta", dept, '<p style="text-align:right">{}</p>')
    page.u("meta", f"{y}年{m}月{d}日", '<p style="text-align:right">{}</p>')
    page.f('<p>（此件公开发布）</p>', "（此件公开发布）")
    page.f('<div class="related">相关解读：<a href="javascript:;">一图读懂</a> <a href="javascript:;">政策问答</a></div>', "相关解读：", "一图读懂", "政策问答")
    page.f('<div class="tools">【<a href="javascript:;">打印</a>】【<a href="javascript:;">关闭</a>】 扫一扫在手机打开当前页</div>',
           "【", "打印", "】【", "关闭", "】", "扫一扫在手机打开当前页")
    page.f(f'<div class="foot">{doc["prov"]}省人民政府办公厅主办 版权所有<br>网站标识码：{rng.randint(1000000000, 9999999999)}</div>',
           f"{doc['prov']}省人民政府办公厅主办 版权所有", "网站标识码：")


def d_oldnews(page: Page, doc: dict, rng: random.Random) -> None:
    """11 older news site in tables with <font>: inline byline 来源 日期 记者, <br>-separated paragraphs with &nbsp; indents."""
    site = doc["source"]
    page.f(f'<table width="760" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td><font size="5" color="#cc0000">'
           f'<b>{site}网</b></font></td></tr>', f"{site}网")
    page.raw('<tr><td bgcolor="#cc0000"><font color="#ffffff">')
    page.links([("/", "首页"), ("/xw", "新闻"), ("/ty", "体育"), ("/yl", "娱乐"), ("/cj", "财经"), ("/lt", "论坛")], sep=" | ")
    page.raw("</font></td></tr></table>")
    page.raw('<table width="760" align="center"><tr><td>')
    page.u("title", doc["title"], '<p align="center"><font size="4"><b>{}</b></font></p>')
    y, m, d = doc["date"]
    page.u("byline", f"来源：{site}　{y}年{m}月{d}日　记者 {doc['author']}", '<p align="center"><font size="2" color="#666666">{}</font></p>')
    page.raw('<font style="font-size:14px">')
    paras = doc["paras"]
    for i, p in enumerate(paras):
        if i and i % 3 == 0 and doc["heads"]:
            page.u("heading", doc["heads"].pop(0), "<br><b>{}</b><br>")
        page.u("paragraph", p, "&nbsp;&nbsp;&nbsp;&nbsp;{}<br>\n")
    page.raw("</font>")
    page.u("meta", f"（编辑：{doc['editor']}）", '<p align="right">{}</p>')
    page.f('<p align="center">[<a href="javascript:;">发表评论</a>] [<a href="javascript:;">打印本页</a>] [<a href="javascript:;">关闭窗口</a>]</p>',
           "[", "发表评论", "] [", "打印本页", "] [", "关闭窗口", "]")
    page.raw("</td></tr></table>")
    page.f('<table width="760" align="center"><tr><td><b>相关文章：</b><br>', "相关文章：")
    for t in doc["related"]:
        page.f(f'·<a href="javascript:;">{esc(t)}</a><br>', "·", t)
    page.raw("</td></tr></table>")
    page.f(f'<table width="760" align="center"><tr><td align="center"><font size="2">版权所有 {site}网 Copyright 2003-2023<br>'
           f'未经授权禁止复制或建立镜像</font></td></tr></table>', f"版权所有 {site}网 Copyright 2003-2023", "未经授权禁止复制或建立镜像")


DESIGNS = [  # (name, function, script, native charset)
    ("portal", d_portal, "simp", "utf-8"),
    ("gov", d_gov, "simp", "gbk"),
    ("wiki", d_wiki, "simp", "utf-8-bom"),
    ("blog", d_blog, "simp", "utf-8"),
    ("forum", d_forum, "simp", "gb18030"),
    ("corp", d_corp, "simp", "utf-8"),
    ("twnews", d_twnews, "s2tw", "utf-8"),
    ("wechat", d_wechat, "simp", "utf-8"),
    ("hknews", d_hknews, "s2hk", "utf-8-bom"),
    ("qa", d_qa, "simp", "utf-8"),
    ("policy", d_policy, "simp", "gb18030"),
    ("oldnews", d_oldnews, "simp", "gbk"),
]

TITLES = {
    "portal": ["多地推进旧货市场建设 助力下岗职工再就业", "全国春耕生产有序展开 农资供应总体充足"],
    "gov": ["关于做好2023年度农村公路养护工作的通知", "关于开展安全生产大检查工作的通知"],
    "wiki": ["月山车站", "国防科技大学"],
    "blog": ["周末去郊外走了走", "重读旧书的一点感想"],
    "forum": ["说说我们小区最近的变化", "带孩子去科技馆的一天"],
    "corp": ["华信集团发布年度社会责任报告", "华信集团与高校签署产学研合作协议"],
    "twnews": ["山区小学迎来新校舍 学童开心上课", "老街市集重新开张 人潮涌入"],
    "wechat": ["这些变化，正在发生在你我身边", "一图读懂：今年的民生实事"],
    "hknews": ["政府公布新一轮扶贫措施 惠及十万户", "多区推动社区体育设施翻新"],
    "qa": ["如何看待近年来县城经济的发展", "普通人该怎样理解科技强国"],
    "policy": ["省人民政府办公厅关于加强旧货市场管理的意见", "省人民政府办公厅关于促进民族地区发展的实施意见"],
    "oldnews": ["尤伯杯决赛今晚打响 中国女队力争卫冕", "老城区改造工程全面启动"],
}
HEADS = ["坚持问题导向", "加强组织领导", "强化工作保障", "狠抓落实见效", "各方反响热烈", "下一步工作安排", "背景资料",
         "多方协同推进", "群众反映良好"]
WIKIHEADS = ["历史沿革", "主要特点", "社会影响", "发展现状", "组织机构", "地理位置", "相关事件"]
HOSTS = {"portal": "news.huayuwang.com.cn", "gov": "www.{city}.gov.cn", "wiki": "baike.baizhi.com", "blog": "blog.xiaozhan.net",
         "forum": "bbs.chengshi.com", "corp": "www.huaxin-group.com.cn", "twnews": "news.ltn.com.tw", "wechat": "mp.weixin.qq.com",
         "hknews": "news.hkdaily.com.hk", "qa": "www.wenda.com", "policy": "www.{city}.gov.cn", "oldnews": "www.{source}.com.cn"}
PINYIN = {"北京": "beijing", "郑州": "zhengzhou", "沈阳": "shenyang", "长沙": "changsha", "成都": "chengdu", "南宁": "nanning",
          "合肥": "hefei", "人民日报": "rmrb", "新华社": "xhs", "经济日报": "jjrb", "光明日报": "gmrb"}
RELATED = ["全国旧货市场交易额稳步增长", "春季农业生产形势总体向好", "多地出台稳就业新举措", "基层干部学习高科技知识",
           "铁路部门做好春运保障", "城市公共交通服务持续改善", "高校招收外国留学生人数增加", "脱贫攻坚取得阶段性成效"]
PLACES = [("北京", "京"), ("郑州", "豫"), ("沈阳", "辽"), ("长沙", "湘"), ("成都", "川"), ("南宁", "桂"), ("合肥", "皖")]


def make_doc(n: int, design: int, paras: list[str], rng: random.Random) -> dict:
    name = DESIGNS[design][0]
    place, prov = rng.choice(PLACES)
    doc = {
        "n": n, "title": TITLES[name][n % 2], "date": date(rng), "author": person(rng), "editor": person(rng),
        "source": rng.choice(["人民日报", "新华社", "经济日报", "光明日报"]), "paras": paras,
        "heads": rng.sample(HEADS, 3), "wikiheads": rng.sample(WIKIHEADS, 3), "related": rng.sample(RELATED, 4), "place": place, "prov": prov,
        "caption": f"{place}市民在活动现场参观", "nick": rng.choice(["老街坊", "风中的树", "阿木木", "晴天小猪"]),
        "addressee": f"各{'区' if n % 2 else '县'}人民政府，市政府各部门，各直属机构：",
        "office": rng.choice([f"{place}市交通运输局", f"{place}市应急管理局", f"{prov}省人民政府办公厅"]),
        "company": "华信集团", "domain": "huaxin-group.com.cn", "account": rng.choice(["人民日报评论", "身边的经济"]),
        "badge": "经济学话题下的优秀答主", "tags": rng.sample(["社会", "经济", "交通", "教育", "科技", "城市"], 2),
        "infobox": [("中文名", TITLES[name][n % 2]), ("所属地区", f"{place}"), ("类    别", "交通设施" if n % 2 == 0 else "高等院校"),
                    ("建立时间", f"{rng.randint(1950, 1990)}年")],
    }
    names = rng.sample(["路人甲", "小石头", "清风徐来", "爱吃鱼的猫", "山那边"], 2)
    doc["comments"] = [(names[k - 1], f"2023-0{k + 5}-1{k} 1{k}:2{k}",
                        rng.choice(["写得真好，支持一下。", "学习了，谢谢分享！", "我们那边也是这样。", "顶一个"])) for k in range(1, 3)]
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
    dev_paras = paragraphs(sentences(DATA / "example.dev"), rng)
    held_paras = paragraphs(sentences(DATA / "example.test"), rng)
    dev_grams = set().union(*(grams(p) for p in dev_paras))
    held_paras = [p for p in held_paras if not grams(p) & dev_grams]
    rng.shuffle(dev_paras)
    rng.shuffle(held_paras)
    pools = {"dev11": dev_paras, "held11": held_paras}
    convs = {}
    try:
        import opencc
        convs = {"s2tw": opencc.OpenCC("s2tw").convert, "s2hk": opencc.OpenCC("s2hk").convert}
    except ImportError:
        raise SystemExit("opencc is needed (pip install opencc)") from None
    for split in ("dev11", "held11"):  # the folders are shared with batch 11's print part: only w11-* files are ours
        for route in ("text", "native"):
            d = CORPUS / route / split
            d.mkdir(parents=True, exist_ok=True)
            for old in d.glob("w11-*"):
                old.unlink()
    for old in CORPUS.glob("gold/w11-*.json"):
        old.unlink()
    if WORK.exists():
        shutil.rmtree(WORK)
    WORK.mkdir(parents=True)
    manifest, used = [], {"dev11": [], "held11": []}
    widths = [60, 72, 80, 96, 110, 128, 150, 180, 200]
    encs = ["utf-8", "utf-8-bom", "crlf", "gb18030", "utf-8-bom+crlf", "utf-8", "gb18030+crlf"]
    ocr_docs = {1, 6, 13}  # OCR-like spaces on one dump of these pages
    fileno = 0
    for n in range(24):
        design = n // 2
        name, fn, script, charset = DESIGNS[design]
        split = "dev11" if design < DEV_DESIGNS else "held11"
        drng = random.Random(SEED * 100 + n)
        k = drng.randint(6, 9)
        paras = [pools[split].pop() for _ in range(k)]
        used[split] += paras
        conv = convs.get(script)
        doc = make_doc(n, design, paras, drng)
        page = Page(conv)
        fn(page, doc, drng)
        doc_id = f"w11-{n:03d}"
        declared = {"utf-8-bom": "utf-8"}.get(charset, charset)
        host = HOSTS[name].format(city=PINYIN[doc["place"]], source=PINYIN[doc["source"]])
        base = f'<base href="https://{host}/">\n'
        html = page.document(doc["title"], declared, base)
        raw = html.encode(charset.replace("-bom", "") if charset != "gbk" else "gbk")
        if charset == "utf-8-bom":
            raw = b"\xef\xbb\xbf" + raw
        files = [{"path": f"native/{split}/{doc_id}_html.html", "route": "native", "tool": "html", "encoding": charset}]
        (CORPUS / files[0]["path"]).write_bytes(raw)
        units = [{"kind": k2, "text": t} for k2, t in page.items if k2 != "furn"]
        furniture = [t for k2, t in page.items if k2 == "furn"]
        gold = {"doc_id": f"{doc_id}_html", "source": f"People's Daily 1998 NER {split}", "units": units, "furniture": furniture}
        (CORPUS / "gold" / f"{doc_id}_html.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        src = WORK / f"{doc_id}.html"
        src.write_text(page.document(doc["title"], "utf-8", base), encoding="utf-8")
        tools = [("lynx", widths[(n * 4) % 9]), ("lynxnolist", widths[(n * 7 + 3) % 9]), ("w3m", widths[(n * 5 + 2) % 9]),
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
            if n in ocr_docs and t == 2:
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
            g = {"doc_id": stem, "source": f"People's Daily 1998 NER {split}", "units": gunits}
            (CORPUS / "gold" / f"{stem}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            files.append({"path": path, "route": "text", "tool": f"{tool}{w}", "encoding": enc})
        manifest.append({"id": doc_id, "split": split, "script": script if script != "simp" else "simp",
                         "template": name, "charset": charset, "sources": [p[:20] for p in paras], "files": files})
    # the two sides share no 15-character stretch of prose
    dg = set().union(*(grams(p) for p in used["dev11"]))
    hg = set().union(*(grams(p) for p in used["held11"]))
    assert not dg & hg
    (CORPUS / "manifest-dev11-web.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(manifest)} pages, {sum(len(d['files']) for d in manifest)} files")


if __name__ == "__main__":
    build()
