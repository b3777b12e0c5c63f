"""What one ``ls push`` knows about its tasks and about the project, kept on disk (I/O layer; stdlib sqlite3).

A push needs every task of its input twice — to send it, and to send its predictions again if settling finds
them missing (:mod:`.settle`) — and, for every task of the project, its ``data.id`` and model versions. As
Python objects that is memory in proportion to the corpus. Here it is a private temporary SQLite database
(``sqlite3.connect("")``): SQLite unlinks its file as soon as it opens it, so it is gone when the push ends,
however it ends (a SIGKILL included), and keeps a few MiB of it in memory (``CACHE_KIB``). The push holds one
batch of tasks at a time; the input is read once.

Tables: ``task`` (each input task: its checked JSON, its expected model versions, its confidence and its place
in the sending order), ``seen`` (``data.id`` -> where it was first read, for the "ids must be unique" check),
``remote`` (the last listing of the project: task id, ``data.id``, model versions), ``keeper`` (per ``data.id``
the oldest task of that listing: the one every push treats as the task), ``mine`` (the tasks this push
created), ``touched`` (existing tasks this push sent predictions to) and ``unconfirmed`` (the ``data.id`` keys of an
import that failed, which the server may have stored all the same).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from typing import Any

from .tasks import DEFAULT_MODEL_VERSION, ExistingTask, RemoteTask, task_confidence, task_key, with_priority

__all__ = ["PushStore", "versions_of"]

CACHE_KIB = 8192  # SQLite's page cache for this database; the rest lives in its (unlinked) temp file
_WRITE = 100  # rows per executemany (each holds a task's JSON)

_SCHEMA = """
CREATE TABLE task (pos INTEGER PRIMARY KEY, key TEXT NOT NULL, conf REAL NOT NULL, send INTEGER,
                   versions TEXT NOT NULL, npred INTEGER NOT NULL, body TEXT NOT NULL);
