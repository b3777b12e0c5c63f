"""Batch 9, PRINT part: PDFs of document designs no earlier batch used, their pdftotext dumps, and gold.

Ids ``p9-000`` .. ``p9-019``; even number -> split ``dev9``, odd -> ``held9``. Ten designs, each used by one
document on each side (``DESIGNS``): a line-numbered draft for comment (征求意见稿), an office bulletin (简报), a
procurement tender notice (招标公告), a textbook lesson with margin notes, a letter on letterhead, a patent
specification (说明书, numbered paragraphs ``[0001]``), a national-standard page (GB/T clauses), a statistical
communique with endnote markers, a school newsletter printed by Chromium (HTML + print stylesheet: CSS columns,
``@page`` margin boxes) and a course syllabus written as .docx (python-docx) and converted by LibreOffice.

Tool versions that made the committed files: reportlab 5.1.0, python-docx 1.2.0, OpenCC 1.4.2, poppler
pdftotext 22.12.0, Chromium 156.0.8078.114 (``--headless --no-pdf-header-footer``), LibreOffice 7.4.7.2
(``--convert-to pdf``), both with the private font config ``FONTCONFIG_FILE=/opt/cjkfonts/fonts.conf`` (Noto Serif
CJK SC / TC). A rebuild reproduces every file byte for byte except the Chromium and LibreOffice PDFs (creation
date, document id) and the two .docx files (zip entry times); their text and gold do not change.

Text: DRCD *test* contexts (CC BY-SA 3.0) with an EVEN flattened index (``data[*].paragraphs[*]``; the batch-9 WEB
part takes the odd ones) that share no 15-character stretch, in traditional or opencc ``t2s`` form, with the gold
of every batch before this one (``gold_index.existing_gold_text(only=BEFORE)``, asserted). Only five such contexts
were left (no CMRC 2018 trial context is unused), so each is cut at sentence ends into short paragraphs and the
paragraphs are shared by the documents of ONE split (dev9 uses three contexts, held9 the other two: no prose is on
both sides). Everything around the prose (headings, clauses, names, dates, items, furniture) is invented here.

Typesetting: reportlab (version printed in the manifest) canvas, built-in CID fonts STSong-Light (UniGB-UCS2-H) /
MSung-Light (UniCNS-UCS2-H), by this script's own line breaker (ragged right, Latin runs never split, closing
punctuation never starts a line). Every drawn string is recorded with its owner (a content unit or one furniture
string). Extraction: poppler ``pdftotext`` (default, ``-layout``, ``-raw``, ``-nopgbrk`` for half of the documents,
``-fixed 6`` for four). Text gold: the extraction's non-space tokens are matched in file order to the drawn strings (the line
being read first, then the earliest unread drawn string that starts with the token); every character gets its
owner, whitespace goes with the character before it; units are the maximal runs of one owner and a content unit
that comes back after another owner is a piece with ``"cont": true``. Native gold: content units whole (the text
drawn, lines joined) and ``furniture``: every furniture string drawn, once.

    PYTHONPATH=$PWD python benchmarks/segcorpus/make_dev9_print.py      # rebuild (needs pdftotext)
"""

from __future__ import annotations

import json
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gold_index import existing_gold_text  # noqa: E402

BEFORE = ("cmrc", "drcd", "c2", "d2", "w3", "p3", "w4", "p4", "w5", "p5", "w6", "p6", "p6x", "o7", "b7", "p8", "w8")
DRCD = Path(__file__).resolve().parents[3] / "shared" / "data" / "drcd" / "DRCD_test.json"
if not DRCD.exists():
    DRCD = Path("/work/shared/data/drcd/DRCD_test.json")
PREFIX = "p9"
DESIGNS = ["draft", "bulletin", "tender", "textbook", "letter", "patent", "standard", "communique", "schoolnews", "syllabus"]
LANG = {"draft": ("s", "s"), "bulletin": ("s", "s"), "tender": ("s", "s"), "textbook": ("s", "t"),
        "letter": ("t", "s"), "patent": ("s", "t"), "standard": ("s", "s"), "communique": ("t", "s"), "schoolnews": ("s", "t"), "syllabus": ("t", "s")}
WS = re.compile(r"\s+")
CLOSE = set("，。、；：？！）」』”’》〉】…—,.;:?!)")
OPEN = set("（「『“‘《〈【(")
MM = 72 / 25.4


def sq(t: str) -> str:
    return WS.sub("", t)


# --------------------------------------------------------------------------- sources

def grams(s: str) -> set:
    s = sq(s)
    return {s[i:i + 15] for i in range(len(s) - 14)}


def pool() -> list[tuple[int, str]]:
    import opencc
    t2s = opencc.OpenCC("t2s")
    seen = set()
    for part in existing_gold_text(only=BEFORE).split("|"):
        seen |= grams(part)
    data = json.loads(DRCD.read_text(encoding="utf-8"))
    out, i = [], 0
    for art in data["data"]:
        for p in art["paragraphs"]:
            c = p["context"]
            if i % 2 == 0 and not (grams(c) & seen) and not (grams(t2s.convert(c)) & seen):
                out.append((i, c))
            i += 1
    return out


def sentences(text: str) -> list[str]:
    parts = re.findall(r"[^。！？]*[。！？]+[」』”]?|[^。！？]+$", text)
    return [p.strip() for p in parts if p.strip()]


def paragraphs(text: str, target: int = 110) -> list[str]:
    out, cur = [], ""
    for s in sentences(text):
        cur += s
        if len(cur) >= target:
            out.append(cur)
            cur = ""
    if cur:
        if out and len(cur) < 40:
            out[-1] += cur
        else:
            out.append(cur)
    return out


def fix_chars(text: str, lang: str) -> str:
    """Characters the CID fonts lose or change (probed with pdftotext): write what survives."""
    if lang == "s":
        return text.replace("·", "・").replace("‧", "・").replace("•", "・").replace("～", "~").replace("∼", "~")
    return text.replace("爲", "為").replace("∼", "~").replace("•", "．").replace("·", "．").replace("・", "．").replace("‧", "．").replace("～", "~").replace("\u3000", " ")


# --------------------------------------------------------------------------- layout engine

