"""The main job: every stage of the toolkit on a folder of articles, into one build folder.

A plain sequence of stage functions; each takes the paths it reads and the path it writes and
returns a summary dict (what the command line prints):

    segment -> paragraphs.jsonl -> prelabel -> tasks.json -> label-studio (ls_config.xml + commands)
    corrected annotations (seeds/annotations/export.json) -> import -> corrected.jsonl -> qa-build ->
    benchmark/ -> qa-eval (offline baseline) -> qa_report.json/.html -> hub (the Hub layout, hub/)

Without corrected annotations the last four stages are reported as not run.

This is the one module of ``annotate`` that imports ``qa``, and only ``qa``'s library functions
(``qa.build``, ``qa.evaluate``, ``qa.report``, ``qa.hub``), never its commands; ``qa`` imports only
``annotate``'s shared base modules (errors, io, tables, labels, spans, hub_ids and the CLI kit), so the two
packages meet in those and nowhere else (``tests/test_layering.py`` checks it).
"""

from __future__ import annotations

import shlex
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotate.errors import InputError, UsageError
from annotate.io import atomic_write, check_outputs, read_json

__all__ = ["PipelineReport", "StageResult", "run_pipeline", "find_annotations", "segment_stage",
           "prelabel_stage", "label_studio_stage", "import_stage", "qa_build_stage", "qa_eval_stage",
           "hub_stage", "LS_CONFIG", "DEMO_PROJECT", "DEMO_REPO_ID"]

LS_CONFIG = "ls_config.xml"
DEMO_PROJECT = "zh-annotate-demo"
DEMO_REPO_ID = "zh-annotate/seed-hightech-zones-qa"

Progress = Callable[..., Any] | None


@dataclass(frozen=True)
class StageResult:
    """One stage's outcome: what it wrote (``output``) and its summary, or why it did not run."""

    stage: str
    output: str | None
    summary: dict[str, Any] = field(default_factory=dict)
    not_run: str | None = None

    def as_dict(self) -> dict[str, Any]:
        if self.not_run is not None:
            return {"stage": self.stage, "output": None, "not_run": self.not_run}
        return {"stage": self.stage, "output": self.output, **self.summary}


@dataclass
class PipelineReport:
    out_dir: str
    stages: list[StageResult] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (input path, why) left out by segment

    def add(self, stage: str, output: Path, summary: dict[str, Any]) -> None:
        self.stages.append(StageResult(stage, str(output), summary))

    def as_dict(self) -> dict[str, Any]:
        return {"out_dir": self.out_dir, "stages": [s.as_dict() for s in self.stages], "warnings": self.warnings,
                "skipped": [{"path": p, "error": e} for p, e in self.skipped]}


# --------------------------------------------------------------------------- the stages

def segment_stage(inputs: Sequence[str | Path], out: Path, *, on_error: str = "fail", jobs: int = 1,
                  progress: Progress = None, report: PipelineReport | None = None) -> dict[str, Any]:
    from annotate.segment.files import segment_paths

    result = segment_paths(inputs, out, on_error=on_error, jobs=jobs, progress=progress)
    if report is not None:
        report.warnings.extend(result.warnings)
        report.skipped.extend(result.skipped)
    return {"documents": result.documents, "units": result.units, "kinds": result.kinds,
            "characters": result.characters}


def prelabel_stage(paragraphs: Path, out: Path, *, backend: str | None = None, jobs: int = 1,
                   progress: Progress = None) -> dict[str, Any]:
    """Pre-label through shards (streamed, resumable; ``jobs`` processes, same output)."""
    from annotate.prelabel.tasks import prelabel

    return prelabel(paragraphs, out, backend=backend, jobs=jobs, progress=progress).summary()


def label_studio_stage(tasks: Path, out: Path, *, project: str = DEMO_PROJECT, port: int | None = None
                       ) -> dict[str, Any]:
    """Write the ner+qa labeling config to ``out`` (offline: starts nothing) and return the exact
    commands that take ``tasks`` to a local server and back, and the same steps by hand. ``port``
    defaults to 8080 when it is free, else a free one (what ``ls serve`` would pick)."""
    from annotate.labelstudio.config import label_config
    from annotate.labelstudio.server import DEFAULT_TOKEN, free_port, port_free

    if port is None:
        port = 8080 if port_free(8080) else free_port()

    with atomic_write(out) as handle:
        handle.write(label_config("ner+qa"))
    build = out.parent
    url = f"http://127.0.0.1:{port}"
    q = shlex.quote
    commands = [
        f"python -m annotate ls serve --port {port} --data-dir {q(str(build / 'label-studio'))}"
        "   # in its own shell; Ctrl-C stops it",
        f"export LABEL_STUDIO_URL={url} LABEL_STUDIO_API_KEY={DEFAULT_TOKEN}",
        f"python -m annotate ls push {q(str(tasks))} --project {q(project)} --config {q(str(out))}",
        f"python -m annotate ls pull --project {q(project)} --out {q(str(build / 'export.json'))}",
        f"python -m annotate ls import {q(str(build / 'export.json'))} --out {q(str(build / 'corrected.jsonl'))}",
    ]
    manual = [
        f"Create Project -> Labeling Setup -> Code: paste {out}",
        f"Data Import: upload {tasks} (its predictions show as pre-annotations)",
        "Export -> JSON, then `python -m annotate ls import` on the downloaded file",
    ]
    return {"config": str(out), "commands": commands, "manual": manual}


