"""dev9xw: more of batch 9's web site designs, development only.

    PYTHONPATH=$PWD python benchmarks/segcorpus/make_dev9xw.py

Needs what make_dev9_web.py needs (lynx, w3m, html2text, LibreOffice ``soffice``, opencc, python-docx;
no chromium: dev9xw has no printed PDFs). CI has none of the tools: the files are committed.

Batch 9's web half has ten site designs and one development page of each; its held half showed joins that
its dev half did not. This script builds twenty more pages, two of each design, with make_dev9_web.py's own
templates, dump steps, saved-copy wrapping and alignment (imported, not copied), ids ``w9x-000`` ..
``w9x-019``, all in the split ``dev9xw`` (no held part: it is for development). What varies from batch 9:

- the prose: paragraphs taken from the DEVELOPMENT gold only (the native gold content units of the splits
  dev, dev3 .. dev8 and the text gold of dev2's documents are not used: dev2 has no native gold), never a
  held split's text (a paragraph sharing a 15-character stretch with any held gold file is skipped) and
  never an unused CMRC / DRCD context. Simplified designs take simplified articles (the templates convert
  with opencc ``t2s``), traditional designs traditional ones (a document is traditional when ``t2s`` changes
  at least five of its characters; when the traditional pool runs dry an article is converted with ``s2t``);
- the number of paragraphs (two to six source paragraphs per page, a long one cut at the sentence end
  nearest its middle as batch 9 does) and so their lengths;
- list lengths and comment counts (make_dev9_web.KNOBS: related lists, navigation, steps, duties, the
  comment thread from one to six floors), and the random draws (names, dates, outlets: ``random.Random``
  seeded per page);
- the dump widths: 38, 50, 72, 80, 100 and 120 columns for lynx / lynx -nolist / w3m / html2text (batch 9
  used 45-140), saved copies re-wrapped by display columns at 50 / 72 / 80 / 100 (``savedcolW``) or by
  characters at 26 / 38 / 44 / 50 (``savedchW``).

Files per page: ``native/dev9xw/w9x-NNN_html.html`` and five text dumps ``text/dev9xw/w9x-NNN_<tool><W>.txt``;
gold ``gold/<stem>.json`` (make_dev9_web.align: from construction); manifest ``manifest-dev9xw.json``.
A dump whose alignment fails (a content string not found in order, or found at two places) is dropped and
printed, as in batch 9.
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

import make_dev9_web as w9  # noqa: E402

PREFIX = "w9x"
SPLIT = "dev9xw"
SEED = "web9xw"
DEV_SPLITS = ("dev", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8")
HELD_SPLITS = ("heldout", "held3", "held5", "held6", "held7", "held8", "held9")
_WS = re.compile(r"\s+")

# (lynx, lynx -nolist, w3m, html2text, saved copy): widths batch 9 did not use
TOOLSETS = [
    [("lynx", 72), ("lynxnolist", 120), ("w3m", 38), ("html2text", 100), ("savedcol", 50)],
    [("lynx", 120), ("lynxnolist", 50), ("w3m", 80), ("html2text", 72), ("savedch", 26)],
    [("lynx", 38), ("lynxnolist", 80), ("w3m", 100), ("html2text", 50), ("savedcol", 72)],
    [("lynx", 100), ("lynxnolist", 72), ("w3m", 50), ("html2text", 120), ("savedch", 38)],
    [("lynx", 50), ("lynxnolist", 100), ("w3m", 72), ("html2text", 38), ("savedcol", 80)],
    [("lynx", 80), ("lynxnolist", 38), ("w3m", 120), ("html2text", 80), ("savedch", 44)],
    [("lynx", 120), ("lynxnolist", 72), ("w3m", 100), ("html2text", 50), ("savedcol", 100)],
    [("lynx", 72), ("lynxnolist", 50), ("w3m", 38), ("html2text", 100), ("savedch", 50)],
]

# the knobs the templates read (make_dev9_web.KNOBS), two draws per design
EXTRA_NEWS = ["记者探访：老城区的早市", "一图读懂新规要点", "周末去哪儿：五条近郊线路", "暴雨预警发布，出行请注意"]
EXTRA_TRAD = ["專家解讀：新制上路三大重點", "一圖看懂本週天氣變化", "老店傳承　三代人的堅持"]


def knobs_for(design: str, k: int, rng: random.Random) -> dict:
    if design == "amp":
        return {"amp_related": EXTRA_NEWS[:rng.choice([1, 4])] if k else []}
    if design == "guide":
        steps = ["第一天：抵达后先去博物馆，了解背景资料，晚上在老街用餐。",
                 "第二天：上午参观遗址公园，下午沿河步行，傍晚登高看日落。",
                 "第三天：走访周边村镇，购买土特产后返程。",
                 "第四天：早起看日出，午后在茶馆小坐，晚上乘夜车离开。",
                 "第五天：机动安排，可补看前几天错过的景点。"]
        return {"guide_steps": steps[:5] if k else steps[:2],
                "guide_nav": ["首页", "攻略"] if k else ["首页", "目的地", "攻略", "游记", "问答", "酒店", "机票", "社区"],
                "guide_related": ["三天两晚古城慢游路线"] if k else ["三天两晚古城慢游路线", "带孩子逛博物馆的十个建议",
                                                                   "当地美食地图（附人均）", "雨天也能玩的室内去处", "省钱交通卡怎么买"]}
    if design == "job":
        duties = ["負責專題文章的企劃、撰寫與校對。", "整理相關史料與圖片，建立資料庫。", "協助辦理講座及展覽活動。",
                  "維護官網與社群專頁內容。", "其他主管交辦事項。"]
        return {"job_duties": duties if k else duties[:1],
                "job_similar": ["出版社文字編輯"] if k else ["出版社文字編輯", "博物館教育推廣專員", "文化資產研究助理",
                                                         "雜誌社採訪記者", "圖書館館員"]}
    if design == "gallery":
        return {"gallery_related": EXTRA_TRAD if k else EXTRA_TRAD[:1]}
    if design == "comments":
        return {"comments": 6 if k else 1}
    if design == "product":
        return {"product_also": ["世界史地圖集"] if k else ["世界史地圖集", "帝國的興衰", "被遺忘的古城", "城市的記憶", "海上絲路"]}
    if design == "recipe":
        steps = ["五花肉切成三厘米见方的块，冷水下锅焯水，撇去浮沫后捞出沥干。",
                 "锅中放少许油，小火放入冰糖炒出糖色，倒入肉块翻炒上色。",
                 "加入生抽、八角和没过肉块的热水，大火烧开后转小火炖一小时。",
                 "最后大火收汁，汤汁浓稠发亮即可出锅。",
                 "撒上葱花，趁热上桌。",
                 "吃不完的连汤汁一起冷藏，第二天加热风味更足。"]
        return {"recipe_steps": steps[:2] if k else steps}
    return {}


# (design, contexts per page): page 2d uses the first count, 2d+1 the second
CONTEXTS = {"amp": (2, 5), "guide": (5, 3), "job": (2, 4), "gallery": (4, 2), "lohtml": (3, 5),
            "comments": (5, 2), "product": (2, 5), "csdn": (4, 3), "recipe": (2, 6), "newsletter": (5, 3)}


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


def load_pool() -> dict[str, list]:
    """{"simp": [...], "trad": [...]}: (document id, title, [paragraph, ...]) from the dev native gold."""
    held = _held_index()
    seen_docs: set[str] = set()
    arts: dict[str, list] = {"simp": [], "trad": []}
    for split in DEV_SPLITS:
        for path in sorted((HERE / "native" / split).glob("*.*")):
            did = path.stem.split("_", 1)[0]
            if did in seen_docs:
                continue
            seen_docs.add(did)
            units = json.loads((HERE / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))["units"]
            titles = [_WS.sub("", u["text"]) for u in units if u["kind"] == "title"]
            keep = []
            for u in units:
                if u["kind"] != "paragraph":
                    continue
                t = _WS.sub("", u["text"])
                if len(t) < 30 or any(t[i:i + 15] in held for i in range(max(1, len(t) - 14))):
                    continue
                keep.append(t)
            if not titles or len(keep) < 2 or len(titles[0]) > 24:
                continue
            title = titles[0].strip("。，、；：！？")
            body = "".join(keep)
            script = "trad" if sum(a != b for a, b in zip(body, w9.t2s(body), strict=False)) >= 5 else "simp"
            arts[script].append((did, title, keep))
    for script, items in arts.items():
        random.Random(f"{SEED}-{script}").shuffle(items)
    return arts


_s2t = None


def s2t(s: str) -> str:
    global _s2t
    if _s2t is None:
        import opencc
        _s2t = opencc.OpenCC("s2t")
    return _s2t.convert(s)


def sources(pools: dict, simp: bool, count: int, rng: random.Random) -> tuple[list[tuple[str, str]], list[str]]:
    """``count`` (title, context) pairs: the first from one article, the rest from a second one (the
    designs with two sections title the second one after srcs[1]); a context is one dev paragraph, now
    and then two of them (a long one the template cuts at its middle sentence end)."""
    pool = pools["simp" if simp else "trad"]
    if len(pool) < 2:
        pool = [(d, s2t(t), [s2t(p) for p in ps]) for d, t, ps in pools["simp"][-2:]]
        del pools["simp"][-2:]
    a, b = pool.pop(0), pool.pop(0)
    out = [(a[1], a[2][0])]
    paras = list(b[2])
    while len(out) < count and paras:
        if len(paras) >= 2 and rng.random() < 0.25:
            out.append((b[1], paras.pop(0) + paras.pop(0)))
        else:
            out.append((b[1], paras.pop(0)))
    while len(out) < count and len(a[2]) > len(out):
        out.append((b[1], a[2][len(out)]))
    return out, [a[0], b[0]]


def main() -> int:
    pools = load_pool()
    out_gold = HERE / "gold"
    ndir, tdir = HERE / "native" / SPLIT, HERE / "text" / SPLIT
    ndir.mkdir(parents=True, exist_ok=True)
    tdir.mkdir(parents=True, exist_ok=True)
    work = Path("/tmp/w9xweb_build")  # a fixed folder: lynx's link list names it
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    manifest, dropped = [], []
    for n in range(2 * len(w9.DESIGNS)):
        design, simp, _ = w9.DESIGNS[n // 2]
        k = n % 2
        rng = random.Random(f"{SEED}-{n}")
        w9.RNG = random.Random(f"{SEED}-{n}-template")
        w9.KNOBS.clear()
        w9.KNOBS.update(knobs_for(design, k, rng))
        srcs, from_docs = sources(pools, simp, CONTEXTS[design][k], rng)
        doc = f"{PREFIX}-{n:03d}"
        P = w9.Page(simp)
        if design == "lohtml":
            page, charset = w9.d_lohtml(n, srcs, P, work)
        else:
            page, charset = getattr(w9, f"d_{design}")(n, srcs, P)
        raw = page.encode(charset, errors="xmlcharrefreplace")
        (ndir / f"{doc}_html.html").write_bytes(raw)
        gold = w9.native_gold(f"{doc}_html", P)
        gold["source"] = "dev-gold" + ("(t2s)" if simp else "")
        (out_gold / f"{doc}_html.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                   encoding="utf-8")
        files = [{"path": f"native/{SPLIT}/{doc}_html.html", "route": "native", "tool": "html", "encoding": charset}]
        u8 = work / f"{doc}.html"
        u8.write_text(page if charset == "utf-8" else page.replace(f'charset="{charset}"', 'charset="utf-8"', 1),
                      encoding="utf-8")
        encs = w9.ENCS_SIMP if simp else w9.ENCS_TRAD
        title = next(t for kind, t in P.units if kind == "title")
        for ti, (tool, width) in enumerate(TOOLSETS[n % len(TOOLSETS)]):
            masked: set = set()
            if tool.startswith("saved"):
                variant = "col" if tool == "savedcol" else "ch"
                text, masked = w9.saved(u8, variant, width, title, f"https://www.example.com.cn/a/{2025000 + n}.html",
                                        f"2025/{1 + n % 12}/{3 + n} 上午10:{10 + n:02d}")
                enc = ("gb18030-crlf" if simp else "bom-crlf") if k else ("utf-8" if n % 4 else "crlf")
            else:
                text = w9.dump(tool, width, u8)
                enc = encs[(n + ti) % len(encs)]
            ocr = (not tool.startswith("saved")) and rng.random() < 0.2
            if ocr:
                text = w9.ocr_spaces(text, rng)
            stem = f"{doc}_{tool}{width}" if tool != "lynxnolist" else f"{doc}_lynx{width}nolist"
            try:
                units = w9.align(text, P.units, masked)
            except w9.AlignError as e:
                dropped.append((stem, str(e)))
                continue
            (tdir / f"{stem}.txt").write_bytes(w9.encode(text, enc))
            if "crlf" in enc:
                for u in units:
                    u["text"] = u["text"].replace("\n", "\r\n")
            (out_gold / f"{stem}.json").write_text(json.dumps(
                {"doc_id": stem, "source": gold["source"], "units": units}, ensure_ascii=False, indent=1) + "\n",
                encoding="utf-8")
            files.append({"path": f"text/{SPLIT}/{stem}.txt", "route": "text", "tool": stem.split("_", 1)[1],
                          "encoding": enc + ("+ocr" if ocr else "")})
        manifest.append({"id": doc, "split": SPLIT, "script": "simp" if simp else "trad", "template": design,
                         "knobs": dict(w9.KNOBS), "paragraph_sources": len(srcs), "sources": from_docs,
                         "files": files})
        print(doc, design, from_docs, len(srcs), file=sys.stderr)
    (HERE / "manifest-dev9xw.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n",
                                               encoding="utf-8")
    for stem, why in dropped:
        print(f"dropped {stem}: {why}")
    print(f"{len(manifest)} pages, {sum(len(m['files']) for m in manifest)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
