"""Paragraph segmentation of messy Chinese articles (pure core; file I/O lives in ``files``).

``segment_text(raw, doc_id)`` turns one decoded article into units (title, heading, byline, meta,
paragraph, debris) with normalized text, sentence cuts and an offset map back to ``raw``.
The rules are documented in docs/segmentation.md.
"""

from .classify import KINDS, DocMeta
from .core import SCHEMA_VERSION, Document, Unit, segment_text, to_record
from .decode import Decoded, decode_bytes
from .normalize import check_offsets, expand, normalize_char, raw_index

__all__ = [
    "KINDS", "SCHEMA_VERSION", "DocMeta", "Document", "Unit", "Decoded",
    "segment_text", "to_record", "decode_bytes", "check_offsets", "expand", "normalize_char", "raw_index",
]
