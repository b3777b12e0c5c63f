"""Train the CRF tagger (:mod:`annotate.prelabel.tagger`) on CPU, for any label set, in minutes.

>>> result = train_tagger(["corrected.jsonl"], "build/tagger")          # doctest: +SKIP
>>> result.model.predict(["新华社北京电"], analyzer.analyze(["新华社北京电"]))  # doctest: +SKIP

Data: files in every format ``annotate.formats`` reads (BIO/BIOES/BMES, CLUENER JSON, Label Studio
exports, our JSONL) or records (``Example`` or ``{"text", "spans"}`` dicts). Label Studio files give
only the tasks people annotated (never a task's uncorrected pre-labels). Labels are whatever the
data has: with ``label_scheme=None`` a file whose labels one known scheme maps (People's Daily,
Weibo, Resume, ours, ...) is mapped onto ours, any other keeps its own labels; ``"raw"`` keeps every
file's own labels (CLUENER's ten, Weibo's named and nominal mentions).

Features (:mod:`annotate.prelabel.features`): the gazetteer of training names is *jackknifed*: the
data is cut into ``parts`` contiguous parts and each part's features use the names of the other
parts only, as unseen text will at inference; the saved gazetteer holds every training name.

``base``: a tagger directory whose predicted tags become features (stacking). Training a few
hundred corrected paragraphs on top of the shipped model this way keeps what it knows and learns
what the corrections say, in seconds.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError, ModelError, UsageError
from ..formats import Example, detect_format, map_examples, read_examples, read_labelstudio
from ..labels import LABELS, detect_label_scheme
from ..spans import Span, spans_to_tags

__all__ = ["TrainResult", "train_tagger", "load_data", "names_lexicon", "cut_counts"]

SCHEMA_VERSION = 1
#: a label may start or end inside a LAC word of a class when the training spans do so this often
MIN_CUTS = 2
#: files that mark a folder as a tagger this toolkit wrote before output folders carried a marker
LEGACY_MARKERS = ("tagger.json",)


@dataclass(frozen=True)
class TrainResult:
    """What :func:`train_tagger` made: the directory (``None`` when not saved), its card, the model."""

    out: Path | None
    card: dict[str, Any]
    model: Any  # annotate.prelabel.tagger.TaggerModel


# --------------------------------------------------------------------------- data

def _read(path: str | Path, label_scheme: str | None) -> list[Example]:
    fmt = detect_format(path)
    if fmt == "labelstudio":
        raw = read_labelstudio(path, use="annotations", label_scheme="raw", annotated_only=True)
    else:
        raw = read_examples(path, fmt=fmt, label_scheme="raw")
    if label_scheme == "raw":
        return raw
    if label_scheme is not None:
        return map_examples(raw, label_scheme, path=str(path))
    scheme, missing = detect_label_scheme({s.label for ex in raw for s in ex.spans})
    if fmt == "cluener":
        scheme, missing = "cluener", []
    return raw if missing else map_examples(raw, scheme, path=str(path))


def _record(record: Any, i: int) -> Example:
    if isinstance(record, Example):
        return record
    if not isinstance(record, Mapping) or not isinstance(record.get("text"), str):
        raise InputError("a training record must be an Example or a dict with a string 'text'", record=i)
    spans = []
    for item in record.get("spans", record.get("entities", ())):
        if isinstance(item, Mapping):
            start, end, label = item["start"], item["end"], item["label"]
        else:
            start, end, label = item
        spans.append(Span(int(start), int(end), str(label)))
    return Example(str(record.get("id", i)), record["text"], tuple(sorted(spans)))


def load_data(data: Sequence[Any], *, labels: Sequence[str] | None = None,
              label_scheme: str | None = None) -> tuple[list[Example], list[dict[str, Any]], list[str]]:
    """Examples from files and records (only ``labels`` kept), a summary per source, the labels.

    Overlapping spans keep the earlier, longer one (a tagger gives one label per character).
    """
    sources: list[tuple[str, list[Example]]] = []
    records: list[Example] = []
    for item in data:
        if isinstance(item, str | Path):
            sources.append((str(item), _read(item, label_scheme)))
        else:
            records.append(_record(item, len(records)))
    if records:
        sources.append(("<records>", records))
    seen = {s.label for _, exs in sources for ex in exs for s in ex.spans}
    if labels is None:
        chosen = [lab for lab in LABELS if lab in seen] + sorted(seen - set(LABELS))
    else:
        chosen = list(labels)
        missing = [lab for lab in chosen if lab not in seen]
        if missing:
            raise UsageError(f"no training span has label {', '.join(missing)}",
                             hint=f"the data has {', '.join(sorted(seen)) or 'no labels'}")
    if not chosen:
        raise InputError("the training data has no entities", path=sources[0][0] if sources else None,
                         hint="give annotated files (a Label Studio export gives only annotated tasks)")
    keep = set(chosen)
    examples, summary = [], []
    for name, exs in sources:
        counts: Counter[str] = Counter()
        for ex in exs:
            spans = _non_overlapping(s for s in ex.spans if s.label in keep)
            counts.update(s.label for s in spans)
            if ex.text.strip():
                examples.append(Example(ex.id, ex.text, tuple(spans)))
        summary.append({"path": name, "examples": len(exs), "characters": sum(len(e.text) for e in exs),
                        "entities": dict(sorted(counts.items()))})
    return examples, summary, chosen


def _non_overlapping(spans: Iterable[Span]) -> list[Span]:
    taken: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -len(s), s.label)):
        if not taken or span.start >= taken[-1].end:
            taken.append(span)
    return taken


def names_lexicon(examples: Iterable[Example]):
    """Training names (two characters or more) with their majority label; ties are left out."""
    from ..prelabel.features import Lexicon

    counts: dict[str, Counter[str]] = {}
    for ex in examples:
        for s in ex.spans:
            if len(s) >= 2:
                counts.setdefault(ex.text[s.start:s.end], Counter())[s.label] += 1
    entries = {}
    for surface, c in counts.items():
        (label, n), = c.most_common(1)
        if n * 2 > sum(c.values()):
            entries[surface] = label
    return Lexicon.build(entries)


def cut_counts(examples: Sequence[Example], words: Sequence[Sequence]) -> dict[str, Counter[str]]:
    """Per label, how many span boundaries fall strictly inside a LAC word, by boundary class
    (:func:`annotate.prelabel.tagger.boundary_class`); ``""`` counts the spans."""
    from ..prelabel.tagger import boundary_class

    out: dict[str, Counter[str]] = {}
    for ex, ws in zip(examples, words, strict=True):
        holder = {}
        for w in ws:
            for p in range(w.start + 1, w.end):
                holder[p] = w
        for s in ex.spans:
            c = out.setdefault(s.label, Counter())
            c[""] += 1
            for p in {s.start, s.end}:
                if p in holder:
                    c[boundary_class(ex.text, p, holder[p])] += 1
    return out


# --------------------------------------------------------------------------- training

def _analyze(analyzer: Any, texts: list[str]) -> list[list[Any]]:
    if analyzer is None:
        from ..prelabel.lac import LacAnalyzer

        analyzer = LacAnalyzer()
    return analyzer.analyze(texts)


def _load_base(base: Any):
    from ..prelabel.tagger import TaggerModel

    if base is None or isinstance(base, TaggerModel):
        return base
    return TaggerModel.load(base)


def train_tagger(data: Sequence[Any], out_dir: str | Path | None = None, *, base: Any = None,
                 labels: Sequence[str] | None = None, label_scheme: str | None = None,
                 eval: Sequence[str | Path] = (), c1: float = 0.05, c2: float = 0.01,
                 iterations: int = 150, parts: int = 5, lexicon: bool = True, numbers: bool = True,
                 constrained: bool = True, min_cuts: int = MIN_CUTS, name: str | None = None,
                 simplified_view: bool = True,
                 analyzer: Any = None, progress: Callable[..., Any] | None = None,
                 command: str | None = None) -> TrainResult:
    """Train a tagger on ``data``; save it to ``out_dir`` (replaced on success) unless ``None``.

    ``simplified_view``: train on the length-preserving simplified view of each text
    (:mod:`annotate.prelabel.t2s`), which is what the backend reads at inference (off: the texts as
    written, as models before ``pd-general-crf-2`` were).
    ``base``: a tagger directory (or loaded model) whose tags become features; ``eval``: files
    scored after training (the scores go in the card); ``analyzer``: anything with LAC's
    ``analyze(texts)`` (default: a fresh :class:`~annotate.prelabel.lac.LacAnalyzer`).
    """
    import pycrfsuite

    from ..prelabel.features import features, jieba_lexicon
    from ..prelabel.rules import find_numbers
    from ..prelabel.t2s import to_simplified

    started = time.monotonic()
    if not data:
        raise UsageError("no training data given")
    if out_dir is not None:
        from ..io import check_output_dir

        check_output_dir(out_dir, _inputs(data, eval, base), LEGACY_MARKERS)  # before minutes of work
    examples, summary, chosen = load_data(data, labels=labels, label_scheme=label_scheme)
    if simplified_view:  # same length, same offsets: the spans stay as they are
        examples = [Example(ex.id, to_simplified(ex.text), ex.spans) for ex in examples]
    base_model = _load_base(base)
    texts = [ex.text for ex in examples]
    words = _analyze(analyzer, texts)
    base_tags = base_model.tag(texts, words) if base_model is not None else [None] * len(texts)
    lex = jieba_lexicon() if lexicon else None
    cuts = cut_counts(examples, words)
    allowed: dict[str, list[str]] = {}
    for lab, counter in sorted(cuts.items()):
        for cls, n in counter.items():
            if cls and n >= min_cuts:
                allowed.setdefault(cls, []).append(lab)
    parts = max(1, min(parts, len(examples)))
    trainer = pycrfsuite.Trainer(verbose=False)
    for k in range(parts):
        members = [i for i in range(len(examples)) if i * parts // len(examples) == k]
        gaz = names_lexicon(ex for i, ex in enumerate(examples) if i * parts // len(examples) != k)
        for i in members:
            ex = examples[i]
            nums = find_numbers(ex.text) if numbers else ()
            feats = features(ex.text, words[i], names=gaz, lexicon=lex, numbers=nums, base=base_tags[i])
            trainer.append(feats, spans_to_tags(ex.spans, len(ex.text), "BIO"))
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations, "feature.possible_transitions": True})
    features_done = time.monotonic()
    bar = progress(total=iterations, desc="train", unit="iter") if progress else None
    if bar is not None:
        trainer.on_iteration = lambda log, info: bar.update(1)  # type: ignore[method-assign]
    with tempfile.TemporaryDirectory() as tmp:
        trainer.train(str(Path(tmp) / "model.crfsuite"))
        info = trainer.logparser.last_iteration or {}
        tagger = pycrfsuite.Tagger()
        tagger.open(str(Path(tmp) / "model.crfsuite"))
        dump = tagger.info()
        tagger.close()
    if bar is not None:
        bar.close()
    seen_labels = [lab for lab in chosen if any(s.label == lab for ex in examples for s in ex.spans)]
    tags = ["O"] + [f"{p}-{lab}" for lab in seen_labels for p in ("B", "I")]
    feature_names, weights, transitions = _export(dump, tags)
    trained = time.monotonic()
    label_counts = Counter(s.label for ex in examples for s in ex.spans)
    card: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION, "kind": "crf", "name": name or (Path(out_dir).name if out_dir else "tagger"),
        "labels": seen_labels, "tags": tags, "inside_allowed": dict(sorted(allowed.items())),
        "constrained": constrained,
        "lexicon": lexicon, "numbers": numbers, "base": base_model is not None,
        "view": "simplified" if simplified_view else "raw",
        "label_scheme": label_scheme or "auto",
        "settings": {"c1": c1, "c2": c2, "iterations": iterations, "parts": parts, "min_cuts": min_cuts},
        "data": summary, "label_counts": dict(sorted(label_counts.items())),
        "spans_inside_words": {lab: {"spans": c[""], "inside": sum(c.values()) - c[""]}
                               for lab, c in sorted(cuts.items())},
        "features": len(feature_names),
        "training": {"examples": len(examples), "characters": sum(map(len, texts)),
                     "iterations": int(info.get("num", iterations)),
                     "loss": round(float(info["loss"]), 3) if info.get("loss") is not None else None,
                     "seconds": round(trained - started, 1), "crf_seconds": round(trained - features_done, 1)},
        "command": command,
        "scores": {},
    }
    from ..prelabel.tagger import TaggerModel

    model = TaggerModel(tags=tags, index={f: i for i, f in enumerate(feature_names)}, weights=weights,
                        transitions=transitions, names=names_lexicon(examples), settings=card, base=base_model)
    if eval:
        card["scores"] = evaluate_model(model, eval, labels=seen_labels, label_scheme=label_scheme,
                                        analyzer=analyzer)
    if out_dir is None:
        return TrainResult(None, card, model)
    out = Path(out_dir)
    from ..io import atomic_dir

    with atomic_dir(out, command="train", inputs=_inputs(data, eval, base), legacy_markers=LEGACY_MARKERS) as tmp:
        save_model(model, tmp, base_dir=getattr(base_model, "path", None))
    model.path = out
    return TrainResult(out, card, model)


def _inputs(data: Sequence[Any], eval: Sequence[str | Path], base: Any) -> list[str | Path]:
    """The files and folders training reads (an output folder must hold none of them)."""
    paths = [d for d in data if isinstance(d, str | Path)] + list(eval)
    if isinstance(base, str | Path):
        paths.append(base)
    return paths


def _export(dump: Any, tags: list[str]) -> tuple[list[str], Any, Any]:
    """crfsuite's weights as (feature names, (features, tags) matrix, (tags, tags) matrix)."""
    import numpy as np

    col = {t: j for j, t in enumerate(tags)}
    names: dict[str, int] = {}
    rows, cols, vals = [], [], []
    for (attr, label), w in dump.state_features.items():
        if w == 0 or label not in col:
            continue
        rows.append(names.setdefault(attr, len(names)))
        cols.append(col[label])
        vals.append(w)
    weights = np.zeros((len(names), len(tags)), dtype=np.float32)
    weights[rows, cols] = vals
    transitions = np.zeros((len(tags), len(tags)), dtype=np.float32)
    for (a, b), w in dump.transitions.items():
        if a in col and b in col:
            transitions[col[a], col[b]] = w
    return list(names), weights, transitions