class Doc:
    """A flow of blocks set on reportlab pages; every drawn string recorded with its owner."""

    def __init__(self, lang: str, pagesize, margins, furniture, lineno: bool = False, note_x=None):
        self.lang = lang
        self.font = "STSong-Light" if lang == "s" else "MSung-Light"
        self.pagesize = pagesize
        self.margins = margins  # left, right, top, bottom (points)
        self.furniture = furniture  # fn(page, total, doc) -> [(text, x, y, size, align)]
        self.lineno = lineno
        self.note_x = note_x  # fn(page) -> (x, width) of the margin note column
        self.blocks = []  # (owner_kind, text, style)
        self.base = 12 if pagesize[0] > 200 * MM else 10.5

    def add(self, kind, text, **style):
        self.blocks.append((kind, fix_chars(text, self.lang), style))

    # width of one token
    def w(self, s, size):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        return stringWidth(s, self.font, size)

    def tokens(self, text):
        return re.findall(r"[A-Za-z0-9.%/\-]+|\s|.", text)

    def lines(self, text, width, size, first_indent=0.0, hang=0.0):
        toks = self.tokens(text)
        out, cur, curw, avail = [], "", 0.0, width - first_indent
        for t in toks:
            tw = self.w(t, size)
            if cur and curw + tw > avail and t not in CLOSE and cur[-1] not in OPEN:
                out.append(cur)
                cur, curw, avail = "", 0.0, width - hang
                if t == " ":
                    continue
            cur += t
            curw += tw
        if cur:
            out.append(cur)
        return out

    def build(self, path: Path):
        from reportlab.pdfgen import canvas
        pages = self._layout()
        total = len(pages)
        c = canvas.Canvas(str(path), pagesize=self.pagesize, invariant=1)
        c.setTitle("")
        drawn = []  # (owner, text) in drawing order
        furn = []
        for pno, items in enumerate(pages, 1):
            for (owner, text, x, y, size, align) in items:
                self._draw(c, text, x, y, size, align)
                drawn.append((owner, text))
            for (text, x, y, size, align) in self.furniture(pno, total, self):
                text = fix_chars(text, self.lang)
                self._draw(c, text, x, y, size, align)
                fid = ("F", pno, text, x, y)
                drawn.append((fid, text))
                if text not in furn:
                    furn.append(text)
            c.showPage()
        c.save()
        return drawn, furn

    def _draw(self, c, text, x, y, size, align):
        c.setFont(self.font, size)
        if align == "c":
            c.drawCentredString(x, y, text)
        elif align == "r":
            c.drawRightString(x, y, text)
        else:
            c.drawString(x, y, text)

    def _layout(self):
        W, H = self.pagesize
        ml, mr, mt, mb = self.margins
        pages = [[]]
        y = H - mt
        lineno = 0
        for bi, (_kind, text, st) in enumerate(self.blocks):
            if st.get("newpage") and pages[-1]:
                pages.append([])
                y = H - mt
            size = st.get("size", self.base)
            lead = st.get("lead", 1.6) * size
            y -= st.get("before", 0)
            indent = st.get("indent", 0) * size
            hang = st.get("hang", 0) * size
            left = ml + st.get("left", 0)
            width = W - ml - mr - st.get("left", 0) - st.get("right", 0)
            ls = self.lines(text, width, size, indent, hang)
            if st.get("keep") and y - lead * len(ls) < mb:
                pages.append([])
                y = H - mt
            owner = ("U", bi)
            for li, ln in enumerate(ls):
                if y - lead < mb:
                    pages.append([])
                    y = H - mt
                y -= lead
                align = st.get("align", "l")
                if align == "c":
                    x = ml + (W - ml - mr) / 2
                elif align == "r":
                    x = W - mr - st.get("right", 0)
                else:
                    x = left + (indent if li == 0 else hang)
                if self.lineno and st.get("numbered", True):
                    lineno += 1
                    if lineno % 5 == 0:
                        pages[-1].append((("N", len(pages), lineno), str(lineno), ml - 8 * MM, y, 7, "r"))
                pages[-1].append((owner, ln, x, y, size, align))
                if li == 0 and st.get("note") and self.note_x:
                    nx, nw = self.note_x(len(pages))
                    ny = y
                    for nl in self.lines(st["note"], nw, 7.5):
                        pages[-1].append((("M", bi), nl, nx, ny, 7.5, "l"))
                        ny -= 7.5 * 1.4
            y -= st.get("after", 0)
        return pages


# --------------------------------------------------------------------------- designs

A4 = (210 * MM, 297 * MM)
B5 = (176 * MM, 250 * MM)


def cv(s, lang):
    if lang == "s":
        return s
    import opencc
    return opencc.OpenCC("s2t").convert(s)


def d_draft(paras, n, lang, rnd):
    org = rnd.choice(["江州市发展和改革委员会", "临川市生态环境局", "南岭市住房和城乡建设局"])
    topic = rnd.choice(["关于推进城市更新行动的实施意见", "关于加强农村供水保障的若干措施", "关于促进夜间经济发展的指导意见"])

    def furn(p, total, d):
        W, H = d.pagesize
        return [("征求意见稿", W - 20 * MM, H - 12 * MM, 9, "r"), (f"[{p}]", W / 2, 12 * MM, 9, "c")]
    d = Doc(lang, A4, (30 * MM, 25 * MM, 28 * MM, 25 * MM), furn, lineno=True)
    d.add("title", topic + "（征求意见稿）", size=16, align="c", after=6, numbered=False)
    d.add("paragraph", "为深入贯彻落实党中央、国务院决策部署，结合本市实际，提出如下意见。", indent=2)
    d.add("heading", "一、总体要求", size=13, before=4)
    d.add("heading", "（一）指导思想", before=2)
    d.add("paragraph", paras[0], indent=2)
    d.add("heading", "（二）主要目标", before=2)
    d.add("paragraph", "一是" + "健全工作机制，明确责任分工；二是完善配套政策，强化要素保障；三是加强督促检查，确保任务落实。", indent=2)
    d.add("heading", "二、重点任务", size=13, before=4)
    d.add("heading", "（一）夯实基础工作", before=2)
    d.add("heading", "1．开展专项调查", before=1)
    d.add("paragraph", paras[1 % len(paras)], indent=2)
    d.add("heading", "2．建立项目清单", before=1)
    d.add("paragraph", "（1）各区县于每年3月底前报送项目计划。", indent=2)
    d.add("paragraph", "（2）市级部门按季度汇总并动态调整。", indent=2)
    d.add("paragraph", paras[2 % len(paras)], indent=2)
    d.add("heading", "（二）强化示范引领", before=2)
    for p in paras[3:]:
        d.add("paragraph", p, indent=2)
    d.add("heading", "三、保障措施", size=13, before=4)
    d.add("paragraph", "各地各部门要高度重视，加强组织领导，及时研究解决工作中遇到的困难和问题。", indent=2)
    d.add("meta", org, align="r", before=10)
    d.add("meta", f"2023年{4 + n % 5}月{10 + n}日", align="r")
    return d


