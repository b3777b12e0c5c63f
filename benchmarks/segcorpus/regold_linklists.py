"""Rewrite the text gold of lynx's link list as one debris unit per line.

    PYTHONPATH=$PWD python benchmarks/segcorpus/regold_linklists.py          # rewrite gold/*.json in place
    PYTHONPATH=$PWD python benchmarks/segcorpus/regold_linklists.py --check  # list what would change

The corpus convention: lynx's ``References`` heading and each of its link lines (``   1. file:///0/``,
``  10. javascript:;``) is a debris unit of its own (a numbered list is a list, one unit per item, as
for menus and list items). The gold that make_corpus.py and make_dev2.py wrote before this convention
cut the list into chunks wherever their alignment happened to match a link number with the typeset text
(``1.…9.`` / ``10.`` / ``11.…18.``); batch 3 (make_dev3_web.py) was already one unit per line. The
builders now label the list this way themselves (``make_corpus.link_list_lines``); this script brings
the committed gold into line without rebuilding the corpus (the .docx bytes carry timestamps).

For each text gold file it reads the text file (``source``), finds the link list's lines, and
replaces the debris units that cover them by one unit per line, text tidied as the builders tidy it
(``make_corpus.tidy``). Other units are kept as they are; the units' texts still concatenate,
whitespace removed, to the file's text. A file whose list overlaps a non-debris unit is left alone and
named. Running it again changes nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_corpus as mc  # noqa: E402  (the builders' tidy and link-list rule: one copy of each)

from annotate.segment.decode import decode_bytes  # noqa: E402
from annotate.segment.score import squash  # noqa: E402


def regold(units: list[dict], text: str) -> list[dict] | None:
    """``units`` with the link list of ``text`` one debris unit per line; None when the file has no
    link list or its list overlaps a unit that is not debris."""
    lines = text.splitlines()
    listed = mc.link_list_lines(lines)
    if not listed:
        return None
    # squashed offset of each line's start, and each squashed character's place in the text
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(squash(line))
    raw_at = [i for i, ch in enumerate(text) if squash(ch)]
    owner: list[tuple] = []
    for k, unit in enumerate(units):
        owner += [("unit", k)] * len(squash(unit["text"]))
    if len(owner) != len(raw_at):
        raise ValueError("gold does not cover its file")
    before = list(owner)
    for li in listed:
        for p in range(starts[li], starts[li] + len(squash(lines[li]))):
            if units[owner[p][1]]["kind"] != "debris":
                return None
            owner[p] = ("link", li)
    out: list[dict] = []
    begin = 0
    for p in range(1, len(owner) + 1):
        if p < len(owner) and owner[p] == owner[begin]:
            continue
        kind, key = owner[begin]
        was = before[begin][1]
        if before[begin:p] == [("unit", was)] * (p - begin) and p - begin == len(squash(units[was]["text"])):
            out.append(units[was])  # a unit that already was this run (a link line already on its own)
        else:
            piece = mc.tidy(text[raw_at[begin]:raw_at[p - 1] + 1])
            out.append({"kind": "debris", "text": piece} if kind == "link" else {**units[key], "text": piece})
        begin = p
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="list the files that would change; write nothing")
    args = parser.parse_args()
    changed = 0
    for path in sorted((HERE / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        source = HERE / gold["source"]
        if not gold["source"].startswith("text/"):
            continue
        text = decode_bytes(source.read_bytes(), path=str(source)).text
        units = regold(gold["units"], text)
        if units is None:
            if mc.link_list_lines(text.splitlines()):
                print(f"{path.name}: link list overlaps a content unit; left alone", file=sys.stderr)
            continue
        if units == gold["units"]:
            continue
        changed += 1
        print(f"{path.name}: {len(gold['units'])} -> {len(units)} units")
        if not args.check:
            extra = {k: v for k, v in gold.items() if k not in ("doc_id", "source", "units")}
            mc.write_gold(path.parent, path.stem, gold["source"], units, extra)
    print(f"{changed} gold files {'would change' if args.check else 'rewritten'}")


if __name__ == "__main__":
    main()
