"""``python -m annotate ls backend``: a live ML backend for Label Studio (pre-annotations + retraining)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from annotate.clikit import add_common, print_json
from annotate.errors import UsageError

NAME = "backend"
HELP = ("serve pre-labels to Label Studio as an ML backend (Settings → Model) and retrain the tagger "
        "as annotations are submitted")
EXAMPLE = "python -m annotate ls backend --port 9090 --connect news-ner"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--port", type=int, default=9090, help="port to listen on (default 9090; 0 = any free one)")
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default 127.0.0.1, loopback only; 0.0.0.0 exposes it)")
    parser.add_argument("--backend", dest="spec", metavar="SPEC",
                        help="pre-label backend spec (default: the toolkit's default, e.g. rules+lac)")
    parser.add_argument("--model", help="model directory or hub id for the spec (hf, tagger)")
    parser.add_argument("--model-dir", type=Path, default=Path("ls-backend-models"),
                        help="where retrained models go, one versioned folder each (default ./ls-backend-models)")
    parser.add_argument("--train-every", type=int, default=10, metavar="N",
                        help="retrain after N annotation events in a project (default 10); "
                             "'Start training' in Label Studio retrains at once")
    parser.add_argument("--trained-backend", default="rules+tagger", metavar="SPEC",
                        help="spec that serves a model trained here (default rules+tagger)")
    parser.add_argument("--base-model", metavar="DIR",
                        help="tagger the retrained one is stacked on (`train --base`; default: the shipped tagger)")
    parser.add_argument("--base-data", nargs="*", default=[], metavar="FILE",
                        help="training files added to the project's corrections (any format `train` reads)")
    parser.add_argument("--basic-auth", metavar="USER:PASS", help="require HTTP basic auth from Label Studio")
    parser.add_argument("--connect", metavar="PROJECT",
                        help="register this backend with a project (id or title) through the API, then serve")
    parser.add_argument("--public-url", help="URL Label Studio uses to reach this backend "
                                             "(default http://127.0.0.1:PORT)")
    parser.add_argument("--url", dest="ls_url", help="Label Studio URL (default: $LABEL_STUDIO_URL, else the "
                                                     "hostname Label Studio sends when it connects)")
    parser.add_argument("--token", dest="ls_token", help="Label Studio API token (default: $LABEL_STUDIO_API_KEY, "
                                                         "else the one Label Studio sends when it connects)")
    add_common(parser)


def _auth(value: str | None) -> tuple[str, str] | None:
    if not value:
        return None
    user, sep, password = value.partition(":")
    if not sep or not user or not password:
        raise UsageError("--basic-auth must be USER:PASS")
    return user, password


def run(args: argparse.Namespace) -> int:
    from annotate.labelstudio.backend import BackendSettings, serve

    if args.train_every < 1:
        raise UsageError("--train-every must be at least 1")
    if not 0 <= args.port <= 65535:
        raise UsageError(f"--port {args.port} is not a port number")
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(message)s")
    settings = BackendSettings(
        spec=args.spec, model=args.model, trained_spec=args.trained_backend, model_dir=args.model_dir,
        train_every=args.train_every, base_data=tuple(args.base_data), base_model=args.base_model,
        ls_url=args.ls_url or os.environ.get("LABEL_STUDIO_URL"),
        ls_token=args.ls_token or os.environ.get("LABEL_STUDIO_API_KEY"), basic_auth=_auth(args.basic_auth))

    def ready(url: str) -> None:
        if args.connect:
            from annotate.labelstudio.backend import connect_project

            info = connect_project(args.connect, args.public_url or url, url=settings.ls_url,
                                   token=settings.ls_token, basic_auth=settings.basic_auth)
            if args.json:
                print_json(info)
            elif not args.quiet:
                print(f"connected to project {info['project']} as ML backend {info['id']} "
                      f"(state {info['state']})", file=sys.stderr, flush=True)
        if not args.quiet and not args.json:
            print(f"ML backend listening on {url} — in Label Studio: Settings → Model → Connect Model, "
                  f"URL {args.public_url or url}; Ctrl-C stops it", file=sys.stderr, flush=True)

    try:
        serve(settings, host=args.host, port=args.port, ready=ready)
    except OSError as err:
        raise UsageError(f"cannot listen on {args.host}:{args.port}: {err.strerror or err}",
                         hint="pick another --port") from None
    except KeyboardInterrupt:
        pass
    return 0
