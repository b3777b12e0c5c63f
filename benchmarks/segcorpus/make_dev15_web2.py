"""Batch 15, news-portal web part B (ids ``y15-000`` .. ``y15-015``): sixteen news / government portal templates, ONE
article page each, read natively (.html) and dumped by lynx, w3m and html2text.

Designs 0-9 -> ``dev15``, 10-15 -> ``held15``. Prose is reused (no fresh pool): dev pages take paragraph units of the
development splits' native gold and Weibo NER train posts below index 675; held pages take paragraph units of the
held-out splits' native gold and Weibo posts from 675 on, and no held stretch of 15 characters (whitespace removed,
both sides through opencc t2s) may occur in any development gold unit, in the dev15 pages here, or in the other
batch-15 builders' dev15 native gold (asserted at build time). Titles, heads, bylines, dates, captions, list labels
and all furniture are invented.

    PYTHONPATH=$PWD:/tmp/b15web2_pylib python benchmarks/segcorpus/make_dev15_web2.py   # needs lynx, w3m, html2text, opencc

Gold: native ``gold/y15-NNN_html.json`` lists the content units (title / heading / byline / meta / paragraph) and the
furniture strings the page shows; text gold ``gold/y15-NNN_<tool><W>.json`` partitions the dump: content units found
in order (whitespace ignored), a unit taking its whole line(s) when the rest of the line is indentation or a tool's
list / head mark, text beside it on its line cut off as debris; all other lines debris, one unit per line (lines of one
wrapped furniture string together), blank lines with the unit above them.
"""

from __future__ import annotations

import html as htmlmod
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

TMP = Path("/tmp/y15web2")
PREFIX = "y15"
SOURCE = "reused gold paragraphs of earlier batches and Weibo NER train posts"
CONTENT = ("title", "heading", "byline", "meta", "paragraph")
CONV = {name: opencc.OpenCC(name) for name in ("s2tw", "s2hk", "t2s")}
T2S = CONV["t2s"].convert
GRAM = 15

# ---------------------------------------------------------------- prose pools


def _split_stems(held: bool) -> set[str]:
    stems = set()
    for route in ("text", "native"):
        for folder in (CORPUS / route).iterdir():
            name = folder.name
            if name.endswith("15"):
                continue  # batch 15 itself (the other parts change while this one is built)
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
        if not re.match(r"[\u4e00-\u9fff「“]", text) or text[-1] not in "。！？」" or re.search(r"[A-Za-z]{4}|\d{5}|[<>|_=#]", text):
            continue
        if any(ord(c) > 0xFFFF for c in text):
            continue
        seen.add(text)
        out.append(T2S(text))
    return out


def _weibo() -> list[tuple[int, str]]:
    posts, cur = [], []
    shared = next(d / "shared" for d in ROOT.parents if (d / "shared" / "data" / "weibo_ner").is_dir())
    for line in (shared / "data" / "weibo_ner" / "weiboNER_2nd_conll.train").read_text(encoding="utf-8").splitlines() + [""]:
        if line.strip():
            cur.append(line.split("\t")[0][:-1])
        elif cur:
            posts.append("".join(cur))
            cur = []
    good = []
    for n, post in enumerate(posts):
        post = post.strip()
        if not 12 <= len(post) <= 110 or re.search(r"http|@|www|\s|，，|\"", post) or any(ord(c) > 0xFFFF for c in post):
            continue
        if post[-1] not in "。！？~…":
            continue
        good.append((n, post))
    return good


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
    def __init__(self, paragraphs: list[str], posts: list[str], seed: int):
        self.paras, self.posts = list(paragraphs), list(posts)
        random.Random(seed).shuffle(self.paras)
        random.Random(seed + 1).shuffle(self.posts)
        self.used: list[str] = []

    def para(self) -> str:
        text = self.paras.pop()
        self.used.append(text)
        return text

    def post(self) -> str:
        text = self.posts.pop()
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


class Page:
    def __init__(self, n: int, template: str, script: str, charset: str, bom: bool = False, lang: str = "zh-CN"):
        self.n, self.template, self.script, self.charset, self.bom, self.lang = n, template, script, charset, bom, lang
        self.conv = CONV[script].convert if script in CONV else (lambda s: s)
        self.parts: list[str] = []
        self.units: list[dict] = []
        self.furniture: list[str] = []
        self.cells: set[str] = set()

    def c(self, text: str) -> str:
        return self.conv(text)

    def raw(self, markup: str) -> None:
        self.parts.append(markup)

    def f(self, tpl: str, *strings: str) -> None:
        """Furniture: ``tpl`` with the (converted, escaped) strings in its ``{}`` slots."""
        conv = [self.c(s) for s in strings]
        self.parts.append(tpl.format(*map(esc, conv)))
        self.furniture += [s for s in conv if squash(s)]

    def row(self, tpl: str, *strings: str) -> None:
        """Table cells (furniture): in the text gold one debris unit per cell where a tool prints a row on a line."""
        self.f(tpl, *strings)
        self.cells |= {squash(self.c(s)) for s in strings}

    def links(self, tpl: str, item: str, strings, sep: str = "") -> None:
        """A list of links / items: ``item`` (one ``{}``) per string, joined, inside ``tpl``'s ``{}``."""
        conv = [self.c(s) for s in strings]
        self.parts.append(tpl.replace("{}", sep.join(item.format(esc(s)) for s in conv)))
        self.furniture += conv

    def u(self, kind: str, tpl: str, *pieces: str) -> str:
        """A content unit: its text is the pieces joined; ``tpl`` puts them (escaped) in its ``{}`` slots."""
        conv = [self.c(p) for p in pieces]
        self.parts.append(tpl.format(*map(esc, conv)))
        text = "".join(conv)
        self.units.append({"kind": kind, "text": text})
        return text

    def markup(self, charset: str) -> str:
        return "".join(self.parts).replace("@CHARSET@", charset).replace("@LANG@", self.lang)


def head(title: str, extra: str = "") -> str:
    return ('<!DOCTYPE html>\n<html lang="@LANG@">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
            f'charset=@CHARSET@">\n<title>{esc(title)}</title>\n{extra}</head>\n')


# Each design: a function (page, pool) that fills the page. Shapes are described in the README section.


