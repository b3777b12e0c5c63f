"""Small PDFs drawn with reportlab for the native PDF reader's tests (one copy of the drawing helpers)."""

from __future__ import annotations

import random

from annotate.segment.files import segment_file

FONT = "STSong-Light"
TEXT = ("国家高新区产业创新发展科技园区经济数据增长研究发展规划建设城市交通网络生态环境保护"
        "文化旅游资源开发农业现代化示范基地人才培养体系教育改革试点医疗卫生服务能力提升")


def _canvas(path, size=(595, 842)):
    from reportlab.pdfbase import cidfonts, pdfmetrics
    from reportlab.pdfgen import canvas

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(cidfonts.UnicodeCIDFont(FONT))
    return canvas.Canvas(str(path), pagesize=size, invariant=1)


def _para(k: int, n: int) -> str:
    """n characters of varied text ending in 。 (no two lines alike: pdfium drops a repeated line)."""
    rng = random.Random(k)
    return "".join(rng.choice(TEXT) for _ in range(n - 1)) + "。"


def _column(c, text, x, y, width_chars, size=10, lead=15, indent=True):
    """Draw ``text`` in lines of ``width_chars`` characters (first line indented 2 characters); return y."""
    first = width_chars - 2 if indent else width_chars
    lines = [text[:first]] + [text[i:i + width_chars] for i in range(first, len(text), width_chars)]
    c.setFont(FONT, size)
    for k, line in enumerate(lines):
        c.drawString(x + (2 * size if k == 0 and indent else 0), y, line)
        y -= lead
    return y


def _units(path):
    doc, _ = segment_file(path)
    return [(u.kind, u.text) for u in doc.units]


def squeezed_units(path):
    """The units' kinds and texts with every space taken out (what a test compares when spacing is not its point)."""
    return [(k, "".join(t.split())) for k, t in _units(path)]
