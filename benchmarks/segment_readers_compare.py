"""The measurements behind the native readers' library choices, on benchmarks/segcorpus/native/.

    pip install -e '.[corpus]'
    python benchmarks/segment_readers_compare.py

PDF: pypdfium2 and pdfplumber (pdfminer.six) both give characters with boxes and font sizes; this
times getting every character with its geometry from every page, and counts how many characters of
the gold content units each one finds (the text of the units, whitespace removed, looked up in the
page texts in order), on dev and held-out together (it decides a library, not a rule).

HTML: trafilatura's main-content extraction (``output_format="xml"``, which keeps ``<head>`` and
``<p>``; the title from its metadata) against this project's block walk
(annotate/segment/readers/html.py): the share of gold content units reproduced exactly (whitespace
ignored) and the units that contain site furniture, per split; and the block walk once more on the
same pages with every class and id attribute removed and nav/header/footer turned into divs (what
is left is position, link density and the text route's line rules).
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "benchmarks" / "segcorpus"
sys.path.insert(0, str(ROOT))

from annotate.segment.score import squash  # noqa: E402


def gold(path: Path) -> dict:
    return json.loads((CORPUS / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))


def pdf_pypdfium2(path: Path) -> tuple[str, int]:
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    pdf = pdfium.PdfDocument(str(path))
    texts, n = [], 0
    x, y = ctypes.c_double(), ctypes.c_double()
    for page in pdf:
        tp = page.get_textpage()
        count = tp.count_chars()
        texts.append(tp.get_text_range(0, count))
        for i in range(count):
            raw.FPDFText_GetCharOrigin(tp.raw, i, ctypes.byref(x), ctypes.byref(y))
            tp.get_charbox(i)
            raw.FPDFText_GetFontSize(tp.raw, i)
        n += 1
    return "".join(texts), n


def pdf_pdfplumber(path: Path) -> tuple[str, int]:
    import pdfplumber

    texts, n = [], 0
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            chars = page.chars  # each with x0, x1, top, bottom, size, fontname
            texts.append("".join(c["text"] for c in chars))
            n += 1
    return "".join(texts), n


def found_share(text: str, units: list[dict]) -> tuple[int, int]:
    hay = squash(text)
    want = "".join(squash(u["text"]) for u in units)
    import difflib

    m = difflib.SequenceMatcher(None, want, hay, autojunk=False)
    return sum(b.size for b in m.get_matching_blocks()), len(want)


def compare_pdf() -> list[str]:
    files = sorted(CORPUS.glob("native/*/*_pdf.pdf"))
    rows = ["| library | pages | s (CPU) | pages/s (CPU) | gold content characters found |", "|---|---|---|---|---|"]
    for name, fn in (("pypdfium2", pdf_pypdfium2), ("pdfplumber", pdf_pdfplumber)):
        fn(files[0])
        cpu = time.process_time()
        pages = found = total = 0
        for path in files:
            text, n = fn(path)
            pages += n
        spent = time.process_time() - cpu
        for path in files:
            text, _ = fn(path)
            f, t = found_share(text, gold(path)["units"])
            found, total = found + f, total + t
        rows.append(f"| {name} | {pages} | {spent:.2f} | {pages / spent:.1f} | {found}/{total} = {found / total:.4f} |")
    return rows


def html_trafilatura(data: bytes) -> list[tuple[str, str]]:
    import trafilatura
    from lxml import etree

    xml = trafilatura.extract(data, output_format="xml", include_comments=False, include_tables=True,
                              favor_precision=False, with_metadata=True)
    if not xml:
        return []
    root = etree.fromstring(xml.encode("utf-8"))
    units = []
    if root.get("title"):
        units.append(("title", root.get("title")))
    for el in root.iter("head", "p", "item", "cell"):
        text = "".join(el.itertext())
        if text.strip():
            units.append(("heading" if el.tag == "head" else "paragraph", text))
    return units


def html_own(path: Path, bare: bool = False) -> list[tuple[str, str]]:
    from annotate.segment.readers.html import read_html

    data = path.read_bytes()
    if bare:  # no class or id attributes, and nav/header/footer as plain divs
        data = re.sub(rb"\s(?:class|id)=\"[^\"]*\"", b"", data)
        data = re.sub(rb"<(/?)(?:nav|header|footer)\b", rb"<\1div", data)
    doc, _ = read_html(data, path.stem)
    return [(u.kind, u.text) for u in doc.units if u.kind != "debris"]


def score(units: list[tuple[str, str]], g: dict) -> tuple[int, int, int]:
    have = {}
    for _, t in units:
        have[squash(t)] = have.get(squash(t), 0) + 1
    exact = 0
    for u in g["units"]:
        key = squash(u["text"])
        if have.get(key):
            have[key] -= 1
            exact += 1
    content = "".join(squash(u["text"]) for u in g["units"])
    bits = [squash(f) for f in g["furniture"] if len(squash(f)) >= 3 and squash(f) not in content]
    furn = sum(1 for _, t in units if any(b in squash(t) for b in bits))
    return exact, len(g["units"]), furn


def compare_html() -> list[str]:
    rows = ["| extractor | split | content units exact | units with furniture | s (CPU) |", "|---|---|---|---|---|"]
    for name in ("trafilatura", "block walk (ours)", "block walk, markup stripped"):
        for split in ("dev", "heldout"):
            files = sorted(CORPUS.glob(f"native/{split}/*_html.html"))
            exact = total = furn = 0
            cpu = time.process_time()
            outs = [html_trafilatura(p.read_bytes()) if name == "trafilatura" else html_own(p, "stripped" in name)
                    for p in files]
            spent = time.process_time() - cpu
            for path, units in zip(files, outs, strict=True):
                e, t, f = score(units, gold(path))
                exact, total, furn = exact + e, total + t, furn + f
            rows.append(f"| {name} | {split} | {exact}/{total} = {exact / total:.3f} | {furn} | {spent:.2f} |")
    return rows


def main() -> int:
    print(f"load average {os.getloadavg()[0]:.2f}")
    print("\n".join(compare_pdf()))
    print()
    print("\n".join(compare_html()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
