"""Streaming, sharded, resumable `prelabel`: one output whatever the format, engine or interruption.

Every run uses the fast `rules` backend and shards of 7 records, so a 60-record corpus has 9 shards;
the sharding, resuming and checking are the same code whatever the backend.
"""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import schemas
from annotate.cli import main
from annotate.prelabel import rules
from annotate.prelabel.shards import MANIFEST, MARKER
from annotate.prelabel.tasks import prelabel

N = 60
SHARD = 7
ROOT = Path(__file__).resolve().parents[2]


def records(n=N):
    return [{"id": f"p{i}", "kind": "paragraph",
             "text": f"{2000 + i}年{i % 12 + 1}月，全国{i}家高新区营业收入{i}.5万亿元，同比增长{i % 30}%。"}
            for i in range(n)]


def write_lines(path, lines):
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def write_corpus(path, rows):
    return write_lines(path, [json.dumps(r, ensure_ascii=False) for r in rows])


def run(src, out, *args):
    return main(["prelabel", str(src), "--out", str(out), "--backend", "rules", "--shard-size", str(SHARD),
                 "--quiet", *args])


def shard_bytes(folder):
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    return b"".join((folder / s["file"]).read_bytes() for s in manifest["shards"])


@pytest.fixture()
def src(tmp_path):
    return write_corpus(tmp_path / "p.jsonl", records())


@pytest.fixture()
def reference(src, tmp_path):
    """The uninterrupted single-process JSONL output."""
    out = tmp_path / "ref.jsonl"
    assert run(src, out) == 0
    return out.read_bytes()


