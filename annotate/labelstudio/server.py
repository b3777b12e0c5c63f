"""Install and run a local Label Studio server in its own virtual environment (I/O layer).

Label Studio pins its own Django/pydantic stack, so it never shares the toolkit's environment: it
lives in ``<home>/venv`` (``home`` defaults to ``$XDG_CACHE_HOME/zh-annotate/label-studio-1.23.2``,
so the few-minute install and the ~30 s first migration are paid once per machine) and we only talk
to it over HTTP on 127.0.0.1. ``<home>/template`` is an already-migrated data directory that fresh
data directories are copied from, which brings a cold start from ~33 s down to a few seconds.

The server is started in its own session (process group) so that :func:`stop` can end it, and any
worker it forks, by the PID we recorded, never by name.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from annotate.errors import LabelStudioError, UsageError

__all__ = [
    "LS_VERSION", "DEFAULT_USERNAME", "DEFAULT_PASSWORD", "DEFAULT_TOKEN",
    "ServerSettings", "Server", "default_home", "ensure_installed", "installed_version",
    "free_port", "server_env", "start", "stop", "wait_healthy", "ensure_template",
    "write_state", "read_state", "running", "launch", "default_data_dir", "port_free", "process_start",
    "not_our_server", "stop_recorded",
]

LS_VERSION = "1.23.2"
# Loopback-only developer defaults; anyone exposing a server sets their own.
DEFAULT_USERNAME = "annotator@example.com"
DEFAULT_PASSWORD = "zh-annotate-dev"
DEFAULT_TOKEN = "zh-annotate-dev-token-0123456789"
_TEMPLATE_MARK = ".zh-annotate-template.json"
#: Label Studio's default SSRF ban list less 127.0.0.0/8 and ::1 (kept banned when `ls serve` lets a
#: local ML backend in; see label_studio/core/utils/io.py)
STILL_BANNED_SUBNETS: tuple[str, ...] = (
    "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24",
    "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24",
    "224.0.0.0/4", "233.252.0.0/24", "240.0.0.0/4", "255.255.255.255/32", "::/128", "::ffff:0:0/96",
    "::ffff:0:0:0/96", "64:ff9b::/96", "64:ff9b:1::/48", "100::/64", "2001:0000::/32", "2001:20::/28",
    "2001:db8::/32", "2002::/16", "fc00::/7", "fe80::/10", "ff00::/8",
)


@dataclass(frozen=True)
class ServerSettings:
    port: int
    data_dir: Path
    username: str = DEFAULT_USERNAME
    password: str = DEFAULT_PASSWORD
    token: str = DEFAULT_TOKEN

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@dataclass(frozen=True)
class Server:
    pid: int
    url: str
    token: str
    username: str
    data_dir: str
    log: str
    started: int | None = None  # the process's start time (clock ticks since boot): a reused PID differs


def default_home() -> Path:
    if os.environ.get("ZH_ANNOTATE_LS_HOME"):
        return Path(os.environ["ZH_ANNOTATE_LS_HOME"])
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "zh-annotate" / f"label-studio-{LS_VERSION}"


def _venv_bin(home: Path, name: str) -> Path:
    return home / "venv" / "bin" / name


def installed_version(home: Path) -> str | None:
    """The label-studio version in ``home``'s venv, read from package metadata (never by running
    ``label-studio --version``, which starts a server)."""
    python = _venv_bin(home, "python")
    if not python.exists() or not _venv_bin(home, "label-studio").exists():
        return None
    probe = "import importlib.metadata as m; print(m.version('label-studio'))"
    done = subprocess.run([str(python), "-c", probe], capture_output=True, text=True, timeout=60)
    return done.stdout.strip() if done.returncode == 0 else None


@contextlib.contextmanager
def _locked(home: Path) -> Iterator[None]:
    """One installer/template builder at a time per home (make test and a developer may race)."""
    home.mkdir(parents=True, exist_ok=True)
    with open(home / ".lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _base_python() -> str:
    # A venv made from inside another venv still uses the base interpreter, which is what we want.
    return os.environ.get("LS_PYTHON") or sys.executable


def ensure_installed(home: Path | None = None, *, log=print) -> Path:
    """Create ``home/venv`` with label-studio==LS_VERSION unless a working one is there already."""
    home = home or default_home()
    with _locked(home):
        if installed_version(home) == LS_VERSION:
            return home
        venv = home / "venv"
        shutil.rmtree(venv, ignore_errors=True)
        log(f"installing label-studio=={LS_VERSION} into {venv} (a few minutes, once per machine)")
        steps = [
            [_base_python(), "-m", "venv", str(venv)],
            [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", f"label-studio=={LS_VERSION}"],
        ]
        for cmd in steps:
            done = subprocess.run(cmd, capture_output=True, text=True)
            if done.returncode != 0:
                tail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["(no output)"]
                raise LabelStudioError(
                    f"could not install label-studio=={LS_VERSION}: {tail[0]}",
                    hint="check that the package registry is reachable; the command was: " + " ".join(cmd),
                )
        if installed_version(home) != LS_VERSION:
            raise LabelStudioError(f"label-studio=={LS_VERSION} did not install into {venv}")
        return home


def default_data_dir() -> Path:
    data = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return data / "zh-annotate" / "label-studio"


def port_free(port: int) -> bool:
    """Nothing listens on 127.0.0.1:port (connections lingering in TIME_WAIT do not count)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def server_env(settings: ServerSettings) -> dict[str, str]:
    data = Path(settings.data_dir).resolve()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LABEL_STUDIO_", "DJANGO_"))}
    env.update({
        "LABEL_STUDIO_BASE_DATA_DIR": str(data),
        "LABEL_STUDIO_USERNAME": settings.username,
        "LABEL_STUDIO_PASSWORD": settings.password,
        "LABEL_STUDIO_USER_TOKEN": settings.token,
        "LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN": "true",  # else the fixed token is refused (401)
        "LABEL_STUDIO_COLLECT_ANALYTICS": "false",
        "LABEL_STUDIO_LATEST_VERSION_CHECK": "false",
        "SENTRY_DSN": "", "FRONTEND_SENTRY_DSN": "",
        "XDG_CONFIG_HOME": str(data / "xdg" / "config"),
        "XDG_CACHE_HOME": str(data / "xdg" / "cache"),
        "XDG_DATA_HOME": str(data / "xdg" / "data"),
        "XDG_STATE_HOME": str(data / "xdg" / "state"),
        "PYTHONUNBUFFERED": "1",
        # An ML backend on this machine (`ls backend`) must be reachable: lift the default ban on
        # loopback, and keep every other private or reserved range banned (SSRF protection).
        "USE_DEFAULT_BANNED_SUBNETS": "false",
        "USER_ADDITIONAL_BANNED_SUBNETS": ",".join(STILL_BANNED_SUBNETS),
    })
    env.pop("VIRTUAL_ENV", None)
    env.pop("PYTHONPATH", None)
    return env


