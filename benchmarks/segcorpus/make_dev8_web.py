"""Batch 8, WEB part: 16 web pages of site genres no earlier batch used, their text dumps, and gold.

Built by an engineer who read neither the segmenter (annotate/segment/**), docs/segmentation.md, nor any
earlier corpus builder's templates. Page templates, furniture and page shapes are invented here.

Ids ``w8-000`` .. ``w8-015``; even number -> split ``dev8``, odd -> ``held8``. Eight page designs, each used by
two consecutive documents (so once on each side of the split):

- ``hospital`` (simplified, GBK bytes declared ``gb2312``, layout tables): a hospital notice with 浏览次数,
  发布科室 info line, addressee line, ``一、`` heads, signing department and date, an attachments list
  (附件 links), 上一条/下一条, footer with 版权 / ICP / 公网安备;
- ``guide`` (simplified, UTF-8, div soup): a government service guide (办事指南): tab bar, headings as styled
  ``<div>``s (事项简介 / 办理条件 / 办理流程 / 办理时限 / 收费标准), prose, numbered steps as ``<p>`` items,
  consultation box, 好差评 box, footer;
- ``live`` (simplified, UTF-8): a news live page (图文直播): 正在直播 badge, 参与人数, intro paragraph, and
  time-stamped entries (a time line ``10:32`` as ``meta`` then the entry text), 刷新 / 只看主持人 tools;
- ``epaper`` (simplified, GBK declared ``gbk``, tables): an e-paper article page: 版面导航 list, 上一版 / 下一版,
  the paper's edition line, 副题 (``——…``) under the title, ``本报记者`` byline, ``<br>``-separated paragraphs
  with U+3000 indents, 上一篇 / 下一篇, 本版其他文章 list;
- ``weibo`` (simplified, UTF-8): a social-media long post (头条文章): user card, title, ``作者：@X`` byline,
  ``发布于`` time line, paragraphs, 转发/评论/赞 counts, repost list with ``//@X:`` chains, app banner;
- ``qa`` (traditional, UTF-8): a Q&A site answer: question title, question detail, 關注問題 / 寫回答, answerer
  box (name and 簽名 line: byline), 發佈於 line, answer paragraphs with ``<b>`` section heads, 贊同 count,
  comments;
- ``twgov`` (traditional, **Big5** declared ``big5``): a Taiwan city government press release with a short
  English block (English heading and paragraph), 發布日期 / 發布單位 line, 新聞聯絡人 line, ``:::`` accessibility
  marks, 回上頁 / 列印, footer with 地址 / 電話 / 瀏覽人次;
- ``travel`` (traditional, UTF-8, HTML5): a Hong Kong travel / culture magazine site: cookie banner, kicker
  tag, title, ``撰文：X　攝影：Y`` byline, date, ``<figure>`` captions, ``<h3>`` heads, related cards,
  newsletter box.

Native files: ``native/<split>/w8-NNN_html.html`` (the page in its declared encoding) and, for the ``live`` and
``qa`` pages (w8-004, 005, 010, 011), ``w8-NNN_pdf.pdf``: the page served by ``python -m http.server`` on
127.0.0.1 under a realistic host name (``--host-resolver-rules``) and printed by Chromium 156 headless
(``--print-to-pdf --no-pdf-header-footer``, A4 default margins, no print stylesheet, so the print shows every
string the screen shows) with the private font config ``FONTCONFIG_FILE=/opt/cjkfonts/fonts.conf`` (Chromium
embeds Noto CJK as Type 3 fonts). The builder checks that ``pdftotext`` finds every content unit in order in
each PDF (gold alignment as below). The native PDF gold is the HTML gold: content units and furniture.

Text files (``text/<split>/w8-NNN_<tool>.txt``), all from a UTF-8 copy of the page:
``lynxW`` (``lynx -dump -width=W -display_charset=utf-8``, with the References list), ``lynxWnolist``
(``-nolist``), ``w3mW`` (``w3m -dump -cols W -O UTF-8``), ``html2textW`` (Debian's html2text 1.3.2a,
``-utf8 -width W``), and one "saved" file per page: ``saved72`` (the page's text as a user saves it from a
browser (``lynx -dump -nolist -width=1000``: one line per block, list bullets removed) re-wrapped at 72 display columns, CJK two and ASCII
one, closing punctuation never starting a line, digit runs and Latin words never split, a running header
(site name and URL) every 40 lines and a ``第 N 页`` footer) or ``saved36c`` (the same text wrapped by
character count, 36 characters a line, header every 44 lines and a ``- N -`` footer). Encodings rotate over
UTF-8, UTF-8 BOM, CRLF, GB18030 (simplified only), BOM + CRLF; ``saved*`` files are GBK + CRLF (simplified)
or UTF-8 BOM + CRLF (traditional); about one file in four has OCR-like spaces between two CJK characters.

Tools: Lynx 2.9.0dev.12, w3m 0.5.3+git20230121, html2text 1.3.2a (Debian bookworm).

Gold (from construction, never from the segmenter): every visible string of a page is registered, in source
order, as a content unit (title / heading / byline / meta / paragraph) or a furniture string. A dump is
aligned by finding each content unit's characters, NFKC-folded and whitespace removed, in order in the dump
(the forward and the backward search must agree, else the file is dropped). Each non-space character then has
an owner: a content unit, or debris. Tool decoration on a content line (``*``, ``•``, ``[N]`` link numbers,
list numbers) goes with that unit; other text on a content line is a debris unit of its own; a line without
content characters is debris, one unit per line, except that consecutive lines that are pieces of one
furniture string (a footer the tool wrapped) are one unit; lynx's References line and each link line are
debris lines. html2text's ``*****`` around a heading is part of it. A content unit interrupted by a debris
line (the saved files' header and footer) is continued in a piece with ``"cont": true``. Whitespace goes with
the non-space character before it on its line (leading whitespace with the first one after it).

Sources: DRCD *test* contexts (traditional, CC BY-SA 3.0), simplified with OpenCC ``t2s`` for the simplified
designs (no CMRC 2018 trial context is left unused): only contexts whose flattened index
(``data[*].paragraphs[*]``) is ODD (the PRINT part of batch 8 takes the even ones) and that share no
15-character stretch with the gold of batches 1-7 (asserted).

    PYTHONPATH=$PWD python benchmarks/segcorpus/make_dev8_web.py
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
import gold_index  # noqa: E402

DRCD = HERE.parents[1] / ".." / "shared" / "data" / "drcd" / "DRCD_test.json"  # ../shared from the repository
BEFORE = ("cmrc", "drcd", "c2", "d2", "w3", "p3", "w4", "p4", "w5", "p5", "w6", "p6", "o7", "b7")
PREFIX = "w8"
N_DOCS = 16
DESIGNS = ["hospital", "guide", "live", "epaper", "weibo", "qa", "twgov", "travel"]
TRAD = {"qa", "twgov", "travel"}
WS = re.compile(r"\s+")
ADDR = ["臺灣大道三段99號", "中正路120號", "府前路1號"]


# ----------------------------------------------------------------------------- sources

def source_pool() -> list[tuple[str, str]]:
    if not DRCD.exists():
        raise SystemExit(f"{DRCD} missing")
    gold = gold_index.existing_gold_text(only=BEFORE)
    grams = set()
    for s in gold.split("|"):
        for i in range(len(s) - 14):
            grams.add(s[i:i + 15])
    data = json.loads(DRCD.read_text(encoding="utf-8"))
    out, idx = [], 0
    for art in data["data"]:
        for p in art["paragraphs"]:
            ctx = p["context"].strip()
            t = WS.sub("", ctx)
            if idx % 2 == 1 and not any(t[i:i + 15] in grams for i in range(len(t) - 14)):
                if not any(ch in ctx for ch in "\ufffd") and 150 <= len(ctx) <= 700:
                    out.append((art["title"], ctx))
            idx += 1
    return out


def split_sentences(text: str) -> list[str]:
    parts = re.findall(r"[^。！？]*[。！？][」』”）]*|[^。！？]+$", text)
    return [p for p in parts if p.strip()]


def paragraphs_of(ctx: str, limit: int = 260) -> list[str]:
    """A context cut at sentence ends into paragraphs of about ``limit`` characters."""
    sents = split_sentences(ctx)
    paras, cur = [], ""
    for s in sents:
        if cur and len(cur) + len(s) > limit:
            paras.append(cur)
            cur = ""
        cur += s
    if cur:
        if paras and len(cur) < 25:
            paras[-1] += cur
        else:
            paras.append(cur)
    return paras


# ----------------------------------------------------------------------------- page building

class Page:
    """Collects the page's visible strings in source order: content units and furniture."""

    def __init__(self, trad: bool, rng: random.Random):
        self.blocks: list[tuple[str, str]] = []
        self.trad = trad
        self.rng = rng
        if not trad:
            import opencc
            self._cc = opencc.OpenCC("t2s")

    def z(self, text: str) -> str:
        """Source text in the page's script."""
        return text if self.trad else self._cc.convert(text)

    def topic(self, title: str) -> str:
        """An article title (DRCD titles are in either script) in the page's script."""
        if self.trad:
            import opencc
            return opencc.OpenCC("s2t").convert(title)
        return self._cc.convert(title)

    def c(self, kind: str, text: str) -> str:
        self.blocks.append((kind, text))
        return html.escape(text, quote=False)

    def f(self, text: str) -> str:
        self.blocks.append(("furniture", text))
        return html.escape(text, quote=False)


SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏辉建国文斌宇浩凯晨晓雪琳欣怡嘉宁俊哲思源子涵雨萱梓睿"


def name(rng: random.Random, trad: bool = False) -> str:
    n = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
    if trad:
        import opencc
        n = opencc.OpenCC("s2t").convert(n)
    return n


def date(rng: random.Random) -> tuple[int, int, int]:
    return rng.choice((2021, 2022, 2023, 2024)), rng.randint(1, 12), rng.randint(1, 28)


HEAD = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="{{CHARSET}}"><meta name="viewport" content="width=device-width">
<title>{title}</title>
<style>body{{font-size:14px;margin:0}} .w{{width:1000px;margin:0 auto}} .hide{{display:none}}</style>
</head>
<body>
"""


def head(p: Page, title: str) -> str:
    return HEAD.format(lang="zh-Hant" if p.trad else "zh-CN", title=html.escape(title))


def make_hospital(p: Page, arts, n: int) -> tuple[str, str]:
    rng = p.rng
    hosp = rng.choice(["江州市第一人民医院", "临川市中心医院", "南浦县人民医院", "青山市妇幼保健院"])
    topic = p.topic(arts[0][0])
    title = f"关于举办“{topic}”主题科普讲座的通知"
    y, m, d = date(rng)
    dept = rng.choice(["医务部", "党委宣传部", "科教科", "门诊部"])
    paras = [q for a in arts for q in paragraphs_of(p.z(a[1]))]
    h = head(p, f"{title}-{hosp}")
    h += '<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr>'
    h += f'<td class="logo">{p.f(hosp)}</td><td align="right">{p.f("设为首页 | 加入收藏 | 无障碍浏览")}</td></tr></table>\n'
    h += '<table width="1000" align="center" class="menu"><tr>'
    for item in ("医院概况", "就医指南", "科室导航", "专家介绍", "健康科普", "护理园地", "通知公告", "联系我们"):
        h += f'<td><a href="http://www.jzyy{n}.com/list/{len(h) % 97}.html">{p.f(item)}</a></td>'
    h += "</tr></table>\n"
    h += '<table width="1000" align="center"><tr><td width="220" valign="top" class="left">'
    h += f'<div class="lt">{p.f("通知公告")}</div><ul>'
    for item in ("院务公开", "招标采购", "人才招聘", "通知公告"):
        h += f'<li><a href="http://www.jzyy{n}.com/c/{len(item)}.html">{p.f(item)}</a></li>'
    h += '</ul></td><td valign="top">\n'
    h += f'<div class="pos">{p.f("您现在的位置：首页 > 通知公告 > 正文")}</div>\n'
    h += f'<h2 class="art-title" style="text-align:center">{p.c("title", title)}</h2>\n'
    h += (f'<div class="art-info" style="text-align:center">{p.c("byline", f"发布科室：{dept}　发布时间：{y}-{m:02d}-{d:02d}")}'
          f'　<span class="cnt">{p.f(f"浏览次数：{rng.randint(120, 9000)}")}</span></div>\n')
    h += '<div class="art-con">\n'
    h += f'<p>{p.c("paragraph", "各科室、各病区：")}</p>\n'
    heads = ["一、讲座背景", "二、主要内容", "三、有关要求"]
    for i, para in enumerate(paras):
        if i in (0, 2, 4) and i // 2 < len(heads):
            h += f'<p><strong>{p.c("heading", heads[i // 2])}</strong></p>\n'
        h += f'<p style="text-indent:2em">{p.c("paragraph", para)}</p>\n'
    h += f'<p style="text-align:right">{p.c("meta", dept)}</p>\n'
    h += f'<p style="text-align:right">{p.c("meta", f"{y}年{m}月{d}日")}</p>\n'
    h += f'<div class="att"><b>{p.f("附件：")}</b><br>\n'
    for i, item in enumerate(("讲座报名回执表.doc", "讲座日程安排.pdf")):
        h += f'<a href="http://www.jzyy{n}.com/upload/{y}{m:02d}/att{i}.doc">{p.f(f"{i + 1}.{item}")}</a><br>\n'
    h += "</div></div>\n"
    h += f'<table width="100%"><tr><td>{p.f("上一条：关于调整门诊部分科室出诊时间的通知")}</td></tr>'
    h += f'<tr><td>{p.f("下一条：我院召开年度医疗质量安全工作会议")}</td></tr></table>\n'
    h += f'<div align="center">{p.f("【打印本页】　【关闭窗口】")}</div>\n'
    h += "</td></tr></table>\n"
    h += f'<div class="foot" align="center">{p.f(f"版权所有：{hosp}　地址：江州市解放路{rng.randint(10, 300)}号　邮编：33{rng.randint(1000, 9999)}")}<br>\n'
    h += f'{p.f(f"浙ICP备{rng.randint(10000000, 99999999)}号-1　浙公网安备 3301020{rng.randint(1000000, 9999999)}号")}</div>\n'
    h += "</body></html>\n"
    return h, "gbk:gb2312"


def make_guide(p: Page, arts, n: int) -> tuple[str, str]:
    rng = p.rng
    topic = p.topic(arts[0][0])
    city = rng.choice(["东阳市", "临江区", "北塘区", "云溪县"])
    title = f"{topic}相关资料查阅申请办事指南"
    paras = [q for a in arts for q in paragraphs_of(p.z(a[1]))]
    h = head(p, f"{title}_{city}政务服务网")
    h += f'<div class="top"><div class="w">{p.f(f"{city}政务服务网")}<span>{p.f("个人登录　法人登录　无障碍　长者模式")}</span></div></div>\n'
    h += '<div class="nav"><div class="w">'
    for item in ("首页", "个人服务", "法人服务", "部门服务", "阳光政务", "好差评"):
        h += f'<a href="https://zwfw.example.gov.cn/{n}/{item}">{p.f(item)}</a>'
    h += "</div></div>\n"
    h += f'<div class="crumb w">{p.f("当前位置：首页 > 个人服务 > 文化教育 > 事项详情")}</div>\n'
    h += f'<div class="w"><div class="item-title" style="font-size:24px;font-weight:bold">{p.c("title", title)}</div>\n'
    h += f'<div class="tools"><span>{p.f("在线办理")}</span><span>{p.f("收藏")}</span><span>{p.f("打印")}</span><span>{p.f("扫码看指南")}</span></div>\n'
    y, m, d = date(rng)
    h += f'<div class="upd">{p.c("meta", f"更新时间：{y}-{m:02d}-{d:02d}")}</div>\n'
    sections = ["事项简介", "办理条件", "办理流程", "办理时限", "收费标准"]
    steps = ["1. 申请人通过网上平台或窗口提交查阅申请。", "2. 受理窗口对申请材料进行核验，材料齐全的当场受理。",
             "3. 承办处室在规定时限内作出答复并告知申请人。"]
    pi = 0
    for si, sec in enumerate(sections):
        h += f'<div class="sec-tit" style="border-left:4px solid #c00;font-weight:bold">{p.c("heading", sec)}</div>\n'
        if sec == "办理流程":
            for st in steps:
                h += f'<p class="step">{p.c("paragraph", st)}</p>\n'
        elif sec == "办理时限":
            h += f'<p>{p.c("paragraph", "法定办结时限为二十个工作日，承诺办结时限为五个工作日。")}</p>\n'
        elif sec == "收费标准":
            h += f'<p>{p.c("paragraph", "不收费。")}</p>\n'
        else:
            take = 2 if si == 0 else len(paras) - pi
            for para in paras[pi:pi + take]:
                h += f'<p>{p.c("paragraph", para)}</p>\n'
            pi += take
    h += f'<div class="consult"><div class="ct">{p.f("咨询方式")}</div>'
    h += f'<div>{p.f(f"咨询电话：0579-8{rng.randint(1000000, 9999999)}")}</div><div>{p.f("监督电话：12345")}</div></div>\n'
    h += f'<div class="eval">{p.f("请对本指南进行评价：")}<a href="#">{p.f("非常满意")}</a> <a href="#">{p.f("满意")}</a> <a href="#">{p.f("不满意")}</a></div>\n'
    h += "</div>\n"
    h += f'<div class="foot"><p>{p.f(f"主办单位：{city}人民政府办公室　承办单位：{city}大数据发展管理局")}</p>'
    h += f'<p>{p.f(f"网站标识码：33078{rng.randint(10000, 99999)}　浙ICP备05012345号　浙公网安备 33078202000{rng.randint(100, 999)}号")}</p></div>\n'
    h += "</body></html>\n"
    return h, "utf-8:utf-8"


def make_live(p: Page, arts, n: int) -> tuple[str, str]:
    rng = p.rng
    topic = p.topic(arts[0][0])
    site = rng.choice(["澎拜新闻", "潮新闻", "红星新闻", "封面新闻"])
    title = f"直播回顾｜专家带你读懂{topic}"
    sents = [s for a in arts for s in split_sentences(p.z(a[1]))]
    h = head(p, f"{title}_{site}")
    h += f'<header><div class="logo">{p.f(site)}</div><nav>'
    for item in ("要闻", "直播", "视频", "问政", "APP下载"):
        h += f'<a href="https://www.example-news{n}.cn/{len(item)}">{p.f(item)}</a> '
    h += "</nav></header>\n"
    h += f'<div class="live-head"><span class="badge">{p.f("正在直播")}</span>'
    h += f'<h1>{p.c("title", title)}</h1>\n'
    y, m, d = date(rng)
    h += f'<div class="src">{p.c("byline", f"{site}记者 {name(rng)} {name(rng)}")}</div>\n'
    h += f'<div class="stat">{p.f(f"{rng.randint(2, 90)}.{rng.randint(1, 9)}万人参与")}　{p.f("刷新")}　{p.f("只看主持人")}</div></div>\n'
    h += f'<div class="intro"><p>{p.c("paragraph", "".join(sents[:2]))}</p></div>\n'
    h += '<ul class="timeline">\n'
    hh, mm = rng.randint(9, 15), rng.randint(0, 30)
    chunks, i = [], 2
    while i < len(sents):
        k = rng.choice((1, 2, 2, 3))
        chunks.append("".join(sents[i:i + k]))
        i += k
    if len(chunks) > 1 and len(chunks[-1]) < 20:
        chunks[-2] += chunks.pop()
    entries = []
    for chunk in chunks:
        mm += rng.randint(2, 9)
        if mm >= 60:
            hh, mm = hh + 1, mm - 60
        entries.append((f"{hh:02d}:{mm:02d}", chunk))
    for t, chunk in reversed(entries):
        h += f'<li><div class="time">{p.c("meta", t)}</div><div class="host">{p.f("主持人")}</div>'
        h += f'<div class="txt">{p.c("paragraph", chunk)}</div></li>\n'
    h += "</ul>\n"
    h += f'<div class="more">{p.f("没有更多内容了")}</div>\n'
    h += f'<div class="share">{p.f("分享到：微信 微博 QQ空间")}</div>\n'
    h += f'<footer><p>{p.f(f"{site}版权所有，未经授权不得转载")}</p><p>{p.f(f"互联网新闻信息服务许可证：5112020{rng.randint(1000, 9999)}　川ICP备1{rng.randint(1000000, 9999999)}号")}</p></footer>\n'
    h += "</body></html>\n"
    return h, "utf-8:utf-8"


def make_epaper(p: Page, arts, n: int) -> tuple[str, str]:
    rng = p.rng
    paper = rng.choice(["江海日报", "西岭晚报", "中原商报", "滨城日报"])
    topic = p.topic(arts[0][0])
    title = f"在{topic}里读懂历史"
    sub = f"——记者探访{topic}背后的故事"
    y, m, d = date(rng)
    ed = rng.randint(2, 16)
    paras = [q for a in arts for q in paragraphs_of(p.z(a[1]), 200)]
    h = head(p, f"{paper}数字报-{title}")
    wk = rng.choice("一二三四五六日")
    h += f'<table width="100%" class="top"><tr><td>{p.f(f"{paper}数字报")}</td><td align="right">{p.f(f"{y}年{m:02d}月{d:02d}日　星期{wk}")}</td></tr></table>\n'
    h += '<table width="1000" align="center"><tr><td width="300" valign="top">'
    h += f'<div class="bmdh">{p.f("版面导航")}</div>'
    for i, sec in enumerate(("要闻", "综合", "城事", "文化周刊")):
        h += f'<div><a href="http://epaper.example{n}.com/html/{y}-{m:02d}/{d:02d}/node_{i + 1}.htm">{p.f(f"第{i + 1:02d}版：{sec}")}</a></div>\n'
    h += f'<div><a href="#">{p.f("上一版")}</a>　<a href="#">{p.f("下一版")}</a></div>\n'
    h += f'<div class="pdf">{p.f("本版PDF下载")}</div>\n'
    h += '</td><td valign="top">\n'
    h += f'<div class="ti" style="font-size:22px;font-weight:bold;text-align:center">{p.c("title", title)}</div>\n'
    h += f'<div class="fu" style="text-align:center">{p.c("heading", sub)}</div>\n'
    h += f'<div class="au" style="text-align:center">{p.c("byline", f"本报记者　{name(rng)}　通讯员　{name(rng)}")}</div>\n'
    h += '<div class="content">\n'
    for i, para in enumerate(paras):
        h += f'　　{p.c("paragraph", para)}<br>\n'
        if i == len(paras) // 2:
            h += f'　　<b>{p.c("heading", "【寻访】")}</b><br>\n'
    h += "</div>\n"
    h += f'<div class="ed">{p.f(f"《{paper}》（{y}年{m:02d}月{d:02d}日　第{ed:02d}版）")}</div>\n'
    h += f'<div>{p.f("上一篇：城区老旧小区改造提速")}</div><div>{p.f("下一篇：本周末全市天气晴好")}</div>\n'
    h += f'<div class="other"><b>{p.f("本版其他文章")}</b><ul>'
    for item in ("市民文化节开幕", "社区书房上新了", "非遗传承人进校园"):
        h += f'<li>{p.f(item)}</li>'
    h += "</ul></div>\n"
    h += "</td></tr></table>\n"
    h += f'<div class="foot" align="center">{p.f(f"{paper}社版权所有　未经许可不得复制")}　{p.f(f"苏ICP备0{rng.randint(1000000, 9999999)}号")}</div>\n'
    h += "</body></html>\n"
    return h, "gbk:gbk"


def make_weibo(p: Page, arts, n: int) -> tuple[str, str]:
    rng = p.rng
    topic = p.topic(arts[0][0])
    user = rng.choice(["历史那些事儿", "地理君", "书斋夜话", "行走的老陈"])
    title = f"关于{topic}，你可能不知道的几件事"
    paras = [q for a in arts for q in paragraphs_of(p.z(a[1]), 220)]
    y, m, d = date(rng)
    h = head(p, f"{title} - 头条文章")
    h += f'<div class="appbar">{p.f("打开App，阅读体验更佳")} <a href="#">{p.f("打开")}</a></div>\n'
    h += f'<div class="card"><div class="nick">{p.f(user)}</div><div class="vip">{p.f("微博认证：知名历史博主")}</div>'
    h += f'<a class="follow">{p.f("+关注")}</a></div>\n'
    h += f'<h1 class="art-t">{p.c("title", title)}</h1>\n'
    h += f'<div class="who">{p.c("byline", f"作者：@{user}")}</div>\n'
    h += f'<div class="when">{p.c("meta", f"发布于 {y}-{m:02d}-{d:02d} {rng.randint(8, 23):02d}:{rng.randint(0, 59):02d}")}</div>\n'
    h += f'<div class="read">{p.f(f"阅读 {rng.randint(2, 99)}万")}</div>\n<div class="body">\n'
    for i, para in enumerate(paras):
        if i == 1:
            h += f'<p><strong>{p.c("heading", "01")}</strong></p>\n'
        if i == len(paras) - 1 and len(paras) > 2:
            h += f'<p><strong>{p.c("heading", "02")}</strong></p>\n'
        h += f'<p>{p.c("paragraph", para)}</p>\n'
    h += "</div>\n"
    h += f'<div class="act">{p.f(f"转发 {rng.randint(10, 999)}")}　{p.f(f"评论 {rng.randint(10, 999)}")}　{p.f(f"赞 {rng.randint(100, 9999)}")}</div>\n'
    h += f'<div class="reposts"><div class="rt">{p.f("转发列表")}</div>\n'
    for _ in range(3):
        who = rng.choice(["小鱼吃猫", "一只卷卷", "山间明月", "老街坊", "北纬三十度"])
        body = rng.choice(["涨知识了", "转发微博", "收藏慢慢看", "原来如此"])
        h += f'<div class="rp">{p.f(f"{who}：{body}//@{user}:")}</div><div class="rpt">{p.f(f"{m}-{d} {rng.randint(10, 23)}:{rng.randint(10, 59)} 来自 iPhone客户端")}</div>\n'
    h += "</div>\n"
    h += f'<div class="foot">{p.f("Copyright © 2009-2024 WEIBO 北京微梦创科网络技术有限公司")}　{p.f("京网文〔2023〕0001-001号")}</div>\n'
    h += "</body></html>\n"
    return h, "utf-8:utf-8"


def make_qa(p: Page, arts, n: int) -> tuple[str, str]:
    rng = p.rng
    topic = p.topic(arts[0][0])
    title = f"如何看待{topic}？有哪些值得一提的細節？"
    paras = [q for a in arts for q in paragraphs_of(a[1], 240)]
    y, m, d = date(rng)
    who = name(rng, True)
    h = head(p, f"{title} - 問答社群")
    h += f'<div class="hd">{p.f("問答社群")}<a href="#">{p.f("首頁")}</a><a href="#">{p.f("發現")}</a><a href="#">{p.f("等你來答")}</a>'
    h += f'<input placeholder="搜尋"><a href="#">{p.f("登入")}</a></div>\n'
    h += f'<div class="tags">{p.f("歷史")}　{p.f("文化")}　{p.f("冷知識")}</div>\n'
    h += f'<h1 class="q">{p.c("title", title)}</h1>\n'
    h += f'<div class="qd">{p.c("paragraph", "最近讀到相關資料，想請各位談談自己的理解，有資料來源更好。")}</div>\n'
    h += f'<div class="qa">{p.f("關注問題")}　{p.f("寫回答")}　{p.f(f"被瀏覽 {rng.randint(1000, 99999):,}")}</div>\n'
    h += f'<div class="count">{p.f(f"共 {rng.randint(3, 80)} 個回答")}</div>\n'
    h += '<div class="answer"><div class="author">'
    h += f'<div class="an">{p.c("byline", f"{who}　歷史學碩士，關注地方史")}</div>'
    h += f'<div class="vote">{p.f(f"{rng.randint(100, 999)} 人贊同了該回答")}</div></div>\n'
    for i, para in enumerate(paras):
        if i in (0, 2) and len(paras) > 2:
            h += f'<p><b>{p.c("heading", "先說結論" if i == 0 else "再談細節")}</b></p>\n'
        h += f'<p>{p.c("paragraph", para)}</p>\n'
    h += f'<div class="time">{p.c("meta", f"發佈於 {y}-{m:02d}-{d:02d} {rng.randint(8, 23):02d}:{rng.randint(0, 59):02d}")}</div>\n'
    h += f'<div class="bar">{p.f(f"▲ 贊同 {rng.randint(100, 999)}")}　{p.f("▼")}　{p.f(f"{rng.randint(5, 99)} 則留言")}　{p.f("分享")}　{p.f("收藏")}　{p.f("喜歡")}</div>\n'
    h += '<div class="comments">'
    for c in ("寫得很清楚，謝謝分享。", "請問有推薦的延伸閱讀嗎？"):
        h += f'<div class="cm">{p.f(name(rng, True) + "：" + c)}</div>'
    h += "</div></div>\n"
    h += f'<div class="side">{p.f("相關問題")}<ul><li>{p.f("有哪些值得一讀的地方志？")}</li><li>{p.f("歷史學碩士畢業後都在做什麼？")}</li></ul></div>\n'
    h += f'<div class="ft">{p.f("© 2024 問答社群　使用者條款　隱私權政策")}</div>\n'
    h += "</body></html>\n"
    return h, "utf-8:utf-8"


def make_twgov(p: Page, arts, n: int) -> tuple[str, str]:
    rng = p.rng
    city = rng.choice(["臺中市政府", "新竹市政府", "嘉義縣政府", "花蓮縣政府"])
    bureau, bureau_en = rng.choice([("文化局", "Cultural Affairs Bureau"), ("觀光旅遊局", "Tourism and Travel Bureau"),
                                    ("新聞局", "Information Bureau"), ("教育處", "Department of Education")])
    topic = p.topic(arts[0][0])
    title = f"{bureau}推出「{topic}」主題特展　邀民眾一同認識"
    paras = [q for a in arts for q in paragraphs_of(a[1], 240)]
    y, m, d = date(rng)
    h = head(p, f"{title}-{city}全球資訊網")
    h += f'<a href="#C" class="acc">{p.f("跳到主要內容區塊")}</a>\n'
    h += f'<table width="100%"><tr><td>{p.f(city)}</td><td align="right">{p.f("網站導覽　English　RSS　意見信箱")}</td></tr></table>\n'
    h += f'<table width="100%" class="menu"><tr><td>{p.f(":::")}</td>'
    for item in ("市政新聞", "施政計畫", "便民服務", "政府資訊公開", "市長專區"):
        h += f'<td><a href="https://www.example{n}.gov.tw/{len(item)}">{p.f(item)}</a></td>'
    h += "</tr></table>\n"
    h += f'<div class="path">{p.f(":::")} {p.f("首頁 > 市政新聞 > 新聞稿")}</div>\n'
    h += f'<h2 class="ttl">{p.c("title", title)}</h2>\n'
    h += f'<div class="info">{p.c("byline", f"發布日期：{y - 1911}-{m:02d}-{d:02d}　發布單位：{bureau}")}</div>\n'
    h += f'<div class="tools">{p.f("字級：小 中 大")}　{p.f("列印")}　{p.f("分享")}</div>\n'
    h += '<div class="txt">\n'
    for para in paras:
        h += f'<p>{p.c("paragraph", para)}</p>\n'
    ph = f"04-2228{rng.randint(1000, 9999)}"
    h += f'<p>{p.c("meta", f"新聞聯絡人：{bureau}{name(rng, True)}科長　電話：{ph}")}</p>\n'
    h += "</div>\n"
    h += '<div class="en">\n'
    h += f'<h3>{p.c("heading", "English Summary")}</h3>\n'
    en = (f"The {bureau_en} exhibition opens to the public this month. Admission is free, and guided tours are "
          "offered every weekend. The full text of this release is available in Chinese only.")
    h += f'<p lang="en">{p.c("paragraph", en)}</p>\n</div>\n'
    h += f'<div class="back">{p.f("回上頁")}　{p.f("回首頁")}</div>\n'
    h += f'<div class="ft">{p.f(f"{city}　地址：{rng.choice(ADDR)}　總機：1999")}<br>'
    h += f'{p.f(f"瀏覽人次：{rng.randint(100000, 9999999)}　更新日期：{y - 1911}-{m:02d}-{d:02d}")}</div>\n'
    h += "</body></html>\n"
    return h, "big5:big5"


def make_travel(p: Page, arts, n: int) -> tuple[str, str]:
    rng = p.rng
    mag = rng.choice(["遊蹤", "城市行腳", "旅人誌", "山海之間"])
    topic = p.topic(arts[0][0])
    title = f"{topic}：一段慢下來的旅程"
    paras = [q for a in arts for q in paragraphs_of(a[1], 230)]
    y, m, d = date(rng)
    h = head(p, f"{title} | {mag}")
    h += f'<div class="cookie">{p.f("本網站使用 Cookies 以提升瀏覽體驗，繼續瀏覽即表示你同意我們的私隱政策。")}<button>{p.f("我明白了")}</button></div>\n'
    h += f'<header><div class="logo">{p.f(mag)}</div><nav>'
    for item in ("目的地", "文化", "美食", "住宿", "專題", "訂閱"):
        h += f'<a href="https://www.example-travel{n}.hk/{len(item)}">{p.f(item)}</a>'
    h += "</nav></header>\n<main><article>\n"
    h += f'<div class="kicker"><a href="#">{p.f("文化漫遊")}</a></div>\n'
    h += f'<h1>{p.c("title", title)}</h1>\n'
    h += f'<div class="by">{p.c("byline", f"撰文：{name(rng, True)}　攝影：{name(rng, True)}")}</div>\n'
    h += f'<time>{p.c("meta", f"{d}/{m}/{y}")}</time>\n'
    h += f'<figure><img src="a.jpg" alt=""><figcaption>{p.f("旅途中所見的街景。")}</figcaption></figure>\n'
    for i, para in enumerate(paras):
        if i == 1:
            h += f'<h3>{p.c("heading", "出發之前")}</h3>\n'
        if i == 3:
            h += f'<h3>{p.c("heading", "走進歷史")}</h3>\n'
            h += f'<figure><img src="b.jpg" alt=""><figcaption>{p.f("資料圖片")}</figcaption></figure>\n'
        h += f'<p>{p.c("paragraph", para)}</p>\n'
    h += f'<div class="share">{p.f("分享：Facebook　WhatsApp　複製連結")}</div>\n'
    h += f'<div class="tags">{p.f("#文化")}　{p.f("#歷史")}　{p.f("#慢旅行")}</div>\n'
    h += "</article>\n"
    h += f'<aside><h4>{p.f("你可能也喜歡")}</h4>'
    for item in ("老城區的咖啡地圖", "離島一日遊全攻略", "博物館夜間開放"):
        h += f'<div class="card">{p.f(item)}</div>'
    h += "</aside>\n"
    h += f'<div class="nl">{p.f("訂閱電子報，每週收到最新旅遊靈感")}<input placeholder="電郵地址"><button>{p.f("訂閱")}</button></div>\n'
    h += f'</main><footer>{p.f(f"© {y} {mag} 版權所有　私隱政策　聯絡我們")}</footer>\n'
    h += "</body></html>\n"
    return h, "utf-8:utf-8"


MAKERS = {"hospital": make_hospital, "guide": make_guide, "live": make_live, "epaper": make_epaper,
          "weibo": make_weibo, "qa": make_qa, "twgov": make_twgov, "travel": make_travel}


# ----------------------------------------------------------------------------- tools

def run(cmd: list[str]) -> str:
    out = subprocess.run(cmd, capture_output=True, check=True, timeout=120)
    return out.stdout.decode("utf-8", errors="replace")


def dump(tool: str, width: int, path: Path, nolist: bool = False) -> str:
    if tool == "lynx":
        cmd = ["lynx", "-dump", "-force_html", f"-width={width}", "-display_charset=utf-8", "-assume_charset=utf-8",
               "-assume_local_charset=utf-8"]
        if nolist:
            cmd.append("-nolist")
        return run(cmd + [str(path)])
    if tool == "w3m":
        return run(["w3m", "-dump", "-T", "text/html", "-cols", str(width), "-I", "UTF-8", "-O", "UTF-8", str(path)])
    if tool == "html2text":
        return run(["html2text", "-utf8", "-width", str(width), str(path)])
    raise ValueError(tool)


def dwidth(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


CLOSING = set("，。、；：！？）」』”’》〉】…,.;:!?)")


def rewrap(text: str, limit: int, by_chars: bool) -> list[str]:
    """Wrap one line at ``limit`` display columns (or characters); no break inside a digit run or Latin word,
    no closing punctuation at a line start."""
    out, cur, w = [], "", 0
    tokens = re.findall(r"[A-Za-z0-9][A-Za-z0-9.,:/@%\-]*|\s+|.", text)
    for tok in tokens:
        tw = len(tok) if by_chars else sum(dwidth(c) for c in tok)
        if cur and w + tw > limit and not tok.isspace() and tok not in CLOSING:
            out.append(cur.rstrip())
            cur, w = "", 0
        if not cur and tok.isspace() and out:
            continue  # a continuation line starts with text; the first line keeps its indent
        cur += tok
        w += tw
    if cur.strip():
        out.append(cur.rstrip())
    return out


def saved(page_text: str, by_chars: bool, site: str, url: str) -> str:
    limit = 36 if by_chars else 72
    per = 44 if by_chars else 40
    lines = []
    for line in page_text.splitlines():
        line = line.strip(" \t")
        if not line:
            if lines and lines[-1] != "":
                lines.append("")
            continue
        lines.extend(rewrap(line, limit, by_chars))
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    out = []
    for k, pg in enumerate(pages, 1):
        out.append(f"{site}    {url}")
        out.append("")
        out.extend(pg)
        out.append("")
        out.append(f"- {k} -" if by_chars else f"第 {k} 页")
        out.append("")
    return "\n".join(out) + "\n"


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def ocr_spaces(text: str, rng: random.Random) -> str:
    out = []
    lines = text.split("\n")
    for line in lines:
        if rng.random() < 0.5 and "://" not in line:
            chars = list(line)
            buf = []
            for i, ch in enumerate(chars):
                buf.append(ch)
                if i + 1 < len(chars) and is_cjk(ch) and is_cjk(chars[i + 1]) and rng.random() < 0.15:
                    buf.append(" ")
            line = "".join(buf)
        out.append(line)
    return "\n".join(out)


# ----------------------------------------------------------------------------- alignment

DECOR = re.compile(r"^(?:[*•#+=_\-o·]+|\d+\.|\[\d+\]|[(（]\d+[)）])+$")
RULE = re.compile(r"^[*=\-_]+$")


def fold(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


class Misaligned(Exception):
    pass


def align(text: str, blocks: list[tuple[str, str]], extra: tuple = ()) -> list[dict]:
    """Gold units of a dump ``text`` from the page's blocks (see the module docstring)."""
    content = [(k, t) for k, t in blocks if k != "furniture"]
    furn = [WS.sub("", fold(t)) for k, t in blocks if k == "furniture"]
    # stream of folded non-space characters with their positions in text
    stream, pos = [], []
    for i, ch in enumerate(text):
        if ch.isspace():
            continue
        for fc in fold(ch):
            if not fc.isspace():
                stream.append(fc)
                pos.append(i)
    s = "".join(stream)
    keys = [WS.sub("", fold(t)) for _, t in content]
    skips = sorted({f for f in furn + [WS.sub("", fold(t)) for t in extra] if f}, key=len, reverse=True)

    def match_at(j: int, key: str, limit: int) -> list[int] | None:
        """Positions in s of key's characters from j on, skipping whole furniture strings between them."""
        got, q = [], j
        for ch in key:
            while q < limit and s[q] != ch:
                f = next((f for f in skips if s.startswith(f, q)), None)
                if f is None:
                    return None
                q += len(f)
            if q >= limit or s[q] != ch:
                return None
            got.append(q)
            q += 1
        return got

    def search(key: str, lo: int, hi: int, backward: bool) -> list[int] | None:
        j = s.rfind(key, lo, hi) if backward else s.find(key, lo, hi)
        if j >= 0:
            return list(range(j, j + len(key)))
        cands = range(hi - 1, lo - 1, -1) if backward else range(lo, hi)
        for j in cands:
            if s[j] == key[0]:
                got = match_at(j, key, hi)
                if got:
                    return got
        return None

    fwd, start = [], 0
    for key in keys:
        got = search(key, start, len(s), False)
        if got is None:
            raise Misaligned(key[:30])
        fwd.append(got)
        start = got[-1] + 1
    bwd, end = [], len(s)
    for key in reversed(keys):
        got = search(key, 0, end, True)
        if got is None:
            raise Misaligned(key[:30])
        bwd.append(got)
        end = got[0]
    if fwd != bwd[::-1]:
        bad = [keys[i][:20] for i in range(len(keys)) if fwd[i] != bwd[::-1][i]]
        raise Misaligned(f"ambiguous: {bad}")
    owner = [None] * len(text)
    for u, got in enumerate(fwd):
        for q in got:
            owner[pos[q]] = u
    # lines
    line_spans, a = [], 0
    for line in text.splitlines(keepends=True):
        line_spans.append((a, a + len(line)))
        a += len(line)
    nxt = [len(content)]

    def new_debris() -> str:
        nxt[0] += 1
        return f"d{nxt[0]}"

    line_kind = []  # per line: set of content owners
    for a, b in line_spans:
        line_kind.append({owner[i] for i in range(a, b) if owner[i] is not None})
    for li, (a, b) in enumerate(line_spans):
        owners = line_kind[li]
        line = text[a:b]
        if not line.strip():
            continue
        if not owners:
            sq = WS.sub("", fold(line))
            if RULE.match(sq):
                # html2text's rule around a heading: goes with an adjacent heading / title line
                for lj in (li - 1, li + 1):
                    if 0 <= lj < len(line_spans) and len(line_kind[lj]) == 1:
                        u = next(iter(line_kind[lj]))
                        if content[u][0] in ("title", "heading"):
                            for i in range(a, b):
                                if not text[i].isspace():
                                    owner[i] = u
                            break
                if owner[next(i for i in range(a, b) if not text[i].isspace())] is not None:
                    continue
            d = new_debris()
            for i in range(a, b):
                if not text[i].isspace():
                    owner[i] = d
            continue
        # a content line: runs of unowned non-space characters
        i = a
        while i < b:
            if text[i].isspace() or owner[i] is not None:
                i += 1
                continue
            j = i
            while j < b and (owner[j] is None):
                j += 1
            # run i..j (may include spaces at its end)
            run_txt = text[i:j]
            toks = run_txt.split()
            prev = next((owner[q] for q in range(i - 1, a - 1, -1) if owner[q] is not None), None)
            after = next((owner[q] for q in range(j, b) if owner[q] is not None), None)
            if all(DECOR.match(fold(t)) for t in toks):
                tgt = after if after is not None else prev
            else:
                tgt = new_debris()
            for q in range(i, j):
                if not text[q].isspace():
                    owner[q] = tgt
            i = j
    # whitespace: with the non-space char before it on its line, leading whitespace with the one after
    for a, b in line_spans:
        first = next((owner[i] for i in range(a, b) if not text[i].isspace()), None)
        cur = first
        for i in range(a, b):
            if text[i].isspace():
                owner[i] = cur
            else:
                cur = owner[i]
    last = None
    for i in range(len(text)):
        if owner[i] is None:
            owner[i] = last
        last = owner[i]
    first_owner = next((o for o in owner if o is not None), None)
    owner = [first_owner if o is None else o for o in owner]
    # units: maximal runs
    runs = []
    for i, o in enumerate(owner):
        if runs and runs[-1][0] == o:
            runs[-1][1].append(text[i])
        else:
            runs.append((o, [text[i]]))
    # merge consecutive debris lines that are pieces of one furniture string
    merged = []
    for o, chars in runs:
        t = "".join(chars)
        if (merged and isinstance(o, str) and isinstance(merged[-1][0], str)):
            a_sq, b_sq = WS.sub("", fold(merged[-1][1])), WS.sub("", fold(t))
            if any(a_sq + b_sq in f for f in furn) and not any(a_sq == f for f in furn):
                merged[-1] = (merged[-1][0], merged[-1][1] + t)
                continue
        merged.append((o, t))
    units, seen = [], set()
    for o, t in merged:
        if isinstance(o, int):
            unit = {"kind": content[o][0], "text": t}
            if o in seen:
                unit["cont"] = True
            seen.add(o)
        else:
            unit = {"kind": "debris", "text": t}
        units.append(unit)
    assert "".join(u["text"] for u in units) == text
    return units


