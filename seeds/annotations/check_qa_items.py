"""Check the hand-written QA items in seeds/annotations/qa_items/ against the raw seed articles.

Stdlib only, so it runs before the toolkit is installed:

    python seeds/annotations/check_qa_items.py            # readable report, exit 1 on any problem
    python seeds/annotations/check_qa_items.py --json     # the same as one JSON object

Errors (exit 1): malformed records (the six keys, plus an optional ``alternatives`` list of
``{"answer", "anchor"?}`` on answerable items, at most two), duplicate ids, an anchor that is not exactly
one raw substring of its article (or crosses a line break, or is not 10-40 characters), an answer that is not
inside its anchor once whitespace between CJK and digits is removed, an answer or alternative that carries
whitespace or ends with a particle or punctuation mark. Warnings (printed, exit 0): the same numeric answer
asked twice in one article, worth a second look for "the same fact twice".

These are the file-level checks that need the raw articles. What a question and its answer say (copied
questions, dangling references, type cues, duplicates, distractors) and the benchmark's measured targets
are checked by ``python -m qa check`` on the built benchmark (docs/benchmark.md).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parent
ITEMS_DIR = HERE / "qa_items"

TYPES = ("money", "percent", "count", "date", "number", "person", "org", "place", "phrase", "other")
NUMERIC = frozenset(TYPES[:5])
KEYS = {"id", "question", "answer", "anchor", "answer_type", "is_impossible"}
OPTIONAL = {"alternatives"}
MAX_ALTERNATIVES = 2  # 2-3 reference answers in all, as CMRC 2018 gives
ANCHOR_MIN, ANCHOR_MAX = 10, 40
# Trailing characters a minimal span never ends with (particles and punctuation).
BAD_TAIL = set("的了等和与及、，,。．.；;：:！!？?）)」』”\"'")


def _is_ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def normalize(text: str) -> str:
    """Drop whitespace runs (incl. U+2002, U+3000, NBSP) unless both neighbours are ASCII letters/digits.

    This is how the extract's spurious spaces ("全国 169 家", "47.8 万亿元") are undone; a space inside a
    Latin name ("SageOne AI") stays.
    """
    return "".join(ch for ch, _ in normalize_with_map(text))


def normalize_with_map(text: str) -> list[tuple[str, int]]:
    """normalize() as (char, raw offset) pairs, so positions can be mapped back to the raw file."""
    out: list[tuple[str, int]] = []
    i, n = 0, len(text)
    while i < n:
        if not text[i].isspace():
            out.append((text[i], i))
            i += 1
            continue
        j = i
        while j < n and text[j].isspace():
            j += 1
        if i > 0 and j < n and _is_ascii_alnum(text[i - 1]) and _is_ascii_alnum(text[j]):
            out.append((" ", i))
        i = j
    return out


@dataclass(frozen=True)
class Article:
    stem: str
    raw: str

    @classmethod
    def load(cls, path: Path) -> Article:
        return cls(path.stem, path.read_text(encoding="utf-8"))


@dataclass
class Report:
    errors: list[str]
    warnings: list[str]

    def error(self, where: str, msg: str) -> None:
        self.errors.append(f"{where}: {msg}")

    def warn(self, where: str, msg: str) -> None:
        self.warnings.append(f"{where}: {msg}")


def read_items(path: Path, report: Report) -> list[dict]:
    items = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{lineno}"
        if not line.strip():
            report.error(where, "blank line")
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            report.error(where, f"not JSON ({exc.msg})")
            continue
        if not isinstance(item, dict) or not KEYS <= set(item) <= KEYS | OPTIONAL:
            report.error(where, f"keys must be {sorted(KEYS)} (plus optional {sorted(OPTIONAL)})")
            continue
        item["_where"] = f"{where} {item['id']}"
        items.append(item)
    return items


def check_fields(item: dict, stem: str, report: Report) -> bool:
    where = item["_where"]
    ok = True
    if not re.fullmatch(re.escape(stem) + r"-q\d{3}", str(item["id"])):
        report.error(where, f"id must be {stem}-qNNN")
        ok = False
    if item["answer_type"] not in TYPES:
        report.error(where, f"answer_type {item['answer_type']!r} not in {TYPES}")
        ok = False
    if not isinstance(item["is_impossible"], bool):
        report.error(where, "is_impossible must be true or false")
        return False
    for key in ("question", "answer", "anchor"):
        if not isinstance(item[key], str):
            report.error(where, f"{key} must be a string")
            ok = False
    if ok and not item["question"].strip():
        report.error(where, "empty question")
        ok = False
    if ok and item["is_impossible"] != (item["answer"] == ""):
        report.error(where, "answer must be empty exactly when is_impossible is true")
        ok = False
    alternatives = item.get("alternatives", [])
    if not isinstance(alternatives, list) or len(alternatives) > MAX_ALTERNATIVES or any(
            not isinstance(a, dict) or not {"answer"} <= set(a) <= {"answer", "anchor"}
            or not all(isinstance(v, str) and v for v in a.values()) for a in alternatives):
        report.error(where, f"alternatives must be a list of at most {MAX_ALTERNATIVES} {{\"answer\", \"anchor\"?}}")
        ok = False
    elif alternatives and item["is_impossible"]:
        report.error(where, "an unanswerable item has no alternatives")
        ok = False
    return ok


def check_anchor(item: dict, article: Article, report: Report) -> int | None:
    """Return the anchor's raw offset when it is a usable anchor."""
    where, anchor = item["_where"], item["anchor"]
    if "\n" in anchor or "\r" in anchor:
        report.error(where, "anchor crosses a line break")
        return None
    if not ANCHOR_MIN <= len(anchor) <= ANCHOR_MAX:
        report.error(where, f"anchor has {len(anchor)} characters, want {ANCHOR_MIN}-{ANCHOR_MAX}")
    count = article.raw.count(anchor)
    if count != 1:
        report.error(where, f"anchor occurs {count} times in {article.stem}.txt, want exactly once: {anchor!r}")
        return None
    return article.raw.index(anchor)


