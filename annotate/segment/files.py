"""Files in, paragraphs.jsonl out: the I/O edge of segmentation.

:func:`segment_paths` finds the inputs, decodes and segments each file, and streams one record
per unit to an atomically written JSONL file, so memory stays flat however large the corpus is
and a failed run leaves no output behind.
"""

from __future__ import annotations

import collections
import functools
import hashlib
import itertools
import json
import operator
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotate.errors import InputError, UsageError
from annotate.io import atomic_write, pool_imap

from .core import SCHEMA_VERSION, Document, segment_text, to_record
from .decode import MIXED, decode_bytes, mojibake
from .ids import doc_id_for
from .readers import NATIVE_SUFFIXES, read_native

__all__ = ["SegmentReport", "find_inputs", "segment_file", "segment_paths", "record_lines", "record_bytes", "SUFFIXES"]

TEXT_SUFFIXES = (".txt", ".md")
SUFFIXES = (*TEXT_SUFFIXES, *NATIVE_SUFFIXES)
# What the one error line of the default fail mode adds to a bad file's own fix.
SKIP_HINT = "— or run with --on-error skip to leave such files out"
MAX_UNIT_CHARS = 20_000  # a longer unit is reported: usually a file without paragraph breaks (docs/segmentation.md)
Progress = Callable[..., Iterable[Any]]


@dataclass
class SegmentReport:
    out: str
    documents: int = 0
    units: int = 0
    characters: int = 0
    kinds: dict[str, int] = field(default_factory=dict)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "out": self.out, "documents": self.documents, "units": self.units,
            "characters": self.characters, "kinds": dict(self.kinds),
            "skipped": [{"path": p, "error": e} for p, e in self.skipped], "warnings": list(self.warnings),
        }


def find_inputs(paths: Sequence[str | Path], *, skipped: list[tuple[str, str]] | None = None) -> list[Path]:
    """Files named directly, plus every .txt/.md/.pdf/.html/.htm/.docx file under named folders
    (sorted), leaving out hidden files and README files, which describe a corpus rather than
    belong to it. A named path that is not a regular file (a FIFO, a device) is an error, or goes
    to ``skipped`` when given."""
    files: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if _is_article(p))
            if not found:
                raise InputError("folder has no .txt, .md, .pdf, .html or .docx files", path=str(path),
                                 hint="check the folder")
            files += found
        elif path.is_file():
            files.append(path)
        elif path.exists():
            problem, hint = "not a regular file (a FIFO, socket or device)", "give files or folders of them"
            if skipped is None:
                raise InputError(problem, path=str(path), hint=f"{hint} {SKIP_HINT}")
            skipped.append((str(path), f"{problem} — {hint}"))
        else:
            raise InputError("no such file or folder", path=str(path), hint="check the path")
    ids = list(map(doc_id_for, files))
    stems = collections.Counter(ids)
    clash = [str(p) for p, stem in zip(files, ids, strict=True) if stems[stem] > 1]
    if clash:
        raise UsageError(
            f"two inputs share the document id '{doc_id_for(clash[0])}' ({clash[0]}, {clash[1]})",
            hint="doc_id is the file name without extension: rename one of them, or segment each folder to an output of its own",
        )
    return files


def _is_article(path: Path) -> bool:
    name = path.name.lower()
    return (path.suffix.lower() in SUFFIXES and not name.startswith((".", "readme")) and path.is_file())