def d_central(p: Page, pool: Pool) -> None:
    """0: central news site, HTML5 article: crumb, 引题 over the title, source / date / reporter line, 【字号】 tools,
    share bar, figure + 点击查看大图, <strong> 小标题 inside <p>, editor line in brackets, related list, ICP footer."""
    p.raw(head("国内新闻") + '<body>\n<header class="top"><div class="logo"><img src="logo.png" alt="中国新闻在线"></div>\n')
    p.links('<nav class="mainnav"><ul>{}</ul></nav>\n', '<li><a href="/">{}</a></li>', ["首页", "时政", "国内", "国际", "财经", "评论", "图片", "视频"])
    p.raw("</header>\n")
    p.f('<div class="crumb"><a href="/">{}</a> &gt; <a href="/news/">{}</a> &gt; <a href="/gn/">{}</a> &gt; {}</div>\n', "首页", "新闻中心", "国内", "正文")
    p.raw('<article class="main">\n')
    p.u("heading", '<p class="yinti">{}</p>\n', "坚持问题导向 回应群众关切")
    p.u("title", "<h1>{}</h1>\n", "多地推出便民服务新举措 基层治理效能持续提升")
    p.u("byline", '<div class="info"><span>{}</span></div>\n', "2024-05-02 08:31:06　来源：中国新闻在线　记者 刘志强 孙文静")
    p.f('<div class="tools">【字号 <a href="#">{}</a> <a href="#">{}</a> <a href="#">{}</a>】【<a href="#">{}</a>】【<a href="#">{}</a>】</div>\n', "大", "中", "小", "打印", "关闭")
    p.f('<div class="share">{} <a href="#">{}</a> <a href="#">{}</a> <a href="#">{}</a> <span class="qr">{}</span> <span>{}</span></div>\n',
        "分享到：", "微信", "微博", "QQ空间", "扫一扫，分享到朋友圈", "阅读量：25831")
    p.raw('<div class="content">\n')
    for _ in range(2):
        p.u("paragraph", "<p>{}</p>\n", pool.para())
    p.f('<figure><img src="p1.jpg" alt=""><figcaption>{}</figcaption><a href="p1.jpg">{}</a></figure>\n',
        "4月30日，社区工作人员在便民服务站为居民办理业务。", "点击查看大图")
    p.u("heading", "<p><strong>{}</strong></p>\n", "一站式服务让群众少跑腿")
    for _ in range(2):
        p.u("paragraph", "<p>{}</p>\n", pool.para())
    p.u("heading", "<p><strong>{}</strong></p>\n", "数据共享打通“最后一公里”")
    p.u("heading", '<p style="text-align:center"><strong>{}</strong></p>\n', "——来自基层一线的观察")
    p.u("paragraph", "<p>{}</p>\n", pool.para())
    p.u("paragraph", "<p>{}</p>\n", "记者梳理发现，各地的做法主要有：")
    for k in range(1, 4):
        p.u("paragraph", "<p>{}</p>\n", f"{k}.{pool.sentence('；' if k < 3 else '。')}")
    p.u("paragraph", "<blockquote><p>{}</p></blockquote>\n", pool.para())
    p.u("paragraph", "<p>{}</p>\n", pool.clause())
    p.u("meta", '<p class="editor">{}</p>\n', "【责任编辑：王海燕】")
    p.raw("</div>\n")
    p.f('<div class="prevnext"><a href="#">{}</a><br><a href="#">{}</a></div>\n</article>\n', "上一篇：五一假期出行预订量创新高", "下一篇：全国春播粮食进度过六成")
    p.f('<aside class="rel"><h3>{}</h3>\n', "相关新闻")
    p.links("<ul>{}</ul>\n", '<li><a href="#">{}</a></li>\n', ["多部门联合部署推进政务服务提质增效", "基层减负再出实招", "社区养老服务覆盖面持续扩大"])
    p.raw("</aside>\n")
    p.f('<footer><p>{} | {} | {}</p><p>{}</p><p>{}</p></footer>\n</body></html>\n', "关于我们", "联系我们", "网站地图",
        "版权所有 中国新闻在线 未经授权禁止转载", "京ICP证040089号 京公网安备11010502030143号")


def d_province(p: Page, pool: Pool) -> None:
    """1: provincial government site of the 2000s: layout tables, a TRS_Editor body, text-indent paragraphs, bold
    一、 heads, （一） run-in paragraphs, 扫一扫 QR cell, 打印本页 / 关闭窗口, prev / next, 主办单位 footer."""
    p.raw(head("XX省人民政府") + '<body bgcolor="#ffffff">\n<table width="980" align="center" border="0" cellpadding="0" cellspacing="0">\n')
    p.f('<tr><td><img src="banner.jpg" alt="{}"></td></tr>\n', "江淮省人民政府门户网站")
    p.links('<tr><td bgcolor="#c00000" height="32">{}</td></tr>\n', '<a href="#"><font color="#ffffff">{}</font></a>&nbsp;&nbsp;',
            ["首页", "政务公开", "政务服务", "互动交流", "走进江淮"])
    p.f('<tr><td height="30">{}<a href="#">{}</a> &gt; <a href="#">{}</a> &gt; <a href="#">{}</a></td></tr>\n', "您当前的位置：", "首页", "政务公开", "政府文件")
    p.raw('</table>\n<table width="980" align="center" border="0"><tr><td>\n')
    p.u("title", '<div align="center"><font size="5" color="#0d3a78"><b>{}</b></font></div>\n', "江淮省人民政府办公厅关于进一步优化营商环境的实施意见")
    p.u("byline", '<div align="center"><font size="2" color="#666666">{}</font></div>\n', "发布时间：2024-04-28　来源：省政府办公厅")
    p.f('<div align="center"><font size="2">{}</font></div>\n<hr size="1" color="#cccccc">\n', "浏览次数：3862")
    p.raw('<div class="TRS_Editor">\n')
    p.u("paragraph", '<p style="text-indent:2em">{}</p>\n', pool.para())
    p.u("heading", '<p style="text-indent:2em"><b>{}</b></p>\n', "一、总体要求")
    p.u("paragraph", '<p style="text-indent:2em">{}</p>\n', pool.para())
    p.u("heading", '<p style="text-indent:2em"><b>{}</b></p>\n', "二、重点任务")
    for lead in ("（一）提升审批效率。", "（二）优化政务服务。"):
        p.u("paragraph", '<p style="text-indent:2em"><b>{}</b>{}</p>\n', lead, pool.para())
    p.u("heading", '<p style="text-indent:2em"><b>{}</b></p>\n', "三、保障措施")
    p.u("heading", '<p style="text-indent:2em"><b>{}</b></p>\n', "（一）加强组织领导")
    p.u("paragraph", '<p style="text-indent:2em">{}</p>\n', pool.para())
    p.u("heading", '<p style="text-indent:2em"><b>{}</b></p>\n', "（二）强化督查考核")
    p.u("paragraph", '<p style="text-indent:2em">{}</p>\n', pool.clause())
    p.u("paragraph", '<p style="text-indent:2em">{}</p>\n', "本意见自印发之日起施行，有效期5年。")
    p.f('<p style="text-indent:2em">{}<a href="#">{}</a><br><a href="#">{}</a></p>\n', "附件：", "1.重点任务分工表.doc", "2.政策解读.pdf")
    p.u("meta", '<p align="right">{}</p>\n', "江淮省人民政府办公厅")
    p.u("meta", '<p align="right">{}</p>\n', "2024年4月26日")
    p.u("meta", '<p style="text-indent:2em">{}</p>\n', "（此件公开发布）")
    p.raw("</div>\n")
    p.f('<table width="100%"><tr><td align="right">【<a href="javascript:window.print()">{}</a>】【<a href="javascript:window.close()">{}</a>】</td></tr></table>\n', "打印本页", "关闭窗口")
    p.f('<table width="100%"><tr><td><img src="qr.png" alt="">{}</td></tr></table>\n', "扫一扫在手机打开当前页")
    p.f('<p>{}<a href="#">{}</a></p>\n<p>{}<a href="#">{}</a></p>\n', "上一篇：", "关于做好2024年春耕生产工作的通知", "下一篇：", "江淮省全面推行证明事项告知承诺制工作方案")
    p.raw("</td></tr></table>\n")
    p.f('<table width="980" align="center" bgcolor="#eeeeee"><tr><td align="center"><font size="2">{}<br>{}<br>{}</font></td></tr></table>\n</body></html>\n',
        "主办单位：江淮省人民政府办公厅　承办单位：江淮省大数据中心", "网站标识码：3400000001　皖ICP备05002891号", "建议使用1280×768分辨率浏览")


