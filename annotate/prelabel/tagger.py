"""The ``tagger`` backend: a linear-chain CRF over LAC's analysis, trained by ``annotate train``.

A model directory (written by :func:`annotate.train.train_tagger`) holds

- ``model.npz``: the feature strings, one weight row per feature over the BIO tags, the tag-to-tag
  transition weights (exported from the python-crfsuite model it was trained as);
- ``names.tsv``: the gazetteer of training names (``surface<TAB>label``);
- ``tagger.json`` (schema ``tagger``): labels, the feature settings, which labels may start or end
  inside a LAC word, and the model card's facts (data, label counts, scores, training time);
- ``README.md``: the model card; ``base/``: the base model whose tags are features, when there is one.

Decoding is this module's own Viterbi (numpy, a batch of texts at once), so prelabelling needs no
crfsuite. It is *constrained*: a span never starts or ends strictly inside a LAC word, unless the
training data had such spans for that label at that kind of place (``inside_allowed``: boundary
class → labels, where the class is the LAC tag of the word, or ``A`` between two ASCII letters or
digits; e.g. "中美" is one LAC word tagged LOC but two People's Daily places, so LOC may cut a LOC
word when trained on People's Daily, while no label may cut "PlayStation"). Constraining the search, rather than repairing spans afterwards, keeps the
best path among the allowed ones (docs/benchmarks.md compares the two).

The backend reads traditional-script text through the same length-preserving simplified view as LAC
(:mod:`annotate.prelabel.t2s`), and a model with a PER label gets the byline names of
:mod:`annotate.prelabel.bylines` as the ``lac`` backend does.

Scores: :meth:`TaggerBackend.predict` leaves ``score=None`` (the best path alone says nothing of
confidence); :meth:`TaggerBackend.predict_scored` adds the CRF's marginal probabilities (forward-backward,
:mod:`annotate.prelabel.marginals`), which the Label Studio ML backend sends as region and task scores.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import ModelError
from ..spans import Span, clean_spans, tags_to_spans
from .features import FeatureIds, Lexicon, jieba_lexicon

__all__ = ["TaggerModel", "TaggerBackend", "DEFAULT_MODEL", "allowed_transitions", "viterbi_batch", "boundary_class"]

DEFAULT_MODEL = Path(__file__).resolve().parent / "data" / "tagger"
SCHEMA_VERSION = 1
_NEG = -1e9


def allowed_transitions(tags: Sequence[str], free: Sequence[str] = ()) -> tuple[Any, Any]:
    """Boolean ``(tags, tags)`` masks of allowed moves between neighbouring characters.

    ``across``: the next character starts a new LAC word: any move that BIO allows (``I-X`` only
    after ``B-X``/``I-X``). ``inside``: both characters are in one word: additionally an entity of a
    label not in ``free`` cannot end there and none can begin there.
    """
    import numpy as np

    n = len(tags)
    labels = [t[2:] if t != "O" else None for t in tags]
    across = np.ones((n, n), dtype=bool)
    for j, tag in enumerate(tags):
        if tag.startswith("I-"):
            across[:, j] = [labels[i] == labels[j] for i in range(n)]
    inside = across.copy()
    for i, prev in enumerate(tags):
        for j, tag in enumerate(tags):
            if tag.startswith("B-") and labels[j] not in free:
                inside[i, j] = False  # an entity starting mid-word
            if prev != "O" and labels[i] not in free and tag != "I-" + str(labels[i]):
                inside[i, j] = False  # an entity ending mid-word
    return across, inside


def boundary_class(text: str, p: int, word: Any) -> str:
    """What kind of place the boundary before ``text[p]`` inside ``word`` is: ``"A"`` between two
    ASCII letters or digits (inside a Latin word or a number), else the word's LAC tag."""
    a, b = text[p - 1], text[p]
    if a.isascii() and b.isascii() and a.isalnum() and b.isalnum():
        return "A"
    return str(word.tag)


