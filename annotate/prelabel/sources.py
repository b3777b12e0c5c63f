"""Where shards come from: one streaming pass over the input plans them, and each reads only its own slice.

Inputs are a JSONL file (shards are byte ranges; line numbers are the file's) or a ``datasets`` table: a
Parquet or Arrow file, or a folder of them (``Dataset.to_parquet``, ``Dataset.save_to_disk``; shards are row
ranges, rows numbered from 1 in messages).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError

__all__ = ["ShardSpec", "plan", "read_shard", "PARQUET_SUFFIXES"]

PARQUET_SUFFIXES = (".parquet", ".arrow")


@dataclass(frozen=True)
class ShardSpec:
    """Where one shard's input lies: byte range (JSONL) or row range (Parquet/Arrow)."""

    index: int
    source: str
    fmt: str            # "jsonl" or "table"
    start: int          # byte offset / first row
    stop: int           # byte offset / row after the last
    first_line: int     # line number (JSONL) or row number of the first record
    records: int        # non-blank lines / rows
    input_sha256: str


def _is_table(path: Path) -> bool:
    return path.is_dir() or path.suffix in PARQUET_SUFFIXES


def _table_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    if (path / "dataset_dict.json").exists():
        raise InputError("this is a DatasetDict folder: give one split", path=str(path),
                         hint=f"e.g. {path / 'train'}")
    files = sorted(p for p in path.rglob("*") if p.suffix in PARQUET_SUFFIXES)
    if not files:
        raise InputError("no .parquet or .arrow files in the directory", path=str(path),
                         hint="give a paragraphs JSONL file or a `datasets` Parquet/Arrow directory")
    return files


def _table_batches(source: Path) -> Iterator[Any]:
    """Record batches of every file, in order: Parquet, Arrow IPC files, and the Arrow *streams* that
    ``Dataset.save_to_disk`` writes (memory-mapped: skipping a batch reads nothing)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    for path in _table_files(source):
        try:
            if path.suffix == ".parquet":
                yield from pq.ParquetFile(path).iter_batches(batch_size=4096)
                continue
            with pa.memory_map(str(path)) as mapped:
                try:
                    reader = pa.ipc.open_file(mapped)
                    batches: Iterable[Any] = (reader.get_batch(i) for i in range(reader.num_record_batches))
                except pa.ArrowInvalid:
                    mapped.seek(0)
                    batches = pa.ipc.open_stream(mapped)
                yield from batches
        except (pa.ArrowInvalid, OSError) as err:
            raise InputError(f"cannot read this table ({err})", path=str(path),
                             hint="give Parquet or Arrow files (`Dataset.to_parquet` / `save_to_disk`)") from None


def plan(path: str | os.PathLike[str], shard_size: int) -> Iterator[ShardSpec]:
    """Stream through the input once, yielding each shard as soon as it is complete."""
    source = Path(path)
    if not source.exists():
        raise InputError("file not found", path=str(source), hint="check the path")
    if _is_table(source):
        yield from _plan_table(source, shard_size)
        return
    index, start, first, count, digest = 0, 0, 1, 0, hashlib.sha256()
    offset, lineno = 0, 0
    with open(source, "rb") as handle:
        for lineno, line in enumerate(handle, 1):  # noqa: B007
            if count == 0:
                start, first = offset, lineno
            offset += len(line)
            if not line.strip():
                continue
            digest.update(line)
            count += 1
            if count == shard_size:
                yield ShardSpec(index, str(source), "jsonl", start, offset, first, count, digest.hexdigest())
                index, count, digest = index + 1, 0, hashlib.sha256()
    if count:
        yield ShardSpec(index, str(source), "jsonl", start, offset, first, count, digest.hexdigest())


def _plan_table(source: Path, shard_size: int) -> Iterator[ShardSpec]:
    index, row, count, first, digest = 0, 0, 0, 0, hashlib.sha256()
    for batch in _table_batches(source):
        for rec in batch.to_pylist():
            if count == 0:
                first = row
            digest.update(json.dumps(rec, ensure_ascii=False, sort_keys=True, default=str).encode("utf-8"))
            row += 1
            count += 1
            if count == shard_size:
                yield ShardSpec(index, str(source), "table", first, row, first + 1, count, digest.hexdigest())
                index, count, digest = index + 1, 0, hashlib.sha256()
    if count:
        yield ShardSpec(index, str(source), "table", first, row, first + 1, count, digest.hexdigest())


def read_shard(spec: ShardSpec) -> Iterator[tuple[int, bytes | dict[str, Any]]]:
    """``(line or row number, raw line or row)`` for the shard's records only."""
    if spec.fmt == "jsonl":
        with open(spec.source, "rb") as handle:
            handle.seek(spec.start)
            lineno = spec.first_line
            remaining = spec.stop - spec.start
            while remaining > 0:
                line = handle.readline()
                if not line:
                    break
                remaining -= len(line)
                if line.strip():
                    yield lineno, line
                lineno += 1
        return
    row = 0  # rows are numbered from 1 in messages, like lines
    for batch in _table_batches(Path(spec.source)):
        if row + batch.num_rows <= spec.start:
            row += batch.num_rows
            continue
        skip = max(0, spec.start - row)
        for offset, rec in enumerate(batch.slice(skip, spec.stop - row - skip).to_pylist()):
            yield row + skip + offset + 1, rec
        row += batch.num_rows
        if row >= spec.stop:
            return
