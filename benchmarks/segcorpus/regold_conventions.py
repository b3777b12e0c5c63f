"""Bring every batch's gold into line with the conventions settled in session 13 (README: "Conventions settled
in session 13").

    PYTHONPATH=$PWD python benchmarks/segcorpus/regold_conventions.py          # rewrite gold/*.json in place
    PYTHONPATH=$PWD python benchmarks/segcorpus/regold_conventions.py --check  # count what would change

The builders of the twelve batches golded a few kinds of line differently; this script applies one rule per
case to every gold file (text and native, development and held-out alike), from the units' own text and
order, never from a segmenter's output or a score:

- ``badge``: a platform's originality badge (WeChat's / CSDN's ``原创``, ``原創``) at the head of a byline is
  debris, not part of the byline (batches 11 and 12 golded it so; batch 6 kept it in the byline). Text gold:
  the byline unit is cut after the badge (the badge and the whitespace after it become a debris unit);
  native gold: the byline loses the badge, which joins the ``furniture`` list.
- ``iparea``: WeChat's IP-region label at the end of the byline line (``… 2023-10-01 07:19 发表于北京``:
  ``发表于`` + a place name after a clock time) is debris, as the badge (batch 6 golded it so; batch 11 kept
  it in the byline). A forum's ``发表于 2022-6-25 18:15`` (a date: when the post was written) stays.
- ``editnote``: a forum's edit note (``本帖最后由 X 于 … 编辑``) is debris (batches 3 and 4; batch 7 golded it
  ``meta``). Text gold: the unit becomes debris; native gold: it leaves the units for ``furniture``.
- ``topdate``: a date (with a time or weekday or not) alone, straight under the title, is ``meta`` (batches
  4 to 12; batches 3 and 4 web golded the Taiwan news page's ``2023/07/12 21:23`` as debris). Text gold: a
  debris unit that is only a date and follows the title's last piece becomes meta; native gold: where a text
  gold file of the same document had one, the same string leaves ``furniture`` and becomes a meta unit after
  the title.
- ``cells``: a table is debris one unit per cell (batches 3, 10, 11 and 12; batches 5 and 7 golded one unit per
  printed line, the cells a tool put on one line sharing it). Text gold of a document whose native gold lists its
  table cells as ``apparatus`` (batches 5 and 7): a debris unit whose text is two or more consecutive cells of
  that list is cut after each cell (whitespace goes with the cell before it).

The units' texts still concatenate to the same text (text gold: the file's text); a file is rewritten in
the layout it was written in. Running it again changes nothing. It prints the units changed per split and
case.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_corpus as mc  # noqa: E402  (the builders' gold writer)

from annotate.io import atomic_write  # noqa: E402
from annotate.segment.score import squash  # noqa: E402

CONTENT = ("title", "heading", "byline", "meta", "paragraph")
# the badge at the head of a byline, and the whitespace after it
BADGE = re.compile(r"^(\s*)(原创|原創)(\s+|(?=\S))")
# WeChat's IP-region label after the clock time that ends the byline
IPAREA = re.compile(r"(?<=\d:\d\d)(\s*)((?:发表于|發表於)[\u4e00-\u9fff]{2,4})(\s*)$")
EDITNOTE = re.compile(r"^本帖最[后後]由.{1,40}[于於].{4,30}[编編][辑輯]$")
DATE = re.compile(r"^[（(]?(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|民國\d{2,3}年\d{1,2}月\d{1,2}日)"
                  r"(?:星期.|週.|周.)?(?:\d{1,2}[:：]\d{2}(?::\d{2})?)?[）)]?$")


def routes() -> dict[str, tuple[str, str]]:
    """{stem: (route, split)} of every corpus file (its folder names only)."""
    out = {}
    for route in ("text", "native"):
        for folder in sorted((HERE / route).iterdir()):
            for path in folder.iterdir():
                out[path.name.rsplit(".", 1)[0]] = (route, folder.name)
    return out


def _cut(unit: dict, at: int, first_kind: str, second_kind: str) -> list[dict]:
    """``unit`` cut at character ``at`` of its text into two units of the given kinds (a ``cont`` flag stays
    with the first piece)."""
    return [{**unit, "kind": first_kind, "text": unit["text"][:at]}, {"kind": second_kind, "text": unit["text"][at:]}]


_CELL_MAX = 24  # characters of a table cell (squeezed); longer apparatus is a caption, a note or a reference


def _cells(sq: str, cells: list[str]) -> list[str] | None:
    """``sq`` as two or more consecutive items of ``cells`` (the cells in drawing order), or None."""
    for k, first in enumerate(cells):
        if not sq.startswith(first):
            continue
        out, at = [], 0
        for cell in cells[k:]:
            if not cell or not sq.startswith(cell, at):
                break
            out.append(cell)
            at += len(cell)
            if at == len(sq):
                return out if len(out) >= 2 else None
    return None


def _cut_cells(unit: dict, cells: list[str]) -> list[dict]:
    """A debris unit cut after each of its cells (whitespace stays with the cell before it)."""
    text, pieces, begin, seen, k, need = unit["text"], [], 0, 0, 0, len(cells[0])
    for i, ch in enumerate(text):
        if ch.isspace():
            continue
        if seen == need and k + 1 < len(cells):
            pieces.append(text[begin:i])
            begin, k = i, k + 1
            need += len(cells[k])
        seen += 1
    pieces.append(text[begin:])
    return [{"kind": "debris", "text": piece} for piece in pieces]


def regold_text(units: list[dict], counts: collections.Counter, cells: list[str] = ()) -> tuple[list[dict], list[str]]:
    """Text gold: the units under the conventions, and the dates moved to meta (for the native gold); ``cells``:
    the document's table cells where its native gold lists them (``apparatus``)."""
    out: list[dict] = []
    dates: list[str] = []
    for unit in units:
        text, kind = unit["text"], unit["kind"]
        if kind == "debris" and cells and (row := _cells(squash(text), cells)):
            out += _cut_cells(unit, row)
            counts["cells"] += 1
            continue
        if kind == "byline" and not unit.get("cont") and (m := BADGE.match(text)):
            badge, unit = _cut(unit, m.end(), "debris", "byline")
            out.append(badge)
            text = unit["text"]
            counts["badge"] += 1
        if kind == "byline" and (m := IPAREA.search(text)) and squash(text[:m.start()]):
            out += _cut(unit, m.start() + len(m.group(1)), "byline", "debris")
            counts["iparea"] += 1
            continue
        if kind in CONTENT and EDITNOTE.match(squash(text)):
            out.append({k: v for k, v in unit.items() if k != "cont"} | {"kind": "debris"})
            counts["editnote"] += 1
            continue
        if (kind == "debris" and out and out[-1]["kind"] == "title" and DATE.match(squash(text))):
            out.append({**unit, "kind": "meta"})
            dates.append(squash(text))
            counts["topdate"] += 1
            continue
        out.append(unit)
    return out, dates