def viterbi_batch(emissions: Sequence[Any], modes: Sequence[Any], transitions: Any,
                  masks: Sequence[Any], *, start: Any = None) -> list[list[int]]:
    """Best tag paths for several texts at once.

    ``emissions[b]``: ``(length_b, tags)`` scores; ``modes[b]``: per character the index into
    ``masks`` (boolean ``(tags, tags)`` allowed moves from the character before; ``masks[0]`` is the
    plain BIO one); ``transitions``: ``(tags, tags)`` weights; ``start``: scores of each tag at the first
    character (default: 0 for tags a text may begin with, forbidden for the others). Ties go to the lower
    tag index, as a one-text Viterbi with ``argmax`` would. (The LAC corrector decodes with it too.)
    """
    import numpy as np

    if not emissions:
        return []
    n_tags = transitions.shape[0]
    lengths = [len(e) for e in emissions]
    steps = max(lengths)
    batch = len(emissions)
    em = np.zeros((batch, steps, n_tags), dtype=transitions.dtype)
    mode = np.full((batch, steps), len(masks), dtype=np.int64)  # the last one: padding
    for b, (e, m) in enumerate(zip(emissions, modes, strict=True)):
        em[b, :len(e)] = e
        mode[b, :len(e)] = m
    pad = np.full((n_tags, n_tags), _NEG, dtype=transitions.dtype)
    np.fill_diagonal(pad, 0.0)  # padding carries each path on unchanged
    stack = np.stack([np.where(m, transitions, _NEG) for m in masks] + [pad])
    if start is None:
        start_ok = np.array([not t for t in _is_inside_tag(n_tags, masks[0])], dtype=bool)
        dp = np.where(start_ok, em[:, 0], _NEG)
    else:
        dp = start[None, :] + em[:, 0]
    back = np.empty((steps, batch, n_tags), dtype=np.int64)
    rows = np.arange(batch)[:, None]
    cols = np.arange(n_tags)[None, :]
    for t in range(1, steps):
        scores = dp[:, :, None] + stack[mode[:, t]]
        bp = scores.argmax(axis=1)
        back[t] = bp
        dp = scores[rows, bp, cols] + em[:, t]
    path = np.empty((batch, steps), dtype=np.int64)
    path[:, -1] = dp.argmax(axis=1)
    flat_rows = np.arange(batch)
    for t in range(steps - 1, 0, -1):
        path[:, t - 1] = back[t][flat_rows, path[:, t]]
    return [path[b, :lengths[b]].tolist() for b in range(batch)]


def _is_inside_tag(n_tags: int, across: Any) -> list[bool]:
    """Tags that cannot begin a text: those some move into is forbidden (the ``I-`` tags)."""
    return [not bool(across[:, j].all()) for j in range(n_tags)]


