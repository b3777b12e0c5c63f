"""Batch 13, print part B: twelve office-document designs, each made as a Word file (.docx) and as the PDF Word
would export, two documents per design.

    PYTHONPATH=$PWD:/tmp/b13doc_pylib python benchmarks/segcorpus/make_dev13_doc.py     # rebuild (byte for byte)

Needs python-docx, reportlab, opencc (``pip install --target DIR opencc``, DIR on PYTHONPATH) and poppler's pdftotext.
Designs 0-7 (``q13-000`` .. ``q13-015``) go to ``dev13``, designs 8-11 (``q13-016`` .. ``q13-023``) to ``held13`` only.
Prose: CLUENER 2020 (``/work/shared/data/cluener2020``): dev13 takes ``train.json`` lines 3600-7199, held13
``dev.json`` lines 670-1342 (1-based). The PDF is typeset with batch 12's layout and gold machinery
(``make_dev12_print``: line breaker, flow, renderer, aligner, text gold), so the gold conventions are batch 12's;
the .docx is written from the same blocks (see README, "Batch 13 (mainstream, print part B: office documents)").
"""

from __future__ import annotations

import io
import json
import random
import re
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_dev12_print import (  # noqa: E402  (batch 12's layout and gold machinery: one copy)
    Doc,
    Flow,
    Prose,
    align,
    break_lines,
    cn,
    encode,
    grams,
    name,
    ocr_spaces,
    pdftotext,
    probe,
    render,
    squash,
    text_gold,
)

HERE = Path(__file__).resolve().parent
DATA = Path("/work/shared/data/cluener2020")
DEV_LINES = (DATA / "train.json", 3600, 7199)
HELD_LINES = (DATA / "dev.json", 670, 1342)
SEED = 1313
PLACES = ["滨江", "青山", "南湖", "西岭", "长宁", "凤城", "柳州湾", "石门", "泉溪", "北塘", "临川", "鹤鸣"]
WORD_MARGINS = (3.17 * cm, 3.17 * cm, 2.54 * cm, 2.54 * cm)   # left, right, top, bottom: Word's defaults
END = re.compile(r"[。！？][”’」』）)]*$")


# ----------------------------------------------------------------------------------------------- prose

def read_lines(spec) -> list[str]:
    path, lo, hi = spec
    out = []
    with path.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if lo <= i <= hi:
                out.append(json.loads(line)["text"])
    return out


def paragraphs(lines: list[str], rng: random.Random) -> list[str]:
    """Consecutive lines joined into paragraphs of 60-300 characters that end at a sentence end; a line cut
    mid-phrase is cut back to its last punctuation mark (dropped if it has none); whitespace breaks the run."""
    out, cur = [], ""
    for line in lines:
        line = line.strip()
        m = re.match(r".*[，。！？；、：”’」』）)]", line)
        if re.search(r"\s", line) or not m or len(m.group()) < 8:
            cur = ""
            continue
        cur += m.group()
        if len(cur) > 300:
            cur = ""
            continue
        if END.search(cur) and len(cur) >= rng.randint(60, 200):
            out.append(cur)
            cur = ""
    return out


