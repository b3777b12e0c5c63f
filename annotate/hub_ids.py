"""Where a model named on the command line comes from: a local directory or a Hugging Face Hub id.

The one place every reader of a hub id goes through (``prelabel --backend hf --model``, ``train --init``
and ``--vocab``, ``qa.eval --model``), so that without a network the answer comes at once instead of after
``transformers`` has retried the Hub for half a minute:

- a directory is used as it is;
- something that looks like a path but is not a directory is an error naming it;
- a hub id with ``HF_HUB_OFFLINE`` (or ``TRANSFORMERS_OFFLINE``) set is read from the local Hugging Face
  cache only, and if it is not there the error says that the Hub was not asked because of that variable;
- otherwise one short probe of the Hub (:data:`PROBE_SECONDS`) decides: unreachable means the local cache
  if it holds the model, else an error saying so.

>>> is_hub_id("ckiplab/bert-base-chinese-ner"), is_hub_id("./model"), is_hub_id("a/b/c")
(True, False, False)
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .errors import ModelError

__all__ = ["ModelSource", "resolve_model", "is_hub_id", "offline", "PROBE_SECONDS"]

PROBE_SECONDS = 3.0
_TRUE = {"1", "on", "yes", "true"}


@dataclass(frozen=True)
class ModelSource:
    """What to hand ``from_pretrained``: ``name`` (a directory or hub id) and ``local_files_only``."""

    name: str
    local_files_only: bool
    where: str  # "directory" | "cache" | "hub"


def is_hub_id(name: str) -> bool:
    """``NAME`` or ``ORG/NAME`` without path markers (``.``, ``/`` or ``~`` first, backslashes, deeper paths)."""
    return bool(name) and not name.startswith((".", "/", "~")) and "\\" not in name and name.count("/") <= 1


def offline() -> bool:
    """True when ``HF_HUB_OFFLINE`` or ``TRANSFORMERS_OFFLINE`` is set to 1/on/yes/true."""
    return any(os.environ.get(var, "").strip().lower() in _TRUE for var in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE"))


def _cached(repo_id: str, filename: str) -> bool:
    try:
        from huggingface_hub import try_to_load_from_cache
    except ImportError:  # pragma: no cover - a declared dependency
        return False
    try:
        found = try_to_load_from_cache(repo_id, filename)
    except Exception:  # an id huggingface_hub refuses (bad characters): not cached
        return False
    return isinstance(found, str)


def _hub_reachable(timeout: float = PROBE_SECONDS) -> bool:
    import httpx

    endpoint = os.environ.get("HF_ENDPOINT", "https://huggingface.co").rstrip("/")
    try:
        httpx.head(f"{endpoint}/api/models", timeout=timeout)
    except httpx.HTTPError:
        return False
    return True


def resolve_model(name: str, *, option: str = "--model", marker: str = "config.json") -> ModelSource:
    """Decide where ``name`` is read from (see the module docstring); raise :class:`ModelError` at once
    when it cannot be read. ``marker`` is a file the cached model must have (``vocab.txt`` for a
    tokenizer only)."""
    path = Path(name).expanduser()
    if path.is_dir():
        return ModelSource(str(path), True, "directory")
    if not is_hub_id(name) or path.exists():
        raise ModelError(f"no checkpoint directory at {name}", hint=f"check the path given to {option}")
    download = (f"download it on a connected machine (`hf download {name} --local-dir DIR`) "
                f"and pass {option} DIR")
    if offline():
        if _cached(name, marker):
            return ModelSource(name, True, "cache")
        raise ModelError(f"{name} is a Hugging Face Hub id, not in the local cache, and HF_HUB_OFFLINE is set, "
                         "so the Hub was not asked", hint=f"{download}, or unset HF_HUB_OFFLINE on a network")
    if _hub_reachable():
        return ModelSource(name, False, "hub")
    if _cached(name, marker):
        return ModelSource(name, True, "cache")
    raise ModelError(f"{name} is a Hugging Face Hub id, the Hub did not answer within {PROBE_SECONDS:g} s and the "
                     "model is not in the local cache", hint=f"{download}; set HF_HUB_OFFLINE=1 to skip the probe")
