"""Build ``extra.jsonl`` (training paragraphs with exact offsets) from the reading-order annotations in ``extra_src/``.

Each ``extra_src/ann_N.jsonl`` is one annotator's batch of ``extra_paragraphs.jsonl`` (one annotator per
paragraph, docs/guidelines.md, notes beside each file); ``to_offsets.py`` finds every entity's offsets and
checks it. Paragraphs no batch covers yet are left out.

    python tests/data/general_ner/build_extra.py            # writes tests/data/general_ner/extra.jsonl
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from to_offsets import convert  # noqa: E402


def main() -> int:
    paragraphs = {r["id"]: r for r in map(json.loads, (HERE / "extra_paragraphs.jsonl").read_text("utf-8").splitlines())}
    rows, sources = [], {}
    for path in sorted((HERE / "extra_src").glob("ann_*.jsonl"), key=lambda p: int(p.stem.split("_")[1])):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if row["id"] in sources:
                    print(f"{path.name}: {row['id']} is also in {sources[row['id']]}", file=sys.stderr)
                    return 1
                sources[row["id"]] = path.name
                rows.append(row)
    out, problems = convert({k: r["text"] for k, r in paragraphs.items()}, rows)
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        return 1
    out.sort(key=lambda r: r["id"])
    with (HERE / "extra.jsonl").open("w", encoding="utf-8") as fh:
        for r in out:
            p = paragraphs[r["id"]]
            fh.write(json.dumps({"id": r["id"], "split": p["split"], "script": p["script"], "source": p["source"],
                                 "title": p["title"], "text": r["text"],
                                 "entities": r["entities"]}, ensure_ascii=False) + "\n")
    print(f"{len(out)} paragraphs, {sum(len(r['entities']) for r in out)} entities -> extra.jsonl", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
