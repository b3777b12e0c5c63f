"""Character-level BIO files: one code point and its tag per line, a blank line between texts.

    中 B-ORG
    国 I-ORG
    U+3000 O
    。 O

Every code point of the text gets exactly one line, so offsets survive: line ``i`` of a block is
``text[i]``. A character that would be invisible or would break the line format (whitespace such as
space, ``\\t``, ``\\r``, ``\\n``, U+3000; controls; format and separator characters; lone
surrogates) is written as the token ``U+XXXX`` (its code point in upper-case hex). A real character
token is always exactly one code point, so an escape (6+ characters) can never be mistaken for one.
Readers that do not know the escape still see one token per line; :func:`read_bio` undoes it.
Empty texts cannot be written (they would be an empty block) and are skipped by the caller.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence

from .spans import Span, spans_to_tags, tags_to_spans

__all__ = ["escape_char", "unescape_token", "format_block", "parse_blocks", "read_bio_text"]

_ESCAPE = re.compile(r"U\+([0-9A-F]{4,6})")


@functools.lru_cache(maxsize=65536)
def escape_char(ch: str) -> str:
    if ch.isspace() or unicodedata.category(ch)[0] in "CZ":
        return f"U+{ord(ch):04X}"
    return ch


def unescape_token(token: str) -> str:
    if len(token) == 1:
        return token
    match = _ESCAPE.fullmatch(token)
    if match is None:
        raise ValueError(f"token {token!r} is neither one character nor a U+XXXX escape")
    return chr(int(match.group(1), 16))


def format_block(text: str, spans: Iterable[Span], scheme: str = "BIO") -> str:
    """The lines for one text (no trailing blank line); overlapping spans raise ``ValueError``."""
    if not text:
        raise ValueError("an empty text cannot be written as a BIO block")
    tags = spans_to_tags(spans, len(text), scheme)
    return "\n".join(f"{escape_char(ch)} {tag}" for ch, tag in zip(text, tags, strict=True))


def parse_blocks(lines: Iterable[str]) -> Iterator[tuple[int, list[str], list[str]]]:
    """Yield ``(first_line_number, chars, tags)`` per block; malformed lines raise ``ValueError``."""
    chars: list[str] = []
    tags: list[str] = []
    first = 0
    for lineno, line in enumerate(lines, 1):
        line = line.rstrip("\r\n")
        if not line.strip():
            if chars:
                yield first, chars, tags
            chars, tags = [], []
            continue
        fields = line.split()
        if len(fields) != 2:
            raise ValueError(f"line {lineno}: expected 'CHAR TAG', got {line!r}")
        if not chars:
            first = lineno
        try:
            chars.append(unescape_token(fields[0]))
        except ValueError as err:
            raise ValueError(f"line {lineno}: {err}") from None
        tags.append(fields[1])
    if chars:
        yield first, chars, tags


def read_bio_text(content: str, scheme: str = "BIO") -> list[tuple[str, list[Span]]]:
    """``(text, spans)`` per block of a whole file's content (strict decoding off: nothing dropped)."""
    out = []
    for first, chars, tags in parse_blocks(content.split("\n")):
        try:
            spans = tags_to_spans(tags, scheme)
        except ValueError as err:
            raise ValueError(f"block at line {first}: {err}") from None
        out.append(("".join(chars), spans))
    return out


def blocks_text(blocks: Sequence[str]) -> str:
    return "".join(block + "\n\n" for block in blocks)
