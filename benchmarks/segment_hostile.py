"""Hostile inputs through segmentation: a generator of families at three sizes, and a timer that
flags superlinear growth, exceptions and broken offsets (issue 10, review rv10).

    nice python benchmarks/segment_hostile.py                    # every family, 10 / 40 / 160 KB
    nice python benchmarks/segment_hostile.py --route text --only md_link_open,brackets
    nice python benchmarks/segment_hostile.py --kb 5,20,80 --json > /tmp/hostile.json

Routes: ``text`` (:func:`annotate.segment.segment_text` on a decoded string, then ``check_offsets``
on every unit), ``html`` (:func:`annotate.segment.readers.html.read_html` on bytes), ``pdf`` and
``docx`` (the native readers on files built here with reportlab and python-docx), and ``cli``
(``python -m annotate segment DIR --out F`` on a folder holding one hostile file: exit 0 with an
output, or exit 1 with ONE line on stderr and no output; never a traceback).

Each case runs in a forked child with a time limit (``--limit``, default 60 s); a family stops at
the first size that fails or runs out of time. A family is flagged when it raises, breaks an
offset, times out, or when its time grows more than ``--ratio`` (default 6) times for 4x the size
(only judged once the larger time is over 0.2 s: below that, start-up noise dominates). This is a
benchmark, not a test: the machine may be shared, so note the load average printed beside the
figures. The fixes it led to have plain tests in tests/annotate/test_segment_hostile.py.
"""

from __future__ import annotations

import argparse
import html
import io
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import traceback
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PROSE = "国家高新区产业创新发展，科技园区经济数据增长研究。发展规划建设城市交通网络！"
RNG_SEED = 10


