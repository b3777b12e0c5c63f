"""Batch 7, OFFICE part: documents as offices write them in Word, converted to PDF by LibreOffice.

    PYTHONPATH=$PWD python benchmarks/segcorpus/make_dev7_office.py      # rebuild o7-* (deterministic)

Tools that made the committed files (on the builder's Debian machine; CI has none of them):
python-docx (the .docx), LibreOffice 7.4.7.2 headless (`soffice --convert-to pdf`, filter writer_pdf_Export,
and `--convert-to "txt:Text (encoded):UTF8"`, Writer's "save as text"), poppler 22.12.0 `pdftotext`
(default, `-layout`, `-raw`), fonts Noto Serif / Sans CJK SC / TC and WenQuanYi Zen Hei (embedded as subsets).

How every file is made:

- 22 documents ``o7-000`` .. ``o7-021``; 000-010 simplified (CMRC 2018 *trial* contexts, then DRCD *test*
  contexts turned simplified with opencc t2s), 011-021 traditional (DRCD *test* contexts). Only contexts whose
  flattened index (data[*].paragraphs[*], per data set) is EVEN (the BROWSER builder takes the odd ones) and that
  share no 15-character stretch with the gold of the batches before batch 7 (asserted).
- Four document shapes, each written as its own function, used in turn (``SHAPES[(n // 2) % 4]``, so both splits
  get every shape): ``notice`` (a government notice: red masthead line, document number, title, addressee line,
  ``一、`` / ``（一）`` headings, first-line indent 2, signing office and date, ``- X -`` page field; traditional: a
  Taiwan-style 函 with 發文日期 / 發文字號, 主旨, 局長, ``第 X 頁，共 Y 頁``), ``report`` (Title / Heading 1 /
  Heading 2 styles, a byline of the research group, a date, a table with a caption, ``注：`` notes at the end, a
  running head from page 2 on (different first page), ``第 X 页 共 Y 页`` footer), ``bulletin`` (a work bulletin:
  masthead lines, the first article's title across the page, then a continuous section with two columns
  (``w:cols``), two articles with bylines, ``■`` sub-heads, an editor line), ``release`` (a press release on
  Letter paper: masthead word, 发布日期 line, title, a ``来源：X 日期 记者 Y`` / ``記者X／台北報導`` byline,
  block paragraphs with space between, a contact line and an editor line, ``X / Y`` footer).
  Page size (A4, B5, Letter), margins, fonts, font size, line spacing, indent, justification and whether headings
  use Word's Heading styles or bold Normal paragraphs vary by document (seeded).
- Files: ``native/<split>/o7-NNN_docx.docx`` and ``o7-NNN_pdf.pdf`` (LibreOffice); ``text/<split>/o7-NNN_<tool>.txt``
  with tool ``pdftotext`` (default), ``pdftotext-raw``, ``pdftotext-layout`` (two-column pages too) and, on documents whose
  number is even or a multiple of 3, ``lotext`` (LibreOffice's save-as-text of the .docx). Encodings: UTF-8, UTF-8 BOM, GB18030
  (simplified only), CRLF, some with OCR-like spaces between two CJK characters of content units.
- Split: even document number -> ``dev7``, odd -> ``held7``.
- A rebuild reproduces every text and gold file byte for byte; the .docx (zip entry times) and .pdf (CreationDate,
  /ID) files differ only in their time stamps.

Gold (from construction, never from the segmenter): every string written into the document is known with its
owner (a content unit, or debris: masthead lines, captions, table cells, notes, headers and footers). The text gold
aligns the non-space characters of each extraction with the written content, in order; what does not match the
content at that point must match a header / footer pattern (page numbers from fields are digits) or an unused
table cell, else that file is left out (reported on stderr; none is in the committed build). Where pdftotext
interleaves two columns, reading may resume at another open position of the content. Whitespace goes with the
character before it. Content runs become units (later pieces of a unit interrupted by page furniture or the other
column carry ``"cont": true``); debris is one unit per line (one furniture string broken over lines stays one).
"""

from __future__ import annotations

import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

from gold_index import existing_gold_text  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
if not DATA.is_dir():
    DATA = Path("/work/shared/data")
BEFORE_DEV7 = ("cmrc", "drcd", "c2", "d2", "w3", "p3", "w4", "p4", "w5", "p5", "w6", "p6")
PREFIX = "o7"
ONLY = None  # for probing: a set of document numbers (the pools are still consumed in order only for those)
N_DOCS = 22
SHAPES = ("notice", "report", "bulletin", "release")
_WS = re.compile(r"\s+")
CJK = re.compile(r"[\u3400-\u9fff]")


def squash(text: str) -> str:
    return _WS.sub("", text)


# ----------------------------------------------------------------------------------------------- sources


def _flat(path: Path) -> list[tuple[str, str]]:
    data = json.loads(path.read_text(encoding="utf-8"))["data"]
    out = []
    for art in data:
        for par in art["paragraphs"]:
            out.append((art.get("title", ""), par["context"]))
    return out


