"""Rebuild rules_gold.jsonl from the hand annotation in rules_gold.src.txt and the seed texts.

The annotation lists each entity's surface in order; this script only finds the offsets (searching
left to right) and refuses a match that cuts into a longer number. Run from the repository root:

    python tests/data/make_rules_gold.py [SEEDS_DIR]   # writes rules_gold.jsonl and rules_heldout.jsonl
"""

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BLANK = re.compile(r"\n[ \t\u3000\u2002]*\n")
SENTENCE_END = re.compile(r"[。？！…]$")


def paragraphs(path: Path) -> list[str]:
    raw = path.read_text(encoding="utf-8")
    if path.name.startswith("004"):  # a PDF dump: one short line per printed line
        chunks, current = [], ""
        for line in raw.split("\n"):
            line = line.strip()
            if not line:
                continue
            current += line
            if SENTENCE_END.search(line):
                chunks.append(current)
                current = ""
        return chunks + ([current] if current else [])
    return [p.strip() for p in BLANK.split(raw) if p.strip()]


def main(seeds: Path, name: str = "rules_gold") -> None:
    files = {p.name[:3]: p for p in seeds.glob("*.txt")}
    records, current = [], None
    for line in (HERE / f"{name}.src.txt").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            seed, index = line[1:].split("#")
            text = paragraphs(files[seed])[int(index)]
            if seed == "004" and text.startswith("▶"):
                text = text.split("李争粉", 1)[1]  # drop the byline glued to the first sentence
            current = {"id": line[1:], "source": f"seeds/{files[seed].name}", "text": text, "spans": [], "_pos": 0}
            records.append(current)
            continue
        label, surface = line.split(" ", 1)
        start = current["text"].find(surface, current["_pos"])
        if start < 0:
            sys.exit(f"{current['id']}: {surface!r} not found after offset {current['_pos']}")
        end = start + len(surface)
        text = current["text"]
        if (start and text[start - 1].isdigit()) or (end < len(text) and surface[-1].isdigit() and text[end].isdigit()):
            sys.exit(f"{current['id']}: {surface!r} at {start} cuts into a longer number")
        current["spans"].append({"start": start, "end": end, "label": label, "text": surface})
        current["_pos"] = end
    with open(HERE / f"{name}.jsonl", "w", encoding="utf-8") as out:
        for rec in records:
            rec.pop("_pos")
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    n = sum(len(r["spans"]) for r in records)
    print(f"{len(records)} paragraphs, {n} entities -> {HERE / (name + '.jsonl')}")


if __name__ == "__main__":
    seeds = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[1] / "seeds"
    for name in ("rules_gold", "rules_heldout"):
        main(seeds, name)
