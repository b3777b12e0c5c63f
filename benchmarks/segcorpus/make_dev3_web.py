"""Batch 3, WEB part: an independent check corpus of Chinese web pages and their text dumps.

Run from the repository root (needs opencc and the Debian tools lynx, w3m and html2text, which CI does
not have, so the generated files are committed):

    PYTHONPATH=$PWD python benchmarks/segcorpus/make_dev3_web.py

Everything is seeded (``random.Random(f"w3-{n}")`` per document), so a rerun writes the same bytes.

``--batch dev4`` writes a further development batch with the same templates and tools: ids ``w4-NNN``,
seeds ``w4-{n}``, every document in split ``dev4`` (``text/dev4``, ``native/dev4``,
``manifest-dev4-web.json``), articles from the middle of each source file onward that no gold file of
the other batches contains (asserted on the written gold).

Sources: CMRC 2018 *trial* contexts (simplified, CC BY-SA 4.0) and DRCD *test* contexts (traditional,
CC BY-SA 3.0) from ``../shared/data/``, only articles that neither make_corpus.py nor make_dev2.py uses
(``load_articles`` / ``build_documents`` are imported only to find those). The WEB part takes unused
articles from the END of each list (the PRINT part, make_dev3_print.py, is free to take them from the start).

24 documents ``w3-000`` .. ``w3-023``: 000-011 simplified, 012-023 traditional. Document n uses page
template ``TEMPLATES[n // 2]`` (twelve different page styles, each once in each split). Split: even n ->
``dev3``, odd n -> ``held3``. Each document is one to three source articles: one title, a byline in the
template's own form, paragraphs (sentences of the source grouped 1-4 at a time), section headings (on
multi-story templates the later articles' titles; on the single-text templates -- government notices, forum,
blog -- the later articles continue the one text under short generic headings, numbered ``一、`` on the
government pages, none on the forum), sometimes list items (kind ``paragraph``, one per item, with the
page's own bullet ``◎`` / ``‧`` where the page writes one), an editor line (``meta``; also a government
notice's document number, signing office and date, and a 承辦人 line), and a byline in every document.

Files per document:

- ``native/<split>/w3-NNN_html.html``: the page as a site serves it: UTF-8, GBK bytes declared as
  ``gb2312`` or ``gbk`` (what browsers do with that label), or Big5 declared by ``<meta charset=big5>``
  (characters Big5 lacks written as numeric character references). Site furniture of the template:
  top bars, navigation, breadcrumbs, font-size and print tools, figures with captions, share bars,
  related-article lists, comment sections, previous/next links, cookie banners, footers with ICP /
  copyright lines, inline ``<script>`` / ``<style>`` / comments.
- ``text/<split>/w3-NNN_<tool>.txt``: the page turned into text by a real tool, from a UTF-8 copy of the
  page: ``lynxW`` = ``lynx -dump -width=W -display_charset=utf-8`` (with the link list),
  ``lynxWnolist`` = the same with ``-nolist``, ``w3m`` = ``w3m -dump -cols 80``, ``w3mW`` = ``-cols W``,
  ``html2text`` = ``html2text -utf8`` (default width), ``html2textW`` = ``-width W``; and ``saved72``:
  the text a user copies from the rendered page (``w3m -dump -cols 2000``; w3m's own breaks inside a
  content unit -- table cells, ~1024 columns -- joined, so one line per block; table borders dropped and
  runs of 3+ spaces written as a tab, as a browser copy has them), wrapped
  at 72 display columns (CJK = 2) with a running header every 40 lines and a page footer, saved as GBK
  + CRLF (simplified) or UTF-8 BOM + CRLF (traditional). Each dump is then saved as UTF-8, UTF-8 BOM,
  GB18030 (simplified only) or CRLF; some get OCR-like spaces between CJK characters of content lines
  (never inside a digit run).

Gold (``gold/<stem>.json``) comes from construction:

- native: the content units whole, in page order, and ``furniture``: every furniture string the page
  shows (captions included).
- text: the dump is aligned to the known content units with all whitespace removed (each unit's text is
  found in order in the squashed dump); tool decoration on the same line as a unit (html2text's
  ``******`` around headings, list bullets ``*`` / ``1.``, ``-`` / ``#``) belongs to that unit; every
  other stretch is ``debris``, one unit per line, except that consecutive lines that are pieces of one
  furniture string (a footer wrapped by the tool) stay one unit. In ``saved72`` a unit cut by the running
  header / page footer is recorded as pieces, the later ones ``"cont": true``.
A dump in which some content unit cannot be found (html2text garbles CJK inside table cells) is not
written; the builder prints which.
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
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from gold_index import BEFORE_DEV4, existing_gold_text  # noqa: E402

PREFIX = "w3"
N_DOCS = 24
BATCH = "dev3"  # ``--batch dev4``: a further development batch (see configure)
_WS = re.compile(r"\s")


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


# --------------------------------------------------------------------------- sources

def configure(batch: str) -> None:
    """``dev3`` (default): batch 3, ids ``w3-NNN``, even -> dev3, odd -> held3. ``dev4``: ids ``w4-NNN``, seeds
    ``w4-{n}``, every document in split ``dev4``, articles from the MIDDLE of each source file going forward
    (the PRINT part's dev4 goes backward from the middle), none that any existing gold file contains."""
    global BATCH, PREFIX
    BATCH, PREFIX = batch, {"dev3": "w3", "dev4": "w4"}[batch]


def split_of(n: int) -> str:
    if BATCH == "dev4":
        return "dev4"
    return "dev3" if n % 2 == 0 else "held3"


def overlaps(text: str, blob: str, width: int = 15, step: int = 10) -> bool:
    c = squash(text)
    return any(c[i:i + width] in blob for i in range(0, max(1, len(c) - width + 1), step))


def dev4_articles():
    """(simplified, traditional) for dev4: of the articles that neither the earlier builders nor any gold file
    use, the second half, in file order from its middle on."""
    import make_corpus as mc
    import make_dev2 as m2

    simp, trad = mc.load_articles()
    blob = "".join(squash(t) for d in mc.build_documents() + m2.build_documents() for _, t in d["units"])
    blob += "|" + existing_gold_text(only=BEFORE_DEV4)
    free_s = [([ctx], title) for ctx, title in simp if not overlaps(ctx, blob)]
    free_t = [([p["context"] for p in paras], title) for paras, title in trad
              if not any(overlaps(p["context"], blob) for p in paras)]
    # the free articles form one run in each file: take its second half (the PRINT part takes the first half)
    return free_s[len(free_s) // 2:], free_t[len(free_t) // 2:]


def unused_articles():
    """(simplified, traditional) lists of (paragraph texts, title), unused by the earlier builders, last first."""
    if BATCH == "dev4":
        return dev4_articles()
    import make_corpus as mc
    import make_dev2 as m2
    import opencc

    simp, trad = mc.load_articles()
    blob = "".join(squash(t) for d in mc.build_documents() + m2.build_documents() for _, t in d["units"])
    s2t = opencc.OpenCC("s2t")
    free_s = [([ctx], title) for ctx, title in simp if squash(ctx)[:30] not in blob]
    free_t = []
    for paras, title in trad:
        first = squash(paras[0]["context"])[:30]
        if first in blob or s2t.convert(first) in blob:
            continue
        free_t.append(([p["context"] for p in paras], title))
    return free_s[::-1], free_t[::-1]


def clean(text: str, script: str) -> str:
    out = []
    for ch in text:
        if unicodedata.category(ch)[0] == "C":
            continue
        if script == "simp":
            try:
                ch.encode("gbk")
            except UnicodeEncodeError:
                continue
        out.append(ch)
    text = re.sub(r"<br\s*/?>", "", "".join(out))  # a few contexts carry markup as literal text
    return re.sub(r"[ \t]+", " ", text).strip()


def sentences(text: str) -> list[str]:
    parts = re.findall(r"[^。！？!?]*[。！？!?]+[”」』）)]?|[^。！？!?]+$", text)
    return [p.strip() for p in parts if p.strip()]


def paragraphs(texts: list[str], rng: random.Random, limit: int) -> list[str]:
    out = []
    for text in texts:
        sents = sentences(text)
        while sents:
            k = rng.randint(1, 4)
            out.append("".join(sents[:k]))
            sents = sents[k:]
            if len(out) >= limit:
                return out
    return out


# --------------------------------------------------------------------------- documents

SIMP_NAMES = ["王海涛", "李明轩", "陈静怡", "张晓峰", "刘洋", "赵磊", "孙丽娟", "周建国", "吴思远", "郑凯",
              "何雪", "马骏", "胡蓉", "郭晨", "林芳", "罗志强"]
TRAD_NAMES = ["陳怡君", "林志明", "黃建華", "張雅婷", "李宗翰", "王淑芬", "吳承恩", "劉家豪", "蔡佩玲", "楊凱文",
              "許雅雯", "鄭文傑", "謝孟儒", "洪嘉慧", "郭俊宏", "周美玲"]
SIMP_HEADS = ["背景", "发展历程", "主要特点", "相关情况", "影响与评价", "后续进展", "专家观点", "数据解读"]
TRAD_HEADS = ["背景", "發展沿革", "主要特色", "相關情形", "影響與評價", "後續發展", "專家觀點", "數據解讀"]
CN_NUM = "一二三四五六七八九"


def build_documents() -> list[dict]:
    simp, trad = unused_articles()
    docs, si, ti = [], 0, 0
    for n in range(N_DOCS):
        rng = random.Random(f"{PREFIX}-{n}")
        script = "simp" if n < 12 else "trad"
        template = TEMPLATES[n // 2]
        k = rng.choice([1, 1, 2, 2, 3]) if template.multi else rng.choice([2, 3])
        pool = simp if script == "simp" else trad
        arts = []
        while len(arts) < k:
            texts, title = pool[si if script == "simp" else ti]
            if script == "simp":
                si += 1
            else:
                ti += 1
            texts = [clean(t, script) for t in texts[:3]]
            if sum(len(t) for t in texts) < 250:
                continue
            arts.append((texts, clean(title, script)))
        doc = {"id": f"{PREFIX}-{n:03d}", "n": n, "script": script, "split": split_of(n),
               "template": template.__name__, "rng": rng}
        doc["date"] = f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        doc["time"] = f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}"
        names = SIMP_NAMES if script == "simp" else TRAD_NAMES
        doc["reporter"], doc["other"], doc["editor"] = rng.sample(names, 3)
        units = [{"kind": "title", "role": "title", "text": arts[0][1]}]
        heads = rng.sample(SIMP_HEADS if script == "simp" else TRAD_HEADS, 4)
        body = []
        for j, (texts, title) in enumerate(arts):
            paras = paragraphs(texts, rng, 9 if k == 1 else 5)
            if j > 0 and template.multi:
                body.append({"kind": "heading", "role": "heading", "text": title})
            elif j > 0 and template.headings:  # one text in several parts (the later titles are not shown)
                body.append({"kind": "heading", "role": "heading", "text": heads[j + 1]})
            elif k == 1 and len(paras) >= 5 and template.headings:
                # generic section headings inside a single long article
                cut = sorted(rng.sample(range(1, len(paras)), 2))
                for c, h in zip(reversed(cut), heads[:2], strict=True):
                    paras.insert(c, ("H", h))
            for p in paras:
                if isinstance(p, tuple):
                    body.append({"kind": "heading", "role": "heading", "text": p[1]})
                else:
                    body.append({"kind": "paragraph", "role": "para", "text": p})
        # list items: some paragraphs with several short sentences become a list
        if template.lists and rng.random() < 0.7:
            for i, u in enumerate(body):
                sents = sentences(u["text"])
                if u["role"] == "para" and 3 <= len(sents) <= 5 and all(len(s) < 60 for s in sents) and i > 0:
                    body[i:i + 1] = [{"kind": "paragraph", "role": "li", "text": s} for s in sents]
                    break
        doc["body"] = body
        doc["title"] = units[0]
        docs.append(doc)
    return docs


# --------------------------------------------------------------------------- page helpers

class Page:
    """Collects the HTML of one page and the furniture strings it shows."""

    def __init__(self):
        self.parts: list[str] = []
        self.furniture: list[str] = []
        self.units: list[dict] = []

    def raw(self, s: str):
        self.parts.append(s)

    def f(self, s: str) -> str:
        """A furniture string, escaped for HTML."""
        if squash(s):
            self.furniture.append(s)
        return html.escape(s, quote=False)

    def u(self, unit: dict) -> str:
        """A content unit's text, escaped; the unit goes into the gold."""
        self.units.append(unit)
        return html.escape(unit["text"], quote=False)

    def html(self, newline: str = "\n") -> str:
        return newline.join(self.parts) + newline


def links(page: Page, items, sep=" | ", href="https://www.example.cn/{i}.html") -> str:
    return sep.join(f'<a href="{href.format(i=i)}">{page.f(t)}</a>' for i, t in enumerate(items))


def ul_links(page: Page, items, cls="", href="https://www.example.cn/{i}.html") -> str:
    lis = "".join(f'<li><a href="{href.format(i=i)}">{page.f(t)}</a></li>' for i, t in enumerate(items))
    return f'<ul class="{cls}">{lis}</ul>'


RELATED_S = ["国务院常务会议部署近期重点工作", "多地出台稳就业新举措", "今年夏粮收购进度过半", "新能源汽车下乡活动启动",
             "暑期文旅市场持续升温", "我国科研团队取得新突破", "多家银行下调存款利率", "城市更新行动稳步推进"]
RELATED_T = ["立法院三讀通過修正案", "颱風動態持續觀察中", "央行理監事會決議出爐", "高鐵假期加開班次",
             "國際油價連續三週上漲", "夜市商圈人潮回流", "大學指考放榜查詢", "北市公布新制停車費率"]
COMMENTS_S = [("北京网友", "写得很好，学习了。"), ("匿名用户", "希望能多报道这类新闻。"), ("老张", "支持！"),
              ("江苏南京网友", "内容很详实，点赞。")]
COMMENTS_T = [("路人甲", "寫得很清楚，推一個。"), ("小明", "原來如此，長知識了。"), ("Kevin", "期待後續報導！"),
              ("訪客", "感謝分享。")]


def editor_line(doc, form: str) -> dict:
    return {"kind": "meta", "role": "meta", "text": form.format(e=doc["editor"])}


def cap(doc) -> str:
    r = doc["rng"]
    if doc["script"] == "simp":
        return r.choice(["图为活动现场。", "资料图片", "图为相关展览现场。"]) + f"（{doc['other']} 摄）"
    return r.choice(["圖為活動現場。", "資料照片", "圖為相關展覽現場。"]) + f"（記者{doc['other']}攝）"


# --------------------------------------------------------------------------- templates

def template(multi=True, headings=True, lists=True):
    def wrap(fn):
        fn.multi, fn.headings, fn.lists = multi, headings, lists
        return fn
    return wrap


@template()
def portal_classic(doc):
    """Mainland portal, UTF-8: top bar, nav, breadcrumb, info bar byline, font tools, figure, editor, related."""
    p, r = Page(), doc["rng"]
    p.raw('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>'
          + html.escape(doc["title"]["text"]) + '_东方资讯网</title>'
          '<style>.top{font-size:12px}.nav li{float:left}</style>'
          '<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");})();</script></head><body>')
    p.raw(f'<div class="top">{links(p, ["登录", "注册", "手机版", "设为首页"])}</div>')
    p.raw(f'<div class="logo"><img src="https://www.example.cn/logo.png" alt="">{p.f("东方资讯网")}</div>')
    p.raw(ul_links(p, ["首页", "时政", "国际", "财经", "科技", "文化", "体育"], "nav"))
    p.raw(f'<div class="crumb">{p.f("您当前的位置：首页 > 新闻中心 > 正文")}</div><!-- article start -->')
    p.raw(f'<div class="article"><h1>{p.u(doc["title"])}</h1>')
    by = {"kind": "byline", "role": "byline",
          "text": f"{doc['date']} {doc['time']}:{r.randint(10, 59)}　来源：{r.choice(['新华网', '人民网', '中国新闻网'])}　作者：记者 {doc['reporter']}"}
    p.raw(f'<div class="info">{p.u(by)}</div>')
    p.raw(f'<div class="tools">{p.f("【字号 大 中 小】【打印】【关闭】")}</div><div class="content">')
    for i, u in enumerate(doc["body"]):
        if u["role"] == "heading":
            p.raw(f"<h3>{p.u(u)}</h3>")
        elif u["role"] == "li":
            p.raw(f"<ul><li>{p.u(u)}</li></ul>")
        else:
            p.raw(f"<p>　　{p.u(u)}</p>")
        if i == 1:
            p.raw(f'<p style="text-align:center"><img src="https://img.example.cn/a.jpg" alt=""></p>'
                  f'<p class="pic">{p.f(cap(doc))}</p>')
    p.raw(f'</div><p class="editor">{p.u(editor_line(doc, "（责任编辑：{e}）"))}</p>')
    p.raw(f'<div class="share">{p.f("分享到：")}{links(p, ["微信", "微博", "QQ空间"], " ")}</div>')
    p.raw(f'<h4>{p.f("相关新闻")}</h4>' + ul_links(p, r.sample(RELATED_S, 4), "rel"))
    p.raw(f'<div class="foot">{links(p, ["关于我们", "联系我们", "广告服务", "网站地图"])}<br>'
          f'{p.f("Copyright © 2023 东方资讯网 版权所有 沪ICP备12345678号-1")}</div></div></body></html>')
    return p, "utf-8", "utf-8"


@template(multi=False, lists=False)
def gov_notice(doc):
    """Municipal government site, GBK bytes declared gb2312: table layout, metadata table, numbered headings."""
    p, r = Page(), doc["rng"]
    city = r.choice(["江州市", "临川市", "东阳市"])
    p.raw('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>'
          + html.escape(doc["title"]["text"]) + '</title><script language="javascript">function doZoom(s){}</script>'
          '</head><body><table width="1000" align="center"><tr><td>')
    p.raw(f'<div>{p.f(city + "人民政府门户网站")}</div>{links(p, ["首页", "政务公开", "政务服务", "互动交流", "走进" + city], "　")}')
    p.raw(f'</td></tr><tr><td><p>{p.f("当前位置：首页 > 政务公开 > 通知公告")}</p>')
    p.raw('<table class="meta" border="1">')
    cells = [("索引号：", f"1135{r.randint(1000, 9999)}/2023-{r.randint(10, 99)}"), ("发布机构：", city + "人民政府办公室"),
             ("发文日期：", doc["date"]), ("主题分类：", "综合政务")]
    for a, b in cells:
        p.raw(f"<tr><td>{p.f(a)}</td><td>{p.f(b)}</td></tr>")
    p.raw(f'</table></td></tr><tr><td><h1 align="center">{p.u(doc["title"])}</h1>')
    num = {"kind": "meta", "role": "meta", "text": f"{city[:2]}政办发〔2023〕{r.randint(3, 60)}号"}
    p.raw(f'<p align="center">{p.u(num)}</p>')
    h = 0
    for u in doc["body"]:
        if u["role"] == "heading":
            u = dict(u, text=f"{CN_NUM[h]}、{u['text']}")
            h += 1
            p.raw(f"<p><strong>{p.u(u)}</strong></p>")
        else:
            p.raw(f'<p style="text-indent:2em">{p.u(u)}</p>')
    sig = {"kind": "meta", "role": "meta", "text": city + "人民政府办公室"}
    y, m, d = doc["date"].split("-")
    day = {"kind": "meta", "role": "meta", "text": f"{y}年{int(m)}月{int(d)}日"}
    p.raw(f'<p align="right">{p.u(sig)}</p><p align="right">{p.u(day)}</p>')
    p.raw(f'<p>{p.f("【打印本页】")} {p.f("【关闭窗口】")}</p></td></tr><tr><td>')
    p.raw(f'<p>{p.f("主办：" + city + "人民政府办公室　承办：" + city + "大数据中心")}</p>'
          f'<p>{p.f("网站标识码：" + str(r.randint(3300000000, 3399999999)) + "　浙ICP备05012345号")}</p></td></tr></table></body></html>')
    return p, "gbk", "gb2312"


@template(multi=False, headings=False)
def forum_thread(doc):
    """BBS thread, GBK declared gbk: post in a table cell, <br><br> paragraphs, replies below (debris)."""
    p, r = Page(), doc["rng"]
    user = r.choice(["江南烟雨", "老李说事", "行者无疆", "book_worm"])
    p.raw('<html><head><meta charset="gbk"><title>' + html.escape(doc["title"]["text"]) + ' - 社区论坛</title>'
          '<link rel="stylesheet" href="style.css"></head><body>')
    p.raw(f'<div id="hd">{links(p, ["论坛", "导读", "排行榜", "搜索"])}</div>')
    p.raw(f'<div id="pt">{p.f("社区论坛 › 人文历史 › 查看帖子")}</div>')
    p.raw(f'<div>{p.f("查看: " + str(r.randint(300, 9000)) + "|回复: " + str(len(COMMENTS_S)))}</div>')
    p.raw(f'<h1><span id="thread_subject">{p.u(doc["title"])}</span></h1>')
    p.raw('<table class="plhin"><tr><td class="pls">')
    p.raw(f'<div>{p.f(user)}</div><div>{p.f("发帖 " + str(r.randint(20, 900)) + "  积分 " + str(r.randint(100, 9000)))}</div>')
    p.raw('</td></tr><tr><td class="plc">')
    by = {"kind": "byline", "role": "byline", "text": f"作者：{user}　发表于 {doc['date']} {doc['time']}"}
    p.raw(f'<div class="authi">{p.u(by)}</div><div class="t_fsz"><table><tr><td class="t_f">')
    p.raw(f'<i class="pstatus">{p.f("本帖最后由 " + user + " 于 " + doc["date"] + " 22:10 编辑")}</i><br><br>')
    p.raw("<br>\r\n<br>\r\n".join(p.u(u) for u in doc["body"]))
    p.raw(f'</td></tr></table></div><div class="po">{p.f("回复")} {p.f("举报")} {p.f("收藏")}</div></td></tr></table>')
    for i, (who, what) in enumerate(COMMENTS_S):
        p.raw(f'<div class="post"><div>{p.f(who)}</div><div>{p.f("发表于 " + doc["date"])}</div>'
              f'<div>{p.f(f"{i + 2}#")}</div><div>{p.f(what)}</div></div>')
    p.raw(f'<div id="ft">{p.f("Powered by Discuz! X3.4 © 2001-2023 Comsenz Inc.")}<br>'
          f'{p.f("粤ICP备09087654号")}</div></body></html>')
    return p, "gbk", "gbk"


@template()
def br_div_news(doc):
    """Local news site, UTF-8: the whole article in one <div>, blocks separated by <br><br>, <b> headings."""
    p, r = Page(), doc["rng"]
    p.raw('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>'
          + html.escape(doc["title"]["text"]) + '</title></head><body>')
    p.raw(f'<table width="100%"><tr><td>{p.f("南方晨报数字版")}</td><td>{links(p, ["要闻", "本地", "社会", "评论"])}</td></tr></table>')
    p.raw(f'<div class="tit"><font size="5"><b>{p.u(doc["title"])}</b></font></div>')
    p.raw(f'<div class="date">{p.f(doc["date"] + "　第A0" + str(r.randint(2, 9)) + "版：本地新闻")}</div>')
    p.raw('<div class="text" id="ozoom"><!--enpcontent-->')
    by = {"kind": "byline", "role": "byline", "text": f"（记者 {doc['reporter']} 通讯员 {doc['other']}）"
          if doc["n"] % 2 == 0 else f"本报记者　{doc['reporter']}"}
    blocks = [p.u(by)]
    for u in doc["body"]:
        if u["role"] == "heading":
            blocks.append(f"<b>{p.u(u)}</b>")
        elif u["role"] == "li":
            blocks.append("&nbsp;&nbsp;&nbsp;&nbsp;" + p.u(u))
        else:
            blocks.append("&nbsp;&nbsp;&nbsp;&nbsp;" + p.u(u))
    blocks.append(p.u(editor_line(doc, "编辑：{e}")))
    p.raw("<br><br>".join(blocks) + "<!--/enpcontent--></div>")
    p.raw(f'<div>{p.f("上一篇：" + r.choice(RELATED_S))}</div><div>{p.f("下一篇：" + r.choice(RELATED_S))}</div>')
    p.raw(f'<div class="foot">{p.f("南方晨报社版权所有，未经书面授权禁止使用")}</div></body></html>')
    return p, "utf-8", "utf-8"


@template()
def html5_feature(doc):
    """Modern HTML5 feature page, UTF-8: cookie banner, <article>, 文／ byline, h2 sections, figcaption, comments."""
    p, r = Page(), doc["rng"]
    p.raw('<!doctype html><html><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width">'
          '<title>' + html.escape(doc["title"]["text"]) + ' | 观察者周刊</title>'
          '<script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body>')
    p.raw(f'<div class="cookie">{p.f("本网站使用Cookie以改善浏览体验，继续浏览即表示您同意我们的隐私政策。")}'
          f'<button>{p.f("我知道了")}</button></div>')
    p.raw(f'<header><nav>{ul_links(p, ["首页", "深度", "人物", "视频", "订阅"])}</nav></header><main><article>')
    p.raw(f'<h1>{p.u(doc["title"])}</h1>')
    by = {"kind": "byline", "role": "byline", "text": f"文／{doc['reporter']}"}
    p.raw(f'<div class="meta"><span class="author">{p.u(by)}</span></div>')
    p.raw(f'<div class="time"><time datetime="{doc["date"]}">{p.f(doc["date"].replace("-", ".", 2))}</time>'
          f' {p.f("阅读 " + str(r.randint(1000, 90000)))}</div>')
    for i, u in enumerate(doc["body"]):
        if u["role"] == "heading":
            p.raw(f"<h2>{p.u(u)}</h2>")
        elif u["role"] == "li":
            p.raw(f"<ol><li>{p.u(u)}</li></ol>")
        else:
            p.raw(f"<p>{p.u(u)}</p>")
        if i == 2:
            p.raw(f'<figure><img src="https://img.example.com/b.webp" alt="{html.escape(cap(doc))}">'
                  f'<figcaption>{p.f(cap(doc))}</figcaption></figure>')
    p.raw(f'<p class="ed">{p.u(editor_line(doc, "责任编辑：{e}"))}</p></article>')
    p.raw(f'<aside><h3>{p.f("相关阅读")}</h3>{ul_links(p, r.sample(RELATED_S, 3))}</aside>')
    p.raw(f'<section class="comments"><h3>{p.f("网友评论（" + str(len(COMMENTS_S)) + "）")}</h3>')
    for who, what in COMMENTS_S[:3]:
        p.raw(f"<div><b>{p.f(who)}</b><p>{p.f(what)}</p></div>")
    p.raw(f'</section></main><footer><p>{p.f("© 2023 观察者周刊 京ICP备16012345号 京公网安备11010502030000号")}</p>'
          f'</footer></body></html>')
    return p, "utf-8", "utf-8"


@template()
def portal_table(doc):
    """Old portal in nested tables, GBK declared gb2312: document.write, <p><strong> headings, 来源 line."""
    p, r = Page(), doc["rng"]
    site = r.choice(["中原网", "西部在线", "北方新闻网"])
    p.raw('<HTML><HEAD><META http-equiv=Content-Type content="text/html; charset=gb2312"><TITLE>'
          + html.escape(doc["title"]["text"]) + '</TITLE><STYLE>TD{font-size:14px}</STYLE></HEAD><BODY>')
    p.raw('<SCRIPT>document.write("<div>广告位</div>");</SCRIPT><!-- 顶部广告 -->')
    p.raw(f'<TABLE width=980><TR><TD>{p.f(site)}</TD></TR><TR><TD>'
          f'{links(p, ["新闻", "财经", "汽车", "房产", "教育", "健康"], " | ")}</TD></TR></TABLE>')
    p.raw(f'<TABLE width=980><TR><TD>{p.f("首页 >> 新闻中心 >> 综合新闻")}</TD></TR>')
    p.raw(f'<TR><TD align=center><FONT size=5><STRONG>{p.u(doc["title"])}</STRONG></FONT></TD></TR>')
    by = {"kind": "byline", "role": "byline",
          "text": f"来源：{r.choice(['经济日报', '光明日报', '科技日报'])} {doc['date']} 记者 {doc['reporter']}"}
    p.raw(f'<TR><TD align=center>{p.u(by)}</TD></TR>')
    p.raw(f'<TR><TD align=center>{p.f("【字体：")}<a href="javascript:doZoom(16)">{p.f("大")}</a> '
          f'<a href="javascript:doZoom(14)">{p.f("中")}</a> <a href="javascript:doZoom(12)">{p.f("小")}</a>{p.f("】")}'
          f'</TD></TR><TR><TD>')
    for u in doc["body"]:
        if u["role"] == "heading":
            p.raw(f"<P><STRONG>{p.u(u)}</STRONG></P>")
        elif u["role"] == "li":
            p.raw(f"<P>{p.u(u)}</P>")
        else:
            p.raw(f"<P>　　{p.u(u)}</P>")
    p.raw(f'<P align=right>{p.u(editor_line(doc, "【编辑：{e}】"))}</P></TD></TR></TABLE>')
    p.raw(f'<TABLE width=980><TR><TD>{p.f("【我要纠错】")} {p.f("【打印本稿】")} {p.f("【关闭窗口】")}</TD></TR></TABLE>')
    p.raw(f'<DIV>{p.f("网友评论")}</DIV><DIV>{p.f("请遵守《互联网新闻信息服务管理规定》，文明发言。")}</DIV>')
    p.raw(f'<TABLE width=980><TR><TD>{p.f("本网站所刊载信息，不代表本网观点。")}<BR>'
          f'{p.f("Copyright 2003-2023 " + site + " All Rights Reserved 豫ICP备10001234号")}</TD></TR></TABLE>'
          '</BODY></HTML>')
    return p, "gbk", "gb2312"


@template()
def tw_news(doc):
    """Taiwan news site, UTF-8: 記者X／台北報導, ad slot, 延伸閱讀, share bar, 上一則/下一則."""
    p, r = Page(), doc["rng"]
    p.raw('<!DOCTYPE html><html lang="zh-Hant-TW"><head><meta charset="utf-8"><title>'
          + html.escape(doc["title"]["text"]) + ' - 今日新聞網</title><style>body{margin:0}</style></head><body>')
    p.raw(f'<header><div>{p.f("今日新聞網")}</div>{ul_links(p, ["即時", "政治", "社會", "國際", "財經", "娛樂", "運動"])}</header>')
    p.raw(f'<nav class="bread">{links(p, ["首頁", "即時", "生活"], " > ")}</nav>')
    p.raw(f'<h1>{p.u(doc["title"])}</h1>')
    p.raw(f'<div class="date">{p.f(doc["date"].replace("-", "/") + " " + doc["time"])}</div>')
    p.raw(f'<div class="share">{links(p, ["分享", "Facebook", "LINE", "複製連結"], " ")}</div>')
    by = {"kind": "byline", "role": "byline", "text": f"記者{doc['reporter']}／{r.choice(['台北', '台中', '高雄'])}報導"}
    p.raw(f'<div class="story"><p>{p.u(by)}</p>')
    for i, u in enumerate(doc["body"]):
        if u["role"] == "heading":
            p.raw(f"<h2>{p.u(u)}</h2>")
        elif u["role"] == "li":
            p.raw(f"<ul><li>{p.u(u)}</li></ul>")
        else:
            p.raw(f"<p>{p.u(u)}</p>")
        if i == 1:
            p.raw(f'<div class="ad">{p.f("廣告")}</div><!-- googletag.display("ad-1") -->')
    p.raw(f'<p class="editor">{p.u(editor_line(doc, "責任編輯／{e}"))}</p></div>')
    p.raw(f'<div class="related"><h3>{p.f("延伸閱讀")}</h3>{ul_links(p, r.sample(RELATED_T, 3))}</div>')
    p.raw(f'<div class="pn">{p.f("上一則：" + r.choice(RELATED_T))}</div><div class="pn">{p.f("下一則：" + r.choice(RELATED_T))}</div>')
    p.raw(f'<footer>{p.f("今日新聞網版權所有，轉載請註明出處。")}<br>{p.f("客服信箱：service@example.tw")}</footer></body></html>')
    return p, "utf-8", "utf-8"


@template()
def hk_news_big5(doc):
    """Hong Kong news site, Big5: 【本報訊】 byline, font buttons 放大 縮小, 相關新聞, copyright footer."""
    p, r = Page(), doc["rng"]
    p.raw('<html><head><meta charset="big5"><title>' + html.escape(doc["title"]["text"]) + '</title>'
          '<script>function fontZoom(n){document.body.style.fontSize=n;}</script></head><body>')
    p.raw(f'<div class="hd">{p.f("香江日報")} {p.f(doc["date"] + " 星期" + r.choice("一二三四五六日"))}</div>')
    p.raw(f'<div class="menu">{links(p, ["港聞", "兩岸", "國際", "經濟", "體育", "副刊"], " | ")}</div>')
    p.raw(f'<div class="fs"><a href="javascript:fontZoom(18)">{p.f("放大")}</a> <a href="javascript:fontZoom(14)">{p.f("縮小")}</a> '
          f'<a href="javascript:print()">{p.f("列印")}</a></div>')
    p.raw(f'<h2 class="title">{p.u(doc["title"])}</h2>')
    by = {"kind": "byline", "role": "byline", "text": f"【本報訊】記者{doc['reporter']}報道"}
    p.raw(f'<p class="by">{p.u(by)}</p>')
    for i, u in enumerate(doc["body"]):
        if u["role"] == "heading":
            p.raw(f"<h4>{p.u(u)}</h4>")
        elif u["role"] == "li":
            p.raw(f"<li>{p.u(u)}</li>")
        else:
            p.raw(f"<p>{p.u(u)}</p>")
        if i == 0:
            p.raw(f'<div class="photo"><img src="p.jpg" alt="圖片"><br>{p.f(cap(doc))}<br>{p.f("按圖放大")}</div>')
    p.raw(f'<div class="rel"><b>{p.f("相關新聞")}</b>{ul_links(p, r.sample(RELATED_T, 3))}</div>')
    p.raw(f'<div class="ft">{p.f("© 2023 香江日報有限公司 版權所有 不得轉載")}</div></body></html>')
    return p, "big5", "big5"


@template(multi=False, lists=False)
def tw_gov(doc):
    """Taiwan government announcement, UTF-8: 發布單位 / 發布日期 metadata, 友善列印, 回上一頁, accessibility footer."""
    p, r = Page(), doc["rng"]
    org = r.choice(["臺北市政府文化局", "新北市政府教育局", "高雄市政府觀光局"])
    y, m, d = doc["date"].split("-")
    roc = f"{int(y) - 1911}-{m}-{d}"
    p.raw('<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8"><title>' + html.escape(doc["title"]["text"])
          + '-' + org + '</title></head><body>')
    p.raw(f'<a href="https://www.gov.example.tw/news/1#C" class="skip">{p.f("跳到主要內容區塊")}</a><div>{p.f(org)}</div>')
    p.raw(f'<div class="nav">{links(p, ["網站導覽", "回首頁", "English", "RSS"], "｜")}</div>')
    p.raw(f'<div class="acc"><a href="https://www.gov.example.tw/news/1#C" title="{html.escape("中央內容區")}">:::</a></div>')
    p.raw(f'<div class="path">{p.f("現在位置：首頁 > 最新消息 > 公告")}</div><div id="C">')
    p.raw(f'<h2>{p.u(doc["title"])}</h2>')
    p.raw(f'<table class="info"><tr><th>{p.f("發布單位")}</th><td>{p.f(org)}</td></tr>'
          f'<tr><th>{p.f("發布日期")}</th><td>{p.f(roc)}</td></tr></table>')
    h = 0
    for u in doc["body"]:
        if u["role"] == "heading":
            u = dict(u, text=f"{CN_NUM[h]}、{u['text']}")
            h += 1
            p.raw(f"<h3>{p.u(u)}</h3>")
        else:
            p.raw(f"<p>{p.u(u)}</p>")
    p.raw(f'<p>{p.u({"kind": "meta", "role": "meta", "text": "承辦人：" + doc["editor"] + "　聯絡電話：(02)2720-" + str(r.randint(1000, 9999))})}</p>')
    p.raw(f'</div><div class="func">{p.f("友善列印")} {p.f("回上一頁")} {p.f("瀏覽人次：" + str(r.randint(100, 5000)))}</div>')
    p.raw(f'<footer><p>{p.f("地址：110204臺北市信義區市府路1號　電話：1999")}</p>'
          f'<p>{p.f("本網站已通過無障礙AA檢測")}</p><p>{p.f("Copyright © 2023 " + org + " All Rights Reserved.")}</p></footer></body></html>')
    return p, "utf-8", "utf-8"


@template(multi=False)
def tw_blog(doc):
    """Personal blog, UTF-8: sidebar first in the DOM, post body with <br><br>, <b> headings in <p>, tags, comments."""
    p, r = Page(), doc["rng"]
    blog = r.choice(["阿哲的旅行筆記", "小雨的生活日誌", "貓咪與咖啡"])
    p.raw('<html><head><meta charset="utf-8"><title>' + html.escape(doc["title"]["text"]) + ' @ ' + blog + ' :: 部落格</title>'
          '<!-- generated by blog platform --></head><body>')
    p.raw(f'<div id="banner"><h1 class="blogname">{p.f(blog)}</h1><div>{p.f("記錄生活裡的小事")}</div></div>')
    p.raw(f'<div id="side"><h4>{p.f("文章分類")}</h4>{ul_links(p, ["旅行 (23)", "美食 (41)", "閱讀 (12)"])}'
          f'<h4>{p.f("最新文章")}</h4>{ul_links(p, r.sample(RELATED_T, 2))}</div>')
    p.raw(f'<div id="main"><div class="date">{p.f(doc["date"].replace("-", "-", 2) + " " + doc["time"])}</div>')
    p.raw(f'<h2 class="title"><a href="https://blog.example.tw/post/1">{p.u(doc["title"])}</a></h2>')
    by = {"kind": "byline", "role": "byline", "text": f"作者：{doc['reporter']}　發表於 {doc['date'].replace('-', '/')}"}
    p.raw(f'<div class="author">{p.u(by)}</div><div class="article-content">')
    for u in doc["body"]:
        if u["role"] == "heading":
            p.raw(f"<p><b>{p.u(u)}</b></p>")
        elif u["role"] == "li":
            p.raw(f"{p.u(dict(u, text='◎' + u['text']))}<br>")
        else:
            p.raw(f"{p.u(u)}<br><br>")
    p.raw(f'</div><div class="tags">{p.f("標籤：")}{links(p, ["旅遊", "生活", "隨筆"], " ")}</div>')
    p.raw(f'<div class="meta">{p.f("全站分類：休閒旅遊 個人分類：旅行")}</div>')
    p.raw(f'<div class="cmt"><h4>{p.f("留言列表")}</h4>')
    for who, what in COMMENTS_T[:3]:
        p.raw(f'<div>{p.f(who)} {p.f("於 " + doc["date"] + " 留言")}</div><div>{p.f(what)}</div>')
    p.raw(f'</div></div><div id="ft">{p.f("Powered by 部落格平台 © 2023")}</div></body></html>')
    return p, "utf-8", "utf-8"


@template()
def tw_magazine(doc):
    """Taiwan magazine feature: 文／X　攝影／Y byline, h3 sections, figures, 責任編輯 line, cookie banner."""
    p, r = Page(), doc["rng"]
    enc = "big5" if doc["n"] % 2 == 0 else "utf-8"
    p.raw(f'<html><head><meta charset="{enc}"><title>' + html.escape(doc["title"]["text"]) + '｜遠見天下誌</title></head><body>')
    p.raw(f'<div class="gdpr">{p.f("我們使用 Cookie 提供更好的服務，繼續瀏覽即代表同意。")}<a href="javascript:;">{p.f("接受")}</a></div>')
    p.raw(f'<div class="top">{p.f("遠見天下誌")}{ul_links(p, ["最新", "專題", "人物", "書摘", "訂閱"])}</div>')
    p.raw(f'<div class="kicker">{p.f("專題報導")}</div><h1>{p.u(doc["title"])}</h1>')
    by = {"kind": "byline", "role": "byline", "text": f"文／{doc['reporter']}　攝影／{doc['other']}"}
    p.raw(f'<p class="by">{p.u(by)}</p><p class="date">{p.f(doc["date"].replace("-", "/"))}</p>')
    for i, u in enumerate(doc["body"]):
        if u["role"] == "heading":
            p.raw(f"<h3>{p.u(u)}</h3>")
        elif u["role"] == "li":
            p.raw(f"<ul><li>{p.u(u)}</li></ul>")
        else:
            p.raw(f"<p>{p.u(u)}</p>")
        if i in (1, 5):
            p.raw(f'<figure><img src="f{i}.jpg"><figcaption>{p.f(cap(doc))}</figcaption></figure>')
    p.raw(f'<p class="ed">{p.u(editor_line(doc, "（責任編輯：{e}）"))}</p>')
    p.raw(f'<div class="more"><h4>{p.f("看更多")}</h4>{ul_links(p, r.sample(RELATED_T, 3))}</div>')
    p.raw(f'<div class="sub">{p.f("訂閱電子報，每週精選好文直送信箱")}</div>')
    p.raw(f'<footer>{p.f("遠見天下文化出版股份有限公司 版權所有 © 2023")}</footer></body></html>')
    return p, enc, enc


@template()
def hk_portal_table(doc):
    """HK portal in tables, UTF-8: 來源：X 日期 記者 Y byline, 編輯 line, <b> headings in <p>, 來源 line at the end."""
    p, r = Page(), doc["rng"]
    p.raw('<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"><title>'
          + html.escape(doc["title"]["text"]) + '</title><style>td{padding:2px}</style></head><body>')
    p.raw(f'<table width="960"><tr><td>{p.f("港澳資訊網")}</td></tr><tr><td>'
          f'{links(p, ["首頁", "港澳", "內地", "國際", "財經", "評論"], "　")}</td></tr></table>')
    p.raw(f'<table width="960"><tr><td>{p.f("您的位置：首頁 » 港澳 » 正文")}</td></tr>')
    p.raw(f'<tr><td><h1>{p.u(doc["title"])}</h1></td></tr>')
    src = r.choice(["中通社", "大公報", "文匯報"])
    by = {"kind": "byline", "role": "byline", "text": f"來源：{src} {doc['date']} 記者 {doc['reporter']}"}
    p.raw(f'<tr><td>{p.u(by)}</td></tr><tr><td>')
    for u in doc["body"]:
        if u["role"] == "heading":
            p.raw(f"<p><b>{p.u(u)}</b></p>")
        elif u["role"] == "li":
            p.raw(f"<p>{p.u(dict(u, text='‧' + u['text']))}</p>")
        else:
            p.raw(f"<p>{p.u(u)}</p>")
    p.raw(f'<p>{p.u(editor_line(doc, "編輯：{e}"))}</p></td></tr></table>')
    p.raw(f'<table width="960"><tr><td>{p.f("【打印】")}</td><td>{p.f("【關閉】")}</td><td>{p.f("【返回頂部】")}</td></tr></table>')
    p.raw(f'<div>{p.f("熱門新聞")}</div>{ul_links(p, r.sample(RELATED_T, 4))}')
    p.raw(f'<div>{p.f("版權所有 不得轉載 © 2023 港澳資訊網")}</div></body></html>')
    return p, "utf-8", "utf-8"


TEMPLATES = [portal_classic, gov_notice, forum_thread, br_div_news, html5_feature, portal_table,
             tw_news, hk_news_big5, tw_gov, tw_blog, tw_magazine, hk_portal_table]


# --------------------------------------------------------------------------- tools

def run_tool(tool: str, path: Path) -> str:
    m = re.fullmatch(r"(lynx|w3m|html2text)(\d*)(nolist)?", tool)
    name, width, nolist = m.group(1), m.group(2), m.group(3)
    if name == "lynx":
        cmd = ["lynx", "-dump", f"-width={width or 80}", "-display_charset=utf-8", "-assume_charset=utf-8"]
        cmd += ["-nolist"] if nolist else []
    elif name == "w3m":
        cmd = ["w3m", "-dump", "-T", "text/html", "-I", "utf-8", "-O", "utf-8", "-cols", width or "80"]
    else:
        cmd = ["html2text", "-utf8"] + (["-width", width] if width else [])
    out = subprocess.run(cmd + [str(path)], capture_output=True, check=True).stdout
    # html2text cuts multi-byte characters when it pads CJK table cells: the saved file shows U+FFFD there
    return out.decode("utf-8", errors="replace")


def display_width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def unwrap(text: str, labels: list) -> tuple[str, list]:
    """Join the lines w3m broke inside one content unit (table cells, ~1024 columns): a browser copy has one line."""
    out, lab = [], []
    for i, ch in enumerate(text):
        if ch == "\n" and isinstance(labels[i - 1] if i else None, int):
            j = i + 1
            while j < len(text) and text[j] in " \t":
                j += 1
            if j < len(text) and labels[j] == labels[i - 1]:
                sep = " " if text[i - 1].isascii() and text[i - 1].isalnum() and text[j].isascii() else ""
                out.append(sep)
                lab.extend([None] * len(sep))
                continue
        out.append(ch)
        lab.append(labels[i])
    return "".join(out), lab


def saved72(page_text: str, labels: list, doc) -> tuple[str, list]:
    """Wrap a one-line-per-block rendering at 72 display columns, add a running header and page footer."""
    site = {"simp": "网页另存为文本", "trad": "網頁另存為文字"}[doc["script"]]
    lines: list[tuple[str, list]] = []
    pos = 0
    for raw in page_text.split("\n"):
        lab = labels[pos:pos + len(raw)]
        pos += len(raw) + 1
        if not raw.strip():
            lines.append(("", []))
            continue
        cur, curl, w = "", [], 0
        tokens = re.finditer(r"[A-Za-z0-9.,%\-]+|.", raw)
        for t in tokens:
            s = t.group()
            tw = sum(display_width(c) for c in s)
            if w + tw > 72 and cur:
                lines.append((cur.rstrip(), curl[:len(cur.rstrip())]))
                cur, curl, w = "", [], 0
                if s == " ":
                    continue
            cur += s
            curl += lab[t.start():t.end()]
            w += tw
        lines.append((cur.rstrip(), curl[:len(cur.rstrip())]))
    out_text, out_lab, page_no = [], [], 1
    pages = (len(lines) + 39) // 40
    header = f"{doc['title']['text'][:16]} - {site}"
    for start in range(0, len(lines), 40):
        hd = header + " " * max(1, 72 - sum(display_width(c) for c in header) - 10) + doc["date"]
        out_text.append(hd)
        out_lab.append([("hdr", page_no)] * len(hd))
        for t, lab in lines[start:start + 40]:
            out_text.append(t)
            out_lab.append(lab)
        ft = f"第 {page_no} 页，共 {pages} 页" if doc["script"] == "simp" else f"第 {page_no} 頁，共 {pages} 頁"
        ft = " " * ((72 - sum(display_width(c) for c in ft)) // 2) + ft
        out_text.append(ft)
        out_lab.append([("ftr", page_no)] * len(ft))
        page_no += 1
    text = "\n".join(out_text) + "\n"
    flat = []
    for t, lab in zip(out_text, out_lab, strict=True):
        flat += list(lab) + [None] * (len(t) - len(lab)) + [None]
    return text, flat


# --------------------------------------------------------------------------- gold by alignment

_DECOR = re.compile(r"[\s*+\-#•·=>|]*(?:\d{1,2}\.|\[\d+\])?\s*")


def align(text: str, units: list[dict]) -> list:
    """Per-character labels of ``text``: a content unit's index, or None (not yet labelled)."""
    idx = [i for i, ch in enumerate(text) if not _WS.match(ch)]
    flat = "".join(text[i] for i in idx)
    labels: list = [None] * len(text)
    cur = 0
    for k, u in enumerate(units):
        q = squash(u["text"])
        at = flat.find(q, cur)
        if at < 0:
            raise LookupError(f"unit {k} {q[:20]!r} not found")
        a, b = idx[at], idx[at + len(q) - 1] + 1
        line_start = text.rfind("\n", 0, a) + 1
        line_end = text.find("\n", b)
        line_end = len(text) if line_end < 0 else line_end
        if _DECOR.fullmatch(text[line_start:a]):
            a = line_start
        if re.fullmatch(r"[\s*=#\-]*", text[b:line_end]):
            b = line_end
        for i in range(a, b):
            labels[i] = k
        cur = at + len(q)
    return labels


def units_from_labels(text: str, labels: list, units: list[dict], furniture: list[str]) -> list[dict]:
    """Gold units in file order: content runs (later pieces ``cont``), the rest debris by line."""
    # debris labels: one per line (per stretch between content on a line)
    line = 0
    for i, ch in enumerate(text):
        if ch == "\n":
            line += 1
        if labels[i] is None and not _WS.match(ch):
            labels[i] = ("d", line)
        elif isinstance(labels[i], tuple) and labels[i][0] in ("hdr", "ftr"):
            labels[i] = ("d", line)
    runs: list[list] = []  # [label, start, end]
    for i, ch in enumerate(text):
        if _WS.match(ch) or labels[i] is None:
            continue
        if runs and runs[-1][0] == labels[i]:
            runs[-1][2] = i + 1
        else:
            runs.append([labels[i], i, i + 1])
    furn = [squash(f) for f in furniture]
    out, seen = [], set()
    for lab, a, b in runs:
        piece = text[a:b]
        if isinstance(lab, tuple):
            prev = out[-1] if out else None
            if (prev is not None and prev["kind"] == "debris" and prev["_line"] == lab[1] - 1
                    and squash(prev["text"]) not in furn and any(squash(prev["text"] + piece) in f for f in furn)):
                prev["text"] = text[prev["_a"]:b]
                prev["_line"] = lab[1]
                continue
            out.append({"kind": "debris", "text": piece, "_line": lab[1], "_a": a})
        else:
            unit = {"kind": units[lab]["kind"], "text": piece}
            if lab in seen:
                unit["cont"] = True
            seen.add(lab)
            out.append(unit)
    return [{k: v for k, v in u.items() if not k.startswith("_")} for u in out]


# --------------------------------------------------------------------------- saving

def ocr_spaces(text: str, units_labels: list, rng: random.Random) -> tuple[str, list]:
    out, lab = [], []
    for i, ch in enumerate(text):
        out.append(ch)
        lab.append(units_labels[i])
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if (isinstance(units_labels[i], int) and "\u4e00" <= ch <= "\u9fff" and "\u4e00" <= nxt <= "\u9fff"
                and rng.random() < 0.04):
            out.append(" ")
            lab.append(None)
    return "".join(out), lab


def encode(text: str, how: str) -> bytes:
    if "crlf" in how:
        text = text.replace("\n", "\r\n")
    if how.startswith("gbk"):
        return text.encode("gbk")
    if "gb18030" in how:
        return text.encode("gb18030")
    if "bom" in how:
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    return text.encode("utf-8")


TOOL_SETS = [
    ["lynx80", "w3m", "html2text", "saved72"],
    ["lynx60", "lynx120nolist", "w3m120", "html2text60"],
    ["lynx100nolist", "w3m", "html2text", "lynx72"],
    ["lynx80nolist", "w3m100", "html2text60", "saved72"],
]


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--batch", choices=["dev3", "dev4"], default="dev3",
                    help="dev3: batch 3 (w3-*, dev3/held3; default); dev4: a further development batch (w4-*)")
    configure(ap.parse_args().batch)
    corpus = HERE
    manifest = []
    stems = []
    with tempfile.TemporaryDirectory(prefix="w3-") as tmp:
        tmp = Path(tmp)
        for doc in build_documents():
            fn = TEMPLATES[doc["n"] // 2]
            page, codec, _label = fn(doc)
            rng = doc["rng"]
            src = page.html("\r\n" if codec == "gbk" else "\n")  # the GBK sites are old Windows-made pages
            split, did = doc["split"], doc["id"]
            nat = corpus / "native" / split / f"{did}_html.html"
            nat.parent.mkdir(parents=True, exist_ok=True)
            nat.write_bytes(src.encode(codec, errors="xmlcharrefreplace"))
            units = page.units
            assert sum(u["kind"] == "title" for u in units) == 1
            gold = {"doc_id": nat.stem, "source": f"native/{split}/{nat.name}", "tool": "html", "encoding": codec,
                    "units": [{"kind": u["kind"], "text": u["text"]} for u in units], "furniture": page.furniture}
            (corpus / "gold" / f"{nat.stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", "utf-8")
            files = [{"path": f"native/{split}/{nat.name}", "route": "native", "tool": "html", "encoding": codec}]
            utf8 = tmp / f"{did}.html"
            utf8.write_text(re.sub(r"charset=[\"']?(gb2312|gbk|big5|utf-8)", "charset=utf-8", src, flags=re.I), "utf-8")
            tools = TOOL_SETS[doc["n"] % 4] if doc["n"] % 8 < 4 else TOOL_SETS[(doc["n"] + 1) % 4]
            for tool in tools:
                if tool == "saved72":
                    wide = run_tool("w3m2000", utf8)
                    wide = re.sub("[\u2500-\u257f]", " ", wide)  # w3m's table borders: a browser copy has none
                    wide = "\n".join(re.sub(" {3,}", "\t", line.strip()) for line in wide.split("\n"))
                    # w3m breaks lines at about 1024 columns whatever -cols says: a browser copy does not
                    wide = re.sub(r"(?m)^(.*)\n", lambda m: m.group(0) if sum(map(display_width, m.group(1))) < 1000
                                  else m.group(1), wide)
                    labels = align(wide, units)
                    wide, labels = unwrap(wide, labels)
                    text, labels = saved72(wide, labels, doc)
                    how = "gbk+crlf" if doc["script"] == "simp" else "utf-8-bom+crlf"
                    if how.startswith("gbk"):  # what Notepad does with a character GBK lacks (w3m's bullet)
                        text = text.encode("gbk", errors="replace").decode("gbk")
                else:
                    try:
                        text = run_tool(tool, utf8)
                        labels = align(text, units)
                    except LookupError as err:
                        print(f"skip {did}_{tool}: {err}")
                        continue
                    choices = ["utf-8", "utf-8-bom", "crlf", "ocr-spaces+utf-8", "ocr-spaces+crlf"]
                    if doc["script"] == "simp":
                        choices += ["gb18030", "gb18030+crlf"]
                    how = rng.choice(choices)
                    if how.startswith("ocr"):
                        text, labels = ocr_spaces(text, labels, rng)
                gunits = units_from_labels(text, labels, units, page.furniture)
                stem = f"{did}_{tool}"
                path = corpus / "text" / split / f"{stem}.txt"
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(encode(text, how))
                g = {"doc_id": stem, "source": f"text/{split}/{stem}.txt", "tool": tool, "encoding": how, "units": gunits}
                (corpus / "gold" / f"{stem}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", "utf-8")
                files.append({"path": f"text/{split}/{stem}.txt", "route": "text", "tool": tool, "encoding": how})
                stems.append(stem)
            manifest.append({"id": did, "split": split, "script": doc["script"], "template": doc["template"],
                             "files": files})
    if BATCH == "dev4":  # no content text of the new batch is in any earlier gold file
        blob = existing_gold_text(skip=(PREFIX,))
        for doc in manifest:
            gold = json.loads((corpus / "gold" / f"{doc['id']}_html.json").read_text("utf-8"))
            hit = [u["text"][:20] for u in gold["units"] if u["kind"] == "paragraph" and overlaps(u["text"], blob, 15, 5)]
            assert not hit, (doc["id"], hit)
    (corpus / f"manifest-{BATCH}-web.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(f"{len(manifest)} documents, {len(stems)} text files")


if __name__ == "__main__":
    main()
