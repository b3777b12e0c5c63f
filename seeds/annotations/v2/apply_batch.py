"""Apply one batch of item edits (a JSON file written by reading the article) to seeds/annotations/qa_items.

A batch names its article (``doc``) and holds, by item number (``q047``): ``q`` new question texts,
``drop`` items removed, ``set`` other field changes (answer, anchor, answer_type), ``alt`` alternative
reference answers (``"text"`` or ``{"answer", "anchor"}``), and ``new`` / ``newimp`` new items written as
``[question, answer, anchor, type]`` / ``[question, anchor, type]``. Items keep being written as
(question, answer text, anchor); offsets are computed by build_export.py, never by hand.

    python seeds/annotations/v2/apply_batch.py seeds/annotations/v2/batch_000.json

The batches in this folder are the record of how v2 was made, in the order of their commits; the item
files are the truth. Small fixes after `qa check` findings (a reworded question, a longer anchor) were also
made in the item files directly and are in the git history.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1] / "qa_items"


def apply(batch: dict) -> str:
    path = HERE / f"{batch['doc']}.jsonl"
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    by_num = {item["id"].rsplit("-", 1)[1]: item for item in items}
    for num, question in batch.get("q", {}).items():
        by_num[num]["question"] = question
    for num, fields in batch.get("set", {}).items():
        by_num[num].update(fields)
    for num, alts in batch.get("alt", {}).items():
        by_num[num]["alternatives"] = [a if isinstance(a, dict) else {"answer": a} for a in alts]
    drop = set(batch.get("drop", []))
    items = [i for i in items if i["id"].rsplit("-", 1)[1] not in drop]
    last = max(int(i["id"].rsplit("-q", 1)[1]) for i in by_num.values())
    asked = {i["question"] for i in items}
    for entry in batch.get("new", []) + [[q, "", a, t] for q, a, t in batch.get("newimp", [])]:
        question, answer, anchor, kind, *alts = entry
        if question in asked:  # applied before: a batch adds its items once
            continue
        last += 1
        item = {"id": f"{batch['doc']}-q{last:03d}", "question": question, "answer": answer, "anchor": anchor,
                "answer_type": kind, "is_impossible": not answer}
        if alts:
            item["alternatives"] = [a if isinstance(a, dict) else {"answer": a} for a in alts[0]]
        items.append(item)
    path.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8")
    return f"{path.name}: {len(items)} items"


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        print(apply(json.loads(Path(arg).read_text(encoding="utf-8"))))
