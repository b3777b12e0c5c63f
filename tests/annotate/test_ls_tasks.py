"""Checking tasks files before a push, and planning an idempotent push (no server)."""

import pytest

from annotate.errors import InputError
from annotate.labelstudio.config import label_config
from annotate.labelstudio.tasks import (
    ExistingTask,
    check_against_config,
    check_tasks,
    config_controls,
    plan_push,
)

TEXT = "华为公司在深圳。 　😀𠀀\r\n北京"


def region(start, end, label, text=TEXT, rid="r1"):
    return {"id": rid, "from_name": "label", "to_name": "text", "type": "labels",
            "value": {"start": start, "end": end, "text": text[start:end], "labels": [label]}}


def task(data_id, *versions, text=TEXT):
    return {"data": {"id": data_id, "text": text},
            "predictions": [{"model_version": v, "score": 0.5, "result": [region(0, 4, "ORG", text)]}
                            for v in versions]}


def test_valid_tasks_pass_and_are_trimmed_to_what_label_studio_imports():
    t = task("p1", "rules-1")
    t["extra"] = 1
    t["predictions"][0]["result"].append(region(14, 16, "LOC", rid="r2"))  # after \r\n, 𠀀 and emoji
    (out,) = check_tasks([t], path="tasks.json")
    assert set(out) == {"data", "predictions"}
    assert check_tasks(task("p2"))[0]["data"]["id"] == "p2"  # a single task object is accepted


@pytest.mark.parametrize(("tasks", "message"), [
    ({"x": 1}, "JSON list of tasks"),
    ([], "empty"),
    ([{"text": "a"}], "'data' object"),
    ([{"data": {"text": "a"}}], "no data.id"),
    ([{"data": {"id": True, "text": "a"}}], "no data.id"),
    ([{"data": {"id": "a", "text": 3}}], "data.text must be a string"),
    ([task("p1"), task("p1")], "also used by task #0"),
    ([{"data": {"id": "a", "text": "ab"}, "predictions": {}}], "must be a list"),
    ([task("p1", "v1", "v1")], "two predictions"),
    ([{"data": {"id": "a", "text": "ab"}, "predictions": [{"model_version": "", "result": []}]}], "non-empty"),
])
def test_malformed_tasks_are_one_clear_error(tasks, message):
    with pytest.raises(InputError, match=message) as err:
        check_tasks(tasks, path="tasks.json")
    assert str(err.value).startswith("tasks.json: ")


@pytest.mark.parametrize(("start", "end", "text", "message"), [
    (0, 99, None, r"out of range for a text of 16 characters"),
    (-1, 2, None, "out of range"),
    (3, 3, None, "out of range"),
    (0, 2, "华", "says '华' but the text there is '华为'"),
])
def test_region_offsets_and_text_are_checked_against_the_task_text(start, end, text, message):
    t = task("p9", "v1")
    value = t["predictions"][0]["result"][0]["value"]
    value.update(start=start, end=end, text=text if text is not None else value["text"])
    with pytest.raises(InputError, match=message) as err:
        check_tasks([t])
    assert "record p9" in str(err.value)


def test_annotations_imported_with_tasks_are_checked_too():
    t = task("p3", "v1")
    t["annotations"] = [{"result": [region(0, 2, "ORG")]}]
    assert check_tasks([t])[0]["annotations"] == t["annotations"]
    t["annotations"][0]["result"][0]["value"]["end"] = 17
    with pytest.raises(InputError, match="annotation 0 region 'r1': region \\[0, 17\\) is out of range"):
        check_tasks([t])


def test_annotations_with_per_region_questions_pass():
    """A per-region TextArea result repeats its region's offsets but holds a list of texts (an export
    pushed back to a server has them)."""
    t = task("p4", "v1")
    answer = region(5, 7, "ANSWER", rid="qa1") | {"from_name": "answer"}
    question = {"id": "qa1", "from_name": "question", "to_name": "text", "type": "textarea",
                "value": {"start": 5, "end": 7, "text": ["华为在哪里？"]}}
    t["annotations"] = [{"result": [answer, question]}]
    assert check_tasks([t])[0]["annotations"][0]["result"][1] == question
    answer["value"]["text"] = "深"
    with pytest.raises(InputError, match="says '深' but the text there is '深圳'"):
        check_tasks([t])


def test_predictions_must_fit_the_project_config():
    config = label_config("ner")
    check_against_config([task("p1", "v1")], config)
    bad_label = task("p1", "v1")
    bad_label["predictions"][0]["result"][0]["value"]["labels"] = ["GPE"]
    with pytest.raises(InputError, match="label 'GPE' is not in the project's config"):
        check_against_config([bad_label], config)
    bad_control = task("p1", "v1")
    bad_control["predictions"][0]["result"][0]["from_name"] = "ner"
    with pytest.raises(InputError, match="control 'ner', which the project's config lacks"):
        check_against_config([bad_control], config)
    assert config_controls(label_config("ner+qa"))["question"] is None


def test_plan_push_sends_only_new_tasks_and_new_model_versions():
    tasks = [task("p1", "v1", "v2"), task("p2", "v1"), task(3, "v1")]
    existing = {"p1": ExistingTask(11, frozenset({"v1"})), "p2": ExistingTask(12, frozenset({"v1"})),
                "3": ExistingTask(13, frozenset({"v1"}))}  # 3 and "3" are the same paragraph
    plan = plan_push(tasks, existing)
    assert plan.new_tasks == [] and plan.unchanged == 2
    assert [(p["task"], p["model_version"]) for p in plan.new_predictions] == [(11, "v2")]
    assert plan.new_predictions[0]["score"] == 0.5
    fresh = plan_push(tasks, {})
    assert [t["data"]["id"] for t in fresh.new_tasks] == ["p1", "p2", 3] and not fresh.new_predictions