def _tidy(ctx: str) -> str:
    """One space between Latin words, none next to a CJK character or punctuation."""
    ctx = _WS.sub(" ", ctx.strip())
    return re.sub(r"(?<=[^A-Za-z0-9.,;:!?%)]) | (?=[^A-Za-z0-9(])", "", ctx)


def _fresh(pool, seen: set[str], convert=None):
    """Even-indexed contexts (after ``convert``) with no 15-character stretch in common with the existing gold or
    with each other; ``seen`` grows with what is taken."""
    for idx, (title, ctx) in enumerate(pool):
        if idx % 2:
            continue
        if convert is not None:
            title, ctx = convert(title), convert(ctx)
        ctx = _tidy(ctx)
        if not 120 <= len(ctx) <= 650 or any(ch in ctx for ch in "•～∼"):  # glyphs LibreOffice takes from a
            continue  # fallback font (DejaVu Sans): pdftotext -raw moves them out of their line; ～ comes back as ∼
        flat = _WS.sub("", ctx)
        grams = {flat[k:k + 15] for k in range(len(flat) - 14)}
        if grams & seen:
            continue
        seen |= grams
        yield title, ctx


def sources():
    """(simplified pool, traditional pool): CMRC trial contexts, then DRCD test contexts after the first 80 that are
    fresh, turned simplified; the first 80 fresh DRCD test contexts in traditional."""
    import opencc

    gold = existing_gold_text(only=BEFORE_DEV7)
    gold_grams = set()
    for piece in gold.split("|"):
        gold_grams.update(piece[k:k + 15] for k in range(len(piece) - 14))
    seen = set(gold_grams)
    cmrc = _flat(DATA / "cmrc2018" / "cmrc2018_trial.json")
    drcd = _flat(DATA / "drcd" / "DRCD_test.json")
    simp = list(_fresh(cmrc, seen))
    drcd_fresh = list(_fresh(drcd, seen))
    s2t = opencc.OpenCC("s2t")  # DRCD's article titles are often in simplified characters
    trad = [(s2t.convert(title), ctx) for title, ctx in drcd_fresh[:80]]
    t2s = opencc.OpenCC("t2s")
    for title, ctx in drcd_fresh[80:]:
        title, ctx = t2s.convert(title), t2s.convert(ctx)
        if not any(squash(ctx)[k:k + 15] in gold_grams for k in range(len(squash(ctx)) - 14)):
            simp.append((title, ctx))
    for _, ctx in simp + trad:
        ctx = _WS.sub("", ctx)
        assert not any(ctx[k:k + 15] in gold_grams for k in range(len(ctx) - 14))
    return simp, trad


# ----------------------------------------------------------------------------------------------- documents
# A document is a list of blocks: (role, text, kind, extra). kind is a gold kind or None for debris.

HEAD_S = ["基本情况", "主要做法", "存在问题", "下一步工作", "工作目标", "重点任务", "保障措施", "有关要求", "总体思路",
          "进展情况", "经验启示", "对策建议"]
SUB_S = ["加强组织领导", "完善工作机制", "强化宣传引导", "抓好督促落实", "注重统筹协调", "夯实基层基础", "健全长效机制",
         "优化服务流程"]
HEAD_T = ["緣起", "辦理情形", "現況分析", "檢討與建議", "執行成果", "未來規劃", "實施方式", "注意事項", "研究方法",
          "結論", "預期效益", "經費來源"]
SUB_T = ["組織分工", "推動策略", "宣導作為", "考核機制", "跨域合作", "資源整合", "人力培訓", "資料蒐集", "經費編列",
         "成效追蹤", "風險管理", "民眾參與", "數位轉型", "法規檢討"]
NUM = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"]
NAMES_S = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄晓东", "周婷", "吴刚", "徐丽", "孙浩"]
NAMES_T = ["林志明", "陳美玲", "王小明", "李佳穎", "張家豪", "黃怡君", "吳俊傑", "劉淑芬", "蔡宗翰", "楊雅婷", "許志偉", "鄭惠文"]
CITIES_S = ["江临", "青川", "南屏", "云溪", "安平", "西岭"]
CITIES_T = ["臺北", "新北", "臺中", "高雄", "桃園", "臺南"]


def split_ctx(ctx: str, rng: random.Random) -> list[str]:
    """A context over ~300 characters is cut at a sentence end near its middle into two paragraphs."""
    if len(ctx) < 300:
        return [ctx]
    ends = [m.end() for m in re.finditer(r"[。！？][」』”’）)]*(?![」』”’）)，、。；：！？])", ctx)
            if 0.3 * len(ctx) < m.end() < 0.75 * len(ctx)]
    if not ends:
        return [ctx]
    cut = min(ends, key=lambda e: abs(e - len(ctx) / 2))
    return [ctx[:cut], ctx[cut:]]


def topic(title: str) -> str:
    return re.sub(r"\s+|[（(].*?[）)]", "", title)[:14] or "相关事项"


def b(role, text, kind=None, **extra):
    return {"role": role, "text": text, "kind": kind, **extra}


