"""Per-character features for the trainable tagger (pure: strings in, lists of strings out).

Each character of a text gets a list of feature strings built from what the text says about it:

- **LAC's analysis**: the word it is in (its text, POS/NER tag, the character's position B/M/E/S and
  offset), the neighbouring words and tags, the word's length;
- **characters**: the character, its neighbours up to two away, bigrams around it;
- **shape**: digit / Latin / Han / space / punctuation of the character and its neighbours;
- **gazetteers**: greedy longest matches of names from the training data (jackknifed in training,
  see :mod:`annotate.train.tagger`), and of jieba's dictionary words tagged ``nr``/``ns``/``nt``/``nz``;
  the jieba tag of the LAC word itself;
- **number rules**: the DATE/MONEY/PERCENT/QUANTITY spans of :mod:`annotate.prelabel.rules`;
- **a base model** (optional): the tag another tagger predicts for the character (stacking), which
  is how a model trained on a few hundred corrections keeps what the shipped model knows.

Matches are features, never spans by themselves: the weights say how far to trust them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..spans import Span

__all__ = ["Lexicon", "char_type", "span_marks", "word_index", "features", "jieba_lexicon", "JIEBA_TAGS"]

#: jieba dictionary POS tags read as name lexicons: person, place, organisation, other proper noun
JIEBA_TAGS: tuple[str, ...] = ("nr", "ns", "nt", "nz")


def char_type(ch: str) -> str:
    """One letter for the character's shape: D digit, A Latin letter, C Han, S space, P anything else."""
    if ch.isdigit():
        return "D"
    if ch.isascii() and ch.isalpha():
        return "A"
    if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or ch >= "\U00020000":
        return "C"
    if ch.isspace():
        return "S"
    return "P"


@dataclass(frozen=True)
class Lexicon:
    """Surfaces (two characters or more) with a class; :meth:`marks` finds greedy longest matches.

    Matching walks a prefix set, so it costs about one lookup per character plus one per
    character of each match, whatever the longest entry.
    """

    entries: Mapping[str, str]
    prefixes: frozenset[str]

    @classmethod
    def build(cls, entries: Mapping[str, str]) -> Lexicon:
        kept = {s: c for s, c in entries.items() if len(s) >= 2}
        prefixes = frozenset(s[:k] for s in kept for k in range(1, len(s) + 1))
        return cls(kept, prefixes)

    @classmethod
    def from_lines(cls, lines: Iterable[str]) -> Lexicon:
        """``surface<TAB>class`` lines (other lines are ignored)."""
        entries = {}
        for line in lines:
            surface, sep, label = line.rstrip("\n").partition("\t")
            if sep and surface:
                entries[surface] = label.split("\t")[0]
        return cls.build(entries)

    def to_lines(self) -> list[str]:
        return [f"{s}\t{c}" for s, c in sorted(self.entries.items())]

    def __len__(self) -> int:
        return len(self.entries)

    def matches(self, text: str) -> list[tuple[int, int, str]]:
        """Greedy left-to-right longest matches ``(start, end, class)``; matches never overlap."""
        out = []
        entries, prefixes = self.entries, self.prefixes
        i, n = 0, len(text)
        while i < n:
            best = 0
            j = i + 1
            while j <= n and text[i:j] in prefixes:
                if j - i >= 2 and text[i:j] in entries:
                    best = j
                j += 1
            if best:
                out.append((i, best, entries[text[i:best]]))
                i = best
            else:
                i += 1
        return out

    def marks(self, text: str) -> list[str]:
        """Per character ``B-<class>``/``I-<class>`` of :meth:`matches` (``""`` outside)."""
        return span_marks(len(text), self.matches(text))


def span_marks(n: int, spans: Iterable[tuple[int, int, str]]) -> list[str]:
    """Per character ``B-X``/``I-X`` for non-overlapping ``(start, end, X)`` spans, ``""`` elsewhere."""
    out = [""] * n
    for start, end, label in spans:
        if start < end <= n:
            out[start] = "B-" + label
            for k in range(start + 1, end):
                out[k] = "I-" + label
    return out


