"""Batch 13, WEB part: twelve mainstream site designs in genres no earlier batch used, two pages each
(ids ``w13-000`` .. ``w13-023``).

Designs 0-7 go to ``dev13``, designs 8-11 to ``held13`` only (design-disjoint held-out). Prose: dev13 pages take
CLUENER 2020 ``train.json`` lines 7200-10747 (0-based; field ``text``; lines not ending a sentence and lines sharing
a 15-character stretch with an earlier kept line dropped; consecutive lines grouped into paragraphs of 60-300
characters); held13 pages take Weibo NER ``weiboNER_2nd_conll.dev`` / ``.test`` (posts rebuilt from their
``char+digit<TAB>TAG`` lines) and Resume NER ``test.char.bmes``, cut into sentences and grouped the same way. A
paragraph sharing a 15-character stretch with the other side or with batch 12's prose (the paragraph units of
``gold/p12-*`` / ``gold/w12-*``) is refused, and the pages built are checked again (asserted). Everything else on a
page (titles, heads, bylines, furniture) is invented here.

Each page is written once as HTML while every visible string is registered in source order as a content unit
(title / heading / byline / meta / paragraph) or a furniture string. Native gold: the content units whole and
the furniture strings. Text gold (per dump): each content unit's characters (NFKC, whitespace and ``_``
ignored) are found in order in the dump; tool decoration on the unit's line (``*``, ``#``, ``•``) goes with the
unit; everything else is debris, one unit per line, lines joined where one registered furniture string is
wrapped across them; link lists one debris unit per line. Whitespace goes with the unit before it, leading
whitespace with the line's first unit. Every unit's text occurs in its file (asserted).
The page registry, the tool runner and the text-gold labeller are batch 12's (batch 11's), reused.

    PYTHONPATH=$PWD:OPENCC_DIR python benchmarks/segcorpus/make_dev13_web.py   # needs lynx, w3m, html2text, opencc
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
DATA = Path("/work/shared/data")
CLUENER_LINES = (7200, 10748)  # 0-based, end exclusive: train.json lines 7200-10747
WORK = Path("/tmp/dev13web")
SEED = 1313
DEV_DESIGNS = 8

sys.path.insert(0, str(ROOT))
from annotate.segment.decode import decode_bytes  # noqa: E402
from annotate.segment.score import squash  # noqa: E402

CONTENT = ("title", "heading", "byline", "meta", "paragraph")


# ----------------------------------------------------------------------------------------------- prose
def grams(text: str, n: int = 15) -> set[str]:
    t = squash(text)
    return {t[i:i + n] for i in range(len(t) - n + 1)}


def split_sentences(text: str) -> list[str]:
    return [s for s in re.findall(r".*?[。！？](?:[”’」』）]+)?|.+$", text) if s.strip()]


def balanced(text: str) -> bool:
    """Brackets and quotes paired (a CLUENER line cut at its start often opens with a stray closing one)."""
    return all(text.count(a) == text.count(b) for a, b in ("（）", "()", "《》", "“”", "「」"))


def cluener_sentences() -> list[str]:
    """CLUENER train.json lines of our range ending a sentence, brackets paired, no bullet glyphs; a line sharing a 15-character stretch with an
    earlier kept line (CLUENER repeats some) is dropped."""
    lines = (DATA / "cluener2020" / "train.json").read_text(encoding="utf-8").split("\n")
    out, seen = [], set()
    for line in lines[CLUENER_LINES[0]:CLUENER_LINES[1]]:
        if not line.strip():
            continue
        t = json.loads(line)["text"].strip()
        if not re.search(r"[。！？][”’」）]?$", t) or not balanced(t) or re.search(r"[●■◆▲★]", t):
            continue
        g = grams(t)
        if g & seen:
            continue
        seen |= g
        out.append(t)
    return out


def conll_blocks(path: Path, strip_digit: bool) -> list[str]:
    """Texts of a CoNLL-style file: one block per blank-line-separated run of ``token<SEP>TAG`` lines."""
    out, cur = [], []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            if cur:
                out.append("".join(cur))
            cur = []
            continue
        tok = re.split(r"[\t ]", line, maxsplit=1)[0]
        cur.append(tok[:-1] if strip_digit and tok[-1:].isdigit() and len(tok) > 1 else tok)
    if cur:
        out.append("".join(cur))
    return out


def clean_weibo(text: str) -> str:
    text = re.sub(r"https?://\S+|@\S+?[：:\s]|#[^#]*#|\[[^\]]{1,6}\]|【[^】]*】", "", text)
    return re.sub(r"\s+", "", text)


def paragraphs(sents: list[str], rng: random.Random, ends: str = "。！？”") -> list[str]:
    """Consecutive sentences grouped into paragraphs of 60-300 characters ending a sentence (a character of
    ``ends``); an empty sentence (one refused) breaks the run."""
    out, cur, target = [], "", rng.randint(70, 220)
    for s in sents:
        s = s.strip()
        if not s or len(s) > 300 or len(s) < 6:
            cur = ""
            continue
        if len(cur) + len(s) > 300:
            cur = ""
        cur += s
        if len(cur) >= target and cur[-1] in ends:
            if len(cur) >= 60:
                out.append(cur)
            cur, target = "", rng.randint(70, 220)
    return out


def b12_grams() -> set[str]:
    """15-character stretches of batch 12's prose (paragraph units of its print and web gold)."""
    out: set[str] = set()
    for f in sorted((CORPUS / "gold").glob("[pw]12-*.json")):
        for u in json.loads(f.read_text(encoding="utf-8"))["units"]:
            if u["kind"] == "paragraph":
                out |= grams(u["text"])
    return out


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

    def run(self, kind: str, head: str, text: str, markup: str) -> None:
        """A content unit led by a run-in head: ``markup`` with ``{h}`` (the head, set in bold by the markup)
        and ``{}`` (the rest); the unit's text is head + rest."""
        head, text = self.conv(head), self.conv(text)
        self.html.append(self.conv(markup).replace("{h}", esc(head)).replace("{}", esc(text)))
        self.items.append((kind, head + text))

    def links(self, hrefs_texts, sep=" ", wrap="{}") -> None:
        """A run of furniture links, one furniture string each."""
        parts = [f'<a href="{h}">{esc(self.conv(t))}</a>' for h, t in hrefs_texts]
        self.html.append(wrap.replace("{}", sep.join(parts)))
        self.items += [("furn", self.conv(t)) for _, t in hrefs_texts]

    def document(self, title: str, charset: str, head_extra: str = "") -> str:
        return (f'<!DOCTYPE html>\n<html lang="zh">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
                f'charset={charset}">\n<title>{esc(self.conv(title))}</title>\n{head_extra}'
                '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
                '<link rel="stylesheet" href="/static/css/site.css">\n<style>body{font-family:"PingFang SC","Microsoft YaHei"}'
                '.hide{display:none}.fold{max-height:900px;overflow:hidden}</style>\n'
                '<script>window.dataLayer = window.dataLayer || []; /* 统计 */</script>\n</head>\n<body>\n'
                + "\n".join(self.html) + '\n<script src="/static/js/vendor.min.js"></script>\n</body>\n</html>\n')


SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红文斌宇晨浩然思远立新海燕玉梅晓东"


def person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def ymd(doc: dict, sep: str = "-") -> str:
    y, m, d = doc["date"]
    return f"{y}{sep}{m:02d}{sep}{d:02d}"


def cn_date(doc: dict) -> str:
    y, m, d = doc["date"]
    return f"{y}年{m}月{d}日"


def nav(page: Page, words, sep=" | ", wrap='<div class="nav">{}</div>') -> None:
    page.links([(f"/{k}/", w) for k, w in enumerate(words)], sep=sep, wrap=wrap)


# ----------------------------------------------------------------------------------------------- designs
def take(doc: dict) -> str:
    return doc["paras"].pop(0)