def regold_native(gold: dict, dates: set[str], counts: collections.Counter) -> dict:
    """Native gold: the units and furniture under the conventions (``dates``: the squashed date strings that
    this document's text gold moved to meta)."""
    units, furniture = [], list(gold.get("furniture", []))
    for unit in gold["units"]:
        text, kind = unit["text"], unit["kind"]
        if kind == "byline" and (m := BADGE.match(text)):
            furniture.append(m.group(2))
            unit = {**unit, "text": text[m.end():]}
            text = unit["text"]
            counts["badge"] += 1
        if kind == "byline" and (m := IPAREA.search(text)) and squash(text[:m.start()]):
            furniture.append(m.group(2))
            unit = {**unit, "text": text[:m.start()]}
            counts["iparea"] += 1
        if kind in CONTENT and EDITNOTE.match(squash(text)):
            furniture.append(text)
            counts["editnote"] += 1
            continue
        units.append(unit)
        if kind == "title":
            for f in list(furniture):
                if squash(f) in dates:
                    furniture.remove(f)
                    units.append({"kind": "meta", "text": f})
                    counts["topdate"] += 1
                    break
    out = dict(gold)
    if "furniture" in gold or furniture:
        out["furniture"] = furniture
    out["units"] = units
    return out


def _chars(gold: dict) -> collections.Counter:
    return collections.Counter(squash("".join([u["text"] for u in gold["units"]] + gold.get("furniture", []))))