def d_bulletin(paras, n, lang, rnd):
    unit = rnd.choice(["市教育局办公室", "县农业农村局办公室", "区科技创新中心"])
    issue = 7 + n

    def furn(p, total, d):
        W, H = d.pagesize
        out = []
        if p == 1:
            out += [("工作简报", W / 2, H - 30 * MM, 30, "c"), (f"第{issue}期", W / 2, H - 40 * MM, 12, "c"),
                    (f"{unit}编", 25 * MM, H - 50 * MM, 10, "l"), (f"2023年6月{n + 3}日", W - 25 * MM, H - 50 * MM, 10, "r")]
        else:
            out += [(f"工作简报　第{issue}期", 25 * MM, H - 15 * MM, 8, "l")]
        out.append((f"－{p}－", W / 2, 14 * MM, 9, "c"))
        return out
    d = Doc(lang, A4, (25 * MM, 25 * MM, 25 * MM, 25 * MM), furn)
    d.add("paragraph", "编者按：" + paras[0], size=10, indent=0, left=8 * MM, right=8 * MM, before=32 * MM, after=6)
    d.blocks.append(("debris", "本期导读", {"size": 11, "align": "c", "after": 2}))
    d.blocks.append(("debris", "◆　扎实推进重点工作", {"left": 10 * MM, "size": 9.5}))
    d.blocks.append(("debris", "◆　基层经验交流", {"left": 10 * MM, "size": 9.5, "after": 8}))
    d.add("title", "扎实推进重点工作　取得阶段成效", size=14, align="c", after=4)
    d.add("paragraph", paras[1 % len(paras)], indent=2)
    d.add("paragraph", paras[2 % len(paras)], indent=2)
    d.add("heading", "基层经验交流", size=12, align="c", before=6, after=2)
    for p in paras[3:]:
        d.add("paragraph", p, indent=2)
    d.add("meta", "（供稿：综合科）", align="r")
    d.add("meta", "报：市委办公室、市政府办公室", before=14, size=9.5)
    d.add("meta", "送：各有关单位", size=9.5)
    d.add("meta", f"{unit}　　　　2023年6月{n + 3}日印发", size=9.5)
    return d


def d_tender(paras, n, lang, rnd):
    buyer = rnd.choice(["青州市第一人民医院", "海陵区教育局", "东山县自然资源局"])
    code = f"QZCG-2023-{100 + n * 7:04d}"

    def furn(p, total, d):
        W, H = d.pagesize
        return [(buyer + "招标公告", 20 * MM, H - 12 * MM, 8, "l"), (f"第{p}页", W - 20 * MM, 12 * MM, 8, "r")]
    d = Doc(lang, A4, (25 * MM, 25 * MM, 25 * MM, 22 * MM), furn)
    d.add("title", buyer + "信息化设备采购项目招标公告", size=15, align="c", after=4)
    d.add("meta", "项目编号：" + code, align="c", after=6)
    d.add("heading", "项目概况", size=11)
    d.add("paragraph", paras[0], indent=2)
    d.add("heading", "一、项目基本情况", size=13, before=4)
    for lab in ["项目名称：信息化设备采购项目", f"预算金额：{120 + n * 3}.5万元", "采购需求：详见招标文件第三章",
                "合同履行期限：合同签订后60日内"]:
        d.add("paragraph", lab, indent=2)
    d.add("heading", "二、申请人的资格要求", size=13, before=4)
    d.add("paragraph", "1．满足《中华人民共和国政府采购法》第二十二条规定；", indent=2)
    d.add("paragraph", "2．本项目不接受联合体投标。", indent=2)
    d.add("heading", "三、其他补充事宜", size=13, before=4)
    for p in paras[1:]:
        d.add("paragraph", p, indent=2)
    d.add("heading", "四、获取招标文件", size=13, before=4)
    d.add("paragraph", "时间：2023年7月3日至2023年7月10日，每天上午9:00至11:30，下午14:00至17:00。", indent=2)
    d.add("paragraph", "地点：市公共资源交易中心三楼服务窗口", indent=2)
    d.add("heading", "五、对本次招标提出询问，请按以下方式联系", size=13, before=4, keep=True)
    d.add("paragraph", "采购人名称：" + buyer, indent=2)
    d.add("paragraph", "联系人：王先生　　电话：0531-8861" + f"{2000 + n}", indent=2)
    return d