def check_answer(item: dict, report: Report) -> None:
    where, answer = item["_where"], item["answer"]
    if item["is_impossible"]:
        return
    if answer != answer.strip() or normalize(answer) != answer:
        report.error(where, f"answer {answer!r} carries whitespace: write it as a careful editor would")
    if answer[-1] in BAD_TAIL or answer[0] in BAD_TAIL - set("“\"「『"):
        report.error(where, f"answer {answer!r} starts or ends with a particle or punctuation")
    for alt in item.get("alternatives", []):
        text = alt["answer"]
        if text != text.strip() or normalize(text) != text:
            report.error(where, f"alternative {text!r} carries whitespace")
        if text[-1] in BAD_TAIL - set("”\"」』》") or text[0] in BAD_TAIL - set("“\"「『《"):
            report.error(where, f"alternative {text!r} starts or ends with a particle or punctuation")
    hits = normalize(item["anchor"]).count(normalize(answer))
    if hits != 1:
        report.error(where, f"answer {answer!r} occurs {hits} times in the normalized anchor, want once")


def check_duplicates(items: list[dict], report: Report) -> None:
    ids = Counter(it["id"] for it in items)
    for id_, n in ids.items():
        if n > 1:
            report.error(id_, f"id used {n} times")
    seen: dict[tuple[str, str], str] = {}
    for it in items:
        if it["is_impossible"] or it["answer_type"] not in NUMERIC:
            continue
        key = (it["id"].rsplit("-", 1)[0], normalize(it["answer"]))
        if key in seen:
            report.warn(it["_where"], f"same answer {it['answer']!r} as {seen[key]}: check it is another fact")
        seen.setdefault(key, it["id"])


def summarize(items: list[dict]) -> dict:
    answerable = [it for it in items if not it["is_impossible"]]
    per_article: dict[str, Counter] = {}
    for it in items:
        stem = it["id"].rsplit("-", 1)[0]
        per_article.setdefault(stem, Counter())["unanswerable" if it["is_impossible"] else "answerable"] += 1
    numeric = sum(it["answer_type"] in NUMERIC for it in answerable)
    return {
        "total": len(items),
        "answerable": len(answerable),
        "unanswerable": len(items) - len(answerable),
        "numeric": numeric,
        "numeric_share": round(numeric / len(answerable), 4) if answerable else 0.0,
        "per_type": dict(sorted(Counter(it["answer_type"] for it in answerable).items())),
        "per_type_unanswerable": dict(sorted(Counter(it["answer_type"] for it in items if it["is_impossible"]).items())),
        "per_article": {k: dict(v) for k, v in sorted(per_article.items())},
    }


def run(seeds: Path = SEEDS, items_dir: Path = ITEMS_DIR) -> tuple[dict, Report]:
    report = Report([], [])
    articles = {p.stem: Article.load(p) for p in sorted(seeds.glob("*.txt"))}
    items: list[dict] = []
    for path in sorted(items_dir.glob("*.jsonl")):
        article = articles.get(path.stem)
        if article is None:
            report.error(path.name, "no seed article with this stem")
            continue
        for item in read_items(path, report):
            if not check_fields(item, path.stem, report):
                continue
            items.append(item)
            start = check_anchor(item, article, report)
            if start is None:
                continue
            check_answer(item, report)
    check_duplicates(items, report)
    return summarize(items), report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    summary, report = run()
    if args.json:
        print(json.dumps({**summary, "errors": report.errors, "warnings": report.warnings}, ensure_ascii=False, indent=1))
    else:
        print(json.dumps(summary, ensure_ascii=False, indent=1))
        for line in report.warnings:
            print("warning:", line)
        for line in report.errors:
            print("error:", line)
        print(f"{len(report.errors)} errors, {len(report.warnings)} warnings")
    return 1 if report.errors else 0


if __name__ == "__main__":
    sys.exit(main())
