"""``ls import`` and ``ls to-bio``: a Label Studio export in, toolkit files out.

Both read and check the whole export first and write atomically at the end, so a bad export
leaves nothing behind. Both return a summary dict; the commands only format it.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import asdict, dataclass, replace
from typing import Any

from ..bio import blocks_text, format_block
from ..errors import InputError, UsageError
from ..io import atomic_write, read_json, write_jsonl
from ..spans import Span
from .corrected import DEFAULT_POLICY, Chosen, Policy, choose, to_record, usable
from .export import Export, LabelMapper, load_raw, parse_export, read_export
from .layout import DEFAULT_LAYOUT, Layout
from .model import Task
from .regions import RECOUNTS
from .results import label_controls

__all__ = ["import_export", "export_to_bio", "read_entities", "Entities", "load_mapper", "merge_duplicates",
           "OVERLAP_POLICIES", "DEFAULT_POLICY"]

OVERLAP_POLICIES = ("error", "longest", "shortest")
_VALIDATE_FIRST = 20


def load_mapper(label_map: str | os.PathLike[str] | None = None, scheme: str | None = None) -> LabelMapper:
    table = None
    if label_map is not None:
        table = read_json(label_map)
        if not isinstance(table, dict) or not all(isinstance(v, str | None) for v in table.values()):
            raise InputError("a label map must be a JSON object {\"THEIR_LABEL\": \"OUR_LABEL\" or null}",
                             path=str(label_map), hint='e.g. {"PERSON": "PER", "GPE": "LOC", "NORP": null}')
    return LabelMapper(table, scheme)


def merge_duplicates(tasks: list[Task], path: str) -> tuple[list[Task], dict[str, list[Any]]]:
    """One task per paragraph: copies of a paragraph (same ``data.id``, e.g. from two concurrent pushes)
    become one task holding all their annotations, so the annotation policy chooses across them.
    Copies with different texts, or one Label Studio task id used twice, stop the import."""
    groups: dict[str, list[Task]] = {}
    for task in tasks:
        groups.setdefault(str(task.key), []).append(task)
    ids = Counter(t.task_id for t in tasks if t.task_id is not None)
    for twice in (tid for tid, n in ids.items() if n > 1):
        if len({str(t.key) for t in tasks if t.task_id == twice}) > 1:
            raise InputError(f"task id {twice} occurs twice with different paragraphs", path=path, record=twice,
                             hint="export the project again; an export lists each task once")
    out: list[Task] = []
    merged: dict[str, list[Any]] = {}
    for key, group in groups.items():
        if len(group) == 1:
            out.append(group[0])
            continue
        if len({t.text for t in group}) > 1:
            where = ", ".join(str(t.task_id) for t in group)
            raise InputError(f"paragraph {key!r} occurs in tasks {where} with different texts", path=path,
                             record=group[1].task_id, hint="delete the wrong copy in Label Studio and export again")
        merged[key] = [t.task_id for t in group]
        out.append(replace(group[0], annotations=tuple(a for t in group for a in t.annotations),
                           drafts=sum(t.drafts for t in group)))
    return out, merged


def _select(export: Export, policy: Policy) -> tuple[list[Chosen], dict[str, Any]]:
    tasks, merged = merge_duplicates(export.tasks, export.path)
    export = replace(export, tasks=tasks)
    chosen: list[Chosen] = []
    unlabeled: list[Any] = []
    missed: list[Any] = []
    skipped: list[dict[str, Any]] = []
    drafts: list[dict[str, Any]] = []
    used = 0
    for task in export.tasks:
        skipped += [{"task": task.ref, "annotation_id": a.id, "annotator": a.annotator}
                    for a in task.annotations if a.cancelled]
        if task.drafts:
            drafts.append({"task": task.ref, "drafts": task.drafts})
        pick = choose(task, policy)
        if pick is None:
            has_any = any(not a.cancelled for a in task.annotations)
            (missed if has_any else unlabeled).append(task.ref)
            continue
        used += len(pick.annotations)
        chosen.append(pick)
    total = sum(len(t.annotations) for t in export.tasks)
    report = {
        "annotations": {"total": total, "used": used, "skipped": len(skipped),
                        "not_chosen": total - used - len(skipped), "drafts": sum(d["drafts"] for d in drafts)},
        "unlabeled_tasks": unlabeled,
        "policy_misses": missed,
        "skipped": skipped,
        "drafts": drafts,
        "merged_tasks": merged,
    }
    return chosen, report


def _summary(export: Export, policy: Policy, chosen: list[Chosen], report: dict[str, Any]) -> dict[str, Any]:
    labels = Counter(s.label for c in chosen for s in c.entities)
    qa = [item for c in chosen for item in c.qa]
    return {
        "export": export.path,
        "format": export.format,
        "policy": str(policy),
        "tasks": len(export.tasks),
        "records": len(chosen),
        **report,
        "ground_truth_records": sum(any(a.ground_truth for a in c.annotations) for c in chosen),
        "entities": dict(sorted(labels.items())),
        "qa": {"questions": len(qa), "answers": sum(len(i.answers) for i in qa),
               "impossible": sum(i.is_impossible for i in qa)},
        "repairs": [asdict(r) for r in export.repairs],
        "dropped_labels": export.dropped_labels,
        "ignored_controls": export.ignored_controls,
        "incomplete_qa": export.incomplete_qa,
        "prediction_ids_only": any(t.prediction_ids_only for t in export.tasks),
        "duplicate_ids": sorted(report["merged_tasks"]),
        "notes": _notes(export),
    }


def _notes(export: Export) -> list[str]:
    notes = []
    if export.format == "JSON_MIN":
        notes.append("JSON_MIN carries no skipped annotations, drafts, ground-truth flags or prediction links; "
                     "export JSON for those")
    if any(t.prediction_ids_only for t in export.tasks):
        notes.append("predictions are listed by id only; model_version comes from the annotations where known")
    return notes


def _load(path: str | os.PathLike[str], *, layout: Layout, repair: bool, label_map: Any,
          scheme: str | None) -> Export:
    export = read_export(path, layout=layout, repair=repair, mapper=load_mapper(label_map, scheme), predictions=False)
    if export.format == "TASKS":
        raise InputError("this is a tasks file (predictions only): nobody has annotated it yet", path=str(path),
                         hint="export the project from Label Studio after correcting (`ls pull`)")
    return export


def import_export(path: str | os.PathLike[str], out: str | os.PathLike[str], *, policy: str = DEFAULT_POLICY,
                  repair: bool = False, label_map: str | os.PathLike[str] | None = None,
                  scheme: str | None = None, layout: Layout = DEFAULT_LAYOUT) -> dict[str, Any]:
    """Convert an export into corrected records at ``out``; returns the summary."""
    import schemas

    pol = Policy.parse(policy)
    export = _load(path, layout=layout, repair=repair, label_map=label_map, scheme=scheme)
    chosen, report = _select(export, pol)
    records = [to_record(c, pol) for c in chosen]
    # Records are built by our own code (the tests validate every one); checking a few here guards the
    # contract at run time without paying jsonschema's cost (~5 ms) on every record.
    for rec in records[:_VALIDATE_FIRST]:
        schemas.validate(rec, "corrected", path=str(path), record=rec["task_id"] or rec["id"])
    if records:  # nothing annotated: nothing written, and an earlier output is kept
        write_jsonl(out, records)
    return {**_summary(export, pol, chosen, report), "out": str(out), "written": bool(records)}


def _resolve_overlaps(spans: tuple[Span, ...], how: str, ref: Any, path: str) -> tuple[list[Span], int]:
    """Non-overlapping spans for BIO: ``longest`` keeps outer spans, ``shortest`` inner ones (ties: earliest)."""
    keys = {"longest": lambda s: (-len(s), s.start), "shortest": lambda s: (len(s), s.start)}
    order = sorted(spans, key=keys.get(how, lambda s: (s.start, s.end)))
    kept: list[Span] = []
    for span in order:
        if any(span.overlaps(k) for k in kept):
            if how == "error":
                other = next(k for k in kept if span.overlaps(k))
                raise InputError(f"overlapping entities {other.key} and {span.key} cannot be written as BIO",
                                 path=path, record=ref, hint="pass --on-overlap longest (outer) or shortest (inner) to keep one")
            continue
        kept.append(span)
    return sorted(kept), len(spans) - len(kept)


def export_to_bio(path: str | os.PathLike[str], out: str | os.PathLike[str], *, policy: str = DEFAULT_POLICY,
                  scheme: str = "BIO", on_overlap: str = "error", repair: bool = False,
                  label_map: str | os.PathLike[str] | None = None, label_scheme: str | None = None,
                  layout: Layout = DEFAULT_LAYOUT) -> dict[str, Any]:
    """Write character-level tags for every annotated task (see :mod:`annotate.bio`)."""
    if on_overlap not in OVERLAP_POLICIES:
        raise UsageError(f"unknown --on-overlap {on_overlap!r}", hint=f"use one of {', '.join(OVERLAP_POLICIES)}")
    pol = Policy.parse(policy)
    export = _load(path, layout=layout, repair=repair, label_map=label_map, scheme=label_scheme)
    chosen, report = _select(export, pol)
    blocks, empty, dropped = [], [], 0
    for pick in chosen:
        if not pick.task.text:
            empty.append(pick.task.ref)
            continue
        spans, lost = _resolve_overlaps(pick.entities, on_overlap, pick.task.ref, str(path))
        dropped += lost
        blocks.append(format_block(pick.task.text, spans, scheme))
    if blocks:  # nothing annotated: nothing written, and an earlier output is kept
        with atomic_write(out) as handle:
            handle.write(blocks_text(blocks))
    summary = _summary(export, pol, chosen, report)
    return {**summary, "out": str(out), "written": bool(blocks), "scheme": scheme.upper(), "blocks": len(blocks),
            "characters": sum(len(c.task.text) for c in chosen), "empty_texts": empty,
            "overlaps_dropped": dropped}


@dataclass(frozen=True)
class Entities:
    """What :func:`read_entities` read: ``(key, text, spans, annotated)`` per task (labels as written;
    ``annotated`` when the spans are an annotation the policy chose, not a prediction or nothing)."""

    items: list[tuple[str, str, tuple[Span, ...], bool]]
    format: str

    @property
    def annotated(self) -> int:
        return sum(item[3] for item in self.items)


def read_entities(path: str | os.PathLike[str], *, use: str = "auto", policy: str = DEFAULT_POLICY,
                  text_key: str = "text", from_name: str | None = None) -> Entities:
    """The entities of every task of a Label Studio file (tasks, JSON or JSON_MIN export), labels kept
    as written: the one public reader other formats (:mod:`annotate.formats`) go through.

    The ``ls import`` reader underneath (:func:`.export.parse_export`): the same region checks and
    errors, except that offsets counted in UTF-16 units or with ``\\r\\n`` as one character are
    read when the region's text confirms them. ``use="annotations"``: the annotation ``policy``
    picks; ``"predictions"``: the first prediction; ``"auto"``: the annotation where a task has one,
    else its first prediction. ``from_name`` is the ``<Labels>`` control to read; by default
    ``label``, else the file's only one besides the QA ``answer`` control. A key is ``data.id``,
    else ``data.para_id``, else the task id, else the task's position.
    """
    if use not in ("auto", "annotations", "predictions"):
        raise ValueError(f"use must be auto, annotations or predictions, not {use!r}")
    pick = Policy.parse(policy)
    raw = load_raw(path)
    layout = Layout(text=text_key, ner=from_name or _entity_control(raw, path))
    export = parse_export(raw, path=str(path), layout=layout, repair=RECOUNTS, mapper=LabelMapper(raw=True),
                          predictions=use != "annotations", annotations=use != "predictions",
                          other_controls="ignore")
    if use == "predictions" and export.format == "JSON_MIN":
        raise InputError("a JSON_MIN export has no predictions", path=str(path),
                         hint="read its annotations (--use annotations), or export the project as JSON")
    items = []
    for index, task in enumerate(export.tasks):
        chosen = None if use == "predictions" else choose(task, pick)
        spans: tuple[Span, ...] = ()
        if chosen is not None:
            spans = chosen.entities
        elif task.predictions and (use == "predictions" or (use == "auto" and not usable(task))):
            spans = task.predictions[0].entities
        items.append((str(task.key if task.key is not None else index), task.text, spans, chosen is not None))
    return Entities(items, export.format)


def _entity_control(raw: Any, path: str | os.PathLike[str]) -> str:
    names = [n for n in label_controls(raw if isinstance(raw, list) else [raw]) if n != DEFAULT_LAYOUT.answer]
    if DEFAULT_LAYOUT.ner in names or not names:
        return DEFAULT_LAYOUT.ner
    if len(names) == 1:
        return names[0]
    raise InputError(f"several <Labels> controls hold entities: {', '.join(names)}; which one is the NER?",
                     path=str(path), hint=f"name it {DEFAULT_LAYOUT.ner!r} in the labeling config, or convert "
                     "the export with `ls import --ner-control NAME` and read the corrected JSONL")
