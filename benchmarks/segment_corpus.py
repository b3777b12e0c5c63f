"""Score segmentation on the development corpus (benchmarks/segcorpus/), both routes, both parts.

    python benchmarks/segment_corpus.py                      # text and native routes, dev and held-out
    python benchmarks/segment_corpus.py --route text --by-tool
    python benchmarks/segment_corpus.py --route native --json
    python benchmarks/segment_corpus.py --speed              # native PDF pages/s, HTML MB/s, DOCX files/s, memory

Each part is segmented through the command a user runs (``python -m annotate segment DIR --out FILE``,
in a child process) and compared with the gold that came with the corpus (gold/<file stem>.json):

- text route (``text/<split>/``: pdftotext, lynx, w3m, html2text dumps and wrapped text): boundary
  P/R/F1 and cross-kind joins from annotate/segment/score.py, the scorer used for the seeds;
- native route (``native/<split>/``: .pdf, .html, .docx): the share of gold content units (title,
  heading, byline, paragraph) that some predicted non-debris unit reproduces exactly (whitespace
  ignored), the predicted non-debris units that contain page or site furniture, and the boundary
  score of the non-debris units against the content units.

The held-out part (document number % 3 == 2, see make_corpus.py) is for reporting, not for tuning.
``--split dev2`` scores the second development batch (make_dev2.py; text route only).
``--split dev3`` / ``--split held3`` score batch 3, built by engineers who never read the segmenter
(make_dev3_web.py, make_dev3_print.py; even document numbers in dev3, odd ones held out in held3).
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "benchmarks" / "segcorpus"
sys.path.insert(0, str(ROOT))

from annotate.segment.score import score_documents, squash  # noqa: E402

CONTENT = ("title", "heading", "byline", "meta", "paragraph")


def segment(folder: Path, out: Path) -> dict:
    """Run the CLI on one folder; return {doc_id: [(kind, text), ...]}."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    command = [sys.executable, "-m", "annotate", "segment", str(folder), "--out", str(out), "--on-error", "skip", "--quiet"]
    proc = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT)
    if proc.returncode != 0:
        raise SystemExit(f"segment failed on {folder}: {proc.stderr.strip().splitlines()[-1:]}")
    docs: dict[str, list[tuple[str, str]]] = collections.defaultdict(list)
    with out.open(encoding="utf-8") as handle:
        for line in handle:
            rec = json.loads(line)
            docs[rec["doc_id"]].append((rec["kind"], rec["text"]))
    return dict(docs)


def gold_for(stem: str) -> dict:
    return json.loads((CORPUS / "gold" / f"{stem}.json").read_text(encoding="utf-8"))


def tool_of(stem: str) -> str:
    return stem.split("_", 1)[1]


def score_text(pred: dict, stems: list[str]) -> dict:
    pairs = []
    for stem in stems:
        gold = gold_for(stem)
        pairs.append((stem, pred.get(stem, []), [(u["kind"], u["text"]) for u in gold["units"]]))
    total = score_documents(pairs)
    by_tool = {}
    for tool in sorted({tool_of(s) for s in stems}):
        part = score_documents([p for p in pairs if tool_of(p[0]) == tool])
        by_tool[tool] = {k: part[k] for k in ("precision", "recall", "f1")} | {"cross_kind": len(part["cross_kind"]),
                                                                               "files": sum(tool_of(s) == tool for s in stems)}
    return {"files": len(stems), "missing": sorted(set(stems) - set(pred)),
            **{k: total[k] for k in ("precision", "recall", "f1", "tp", "fp", "fn")},
            "cross_kind": total["cross_kind"], "kinds": total["kinds"], "by_tool": by_tool,
            "per_file": {d: round(r["f1"], 4) for d, r in total["documents"].items()}}


