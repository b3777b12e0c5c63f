"""`ls push` reads a JSON array, JSONL or a prelabel shard folder, checks it all before sending, then sends it in
batches (the pushes run against the real server: fixture ``ls_server``)."""

import json

import pytest

from annotate.cli import main
from annotate.errors import InputError
from annotate.labelstudio.client import Client
from annotate.labelstudio.sync import push
from annotate.prelabel.tasks import prelabel

NOWHERE = {"url": "http://127.0.0.1:9", "token": "never-used"}  # checks fail before any request is made


def corpus(tmp_path, n=30):
    src = tmp_path / "p.jsonl"
    src.write_text("".join(json.dumps({"id": f"p{i}", "text": f"{2000 + i}年，收入{i}.5亿元。"}, ensure_ascii=False) + "\n"
                           for i in range(n)), encoding="utf-8")
    return src


@pytest.fixture()
def outputs(tmp_path):
    src = corpus(tmp_path)
    paths = {"json": tmp_path / "t.json", "jsonl": tmp_path / "t.jsonl", "dir": f"{tmp_path / 'shards'}/"}
    for path in paths.values():
        prelabel(src, path, backend="rules", shard_size=7)
    return paths


@pytest.mark.integration
def test_json_jsonl_and_shard_folder_push_the_same_tasks(outputs, ls_server):
    seen = []
    for kind, path in outputs.items():
        sizes = []
        result = push(path, project=f"stream-{kind}-{id(outputs)}"[:50], task="ner", batch_size=8,
                      url=ls_server.url, token=ls_server.token, progress=sizes.append)
        assert (result.tasks_in_file, result.tasks_created, result.tasks_unchanged) == (30, 30, 0)
        assert sizes == [8, 8, 8, 6]
        with Client(ls_server.url, ls_server.token) as client:
            tasks = json.loads(client.export(result.project_id))
        seen.append(sorted((t["data"]["id"], json.dumps(t["predictions"][0]["result"], sort_keys=True))
                           for t in tasks))
    assert seen[0] == seen[1] == seen[2] and len(seen[0]) == 30


@pytest.mark.integration
def test_pushing_again_sends_only_new_model_versions(outputs, tmp_path, monkeypatch, ls_server):
    server = {"url": ls_server.url, "token": ls_server.token}
    title = f"stream-again-{id(outputs)}"[:50]
    push(outputs["dir"], project=title, task="ner", batch_size=8, **server)
    again = push(outputs["jsonl"], project=title, batch_size=8, **server)
    assert (again.tasks_created, again.tasks_unchanged, again.predictions_added) == (0, 30, 0)
    from annotate.prelabel import rules

    monkeypatch.setattr(rules.RulesBackend, "model_version", "rules-retrained")
    prelabel(corpus(tmp_path), tmp_path / "v2.jsonl", backend="rules")
    newer = push(tmp_path / "v2.jsonl", project=title, batch_size=8, **server)
    assert (newer.tasks_created, newer.predictions_added) == (0, 30)


def test_bad_line_in_a_stream_is_found_before_anything_is_sent(outputs, tmp_path):
    lines = (tmp_path / "t.jsonl").read_text(encoding="utf-8").splitlines()
    lines[20] = lines[20].replace('"text": "2020', '"text": "1999', 1)  # a region no longer matches its text
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        push(bad, project="news-ner", task="ner", **NOWHERE)
    assert str(caught.value).startswith(f"{bad}:21: record p20: prediction")
    lines[20] = lines[3]
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="also used by task #3"):
        push(bad, project="news-ner", task="ner", **NOWHERE)


def test_incomplete_or_foreign_folders_are_refused(outputs, tmp_path, capsys):
    shards = tmp_path / "shards"
    manifest = json.loads((shards / "manifest.json").read_text(encoding="utf-8"))
    (shards / "manifest.json").write_text(json.dumps({**manifest, "complete": False}), encoding="utf-8")
    with pytest.raises(InputError, match="incomplete"):
        push(shards, project="news-ner", **NOWHERE)
    (tmp_path / "other").mkdir()
    assert main(["ls", "push", str(tmp_path / "other"), "--project", "news-ner", "--token", "t"]) == 1
    assert "needs the manifest.json" in capsys.readouterr().err
