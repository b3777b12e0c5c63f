"""``qa build``: corrected records (``corrected.jsonl``, ``schemas/corrected.schema.json``) → the QA benchmark.

Output folder (written beside the target and renamed into place, so a failed build leaves nothing)::

    OUT/benchmark.json   SQuAD/CMRC JSON (schemas/qa_benchmark.schema.json); any SQuAD reader or the
                         official CMRC scorer reads it; extra keys carry answer types and provenance
    OUT/qa/              DatasetDict (save_to_disk), split "test": the QA rows (columns: QA_FEATURES)
    OUT/ner/             DatasetDict (save_to_disk), split "test": the corrected entities per paragraph
    OUT/build_info.json  counts, answer types, input hash (schemas/qa_build_info.schema.json)

Deterministic: paragraphs are ordered by document, then by position in the raw file (from the offset
map; para_id where there is none); questions by the position of their first answer, then id; a question's
answers keep the record's order (the first is the primary span, the others alternative references); JSON
keys sorted. The same input gives byte-identical files.

Checks, each an :class:`InputError` naming the file, line and question: every answer is found at its
``answer_start`` in the paragraph text, question ids are unique, no question is empty, an answerable
question has an answer and an unanswerable one has none, entity offsets match their text.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotate.errors import InputError
from annotate.io import atomic_dir, check_output_dir, read_jsonl
from annotate.labels import LABELS

from .answer_types import LABEL_TO_TYPE, infer_answer_type, question_type
from .items import ANSWER_TYPES

__all__ = ["BuildResult", "build", "qa_rows", "ner_rows", "raw_span", "SCHEMA_VERSION", "NER_TAGS"]

SCHEMA_VERSION = 1
NER_TAGS = ("O", *(f"{p}-{label}" for label in LABELS for p in "BI"))


def raw_span(offsets: list[list[int]] | None, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` of a paragraph's text as a span of the raw decoded file, through the segmenter's
    run-length map ``[[text_start, raw_start, length], ...]``; (-1, -1) without a map. The raw span
    runs from the first to the last character's origin, so it includes what normalization removed
    in between (a line break inside the answer, say)."""
    if not offsets or end <= start:
        return -1, -1

    def origin(i: int) -> int:
        for text_start, raw_start, length in offsets:
            if text_start <= i < text_start + length:
                return raw_start + i - text_start
        raise ValueError(f"offset {i} is not covered by the offset map")

    return origin(start), origin(end - 1) + 1


@dataclass(frozen=True)
class _Record:
    line: int
    data: dict[str, Any]


def _fail(message: str, path: str, rec: _Record, record: Any = None, hint: str | None = None) -> InputError:
    return InputError(message, path=path, line=rec.line, record=record if record is not None else rec.data.get("id"),
                      hint=hint)


def _read(path: str) -> list[_Record]:
    records = []
    seen: dict[str, int] = {}  # paragraph id -> line: one paragraph published twice would disagree with itself
    for line, data in read_jsonl(path):
        rec = _Record(line, data)
        if not isinstance(data, dict):
            raise InputError("not a JSON object", path=path, line=line)
        if not isinstance(data.get("text"), str) or not data["text"]:
            raise _fail("record has no paragraph \"text\"", path, rec, hint="is this an `ls import` output?")
        for key in ("qa", "entities"):
            if not isinstance(data.get(key, []), list):
                raise _fail(f"\"{key}\" must be a list", path, rec)
        key = str(data.get("para_id") or data.get("id") or "")
        if key and key in seen:
            raise _fail(f"paragraph {key!r} occurs twice (also on line {seen[key]})", path, rec, record=key,
                        hint="re-run `ls import`, which merges duplicate tasks by the annotation policy")
        seen[key] = line
        records.append(rec)
    if not records:
        raise InputError("no records", path=path, hint="pass the corrected.jsonl that `ls import` wrote")
    return records


def _para_key(rec: _Record) -> tuple[str, int, str]:
    offsets = (rec.data.get("source") or {}).get("offsets") or []
    first = offsets[0][1] if offsets else 1 << 62
    return (str(rec.data.get("doc_id") or ""), first, str(rec.data.get("para_id") or rec.data.get("id")))


def _answer_type(qa: dict[str, Any], answers: list[dict[str, Any]], entities: list[dict[str, Any]]) -> str:
    if qa.get("answer_type"):
        return str(qa["answer_type"])
    if not answers:  # unanswerable: the type the question asks for
        return question_type(qa["question"])
    first = answers[0]
    end = first["answer_start"] + len(first["text"])
    label = next((e["label"] for e in entities if e.get("start") == first["answer_start"] and e.get("end") == end),
                 None)
    return infer_answer_type(first["text"], label if label in LABEL_TO_TYPE else None)


