"""Turn one annotation's (or prediction's) ``result`` list into entities and QA pairs.

Entities come from the NER ``<Labels>`` control. A QA pair is an ``answer`` region plus the
per-region ``question`` TextArea result that carries the *same result id* (Label Studio's rule for
per-region controls); a question whose id matches no region falls back to the region with the same
start/end. Several answer regions with the identical question text make one question with several
answers. Each entry of the free ``unanswerable`` TextArea is a question with no answer.

A stable QA id and the answer type travel in the results' ``meta`` (Label Studio keeps a result's
``meta`` object as it is, on import, in the editor and in JSON exports; JSON_MIN drops it):

- an ``answer`` region, or its ``question`` result: ``"meta": {"qa_id": "...", "answer_type": "money"}``;
- an ``unanswerable`` result: ``"meta": {"qa": [{"question": "...", "qa_id": "...", "answer_type": "count"}]}``,
  matched to the entries of ``value.text`` by question text (so reordering or deleting entries is safe).

Either key may be absent; ``answer_type`` must be one of :data:`annotate.labels.ANSWER_TYPES`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from typing import Any

from ..errors import InputError
from ..labels import ANSWER_TYPES
from ..spans import Span
from .layout import Layout
from .model import QA, Repair
from .regions import RECOUNTS, REPAIRS, RegionProblem, check_region, recount

__all__ = ["ResultParser", "label_controls"]

_REPAIR_HINT = "fix the export, or rerun with --repair to re-locate each region's text nearby"
_FIX_HINT = "fix the region's offsets or its text in the export"
_RECOUNT_HINT = ("offsets must index data.{} in code points (UTF-16 units and \\r\\n as one are read too); "
                 "`ls import --repair` re-locates a region's text nearby")


def _texts(value: Any) -> list[str]:
    """The non-empty, stripped entries of a TextArea value (a string, a list, or ``{"text": ...}``)."""
    if isinstance(value, dict):
        value = value.get("text")
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return []
    return [s.strip() for s in value if isinstance(s, str) and s.strip()]


_Ident = tuple[str | None, str | None]  # (qa_id, answer_type) from a result's meta


def _witness(value: dict[str, Any]) -> str | None:
    return value.get("text") if isinstance(value.get("text"), str) else None


def _regions(value: Any, path: str, record: Any, who: str) -> list[dict[str, Any]]:
    """A JSON_MIN control's regions: a list of objects, else an error naming the task (never dropped)."""
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise InputError(f"{who}: a control's regions must be a list of objects", path=path, record=record,
                         hint="fix the export (or export the project again)")
    return value


