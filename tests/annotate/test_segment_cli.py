"""``annotate segment`` and ``annotate pipeline`` on good and bad input, through the CLI."""

import json
import subprocess
import sys

import pytest

from annotate.cli import main
from schemas import validate

ARTICLE = "标题\n\n第一段正文，内容完整。\n\n第二段正文。\n"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def records(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.md").write_text("# 标题\n\n**正文**。\n", encoding="utf-8")
    (folder / "README.md").write_text("# not an article\n", encoding="utf-8")
    return folder


def test_segment_writes_valid_records_and_a_summary(capsys, corpus, tmp_path):
    out = tmp_path / "p.jsonl"
    code, stdout, _ = run(capsys, "segment", str(corpus), "--out", str(out))
    assert code == 0 and "2 documents" in stdout and "paragraph" in stdout
    rows = records(out)
    assert {r["doc_id"] for r in rows} == {"a", "b"}
    for i, row in enumerate(rows, 1):
        validate(row, "paragraph", line=i)
    assert [r["text"] for r in rows if r["doc_id"] == "b"] == ["标题", "正文。"]


BAD_DOCX = b"PK\x03\x04 not really a Word package"


def test_fail_mode_names_the_fix_and_the_skip_option_on_one_line(capsys, corpus, tmp_path):
    (corpus / "broken.docx").write_bytes(BAD_DOCX)
    out = tmp_path / "p.jsonl"
    code, _, err = run(capsys, "segment", str(corpus), "--out", str(out))
    assert code == 1 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "broken.docx: not a readable .docx file" in err and "save it again from Word" in err
    assert err.strip().endswith("— or run with --on-error skip to leave such files out") and not out.exists()


def test_skip_mode_lists_each_file_with_its_fix(capsys, corpus, tmp_path):
    (corpus / "broken.docx").write_bytes(BAD_DOCX)
    out = tmp_path / "p.jsonl"
    code, stdout, err = run(capsys, "segment", str(corpus), "--out", str(out), "--on-error", "skip", "--json")
    line = next(ln for ln in err.splitlines() if "broken.docx" in ln)
    assert code == 0 and "not a readable .docx file" in line and "save it again from Word" in line
    assert "--on-error" not in line  # (skipping it is what happened)
    skipped = json.loads(stdout)["skipped"]
    assert [s["path"].endswith("broken.docx") and "save it again from Word" in s["error"] for s in skipped] == [True]


def test_when_every_file_is_skipped_the_error_lists_them_and_why(capsys, tmp_path):
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "broken.docx").write_bytes(BAD_DOCX)
    (folder / "bin.txt").write_bytes(b"\x00\x01\x02\xfe\xff\x80IHDR" * 20)
    out = tmp_path / "p.jsonl"
    code, _, err = run(capsys, "segment", str(folder), "--out", str(out), "--on-error", "skip")
    lines = err.strip().splitlines()
    assert code == 1 and "Traceback" not in err and not out.exists()
    assert "all 2 input files were skipped: nothing written" in lines[0] and len(lines) == 3
    assert "bin.txt: binary file" in lines[1] and "broken.docx: not a readable .docx file" in lines[2]
    assert "save it again from Word" in lines[2]
    (folder / "empty.txt").write_text("", encoding="utf-8")
    code, _, err = run(capsys, "segment", str(folder), "--out", str(out), "--on-error", "skip")
    assert code == 1 and "(2 skipped, 1 without text)" in err and "empty.txt: no text" in err


@pytest.mark.parametrize(
    ("encoding", "data"),
    [
        ("utf-8-sig", ARTICLE.encode("utf-8-sig")),
        ("utf-16-le", ARTICLE.replace("\n", "\r\n").encode("utf-16")),
        ("utf-16-be", b"\xfe\xff" + ARTICLE.encode("utf-16-be")),
        ("gb18030", (ARTICLE * 3).replace("\n", "\r").encode("gbk")),
    ],
)
def test_encodings_and_line_breaks(capsys, tmp_path, encoding, data):
    src = tmp_path / "x.txt"
    src.write_bytes(data)
    out = tmp_path / "p.jsonl"
    assert run(capsys, "segment", str(src), "--out", str(out))[0] == 0
    rows = records(out)
    assert rows[1]["text"] == "第一段正文，内容完整。" and rows[1]["source"]["encoding"] == encoding
    raw = data.decode(encoding.replace("-le", "").replace("-be", "") if "16" in encoding else encoding)
    raw = raw.lstrip("\ufeff")
    t0, r0, n = rows[1]["source"]["offsets"][0]
    assert raw[r0:r0 + n] == rows[1]["text"][t0:t0 + n]


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("bin.txt", b"\x00\x01\x02\xfe\xff\x80IHDR" * 20, "binary file"),
        ("latin.txt", "café résumé naïve".encode("latin-1"), "not UTF-8"),
    ],
)
def test_bad_file_fails_with_one_line_and_writes_nothing(capsys, corpus, tmp_path, name, data, message):
    (corpus / name).write_bytes(data)
    out = tmp_path / "p.jsonl"
    code, _, err = run(capsys, "segment", str(corpus), "--out", str(out))
    assert code == 1 and message in err and name in err
    assert len(err.strip().splitlines()[-1:]) == 1 and "Traceback" not in err
    assert not out.exists() and not list(tmp_path.glob(".p.jsonl*"))


