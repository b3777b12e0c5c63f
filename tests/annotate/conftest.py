"""Fixtures for tests/annotate. ``ls_server``: a real Label Studio for the integration tests.

The server runs from its own cached venv (``make ls-env`` installs it), on a free 127.0.0.1 port with
a fresh data dir copied from a migrated template, and is stopped by PID when the session ends, pass
or fail. It is never skipped: if it cannot be installed or started the tests that need it fail,
with the reason. ``LS_TEST_URL`` + ``LS_TEST_TOKEN`` point the tests at a server you run yourself.
"""

from __future__ import annotations

import os

import pytest

from annotate.errors import ToolkitError
from annotate.labelstudio import server as ls


def _server(tmp_path_factory: pytest.TempPathFactory):
    if os.environ.get("LS_TEST_URL"):
        yield ls.Server(pid=-1, url=os.environ["LS_TEST_URL"], token=os.environ.get("LS_TEST_TOKEN", ""),
                        username=os.environ.get("LS_TEST_USERNAME", ls.DEFAULT_USERNAME), data_dir="", log="")
        return
    try:
        home = ls.ensure_installed(log=lambda msg: print(msg, flush=True))
        template = ls.ensure_template(home, log=lambda msg: print(msg, flush=True))
        data = tmp_path_factory.mktemp("label-studio")
        srv = ls.start(ls.ServerSettings(port=ls.free_port(), data_dir=data), home=home, template=template)
    except ToolkitError as err:
        pytest.fail(f"could not start Label Studio {ls.LS_VERSION} for the integration tests: {err}", pytrace=False)
    try:
        yield srv
    finally:
        ls.stop(srv.pid)


@pytest.fixture(scope="session")
def ls_server(tmp_path_factory: pytest.TempPathFactory) -> ls.Server:
    """A running server: ``.url`` and ``.token`` (legacy token of user ``.username``)."""
    yield from _server(tmp_path_factory)


@pytest.fixture(scope="module")
def ls_server_of_its_own(tmp_path_factory: pytest.TempPathFactory) -> ls.Server:
    """A server for one module's concurrent pushes alone. Label Studio 1.23 deletes a project with every model
    signal disconnected, process-wide and not thread-safe (``temporary_disconnect_all_signals``): two deletes at
    once (racing pushes removing their leftover projects) can leave the server with no signal receivers for
    good, e.g. no ML backend webhook is created after that (test_ls_backend_integration failed so when run
    after the racing pushes). Those pushes get a server of their own, so the order of the files does not matter."""
    yield from _server(tmp_path_factory)


@pytest.fixture(scope="session")
def ls_url_token(ls_server: ls.Server) -> tuple[str, str]:
    return ls_server.url, ls_server.token
