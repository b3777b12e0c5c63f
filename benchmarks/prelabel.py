"""HF pre-labelling speed and agreement: our ``hf`` backend vs ``transformers.pipeline``.

Both run the same locally built model on the seed paragraphs (seeds split at blank lines).
The baseline is ``pipeline("token-classification", aggregation_strategy="simple")`` as users
call it (one paragraph at a time), plus the same pipeline given ``batch_size`` for reference.

Agreement is checked where simple aggregation is correct: a BIO head (simple aggregation
understands only ``B-``/``I-``), paragraphs that fit one window (the pipeline truncates longer
ones). There the spans must be identical; the pipeline's groups are mapped to our labels with
the same table the backend uses. The default models are random BERTs built here (no
download) with a confident head, so that no prediction is a near-tie that padding noise could flip.

    PYTHONPATH=. python benchmarks/prelabel.py [--model DIR] [--repeat 7] [--threads N] [--json]

Timings are wall-clock on whatever machine runs this (shared CPUs are noisy: each side is
timed ``--repeat`` times, interleaved, and the best and median runs are reported).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
VOCAB = ROOT.parent / "shared" / "models" / "bert-base-chinese-vocab"


def seed_paragraphs(seeds: Path) -> list[str]:
    paragraphs = []
    for path in sorted(seeds.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        paragraphs += [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    return paragraphs


#: locally built random BERTs with a BIO head for PER/ORG/LOC: (layers, hidden, heads)
SIZES = {"tiny": (2, 128, 2), "small": (4, 256, 4)}


def build_model(out: Path, size: str) -> Path:
    from annotate.prelabel.tiny import build_tiny_model
    from annotate.train import label_list

    layers, hidden, heads = SIZES[size]
    return build_tiny_model(out, label_list(["PER", "ORG", "LOC"], "BIO"), layers=layers, hidden=hidden,
                            heads=heads, head_std=1.0, seed=0, vocab_dir=VOCAB)


def pipeline_spans(groups: list[dict], mapping: dict[str, str | None]) -> list[tuple[int, int, str]]:
    out = []
    for g in groups:
        label = mapping.get(g["entity_group"])
        if label is not None:
            out.append((int(g["start"]), int(g["end"]), label))
    return out


def timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def run(model_dir: Path, paragraphs: list[str], repeat: int, batch_size: int) -> dict:
    import torch
    from transformers import AutoModelForTokenClassification, AutoTokenizer, pipeline
    from transformers.utils import logging as hf_logging

    from annotate.prelabel.hf import HFBackend

    hf_logging.set_verbosity_error()
    backend = HFBackend(str(model_dir), batch_size=batch_size)
    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    model = AutoModelForTokenClassification.from_pretrained(model_dir).eval()
    pipe = pipeline("token-classification", model=model, tokenizer=tokenizer, aggregation_strategy="simple",
                    device=-1)
    chars = sum(len(p) for p in paragraphs)
    fits = [len(e) <= backend.window for e in backend.encode(paragraphs)]

    # warm up both paths once (first calls allocate)
    backend.predict(paragraphs[:8])
    pipe(paragraphs[:8])
    times: dict[str, list[float]] = {"hf backend": [], "pipeline": [], f"pipeline batch_size={batch_size}": []}
    ours = theirs = None
    for _ in range(repeat):
        t, ours = timed(lambda: backend.predict(paragraphs))
        times["hf backend"].append(t)
        t, theirs = timed(lambda: pipe(paragraphs))
        times["pipeline"].append(t)
        t, _ = timed(lambda: pipe(paragraphs, batch_size=batch_size))
        times[f"pipeline batch_size={batch_size}"].append(t)

    mapping = dict(backend.tagset.mapping)
    compared = [i for i, ok in enumerate(fits) if ok]
    same = [i for i in compared if [s.key for s in ours[i]] == pipeline_spans(theirs[i], mapping)]
    score_gap = max((abs(a.score - float(b["score"])) for i in same
                     for a, b in zip(ours[i], [g for g in theirs[i] if mapping.get(g["entity_group"])], strict=True)),
                    default=0.0)
    rows = {}
    for name, ts in times.items():
        rows[name] = {"best_s": min(ts), "median_s": statistics.median(ts),
                      "chars_per_s_best": chars / min(ts), "chars_per_s_median": chars / statistics.median(ts)}
    return {
        "model": str(model_dir), "tag_scheme": backend.tagset.tag_scheme,
        "parameters": sum(p.numel() for p in model.parameters()),
        "paragraphs": len(paragraphs), "characters": chars, "repeat": repeat, "batch_size": batch_size,
        "torch_threads": torch.get_num_threads(),
        "spans": sum(len(s) for s in ours),
        "agreement": {"paragraphs_compared": len(compared), "identical": len(same),
                      "max_score_difference": round(score_gap, 6)},
        "timings": rows,
        "speedup_vs_pipeline": {
            "best": rows["pipeline"]["best_s"] / rows["hf backend"]["best_s"],
            "median": rows["pipeline"]["median_s"] / rows["hf backend"]["median_s"],
        },
        "speedup_vs_batched_pipeline": {
            "best": rows[f"pipeline batch_size={batch_size}"]["best_s"] / rows["hf backend"]["best_s"],
            "median": rows[f"pipeline batch_size={batch_size}"]["median_s"] / rows["hf backend"]["median_s"],
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", help="checkpoint directory (default: the --sizes models built here)")
    parser.add_argument("--sizes", default="tiny,small",
                        help="models to build when no --model: tiny = 2 layers x 128, small = 4 layers x 256 "
                             "(the size of the project's trained model)")
    parser.add_argument("--seeds", default=str(SEEDS), help="folder of seed .txt files")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--threads", type=int, help="torch CPU threads for both sides (default: torch's choice)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.threads:
        import torch

        torch.set_num_threads(args.threads)
    paragraphs = seed_paragraphs(Path(args.seeds))
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        if args.model:
            results.append(run(Path(args.model), paragraphs, args.repeat, args.batch_size))
        for size in ([] if args.model else [s.strip() for s in args.sizes.split(",") if s.strip()]):
            result = run(build_model(Path(tmp) / size, size), paragraphs, args.repeat, args.batch_size)
            layers, hidden, _ = SIZES[size]
            result["model"] = f"{size}: random BERT built here, {layers} layers, hidden {hidden}, BIO head PER/ORG/LOC"
            results.append(result)
    if args.json:
        json.dump(results, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for result in results:
        report(result)
    return 0


def report(result: dict) -> None:
    a = result["agreement"]
    print(f"model: {result['model']} ({result['parameters']:,} parameters, {result['tag_scheme']})")
    print(f"  {result['paragraphs']} seed paragraphs, {result['characters']} characters, {result['spans']} spans; "
          f"torch threads {result['torch_threads']}; best and median of {result['repeat']} interleaved runs")
    for name, r in result["timings"].items():
        print(f"  {name:28s} best {r['best_s']:.3f}s ({r['chars_per_s_best']:,.0f} chars/s)  "
              f"median {r['median_s']:.3f}s ({r['chars_per_s_median']:,.0f} chars/s)")
    s, b = result["speedup_vs_pipeline"], result["speedup_vs_batched_pipeline"]
    print(f"  speed-up vs pipeline: {s['best']:.2f}x best, {s['median']:.2f}x median; "
          f"vs batched pipeline: {b['best']:.2f}x best, {b['median']:.2f}x median")
    print(f"  identical spans on {a['identical']}/{a['paragraphs_compared']} paragraphs that fit one window; "
          f"max score difference {a['max_score_difference']}")


if __name__ == "__main__":
    sys.exit(main())
