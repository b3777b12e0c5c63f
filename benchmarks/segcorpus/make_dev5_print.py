"""Batch 5, PRINT part: typeset PDFs, their text extractions, Word files and user text dumps, with gold.

    PYTHONPATH=$PWD python benchmarks/segcorpus/make_dev5_print.py   # rewrites p5-* files, gold and manifest

Built by a helper who did not read the segmenter, docs/segmentation.md or the other corpus builders' templates.
Deterministic (``random.Random(5005 + n)`` per document). Needs reportlab, python-docx and poppler's ``pdftotext``.

Sources: CMRC 2018 *trial* contexts (simplified, CC BY-SA 4.0) and DRCD *test* contexts (traditional,
CC BY-SA 3.0) from ``../shared/data``, taken from the START of the pool of articles that share no 15-character
stretch with any file in ``gold/`` (asserted here; the WEB part of batch 5 takes from the end of that pool).

Documents ``p5-000`` .. ``p5-023``: even number -> split ``dev5``, odd -> ``held5``. Script: documents
``n // 2`` even are simplified (STSong-Light), odd traditional (MSung-Light with the ``UniCNS-UCS2-H`` CMap).
Layout ``LAYOUTS[n // 2]`` (so each layout has one dev5 and one held5 document):

  annual report (running head with company and report name, ``第 N 页 共 M 页``, tables, captions),
  Taiwan newspaper (three narrow columns, masthead strip, ``〔記者X／台北報導〕`` leading the first paragraph),
  university notice (文号, numbered items, issuing office and date at the end, ``— N —`` footer),
  court judgment (``第一條`` clauses, case number running head, ``第 N 頁，共 M 頁``),
  conference proceedings (two columns, abstract / keywords, bare page number footer, proceedings head),
  press release (logo strip, 發布日期 / 聯絡人, ``###`` end mark, contact footer),
  book chapter (even / odd running heads, footnotes, outer page numbers),
  slide deck (landscape, one heading per slide, bullets, ``N / M`` slide numbers and a confidentiality footer),
  mainland newspaper (two columns, ``本报记者``, masthead line, edition number),
  three-column magazine page (HK), contract (``第一条`` clauses, signature block), review article with tables.

For every document:

- ``native/<split>/<id>_pdf.pdf``: reportlab canvas, my own line breaker (closing punctuation hangs on the
  line), paragraphs flow across columns and pages.
- ``text/<split>/<id>_pdftotext.txt``, ``_pdftotext-raw.txt``, ``_pdftotext-layout.txt``: ``pdftotext`` default,
  ``-raw``, ``-layout`` (some with ``-nopgbrk``), re-saved as UTF-8, UTF-8 BOM, GB18030 (simplified only),
  CRLF, some with OCR-like spaces between CJK characters.
- ``native/<split>/<id>_docx.docx`` (two in three documents): python-docx, Title / Heading styles or direct
  formatting, page header and footer, tables.
- ``text/<split>/<id>_dump.txt``: a user's plain-text copy: wrapped at a fixed number of characters or display
  columns, a page header and footer every K lines.

Gold by construction: every drawn string is remembered with its owner (a content unit or a furniture item);
the extracted text is aligned with the drawn strings (whitespace removed, whole strings, longest first) and each
character gets its owner. Content units (title, heading, byline, meta, paragraph) are whole units; a unit cut by
furniture or by another column (``-layout``) becomes pieces, later ones ``"cont": true``. Furniture (running
heads, footers, page numbers, table cells, captions, footnotes, end marks, slide numbers) is ``debris``, one unit
per line of the extracted file. Native gold: the content units whole and ``"furniture"``: every furniture string.
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import tempfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "benchmarks" / "segcorpus"
DATA = ROOT.parent / "shared" / "data"
if not DATA.exists():
    DATA = Path("/work/shared/data")
PREFIX = "p5"
N_DOCS = 24
SQ = re.compile(r"\s+")
CONTENT = ("title", "heading", "byline", "meta", "paragraph")


def squash(text: str) -> str:
    return SQ.sub("", text)


# ----------------------------------------------------------------------------------------------- sources
def _gold_grams() -> set[str]:
    texts = set()
    for path in CORPUS.glob("gold/*.json"):
        if path.name.startswith(PREFIX + "-"):
            continue
        for u in json.loads(path.read_text("utf-8"))["units"]:
            texts.add(squash(u["text"]))
    return {t[i:i + 15] for t in texts for i in range(len(t) - 14)}


def _fresh(text: str, grams: set[str]) -> bool:
    t = squash(text)
    return not any(t[i:i + 15] in grams for i in range(len(t) - 14))


def _encodable(ch: str, codec: str) -> bool:
    try:
        ch.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def clean(text: str, script: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"（\s*[，、；]*\s*）", "", text)  # empty brackets the source left
    codec = "gb2312" if script == "simp" else "big5"
    return "".join(ch for ch in text if unicodedata.category(ch)[0] != "C" and (ch == " " or _encodable(ch, codec)))


def keep_font(text: str, script: str) -> str:
    codec = "gb2312" if script == "simp" else "big5"
    return "".join(ch for ch in text if ch in " \u3000" or _encodable(ch, codec))


def load_pool():
    grams = _gold_grams()
    cmrc = json.loads((DATA / "cmrc2018" / "cmrc2018_trial.json").read_text("utf-8"))["data"]
    drcd = json.loads((DATA / "drcd" / "DRCD_test.json").read_text("utf-8"))["data"]
    simp = [(a["title"], [p["context"] for p in a["paragraphs"]]) for a in cmrc
            if all(_fresh(p["context"], grams) for p in a["paragraphs"])]
    trad = [(a["title"], [p["context"] for p in a["paragraphs"]]) for a in drcd
            if all(_fresh(p["context"], grams) for p in a["paragraphs"])]
    return simp, trad, grams


def paragraphs_of(contexts: list[str], script: str, rng: random.Random, most: int = 6) -> list[str]:
    out = []
    for ctx in contexts:
        sents = re.findall(r"[^。！？]*[。！？]+[”」』）]?|[^。！？]+$", clean(ctx, script))
        cur, target = "", rng.randint(70, 200)
        for s in sents:
            cur += s
            if len(cur) >= target:
                out.append(cur.strip())
                cur, target = "", rng.randint(70, 200)
        if cur.strip():
            if out and len(cur) < 30:
                out[-1] += cur.strip()
            else:
                out.append(cur.strip())
        if len(out) >= most:
            break
    return [p for p in out if len(p) >= 8][:most]


# ----------------------------------------------------------------------------------------------- names
SURN = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余杜叶程魏苏吕丁任沈姚卢"
GIVEN = ["晓明", "丽华", "建国", "海燕", "志强", "雅婷", "俊杰", "文静", "国栋", "佳怡", "子涵", "立新", "春梅", "家豪", "怡君",
         "宏达", "淑芬", "冠宇", "诗涵", "明哲"]


def person(rng, script):
    name = rng.choice(SURN) + rng.choice(GIVEN)
    return to_trad(name) if script == "trad" else name


_T = str.maketrans({"晓": "曉", "丽": "麗", "华": "華", "建": "建", "国": "國", "燕": "燕", "强": "強", "杰": "傑",
                    "静": "靜", "栋": "棟", "涵": "涵", "梅": "梅", "达": "達", "宇": "宇", "诗": "詩", "刘": "劉",
                    "陈": "陳", "杨": "楊", "黄": "黃", "赵": "趙", "吴": "吳", "孙": "孫", "马": "馬", "郭": "郭",
                    "罗": "羅", "郑": "鄭", "谢": "謝", "许": "許", "韩": "韓", "冯": "馮", "邓": "鄧", "萧": "蕭",
                    "董": "董", "袁": "袁", "蒋": "蔣", "叶": "葉", "苏": "蘇", "吕": "呂", "卢": "盧", "张": "張",
                    "彭": "彭", "曾": "曾", "潘": "潘", "沈": "沈", "姚": "姚", "丁": "丁", "任": "任", "余": "余",
                    "杜": "杜", "程": "程", "魏": "魏", "蔡": "蔡", "宋": "宋", "唐": "唐", "梁": "梁", "何": "何",
                    "胡": "胡", "朱": "朱", "高": "高", "林": "林", "徐": "徐", "曹": "曹", "田": "田", "周": "周"})


def to_trad(text: str) -> str:
    try:
        import opencc

        return opencc.OpenCC("s2t").convert(text)
    except ImportError:  # pragma: no cover
        return text.translate(_T)


# ----------------------------------------------------------------------------------------------- document shapes
def U(kind, text, **kw):
    return dict(kw, kind=kind, text=text)


CN_NUM = "一二三四五六七八九十"


def doc_annual(rng, arts, script):
    (title, paras), = arts[:1]
    co = rng.choice(["华信", "远航", "中诚", "鼎盛", "新源"]) + rng.choice(["科技", "文化", "控股", "传媒"]) + "股份有限公司"
    year = rng.choice([2021, 2022, 2023])
    body = [U("title", f"{co}{year}年年度报告摘要"),
            U("meta", f"证券代码：{rng.randint(300001, 300999)}　证券简称：{co[:2]}{co[2:4]}　公告编号：{year + 1}-0{rng.randint(10, 39)}"),
            U("heading", "一、重要提示"),
            U("paragraph", "本年度报告摘要来自年度报告全文，为全面了解本公司的经营成果、财务状况及未来发展规划，投资者应当到证监会指定媒体仔细阅读年度报告全文。"),
            U("heading", "二、公司基本情况"),
            U("table", "", rows=[["项目", f"{year}年", f"{year - 1}年", "增减"],
                                 ["营业收入（万元）", f"{rng.randint(10000, 99999):,}", f"{rng.randint(10000, 99999):,}", f"{rng.uniform(-20, 40):.2f}%"],
                                 ["净利润（万元）", f"{rng.randint(1000, 9999):,}", f"{rng.randint(1000, 9999):,}", f"{rng.uniform(-20, 40):.2f}%"],
                                 ["每股收益（元）", f"{rng.uniform(0.1, 2):.2f}", f"{rng.uniform(0.1, 2):.2f}", f"{rng.uniform(-20, 40):.2f}%"]]),
            U("caption", "表1　主要会计数据和财务指标（单位：人民币）"),
            U("heading", f"三、经营情况讨论与分析：{title}项目")]
    k = (len(paras) + 1) // 2
    body += [U("paragraph", p) for p in paras[:k]]
    body.append(U("heading", "四、风险提示"))
    body += [U("paragraph", p) for p in paras[k:]]
    for t2, p2 in arts[1:]:
        body.append(U("heading", f"五、未来发展展望：{t2}"))
        body += [U("paragraph", p) for p in p2]
    furn = dict(head_left=f"{co}{year}年年度报告摘要", head_right="", foot=lambda i, n: f"第 {i} 页 共 {n} 页")
    return body, furn


def doc_twpaper(rng, arts, script):
    body, first = [], True
    paper = rng.choice(["自由時報", "聯合報", "中國時報", "台灣時報"])
    for title, paras in arts:
        who = person(rng, script)
        place = rng.choice(["台北", "高雄", "台中", "新竹", "花蓮"])
        body.append(U("title" if first else "heading", f"{title}　{rng.choice(['再掀話題', '引發關注', '歷史回顧', '專家解讀'])}"))
        if rng.random() < 0.5:
            body.append(U("paragraph", paras[0], lead=U("byline", f"〔記者{who}／{place}報導〕")))
        else:
            body.append(U("byline", f"記者{who}／{place}報導"))
            body.append(U("paragraph", paras[0]))
        body += [U("paragraph", p) for p in paras[1:]]
        if first:
            body.append(U("caption", f"圖：{title}相關資料照。（記者{who}攝）"))
        first = False
    d = f"2023年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    furn = dict(head_left=f"{paper}　{d}　星期{rng.choice('一二三四五六日')}", head_right=f"A{rng.randint(2, 16)}　生活新聞",
                foot=lambda i, n: f"{paper}　A{i + 3}")
    return body, furn


def doc_notice(rng, arts, script):
    (title, paras), = arts[:1]
    uni = rng.choice(["华东", "西南", "北方", "东海", "江南"]) + rng.choice(["师范大学", "理工大学", "财经大学"])
    year = rng.choice([2022, 2023, 2024])
    body = [U("meta", f"{uni[:2]}大教〔{year}〕{rng.randint(11, 99)}号"),
            U("title", f"关于举办“{title}”专题讲座的通知"),
            U("paragraph", "各学院、各部门："),
            U("paragraph", f"为丰富校园学术文化生活，经研究，决定举办“{title}”专题讲座。现将有关事项通知如下："),
            U("heading", "一、讲座内容")]
    body += [U("paragraph", p) for p in paras[:2]]
    body.append(U("heading", "二、时间地点"))
    body.append(U("paragraph", f"（一）时间：{year}年{rng.randint(3, 6)}月{rng.randint(1, 28)}日（星期{rng.choice('一二三四五')}）14:30至16:30"))
    body.append(U("paragraph", f"（二）地点：图书馆{rng.randint(1, 5)}楼学术报告厅（Room {rng.randint(101, 599)}）"))
    body.append(U("heading", "三、其他事项"))
    body += [U("paragraph", f"{i + 1}. {p}") for i, p in enumerate(paras[2:4])]
    body.append(U("paragraph", "特此通知。"))
    body.append(U("byline", f"{uni}教务处", align="right"))
    body.append(U("meta", f"{year}年{rng.randint(1, 2)}月{rng.randint(1, 28)}日", align="right"))
    furn = dict(head_left="", head_right="", foot=lambda i, n: f"— {i} —", foot_align="center")
    return body, furn


def doc_judgment(rng, arts, script):
    (title, paras), = arts[:1]
    paras = paras + [p for _, ps in arts[1:] for p in ps]
    court = rng.choice(["臺灣臺北地方法院", "臺灣高雄地方法院", "臺灣新北地方法院"])
    case = f"{rng.randint(108, 112)}年度訴字第{rng.randint(100, 3999)}號"
    body = [U("title", f"{court}民事判決"), U("meta", case),
            U("paragraph", f"原告　{person(rng, script)}"), U("paragraph", f"被告　{person(rng, script)}"),
            U("paragraph", f"上列當事人間請求確認{title}相關權利事件，本院判決如下："),
            U("heading", "主　　文"),
            U("paragraph", "原告之訴駁回。訴訟費用由原告負擔。"),
            U("heading", "事實及理由")]
    for i, p in enumerate(paras):
        body.append(U("paragraph", f"第{to_trad(CN_NUM[i])}條　{p}" if i < 10 else p))
    body.append(U("meta", f"中　　華　　民　　國　{rng.randint(110, 112)}　年　{rng.randint(1, 12)}　月　{rng.randint(1, 28)}　日"))
    body.append(U("byline", f"法　官　{person(rng, script)}", align="right"))
    furn = dict(head_left=f"{court}{case}", head_right="", foot=lambda i, n: f"第 {i} 頁，共 {n} 頁", foot_align="center")
    return body, furn


def doc_proc(rng, arts, script):
    (title, paras), = arts[:1]
    a1, a2 = person(rng, script), person(rng, script)
    body = [U("title", f"{title}研究述评"),
            U("byline", f"{a1}　{a2}", align="center"),
            U("meta", f"（1. {rng.choice(['南京', '武汉', '成都'])}大学 历史学院，江苏 南京 210023；2. 社会科学院 研究所，北京 100732）", align="center"),
            U("paragraph", "摘　要：" + paras[0]),
            U("paragraph", f"关键词：{title}；文献；综述；History"),
            U("heading", "1　引言")]
    body += [U("paragraph", p) for p in paras[1:3]]
    body.append(U("heading", "2　相关研究"))
    body += [U("paragraph", p) for p in paras[3:]]
    body.append(U("heading", "参考文献"))
    body.append(U("caption", f"[1] {a1}. {title}考[J]. 史学月刊, 2019(4): 12-25."))
    furn = dict(head_left=f"第{rng.choice(['八', '九', '十'])}届全国青年史学论坛论文集", head_right=f"{rng.choice([2019, 2021])}年10月",
                foot=lambda i, n: f"{i + 116}", foot_align="center")
    return body, furn


def doc_press(rng, arts, script):
    (title, paras), = arts[:1]
    paras = paras + [p for _, ps in arts[1:] for p in ps]
    org = rng.choice(["國立歷史博物館", "文化部", "台北市立圖書館", "國家圖書館"])
    street = rng.randint(1, 99)
    body = [U("title", f"「{title}」特展今日開幕　{org}邀民眾共賞"),
            U("meta", f"發布日期：112-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}　發布單位：{org}公共服務組"),
            U("paragraph", f"【{org}新聞稿】" + paras[0])]
    body += [U("paragraph", p) for p in paras[1:]]
    body.append(U("caption", "###"))
    body.append(U("meta", f"新聞聯絡人：{person(rng, script)}　電話：(02)2{rng.randint(100, 999)}-{rng.randint(1000, 9999)}　手機：09{rng.randint(10, 99)}-{rng.randint(100, 999)}-{rng.randint(100, 999)}"))
    furn = dict(head_left=f"{org}　新聞稿", head_right="NEWS RELEASE",
                foot=lambda i, n: f"地址：臺北市南海路{street}號　網址：www.example.gov.tw　{i}/{n}", foot_align="center")
    return body, furn


def doc_book(rng, arts, script):
    body, chap = [], rng.randint(2, 9)
    book = rng.choice(["东亚史札记", "古代人物志", "文明的边界", "城与人"])
    for k, (title, paras) in enumerate(arts):
        if k == 0:
            body.append(U("title", f"第{CN_NUM[chap - 1]}章　{title}"))
        else:
            body.append(U("heading", f"第{k + 1}节　{title}"))
        if k == 0:
            body.append(U("heading", "第1节　概述"))
        body += [U("paragraph", p) for p in paras]
    notes = [f"① 参见《{arts[0][0]}研究》，{rng.choice(['中华书局', '商务印书馆'])}{rng.randint(1985, 2015)}年版，第{rng.randint(10, 300)}页。",
             "② 此处年代采用通行说法，各家记载略有出入。"]
    furn = dict(head_even=book, head_odd=f"第{CN_NUM[chap - 1]}章　{arts[0][0]}", foot=lambda i, n: f"{i + 36}",
                foot_align="outer", footnotes=notes)
    return body, furn


def doc_slides(rng, arts, script):
    (title, paras), = arts[:1]
    body = [U("title", f"{title}：簡報"), U("byline", f"報告人：{person(rng, script)}　{rng.choice(['研究發展處', '教學資源中心'])}", align="center"),
            U("meta", f"2023年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", align="center")]
    heads = ["背景說明", "重點整理", "延伸討論", "結論"]
    for i, p in enumerate(paras[:4]):
        body.append(U("heading", heads[i], newpage=True))
        sents = [s for s in re.findall(r"[^。！？]*[。！？]+[」』）]?", p) if len(s) > 4] or [p]
        for s in sents[:3]:
            body.append(U("paragraph", "● " + s))
    furn = dict(head_left="", head_right="", foot=lambda i, n: f"{i} / {n}", foot_left="機密　僅供內部使用", landscape=True)
    return body, furn


def doc_mlpaper(rng, arts, script):
    body, first = [], True
    paper = rng.choice(["江南日报", "北方晨报", "海峡都市报", "西部商报"])
    for title, paras in arts:
        who, who2 = person(rng, script), person(rng, script)
        body.append(U("title" if first else "heading", f"{title}：{rng.choice(['一段被重新讲述的历史', '专家学者齐聚研讨', '走近历史深处'])}"))
        form = rng.randint(0, 2)
        if form == 0:
            body.append(U("byline", f"本报记者　{who}"))
            body += [U("paragraph", p) for p in paras]
        elif form == 1:
            body.append(U("paragraph", f"本报讯（记者 {who} 通讯员 {who2}）" + paras[0]))
            body += [U("paragraph", p) for p in paras[1:]]
        else:
            body += [U("paragraph", p) for p in paras]
            body.append(U("byline", f"（来源：{paper} {rng.randint(1, 12)}月{rng.randint(1, 28)}日 记者 {who}）"))
        first = False
    body.append(U("meta", f"责任编辑：{person(rng, script)}　美术编辑：{person(rng, script)}"))
    d = f"2023年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    ed = rng.randint(2, 12)
    furn = dict(head_left=f"{paper}", head_right=f"{d}　星期{rng.choice('一二三四五六日')}　第{ed:02d}版　要闻",
                foot=lambda i, n: f"{paper}｜要闻　{ed + i - 1:02d}", foot_align="right")
    return body, furn


def doc_magazine(rng, arts, script):
    body, first = [], True
    mag = rng.choice(["明周文化", "亞洲週刊", "香港01週報"])
    for title, paras in arts:
        body.append(U("title" if first else "heading", f"{title}的前世今生"))
        body.append(U("byline", f"文／{person(rng, script)}　圖／資料圖片"))
        body += [U("paragraph", p) for p in paras]
        first = False
    furn = dict(head_left=f"{mag}　第{rng.randint(1000, 2999)}期", head_right="文化 CULTURE", foot=lambda i, n: f"{mag} | {i + 52}",
                foot_align="outer")
    return body, furn


def doc_contract(rng, arts, script):
    (title, paras), = arts[:1]
    number = f"HT-{rng.randint(2019, 2024)}-{rng.randint(1000, 9999)}"
    body = [U("title", f"{title}文化研究项目合作协议书"),
            U("meta", f"合同编号：{number}", align="right"),
            U("paragraph", f"甲方：{rng.choice(['东海', '南山'])}文化发展有限公司"),
            U("paragraph", f"乙方：{person(rng, script)}"),
            U("paragraph", "甲乙双方本着平等自愿、诚实信用的原则，经友好协商，就下列事项达成如下协议：")]
    labels = ["项目背景", "合作内容", "双方权利义务", "违约责任", "其他"]
    for i, p in enumerate(paras[:5]):
        body.append(U("heading", f"第{CN_NUM[i]}条　{labels[i]}"))
        body.append(U("paragraph", p))
    body.append(U("paragraph", "（以下无正文）"))
    body.append(U("paragraph", "甲方（盖章）：　　　　　　　乙方（签字）："))
    furn = dict(head_left="", head_right=f"合同编号：{number}", foot=lambda i, n: f"第{i}页/共{n}页",
                foot_align="right", foot_left="甲方签章：　　　乙方签章：")
    return body, furn


def doc_review(rng, arts, script):
    body, first = [], True
    for k, (title, paras) in enumerate(arts):
        if first:
            body.append(U("title", f"{title}：回顧與展望"))
            body.append(U("byline", f"作者：{person(rng, script)}（國立{rng.choice(['政治', '清華', '成功'])}大學歷史學系）"))
            body.append(U("meta", f"收稿日期：2022年{rng.randint(1, 12)}月{rng.randint(1, 28)}日；接受日期：2023年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"))
        body.append(U("heading", f"{to_trad(CN_NUM[k])}、{title if not first else '前言'}"))
        body += [U("paragraph", p) for p in paras[:3]]
        if first:
            body.append(U("table", "", rows=[["年代", "事件", "出處"], ["1901", "初次記載", "《舊志》"], ["1935", "重新整理", "《通考》"],
                                             ["1987", "學界討論", "期刊論文"]]))
            body.append(U("caption", "表一　相關記載年表"))
        body += [U("paragraph", p) for p in paras[3:]]
        first = False
    furn = dict(head_even="史學評論　第" + str(rng.randint(20, 60)) + "期", head_odd=f"{arts[0][0]}：回顧與展望",
                foot=lambda i, n: f"— {i + 88} —", foot_align="center",
                footnotes=["＊ 本文承兩位匿名審查人提供寶貴意見，謹此致謝。"])
    return body, furn


# name, builder, script, articles, pdf layout (page size, columns, sizes)
A5, B5 = (420, 595), (499, 709)
LAYOUTS = [
    ("annual", doc_annual, "simp", 2, dict(cols=1, body=10.5, lead=18, margin=(60, 60, 70, 60), size=B5)),
    ("twpaper", doc_twpaper, "trad", 3, dict(cols=3, body=9.5, lead=14, margin=(36, 36, 56, 44), gap=26)),
    ("notice", doc_notice, "simp", 1, dict(cols=1, body=16, lead=29, margin=(80, 72, 72, 72))),
    ("judgment", doc_judgment, "trad", 2, dict(cols=1, body=14, lead=26, margin=(72, 60, 72, 60))),
    ("proceedings", doc_proc, "simp", 1, dict(cols=2, body=10, lead=15, margin=(50, 50, 64, 56), gap=18, size=B5)),
    ("press", doc_press, "trad", 2, dict(cols=1, body=12, lead=21, margin=(64, 64, 80, 64))),
    ("book", doc_book, "simp", 2, dict(cols=1, body=10.5, lead=18, margin=(56, 50, 60, 60), size=A5)),
    ("slides", doc_slides, "trad", 1, dict(cols=1, body=16, lead=26, margin=(50, 50, 60, 50))),
    ("mlpaper", doc_mlpaper, "simp", 2, dict(cols=2, body=10, lead=15, margin=(40, 40, 60, 48), gap=16)),
    ("magazine", doc_magazine, "trad", 3, dict(cols=3, body=9.5, lead=14, margin=(44, 44, 60, 50), gap=24, size=B5)),
    ("contract", doc_contract, "simp", 1, dict(cols=1, body=13, lead=24, margin=(72, 72, 72, 72), size=A5)),
    ("review", doc_review, "trad", 3, dict(cols=1, body=10.5, lead=18, margin=(72, 64, 72, 72), small=True, size=B5)),
]


# ----------------------------------------------------------------------------------------------- PDF
HANG = set("，。、；：？！）」』”’》〉】．,.;:!?)")
_FONTS: dict[str, str] = {}


def font_for(script: str) -> str:
    from reportlab.pdfbase import cidfonts, pdfmetrics

    face = "STSong-Light" if script == "simp" else "MSung-Light"
    if face not in _FONTS:
        if face == "MSung-Light":  # reportlab's default CMap for it is the GB one: poppler then extracts nothing
            cidfonts.defaultUnicodeEncodings["MSung-Light"] = ("cht", "UniCNS-UCS2-H")
        pdfmetrics.registerFont(cidfonts.UnicodeCIDFont(face))
        _FONTS[face] = face
    return face


def break_lines(text: str, font: str, size: float, width: float, first_indent: float = 0.0) -> list[str]:
    """Greedy line breaking: closing punctuation hangs at the line end, a run of Latin letters and digits
    (a word, a number, ``14:30``, ``12.5%``) is not broken unless it alone is wider than the line."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    tokens = re.findall(r"[A-Za-z0-9][A-Za-z0-9.,:%'\-]*[A-Za-z0-9%]|.", text)
    lines, cur, avail = [], "", width - first_indent
    for tok in tokens:
        if cur and stringWidth(cur + tok, font, size) > avail and tok not in HANG:
            if stringWidth(tok, font, size) > width:  # a very long word: break it by characters
                for ch in tok:
                    if cur and stringWidth(cur + ch, font, size) > avail:
                        lines.append(cur)
                        cur, avail = "", width
                    cur += ch
                continue
            lines.append(cur)
            cur, avail = "", width
            if tok == " ":
                continue
        cur += tok
    if cur:
        lines.append(cur)
    return lines


def render_pdf(path: Path, body: list[dict], furn: dict, lay: dict, script: str):
    """Typeset ``body`` (units with ids) into ``path``; return the drawn strings [(text, owner)] in order
    and the furniture strings. owner: ("u", i) content unit i, ("f", k) furniture item k."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    font = font_for(script)
    size = landscape(A4) if furn.get("landscape") else lay.get("size", A4)
    W, H = size
    ml, mr, mt, mb = lay["margin"]
    cols, gap = lay["cols"], lay.get("gap", 0)
    colw = (W - ml - mr - gap * (cols - 1)) / cols
    fs = lay["body"]
    sizes = {"title": fs * 1.9, "heading": fs * 1.25, "byline": fs * 0.95, "meta": fs * 0.9, "paragraph": fs,
             "caption": fs * 0.85, "table": fs * 0.9}
    # pass 1: lay out into pages of placed strings (x, y, size, text, owner), then draw with known page count
    pages: list[list[tuple]] = [[]]
    furniture: list[str] = []

    apparatus: set[int] = set()

    def fid(text, app=False):
        furniture.append(text)
        if app:
            apparatus.add(len(furniture) - 1)
        return ("f", len(furniture) - 1)

    state = dict(col=0, y=H - mt)
    top_y = H - mt

    def new_col():
        if state["col"] + 1 < cols:
            state["col"] += 1
        else:
            pages.append([])
            state["col"] = 0
        state["y"] = top_y if len(pages) > 1 or state.get("cols_top") is None else state["cols_top"]

    def x_of():
        return ml + state["col"] * (colw + gap)

    def place(text, owner, sz, lead, x_off=0.0, align="left", width=None):
        width = width or colw
        if state["y"] - lead < mb + (30 if furn.get("footnotes") and len(pages) <= 2 else 0):
            new_col()
        state["y"] -= lead
        x = x_of() + x_off
        if align != "left":
            from reportlab.pdfbase.pdfmetrics import stringWidth
            w = stringWidth(text, font, sz)
            x = x_of() + (width - w if align == "right" else (width - w) / 2)
        pages[-1].append((x, state["y"], sz, text, owner))

    spanning = cols > 1 and lay.get("spanlead", True)
    for i, u in enumerate(body):
        kind = u["kind"]
        if spanning and kind in ("title", "byline", "meta") and all(b["kind"] in ("title", "byline", "meta") for b in body[:i]):
            sz = sizes[kind]
            lead = sz * 1.5
            for line in break_lines(u["text"], font, sz, W - ml - mr):
                state["y"] -= lead
                pages[-1].append((ml, state["y"], sz, line, ("u", u["id"])))
            state["cols_top"] = state["y"] - 8
            state["y"] -= 8
            continue
        if u.get("newpage") and pages[-1]:
            pages.append([])
            state.update(col=0, y=top_y)
        sz = sizes.get(kind, fs)
        lead = lay["lead"] * sz / fs
        if kind in ("title", "heading"):
            state["y"] -= lead * 0.5
        if kind == "table":
            rows = u["rows"]
            cw = colw / len(rows[0])
            for r in rows:
                if state["y"] - lead < mb:
                    new_col()
                state["y"] -= lead
                for c, cell in enumerate(r):
                    pages[-1].append((x_of() + c * cw + 2, state["y"], sz, cell, fid(cell, True)))
            continue
        if kind == "caption":
            for line in break_lines(u["text"], font, sz, colw):
                place(line, fid(line, True), sz, lead, align="center" if len(line) < 30 else "left")
            continue
        owner = ("u", u["id"])
        indent = 2 * sz if kind == "paragraph" and not u["text"].startswith(("●", "（", "第", "原告", "被告", "甲方", "乙方", "各学院")) else 0
        align = u.get("align", "center" if kind == "title" and cols == 1 else "left")
        text = u["text"]
        lead_unit = u.get("lead")
        if lead_unit:  # byline run into the first line of the paragraph: draw it as its own string
            from reportlab.pdfbase.pdfmetrics import stringWidth
            bw = stringWidth(lead_unit["text"], font, sz)
            lines = break_lines(text, font, sz, colw, first_indent=bw)
            if state["y"] - lead < mb:
                new_col()
            state["y"] -= lead
            pages[-1].append((x_of(), state["y"], sz, lead_unit["text"], ("u", lead_unit["id"])))
            pages[-1].append((x_of() + bw, state["y"], sz, lines[0], owner))
            for line in lines[1:]:
                place(line, owner, sz, lead)
        else:
            lines = break_lines(text, font, sz, colw, first_indent=indent)
            for k, line in enumerate(lines):
                place(line, owner, sz, lead, x_off=indent if k == 0 else 0, align=align)
        if kind in ("title", "heading"):
            state["y"] -= lead * 0.3
    # pass 2: draw with furniture
    c = canvas.Canvas(str(path), pagesize=size, invariant=1)
    c.setTitle("")
    n = len(pages)
    drawn: list[tuple[str, tuple]] = []
    notes = list(furn.get("footnotes") or [])
    for pno, items in enumerate(pages, 1):
        page_draw = []
        hs = fs * 0.8
        head_l = furn.get("head_left", "")
        head_r = furn.get("head_right", "")
        if "head_even" in furn:
            head_l, head_r = (furn["head_even"], "") if pno % 2 == 0 else ("", furn["head_odd"])
        if pno > 1 or "head_even" not in furn:
            for text, al in ((head_l, "left"), (head_r, "right")):
                if text:
                    page_draw.append((al, H - mt + 24, hs, text, fid(text)))
            if head_l or head_r:
                c.setLineWidth(0.5)
                c.line(ml, H - mt + 18, W - mr, H - mt + 18)
        for x, y, sz, text, owner in items:
            page_draw.append((x, y, sz, text, owner))
        if notes and pno <= 2:
            note = notes.pop(0)
            c.line(ml, mb + 22, ml + 120, mb + 22)
            page_draw.append((ml, mb + 10, fs * 0.75, note, fid(note)))
        ftext = furn["foot"](pno, n)
        al = furn.get("foot_align", "right")
        if al == "outer":
            al = "right" if pno % 2 else "left"
        page_draw.append((al, mb - 28, hs, ftext, fid(ftext)))
        if furn.get("foot_left") and al != "left":
            page_draw.append(("left", mb - 28, hs, furn["foot_left"], fid(furn["foot_left"])))
        from reportlab.pdfbase.pdfmetrics import stringWidth
        for x, y, sz, text, owner in page_draw:
            if x == "left":
                x = ml
            elif x == "right":
                x = W - mr - stringWidth(text, font, sz)
            elif x == "center":
                x = (W - stringWidth(text, font, sz)) / 2
            c.setFont(font, sz)
            c.drawString(x, y, text)
            drawn.append((text, owner))
        c.showPage()
    c.save()
    page = [f for k, f in enumerate(furniture) if k not in apparatus]
    app = [f for k, f in enumerate(furniture) if k in apparatus]
    return drawn, furniture, (sorted(set(page), key=page.index), sorted(set(app), key=app.index))


# ----------------------------------------------------------------------------------------------- alignment and units
EQUIV = str.maketrans({"\u2215": "／"})  # pdftotext writes ／ as ∕ (U+2215)


def align_owners(text: str, drawn: list[tuple[str, tuple]]) -> list:
    """Owner of every character of ``text`` (None for whitespace): the extraction (whitespace removed) is
    cut greedily into the longest stretches found among the drawn characters not used yet (ties: the stretch
    that continues the previous one, else the earliest); each character takes its drawn string's owner."""
    ref, ref_owner = [], []
    for t, o in drawn:
        for ch in squash(t):
            ref.append(ch.translate(EQUIV))
            ref_owner.append(o)
    R = "".join(ref)
    used = [False] * len(R)
    where: dict[str, list[int]] = {}
    for j, ch in enumerate(R):
        where.setdefault(ch, []).append(j)
    idx = [i for i, ch in enumerate(text) if not ch.isspace()]
    s = "".join(text[i] for i in idx).translate(EQUIV)
    owners = [None] * len(text)
    p, last = 0, 0
    while p < len(s):
        best, best_len = None, 0
        for j in where.get(s[p], ()):
            if used[j]:
                continue
            n = 0
            while p + n < len(s) and j + n < len(R) and not used[j + n] and R[j + n] == s[p + n]:
                n += 1
            if n > best_len or (n == best_len and j == last):
                best, best_len = j, n
        if best is None:
            raise ValueError(f"extracted character not drawn at {p}: {s[p:p + 30]!r}")
        for q in range(best_len):
            used[best + q] = True
            owners[idx[p + q]] = ref_owner[best + q]
        p += best_len
        last = best + best_len
    if any(not u and R[j] != "-" for j, u in enumerate(used)):  # pdftotext drops a hyphen ending a line
        raise ValueError(f"drawn characters missing from the extraction: {R[used.index(False):][:30]!r}")
    return owners


def make_units(chars: list[tuple[str, object]], kinds: dict) -> list[dict]:
    """Units from (char, owner) pairs; owner None = whitespace (stays with the unit before it).
    kinds: owner -> kind ('debris' for furniture). Debris: one unit per line."""
    units: list[dict] = []
    seen: set = set()
    cur_owner, newline_since, lead = None, False, ""
    for ch, o in chars:
        if o is None:
            if units:
                units[-1]["text"] += ch
            else:
                lead += ch
            if ch == "\n":
                newline_since = True
            continue
        kind = kinds[o]
        start = False
        if not units:
            start = True
        elif kind == "debris":
            start = not (kinds.get(cur_owner) == "debris" and not newline_since)
        else:
            start = o != cur_owner
        if start:
            u = {"kind": kind, "text": lead + ch}
            lead = ""
            if kind != "debris" and o in seen:
                u["cont"] = True
            seen.add(o)
            units.append(u)
        else:
            units[-1]["text"] += ch
        cur_owner, newline_since = o, False
    if lead:
        units[-1]["text"] += lead
    return units


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def dress(chars: list, rng: random.Random, enc: str) -> list:
    """OCR-like spaces between CJK characters and CRLF, on (char, owner) pairs."""
    out = []
    for k, (ch, o) in enumerate(chars):
        out.append((ch, o))
        if "ocr" in enc and is_cjk(ch) and k + 1 < len(chars) and is_cjk(chars[k + 1][0]) and rng.random() < 0.12:
            out.append((" ", None))
    if "crlf" in enc:
        out = [p for ch, o in out for p in ([("\r", None), ("\n", None)] if ch == "\n" else [(ch, o)])]
    return out


def write_text(path: Path, chars: list, enc: str) -> None:
    text = "".join(ch for ch, _ in chars)
    if "gb18030" in enc:
        data = text.encode("gb18030")
    elif "bom" in enc:
        data = text.encode("utf-8-sig")
    else:
        data = text.encode("utf-8")
    path.write_bytes(data)


def dcols(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def make_dump(units: list[dict], furn_head: str, script: str, rng: random.Random):
    """A user's plain-text copy: wrapped by characters or display columns, header/footer every K lines."""
    by_cols = rng.random() < 0.5
    width = rng.choice([70, 72, 76, 80]) if by_cols else rng.choice([30, 34, 36, 40])
    per_page = rng.randint(38, 52)
    style = rng.choices(["blank", "indent", "both"], [0.4, 0.35, 0.25])[0]
    indent, blank = style != "blank", style != "indent"
    lines: list[list] = []  # each: list of (char, owner)
    for u in units:
        text = u["text"]
        if u["kind"] == "paragraph" and indent:
            text = "\u3000\u3000" + text
        cur, w = [], 0
        for ch in text:
            cw = dcols(ch) if by_cols else 1
            if cur and w + cw > width and ch not in HANG:
                lines.append(cur)
                cur, w = [], 0
            cur.append((ch, None if ch.isspace() else ("u", u["id"])))
            w += cw
        if cur:
            lines.append(cur)
        if blank or u["kind"] != "paragraph":
            lines.append([])
    out: list = []
    page, k = 1, 0
    kinds = {}
    for i, ln in enumerate(lines):
        if k == 0:
            h = ("d", "h", page)
            kinds[h] = "debris"
            out += [(c, None if c.isspace() else h) for c in furn_head] + [("\n", None)]
            out += [(c, None if c.isspace() else h) for c in "-" * 20] + [("\n", None), ("\n", None)]
        out += ln + [("\n", None)]
        k += 1
        if k >= per_page or i == len(lines) - 1:
            f = ("d", "f", page)
            kinds[f] = "debris"
            if page == 1:
                foot = rng.choice(["- {} -", "第 {} 页", "Page {}", "·{}·"] if script == "simp" else ["- {} -", "第 {} 頁", "Page {}", "{}"])
            s = foot.format(page)
            out += [("\n", None)] + [(c, None if c.isspace() else f) for c in s] + [("\n", None), ("\n", None)]
            page, k = page + 1, 0
    return out, kinds, ("cols" if by_cols else "chars")


def make_docx(path: Path, title_doc: list[dict], furn: dict, furn_strings: list[str], rng: random.Random, script: str):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    styled = rng.random() < 0.6
    fontname = "宋体" if script == "simp" else "新細明體"
    st = d.styles["Normal"]
    st.font.name = fontname
    st.element.rPr.rFonts.set(qn("w:eastAsia"), fontname)
    sec = d.sections[0]
    head = furn.get("head_left") or furn.get("head_even") or furn.get("head_right") or ""
    used, app = [], []
    if head:
        sec.header.paragraphs[0].text = head
        used.append(head)
    foot = furn["foot"](1, 1)
    sec.footer.paragraphs[0].text = foot
    sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    used.append(foot)
    for u in title_doc:
        kind = u["kind"]
        if kind == "table":
            t = d.add_table(rows=len(u["rows"]), cols=len(u["rows"][0]))
            t.style = "Table Grid"
            for r, row in enumerate(u["rows"]):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
                    app.append(cell)
            continue
        if kind == "caption":
            p = d.add_paragraph(u["text"])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            app.append(u["text"])
            continue
        text = u["text"] if "lead" not in u else u["lead"]["text"] + u["text"]
        if styled and kind == "title":
            d.add_heading(text, level=0)
        elif styled and kind == "heading":
            d.add_heading(text, level=1)
        else:
            p = d.add_paragraph()
            run = p.add_run(text)
            if kind in ("title", "heading"):
                run.bold = True
                run.font.size = Pt(18 if kind == "title" else 14)
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER if kind == "title" else None
            elif kind == "paragraph":
                p.paragraph_format.first_line_indent = Pt(24)
            elif u.get("align") == "right":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    import datetime
    import io
    import zipfile

    d.core_properties.author = "p5"
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2023, 6, 1, 8, 0, 0)
    buf = io.BytesIO()
    d.save(buf)
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():  # fixed entry times: the file is the same on every run
            dst.writestr(zipfile.ZipInfo(info.filename, (2023, 6, 1, 8, 0, 0)), src.read(info.filename),
                         compress_type=zipfile.ZIP_DEFLATED)
    return used, app


def pdftotext(pdf: Path, mode: str) -> str:
    args = ["pdftotext", "-enc", "UTF-8"]
    if mode:
        args.append(mode)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "o.txt"
        subprocess.run(args + [str(pdf), str(out)], check=True)
        return out.read_text("utf-8")


def main() -> int:
    simp, trad, grams = load_pool()
    si = ti = 0
    manifest = []
    for sub in ("text", "native"):
        for split in ("dev5", "held5"):
            (CORPUS / sub / split).mkdir(parents=True, exist_ok=True)
            for old in (CORPUS / sub / split).glob(f"{PREFIX}-*"):
                old.unlink()
    for old in CORPUS.glob(f"gold/{PREFIX}-*.json"):
        old.unlink()
    total = 0
    for n in range(N_DOCS):
        rng = random.Random(5005 + n)
        name, builder, script, n_art, lay = LAYOUTS[n // 2]
        assert script == ("simp" if (n // 2) % 2 == 0 else "trad")
        arts = []
        for _ in range(n_art):
            if script == "simp":
                title, ctxs = simp[si]
                si += 1
            else:
                title, ctxs = trad[ti]
                ti += 1
                title = to_trad(title)
            paras = paragraphs_of(ctxs, script, rng, most=8)
            for p in paras:
                assert _fresh(p, grams), p
            arts.append((clean(title, script), paras))
        body, furn = builder(rng, arts, script)
        # ids for content units (a lead byline comes before its paragraph)
        units, kinds = [], {}
        for u in body:
            if u["kind"] in CONTENT:
                if "lead" in u:
                    u["lead"]["id"] = len(units)
                    units.append(u["lead"])
                u["id"] = len(units)
                units.append(u)
        for u in units:
            kinds[("u", u["id"])] = u["kind"]
            # the CID font shows GB2312 / Big5 only; ideographic spaces in template lines are kept
            u["text"] = clean(u["text"], script) if u["kind"] == "paragraph" else keep_font(u["text"], script)
        split = "dev5" if n % 2 == 0 else "held5"
        doc_id = f"{PREFIX}-{n:03d}"
        files = []
        pdf = CORPUS / "native" / split / f"{doc_id}_pdf.pdf"
        drawn, furniture, (page_furn, app_furn) = render_pdf(pdf, body, furn, lay, script)
        for k in range(len(furniture)):
            kinds[("f", k)] = "debris"
        content_gold = [{"kind": u["kind"], "text": u["text"]} for u in units]
        (CORPUS / "gold" / f"{doc_id}_pdf.json").write_text(json.dumps(
            {"doc_id": f"{doc_id}_pdf", "source": f"{name} layout, reportlab {lay['cols']} column(s)",
             "units": content_gold, "furniture": page_furn, "apparatus": app_furn}, ensure_ascii=False, indent=1), "utf-8")
        files.append({"path": f"native/{split}/{doc_id}_pdf.pdf", "route": "native", "tool": f"reportlab-{name}", "encoding": "pdf"})
        modes = [("pdftotext", ""), ("pdftotext-raw", "-raw")]
        if lay["cols"] <= 2:  # -layout of a three-column page interleaves every line: not a text anyone segments
            modes.append(("pdftotext-layout", "-layout"))
        for tool, mode in modes:
            text = pdftotext(pdf, mode)
            if rng.random() < 0.25:
                text = text.replace("\f", "")
            owners = align_owners(text, drawn)
            encs = ["utf-8", "utf-8-bom", "crlf+utf-8", "ocr-spaces+utf-8"] + (["gb18030", "crlf+gb18030"] if script == "simp" else [])
            enc = rng.choice(encs)
            chars = dress(list(zip(text, owners, strict=True)), rng, enc)
            gold_units = make_units(chars, kinds)
            stem = f"{doc_id}_{tool}"
            write_text(CORPUS / "text" / split / f"{stem}.txt", chars, enc)
            (CORPUS / "gold" / f"{stem}.json").write_text(json.dumps(
                {"doc_id": stem, "source": f"{name} PDF, pdftotext {mode or 'default'}", "units": gold_units},
                ensure_ascii=False, indent=1), "utf-8")
            files.append({"path": f"text/{split}/{stem}.txt", "route": "text", "tool": tool, "encoding": enc})
        # user dump
        head = furn.get("head_left") or furn.get("head_even") or furn.get("head_right") or units[0]["text"][:16]
        chars, dkinds, how = make_dump(units, head, script, rng)
        kinds.update(dkinds)
        enc = rng.choice(["utf-8", "crlf+utf-8", "utf-8-bom", "ocr-spaces+utf-8"] + (["gb18030", "crlf+gb18030", "gb18030"] if script == "simp" else []))
        chars = dress(chars, rng, enc)
        stem = f"{doc_id}_dump-{how}"
        write_text(CORPUS / "text" / split / f"{stem}.txt", chars, enc)
        (CORPUS / "gold" / f"{stem}.json").write_text(json.dumps(
            {"doc_id": stem, "source": f"{name}: user's plain-text copy wrapped by {how}", "units": make_units(chars, kinds)},
            ensure_ascii=False, indent=1), "utf-8")
        files.append({"path": f"text/{split}/{stem}.txt", "route": "text", "tool": f"dump-{how}", "encoding": enc})
        if n % 3 != 2:
            path = CORPUS / "native" / split / f"{doc_id}_docx.docx"
            used, app = make_docx(path, body, furn, furniture, rng, script)
            (CORPUS / "gold" / f"{doc_id}_docx.json").write_text(json.dumps(
                {"doc_id": f"{doc_id}_docx", "source": f"{name} as a Word file", "units": content_gold,
                 "furniture": sorted(set(used), key=used.index), "apparatus": sorted(set(app), key=app.index)},
                ensure_ascii=False, indent=1), "utf-8")
            files.append({"path": f"native/{split}/{doc_id}_docx.docx", "route": "native", "tool": "python-docx", "encoding": "docx"})
        total += sum((CORPUS / f["path"]).stat().st_size for f in files)
        manifest.append({"id": doc_id, "split": split, "script": script, "layout": name, "files": files})
    (CORPUS / "manifest-dev5-print.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), "utf-8")
    print(f"{len(manifest)} documents, {sum(len(d['files']) for d in manifest)} files, {total / 1e6:.2f} MB; "
          f"articles used: simplified {si}, traditional {ti}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
