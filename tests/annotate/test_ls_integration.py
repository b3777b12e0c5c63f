"""The Label Studio round trip against a REAL server (fixture ``ls_server``; marker ``integration``).

config -> push with predictions -> idempotent re-push -> a new model version -> pull with full
predictions: every span comes back identical, for CJK, full-width forms, emoji, 𠀀, \\r\\n, U+3000
and long paragraphs. Then corrections made through the API the way the annotation UI makes them.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotate.cli import main
from annotate.labels import LABELS
from annotate.labelstudio.client import Client
from annotate.labelstudio.sync import pull, push

pytestmark = pytest.mark.integration

EDGE_TEXTS = [
    "２０２４年３月，华为技术有限公司在深圳发布新品。",      # full-width digits
    "ＡＢＣ公司（北京）与😀张三𠀀合作，销售额增长12.5%。",   # full-width Latin, emoji, Ext B
    "第一行\r\n第二行\u3000北京市\u3000海淀区",               # CRLF and ideographic spaces
    "  前后有空格  的 段落  里 有 上海  ",                    # runs of spaces (LS collapses them in region text)
    "国家统计局发布数据显示，" * 200,                        # a long paragraph (2,400 characters)
]
_ids = itertools.count()


def spans_for(text: str, step: int, shift: int = 0) -> list[tuple[int, int, str]]:
    """Deterministic non-overlapping spans of 1-4 code points over the whole text."""
    out = []
    for i, start in enumerate(range(shift, len(text) - 1, step)):
        end = min(start + 1 + i % 4, len(text))
        out.append((start, end, LABELS[i % len(LABELS)]))
    return out


def make_task(data_id: str, text: str, spans, version: str = "rules-1") -> dict:
    result = [{"id": f"r{i}", "from_name": "label", "to_name": "text", "type": "labels",
               "value": {"start": s, "end": e, "text": text[s:e], "labels": [lab]}, "score": 0.5}
              for i, (s, e, lab) in enumerate(spans)]
    return {"data": {"id": data_id, "text": text, "doc_id": "doc"},
            "predictions": [{"model_version": version, "score": 0.5, "result": result}]}


def region_spans(text: str, result) -> list[tuple[int, int, str, str]]:
    """(start, end, label, text[start:end]) of each labels region, checked against the task text."""
    out = []
    for item in result:
        if item["type"] != "labels":
            continue
        v = item["value"]
        assert 0 <= v["start"] < v["end"] <= len(text)
        out.append((v["start"], v["end"], v["labels"][0], text[v["start"]:v["end"]]))
    return sorted(out)


def write(path: Path, tasks) -> Path:
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    return path


def by_data_id(export):
    return {t["data"]["id"]: t for t in export}


def seed_paragraphs(root: Path, n: int = 20) -> list[str]:
    lines = []
    for seed in sorted((root / "seeds").glob("*.txt")):
        lines += [ln.strip() for ln in seed.read_text(encoding="utf-8").splitlines() if len(ln.strip()) > 10]
    assert lines, "seed articles missing"
    return lines[:n]


def test_push_is_idempotent_adds_model_versions_and_pull_is_lossless(ls_server, root, tmp_path):
    kw = {"url": ls_server.url, "token": ls_server.token}
    texts = seed_paragraphs(root) + EDGE_TEXTS
    v1 = [make_task(f"p{i}", t, spans_for(t, 7)) for i, t in enumerate(texts)]
    v2 = [make_task(f"p{i}", t, spans_for(t, 5, 1), "hf-2") for i, t in enumerate(texts)]
    n = len(texts)

    first = push(write(tmp_path / "v1.json", v1), project="roundtrip", task="ner+qa", batch_size=7, **kw)
    assert (first.project_created, first.tasks_created, first.predictions_added) == (True, n, n)
    again = push(tmp_path / "v1.json", project="roundtrip", **kw)
    assert (again.project_created, again.tasks_created, again.tasks_existing, again.predictions_added) == \
        (False, 0, n, 0)
    newer = push(write(tmp_path / "v2.json", v2), project=str(first.project_id), **kw)
    assert (newer.tasks_created, newer.tasks_existing, newer.predictions_added) == (0, n, n)
    assert push(tmp_path / "v2.json", project="roundtrip", **kw).predictions_added == 0
    both = [{**a, "predictions": a["predictions"] + b["predictions"]} for a, b in zip(v1, v2, strict=True)]
    extra = [make_task("new-1", "新的段落：上海浦东", [(5, 7, "LOC")]), make_task("new-2", "无实体", [])]
    last = push(write(tmp_path / "all.json", both + extra), project="roundtrip", **kw)
    assert (last.tasks_created, last.predictions_added, last.tasks_existing) == (2, 2, n)

    pulled = pull(project="roundtrip", out=tmp_path / "export.json", **kw)
    export = json.loads((tmp_path / "export.json").read_text(encoding="utf-8"))
    assert (pulled.tasks, pulled.predictions, len(export)) == (n + 2, 2 * n + 2, n + 2)
    got = by_data_id(export)
    for task in both + extra:
        remote = got[task["data"]["id"]]
        text = task["data"]["text"]
        assert remote["data"] == task["data"]  # byte-identical text, provenance kept
        sent = {p["model_version"]: region_spans(text, p["result"]) for p in task["predictions"]}
        back = {p["model_version"]: region_spans(text, p["result"]) for p in remote["predictions"]}
        assert back == sent
        assert all(isinstance(p["result"], list) for p in remote["predictions"])  # full, not ids


_ALPHABET = st.sampled_from(
    list("北京上海华为技术有限公司张三李四发布的了在和与。，、；：？！“”《》（）")
    + list("０１２３４５６７８９ＡＢＣｘｙｚ％＄") + ["😀", "👍🏽", "🇨🇳", "𠀀", "𪚥", "\u3000", " ", "\r\n", "\n", "a", "1", "é"]
)


@st.composite
def paragraphs(draw):
    text = "".join(draw(st.lists(_ALPHABET, min_size=1, max_size=60)))
    if draw(st.booleans()):
        text = text * draw(st.integers(1, 40))  # now and then a long paragraph
    cuts = sorted(draw(st.sets(st.integers(0, len(text)), max_size=12)))
    spans = [(a, b, draw(st.sampled_from(LABELS))) for a, b in zip(cuts[::2], cuts[1::2], strict=False) if a < b]
    return text, spans


@pytest.fixture(scope="module")
def hyp_project() -> str:
    return f"hypothesis-{next(_ids)}"


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(paragraphs(), min_size=1, max_size=6))
def test_hypothesis_round_trip_predictions_and_annotations(ls_server, hyp_project, tmp_path_factory, items):
    """Tasks -> server -> JSON and JSON_MIN export: identical spans (predictions and annotations)."""
    tmp = tmp_path_factory.mktemp("rt")
    kw = {"url": ls_server.url, "token": ls_server.token}
    batch = next(_ids)
    tasks = [make_task(f"h{batch}-{i}", text, spans) for i, (text, spans) in enumerate(items)]
    for task in tasks:  # an annotation that accepts every pre-label, imported with the task
        task["annotations"] = [{"result": task["predictions"][0]["result"]}]
    push(write(tmp / "tasks.json", tasks), project=hyp_project, task="ner", **kw)
    pull(project=hyp_project, out=tmp / "export.json", **kw)
    pull(project=hyp_project, out=tmp / "min.json", export_type="JSON_MIN", **kw)
    export = by_data_id(json.loads((tmp / "export.json").read_text(encoding="utf-8")))
    rows = {row["id"]: row for row in json.loads((tmp / "min.json").read_text(encoding="utf-8"))}
    for task in tasks:
        text = task["data"]["text"]
        expected = region_spans(text, task["predictions"][0]["result"])
        remote = export[task["data"]["id"]]
        assert remote["data"]["text"] == text
        assert region_spans(text, remote["predictions"][0]["result"]) == expected
        assert region_spans(text, remote["annotations"][0]["result"]) == expected
        row = rows[remote["id"]]  # JSON_MIN: data keys flattened; its "id" is the task id
        assert row["text"] == text
        labels = row.get("label", [])
        labels = labels if isinstance(labels, list) else [labels]
        assert sorted((v["start"], v["end"], v["labels"][0], text[v["start"]:v["end"]]) for v in labels) == expected


# What a person does to the pre-labels of CORRECTION_TEXT, and what agreement must report for it
# (the lsconv helper's agreement/import are checked against these once merged).
CORRECTION_TEXT = "2024年3月，华为技术有限公司在深圳发布了新产品，张三表示销售额增长了12.5%。"
EXPECTED_AGREEMENT = {"counts": {"accepted": 2, "boundary": 1, "type": 1, "deleted": 1, "added": 1},
                      "micro": {"precision": 0.4, "recall": 0.4, "f1": 0.4}}


def _at(text: str, needle: str, label: str) -> tuple[int, int, str]:
    start = text.index(needle)
    return start, start + len(needle), label


def correction_case():
    t = CORRECTION_TEXT
    predicted = [_at(t, "2024年3月", "DATE"), _at(t, "华为技术", "ORG"), _at(t, "深圳", "LOC"),
                 _at(t, "张三", "ORG"), _at(t, "新产品", "ORG")]
    corrected = [_at(t, "2024年3月", "DATE"),            # accepted
                 _at(t, "华为技术有限公司", "ORG"),      # boundary moved
                 _at(t, "深圳", "LOC"),                  # accepted
                 _at(t, "张三", "PER"),                  # type changed
                 _at(t, "12.5%", "PERCENT")]             # added; 新产品 deleted
    return predicted, corrected


def ui_result(text: str, prediction: dict, corrected) -> list[dict]:
    """The annotation result the labeling UI would save: kept prediction regions keep their id."""
    by_span = {(r["value"]["start"], r["value"]["end"]): r for r in prediction["result"]}
    result = []
    for i, (s, e, label) in enumerate(corrected):
        old = by_span.get((s, e))
        origin = "manual" if old is None else "prediction" if old["value"]["labels"] == [label] \
            else "prediction-changed"
        result.append({"id": old["id"] if old else f"m{i}", "from_name": "label", "to_name": "text",
                       "type": "labels", "origin": origin,
                       "value": {"start": s, "end": e, "text": text[s:e], "labels": [label]}})
    s, e, _ = _at(text, "深圳", "")
    answer = {"start": s, "end": e, "text": text[s:e]}
    result += [
        {"id": "qa1", "from_name": "answer", "to_name": "text", "type": "labels", "origin": "manual",
         "value": {**answer, "labels": ["ANSWER"]}},
        {"id": "qa1", "from_name": "question", "to_name": "text", "type": "textarea", "origin": "manual",
         "value": {"start": s, "end": e, "text": ["华为在哪里发布了新产品？"]}},
        {"id": "un1", "from_name": "unanswerable", "to_name": "text", "type": "textarea", "origin": "manual",
         "value": {"text": ["华为有多少名员工？"]}},
    ]
    return result


def test_corrections_made_through_the_api_come_back_in_the_export(ls_server, tmp_path):
    kw = {"url": ls_server.url, "token": ls_server.token}
    predicted, corrected = correction_case()
    tasks = [make_task("c1", CORRECTION_TEXT, predicted),
             make_task("c2", "李四在广州。", [(0, 2, "PER"), (3, 5, "LOC")])]
    push(write(tmp_path / "tasks.json", tasks), project="corrections", **kw)
    with Client(ls_server.url, ls_server.token) as client:
        project = client.project("corrections")["id"]
        remote = by_data_id(json.loads(client.export(project)))
        c1, c2 = remote["c1"], remote["c2"]
        sent = ui_result(CORRECTION_TEXT, c1["predictions"][0], corrected)
        client.create_annotation(c1["id"], sent, parent_prediction=c1["predictions"][0]["id"], lead_time=42.0)
        client.create_annotation(c2["id"], [], was_cancelled=True)  # skipped by the annotator
    pull(project="corrections", out=tmp_path / "export.json", **kw)
    pull(project="corrections", out=tmp_path / "min.json", export_type="JSON_MIN", **kw)
    export = by_data_id(json.loads((tmp_path / "export.json").read_text(encoding="utf-8")))

    (ann,) = export["c1"]["annotations"]
    assert ann["completed_by"]["email"] == ls_server.username and ann["was_cancelled"] is False
    assert ann["prediction"]["model_version"] == "rules-1"  # the pre-label it started from
    assert region_spans(CORRECTION_TEXT, [r for r in ann["result"] if r["from_name"] == "label"]) == \
        sorted((s, e, lab, CORRECTION_TEXT[s:e]) for s, e, lab in corrected)
    by_id: dict[str, dict] = {}
    for r in ann["result"]:
        by_id.setdefault(r["id"], {})[r["from_name"]] = r
    qa = by_id["qa1"]
    assert qa["question"]["value"]["text"] == ["华为在哪里发布了新产品？"]
    v = qa["answer"]["value"]
    assert CORRECTION_TEXT[v["start"]:v["end"]] == "深圳"
    assert by_id["un1"]["unanswerable"]["value"]["text"] == ["华为有多少名员工？"]
    assert export["c2"]["annotations"][0]["was_cancelled"] is True

    rows = json.loads((tmp_path / "min.json").read_text(encoding="utf-8"))
    row = next(r for r in rows if r["text"] == CORRECTION_TEXT)
    assert row["question"] in ("华为在哪里发布了新产品？", ["华为在哪里发布了新产品？"])
    assert sorted((x["start"], x["end"], x["labels"][0]) for x in row["label"]) == sorted(corrected)


def test_errors_against_the_real_server_are_one_line_and_write_nothing(ls_server, tmp_path, capsys):
    tasks = write(tmp_path / "tasks.json", [make_task("e1", "北京欢迎你", [(0, 2, "LOC")])])
    url = ["--url", ls_server.url]
    out = tmp_path / "export.json"
    assert main(["ls", "push", str(tasks), "--project", "errors", *url, "--token", "wrong-token-1", "-q"]) == 1
    assert main(["ls", "pull", "--project", "no-such-project", "--out", str(out), *url,
                 "--token", ls_server.token]) == 1
    assert main(["ls", "pull", "--project", "987654", "--out", str(out), *url, "--token", ls_server.token]) == 1
    assert main(["ls", "push", str(tasks), "--project", "987654", *url, "--token", ls_server.token, "-q"]) == 1
    bad = make_task("e2", "北京欢迎你", [(0, 2, "GPE")])
    assert main(["ls", "push", str(write(tmp_path / "bad.json", [bad])), "--project", "errors", *url,
                 "--token", ls_server.token, "-q"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 5
    assert "refused the token (HTTP 401" in err[0]
    assert "project 'no-such-project' not found" in err[1] and "project '987654' not found" in err[2]
    assert "project '987654' not found" in err[3]
    assert "label 'GPE' is not in the project's config" in err[4]
    assert not out.exists()
    with Client(ls_server.url, ls_server.token) as client:
        assert client.project("errors") is None  # the bad file created nothing


def test_personal_access_token_works_for_push_and_pull(ls_server, tmp_path):
    with Client(ls_server.url, ls_server.token) as client:
        pat = client.json("POST", "/api/token")["token"]
    tasks = write(tmp_path / "tasks.json", [make_task("t1", "上海浦东", [(0, 2, "LOC")])])
    assert push(tasks, project="pat-project", url=ls_server.url, token=pat).tasks_created == 1
    result = pull(project="pat-project", out=tmp_path / "e.json", url=ls_server.url, token=pat)
    assert result.tasks == 1 and result.predictions == 1


def test_cli_config_push_pull_as_the_demo_prints_them(ls_server, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LABEL_STUDIO_URL", ls_server.url)
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", ls_server.token)
    config = tmp_path / "ls_config.xml"
    tasks = write(tmp_path / "tasks.json", [make_task("d1", "国家统计局在北京发布数据", [(0, 5, "ORG"), (6, 8, "LOC")])])
    assert main(["ls", "config", "--task", "ner", "--out", str(config), "-q"]) == 0
    assert main(["ls", "push", str(tasks), "--project", "cli-demo", "--config", str(config), "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert (first["project_created"], first["tasks_created"]) == (True, 1)
    # the same tasks with a QA-capable config: the project's config is updated, nothing re-sent
    assert main(["ls", "push", str(tasks), "--project", "cli-demo", "--task", "ner+qa", "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert (again["config_updated"], again["tasks_created"], again["tasks_existing"]) == (True, 0, 1)
    out = tmp_path / "export.json"
    assert main(["ls", "pull", "--project", "cli-demo", "--out", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["tasks"] == 1
    (task,) = json.loads(out.read_text(encoding="utf-8"))
    assert region_spans(task["data"]["text"], task["predictions"][0]["result"]) == \
        [(0, 5, "ORG", "国家统计局"), (6, 8, "LOC", "北京")]
    with Client(ls_server.url, ls_server.token) as client:
        assert "name=\"question\"" in client.project("cli-demo")["label_config"]


def test_the_listing_pages_by_id_on_the_real_server(ls_server, tmp_path, monkeypatch):
    # review26 #2: pages of 2 here (1000 in use): each page asks for the tasks after the last one read, in id
    # order; a task deleted between pages skips none; the filter is what tasks_after counts with
    import annotate.labelstudio.client as client_module

    tasks = write(tmp_path / "tasks.json", [make_task(f"pg{i}", f"北京{i}", [(0, 2, "LOC")]) for i in range(7)])
    pid = push(tasks, project="paged-listing", url=ls_server.url, token=ls_server.token).project_id
    monkeypatch.setattr(client_module, "_PAGE", 2)
    with Client(ls_server.url, ls_server.token) as client:
        ids = [t.task_id for t in client.iter_task_index(pid)]
        assert len(ids) == 7 and ids == sorted(ids)
        assert [t.key for t in client.iter_task_index(pid)] == [f"pg{i}" for i in range(7)]
        assert client.tasks_after(pid, ids[2]) == 4
        listing = client.iter_task_index(pid)
        seen = [next(listing).task_id, next(listing).task_id]
        client.delete_task(ids[1])  # read already: by offset, the next page would start at ids[3]
        assert seen + [t.task_id for t in listing] == ids
