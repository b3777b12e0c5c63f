"""Where :func:`annotate.prelabel.shards.run_shard` runs: in process, a process pool, or Ray Data actors.

Every engine takes an iterable of :class:`~annotate.prelabel.shards.ShardSpec` and yields each shard's
meta in shard order; each worker (process or actor) loads the backend once. The shards written are the
same bytes whatever the engine, so an output is identical across ``--jobs`` and ``--engine``.

Pitfalls handled here: ONNX Runtime and tokenizers start one thread per core in *each* process, so a
worker is pinned to one intra-op thread (``ZH_ANNOTATE_ORT_THREADS=1``, ``TOKENIZERS_PARALLELISM=false``,
``OMP_NUM_THREADS=1``) before its model loads; pools use ``spawn`` so no model state is forked.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..io import pool_imap, worker_signals
from .shards import ShardOptions, ShardSpec, Worker

__all__ = ["ENGINES", "run", "cpu_count"]

ENGINES = ("local", "ray")
_WORKER: Worker | None = None
_PIN = {"ZH_ANNOTATE_ORT_THREADS": "1", "TOKENIZERS_PARALLELISM": "false", "OMP_NUM_THREADS": "1"}


def cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def _init(options: ShardOptions, out_dir: str) -> None:
    global _WORKER
    worker_signals()  # SIGTERM/SIGHUP: workers die quietly, the parent cleans up and reports once
    os.environ.update(_PIN)
    _WORKER = Worker(options, out_dir)


def _work(spec: ShardSpec) -> dict[str, Any]:
    assert _WORKER is not None
    return _WORKER(spec)


def run(specs: Iterable[ShardSpec], options: ShardOptions, out_dir: Path, *, jobs: int = 1,
        engine: str = "local", gpus: float = 0.0) -> Iterator[dict[str, Any]]:
    """Each shard's meta, in shard order."""
    if engine == "ray":
        yield from _ray(list(specs), options, out_dir, jobs=jobs, gpus=gpus)
        return
    if engine != "local":
        raise UsageError(f"unknown engine {engine!r}", hint=f"choose from {', '.join(ENGINES)}")
    if jobs <= 1:
        worker = Worker(options, out_dir)
        for spec in specs:
            yield worker(spec)
        return
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    yield from pool_imap(ctx, jobs, _work, specs, initializer=_init, initargs=(options, str(out_dir)))


class _RayShard:
    """A Ray Data actor: loads the backend once, pre-labels the shards of each batch."""

    def __init__(self, options: dict[str, Any], out_dir: str) -> None:
        os.environ.update(_PIN)
        kinds = options.get("kinds")
        self.worker = Worker(ShardOptions(**{**options, "kinds": None if kinds is None else tuple(kinds)}), out_dir)

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        import json

        from ..errors import ToolkitError

        metas = []
        for i in range(len(batch["index"])):
            spec = ShardSpec(**{k: (v[i].item() if hasattr(v[i], "item") else v[i]) for k, v in batch.items()})
            try:
                meta = self.worker(spec)
            except ToolkitError as err:  # carried back as data: Ray would wrap it in its own traceback
                meta = {"error": {"type": type(err).__name__, "message": err.message, "path": err.path,
                                  "line": err.line, "record": err.record, "hint": err.hint}}
            metas.append(json.dumps(meta, ensure_ascii=False))
        return {"index": batch["index"], "meta": metas}


def _ray(specs: list[ShardSpec], options: ShardOptions, out_dir: Path, *, jobs: int,
         gpus: float) -> Iterator[dict[str, Any]]:
    try:
        import ray
    except ImportError:
        raise UsageError("--engine ray needs Ray", hint="pip install '.[ray]' (or ray[data])") from None
    if not specs:
        return
    import logging

    import ray.data  # before the levels below: importing it sets its loggers' own

    logging.getLogger("ray").setLevel(logging.WARNING)
    # Ray Data logs each execution at INFO and warns that progress bars are off: only errors reach the user
    logging.getLogger("ray.data").setLevel(logging.ERROR)
    started = False
    if not ray.is_initialized():
        # RAY_ADDRESS (set by `ray job submit`) joins a cluster; otherwise a local instance
        address = os.environ.get("RAY_ADDRESS")
        kwargs: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False,
                                  "logging_level": logging.WARNING}
        if address:  # on a cluster the job's runtime_env and the cluster's settings stay as they are
            ray.init(address=address, **kwargs)
        else:
            # The local instance's processes inherit the environment it starts with (no runtime_env: a
            # runtime_env makes Ray start new workers instead of using the ones it pre-started), and its
            # workers keep the niceness of this command (Ray's default renices them by +15, so on a shared
            # machine the actors would yield to every other job while `--jobs N` workers do not).
            with _environ({**_PIN, "RAY_worker_niceness": "0"}):
                ray.init(num_cpus=jobs if jobs > 0 else cpu_count(), **kwargs)
            started = True
    try:
        metas = _ray_metas(specs, options, out_dir, jobs=jobs, gpus=gpus)
    finally:
        if started:  # the instance this run started ends with it (at exit Ray would first wait 0.5 s for logs)
            ray.shutdown()
    from .. import errors

    for spec in specs:
        meta = metas[spec.index]
        if "error" in meta:
            err = meta["error"]
            cls = getattr(errors, err.pop("type"), errors.ToolkitError)
            raise cls(err.pop("message"), **err)
        yield meta


@contextmanager
def _environ(values: dict[str, str]) -> Iterator[None]:
    saved = {key: os.environ.get(key) for key in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _ray_metas(specs: list[ShardSpec], options: ShardOptions, out_dir: Path, *, jobs: int,
               gpus: float) -> dict[int, dict[str, Any]]:
    """Run the shards in a pool of Ray Data actors; each shard's meta (or its error) by shard index."""
    import json
    from dataclasses import asdict

    import ray.data

    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True
    ctx.enable_progress_bars = False
    ctx.print_on_execution_start = False
    actors = jobs if jobs > 0 else max(1, int(ray.cluster_resources().get("CPU", 1)))
    actors = min(actors, len(specs))  # an actor without a shard would only load the model
    ds = ray.data.from_items([asdict(s) for s in specs], override_num_blocks=len(specs))
    kinds = None if options.kinds is None else list(options.kinds)
    opts = {"backend": options.backend, "model": options.model, "kinds": kinds,
            "batch_size": options.batch_size, "on_error": options.on_error, "validate": options.validate}
    import warnings

    with warnings.catch_warnings():
        # max_restarts=0, the documented switch, is passed as a remote argument, which Ray 2.60 flags as
        # deprecated; without it Ray logs that restarted actors may lose their constructor arguments. A lost
        # actor fails the run instead, and a re-run redoes only the missing shards.
        warnings.simplefilter("ignore", DeprecationWarning)
        mapped = ds.map_batches(_RayShard, fn_constructor_kwargs={"options": opts, "out_dir": str(out_dir)},
                                batch_size=1, compute=ray.data.ActorPoolStrategy(size=actors), num_cpus=1,
                                num_gpus=gpus or None, max_restarts=0)
    return {int(row["index"]): json.loads(row["meta"]) for row in mapped.iter_rows()}
