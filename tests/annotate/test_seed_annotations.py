"""The seed gold (seeds/annotations/export.json) is a Label Studio export that `ls import` reads completely.

It must hold exactly the corrected NER of seeds/annotations/ner/ and the QA items of
seeds/annotations/qa_items/, every span slicing its paragraph, be up to date with those files (the
script that builds it is deterministic), and sit on the paragraphs the segmenter makes today.
The last test pushes it through a real Label Studio server and back.
"""

from __future__ import annotations

import copy
import importlib.util
import json
from pathlib import Path

import pytest

from annotate.labels import ANSWER_TYPES
from annotate.labelstudio.convert import import_export
from schemas import validate

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
ANN = SEEDS / "annotations"
EXPORT = ANN / "export.json"


def _load_script():
    spec = importlib.util.spec_from_file_location("build_export", ANN / "build_export.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build_export = _load_script()


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def export() -> list[dict]:
    assert EXPORT.exists(), "seeds/annotations/export.json is missing: run python seeds/annotations/build_export.py"
    return json.loads(EXPORT.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> tuple[dict, list[dict]]:
    out = tmp_path_factory.mktemp("seed-gold") / "corrected.jsonl"
    summary = import_export(EXPORT, out)
    return summary, _jsonl(out)


@pytest.fixture(scope="module")
def qa_items() -> dict[str, list[dict]]:
    return {p.stem: _jsonl(p) for p in sorted((ANN / "qa_items").glob("*.jsonl"))}


def test_every_task_has_one_ground_truth_annotation_from_its_prediction(export):
    assert len({t["data"]["doc_id"] for t in export}) == 5
    standins = sorted({t["data"]["doc_id"] for t in export
                       if t["annotations"][0]["completed_by"] != build_export.ANNOTATOR})
    assert not standins, f"pre-label stand-ins instead of corrected NER for {standins}: rerun build_export.py"
    for task in export:
        (ann,), (pred,) = task["annotations"], task["predictions"]
        assert ann["ground_truth"] is True and ann["was_cancelled"] is False
        assert ann["parent_prediction"] == pred["id"] and ann["prediction"] == pred
        assert pred["model_version"]


def test_export_imports_cleanly(export, imported):
    summary, records = imported
    assert summary["records"] == summary["tasks"] == len(export)
    assert summary["repairs"] == [] and summary["incomplete_qa"] == []
    assert summary["ground_truth_records"] == len(export)
    for record in records:
        validate(record, "corrected")
        assert record["annotator"] == "annotator@seeds.local"


def test_qa_in_corrected_records_is_exactly_the_qa_items(imported, qa_items):
    _, records = imported
    got = {q["id"]: (r["doc_id"], q, r["text"]) for r in records for q in r["qa"]}
    want = {item["id"]: (doc, item) for doc, items in qa_items.items() for item in items}
    assert sorted(got) == sorted(want)
    for qid, (doc, item) in want.items():
        rec_doc, qa, text = got[qid]
        assert rec_doc == doc and qa["question"] == item["question"]
        assert qa["is_impossible"] is item["is_impossible"] and qa["answer_type"] == item["answer_type"]
        # the primary span first, then the alternative references in the order written
        written = [item["answer"], *(a["answer"] for a in item.get("alternatives", []))]
        assert [a["text"] for a in qa["answers"]] == ([] if item["is_impossible"] else written)
    assert {q["is_impossible"] for _, q, _ in got.values()} == {True, False}
    assert {q["answer_type"] for _, q, _ in got.values()} <= set(ANSWER_TYPES)


def test_entities_in_corrected_records_are_exactly_the_ner_files(imported):
    _, records = imported
    by_para = {r["para_id"]: r for r in records}
    paths = sorted((ANN / "ner").glob("*.jsonl"))
    assert [p.stem for p in paths] == sorted({r["doc_id"] for r in records}), "one NER file per article"
    for path in paths:
        rows = _jsonl(path)
        assert len(rows) == sum(r["doc_id"] == path.stem for r in records), path.name
        for row in rows:
            key = lambda e: (e["start"], e["end"], e["label"], e["text"])  # noqa: E731
            assert sorted(map(key, by_para[row["para_id"]]["entities"])) == sorted(map(key, row["entities"]))


def test_every_entity_and_answer_slices_its_paragraph(imported):
    _, records = imported
    for record in records:
        text = record["text"]
        for ent in record["entities"]:
            assert text[ent["start"]:ent["end"]] == ent["text"]
        for qa in record["qa"]:
            for ans in qa["answers"]:
                assert text[ans["answer_start"]:ans["answer_start"] + len(ans["text"])] == ans["text"]


def test_export_is_up_to_date_with_the_annotation_files(export):
    tasks = [{"data": t["data"], "predictions": [{k: p[k] for k in ("model_version", "score", "result")}
                                                 for p in t["predictions"]]} for t in export]
    rebuilt, _ = build_export.build(tasks)
    text = json.dumps(rebuilt, ensure_ascii=False, indent=1) + "\n"
    assert text == EXPORT.read_text(encoding="utf-8"), "stale export: rerun python seeds/annotations/build_export.py"


def test_tasks_are_the_paragraphs_the_segmenter_makes(export, tmp_path):
    from annotate.prelabel.tasks import read_records
    from annotate.segment.files import segment_paths

    segment_paths([SEEDS], tmp_path / "paragraphs.jsonl")
    records, _ = read_records(tmp_path / "paragraphs.jsonl")
    def strip(data: dict) -> dict:  # the path names the folder as given; schema_version is the task file's
        source = {k: v for k, v in data["source"].items() if k != "path"}
        return {**{k: v for k, v in data.items() if k != "schema_version"}, "source": source}

    assert [strip(r) for r in records] == [strip(t["data"]) for t in export]


# -- the script's own checks --------------------------------------------------------------------

@pytest.fixture(scope="module")
def tasks(export) -> list[dict]:
    return [{"data": t["data"], "predictions": [{"model_version": "m", "result": t["predictions"][0]["result"]}]}
            for t in export]


def _copy_dir(src: Path, dst: Path) -> Path:
    dst.mkdir()
    for path in src.glob("*.jsonl"):
        (dst / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    return dst


def test_items_that_do_not_land_are_all_listed(tasks, tmp_path):
    qa_dir = _copy_dir(ANN / "qa_items", tmp_path / "qa")
    path = qa_dir / "000_2c663e05d935e35d.jsonl"
    items = _jsonl(path)
    items[0] = {**items[0], "anchor": "这段文字不在文章里出现过的锚点"}
    answerable = next(i for i, it in enumerate(items) if not it["is_impossible"] and i > 0)
    items[answerable] = {**items[answerable], "answer": "不在锚点里"}
    path.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8")
    with pytest.raises(build_export.GoldError) as err:
        build_export.build(tasks, qa_dir=qa_dir)
    assert len(err.value.problems) == 2
    assert "anchor occurs 0 times" in err.value.problems[0] and "found 0 times" in err.value.problems[1]


def test_missing_ner_fails_unless_allowed_and_then_is_marked(tasks, tmp_path):
    ner_dir = _copy_dir(ANN / "ner", tmp_path / "ner")
    (ner_dir / "002_80f0989563be877c.jsonl").unlink()
    rows = _jsonl(ner_dir / "001_6f36507cf42db3cb.jsonl")
    (ner_dir / "001_6f36507cf42db3cb.jsonl").write_text(json.dumps(rows[0], ensure_ascii=False) + "\n",
                                                        encoding="utf-8")
    with pytest.raises(build_export.GoldError, match="missing"):
        build_export.build(tasks, ner_dir=ner_dir)
    export, summary = build_export.build(tasks, ner_dir=ner_dir, allow_missing_ner=True)
    assert sorted(summary["standin_docs"]) == ["001_6f36507cf42db3cb", "002_80f0989563be877c"]
    for task in export:
        ann = task["annotations"][0]
        standin = task["data"]["doc_id"] in summary["standin_docs"]
        assert ann["ground_truth"] is not standin
        assert (ann["completed_by"]["email"] == "prelabel-standin@seeds.local") is standin


def test_overlapping_corrected_entities_are_refused(tasks, tmp_path):
    ner_dir = _copy_dir(ANN / "ner", tmp_path / "ner")
    path = ner_dir / "000_2c663e05d935e35d.jsonl"
    rows = _jsonl(path)
    row = next(r for r in rows if r["entities"])
    first = copy.deepcopy(row["entities"][0])
    row["entities"].append({**first, "end": first["end"], "start": first["start"], "label": "ORG"})
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    with pytest.raises(build_export.GoldError, match="overlaps"):
        build_export.build(tasks, ner_dir=ner_dir)


# -- through a real server ----------------------------------------------------------------------

@pytest.mark.integration
def test_export_survives_a_real_label_studio_server(ls_server, export, imported, tmp_path):
    """push (tasks, predictions and annotations) -> pull -> import gives the same entities and QA,
    with the QA ids and answer types carried in the results' meta."""
    from annotate.labelstudio.sync import pull, push

    pushed = copy.deepcopy(export)
    for task in pushed:  # the server only accepts annotators it knows
        task["annotations"][0]["completed_by"] = {"email": ls_server.username}
    (tmp_path / "export.json").write_text(json.dumps(pushed, ensure_ascii=False), encoding="utf-8")
    kw = {"url": ls_server.url, "token": ls_server.token}
    result = push(tmp_path / "export.json", project="seed-gold", **kw)
    assert result.tasks_created == len(export)
    pull(project="seed-gold", out=tmp_path / "pulled.json", **kw)
    import_export(tmp_path / "pulled.json", tmp_path / "corrected.jsonl")
    key = lambda r: (r["id"], r["text"], r["entities"], r["qa"])  # noqa: E731
    assert sorted(map(key, _jsonl(tmp_path / "corrected.jsonl"))) == sorted(map(key, imported[1]))
