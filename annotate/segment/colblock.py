"""Column blocks in a page extract: lines that plainly belong to one column's wrapped prose.

A newspaper page's narrow column (14-17 characters a line) puts lines as short as a two-line heading's
under a sub-head (``■ 相关评价`` / ``龙胆（学名：）为龙胆科龙胆属`` / ``的植物，也称为龙胆草（植物名实图``):
the line under the heading is the first line of a block of lines of one width (justified, the first
line at most an indent narrower), not the heading's second line; and that line, though short and
unpunctuated as a heading is, goes on in the line under it. The join rules ask
:func:`block_openers` once per text (lazily, through ``join.Context``); docs/segmentation.md §4.

The other signals of a page in columns kept here, each asked by one rule:

- :func:`headlines`: a story's headline over its byline, never taken by the line above it (join);
- :func:`bullet_head`: a bullet sub-head does not take another column's quote end across a blank
  line (join); :func:`bullet_over_prose`: nor the wider line of prose right under it (join);
- :func:`beside_by_width` and :func:`credit_beside`: another column's short heading or credit line
  printed after a column's full line, one space between (columns.spaced_order, docs §3);
  :func:`bullet_beside`: another column's bullet sub-head so printed (columns.reading_order).
"""

from __future__ import annotations

import bisect
import collections
import itertools
import re
from collections.abc import Sequence

from . import rules
from .lines import Line, display_width, squeeze

BLOCK_MIN_WIDTH = 10.0  # full-width units: a column's line, wider than most headings
BLOCK_BARE_WIDTH = 14.0  # ... and without a comma or stop in either line, this wide (a column, not a list of headlines)
BLOCK_SLACK = 1.5  # two lines of one justified column differ by this much at most (Latin and digits)
BLOCK_INDENT = 2.5  # ... and a paragraph's first line may be narrower by its indent (two characters)


_PROSE_MARK = re.compile(r"[，。、；,]")  # a comma or stop inside: prose, not a list of headlines


def block_openers(lines: Sequence[Line]) -> frozenset[int]:
    """``id`` of each line that a line of the same column's width follows right under it (no blank
    line, no furniture between): the line is as wide as that one (within :data:`BLOCK_SLACK`), or
    narrower by a first line's indent at most (:data:`BLOCK_INDENT`), both are
    :data:`BLOCK_MIN_WIDTH` full-width units wide or more, and they begin within a first line's
    indent of each other (a centred title over a centred byline ends where it does, but is no block),
    and one of the two is prose, a comma or stop inside it, or both are :data:`BLOCK_BARE_WIDTH` wide
    (a newspaper column's 14-17 characters; a sidebar's headlines of one length one under another
    are no block). Widths are the ``Line.width`` that
    ``join.context`` set (0 where the text is not wrapped: then no line is one)."""
    out = []
    for line, nxt in itertools.pairwise(lines):
        w, v = line.width, nxt.width
        if (w >= BLOCK_MIN_WIDTH and v >= BLOCK_MIN_WIDTH and not nxt.gap and not nxt.kind and not nxt.hard
                and v - BLOCK_INDENT <= w <= v + BLOCK_SLACK and abs(line.indent - nxt.indent) <= BLOCK_INDENT
                and (min(w, v) >= BLOCK_BARE_WIDTH or _PROSE_MARK.search(line.sq) or _PROSE_MARK.search(nxt.sq))):
            out.append(id(line))
    return frozenset(out)


def heads_block(group: Sequence[Line], nxt: Line, openers: frozenset[int]) -> bool:
    """``nxt`` opens a column block (:func:`block_openers`) and is wider than every line of
    ``group`` by more than :data:`BLOCK_INDENT`: a heading above a column's prose, not a heading
    printed over two lines."""
    return id(nxt) in openers and all(ln.width + BLOCK_INDENT < nxt.width for ln in group)


def opens_block(group: Sequence[Line], nxt: Line, openers: frozenset[int], ends: frozenset[str]) -> bool:
    """``group`` is one line that looks like a heading (short, no sentence end: a narrow column's
    line often does) but opens a column block (:func:`block_openers`) that ``nxt`` goes on: a wrap."""
    line = group[-1]
    return len(group) == 1 and id(line) in openers and line.last not in ends and not nxt.gap and not nxt.hard


# -- a short heading of another column printed after a column's full line, one space between
_SPACE_RUN = re.compile(r" {2,}")
BESIDE_SLACK = 1.75  # full-width units (Latin and digits are set narrower or wider than half): the line without the heading is as wide as a line of its column
BESIDE_MIN = 8.0  # full-width units of the column's line (a column's line, not a cell)


