"""The ML backend against a REAL Label Studio 1.23.2 (fixture ``ls_server``; marker ``integration``).

Label Studio connects to the backend (it calls /health and /setup), fetches predictions through the
data manager's "Retrieve predictions" action, sends webhooks when annotations are submitted, and
reports a backend that died.
"""

from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from annotate.errors import ToolkitError
from annotate.labelstudio.backend import BackendApp, BackendSettings, connect_project, make_server
from annotate.labelstudio.client import Client
from annotate.labelstudio.config import label_config
from annotate.prelabel import get_backend

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
TEXTS = [
    "２０２４年３月１５日，华为在深圳发布了新品，增长12.5%。",
    "😀张三𠀀于2023年到北京工作，月薪3000元。",
    "第一行\r\n2019年5月4日\u3000上海市\u3000海淀区有100家企业。",
    "前后有空格  2020年  的段落",
    "国家统计局发布数据显示，" * 150 + "末尾的2025年12月31日和35%。",  # 1,800+ characters
]
_titles = itertools.count()


def _poll(check, timeout: float = 60.0, step: float = 0.2):
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(step)


class Recorder(BackendApp):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.calls: list[str] = []

    def handle(self, method, path, body):
        self.calls.append(path.split("?")[0])
        return super().handle(method, path, body)


@pytest.fixture()
def backend(tmp_path):
    app = Recorder(BackendSettings(spec="rules", model_dir=tmp_path / "models", train_every=2))
    server = make_server(app, port=0)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True).start()
    yield app, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _project(client: Client, texts: list[str]) -> tuple[int, list[int]]:
    proj = client.create_project(f"ml-backend-{os.getpid()}-{next(_titles)}", label_config("ner"))
    ids = client.import_tasks(proj["id"], [{"data": {"id": f"p{i}", "text": t}} for i, t in enumerate(texts)])
    return proj["id"], ids


def _tasks(client: Client, project_id: int) -> list[dict]:
    return json.loads(client.export(project_id))


def test_label_studio_connects_predicts_exact_spans_and_reports_a_dead_backend(ls_server, backend):
    app, url = backend
    with Client(ls_server.url, ls_server.token) as client:
        project_id, _ = _project(client, TEXTS)
        info = connect_project(str(project_id), url, url=ls_server.url, token=ls_server.token)
        assert info["state"] == "CO"
        assert "/health" in app.calls and "/setup" in app.calls
        client.retrieve_predictions(project_id)
        tasks = _tasks(client, project_id)
    expected = get_backend("rules").predict([t["data"]["text"] for t in tasks])
    for task, spans in zip(tasks, expected, strict=True):
        text = task["data"]["text"]
        (pred,) = task["predictions"]
        assert pred["model_version"] == "zh-annotate:rules"
        got = [(r["value"]["start"], r["value"]["end"], r["value"]["labels"][0]) for r in pred["result"]]
        assert got == [s.key for s in spans], text[:30]
        for region in pred["result"]:
            assert text[region["value"]["start"]:region["value"]["end"]] == region["value"]["text"]
    long = next(t for t in tasks if len(t["data"]["text"]) > 1000)
    assert any(r["value"]["text"] == "2025年12月31日" for r in long["predictions"][0]["result"])


def test_connecting_again_on_another_url_moves_the_backend_instead_of_adding_one(ls_server, backend):
    """A backend restarted on another port, connected again: the project keeps one ML backend, at the new URL."""
    _, url = backend
    other = url.replace("127.0.0.1", "localhost")  # the same server reached by another URL
    with Client(ls_server.url, ls_server.token) as client:
        project_id, _ = _project(client, ["2024年华为在深圳。"])
        first = connect_project(str(project_id), url, url=ls_server.url, token=ls_server.token)
        again = connect_project(str(project_id), url, url=ls_server.url, token=ls_server.token)
        moved = connect_project(str(project_id), other, url=ls_server.url, token=ls_server.token)
        registered = client.ml_backends(project_id)
    assert first["id"] == again["id"] == moved["id"] and moved["state"] == "CO"
    assert [b["url"].rstrip("/") for b in registered] == [other]


