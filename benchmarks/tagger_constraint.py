"""Word-boundary handling of the tagger: constrained decoding vs post-hoc repair vs neither (dev sets only).

    PYTHONPATH=. python benchmarks/tagger_constraint.py [--model DIR] [--general GOLD.jsonl]

For each set: micro F1 (PER/LOC/ORG; the general gold and the seeds: the tagger's labels) and how many
predicted spans start or end inside a LAC word where the model's ``inside_allowed`` table forbids it.

- ``unconstrained``: plain BIO Viterbi;
- ``repaired``: unconstrained, then each forbidden cut widened to the word's edge (a span that then
  overlaps the previous one is dropped);
- ``constrained`` (what the backend does): the Viterbi search never takes a forbidden move.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from annotate.ner_metrics import score
from annotate.prelabel.tagger import DEFAULT_MODEL, TaggerModel, boundary_class
from annotate.spans import Span
from benchmarks.choose_default import sets
from benchmarks.lac_cache import CachedAnalyzer


def forbidden(model: TaggerModel, text: str, words, span: Span) -> list[int]:
    holder = {p: w for w in words for p in range(w.start + 1, w.end)}
    return [p for p in (span.start, span.end) if p in holder
            and span.label not in model.free.get(boundary_class(text, p, holder[p]), [])]


def repair(model: TaggerModel, text: str, words, spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for s in spans:
        start, end = s.start, s.end
        for w in words:
            if w.start < start < w.end and start in forbidden(model, text, words, s):
                start = w.start
            if w.start < end < w.end and end in forbidden(model, text, words, s):
                end = w.end
        if out and start < out[-1].end:
            continue
        out.append(Span(start, end, s.label))
    return out


def unconstrained(model: TaggerModel) -> TaggerModel:
    settings = {**model.settings, "constrained": False}
    return TaggerModel(tags=model.tags, index=model.index, weights=model.weights[:-1], transitions=model.transitions,
                       names=model.names, settings=settings, base=model.base)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default=str(DEFAULT_MODEL))
    parser.add_argument("--general", help="the general-domain gold.jsonl (only its dev rows are read)")
    args = parser.parse_args(argv)
    model = TaggerModel.load(args.model)
    free = unconstrained(model)
    analyzer = CachedAnalyzer()
    labels = model.labels
    rows = []
    for name, (examples, _) in sets(Path(args.general) if args.general else None).items():
        texts = [ex.text for ex in examples]
        words = analyzer.analyze(texts)
        plain = free.predict(texts, words)
        variants = {"unconstrained": plain,
                    "repaired": [repair(model, t, w, p) for t, w, p in zip(texts, words, plain, strict=True)],
                    "constrained": model.predict(texts, words)}
        row = {"set": name}
        for variant, pred in variants.items():
            f1 = score(references=[ex.spans for ex in examples], predictions=pred, labels=labels)["micro"]["f1"]
            cuts = sum(bool(forbidden(model, t, w, s)) for t, w, p in zip(texts, words, pred, strict=True) for s in p)
            row[variant] = {"f1": round(f1, 4), "forbidden_cuts": cuts}
        rows.append(row)
        print(json.dumps(row), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