def _units(text: str) -> float:
    """Printed width in full-width units: a wide character one, any other half, spaces (and a CRLF's
    carriage return) nothing."""
    return display_width(text.replace(" ", "").replace("\r", ""))


def _pieces(raw: str, start: int, end: int) -> list[tuple[int, float]]:
    """The text runs of one printed line (two spaces or more end one): (column where it begins, width)."""
    out, at = [], start
    for m in _SPACE_RUN.finditer(raw, start, end):
        if m.start() > at:
            out.append((at - start, _units(raw[at:m.start()])))
        at = m.end()
    if end > at:
        out.append((at - start, _units(raw[at:end])))
    return out


def _same_column(col: int, width: float, c: int, w: float, first: bool) -> bool:
    """A run of text at column ``col``, ``width`` units wide, is a line of the column whose line below
    begins at ``c`` and is ``w`` wide: the two begin together and are as wide, or the first is a
    paragraph's first line (``first``: after a blank line; or set in by two to four spaces, as -layout
    prints an indent) and narrower by that indent at most."""
    shift = col - c
    if not -2 <= shift <= 4:
        return False
    first = first or shift >= 2
    if shift > 2 and not first:
        return False
    return -BESIDE_SLACK - (BLOCK_INDENT if first else 0.0) <= width - w <= BESIDE_SLACK


def beside_by_width(raw: str, lines: Sequence[Line], beside: dict[int, int]) -> dict[int, int]:
    """Of ``beside`` ({line index: the space before a short heading at the line's end}, from
    ``columns.spaced_order``), the lines whose text before that space is as wide as a line of its own
    column right above or below it (the run of text beginning at the same printed column, within
    :data:`BESIDE_SLACK`; after a blank line it may be narrower than the line below by a first line's
    indent, :data:`BLOCK_INDENT`): the column's line is full without the heading, so the heading stands
    beside it, printed from another column (``…與其決裂，自 背景說明`` / ``立門戶。先後擊敗…``). A line
    whose words an OCR pass set apart is as wide as its neighbours only with its last words."""
    out = {}
    for i, sp in beside.items():
        line = lines[i]
        row = raw.rfind("\n", 0, line.start) + 1
        left = [p for p in _pieces(raw, row, sp) if p[1] > 0]
        if not left or left[-1][1] < BESIDE_MIN:
            continue
        col, width = left[-1]
        for k in (i - 1, i + 1):
            if not 0 <= k < len(lines) or (k > i and lines[k].gap) or (k < i and line.gap):
                continue
            other = lines[k]
            orow = raw.rfind("\n", 0, other.start) + 1
            end = raw.find("\n", other.start)
            if any(_same_column(col, width, c, w, k > i and line.gap > 0)
                   for c, w in _pieces(raw, orow, len(raw) if end < 0 else end) if k > i or abs(c - col) <= 2):
                out[i] = sp
                break
        else:
            if col > 0 and _beside_rows(raw, row, col, width):  # (-layout: a column set in, the columns taking rows in turns)
                out[i] = sp
    return out


BESIDE_ROWS = 2  # printed rows above and below a line where its column's line is looked for (columns take rows in turns)


def _beside_rows(raw: str, row: int, col: int, width: float) -> bool:
    """A run of text in the printed rows right above or below ``row`` (up to :data:`BESIDE_ROWS` each way, blank
    rows skipped) begins at ``col`` (within two) and is as wide as ``width`` (within :data:`BESIDE_SLACK`)."""
    for step in (-1, 1):
        at, seen = row, 0
        while seen < BESIDE_ROWS:
            if step < 0:
                if at == 0:
                    break
                at = raw.rfind("\n", 0, at - 1) + 1
            else:
                nxt = raw.find("\n", at)
                if nxt < 0:
                    break
                at = nxt + 1
            end = raw.find("\n", at)
            end = len(raw) if end < 0 else end
            if "\f" in raw[at:end]:
                break
            if not raw[at:end].strip():
                continue
            seen += 1
            if any(abs(c - col) <= 2 and abs(width - w) <= BESIDE_SLACK for c, w in _pieces(raw, at, end)):
                return True
    return False


