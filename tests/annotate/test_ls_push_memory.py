"""`ls push` holds about two batches in memory, not the corpus: its input and the project's listing live in an
on-disk index (annotate/labelstudio/store.py). Checked without a server (a fake client that keeps only ids)
and without timing: Python's traced peak memory while pushing 400 and 4,000 tasks; plus the index's own
rules, the streamed JSON array reader, and a push that stops half-way and is run again (real server)."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotate.errors import InputError
from annotate.io import read_json
from annotate.labelstudio import taskfiles
from annotate.labelstudio.client import Client
from annotate.labelstudio.store import PushStore
from annotate.labelstudio.sync import push
from annotate.labelstudio.tasks import RemoteTask, order_tasks

TEXT = "华为技术有限公司在深圳发布了新产品。" * 60  # about 1,000 characters: a heavy task, as a corpus has


def task(i: int, version: str = "m1", score: float = 0.9) -> dict:
    result = [{"id": "r0", "from_name": "label", "to_name": "text", "type": "labels",
               "value": {"start": 0, "end": 8, "text": TEXT[:8], "labels": ["ORG"]}}]
    return {"data": {"id": f"p{i}", "text": TEXT},
            "predictions": [{"model_version": version, "score": score, "result": result}]}


class FakeServer:
    """The part of :class:`Client` a push uses, keeping per task only its data.id and prediction count (the
    real server's behaviour is tested in test_ls_push_stream.py and test_ls_concurrency.py)."""

    url = "http://fake"
    retry_delays = ()  # no retries after a server error (it never fails)

    def __init__(self) -> None:
        self.tasks: dict[int, tuple[str, int]] = {}  # task id -> (data.id, predictions)
        self.versions: frozenset[str] = frozenset()
        self.projects: list[dict] = []
        self.largest_request = self.listings = 0
        self.next_id = 1

    def whoami(self):
        return {"id": 1}

    def projects_titled(self, title):
        return [p for p in self.projects if p["title"] == title]

    def create_project(self, title, config):
        self.projects.append({"id": len(self.projects) + 1, "title": title, "label_config": config})
        return self.projects[-1]

    def project_counts(self, project_id):
        return len(self.tasks), sum(n for _, n in self.tasks.values())

    def iter_task_index(self, project_id):
        self.listings += 1
        for task_id, (key, _) in sorted(self.tasks.items()):
            yield RemoteTask(task_id, key, self.versions)

    def add(self, key: str, predictions: int) -> int:
        self.tasks[self.next_id] = (key, predictions)
        self.next_id += 1
        return self.next_id - 1

    def import_tasks(self, project_id, tasks):
        self.largest_request = max(self.largest_request, len(tasks))
        self.versions = frozenset(p["model_version"] for p in tasks[0]["predictions"])
        return [self.add(str(t["data"]["id"]), len(t["predictions"])) for t in tasks]

    def annotation_count(self, task_id):
        return 0

    def delete_task(self, task_id):
        del self.tasks[task_id]

    def close(self):
        pass


class RacingServer(FakeServer):
    """Another push imports a copy of our first task of each request just before ours lands."""

    def import_tasks(self, project_id, tasks):
        self.add(str(tasks[0]["data"]["id"]), len(tasks[0]["predictions"]))
        return super().import_tasks(project_id, tasks)


def write(path: Path, n: int) -> Path:
    with open(path, "w", encoding="utf-8") as out:
        if path.suffix == ".jsonl":
            out.writelines(json.dumps(task(i), ensure_ascii=False) + "\n" for i in range(n))
        else:
            out.write("[" + ",\n".join(json.dumps(task(i), ensure_ascii=False) for i in range(n)) + "]")
    return path


def traced_peak(path: Path) -> tuple[int, FakeServer]:
    fake = FakeServer()
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        result = push(path, project="memory-test", task="ner", batch_size=100, client=fake)
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    assert (result.tasks_in_file, result.tasks_created, result.predictions_added) == (len(fake.tasks),) * 3
    return peak, fake


@pytest.mark.parametrize("suffix", [".jsonl", ".json"])
def test_push_memory_does_not_grow_with_the_number_of_tasks(tmp_path, suffix):
    small, fake = traced_peak(write(tmp_path / f"small{suffix}", 400))
    large, fake = traced_peak(write(tmp_path / f"large{suffix}", 4000))
    size = (tmp_path / f"large{suffix}").stat().st_size
    assert fake.largest_request == 100 and fake.listings == 1  # nobody else wrote: no second listing
    # holding the 4,000 tasks would be several times the file (~ 14 MB of UTF-8, more as Python objects);
    # what grows here is the fake server's list of ids
    assert large < 1.5 * small + 1_000_000, (small, large)
    assert large < size / 5, (large, size)


def test_a_push_that_finds_other_writes_in_the_counts_lists_again_and_settles(tmp_path):
    path = write(tmp_path / "t.jsonl", 12)
    fake = RacingServer()
    result = push(path, project="race-test", task="ner", batch_size=5, client=fake)
    # listed before sending, then by settle until a round changes nothing; one copy of ours per request removed
    assert fake.listings == 3 and result.concurrent_fixes == 3
    assert sorted(key for key, _ in fake.tasks.values()) == sorted(f"p{i}" for i in range(12))
    assert (result.tasks_created, result.duplicates_left) == (9, 0)


def test_store_keeps_the_oldest_copy_and_finds_what_it_lacks():
    versions = ["a", "a", "b", "a"]
    with PushStore() as store:
        for i, version in enumerate(versions):
            store.add(task(i, version, score=1 - i / 10))
        store.order("uncertainty")
        listing = [RemoteTask(7, "p0", frozenset({"a"})), RemoteTask(5, "p0", frozenset()),
                   RemoteTask(9, "p1", frozenset({"a"})), RemoteTask(13, "p3", frozenset({"a", "x"})),
                   RemoteTask(11, None, frozenset())]
        store.load_remote(iter(listing))
        store.created([7, 9], [1, 1])
        assert store.surplus() == 1 and store.surplus_mine() == [7]  # 5 is older: ours (7) is the surplus
        assert {k: [t.task_id for t in g] for k, g in store.duplicates().items()} == {"p0": [5, 7]}
        lacking = [(t["data"]["id"], have.task_id) for page in store.lacking(2) for t, have in page]
        assert lacking == [("p0", 5)]  # p1 and p3 have what they need; p2 is not there at all
        assert store.missing() == ["p2"]
        sent = [(t and (t["data"]["id"], t["data"]["priority"]), have and have.task_id)
                for page in store.pages(3) for t, have in page]
        # least certain first; p1 has exactly its model versions, so it is not even read back
        assert sent == [(("p3", 1), 13), (("p2", 2), None), (None, 9), (("p0", 4), 5)]
        ranked = order_tasks([task(i, v, score=1 - i / 10) for i, v in enumerate(versions)], "uncertainty")
        assert [(t["data"]["id"], t["data"]["priority"]) for t in ranked] == [("p3", 1), ("p2", 2), ("p1", 3),
                                                                            ("p0", 4)]
        assert store.forget_mine(7) == 1 and not store.is_mine(7) and store.is_mine(9)
        assert store.take_touched() is None
        store.touch([5, 5, 9])
        touched = store.take_touched()
        assert 5 in touched and 9 in touched and 7 not in touched and store.take_touched() is None


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text("a]},[\"\\ 　中𠀀😀\r\n"),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=3), inner, max_size=4),
    max_leaves=12)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(items=st.lists(json_values, max_size=8), indent=st.sampled_from([None, 1]), chunk=st.integers(1, 9),
       cut=st.integers(0, 40))