def d_county(p: Page, pool: Pool) -> None:
    """2: county 融媒体 centre, div soup with inline styles, <br>&nbsp; paragraphs in one div, 编者按 run-in, 【】 section
    marks, photo captions, 阅读 / 点赞 counters, 编辑 / 审核 lines at the end."""
    p.raw(head("清溪县融媒体中心") + '<body style="margin:0">\n<div style="background:#b8000b;color:#fff;height:40px">')
    p.links('<div style="float:left">{}</div>', '<span style="padding:0 12px">{}</span>', ["首页", "清溪要闻", "乡镇动态", "民生", "专题"])
    p.raw("</div>\n")
    p.f('<div style="font-size:12px;color:#999">{}<a href="#">{}</a>&gt;&gt;<a href="#">{}</a></div>\n', "位置：", "首页", "乡镇动态")
    p.raw('<div style="width:860px;margin:0 auto">\n')
    p.u("title", '<div style="font-size:26px;font-weight:bold;text-align:center;line-height:40px">{}</div>\n', "清溪县：小山村里的“共富工坊”")
    p.u("byline", '<div style="text-align:center;font-size:13px;color:#888">{}</div>\n', "作者：周晓梅　来源：清溪县融媒体中心　发布时间：2024年05月02日 09:15")
    p.f('<div style="text-align:center;font-size:12px;color:#aaa">{}　{}</div>\n', "阅读：1.2万", "点赞：386")
    p.raw('<div style="font-size:16px;line-height:30px">\n')
    p.u("paragraph", '<span style="color:#0c4da2"><b>{}</b>{}</span><br><br>\n', "编者按：", pool.para())
    p.u("heading", '<b>{}</b><br>\n', "【产业兴村】")
    for _ in range(2):
        p.u("paragraph", "&nbsp;&nbsp;&nbsp;&nbsp;{}<br>\n", pool.para())
    p.f('<div style="text-align:center"><img src="a.jpg"><br><span style="font-size:13px;color:#666">{}</span></div>\n', "▲工坊里，村民正在加工竹编制品")
    p.u("heading", '<b>{}</b><br>\n', "【家门口就业】")
    p.u("paragraph", "&nbsp;&nbsp;&nbsp;&nbsp;{}<br>\n", pool.post())
    p.u("paragraph", "&nbsp;&nbsp;&nbsp;&nbsp;{}<br>\n", pool.para())
    p.u("paragraph", "&nbsp;&nbsp;&nbsp;&nbsp;{}<br>\n", pool.clause())
    p.raw("</div>\n")
    p.u("meta", '<div style="font-size:13px;color:#666;margin-top:20px">{}</div>\n', "编辑：陈思雨　审核：黄建国")
    p.u("meta", '<div style="font-size:13px;color:#666">{}</div>\n', "终审：李卫东")
    p.f('<div style="text-align:center;margin:20px"><img src="qr.png"><br>{}</div>\n', "长按识别二维码 关注清溪发布")
    p.raw("</div>\n")
    p.f('<div style="background:#f2f2f2;font-size:12px;text-align:center">{}<br>{}</div>\n</body></html>\n',
        "清溪县融媒体中心 版权所有", "浙ICP备2021003456号-1")


def d_hkpaper(p: Page, pool: Pool) -> None:
    """3: Hong Kong newspaper (s2hk), HTML5 with the date above the title, 放大 / 縮小, the news agency's run-in
    lead, bold <h3> sub-heads, an <aside> 延伸閱讀 inside the body, tags, 責任編輯 at the bottom."""
    p.raw(head("港聞") + "<body>\n")
    p.links('<div class="topbar">{}</div>\n', '<a href="#">{}</a> ', ["登入", "訂閱", "電子報"])
    p.f('<header><h2 class="brand"><a href="/">{}</a></h2></header>\n', "香江日報")
    p.links("<nav>{}</nav>\n", '<a href="#">{}</a> | ', ["港聞", "中國", "國際", "財經", "體育", "副刊"])
    p.raw("<main><article>\n")
    p.u("meta", '<time datetime="2024-05-02">{}</time>\n', "2024年5月2日 星期四")
    p.u("title", "<h1>{}</h1>\n", "市區更新新招 舊樓業主可換樓")
    p.f('<div class="fontsize">{} <a href="#">{}</a> <a href="#">{}</a></div>\n', "字體：", "放大", "縮小")
    lead = pool.para()
    p.u("paragraph", "<p>{}{}</p>\n", "【香江日報訊】記者梁家輝報道：", lead)
    p.u("paragraph", "<p>{}</p>\n", pool.para())
    p.f('<aside class="more"><b>{}</b><a href="#">{}</a></aside>\n', "延伸閱讀：", "舊樓強拍門檻下調 業主團體有保留")
    p.u("heading", "<h3>{}</h3>\n", "業主：補償要合理")
    p.u("paragraph", "<p>{}</p>\n", pool.para())
    p.f('<figure><img src="old.jpg"><figcaption>{}</figcaption></figure>\n', "油麻地一帶的舊式唐樓。（資料圖片）")
    p.u("heading", "<h3>{}</h3>\n", "議員促加快審批")
    p.u("paragraph", "<p>{}</p>\n", pool.para())
    p.u("paragraph", "<p>{}</p>\n", pool.para())
    p.u("paragraph", '<p class="note"><small>{}{}</small></p>\n', "註：", pool.sentence("。"))
    p.u("meta", '<p class="editor">{}</p>\n', "責任編輯：何志明")
    p.raw("</article>\n")
    p.links('<div class="tags">標籤：{}</div>\n', '<a href="#">#{}</a> ', ["市區重建", "舊樓", "房屋政策"])
    p.f('<div class="ad">{}</div>\n', "廣告")
    p.raw('<section class="latest">')
    p.f("<h4>{}</h4>", "即時新聞")
    p.links("<ol>{}</ol></section>\n", "<li>{}</li>", ["天文台發黃雨警告", "港鐵東鐵綫早上一度延誤", "立法會通過撥款申請"])
    p.raw("</main>\n")
    p.f('<footer>{}　{}<br>{}</footer>\n</body></html>\n', "私隱政策", "使用條款", "© 2024 香江日報有限公司 版權所有")