CREATE TABLE seen (key TEXT PRIMARY KEY, at TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE remote (task_id INTEGER PRIMARY KEY, key TEXT, versions TEXT NOT NULL);
CREATE TABLE keeper (key TEXT PRIMARY KEY, task_id INTEGER NOT NULL, versions TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE mine (task_id INTEGER PRIMARY KEY, npred INTEGER NOT NULL);
CREATE TABLE touched (task_id INTEGER PRIMARY KEY);
CREATE TABLE unconfirmed (key TEXT PRIMARY KEY, after INTEGER NOT NULL) WITHOUT ROWID;
"""


def versions_of(task: dict[str, Any]) -> list[str]:
    """The model versions of a task's predictions, as the server will record them."""
    return sorted({p.get("model_version", DEFAULT_MODEL_VERSION) for p in task.get("predictions", [])})


def _encode(versions: Iterable[str]) -> str:
    return json.dumps(sorted(versions), ensure_ascii=False)


class _Seen:
    """``data.id`` key -> where it was first read: the mapping :class:`~.tasks.TaskCheck` needs, in a table."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __contains__(self, key: object) -> bool:
        return self._db.execute("SELECT 1 FROM seen WHERE key = ?", (key,)).fetchone() is not None

    def __getitem__(self, key: str) -> Any:
        row = self._db.execute("SELECT at FROM seen WHERE key = ?", (key,)).fetchone()
        if row is None:
            raise KeyError(key)
        return row[0]

    def __setitem__(self, key: str, where: Any) -> None:
        self._db.execute("INSERT INTO seen VALUES (?, ?)", (key, str(where)))


class PushStore:
    """The on-disk state of one push (see the module docstring). Use as a context manager."""

    def __init__(self) -> None:
        self.db = sqlite3.connect("", isolation_level=None)
        self.db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        self.db.execute("PRAGMA journal_mode = OFF")  # a private scratch file: nothing to roll back to
        self.db.execute("PRAGMA synchronous = OFF")
        self.db.executescript(_SCHEMA)
        self.seen = _Seen(self.db)
        self.count = 0
        self._rows: list[tuple[Any, ...]] = []
        self._ordered = False
        self.predictions_sent = 0  # to tasks already there, since new_attempt (see created_totals)
        self.db.execute("BEGIN")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> PushStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the input ------------------------------------------------------------------------
    def add(self, task: dict[str, Any]) -> None:
        """One checked task, in input order (call :meth:`order` after the last)."""
        versions = versions_of(task)
        self._rows.append((self.count, task_key(task["data"]["id"]), task_confidence(task), self.count + 1,
                           _encode(versions), len(task.get("predictions", [])),
                           json.dumps(task, ensure_ascii=False)))
        self.count += 1
        if len(self._rows) >= _WRITE:
            self._flush()

    def _flush(self) -> None:
        self.db.executemany("INSERT INTO task VALUES (?, ?, ?, ?, ?, ?, ?)", self._rows)
        self._rows = []

    def order(self, order: str = "file") -> None:
        """Fix the sending order: ``file`` (as read) or ``uncertainty`` (least certain first, ties in file
        order; each task then gets ``data.priority`` = its rank, as :func:`~.tasks.order_tasks` does)."""
        self._flush()
        if order == "uncertainty":
            self.db.execute("UPDATE task SET send = r.rank FROM (SELECT pos, ROW_NUMBER() OVER (ORDER BY conf, pos) "
                            "AS rank FROM task) AS r WHERE task.pos = r.pos")
        elif order != "file":
            raise ValueError(f"unknown order {order!r}")
        self.db.execute("CREATE UNIQUE INDEX task_send ON task (send)")
        self.db.execute("COMMIT")
        self._ordered = order == "uncertainty"

    def _task(self, send: int, body: str) -> dict[str, Any]:
        task = json.loads(body)
        return with_priority(task, send) if self._ordered else task

    def pages(self, size: int) -> Iterator[list[tuple[dict[str, Any] | None, ExistingTask | None]]]:
        """The tasks in sending order, ``size`` at a time, each with the project's task for its ``data.id``
        (the keeper of the last listing) or ``None``. A task the project has with exactly its model versions
        (or that has no predictions) comes as ``None``: there is nothing to send, so it is not read back."""
        last = 0
        while True:
            rows = self.db.execute(
                "SELECT t.send, k.task_id IS NOT NULL AND (t.npred = 0 OR t.versions = k.versions), "
                "CASE WHEN k.task_id IS NULL OR (t.npred > 0 AND t.versions != k.versions) THEN t.body END, "
                "k.task_id, k.versions FROM task t LEFT JOIN keeper k ON k.key = t.key "
                "WHERE t.send > ? ORDER BY t.send LIMIT ?", (last, size)).fetchall()
            if not rows:
                return
            yield [(None if there else self._task(send, body),
                    None if tid is None else ExistingTask(tid, frozenset(json.loads(versions))))
                   for send, there, body, tid, versions in rows]
            last = rows[-1][0]

    def lacking(self, size: int) -> Iterator[list[tuple[dict[str, Any], ExistingTask]]]:
        """Like :meth:`pages`, only the tasks whose keeper lacks one of their model versions (a cheap
        comparison in SQL first: most tasks have exactly the versions they were sent with)."""
        last = 0
        while True:
            rows = self.db.execute(
                "SELECT t.send, t.body, t.versions, k.task_id, k.versions FROM task t JOIN keeper k ON k.key = t.key "
                "WHERE t.send > ? AND t.npred > 0 AND t.versions != k.versions ORDER BY t.send LIMIT ?",
                (last, size)).fetchall()
            if not rows:
                return
            page = []
            for send, body, want, tid, have in rows:
                have_set = frozenset(json.loads(have))
                if not set(json.loads(want)) <= have_set:
                    page.append((self._task(send, body), ExistingTask(tid, have_set)))
            if page:
                yield page
            last = rows[-1][0]

    def missing(self) -> list[str]:
        """``data.id`` keys of the input that the last listing does not hold (should be none)."""
        return [k for (k,) in self.db.execute(
            "SELECT t.key FROM task t WHERE NOT EXISTS (SELECT 1 FROM keeper k WHERE k.key = t.key) ORDER BY t.pos")]

    # -- the project ----------------------------------------------------------------------
    def load_remote(self, tasks: Iterable[RemoteTask]) -> None:
        """Replace the listing (read as a stream, e.g. :meth:`~.client.Client.iter_task_index`)."""
        self.db.execute("BEGIN")
        try:
            self.db.execute("DELETE FROM remote")
            rows: list[tuple[Any, ...]] = []
            for task in tasks:
                rows.append((task.task_id, task.key, _encode(task.model_versions)))
                if len(rows) >= _WRITE:
                    self.db.executemany("INSERT OR REPLACE INTO remote VALUES (?, ?, ?)", rows)
                    rows = []
            self.db.executemany("INSERT OR REPLACE INTO remote VALUES (?, ?, ?)", rows)
            self.db.execute("DELETE FROM keeper")
            # SQLite takes the bare columns of a min() query from the row that has the minimum
            self.db.execute("INSERT INTO keeper SELECT key, MIN(task_id), versions FROM remote "
                            "WHERE key IS NOT NULL GROUP BY key")
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def surplus(self) -> int:
        """Tasks of the listing beyond the first for their ``data.id``."""
        return self.db.execute("SELECT COUNT(*) - (SELECT COUNT(*) FROM keeper) FROM remote "
                               "WHERE key IS NOT NULL").fetchone()[0]

    def duplicates(self) -> dict[str, list[RemoteTask]]:
        """``data.id`` -> its tasks (oldest first) for every id the listing holds more than once."""
        groups: dict[str, list[RemoteTask]] = {}
        for key, tid, versions in self.db.execute(
                "SELECT key, task_id, versions FROM remote WHERE key IN "
                "(SELECT key FROM remote WHERE key IS NOT NULL GROUP BY key HAVING COUNT(*) > 1) "
                "ORDER BY key, task_id"):
            groups.setdefault(key, []).append(RemoteTask(tid, key, frozenset(json.loads(versions))))
        return groups

    def newest_listed(self) -> int | None:
        """The highest task id of the last listing (``None``: it was empty)."""
        return self.db.execute("SELECT MAX(task_id) FROM remote").fetchone()[0]

    def listed_ids(self) -> Iterator[int]:
        for (tid,) in self.db.execute("SELECT task_id FROM remote ORDER BY task_id"):
            yield tid

    # -- what this push did ---------------------------------------------------------------
    def new_attempt(self) -> None:
        """Forget what an earlier attempt created or touched (a push that lost a creation race goes again)."""
        self.db.execute("DELETE FROM mine")
        self.db.execute("DELETE FROM touched")
        self.db.execute("DELETE FROM unconfirmed")
        self.predictions_sent = 0

    def created_totals(self) -> tuple[int, int]:
        """``(tasks, predictions sent with them)`` this push created and still counts as its own: across the
        attempts since :meth:`new_attempt` (a retry after a server error keeps them), less those removed."""
        tasks, npred = self.db.execute("SELECT COUNT(*), COALESCE(SUM(npred), 0) FROM mine").fetchone()
        return tasks, npred

    def created(self, ids: Iterable[int], npreds: Iterable[int]) -> None:
        self.db.executemany("INSERT OR REPLACE INTO mine VALUES (?, ?)", zip(ids, npreds, strict=False))

    def unconfirmed(self, keys: Iterable[str], after: int) -> None:
        """Tasks sent in an import that failed (a 5xx): the server may have stored them all the same (Label
        Studio 1.23 does when its database was locked), without telling us their ids. ``after``: the newest
        task id known before the import."""
        self.db.executemany("INSERT OR REPLACE INTO unconfirmed VALUES (?, ?)", ((k, after) for k in keys))

    def claim_unconfirmed(self) -> int:
        """After a listing: count as this push's the listed tasks newer than ``after`` whose ``data.id`` an
        unconfirmed import carried (the project lacked it before, so such a task is ours or a concurrent
        push's copy of it: either way settling may remove it only when it is not the oldest). Returns how
        many; forgets the unconfirmed imports."""
        claimed = self.db.execute(
            "INSERT OR IGNORE INTO mine SELECT r.task_id, (SELECT t.npred FROM task t WHERE t.key = r.key) "
            "FROM remote r JOIN unconfirmed u ON u.key = r.key WHERE r.task_id > u.after").rowcount
        self.db.execute("DELETE FROM unconfirmed")
        return claimed

    def newest_known(self) -> int:
        """The highest task id of the last listing or created since (0: none)."""
        return self.db.execute("SELECT MAX(COALESCE((SELECT MAX(task_id) FROM remote), 0), "
                               "COALESCE((SELECT MAX(task_id) FROM mine), 0))").fetchone()[0]

    def surplus_mine(self) -> list[int]:
        """Tasks this push created that are not the keeper of their ``data.id`` (newer duplicates)."""
        return [tid for (tid,) in self.db.execute(
            "SELECT m.task_id FROM mine m JOIN remote r ON r.task_id = m.task_id JOIN keeper k ON k.key = r.key "
            "WHERE k.task_id != m.task_id ORDER BY m.task_id")]

    def forget_mine(self, task_id: int) -> int:
        """Drop a task this push removed; returns the predictions it was created with."""
        row = self.db.execute("SELECT npred FROM mine WHERE task_id = ?", (task_id,)).fetchone()
        self.db.execute("DELETE FROM mine WHERE task_id = ?", (task_id,))
        return row[0] if row else 0

    def is_mine(self, task_id: int) -> bool:
        return self.db.execute("SELECT 1 FROM mine WHERE task_id = ?", (task_id,)).fetchone() is not None

    def touch(self, task_ids: Iterable[int]) -> None:
        self.db.executemany("INSERT OR IGNORE INTO touched VALUES (?)", ((t,) for t in task_ids))

    def take_touched(self) -> _IdSet | None:
        """The touched task ids (as a set-like view for one use), or ``None`` when there are none; clears them."""
        if self.db.execute("SELECT 1 FROM touched LIMIT 1").fetchone() is None:
            return None
        self.db.execute("DROP TABLE IF EXISTS checking")
        self.db.execute("ALTER TABLE touched RENAME TO checking")
        self.db.execute("CREATE TABLE touched (task_id INTEGER PRIMARY KEY)")
        return _IdSet(self.db, "checking")


class _IdSet:
    """Membership in a one-column table of task ids (what :func:`~.settle.duplicate_predictions` asks)."""

    def __init__(self, db: sqlite3.Connection, table: str) -> None:
        self._db, self._table = db, table

    def __contains__(self, task_id: object) -> bool:
        return self._db.execute(f"SELECT 1 FROM {self._table} WHERE task_id = ?", (task_id,)).fetchone() is not None