def dedupe(paras: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for p in paras:
        g = grams(p)
        if g & seen:
            continue
        seen |= g
        out.append(p)
    return out


def batch12_grams() -> set[str]:
    import opencc

    t2s = opencc.OpenCC("t2s.json")
    g: set[str] = set()
    for path in sorted((HERE / "gold").glob("[pw]12-*.json")):
        for u in json.loads(path.read_text(encoding="utf-8"))["units"]:
            if u["kind"] == "paragraph":
                g |= grams(squash(u["text"])) | grams(t2s.convert(squash(u["text"])))
    return g


# ----------------------------------------------------------------------------------------------- document model

class B:
    """The blocks of one office document, written once and rendered twice (PDF and .docx)."""

    def __init__(self, x, size=12.0, spacing=1.5, margins=WORD_MARGINS):
        self.x, self.size, self.spacing, self.margins = x, size, spacing, margins
        self.blocks: list[dict] = []
        self.header = None          # (text, align) or None
        self.header_first = True    # header on page 1 too
        self.footer = "page_of"     # footer form
        self.foot_left = None       # furniture text left in the footer
        self.manual_indent = False  # .docx: first-line indents typed as ideographic spaces

    def p(self, kind, text, **st):
        self.blocks.append({"kind": kind, "text": text, **st})

    def furn(self, text, **st):
        self.blocks.append({"kind": None, "text": text, **st})

    def table(self, rows, widths, size=None, caption=None):
        self.blocks.append({"table": rows, "widths": widths, "size": size or self.size - 1.5})

    def pagebreak(self):
        self.blocks.append({"pagebreak": True})

    def rule(self, lw=0.8):
        """A horizontal rule across the text block (the 公文 red line, 版记 lines): drawn in the PDF, a bottom
        border on an empty paragraph in the .docx."""
        self.blocks.append({"rule": lw})


def convert(b: B) -> B:
    """Every string of a traditional-script document through opencc (prose and invented text alike)."""
    cv = b.x.cv
    for blk in b.blocks:
        if "text" in blk:
            blk["text"] = cv(blk["text"])
        if "table" in blk:
            blk["table"] = [[cv(c) for c in row] for row in blk["table"]]
    if b.header:
        b.header = (cv(b.header[0]), b.header[1])
    if b.foot_left:
        b.foot_left = cv(b.foot_left)
    return b


def foot_text(form: str, page: int, total: int, t) -> str:
    return {"page_of": f"第 {page} 页 共 {total} 页", "dash": f"- {page} -", "emdash": f"— {page} —",
            "slash": f"{page} / {total}", "plain": f"{page}", "page": f"第{page}页",
            "page_en": f"Page {page} of {total}"}[form].replace("页", t("页"))


def to_pdf(b: B, path: Path):
    x = b.x
    doc = Doc(A4, x.font)
    fl = Flow(doc, b.margins)
    lead = 1.3 * b.spacing
    for blk in b.blocks:
        if blk.get("pagebreak"):
            fl.new_page()
            continue
        if "table" in blk:
            pdf_table(fl, blk["table"], blk["widths"], blk["size"])
            continue
        if "rule" in blk:
            fl.y -= 4
            doc.pages[-1].append(("line", fl.x0(), fl.y, fl.x0() + fl.colw, fl.y, blk["rule"]))
            fl.y -= 8
            continue
        size = blk.get("size", b.size)
        owner = doc.furniture(blk["text"]) if blk["kind"] is None else str(doc.unit(blk["kind"], blk["text"]))
        fl.block(owner, blk["text"], size=size, lead=blk.get("lead", lead), indent=blk.get("indent", 0),
                 align=blk.get("align", "left"), bold=blk.get("bold", False), before=blk.get("before", 0),
                 after=blk.get("after", 0), keep=blk.get("keep", 0))
    pw, ph = A4
    left, right, top, bottom = b.margins

    def furniture(p, total):
        heads, feet = [], []
        if b.header and (p > 0 or b.header_first):
            text, al = b.header
            parts = text.split("\t\t")   # a two-part header (Word: left text, tab, tab, right text)
            places = [al] if len(parts) == 1 else ["left", "right"]
            for part, place in zip(parts, places, strict=True):
                xx = {"left": left, "center": pw / 2, "right": pw - right}[place]
                heads.append(("furn", part, xx, ph - top + 22, 9, False, place))
            heads.append(("line", left, ph - top + 18, pw - right, ph - top + 18, 0.5))
        if b.footer:
            s = foot_text(b.footer, p + 1, total, x.t)
            al = "center"
            if b.footer == "emdash":     # 公文: odd pages right, even pages left
                al = "right" if p % 2 == 0 else "left"
            xx = {"left": left, "center": pw / 2, "right": pw - right}[al]
            feet.append(("furn", s, xx, bottom - 28, 9, False, al))
            if b.foot_left:
                feet.append(("furn", b.foot_left, left, bottom - 28, 8, False, "left"))
        return heads, feet

    drawn = render(doc, path, furniture)
    return doc, drawn


def pdf_table(fl: Flow, rows, widths, size, lead=1.5):
    doc = fl.doc
    tw = fl.colw
    ws = [w * tw for w in widths]
    fl.space(4)
    for r, row in enumerate(rows):
        cells = [break_lines(c, cw - 6, size, doc.font) if c else [] for c, cw in zip(row, ws, strict=True)]
        h = max(1, max(len(c) for c in cells)) * size * lead + 4
        fl.need(h + 2)
        x0, top = fl.x0(), fl.y
        ops = doc.pages[-1]
        ops.append(("line", x0, top, x0 + tw, top, 0.6))
        x = x0
        for text, lines, cw in zip(row, cells, ws, strict=True):
            if text:
                owner = doc.furniture(text, listed=False)
                for i, line in enumerate(lines):
                    ops.append(("text", owner, x + 3, top - (i + 1) * size * lead + size * 0.3, line, size, r == 0,
                                doc.font))
            ops.append(("line", x, top, x, top - h, 0.6))
            x += cw
        ops.append(("line", x, top, x, top - h, 0.6))
        fl.y = top - h
        ops.append(("line", x0, fl.y, x0 + tw, fl.y, 0.6))
    fl.y -= 6


def field(par, instr: str, result: str):
    """A Word field (PAGE, NUMPAGES) with its cached result."""
    def fld(kind):
        r = par.add_run()
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), kind)
        r._r.append(e)
    fld("begin")
    r = par.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r._r.append(it)
    fld("separate")
    par.add_run(result)
    fld("end")


ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
         "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}


def to_docx(b: B, pages: int) -> tuple[bytes, list[str], list[str]]:
    """The .docx bytes (fixed zip dates), its furniture strings and its table cells."""
    x = b.x
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3.17), Cm(3.17), Cm(2.54), Cm(2.54)
    normal = d.styles["Normal"]
    normal.font.size = Pt(b.size)
    normal.font.name = "Times New Roman"
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体" if x.script == "simp" else "新細明體")
    normal.paragraph_format.line_spacing = b.spacing
    d.core_properties.author = "segcorpus batch 13"
    furniture, cells = [], []
    for blk in b.blocks:
        if blk.get("pagebreak"):
            d.add_page_break()
            continue
        if "table" in blk:
            rows = blk["table"]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = d.styles["Table Grid"]
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
                    if c:
                        cells.append(c)
            continue
        if "rule" in blk:
            border(d.add_paragraph(), blk["rule"])
            continue
        for _ in range(blk.get("blank", 0)):   # empty paragraphs typed for spacing
            d.add_paragraph()
        style = blk.get("style")
        par = d.add_paragraph(style=style) if style else d.add_paragraph()
        text, runin = blk["text"], blk.get("runin", 0)
        lead = ""
        if blk.get("indent") and b.manual_indent:   # indent typed as ideographic spaces
            lead = "\u3000" * int(blk["indent"])
        if blk.get("spaces"):                        # "flush right" typed as spaces
            lead = "\u3000" * blk["spaces"]
        if runin:
            r = par.add_run(lead + text[:runin])
            r.bold = True
            text, lead = text[runin:], ""
        if blk.get("br"):                            # a manual line break (Shift+Enter) inside the paragraph
            r = par.add_run(lead + text[:blk["br"]])
            r.add_break()
            text, lead = text[blk["br"]:], ""
        r = par.add_run(lead + text)
        if not style:
            for run in par.runs:
                if blk.get("bold"):
                    run.bold = True
                if "size" in blk:
                    run.font.size = Pt(blk["size"])
            if not blk.get("spaces"):
                par.alignment = ALIGN[blk.get("align", "left")]
        if blk.get("red"):
            r.font.color.rgb = RGBColor(0xC0, 0, 0)
        if blk.get("indent") and not b.manual_indent:
            par.paragraph_format.first_line_indent = Pt(blk.get("size", b.size) * blk["indent"])
        if blk.get("before"):
            par.paragraph_format.space_before = Pt(blk["before"])
        if blk.get("after"):
            par.paragraph_format.space_after = Pt(blk["after"])
        if blk["kind"] is None:
            furniture.append(blk["text"])
    if b.header:
        if not b.header_first:
            sec.different_first_page_header_footer = True
        hp = sec.header.paragraphs[0]
        hp.text = b.header[0]
        hp.alignment = ALIGN[b.header[1]]
        furniture.append(b.header[0])
    if b.footer:
        fp = sec.footer.paragraphs[0]
        fp.alignment = ALIGN["center"]
        if b.foot_left:
            fp.add_run(b.foot_left + "\t")
        form = foot_text(b.footer, 1, pages, x.t)
        # the footer as Word stores it: literal text around PAGE / NUMPAGES fields with their cached results
        footer_fields(fp, form)
        furniture.append((b.foot_left + "\t" if b.foot_left else "") + form)
        if not b.header_first:
            ffp = sec.first_page_footer.paragraphs[0]
            ffp.alignment = ALIGN["center"]
            footer_fields(ffp, form)
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue()), furniture, cells


