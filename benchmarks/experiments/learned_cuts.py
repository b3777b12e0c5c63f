"""A learned second opinion on the join rules: cut a line group where a small model says a unit ends.

The join rules (join.py, dumpwrap.py) put lines into groups, one group a unit. At each internal line break
of a group of several lines, :func:`features` reads cheap facts about the two lines around the break (widths
relative to the document's wrap width, the upper line's last and the lower line's first character, lengths,
indentation, digit / ASCII / hanzi shares, repetition in the document, what the existing line tests say of
each line alone) and a few boosted trees (``learned_cuts.json`` beside it, trained by benchmarks/experiments/segment_learned_cuts.py on
the development corpus's construction gold, its provenance recorded in the file) score them; the group is cut
where the score reaches the file's threshold. Kinds are classified afterwards as usual, and a cut only splits
a group's list of lines, so offsets are untouched.

An experiment, kept out of the package (session 21): ``core.segment_text`` does not call it, because leave-one-batch-out on dev pays (docs/benchmarks.md, "Experiment:
a learned cut of line groups"), but the cut splits running heads that four hand tests keep one unit, cuts one
contact block the dev5 gold keeps whole, and doubles the text route's CPU on the seeds. Wiring it in is one line
after ``numbered.merge`` in core.segment_text (``groups = learned_cuts.cut_groups(groups, ctx)``), as the
script does.
"""

from __future__ import annotations

import functools
import json
import math
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from annotate.segment import rules
from annotate.segment.join import Context, heading_like
from annotate.segment.lines import Line, display_width

__all__ = ["FEATURES", "cut_groups", "features", "model"]

MODEL_PATH = Path(__file__).with_name("learned_cuts.json")

_END = frozenset("。！？!?…⋯")
_SEMI = frozenset("；;")
_COMMA = frozenset("，,、")
_COLON = frozenset("：:")
_OPEN = frozenset(rules.BRACKET_PAIRS)
_CLOSE = frozenset(rules.CLOSERS)
_BULLET = frozenset(rules.DECORATION) | rules.BULLETS

# the feature vector's fields, in order (the model file names them; :func:`model` checks they agree)
FEATURES = (
    "wrap", "a_w", "b_w", "a_room", "a_len", "b_len", "a_indent", "b_indent", "b_gap", "b_hard",
    "a_end", "a_semi", "a_comma", "a_colon", "a_hanzi", "a_digit", "a_latin", "a_closer",
    "b_hanzi", "b_digit", "b_latin", "b_open", "b_continuing", "b_bullet", "b_enum", "b_label", "a_label",
    "a_digits", "a_ascii", "a_han", "b_digits", "b_ascii", "b_han",
    "a_repeat", "b_repeat", "a_heading", "b_heading", "a_kind", "b_kind", "a_inner_end", "b_end",
    "at", "group_lines", "b_longer",
)


def _shares(sq: str) -> tuple[float, float, float]:
    """Digit, ASCII and hanzi shares of a line's characters."""
    n = len(sq) or 1
    ascii_ = len(sq.encode("ascii", "ignore"))
    digits = sum(map(sq.count, "0123456789"))
    han = len(rules.HANZI.findall(sq))
    return digits / n, ascii_ / n, han / n


def _kind(line: Line) -> float:
    return {"": 0.0, "byline": 1.0, "meta": 2.0, "debris": 3.0}.get(line.kind, 4.0)


def _first(ch: str) -> tuple[float, ...]:
    return (float("\u4e00" <= ch <= "\u9fff"), float(ch.isdigit()), float(ch.isascii() and ch.isalpha()),
            float(ch in _OPEN), float(ch in rules.CONTINUING), float(ch in _BULLET))


def features(group: Sequence[Line], k: int, ctx: Context, width: float, seen: Counter[str]) -> list[float]:
    """The feature vector (:data:`FEATURES`) of the break between ``group[k]`` and ``group[k + 1]``; ``width``:
    the document's width estimate (:func:`doc_width`), ``seen``: how often each line's text occurs in the
    document."""
    a, b = group[k], group[k + 1]
    asq, bsq = a.sq, b.sq
    w = width or 1.0
    aw, bw = display_width(asq) + a.indent, display_width(bsq) + b.indent
    last = a.last
    return [
        float(bool(ctx.wrap)), aw / w, bw / w, min(max(width - aw, -5.0), 60.0) if width else 60.0,
        min(len(asq), 200), min(len(bsq), 200), a.indent, b.indent, min(b.gap, 3), float(b.hard),
        float(last in _END), float(last in _SEMI), float(last in _COMMA), float(last in _COLON),
        float("\u4e00" <= last <= "\u9fff"), float(last.isdigit()), float(last.isascii() and last.isalpha()),
        float(asq[-1:] in _CLOSE),
        *_first(bsq[:1]), float(rules.ENUMERATOR.match(bsq) is not None), float(rules.LABEL.match(bsq) is not None),
        float(rules.LABEL.match(asq) is not None),
        *_shares(asq), *_shares(bsq),
        float(seen[asq] > 1), float(seen[bsq] > 1),
        float(heading_like(asq, ctx.labels)), float(heading_like(bsq, ctx.labels)), _kind(a), _kind(b),
        float(rules.SENTENCE_END_RE.search(asq, 0, max(len(asq) - 1, 0)) is not None), float(bsq[-1:] in _END),
        float(k), min(len(group), 50), float(bw > aw + 1),
    ]


def doc_width(ctx: Context) -> float:
    """The document's width estimate: the join rules' wrap width, or a dump's limit, or the second-widest line."""
    return ctx.wrap or ctx.limit or ctx.second_widest


@functools.cache
def model(path: str = str(MODEL_PATH)) -> dict | None:
    """The model file's contents (``trees``: each a dict of ``feature``, ``threshold``, ``left``, ``right``,
    ``value`` lists; ``base``, ``rate``, ``cut``), or None where there is no file."""
    p = Path(path)
    if not p.is_file():
        return None
    data = json.loads(p.read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise ValueError(f"{p}: the model's features are not learned.FEATURES")
    return data


def score(data: dict, x: Sequence[float]) -> float:
    """The model's probability that a unit ends at the break described by ``x``."""
    raw = data["base"]
    rate = data["rate"]
    for tree in data["trees"]:
        feature, threshold, left, right = tree["feature"], tree["threshold"], tree["left"], tree["right"]
        node = 0
        while left[node] >= 0:
            node = left[node] if x[feature[node]] <= threshold[node] else right[node]
        raw += rate * tree["value"][node]
    return 1.0 / (1.0 + math.exp(-raw))


def cut_groups(groups: list[list[Line]], ctx: Context, data: dict | None = None) -> list[list[Line]]:
    """``groups`` with each group of several lines cut at the breaks the model scores at its ``cut`` or more."""
    if data is None:
        data = model()
    if data is None or all(len(g) == 1 for g in groups):
        return groups
    seen = Counter(ln.sq for g in groups for ln in g)
    width = doc_width(ctx)
    cut = data["cut"]
    out: list[list[Line]] = []
    for group in groups:
        if len(group) == 1:
            out.append(group)
            continue
        start = 0
        for k in range(len(group) - 1):
            if score(data, features(group, k, ctx, width, seen)) >= cut:
                out.append(group[start:k + 1])
                start = k + 1
        out.append(group[start:] if start else group)
    return out
