"""Error-driven corrections of LAC's names: a character tagger that reads LAC's analysis.

LAC is a good segmenter and tagger but follows other annotation conventions than the People's
Daily / MSRA gold most users compare against (coordinated abbreviations "中美" are one LOC for LAC,
two for the gold; "古巴代表团" is LOC + noun for LAC, one ORG for the gold; "印度政府" the other way;
"访华", "中方", "美军" hide a LOC inside a verb or noun). Rather than hand-write these, a linear
sequence model learns them from annotated data: a structured averaged perceptron over BIO tags of
PER/LOC/ORG whose features are LAC's word, POS/NER tag and position for each character, its
neighbours' words and tags, the characters around it, a class feature for one-character place
abbreviations, and matches in a gazetteer of names collected from the public training data. Where LAC is right the tag features carry it through; where the
data shows a convention the lexical features override it.

The model (``data/lac_fix.npz``: feature strings, int16 weights) is rebuilt from ``../shared/data``
by ``python benchmarks/build_lac_fix.py``; this module only extracts features and decodes, with
numpy (lazily imported).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..spans import Span, tags_to_spans
from .features import Lexicon

__all__ = ["TAGS", "Corrector", "Gazetteer", "features", "viterbi", "viterbi_batch", "DATA_DIR"]

DATA_DIR = Path(__file__).resolve().parent / "data"
TAGS: tuple[str, ...] = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG")
_NAME_TAGS = {"PER", "LOC", "ORG"}
#: words that make the name before them a zone or district (guidelines: high-tech zones, parks … are LOC)
_ZONE = re.compile(r"(?:国家)?(?:高新技术产业开发区|高新区|经开区|开发区|科学城|科技城|科技园区?|产业园区?|工业园区?"
                   r"|自贸区|保税区|示范区|新区|园区)")


def _ctype(ch: str) -> str:
    if ch.isdigit():
        return "D"
    if ch.isascii() and ch.isalpha():
        return "A"
    if "\u4e00" <= ch <= "\u9fff":
        return "C"
    if ch.isspace():
        return "S"
    return "P"


@dataclass(frozen=True)
class Gazetteer:
    """Names by type (longest match wins); matches become features, never spans by themselves."""

    entries: dict[str, str]  # surface -> label
    max_len: int
    #: characters that stand alone for a place ("中", "美", "沪"): learned from single-character LOCs
    abbrev: frozenset[str] = frozenset()

    @classmethod
    def from_lines(cls, lines: Sequence[str]) -> Gazetteer:
        entries: dict[str, str] = {}
        abbrev = set()
        for line in lines:
            if "\t" in line:
                surface, label = line.rstrip("\n").split("\t")[:2]
                if label == "ABBR":
                    abbrev.add(surface)
                else:
                    entries[surface] = label
        return cls(entries, max((len(s) for s in entries), default=0), frozenset(abbrev))

    def marks(self, text: str) -> list[str]:
        """Per character ``B-LOC``/``I-LOC``/... of greedy longest matches (``""`` outside), read with
        :func:`zone_marks` (张江 of 张江高新区 is a place)."""
        return zone_marks(text, self._lexicon.marks(text))

    @property
    def _lexicon(self) -> Lexicon:
        lex = self.__dict__.get("_lex")
        if lex is None:  # built once per gazetteer: a prefix set makes matching one walk per character
            lex = Lexicon.build(self.entries)
            object.__setattr__(self, "_lex", lex)
        return lex


def zone_marks(text: str, marks: list[str]) -> list[str]:
    """Gazetteer ``marks`` read in the gazetteer's own sense of names before zone words.

    A name written directly before a zone word (张江 in 张江高新区, though the lists hold a person 张江) is a
    place: the match and the zone word are marked one LOC, whatever the bare name's entry says
    (docs/guidelines.md: zones are LOC). The same person-listed name elsewhere in the text (中关村、张江等,
    提高张江核心竞争力) is then that place too. Organisation matches are left alone (张江高新技术产业开发区管理委员会).
    """
    matches = []  # (start, end, label) of each match
    i = 0
    while i < len(marks):
        if marks[i].startswith("B-"):
            j = i + 1
            while j < len(marks) and marks[j] == "I-" + marks[i][2:]:
                j += 1
            matches.append((i, j, marks[i][2:]))
            i = j
        else:
            i += 1
    out = list(marks)
    heads = set()
    for start, end, label in matches:
        zone = _ZONE.match(text, end)
        if zone and label != "ORG":
            if label == "PER":
                heads.add(text[start:end])
            out[start:zone.end()] = ["B-LOC"] + ["I-LOC"] * (zone.end() - start - 1)
    for start, end, label in matches:
        if label == "PER" and text[start:end] in heads and out[start] == "B-PER":
            out[start:end] = ["B-LOC"] + ["I-LOC"] * (end - start - 1)
    return out


def features(text: str, words: Sequence, gaz: Gazetteer | None) -> list[list[str]]:
    """Feature strings for every character of ``text`` given LAC's ``words`` (start, end, tag)."""
    n = len(text)
    wi = [0] * n
    for k, w in enumerate(words):
        for i in range(w.start, w.end):
            wi[i] = k
    marks = gaz.marks(text) if gaz else [""] * n

    def ch(i: int) -> str:
        return text[i] if 0 <= i < n else ("^" if i < 0 else "$")

    def wtag(k: int) -> str:
        return words[k].tag if 0 <= k < len(words) else "#"

    def wtext(k: int) -> str:
        return text[words[k].start:words[k].end] if 0 <= k < len(words) else "#"

    feats = []
    for i in range(n):
        k = wi[i]
        w = words[k]
        size = w.end - w.start
        pos = "S" if size == 1 else ("B" if i == w.start else ("E" if i == w.end - 1 else "M"))
        word = wtext(k)
        tag = w.tag
        ptag, ntag = wtag(k - 1), wtag(k + 1)
        c0 = text[i]
        f = [
            "b",
            "c0=" + c0, "c-1=" + ch(i - 1), "c1=" + ch(i + 1), "c-2=" + ch(i - 2), "c2=" + ch(i + 2),
            "c-1c0=" + ch(i - 1) + c0, "c0c1=" + c0 + ch(i + 1), "c-1c1=" + ch(i - 1) + ch(i + 1),
            "ty=" + _ctype(c0) + _ctype(ch(i - 1)) + _ctype(ch(i + 1)),
            "t=" + tag + pos, "t=" + tag + pos + "|c0=" + c0,
            "w=" + word + "|" + str(i - w.start), "wt=" + word + tag + "|" + str(i - w.start),
            "pt=" + ptag + "|" + tag + pos, "nt=" + tag + pos + "|" + ntag,
            "pnt=" + ptag + "|" + tag + pos + "|" + ntag,
            "nw=" + tag + pos + "|" + wtext(k + 1), "pw=" + wtext(k - 1) + "|" + tag + pos,
            "len=" + tag + str(min(size, 6)) + pos,
        ]
        if tag in _NAME_TAGS or ntag in _NAME_TAGS or ptag in _NAME_TAGS:
            f.append("nw1=" + tag + pos + "|" + wtext(k + 1)[:1])
            f.append("nwl=" + tag + pos + "|" + wtext(k + 1)[-1:])
            f.append("wl=" + tag + "|" + word[-1:] + "|" + pos)
            f.append("wf=" + tag + "|" + word[:1] + "|" + pos)
        if gaz and c0 in gaz.abbrev:
            f.append("ab=" + tag + pos + str(ch(i - 1) in gaz.abbrev) + str(ch(i + 1) in gaz.abbrev))
        if marks[i]:
            f.append("g=" + marks[i])
            f.append("g=" + marks[i] + "|" + tag + pos)
        feats.append(f)
    return feats