def d_textbook(paras, n, lang, rnd):
    lesson = rnd.choice(["第5课　社会的变迁", "第8课　科学的足迹", "第3课　文明的交流"])
    lesson = cv(lesson, lang)
    book = cv("初中历史与社会　八年级上册", lang)

    def furn(p, total, d):
        W, H = d.pagesize
        if p % 2 == 0:
            return [(book, 18 * MM, H - 12 * MM, 8, "l"), (str(20 + p), 12 * MM, H - 12 * MM, 9, "l")]
        return [(lesson, W - 18 * MM, H - 12 * MM, 8, "r"), (str(20 + p), W - 12 * MM, H - 12 * MM, 9, "r")]

    def note_x(p):
        W, H = B5
        return (W - 42 * MM, 30 * MM) if p % 2 else (8 * MM, 30 * MM)
    # margins: outer margin wide for notes; keep it simple: body between 45mm and 45mm
    d = Doc(lang, B5, (46 * MM, 46 * MM, 24 * MM, 22 * MM), furn, note_x=note_x)
    d.add("title", lesson, size=16, align="c", after=6)
    d.add("heading", cv("学习目标", lang), size=11)
    d.add("paragraph", cv("1．了解本课所述人物与事件的基本史实。", lang), size=9.5)
    d.add("paragraph", cv("2．学会从多种材料中提取有效信息。", lang), size=9.5, after=6)
    d.add("paragraph", paras[0], indent=2, note=cv("想一想：这一变化给人们的生活带来了什么？", lang))
    d.add("paragraph", paras[1 % len(paras)], indent=2)
    d.add("heading", cv("知识拓展", lang), size=11, before=4)
    d.add("paragraph", paras[2 % len(paras)], indent=2, note=cv("小贴士：可查阅地方志了解更多。", lang))
    for i, p in enumerate(paras[3:]):
        d.add("paragraph", p, indent=2, note=cv("议一议：你同意这种说法吗？", lang) if i == 2 else None)
    d.add("heading", cv("思考与练习", lang), size=11, before=6)
    d.add("paragraph", cv("1．用自己的话概括本课的主要内容。", lang), indent=0)
    d.add("paragraph", cv("2．结合材料，谈谈你对这一历史现象的认识。", lang), indent=0)
    return d


def d_letter(paras, n, lang, rnd):
    org = cv(rnd.choice(["华夏文化研究基金会", "海峡两岸学术交流协会", "东方历史学会"]), lang)
    eng = rnd.choice(["Huaxia Cultural Research Foundation", "Cross-Strait Academic Exchange Association",
                      "Oriental Historical Society"])

    def furn(p, total, d):
        W, H = d.pagesize
        out = []
        if p == 1:
            out += [(org, W / 2, H - 20 * MM, 18, "c"), (eng, W / 2, H - 27 * MM, 9, "c")]
        out.append((cv("地址：台北市中正区仁爱路二段56号　电话：(02)2351-7788　传真：(02)2351-7790", lang), W / 2, 14 * MM, 7.5, "c"))
        return out
    d = Doc(lang, A4, (28 * MM, 28 * MM, 28 * MM, 24 * MM), furn)
    d.add("meta", cv(f"华基函字第{112 + n}号", lang), align="r", before=14 * MM)
    d.add("title", cv("关于邀请参加学术研讨会的函", lang), size=14, align="c", before=4, after=6)
    d.add("paragraph", cv("尊敬的林教授：", lang))
    d.add("paragraph", cv("您好！本会定于今年十月举办年度学术研讨会，诚挚邀请您莅临指导。现将有关背景资料函告如下：", lang), indent=2)
    d.add("paragraph", paras[0], indent=2)
    for p in paras[1:]:
        d.add("paragraph", p, indent=2)
    d.add("paragraph", cv("敬请拨冗出席，并请于九月十五日前回复。", lang), indent=2)
    d.add("paragraph", cv("此致", lang), indent=2, before=4)
    d.add("paragraph", cv("敬礼！", lang))
    d.add("meta", org, align="r", before=10)
    d.add("meta", cv(f"2023年8月{n + 2}日", lang), align="r")
    return d


def d_patent(paras, n, lang, rnd):
    no = f"CN 11{n}4{5 + n}82{n}7 A"

    def furn(p, total, d):
        W, H = d.pagesize
        return [(no, 25 * MM, H - 14 * MM, 9, "l"), (cv("说　明　书", lang), W / 2, H - 14 * MM, 11, "c"),
                (f"{p}/{total}" + cv("页", lang), W - 25 * MM, H - 14 * MM, 9, "r")]
    d = Doc(lang, A4, (25 * MM, 25 * MM, 28 * MM, 22 * MM), furn)
    title = cv("一种文物展示用恒湿柜及其控制方法", lang)
    d.add("title", title, size=13, align="c", after=6)
    k = [0]

    def para(t):
        k[0] += 1
        d.add("paragraph", f"[{k[0]:04d}]　" + t if lang == "s" else f"[{k[0]:04d}] " + t, indent=0)
    d.add("heading", cv("技术领域", lang), size=13, before=2)
    para(cv("本发明涉及文物保护设备技术领域，具体涉及一种文物展示用恒湿柜及其控制方法。", lang))
    d.add("heading", cv("背景技术", lang), size=13, before=2)
    para(paras[0])
    para(paras[1 % len(paras)])
    d.add("heading", cv("发明内容", lang), size=13, before=2)
    para(cv("本发明的目的在于提供一种结构简单、湿度波动小的恒湿柜，以解决上述背景技术中提出的问题。", lang))
    d.add("heading", cv("具体实施方式", lang), size=13, before=2)
    for p in paras[2:]:
        para(p)
    para(cv("以上所述仅为本发明的较佳实施例，并不用以限制本发明。", lang))
    return d


def d_standard(paras, n, lang, rnd):
    code = f"GB/T {31000 + n * 11}—2023"

    def furn(p, total, d):
        W, H = d.pagesize
        if p % 2:
            return [(code, W - 20 * MM, H - 14 * MM, 10, "r"), (str(p), W - 20 * MM, 14 * MM, 9, "r")]
        return [(code, 20 * MM, H - 14 * MM, 10, "l"), (str(p), 20 * MM, 14 * MM, 9, "l")]
    d = Doc(lang, A4, (25 * MM, 20 * MM, 28 * MM, 24 * MM), furn)
    d.add("title", "历史文献数字化加工规范", size=15, align="c", after=8)
    d.add("heading", "1　范围", size=13, before=4)
    d.add("paragraph", "本文件规定了历史文献数字化加工的基本要求、加工流程和质量控制。", indent=2)
    d.add("paragraph", "本文件适用于图书馆、档案馆、博物馆等机构开展的历史文献数字化工作。", indent=2)
    d.add("heading", "2　规范性引用文件", size=13, before=4)
    d.add("paragraph", "下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。", indent=2)
    d.add("heading", "3　术语和定义", size=13, before=4)
    d.add("heading", "3.1　原始文献　original document", before=2)
    d.add("paragraph", "用于数字化加工的文献实体。", indent=2)
    d.add("heading", "4　背景说明", size=13, before=4)
    d.add("paragraph", paras[0], indent=2)
    d.add("paragraph", "注：" + paras[1 % len(paras)], size=9, indent=2)
    d.add("heading", "5　基本要求", size=13, before=4)
    d.add("heading", "5.1　一般要求", before=2)
    for p in paras[2:]:
        d.add("paragraph", p, indent=2)
    d.add("heading", "5.2　设备要求", before=2)
    d.add("paragraph", "a）扫描设备的光学分辨率应不低于600 dpi；", indent=2)
    d.add("paragraph", "b）色彩深度应不低于24位。", indent=2)
    return d


