"""Extractive-QA metrics: the official CMRC 2018 scorer (v6) and the official SQuAD 2.0 logic.

Pure Python, no NLTK, no heavy imports. Scores are on a 0–100 scale.

CMRC 2018 (``metric="cmrc"``), exactly as ``cmrc2018_evaluate.py`` v6 computes it:

- text is lower-cased and stripped; the scorer's punctuation list (``- : _ * ^ / \\ ~ ` + =`` and
  ``，。：？！“”；’《》·、「」（）－～『』``) is deleted; ``…`` and ``‘`` and ASCII ``, . ! ? ( ) " ' ;`` stay;
- EM: the two strings left are equal (inner spaces count);
- F1 tokens: each character U+4E00–U+9FA5 is a token, every other run is split by NLTK's word
  tokenizer (:mod:`qa._treebank`); F1 comes from the longest common *contiguous* run of tokens;
- the maximum over the gold answers is taken; a question without a prediction scores 0 and still
  counts in ``total`` (and in ``skipped``); sums run in dataset order, as the official loop does, so
  results agree with it to the last bit.

The official script crashes on a question with no gold answer; here such a question (SQuAD 2.0
style unanswerable) scores 1 iff the prediction is empty after punctuation removal.

SQuAD 2.0 (``metric="squad2"``): the official ``evaluate-v2.0.py`` normalization (lower, ASCII
punctuation and English articles removed, whitespace collapsed), bag-of-tokens F1, the empty string as
the only right answer to an unanswerable question, and ``HasAns_*`` / ``NoAns_*`` sub-totals. One
deliberate difference: the official script drops a question without a prediction from its overall
total (and then fails with ``KeyError`` in the has-answer sub-total); here it scores 0 and counts, as
CMRC does, and ``skipped`` says how many.
"""

from __future__ import annotations

import collections
import functools
import re
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ._treebank import word_tokenize
from .items import QAItem

__all__ = [
    "METRICS",
    "QuestionScore",
    "Scores",
    "cmrc_segment",
    "cmrc_normalize",
    "cmrc_em",
    "cmrc_f1",
    "squad_normalize",
    "squad_em",
    "squad_f1",
    "longest_common_run",
    "score",
]

METRICS = ("cmrc", "squad2")

# The official list; its two-character entry "……" can never equal one character, so it is left out.
_CMRC_PUNCT = "-:_*^/\\~`+=，。：？！“”；’《》·、「」（）－～『』"
_DELETE_PUNCT = re.compile("[" + re.escape(_CMRC_PUNCT) + "]")  # faster than str.translate here
_CJK_OR_RUN = re.compile(r"[\u4e00-\u9fa5]|[^\u4e00-\u9fa5]+")
_ALL_CJK = re.compile(r"[\u4e00-\u9fa5]*")


@functools.lru_cache(maxsize=1 << 16)
def cmrc_normalize(text: str) -> str:
    """What the official EM compares: lower-cased, stripped, punctuation deleted."""
    return _DELETE_PUNCT.sub("", text.lower().strip())


@functools.lru_cache(maxsize=1 << 16)
def cmrc_segment(text: str) -> tuple[str, ...]:
    """The official ``mixed_segmentation(text, rm_punc=True)``: Chinese characters one by one,
    other runs through NLTK's word tokenizer, punctuation dropped (without splitting the run)."""
    text = cmrc_normalize(text)
    if _ALL_CJK.fullmatch(text):
        return tuple(text)
    tokens: list[str] = []
    for piece in _CJK_OR_RUN.findall(text):
        if len(piece) == 1 and "\u4e00" <= piece <= "\u9fa5":
            tokens.append(piece)
        else:
            tokens.extend(word_tokenize(piece))
    return tuple(tokens)


def _longest_common_substring(s: str, t: str) -> int:
    # best only grows: a common run of length best+1 starting at i exists iff its prefix of that length
    # is in t, so at most 2·len(s) substring searches, each in C.
    if s in t:
        return len(s)
    best = i = 0
    while i + best < len(s):
        if s[i : i + best + 1] in t:
            best += 1
        else:
            i += 1
    return best