class Corrector:
    """Loads the learned weights and turns (text, LAC words) into corrected spans."""

    def __init__(self, index: dict[str, int], weights, transitions, gaz: Gazetteer | None) -> None:
        self.index = index
        self.weights = weights  # (n_features, n_tags) float32
        self.transitions = transitions  # (n_tags + 1, n_tags): row n_tags = start
        self.gaz = gaz

    @classmethod
    def load(cls, data_dir: Path = DATA_DIR) -> Corrector:
        import numpy as np

        with np.load(data_dir / "lac_fix.npz") as z:
            names = z["features"].tolist()
            weights = z["weights"].astype(np.float32) / float(z["scale"])
            weights = np.vstack([weights, np.zeros((1, weights.shape[1]), np.float32)])
            transitions = z["transitions"].astype(np.float32) / float(z["scale"])
        gaz_path = data_dir / "gazetteer.tsv"
        gaz = None
        if gaz_path.exists():
            lines = gaz_path.read_text(encoding="utf-8").splitlines()
            variants = data_dir / "gazetteer_variants.tsv"  # Taiwan/HK name forms (benchmarks/build_t2s.py)
            if variants.exists():
                lines = variants.read_text(encoding="utf-8").splitlines() + lines  # the main file wins
            gaz = Gazetteer.from_lines(lines)
        return cls({name: i for i, name in enumerate(names)}, weights, transitions, gaz)

    def emissions(self, text: str, words: Sequence) -> Any:
        import numpy as np

        get, zero = self.index.get, len(self.weights) - 1  # zero: an all-zero row, so no segment is empty
        flat: list[int] = []
        bounds: list[int] = []
        for fs in features(text, words, self.gaz):
            bounds.append(len(flat))
            flat.append(zero)
            flat.extend(k for k in map(get, fs) if k is not None)
        return np.add.reduceat(self.weights[np.array(flat)], np.array(bounds), axis=0)

    def tags(self, text: str, words: Sequence) -> list[str]:
        return self.tags_batch([text], [words])[0]

    def tags_batch(self, texts: Sequence[str], words: Sequence[Sequence]) -> list[list[str]]:
        """:meth:`tags` for many texts, decoded together (same paths as one at a time)."""
        keep = [i for i, t in enumerate(texts) if t]
        emissions = [self.emissions(texts[i], words[i]) for i in keep]
        out: list[list[str]] = [[] for _ in texts]
        order = sorted(range(len(keep)), key=lambda k: len(emissions[k]))
        for lo in range(0, len(order), 64):
            chunk = order[lo:lo + 64]
            for k, path in zip(chunk, viterbi_batch([emissions[k] for k in chunk], self.transitions), strict=True):
                out[keep[k]] = [TAGS[t] for t in path]
        return out

    def spans(self, text: str, words: Sequence, *, with_time: bool = False) -> list[Span]:
        return self.spans_batch([text], [words], with_time=with_time)[0]

    def spans_batch(self, texts: Sequence[str], words: Sequence[Sequence], *, with_time: bool = False) -> list[list[Span]]:
        out = []
        for tags, ws in zip(self.tags_batch(texts, words), words, strict=True):
            spans = [Span(s.start, s.end, s.label, source="lac") for s in tags_to_spans(tags, "BIO")]
            if with_time:
                spans += [Span(w.start, w.end, "DATE", source="lac") for w in ws if w.tag == "TIME"]
            out.append(sorted(spans))
        return out


