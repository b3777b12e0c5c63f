"""`ls import`: golden Label Studio 1.23 exports (JSON and JSON_MIN), policies, and every bad input."""

from __future__ import annotations

import copy
import json

import pytest
from _ls_sim import annotation, annotation_result, json_min, task

from annotate.cli import main
from annotate.errors import InputError, UsageError
from annotate.labelstudio.convert import import_export
from annotate.labelstudio.export import read_export
from annotate.spans import Span
from schemas import validate


@pytest.fixture(scope="module")
def ls_dir(data_dir):
    return data_dir / "labelstudio"


@pytest.fixture(scope="module")
def golden(ls_dir):
    return json.loads((ls_dir / "export_json.json").read_text(encoding="utf-8"))


def _import(tmp_path, export, **kwargs):
    src = tmp_path / "export.json"
    if not isinstance(export, str):
        export = json.dumps(export, ensure_ascii=False)
    src.write_text(export, encoding="utf-8")
    out = tmp_path / "corrected.jsonl"
    summary = import_export(src, out, **kwargs)
    return summary, [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def _entities(record):
    return [(e["start"], e["end"], e["label"]) for e in record["entities"]]


def test_golden_json_export(tmp_path, golden):
    summary, records = _import(tmp_path, golden)
    by_task = {r["task_id"]: r for r in records}
    assert sorted(by_task) == [101, 102, 104]  # 103 was never annotated
    first = by_task[101]
    assert _entities(first) == [(0, 5, "DATE"), (17, 24, "MONEY"), (29, 34, "PERCENT"), (35, 42, "ORG"),
                                (44, 47, "PER"), (48, 50, "LOC")]
    assert first["id"] == first["para_id"] == "002_80f0989563be877c-3f2a9c1b"
    assert first["annotator"] == "1" and first["annotation_id"] == 1
    assert first["ground_truth"] is True
    assert first["model_version"] == "rules+lac-0.1" and first["parent_prediction"] == 11
    assert first["source"]["path"] == "seeds/002_80f0989563be877c.txt"
    answerable, impossible = first["qa"]
    assert answerable["question"] == "2023年全国高新区营业收入达到多少？"
    assert answerable["answers"] == [{"text": "19.3万亿元", "answer_start": 17}]
    assert impossible["is_impossible"] is True and impossible["answers"] == []
    # whitespace-collapsed region text ("深圳 南山区") is accepted; the task text is the truth
    assert by_task[104]["entities"][0] == {"start": 0, "end": 7, "label": "LOC", "text": "深圳\r\n南山区"}
    for record in records:
        validate(record, "corrected")
        for ent in record["entities"]:
            assert record["text"][ent["start"]:ent["end"]] == ent["text"]
    assert summary["annotations"] == {"total": 5, "used": 3, "skipped": 1, "not_chosen": 1, "drafts": 1}
    assert summary["unlabeled_tasks"] == [103]
    assert summary["skipped"] == [{"task": 102, "annotation_id": 4, "annotator": "3"}]
    assert summary["drafts"] == [{"task": 102, "drafts": 1}]
    assert summary["duplicate_ids"] == []


def test_duplicate_paragraphs_are_reported(tmp_path, golden):
    export = copy.deepcopy(golden)
    export.append(copy.deepcopy(export[0]) | {"id": 105})
    summary, records = _import(tmp_path, export)
    # merged into one record by the annotation policy (tests/annotate/test_ls_import_lossless.py)
    assert summary["duplicate_ids"] == ["002_80f0989563be877c-3f2a9c1b"] and len(records) == 3
    assert summary["merged_tasks"] == {"002_80f0989563be877c-3f2a9c1b": [101, 105]}


def test_golden_json_min_matches_json(tmp_path, golden, ls_dir):
    _, full = _import(tmp_path, golden)
    summary, mini = _import(tmp_path, (ls_dir / "export_min.json").read_text(encoding="utf-8"))
    assert summary["format"] == "JSON_MIN" and summary["notes"]
    assert [_entities(r) for r in mini] == [_entities(r) for r in full]
    assert [r["qa"] for r in mini] == [r["qa"] for r in full]
    assert [r["id"] for r in mini] == [r["id"] for r in full]  # para_id stands in for the lost data.id


@pytest.mark.slow  # importing label_studio_sdk takes a few seconds
def test_json_min_golden_is_what_the_sdk_converter_writes(tmp_path, golden, ls_dir):
    from label_studio_sdk.converter import Converter

    converter = Converter(config=(ls_dir / "config_ner_qa.xml").read_text(encoding="utf-8"), project_dir=None,
                          download_resources=False)
    converter.convert_to_json_min(str(ls_dir / "export_json.json"), str(tmp_path), is_dir=False)
    real = json.loads((tmp_path / "result.json").read_text(encoding="utf-8"))
    assert real == json.loads((ls_dir / "export_min.json").read_text(encoding="utf-8"))
    assert json_min(golden) == real  # the test simulator is faithful too


@pytest.mark.parametrize(("policy", "task102", "annotator"), [
    ("latest", (8, 15, "ORG"), "2"),
    ("annotator:1", (8, 15, "LOC"), "1"),
    ("ground_truth", (8, 15, "ORG"), "2"),
    ("majority", None, None),
])
def test_policies_on_disputed_task(tmp_path, golden, policy, task102, annotator):
    summary, records = _import(tmp_path, golden, policy=policy)
    record = next(r for r in records if r["task_id"] == 102)
    expected = [(0, 2, "PER"), (3, 5, "PER")] + ([task102] if task102 else [])
    assert _entities(record) == expected
    assert record["annotator"] == annotator
    assert record["policy"] == policy
    if policy == "majority":
        assert record["annotators"] == ["1", "2"] and record["annotation_ids"] == [2, 3]
    if policy == "annotator:1":
        assert summary["policy_misses"] == [104]


def test_completed_by_as_user_dict_gives_email(tmp_path):
    text = "李雷在北京。"
    ann = annotation(1, 0, annotation_result(text, [Span(0, 2, "PER")]))
    ann["completed_by"] = {"id": 9, "email": "li@example.com", "first_name": "", "last_name": ""}
    _, records = _import(tmp_path, [task(1, text, [ann])], policy="annotator:li@example.com")
    assert records[0]["annotator"] == "li@example.com"


def test_prediction_ids_only_is_reported(tmp_path, golden):
    export = copy.deepcopy(golden)
    export[0]["predictions"] = [11]
    summary, records = _import(tmp_path, export)
    assert summary["prediction_ids_only"] is True
    assert records[0]["model_version"] is None and records[0]["parent_prediction"] == 11


# -- bad input: one clear error naming the task, nothing written ----------------------------------

def _fails(tmp_path, export, *args, code=1):
    src = tmp_path / "bad.json"
    src.write_text(export if isinstance(export, str) else json.dumps(export, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    rc = main(["ls", "import", str(src), "--out", str(out), *args])
    assert rc == code
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["bad.json"]  # no temp file left behind either


def _err(capsys):
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    return err


def test_out_of_range_offsets(tmp_path, golden, capsys):
    export = copy.deepcopy(golden)
    export[1]["annotations"][0]["result"][2]["value"].update(start=10, end=99)
    _fails(tmp_path, export)
    err = _err(capsys)
    assert "record 102" in err and "outside the text (length 16)" in err and "--repair" in err


def test_text_mismatch(tmp_path, golden, capsys):
    export = copy.deepcopy(golden)
    export[0]["annotations"][0]["result"][4]["value"]["text"] = "贾敬"
    _fails(tmp_path, export)
    err = _err(capsys)
    assert "record 101" in err and "region p11-5" in err and "does not match" in err


def test_repair_relocates_and_reports(tmp_path):
    text = "😀😀深圳\r\n腾讯公司发布新品，腾讯公司股价上涨。"
    true = text.index("腾讯公司")
    utf16 = true + 2          # two emoji before it, each two UTF-16 units in the browser
    shifted = true + 3        # nowhere near a known cause: nearest occurrence
    result = [{"value": {"start": utf16, "end": utf16 + 4, "text": "腾讯公司", "labels": ["ORG"]}, "id": "r1",
               "from_name": "label", "to_name": "text", "type": "labels"},
              {"value": {"start": shifted, "end": shifted + 2, "text": "深圳", "labels": ["LOC"]}, "id": "r2",
               "from_name": "label", "to_name": "text", "type": "labels"}]
    export = [task(7, text, [annotation(1, 1, result)])]
    with pytest.raises(InputError, match="record 7"):
        _import(tmp_path, export)
    summary, records = _import(tmp_path, export, repair=True)
    assert _entities(records[0]) == [(2, 4, "LOC"), (true, true + 4, "ORG")]
    hows = {r["region"]: (r["how"], r["new"]) for r in summary["repairs"]}
    assert hows == {"r1": ("utf16", (true, true + 4)), "r2": ("nearest", (2, 4))}


def test_repair_cannot_invent_text(tmp_path, capsys):
    text = "李雷在北京。"
    result = [{"value": {"start": 0, "end": 2, "text": "韩梅梅", "labels": ["PER"]}, "id": "r1",
               "from_name": "label", "to_name": "text", "type": "labels"}]
    _fails(tmp_path, [task(3, text, [annotation(1, 1, result)])], "--repair")
    assert "does not occur in the task text" in _err(capsys)


def test_labels_that_are_not_ours(tmp_path, capsys):
    text = "李雷在北京的微软工作。"
    result = [{"value": {"start": 0, "end": 2, "text": "李雷", "labels": ["PERSON"]}, "id": "r1",
               "from_name": "label", "to_name": "text", "type": "labels"},
              {"value": {"start": 3, "end": 5, "text": "北京", "labels": ["GPE"]}, "id": "r2",
               "from_name": "label", "to_name": "text", "type": "labels"},
              {"value": {"start": 6, "end": 8, "text": "微软", "labels": ["COMPANY"]}, "id": "r3",
               "from_name": "label", "to_name": "text", "type": "labels"}]
    export = [task(5, text, [annotation(1, 1, result)])]
    _fails(tmp_path, export)
    err = _err(capsys)
    assert "record 5" in err and "not ours: COMPANY, GPE, PERSON" in err and "--label-map" in err
    mapping = tmp_path.parent / "map.json"
    mapping.write_text('{"COMPANY": "ORG", "GPE": "LOC", "PERSON": "PER"}', encoding="utf-8")
    _, records = _import(tmp_path, export, label_map=mapping)
    assert _entities(records[0]) == [(0, 2, "PER"), (3, 5, "LOC"), (6, 8, "ORG")]
    mapping.write_text('{"COMPANY": null}', encoding="utf-8")
    summary, records = _import(tmp_path, export, label_map=mapping, scheme="ontonotes")
    assert _entities(records[0]) == [(0, 2, "PER"), (3, 5, "LOC")]
    assert summary["dropped_labels"] == {"COMPANY": 1}


def test_control_names_that_are_not_ours(tmp_path, capsys):
    text = "李雷在北京。"
    result = [{"value": {"start": 0, "end": 2, "text": "李雷", "labels": ["PER"]}, "id": "r1",
               "from_name": "ner", "to_name": "text", "type": "labels"}]
    export = [task(6, text, [annotation(1, 1, result)])]
    _fails(tmp_path, export)
    assert "controls this toolkit does not know: 'ner'" in _err(capsys)
    src = tmp_path / "ok.json"
    src.write_text(json.dumps(export), encoding="utf-8")
    assert main(["ls", "import", str(src), "--out", str(tmp_path / "c.jsonl"), "--ner-control", "ner", "-q"]) == 0


@pytest.mark.parametrize(("content", "message"), [
    ('[{"data": {"text": "x"}, "annotations": [', "malformed JSON"),
    ("[]", "empty export"),
    ('{"foo": 1}', "expected a JSON list of tasks"),
    ("[1, 2]", "each task must be a JSON object"),
    ('[{"data": {"body": "x"}, "annotations": []}]', "task data has no 'text' string"),
    ('[{"data": {"text": "x", "id": "p"}, "predictions": []}]', "nobody has annotated it yet"),
])
def test_unusable_files(tmp_path, capsys, content, message):
    _fails(tmp_path, content)
    assert message in _err(capsys)


def test_malformed_json_names_the_line(tmp_path, capsys):
    _fails(tmp_path, '[\n{"id": 1,\n "data": }\n]')
    assert "bad.json:3:" in _err(capsys)


def test_json_min_that_lost_the_question_link(tmp_path, capsys):
    text = "营收19.3万亿元，增长14.3%。"
    qa = [("营收多少？", 2, 9), ("增长多少？", 12, 17)]
    records = json_min([task(8, text, [annotation(1, 1, annotation_result(text, [], qa))])])
    records[0]["question"] = records[0]["question"][:1]
    _fails(tmp_path, records)
    err = _err(capsys)
    assert "record 8" in err and "export the project as JSON" in err


def test_unknown_policy_is_a_usage_error(tmp_path, golden):
    src = tmp_path / "e.json"
    src.write_text(json.dumps(golden, ensure_ascii=False), encoding="utf-8")
    assert main(["ls", "import", str(src), "--out", str(tmp_path / "o.jsonl"), "--policy", "newest"]) == 2
    with pytest.raises(UsageError):
        import_export(src, tmp_path / "o.jsonl", policy="annotator:")


def test_incomplete_qa_is_reported_not_dropped_silently(tmp_path):
    text = "营收19.3万亿元。"
    result = annotation_result(text, [], [("营收多少？", 2, 9)])
    result[1]["id"] = "elsewhere"                 # question still found by its region's offsets
    orphan = annotation_result(text, [], [("增长多少？", 2, 9)])[0]
    orphan["id"] = "lonely"                       # an answer region nobody wrote a question for
    orphan["value"].update(start=0, end=2, text="营收")
    summary, records = _import(tmp_path, [task(9, text, [annotation(1, 1, result + [orphan])])])
    assert [q["question"] for q in records[0]["qa"]] == ["营收多少？"]
    assert summary["incomplete_qa"] == [{"task": 9, "problem": "answer region without a question",
                                         "answer": "营收", "start": 0}]


def test_cli_summary_and_json(tmp_path, ls_dir, capsys):
    out = tmp_path / "c.jsonl"
    assert main(["ls", "import", str(ls_dir / "export_json.json"), "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert "records written" in captured.out and "wrote 3 records" in captured.err
    assert main(["ls", "import", str(ls_dir / "export_json.json"), "--out", str(out), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["records"] == 3 and summary["entities"]["ORG"] == 3


def test_read_export_exposes_predictions(ls_dir):
    export = read_export(ls_dir / "export_json.json")
    first = export.tasks[0]
    assert first.predictions[0].model_version == "rules+lac-0.1"
    assert Span(35, 38, "ORG") in first.predictions[0].entities


def test_ls_group_lists_the_converters(capsys):
    assert main(["ls"]) == 2
    out = capsys.readouterr().out
    assert "import" in out and "to-bio" in out
    with pytest.raises(SystemExit) as info:
        main(["ls", "import", "--help"])
    assert info.value.code == 0
    assert "python -m annotate ls import" in capsys.readouterr().out


def test_import_does_not_read_prediction_regions(tmp_path, golden):
    export = copy.deepcopy(golden)
    export[0]["predictions"][0]["result"][0]["value"]["labels"] = ["SOMETHING_ELSE"]
    export[0]["predictions"][0]["result"][1]["value"]["end"] = 999
    _, records = _import(tmp_path, export)
    assert records[0]["model_version"] == "rules+lac-0.1"
    with pytest.raises(InputError, match="record 101"):
        read_export(_write(tmp_path, export))


def _write(tmp_path, export):
    path = tmp_path / "e.json"
    path.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    return path