def _looks_like_regions(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(
        isinstance(v, dict) and "labels" in v and "start" in v for v in value)


def label_controls(items: list[Any]) -> list[str]:
    """Names of the ``<Labels>`` controls the tasks' results (or JSON_MIN records) use, in order of first use."""
    names: dict[str, None] = {}
    for item in items:
        if not isinstance(item, dict):
            continue
        if "data" not in item:  # JSON_MIN: a control's regions sit under its name
            names.update((k, None) for k, v in item.items() if _looks_like_regions(v))
            continue
        for group in (item.get("annotations"), item.get("completions"), item.get("predictions")):
            for entry in group if isinstance(group, list) else []:
                results = entry.get("result") if isinstance(entry, dict) else None
                for res in results if isinstance(results, list) else []:
                    value = res.get("value") if isinstance(res, dict) else None
                    if isinstance(value, dict) and (str(res.get("type") or "").lower() == "labels"
                                                    or "labels" in value):
                        names[str(res.get("from_name"))] = None
    return list(names)


class ResultParser:
    """Parses results for one export, collecting what the import summary must report."""

    def __init__(self, *, layout: Layout, mapper: Any, repair: bool | Collection[str], path: str,
                 other_controls: str = "error") -> None:
        self.layout = layout
        self.mapper = mapper
        self.repair = repair
        self.hint = (_REPAIR_HINT if repair is False else _FIX_HINT if repair is True
                     else _RECOUNT_HINT.format(layout.text))
        self.path = path
        self.other_controls = other_controls  # "error" | "ignore": Labels controls not in the layout
        self.repairs: list[Repair] = []
        self.ignored: Counter[str] = Counter()
        self.unknown_controls: Counter[str] = Counter()
        self.incomplete_qa: list[dict[str, Any]] = []
        self.first_seen: dict[str, Any] = {}  # unknown label or control -> the first task it was seen in

    # -- shared pieces ---------------------------------------------------------------------
    def is_control(self, key: str, value: Any) -> bool:
        """In a JSON_MIN record: is ``key`` a control's output rather than task data?"""
        if key in self.layout.controls:
            return True
        if _looks_like_regions(value):
            self.unknown_controls[key] += 1
            return True
        return False

    def _locate(self, text: str, value: dict[str, Any], record: Any, rid: Any, who: str) -> tuple[int, int]:
        witness = _witness(value)
        start, end = value.get("start"), value.get("end")
        try:
            found = check_region(text, start, end, witness, repair=self.repair)
        except RegionProblem as err:
            region = f" region {rid}" if rid is not None else " region"
            raise InputError(f"{who}{region}: {err}", path=self.path, record=record, hint=self.hint) from None
        if found.how is not None:
            self.repairs.append(Repair(task=record, region=rid, old=(start, end), new=(found.start, found.end),
                                       text=text[found.start:found.end], how=found.how))
        return found.start, found.end

    def _locate_all(self, text: str, regions: list[tuple[Any, dict[str, Any]]], record: Any,
                    who: str) -> list[tuple[int, int]]:
        """Offsets for all regions of one annotation, decided together: as exported when every region
        agrees with the text; else (with ``--repair``) the first recount under which every region
        agrees, so a region that matches by coincidence (a repeated character) is recounted with its
        neighbours; only then region by region (see :func:`.regions.check_region`)."""
        def plain(value: dict[str, Any]) -> bool:
            try:
                return check_region(text, value.get("start"), value.get("end"), _witness(value)).how is None
            except RegionProblem:
                return False

        if self.repair and not all(plain(v) for _, v in regions):
            ways = REPAIRS if self.repair is True else tuple(self.repair)
            for how in (w for w in RECOUNTS if w in ways):
                found = [recount(text, v.get("start"), v.get("end"), _witness(v), how) for _, v in regions]
                if all(f is not None for f in found):
                    out = []
                    for (rid, value), loc in zip(regions, found, strict=True):
                        if loc.how is not None:
                            self.repairs.append(Repair(task=record, region=rid, old=(value["start"], value["end"]),
                                                       new=(loc.start, loc.end), text=text[loc.start:loc.end],
                                                       how=loc.how))
                        out.append((loc.start, loc.end))
                    return out
        return [self._locate(text, value, record, rid, who) for rid, value in regions]

    def _entities(self, regions: list[tuple[Any, dict[str, Any]]], located: list[tuple[int, int]], record: Any,
                  who: str) -> tuple[Span, ...]:
        spans: set[Span] = set()
        for (rid, value), (start, end) in zip(regions, located, strict=True):
            labels = value.get("labels")
            if not isinstance(labels, list) or not labels:
                raise InputError(f"{who} region {rid}: the region has no labels, so its entity type is unknown",
                                 path=self.path, record=record,
                                 hint="label the region in Label Studio (or delete it) and export again")
            ours = set()
            for label in labels:
                mapped = self.mapper(str(label))
                if mapped is not None:
                    ours.add(mapped)
                elif str(label) in self.mapper.unknown:
                    self.first_seen.setdefault(str(label), record)
            if len(ours) > 1:
                raise InputError(f"{who} region {rid}: the region has {len(ours)} labels ({', '.join(sorted(ours))}); "
                                 "an entity has one type", path=self.path, record=record,
                                 hint="keep one label on the region in Label Studio and export again")
            if ours:
                spans.add(Span(start, end, ours.pop()))
        return tuple(sorted(spans))

    def _ident(self, meta: Any, record: Any, where: str) -> _Ident:
        """``(qa_id, answer_type)`` of one meta object; a wrong type is an error naming the task."""
        if not isinstance(meta, dict):
            return None, None
        qa_id, answer_type = meta.get("qa_id"), meta.get("answer_type")
        if qa_id is not None and (not isinstance(qa_id, str) or not qa_id.strip()):
            raise InputError(f"{where}: meta.qa_id must be a non-empty string, got {qa_id!r}", path=self.path,
                             record=record, hint="fix the export's result meta or remove it")
        if answer_type is not None and answer_type not in ANSWER_TYPES:
            raise InputError(f"{where}: unknown meta.answer_type {answer_type!r}", path=self.path, record=record,
                             hint=f"use one of {', '.join(ANSWER_TYPES)}")
        return (qa_id.strip() if qa_id else None), answer_type

    def _unanswerable_idents(self, meta: Any, record: Any, who: str) -> dict[str, _Ident]:
        entries = meta.get("qa") if isinstance(meta, dict) else None
        found: dict[str, _Ident] = {}
        for entry in entries if isinstance(entries, list) else []:
            if isinstance(entry, dict) and isinstance(entry.get("question"), str):
                found[entry["question"].strip()] = self._ident(entry, record, f"{who} unanswerable")
        return found

    def _qa(self, answers: list[tuple[Any, int, int]], questions: list[tuple[Any, list[str]]],
            unanswerable: list[str], text: str, record: Any,
            idents: dict[Any, _Ident] | None = None, un_idents: dict[str, _Ident] | None = None) -> tuple[QA, ...]:
        idents, un_idents = idents or {}, un_idents or {}
        by_question: dict[str, list[tuple[int, int]]] = {}
        ident_of: dict[str, _Ident] = {}
        for (rid, start, end), texts in zip(answers, [t for _, t in questions], strict=True):
            if not texts:
                self.incomplete_qa.append({"task": record, "problem": "answer region without a question",
                                           "answer": text[start:end], "start": start})
            for question in texts:
                spans = by_question.setdefault(question, [])
                if (start, end) not in spans:
                    spans.append((start, end))
                if ident_of.get(question, (None, None)) == (None, None):
                    ident_of[question] = idents.get(rid, (None, None))
        items = [QA(q, tuple(spans), False, *ident_of[q]) for q, spans in by_question.items()]
        for question in dict.fromkeys(unanswerable):
            if question in by_question:
                self.incomplete_qa.append({"task": record, "question": question,
                                           "problem": "marked unanswerable but also has an answer; kept the answer"})
                continue
            items.append(QA(question, (), True, *un_idents.get(question, (None, None))))
        return tuple(items)

    # -- JSON -------------------------------------------------------------------------------
    def parse(self, results: list[Any], text: str, record: Any, *, who: str,
              check: bool = True) -> tuple[tuple[Span, ...], tuple[QA, ...]]:
        """Entities and QA pairs of one full-JSON result list (``check=False``: not used, not read)."""
        if not check:
            return (), ()
        lay = self.layout
        ner: list[tuple[Any, dict[str, Any]]] = []
        answers: list[tuple[Any, int, int]] = []
        questions: list[tuple[Any, dict[str, Any]]] = []
        unanswerable: list[str] = []
        idents: dict[Any, _Ident] = {}      # answer result id -> (qa_id, answer_type)
        un_idents: dict[str, _Ident] = {}   # unanswerable question -> (qa_id, answer_type)
        if not isinstance(results, list):
            raise InputError(f"{who}: 'result' must be a list of regions, got {type(results).__name__}",
                             path=self.path, record=record, hint="fix the export (or export the project again)")
        answer_values: list[tuple[Any, dict[str, Any]]] = []
        for n, res in enumerate(results):
            if not isinstance(res, dict):
                raise InputError(f"{who}: result item {n} is not a JSON object", path=self.path, record=record,
                                 hint="fix the export (or export the project again)")
            name, kind = res.get("from_name"), str(res.get("type") or "").lower()
            value = res.get("value") if isinstance(res.get("value"), dict) else {}
            if name == lay.ner:
                ner.append((res.get("id"), value))
            elif name in (lay.answer, lay.question):
                if name == lay.answer:
                    answer_values.append((res.get("id"), value))
                else:
                    questions.append((res.get("id"), value))
                ident = self._ident(res.get("meta"), record, f"{who} region {res.get('id')}")
                if ident != (None, None) and idents.get(res.get("id"), (None, None)) == (None, None):
                    idents[res.get("id")] = ident
            elif name == lay.unanswerable:
                unanswerable += _texts(value)
                un_idents.update(self._unanswerable_idents(res.get("meta"), record, who))
            elif kind == "labels" or "labels" in value:
                self.unknown_controls[str(name)] += 1
                self.first_seen.setdefault(str(name), record)
            else:
                self.ignored[str(name or kind or "?")] += 1
        located = self._locate_all(text, ner + answer_values, record, who)
        answers += [(rid, start, end) for (rid, _), (start, end) in zip(answer_values, located[len(ner):], strict=True)]
        paired = self._pair_by_id(answers, questions, text, record)
        return (self._entities(ner, located[:len(ner)], record, who),
                self._qa(answers, paired, unanswerable, text, record, idents, un_idents))

    def _pair_by_id(self, answers: list[tuple[Any, int, int]], questions: list[tuple[Any, dict[str, Any]]],
                    text: str, record: Any) -> list[tuple[Any, list[str]]]:
        """For each answer region (in order), the question texts attached to it."""
        attached: list[list[str]] = [[] for _ in answers]
        index_by_id = {rid: i for i, (rid, _, _) in enumerate(answers) if rid is not None}
        for rid, value in questions:
            i = index_by_id.get(rid)
            if i is None:  # fall back to the region with the same offsets
                i = next((j for j, (_, s, e) in enumerate(answers)
                          if (s, e) == (value.get("start"), value.get("end"))), None)
            if i is None:
                for question in _texts(value):
                    self.incomplete_qa.append({"task": record, "question": question,
                                               "problem": "question without an answer region"})
                continue
            attached[i] += _texts(value)
        return [(answers[i][0], texts) for i, texts in enumerate(attached)]

    # -- JSON_MIN ---------------------------------------------------------------------------
    def parse_min(self, rec: dict[str, Any], text: str, record: Any) -> tuple[tuple[Span, ...], tuple[QA, ...]]:
        lay = self.layout
        who = f"annotation {rec.get('annotation_id')}"
        ner = [(None, v) for v in _regions(rec.get(lay.ner), self.path, record, who)]
        answer_values = [(None, v) for v in _regions(rec.get(lay.answer), self.path, record, who)]
        located = self._locate_all(text, ner + answer_values, record, who)
        answers = [(None, start, end) for start, end in located[len(ner):]]
        raw_q = rec.get(lay.question)
        entries = raw_q if isinstance(raw_q, list) else ([] if raw_q is None else [raw_q])
        paired = self._pair_min(answers, entries, text, record)
        return self._entities(ner, located[:len(ner)], record, who), self._qa(answers, paired, _texts(rec.get(lay.unanswerable)),
                                                               text, record)

    def _pair_min(self, answers: list[tuple[Any, int, int]], entries: list[Any], text: str,
                  record: Any) -> list[tuple[Any, list[str]]]:
        # A per-region TextArea keeps its region's start/end only when it has several texts; a
        # single question is flattened to a bare string, so pairing falls back to result order.
        if all(isinstance(e, dict) and "start" in e for e in entries):
            questions = [(None, e) for e in entries]
            return self._pair_by_id(answers, questions, text, record)
        if len(entries) != len(answers):
            raise InputError(
                f"JSON_MIN export has {len(answers)} answer region(s) but {len(entries)} question(s): "
                "it no longer says which question belongs to which answer",
                path=self.path, record=record, hint="export the project as JSON (not JSON_MIN) for QA")
        return [(rid, _texts(e)) for (rid, _, _), e in zip(answers, entries, strict=True)]

    def finish(self) -> None:
        """Raise for what can only be judged after the whole export was read."""
        if self.other_controls == "ignore":
            self.ignored.update(self.unknown_controls)
            self.unknown_controls.clear()
        if self.unknown_controls:
            names = sorted(self.unknown_controls)
            raise InputError(
                f"the export has labeling controls this toolkit does not know: {', '.join(map(repr, names))} "
                f"(expected {self.layout.ner!r} for entities, {self.layout.answer!r} for answers)",
                path=self.path, record=self.first_seen.get(names[0]),
                hint="the project must use the config from `ls config`, or pass --ner-control NAME")
        if self.mapper.unknown:
            labels = sorted(self.mapper.unknown)
            raise InputError(
                f"the export uses labels that are not ours: {', '.join(labels)}",
                path=self.path, record=self.first_seen.get(labels[0]),
                hint="map them with --label-map FILE (JSON {\"THEIRS\": \"OURS\" or null}) or --scheme "
                     "(ontonotes, cluener, msra, ...)")