@lru_cache(maxsize=1)
def _allowed():
    import numpy as np

    n = len(TAGS)
    ok = np.ones((n + 1, n), dtype=bool)
    for j, tag in enumerate(TAGS):
        if tag.startswith("I-"):
            for i in range(n + 1):
                prev = TAGS[i] if i < n else "O"
                ok[i, j] = prev[2:] == tag[2:] and prev != "O"
    return ok


def viterbi_batch(emissions: Sequence[Any], transitions: Any) -> list[list[int]]:
    """:func:`viterbi` for several texts in one pass over their steps: the tagger's batched Viterbi
    (:func:`annotate.prelabel.tagger.viterbi_batch`), with this model's start row; the same paths and
    tie-breaking as one text at a time."""
    import numpy as np

    from .tagger import viterbi_batch as batched

    if not emissions:
        return []
    n_tags = len(TAGS)
    trans = np.where(_allowed(), transitions, -1e9).astype(emissions[0].dtype)
    return batched(emissions, [np.zeros(len(e), dtype=np.int64) for e in emissions], trans[:n_tags],
                   [np.ones((n_tags, n_tags), dtype=bool)], start=trans[n_tags])


def viterbi(emissions, transitions) -> list[int]:
    """Best tag path under emission + transition scores; ``I-X`` only after ``B-X``/``I-X``."""
    import numpy as np

    ok = _allowed()
    trans = np.where(ok, transitions, -1e9)
    n_tags = len(TAGS)
    dp = trans[n_tags] + emissions[0]
    back = []
    for t in range(1, len(emissions)):
        scores = dp[:, None] + trans[:n_tags]
        bp = scores.argmax(axis=0)
        back.append(bp)
        dp = scores[bp, np.arange(n_tags)] + emissions[t]
    path = [int(dp.argmax())]
    for bp in reversed(back):
        path.append(int(bp[path[-1]]))
    return path[::-1]
