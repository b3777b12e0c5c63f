"""``ls serve --stop STATE`` signals only the server the state file recorded (issue 8, defect 6)."""

from __future__ import annotations

import json
import subprocess
import sys
import time

from annotate.cli import main
from annotate.labelstudio import server as ls


def _bystander() -> subprocess.Popen:
    """An unrelated process leading its own group, as a reused PID would be."""
    return subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"], start_new_session=True)


def _state(tmp_path, pid: int, **extra) -> object:
    path = tmp_path / "ls.json"
    record = {"pid": pid, "url": "http://127.0.0.1:8080", "token": "t" * 10, "username": "a@b.c",
              "data_dir": str(tmp_path), "log": str(tmp_path / "server.log"), **extra}
    path.write_text(json.dumps(record), encoding="utf-8")
    return path


def test_a_stale_state_file_does_not_kill_an_unrelated_process(tmp_path, capsys):
    proc = _bystander()
    try:
        state = _state(tmp_path, proc.pid)
        code = main(["ls", "serve", "--stop", str(state)])
        err = capsys.readouterr().err
        time.sleep(0.2)
        assert proc.poll() is None, "the unrelated process was killed"
        assert code == 1 and "not the Label Studio server" in err and "nothing was stopped" in err
        assert state.exists()  # kept: the user decides
    finally:
        proc.kill()
        proc.wait()


def test_a_state_file_whose_process_is_gone_is_cleaned_up(tmp_path, capsys):
    proc = _bystander()
    proc.kill()
    proc.wait()
    state = _state(tmp_path, proc.pid)
    assert main(["ls", "serve", "--stop", str(state)]) == 0
    assert "not running" in capsys.readouterr().err and not state.exists()


def test_identity_needs_the_command_line_port_and_start_time(tmp_path):
    proc = _bystander()
    try:
        record = ls.Server(pid=proc.pid, url="http://127.0.0.1:8080", token="t" * 10, username="a@b.c",
                           data_dir=str(tmp_path), log="", started=ls.process_start(proc.pid))
        assert "command line" in ls.not_our_server(record)
    finally:
        proc.kill()
        proc.wait()


def test_background_quiet_prints_nothing_and_the_state_holds_the_token(tmp_path, capsys, monkeypatch):
    fake = ls.Server(pid=1, url="http://127.0.0.1:8080", token="t" * 10, username="a@b.c",
                     data_dir=str(tmp_path), log=str(tmp_path / "server.log"))
    monkeypatch.setattr(ls, "launch", lambda **_: fake)
    state = tmp_path / "ls.json"
    assert main(["ls", "serve", "--background", str(state), "--quiet"]) == 0
    out, err = capsys.readouterr()
    assert out == "" and err == ""
    assert json.loads(state.read_text(encoding="utf-8"))["token"] == "t" * 10
    assert main(["ls", "serve", "--background", str(state)]) == 0  # without --quiet: URL, login, token
    assert "t" * 10 in capsys.readouterr().out
