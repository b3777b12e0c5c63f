"""`ls push` reads a JSON array, JSONL or a prelabel shard folder as a stream and sends it in batches."""

import json

import pytest

from annotate.cli import main
from annotate.errors import InputError
from annotate.labelstudio.sync import push
from annotate.labelstudio.tasks import ExistingTask, task_key
from annotate.prelabel.tasks import prelabel


class FakeServer:
    """The calls `push` makes, kept in memory; records every import request."""

    url = "http://fake"

    def __init__(self):
        self.projects = {}
        self.tasks = {}        # data.id key -> ExistingTask
        self.requests = []     # ("tasks" | "predictions", size)

    def whoami(self):
        return {"id": 1}

    def project(self, name):
        return self.projects.get(name)

    def create_project(self, title, config):
        self.projects[title] = {"id": 1, "title": title, "label_config": config}
        return self.projects[title]

    def set_label_config(self, project_id, config):  # pragma: no cover - not asked for here
        raise AssertionError("config unchanged")

    def existing_tasks(self, project_id):
        return dict(self.tasks)

    def import_tasks(self, project_id, tasks):
        self.requests.append(("tasks", [t["data"]["id"] for t in tasks]))
        for task in tasks:
            versions = frozenset(p["model_version"] for p in task.get("predictions", []))
            self.tasks[task_key(task["data"]["id"])] = ExistingTask(len(self.tasks) + 1, versions)

    def import_predictions(self, project_id, predictions):
        self.requests.append(("predictions", [p["task"] for p in predictions]))
        return len(predictions)

    def close(self):
        pass


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


def test_json_jsonl_and_shard_folder_push_the_same_batches(outputs):
    seen = []
    for path in outputs.values():
        server = FakeServer()
        sizes = []
        result = push(path, project="news-ner", task="ner", batch_size=8, client=server, progress=sizes.append)
        assert (result.tasks_in_file, result.tasks_created, result.tasks_unchanged) == (30, 30, 0)
        assert sizes == [8, 8, 8, 6] and all(len(ids) <= 8 for _, ids in server.requests)
        seen.append(server.requests)
    assert seen[0] == seen[1] == seen[2]
    assert [i for _, ids in seen[0] for i in ids] == [f"p{i}" for i in range(30)]


def test_pushing_again_sends_only_new_model_versions(outputs, tmp_path, monkeypatch):
    server = FakeServer()
    push(outputs["dir"], project="news-ner", task="ner", batch_size=8, client=server)
    again = push(outputs["jsonl"], project="news-ner", batch_size=8, client=server)
    assert (again.tasks_created, again.tasks_unchanged, again.predictions_added) == (0, 30, 0)
    from annotate.prelabel import rules

    monkeypatch.setattr(rules.RulesBackend, "model_version", "rules-retrained")
    prelabel(corpus(tmp_path), tmp_path / "v2.jsonl", backend="rules")
    newer = push(tmp_path / "v2.jsonl", project="news-ner", batch_size=8, client=server)
    assert (newer.tasks_created, newer.predictions_added) == (0, 30)


def test_bad_line_in_a_stream_is_found_before_anything_is_sent(outputs, tmp_path):
    lines = (tmp_path / "t.jsonl").read_text(encoding="utf-8").splitlines()
    lines[20] = lines[20].replace('"text": "2020', '"text": "1999', 1)  # a region no longer matches its text
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    server = FakeServer()
    with pytest.raises(InputError) as caught:
        push(bad, project="news-ner", task="ner", client=server)
    assert str(caught.value).startswith(f"{bad}:21: record p20: prediction") and server.requests == []
    lines[20] = lines[3]
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="also used by task #3"):
        push(bad, project="news-ner", task="ner", client=server)
    assert server.projects == {}


def test_incomplete_or_foreign_folders_are_refused(outputs, tmp_path, capsys):
    shards = tmp_path / "shards"
    manifest = json.loads((shards / "manifest.json").read_text(encoding="utf-8"))
    (shards / "manifest.json").write_text(json.dumps({**manifest, "complete": False}), encoding="utf-8")
    with pytest.raises(InputError, match="incomplete"):
        push(shards, project="news-ner", client=FakeServer())
    (tmp_path / "other").mkdir()
    assert main(["ls", "push", str(tmp_path / "other"), "--project", "news-ner", "--token", "t"]) == 1
    assert "needs the manifest.json" in capsys.readouterr().err
