"""The HTTP client and push/pull orchestration against a fake server (httpx.MockTransport): auth,
error lines, paging, the export snapshot dance. The real server is in test_ls_integration.py."""

import json

import httpx
import pytest

from annotate.cli import main
from annotate.errors import LabelStudioError
from annotate.labelstudio.client import Client, is_personal_access_token
from annotate.labelstudio.server import free_port

PAT = "eyJhbGciOiJIUzI1NiJ9.eyJ0b2tlbl90eXBlIjoicmVmcmVzaCJ9.c2ln"


def client(handler, token="legacy-token-123"):
    return Client("http://ls.test", token, transport=httpx.MockTransport(handler))


def test_token_kinds():
    assert is_personal_access_token(PAT)
    assert not is_personal_access_token("0123456789abcdef0123456789abcdef01234567")
    assert not is_personal_access_token("a.b.c")


def test_legacy_token_is_sent_as_token_header():
    seen = []

    def handler(request):
        seen.append(request.headers["Authorization"])
        return httpx.Response(200, json={"email": "a@b.c"})

    assert client(handler).whoami()["email"] == "a@b.c"
    assert seen == ["Token legacy-token-123"]


def test_personal_access_token_is_exchanged_and_refreshed_once_on_expiry():
    calls = []

    def handler(request):
        calls.append((request.url.path, request.headers.get("Authorization")))
        if request.url.path == "/api/token/refresh":
            assert json.loads(request.content) == {"refresh": PAT}
            return httpx.Response(200, json={"access": f"acc{len(calls)}"})
        if request.headers["Authorization"] == "Bearer acc1":
            return httpx.Response(401, json={"detail": "Token is expired"})
        return httpx.Response(200, json={"email": "a@b.c"})

    assert client(handler, PAT).whoami()["email"] == "a@b.c"
    assert [c[0] for c in calls] == ["/api/token/refresh", "/api/current-user/whoami",
                                     "/api/token/refresh", "/api/current-user/whoami"]
    assert calls[-1][1] == "Bearer acc3"


@pytest.mark.parametrize("token", ["legacy-token-123", PAT])
def test_refused_token_is_one_clear_error(token):
    def handler(request):
        return httpx.Response(401, json={"detail": "Invalid token."})

    with pytest.raises(LabelStudioError, match=r"refused the .*token \(HTTP 401: Invalid token.\)"):
        client(handler, token).whoami()


def test_server_down_is_one_clear_error():
    c = Client(f"http://127.0.0.1:{free_port()}", "legacy-token-123")
    with pytest.raises(LabelStudioError, match="cannot reach Label Studio at http://127.0.0.1:"):
        c.whoami()


def test_validation_errors_are_shown():
    def handler(request):
        return httpx.Response(400, json={"detail": "Validation error",
                                         "validation_errors": {"title": ["too short"]}})

    with pytest.raises(LabelStudioError, match=r"HTTP 400: .*too short"):
        client(handler).create_project("ab", "<View/>")


def test_project_lookup_by_id_and_exact_title():
    def handler(request):
        if request.url.path == "/api/projects/7":
            return httpx.Response(200, json={"id": 7, "title": "x"})
        if request.url.path == "/api/projects/8":
            return httpx.Response(404, json={"detail": "Not found"})
        title = request.url.params["title"]
        results = [{"id": 1, "title": "news"}, {"id": 2, "title": "news-2"}]
        if title == "dup":
            results = [{"id": 3, "title": "dup"}, {"id": 4, "title": "dup"}]
        return httpx.Response(200, json={"count": 2, "next": None, "results": results})

    c = client(handler)
    assert c.project(7)["id"] == 7 and c.project("8") is None
    assert c.project("news")["id"] == 1  # not "news-2": titles match exactly
    assert c.project("missing") is None
    with pytest.raises(LabelStudioError, match="several projects are titled 'dup' .ids 3, 4"):
        c.project("dup")


def test_tasks_after_sends_the_exact_id_filter_label_studio_understands():
    # review26 #4: the real 1.23 server treats an unknown operator ("gt") as equality and answers 1 for the
    # newest task alone, a wrong "quiet"; the fakes ignore the query, so pin its exact shape here
    seen = []

    def handler(request):
        seen.append(dict(request.url.params))
        return httpx.Response(200, json={"total": 4, "tasks": [{"id": 12}]})

    assert client(handler).tasks_after(5, 11) == 4
    (params,) = seen
    assert json.loads(params.pop("query")) == {"filters": {"conjunction": "and", "items": [
        {"filter": "filter:tasks:id", "operator": "greater", "type": "Number", "value": 11}]}}
    assert params == {"project": "5", "page_size": "1", "include": "id"}
    assert client(lambda request: httpx.Response(200, json={"tasks": []})).tasks_after(5, 11) is None


