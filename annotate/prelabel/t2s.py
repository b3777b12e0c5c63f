"""A length-preserving traditional → simplified view of a text, for models that learned simplified Chinese.

LAC (and the corrections and gazetteer over its analysis) learned simplified text: on traditional text it
splits 中國 into two one-character places and reads transliterated place names as persons. Converting the
text first fixes most of that, but a converter that maps phrases (OpenCC's 乾隆 → 乾隆, 電腦 → 计算机) changes
the length and so every offset after it. :func:`to_simplified` maps one code point to one code point only,
through ``data/t2s_chars.tsv`` (built from OpenCC's character tables by ``benchmarks/build_t2s.py``), so
``len(to_simplified(t)) == len(t)`` and a span found on the view is the same span on the original.

The table leaves simplified text alone (a traditional character that is also a simplified one, 乾 or 著,
is not in it), so the view can be taken of every text without first guessing its script. Gazetteers and
models that know only simplified names therefore serve both scripts: they look at the view.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

__all__ = ["to_simplified", "table"]

_TABLE = Path(__file__).resolve().parent / "data" / "t2s_chars.tsv"


@lru_cache(maxsize=1)
def table() -> dict[int, str]:
    """``{code point: simplified character}`` for ``str.translate`` (every value is one code point)."""
    out: dict[int, str] = {}
    for line in _TABLE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            trad, simp = line.split("\t")
            if len(trad) != 1 or len(simp) != 1:
                raise ValueError(f"{_TABLE}: {line!r} is not one character to one character")
            out[ord(trad)] = simp
    return out


def to_simplified(text: str) -> str:
    """``text`` with traditional characters replaced by their simplified forms, same length, same offsets."""
    return text.translate(table())