def d_university(p: Page, pool: Pool) -> None:
    """4: university news, bootstrap grid (col-md-9 / col-md-3), an info line of 发布时间 / 作者 / 点击, centred photo
    captions, （一）-free <h4> heads, 文字 / 图片 / 编辑 lines (meta), a sidebar after the article."""
    p.raw(head("新闻网") + '<body>\n<div class="navbar navbar-default"><div class="container">')
    p.f('<a class="navbar-brand" href="#">{}</a>', "南湖大学新闻网")
    p.links('<ul class="nav navbar-nav">{}</ul>', "<li><a href='#'>{}</a></li>", ["首页", "南湖要闻", "综合新闻", "学术动态", "媒体南湖", "校园人物"])
    p.raw('</div></div>\n<div class="container"><div class="row">\n')
    p.f('<ol class="breadcrumb"><li><a href="#">{}</a></li><li><a href="#">{}</a></li><li class="active">{}</li></ol>\n', "首页", "学术动态", "正文")
    p.raw('<div class="col-md-9">\n')
    p.u("title", '<h2 class="text-center">{}</h2>\n', "我校在新型储能材料研究领域取得重要进展")
    p.u("byline", '<p class="text-center small">{}</p>\n', "发布时间：2024-04-29　作者：化学化工学院")
    p.f('<p class="text-center small">{}</p>\n<hr>\n', "点击：1024")
    for _ in range(2):
        p.u("paragraph", '<p style="text-indent:2em">{}</p>\n', pool.para())
    p.f('<p class="text-center"><img src="lab.jpg" alt=""></p>\n<p class="text-center">{}</p>\n', "研究团队在实验室合影")
    p.u("heading", "<h4>{}</h4>\n", "1.攻克关键技术难题")
    p.u("heading", "<h5>{}</h5>\n", "1.1 材料结构设计")
    p.u("paragraph", '<p style="text-indent:2em">{}</p>\n', pool.para())
    p.u("heading", "<h5>{}</h5>\n", "1.2 性能测试验证")
    p.u("paragraph", '<p style="text-indent:2em">{}</p>\n', pool.clause())
    p.u("heading", "<h4>{}</h4>\n", "2.产学研协同推进成果转化")
    p.u("paragraph", '<p style="text-indent:2em">{}</p>\n', pool.para())
    p.u("paragraph", '<p style="text-indent:2em">{}</p>\n', pool.para())
    p.u("heading", "<h4>{}</h4>\n", "3.成果发布会")
    p.u("paragraph", "<p>{}</p>\n", "时间：2024年5月10日（周五）14:30")
    p.u("paragraph", "<p>{}</p>\n", "地点：化学楼报告厅（一楼）")
    p.u("paragraph", "<p>{}</p>\n", "主办：化学化工学院　科学技术研究院")
    p.u("meta", '<p class="text-right">{}</p>\n', "文字：吴昊天")
    p.u("meta", '<p class="text-right">{}</p>\n', "图片：化学化工学院")
    p.u("meta", '<p class="text-right">{}</p>\n', "编辑：赵琳　审核：钱明")
    p.raw('</div>\n<div class="col-md-3">\n')
    p.f('<div class="panel"><div class="panel-heading">{}</div>', "热点新闻")
    p.links('<ul class="list-group">{}</ul></div>\n', '<li class="list-group-item">{}</li>', ["我校举行2024年春季运动会", "校领导走访慰问一线教职工", "图书馆推出“阅读月”系列活动"])
    p.raw("</div>\n</div></div>\n")
    p.f('<footer class="text-center">{}<br>{}</footer>\n</body></html>\n', "南湖大学党委宣传部 主办　地址：南湖市大学路1号", "Copyright © 2024 南湖大学 All Rights Reserved")


def d_finance(p: Page, pool: Pool) -> None:
    """5: financial news in GBK, <font> tags, a quotes ticker table, 摘要 box, 作者 above the source line, <strong> heads
    in <p>, an 免责声明 paragraph (site text: debris), 相关股票 table."""
    p.raw(head("财经频道") + '<body>\n<table class="ticker" width="100%"><tr>')
    p.row("<td>{}</td><td>{}</td><td>{}</td><td>{}</td>", "上证指数", "3104.82", "+0.52%", "深证成指")
    p.raw("</tr></table>\n")
    p.links('<div class="nav">{}</div>\n', '<a href="#"><font color="#003399">{}</font></a>　', ["财经首页", "股票", "基金", "债券", "期货", "理财"])
    p.u("title", '<h1><font face="黑体" size="6">{}</font></h1>\n', "一季度制造业投资增速回升 专家称结构性机会仍存")
    p.u("byline", '<div class="author"><font size="2">{}</font></div>\n', "作者：严立新")
    p.u("byline", '<div class="src"><font size="2" color="#888888">{}</font></div>\n', "2024年05月02日 07:45　来源：证券金融报")
    p.u("paragraph", '<div class="summary" style="border:1px solid #ddd;background:#f7f7f7"><b>{}</b>{}</div>\n', "摘要：", pool.sentence("。"))
    for _ in range(2):
        p.u("paragraph", "<p>{}</p>\n", pool.para())
    p.u("heading", "<p><strong>{}</strong></p>\n", "高技术制造业成亮点")
    p.u("paragraph", "<p>{}</p>\n", pool.para())
    p.row('<table border="1" class="data"><tr><td>{}</td><td>{}</td><td>{}</td></tr>', "行业", "一季度增速", "上年同期")
    p.row("<tr><td>{}</td><td>{}</td><td>{}</td></tr>", "电子设备制造", "12.4%", "8.1%")
    p.row("<tr><td>{}</td><td>{}</td><td>{}</td></tr></table>\n", "专用设备制造", "9.7%", "6.3%")
    p.f('<p align="center"><font size="2">{}</font></p>\n', "数据来源：国家统计局　制表：严立新")
    p.u("heading", "<p><strong>{}</strong></p>\n", "机构：关注设备更新主线")
    p.u("paragraph", "<p>{}</p>\n", pool.para())
    p.u("paragraph", "<p>{}</p>\n", "多家机构给出的建议包括：")
    p.raw("<ul>\n")
    for k in range(3):
        p.u("paragraph", "<li>{}</li>\n", pool.sentence("；" if k < 2 else "。"))
    p.raw("</ul>\n")
    p.f('<p class="disclaimer"><font size="2" color="#999999">{}</font></p>\n', "免责声明：本文仅供参考，不构成投资建议，据此操作风险自担。")
    p.row('<table class="stocks"><tr><th>{}</th><th>{}</th><th>{}</th></tr>', "相关股票", "最新价", "涨跌幅")
    p.row("<tr><td>{}</td><td>{}</td><td>{}</td></tr></table>\n", "华东机械", "12.35", "+2.10%")
    p.f('<div class="foot"><font size="2">{}<br>{}</font></div>\n</body></html>\n', "证券金融报社 版权所有", "沪ICP备12045678号")


def d_twnews(p: Page, pool: Pool) -> None:
    """6: Taiwan news site (s2tw, Big5): 記者X／台北報導 byline over the date, a share bar between title and body,
    分享 / 留言 counts, 延伸閱讀 links inside the body, a photo caption with its credit, 看更多 and 熱門排行."""
    p.raw(head("即時新聞") + "<body>\n")
    p.f('<div id="logo"><a href="/"><img src="logo.gif" alt="{}"></a></div>\n', "寶島新聞網")
    p.links('<div id="menu">{}</div>\n', '<a href="#">{}</a>｜', ["即時", "政治", "社會", "生活", "國際", "財經", "影音"])
    p.raw('<div id="story">\n')
    p.u("title", '<h1 class="story-title">{}</h1>\n', "桃園新建社會住宅動工 明年底可望完工")
    p.u("byline", '<div class="reporter">{}</div>\n', "記者陳怡君／桃園報導")
    p.u("meta", '<div class="time">{}</div>\n', "2024/05/02 14:30")
    p.links('<div class="sharebar">{}</div>\n', '<a href="#">{}</a> ', ["分享", "LINE", "Facebook", "複製連結"])
    p.f('<figure><img src="pic.jpg" alt=""><figcaption>{}</figcaption></figure>\n', "新建社會住宅基地今天舉行動工典禮。（記者陳怡君攝）")
    for _ in range(2):
        p.u("paragraph", "<p>{}</p>\n", pool.para())
    p.f('<p class="related"><b>{}</b><a href="#">{}</a></p>\n', "延伸閱讀：", "北市社宅抽籤結果出爐")
    p.u("paragraph", "<p>{}</p>\n", pool.para())
    p.u("heading", "<h2>{}</h2>\n", "申請資格一次看")
    p.raw("<ul>\n")
    for k in range(3):
        p.u("paragraph", "<li>{}</li>\n", pool.sentence("；" if k < 2 else "。"))
    p.raw("</ul>\n")
    p.u("paragraph", "<p>{}</p>\n", pool.post())
    p.u("paragraph", "<p>{}</p>\n", pool.para())
    p.raw("</div>\n")
    p.f('<div class="more"><a href="#">{}</a></div>\n', "看更多社會新聞")
    p.f('<div class="rank"><h3>{}</h3>', "熱門排行")
    p.links("<ol>{}</ol></div>\n", "<li>{}</li>", ["颱風動態最新路徑", "高鐵連假加開班次", "央行理監事會決議出爐"])
    p.f('<div id="footer">{}</div>\n</body></html>\n', "寶島新聞網版權所有 © 2024 Formosa News All Rights Reserved.")


