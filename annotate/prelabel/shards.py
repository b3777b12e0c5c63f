"""Streaming, sharded, resumable pre-labelling: the one per-shard function every engine runs.

The input (paragraphs JSONL, or a ``datasets`` Parquet/Arrow directory) is cut into shards of
``shard_size`` records by a single streaming pass (:func:`plan`) that records where each shard starts
and a sha256 of its input. :func:`run_shard` pre-labels one shard: it reads only its own slice, writes
``shard-NNNNN.jsonl`` (one task per line) atomically, then ``shard-NNNNN.meta.json`` (input range, record
count, model version, options, sha256 of input and output). A shard whose meta matches the planned input,
the options and the model version, and whose output still has the recorded checksum, is *reused*; any
other is recomputed, and the reason is counted (``input changed``, ``model changed`` …). Memory is one
shard at a time per worker, whatever the corpus size.

Engines (``--jobs 1``: in process; ``--jobs N``: a process pool; ``--engine ray``: Ray Data actors) only
decide where :func:`run_shard` runs; they produce byte-identical shards. :func:`assemble` then streams the
shards, in order, into the requested output: a directory (the shards + ``manifest.json``), one JSONL file,
or one JSON array (byte-identical to what ``json.dump(tasks, indent=2)`` writes).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import DuplicateIdError, InputError
from ..io import atomic_write
from .sources import ShardSpec, plan, read_shard

__all__ = ["ShardSpec", "ShardOptions", "Totals", "plan", "run_shard", "assemble", "write_manifest", "claim_dir",
           "check_unique_ids", "prune", "Worker", "shard_name", "MANIFEST", "MARKER", "SCHEMA_VERSION"]

SCHEMA_VERSION = 1
MANIFEST = "manifest.json"
#: a folder holding this file was written by the toolkit (the same marker as other folders it writes)
MARKER = ".zh-annotate-output"
_SHARD_FILE = re.compile(r"shard-(\d{5,})\.(jsonl|meta\.json|ids)$")


@dataclass(frozen=True)
class ShardOptions:
    """Everything besides the input that decides a shard's bytes."""

    backend: str
    model: str | None = None
    kinds: tuple[str, ...] | None = None
    batch_size: int = 64
    on_error: str = "fail"      # or "skip"
    validate: bool = True

    def key(self) -> dict[str, Any]:
        kinds = None if self.kinds is None else sorted(self.kinds)  # an order of --kinds changes nothing
        return {"backend": self.backend, "model": self.model, "kinds": kinds}


def shard_name(index: int) -> str:
    return f"shard-{index:05d}"


def _records(spec: ShardSpec, options: ShardOptions, skipped: Counter[str], bad_lines: list[dict[str, Any]],
             seen: dict[Any, int]) -> Iterator[tuple[int, dict[str, Any]]]:
    """Parsed, checked records of one shard (the rules of :func:`annotate.prelabel.tasks.read_records`)."""
    from .tasks import check_record

    keep = set(options.kinds) if options.kinds else None
    stem = Path(spec.source).stem
    for lineno, raw in read_shard(spec):
        try:
            if isinstance(raw, bytes):
                try:
                    record = json.loads(raw)
                except (json.JSONDecodeError, UnicodeDecodeError) as err:
                    raise InputError(f"malformed JSON ({getattr(err, 'msg', err)})", path=spec.source, line=lineno,
                                     hint="each line must be one JSON object; --on-error skip leaves it out") from None
            else:
                record = raw
            record, reason = check_record(record, lineno, stem, seen, keep, path=spec.source)
        except InputError as err:
            if options.on_error != "skip" or isinstance(err, DuplicateIdError):
                raise
            bad_lines.append({"line": lineno, "error": err.message})
            skipped["bad line"] += 1
            continue
        if reason:
            skipped[reason] += 1
            continue
        yield lineno, record


class Worker:
    """Loads the backend once (per process or Ray actor) and pre-labels shards into ``out_dir``."""

    def __init__(self, options: ShardOptions, out_dir: str | os.PathLike[str]) -> None:
        self.options = options
        self.out_dir = Path(out_dir)
        self._runner: Any = None

    @property
    def runner(self) -> Any:
        if self._runner is None:
            from . import get_backend

            self._runner = get_backend(self.options.backend, model=self.options.model)
        return self._runner

    def __call__(self, spec: ShardSpec) -> dict[str, Any]:
        return run_shard(spec, self.options, self.out_dir, runner=self.runner)


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _reusable(spec: ShardSpec, options: ShardOptions, out_dir: Path, model_version: str) -> tuple[dict | None, str]:
    meta_path = out_dir / f"{shard_name(spec.index)}.meta.json"
    data_path = out_dir / f"{shard_name(spec.index)}.jsonl"
    if not meta_path.exists():
        return None, "new"
    try:
        meta = json.loads(meta_path.read_text("utf-8"))
    except (OSError, ValueError):
        return None, "meta unreadable"
    if meta.get("input_sha256") != spec.input_sha256 or meta.get("first_line") != spec.first_line:
        return None, "input changed"
    if meta.get("model_version") != model_version:
        return None, "model changed"
    if meta.get("options") != options.key():
        return None, "options changed"
    if meta.get("bad_lines") and options.on_error != "skip":
        return None, "bad lines"  # skipped by an earlier --on-error skip: recomputed, so this run fails on them
    if not (out_dir / f"{shard_name(spec.index)}.ids").exists():
        return None, "output damaged"
    if not data_path.exists() or _sha256_file(data_path) != meta.get("output_sha256"):
        return None, "output damaged"
    return meta, "reused"