def d_communique(paras, n, lang, rnd):
    city = cv(rnd.choice(["江州市", "临海市", "南屏市"]), lang)

    def furn(p, total, d):
        W, H = d.pagesize
        out = [(f"— {p} —" if p % 2 == 0 else f"{p}", W / 2 if p % 2 == 0 else W - 25 * MM, 12 * MM, 9,
                "c" if p % 2 == 0 else "r")]
        return out
    d = Doc(lang, A4, (25 * MM, 25 * MM, 25 * MM, 24 * MM), furn)
    d.add("title", cv(f"{city}2022年文化事业发展统计公报", lang), size=15, align="c", after=4)
    d.add("byline", cv(f"{city}统计局　{city}文化和旅游局", lang), align="c")
    d.add("meta", cv("（2023年3月20日）", lang), align="c", after=8)
    d.add("paragraph", paras[0] + "[1]", indent=2)
    d.add("heading", cv("一、公共文化服务", lang), size=13, before=4)
    d.add("paragraph", cv(f"年末全市共有公共图书馆{12 + n}个，文化馆{10 + n}个，博物馆{20 + n}个。全年举办展览{300 + n * 9}场次。", lang) + "[2]", indent=2)
    d.add("paragraph", paras[1 % len(paras)], indent=2)
    d.add("heading", cv("二、文化遗产保护", lang), size=13, before=4)
    for p in paras[2:]:
        d.add("paragraph", p, indent=2)
    d.add("heading", cv("注释：", lang), size=10, before=8)
    d.add("paragraph", cv("[1]本公报数据为初步统计数。", lang), size=9)
    d.add("paragraph", cv("[2]博物馆包括文物部门和其他部门所属博物馆。", lang), size=9)
    return d


BUILD = {"draft": d_draft, "bulletin": d_bulletin, "tender": d_tender, "textbook": d_textbook,
         "letter": d_letter, "patent": d_patent, "standard": d_standard, "communique": d_communique}


# --------------------------------------------------------------------------- alignment and gold

FOLD = str.maketrans({"・": "·", "∕": "／"})


def norm(t: str) -> str:
    return sq(t).translate(FOLD)


class AlignError(Exception):
    pass


def align(text: str, drawn: list) -> list:
    """Owner of every character of ``text`` (an extraction), by matching its non-space tokens in order to the
    drawn strings: the string being read first, then the earliest unread drawn string that starts with the
    token; a token may run over the end of one drawn string into the next one. Where a tool prints a later
    line of a block before an earlier one (``-layout`` beside a CSS column), a token of six or more characters
    found inside an unread stretch of a block is taken there."""
    strs = [norm(t) for _, t in drawn]
    used = [bytearray(len(x)) for x in strs]
    owners = [None] * len(text)
    cur = None

    def run(k, start=None):
        """(start, the unread run of string k from its first unread character or from ``start``)."""
        u = used[k]
        i = u.find(0) if start is None else start
        if i < 0:
            return len(u), ""
        j = u.find(1, i)
        return i, strs[k][i:(len(u) if j < 0 else j)]

    def fits(r, rest):
        return bool(r) and (rest.startswith(r) or r.startswith(rest))

    cont_at = {}
    resume: dict = {}
    for m in re.finditer(r"\S+", text):
        tok = m.group().translate(FOLD)
        i = 0
        while i < len(tok):
            rest = tok[i:]
            pick = start = None
            if cur is not None:
                st, r = run(cur, cont_at.get(cur))
                if fits(r, rest):
                    pick, start = cur, st
            if pick is None:
                # a stretch of a block left off where the tool jumped ahead in it
                for k, ends in resume.items():
                    for e in ends:
                        if e < len(strs[k]) and not used[k][e]:
                            st, r = run(k, e)
                            if fits(r, rest):
                                pick, start = k, st
                                break
                    if pick is not None:
                        break
            if pick is None:
                for k in range(len(strs)):
                    st, r = run(k)
                    if fits(r, rest) and (pick is None or (used[k].find(1) >= 0 and used[pick].find(1) < 0)):
                        if pick is None or used[pick].find(1) < 0:
                            pick, start = k, st
            if pick is None and len(rest) >= 6:
                for k in range(len(strs)):
                    at = strs[k].find(rest[:6])
                    while at >= 0 and any(used[k][at:at + 6]):
                        at = strs[k].find(rest[:6], at + 1)
                    if at >= 0:
                        pick, start = k, at
                        break
            if pick is None:
                for k in range(len(strs)):
                    st, r = run(k)
                    if r and r[0] == rest[0]:
                        pick, start = k, st
                        break
            if pick is None:
                raise AlignError(f"no drawn string for {rest[:30]!r} at {m.start()}")
            n = 0
            while (start + n < len(strs[pick]) and not used[pick][start + n] and n < len(rest)
                   and strs[pick][start + n] == rest[n]):
                n += 1
            if n == 0:
                raise AlignError(f"mismatch at {m.start() + i}: {rest[:20]!r}")
            for j in range(n):
                owners[m.start() + i + j] = pick
                used[pick][start + j] = 1
            cont_at[pick] = start + n
            if start + n < len(strs[pick]) and used[pick].find(0) < start:
                resume.setdefault(pick, []).append(start + n)
            i += n
            cur = pick
    left = [drawn[k][1] for k in range(len(strs)) if used[k].find(0) >= 0]
    if left:
        raise AlignError(f"unread drawn strings: {left[:3]}")
    # whitespace goes with the character before it
    last = next((o for o in owners if o is not None), 0)
    for k in range(len(owners)):
        if owners[k] is None:
            owners[k] = last
        last = owners[k]
    return [drawn[o][0] for o in owners]