def test_titled_takes_a_race_leftover_another_push_removed_as_gone():
    """Four pushes race to create one title: each lists the projects, then looks at every newer one before
    deleting it. One deleted by another push meanwhile answers 404; that is what was wanted, not an error
    (it used to cost the push a whole new attempt, and four such could exhaust its retries)."""
    from annotate.labelstudio.settle import titled

    seen = []

    def handler(request):
        seen.append((request.method, request.url.path, request.url.params.get("project")))
        if request.url.path == "/api/projects/" or request.url.path == "/api/projects":
            when = "2026-12-07T17:00:00Z"
            return httpx.Response(200, json={"count": 3, "next": None, "results": [
                {"id": i, "title": "race", "created_at": when} for i in (5, 6, 7)]})
        if request.url.path == "/api/tasks" and request.url.params["project"] == "6":
            return httpx.Response(404, json={"detail": "No Project matches the given query."})
        if request.url.path == "/api/tasks":
            return httpx.Response(200, json={"total": 0, "tasks": []})
        if request.method == "DELETE":
            return httpx.Response(204)
        raise AssertionError(request.url)

    assert titled(client(handler), "race")["id"] == 5
    assert ("DELETE", "/api/projects/7", None) in seen  # the next leftover is still removed
    assert not any(m == "DELETE" and path.endswith("/6") for m, path, _ in seen)


def test_titled_still_fails_on_other_errors():
    from annotate.labelstudio.settle import titled

    def handler(request):
        if request.url.path.rstrip("/") == "/api/projects":
            return httpx.Response(200, json={"count": 2, "next": None, "results": [
                {"id": i, "title": "race", "created_at": "2026-12-07T17:00:00Z"} for i in (5, 6)]})
        return httpx.Response(400, json={"detail": "bad request"})

    with pytest.raises(LabelStudioError, match="HTTP 400"):
        titled(client(handler), "race")


@pytest.mark.parametrize("comma", [False, True])
def test_existing_tasks_pages_through_all_tasks_and_reads_model_versions(comma):
    odd = "v,3" if comma else "v3"  # a version name with a comma cannot be split from the joined list

    def handler(request):
        if request.url.path == "/api/projects/1/model-versions":
            return httpx.Response(200, json={"v1": 2, "v2": 1, odd: 1})
        if request.url.path == "/api/tasks":
            assert ("predictions_model_versions" in request.url.params["include"]) is not comma
            assert request.url.params["page"] == "1"  # pages by id, not by offset (see the next test)
            query = request.url.params.get("query")
            after = json.loads(query)["filters"]["items"][0]["value"] if query else -1
            tasks = [{"id": i, "data": {"id": f"p{i}"}, "predictions_model_versions": ""}
                     for i in range(after + 1, min(after + 1001, 2500))]
            if after == -1:
                tasks[5]["predictions_model_versions"] = "v1,v2"
                tasks[6]["predictions_model_versions"] = f"v1,{odd}"
            return httpx.Response(200, json={"total": 2500 - (after + 1), "tasks": tasks})
        assert comma and request.url.path == "/api/predictions"
        return httpx.Response(200, json=[{"task": 5, "model_version": "v1"}, {"task": 5, "model_version": "v2"},
                                         {"task": 6, "model_version": "v1"}, {"task": 6, "model_version": odd}])

    existing = client(handler).existing_tasks(1)
    assert len(existing) == 2500 and existing["p2499"].task_id == 2499
    assert existing["p5"].model_versions == {"v1", "v2"} and existing["p7"].model_versions == set()
    assert existing["p6"].model_versions == {"v1", odd}


