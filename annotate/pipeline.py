"""The main job: every stage of the toolkit on a folder of articles, into one build folder.

A stage is a small function ``run(previous, out_path, options) -> summary`` that reads the
previous stage's output (the input paths for the first stage) and writes one file or folder:

    segment -> paragraphs.jsonl -> prelabel -> tasks.json -> label-studio (ls_config.xml + commands)
    corrected annotations (seeds/annotations/export.json) -> import -> corrected.jsonl -> qa-build ->
    benchmark/ -> qa-eval (offline baseline) -> qa_report.json/.html -> hub (the Hub layout, hub/)

Without corrected annotations the last four stages are reported as skipped.
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


def _prelabel(paragraphs: Path, out: Path, options: dict[str, Any]) -> dict[str, Any]:
    from annotate.prelabel.tasks import prelabel

    result = prelabel(paragraphs, out, backend=options.get("backend"), progress=options.get("progress"))
    return result.summary()


def _label_studio(tasks: Path, out: Path, options: dict[str, Any]) -> dict[str, Any]:
    from annotate.labelstudio.demo import ls_stage

    stage = ls_stage(out.parent, tasks=tasks)
    return {"config": stage.config, "commands": list(stage.commands), "manual": list(stage.manual)}


def _annotations(options: dict[str, Any]) -> Path | None:
    """The corrected seed annotations: ``--annotations`` or ``<input folder>/annotations/export.json``."""
    given = options.get("annotations")
    if given:
        return Path(given)
    for item in options["inputs"]:
        candidate = Path(item) / "annotations" / "export.json"
        if candidate.is_file():
            return candidate
    return None


def _import(_: Any, out: Path, options: dict[str, Any]) -> dict[str, Any]:
    from annotate.labelstudio.convert import import_export

    export = _annotations(options)
    if export is None:
        raise _Skip("no corrected annotations (give --annotations EXPORT.json)")
    return import_export(export, out)


def _qa_build(corrected: Path, out: Path, options: dict[str, Any]) -> dict[str, Any]:
    from qa.build import build

    return build(corrected, out).as_dict()


def _qa_eval(benchmark: Path, out: Path, options: dict[str, Any]) -> dict[str, Any]:
    from annotate.io import atomic_write, write_json
    from qa.evaluate import evaluate
    from qa.report import render_html, render_text

    report = evaluate(benchmark / "benchmark.json", system=options.get("system", "overlap"))
    result = report.as_dict()
    write_json(out, result)
    with atomic_write(out.with_suffix(".html")) as handle:
        handle.write(render_html(report))
    options["_eval"] = result
    return {"system": result["source"].get("system"), "exact_match": result["exact_match"], "f1": result["f1"],
            "lenient_em": result["lenient_em"], "total": result["total"], "html": str(out.with_suffix(".html")),
            "report": render_text(report)}


def _hub(_: Any, out: Path, options: dict[str, Any]) -> dict[str, Any]:
    from qa.hub import write_layout

    scores = [options["_eval"]] if options.get("_eval") else []
    files = write_layout(out.parent / "benchmark", out, repo_id="zh-annotate/seed-hightech-zones-qa",
                         scores=scores)
    return {"files": files}


class _Skip(Exception):
    """A stage that has nothing to work on (e.g. no corrected annotations yet); later stages skip too."""


STAGES: list[Stage] = [
    Stage("segment", "paragraphs.jsonl", _segment),
    Stage("prelabel", "tasks.json", _prelabel),
    Stage("label-studio", "ls_config.xml", _label_studio),
    Stage("import", "corrected.jsonl", _import),
    Stage("qa-build", "benchmark", _qa_build),
    Stage("qa-eval", "qa_report.json", _qa_eval),
    Stage("hub", "hub", _hub),
]

# Stages whose output is not the next stage's input: the chain passes the previous path on.
_SIDE_STAGES = {"label-studio"}


def run_pipeline(inputs: Sequence[str | Path], out_dir: str | Path, *, on_error: str = "fail", jobs: int = 1,
                 progress: Callable[..., Any] | None = None, stages: Sequence[Stage] | None = None,
                 extra: dict[str, Any] | None = None) -> PipelineReport:
    """Run ``stages`` (default: all) in order; each reads what the one before it wrote.

    ``extra`` options: ``backend`` (pre-label backend spec), ``annotations`` (a Label Studio export of
    corrections; default ``<input folder>/annotations/export.json``), ``system`` (QA baseline).
    """
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise UsageError(f"--out {out_dir} is a file", hint="give a folder, e.g. build/")
    options: dict[str, Any] = {"on_error": on_error, "jobs": jobs, "progress": progress}
    report = PipelineReport(out_dir=str(out_dir))
    options.update(extra or {})
    options["inputs"] = [str(p) for p in inputs]
    previous: Any = list(inputs)
    skipping: str | None = None
    for stage in stages if stages is not None else STAGES:
        path = out_dir / stage.output
        if skipping is None:
            try:
                summary = stage.run(previous, path, options)
            except _Skip as why:
                skipping = str(why)
        if skipping is not None:
            report.stages.append({"stage": stage.name, "output": None, "not_run": skipping})
            continue
        report.stages.append({"stage": stage.name, "output": str(path), **summary})
        if stage.name not in _SIDE_STAGES:
            previous = path
    report.warnings = options.get("_warnings", [])
    report.skipped = options.get("_skipped", [])
    return report