@pytest.mark.parametrize(
    ("name", "data", "message", "fix"),
    [
        ("report.doc", b"PK\x03\x04" + b"\x00" * 60, "a ZIP package (a .docx?), named .doc", "rename"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 60, "legacy Office file", "save it as .docx"),
        ("scan.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + b"\x00" * 60, "a PDF file, named .txt", "rename it to .pdf"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 60, "a PNG image, named .txt", "OCR"),
    ],
)
def test_a_misnamed_file_says_what_it_is(capsys, tmp_path, name, data, message, fix):
    path = tmp_path / name
    path.write_bytes(data)
    out = tmp_path / "p.jsonl"
    code, _, err = run(capsys, "segment", str(path), "--out", str(out))
    assert code == 1 and message in err and fix in err and name in err
    assert "binary file" not in err and "Traceback" not in err and not out.exists()


def test_failure_leaves_an_existing_output_untouched(capsys, corpus, tmp_path):
    out = tmp_path / "p.jsonl"
    out.write_text("previous\n")
    (corpus / "zz.txt").write_bytes(b"\x00\x01\x02binary")
    assert run(capsys, "segment", str(corpus), "--out", str(out))[0] == 1
    assert out.read_text() == "previous\n"


def test_skip_mode_lists_skipped_files_at_the_end(capsys, corpus, tmp_path):
    (corpus / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    out = tmp_path / "p.jsonl"
    code, _, err = run(capsys, "segment", str(corpus), "--out", str(out), "--on-error", "skip")
    assert code == 0 and "skipped 1 file" in err and "bad.txt" in err.splitlines()[-1]
    assert {r["doc_id"] for r in records(out)} == {"a", "b"}


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (["segment", "x.txt"], 2),  # --out missing
        (["segment", "x.txt", "--out", "o.jsonl", "--on-error", "ignore"], 2),
        (["segment", "no/such/file.txt", "--out", "o.jsonl"], 1),
    ],
)
def test_usage_and_input_errors_have_their_exit_codes(capsys, tmp_path, monkeypatch, argv, code):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) if code == 2 else _no_raise() as info:
        result = main(argv)
    err = capsys.readouterr().err
    assert (info.value.code if code == 2 else result) == code
    assert err.count("\n") == 1 and "Traceback" not in err


class _no_raise:
    value = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def test_paths_may_follow_the_options(capsys, corpus, tmp_path):
    # `segment docs --out o.jsonl --json more.txt` (newuser21): argparse's sub-parser stopped reading paths at
    # the first option and refused the last one as an unrecognized argument
    extra = tmp_path / "c.txt"
    extra.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "o.jsonl"
    code, printed, _ = run(capsys, "segment", str(corpus), "--out", str(out), "--json", str(extra))
    assert code == 0 and json.loads(printed)["documents"] == 3
    assert {r["doc_id"] for r in records(out)} == {"a", "b", "c"}
    with pytest.raises(SystemExit) as info:
        main(["segment", str(corpus), "--out", str(out), "--bogus", str(extra)])
    assert info.value.code == 2 and "unrecognized arguments: --bogus" in capsys.readouterr().err


def test_out_must_not_be_a_folder(capsys, corpus, tmp_path):
    code, _, err = run(capsys, "segment", str(corpus), "--out", str(tmp_path))
    assert code == 2 and "folder" in err


def test_a_five_megabyte_single_line_file(capsys, tmp_path):
    line = "国家高新区坚持发展高科技、实现产业化，走出了一条具有中国特色的高新技术产业化道路。" * 42000
    src = tmp_path / "long.txt"
    src.write_text(line, encoding="utf-8")
    assert src.stat().st_size > 5_000_000
    out = tmp_path / "p.jsonl"
    assert run(capsys, "segment", str(src), "--out", str(out), "-q")[0] == 0
    (row,) = records(out)
    assert row["text"] == line and len(row["sentences"]) == 42000 and row["source"]["offsets"] == [[0, 0, len(line)]]


