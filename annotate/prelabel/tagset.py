"""What a token-classification checkpoint's labels mean: tag scheme, label scheme, mapping to ours.

Pure code (no torch). A checkpoint's ``id2label`` is read as scheme tags (``B-GPE``, ``S-name``,
``M-ORG``, ``I-PER.NAM``); the *tag scheme* (BIO, BIOES, BMES, BILOU) is detected from the prefixes
by :func:`annotate.spans.detect_scheme`, and the *label scheme* (ours, ontonotes, cluener, ...) from the entity types, by
:func:`annotate.labels.detect_label_scheme` (the first table in
:data:`annotate.labels.LABEL_SCHEME_ORDER` that knows every type). Types the table maps to ``None``
are dropped on purpose; a type no table knows is an error listing every such label, never a guess.

Bracketed labels (``[PAD]``, ``<pad>``) and ``X`` are padding/sub-word placeholders some training
scripts keep in the head (e.g. ``uer/roberta-base-finetuned-cluener2020-chinese`` has ``[PAD]``):
they decode as ``O``. Labels without a prefix (``PER``) are read as IO tags (``I-PER``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ..errors import ModelError
from ..labels import LABELS, MAPPINGS, detect_label_scheme, lookup, missing_labels
from ..spans import SCHEMES, detect_scheme, split_tag, tags_to_spans

__all__ = ["TagSet", "build_tagset", "detect_tag_scheme"]

_PLACEHOLDER = re.compile(r"^(\[[^\]]*\]|<[^>]*>|X|PAD)$")
_GENERIC = re.compile(r"^LABEL_\d+$")


@dataclass(frozen=True)
class TagSet:
    """Decoding table for one checkpoint: raw tag per class id, schemes, and type -> our label."""

    tags: tuple[str, ...]
    tag_scheme: str
    label_scheme: str
    mapping: Mapping[str, str | None] = field(compare=False)

    def decode(self, ids: Sequence[int], *, strict: bool = False) -> list[tuple[int, int, str]]:
        """``(start, end, our_label)`` over positions; dropped types are removed.

        Decoding happens on the checkpoint's own types, so two adjacent entities whose types
        both map to LOC (``GPE`` then ``FAC``) stay two spans. Runs of ``O`` are skipped
        before :func:`~annotate.spans.tags_to_spans` sees the tags (an ``O`` closes every
        entity, so each stretch between them decodes independently).
        """
        outside = self._outside
        out: list[tuple[int, int, str]] = []
        n, i = len(ids), 0
        while i < n:
            if ids[i] in outside:
                i += 1
                continue
            j = i
            while j < n and ids[j] not in outside:
                j += 1
            for span in tags_to_spans([self.tags[k] for k in ids[i:j]], self.tag_scheme, strict=strict):
                label = self.mapping.get(span.label)
                if label is not None:
                    out.append((span.start + i, span.end + i, label))
            i = j
        return out

    @functools.cached_property
    def _outside(self) -> frozenset[int]:
        return frozenset(i for i, tag in enumerate(self.tags) if tag == "O")


def _parse(label: str) -> tuple[str, str | None]:
    """``(prefix, type)`` of a raw label; placeholders are ``("O", None)``."""
    if _PLACEHOLDER.match(label):
        return "O", None
    try:
        return split_tag(label)
    except ValueError:
        return "I", label  # IO tagging: a bare type name


def detect_tag_scheme(labels: Sequence[str]) -> str:
    """:func:`annotate.spans.detect_scheme` on a checkpoint's labels (placeholders are ``O``, bare
    types ``I-``); labels that fit no scheme are a :class:`ModelError`."""
    try:
        return detect_scheme(f"{prefix}-x" for prefix, _ in map(_parse, labels) if prefix != "O")
    except ValueError as err:
        raise ModelError(f"labels {err}", hint="pass the tag scheme explicitly") from None


def _types(labels: Sequence[str]) -> list[str]:
    return sorted({t for t in (_parse(lab)[1] for lab in labels) if t is not None})


def build_tagset(
    id2label: Mapping[int, str],
    *,
    tag_scheme: str = "auto",
    label_scheme: str = "auto",
    label_map: Mapping[str, str | None] | None = None,
    model: str = "the checkpoint",
) -> TagSet:
    """Read a checkpoint's ``id2label``; raise :class:`ModelError` naming every unmapped label."""
    n = len(id2label)
    if sorted(id2label) != list(range(n)):
        raise ModelError(f"{model}: id2label ids are not 0..{n - 1}", hint="fix config.json")
    labels = [str(id2label[i]) for i in range(n)]
    if all(_GENERIC.match(lab) for lab in labels):
        raise ModelError(
            f"{model}: the config has no label names (id2label is {labels[0]}..{labels[-1]})",
            hint="this is not a fine-tuned NER checkpoint, or its config.json lost id2label",
        )
    for target in (label_map or {}).values():
        if target is not None and target not in LABELS:
            raise ModelError(f"label map targets {target!r}, which is not one of {', '.join(LABELS)}")
    scheme = detect_tag_scheme(labels) if tag_scheme == "auto" else tag_scheme.upper()
    if scheme not in SCHEMES:
        raise ModelError(f"unknown tag scheme {tag_scheme!r}", hint=f"use one of {', '.join(SCHEMES)}")
    types = _types(labels)
    if label_scheme == "auto":
        label_scheme, missing = detect_label_scheme(types, label_map)
    else:
        if label_scheme not in MAPPINGS:
            raise ModelError(f"unknown label scheme {label_scheme!r}", hint=f"use one of {', '.join(MAPPINGS)}")
        missing = missing_labels(types, {**MAPPINGS[label_scheme], **(label_map or {})})
    if missing:
        raise ModelError(
            f"{model}: cannot map labels {', '.join(missing)} to {'/'.join(LABELS)} "
            f"(closest scheme: {label_scheme})",
            hint="give a label map (JSON object {\"THEIR_TYPE\": \"OUR_LABEL\" or null to drop})",
        )
    table = {**MAPPINGS[label_scheme], **(label_map or {})}
    mapping = {t: lookup(table, t)[1] for t in types}
    tags = tuple(_normalise(lab, scheme) for lab in labels)
    return TagSet(tags=tags, tag_scheme=scheme, label_scheme=label_scheme, mapping=mapping)


def _normalise(label: str, scheme: str) -> str:
    prefix, typ = _parse(label)
    if typ is None:
        return "O"
    if prefix not in SCHEMES[scheme]:
        raise ModelError(f"label {label!r} does not belong to tag scheme {scheme}")
    return f"{prefix}-{typ}"