def score_native(pred: dict, stems: list[str], gold_of=None, clean=None) -> dict:
    """Content units reproduced exactly, units holding furniture, boundaries and joins of ``pred``'s non-debris
    units against each stem's native gold (``gold_of(stem)``, default gold/<stem>.json); ``clean``, if given,
    is applied to predicted and gold texts alike before whitespace is removed (segment_widths.py: lynx's link
    markers)."""
    gold_of = gold_of or gold_for
    sq = squash if clean is None else (lambda t: squash(clean(t)))
    exact = total = furniture_hits = 0
    misses, furn = [], []
    pairs = []
    per_doc = {}
    by_format: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0])
    for stem in stems:
        gold = gold_of(stem)
        units = [(k, t) for k, t in pred.get(stem, []) if k != "debris"]
        if clean is not None:
            units = [(k, clean(t)) for k, t in units]
        have = collections.Counter(squash(t) for _, t in units)
        fmt = tool_of(stem)
        doc = per_doc[stem] = {"exact": 0, "units": 0, "furniture": 0}
        for u in gold["units"]:
            total += 1
            doc["units"] += 1
            by_format[fmt][1] += 1
            key = sq(u["text"])
            if have[key] > 0:
                have[key] -= 1
                exact += 1
                doc["exact"] += 1
                by_format[fmt][0] += 1
            else:
                misses.append({"doc_id": stem, "kind": u["kind"], "text": key[:40]})
        content = "".join(sq(u["text"]) for u in gold["units"])
        bits = [squash(f) for f in gold.get("furniture", [])]
        bits = [b for b in bits if len(b) >= 3 and b not in content]
        for kind, text in units:
            inside = [b for b in bits if b in squash(text)]
            if inside:
                furniture_hits += 1
                doc["furniture"] += 1
                by_format[fmt][2] += 1
                furn.append({"doc_id": stem, "kind": kind, "furniture": inside[0], "text": squash(text)[:40]})
        pairs.append((stem, units, [(u["kind"], u["text"] if clean is None else clean(u["text"])) for u in gold["units"]]))
    bound = score_documents(pairs)
    for stem, r in bound["documents"].items():
        per_doc[stem]["joins"] = len(r["joins"])
    return {"files": len(stems), "missing": sorted(set(stems) - set(pred)), "content_units": total,
            "exact": exact, "exact_share": exact / total if total else 0.0,
            "units_with_furniture": furniture_hits, "boundary_f1": bound["f1"], "cross_kind": len(bound["cross_kind"]),
            "kinds": bound["kinds"],
            "joins": sum(d["joins"] for d in per_doc.values()),
            "by_format": {f: {"exact_share": e / t if t else 0.0, "units": t, "with_furniture": h}
                          for f, (e, t, h) in sorted(by_format.items())},
            "misses": misses, "furniture": furn, "per_doc": per_doc}


def stems_in(folder: Path) -> list[str]:
    return sorted(p.stem for p in folder.iterdir() if p.is_file())