# -- another column's text printed after a column's full line that a clause mark ends, one space between
# (``…一大片沙滩， 的名义等问题。``, ``…冲浪圣地。 山里娃的科学课``: no sentence puts a space after a full-width mark)
# (the space first, then the mark behind it: the same matches as the mark in a look-behind, found ~20x faster, the
# scan stopping at spaces only; test_segment_spd20c.py)
FULL_BESIDE = re.compile(r" (?<=[，。、；：！？」』）》”] )(?=[^\s\x00-\x7f])")
_RUN = re.compile(r"[^ \r\n\f]+(?: [^ \r\n\f]+)*")  # a run of text on a printed line (two spaces or more end it)
FULL_ROWS = 12  # printed rows above and below a line where its column's other lines are looked for
FULL_SAME = 2  # lines of the column as wide as the text before the space, at least
FULL_REST = 2.0  # full-width units after the space, at least


def _runs(raw: str, row: int, end: int) -> list[tuple[float, int, int]]:
    """The text runs of one printed line: (printed column where it begins, start, end)."""
    return [(_units(raw[row:m.start()].replace("\f", "")) + raw.count(" ", row, m.start()) / 2, m.start(), m.end())
            for m in _RUN.finditer(raw, row, end)]


def _rows_around(raw: str, row: int) -> list[tuple[int, int]]:
    """Up to :data:`FULL_ROWS` non-blank printed rows right above ``row`` and as many right below it: (start, end)."""
    out = []
    at = row
    while len(out) < FULL_ROWS and at > 0:
        at = raw.rfind("\n", 0, at - 1) + 1
        end = raw.find("\n", at)
        if raw[at:end].strip():
            out.append((at, end))
    above, at = len(out), row
    while len(out) < above + FULL_ROWS and (nxt := raw.find("\n", at)) >= 0:
        at = nxt + 1
        end = raw.find("\n", at)
        end = len(raw) if end < 0 else end
        if raw[at:end].strip():
            out.append((at, end))
    return out


def full_beside(raw: str, lines: Sequence[Line]) -> dict[int, int]:
    """Lines where another column's text follows a column's full line after one space (``FULL_BESIDE``: a
    full-width clause or sentence mark, the space, a wide character): {line index: that space}. The run of
    text (on its printed line) before the space holds no other space and is as wide as :data:`FULL_SAME` or
    more lines of its column in the rows around it (the text runs that begin at the same printed column,
    within half a unit, and hold no such space; within :data:`BESIDE_SLACK` as wide), and the whole run is wider than every one of
    them by more than that slack: the column's line is full before the space, and what follows it, no space
    inside, :data:`FULL_REST` units or more, is another column's (``-layout`` and default mode alike, a
    column running up to the next; dev15 p15-004 newspaper page, p15-000 policy leaflet, r15-003 two-column
    report; dev13 p13-012 brochure). Wrapped prose with such a space mid-line is no wider than its neighbours."""
    order = sorted(range(len(lines)), key=lambda k: lines[k].start)  # (lines in reading order: by file offset)
    starts = [lines[k].start for k in order]
    out: dict[int, int] = {}
    for m in FULL_BESIDE.finditer(raw):
        sp = m.start()
        k = bisect.bisect_right(starts, sp) - 1
        if k < 0 or order[k] in out or not lines[order[k]].start < sp < lines[order[k]].end:
            continue
        i = order[k]
        row = raw.rfind("\n", 0, sp) + 1
        end = raw.find("\n", sp)
        run = next((r for r in _runs(raw, row, len(raw) if end < 0 else end) if r[1] < sp < r[2]), None)
        if run is None or " " in raw[run[1]:sp] or " " in raw[sp + 1:run[2]]:
            continue
        col, left, rest = run[0], _units(raw[run[1]:sp]), _units(raw[sp + 1:run[2]])
        if left < BESIDE_MIN or rest < FULL_REST:
            continue
        widths = [_units(raw[s:e]) for a, b in _rows_around(raw, row) for c, s, e in _runs(raw, a, b)
                  if abs(c - col) <= 0.5 and FULL_BESIDE.search(raw, s, e) is None]  # (not a line so glued itself)
        if (sum(abs(w - left) <= BESIDE_SLACK for w in widths) >= FULL_SAME
                and all(w < left + rest - BESIDE_SLACK for w in widths)):
            out[i] = sp
    return out


CREDIT_MAX = 40  # characters of a credit line printed beside a column's line
_BRACKETS = {"（": "）", "(": ")", "【": "】", "〔": "〕"}
_CREDIT_OPENERS = frozenset("来來（(【〔") | frozenset(w[0] for w in ("记者", "記者", "作者", "本报", "本報", "通讯员", "通訊員", "文", "撰文"))


