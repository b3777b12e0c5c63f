"""Batch 10, WEB part: 16 web pages of eight site designs no earlier batch used (ids ``w10-000`` .. ``w10-015``).

Even number -> split ``dev10``, odd -> ``held10``; design ``k`` makes documents ``2k`` (dev10) and ``2k+1`` (held10).

Designs (invented templates and furniture; see README "Batch 10", WEB subsection):

- ``presser``  (simplified, UTF-8, ``<section>``/``<article>``): a provincial press-conference transcript page
  (时间/地点/发布人 lines, ``文字实录`` head, turns ``<p><strong>主持人：</strong>…``).
- ``uninotice`` (simplified, GBK declared ``gbk``, layout tables): a university office notice (发布者/发布时间 with
  浏览次数 beside it, addressee line, ``一、`` heads in ``<strong>``, 附件 links, signing office and date).
- ``dept``     (simplified, GB18030 declared ``gb18030``, div soup): a hospital department page (sidebar section menu,
  styled-div heads 科室简介 / 特色技术, expert cards in ``<dl>``, 出诊时间 table).
- ``localnews`` (simplified, GBK declared ``gb2312``): a local-news article in a two-column layout table with a left
  今日要闻 list, ``&nbsp;`` indents, ``<p align=center><b>`` heads, ``（责任编辑：X）``.
- ``bbs``      (traditional, UTF-8): a forum thread; the opening post is the article (``<br><br>`` paragraphs),
  replies with floors 沙發 / 板凳 / #4, 引用 blocks quoting the opening post, signatures under posts.
- ``wiki``     (traditional, UTF-8): a MediaWiki-like article (hatnote, infobox table, numbered TOC 1 / 1.1,
  ``[編輯]`` links, ``[1]`` reference marks in paragraphs, 參考文獻 with ``↑`` back-links, categories).
- ``exhibit``  (traditional, UTF-8): a museum exhibition page (展出中 badge, ``<dl>`` info box 展期 / 地點 / 票價,
  ``<h3>`` unit heads, ``策展人／X``, related events).
- ``hkagency`` (traditional, **Big5** declared ``big5``, numeric references for what Big5 lacks, tables): a Hong Kong
  association's press release (即時發佈, dateline inside the first paragraph, ``<u>`` heads, ``- 完 -``,
  ``關於…`` boilerplate, 傳媒查詢 line).

Prose: dev10 pages take ONLY ``paragraph`` units of development native gold (dev, dev3..dev9, dev6x, dev9xp, dev9xw,
dev9xq), held10 pages ONLY those of held native gold (heldout, held3, held5..held9); the builder asserts that no picked
paragraph shares a 15-character stretch (whitespace removed, both compared after opencc t2s) with any gold text of the
other side. Picked with ``random.Random(SEED)``. Script converted with opencc (t2s / s2t) to the design's script.

Files: ``native/{dev10,held10}/w10-NNN_html.html`` (the page in its declared encoding) and five text dumps per page in
``text/{dev10,held10}/``, all made from a UTF-8 copy of the page: ``lynxW`` (``lynx -dump -width=W``, Lynx 2.9.0dev.12,
with the References list), ``lynxWnolist``, ``w3mW`` (w3m 0.5.3+git20230121 ``-dump -cols W``), ``html2textW``
(html2text 1.3.2a ``-utf8 -nobs -width W``), W in 48/62/76/96/120/150, and one saved copy: ``savedcolW`` (the rendered
text, ``lynx -dump -nolist -width=3000`` without bullets, re-wrapped at W = 62 or 96 display columns, CJK two) or
``savedchW`` (W = 24 or 40 characters), with a ``【site】URL`` header line and a ``— N —`` footer line every 42 lines.
Encodings rotate (UTF-8, UTF-8 BOM, CRLF, GB18030 for simplified pages); saved copies GBK + CRLF (simplified) or UTF-8
BOM + CRLF (traditional); some dumps have OCR-like spaces between CJK characters.

Gold from construction (never from the segmenter): every visible string of the page is registered in source order as a
content unit or a furniture string; each dump is aligned to that sequence (NFKC, whitespace removed); a file whose
content cannot be found in order is dropped (reported at the end of the run).

    PYTHONPATH=$PWD python benchmarks/segcorpus/make_dev10_web.py
"""

from __future__ import annotations

import html
import json
import random
import re
import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

import opencc

