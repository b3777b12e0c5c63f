"""What a new user meets first: a missing package is one line, a closed pipe is quiet, `ls serve` shows the
password the web UI asks for."""

import argparse
import subprocess
import sys

from annotate.cli import main as annotate_main
from annotate.commands import ls_serve
from annotate.labelstudio import server


def test_a_missing_package_is_one_line(monkeypatch, capsys, root, tmp_path):
    monkeypatch.setitem(sys.modules, "tqdm", None)  # `import tqdm` now fails as if it were not installed
    code = annotate_main(["segment", str(root / "seeds"), "--out", str(tmp_path / "p.jsonl")])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "'tqdm' is not installed" in err and ".venv/bin/activate" in err
    assert not (tmp_path / "p.jsonl").exists()


def test_json_into_a_closed_pipe_ends_quietly(data_dir):
    data = data_dir / "qa" / "squad2_handmade.json"
    preds = data_dir / "qa" / "squad2_handmade_pred.json"
    for argv in (["-m", "qa.eval", "--data", str(data), "--predictions", str(preds), "--json", "--resamples", "5"],
                 ["-m", "annotate", "ls", "config", "--task", "ner+qa", "--out", "/dev/stdout"]):
        # `true` exits without reading, so every write meets a closed pipe (as `| head` does on long output)
        proc = subprocess.run(f"{sys.executable} {' '.join(argv)} | true", shell=True, capture_output=True, text=True)
        assert "Traceback" not in proc.stderr and "BrokenPipeError" not in proc.stderr, proc.stderr


def test_serve_prints_the_password(capsys):
    srv = server.Server(pid=1, url="http://127.0.0.1:8080", token="tok", username="a@b.c", data_dir="/d", log="/l")
    ls_serve._announce(srv, argparse.Namespace(json=False, password="secret-pw"))
    out = capsys.readouterr().out
    assert "a@b.c" in out and "password secret-pw" in out and "token     tok" in out
