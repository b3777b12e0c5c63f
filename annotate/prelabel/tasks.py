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

from ..errors import DuplicateIdError, InputError, ModelError, UsageError
from ..io import read_jsonl
from ..segment.classify import KINDS
from ..spans import Span, trimmed

__all__ = ["prelabel", "PrelabelResult", "read_records", "check_record", "make_task", "task_validator",
           "output_kind", "SCHEMA_VERSION", "DEFAULT_KINDS"]

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
    n_tasks: int = 0
    #: shards by what happened to them: new, reused, input changed, model changed, ...
    shards: dict[str, int] = field(default_factory=dict)
    #: lines left out by on_error="skip": {"line", "error"}
    bad_lines: list[dict[str, Any]] = field(default_factory=list)

    def summary(self, out: str | None = None) -> dict[str, Any]:
        regions = sum(self.per_label.values())
        return {"tasks": self.n_tasks, "regions": regions, "per_label": dict(self.per_label),
                "skipped": dict(self.skipped), "chars": self.chars, "backend": self.backend,
                "model_version": self.model_version, "out": out, "shards": dict(self.shards),
                "bad_lines": list(self.bad_lines)}


def check_record(record: Any, lineno: int, stem: str, seen: dict[Any, int], keep: set[str] | None, *,
                 path: str) -> tuple[dict[str, Any] | None, str | None]:
    """One input record checked: ``(record with its id, None)`` or ``(None, why it is skipped)``.

    A record without a string ``text``, with a bad id or an id seen before (in ``seen``) is an error."""
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise InputError("record has no string 'text'", path=path, line=lineno,
                         hint='each line must be a JSON object like {"id": ..., "text": ...}')
    ident = record.get("id", record.get("para_id", f"{stem}:{lineno}"))
    if not isinstance(ident, str | int) or isinstance(ident, bool):
        raise InputError(f"id must be a string or an integer, not {ident!r}", path=path, line=lineno)
    key = str(ident)  # 5 and "5" are one task id to Label Studio and to `ls push`
    if key in seen:
        raise DuplicateIdError(f"id {ident!r} already used on line {seen[key]}", path=path, line=lineno,
                               record=ident, hint="task identity is the paragraph id (5 and \"5\" are the same): "
                                                  "make ids unique")
    seen[key] = lineno
    if keep is not None and "kind" in record and record["kind"] not in keep:
        return None, f"kind:{record['kind']}"
    if not record["text"].strip():
        return None, "empty"
    return {**record, "id": ident}, None


def check_kinds(kinds: Iterable[str] | None) -> set[str] | None:
    """The segmenter kinds to keep (``None``: all); an unknown kind is a usage error."""
    keep = None if kinds is None else set(kinds)
    if keep is not None and keep - set(KINDS):
        raise UsageError(f"unknown kind(s) {', '.join(sorted(keep - set(KINDS)))}",
                         hint=f"choose from {', '.join(KINDS)}, or 'all'")
    return keep


def read_records(path: str | Path, *, kinds: Iterable[str] | None = DEFAULT_KINDS) -> tuple[list[dict[str, Any]], Counter[str]]:
    """Records to pre-label, each with a unique ``id``; plus counts of what was skipped and why."""
    keep = check_kinds(kinds)
    records: list[dict[str, Any]] = []
    skipped: Counter[str] = Counter()
    seen: dict[Any, int] = {}
    stem = Path(path).stem
    for lineno, record in read_jsonl(path):
        kept, reason = check_record(record, lineno, stem, seen, keep, path=str(path))
        if reason:
            skipped[reason] += 1
        else:
            records.append(kept)  # type: ignore[arg-type]
    if not records and not skipped:
        raise InputError("no records in the file", path=str(path), hint="give a JSONL file of {id, text} records")
    return records, skipped


def task_validator() -> Callable[..., None]:
    """Checks one task against ``schemas/tasks.schema.json`` (its item), compiled once: stream speed."""
    import schemas

    return schemas.item_validator("tasks")


def make_task(record: dict[str, Any], spans: Sequence[Span], model_version: str) -> dict[str, Any]:
    """One Label Studio task for ``record`` with ``spans`` as its prediction (module docstring)."""
    text = record["text"]
    result = []
    for span in sorted(spans):
        if span.end > len(text):
            raise ModelError(f"backend {model_version} returned span {span.key} past the end of the text",
                             record=record["id"], hint="this is a bug in the backend: please report it")
        span = trimmed(text, span)
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


def output_kind(out_path: str | Path) -> str:
    """``dir`` (a shard folder: ends with a separator or is one), ``jsonl`` or ``json`` (an array)."""
    text = str(out_path)
    if text.endswith(("/", "\\")) or Path(text).is_dir():
        return "dir"
    return "jsonl" if text.endswith(".jsonl") else "json"


