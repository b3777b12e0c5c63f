"""Readers for NER files: char-per-line tags, CLUENER JSON, Label Studio, our own JSONL.

Every reader yields :class:`Example` records (``id``, ``text``, ``spans``) whose spans are mapped
onto our label set through :mod:`annotate.labels`. A label the chosen mapping does not know is an
error that lists *every* unmapped label in the file (never a silent guess); a label the mapping
drops on purpose (e.g. Weibo's nominal mentions) is dropped.

Formats (``fmt=`` or detected by :func:`detect_format`):

``conll``
    one ``char TAG`` per line (space or tab), blank line between sentences: People's Daily, MSRA,
    Resume (BMES), Weibo (the char column carries a word-position digit, ``科0``, stripped here).
    The tag scheme (BIO / BIOES / BMES) is read from the prefixes. Decoding is strict like
    ``seqeval``'s strict mode: an ``I``/``M``/``E`` with no open entity of its type is dropped.
``cluener``
    JSON lines ``{"text", "label": {type: {surface: [[start, end_inclusive], ...]}}}``.
``labelstudio``
    a JSON list of Label Studio tasks (or JSONL, or a shard folder, as ``prelabel`` writes them) or a JSON/JSON_MIN export, read by the ``ls import`` reader
    (:func:`annotate.labelstudio.convert.read_entities`). ``use="annotations"`` reads the people's
    work (one annotation per task by the ``ls import`` policy, default ``latest``: the most recently
    updated annotation that was not skipped), ``use="predictions"`` the first prediction,
    ``"auto"`` the annotations where a task has any, else its prediction. Example ids are
    ``data.id``, else ``data.para_id``, else the task id.
``jsonl``
    our own JSON lines ``{"id"?, "text", "spans" | "entities": [{"start", "end", "label"}]}``
    (also accepts ``[start, end, label]`` triples) — tests/data golds and corrected.jsonl.

``label_scheme`` picks the mapping in ``labels.MAPPINGS``; ``None`` takes the first of
``labels.LABEL_SCHEME_ORDER`` that knows every label in the file (the same detector that reads a
checkpoint's labels); ``"raw"`` keeps labels as
they are (for scoring in a dataset's own label set).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .bio import parse_blocks
from .errors import InputError
from .io import check_readable, read_jsonl
from .labels import MAPPINGS, detect_label_scheme, lookup, missing_labels
from .labelstudio.convert import DEFAULT_POLICY, read_entities
from .spans import SCHEMES, Span, detect_scheme, tags_to_spans

__all__ = [
    "Example", "FORMATS", "read_examples", "detect_format", "read_conll", "read_cluener",
    "read_labelstudio", "read_labelstudio_gold", "read_spans_jsonl", "map_examples", "parse_conll",
]

FORMATS = ("conll", "cluener", "labelstudio", "jsonl")


@dataclass(frozen=True)
class Example:
    """One sentence or paragraph with its entities; ``text[s.start:s.end]`` is each span's text."""

    id: str
    text: str
    spans: tuple[Span, ...]

    def surfaces(self) -> list[tuple[str, str]]:
        return [(self.text[s.start:s.end], s.label) for s in self.spans]


# --------------------------------------------------------------------------- dispatch

def detect_format(path: str | Path) -> str:
    """Guess the format from the first non-blank character and the first record."""
    path = Path(path)
    if path.is_dir():
        return "labelstudio"  # a shard folder of tasks, as `prelabel --out DIR/` writes it
    check_readable(path)
    try:
        with open(path, encoding="utf-8") as handle:
            head = handle.read(65536)
    except FileNotFoundError:
        raise InputError("file not found", path=str(path), hint="check the path") from None
    except UnicodeDecodeError:
        raise InputError("not UTF-8 text", path=str(path), hint="re-save the file as UTF-8") from None
    stripped = head.lstrip("\ufeff \t\r\n")
    if stripped.startswith("["):
        return "labelstudio"
    if stripped.startswith("{"):
        first = stripped.split("\n", 1)[0]
        try:
            record = json.loads(first)
        except json.JSONDecodeError:
            return "labelstudio"  # a pretty-printed single JSON object: let the reader say what is wrong
        if isinstance(record.get("label"), dict):
            return "cluener"
        if "data" in record or "annotations" in record:
            return "labelstudio"
        return "jsonl"
    return "conll"


def read_examples(path: str | Path, *, fmt: str | None = None, label_scheme: str | None = None,
                  use: str = "auto") -> list[Example]:
    """Read any supported NER file into examples with our labels (see the module docstring)."""
    fmt = fmt or detect_format(path)
    if fmt == "conll":
        return read_conll(path, label_scheme=label_scheme)
    if fmt == "cluener":
        return read_cluener(path, label_scheme=label_scheme or "cluener")
    if fmt == "labelstudio":
        return read_labelstudio(path, use=use, label_scheme=label_scheme)
    if fmt == "jsonl":
        return read_spans_jsonl(path, label_scheme=label_scheme)
    raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")