def shape_notice(n, simp, ctxs, rng):
    blocks = []
    if simp:
        city = rng.choice(CITIES_S)
        office = f"{city}市人民政府办公室"
        blocks.append(b("masthead", f"{office}文件"))
        blocks.append(b("center", f"{city[0]}政办发〔{rng.choice([2021, 2022, 2023])}〕{rng.randint(3, 60)}号", "meta"))
        blocks.append(b("title", f"{office}关于做好{topic(ctxs[0][0])}相关工作的通知", "title"))
        blocks.append(b("left", "各县（市、区）人民政府，市政府各部门、各直属机构：", "meta"))
        heads, subs = rng.sample(HEAD_S, len(HEAD_S)), rng.sample(SUB_S, len(SUB_S))
    else:
        city = rng.choice(CITIES_T)
        office = f"{city}市政府教育局"
        blocks.append(b("masthead", f"{office}　函"))
        blocks.append(b("left", f"發文日期：中華民國{rng.randint(110, 113)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", "meta"))
        blocks.append(b("left", f"發文字號：{city[1]}市教字第{rng.randint(1100000000, 1139999999)}號", "meta"))
        blocks.append(b("title", f"有關{topic(ctxs[0][0])}辦理情形之說明", "title"))
        heads, subs = rng.sample(HEAD_T, len(HEAD_T)), rng.sample(SUB_T, len(SUB_T))
    paras = [p for _, c in ctxs for p in split_ctx(c, rng)]
    first = paras.pop(0)
    blocks.append(b("body", ("主旨：" if not simp else "") + first, "paragraph"))
    h = 0
    while paras:
        blocks.append(b("h1", f"{NUM[h]}、{heads[h]}", "heading"))
        take = rng.choice([1, 2])
        if len(paras) > 2 and rng.random() < 0.5:
            blocks.append(b("h2", f"（{NUM[0]}）{subs.pop()}", "heading"))
            blocks.append(b("body", paras.pop(0), "paragraph"))
            blocks.append(b("h2", f"（{NUM[1]}）{subs.pop()}", "heading"))
            take = 1
        for _ in range(take):
            if paras:
                blocks.append(b("body", paras.pop(0), "paragraph"))
        h += 1
    if simp:
        blocks.append(b("right", office, "meta"))
        blocks.append(b("right", f"{rng.choice([2022, 2023])}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", "meta"))
        blocks.append(b("left", "（此件公开发布）", "meta"))
    else:
        blocks.append(b("right", f"局長　{rng.choice(NAMES_T)[0]}○○", "meta"))
    return blocks


def shape_report(n, simp, ctxs, rng):
    blocks = []
    if simp:
        city = rng.choice(CITIES_S)
        blocks.append(b("title", f"{topic(ctxs[0][0])}专题调研报告", "title"))
        blocks.append(b("center", f"{city}市社会科学院课题组", "byline"))
        blocks.append(b("center", f"{rng.choice([2022, 2023])}年{rng.randint(1, 12)}月", "meta"))
        heads, subs = rng.sample(HEAD_S, len(HEAD_S)), rng.sample(SUB_S, len(SUB_S))
        caption, cols = "表1　近三年主要指标", ["指标", "2020年", "2021年", "2022年"]
        rows = [["受访人数", str(rng.randint(300, 900)), str(rng.randint(300, 900)), str(rng.randint(300, 900))],
                ["满意率%", f"{rng.uniform(70, 99):.1f}", f"{rng.uniform(70, 99):.1f}", f"{rng.uniform(70, 99):.1f}"]]
        notes = ["注：1. 表中数据来源于课题组问卷调查。", "2. 本报告仅代表课题组观点。"]
    else:
        blocks.append(b("title", f"{topic(ctxs[0][0])}研究報告", "title"))
        names = rng.sample(NAMES_T, 2)
        blocks.append(b("center", f"研究團隊：{names[0]}、{names[1]}", "byline"))
        blocks.append(b("center", f"中華民國{rng.randint(110, 113)}年{rng.randint(1, 12)}月", "meta"))
        heads, subs = rng.sample(HEAD_T, len(HEAD_T)), rng.sample(SUB_T, len(SUB_T))
        caption, cols = "表1　歷年調查結果", ["項目", "109年", "110年", "111年"]
        rows = [["樣本數", str(rng.randint(300, 900)), str(rng.randint(300, 900)), str(rng.randint(300, 900))],
                ["滿意度%", f"{rng.uniform(70, 99):.1f}", f"{rng.uniform(70, 99):.1f}", f"{rng.uniform(70, 99):.1f}"]]
        notes = ["註：1. 資料來源為本研究問卷調查。", "2. 百分比經四捨五入。"]
    paras = [p for _, c in ctxs for p in split_ctx(c, rng)]
    h = 0
    table_at = rng.randint(1, 2)
    while paras:
        blocks.append(b("h1", f"{NUM[h]}、{heads[h]}", "heading"))
        if rng.random() < 0.4 and len(paras) > 1:
            blocks.append(b("h2", f"（一）{subs.pop()}", "heading"))
        blocks.append(b("body", paras.pop(0), "paragraph"))
        if paras and (rng.random() < 0.6 or len(paras) > 2 * (len(heads) - h - 1)):
            blocks.append(b("body", paras.pop(0), "paragraph"))
        if h == table_at:
            blocks.append(b("caption", caption))
            blocks.append(b("table", "", None, cells=[cols] + rows))
        h += 1
    for note in notes:
        blocks.append(b("note", note))
    return blocks