def credit_beside(raw: str, lines: Sequence[Line], spaces: dict[int, list[int]]) -> dict[int, int]:
    """Lines that end with another column's credit line after a single space (``…两艘苏联海 来源：新华社
    2021-06-01 记者 高雪梅``): {line index: that space}. A source line (``来源：X …``) or a credit in
    brackets to the line's end (``（记者 X 通讯员 Y）``) is whole by itself; a bare credit (``记者 X``) is taken only
    where the column's line before it is full without it (:func:`beside_by_width`). ``spaces``: each line's single spaces beside a wide character (from
    ``columns.spaced_order``, however many: the credit has spaces of its own); the first space after
    which the rest of the line opens with a role and its names or a source (``rules.BYLINE``,
    ``rules.SOURCE``), 40 characters or
    fewer without a sentence or clause mark, is the one."""
    found, plain = {}, {}
    for i, sps in spaces.items():
        line = lines[i]
        for sp in sps:
            if line.end - sp > CREDIT_MAX + 1:  # (too far from the line's end: no slice taken)
                continue
            rest = raw[sp + 1:line.end].rstrip()
            if len(rest) <= CREDIT_MAX and rest[:1] in _CREDIT_OPENERS and rules.CLAUSE_MARK.search(rest) is None:
                if rules.SOURCE.match(rest) or (rest[0] in _BRACKETS and rest[-1] == _BRACKETS[rest[0]]
                                                and rules.BYLINE.match(rest)):
                    found[i] = sp  # a source line, or a credit in brackets to the line's end: whole by itself
                    break
                if rules.BYLINE.match(rest):
                    plain[i] = sp
                    break
    if plain:
        found.update(beside_by_width(raw, lines, plain))
    return found


_CREDIT_GAP = re.compile(r"[ \u3000]{6,}(?=\S)")  # a gutter's run of spaces after a credit at the line's start
CREDIT_PROSE_MIN = 12  # characters of the column's line right of it (with a comma or stop, or that many hanzi: not a date)
_HANZI = rules.HANZI


# the bullets a sub-head opens with in print (BULLETS), and the punctuation a head has none of (_HEAD_PUNCT)
BULLET_MARKS = "■□●○◆◇▲△★☆▶►"
_PUNCT = "，。、；：！？,.;:!?（）()「」『』“”《》〈〉"
_BULLET_HEAD = re.compile(rf"[{BULLET_MARKS}][^{_PUNCT}\s]{{2,8}}")
BULLET_REST_MIN = 6  # characters of the other column's line right of a bullet sub-head


def credit_before(raw: str, lines: Sequence[Line]) -> dict[int, tuple[int, int]]:
    """Lines that open with another column's credit line, a gutter of six spaces or more after it, and go on
    with 12 characters or more of another column's line, a comma or stop in them or 12 hanzi (not a date: ``来源：X
    作者：Y      2021年9月28日 14:05``) (``文／王建国   图／赵雅琴                 也是国际享誉盛名的…``,
    ``-layout`` of a page whose columns it found no gutter for): {line index: the gutter's raw span}. The credit
    opens with a role and its name or a source (``rules.BYLINE``, ``rules.SOURCE``), 40 characters or fewer without a
    sentence or clause mark. ``-raw`` prints the same with one space (``撰文∕黃淑芬 攝影∕葉家瑋 中國聯合網路通訊集團…``):
    there a credit whose roles are set off by a slash or a colon (in its first eight characters) and whose names end at a
    space (``rules.BYLINE``) is cut there where 16 characters or more follow that open no other credit. Likewise a
    line that opens with a bullet sub-head (a bullet and two to eight characters without punctuation, ``■ 影响与意义``)
    and, after a gutter of six spaces or more, six characters or more of another column's line."""
    out = {}
    for i, line in enumerate(lines):
        sq = line.sq
        if len(line.pieces) != 1 or (sq[0] not in _CREDIT_OPENERS and sq[0] not in BULLETS) or len(sq) < BULLET_REST_MIN + 3:
            continue
        gap = _CREDIT_GAP.search(raw, line.start, line.end)
        if gap is None:
            if sq[0] not in BULLETS and len(sq) >= CREDIT_RUN_ON and any(c in _ROLE_MARKS for c in sq[:8]):
                at = _credit_end(raw, line)
                if at is not None:
                    out[i] = (at, at + 1)
            continue
        credit, rest = squeeze(raw, line.start, gap.start()), squeeze(raw, gap.end(), line.end)
        if credit[0] in BULLETS:  # a bullet sub-head: "■ 影响与意义                   到破坏的著名中古建筑。当中包"
            if _BULLET_HEAD.fullmatch(credit) and len(rest) >= BULLET_REST_MIN:
                out[i] = gap.span()
            continue
        if (len(credit) <= CREDIT_MAX and rules.CLAUSE_MARK.search(credit) is None and (rules.BYLINE.match(credit) or rules.SOURCE.match(credit))
                and len(rest) >= CREDIT_PROSE_MIN and (_PROSE_MARK.search(rest) or len(_HANZI.findall(rest)) >= CREDIT_PROSE_MIN)):
            out[i] = gap.span()
    return out