def border(par, lw: float):
    ppr = par._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("val", "single"), ("sz", str(int(lw * 8))), ("space", "1"), ("color", "auto")):
        bottom.set(qn(f"w:{k}"), v)
    bdr.append(bottom)
    ppr.append(bdr)


def footer_fields(par, form: str):
    """The footer as Word stores it: literal text around PAGE / NUMPAGES fields with their cached results."""
    k = 0
    for part in re.split(r"(\d+)", form):
        if part.isdigit():
            field(par, ("PAGE", "NUMPAGES")[min(k, 1)], part)
            k += 1
        elif part:
            par.add_run(part)


def fixed_zip(data: bytes) -> bytes:
    """Rewrite the .docx zip with fixed dates and order, so a rebuild is byte for byte."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(rb"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>", b"", body)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, body)
    return out.getvalue()


# ----------------------------------------------------------------------------------------------- designs

SURN = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾田董潘袁蔡蒋余杜叶程魏苏吕丁任沈姚卢"


class Ctx:
    def __init__(self, n: int, prose: Prose, rng: random.Random, script: str):
        self.n, self.prose, self.rng, self.script = n, prose, rng, script
        self.font = "STSong-Light" if script == "simp" else "MSung-Light"
        self.cv = lambda s: s       # the document's script (opencc), applied to every string by ``convert``
        self.place = PLACES[n % len(PLACES)]

    def t(self, s: str) -> str:
        """Invented text: written simplified, converted with everything else (``convert``)."""
        return s

    def name(self) -> str:
        return self.t(name(self.rng))

    def para(self, lo=60, hi=300) -> str:
        return self.prose.para(lo, hi)   # simplified; ``convert`` gives the document's script

    def sent(self, hi=60) -> str:
        return self.prose.sentence(hi)

    def date(self, y=2024) -> str:
        return f"{y}年{self.rng.randint(1, 12)}月{self.rng.randint(1, 28)}日"

    def phone(self) -> str:
        return f"0{self.rng.randint(20, 99)}-{self.rng.randint(60000000, 89999999)}"


def body(b: B, x: Ctx, k: int, indent=2, **st):
    for _ in range(k):
        b.p("paragraph", x.para(), indent=indent, **st)


def semi(s: str) -> str:
    """A list item ending in ；: the sentence's own end replaced."""
    return re.sub(r"[。！？][”’」』）)]*$", "", s) + "；"


def d_workplan(x: Ctx) -> B:
    """工作方案: bold centred title in Normal style, 一、 heads bold (direct formatting), （一） run-in heads,
    1. items ending in ；, 附件 line, signature block; footer 第 X 页 共 Y 页."""
    b = B(x, size=12 if x.n % 2 == 0 else 14, spacing=1.5)
    b.manual_indent = x.n % 2 == 1
    org = f"{x.place}区{x.rng.choice(['教育局', '卫生健康局', '市场监督管理局', '商务局'])}"
    topic = x.rng.choice(["开展校园食品安全专项整治", "推进基层服务能力提升", "加强安全生产隐患排查治理"])
    b.p("title", f"{org}关于{topic}工作方案", size=18, bold=True, align="center", after=12)
    b.p("paragraph", x.para(), indent=2)
    heads = ["指导思想", "工作目标", "工作任务", "实施步骤", "保障措施"]
    for i, h in enumerate(heads):
        b.p("heading", f"{cn(i + 1)}、{h}", bold=True, indent=2, before=6)
        if h == "工作任务":
            for j in range(3):
                head = f"（{cn(j + 1)}）{x.t(x.rng.choice(['强化组织领导', '压实工作责任', '加强督促检查', '注重宣传引导']))}。"
                b.p("paragraph", head + x.para(), indent=2, runin=len(head))
        elif h == "实施步骤":
            for j, st in enumerate(["动员部署阶段", "集中整治阶段", "总结提升阶段"]):
                b.p("heading", f"（{cn(j + 1)}）{st}（{x.date()}前）", indent=2)
                b.p("paragraph", x.para(60, 160), indent=2)
        elif h == "工作目标":
            b.p("paragraph", x.para(60, 140), indent=2)
            b.p("paragraph", "到年底前实现以下目标：", indent=2)
            for j in range(3):
                b.p("paragraph", f"{j + 1}.{semi(x.sent(50))}", indent=2)
        else:
            body(b, x, x.rng.choice((1, 2)), 2)
    b.p("meta", "附件：1.工作任务分解表", indent=2, before=12)
    b.p("meta", "　　　2.联络员名单", indent=2)
    b.p("byline", org, align="right", before=24)
    b.p("meta", x.date(), align="right")
    b.footer = "page_of"
    return b