def _check_qa(qa: Any, rec: _Record, path: str, seen: dict[str, int]) -> None:
    text = rec.data["text"]
    if not isinstance(qa, dict) or not isinstance(qa.get("id"), str) or not qa["id"]:
        raise _fail("a question has no string \"id\"", path, rec)
    qid = qa["id"]
    if qid in seen:
        raise _fail(f"question id also used on line {seen[qid]}", path, rec, qid, hint="question ids must be unique")
    seen[qid] = rec.line
    if not isinstance(qa.get("question"), str) or not qa["question"].strip():
        raise _fail("empty question", path, rec, qid, hint="write the question or delete the item")
    answers = qa.get("answers") or []
    if qa.get("is_impossible") and answers:
        raise _fail("unanswerable question has answers", path, rec, qid, hint="drop the answers or the flag")
    if not qa.get("is_impossible") and not answers:
        raise _fail("question has no answer", path, rec, qid, hint="mark a span or set is_impossible")
    for ans in answers:
        start, value = ans.get("answer_start"), ans.get("text")
        if not isinstance(start, int) or not isinstance(value, str) or text[start : start + len(value)] != value \
                or start < 0 or not value:
            found = text.find(value) if isinstance(value, str) and value else -1
            raise _fail(f"answer {value!r} is not at answer_start {start}", path, rec, qid,
                        hint=f"it occurs at {found}" if found >= 0 else "the answer is not in the paragraph text")
    if qa.get("answer_type") and qa["answer_type"] not in ANSWER_TYPES:
        raise _fail(f"unknown answer_type {qa['answer_type']!r}", path, rec, qid,
                    hint=f"one of {', '.join(ANSWER_TYPES)}")


def qa_rows(records: list[_Record], path: str) -> list[dict[str, Any]]:
    """The QA rows (HF column layout), checked and in a fixed order."""
    seen: dict[str, int] = {}
    rows = []
    for rec in sorted(records, key=_para_key):
        data = rec.data
        source = data.get("source") or {}
        items = []
        for qa in data.get("qa", []):  # a record without QA items has none (its entities still count)
            _check_qa(qa, rec, path, seen)
            answers = list(qa.get("answers") or [])  # as written: the first is the primary span, then alternatives
            raw = [raw_span(source.get("offsets"), a["answer_start"], a["answer_start"] + len(a["text"]))
                   for a in answers]
            items.append({
                "id": qa["id"], "title": str((data.get("doc") or {}).get("title") or data.get("doc_id") or ""),
                "context": data["text"], "question": qa["question"].strip(),
                "answers": {"text": [a["text"] for a in answers], "answer_start": [a["answer_start"] for a in answers]},
                "is_impossible": bool(qa.get("is_impossible")),
                "answer_type": _answer_type(qa, answers, data.get("entities") or []),
                "doc_id": str(data.get("doc_id") or ""), "para_id": str(data.get("para_id") or data.get("id")),
                "source_file": str(source.get("path") or ""), "source_sha256": str(source.get("sha256") or ""),
                "answer_raw_offsets": {"start": [s for s, _ in raw], "end": [e for _, e in raw]},
                "model_version": data.get("model_version") or "",
                "task_id": data.get("task_id") if isinstance(data.get("task_id"), int) else -1,
            })
        rows.extend(sorted(items, key=lambda r: (r["answers"]["answer_start"][:1] or [1 << 62], r["id"])))
    return rows


def ner_rows(records: list[_Record], path: str) -> list[dict[str, Any]]:
    """One row per paragraph: the corrected entities as spans and as character BIO tags."""
    from annotate.spans import Span, spans_to_tags

    rows = []
    for rec in sorted(records, key=_para_key):
        data, text = rec.data, rec.data["text"]
        entities = sorted(data.get("entities") or [], key=lambda e: (e.get("start", 0), e.get("end", 0)))
        for ent in entities:
            start, end = ent.get("start"), ent.get("end")
            if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)) \
                    or text[start:end] != ent.get("text") or ent.get("label") not in LABELS:
                raise _fail(f"bad entity {ent!r}", path, rec, hint="text[start:end] must equal its text, "
                            f"label one of {', '.join(LABELS)}")
        try:
            tags = spans_to_tags([Span(e["start"], e["end"], e["label"]) for e in entities], len(text))
        except ValueError as err:
            raise _fail(str(err), path, rec, hint="entities must not overlap") from None
        source = data.get("source") or {}
        rows.append({
            "id": str(data.get("para_id") or data.get("id")), "doc_id": str(data.get("doc_id") or ""),
            "kind": str(data.get("kind") or ""), "text": text,
            "entities": [{"start": e["start"], "end": e["end"], "label": e["label"], "text": e["text"]}
                         for e in entities],
            "tokens": list(text), "ner_tags": [NER_TAGS.index(t) for t in tags],
            "source_file": str(source.get("path") or ""), "model_version": data.get("model_version") or "",
        })
    return rows


