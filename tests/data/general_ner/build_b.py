"""Annotator B's reading-order lists (b_src/batch*.txt, one paragraph a line: `id L:surface | L:surface ...`,
label letters P ORG=O L D M R=PERCENT Q) -> annotator_b.jsonl in to_offsets.py's input format."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CODES = {"P": "PER", "O": "ORG", "L": "LOC", "D": "DATE", "M": "MONEY", "R": "PERCENT", "Q": "QUANTITY"}


def main() -> int:
    rows = []
    for src in sorted((HERE / "b_src").glob("batch*.txt")):
        for line in src.read_text("utf-8").splitlines():
            if not line.strip():
                continue
            pid, _, rest = line.partition(" ")
            ents = []
            for item in filter(None, (x.strip() for x in rest.split(" | "))):
                code, _, surface = item.partition(":")
                ents.append([surface, CODES[code]])
            rows.append({"id": pid.strip(), "entities": ents})
    (HERE / "annotator_b.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
