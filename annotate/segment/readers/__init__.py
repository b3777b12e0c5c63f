"""Native readers: one module per file format, each returning a segmented :class:`Document`.

``.pdf`` (:mod:`.pdf`, pypdfium2 text layer), ``.html``/``.htm`` (:mod:`.html`, block walk of the
markup), ``.docx`` (:mod:`.docx`, python-docx). Plain text (``.txt``/``.md``) goes through the
text route (:func:`annotate.segment.core.segment_text`). Heavy libraries are imported lazily.
"""

from __future__ import annotations

import operator
from pathlib import Path

from .. import refs
from ..core import Document, make_units

__all__ = ["NATIVE_SUFFIXES", "read_native"]

NATIVE_SUFFIXES = (".pdf", ".html", ".htm", ".docx")
_TEXT = operator.attrgetter("text")


def read_native(path: Path, data: bytes, doc_id: str) -> tuple[Document, dict]:
    """Segment a native file; returns the document and the format-specific ``source`` fields."""
    doc, extra = _read(path, data, doc_id)
    return _references(doc), extra


def _references(doc: Document) -> Document:
    """A reference section is debris on this route too (refs.mark_references on the finished units, their texts
    squeezed as the text route's are); the units made again only where a kind changed (ids and offsets kept)."""
    units = doc.units
    if not refs.may_hold(list(map(_TEXT, units))):
        return doc  # (no two units that may open with an entry's number: nothing to mark, no text squeezed)
    kinds = [u.kind for u in units]
    marked = refs.mark_references(kinds, ["".join(u.text.split()) for u in units])
    if marked == kinds:
        return doc
    remade = make_units(doc.doc_id, marked, [u.text for u in units], [u.offsets for u in units], [u.where for u in units])
    return Document(doc.doc_id, remade, doc.meta)


def _read(path: Path, data: bytes, doc_id: str) -> tuple[Document, dict]:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        from .pdf import read_pdf

        doc, extra = read_pdf(path, doc_id)
        return doc, {"format": "pdf", **extra}
    if suffix in (".html", ".htm"):
        from .html import read_html

        doc, extra = read_html(data, doc_id, path=str(path))
        return doc, {"format": "html", **extra}
    if suffix == ".docx":
        from .docx import read_docx

        doc, extra = read_docx(path, doc_id)
        return doc, {"format": "docx", **extra}
    raise ValueError(f"no native reader for {suffix}")
