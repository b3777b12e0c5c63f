"""``qa check``: a linter for extractive-QA items — what makes a benchmark lexical, ambiguous or wrong.

Each finding names the item, a class (``code``), a level and a fix hint. Error-level findings make
``python -m qa check`` exit 1. Classes, in the order they are checked:

======================  =====  ==============================================================================
code                    level  what it flags
======================  =====  ==============================================================================
answer-in-question      error  a gold answer's text occurs in the question
bound-repeated          error  the answer carries a bound word (约, 近, 超过, 左右 …) and the question one too
near-copy               error  the question shares ``max_run`` (12) or more consecutive characters with the
                               answer's sentence, or both its character share ≥ ``max_char_share`` (0.95)
                               and bigram share ≥ ``max_bigram_share`` (0.85)
near-copy               warn   a shared run of ``warn_run`` (8) or more
dangling-demonstrative  error  这/该/此/其 (+ measure word) opens a noun phrase with no antecedent earlier
                               in the question
subject-not-stated      error  a proper name of the question (jieba tags nr, ns, nt, nz; ≥ 2 characters) does
                               not occur in the paragraph (whitespace ignored)
non-minimal-answer      error  the answer starts with a verb or an emphasis word (``LEADING_VERBS``: 突破, 达到,
                               实现, 仅 …; bound words such as 超过, 近, 约 stay, per the guidelines), ends
                               with a particle (的, 了, 等 …) or punctuation, or is wrapped in brackets/《》
cue-type-mismatch       error  the question's cue asks for one type and the item is typed another (几个 /
                               多少家 → a count with that measure word, 多少钱 → money, 哪一年 → date,
                               百分之几 → percent, 谁 → person)
duplicate               error  the same question (whitespace and punctuation ignored) twice in a paragraph
near-duplicate          error  character-bigram Jaccard ≥ ``near_duplicate`` (0.6) and the same answer text
near-duplicate          warn   character-bigram Jaccard ≥ ``near_duplicate`` with different answers
no-distractor           error  an unanswerable item whose paragraph holds no span of the type it asks for
                               (numbers by the number grammar; people, places, organisations by jieba tags),
                               so a type check rejects it for free
no-distractor           warn   an unanswerable item of type phrase/other (no way to check)
inconsistent-type       error  the same answer text carries different answer types in different items
======================  =====  ==============================================================================

Thresholds live in :class:`Thresholds` and are set on the command line with ``--set NAME=VALUE``.
``--stats`` prints the lexical measures of :mod:`qa.lexical` next to the shares the benchmark targets
(docs/benchmark.md).
"""

from __future__ import annotations

import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from annotate.errors import InputError, UsageError

from .answer_types import NUMERIC_TYPES, cue_classifier, find_typed, question_type
from .items import QAItem
from .lexical import first_answer_start, hard_reasons, lexical, squeeze

__all__ = ["Finding", "Thresholds", "CheckResult", "check_items", "check_path", "load_for_check", "stats",
           "LEADING_VERBS", "CODES", "render_html"]

SCHEMA_VERSION = 1  # of the --json object, schemas/qa_check.schema.json

CODES = ("answer-in-question", "bound-repeated", "near-copy", "dangling-demonstrative", "subject-not-stated",
         "non-minimal-answer", "cue-type-mismatch", "duplicate", "near-duplicate", "no-distractor",
         "inconsistent-type")

# verbs and emphasis words a minimal answer does not start with (docs/benchmark.md, "Minimal span")
LEADING_VERBS = ("突破", "达到", "达", "实现", "为", "是", "占", "仅有", "仅", "多达", "共有", "共计", "共", "增长",
                 "增加", "提高", "提升", "降低", "下降", "完成", "拥有", "累计", "约为", "约占")
