"""Bytes to text: the encodings Chinese articles arrive in, detected without guessing blindly.

Order: a byte-order mark decides (UTF-32, UTF-16, UTF-8); otherwise NUL or control bytes mean a
binary file; then strict UTF-8; then UTF-8 but for a few lines in GB18030 (:func:`_mixed_lines`); then strict GB18030 (a superset of GBK and GB2312) accepted when
the decoded text is plausible simplified Chinese; then, for traditional Chinese, the better of
strict GB18030 and strict Big5 (code page 950; Big5-HKSCS where that fails), accepted only when it is
plausible and clearly better than the other. Offsets downstream index the decoded string with the
BOM removed and line breaks exactly as in the file.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from annotate.errors import EncodingError, InputError

from . import rules

__all__ = ["Decoded", "decode_bytes", "MIXED", "mojibake"]

_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Control bytes that never occur in text files (tab, newlines, form feed and ESC are allowed).
_CONTROL = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)])
# The same bytes one by one: a text without any (nearly every file; UTF-8 never uses them inside a
# character) is told by one memchr scan per byte value, several times fewer instructions than the
# count below, which runs only where one is present
_CONTROL_BYTES = tuple(bytes([byte]) for byte in _CONTROL)
_HAN = rules.HANZI
_PRIVATE = re.compile(r"[\ue000-\uf8ff]")
_SAMPLE = 200_000


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


@functools.cache
def _common_han() -> frozenset[str]:
    """The 3,755 GB2312 level-1 characters: the hanzi that make up ~99% of running Chinese text."""
    return _han_of(range(0xB0, 0xD8), range(0xA1, 0xFF), "gb2312")


@functools.cache
def _common_han_any() -> frozenset[str]:
    """The common hanzi of either script: GB2312 level 1 and Big5's 5,401 frequently used characters
    (lead bytes A4–C6), which hold ~99% of running traditional Chinese."""
    return _common_han() | _han_of(range(0xA4, 0xC7), [*range(0x40, 0x7F), *range(0xA1, 0xFF)], "big5")


def _han_of(leads: range, trails: range | list[int], codec: str) -> frozenset[str]:
    data = bytearray()
    for lead in leads:
        for trail in trails:
            data += bytes((lead, trail))
    return frozenset(_HAN.findall(bytes(data).decode(codec, errors="ignore")))


_FEW_HAN = 20  # hanzi, fewer than which a text is too short to judge by how common its characters are


def _common_share(text: str, common: frozenset[str]) -> float | None:
    """The share of ``text``'s hanzi (in its first ``_SAMPLE`` characters) that are in ``common``: 0
    when it holds private-use characters (what a wrong decoding of lead bytes gives), None when it
    holds fewer than 20 hanzi, too few to judge by frequency."""
    sample = text[:_SAMPLE]
    if len(_PRIVATE.findall(sample)) > max(2, len(sample) // 1000):
        return 0.0
    han = _HAN.findall(sample)
    return sum(ch in common for ch in han) / len(han) if len(han) >= _FEW_HAN else None


def _plausible_chinese(text: str) -> bool:
    """Reject GB18030 decodings of other encodings: real (simplified) Chinese uses mostly common hanzi."""
    share = _common_share(text, _common_han())
    if share is None:
        # Too little Chinese to judge by frequency: accept only if nothing exotic was decoded.
        return all(ord(ch) < 0x2E80 or "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef"
                   for ch in text[:_SAMPLE])
    return share >= 0.6


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _traditional(data: bytes, gb_text: str | None) -> Decoded | None:
    """Traditional Chinese in GB18030 or in Big5: of the strict decodings, the one whose hanzi are
    mostly (≥ 80%) common characters of either script, and at least 0.2 more so than the other's (a
    wrong decoding of the same bytes gives rare characters, symbols and private-use ones)."""
    big5, codec = _strict(data, "cp950"), "big5"  # (Windows' Big5: ①, €, the box lines as files have them)
    if big5 is None:
        big5, codec = _strict(data, "big5hkscs"), "big5hkscs"
    common = _common_han_any()
    scored = [(_common_share(text, common) or 0.0, name, text)
              for name, text in (("gb18030", gb_text), (codec, big5)) if text is not None]
    scored.sort(key=lambda item: item[0], reverse=True)
    if not scored or scored[0][0] < 0.8 or (len(scored) == 2 and scored[0][0] - scored[1][0] < 0.2):
        return None
    return Decoded(scored[0][2], scored[0][1])


def _bad_utf8_offset(data: bytes) -> int:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as err:
        return err.start
    return -1


def decode_bytes(data: bytes, *, path: str | None = None) -> Decoded:
    """Decode ``data``; raise :class:`EncodingError` or :class:`InputError` (binary) naming ``path``."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding.removesuffix("-sig"))
            except UnicodeDecodeError as err:
                raise EncodingError(
                    f"starts with a {encoding} byte-order mark but byte {err.start + len(bom)} is invalid",
                    path=path, hint="re-save the file in that encoding or as UTF-8",
                ) from None
            return Decoded(text, encoding)
    head = data[:65536]
    controls = 0
    if any(map(head.__contains__, _CONTROL_BYTES)):  # (UTF-8 text holds none: one memchr scan a byte value)
        controls = len(head) - len(head.translate(None, _CONTROL))  # counted in C, unlike a regex
    binary = b"\x00" in head or controls > max(8, len(head) // 200)
    # (CJK in UTF-16 may hold no NUL byte at all, only control bytes: "，" is 0C FF)
    if binary and _utf16_without_bom(head):
        raise EncodingError("UTF-16 text without a byte-order mark", path=path,
                            hint="re-save the file as UTF-8 (or as UTF-16 with a byte-order mark)")
    if binary:
        raise InputError(
            "binary file (NUL or control bytes), not text", path=path,
            hint="give .txt, .md, .pdf, .html or .docx files; UTF-16 text needs a byte-order mark",
        )
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as err:
        mixed = _mixed_lines(data, err.start)
    if mixed is not None:
        return Decoded(mixed, MIXED)
    text = _strict(data, "gb18030")
    if text is not None and _plausible_chinese(text):
        return Decoded(text, "gb18030")
    traditional = _traditional(data, text)
    if traditional is not None:
        return traditional
    big5 = _decodes(data[:_SAMPLE], "big5")
    why = ""
    if big5:
        short = len(_HAN.findall(data[:_SAMPLE].decode("big5", errors="ignore"))) < _FEW_HAN
        why = (f" — it decodes as Big5 (traditional Chinese), but holds too few hanzi (under {_FEW_HAN}) to tell Big5 from "
               "GBK by how common its characters are" if short else
               " — it decodes as Big5 (traditional Chinese) but not to plausible text")
    bad = _bad_utf8_offset(data)
    line = data.count(b"\n", 0, bad) + 1
    raise EncodingError(
        f"not UTF-8 (invalid byte at offset {bad}, line {line}), UTF-16 with BOM, GB18030/GBK or Big5" + why,
        path=path, hint="re-save the file as UTF-8" + (" (e.g. iconv -f BIG5 -t UTF-8)" if big5 else ""),
    )


# UTF-8 text with a few lines in GB18030: what lynx prints for a GBK page's link addresses in its References list
# ("17. file:///u/cms/2024/1120/附件1.docx" in the page's own bytes, the rest of the dump in UTF-8)
MIXED = "utf-8+gb18030"
_MIXED_SHARE = 0.25  # of the lines at most in GB18030


# What a line of Chinese read as GB18030 holds besides common hanzi: ASCII, general punctuation (“ ” — …), the middle
# dot, CJK punctuation (、。《》) and full-width forms (，：（）). Anything else (Latin-1's ü read as GB18030 is "黵", a
# rare hanzi; Shift-JIS gives kana, Big5 gives rare hanzi and kana; a GBK line's symbol rows give Greek, Cyrillic and
# box drawing) is another encoding's bytes, or a rarity not worth the risk of a silent misreading.
_PLAIN_IN_LINE = re.compile(r"[\x00-\x7f\u00b7\u2000-\u206f\u3000-\u303f\uff00-\uffef]")
_NON_ASCII_RUN = re.compile(rb"[\x80-\xff]+")


def _chinese_line(raw: memoryview, line: str) -> bool:
    """Whether ``line`` (the GB18030 decoding of the bytes ``raw``) is plausibly a line of Chinese in GB18030: it holds
    a hanzi, every hanzi is a common one (GB2312 level 1, :func:`_common_han`), and nothing but the plain characters of
    ``_PLAIN_IN_LINE`` beside them; and no run of non-ASCII bytes in it is valid UTF-8. Such a run is a line that mixes
    UTF-8 with GBK ("点击查看" in UTF-8, then "附件2.xlsx" in GBK): read whole as GB18030 its UTF-8 part is garbled, and
    read run by run a short GBK run that happens to be valid UTF-8 ("ģ" for the bytes C4 A3) would be misread silently,
    so the line (and with it the file, named by its line) is refused."""
    rest = _PLAIN_IN_LINE.sub("", line)
    if not rest or not all(map(_common_han().__contains__, rest)):
        return False
    return not any(_strict(run, "utf-8") is not None for run in _NON_ASCII_RUN.findall(raw))


def _mixed_lines(data: bytes, bad: int) -> str | None:
    """``data`` decoded as UTF-8 line by line (lines split at LF, the line feed kept), where each line that is not UTF-8
    is valid GB18030 and plausibly Chinese (:func:`_chinese_line`), such lines a quarter of the lines or fewer, and the UTF-8
    lines before the first such line hold 20 hanzi or more (the file is UTF-8: a GBK file fails at its first line of
    Chinese); else None.
    ``bad``: the offset of the first byte that is not UTF-8. Offsets index the string so decoded
    (``encoding: "utf-8+gb18030"``)."""
    start = data.rfind(b"\n", 0, bad) + 1  # the first bad line's
    head = data[:start].decode("utf-8")  # (valid: the bytes before the bad one, up to a line feed)
    if len(_HAN.findall(head)) < _FEW_HAN:
        return None  # (a GBK file: no Chinese before its first line that is not UTF-8; known at once)
    most = _MIXED_SHARE * (data.count(b"\n") + 1)
    view = memoryview(data)  # (the rest of the file read without a copy of it at each bad line)
    parts = [head]
    lines = 0
    while bad >= 0:
        end = data.find(b"\n", bad)
        end = len(data) if end < 0 else end + 1
        try:
            line = str(view[start:end], "gb18030")
        except UnicodeDecodeError:
            return None
        lines += 1
        if lines > most or not _chinese_line(view[start:end], line):
            return None
        parts.append(line)
        try:
            parts.append(str(view[end:], "utf-8"))
            bad = -1
        except UnicodeDecodeError as err:
            bad = end + err.start
            start = data.rfind(b"\n", end, bad) + 1 or end
            parts.append(str(view[end:start], "utf-8"))
    return "".join(parts)


def _decodes(data: bytes, encoding: str) -> bool:
    for cut in range(4):  # the sample may end inside a multi-byte character
        try:
            data[:len(data) - cut].decode(encoding)
        except UnicodeDecodeError:
            continue
        return True
    return False


def _utf16_without_bom(head: bytes) -> bool:
    """Text in UTF-16: an even length and NUL bytes in one of the two byte positions of most units
    (ASCII and newlines) or a valid decoding full of hanzi."""
    sample = head[:len(head) - len(head) % 2]
    if not sample:
        return False
    for encoding, zeros in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        if zeros.count(0) * 2 >= len(zeros) or len(_HAN.findall(text)) * 2 >= len(text):
            return "\x00" not in text
    return False


# UTF-8 that a tool read as Latin-1 or cp1252 and wrote out again as UTF-8 (html2text run without ``-utf8``:
# "[é³å å®éªä¸å¦]" for "[阳光实验中学]", newuser25 trial): each hanzi is three characters, a lead of U+00E0-U+00EF
# and two continuations (U+0080-U+00BF in Latin-1; cp1252 shows some as "€", "‚", "œ", "ž"…). Read as it stands, the
# file decodes as valid UTF-8; its text is garbled, and a repair would change the text whose offsets the records keep.
_CP1252_MARKS = ("\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e"
                 "\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122")  # cp1252's marks for bytes 0x80-0x9f (a class's body)
_MOJIBAKE_LEAD = re.compile(f"[\u00c2-\u00f4][\u0080-\u00bf{_CP1252_MARKS}]")
_MOJIBAKE_RUN = re.compile(f"[\u0080-\u00ff{_CP1252_MARKS}]{{2,}}")
_NON_ASCII = re.compile("[^\x00-\x7f]")
_MOJIBAKE_SAMPLE = 20_000  # characters looked at, from the start
_MOJIBAKE_RUNS = 3  # runs that must read as UTF-8 once encoded back


def mojibake(text: str) -> str:
    """Whether ``text`` (decoded from a file) is UTF-8 read as Latin-1 or cp1252 and saved again as UTF-8: ``"cp1252"``
    where a repaired run holds one of cp1252's marks, ``"latin-1"`` for the others, ``""`` for a text that is not.
    Runs of Latin-1 letters and C1 or cp1252 marks that turn into UTF-8 characters when encoded back: at least
    three, most of the runs of the text's start (a word of French or German, "café", is a run that does not), and
    covering at least half of its non-ASCII characters (a Chinese text with a few garbled words, "cafÃ©", is not
    garbled as a whole: review35 B5). Cheap gate: one search of the start for a lead character followed by a
    continuation; plain Chinese text has none."""
    sample = text[:_MOJIBAKE_SAMPLE]
    if _MOJIBAKE_LEAD.search(sample) is None:
        return ""
    runs = _MOJIBAKE_RUN.findall(sample)
    good = covered = 0
    cp1252 = False
    for run in runs:
        try:  # (each character back to its byte: Latin-1's, or cp1252's mark; cp1252's five unused bytes pass as C1)
            bytes(ord(c) if c < "\u0100" else c.encode("cp1252")[0] for c in run).decode("utf-8")
        except UnicodeError:
            continue
        good += 1
        covered += len(run)
        cp1252 = cp1252 or max(run) >= "\u0100"
    if good < _MOJIBAKE_RUNS or 2 * good < len(runs) or 2 * covered < len(_NON_ASCII.findall(sample)):
        return ""
    return "cp1252" if cp1252 else "latin-1"