_ROLE_MARKS = frozenset("/／∕|｜:：")
CREDIT_RUN_ON = 24  # characters of a -raw line holding a credit and 16 characters or more after it


def _credit_end(raw: str, line: Line) -> int | None:
    """The raw position of the single space after the credit that opens ``line`` (``-raw``: ``撰文∕黃淑芬 攝影∕葉家瑋 中國…``),
    or None (:func:`credit_before`): the line's words, one space apart, that each are a role, a slash or colon and
    a name (``rules.CREDIT_OPENS``, ``rules.BYLINE`` to the word's end, 12 characters or fewer), then the rest."""
    text = raw[line.start:line.end]
    at = 0
    while True:
        end = text.find(" ", at)
        if end < 0:
            break
        word = text[at:end]
        m = rules.BYLINE.match(word) if len(word) <= _CREDIT_WORD and rules.CREDIT_OPENS.match(word) else None
        if m is None or m.end() != len(word):
            break
        at = end + 1
    if not at or at - 1 > CREDIT_MAX:
        return None
    rest = "".join(text[at:].split())
    if len(rest) < CREDIT_PROSE_MIN + 4 or rules.CREDIT_OPENS.match(rest) or rules.CLAUSE_MARK.search(text[:at]) is not None:
        return None
    return line.start + at - 1


_CREDIT_WORD = 12  # characters of one credit word ("攝影∕葉家瑋")


BULLETS = frozenset(BULLET_MARKS)
_HEAD_PUNCT = re.compile(f"[{_PUNCT}]")


def bullet_head(group: Sequence[Line]) -> bool:
    """``group`` is one short sub-head set with a bullet (``■ 后续进展``: 12 characters or fewer, no
    punctuation): across a blank line, the line under it that opens inside a quote or bracket
    (``俄」，是木星的…``) continues another column's line, not the heading (join._fragment_join)."""
    if len(group) != 1:
        return False
    sq = group[0].sq
    return 2 <= len(sq) <= 12 and sq[0] in BULLETS and _HEAD_PUNCT.search(sq) is None


def bullet_over_prose(group: Sequence[Line], nxt: Line) -> bool:
    """``group`` is a bullet sub-head (:func:`bullet_head`) and ``nxt``, right under it, is wider by
    more than :data:`BLOCK_INDENT` (printed widths of the text, wrapped or not): the first line of the column's prose under the heading
    (``■ 资料补充`` / ``维克多·雨果将他描绘为一``), not the heading's second line (a heading the
    wrap cut in two puts the longer line first)."""
    return bullet_head(group) and not nxt.gap and _units(nxt.sq) > _units(group[0].sq) + BLOCK_INDENT


# another column's bullet sub-head printed after a column's line, one space before the bullet
# (``…他忘记补充一点：第一次 ■ 若干细节``): the bullet, two to eight characters, no punctuation, the line's end
_BULLET_BESIDE = re.compile(rf" (?=[{BULLET_MARKS}] ?(?:[^{_PUNCT}\s] ?){{2,8}}[ \r]*$)")  # (OCR: "■ 历史沿 革")
BULLET_BESIDE_LEFT = 8.0  # full-width units left of the space: a column's line, not a cell


