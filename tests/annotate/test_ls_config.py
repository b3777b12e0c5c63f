"""Labeling configs generated from the label set: structure, names the export parser relies on, CLI."""

import xml.etree.ElementTree as ET

import pytest

from annotate.cli import main
from annotate.labels import LABELS
from annotate.labelstudio.config import (
    ANSWER,
    ANSWER_LABEL,
    NER,
    QUESTION,
    TASKS,
    TEXT,
    UNANSWERABLE,
    config_spec,
    label_config,
)
from annotate.labelstudio.tasks import config_controls


def _controls(xml):
    root = ET.fromstring(xml)
    return {n.get("name"): n for n in root.iter() if n.get("toName")}


@pytest.mark.parametrize(("task", "names"), [
    ("ner", {NER}),
    ("qa", {ANSWER, QUESTION, UNANSWERABLE}),
    ("ner+qa", {NER, ANSWER, QUESTION, UNANSWERABLE}),
])
def test_each_task_has_exactly_its_controls_over_one_text(task, names):
    xml = label_config(task)
    controls = _controls(xml)
    assert set(controls) == names == set(config_spec(task).from_names)
    assert {n.get("toName") for n in controls.values()} == {TEXT}
    texts = [n for n in ET.fromstring(xml).iter("Text")]
    assert len(texts) == 1 and texts[0].get("name") == TEXT and texts[0].get("value") == "$" + TEXT


def test_ner_labels_are_the_toolkit_labels_in_order():
    labels = _controls(label_config("ner"))[NER]
    assert labels.tag == "Labels"
    assert tuple(lab.get("value") for lab in labels.iter("Label")) == LABELS
    colours = [lab.get("background") for lab in labels.iter("Label")]
    assert len(set(colours)) == len(colours)


def test_question_is_per_region_and_shown_only_for_answer_regions():
    root = ET.fromstring(label_config("ner+qa"))
    question = next(n for n in root.iter("TextArea") if n.get("name") == QUESTION)
    assert question.get("perRegion") == "true"
    wrapper = next(v for v in root.iter("View") if question in list(v))
    assert wrapper.get("visibleWhen") == "region-selected" and wrapper.get("whenTagName") == ANSWER
    unanswerable = next(n for n in root.iter("TextArea") if n.get("name") == UNANSWERABLE)
    assert unanswerable.get("perRegion") is None
    assert config_controls(label_config("qa"))[ANSWER] == {ANSWER_LABEL}


def test_config_is_byte_stable_and_custom_labels_work():
    assert label_config("ner+qa") == label_config("ner+qa")
    assert config_controls(label_config("ner", ("A", "B")))[NER] == {"A", "B"}
    with pytest.raises(ValueError, match="unknown task"):
        label_config("pos")


@pytest.mark.parametrize("task", TASKS)
def test_cli_writes_the_config(tmp_path, task):
    out = tmp_path / "c.xml"
    assert main(["ls", "config", "--task", task, "--out", str(out), "-q"]) == 0
    assert out.read_text(encoding="utf-8") == label_config(task)


def test_cli_prints_to_stdout_and_rejects_unknown_task(capsys):
    assert main(["ls", "config", "--task", "ner"]) == 0
    assert capsys.readouterr().out == label_config("ner")
    with pytest.raises(SystemExit) as exc:
        main(["ls", "config", "--task", "pos"])
    assert exc.value.code == 2
