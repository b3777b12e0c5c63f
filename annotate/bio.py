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

from .errors import InputError
from .spans import Span, spans_to_tags, split_tag, tags_to_spans

__all__ = ["escape_char", "unescape_token", "format_block", "parse_blocks", "read_bio_text", "blocks_text"]

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


def parse_blocks(lines: Iterable[str], *, name: str = "<lines>") -> Iterator[tuple[int, list[str], list[str]]]:
    r"""Yield ``(first_line_number, tokens, tags)`` per block of char-per-line ``TOKEN TAG`` lines.

    The one reader of the char-per-line layout (``ls to-bio`` output and the public CoNLL-style
    sets alike): a line splits at its last space or tab, so a token may itself be a space; a blank
    line (or trailing ``\r``, spaces, tabs) ends a block; a ``U+XXXX`` token is unescaped; a tag must
    look like one (:func:`~annotate.spans.split_tag`). A malformed line is an :class:`InputError`
    naming ``name`` and the line.

    >>> list(parse_blocks(["中 B-LOC", "U+3000 O", "", "国\tS-LOC"]))
    [(1, ['中', '\u3000'], ['B-LOC', 'O']), (4, ['国'], ['S-LOC'])]
    """
    tokens: list[str] = []
    tags: list[str] = []
    first = 0
    for lineno, raw in enumerate(lines, 1):
        line = raw.rstrip("\r\n").rstrip(" \t")
        if not line:
            if tokens:
                yield first, tokens, tags
            tokens, tags = [], []
            continue
        cut = max(line.rfind(" "), line.rfind("\t"))
        if cut <= 0:
            raise InputError(f"expected 'CHAR TAG', got {line[:40]!r}", path=name, line=lineno,
                             hint="one character and its tag per line, a blank line between sentences")
        tag = line[cut + 1:]
        try:
            split_tag(tag)
        except ValueError:
            raise InputError(f"not a tag: {tag!r}", path=name, line=lineno,
                             hint="tags look like O, B-PER, I-LOC, M-ORG, E-ORG, S-PER") from None
        if not tokens:
            first = lineno
        token = line[:cut]
        escaped = _ESCAPE.fullmatch(token)
        tokens.append(chr(int(escaped.group(1), 16)) if escaped else token)
        tags.append(tag)
    if tokens:
        yield first, tokens, tags


def read_bio_text(content: str, scheme: str = "BIO", *, name: str = "<bio>") -> list[tuple[str, list[Span]]]:
    """``(text, spans)`` per block of a whole file's content (strict decoding off: nothing dropped).

    Every token must be one code point (or its escape); anything else is an :class:`InputError`.
    """
    out = []
    for first, chars, tags in parse_blocks(content.split("\n"), name=name):
        for k, ch in enumerate(chars):
            if len(ch) != 1:
                raise InputError(f"token {ch!r} is neither one character nor a U+XXXX escape", path=name,
                                 line=first + k, hint="write one code point per line, whitespace as U+XXXX")
        try:
            spans = tags_to_spans(tags, scheme)
        except ValueError as err:
            raise InputError(f"block at line {first}: {err}", path=name, line=first) from None
        out.append(("".join(chars), spans))
    return out


def blocks_text(blocks: Sequence[str]) -> str:
    return "".join(block + "\n\n" for block in blocks)
