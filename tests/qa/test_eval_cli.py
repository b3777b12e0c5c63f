"""``python -m qa.eval`` end to end (in-process): output shapes, reports, and every kind of bad input."""

from __future__ import annotations

import json
import re

import pytest

from qa.eval import main
from schemas import validate

CONTEXT = "2023年，全国GDP达到126万亿元，同比增长5.2%。北京大学位于北京。"


def _dataset(path, qas, context=CONTEXT):
    data = {"version": "t", "data": [{"title": "t", "paragraphs": [{"context": context, "qas": qas}]}]}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _qa(qid, text, question="问题？"):
    return {"id": qid, "question": question, "answers": [{"text": text, "answer_start": CONTEXT.find(text)}]}


@pytest.fixture
def small(tmp_path):
    data = _dataset(tmp_path / "d.json", [_qa("a", "126万亿元", "GDP达到多少？"), _qa("b", "5.2%", "增长了百分之几？"),
                                          _qa("c", "北京大学", "哪所大学位于北京？")])
    preds = tmp_path / "p.json"
    preds.write_text(json.dumps({"a": "126万亿", "b": "5.2%", "zz": "x"}, ensure_ascii=False), encoding="utf-8")
    return data, preds


def _run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_json_report(small, capsys, tmp_path):
    data, preds = small
    code, out, err = _run(capsys, "--data", data, "--predictions", preds, "--json", "--resamples", "50",
                          "--per-question", tmp_path / "q.jsonl", "--html", tmp_path / "r.html")
    assert code == 0
    report = json.loads(out)
    validate(report, "qa_eval")
    assert (report["total"], report["skipped"]) == (3, 1)  # "c" has no prediction: counted, scored 0
    assert report["exact_match"] == pytest.approx(100 / 3)
    assert report["lenient_em"] == pytest.approx(200 / 3)  # 126万亿 = 126万亿元 up to the unit
    assert report["unknown_ids"] == ["zz"] and "1 predictions for ids not in the dataset" in err
    assert report["buckets"]["missing"] == 1 and report["by_type"]["money"]["lenient_em"] == 100.0
    assert sum(v["total"] for v in report["by_difficulty"].values()) == 3
    rows = [json.loads(line) for line in (tmp_path / "q.jsonl").read_text(encoding="utf-8").splitlines()]
    for row in rows:
        validate(row, "qa_question")
    assert [r["bucket"] for r in rows] == ["numeric_format", "exact", "missing"]
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert page.count("<svg") == 4 and "北京大学" in page  # headline, by type, by difficulty, buckets
    # the error table shows each question's paragraph, gold answer marked, so a person sees the error
    table = page.split("not answered exactly", 1)[1]
    cells = re.findall(r'<td class="para">(.*?)</td>', table)
    assert len(cells) == 2 and all(re.sub(r"<[^>]+>", "", cell) == CONTEXT for cell in cells)
    assert "<ins>" in cells[0] and "<del>" in cells[0]  # gold 126万亿元 and the prediction 126万亿 marked


def test_text_report(small, capsys):
    data, preds = small
    code, out, _ = _run(capsys, "--data", data, "--predictions", preds, "--resamples", "20", "--quiet")
    assert code == 0
    assert "lenient EM" in out and "by answer type" in out and "numeric_format" in out


def test_squad2_metric_reports_has_and_no_answer(data_dir, capsys):
    code, out, _ = _run(capsys, "--data", data_dir / "qa" / "squad2_handmade.json", "--predictions",
                        data_dir / "qa" / "squad2_handmade_pred.json", "--metric", "squad2", "--json", "--resamples", "10")
    report = json.loads(out)
    assert code == 0 and report["HasAns"]["total"] == 6 and report["NoAns"]["total"] == 3
    assert report["exact_match"] == pytest.approx(100 * 4 / 9)


def _one_line_error(code, err, expected_code=1):
    assert code == expected_code
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err
    return lines[0]