def test_the_listing_pages_by_id_so_a_task_deleted_meanwhile_skips_none(monkeypatch):
    # review26 #2: by offset, a task deleted on a page already read (another push removing its surplus copy)
    # moved every later task up one place and the next page skipped one
    import annotate.labelstudio.client as client_module

    monkeypatch.setattr(client_module, "_PAGE", 2)
    tasks = {i: f"k{i}" for i in range(1, 7)}
    calls = []

    def handler(request):
        if request.url.path == "/api/projects/1/model-versions":
            return httpx.Response(200, json={})
        params = request.url.params
        query = params.get("query")
        after = json.loads(query)["filters"]["items"][0]["value"] if query else 0
        calls.append(after)
        if len(calls) == 2:
            del tasks[2]  # deleted after the first page (1, 2) was read
        rest = [i for i in sorted(tasks) if i > after]
        start = (int(params["page"]) - 1) * int(params["page_size"])
        page = [{"id": i, "data": {"id": tasks[i]}} for i in rest[start:start + int(params["page_size"])]]
        return httpx.Response(200, json={"total": len(rest), "tasks": page})

    assert [t.task_id for t in client(handler).iter_task_index(1)] == [1, 2, 3, 4, 5, 6]
    assert calls == [0, 2, 4]

    def ignores_the_filter(request):
        if request.url.path == "/api/projects/1/model-versions":
            return httpx.Response(200, json={})
        return httpx.Response(200, json={"total": 3, "tasks": [{"id": 1, "data": {"id": "a"}},
                                                               {"id": 2, "data": {"id": "b"}}]})

    with pytest.raises(LabelStudioError, match="ignored the task id filter"):
        list(client(ignores_the_filter).iter_task_index(1))


def test_export_waits_converts_downloads_and_always_deletes_the_snapshot():
    log = []
    state = {"polls": 0}

    def handler(request):
        log.append((request.method, request.url.path))
        path = request.url.path
        if request.method == "POST" and path == "/api/projects/1/exports":
            body = json.loads(request.content)
            assert body["serialization_options"]["predictions"] == {"only_id": False}
            return httpx.Response(201, json={"id": 9, "status": "created"})
        if request.method == "GET" and path == "/api/projects/1/exports/9":
            state["polls"] += 1
            done = "completed" if state["polls"] > 1 else "in_progress"
            return httpx.Response(200, json={"id": 9, "status": done, "converted_formats": [
                {"export_type": "JSON_MIN", "status": "completed"}]})
        if path.endswith("/convert"):
            return httpx.Response(200, json={"export_type": "JSON_MIN"})
        if path.endswith("/download"):
            assert request.url.params["exportType"] == "JSON_MIN"
            return httpx.Response(200, content=b"[]")
        if request.method == "DELETE":
            return httpx.Response(204)
        raise AssertionError(path)

    assert client(handler).export(1, export_type="JSON_MIN") == b"[]"
    assert log[-1] == ("DELETE", "/api/projects/1/exports/9")

    def failing(request):
        if request.method == "GET" and request.url.path == "/api/projects/1/exports/9":
            return httpx.Response(200, json={"id": 9, "status": "failed"})
        return handler(request)

    log.clear()
    with pytest.raises(LabelStudioError, match="failed to export"):
        client(failing).export(1)
    assert log[-1] == ("DELETE", "/api/projects/1/exports/9")


def _down_url():
    return f"http://127.0.0.1:{free_port()}"


def test_cli_push_and_pull_with_server_down_print_one_line_and_write_nothing(tmp_path, capsys):
    tasks = tmp_path / "tasks.json"
    tasks.write_text(json.dumps([{"data": {"id": "p1", "text": "北京"}}], ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "export.json"
    assert main(["ls", "push", str(tasks), "--project", "demo", "--url", _down_url(), "--token", "tok123", "-q"]) == 1
    assert main(["ls", "pull", "--project", "demo", "--out", str(out), "--url", _down_url(), "--token", "tok123"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and all("cannot reach Label Studio" in line for line in err)
    assert not out.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["tasks.json"]


def test_cli_push_rejects_malformed_input_before_touching_the_server(tmp_path, capsys):
    bad = tmp_path / "tasks.json"
    bad.write_text('[{"data": {"id": "p1", "text": "北京"}', encoding="utf-8")
    assert main(["ls", "push", str(bad), "--project", "demo", "--url", _down_url(), "--token", "tok123"]) == 1
    err = capsys.readouterr().err
    assert "malformed JSON" in err and "cannot reach" not in err and err.count("\n") == 1


def test_cli_without_token_is_a_usage_error(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("LABEL_STUDIO_API_KEY", raising=False)
    out = tmp_path / "e.json"
    assert main(["ls", "pull", "--project", "demo", "--out", str(out)]) == 2
    assert "no Label Studio token" in capsys.readouterr().err and not out.exists()
