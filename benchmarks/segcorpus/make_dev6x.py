"""dev6x: more of batch 6's multi-column print shapes (newspaper, brochure, magazine), development only.

    PYTHONPATH=$PWD python benchmarks/segcorpus/make_dev6x.py

Needs reportlab, opencc and poppler's ``pdftotext`` (CI has no poppler: the files are committed).

Batch 6's pdftotext dumps of the A3 newspaper with three unequal columns and of the landscape tri-fold
brochure were its weak spot, and batch 6 has only two development documents of each. This script typesets
more documents of those shapes with make_dev6_print.py's own typesetting (its layouts, Setter, alignment and
gold; the few knobs it reads from the document: page size, gutter, column ratios / count, sidebar,
paragraph alignment), ids ``p6x-000`` .. ``p6x-018``, all in the split ``dev6x`` (no held part: it is for
development). The last four set no knobs: batch 6's own shapes, as its layouts draw them.

Texts. ONLY prose that the development gold already holds: the content units of the native gold files under
``native/{dev,dev3,dev4,dev5,dev6,dev7}`` (a document's title and its paragraphs make one article), never a
held split's text and never an unused CMRC / DRCD context. A paragraph that shares a 15-character stretch
with any held gold file is skipped (asserted), and so is one with characters the CID font does not give
back. Simplified documents take simplified articles, traditional documents traditional ones (a document is
traditional when opencc ``t2s`` changes at least five of its characters).

Files per document: ``native/dev6x/p6x-NNN_pdf.pdf``, ``text/dev6x/p6x-NNN_pdftotext.txt`` (default mode),
``_pdftotext-layout.txt``, ``_pdftotext-raw.txt``; gold as make_dev6_print.py makes it
(``gold/<stem>.json``), manifest ``manifest-dev6x.json``, with one repair: a symbol standing alone
(a bullet ``■`` / ``●`` drawn as a word of its own) belongs to the content unit that follows it when that
unit's text has it there (batch 6's alignment may give it to another unit with such a bullet, which cuts
its gold between the bullet and its text: ``p6-004``, ``p6-005``).
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_dev6_print as p6  # noqa: E402

PREFIX = "p6x"
SEED = "print6x"
SPLIT = "dev6x"
DEV_SPLITS = ("dev", "dev3", "dev4", "dev5", "dev6", "dev7")
HELD_SPLITS = ("heldout", "held3", "held5", "held6", "held7", "held8")

# (layout, script, knobs): the knobs make_dev6_print's layouts read from the document
A3 = (p6.mm(297), p6.mm(420))
B3 = (p6.mm(353), p6.mm(500))
BERLINER = (p6.mm(315), p6.mm(470))
LAND_A4 = (p6.mm(297), p6.mm(210))
LAND_LETTER = (p6.mm(279.4), p6.mm(215.9))
LAND_LEGAL = (p6.mm(355.6), p6.mm(215.9))
PLAN = [
    ("newspaper", "simp", {"ratios": (0.25, 0.33, 0.42), "gutter_mm": 4, "size": A3, "stories": 3}),
    ("newspaper", "trad", {"ratios": (0.42, 0.25, 0.33), "gutter_mm": 3, "size": A3, "stories": 2}),
    ("newspaper", "simp", {"ratios": (0.30, 0.40, 0.30), "gutter_mm": 8, "size": BERLINER, "stories": 4}),
    ("newspaper", "trad", {"ratios": (0.22, 0.26, 0.26, 0.26), "gutter_mm": 5, "size": B3, "stories": 3}),
    ("newspaper", "simp", {"ratios": (0.5, 0.3, 0.2), "gutter_mm": 2.5, "size": A3, "stories": 2}),
    ("newspaper", "trad", {"ratios": (0.34, 0.33, 0.33), "gutter_mm": 6, "size": A3, "stories": 4}),
    ("brochure", "simp", {"gutter_mm": 4, "size": LAND_A4, "sidebar": True, "align": "left"}),
    ("brochure", "trad", {"gutter_mm": 2, "size": LAND_A4, "sidebar": False, "align": "left"}),
    ("brochure", "simp", {"gutter_mm": 7, "size": LAND_LETTER, "sidebar": True, "align": "justify"}),
    ("brochure", "trad", {"gutter_mm": 5, "size": LAND_LEGAL, "ncols": 4, "sidebar": True, "align": "left"}),
    ("brochure", "simp", {"gutter_mm": 3, "size": LAND_LEGAL, "ncols": 4, "sidebar": False, "align": "justify"}),
    ("brochure", "trad", {"gutter_mm": 3, "size": LAND_LETTER, "sidebar": True, "align": "justify"}),
    ("magazine", "simp", {"stories": 2}),
    ("magazine", "trad", {"stories": 1}),
    ("magazine", "simp", {"stories": 1}),
    # batch 6's own shapes, its layouts' own draws (A3 three unequal columns; A4 tri-fold)
    ("newspaper", "simp", {"stories": 3}),
    ("newspaper", "trad", {"stories": 2}),
    ("brochure", "simp", {}),
    ("brochure", "trad", {}),
    # more of them (fix6j): new draws of the same shapes, narrower gutters and other column orders
    ("newspaper", "simp", {"ratios": (0.33, 0.42, 0.25), "gutter_mm": 3, "size": BERLINER, "stories": 3}),
    ("newspaper", "trad", {"ratios": (0.26, 0.22, 0.26, 0.26), "gutter_mm": 2.5, "size": A3, "stories": 4}),
    ("brochure", "simp", {"gutter_mm": 2.5, "size": LAND_A4, "sidebar": True, "align": "justify"}),
    ("brochure", "trad", {"gutter_mm": 6, "size": LAND_LETTER, "ncols": 4, "sidebar": False, "align": "left"}),
    ("magazine", "trad", {"stories": 2}),
    ("newspaper", "simp", {"stories": 2}),
]
MIN_CHARS = {"newspaper": 4200, "brochure": 1600, "magazine": 1500}
_WS = re.compile(r"\s+")


def _content_by_doc(splits) -> dict[str, list[dict]]:
    """{document id: its native gold content units} for the documents of ``splits`` (first native file)."""
    out: dict[str, list[dict]] = {}
    for split in splits:
        for path in sorted((HERE / "native" / split).glob("*.*")):
            did = path.stem.split("_", 1)[0]
            if did in out:
                continue
            gold = json.loads((HERE / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
            out[did] = gold["units"]
    return out


def _held_index() -> set[str]:
    grams: set[str] = set()
    for split in HELD_SPLITS:
        for folder in ("native", "text"):
            for path in sorted((HERE / folder / split).glob("*.*")):
                gold_path = HERE / "gold" / f"{path.stem}.json"
                if not gold_path.exists():
                    continue
                for u in json.loads(gold_path.read_text(encoding="utf-8"))["units"]:
                    if u["kind"] != "debris":
                        t = _WS.sub("", u["text"])
                        grams.update(t[i:i + 15] for i in range(max(1, len(t) - 14)))
    return grams


def load_pool():
    """(simplified articles, traditional articles): lists of (title, [paragraph, ...]) from dev gold."""
    conv = p6._t2s()
    held = _held_index()
    arts = {"simp": [], "trad": []}
    for did, units in _content_by_doc(DEV_SPLITS).items():
        titles = [u["text"] for u in units if u["kind"] == "title"]
        paras = [u["text"] for u in units if u["kind"] == "paragraph" and len(squash(u["text"])) >= 40]
        if not titles or len(paras) < 2:
            continue
        body = "".join(paras)
        script = "trad" if sum(a != b for a, b in zip(body, conv.convert(body), strict=False)) >= 5 else "simp"
        title = p6.clean(_WS.sub(" ", titles[0]), script)
        if len(title) > 30:
            continue
        keep = []
        for para in paras:
            para = p6.clean(_WS.sub(" ", para), script)
            t = squash(para)
            if any(t[i:i + 15] in held for i in range(max(1, len(t) - 14))):
                continue
            keep.append(para)
        if len(keep) >= 2:
            arts[script].append((did, title, keep))
    out = {}
    for script, items in arts.items():
        lost = p6.lost_chars(script, {ch for _, t, ps in items for ch in t + "".join(ps) if not ch.isspace()})
        items = [(d, t, [p for p in ps if not set(p) & lost]) for d, t, ps in items if not set(t) & lost]
        items = [it for it in items if len(it[2]) >= 2]
        # batch 6's own print documents last: the other batches' prose first
        items.sort(key=lambda it: (it[0].startswith("p6-"), it[0]))
        random.Random(f"{SEED}-{script}").shuffle(items)
        out[script] = items
    return out["simp"], out["trad"]


def squash(text: str) -> str:
    return _WS.sub("", text)


def sections(paras: list[str], rng: random.Random) -> list[list[str]]:
    """Paragraphs in runs of one to three (each run after the first gets a sub-head)."""
    out, i = [], 0
    while i < len(paras):
        k = rng.randint(1, 3)
        out.append(paras[i:i + k])
        i += k
    return out


def lone_marks(text: str, owner: list, units: list[dict]) -> list:
    """A symbol drawn as a word of its own (a bullet ``■`` / ``●``, a space after it in the extraction)
    belongs to the content unit that follows it when that unit's text has it right before
    the character that follows. (The alignment matches such a one-character word to the first drawn
    string not yet matched that holds it, so on a page with several ``■`` sub-heads or ``●`` items it
    could give one unit's bullet to another and cut the gold between the bullet and its text.)"""
    import unicodedata

    owner = list(owner)
    texts = {u["id"]: _WS.sub("", u["text"]) for u in units}
    marks = [i for i, ch in enumerate(text) if not ch.isspace()]
    for n, i in enumerate(marks):
        o = owner[i]
        nxt = owner[marks[n + 1]] if n + 1 < len(marks) else None
        # (a symbol drawn as a word of its own: a space after it in the extraction)
        if (o is None or nxt is None or nxt == o or nxt not in texts or not text[i + 1].isspace()
                or not unicodedata.category(text[i]).startswith("S")):
            continue
        if text[i] + text[marks[n + 1]] in texts[nxt]:
            owner[i] = nxt
    return owner


def make_docs() -> list[dict]:
    simp, trad = load_pool()
    pools = {"simp": simp, "trad": trad}
    docs = []
    for n, (layout, script, knobs) in enumerate(PLAN):
        rng = random.Random(f"{SEED}-{n}")
        pool = pools[script]
        stories = knobs.get("stories", 2)  # the brochure takes two: its story and the sidebar's
        arts = []
        while pool and (len(arts) < stories or sum(len("".join(a[2])) for a in arts) < MIN_CHARS[layout]):
            arts.append(pool.pop(0))
            if len(arts) > stories:  # too short: grow the last story with the next article's paragraphs
                extra = arts.pop()
                arts[-1] = (arts[-1][0], arts[-1][1], arts[-1][2] + extra[2])
        articles = [{"title": t, "sections": sections(ps, rng), "from": d} for d, t, ps in arts]
        doc = {"n": n, "id": f"{PREFIX}-{n:03d}", "script": script, "layout": layout, "split": SPLIT,
               "articles": articles}
        doc.update({k: v for k, v in knobs.items() if k != "stories"})
        docs.append(doc)
    return docs


def build() -> list[dict]:
    p6.SEED = SEED  # the layouts draw their choices from SEED: new documents, new draws
    manifest = []
    tdir, ndir = HERE / "text" / SPLIT, HERE / "native" / SPLIT
    tdir.mkdir(parents=True, exist_ok=True)
    ndir.mkdir(parents=True, exist_ok=True)
    for doc in make_docs():
        rng = random.Random(f"{SEED}-{doc['n']}-files")
        pdf, records, owners = p6.render(doc)
        did = doc["id"]
        stem = f"{did}_pdf"
        (ndir / f"{stem}.pdf").write_bytes(pdf)
        content = [{"kind": u["kind"], "text": u["text"]} for u in owners.units]
        p6.write_gold(stem, f"{doc['layout']} PDF (reportlab)", content, owners.furniture)
        files = [{"path": f"native/{SPLIT}/{stem}.pdf", "route": "native", "tool": f"reportlab-{doc['layout']}",
                  "encoding": "pdf"}]
        for tool in ("pdftotext", "pdftotext-raw", "pdftotext-layout"):
            text = p6.pdftotext(pdf, *p6.TOOLS[tool])
            owner = lone_marks(text, p6.align(text, records, same_owner=True), owners.units)
            enc = rng.choice(p6.ENCODINGS[doc["script"]])
            if enc == "ocr":
                text, owner = p6.ocr_spaces(text, owner, owners.kind, rng)
            tstem = f"{did}_{tool}"
            (tdir / f"{tstem}.txt").write_bytes(p6.encode(text, enc))
            p6.write_gold(tstem, f"{doc['layout']} PDF, {tool}", p6.text_units(text, owner, owners.kind))
            files.append({"path": f"text/{SPLIT}/{tstem}.txt", "route": "text", "tool": tool,
                          "encoding": {"ocr": "ocr-spaces+utf-8"}.get(enc, enc)})
        layout = {k: doc[k] for k in ("ratios", "gutter_mm", "ncols", "sidebar", "align") if k in doc}
        if "size" in doc:
            layout["size_mm"] = [round(v * 25.4 / 72, 1) for v in doc["size"]]
        manifest.append({"id": did, "split": SPLIT, "script": doc["script"], "layout": doc["layout"],
                         "knobs": layout,
                         "sources": [a["from"] for a in doc["articles"]], "files": files})
        print(did, doc["layout"], doc["script"], [a["from"] for a in doc["articles"]], file=sys.stderr)
    return manifest


def main(argv=None) -> int:
    manifest = build()
    (HERE / "manifest-dev6x.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n",
                                              encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