def prelabel(input_path: str | Path, out_path: str | Path | None = None, *, backend: str | None = None,
             model: str | None = None, batch_size: int = 64, kinds: Iterable[str] | None = DEFAULT_KINDS,
             progress: Callable[..., Any] | None = None, validate_output: bool = True, jobs: int = 1,
             engine: str = "local", shard_size: int = 10_000, on_error: str = "fail",
             gpus: float = 0.0) -> PrelabelResult:
    """Pre-label every record of ``input_path``.

    With ``out_path`` the run streams through :mod:`annotate.prelabel.shards` (memory flat in corpus size,
    resumable, ``jobs``/``engine`` parallel) and ``tasks`` of the result stays empty; without it the tasks
    are built in memory and returned (for small inputs and library use).
    """
    from . import default_backend, get_backend

    spec = backend or default_backend()
    check_kinds(kinds)
    if out_path is not None:
        return _prelabel_sharded(Path(input_path), out_path, spec=spec, model=model, batch_size=batch_size,
                                 kinds=kinds, progress=progress, validate=validate_output, jobs=jobs,
                                 engine=engine, shard_size=shard_size, on_error=on_error, gpus=gpus)
    runner = get_backend(spec, model=model)
    records, skipped = read_records(input_path, kinds=kinds)
    validate = task_validator() if validate_output else None
    tasks: list[dict[str, Any]] = []
    per_label: Counter[str] = Counter()
    bar = progress(total=sum(len(r["text"]) for r in records), desc="prelabel", unit="char") if progress else None
    for i in range(0, len(records), batch_size):
        batch = records[i:i + batch_size]
        predicted = runner.predict([r["text"] for r in batch])
        for record, spans in zip(batch, predicted, strict=True):
            task = make_task(record, spans, runner.model_version)
            if validate is not None:
                validate(task, path=str(input_path), record=record["id"])
            per_label.update(r["value"]["labels"][0] for r in task["predictions"][0]["result"])
            tasks.append(task)
        if bar is not None:
            bar.update(sum(len(r["text"]) for r in batch))
    if bar is not None:
        bar.close()
    return PrelabelResult(tasks, spec, runner.model_version, dict(sorted(per_label.items())), dict(skipped),
                          sum(len(r["text"]) for r in records), n_tasks=len(tasks))


def _prelabel_sharded(source: Path, out_path: str | Path, *, spec: str, model: str | None, batch_size: int,
                      kinds: Iterable[str] | None, progress: Callable[..., Any] | None, validate: bool, jobs: int,
                      engine: str, shard_size: int, on_error: str, gpus: float) -> PrelabelResult:
    import shutil

    from . import parse_spec, shards

    kind = output_kind(out_path)
    out = Path(out_path)
    if not source.exists():
        raise InputError("file not found", path=str(source), hint="check the path")
    if out.resolve() == source.resolve():
        raise UsageError(f"the output {out} is the input; it would be overwritten", hint="write the tasks elsewhere")
    parse_spec(spec)
    shard_dir = out if kind == "dir" else out.parent / f".{out.name}.shards"
    created = not shard_dir.exists()
    shards.claim_dir(shard_dir, inputs=[source])
    options = shards.ShardOptions(backend=spec, model=model, kinds=tuple(kinds) if kinds is not None else None,
                                  batch_size=batch_size, on_error=on_error, validate=validate)
    try:
        totals, n_shards = _run_shards(source, shard_dir, options, progress=progress, jobs=jobs, engine=engine,
                                       shard_size=shard_size, gpus=gpus)
        if kind != "dir":
            shards.assemble(shard_dir, n_shards, out, kind)
            shutil.rmtree(shard_dir)
    except BaseException:
        if created and not any(shard_dir.glob("*.meta.json")):  # nothing worth resuming: leave nothing behind
            shutil.rmtree(shard_dir, ignore_errors=True)
        raise
    return PrelabelResult([], spec, totals.model_version or "", dict(sorted(totals.per_label.items())),
                          dict(totals.skipped), totals.chars, n_tasks=totals.tasks,
                          shards=dict(totals.status), bad_lines=totals.bad_lines)


def _run_shards(source: Path, shard_dir: Path, options: Any, *, progress: Callable[..., Any] | None, jobs: int,
                engine: str, shard_size: int, gpus: float) -> tuple[Any, int]:
    """Plan, run (or reuse) and check every shard; writes the manifest. Returns the totals and shard count."""
    from . import engines, shards

    totals = shards.Totals()
    planned: list[shards.ShardSpec] = []

    def specs():
        for item in shards.plan(source, shard_size):
            planned.append(item)
            yield item

    size = source.stat().st_size if source.is_file() else None
    bar = progress(total=size, desc="prelabel", unit="B") if progress else None
    jobs = engines.cpu_count() if jobs == 0 else jobs
    try:
        for meta in engines.run(specs(), options, shard_dir, jobs=jobs, engine=engine, gpus=gpus):
            totals.add(meta)
            if bar is not None and size:
                bar.update(meta["input_range"][1] - meta["input_range"][0])
    except BaseException:
        shards.write_manifest(shard_dir, options, totals, planned[:totals.shards], complete=False, source=source)
        raise
    finally:
        if bar is not None:
            bar.close()
    shards.check_unique_ids(shard_dir, len(planned), source)
    if totals.tasks == 0 and not totals.skipped:
        raise InputError("no records in the file", path=str(source), hint="give a JSONL file of {id, text} records")
    stale = shards.prune(shard_dir, len(planned))
    if stale:
        totals.status["stale, removed"] += stale
    shards.write_manifest(shard_dir, options, totals, planned, complete=True, source=source)
    return totals, len(planned)
