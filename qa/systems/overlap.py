"""Offline baselines that need no model download: sentence retrieval by rare-word overlap + typed spans.

``OverlapBaseline`` answers in three steps:

1. the question's cue words name the answer type it expects (``多少钱`` → money, ``哪一年`` → date,
   ``谁`` → person, …; :data:`QUESTION_CUES`, first match wins, else ``phrase``);
2. each context sentence scores the idf-weighted sum of the question's jieba words it contains (idf
   over all sentences of the contexts being answered, so rare words such as names weigh most);
3. in the best sentences, in order, the spans of the expected type (:func:`qa.answer_types.find_typed`:
   the toolkit's number grammar for numeric types, jieba part-of-speech tags for people, places and
   organisations) that do not repeat the question are candidates; the one nearest to the matched
   question words wins. Without one, the answer is the best-matching clause of the best sentence, with
   the words it shares with the question trimmed from its ends.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import cached_property

from ..answer_types import QUESTION_CUES, find_typed, question_type
from ..items import QAItem
from ..lexical import sentence_spans
from .base import Progress

__all__ = ["OverlapBaseline", "FirstSentence", "QUESTION_CUES", "expected_type", "sentence_spans"]

# When no span of the asked type exists, look for these instead.
_FALLBACK = {"money": "number", "count": "number", "percent": "number"}
_STOP = frozenset("的 了 是 在 和 与 及 或 有 为 被 把 对 于 以 从 中 上 下 其 该 这 那 之 也 都 而 并 就 "
                  "什么 多少 哪 哪个 哪些 哪里 谁 几 吗 呢 怎么 怎样 如何 为何 为什么 何 请问 是否".split())
_CLAUSE = re.compile(r"[^，,、：:（）()]+")
_PUNCT = re.compile(r"^[\W_]+|[\W_]+$")


def expected_type(question: str) -> str:
    """The answer type the question asks for (the gold's own cue table, :func:`qa.answer_types.question_type`)."""
    return question_type(question)


def _jieba():  # lazily: loading the dictionary takes a second
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    return jieba


class OverlapBaseline:
    name = "overlap"
    version = "overlap-2"  # 2: numbers from the shared grammar (qa.answer_types)

    def __init__(self, *, top_sentences: int = 3) -> None:
        self.top_sentences = top_sentences

    @cached_property
    def _jb(self):
        return _jieba()

    def _words(self, text: str) -> list[str]:
        return [w for w in self._jb.lcut(text) if w.strip() and w not in _STOP and not _PUNCT.fullmatch(w)]

    def predict(self, items: Sequence[QAItem], *, progress: Progress | None = None) -> dict[str, str]:
        contexts = list(dict.fromkeys(item.context for item in items))
        df: Counter[str] = Counter()
        n_sentences = 0
        for context in contexts:
            for start, end in sentence_spans(context):
                df.update(set(self._words(context[start:end])))
                n_sentences += 1
        idf = {w: math.log((n_sentences + 1) / (c + 1)) + 1 for w, c in df.items()}
        default = math.log(n_sentences + 1) + 1
        loop = progress(items, total=len(items), desc="overlap") if progress else items
        return {item.id: self._answer(item, idf, default) for item in loop}

    def _answer(self, item: QAItem, idf: dict[str, float], default: float) -> str:
        words = list(dict.fromkeys(self._words(item.question)))
        ranked = []
        for start, end in sentence_spans(item.context):
            sentence = item.context[start:end]
            weight = sum(idf.get(w, default) for w in words if w in sentence)
            ranked.append((-weight, start, end))
        if not ranked:
            return ""
        ranked.sort()
        kind = expected_type(item.question)
        for _, start, end in ranked[: self.top_sentences]:
            span = self._typed(item.context[start:end], kind, item.question, words)
            if span:
                return span
        _, start, end = ranked[0]
        return self._clause(item.context[start:end], words, idf, default)

    def _candidates(self, sentence: str, kind: str) -> list[tuple[int, int]]:
        spans = find_typed(sentence, kind)
        return spans or find_typed(sentence, _FALLBACK.get(kind, ""))

    def _typed(self, sentence: str, kind: str, question: str, words: list[str]) -> str:
        spans = [(s, e) for s, e in self._candidates(sentence, kind) if sentence[s:e] not in question]
        if not spans:
            return ""
        anchors = [m.start() for w in words for m in re.finditer(re.escape(w), sentence)]
        if not anchors:
            return sentence[spans[0][0] : spans[0][1]]
        best = min(spans, key=lambda sp: min(abs(sp[0] - a) for a in anchors))
        return sentence[best[0] : best[1]]

    def _clause(self, sentence: str, words: list[str], idf: dict[str, float], default: float) -> str:
        clauses = [m.group() for m in _CLAUSE.finditer(sentence) if m.group().strip()] or [sentence]
        best = max(clauses, key=lambda c: sum(idf.get(w, default) for w in words if w in c))
        tokens = [t for t in self._jb.lcut(best)]
        shared = set(words)
        while tokens and (tokens[0] in shared or _PUNCT.fullmatch(tokens[0]) or tokens[0] in _STOP):
            tokens.pop(0)
        while tokens and (tokens[-1] in shared or _PUNCT.fullmatch(tokens[-1])):
            tokens.pop()
        return "".join(tokens).strip() or _PUNCT.sub("", best)


class FirstSentence:
    name = "first-sentence"
    version = "first-sentence-1"

    def predict(self, items: Sequence[QAItem], *, progress: Progress | None = None) -> dict[str, str]:
        out = {}
        for item in items:
            spans = sentence_spans(item.context)
            out[item.id] = item.context[spans[0][0] : spans[0][1]].strip() if spans else ""
        return out