# --------------------------------------------------------------------------- label mapping

def map_examples(examples: Sequence[Example], label_scheme: str | None, *, path: str | None = None) -> list[Example]:
    """Map every span's label through one scheme table; refuse unmapped labels, listing them all.

    ``label_scheme=None`` detects it (:func:`annotate.labels.detect_label_scheme`); ``"raw"`` keeps
    the labels as they are.
    """
    seen = sorted({s.label for ex in examples for s in ex.spans})
    if label_scheme == "raw":
        return list(examples)
    if label_scheme is None:
        label_scheme, missing = detect_label_scheme(seen)
        if missing:
            raise InputError(
                f"labels not in any known mapping: {', '.join(missing)} (closest scheme: {label_scheme})", path=path,
                hint=f"pass a label scheme ({', '.join(MAPPINGS)}, or raw) or add the labels to annotate/labels.py",
            )
    if label_scheme not in MAPPINGS:
        raise InputError(f"unknown label scheme {label_scheme!r}", path=path,
                         hint=f"choose one of: {', '.join([*MAPPINGS, 'raw'])}")
    table = MAPPINGS[label_scheme]
    missing = missing_labels(seen, table)
    if missing:
        raise InputError(f"unmapped labels for scheme {label_scheme}: {', '.join(missing)}", path=path,
                         hint="add them to MAPPINGS in annotate/labels.py or choose another label scheme")
    out = []
    for ex in examples:
        spans = []
        for s in ex.spans:
            ours = lookup(table, s.label)[1]
            if ours is not None:
                spans.append(Span(s.start, s.end, ours, s.score, s.source))
        out.append(Example(ex.id, ex.text, tuple(_dedupe(spans))))
    return out


def _dedupe(spans: Iterable[Span]) -> list[Span]:
    """Sorted, one span per (start, end, label) — two source labels can map onto one of ours."""
    seen: dict[tuple[int, int, str], Span] = {}
    for s in spans:
        seen.setdefault(s.key, s)
    return sorted(seen.values())


# --------------------------------------------------------------------------- char-per-line

_SEGMENT_DIGIT = re.compile(r"^(.+?)(\d+)$", re.DOTALL)


def parse_conll(lines: Iterable[str], *, name: str = "<lines>", segment_digits: bool | None = None,
                scheme: str | None = None, strict: bool = True) -> list[Example]:
    """Parse char-per-line ``TOKEN TAG`` lines (labels kept as in the file).

    The lines are read by :func:`annotate.bio.parse_blocks` (the one char-per-line reader); the
    tag scheme, unless given, by :func:`annotate.spans.detect_scheme`. Example ids are ``name:LINE``
    with the 1-based line of the sentence's first character.
    """
    blocks = list(parse_blocks(lines, name=name))
    if segment_digits is None:  # Weibo: every token is a char followed by its position in the word
        segment_digits = bool(blocks) and all(
            len(t) >= 2 and t[-1].isascii() and t[-1].isdigit() for _, toks, _ in blocks for t in toks)
    if scheme is None:
        try:
            scheme = detect_scheme(t for _, _, tg in blocks for t in tg)
        except ValueError as err:
            raise InputError(str(err), path=name, hint="pass the tag scheme explicitly") from None
    if scheme.upper() not in SCHEMES:
        raise ValueError(f"unknown tag scheme {scheme!r}")
    return [_block_example(f"{name}:{ln}", toks, tg, scheme, segment_digits, strict) for ln, toks, tg in blocks]


def _block_example(ident: str, tokens: list[str], tags: list[str], scheme: str,
                   segment_digits: bool, strict: bool) -> Example:
    if segment_digits:
        tokens = [_SEGMENT_DIGIT.match(t).group(1) if _SEGMENT_DIGIT.match(t) else t for t in tokens]
    starts = [0]
    for tok in tokens:
        starts.append(starts[-1] + len(tok))
    try:
        spans = tags_to_spans(tags, scheme, strict=strict)
    except ValueError as err:
        raise InputError(str(err), path=ident.rsplit(":", 1)[0], line=int(ident.rsplit(":", 1)[1]),
                         hint=f"the file's tags do not all follow {scheme}") from None
    # a token can be more than one code point (Weibo's broken emoji): map token -> char offsets
    spans = [Span(starts[s.start], starts[s.end], s.label) for s in spans]
    return Example(ident, "".join(tokens), tuple(spans))


