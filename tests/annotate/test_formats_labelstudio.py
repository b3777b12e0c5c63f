"""`formats.read_labelstudio` is a view of the `ls import` reader: same entities, same checks, plus the
offset recounts (UTF-16 units, \\r\\n as one) that a region's own text confirms."""

import json

import pytest

import qa.items
from annotate import labels
from annotate.errors import InputError
from annotate.formats import read_examples, read_labelstudio
from annotate.labelstudio.convert import import_export
from annotate.labelstudio.regions import RegionProblem, check_region


def region(start, end, text, label, control="label", rid="r"):
    value = {"start": start, "end": end, "labels": [label]}
    if text is not None:
        value["text"] = text
    return {"id": rid, "from_name": control, "to_name": "text", "type": "labels", "value": value}


def write(tmp_path, obj, name="t.json"):
    path = tmp_path / name
    path.write_text(json.dumps(obj, ensure_ascii=False), encoding="utf-8")
    return path


def test_seed_export_reads_exactly_what_ls_import_writes(root, tmp_path):
    """QA answer regions are not entities; the spans are ls import's, task by task."""
    export = root / "seeds" / "annotations" / "export.json"
    out = tmp_path / "corrected.jsonl"
    import_export(export, out, policy="ground_truth")
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    want = {str(r["id"]): [(e["start"], e["end"], e["label"]) for e in r["entities"]] for r in records}
    got = {ex.id: [s.key for s in ex.spans] for ex in read_examples(export)}
    assert got == want and sum(map(len, got.values())) > 500


def test_json_min_one_example_per_task_latest_annotation_and_para_id(tmp_path):
    base = {"id": 3, "text": "张三和李四", "para_id": "d1-p0"}
    rows = [dict(base, annotation_id=1, updated_at="2024-01-01",
                 label=[{"start": 0, "end": 2, "text": "张三", "labels": ["PER"]}]),
            dict(base, annotation_id=2, updated_at="2024-02-01",
                 label=[{"start": 3, "end": 5, "text": "李四", "labels": ["PER"]}])]
    path = write(tmp_path, rows)
    (ex,) = read_labelstudio(path)
    assert ex.id == "d1-p0" and ex.surfaces() == [("李四", "PER")]
    with pytest.raises(InputError, match="JSON_MIN export has no predictions"):
        read_labelstudio(path, use="predictions")


def test_offsets_recounted_only_when_the_region_text_confirms_them(tmp_path):
    text = "甲\r\n乙😀😀丙  丁"
    task = {"id": 1, "data": {"text": text}, "annotations": [{"id": 9, "result": [
        region(2, 3, "乙", "PER", rid="crlf"),            # \r\n counted as one character
        region(7, 8, "丙", "LOC", rid="utf16+crlf"),      # and each emoji as two units
        region(6, 10, "丙 丁", "ORG", rid="collapsed"),   # the browser's witness collapses spaces
    ]}]}
    (ex,) = read_labelstudio(write(tmp_path, [task]))
    assert ex.surfaces() == [("乙", "PER"), ("丙", "LOC"), ("丙  丁", "ORG")]
    # finding the text elsewhere is a repair, not a recount: `ls import --repair` does that
    task["annotations"][0]["result"] = [region(0, 1, "丁", "PER", rid="far")]
    with pytest.raises(InputError, match=r"t\.json: record 1: annotation 9 region far: .*--repair"):
        read_labelstudio(write(tmp_path, [task]))


def test_region_without_text_past_the_end_is_read_in_utf16_units(tmp_path):
    text = "😀😀张三"
    task = {"data": {"text": text, "id": "p"}, "predictions": [{"result": [region(4, 6, None, "PER")]}]}
    (ex,) = read_labelstudio(write(tmp_path, [task]), use="predictions")
    assert ex.surfaces() == [("张三", "PER")]


def test_entity_control_is_label_or_the_only_other_one(tmp_path):
    task = {"id": 1, "data": {"text": "张三在北京"},
            "annotations": [{"id": 1, "result": [region(0, 2, "张三", "PER", "ner"),
                                                 region(3, 5, "北京", "LOC", "ner2"),
                                                 region(0, 5, "张三在北京", "ANSWER", "answer")]}]}
    path = write(tmp_path, [task])
    with pytest.raises(InputError, match="several <Labels> controls hold entities: ner, ner2"):
        read_labelstudio(path)
    assert read_labelstudio(path, from_name="ner2")[0].surfaces() == [("北京", "LOC")]
    task["annotations"][0]["result"].pop(1)
    assert read_labelstudio(write(tmp_path, [task]))[0].surfaces() == [("张三", "PER")]


def test_annotation_policy_and_what_each_use_checks(tmp_path):
    good = [region(0, 2, "张三", "PER")]
    bad = [region(0, 2, "李四", "PER")]
    task = {"id": 5, "data": {"text": "张三在北京"},
            "annotations": [{"id": 1, "updated_at": "2024-01-01", "ground_truth": True, "result": good},
                            {"id": 2, "updated_at": "2024-03-01", "result": [region(3, 5, "北京", "LOC")]}],
            "predictions": [{"id": 7, "result": bad}]}
    path = write(tmp_path, [task])
    # the one default policy (latest), as ls import and agreement use
    assert read_labelstudio(path, use="annotations")[0].surfaces() == [("北京", "LOC")]
    assert read_labelstudio(path, use="annotations", policy="ground_truth")[0].surfaces() == [("张三", "PER")]
    with pytest.raises(InputError, match="record 5: prediction 7 region r"):
        read_labelstudio(path)  # auto reads predictions too: every region it reads is checked
    task["predictions"][0]["result"] = good
    task["annotations"][1]["result"] = bad
    path = write(tmp_path, [task])
    assert read_labelstudio(path, use="predictions")[0].surfaces() == [("张三", "PER")]
    with pytest.raises(InputError, match="record 5: annotation 2 region r"):
        read_labelstudio(path, use="annotations")  # like ls import: every annotation, chosen or not


def test_exact_utf16_recount_beats_a_whitespace_only_match():
    text = "😀😀😀国家 国家\u3000国家"
    # code points [6, 11) give "国家\u3000国家" (same up to whitespace); UTF-16 [6, 11) is exactly the witness
    found = check_region(text, 6, 11, "国家 国家", repair=("utf16",))
    assert (found.start, found.end, found.how) == (3, 8, "utf16")
    assert check_region(text, 6, 11, "国家 国家").how is None  # without recounts: the offsets as given
    with pytest.raises(RegionProblem, match="does not occur in any recount"):
        check_region(text, 0, 2, "国家\u3000国家", repair=("utf16", "crlf"))


def test_qa_answer_types_are_the_label_sets():
    assert qa.items.ANSWER_TYPES is labels.ANSWER_TYPES
