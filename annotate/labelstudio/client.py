"""A small HTTP client for the Label Studio REST API (I/O layer; httpx, imported lazily).

Plain HTTP rather than the SDK: it is a handful of endpoints, batching is explicit, and every
failure becomes one :class:`LabelStudioError` line (server down, token refused, project missing)
instead of an SDK traceback.

Tokens: a legacy token (``Authorization: Token ...``) or a personal access token, which is a JWT
*refresh* token that we exchange at ``/api/token/refresh`` for a short-lived access token
(``Authorization: Bearer ...``), refreshed once more if the server says it expired.

Server errors (5xx): a request that is safe to repeat (GET, HEAD, PUT, DELETE) is sent again after each
of ``retry_delays`` seconds, with a warning on the ``annotate.ls.client`` logger; a POST or PATCH is not
(the caller decides: ``ls push`` looks again before it repeats a step, see :mod:`.sync`). What is left is
one line that names the status and the endpoint and says what to do. Label Studio 1.23 on SQLite answers
HTTP 500 with its HTML error page when a write meets a locked database outside the API view (its own
retry of such a request runs middleware that writes: docs/reliability.md), so a web page with a 5xx is a
server error, never "not a Label Studio server".
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Any

from annotate.errors import LabelStudioError, UsageError

from .tasks import ExistingTask, RemoteTask, existing_from, task_key

__all__ = ["Client", "is_personal_access_token"]

log = logging.getLogger("annotate.ls.client")

_PAGE = 1000


def _id_filter(task_id: int) -> str:
    """``query`` for ``GET /api/tasks``: the tasks with an id above ``task_id`` (Label Studio's data manager
    filter; an unknown operator would be read as equality, tests/annotate/test_ls_client.py pins this)."""
    return json.dumps({"filters": {"conjunction": "and", "items": [
        {"filter": "filter:tasks:id", "operator": "greater", "type": "Number", "value": task_id}]}})
IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE"})  # requests sent again after a server error
RETRY_DELAYS = (0.5, 1.0, 2.0, 4.0)  # seconds before each retry (Label Studio's SQLite waits 5 s for a lock)


def is_personal_access_token(token: str) -> bool:
    """Personal access tokens are JWTs (three dot-separated base64url parts); legacy ones are hex."""
    parts = token.split(".")
    return len(parts) == 3 and all(parts) and token.startswith("eyJ")


def _is_page(response: Any) -> bool:
    """The answer is a web page (HTML), not the API's JSON."""
    return "json" not in response.headers.get("content-type", "") and response.text.lstrip()[:1] == "<"


def _page_title(response: Any) -> str:
    found = re.search(r"<title[^>]*>(.*?)</title>", response.text, re.IGNORECASE | re.DOTALL)
    return " ".join(found.group(1).split())[:120] if found else ""


def _detail(response: Any) -> str:
    """The server's reason, short: DRF validation errors first, else ``detail``; a web page's title."""
    if _is_page(response):
        title = _page_title(response)
        return f"an error page titled {title!r}" if title else "an error page"
    try:
        body = response.json()
    except ValueError:
        text = response.text.strip()
        return text.splitlines()[0][:200] if text else response.reason_phrase
    if isinstance(body, dict):
        for key in ("validation_errors", "detail", "message", "error"):
            value = body.get(key)
            if value:
                return (value if isinstance(value, str) else json.dumps(value, ensure_ascii=False))[:300]
    return json.dumps(body, ensure_ascii=False)[:300]