def d_court(p: Page, pool: Pool) -> None:
    """7: a people's court site: 当前位置 crumb, 发布时间 / 作者 / 来源 line, 【字体：大 中 小】, a Custom_UnionStyle body of
    <br>&nbsp; paragraphs, 【案情回顾】 / 【法院审理】 / 【法官说法】 marks as heads, a closing line, 责任编辑 (meta)."""
    p.raw(head("审判动态") + '<body>\n<div class="head">')
    p.f('<img src="fy.png" alt="{}">', "东川市中级人民法院")
    p.links('</div>\n<div class="menu">{}</div>\n', "<a href='#'>{}</a>", ["首页", "法院概况", "审判动态", "诉讼服务", "裁判文书", "执行公开"], sep=" ")
    p.f('<div class="position">{}<a href="#">{}</a> &gt; <a href="#">{}</a> &gt; <a href="#">{}</a></div>\n', "当前位置：", "首页", "法院新闻", "审判动态")
    p.u("title", '<div class="title" style="font-size:22px;text-align:center"><b>{}</b></div>\n', "拖欠农民工工资拒不支付 公司负责人获刑")
    p.u("byline", '<div class="attr" style="text-align:center">{}</div>\n', "发布时间：2024-05-02 10:23:11　作者：孟凡一　来源：本院")
    p.f('<div class="font" style="text-align:right">【字体：<a href="#">{}</a> <a href="#">{}</a> <a href="#">{}</a>】</div>\n', "大", "中", "小")
    p.raw('<div class="Custom_UnionStyle">\n')
    p.u("paragraph", "&nbsp;&nbsp;&nbsp;&nbsp;{}<br>\n", pool.para())
    p.u("heading", "&nbsp;&nbsp;&nbsp;&nbsp;<b>{}</b><br>\n", "【案情回顾】")
    p.u("paragraph", "&nbsp;&nbsp;&nbsp;&nbsp;{}<br>\n", pool.para())
    p.u("heading", "&nbsp;&nbsp;&nbsp;&nbsp;<b>{}</b><br>\n", "【法院审理】")
    p.u("paragraph", "&nbsp;&nbsp;&nbsp;&nbsp;{}<br>\n", pool.para())
    p.u("heading", "&nbsp;&nbsp;&nbsp;&nbsp;<b>{}</b><br>\n", "【法条链接】")
    p.u("paragraph", "&nbsp;&nbsp;&nbsp;&nbsp;<b>{}</b>{}<br>\n", "《中华人民共和国刑法》第二百七十六条之一　", pool.sentence("。"))
    p.u("heading", "&nbsp;&nbsp;&nbsp;&nbsp;<b>{}</b><br>\n", "【法官说法】")
    p.u("paragraph", "&nbsp;&nbsp;&nbsp;&nbsp;{}<br>\n", pool.para())
    items = [pool.sentence("；") for _ in range(2)]
    for k, item in enumerate(items, 1):
        p.u("paragraph", "&nbsp;&nbsp;&nbsp;&nbsp;{}<br>\n", f"{k}.{item}")
    p.u("paragraph", "&nbsp;&nbsp;&nbsp;&nbsp;{}<br>\n", f"3.{pool.sentence('。')}")
    p.raw("</div>\n")
    p.u("meta", '<div class="editor" style="text-align:right">{}</div>\n', "[责任编辑：邹敏]")
    p.f('<div class="tool"><a href="#">{}</a> <a href="#">{}</a></div>\n', "【打印本页】", "【关闭窗口】")
    p.f('<div class="foot">{}<br>{}</div>\n</body></html>\n', "东川市中级人民法院 版权所有", "地址：东川市法苑路8号　邮编：650221")


def d_macau(p: Page, pool: Pool) -> None:
    """8: Macau government press release (s2hk, UTF-8 BOM): 中文 / Português switch, 新聞稿 label over the date, title,
    photo with caption, body, a bold closing line of the bureau, －完－ end mark, 附件 list, share icons, © footer."""
    p.raw(head("新聞稿") + "<body>\n")
    p.links('<div class="lang">{}</div>\n', '<a href="#">{}</a> ', ["繁體中文", "簡體中文", "Português", "English"])
    p.f('<div class="brand"><img src="gcs.png" alt="{}"></div>\n', "澳門特別行政區政府新聞局")
    p.links('<ul class="nav">{}</ul>\n', "<li>{}</li>", ["新聞", "圖片", "視頻", "專題"])
    p.f('<div class="label">{}</div>\n', "新聞稿")
    p.u("meta", '<div class="date">{}</div>\n', "2024-05-02 17:45")
    p.u("title", '<h2 class="news-title">{}</h2>\n', "社會工作局推出長者社區照顧新計劃")
    p.f('<div class="photo"><img src="1.jpg"><p class="caption">{}</p></div>\n', "計劃推介會現場")
    p.u("paragraph", "<p>{}</p>\n", pool.para())
    p.u("heading", "<p><b>{}</b></p>\n", "服務對象及內容")
    p.u("paragraph", "<p>{}</p>\n", pool.para())
    for k in range(1, 3):
        p.u("paragraph", "<p>{}</p>\n", f"（{'一二'[k - 1]}）{pool.sentence('；' if k == 1 else '。')}")
    p.u("heading", "<p><b>{}</b></p>\n", "申請方法")
    p.u("paragraph", "<p>{}</p>\n", "申請日期：2024年5月6日至6月28日")
    p.u("paragraph", "<p>{}</p>\n", "查詢電話：2836 7000")
    p.u("paragraph", "<p>{}</p>\n", pool.sentence("。"))
    p.f('<p class="end">{}</p>\n', "－完－")
    p.f('<div class="attach"><b>{}</b><a href="#">{}</a></div>\n', "附件：", "長者社區照顧計劃申請表（PDF）")
    p.links('<div class="share">{}</div>\n', '<a href="#">{}</a> ', ["分享", "Facebook", "WeChat"])
    p.f('<div class="crumb">{} <a href="#">{}</a> &gt; <a href="#">{}</a> &gt; {}</div>\n', "你的位置：", "首頁", "新聞", "新聞稿")
    p.f('<footer>{}　{}<br>{}</footer>\n</body></html>\n', "私隱政策", "網站指南", "© 2024 澳門特別行政區政府新聞局")


