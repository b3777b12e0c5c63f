"""Instructions inside named functions of the HTML route: where :mod:`html_ir`'s pass goes, function by function.

Callgrind counts Python's interpreter, not Python functions, so this wraps each named function (every module's
binding of it, a generator's steps included) in callgrind's collect switch (``CALLGRIND_TOGGLE_COLLECT`` through a
small C helper built with ``cc`` on first use) and reads one cold pass of the dev pages (as ``html_ir.py``: a
warm-up on the first page, then every page), collecting only inside the outermost call of the named functions.
Run from a tree's root, one name (or several, summed) per run::

    PYTHONHASHSEED=0 valgrind --tool=callgrind --collect-atstart=no --callgrind-out-file=/tmp/x.out \\
        python benchmarks/html_ir_split.py annotate.segment.readers.html:_blocks

"Collected" in callgrind's summary is the instructions inside them (the wrappers' own few hundred a call included);
no name: the whole pass. spdh20's figures (dev pages, base 1ba3c127; a pass is 1606 M so collected): segment_file
1330 M, read_html 1244 M, its walk _blocks 393 M (_close 70 M), core.make_units 170 M, standalone_kind 130 M,
_frame 124 M, _render 121 M, sitefurn.furniture 69 M, readers._references 35 M; files.record_bytes 189 M.
"""

import ctypes
import importlib
import inspect
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, os.getcwd())

_HELPER = "#include <valgrind/callgrind.h>\nvoid cg_toggle(void) { CALLGRIND_TOGGLE_COLLECT; }\n"


def _toggle() -> ctypes._CFuncPtr:
    """The C helper's switch (built once into the temporary folder)."""
    lib = Path(tempfile.gettempdir()) / "html_ir_split_cg.so"
    if not lib.exists():
        source = lib.with_suffix(".c")
        source.write_text(_HELPER)
        subprocess.run(["cc", "-O2", "-shared", "-fPIC", "-o", str(lib), str(source)], check=True)
    return ctypes.CDLL(str(lib)).cg_toggle


def _wrapped(func, toggle, depth: list[int]):
    """``func`` with the collect switch on inside its outermost call (a generator: inside each of its steps)."""
    def enter() -> None:
        if depth[0] == 0:
            toggle()
        depth[0] += 1

    def leave() -> None:
        depth[0] -= 1
        if depth[0] == 0:
            toggle()

    if inspect.isgeneratorfunction(func):
        def steps(*args, **kwargs):
            it = func(*args, **kwargs)
            while True:
                enter()
                try:
                    item = next(it)
                except StopIteration:
                    return
                finally:
                    leave()
                yield item
        return steps

    def call(*args, **kwargs):
        enter()
        try:
            return func(*args, **kwargs)
        finally:
            leave()
    return call


def main() -> None:
    import annotate.segment.readers.html  # noqa: F401  (its imports, before the names are looked up)
    from annotate.segment.files import segment_paths

    toggle, depth = _toggle(), [0]
    files = sorted(Path("benchmarks/segcorpus/native").glob(os.environ.get("SET", "dev*") + "/*.html"))
    out = Path(tempfile.gettempdir()) / f"html_ir_split_{os.getpid()}.jsonl"
    segment_paths(files[:1], out)
    specs = [spec for spec in sys.argv[1:] if spec]
    for spec in specs:  # "module:name[,name...]"
        module, names = spec.split(":")
        for name in names.split(","):
            func = getattr(importlib.import_module(module), name)
            wrapper = _wrapped(func, toggle, depth)
            for loaded in list(sys.modules.values()):  # (every module that imported it by name)
                if getattr(loaded, "__name__", "").startswith("annotate") and getattr(loaded, name, None) is func:
                    setattr(loaded, name, wrapper)
    if not specs:
        toggle()
    segment_paths(files, out)
    out.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