def text_units(text: str, owners: list, kinds: dict) -> list:
    units, seen = [], set()
    start = 0
    for k in range(1, len(text) + 1):
        if k == len(text) or owners[k] != owners[start]:
            o = owners[start]
            kind = kinds.get(o, "debris")
            u = {"kind": kind, "text": text[start:k]}
            if kind != "debris" and o in seen:
                u["cont"] = True
            seen.add(o)
            units.append(u)
            start = k
    return units


def ocr_spaces(text: str, owners: list, kinds: dict, rnd) -> tuple:
    out, own = [], []
    cjk = re.compile(r"[\u4e00-\u9fff]")
    for k, ch in enumerate(text):
        out.append(ch)
        own.append(owners[k])
        if (k + 1 < len(text) and cjk.match(ch) and cjk.match(text[k + 1]) and owners[k] == owners[k + 1]
                and kinds.get(owners[k], "debris") != "debris" and rnd.random() < 0.25):
            out.append(" ")
            own.append(owners[k])
    return "".join(out), own


ENCODINGS = ["utf-8", "utf-8-sig", "crlf", "bom-crlf", "gb18030"]


def encode(text: str, enc: str, lang: str) -> tuple:
    if enc == "gb18030" and lang != "s":
        enc = "utf-8-sig"
    if "crlf" in enc:
        text = text.replace("\n", "\r\n")
    if enc in ("utf-8", "crlf"):
        return text.encode("utf-8"), enc
    if enc in ("utf-8-sig", "bom-crlf"):
        return b"\xef\xbb\xbf" + text.encode("utf-8"), enc
    return text.encode("gb18030"), enc


def register_fonts():
    from reportlab.pdfbase import _cidfontdata, pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    # reportlab pairs MSung-Light with a CMap poppler rejects; the traditional font gets UniCNS-UCS2-H
    _cidfontdata.defaultUnicodeEncodings["MSung-Light"] = ("cht", "UniCNS-UCS2-H")
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdfmetrics.registerFont(UnicodeCIDFont("MSung-Light"))


