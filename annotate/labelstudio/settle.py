"""Making ``ls push`` safe when several run at once, on one machine or many (I/O layer).

Label Studio has no lock a client can take, so a push *converges* instead: every push follows one
rule that needs no coordination — **for each ``data.id`` the oldest task (lowest id) is the task;
for each task and model version the oldest prediction is the prediction** — and removes only what
that rule says is surplus:

1. A push creates the project by title, then lists the projects with that title; if an older one
   exists, it deletes the (still empty) project it just made and uses the older one.
2. It imports the tasks the project lacked, then lists the project again. A task it created that
   is not the oldest with its ``data.id`` is deleted (never one with annotations, never one that
   another push or a person created); the oldest gets every prediction of the file it lacks.
3. Predictions it added to existing tasks are checked the same way: a newer duplicate of a
   (task, model version) is deleted.
4. Steps 2-3 repeat until a round changes nothing, so a push that ran beside another ends with each
   ``data.id`` once and with every prediction of its file.

The minimum is never deleted, so no rule step can lose the last copy of anything; what a crashed
push leaves behind is found by the next push and reported (``--dedupe`` removes it: the oldest
task with annotations, else the oldest, is kept; duplicates holding annotations are never deleted).
Tested against a real server with two and four concurrent pushes (tests/annotate/test_ls_concurrency.py).

What settling needs — each input task's expected model versions (and the task itself only when its
predictions must be sent again), the listing's ``data.id`` -> oldest task, and which tasks this push
created — is kept in the push's on-disk :class:`~.store.PushStore`, so memory does not grow with the
number of tasks.
"""

from __future__ import annotations

from collections.abc import Container, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from annotate.errors import LabelStudioError

from .client import Client
from .store import PushStore
from .tasks import RemoteTask, duplicates, missing_predictions

__all__ = ["titled", "claim_project", "Settled", "settle", "dedupe", "duplicate_predictions"]

ROUNDS = 5
RACE_WINDOW_S = 60.0  # projects with one title created this close together are one push race


def _created(project: dict[str, Any]) -> float:
    from datetime import datetime

    try:
        return datetime.fromisoformat(str(project.get("created_at", "")).replace("Z", "+00:00")).timestamp()
    except ValueError:
        return 0.0


def titled(client: Client, title: str) -> dict[str, Any] | None:
    """The project titled ``title`` that concurrent pushes agree on: the oldest. Newer ones made in
    the same minute and still empty are leftovers of a race (or of the server retrying a create when
    its database was locked) and are deleted; any other second project with that title is an error."""
    same = client.projects_titled(title)
    if not same:
        return None
    winner, *rest = same
    for other in rest:
        if abs(_created(other) - _created(winner)) > RACE_WINDOW_S:
            ids = ", ".join(str(p["id"]) for p in same)
            raise LabelStudioError(f"several projects are titled {title!r} (ids {ids})", hint="pass --project ID")
        try:
            if not client.has_tasks(other["id"]):
                client.delete_project(other["id"])
        except LabelStudioError as err:
            if err.status != 404:
                raise
            # another push removed this leftover between our listing and our look: it is gone, as wanted
        # a newer one with tasks: a push that lost the race moves them over itself (see sync.push)
    return winner


