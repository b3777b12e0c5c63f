"""Sentence cuts inside a unit, as half-open offsets into its text."""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Sequence
from itertools import repeat

from . import rules

__all__ = ["split_sentences", "split_each"]

_END = re.Match.end
_SUB = operator.sub


def _cut_pattern(text: str) -> re.Pattern[str]:
    """:data:`rules.SENTENCE_CUT`, or :data:`rules.PERIOD_CUT` where "。" is the only mark that can
    open a cut in ``text`` (then the two find the same cuts; substring tests run in C)."""
    if ("？" in text or "；" in text or "！" in text or "…" in text or "?" in text or "!" in text or ";" in text
            or "⋯" in text or "..." in text):
        return rules.SENTENCE_CUT
    return rules.PERIOD_CUT


def split_sentences(text: str) -> list[list[int]]:
    """``[[start, end], ...]`` covering ``text``: a sentence ends after 。！？!?；; or an ellipsis,
    together with the closing quotes and brackets that follow ("…表示。”" stays whole).

    A straight quote after the mark closes the sentence only if it balances one inside it;
    otherwise it opens the next sentence. Spaces between sentences belong to neither.
    """
    n = len(text)
    if " " not in text and '"' not in text and "'" not in text:
        ends = list(map(_END, _cut_pattern(text).finditer(text)))
        if not ends or ends[-1] != n:
            ends.append(n)
        return list(map(list, zip([0, *ends], ends, strict=False)))
    cuts: list[list[int]] = []
    start = 0
    for m in _cut_pattern(text).finditer(text):
        end = m.end()
        while end > m.start() + 1 and text[end - 1] in "\"'" and text.count(text[end - 1], start, end) % 2:
            end -= 1
        while start < end and text[start] == " ":
            start += 1
        if start < end:
            cuts.append([start, end])
        start = end
    while start < n and text[start] == " ":
        start += 1
    if start < n:
        cuts.append([start, n])
    return cuts


def split_each(texts: Sequence[str]) -> list[list[list[int]]]:
    """:func:`split_sentences` of each text (unit texts, which hold no line break), in order.

    The texts without a space or a straight quote (most paragraphs: the first loop of
    :func:`split_sentences` does not apply) are cut by one scan of all of them joined by line
    breaks, where no cut can start, end or cross (a cut is a run of marks and closers); each
    text's cuts are then its share of the ends found, less its start in the join. That is one
    pattern choice and one ``finditer`` per document instead of per paragraph (their set-up cost
    more than the scans). test_segment_fastpaths.py checks it against :func:`split_sentences`.
    """
    joined = "\n".join(texts)
    if joined.count("\n") != len(texts) - 1:  # (a line break inside a text: no join can tell the texts apart)
        return list(map(split_sentences, texts))
    if " " in joined or '"' in joined or "'" in joined:
        out: list[list[list[int]] | None] = [
            split_sentences(t) if " " in t or '"' in t or "'" in t else None for t in texts]
        plain = [t for t, cuts in zip(texts, out, strict=True) if cuts is None]
        joined = "\n".join(plain)
    else:
        out, plain = [None] * len(texts), list(texts)
    ends = list(map(_END, _cut_pattern(joined).finditer(joined)))
    done = iter(_share(plain, ends))
    return [cuts if cuts is not None else next(done) for cuts in out]


def _share(texts: list[str], ends: list[int]) -> list[list[list[int]]]:
    """Each text's sentences from the cut ends of ``texts`` joined by line breaks."""
    out = []
    k = base = 0
    find = bisect.bisect_right
    for text in texts:
        n = len(text)
        stop = base + n
        j = find(ends, stop, k)  # the ends inside this text
        if j == k or (j == k + 1 and ends[k] == stop):  # one sentence
            out.append([[0, n]])
        else:
            cuts = ends[k:j]
            if cuts[-1] != stop:
                cuts.append(stop)
            out.append(list(map(list, zip(map(_SUB, [base, *cuts], repeat(base)), map(_SUB, cuts, repeat(base)), strict=False))))
        k = j
        base = stop + 1
    return out
