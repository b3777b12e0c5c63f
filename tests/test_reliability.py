"""Nothing lost, ever: outputs never replace inputs or a user's folder, every OS error is one line,
and a signal leaves no temporary file (issue 8, defects 1, 2, 7, 9; docs/reliability.md)."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from annotate.cli import main
from annotate.errors import OutputError
from annotate.io import MARKER, atomic_dir, atomic_write, check_output_dir, read_json, read_jsonl

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = "标题\n\n第一段正文，内容完整。\n\n第二段正文。\n"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


# -- 1. a folder output replaces only a folder this toolkit wrote -------------------------------------

def test_train_out_dot_is_refused_and_the_current_folder_kept(capsys, tmp_path, monkeypatch):
    (tmp_path / "mine.txt").write_text("keep me", encoding="utf-8")
    data = tmp_path.parent / f"{tmp_path.name}-d.bio"  # the input elsewhere: only '.' is at stake
    data.write_text("北 B-LOC\n京 I-LOC\n\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "train", data, "--out", ".")
    assert code == 1 and "current folder" in err and err.count("\n") == 1
    assert (tmp_path / "mine.txt").read_text(encoding="utf-8") == "keep me"


def test_train_out_holding_its_input_is_refused(capsys, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "train.bio").write_text("北 B-LOC\n京 I-LOC\n\n", encoding="utf-8")
    code, _, err = run(capsys, "train", corpus / "train.bio", "--out", corpus)
    assert code == 2 and "holds the input" in err
    assert (corpus / "train.bio").exists()


@pytest.mark.parametrize("legacy", [(), ("training.json",)])
def test_atomic_dir_keeps_a_users_folder_and_replaces_its_own(tmp_path, legacy):
    out = tmp_path / "model"
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(OutputError, match="not written by this toolkit"), atomic_dir(out, command="t"):
        pass
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"
    fresh = tmp_path / "fresh"
    for n in range(2):  # its own output is replaced, run after run
        with atomic_dir(fresh, command="t", legacy_markers=legacy) as tmp:
            (tmp / "weights").write_text(str(n), encoding="utf-8")
        assert (fresh / "weights").read_text(encoding="utf-8") == str(n)
        assert json.loads((fresh / MARKER).read_text(encoding="utf-8"))["written_by"] == "zh-annotate"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no staging left


def test_atomic_dir_failure_keeps_the_earlier_output(tmp_path):
    out = tmp_path / "model"
    with atomic_dir(out, command="t") as tmp:
        (tmp / "w").write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_dir(out, command="t") as tmp:
        (tmp / "w").write_text("half", encoding="utf-8")
        raise RuntimeError("boom")
    assert (out / "w").read_text(encoding="utf-8") == "old"


def test_check_output_dir_refuses_a_parent_of_the_current_folder(tmp_path, monkeypatch):
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    with pytest.raises(OutputError, match="current folder"):
        check_output_dir(tmp_path)


def test_qa_build_out_holding_its_input_is_refused(capsys, tmp_path):
    from qa.cli import main as qa_main

    build = tmp_path / "build"
    build.mkdir()
    (build / "corrected.jsonl").write_text("{}\n", encoding="utf-8")
    code = qa_main(["build", str(build / "corrected.jsonl"), "--out", str(build)])
    assert code == 2 and "holds the input" in capsys.readouterr().err
    assert (build / "corrected.jsonl").read_text(encoding="utf-8") == "{}\n"


# -- 2. no output is an input ------------------------------------------------------------------------------

def _segment_input(tmp_path: Path) -> list[str]:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return ["segment", str(path), "--out", str(path)]


def _prelabel_input(tmp_path: Path) -> list[str]:
    path = tmp_path / "p.jsonl"
    path.write_text(json.dumps({"id": "p1", "text": "北京"}, ensure_ascii=False) + "\n", encoding="utf-8")
    return ["prelabel", str(path), "--out", str(path), "--backend", "rules"]


def _import_input(tmp_path: Path) -> list[str]:
    path = tmp_path / "e.json"
    path.write_text(json.dumps([{"id": 1, "data": {"id": "p1", "text": "北京"}, "annotations": []}]),
                    encoding="utf-8")
    return ["ls", "import", str(path), "--out", str(path)]


def _to_bio_input(tmp_path: Path) -> list[str]:
    path = tmp_path / "e.json"
    path.write_text("[]", encoding="utf-8")
    return ["ls", "to-bio", str(path), "--out", f"{tmp_path}/./e.json"]


@pytest.mark.parametrize("argv", [_segment_input, _prelabel_input, _import_input, _to_bio_input])
def test_an_output_that_is_an_input_is_refused(capsys, tmp_path, argv):
    args = argv(tmp_path)
    before = {p: p.read_bytes() for p in tmp_path.iterdir()}
    code, _, err = run(capsys, *args)
    assert code == 2 and "would be overwritten" in err, err
    assert {p: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_an_output_through_a_symlink_to_the_input_is_refused(capsys, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "link.jsonl").symlink_to(tmp_path / "a.txt")
    code, _, _ = run(capsys, "segment", tmp_path / "a.txt", "--out", tmp_path / "link.jsonl")
    assert code == 2 and (tmp_path / "a.txt").read_text(encoding="utf-8") == ARTICLE


def test_an_output_file_inside_an_input_folder_is_refused(capsys, tmp_path):
    """`segment DIR --out DIR/article.txt` would replace an article it reads (it did, exit 0)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    code, _, err = run(capsys, "segment", corpus, "--out", corpus / "a.txt")
    assert code == 2 and "inside the input folder" in err and err.count("\n") == 1
    assert (corpus / "a.txt").read_text(encoding="utf-8") == ARTICLE
    # a new file there too, of a suffix `segment` reads: else the first run writes it and the second reads its own
    # output as an article
    for name in ("notes.txt", "notes.MD", "out.html"):
        code, _, err = run(capsys, "segment", corpus, "--out", corpus / name)
        assert code == 2 and "inside the input folder" in err and not (corpus / name).exists()
    code, _, _ = run(capsys, "segment", corpus, "--out", tmp_path / "new.jsonl")  # beside it is fine
    assert code == 0 and (tmp_path / "new.jsonl").is_file()