class TaggerModel:
    """A trained tagger loaded from its directory; :meth:`predict` gives spans for texts and LAC words."""

    def __init__(self, *, tags: Sequence[str], index: dict[str, int], weights: Any, transitions: Any,
                 names: Lexicon, settings: dict[str, Any], base: TaggerModel | None = None,
                 path: Path | None = None) -> None:
        import numpy as np

        self.tags = tuple(tags)
        self.index = index
        # one extra all-zero row: unknown features point there, so every character has a feature
        self.weights = np.vstack([weights, np.zeros((1, weights.shape[1]), weights.dtype)])
        self.transitions = transitions
        self.names = names
        self.settings = settings
        self.base = base
        self.path = path
        self.constrained = bool(settings.get("constrained", True))
        #: boundary class -> labels whose spans may start or end at such a place inside a word
        self.free: dict[str, list[str]] = dict(settings.get("inside_allowed", {}))
        across, strict = allowed_transitions(self.tags)
        self.classes = {c: k + 2 for k, c in enumerate(sorted(self.free))}
        self.masks = [across, strict if self.constrained else across]
        self.masks += [allowed_transitions(self.tags, self.free[c])[1] if self.constrained else across
                       for c in sorted(self.free)]
        self._lexicon = jieba_lexicon() if settings.get("lexicon", True) else None
        self._ids = FeatureIds(index)

    @property
    def labels(self) -> list[str]:
        return list(self.settings["labels"])

    @classmethod
    def load(cls, directory: str | Path) -> TaggerModel:
        import numpy as np

        directory = Path(directory)
        if not (directory / "tagger.json").is_file() or not (directory / "model.npz").is_file():
            raise ModelError(f"{directory} is not a tagger model directory (no tagger.json / model.npz)",
                             hint="train one: python -m annotate train DATA --out DIR")
        settings = json.loads((directory / "tagger.json").read_text(encoding="utf-8"))
        if settings.get("schema_version") != SCHEMA_VERSION:
            raise ModelError(f"{directory}/tagger.json has schema_version {settings.get('schema_version')}, "
                             f"this toolkit reads {SCHEMA_VERSION}", hint="retrain the model with this version")
        with np.load(directory / "model.npz") as z:
            names = json.loads(z["features"].tobytes().decode("utf-8"))
            weights = z["weights"].astype(np.float32)
            transitions = z["transitions"].astype(np.float32)
            tags = z["tags"].tolist()
        names_path = directory / "names.tsv"
        gaz = Lexicon.from_lines(names_path.read_text(encoding="utf-8").splitlines()) if names_path.exists() \
            else Lexicon.build({})
        base = cls.load(directory / "base") if (directory / "base").is_dir() else None
        return cls(tags=tags, index={f: i for i, f in enumerate(names)}, weights=weights,
                   transitions=transitions, names=gaz, settings=settings, base=base, path=directory)

    # ------------------------------------------------------------------ inference

    def emissions(self, text: str, words: Sequence, base_tags: Sequence[str] | None = None) -> Any:
        """``(len(text), tags)`` emission scores: the sum of the weights of each character's features."""
        import numpy as np

        from .rules import cached_numbers

        numbers = cached_numbers(text) if self.settings.get("numbers", True) else ()
        flat, counts = self._ids.ids(text, words, names=self.names, lexicon=self._lexicon, numbers=numbers,
                                     base=base_tags, lead=len(self.weights) - 1)
        starts = np.zeros(len(counts), dtype=np.int64)
        np.cumsum(counts[:-1], out=starts[1:])
        return np.add.reduceat(self.weights[np.array(flat, dtype=np.int64)], starts, axis=0)

    def tag(self, texts: Sequence[str], words: Sequence[Sequence]) -> list[list[str]]:
        """BIO tags per character of each text, given LAC's words for it."""
        base = self.base.tag(texts, words) if self.base is not None else [None] * len(texts)
        emissions, modes = [], []
        keep = [i for i, t in enumerate(texts) if t]
        for i in keep:
            emissions.append(self.emissions(texts[i], words[i], base[i]))
            modes.append(self.modes(texts[i], words[i]))
        out: list[list[str]] = [[] for _ in texts]
        order = sorted(range(len(keep)), key=lambda k: len(emissions[k]))
        for lo in range(0, len(order), 64):
            chunk = order[lo:lo + 64]
            paths = viterbi_batch([emissions[k] for k in chunk], [modes[k] for k in chunk],
                                  self.transitions, self.masks)
            for k, path in zip(chunk, paths, strict=True):
                out[keep[k]] = [self.tags[t] for t in path]
        return out

    def tag_scored(self, texts: Sequence[str], words: Sequence[Sequence]) -> list[tuple[list[str], Any]]:
        """Like :meth:`tag`, with each character's probability of its tag on the best path (CRF marginals,
        :mod:`annotate.prelabel.marginals`): how sure the model is, for the ML backend's task scores."""
        import numpy as np

        from .marginals import marginals

        base = self.base.tag(texts, words) if self.base is not None else [None] * len(texts)
        start_ok = np.array([not t for t in _is_inside_tag(len(self.tags), self.masks[0])], dtype=bool)
        out: list[tuple[list[str], Any]] = []
        for i, text in enumerate(texts):
            if not text:
                out.append(([], np.zeros(0)))
                continue
            em = self.emissions(text, words[i], base[i])
            mode = self.modes(text, words[i])
            (path,) = viterbi_batch([em], [mode], self.transitions, self.masks)
            probs = marginals(em, self.transitions, self.masks, mode, start_ok)
            out.append(([self.tags[t] for t in path], probs[np.arange(len(path)), path]))
        return out

    def modes(self, text: str, words: Sequence) -> list[int]:
        """Per character: 0 where it begins a LAC word, else the index of its boundary's mask."""
        out = [0] * len(text)
        classes = self.classes
        for w in words:
            for p in range(w.start + 1, w.end):
                out[p] = classes.get(boundary_class(text, p, w), 1)
        return out

    def predict(self, texts: Sequence[str], words: Sequence[Sequence], *, source: str = "tagger") -> list[list[Span]]:
        return [[Span(s.start, s.end, s.label, source=source) for s in tags_to_spans(tags, "BIO")]
                for tags in self.tag(texts, words)]