def d_video(page: Page, doc: dict, rng: random.Random) -> None:
    """Video page (bilibili-like): top nav, title, counters, player, uploader card, description, 图文 notes with
    two head levels, tags, danmaku list, comments, recommendations."""
    page.f('<div class="hide" style="display:none">您的浏览器版本过低，请升级后访问</div>', "您的浏览器版本过低，请升级后访问")
    page.f('<div class="header"><a href="/"><img src="/logo.png" alt="小破站"></a>', "小破站")
    nav(page, ["首页", "番剧", "直播", "游戏中心", "会员购", "漫画"], sep=" ")
    page.f('<form action="/search"><input name="kw" placeholder="搜索视频、UP主"> <button>搜索</button></form>'
           '<a href="/login">登录</a> <a href="/vip">大会员</a></div>', "搜索", "登录", "大会员")
    page.u("title", doc["title"], '<h1 class="video-title">{}</h1>')
    page.f(f'<div class="video-data"><span>{doc["views"]}播放</span> · <span>{doc["dm"]}弹幕</span></div>',
           f'{doc["views"]}播放', f'{doc["dm"]}弹幕')
    page.u("meta", f"{ymd(doc)} {doc['hm']}:05", '<div class="pubdate">{}</div>')
    page.f('<div class="player"><noscript>您的浏览器不支持 HTML5 播放器</noscript><span>弹幕加载中…</span></div>',
           "您的浏览器不支持 HTML5 播放器", "弹幕加载中…")
    page.f(f'<div class="toolbar"><a href="javascript:void(0)">点赞 {doc["likes"]}</a> <a href="javascript:void(0)">投币 '
           f'{doc["coins"]}</a> <a href="javascript:void(0)">收藏</a> <a href="javascript:void(0)">分享</a></div>',
           f'点赞 {doc["likes"]}', f'投币 {doc["coins"]}', "收藏", "分享")
    page.f('<div class="up-info"><a href="/space/1"><img src="/face.jpg" alt="头像"></a>', "头像")
    page.u("byline", f"UP主：{doc['nick']}", '<span class="up-name">{}</span> <span class="follow">+ 关注 8.6万</span></div>')
    page.items.append(("furn", "+ 关注 8.6万"))
    page.f('<div class="up-sign">记录街头巷尾的人间烟火</div>', "记录街头巷尾的人间烟火")
    page.u("heading", "简介", '<h4 class="desc-title">{}</h4>')
    page.raw('<div class="desc">')
    page.u("paragraph", take(doc), '{}<br>')
    page.u("paragraph", take(doc), '{}<br>')
    page.u("meta", f"拍摄：{doc['author']}　剪辑：{doc['editor']}", '{}<br>')
    page.f('<span class="bgm">BGM：《清晨的街》</span></div><a class="toggle" href="javascript:void(0)">展开更多</a>',
           "BGM：《清晨的街》", "展开更多")
    page.f('<div class="multi-page"><h3>视频选集</h3> <span>(1/3)</span><ul><li>P1 凌晨的磨坊</li><li>P2 第一锅豆浆</li>'
           '<li>P3 收摊以后</li></ul></div>', "视频选集", "(1/3)", "P1 凌晨的磨坊", "P2 第一锅豆浆", "P3 收摊以后")
    page.u("heading", "图文笔记", '<h2 class="note-title">{}</h2>')
    h1, h2 = doc["heads"][:2]
    page.u("heading", f"一、{h1}", '<h3>{}</h3>')
    page.u("heading", "（一）缘起", '<h4>{}</h4>')
    page.u("paragraph", take(doc), '<p>{}</p>')
    page.f('<figure><img data-src="/pic/a1.jpg" src="/blank.gif" alt="凌晨三点的作坊"><figcaption>凌晨三点，作坊已经亮灯'
           '</figcaption></figure>', "凌晨三点，作坊已经亮灯")
    page.u("heading", "（二）做法", '<h4>{}</h4>')
    for k, step in enumerate(["泡豆八小时，水没过豆子两指", "石磨慢磨，边磨边加水", "滤渣后大火煮开，转小火五分钟"], 1):
        page.u("paragraph", f"{k}. {step}", '<p class="step">{}</p>')
    page.u("heading", f"二、{h2}", '<h3>{}</h3>')
    page.u("paragraph", take(doc), '<p>{}</p>')
    page.f('<div class="tags"><a href="/tag/1">#美食</a> <a href="/tag/2">#纪录片</a> <a href="/tag/3">#人间烟火</a></div>',
           "#美食", "#纪录片", "#人间烟火")
    page.f('<div class="danmaku"><h3>弹幕列表</h3><table><tr><th>时间</th><th>弹幕内容</th><th>发送时间</th></tr>'
           '<tr><td>00:12</td><td>前方高能</td><td>05-13 08:21</td></tr><tr><td>02:47</td><td>看饿了</td>'
           '<td>05-13 09:02</td></tr></table></div>', "弹幕列表", "时间", "弹幕内容", "发送时间", "00:12", "前方高能",
           "05-13 08:21", "02:47", "看饿了", "05-13 09:02")
    page.f(f'<div class="comments"><h3>评论 <span>{doc["likes"] // 7}</span></h3>', "评论", str(doc["likes"] // 7))
    for nick, when, text in doc["comments"]:
        page.f(f'<div class="reply"><a class="name">{nick}</a><p>{text}</p><span>{when}</span> <span>回复</span></div>',
               nick, text, when, "回复")
    page.f('</div><div class="rec"><h3>相关推荐</h3>', "相关推荐")
    for t in doc["related"][:3]:
        page.f(f'<div class="card"><a href="/v/BV1{len(t)}x7{doc["n"]}">{t}</a><span>{doc["nick"]} · 3.2万播放</span></div>',
               t, f'{doc["nick"]} · 3.2万播放')
    page.f('</div><div class="footer">京ICP备00000001号-1　违法和不良信息举报</div>', "京ICP备00000001号-1　违法和不良信息举报")


def d_course(page: Page, doc: dict, rng: random.Random) -> None:
    """Online course page (MOOC): course title, teacher byline, 开课时间 labels, tabs, 课程概述, 课程大纲 with
    第N章 heads and 1.1 items, 参考资料 list, 常见问题 with 问 / 答 run-in heads, teacher cards, footer."""
    page.f('<div class="top"><span>学堂慕课</span> <a href="/app">下载APP</a> <a href="/login">登录 | 注册</a></div>',
           "学堂慕课", "下载APP", "登录 | 注册")
    nav(page, ["首页", "课程", "学校", "学习中心", "证书"], sep="　")
    page.f(f'<div class="crumb"><a href="/">首页</a> &gt; <a href="/c/1">{doc["field"]}</a> &gt; <span>课程详情</span></div>',
           f'首页 > {doc["field"]} > 课程详情')
    page.u("title", doc["title"], '<h1 class="course-title">{}</h1>')
    page.u("byline", f"主讲：{doc['author']} 教授　{doc['school']}", '<div class="teacher">{}</div>')
    page.raw('<div class="info">')
    page.u("meta", f"开课时间：{cn_date(doc)} ~ {doc['date'][0]}年{min(doc['date'][1] + 3, 12)}月30日", '<p>{}</p>')
    page.u("meta", "学时安排：每周3-5小时", '<p>{}</p>')
    page.f(f'<p class="num">已有 {doc["views"]} 人参加</p><a class="btn" href="/enroll">立即参加</a></div>',
           f'已有 {doc["views"]} 人参加', "立即参加")
    page.f('<ul class="tabs"><li class="on">课程详情</li><li>课程评价(128)</li></ul>', "课程详情", "课程评价(128)")
    page.u("heading", "课程概述", '<h2>{}</h2>')
    page.u("paragraph", take(doc), '<div class="rich"><p>{}</p>')
    page.u("paragraph", take(doc), '<p>{}</p></div>')
    page.u("heading", "课程大纲", '<h2>{}</h2>')
    chapters = doc["chapters"]
    for c, (head, items) in enumerate(chapters):
        page.u("heading", f"第{'一二三四'[c]}章　{head}", '<h3 class="chapter">{}</h3>')
        if c == 1:
            page.u("paragraph", take(doc), '<p class="chapter-desc">{}</p>')
        page.raw('<ul class="lessons">')
        for i, it in enumerate(items, 1):
            page.u("paragraph", f"{c + 1}.{i} {it}", '<li>{}</li>')
        page.raw('</ul>')
    page.u("heading", "参考资料", '<h2>{}</h2>')
    page.raw('<ol class="refs">')
    for r in doc["refs"]:
        page.u("paragraph", r, '<li>{}</li>')
    page.raw('</ol>')
    page.u("heading", "常见问题", '<h2>{}</h2>')
    page.run("paragraph", "问：", "课程结束后能获得证书吗？", '<p><b>{h}</b>{}</p>')
    page.run("paragraph", "答：", take(doc), '<p><b>{h}</b>{}</p>')
    page.f('<div class="side"><h3>授课老师</h3>', "授课老师")
    for t in [doc["author"], doc["editor"]]:
        page.f(f'<div class="tcard"><b>{t}</b><p>{doc["school"]} 副教授</p></div>', t, f'{doc["school"]} 副教授')
    page.f('</div><div class="footer"><a href="/about">关于我们</a> <a href="/help">帮助中心</a><p>京ICP备12345678号'
           '　© 2024 学堂慕课</p></div>', "关于我们", "帮助中心", "京ICP备12345678号　© 2024 学堂慕课")


def d_house(page: Page, doc: dict, rng: random.Random) -> None:
    """Real-estate listing (second-hand flat): city switch, nav, path, listing title, publisher byline, price box,
    基本信息 label list, 房源特色 with heads by size only, an agent card between them, 小区简介, disclaimer."""
    city = doc["place"]
    page.f(f'<div class="topbar"><span>{city}站</span> <a href="/city">[切换城市]</a> <a href="/app">下载APP</a>'
           ' <a href="/login">登录</a>/<a href="/reg">注册</a></div>', f"{city}站", "[切换城市]", "下载APP", "登录", "/", "注册")
    nav(page, ["首页", "二手房", "新房", "租房", "小区", "经纪人", "房价"], sep=" ")
    page.f(f'<div class="crumbs"><a href="/">{city}二手房</a> &gt; <a href="/d">{doc["district"]}二手房</a> &gt; '
           f'<span>{doc["estate"]}</span></div>', f'{city}二手房 > {doc["district"]}二手房 > {doc["estate"]}')
    page.u("title", doc["title"], '<div class="title-wrapper"><h1 class="main">{}</h1>')
    page.f('<div class="sub">满五唯一 近地铁 随时看房</div></div>', "满五唯一 近地铁 随时看房")
    page.u("byline", f"本房源由经纪人 {doc['author']} 于 {cn_date(doc)} 发布", '<div class="publisher">{}</div>')
    page.f(f'<div class="price"><span class="total">{doc["price"]}</span><span class="unit">万</span>'
           f'<div class="unitPrice">{doc["unit"]}元/平米</div></div>', f'{doc["price"]}万', f'{doc["unit"]}元/平米')
    page.f('<div class="houseInfo"><div class="room">3室1厅<span>中楼层/共18层</span></div><div class="type">南 北'
           f'<span>精装</span></div><div class="area">{doc["area"]}平米<span>2008年建/板楼</span></div></div>',
           "3室1厅", "中楼层/共18层", "南 北", "精装", f'{doc["area"]}平米', "2008年建/板楼")
    page.f(f'<div class="aroundInfo"><span>小区名称</span> <a href="/xq">{doc["estate"]}</a> <a href="/map">查看地图</a></div>',
           "小区名称", doc["estate"], "查看地图")
    page.u("heading", "基本信息", '<div class="introContent"><h2>{}</h2>')
    page.raw('<ul>')
    for lab, val in [("房屋户型", "3室1厅1厨1卫"), ("建筑面积", f'{doc["area"]}㎡'), ("房屋朝向", "南 北"),
                     ("装修情况", "精装"), ("挂牌时间", ymd(doc)), ("房屋年限", "满五年")]:
        page.f(f'<li><span class="label">{lab}</span>{val}</li>', lab, val)
    page.raw('</ul></div>')
    page.u("heading", "房源特色", '<h2>{}</h2>')
    labels = ["核心卖点", "户型介绍", "交通出行", "周边配套"]
    for k, lab in enumerate(labels):
        page.u("heading", lab, '<div class="baseattribute"><div class="name" style="font-size:16px;font-weight:700">{}</div>')
        page.u("paragraph", take(doc), '<div class="content">{}</div></div>')
        if k == 1:
            page.f(f'<div class="agent"><img src="/a.jpg" alt="经纪人头像"><a>{doc["editor"]}</a><span>评分 4.9 | 成交 23套'
                   '</span><div class="tel">400-800-1234 转 5678</div><a href="/im">在线咨询</a></div>',
                   "经纪人头像", doc["editor"], "评分 4.9 | 成交 23套", "400-800-1234 转 5678", "在线咨询")
    page.u("heading", "小区简介", '<h2>{}</h2>')
    page.u("paragraph", take(doc), '<p>{}</p>')
    page.f(f'<div class="xq-price">小区均价 {doc["unit"] - 1500}元/㎡</div>', f'小区均价 {doc["unit"] - 1500}元/㎡')
    page.f('<table class="record"><tr><th>带看时间</th><th>经纪人</th><th>本房总带看</th></tr><tr><td>05-10</td>'
           f'<td>{doc["editor"]}</td><td>5</td></tr></table>', "带看时间", "经纪人", "本房总带看", "05-10", doc["editor"], "5")
    page.f('<div class="disclaimer">免责声明：以上房源信息仅供参考，以政府主管部门登记为准。</div>',
           "免责声明：以上房源信息仅供参考，以政府主管部门登记为准。")
    page.f('<div class="footer">房产经纪机构备案号：FC000123　© 2024 安家网</div>', "房产经纪机构备案号：FC000123　© 2024 安家网")


def d_review(page: Page, doc: dict, rng: random.Random) -> None:
    """Restaurant page (大众点评-like): city and search, path, shop name, star line, address / phone / hours labels,
    商户简介, 推荐菜 counts, a featured long review (heading, byline, bold run-in heads), short review cards."""
    page.f(f'<div class="top"><span class="city">{doc["place"]}</span><form><input placeholder="搜索商户、地点、菜名">'
           '<button>搜索</button></form><a href="/review/new">写点评</a> <a href="/login">登录</a></div>',
           doc["place"], "搜索", "写点评", "登录")
    page.f(f'<div class="breadcrumb"><a>{doc["place"]}美食</a> &gt; <a>{doc["district"]}</a> &gt; <a>本帮江浙菜</a> &gt; '
           f'<span>{doc["title"]}</span></div>', f'{doc["place"]}美食 > {doc["district"]} > 本帮江浙菜 > {doc["title"]}')
    page.u("title", doc["title"], '<div class="shop-name"><h1>{}</h1></div>')
    page.f(f'<div class="brief-info"><span class="stars">★★★★☆</span> <span>{doc["score"]}分</span> <span>{doc["views"]}条评价'
           '</span> <span>人均：￥98</span></div><div class="scores">口味：4.7　环境：4.5　服务：4.6</div>',
           "★★★★☆", f'{doc["score"]}分', f'{doc["views"]}条评价', "人均：￥98", "口味：4.7　环境：4.5　服务：4.6")
    page.u("meta", f"地址：{doc['district']}{doc['road']}路{doc['no']}号", '<div class="addr">{}</div>')
    page.f('<a class="map" href="/map">地图</a>', "地图")
    page.u("meta", f"电话：021-6{doc['no']:03d}2580", '<p class="tel">{}</p>')
    page.u("meta", "营业时间：周一至周日 10:30-21:30", '<p class="time">{}</p>')
    page.u("heading", "商户简介", '<h2 class="mod-title">{}</h2>')
    page.u("paragraph", take(doc), '<p>{}</p>')
    page.f('<div class="dishes"><h3>推荐菜</h3><a>红烧肉 (523)</a> <a>腌笃鲜 (318)</a> <a>油爆虾 (207)</a></div>',
           "推荐菜", "红烧肉 (523)", "腌笃鲜 (318)", "油爆虾 (207)")
    page.u("heading", "精选点评", '<h2 class="mod-title">{}</h2>')
    page.u("heading", doc["review_title"], '<div class="review-item"><h3>{}</h3>')
    page.u("byline", f"{doc['nick']}　{ymd(doc)} 更新", '<div class="user"><img src="/u.jpg" alt=""> {}</div>')
    page.f('<div class="rank">★★★★★ 口味：5 环境：4 服务：5</div>', "★★★★★ 口味：5 环境：4 服务：5")
    for head in ["环境：", "口味：", "服务："]:
        page.run("paragraph", head, take(doc), '<p><b>{h}</b>{}</p>')
    page.u("paragraph", "总的来说，还会再来", '<p>{}</p>')
    page.f('<div class="pics"><img alt="红烧肉"><a>查看全部12张图片</a></div><div class="actions">赞(23) 回应(5) 收藏 举报'
           '</div></div>', "红烧肉", "查看全部12张图片", "赞(23) 回应(5) 收藏 举报")
    page.f('<div class="reviews-list"><h3>网友点评</h3>', "网友点评")
    for nick, when, text in doc["comments"]:
        page.f(f'<div class="rv"><b>{nick}</b> <span>★★★★</span><p>{text}</p><span>{when}</span></div>', nick, "★★★★", text, when)
    page.f('</div><div class="near"><h3>附近商户</h3><a>弄堂小馄饨</a> <a>阿婆生煎</a></div>', "附近商户", "弄堂小馄饨", "阿婆生煎")
    page.f('<div class="footer">©2024 吃喝点评网　沪ICP证000000号</div>', "©2024 吃喝点评网　沪ICP证000000号")


def d_bianmin(page: Page, doc: dict, rng: random.Random) -> None:
    """City portal 便民 notice in layout tables: site-name row with today's date, nav row, path, centred title,
    发布时间 / 来源 byline with 浏览次数, font tools, salutation, 一、 heads over label lines and ；items,
    特此通知, 咨询电话, right-aligned signing office and date, prev / next, footer."""
    y, m, d = doc["date"]
    page.f(f'<table width="980" align="center"><tr><td><font size="5" color="#c00"><b>{doc["place"]}市民网</b></font></td>'
           f'<td align="right">今天是{y}年{m}月{d}日 星期{"一二三四五六日"[d % 7]}　晴 26℃</td></tr></table>',
           f'{doc["place"]}市民网', f'今天是{y}年{m}月{d}日 星期{"一二三四五六日"[d % 7]}　晴 26℃')
    page.raw('<table width="980" align="center" bgcolor="#c00"><tr><td>')
    nav(page, ["首页", "便民服务", "停水停电", "公交出行", "办事指南", "互动交流"], sep=" | ", wrap="{}")
    page.raw('</td></tr></table>')
    page.f('<table width="980" align="center"><tr><td>当前位置：<a href="/">首页</a> &gt;&gt; <a href="/bm">便民服务</a> '
           f'&gt;&gt; {doc["kind"]}</td></tr></table>', f'当前位置：首页 >> 便民服务 >> {doc["kind"]}')
    page.raw('<table width="980" align="center"><tr><td>')
    page.u("title", doc["title"], '<p align="center"><font size="5"><b>{}</b></font></p>')
    page.u("byline", f"发布时间：{ymd(doc)} 09:30　来源：{doc['office']}",
           '<p align="center"><font color="#666">{}　<span>浏览次数：1234</span></font></p>')
    page.items.append(("furn", "浏览次数：1234"))
    page.f('<p align="center">【字体：<a>大</a> <a>中</a> <a>小</a>】【<a>打印</a>】【<a>关闭</a>】</p><hr>',
           "【字体：大 中 小】【打印】【关闭】")
    page.u("paragraph", "各位用户：", '<p>{}</p>')
    page.u("paragraph", take(doc), '<p>&nbsp;&nbsp;&nbsp;&nbsp;{}</p>')
    page.u("heading", f"一、{doc['kind'][:2]}时间", '<p><b>{}</b></p>')
    page.u("paragraph", f"{m}月{d + 2}日22:00至{m}月{d + 3}日6:00", '<p>&nbsp;&nbsp;&nbsp;&nbsp;{}</p>')
    page.u("heading", f"二、{doc['kind'][:2]}范围", '<p><b>{}</b></p>')
    page.u("paragraph", take(doc), '<p>&nbsp;&nbsp;&nbsp;&nbsp;{}</p>')
    page.u("heading", "三、温馨提示", '<p><b>{}</b></p>')
    for k, tip in enumerate(doc["tips"], 1):
        page.u("paragraph", f"{k}.{tip}", '<p>&nbsp;&nbsp;&nbsp;&nbsp;{}</p>')
    page.u("paragraph", take(doc), '<p>&nbsp;&nbsp;&nbsp;&nbsp;{}</p>')
    page.u("paragraph", "特此通知。", '<p>&nbsp;&nbsp;&nbsp;&nbsp;{}</p>')
    page.u("meta", f"咨询电话：{doc['tel']}", '<p>&nbsp;&nbsp;&nbsp;&nbsp;{}</p>')
    page.u("meta", doc["office"], '<p align="right">{}</p>')
    page.u("meta", cn_date(doc), '<p align="right">{}</p>')
    page.raw('</td></tr></table>')
    page.f('<table width="980" align="center"><tr><td>相关附件：<a href="/f/map.jpg">区域示意图.jpg</a></td></tr>', "相关附件：",
           "区域示意图.jpg")
    page.f(f'<tr><td>上一篇：<a>{doc["related"][0]}</a><br>下一篇：<a>{doc["related"][1]}</a></td></tr></table>',
           f'上一篇：{doc["related"][0]}', f'下一篇：{doc["related"][1]}')
    page.f(f'<table width="980" align="center" bgcolor="#eee"><tr><td align="center">主办：{doc["place"]}市人民政府办公室　'
           f'承办：{doc["place"]}市大数据中心<br>网站标识码：4101000001　ICP备案号：豫ICP备05001234号</td></tr></table>',
           f'主办：{doc["place"]}市人民政府办公室　承办：{doc["place"]}市大数据中心', "网站标识码：4101000001　ICP备案号：豫ICP备05001234号")


def d_library(page: Page, doc: dict, rng: random.Random) -> None:
    """Library OPAC record: system banner, nav, search form, 题名 as the title, 著者 byline, MARC-like field
    table, 内容简介 with an 编辑推荐 head directly below it, 作者简介, TOC, holdings table, footer."""
    page.f(f'<div class="banner"><img src="/opac/logo.gif" alt="{doc["place"]}市图书馆"> <span>联机公共目录查询系统</span></div>',
           f'{doc["place"]}市图书馆', "联机公共目录查询系统")
    nav(page, ["简单检索", "高级检索", "分类浏览", "新书通报", "我的图书馆"], sep=" | ")
    page.f('<form class="search"><select><option>题名</option><option>责任者</option></select><input name="q">'
           '<input type="submit" value="检索"></form>', "题名", "责任者", "检索")
    page.f('<div class="path">检索结果 &gt; 详细信息</div>', "检索结果 > 详细信息")
    page.u("title", doc["title"], '<h2 class="book-title">{}</h2>')
    page.u("byline", f"{doc['author']} 著 ; {doc['editor']} 摄影", '<div class="resp">{}</div>')
    page.raw('<table class="marc" border="1">')
    for lab, val in [("出版发行项:", f"{doc['place']}出版社, 2019"), ("ISBN及定价:", "978-7-5321-0000-1/CNY58.00"),
                     ("载体形态项:", "268页 : 图 ; 23cm"), ("中图法分类号:", "K928.5"), ("主题词:", "城市史-通俗读物")]:
        page.f(f'<tr><td class="lab">{lab}</td><td>{val}</td></tr>', lab, val)
    page.raw('</table>')
    page.u("heading", "内容简介", '<div class="sec"><div style="font-size:18px;font-weight:bold">{}</div>')
    page.u("heading", "编辑推荐", '<div style="font-size:15px;font-weight:bold">{}</div>')
    page.u("paragraph", take(doc), '<p>{}</p>')
    page.u("paragraph", take(doc), '<p>{}</p></div>')
    page.u("heading", "作者简介", '<div class="sec"><div style="font-size:18px;font-weight:bold">{}</div>')
    page.u("paragraph", take(doc), '<p>{}</p></div>')
    page.f('<div class="sec"><div style="font-size:18px;font-weight:bold">目录</div><pre>第一章　街巷的由来 ………… 1\n'
           '第二章　老字号 ………… 37\n第三章　市井人物 ………… 95</pre></div>', "目录", "第一章　街巷的由来 ………… 1",
           "第二章　老字号 ………… 37", "第三章　市井人物 ………… 95")
    page.f('<h3>馆藏信息</h3><table class="holding"><tr><th>索书号</th><th>条码号</th><th>馆藏地</th><th>书刊状态</th></tr>'
           '<tr><td>K928.5/123</td><td>10023456</td><td>中文图书借阅区</td><td>可借</td></tr></table>',
           "馆藏信息", "索书号", "条码号", "馆藏地", "书刊状态", "K928.5/123", "10023456", "中文图书借阅区", "可借")
    page.f('<div class="share">分享到： <a>微信</a> <a>微博</a></div>', "分享到：", "微信", "微博")
    page.f(f'<div class="footer">版权所有 {doc["place"]}市图书馆　技术支持：汇文软件</div>', f'版权所有 {doc["place"]}市图书馆　技术支持：汇文软件')


def d_match(page: Page, doc: dict, rng: random.Random) -> None:
    """Sports match report with a live-text timeline: channel nav, scoreboard, tabs, headline, byline, lead,
    half-time heads in bold, a quote paragraph, caption, editor line, then the 文字直播 timeline and stats."""
    home, away = doc["teams"]
    page.f('<div class="m-bar hide">打开体育APP，看高清直播</div>', "打开体育APP，看高清直播")
    nav(page, ["体育首页", "NBA", "CBA", "中超", "英超", "西甲", "数据", "视频"], sep=" ")
    page.f(f'<table class="score"><tr><td colspan="3">中超第{doc["round"]}轮　{ymd(doc)} 19:35　完场</td></tr>'
           f'<tr><td>{home}</td><td>2 : 1</td><td>{away}</td></tr></table>',
           f'中超第{doc["round"]}轮　{ymd(doc)} 19:35　完场', home, "2 : 1", away)
    page.f('<ul class="tab"><li>赛况</li><li>文字直播</li><li>技术统计</li><li>阵容</li></ul>', "赛况", "文字直播", "技术统计", "阵容")
    page.u("title", doc["title"], '<h1>{}</h1>')
    page.u("byline", f"{doc['author']}　{ymd(doc)} 21:48　来源：{doc['source']}", '<div class="info">{}</div>')
    page.u("paragraph", take(doc), '<p class="lead"><strong>{}</strong></p>')
    page.u("heading", "上半场：互有攻守", '<p><strong>{}</strong></p>')
    page.u("paragraph", take(doc), '<p>{}</p>')
    page.f(f'<div class="img"><img src="/p/1.jpg" alt="{home}球员庆祝进球"><p class="cap">图为{home}球员庆祝进球</p></div>',
           f'{home}球员庆祝进球', f'图为{home}球员庆祝进球')
    page.u("heading", "下半场：连扳两球", '<p><strong>{}</strong></p>')
    page.u("paragraph", take(doc), '<p>{}</p>')
    page.u("heading", "赛后发布会", '<p><strong>{}</strong></p>')
    page.u("paragraph", "“" + doc["quote"] + "”", '<blockquote><p>{}</p></blockquote>')
    page.u("paragraph", take(doc), '<p>{}</p>')
    page.u("meta", f"（编辑：{doc['editor']}）", '<p style="text-align:right">{}</p>')
    page.f('<div class="live"><h2>文字直播</h2><ul>', "文字直播")
    for t, ev in [("90+3'", "比赛结束！"), ("67'", f"进球！{home}反超比分"), ("52'", f"{home}扳平比分"), ("23'", f"{away}率先破门"),
                  ("0'", "比赛开始")]:
        page.f(f'<li><span class="time">{t}</span> <span>{ev}</span></li>', t, ev)
    page.f('</ul></div>', )
    page.f(f'<table class="stat"><tr><th>{home}</th><th>技术统计</th><th>{away}</th></tr><tr><td>55%</td><td>控球率</td>'
           '<td>45%</td></tr><tr><td>14</td><td>射门</td><td>9</td></tr></table>',
           home, "技术统计", away, "55%", "控球率", "45%", "14", "射门", "9")
    page.f('<div class="hot"><h3>热门评论</h3><p>主场就是不一样！</p></div>', "热门评论", "主场就是不一样！")
    page.f('<div class="footer">Copyright © 2024 体坛在线 All Rights Reserved</div>', "Copyright © 2024 体坛在线 All Rights Reserved")


def d_macau(page: Page, doc: dict, rng: random.Random) -> None:
    """Macau portal article (HK script): cookie banner, language switch and today line, nav, path, kicker, title
    with a subtitle head directly below, byline and date (order varies), centred bold heads, indented paragraphs,
    a blockquote, caption, a note, editor line, share bar, related and ranking lists, footer."""
    y, m, d = doc["date"]
    page.f('<div class="cookie">本網站使用Cookies以提升瀏覽體驗，繼續瀏覽即表示同意。<button>接受</button></div>',
           "本網站使用Cookies以提升瀏覽體驗，繼續瀏覽即表示同意。", "接受")
    page.f(f'<div class="top"><a>繁</a> | <a>简</a> | <a>Português</a>　<span>{y}年{m}月{d}日</span>　<span>天氣 28°C</span></div>',
           "繁", "|", "简", "|", "Português", f"{y}年{m}月{d}日", "天氣 28°C")
    page.f('<div class="logo"><img src="/logo.png" alt="濠江資訊網"></div>', "濠江資訊網")
    nav(page, ["首頁", "澳聞", "經濟", "社會", "體育", "文化", "專題"], sep=" ")
    page.f('<div class="path"><a>首頁</a> &gt; <a>澳聞</a></div>', "首頁 > 澳聞")
    page.f('<span class="kicker">【社會】</span>', "【社會】")
    page.u("title", doc["title"], '<h1>{}</h1>')
    page.u("heading", doc["subtitle"], '<h2 class="sub">{}</h2>')
    if doc["n"] % 2 == 0:
        page.u("byline", f"本報記者 {doc['author']}", '<div class="author">{}</div>')
        page.u("meta", f"{ymd(doc)} 10:30", '<div class="time">{}</div>')
    else:
        page.u("meta", f"{ymd(doc)} 10:30", '<div class="time">{}</div>')
        page.u("byline", f"本報記者 {doc['author']}", '<div class="author">{}</div>')
    page.f('<div class="fontsize">字體：<a>大</a> <a>中</a> <a>小</a></div>', "字體：", "大", "中", "小")
    page.u("paragraph", take(doc), '<p>&nbsp;&nbsp;&nbsp;&nbsp;{}</p>')
    page.u("paragraph", take(doc), '<p>&nbsp;&nbsp;&nbsp;&nbsp;{}</p>')
    page.u("heading", doc["heads"][0], '<p style="text-align:center"><strong>{}</strong></p>')
    page.u("paragraph", take(doc), '<p>&nbsp;&nbsp;&nbsp;&nbsp;{}</p>')
    page.f(f'<div class="pic"><img src="/p.jpg" alt="現場圖片"><p>▲ 活動現場（記者 {doc["editor"]} 攝）</p></div>',
           "現場圖片", f"▲ 活動現場（記者 {doc['editor']} 攝）")
    page.u("heading", doc["heads"][1], '<p style="text-align:center"><strong>{}</strong></p>')
    page.u("paragraph", take(doc), '<blockquote>{}</blockquote>')
    page.u("paragraph", take(doc), '<p>&nbsp;&nbsp;&nbsp;&nbsp;{}</p>')
    page.u("paragraph", "註：文中數據由有關部門提供", '<p><small>{}</small></p>')
    page.u("meta", f"（責任編輯：{doc['editor']}）", '<p class="editor">{}</p>')
    page.f('<div class="share">分享：<a>Facebook</a> <a>微信</a> <a>WhatsApp</a></div>', "分享：", "Facebook", "微信", "WhatsApp")
    page.f('<div class="rel"><h3>相關新聞</h3><ul>', "相關新聞")
    for t in doc["related"][:3]:
        page.f(f'<li><a>{t}</a></li>', t)
    page.f('</ul></div><div class="rank"><h3>熱門排行</h3><ol>', "熱門排行")
    for t in doc["related"][3:]:
        page.f(f'<li><a>{t}</a></li>', t)
    page.f('</ol></div><div class="footer">濠江資訊網有限公司 版權所有 © 2024</div>', "濠江資訊網有限公司 版權所有 © 2024")


def d_mobile(page: Page, doc: dict, rng: random.Random) -> None:
    """Mobile article page rendered on a desktop: app banner on top, follow line, 展开全文 fold, a floating
    下载APP card between paragraphs, numbered bold heads, caption, 打开APP at the bottom, 猜你喜欢 feed."""
    page.f(f'<div class="app-banner"><img src="/icon.png" alt="{doc["app"]}"><span>打开{doc["app"]}APP，阅读体验更佳</span>'
           '<a href="javascript:void(0)">打开APP</a></div>', doc["app"], f'打开{doc["app"]}APP，阅读体验更佳', "打开APP")
    page.u("title", doc["title"], '<div class="article"><h1 class="a-title">{}</h1>')
    if doc["n"] % 2 == 0:
        page.u("byline", f"{doc['nick']}　{ymd(doc)} {doc['hm']}", '<div class="a-info"><span>{}</span>')
    else:
        page.u("byline", f"{ymd(doc)} {doc['hm']}　{doc['nick']}", '<div class="a-info"><span>{}</span>')
    page.f('<a class="follow" href="javascript:void(0)">关注</a></div>', "关注")
    page.u("paragraph", take(doc), '<p>{}</p>')
    page.u("heading", f"1. {doc['heads'][0]}", '<p><strong>{}</strong></p>')
    page.u("paragraph", take(doc), '<p>{}</p>')
    page.f(f'<div class="float-card">下载{doc["app"]}APP，领取新人红包 <a href="javascript:void(0)">立即下载</a></div>',
           f'下载{doc["app"]}APP，领取新人红包', "立即下载")
    page.u("paragraph", take(doc), '<p>{}</p>')
    page.f('<div class="img-box"><img data-src="/m/1.jpg" alt="图片"><p class="img-desc">图片来源于网络</p></div>', "图片", "图片来源于网络")
    page.f('<div class="unfold"><a href="javascript:void(0)">展开全文</a></div><div class="fold">', "展开全文")
    page.u("heading", f"2. {doc['heads'][1]}", '<p><strong>{}</strong></p>')
    page.u("paragraph", take(doc), '<p>{}</p>')
    page.u("paragraph", take(doc), '<p>{}</p>')
    page.u("meta", "本文为作者原创，未经授权禁止转载", '<p class="statement">{}</p></div></div>')
    page.f(f'<div class="bar"><span>阅读 {doc["views"]}</span> <span>赞 {doc["likes"]}</span> <a>举报</a></div>',
           f'阅读 {doc["views"]}', f'赞 {doc["likes"]}', "举报")
    page.f('<div class="open"><a href="javascript:void(0)">打开APP查看更多精彩评论</a></div>', "打开APP查看更多精彩评论")
    page.f('<div class="feed"><h3>猜你喜欢</h3>', "猜你喜欢")
    for t in doc["related"][:3]:
        page.f(f'<div class="item"><p>{t}</p><span>{doc["app"]}　328评</span></div>', t, f'{doc["app"]}　328评')
    page.f('</div><div class="fixed-bottom"><a>写评论</a> <a>分享</a> <a>打开APP</a></div>', "写评论", "分享", "打开APP")


def d_event(page: Page, doc: dict, rng: random.Random) -> None:
    """Taiwan event registration page: site bar, event title, organiser byline, 時間 / 地點 label lines, ticket
    box, tags, 活動介紹, 活動流程 agenda lines, 注意事項 items ending in ；, organiser intro, share, footer."""
    page.f('<div class="site"><a href="/">活動通</a> <a>探索活動</a> <a>建立活動</a> <a>登入</a></div>',
           "活動通", "探索活動", "建立活動", "登入")
    page.f(f'<div class="cover"><img src="/cover.jpg" alt="{doc["title"]} 活動封面"></div>', f'{doc["title"]} 活動封面')
    page.u("title", doc["title"], '<h1 class="event-name">{}</h1>')
    page.u("byline", f"主辦單位：{doc['org']}", '<div class="organizer">{}</div>')
    y, m, d = doc["date"]
    page.u("meta", f"時間：{y}/{m:02d}/{d:02d}（六）14:00 - 17:00", '<div class="when"><i class="icon-time"></i>{}</div>')
    page.u("meta", f"地點：{doc['twcity']}{doc['venue']}", '<div class="where"><i class="icon-map"></i>{}</div>')
    page.f('<div class="ticket"><span>一般票 NT$300</span> <span>學生票 NT$150</span> <a href="/buy">立即報名</a></div>',
           "一般票 NT$300", "學生票 NT$150", "立即報名")
    page.f('<div class="tags"><a>#講座</a> <a>#親子</a> <a>#免費停車</a></div>', "#講座", "#親子", "#免費停車")
    page.u("heading", "活動介紹", '<h2>{}</h2>')
    page.u("paragraph", take(doc), '<p>{}</p>')
    page.u("paragraph", take(doc), '<p>{}</p>')
    page.u("heading", "活動流程", '<h2>{}</h2>')
    page.raw('<ul class="agenda">')
    for t, item in [("14:00－14:30", "報到"), ("14:30－15:30", "主題分享"), ("15:40－16:40", "分組交流"), ("16:40－17:00", "合影留念")]:
        page.u("paragraph", f"{t}　{item}", '<li>{}</li>')
    page.raw('</ul>')
    page.u("heading", "注意事項", '<h2>{}</h2>')
    page.raw('<ol>')
    for tip in doc["tips"]:
        page.u("paragraph", tip, '<li>{}</li>')
    page.raw('</ol>')
    page.u("heading", "關於主辦單位", '<h3>{}</h3>')
    page.u("paragraph", take(doc), '<p>{}</p>')
    page.f('<div class="share">分享活動 <a>Facebook</a> <a>LINE</a> <a>複製連結</a></div>', "分享活動", "Facebook", "LINE", "複製連結")
    page.f('<div class="footer">© 2024 活動通 版權所有　服務條款　隱私權政策</div>', "© 2024 活動通 版權所有　服務條款　隱私權政策")


def d_legal(page: Page, doc: dict, rng: random.Random) -> None:
    """Regulation database page: site bar, search, path, title, info table (发布部门 .. 效力级别), the adoption line
    in brackets, TOC, 第N章 centred heads, 第N条 run-in bold heads, （一） items ending in ；, print tools, footer."""
    page.f('<table width="100%"><tr><td><b>法规信息库</b></td><td align="right"><a>登录</a> | <a>注册</a></td></tr></table>',
           "法规信息库", "登录", "|", "注册")
    page.f('<form><input name="q" value="请输入法规标题或关键词"><input type="submit" value="搜索"></form>', "搜索")
    page.f('<div class="pos">首页 &gt; 地方性法规 &gt; 正文</div>', "首页 > 地方性法规 > 正文")
    page.u("title", doc["title"], '<h1 align="center">{}</h1>')
    page.raw('<table class="info" border="1" width="100%">')
    for row in [(("发布部门", f"{doc['place']}市人大常委会"), ("发文字号", f"第{doc['no']}号")),
                (("发布日期", ymd(doc, ".")), ("实施日期", f"{doc['date'][0] + 1}.01.01")),
                (("时效性", "现行有效"), ("效力级别", "地方性法规"))]:
        page.f("<tr>" + "".join(f"<td>{a}：</td><td>{b}</td>" for a, b in row) + "</tr>",
               *[s for a, b in row for s in (f"{a}：", b)])
    page.raw('</table>')
    page.u("meta", f"（{cn_date(doc)}{doc['place']}市第十五届人民代表大会常务委员会第二十次会议通过）", '<p align="center">{}</p>')
    page.f('<div class="toc"><p>目　　录</p>' + "".join(f'<p>第{c}章　{h}</p>' for c, h in zip("一二三", doc["chapters"], strict=True))
           + '</div>', "目　　录", *[f"第{c}章　{h}" for c, h in zip("一二三", doc["chapters"], strict=True)])
    art = 0
    for c, head in zip("一二三", doc["chapters"], strict=True):
        page.u("heading", f"第{c}章　{head}", '<p align="center"><b>{}</b></p>')
        for _k in range(2 if c != "二" else 1):
            art += 1
            num = "一二三四五六七八九十"[art - 1]
            page.run("paragraph", f"第{num}条　", take(doc), '<p>&nbsp;&nbsp;<b>{h}</b>{}</p>')
        if c == "二":
            art += 1
            num = "一二三四五六七八九十"[art - 1]
            page.run("paragraph", f"第{num}条　", doc["duty"], '<p>&nbsp;&nbsp;<b>{h}</b>{}</p>')
            for i, item in enumerate(doc["items"]):
                page.u("paragraph", f"（{'一二三四'[i]}）{item}", '<p>&nbsp;&nbsp;&nbsp;&nbsp;{}</p>')
    page.f('<div class="tools">【<a>打印本页</a>】【<a>关闭窗口</a>】</div>', "【打印本页】【关闭窗口】")
    page.f('<div class="rel"><b>相关法规</b><br><a>' + doc["related"][0] + '</a><br><a>' + doc["related"][1] + '</a></div>',
           "相关法规", doc["related"][0], doc["related"][1])
    page.f('<div class="foot">法规信息库　版权所有　联系我们</div>', "法规信息库　版权所有　联系我们")


def d_novel(page: Page, doc: dict, rng: random.Random) -> None:
    """Online novel chapter page: site bar, genre nav, path, chapter title, author + update byline, chapter nav,
    body as &nbsp;-indented <br><br> paragraphs with an ad line inside, short dialogue lines, author's note,
    chapter nav again, recommendations, footer."""
    page.f('<div class="header"><a href="/">书香小说网</a> <span>最好看的小说阅读网</span> <a>加入书架</a> <a>我的书架</a></div>',
           "书香小说网", "最好看的小说阅读网", "加入书架", "我的书架")
    nav(page, ["首页", "玄幻", "都市", "历史", "科幻", "排行榜", "完本"], sep=" ")
    page.f(f'<div class="con_top"><a>书香小说网</a> &gt; <a>都市言情</a> &gt; <a>{doc["book"]}</a> &gt; {doc["title"]}</div>',
           f'书香小说网 > 都市言情 > {doc["book"]} > {doc["title"]}')
    page.u("title", doc["title"], '<div class="bookname"><h1>{}</h1>')
    page.f('<div class="bottem1"><a>上一章</a> ← <a>章节目录</a> → <a>下一章</a>　<a>加入书签</a></div>',
           "上一章", "←", "章节目录", "→", "下一章", "加入书签")
    page.u("byline", f"作者：{doc['author']}　更新时间：{ymd(doc)} 08:00", '<div class="info">{}</div></div>')
    page.f('<div class="hide" style="display:none">请记住本站域名</div>', "请记住本站域名")
    page.raw('<div id="content">')
    paras = doc["paras"]
    for k in range(len(paras)):
        if k == 2:
            page.f('一秒记住【书香小说网】，精彩小说无弹窗免费阅读！<br><br>', "一秒记住【书香小说网】，精彩小说无弹窗免费阅读！")
        if k in (1, 3):
            page.u("paragraph", doc["dialogue"][k // 2], '&nbsp;&nbsp;&nbsp;&nbsp;{}<br><br>')
        page.u("paragraph", paras[k], '&nbsp;&nbsp;&nbsp;&nbsp;{}<br><br>')
    doc["paras"] = []
    page.raw('</div>')
    page.u("heading", "作者有话说：", '<div class="author-say"><b>{}</b>')
    page.u("paragraph", "明天两更，谢谢大家的月票", '<p>{}</p></div>')
    page.f('<div class="bottem2"><a>上一章</a> ← <a>章节目录</a> → <a>下一章</a></div>', "上一章", "←", "章节目录", "→", "下一章")
    page.f('<div class="tj"><b>推荐阅读：</b>' + " ".join(f"<a>{t}</a>" for t in doc["related"][:3]) + '</div>',
           "推荐阅读：", *doc["related"][:3])
    page.f('<div class="footer">本站所有小说均来自网友上传，如有侵权请联系删除。</div>', "本站所有小说均来自网友上传，如有侵权请联系删除。")


DESIGNS = [  # (name, function, script, native charset, declared charset)
    ("video", d_video, "simp", "utf-8", "utf-8"),
    ("course", d_course, "simp", "gb18030", "gb18030"),
    ("house", d_house, "simp", "utf-8-bom", "utf-8"),
    ("review", d_review, "simp", "utf-8", "utf-8"),
    ("bianmin", d_bianmin, "simp", "gbk", "gb2312"),
    ("library", d_library, "simp", "gb18030", "gb18030"),
    ("match", d_match, "simp", "utf-8", "utf-8"),
    ("macau", d_macau, "s2hk", "utf-8", "utf-8"),
    ("mobile", d_mobile, "simp", "utf-8", "utf-8"),
    ("event", d_event, "s2tw", "utf-8-bom", "utf-8"),
    ("legal", d_legal, "simp", "gbk", "gbk"),
    ("novel", d_novel, "simp", "gb18030", "gb18030"),
]
HELD_POOL = {"mobile": "weibo", "novel": "weibo", "event": "resume", "legal": "resume"}

TITLES = {
    "video": ["【纪录】老街的早餐铺子：一碗豆浆的四十年", "【Vlog】跟着外婆学做青团，一次就成功"],
    "course": ["新闻写作与数据可视化", "城市规划原理"],
    "house": ["上地西里 南北通透 满五唯一 近地铁 精装三居", "阳光小区 正规两居 带电梯 业主诚心出售"],
    "review": ["老弄堂本帮菜（南京西路店）", "阿芳小馆（徐家汇店）"],
    "bianmin": ["关于城东片区临时停水的通知", "关于部分区域计划停电检修的通知"],
    "library": ["城市的记忆：老街巷里的烟火人间", "一条河流的四季"],
    "match": ["两球逆转！泰山主场力克申花", "补时绝杀！海港客场险胜国安"],
    "macau": ["社区长者中心新增日间护理服务", "本澳举办青年创业分享会"],
    "mobile": ["这个小县城，为什么突然火了？", "一位快递小哥的24小时"],
    "event": ["亲子共读工作坊：陪孩子爱上阅读", "城市散步计划：老街区导览"],
    "legal": ["{place}市养犬管理条例", "{place}市城市绿化条例"],
    "novel": ["第十二章　雨夜归来", "第十三章　一封旧信"],
}
HEADS = ["从一张老照片说起", "坚持了四十年的手艺", "年轻人回来了", "变化中的老街", "记者手记", "背后的故事",
         "数据背后", "下一步怎么走", "来自一线的声音"]
HOSTS = {"video": "www.xiaopozhan.com", "course": "www.xuetangmooc.cn", "house": "{city}.anjia.com", "review": "www.chihedianping.com",
         "bianmin": "www.{city}shimin.gov.cn", "library": "opac.{city}lib.cn", "match": "sports.titan-online.com",
         "macau": "www.houkong.com.mo", "mobile": "m.kandian.cn", "event": "www.huodongtong.com.tw", "legal": "law.fagui.net",
         "novel": "www.shuxiangxs.com"}
PINYIN = {"北京": "beijing", "郑州": "zhengzhou", "沈阳": "shenyang", "长沙": "changsha", "成都": "chengdu", "南宁": "nanning",
          "合肥": "hefei", "济南": "jinan", "昆明": "kunming"}
RELATED = ["社区食堂开进老旧小区", "今年春运客流预计创新高", "多地发布消费提振新举措", "城市公园免费开放时间延长",
           "高校毕业生就业服务月启动", "夜间经济带火老街", "农产品直播带货走俏", "公交线网优化调整"]
PLACES = ["北京", "郑州", "沈阳", "长沙", "成都", "南宁", "合肥", "济南", "昆明"]


def make_doc(n: int, design: int, paras: list[str], rng: random.Random) -> dict:
    name = DESIGNS[design][0]
    place = rng.choice(PLACES)
    p = n % 2
    doc = {
        "n": n, "title": TITLES[name][p].format(place=place), "date": (2024, rng.randint(1, 12), rng.randint(1, 25)),
        "hm": f"{rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}", "author": person(rng), "editor": person(rng),
        "nick": rng.choice(["老街食记", "阿柒爱吃", "慢慢走的风", "城市漫游者"]), "paras": paras,
        "views": rng.randint(1200, 98000), "dm": rng.randint(100, 3000), "likes": rng.randint(300, 20000),
        "coins": rng.randint(100, 5000), "heads": rng.sample(HEADS, 3), "related": rng.sample(RELATED, 5), "place": place,
        "district": rng.choice(["海淀", "静安", "城东", "高新"]), "road": rng.choice(["南京西", "长乐", "建国"]),
        "no": rng.randint(11, 399), "field": rng.choice(["新闻传播", "建筑学"]), "school": f"{place}大学",
        "estate": ["上地西里", "阳光小区"][p], "price": rng.randint(300, 900), "unit": rng.randint(30000, 90000),
        "area": rng.randint(60, 140), "score": rng.choice(["4.5", "4.6", "4.8"]),
        "review_title": ["周末带爸妈吃本帮菜，这家没让人失望", "排队半小时，值不值？"][p],
        "kind": ["停水通知", "停电通知"][p], "office": [f"{place}市自来水有限公司", f"国网{place}供电公司"][p],
        "tel": f"0{rng.randint(100, 999)}-{rng.randint(6000000, 6999999)}", "source": rng.choice(["体坛在线", "足球周刊"]),
        "teams": [("山东泰山", "上海申花"), ("上海海港", "北京国安")][p], "round": rng.randint(5, 28),
        "quote": ["球员们展现了很强的意志品质，我为他们骄傲", "我们准备得很充分，结果是对大家努力的回报"][p],
        "subtitle": ["服务名额增至一百二十个", "逾百名青年到场交流经验"][p], "app": rng.choice(["看点", "城事通"]),
        "org": rng.choice(["好好读书协会", "城市漫步工作室"]), "twcity": rng.choice(["臺北市", "臺中市", "高雄市"]),
        "venue": rng.choice(["中正區市民活動中心", "西區文化館三樓"]), "book": "南方有雪",
        "dialogue": [["“你回来了？”", "她点点头，没有说话。"], ["“这封信是谁寄的？”", "“不知道，没有署名。”"]][p],
    }
    doc["tips"] = {"bianmin": [["请用户提前做好储水准备；", "恢复供水初期水质可能浑浊，请放水片刻后使用；",
                                 "停水期间请关闭家中水龙头。"],
                                ["请用户提前做好准备，合理安排生产生活；", "停电期间请勿触碰电力设施；",
                                 "如遇恶劣天气，检修时间将顺延。"]][p],
                   "event": ["請提前十分鐘入場；", "活動全程禁止飲食；", "如遇颱風等不可抗力因素，將另行通知。"]}.get(name)
    doc["chapters"] = {"course": [("课程导论", ["课程介绍", "学习方法"]), ("基础知识", ["基本概念", "常见误区", "案例分析"]),
                                  ("综合实践", ["选题", "采访与写作"])],
                       "legal": [["总则", "养犬管理", "附则"], ["总则", "绿化建设", "附则"]][p]}.get(name)
    doc["duty"] = ["养犬人应当遵守下列规定：", "单位和个人应当遵守下列规定："][p]
    doc["refs"] = [f"[1] {person(rng)}. 新闻写作教程[M]. 北京: 人民出版社, 2019.", f"[2] {person(rng)}. 数据新闻实务[M]. 上海: 复旦大学出版社, 2021."]
    doc["items"] = [["携犬出户时，应当为犬只束犬链；", "不得携犬进入商场、医院等公共场所；", "及时清除犬只排泄物。"],
                    ["不得擅自砍伐、移植树木；", "不得在绿地内倾倒垃圾；", "不得损坏绿化设施。"]][p]
    names = rng.sample(["路人甲", "小石头", "清风徐来", "爱吃鱼的猫", "山那边", "豆豆妈"], 3)
    doc["comments"] = [(names[k], f"2024-0{k + 5}-1{k}", rng.choice(["拍得真好，支持一下。", "看饿了", "下次去试试！", "顶一个"]))
                       for k in range(3)]
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
OK_CHARS = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9，。！？、；：“”‘’（）《》·—…%．.,\-～~!?:]+$")
WEIBO_ENDS = "。！？”!?～~…"


def held_pools(rng: random.Random) -> dict[str, list[str]]:
    """Weibo NER dev + test posts (each post one run) and Resume NER test (its lines run together: a resume's
    first line is an unfinished sentence), cut into sentences and grouped into paragraphs; sentences with emoji,
    symbols or odd characters are left out, and so is a Weibo sentence with Latin letters (the corpus splits English
    words into tagged letters) or not ending in one of ``WEIBO_ENDS``."""
    wb = [clean_weibo(b) for f in ("weiboNER_2nd_conll.dev", "weiboNER_2nd_conll.test")
          for b in conll_blocks(DATA / "weibo_ner" / f, strip_digit=True)]
    rs = ["".join(conll_blocks(DATA / "resume_ner" / "test.char.bmes", strip_digit=False))]
    out = {}
    for key, texts, ends in (("weibo", wb, WEIBO_ENDS), ("resume", rs, "。！？”")):
        sents = []
        for t in texts:
            for s in split_sentences(t):
                s = s.strip()
                ok = OK_CHARS.match(s) and s[-1] in ends and not (key == "weibo" and re.search(r"[A-Za-z]", s))
                if ok or key == "resume":  # Weibo posts are unrelated anyway: a refused sentence breaks no run
                    sents.append(s if ok else "")
        out[key] = paragraphs(sents, rng, ends)
    return out


def build() -> None:
    rng = random.Random(SEED)
    other = b12_grams()
    dev_paras = [p for p in paragraphs(cluener_sentences(), rng) if not grams(p) & other]
    dev_grams = set().union(*(grams(p) for p in dev_paras))
    held = {k: [p for p in v if not grams(p) & (dev_grams | other)] for k, v in held_pools(rng).items()}
    seen: set[str] = set()
    for k in held:  # no near-duplicates inside the held side either
        keep = []
        for p in held[k]:
            if not grams(p) & seen:
                keep.append(p)
                seen |= grams(p)
        held[k] = keep
    rng.shuffle(dev_paras)
    for v in held.values():
        rng.shuffle(v)
    pools = {"dev": dev_paras, **held}
    try:
        import opencc
        convs = {"s2tw": opencc.OpenCC("s2tw").convert, "s2hk": opencc.OpenCC("s2hk").convert}
    except ImportError:
        raise SystemExit("opencc is needed (pip install opencc)") from None
    for split in ("dev13", "held13"):  # the folders are shared with batch 13's other parts: only w13-* files are ours
        for route in ("text", "native"):
            d = CORPUS / route / split
            d.mkdir(parents=True, exist_ok=True)
            for old in d.glob("w13-*"):
                old.unlink()
    for old in CORPUS.glob("gold/w13-*.json"):
        old.unlink()
    if WORK.exists():
        shutil.rmtree(WORK)
    WORK.mkdir(parents=True)
    manifest, used = [], {"dev13": [], "held13": []}
    widths = [60, 68, 80, 96, 110, 128, 150, 176, 200]
    encs = ["utf-8", "gb18030", "utf-8-bom", "crlf", "gb18030+crlf", "utf-8", "utf-8-bom+crlf"]
    ocr_docs = {3: 0, 12: 3, 21: 2}  # OCR-like spaces on one dump of these pages (page: tool index)
    fileno = 0
    for n in range(24):
        design = n // 2
        name, fn, script, charset, declared = DESIGNS[design]
        split = "dev13" if design < DEV_DESIGNS else "held13"
        pool = pools["dev" if split == "dev13" else HELD_POOL[name]]
        drng = random.Random(SEED * 100 + n)
        k = {"mobile": 5, "novel": 4}.get(name) or drng.randint(5, 7)  # the Weibo pool is small
        paras = [pool.pop() for _ in range(k)]
        used[split] += paras
        doc = make_doc(n, design, list(paras), drng)
        page = Page(convs.get(script))
        fn(page, doc, drng)
        doc_id = f"w13-{n:03d}"
        host = HOSTS[name].format(city=PINYIN[doc["place"]])
        base = f'<base href="https://{host}/">\n'
        html = page.document(doc["title"], declared, base)
        raw = html.encode(charset.replace("-bom", ""))
        if charset == "utf-8-bom":
            raw = b"\xef\xbb\xbf" + raw
        files = [{"path": f"native/{split}/{doc_id}_html.html", "route": "native", "tool": "html", "encoding": charset}]
        (CORPUS / files[0]["path"]).write_bytes(raw)
        units = [{"kind": k2, "text": t} for k2, t in page.items if k2 != "furn"]
        furniture = [t for k2, t in page.items if k2 == "furn"]
        source = ("CLUENER 2020 train.json" if split == "dev13" else
                  {"weibo": "Weibo NER (CC BY-SA 3.0)", "resume": "Resume NER test"}[HELD_POOL[name]]) + f" {split}"
        gold = {"doc_id": f"{doc_id}_html", "source": source, "units": units, "furniture": furniture}
        (CORPUS / "gold" / f"{doc_id}_html.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        src = WORK / f"{doc_id}.html"
        src.write_text(page.document(doc["title"], "utf-8", base), encoding="utf-8")
        tools = [("lynx", widths[(n * 4) % 9]), ("lynxnolist", widths[(n * 7 + 4) % 9]), ("w3m", widths[(n * 5 + 2) % 9]),
                 ("html2text" if n % 3 != 1 else "html2textpretty", widths[(n * 2 + 1) % 9]),
                 (("lynxinline", "w3mlinks", "w3m", "lynxnonum")[n % 4], widths[(n * 8 + 6) % 9])]
        for t, (tool, w) in enumerate(tools):
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
            g = {"doc_id": stem, "source": source, "units": gunits}
            (CORPUS / "gold" / f"{stem}.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            files.append({"path": path, "route": "text", "tool": f"{tool}{w}", "encoding": enc})
        manifest.append({"id": doc_id, "split": split, "script": script, "template": name, "charset": charset,
                         "declared": declared, "sources": [p[:20] for p in paras], "files": files})
    # the two sides share no 15-character stretch of prose, nor with batch 12's prose
    dg = set().union(*(grams(p) for p in used["dev13"]))
    hg = set().union(*(grams(p) for p in used["held13"]))
    assert not dg & hg and not (dg | hg) & other
    (CORPUS / "manifest-dev13-web.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(manifest)} pages, {sum(len(d['files']) for d in manifest)} files")


if __name__ == "__main__":
    build()
