"""Predictions in the shape a Label Studio project expects (pure: no I/O, no server).

Label Studio's ML backends fail in quiet ways when the response does not fit the project: a
``from_name`` that is not a control of the labeling config shows nothing, a label missing from
the config is dropped by the UI, a CJK offset counted in UTF-16 lands one to three characters off.
This module reads the project's own config (:func:`ner_target`), maps the model's labels onto the
config's values (:func:`map_labels`) and builds regions whose offsets are Python code points into
the task's text (:func:`prediction`), the same convention as ``ls push``.

>>> target = ner_target('<View><Text name="t" value="$body"/>'
...                     '<Labels name="ents" toName="t"><Label value="PER"/><Label value="Place"/></Labels></View>')
>>> (target.from_name, target.to_name, target.data_key, target.labels)
('ents', 't', 'body', ('PER', 'Place'))
>>> mapping = map_labels(("PER", "LOC", "DATE"), target.labels)
>>> mapping.table, mapping.dropped
({'PER': 'PER', 'LOC': 'Place'}, ('DATE',))
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from annotate.errors import InputError
from annotate.spans import Span, trimmed

__all__ = ["NerTarget", "LabelMapping", "ner_target", "map_labels", "prediction", "task_score", "SYNONYMS"]

#: other names of our labels that projects use; a config value is matched exactly, then case-blind,
#: then through this table (one copy: the per-scheme tables in annotate.labels map *tag sets*)
SYNONYMS: dict[str, tuple[str, ...]] = {
    "PER": ("PERSON", "NAME", "PEOPLE", "人名"),
    "ORG": ("ORGANIZATION", "ORGANISATION", "COMPANY", "机构", "组织"),
    "LOC": ("LOCATION", "PLACE", "GPE", "ADDRESS", "地名", "地点"),
    "DATE": ("TIME", "DATETIME", "日期", "时间"),
    "MONEY": ("CURRENCY", "金额"),
    "PERCENT": ("PERCENTAGE", "RATIO", "百分比"),
    "QUANTITY": ("QTY", "COUNT", "NUMBER", "CARDINAL", "数量"),
}


@dataclass(frozen=True)
class NerTarget:
    """Where NER regions go in a project: the ``Labels`` control over a ``Text`` object."""

    from_name: str
    to_name: str
    data_key: str
    labels: tuple[str, ...]


@dataclass(frozen=True)
class LabelMapping:
    """Model label -> config label; ``dropped``: model labels the config has no value for."""

    table: dict[str, str]
    dropped: tuple[str, ...]


def ner_target(label_config: str) -> NerTarget:
    """The first ``<Labels>`` control whose ``toName`` is a ``<Text>`` (or ``<HyperText>``) object.

    Raises :class:`InputError` when the config cannot be parsed or has no such control.
    """
    try:
        root = ET.fromstring(label_config)
    except ET.ParseError as err:
        raise InputError(f"the labeling config is not valid XML ({err})",
                         hint="check the project's Settings → Labeling Interface") from None
    texts = {node.get("name"): node.get("value", "") for node in root.iter()
             if node.tag in ("Text", "HyperText") and node.get("name")}
    for node in root.iter("Labels"):
        to_name = node.get("toName", "")
        if node.get("name") and to_name in texts:
            labels = tuple(child.get("value") for child in node if child.tag == "Label" and child.get("value"))
            key = texts[to_name].lstrip("$") or to_name
            return NerTarget(node.get("name", ""), to_name, key, labels)  # type: ignore[arg-type]
    raise InputError("the labeling config has no <Labels> control over a <Text> object",
                     hint="the backend pre-annotates text spans: add <Labels name=\"label\" toName=\"text\"> "
                          "over <Text name=\"text\" value=\"$text\"/>, e.g. from `python -m annotate ls config`")


def map_labels(model_labels: Iterable[str], config_labels: Sequence[str]) -> LabelMapping:
    """Match each model label to a config value: exact, case-blind, then :data:`SYNONYMS`."""
    by_fold = {value.casefold(): value for value in config_labels}
    table: dict[str, str] = {}
    dropped: list[str] = []
    for label in dict.fromkeys(model_labels):
        if label in config_labels:
            table[label] = label
            continue
        names = (label, *SYNONYMS.get(label.upper(), ()))
        hit = next((by_fold[n.casefold()] for n in names if n.casefold() in by_fold), None)
        if hit is None:
            dropped.append(label)
        else:
            table[label] = hit
    return LabelMapping(table, tuple(dropped))


def task_score(spans: Sequence[Span], sequence_score: float | None = None) -> float | None:
    """The task's confidence: the model's sequence score if it gives one, else its least sure span."""
    if sequence_score is not None:
        return float(sequence_score)
    scores = [s.score for s in spans if s.score is not None]
    return float(min(scores)) if scores else None


def prediction(text: str, spans: Sequence[Span], target: NerTarget, mapping: LabelMapping | Mapping[str, str],
               model_version: str, *, sequence_score: float | None = None) -> dict[str, Any]:
    """One Label Studio prediction: regions with code-point offsets, labels mapped, scores kept.

    Spans whose label the mapping drops are left out; edge whitespace is trimmed (guidelines); spans
    are never merged, so two adjacent entities of one type stay two regions.
    """
    table = mapping.table if isinstance(mapping, LabelMapping) else mapping
    result: list[dict[str, Any]] = []
    kept: list[Span] = []
    for span in sorted(spans):
        label = table.get(span.label)
        if label is None or span.end > len(text):
            continue
        cut = trimmed(text, span)
        if cut is None:
            continue
        start, end = cut.start, cut.end
        region: dict[str, Any] = {
            "id": f"r{len(result) + 1}", "from_name": target.from_name, "to_name": target.to_name,
            "type": "labels", "origin": "prediction",
            "value": {"start": start, "end": end, "text": text[start:end], "labels": [label]},
        }
        if span.score is not None:
            region["score"] = round(float(span.score), 4)
        result.append(region)
        kept.append(span)
    out: dict[str, Any] = {"model_version": model_version, "result": result}
    score = task_score(kept, sequence_score)
    if score is not None:
        out["score"] = round(score, 6)
    return out
