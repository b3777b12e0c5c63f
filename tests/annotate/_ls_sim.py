"""Build Label Studio exports the way the server writes them, for round-trip tests.

``full_export`` mimics LS 1.23's JSON export (region ``text`` collapsed the way the browser
selection collapses whitespace); ``json_min`` mimics label_studio_sdk's ``convert_to_json_min``
(pinned by a parity test against the real converter on the golden export).
"""

from __future__ import annotations

import copy
from typing import Any

TYPES = {"label": "Labels", "answer": "Labels", "question": "TextArea", "unanswerable": "TextArea"}


def collapse(text: str) -> str:
    return " ".join(text.split())


def labels_result(rid: str, control: str, text: str, start: int, end: int, label: str) -> dict[str, Any]:
    return {"value": {"start": start, "end": end, "text": collapse(text[start:end]), "labels": [label]},
            "id": rid, "from_name": control, "to_name": "text", "type": "labels", "origin": "manual"}


def annotation_result(text: str, spans: list[Any], qa: list[tuple[str, int, int]] = (),
                      unanswerable: list[str] = ()) -> list[dict[str, Any]]:
    result = [labels_result(f"e{i}", "label", text, s.start, s.end, s.label) for i, s in enumerate(spans)]
    for i, (question, start, end) in enumerate(qa):
        result.append(labels_result(f"a{i}", "answer", text, start, end, "ANSWER"))
        result.append({"value": {"start": start, "end": end, "text": [question]}, "id": f"a{i}",
                       "from_name": "question", "to_name": "text", "type": "textarea", "origin": "manual"})
    if unanswerable:
        result.append({"value": {"text": list(unanswerable)}, "id": "u0", "from_name": "unanswerable",
                       "to_name": "text", "type": "textarea", "origin": "manual"})
    return result


def annotation(ann_id: int, user: int, result: list[dict[str, Any]], *, created: str = "2024-05-01T10:00:00.000000Z",
               cancelled: bool = False, parent: int | None = None) -> dict[str, Any]:
    return {"id": ann_id, "completed_by": user, "result": result, "was_cancelled": cancelled, "ground_truth": False,
            "created_at": created, "updated_at": created, "draft_created_at": None, "lead_time": 10.0,
            "prediction": {}, "result_count": 0, "unique_id": f"u-{ann_id}", "import_id": None, "last_action": None,
            "bulk_created": False, "task": None, "project": 1, "updated_by": user, "parent_prediction": parent,
            "parent_annotation": None, "last_created_by": None}


def task(task_id: int, text: str, annotations: list[dict[str, Any]], predictions: list[Any] = (),
         **data: Any) -> dict[str, Any]:
    for ann in annotations:
        ann["task"] = task_id
    para = data.pop("para_id", f"p{task_id}")
    return {"id": task_id, "annotations": annotations, "file_upload": "x-tasks.json", "drafts": [],
            "predictions": list(predictions),
            "data": {"text": text, "id": para, "para_id": para, "doc_id": "d", **data},
            "meta": {}, "created_at": "2024-04-29T06:00:00.000000Z", "updated_at": "2024-04-29T06:00:00.000000Z",
            "inner_id": task_id, "total_annotations": len(annotations), "cancelled_annotations": 0,
            "total_predictions": len(predictions), "comment_count": 0, "unresolved_comment_count": 0,
            "last_comment_updated_at": None, "project": 1, "updated_by": None, "comment_authors": []}


def _prettify(values: list[dict[str, Any]]) -> Any:
    out, kind = [], None
    for value in values:
        value = copy.deepcopy(value)
        kind = value.pop("type")
        if kind == "TextArea" and len(value["text"]) == 1:
            out.append(value["text"][0])
        else:
            out.append(value)
    return out[0] if kind in ("Choices", "TextArea") and len(out) == 1 else out


def json_min(export: list[dict[str, Any]]) -> list[dict[str, Any]]:
    records = []
    for item in export:
        anns = [a for a in item["annotations"] if not (a.get("skipped") or a.get("was_cancelled"))]
        if not item["annotations"]:
            records.append({**item["data"], "id": item["id"], "annotator": None, "annotation_id": None,
                            "created_at": None, "updated_at": None, "lead_time": None})
            continue
        for ann in sorted(anns, key=lambda a: a.get("created_at", 0), reverse=True):
            outputs: dict[str, list[dict[str, Any]]] = {}
            for res in ann["result"]:
                if res["from_name"] in TYPES:
                    outputs.setdefault(res["from_name"], []).append({**res["value"], "type": TYPES[res["from_name"]]})
            record = {**copy.deepcopy(item["data"]), "id": item["id"]}
            record.update({name: _prettify(values) for name, values in outputs.items()})
            user = ann["completed_by"]
            record["annotator"] = user.get("email") if isinstance(user, dict) else user
            record.update({"annotation_id": ann["id"], "created_at": ann["created_at"],
                           "updated_at": ann["updated_at"], "lead_time": ann["lead_time"]})
            records.append(record)
    return records