def d_tvtext(p: Page, pool: Pool) -> None:
    """9: a Taiwan TV station's text version of a bulletin on its mobile m. page (s2tw, UTF-8 BOM): app banner, 播放
    button over the text, 主播 / 記者 credits under the title, 【導語】 lead mark, short paragraphs, 打開APP."""
    p.raw(head("新聞", '<meta name="viewport" content="width=device-width,initial-scale=1">\n') + "<body>\n")
    p.f('<div class="appbar">{} <a href="#">{}</a></div>\n', "用APP看更多新聞", "立即下載")
    p.f('<div class="mhead"><a href="#">{}</a> <a href="#">{}</a></div>\n', "☰", "晨光電視新聞")
    p.u("title", "<h1>{}</h1>\n", "夜市攤商推行動支付 年輕客群回流")
    p.u("byline", '<p class="credit">{}</p>\n', "主播 林佩蓉　記者 黃志偉 張家豪")
    p.u("meta", '<p class="credit">{}</p>\n', "2024-05-02 19:12")
    p.f('<div class="video"><img src="v.jpg" alt="{}"><a href="#">{}</a></div>\n', "影片截圖", "▶ 播放")
    p.u("paragraph", "<p><b>{}</b>{}</p>\n", "【導語】", pool.sentence("。"))
    p.u("paragraph", "<p>{}</p>\n", pool.post())
    p.u("paragraph", "<p>{}{}</p>\n", "民眾：", pool.post())
    p.u("paragraph", "<p>{}{}</p>\n", "攤商：", pool.post())
    p.u("paragraph", "<p>{}</p>\n", pool.para())
    p.u("byline", '<p class="rep">{}</p>\n', "晨光新聞 黃志偉 張家豪 台北報導")
    p.f('<div class="open"><a href="#">{}</a></div>\n', "打開APP 閱讀全文")
    p.f('<div class="more"><h3>{}</h3>', "更多精彩")
    p.links("<ul>{}</ul></div>\n", "<li>{}</li>", ["梅雨鋒面報到 北部防大雨", "油價下週估小漲"])
    p.f('<div class="foot">{}</div>\n</body></html>\n', "晨光電視 版權所有")


def d_printview(p: Page, pool: Pool) -> None:
    """10 (held): a state enterprise's print-view page (GB18030): a one-line print bar, title, one centred line of
    日期 | 来源 | 作者, 编者按 as an indented italic paragraph, bold numbered heads 1. / 2., a closing paragraph without 。,
    【关闭窗口】 and a URL line at the bottom."""
    p.raw(head("打印") + '<body onload="window.print()">\n')
    p.f('<div class="pbar"><a href="javascript:print()">{}</a> | <a href="javascript:close()">{}</a></div>\n', "打印", "关闭")
    p.f('<div class="org">{}</div>\n<hr>\n', "华能远航集团有限公司")
    p.u("title", '<h3 align="center">{}</h3>\n', "集团召开安全生产专题会议 部署汛期工作")
    p.u("byline", '<p align="center">{}</p>\n', "日期：2024-04-30 | 来源：安全环保部 | 作者：蒋立伟")
    p.u("paragraph", '<p style="text-indent:2em"><i>{}{}</i></p>\n', "编者按：", pool.para())
    p.u("paragraph", '<p style="text-indent:2em">{}</p>\n', pool.para())
    p.u("heading", '<p><b>{}</b></p>\n', "一、会议要求")
    p.u("heading", '<p><b>{}</b></p>\n', "1.压紧压实安全责任")
    p.u("paragraph", '<p style="text-indent:2em">{}</p>\n', pool.para())
    p.u("heading", '<p><b>{}</b></p>\n', "2.强化隐患排查治理")
    p.u("paragraph", '<p style="text-indent:2em">{}</p>\n', pool.para())
    p.u("heading", '<p><b>{}</b></p>\n', "二、参会人员")
    p.u("paragraph", '<p style="text-indent:2em">{}</p>\n', pool.clause())
    p.u("meta", '<p align="right">{}</p>\n', "（审核：蔡文斌　编辑：吕佳）")
    p.f('<hr><div align="center">【<a href="javascript:close()">{}</a>】</div>\n', "关闭窗口")
    p.f('<div class="url">{}</div>\n</body></html>\n', "本文地址：www.hnyh-group.com.cn/news/2024/0430/12876.html")


def d_police(p: Page, pool: Pool) -> None:
    """11 (held): a police notice (警情通报) on a public-security bureau site: scrolling notice bar, 通报 label in
    【】 over the title, 发布单位 / 发布时间 in a two-cell table, the notice, a signature block of two right-aligned
    lines, a 温馨提示 box with items ending in ；, 附件 none, a 网上报警 float."""
    p.raw(head("警情通报") + "<body>\n")
    p.f('<marquee>{}</marquee>\n', "欢迎访问江城市公安局门户网站")
    p.links('<div class="nav">{}</div>\n', '<a href="#">{}</a> · ', ["首页", "警务公开", "警情通报", "办事服务", "网上报警"])
    p.u("heading", '<div class="kind">{}</div>\n', "【警情通报】")
    p.u("title", '<h1 style="text-align:center">{}</h1>\n', "关于一起电信网络诈骗案件的通报")
    p.u("meta", '<div class="meta">{}</div>\n', "发布单位：江城市公安局　通报时间：2024-05-02 16:20")
    p.u("paragraph", "<p>{}</p>\n", pool.para())
    p.u("paragraph", "<p>{}</p>\n", pool.para())
    p.u("paragraph", "<p>{}</p>\n", "现将有关情况通报如下：")
    p.u("paragraph", "<p>{}</p>\n", "报警时间：2024年4月29日21时许")
    p.u("paragraph", "<p>{}</p>\n", "涉案金额：人民币12.6万元")
    p.u("paragraph", "<p>{}</p>\n", pool.clause())
    p.u("meta", '<p style="text-align:right">{}</p>\n', "江城市公安局滨江分局")
    p.u("meta", '<p style="text-align:right">{}</p>\n', "2024年5月2日")
    p.raw('<div class="tips" style="border:1px dashed #c00">\n')
    p.u("heading", "<p><b>{}</b></p>\n", "温馨提示：")
    for k in range(1, 3):
        p.u("paragraph", "<p>{}</p>\n", f"{k}.{pool.sentence('；')}")
    p.u("paragraph", "<p>{}</p>\n", f"3.{pool.sentence('。')}")
    p.raw("</div>\n")
    p.f('<div class="float" style="position:fixed;right:0">{}<br>{}</div>\n', "网上报警", "110")
    p.f('<div class="foot">{}<br>{}</div>\n</body></html>\n', "江城市公安局 主办", "公安机关备案号：42010602000123")