def shape_bulletin(n, simp, ctxs, rng):
    blocks = []
    if simp:
        city = rng.choice(CITIES_S)
        blocks.append(b("masthead", "工作简报"))
        blocks.append(b("mast2", f"第{rng.randint(3, 40)}期"))
        blocks.append(b("mast2", f"{city}市文化和旅游局办公室编　　{rng.choice([2022, 2023])}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"))
        by = [f"本报记者　{rng.choice(NAMES_S)}", f"（记者 {rng.choice(NAMES_S)} 通讯员 {rng.choice(NAMES_S)}）"]
        editor = f"责任编辑：{rng.choice(NAMES_S)}"
        sub = ["■ 多方协作", "■ 成效初显", "■ 未来可期", "■ 群众点赞"]
    else:
        blocks.append(b("masthead", "工作簡報"))
        blocks.append(b("mast2", f"第{rng.randint(3, 40)}期"))
        blocks.append(b("mast2", f"{rng.choice(CITIES_T)}市政府新聞處編印　　中華民國{rng.randint(110, 113)}年{rng.randint(1, 12)}月"))
        by = [f"記者{rng.choice(NAMES_T)}／{rng.choice(CITIES_T)}報導", f"文／{rng.choice(NAMES_T)}"]
        editor = f"編輯：{rng.choice(NAMES_T)}"
        sub = ["■ 多方協力", "■ 成效初現", "■ 展望未來", "■ 民眾肯定"]
    half = (len(ctxs) + 1) // 2
    arts = [ctxs[:half], ctxs[half:]]
    subs = rng.sample(sub, 2)
    for a, art in enumerate(arts):
        title = topic(art[0][0]) + (("工作取得新进展", "调研见闻")[a] if simp else ("工作邁向新里程", "現場側記")[a])
        if a == 0:
            blocks.append(b("title", title, "title"))
            blocks.append(b("cols2", ""))
        else:
            blocks.append(b("arthead", title, "heading"))
        blocks.append(b("byline", by[a], "byline"))
        paras = [p for _, c in art for p in split_ctx(c, rng)]
        for k, p in enumerate(paras):
            if k == 2 and len(paras) > 3:
                blocks.append(b("subhead", subs[a], "heading"))
            blocks.append(b("body", p, "paragraph"))
    blocks.append(b("right", editor, "meta"))
    return blocks