def word_index(n: int, words: Sequence) -> list[int]:
    """For each of ``n`` characters the index of the LAC word that holds it."""
    wi = [0] * n
    for k, w in enumerate(words):
        for i in range(w.start, w.end):
            wi[i] = k
    return wi


@lru_cache(maxsize=1)
def jieba_lexicon() -> Lexicon:
    """jieba's dictionary words tagged nr/ns/nt/nz (two characters or more), read once per process."""
    import os

    import jieba

    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    entries: dict[str, str] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) == 3 and parts[2] in JIEBA_TAGS and len(parts[0]) >= 2:
                entries[parts[0]] = parts[2]
    return Lexicon.build(entries)


def features(text: str, words: Sequence, *, names: Lexicon | None = None, lexicon: Lexicon | None = None,
             numbers: Sequence[Span] = (), base: Sequence[str] | None = None) -> list[list[str]]:
    """Feature strings for every character of ``text``.

    ``words`` are LAC's words (``start``, ``end``, ``tag``) tiling the text; ``names`` the gazetteer of
    training names; ``lexicon`` jieba's name lexicon; ``numbers`` the number rules' spans; ``base`` a
    base model's tag per character (``"O"``, ``"B-PER"``, ...).
    """
    n = len(text)
    if not n:
        return []
    wi = word_index(n, words)
    nwords = len(words)
    wtexts = [text[w.start:w.end] for w in words]
    wtags = [w.tag for w in words]
    gmarks = names.marks(text) if names is not None and len(names) else None
    lmarks = lexicon.marks(text) if lexicon is not None else None
    lex_of_word = ([lexicon.entries.get(t, "") for t in wtexts] if lexicon is not None else None)
    nmarks = span_marks(n, ((s.start, s.end, s.label) for s in numbers)) if numbers else None
    padded = "^^" + text + "$$"
    types = "^^" + "".join(char_type(c) for c in text) + "$$"
    feats = []
    for i in range(n):
        k = wi[i]
        w = words[k]
        size = w.end - w.start
        off = i - w.start
        pos = "S" if size == 1 else ("B" if off == 0 else ("E" if i == w.end - 1 else "M"))
        word, tag = wtexts[k], wtags[k]
        ptag = wtags[k - 1] if k > 0 else "#"
        ntag = wtags[k + 1] if k + 1 < nwords else "#"
        pword = wtexts[k - 1] if k > 0 else "#"
        nword = wtexts[k + 1] if k + 1 < nwords else "#"
        c_2, c_1, c0, c1, c2 = padded[i:i + 5]
        tp = tag + pos
        f = [
            "b",
            "c0=" + c0, "c-1=" + c_1, "c1=" + c1, "c-2=" + c_2, "c2=" + c2,
            "c-1c0=" + c_1 + c0, "c0c1=" + c0 + c1, "c-1c1=" + c_1 + c1,
            "ty=" + types[i + 1:i + 4],
            "t=" + tp, "tc=" + tp + c0,
            "w=" + word + "|" + str(off), "wt=" + word + tag,
            "pt=" + ptag + "|" + tp, "nt=" + tp + "|" + ntag, "pnt=" + ptag + "|" + tp + "|" + ntag,
            "nw=" + tp + "|" + nword, "pw=" + pword + "|" + tp,
            "len=" + tag + str(min(size, 6)) + pos,
            "wl=" + tag + word[-1] + pos, "wf=" + tag + word[0] + pos,
            "nw1=" + tp + nword[0], "pwl=" + pword[-1] + tp,
        ]
        if gmarks is not None and gmarks[i]:
            f.append("g=" + gmarks[i])
            f.append("gt=" + gmarks[i] + "|" + tp)
        if lmarks is not None and lmarks[i]:
            f.append("j=" + lmarks[i])
            f.append("jt=" + lmarks[i] + "|" + tp)
        if lex_of_word is not None and lex_of_word[k]:
            f.append("jw=" + lex_of_word[k] + pos)
        if nmarks is not None and nmarks[i]:
            f.append("n=" + nmarks[i])
        if base is not None:
            bt = base[i]
            f.append("bt=" + bt)
            f.append("btp=" + bt + "|" + pos)
            f.append("btn=" + bt + "|" + (base[i + 1] if i + 1 < n else "$"))
        feats.append(f)
    return feats
