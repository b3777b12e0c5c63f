"""dev9xp: more of batch 9's PRINT designs, development only.

    PYTHONPATH=$PWD python benchmarks/segcorpus/make_dev9xp.py

Needs reportlab, opencc, python-docx and poppler's ``pdftotext`` / ``pdfinfo``, Chromium and LibreOffice with the
private font config (as make_dev9_print.py; CI has none of them: the files are committed).

Batch 9's PRINT part has one development document per design (``dev9``), and its fixes fit that document's line
breaks. This script sets 20 more documents of the same ten designs with make_dev9_print.py's own typesetting,
designs, alignment and gold (``make_dev9_print.build_doc``), two per design (both scripts where the design has
two: ``make_dev9_print.LANG``), ids ``p9x-000`` .. ``p9x-019``, all in the split ``dev9xp`` (no held part). What
changes from dev9, so that lines break elsewhere:

- the prose: ONLY paragraphs the development gold already holds (the paragraph units of the native gold under
  ``native/{dev,dev3,dev4,dev5,dev6,dev7,dev8}``; dev9's own prose is left out), converted with opencc ``t2s`` /
  ``s2t`` to the document's script; a paragraph that shares a 15-character stretch (either script) with any held
  gold file is skipped (never a held split's text, never an unused CMRC / DRCD context), and so is one with a
  character the CID font does not give back;
- paragraph lengths: a document takes its paragraphs as they are, or re-cut at sentence ends to about 60, 80, 150
  or 220 characters;
- the numbers a design draws from its document number (issue, dates, codes) and its random choices (offices,
  buyers, lessons, letterheads);
- reportlab designs: page size (A4, 16K 185x260 mm, US Letter; the B5 textbook keeps B5), left and right margins
  (-8 .. +12 mm; the textbook keeps its note margins), body size (A4 10.5-13 pt, B5 9.5-11 pt) and leading
  (1.45-1.85);
- the Chromium newsletter: body size, column gap and page margins of its print stylesheet.

Tools as batch 9: pdftotext default, ``-layout``, ``-raw`` for every document, ``-nopgbrk`` for one document of
each design, ``-fixed 6`` for the tender and standard documents; encodings cycled as batch 9, OCR-like spaces in
two ``-raw`` files. Manifest ``manifest-dev9xp.json`` (knobs and the documents the prose came from).
"""

from __future__ import annotations

import json
import random
import re
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_dev9_print as p9  # noqa: E402

PREFIX = "p9x"
SEED = "dev9xp"
SPLIT = "dev9xp"
DEV_SPLITS = ("dev", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8")
HELD_SPLITS = ("heldout", "held3", "held5", "held6", "held7", "held8", "held9")
MM = p9.MM
SIZES = {"A4": p9.A4, "16K": (185 * MM, 260 * MM), "Letter": (215.9 * MM, 279.4 * MM)}
_WS = re.compile(r"\s+")


def _held_grams() -> set[str]:
    grams: set[str] = set()
    for split in HELD_SPLITS:
        for folder in ("native", "text"):
            for path in sorted((HERE / folder / split).glob("*.*")):
                gold_path = HERE / "gold" / f"{path.stem}.json"
                if gold_path.exists():
                    for u in json.loads(gold_path.read_text(encoding="utf-8"))["units"]:
                        if u["kind"] != "debris":
                            grams |= p9.grams(u["text"])
    return grams


def _lost(lang: str, chars: set) -> set:
    """Characters of ``chars`` that pdftotext does not give back from this script's CID font."""
    import io
    import subprocess
    import tempfile

    from reportlab.pdfgen import canvas
    chars = sorted(chars)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    font = "STSong-Light" if lang == "s" else "MSung-Light"
    y = 800
    for ch in chars:
        c.setFont(font, 10)
        c.drawString(50, y, "中" + ch + "文")
        y -= 14
        if y < 40:
            c.showPage()
            y = 800
    c.save()
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "probe.pdf"
        pdf.write_bytes(buf.getvalue())
        out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-raw", str(pdf), "-"], capture_output=True,
                             text=True, check=True).stdout
    got = [ln.strip() for ln in out.splitlines() if ln.strip()]
    assert len(got) == len(chars), (len(got), len(chars))
    return {ch for ch, ln in zip(chars, got, strict=True) if p9.norm(ln) != p9.norm("中" + ch + "文")}


