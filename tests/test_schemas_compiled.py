"""The compiled per-item validator (fastjsonschema) gives jsonschema's verdict on every task.

`schemas.item_validator("tasks")` checks streamed tasks one by one at stream speed; the JSON Schema
stays the source of truth, so the oracle here is `schemas.validate([task], "tasks")` (jsonschema).
"""

import copy

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import schemas
from annotate.errors import SchemaError

VALID = {
    "data": {"id": "d-1", "text": "2024年，张三在北京。", "schema_version": 1, "kind": "paragraph", "doc_id": "d",
             "source": {"path": "a.txt", "offsets": [0]}},
    "predictions": [{"model_version": "rules-1", "score": 0.5, "result": [
        {"id": "r1", "from_name": "label", "to_name": "text", "type": "labels", "score": 0.5,
         "value": {"start": 0, "end": 5, "text": "2024年", "labels": ["DATE"]}}]}],
}


def oracle(task) -> bool:
    try:
        schemas.validate([task], "tasks")
    except SchemaError:
        return False
    return True


def compiled(task) -> bool:
    try:
        schemas.item_validator("tasks")(task, path="t.jsonl", line=3, record="x")
    except SchemaError:
        return False
    return True


def mutate(path, value):
    task = copy.deepcopy(VALID)
    node = task
    for key in path[:-1]:
        node = node[key]
    if value is DELETE:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return task


DELETE = object()
REGION = ("predictions", 0, "result", 0)
CASES = [
    ((), None),
    (("data",), DELETE), (("data", "text"), DELETE), (("data", "text"), ""), (("data", "text"), 5),
    (("data", "id"), True), (("data", "id"), 1.5), (("data", "id"), 7), (("data", "id"), None),
    (("data", "schema_version"), 2), (("data", "schema_version"), "1"), (("data", "kind"), 3),
    (("data", "extra"), {"any": ["thing"]}),
    (("predictions",), {}), (("predictions",), []),
    (("predictions", 0, "model_version"), ""), (("predictions", 0, "score"), 1.5),
    (("predictions", 0, "score"), True), (("predictions", 0, "result"), DELETE),
    ((*REGION, "id"), ""), ((*REGION, "from_name"), "ner"), ((*REGION, "type"), "choices"),
    ((*REGION, "score"), -0.1), ((*REGION, "value", "start"), -1), ((*REGION, "value", "start"), 0.0),
    ((*REGION, "value", "start"), 1.5), ((*REGION, "value", "start"), False), ((*REGION, "value", "end"), 0),
    ((*REGION, "value", "labels"), []), ((*REGION, "value", "labels"), ["DATE", "PER"]),
    ((*REGION, "value", "labels"), ["MISC"]), ((*REGION, "value", "labels"), [""]), ((*REGION, "value", "text"), ""),
    ((*REGION, "value"), DELETE),
]


@pytest.mark.parametrize("path, value", CASES, ids=[f"{'/'.join(map(str, p)) or 'valid'}={v!r:.12}" for p, v in CASES])
def test_compiled_validator_agrees_with_jsonschema(path, value):
    task = copy.deepcopy(VALID) if not path else mutate(path, value)
    assert compiled(task) == oracle(task)


def test_valid_and_invalid_both_occur_in_the_table():
    verdicts = {oracle(mutate(p, v) if p else VALID) for p, v in CASES}
    assert verdicts == {True, False}


def test_failure_names_the_place_like_jsonschema():
    task = mutate((*REGION, "value", "labels"), [""])  # any non-empty label is valid: a tagger's own labels
    with pytest.raises(SchemaError) as caught:
        schemas.item_validator("tasks")(task, path="t.jsonl", line=3, record="x")
    assert str(caught.value).startswith("t.jsonl:3: record x: does not match schema 'tasks' at 0/predictions/0/")


JSON = st.recursive(st.none() | st.booleans() | st.integers(-3, 3) | st.floats(-2, 2, allow_nan=False)
                    | st.text(max_size=3),
                    lambda inner: st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=3), inner, max_size=2),
                    max_leaves=4)
PATHS = [p for p, _ in CASES if p]


@settings(max_examples=300, deadline=None)
@given(path=st.sampled_from(PATHS), value=JSON)
def test_compiled_validator_agrees_on_random_values(path, value):
    task = mutate(path, value)
    assert compiled(task) == oracle(task)
