"""``ls push`` and ``ls pull``: move tasks to a server and exports back (library functions)."""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from annotate.errors import InputError, LabelStudioError, UsageError
from annotate.io import atomic_write, read_text

from .client import Client
from .config import label_config
from .settle import Settled, claim_project, settle, titled
from .settle import dedupe as dedupe_tasks
from .store import PushStore
from .taskfiles import read_tasks
from .tasks import ORDERS, TaskCheck, check_used_against_config, plan_push, task_key

__all__ = ["with_rerun_hint", "PushResult", "PullResult", "push", "pull", "connect", "DEFAULT_URL", "BATCH"]

log = logging.getLogger("annotate.ls.push")

DEFAULT_URL = "http://localhost:8080"
BATCH = 1000  # tasks per import request; see docs/benchmarks.md ("Label Studio push")
EXPORT_TYPES = ("JSON", "JSON_MIN")


@dataclass(frozen=True)
class PushResult:
    """What a push did. ``predictions_added`` counts every prediction it sent (those sent with new tasks
    included, less those on tasks it removed as duplicates of a concurrent push's); newer duplicate
    predictions it removed are in ``concurrent_fixes``. ``tasks_existing``: the tasks of the file the
    project already had."""

    project_id: int
    project_title: str
    project_created: bool
    config_updated: bool
    tasks_in_file: int
    tasks_created: int
    tasks_existing: int
    tasks_unchanged: int  # already there with every model version of the file: nothing sent
    predictions_added: int
    duplicates_found: int  # surplus tasks (same data.id) the project held before this push
    duplicates_removed: int  # of those, removed by --dedupe
    duplicates_left: int  # surplus tasks after the push (kept: annotated, or not removed without --dedupe)
    concurrent_fixes: int  # tasks/predictions another push raced us to, removed (see labelstudio/settle.py)
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


def _project_for_push(client: Client, project: str, wanted: str | None, used: dict[Any, Any],
                      path: str) -> tuple[dict[str, Any], bool, bool]:
    """The project to push into (created or its config updated as asked) -> (project, created, updated).

    Predictions are checked against the config first, so a bad file leaves the server as it was. A
    project created by title is checked for a concurrent push that created one too (oldest wins)."""
    proj = _find_project(client, project) if str(project).isdigit() else titled(client, str(project))
    if proj is None:
        config = wanted or label_config("ner+qa")
        check_used_against_config(used, config, path=path)
        if not 3 <= len(project) <= 50:
            raise UsageError(f"project title {project!r} must be 3 to 50 characters long (a Label Studio rule)")
        proj, created = claim_project(client, client.create_project(str(project), config))
        if created:
            return proj, True, False
    check_used_against_config(used, wanted or proj.get("label_config", ""), path=path)
    if wanted and proj.get("label_config", "").strip() != wanted.strip():
        return client.set_label_config(proj["id"], wanted), False, True
    return proj, False, False


def _read_checked(path: str | os.PathLike[str], store: PushStore, order: str) -> TaskCheck:
    """Every task of ``path`` (JSON, JSONL or a prelabel shard folder) checked, trimmed and put in ``store``
    (on disk) in sending order; an error names the file and line. Returns what the check learnt (the
    count, the controls and labels the predictions use)."""
    check = TaskCheck(seen=store.seen)
    for file, line, index, task in read_tasks(path):
        try:
            store.add(check.add(task, f"#{index}", path=file))
        except InputError as err:
            err.line = err.line if err.line is not None else line
            raise
    if not check.count:
        raise InputError("the tasks file is empty", path=str(path), hint="nothing to push")
    store.order(order)
    return check


def push(path: str | os.PathLike[str], *, project: str, url: str | None = None, token: str | None = None,
         task: str | None = None, config_path: str | None = None, batch_size: int = BATCH, dedupe: bool = False,
         client: Client | None = None, progress: Callable[[int], None] | None = None,
         order: str = "file") -> PushResult:
    """Create or update ``project`` and send the tasks and predictions it lacks.

    ``path`` is a tasks JSON array, a JSONL file or a ``prelabel`` shard folder, read once as a stream:
    every task is checked (so a bad file leaves the server as it was) and kept in a temporary on-disk
    index (:class:`~.store.PushStore`), with the project's listing; tasks are then sent in batches of
    ``batch_size``. Memory holds about two batches, not the corpus (docs/scale.md).
    ``task`` (ner | qa | ner+qa) or ``config_path`` choose the labeling config; a new project gets
    ``ner+qa`` by default, an existing one keeps its config unless one is given explicitly. Safe to
    run several at once (see :mod:`annotate.labelstudio.settle`); ``dedupe`` also removes duplicate
    tasks found in the project. ``order="uncertainty"`` sends the least certain tasks first, each with
    ``data.priority`` (its rank: 1 = look first).
    """
    if task and config_path:
        raise UsageError("give --task or --config, not both")
    if batch_size < 1:
        raise UsageError(f"--batch-size {batch_size} must be at least 1")
    if order not in ORDERS:
        raise UsageError(f"unknown order {order!r}", hint=f"choose {' or '.join(ORDERS)}")
    with PushStore() as store:
        check = _read_checked(path, store, order)
        wanted = read_text(config_path) if config_path else label_config(task) if task else None
        own = client is None
        client = client or connect(url, token)
        try:
            client.whoami()  # fail on a down server or a bad token before anything else
            return _push_attempts(client, project, wanted, store, check.used, str(path), batch_size, dedupe,
                                  progress)
        finally:
            if own:
                client.close()