def find_annotations(inputs: Sequence[str | Path], given: str | Path | None = None) -> Path | None:
    """The corrected seed annotations: ``given``, else the first ``<input folder>/annotations/export.json``."""
    if given:
        return Path(given)
    for item in inputs:
        candidate = Path(item) / "annotations" / "export.json"
        if candidate.is_file():
            return candidate
    return None


def import_stage(export: Path, out: Path) -> dict[str, Any]:
    from annotate.labelstudio.convert import import_export

    return import_export(export, out)


def qa_build_stage(corrected: Path, out: Path) -> dict[str, Any]:
    from qa.build import build

    return build(corrected, out).as_dict()


def qa_eval_stage(benchmark: Path, out: Path, *, system: str = "overlap") -> dict[str, Any]:
    """Score an offline baseline on ``benchmark``; write the report to ``out`` (JSON) and beside it as HTML."""
    from annotate.io import write_json
    from qa.evaluate import evaluate
    from qa.report import render_html, render_text

    report = evaluate(benchmark / "benchmark.json", system=system)
    result = report.as_dict()
    write_json(out, result)
    html = out.with_suffix(".html")
    with atomic_write(html) as handle:
        handle.write(render_html(report))
    return {"system": result["source"].get("system"), "exact_match": result["exact_match"], "f1": result["f1"],
            "lenient_em": result["lenient_em"], "total": result["total"], "html": str(html),
            "report": render_text(report)}


def hub_stage(benchmark: Path, out: Path, *, repo_id: str = DEMO_REPO_ID,
              scores: Sequence[dict[str, Any]] = ()) -> dict[str, Any]:
    from qa.hub import write_layout

    return {"files": write_layout(benchmark, out, repo_id=repo_id, scores=scores)}


# --------------------------------------------------------------------------- the sequence

def run_pipeline(inputs: Sequence[str | Path], out_dir: str | Path, *, on_error: str = "fail", jobs: int = 1,
                 progress: Progress = None, backend: str | None = None, annotations: str | Path | None = None,
                 system: str = "overlap") -> PipelineReport:
    """Run every stage in order into ``out_dir``; each reads what an earlier one wrote.

    ``backend``: pre-label backend spec (default: the offline default); ``annotations``: a Label
    Studio export of corrections (default ``<input folder>/annotations/export.json``); ``system``: the
    offline QA baseline to evaluate.
    """
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise UsageError(f"--out {out} is a file", hint="give a folder, e.g. build/")
    report = PipelineReport(out_dir=str(out))
    export = find_annotations(inputs, annotations)
    if export is not None and not export.is_file():  # checked before any stage writes anything
        raise InputError("annotations file not found", path=str(export), hint="check --annotations")
    paragraphs, tasks, config = out / "paragraphs.jsonl", out / "tasks.json", out / LS_CONFIG
    corrected, benchmark = out / "corrected.jsonl", out / "benchmark"
    qa_report, hub = out / "qa_report.json", out / "hub"
    check_outputs([(p, "file") for p in (paragraphs, tasks, config, corrected, qa_report)]
                  + [(benchmark, "dir"), (hub, "dir")], [*inputs, *([export] if export else [])])

    report.add("segment", paragraphs, segment_stage(inputs, paragraphs, on_error=on_error, jobs=jobs,
                                                    progress=progress, report=report))
    report.add("prelabel", tasks, prelabel_stage(paragraphs, tasks, backend=backend, jobs=jobs, progress=progress))
    report.add("label-studio", config, label_studio_stage(tasks, config))

    if export is None:
        why = "no corrected annotations (give --annotations EXPORT.json)"
        report.stages += [StageResult(name, None, not_run=why) for name in ("import", "qa-build", "qa-eval", "hub")]
        return report
    report.add("import", corrected, import_stage(export, corrected))
    report.add("qa-build", benchmark, qa_build_stage(corrected, benchmark))
    report.add("qa-eval", qa_report, qa_eval_stage(benchmark, qa_report, system=system))
    report.add("hub", hub, hub_stage(benchmark, hub, scores=[read_json(qa_report)]))
    return report