def longest_common_run(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of the longest common contiguous run of tokens (what the official ``find_lcs`` returns)."""
    codes: dict[str, str] = {}
    s = "".join(codes.setdefault(tok, chr(len(codes))) for tok in a)
    t = "".join(codes.setdefault(tok, chr(len(codes))) for tok in b)
    return _longest_common_substring(s, t) if len(s) <= len(t) else _longest_common_substring(t, s)


# Each token becomes one character so that runs of tokens can be compared as strings: a one-character
# token stands for itself, a longer one gets a code point of planes 15-16 (private use), interned once.
_PRIVATE = 0xF0000
_INTERNED: dict[str, str] = {}


@functools.lru_cache(maxsize=1 << 16)
def _encoded(text: str) -> str | None:
    normal = cmrc_normalize(text)
    if _ALL_CJK.fullmatch(normal):
        return normal  # Chinese characters only: each is a token already
    tokens = cmrc_segment(text)
    joined = "".join(tokens)
    if len(joined) == len(tokens) and (not joined or max(joined) < "\U000F0000"):
        return joined  # the usual case: Chinese characters and one-character tokens only
    out = []
    for tok in tokens:
        if len(tok) == 1:
            if ord(tok) >= _PRIVATE:  # could collide with a code: let the caller compare token tuples
                return None
            out.append(tok)
        else:
            code = _INTERNED.get(tok)
            if code is None:
                if len(_INTERNED) >= 0x110000 - _PRIVATE:
                    return None
                code = _INTERNED[tok] = chr(_PRIVATE + len(_INTERNED))
            out.append(code)
    return "".join(out)


def _f1_from(common: int, n_pred: int, n_gold: int) -> float:
    # Same operations in the same order as the official scripts, so the floats are identical.
    precision = 1.0 * common / n_pred
    recall = 1.0 * common / n_gold
    return (2 * precision * recall) / (precision + recall)


def cmrc_em(golds: Sequence[str], prediction: str) -> int:
    pred = cmrc_normalize(prediction)
    if not golds:
        return int(not pred.strip())
    return int(any(cmrc_normalize(g) == pred for g in golds))


def cmrc_f1(golds: Sequence[str], prediction: str) -> float:
    if not golds:
        return float(not cmrc_normalize(prediction).strip())
    pred = _encoded(prediction)
    if pred == "":
        return 0.0  # no tokens: every gold scores 0
    best = 0.0
    for gold in dict.fromkeys(golds):  # CMRC repeats the same answer up to three times
        segs = _encoded(gold)
        if pred is None or segs is None:
            common = longest_common_run(cmrc_segment(gold), cmrc_segment(prediction))
            n_gold, n_pred = len(cmrc_segment(gold)), len(cmrc_segment(prediction))
        else:
            common = _longest_common_substring(segs, pred) if len(segs) <= len(pred) else \
                _longest_common_substring(pred, segs)
            n_gold, n_pred = len(segs), len(pred)
        if common:
            best = max(best, _f1_from(common, n_pred, n_gold))
    return best


_ARTICLES = re.compile(r"\b(a|an|the)\b", re.UNICODE)
_ASCII_PUNCT = str.maketrans("", "", string.punctuation)


def squad_normalize(text: str) -> str:
    """The official SQuAD ``normalize_answer``."""
    return " ".join(_ARTICLES.sub(" ", text.lower().translate(_ASCII_PUNCT)).split())


def _squad_golds(golds: Sequence[str]) -> list[str]:
    return [g for g in golds if squad_normalize(g)] or [""]


def squad_em(golds: Sequence[str], prediction: str) -> int:
    pred = squad_normalize(prediction)
    return max(int(squad_normalize(g) == pred) for g in _squad_golds(golds))


def squad_f1(golds: Sequence[str], prediction: str) -> float:
    pred = squad_normalize(prediction).split() if prediction else []
    best: float = 0
    for gold in _squad_golds(golds):
        toks = squad_normalize(gold).split() if gold else []
        if not toks or not pred:
            best = max(best, int(toks == pred))
            continue
        same = sum((collections.Counter(toks) & collections.Counter(pred)).values())
        if same:
            best = max(best, _f1_from(same, len(pred), len(toks)))
    return best


_SCORERS = {"cmrc": (cmrc_em, cmrc_f1), "squad2": (squad_em, squad_f1)}


@dataclass(frozen=True)
class QuestionScore:
    id: str
    exact_match: float  # 0 or 1
    f1: float  # 0..1
    prediction: str | None  # None: no prediction given


@dataclass(frozen=True)
class Scores:
    metric: str
    exact_match: float
    f1: float
    total: int
    skipped: int
    questions: tuple[QuestionScore, ...] = field(repr=False)
    subsets: dict[str, dict[str, float]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return {"metric": self.metric, "exact_match": self.exact_match, "f1": self.f1,
                "total": self.total, "skipped": self.skipped, **self.subsets}


def _mean(values: Sequence[float]) -> float:
    total = 0.0
    for v in values:  # a plain running sum, like the official loops (not fsum, not sum's compensation)
        total += v
    return 100.0 * total / len(values) if values else 0.0


def score(items: Sequence[QAItem], predictions: Mapping[str, str], *, metric: str = "cmrc") -> Scores:
    """Score ``predictions`` (``{question id: text}``) against ``items`` with the official logic."""
    if metric not in _SCORERS:
        raise ValueError(f"unknown metric {metric!r}; choose from {', '.join(METRICS)}")
    em_fn, f1_fn = _SCORERS[metric]
    rows = []
    for item in items:
        pred = predictions.get(item.id)
        golds = item.answers if item.has_answer else ()
        if pred is None:
            rows.append(QuestionScore(item.id, 0, 0.0, None))
        else:
            rows.append(QuestionScore(item.id, em_fn(golds, pred), f1_fn(golds, pred), pred))
    subsets: dict[str, dict[str, float]] = {}
    if metric == "squad2":
        for name, keep in (("HasAns", True), ("NoAns", False)):
            part = [r for r, it in zip(rows, items, strict=True) if it.has_answer is keep]
            if part:
                subsets[name] = {"exact_match": _mean([r.exact_match for r in part]),
                                 "f1": _mean([r.f1 for r in part]), "total": len(part)}
    return Scores(metric=metric, exact_match=_mean([r.exact_match for r in rows]),
                  f1=_mean([r.f1 for r in rows]), total=len(rows),
                  skipped=sum(r.prediction is None for r in rows), questions=tuple(rows), subsets=subsets)
