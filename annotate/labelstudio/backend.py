"""A Label Studio ML backend: live pre-annotations and retraining on submit (I/O layer).

Label Studio 1.23.2 calls an ML backend over HTTP (``label_studio/ml/api_connector.py``):

=====================  =====================================================================
``GET  /health``       liveness, answered in Label Studio's 1 s health timeout
``POST /setup``        ``{project, schema, hostname, access_token}`` -> ``{model_version}``, in its 3 s
                       timeout: models are loaded lazily (a warm-up thread starts at launch)
``POST /predict``      ``{tasks, label_config, project}`` -> ``{"results": [prediction per task, in order]}``
``POST /webhook``      annotation events (``ANNOTATION_CREATED`` / ``_UPDATED`` / ``ANNOTATIONS_DELETED``) and
                       ``START_TRAINING``; webhooks run synchronously in Label Studio with a 1 s timeout,
                       so this only queues work
``POST /train``        the legacy training call (feature flag off): the annotated tasks come in the body
=====================  =====================================================================

Predictions come from any pre-label backend spec (``rules+lac``, ``rules+tagger``, ``hf`` …) through
:mod:`annotate.labelstudio.predictions`, which reads ``from_name``/``to_name`` and the label values from
the project's own config. Training runs ``python -m annotate train`` in a child process on the project's
corrections (fetched with the API key from ``/setup`` or ``--ls-url``/``--ls-token``) plus any base
data, writes each model to its own versioned directory, then swaps it in under a lock: ``/predict``
never waits for training, and a failed training is logged while the previous model keeps serving.
Events that arrive during a training are coalesced into one more run.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from annotate.errors import ToolkitError
from annotate.labelstudio.predictions import LabelMapping, NerTarget, map_labels, ner_target, prediction

__all__ = ["BackendSettings", "ModelSlot", "Trainer", "BackendApp", "make_server", "serve", "train_command",
           "TRAIN_ACTIONS", "connect_project"]

log = logging.getLogger("annotate.ls.backend")

#: webhook actions that count as a correction
TRAIN_ACTIONS = ("ANNOTATION_CREATED", "ANNOTATION_UPDATED", "ANNOTATIONS_DELETED")
MAX_BODY = 64 * 1024 * 1024


@dataclass(frozen=True)
class BackendSettings:
    """What the backend serves and how it retrains (the ``ls backend`` flags)."""

    spec: str | None = None                 # pre-label backend spec; None = the toolkit default
    model: str | None = None                # --model for the spec (a directory or a hub id)
    trained_spec: str = "rules+tagger"      # what serves a model trained here
    model_dir: Path = Path("ls-backend-models")
    train_every: int = 10                   # annotation events per project that start a training
    base_data: tuple[str, ...] = ()         # training files added to the project's corrections
    base_model: str | None = None           # the tagger whose tags the new one learns on top of (`train --base`);
                                            # None: the shipped default tagger
    ls_url: str | None = None               # else the hostname Label Studio sends in /setup
    ls_token: str | None = None             # else the access token Label Studio sends in /setup
    basic_auth: tuple[str, str] | None = None
    train_timeout: float = 1800.0


def _version_tag(spec: str, model: str | None) -> str:
    return f"zh-annotate:{spec}" + (f":{Path(model).name if Path(model).exists() else model}" if model else "")


class ModelSlot:
    """The model being served: loaded lazily, swapped atomically after a training."""

    def __init__(self, spec: str, model: str | None, version: str,
                 loader: Callable[[str, str | None], Any] | None = None) -> None:
        self._lock = threading.Lock()
        self._load_lock = threading.Lock()
        self._loader = loader or _load_backend
        self.spec, self.model, self.version = spec, model, version
        self._runner: Any = None
        self.error: str | None = None

    def get(self) -> tuple[Any, str]:
        """(runner, model_version); loads on first use (other callers wait for the same load)."""
        with self._lock:
            runner, version, spec, model = self._runner, self.version, self.spec, self.model
        if runner is not None:
            return runner, version
        with self._load_lock:
            with self._lock:
                if self._runner is not None:
                    return self._runner, self.version
            runner = self._loader(spec, model)
            with self._lock:
                if self.version == version:
                    self._runner = runner
                return self._runner or runner, self.version

    def warm(self) -> None:
        try:
            self.get()
        except ToolkitError as err:
            self.error = str(err)
            log.error("model %s could not be loaded: %s", self.version, err)

    def swap(self, spec: str, model: str, version: str) -> None:
        """Load ``model`` first, then replace the served one; on failure the old one keeps serving."""
        runner = self._loader(spec, model)
        with self._lock:
            self.spec, self.model, self.version, self._runner = spec, model, version, runner


def _load_backend(spec: str, model: str | None) -> Any:
    from annotate.prelabel import get_backend

    return get_backend(spec, model=model)


def train_command(corrections: Path, base_data: Sequence[str], out: Path, base_model: str | None = None) -> list[str]:
    """The child process that trains a tagger: the toolkit's own ``train`` command, stacked on ``base_model``
    (default: the shipped tagger), so the corrections teach the project's conventions on top of what the
    shipped model knows and a training takes seconds, not minutes."""
    if base_model is None:
        from annotate.prelabel.tagger import DEFAULT_MODEL

        base_model = str(DEFAULT_MODEL)
    return [sys.executable, "-m", "annotate", "train", str(corrections), *base_data, "--base", base_model,
            "--out", str(out), "--quiet"]


@dataclass
class _Project:
    hostname: str | None = None
    token: str | None = None
    events: int = 0


@dataclass
class Trainer:
    """One background worker: coalesces training requests and never blocks prediction."""

    settings: BackendSettings
    slot: ModelSlot
    fetch: Callable[[int, _Project], bytes] | None = None
    runner: Callable[[list[str], float], subprocess.CompletedProcess] | None = None
    projects: dict[int, _Project] = field(default_factory=dict)
    history: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._cond = threading.Condition()
        self._pending: dict[int, bytes | None] = {}   # project -> inline export (legacy /train) or None
        self._busy = False
        self._thread = threading.Thread(target=self._loop, name="trainer", daemon=True)
        self._thread.start()

    def project(self, project_id: int) -> _Project:
        with self._cond:
            return self.projects.setdefault(project_id, _Project())

    def note_event(self, project_id: int) -> bool:
        """Count one annotation event; queue a training every ``train_every`` events. True if queued."""
        with self._cond:
            proj = self.projects.setdefault(project_id, _Project())
            proj.events += 1
            if proj.events < self.settings.train_every:
                return False
            proj.events = 0
        self.request(project_id)
        return True

    def request(self, project_id: int, export: bytes | None = None) -> None:
        with self._cond:
            if export is not None or project_id not in self._pending:
                self._pending[project_id] = export
            self._cond.notify()

    def running(self) -> bool:
        """A training is in progress now."""
        with self._cond:
            return self._busy

    def idle(self) -> bool:
        with self._cond:
            return not self._busy and not self._pending

    def wait_idle(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.idle():
                return True
            time.sleep(0.05)
        return self.idle()

    def _loop(self) -> None:
        while True:
            with self._cond:
                while not self._pending:
                    self._cond.wait()
                project_id, export = next(iter(self._pending.items()))
                del self._pending[project_id]
                self._busy = True
            try:
                self.history.append(self._train(project_id, export))
            except Exception as err:  # a failed training must never stop the server
                log.error("training for project %s failed: %s; still serving %s", project_id, err, self.slot.version)
                self.history.append({"project": project_id, "ok": False, "error": str(err)})
            finally:
                with self._cond:
                    self._busy = False

    def _train(self, project_id: int, export: bytes | None) -> dict[str, Any]:
        started = time.monotonic()
        if export is None:
            if self.fetch is None:
                raise ToolkitError("no way to fetch the project's annotations")
            export = self.fetch(project_id, self.project(project_id))
        tasks = json.loads(export)
        if not any(t.get("annotations") for t in tasks):
            log.info("project %s has no annotations yet: nothing to train on", project_id)
            return {"project": project_id, "ok": False, "error": "no annotations"}
        root = Path(self.settings.model_dir)
        root.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256(export).hexdigest()[:8]
        number = 1 + max((int(p.name[1:5]) for p in root.glob("v[0-9][0-9][0-9][0-9]-*")), default=0)
        out = root / f"v{number:04d}-{digest}"
        with tempfile.TemporaryDirectory(dir=root, prefix=".train-") as tmp:
            corrections = Path(tmp) / f"project-{project_id}.json"
            corrections.write_bytes(export)
            cmd = train_command(corrections, self.settings.base_data, out, self.settings.base_model)
            run = self.runner or _run
            proc = run(cmd, self.settings.train_timeout)
        if proc.returncode != 0:
            tail = (proc.stderr or proc.stdout or "").strip().splitlines()[-1:] or ["no output"]
            raise ToolkitError(f"`annotate train` exited {proc.returncode}: {tail[0]}")
        version = f"{_version_tag(self.settings.trained_spec, None)}:{out.name}"
        self.slot.swap(self.settings.trained_spec, str(out), version)
        took = time.monotonic() - started
        n = sum(1 for t in tasks if t.get("annotations"))
        log.info("trained on %d annotated tasks of project %s in %.1f s: now serving %s", n, project_id, took, version)
        return {"project": project_id, "ok": True, "model_version": version, "tasks": n, "seconds": round(took, 2)}


def _run(cmd: list[str], timeout: float) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)


def _fetch_export(settings: BackendSettings) -> Callable[[int, _Project], bytes]:
    def fetch(project_id: int, proj: _Project) -> bytes:
        from annotate.labelstudio.client import Client

        url = settings.ls_url or proj.hostname
        token = settings.ls_token or proj.token
        if not url or not token:
            raise ToolkitError(f"no Label Studio URL/API key for project {project_id}",
                               hint="connect the backend in Label Studio (it sends them in /setup) "
                                    "or start it with --ls-url and --ls-token")
        with Client(url, token) as client:
            return client.export(project_id, annotated_only=True)
    return fetch


class HTTPError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def _project_id(value: Any) -> int:
    """Label Studio sends ``"<id>.<created-at>"`` in /setup and /predict, a dict in webhooks."""
    if isinstance(value, dict):
        value = value.get("id")
    try:
        return int(str(value).split(".")[0])
    except (TypeError, ValueError):
        raise HTTPError(400, f"cannot read the project id from {value!r}") from None


class BackendApp:
    """The protocol, independent of the HTTP plumbing (tests call :meth:`handle` directly)."""

    def __init__(self, settings: BackendSettings, *, slot: ModelSlot | None = None,
                 trainer: Trainer | None = None) -> None:
        from annotate.prelabel import default_backend

        self.settings = settings
        spec = settings.spec or default_backend()
        self.slot = slot or ModelSlot(spec, settings.model, _version_tag(spec, settings.model))
        self.trainer = trainer or Trainer(settings, self.slot, fetch=_fetch_export(settings))
        self._keys_ok: set[tuple[str, str]] = set()
        self._said: set[str] = set()

    # -- protocol ---------------------------------------------------------------------------
    def handle(self, method: str, path: str, body: Any) -> tuple[int, dict[str, Any]]:
        route = {("GET", "/health"): self.health, ("GET", "/"): self.health,
                 ("POST", "/setup"): self.setup, ("POST", "/predict"): self.predict,
                 ("POST", "/webhook"): self.webhook, ("POST", "/train"): self.train,
                 ("GET", "/versions"): self.versions}.get((method, path.split("?")[0].rstrip("/") or "/"))
        if route is None:
            return 404, {"error": f"no such endpoint: {method} {path}"}
        try:
            return 200, route(body if isinstance(body, dict) else {})
        except HTTPError as err:
            log.warning("%s %s: %s", method, path, err)
            return err.status, {"error": str(err)}
        except ToolkitError as err:
            log.warning("%s %s: %s", method, path, err)
            return 422, {"error": str(err)}

    def health(self, body: dict[str, Any]) -> dict[str, Any]:
        return {"status": "UP", "model_class": "zh-annotate", "model_version": self.slot.version,
                "training": not self.trainer.idle()}

    def versions(self, body: dict[str, Any]) -> dict[str, Any]:
        return {"versions": [self.slot.version], "model_dir": str(self.settings.model_dir)}

    def setup(self, body: dict[str, Any]) -> dict[str, Any]:
        if "schema" in body and body["schema"]:
            ner_target(body["schema"])  # a config we cannot serve is refused at connection time
        if body.get("project") is not None:
            proj = self.trainer.project(_project_id(body["project"]))
            proj.hostname = body.get("hostname") or proj.hostname
            proj.token = body.get("access_token") or proj.token
            url, token = self.settings.ls_url or proj.hostname, self.settings.ls_token or proj.token
            if url and token:
                self._check_key(url, token)
        return {"model_version": self.slot.version}

    def _check_key(self, url: str, token: str) -> None:
        """A key the server refuses would make every training fail later: refuse the connection now, once
        per (server, key); a server we cannot reach from here is only logged (it may be a proxy's name)."""
        from annotate.errors import LabelStudioError
        from annotate.labelstudio.client import Client

        if (url, token) in self._keys_ok:
            return
        try:
            with Client(url, token, timeout=2.0) as client:
                client.whoami()
        except LabelStudioError as err:
            if err.status in (401, 403) or "refused" in err.message:
                log.warning("Label Studio at %s refused the API key: training could not fetch annotations", url)
                raise HTTPError(401, f"Label Studio at {url} refused the API key ({err.message}); "
                                     "start the backend with --token KEY, or check the project owner's token") from None
            log.warning("could not check the API key with Label Studio at %s: %s", url, err)
            return
        self._keys_ok.add((url, token))

    def predict(self, body: dict[str, Any]) -> dict[str, Any]:
        tasks = body.get("tasks")
        if not isinstance(tasks, list) or not all(isinstance(t, dict) for t in tasks):
            raise HTTPError(400, "the request needs 'tasks': a list of task objects")
        if not body.get("label_config"):
            raise HTTPError(400, "the request needs 'label_config' (the project's labeling config)")
        target = ner_target(body["label_config"])
        texts = []
        for task in tasks:
            value = (task.get("data") or {}).get(target.data_key)
            if not isinstance(value, str):
                raise HTTPError(400, f"task {task.get('id', '?')} has no text in data.{target.data_key}")
            texts.append(value)
        runner, version = self.slot.get()
        scored = getattr(runner, "predict_scored", None)
        if scored is not None:
            outputs = scored(texts)
        else:
            outputs = [(spans, None) for spans in runner.predict(texts)]
        results = []
        for text, (spans, seq_score) in zip(texts, outputs, strict=True):
            mapping = self._mapping(target, {s.label for s in spans})
            results.append(prediction(text, spans, target, mapping, version, sequence_score=seq_score))
        return {"results": results, "model_version": version}

    def _mapping(self, target: NerTarget, labels: set[str]) -> LabelMapping:
        mapping = map_labels(sorted(labels), target.labels)
        for label in mapping.dropped:
            if label not in self._said:
                self._said.add(label)
                log.warning("the project's config has no label for the model's %r: its spans are dropped "
                            "(add <Label value=%r/> to show them)", label, label)
        return mapping

    def webhook(self, body: dict[str, Any]) -> dict[str, Any]:
        action = body.get("action")
        if not isinstance(action, str):
            raise HTTPError(400, "a webhook needs an 'action'")
        if action == "START_TRAINING":
            self.trainer.request(_project_id(body.get("project")))
            return {"status": "queued", "action": action}
        if action in TRAIN_ACTIONS:
            queued = self.trainer.note_event(_project_id(body.get("project")))
            return {"status": "queued" if queued else "counted", "action": action}
        return {"status": "ignored", "action": action}

    def train(self, body: dict[str, Any]) -> dict[str, Any]:
        annotations = body.get("annotations")
        if not isinstance(annotations, list):
            raise HTTPError(400, "the legacy /train call needs 'annotations': the exported tasks")
        project_id = _project_id(body.get("project"))
        self.trainer.request(project_id, json.dumps(annotations, ensure_ascii=False).encode("utf-8"))
        return {"status": "queued", "job": f"train-{project_id}-{int(time.time())}"}


def _handler(app: BackendApp) -> type[BaseHTTPRequestHandler]:
    auth = app.settings.basic_auth
    expected = ("Basic " + base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode()) if auth else None

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "zh-annotate-ml-backend"

        def log_message(self, fmt: str, *args: Any) -> None:
            log.debug("%s " + fmt, self.address_string(), *args)

        def _reply(self, status: int, body: dict[str, Any]) -> None:
            data = json.dumps(body, ensure_ascii=False).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            if status == 401:
                self.send_header("WWW-Authenticate", 'Basic realm="zh-annotate"')
            self.end_headers()
            self.wfile.write(data)

        def _serve(self, method: str) -> None:
            if expected and self.headers.get("Authorization") != expected:
                log.warning("%s %s refused: missing or wrong basic auth", method, self.path)
                self._reply(401, {"error": "authentication required"})
                return
            body: Any = None
            if method == "POST":
                length = int(self.headers.get("Content-Length") or 0)
                if length > MAX_BODY:
                    self._reply(413, {"error": f"request body over {MAX_BODY} bytes"})
                    return
                raw = self.rfile.read(length) if length else b""
                try:
                    body = json.loads(raw or b"{}")
                except ValueError as err:
                    log.warning("%s %s: the body is not JSON (%s)", method, self.path, err)
                    self._reply(400, {"error": f"the request body is not JSON: {err}"})
                    return
            try:
                status, reply = app.handle(method, self.path, body)
            except Exception as err:  # one bad request must never take the backend down
                log.exception("%s %s failed", method, self.path)
                status, reply = HTTPStatus.INTERNAL_SERVER_ERROR, {"error": f"{type(err).__name__}: {err}"}
            self._reply(int(status), reply)

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            self._serve("GET")

        def do_POST(self) -> None:  # noqa: N802
            self._serve("POST")

    return Handler


def make_server(app: BackendApp, host: str = "127.0.0.1", port: int = 9090) -> ThreadingHTTPServer:
    """Bind (port 0 = a free one); the caller runs ``serve_forever``. Daemon threads per request."""
    server = ThreadingHTTPServer((host, port), _handler(app))
    server.daemon_threads = True
    return server


def serve(settings: BackendSettings, *, host: str = "127.0.0.1", port: int = 9090,
          ready: Callable[[str], None] | None = None) -> None:
    """Run until interrupted; the model starts loading in the background right away.

    ``ready(url)`` runs in a thread once the server accepts requests (registering the backend with
    a project makes Label Studio call /health and /setup at once); if it raises a toolkit error the
    server stops and the error is raised here.
    """
    app = BackendApp(settings)
    server = make_server(app, host, port)
    threading.Thread(target=app.slot.warm, name="warm-up", daemon=True).start()
    url = f"http://{host}:{server.server_address[1]}"
    failed: list[ToolkitError] = []

    def announce() -> None:
        try:
            if ready:
                ready(url)
        except ToolkitError as err:
            failed.append(err)
            server.shutdown()

    threading.Thread(target=announce, name="announce", daemon=True).start()
    try:
        server.serve_forever(poll_interval=0.2)
    finally:
        server.server_close()
    if failed:
        raise failed[0]


def connect_project(project: str, backend_url: str, *, url: str | None = None, token: str | None = None,
                    basic_auth: tuple[str, str] | None = None, title: str = "zh-annotate") -> dict[str, Any]:
    """Register ``backend_url`` as the ML backend of ``project``: reuse one registered at that URL, else move the
    one this toolkit registered before (same ``title``; a backend restarted on another port) to the new URL,
    else add one."""
    from annotate.labelstudio.sync import _find_project, connect

    with connect(url, token) as client:
        proj = _find_project(client, project)
        if proj is None:
            raise ToolkitError(f"project {project!r} not found on {client.url}",
                               hint="create it with `ls push` or in the UI, or pass its id")
        registered = client.ml_backends(proj["id"])
        same_url = [b for b in registered if b.get("url", "").rstrip("/") == backend_url.rstrip("/")]
        ours = [b for b in registered if b.get("title") == title]
        if same_url:
            backend = same_url[0]
        elif ours:
            backend = client.move_ml_backend(ours[0]["id"], proj["id"], backend_url, basic_auth=basic_auth)
        else:
            backend = client.add_ml_backend(proj["id"], backend_url, title=title, basic_auth=basic_auth)
        backend = client.ml_backend(backend["id"])
        if backend.get("state") not in ("CO", "TR"):
            raise ToolkitError(f"Label Studio could not use the backend at {backend_url}: "
                               f"{(backend.get('error_message') or backend.get('state') or '').strip()[:300]}",
                               hint="Label Studio refuses loopback URLs unless started by `ls serve` "
                                    "(USE_DEFAULT_BANNED_SUBNETS=false); check --public-url")
        return {"project": proj["id"], "id": backend["id"], "state": backend.get("state"), "url": backend_url}
