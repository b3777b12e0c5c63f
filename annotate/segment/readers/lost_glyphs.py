"""Characters pdfium's text page leaves out, read again from the page's content stream (pdfminer.six).

pdfium builds a page's text from its text objects and skips an object whose bounding box has no width
(``CPDF_TextPage::ProcessTextObject``). The box is made from the glyphs' outlines, and for a font that is
not embedded pdfium draws with a substitute font; where that font has no glyph for the character (a CJK
font such as reportlab's built-in ``STSong-Light`` / ``MSung-Light`` on a system without CJK fonts) the
glyph's box is empty. A text object of several glyphs still has a width (the advances before its last
glyph), but one of a single glyph is a point, and its character is missing from the page text while
``pdftotext`` and pdfminer read it: the last character of a line drawn by its own call (a wrapped heading's
last character), a line of one character, a run of one character in another size or font.

:func:`lost_spots` finds such objects among a page's objects (a text object whose box is a point, in a font
that is not embedded: an embedded font has every outline, so a point there is a space), at no cost beyond one
call per text object; :class:`LostGlyphs` reads the characters drawn at those spots with pdfminer, only on
the pages that have any (pdfminer parses the page's content stream in Python: slow, but no page without
such an object pays for it). A character is read as pdfium would have read it: through the font's
``ToUnicode`` map where it has one, else, for a predefined UCS-2 / UTF-16 CMap (``UniGB-UCS2-H``), the
character code itself (pdfium's rule; pdfminer would map the code to a CID and the CID to Unicode through
the font's collection, which is wrong where reportlab pairs ``MSung-Light``'s CNS1 collection with the GB
CMap), else pdfminer's mapping of the CID.
"""

from __future__ import annotations

import ctypes
import functools
import logging
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Glyph", "LostGlyphs", "lost_spots"]

_NEAR = 1.0  # points between the spot pdfium gives and where pdfminer starts the string


@dataclass(frozen=True)
class Glyph:
    """One character of a text object pdfium skipped: its text, origin, advance's end and font size."""

    char: str
    x: float  # origin (PDF points, origin bottom-left)
    x1: float  # origin plus the advance
    y: float  # baseline
    size: float  # font size as pdfium gives it for its own characters (the text-space size, ``Tf``)


def lost_spots(obj, raw, matrix=None) -> list[tuple[float, float, float]]:
    """``(x, y, font size)`` of each text object under ``obj`` (a page object: a text object, or a form
    whose objects are searched, ``matrix`` the forms' transformation above it) that pdfium leaves out of the
    text page: its box a point, its font not embedded."""
    kind = raw.FPDFPageObj_GetType(obj)
    if kind == raw.FPDF_PAGEOBJ_FORM:
        m = raw.FS_MATRIX()
        if not raw.FPDFPageObj_GetMatrix(obj, m):
            return []
        own = (m.a, m.b, m.c, m.d, m.e, m.f)
        inner = own if matrix is None else _times(own, matrix)
        out = []
        for i in range(raw.FPDFFormObj_CountObjects(obj)):
            out += lost_spots(raw.FPDFFormObj_GetObject(obj, i), raw, inner)
        return out
    if kind != raw.FPDF_PAGEOBJ_TEXT:
        return []
    left, bottom, right, top = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    if not raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
        return []
    if right.value - left.value > 1e-3 or top.value - bottom.value > 1e-3:
        return []
    font = raw.FPDFTextObj_GetFont(obj)
    if not font or raw.FPDFFont_GetIsEmbedded(font):
        return []
    size = ctypes.c_float()
    if not raw.FPDFTextObj_GetFontSize(obj, size):
        return []
    x, y = left.value, bottom.value
    if matrix is not None:
        a, b, c, d, e, f = matrix
        x, y = a * x + c * y + e, b * x + d * y + f
    return [(x, y, size.value)]