# ----------------------------------------------------------------------------- main

SITES = {"hospital": "医院门户网站", "guide": "政务服务网", "live": "新闻客户端", "epaper": "数字报",
         "weibo": "微博", "qa": "問答社群", "twgov": "市政府全球資訊網", "travel": "旅遊雜誌"}


PRINTED = {4, 5, 10, 11}  # pages also printed to PDF by Chromium


def chromium_pdf(native: Path, split: str, host: str, out: Path) -> None:
    """Serve the page from 127.0.0.1 under a realistic host name and print it with Chromium headless."""
    import os
    import socket
    import time
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    server = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1"],
                              cwd=native.parent, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(0.8)
        env = dict(os.environ, FONTCONFIG_FILE="/opt/cjkfonts/fonts.conf")
        with tempfile.TemporaryDirectory(prefix="w8chrome") as prof:
            subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={prof}",
                            f"--host-resolver-rules=MAP {host} 127.0.0.1:{port}", "--no-pdf-header-footer",
                            f"--print-to-pdf={out}", f"http://{host}/{native.name}"],
                           env=env, capture_output=True, check=True, timeout=120)
    finally:
        server.terminate()
        server.wait()


def encode(text: str, enc: str) -> bytes:
    if "crlf" in enc:
        text = text.replace("\n", "\r\n")
    if enc.startswith("gb18030"):
        return text.encode("gb18030")
    if enc.startswith("gbk"):
        return text.encode("gbk", errors="strict")
    if enc.startswith("utf-8-bom") or enc.startswith("bom"):
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    return text.encode("utf-8")


