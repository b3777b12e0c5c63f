"""``ls push`` and ``ls pull``: move tasks to a server and exports back (library functions)."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotate.errors import InputError, LabelStudioError, UsageError
from annotate.io import atomic_write, read_json, read_text

from .client import Client
from .config import label_config
from .tasks import check_against_config, check_tasks, plan_push

__all__ = ["PushResult", "PullResult", "push", "pull", "connect", "DEFAULT_URL", "BATCH"]

DEFAULT_URL = "http://localhost:8080"
BATCH = 1000  # tasks per import request; see docs/benchmarks.md ("Label Studio push")
EXPORT_TYPES = ("JSON", "JSON_MIN")


@dataclass(frozen=True)
class PushResult:
    project_id: int
    project_title: str
    project_created: bool
    config_updated: bool
    tasks_in_file: int
    tasks_created: int
    tasks_unchanged: int
    predictions_added: int
    url: str


@dataclass(frozen=True)
class PullResult:
    project_id: int
    project_title: str
    export_type: str
    tasks: int
    annotations: int
    predictions: int
    out: str


def connect(url: str | None = None, token: str | None = None, **kwargs: Any) -> Client:
    """A client from explicit values or ``LABEL_STUDIO_URL`` / ``LABEL_STUDIO_API_KEY``."""
    url = url or os.environ.get("LABEL_STUDIO_URL") or DEFAULT_URL
    token = token or os.environ.get("LABEL_STUDIO_API_KEY") or ""
    if not token:
        raise UsageError("no Label Studio token", hint="pass --token or set LABEL_STUDIO_API_KEY")
    return Client(url, token, **kwargs)


def _find_project(client: Client, project: str) -> dict[str, Any] | None:
    found = client.project(project)
    if found is None and str(project).isdigit():
        raise LabelStudioError(f"project {project!r} not found on {client.url}",
                               hint="check --project (an id, or the exact title; push creates it by title)")
    return found


def _resolve_project(client: Client, project: str) -> dict[str, Any]:
    found = _find_project(client, project)
    if found is None:
        raise LabelStudioError(f"project {project!r} not found on {client.url}",
                               hint="check --project (an id, or the exact title)")
    return found


def _project_for_push(client: Client, project: str, wanted: str | None, tasks: list[dict[str, Any]],
                      path: str) -> tuple[dict[str, Any], bool, bool]:
    """The project to push into (created or its config updated as asked) -> (project, created, updated).

    Predictions are checked against the config first, so a bad file leaves the server as it was."""
    proj = _find_project(client, project)
    if proj is None:
        config = wanted or label_config("ner+qa")
        check_against_config(tasks, config, path=path)
        if not 3 <= len(project) <= 50:
            raise UsageError(f"project title {project!r} must be 3 to 50 characters long (a Label Studio rule)")
        return client.create_project(str(project), config), True, False
    check_against_config(tasks, wanted or proj.get("label_config", ""), path=path)
    if wanted and proj.get("label_config", "").strip() != wanted.strip():
        return client.set_label_config(proj["id"], wanted), False, True
    return proj, False, False


def push(path: str | os.PathLike[str], *, project: str, url: str | None = None, token: str | None = None,
         task: str | None = None, config_path: str | None = None, batch_size: int = BATCH,
         client: Client | None = None, progress: Callable[[int], None] | None = None) -> PushResult:
    """Create or update ``project`` and send the tasks and predictions it lacks.

    ``task`` (ner | qa | ner+qa) or ``config_path`` choose the labeling config; a new project gets
    ``ner+qa`` by default, an existing one keeps its config unless one is given explicitly.
    """
    if task and config_path:
        raise UsageError("give --task or --config, not both")
    tasks = check_tasks(read_json(path), path=str(path))
    wanted = read_text(config_path) if config_path else label_config(task) if task else None
    own = client is None
    client = client or connect(url, token)
    try:
        client.whoami()  # fail on a down server or a bad token before anything else
        proj, created, updated = _project_for_push(client, project, wanted, tasks, str(path))
        plan = plan_push(tasks, client.existing_tasks(proj["id"]) if not created else {})
        for start in range(0, len(plan.new_tasks), batch_size):
            chunk = plan.new_tasks[start:start + batch_size]
            client.import_tasks(proj["id"], chunk)
            if progress:
                progress(len(chunk))
        added = 0
        for start in range(0, len(plan.new_predictions), batch_size):
            added += client.import_predictions(proj["id"], plan.new_predictions[start:start + batch_size])
        return PushResult(proj["id"], proj.get("title", str(project)), created, updated, len(tasks),
                          len(plan.new_tasks), plan.unchanged, added, client.url)
    finally:
        if own:
            client.close()


def _count(export: Sequence[Any], export_type: str) -> tuple[int, int]:
    if export_type != "JSON":  # JSON_MIN: one row per annotation (or per task that has none)
        return sum(1 for row in export if row.get("annotation_id") is not None), 0
    annotations = sum(len(t.get("annotations", [])) for t in export)
    predictions = sum(len(t.get("predictions", [])) for t in export)
    return annotations, predictions


def pull(*, project: str, out: str | os.PathLike[str], url: str | None = None, token: str | None = None,
         export_type: str = "JSON", annotated_only: bool = False, client: Client | None = None) -> PullResult:
    """Export ``project`` (all tasks, annotations with annotators, full predictions) to ``out``."""
    if export_type not in EXPORT_TYPES:
        raise UsageError(f"unknown export type {export_type!r}", hint=f"choose {' or '.join(EXPORT_TYPES)}")
    own = client is None
    client = client or connect(url, token)
    try:
        proj = _resolve_project(client, project)
        raw = client.export(proj["id"], export_type=export_type, annotated_only=annotated_only)
    finally:
        if own:
            client.close()
    try:
        export = json.loads(raw)
    except ValueError:
        raise LabelStudioError("the server sent an export that is not JSON") from None
    if not isinstance(export, list):
        raise InputError("the server sent an export that is not a list of tasks")
    with atomic_write(out) as handle:
        json.dump(export, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    annotations, predictions = _count(export, export_type)
    return PullResult(proj["id"], proj.get("title", ""), export_type, len(export), annotations, predictions,
                      str(out))
