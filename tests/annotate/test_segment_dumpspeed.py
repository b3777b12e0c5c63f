"""The speed-ups of the print and table passes (session 18, the corpus's own dumps) give the answers of the plain code.

Each fast path is checked against the code it replaced, written out here, on hypothesis-generated text (and, for a
character table, on all of the Basic Multilingual Plane).
"""

import re
import unicodedata

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from annotate.segment import columns, dumpwrap, margin
from annotate.segment.lines import split_lines

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
HANZI_WORDS = ["国家", "高新区", "产业", "发展", "中关村", "的", "了", "工作", "经济", "社会", "生", "态", "共育", "一流",
               "产业生态", "服务", "消费", "零售", "总额", "文化", "旅游", "体育", "健身"]


def _plain_reach(page, link):
    """columns._reach as session 17 wrote it: every line near asked through ``link``."""
    return sum(any(link(a, x) for a in range(max(0, x - columns._ALT_REACH - 1), x))
               for x in range(1, len(page)) if page[x].gap)


LINE_ENDS = ["", "，", "。", "、", "“", "a", "1", "”"]
LINE_OPENS = ["", "，", "”", "）", "a", "1", "《"]


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(LINE_OPENS), st.lists(st.sampled_from(HANZI_WORDS), max_size=4).map("".join),
                          st.sampled_from(LINE_ENDS), st.booleans()), min_size=1, max_size=40))
def test_the_reach_taken_in_steps_is_the_reach_asked_of_every_line_near(rows):  # columns._reach
    raw = "".join(a + b + c + ("\n\n" if blank else "\n") for a, b, c, blank in rows)
    page = [ln for ln in split_lines(raw)]
    asked = []

    def link(a, b):
        asked.append((a, b))
        return columns._linked(page[a], page[b])

    assert columns._reach(page, link) == _plain_reach(page, lambda a, b: columns._linked(page[a], page[b]))
    assert all(x - columns._ALT_REACH - 1 <= a < x for a, x in asked)


GAP_ATOMS = ["a", "字", " ", "  ", "   ", "\n", "\t", "        "]


@SETTINGS
@given(st.lists(st.sampled_from(GAP_ATOMS), max_size=60).map("".join), st.integers(1, 6))
@example("a  a a  a a  a a  a", 2)  # (more matches than asked for)
def test_matches_counted_up_to_enough_are_the_found_matches_so_capped(text, enough):  # columns._gutter_order's gate
    assert columns._matches(columns._GAPPED, text, enough) == min(enough, len(columns._GAPPED.findall(text)))


def _plain_aligned_rows(raw, lines, cells):
    """columns._aligned_rows as session 17 wrote it: every line's cells found before its rows are counted."""
    shapes = [columns._aligned_cells(raw, ln) for ln in lines]
    least = columns._PAIR_CELLS if "\f" in raw else columns._ROW_MIN_CELLS
    rows = [columns._aligned_row(raw, ln, shape, least) for ln, shape in zip(lines, shapes, strict=True)]
    if sum(rows) < columns._TABLE_MIN_ROWS:
        return lines
    out = []
    i = 0
    while i < len(lines):
        j, count = i + 1, 1
        if rows[i]:
            spacing = min(1, lines[j].gap) if j < len(lines) else 0
            while j < len(lines) and shapes[j] and lines[j].gap <= spacing and columns._under(shapes[j], shapes[i]):
                count += len(shapes[j]) == len(shapes[i])
                j += 1
        if not rows[i] or count < columns._TABLE_MIN_ROWS:
            out.append(lines[i])
            i += 1
            continue
        for ln, shape in zip(lines[i:j], shapes[i:j], strict=True):
            for n, (_, a, b) in enumerate(shape):
                cell = ([(a, b)], ln.gap if not n else 0)  # (a cell: its piece and the blank lines above it)
                cells.append(cell)
                out.append(cell)
        i = j
    return out


def _shown(items):
    return [x if isinstance(x, tuple) else (x.pieces, x.gap) for x in items]  # (a Line as a plain cell is shown)


