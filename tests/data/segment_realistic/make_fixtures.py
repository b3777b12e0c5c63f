"""Build the realistic text-route fixtures in this folder (run from the repository root):

    python tests/data/segment_realistic/make_fixtures.py

Each fixture is an article made from CMRC 2018 *dev* / DRCD *dev* contexts (../shared/data/; not
the trial/test texts the development corpus uses), rendered by a real tool, plus its gold from
construction (``NAME.json``, the format of tests/data/segment_gold/):

* ``web_*``: an HTML page with site furniture in simplified or traditional Chinese (navigation,
  breadcrumb, 字号/打印/关闭 bar, a 来源/记者 byline, 点击查看大图, 责任编辑, share bar, ICP
  footer) dumped by ``lynx -dump`` at widths 72 and 100, ``w3m -dump`` and ``html2text``;
* ``pdf_*``: a PDF typeset by reportlab (CID font STSong-Light / MSung-Light, justified CJK
  wrapping, a running header and a page number on each page) extracted by ``pdftotext`` in its
  default, ``-layout`` and ``-raw`` modes;
* ``wrap_*``: text hard-wrapped by character count and by display columns (ASCII half width).

Needs lynx, w3m, html2text, pdftotext (poppler-utils) and reportlab; the outputs are committed.
The gold of a wrapped extract lists the units in the order the extract prints them: a paragraph
cut by a page break is two paragraph units around the page furniture (each furniture line its
own ``debris`` unit).
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import tempfile
import textwrap
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SHARED = ROOT.parent / "shared" / "data"

SIMPLIFIED = {
    "nav": "首页 | 新闻 | 体育 | 财经 | 科技 | 图片",
    "crumb": "首页 > 新闻中心 > 国内 > 正文",
    "byline": "来源：新华网 2023-06-01 记者 王某",
    "tools": "【字号 大 中 小】【打印】【关闭】",
    "photo": "点击查看大图",
    "editor": "责任编辑：李某",
    "share": "扫一扫，分享到朋友圈",
    "copyright": "版权所有 © 2023 新华网 京ICP证010042号",
}
TRADITIONAL = {
    "nav": "首頁 | 新聞 | 體育 | 財經 | 科技",
    "crumb": "首頁 > 新聞 > 兩岸",
    "byline": "來源：中央社 2022-11-08 記者 陳某",
    "tools": "放大 縮小 列印",
    "photo": "點擊查看大圖",
    "editor": "責任編輯：林某",
    "share": "分享到 Facebook 分享到 LINE",
    "copyright": "版權所有 © 2022 中央通訊社",
}


def _contexts(name: str, count: int, skip: int) -> list[tuple[str, str]]:
    path = SHARED / ("cmrc2018/cmrc2018_dev.json" if name == "cmrc" else "drcd/DRCD_dev.json")
    data = json.loads(path.read_text(encoding="utf-8"))["data"]
    out = []
    for article in data[skip:]:
        context = article["paragraphs"][0]["context"]
        if 350 <= len(context) <= 1200 and not re.search(r"\s", context):
            out.append((article["title"], context))
        if len(out) == count:
            break
    return out


def _paragraphs(context: str) -> list[str]:
    """The context cut at sentence ends into paragraphs of about 150 characters."""
    sentences = re.findall(r".+?(?:[。！？]”?|$)", context)
    paras, cur = [], ""
    for s in sentences:
        cur += s
        if len(cur) >= 150:
            paras.append(cur)
            cur = ""
    if cur:
        if paras and len(cur) < 40:
            paras[-1] += cur
        else:
            paras.append(cur)
    return [p for p in paras if p]


def _article(title: str, context: str, heading: str, furniture: dict[str, str]):
    paras = _paragraphs(context)
    cut = max(1, len(paras) // 2)
    body = [("paragraph", p) for p in paras[:cut]] + [("heading", heading)] + [("paragraph", p) for p in paras[cut:]]
    return paras, body


def _page(title: str, body, f: dict[str, str]) -> tuple[str, list[tuple[str, str]]]:
    parts = [f'<div class="nav">{html.escape(f["nav"])}</div>', f'<div class="crumb">{html.escape(f["crumb"])}</div>',
             f"<h1>{html.escape(title)}</h1>", f'<div class="info">{html.escape(f["byline"])}</div>',
             f'<div class="tools">{html.escape(f["tools"])}</div>']
    gold = [("debris", f["nav"]), ("debris", f["crumb"]), ("title", title), ("byline", f["byline"]), ("debris", f["tools"])]
    for i, (kind, text) in enumerate(body):
        parts.append(f"<h2>{html.escape(text)}</h2>" if kind == "heading" else f"<p>{html.escape(text)}</p>")
        gold.append((kind, text))
        if i == 0:
            parts.append(f'<p class="img">{html.escape(f["photo"])}</p>')
            gold.append(("debris", f["photo"]))
    parts += [f'<div class="editor">{html.escape(f["editor"])}</div>', f'<div class="share">{html.escape(f["share"])}</div>',
              f'<div class="foot">{html.escape(f["copyright"])}</div>']
    gold += [("meta", f["editor"]), ("debris", f["share"]), ("debris", f["copyright"])]
    page = "<html><head><meta charset='utf-8'><title>t</title></head><body>" + "\n".join(parts) + "</body></html>"
    return page, gold


def _dump(tool: list[str], page: str) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".html", encoding="utf-8", delete=False) as fh:
        fh.write(page)
    out = subprocess.run([*tool, fh.name], capture_output=True, check=True).stdout.decode("utf-8")
    Path(fh.name).unlink()
    return out


WEB_TOOLS = {
    "lynx72": ["lynx", "-dump", "-nolist", "-width=72", "-assume_charset=utf-8", "-display_charset=utf-8"],
    "lynx100": ["lynx", "-dump", "-nolist", "-width=100", "-assume_charset=utf-8", "-display_charset=utf-8"],
    "w3m": ["w3m", "-dump", "-cols", "80", "-O", "UTF-8", "-T", "text/html"],
    "html2text": ["html2text", "-utf8", "-width", "72"],
}


def _pdf(title: str, body, traditional: bool, path: Path, columns_chars: int) -> list[tuple[str, str]]:
    """Typeset with reportlab; returns the gold as pdftotext prints it (furniture between pages
    is inserted later from the extract)."""
    from reportlab.lib.pagesizes import A5
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import _cidfontdata, pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    # reportlab 5.1 maps MSung-Light to the GB CMap, which readers cannot apply to CNS1 glyphs
    _cidfontdata.defaultUnicodeEncodings["MSung-Light"] = ("cht", "UniCNS-UCS2-H")
    font = "MSung-Light" if traditional else "STSong-Light"
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    size = 10.5
    width = columns_chars * size
    header = "體壇周報 2022年11月8日 第A12版" if traditional else "体坛周报 2023年7月15日 第A12版"

    def furniture(canvas, doc):
        canvas.setFont(font, 8)
        canvas.drawString(doc.leftMargin, A5[1] - 30, header)
        page = canvas.getPageNumber()
        canvas.drawCentredString(A5[0] / 2, 20, f"- {page} -" if traditional else f"第 {page} 页")

    margin = (A5[0] - width) / 2
    doc = SimpleDocTemplate(str(path), pagesize=A5, leftMargin=margin, rightMargin=margin, topMargin=45, bottomMargin=40)
    styles = {
        "title": ParagraphStyle("t", fontName=font, fontSize=15, leading=20, spaceAfter=6, alignment=1, wordWrap="CJK"),
        "byline": ParagraphStyle("b", fontName=font, fontSize=9, leading=12, spaceAfter=8, alignment=1, wordWrap="CJK"),
        "heading": ParagraphStyle("h", fontName=font, fontSize=12, leading=16, spaceBefore=6, spaceAfter=4, wordWrap="CJK"),
        "paragraph": ParagraphStyle("p", fontName=font, fontSize=size, leading=size * 1.6, firstLineIndent=2 * size,
                                    alignment=4, wordWrap="CJK"),
    }
    story = [Paragraph(html.escape(text), styles[kind]) for kind, text in body]
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return [(kind, text) for kind, text in body]


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _align_furniture(extract: str, gold: list[tuple[str, str]], furniture: list[str]) -> list[tuple[str, str]]:
    """Insert page-furniture debris units where the extract prints them, cutting a paragraph in
    two where a page break falls inside it. Works on whitespace-free text."""
    stream = _squash(extract)
    fur = sorted({_squash(f) for f in furniture}, key=len, reverse=True)
    out: list[tuple[str, str]] = []
    pos = 0
    queue = [(k, _squash(t)) for k, t in gold]
    for kind, text in queue:
        done = 0
        while done < len(text):
            hit = next((f for f in fur if stream.startswith(f, pos) and not text.startswith(f, done)), None)
            if hit:
                out.append(("debris", hit))
                pos += len(hit)
                continue
            # advance as far as the text and the stream agree
            n = 0
            while done + n < len(text) and pos + n < len(stream) and stream[pos + n] == text[done + n]:
                n += 1
            if n == 0:
                raise ValueError(f"extract and gold disagree at {stream[pos:pos + 20]!r} / {text[done:done + 20]!r}")
            out.append((kind, text[done:done + n]))
            done += n
            pos += n
    while pos < len(stream):
        hit = next((f for f in fur if stream.startswith(f, pos)), None)
        if not hit:
            raise ValueError(f"unexplained text at the end: {stream[pos:pos + 30]!r}")
        out.append(("debris", hit))
        pos += len(hit)
    return out


def _display_wrap(text: str, columns: int) -> list[str]:
    lines, cur, width = [], "", 0
    for ch in text:
        w = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if width + w > columns:
            lines.append(cur)
            cur, width = "", 0
        cur += ch
        width += w
    return [*lines, cur] if cur else lines


def _save(name: str, text: str, units: list[tuple[str, str]], encoding: str = "utf-8") -> None:
    source = HERE / f"{name}.txt"
    source.write_bytes(text.encode(encoding))
    gold = {"doc_id": name, "source": source.relative_to(ROOT).as_posix(), "encoding": encoding,
            "units": [{"kind": k, "text": t} for k, t in units]}
    body = ",\n".join("  " + json.dumps(u, ensure_ascii=False) for u in gold["units"])
    head = json.dumps({k: v for k, v in gold.items() if k != "units"}, ensure_ascii=False)[:-1]
    (HERE / f"{name}.json").write_text(f'{head}, "units": [\n{body}\n]}}\n', encoding="utf-8")


def main() -> None:
    simplified = _contexts("cmrc", 4, 40)
    traditional = _contexts("drcd", 2, 10)
    articles = [(t, c, False) for t, c in simplified] + [(t, c, True) for t, c in traditional]
    headings = ["历史沿革", "主要特点", "相關爭議", "发展现状", "後續影響", "社會評價"]
    tools = list(WEB_TOOLS)
    for i, (title, context, trad) in enumerate(articles):
        furniture = TRADITIONAL if trad else SIMPLIFIED
        _, body = _article(title, context, headings[i], furniture)
        page, gold = _page(title, body, furniture)
        tool = tools[i % len(tools)]
        dump = _dump(WEB_TOOLS[tool], page)
        _save(f"web_{tool}_{i}", dump.replace("\n", "\r\n") if i == 2 else dump, gold,
              "gb18030" if i == 1 else "utf-8")
        # PDF: typeset, then extract in one mode
        mode = ["", "-layout", "-raw"][i % 3]
        with tempfile.TemporaryDirectory() as tmp:
            pdf = Path(tmp) / "a.pdf"
            pgold = [("title", title), ("byline", furniture["byline"])] + body
            _pdf(title, pgold, trad, pdf, [18, 24, 30, 36, 22, 28][i])
            args = ["pdftotext", "-enc", "UTF-8", *([mode] if mode else []), str(pdf), "-"]
            extract = subprocess.run(args, capture_output=True, check=True).stdout.decode("utf-8")
        extract = extract.replace("\f", "\n")
        header = "體壇周報 2022年11月8日 第A12版" if trad else "体坛周报 2023年7月15日 第A12版"
        pages = [f"- {n} -" if trad else f"第 {n} 页" for n in range(1, 30)]
        _save(f"pdf{mode or '-default'}_{i}".replace("-", "_").replace("__", "_"), extract,
              _align_furniture(extract, pgold, [header, *pages]))
    # hard wraps: by character count and by display columns
    for i, (title, context, _trad) in enumerate(articles[:3]):
        paras = _paragraphs(context)
        if i == 0:  # by character count, blank lines between paragraphs
            lines = [title, ""] + [ln for p in paras for ln in [*textwrap.wrap(p, 26), ""]]
        elif i == 1:  # by display columns, first lines indented by two U+3000
            lines = [title, ""] + [ln for p in paras for ln in _display_wrap("\u3000\u3000" + p, 76)]
        else:  # by character count, nothing between paragraphs
            lines = [title, ""] + [ln for p in paras for ln in textwrap.wrap(p, 30)]
        _save(f"wrap_{'chars' if i % 2 == 0 else 'columns'}_{i}", "\n".join(lines),
              [("title", title)] + [("paragraph", p) for p in paras])


if __name__ == "__main__":
    main()