def d_regulation(x: Ctx) -> B:
    """管理办法: title over two lines (the second `（试行）`), adoption note, 第X章 centred heads (Heading 1 style),
    第X条 clauses with the clause number bold, 附则; footer - X -."""
    b = B(x, size=12, spacing=1.5)
    org = f"{x.place}{x.rng.choice(['职业技术学院', '市人民医院', '城市建设投资集团有限公司'])}"
    subj = x.rng.choice(["科研经费", "公务用车", "档案", "合同"])
    b.p("title", f"{org}{subj}管理办法（试行）", size=16, bold=True, align="center", after=6, style="Title",
        br=len(f"{org}{subj}管理办法"))
    b.p("meta", f"（{x.date(2023)}{x.t('校长办公会') if x.n % 2 else '党委会'}审议通过）", align="center", size=10.5,
        after=10)
    chapters = ["总则", "职责分工", f"{subj}的使用与管理", "监督检查", "附则"]
    art = 0
    for c, ch in enumerate(chapters):
        b.p("heading", f"第{cn(c + 1)}章　{ch}", bold=True, align="center", before=8, after=4, keep=1,
            style="Heading 1")
        for _ in range(1 if ch == "附则" else x.rng.choice((2, 3))):
            art += 1
            head = f"第{cn(art)}条　"
            b.p("paragraph", head + x.para(60, 220), indent=2, runin=len(head) - 1)
            if c == 2 and art % 3 == 0:
                for j in range(3):
                    b.p("paragraph", f"（{cn(j + 1)}）{semi(x.sent(45))}", indent=2)
        if ch == "附则":
            art += 1
            b.p("paragraph", f"第{cn(art)}条　本办法由{x.t('办公室')}负责解释。", indent=2, runin=len(f"第{cn(art)}条"))
            art += 1
            b.p("paragraph", f"第{cn(art)}条　本办法自印发之日起施行", indent=2, runin=len(f"第{cn(art)}条"))
    b.footer = "dash"
    return b


def d_feasibility(x: Ctx) -> B:
    """可行性研究报告: Title style, 编制单位 byline and date, Heading 1/2/3 `1 ` / `1.1 ` / `1.1.1 `, a table with
    caption above and 注 below; running head (the title) from page 2, footer X / Y."""
    b = B(x, size=12, spacing=1.5)
    proj = f"{x.place}{x.rng.choice(['智慧停车', '污水处理厂提标改造', '农产品冷链物流中心', '社区养老服务中心'])}项目"
    title = f"{proj}可行性研究报告"
    b.p("title", title, size=22, bold=True, align="center", after=8, style="Title")
    b.p("byline", f"编制单位：{x.place}{x.rng.choice(['工程咨询有限公司', '规划设计研究院'])}", align="center")
    b.p("meta", f"{2024}年{x.rng.randint(1, 12)}月", align="center", after=12)
    secs = [("项目概况", ["项目背景", "建设规模"]), ("市场分析", ["需求预测"]), ("投资估算", []),
            ("结论与建议", ["结论", "建议"])]
    for i, (h, subs) in enumerate(secs, 1):
        b.p("heading", f"{i} {h}", size=15, bold=True, before=8, keep=1, style="Heading 1")
        if not subs:
            b.p("paragraph", x.para(), indent=2)
            b.furn(f"表{i}-1　{x.t('投资估算汇总表')}", size=10.5, align="center", bold=True)
            b.table([["序号", "项目", "金额（万元）", "占比"], ["1", "工程费用", "3,260", "71.2%"],
                     ["2", "工程建设其他费用", "842", "18.4%"], ["3", "预备费", "476", "10.4%"]],
                    [0.12, 0.46, 0.24, 0.18])
            b.furn(x.t("注：估算以2024年价格水平为基准。"), size=9)
            b.p("paragraph", x.para(), indent=2)
            continue
        for j, s in enumerate(subs, 1):
            b.p("heading", f"{i}.{j} {s}", size=14, bold=True, before=4, keep=1, style="Heading 2")
            if i == 1 and j == 1:
                b.p("heading", f"{i}.{j}.1 {x.t('政策依据')}", size=12, bold=True, keep=1, style="Heading 3")
            body(b, x, x.rng.choice((1, 2)), 2)
    b.header, b.header_first = (title, "center"), False
    b.footer = "slash"
    return b


def d_emergency(x: Ctx) -> B:
    """应急预案: company header line, heads `1 总则` bold by size, `1.1 编制目的` heads directly above heads,
    items `（1）…；`, a response-level table, label lines 值班电话：…; footer 第X页."""
    b = B(x, size=12, spacing=1.5)
    co = f"{x.place}{x.rng.choice(['燃气有限公司', '自来水有限公司', '物业服务有限公司'])}"
    b.p("title", f"{co}{x.rng.choice(['突发事件综合应急预案', '防汛防台专项应急预案'])}", size=18, bold=True,
        align="center", after=4)
    b.p("meta", f"编号：YA-{2024}-{x.rng.randint(1, 30):02d}　　版本：第{cn(x.rng.randint(2, 4))}版", align="center",
        size=10.5, after=10)
    b.p("heading", "1 总则", size=15, bold=True, keep=1)
    b.p("heading", "1.1 编制目的", size=12, bold=True, keep=1)
    b.p("paragraph", x.para(), indent=2)
    b.p("heading", "1.2 编制依据", size=12, bold=True, keep=1)
    b.p("paragraph", "本预案依据下列法律法规和标准编制：", indent=2)
    for j in range(3):
        b.p("paragraph", f"（{j + 1}）{semi(x.sent(48))}", indent=2)
    b.p("heading", "1.3 工作原则", size=12, bold=True, keep=1)
    b.p("paragraph", x.para(), indent=2)
    b.p("heading", "2 组织机构及职责", size=15, bold=True, keep=1)
    b.p("paragraph", x.para(), indent=2)
    b.p("heading", "3 响应分级", size=15, bold=True, keep=1)
    b.table([["级别", "启动条件", "响应负责人"],
             ["Ⅰ级", "造成人员伤亡或影响供应范围超过一万户的事件", "总经理"],
             ["Ⅱ级", "影响供应范围一千户以上、一万户以下的事件", "分管副总经理"],
             ["Ⅲ级", "影响范围较小、可由部门自行处置的事件", "部门负责人"]], [0.15, 0.6, 0.25])
    b.p("paragraph", x.para(), indent=2)
    b.p("heading", "4 应急处置", size=15, bold=True, keep=1)
    b.p("heading", "4.1 先期处置", size=12, bold=True, keep=1)
    body(b, x, 2, 2)
    b.p("heading", "5 应急联络", size=15, bold=True, keep=1)
    b.p("meta", f"值班电话：{x.phone()}", indent=2)
    b.p("meta", f"应急办公室：{x.phone()}（24小时）", indent=2)
    b.p("meta", f"联系人：{x.name()}", indent=2)
    b.header = (f"{co}\t\t{x.t('应急预案')}", "left")
    b.footer = "page"
    return b


