"""``python -m annotate ls serve``: run a local Label Studio for annotating (loopback only)."""

from __future__ import annotations

import argparse
import signal
import sys
import time
from dataclasses import asdict
from pathlib import Path

from annotate.clikit import add_common, print_json
from annotate.labelstudio import server

NAME = "serve"
HELP = "install (once) and run a local Label Studio on 127.0.0.1; prints its URL, login, password and API token"
EXAMPLE = "python -m annotate ls serve --port 8080 --data-dir ~/ls-data"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--port", type=int, help="port on 127.0.0.1 (default 8080, or a free one if busy)")
    parser.add_argument("--data-dir", type=Path, help=f"where projects live (default {server.default_data_dir()})")
    parser.add_argument("--username", default=server.DEFAULT_USERNAME, help="login e-mail (created on first start)")
    parser.add_argument("--password", default=server.DEFAULT_PASSWORD, help="login password")
    parser.add_argument("--token", default=server.DEFAULT_TOKEN, help="fixed legacy API token, 6-40 characters")
    parser.add_argument("--home", type=Path, help=f"where Label Studio is installed (default {server.default_home()})")
    parser.add_argument("--background", metavar="STATE", type=Path,
                        help="start, write pid/url/token to STATE (JSON) and return; stop with --stop STATE")
    parser.add_argument("--stop", metavar="STATE", type=Path, help="stop the server recorded in STATE")
    parser.add_argument("--install-only", action="store_true",
                        help="install Label Studio and migrate the template data dir, then exit (used by make)")
    add_common(parser)


def _announce(srv: server.Server, args: argparse.Namespace) -> None:
    if args.json:
        print_json({**asdict(srv), "password": args.password})
        return
    print(f"Label Studio {server.LS_VERSION} is running (pid {srv.pid})\n"
          f"  open      {srv.url}\n"
          f"  log in    {srv.username}  password {args.password}   (set when this data dir was first used)\n"
          f"  token     {srv.token}\n"
          f"  data dir  {srv.data_dir}   (log: {srv.log})\n"
          f"then, in another shell:\n"
          f"  export LABEL_STUDIO_URL={srv.url} LABEL_STUDIO_API_KEY={srv.token}\n"
          f"  python -m annotate ls push build/tasks.json --project my-project", flush=True)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def run(args: argparse.Namespace) -> int:
    log = (lambda msg: None) if args.quiet else (lambda msg: print(msg, file=sys.stderr, flush=True))
    if args.stop:
        state = server.read_state(args.stop)
        if server.stop_recorded(state):
            log(f"stopped Label Studio (pid {state.pid})")
        else:
            log(f"Label Studio (pid {state.pid}) was not running; removed {args.stop}")
        args.stop.unlink(missing_ok=True)
        return 0
    if args.install_only:
        home = server.ensure_installed(args.home, log=log)
        server.ensure_template(home, log=log)
        log(f"Label Studio {server.LS_VERSION} is installed in {home / 'venv'}")
        return 0
    srv = server.launch(port=args.port, data_dir=args.data_dir, username=args.username, password=args.password,
                        token=args.token, home=args.home, log=log)
    if args.background:
        server.write_state(args.background, srv)
        if not args.quiet:  # --quiet: the URL and token are in STATE
            _announce(srv, args)
        return 0
    _announce(srv, args)
    if not args.json:
        print("press Ctrl-C to stop", flush=True)
    # The server runs in its own session, so a signal to us does not reach it: stop it ourselves
    # on Ctrl-C, on `kill` (SIGTERM) and when the terminal goes away (SIGHUP).
    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, _interrupt)
    try:
        while server.running(srv.pid):
            time.sleep(1)
        log(f"Label Studio exited; see {srv.log}")
        return 1
    except KeyboardInterrupt:
        log("stopping")
        return 0
    finally:
        server.stop(srv.pid)
