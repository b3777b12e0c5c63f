"""Width sweep: the text route on web dumps of the corpus's own pages, every tool at every width.

    python benchmarks/segment_widths.py                         # dev splits, table by tool x width
    python benchmarks/segment_widths.py --files 15              # and the 15 worst dumps
    python benchmarks/segment_widths.py --tools w3m --widths 64,200 --files 5
    python benchmarks/segment_widths.py --splits held3,held5,held6,held7 --summary   # held pages: summary rows only

A benchmark, not a test: it needs Debian's ``lynx``, ``w3m`` and ``html2text`` (CI has none of them). For every
native ``.html`` page of the splits (default the development splits dev, dev3, dev4, dev5, dev6, dev7 of
``benchmarks/segcorpus/native/``) that has a native gold (``gold/<stem>.json``: content units and furniture), it

1. decodes the page (``readers.html.decode_html``: BOM, ``<meta charset>`` (GBK/GB2312, Big5, UTF-8), else the
   text route's detection), writes a UTF-8 copy with its charset declaration rewritten to ``utf-8`` and dumps
   that copy with each tool at each width (default 40, 50, 60, 64, 72, 80, 100, 120, 150, 200):
   ``lynx -dump -width=W -display_charset=utf-8 -assume_charset=utf-8`` (``lynx``: with lynx's numbered link
   markers and its ``References`` list), the same with ``-nolist`` (``lynxnolist``), ``w3m -dump -T text/html
   -I utf-8 -O utf-8 -cols W`` and ``html2text -utf8 -nobs -width W`` (every dump is UTF-8; html2text garbles
   CJK inside table cells, those bytes read as U+FFFD as a user would get them). Dumps go to a temporary
   folder (``--dumps DIR`` keeps them there, and reuses those already made); none are committed.
2. segments each dump in process (``annotate.segment.segment_text``, the library call behind
   ``python -m annotate segment``) and
3. scores it against the page's **native** gold with ``segment_corpus.score_native`` (one copy of the scorer):
   ``exact`` is the share of gold content units (title, heading, byline, meta, paragraph: every unit of the
   native gold) that some predicted non-debris unit reproduces exactly, whitespace ignored; ``furn`` counts
   predicted non-debris units containing a furniture string of the page (3 characters or more, not part of the
   content); ``joins`` counts predicted non-debris units holding text (3 characters or more, or all of a
   shorter unit) of two gold content units, of any kinds (``score.score_boundaries``' ``joins``; ``xk`` those
   of two different kinds, its ``cross_kind``).

Normalisation, applied to both sides before comparing: all whitespace removed (``score.squash``); for the
``lynx`` dumps with the link list, lynx's link markers ``[N]`` (a number in square brackets, which lynx puts
before every link's text) are removed from the predicted text and from the gold text (the pages' gold never
holds one). Nothing else: a tool's bullet (``*``, ``+``, ``•``, ``1.``) or html2text's heading stars left
in a unit's text count against it, as they would for a user.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "benchmarks" / "segcorpus"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from segment_corpus import score_native  # noqa: E402

DEV = ("dev", "dev3", "dev4", "dev5", "dev6", "dev7")
TOOLS = ("lynx", "lynxnolist", "w3m", "html2text")
WIDTHS = (40, 50, 60, 64, 72, 80, 100, 120, 150, 200)
_CHARSET = re.compile(r"""(charset\s*=\s*["']?)[A-Za-z0-9_-]+""", re.I)
_LINK_MARK = re.compile(r"\[\d+\]")


def pages(splits: list[str]) -> list[tuple[str, Path]]:
    """(split, path) of every native HTML page of ``splits`` that has a gold file with furniture."""
    out = []
    for split in splits:
        for path in sorted((CORPUS / "native" / split).glob("*.htm*")):
            if (CORPUS / "gold" / f"{path.stem}.json").is_file():
                out.append((split, path))
    return out


def utf8_copy(path: Path, folder: Path) -> Path:
    from annotate.segment.readers.html import decode_html

    text, _ = decode_html(path.read_bytes(), path=str(path))
    copy = folder / f"{path.stem}.utf8.html"
    copy.write_text(_CHARSET.sub(r"\1utf-8", text), encoding="utf-8")
    return copy


def command(tool: str, width: int) -> list[str]:
    if tool.startswith("lynx"):
        cmd = ["lynx", "-dump", f"-width={width}", "-display_charset=utf-8", "-assume_charset=utf-8"]
        return cmd + (["-nolist"] if tool == "lynxnolist" else [])
    if tool == "w3m":
        return ["w3m", "-dump", "-T", "text/html", "-I", "utf-8", "-O", "utf-8", "-cols", str(width)]
    if tool == "html2text":
        return ["html2text", "-utf8", "-nobs", "-width", str(width)]
    raise ValueError(tool)


def dump(tool: str, width: int, source: Path, target: Path) -> None:
    if target.is_file():
        return
    out = subprocess.run(command(tool, width) + [str(source)], capture_output=True, check=True, cwd=source.parent).stdout
    tmp = target.with_suffix(".part")
    tmp.write_bytes(out)
    tmp.replace(target)


def make_dumps(todo: list[tuple[str, Path]], tools: list[str], widths: list[int], folder: Path, jobs: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    copies = {path: utf8_copy(path, folder) for _, path in todo}
    work = [(tool, w, copies[p], folder / f"{p.stem}__{tool}{w}.txt") for _, p in todo for tool in tools for w in widths]
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        list(pool.map(lambda a: dump(*a), work))


def predict(text: str, doc_id: str) -> list[tuple[str, str]]:
    from annotate.segment import segment_text

    return [(u.kind, u.text) for u in segment_text(text, doc_id).units]


def sweep(splits: list[str], tools: list[str], widths: list[int], folder: Path, jobs: int = 2,
          progress: bool = True) -> dict:
    """Dump, segment and score; {(tool, width): score_native result} and the pages used."""
    todo = pages(splits)
    make_dumps(todo, tools, widths, folder, jobs)
    golds = {p.stem: json.loads((CORPUS / "gold" / f"{p.stem}.json").read_text(encoding="utf-8")) for _, p in todo}
    results = {}
    total = len(tools) * len(widths)
    for n, (tool, width) in enumerate(((t, w) for t in tools for w in widths), 1):
        clean = (lambda s: _LINK_MARK.sub("", s)) if tool == "lynx" else None
        pred = {}
        for _, p in todo:
            raw = (folder / f"{p.stem}__{tool}{width}.txt").read_bytes().decode("utf-8", errors="replace")
            pred[p.stem] = predict(raw, p.stem)
        results[(tool, width)] = score_native(pred, sorted(pred), gold_of=golds.__getitem__, clean=clean)
        if progress:
            print(f"\r  {n}/{total} {tool} {width}   ", end="", file=sys.stderr, flush=True)
    if progress:
        print(file=sys.stderr)
    return {"pages": [f"{s}/{p.name}" for s, p in todo], "results": results}


def table(results: dict, tools: list[str], widths: list[int]) -> list[str]:
    head = "| tool | " + " | ".join(str(w) for w in widths) + " | all |"
    rows = [head, "|---" * (len(widths) + 2) + "|"]
    for tool in tools:
        cells = []
        e = t = f = j = 0
        for w in widths:
            r = results[(tool, w)]
            cells.append(f"{r['exact_share']:.3f} / {r['units_with_furniture']} / {r['joins']}")
            e, t, f, j = e + r["exact"], t + r["content_units"], f + r["units_with_furniture"], j + r["joins"]
        cells.append(f"{e / t:.3f} / {f} / {j}")
        rows.append(f"| {tool} | " + " | ".join(cells) + " |")
    return rows


def summary(results: dict, tools: list[str], widths: list[int]) -> list[str]:
    rows = ["| tool | dumps | content units exact | furniture | joins | cross-kind | worst width |", "|---|---|---|---|---|---|---|"]
    for tool in [*tools, "all"]:
        keys = [(t, w) for t in tools for w in widths if tool in ("all", t)]
        e = sum(results[k]["exact"] for k in keys)
        t = sum(results[k]["content_units"] for k in keys)
        f = sum(results[k]["units_with_furniture"] for k in keys)
        j = sum(results[k]["joins"] for k in keys)
        x = sum(results[k]["cross_kind"] for k in keys)
        worst = min(keys, key=lambda k: results[k]["exact_share"])
        dumps = sum(results[k]["files"] for k in keys)
        rows.append(f"| {tool} | {dumps} | {e}/{t} = {e / t:.3f} | {f} | {j} | {x} | "
                    f"{worst[0]} {worst[1]}: {results[worst]['exact_share']:.3f} |")
    return rows


def worst_files(results: dict, n: int) -> list[str]:
    per = []
    for (tool, width), r in results.items():
        for stem, d in r["per_doc"].items():
            per.append((d["exact"] / d["units"] if d["units"] else 1.0, -d["furniture"] - d["joins"], stem, tool, width, d))
    per.sort()
    out = []
    for share, _, stem, tool, width, d in per[:n]:
        if share == 1.0 and not d["furniture"] and not d["joins"]:
            break
        out.append(f"  {share:.3f} ({d['exact']}/{d['units']})  furn {d['furniture']}  joins {d['joins']}  "
                   f"{stem} {tool}{width}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--splits", default=",".join(DEV), help="comma-separated native splits (default: the dev ones)")
    parser.add_argument("--tools", default=",".join(TOOLS), help=f"comma-separated, of {', '.join(TOOLS)}")
    parser.add_argument("--widths", default=",".join(map(str, WIDTHS)))
    parser.add_argument("--dumps", help="keep the dumps in this folder (and reuse those already there)")
    parser.add_argument("--jobs", type=int, default=2, help="tool processes at once (default 2)")
    parser.add_argument("--files", type=int, default=0, metavar="N", help="list the N worst dumps")
    parser.add_argument("--summary", action="store_true", help="summary rows only (one per tool), no table by width")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    tools = args.tools.split(",")
    widths = [int(w) for w in args.widths.split(",")]
    splits = args.splits.split(",")
    if bad := [t for t in tools if t not in TOOLS]:
        parser.error(f"unknown tool {bad[0]!r}; use {', '.join(TOOLS)}")
    if args.summary and args.files:
        parser.error("--summary gives summary rows only: no --files")
    with tempfile.TemporaryDirectory(prefix="segwidths-") as tmp:
        folder = Path(args.dumps) if args.dumps else Path(tmp)
        out = sweep(splits, tools, widths, folder, args.jobs, progress=not args.quiet)
    results = out["results"]
    if args.json:
        keep = ("exact", "content_units", "exact_share", "units_with_furniture", "joins", "cross_kind")
        rows = [{"tool": t, "width": w, **{k: r[k] for k in keep}} for (t, w), r in results.items()]
        if args.files:
            rows.append({"worst": worst_files(results, args.files)})
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    print(f"{len(out['pages'])} pages of {', '.join(splits)}; cell: content units exact / units with furniture / joins")
    if not args.summary:
        print("\n".join(table(results, tools, widths)))
        print()
    print("\n".join(summary(results, tools, widths)))
    if args.files:
        print(f"\nworst {args.files} dumps:")
        print("\n".join(worst_files(results, args.files)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