def test_json_jsonl_and_dir_hold_the_same_tasks(src, tmp_path, reference):
    assert run(src, tmp_path / "t.json") == 0
    assert run(src, f"{tmp_path / 't'}/") == 0
    tasks = [json.loads(line) for line in reference.decode("utf-8").splitlines()]
    assert len(tasks) == N and [t["data"]["id"] for t in tasks] == [f"p{i}" for i in range(N)]
    # the JSON array is byte for byte what json.dump of the whole list writes, and what the library returns
    array = (tmp_path / "t.json").read_text(encoding="utf-8")
    assert array == json.dumps(tasks, ensure_ascii=False, indent=2) + "\n"
    assert tasks == prelabel(src, None, backend="rules").tasks
    assert shard_bytes(tmp_path / "t") == reference
    manifest = json.loads((tmp_path / "t" / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["complete"] and manifest["tasks"] == N and len(manifest["shards"]) == -(-N // SHARD)
    # every file in the folder matches its schema
    schemas.validate(manifest, "prelabel_manifest")
    for meta in (tmp_path / "t").glob("shard-*.meta.json"):
        schemas.validate(json.loads(meta.read_text(encoding="utf-8")), "prelabel_shard_meta", path=str(meta))
    for ids in (tmp_path / "t").glob("shard-*.ids"):
        for line in ids.read_text(encoding="utf-8").splitlines():
            schemas.validate(json.loads(line), "prelabel_shard_ids", path=str(ids))
    schemas.validate(tasks, "tasks")
    # a file output leaves no shard folder behind once it is complete
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.jsonl", "ref.jsonl", "t", "t.json"]


def test_two_jobs_write_what_one_job_writes(src, tmp_path, reference):
    assert run(src, tmp_path / "j2.jsonl", "--jobs", "2") == 0
    assert (tmp_path / "j2.jsonl").read_bytes() == reference


@pytest.mark.slow
def test_ray_engine_writes_what_one_process_writes(src, tmp_path, reference):
    ray = pytest.importorskip("ray")
    assert not ray.is_initialized()
    # prelabel starts a local 2-CPU instance (its own settings, as the CLI does) and shuts it down after
    result = prelabel(src, f"{tmp_path / 'ray'}/", backend="rules", shard_size=SHARD, engine="ray", jobs=2)
    assert result.n_tasks == N and result.shards == {"new": -(-N // SHARD)}
    assert shard_bytes(tmp_path / "ray") == reference
    assert not ray.is_initialized()


def test_resume_after_sigkill_is_byte_identical_and_redoes_only_the_rest(src, tmp_path, reference):
    out = tmp_path / "killed.jsonl"
    shard_dir = tmp_path / ".killed.jsonl.shards"
    slow = ("import sys, time\n"
            "from annotate.prelabel import rules\n"
            "predict = rules.RulesBackend.predict\n"
            "rules.RulesBackend.predict = lambda self, texts: (time.sleep(0.3), predict(self, texts))[1]\n"
            "from annotate.cli import main\n"
            "sys.exit(main(sys.argv[1:]))\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", slow, "prelabel", str(src), "--out", str(out), "--backend",
                             "rules", "--shard-size", str(SHARD), "--batch-size", "4", "--quiet"], env=env)
    deadline = time.monotonic() + 60
    while len(list(shard_dir.glob("*.meta.json"))) < 3 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    done = len(list(shard_dir.glob("*.meta.json")))
    assert 3 <= done < -(-N // SHARD) and not out.exists()
    result = prelabel(src, out, backend="rules", shard_size=SHARD)
    assert result.shards == {"reused": done, "new": -(-N // SHARD) - done}
    assert out.read_bytes() == reference and not shard_dir.exists()


def test_a_deleted_or_damaged_shard_is_recomputed_alone(src, tmp_path, reference):
    out = tmp_path / "d"
    assert run(src, f"{out}/") == 0
    (out / "shard-00002.jsonl").unlink()
    with open(out / "shard-00005.jsonl", "ab") as handle:
        handle.write(b"{}\n")
    result = prelabel(src, out, backend="rules", shard_size=SHARD)
    assert result.shards == {"reused": 7, "output damaged": 2}
    assert shard_bytes(out) == reference


def test_changed_input_or_model_invalidates_exactly_the_affected_shards(src, tmp_path, monkeypatch, capsys):
    out = tmp_path / "s"
    assert run(src, f"{out}/") == 0
    rows = records()
    rows[17]["text"] = "2031年，新的段落。"  # line 18: shard 2 (lines 15-21)
    write_corpus(src, rows)
    assert main(["prelabel", str(src), "--out", f"{out}/", "--backend", "rules", "--shard-size", str(SHARD)]) == 0
    assert "shards: input changed 1, reused 8" in capsys.readouterr().out
    assert run(src, f"{tmp_path / 'fresh'}/") == 0
    assert shard_bytes(out) == shard_bytes(tmp_path / "fresh")

    monkeypatch.setattr(rules.RulesBackend, "model_version", "rules-retrained")
    result = prelabel(src, out, backend="rules", shard_size=SHARD)
    assert result.shards == {"model changed": 9}
    assert {json.loads(line)["predictions"][0]["model_version"] for line in shard_bytes(out).splitlines()} == {"rules-retrained"}

    write_corpus(src, rows[:20])  # shorter input: shards 3.. are stale and go
    result = prelabel(src, out, backend="rules", shard_size=SHARD)
    assert result.shards == {"reused": 2, "input changed": 1, "stale, removed": 6}
    assert sorted(p.name for p in out.glob("shard-*.jsonl")) == ["shard-00000.jsonl", "shard-00001.jsonl",
                                                                 "shard-00002.jsonl"]


def test_malformed_line_fails_with_its_number_and_keeps_completed_shards(tmp_path, capsys):
    lines = [json.dumps(r, ensure_ascii=False) for r in records()]
    lines[29] = '{"id": "broken", "text": '  # line 30: shard 4 (lines 29-35)
    src = write_lines(tmp_path / "p.jsonl", lines)
    out = tmp_path / "o"
    assert run(src, f"{out}/") == 1
    err = capsys.readouterr().err.strip()
    assert "p.jsonl:30: malformed JSON" in err and len(err.splitlines()) == 1
    assert sorted(p.name for p in out.glob("*.meta.json")) == [f"shard-0000{i}.meta.json" for i in range(4)]
    assert json.loads((out / MANIFEST).read_text(encoding="utf-8"))["complete"] is False

    assert main(["prelabel", str(src), "--out", str(out), "--backend", "rules", "--shard-size", str(SHARD),
                 "--on-error", "skip"]) == 0
    printed = capsys.readouterr().out
    assert f"{N - 1} tasks" in printed and "reused 4" in printed
    assert printed.splitlines()[-1].startswith("skipped line 30: malformed JSON")
    report = json.loads((out / "shard-00004.meta.json").read_text(encoding="utf-8"))
    assert [b["line"] for b in report["bad_lines"]] == [30]
    schemas.validate(report, "prelabel_shard_meta")
    # the same folder with --on-error fail again: the skipped line is an error again, not silently reused
    assert run(src, f"{out}/") == 1
    assert "p.jsonl:30: malformed JSON" in capsys.readouterr().err


def test_skip_lists_the_bad_lines_last_in_json(tmp_path, capsys):
    lines = [json.dumps(r, ensure_ascii=False) for r in records(20)]
    lines[3] = "not json"
    lines[15] = '{"id": "no-text"}'
    src = write_lines(tmp_path / "p.jsonl", lines)
    assert main(["prelabel", str(src), "--out", str(tmp_path / "t.jsonl"), "--backend", "rules", "--shard-size",
                 str(SHARD), "--on-error", "skip", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["tasks"] == 18 and summary["skipped"] == {"bad line": 2}
    assert [(b["line"], b["error"].split(" (")[0]) for b in summary["bad_lines"]] == [
        (4, "malformed JSON"), (16, "record has no string 'text'")]


@pytest.mark.parametrize("first, second", [(2, 5), (2, 40)], ids=["same shard", "across shards"])
@pytest.mark.parametrize("on_error", ["fail", "skip"])
def test_duplicate_ids_are_errors_naming_both_lines(tmp_path, capsys, first, second, on_error):
    rows = records()
    rows[second - 1]["id"] = rows[first - 1]["id"]
    src = write_corpus(tmp_path / "p.jsonl", rows)
    assert run(src, tmp_path / "t.json", "--on-error", on_error) == 1
    err = capsys.readouterr().err
    assert f"p.jsonl:{second}: record p{first - 1}: id 'p{first - 1}' already used on line {first}" in err
    assert not (tmp_path / "t.json").exists()


def test_output_guards(src, tmp_path, capsys):
    foreign = tmp_path / "mine"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("keep", encoding="utf-8")
    assert run(src, f"{foreign}/") == 1
    assert "was not written by `prelabel`" in capsys.readouterr().err
    assert [p.name for p in foreign.iterdir()] == ["notes.txt"]

    inside = tmp_path / "data"
    inside.mkdir()
    nested = write_corpus(inside / "p.jsonl", records(3))
    assert run(nested, f"{inside}/") == 2  # a usage error, as for an output that is the input
    assert "holds the input" in capsys.readouterr().err
    assert sorted(p.name for p in inside.iterdir()) == ["p.jsonl"]

    assert run(src, src.with_suffix(".jsonl")) == 2
    assert "is the input" in capsys.readouterr().err
    assert src.read_bytes() == write_corpus(tmp_path / "again.jsonl", records()).read_bytes()

    ours = tmp_path / "ours"
    assert run(src, f"{ours}/") == 0 and run(src, f"{ours}/") == 0  # a folder it wrote: reused
    assert (ours / MARKER).is_file()


def test_datasets_parquet_and_arrow_folders_stream_like_jsonl(src, tmp_path, reference):
    datasets = pytest.importorskip("datasets")
    table = datasets.Dataset.from_list(records())
    table.save_to_disk(str(tmp_path / "saved"))        # Arrow stream files + state.json
    (tmp_path / "pq").mkdir()
    table.to_parquet(str(tmp_path / "pq" / "data.parquet"))
    for folder in ("saved", "pq"):
        out = tmp_path / f"{folder}.jsonl"
        assert run(tmp_path / folder, out) == 0
        assert out.read_bytes() == reference
    result = prelabel(tmp_path / "pq", f"{tmp_path / 'pq-out'}/", backend="rules", shard_size=SHARD)
    assert result.shards == {"new": 9}
    assert prelabel(tmp_path / "pq", f"{tmp_path / 'pq-out'}/", backend="rules", shard_size=SHARD).shards == {"reused": 9}