def decode(data: bytes, enc: str) -> str:
    if enc.startswith("gb"):
        return data.decode("gb18030")
    return data.decode("utf-8-sig")


def build(out_root: Path) -> dict:
    pool = source_pool()
    rng0 = random.Random("w8-pool")
    rng0.shuffle(pool)
    manifest, report = [], {"dropped": [], "files": 0}
    text_encs_s = ["utf-8", "utf-8-bom", "crlf", "gb18030", "bom-crlf", "gb18030-crlf"]
    text_encs_t = ["utf-8", "utf-8-bom", "crlf", "bom-crlf"]
    # a fixed folder: lynx prints the page's own address (file:///tmp/w8-web-pages/...) for its ``#`` links
    tmp = Path(tempfile.gettempdir()) / "w8-web-pages"
    tmp.mkdir(exist_ok=True)
    if True:
        for n in range(N_DOCS):
            doc_id = f"{PREFIX}-{n:03d}"
            split = "dev8" if n % 2 == 0 else "held8"
            design = DESIGNS[n // 2]
            trad = design in TRAD
            rng = random.Random(doc_id)
            arts = [pool.pop(0), pool.pop(0)]
            page = Page(trad, rng)
            src, encs = MAKERS[design](page, arts, n)
            enc, decl = encs.split(":")
            (out_root / "native" / split).mkdir(parents=True, exist_ok=True)
            (out_root / "text" / split).mkdir(parents=True, exist_ok=True)
            native = out_root / "native" / split / f"{doc_id}_html.html"
            native.write_bytes(src.replace("{CHARSET}", decl).encode(enc, errors="xmlcharrefreplace"))
            utf8 = tmp / f"{doc_id}.html"
            utf8.write_text(src.replace("{CHARSET}", "utf-8"), encoding="utf-8")
            source = "drcd-test" if trad else "drcd-test(t2s)"
            golds = {}
            if n in PRINTED:
                found = re.search(r'href="https?://([^/"]+)', src)
                host = found.group(1) if found else "www.wenda-example.tw"
                pdf = out_root / "native" / split / f"{doc_id}_pdf.pdf"
                chromium_pdf(native, split, host, pdf)
                # check: every content unit (and furniture string) is found in order in the PDF's text layer
                align(run(["pdftotext", str(pdf), "-"]), page.blocks)
                golds[f"{doc_id}_pdf"] = {"doc_id": f"{doc_id}_pdf", "source": source,
                                          "furniture": [t for k, t in page.blocks if k == "furniture"],
                                          "units": [{"kind": k, "text": t} for k, t in page.blocks if k != "furniture"]}
                pdf_file = {"path": f"native/{split}/{doc_id}_pdf.pdf", "route": "native", "tool": "pdf",
                            "encoding": "chromium"}
            content = [{"kind": k, "text": t} for k, t in page.blocks if k != "furniture"]
            furniture = [t for k, t in page.blocks if k == "furniture"]
            golds |= {f"{doc_id}_html": {"doc_id": f"{doc_id}_html", "source": source, "furniture": furniture,
                                        "units": content}}
            files = [{"path": f"native/{split}/{doc_id}_html.html", "route": "native", "tool": "html",
                      "encoding": decl}]
            if n in PRINTED:
                files.append(pdf_file)
            lw = [60, 72, 80, 100, 130]
            wl, wn = lw[n % 5], lw[(n + 2) % 5]
            ww = [64, 80, 100, 120][n % 4]
            wh = [60, 79, 100][n % 3]
            jobs = [(f"lynx{wl}", dump("lynx", wl, utf8)), (f"lynx{wn}nolist", dump("lynx", wn, utf8, True)),
                    (f"w3m{ww}", dump("w3m", ww, utf8)), (f"html2text{wh}", dump("html2text", wh, utf8))]
            by_chars = (n // 2 + n) % 2 == 1
            host = re.search(r'href="(https?://[^/"]+)', src)
            url = (host.group(1) if host else "https://www.wenda-example.tw") + f"/art/{n:04d}.html"
            page_text = re.sub(r"(?m)^\s*\* ", "", dump("lynx", 1000, utf8, True))
            jobs.append(("saved36c" if by_chars else "saved72", saved(page_text, by_chars, SITES[design], url)))
            encs_cycle = text_encs_t if trad else text_encs_s
            for k, (tool, text) in enumerate(jobs):
                if tool.startswith("saved"):
                    fenc = "bom-crlf" if trad else "gbk-crlf"
                else:
                    fenc = encs_cycle[(n + k) % len(encs_cycle)]
                if rng.random() < 0.25:
                    text = ocr_spaces(text, rng)
                    fenc_label = fenc + "+ocr"
                else:
                    fenc_label = fenc
                if fenc.startswith("gbk"):
                    try:
                        text.encode("gbk")
                    except UnicodeEncodeError:
                        fenc, fenc_label = "gb18030-crlf", fenc_label.replace("gbk", "gb18030")
                data = encode(text, fenc)
                final = decode(data, fenc)
                stem = f"{doc_id}_{tool}"
                try:
                    extra = (f"{SITES[design]}    {url}", "第 页", "- -") if tool.startswith("saved") else ()
                    units = align(final, page.blocks, extra + tuple(f"第 {k} 页" for k in range(1, 30))
                                  + tuple(f"- {k} -" for k in range(1, 30)) if extra else ())
                except Misaligned as exc:
                    report["dropped"].append(f"{stem}: {exc}")
                    continue
                (out_root / "text" / split / f"{stem}.txt").write_bytes(data)
                golds[stem] = {"doc_id": stem, "source": source, "units": units}
                files.append({"path": f"text/{split}/{stem}.txt", "route": "text", "tool": tool,
                              "encoding": fenc_label})
            (out_root / "gold").mkdir(parents=True, exist_ok=True)
            for stem, g in golds.items():
                (out_root / "gold" / f"{stem}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n",
                                                                encoding="utf-8")
            report["files"] += len(files)
            manifest.append({"id": doc_id, "split": split, "script": "trad" if trad else "simp",
                             "template": design, "sources": [a[0] for a in arts], "files": files})
    (out_root / "manifest-dev8-web.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n",
                                                       encoding="utf-8")
    return report


def main() -> int:
    root = HERE
    for split in ("dev8", "held8"):
        for route in ("text", "native"):
            for old in (root / route / split).glob(f"{PREFIX}-*"):
                old.unlink()
    for old in (root / "gold").glob(f"{PREFIX}-*.json"):
        old.unlink()
    report = build(root)
    print(json.dumps(report, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
