"""Checking a Label Studio tasks file and planning an idempotent push (pure: no I/O, no HTTP).

Task identity is ``data["id"]`` (the paragraph id). A push sends only tasks whose id the project
lacks, and, for tasks it already has, only predictions whose ``model_version`` that task lacks.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from annotate.errors import InputError

__all__ = [
    "DEFAULT_MODEL_VERSION", "ExistingTask", "RemoteTask", "PushPlan", "TaskCheck", "check_task", "check_tasks",
    "task_key", "config_controls", "check_against_config", "check_used_against_config", "used_controls", "plan_push",
    "missing_predictions", "duplicates", "existing_from", "ORDERS", "order_tasks", "task_confidence", "with_priority",
]

DEFAULT_MODEL_VERSION = "undefined"  # what Label Studio itself records when none is given
_TASK_KEYS = ("data", "predictions", "annotations", "meta")


@dataclass(frozen=True)
class ExistingTask:
    task_id: int
    model_versions: frozenset[str] = frozenset()


@dataclass(frozen=True)
class RemoteTask:
    """One task on the server as a push sees it (``key``: its ``data.id`` as :func:`task_key`)."""

    task_id: int
    key: str | None
    model_versions: frozenset[str] = frozenset()
    annotations: int = 0


@dataclass(frozen=True)
class PushPlan:
    new_tasks: list[dict[str, Any]] = field(default_factory=list)
    new_predictions: list[dict[str, Any]] = field(default_factory=list)  # each has "task": LS task id
    unchanged: int = 0  # tasks already there with every model version
    existing: int = 0  # tasks already there (whether or not they get a new prediction)


def task_key(data_id: Any) -> str:
    """One key for ``data.id`` whether a file spells it 12 or "12"."""
    return str(data_id)


def _fail(message: str, path: str | None, record: Any, hint: str | None = None) -> InputError:
    return InputError(message, path=path, record=record, hint=hint)


def _check_region(item: Any, text: str, where: str, path: str | None, record: Any) -> None:
    if not isinstance(item, dict) or not isinstance(item.get("value"), dict):
        raise _fail(f"{where}: a result item must be an object with a 'value' object", path, record)
    for key in ("from_name", "to_name", "type"):
        if not isinstance(item.get(key), str):
            raise _fail(f"{where}: result item has no '{key}'", path, record,
                        hint="see docs/labelstudio.md for the result format")
    value = item["value"]
    if "start" not in value and "end" not in value:
        return  # e.g. a textarea or choices result: nothing to check against the text
    start, end = value.get("start"), value.get("end")
    if not (type(start) is int and type(end) is int and 0 <= start < end <= len(text)):
        raise _fail(f"{where}: region [{start}, {end}) is out of range for a text of {len(text)} characters",
                    path, record, hint="offsets are Python code points, half-open")
    # A per-region TextArea result repeats its region's start/end but holds its own texts (a list).
    if isinstance(value.get("text"), str) and value["text"] != text[start:end]:
        raise _fail(f"{where}: region [{start}, {end}) says {value['text']!r} but the text there is "
                    f"{text[start:end]!r}", path, record, hint="offsets must be code points into data.text")


def _check_results(task: dict[str, Any], key: str, text: str, path: str | None, record: Any) -> None:
    """``predictions`` (one per model version) or ``annotations`` imported along with a task."""
    items = task.get(key, [])
    if not isinstance(items, list):
        raise _fail(f"'{key}' must be a list", path, record)
    seen: set[str] = set()
    for n, item in enumerate(items):
        if not isinstance(item, dict) or not isinstance(item.get("result"), list):
            raise _fail(f"each of '{key}' must be an object with a 'result' list", path, record)
        name = f"annotation {n}"
        if key == "predictions":
            version = item.get("model_version", DEFAULT_MODEL_VERSION)
            if not isinstance(version, str) or not version:
                raise _fail("a prediction's model_version must be a non-empty string", path, record)
            if version in seen:
                raise _fail(f"two predictions with model_version {version!r}", path, record,
                            hint="one prediction per model version and task")
            seen.add(version)
            name = f"prediction {version!r}"
        for region in item["result"]:
            rid = region.get("id", "?") if isinstance(region, dict) else "?"
            _check_region(region, text, f"{name} region {rid!r}", path, record)


def check_task(task: Any, record: Any, *, path: str | None = None) -> dict[str, Any]:
    """One task checked (``record`` names it until its ``data.id`` is known); returns it trimmed to
    what Label Studio imports."""
    data = task.get("data") if isinstance(task, dict) else None
    if not isinstance(data, dict):
        raise _fail("a task must be an object with a 'data' object", path, record)
    if data.get("id") is None or isinstance(data.get("id"), bool | dict | list):
        raise _fail("the task has no data.id", path, record,
                    hint="task identity is data.id (the paragraph id), which makes pushing idempotent")
    record = data["id"]
    if not isinstance(data.get("text"), str):
        raise _fail("data.text must be a string", path, record)
    _check_results(task, "predictions", data["text"], path, record)
    _check_results(task, "annotations", data["text"], path, record)
    return {k: task[k] for k in _TASK_KEYS if k in task}


@dataclass
class TaskCheck:
    """What a first pass over a stream of tasks learns: their number, that ids are unique, and which
    controls and labels their predictions use (to check against a project's config before any write)."""

    count: int = 0
    seen: Any = field(default_factory=dict)  # data.id key -> where it was first seen (a dict, or a table: ls push)
    used: dict[tuple[str, str | None], Any] = field(default_factory=dict)

    def add(self, task: Any, where: Any, *, path: str | None = None) -> dict[str, Any]:
        checked = check_task(task, where, path=path)
        record = checked["data"]["id"]
        key = task_key(record)
        if key in self.seen:
            raise _fail(f"data.id is also used by task {self.seen[key]}", path, record, hint="ids must be unique")
        self.seen[key] = where
        for item_key, first in used_controls([checked]).items():
            self.used.setdefault(item_key, first)
        self.count += 1
        return checked


def check_tasks(tasks: Any, *, path: str | None = None) -> list[dict[str, Any]]:
    """Validate a tasks file's content; returns the tasks trimmed to what Label Studio imports.

    Raises :class:`InputError` naming the task (its ``data.id``, else its position) on the first problem.
    """
    if isinstance(tasks, dict) and "data" in tasks:
        tasks = [tasks]
    if not isinstance(tasks, list):
        raise _fail("a tasks file must hold a JSON list of tasks", path, None,
                    hint="write it with `python -m annotate prelabel`")
    if not tasks:
        raise _fail("the tasks file is empty", path, None, hint="nothing to push")
    check = TaskCheck()
    return [check.add(task, f"#{index}", path=path) for index, task in enumerate(tasks)]


def config_controls(label_config: str) -> dict[str, set[str] | None]:
    """Control name -> allowed label values (``None`` for controls without a fixed value list)."""
    root = ET.fromstring(label_config)
    controls: dict[str, set[str] | None] = {}
    for node in root.iter():
        name = node.get("name")
        if not name or node.get("toName") is None:
            continue
        values = {child.get("value") for child in node if child.tag in ("Label", "Choice")}
        controls[name] = {v for v in values if v} if node.tag in ("Labels", "Choices") else None
    return controls


def used_controls(tasks: Iterable[Mapping[str, Any]]) -> dict[tuple[str, str | None], Any]:
    """``(control name, label or None)`` -> the first task (its ``data.id``) whose predictions use it."""
    used: dict[tuple[str, str | None], Any] = {}
    for task in tasks:
        record = task["data"]["id"]
        for prediction in task.get("predictions", []):
            for item in prediction["result"]:
                used.setdefault((item["from_name"], None), record)
                for label in item["value"].get("labels", []):
                    used.setdefault((item["from_name"], label), record)
    return used


def check_used_against_config(used: Mapping[tuple[str, str | None], Any], label_config: str, *,
                              path: str | None = None) -> None:
    """Every control a prediction names must be in the config, with each of its labels."""
    controls = config_controls(label_config)
    for (name, label), record in used.items():
        if name not in controls:
            raise _fail(f"prediction uses control {name!r}, which the project's config lacks "
                        f"(it has {', '.join(sorted(controls)) or 'none'})", path, record,
                        hint="push to a project made with `ls config`, or pass --task to update it")
        allowed = controls[name]
        if label is not None and allowed is not None and label not in allowed:
            raise _fail(f"label {label!r} is not in the project's config (control {name!r})",
                        path, record, hint=f"known labels: {', '.join(sorted(allowed))}")


def check_against_config(tasks: Sequence[Mapping[str, Any]], label_config: str, *,
                         path: str | None = None) -> None:
    """Every prediction must name a control of the project's config and one of its labels."""
    check_used_against_config(used_controls(tasks), label_config, path=path)


def missing_predictions(task: Mapping[str, Any], have: frozenset[str], task_id: int) -> list[dict[str, Any]]:
    """The predictions of ``task`` whose model version the server's task ``task_id`` lacks, as
    ``import/predictions`` items."""
    out = []
    for prediction in task.get("predictions", []):
        version = prediction.get("model_version", DEFAULT_MODEL_VERSION)
        if version not in have:
            item = {"task": task_id, "model_version": version, "result": prediction["result"]}
            if prediction.get("score") is not None:
                item["score"] = prediction["score"]
            out.append(item)
    return out


def plan_push(tasks: Iterable[Mapping[str, Any]], existing: Mapping[str, ExistingTask]) -> PushPlan:
    new_tasks: list[dict[str, Any]] = []
    new_predictions: list[dict[str, Any]] = []
    unchanged = existing_count = 0
    for task in tasks:
        have = existing.get(task_key(task["data"]["id"]))
        if have is None:
            new_tasks.append(dict(task))
            continue
        existing_count += 1
        items = missing_predictions(task, have.model_versions, have.task_id)
        new_predictions += items
        unchanged += not items
    return PushPlan(new_tasks, new_predictions, unchanged, existing_count)


def existing_from(index: Iterable[RemoteTask]) -> dict[str, ExistingTask]:
    """``data.id`` -> the task a push treats as that paragraph's: the oldest (lowest id) among copies."""
    out: dict[str, ExistingTask] = {}
    for task in sorted(index, key=lambda t: t.task_id):
        if task.key is not None and task.key not in out:
            out[task.key] = ExistingTask(task.task_id, task.model_versions)
    return out


def duplicates(index: Iterable[RemoteTask]) -> dict[str, list[RemoteTask]]:
    """``data.id`` -> its tasks (oldest first) for every id the project holds more than once."""
    groups: dict[str, list[RemoteTask]] = {}
    for task in sorted(index, key=lambda t: t.task_id):
        if task.key is not None:
            groups.setdefault(task.key, []).append(task)
    return {key: group for key, group in groups.items() if len(group) > 1}


ORDERS: tuple[str, ...] = ("file", "uncertainty")


def task_confidence(task: Mapping[str, Any]) -> float:
    """How sure the pre-labels of ``task`` are: its lowest prediction ``score`` (1.0 when none has one).

    A task without a scored prediction sorts last under ``uncertainty``: nothing says it needs a look first."""
    scores = [p["score"] for p in task.get("predictions", ()) if isinstance(p.get("score"), int | float)]
    return float(min(scores)) if scores else 1.0


def order_tasks(tasks: Iterable[dict[str, Any]], order: str = "file") -> list[dict[str, Any]]:
    """``file``: as given. ``uncertainty``: least certain first (ties keep file order), each task's
    ``data.priority`` set to its rank (1 = look at it first) so the data manager can sort by it too.

    >>> order_tasks([{"data": {"id": 1}, "predictions": [{"score": 0.9}]},
    ...              {"data": {"id": 2}, "predictions": [{"score": 0.3}]}], "uncertainty")[0]["data"]
    {'id': 2, 'priority': 1}
    """
    tasks = list(tasks)
    if order == "file":
        return tasks
    if order != "uncertainty":
        raise ValueError(f"unknown order {order!r}")
    ranked = sorted(range(len(tasks)), key=lambda i: (task_confidence(tasks[i]), i))
    return [with_priority(tasks[i], rank) for rank, i in enumerate(ranked, 1)]


def with_priority(task: dict[str, Any], rank: int) -> dict[str, Any]:
    """``task`` with ``data.priority = rank`` (a copy), as ``--order uncertainty`` sends it."""
    return {**task, "data": {**task["data"], "priority": rank}}
