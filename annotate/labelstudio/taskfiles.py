"""Reading tasks as a stream, whatever `prelabel` wrote: a JSON array, JSONL, or a shard folder.

:func:`read_tasks` yields ``(file, line, index, task)`` one task at a time, so ``ls push`` holds one batch
in memory, not the corpus. A JSON array is read element by element (a file that is not a well-formed array
is read whole, so its error is the one :func:`annotate.io.read_json` gives); JSONL is read line
by line; a shard folder (``prelabel --out DIR/``) is read through its ``manifest.json``, shard by shard, in
order, and only when the manifest says the run is complete.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from annotate.errors import InputError
from annotate.io import read_json

__all__ = ["read_tasks", "task_files"]

MANIFEST = "manifest.json"


def task_files(path: str | os.PathLike[str]) -> list[tuple[Path, str]]:
    """The files to read, each with its format (``json`` or ``jsonl``)."""
    path = Path(path)
    if path.is_dir():
        manifest_path = path / MANIFEST
        if not manifest_path.is_file():
            raise InputError("a folder of tasks needs the manifest.json that `prelabel --out DIR/` writes",
                             path=str(path), hint="give a tasks .json/.jsonl file or a prelabel shard folder")
        manifest = read_json(manifest_path)
        if not isinstance(manifest, dict) or not isinstance(manifest.get("shards"), list):
            raise InputError("not a prelabel manifest (no 'shards' list)", path=str(manifest_path))
        if not manifest.get("complete"):
            raise InputError("the shard folder is incomplete (its prelabel run stopped early)", path=str(path),
                             hint="re-run the same prelabel command: it finishes the missing shards only")
        return [(path / shard["file"], "jsonl") for shard in manifest["shards"]]
    if not path.is_file():
        raise InputError("file not found", path=str(path), hint="check the path")
    return [(path, "jsonl" if path.suffix == ".jsonl" else "json")]


def read_tasks(path: str | os.PathLike[str]) -> Iterator[tuple[str, int | None, int, Any]]:
    """``(file, line or None, index over the whole input, task)`` for every task, in order."""
    index = 0
    for file, fmt in task_files(path):
        rows = _json_rows(file) if fmt == "json" else _jsonl_rows(file)
        for line, task in rows:
            yield str(file), line, index, task
            index += 1


_CHUNK = 1 << 16  # characters read at a time from a JSON array (more while one element is longer)
_SPACE = " \t\n\r"
_NUMBER = "0123456789+-.eE"


class _NotAStream(Exception):
    """The file is not a well-formed JSON array: read it whole for the exact error."""


def _array_items(file: Path) -> Iterator[Any]:
    """The elements of a JSON array file, one at a time, holding one chunk of the file and one element."""
    decoder = json.JSONDecoder()
    with open(file, encoding="utf-8-sig") as handle:
        buf, pos, eof = "", 0, False

        def more() -> None:
            nonlocal buf, pos, eof
            chunk = handle.read(max(_CHUNK, len(buf) - pos))  # doubles what is held while an element is unfinished
            eof = not chunk
            buf, pos = buf[pos:] + chunk, 0

        def skip() -> str:  # the next non-blank character ("" at the end of the file)
            nonlocal pos
            while True:
                while pos < len(buf) and buf[pos] in _SPACE:
                    pos += 1
                if pos < len(buf) or eof:
                    return buf[pos:pos + 1]
                more()

        try:
            if skip() != "[":
                raise _NotAStream
            pos += 1
            if skip() == "]":
                pos += 1
            else:
                while True:
                    skip()
                    while True:
                        try:
                            item, end = decoder.raw_decode(buf, pos)
                        except json.JSONDecodeError:
                            if eof:
                                raise _NotAStream from None
                            more()
                            continue
                        if eof or end < len(buf) and not (type(item) in (int, float) and buf[end] in _NUMBER):
                            break
                        more()  # a number or literal that ends the buffer may go on in the next chunk
                    pos = end
                    yield item
                    sep = skip()
                    pos += 1
                    if sep == "]":
                        break
                    if sep != ",":
                        raise _NotAStream
            if skip() != "":
                raise _NotAStream
        except UnicodeDecodeError:
            raise _NotAStream from None


def _json_rows(file: Path) -> Iterator[tuple[int | None, Any]]:
    done = 0
    try:
        for task in _array_items(file):
            yield None, task
            done += 1
        return
    except _NotAStream:
        pass
    except OSError:  # unreadable: read_json says why
        pass
    tasks = read_json(file)
    if isinstance(tasks, dict) and "data" in tasks:
        tasks = [tasks]
    if not isinstance(tasks, list):
        raise InputError("a tasks file must hold a JSON list of tasks", path=str(file),
                         hint="write it with `python -m annotate prelabel`")
    for task in tasks[done:]:  # only reached for a file the stream refused but that parses (not expected)
        yield None, task


def _jsonl_rows(file: Path) -> Iterator[tuple[int | None, Any]]:
    try:
        handle = open(file, "rb")
    except FileNotFoundError:
        raise InputError("file not found (a shard listed in manifest.json is missing)", path=str(file),
                         hint="re-run the prelabel command that wrote it") from None
    with handle:
        for lineno, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                task = json.loads(line)
            except (json.JSONDecodeError, UnicodeDecodeError) as err:
                raise InputError(f"malformed JSON ({getattr(err, 'msg', err)})", path=str(file), line=lineno,
                                 hint="each line must be one task object") from None
            yield lineno, task
