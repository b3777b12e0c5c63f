"""Every command shows an example in --help that parses (and, unless it needs a server, the Hub or minutes of
training, runs), and is documented in the README (sqlite-utils' habit)."""

import importlib
import re
import shlex
import subprocess
import sys

import pytest

from annotate import cli as annotate_cli
from annotate import clikit
from annotate.commands import ls as ls_group
from qa import cli as qa_cli
from qa import eval as qa_eval


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


# --------------------------------------------------------------------------- every --help example works

def _example_modules():
    """(program, module) for every command that prints an example in --help."""
    found = [("annotate", m) for m in annotate_cli.COMMANDS] + [("annotate", m) for m in ls_group.SUBCOMMANDS]
    found += [("qa", m) for m in qa_cli.COMMANDS if m != "qa.eval"] + [("qa.eval", "qa.eval")]
    return found


def _argv(example: str) -> tuple[str, list[str]]:
    """The program and arguments of ``[VAR=value ...] python -m PROG ARGS``."""
    words = shlex.split(example)
    while words and "=" in words[0] and not words[0].startswith("-"):
        words.pop(0)  # environment assignments
    assert words[:2] == ["python", "-m"], example
    return words[2], words[3:]


def _parse(prog: str, argv: list[str]):
    if prog == "qa.eval":
        return clikit.command_parser("python -m qa.eval", "qa.eval").parse_args(argv)
    modules = annotate_cli.COMMANDS if prog == "annotate" else qa_cli.COMMANDS
    return clikit.build_parser(prog, "", modules).parse_args(argv)


EXAMPLES = {m: importlib.import_module(m).EXAMPLE for _, m in _example_modules()}


@pytest.mark.parametrize("module", sorted(EXAMPLES))
def test_every_help_example_parses(module):
    prog, argv = _argv(EXAMPLES[module])
    args = _parse(prog, argv)  # a usage error exits 2 (SystemExit) and fails the test
    assert prog == "qa.eval" or getattr(args, "_run", None) is not None  # names a command, not just a group


# Examples that need a running Label Studio (covered by the integration tests), the Hub, or minutes of
# training are parsed above; every other example is run here, in this order, in a scratch copy of the
# repository layout (seeds/ and ../shared), each on what the ones before it wrote.
RUN_ORDER = [
    "annotate.commands.segment", "annotate.commands.prelabel", "annotate.commands.ls_config",
    "annotate.commands.pipeline", "annotate.commands.ls_import", "annotate.commands.ls_to_bio",
    "annotate.commands.agreement", "annotate.commands.ner_eval", "qa.commands.build", "qa.commands.check",
    "qa.commands.push",
    "qa.eval",
]
PARSE_ONLY = {"annotate.commands.train", "annotate.commands.ls", "annotate.commands.ls_serve", "annotate.commands.ls_backend",
              "annotate.commands.ls_push", "annotate.commands.ls_pull"}


def test_every_example_is_run_or_named_as_parse_only():
    assert set(RUN_ORDER) | PARSE_ONLY == set(EXAMPLES) and not set(RUN_ORDER) & PARSE_ONLY


def test_the_runnable_examples_run(tmp_path, root, shared, monkeypatch, capsys):
    work = tmp_path / "repo"
    work.mkdir()
    (work / "seeds").symlink_to(root / "seeds")
    (tmp_path / "shared").symlink_to(shared)
    monkeypatch.chdir(work)
    mains = {"annotate": annotate_cli.main, "qa": qa_cli.main}
    for module in RUN_ORDER:
        prog, argv = _argv(EXAMPLES[module])
        code = qa_eval.main(argv) if prog == "qa.eval" else mains[prog](argv)
        out, err = capsys.readouterr()
        assert code == 0, f"{EXAMPLES[module]}\n{err}"
        assert "Traceback" not in err
    assert (work / "build" / "hub" / "README.md").is_file() and (work / "build" / "qa_report.html").is_file()


def test_readme_commands_parse(root):
    """Every `python -m annotate|qa ...` line in the README's code blocks is a valid command line."""
    readme = (root / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```\n(.*?)```", readme, re.S)
    lines = [line.split("#", 1)[0].strip() for block in blocks for line in block.splitlines()]
    commands = [line for line in lines if re.match(r"python -m (annotate|qa)\b", line)]
    assert len(commands) >= 15
    for line in commands:
        prog, argv = _argv(line)
        if argv and argv[0] == "--help":
            continue
        _parse(prog, argv)