def d_application(x: Ctx) -> B:
    """项目申报书: a cover page (title, label lines with blanks, 申报单位（盖章）), then 一、 heads, a form table with
    long cell text, 二、 / 三、 with prose, 承诺 paragraph, signature lines; footer 第 X 页 共 Y 页."""
    b = B(x, size=12, spacing=1.5)
    year = 2024
    b.furn(x.t(f"编号：{x.place[:1]}KJ{year}{x.rng.randint(100, 999)}"), align="right", size=10.5, after=60)
    b.p("title", f"{x.place}市{year}年度科技计划项目申报书", size=22, bold=True, align="center", after=60, blank=3)
    proj = f"基于物联网的{x.rng.choice(['城市内涝监测预警', '农田墒情智能灌溉', '养老机构跌倒识别'])}关键技术研究"
    for label, val in [("项目名称", proj), ("申报单位（盖章）", f"{x.place}{x.rng.choice(['信息技术', '智能科技'])}有限公司"),
                       ("项目负责人", x.name()), ("联系电话", x.phone()), ("填报日期", x.date(year))]:
        b.p("meta", f"{label}：{val}", size=14, indent=4, after=6, blank=int(label == "项目名称") * 3)
    b.pagebreak()
    b.p("heading", "一、项目基本信息", size=14, bold=True, after=4)
    b.table([["项目名称", proj],
             ["研究内容", x.t("围绕数据采集终端、边缘计算网关和预警模型三个方面开展研究，形成可推广的整体解决方案。")],
             ["预期目标", x.t("研制样机两套，申请发明专利三项，在两个示范点完成部署并连续运行六个月以上。")],
             ["起止年限", f"{year}年7月至{year + 2}年6月"]], [0.22, 0.78])
    b.p("heading", "二、立项依据", size=14, bold=True, before=6)
    body(b, x, 2, 2)
    b.p("heading", "三、研究方案", size=14, bold=True)
    b.p("heading", "（一）技术路线", size=12, bold=True, indent=2)
    body(b, x, 1, 2)
    b.p("heading", "（二）进度安排", size=12, bold=True, indent=2)
    for j in range(3):
        b.p("paragraph", f"{year + j}年：{semi(x.sent(45))}", indent=2)
    b.p("heading", "四、申报单位承诺", size=14, bold=True)
    b.p("paragraph", x.t("本单位承诺所填报内容真实、准确，如有虚假，愿意承担相应责任。"), indent=2)
    b.p("byline", "项目负责人（签字）：", indent=10, before=18)
    b.p("byline", "申报单位负责人（签字）：", indent=10)
    b.p("meta", "年　　月　　日", align="right")
    b.footer = "page_of"
    return b


def d_shuzhi(x: Ctx) -> B:
    """述职报告: title, byline (post and name) centred, salutation, 一、 heads bold, （一） heads by size only,
    closing line, 述职人 and date flush right; company header right, footer plain X."""
    b = B(x, size=14 if x.n % 2 else 12, spacing=1.5)
    b.manual_indent = True
    dept = x.rng.choice(["财务部", "市场部", "生产技术部", "人力资源部"])
    who = x.name()
    b.p("title", f"{2024}年度述职报告", size=20, bold=True, align="center", after=4)
    b.p("byline", f"{dept}经理　{who}", align="center", after=10)
    b.p("meta", "各位领导、同事们：", before=6)
    b.p("paragraph", x.para(60, 150), indent=2)
    for i, h in enumerate(["主要工作完成情况", "存在的不足", "下一步工作打算"], 1):
        b.p("heading", f"{cn(i)}、{h}", bold=True, indent=2, before=4)
        if i == 1:
            for j, sh in enumerate(["抓好预算管理", "推进制度建设"], 1):
                b.p("heading", f"（{cn(j)}）{sh}", size=b.size + 1, indent=2)
                body(b, x, 2 if j == 1 else 1, 2)
        elif i == 2:
            for j in range(2):
                b.p("paragraph", f"{j + 1}.{x.sent(55)}", indent=2)
        else:
            body(b, x, 1, 2)
    b.p("paragraph", "以上是我的述职报告，请各位领导和同事批评指正。", indent=2, before=6)
    b.p("byline", f"述职人：{who}", align="right", before=12, spaces=20, blank=1)
    b.p("meta", x.date(2025), align="right", spaces=19)
    b.header = (f"{x.place}{x.rng.choice(['实业', '电力', '食品'])}集团有限公司", "right")
    b.footer = "plain"
    return b


def d_minutes(x: Ctx) -> B:
    """会议纪要: title, label lines 时间：/地点：/主持人：/参会人员：(wraps)/记录人：, lead-in, numbered 一、关于… heads,
    版记 抄送：/印发 lines between rules at the end; footer — X —."""
    b = B(x, size=12, spacing=1.5)
    co = f"{x.place}{x.rng.choice(['港务', '建工', '文旅'])}集团"
    b.p("title", f"{co}{2024}年第{cn(x.rng.randint(3, 12))}次总经理办公会会议纪要", size=18, bold=True, align="center",
        after=10)
    for lab, val in [("时间", f"{x.date()}上午9:00"), ("地点", f"集团{x.rng.randint(3, 12)}楼第一会议室"),
                     ("主持人", x.name()),
                     ("参会人员", "、".join(x.name() for _ in range(x.rng.randint(8, 12)))),
                     ("记录人", x.name())]:
        b.p("meta", f"{lab}：{val}", runin=len(lab) + 1)
    b.p("paragraph", "会议听取了各部门工作汇报，研究了有关事项。现将会议议定事项纪要如下：", indent=2, before=6)
    for i, h in enumerate(["关于上半年经营情况的汇报", "关于安全生产工作", "关于项目招标事宜"], 1):
        b.p("heading", f"{cn(i)}、{h}", bold=True, indent=2)
        body(b, x, x.rng.choice((1, 2)), 2)
        if i == 2:
            b.p("paragraph", f"会议要求：{x.sent(50)}", indent=2)
    b.rule()
    b.p("meta", "抄送：集团党委委员，各部门，各子公司。")
    b.rule(0.5)
    b.p("meta", f"{co}办公室　　　　　{x.date()}印发")
    b.rule()
    b.footer = "emdash"
    return b


