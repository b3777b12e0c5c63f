"""`ls import`: a QA item's stable id and answer type carried in the results' ``meta``.

Label Studio stores a result's ``meta`` object as given and exports it unchanged (checked against the
real 1.23.2 server by tests/annotate/test_seed_annotations.py); JSON_MIN drops it, so ids fall back to
the paragraph id plus a hash of the question.
"""

from __future__ import annotations

import json

import pytest
from _ls_sim import annotation, annotation_result, json_min, task

from annotate.errors import InputError
from annotate.labelstudio.convert import import_export
from annotate.labelstudio.corrected import qa_id
from schemas import validate

TEXT = "去年全国高新区营业收入19.3万亿元，张三说增长了14.3%。"
Q1, Q2 = "高新区去年营收多少？", "营收增速是多少？"
U1, U2 = "高新区有多少家上市公司？", "高新区有多少员工？"


def _with_meta(result):
    """Put ids/types on the answer regions (on the answer result for Q1, on the question for Q2) and on
    the unanswerable result (in reverse order, to show entries are matched by text)."""
    by_question = {r["value"]["text"][0]: r["id"] for r in result if r["from_name"] == "question"}
    for res in result:
        if res["from_name"] == "answer" and res["id"] == by_question[Q1]:
            res["meta"] = {"qa_id": "doc-q001", "answer_type": "money"}
        elif res["from_name"] == "question" and res["id"] == by_question[Q2]:
            res["meta"] = {"qa_id": "doc-q002", "answer_type": "percent"}
        elif res["from_name"] == "unanswerable":
            res["meta"] = {"qa": [{"question": U2, "qa_id": "doc-q004", "answer_type": "count"},
                                  {"question": U1, "qa_id": "doc-q003"}]}
    return result


def _export(result):
    return [task(1, TEXT, [annotation(1, 1, result)], para_id="p1")]


def _import(tmp_path, export, name="export.json"):
    src = tmp_path / name
    src.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "corrected.jsonl"
    import_export(src, out)
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def _qa_result():
    s1 = TEXT.index("19.3万亿元")
    s2 = TEXT.index("14.3%")
    return annotation_result(TEXT, [], qa=[(Q1, s1, s1 + 7), (Q2, s2, s2 + 5)], unanswerable=[U1, U2])


def test_meta_gives_qa_ids_and_answer_types(tmp_path):
    (record,) = _import(tmp_path, _export(_with_meta(_qa_result())))
    validate(record, "corrected")
    got = {q["question"]: (q["id"], q.get("answer_type"), q["is_impossible"]) for q in record["qa"]}
    assert got == {Q1: ("doc-q001", "money", False), Q2: ("doc-q002", "percent", False),
                   U1: ("doc-q003", None, True), U2: ("doc-q004", "count", True)}
    assert "answer_type" not in next(q for q in record["qa"] if q["question"] == U1)


def test_without_meta_ids_are_question_hashes_and_no_answer_type(tmp_path):
    (record,) = _import(tmp_path, _export(_qa_result()))
    assert {q["id"] for q in record["qa"]} == {qa_id("p1", q) for q in (Q1, Q2, U1, U2)}
    assert all("answer_type" not in q for q in record["qa"])


def test_json_min_drops_meta(tmp_path):
    (record,) = _import(tmp_path, json_min(_export(_with_meta(_qa_result()))), "min.json")
    assert {q["id"] for q in record["qa"]} == {qa_id("p1", q) for q in (Q1, Q2, U1, U2)}


@pytest.mark.parametrize(("meta", "message"), [
    ({"qa_id": "x", "answer_type": "amount"}, "unknown meta.answer_type 'amount'"),
    ({"qa_id": ""}, "meta.qa_id must be a non-empty string"),
    ({"qa_id": 7}, "meta.qa_id must be a non-empty string"),
])
def test_bad_meta_is_an_error_naming_the_task(tmp_path, meta, message):
    result = _qa_result()
    next(r for r in result if r["from_name"] == "answer")["meta"] = meta
    with pytest.raises(InputError, match=message) as err:
        _import(tmp_path, _export(result))
    assert "record 1" in str(err.value)
    assert not (tmp_path / "corrected.jsonl").exists()