def bullet_beside(raw: str, lines: Sequence[Line]) -> dict[int, int]:
    """Index -> the space before another column's bullet sub-head at the end of a column's line
    (``…第一次 ■ 若干细节``), where the text sets that bullet's sub-heads on lines of their own
    too (two such lines at least: :func:`bullet_head`); the line is cut there (columns.reading_order)."""
    marks = {ln.sq[0] for ln in lines if ln.sq and ln.sq[0] in BULLETS and bullet_head([ln])}
    if not marks:
        return {}
    heads = collections.Counter(ln.sq[0] for ln in lines if ln.sq and ln.sq[0] in marks and bullet_head([ln]))
    out = {}
    for i, line in enumerate(lines):
        if len(line.pieces) != 1 or line.sq[-1] in _HEAD_END_SKIP:
            continue
        text = raw[line.start:line.end]
        m = _BULLET_BESIDE.search(text)
        if m is None or heads[text[m.end()]] < 2 or _units(text[:m.start()]) < BULLET_BESIDE_LEFT:
            continue
        out[i] = line.start + m.start()
    return out


_HEAD_END_SKIP = frozenset("，。、；：！？,.;:!?）)」』”")


HEADLINE_MAX = 30  # characters of a headline over a byline
_NOTE_END = re.compile(r"(?<=[^\s（(])[（(][^（）()，。；：！？,.;:!?]{1,10}[）)]$")  # a bracketed note ending a headline: "山西省(中华民国)"


def headlines(lines: Sequence[Line]) -> frozenset[int]:
    """``id`` of each line that is a story's headline over its byline: set apart from the line above
    by a blank line, a byline (``Line.kind``) right under it, 30 characters or fewer with no sentence
    or clause punctuation (``明尼亚波利斯富国银行广场`` / ``（记者 陈晓燕 通讯员 孙丽华）``; a bracketed note may end it,
    ``山西省(中华民国)``). The line
    above it (another column's line left inside a quote, ``…「独立、团结、平等、自由、经济及``) never takes
    it (join._joins)."""
    out = []
    for line, nxt in itertools.pairwise(lines):
        if (nxt.kind == "byline" and line.gap and not line.kind and nxt.gap <= 1
                and len(line.sq) <= HEADLINE_MAX and _HEAD_PUNCT.search(_NOTE_END.sub("", line.sq)) is None):
            out.append(id(line))
    return frozenset(out)


def block_ends_alone(nxt: Line, after: Line | None) -> bool:
    """``nxt``, the second line of a column block (:func:`block_openers`), ends a sentence and the line under it
    (``after``, None at the text's end) is no line of that column: furniture, or wider than ``nxt`` by more than
    :data:`BLOCK_SLACK` (a column's next paragraph opens as wide or a first line's indent narrower), or narrower by
    more than a first line's indent. Two lines of one width are then a chance, no column's measure: a short head
    over a one-line paragraph (a centred title over ``为深入贯彻…，结合本市：``, a term ``3.1 原始文献 original
    document`` over its definition, dev9xq), which the join rules do not take as a column's wrap."""
    if nxt.last not in rules.PARAGRAPH_END:
        return False
    if after is None or after.kind:
        return True
    return not (nxt.width - BLOCK_INDENT - BLOCK_SLACK <= after.width <= nxt.width + BLOCK_SLACK
                and abs(after.indent - nxt.indent) <= BLOCK_INDENT)


def bare_pair(line: Line, nxt: Line, after: Line | None) -> bool:
    """``line`` and ``nxt``, the first two lines of a column block (:func:`block_openers`), hold no comma or stop (the
    block stands on their width alone) and the line under ``nxt`` (``after``, None at the text's end) does not go on
    at that width with no blank line between: two unpunctuated lines of one width by chance, no column's measure (a
    title over a note or a model line as long, ``…考勤与休假管理办法`` / ``（2022年11月12日发布）``), which the join
    rules do not take as a column's wrap. A column's lines hold a comma or stop within two lines, or run on."""
    if _PROSE_MARK.search(line.sq) or _PROSE_MARK.search(nxt.sq):
        return False
    if after is None or after.kind or after.gap:
        return True
    return not (nxt.width - BLOCK_INDENT - BLOCK_SLACK <= after.width <= nxt.width + BLOCK_SLACK
                and abs(after.indent - nxt.indent) <= BLOCK_INDENT)


def goes_on(line: Line, nxt: Line) -> bool:
    """``line`` opens a column block (:func:`block_openers`) that ``nxt`` goes on, and the two are prose:
    a comma or stop in one of them, ``nxt`` no enumerated item (``（二）地点：…`` under ``（一）时间：…``).
    The join rules take such a break without a sentence end as a wrap, however short of the text's
    wrap width the column is (a narrow column of a page whose other columns are wider)."""
    return (_PROSE_MARK.search(line.sq) is not None or _PROSE_MARK.search(nxt.sq) is not None) and not rules.ENUMERATOR.match(nxt.sq)
