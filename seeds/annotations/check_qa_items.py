"""Check the hand-written QA items in seeds/annotations/qa_items/ against the raw seed articles.

Stdlib only, so it runs before the toolkit is installed:

    python seeds/annotations/check_qa_items.py            # readable report, exit 1 on any problem
    python seeds/annotations/check_qa_items.py --json     # the same as one JSON object

Errors (exit 1): malformed records, duplicate ids, an anchor that is not exactly one raw substring of its
article (or crosses a line break, or is not 10-40 characters), an answer that is not inside its anchor once
whitespace between CJK and digits is removed, near-duplicate questions (character-bigram Jaccard > 0.6),
questions that copy 12 or more consecutive characters of the anchor's sentence, and the benchmark-size targets
of issue 5 (>= 150 answerable, >= 15 unanswerable, >= 25 answerable per article, >= half numeric).
Warnings (printed, exit 0): the same numeric answer asked twice in one article, worth a second look for
"the same fact twice".
"""
from __future__ import annotations

import argparse
import bisect
import itertools
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
ANCHOR_MIN, ANCHOR_MAX = 10, 40
JACCARD_MAX = 0.6
COPY_MAX = 11  # a question may share at most this many consecutive characters with the sentence
SENTENCE_END = "。！？!?；;"
TARGETS = {"answerable": 150, "unanswerable": 15, "answerable_per_article": 25, "numeric_share": 0.5}
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


def bigrams(text: str) -> set[str]:
    chars = [c for c in text if c.isalnum()]
    return {a + b for a, b in zip(chars, chars[1:], strict=False)}


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def longest_common_substring(a: str, b: str) -> str:
    best = ""
    for i in range(len(a)):
        # only a longer match than the best so far is worth testing, so each start costs few `in` scans
        end = i + len(best) + 1
        while end <= len(a) and a[i:end] in b:
            best = a[i:end]
            end += 1
    return best


@dataclass(frozen=True)
class Article:
    stem: str
    raw: str
    flat: str  # every whitespace removed: lines of a paragraph joined, as the segmenter joins them
    flat_pos: tuple[int, ...]  # raw offset of each character of flat

    @classmethod
    def load(cls, path: Path) -> Article:
        raw = path.read_text(encoding="utf-8")
        pairs = [(ch, i) for i, ch in enumerate(raw) if not ch.isspace()]
        return cls(path.stem, raw, "".join(c for c, _ in pairs), tuple(i for _, i in pairs))

    def sentences_at(self, raw_start: int, raw_end: int) -> str:
        """The sentence(s), in whitespace-free text, that the raw span [raw_start, raw_end) touches."""
        k = bisect.bisect_left(self.flat_pos, raw_start)
        m = bisect.bisect_left(self.flat_pos, raw_end)
        # An anchor that starts on the punctuation closing the previous sentence belongs to the next one.
        while k < m - 1 and self.flat[k] in SENTENCE_END:
            k += 1
        left = max(self.flat.rfind(p, 0, k) for p in SENTENCE_END) + 1
        rights = [r for r in (self.flat.find(p, max(k, m - 1)) for p in SENTENCE_END) if r != -1]
        return self.flat[left:min(rights) + 1 if rights else len(self.flat)]


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
        if not isinstance(item, dict) or set(item) != KEYS:
            report.error(where, f"keys must be exactly {sorted(KEYS)}")
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
    hits = normalize(item["anchor"]).count(normalize(answer))
    if hits != 1:
        report.error(where, f"answer {answer!r} occurs {hits} times in the normalized anchor, want once")


def check_question(item: dict, article: Article, start: int, report: Report) -> None:
    question = normalize(item["question"])
    sentence = article.sentences_at(start, start + len(item["anchor"]))
    copied = longest_common_substring(question, sentence)
    if len(copied) > COPY_MAX:
        report.error(item["_where"], f"question copies {len(copied)} consecutive characters of the sentence: {copied!r}")


def check_duplicates(items: list[dict], report: Report) -> None:
    grams = [bigrams(normalize(it["question"])) for it in items]
    for (i, a), (j, b) in itertools.combinations(enumerate(items), 2):
        score = jaccard(grams[i], grams[j])
        if score > JACCARD_MAX:
            report.error(a["_where"], f"near-duplicate of {b['id']} (bigram Jaccard {score:.2f}): "
                                      f"{a['question']} | {b['question']}")
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


def check_targets(summary: dict, stems: list[str], report: Report) -> None:
    if summary["answerable"] < TARGETS["answerable"]:
        report.error("targets", f"{summary['answerable']} answerable items, want >= {TARGETS['answerable']}")
    if summary["unanswerable"] < TARGETS["unanswerable"]:
        report.error("targets", f"{summary['unanswerable']} unanswerable items, want >= {TARGETS['unanswerable']}")
    if summary["numeric_share"] < TARGETS["numeric_share"]:
        report.error("targets", f"numeric share {summary['numeric_share']}, want >= {TARGETS['numeric_share']}")
    for stem in stems:
        n = summary["per_article"].get(stem, {}).get("answerable", 0)
        if n < TARGETS["answerable_per_article"]:
            report.error("targets", f"{stem}: {n} answerable items, want >= {TARGETS['answerable_per_article']}")


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
            check_question(item, article, start, report)
    check_duplicates(items, report)
    summary = summarize(items)
    check_targets(summary, list(articles), report)
    return summary, report


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
