"""Turn an annotator's reading-order entity list into exact offsets, and check it.

An annotation file has one JSON line per paragraph: {"id": "g000", "entities": [["文本", "LABEL"], ...]}, the
entities listed in the order they appear in the paragraph (every mention, no overlaps). Each one is found by
searching the paragraph from the end of the previous one, so offsets never have to be counted by hand. An optional
third element skips that many earlier occurrences (``["非洲", "LOC", 1]``: the second 非洲 after the previous
entity), for a mention whose string first occurs inside an untagged word.

    python tests/data/general_ner/to_offsets.py tests/data/general_ner/annotator_a.jsonl        # check only
    python tests/data/general_ner/to_offsets.py tests/data/general_ner/annotator_a.jsonl --out a.offsets.jsonl
"""
import argparse
import json
import sys
from pathlib import Path

LABELS = {"PER", "ORG", "LOC", "DATE", "MONEY", "PERCENT", "QUANTITY"}
HERE = Path(__file__).resolve().parent


def convert(paragraphs: dict[str, str], rows: list[dict]) -> tuple[list[dict], list[str]]:
    out, problems = [], []
    for row in rows:
        pid = row["id"]
        if pid not in paragraphs:
            problems.append(f"{pid}: unknown paragraph id")
            continue
        text, pos, spans = paragraphs[pid], 0, []
        for ent in row["entities"]:
            surface, label = ent[0], ent[1]
            skip = int(ent[2]) if len(ent) > 2 else 0
            if label not in LABELS:
                problems.append(f"{pid}: {surface!r} has unknown label {label!r}")
                continue
            start = text.find(surface, pos)
            for _ in range(skip):
                start = text.find(surface, start + 1) if start >= 0 else -1
            if start < 0:
                where = "earlier in the text (list entities in reading order)" if surface in text else "not in the text"
                problems.append(f"{pid}: {surface!r} ({label}) not found after offset {pos}: {where}")
                continue
            if surface != surface.strip():
                problems.append(f"{pid}: {surface!r} starts or ends with whitespace")
            spans.append({"start": start, "end": start + len(surface), "label": label, "text": surface})
            pos = start + len(surface)
        out.append({"id": pid, "text": text, "entities": spans})
    return out, problems


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("annotation")
    ap.add_argument("--paragraphs", default=str(HERE / "paragraphs.jsonl"))
    ap.add_argument("--out")
    args = ap.parse_args()
    paragraphs = {r["id"]: r["text"] for r in map(json.loads, Path(args.paragraphs).read_text("utf-8").splitlines())}
    rows = [json.loads(line) for line in Path(args.annotation).read_text("utf-8").splitlines() if line.strip()]
    out, problems = convert(paragraphs, rows)
    missing = sorted(set(paragraphs) - {r["id"] for r in rows})
    for p in problems:
        print(p, file=sys.stderr)
    print(f"{len(rows)} paragraphs annotated, {sum(len(r['entities']) for r in out)} entities, "
          f"{len(problems)} problems, {len(missing)} paragraphs not annotated yet", file=sys.stderr)
    if args.out:
        Path(args.out).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), "utf-8")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
