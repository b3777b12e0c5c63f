"""Propose alternative reference answers for the seed QA items, for a reader to accept or reject.

Each proposal is an acceptable variant of the gold span that a careful annotator would also mark, of one
of these kinds (the same variation CMRC 2018's three references show):

- ``bound``: the figure without its bound or approximation word (``超过13万亿元`` → ``13万亿元``);
- ``marks``: the span with the quotation marks or title marks around it in the text (``“科汇通”``);
- ``rate``: the figure with the rate unit that follows it (``36.6万元`` → ``36.6万元/年``);
- ``name``: the longer or shorter form of a name the paragraph itself uses at that spot
  (``东湖高新区`` ↔ ``武汉东湖高新区``), or a person's name with the title right before it.

Usage: ``python seeds/annotations/v2/propose_alternatives.py build/corrected.jsonl > proposals.jsonl``;
each line names the item, the kind and the alternative text. Nothing is written to the item files:
accepted proposals are added with ``apply_batch.py`` (``alt``).
"""

from __future__ import annotations

import json
import re
import sys

BOUND_HEAD = ("超过", "不足", "不到", "将近", "大约", "最高", "超", "近", "约", "逾")
BOUND_TAIL = ("左右", "以上", "以下", "以内")
OPEN, CLOSE = "“\"《‘「", "”\"》’」"
TITLES = ("副部长", "副司长", "副主任", "主任", "执行院长", "副总经理", "总理", "总书记", "副研究员")


def proposals(context: str, start: int, answer: str, kind: str) -> list[tuple[str, str]]:
    end = start + len(answer)
    out: list[tuple[str, str]] = []
    for head in BOUND_HEAD:
        if answer.startswith(head) and re.match(r"[0-9一二两三四五六七八九十百千]", answer[len(head):]):
            out.append(("bound", answer[len(head):]))
            break
    for tail in BOUND_TAIL:
        if answer.endswith(tail) and len(answer) > len(tail) + 1:
            out.append(("bound", answer[: -len(tail)]))
            break
    if start > 0 and end < len(context) and context[start - 1] in OPEN and context[end] in CLOSE:
        out.append(("marks", context[start - 1 : end + 1]))
    rate = re.match(r"/(?:年|万元|人)", context[end:])
    if rate:
        out.append(("rate", answer + rate.group()))
    if kind in ("place", "org"):
        for prefix in ("武汉", "上海", "北京市", "北京", "成都", "西安", "合肥", "苏州", "中国"):
            if context[max(0, start - len(prefix)) : start] == prefix:
                out.append(("name", prefix + answer))
                break
            if answer.startswith(prefix) and len(answer) - len(prefix) >= 3:
                out.append(("name", answer[len(prefix):]))
                break
    if kind == "person":
        for title in TITLES:
            if context[max(0, start - len(title)) : start] == title:
                out.append(("name", title + answer))
                break
    return out


def main(path: str) -> None:
    for line in open(path, encoding="utf-8"):
        rec = json.loads(line)
        for qa in rec.get("qa") or []:
            if qa.get("is_impossible") or not qa.get("answers") or len(qa["answers"]) > 1:
                continue
            first = qa["answers"][0]
            for kind, alt in proposals(rec["text"], first["answer_start"], first["text"], qa.get("answer_type", "")):
                print(json.dumps({"id": qa["id"], "kind": kind, "answer": first["text"], "alternative": alt},
                                 ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
