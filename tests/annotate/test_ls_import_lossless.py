"""`ls import` never loses an annotation silently (issue 8, defects 4, 5 and 12; issue 9, item 1).

Every record imports exactly, or the import stops naming the task; repairs are decided per task;
duplicate paragraphs are merged by the annotation policy; an export with nothing annotated writes
nothing and keeps an earlier output.
"""

from __future__ import annotations

import json

import pytest
from _ls_sim import annotation, labels_result, task

from annotate.cli import main
from annotate.errors import InputError
from annotate.labelstudio.convert import export_to_bio, import_export

TEXT = "😀北京北京和上海"


def _write(tmp_path, export, name="export.json"):
    path = tmp_path / name
    path.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    return path


def _records(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _spans(record):
    return [(e["start"], e["end"], e["label"]) for e in record["entities"]]


@pytest.mark.parametrize("result", [{"value": {"start": 1, "end": 3, "labels": ["LOC"]}}, "oops", 7])
def test_a_result_that_is_not_a_list_stops_the_import(tmp_path, result):
    export = [task(1, TEXT, [annotation(11, 1, [])])]
    export[0]["annotations"][0]["result"] = result
    with pytest.raises(InputError, match="result") as info:
        import_export(_write(tmp_path, export), tmp_path / "c.jsonl")
    assert info.value.record == 1


def test_a_region_without_labels_stops_the_import(tmp_path):
    region = labels_result("r1", "label", TEXT, 1, 3, "LOC")
    del region["value"]["labels"]
    export = [task(1, TEXT, [annotation(11, 1, [region])])]
    with pytest.raises(InputError, match="no labels") as info:
        import_export(_write(tmp_path, export), tmp_path / "c.jsonl")
    assert info.value.record == 1


def test_a_region_with_two_labels_is_an_error_not_two_entities(tmp_path):
    region = labels_result("r1", "label", TEXT, 1, 3, "LOC")
    region["value"]["labels"] = ["LOC", "ORG"]
    export = [task(1, TEXT, [annotation(11, 1, [region])])]
    with pytest.raises(InputError, match="2 labels"):
        import_export(_write(tmp_path, export), tmp_path / "c.jsonl")


def test_repair_decides_the_counting_per_task(tmp_path):
    """UTF-16 offsets: the first region's exported offsets happen to hit another 北京 (a repeat);
    region by region it would stay there and its neighbour would be moved onto it."""
    text = "😀北北北京"
    # true spans (code points): 北 at [2, 3) and 北 at [3, 4); in UTF-16 units [3, 4) and [4, 5)
    regions = [labels_result("a", "label", text, 2, 3, "LOC"), labels_result("b", "label", text, 3, 4, "ORG")]
    regions[0]["value"].update(start=3, end=4)
    regions[1]["value"].update(start=4, end=5)
    assert text[3:4] == "北"  # the coincidence: the first region's witness matches as exported
    export = [task(1, text, [annotation(11, 1, regions)])]
    summary = import_export(_write(tmp_path, export), tmp_path / "c.jsonl", repair=True)
    (record,) = _records(tmp_path / "c.jsonl")
    assert _spans(record) == [(2, 3, "LOC"), (3, 4, "ORG")]
    assert {r["how"] for r in summary["repairs"]} == {"utf16"} and len(summary["repairs"]) == 2


def test_duplicate_paragraphs_are_merged_by_the_policy(tmp_path):
    older = annotation(11, 1, [labels_result("r", "label", TEXT, 1, 3, "PER")], created="2024-05-01T10:00:00.000000Z")
    newer = annotation(12, 2, [labels_result("r", "label", TEXT, 1, 3, "ORG")], created="2024-05-02T10:00:00.000000Z")
    export = [task(1, TEXT, [newer], para_id="p1"), task(2, TEXT, [older], para_id="p1")]
    summary = import_export(_write(tmp_path, export), tmp_path / "c.jsonl")
    (record,) = _records(tmp_path / "c.jsonl")  # one paragraph, not two conflicting copies
    assert _spans(record) == [(1, 3, "ORG")]
    assert summary["duplicate_ids"] == ["p1"] and summary["merged_tasks"] == {"p1": [1, 2]}


def test_duplicate_paragraphs_with_different_texts_stop_the_import(tmp_path):
    export = [task(1, TEXT, [annotation(11, 1, [])], para_id="p1"),
              task(2, TEXT + "。", [annotation(12, 1, [])], para_id="p1")]
    with pytest.raises(InputError, match="different texts"):
        import_export(_write(tmp_path, export), tmp_path / "c.jsonl")


def test_qa_build_stops_on_duplicate_paragraphs(tmp_path):
    from qa.build import build

    rec = {"schema_version": 1, "id": "p1", "para_id": "p1", "doc_id": "d", "text": TEXT, "entities": [],
           "qa": [{"id": "q1", "question": "哪里？", "answers": [{"text": "北京", "answer_start": 1}], "is_impossible": False}]}
    path = tmp_path / "c.jsonl"
    other = {**rec, "qa": [{**rec["qa"][0], "id": "q2"}]}  # the same paragraph again, its labels differing
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (rec, other)) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="twice") as info:
        build(path, tmp_path / "bench")
    assert info.value.line == 2


def test_an_export_without_annotations_writes_nothing_and_keeps_the_old_output(tmp_path, capsys):
    export = _write(tmp_path, [task(1, TEXT, []), task(2, TEXT, [], para_id="p2")])
    out = tmp_path / "corrected.jsonl"
    out.write_text('{"kept": true}\n', encoding="utf-8")
    assert main(["ls", "import", str(export), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "no annotated tasks" in err and "nothing written" in err
    assert out.read_text(encoding="utf-8") == '{"kept": true}\n'
    bio = tmp_path / "train.bio"
    assert main(["ls", "to-bio", str(export), "--out", str(bio)]) == 0
    assert not bio.exists() and "nothing written" in capsys.readouterr().err
    assert export_to_bio(export, bio)["written"] is False


def test_an_empty_agreement_page_says_what_to_do(tmp_path, capsys):
    prediction = {"id": 7, "model_version": "rules-1", "result": [labels_result("r", "label", TEXT, 1, 3, "LOC")]}
    export = _write(tmp_path, [task(1, TEXT, [], [prediction])])
    html = tmp_path / "a.html"
    code = main(["agreement", "--gold", str(export), "--html", str(html)])
    out, err = capsys.readouterr()
    assert code == 0 and "no annotated tasks" in err
    page = html.read_text(encoding="utf-8").lower()
    assert "no annotated tasks" in page and "ls pull" in page and "micro f1" not in page
    assert "no annotated tasks" in out.lower() and "0.0 %" not in out