class Client:
    """One Label Studio server: ``Client(url, token)``; ``transport`` lets tests fake the server;
    ``retry_delays``: the waits before each retry after a server error (``()``: no retries)."""

    def __init__(self, url: str, token: str, *, timeout: float = 300.0, transport: Any = None,
                 retry_delays: Sequence[float] = RETRY_DELAYS) -> None:
        import httpx

        if not url.startswith(("http://", "https://")):
            raise UsageError(f"not a server URL: {url!r}", hint="e.g. --url http://127.0.0.1:8080")
        if not token:
            raise LabelStudioError("no API token given",
                                   hint="pass --token or set LABEL_STUDIO_API_KEY (Account & Settings in Label Studio)")
        self.url = url.rstrip("/")
        self._token = token
        self._jwt = is_personal_access_token(token)
        self._access: str | None = None
        self.retry_delays = tuple(retry_delays)
        self._answered = False  # the server has answered as Label Studio's API (JSON) at least once
        self._http = httpx.Client(base_url=self.url, timeout=timeout, transport=transport,
                                  headers={"Accept": "application/json"})

    # -- plumbing ---------------------------------------------------------------------------
    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _refused(self, response: Any) -> LabelStudioError:
        kind = "personal access token" if self._jwt else "token"
        return LabelStudioError(
            f"Label Studio at {self.url} refused the {kind} (HTTP {response.status_code}: {_detail(response)})",
            hint="use the token from Account & Settings as --token or LABEL_STUDIO_API_KEY",
        )

    def _send(self, method: str, path: str, **kwargs: Any) -> Any:
        import httpx

        try:
            return self._http.request(method, path, **kwargs)
        except (httpx.ConnectError, httpx.ConnectTimeout):
            raise LabelStudioError(
                f"cannot reach Label Studio at {self.url}",
                hint="is it running? start one with `python -m annotate ls serve`, or pass --url / set LABEL_STUDIO_URL",
            ) from None
        except httpx.TimeoutException:
            raise LabelStudioError(f"Label Studio at {self.url} did not answer {method} {path} in time") from None
        except httpx.HTTPError as err:
            raise LabelStudioError(f"{method} {path} failed: {err}") from None

    def _refresh(self) -> None:
        response = self._send("POST", "/api/token/refresh", json={"refresh": self._token})
        if response.status_code in (400, 401, 403):
            raise self._refused(response)
        if response.status_code != 200 or "access" not in response.json():
            raise LabelStudioError(f"could not exchange the personal access token (HTTP {response.status_code})")
        self._access = response.json()["access"]

    def _auth(self) -> dict[str, str]:
        if not self._jwt:
            return {"Authorization": f"Token {self._token}"}
        if self._access is None:
            self._refresh()
        return {"Authorization": f"Bearer {self._access}"}

    def request(self, method: str, path: str, *, ok: tuple[int, ...] = (200, 201, 204), **kwargs: Any) -> Any:
        """Send with auth; 401/403, server errors and unexpected codes become one-line errors. A request
        that is safe to repeat is retried after a server error (see the module docstring). Returns the response."""
        response = self._send(method, path, headers=self._auth(), **kwargs)
        if response.status_code == 401 and self._jwt:  # the access token may have expired
            self._access = None
            response = self._send(method, path, headers=self._auth(), **kwargs)
        tries = 1
        # e.g. Label Studio's task listing can fail (KeyError) while another client deletes a task
        for delay in self.retry_delays if method in IDEMPOTENT else ():
            if response.status_code < 500:
                break
            log.warning("Label Studio at %s answered HTTP %d to %s %s; trying again in %.1f s (retry %d of %d)",
                        self.url, response.status_code, method, path, delay, tries, len(self.retry_delays))
            time.sleep(delay)
            response = self._send(method, path, headers=self._auth(), **kwargs)
            tries += 1
        if response.status_code in ok:
            self._answered = self._answered or "json" in response.headers.get("content-type", "")
            return response
        if response.status_code in (401, 403):
            raise self._refused(response)
        if response.status_code >= 500:
            raise self._server_error(response, method, path, tries)
        if _is_page(response) and not self._answered:
            raise LabelStudioError(f"{self.url} is not a Label Studio server, or not its API root "
                                   f"({method} {path} answered HTTP {response.status_code} with a web page)",
                                   hint="check --url / LABEL_STUDIO_URL (e.g. http://127.0.0.1:8080)")
        err = LabelStudioError(f"{method} {path} failed: HTTP {response.status_code}: {_detail(response)}")
        err.status = response.status_code
        raise err

    def _server_error(self, response: Any, method: str, path: str, tries: int) -> LabelStudioError:
        """A 5xx as what it is: the server failed this request (a server that has answered as Label Studio,
        or whose error page says so, is named as Label Studio; another may be a proxy in front of it)."""
        status = response.status_code
        ours = self._answered or "label studio" in _page_title(response).lower()
        who = f"Label Studio at {self.url}" if ours else f"the server at {self.url}"
        times = f" (tried {tries} times)" if tries > 1 else ""
        err = LabelStudioError(
            f"{who} failed on {method} {path}: HTTP {status}, {_detail(response)}{times}",
            hint="a server error, not a problem with your input: see the server's log (on SQLite, concurrent "
                 "writes can fail with 'database is locked'), then run the command again"
                 + ("" if ours else "; check --url / LABEL_STUDIO_URL if this is not Label Studio"))
        err.status = status
        return err

    def json(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self.request(method, path, **kwargs)
        try:
            return response.json()
        except ValueError:
            raise LabelStudioError(f"{self.url} answered {method} {path} with something that is not JSON "
                                   f"(HTTP {response.status_code}): is it Label Studio's API root?",
                                   hint="check --url / LABEL_STUDIO_URL (e.g. http://127.0.0.1:8080)") from None

    # -- users and projects -----------------------------------------------------------------
    def whoami(self) -> dict[str, Any]:
        return self.json("GET", "/api/current-user/whoami")

    def project(self, ref: str | int) -> dict[str, Any] | None:
        """The project with this id (digits) or exact title; ``None`` when there is none."""
        ref = str(ref)
        if ref.isdigit():
            response = self.request("GET", f"/api/projects/{ref}", ok=(200, 404))
            return response.json() if response.status_code == 200 else None
        matches = self.projects_titled(ref)
        if len(matches) > 1:
            ids = ", ".join(str(p["id"]) for p in matches)
            raise LabelStudioError(f"several projects are titled {ref!r} (ids {ids})", hint="pass --project ID")
        return matches[0] if matches else None

    def _projects(self, title: str) -> Iterator[dict[str, Any]]:
        for page in range(1, 10_000):
            response = self.request("GET", "/api/projects", params={"title": title, "page": page, "page_size": 100},
                                    ok=(200, 404))
            if response.status_code == 404:
                return
            body = response.json()
            results = body.get("results", body) if isinstance(body, dict) else body
            yield from results
            if not isinstance(body, dict) or not body.get("next"):
                return

    def create_project(self, title: str, label_config: str, description: str = "") -> dict[str, Any]:
        return self.json("POST", "/api/projects",
                         json={"title": title, "label_config": label_config, "description": description})

    def set_label_config(self, project_id: int, label_config: str) -> dict[str, Any]:
        return self.json("PATCH", f"/api/projects/{project_id}", json={"label_config": label_config})

    # -- tasks and predictions --------------------------------------------------------------
    def task_index(self, project_id: int) -> list[RemoteTask]:
        """Every task of the project (duplicates included), in id order: its ``data.id`` key and the model
        versions it has predictions of (annotations are not listed: :meth:`annotation_count` asks per task)."""
        return sorted(self.iter_task_index(project_id), key=lambda t: t.task_id)

    def iter_task_index(self, project_id: int) -> Iterator[RemoteTask]:
        """:meth:`task_index` as a stream, page by page (``ls push`` keeps it on disk, not in memory).

        One paged listing gives ids and each task's model versions (comma-joined by the server); only
        when a version name itself holds a comma do we read every prediction to split them exactly
        (that one request holds the project's predictions: push never makes such names itself).
        """
        known = self.json("GET", f"/api/projects/{project_id}/model-versions")
        joined = not any("," in str(v) for v in known)
        params: dict[str, Any] = {"project": project_id, "page_size": _PAGE, "include": "id,data"}
        if joined:
            params.update(fields="all", include="id,data,predictions_model_versions")
            yield from self._task_pages(params)
            return
        tasks = list(self._task_pages(params))
        by_task: dict[int, set[str]] = {}
        if tasks:
            for prediction in self.predictions(project_id):
                by_task.setdefault(prediction["task"], set()).add(prediction.get("model_version") or "")
        for task in tasks:
            yield replace(task, model_versions=frozenset(by_task.get(task.task_id, ())))

    def _task_pages(self, params: dict[str, Any]) -> Iterator[RemoteTask]:
        """The tasks in id order, a page at a time, each page the first of those newer than the last task read
        (:func:`_id_filter`), not the next by offset: a task deleted meanwhile (another push removing its
        surplus) moved every later one up a place, and one was skipped."""
        last = None
        while True:
            extra = {} if last is None else {"query": _id_filter(last)}
            body = self.json("GET", "/api/tasks", params={**params, **extra, "page": 1})
            tasks = body.get("tasks", [])
            for task in tasks:
                if last is not None and task["id"] <= last:
                    raise LabelStudioError(f"Label Studio at {self.url} ignored the task id filter of a listing "
                                           f"(task {task['id']} after {last})",
                                           hint="this Label Studio version is not supported: use the one "
                                                "`ls serve` installs")
                last = task["id"]
                data_id = (task.get("data") or {}).get("id")
                versions = str(task.get("predictions_model_versions") or "")
                yield RemoteTask(task["id"], None if data_id is None else task_key(data_id),
                                 frozenset(v for v in versions.split(",") if v), int(task.get("total_annotations") or 0))
            if not tasks or int(body.get("total", 0)) <= len(tasks):
                return

    def project_counts(self, project_id: int) -> tuple[int, int] | None:
        """``(tasks, predictions)`` the project holds now (two COUNT queries on the server), or ``None`` when
        the server does not say."""
        body = self.json("GET", f"/api/projects/{project_id}")
        counts = body.get("task_number"), body.get("total_predictions_number")
        return None if None in counts else (int(counts[0]), int(counts[1]))

    def tasks_after(self, project_id: int, task_id: int) -> int | None:
        """How many of the project's tasks have an id above ``task_id`` (one filtered COUNT on the server; ids
        only grow), or ``None`` when the server does not say."""
        body = self.json("GET", "/api/tasks", params={"project": project_id, "page_size": 1, "include": "id",
                                                       "query": _id_filter(task_id)})
        total = body.get("total") if isinstance(body, dict) else None
        return None if total is None else int(total)

    def has_tasks(self, project_id: int) -> bool:
        body = self.json("GET", "/api/tasks", params={"project": project_id, "page_size": 1, "include": "id"})
        return bool(body.get("total", 0) or body.get("tasks"))

    def existing_tasks(self, project_id: int) -> dict[str, ExistingTask]:
        """``data.id`` -> the project's task with that id; the oldest (lowest id) wins among duplicates."""
        return existing_from(self.task_index(project_id))

    def predictions(self, project_id: int, *, task_id: int | None = None) -> list[dict[str, Any]]:
        params = {"task": task_id} if task_id is not None else {"project": project_id}
        body = self.json("GET", "/api/predictions", params=params)
        return list(body.get("results", []) if isinstance(body, dict) else body)

    def annotation_count(self, task_id: int) -> int:
        """Annotations of one task, read from the task itself (the listing's ``total_annotations``
        counter can lag behind a fresh annotation, and a duplicate is deleted on this answer)."""
        body = self.json("GET", f"/api/tasks/{task_id}/annotations")
        return len(body.get("results", []) if isinstance(body, dict) else body)

    def delete_task(self, task_id: int) -> None:
        self.request("DELETE", f"/api/tasks/{task_id}", ok=(200, 204, 404))

    def delete_prediction(self, prediction_id: int) -> None:
        self.request("DELETE", f"/api/predictions/{prediction_id}", ok=(200, 204, 404))

    def delete_project(self, project_id: int) -> None:
        self.request("DELETE", f"/api/projects/{project_id}", ok=(200, 204, 404))

    def projects_titled(self, title: str) -> list[dict[str, Any]]:
        """Every project with exactly this title, oldest first."""
        return sorted((p for p in self._projects(title) if p.get("title") == title), key=lambda p: p["id"])

    def import_tasks(self, project_id: int, tasks: list[dict[str, Any]]) -> list[int]:
        body = self.json("POST", f"/api/projects/{project_id}/import", params={"return_task_ids": "true"},
                         json=tasks)
        return list(body.get("task_ids", []))

    def import_predictions(self, project_id: int, predictions: list[dict[str, Any]]) -> int:
        body = self.json("POST", f"/api/projects/{project_id}/import/predictions", json=predictions)
        return int(body.get("created", len(predictions)))

    def create_annotation(self, task_id: int, result: list[dict[str, Any]], **fields: Any) -> dict[str, Any]:
        return self.json("POST", f"/api/tasks/{task_id}/annotations", json={"result": result, **fields})

    # -- ML backends ------------------------------------------------------------------------
    def ml_backends(self, project_id: int) -> list[dict[str, Any]]:
        return list(self.json("GET", "/api/ml", params={"project": project_id}))

    def add_ml_backend(self, project_id: int, url: str, *, title: str,
                       basic_auth: tuple[str, str] | None = None) -> dict[str, Any]:
        """Register an ML backend (Label Studio checks /health and /setup before answering)."""
        body: dict[str, Any] = {"project": project_id, "url": url, "title": title, "is_interactive": False,
                                "auth_method": "BASIC_AUTH" if basic_auth else "NONE"}
        if basic_auth:
            body.update(basic_auth_user=basic_auth[0], basic_auth_pass=basic_auth[1])
        return self.json("POST", "/api/ml", json=body)

    def ml_backend(self, backend_id: int) -> dict[str, Any]:
        return self.json("GET", f"/api/ml/{backend_id}")

    def move_ml_backend(self, backend_id: int, project_id: int, url: str, *,
                        basic_auth: tuple[str, str] | None = None) -> dict[str, Any]:
        """Point a registered ML backend at a new URL (Label Studio checks it again before answering; 1.23's
        check needs the project in the body, or it fails with HTTP 500)."""
        body: dict[str, Any] = {"project": project_id, "url": url, "auth_method": "BASIC_AUTH" if basic_auth else "NONE"}
        if basic_auth:
            body.update(basic_auth_user=basic_auth[0], basic_auth_pass=basic_auth[1])
        return self.json("PATCH", f"/api/ml/{backend_id}", json=body)

    def retrieve_predictions(self, project_id: int, task_ids: list[int] | None = None) -> dict[str, Any]:
        """The data manager's "Retrieve predictions" action (all tasks, or the given ones)."""
        selected = {"all": True} if task_ids is None else {"all": False, "included": list(task_ids)}
        return self.json("POST", "/api/dm/actions", params={"id": "retrieve_tasks_predictions",
                                                             "project": project_id},
                         json={"selectedItems": selected})

    # -- export -----------------------------------------------------------------------------
    def export(self, project_id: int, *, export_type: str = "JSON", annotated_only: bool = False,
               timeout: float = 600.0) -> bytes:
        """A snapshot export with predictions, drafts and annotators expanded (the quick
        ``/export`` endpoint lists predictions only by id). The snapshot is deleted afterwards."""
        options = {"only_id": False}
        payload: dict[str, Any] = {
            "title": "zh-annotate ls pull",
            "serialization_options": {"predictions": options, "drafts": options,
                                      "annotations__completed_by": options},
        }
        if annotated_only:
            payload["task_filter_options"] = {"annotated": "only"}
        snap = self.json("POST", f"/api/projects/{project_id}/exports", json=payload)
        base = f"/api/projects/{project_id}/exports/{snap['id']}"
        try:
            if snap.get("status") != "completed":  # without a job queue it is done at once
                self._wait(base, None, timeout)
            if export_type != "JSON":
                self.json("POST", f"{base}/convert", json={"export_type": export_type})
                self._wait(base, export_type, timeout)
            return self.request("GET", f"{base}/download", params={"exportType": export_type}).content
        finally:
            self.request("DELETE", base, ok=(200, 204, 404))

    def _wait(self, base: str, export_type: str | None, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while True:
            snap = self.json("GET", base)
            status = snap.get("status")
            if export_type is not None:
                status = next((c.get("status") for c in snap.get("converted_formats", [])
                               if c.get("export_type") == export_type), "queued")
            if status == "completed":
                return
            if status == "failed":
                raise LabelStudioError(f"the server failed to export ({export_type or 'JSON'})",
                                       hint="see the Label Studio server log")
            if time.monotonic() > deadline:
                raise LabelStudioError(f"the export did not finish in {timeout:.0f} s")
            time.sleep(0.5)