def measure(folder: Path, out: Path) -> dict:
    """In a child process: segment ``folder`` once through the library call behind the CLI."""
    import resource

    from annotate.segment.files import segment_paths

    files = sorted(folder.iterdir())
    pages = 0
    if files and files[0].suffix == ".pdf":
        import pypdfium2 as pdfium

        for path in files:
            pdf = pdfium.PdfDocument(str(path))
            pages += len(pdf)
            pdf.close()
    size = sum(p.stat().st_size for p in files)
    segment_paths([files[0]], out)  # imports and first-call set-up are not counted
    start, cpu = time.perf_counter(), time.process_time()
    report = segment_paths([folder], out)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {"files": report.documents, "units": report.units, "bytes": size, "pages": pages, "wall_s": wall, "cpu_s": cpu,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def speed(copies: list[int]) -> list[dict]:
    """Native readers' throughput and peak memory on the corpus's native files copied ``k`` times."""
    import shutil

    rows = []
    with tempfile.TemporaryDirectory(prefix="segspeed-") as tmp:
        for suffix in (".pdf", ".html", ".docx"):
            files = sorted(CORPUS.glob(f"native/*/*{suffix}"))
            for k in copies:
                folder = Path(tmp) / f"{suffix[1:]}-{k}"
                folder.mkdir()
                for i in range(k):
                    for path in files:
                        shutil.copyfile(path, folder / f"{i:03d}_{path.name}")
                load = os.getloadavg()[0]
                env = dict(os.environ, PYTHONPATH=str(ROOT))
                proc = subprocess.run([sys.executable, __file__, "--measure", str(folder), str(Path(tmp) / "out.jsonl")],
                                      capture_output=True, text=True, env=env, check=True)
                row = json.loads(proc.stdout)
                row.update(format=suffix[1:], copies=k, load=load, mb=row["bytes"] / 1e6)
                for clock in ("wall", "cpu"):
                    row[f"pages_per_s_{clock}"] = row["pages"] / row[f"{clock}_s"]
                    row[f"mb_per_s_{clock}"] = row["mb"] / row[f"{clock}_s"]
                    row[f"files_per_s_{clock}"] = row["files"] / row[f"{clock}_s"]
                rows.append(row)
                shutil.rmtree(folder)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--route", choices=("text", "native", "both"), default="both")
    parser.add_argument("--split", default="both",
                        help="dev, heldout, both (default), or any other folder under text/ and native/: "
                             "dev2 (make_dev2.py, text only), dev3 / held3 (the independent batch, make_dev3_*.py)")
    parser.add_argument("--by-tool", action="store_true", help="add a row per tool / format")
    parser.add_argument("--files", action="store_true", help="list files below F1 1.0 (text route)")
    parser.add_argument("--speed", action="store_true", help="measure native reader throughput and memory instead")
    parser.add_argument("--copies", default="1,10", help="with --speed: corpus copies to compare (default 1,10)")
    parser.add_argument("--measure", nargs=2, metavar=("DIR", "OUT"), help=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(Path(args.measure[0]), Path(args.measure[1]))))
        return 0
    if args.speed:
        rows = speed([int(k) for k in args.copies.split(",")])
        if args.json:
            print(json.dumps(rows, indent=1))
            return 0
        print("| format | copies | files | pages | MB | wall s | CPU s | pages/s wall (CPU) | MB/s wall (CPU) "
              "| files/s wall (CPU) | peak RSS | load 1-min |")
        print("|---|---|---|---|---|---|---|---|---|---|---|---|")
        for r in rows:
            print(f"| {r['format']} | {r['copies']} | {r['files']} | {r['pages'] or '–'} | {r['mb']:.2f} | {r['wall_s']:.2f} "
                  f"| {r['cpu_s']:.2f} | {r['pages_per_s_wall']:.1f} ({r['pages_per_s_cpu']:.1f}) "
                  f"| {r['mb_per_s_wall']:.2f} ({r['mb_per_s_cpu']:.2f}) | {r['files_per_s_wall']:.1f} "
                  f"({r['files_per_s_cpu']:.1f}) | {r['peak_rss_mb']:.0f} MB | {r['load']:.2f} |")
        return 0
    splits = ["dev", "heldout"] if args.split == "both" else [args.split]
    routes = ["text", "native"] if args.route == "both" else [args.route]
    routes = [r for r in routes if any((CORPUS / r / split).is_dir() for split in splits)]
    if not routes:
        parser.error(f"no corpus folder {args.split!r} under {CORPUS}/text or /native")
    results: dict = {}
    with tempfile.TemporaryDirectory(prefix="segcorpus-") as tmp:
        for route in routes:
            for split in splits:
                folder = CORPUS / route / split
                if not folder.is_dir():
                    continue
                pred = segment(folder, Path(tmp) / f"{route}-{split}.jsonl")
                stems = stems_in(folder)
                results[f"{route}/{split}"] = (score_text if route == "text" else score_native)(pred, stems)
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
        return 0
    for key, r in results.items():
        if key.startswith("text"):
            print(f"{key}: {r['files']} files  boundary F1 {r['f1']:.3f} (P {r['precision']:.3f}, R {r['recall']:.3f})"
                  f"  cross-kind joins {len(r['cross_kind'])}  kinds {r['kinds']['share']:.3f}"
                  + (f"  missing {len(r['missing'])}" if r["missing"] else ""))
            if args.by_tool:
                for tool, t in r["by_tool"].items():
                    print(f"    {tool:18s} {t['files']:3d} files  F1 {t['f1']:.3f} (P {t['precision']:.3f}, "
                          f"R {t['recall']:.3f})  cross-kind {t['cross_kind']}")
            if args.files:
                for doc, f1 in sorted(r["per_file"].items(), key=lambda x: x[1]):
                    if f1 < 1.0:
                        print(f"    {f1:.3f} {doc}")
        else:
            print(f"{key}: {r['files']} files  content units exact {r['exact']}/{r['content_units']} = "
                  f"{r['exact_share']:.3f}  units with furniture {r['units_with_furniture']}  boundary F1 "
                  f"{r['boundary_f1']:.3f}  cross-kind {r['cross_kind']}  kinds {r['kinds']['share']:.3f}"
                  + (f"  missing {len(r['missing'])}" if r["missing"] else ""))
            if args.by_tool:
                for fmt, t in r["by_format"].items():
                    print(f"    {fmt:6s} {t['units']:4d} units  exact {t['exact_share']:.3f}  with furniture {t['with_furniture']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
