"""ML backend latency: ``POST /predict`` for a batch of 10 paragraphs of 200 characters, over HTTP.

The backend runs in this process on a free loopback port (the same server ``ls backend`` runs);
requests are what Label Studio sends (``tasks`` + ``label_config``). Paragraphs are 200-character
slices of the seed articles. The first request (model load) is reported apart; then ``--repeat``
batches, each of 10 different paragraphs, give the median and p90 latency.

    PYTHONPATH=. python benchmarks/ls_backend.py [--backend SPEC] [--model DIR] [--repeat 50] [--json]
    PYTHONPATH=. python benchmarks/ls_backend.py --retrain 500     # one retraining on 500 corrected paragraphs

``--retrain N``: the backend's own training path (export -> ``annotate train --base`` in a child process ->
load and swap), timed from the request to the new model serving, on N corrected paragraphs: the seed
articles' corrected export, its tasks repeated under new ids up to N (timing only).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def paragraphs(n: int, size: int = 200) -> list[str]:
    text = "".join(p.read_text(encoding="utf-8").replace("\n", "") for p in sorted((ROOT / "seeds").glob("*.txt")))
    starts = [(i * size + (i * size) // (len(text) - size) * 37) % (len(text) - size) for i in range(n)]
    return [text[s:s + size] for s in starts]  # wraps around with a shift: distinct paragraphs


def post(url: str, body: dict) -> tuple[float, dict]:
    data = json.dumps(body, ensure_ascii=False).encode("utf-8")
    req = urllib.request.Request(url, data=data, method="POST", headers={"Content-Type": "application/json"})
    started = time.perf_counter()
    with urllib.request.urlopen(req, timeout=600) as resp:
        reply = json.loads(resp.read())
    return time.perf_counter() - started, reply


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--backend", help="pre-label spec (default: the toolkit default)")
    ap.add_argument("--model")
    ap.add_argument("--repeat", type=int, default=50)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--retrain", type=int, metavar="N", help="time one retraining on N corrected paragraphs")
    args = ap.parse_args()
    if args.retrain:
        return retrain(args.retrain, args.json)
    sys.path.insert(0, str(ROOT))
    from annotate.labelstudio.backend import BackendApp, BackendSettings, make_server
    from annotate.labelstudio.config import label_config

    with tempfile.TemporaryDirectory() as tmp:
        app = BackendApp(BackendSettings(spec=args.backend, model=args.model, model_dir=Path(tmp)))
        server = make_server(app, port=0)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        url = f"http://127.0.0.1:{server.server_address[1]}/predict"
        config = label_config("ner")
        paras = paragraphs(10 * (args.repeat + 1))
        batches = [paras[i:i + 10] for i in range(0, len(paras), 10)]

        def body(batch):
            return {"tasks": [{"id": i, "data": {"text": t}} for i, t in enumerate(batch)], "label_config": config}

        first, _ = post(url, body(batches[0]))
        times, regions = [], 0
        for batch in batches[1:args.repeat + 1]:
            took, reply = post(url, body(batch))
            times.append(took)
            regions += sum(len(r["result"]) for r in reply["results"])
        server.shutdown()
    times.sort()
    out = {"backend": app.slot.spec, "batches": len(times), "paragraph_chars": 200, "batch_size": 10,
           "first_request_s": round(first, 3), "median_ms": round(1000 * statistics.median(times), 1),
           "p90_ms": round(1000 * times[int(0.9 * (len(times) - 1))], 1), "best_ms": round(1000 * times[0], 1),
           "regions_per_batch": round(regions / len(times), 1), "load_average": os.getloadavg()[0]}
    if args.json:
        print(json.dumps(out, indent=2))
    else:
        for k, v in out.items():
            print(f"{k:>18}  {v}")
    return 0


def retrain(n: int, as_json: bool) -> int:
    sys.path.insert(0, str(ROOT))
    from annotate.labelstudio.backend import BackendSettings, ModelSlot, Trainer

    export = json.loads((ROOT / "seeds/annotations/export.json").read_text(encoding="utf-8"))
    annotated = [t for t in export if t.get("annotations")]
    tasks = [{**t, "id": i, "data": {**t["data"], "id": f"{t['data'].get('id')}-{i}"}}
             for i, t in enumerate(annotated[k % len(annotated)] for k in range(n))]
    body = json.dumps(tasks, ensure_ascii=False).encode("utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        settings = BackendSettings(spec="rules+tagger", model_dir=Path(tmp))
        slot = ModelSlot("rules+tagger", None, "start")
        trainer = Trainer(settings, slot, fetch=lambda pid, proj: body)
        started = time.perf_counter()
        trainer.request(1)
        trainer.wait_idle(3600)
        took = time.perf_counter() - started
    out = {"paragraphs": n, "seconds": round(took, 1), "ok": trainer.history[-1].get("ok"),
           "model_version": slot.version, "load_average": os.getloadavg()[0]}
    print(json.dumps(out, indent=2) if as_json else "  ".join(f"{k} {v}" for k, v in out.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
