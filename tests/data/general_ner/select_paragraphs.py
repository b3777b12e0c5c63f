"""Select the general-domain NER development paragraphs (deterministic).

150 paragraphs: 100 simplified (CMRC 2018 *trial* contexts) and 50 traditional (DRCD *test* contexts),
one per article title, cut at a sentence end to 80-260 characters. Every third paragraph (by position in
this list) is held out of all development (`split: heldout`); the rest is `dev`.

    python tests/data/general_ner/select_paragraphs.py ../shared/data > tests/data/general_ner/paragraphs.jsonl
"""
import json
import random
import re
import sys
from pathlib import Path

END = re.compile(r"[。！？]")


def cut(context: str, lo: int = 80, hi: int = 260) -> str | None:
    text = context.strip()
    best = None
    for m in END.finditer(text):
        if m.end() > hi:
            break
        if m.end() >= lo:
            best = m.end()
    return text[:best] if best else None


def pick(path: Path, n: int, script: str, source: str, rng: random.Random) -> list[dict]:
    data = json.loads(path.read_text(encoding="utf-8"))["data"]
    rng.shuffle(data)
    out = []
    for art in data:
        for para in art["paragraphs"]:
            text = cut(para["context"])
            if text and "\n" not in text:
                out.append({"source": source, "title": art.get("title", ""), "script": script, "text": text})
                break
        if len(out) == n:
            break
    return out


def main(shared: str) -> None:
    rng = random.Random(20261205)
    root = Path(shared)
    rows = pick(root / "cmrc2018/cmrc2018_trial.json", 100, "simplified", "cmrc2018_trial", rng)
    rows += pick(root / "drcd/DRCD_test.json", 50, "traditional", "drcd_test", rng)
    rng.shuffle(rows)
    for i, row in enumerate(rows):
        row = {"id": f"g{i:03d}", "split": "heldout" if i % 3 == 2 else "dev", **row}
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
