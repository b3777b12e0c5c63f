"""Characters pdfium's text page leaves out, read again from the page's content stream (pdfminer.six).

pdfium makes a text object's box from its glyphs' outlines. For a font that is not embedded it draws with a
substitute font, and where that font has no glyph for the character (a CJK font such as reportlab's built-in
``STSong-Light`` / ``MSung-Light`` on a system without CJK fonts) the glyph's box is empty. Two rules of
pdfium's text page (``CPDF_TextPage::ProcessTextObject``) then drop text that ``pdftotext`` and pdfminer read:

- **an object without width is skipped.** A text object of several glyphs still has a width (the advances
  before its last glyph), but one of a single glyph is a point: the last character of a line drawn by its
  own call (a wrapped heading's last character), a line of one character, a run of one character in another
  size or font, a table cell of one character;
- **an object that repeats one of the five text objects before it is skipped as fake bold**
  (``IsSameAsPreTextObject``): with empty boxes pdfium compares the left edges and the origins, and takes a
  line for a copy of the line above it when it holds the same characters at the same x and the baseline moved
  by no more than an eighth of the line's width — two identical lines one under the other (``国国…`` twice,
  a refrain, a form's rule of underscores) lose the second.

:func:`text_objects` and :func:`lost_spots` find such objects among a page's objects (a point box in a font
that is not embedded: an embedded font has every outline, so a point there is a space; a box without height
in such a font, as wide as one of the five text objects before it at the same x, a line or more above or
below: a repeat pdfium may have taken for fake bold, kept where the page's lines show nothing there), for a
few calls per text object; :class:`LostGlyphs` reads the characters drawn at those spots with pdfminer, only
on the pages that have any (pdfminer parses the page's content stream in Python: slow, but no page without
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

__all__ = ["Glyph", "LostGlyphs", "TextObject", "lost_spots", "object_keys", "text_objects", "turned"]

_NEAR = 1.0  # points between the spot pdfium gives and where pdfminer starts the string
_TURN = 0.36  # a glyph's baseline rises by more than this of its run across: turned (:func:`turned`)
_NO_WIDTH = 0.01  # pdfium's kSizeEpsilon: a text object narrower than this is left out of its text page


def turned(a: float, b: float) -> bool:
    """A glyph whose text matrix is ``(a, b, …)`` is set on a turned baseline: the matrix takes the x axis up or down
    the page by more than :data:`_TURN` of its run across (20°; not an italic, whose matrix slants the y axis only).
    The one test of pdf's line builder (pdfium's matrix) and of the lost glyphs read again here (pdfminer's)."""
    return abs(b) > _TURN * abs(a)


@dataclass(frozen=True)
class Glyph:
    """One character of a text object pdfium skipped: its text, origin, advance's end and font size."""

    char: str
    x: float  # origin (PDF points, origin bottom-left)
    x1: float  # origin plus the advance
    y: float  # baseline
    size: float  # font size as pdfium gives it for its own characters (the text-space size, ``Tf``)
    turned: bool = False  # drawn on a turned baseline (a rotated margin's text: pdf._turned's measure)


@dataclass(frozen=True)
class TextObject:
    """What :func:`lost_spots` needs of a text object: its place in the stream, its box (left edge, width,
    height: in the space of the form it is drawn in), origin (page space) and font size; ``loose``: its box is
    empty (no width or no height) and its font is not embedded, so pdfium's rules above may drop it."""

    key: tuple[int, ...]
    left: float
    width: float
    height: float
    x: float = 0.0
    y: float = 0.0
    size: float = 0.0
    loose: bool = False


def text_objects(obj, raw, key: tuple[int, ...], matrix=None) -> list[TextObject]:
    """The text objects under ``obj`` (a page object: a text object, or a form whose objects are searched,
    ``matrix`` the forms' transformation above it). ``key`` is the object's place in the content stream (its
    index on the page, then in each form: :func:`object_keys`)."""
    kind = raw.FPDFPageObj_GetType(obj)
    if kind == raw.FPDF_PAGEOBJ_FORM:
        m = raw.FS_MATRIX()
        if not raw.FPDFPageObj_GetMatrix(obj, m):
            return []
        own = (m.a, m.b, m.c, m.d, m.e, m.f)
        inner = own if matrix is None else _times(own, matrix)
        out = []
        for i in range(raw.FPDFFormObj_CountObjects(obj)):
            out += text_objects(raw.FPDFFormObj_GetObject(obj, i), raw, (*key, i), inner)
        return out
    if kind != raw.FPDF_PAGEOBJ_TEXT:
        return []
    left, bottom, right, top = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    if not raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
        return []
    width, height = right.value - left.value, top.value - bottom.value
    if width >= _NO_WIDTH and height >= _NO_WIDTH:
        return [TextObject(key, left.value, width, height)]  # (a box: pdfium keeps it, and repeats only overprint)
    font = raw.FPDFTextObj_GetFont(obj)
    size, m = ctypes.c_float(), raw.FS_MATRIX()
    if not font or raw.FPDFFont_GetIsEmbedded(font) or not raw.FPDFTextObj_GetFontSize(obj, size) \
            or not raw.FPDFPageObj_GetMatrix(obj, m):
        return [TextObject(key, left.value, width, height)]
    x, y = m.e, m.f  # (the text's origin: in page space, or in the form's space inside a form)
    if matrix is not None:
        a, b, c, d, e, f = matrix
        x, y = a * x + c * y + e, b * x + d * y + f
    return [TextObject(key, left.value, width, height, x, y, size.value, True)]


def lost_spots(objects: list[TextObject]) -> tuple[list[tuple], list[tuple]]:
    """The spots ``(key, x, y, font size)`` of the text objects pdfium leaves out: those it surely does (a
    point box, ``loose``), and those it may have taken for fake bold (``loose`` without height, as wide as one of
    the five text objects drawn before it in the same place of the stream, its left edge within a character of
    that one's, its origin within 0.9 of a character in x, its baseline more than half a character and no more
    than an eighth of the width (or of the size) away: a second line of the same characters right under the
    first). The caller keeps a possible one only where pdfium's text has nothing there."""
    certain: list[tuple] = []
    maybe: list[tuple] = []
    for k, ob in enumerate(objects):
        if not ob.loose:
            continue
        spot = (ob.key, ob.x, ob.y, ob.size)
        if ob.width < _NO_WIDTH:
            certain.append(spot)
            continue
        before = [o for o in objects[max(0, k - 8):k] if o.key[:-1] == ob.key[:-1]][-5:]
        for o in before:
            if o.loose and o.width >= _NO_WIDTH and abs(o.width - ob.width) < 0.01 and o.size == ob.size \
                    and abs(o.left - ob.left) <= ob.size and abs(o.x - ob.x) <= 0.9 * ob.size \
                    and 0.5 * ob.size < abs(o.y - ob.y) <= max(o.width, o.height, o.size) / 8:
                maybe.append(spot)
                break
    return certain, maybe


def object_keys(page, raw) -> dict[int, tuple[int, ...]]:
    """Each text object's place in the page's content stream, by its handle's address: its index on the
    page, then its index in each form it is drawn in (the order pdfium reads them in)."""
    out: dict[int, tuple[int, ...]] = {}

    def walk(obj, key):
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_TEXT:
            out[ctypes.cast(obj, ctypes.c_void_p).value] = key
        elif kind == raw.FPDF_PAGEOBJ_FORM:
            for i in range(raw.FPDFFormObj_CountObjects(obj)):
                walk(raw.FPDFFormObj_GetObject(obj, i), (*key, i))

    for i in range(raw.FPDFPage_CountObjects(page)):
        walk(raw.FPDFPage_GetObject(page, i), (i,))
    return out


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
        self._failed = False

    def read(self, number: int, spots) -> list[tuple[tuple[int, ...], list[Glyph]]]:
        """For each spot ``(key, x, y, size)`` on page ``number`` (1-based, :func:`lost_spots`), the key and the
        characters of the string that pdfminer finds drawn there (a spot where none is found is skipped)."""
        if self._failed:
            return []
        try:
            strings = self._strings(number)
        except Exception:  # noqa: BLE001 — pdfminer fails on a file pdfium reads: keep pdfium's text (once)
            self._failed = True
            return []
        out: list[tuple[tuple[int, ...], list[Glyph]]] = []
        used: set[int] = set()
        for key, x, y, size in spots:
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
            out.append((key, [Glyph(ch, gx, gx1, gy, size, turned) for ch, gx, gx1, gy, turned in strings[best[1]][3]]))
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
            glyphs = [(ch, gx, gx1, gy, turned) for ch, (_, (gx, gy), _, gx1, turned) in zip(chars, drawn, strict=True)
                      if ch]
            self.strings.append((x, y, rise, glyphs))

        def render_char(self, matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate):
            adv = font.char_width(cid) * fontsize * scaling
            x, y = matrix[4], matrix[5]
            self._drawn.append((cid, (x, y), rise, x + adv * matrix[0], turned(matrix[0], matrix[1])))
            return adv

    return Strings