def _features() -> tuple[Any, Any]:
    from datasets import ClassLabel, Features, Value

    # Lists as Python list literals: the one spelling datasets 3.x to 5.x all read as a list feature.

    string, int32 = Value("string"), Value("int32")
    qa = Features({
        "id": string, "title": string, "context": string, "question": string,
        "answers": {"text": [string], "answer_start": [int32]},
        "is_impossible": Value("bool"), "answer_type": string,
        "doc_id": string, "para_id": string, "source_file": string, "source_sha256": string,
        "answer_raw_offsets": {"start": [int32], "end": [int32]},
        "model_version": string, "task_id": Value("int64"),
    })
    ner = Features({
        "id": string, "doc_id": string, "kind": string, "text": string,
        "entities": [{"start": int32, "end": int32, "label": string, "text": string}],
        "tokens": [string], "ner_tags": [ClassLabel(names=list(NER_TAGS))],
        "source_file": string, "model_version": string,
    })
    return qa, ner


def squad_json(rows: list[dict[str, Any]], *, version: str) -> dict[str, Any]:
    """The rows as SQuAD/CMRC JSON: articles by document, paragraphs in order, provenance per question."""
    articles: dict[str, dict[str, Any]] = {}
    for row in rows:
        article = articles.setdefault(row["doc_id"], {"id": row["doc_id"], "title": row["title"], "paragraphs": []})
        paras = article["paragraphs"]
        if not paras or paras[-1]["id"] != row["para_id"]:
            paras.append({"id": row["para_id"], "context": row["context"], "qas": []})
        raw = row["answer_raw_offsets"]
        paras[-1]["qas"].append({
            "id": row["id"], "question": row["question"], "is_impossible": row["is_impossible"],
            "answers": [{"text": t, "answer_start": s} for t, s in zip(row["answers"]["text"],
                                                                      row["answers"]["answer_start"], strict=True)],
            "answer_type": row["answer_type"],
            "provenance": {"doc_id": row["doc_id"], "para_id": row["para_id"], "source_file": row["source_file"],
                           "source_sha256": row["source_sha256"], "model_version": row["model_version"],
                           "task_id": row["task_id"],
                           "answer_raw_offsets": [[s, e] for s, e in zip(raw["start"], raw["end"], strict=True)]},
        })
    return {"schema_version": SCHEMA_VERSION, "version": version, "data": list(articles.values())}


@dataclass(frozen=True)
class BuildResult:
    out: str
    questions: int
    unanswerable: int
    paragraphs: int
    entities: int
    by_type: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"out": self.out, "questions": self.questions, "unanswerable": self.unanswerable,
                "paragraphs": self.paragraphs, "entities": self.entities, "by_type": self.by_type}


def _write(tmp: Path, rows: list[dict[str, Any]], ner: list[dict[str, Any]], info: dict[str, Any],
           split: str) -> None:
    import datasets

    from schemas import validate

    benchmark = squad_json(rows, version=info["version"])
    validate(benchmark, "qa_benchmark", path=str(tmp / "benchmark.json"))
    validate(info, "qa_build_info", path=str(tmp / "build_info.json"))
    (tmp / "benchmark.json").write_text(json.dumps(benchmark, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                        encoding="utf-8")
    qa_features, ner_features = _features()
    datasets.disable_progress_bars()
    for name, data, features in (("qa", rows, qa_features), ("ner", ner, ner_features)):
        table = datasets.Dataset.from_list(data, features=features, split=datasets.Split(split))
        datasets.DatasetDict({split: table}).save_to_disk(str(tmp / name))
    (tmp / "build_info.json").write_text(json.dumps(info, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


LEGACY_MARKERS = ("build_info.json",)  # benchmark folders written before io.MARKER existed


def build(corrected: str | Path, out: str | Path, *, split: str = "test") -> BuildResult:
    """Check ``corrected`` and write the benchmark folder ``out`` (replacing an earlier build there)."""
    path, out = str(corrected), Path(out)
    records = _read(path)
    rows, ner = qa_rows(records, path), ner_rows(records, path)
    if not rows:
        raise InputError("no questions in the corrected records", path=path,
                         hint="write QA items in Label Studio and re-run `ls import`")
    check_output_dir(out, [path], LEGACY_MARKERS)
    by_type: dict[str, int] = {}
    for row in rows:
        by_type[row["answer_type"]] = by_type.get(row["answer_type"], 0) + 1
    info = {"schema_version": SCHEMA_VERSION, "version": "zh-annotate-qa-1", "split": split,
            "input": {"name": Path(path).name, "sha256": hashlib.sha256(Path(path).read_bytes()).hexdigest()},
            "questions": len(rows), "unanswerable": sum(r["is_impossible"] for r in rows),
            "paragraphs": len({r["para_id"] for r in rows}), "documents": len({r["doc_id"] for r in rows}),
            "ner_paragraphs": len(ner), "entities": sum(len(r["entities"]) for r in ner),
            "by_type": dict(sorted(by_type.items())),
            "model_versions": sorted({r["model_version"] for r in rows if r["model_version"]})}
    with atomic_dir(out, command="qa build", inputs=[path], legacy_markers=LEGACY_MARKERS) as tmp:
        _write(tmp, rows, ner, info, split)
    return BuildResult(out=str(out), questions=info["questions"], unanswerable=info["unanswerable"],
                       paragraphs=info["paragraphs"], entities=info["entities"], by_type=info["by_type"])
