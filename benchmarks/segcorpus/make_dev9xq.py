"""dev9xq: a stress set of batch 9's eight reportlab PRINT designs, development only.

    PYTHONPATH=$PWD python benchmarks/segcorpus/make_dev9xq.py

Needs reportlab, opencc and poppler's ``pdftotext`` / ``pdfinfo`` (CI has none of them: the files are committed).

dev9xp's 20 documents left join classes that depend on where lines happen to break. This script sets many cheap
variants of the eight reportlab designs (the Chromium newsletter and the LibreOffice syllabus are left out: slow) with
make_dev9_print.py's own designs, typesetting, tools, alignment and gold (``make_dev9_print.build_doc`` and its
``adjust`` hook), ids ``p9q-000`` .., all in the split ``dev9xq`` (no held part). Prose: dev9xp's pool
(``make_dev9xp.load_pool``: dev gold paragraphs only, held text and lost characters skipped). What it stresses:

- page size, margins, body size and leading drawn per document as dev9xp (``make_dev9xp.knobs_for``), and the top
  and bottom margins moved by -6 .. +6 mm, so page breaks fall elsewhere;
- every left-set block (paragraph, label, list item, heading) is cut or lengthened (with prose from another
  paragraph) so that its LAST line ends exactly at the margin (``full``), one character short of it (``short1``),
  or with its closing punctuation hanging past it (``over``), or is left alone; a list item or label may end in
  ``；`` or ``：`` instead of ``。``; a heading may be lengthened (words of another paragraph, its punctuation
  dropped) to the shortest text that wraps: its first line full, a character or a few on the second;
- one heading in some documents starts a new page, so the paragraph before it ends early on its page;
- pdftotext default, ``-layout``, ``-raw`` and ``-nopgbrk`` for every document, ``-fixed 6`` for every third; encodings
  cycled as batch 9; OCR-like spaces in the ``-raw`` file of every seventh document.

Manifest ``manifest-dev9xq.json`` lists each document's knobs and the count of blocks set to each ending.
"""

from __future__ import annotations

import functools
import json
import random
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_dev9_print as p9  # noqa: E402
import make_dev9xp as xp  # noqa: E402

PREFIX = "p9q"
SEED = "dev9xq"
SPLIT = "dev9xq"
MM = p9.MM
DESIGNS = [d for d in p9.DESIGNS if d in p9.BUILD]  # the eight reportlab designs
N_DOCS = 48
ENDS_P = ["full", "full", "short1", "short1", "over", "keep", "keep"]
ENDS_H = ["wrap", "keep", "keep"]
PUNCT = set("，。、；：？！）」』”’》〉】…—,.;:?!)（「『“‘《〈【(")


def _cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def _last_line(doc, text: str, st: dict) -> tuple[float, float, int]:
    """(width of the block's last line, width it may fill, number of lines) as Doc._layout sets ``text``."""
    W = doc.pagesize[0]
    ml, mr = doc.margins[0], doc.margins[1]
    size = st.get("size", doc.base)
    width = W - ml - mr - st.get("left", 0) - st.get("right", 0)
    indent = st.get("indent", 0) * size
    hang = st.get("hang", 0) * size
    ls = doc.lines(text, width, size, indent, hang)
    avail = width - (indent if len(ls) == 1 else hang)
    return doc.w(ls[-1], size), avail, len(ls)


def _fits(doc, text: str, st: dict, mode: str) -> bool:
    size = st.get("size", doc.base)
    cw = doc.w("中", size)
    lw, avail, n = _last_line(doc, text, st)
    if mode == "full":
        return 0 <= avail - lw < cw * 0.999
    if mode == "short1":
        return cw <= avail - lw < 2 * cw * 0.999
    if mode == "over":
        return lw > avail
    if mode == "wrap":
        return n == 2
    return True