def segment_file(path: Path, notes: list[str] | None = None) -> tuple[Any, dict[str, Any]]:
    """Decode and segment one file; returns the document and the record ``source`` block. ``notes``, where given,
    gets ``"mojibake:latin-1"`` or ``"mojibake:cp1252"`` for a text that is UTF-8 read as Latin-1 or cp1252 and saved again (decode.mojibake)."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"cannot read file ({err.strerror})", path=str(path)) from None
    base = {"path": path.as_posix(), "sha256": hashlib.sha256(data).hexdigest()}
    suffix = path.suffix.lower()
    if suffix in NATIVE_SUFFIXES:
        _refuse_misnamed_native(path, suffix, data)
        doc, extra = read_native(path, data, doc_id_for(path))
        return doc, {**base, **extra}
    _refuse_misnamed(path, data)
    decoded = decode_bytes(data, path=str(path))
    if notes is not None and decoded.encoding.startswith("utf-8"):
        read_as = mojibake(decoded.text)
        if read_as:
            notes.append(f"mojibake:{read_as}")
    doc = segment_text(decoded.text, doc_id_for(path), markdown=path.suffix.lower() == ".md")
    return doc, {**base, "encoding": decoded.encoding}  # no "format": text records keep their version 1 shape


# what a file given by name with another suffix is, by its first bytes: a PDF, a Word package, a password-
# protected Office document, a legacy Office file (OLE2: .doc, .xls, .ppt, .wps) or an image is no text; say
# which, and what to do, before decoding it as text (or reading it as the format its suffix claims)
_OCR = "an image has no text to read: run OCR on it first (e.g. ocrmypdf, or your OCR tool's text export)"
_MAGIC = ((b"%PDF-", "a PDF file", "rename it to .pdf"),
          (b"PK\x03\x04", "a ZIP package (a .docx?)", "rename a Word document to .docx; other packages are not read"),
          (b"\xd0\xcf\x11\xe0", "a legacy Office file (Word .doc, .xls, .wps)",
           "save it as .docx (Word: Save As; or soffice --headless --convert-to docx FILE)"),
          (b"\xff\xd8\xff", "a JPEG image", _OCR),
          (b"\x89PNG\r\n\x1a\n", "a PNG image", _OCR),
          (b"GIF8", "a GIF image", _OCR),
          (b"II*\x00", "a TIFF image", _OCR),
          (b"MM\x00*", "a TIFF image", _OCR))

# an encrypted .docx/.xlsx is an OLE2 file holding an "EncryptedPackage" stream (its directory names are UTF-16)
_ENCRYPTED = ("a password-protected (encrypted) Office document",
              "remove the password (Word: File > Info > Protect Document > Encrypt with Password, clear it) "
              "and save it again")
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")

_MAGIC_STARTS = tuple(magic for magic, _, _ in _MAGIC)


def _what_is(data: bytes) -> tuple[str, str] | None:
    """What ``data`` is by its first bytes (see ``_MAGIC``), with what to do, or None."""
    for magic, what, hint in _MAGIC:
        if data.startswith(magic):
            if magic == b"\xd0\xcf\x11\xe0" and _ENCRYPTED_STREAM in data:
                return _ENCRYPTED
            return what, hint
    return None


# an HTML page by its first markup (after a byte-order mark, blanks and a comment): a browser's "save as"
_HTML_START = re.compile(rb"(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|meta|body)\b", re.I | re.S)
_HTML = ("an HTML page", "rename it to .html")


def _refuse_misnamed(path: Path, data: bytes) -> None:
    """A file for the text route (``.txt``/``.md``, or any other suffix given by name) whose bytes are a
    PDF, a Word package, an Office file or an image, or a ``.txt`` file that is an HTML page: one line naming
    what it is and what to do (not "binary file", nor the page's markup segmented as text)."""
    found = _what_is(data)
    if found is not None:
        raise InputError(f"{found[0]}, named {path.suffix or 'without a suffix'}", path=str(path), hint=found[1])
    if path.suffix.lower() == ".txt" and data[:1] in b"<\xef \t\r\n" and _HTML_START.match(data, 0, 4096):
        raise InputError(f"{_HTML[0]}, named .txt", path=str(path), hint=_HTML[1])


def _refuse_misnamed_native(path: Path, suffix: str, data: bytes) -> None:
    """A ``.pdf``, ``.html``/``.htm`` or ``.docx`` file whose bytes are another format (an HTML page saved as
    ``.pdf``, a PDF named ``.html``, a text file named ``.docx``): the same one line as :func:`_refuse_misnamed`,
    saying what it is and which suffix to give it, instead of the reader's "damaged file" or the PDF's bytes
    read as a page. Files whose bytes match their suffix pass with one prefix test."""
    if suffix == ".pdf" and b"%PDF-" in data[:1024] or suffix == ".docx" and data.startswith(b"PK\x03\x04"):
        return
    if not data.strip():  # (no format at all: "a text file … rename it to .txt" would lead to "no text" next)
        raise InputError(f"an empty file ({'0 bytes' if not data else 'whitespace only'}), named {suffix}",
                         path=str(path), hint="nothing to read: save or export the document again")
    if suffix in (".html", ".htm") and not data.startswith(_MAGIC_STARTS):
        return  # (a page without markup is the HTML reader's to refuse, as "rename it to .txt")
    found = _what_is(data)
    if found is None and _HTML_START.match(data, 0, 4096):
        found = _HTML
    if found is None:
        try:
            decode_bytes(data)
        except InputError:
            return  # not text either: the reader says the file is damaged
        found = ("a text file", "rename it to .txt")
    raise InputError(f"{found[0]}, named {path.suffix}", path=str(path), hint=found[1])


_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_STRING = getattr(json.encoder, "c_encode_basestring", None) or json.encoder.py_encode_basestring


_KIND, _TEXT, _WHERE = operator.attrgetter("kind"), operator.attrgetter("text"), operator.attrgetter("where")
_FLAT = itertools.chain.from_iterable


@functools.cache
def _pairs(count: int) -> str:
    """The %-format of ``count`` [start, end] pairs as JSON (``json.dumps`` with no spaces)."""
    return "[" + ",".join(["[%d,%d]"] * count) + "]"


@functools.cache
def _triples(count: int) -> str:
    """The %-format of ``count`` [text_start, raw_start, length] offset runs as JSON."""
    return "[" + ",".join(["[%d,%d,%d]"] * count) + "]"


def record_lines(doc: Document, source: dict[str, Any]) -> list[str]:
    """The JSONL lines of ``doc``'s records: the same objects as :func:`core.to_record` (a unit with PDF or DOCX
    provenance encoded whole), else :func:`record_bytes`' lines, decoded (one copy of the fast format: a record's
    strings escape their line breaks, so each ``\\n`` ends a record). test_segment_fastpaths.py and
    test_segment_seeds.py check parity with ``json.dumps``."""
    if any(map(operator.is_not, map(_WHERE, doc.units), itertools.repeat(None))):  # PDF and DOCX provenance (in C)
        return [_ENCODE(to_record(doc, unit, source)) + "\n" for unit in doc.units]
    return [line + "\n" for line in record_bytes(doc, source).decode().split("\n")[:-1]]


@functools.cache
def _triples_end(count: int) -> bytes:
    """:func:`_triples` as a bytes %-format, with the record's end after it (``}}`` and the newline)."""
    return (_triples(count) + "}}\n").encode()


def record_bytes(doc: Document, source: dict[str, Any]) -> bytes:
    """The output file's bytes for ``doc``: its records (the same objects as :func:`core.to_record`) as JSON lines in
    UTF-8, made as bytes: the per-document parts of each record (its head, ``doc`` and ``source``, more than half of the
    output's characters in the corpus) encoded once, not once per unit; each unit's own part (ids, kind, text,
    sentences) encoded alone, and the int arrays written by one short %-format each (:func:`_pairs`, :func:`_triples`:
    ``%d`` writes each int in C, with no encoder call, token list and join per array; a unit's sentences are pairs and
    its offset runs triples, schemas/paragraph.schema.json). Several times faster than ``json.dumps`` per record;
    test_segment_fastpaths.py checks it against ``json.dumps``."""
    if any(map(operator.is_not, map(_WHERE, doc.units), itertools.repeat(None))):  # PDF and DOCX provenance
        return "".join(record_lines(doc, source)).encode()
    head = f'{{"schema_version":{SCHEMA_VERSION},"doc_id":{_ENCODE(doc.doc_id)},"para_id":'.encode()
    middle = f',"doc":{_ENCODE(doc.meta.as_dict())},"source":{_ENCODE(source)[:-1]},"offsets":'.encode()
    string, flat, pairs, triples, units = _STRING, _FLAT, _pairs, _triples_end, doc.units
    own = [f'{string(unit.para_id)},"index":{unit.index},"kind":"{unit.kind}","text":{string(unit.text)},'
           f'"sentences":{pairs(len(unit.sentences)) % tuple(flat(unit.sentences))}'.encode() for unit in units]
    runs = [triples(len(unit.offsets)) % tuple(flat(unit.offsets)) for unit in units]
    # (each record: the head, the unit's own part, the middle, its offsets; interleaved and joined in C)
    return b"".join(_FLAT(zip(itertools.repeat(head, len(units)), own, itertools.repeat(middle, len(units)), runs, strict=True)))


@dataclass(frozen=True)
class _Done:
    """One file's outcome, small enough to send back from a worker process."""

    path: str
    error: str | None = None
    error_line: int | None = None
    error_hint: str | None = None
    jsonl: bytes = b""  # the records, UTF-8 (record_bytes)
    kinds: tuple[tuple[str, int], ...] = ()
    characters: int = 0
    longest: int = 0
    mixed: bool = False  # decoded as UTF-8 with some lines in GB18030 (decode.MIXED)
    mojibake: str = ""  # "latin-1" or "cp1252": UTF-8 read as that and saved again (decode.mojibake)


def _process(path: Path) -> _Done:
    notes: list[str] = []
    try:
        doc, source = segment_file(path, notes)
    except InputError as err:
        return _Done(str(path), error=err.message, error_line=err.line, error_hint=err.hint)
    kinds = collections.Counter(map(_KIND, doc.units))
    lengths = list(map(len, map(_TEXT, doc.units)))
    return _Done(str(path), jsonl=record_bytes(doc, source), kinds=tuple(kinds.items()),
                 characters=sum(lengths), longest=max(lengths, default=0), mixed=source.get("encoding") == MIXED,
                 mojibake=next((n.partition(":")[2] for n in notes if n.startswith("mojibake:")), ""))


# Input each worker process must have to pay for its start: a spawned worker imports the segmenter first (~1 s of CPU),
# about what one process takes to segment 4 MB of text, so `--jobs 2` on 25 small files took three times as long as
# one process (newuser22). Below this much input per worker, fewer workers (or none) are started; the output is the same.
# A PDF or DOCX byte costs about 25 times a text byte (dev15 PDFs: ~0.16 MB/s of CPU against ~4 for text: review22).
WORKER_BYTES = 4_000_000
_BYTE_COST = {".pdf": 25, ".docx": 25}


def _size(path: Path) -> int:
    """The file's size in text bytes' worth of work (:data:`WORKER_BYTES`)."""
    try:
        return path.stat().st_size * _BYTE_COST.get(path.suffix.lower(), 1)
    except OSError:
        return 0  # (read later, and refused there with its own message)


def _results(files: Sequence[Path], jobs: int) -> Iterator[_Done]:
    if jobs > 1 and len(files) >= 2 and WORKER_BYTES:
        jobs = min(jobs, sum(map(_size, files)) // WORKER_BYTES)
    if jobs <= 1 or len(files) < 2:
        yield from map(_process, files)
        return
    import multiprocessing

    # spawn, not fork: forking a process that already runs threads (a progress bar, a server client)
    # can copy a held lock into the child and hang it
    yield from pool_imap(multiprocessing.get_context("spawn"), jobs, _process, files, chunksize=8)


def _lines(files: Sequence[Path], report: SegmentReport, on_error: str, jobs: int,
           progress: Progress | None) -> Iterator[bytes]:
    kinds: collections.Counter[str] = collections.Counter()
    results = _results(files, jobs)
    for done in progress(results, total=len(files), desc="segment", unit="file") if progress else results:
        if done.error is not None:
            if on_error != "skip":
                hint = f"{done.error_hint} {SKIP_HINT}" if done.error_hint else SKIP_HINT[2:]
                raise InputError(done.error, path=done.path, line=done.error_line, hint=hint)
            # the same problem and fix as the fail mode's line, less the path (listed beside it)
            where = "" if done.error_line is None else f"line {done.error_line}: "
            report.skipped.append((done.path, f"{where}{done.error}" + (f" — {done.error_hint}" if done.error_hint else "")))
            continue
        report.documents += 1
        if not done.kinds:
            report.warnings.append(f"{done.path}: no text (empty or whitespace only), no paragraphs written")
        if done.longest > MAX_UNIT_CHARS:
            report.warnings.append(f"{done.path}: a unit of {done.longest:,} characters (over {MAX_UNIT_CHARS:,}): "
                                   "is the file one line without paragraph breaks? Long units are slow to "
                                   "pre-label and hard to annotate")
        if done.mixed:
            report.warnings.append(f"{done.path}: UTF-8 with some lines in GB18030 (encoding {MIXED!r}): check those lines")
        if done.mojibake:
            read_as = "cp1252" if done.mojibake == "cp1252" else "latin1"
            report.warnings.append(f"{done.path}: garbled text (mojibake: UTF-8 that was read as {done.mojibake} and "
                                   "saved again, \"é³å\" for \"阳\"): dump it again as UTF-8 (`html2text -utf8`) and "
                                   f"segment that; or repair this file with `iconv -f utf-8 -t {read_as} FILE > FIXED` "
                                   "and check its exit status (0) before you segment FIXED (on an error it writes a "
                                   "short or empty file)")
        kinds.update(dict(done.kinds))
        report.units += sum(n for _, n in done.kinds)
        report.characters += done.characters
        yield done.jsonl
    report.kinds = dict(sorted(kinds.items()))


def segment_paths(paths: Sequence[str | Path], out: str | Path, *, on_error: str = "fail", jobs: int = 1,
                  progress: Progress | None = None) -> SegmentReport:
    """Segment every input file into ``out`` (JSONL, one record per unit).

    ``on_error="fail"`` stops at the first bad file and writes nothing (its error's hint says how to
    fix it, or to skip such files); ``"skip"`` leaves bad files out and lists them in the report,
    each with its problem and fix — where that leaves no text, the error lists them instead. ``jobs`` > 1 segments files in that many worker
    processes (0: one per CPU); the output is identical, in input order.
    """
    if on_error not in ("fail", "skip"):
        raise UsageError(f"unknown --on-error '{on_error}'", hint="use fail or skip")
    if jobs < 0:
        raise UsageError(f"--jobs {jobs} is negative", hint="give 1 (default), N workers, or 0 for one per CPU")
    jobs = jobs or os.cpu_count() or 1
    out = Path(out)
    report = SegmentReport(out=str(out))
    files = find_inputs(paths, skipped=report.skipped if on_error == "skip" else None)
    with atomic_write(out, "wb") as handle:  # (the records come encoded: record_bytes)
        handle.writelines(_lines(files, report, on_error, jobs, progress))
        if not report.units:  # raised inside the with: nothing is written
            if report.skipped:  # one line per file: which were left out and why, and which had no text
                lines = [f"\n  {path}: {why}" for path, why in report.skipped] + [f"\n  {w}" for w in report.warnings]
                total = report.documents + len(report.skipped)
                head = (f"all {total} input files were skipped" if not report.documents else
                        f"no text in any of the {total} input files ({len(report.skipped)} skipped, "
                        f"{report.documents} without text)")
                raise InputError(f"{head}: nothing written" + "".join(lines), path=", ".join(map(str, paths)))
            if len(files) == 1:
                raise InputError("no text (empty or whitespace only): nothing written", path=str(files[0]),
                                 hint="check that this is the file you meant")
            raise InputError(f"no text in any of the {len(files)} input files (empty, whitespace only or skipped): "
                             "nothing written", path=", ".join(map(str, paths)), hint="check the input paths")
    return report
