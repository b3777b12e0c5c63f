"""A hub id without a network fails at once, saying why, wherever a model is read (annotate.hub_ids)."""

import os
import resource
import socket
import subprocess
import sys
import time

import pytest

from annotate.errors import ModelError
from annotate.hub_ids import PROBE_SECONDS, resolve_model


def test_directory_path_and_offline_hub_id(tmp_path, monkeypatch):
    assert resolve_model(str(tmp_path)).where == "directory"
    with pytest.raises(ModelError, match="no checkpoint directory at .*nope"):
        resolve_model(str(tmp_path / "nope"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(ModelError, match="HF_HUB_OFFLINE is set, so the Hub was not asked"):
        resolve_model("nobody-here/not-a-model")


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_unreachable_hub_is_one_short_probe(monkeypatch):
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.delenv("TRANSFORMERS_OFFLINE", raising=False)
    monkeypatch.setenv("HF_ENDPOINT", f"http://127.0.0.1:{_closed_port()}")
    import httpx  # noqa: F401 - what the probe and the cache lookup import, loaded before the clock starts:
    import huggingface_hub  # noqa: F401 - the bound is on the probe, not on a first import on a busy machine
    start = time.monotonic()
    with pytest.raises(ModelError, match="did not answer within"):
        resolve_model("nobody-here/not-a-model")
    assert time.monotonic() - start < PROBE_SECONDS + 2


@pytest.mark.parametrize("argv", [
    ["annotate", "prelabel", "IN", "--out", "OUT", "--backend", "rules+hf", "--model", "ckiplab/bert-base-chinese-ner"],
    ["qa.eval", "--data", "DATA", "--model", "nobody-here/qa-model"],
])
def test_commands_say_so_in_one_line(argv, tmp_path, data_dir):
    paragraphs = tmp_path / "p.jsonl"
    paragraphs.write_text('{"id": "a", "text": "张三在北京。"}\n', encoding="utf-8")
    argv = [str(paragraphs) if a == "IN" else str(tmp_path / "t.json") if a == "OUT"
            else str(data_dir / "qa" / "squad2_handmade.json") if a == "DATA" else a for a in argv]
    with socket.socket() as hub:  # where the Hub is, for this command: nothing may connect to it
        hub.bind(("127.0.0.1", 0))
        hub.listen()
        hub.setblocking(False)
        env = {**os.environ, "HF_HUB_OFFLINE": "1", "HF_ENDPOINT": f"http://127.0.0.1:{hub.getsockname()[1]}"}
        before, start = resource.getrusage(resource.RUSAGE_CHILDREN), time.monotonic()
        proc = subprocess.run([sys.executable, "-m", *argv], capture_output=True, text=True, env=env, timeout=600)
        after, wall = resource.getrusage(resource.RUSAGE_CHILDREN), time.monotonic() - start
        with pytest.raises(BlockingIOError):  # no connection waits to be accepted: the Hub was not asked
            hub.accept()
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert proc.stderr.count("\n") == 1 and "HF_HUB_OFFLINE" in proc.stderr
    # no retries, and no work beyond the imports (torch/transformers are most of it): CPU time, not wall time,
    # which on a loaded 2-core machine ran past 30 s for 5 s of CPU (19 s and 36 s seen, load average 7)
    assert (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime) < 30
    # and a generous wall-clock bound: CPU time misses retries that sleep, or waits on hosts other than HF_ENDPOINT
    assert wall < 120
    assert not (tmp_path / "t.json").exists()
