"""The toolkit's I/O promises, kept in one place (see docs/reliability.md).

- :func:`atomic_write` / :func:`atomic_dir`: an output appears whole or not at all; an earlier one
  survives a failed run; every OS error (disk full, a folder in the way, no permission) becomes one
  :class:`OutputError` line.
- :func:`atomic_dir` replaces only a folder this toolkit wrote (its marker file, :data:`MARKER`), an
  empty one, or none, and never the current folder, one above it, or one holding an input.
- :func:`check_outputs`: no output is an input or holds one (the CLI kit calls it for every command).
- :func:`handle_signals`: SIGTERM and SIGHUP unwind like Ctrl-C, so temporary files are removed;
  :func:`worker_signals` makes worker processes leave that to their parent, silently.
- :func:`read_json` / :func:`read_jsonl`: line-numbered reading with errors that say what the file is.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import signal
import stat
import tempfile
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from .errors import InputError, OutputError, UsageError

__all__ = [
    "atomic_write", "atomic_dir", "check_output_dir", "check_outputs", "MARKER", "write_json", "write_jsonl", "read_jsonl",
    "read_json", "read_text", "check_readable", "Terminated", "handle_signals", "worker_signals", "pool_imap",
]

MARKER = ".zh-annotate-output"  # in every folder the toolkit writes whole (schemas/output_marker.schema.json)

_HINTS = {
    errno.ENOSPC: "free some disk space and run it again (the earlier output, if any, is untouched)",
    errno.EDQUOT: "free some disk space and run it again (the earlier output, if any, is untouched)",
    errno.EACCES: "check the folder's permissions or choose another output",
    errno.EPERM: "check the folder's permissions or choose another output",
    errno.EROFS: "the file system is read-only: choose another output",
    errno.EISDIR: "the output is a folder: give a file name",
    errno.ENOTDIR: "a parent of the output is a file, not a folder: choose another output",
    errno.EEXIST: "a parent of the output is a file, not a folder: choose another output",
    errno.ENAMETOOLONG: "choose a shorter output name",
}


def _output_error(err: OSError, path: Path) -> OutputError:
    reason = err.strerror or type(err).__name__
    return OutputError(f"cannot write the output ({reason})", path=str(path), hint=_HINTS.get(err.errno or 0))


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike[str], mode: str = "w", encoding: str | None = "utf-8") -> Iterator[IO[Any]]:
    """Write to a temporary file beside ``path`` and rename it into place only on success.

    If the block raises (or a signal arrives, see :func:`handle_signals`), the temporary file is
    removed and ``path`` is left untouched, so a failed command never leaves a half-written output.
    A target that exists but is not a regular file (``/dev/stdout``, a FIFO) is written directly:
    renaming over it would replace the device. An OS error while creating, writing or renaming the
    output (not one raised by the block about some other file) becomes :class:`OutputError`.
    """
    path = Path(path)
    kwargs: dict[str, Any] = {} if "b" in mode else {"encoding": encoding, "newline": "\n"}
    if path.exists() and not path.is_file() and not path.is_dir():
        try:
            with open(path, mode, **kwargs) as handle:
                yield handle
        except OSError as err:
            if err.filename not in (None, str(path)):
                raise
            raise _output_error(err, path) from None
        return
    tmp: str | None = None
    try:  # making the temporary file: any OS error here is about the output (the name mkstemp tried
        # is its own, so it is not matched by name as the errors below are)
        if path.is_dir():
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.chmod(tmp, 0o666 & ~_umask())
    except OSError as err:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        raise _output_error(err, path) from None
    try:
        with os.fdopen(fd, mode, **kwargs) as handle:
            yield handle
        os.replace(tmp, path)
        tmp = None
    except OSError as err:
        if err.filename not in (None, tmp, str(path), str(path.parent)) and not _is_parent(err.filename, path):
            raise  # about another file the block read: not ours to describe
        raise _output_error(err, path) from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _is_parent(name: Any, path: Path) -> bool:
    try:
        return Path(os.fsdecode(name)) in path.parents
    except TypeError:
        return False


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


# -- folders the toolkit writes whole (train --out, qa build --out) ------------------------------------

def _inside(child: Path, parent: Path) -> bool:
    return child == parent or parent in child.parents


def _resolved(path: str | os.PathLike[str]) -> Path:
    return Path(os.path.abspath(os.path.expanduser(os.fspath(path)))).resolve()


def check_output_dir(out: str | os.PathLike[str], inputs: Iterable[str | os.PathLike[str]] = (),
                     legacy: Iterable[str] = ()) -> None:
    """Raise :class:`OutputError` unless :func:`atomic_dir` may replace ``out`` (call it before long work)."""
    out = Path(out)
    where = _resolved(out)
    if _inside(Path.cwd().resolve(), where):
        raise OutputError("the output folder is the current folder or holds it; it would be replaced",
                          path=str(out), hint="give a new folder, e.g. --out build/model")
    for given in inputs:
        if _inside(_resolved(given), where):
            raise OutputError(f"the output folder holds the input {given}; it would be replaced", path=str(out),
                              hint="write the output to another folder")
    if not out.exists() and not out.is_symlink():
        return
    if out.is_symlink() or not out.is_dir():
        raise OutputError("the output exists and is not a folder", path=str(out), hint="choose a new folder name")
    names = {p.name for p in out.iterdir()}
    if names and not ({MARKER, *legacy} & names):
        raise OutputError("the output folder exists and was not written by this toolkit (it has no "
                          f"{MARKER} marker), so it is left alone", path=str(out),
                          hint="choose a new folder, or empty it yourself")


@contextlib.contextmanager
def atomic_dir(out: str | os.PathLike[str], *, command: str, inputs: Iterable[str | os.PathLike[str]] = (),
               legacy_markers: Iterable[str] = ()) -> Iterator[Path]:
    """A temporary sibling of ``out`` to fill; renamed into place with :data:`MARKER` only on success.

    ``out`` may be missing, empty, or a folder this toolkit wrote (its marker, or one of
    ``legacy_markers`` for folders written before the marker existed); anything else is refused
    before any work starts, as are the current folder, a folder above it and a folder holding
    one of ``inputs``. The old folder is moved aside, the new one moved in, then the old one deleted,
    so a crash leaves one of the two complete.
    """
    out = Path(out)
    legacy = tuple(legacy_markers)
    inputs = tuple(inputs)
    check_output_dir(out, inputs, legacy)
    tmp: Path | None = None
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent))
        tmp.chmod(0o777 & ~_umask())  # mkdtemp makes it private; an output folder is meant to be shared
        yield tmp
        marker = {"schema_version": 1, "written_by": "zh-annotate", "command": command}
        (tmp / MARKER).write_text(json.dumps(marker) + "\n", encoding="utf-8")
        check_output_dir(out, inputs, legacy)  # nothing new appeared there while we worked
        old = None
        if out.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".old", dir=out.parent))
            os.replace(out, old / "x")
        os.replace(tmp, out)
        tmp = None
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except OSError as err:
        raise _output_error(err, out) from None
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)


# -- inputs are never outputs ---------------------------------------------------------------------------

def check_outputs(outputs: Iterable[tuple[str | os.PathLike[str], str]],
                  inputs: Iterable[str | os.PathLike[str]]) -> None:
    """Refuse (:class:`UsageError`) any output that is one of ``inputs`` or, for a folder replaced
    whole (kind ``"dir"``), holds one. Kinds: ``"file"`` (replaced), ``"dir"`` (replaced whole),
    ``"into"`` (a folder files are written into: only equality with an input is refused)."""
    given = [(str(p), _resolved(p)) for p in inputs if str(p) not in ("", "-")]
    for out, kind in outputs:
        if str(out) in ("", "-"):
            continue
        where = _resolved(out)
        with contextlib.suppress(OSError):
            mode = os.stat(where).st_mode
            if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
                continue  # /dev/stdout, a FIFO: written through, never replaced
            if kind == "file" and stat.S_ISDIR(mode):
                raise UsageError(f"the output {out} is a folder", hint="give a file name inside it")
        for name, path in given:
            same = where == path or (kind == "dir" and _inside(path, where))
            if same:
                what = "is" if where == path else "holds"
                raise UsageError(f"the output {out} {what} the input {name}; it would be overwritten",
                                 hint="write the output to another path")


# -- signals ------------------------------------------------------------------------------------------

class Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP, raised where the program is, so every ``finally`` and cleanup runs."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum
        self.name = signal.Signals(signum).name


_CAUGHT = ("SIGTERM", "SIGHUP")


def _raise(signum: int, _frame: Any) -> None:
    for name in _CAUGHT:  # a second signal during cleanup must not interrupt the cleanup
        signal.signal(getattr(signal, name), signal.SIG_IGN)
    raise Terminated(signum)


@contextlib.contextmanager
def handle_signals() -> Iterator[None]:
    """Turn SIGTERM and SIGHUP into :class:`Terminated` for the duration (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {}
    for name in _CAUGHT:
        if hasattr(signal, name):
            sig = getattr(signal, name)
            previous[sig] = signal.signal(sig, _raise)
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def worker_signals() -> None:
    """Pool initializer: a worker dies quietly on SIGTERM/SIGHUP and ignores Ctrl-C; its parent
    cleans up and reports once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in _CAUGHT:
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _run_chunk(task: tuple[Any, list[Any]]) -> list[Any]:
    fn, chunk = task
    return [fn(item) for item in chunk]


def pool_imap(ctx: Any, jobs: int, fn: Any, items: Iterable[Any], *, initializer: Any = worker_signals,
              initargs: tuple[Any, ...] = (), chunksize: int = 1) -> Iterator[Any]:
    """``Pool.imap`` over ``items`` in ``jobs`` processes of ``ctx``, in order, safe to interrupt.

    On any interruption (a signal, an error, the consumer stopping) the workers are killed and the pool is
    *not* terminated the usual way: ``Pool.terminate`` takes the task queue's lock, which a worker killed
    while waiting for a task still holds, and then waits forever (seen as a hang after SIGTERM to the
    process group). Its threads are daemons and die with the process. (This reaches into ``Pool``'s
    private attributes, guarded: the public API has no way to stop it without that lock.)"""
    import multiprocessing

    pool = ctx.Pool(jobs, initializer=initializer, initargs=initargs)
    try:
        # chunks made here: only a chunk-size-1 imap gives an iterator with a timeout
        results = pool.imap(_run_chunk, ((fn, chunk) for chunk in _chunks(items, chunksize)))
        while True:
            try:
                # a bounded wait: a signal the OS hands to one of the pool's threads only runs its
                # handler when the main thread executes Python again, which a wait without timeout
                # never does once the workers are dead
                chunk_results = results.next(timeout=0.5)
            except multiprocessing.TimeoutError:
                continue
            except StopIteration:
                break
            yield from chunk_results
    except BaseException:
        from multiprocessing.pool import TERMINATE

        with contextlib.suppress(Exception):
            # first stop the thread that replaces dead workers (a replacement forked after a group
            # signal would run on and print a traceback into a closed pipe), then kill every worker
            pool._worker_handler._state = TERMINATE  # type: ignore[attr-defined]
            pool._worker_handler.join(1.0)  # type: ignore[attr-defined]
        for proc in list(getattr(pool, "_pool", ())):
            with contextlib.suppress(Exception):
                proc.kill()
        with contextlib.suppress(Exception):
            pool._terminate.cancel()  # type: ignore[attr-defined]  # the lock dance above
            pool._state = TERMINATE  # type: ignore[attr-defined]  # nothing left for Pool.__del__ to do
        raise
    pool.close()
    pool.join()


# -- writing and reading JSON ---------------------------------------------------------------------------

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


def check_readable(path: str | os.PathLike[str]) -> None:
    """Raise :class:`InputError` unless ``path`` is a regular file (a folder or a FIFO is named as such)."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise InputError("file not found", path=str(path), hint="check the path") from None
    except OSError as err:
        raise InputError(f"cannot read the file ({err.strerror})", path=str(path)) from None
    if stat.S_ISDIR(mode):
        raise InputError("is a folder, not a file", path=str(path), hint="give the file inside it")
    if not stat.S_ISREG(mode):
        raise InputError("is not a regular file (a FIFO or device)", path=str(path),
                         hint="save the data to a file and give that")


def _encoding_hint(data: bytes) -> str:
    """What a file that is not UTF-8 probably is, as a hint."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "it is UTF-16 (with a byte-order mark): re-save it as UTF-8"
    sample = data[:4000]
    if sample and sample.count(0) * 4 >= len(sample):
        return "it looks like UTF-16 without a byte-order mark: re-save it as UTF-8"
    for codec, name in (("gb18030", "GB18030/GBK"), ("big5", "Big5")):
        try:
            sample.decode(codec)
        except UnicodeDecodeError:
            continue
        return f"it may be {name}: re-save it as UTF-8 (e.g. iconv -f {codec.upper()} -t UTF-8)"
    return "re-save the file as UTF-8"


def read_text(path: str | os.PathLike[str]) -> str:
    """A UTF-8 text file (a UTF-8 byte-order mark is dropped); errors say what the file is."""
    check_readable(path)
    try:
        data = Path(path).read_bytes()
    except OSError as err:
        raise InputError(f"cannot read the file ({err.strerror})", path=str(path)) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[:err.start].count(b"\n") + 1
        raise InputError("not UTF-8 text", path=str(path), line=line, hint=_encoding_hint(data)) from None


def read_json(path: str | os.PathLike[str]) -> Any:
    text = read_text(path)
    if not text.strip():
        raise InputError("the file is empty", path=str(path), hint="give a JSON file with content")
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        first = text.lstrip()[:1]
        if err.msg == "Extra data" and first == "{" and err.lineno > 1:
            raise InputError("this is JSON Lines (one object per line), not one JSON document", path=str(path),
                             line=err.lineno, hint="give a .json file, or name it .jsonl where JSON Lines is read") from None
        if first and first not in "[{\"0123456789-tfn":
            raise InputError("not JSON (it does not start with [ or {)", path=str(path),
                             hint="give a JSON file (a Label Studio export: Export → JSON, not CSV or TSV)") from None
        raise InputError(
            f"malformed JSON ({err.msg}, column {err.colno})", path=str(path), line=err.lineno,
            hint="fix the JSON syntax at that position",
        ) from None


def read_jsonl(path: str | os.PathLike[str]) -> Iterator[tuple[int, Any]]:
    """Yield ``(line_number, record)`` for each non-blank line; errors name the file and line.
    A UTF-8 byte-order mark at the start is dropped."""
    check_readable(path)
    with open(path, encoding="utf-8-sig") as handle:
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
            with open(path, "rb") as raw:
                hint = _encoding_hint(raw.read(8000))
            raise InputError("not UTF-8 text", path=str(path), line=lineno + 1, hint=hint) from None