def _fill(unit: str, n: int) -> str:
    """``unit`` repeated to about ``n`` UTF-8 bytes."""
    return unit * max(1, n // max(1, len(unit.encode("utf-8", "surrogatepass"))))


def _lines(line: str, n: int, sep: str = "\n") -> str:
    return _fill(line + sep, n)


def _rand_unicode(n: int) -> str:
    rng = random.Random(RNG_SEED)
    out = []
    size = 0
    while size < n:
        cp = rng.choice((rng.randrange(0x20, 0x7F), rng.randrange(0x4E00, 0x9FFF), rng.randrange(0x3000, 0x3040),
                         rng.randrange(0xFF00, 0xFFEF), rng.randrange(0x1F300, 0x1F6FF), 0x0A, 0x0A, 0x20, 0x3000))
        ch = chr(cp)
        out.append(ch)
        size += len(ch.encode("utf-8", "surrogatepass"))
    return "".join(out)


def _ocr_line(n: int) -> str:
    return _fill(" ".join(PROSE) + "\n", n)


# ---------------------------------------------------------------- text route: name -> size in bytes -> str
TEXT: dict[str, Callable[[int], str]] = {
    "one_line_log": lambda n: _fill("2023-07-01 12:00:00,123 INFO [worker-3] request id=42 path=/a/b?q=1 took 12ms; ", n),
    "one_line_prose": lambda n: _fill(PROSE, n),
    "one_line_no_punct": lambda n: _fill("国家高新区产业创新发展科技园区经济数据增长研究", n),
    "md_link_open": lambda n: _fill("[a](", n),
    "md_link_open_lines": lambda n: _lines("[a](" * 50, n),
    "md_links_closed": lambda n: _fill("[链接](http://a.cn/x) ", n),
    "md_image_open": lambda n: _fill("![a](", n),
    "md_link_space": lambda n: _fill("[a](", n) + " )",
    "md_link_title_open": lambda n: _fill('[a](x "', n),
    "images_open": lambda n: "![" * (n // 2) + "](",
    "emphasis_open": lambda n: _fill("**a ", n),
    "underscore_open": lambda n: _fill("__a ", n),
    "strike_open": lambda n: _fill("~~a ", n),
    "star_heading_spaces": lambda n: "*** x" + " " * n + "y\n" + PROSE,
    "star_heading_open": lambda n: "*** " + _fill("x ", n) + "\n",
    "brackets": lambda n: "[" * n + "](",
    "brackets_close": lambda n: "]" * n + "(",
    "parens": lambda n: "(" * n,
    "bracket_pairs": lambda n: _fill("[]()", n),
    "cjk_brackets": lambda n: _fill("【", n) + "】",
    "cjk_quotes": lambda n: _fill("《「（", n),
    "md_headings": lambda n: _lines("#" * 6 + " 标题", n),
    "hash_run": lambda n: "#" * n + " x\n" + PROSE,
    "nested_bullets": lambda n: "".join(f"{'  ' * (i % 200)}- 项目{i}\n" for i in range(max(1, n // 250))),
    "bullets": lambda n: _lines("* 项目", n),
    "pipes_table": lambda n: _lines("| a | b | c | 数 | 据 |", n),
    "rules": lambda n: _lines("-" * 60, n),
    "emphasis": lambda n: _fill("*_", n),
    "backticks": lambda n: _fill("`", n),
    "nul": lambda n: _fill(PROSE + "\x00", n),
    "lone_surrogates": lambda n: _fill(PROSE[:10] + "\udcff\ud800" + PROSE[10:] + "\n", n),
    "cr_only": lambda n: _lines(PROSE, n, "\r"),
    "crlf": lambda n: _lines(PROSE, n, "\r\n"),
    "cr_cr_lf": lambda n: _lines(PROSE, n, "\r\r\n"),
    "u2028": lambda n: _lines(PROSE, n, "\u2028"),
    "u2029": lambda n: _lines(PROSE, n, "\u2029"),
    "vt_nel": lambda n: _lines(PROSE, n, "\x0b\x85\x1c"),
    "spaces_line": lambda n: PROSE + "\n" + " " * n + "\n" + PROSE + "\n",
    "spaces_then_text": lambda n: " " * n + "1\n",
    "ideo_spaces": lambda n: PROSE + "\n" + "\u3000" * (n // 3) + "x\n" + PROSE,
    "tabs": lambda n: PROSE + "\n" + "\t" * n + "x\n",
    "blank_lines": lambda n: PROSE + "\n" * n + PROSE,
    "blank_space_lines": lambda n: PROSE + " \n" * (n // 2) + PROSE,
    "form_feeds": lambda n: _lines(PROSE + "\f", n),
    "form_feed_only": lambda n: "\f" * n,
    "pages_of_footers": lambda n: "".join(f"{PROSE}\n{PROSE}\n- {i} -\n\f" for i in range(max(1, n // 250))),
    "page_counters": lambda n: "".join(f"第 {i} 页 共 999 页\n" for i in range(max(1, n // 25))),
    "line_numbers": lambda n: "".join(f"{i}\n" for i in range(max(1, n // 5))),
    "numbered_prose": lambda n: "".join(f"{i:>4} {PROSE}\n" for i in range(max(1, n // 120))),
    "combining": lambda n: "a" + "\u0301" * (n // 2),
    "combining_cjk": lambda n: _fill("中\u0301\u0302\u0303", n),
    "rtl": lambda n: _lines("مرحبا بالعالم، هذا نص عربي. שלום עולם.", n),
    "bidi_controls": lambda n: _fill("\u202e" + PROSE + "\u202c\u200f", n),
    "emoji_zwj": lambda n: _fill("👨\u200d👩\u200d👧\u200d👦", n),
    "emoji_flags": lambda n: _lines("🇨🇳🇹🇼🇭🇰" * 20, n),
    "astral_han": lambda n: _fill("𠀀", n),
    "astral_lines": lambda n: _lines("𠀀𠀁𠀂。", n),
    "ideo_space_run": lambda n: _fill("\u3000", n),
    "fullwidth": lambda n: _lines("ＡＢＣ１２３！？，。", n),
    "zero_width": lambda n: _fill("中\u200b\u200c\u200d\ufeff", n),
    "dot_leaders": lambda n: _lines("第一章　总则" + "…" * 30 + "1", n),
    "dot_leaders_long": lambda n: "第一章" + "." * n + "1\n",
    "colons": lambda n: _fill("来源：", n),
    "byline_lines": lambda n: _lines("来源：新华网 2023-06-01 记者 王某 责任编辑：李某", n),
    "dates": lambda n: _fill("2023年7月1日 ", n),
    "digits": lambda n: "1" * n,
    "digit_groups": lambda n: _fill("20 06年 ", n),
    "urls": lambda n: "http://a.cn/" + "x" * n,
    "same_line": lambda n: _lines("体坛周报 2023年7月15日 第A12版", n),
    "short_lines": lambda n: _lines("中", n),
    "alternating_widths": lambda n: "".join((PROSE * (1 + i % 3))[: 20 + (i * 7) % 50] + "\n"
                                            for i in range(max(1, n // 100))),
    "layout_columns": lambda n: _lines(f"{PROSE[:20]}{' ' * 8}{PROSE[5:25]}{' ' * 8}{PROSE[2:22]}", n),
    "layout_many_gaps": lambda n: _lines("字  " * 40, n),
    "ocr_spaces": _ocr_line,
    "random_unicode": _rand_unicode,
    "html_as_text": lambda n: _fill("<div><p>" + PROSE + "</p></div>", n),
    "control_chars": lambda n: _fill(PROSE + "\x01\x02\x1b\x7f", n),
}

# Structure at scale: many pages, entries, items and wrapped lines (the passes that compare lines).
_WRAPPED = "".join(PROSE[i % len(PROSE):] + PROSE[:i % len(PROSE)] for i in range(40))
TEXT.update({
    "toc_lines": lambda n: "".join(f"第{i}章　标题{'…' * 10}{i}\n" for i in range(max(1, n // 60))),
    "numbered_items": lambda n: "".join(f"{i}. {PROSE}\n" for i in range(max(1, n // 125))),
    "time_entries": lambda n: "".join(f"09:{i % 60:02d}\n{PROSE}\n" for i in range(max(1, n // 130))),
    "page_heads": lambda n: "".join(f"某某研究报告 第{i}页\n{PROSE}\n{PROSE}\n\f" for i in range(max(1, n // 270))),
    "wrapped_one_paragraph": lambda n: _wrap(_fill(_WRAPPED, n), 36),
    "wrapped_two_columns": lambda n: "".join(f"{a}{' ' * 6}{b}\n" for a, b in
                                             zip(*[iter(_wrap(_fill(_WRAPPED, n), 20).splitlines())] * 2, strict=False)),
    "wrapped_indents": lambda n: "".join(" " * (i % 7) + line + "\n"
                                         for i, line in enumerate(_wrap(_fill(_WRAPPED, n), 30).splitlines())),
    "link_marks": lambda n: _lines("[12]首页 [13]新闻 [14]" + PROSE, n),
    "link_list": lambda n: "".join(f"  {i}. https://a.cn/{i}.html\n" for i in range(max(1, n // 30))),
    "same_width_lines": lambda n: _lines("的" * 36, n),
    "bylines": lambda n: "".join(f"来源：新华网 2023-06-{1 + i % 28:02d} 记者 王某\n{PROSE}\n"
                                 for i in range(max(1, n // 180))),
})


def _wrap(text: str, width: int) -> str:
    return "".join(text[i:i + width] + "\n" for i in range(0, len(text), width))


# Runs of one character (every ASCII mark, common CJK marks, bullets, spaces): on one line between two
# letters ("x" + run + "y"), alternating with a space, and opening every line of prose. These find the
# regexes that backtrack over a long run (each rule's pattern meets every character somewhere).
RUN_CHARS = ("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~0a" "，。、；：？！…—·「」『』《》〈〉（）【】〔〕“”‘’～／＿－＊＃＠％＆＋＝＜＞｜"
             "\u3000\t\xa0・●■◆★○□△▲►※第章页版年月日")
for _c in RUN_CHARS:
    _h = f"{ord(_c):04x}"
    TEXT[f"run_{_h}"] = lambda n, c=_c: f"{PROSE}\nx{_fill(c, n)}y\n{PROSE}\n"
    TEXT[f"alt_{_h}"] = lambda n, c=_c: f"{PROSE}\nx{_fill(c + ' ', n)}y\n{PROSE}\n"
    TEXT[f"lead_{_h}"] = lambda n, c=_c: _lines(c + PROSE, n)

# ---------------------------------------------------------------- html route: name -> size -> bytes
HTML: dict[str, Callable[[int], bytes]] = {
    "nested_tables": lambda n: _nest("<table><tr><td>", "</td></tr></table>", n, 200),
    "nested_tables_deep": lambda n: _nest("<table><tr><td>", "</td></tr></table>", n, None),
    "nested_divs": lambda n: _nest("<div>", "</div>", n, None),
    "open_divs_only": lambda n: ("<p>" + PROSE + "</p>" + "<div>" * (n // 5) + PROSE).encode(),
    "open_bold_only": lambda n: ("<p>" + "<b>" * (n // 3) + PROSE + "</p>").encode(),
    "close_tags_only": lambda n: ("<p>" + PROSE + "</p>" + "</div>" * (n // 6)).encode(),
    "open_lists": lambda n: ("<ul>" + "<li><ul>" * (n // 8) + PROSE).encode(),
    "unclosed_divs": lambda n: ("<html><body>" + _fill("<div>" + PROSE, n)).encode(),
    "br_run": lambda n: ("<html><body><p>" + PROSE + _fill("<br>", n) + PROSE + "</p>").encode(),
    "br_text": lambda n: ("<html><body><p>" + _fill(PROSE[:5] + "<br>", n) + "</p>").encode(),
    "p_run": lambda n: ("<html><body>" + _fill("<p>" + PROSE + "</p>", n)).encode(),
    "empty_p": lambda n: ("<html><body>" + _fill("<p></p>", n)).encode(),
    "entities": lambda n: ("<p>" + _fill("&amp;&#x4e2d;&nbsp;&#12288;&bogus;", n) + "</p>").encode(),
    "one_text_node": lambda n: ("<p>" + _fill(PROSE, n) + "</p>").encode(),
    "comments": lambda n: (_fill("<!-- x -->", n) + "<p>" + PROSE + "</p>").encode(),
    "open_comment": lambda n: ("<p>" + PROSE + "</p><!--" + "x" * n).encode(),
    "lt_run": lambda n: ("<p>" + "<" * n + "</p>").encode(),
    "big_attribute": lambda n: ('<p class="' + "x" * n + '">' + PROSE + "</p>").encode(),
    "open_attribute": lambda n: ('<p class="' + "x" * n).encode(),
    "many_attributes": lambda n: ("<p " + _fill('a="1" ', n) + ">" + PROSE + "</p>").encode(),
    "script_body": lambda n: ("<script>" + "var a='<p>';" * (n // 12) + "</script><p>" + PROSE).encode(),
    "open_script": lambda n: ("<p>" + PROSE + "</p><script>" + "x<" * (n // 2)).encode(),
    "links": lambda n: ("<ul>" + _fill(f'<li><a href="/x">{PROSE[:8]}</a></li>', n) + "</ul>").encode(),
    "headings": lambda n: _fill("<h2>标题</h2>", n).encode(),
    "nul_bytes": lambda n: ("<p>" + _fill(PROSE + "\x00", n) + "</p>").encode(),
    "bad_utf8": lambda n: b"<p>" + _fill(PROSE, n).encode()[: n - 1] + b"\xff\xfe</p>",
    "wrong_charset": lambda n: b'<meta charset="gbk"><p>' + _fill(PROSE, n).encode() + b"</p>",
    "utf16_no_bom": lambda n: ("<p>" + _fill(PROSE, n // 2) + "</p>").encode("utf-16-le"),
    "pre_spaces": lambda n: ("<pre>" + " " * n + "</pre><p>" + PROSE).encode(),
    "random_unicode": lambda n: ("<p>" + _rand_unicode(n).replace("<", "") + "</p>").encode(),
}

# ---------------------------------------------------------------- native files: name -> (suffix, size -> bytes)


def _nest(open_: str, close: str, n: int, depth: int | None) -> bytes:
    """Nested elements ``depth`` deep (as deep as the size allows when None), repeated to the size."""
    one = len(open_) + len(close) + len(PROSE.encode())
    depth = depth or max(1, n // one)
    block = open_ * depth + PROSE + close * depth
    return ("<html><body>" + _fill(block, n) + "</body></html>").encode()


def _pdf(pages: int, lines_per_page: int, line: str, font: str = "STSong-Light") -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(font))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, pageCompression=1)
    for _ in range(pages):
        c.setFont(font, 9)
        for i in range(lines_per_page):
            c.drawString(40, 800 - 12 * i, line)
        c.showPage()
    c.save()
    return buf.getvalue()


def _pdf_scatter(n: int) -> bytes:
    """One page of many tiny text items at scattered positions."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    rng = random.Random(RNG_SEED)
    for _ in range(max(1, n // 40)):
        c.setFont("STSong-Light", rng.choice((6, 9, 14)))
        c.drawString(rng.uniform(20, 560), rng.uniform(20, 820), rng.choice(PROSE))
    c.showPage()
    c.save()
    return buf.getvalue()


def _docx(paragraphs: list[str], nested_tables: int = 0) -> bytes:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    cell = None
    for _ in range(nested_tables):
        table = (cell or document).add_table(rows=1, cols=1)
        cell = table.cell(0, 0)
        cell.paragraphs[0].text = PROSE[:6]
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _zip_bomb(n: int) -> bytes:
    """A .docx whose document.xml inflates to ~100x the file: zeros inside one text run."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
        z.writestr("word/document.xml", "<w:document><w:body><w:p><w:r><w:t>" + "0" * (n * 100)
                   + "</w:t></w:r></w:p></w:body></w:document>")
    return buf.getvalue()


PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000") + bytes(range(256))

NATIVE: dict[str, tuple[str, Callable[[int], bytes]]] = {
    "pdf_empty_pages": (".pdf", lambda n: _pdf(max(1, n // 32), 0, "")),  # 160 KB: 5,000 pages
    "pdf_one_line_pages": (".pdf", lambda n: _pdf(max(1, n // 400), 1, PROSE)),
    "pdf_full_pages": (".pdf", lambda n: _pdf(max(1, n // 4000), 60, PROSE)),
    "pdf_long_line": (".pdf", lambda n: _pdf(1, 1, _fill(PROSE, n // 8))),
    "pdf_scatter": (".pdf", _pdf_scatter),
    "docx_long_paragraph": (".docx", lambda n: _docx([_fill(PROSE, n * 6)])),  # 160 KB: a ~1 MB paragraph
    "docx_many_paragraphs": (".docx", lambda n: _docx([PROSE] * max(1, n // 100))),
    "docx_empty_paragraphs": (".docx", lambda n: _docx([""] * max(1, n // 20))),
    "docx_nested_tables": (".docx", lambda n: _docx([PROSE], nested_tables=max(1, n // 4000))),
    "docx_zip_bomb": (".docx", _zip_bomb),
    "docx_real_zip_bomb": (".docx", lambda n: _docx(["0" * (n * 250)])),  # 160 KB: a 40 MB paragraph in 40 KB
}

# ---------------------------------------------------------------- CLI: name -> (file name, size -> bytes)
CLI: dict[str, tuple[str, Callable[[int], bytes]]] = {
    "png_as_txt": ("a.txt", lambda n: PNG * max(1, n // len(PNG))),
    "html_as_pdf": ("a.pdf", lambda n: ("<html><p>" + _fill(PROSE, n) + "</p>").encode()),
    "text_as_docx": ("a.docx", lambda n: _fill(PROSE, n).encode()),
    "zip_as_docx_no_document": ("a.docx", lambda n: _zip_of({"x.txt": b"0" * n})),
    "zip_bomb_docx": ("a.docx", _zip_bomb),
    "png_as_html": ("a.html", lambda n: PNG * max(1, n // len(PNG))),
    "truncated_pdf": ("a.pdf", lambda n: _pdf(max(1, n // 4000), 60, PROSE)[: n // 2]),
    "utf16_no_bom": ("a.txt", lambda n: _fill(PROSE, n // 2).encode("utf-16-le")),
    "utf16_nul_padded": ("a.txt", lambda n: ("ab\n" * (n // 6)).encode("utf-16-le")),
    "mixed_encodings": ("a.txt", lambda n: (_fill(PROSE, n // 2).encode() + _fill(PROSE, n // 2).encode("gbk"))),
    "invalid_utf8_tail": ("a.txt", lambda n: _fill(PROSE, n).encode() + b"\xff"),
    "bom_only": ("a.txt", lambda n: b"\xef\xbb\xbf"),
    "empty": ("a.txt", lambda n: b""),
    "one_line_log": ("a.txt", lambda n: TEXT["one_line_log"](n).encode()),
    "md_link_open": ("a.md", lambda n: TEXT["md_link_open"](n).encode()),
    "nul_text": ("a.txt", lambda n: TEXT["nul"](n).encode()),
    "cr_only_gbk": ("a.txt", lambda n: TEXT["cr_only"](n).encode("gbk")),
    "latin1": ("a.txt", lambda n: _fill("café naïve résumé ", n).encode("latin-1")),
}


def _zip_of(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(name, data)
    return buf.getvalue()


# ---------------------------------------------------------------- runners (in the child)


def _run_text(raw: str) -> dict:
    from annotate.segment import check_offsets, segment_text

    t = time.perf_counter()
    doc = segment_text(raw, "doc")
    took = time.perf_counter() - t
    for unit in doc.units:
        check_offsets(unit.text, raw, unit.offsets)
    return {"seconds": took, "units": len(doc.units)}


def _run_html(data: bytes) -> dict:
    from annotate.errors import InputError
    from annotate.segment.readers.html import decode_html, read_html

    t = time.perf_counter()
    try:
        doc, _ = read_html(data, "doc", path="a.html")
    except InputError as err:  # a clear refusal is a pass
        return {"seconds": time.perf_counter() - t, "refused": str(err).splitlines()[0][:120]}
    took = time.perf_counter() - t
    source, _ = decode_html(data)
    last = -1
    for unit in doc.units:  # the invariant tests/annotate/test_segment_readers.py checks
        positions = [s + k for _, s, n in unit.offsets for k in range(n)]
        if len(positions) != len(unit.text) or (positions and positions[0] <= last) or positions != sorted(set(positions)):
            raise AssertionError(f"unit {unit.index}: offsets do not cover its text in order")
        last = positions[-1] if positions else last
        for ch, at in zip(unit.text, positions, strict=False):
            ok = (source[at].isspace() or source.startswith(("<br", "&nbsp;"), at) if ch == " " else
                  html.unescape(source[at:source.index(";", at) + 1]) == ch if source[at] == "&" and ch != "&" else
                  source[at] == ch)
            if not ok:
                raise AssertionError(f"unit {unit.index}: {ch!r} maps to source[{at}] {source[at:at + 8]!r}")
    return {"seconds": took, "units": len(doc.units)}


def _run_native(suffix: str, data: bytes) -> dict:
    from annotate.errors import InputError
    from annotate.segment.readers import read_native

    with tempfile.TemporaryDirectory(prefix="rv10_hostile_") as tmp:
        path = Path(tmp) / f"doc{suffix}"
        path.write_bytes(data)
        t = time.perf_counter()
        try:
            doc, _ = read_native(path, data, "doc")
        except InputError as err:
            return {"seconds": time.perf_counter() - t, "refused": str(err).splitlines()[0][:120]}
        return {"seconds": time.perf_counter() - t, "units": len(doc.units)}


def _run_cli(name: str, data: bytes, limit: float) -> dict:
    with tempfile.TemporaryDirectory(prefix="rv10_hostile_") as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        (folder / name).write_bytes(data)
        out = Path(tmp) / "out.jsonl"
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        t = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "annotate", "segment", str(folder), "--out", str(out), "--quiet"],
                              capture_output=True, text=True, env=env, timeout=limit, cwd=tmp)
        took = time.perf_counter() - t
        err = proc.stderr.strip()
        if "Traceback" in err:
            raise AssertionError("traceback: " + err.splitlines()[-1][:200])
        if proc.returncode == 0:
            if not out.exists():
                raise AssertionError("exit 0 without an output")
            return {"seconds": took, "units": sum(1 for _ in out.open(encoding="utf-8"))}
        if proc.returncode != 1:
            raise AssertionError(f"exit {proc.returncode}: {err[:200]}")
        if out.exists():
            raise AssertionError("exit 1 but an output was written")
        if len(err.splitlines()) != 1:
            raise AssertionError(f"{len(err.splitlines())} lines on stderr: {err[:200]}")
        return {"seconds": took, "refused": err[:120]}


def _case(route: str, name: str, size: int, limit: float) -> dict:
    """Run one case in a forked child with an alarm; the child's result comes back through a pipe."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        os.close(read)
        signal.alarm(int(limit) + 1)
        try:
            if route == "text":
                result = _run_text(TEXT[name](size))
            elif route == "html":
                result = _run_html(HTML[name](size))
            elif route == "native":
                suffix, make = NATIVE[name]
                result = _run_native(suffix, make(size))
            else:
                file_name, make = CLI[name]
                result = _run_cli(file_name, make(size), limit)
        except BaseException as err:  # noqa: BLE001 - every failure is a finding
            tb = traceback.extract_tb(err.__traceback__)
            where = f"{Path(tb[-1].filename).name}:{tb[-1].lineno}" if tb else "?"
            result = {"error": f"{type(err).__name__}: {str(err)[:160]} ({where})"}
        with os.fdopen(write, "w") as handle:
            json.dump(result, handle)
        os._exit(0)
    os.close(write)
    with os.fdopen(read) as handle:
        text = handle.read()
    _, status = os.waitpid(pid, 0)
    if not text:
        return {"error": "timed out" if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGALRM
                else f"child died (status {status})"}
    return json.loads(text)


def _warm_up() -> None:
    """Import the segmenter and load jieba's dictionary (2 s, once per process) before the children
    are forked, so that no case's time holds a one-time start-up cost."""
    from annotate.segment import segment_text
    from annotate.segment.readers import html as _html  # noqa: F401

    segment_text(PROSE, "warm")
    try:
        import jieba

        jieba.setLogLevel(60)
        jieba.initialize()
    except ImportError:
        pass


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--route", default="text,html,native,cli", help="routes to run (comma-separated)")
    parser.add_argument("--only", default="", help="family names (comma-separated); default: all")
    parser.add_argument("--kb", default="10,40,160", help="sizes in KB (comma-separated, each 4x the last)")
    parser.add_argument("--limit", type=float, default=60.0, help="seconds allowed per case")
    parser.add_argument("--ratio", type=float, default=6.0, help="flag a time ratio above this for 4x size")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    sizes = [int(float(k) * 1024) for k in args.kb.split(",")]
    only = set(filter(None, args.only.split(",")))
    tables = {"text": TEXT, "html": HTML, "native": NATIVE, "cli": CLI}
    rows = []
    _warm_up()
    load = os.getloadavg()[0]
    for route in args.route.split(","):
        for name in tables[route]:
            if only and name not in only:
                continue
            row = {"route": route, "family": name, "runs": [], "flag": ""}
            for size in sizes:
                result = _case(route, name, size, args.limit)
                result["kb"] = round(size / 1024)
                row["runs"].append(result)
                if "error" in result:
                    row["flag"] = result["error"]
                    break
            times = [r.get("seconds") for r in row["runs"]]
            if not row["flag"]:
                for a, b in zip(times, times[1:], strict=False):
                    if b > 0.2 and b / max(a, 1e-3) > args.ratio:
                        row["flag"] = f"superlinear: x{b / max(a, 1e-3):.1f} for 4x size"
            rows.append(row)
            if not args.json:
                cells = "  ".join(f"{r['kb']:>4}KB {r['seconds']:7.3f}s" if "seconds" in r else f"{r['kb']:>4}KB   ----  "
                                  for r in row["runs"])
                note = row["flag"] or ("refused: " + row["runs"][-1]["refused"] if "refused" in row["runs"][-1] else "")
                print(f"{route:6} {name:26} {cells}  {note}", flush=True)
    flagged = [r for r in rows if r["flag"]]
    if args.json:
        print(json.dumps({"load": load, "sizes_kb": args.kb, "rows": rows}, ensure_ascii=False, indent=1))
    else:
        print(f"\n{len(rows)} families, {len(flagged)} flagged; load average at start {load:.2f}")
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
