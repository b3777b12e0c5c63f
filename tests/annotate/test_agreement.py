"""Agreement: the matching algorithm, a hand-built case with a known answer, and the reports."""

from __future__ import annotations

import copy
import json
import re
import xml.etree.ElementTree as ET
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotate.agreement.compare import compare
from annotate.agreement.counts import EDITS, char_labels, kappa, match_spans
from annotate.cli import main
from annotate.errors import InputError
from annotate.labels import LABELS
from annotate.spans import Span
from schemas import validate


@pytest.fixture(scope="module")
def files(data_dir):
    base = data_dir / "labelstudio"
    return {"pred": base / "agreement_tasks.json", "gold": base / "agreement_export.json"}


def test_one_of_each_edit():
    # 王小明在上海的华为公司工作了三年，月薪2万元。
    pred = [Span(0, 3, "PER"), Span(4, 6, "ORG"), Span(7, 9, "ORG"), Span(14, 16, "QUANTITY")]
    gold = [Span(0, 3, "PER"), Span(4, 6, "LOC"), Span(7, 11, "ORG"), Span(19, 22, "MONEY")]
    m = match_spans(pred, gold)
    assert m.accepted == [(Span(0, 3, "PER"), Span(0, 3, "PER"))]
    assert m.type == [(Span(4, 6, "ORG"), Span(4, 6, "LOC"))]
    assert m.boundary == [(Span(7, 9, "ORG"), Span(7, 11, "ORG"))]
    assert m.boundary_type == []
    assert m.deleted == [Span(14, 16, "QUANTITY")] and m.added == [Span(19, 22, "MONEY")]


def test_greedy_prefers_larger_overlap_then_smaller_shift():
    gold = [Span(0, 6, "ORG")]
    m = match_spans([Span(0, 2, "ORG"), Span(1, 5, "ORG")], gold)
    assert m.boundary == [(Span(1, 5, "ORG"), Span(0, 6, "ORG"))] and m.deleted == [Span(0, 2, "ORG")]
    m = match_spans([Span(2, 5, "LOC")], [Span(0, 4, "ORG"), Span(3, 9, "ORG")])
    assert m.boundary_type == [(Span(2, 5, "LOC"), Span(0, 4, "ORG"))]  # overlap 2 vs 2: smaller shift wins


spans = st.builds(lambda s, n, label: Span(s, s + n, label), st.integers(0, 30), st.integers(1, 6),
                  st.sampled_from(LABELS[:3]))


@settings(max_examples=200, deadline=None)
@given(st.lists(spans, max_size=8), st.lists(spans, max_size=8))
def test_matching_is_one_to_one_and_complete(pred, gold):
    m = match_spans(pred, gold)
    c = m.counts()
    pairs = c["accepted"] + c["type"] + c["boundary"] + c["boundary_type"]
    assert pairs + c["deleted"] == len(pred) and pairs + c["added"] == len(gold)
    assert c["accepted"] == sum((Counter(pred) & Counter(gold)).values())  # exact matches never lost
    for kind in ("type", "boundary", "boundary_type"):
        for p, g in getattr(m, kind):
            assert p.overlaps(g) and p != g
    # a deleted prediction overlaps no gold span that was left unmatched
    assert not any(p.overlaps(g) for p in m.deleted for g in m.added)
    assert match_spans(pred, pred).counts()["accepted"] == len(pred)


def test_kappa_known_values():
    a = char_labels(14, [Span(0, 2, "PER"), Span(3, 6, "PER"), Span(7, 11, "ORG")])
    b = char_labels(14, [Span(0, 2, "PER"), Span(3, 6, "PER"), Span(7, 9, "LOC")])
    assert kappa(Counter(zip(a, b, strict=True))) == pytest.approx(80 / 136)
    assert kappa(Counter(zip(a, a, strict=True))) == 1.0
    assert kappa(Counter({("O", "O"): 5})) == 1.0


def test_hand_built_case_end_to_end(files):
    report = compare(files["gold"], files["pred"])
    assert report["counts"] == {"accepted": 1, "boundary": 1, "type": 1, "boundary_type": 0, "deleted": 1, "added": 1}
    assert report["micro"]["precision"] == report["micro"]["recall"] == report["micro"]["f1"] == 0.25
    assert report["per_label"]["PER"]["f1"] == 1.0 and report["per_label"]["ORG"]["predicted"] == 2
    assert report["per_label"]["MONEY"]["added"] == 1 and report["per_label"]["QUANTITY"]["deleted"] == 1
    # the annotation started from rules-0.1 (parent_prediction 31), so that is the top-level score
    assert report["by_model_version"]["rules-0.1"]["counts"] == report["counts"]
    assert report["by_model_version"]["hf-tiny-0.1"]["counts"]["accepted"] == 4
    assert report["by_model_version"]["hf-tiny-0.1"]["micro"]["f1"] == 1.0
    assert report["tasks"] == {"gold": 2, "annotated": 2, "scored": 1, "no_pred_task": 1, "text_changed": 0,
                               "no_prediction": 0}
    (pair,) = report["annotators"]["pairs"]
    assert (pair["a"], pair["b"], pair["matched"]) == ("ann@example.com", "bo@example.com", 2)
    assert pair["f1"] == pytest.approx(2 / 3) and pair["kappa"] == pytest.approx(80 / 136)


def test_model_version_choice_and_predictions_inside_the_export(files):
    assert compare(files["gold"], files["pred"], model_version="hf-tiny-0.1")["micro"]["f1"] == 1.0
    assert compare(files["gold"])["counts"] == compare(files["gold"], files["pred"])["counts"]


