"""How much a question copies its answer's sentence: the lexical measures of ``qa check --stats``.

All measures compare the question with the sentence(s) of the context that the first gold answer
touches, after whitespace and punctuation are removed from both (so a comma does not break a copied
run, and the extract's spurious spaces do not hide one):

- ``char_share``: the share of the question's characters (with repeats) that occur in the sentence;
- ``bigram_share``: the share of the question's character bigrams that occur in the sentence;
- ``longest_run``: the longest run of consecutive characters the question shares with the sentence;
- ``in_top_sentence``: whether the answer lies in the sentence sharing the most bigrams with the
  question (the first such sentence on a tie) — what a retrieval heuristic would pick.

Sentences end at 。！？!?；; and line breaks (closing quotes and brackets stay with their sentence).
Nothing here depends on a QA system; the baselines import :func:`sentence_spans` from here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .items import QAItem

__all__ = ["sentence_spans", "squeeze", "longest_run", "char_share", "bigram_share", "Lexical", "lexical",
           "top_sentence", "answer_sentence", "REASONING_CUES", "hard_reasons", "difficulty", "DIFFICULTIES",
           "first_answer_start"]

# the difficulty classes of docs/benchmark.md, in the order an item is assigned to one
DIFFICULTIES = ("unanswerable", "reasoning", "multi-sentence", "paraphrase", "lexical")

_SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]*[”’」』）)]*|\n+")
_DROP = re.compile(r"[\s\W_]+")
# questions whose answer is a reason, a manner or a definition
REASONING_CUES = re.compile(r"为什么|为何|何以|原因|如何|怎样|怎么|靠什么|凭什么|通过什么|什么是|是什么意思|指什么|"
                            r"指的是什么|做法|办法|途径|方式|作用|目的|意义|含义|定位|思路|措施|路径|内涵")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Half-open spans of the sentences of ``text`` (blank-line runs left out)."""
    return [m.span() for m in _SENTENCE.finditer(text) if m.group().strip()]


def squeeze(text: str) -> str:
    """``text`` without whitespace and punctuation (letters, digits and CJK characters kept)."""
    return _DROP.sub("", text)


def longest_run(a: str, b: str) -> int:
    """Length of the longest common substring of ``a`` and ``b`` (dynamic programming, O(len·len))."""
    if not a or not b:
        return 0
    best, prev = 0, [0] * (len(b) + 1)
    for ca in a:
        cur = [0] * (len(b) + 1)
        for j, cb in enumerate(b, 1):
            if ca == cb:
                cur[j] = prev[j - 1] + 1
                if cur[j] > best:
                    best = cur[j]
        prev = cur
    return best


def _bigrams(text: str) -> list[str]:
    return [text[i : i + 2] for i in range(len(text) - 1)]


def char_share(question: str, sentence: str) -> float:
    q, chars = squeeze(question), set(squeeze(sentence))
    return sum(c in chars for c in q) / len(q) if q else 0.0


def bigram_share(question: str, sentence: str) -> float:
    q, grams = _bigrams(squeeze(question)), set(_bigrams(squeeze(sentence)))
    return sum(g in grams for g in q) / len(q) if q else 0.0


def top_sentence(question: str, context: str) -> tuple[int, int] | None:
    """The sentence of ``context`` sharing the most bigrams with ``question`` (first on a tie)."""
    q = set(_bigrams(squeeze(question)))
    best, best_n = None, -1
    for start, end in sentence_spans(context):
        n = len(q & set(_bigrams(squeeze(context[start:end]))))
        if n > best_n:
            best, best_n = (start, end), n
    return best


@dataclass(frozen=True)
class Lexical:
    """The measures of one answerable question (see the module docstring)."""

    sentence: str
    char_share: float
    bigram_share: float
    longest_run: int
    in_top_sentence: bool
    sentences: int  # how many sentences the answer's span touches


def answer_sentence(context: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence(s) that ``[start, end)`` touches (the whole context if none)."""
    touched = [(s, e) for s, e in sentence_spans(context) if s < max(end, start + 1) and start < e]
    if not touched:
        return 0, len(context)
    return touched[0][0], touched[-1][1]


def lexical(question: str, context: str, start: int, end: int) -> Lexical:
    """The measures for a question whose answer is ``context[start:end]``."""
    s, e = answer_sentence(context, start, end)
    sentence = context[s:e]
    top = top_sentence(question, context)
    touched = sum(1 for a, b in sentence_spans(context) if a < max(end, start + 1) and start < b)
    return Lexical(sentence=sentence, char_share=char_share(question, sentence),
                   bigram_share=bigram_share(question, sentence),
                   longest_run=longest_run(squeeze(question), squeeze(sentence)),
                   in_top_sentence=top is not None and top[0] <= start < top[1], sentences=touched)


def first_answer_start(item: QAItem) -> int:
    """Where the first gold answer starts: its ``answer_start`` when the text is there, else its first
    occurrence in the context (-1 when it is not in the context at all)."""
    if not item.answers:
        return -1
    text = item.answers[0]
    start = item.answer_starts[0] if item.answer_starts else -1
    if start >= 0 and item.context[start : start + len(text)] == text:
        return start
    return item.context.find(text)


def hard_reasons(item: QAItem) -> tuple[str, ...]:
    """Why an answerable item is more than string matching: ``multi-sentence`` (the answer is not in the
    sentence sharing most bigrams with the question, or its span crosses a sentence end),
    ``paraphrase`` (character share with the answer's sentence under 0.5), ``reasoning`` (a
    why/how/what-is cue and an answer of 10–40 characters). Empty for a lexical or unanswerable item."""
    start = first_answer_start(item) if item.has_answer else -1
    if start < 0:
        return ()
    lex = lexical(item.question, item.context, start, start + len(item.answers[0]))
    why = []
    if not lex.in_top_sentence or lex.sentences > 1:
        why.append("multi-sentence")
    if lex.char_share < 0.5:
        why.append("paraphrase")
    if REASONING_CUES.search(item.question) and 10 <= len(item.answers[0]) <= 40:
        why.append("reasoning")
    return tuple(why)


def difficulty(item: QAItem) -> str:
    """One class per item (:data:`DIFFICULTIES`, first that applies): unanswerable, reasoning,
    multi-sentence, paraphrase, else lexical. Computed from the gold alone, so it never depends on
    the system being scored."""
    if not item.has_answer:
        return "unanswerable"
    reasons = hard_reasons(item)
    return next((name for name in DIFFICULTIES[1:-1] if name in reasons), "lexical")