def d_qingshi(x: Ctx) -> B:
    """请示 (公文): red masthead `X市X局文件` and document number, title, 主送 line, 一、/（一）/1. levels, 妥否，请批示。,
    附件 line, issuing office and date, 联系人 note, 版记; footer — X — at the outer edge, 16 pt 仿宋-like body."""
    b = B(x, size=16, spacing=1.4)
    bureau = f"{x.place}市{x.rng.choice(['交通运输局', '农业农村局', '文化广电旅游局'])}"
    b.furn(f"{bureau}文件", size=26, bold=True, align="center", red=True, after=14)
    b.p("meta", f"{x.place[:1]}{bureau[-3:-1]}〔2024〕{x.rng.randint(5, 99)}号", align="center", size=15, after=4)
    b.rule(2.0)
    topic = x.rng.choice(["申请安排农村公路养护专项资金", "调整旅游旺季景区开放时间", "设立乡村振兴示范点"])
    b.p("title", f"关于{topic}的请示", size=20, bold=True, align="center", after=14)
    b.p("meta", f"{x.place}市人民政府：")
    b.p("paragraph", x.para(60, 150), indent=2)
    b.p("heading", "一、基本情况", bold=True, indent=2)
    b.p("paragraph", x.para(), indent=2)
    b.p("heading", "二、存在的问题", bold=True, indent=2)
    b.p("heading", "（一）资金缺口较大", indent=2)
    b.p("paragraph", x.para(60, 180), indent=2)
    b.p("heading", "（二）管理机制不健全", indent=2)
    for j in range(3):
        b.p("paragraph", f"{j + 1}.{semi(x.sent(45))}", indent=2)
    b.p("heading", "三、有关建议", bold=True, indent=2)
    b.p("paragraph", x.para(), indent=2)
    b.p("paragraph", "妥否，请批示。", indent=2)
    b.p("meta", f"附件：{topic}测算明细表", indent=2, before=16, blank=1)
    b.p("byline", bureau, align="right", before=30, blank=2)
    b.p("meta", x.date(), align="right")
    b.p("meta", f"（联系人：{x.name()}，联系电话：{x.phone()}）", indent=2, size=14)
    b.rule()
    b.p("meta", "抄送：市财政局。", size=14)
    b.rule(0.5)
    b.p("meta", f"{bureau}办公室　　　{x.date()}印发", size=14)
    b.rule()
    b.footer = "emdash"
    return b


# ----------------------------------------------------------------------------------------------- held designs

def d_training(x: Ctx) -> B:
    """培训通知 with a registration form: 关于举办…培训班的通知, 主送, 一、 heads with label runs (时间/地点 lines),
    items, contact line, signature; the 报名回执 on a new page: 附件 label, form title, blank form table."""
    b = B(x, size=12, spacing=1.5)
    org = f"{x.place}市{x.rng.choice(['财政局', '人力资源和社会保障局', '应急管理局'])}"
    topic = x.rng.choice(["政府采购业务", "职业技能等级认定考评员", "企业安全生产管理人员"])
    b.p("title", f"关于举办{2024}年{topic}培训班的通知", size=18, bold=True, align="center", after=10)
    b.p("meta", "各有关单位：")
    b.p("paragraph", x.para(60, 160), indent=2)
    b.p("heading", "一、培训时间和地点", bold=True, indent=2)
    b.p("meta", f"时间：{x.date()}至{x.rng.randint(1, 28)}日（共{x.rng.randint(2, 4)}天）", indent=2)
    b.p("meta", f"地点：{x.place}市行政学院（{x.place}路{x.rng.randint(1, 300)}号）", indent=2)
    b.p("heading", "二、培训对象", bold=True, indent=2)
    b.p("paragraph", x.para(60, 150), indent=2)
    b.p("heading", "三、培训内容", bold=True, indent=2)
    for j in range(3):
        b.p("paragraph", f"{j + 1}.{semi(x.sent(45))}", indent=2)
    b.p("heading", "四、有关要求", bold=True, indent=2)
    body(b, x, 1, 2)
    b.p("paragraph", f"请于{x.date()}前将报名回执（附件）发送至邮箱px{x.rng.randint(10, 99)}@example.cn。", indent=2)
    b.p("meta", f"联系人：{x.name()}　电话：{x.phone()}", indent=2)
    b.p("meta", "附件：报名回执", indent=2, before=10)
    b.p("byline", org, align="right", before=20)
    b.p("meta", x.date(), align="right")
    b.pagebreak()
    b.furn("附件", bold=True)
    b.furn(f"{topic}培训班报名回执", size=16, bold=True, align="center", after=6)
    b.table([["单位名称", "", "", ""], ["姓名", "职务", "手机号码", "是否住宿"], ["", "", "", ""], ["", "", "", ""]],
            [0.25, 0.25, 0.25, 0.25])
    b.footer = "dash"
    return b


def d_memo(x: Ctx) -> B:
    """Traditional-script company circular (HK / Taiwan): 內部通告 masthead, To/From/Date/Ref label lines, 事由 head,
    numbered paragraphs 1./(a) sub-items, enquiry line, signature; footer with a confidentiality note and page."""
    b = B(x, size=12, spacing=1.3)
    t = x.t
    co = t(f"{x.place}{x.rng.choice(['置業', '物流', '國際貿易'])}有限公司")
    b.furn(co, size=16, bold=True, align="center")
    b.p("title", t("内部通告") if x.n % 2 else t("通函"), size=18, bold=True, align="center", after=8)
    for lab, val in [("致", "各部门同事"), ("由", "人力资源及行政部"), ("日期", f"{2024}年{x.rng.randint(1, 12)}月"
                                                              f"{x.rng.randint(1, 28)}日"),
                     ("编号", f"HR/2024/{x.rng.randint(1, 80):03d}")]:
        b.p("meta", t(f"{lab}：{val}"))
    b.rule()
    b.p("heading", t(f"事由：{x.rng.choice(['调整办公时间安排', '年度体检安排', '更新差旅报销政策'])}"), bold=True, before=8)
    for i in range(1, 4):
        b.p("paragraph", f"{i}.　{x.para(60, 200)}", before=4)
        if i == 2:
            for a in "abc":
                b.p("paragraph", f"({a})　{semi(x.sent(45))}", indent=2)
    b.p("paragraph", t(f"如有查询，请致电内线{x.rng.randint(1000, 9999)}与{x.name()}联络。"), before=6)
    b.p("byline", t(f"人力资源及行政部主管　{x.name()}"), align="right", before=18)
    b.foot_left = t("机密文件 — 请勿外传")
    b.footer = "page_of"
    return b