def test_unusable_predictions(tmp_path, files):
    export = json.loads(files["gold"].read_text(encoding="utf-8"))
    ids_only = copy.deepcopy(export)
    ids_only[0]["predictions"] = [31, 32]
    path = tmp_path / "ids.json"
    path.write_text(json.dumps(ids_only, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(InputError, match="by id only"):
        compare(path)
    other = tmp_path / "other_tasks.json"
    other.write_text(json.dumps([{"data": {"text": "别的段落。", "id": "x"}, "predictions": [
        {"model_version": "m", "result": []}]}], ensure_ascii=False), encoding="utf-8")
    with pytest.raises(InputError, match="no annotated task"):
        compare(files["gold"], other)
    edited = json.loads(files["pred"].read_text(encoding="utf-8"))
    edited[0]["data"]["text"] = edited[0]["data"]["text"].replace("。", "！")
    other.write_text(json.dumps(edited, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(InputError, match="no annotated task"):
        compare(files["gold"], other)


def test_cli_markdown_json_and_html(tmp_path, files, capsys):
    html = tmp_path / "report.html"
    args = ["agreement", "--pred", str(files["pred"]), "--gold", str(files["gold"])]
    assert main([*args, "--html", str(html)]) == 0
    markdown = capsys.readouterr().out
    assert "| **micro** | 25.0 | 25.0 | 25.0 | 4 | 4 | 1 | 1 | 1 | 0 | 1 | 1 |" in markdown
    assert "ann@example.com" in markdown
    page = html.read_text(encoding="utf-8")
    assert "<script" not in page
    svgs = re.findall(r"<svg.*?</svg>", page, re.S)
    assert len(svgs) == 2
    for svg in svgs:
        ET.fromstring(svg)
    assert main([*args, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report["micro"]) >= {"precision", "recall", "f1"}
    assert set(report["counts"]) >= set(EDITS) and "by_model_version" in report and "per_label" in report
    validate(report, "agreement")
    # a person sees the edits themselves: one example per edit (the counts are 1 each), in its text
    examples = report["examples"]
    assert {name: len(found) for name, found in examples.items()} == {
        name: report["counts"][name] for name in EDITS if name != "accepted"}
    for found in examples.values():
        for ex in found:
            for side in ("pred", "gold"):
                if ex[side]:
                    start = ex[side]["start"] - ex["context_start"]
                    assert ex["context"][start:start + len(ex[side]["text"])] == ex[side]["text"]
    assert "Examples of edited spans" in page and page.count("<del>") >= 1 and page.count("<ins>") >= 1
    deleted = examples["deleted"][0]["pred"]["text"]
    assert deleted in page


PIECES = ["中", "国", "区", "，", "Ａ", "１", "😀", "𠀀", "\r\n", "\u3000", " ", "a"]


@st.composite
def tasks_and_export(draw):
    from _ls_sim import annotation, annotation_result, json_min, task

    pred_tasks, export = [], []
    for i in range(draw(st.integers(1, 4))):
        text = "".join(draw(st.lists(st.sampled_from(PIECES), min_size=1, max_size=40)))
        n = len(text)
        pred = draw(st.lists(st.builds(lambda s, k, lab, n=n: Span(s, min(n, s + k), lab), st.integers(0, n - 1),
                                       st.integers(1, 5), st.sampled_from(LABELS)), max_size=5))
        gold = draw(st.sampled_from([pred, pred[:1], []]))
        result = annotation_result(text, pred)
        pred_tasks.append({"data": {"text": text, "id": f"p{i}"},
                           "predictions": [{"model_version": "m1", "score": 0.5, "result": result}]})
        export.append(task(100 + i, text, [annotation(i + 1, 1, annotation_result(text, gold))], para_id=f"p{i}"))
    as_min = draw(st.booleans())
    return pred_tasks, (json_min(export) if as_min else export)


@settings(max_examples=60, deadline=None)
@given(tasks_and_export())
def test_accepting_predictions_scores_as_accepted(tmp_path_factory, case):
    pred_tasks, export = case
    base = tmp_path_factory.mktemp("agr")
    (base / "tasks.json").write_text(json.dumps(pred_tasks, ensure_ascii=False), encoding="utf-8")
    (base / "export.json").write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    report = compare(base / "export.json", base / "tasks.json")
    expected_pred = sum(len({(r["value"]["start"], r["value"]["end"], r["value"]["labels"][0])
                             for r in t["predictions"][0]["result"]}) for t in pred_tasks)
    assert report["micro"]["predicted"] == expected_pred
    assert report["counts"]["accepted"] == report["micro"]["support"]  # every kept span is an accepted prediction
    assert report["counts"]["added"] == 0
    assert report["tasks"]["scored"] == len(pred_tasks)


def test_predictions_in_any_prelabel_output_form_score_the_same(tmp_path):
    """`prelabel` writes .json, .jsonl or a shard folder; agreement reads each the same way."""
    from pathlib import Path

    from annotate.agreement.compare import compare
    from annotate.cli import main
    from annotate.errors import InputError
    from annotate.prelabel.tasks import prelabel

    root = Path(__file__).resolve().parents[2]
    paragraphs = tmp_path / "p.jsonl"
    assert main(["segment", str(root / "seeds"), "--out", str(paragraphs), "-q"]) == 0
    outs = [tmp_path / "t.json", tmp_path / "t.jsonl", f"{tmp_path / 'shards'}/"]
    for out in outs:
        prelabel(paragraphs, out, backend="rules", shard_size=40)
    gold = root / "seeds" / "annotations" / "export.json"
    first = {k: v for k, v in compare(gold, outs[0]).items() if k != "pred"}
    for out in outs[1:]:
        assert {k: v for k, v in compare(gold, out).items() if k != "pred"} == first
    empty = tmp_path / "empty.json"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="the file is empty"):
        compare(gold, empty)
