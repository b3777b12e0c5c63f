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


def test_partly_annotated_export_scores_annotated_tasks_only_as_agreement_does(tmp_path, capsys):
    from annotate.agreement.compare import compare

    texts = ["张三在北京", "李四去上海", "王五在广州"]
    pred_regions = [[region(0, 2, "张三", "PER"), region(3, 5, "北京", "LOC")],
                    [region(0, 2, "李四", "PER")],
                    [region(0, 2, "王五", "PER"), region(3, 5, "广州", "LOC")]]
    tasks = [{"data": {"id": f"p{i}", "text": t}, "predictions": [{"model_version": "m", "result": r}]}
             for i, (t, r) in enumerate(zip(texts, pred_regions, strict=True))]
    export = [dict(task, id=i + 1, annotations=[]) for i, task in enumerate(tasks)]
    export[0]["annotations"] = [{"id": 1, "result": [region(0, 2, "张三", "PER"), region(3, 5, "北京", "LOC")]}]
    export[1]["annotations"] = [{"id": 2, "result": [region(0, 2, "李四", "PER"), region(3, 5, "上海", "LOC")]}]
    # export[2] is not annotated: its predictions must not count as false positives
    gold, pred = tmp_path / "export.json", tmp_path / "tasks.json"
    gold.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    pred.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    assert main(["ner-eval", "--gold", str(gold), "--pred", str(pred), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["examples"] == 2 and out["unannotated_skipped"] == 1
    assert (out["micro"]["tp"], out["micro"]["predicted"], out["micro"]["support"]) == (3, 3, 4)
    agreement = compare(gold, pred)
    assert agreement["tasks"]["scored"] == 2 and agreement["micro"]["f1"] == out["micro"]["f1"]
    assert main(["ner-eval", "--gold", str(gold), "--pred", str(pred)]) == 0
    assert "1 tasks of the gold export have no annotation" in capsys.readouterr().out


def test_ner_eval_reads_predictions_in_every_prelabel_output_form(tmp_path, capsys):
    """`prelabel` writes .json, .jsonl or a shard folder; `ner-eval --pred` scores each the same."""
    from pathlib import Path

    from annotate.prelabel.tasks import prelabel

    root = Path(__file__).resolve().parents[2]
    paragraphs = tmp_path / "p.jsonl"
    assert main(["segment", str(root / "seeds"), "--out", str(paragraphs), "-q"]) == 0
    outs = [str(tmp_path / "t.json"), str(tmp_path / "t.jsonl"), f"{tmp_path / 'shards'}/"]
    scores = []
    for out in outs:
        prelabel(paragraphs, out, backend="rules", shard_size=40)
        gold = str(root / "seeds" / "annotations" / "export.json")
        assert main(["ner-eval", "--gold", gold, "--pred", out, "--json"]) == 0
        report = json.loads(capsys.readouterr().out)
        scores.append((report["micro"], report["per_label"], report["examples"]))
    assert scores[0][0]["tp"] > 0 and scores[0][2] > 0
    assert scores[1] == scores[0] and scores[2] == scores[0]
    (tmp_path / "no_manifest").mkdir()
    assert main(["ner-eval", "--gold", gold, "--pred", str(tmp_path / "no_manifest")]) == 1
    assert "manifest.json" in capsys.readouterr().err
