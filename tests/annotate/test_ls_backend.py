"""The ML backend protocol without a Label Studio server: predictions, setup, webhooks, training."""

from __future__ import annotations

import json
import subprocess
import threading
import time
import urllib.request
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotate.errors import InputError
from annotate.labelstudio.backend import BackendApp, BackendSettings, ModelSlot, Trainer, make_server
from annotate.labelstudio.config import label_config
from annotate.labelstudio.predictions import map_labels, ner_target, prediction
from annotate.spans import Span

CONFIG = label_config("ner")
ODD_CONFIG = ('<View><Header value="x"/><Text name="para" value="$body"/>'
              '<Labels name="ents" toName="para"><Label value="Person"/><Label value="location"/></Labels></View>')


class FakeRunner:
    """Tags every occurrence of each word in ``words`` with its label; scores 0.5."""

    def __init__(self, words: dict[str, str], version: str = "fake") -> None:
        self.words, self.model_version, self.calls = words, version, 0

    def predict(self, texts):
        self.calls += 1
        out = []
        for text in texts:
            spans = []
            for word, label in self.words.items():
                start = text.find(word)
                while start >= 0:
                    spans.append(Span(start, start + len(word), label, score=0.5))
                    start = text.find(word, start + len(word))
            out.append(sorted(spans))
        return out


def make_app(tmp_path: Path, words=None, runner=None, fetch=None, train_every=2) -> BackendApp:
    loaded = {"rules": FakeRunner(words or {"张三": "PER", "北京": "LOC"})}

    def loader(spec, model):
        if model and Path(model).exists():
            return FakeRunner(json.loads((Path(model) / "words.json").read_text("utf-8")), version=str(model))
        return loaded["rules"]

    settings_ = BackendSettings(spec="rules", model_dir=tmp_path / "models", train_every=train_every)
    slot = ModelSlot("rules", None, "zh-annotate:rules", loader=loader)
    trainer = Trainer(settings_, slot, fetch=fetch, runner=runner)
    return BackendApp(settings_, slot=slot, trainer=trainer)


# -- the project's config decides from_name / to_name / labels -----------------------------------------

def test_target_from_generated_and_foreign_configs():
    t = ner_target(CONFIG)
    assert (t.from_name, t.to_name, t.data_key) == ("label", "text", "text")
    odd = ner_target(ODD_CONFIG)
    assert (odd.from_name, odd.to_name, odd.data_key, odd.labels) == ("ents", "para", "body", ("Person", "location"))


@pytest.mark.parametrize("config", ["<View><Text name='t' value='$t'/></View>",
                                    "<View><Labels name='l' toName='img'><Label value='A'/></Labels>"
                                    "<Image name='img' value='$i'/></View>",
                                    "<View><Text"])
def test_config_without_labels_over_text_is_refused(config):
    with pytest.raises(InputError):
        ner_target(config)


def test_label_mapping_exact_case_blind_synonyms_and_dropped():
    m = map_labels(["PER", "LOC", "ORG", "DATE"], ("Person", "location", "Organization"))
    assert m.table == {"PER": "Person", "LOC": "location", "ORG": "Organization"}
    assert m.dropped == ("DATE",)


# -- regions: exact code points, adjacent entities apart ----------------------------------------------

ALPHABET = st.sampled_from(list("张三北京公司，。ａＢ１２😀𠀀\u3000 \r\n") + ["\r\n"])


@settings(max_examples=200, deadline=None)
@given(st.lists(ALPHABET, min_size=1, max_size=40).map("".join), st.data())
def test_prediction_offsets_are_code_points_of_the_text(text, data):
    n = len(text)
    cuts = sorted(data.draw(st.sets(st.integers(0, n), min_size=2, max_size=8)))
    spans = [Span(a, b, "PER", score=0.9) for a, b in zip(cuts[::2], cuts[1::2], strict=False) if a < b]
    pred = prediction(text, spans, ner_target(CONFIG), {"PER": "PER"}, "v1")
    for region in pred["result"]:
        v = region["value"]
        assert text[v["start"]:v["end"]] == v["text"]
        assert v["text"] == v["text"].strip() and v["text"]
        assert (region["from_name"], region["to_name"]) == ("label", "text")


def test_adjacent_same_type_entities_stay_apart_and_task_score_is_least_sure_span():
    text = "张三李四在北京"
    spans = [Span(0, 2, "PER", score=0.9), Span(2, 4, "PER", score=0.4), Span(5, 7, "LOC", score=0.8)]
    pred = prediction(text, spans, ner_target(CONFIG), {"PER": "PER", "LOC": "LOC"}, "v1")
    assert [(r["value"]["start"], r["value"]["end"]) for r in pred["result"]] == [(0, 2), (2, 4), (5, 7)]
    assert pred["score"] == 0.4
    assert prediction(text, spans, ner_target(CONFIG), {}, "v1", sequence_score=0.25)["score"] == 0.25


