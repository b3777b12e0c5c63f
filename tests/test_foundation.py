import subprocess
import sys

import pytest

from annotate.errors import InputError, ToolkitError, UsageError
from annotate.io import atomic_write, read_jsonl


def test_error_formats_path_line_record_and_hint():
    err = InputError("bad span", path="a.jsonl", line=3, record="p1", hint="fix it")
    assert str(err) == "a.jsonl:3: record p1: bad span — fix it"
    assert err.exit_code == 1
    assert UsageError("x").exit_code == 2
    assert isinstance(err, ToolkitError)


def test_atomic_write_leaves_nothing_on_failure(tmp_path):
    out = tmp_path / "out.txt"
    with pytest.raises(RuntimeError):
        with atomic_write(out) as handle:
            handle.write("half")
            raise RuntimeError("boom")
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_read_jsonl_names_the_bad_line(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text('{"a": 1}\n\n{"b": \n', encoding="utf-8")
    rows = read_jsonl(path)
    assert next(rows) == (1, {"a": 1})
    with pytest.raises(InputError) as info:
        next(rows)
    assert ":3:" in str(info.value)


@pytest.mark.parametrize("module", ["annotate", "qa"])
def test_entry_points_show_help(module):
    proc = subprocess.run([sys.executable, "-m", module, "--help"], capture_output=True, text=True)
    assert proc.returncode == 0
    assert "COMMAND" in proc.stdout


def test_atomic_write_respects_umask_and_devices(tmp_path):
    import os
    import stat

    out = tmp_path / "x.json"
    with atomic_write(out) as handle:
        handle.write("{}")
    mode = stat.S_IMODE(os.stat(out).st_mode)
    umask = os.umask(0)
    os.umask(umask)
    assert mode == 0o666 & ~umask
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        with atomic_write(fifo) as handle:
            handle.write("hi")
        assert os.read(reader, 10) == b"hi"
        assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    finally:
        os.close(reader)