def claim_project(client: Client, created: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """After creating ``created``: the project every concurrent push agrees on (see :func:`titled`)
    and whether it is the one we created."""
    winner = titled(client, created["title"]) or created
    return winner, winner["id"] == created["id"]


@dataclass
class Settled:
    removed_ids: list[int] = field(default_factory=list)  # tasks this push created, then found to be newer duplicates
    removed_inline: int = 0  # predictions this push had sent with those tasks
    predictions_added: int = 0  # predictions added to the surviving task in their place
    predictions_removed: int = 0  # newer duplicates of a (task, model version)
    duplicates_left: dict[str, list[int]] = field(default_factory=dict)  # data.id -> task ids still there
    missing: list[str] = field(default_factory=list)  # data.ids the project still lacks (should be none)


def duplicate_predictions(client: Client, project_id: int, task_ids: Container[int]) -> int:
    """Delete every newer prediction of a (task, model version) that already has one, among ``task_ids``."""
    seen: dict[tuple[int, str], int] = {}
    removed = 0
    for prediction in sorted(client.predictions(project_id), key=lambda p: p["id"]):
        if prediction.get("task") not in task_ids:
            continue
        key = (prediction["task"], prediction.get("model_version") or "")
        if key in seen:
            client.delete_prediction(prediction["id"])
            removed += 1
        else:
            seen[key] = prediction["id"]
    return removed


def settle(client: Client, project_id: int, store: PushStore, *, batch_size: int = 1000) -> Settled:
    """Converge the project after this push's imports. ``store`` holds the input tasks, the tasks this push
    created (``mine``) and the existing tasks it added predictions to (``touched``)."""
    report = Settled()
    # Always with model versions: when its database is locked, Label Studio re-runs an import request
    # whose first try may have stored a task without its predictions, so "one task per data.id" alone
    # does not show that every task has what was sent.
    for _ in range(ROUNDS):
        store.load_remote(client.iter_task_index(project_id))
        changed = False
        for extra in store.surplus_mine():
            if client.annotation_count(extra) == 0:
                client.delete_task(extra)
                report.removed_inline += store.forget_mine(extra)
                report.removed_ids.append(extra)
                changed = True
        for page in store.lacking(batch_size):
            to_add = [item for task, keeper in page
                      for item in missing_predictions(task, keeper.model_versions, keeper.task_id)]
            client.import_predictions(project_id, to_add)
            store.touch(keeper.task_id for _, keeper in page)
            report.predictions_added += len(to_add)
            changed = True
        check = store.take_touched()
        if check is not None:
            removed = duplicate_predictions(client, project_id, check)
            report.predictions_removed += removed
            changed = changed or removed > 0
        if not changed:
            break
    else:
        store.load_remote(client.iter_task_index(project_id))
    report.duplicates_left = {k: [t.task_id for t in g] for k, g in store.duplicates().items()}
    report.missing = store.missing()
    return report


@dataclass
class Deduped:
    tasks_removed: int = 0
    predictions_moved: int = 0
    kept_annotated: dict[str, list[int]] = field(default_factory=dict)  # duplicates that hold annotations


def dedupe(client: Client, project_id: int, groups: Mapping[str, list[RemoteTask]] | None = None) -> Deduped:
    """Remove duplicate tasks (same ``data.id``): keep the oldest with annotations, else the oldest;
    copy to it the model versions only a duplicate had; never delete a duplicate with annotations.
    ``groups``: the project's duplicates (oldest first) when the caller has listed them already."""
    report = Deduped()
    if groups is None:
        groups = duplicates(client.task_index(project_id))
    for key, group in groups.items():
        group = [replace(t, annotations=client.annotation_count(t.task_id)) for t in group]
        annotated = [t for t in group if t.annotations]
        keeper = annotated[0] if annotated else group[0]
        have = set(keeper.model_versions)
        for extra in group:
            if extra is keeper:
                continue
            if extra.annotations:
                report.kept_annotated.setdefault(key, [keeper.task_id]).append(extra.task_id)
                continue
            if extra.model_versions - have:
                moved = [{"task": keeper.task_id, "model_version": p.get("model_version"), "result": p["result"],
                          **({"score": p["score"]} if p.get("score") is not None else {})}
                         for p in client.predictions(project_id, task_id=extra.task_id)
                         if p.get("model_version") not in have]
                if moved:
                    client.import_predictions(project_id, moved)
                    report.predictions_moved += len(moved)
                    have |= {p["model_version"] for p in moved}
            client.delete_task(extra.task_id)
            report.tasks_removed += 1
    return report