# -- the protocol --------------------------------------------------------------------------------------

def test_setup_is_fast_and_predict_answers_in_task_order(tmp_path):
    app = make_app(tmp_path)
    status, body = app.handle("POST", "/setup", {"project": "3.1700000000", "schema": CONFIG,
                                                 "hostname": "http://localhost:1", "access_token": "t"})
    assert status == 200 and body["model_version"] == "zh-annotate:rules"
    tasks = [{"id": 1, "data": {"text": "北京的张三"}}, {"id": 2, "data": {"text": "没有实体"}},
             {"id": 3, "data": {"text": "张三"}}]
    status, body = app.handle("POST", "/predict", {"tasks": tasks, "label_config": CONFIG, "project": "3.1"})
    assert status == 200
    got = [[(r["value"]["text"], r["value"]["labels"][0]) for r in res["result"]] for res in body["results"]]
    assert got == [[("北京", "LOC"), ("张三", "PER")], [], [("张三", "PER")]]
    assert all(res["model_version"] == "zh-annotate:rules" for res in body["results"])


def test_predict_follows_a_foreign_config_and_drops_unknown_labels(tmp_path, caplog):
    app = make_app(tmp_path, words={"张三": "PER", "北京": "LOC", "华为": "ORG"})
    status, body = app.handle("POST", "/predict", {"tasks": [{"id": 1, "data": {"body": "华为在北京，张三"}}],
                                                   "label_config": ODD_CONFIG})
    assert status == 200
    result = body["results"][0]["result"]
    assert [(r["from_name"], r["to_name"], r["value"]["labels"][0]) for r in result] == [
        ("ents", "para", "location"), ("ents", "para", "Person")]
    assert "'ORG'" in caplog.text


@pytest.mark.parametrize("body", [{}, {"tasks": "x", "label_config": CONFIG}, {"tasks": [{"data": {}}],
                                                                             "label_config": CONFIG},
                                  {"tasks": [{"data": {"text": "x"}}]},
                                  {"tasks": [{"data": {"text": "x"}}], "label_config": "<View/>"}])
def test_malformed_predict_requests_get_an_error_with_a_json_body(tmp_path, body):
    status, reply = make_app(tmp_path).handle("POST", "/predict", body)
    assert status in (400, 422) and reply["error"]


def test_setup_refuses_a_config_without_labels(tmp_path):
    status, reply = make_app(tmp_path).handle("POST", "/setup", {"project": "1.1", "schema": "<View/>"})
    assert status == 422 and "Labels" in reply["error"]


# -- retraining: coalesced, versioned, never blocking, failures keep the old model ----------------------

def _export(words: dict[str, str]) -> bytes:
    return json.dumps([{"id": 1, "data": {"text": "x"}, "annotations": [{"result": []}], "words": words}]).encode()


def fake_train_runner(gate: threading.Event | None = None, fail: bool = False):
    """Stands in for `annotate train`: writes words.json from the export into --out."""
    def run(cmd, timeout):
        if gate is not None:
            gate.wait(10)
        if fail:
            return subprocess.CompletedProcess(cmd, 1, "", "error: training data has no entities\n")
        export, out = Path(cmd[4]), Path(cmd[cmd.index("--out") + 1])
        out.mkdir(parents=True)
        words = json.loads(export.read_text("utf-8"))[0]["words"]
        (out / "words.json").write_text(json.dumps(words), "utf-8")
        return subprocess.CompletedProcess(cmd, 0, "", "")
    return run


def test_events_retrain_into_a_new_version_that_serves_new_predictions(tmp_path):
    words = {"张三": "PER", "上海": "LOC"}
    gate = threading.Event()
    app = make_app(tmp_path, runner=fake_train_runner(gate), fetch=lambda pid, proj: _export(words))
    ask = {"tasks": [{"id": 1, "data": {"text": "张三去上海"}}], "label_config": CONFIG}
    before = app.handle("POST", "/predict", ask)[1]["results"][0]
    assert [r["value"]["text"] for r in before["result"]] == ["张三"]
    assert app.handle("POST", "/webhook", {"action": "ANNOTATION_CREATED", "project": {"id": 7}})[1]["status"] == "counted"
    assert app.handle("POST", "/webhook", {"action": "ANNOTATION_UPDATED", "project": {"id": 7}})[1]["status"] == "queued"
    # training is running (held at the gate): predictions are still served, by the old model
    deadline = time.monotonic() + 10
    while not app.trainer.running() and time.monotonic() < deadline:
        time.sleep(0.01)
    during = app.handle("POST", "/predict", ask)[1]["results"][0]
    assert during["model_version"] == before["model_version"]
    for _ in range(5):  # events during a training coalesce into one more run
        app.handle("POST", "/webhook", {"action": "START_TRAINING", "project": {"id": 7}})
    gate.set()
    assert app.trainer.wait_idle(20)
    after = app.handle("POST", "/predict", ask)[1]["results"][0]
    assert after["model_version"] != before["model_version"]
    assert [r["value"]["text"] for r in after["result"]] == ["张三", "上海"]
    assert [h["ok"] for h in app.trainer.history] == [True, True]
    assert len(list((tmp_path / "models").glob("v*"))) == 2