def test_answer_start_mismatch_is_a_warning_unless_strict(tmp_path, small, capsys):
    qa = _qa("a", "126万亿元")
    qa["answers"][0]["answer_start"] = 3
    data = _dataset(tmp_path / "bad.json", [qa])
    _, preds = small
    code, out, err = _run(capsys, "--data", data, "--predictions", preds, "--json")
    assert code == 0
    assert json.loads(out)["offset_mismatches"] == 1
    assert "1 gold answer(s) are not at their answer_start" in err
    code, _, err = _run(capsys, "--data", data, "--predictions", preds, "--strict-offsets",
                        "--html", tmp_path / "never.html")
    line = _one_line_error(code, err)
    assert "record a" in line and "answer_start" in line and "--strict-offsets" in line
    assert not (tmp_path / "never.html").exists()


def test_non_utf8_files(tmp_path, small, capsys):
    data, preds = small
    gbk = tmp_path / "gbk.json"
    gbk.write_bytes(json.dumps({"a": "北京"}, ensure_ascii=False).encode("gbk"))
    line = _one_line_error(*_run(capsys, "--data", data, "--predictions", gbk)[::2])
    assert "gbk.json" in line and "not UTF-8" in line
    line = _one_line_error(*_run(capsys, "--data", gbk, "--predictions", preds)[::2])
    assert "not UTF-8" in line


def test_empty_dataset(tmp_path, small, capsys):
    _, preds = small
    empty = tmp_path / "empty.json"
    empty.write_text('{"version": "x", "data": []}', encoding="utf-8")
    assert "no questions" in _one_line_error(*_run(capsys, "--data", empty, "--predictions", preds)[::2])


def test_predictions_for_another_dataset(tmp_path, small, capsys):
    data, _ = small
    other = tmp_path / "other.json"
    other.write_text('{"DEV_0_QUERY_0": "x"}', encoding="utf-8")
    assert "none of the 1 predictions" in _one_line_error(*_run(capsys, "--data", data, "--predictions", other)[::2])


def test_bad_prediction_value_and_malformed_json(tmp_path, small, capsys):
    data, _ = small
    bad = tmp_path / "bad.json"
    bad.write_text('{"a": null}', encoding="utf-8")
    assert "record a" in _one_line_error(*_run(capsys, "--data", data, "--predictions", bad)[::2])
    bad.write_text('{"a": "x",', encoding="utf-8")
    assert "malformed JSON" in _one_line_error(*_run(capsys, "--data", data, "--predictions", bad)[::2])


def test_duplicate_ids(tmp_path, small, capsys):
    _, preds = small
    data = _dataset(tmp_path / "dup.json", [_qa("a", "5.2%"), _qa("a", "北京大学")])
    assert "occurs twice" in _one_line_error(*_run(capsys, "--data", data, "--predictions", preds)[::2])


@pytest.mark.parametrize("argv", [[], ["--system", "overlap", "--predictions", "p.json"], ["--system", "nope"]])
def test_usage_errors(small, capsys, argv):
    data, _ = small
    with pytest.raises(SystemExit) as exc:
        main(["--data", str(data), *argv])
    assert exc.value.code == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_offline_baseline(small, capsys):
    data, _ = small
    code, out, _ = _run(capsys, "--data", data, "--system", "overlap", "--json", "--quiet", "--resamples", "10")
    report = json.loads(out)
    assert code == 0 and report["source"]["system"] == "overlap" and report["skipped"] == 0
    # the typed-span rules find the money and percent answers; the org question has no org-tagged word
    assert report["by_type"]["money"]["exact_match"] == 100.0
    assert report["by_type"]["percent"]["exact_match"] == 100.0


def test_qa_cli_exposes_eval(small, capsys):
    from qa.cli import main as qa_main

    data, preds = small
    assert qa_main(["eval", "--data", str(data), "--predictions", str(preds), "--json", "--quiet",
                    "--resamples", "5"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 3