def _reshape(doc, kind: str, text: str, st: dict, mode: str, filler: str, end: str) -> str | None:
    """``text`` cut or lengthened with ``filler`` so that its last line ends as ``mode`` asks; None if none does."""
    base = text.rstrip("。；：")
    if kind == "heading":
        base = text
    if kind == "heading":  # a head lengthened with words, no sentence punctuation
        filler = "".join(ch for ch in filler if ch not in PUNCT and not ch.isspace())
    long = base + ("，" if kind != "heading" else "") + filler
    lo = max(4, len(base) // 2) if kind != "heading" else len(base) + 2
    cands = []
    for L in range(lo, len(long) + 1):
        if not (_cjk(long[L - 1]) and (L == len(long) or _cjk(long[L]))):
            continue
        cands.append(L)
    # nearest to the block's own length first
    if kind == "heading":  # the shortest that wraps: its first line full, a few characters on the second
        cands.sort()
    else:
        cands.sort(key=lambda L: abs(L - len(base)))
    for L in cands[:400]:
        cand = long[:L] + ("" if kind == "heading" else end)
        if _fits(doc, cand, st, mode):
            return cand
    return None


def adjuster(knobs: dict, rng: random.Random, fillers: list[str], tally: dict):
    def adjust(doc):
        if "base" in knobs:
            xp.adjuster(knobs)(doc)
        ml, mr, mt, mb = doc.margins
        doc.margins = (ml, mr, mt + knobs["top_mm"] * MM, mb + knobs["bottom_mm"] * MM)
        w = functools.lru_cache(maxsize=None)(doc.w)
        doc.w = w
        heads = []
        for bi, (kind, text, st) in enumerate(doc.blocks):
            if kind not in ("paragraph", "heading") or st.get("align", "l") != "l" or text.endswith("]"):
                continue
            if kind == "heading":
                heads.append(bi)
            mode = rng.choice(ENDS_H if kind == "heading" else ENDS_P)
            if mode == "keep":
                tally["keep"] = tally.get("keep", 0) + 1
                continue
            end = "。"
            if kind == "paragraph" and len(text) < 40:  # a label or list item
                end = rng.choice(["。", "；", "；", "："])
            filler = rng.choice(fillers)
            new = _reshape(doc, kind, text, st, mode, filler, end)
            if new is None:
                tally["none"] = tally.get("none", 0) + 1
                continue
            tally[mode] = tally.get(mode, 0) + 1
            doc.blocks[bi] = (kind, new, st)
        if heads and knobs["newpage_head"]:
            bi = heads[rng.randrange(len(heads))]
            if bi > 1:
                doc.blocks[bi][2]["newpage"] = True
    return adjust


def main() -> int:
    p9.register_fonts()
    pools = xp.load_pool()
    all_text = {lang: [t for _, t in items] for lang, items in pools.items()}
    for d in ("text", "native"):
        folder = HERE / d / SPLIT
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
    for f in (HERE / "gold").glob(f"{PREFIX}-*.json"):
        f.unlink()
    tmp = Path("/tmp/p9qbuild")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    manifest = []
    enc_i = 0
    cursor = {"s": 0, "t": 0}
    for i in range(N_DOCS):
        design = DESIGNS[i % len(DESIGNS)]
        lang = p9.LANG[design][(i // len(DESIGNS)) % 2]
        rng = random.Random(f"{SEED}-{i}")
        n = (i * 5 + 2) % 23
        total = rng.randint(900, 1600)
        pool = all_text[lang]
        take = []
        while sum(len(t) for t in take) < total or len(take) < 7:
            take.append(pool[cursor[lang] % len(pool)])
            cursor[lang] += 1
        target = rng.choice([None, 40, 60, 80, 120, 180])
        paras = list(take) if target is None else xp.recut(take, target)
        while len(paras) < 7:
            paras = xp.recut(paras, max(30, min(len(p) for p in paras) // 2))
        knobs = xp.knobs_for(design, rng)
        knobs.update({"top_mm": rng.randint(-6, 6), "bottom_mm": rng.randint(-6, 6),
                      "newpage_head": rng.random() < 0.4})
        fillers = [all_text[lang][rng.randrange(len(pool))] for _ in range(6)]
        tally: dict = {}
        did = f"{PREFIX}-{i:03d}"
        tools = [("pdftotext", []), ("pdftotext-layout", ["-layout"]), ("pdftotext-raw", ["-raw"]),
                 ("pdftotext-nopgbrk", ["-nopgbrk"])]
        if i % 3 == 0:
            tools.append(("pdftotext-fixed6", ["-fixed", "6"]))
        entry, enc_i = p9.build_doc(did, SPLIT, design, lang, paras, n, random.Random(f"{SEED}-{i}-doc"), tmp,
                                    tools, enc_i, ocr=i % 7 == 3, adjust=adjuster(knobs, rng, fillers, tally))
        entry["knobs"] = {"paragraphs": "as in the source" if target is None else f"re-cut to ~{target} chars",
                          "n": n, **knobs, "endings": dict(sorted(tally.items()))}
        entry["files"] = entry.pop("files")
        manifest.append(entry)
        print(did, design, lang, len(paras), knobs, tally, [f["tool"] for f in entry["files"]], file=sys.stderr)
    (HERE / "manifest-dev9xq.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n",
                                               encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