def with_rerun_hint(err: LabelStudioError) -> LabelStudioError:
    """A push that failed part-way (server gone, timeout): re-running it is safe and completes it."""
    again = "then run the same push again: it sends only what is missing"
    if again not in (err.hint or ""):
        err.hint = f"{err.hint}; {again}" if err.hint else again
    return err


RETRIES = 4  # a push that lost a project-creation race moves its tasks to the winner and goes again
SERVER_RETRIES = 3  # a push step the server failed (5xx) is looked at again and repeated, at most this often


def _push_attempts(client: Client, project: str, wanted: str | None, store: PushStore, used: dict[Any, Any],
                   path: str, batch_size: int, dedupe: bool,
                   progress: Callable[[int], None] | None) -> PushResult:
    """:func:`_push_once` until it holds. Again from the start when the project moved (a creation race
    lost, or a project a concurrent push removed as surplus: 404), forgetting what the attempt created
    there; again after a server error (5xx, e.g. Label Studio's SQLite was locked) keeping what it
    created, since every step starts by reading the server: the project is looked up by title before
    one is created (one the failed request or a concurrent push made is found and used), and only the
    tasks and predictions still missing are sent. Bounded: ``RETRIES`` moves and ``SERVER_RETRIES``
    server errors (waiting ``client.retry_delays`` between), each one logged."""
    moves = failures = 0
    fresh = True
    delays = client.retry_delays[:SERVER_RETRIES]
    while True:
        try:
            result, moved = _push_once(client, project, wanted, store, used, path, batch_size, dedupe, progress,
                                       fresh=fresh)
        except LabelStudioError as err:
            status = err.status or 0
            if status == 404 and not str(project).isdigit() and moves < RETRIES - 1:
                moves, fresh = moves + 1, True  # a project or task that a concurrent push removed as surplus
                continue
            if status >= 500 and failures < len(delays):
                log.warning("push to %r: %s; looking again in %.1f s (retry %d of %d)", project, err.message,
                            delays[failures], failures + 1, len(delays))
                time.sleep(delays[failures])
                failures, fresh = failures + 1, False
                continue
            raise
        if not moved:
            return result
        moves, fresh = moves + 1, True
        if moves >= RETRIES:
            raise LabelStudioError(f"project {project!r} kept changing under concurrent pushes",
                                   hint="run the same push again: it sends only what is missing")


class _Sender:
    """Sends new tasks and new predictions in full batches, whatever the pages they come from."""

    def __init__(self, client: Client, project_id: int, store: PushStore, batch_size: int,
                 progress: Callable[[int], None] | None) -> None:
        self.client, self.project_id, self.store, self.size, self.progress = (client, project_id, store, batch_size,
                                                                              progress)
        self.tasks: list[dict[str, Any]] = []
        self.predictions: list[dict[str, Any]] = []
        self.tasks_sent = self.inline_sent = self.predictions_sent = 0

    def add(self, tasks: list[dict[str, Any]], predictions: list[dict[str, Any]]) -> None:
        self.tasks += tasks
        self.predictions += predictions
        while len(self.tasks) >= self.size:
            self._tasks(self.size)
        while len(self.predictions) >= self.size:
            self._predictions(self.size)

    def flush(self) -> None:
        if self.tasks:
            self._tasks(len(self.tasks))
        if self.predictions:
            self._predictions(len(self.predictions))

    def _tasks(self, n: int) -> None:
        chunk, self.tasks = self.tasks[:n], self.tasks[n:]
        after = self.store.newest_known()
        try:
            ids = self.client.import_tasks(self.project_id, chunk)
        except LabelStudioError:  # perhaps stored all the same: the retry's listing claims them (see _push_once)
            self.store.unconfirmed((task_key(t["data"]["id"]) for t in chunk), after)
            raise
        inline = [len(t.get("predictions", [])) for t in chunk]
        self.store.created(ids, inline)
        self.tasks_sent += len(chunk)
        self.inline_sent += sum(inline)
        if self.progress:
            self.progress(len(chunk))

    def _predictions(self, n: int) -> None:
        chunk, self.predictions = self.predictions[:n], self.predictions[n:]
        self.client.import_predictions(self.project_id, chunk)
        self.store.touch(p["task"] for p in chunk)
        self.predictions_sent += len(chunk)
        self.store.predictions_sent += len(chunk)