def test_a_json_array_streams_element_by_element_as_read_json_reads_it(tmp_path, monkeypatch, items, indent, chunk,
                                                                       cut):
    monkeypatch.setattr(taskfiles, "_CHUNK", chunk)  # tiny reads: elements and numbers cross chunk ends
    path = tmp_path / "tasks.json"
    text = json.dumps(items, ensure_ascii=False, indent=indent)
    path.write_text(text, encoding="utf-8")
    assert list(taskfiles._array_items(path)) == items
    broken = text[:cut] + text[cut + 1:]  # one character less: either still JSON or the same error as read_json
    path.write_text(broken, encoding="utf-8")

    def outcome(read):
        try:
            return read()
        except InputError as err:
            return str(err)

    def whole():  # how the file was read before it streamed: parsed at once
        tasks = read_json(path)
        tasks = [tasks] if isinstance(tasks, dict) and "data" in tasks else tasks
        if not isinstance(tasks, list):
            raise InputError("a tasks file must hold a JSON list of tasks", path=str(path),
                             hint="write it with `python -m annotate prelabel`")
        return tasks

    assert outcome(lambda: [t for _, t in taskfiles._json_rows(path)]) == outcome(whole)


@pytest.mark.integration
def test_a_push_stopped_half_way_then_run_again_ends_with_each_task_once(ls_server, tmp_path):
    path = tmp_path / "tasks.jsonl"
    path.write_text("".join(json.dumps(task(i, "m1"), ensure_ascii=False) + "\n" for i in range(25)),
                    encoding="utf-8")
    kw = {"project": f"half-way-{tmp_path.name}"[-50:], "task": "ner", "url": ls_server.url,
          "token": ls_server.token, "batch_size": 5}

    def stop_after_two(n, seen=[]):  # noqa: B006 - counts batches across calls
        seen.append(n)
        if len(seen) == 2:
            raise KeyboardInterrupt  # as a kill would: nothing of the push's own runs after this

    with pytest.raises(KeyboardInterrupt):
        push(path, progress=stop_after_two, **kw)
    again = push(path, **kw)
    assert (again.tasks_created, again.tasks_existing, again.duplicates_left) == (15, 10, 0)
    third = push(path, **kw)
    assert (third.tasks_created, third.tasks_unchanged, third.predictions_added) == (0, 25, 0)
    with Client(ls_server.url, ls_server.token) as client:
        tasks = json.loads(client.export(again.project_id))
        empty = client.create_project(f"empty-{tmp_path.name}"[-50:], "<View></View>")
        assert client.has_tasks(again.project_id) and not client.has_tasks(empty["id"])
        assert client.project_counts(again.project_id) == (25, 25) and client.project_counts(empty["id"]) == (0, 0)
    assert sorted(t["data"]["id"] for t in tasks) == sorted(f"p{i}" for i in range(25))
    assert all([p["model_version"] for p in t["predictions"]] == ["m1"] for t in tasks)