def build_doc(did, side, design, lang, mine, n, rnd, tmp, tools, enc_i, ocr=False, adjust=None):
    """Typeset one document of ``design`` with the paragraphs ``mine``, extract it with each of ``tools``
    ((name, pdftotext args)) and write its PDF, text files and gold; ``adjust(doc)`` may change a reportlab
    design's Doc (page size, margins, base size, leading) before it is set. Returns (manifest entry, enc_i)."""
    pdf = HERE / "native" / side / f"{did}_pdf.pdf"
    if design == "schoolnews":
        mine = [fix_chars(p, lang) for p in mine]
        drawn, furn, blocks, _ = build_chromium(mine, n, lang, tmp / f"{did}.html", pdf)
        source = f"{design} PDF (Chromium)"
    elif design == "syllabus":
        mine = [fix_chars(p, lang) for p in mine]
        docx_path = HERE / "native" / side / f"{did}_docx.docx"
        drawn, furn, blocks, _ = build_office(mine, n, lang, docx_path, pdf)
        source = f"{design} PDF (LibreOffice from .docx)"
    else:
        doc = BUILD[design](mine, n, lang, rnd)
        if adjust:
            adjust(doc)
        drawn, furn = doc.build(pdf)
        blocks = doc.blocks
        source = f"{design} PDF (reportlab)"
    kinds = {("U", bi): k for bi, (k, _, _) in enumerate(blocks) if k != "debris"}
    units = [{"kind": k, "text": t} for (k, t, _) in blocks if k != "debris"]
    furniture = furn + [t for (k, t, _) in blocks if k == "debris"]
    notes: dict = {}
    for o, t in drawn:
        if o[0] == "M":  # a margin note: its lines joined
            notes[o] = notes.get(o, "") + t
    furniture += list(notes.values())
    furniture += [t for o, t in drawn if o[0] == "M"]  # and each line of it, as drawn
    furniture += sorted({t for o, t in drawn if o[0] == "N"}, key=lambda s: (len(s), s))
    furniture = list(dict.fromkeys(furniture))
    gold = {"doc_id": f"{did}_pdf", "source": source, "units": units, "furniture": furniture}
    (HERE / "gold" / f"{did}_pdf.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    files = [{"path": f"native/{side}/{did}_pdf.pdf", "route": "native",
              "tool": {"schoolnews": "chromium", "syllabus": "libreoffice"}.get(design, "reportlab"),
              "encoding": "pdf"}]
    if design == "syllabus":
        dg = {"doc_id": f"{did}_docx", "source": "syllabus .docx (python-docx)", "units": units,
              "furniture": furn[:2]}
        (HERE / "gold" / f"{did}_docx.json").write_text(json.dumps(dg, ensure_ascii=False, indent=1) + "\n",
                                                       encoding="utf-8")
        files.append({"path": f"native/{side}/{did}_docx.docx", "route": "native", "tool": "python-docx",
                      "encoding": "docx"})
    for tool, args in tools:
        out = tmp / f"{did}_{tool}.txt"
        subprocess.run(["pdftotext", "-enc", "UTF-8", *args, str(pdf), str(out)], check=True)
        text = out.read_text(encoding="utf-8")
        try:
            owners = align(text, drawn)
        except AlignError as e:
            print(f"DROP {did}_{tool}: {e}", file=sys.stderr)
            continue
        if tool == "pdftotext-fixed6":  # added last: the other files keep the encodings they had
            enc = "gb18030" if n % 2 == 0 else "crlf"
        else:
            enc = ENCODINGS[enc_i % len(ENCODINGS)]
            enc_i += 1
        if tool == "pdftotext-raw" and ocr:
            text, owners = ocr_spaces(text, owners, kinds, rnd)
            enc = "utf-8-ocr"
        data, enc = encode(text, enc.replace("-ocr", ""), lang) if enc != "utf-8-ocr" else (text.encode("utf-8"), enc)
        decoded_text = text.replace("\n", "\r\n") if "crlf" in enc else text
        if "crlf" in enc:
            owners2 = []
            for ch, o in zip(text, owners, strict=True):
                owners2 += [o, o] if ch == "\n" else [o]
            owners = owners2
        stem = f"{did}_{tool}"
        (HERE / "text" / side / f"{stem}.txt").write_bytes(data)
        tg = {"doc_id": stem, "source": f"{design} PDF, {tool}", "units": text_units(decoded_text, owners, kinds)}
        (HERE / "gold" / f"{stem}.json").write_text(json.dumps(tg, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        files.append({"path": f"text/{side}/{stem}.txt", "route": "text", "tool": tool, "encoding": enc})
    pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    npages = int(re.search(r"Pages:\s+(\d+)", pages).group(1))
    entry = {"id": did, "split": side, "script": "simp" if lang == "s" else "trad", "design": design,
             "pages": npages, "files": files}
    return entry, enc_i


def main() -> int:
    import opencc
    register_fonts()
    t2s = opencc.OpenCC("t2s")
    ctx = pool()
    assert len(ctx) >= 5, ctx
    ctx = ctx[:5]
    seen = set()
    for part in existing_gold_text(only=BEFORE).split("|"):
        seen |= grams(part)
    side_ctx = {"dev9": [ctx[0], ctx[3], ctx[4]], "held9": [ctx[1], ctx[2]]}
    side_paras = {}
    for side, cs in side_ctx.items():
        ps = []
        for _, c in cs:
            ps += paragraphs(c)
        side_paras[side] = ps
    for d in ("text", "native"):
        for side in ("dev9", "held9"):
            folder = HERE / d / side
            folder.mkdir(parents=True, exist_ok=True)
            for f in folder.glob(f"{PREFIX}-*"):
                f.unlink()
    for f in (HERE / "gold").glob(f"{PREFIX}-*.json"):
        f.unlink()
    manifest = []
    tmp = Path("/tmp/p9build")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    enc_i = 0
    ndocs = 2 * len(DESIGNS)
    for n in range(ndocs):
        design = DESIGNS[n // 2]
        side = "dev9" if n % 2 == 0 else "held9"
        lang = LANG[design][n % 2]
        rnd = random.Random(9000 + n)
        ps = side_paras[side]
        k = (n // 2) * 3
        k = (n // 2) * 3 % len(ps)
        mine = ps[k:] + ps[:k]
        if lang == "s":
            mine = [t2s.convert(p) for p in mine]
        for p in mine:
            assert not (grams(p) & seen), p[:20]
        did = f"{PREFIX}-{n:03d}"
        tools = [("pdftotext", []), ("pdftotext-layout", ["-layout"]), ("pdftotext-raw", ["-raw"])]
        if n % 4 in (1, 2):
            tools.append(("pdftotext-nopgbrk", ["-nopgbrk"]))
        if n % 8 in (4, 5):  # tender and standard: physical layout at a 6-point pitch
            tools.append(("pdftotext-fixed6", ["-fixed", "6"]))
        entry, enc_i = build_doc(did, side, design, lang, mine, n, rnd, tmp, tools, enc_i, ocr=n in (2, 7))
        entry["contexts"] = [i for i, _ in side_ctx[side]]
        entry["files"] = entry.pop("files")
        manifest.append(entry)
    (HERE / "manifest-dev9-print.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


# --------------------------------------------------------------------------- Chromium: a school newsletter

CHROME_CSS = """
@page { size: A4; margin: 22mm 18mm 20mm 18mm;
  @top-left { content: "%(head)s"; font-size: 8pt; color: #555; }
  @top-right { content: "%(issue)s"; font-size: 8pt; color: #555; }
  @bottom-center { content: "— " counter(page) " —"; font-size: 9pt; } }
body { font-family: "%(font)s"; font-size: 11pt; line-height: 1.75; }
.mast { text-align: center; border-bottom: 3px double #a00; margin-bottom: 6mm; }
.mast .name { font-size: 30pt; letter-spacing: 0.5em; color: #a00; margin: 0; }
.mast .sub { font-size: 9pt; margin: 1mm 0 2mm; }
.guide { border: 1px solid #999; padding: 2mm 4mm; font-size: 9.5pt; margin-bottom: 5mm; }
.guide p { margin: 0; }
.note { background: #f3f3f3; padding: 3mm 5mm; font-size: 10pt; margin: 0 0 5mm; }
h1 { font-size: 17pt; text-align: center; margin: 4mm 0 2mm; }
.by { text-align: center; font-size: 9.5pt; margin: 0 0 4mm; }
h2 { font-size: 13pt; border-left: 4px solid #a00; padding-left: 3mm; margin: 5mm 0 2mm; }
.cols { column-count: 2; column-gap: 9mm; }
.cols p { text-indent: 2em; margin: 0 0 1mm; text-align: justify; }
figure { margin: 3mm 0; } figure div { height: 28mm; background: #ddd; }
figcaption { font-size: 8.5pt; color: #444; text-align: center; }
.ed { text-align: right; font-size: 9.5pt; margin-top: 4mm; }
"""


def schoolnews_blocks(paras, n, lang):
    school = cv(["江州市第二中学", "临川县实验中学"][n % 2], lang)
    issue = cv(f"2023年第{3 + n % 5}期（总第{41 + n}期）", lang)
    B = []  # (kind, text, html)
    B.append(("debris", cv("校园通讯", lang), '<div class="mast"><p class="name">%s</p>'))
    B.append(("debris", cv(f"{school}团委　学生会主办　　内部交流", lang), '<p class="sub">%s</p></div>'))
    B.append(("debris", cv("本期导读", lang), '<div class="guide"><p><b>%s</b></p>'))
    B.append(("debris", cv("◇ 专题：走进历史课堂", lang), "<p>%s</p>"))
    B.append(("debris", cv("◇ 书香校园", lang), "<p>%s</p></div>"))
    B.append(("paragraph", cv("编者按：", lang) + paras[0], '<p class="note">%s</p>'))
    B.append(("title", cv("走进历史课堂：读懂过去的故事", lang), "<h1>%s</h1>"))
    B.append(("byline", cv("文／高二（3）班　李思远　指导教师　陈老师", lang), '<p class="by">%s</p>'))
    B.append(("heading", cv("课堂内外", lang), '<h2>%s</h2><div class="cols">'))
    for p in paras[1:4]:
        B.append(("paragraph", p, "<p>%s</p>"))
    B.append(("debris", cv("图为同学们在校史馆参观", lang), "<figure><div></div><figcaption>%s</figcaption></figure>"))
    for p in paras[4:6]:
        B.append(("paragraph", p, "<p>%s</p>"))
    B.append(("heading", cv("书香校园", lang), "</div><h2>%s</h2><div class=\"cols\">"))
    for p in paras[6:]:
        B.append(("paragraph", p, "<p>%s</p>"))
    B.append(("meta", cv("（责任编辑：王晓晴　校对：赵一鸣）", lang), '</div><p class="ed">%s</p>'))
    return B, school, issue


def build_chromium(paras, n, lang, html_path: Path, pdf_path: Path):
    import html as H
    B, school, issue = schoolnews_blocks(paras, n, lang)
    font = "Noto Serif CJK SC" if lang == "s" else "Noto Serif CJK TC"
    head = f"{school}　{cv('校园通讯', lang)}"
    css = CHROME_CSS % {"head": head, "issue": issue, "font": font}
    body = "".join(h % H.escape(t) for _, t, h in B)
    doc = (f'<!DOCTYPE html><html lang="{"zh-CN" if lang == "s" else "zh-TW"}"><head><meta charset="utf-8">'
           f"<title>{H.escape(school)}</title><style>{css}</style></head><body>{body}</body></html>")
    html_path.write_text(doc, encoding="utf-8")
    env = dict(__import__("os").environ, FONTCONFIG_FILE="/opt/cjkfonts/fonts.conf")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf_path}", html_path.as_uri()], check=True, env=env,
                   capture_output=True, timeout=120)
    info = subprocess.run(["pdfinfo", str(pdf_path)], capture_output=True, text=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    drawn = []
    furn = []
    for p in range(1, pages + 1):
        for t in (head, issue, f"— {p} —"):
            drawn.append((("F", p, t), t))
            if t not in furn:
                furn.append(t)
    for bi, (_k, t, _) in enumerate(B):
        drawn.append((("U", bi), t))
    blocks = [(k, t, {}) for k, t, _ in B]
    return drawn, furn, blocks, pages


# --------------------------------------------------------------------------- LibreOffice: a course syllabus (.docx)

def syllabus_blocks(paras, n, lang):
    uni = cv(["江州师范大学", "临海理工学院"][n % 2], lang)
    B = [("title", cv("《中国文化史》课程教学大纲", lang), "Title"),
         ("meta", cv(f"课程编号：HIS{2031 + n}　　学分：2　　学时：32", lang), "center"),
         ("meta", cv("适用专业：历史学、汉语言文学　　开课单位：人文学院", lang), "center"),
         ("heading", cv("一、课程性质与目标", lang), "Heading 1"),
         ("paragraph", cv("本课程是历史学专业的专业基础课，旨在帮助学生了解中国文化发展的基本脉络。", lang), "body"),
         ("heading", cv("二、教学内容与要求", lang), "Heading 1"),
         ("heading", cv("第一单元　导论", lang), "Heading 2")]
    for p in paras[:3]:
        B.append(("paragraph", p, "body"))
    B.append(("heading", cv("第二单元　专题研讨", lang), "Heading 2"))
    for p in paras[3:]:
        B.append(("paragraph", p, "body"))
    B += [("heading", cv("三、考核方式", lang), "Heading 1"),
          ("paragraph", cv("1. 平时成绩占40%，包括出勤、课堂讨论和读书报告。", lang), "body"),
          ("paragraph", cv("2. 期末考试占60%，采用闭卷笔试。", lang), "body"),
          ("meta", cv("制定人：周文涛　　审核人：刘建华", lang), "right"),
          ("meta", cv("2023年9月1日", lang), "right")]
    return B, uni


def _field(paragraph, instr):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def build_office(paras, n, lang, docx_path: Path, pdf_path: Path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt
    B, uni = syllabus_blocks(paras, n, lang)
    font = "Noto Serif CJK SC" if lang == "s" else "Noto Serif CJK TC"
    d = docx.Document()
    for name in ("Normal", "Title", "Heading 1", "Heading 2"):
        st = d.styles[name]
        st.font.name = font
        st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    d.styles["Normal"].font.size = Pt(11)
    import datetime
    d.core_properties.author = ""
    d.core_properties.last_modified_by = ""
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2023, 9, 1, 8, 0, 0)
    sec = d.sections[0]
    head = cv(f"{uni}本科课程教学大纲", lang)
    hp = sec.header.paragraphs[0]
    hp.text = head
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run(cv("第 ", lang))
    _field(fp, "PAGE")
    fp.add_run(cv(" 页", lang))
    for _k, t, style in B:
        if style in ("Title", "Heading 1", "Heading 2"):
            p = d.add_paragraph(t, style=style)
        else:
            p = d.add_paragraph(t)
            if style == "center":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif style == "right":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            else:
                p.paragraph_format.first_line_indent = Pt(22)
    d.save(str(docx_path))
    out = Path("/tmp/p9build/lo")
    out.mkdir(parents=True, exist_ok=True)
    env = dict(__import__("os").environ, FONTCONFIG_FILE="/opt/cjkfonts/fonts.conf")
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo_b9print", "--convert-to", "pdf",
                    "--outdir", str(out), str(docx_path)], check=True, env=env, capture_output=True, timeout=180)
    shutil.move(str(out / (docx_path.stem + ".pdf")), str(pdf_path))
    info = subprocess.run(["pdfinfo", str(pdf_path)], capture_output=True, text=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    drawn, furn = [], []
    for p in range(1, pages + 1):
        for t in (head, cv(f"第 {p} 页", lang)):
            drawn.append((("F", p, t), t))
            if t not in furn:
                furn.append(t)
    for bi, (_k, t, _) in enumerate(B):
        drawn.append((("U", bi), t))
    return drawn, furn, [(k, t, {}) for k, t, _ in B], pages


if __name__ == "__main__":
    sys.exit(main())
