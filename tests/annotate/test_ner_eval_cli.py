import json

from annotate.cli import main


def region(start, end, text, label):
    return {"from_name": "label", "to_name": "text", "type": "labels",
            "value": {"start": start, "end": end, "text": text, "labels": [label]}}


def test_ner_eval_bio_gold_against_labelstudio_tasks(tmp_path, capsys):
    gold = tmp_path / "gold.bio"
    gold.write_text("张 B-PER\n三 I-PER\n在 O\n北 B-LOC\n京 I-LOC\n\n李 B-PER\n四 I-PER\n", encoding="utf-8")
    tasks = [{"data": {"text": "张三在北京"}, "predictions": [{"result": [region(0, 2, "张三", "PER"),
                                                                      region(3, 5, "北京", "ORG")]}]},
             {"data": {"text": "李四"}, "predictions": [{"result": [region(0, 2, "李四", "PER")]}]}]
    pred = tmp_path / "tasks.json"
    pred.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    assert main(["ner-eval", "--gold", str(gold), "--pred", str(pred), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["micro"]["precision"] == 2 / 3 and out["micro"]["recall"] == 2 / 3
    assert out["per_label"]["PER"]["f1"] == 1.0 and out["per_label"]["LOC"]["recall"] == 0.0
    assert main(["ner-eval", "--gold", str(gold), "--pred", str(pred), "--labels", "LOC", "-q"]) == 0
    table = capsys.readouterr().out
    assert "micro" in table and "PER" not in table


def test_ner_eval_mismatched_texts_one_line_error(tmp_path, capsys):
    gold = tmp_path / "gold.bio"
    gold.write_text("张 B-PER\n三 I-PER\n", encoding="utf-8")
    pred = tmp_path / "p.jsonl"
    pred.write_text('{"text": "李四", "spans": []}\n', encoding="utf-8")
    assert main(["ner-eval", "--gold", str(gold), "--pred", str(pred)]) == 1
    err = capsys.readouterr().err.strip()
    assert "text differs" in err and len(err.splitlines()) == 1


def test_ner_eval_runs_a_backend_on_the_gold_texts(data_dir, capsys):
    args = ["ner-eval", "--gold", str(data_dir / "rules_gold.jsonl"), "--backend", "rules",
            "--labels", "DATE,MONEY,PERCENT,QUANTITY", "--json"]
    assert main(args) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["examples"] >= 40 and out["pred"] == "backend rules-2"
    assert set(out["per_label"]) == {"DATE", "MONEY", "PERCENT", "QUANTITY"}
    assert out["micro"]["support"] == sum(v["support"] for v in out["per_label"].values())