def test_a_folder_of_a_thousand_files_shows_progress(capsys, tmp_path, monkeypatch):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(1000):
        (folder / f"doc{i:04d}.txt").write_text(f"第{i}篇。\n\n正文内容。", encoding="utf-8")
    out = tmp_path / "p.jsonl"
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)  # the bar is for terminals only
    code, stdout, err = run(capsys, "segment", str(folder), "--out", str(out))
    assert code == 0 and "1000 documents" in stdout and "/1000" in err
    assert len(records(out)) == 2000


def test_pipeline_builds_paragraphs_and_summarizes(capsys, root, tmp_path):
    build = tmp_path / "build"
    code, stdout, _ = run(capsys, "pipeline", str(root / "seeds"), "--out", str(build))
    assert code == 0 and (build / "paragraphs.jsonl").exists()
    assert "5 documents" in stdout and "paragraph" in stdout and "characters" in stdout
    code, stdout, _ = run(capsys, "pipeline", str(root / "seeds"), "--out", str(build), "--json")
    summary = json.loads(stdout)
    stages = {stage["stage"]: stage for stage in summary["stages"]}
    stage = stages["segment"]
    assert stage["documents"] == 5 and stage["kinds"]["title"] >= 5
    assert stage["units"] == len(records(build / "paragraphs.jsonl"))
    assert stages["prelabel"]["tasks"] == stage["units"] - stage["kinds"].get("debris", 0)
    assert (build / "tasks.json").exists() and (build / "ls_config.xml").exists()


def test_subprocess_error_is_one_line_without_traceback(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary")
    proc = subprocess.run([sys.executable, "-m", "annotate", "segment", str(bad), "--out", str(tmp_path / "o.jsonl")],
                          capture_output=True, text=True)
    assert proc.returncode == 1 and proc.stderr.count("\n") == 1 and "bad.txt" in proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize("command", ["segment", "pipeline"])
def test_help_shows_an_example(capsys, command):
    with pytest.raises(SystemExit):
        main([command, "--help"])
    assert "example:" in capsys.readouterr().out


def test_worker_processes_give_identical_output(capsys, root, tmp_path, monkeypatch):
    monkeypatch.setattr("annotate.segment.files.WORKER_BYTES", 1)  # (workers for a small input too)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert run(capsys, "segment", str(root / "seeds"), "--out", str(one), "-q")[0] == 0
    assert run(capsys, "segment", str(root / "seeds"), "--out", str(two), "-q", "--jobs", "2")[0] == 0
    assert one.read_bytes() == two.read_bytes()


def test_worker_processes_report_bad_files(capsys, corpus, tmp_path, monkeypatch):
    monkeypatch.setattr("annotate.segment.files.WORKER_BYTES", 1)
    (corpus / "bad.txt").write_bytes(b"\x00\x01binary")
    code, _, err = run(capsys, "segment", str(corpus), "--out", str(tmp_path / "o.jsonl"), "--jobs", "2")
    assert code == 1 and "bad.txt" in err and not (tmp_path / "o.jsonl").exists()


def test_a_small_input_starts_no_worker_process(capsys, root, tmp_path, monkeypatch):
    """`--jobs 2` on a few small files took three times as long as one process (newuser22): each worker spends about a
    second importing the segmenter; under WORKER_BYTES of input per worker none is started, and the output is the same."""
    import annotate.segment.files as files

    def no_pool(*args, **kwargs):
        raise AssertionError("a worker pool was started for 90 KB of input")

    monkeypatch.setattr(files, "pool_imap", no_pool)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert run(capsys, "segment", str(root / "seeds"), "--out", str(one), "-q", "--jobs", "2")[0] == 0
    monkeypatch.setattr(files, "WORKER_BYTES", 0)  # (0: as many workers as asked for, whatever the input's size)
    with pytest.raises(AssertionError, match="worker pool"):
        run(capsys, "segment", str(root / "seeds"), "--out", str(two), "-q", "--jobs", "2")
    assert one.read_bytes() and not two.exists()


def test_segment_warns_about_a_unit_over_the_documented_size(capsys, tmp_path):
    from annotate.segment.files import MAX_UNIT_CHARS

    src = tmp_path / "one_line.txt"
    src.write_text("北京市的公司发布了新产品，" * (MAX_UNIT_CHARS // 13 + 10) + "\n", encoding="utf-8")
    code, _, err = run(capsys, "segment", str(src), "--out", str(tmp_path / "p.jsonl"))
    assert code == 0 and "warning" in err and f"over {MAX_UNIT_CHARS:,}" in err