def save_model(model: Any, directory: Path, *, base_dir: Path | None = None) -> None:
    """Write ``model.npz``, ``names.tsv``, ``tagger.json`` (validated) and ``README.md`` into ``directory``."""
    import numpy as np

    from schemas import validate

    from ..io import write_json
    from ..modelcard import tagger_card

    validate(model.settings, "tagger")
    names = sorted(model.index, key=model.index.__getitem__)
    blob = np.frombuffer(json.dumps(names, ensure_ascii=False).encode("utf-8"), dtype=np.uint8)
    np.savez_compressed(directory / "model.npz", features=blob, weights=model.weights[:-1],
                        transitions=model.transitions, tags=np.array(model.tags))
    (directory / "names.tsv").write_text("".join(line + "\n" for line in model.names.to_lines()), encoding="utf-8")
    write_json(directory / "tagger.json", model.settings)
    (directory / "README.md").write_text(tagger_card(model.settings), encoding="utf-8")
    if model.base is not None:
        if base_dir is None:
            raise ModelError("the base model has no directory to copy", hint="pass base= as a directory")
        shutil.copytree(base_dir, directory / "base")


def evaluate_model(model: Any, paths: Sequence[str | Path], *, labels: Sequence[str] | None = None,
                   label_scheme: str | None = None, analyzer: Any = None) -> dict[str, Any]:
    """Exact-span scores of ``model`` on each file (read as training reads files)."""
    from ..ner_metrics import score

    scores = {}
    for path in paths:
        examples = _read(path, label_scheme)
        texts = [ex.text for ex in examples]
        predicted = model.predict(texts, _analyze(analyzer, texts))
        result = score(references=[ex.spans for ex in examples], predictions=predicted, labels=labels)
        scores[str(path)] = {"examples": len(examples), **result}
    return scores
