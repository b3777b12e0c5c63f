"""The Label Studio stage of ``make demo`` / ``pipeline`` (offline: writes files, starts nothing).

It writes the ner+qa labeling config beside the pipeline's tasks file and returns the exact commands
that take those tasks to a server and back, so the pipeline can print them.
"""

from __future__ import annotations

import os
import shlex
from dataclasses import dataclass
from pathlib import Path

from annotate.io import atomic_write

from .config import label_config
from .server import DEFAULT_TOKEN

__all__ = ["LabelStudioStage", "ls_stage", "CONFIG_NAME"]

CONFIG_NAME = "ls_config.xml"


@dataclass(frozen=True)
class LabelStudioStage:
    config: str                 # path of the written labeling config
    tasks: str                  # path of the tasks file the commands push
    commands: tuple[str, ...]   # shell lines, in order, to run against a local server
    manual: tuple[str, ...]     # the same done by hand in the Label Studio UI

    def text(self) -> str:
        lines = ["Label Studio (optional, needs the one-time install of `ls serve`):"]
        lines += [f"  {cmd}" for cmd in self.commands]
        lines += ["or by hand in the Label Studio UI:"] + [f"  {step}" for step in self.manual]
        return "\n".join(lines)


def ls_stage(out_dir: str | os.PathLike[str], *, tasks: str | os.PathLike[str] | None = None,
             project: str = "zh-annotate-demo", port: int = 8080) -> LabelStudioStage:
    """Write ``out_dir/ls_config.xml`` (ner+qa) and return the serve/push/pull commands for ``tasks``
    (default ``out_dir/tasks.json``)."""
    out = Path(out_dir)
    config = out / CONFIG_NAME
    with atomic_write(config) as handle:
        handle.write(label_config("ner+qa"))
    tasks_path = Path(tasks) if tasks is not None else out / "tasks.json"
    url = f"http://127.0.0.1:{port}"
    q = shlex.quote
    commands = (
        f"python -m annotate ls serve --port {port} --data-dir {q(str(out / 'label-studio'))}"
        "   # in its own shell; Ctrl-C stops it",
        f"export LABEL_STUDIO_URL={url} LABEL_STUDIO_API_KEY={DEFAULT_TOKEN}",
        f"python -m annotate ls push {q(str(tasks_path))} --project {q(project)} --config {q(str(config))}",
        f"python -m annotate ls pull --project {q(project)} --out {q(str(out / 'export.json'))}",
        f"python -m annotate ls import {q(str(out / 'export.json'))} --out {q(str(out / 'corrected.jsonl'))}",
    )
    manual = (
        f"Create Project -> Labeling Setup -> Code: paste {config}",
        f"Data Import: upload {tasks_path} (its predictions show as pre-annotations)",
        "Export -> JSON, then `python -m annotate ls import` on the downloaded file",
    )
    return LabelStudioStage(str(config), str(tasks_path), commands, manual)