def _write(path: Path, raw: str, gold: dict, new: dict) -> None:
    """Write ``new`` in the layout ``raw`` (the file as read) was written in."""
    for indent in (1, 2, None):
        for nl in ("\n", ""):
            if json.dumps(gold, ensure_ascii=False, indent=indent) + nl == raw:
                with atomic_write(path) as out:  # (rewritten in place: a kill leaves the old file, never half a new one)
                    out.write(json.dumps(new, ensure_ascii=False, indent=indent) + nl)
                return
    extra = {k: v for k, v in new.items() if k not in ("doc_id", "source", "units")}
    mc.write_gold(path.parent, path.stem, new["source"], new["units"], extra)


def regold_all(write: bool) -> tuple[dict[str, collections.Counter], collections.Counter]:
    """Apply the conventions to every gold file (``write``: rewrite the files that change); the units changed per
    ``route/split`` and case, and the files changed per ``route/split``."""
    where = routes()
    per_split: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    dates: dict[str, set[str]] = collections.defaultdict(set)  # document id -> dates its text gold made meta
    files = collections.Counter()
    stems = sorted(p.stem for p in (HERE / "gold").glob("*.json"))
    cells: dict[str, list[str]] = {}  # document id -> its table cells, where its native gold lists them
    for stem in stems:
        if where.get(stem, ("", ""))[0] == "native" and stem.split("_", 1)[0] not in cells:
            listed = json.loads((HERE / "gold" / f"{stem}.json").read_text(encoding="utf-8")).get("apparatus", [])
            if listed:
                cells[stem.split("_", 1)[0]] = [squash(a) for a in listed if len(squash(a)) <= _CELL_MAX]
    # text gold first: the native gold of a document follows what its text gold did with a top date
    for stem in sorted(stems, key=lambda s: where.get(s, ("", ""))[0] != "text"):
        if stem not in where:
            continue
        route, split = where[stem]
        path = HERE / "gold" / f"{stem}.json"
        raw = path.read_text(encoding="utf-8")
        gold = json.loads(raw)
        counts = per_split[f"{route}/{split}"]
        before = sum(counts.values())
        if route == "text":
            units, moved = regold_text(gold["units"], counts, cells.get(stem.split("_", 1)[0], []))
            dates[stem.split("_", 1)[0]].update(moved)
            new = {**gold, "units": units}
        else:
            new = regold_native(gold, dates[stem.split("_", 1)[0]], counts)
        if sum(counts.values()) == before:
            continue
        assert _chars(new) == _chars(gold), stem  # nothing lost or added, only cut and relabelled
        files[f"{route}/{split}"] += 1
        if write:
            _write(path, raw, gold, new)
    return per_split, files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="count what would change; write nothing")
    args = parser.parse_args()
    per_split, files = regold_all(write=not args.check)
    for key in sorted(per_split, key=lambda k: (k.split("/")[1], k)):
        if per_split[key]:
            cases = ", ".join(f"{case} {n}" for case, n in sorted(per_split[key].items()))
            print(f"{key}: {files[key]} files, units changed: {cases}")
    print(f"{sum(files.values())} gold files {'would change' if args.check else 'rewritten'}")


if __name__ == "__main__":
    main()