HERE = Path(__file__).resolve().parent
SEED = 1010
PREFIX = "w10-"
DEV_SPLITS = {"dev", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev6x", "dev9xp", "dev9xw", "dev9xq", "dev2"}
HELD_SPLITS = {"heldout", "held3", "held5", "held6", "held7", "held8", "held9"}
T2S, S2T = opencc.OpenCC("t2s"), opencc.OpenCC("s2t")
WS = re.compile(r"\s+")


def sq(text: str) -> str:
    return WS.sub("", text)


# ---------------------------------------------------------------- sources

def _stem_splits() -> dict:
    out = {}
    for p in HERE.glob("*/*/*.*"):
        if p.parts[-3] in ("text", "native"):
            out[p.stem] = p.parts[-2]
    return out


def load_pools():
    splits = _stem_splits()
    pools = {"dev": [], "held": []}
    side_text = {"dev": set(), "held": set()}
    for path in sorted((HERE / "gold").glob("*.json")):
        split = splits.get(path.stem)
        if split is None or path.stem.startswith(PREFIX):
            continue
        side = "dev" if split in DEV_SPLITS else "held" if split in HELD_SPLITS else None
        if side is None:
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        for u in gold["units"]:
            side_text[side].add(sq(u["text"]))
        if "furniture" in gold:
            for u in gold["units"]:
                t = WS.sub(" ", u["text"]).strip()
                t = re.sub(r"(?<=[^\x00-\xff]) | (?=[^\x00-\xff])", "", t)
                if u["kind"] == "paragraph" and 90 <= len(t) <= 330 and not re.search(r"[<>\[\]{}|]", t):
                    pools[side].append(t)
    for side in pools:
        seen, uniq = set(), []
        for t in sorted(set(pools[side])):
            if t[:15] not in seen:
                seen.add(t[:15])
                uniq.append(t)
        pools[side] = uniq
    return pools, side_text


def grams(text: str, n: int = 15) -> set:
    s = T2S.convert(sq(text))
    return {s[i:i + n] for i in range(len(s) - n + 1)}


def leak_free(cands: list, other_text: set) -> list:
    """The candidates that share no 15-character stretch with any text of the other side."""
    want = {}
    for i, c in enumerate(cands):
        for g in grams(c):
            want.setdefault(g, set()).add(i)
    bad = set()
    big = T2S.convert("|".join(sorted(other_text)))
    for i in range(len(big) - 14):
        hit = want.get(big[i:i + 15])
        if hit:
            bad |= hit
    return [c for i, c in enumerate(cands) if i not in bad]


# ---------------------------------------------------------------- page registry

class Page:
    def __init__(self, script: str):
        self.items: list[tuple[str, str]] = []
        self.script = script

    def cv(self, text: str) -> str:
        return T2S.convert(text) if self.script == "simp" else S2T.convert(text)

    def c(self, kind: str, text: str) -> str:
        self.items.append((kind, text))
        return html.escape(text, quote=False)

    def f(self, text: str) -> str:
        self.items.append(("furn", text))
        return html.escape(text, quote=False)


def head(charset: str, title: str, style: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            f"<title>{html.escape(title)}</title><style>{style}</style></head>\n<body>\n")


SURN = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余杜叶程魏苏吕丁沈任姚卢钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤"
GIVEN = "建国海燕志强秀英晓明丽娟文杰春梅宏伟雅琴振华淑芬国栋慧敏子轩思远佳怡浩然嘉欣俊杰婉婷立新玉兰德胜宇航梓涵"


def name(rng: random.Random) -> str:
    g = rng.randrange(0, len(GIVEN) - 1, 2)
    return rng.choice(SURN) + (GIVEN[g:g + 2] if rng.random() < 0.7 else GIVEN[g])


def date(rng: random.Random, fmt: str = "{y}-{m:02d}-{d:02d}") -> str:
    return fmt.format(y=rng.choice([2022, 2023, 2024]), m=rng.randint(1, 12), d=rng.randint(1, 28),
                      h=rng.randint(8, 21), mi=rng.randint(0, 59))


def sentences_cut(text: str) -> list[str]:
    """Cut a long paragraph into two at the sentence end nearest its middle (closing quotes stay)."""
    if len(text) <= 260:
        return [text]
    ends = [m.end() for m in re.finditer(r"[。！？][」”’』）)]*", text) if 60 < m.end() < len(text) - 40]
    if not ends:
        return [text]
    cut = min(ends, key=lambda e: abs(e - len(text) / 2))
    return [text[:cut], text[cut:]]


def prose(P: Page, paras: list[str]) -> list[str]:
    out = []
    for t in paras:
        out.extend(sentences_cut(P.cv(t)))
    return out


# ---------------------------------------------------------------- designs

def d_presser(P, rng, paras):
    prov = rng.choice(["江淮", "云岭", "湘楚", "燕赵", "齐鲁"])
    topic = rng.choice(["文化遗产保护", "公共阅读服务", "历史文献整理", "城市更新"])
    spk, host = name(rng), name(rng)
    body = prose(P, paras)
    h = head("utf-8", f"{prov}省{topic}新闻发布会")
    h += f'<header class="top"><div class="logo">{P.f(f"{prov}省人民政府新闻办公室")}</div><nav>'
    h += "".join(f'<a href="/n/{i}.html">{P.f(t)}</a> ' for i, t in enumerate(["首页", "新闻发布", "发布会预告", "发布会实录", "图片直播", "政策解读"]))
    h += f'</nav><div class="crumb">{P.f("您现在的位置：首页 > 新闻发布 > 发布会实录")}</div></header>\n<article>\n'
    h += f"<h1>{P.c('title', f'{prov}省“{topic}”专题新闻发布会实录')}</h1>\n"
    h += f'<div class="src">{P.c("byline", f"发布时间：{date(rng)} 10:30　来源：省政府新闻办")}</div>\n'
    h += f'<div class="tools">{P.f("【字号 大 中 小】")} {P.f("【打印】")} {P.f("【分享到微信】")}</div>\n<section class="info">\n'
    h += f"<p>{P.c('meta', '时间：' + date(rng, '{y}年{m}月{d}日') + '上午10时')}</p>\n"
    h += f"<p>{P.c('meta', '地点：省政府新闻发布厅')}</p>\n"
    h += f"<p>{P.c('meta', f'发布人：省文化和旅游厅副厅长　{spk}')}</p>\n</section>\n"
    h += f"<h2>{P.c('heading', '文字实录')}</h2>\n<section class='talk'>\n"
    h += f"<p>{P.c('paragraph', f'主持人{host}：各位记者朋友，大家上午好！欢迎出席今天的新闻发布会。今天我们邀请到{spk}先生，介绍{topic}工作有关情况，并回答大家关心的问题。')}</p>\n"
    outlets = ["新华社记者", "本省日报记者", "中新社记者", "广播电视台记者"]
    for i, t in enumerate(body):
        if i % 2 == 1:
            q = f"{outlets[i // 2 % 4]}：刚才您提到相关背景，能否再具体介绍一下？"
            h += f"<p>{P.c('paragraph', q)}</p>\n"
        h += f"<p><strong>{html.escape(spk)}：</strong>{html.escape(t, quote=False)}</p>\n"
        P.items.append(("paragraph", f"{spk}：{t}"))
    h += f"<p>{P.c('paragraph', f'主持人{host}：今天的发布会到此结束，谢谢大家！')}</p>\n</section>\n"
    h += f'<div class="share">{P.f("分享到：")} <a href="#">{P.f("微博")}</a> <a href="#">{P.f("微信")}</a> <a href="#">{P.f("QQ空间")}</a></div>\n'
    h += f"</article>\n<aside><h3>{P.f('相关发布会')}</h3><ul>"
    for t in ["全省文旅市场运行情况发布会", "《条例》实施一周年新闻发布会", "重点项目建设进展通报会"][: rng.randint(1, 3)]:
        h += f'<li><a href="#">{P.f(t)}</a></li>'
    h += f"</ul></aside>\n<footer><p>{P.f(f'主办：{prov}省人民政府新闻办公室　承办：省政府网站运维中心')}</p>"
    h += f"<p>{P.f(f'网站标识码：{rng.randint(1000000000, 9999999999)}　皖ICP备0{rng.randint(1000000, 9999999)}号')}</p>"
    h += f'<p><a href="#top">{P.f("返回顶部")}</a></p></footer>\n</body></html>\n'
    return h


def d_uninotice(P, rng, paras):
    uni = rng.choice(["东岳", "南溪", "北辰", "西陵"]) + "大学"
    body = prose(P, paras)
    h = head("gbk", "关于做好相关工作的通知")
    h += '<table width="980" align="center" cellspacing="0"><tr><td>'
    h += f'<font size="5"><b>{P.f(uni + "教务处")}</b></font> {P.f("Office of Academic Affairs")}</td></tr>\n<tr><td>'
    h += " | ".join(f'<a href="/x{i}.htm">{P.f(t)}</a>' for i, t in enumerate(["首页", "机构设置", "通知公告", "教学运行", "实践教学", "下载中心"]))
    h += '</td></tr></table>\n<table width="980" align="center"><tr><td width="200" valign="top">\n'
    h += f"<b>{P.f('通知公告')}</b><br>\n"
    for t in ["教务通知", "考务通知", "学籍通知"]:
        h += f'<a href="#">{P.f(t)}</a><br>\n'
    h += '</td><td valign="top">\n'
    h += f'<p>{P.f("当前位置：首页 >> 通知公告 >> 正文")}</p>\n'
    topic = rng.choice(["课程教学档案整理", "本科教学质量报告编写", "校史读本选题征集", "通识课程案例建设"])
    h += f'<h2 align="center">{P.c("title", f"关于开展{topic}工作的通知")}</h2>\n'
    h += f'<p align="center">{P.c("byline", f"发布者：教务处　发布时间：{date(rng)}")}　<span>{P.f(f"浏览次数：{rng.randint(200, 5000)}")}</span></p>\n'
    h += f"<p>{P.c('paragraph', '各学院、各有关单位：')}</p>\n"
    h += f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{P.c('paragraph', f'为进一步做好{topic}工作，经研究，现将有关事项通知如下。以下材料供各单位参考。')}</p>\n"
    heads = ["一、背景材料", "二、工作要求", "三、时间安排", "四、其他事项"]
    for i, t in enumerate(body):
        if i % 2 == 0 and i // 2 < len(heads):
            h += f"<p><strong>{P.c('heading', heads[i // 2])}</strong></p>\n"
        h += f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{P.c('paragraph', t)}</p>\n"
    h += f"<p>{P.f('附件：')}</p>\n"
    for i in range(rng.randint(1, 3)):
        h += f'<p><a href="/upload/{i}.docx">{P.f(f"{i + 1}.{topic}申报表（第{i + 1}类）.docx")}</a></p>\n'
    h += f'<p align="right">{P.c("meta", "教务处")}</p>\n<p align="right">{P.c("meta", date(rng, "{y}年{m}月{d}日"))}</p>\n'
    h += f'<p>{P.f("上一条：关于期中教学检查的通知")}</p><p>{P.f("下一条：关于教室调整的说明")}</p>\n'
    h += f'<p align="center"><a href="javascript:window.print()">{P.f("【打印本页】")}</a> <a href="javascript:window.close()">{P.f("【关闭窗口】")}</a></p>\n'
    h += f'</td></tr></table>\n<table width="980" align="center"><tr><td align="center">{P.f(f"版权所有 © {uni}教务处　地址：大学路88号　邮编：230001")}<br>'
    h += f"{P.f(f'ICP备{rng.randint(10000000, 99999999)}号')}</td></tr></table>\n</body></html>\n"
    return h


def d_dept(P, rng, paras):
    hosp = rng.choice(["市第一人民医院", "省中医院", "市妇幼保健院", "大学附属医院"])
    dept = rng.choice(["心血管内科", "康复医学科", "神经内科", "老年医学科"])
    body = prose(P, paras)
    h = head("gb18030", dept)
    h += f'<div class="hd"><div class="logo">{P.f(hosp)}</div><div class="tel">{P.f("预约挂号：0551-12345678")}</div></div>\n<div class="nav">'
    h += "".join(f'<a href="#">{P.f(t)}</a>' for t in ["首页", "医院概况", "科室导航", "专家团队", "就医指南", "健康科普"])
    h += f'</div>\n<div class="pos">{P.f(f"当前位置：首页 > 科室导航 > 内科系统 > {dept}")}</div>\n<div class="wrap"><div class="side">'
    h += f'<div class="stit">{P.f(dept)}</div><ul>'
    for t in ["科室简介", "专家介绍", "特色技术", "出诊时间", "科普园地"]:
        h += f'<li><a href="#">{P.f(t)}</a></li>'
    h += '</ul></div>\n<div class="main">\n'
    h += f'<div class="dname" style="font-size:24px;font-weight:bold">{P.c("title", dept)}</div>\n'
    h += f'<div class="tit" style="font-weight:bold">{P.c("heading", "科室简介")}</div>\n'
    half = max(1, len(body) // 2)
    for t in body[:half]:
        h += f'<div class="txt">{P.c("paragraph", t)}</div>\n'
    h += f'<div class="tit" style="font-weight:bold">{P.f("专家介绍")}</div>\n<div class="cards">'
    for _ in range(rng.randint(2, 3)):
        n = name(rng)
        h += f'<dl><dt>{P.f(n + "　主任医师")}</dt><dd>{P.f("擅长：" + rng.choice(["高血压、冠心病诊治", "脑卒中后康复", "老年综合评估"]))}</dd>'
        h += f'<dd><a href="#">{P.f("查看详情")}</a></dd></dl>'
    h += "</div>\n"
    h += f'<div class="tit" style="font-weight:bold">{P.c("heading", "特色技术")}</div>\n'
    for t in body[half:]:
        h += f'<div class="txt">{P.c("paragraph", t)}</div>\n'
    h += f'<div class="tit">{P.f("出诊时间")}</div><table border="1"><tr><th>{P.f("星期")}</th><th>{P.f("上午")}</th><th>{P.f("下午")}</th></tr>'
    h += f"<tr><td>{P.f('周一')}</td><td>{P.f(name(rng))}</td><td>{P.f(name(rng))}</td></tr></table>\n"
    h += f'</div></div>\n<div class="ft">{P.f(f"Copyright © {hosp} 版权所有")}<br>{P.f("地址：健康路1号　邮编：230000")}<br>'
    h += f'{P.f(f"ICP备{rng.randint(10000000, 99999999)}号-1")}　{P.f(f"公网安备 3401{rng.randint(1000000000, 9999999999)}号")}</div>\n'
    h += f'<div class="gotop"><a href="#">{P.f("回到顶部")}</a></div>\n</body></html>\n'
    return h


def d_localnews(P, rng, paras):
    city = rng.choice(["临川", "清河", "长丰", "青阳"])
    body = prose(P, paras)
    h = head("gb2312", "新闻正文")
    h += f'<table width="1000" align="center"><tr><td><font size="6" color="#c00"><b>{P.f(city + "新闻网")}</b></font></td>'
    h += f'<td align="right">{P.f(date(rng, "{y}年{m}月{d}日") + "　星期三")}</td></tr></table>\n<table width="1000" align="center" bgcolor="#c00"><tr><td>'
    h += "　".join(f'<a href="#"><font color="#fff">{P.f(t)}</font></a>' for t in ["首页", "本地", "民生", "文旅", "视频", "专题"])
    h += '</td></tr></table>\n<table width="1000" align="center"><tr>\n<td width="260" valign="top">\n'
    h += f"<b>{P.f('今日要闻')}</b>\n<ul>\n"
    for t in ["城区三条道路今起封闭施工", "全市中小学课后服务提质", "老旧小区改造进入收尾", "周末气温回升"][: rng.randint(2, 4)]:
        h += f'<li><a href="#">{P.f(t)}</a></li>\n'
    h += '</ul>\n</td>\n<td valign="top">\n'
    h += f'<div>{P.f("您的位置：首页 > 文旅 > 正文")}</div>\n'
    title = rng.choice(["一座老城的记忆", "走进地方史的深处", "从旧档案里读懂来路"])
    h += f'<h1>{P.c("title", title)}</h1>\n'
    h += f'<div class="info">{P.c("byline", f"来源：{city}日报　作者：{name(rng)}　时间：{date(rng)} 08:15")}</div>\n'
    for i, t in enumerate(body):
        if i == 2:
            h += f'<p align="center"><b>{P.c("heading", rng.choice(["沿着旧路走下去", "史料里的细节"]))}</b></p>\n'
        h += f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{P.c('paragraph', t)}</p>\n"
    h += f'<p align="right">{P.c("meta", f"（责任编辑：{name(rng)}）")}</p>\n'
    h += f'<div>{P.f("【我要纠错】")} {P.f("【打印】")}</div>\n</td></tr></table>\n'
    h += f'<table width="1000" align="center"><tr><td align="center">{P.f(f"{city}新闻网版权所有，未经授权禁止转载")}<br>'
    h += f'{P.f(f"互联网新闻信息服务许可证：{rng.randint(10000000000, 99999999999)}")}　{P.f(f"ICP备{rng.randint(10000000, 99999999)}号")}</td></tr></table>\n</body></html>\n'
    return h


def d_bbs(P, rng, paras):
    board = rng.choice(["歷史人文", "地理探索", "文學閒談"])
    op = rng.choice(["老街客", "阿福", "山城小記", "小滿"])
    body = prose(P, paras)
    h = head("utf-8", "論壇主題")
    h += f'<div id="toptb">{P.f("登入")} | {P.f("註冊")} | {P.f("找回密碼")}</div>\n'
    h += f'<div id="pt">{P.f(f"論壇 › {board} › 主題")}</div>\n'
    h += f'<div class="ts"><h1>{P.c("title", "[討論] " + rng.choice(["讀到一段舊史料，分享給大家", "整理了一些資料，大家看看", "關於這段往事的一些筆記"]))}</h1></div>\n'
    h += f'<div class="hm">{P.f(f"查看: {rng.randint(300, 9000)}｜回覆: {rng.randint(3, 40)}")}</div>\n'
    h += '<table class="plhin"><tr><td class="pls" width="140" valign="top">'
    h += f'<div class="authi">{P.f(op)}</div><div>{P.f("Lv." + str(rng.randint(2, 9)))}</div></td>\n<td class="plc">'
    h += f'<div class="pi">{P.f("樓主")}</div>\n'
    when = date(rng, "{y}-{m}-{d} {h}:{mi:02d}")
    h += f'<div class="pti">{P.c("byline", f"{op} 發表於 {when}")}</div>\n<div class="t_f">'
    h += "<br><br>\n".join(P.c("paragraph", t) for t in body)
    h += "</div>\n"
    h += f'<div class="sign">{P.f("--------------------")}<br>{P.f("慢慢讀，慢慢走。")}</div></td></tr></table>\n'
    n_off = rng.randint(0, 3)
    replies = [("沙發", "謝謝分享，收藏了！"), ("板凳", "第一次聽說這段歷史，長知識了。"), ("#4", "樓上說得對，推一個。"),
               ("#5", "資料很詳細，期待後續。")]
    for i, (floor, text) in enumerate(replies[: rng.randint(2, 4)]):
        u = ["小橘子", "路人甲", "風起時", "阿德"][(i + n_off) % 4]
        h += f'<table class="plhin"><tr><td class="pls" width="140" valign="top"><div class="authi">{P.f(u)}</div></td><td class="plc">'
        h += f'<div class="pi">{P.f(floor)}　{P.f("發表於 " + date(rng, "{y}-{m}-{d} {h}:{mi:02d}"))}</div>\n'
        if i == 1:
            q = body[0][:24]
            h += f'<blockquote>{P.f(f"引用：{op} 發表於 前天 21:14")}<br>{P.f(q + " ...")}</blockquote>\n'
        h += f'<div class="t_f">{P.f(text)}</div>'
        if i == 0:
            h += f'<div class="sign">{P.f("--------------------")}<br>{P.f("簽名檔：今天也要好好吃飯")}</div>'
        h += "</td></tr></table>\n"
    h += f'<div class="pg">{P.f("1 2 3 ... 下一頁")}</div>\n<div><textarea rows="3"></textarea> <button>{P.f("發表回覆")}</button></div>\n'
    h += f'<div id="ft">{P.f("Powered by Discuz! X3.4")}　{P.f("© 2001-2024 本站")}　{P.f("聯繫我們｜手機版｜小黑屋")}</div>\n</body></html>\n'
    return h


def d_wiki(P, rng, paras):
    subj = rng.choice(["舊城區", "河港", "古道", "老街"])
    body = prose(P, paras)
    h = head("utf-8", subj + " - 維基百科，自由的百科全書")
    h += f'<div class="skip"><a href="#c">{P.f("跳至內容")}</a></div>\n'
    h += '<div id="p-nav">' + " ".join(f'<a href="#">{P.f(t)}</a>' for t in ["首頁", "分類索引", "特色內容", "隨機條目"]) + "</div>\n"
    h += f'<h1 id="firstHeading">{P.c("title", subj)}</h1>\n<div id="c">'
    h += f'<div id="siteSub">{P.f("維基百科，自由的百科全書")}</div>\n'
    h += f'<div class="hatnote">{P.f(f"本條目介紹的是地方史上的{subj}。關於同名車站，請見「{subj}站」。")}</div>\n'
    h += f'<table class="infobox"><tr><th colspan="2">{P.f(subj)}</th></tr><tr><td>{P.f("類型")}</td><td>{P.f("歷史地區")}</td></tr>'
    h += f'<tr><td>{P.f("設立")}</td><td>{P.f(str(rng.randint(1700, 1900)) + "年")}</td></tr></table>\n'
    heads = [("1", "歷史"), ("1.1", "早期"), ("2", "現況")]
    n_ref = 0
    lead = body[0]
    n_ref += 1
    h += f'<p>{html.escape(lead, quote=False)}<sup class="reference"><a href="#cite-{n_ref}">[{n_ref}]</a></sup></p>\n'
    P.items.append(("paragraph", lead + f"[{n_ref}]"))
    h += f'<div id="toc"><div class="toctitle">{P.f("目錄")}</div><ul>'
    for num, t in heads:
        h += f'<li><a href="#{num}">{P.f(num + " " + t)}</a></li>'
    h += f'<li><a href="#r">{P.f("3 參考文獻")}</a></li></ul></div>\n'
    rest = body[1:]
    cuts = [0, max(1, len(rest) // 3), max(2, 2 * len(rest) // 3), len(rest)]
    for k, (num, t) in enumerate(heads):
        tag = "h2" if "." not in num else "h3"
        h += f'<{tag}><span class="mw-headline">{P.c("heading", t)}</span><span class="mw-editsection">[<a href="#">{P.f("編輯")}</a>]</span></{tag}>\n'
        for t2 in rest[cuts[k]:cuts[k + 1]]:
            if rng.random() < 0.5:
                n_ref += 1
                h += f'<p>{html.escape(t2, quote=False)}<sup class="reference"><a href="#cite-{n_ref}">[{n_ref}]</a></sup></p>\n'
                P.items.append(("paragraph", t2 + f"[{n_ref}]"))
            else:
                h += f"<p>{P.c('paragraph', t2)}</p>\n"
    h += f'<h2 id="r"><span class="mw-headline">{P.f("參考文獻")}</span><span class="mw-editsection">[<a href="#">{P.f("編輯")}</a>]</span></h2>\n<ol class="references">'
    for i in range(1, n_ref + 1):
        h += f'<li><a href="#r{i}">{P.f("↑")}</a> {P.f(f"{name(rng)}. 《地方誌稿》第{i}卷. 台北: 文史出版社, {rng.randint(1960, 2015)}.")}</li>\n'
    h += f'</ol>\n<div id="catlinks">{P.f(f"分類：地方史｜{subj}")}</div>\n</div>\n'
    when = date(rng, "{y}年{m}月{d}日")
    h += f'<div id="footer"><p>{P.f(f"本頁面最後修訂於{when} (星期一) 08:15。")}</p>'
    h += f'<p>{P.f("本站的全部文字在創用CC 姓名標示-相同方式分享 4.0協議之條款下提供，附加條款亦可能應用。")}</p>'
    h += f'<p>{P.f("隱私政策　關於維基百科　免責聲明")}</p></div>\n</body></html>\n'
    return h


def d_exhibit(P, rng, paras):
    mus = rng.choice(["國立歷史文物館", "市立文化博物館", "海洋文化館"])
    body = prose(P, paras)
    h = head("utf-8", "特展")
    h += f'<header><div class="logo">{P.f(mus)}</div><nav>'
    h += " ".join(f'<a href="#">{P.f(t)}</a>' for t in ["參觀資訊", "展覽", "典藏", "教育活動", "English"])
    h += f'</nav></header>\n<div class="bc">{P.f("首頁 / 展覽 / 特展")}</div>\n<main>\n'
    h += f'<span class="badge">{P.f("展出中")}</span>\n'
    h += f'<h1>{P.c("title", "「" + rng.choice(["穿越時光的航道", "島嶼記憶", "紙上山河"]) + "」特展")}</h1>\n'
    h += f'<dl class="info"><dt>{P.f("展期")}</dt><dd>{P.f(date(rng, "{y}/{m:02d}/{d:02d}") + " – " + date(rng, "{y}/{m:02d}/{d:02d}"))}</dd>'
    h += f'<dt>{P.f("地點")}</dt><dd>{P.f("本館三樓 特展室")}</dd><dt>{P.f("票價")}</dt><dd>{P.f("全票 NT$150／優待票 NT$80")}</dd></dl>\n'
    h += f"<h2>{P.c('heading', '展覽介紹')}</h2>\n"
    h += f"<p>{P.c('paragraph', body[0])}</p>\n"
    units = ["第一單元　起點", "第二單元　遠行", "第三單元　回望"]
    for i, t in enumerate(body[1:]):
        h += f"<h3>{P.c('heading', units[i % 3])}</h3>\n<p>{P.c('paragraph', t)}</p>\n"
    h += f'<p class="cur">{P.c("byline", f"策展人／{name(rng)}")}</p>\n'
    h += f'<div class="share">{P.f("分享")} <a href="#">{P.f("Facebook")}</a> <a href="#">{P.f("LINE")}</a></div>\n'
    h += f"<section><h2>{P.f('相關活動')}</h2>"
    for t in ["策展人導覽", "親子學習單", "週末講座"][: rng.randint(1, 3)]:
        h += f'<div class="card"><a href="#">{P.f(t)}</a></div>'
    h += f'</section>\n</main>\n<footer><p>{P.f("開放時間：週二至週日 09:00-17:00（週一休館）")}</p><p>{P.f("地址：南海路49號　電話：(02)2345-6789")}</p>'
    h += f'<p>{P.f(f"© {mus} 版權所有")}</p></footer>\n</body></html>\n'
    return h


def d_hkagency(P, rng, paras):
    org = rng.choice(["香港文化保育協會", "香港地方史學會", "香港社區文化基金會"])
    body = prose(P, paras)
    h = head("big5", "新聞稿")
    h += f'<table width="900" align="center"><tr><td><b>{P.f(org)}</b></td><td align="right">{P.f("繁")} | {P.f("简")} | {P.f("EN")}</td></tr>\n'
    h += "<tr><td colspan=2>" + " | ".join(f'<a href="#">{P.f(t)}</a>' for t in ["主頁", "關於我們", "新聞中心", "活動", "聯絡我們"]) + "</td></tr></table>\n"
    h += f'<table width="900" align="center"><tr><td>\n<p><b>{P.f("新聞稿")}</b></p>\n<p>{P.f("即時發佈")}</p>\n'
    h += f'<p>{P.c("meta", "發佈日期：" + date(rng, "{y}年{m}月{d}日"))}</p>\n'
    h += f'<p align="center"><b>{P.c("title", rng.choice(["協會公佈年度文化調查結果", "協會推出社區口述歷史計劃", "協會發表舊區文化資源報告"]))}</b></p>\n'
    heads = ["<u>調查重點</u>", "<u>未來工作</u>"]
    for i, t in enumerate(body):
        if i in (1, 3) and i // 2 < 2:
            ht = re.sub("<.*?>", "", heads[i // 2])
            h += f"<p><u>{P.c('heading', ht)}</u></p>\n"
        if i == 0:
            dl = f"（香港，{date(rng, '{y}年{m}月{d}日')}）"
            h += f"<p>{html.escape(dl + t, quote=False)}</p>\n"
            P.items.append(("paragraph", dl + t))
        else:
            h += f"<p>{P.c('paragraph', t)}</p>\n"
    h += f'<p align="center">{P.f("- 完 -")}</p>\n'
    h += f"<p><b>{P.c('heading', '關於' + org)}</b></p>\n"
    h += f"<p>{P.c('paragraph', f'{org}成立於一九九零年代，是一個非牟利的民間團體，致力推廣本地歷史與文化保育，定期舉辦導賞、講座及研究計劃。')}</p>\n"
    h += f"<p>{P.c('meta', f'傳媒查詢：{name(rng)}小姐　電話：2{rng.randint(1000000, 9999999)}　電郵：media@example.org.hk')}</p>\n"
    h += f'</td></tr></table>\n<table width="900" align="center"><tr><td align="center">{P.f(f"© 2024 {org} 版權所有")}　{P.f("私隱政策")}　{P.f("免責聲明")}</td></tr></table>\n</body></html>\n'
    return h


DESIGNS = [("presser", "simp", "utf-8", d_presser), ("uninotice", "simp", "gbk", d_uninotice),
           ("dept", "simp", "gb18030", d_dept), ("localnews", "simp", "gb2312", d_localnews),
           ("bbs", "trad", "utf-8", d_bbs), ("wiki", "trad", "utf-8", d_wiki),
           ("exhibit", "trad", "utf-8", d_exhibit), ("hkagency", "trad", "big5", d_hkagency)]
SITES = {"presser": "www.xwb.gov.example.cn", "uninotice": "jwc.example.edu.cn", "dept": "www.yy.example.com.cn",
         "localnews": "news.example.com.cn", "bbs": "bbs.example.com.tw", "wiki": "zh.wiki.example.org",
         "exhibit": "www.museum.example.gov.tw", "hkagency": "www.heritage.example.org.hk"}


# ---------------------------------------------------------------- tools

def run(cmd: list[str]) -> str:
    return subprocess.run(cmd, capture_output=True, check=True).stdout.decode("utf-8", errors="replace")


def dump(tool: str, width: int, path: Path) -> str:
    if tool == "lynx":
        return run(["lynx", "-dump", f"-width={width}", "-display_charset=utf-8", "-assume_charset=utf-8", str(path)])
    if tool == "lynxnolist":
        return run(["lynx", "-dump", "-nolist", f"-width={width}", "-display_charset=utf-8", "-assume_charset=utf-8", str(path)])
    if tool == "w3m":
        return run(["w3m", "-dump", "-cols", str(width), "-T", "text/html", "-I", "utf-8", "-O", "utf-8", str(path)])
    if tool == "html2text":
        return run(["html2text", "-utf8", "-nobs", "-width", str(width), str(path)])
    raise ValueError(tool)


def dwidth(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


CLOSERS = "，。、；：？！）」』”’》〉】…,.;:?!)"


def wrap_line(line: str, width: int, by_chars: bool) -> list[str]:
    out, cur, w = [], "", 0
    i = 0
    while i < len(line):
        m = re.match(r"[A-Za-z0-9_.:/@%+\-]+", line[i:])
        tok = m.group(0) if m else line[i]
        tw = len(tok) if by_chars else sum(dwidth(c) for c in tok)
        if cur and w + tw > width and tok[0] not in CLOSERS:
            out.append(cur.rstrip())
            cur, w = "", 0
            if tok == " ":
                i += 1
                continue
        cur += tok
        w += tw
        i += len(tok)
    if cur.strip():
        out.append(cur.rstrip())
    return out


def saved_copy(path: Path, width: int, by_chars: bool, site: str, n: int):
    """The rendered text re-wrapped; returns (text, set of inserted line numbers)."""
    raw = dump("lynxnolist", 3000, path)
    lines = []
    for ln in raw.splitlines():
        s = re.sub(r"^\s*(?:[*+o#]|\d+\.)\s+", "", ln).strip()
        if not s:
            if lines and lines[-1] != "":
                lines.append("")
            continue
        lines.extend(wrap_line(s, width, by_chars))
    out, furn_lines, k, page = [], set(), 0, 0
    body = [ln for ln in lines]
    per = 42
    for i in range(0, len(body), per):
        page += 1
        furn_lines.add(len(out))
        out.append(f"【{site}】https://{site}/c/{n:04d}.html")
        out.extend(body[i:i + per])
        furn_lines.add(len(out))
        out.append(f"— {page} —")
        k += 1
    return "\n".join(out) + "\n", furn_lines


CJK = re.compile(r"[\u4e00-\u9fff]")


def ocr_spaces(text: str, rng: random.Random) -> str:
    out = []
    for ln in text.split("\n"):
        if "http" in ln or rng.random() < 0.5:
            out.append(ln)
            continue
        out.append(re.sub(r"(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])", lambda m: " " if rng.random() < 0.3 else "", ln))
    return "\n".join(out)


# ---------------------------------------------------------------- alignment

DECOR = re.compile(r"(?:[*•+#=_\-~]+|\d{1,3}\.|\[\d+\]|\s)+")
LYNXNUM = re.compile(r"\[\d+\]")
EDGE_DECOR_R = re.compile(r"(?<=[\s\ufffd])(?:[*•+#=~]+|\[\d+\])\s*$")
EDGE_DECOR_L = re.compile(r"^(?:[*•+#=~]+|\[\d+\])(?=\s)")


def nf(s: str) -> str:
    """NFKC, whitespace removed; ``_`` too: html2text writes a space inside a link as ``_`` (no content has one)."""
    return "".join(c for c in unicodedata.normalize("NFKC", s) if not c.isspace() and c != "_")


class AlignError(Exception):
    pass


def align(text: str, items: list, skip_lines: set) -> list[dict]:
    lines = text.split("\n")
    line_of, pos = [], 0
    starts = []
    for li, ln in enumerate(lines):
        starts.append(pos)
        line_of.extend([li] * (len(ln) + 1))
        pos += len(ln) + 1
    line_of = line_of[: len(text)]
    stream, idx = [], []
    for i, ch in enumerate(text):
        if line_of[i] in skip_lines:
            continue
        for c in nf(ch):
            stream.append(c)
            idx.append(i)
    S = "".join(stream)
    furn = sorted({nf(t) for k, t in items if k == "furn" and len(nf(t)) >= 2}, key=len, reverse=True)
    owner = [None] * len(text)
    pieces = []  # (kind, cont, start, end)
    cur = ccur = 0  # after the last furniture string / content unit found

    def match_at(p, u):
        """Match u at stream position p, skipping lynx numbers and whole furniture strings; returns list of
        (start, end) stream runs or None."""
        runs, j, start = [], 0, p
        while j < len(u):
            m = LYNXNUM.match(S, p) if j else None
            if m and not u.startswith(m.group(0), j):
                p = m.end()
                continue
            if p < len(S) and S[p] == u[j]:
                p += 1
                j += 1
                continue
            if j == 0:
                return None
            if S[p:p + 1] == "^":
                p += 1
                continue
            for f in furn:
                if S.startswith(f, p) and not u.startswith(f, j):
                    runs.append((start, p))
                    p += len(f)
                    start = p
                    break
            else:
                return None
        runs.append((start, p))
        return runs

    for kind, t in items:
        u = nf(t)
        if not u:
            continue
        if kind == "furn":
            q = S.find(u, cur, cur + len(u) + 12)
            if q >= 0 and q - cur <= 12:
                cur = q + len(u)
            continue
        runs = None
        for origin in (cur, ccur):
            p = S.find(u[0], origin)
            while p >= 0:
                runs = match_at(p, u)
                if runs:
                    break
                p = S.find(u[0], p + 1)
            if runs:
                break
        if not runs:
            raise AlignError(f"content not found: {t[:30]}")
        # pieces: split also where a skipped line (saved header/footer) interrupts
        first = True
        for a, b in runs:
            seg_start = a
            for k in range(a + 1, b):
                if any(line_of[x] in skip_lines for x in range(idx[k - 1] + 1, idx[k])):
                    pieces.append((kind, not first, idx[seg_start], idx[k - 1] + 1))
                    first = False
                    seg_start = k
            pieces.append((kind, not first, idx[seg_start], idx[b - 1] + 1))
            first = False
        cur = ccur = runs[-1][1]
    for pid, (_kind, _cont, a, b) in enumerate(pieces):
        for x in range(a, b):
            if owner[x] is not None:
                raise AlignError("overlap")
            owner[x] = pid
    # debris and decoration, line by line
    units = [{"kind": k, "text": "", "cont": c} for k, c, _, _ in pieces]
    labels = [None] * len(text)  # final owner id (int into units)
    for x in range(len(text)):
        labels[x] = owner[x]
    prev_furn_group, prev_line_text = None, ""
    furn_runs, cur_run = [], []
    for k, t in items + [("end", "")]:
        if k == "furn" and nf(t):
            cur_run.append(nf(t))
        elif cur_run:
            ends, e = set(), 0
            for f in cur_run:
                e += len(f)
                ends.add(e)
            furn_runs.append(("".join(cur_run), ends))
            cur_run = []
    for li, ln in enumerate(lines):
        a = starts[li]
        b = a + len(ln)
        if not ln.strip():
            continue
        # runs of unowned non-space chars on this line
        x = a
        line_owned = any(owner[y] is not None for y in range(a, b))
        while x < b:
            if owner[x] is not None or text[x].isspace():
                x += 1
                continue
            y = x
            while y < b and owner[y] is None:
                y += 1
            run_text = text[x:y]
            left = next((owner[z] for z in range(x - 1, a - 1, -1) if owner[z] is not None), None)
            right = next((owner[z] for z in range(y, b) if owner[z] is not None), None)
            target = None
            if DECOR.fullmatch(run_text) and li not in skip_lines:
                if line_owned:
                    target = left if left is not None else right
                else:
                    pk = _neighbour_piece(lines, starts, owner, li, -1)
                    nk = _neighbour_piece(lines, starts, owner, li, +1)
                    if re.fullmatch(r"[\s*=_\-~]+", run_text):
                        if pk is not None and pieces[pk][0] in ("title", "heading"):
                            target = pk
                        elif nk is not None and pieces[nk][0] in ("title", "heading"):
                            target = nk
            if target is None:
                if (not line_owned and prev_furn_group is not None and prev_furn_group[1] == li - 1
                        and _same_furn(prev_line_text, run_text, furn_runs)):
                    target = prev_furn_group[0]
                else:
                    units.append({"kind": "debris", "text": "", "cont": False})
                    target = len(units) - 1
                if not line_owned:
                    prev_furn_group = (target, li)
                    prev_line_text = run_text
            for z in range(x, y):
                labels[z] = target
            units[target]["text"] += run_text
            if line_owned and units[target]["kind"] == "debris":
                # tool decoration touching a content piece on the line goes with that piece
                m = EDGE_DECOR_R.search(run_text)
                if m and y < b and owner[y] is not None and m.start() > 0:
                    for z in range(x + m.start(), y):
                        labels[z] = owner[y]
                m = EDGE_DECOR_L.match(run_text)
                if m and x > a and owner[x - 1] is not None and m.end() < len(run_text):
                    for z in range(x, x + m.end()):
                        labels[z] = owner[x - 1]
            x = y
    # whitespace: leading whitespace of a line goes to the next labelled char on the line, other whitespace to the previous
    last = None
    for li, ln in enumerate(lines):
        a = starts[li]
        b = min(a + len(ln) + 1, len(text))
        first_lab = next((labels[z] for z in range(a, a + len(ln)) if labels[z] is not None), None)
        seen = False
        for z in range(a, b):
            if labels[z] is not None:
                seen = True
                last = labels[z]
            elif not seen and first_lab is not None and z < a + len(ln):
                labels[z] = first_lab
            else:
                labels[z] = last
    nxt = next((lab for lab in labels if lab is not None), None)
    labels = [nxt if lab is None else lab for lab in labels]
    out = []
    for x, lab in enumerate(labels):
        if out and out[-1][0] == lab:
            out[-1][1].append(text[x])
        else:
            out.append((lab, [text[x]]))
    res = []
    for lab, chars in out:
        u = units[lab]
        d = {"kind": u["kind"], "text": "".join(chars)}
        if u["cont"] or any(r["_lab"] == lab for r in res):
            d["cont"] = True
        d["_lab"] = lab
        res.append(d)
    for d in res:
        del d["_lab"]
    return res


def _neighbour_piece(lines, starts, owner, li, step):
    j = li + step
    while 0 <= j < len(lines):
        if lines[j].strip():
            a, b = starts[j], starts[j] + len(lines[j])
            own = [owner[z] for z in range(a, b) if owner[z] is not None]
            if not own:
                return None
            return own[-1] if step < 0 else own[0]
        j += step
    return None


def _same_furn(prev, line, runs):
    """Whether the break between two debris lines falls inside one furniture string (the tool wrapped it):
    ``runs`` are the page's runs of consecutive furniture strings, each (joined text, item end offsets)."""
    a, b = nf(prev), nf(line)
    if not a or not b:
        return False
    for joined, ends in runs:
        q = joined.find(a + b)
        while q >= 0:
            cut = q + len(a)
            if cut not in ends and any(e > cut for e in ends):
                return True
            q = joined.find(a + b, q + 1)
    return False


# ---------------------------------------------------------------- Chromium print

PRINTED = ("presser", "exhibit")
CHROME_DATE = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4}, \d{1,2}:\d{2}\s?[AP]M")


def chromium_pdf(page_bytes: bytes, n: int, host: str, work: Path, out: Path) -> str:
    """Serve the page (its own encoding) on 127.0.0.1 under ``host`` and print it with Chromium's own header
    (date, <title>) and footer (URL, k/M); returns the URL."""
    import socket
    import time

    site = work / "srv"
    (site / "c").mkdir(parents=True, exist_ok=True)
    (site / "c" / f"{n:04d}.html").write_bytes(page_bytes)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen(["python3", "-m", "http.server", str(port), "--bind", "127.0.0.1"], cwd=site,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(0.8)
        url = f"http://{host}/c/{n:04d}.html"
        env = dict(__import__("os").environ, FONTCONFIG_FILE="/opt/cjkfonts/fonts.conf")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={out}",
                        f"--host-resolver-rules=MAP {host} 127.0.0.1:{port}", url],
                       env=env, capture_output=True, check=True, timeout=120)
    finally:
        server.terminate()
        server.wait()
    return url


# ---------------------------------------------------------------- build

def encode(text: str, enc: str, script: str) -> bytes:
    if enc == "utf-8-bom":
        return ("\ufeff" + text).encode("utf-8")
    if enc == "crlf":
        return text.replace("\n", "\r\n").encode("utf-8")
    if enc == "gb18030":
        return text.encode("gb18030")
    if enc == "gbk-crlf":
        try:
            return text.replace("\n", "\r\n").encode("gbk")
        except UnicodeEncodeError:  # the manifest says so (label_of)
            return text.replace("\n", "\r\n").encode("gb18030")
    if enc == "bom-crlf":
        return ("\ufeff" + text).replace("\n", "\r\n").encode("utf-8")
    return text.encode("utf-8")


def main() -> int:
    rng = random.Random(SEED)
    pools, side_text = load_pools()
    picked = {}
    for side, other in (("dev", "held"), ("held", "dev")):
        cands = rng.sample(pools[side], min(160, len(pools[side])))
        ok = leak_free(cands, side_text[other])
        picked[side] = ok
        print(f"{side}: pool {len(pools[side])}, sampled {len(cands)}, leak-free {len(ok)}")
    widths = [48, 62, 76, 96, 120, 150]
    encs = {"simp": ["utf-8", "utf-8-bom", "crlf", "gb18030", "bom-crlf"], "trad": ["utf-8", "utf-8-bom", "crlf", "bom-crlf"]}
    for split in ("dev10", "held10"):
        for route in ("text", "native"):
            d = HERE / route / split
            if d.exists():
                for p in d.glob(PREFIX + "*"):
                    p.unlink()
            d.mkdir(parents=True, exist_ok=True)
    for p in (HERE / "gold").glob(PREFIX + "*.json"):
        p.unlink()
    manifest, dropped = [], []
    used = {"dev": [], "held": []}
    tmp = Path(tempfile.gettempdir()) / "dev10web"  # a fixed folder: lynx's link list names it
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    for n in range(len(DESIGNS) * 2):
        design, script, charset, fn = DESIGNS[n // 2]
        side = "dev" if n % 2 == 0 else "held"
        split = "dev10" if side == "dev" else "held10"
        drng = random.Random(SEED * 100 + n)
        k = drng.randint(4 if design == "wiki" else 3, 5)
        paras = [picked[side].pop() for _ in range(k)]
        used[side].extend(paras)
        P = Page(script)
        page = fn(P, drng, paras)
        doc = f"{PREFIX}{n:03d}"
        content = [(k2, t) for k2, t in P.items if k2 != "furn"]
        furniture = [t for k2, t in P.items if k2 == "furn"]
        assert sum(k2 == "title" for k2, _ in content) == 1
        native = HERE / "native" / split / f"{doc}_html.html"
        native.write_bytes(page.encode("big5" if charset == "big5" else charset, errors="xmlcharrefreplace"))
        source = "dev gold paragraphs" if side == "dev" else "held gold paragraphs"
        (HERE / "gold" / f"{doc}_html.json").write_text(json.dumps(
            {"doc_id": f"{doc}_html", "source": source, "units": [{"kind": k2, "text": t} for k2, t in content],
             "furniture": furniture}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        files = [{"path": f"native/{split}/{doc}_html.html", "route": "native", "tool": "html", "encoding": charset}]
        if design in PRINTED:
            pdf = HERE / "native" / split / f"{doc}_pdf.pdf"
            url = chromium_pdf(native.read_bytes(), n, SITES[design], tmp, pdf)
            extracted = run(["pdftotext", str(pdf), "-"])
            pages = extracted.count("\f") or 1
            added = [re.search(r"<title>(.*?)</title>", page).group(1)] + CHROME_DATE.findall(extracted)[:1] + [url]
            added += [f"{k}/{pages}" for k in range(1, pages + 1)]
            try:
                align(extracted, P.items + [("furn", t) for t in added], set())
            except AlignError as e:
                raise SystemExit(f"{doc}_pdf: pdftotext does not give the content in order: {e}") from e
            (HERE / "gold" / f"{doc}_pdf.json").write_text(json.dumps(
                {"doc_id": f"{doc}_pdf", "source": source, "units": [{"kind": k2, "text": t} for k2, t in content],
                 "furniture": furniture + added}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            files.append({"path": f"native/{split}/{doc}_pdf.pdf", "route": "native", "tool": "pdf",
                          "encoding": "chromium-print"})
        utf = tmp / f"{doc}.html"
        utf.write_text(page.replace(f"charset={charset}", "charset=utf-8"), encoding="utf-8")
        ws = widths[n % 6:] + widths[: n % 6]
        plan = [("lynx", ws[0]), ("lynxnolist", ws[1]), ("w3m", ws[2]), ("html2text", ws[3])]
        saved_kind = ["col", "ch"][(n // 2) % 2]
        saved_w = {"col": [62, 96], "ch": [24, 40]}[saved_kind][n % 2]
        for i, (tool, w) in enumerate(plan + [("saved", saved_w)]):
            skip = set()
            if tool == "saved":
                text, skip = saved_copy(utf, saved_w, saved_kind == "ch", SITES[design], n)
                tname = f"saved{saved_kind}{saved_w}"
                enc = "gbk-crlf" if script == "simp" else "bom-crlf"
            else:
                text = dump(tool, w, utf)
                tname = f"{tool}{w}" if tool != "lynxnolist" else f"lynx{w}nolist"
                enc = encs[script][(n + i) % len(encs[script])]
            if (n + i) % 5 == 2:
                text = ocr_spaces(text, drng)
                ocr = True
            else:
                ocr = False
            stem = f"{doc}_{tname}"
            try:
                units = align(text, P.items, skip)
            except AlignError as e:
                dropped.append(f"{stem}: {e}")
                continue
            assert "".join(u["text"] for u in units) == text
            (HERE / "text" / split / f"{stem}.txt").write_bytes(encode(text, enc, script))
            if enc == "gbk-crlf":
                try:
                    text.encode("gbk")
                except UnicodeEncodeError:
                    enc = "gb18030-crlf"
            (HERE / "gold" / f"{stem}.json").write_text(json.dumps(
                {"doc_id": stem, "source": source, "units": units}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            files.append({"path": f"text/{split}/{stem}.txt", "route": "text", "tool": tname,
                          "encoding": enc + ("+ocr-spaces" if ocr else "")})
        manifest.append({"id": doc, "split": split, "script": script, "template": design, "charset": charset,
                         "sources": [p[:20] for p in paras], "files": files})
    # the split is clean: no picked paragraph shares a 15-character stretch with the other side's gold
    # (the earlier batches' and this batch's own prose on the other side); t2s on both sides
    for side, other in (("dev", "held"), ("held", "dev")):
        mine, theirs = used[side], side_text[other] | {sq(t) for t in used[other]}
        assert len(leak_free(mine, theirs)) == len(mine), f"a {side}10 paragraph shares a 15-character stretch"
    (HERE / "manifest-dev10-web.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    shutil.rmtree(tmp)
    print(f"{len(manifest)} pages, {sum(len(m['files']) for m in manifest)} files; dropped {len(dropped)}")
    for d in dropped:
        print("  dropped", d)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