def load_pool() -> dict[str, list[tuple[str, str]]]:
    """{"s": [(source doc id, paragraph)], "t": [...]}: dev gold paragraphs in each script, shuffled."""
    import opencc
    conv = {"s": opencc.OpenCC("t2s"), "t": opencc.OpenCC("s2t")}
    held = _held_grams()
    raw = []
    seen_docs = set()
    for split in DEV_SPLITS:
        for path in sorted((HERE / "native" / split).glob("*.*")):
            did = path.stem.split("_", 1)[0]
            if did in seen_docs:
                continue
            seen_docs.add(did)
            gold = json.loads((HERE / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
            for u in gold["units"]:
                text = _WS.sub(" ", u["text"]).strip()
                if u["kind"] == "paragraph" and len(p9.sq(text)) >= 40 and not text.startswith(("[", "（", "(")):
                    raw.append((did, text))
    out = {}
    for lang in ("s", "t"):
        items = []
        for did, text in raw:
            t = p9.fix_chars(conv[lang].convert(text), lang)
            if p9.grams(t) & held or p9.grams(text) & held:
                continue
            items.append((did, t))
        items = list(dict.fromkeys(items))
        lost = _lost(lang, {ch for _, t in items for ch in t if not ch.isspace()})
        items = [(d, t) for d, t in items if not set(t) & lost]
        random.Random(f"{SEED}-{lang}").shuffle(items)
        out[lang] = items
    return out


def recut(paras: list[str], target: int) -> list[str]:
    """The paragraphs' sentences cut again into paragraphs of about ``target`` characters."""
    return p9.paragraphs("".join(paras), target)


def adjuster(knobs: dict):
    def adjust(doc):
        if "size" in knobs:
            doc.pagesize = SIZES[knobs["size"]]
        if "margins_mm" in knobs:
            dl, dr = knobs["margins_mm"]
            ml, mr, mt, mb = doc.margins
            doc.margins = (ml + dl * MM, mr + dr * MM, mt, mb)
        doc.base = knobs["base"]
        for _k, _t, st in doc.blocks:
            st.setdefault("lead", knobs["lead"])
    return adjust


def knobs_for(design: str, rng: random.Random) -> dict:
    if design == "schoolnews":
        return {"font_pt": rng.choice([10, 10.5, 11.5, 12]), "gap_mm": rng.choice([6, 7, 11, 13]),
                "margin_mm": rng.choice([14, 16, 20, 24])}
    if design == "syllabus":
        return {}
    if design == "textbook":
        return {"base": rng.choice([9.5, 10, 11]), "lead": rng.choice([1.45, 1.5, 1.7, 1.85])}
    return {"size": rng.choice(["A4", "16K", "Letter"]), "margins_mm": (rng.randint(-8, 12), rng.randint(-8, 12)),
            "base": rng.choice([10.5, 11, 12.5, 13]), "lead": rng.choice([1.45, 1.5, 1.7, 1.85])}


def main() -> int:
    p9.register_fonts()
    pools = load_pool()
    for d in ("text", "native"):
        folder = HERE / d / SPLIT
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
    for f in (HERE / "gold").glob(f"{PREFIX}-*.json"):
        f.unlink()
    tmp = Path("/tmp/p9xbuild")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    manifest = []
    enc_i = 0
    css = p9.CHROME_CSS
    for i in range(2 * len(p9.DESIGNS)):
        design = p9.DESIGNS[i // 2]
        lang = p9.LANG[design][i % 2]
        rng = random.Random(f"{SEED}-{i}")
        n = (i * 7 + 3) % 19  # the numbers a design draws from it: issue, dates, codes (none of dev9's pairs)
        total = rng.randint(1100, 1900)
        take = []
        pool = pools[lang]
        while pool and (sum(len(t) for _, t in take) < total or len(take) < 7):
            take.append(pool.pop(0))
        target = rng.choice([None, None, 60, 80, 150, 220])
        paras = [t for _, t in take] if target is None else recut([t for _, t in take], target)
        while len(paras) < 7:  # the designs place paragraphs in three or more places
            paras = recut(paras, max(30, min(len(p) for p in paras) // 2))
        knobs = knobs_for(design, rng)
        did = f"{PREFIX}-{i:03d}"
        tools = [("pdftotext", []), ("pdftotext-layout", ["-layout"]), ("pdftotext-raw", ["-raw"])]
        if i % 2 == 1:
            tools.append(("pdftotext-nopgbrk", ["-nopgbrk"]))
        if design in ("tender", "standard"):
            tools.append(("pdftotext-fixed6", ["-fixed", "6"]))
        if design == "schoolnews":
            p9.CHROME_CSS = (css.replace("font-size: 11pt; line-height", f"font-size: {knobs['font_pt']}pt; line-height")
                             .replace("column-gap: 9mm", f"column-gap: {knobs['gap_mm']}mm")
                             .replace("margin: 22mm 18mm 20mm 18mm",
                                      f"margin: 22mm {knobs['margin_mm']}mm 20mm {knobs['margin_mm']}mm"))
        try:
            entry, enc_i = p9.build_doc(did, SPLIT, design, lang, paras, n, random.Random(f"{SEED}-{i}-doc"), tmp,
                                        tools, enc_i, ocr=i in (3, 12), adjust=adjuster(knobs) if "base" in knobs else None)
        finally:
            p9.CHROME_CSS = css
        entry["knobs"] = {"paragraphs": "as in the source" if target is None else f"re-cut to ~{target} chars",
                          "n": n, **knobs}
        entry["sources"] = sorted({d for d, _ in take})
        entry["files"] = entry.pop("files")
        manifest.append(entry)
        print(did, design, lang, len(paras), knobs, [f["tool"] for f in entry["files"]], file=sys.stderr)
    (HERE / "manifest-dev9xp.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n",
                                               encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
