"""Select extra general-domain *training* paragraphs (deterministic), disjoint from the 150 of paragraphs.jsonl.

Batch 1, x000-x179: 180 paragraphs from articles that gave none of the 150 (so nothing of the held-out third's
articles leaks into training): 120 simplified (CMRC 2018 *trial*) and 60 traditional (DRCD *test*), cut as
select_paragraphs.py cuts. Batch 2, x180-x412: 233 more from articles used by neither: 29 of the 36 CMRC trial
articles left (the others give no paragraph that cuts cleanly) and 204 DRCD test ones (traditional
paragraphs are tagged through the simplified view, so they train the same model).
Every row is ``split: train`` -- development data, annotated once by careful reading (no second annotator), for
training the pre-labeller only; scores are never reported on it.

    python tests/data/general_ner/select_extra.py ../shared/data > tests/data/general_ner/extra_paragraphs.jsonl
"""
import json
import random
import sys
from pathlib import Path

from select_paragraphs import cut

HERE = Path(__file__).resolve().parent


def main(shared: str) -> None:
    used = {(r["source"], r["title"]) for r in map(json.loads, open(HERE / "paragraphs.jsonl", encoding="utf-8"))}
    used_text = {r["text"] for r in map(json.loads, open(HERE / "paragraphs.jsonl", encoding="utf-8"))}
    rng = random.Random(20261206)
    rows = []
    for rel, source, script, n in (("cmrc2018/cmrc2018_trial.json", "cmrc2018_trial", "simplified", 120),
                                   ("drcd/DRCD_test.json", "drcd_test", "traditional", 60)):
        data = json.loads((Path(shared) / rel).read_text(encoding="utf-8"))["data"]
        data.sort(key=lambda a: a.get("title", ""))
        rng.shuffle(data)
        got = 0
        for art in data:
            title = art.get("title", "")
            if (source, title) in used:
                continue
            for para in art["paragraphs"]:
                text = cut(para["context"])
                if text and "\n" not in text and text not in used_text:
                    rows.append({"source": source, "title": title, "script": script, "text": text})
                    got += 1
                    break
            if got == n:
                break
    rng.shuffle(rows)
    taken = used | {(r["source"], r["title"]) for r in rows}
    second = []
    for rel, source, script, n in (("cmrc2018/cmrc2018_trial.json", "cmrc2018_trial", "simplified", 36),
                                   ("drcd/DRCD_test.json", "drcd_test", "traditional", 204)):
        data = json.loads((Path(shared) / rel).read_text(encoding="utf-8"))["data"]
        data.sort(key=lambda a: a.get("title", ""))
        random.Random(20261207).shuffle(data)
        got = 0
        for art in data:
            if (source, art.get("title", "")) in taken:
                continue
            for para in art["paragraphs"]:
                text = cut(para["context"])
                if text and "\n" not in text and text not in used_text:
                    second.append({"source": source, "title": art.get("title", ""), "script": script, "text": text})
                    got += 1
                    break
            if got == n:
                break
    random.Random(20261207).shuffle(second)
    for i, row in enumerate(rows + second):
        print(json.dumps({"id": f"x{i:03d}", "split": "train", **row}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
