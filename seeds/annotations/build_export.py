"""Build ``seeds/annotations/export.json``: the seed gold as a Label Studio 1.23 full-JSON export.

Run from the repository root (deterministic: the same inputs give a byte-identical file)::

    python seeds/annotations/build_export.py                     # pipeline + prelabel, then export
    python seeds/annotations/build_export.py --tasks build/tasks.json   # tasks `prelabel` already wrote
    python seeds/annotations/build_export.py --allow-missing-ner # develop while corrections are unfinished

What goes in, per seed paragraph (one Label Studio task each, made the way the toolkit makes them:
``annotate pipeline seeds/`` then ``annotate prelabel`` with the default backend):

- ``data``: the task data exactly as ``prelabel`` wrote it (paragraph id, text, offset map to the raw file);
- ``predictions[0]``: the pre-labeller's prediction unchanged (model_version, score, regions), with an id;
- ``annotations[0]``: one completed, ground-truth annotation by ``annotator@seeds.local`` that starts from
  that prediction (``parent_prediction``), holding

  * the corrected entities of ``seeds/annotations/ner/<doc_id>.jsonl`` (control ``label``; a region keeps
    its prediction's id when it is that pre-label, kept or changed, as the Label Studio editor does);
  * the QA items of ``seeds/annotations/qa_items/<doc_id>.jsonl`` in the layout of docs/labelstudio.md: an
    answerable item is an ``answer`` region plus a per-region ``question`` result with the same result id
    (the item id), and one more such pair (id ``<item id>-a2``, ``-a3``) per alternative reference answer
    (``alternatives``; ``ls import`` merges regions with the same question into one item); the unanswerable items of a paragraph are the entries of one ``unanswerable`` result.
    Each item's id and ``answer_type`` ride in the results' ``meta`` (``{"qa_id", "answer_type"}``, and
    ``{"qa": [...]}`` on the unanswerable result), which ``ls import`` turns into the QA id and
    ``answer_type`` of the corrected records.

A QA item names its paragraph by ``anchor``, an exact substring of the raw article: the anchor's raw
offsets are mapped onto the paragraph through the paragraph's offset map (``source.offsets``,
schemas/paragraph.schema.json), and the answer is the one occurrence of ``answer`` in the paragraph text
inside the anchor's image (answers are written without the extract's spurious spaces, which the
segmenter removes too, so ``text[start:end] == answer`` is checked, not assumed).

Checks (all problems are listed, then exit 1 and nothing is written): every NER file has one line per
task of its article with the same paragraph id and text; every region satisfies
``data.text[start:end] == value.text``; corrected entities do not overlap and use our labels; every QA item
lands in exactly one paragraph with its answer found exactly once in its anchor; question texts are unique
per paragraph. ``--allow-missing-ner`` uses the predictions as stand-ins for articles whose NER file is
missing or unfinished: such annotations are by ``prelabel-standin@seeds.local`` with ``ground_truth``
false, and the run says so loudly (tests/annotate/test_seed_annotations.py refuses an export with any).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run as a script from anywhere: the toolkit lives at the repo root
    sys.path.insert(0, str(ROOT))

from annotate.clikit import format_table  # noqa: E402
from annotate.io import atomic_write, read_json, read_jsonl  # noqa: E402
from annotate.labels import ANSWER_TYPES, LABELS  # noqa: E402
from annotate.segment.decode import decode_bytes  # noqa: E402
from annotate.segment.normalize import expand  # noqa: E402

SEEDS = "seeds"                              # relative to ROOT, as the task data records it (source.path)
HERE = ROOT / SEEDS / "annotations"
OUT = HERE / "export.json"
PROJECT = 1
CREATED = "2025-11-20T00:00:00.000000Z"     # tasks and predictions (fixed: byte-deterministic output)
ANNOTATED = "2025-11-22T00:00:00.000000Z"   # the annotations
ANNOTATOR = {"id": 1, "email": "annotator@seeds.local", "first_name": "", "last_name": ""}
STANDIN = {"id": 2, "email": "prelabel-standin@seeds.local", "first_name": "", "last_name": ""}
UNANSWERABLE_ID = "unanswerable"


class GoldError(Exception):
    """The inputs do not make a valid export; ``problems`` lists every one found."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(f"{len(problems)} problem(s):\n  " + "\n  ".join(problems))
        self.problems = problems


