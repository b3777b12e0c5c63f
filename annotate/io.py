"""Small I/O helpers shared by every command: atomic writes and line-numbered JSONL reading."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from .errors import InputError

__all__ = ["atomic_write", "write_json", "write_jsonl", "read_jsonl", "read_json"]


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike[str], mode: str = "w", encoding: str | None = "utf-8") -> Iterator[IO[Any]]:
    """Write to a temporary file beside ``path`` and rename it into place only on success.

    If the block raises, the temporary file is removed and ``path`` is left untouched, so a
    failed command never leaves a half-written output. A target that exists but is not a regular
    file (``/dev/stdout``, a FIFO) is written directly: renaming over it would replace the device.
    """
    path = Path(path)
    kwargs: dict[str, Any] = {} if "b" in mode else {"encoding": encoding, "newline": "\n"}
    if path.exists() and not path.is_file():
        with open(path, mode, **kwargs) as handle:
            yield handle
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, 0o666 & ~_umask())
        with os.fdopen(fd, mode, **kwargs) as handle:
            yield handle
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def write_json(path: str | os.PathLike[str], obj: Any, *, indent: int | None = 2) -> None:
    with atomic_write(path) as handle:
        json.dump(obj, handle, ensure_ascii=False, indent=indent)
        handle.write("\n")


def write_jsonl(path: str | os.PathLike[str], records: Iterable[Any]) -> int:
    """Stream ``records`` to ``path`` atomically; returns how many were written."""
    n = 0
    with atomic_write(path) as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False))
            handle.write("\n")
            n += 1
    return n


def read_json(path: str | os.PathLike[str]) -> Any:
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except FileNotFoundError:
        raise InputError("file not found", path=str(path), hint="check the path") from None
    except UnicodeDecodeError:
        raise InputError("not UTF-8 text", path=str(path), hint="re-save the file as UTF-8") from None
    except json.JSONDecodeError as err:
        raise InputError(
            f"malformed JSON ({err.msg}, column {err.colno})", path=str(path), line=err.lineno,
            hint="fix the JSON syntax at that position",
        ) from None


def read_jsonl(path: str | os.PathLike[str]) -> Iterator[tuple[int, Any]]:
    """Yield ``(line_number, record)`` for each non-blank line; errors name the file and line."""
    try:
        handle = open(path, encoding="utf-8")
    except FileNotFoundError:
        raise InputError("file not found", path=str(path), hint="check the path") from None
    with handle:
        lineno = 0
        try:
            for lineno, line in enumerate(handle, 1):  # noqa: B007
                if not line.strip():
                    continue
                try:
                    yield lineno, json.loads(line)
                except json.JSONDecodeError as err:
                    raise InputError(
                        f"malformed JSON ({err.msg})", path=str(path), line=lineno,
                        hint="each line must be one JSON object",
                    ) from None
        except UnicodeDecodeError:
            raise InputError("not UTF-8 text", path=str(path), line=lineno + 1,
                             hint="re-save the file as UTF-8") from None
