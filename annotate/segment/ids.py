"""Stable identifiers: a document is its file stem, a unit is its document plus a hash of its text.

A unit's id does not depend on its position, so editing one paragraph changes only that
paragraph's id. Identical texts in one document are told apart by an occurrence counter
("…-3f2a9c1b", "…-3f2a9c1b-2", in reading order).
"""

from __future__ import annotations

import hashlib
from pathlib import Path, PurePath

__all__ = ["doc_id_for", "ParaIds", "para_ids"]


def doc_id_for(path: str | PurePath) -> str:
    return (path if isinstance(path, PurePath) else Path(path)).stem  # (a path is not parsed again)


class ParaIds:
    """Hands out para_ids for one document, counting repeated texts."""

    def __init__(self, doc_id: str) -> None:
        self.doc_id = doc_id
        self._seen: dict[str, int] = {}

    def __call__(self, text: str) -> str:
        return self.for_digest(hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:8])

    def for_digest(self, digest: str) -> str:
        count = self._seen.get(digest, 0) + 1
        self._seen[digest] = count
        return f"{self.doc_id}-{digest}" if count == 1 else f"{self.doc_id}-{digest}-{count}"


def para_ids(doc_id: str, texts: list[str]) -> list[str]:
    """The ids :class:`ParaIds` hands out for ``texts`` in order, hashed in one pass; the
    occurrence counter only runs when two digests coincide."""
    sha1 = hashlib.sha1
    digests = [sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:8] for text in texts]
    if len(set(digests)) < len(digests):
        return list(map(ParaIds(doc_id).for_digest, digests))
    return [f"{doc_id}-{digest}" for digest in digests]