def test_a_failed_training_is_logged_and_the_old_model_keeps_serving(tmp_path, caplog):
    app = make_app(tmp_path, runner=fake_train_runner(fail=True), fetch=lambda pid, proj: _export({}))
    app.handle("POST", "/webhook", {"action": "START_TRAINING", "project": {"id": 1}})
    assert app.trainer.wait_idle(20)
    assert app.slot.version == "zh-annotate:rules"
    assert "training for project 1 failed" in caplog.text and "no entities" in caplog.text
    status, _ = app.handle("GET", "/health", None)
    assert status == 200


def test_legacy_train_call_trains_on_the_tasks_it_carries(tmp_path):
    app = make_app(tmp_path, runner=fake_train_runner())
    body = {"annotations": json.loads(_export({"李四": "PER"})), "project": "5.1700000000", "label_config": CONFIG}
    assert app.handle("POST", "/train", body)[0] == 200
    assert app.trainer.wait_idle(20)
    pred = app.handle("POST", "/predict", {"tasks": [{"data": {"text": "李四"}}], "label_config": CONFIG})[1]
    assert [r["value"]["text"] for r in pred["results"][0]["result"]] == ["李四"]


# -- over HTTP: basic auth, bad JSON, unknown paths ---------------------------------------------------

def _call(url, path, body=None, auth=None):
    data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
    req = urllib.request.Request(url + path, data=data, method="POST" if data is not None else "GET")
    if auth:
        import base64
        req.add_header("Authorization", "Basic " + base64.b64encode(auth.encode()).decode())
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read())


def test_http_plumbing_auth_and_errors(tmp_path):
    app = make_app(tmp_path)
    app.settings = BackendSettings(spec="rules", model_dir=tmp_path, basic_auth=("ls", "secret"))
    server = make_server(app, port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        assert _call(url, "/health")[0] == 401
        assert _call(url, "/health", auth="ls:secret")[0] == 200
        assert _call(url, "/predict", b"{not json", auth="ls:secret")[0] == 400
        assert _call(url, "/nope", {}, auth="ls:secret")[0] == 404
        status, body = _call(url, "/predict", {"tasks": [{"data": {"text": "张三"}}], "label_config": CONFIG},
                             auth="ls:secret")
        assert status == 200 and body["results"][0]["result"][0]["value"]["text"] == "张三"
    finally:
        server.shutdown()
        server.server_close()



# -- a one-off push in uncertainty order -----------------------------------------------------------------

def test_order_tasks_puts_the_least_certain_first_and_ranks_them():
    from annotate.labelstudio.tasks import order_tasks

    tasks = [{"data": {"id": i}, "predictions": [{"score": s}] if s is not None else [{"result": []}]}
             for i, s in enumerate([0.9, 0.2, None, 0.2, 0.5])]
    ordered = order_tasks(tasks, "uncertainty")
    assert [t["data"]["id"] for t in ordered] == [1, 3, 4, 0, 2]
    assert [t["data"]["priority"] for t in ordered] == [1, 2, 3, 4, 5]
    assert order_tasks(tasks, "file") == tasks and "priority" not in tasks[0]["data"]


def test_the_default_backend_predicts_a_paragraph_longer_than_its_window_whole(tmp_path):
    """The default pre-labeller reads LAC in windows of 512 characters: an entity far past the first
    window still comes back, at its exact offsets."""
    app = BackendApp(BackendSettings(model_dir=tmp_path))
    text = "国家统计局发布数据显示，工业生产保持平稳。" * 120 + "2025年12月31日，华为公司在深圳发布了新产品。"
    assert len(text) > 2000
    status, body = app.handle("POST", "/predict", {"tasks": [{"id": 1, "data": {"text": text}}], "label_config": CONFIG})
    assert status == 200
    found = {(r["value"]["text"], r["value"]["labels"][0]) for r in body["results"][0]["result"]}
    assert ("2025年12月31日", "DATE") in found and ("深圳", "LOC") in found
    for region in body["results"][0]["result"]:
        assert text[region["value"]["start"]:region["value"]["end"]] == region["value"]["text"]
    assert 0.0 < body["results"][0]["score"] <= 1.0  # the task score comes from the tagger's marginals