def test_an_output_of_a_suffix_segment_never_reads_may_sit_in_the_input_folder(capsys, tmp_path):
    """`segment docs --out docs/out.jsonl` was refused as "read as input on the next run", which a .jsonl never is
    (newuser22); a second run reads the same articles and replaces the output."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    first = run(capsys, "segment", corpus, "--out", corpus / "out.jsonl")
    output = (corpus / "out.jsonl").read_bytes()
    second = run(capsys, "segment", corpus, "--out", corpus / "out.jsonl")
    assert first[0] == second[0] == 0 and (corpus / "out.jsonl").read_bytes() == output
    assert run(capsys, "segment", corpus, "--out", tmp_path / "beside.jsonl")[0] == 0
    assert (tmp_path / "beside.jsonl").read_bytes() == output  # the output was not read as an article


def test_qa_eval_html_over_the_benchmark_it_reads_is_refused(capsys, tmp_path):
    from qa.eval import main as qa_eval

    data = tmp_path / "bench"
    data.mkdir()
    squad = {"version": "v2.0", "data": [{"title": "t", "paragraphs": [{"context": "北京是首都。", "qas": [
        {"id": "q1", "question": "首都是哪里？", "answers": [{"text": "北京", "answer_start": 0}]}]}]}]}
    (data / "benchmark.json").write_text(json.dumps(squad, ensure_ascii=False), encoding="utf-8")
    before = (data / "benchmark.json").read_bytes()
    code = qa_eval(["--data", str(data), "--system", "overlap", "--html", str(data / "benchmark.json")])
    assert code == 2 and "inside the input folder" in capsys.readouterr().err
    assert (data / "benchmark.json").read_bytes() == before


# -- 9. every OS error while writing is one line ---------------------------------------------------------

def test_disk_full_is_one_line_and_keeps_the_old_output(tmp_path, monkeypatch):
    out = tmp_path / "o.json"
    out.write_text("old", encoding="utf-8")

    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(OutputError, match="No space left") as info, atomic_write(out) as handle:
        handle.write("new")
    assert "disk space" in str(info.value) and out.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["o.json"]


def test_writing_to_a_full_device_is_one_line():
    with pytest.raises(OutputError, match="No space left"), atomic_write("/dev/full") as handle:
        handle.write("x" * 100_000)
        handle.flush()


@pytest.mark.parametrize("err", [errno.EROFS, errno.EACCES, errno.ENOENT])
def test_a_temporary_file_that_cannot_be_made_is_one_line(capsys, tmp_path, monkeypatch, err):
    # a read-only file system, /sys or /proc: mkstemp fails on a name of its own making, which used to be
    # taken for some other file's error and left as a traceback (newuser21)
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out" / "p.jsonl"

    def refuse(*_a, dir=None, prefix="", suffix="", **_k):
        raise OSError(err, os.strerror(err), os.path.join(dir, f"{prefix}x1y2z3{suffix}"))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    code, out_text, stderr = run(capsys, "segment", src, "--out", out, "--json")
    assert code == 1 and "Traceback" not in stderr and stderr.count("\n") == 1, stderr
    reply = json.loads(out_text)
    assert set(reply) == {"error", "exit_code"} and reply["exit_code"] == 1 and str(out) in reply["error"]
    assert os.strerror(err) in stderr and str(out) in stderr and not out.exists()


@pytest.mark.parametrize("case", ["parent_is_file", "out_is_dir", "no_permission"])
def test_segment_output_problems_are_one_line(capsys, tmp_path, case):
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    if case == "parent_is_file":
        out = src / "p.jsonl"
    elif case == "out_is_dir":
        out = tmp_path / "dir"
        out.mkdir()
    else:
        if os.geteuid() == 0:
            pytest.skip("root ignores permissions")
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        out = locked / "p.jsonl"
    code, _, err = run(capsys, "segment", src, "--out", out)
    assert code in (1, 2) and err.count("\n") == 1 and "Traceback" not in err, err


def test_a_config_that_cannot_be_read_is_one_line(capsys, tmp_path):
    tasks = tmp_path / "t.json"
    tasks.write_text(json.dumps([{"data": {"id": "p1", "text": "北京"}}]), encoding="utf-8")
    code, _, err = run(capsys, "ls", "push", tasks, "--project", "x" * 5, "--config", tmp_path / "missing.xml",
                       "--token", "abc", "--url", "http://127.0.0.1:9")
    assert code == 1 and "missing.xml" in err and err.count("\n") == 1


def test_readers_name_the_problem(tmp_path):
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    with pytest.raises(Exception, match="FIFO"):
        read_json(fifo)
    csv = tmp_path / "export.json"
    csv.write_text("id,text\n1,北京\n", encoding="utf-8")
    with pytest.raises(Exception, match="not JSON") as info:
        read_json(csv)
    assert "fix the JSON syntax" not in str(info.value)
    bom = tmp_path / "bom.jsonl"
    bom.write_bytes("\ufeff".encode() + b'{"id": 1}\n')
    assert list(read_jsonl(bom)) == [(1, {"id": 1})]
    big5 = tmp_path / "big5.json"
    big5.write_bytes('["臺灣的資料"]'.encode("big5"))
    with pytest.raises(Exception, match="Big5|GB18030"):
        read_json(big5)


# -- 7. signals leave nothing behind ----------------------------------------------------------------------

def _big_corpus(folder: Path, files: int, size: int) -> None:
    folder.mkdir()
    para = "北京市海淀区的一家公司发布了新产品，销售额增长很快。" * 20 + "\n\n"
    for i in range(files):
        (folder / f"a{i:03d}.txt").write_text(para * (size // len(para)), encoding="utf-8")


@pytest.mark.parametrize(("sig", "jobs", "group"), [(signal.SIGTERM, 1, False), (signal.SIGHUP, 1, False),
                                                   (signal.SIGTERM, 2, True)])
def test_a_signal_during_segment_leaves_no_temporary_file(tmp_path, sig, jobs, group):
    corpus, out = tmp_path / "in", tmp_path / "out"
    _big_corpus(corpus, files=120, size=300_000)
    out.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "annotate", "segment", str(corpus), "--out",
                             str(out / "p.jsonl"), "-j", str(jobs), "-q"], env=env, cwd=tmp_path,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)
    deadline = time.monotonic() + 60
    while not any(out.iterdir()) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert proc.poll() is None, "segment finished before it could be signalled: make the corpus bigger"
    time.sleep(0.2)
    if group:
        os.killpg(proc.pid, sig)
    else:
        proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + sig, err
    assert list(out.iterdir()) == []
    assert "Traceback" not in err and err.count("\n") == 1, err


def test_qa_outputs_that_are_inputs_are_refused(capsys, tmp_path):
    from qa.cli import main as qa_main
    from qa.eval import main as eval_main

    data = tmp_path / "d.json"
    data.write_text('{"data": []}', encoding="utf-8")
    assert eval_main(["--data", str(data), "--system", "overlap", "--per-question", str(data)]) == 2
    assert data.read_text(encoding="utf-8") == '{"data": []}'
    bench = tmp_path / "bench"
    bench.mkdir()
    assert qa_main(["push", str(bench), "--to-dir", str(tmp_path)]) == 2
    assert "would be overwritten" in capsys.readouterr().err