def run_shard(spec: ShardSpec, options: ShardOptions, out_dir: str | os.PathLike[str], *,
              runner: Any = None) -> dict[str, Any]:
    """Pre-label one shard into ``out_dir`` (atomically) unless a valid copy is there; returns its meta."""
    from . import get_backend
    from .tasks import make_task, task_validator

    out_dir = Path(out_dir)
    runner = runner or get_backend(options.backend, model=options.model)
    version = runner.model_version
    meta, status = _reusable(spec, options, out_dir, version)
    if meta is not None:
        return {**meta, "status": "reused"}
    skipped: Counter[str] = Counter()
    bad_lines: list[dict[str, Any]] = []
    per_label: Counter[str] = Counter()
    validate = task_validator() if options.validate else None
    data_path = out_dir / f"{shard_name(spec.index)}.jsonl"
    seen: dict[Any, int] = {}
    tasks = chars = 0
    digest = hashlib.sha256()
    with atomic_write(data_path, "wb") as handle:
        batch: list[tuple[int, dict[str, Any]]] = []

        def flush() -> None:
            nonlocal tasks, chars
            predicted = runner.predict([r["text"] for _, r in batch])
            for (lineno, record), spans in zip(batch, predicted, strict=True):
                task = make_task(record, spans, version)
                if validate is not None:
                    validate(task, path=spec.source, line=lineno, record=record["id"])
                per_label.update(r["value"]["labels"][0] for r in task["predictions"][0]["result"])
                line = (json.dumps(task, ensure_ascii=False) + "\n").encode("utf-8")
                digest.update(line)
                handle.write(line)
                tasks += 1
                chars += len(record["text"])
            batch.clear()

        for item in _records(spec, options, skipped, bad_lines, seen):
            batch.append(item)
            if len(batch) >= options.batch_size:
                flush()
        if batch:
            flush()
    _write_ids(out_dir / f"{shard_name(spec.index)}.ids", seen)
    meta = {"schema_version": SCHEMA_VERSION, "shard": spec.index, "source": spec.source, "format": spec.fmt,
            "first_line": spec.first_line, "input_range": [spec.start, spec.stop], "input_records": spec.records,
            "input_sha256": spec.input_sha256, "tasks": tasks, "chars": chars, "per_label": dict(sorted(per_label.items())),
            "skipped": dict(sorted(skipped.items())), "bad_lines": bad_lines, "model_version": version,
            "options": options.key(), "output_sha256": digest.hexdigest()}
    with atomic_write(out_dir / f"{shard_name(spec.index)}.meta.json") as handle:
        json.dump(meta, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    return {**meta, "status": status}


@dataclass
class Totals:
    """What a sharded run did, summed over its shards."""

    shards: int = 0
    tasks: int = 0
    chars: int = 0
    per_label: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)
    bad_lines: list[dict[str, Any]] = field(default_factory=list)
    status: Counter[str] = field(default_factory=Counter)
    model_version: str | None = None

    def add(self, meta: dict[str, Any]) -> None:
        self.shards += 1
        self.tasks += meta["tasks"]
        self.chars += meta["chars"]
        self.per_label.update(meta["per_label"])
        self.skipped.update(meta["skipped"])
        self.bad_lines.extend(meta["bad_lines"])
        self.status[meta["status"]] += 1
        self.model_version = meta["model_version"]


def _json_array_item(task: dict[str, Any]) -> str:
    return "  " + json.dumps(task, ensure_ascii=False, indent=2).replace("\n", "\n  ")


def assemble(shard_dir: Path, n_shards: int, out: Path, fmt: str) -> None:
    """Stream the shards, in order, into ``out`` as JSONL or a JSON array (atomically)."""
    with atomic_write(out, "wb" if fmt == "jsonl" else "w") as handle:
        if fmt == "jsonl":
            for i in range(n_shards):
                with open(shard_dir / f"{shard_name(i)}.jsonl", "rb") as part:
                    for block in iter(lambda: part.read(1 << 20), b""):  # noqa: B023
                        handle.write(block)
            return
        first = True
        for i in range(n_shards):
            with open(shard_dir / f"{shard_name(i)}.jsonl", encoding="utf-8") as part:
                for line in part:
                    handle.write("[\n" if first else ",\n")
                    handle.write(_json_array_item(json.loads(line)))
                    first = False
        handle.write("[]\n" if first else "\n]\n")


