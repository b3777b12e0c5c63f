"""NLTK's word tokenizer (``nltk.word_tokenize``) rebuilt on the standard ``re`` module.

The official CMRC 2018 scorer splits every run of non-Chinese characters with ``nltk.word_tokenize``.
That function needs the Punkt sentence model (a data download) and then applies NLTK's improved
Treebank rules (``NLTKWordTokenizer``, NLTK 3.10; Apache-2.0, (C) the NLTK Project). This module
re-states those rules as a table so that our scorer needs neither NLTK nor its data.

What is reproduced: the whole rule table, in order, including the figure/en/em-dash rule
(U+2012–U+2015) that older NLTK releases lack — the reference numbers in ``../shared/reference``
depend on it. What is not: Punkt sentence splitting. The run is tokenized as one "sentence" (NLTK's
``preserve_line=True``). The two differ only when one non-Chinese run holds several English sentences
(a mid-run ``word.`` followed by a capitalised word), which no answer or reference prediction in
CMRC 2018 dev or DRCD dev does; ``tests/qa/test_treebank.py`` checks the rule table against NLTK itself.
"""

from __future__ import annotations

import re

__all__ = ["word_tokenize", "needs_rules"]

_Rule = tuple[re.Pattern[str], str]


def _rules(*pairs: tuple[str, str]) -> list[_Rule]:
    return [(re.compile(pattern), repl) for pattern, repl in pairs]


_STARTING_QUOTES = _rules(
    (r"([«“‘„]|[`]+)", r" \1 "),
    (r'^"', r"``"),
    (r"(``)", r" \1 "),
    (r"([ \(\[{<])(\"|'{2})", r"\1 `` "),
    (r"(?i)(?<!\w)(')(?!(?:re|ve|ll|m|t|s|d|n)\b)(?=\w)", r"\1 "),
)

_PUNCTUATION = _rules(
    (r"([^\.])(\.)([\]\)}>\"'»”’ ]*+)\s*$", r"\1 \2 \3 "),
    (r"([:,])([^\d])", r" \1 \2"),
    (r"([:,])$", r" \1 "),
    (r"\.{2,}", r" \g<0> "),
    (r"[;@#$%&]", r" \g<0> "),
    (r"[\u2012-\u2015]", r" \g<0> "),
    (r"([^\.])(\.)([\]\)}>\"']*)\s*$", r"\1 \2\3 "),
    (r"[?!]", r" \g<0> "),
    (r"([^'])' ", r"\1 ' "),
    (r"[*]", r" \g<0> "),
    (r"[\]\[\(\)\{\}\<\>]", r" \g<0> "),  # brackets
    (r"--", r" -- "),  # double dash
)

_ENDING_QUOTES = _rules(
    (r"([»”’])", r" \1 "),
    (r"''", " '' "),
    (r'"', " '' "),
    (r"\s+", " "),
    (r"([^' ])('[sS]|'[mM]|'[dD]|') ", r"\1 \2 "),
    (r"([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) ", r"\1 \2 "),
)

_CONTRACTIONS = _rules(
    (r"(?i)\b(can)(?#X)(not)\b", r" \1 \2 "),
    (r"(?i)\b(d)(?#X)('ye)\b", r" \1 \2 "),
    (r"(?i)\b(gim)(?#X)(me)\b", r" \1 \2 "),
    (r"(?i)\b(gon)(?#X)(na)\b", r" \1 \2 "),
    (r"(?i)\b(got)(?#X)(ta)\b", r" \1 \2 "),
    (r"(?i)\b(lem)(?#X)(me)\b", r" \1 \2 "),
    (r"(?i)\b(more)(?#X)('n)\b", r" \1 \2 "),
    (r"(?i)\b(wan)(?#X)(na)(?=\s)", r" \1 \2 "),
    (r"(?i) ('t)(?#X)(is)\b", r" \1 \2 "),
    (r"(?i) ('t)(?#X)(was)\b", r" \1 \2 "),
)

# Characters that some rule above reacts to; a run without any of them (and without a contraction
# word) is tokenized by whitespace alone, which is what the rules would produce. A period or comma
# matters only in the places _SPECIAL finds: "..", a final period, a comma not before a digit
# ("3.5" and "1,000" stay whole).
_TRIGGERS = frozenset("\"'`«“‘„»”’:;@#$%&?!*[](){}<>-\u2012\u2013\u2014\u2015")
_SPECIAL = re.compile(r"(?i)cannot|gimme|gonna|gotta|lemme|wanna|\.\.|\.\s*$|,(?!\d)")


def needs_rules(text: str) -> bool:
    """False when ``text.split()`` already equals :func:`word_tokenize` (the common, fast case)."""
    return not _TRIGGERS.isdisjoint(text) or _SPECIAL.search(text) is not None


def word_tokenize(text: str) -> list[str]:
    """``nltk.word_tokenize(text, preserve_line=True)`` without NLTK."""
    if not needs_rules(text):
        return text.split()
    for pattern, repl in _STARTING_QUOTES:
        text = pattern.sub(repl, text)
    for pattern, repl in _PUNCTUATION:
        text = pattern.sub(repl, text)
    text = f" {text} "
    for pattern, repl in _ENDING_QUOTES:
        text = pattern.sub(repl, text)
    for pattern, repl in _CONTRACTIONS:
        text = pattern.sub(repl, text)
    return text.split()