def _times(m, n):
    """The affine matrix ``m`` then ``n`` (PDF order: a point goes through ``m`` first)."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s, e * p + f * r + t, e * q + f * s + u)


class LostGlyphs:
    """The characters pdfium skipped on the pages of one file, read with pdfminer on demand (the file is
    parsed once, on the first page that needs it)."""

    def __init__(self, path: Path):
        self.path = path
        self._pages: list | None = None
        self._interp = None
        self._device = None
        self._file = None

    def read(self, number: int, spots: list[tuple[float, float, float]]) -> list[list[Glyph]]:
        """For each spot ``(x, y, size)`` on page ``number`` (1-based), the characters of the string that
        pdfminer finds drawn there (one list per spot found; a spot where none is found is skipped)."""
        try:
            strings = self._strings(number)
        except Exception:  # noqa: BLE001 — pdfminer fails on a file pdfium reads: keep pdfium's text
            return []
        out: list[list[Glyph]] = []
        used: set[int] = set()
        for x, y, size in spots:
            best = None
            for k, (sx, sy, rise, glyphs) in enumerate(strings):
                if k in used or not glyphs:
                    continue
                d = max(abs(sx - x), min(abs(sy - y), abs(sy + rise - y)))
                if d <= _NEAR and (best is None or d < best[0]):
                    best = (d, k)
            if best is None:
                continue
            used.add(best[1])
            out.append([Glyph(ch, gx, gx1, gy, size) for ch, gx, gx1, gy in strings[best[1]][3]])
        return out

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def _strings(self, number: int):
        if self._pages is None:
            from pdfminer.pdfdocument import PDFDocument
            from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
            from pdfminer.pdfpage import PDFPage
            from pdfminer.pdfparser import PDFParser

            quiet = logging.getLogger("pdfminer")
            if quiet.level == logging.NOTSET:  # (its warnings about fonts pdfium reads well are noise here)
                quiet.setLevel(logging.ERROR)
            self._file = open(self.path, "rb")  # noqa: SIM115 (closed by close())
            document = PDFDocument(PDFParser(self._file))
            self._pages = list(PDFPage.create_pages(document))
            manager = PDFResourceManager(caching=True)
            self._device = _strings_device()(manager)
            self._interp = PDFPageInterpreter(manager, self._device)
        self._device.strings = []
        self._interp.process_page(self._pages[number - 1])
        return self._device.strings


@functools.cache
def _strings_device():
    """pdfminer's text device that records, per string drawn, where it starts and its characters
    ``(char, x, x1, y)`` (imported lazily: only a page that lost characters needs it)."""
    from pdfminer.cmapdb import FileUnicodeMap
    from pdfminer.pdfdevice import PDFTextDevice
    from pdfminer.pdffont import PDFCIDFont, PDFUnicodeNotDefined

    class Strings(PDFTextDevice):
        strings: list

        def render_string(self, textstate, seq, ncs, graphicstate):
            self._drawn = []
            super().render_string(textstate, seq, ncs, graphicstate)
            drawn, self._drawn = self._drawn, []
            if not drawn:
                return
            font = textstate.font
            codes = b"".join(part for part in seq if isinstance(part, bytes))
            chars = None
            name = str(getattr(font, "cmap", None) and font.cmap.attrs.get("CMapName", "") or "")
            if isinstance(font, PDFCIDFont) and not isinstance(font.unicode_map, FileUnicodeMap) \
                    and ("UCS2" in name or "UTF16" in name):
                # (pdfium's rule for a predefined Unicode CMap: the code is the character)
                if len(codes) == 2 * len(drawn):
                    chars = [chr(int.from_bytes(codes[k:k + 2], "big")) for k in range(0, len(codes), 2)]
            if chars is None:
                chars = []
                for cid, *_ in drawn:
                    try:
                        chars.append(font.to_unichr(cid))
                    except (PDFUnicodeNotDefined, KeyError, IndexError):
                        chars.append("")
            (x, y), rise = drawn[0][1], textstate.rise
            glyphs = [(ch, gx, gx1, gy) for ch, (_, (gx, gy), _, gx1) in zip(chars, drawn, strict=True) if ch]
            self.strings.append((x, y, rise, glyphs))

        def render_char(self, matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate):
            adv = font.char_width(cid) * fontsize * scaling
            x, y = matrix[4], matrix[5]
            self._drawn.append((cid, (x, y), rise, x + adv * matrix[0]))
            return adv

    return Strings
