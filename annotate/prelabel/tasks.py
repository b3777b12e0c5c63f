"""``prelabel`` as a library function: paragraphs JSONL in, Label Studio tasks with predictions out.

Input is the segmenter's paragraphs JSONL (``schemas/paragraph.schema.json``) or any JSONL of ``{"id", "text"}``
records. Each kept record becomes one task (``schemas/tasks.schema.json``):

- ``data`` = the record's fields (provenance passes through) with ``id`` = the record's ``id``, else
  its ``para_id``, else ``"<file stem>:<line>"``; plus ``schema_version``.
- ``predictions[0]`` = ``{"model_version", "score", "result"}``; one region per span, with
  ``value.text == data.text[start:end]`` checked for every region. Region ``score`` is the span's
  score; the prediction ``score`` is the *lowest* region score (a task is as uncertain as its
  weakest pre-label, so sorting by it puts the tasks most worth checking first); a task with no
  regions has no ``score``.

Bad input: a record without a string ``text`` or with an id seen before is an error naming file,
line and record. Texts that are empty or only whitespace are skipped (counted in the summary);
``kinds`` (default: everything but ``debris``) picks which segmenter kinds to keep. Texts of only
punctuation or emoji become tasks with no regions; very long texts are passed whole to the backend
(each backend splits what its model cannot take at once).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError, ModelError
from ..io import read_jsonl, write_json
from ..spans import Span

__all__ = ["prelabel", "PrelabelResult", "read_records", "make_task", "SCHEMA_VERSION", "DEFAULT_KINDS"]

SCHEMA_VERSION = 1
#: segmenter kinds pre-labelled by default; debris (navigation, page furniture) is left out
DEFAULT_KINDS: tuple[str, ...] = ("title", "heading", "byline", "meta", "paragraph")


@dataclass(frozen=True)
class PrelabelResult:
    tasks: list[dict[str, Any]]
    backend: str
    model_version: str
    per_label: dict[str, int]
    skipped: dict[str, int] = field(default_factory=dict)
    chars: int = 0

    def summary(self, out: str | None = None) -> dict[str, Any]:
        regions = sum(self.per_label.values())
        return {"tasks": len(self.tasks), "regions": regions, "per_label": dict(self.per_label),
                "skipped": dict(self.skipped), "chars": self.chars, "backend": self.backend,
                "model_version": self.model_version, "out": out}


def read_records(path: str | Path, *, kinds: Iterable[str] | None = DEFAULT_KINDS) -> tuple[list[dict[str, Any]], Counter[str]]:
    """Records to pre-label, each with a unique ``id``; plus counts of what was skipped and why."""
    keep = None if kinds is None else set(kinds)
    records: list[dict[str, Any]] = []
    skipped: Counter[str] = Counter()
    seen: dict[Any, int] = {}
    stem = Path(path).stem
    for lineno, record in read_jsonl(path):
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InputError("record has no string 'text'", path=str(path), line=lineno,
                             hint='each line must be a JSON object like {"id": ..., "text": ...}')
        ident = record.get("id", record.get("para_id", f"{stem}:{lineno}"))
        if not isinstance(ident, str | int) or isinstance(ident, bool):
            raise InputError(f"id must be a string or an integer, not {ident!r}", path=str(path), line=lineno)
        if ident in seen:
            raise InputError(f"id {ident!r} already used on line {seen[ident]}", path=str(path), line=lineno,
                             record=ident, hint="task identity is the paragraph id: make ids unique")
        seen[ident] = lineno
        if keep is not None and "kind" in record and record["kind"] not in keep:
            skipped[f"kind:{record['kind']}"] += 1
            continue
        if not record["text"].strip():
            skipped["empty"] += 1
            continue
        records.append({**record, "id": ident})
    if not records and not skipped:
        raise InputError("no records in the file", path=str(path), hint="give a JSONL file of {id, text} records")
    return records, skipped


def _trimmed(text: str, span: Span) -> Span | None:
    """The span without whitespace at its edges (guidelines: spans never start or end with space)."""
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return None
    return span if (start, end) == (span.start, span.end) else Span(start, end, span.label, span.score, span.source)


def make_task(record: dict[str, Any], spans: Sequence[Span], model_version: str) -> dict[str, Any]:
    """One Label Studio task for ``record`` with ``spans`` as its prediction (module docstring)."""
    text = record["text"]
    result = []
    for span in sorted(spans):
        if span.end > len(text):
            raise ModelError(f"backend {model_version} returned span {span.key} past the end of the text",
                             record=record["id"], hint="this is a bug in the backend: please report it")
        span = _trimmed(text, span)
        if span is None:
            continue
        region: dict[str, Any] = {
            "id": f"r{len(result) + 1}", "from_name": "label", "to_name": "text", "type": "labels",
            "value": {"start": span.start, "end": span.end, "text": text[span.start:span.end],
                      "labels": [span.label]},
        }
        if span.score is not None:
            region["score"] = round(float(span.score), 4)
        result.append(region)
    prediction: dict[str, Any] = {"model_version": model_version, "result": result}
    scores = [r["score"] for r in result if "score" in r]
    if scores:
        prediction["score"] = min(scores)
    return {"data": {**record, "schema_version": SCHEMA_VERSION}, "predictions": [prediction]}


def prelabel(input_path: str | Path, out_path: str | Path | None = None, *, backend: str | None = None,
             model: str | None = None, batch_size: int = 64, kinds: Iterable[str] | None = DEFAULT_KINDS,
             progress: Callable[..., Any] | None = None, validate_output: bool = True) -> PrelabelResult:
    """Pre-label every record of ``input_path``; write the tasks to ``out_path`` (atomically) if given."""
    from . import default_backend, get_backend

    spec = backend or default_backend()
    runner = get_backend(spec, model=model)
    records, skipped = read_records(input_path, kinds=kinds)
    tasks: list[dict[str, Any]] = []
    per_label: Counter[str] = Counter()
    bar = progress(total=sum(len(r["text"]) for r in records), desc="prelabel", unit="char") if progress else None
    for i in range(0, len(records), batch_size):
        batch = records[i:i + batch_size]
        predicted = runner.predict([r["text"] for r in batch])
        for record, spans in zip(batch, predicted, strict=True):
            task = make_task(record, spans, runner.model_version)
            per_label.update(r["value"]["labels"][0] for r in task["predictions"][0]["result"])
            tasks.append(task)
        if bar is not None:
            bar.update(sum(len(r["text"]) for r in batch))
    if bar is not None:
        bar.close()
    if validate_output:
        import schemas

        schemas.validate(tasks, "tasks", path=str(out_path) if out_path else None)
    if out_path is not None:
        write_json(out_path, tasks)
    return PrelabelResult(tasks, spec, runner.model_version, dict(sorted(per_label.items())), dict(skipped),
                          sum(len(r["text"]) for r in records))
