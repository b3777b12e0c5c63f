"""Bad input is refused up front with one line that says what is wrong and what to do
(issue 8, defects 10 and 11): usage errors exit 2, bad files exit 1, nothing is written."""

from __future__ import annotations

import json
import os

import pytest

from annotate.cli import main
from qa.cli import main as qa_main


def run(capsys, *argv, prog=main):
    code = prog([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def _jsonl(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


# -- 10. missing checks ---------------------------------------------------------------------------------

def test_prelabel_refuses_ids_5_and_string_5(capsys, tmp_path):
    src = _jsonl(tmp_path / "p.jsonl", [{"id": 5, "text": "北京"}, {"id": "5", "text": "上海"}])
    code, _, err = run(capsys, "prelabel", src, "--out", tmp_path / "t.json", "--backend", "rules")
    assert code == 1 and "already used" in err and not (tmp_path / "t.json").exists()


def test_prelabel_refuses_unknown_kinds(capsys, tmp_path):
    src = _jsonl(tmp_path / "p.jsonl", [{"id": "a", "text": "北京", "kind": "paragraph"}])
    code, _, err = run(capsys, "prelabel", src, "--out", tmp_path / "t.json", "--kinds", "bogus")
    assert code == 2 and "bogus" in err and not (tmp_path / "t.json").exists()


def test_push_refuses_batch_size_0(capsys, tmp_path):
    tasks = tmp_path / "t.json"
    tasks.write_text(json.dumps([{"data": {"id": "p", "text": "北京"}}]), encoding="utf-8")
    code, _, err = run(capsys, "ls", "push", tasks, "--project", "abc", "--batch-size", "0", "--token", "x" * 10)
    assert code == 2 and "--batch-size" in err


def test_ner_eval_refuses_unknown_labels_and_an_empty_gold(capsys, tmp_path):
    gold = tmp_path / "g.bio"
    gold.write_text("北 B-LOC\n京 I-LOC\n\n", encoding="utf-8")
    code, _, err = run(capsys, "ner-eval", "--gold", gold, "--pred", gold, "--labels", "FOO")
    assert code == 2 and "FOO" in err
    empty = tmp_path / "e.bio"
    empty.write_text("", encoding="utf-8")
    code, _, err = run(capsys, "ner-eval", "--gold", empty, "--pred", gold)
    assert code == 1 and "no examples" in err


def test_qa_eval_refuses_negative_resamples_and_number_predictions(capsys, tmp_path):
    from qa.eval import main as eval_main

    data = tmp_path / "d.json"
    data.write_text(json.dumps({"version": "v2.0", "data": [{"title": "t", "paragraphs": [{
        "context": "北京是首都", "qas": [{"id": "q1", "question": "首都？", "answers": [
            {"text": "北京", "answer_start": 0}], "is_impossible": False}]}]}]}, ensure_ascii=False), encoding="utf-8")
    preds = tmp_path / "p.json"
    preds.write_text('{"q1": "北京"}', encoding="utf-8")
    code, _, err = run(capsys, "--data", data, "--predictions", preds, "--resamples", "-1", prog=eval_main)
    assert code == 2 and "--resamples" in err
    preds.write_text('{"q1": 5}', encoding="utf-8")
    code, _, err = run(capsys, "--data", data, "--predictions", preds, prog=eval_main)
    assert code == 1 and "not text" in err


def test_pipeline_checks_annotations_before_writing_anything(capsys, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("标题\n\n第一段正文，内容完整。\n", encoding="utf-8")
    out = tmp_path / "build"
    code, _, err = run(capsys, "pipeline", src, "--out", out, "--annotations", tmp_path / "missing.json")
    assert code == 1 and "missing.json" in err
    assert not out.exists() or not any(out.iterdir())


# -- 11. messages that say what is wrong -------------------------------------------------------------------

def test_utf16_without_bom_is_named(capsys, tmp_path):
    src = tmp_path / "a.txt"
    src.write_bytes("北京是中国的首都。\n".encode("utf-16-le"))
    code, _, err = run(capsys, "segment", src, "--out", tmp_path / "p.jsonl")
    assert code == 1 and "UTF-16" in err and "binary" not in err


def test_big5_has_a_hint(capsys, tmp_path):
    # too few hanzi to tell Big5 from GBK by how common they are: refused, naming Big5
    src = tmp_path / "a.txt"
    src.write_bytes("臺灣的首都是臺北。\n".encode("big5"))
    code, _, err = run(capsys, "segment", src, "--out", tmp_path / "p.jsonl")
    assert code == 1 and "Big5" in err and "too few hanzi (under 20)" in err and "not to plausible text" not in err


def test_big5_text_is_segmented(capsys, tmp_path):
    src = tmp_path / "a.txt"
    src.write_bytes("臺灣的首都是臺北，這裡有很多資料與歷史。\r\n".encode("cp950") * 5)
    code, _, err = run(capsys, "segment", src, "--out", tmp_path / "p.jsonl")
    records = [json.loads(line) for line in (tmp_path / "p.jsonl").read_text(encoding="utf-8").splitlines()]
    assert code == 0 and records and {r["source"]["encoding"] for r in records} == {"big5"}
    assert "臺灣的首都是臺北，這裡有很多資料與歷史。" in records[0]["text"]


def test_a_fifo_is_named_and_skipped_with_on_error_skip(capsys, tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    code, _, err = run(capsys, "segment", fifo, "--out", tmp_path / "p.jsonl")
    assert code == 1 and "no such file" not in err and "FIFO" in err
    good = tmp_path / "a.txt"
    good.write_text("第一段正文，内容完整。\n", encoding="utf-8")
    code, _, err = run(capsys, "segment", fifo, good, "--out", tmp_path / "p.jsonl", "--on-error", "skip")
    assert code == 0 and "FIFO" in err and (tmp_path / "p.jsonl").exists()


def test_prelabel_jsonl_with_bom_is_read(capsys, tmp_path):
    src = tmp_path / "p.jsonl"
    src.write_bytes("\ufeff".encode() + json.dumps({"id": "a", "text": "北京"}, ensure_ascii=False).encode() + b"\n")
    code, _, _ = run(capsys, "prelabel", src, "--out", tmp_path / "t.json", "--backend", "rules")
    assert code == 0


@pytest.mark.parametrize(("argv", "needle"), [
    (["ls", "pull", "--project", "x", "--out", "{tmp}/e.json", "--url", "ftp://host", "--token", "x" * 10], "URL"),
    (["ls", "serve", "--token", "abc", "--port", "1"], "token"),
    (["prelabel", "{tmp}/p.jsonl", "--out", "{tmp}/t.json", "--backend", "hf"], "--model"),
])
def test_usage_errors_exit_2(capsys, tmp_path, argv, needle):
    _jsonl(tmp_path / "p.jsonl", [{"id": "a", "text": "北京"}])
    code, _, err = run(capsys, *[a.format(tmp=tmp_path) for a in argv])
    assert code == 2 and needle in err, err


def test_a_server_that_is_not_label_studio_is_named(capsys, tmp_path):
    import http.server
    import threading

    class NotLS(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            body = b"<!DOCTYPE HTML><html><body>Not Found</body></html>"
            self.send_response(404)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    httpd = http.server.HTTPServer(("127.0.0.1", 0), NotLS)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{httpd.server_port}"
        code, _, err = run(capsys, "ls", "pull", "--project", "x", "--out", tmp_path / "e.json", "--url", url,
                           "--token", "x" * 10)
    finally:
        httpd.shutdown()
    assert code == 1 and "not a Label Studio server" in err and "DOCTYPE" not in err


def test_a_server_dying_mid_push_says_run_it_again():
    from annotate.errors import LabelStudioError
    from annotate.labelstudio.sync import with_rerun_hint

    err = with_rerun_hint(LabelStudioError("cannot reach Label Studio at http://x", hint="is it running?"))
    assert "run the same push again" in str(err)


def test_qa_build_is_a_usage_error_on_a_folder_that_holds_its_input(capsys, tmp_path):
    (tmp_path / "c.jsonl").write_text("{}\n", encoding="utf-8")
    code, _, _ = run(capsys, "build", tmp_path / "c.jsonl", "--out", tmp_path, prog=qa_main)
    assert code == 2


# -- 9. more cases that printed a traceback ------------------------------------------------------------------

def test_ner_eval_gold_that_is_a_folder_is_one_line(capsys, tmp_path):
    code, _, err = run(capsys, "ner-eval", "--gold", tmp_path, "--pred", tmp_path)
    # a folder is read as prelabel's shard folder, which needs its manifest
    assert code == 1 and "a folder of tasks needs the manifest.json" in err and len(err.strip().splitlines()) == 1


def test_qa_eval_on_an_empty_folder_is_one_line(capsys, tmp_path):
    from qa.eval import main as eval_main

    code, _, err = run(capsys, "--data", tmp_path, "--system", "overlap", prog=eval_main)
    assert code == 1 and "not a dataset folder" in err


def test_qa_build_on_records_without_qa_is_one_line(capsys, tmp_path):
    src = _jsonl(tmp_path / "c.jsonl", [{"id": "a", "text": "北京"}])
    code, _, err = run(capsys, "build", src, "--out", tmp_path / "b", prog=qa_main)
    assert code == 1 and "no questions" in err


def test_version_flag_prints_the_installed_version(capsys):
    from annotate import __version__
    from annotate.cli import main

    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"annotate {__version__}"


def test_segment_with_no_text_anywhere_is_an_error_and_writes_nothing(tmp_path, capsys):
    from annotate.cli import main

    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["segment", str(empty), "--out", str(out)]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and str(empty) in err and "no text" in err and not out.exists()
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(" \n\u3000\n", encoding="utf-8")
    (folder / "b.md").write_text("", encoding="utf-8")
    assert main(["segment", str(folder), "--out", str(out)]) == 1
    assert "no text in any of the 2 input files" in capsys.readouterr().err and not out.exists()
    (folder / "c.txt").write_text("正文。\n", encoding="utf-8")  # one file with text: the others are warnings
    assert main(["segment", str(folder), "--out", str(out), "-q"]) == 0
    assert out.exists() and "no text" in capsys.readouterr().err


# -- --json on failure ----------------------------------------------------------------------------------

def test_json_failure_is_json_on_stdout_and_one_line_on_stderr(capsys, tmp_path):
    """A script that asked for ``--json`` gets a JSON object on a failed run too, not an empty stdout."""
    bad = tmp_path / "empty.pdf"
    bad.write_bytes(b"")
    out = tmp_path / "out.jsonl"
    code, stdout, err = run(capsys, "segment", bad, "--out", out, "--json")
    assert code == 1 and not out.exists()
    assert json.loads(stdout) == {"error": err.strip().removeprefix("annotate: error: "), "exit_code": 1}
    assert err.count("\n") == 1 and "empty.pdf" in err


def test_qa_json_failure_is_json_on_stdout(capsys, tmp_path):
    missing = tmp_path / "nope.json"
    code, stdout, err = run(capsys, "check", missing, "--json", prog=qa_main)
    assert code == 1
    assert json.loads(stdout)["exit_code"] == 1 and "nope.json" in json.loads(stdout)["error"]