def _quiet(client: Client, project_id: int, before: tuple[int, int] | None, send: _Sender,
           newest: int | None) -> bool:
    """Whether the project holds exactly what it held before the listing plus what this push sent, so that
    there is nothing to settle: as many tasks and predictions more as were sent (two COUNT queries), and no
    task newer than the listing's newest (``newest``; task ids only grow) but the ones this push created (one
    filtered COUNT), instead of listing every task again.

    The counts alone were fooled when another push created a task while a third removed its own surplus
    copy of another: both counts came out as expected, and when the new task was a copy of one this push
    created after it (ours the newer, ours to remove), the duplicate stayed (test_ls_concurrency.py forces
    it). A task that anyone else created since the listing and that is still there is now counted; with
    the counts as expected, the tasks up to the listing's newest then number what the count before it
    said, so none of them went either. Any difference, or a check that fails (a server error, a filter
    refused), and the push settles as usual (:func:`~.settle.settle`). Predictions are counted only: a copy
    of a prediction of ours that another push added is found by that push's own settling unless a removal
    elsewhere fools its counts and ours at once.

    Caveats. "Ids only grow" holds on Label Studio's default SQLite (one writer at a time); on PostgreSQL
    concurrent imports may commit out of id order, so another push's task can hide below ``newest``.
    Deletions by others can still fool the check: a person deleting tasks, or a concurrent ``--dedupe``,
    while other pushes write (e.g. our newer copy deleted while another push's older copy survives with a
    different model version and as many predictions: our prediction lost while we report it added). What
    that leaves is reported by the next push (which sends what is missing) and removed by ``--dedupe``."""
    if before is None:
        return False
    expected = (before[0] + send.tasks_sent, before[1] + send.inline_sent + send.predictions_sent)
    try:
        if client.project_counts(project_id) != expected:
            return False
        if newest is None and before[0] == 0:  # an empty project: any task of another push is in the count
            return True
        return client.tasks_after(project_id, newest or 0) == send.tasks_sent
    except LabelStudioError:  # the check itself failed (a 5xx, a filter the server refused): settle, to be safe
        return False


def _push_once(client: Client, project: str, wanted: str | None, store: PushStore, used: dict[Any, Any], path: str,
               batch_size: int, dedupe: bool, progress: Callable[[int], None] | None, *,
               fresh: bool = True) -> tuple[PushResult, bool]:
    if fresh:  # else a server error cut the last attempt short: the tasks it created are still ours
        store.new_attempt()
    proj, created, updated = _project_for_push(client, project, wanted, used, path)
    try:
        before = client.project_counts(proj["id"])  # read before the listing: see _quiet
        store.load_remote(client.iter_task_index(proj["id"]))
        if not fresh:  # what an import cut short by the server error may have stored is ours to settle
            store.claim_unconfirmed()
        found = store.surplus()
        removed = 0
        if dedupe and found:
            removed = dedupe_tasks(client, proj["id"], store.duplicates()).tasks_removed
            before = client.project_counts(proj["id"])
            store.load_remote(client.iter_task_index(proj["id"]))
        send = _Sender(client, proj["id"], store, batch_size, progress)
        existing = unchanged = 0
        for page in store.pages(batch_size):
            there = sum(t is None for t, _ in page)  # already with every model version: not even read back
            plan = plan_push([t for t, _ in page if t is not None],
                             {task_key(t["data"]["id"]): have for t, have in page if t is not None and have})
            send.add(plan.new_tasks, plan.new_predictions)
            existing += plan.existing + there
            unchanged += plan.unchanged + there
        send.flush()
        # An attempt after a server error settles whatever it sent: the failed one may have stored tasks or
        # predictions it never saw confirmed, and a copy another push made of one of them is ours to remove.
        if not fresh or ((send.tasks_sent or send.predictions_sent)
                         and not _quiet(client, proj["id"], before, send, store.newest_listed())):
            settled = settle(client, proj["id"], store, batch_size=batch_size)
        else:  # a fresh attempt that sent nothing, or nobody else wrote: the listing plus what we sent is the state
            settled = Settled(duplicates_left={k: [t.task_id for t in g] for k, g in store.duplicates().items()})
        if not str(project).isdigit():
            final = titled(client, str(project))
            if final is not None and final["id"] != proj["id"]:  # we lost a creation race after all
                if all(store.is_mine(t.task_id) for t in client.iter_task_index(proj["id"])):
                    client.delete_project(proj["id"])
                return _empty_result(proj), True
    except LabelStudioError as err:
        raise with_rerun_hint(err) from None
    tasks_created, inline = store.created_totals()  # this attempt's and those of attempts cut short by a 5xx
    return PushResult(
        proj["id"], proj.get("title", str(project)), created, updated, store.count,
        tasks_created, existing, unchanged, inline + store.predictions_sent + settled.predictions_added,
        found, removed, sum(len(v) - 1 for v in settled.duplicates_left.values()),
        len(settled.removed_ids) + settled.predictions_removed, client.url), False


def _empty_result(proj: dict[str, Any]) -> PushResult:
    return PushResult(proj["id"], "", False, False, 0, 0, 0, 0, 0, 0, 0, 0, 0, "")


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
        client.whoami()  # a down server, a bad token or a server that is not Label Studio: say so first
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