_TRAILING = re.compile(r"[的了等着过呢吗吧啊之]$|[\s，。、；：！？,.;:!?]$")
_LEADING_PUNCT = re.compile(r"^[\s，。、；：！？,.;:!?]")
_WRAPPED = re.compile(r"^[《（(【\[「『“\"‘'].*[》）)】\]」』”\"’']$")
_BOUND_ANSWER = re.compile(r"^(?:约|大约|近|将近|超过|超|逾|不足|不到|最高|最多|至少|最少)|(?:左右|以上|以下|以内|上下|多|余)"
                           r"(?:[个家项件人名所座户元%倍年])?$")
_BOUND_QUESTION = re.compile(r"大约|约|大概|左右|将近|超过|最多|至少|最高|不到|不足|上下")
_DEMONSTRATIVE = re.compile(r"(?<![因如彼由在据至对于与及尤极与])(这|该|此|其)(?:一|两|几)?(?:个|些|项|类|次|种|家|批|条|份|座|所)?"
                            r"(?!中|他|余|实|外|后|前|时|次|间|刻|处|前|地|样|么|里|儿)")
_PROPER = ("nr", "ns", "nt")
_GENERIC = frozenset("城市 地区 国家 全国 地方 区域 中国 我国 园区 高新区 东部 西部 中部 东北 外国 国外 海外 境外 境内 维度".split())
_STRONG_CUES = {
    "money": re.compile(r"多少钱|多少[美欧日港]?元|多少[万亿]元"),
    "date": re.compile(r"哪一?年|何年|哪一?天|哪个月|几月几日|什么时候|何时"),
    "percent": re.compile(r"百分之几|百分比|占比|比重|几成|增幅|增速|增长率"),
    "person": re.compile(r"谁|哪位"),
}


@dataclass(frozen=True)
class Finding:
    id: str
    code: str
    level: str  # "error" or "warning"
    message: str
    hint: str

    def line(self) -> str:
        return f"{self.id}: {self.level}: {self.code}: {self.message} — fix: {self.hint}"


@dataclass
class Thresholds:
    """Every number the checker uses; ``--set NAME=VALUE`` overrides one."""

    max_run: int = 12             # shared run with the answer's sentence: error at this length
    warn_run: int = 8             # ... warning at this length
    max_char_share: float = 0.95  # near copy: character share at or above this ...
    max_bigram_share: float = 0.85  # ... and bigram share at or above this
    near_duplicate: float = 0.6   # character-bigram Jaccard of two questions
    min_proper: int = 2           # shortest proper name checked for subject-not-stated

    @classmethod
    def parse(cls, settings: Sequence[str]) -> Thresholds:
        out, names = cls(), {f.name: f.type for f in fields(cls)}
        for setting in settings:
            name, sep, value = setting.partition("=")
            name = name.strip().replace("-", "_")
            if not sep or name not in names:
                raise UsageError(f"bad --set {setting!r}", hint=f"NAME=VALUE with NAME one of {', '.join(names)}")
            try:
                setattr(out, name, (float if names[name] in ("float", float) else int)(value))
            except ValueError:
                raise UsageError(f"bad value in --set {setting!r}", hint="a number") from None
        return out