def _validate(settings: ServerSettings) -> None:
    if not 6 <= len(settings.token) <= 40:
        raise UsageError("the token must be 6 to 40 characters long", hint="pass another --token")
    if "@" not in settings.username:
        raise UsageError("the username must be an e-mail address", hint="e.g. --username me@example.com")


def _get(url: str, token: str | None = None, timeout: float = 5.0) -> tuple[int, bytes]:
    request = urllib.request.Request(url)
    if token:
        request.add_header("Authorization", f"Token {token}")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (loopback only)
            return response.status, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def wait_healthy(url: str, *, timeout: float = 240.0, process: subprocess.Popen | None = None,
                 log: str | None = None) -> None:
    """Poll ``url/health`` every half second until it answers 200 (bounded by ``timeout``)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise LabelStudioError(f"the server exited with code {process.returncode} while starting",
                                   hint=f"see its log: {log}" if log else None)
        with contextlib.suppress(OSError):
            status, _ = _get(f"{url}/health", timeout=2.0)
            if status == 200:
                return
        time.sleep(0.5)
    raise LabelStudioError(f"no answer from {url}/health after {timeout:.0f} s",
                           hint=f"see its log: {log}" if log else None)


def _check_identity(settings: ServerSettings) -> None:
    """The port may have been taken between picking and binding (the server then silently moves
    on), so make sure the server answering is ours: our token must log in as our user."""
    status, body = _get(f"{settings.url}/api/current-user/whoami", settings.token)
    if status == 200 and json.loads(body).get("email") == settings.username:
        return
    raise LabelStudioError(
        f"the server on {settings.url} does not accept this token for {settings.username} (HTTP {status})",
        hint="another server holds that port, or the data dir was made with other credentials",
    )


def _prepare_data_dir(settings: ServerSettings, template: Path | None) -> None:
    data = Path(settings.data_dir)
    fresh = not data.exists() or not any(data.iterdir())
    if template is not None and fresh and _template_matches(template, settings):
        shutil.copytree(template, data, dirs_exist_ok=True)
        (data / _TEMPLATE_MARK).unlink(missing_ok=True)
    data.mkdir(parents=True, exist_ok=True)


def _template_matches(template: Path, settings: ServerSettings) -> bool:
    """Copy the template only for the credentials it was made with (else its user would linger)."""
    try:
        mark = json.loads((template / _TEMPLATE_MARK).read_text())
    except (OSError, ValueError):
        return False
    return (mark.get("version"), mark.get("username"), mark.get("token")) == (
        LS_VERSION, settings.username, settings.token)


def start(settings: ServerSettings, *, home: Path | None = None, template: Path | None = None,
          timeout: float = 240.0) -> Server:
    """Start ``label-studio`` on ``127.0.0.1:settings.port`` and return once it serves our user."""
    _validate(settings)
    home = home or default_home()
    binary = _venv_bin(home, "label-studio")
    if not binary.exists():
        raise LabelStudioError(f"label-studio is not installed in {home / 'venv'}",
                               hint="run `make ls-env` or `python -m annotate ls serve --install`")
    _prepare_data_dir(settings, template)
    log_path = Path(settings.data_dir).resolve() / "server.log"
    cmd = [str(binary), "start", "--no-browser", "--internal-host", "127.0.0.1", "--port", str(settings.port)]
    with open(log_path, "ab") as log:
        process = subprocess.Popen(cmd, env=server_env(settings), stdout=log, stderr=subprocess.STDOUT,
                                   stdin=subprocess.DEVNULL, start_new_session=True,
                                   cwd=str(Path(settings.data_dir).resolve()))
    try:
        wait_healthy(settings.url, timeout=timeout, process=process, log=str(log_path))
        _check_identity(settings)
    except BaseException:
        stop(process.pid)
        raise
    return Server(pid=process.pid, url=settings.url, token=settings.token, username=settings.username,
                  data_dir=str(Path(settings.data_dir).resolve()), log=str(log_path),
                  started=process_start(process.pid))


def process_start(pid: int) -> int | None:
    """The process's start time in clock ticks since boot (Linux ``/proc``), ``None`` where unknown."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return int(stat[stat.rindex(")") + 2:].split()[19])  # field 22; the name in () may hold spaces


