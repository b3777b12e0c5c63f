"""Where `annotate` and `qa` meet (docs/ARCHITECTURE.md): `qa` uses only annotate's shared base modules,
`annotate.pipeline` is the one annotate module that uses `qa`, and only qa's library functions; renderers
and library code never import the CLI kit or a command module."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# annotate.prelabel.rules is the toolkit's one Chinese number grammar: the pre-labeller and qa's gold typing
# (qa/answer_types.py) share it rather than keep two copies (issue 13); it imports only annotate.spans.
SHARED_BASE = {"annotate.errors", "annotate.io", "annotate.tables", "annotate.labels", "annotate.spans",
               "annotate.prelabel.rules", "annotate.hub_ids"}
# qa's command line may also read a Label Studio export through annotate's one importer (`ls import`'s
# library function), so `qa check EXPORT` reads exactly what `ls import` would; qa's library never does.
CLI_MODULES = {"annotate.clikit", "annotate.labelstudio.convert"}


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Absolute names of every module ``path`` imports (relative imports resolved)."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[:len(anchor) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def _files(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


def _is_cli(name: str) -> bool:
    return ".commands" in name or name.endswith((".cli", "__main__")) or name in ("qa.eval", "annotate.clikit")


def test_qa_uses_only_the_shared_base_of_annotate():
    for path in _files("qa"):
        name = _module_name(path)
        used = {m for m in _imports(path) if m.startswith("annotate.")}
        allowed = SHARED_BASE | (CLI_MODULES if _is_cli(name) else set())
        # `from annotate.io import atomic_write` also records annotate.io.atomic_write: judge the module
        bad = {m for m in used if not any(m == a or m.startswith(a + ".") for a in allowed)}
        assert not bad, f"{name} imports {sorted(bad)} from annotate"


@pytest.mark.parametrize("package", ["annotate", "qa"])
def test_only_the_pipeline_crosses_over_and_never_to_commands(package):
    other = "qa" if package == "annotate" else "annotate"
    for path in _files(package):
        name = _module_name(path)
        used = _imports(path)
        if package == "annotate":
            crossing = {m for m in used if m == "qa" or m.startswith("qa.")}
            assert name == "annotate.pipeline" or not crossing, f"{name} imports {sorted(crossing)}"
        commands = {m for m in used if (m.startswith(f"{other}.") or m.startswith(f"{package}.")) and _is_cli(m)}
        if not _is_cli(name):
            assert not commands, f"library module {name} imports the command line: {sorted(commands)}"
