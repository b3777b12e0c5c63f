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

__all__ = ["Lexicon", "char_type", "span_marks", "word_index", "features", "FeatureIds", "jieba_lexicon", "JIEBA_TAGS"]

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


# Feature templates, in groups that each depend on a few inputs only: :func:`features` joins the
# groups' strings (training); :class:`FeatureIds` caches each group's feature *ids* by its inputs, so
# at inference a character costs a few dictionary lookups, not thirty string concatenations.

def _word(word: str, tag: str, off: int, pos: str) -> list[str]:
    tp = tag + pos
    return ["b", "t=" + tp, "w=" + word + "|" + str(off), "wt=" + word + tag,
            "len=" + tag + str(min(len(word), 6)) + pos, "wl=" + tag + word[-1] + pos, "wf=" + tag + word[0] + pos]


def _left(pword: str, ptag: str, tp: str) -> list[str]:
    return ["pt=" + ptag + "|" + tp, "pw=" + pword + "|" + tp, "pwl=" + pword[-1] + tp]


def _right(nword: str, ntag: str, tp: str) -> list[str]:
    return ["nt=" + tp + "|" + ntag, "nw=" + tp + "|" + nword, "nw1=" + tp + nword[0]]


def _both(ptag: str, tp: str, ntag: str) -> list[str]:
    return ["pnt=" + ptag + "|" + tp + "|" + ntag]


def _chars(c_1: str, c0: str, c1: str) -> list[str]:
    return ["c0=" + c0, "c-1=" + c_1, "c1=" + c1, "c-1c0=" + c_1 + c0, "c0c1=" + c0 + c1, "c-1c1=" + c_1 + c1,
            "ty=" + _shape(c_1) + _shape(c0) + _shape(c1)]


def _far(c_2: str, c2: str) -> list[str]:
    return ["c-2=" + c_2, "c2=" + c2]


def _tagged_char(tp: str, c0: str) -> list[str]:
    return ["tc=" + tp + c0]


def _marks(g: str, lm: str, jw: str, nm: str, tp: str, pos: str) -> list[str]:
    out = []
    if g:
        out += ["g=" + g, "gt=" + g + "|" + tp]
    if lm:
        out += ["j=" + lm, "jt=" + lm + "|" + tp]
    if jw:
        out.append("jw=" + jw + pos)
    if nm:
        out.append("n=" + nm)
    return out


def _base(bt: str, pos: str, bnext: str) -> list[str]:
    return ["bt=" + bt, "btp=" + bt + "|" + pos, "btn=" + bt + "|" + bnext]


def _shape(ch: str) -> str:
    return ch if ch in "^$" else char_type(ch)


def _keys(text: str, words: Sequence, names: Lexicon | None, lexicon: Lexicon | None,
          numbers: Sequence[Span], base: Sequence[str] | None) -> Iterable[tuple]:
    """Per character, the inputs of each template group (in :data:`_GROUPS` order)."""
    n = len(text)
    wi = word_index(n, words)
    nwords = len(words)
    wtexts = [text[w.start:w.end] for w in words]
    wtags = [w.tag for w in words]
    empty = [""] * n
    gmarks = names.marks(text) if names is not None and len(names) else empty
    lmarks = lexicon.marks(text) if lexicon is not None else empty
    lex_of_word = [lexicon.entries.get(t, "") for t in wtexts] if lexicon is not None else [""] * nwords
    nmarks = span_marks(n, ((s.start, s.end, s.label) for s in numbers)) if numbers else empty
    padded = "^^" + text + "$$"
    for i in range(n):
        k = wi[i]
        w = words[k]
        off = i - w.start
        pos = "S" if w.end - w.start == 1 else ("B" if off == 0 else ("E" if i == w.end - 1 else "M"))
        word, tag = wtexts[k], wtags[k]
        tp = tag + pos
        ptag, pword = (wtags[k - 1], wtexts[k - 1]) if k > 0 else ("#", "#")
        ntag, nword = (wtags[k + 1], wtexts[k + 1]) if k + 1 < nwords else ("#", "#")
        c_2, c_1, c0, c1, c2 = padded[i:i + 5]
        keys = ((word, tag, off, pos), (pword, ptag, tp), (nword, ntag, tp), (ptag, tp, ntag), (c_1, c0, c1),
                (c_2, c2), (tp, c0), (gmarks[i], lmarks[i], lex_of_word[k], nmarks[i], tp, pos))
        if base is not None:
            keys += ((base[i], pos, base[i + 1] if i + 1 < n else "$"),)
        yield keys


_GROUPS = (_word, _left, _right, _both, _chars, _far, _tagged_char, _marks, _base)


def features(text: str, words: Sequence, *, names: Lexicon | None = None, lexicon: Lexicon | None = None,
             numbers: Sequence[Span] = (), base: Sequence[str] | None = None) -> list[list[str]]:
    """Feature strings for every character of ``text``.

    ``words`` are LAC's words (``start``, ``end``, ``tag``) tiling the text; ``names`` the gazetteer of
    training names; ``lexicon`` jieba's name lexicon; ``numbers`` the number rules' spans; ``base`` a
    base model's tag per character (``"O"``, ``"B-PER"``, ...).
    """
    return [[f for group, key in zip(_GROUPS, keys, strict=False) for f in group(*key)]
            for keys in _keys(text, words, names, lexicon, numbers, base)]


class FeatureIds:
    """Feature ids of a trained model's feature index, each template group's ids cached by its inputs.

    ``ids(...)`` gives, per character, the ids of exactly the features :func:`features` gives that
    the index knows (unknown ones have no weight).

    Each group's cache holds at most ``max_cache`` entries (about 240 bytes each) and is emptied when
    full, so a process's memory stays flat however much text it tags. The bound is small on purpose: with
    200,000 entries per group a worker grew from 209 MB to 468 MB over 1.4 M characters of fresh text
    (CMRC 2018 and DRCD dev contexts, CLUENER train) and kept growing on the 100 MB benchmark corpus, while
    the larger cache tagged that fresh text no faster (20,493 characters per CPU-second against 20,159 with
    20,000 entries); it only pays on text seen before (docs/benchmarks.md, "Pre-labelling at corpus scale").
    """

    def __init__(self, index: Mapping[str, int], max_cache: int = 20_000) -> None:
        self.index = index
        self.max_cache = max_cache
        self.caches: list[dict[tuple, tuple[int, ...]]] = [{} for _ in _GROUPS]

    def ids(self, text: str, words: Sequence, *, names: Lexicon | None = None, lexicon: Lexicon | None = None,
            numbers: Sequence[Span] = (), base: Sequence[str] | None = None,
            lead: int | None = None) -> tuple[list[int], list[int]]:
        """All characters' ids in one flat list, and each character's count; ``lead`` (e.g. the id of
        an all-zero weight row) goes first for every character, so that no character has none."""
        flat: list[int] = []
        counts: list[int] = []
        get = self.index.get
        caches = self.caches
        for keys in _keys(text, words, names, lexicon, numbers, base):
            before = len(flat)
            if lead is not None:
                flat.append(lead)
            for g, key in enumerate(keys):
                cache = caches[g]
                got = cache.get(key)
                if got is None:
                    got = tuple(i for i in map(get, _GROUPS[g](*key)) if i is not None)
                    if len(cache) >= self.max_cache:
                        cache.clear()
                    cache[key] = got
                flat.extend(got)
            counts.append(len(flat) - before)
        return flat, counts
