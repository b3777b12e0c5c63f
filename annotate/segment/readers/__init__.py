"""Native readers: one module per file format, each returning a segmented :class:`Document`.

``.pdf`` (:mod:`.pdf`, pypdfium2 text layer), ``.html``/``.htm`` (:mod:`.html`, block walk of the
markup), ``.docx`` (:mod:`.docx`, python-docx). Plain text (``.txt``/``.md``) goes through the
text route (:func:`annotate.segment.core.segment_text`). Heavy libraries are imported lazily.
"""

from __future__ import annotations

from pathlib import Path

from ..core import Document

__all__ = ["NATIVE_SUFFIXES", "read_native"]

NATIVE_SUFFIXES = (".pdf", ".html", ".htm", ".docx")


def read_native(path: Path, data: bytes, doc_id: str) -> tuple[Document, dict]:
    """Segment a native file; returns the document and the format-specific ``source`` fields."""
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
