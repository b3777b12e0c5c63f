"""``qa push``: the --to-dir layout loads with datasets.load_dataset and matches the build row for row;
re-publishing leaves no stale splits or card metadata; the push itself is one commit (fake Hub API)."""

from __future__ import annotations

import json

import pytest
import yaml

from annotate.errors import InputError, UsageError
from qa.build import build
from qa.cli import main as qa_main
from qa.hub import push, resolve_token, stale_files, write_layout

datasets = pytest.importorskip("datasets")


@pytest.fixture(scope="module")
def bench(tmp_path_factory, data_dir):
    out = tmp_path_factory.mktemp("hub") / "bench"
    build(data_dir / "qa" / "corrected_small.jsonl", out)
    return out


def _header(folder):
    text = (folder / "README.md").read_text(encoding="utf-8")
    return yaml.safe_load(text.split("---\n")[1]), text


def _rows(ds):
    return [dict(row) for row in ds]


def _published(ds):
    """The build's rows as published: source_file relative to the corpus folder (here tests/data/qa/)."""
    return [{**row, "source_file": row["source_file"].rsplit("/", 1)[-1]} for row in _rows(ds)]


def test_no_local_path_is_published_and_the_card_makes_sense_without_names(tmp_path, data_dir):
    corpus = tmp_path / "home" / "someone" / "corpus"
    records = [json.loads(line) for line in (data_dir / "qa" / "corrected_small.jsonl").read_text().splitlines()]
    for rec in records:
        rec["source"]["path"] = str(corpus / "news" / rec["source"]["path"].rsplit("/", 1)[-1])
    corrected = tmp_path / "corrected.jsonl"
    corrected.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    build(corrected, tmp_path / "bench")
    assert str(corpus) in (tmp_path / "bench" / "benchmark.json").read_text()  # the local build keeps it
    hub = tmp_path / "hub"
    assert qa_main(["push", str(tmp_path / "bench"), "--to-dir", str(hub), "--no-baseline", "-q"]) == 0
    for path in hub.rglob("*"):
        if path.is_file():
            assert str(tmp_path).encode() not in path.read_bytes(), path
    qa = datasets.load_dataset(str(hub), cache_dir=str(tmp_path / "cache"))["test"]
    assert set(qa["source_file"]) == {"raw_small.txt"} and all(len(h) == 64 for h in qa["source_sha256"])
    text = (hub / "README.md").read_text(encoding="utf-8")
    assert "# Chinese extractive QA benchmark (7 questions)" in text
    assert "# NAME" not in text and 'load_dataset("ORG/NAME"' not in text and "Not published yet" in text
    ner = datasets.load_dataset(str(hub), "ner", cache_dir=str(tmp_path / "cache"))["test"]
    with_entities = sum(1 for row in ner if row["entities"])
    assert f"on {with_entities} of its {len(ner)} paragraphs" in text and "every paragraph" not in text


def test_layout_loads_and_matches_every_row(bench, tmp_path):
    hub = tmp_path / "hub"
    paths = write_layout(bench, hub, repo_id="org/name")
    assert paths == ["README.md", "data/ner/test-00000-of-00001.parquet", "data/qa/test-00000-of-00001.parquet"]
    assert sorted(p.relative_to(hub).as_posix() for p in hub.rglob("*") if p.is_file()) == paths
    cache = str(tmp_path / "cache")
    qa = datasets.load_dataset(str(hub), cache_dir=cache)  # the default config is the QA one
    source = datasets.load_from_disk(str(bench / "qa"))
    assert list(qa) == ["test"] and qa["test"].features == source["test"].features
    assert _rows(qa["test"]) == _published(source["test"])
    ner = datasets.load_dataset(str(hub), "ner", cache_dir=cache)
    assert _rows(ner["test"]) == _published(datasets.load_from_disk(str(bench / "ner"))["test"])
    assert ner["test"].features["ner_tags"].feature.names[1] == "B-PER"


def test_card_header(bench, tmp_path):
    write_layout(bench, tmp_path / "hub", repo_id="org/name", license="cc-by-sa-4.0",
                 scores=[{"source": {"system": "overlap"}, "metric": "cmrc", "exact_match": 40.0, "f1": 50.0,
                          "lenient_em": 45.0, "total": 7, "ci": {"f1": [20.0, 80.0]}}])
    meta, text = _header(tmp_path / "hub")
    assert meta["language"] == ["zh"] and meta["license"] == "cc-by-sa-4.0"
    assert "question-answering" in meta["task_categories"]
    configs = {c["config_name"]: c for c in meta["configs"]}
    assert configs["qa"]["default"] is True and "default" not in configs["ner"]
    infos = {i["config_name"]: i for i in meta["dataset_info"]}
    assert infos["qa"]["splits"] == [{"name": "test", "num_bytes": infos["qa"]["dataset_size"], "num_examples": 7}]
    assert "| `overlap` | cmrc | 40.00 | 50.00 | [20.0, 80.0] | 45.00 | 7 |" in text
    assert "`raw_small.txt`" in text and "tests/data" not in text and 'load_dataset("org/name")' in text