CELL_ATOMS = ["Ⅰ级", "造成人员伤亡", "总经理", "2020", "，", "   ", "    ", "  ", " ", "\u3000", "\n", "\f", "省份", "计划数"]


@SETTINGS
@given(st.lists(st.sampled_from(CELL_ATOMS), max_size=50).map("".join))
@example("Ⅰ级    造成人员伤亡    总经理\nⅡ级    造成人员伤亡    总经理\nⅢ级    造成人员伤亡    总经理\n")
@example("Ⅰ级\u3000造成人员伤亡\u3000总经理\nⅡ级\u3000造成人员伤亡\u3000总经理\nⅢ级\u3000造成人员伤亡\u3000总经理\n")
def test_aligned_rows_gated_by_a_wide_gap_are_the_rows_of_every_line(raw):  # columns._aligned_rows
    plain_cells, cells = [], []
    plain = _plain_aligned_rows(raw, split_lines(raw), plain_cells)
    out = columns._aligned_rows(raw, split_lines(raw), cells)
    assert _shown(out) == _shown(plain)
    assert _shown(cells) == plain_cells


def _plain_columns(text):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


@SETTINGS
@given(st.text())
@example("ab中文，x·“\u3000\uff01é")
def test_display_columns_counted_by_translate_are_the_columns_counted_a_character_at_a_time(text):  # dumpwrap._columns
    assert dumpwrap._columns(text) == _plain_columns(text)


def test_display_columns_by_translate_on_the_whole_basic_plane():
    chars = [chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000]
    for k in range(0, len(chars), 4096):
        chunk = "".join(chars[k:k + 4096])
        assert dumpwrap._columns(chunk) == _plain_columns(chunk)


_ALONE_OR_PAGE = re.compile(r"(?:^|(?<=\n))\f?([\u4e00-\u9fff])\r?(?=\n|$)|\f", re.MULTILINE)


def _plain_alone_pages(raw):
    """margin._paged_column's pages as session 16 found them: one scan for a lone hanzi's line or a form feed."""
    pages = [[]]
    for m in _ALONE_OR_PAGE.finditer(raw):
        if m.group()[0] == "\f":
            pages.append([])
        if m.group(1) is not None:
            pages[-1].append((m.group(1), m.start(1)))
    return pages


@SETTINGS
@given(st.lists(st.sampled_from(["\n", "\f", "\r", "\r\n", "字", "中", "a", " ", "\n\f", "国家"]), max_size=40).map("".join))
@example("\f字\n中\n\f\f国\r\n")
def test_lone_hanzi_lines_found_after_line_feeds_are_the_lines_the_one_scan_finds(raw):  # margin._alone_pages
    assert margin._alone_pages(raw) == _plain_alone_pages(raw)


def _plain_free(levels, tol):
    """find_gutters' free positions as session 17 found them, a position at a time."""
    width = len(levels)
    peak = [0] * (width + 1)
    for x in range(width - 1, -1, -1):
        peak[x] = max(peak[x + 1], levels[x])
    return [n <= max(1, min(tol, peak[x + 1] // 3)) for x, n in enumerate(levels)]


@SETTINGS
@given(st.lists(st.integers(0, 40), max_size=120), st.integers(1, 12))
@example([0, 2, 9, 1, 0, 6, 3, 0, 12, 1], 2)
def test_free_positions_counted_in_c_are_the_positions_counted_one_at_a_time(levels, tol):  # columns.find_gutters
    assert columns._free(levels, tol) == _plain_free(levels, tol)


@SETTINGS
@given(st.lists(st.sampled_from(GAP_ATOMS + ["\f", "國家 高新區"]), max_size=60).map("".join))
def test_letters_of_a_run_counted_by_its_spaces_are_its_letters(raw):  # columns._page_rows
    starts = columns._line_starts(raw)
    rows, letters = columns._page_rows(raw, starts, 0, len(starts) - 1)
    for i, (runs, counts) in enumerate(zip(rows, letters, strict=True)):
        text = raw[starts[i]:starts[i + 1]].rstrip("\r\n\u2028\u2029").replace("\f", " ")
        assert counts == [len(text[s:e].replace(" ", "")) for s, e in runs]