def _cmdline(pid: int) -> list[str] | None:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace").split("\0")
    except OSError:
        return None


def not_our_server(state: Server) -> str | None:
    """Why the process ``state`` names is not the server that wrote it (``None``: it is). Checks the
    command line (``label-studio start`` on the recorded port), the start time, and that it leads its
    process group, so a stale state file whose PID was reused never gets another process signalled."""
    port = state.url.rstrip("/").rsplit(":", 1)[-1]
    cmd = _cmdline(state.pid)
    if cmd is not None and not (any(Path(a).name == "label-studio" for a in cmd[:2]) and "start" in cmd
                                and port in cmd):
        return f"its command line is {' '.join(a for a in cmd if a)[:120]!r}, not `label-studio start --port {port}`"
    if state.started is not None and process_start(state.pid) not in (None, state.started):
        return "it started at another time than the recorded server (the PID was reused)"
    try:
        if os.getpgid(state.pid) != state.pid:
            return "it does not lead its own process group, as the server we started does"
    except ProcessLookupError:
        return None
    return None


def stop_recorded(state: Server, *, timeout: float = 20.0) -> bool:
    """Stop the server a state file recorded; ``False`` when it is not running any more. Raises
    :class:`LabelStudioError` (signalling nothing) when the PID now belongs to another process."""
    if not running(state.pid):
        return False
    reason = not_our_server(state)
    if reason:
        raise LabelStudioError(f"pid {state.pid} is not the Label Studio server the state file recorded: {reason}; "
                               "nothing was stopped", hint="the state file is stale: delete it")
    stop(state.pid, timeout=timeout)
    return True


def running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie child of ours still "exists"; reap it if it is ours.
    with contextlib.suppress(ChildProcessError):
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done == pid:
            return False
    return True


def _group_running(pgid: int) -> bool:
    """Whether a process of group ``pgid`` still runs. A zombie does not count: it has ended and only
    waits for its parent (init, for a worker whose leader is gone) to collect its exit status."""
    return bool(_group_members(pgid))