def d_agenda(x: Ctx) -> B:
    """会议议程: title, label lines, 会议背景 prose, 会议议程 head and a schedule table with wrapped cells,
    会议要求 items ending in ；, 会务联系 lines; header with the meeting short name, footer Page X of Y."""
    b = B(x, size=12, spacing=1.5)
    meet = f"{x.place}市{2024}年{x.rng.choice(['优化营商环境', '教育工作', '安全生产'])}工作会议"
    b.p("title", f"{meet}议程", size=18, bold=True, align="center", after=8)
    b.p("meta", f"会议时间：{x.date()}（星期{cn(x.rng.randint(1, 5))}）9:00—11:30")
    b.p("meta", f"会议地点：市行政中心{x.rng.randint(1, 5)}号楼报告厅")
    b.p("meta", f"主持人：市政府副秘书长　{x.name()}")
    b.p("heading", "会议背景", bold=True, before=6)
    body(b, x, 1, 2)
    b.p("heading", "会议议程", bold=True, before=6)
    b.table([["时间", "议程内容", "发言人"],
             ["9:00—9:20", "通报全市上年度工作情况，并对下一阶段重点任务进行部署", x.name()],
             ["9:20—10:10", "区县和市直部门代表交流发言（每个单位发言不超过十分钟）", x.t("各单位负责人")],
             ["10:10—10:40", "为先进集体和先进个人颁奖", x.name()],
             ["10:40—11:30", "市政府主要领导讲话", x.name()]], [0.22, 0.56, 0.22])
    b.p("heading", "会议要求", bold=True, before=6)
    for j in range(3):
        b.p("paragraph", f"{j + 1}．{semi(x.sent(50))}", indent=2)
    b.p("paragraph", x.para(60, 160), indent=2)
    b.p("meta", f"会务联系：{x.name()}　{x.phone()}", before=10)
    b.header = (meet, "center")
    b.footer = "page_en"
    return b


def d_sop(x: Ctx) -> B:
    """作业指导书 (ISO work instruction): document-control line on every page as a header, title, doc-control
    label lines, heads `1 目的` .. `4.1.1`, notes, a revision table at the end; footer 第 X 页 共 Y 页."""
    b = B(x, size=10.5, spacing=1.5)
    co = f"{x.place}{x.rng.choice(['精密机械', '医疗器械', '电子元件'])}有限公司"
    no = f"QW-{x.rng.choice(['PD', 'QA', 'WH'])}-{x.rng.randint(1, 60):03d}"
    b.p("title", x.rng.choice(["来料检验作业指导书", "仓库收发料作业指导书", "设备点检作业指导书"]), size=16, bold=True,
        align="center", after=4)
    b.p("meta", f"文件编号：{no}　　版本：A/{x.rng.randint(0, 3)}　　生效日期：{x.date()}", align="center", size=9,
        after=8)
    for i, (h, subs) in enumerate([("目的", 0), ("适用范围", 0), ("职责", 2), ("工作程序", 2), ("相关记录", 0)], 1):
        b.p("heading", f"{i} {h}", bold=True, size=12, keep=1, before=4, style="Heading 1")
        if not subs:
            b.p("paragraph", x.para(60, 160) if h != "相关记录" else f"《{x.t('检验记录表')}》（{no}-R01）")
            continue
        for j in range(1, subs + 1):
            b.p("heading", f"{i}.{j} {x.rng.choice(['准备', '检查', '处置', '复核'])}要求", bold=True, keep=1,
                style="Heading 2")
            if i == 4 and j == 1:
                b.p("heading", f"{i}.{j}.1 {x.t('抽样')}", keep=1, style="Heading 3")
            b.p("paragraph", x.para(60, 220))
        if i == 4:
            b.p("paragraph", f"注：{x.sent(45)}", size=9)
    b.furn("修订记录", bold=True, before=8)
    b.table([["版本", "修订内容", "修订人", "日期"], ["A/0", "首次发布", x.name(), "2022-03-01"],
             ["A/1", "增加抽样要求", x.name(), "2023-06-15"]], [0.15, 0.45, 0.2, 0.2])
    b.header = (f"{co}　{no}", "left")
    b.footer = "page_of"
    return b


DESIGNS = [d_workplan, d_regulation, d_feasibility, d_emergency, d_application, d_shuzhi, d_minutes, d_qingshi,
           d_training, d_memo, d_agenda, d_sop]
SCRIPTS = {13: "s2hk", 18: "s2hk", 19: "s2tw"}   # document number -> opencc config (traditional documents)
EXTRA = [("pdftotext-nopgbrk", ["-nopgbrk"]), ("pdftotext-eol-dos", ["-eol", "dos"]),
         ("pdftotext-fixed3", ["-fixed", "3"]), ("pdftotext-raw-nopgbrk", ["-raw", "-nopgbrk"]),
         ("pdftotext-enc-gbk", ["-enc", "GBK"]), ("pdftotext-layout-nopgbrk", ["-layout", "-nopgbrk"]),
         ("pdftotext-colspacing03", ["-colspacing", "0.3"]), ("pdftotext-nodiag", ["-nodiag"])]
ENCODINGS = ["utf-8", "utf-8-sig", "gb18030", "crlf", "gb18030+crlf", "utf-8-sig+crlf"]
OCR = {"q13-002_pdftotext-raw", "q13-011_pdftotext-layout", "q13-021_pdftotext"}


