"""Sentence cuts inside a unit, as half-open offsets into its text."""

from __future__ import annotations

import re

from . import rules

__all__ = ["split_sentences"]

_END = re.Match.end


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
