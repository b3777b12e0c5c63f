"""Build a second development batch (``dev2``) of the segmentation corpus, text route only.

    python benchmarks/segcorpus/make_dev2.py        # needs reportlab, opencc, pdftotext, lynx, w3m, html2text

30 documents (``c2-000`` .. ``c2-014`` from CMRC 2018 trial contexts, simplified; ``d2-000`` ..
``d2-014`` from DRCD test contexts, traditional) taken from the articles that come AFTER the ones the
first 48 documents use (make_corpus.py), so no source text is shared with ``dev`` or ``heldout``.
The structure is more varied than the first batch: every article may be cut into sections with
numbered or marked headings in more forms, short one-sentence paragraphs, list items (``1.``,
``（1）``, ``·``), photo captions (debris), bylines in more forms (``文/王某``, ``作者：``,
``撰文：… 摄影：…``, a dateline), editor lines in more forms (``编辑：``, ``责编：``, ``审核：… 责任编辑：…``,
``（编辑 李某）``) and a ``来源`` line at the end.

Each document is rendered with make_corpus.py's renderers and tools (reportlab PDF -> pdftotext
default / -raw / -layout; HTML page -> lynx 72 / lynx 100 / w3m / html2text; wrapped text) and saved
in make_corpus.py's encodings; gold comes from construction with make_corpus.label_dump. Only the
text dumps and their gold are kept (``text/dev2/``, ``gold/<stem>.json``); the PDFs and pages are
made in a temporary folder. This whole batch is development data: tune on it freely.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_corpus as mc  # noqa: E402

PER_SOURCE = 15
SPLIT = "dev2"

EXTRA = {
    "simp": {
        "by_forms": ["文/{rep}", "作者：{rep}", "撰文：{rep}　摄影：{rep2}", "本报记者　{rep}　通讯员　{rep2}",
                     "{date}　{src}", "记者 {rep} 报道", "发布时间：{date}　来源：{src}", "文｜{rep}"],
        "editor_forms": ["编辑：{ed}", "责编：{ed}", "审核：{ed}　责任编辑：{ed2}", "（编辑 {ed}）", "责任编辑：{ed}　校对：{ed2}"],
        "end_source": ["（来源：{src}）", "本文来源：{src}"],
        "heading_forms": ["{n}. {h}", "第{cn}部分　{h}", "【{h}】", "{cn}是{h}", "{h}", "（{cn}）{h}", "▲{h}"],
        "captions": ["图为{h}资料图。", "▲{h}（资料图片）", "图：{h}　{rep}摄", "（图片来源：网络）"],
        "list_forms": ["{i}. {t}", "（{i}）{t}", "· {t}", "{i}、{t}"],
    },
    "trad": {
        "by_forms": ["文／{rep}", "作者：{rep}", "撰文：{rep}　攝影：{rep2}", "記者{rep}／綜合報導",
                     "{date}　{src}", "記者 {rep} 報導", "發布時間：{date}　來源：{src}", "文｜{rep}"],
        "editor_forms": ["編輯：{ed}", "責編：{ed}", "審核：{ed}　責任編輯：{ed2}", "（編輯 {ed}）", "責任編輯：{ed}　校對：{ed2}"],
        "end_source": ["（來源：{src}）", "本文來源：{src}"],
        "heading_forms": ["{n}. {h}", "第{cn}部分　{h}", "【{h}】", "{h}", "（{cn}）{h}", "▲{h}"],
        "captions": ["圖為{h}資料照。", "▲{h}（資料照片）", "圖：{h}　{rep}攝", "（圖片來源：網路）"],
        "list_forms": ["{i}. {t}", "（{i}）{t}", "· {t}", "{i}、{t}"],
    },
}


def short_paragraphs(text: str, rng: random.Random, lo: int, hi: int) -> list[str]:
    sentences = re.findall(r"[^。！？]*[。！？]+[”」』]?|[^。！？]+$", text)
    paras, cur, target = [], "", rng.randint(lo, hi)
    for s in sentences:
        cur += s
        if len(cur) >= target:
            paras.append(cur)
            cur, target = "", rng.randint(lo, hi)
    if cur.strip():
        paras.append(cur)
    return [p.strip() for p in paras if p.strip()]


def build_documents() -> list[dict]:
    simp, trad = mc.load_articles()
    docs = []
    rng = random.Random(20241)
    pool = [a for a in simp if 250 <= len(a[0]) <= 900]
    pos = 2 * mc.PER_SOURCE + mc.PER_SOURCE // 2 + 4  # after the 60 the first batch uses
    for n in range(PER_SOURCE):
        k = 2 + (n % 2)
        parts = pool[pos:pos + k]
        pos += k
        sections = [(mc.clean(t), mc.clean(c)) for c, t in parts]
        docs.append(assemble(f"c2-{n:03d}", "simp", sections, n, rng))
    pool = [a for a in trad if 2 <= len(a[0]) <= 6]
    pos = 48  # the first batch uses 40
    for n in range(PER_SOURCE):
        k = 2 if n % 3 else 1
        parts = pool[pos:pos + k]
        pos += k
        sections = [(mc.clean(mc.to_trad(t), "trad"), " ".join(mc.clean(p["context"], "trad") for p in ps[:3]))
                    for ps, t in parts]
        docs.append(assemble(f"d2-{n:03d}", "trad", sections, n, rng))
    return docs


def assemble(doc_id: str, script: str, sections, n: int, rng: random.Random) -> dict:
    lex = mc.SIMP if script == "simp" else mc.TRAD
    ex = EXTRA[script]
    date = rng.choice(["2023-06-01", "2023年6月1日", "2022-11-17 08:32", "2023/03/05", "2021年9月28日 14:05"])
    rep, rep2 = rng.sample(lex["reporters"], 2)
    ed, ed2 = rng.sample(lex["editors"], 2)
    src = rng.choice(lex["sources"])
    units = [("title", sections[0][0])]
    if n % 5 != 4:
        form = ex["by_forms"][n % len(ex["by_forms"])]
        units.append(("byline", form.format(src=src, date=date, rep=rep, rep2=rep2)))
        if n % 4 == 1:  # a second byline line (the source under the author)
            units.append(("byline", rng.choice(lex["by_forms"]).format(src=src, date=date, rep=rep2, rep2=rep)))
    heading_form = ex["heading_forms"][n % len(ex["heading_forms"])]
    hno = 0
    for i, (head, text) in enumerate(sections):
        style = (n + i) % 4
        if style == 0:
            paras = short_paragraphs(text, rng, 20, 70)
        elif style == 1:
            paras = mc.split_sentences_into_paragraphs(text, rng)
        else:
            paras = short_paragraphs(text, rng, 60, 180)
        if i > 0 or n % 3 == 0:
            hno += 1
            units.append(("heading", heading_form.format(h=head, n=hno, cn=mc.CN_NUM[hno - 1])))
        # the longer articles get a sub-section heading in the middle
        if len(paras) >= 5 and n % 2 == 0:
            mid = len(paras) // 2
            # (not words of the paragraph below it: the gold aligner would take them for the heading)
            sub = head + rng.choice(["概况", "历史", "影响", "现状", "评价", "简介"] if script == "simp"
                                    else ["概況", "歷史", "影響", "現狀", "評價", "簡介"])
            hno += 1
            units += [("paragraph", p) for p in paras[:mid]]
            units.append(("heading", heading_form.format(h=sub, n=hno, cn=mc.CN_NUM[hno - 1])))
            paras = paras[mid:]
        for j, p in enumerate(paras):
            units.append(("paragraph", p))
            if j == 0 and i == 0 and n % 3 != 2:
                cap = rng.choice(ex["captions"]).format(h=head, rep=rep)
                units.append(("debris", cap))
        if i == 0 and n % 3 == 1:  # a short list: items are paragraphs of their own
            items = re.findall(r"[^，。；]{4,24}[，。；]", text)[1:5]
            lform = ex["list_forms"][n % len(ex["list_forms"])]
            for li, it in enumerate(items, start=1):
                units.append(("paragraph", lform.format(i=li, t=it.rstrip("，；") + "。").replace("。。", "。")))
    if n % 3 != 0:
        units.append(("byline", rng.choice(ex["end_source"]).format(src=src)))
    if n % 4 != 3:
        units.append(("meta", rng.choice(ex["editor_forms"]).format(ed=ed, ed2=ed2)))
    return {"id": doc_id, "script": script, "n": n, "split": SPLIT, "units": units, "date": date}


def render_all(doc: dict, out: Path, tmp: Path) -> dict:
    did, n = doc["id"], doc["n"]
    rng = random.Random(int(hashlib.sha1(did.encode()).hexdigest()[:8], 16))
    gold_dir, tdir = out / "gold", out / "text" / SPLIT
    files = []

    def text_file(stem, dump, expected, kinds, variant_no, tool):
        units = mc.label_dump(dump, expected, dict(kinds))
        data, how = mc.finish_text(dump, n + 7, variant_no, doc["script"])
        (tdir / f"{stem}.txt").write_bytes(data)
        mc.write_gold(gold_dir, stem, f"text/{SPLIT}/{stem}.txt", units, {"tool": tool, "encoding": how})
        files.append({"path": f"text/{SPLIT}/{stem}.txt", "route": "text", "tool": tool, "encoding": how})

    pdf = tmp / f"{did}_pdf.pdf"
    expected, kinds, columns, _ = mc.render_pdf(doc, pdf, rng)
    modes = [("pdftotext", []), ("pdftotext-raw", ["-raw"])] + ([("pdftotext-layout", ["-layout"])] if columns == 1 else [])
    for vn, (name, flags) in enumerate(modes):
        dump = mc.run_tool(["pdftotext", *flags, "-enc", "UTF-8", str(pdf), "-"])
        text_file(f"{did}_{name}", dump, expected, kinds, vn, name)
    html, expected, kinds, _ = mc.render_html(doc, rng)
    utf = tmp / f"{did}.html"
    utf.write_text(html.replace("{charset}", "utf-8"), encoding="utf-8")
    dumps = [
        ("lynx72", ["lynx", "-dump", "-nolist", "-width=" + str(64 + 8 * (n % 3)), "-assume_charset=utf-8",
                    "-display_charset=utf-8", str(utf)]),
        ("lynx100", ["lynx", "-dump", "-width=100", "-assume_charset=utf-8", "-display_charset=utf-8", str(utf)]),
        ("w3m", ["w3m", "-dump", "-cols", str(66 + 12 * (n % 3)), "-I", "utf-8", "-O", "utf-8", "-T", "text/html", str(utf)]),
        ("html2text", ["html2text", "-utf8", "-nobs", "-width", str(68 + 10 * (n % 2)), str(utf)]),
    ]
    for vn, (name, cmd) in enumerate(dumps):
        text_file(f"{did}_{name}", mc.run_tool(cmd), expected, kinds, 3 + vn, name)
    dump, expected, kinds, _ = mc.render_wrapped(doc, rng)
    text_file(f"{did}_wrapped", dump, expected, kinds, 7, "wrapped")
    return {"id": did, "split": SPLIT, "script": doc["script"], "files": files}


def main() -> None:
    out = HERE
    tdir = out / "text" / SPLIT
    shutil.rmtree(tdir, ignore_errors=True)
    tdir.mkdir(parents=True)
    for old in (out / "gold").glob("[cd]2-*.json"):
        old.unlink()
    tmp = Path(tempfile.mkdtemp(prefix="segdev2-"))
    manifest = []
    try:
        for doc in build_documents():
            manifest.append(render_all(doc, out, tmp))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    (out / "manifest-dev2.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(manifest)} documents, {sum(len(m['files']) for m in manifest)} files in {tdir}")


if __name__ == "__main__":
    main()