def d_epaper(p: Page, pool: Pool) -> None:
    """12 (held): a party newspaper's e-paper article (UTF-8 BOM): 版面 navigation 第01版：要闻 with 上一版 / 下一版,
    the page's title list, then the article: 引题, title, 副题, 本报记者 byline, body, 《江城日报》（2024年05月02日 第01版）."""
    p.raw(head("江城日报数字报") + "<body>\n<table width='100%'><tr><td>")
    p.f('<div class="paper">{}　{}</div>\n', "江城日报", "2024年05月02日 星期四")
    p.f('<div class="banmian">{}　<a href="#">{}</a>　<a href="#">{}</a></div>\n', "第01版：要闻", "上一版", "下一版")
    p.links('<div class="titles">{}</div>\n', '<a href="#">{}</a><br>', ["五一假期首日全市接待游客超百万人次", "我市出台稳就业二十条", "城乡居民医保参保率保持高位"])
    p.raw("</td></tr></table>\n<div class='article'>\n")
    p.u("heading", '<p class="yin">{}</p>\n', "——来自城乡一体化示范区的报道")
    p.u("title", "<h2>{}</h2>\n", "绿色发展绘就乡村振兴新图景")
    p.u("heading", '<p class="fu">{}</p>\n', "示范区三年新增就业岗位逾万个")
    p.u("byline", '<p class="author">{}</p>\n', "本报记者 邓雅琴 通讯员 罗斌")
    p.u("paragraph", '<p style="text-indent:2em">{}</p>\n', pool.para())
    p.f('<p align="center"><img src="t1.jpg"><br>{}</p>\n', "图为示范区内的生态茶园。本报记者 邓雅琴 摄")
    p.u("heading", '<p style="text-indent:2em"><strong>{}</strong></p>\n', "产业“链”起致富路")
    p.u("paragraph", '<p style="text-indent:2em">{}</p>\n', pool.para())
    p.u("heading", '<p style="text-indent:2em"><strong>{}</strong></p>\n', "生态“底色”更鲜亮")
    p.u("paragraph", '<p style="text-indent:2em">{}</p>\n', pool.para())
    p.f('<p class="ed">{}</p>\n', "本版责编：许文　版式设计：高远")
    p.u("meta", '<p class="src">{}</p>\n', "《江城日报》（2024年05月02日 第01版）")
    p.raw("</div>\n")
    p.links('<div class="pages">{}</div>\n', '<a href="#">{}</a> ', ["第01版", "第02版", "第03版", "第04版"])
    p.f('<div class="foot">{}</div>\n</body></html>\n', "江城日报社 版权所有 未经许可不得转载")


def d_wechatfwd(p: Page, pool: Pool) -> None:
    """13 (held): a WeChat article forwarded onto a site: the site's crumb, the account's 原创 badge and name with the
    time and 发表于 region, a bold 01 / 02 numbered head style, Weibo posts as short paragraphs, 扫码关注, 阅读原文,
    a 来源 line at the end (byline) and a 转载说明."""
    p.raw(head("转载") + "<body>\n")
    p.f('<div class="crumb">{}<a href="#">{}</a> » <a href="#">{}</a></div>\n', "所在位置：", "首页", "转载文章")
    p.u("title", '<h1 class="rich_media_title">{}</h1>\n', "这个周末，带娃去哪儿？")
    p.f('<div class="meta"><span class="badge">{}</span> ', "原创")
    p.u("byline", '<span class="name">{}</span> ', "江城文旅 2024-05-02 10:00")
    p.f('<span class="ip">{}</span></div>\n', "发表于湖北")
    p.raw('<div class="rich_media_content">\n')
    p.u("paragraph", "<p>{}</p>\n", pool.post())
    p.u("heading", '<p><span style="font-size:20px;color:#e07b00"><b>{}</b></span></p>\n', "01 城市公园")
    p.u("paragraph", "<p>{}</p>\n", pool.post())
    p.u("paragraph", "<p>{}</p>\n", pool.post())
    p.u("heading", '<p><span style="font-size:20px;color:#e07b00"><b>{}</b></span></p>\n', "02 博物馆之旅")
    p.u("paragraph", "<p>{}</p>\n", pool.para())
    p.u("paragraph", "<p>{}</p>\n", pool.post())
    p.f('<p style="text-align:center">{}</p>\n', "END")
    p.u("meta", "<p>{}</p>\n", "文字 | 江小游")
    p.u("meta", "<p>{}</p>\n", "编辑 | 周周　审核 | 老陈")
    p.raw("</div>\n")
    p.f('<p style="text-align:center"><img src="qr.jpg"><br>{}</p>\n', "扫码关注我们")
    p.f('<p style="text-align:center">{}</p>\n', "点个“在看”，分享给更多人")
    p.f('<p><a href="#">{}</a></p>\n', "阅读原文")
    p.u("byline", '<p class="from">{}</p>\n', "来源：微信公众号“江城文旅”")
    p.f('<p class="note">{}</p>\n', "转载说明：本文转载自微信公众号，版权归原作者所有，如有侵权请联系删除。")
    p.f('<div class="foot">{}</div>\n</body></html>\n', "江城生活网 © 2024")


def d_sportstw(p: Page, pool: Pool) -> None:
    """14 (held): a Taiwan sports portal (s2tw, Big5): score board table over the article, 分類 chip, title, 運動中心／綜合報導
    with the date on one line, an in-body photo caption, 小標 with ▲, 賽程 table after the body, 留言 box."""
    p.raw(head("運動") + "<body>\n")
    p.links('<div class="nav">{}</div>\n', '<a href="#">{}</a> ', ["首頁", "棒球", "籃球", "足球", "網球", "綜合"])
    p.row('<table class="score"><tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr></table>\n', "雄鷹", "5", "3", "海豚")
    p.f('<span class="chip">{}</span>\n', "中職")
    p.u("byline", '<div class="by">{}</div>\n', "運動中心／綜合報導　2024.05.02 21:58")
    p.u("title", "<h1>{}</h1>\n", "雄鷹主場逆轉 強投七局飆十K")
    for _ in range(2):
        p.u("paragraph", "<p>{}</p>\n", pool.para())
    p.f('<div class="pic"><img src="g.jpg"><span>{}</span></div>\n', "雄鷹先發投手主投七局。（圖／聯盟提供）")
    p.u("heading", "<p><b>{}</b></p>\n", "▲ 打線回溫 關鍵一擊")
    p.u("paragraph", "<p>{}</p>\n", pool.para())
    p.u("heading", "<p><b>{}</b></p>\n", "▲ 總教練賽後說")
    p.u("paragraph", "<p>{}</p>\n", pool.post())
    p.u("paragraph", "<p>{}</p>\n", pool.para())
    p.row('<table class="sched"><tr><th>{}</th><th>{}</th></tr><tr><td>{}</td><td>{}</td></tr></table>\n', "日期", "對戰", "5/3", "雄鷹 vs 獅隊")
    p.f('<div class="cmt"><textarea></textarea><button>{}</button></div>\n', "送出留言")
    p.f('<div class="foot">{}</div>\n</body></html>\n', "運動雲 版權所有 © 2024")


