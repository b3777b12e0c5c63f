"""The native PDF reader on PDFs typeset another way: reportlab *platypus* flowables.

    pip install -e '.[corpus]'
    python benchmarks/segment_pdf_probe.py            # prints exact share and the misses

benchmarks/segcorpus/ draws every line itself with the canvas; here the same 48 documents are set by
platypus (CJK word wrap, justified paragraphs, first-line indents or paragraph spacing, frames for
one or two columns, A4 and A5, a running header and ``第 N 页`` drawn by the page template), so
line breaks, column edges and spacing come from another layout engine. Scored like the native
route: content units reproduced exactly (whitespace ignored), and content units that contain the
running header or the page number. Dev and held-out documents together; this probe was used while
developing the reader (two rules came from it), so it is a development figure, not a held-out one.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks" / "segcorpus"))

import make_corpus as mc  # noqa: E402

from annotate.segment.files import segment_file  # noqa: E402
from annotate.segment.score import squash  # noqa: E402

FURNITURE = re.compile(r"科技日报2023年6月1日第\d+版|第\d+页")


def render(doc: dict, path: Path) -> None:
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4, A5
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    face = "STSong-Light" if doc["script"] == "simp" else "MSung-Light"
    n = doc["n"]
    body = ParagraphStyle("b", fontName=face, fontSize=10.5, leading=10.5 * 1.6, firstLineIndent=21 if n % 2 else 0,
                          alignment=TA_JUSTIFY, wordWrap="CJK", spaceAfter=0 if n % 2 else 8)
    styles = {
        "title": ParagraphStyle("t", fontName=face, fontSize=18, leading=24, alignment=TA_CENTER, spaceAfter=10),
        "heading": ParagraphStyle("h", fontName=face, fontSize=13, leading=18, spaceBefore=8, spaceAfter=4,
                                  wordWrap="CJK"),
        "byline": ParagraphStyle("y", fontName=face, fontSize=9, leading=12, alignment=TA_CENTER, spaceAfter=8),
    }
    template = BaseDocTemplate(str(path), pagesize=A4 if n % 2 else A5, invariant=1)
    width, height = template.pagesize
    margin = 50
    if n % 3 == 0:
        col = (width - 2 * margin - 20) / 2
        frames = [Frame(margin, margin, col, height - 2 * margin, id="c1"),
                  Frame(margin + col + 20, margin, col, height - 2 * margin, id="c2")]
    else:
        frames = [Frame(margin, margin, width - 2 * margin, height - 2 * margin, id="c")]

    def furniture(canvas, tmpl):
        canvas.setFont(face, 8)
        canvas.drawString(margin, height - margin + 12, f"科技日报 2023年6月1日 第{tmpl.page + 3}版")
        canvas.line(margin, height - margin + 8, width - margin, height - margin + 8)
        canvas.setFont(face, 9)
        canvas.drawCentredString(width / 2, margin - 20, f"第 {tmpl.page} 页")

    template.addPageTemplates([PageTemplate(id="p", frames=frames, onPage=furniture)])
    story = [Paragraph(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"), styles.get(kind, body))
             for kind, text in doc["units"]]
    template.build(story)


def main() -> int:
    mc._fonts()
    total = exact = with_furniture = pages = 0
    misses = []
    with tempfile.TemporaryDirectory(prefix="pdfprobe-") as tmp:
        for doc in mc.build_documents():
            path = Path(tmp) / f"{doc['id']}.pdf"
            render(doc, path)
            result, source = segment_file(path)
            pages += source["page_count"]
            have: dict[str, int] = {}
            for unit in result.units:
                if unit.kind != "debris":
                    have[squash(unit.text)] = have.get(squash(unit.text), 0) + 1
                    with_furniture += bool(FURNITURE.search(squash(unit.text)))
            for kind, text in doc["units"]:
                total += 1
                if have.get(squash(text)):
                    have[squash(text)] -= 1
                    exact += 1
                else:
                    misses.append(f"{doc['id']} {kind}: {text[:30]}")
    print(f"{len(mc.build_documents())} documents, {pages} pages: content units exact {exact}/{total} = "
          f"{exact / total:.3f}, units with furniture {with_furniture}")
    for miss in misses:
        print("  miss", miss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