@dataclass
class CheckResult:
    items: int
    findings: list[Finding] = field(default_factory=list)
    thresholds: Thresholds = field(default_factory=Thresholds)
    stats: dict[str, Any] = field(default_factory=dict)

    @property
    def errors(self) -> int:
        return sum(f.level == "error" for f in self.findings)

    @property
    def warnings(self) -> int:
        return sum(f.level == "warning" for f in self.findings)

    def by_code(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for f in self.findings:
            out.setdefault(f.code, {"error": 0, "warning": 0})[f.level] += 1
        return {code: out[code] for code in CODES if code in out}

    def summary(self) -> str:
        parts = ", ".join(f"{code} {n['error']}/{n['warning']}" for code, n in self.by_code().items())
        return (f"qa check: {self.items} items, {self.errors} errors, {self.warnings} warnings"
                + (f" (errors/warnings: {parts})" if parts else ""))

    def as_dict(self) -> dict[str, Any]:
        return {"schema_version": SCHEMA_VERSION, "items": self.items, "errors": self.errors, "warnings": self.warnings, "by_code": self.by_code(),
                "thresholds": asdict(self.thresholds), "findings": [asdict(f) for f in self.findings],
                "stats": self.stats}


# -- loading ----------------------------------------------------------------------------------

def load_for_check(path: str | Path, *, split: str | None = None) -> list[QAItem]:
    """Items of a built benchmark folder, a SQuAD/CMRC JSON file, a saved dataset folder or a
    ``corrected.jsonl`` (what ``annotate ls import`` makes of a Label Studio export). A Label Studio
    export itself is read by the command line (``qa check EXPORT`` converts it with annotate's one
    importer first): the library uses only annotate's shared base (docs/ARCHITECTURE.md)."""
    from .data import load_items

    p = Path(path)
    if p.is_dir() and (p / "benchmark.json").exists():
        return load_items(p / "benchmark.json")
    if p.suffix == ".jsonl":
        return _from_corrected(p)
    if is_labelstudio_export(p):
        raise InputError("this looks like a Label Studio export (a JSON list of tasks)", path=str(p),
                         hint=f"`python -m qa check` reads it; in code, convert it first: python -m annotate ls "
                              f"import {p} --out corrected.jsonl")
    return load_items(p, split=split)


def is_labelstudio_export(path: str | Path) -> bool:
    """A JSON list at the top level: Label Studio's JSON / JSON_MIN export (SQuAD files are objects)."""
    p = Path(path)
    if not p.is_file():
        return False
    with open(p, "rb") as handle:
        head = handle.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n")
    return head[:1] == b"["


def _from_corrected(path: Path) -> list[QAItem]:
    from annotate.io import read_jsonl

    items = []
    for _, rec in read_jsonl(path):
        text = rec.get("text") or ""
        for qa in rec.get("qa") or []:
            answers = qa.get("answers") or []
            items.append(QAItem(id=str(qa.get("id")), question=str(qa.get("question") or ""), context=text,
                                answers=tuple(a["text"] for a in answers),
                                answer_starts=tuple(a["answer_start"] for a in answers),
                                is_impossible=bool(qa.get("is_impossible")), answer_type=qa.get("answer_type"),
                                title=str(rec.get("doc_id") or "")))
    if not items:
        raise InputError("no QA items", path=str(path), hint="write questions first")
    return items


# -- the checks -------------------------------------------------------------------------------

def _start(item: QAItem) -> int:
    return first_answer_start(item)


def _bigrams(text: str) -> set[str]:
    s = squeeze(text)
    return {s[i : i + 2] for i in range(len(s) - 1)}


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def _proper_names(question: str) -> list[str]:
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    return [t.word for t in jieba.posseg.cut(question) if t.flag.startswith(_PROPER) and t.word not in _GENERIC
            and (len(t.word) >= 3 or not t.flag.startswith("nr"))  # two-character "names" are mostly mis-tags
            and not re.search(r"[这该此其占比的是在有和与]", t.word) and re.search(r"[\u4e00-\u9fff]", t.word)]


def _demonstrative(question: str) -> str | None:
    """The first demonstrative of ``question`` that opens its noun phrase with nothing before it to
    point to: at the start of the question or of a clause, or after a frame that names nothing
    (在/对/从/自 + time words)."""
    for m in _DEMONSTRATIVE.finditer(question):
        before = squeeze(re.split(r"[，,；;：:]", question[: m.start()])[-1])
        if m.group(1) == "其" and squeeze(question[: m.start()]):  # 其 points back to what the question named
            continue
        if not before or re.fullmatch(r"(?:在|对于?|从|自|截至|到|按照?|根据)?(?:\d{4}年(?:底|末|初)?|今年|去年|目前|当前)?", before):
            return m.group()
    return None


def _item_checks(item: QAItem, th: Thresholds, names_cache: dict[str, list[str]]) -> list[Finding]:
    out: list[Finding] = []
    q = item.question

    def add(code: str, level: str, message: str, hint: str) -> None:
        out.append(Finding(item.id, code, level, message, hint))

    for answer in dict.fromkeys(item.answers):
        if len(squeeze(answer)) >= 2 and squeeze(answer) in squeeze(q):
            add("answer-in-question", "error", f"the answer {answer!r} is in the question",
                "ask without naming the answer")
    if item.has_answer:
        gold = item.answers[0]
        if _BOUND_ANSWER.search(gold) and _BOUND_QUESTION.search(q):
            add("bound-repeated", "error", f"the answer {gold!r} carries its bound and the question says "
                f"{_BOUND_QUESTION.search(q).group()!r}", "drop the bound word from the question")
        start = _start(item)
        if start >= 0:
            lex = lexical(q, item.context, start, start + len(gold))
            if lex.longest_run >= th.max_run or (lex.char_share >= th.max_char_share
                                                 and lex.bigram_share >= th.max_bigram_share):
                add("near-copy", "error", f"shares a run of {lex.longest_run} characters with its sentence "
                    f"(char share {lex.char_share:.2f}, bigram share {lex.bigram_share:.2f})",
                    "reword: synonyms, another order, refer to the subject by a shorter name")
            elif lex.longest_run >= th.warn_run:
                add("near-copy", "warning", f"shares a run of {lex.longest_run} characters with its sentence",
                    "reword the copied stretch")
        for k, answer in enumerate(item.answers):
            problem = _non_minimal(answer, first=k == 0)
            if problem:
                add("non-minimal-answer", "error", f"answer {k + 1} {answer!r} {problem}",
                    "cut the span to the shortest complete answer (docs/benchmark.md, Minimal span)")
    demo = _demonstrative(q)
    if demo:
        add("dangling-demonstrative", "error", f"{demo!r} points to nothing in the question",
            "name the subject (zone, period, indicator) instead")
    context = squeeze(item.context)
    if q not in names_cache:
        names_cache[q] = _proper_names(q)
    for name in names_cache[q]:
        if len(name) >= th.min_proper and squeeze(name) not in context:
            add("subject-not-stated", "error", f"{name!r} is not in the paragraph",
                "use the paragraph's own name for the subject, or move the item to the paragraph that states it")
    kind = item.answer_type or ""
    if kind:
        asked = question_type(q)
        clf = cue_classifier(q)
        if clf and item.has_answer and not re.search(rf"[0-9〇零一二两三四五六七八九十百千万亿余多]{clf}", item.answers[0]):
            add("cue-type-mismatch", "error", f"asks 几/多少{clf} but the answer {item.answers[0]!r} has no {clf}",
                f"ask with the answer's own measure word, or answer with {clf}")
        for cue_type, cue in _STRONG_CUES.items():
            if cue.search(q) and kind != cue_type and not (cue_type == "percent" and kind == "number"):
                add("cue-type-mismatch", "error", f"{cue.search(q).group()!r} asks for {cue_type}, item is {kind}",
                    "fix the answer_type or reword the question")
                break
        else:
            if clf and asked == "count" and kind not in ("count", "number"):
                add("cue-type-mismatch", "error", f"asks for a count, item is {kind}",
                    "fix the answer_type or reword the question")
    if item.is_impossible:
        if kind in NUMERIC_TYPES or kind in ("person", "place", "org"):
            if not find_typed(item.context, kind):
                add("no-distractor", "error", f"the paragraph holds no {kind} span, so a type check rejects it",
                    f"ask for a {kind} the paragraph has a same-type neighbour for, or move the item")
        else:
            add("no-distractor", "warning", f"type {kind or '(none)'}: no same-type check possible",
                "ask for a typed answer (number, date, person, place, org)")
    return out


def _non_minimal(answer: str, first: bool = True) -> str | None:
    """Why ``answer`` is not minimal (None if it is); an alternative reference (not ``first``) may keep the
    quotes or brackets around it, as CMRC's alternative answers do."""
    if answer != answer.strip():
        return "has surrounding whitespace"
    verb = next((v for v in LEADING_VERBS if answer.startswith(v) and len(answer) > len(v)), None)
    if verb:
        return f"starts with {verb!r}"
    if _TRAILING.search(answer) and len(answer) > 1:
        return f"ends with {answer[-1]!r}"
    if _LEADING_PUNCT.search(answer):
        return f"starts with {answer[0]!r}"
    if _WRAPPED.match(answer) and first:
        return "is wrapped in brackets or quotes"
    return None


def check_items(items: Sequence[QAItem], thresholds: Thresholds | None = None, *,
                with_stats: bool = False) -> CheckResult:
    """All findings for ``items`` (see the module docstring), in item order, then set-level ones."""
    th = thresholds or Thresholds()
    result = CheckResult(items=len(items), thresholds=th)
    names_cache: dict[str, list[str]] = {}
    for item in items:
        result.findings += _item_checks(item, th, names_cache)
    result.findings += _set_checks(items, th)
    if with_stats:
        result.stats = stats(items)
    return result


def _set_checks(items: Sequence[QAItem], th: Thresholds) -> list[Finding]:
    out: list[Finding] = []
    seen: dict[tuple[str, str], str] = {}
    for item in items:
        key = (item.context, squeeze(item.question))
        if key in seen:
            out.append(Finding(item.id, "duplicate", "error", f"same question as {seen[key]}",
                               "delete one, or ask about another fact"))
        else:
            seen[key] = item.id
    grams = [(item, _bigrams(item.question)) for item in items]
    by_gram: dict[str, set[int]] = defaultdict(set)
    for i, (_, g) in enumerate(grams):
        for x in g:
            by_gram[x].add(i)
    for i, (item, g) in enumerate(grams):
        near = set().union(*(by_gram[x] for x in g)) if g else set()
        for j in sorted(k for k in near if k > i):
            other, h = grams[j]
            score = _jaccard(g, h)
            if score >= th.near_duplicate and squeeze(item.question) != squeeze(other.question):
                same = bool(set(item.answers) & set(other.answers)) or (item.is_impossible and other.is_impossible)
                out.append(Finding(other.id, "near-duplicate", "error" if same else "warning",
                                   f"bigram Jaccard {score:.2f} with {item.id}"
                                   + (" and the same answer" if same else ""),
                                   "ask the fact once; reword or replace one of them"))
    types: dict[str, Counter[str]] = defaultdict(Counter)
    first: dict[tuple[str, str], str] = {}
    for item in items:
        if item.has_answer and item.answer_type:
            types[item.answers[0]][item.answer_type] += 1
            first.setdefault((item.answers[0], item.answer_type), item.id)
    for answer, counts in types.items():
        if len(counts) > 1:
            ranked = counts.most_common()
            for kind, _ in ranked[1:]:
                out.append(Finding(first[(answer, kind)], "inconsistent-type", "error",
                                   f"{answer!r} is typed {kind} here and {ranked[0][0]} in "
                                   f"{first[(answer, ranked[0][0])]}", "use one type for one answer text"))
    return out


# -- statistics -------------------------------------------------------------------------------

# the shares the benchmark is held to (issue 13; CMRC 2018 dev's range)
TARGETS = {"char_share_mean": ("<=", 0.65), "run8_share": ("<=", 0.25), "in_top_sentence_share": ("<=", 0.75),
           "hard_items": (">=", 80), "numeric_share": ("<=", 0.50), "unanswerable_share": (">=", 0.15),
           "multi_reference_items": (">=", 150), "items": (">=", 350)}


def is_hard(item: QAItem) -> tuple[str, ...]:
    """Why an answerable item is more than string matching (:func:`qa.lexical.hard_reasons`)."""
    return hard_reasons(item)


def stats(items: Sequence[QAItem]) -> dict[str, Any]:
    """The lexical measures (answerable items), the counts and shares, and whether each target holds."""
    rows = []
    for item in items:
        if item.has_answer and _start(item) >= 0:
            start = _start(item)
            rows.append((item, lexical(item.question, item.context, start, start + len(item.answers[0]))))
    n, total = len(rows), len(items)
    lengths = [len(item.answers[0]) for item, _ in rows]
    hard = [item for item, _ in rows if is_hard(item)]
    out: dict[str, Any] = {
        "items": total, "answerable": n, "unanswerable": total - sum(i.has_answer for i in items),
        "char_share_mean": round(statistics.mean(x.char_share for _, x in rows), 4) if rows else 0.0,
        "bigram_share_mean": round(statistics.mean(x.bigram_share for _, x in rows), 4) if rows else 0.0,
        "run8_share": round(sum(x.longest_run >= 8 for _, x in rows) / n, 4) if n else 0.0,
        "in_top_sentence_share": round(sum(x.in_top_sentence for _, x in rows) / n, 4) if n else 0.0,
        "answer_length_mean": round(statistics.mean(lengths), 2) if lengths else 0.0,
        "answer_length_median": statistics.median(lengths) if lengths else 0,
        "references_mean": round(statistics.mean(len(set(i.answers)) for i, _ in rows), 3) if rows else 0.0,
        "multi_reference_items": sum(2 <= len(set(i.answers)) <= 3 for i, _ in rows),
        "numeric_share": round(sum((i.answer_type or "") in NUMERIC_TYPES for i, _ in rows) / n, 4) if n else 0.0,
        "unanswerable_share": round((total - n) / total, 4) if total else 0.0,
        "hard_items": len(hard),
        "hard_by_reason": dict(Counter(r for i in hard for r in is_hard(i))),
    }
    out["targets"] = {name: {"op": op, "target": target, "value": out[name],
                             "holds": out[name] <= target if op == "<=" else out[name] >= target}
                      for name, (op, target) in TARGETS.items()}
    return out


def check_path(path: str | Path, thresholds: Thresholds | None = None, *, with_stats: bool = False,
               split: str | None = None) -> CheckResult:
    return check_items(load_for_check(path, split=split), thresholds, with_stats=with_stats)


def render_html(result: CheckResult, title: str = "qa check") -> str:
    """A self-contained HTML page: summary, targets and one table row per finding."""
    from html import escape

    rows = "".join(f"<tr class={f.level}><td>{escape(f.id)}</td><td>{f.level}</td><td>{escape(f.code)}</td>"
                   f"<td>{escape(f.message)}</td><td>{escape(f.hint)}</td></tr>" for f in result.findings)
    targets = "".join(f"<tr><td>{escape(k)}</td><td>{v['value']}</td><td>{escape(v['op'])} {v['target']}</td>"
                      f"<td>{'yes' if v['holds'] else 'NO'}</td></tr>"
                      for k, v in (result.stats.get("targets") or {}).items())
    return (f"<!doctype html><meta charset=utf-8><title>{escape(title)}</title>"
            "<style>body{font-family:sans-serif}td,th{border:1px solid #ccc;padding:2px 6px}"
            "table{border-collapse:collapse}.error{background:#fdd}.warning{background:#ffd}</style>"
            f"<h1>{escape(title)}</h1><p>{escape(result.summary())}</p>"
            + (f"<h2>Measures</h2><table><tr><th>measure</th><th>value</th><th>target</th><th>holds</th></tr>"
               f"{targets}</table>" if targets else "")
            + "<h2>Findings</h2><table><tr><th>item</th><th>level</th><th>class</th><th>problem</th><th>fix</th></tr>"
            f"{rows}</table>\n")