def d_hktrade(p: Page, pool: Pool) -> None:
    """15 (held): a Hong Kong trade newspaper (s2hk): 財經 kicker, title, a summary line in italics, 撰文 byline at the
    end, numbered （一） run-in paragraphs, a 資料來源 note in small print, 相關文章 cards, subscription box."""
    p.raw(head("產業") + "<body>\n")
    p.f('<div class="mast">{}</div>\n', "香港工商時報")
    p.links('<div class="nav">{}</div>\n', '<a href="#">{}</a> / ', ["地產", "物流", "零售", "科技", "專欄"])
    p.u("heading", '<div class="kicker">{}</div>\n', "產業觀察")
    p.u("title", "<h1>{}</h1>\n", "跨境物流需求回暖 業界擴建倉儲")
    p.u("meta", '<div class="date">{}</div>\n', "2024年05月02日")
    p.u("paragraph", "<p><em>{}</em></p>\n", pool.sentence("。"))
    p.u("paragraph", "<p>{}</p>\n", pool.para())
    p.u("heading", "<h3>{}</h3>\n", "三大趨勢")
    for mark in ("（一）", "（二）"):
        p.u("paragraph", "<p><b>{}</b>{}</p>\n", mark, pool.para())
    p.row('<table><tr><th>{}</th><th>{}</th></tr><tr><td>{}</td><td>{}</td></tr></table>\n', "指標", "按年變幅", "空運貨量", "+8.2%")
    p.u("heading", "<h3>{}</h3>\n", "業界建議")
    p.u("paragraph", "<p>{}</p>\n", pool.clause())
    p.f('<p class="src"><small>{}</small></p>\n', "資料來源：業界公開數據")
    p.u("byline", '<p class="writer">{}</p>\n', "撰文：區嘉敏")
    p.f('<div class="rel"><h4>{}</h4>', "相關文章")
    p.links("<ul>{}</ul></div>\n", "<li>{}</li>", ["冷鏈倉庫租金連升三季", "港口貨櫃吞吐量回升"])
    p.f('<div class="sub">{}<button>{}</button></div>\n', "訂閱每日電郵快訊", "訂閱")
    p.f('<div class="foot">{}</div>\n</body></html>\n', "© 香港工商時報有限公司")


# n: (function, template, script, native charset, bom)
DESIGNS = [
    (d_central, "central", "simp", "utf-8", False),
    (d_province, "province", "simp", "gb18030", False),
    (d_county, "county", "simp", "utf-8", True),
    (d_hkpaper, "hkpaper", "s2hk", "utf-8", False),
    (d_university, "university", "simp", "utf-8", False),
    (d_finance, "finance", "simp", "gbk", False),
    (d_twnews, "twnews", "s2tw", "big5", False),
    (d_court, "court", "simp", "utf-8", False),
    (d_macau, "macau", "s2hk", "utf-8", True),
    (d_tvtext, "tvtext", "s2tw", "utf-8", True),
    (d_printview, "printview", "simp", "gb18030", False),
    (d_police, "police", "simp", "utf-8", False),
    (d_epaper, "epaper", "simp", "utf-8", True),
    (d_wechatfwd, "wechatfwd", "simp", "utf-8", False),
    (d_sportstw, "sportstw", "s2tw", "big5", False),
    (d_hktrade, "hktrade", "s2hk", "utf-8", False),
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


_MARK = re.compile(r"\s*(?:[*•+#·-]+|\d+\.|\[\d+\]|\*+)?\s*")


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
    index = [i for i, ch in enumerate(text) if not ch.isspace()]
    sq = "".join(text[i] for i in index)
    out: list[dict] = []
    cur, sqpos = 0, 0
    for unit in units:
        target = squash(unit["text"])
        starts, k = [], sq.find(target, sqpos)
        while k >= 0:
            starts.append(k)
            k = sq.find(target, k + 1)
        if not starts:
            raise AssertionError(f"unit not found: {unit['text'][:30]}")

        def at_line_start(k):
            a = index[k]
            ls = text.rfind("\n", 0, a) + 1
            return _MARK.fullmatch(text[ls:a]) is not None

        best = next((k for k in starts if at_line_start(k)), starts[0])
        a, b = index[best], index[best + len(target) - 1] + 1
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
    return [u for u in out if u["text"]]


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


def git_dev15_gold() -> list[str]:
    """Content units of the other batch-15 builders' dev15 native gold, as committed on their branches."""
    texts = []
    for branch in ("b15web", "b15print", "b15print2", "b15tw"):
        proc = subprocess.run(["git", "ls-tree", "-r", "--name-only", branch, "benchmarks/segcorpus/native/dev15/"],
                              capture_output=True, text=True, cwd=ROOT)
        for path in proc.stdout.split():
            stem = Path(path).stem
            if stem.startswith(PREFIX):
                continue
            g = subprocess.run(["git", "show", f"{branch}:benchmarks/segcorpus/gold/{stem}.json"], capture_output=True, text=True, cwd=ROOT)
            if g.returncode == 0:
                texts += [u["text"] for u in json.loads(g.stdout)["units"]]
    for path in (CORPUS / "native" / "dev15").glob("*.*"):
        if not path.stem.startswith(PREFIX):
            texts += [u["text"] for u in json.loads((CORPUS / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))["units"]]
    return texts


def main() -> None:
    dev_stems, held_stems = _split_stems(False), _split_stems(True)
    posts = _weibo()
    dev_pool = Pool(_paragraphs(dev_stems), [t for n, t in posts if n < 675], 1501)
    held_paras, held_posts = _paragraphs(held_stems), [t for n, t in posts if n >= 675]
    # held candidates that share a 15-character stretch with any development gold unit or a dev-side post are dropped
    cand = {t: _grams(t) for t in held_paras + held_posts}
    allgrams = set().union(*cand.values())
    dev_texts = [u["text"] for u in _gold_units(dev_stems)] + [t for n, t in posts if n < 675]
    hit = _collides(allgrams, dev_texts)
    keep = {t for t, g in cand.items() if not g & hit}
    print(f"held candidates {len(cand)}, dropped {len(cand) - len(keep)} sharing a {GRAM}-character stretch with dev")
    held_pool = Pool([t for t in held_paras if t in keep], [t for t in held_posts if t in keep], 1502)
    dev_allowed = set(dev_pool.paras) | set(dev_pool.posts)
    held_allowed = set(held_pool.paras) | set(held_pool.posts)

    TMP.mkdir(parents=True, exist_ok=True)
    for sub in ("text/dev15", "text/held15", "native/dev15", "native/held15"):
        (CORPUS / sub).mkdir(parents=True, exist_ok=True)
        for old in (CORPUS / sub).glob(f"{PREFIX}-*"):
            old.unlink()
    for old in (CORPUS / "gold").glob(f"{PREFIX}-*.json"):
        old.unlink()

    manifest, pages = [], []
    fileno = 0
    for n, (fn, template, script, charset, bom) in enumerate(DESIGNS):
        split = "dev15" if n < 10 else "held15"
        pool = dev_pool if split == "dev15" else held_pool
        page = Page(n, template, script, charset, bom, lang={"s2tw": "zh-TW", "s2hk": "zh-HK"}.get(script, "zh-CN"))
        fn(page, pool)
        allowed = dev_allowed if split == "dev15" else held_allowed
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
        assert all(squash(u["text"]) in plain for u in page.units), pid  # every native unit is in its page
        gold = {"doc_id": f"{pid}_html", "source": SOURCE, "units": page.units, "furniture": furniture}
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

    # the held check: no held content unit shares a 15-character stretch with dev gold, these dev15 pages or the
    # other batch-15 builders' dev15 gold
    held_units = [u["text"] for s, pg in pages if s == "held15" for u in pg.units]
    grams = set().union(*(_grams(t) for t in held_units))
    dev_side = dev_texts + [u["text"] for s, pg in pages if s == "dev15" for u in pg.units] + git_dev15_gold()
    clash = _collides(grams, dev_side)
    assert not clash, sorted(clash)[:5]
    print(f"held check: {len(held_units)} held units, {len(grams)} stretches, against {len(dev_side)} dev units: no clash")
    (CORPUS / "manifest-dev15-web2.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