@lru_cache(maxsize=4)
def _cached_model(path: str, stamp: tuple[float, ...]) -> TaggerModel:
    """A loaded model per directory *and* file times: a directory retrained in place (the Label Studio
    backend does that) is read again."""
    return TaggerModel.load(path)


def _stamp(path: Path) -> tuple[float, ...]:
    return tuple(p.stat().st_mtime_ns for p in (path / "tagger.json", path / "model.npz") if p.exists())


class TaggerBackend:
    """Pre-labels with a trained tagger directory (default: the shipped model)."""

    name = "tagger"

    def __init__(self, *, model: str | TaggerModel | None = None, threads: int | None = 1, max_len: int = 512,
                 batch_size: int = 64) -> None:
        """``model``: a directory (default: the shipped one) or a loaded :class:`TaggerModel`
        (e.g. ``train_tagger(...).model``)."""
        from .lac import LacAnalyzer

        if isinstance(model, TaggerModel):
            self.model = model
        else:
            path = (Path(model) if model else DEFAULT_MODEL).resolve()
            self.model = _cached_model(str(path), _stamp(path))
        self.analyzer = LacAnalyzer(max_len=max_len, batch_size=batch_size, threads=threads)
        self.model_version = "tagger:" + (self.model.settings.get("name") or "tagger")

    def predict(self, texts: Sequence[str]) -> list[list[Span]]:
        from .t2s import to_simplified

        # the tagger reads the same length-preserving simplified view as LAC (offsets unchanged)
        views = [to_simplified(t) for t in texts]
        found = self.model.predict(views, self.analyzer.analyze(views))
        return [self._finish(v, spans) for v, spans in zip(views, found, strict=True)]

    def predict_scored(self, texts: Sequence[str]) -> list[tuple[list[Span], float]]:
        """Spans with scores, and each text's confidence: the CRF's marginal probability of its best path's
        tag, lowest over the span (for a span) or over the whole text (for the text). The spans are those of
        :meth:`predict`; a span the steps after the CRF made (a byline name, a named zone) gets the lowest
        probability among its characters too."""
        from .t2s import to_simplified

        views = [to_simplified(t) for t in texts]
        out = []
        for view, (tags, probs) in zip(views, self.model.tag_scored(views, self.analyzer.analyze(views)),
                                       strict=True):
            spans = self._finish(view, [Span(s.start, s.end, s.label, source="tagger")
                                        for s in tags_to_spans(tags, "BIO")])
            scored = [replace(s, score=round(float(probs[s.start:s.end].min()), 4)) for s in spans]
            out.append((scored, float(probs.min()) if len(probs) else 1.0))
        return out

    def _finish(self, view: str, spans: list[Span]) -> list[Span]:
        from .lac import with_bylines

        # names never hold an emoji or a joiner: trimmed and split as the lac backend does
        spans = clean_spans(view, spans)
        if not {"PER", "LOC"} <= set(self.model.labels):  # the two steps below speak our label set
            return spans
        return [Span(s.start, s.end, s.label, source="tagger") for s in with_bylines(view, with_zones(view, spans))]


def with_zones(text: str, spans: list[Span]) -> list[Span]:
    """Named zones as one LOC (docs/guidelines.md: zones are LOC, and a place written directly before the
    zone it locates makes one entity): a run of adjacent LOC/PER spans followed directly by a zone word
    (高新区, 开发区, 科技园, ...: ``lac_fix``'s list) becomes one LOC through the zone word, replacing what it
    overlaps (上海 + 张江 + 高新区 → 上海张江高新区)."""
    from .lac_fix import _ZONE

    out: list[Span] = []
    spans = sorted(spans)
    i = 0
    while i < len(spans):
        j = i
        while j + 1 < len(spans) and spans[j + 1].start == spans[j].end and spans[j + 1].label in ("LOC", "PER") \
                and not _ZONE.fullmatch(text, spans[j + 1].start, spans[j + 1].end):
            j += 1
        zone = _ZONE.match(text, spans[j].end) if all(s.label in ("LOC", "PER") for s in spans[i:j + 1]) else None
        if zone:
            end = zone.end()
            k = j + 1
            while k < len(spans) and spans[k].start < end:
                end = max(end, spans[k].end) if _ZONE.fullmatch(text, spans[k].start, spans[k].end) else end
                k += 1
            out.append(Span(spans[i].start, end, "LOC", source=spans[i].source))
            i = k
        else:
            out.extend(spans[i:j + 1])
            i = j + 1
    return out
