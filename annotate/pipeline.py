"""The main job: every stage of the toolkit on a folder of articles, into one build folder.

A stage is a small function ``run(previous, out_path, options) -> summary`` that reads the
previous stage's output (the input paths for the first stage) and writes one file. Later stages
(pre-labelling, Label Studio config, QA build) append themselves to :data:`STAGES`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotate.errors import UsageError

__all__ = ["Stage", "STAGES", "PipelineReport", "run_pipeline"]


@dataclass(frozen=True)
class Stage:
    name: str
    output: str  # file name inside the build folder
    run: Callable[[Any, Path, dict[str, Any]], dict[str, Any]]


@dataclass
class PipelineReport:
    out_dir: str
    stages: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"out_dir": self.out_dir, "stages": self.stages, "warnings": self.warnings,
                "skipped": [{"path": p, "error": e} for p, e in self.skipped]}


def _segment(inputs: Sequence[str | Path], out: Path, options: dict[str, Any]) -> dict[str, Any]:
    from annotate.segment.files import segment_paths

    report = segment_paths(inputs, out, on_error=options.get("on_error", "fail"), jobs=options.get("jobs", 1),
                           progress=options.get("progress"))
    options.setdefault("_warnings", []).extend(report.warnings)
    options.setdefault("_skipped", []).extend(report.skipped)
    return {"documents": report.documents, "units": report.units, "kinds": report.kinds,
            "characters": report.characters}


STAGES: list[Stage] = [
    Stage("segment", "paragraphs.jsonl", _segment),
]


def run_pipeline(inputs: Sequence[str | Path], out_dir: str | Path, *, on_error: str = "fail", jobs: int = 1,
                 progress: Callable[..., Any] | None = None, stages: Sequence[Stage] | None = None) -> PipelineReport:
    """Run ``stages`` (default: all) in order; each reads what the one before it wrote."""
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise UsageError(f"--out {out_dir} is a file", hint="give a folder, e.g. build/")
    options: dict[str, Any] = {"on_error": on_error, "jobs": jobs, "progress": progress}
    report = PipelineReport(out_dir=str(out_dir))
    previous: Any = list(inputs)
    for stage in stages if stages is not None else STAGES:
        path = out_dir / stage.output
        summary = stage.run(previous, path, options)
        report.stages.append({"stage": stage.name, "output": str(path), **summary})
        previous = path
    report.warnings = options.get("_warnings", [])
    report.skipped = options.get("_skipped", [])
    return report