def test_submitted_annotations_retrain_and_a_new_version_serves(ls_server, tmp_path):
    """Real training through `annotate train` on the corrections, then fresh predictions."""
    texts = ["王小明在杭州工作。", "王小明去了杭州。", "李大壮住在苏州。", "李大壮和王小明在苏州见面。",
             "张三丰来自武当山。", "王小明说杭州很美。"]
    settings = BackendSettings(spec="rules", trained_spec="rules+tagger", model_dir=tmp_path / "models",
                               train_every=3)
    app = Recorder(settings)
    server = make_server(app, port=0)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        with Client(ls_server.url, ls_server.token) as client:
            project_id, ids = _project(client, texts)
            connect_project(str(project_id), url, url=ls_server.url, token=ls_server.token)
            for task_id, text in zip(ids[:4], texts[:4], strict=True):
                result = []
                for name, label in (("王小明", "PER"), ("李大壮", "PER"), ("杭州", "LOC"), ("苏州", "LOC")):
                    start = text.find(name)
                    while start >= 0:
                        result.append({"from_name": "label", "to_name": "text", "type": "labels",
                                       "value": {"start": start, "end": start + len(name), "text": name,
                                                 "labels": [label]}})
                        start = text.find(name, start + 1)
                client.create_annotation(task_id, result)
            assert "/webhook" in app.calls
            assert _poll(lambda: app.trainer.history, timeout=120), "no training ran"
            assert app.trainer.wait_idle(120)
            assert app.trainer.history[-1]["ok"], app.trainer.history
            assert app.slot.version != "zh-annotate:rules"
            client.retrieve_predictions(project_id, [ids[5]])
            task = next(t for t in _tasks(client, project_id) if t["id"] == ids[5])
        versions = {p["model_version"] for p in task["predictions"]}
        assert app.slot.version in versions
        newest = next(p for p in task["predictions"] if p["model_version"] == app.slot.version)
        assert ("王小明", "PER") in {(r["value"]["text"], r["value"]["labels"][0]) for r in newest["result"]}
    finally:
        server.shutdown()
        server.server_close()


def test_a_killed_backend_is_reported_by_label_studio_and_the_toolkit(ls_server, tmp_path):
    # a model that takes 30 s per batch, so the kill lands while Label Studio waits for /predict
    slow = ("import sys, time; import annotate.prelabel.rules as r; fast = r.RulesBackend.predict; "
            "r.RulesBackend.predict = lambda self, texts: (time.sleep(30), fast(self, texts))[1]; "
            "from annotate.cli import main; sys.exit(main(sys.argv[1:]))")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", slow, "ls", "backend", "--port", "0", "--backend", "rules",
                             "--model-dir", str(tmp_path / "m")], stderr=subprocess.PIPE, text=True, env=env,
                            cwd=tmp_path)
    try:
        line = _poll(lambda: proc.stderr.readline(), timeout=60)
        url = line.split("listening on ")[1].split()[0]
        with Client(ls_server.url, ls_server.token) as client:
            project_id, _ = _project(client, ["2024年华为在深圳。"])
            info = connect_project(str(project_id), url, url=ls_server.url, token=ls_server.token)
            threading.Timer(1.0, lambda: os.kill(proc.pid, signal.SIGKILL)).start()
            client.retrieve_predictions(project_id)
            proc.wait(10)
            assert not _tasks(client, project_id)[0]["predictions"]
            state = _poll(lambda: client.ml_backend(info["id"]).get("state") in ("DI", "ER") and
                          client.ml_backend(info["id"]), timeout=30)
            assert state, "Label Studio did not mark the dead backend"
        with pytest.raises(ToolkitError, match="could not use the backend"):
            connect_project(str(project_id), url, url=ls_server.url, token=ls_server.token)
    finally:
        proc.kill()
        proc.wait(10)


def test_push_in_uncertainty_order(ls_server, tmp_path):
    from annotate.labelstudio.sync import push

    scores = {"a": 0.9, "b": 0.1, "c": 0.5}
    tasks = [{"data": {"id": k, "text": f"{k}：2024年"}, "predictions": [{"model_version": "m", "score": s, "result": []}]}
             for k, s in scores.items()]
    path = tmp_path / "tasks.json"
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    result = push(path, project=f"uncertain-{os.getpid()}", url=ls_server.url, token=ls_server.token,
                  task="ner", order="uncertainty")
    with Client(ls_server.url, ls_server.token) as client:
        got = sorted(_tasks(client, result.project_id), key=lambda t: t["id"])
    assert [(t["data"]["id"], t["data"]["priority"]) for t in got] == [("b", 1), ("c", 2), ("a", 3)]


def test_setup_with_a_refused_api_key_is_an_http_error_with_a_json_body(ls_server, tmp_path, caplog):
    app = BackendApp(BackendSettings(spec="rules", model_dir=tmp_path))
    status, body = app.handle("POST", "/setup", {"project": "1.1700000000", "schema": label_config("ner"),
                                                 "hostname": ls_server.url, "access_token": "not-the-token-000"})
    assert status == 401 and "refused the API key" in body["error"]
    assert "refused the API key" in caplog.text
    ok, _ = app.handle("POST", "/setup", {"project": "1.1700000000", "schema": label_config("ner"),
                                          "hostname": ls_server.url, "access_token": ls_server.token})
    assert ok == 200
