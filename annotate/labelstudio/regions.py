"""Checking a Label Studio text region against its task text, and re-locating it when asked.

``data["text"][start:end]`` is the truth; a region's exported ``value["text"]`` is only a witness.
Label Studio builds that witness from the browser selection, which collapses runs of whitespace,
so the two are compared after :func:`collapse_ws`. A witness that still differs means the offsets
do not point where the annotator looked; the known causes, tried in this order by :func:`relocate`:

1. ``utf16``: offsets counted in UTF-16 code units (JavaScript string indices), so every astral
   character (emoji, 𠀀) before the region shifts it by one;
2. ``crlf``: offsets counted on the text as the browser shows it, with ``\\r\\n`` folded to ``\\n``;
3. ``utf16+crlf``: both;
4. ``nearest``: the occurrence of the witness closest to the exported start (exact first, then
   allowing any whitespace between its non-space characters).

The first three only *recount* the same offsets (:data:`RECOUNTS`) and the witness must still agree
where they point, so a reader may apply them without asking (``formats.read_labelstudio`` does);
``ls import`` applies any of them only with ``--repair``, and reports each one.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

__all__ = ["RegionProblem", "Located", "REPAIRS", "RECOUNTS", "collapse_ws", "check_region", "relocate", "recount"]

REPAIRS = ("utf16", "crlf", "utf16+crlf", "nearest")
RECOUNTS = REPAIRS[:3]


class RegionProblem(ValueError):
    """A region whose offsets are unusable; the message says why (no task id: callers add it)."""


@dataclass(frozen=True)
class Located:
    start: int
    end: int
    how: str | None = None  # None: the exported offsets were right


def collapse_ws(text: str) -> str:
    """Runs of Unicode whitespace (incl. ``\\r\\n`` and U+3000) → one space, ends stripped."""
    return " ".join(text.split())


def _short(text: str, limit: int = 30) -> str:
    return repr(text if len(text) <= limit else text[:limit] + "…")


def _agrees(text: str, start: int, end: int, witness: str) -> bool:
    return 0 <= start < end <= len(text) and collapse_ws(text[start:end]) == collapse_ws(witness)


def check_region(text: str, start: object, end: object, witness: str | None, *,
                 repair: bool | Collection[str] = False) -> Located:
    """Validate ``[start, end)`` against ``text`` (and the witness when there is one).

    Returns the offsets to use; raises :class:`RegionProblem` for out-of-range offsets or a
    mismatch, unless a repair finds the witness: ``repair=True`` tries all of :data:`REPAIRS`,
    a collection of names only those.
    """
    if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool) or isinstance(end, bool):
        raise RegionProblem(f"offsets must be integers, got start={start!r} end={end!r}")
    ways = REPAIRS if repair is True else tuple(repair or ())
    in_range = 0 <= start < end <= len(text)
    if in_range and (witness is None or text[start:end] == witness):
        return Located(start, end)
    if "utf16" in ways and witness:
        # A UTF-16 recount that hits the witness exactly beats a whitespace-only agreement at the
        # offsets as given (a recount never changes whitespace; "😀😀😀国家 国家\u3000国家").
        span = _via(_utf16_to_cp(text), start, end)
        if span is not None and text[span[0]:span[1]] == witness:
            return Located(span[0], span[1], "utf16")
    if in_range and witness is not None and _agrees(text, start, end, witness):
        return Located(start, end)
    if in_range:
        problem = (f"exported text {_short(witness or '')} does not match its text in the task "
                   f"({_short(text[start:end])} at [{start}, {end}))")
    else:
        problem = f"offsets [{start}, {end}) are outside the text (length {len(text)})"
    if not ways:
        raise RegionProblem(problem)
    if witness is None and not in_range and "utf16" in ways:
        # No text to confirm it, but offsets past the end that fit the text in UTF-16 units have
        # no other plausible cause than a UTF-16 count.
        span = _via(_utf16_to_cp(text), start, end)
        if span is not None:
            return Located(span[0], span[1], "utf16")
    if witness is None or not collapse_ws(witness):
        raise RegionProblem(problem + "; the region has no text to re-locate")
    found = relocate(text, start, end, witness, ways=ways)
    if found is None:
        where = "the task text" if "nearest" in ways else f"any recount of the offsets ({', '.join(ways)})"
        raise RegionProblem(problem + f"; {_short(witness)} does not occur in {where}")
    return found


def _utf16_to_cp(text: str) -> list[int]:
    """``table[u]`` = code-point index of UTF-16 offset ``u`` (-1 inside a surrogate pair)."""
    table: list[int] = []
    for i, ch in enumerate(text):
        table.append(i)
        if ord(ch) > 0xFFFF:
            table.append(-1)
    table.append(len(text))
    return table


def _folded_to_raw(text: str) -> list[int]:
    """``table[k]`` = index in ``text`` of offset ``k`` in ``text.replace('\\r\\n', '\\n')``."""
    table: list[int] = []
    i = 0
    while i < len(text):
        table.append(i)
        i += 2 if text.startswith("\r\n", i) else 1
    table.append(len(text))
    return table


def _via(table: list[int], start: int, end: int) -> tuple[int, int] | None:
    if 0 <= start < end < len(table) and table[start] >= 0 and table[end] >= 0:
        return table[start], table[end]
    return None


def _candidates(text: str, start: int, end: int) -> list[tuple[str, tuple[int, int] | None]]:
    utf16 = _utf16_to_cp(text)
    folded = text.replace("\r\n", "\n")
    crlf = _folded_to_raw(text)
    both: tuple[int, int] | None = None
    step = _via(_utf16_to_cp(folded), start, end)
    if step is not None:
        both = _via(crlf, *step)
    return [("utf16", _via(utf16, start, end)), ("crlf", _via(crlf, start, end)), ("utf16+crlf", both)]


def recount(text: str, start: object, end: object, witness: str | None, how: str) -> Located | None:
    """The region re-counted one way of :data:`RECOUNTS` (``None``: out of range, or the witness
    does not agree there). Used to decide one counting for all regions of a task together."""
    if not (type(start) is int and type(end) is int):
        return None
    span = dict(_candidates(text, start, end)).get(how)
    if span is None or not 0 <= span[0] < span[1] <= len(text):
        return None
    if witness is not None and not _agrees(text, span[0], span[1], witness):
        return None
    return Located(span[0], span[1], None if span == (start, end) else how)


def relocate(text: str, start: int, end: int, witness: str, *,
             ways: Collection[str] = REPAIRS) -> Located | None:
    """Where the region's witness really is by the first of ``ways`` that finds it, else ``None``."""
    for how, span in _candidates(text, start, end):
        if how in ways and span is not None and _agrees(text, span[0], span[1], witness):
            return Located(span[0], span[1], how)
    if "nearest" not in ways:
        return None
    core = collapse_ws(witness)
    exact = [m.start() for m in re.finditer(re.escape(witness), text)] if witness.strip() == witness else []
    if exact:
        best = min(exact, key=lambda s: (abs(s - start), s))
        return Located(best, best + len(witness), "nearest")
    # Whitespace may differ anywhere between the witness's visible characters.
    chars = [ch for ch in core if not ch.isspace()]
    pattern = re.compile(r"\s*".join(re.escape(ch) for ch in chars))
    hits = [(m.start(), m.end()) for m in pattern.finditer(text)]
    if not hits:
        return None
    best_start, best_end = min(hits, key=lambda h: (abs(h[0] - start), h[0]))
    return Located(best_start, best_end, "nearest")
