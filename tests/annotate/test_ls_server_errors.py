"""Server errors (5xx) from Label Studio: named as what they are, retried where that is safe, and a push that
meets one still ends with one project per title and every ``data.id`` once. A fake server behind
``httpx.MockTransport``, no waiting (``retry_delays`` of zeros); the real server's race is
tests/annotate/test_ls_concurrency.py, and docs/reliability.md says when Label Studio 1.23 answers 500."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable

import httpx
import pytest

from annotate.errors import LabelStudioError
from annotate.labelstudio.client import Client
from annotate.labelstudio.sync import SERVER_RETRIES, push

# What Label Studio 1.23 sends when a request fails outside its API views (its templates/500.html)
LS_500_PAGE = ("<!doctype html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n  <title>500 | Label Studio"
               "</title>\n</head>\n<body><h1>Uh oh, something went wrong.</h1></body>\n</html>\n")
PROXY_502_PAGE = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
NO_WAIT = (0.0, 0.0, 0.0, 0.0)


def page(status: int, body: str = LS_500_PAGE) -> httpx.Response:
    return httpx.Response(status, text=body, headers={"content-type": "text/html; charset=utf-8"})


def client(handler: Callable[[httpx.Request], httpx.Response], delays=NO_WAIT) -> Client:
    return Client("http://ls.test", "legacy-token-123", transport=httpx.MockTransport(handler), retry_delays=delays)


# -- the client: what a 5xx is called ----------------------------------------------------------------------------

def test_an_error_page_after_label_studio_answered_is_a_server_error_not_another_server():
    def handler(request):
        if request.url.path == "/api/current-user/whoami":
            return httpx.Response(200, json={"email": "a@b.c"})
        return page(500, "<html><body>oops</body></html>")  # no title to go by: the earlier answer says who it is

    c = client(handler)
    c.whoami()
    with pytest.raises(LabelStudioError) as caught:
        c.create_project("news", "<View/>")
    err = caught.value
    assert err.status == 500 and "not a Label Studio server" not in str(err)
    assert err.message == "Label Studio at http://ls.test failed on POST /api/projects: HTTP 500, an error page"
    assert "see the server's log" in err.hint and "run the command again" in err.hint
    assert "\n" not in str(err)


def test_label_studios_own_error_page_names_it_even_as_the_first_answer():
    with pytest.raises(LabelStudioError) as caught:
        client(lambda request: page(500)).create_project("news", "<View/>")
    assert caught.value.message == ("Label Studio at http://ls.test failed on POST /api/projects: HTTP 500, "
                                    "an error page titled '500 | Label Studio'")


def test_a_json_server_error_keeps_its_detail_and_a_proxy_error_is_not_called_label_studio():
    detail = {"detail": "Error executing database query", "status_code": 500}
    with pytest.raises(LabelStudioError, match=r"failed on POST /api/projects: HTTP 500, Error executing database"):
        client(lambda request: httpx.Response(500, json=detail)).create_project("news", "<View/>")
    with pytest.raises(LabelStudioError) as caught:
        client(lambda request: page(502, PROXY_502_PAGE), delays=()).whoami()
    assert caught.value.message.startswith("the server at http://ls.test failed on GET /api/current-user/whoami: "
                                           "HTTP 502, an error page titled '502 Bad Gateway'")
    assert "check --url" in caught.value.hint


def test_a_web_page_that_is_not_an_error_still_means_not_label_studio():
    with pytest.raises(LabelStudioError, match="is not a Label Studio server"):
        client(lambda request: page(404, "<!DOCTYPE html><html>Not Found</html>")).whoami()


# -- the client: which requests are sent again ------------------------------------------------------------------

def test_a_get_is_retried_after_server_errors_with_a_warning_each_time(caplog):
    answers = [page(500), page(503), httpx.Response(200, json={"email": "a@b.c"})]
    seen = []

    def handler(request):
        seen.append(request.method)
        return answers.pop(0)

    with caplog.at_level(logging.WARNING, logger="annotate.ls.client"):
        assert client(handler).whoami() == {"email": "a@b.c"}
    assert seen == ["GET"] * 3
    warnings = [r.getMessage() for r in caplog.records if r.name == "annotate.ls.client"]
    assert len(warnings) == 2 and "HTTP 500 to GET /api/current-user/whoami" in warnings[0]
    assert "retry 1 of 4" in warnings[0] and "HTTP 503" in warnings[1]


def test_retries_are_bounded_and_a_post_is_never_repeated_by_the_client():
    seen = []

    def handler(request):
        seen.append(request.method)
        return page(500)

    with pytest.raises(LabelStudioError, match=r"failed on GET /api/projects/3: HTTP 500, .*\(tried 5 times\)"):
        client(handler).project(3)
    assert seen == ["GET"] * 5
    seen.clear()
    with pytest.raises(LabelStudioError, match="failed on POST /api/projects/3/import: HTTP 500"):
        client(handler).import_tasks(3, [{"data": {"id": "p1", "text": "北京"}}])
    assert seen == ["POST"]


# -- push: a server error mid-push ------------------------------------------------------------------------------

class FakeLabelStudio:
    """Just enough of Label Studio's API for a push, in memory. ``fail(method, path, times, store=...)`` makes
    the next ``times`` such requests answer Label Studio's 500 page, having stored what they carried
    (``store=True``, as a create does whose row was written before the failure) or not."""

    def __init__(self) -> None:
        self.projects: dict[int, dict] = {}
        self.tasks: dict[int, dict] = {}  # task id -> {"project", "data", "versions"}
        self.next_project = self.next_task = 1
        self.failures: dict[tuple[str, str], list[bool]] = {}
        self.requests: list[tuple[str, str]] = []
        self.on_request: Callable[[FakeLabelStudio, str, str], None] | None = None

    def fail(self, method: str, path: str, times: int = 1, *, store: bool = False) -> None:
        self.failures[(method, path)] = [store] * times

    def create_project(self, title: str, config: str = "<View/>") -> dict:
        pid, self.next_project = self.next_project, self.next_project + 1
        self.projects[pid] = {"id": pid, "title": title, "label_config": config,
                              "created_at": "2026-12-05T15:00:00.000000Z"}
        return self.projects[pid]

    def project_tasks(self, pid: int) -> list[tuple[int, dict]]:
        return sorted((tid, t) for tid, t in self.tasks.items() if t["project"] == pid)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        method, path = request.method, request.url.path
        self.requests.append((method, path))
        if self.on_request:
            self.on_request(self, method, path)
        stored = self.failures.get((method, path))
        if stored:
            if stored.pop(0):
                self.answer(method, path, request)
            return page(500)
        return self.answer(method, path, request)

    def answer(self, method: str, path: str, request: httpx.Request) -> httpx.Response:
        params = request.url.params
        parts = path.strip("/").split("/")
        if path == "/api/current-user/whoami":
            return httpx.Response(200, json={"email": "a@b.c"})
        if path == "/api/projects" and method == "GET":
            found = [p for p in self.projects.values() if p["title"] == params["title"]]
            return httpx.Response(200, json={"count": len(found), "next": None, "results": found})
        if path == "/api/projects" and method == "POST":
            body = json.loads(request.content)
            return httpx.Response(201, json=self.create_project(body["title"], body["label_config"]))
        if parts[:2] == ["api", "projects"] and len(parts) >= 3:
            pid = int(parts[2])
            if pid not in self.projects:
                return httpx.Response(404, json={"detail": "Not found."})
            if len(parts) == 3 and method == "DELETE":
                del self.projects[pid]
                return httpx.Response(204)
            if len(parts) == 3 and method == "PATCH":
                self.projects[pid].update(json.loads(request.content))
            if len(parts) == 3:
                tasks = self.project_tasks(pid)
                return httpx.Response(200, json={**self.projects[pid], "task_number": len(tasks),
                                                 "total_predictions_number": sum(len(t["versions"]) for _, t in tasks)})
            if parts[3] == "model-versions":
                return httpx.Response(200, json={})
            if parts[3] == "import" and len(parts) == 4:
                ids = []
                for task in json.loads(request.content):
                    tid, self.next_task = self.next_task, self.next_task + 1
                    self.tasks[tid] = {"project": pid, "data": task["data"],
                                       "versions": [p["model_version"] for p in task.get("predictions", [])]}
                    ids.append(tid)
                return httpx.Response(201, json={"task_ids": ids})
        if parts[:2] == ["api", "tasks"] and len(parts) == 4 and parts[3] == "annotations":
            return httpx.Response(200, json=[])
        if parts[:2] == ["api", "tasks"] and len(parts) == 3 and method == "DELETE":
            self.tasks.pop(int(parts[2]), None)
            return httpx.Response(204)
        if path == "/api/tasks":
            tasks = self.project_tasks(int(params["project"]))
            if "query" in params:  # the one filter a push sends (Client.tasks_after): task id greater than
                (item,) = json.loads(params["query"])["filters"]["items"]
                assert (item["filter"], item["operator"]) == ("filter:tasks:id", "greater")
                tasks = [(tid, t) for tid, t in tasks if tid > item["value"]]
            listed = [{"id": tid, "data": t["data"], "predictions_model_versions": ",".join(t["versions"])}
                      for tid, t in tasks]
            return httpx.Response(200, json={"total": len(listed), "tasks": listed})
        raise AssertionError(f"the fake has no {method} {path}")


def tasks_file(tmp_path, n: int = 5):
    path = tmp_path / "tasks.json"
    path.write_text(json.dumps([{"data": {"id": f"p{i}", "text": f"北京{i}"},
                                 "predictions": [{"model_version": "m1", "result": []}]} for i in range(n)],
                               ensure_ascii=False), encoding="utf-8")
    return path


def project_keys(fake: FakeLabelStudio, title: str) -> list[str]:
    (pid,) = [p["id"] for p in fake.projects.values() if p["title"] == title]
    return sorted(t["data"]["id"] for _, t in fake.project_tasks(pid))


def test_a_create_that_failed_after_storing_the_project_is_found_not_made_twice(tmp_path, caplog):
    fake = FakeLabelStudio()
    fake.fail("POST", "/api/projects", store=True)  # what Label Studio 1.23 does when its retry meets a lock
    with caplog.at_level(logging.WARNING, logger="annotate.ls.push"):
        result = push(tasks_file(tmp_path), project="news", task="ner", client=client(fake))
    assert fake.requests.count(("POST", "/api/projects")) == 1
    assert project_keys(fake, "news") == [f"p{i}" for i in range(5)]
    assert (result.tasks_created, result.predictions_added) == (5, 5)
    (warning,) = [r.getMessage() for r in caplog.records if r.name == "annotate.ls.push"]
    assert "failed on POST /api/projects: HTTP 500" in warning and "retry 1 of 3" in warning


def test_a_create_that_failed_while_a_concurrent_push_made_the_project_uses_that_one(tmp_path):
    fake = FakeLabelStudio()
    fake.fail("POST", "/api/projects")

    def racer(server, method, path):  # the other push's create lands while ours fails
        if (method, path) == ("POST", "/api/projects") and not server.projects:
            server.create_project("news")

    fake.on_request = racer
    push(tasks_file(tmp_path), project="news", task="ner", client=client(fake))
    assert [p["id"] for p in fake.projects.values()] == [1] and project_keys(fake, "news") == [f"p{i}" for i in range(5)]


def test_an_import_that_failed_after_storing_part_is_completed_without_duplicates(tmp_path):
    fake = FakeLabelStudio()
    fake.create_project("news")
    fake.fail("POST", "/api/projects/1/import", store=True)  # the first batch stored, then a 500
    result = push(tasks_file(tmp_path), project="news", task="ner", client=client(fake), batch_size=2)
    assert project_keys(fake, "news") == [f"p{i}" for i in range(5)]
    # batches p0-p1 (stored, then a 500), then p2-p3 and p4: the retry listed p0-p1 and did not send them again,
    # and counts them as created (the failed import carried them and the project lacked them before)
    assert fake.requests.count(("POST", "/api/projects/1/import")) == 3 and result.tasks_created == 5


def test_a_server_that_keeps_failing_stops_the_push_after_bounded_retries_with_one_line(tmp_path):
    fake = FakeLabelStudio()
    fake.create_project("news")
    fake.fail("POST", "/api/projects/1/import", times=100)
    with pytest.raises(LabelStudioError) as caught:
        push(tasks_file(tmp_path), project="news", task="ner", client=client(fake))
    assert fake.requests.count(("POST", "/api/projects/1/import")) == SERVER_RETRIES + 1
    text = str(caught.value)
    assert caught.value.message.startswith("Label Studio at http://ls.test failed on POST /api/projects/1/import: "
                                           "HTTP 500")
    assert "run the same push again" in text and "not a Label Studio server" not in text and "\n" not in text


def server_error(status: int, message: str) -> LabelStudioError:
    err = LabelStudioError(message)
    err.status = status
    return err


def racing_copy_of_p0(fake: FakeLabelStudio) -> None:
    """Another push's copy of p0 lands just before our import (older than ours: ours is surplus), while a third
    push removes its own surplus task 1: the counts come out as if nobody else wrote."""
    fake.create_project("news")
    fake.tasks[1] = {"project": 1, "data": {"id": "old", "text": "x"}, "versions": ["m1"]}
    fake.next_task = 2
    state = {"raced": False}

    def racer(server, method, path):
        if (method, path) == ("POST", "/api/projects/1/import") and not state["raced"]:
            state["raced"] = True
            tid, server.next_task = server.next_task, server.next_task + 1
            server.tasks[tid] = {"project": 1, "data": {"id": "p0", "text": "北京0"}, "versions": ["m1"]}
            del server.tasks[1]

    fake.on_request = racer


def test_a_server_error_on_the_quiet_check_settles_the_push(tmp_path, monkeypatch):
    # review26 #1: a 500 on the quiet check after our import used to make a retry that found every task there,
    # sent nothing and did not settle: our newer copy of p0 was only reported as a duplicate left. Now the
    # failed check settles at once (and a retry would settle too: the next test)
    fake = FakeLabelStudio()
    racing_copy_of_p0(fake)
    real, calls = Client.tasks_after, []

    def failing_once(self, project_id, task_id):
        calls.append(task_id)
        if len(calls) == 1:
            raise server_error(500, "Label Studio failed on GET /api/tasks: HTTP 500")
        return real(self, project_id, task_id)

    monkeypatch.setattr(Client, "tasks_after", failing_once)
    result = push(tasks_file(tmp_path, 3), project="news", task="ner", client=client(fake))
    assert project_keys(fake, "news") == ["p0", "p1", "p2"]
    assert (result.concurrent_fixes, result.duplicates_left) == (1, 0)


def test_a_retry_settles_what_the_failed_attempt_created_though_its_own_listing_looks_quiet(tmp_path):
    # review26 #1: the first batch (p0-p1) is stored, just after another push's copy of p0; the second batch
    # fails (500, nothing stored). The retry lists both copies of p0, sends p2, and its own check is quiet
    # (nobody wrote since ITS listing): only settling removes our newer copy of p0.
    fake = FakeLabelStudio()
    racing_copy_of_p0(fake)
    racer, imports = fake.on_request, []

    def second_import_fails(server, method, path):
        racer(server, method, path)
        if (method, path) == ("POST", "/api/projects/1/import"):
            imports.append(path)
            if len(imports) == 2:
                server.fail(method, path)

    fake.on_request = second_import_fails
    result = push(tasks_file(tmp_path, 3), project="news", task="ner", client=client(fake), batch_size=2)
    assert project_keys(fake, "news") == ["p0", "p1", "p2"]
    assert (result.concurrent_fixes, result.duplicates_left) == (1, 0)
    # the counts cover both attempts: p0-p1 by the first, p2 by the retry, our p0 removed (they said 0 and 0)
    assert (result.tasks_created, result.predictions_added) == (2, 2)


def test_a_copy_stored_by_an_import_that_failed_is_ours_to_remove(tmp_path):
    # review26 #1: our import stores p0-p2 just after another push's copy of p0, then answers 500 (Label
    # Studio 1.23 on a locked database): no ids came back, so the retry did not know the newer p0 was ours and
    # only reported it as a duplicate left. Now the failed import's data.ids, newer than what we knew, are ours.
    fake = FakeLabelStudio()
    racing_copy_of_p0(fake)
    fake.fail("POST", "/api/projects/1/import", store=True)
    result = push(tasks_file(tmp_path, 3), project="news", task="ner", client=client(fake))
    assert project_keys(fake, "news") == ["p0", "p1", "p2"]
    assert (result.concurrent_fixes, result.duplicates_left) == (1, 0)
    assert [tid for tid, _ in fake.project_tasks(1)] == [2, 4, 5]  # the other push's p0 (2), the oldest, stays


def test_a_quiet_check_the_server_refuses_settles_instead_of_failing_the_push(tmp_path, monkeypatch):
    # the check is an optimisation: when it cannot be made (a filter this server answers 400 to), settle
    fake = FakeLabelStudio()
    racing_copy_of_p0(fake)

    def refused(self, project_id, task_id):
        raise server_error(400, "Label Studio refused GET /api/tasks: HTTP 400")

    monkeypatch.setattr(Client, "tasks_after", refused)
    result = push(tasks_file(tmp_path, 3), project="news", task="ner", client=client(fake))
    assert project_keys(fake, "news") == ["p0", "p1", "p2"]
    assert (result.concurrent_fixes, result.duplicates_left) == (1, 0)