def write_json(path: Path, obj):
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> int:
    import opencc

    rng = random.Random(SEED)
    b12 = batch12_grams()
    sides = {"dev13": dedupe(paragraphs(read_lines(DEV_LINES), rng)),
             "held13": dedupe(paragraphs(read_lines(HELD_LINES), rng))}
    dev_g = set().union(*(grams(p) for p in sides["dev13"]))
    held_g = set().union(*(grams(p) for p in sides["held13"]))
    pools = {"dev13": [p for p in sides["dev13"] if not (grams(p) & held_g or grams(p) & b12)],
             "held13": [p for p in sides["held13"] if not (grams(p) & dev_g or grams(p) & b12)]}
    for side in pools:
        rng.shuffle(pools[side])
        print(side, len(pools[side]), "paragraphs", sum(map(len, pools[side])), "chars", file=sys.stderr)
    tmp = Path(tempfile.mkdtemp(prefix="b13doc_"))
    allchars = "".join(pools["dev13"] + pools["held13"])
    bad = {"simp": probe(allchars, "STSong-Light", tmp)}
    conv = {k: opencc.OpenCC(f"{k}.json") for k in ("s2tw", "s2hk")}
    for k, cc in conv.items():
        bad[k] = probe(cc.convert(allchars), "MSung-Light", tmp)
    manifest = []
    for n in range(2 * len(DESIGNS)):
        k = n // 2
        design = DESIGNS[k]
        split = "dev13" if k < 8 else "held13"
        script = SCRIPTS.get(n, "simp")
        cc = conv.get(script)
        pool = [p for p in pools[split] if not (set(cc.convert(p) if cc else p) & bad[script])]
        prose = Prose(pool, random.Random(SEED * 100 + n))
        x = Ctx(n, prose, random.Random(SEED * 1000 + n), script)
        if cc:
            x.cv = cc.convert
        b = convert(design(x))
        taken = set(pool[:prose.pos])
        pools[split] = [p for p in pools[split] if p not in taken]   # each paragraph once
        did = f"q13-{n:03d}"
        ndir, tdir = HERE / "native" / split, HERE / "text" / split
        ndir.mkdir(parents=True, exist_ok=True)
        tdir.mkdir(parents=True, exist_ok=True)
        pdf = ndir / f"{did}_pdf.pdf"
        doc, drawn = to_pdf(b, pdf)
        nm = design.__name__[2:]
        listed = list(dict.fromkeys(f["text"] for f in doc.furn if f["listed"]))
        write_json(HERE / "gold" / f"{did}_pdf.json", {"doc_id": f"{did}_pdf", "source": f"{nm} PDF (reportlab, Word-like)",
                                                      "units": [dict(u) for u in doc.units], "furniture": listed})
        data, dfurn, cells = to_docx(b, len(doc.pages))
        (ndir / f"{did}_docx.docx").write_bytes(data)
        write_json(HERE / "gold" / f"{did}_docx.json", {
            "doc_id": f"{did}_docx", "source": f"{nm} python-docx",
            "units": [{"kind": blk["kind"], "text": blk["text"]} for blk in b.blocks if blk.get("kind")],
            "furniture": list(dict.fromkeys(dfurn)), "apparatus": cells})
        files = [{"path": f"native/{split}/{pdf.name}", "route": "native", "tool": "reportlab", "encoding": "pdf"},
                 {"path": f"native/{split}/{did}_docx.docx", "route": "native", "tool": "python-docx",
                  "encoding": "docx"}]
        tools = [("pdftotext", []), ("pdftotext-layout", ["-layout"]), ("pdftotext-raw", ["-raw"])]
        extra = EXTRA[n % len(EXTRA)]
        if extra[0] == "pdftotext-enc-gbk" and (script != "simp" or pdftotext(pdf, extra[1]) != pdftotext(pdf, [])):
            extra = EXTRA[(n + 1) % len(EXTRA)]
        tools.append(extra)
        for j, (tool, opts) in enumerate(tools):
            stem = f"{did}_{tool}"
            text = pdftotext(pdf, opts)
            enc = "gb18030" if tool.endswith("gbk") else ENCODINGS[(n + j) % len(ENCODINGS)]
            if tool.endswith("eol-dos"):
                enc = "crlf"   # CRLF from the tool, saved as it came
            if script != "simp" and enc.startswith("gb"):
                enc = "crlf"
            text = text.replace("\r\n", "\n")
            owners = align(text, drawn, stem)
            label = enc
            if stem in OCR:
                text, owners = ocr_spaces(text, owners, random.Random(n * 7 + j))
                label += "+ocr"
            (tdir / f"{stem}.txt").write_bytes(encode(text, enc))
            units = text_gold(doc, text, owners)
            for u in units:
                assert squash(u["text"]) in squash(text), stem
            assert "".join(squash(u["text"]) for u in units) == squash(text), stem
            write_json(HERE / "gold" / f"{stem}.json", {"doc_id": stem, "source": f"{nm} PDF, {tool.replace('-', ' ', 1)}",
                                                       "units": units})
            files.append({"path": f"text/{split}/{stem}.txt", "route": "text", "tool": tool, "encoding": label})
        manifest.append({"id": did, "split": split, "script": script, "design": nm, "pages": len(doc.pages),
                         "files": files})
        print(did, nm, split, len(doc.pages), "pages", extra[0], file=sys.stderr)
    # prose sides: no 15-character stretch shared with the other side or with batch 12's prose (as written and t2s)
    t2s = opencc.OpenCC("t2s.json")
    for d in manifest:
        other = held_g if d["split"] == "dev13" else dev_g
        for fmt in ("pdf", "docx"):
            g = json.loads((HERE / "gold" / f"{d['id']}_{fmt}.json").read_text(encoding="utf-8"))
            for u in g["units"]:
                if u["kind"] == "paragraph":
                    for form in (u["text"], t2s.convert(u["text"])):
                        assert not (grams(form) & other) and not (grams(form) & b12), d["id"]
    write_json(HERE / "manifest-dev13-doc.json", manifest)
    shutil.rmtree(tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