def write_manifest(shard_dir: Path, options: ShardOptions, totals: Totals, specs: Iterable[ShardSpec],
                   complete: bool, *, source: Path) -> None:
    """``manifest.json`` (schemas/prelabel_manifest.schema.json): the shards in order and what they hold."""
    manifest = {"schema_version": SCHEMA_VERSION, "complete": complete, "source": str(source),
                "model_version": totals.model_version, "options": options.key(), "tasks": totals.tasks,
                "chars": totals.chars, "per_label": dict(sorted(totals.per_label.items())),
                "skipped": dict(sorted(totals.skipped.items())),
                "shards": [{"file": f"{shard_name(s.index)}.jsonl", "input_range": [s.start, s.stop],
                            "first_line": s.first_line, "input_records": s.records,
                            "input_sha256": s.input_sha256} for s in specs]}
    with atomic_write(shard_dir / MANIFEST) as handle:
        json.dump(manifest, handle, ensure_ascii=False, indent=1)
        handle.write("\n")


def claim_dir(path: Path, *, inputs: Iterable[Path]) -> None:
    """Use ``path`` for shards: new, empty, or one this toolkit wrote; never a folder holding an input.

    Shards are written one by one into the folder itself (that is what makes a run resumable), so it
    cannot be swapped in whole; instead nothing is written unless the folder is new, empty or marked."""
    where = path.resolve()
    for item in inputs:
        item = Path(item).resolve()
        if item == where or where in item.parents:
            raise InputError("the output folder holds the input; it would be written into", path=str(path),
                             hint="write the shards somewhere else")
    if where == Path.cwd().resolve() or where in Path.cwd().resolve().parents:
        raise InputError("the output folder is the current folder or holds it", path=str(path),
                         hint="give a new folder, e.g. --out build/tasks/")
    if path.exists() and not path.is_dir():
        raise InputError("exists and is not a folder", path=str(path), hint="give a new folder name for --out")
    if path.is_dir() and any(path.iterdir()) and not (path / MARKER).exists():
        raise InputError("this folder was not written by `prelabel` and is not empty", path=str(path),
                         hint="give a new or empty folder; the toolkit never writes into folders it did not make")
    path.mkdir(parents=True, exist_ok=True)
    if not (path / MARKER).exists():
        marker = {"schema_version": 1, "written_by": "zh-annotate", "command": "prelabel"}
        (path / MARKER).write_text(json.dumps(marker) + "\n", encoding="utf-8")


def prune(shard_dir: Path, n_shards: int) -> int:
    """Remove shard files numbered ``n_shards`` or above (left by an earlier, longer input) and the
    temporary files of a killed run; returns how many stale shards went."""
    gone = set()
    for item in shard_dir.iterdir():
        found = _SHARD_FILE.match(item.name)
        if found and int(found.group(1)) >= n_shards:
            item.unlink()
            gone.add(int(found.group(1)))
        elif item.name.startswith(".shard-") and item.name.endswith(".tmp"):
            item.unlink()
    return len(gone)


def _id_key(ident: Any) -> str:
    return hashlib.blake2b(json.dumps(ident, ensure_ascii=False).encode("utf-8"), digest_size=8).hexdigest()


def _write_ids(path: Path, seen: dict[Any, int]) -> None:
    """The shard's record ids, one JSON ``[hash, id, line]`` per line, sorted as text, so that equal ids
    sit side by side when :func:`check_unique_ids` merges the files (schemas/prelabel_shard_ids.schema.json)."""
    rows = sorted(json.dumps([_id_key(ident), ident, line], ensure_ascii=False) for ident, line in seen.items())
    with atomic_write(path) as handle:
        handle.writelines(row + "\n" for row in rows)


def check_unique_ids(shard_dir: Path, n_shards: int, source: Path) -> None:
    """An id used in two shards is an error, as within one: a k-way merge, memory O(shards)."""
    import heapq

    files = [open(shard_dir / f"{shard_name(i)}.ids", encoding="utf-8") for i in range(n_shards)]
    try:
        previous: list[Any] | None = None
        for row in heapq.merge(*files):
            current = json.loads(row)
            if previous is not None and previous[:2] == current[:2]:
                first, later = sorted((previous[2], current[2]))
                ident = current[1]
                raise DuplicateIdError(f"id {ident!r} already used on line {first}", path=str(source), line=later,
                                       record=ident, hint="task identity is the paragraph id: make ids unique")
            previous = current
    finally:
        for handle in files:
            handle.close()