def _group_members(pgid: int) -> list[int]:
    """The processes of group ``pgid`` that still run (zombies left out; see :func:`_group_running`)."""
    try:
        names = os.listdir("/proc")
    except OSError:  # no /proc: the group exists while the kernel can still signal it
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return []
        except PermissionError:
            return [pgid]
        return [pgid]
    members = []
    for name in names:
        if not name.isdigit():
            continue
        try:
            stat = Path(f"/proc/{name}/stat").read_text()
        except OSError:
            continue  # ended while we looked
        state, _ppid, group = stat[stat.rindex(")") + 2:].split()[:3]  # the name in () may hold spaces
        if int(group) == pgid and state not in ("Z", "X"):
            members.append(int(name))
    return members


def stop(pid: int, *, timeout: float = 20.0) -> None:
    """SIGTERM the server's process group (its PID leads it), then SIGKILL what is left. Returns once
    no process of the group runs: the workers too, not only the leader (they take their own time to
    handle the signal, and one that ignores SIGTERM gets the SIGKILL). Decided by the group alone: a
    leader that has ended but waits as a zombie for a parent that is not us has stopped. Raises
    :class:`LabelStudioError` when a process of the group still runs ``timeout`` seconds after the
    SIGKILL (one in uninterruptible sleep, or that we may not signal)."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pid, sig)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            running(pid)  # reaps the leader when it is our child
            if not _group_running(pid):
                return
            time.sleep(0.2)
    left = ",".join(map(str, _group_members(pid) or [pid]))
    raise LabelStudioError(
        f"Label Studio's process group {pid} still runs {timeout:g} s after SIGKILL (pids {left})",
        hint=f"see `ps -o pid,stat,user,args -p {left}` (state D: waiting on a disk or mount; another user's: "
             "stop it as that user), end them, then run the command again")


def ensure_template(home: Path | None = None, *, log=print) -> Path:
    """A migrated data dir (default credentials) to copy fresh data dirs from; built once."""
    home = home or default_home()
    template = home / "template"
    mark = template / _TEMPLATE_MARK
    with _locked(home):
        if mark.exists() and json.loads(mark.read_text()).get("version") == LS_VERSION:
            return template
        shutil.rmtree(template, ignore_errors=True)
        log(f"migrating a template Label Studio data dir in {template} (~30 s, once)")
        server = start(ServerSettings(port=free_port(), data_dir=template), home=home)
        stop(server.pid)
        (template / "server.log").unlink(missing_ok=True)
        mark.write_text(json.dumps({"version": LS_VERSION, "username": DEFAULT_USERNAME,
                                    "token": DEFAULT_TOKEN}))
    return template


def write_state(path: Path, server: Server) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(asdict(server), indent=2) + "\n", encoding="utf-8")


def read_state(path: Path) -> Server:
    try:
        return Server(**json.loads(Path(path).read_text(encoding="utf-8")))
    except FileNotFoundError:
        raise LabelStudioError(f"no server state file at {path}", hint="was the server started with --state?") from None
    except (OSError, ValueError, TypeError) as err:
        raise LabelStudioError(f"{path}: not a server state file ({err})",
                               hint="give the file `ls serve --state` wrote") from None


def launch(*, port: int | None = None, data_dir: Path | None = None, username: str = DEFAULT_USERNAME,
           password: str = DEFAULT_PASSWORD, token: str = DEFAULT_TOKEN, home: Path | None = None,
           install: bool = True, log=print) -> Server:
    """Install if needed, pick a port (8080 when free), start, and return the running server."""
    from annotate.errors import UsageError

    home = home or default_home()
    _validate(ServerSettings(port=0, data_dir=Path("."), username=username, token=token))  # before any install
    if install:
        ensure_installed(home, log=log)
    if port is None:
        port = 8080 if port_free(8080) else free_port()
    elif not port_free(port):
        raise UsageError(f"port {port} on 127.0.0.1 is busy", hint="pick another --port or stop what uses it")
    settings = ServerSettings(port=port, data_dir=Path(data_dir or default_data_dir()), username=username,
                              password=password, token=token)
    _validate(settings)
    fresh = not settings.data_dir.exists() or not any(settings.data_dir.iterdir())
    template = None
    if fresh and (username, token) == (DEFAULT_USERNAME, DEFAULT_TOKEN):
        template = ensure_template(home, log=log)
    return start(settings, home=home, template=template)
