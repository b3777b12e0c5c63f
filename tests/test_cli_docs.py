"""Every command shows an example in --help and is documented in the README (sqlite-utils' habit)."""

import importlib
import re
import subprocess
import sys

import pytest

from annotate import cli as annotate_cli
from annotate.commands import ls as ls_group
from qa import cli as qa_cli


def _names(modules):
    return [importlib.import_module(m).NAME for m in modules]


ANNOTATE = _names(annotate_cli.COMMANDS)
LS = _names(ls_group.SUBCOMMANDS)
QA = _names(qa_cli.COMMANDS)


@pytest.mark.parametrize("argv", [["annotate", name] for name in ANNOTATE]
                         + [["annotate", "ls", name] for name in LS]
                         + [["qa", name] for name in QA] + [["qa.eval"]])
def test_help_has_an_example(argv):
    proc = subprocess.run([sys.executable, "-m", *argv, "--help"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "example:" in proc.stdout
    example = proc.stdout.split("example:", 1)[1]
    command = " ".join(argv).replace("qa eval", "qa.eval")  # `qa eval` is an alias of `python -m qa.eval`
    assert f"python -m {command}" in example


def test_readme_mentions_every_command(root):
    readme = (root / "README.md").read_text(encoding="utf-8")
    mentioned = set(re.findall(r"python -m (annotate(?: ls)? [\w-]+|qa(?:\.eval)?(?: [\w-]+)?)", readme))
    missing = [f"annotate {n}" for n in ANNOTATE if n != "ls" and f"annotate {n}" not in mentioned]
    missing += [f"annotate ls {n}" for n in LS if f"annotate ls {n}" not in mentioned]
    missing += [f"qa {n}" for n in QA if n != "eval" and f"qa {n}" not in mentioned]
    assert not missing, f"README lacks an example of: {missing}"
