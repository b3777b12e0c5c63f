"""Spans and tagging schemes: the pure core every NER path shares.

A :class:`Span` is a half-open ``[start, end)`` range of Python code points with a label;
``text[start:end]`` is the truth. Tagging schemes are *tables* (seqeval's habit), and decoding
is strict: an entity starts only at a begin/single tag (or an ``I`` that follows ``O`` or a
different type, which we treat as a begin so nothing is silently lost — seqeval's strict IOB2
drops such spans; :func:`tags_to_spans` takes ``strict=True`` to match it exactly).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

__all__ = ["Span", "trimmed", "SCHEMES", "DETECT_ORDER", "detect_scheme", "tags_to_spans", "spans_to_tags", "split_tag",
           "clean_spans"]


@dataclass(frozen=True, order=True)
class Span:
    start: int
    end: int
    label: str
    score: float | None = field(default=None, compare=False)
    source: str | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if not (0 <= self.start < self.end):
            raise ValueError(f"bad span [{self.start}, {self.end})")

    @property
    def key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.label)

    def text_in(self, text: str) -> str:
        return text[self.start:self.end]

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def shifted(self, offset: int) -> Span:
        return replace(self, start=self.start + offset, end=self.end + offset)

    def __len__(self) -> int:
        return self.end - self.start


# Prefix roles per scheme: B=begin, I=inside, E=end, S=single. BMES uses M for inside.
SCHEMES: dict[str, dict[str, str]] = {
    "BIO": {"B": "B", "I": "I"},
    "IOB2": {"B": "B", "I": "I"},
    "BIOES": {"B": "B", "I": "I", "E": "E", "S": "S"},
    "IOBES": {"B": "B", "I": "I", "E": "E", "S": "S"},
    "BILOU": {"B": "B", "I": "I", "L": "E", "U": "S"},
    "BMES": {"B": "B", "M": "I", "E": "E", "S": "S"},
}


#: the order :func:`detect_scheme` tries: the first scheme whose prefixes cover the file's wins
DETECT_ORDER: tuple[str, ...] = ("BIO", "BIOES", "BILOU", "BMES")


def trimmed(text: str, span: Span) -> Span | None:
    """``span`` without whitespace at its edges (guidelines: spans never start or end with space);
    ``None`` when nothing else is left.

    >>> trimmed(" 北京 ", Span(0, 4, "LOC")).key
    (1, 3, 'LOC')
    """
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return None
    return span if (start, end) == (span.start, span.end) else replace(span, start=start, end=end)


def detect_scheme(tags: Iterable[str]) -> str:
    """The tag scheme of some tags: the first of :data:`DETECT_ORDER` whose prefixes cover them all.

    The one detector (``formats`` reading files and ``prelabel.tagset`` reading checkpoints both
    use it). A B/I/S set reads as BIOES; tags that fit no scheme (``M-`` beside ``I-``) raise
    ``ValueError``.

    >>> detect_scheme(["B-PER", "I-PER", "O"]), detect_scheme(["S-LOC", "B-ORG", "E-ORG"])
    ('BIO', 'BIOES')
    >>> detect_scheme(["U-PER", "B-ORG", "L-ORG"]), detect_scheme(["B-ORG", "M-ORG", "E-ORG"])
    ('BILOU', 'BMES')
    """
    prefixes = {split_tag(t)[0] for t in tags} - {"O"}
    for name in DETECT_ORDER:
        if prefixes <= SCHEMES[name].keys():
            return name
    raise ValueError(f"tag prefixes {', '.join(sorted(prefixes))} fit no one scheme "
                     f"({', '.join(DETECT_ORDER)})")


def split_tag(tag: str) -> tuple[str, str | None]:
    """``"B-PER"`` → ``("B", "PER")``; ``"O"`` → ``("O", None)``. Accepts ``-`` or ``_``."""
    if tag in ("O", "", "o"):
        return "O", None
    for sep in ("-", "_"):
        if len(tag) > 2 and tag[1] == sep:
            return tag[0].upper(), tag[2:]
    raise ValueError(f"not a scheme tag: {tag!r}")


def tags_to_spans(tags: Sequence[str], scheme: str = "BIO", *, strict: bool = False) -> list[Span]:
    """Decode per-position tags into spans (positions are the tag indices).

    Adjacent entities of the same type stay separate: ``B-PER I-PER B-PER`` is two spans. For
    BIOES/BMES an entity closes at ``E``/``S``; an ``E`` or ``I`` with no open entity of its type
    opens one unless ``strict`` (then it is dropped, as seqeval's strict mode does).
    """
    roles = SCHEMES[scheme.upper()]
    spans: list[Span] = []
    start: int | None = None
    label: str | None = None

    def close(end: int) -> None:
        nonlocal start, label
        if start is not None and label is not None:
            spans.append(Span(start, end, label))
        start, label = None, None

    for i, tag in enumerate(tags):
        prefix, typ = split_tag(tag)
        if prefix == "O":
            close(i)
            continue
        role = roles.get(prefix)
        if role is None:
            raise ValueError(f"tag {tag!r} is not in scheme {scheme}")
        if role == "B":
            close(i)
            start, label = i, typ
        elif role == "S":
            close(i)
            spans.append(Span(i, i + 1, typ))  # type: ignore[arg-type]
        elif role in ("I", "E"):
            if start is None or label != typ:
                close(i)
                if strict:
                    continue
                start, label = i, typ
            if role == "E":
                close(i + 1)
    close(len(tags))
    return spans


def spans_to_tags(spans: Iterable[Span], length: int, scheme: str = "BIO") -> list[str]:
    """Encode non-overlapping spans as tags; overlapping spans raise ``ValueError``."""
    scheme = scheme.upper()
    inv = {role: prefix for prefix, role in SCHEMES[scheme].items()}
    tags = ["O"] * length
    for span in sorted(spans):
        if span.end > length:
            raise ValueError(f"span {span} runs past length {length}")
        if any(t != "O" for t in tags[span.start:span.end]):
            raise ValueError(f"span {span} overlaps another span")
        n = len(span)
        if "S" in inv and n == 1:
            tags[span.start] = f"{inv['S']}-{span.label}"
            continue
        tags[span.start] = f"{inv['B']}-{span.label}"
        for i in range(span.start + 1, span.end):
            tags[i] = f"{inv['I']}-{span.label}"
        if "E" in inv:
            tags[span.end - 1] = f"{inv['E']}-{span.label}"
    return tags


# -- what can be part of a name ----------------------------------------------------------------------------

def _not_in_names(ch: str) -> bool:
    """Symbols (emoji, dingbats), joiners and variation selectors, spaces and controls: the rule of
    :func:`clean_spans` (docs/prelabel.md, "Cleaning spans")."""
    import unicodedata

    cat = unicodedata.category(ch)
    return (cat in ("So", "Sk", "Cf", "Cc", "Me") or cat[0] == "Z" or ch.isspace()
            or "\ufe00" <= ch <= "\ufe0f" or "\U000e0100" <= ch <= "\U000e01ef" or "\U0001f3fb" <= ch <= "\U0001f3ff")


def _word_space(text: str, i: int, start: int, end: int) -> bool:
    """``text[i]`` is one plain space between two words of an alphabetic name inside ``[start, end)``
    ("Alexander Averianov", "William Laimbeer, Jr."): a letter, digit or ``.,'-`` of a non-Han script
    before it, a letter of one after it."""
    if text[i] != " " or not start < i < end - 1:
        return False
    a, b = text[i - 1], text[i + 1]
    return (b.isalpha() and not _is_han(b) and not _is_han(a) and (a.isalnum() or a in ".,'-")
            and not _not_in_names(a))


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or ch >= "\U00020000"


def clean_spans(text: str, spans: Iterable[Span]) -> list[Span]:
    """Each span trimmed of characters that are never part of a name (emoji, zero-width joiners,
    variation selectors, spaces) at both ends and split where a run of them sits inside; pieces
    without a letter or ideograph are dropped. ``😀张三`` → ``张三``; ``张三😀李四`` → ``张三``, ``李四``.
    One plain space between the words of an alphabetic name stays inside it (``Dale Russell``)."""
    out: list[Span] = []
    for span in spans:
        start = span.start
        for i in range(span.start, span.end + 1):
            if i == span.end or (_not_in_names(text[i]) and not _word_space(text, i, span.start, span.end)):
                if i > start and any(text[j].isalpha() for j in range(start, i)):
                    out.append(span if (start, i) == (span.start, span.end) else replace(span, start=start, end=i))
                start = i + 1
    return out