def test_republish_leaves_nothing_stale(bench, tmp_path, data_dir):
    hub = tmp_path / "hub"
    write_layout(bench, hub)
    (hub / "LICENSE").write_text("mine", encoding="utf-8")  # not ours: must survive
    smaller = tmp_path / "smaller"
    lines = (data_dir / "qa" / "corrected_small.jsonl").read_text(encoding="utf-8").splitlines()
    (tmp_path / "c.jsonl").write_text(lines[0] + "\n", encoding="utf-8")  # one paragraph, 2 questions
    build(tmp_path / "c.jsonl", smaller, split="validation")
    write_layout(smaller, hub)
    files = sorted(p.relative_to(hub).as_posix() for p in hub.rglob("*") if p.is_file())
    assert files == ["LICENSE", "README.md", "data/ner/validation-00000-of-00001.parquet",
                     "data/qa/validation-00000-of-00001.parquet"]
    meta, text = _header(hub)
    assert "test" not in json.dumps(meta["configs"]) and "test" not in json.dumps(meta["dataset_info"])
    qa = datasets.load_dataset(str(hub), cache_dir=str(tmp_path / "cache"))
    assert list(qa) == ["validation"] and len(qa["validation"]) == 2


def test_refuses_a_foreign_folder(bench, tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "notes.txt").write_text("keep", encoding="utf-8")
    with pytest.raises(InputError, match="not empty"):
        write_layout(bench, tmp_path / "x")
    with pytest.raises(InputError, match="not a `qa build` folder"):
        write_layout(tmp_path / "x", tmp_path / "y")


class FakeApi:
    def __init__(self, remote):
        self.remote, self.calls = remote, []

    def create_repo(self, repo_id, **kw):
        self.calls.append(("create_repo", repo_id, kw))

    def update_repo_settings(self, repo_id, **kw):
        self.calls.append(("update_repo_settings", repo_id, kw))

    def list_repo_files(self, repo_id, **kw):
        return list(self.remote)

    def create_commit(self, repo_id, *, operations, **kw):
        self.calls.append(("create_commit", repo_id, operations))
        return type("Commit", (), {"commit_url": "https://hub.example/commit/1"})()


def test_push_is_one_commit_that_removes_stale_files(bench):
    remote = [".gitattributes", "LICENSE", "images/chart.png", "README.md", "dataset_infos.json",
              "data/qa/test-00000-of-00001.parquet", "data/qa/train-00000-of-00002.parquet",
              "qa/test-00000-of-00001.parquet", "data/old_config/test-00000-of-00001.parquet"]
    api = FakeApi(remote)
    result = push(bench, "org/name", private=True, api=api)
    names = [c[0] for c in api.calls]
    assert names == ["create_repo", "update_repo_settings", "create_commit"]
    assert api.calls[0][2]["private"] is True and api.calls[0][2]["repo_type"] == "dataset"
    ops = api.calls[2][2]
    added = sorted(op.path_in_repo for op in ops if type(op).__name__ == "CommitOperationAdd")
    deleted = sorted(op.path_in_repo for op in ops if type(op).__name__ == "CommitOperationDelete")
    assert added == list(result.uploaded) == ["README.md", "data/ner/test-00000-of-00001.parquet",
                                              "data/qa/test-00000-of-00001.parquet"]
    assert deleted == list(result.deleted) == ["data/old_config/test-00000-of-00001.parquet",
                                               "data/qa/train-00000-of-00002.parquet", "dataset_infos.json",
                                               "qa/test-00000-of-00001.parquet"]
    assert result.commit_url == "https://hub.example/commit/1"


def test_stale_files_only_touch_managed_paths():
    assert stale_files(["LICENSE", "a/b.parquet", "data/x.csv", "README.md"], ["README.md"]) == [
        "a/b.parquet", "data/x.csv"]


def test_token_resolution(monkeypatch):
    monkeypatch.delenv("HF_TOKEN", raising=False)
    with pytest.raises(UsageError, match="HF_TOKEN"):
        resolve_token(None)
    monkeypatch.setenv("HF_TOKEN", "env-token")
    assert resolve_token(None) == "env-token"
    assert resolve_token("flag-token") == "flag-token"


def test_cli(bench, tmp_path, capsys, monkeypatch):
    scores = tmp_path / "s.json"
    scores.write_text(json.dumps({"source": {"model": "m"}, "exact_match": 1.0, "f1": 2.0, "total": 7}), "utf-8")
    code = qa_main(["push", str(bench), "--to-dir", str(tmp_path / "hub"), "--no-baseline", "--scores", str(scores),
                    "--json"])
    assert code == 0 and len(json.loads(capsys.readouterr().out)["files"]) == 3
    assert "| `m` | cmrc | 1.00 | 2.00 |" in (tmp_path / "hub" / "README.md").read_text(encoding="utf-8")
    monkeypatch.delenv("HF_TOKEN", raising=False)
    assert qa_main(["push", str(bench), "--repo-id", "org/name", "--no-baseline"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no Hugging Face token" in err[0]
    assert qa_main(["push", str(bench)]) == 2


@pytest.mark.parametrize("make", ["missing", "not-a-build"])
def test_cli_names_a_wrong_folder_itself(tmp_path, capsys, make):
    folder = tmp_path / "nope"
    if make == "not-a-build":
        folder.mkdir()
        (folder / "notes.txt").write_text("x", encoding="utf-8")
    assert qa_main(["push", str(folder), "--to-dir", str(tmp_path / "hub")]) == 1  # baselines on: checked first
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and f"{folder}: " in err[0] and "/qa" not in err[0] and " — " in err[0]
    assert not (tmp_path / "hub").exists()


def test_eval_reads_the_hub_layout(bench, tmp_path):
    from qa.data import load_items

    write_layout(bench, tmp_path / "hub")
    assert load_items(tmp_path / "hub") == load_items(bench / "qa") == load_items(bench / "benchmark.json")