def read_conll(path: str | Path, *, label_scheme: str | None = None, scheme: str | None = None,
               segment_digits: bool | None = None, strict: bool = True) -> list[Example]:
    path = Path(path)
    check_readable(path)
    try:
        with open(path, encoding="utf-8-sig") as handle:
            examples = parse_conll(handle, name=str(path), segment_digits=segment_digits,
                                   scheme=scheme, strict=strict)
    except FileNotFoundError:
        raise InputError("file not found", path=str(path), hint="check the path") from None
    except UnicodeDecodeError:
        raise InputError("not UTF-8 text", path=str(path), hint="re-save the file as UTF-8") from None
    return map_examples(examples, label_scheme, path=str(path))


# --------------------------------------------------------------------------- CLUENER

def read_cluener(path: str | Path, *, label_scheme: str | None = "cluener") -> list[Example]:
    examples = []
    for lineno, record in read_jsonl(path):
        text = _text_of(record, path, lineno)
        spans = []
        for label, entities in (record.get("label") or {}).items():
            for surface, ranges in entities.items():
                for start, end_incl in ranges:
                    span = Span(start, end_incl + 1, label)
                    _check_surface(text, span, surface, path, lineno, record.get("id", lineno))
                    spans.append(span)
        examples.append(Example(str(record.get("id", f"{Path(path).name}:{lineno}")), text,
                                tuple(sorted(spans))))
    return map_examples(examples, label_scheme, path=str(path))


# --------------------------------------------------------------------------- our JSONL

def read_spans_jsonl(path: str | Path, *, label_scheme: str | None = None) -> list[Example]:
    examples = []
    for lineno, record in read_jsonl(path):
        text = _text_of(record, path, lineno)
        ident = record.get("id", record.get("para_id", f"{Path(path).name}:{lineno}"))
        items = record.get("spans", record.get("entities", []))
        spans = []
        for item in items:
            if isinstance(item, dict):
                start, end, label = item.get("start"), item.get("end"), item.get("label")
                surface = item.get("text")
            else:
                start, end, label = item[:3]
                surface = None
            if not (isinstance(start, int) and isinstance(end, int) and isinstance(label, str)
                    and 0 <= start < end <= len(text)):
                raise InputError(f"bad span {item!r}", path=str(path), line=lineno, record=ident,
                                 hint="spans are {start, end, label} with 0 <= start < end <= len(text)")
            span = Span(start, end, label)
            if surface is not None:
                _check_surface(text, span, surface, path, lineno, ident)
            spans.append(span)
        examples.append(Example(str(ident), text, tuple(sorted(spans))))
    return map_examples(examples, label_scheme, path=str(path))


def _text_of(record: Any, path: str | Path, lineno: int) -> str:
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise InputError("record has no string 'text'", path=str(path), line=lineno,
                         hint="each line must be a JSON object with a 'text' field")
    return record["text"]


def _check_surface(text: str, span: Span, surface: str, path: Any, lineno: int | None, ident: Any) -> None:
    if span.end > len(text) or text[span.start:span.end] != surface:
        raise InputError(
            f"span [{span.start}, {span.end}) is {text[span.start:span.end]!r} in the text, not {surface!r}",
            path=str(path), line=lineno, record=ident, hint="offsets must be code points into 'text'")


# --------------------------------------------------------------------------- Label Studio

def read_labelstudio(path: str | Path, *, use: str = "auto", label_scheme: str | None = None,
                     text_key: str = "text", from_name: str | None = None,
                     policy: str = DEFAULT_POLICY, annotated_only: bool = False) -> list[Example]:
    """Read Label Studio tasks, a JSON export or a JSON_MIN export (see the module docstring).

    ``annotated_only`` leaves out tasks with no usable annotation (training on corrections must not
    learn a task's uncorrected pre-labels as if they were gold).

    The entities come from :func:`annotate.labelstudio.convert.read_entities` (the ``ls import``
    reader: the same region checks, errors and annotation policy, :data:`DEFAULT_POLICY` unless
    ``policy`` says otherwise); this function only maps their labels.
    """
    return read_labelstudio_gold(path, use=use, label_scheme=label_scheme, text_key=text_key, from_name=from_name,
                                 policy=policy, annotated_only=annotated_only)[0]


def read_labelstudio_gold(path: str | Path, *, use: str = "annotations", label_scheme: str | None = None,
                          text_key: str = "text", from_name: str | None = None, policy: str = DEFAULT_POLICY,
                          annotated_only: bool = True) -> tuple[list[Example], int]:
    """:func:`read_labelstudio`, keeping only the tasks with an annotation the policy chose when
    ``annotated_only`` (gold for scoring: an unannotated task is not "no entities", it is unknown);
    returns the examples and how many tasks were left out."""
    found = read_entities(path, use=use, policy=policy, text_key=text_key, from_name=from_name)
    kept = [Example(key, text, spans) for key, text, spans, annotated in found.items if annotated or not annotated_only]
    return map_examples(kept, label_scheme, path=str(path)), len(found.items) - len(kept)