# -- inputs -----------------------------------------------------------------------------------

def seed_tasks(tasks_path: str | None = None) -> list[dict[str, Any]]:
    """The toolkit's tasks for the seeds: ``tasks_path`` if given, else pipeline + default prelabel."""
    if tasks_path:
        return read_json(tasks_path)
    from annotate.pipeline import run_pipeline
    from annotate.prelabel.tasks import prelabel

    with tempfile.TemporaryDirectory() as tmp:
        os.chdir(ROOT)  # so the task data names the raw files as "seeds/<stem>.txt"
        run_pipeline([SEEDS], tmp)
        return prelabel(Path(tmp) / "paragraphs.jsonl").tasks


def by_doc(tasks: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    docs: dict[str, list[dict[str, Any]]] = {}
    for task in tasks:
        docs.setdefault(task["data"]["doc_id"], []).append(task)
    return docs


def _entity_problems(where: str, text: str, entities: list[dict[str, Any]]) -> list[str]:
    problems, last_end = [], 0
    for ent in sorted(entities, key=lambda e: (e["start"], e["end"])):
        s, e = ent["start"], ent["end"]
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            problems.append(f"{where}: entity offsets [{s}, {e}) out of range")
        elif text[s:e] != ent.get("text"):
            problems.append(f"{where}: entity [{s}, {e}) says {ent.get('text')!r}, text has {text[s:e]!r}")
        elif s < last_end:
            problems.append(f"{where}: entity [{s}, {e}) {ent['text']!r} overlaps the one before it")
        if ent.get("label") not in LABELS:
            problems.append(f"{where}: unknown label {ent.get('label')!r}")
        last_end = max(last_end, e if isinstance(e, int) else 0)
    return problems


def load_ner(doc_id: str, tasks: list[dict[str, Any]], ner_dir: Path) -> tuple[list[list[dict]] | None, list[str]]:
    """The corrected entities of each task of ``doc_id`` (``None`` + why when the file is missing or
    unfinished), and the problems that make the file unusable even when complete."""
    path = ner_dir / f"{doc_id}.jsonl"
    if not path.exists():
        return None, [f"{path}: missing"]
    rows = [row for _, row in read_jsonl(path)]
    if len(rows) < len(tasks):
        return None, [f"{path}: {len(rows)} of {len(tasks)} lines (unfinished?)"]
    if len(rows) > len(tasks):
        return None, [f"{path}: {len(rows)} lines but the article has {len(tasks)} tasks"]
    problems: list[str] = []
    for line, (row, task) in enumerate(zip(rows, tasks, strict=True), 1):
        data = task["data"]
        if row.get("para_id") != data["para_id"] or row.get("text") != data["text"]:
            problems.append(f"{path}:{line}: para_id/text differ from task {data['para_id']}")
            continue
        problems += _entity_problems(f"{path}:{line}", data["text"], row.get("entities") or [])
    return [row.get("entities") or [] for row in rows], problems


def raw_text(task: dict[str, Any]) -> str:
    source = task["data"]["source"]
    return decode_bytes((ROOT / source["path"]).read_bytes(), path=source["path"]).text


def raw_origins(tasks: list[dict[str, Any]]) -> dict[int, tuple[int, int]]:
    """Raw index -> ``(task index, text position)`` for every character of the article's task texts."""
    origin: dict[int, tuple[int, int]] = {}
    for i, task in enumerate(tasks):
        for k, r in enumerate(expand(task["data"]["source"]["offsets"])):
            origin[r] = (i, k)
    return origin


def place_item(item: dict[str, Any], raw: str, tasks: list[dict[str, Any]],
               origin: dict[int, tuple[int, int]]) -> tuple[int, int | None] | str:
    """``(task index, answer start or None)`` for one QA item, or a string saying why it does not land."""
    anchor, answer = item["anchor"], item["answer"]
    if raw.count(anchor) != 1:
        return f"anchor occurs {raw.count(anchor)} times in the raw file: {anchor!r}"
    pos = raw.index(anchor)
    image = [origin[r] for r in range(pos, pos + len(anchor)) if r in origin]
    paragraphs = sorted({i for i, _ in image})
    if len(paragraphs) != 1:
        return f"anchor maps onto {len(paragraphs)} paragraphs (not one): {anchor!r}"
    index, first, last = paragraphs[0], image[0][1], image[-1][1]
    if item["is_impossible"]:
        return index, None
    text = tasks[index]["data"]["text"]
    starts = [s for s in range(first, last + 2 - len(answer)) if text.startswith(answer, s)]
    if len(starts) != 1:
        return f"answer {answer!r} found {len(starts)} times in the anchor's image {text[first:last + 1]!r}"
    return index, starts[0]


def place_alternatives(item: dict[str, Any], index: int, start: int, raw: str, tasks: list[dict[str, Any]],
                       origin: dict[int, tuple[int, int]]) -> list[int] | str:
    """Starts of an item's alternative reference answers (``alternatives``: ``[{"answer", "anchor"?}]``).

    With an ``anchor``, an alternative is placed like an item (found once in its anchor's image, which
    must lie in the item's paragraph). Without one, it is the single occurrence in the item's paragraph
    that overlaps the main answer's span (a longer or shorter variant of the same span). Each must
    differ from the main answer and from the other alternatives."""
    text = tasks[index]["data"]["text"]
    end = start + len(item["answer"])
    starts: list[int] = []
    spans = {(start, end)}
    for alt in item.get("alternatives") or []:
        answer = alt["answer"]
        if alt.get("anchor"):
            where = place_item({"anchor": alt["anchor"], "answer": answer, "is_impossible": False}, raw, tasks,
                               origin)
            if isinstance(where, str):
                return f"alternative {answer!r}: {where}"
            if where[0] != index:
                return f"alternative {answer!r} is in another paragraph"
            alt_start = where[1]
        else:
            found = [s for s in range(max(0, start - len(answer)), end + 1)
                     if text.startswith(answer, s) and s < end and start < s + len(answer)]
            if len(found) != 1:
                return f"alternative {answer!r} overlaps the answer {len(found)} times (give it an anchor)"
            alt_start = found[0]
        span = (alt_start, alt_start + len(answer))
        if span in spans:
            return f"alternative {answer!r} repeats a reference span"
        spans.add(span)
        starts.append(alt_start)
    return starts


def load_qa(doc_id: str, tasks: list[dict[str, Any]], qa_dir: Path) -> tuple[dict[int, list[dict]], list[str]]:
    """QA items of ``doc_id`` grouped by task index (each with ``start`` for answerable ones)."""
    path = qa_dir / f"{doc_id}.jsonl"
    if not path.exists():
        return {}, []
    raw, origin = raw_text(tasks[0]), raw_origins(tasks)
    placed: dict[int, list[dict]] = {}
    problems = []
    for line, item in read_jsonl(path):
        if item.get("answer_type") not in ANSWER_TYPES:
            problems.append(f"{path}:{line}: {item.get('id')}: unknown answer_type {item.get('answer_type')!r}")
        where = place_item(item, raw, tasks, origin)
        if isinstance(where, str):
            problems.append(f"{path}:{line}: {item.get('id')}: {where}")
            continue
        alt_starts: list[int] | str = []
        if not item["is_impossible"] and item.get("alternatives"):
            alt_starts = place_alternatives(item, where[0], where[1], raw, tasks, origin)
            if isinstance(alt_starts, str):
                problems.append(f"{path}:{line}: {item.get('id')}: {alt_starts}")
                continue
        placed.setdefault(where[0], []).append({**item, "start": where[1], "alt_starts": alt_starts})
    for index, items in placed.items():
        for question, n in Counter(i["question"].strip() for i in items).items():
            if n > 1:
                problems.append(f"{path}: paragraph {tasks[index]['data']['para_id']}: question {question!r} "
                                f"asked {n} times (ls import would merge them)")
    return placed, problems


# -- the export -------------------------------------------------------------------------------

def _region(rid: str, control: str, kind: str, value: dict[str, Any], origin: str,
            meta: dict[str, Any] | None = None) -> dict[str, Any]:
    region = {"id": rid, "from_name": control, "to_name": "text", "type": kind, "value": value, "origin": origin}
    if meta is not None:
        region["meta"] = meta
    return region


def ner_results(text: str, entities: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> list[dict]:
    """Entity regions; one that is a pre-label (same span; or, changed, overlapping an unused one) keeps the
    prediction's region id, with origin ``prediction`` or ``prediction-changed``, as the editor records it."""
    free = {(p["value"]["start"], p["value"]["end"]): p for p in predicted}
    results, manual = [], 0
    for ent in sorted(entities, key=lambda e: (e["start"], e["end"])):
        s, e, label = ent["start"], ent["end"], ent["label"]
        pred = free.pop((s, e), None) or next(
            (free.pop(k) for k in sorted(free) if k[0] < e and s < k[1]), None)
        if pred is None:
            manual += 1
            rid, origin = f"m{manual}", "manual"
        else:
            same = (pred["value"]["start"], pred["value"]["end"], pred["value"]["labels"]) == (s, e, [label])
            rid, origin = pred["id"], "prediction" if same else "prediction-changed"
        results.append(_region(rid, "label", "labels",
                               {"start": s, "end": e, "text": text[s:e], "labels": [label]}, origin))
    return results


def qa_results(text: str, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``answer`` + ``question`` pairs (same id) by answer position, then one ``unanswerable`` result."""
    results = []
    for item in sorted((i for i in items if not i["is_impossible"]), key=lambda i: (i["start"], i["id"])):
        s, e = item["start"], item["start"] + len(item["answer"])
        meta = {"qa_id": item["id"], "answer_type": item["answer_type"]}
        results.append(_region(item["id"], "answer", "labels",
                               {"start": s, "end": e, "text": text[s:e], "labels": ["ANSWER"]}, "manual", meta))
        results.append(_region(item["id"], "question", "textarea",
                               {"start": s, "end": e, "text": [item["question"]]}, "manual", dict(meta)))
        for k, (alt, s) in enumerate(zip(item.get("alternatives") or [], item.get("alt_starts") or [],
                                         strict=True), 2):
            e, rid = s + len(alt["answer"]), f"{item['id']}-a{k}"
            results.append(_region(rid, "answer", "labels",
                                   {"start": s, "end": e, "text": text[s:e], "labels": ["ANSWER"]}, "manual",
                                   dict(meta)))
            results.append(_region(rid, "question", "textarea",
                                   {"start": s, "end": e, "text": [item["question"]]}, "manual", dict(meta)))
    impossible = sorted((i for i in items if i["is_impossible"]), key=lambda i: i["id"])
    if impossible:
        meta = {"qa": [{"question": i["question"], "qa_id": i["id"], "answer_type": i["answer_type"]}
                       for i in impossible]}
        results.append(_region(UNANSWERABLE_ID, "unanswerable", "textarea",
                               {"text": [i["question"] for i in impossible]}, "manual", meta))
    return results


def _prediction(n: int, task: dict[str, Any]) -> dict[str, Any]:
    pred = task["predictions"][0]
    return {"id": n, "result": pred["result"], "model_version": pred["model_version"],
            "score": pred.get("score"), "cluster": None, "neighbors": None, "mislabeling": 0.0,
            "created_at": CREATED, "updated_at": CREATED, "model": None, "model_run": None,
            "task": n, "project": PROJECT}


def _annotation(n: int, task: dict[str, Any], result: list[dict], prediction: dict, standin: bool) -> dict:
    return {"id": n, "completed_by": STANDIN if standin else ANNOTATOR, "result": result,
            "was_cancelled": False, "ground_truth": not standin, "created_at": ANNOTATED,
            "updated_at": ANNOTATED, "draft_created_at": None, "lead_time": None, "prediction": prediction,
            "result_count": 0, "unique_id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"zh-annotate:seeds:{task['data']['id']}")),
            "import_id": None, "last_action": None, "bulk_created": False, "task": n, "project": PROJECT,
            "updated_by": None, "parent_prediction": prediction["id"], "parent_annotation": None,
            "last_created_by": None}


def export_task(n: int, task: dict[str, Any], entities: list[dict] | None, qa: list[dict]) -> dict[str, Any]:
    """Task ``n`` (1-based: task, prediction and annotation ids) as the real 1.23 export lays it out.
    ``entities`` None: the pre-labels stand in (marked, not ground truth)."""
    text, prediction = task["data"]["text"], _prediction(n, task)
    if entities is None:
        ner = [_region(p["id"], "label", "labels", {k: p["value"][k] for k in ("start", "end", "text", "labels")},
                       "prediction") for p in prediction["result"]]
    else:
        ner = ner_results(text, entities, prediction["result"])
    annotation = _annotation(n, task, ner + qa_results(text, qa), prediction, entities is None)
    return {"id": n, "annotations": [annotation], "drafts": [], "predictions": [prediction], "data": task["data"],
            "meta": {}, "created_at": CREATED, "updated_at": ANNOTATED, "allow_skip": True, "inner_id": n,
            "total_annotations": 1, "cancelled_annotations": 0, "total_predictions": 1, "comment_count": 0,
            "unresolved_comment_count": 0, "last_comment_updated_at": None, "project": PROJECT,
            "updated_by": None, "comment_authors": []}


def region_problems(export: list[dict[str, Any]]) -> list[str]:
    """Every region and per-region result must slice the task text to its own text."""
    problems = []
    for task in export:
        text = task["data"]["text"]
        results = [("prediction", r) for p in task["predictions"] for r in p["result"]]
        results += [("annotation", r) for a in task["annotations"] for r in a["result"]]
        for who, res in results:
            value = res["value"]
            if "start" not in value:
                continue
            s, e = value["start"], value["end"]
            witness = value["text"] if isinstance(value["text"], str) else None
            if not 0 <= s < e <= len(text) or (witness is not None and text[s:e] != witness):
                problems.append(f"task {task['data']['id']} {who} region {res['id']}: [{s}, {e}) does not slice "
                                f"to {value['text']!r}")
    return problems


# -- the run ----------------------------------------------------------------------------------

def build(tasks: list[dict[str, Any]], *, ner_dir: Path = HERE / "ner", qa_dir: Path = HERE / "qa_items",
          allow_missing_ner: bool = False) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The export and a summary; raises :class:`GoldError` listing every problem."""
    problems: list[str] = []
    standins: dict[str, str] = {}
    parts: list[tuple[dict, list[dict] | None, list[dict]]] = []
    for doc_id, doc_tasks in by_doc(tasks).items():
        entities, ner_problems = load_ner(doc_id, doc_tasks, ner_dir)
        if entities is None and allow_missing_ner:
            standins[doc_id] = ner_problems[0]
        else:
            problems += ner_problems
        placed, qa_problems = load_qa(doc_id, doc_tasks, qa_dir)
        problems += qa_problems
        for i, task in enumerate(doc_tasks):
            parts.append((task, None if entities is None else entities[i], placed.get(i, [])))
    ids = Counter(item["id"] for _, _, qa in parts for item in qa)
    problems += [f"QA id {qid} used {n} times" for qid, n in sorted(ids.items()) if n > 1]
    if problems:
        raise GoldError(problems)
    export = [export_task(n, task, ents, qa) for n, (task, ents, qa) in enumerate(parts, 1)]
    problems = region_problems(export)
    if problems:
        raise GoldError(problems)
    return export, summarize(export, standins)


def summarize(export: list[dict[str, Any]], standins: dict[str, str]) -> dict[str, Any]:
    per_doc: dict[str, Counter[str]] = {}
    for task in export:
        counts = per_doc.setdefault(task["data"]["doc_id"], Counter())
        counts["tasks"] += 1
        for res in task["annotations"][0]["result"]:
            if res["from_name"] == "label":
                counts[res["value"]["labels"][0]] += 1
            elif res["from_name"] == "answer" and res["id"] == res.get("meta", {}).get("qa_id"):
                counts["qa_answerable"] += 1
            elif res["from_name"] == "unanswerable":
                counts["qa_unanswerable"] += len(res["value"]["text"])
    total: Counter[str] = sum(per_doc.values(), Counter())
    return {"tasks": total["tasks"], "entities": {label: total[label] for label in LABELS},
            "qa_answerable": total["qa_answerable"], "qa_unanswerable": total["qa_unanswerable"],
            "per_doc": {doc: {k: c[k] for k in ("tasks", *LABELS, "qa_answerable", "qa_unanswerable")}
                        for doc, c in per_doc.items()}, "standin_docs": standins}


def write(export: list[dict[str, Any]], out: Path) -> None:
    with atomic_write(out) as handle:
        json.dump(export, handle, ensure_ascii=False, indent=1)
        handle.write("\n")


def report(summary: dict[str, Any], out: Path) -> str:
    cols = ["tasks", *LABELS, "qa_answerable", "qa_unanswerable"]
    rows = [[doc, *(c.get(k, 0) for k in cols)] for doc, c in summary["per_doc"].items()]
    rows.append(["total", summary["tasks"], *summary["entities"].values(), summary["qa_answerable"],
                 summary["qa_unanswerable"]])
    lines = [f"wrote {out}", format_table(rows, ["article", "tasks", *LABELS, "QA ans", "QA unans"])]
    for doc, why in summary["standin_docs"].items():
        lines.append(f"WARNING: {doc}: PRE-LABEL STAND-INS, not corrected NER ({why}) — not a gold export")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tasks", help="tasks JSON from `annotate prelabel` (default: run pipeline + prelabel)")
    parser.add_argument("--out", help=f"export to write (default {OUT.relative_to(ROOT)})")
    parser.add_argument("--ner-dir", default=str(HERE / "ner"), help="corrected NER files (default %(default)s)")
    parser.add_argument("--qa-dir", default=str(HERE / "qa_items"), help="QA item files (default %(default)s)")
    parser.add_argument("--allow-missing-ner", action="store_true",
                        help="use pre-labels, clearly marked, for articles whose NER file is missing/unfinished")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = parser.parse_args(argv)
    tasks_path = os.path.abspath(args.tasks) if args.tasks else None
    out = Path(os.path.abspath(args.out)) if args.out else OUT
    try:
        export, summary = build(seed_tasks(tasks_path), ner_dir=Path(os.path.abspath(args.ner_dir)),
                                qa_dir=Path(os.path.abspath(args.qa_dir)), allow_missing_ner=args.allow_missing_ner)
    except GoldError as err:
        print(f"build_export: {err}", file=sys.stderr)
        return 1
    write(export, out)
    print(json.dumps(summary, ensure_ascii=False, indent=1) if args.json else report(summary, out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