def shape_release(n, simp, ctxs, rng):
    blocks = []
    if simp:
        blocks.append(b("masthead", "新闻稿"))
        y, m, d = rng.choice([2022, 2023]), rng.randint(1, 12), rng.randint(1, 28)
        blocks.append(b("left", f"发布日期：{y}年{m}月{d}日", "meta"))
        blocks.append(b("title", f"{topic(ctxs[0][0])}系列活动正式启动", "title"))
        blocks.append(b("left", f"来源：{rng.choice(CITIES_S)}日报 {y}-{m:02d}-{d:02d} 记者 {rng.choice(NAMES_S)}", "byline"))
        contact = f"新闻联络人：{rng.choice(NAMES_S)}　电话：0571-8{rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        editor = f"责任编辑：{rng.choice(NAMES_S)}"
        subs = ["■ 活动亮点", "■ 背景介绍", "■ 各界反响"]
    else:
        blocks.append(b("masthead", "新聞稿"))
        blocks.append(b("left", f"發布日期：{rng.randint(110, 113)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", "meta"))
        blocks.append(b("title", f"{topic(ctxs[0][0])}系列活動正式登場", "title"))
        blocks.append(b("left", f"記者{rng.choice(NAMES_T)}／{rng.choice(CITIES_T)}報導", "byline"))
        contact = f"新聞聯絡人：{rng.choice(NAMES_T)}　電話：(02)2{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
        editor = f"責任編輯：{rng.choice(NAMES_T)}"
        subs = ["■ 活動亮點", "■ 背景說明", "■ 各界迴響"]
    paras = [p for _, c in ctxs for p in split_ctx(c, rng)]
    for k, p in enumerate(paras):
        if k in (1, 3) and k < len(paras) - 1:
            blocks.append(b("subhead", subs[k // 2], "heading"))
        blocks.append(b("body", p, "paragraph"))
    blocks.append(b("left", contact, "meta"))
    blocks.append(b("left", editor, "meta"))
    return blocks


BUILD = {"notice": shape_notice, "report": shape_report, "bulletin": shape_bulletin, "release": shape_release}
N_CTX = {"notice": (3, 5), "report": (4, 7), "bulletin": (4, 5), "release": (3, 4)}


# ----------------------------------------------------------------------------------------------- docx


def style_doc(n, simp, shape, rng):
    """Page and type settings for one document."""
    fonts = ["Noto Serif CJK SC", "Noto Sans CJK SC", "WenQuanYi Zen Hei"] if simp else \
        ["Noto Serif CJK TC", "Noto Sans CJK TC", "WenQuanYi Zen Hei"]
    page = {"release": "Letter"}.get(shape) or rng.choice(["A4", "A4", "B5", "Letter"])
    st = {
        "page": page,
        "margins": [rng.choice([20, 22, 25, 28, 30]) for _ in range(2)] + [rng.choice([18, 20, 25, 26])] * 2,
        "font": rng.choice(fonts),
        "head_font": rng.choice(fonts),
        "size": rng.choice([10.5, 11, 12]) if shape != "notice" else rng.choice([12, 14, 15]),
        "spacing": rng.choice([1.0, 1.15, 1.5]) if shape != "notice" else rng.choice([1.2, 1.5]),
        "indent": shape in ("notice", "report") or (shape == "bulletin" and rng.random() < 0.5),
        "justify": rng.random() < 0.75,
        "heading_styles": shape == "report" or rng.random() < 0.4,
    }
    st["gap"] = shape == "release" or not st["indent"]  # block paragraphs: no indent, space between
    return st


PAGES = {"A4": (210, 297), "B5": (176, 250), "Letter": (215.9, 279.4)}


def _set_font(style_or_run_rpr, font):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rpr = style_or_run_rpr
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for att in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if fonts.get(qn(att)) is not None:
            del fonts.attrib[qn(att)]
    for att in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(att), font)


def _field(par, before, instr_parts, after=""):
    """Header/footer paragraph text with PAGE / NUMPAGES fields: instr_parts is a list of str or ('PAGE',)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    if before:
        par.add_run(before)
    for part in instr_parts:
        if isinstance(part, str):
            par.add_run(part)
            continue
        for typ, text in (("begin", None), ("instr", f" {part[0]} \\* MERGEFORMAT "), ("separate", None), ("text", "1"),
                          ("end", None)):
            run = par.add_run()
            if typ == "instr":
                el = OxmlElement("w:instrText")
                el.set(qn("xml:space"), "preserve")
                el.text = text
                run._r.append(el)
            elif typ == "text":
                run.text = text
            else:
                el = OxmlElement("w:fldChar")
                el.set(qn("w:fldCharType"), typ)
                run._r.append(el)
    if after:
        par.add_run(after)


FOOTERS = {  # shape -> (simp, trad) footer parts; ('PAGE',) is a field
    "notice": ([("- ",), ("PAGE",), (" -",)], [("第 ",), ("PAGE",), (" 頁，共 ",), ("NUMPAGES",), (" 頁",)]),
    "report": ([("第 ",), ("PAGE",), (" 页 共 ",), ("NUMPAGES",), (" 页",)],
               [("第 ",), ("PAGE",), (" 頁 共 ",), ("NUMPAGES",), (" 頁",)]),
    "bulletin": ([("- ",), ("PAGE",), (" -",)], [("— ",), ("PAGE",), (" —",)]),
    "release": ([("PAGE",), (" / ",), ("NUMPAGES",)], [("PAGE",), (" / ",), ("NUMPAGES",)]),
}


def footer_parts(shape, simp):
    return [p[0] if p[0] not in ("PAGE", "NUMPAGES") else (p[0],) for p in FOOTERS[shape][0 if simp else 1]]


def footer_text(shape, simp, page, pages) -> str:
    return "".join(p if isinstance(p, str) else str(page if p[0] == "PAGE" else pages) for p in footer_parts(shape, simp))


def header_text(shape, simp, blocks) -> str | None:
    title = next(bl["text"] for bl in blocks if bl["role"] == "title")
    if shape == "report":
        return title  # running head from page 2 on
    if shape == "bulletin":
        return "工作简报" if simp else "工作簡報"
    if shape == "release":
        return "江临市科技局新闻中心" if simp else "臺北市政府新聞處"
    return None


def write_docx(path: Path, blocks, st, shape, simp):
    from docx import Document
    from docx.enum.section import WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    doc = Document()
    sec = doc.sections[0]
    w, h = PAGES[st["page"]]
    sec.page_width, sec.page_height = Mm(w), Mm(h)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = (Mm(x) for x in st["margins"])
    sec.header_distance = sec.footer_distance = Mm(12)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(st["size"])
    _set_font(normal.element.get_or_add_rPr(), st["font"])
    normal.paragraph_format.line_spacing = st["spacing"]
    normal.paragraph_format.space_after = Pt(6 if st["gap"] else 0)
    for name in ("Title", "Heading 1", "Heading 2", "Heading 3"):
        sty = doc.styles[name]
        _set_font(sty.element.get_or_add_rPr(), st["head_font"])
    doc.styles["Title"].font.size = Pt(20 if shape != "notice" else 22)
    doc.styles["Heading 1"].font.size = Pt(st["size"] + 3)
    doc.styles["Heading 2"].font.size = Pt(st["size"] + 1)
    just = WD_ALIGN_PARAGRAPH.JUSTIFY if st["justify"] else WD_ALIGN_PARAGRAPH.LEFT

    hdr = header_text(shape, simp, blocks)
    if shape == "report":
        sec.different_first_page_header_footer = True
        sec.header.paragraphs[0].text = hdr
        sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        for ft in (sec.footer, sec.first_page_footer):
            _field(ft.paragraphs[0], "", footer_parts(shape, simp))
            ft.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    else:
        if hdr:
            sec.header.paragraphs[0].text = hdr
            sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT if shape == "release" else WD_ALIGN_PARAGRAPH.LEFT
        _field(sec.footer.paragraphs[0], "", footer_parts(shape, simp))
        sec.footer.paragraphs[0].alignment = (WD_ALIGN_PARAGRAPH.RIGHT if shape == "release" else WD_ALIGN_PARAGRAPH.CENTER)

    def para(text, style=None, align=None, bold=False, size=None, indent=False, color=None, font=None):
        p = doc.add_paragraph(style=style)
        run = p.add_run(text)
        if bold:
            run.bold = True
        if size:
            run.font.size = Pt(size)
        if color:
            from docx.shared import RGBColor

            run.font.color.rgb = RGBColor(*color)
        if font:
            _set_font(run._r.get_or_add_rPr(), font)
        if align is not None:
            p.alignment = align
        if indent:
            p.paragraph_format.first_line_indent = Pt(st["size"] * 2)
        return p

    for bl in blocks:
        role, text = bl["role"], bl["text"]
        if role == "masthead":
            para(text, align=WD_ALIGN_PARAGRAPH.CENTER, bold=True, size=26 if shape != "release" else 18,
                 color=(0xC0, 0, 0) if shape in ("notice", "bulletin") else None)
        elif role == "mast2":
            para(text, align=WD_ALIGN_PARAGRAPH.CENTER, size=st["size"])
        elif role == "title":
            if st["heading_styles"]:
                para(text, style="Title", align=WD_ALIGN_PARAGRAPH.CENTER)
            else:
                para(text, align=WD_ALIGN_PARAGRAPH.CENTER, bold=True, size=20, font=st["head_font"])
        elif role in ("center", "left", "right"):
            para(text, align={"center": WD_ALIGN_PARAGRAPH.CENTER, "left": WD_ALIGN_PARAGRAPH.LEFT,
                              "right": WD_ALIGN_PARAGRAPH.RIGHT}[role])
        elif role in ("h1", "h2"):
            if st["heading_styles"]:
                para(text, style="Heading 1" if role == "h1" else "Heading 2")
            else:
                para(text, bold=True, indent=st["indent"], font=st["head_font"])
        elif role in ("arthead",):
            para(text, bold=True, size=st["size"] + 4, font=st["head_font"], align=WD_ALIGN_PARAGRAPH.CENTER)
        elif role == "subhead":
            para(text, bold=True, font=st["head_font"])
        elif role == "byline":
            para(text, align=WD_ALIGN_PARAGRAPH.CENTER if simp else WD_ALIGN_PARAGRAPH.LEFT)
        elif role == "body":
            para(text, align=just, indent=st["indent"])
        elif role == "caption":
            para(text, align=WD_ALIGN_PARAGRAPH.CENTER, bold=True, size=st["size"] - 1)
        elif role == "note":
            para(text, size=st["size"] - 2)
        elif role == "table":
            cells = bl["cells"]
            table = doc.add_table(rows=len(cells), cols=len(cells[0]))
            table.style = doc.styles["Table Grid"]
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            for r, row in enumerate(cells):
                for c, val in enumerate(row):
                    table.cell(r, c).text = val
        elif role == "cols2":
            new = doc.add_section(WD_SECTION.CONTINUOUS)
            cols = new._sectPr.find(qn("w:cols"))
            if cols is None:
                cols = OxmlElement("w:cols")
                new._sectPr.append(cols)
            cols.set(qn("w:num"), "2")
            cols.set(qn("w:space"), str(rng_space(st)))
        else:
            raise ValueError(role)
    doc.core_properties.author = "office"
    doc.core_properties.title = next(bl["text"] for bl in blocks if bl["role"] == "title")
    doc.save(path)


def rng_space(st):
    return 420 if st["margins"][0] % 2 else 567


# ----------------------------------------------------------------------------------------------- tools


def soffice(src: Path, outdir: Path, target: str, profile: Path):
    cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", target,
           "--outdir", str(outdir), str(src)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=180)


def pdftotext(pdf: Path, mode: str) -> str:
    args = ["pdftotext", "-enc", "UTF-8"] + ([mode] if mode else []) + [str(pdf), "-"]
    return subprocess.run(args, check=True, capture_output=True).stdout.decode("utf-8")


# ----------------------------------------------------------------------------------------------- alignment


FOLD = {"∼": "～", "∕": "／", "・": "·"}  # what pdftotext gives back for a few glyphs, folded for matching only


class AlignError(Exception):
    pass


def align(ext: str, blocks, patterns: list[str]) -> list[dict]:
    """Cut ``ext`` (a tool's output) into gold units: content in written order, debris for what the tool added."""
    stream, owner_kind = [], {}
    floats = []
    for k, bl in enumerate(blocks):
        if bl["role"] == "cols2":
            continue
        if bl["role"] == "table":
            for row in bl["cells"]:
                for cell in row:
                    floats.append(squash(cell))
            continue
        owner_kind[k] = bl["kind"] or "debris"
        stream.extend((ch, k) for ch in squash(bl["text"]))
    content = "".join(FOLD.get(ch, ch) for ch, _ in stream)
    floats.sort(key=len, reverse=True)
    regs = [re.compile(p) for p in patterns]
    pos = [i for i, ch in enumerate(ext) if not ch.isspace()]
    sq = "".join(FOLD.get(ext[i], ext[i]) for i in pos)
    own = [None] * len(sq)
    used = [False] * len(floats)
    done = bytearray(len(content))
    cursors = {0}  # content positions where reading may go on (the other column, a piece put out of order)

    def run(q, i, cap=12):
        k = 0
        while k < cap and q + k < len(content) and i + k < len(sq) and not done[q + k] and content[q + k] == sq[i + k]:
            k += 1
        return k

    i, j = 0, 0
    while i < len(sq):
        hit = None
        for reg in regs:
            m = reg.match(sq, i)
            if m and m.end() > i and content[j:j + m.end() - i] != m.group():
                hit = m.end()
                break
        if hit:
            for t in range(i, hit):
                own[t] = -1
            i = hit
            continue
        newline = i > 0 and any(ext[p] in "\n\f" for p in range(pos[i - 1], pos[i]))
        here = run(j, i) if j < len(content) else 0
        if here and not newline:
            best = j
        else:
            cands = sorted(c for c in cursors if c < len(content) and not done[c])
            best, length = (j, here) if here else (None, 0)
            for c in cands:
                r = run(c, i)
                if r > length:
                    best, length = c, r
            if best is None or (length < 4 and length < len(sq) - i and not here):
                # a new reading position: the other column's text came first
                for q in range(len(content)):
                    if not done[q] and run(q, i) >= min(10, len(sq) - i) and (best is None or run(q, i) > length):
                        best = q
                        break
        if best is not None and best < len(content) and not done[best] and content[best] == sq[i]:
            cursors.discard(best)
            own[i] = stream[best][1]
            done[best] = 1
            j = best + 1
            cursors.add(j)
            i += 1
            continue
        for f, cell in enumerate(floats):
            if not used[f] and sq.startswith(cell, i):
                used[f] = True
                for t in range(i, i + len(cell)):
                    own[t] = -1
                i += len(cell)
                break
        else:
            raise AlignError(f"at {sq[max(0, i - 20):i]}|{sq[i:i + 20]} expected {content[j:j + 20]}")
    for q in range(len(content)):
        if not done[q] and content[q] == "-" and q and done[q - 1]:
            done[q] = 1  # pdftotext drops a hyphen at a line end
    if not all(done):
        q = done.index(0)
        raise AlignError(f"content left over: {content[q:q + 30]}")
    # every character of ext gets an owner; whitespace goes with the character before it
    if not pos:
        return [{"kind": "debris", "text": ext}]
    starts = [0]
    for t in range(1, len(pos)):
        if own[t] != own[t - 1] or (own[t] == -1 and ("\n" in ext[pos[t - 1]:pos[t]] or "\f" in ext[pos[t - 1]:pos[t]])):
            starts.append(pos[t])
    bounds = starts + [len(ext)]
    owner_at = dict(zip(pos, own, strict=True))
    units, seen = [], set()
    for s0, s1 in zip(bounds, bounds[1:], strict=False):
        o = owner_at.get(s0, own[0])
        unit = {"kind": "debris" if o == -1 else owner_kind[o], "text": ext[s0:s1]}
        if o != -1:
            if o in seen:
                unit["cont"] = True
            seen.add(o)
        units.append(unit)
    return units


# ----------------------------------------------------------------------------------------------- encodings


def ocr_spaces(units, rng):
    """OCR-like spaces between two CJK characters of content units (never next to a digit or Latin letter)."""
    out = []
    for u in units:
        if u["kind"] == "debris":
            out.append(u)
            continue
        chars = []
        t = u["text"]
        for k, ch in enumerate(t):
            chars.append(ch)
            if k + 1 < len(t) and CJK.match(ch) and CJK.match(t[k + 1]) and rng.random() < 0.08:
                chars.append(" ")
        out.append({**u, "text": "".join(chars)})
    return out


def encode(text: str, encoding: str) -> bytes:
    if "crlf" in encoding:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    if encoding.startswith("utf-8-bom"):
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    if encoding.startswith("gb18030"):
        return text.encode("gb18030")
    return text.encode("utf-8")


# ----------------------------------------------------------------------------------------------- main


def build(out_root: Path, profile: Path) -> list[dict]:
    simp_pool, trad_pool = sources()
    manifest = []
    simp_i = trad_i = 0
    for n in range(N_DOCS):
        if ONLY is not None and n not in ONLY:
            continue
        rng = random.Random(f"{PREFIX}-{n}")
        simp = n < 11
        shape = SHAPES[(n // 2) % 4]
        lo, hi = N_CTX[shape]
        k = rng.randint(lo, hi) + (3 if n in (5, 16) else 0)  # two longer documents
        if simp:
            ctxs, simp_i = simp_pool[simp_i:simp_i + k], simp_i + k
        else:
            ctxs, trad_i = trad_pool[trad_i:trad_i + k], trad_i + k
        assert len(ctxs) == k, "source pool ran out"
        blocks = BUILD[shape](n, simp, ctxs, rng)
        st = style_doc(n, simp, shape, rng)
        doc_id = f"{PREFIX}-{n:03d}"
        split = "dev7" if n % 2 == 0 else "held7"
        ndir, tdir, gdir = out_root / "native" / split, out_root / "text" / split, out_root / "gold"
        for d in (ndir, tdir, gdir):
            d.mkdir(parents=True, exist_ok=True)
        docx = ndir / f"{doc_id}_docx.docx"
        write_docx(docx, blocks, st, shape, simp)
        with tempfile.TemporaryDirectory() as tmp:
            soffice(docx, Path(tmp), "pdf", profile)
            shutil.move(str(Path(tmp) / f"{doc_id}_docx.pdf"), ndir / f"{doc_id}_pdf.pdf")
            lotext = None
            if n % 2 == 0 or n % 3 == 0:
                soffice(docx, Path(tmp), "txt:Text (encoded):UTF8", profile)
                lotext = (Path(tmp) / f"{doc_id}_docx.txt").read_bytes().decode("utf-8-sig")
        pdf = ndir / f"{doc_id}_pdf.pdf"
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(str(pdf))
        n_pages = len(doc)
        doc.close()
        hdr = header_text(shape, simp, blocks)
        feet = sorted({squash(footer_text(shape, simp, p, n_pages)) for p in range(1, n_pages + 1)}, key=len, reverse=True)
        patterns = [re.escape(f) for f in feet] + ([re.escape(squash(hdr))] if hdr else [])
        content = [{"kind": bl["kind"], "text": bl["text"]} for bl in blocks if bl["kind"]]
        furniture = [bl["text"] for bl in blocks if bl["role"] in ("masthead", "mast2", "caption", "note")]
        apparatus = [c for bl in blocks if bl["role"] == "table" for row in bl["cells"] for c in row]
        pdf_furn = ([hdr] if hdr and (shape != "report" or n_pages > 1) else []) + \
            [footer_text(shape, simp, p, n_pages) for p in range(1, n_pages + 1)] + furniture
        docx_furn = ([hdr] if hdr else []) + [footer_text(shape, simp, 1, 1)] + furniture
        entry = {"id": doc_id, "split": split, "script": "simp" if simp else "trad", "shape": shape,
                 "page": st["page"], "font": st["font"], "pages": n_pages, "files": []}
        for stem, fmt, furn in ((f"{doc_id}_pdf", "pdf", pdf_furn), (f"{doc_id}_docx", "docx", docx_furn)):
            gold = {"doc_id": stem, "source": f"{shape} {'LibreOffice PDF' if fmt == 'pdf' else 'python-docx'}",
                    "units": content, "furniture": furn, "apparatus": apparatus}
            (gdir / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            entry["files"].append({"path": f"native/{split}/{stem}.{fmt}", "route": "native",
                                   "tool": "libreoffice-pdf" if fmt == "pdf" else "python-docx", "encoding": fmt})
        dumps = [("pdftotext", pdftotext(pdf, "")), ("pdftotext-raw", pdftotext(pdf, "-raw"))]
        dumps.append(("pdftotext-layout", pdftotext(pdf, "-layout")))
        if lotext is not None:
            dumps.append(("lotext", lotext))
        encs = ["utf-8", "utf-8-bom", "crlf", "utf-8-ocr"] + (["gb18030", "gb18030-crlf"] if simp else ["utf-8-bom-crlf"])
        for t, (tool, ext) in enumerate(dumps):
            stem = f"{doc_id}_{tool}"
            try:
                units = align(ext, blocks, patterns)
            except AlignError as err:
                print(f"DROPPED {stem}: {err}", file=sys.stderr)
                continue
            enc = encs[(n + t) % len(encs)]
            if "ocr" in enc:
                units = ocr_spaces(units, rng)
                enc = enc.replace("-ocr", "")
            text = "".join(u["text"] for u in units)
            if "crlf" in enc:
                units = [{**u, "text": u["text"].replace("\n", "\r\n")} for u in units]
            (tdir / f"{stem}.txt").write_bytes(encode(text, enc))
            gold = {"doc_id": stem, "source": f"{shape} LibreOffice PDF, {tool}" if tool != "lotext"
                    else f"{shape} .docx, LibreOffice save as text", "units": units}
            (gdir / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            entry["files"].append({"path": f"text/{split}/{stem}.txt", "route": "text", "tool": tool,
                                   "encoding": enc + ("+ocr-spaces" if "ocr" in encs[(n + t) % len(encs)] else "")})
        manifest.append(entry)
        print(doc_id, split, shape, "simp" if simp else "trad", st["page"], n_pages, "pages", len(entry["files"]), "files")
    return manifest


def main() -> int:
    corpus = HERE
    for split in ("dev7", "held7"):
        for route in ("text", "native"):
            for old in (corpus / route / split).glob(f"{PREFIX}-*"):
                old.unlink()
    for old in (corpus / "gold").glob(f"{PREFIX}-*.json"):
        old.unlink()
    profile = Path(tempfile.mkdtemp(prefix="lo_off7_"))
    try:
        manifest = build(corpus, profile)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    (corpus / "manifest-dev7-office.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n",
                                                      encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
