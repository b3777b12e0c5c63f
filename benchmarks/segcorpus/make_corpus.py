"""Build the segmentation development corpus (benchmarks/segcorpus/) from public text.

    python benchmarks/segcorpus/make_corpus.py --force    # needs reportlab, python-docx, pdftotext, lynx, w3m, html2text

The corpus is built in a temporary folder inside ``--out`` and swapped in when it is complete; only this
script's part is replaced (``native/dev``, ``native/heldout``, ``text/dev``, ``text/heldout``, their gold files
and ``manifest.json``; the other batches' folders and gold stay). Without ``--force`` it refuses to replace
a corpus that is there.

48 documents: 24 made of CMRC 2018 *trial* contexts (simplified) and 24 of DRCD *test* contexts
(traditional), from ../shared/data/. Each document is two or three source articles: a title, the
articles' contexts cut into paragraphs at sentence ends, the later articles' titles as section
headings (sometimes the first too, right under the title), and on most documents a byline
(``来源：新华网 2023-06-01 记者 王某``, kind ``byline``) and an editor line (``责任编辑：李某``, kind
``meta``: an editor credit, not authorship).

Each document is rendered natively and then turned into text by real tools:

- ``native/<split>/<id>_pdf.pdf``: typeset by reportlab with the built-in CID fonts STSong-Light /
  MSung-Light, one or two columns, varied page sizes, font sizes, leading, indents, justification,
  running headers and page numbers (``- 1 -``, ``第 1 页``, ...);
  ``text/<split>/<id>_pdftotext*.txt``: ``pdftotext`` default, ``-layout`` (one-column documents
  only: on two-column pages it interleaves the columns line by line) and ``-raw``.
- ``native/<split>/<id>_html.html``: a news page with site furniture (top bar, navigation,
  breadcrumbs, ``【字号 大 中 小】【打印】【关闭】``, image captions, share bar, related articles,
  footer with ICP licence), simplified or traditional, UTF-8 or GB18030;
  ``text/<split>/<id>_lynx72.txt``, ``_lynx100.txt`` (with the link list), ``_w3m.txt``, ``_html2text.txt``.
- ``native/<split>/<id>_docx.docx``: python-docx, Title / Heading 1 styles, a running page header.
- ``text/<split>/<id>_wrapped.txt``: the article wrapped at a fixed display width (CJK two columns,
  ASCII one), with a running header and page footers between pages.

Text files are then saved as UTF-8, UTF-8 with BOM, GB18030 (simplified documents only: the text
route's decoder takes traditional GB18030 for a wrong guess) or with CRLF line ends, and some get
OCR-like spaces between characters (all decided by the document's number, so reruns give the same
text files; the .docx zips carry timestamps). Gutters and leading of two-column pages are kept where
pdftotext reads the columns one after the other (with wide leading it reads them line by line).

Gold comes from construction: ``gold/<stem>.json`` for every input file ``<stem>.*``, in the format of
tests/data/segment_gold/ (``{"doc_id", "source", "units": [{"kind", "text"}]}``; kinds title, heading,
byline, meta, paragraph, debris; every piece of the file's text in one unit, in file order). For a text
dump the units are found by aligning each dump line with what was typeset (whitespace removed; an
exact typeset line or block, else the nearest occurrence, else difflib around the cursor): every
dump character takes the unit of the typeset character it matches; unmatched characters take the
unit of their line's neighbour; consecutive lines with no match at all become one debris unit. lynx's
link list (``References`` and its ``1. file:///…`` lines) is aligned with nothing: each of its lines is
a debris unit of its own (``link_list_lines``). A content unit cut by page furniture is recorded as pieces in
file order, each later piece marked ``"cont": true``. For native files the content units are whole
and the furniture that the page shows is listed as debris units after them in ``"furniture"``.

Split: documents whose number ``n`` (000-023 within each source) has ``n % 3 == 2`` are held out
(16 of 48); the rest are the development part.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import random
import re
import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[1] / ".." / "shared" / "data"
PER_SOURCE = 24
CLOSING = set("，。、；：？！）」』”’》〉】,.;:?!)%")
OPENING = set("（「『“‘《〈【(")

SIMP = {
    "sources": ["新华网", "人民网", "中国新闻网", "央视网", "光明网", "澎湃新闻", "科技日报"],
    "reporters": ["王某", "李明", "张伟", "刘洋", "陈静", "赵磊", "孙悦", "周婷"],
    "editors": ["李某", "王芳", "何军", "吴倩"],
    "by_forms": ["来源：{src} {date} 记者 {rep}", "来源：{src}　作者：{rep}　{date}", "{date}　来源：{src}　记者　{rep}",
                 "本报记者 {rep}", "来源：{src} {date} 记者 {rep} 通讯员 {rep2}"],
    "editor_forms": ["责任编辑：{ed}", "（责任编辑：{ed}）", "【责任编辑：{ed}】"],
    "site": ["华夏资讯网", "东方新闻网", "中华在线", "神州时报网"],
    "topbar": "登录 | 注册 | 手机版 | 设为首页",
    "nav": ["首页", "新闻中心", "国内", "国际", "财经", "科技", "体育", "文化", "图片", "视频"],
    "crumb": ["首页 > 新闻中心 > 国内 > 正文", "您的位置：首页 > 科技 > 正文", "当前位置：首页 > 文化 > 百科"],
    "tools": "【字号 大 中 小】【打印】【关闭】",
    "caption": "点击查看大图",
    "share": ["扫一扫，分享到朋友圈", "分享到：微信 微博 QQ空间", "扫一扫，分享到朋友圈 分享到：微博"],
    "related": "相关新闻",
    "related_items": ["新一期专题报道发布", "读者来信选登", "本周热点回顾", "图片新闻集锦"],
    "more": ["更多新闻", "热点推荐"],
    "footer_links": "关于我们 | 联系我们 | 广告服务 | 网站地图 | 版权声明",
    "copyright": "版权所有 © 2023 {site} 京ICP证{num}号",
    "headers": ["{paper} {date} 第A{n}版", "{paper} · 综合新闻", "{paper}　{date}　星期四"],
    "papers": ["体坛周报", "科技日报", "华夏时报", "南方周末", "光明日报"],
    "pagenums": ["- {p} -", "第 {p} 页", "{p}", "第{p}页 共{n}页", "— {p} —"],
    "heading_forms": ["{h}", "一、{h}", "■ {h}", "（{cn}）{h}"],
}
TRAD = {
    "sources": ["中央社", "聯合新聞網", "自由時報", "中時新聞網", "公視新聞"],
    "reporters": ["王小明", "林志豪", "陳美玲", "黃建國", "張雅婷", "李家豪"],
    "editors": ["李某", "吳淑芬", "蔡明哲"],
    "by_forms": ["來源：{src} {date} 記者 {rep}", "記者{rep}／台北報導", "{date}　來源：{src}　記者　{rep}",
                 "中央社記者{rep}台北{date}電", "來源：{src} {date} 記者 {rep} 編譯 {rep2}"],
    "editor_forms": ["責任編輯：{ed}", "（責任編輯：{ed}）", "編輯：{ed}"],
    "site": ["寶島新聞網", "台灣時報網", "華文資訊網"],
    "topbar": "登入 | 註冊 | 行動版 | 訂閱電子報",
    "nav": ["首頁", "新聞", "政治", "國際", "財經", "科技", "體育", "文化", "影音"],
    "crumb": ["首頁 > 新聞 > 生活 > 正文", "首頁 > 新聞", "目前位置：首頁 > 國際 > 內文"],
    "tools": "放大 縮小 【列印】【關閉】",
    "caption": "點擊查看大圖",
    "share": ["分享到：Facebook LINE 推特", "掃一掃，分享到朋友圈", "分享 Facebook 複製連結"],
    "related": "相關新聞",
    "related_items": ["新一期專題報導發布", "讀者來信選登", "本週熱點回顧", "圖片新聞集錦"],
    "more": ["更多新聞", "熱門推薦"],
    "footer_links": "關於我們 | 聯絡我們 | 廣告刊登 | 隱私權政策",
    "copyright": "版權所有 © 2023 {site} 轉載請註明出處",
    "headers": ["{paper} {date} A{n}版", "{paper} · 綜合新聞", "{paper}　{date}　星期四"],
    "papers": ["聯合報", "中國時報", "自由時報", "民生報"],
    "pagenums": ["- {p} -", "第 {p} 頁", "{p}", "第{p}頁／共{n}頁", "— {p} —"],
    "heading_forms": ["{h}", "一、{h}", "■ {h}", "（{cn}）{h}"],
}
CN_NUM = "一二三四五六七八九十"


# --------------------------------------------------------------------------- documents

def load_articles():
    cmrc = json.loads((DATA / "cmrc2018" / "cmrc2018_trial.json").read_text("utf-8"))["data"]
    drcd = json.loads((DATA / "drcd" / "DRCD_test.json").read_text("utf-8"))["data"]
    simp = [(a["paragraphs"][0]["context"], _title(a)) for a in cmrc]
    trad = [(a["paragraphs"], a["title"]) for a in drcd]
    return simp, trad


def _title(article) -> str:
    return article.get("title") or article["paragraphs"][0]["context"][:8]


def split_sentences_into_paragraphs(text: str, rng: random.Random) -> list[str]:
    """Cut one context into paragraphs of about 100-260 characters at sentence ends."""
    sentences = re.findall(r"[^。！？]*[。！？]+[”」』]?|[^。！？]+$", text)
    paras, cur = [], ""
    target = rng.randint(100, 260)
    for s in sentences:
        cur += s
        if len(cur) >= target:
            paras.append(cur)
            cur, target = "", rng.randint(100, 260)
    if cur:
        if paras and len(cur) < 40:
            paras[-1] += cur
        else:
            paras.append(cur)
    return [p.strip() for p in paras if p.strip()]


def clean(text: str, script: str = "simp") -> str:
    """Whitespace collapsed; control characters and characters the CID font cannot show dropped
    (STSong-Light covers GBK, MSung-Light Big5), so every format carries the same text."""
    text = re.sub(r"\s+", " ", text).strip()
    codec = "gbk" if script == "simp" else "big5"
    return "".join(ch for ch in text if unicodedata.category(ch)[0] != "C" and _encodable(ch, codec))


def _encodable(ch: str, codec: str) -> bool:
    try:
        ch.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def to_trad(text: str) -> str:
    """DRCD titles are sometimes simplified; the documents are traditional throughout."""
    import opencc

    return opencc.OpenCC("s2t").convert(text)


def build_documents():
    simp, trad = load_articles()
    docs = []
    rng = random.Random(20231)
    # CMRC trial: one context per article; two or three articles per document
    pool = [a for a in simp if 250 <= len(a[0]) <= 900]
    pos = 0
    for n in range(PER_SOURCE):
        k = 2 + (n % 2)
        parts = pool[pos:pos + k]
        pos += k
        sections = [(clean(t), split_sentences_into_paragraphs(clean(c), rng)) for c, t in parts]
        docs.append(_assemble(f"cmrc-{n:03d}", "simp", sections, n, rng))
    pool = [a for a in trad if 2 <= len(a[0]) <= 6]
    pos = 0
    for n in range(PER_SOURCE):
        k = 2 if n % 3 else 1
        parts = pool[pos:pos + k]
        pos += k
        sections = [(clean(to_trad(t), "trad"), [clean(p["context"], "trad") for p in ps[:4]]) for ps, t in parts]
        docs.append(_assemble(f"drcd-{n:03d}", "trad", sections, n, rng))
    return docs


def _assemble(doc_id, script, sections, n, rng):
    lex = SIMP if script == "simp" else TRAD
    units = []  # (kind, text)
    title = sections[0][0]
    if n % 4 == 1:
        title = f"{title}：{sections[1][0] if len(sections) > 1 else title + ('的歷史' if script == 'trad' else '的历史')}"
    units.append(("title", title))
    date = rng.choice(["2023-06-01", "2023年6月1日", "2022-11-17 08:32", "2023/03/05", "2021年9月28日 14:05"])
    if n % 3 != 1:
        rep, rep2 = rng.sample(lex["reporters"], 2)
        units.append(("byline", rng.choice(lex["by_forms"]).format(src=rng.choice(lex["sources"]), date=date,
                                                                    rep=rep, rep2=rep2)))
    heading_form = lex["heading_forms"][n % len(lex["heading_forms"])]
    for i, (head, paras) in enumerate(sections):
        if i > 0 or n % 5 == 3:
            units.append(("heading", heading_form.format(h=head, cn=CN_NUM[i]).replace("一、", CN_NUM[i] + "、")))
        units += [("paragraph", p) for p in paras]
    if n % 2 == 0:
        units.append(("meta", rng.choice(lex["editor_forms"]).format(ed=rng.choice(lex["editors"]))))
    split = "heldout" if n % 3 == 2 else "dev"
    return {"id": doc_id, "script": script, "n": n, "split": split, "units": units, "date": date}


# --------------------------------------------------------------------------- gold from alignment

_WS = re.compile(r"\s+")
_ALNUM = re.compile(r"[0-9A-Za-z]")
_LINK_TAIL = re.compile(r"\[\d+\]$")
# a line of lynx's link list, whitespace removed: "1.file:///0/", "10.javascript:;", "[3]https://…"
_LINK_LIST_ITEM = re.compile(r"(?:\d{1,4}\.|\[\d{1,4}\])(?:(?:https?|file|ftp)://|javascript:|mailto:)\S*")
_LINK_MARK = re.compile(r"\[\d+\]")
# list bullets, link numbers and emphasis marks that text browsers add around a block
_DECOR = re.compile(r"^(?:[*+#o•·-]|\[\d+\]|\d+\.)+|\*+$")


def tidy(text: str) -> str:
    """Whitespace removed except a single space between two ASCII letters/digits."""
    text = _WS.sub(" ", text).strip()
    out = []
    for i, ch in enumerate(text):
        if ch == " " and not (_ALNUM.match(text[i - 1]) and i + 1 < len(text) and _ALNUM.match(text[i + 1])):
            continue
        out.append(ch)
    return "".join(out)


def link_list_lines(lines: list[str]) -> list[int]:
    """Indices of the lines of the link list that ``lynx -dump`` prints at the end of a page: its
    ``References`` heading and each link line after it (one link a line: lynx never wraps a
    target). Each is a debris unit of its own (a numbered list is a list, one unit per item).
    Empty when the dump has no such list, or when a non-blank line after the heading is no link."""
    head = next((li for li in range(len(lines) - 1, -1, -1) if lines[li].strip() == "References"), None)
    if head is None:
        return []
    items = [li for li in range(head + 1, len(lines)) if lines[li].strip()]
    if not items or not all(_LINK_LIST_ITEM.fullmatch(_WS.sub("", lines[li])) for li in items):
        return []
    return [head, *items]


def label_dump(dump: str, expected: list[tuple[str, str]], kinds: dict[str, str]) -> list[dict]:
    """Gold units for ``dump`` given the typeset sequence ``expected`` of (unit id, text).

    Line by line: a dump line equal to a typeset item (a PDF line, an HTML block) takes its unit;
    otherwise the line is looked up in the typeset text (nearest occurrence after the previous
    line's, then anywhere); otherwise its characters are aligned with difflib against the text
    around the cursor. Tools reorder text (columns, floats), so the lookup is per line, not global.
    """
    exp_chars, exp_ids, item_at, items = [], [], {}, []
    for uid, text in expected:
        sq = _WS.sub("", text)
        if sq:
            item_at.setdefault(sq, []).append((len(exp_chars), uid))
            items.append((len(exp_chars), uid, sq))
        for ch in sq:
            exp_chars.append(ch)
            exp_ids.append(uid)
    big = "".join(exp_chars)
    lines = dump.split("\n")
    flat, where = [], []  # non-space dump chars, (line, col)
    for li, line in enumerate(lines):
        for ci, ch in enumerate(line):
            if not ch.isspace():
                flat.append(ch)
                where.append((li, ci))
    labels: list = [None] * len(flat)
    by_line: dict[int, list[int]] = {}
    for i, (li, _) in enumerate(where):
        by_line.setdefault(li, []).append(i)
    # lynx's link list: one debris unit per line, aligned with nothing
    for li in link_list_lines(lines):
        for i in by_line.pop(li, []):
            labels[i] = f"link-{li}"
        kinds[f"link-{li}"] = "debris"
    cursor = 0

    def nearest(positions: list[int]) -> int:
        after = [p for p in positions if p >= cursor]
        return min(after) if after else max(positions)

    for li in sorted(by_line):
        idx = by_line[li]
        sq = "".join(flat[i] for i in idx)
        if "[" in sq:  # link numbers a text browser added ("[12]") are matched to nothing
            marks = {k for m in _LINK_MARK.finditer(sq) for k in range(m.start(), m.end())}
            idx = [i for k, i in enumerate(idx) if k not in marks]
            sq = "".join(flat[i] for i in idx)
            if not idx:
                continue
        placed = False
        for core in dict.fromkeys((sq, _DECOR.sub("", sq))):
            skip = sq.find(core) if core else -1
            if skip < 0:
                continue
            if core in item_at:
                pos = nearest([p for p, _ in item_at[core]])
            else:
                found, p = [], big.find(core)
                while p != -1 and len(core) >= 2:
                    found.append(p)
                    p = big.find(core, p + 1)
                pos = nearest(found) if found else None
            if pos is not None:
                for k in range(len(core)):
                    labels[idx[skip + k]] = exp_ids[pos + k]
                cursor = pos + len(core)
                placed = True
                break
        if placed:
            continue
        # a typeset line the tool changed a little (a dropped "·", a spacing quirk): the most similar
        # typeset line near the cursor, when it is clearly that line, takes the whole dump line
        best, best_item = 0.0, None
        for p0, uid, item in items:
            if p0 < cursor - 300 or p0 > cursor + 3000 or not 0.7 <= len(sq) / max(1, len(item)) <= 1.3:
                continue
            m = difflib.SequenceMatcher(None, sq, item, autojunk=False)
            if m.quick_ratio() > best and m.ratio() > best:
                best, best_item = m.ratio(), (p0, uid, item)
        if best >= 0.8 and best_item is not None:
            for i in idx:
                labels[i] = best_item[1]
            cursor = best_item[0] + len(best_item[2])
            continue
        lo = max(0, cursor - 50)
        window = big[lo:cursor + 3 * len(sq) + 200]
        matcher = difflib.SequenceMatcher(None, sq, window, autojunk=False)
        last = cursor
        for a, b, size in matcher.get_matching_blocks():
            if size >= 2 or (size == 1 and len(sq) <= 3):
                for k in range(size):
                    labels[idx[a + k]] = exp_ids[lo + b + k]
                last = lo + b + size
        cursor = max(cursor, last)
    # a link number that lynx left at the end of a line ("…王小明 [11]") belongs to the next line's link
    unmatched = {i for i, label in enumerate(labels) if label is None}
    ordered = sorted(by_line)
    for k, li in enumerate(ordered[:-1]):
        line = "".join(flat[i] for i in by_line[li])
        m = _LINK_TAIL.search(line)
        if m and all(i in unmatched for i in by_line[li][m.start():]):
            nxt = next((labels[i] for i in by_line[ordered[k + 1]] if labels[i] is not None), None)
            if nxt is not None:
                for i in by_line[li][m.start():]:
                    labels[i] = nxt
    # fill unmatched characters from their own line; whole unmatched lines become debris
    extra = 0
    prev_unmatched_line = -2
    for li in sorted(by_line):
        idx = by_line[li]
        if all(labels[i] is None for i in idx):
            if prev_unmatched_line != li - 1:
                extra += 1
            for i in idx:
                labels[i] = f"extra-{extra}"
            kinds[f"extra-{extra}"] = "debris"
            prev_unmatched_line = li
            continue
        last = None
        for i in idx:
            if labels[i] is None:
                labels[i] = last
            else:
                last = labels[i]
        nxt = None
        for i in reversed(idx):
            if labels[i] is None:
                labels[i] = nxt
            else:
                nxt = labels[i]
    # runs in file order (original spacing kept inside a run, then tidied)
    units, seen = [], set()
    start = 0
    for i in range(1, len(flat) + 1):
        if i == len(flat) or labels[i] != labels[start]:
            (l0, c0), (l1, c1) = where[start], where[i - 1]
            piece = "\n".join(lines[l0:l1 + 1])
            piece = piece[c0:len(piece) - (len(lines[l1]) - c1 - 1)]
            uid = labels[start]
            unit = {"kind": kinds[uid], "text": tidy(piece)}
            if uid in seen and kinds[uid] != "debris":
                unit["cont"] = True
            seen.add(uid)
            units.append(unit)
            start = i
    return units


# --------------------------------------------------------------------------- PDF

def _fonts():
    from reportlab.pdfbase import cidfonts, pdfmetrics

    # reportlab maps MSung-Light to the GB CMap; the CNS one is the right one for Adobe-CNS1
    cidfonts.defaultUnicodeEncodings["MSung-Light"] = ("cht", "UniCNS-UCS2-H")
    for face in ("STSong-Light", "MSung-Light"):
        if face not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(cidfonts.UnicodeCIDFont(face))
    return pdfmetrics


def wrap_width(text: str, width: float, measure, first_indent: float = 0.0) -> list[str]:
    """Greedy line breaking by measured width, keeping closing punctuation off line starts."""
    lines, cur, cur_w = [], "", first_indent
    limit = width
    for ch in text:
        w = measure(ch)
        if cur and cur_w + w > limit and ch not in CLOSING:
            if cur[-1] in OPENING and len(cur) > 1:
                lines.append(cur[:-1])
                cur, cur_w = cur[-1], measure(cur[-1])
            else:
                lines.append(cur)
                cur, cur_w = "", 0.0
        cur += ch
        cur_w += w
    if cur:
        lines.append(cur)
    return lines


def render_pdf(doc, path: Path, rng: random.Random):
    from reportlab.lib.pagesizes import A4, A5, letter
    from reportlab.pdfgen import canvas

    pdfmetrics = _fonts()
    lex = SIMP if doc["script"] == "simp" else TRAD
    face = "STSong-Light" if doc["script"] == "simp" else "MSung-Light"
    n = doc["n"]
    size = [A4, A5, letter][n % 3]
    columns = 2 if n % 3 == 0 and size is not A5 else 1
    body = rng.choice([9.5, 10, 10.5, 11, 12])
    leading = body * rng.choice([1.3, 1.45, 1.6, 1.8])
    if columns == 2:  # newspaper leading: with wide leading pdftotext reads two columns line by line
        leading = min(leading, body * 1.45)
    indent_style = ["indent", "indent", "gap", "indent+gap"][n % 4]
    justify = n % 5 != 4
    margin = rng.choice([48, 56, 64, 72])
    gutter = 2.5 * body + 6
    page_w, page_h = size
    col_w = (page_w - 2 * margin - (columns - 1) * gutter) / columns
    header_form = rng.choice(lex["headers"])
    paper = rng.choice(lex["papers"])
    pagenum_form = lex["pagenums"][n % len(lex["pagenums"])]
    header_on_first = n % 2 == 0

    def width_of(text, fsize):
        return pdfmetrics.stringWidth(text, face, fsize)

    # lay out: list of pages, each a list of (unit_id, x, y, text, fsize, charspace)
    kinds = {}
    pages: list[list] = [[]]
    top = page_h - margin - 18
    bottom = margin + 18
    col, y = 0, top
    first_block_full = True
    for ui, (kind, text) in enumerate(doc["units"]):
        uid = f"u{ui}"
        kinds[uid] = kind
        if kind == "title":
            fs = rng.choice([16, 18, 20, 22])
            lines = wrap_width(text, page_w - 2 * margin, lambda ch, fs=fs: width_of(ch, fs))
            for line in lines:
                y -= fs * 1.3
                x = (page_w - width_of(line, fs)) / 2
                pages[-1].append((uid, x, y, line, fs, 0))
            y -= fs * 0.8
            continue
        if kind == "byline" and first_block_full and ui <= 2:
            fs = body - 1
            y -= fs * 1.6
            x = (page_w - width_of(text, fs)) / 2
            pages[-1].append((uid, x, y, text, fs, 0))
            y -= body
            continue
        if first_block_full:
            first_block_full = False
            col_top = y
        fs = body + 2 if kind == "heading" else body - 1 if kind in ("byline", "meta") else body
        lead = fs * (leading / body)
        ind = 2 * body if (kind == "paragraph" and "indent" in indent_style) else 0
        lines = wrap_width(text, col_w, lambda ch, fs=fs: width_of(ch, fs), first_indent=ind)
        gap = (body * 0.8 if kind == "heading" else 0) + (lead * 0.6 if "gap" in indent_style else 0)
        y -= gap
        for li, line in enumerate(lines):
            if y - lead < bottom:
                col += 1
                if col >= columns:
                    pages.append([])
                    col, col_top = 0, top
                y = col_top
            y -= lead
            x = margin + col * (col_w + gutter) + (ind if li == 0 else 0)
            cs = 0.0
            if justify and kind == "paragraph" and li < len(lines) - 1 and len(line) > 1:
                room = col_w - (ind if li == 0 else 0) - width_of(line, fs)
                cs = max(0.0, room / (len(line) - 1))
            pages[-1].append((uid, x, y, line, fs, cs))
        if kind == "heading":
            y -= body * 0.4
    total = len(pages)
    date = doc["date"].split(" ")[0]
    c = canvas.Canvas(str(path), pagesize=size, invariant=1)
    c.setTitle("")
    expected = []
    for p, items in enumerate(pages, start=1):
        seq = []
        if p > 1 or header_on_first:
            uid = f"hdr-{p}"
            kinds[uid] = "debris"
            htext = header_form.format(paper=paper, date=date, n=rng.randint(2, 16))
            c.setFont(face, 8)
            hx = margin if p % 2 else page_w - margin - width_of(htext, 8)
            c.drawString(hx, page_h - margin + 4, htext)
            c.setLineWidth(0.5)
            c.line(margin, page_h - margin, page_w - margin, page_h - margin)
            seq.append((uid, htext))
        for uid, x, y, text, fs, cs in items:
            c.setFont(face, fs)
            c.drawString(x, y, text, charSpace=cs)
            seq.append((uid, text))
        uid = f"pn-{p}"
        kinds[uid] = "debris"
        ptext = pagenum_form.format(p=p, n=total)
        c.setFont(face, 9)
        c.drawString((page_w - width_of(ptext, 9)) / 2, margin - 10, ptext)
        seq.append((uid, ptext))
        expected.append(seq)
        c.showPage()
    c.save()
    # the typeset order is what -raw gives; reading order puts the columns one after the other,
    # which is also how the items were laid out, so one sequence serves all modes
    flat = [item for seq in expected for item in seq]
    furniture = sorted({t for u, t in flat if kinds[u] == "debris"})
    return flat, kinds, columns, furniture


# --------------------------------------------------------------------------- HTML

def render_html(doc, rng: random.Random) -> tuple[str, list[tuple[str, str]], dict[str, str], list[str]]:
    lex = SIMP if doc["script"] == "simp" else TRAD
    n = doc["n"]
    site = rng.choice(lex["site"])
    kinds: dict[str, str] = {}
    expected: list[tuple[str, str]] = []
    furniture: list[str] = []
    out: list[str] = []

    def junk(uid, html, text):
        kinds[uid] = "debris"
        expected.append((uid, text))
        furniture.append(text)
        out.append(html)

    title = doc["units"][0][1]
    out.append('<!DOCTYPE html>\n<html lang="zh">\n<head>\n<meta charset="{charset}">\n'
               f"<title>{title}_{site}</title>\n"
               '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
               '<style>body{font-family:sans-serif}.nav li{display:inline}</style>\n'
               "<script>var _hmt = _hmt || []; (function(){ var a = 1 < 2; })();</script>\n</head>\n<body>\n")
    junk("top", f'<div class="topbar">{lex["topbar"]}</div>\n', lex["topbar"])
    nav = lex["nav"][: 6 + n % 4]
    kinds["nav"] = "debris"
    out.append('<div class="nav"><ul>' + "".join(f'<li><a href="/{i}/">{t}</a></li>' for i, t in enumerate(nav))
               + "</ul></div>\n")
    for i, t in enumerate(nav):
        kinds[f"nav{i}"] = "debris"
        expected.append((f"nav{i}", t))
    furniture += nav
    crumb = lex["crumb"][n % len(lex["crumb"])]
    parts = crumb.split(" > ")
    crumb_html = " &gt; ".join(f'<a href="/c{i}/">{p}</a>' if i < len(parts) - 1 else p for i, p in enumerate(parts))
    junk("crumb", f'<div class="crumb">{crumb_html}</div>\n', crumb)
    out.append('<div class="main"><div class="article">\n')
    para_mode = ["p", "p-indent", "br", "div"][n % 4]
    heading_mode = ["h2", "h3", "p-strong", "h2"][(n // 4) % 4]
    body_open = False
    content_uids = []
    for ui, (kind, text) in enumerate(doc["units"]):
        uid = f"u{ui}"
        kinds[uid] = kind
        content_uids.append(uid)
        esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        if kind == "title":
            out.append(f"<h1>{esc}</h1>\n")
            expected.append((uid, text))
            continue
        if kind == "byline" and not body_open:
            pieces = re.split(r"([ 　]+)", esc)
            spans = "".join(f"<span>{p}</span>" if p.strip() else p for p in pieces)
            out.append(f'<div class="info">{spans}</div>\n')
            expected.append((uid, text))
            junk("tools", f'<div class="tools">{_tools_html(lex["tools"])}</div>\n', lex["tools"])
            continue
        if not body_open:
            out.append('<div class="content" id="content">\n')
            body_open = True
            if para_mode == "br":
                out.append("<div>")
        if kind == "heading":
            if para_mode == "br":
                out.append("</div>\n")
            out.append({"h2": f"<h2>{esc}</h2>\n", "h3": f"<h3>{esc}</h3>\n",
                        "p-strong": f"<p><strong>{esc}</strong></p>\n"}[heading_mode])
            expected.append((uid, text))
            if para_mode == "br":
                out.append("<div>")
            continue
        if kind == "meta":  # the editor line at the end
            if para_mode == "br":
                out.append("</div>\n")
                para_mode = "p"
            out.append(f'<p class="editor">{esc}</p>\n')
            expected.append((uid, text))
            continue
        expected.append((uid, text))
        if para_mode == "p":
            out.append(f"<p>{esc}</p>\n")
        elif para_mode == "p-indent":
            out.append(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc}</p>\n")
        elif para_mode == "div":
            out.append(f'<div class="para">{esc}</div>\n')
        else:
            out.append(f"{esc}<br>\n<br>\n")
        if ui == 3:
            kinds["cap"] = "debris"
            out.append(f'<p class="pic"><img src="/img/{n}.jpg" alt=""><br><a href="/img/{n}.jpg">{lex["caption"]}</a></p>\n')
            expected.append(("cap", lex["caption"]))
            furniture.append(lex["caption"])
    if para_mode == "br":
        out.append("</div>\n")
    out.append("</div>\n")
    share = lex["share"][n % len(lex["share"])]
    junk("share", f'<div class="share">{share}</div>\n', share)
    out.append("</div>\n")
    kinds["rel"] = "debris"
    related = [rng.choice(lex["papers"]) + "：" + w for w in lex["related_items"]][: 3 + n % 2]
    out.append(f'<div class="related"><h3>{lex["related"]}</h3><ul>'
               + "".join(f'<li><a href="/r{i}.html">{t}</a></li>' for i, t in enumerate(related)) + "</ul></div>\n")
    expected.append(("rel", lex["related"]))
    furniture.append(lex["related"])
    for i, t in enumerate(related):
        kinds[f"rel{i}"] = "debris"
        expected.append((f"rel{i}", t))
    furniture += related
    out.append("</div>\n")
    copy = lex["copyright"].format(site=site, num=f"{100000 + n * 37:06d}")
    kinds["foot1"] = kinds["foot2"] = "debris"
    out.append(f'<div class="footer"><p>{lex["footer_links"]}</p><p>{copy}</p></div>\n</body>\n</html>\n')
    expected += [("foot1", lex["footer_links"]), ("foot2", copy)]
    furniture += [lex["footer_links"], copy]
    return "".join(out), expected, kinds, furniture


def _tools_html(tools: str) -> str:
    return re.sub(r"(打印|列印|关闭|關閉|大|中|小|放大|縮小)", r'<a href="javascript:;">\1</a>', tools)


# --------------------------------------------------------------------------- DOCX

def render_docx(doc, path: Path, rng: random.Random):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    lex = SIMP if doc["script"] == "simp" else TRAD
    d = docx.Document()
    header = rng.choice(lex["papers"]) + "　" + doc["date"].split(" ")[0]
    d.sections[0].header.paragraphs[0].text = header
    d.sections[0].footer.paragraphs[0].text = lex["copyright"].format(site=lex["site"][0], num="000001")
    for kind, text in doc["units"]:
        if kind == "title":
            d.add_paragraph(text, style="Title")
        elif kind == "heading":
            d.add_paragraph(text, style="Heading 1" if doc["n"] % 2 else "Heading 2")
        elif kind in ("byline", "meta"):
            p = d.add_paragraph(text)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            p = d.add_paragraph(text)
            p.paragraph_format.first_line_indent = Pt(21)
        if doc["n"] % 4 == 3 and kind == "paragraph":
            d.add_paragraph("")  # an empty paragraph between paragraphs, as people type them
    d.core_properties.author = ""
    d.save(str(path))
    return [header, d.sections[0].footer.paragraphs[0].text]


# --------------------------------------------------------------------------- plain wrapped text

def display_width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def render_wrapped(doc, rng: random.Random):
    lex = SIMP if doc["script"] == "simp" else TRAD
    width = rng.choice([60, 64, 70, 72, 76, 80, 90])
    blank_between = doc["n"] % 2 == 0
    indent = "　　" if doc["n"] % 3 != 1 else ""
    kinds, lines = {}, []  # (uid, line)
    for ui, (kind, text) in enumerate(doc["units"]):
        uid = f"u{ui}"
        kinds[uid] = kind
        if kind in ("paragraph",):
            body = indent + text
            cur, w = "", 0
            for ch in body:
                cw = display_width(ch)
                if w + cw > width and ch not in CLOSING:
                    lines.append((uid, cur))
                    cur, w = "", 0
                cur += ch
                w += cw
            lines.append((uid, cur))
        else:
            lines.append((uid, text if kind != "title" else " " * max(0, (width - sum(map(display_width, text))) // 2) + text))
        if blank_between:
            lines.append((None, ""))
    per_page = rng.choice([40, 50, 60])
    paper = rng.choice(lex["papers"])
    out, expected, furniture = [], [], []
    page = 1
    for i, (uid, line) in enumerate(lines):
        if i and i % per_page == 0:
            ft = lex["pagenums"][doc["n"] % len(lex["pagenums"])].format(p=page, n=len(lines) // per_page + 1)
            hd = f"{paper}　{doc['date'].split(' ')[0]}"
            for fid, t in ((f"pn-{page}", ft), (f"hdr-{page + 1}", hd)):
                kinds[fid] = "debris"
                expected.append((fid, t))
                furniture.append(t)
                out += ["", t.center(width // 2), ""]
            page += 1
        out.append(line)
        if uid:
            expected.append((uid, line))
    return "\n".join(out) + "\n", expected, kinds, furniture


# --------------------------------------------------------------------------- output

def run_tool(args: list[str], stdin: bytes | None = None) -> str:
    done = subprocess.run(args, input=stdin, capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def finish_text(text: str, n: int, variant_no: int, script: str) -> tuple[bytes, str]:
    """Encode a dump the way files arrive: UTF-8, BOM, GB18030, CRLF; some with OCR spaces."""
    text = text.replace("\f", "\n")
    text = "\n".join(line.rstrip() for line in text.split("\n")).strip("\n") + "\n"
    rng = random.Random(n * 100 + variant_no)
    how = []
    if (n + variant_no) % 7 == 3:
        text = re.sub(r"(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])", lambda m: " " if rng.random() < 0.12 else "", text)
        how.append("ocr-spaces")
    choice = (n * 3 + variant_no) % 6
    if choice == 1 and script == "trad":
        choice = 0  # traditional text comes as Big5 or UTF-8, not GB18030 (and Big5 is not read)
    if choice == 1:
        how.append("gb18030")
        data = text.encode("gb18030")
    elif choice == 2:
        how.append("utf-8-bom")
        data = b"\xef\xbb\xbf" + text.encode("utf-8")
    elif choice == 3:
        how.append("crlf")
        data = text.replace("\n", "\r\n").encode("utf-8")
    else:
        how.append("utf-8")
        data = text.encode("utf-8")
    return data, "+".join(how)


def write_gold(gold_dir: Path, stem: str, source: str, units: list[dict], extra: dict | None = None):
    body = {"doc_id": stem, "source": source, **(extra or {}), "units": units}
    lines = [json.dumps({k: v for k, v in body.items() if k != "units"}, ensure_ascii=False)[:-1] + ',\n "units": [']
    lines += [" " + json.dumps(u, ensure_ascii=False) + "," for u in units]
    lines[-1] = lines[-1].rstrip(",")
    path = gold_dir / f"{stem}.json"
    tmp = path.with_suffix(".json.tmp")  # written whole, then renamed: a kill never leaves half a gold file
    tmp.write_text("\n".join(lines) + "\n ]}\n", encoding="utf-8")
    tmp.replace(path)


_SPLITS = ("dev", "heldout")
_PARTS = tuple(Path(route) / split for route in ("native", "text") for split in _SPLITS)  # what this script owns


def _own_gold(out: Path) -> list[Path]:
    """The gold files of the corpus now in ``out`` that this script made: one per input file of its splits
    (gold/ also holds the other batches' gold, which is left alone)."""
    stems = {f.stem for part in _PARTS if (out / part).is_dir() for f in (out / part).iterdir()}
    return [out / "gold" / f"{stem}.json" for stem in sorted(stems) if (out / "gold" / f"{stem}.json").exists()]


def _swap_in(built: Path, out: Path) -> None:
    """Move the corpus built in ``built`` into ``out``, replacing this script's part of the old one (its split
    folders, its gold files, manifest.json) and nothing else; each old folder is renamed aside before the new
    one is renamed in (gold files are replaced one by one, each by a rename)."""
    old = built / "old"
    for stale in _own_gold(out):
        if not (built / "gold" / stale.name).exists():
            stale.unlink()
    (out / "gold").mkdir(exist_ok=True)
    for gold in sorted((built / "gold").iterdir()):
        gold.replace(out / "gold" / gold.name)
    for part in _PARTS:
        if (out / part).exists():
            (old / part).parent.mkdir(parents=True, exist_ok=True)
            (out / part).rename(old / part)
        (out / part).parent.mkdir(parents=True, exist_ok=True)
        (built / part).rename(out / part)
    (built / "manifest.json").replace(out / "manifest.json")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=str(HERE))
    parser.add_argument("--force", action="store_true",
                        help="replace the corpus already in --out (its dev/heldout folders, their gold, manifest.json)")
    args = parser.parse_args(argv)
    out = Path(args.out)
    if not args.force and (any((out / part).exists() for part in _PARTS) or (out / "manifest.json").exists()):
        parser.exit(1, f"{out} already holds this corpus (native/dev, text/dev, ...): pass --force to rebuild it "
                       "(the new files are built aside and swapped in; other batches are left alone)\n")
    out.mkdir(parents=True, exist_ok=True)
    built = Path(tempfile.mkdtemp(prefix=".segcorpus-build-", dir=out))  # same file system: the swap is renames
    try:
        (built / "gold").mkdir()
        for part in _PARTS:
            (built / part).mkdir(parents=True)
        manifest = []
        tmp = Path(tempfile.mkdtemp(prefix="segcorpus-"))
        try:
            for doc in build_documents():
                manifest.append(_render_all(doc, built, tmp))
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        (built / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    except BaseException:
        shutil.rmtree(built, ignore_errors=True)  # the old corpus was not touched
        raise
    _swap_in(built, out)  # (should a rename fail, the old folders stay in built/old for a manual fix)
    shutil.rmtree(built, ignore_errors=True)
    print(f"{len(manifest)} documents, {sum(len(m['files']) for m in manifest)} files in {out}")
    return 0


def _render_all(doc, out: Path, tmp: Path) -> dict:
    did, split, n = doc["id"], doc["split"], doc["n"]
    seed = int(hashlib.sha1(did.encode()).hexdigest()[:8], 16)
    rng = random.Random(seed)
    gold_dir, ndir, tdir = out / "gold", out / "native" / split, out / "text" / split
    content = [{"kind": k, "text": t} for k, t in doc["units"]]
    files = []

    def text_file(stem, dump, expected, kinds, variant_no, tool):
        units = label_dump(dump, expected, dict(kinds))
        data, how = finish_text(dump, n, variant_no, doc["script"])
        (tdir / f"{stem}.txt").write_bytes(data)
        write_gold(gold_dir, stem, f"text/{split}/{stem}.txt", units, {"tool": tool, "encoding": how})
        files.append({"path": f"text/{split}/{stem}.txt", "route": "text", "tool": tool, "encoding": how})

    # PDF
    pdf = ndir / f"{did}_pdf.pdf"
    expected, kinds, columns, furniture = render_pdf(doc, pdf, rng)
    write_gold(gold_dir, pdf.stem, f"native/{split}/{pdf.name}", content, {"furniture": furniture})
    files.append({"path": f"native/{split}/{pdf.name}", "route": "native", "tool": "reportlab", "columns": columns})
    modes = [("pdftotext", []), ("pdftotext-raw", ["-raw"])] + ([("pdftotext-layout", ["-layout"])] if columns == 1 else [])
    for vn, (name, flags) in enumerate(modes):
        dump = run_tool(["pdftotext", *flags, "-enc", "UTF-8", str(pdf), "-"])
        text_file(f"{did}_{name}", dump, expected, kinds, vn, name)
    # HTML
    html, expected, kinds, furniture = render_html(doc, rng)
    charset = "gb18030" if doc["script"] == "simp" and n % 3 == 1 else "utf-8"
    page = ndir / f"{did}_html.html"
    page.write_bytes(html.replace("{charset}", {"gb18030": "gbk"}.get(charset, charset)).encode(charset))
    write_gold(gold_dir, page.stem, f"native/{split}/{page.name}", content, {"furniture": furniture})
    files.append({"path": f"native/{split}/{page.name}", "route": "native", "tool": "html", "encoding": charset})
    utf = tmp / f"{did}.html"
    utf.write_text(html.replace("{charset}", "utf-8"), encoding="utf-8")
    dumps = [
        ("lynx72", ["lynx", "-dump", "-nolist", "-width=72", "-assume_charset=utf-8", "-display_charset=utf-8", str(utf)]),
        ("lynx100", ["lynx", "-dump", "-width=100", "-assume_charset=utf-8", "-display_charset=utf-8", str(utf)]),
        ("w3m", ["w3m", "-dump", "-cols", str(70 + 10 * (n % 3)), "-I", "utf-8", "-O", "utf-8", "-T", "text/html", str(utf)]),
        ("html2text", ["html2text", "-utf8", "-nobs", "-width", str(72 + 8 * (n % 2)), str(utf)]),
    ]
    for vn, (name, cmd) in enumerate(dumps):
        text_file(f"{did}_{name}", run_tool(cmd), expected, kinds, 3 + vn, name)
    # DOCX
    docx_path = ndir / f"{did}_docx.docx"
    furniture = render_docx(doc, docx_path, rng)
    write_gold(gold_dir, docx_path.stem, f"native/{split}/{docx_path.name}", content, {"furniture": furniture})
    files.append({"path": f"native/{split}/{docx_path.name}", "route": "native", "tool": "python-docx"})
    # wrapped plain text
    dump, expected, kinds, _ = render_wrapped(doc, rng)
    text_file(f"{did}_wrapped", dump, expected, kinds, 7, "wrapped")
    return {"id": did, "split": split, "script": doc["script"], "files": files}


if __name__ == "__main__":
    raise SystemExit(main())
