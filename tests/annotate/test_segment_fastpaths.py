"""The speed-ups in segmentation give the same answers as the plain rules they shortcut.

Each fast path (a rewritten regex, a C-level batch pass, a shortcut for common lines) is checked
against a direct statement of the rule on hypothesis-generated text and, where a table is
involved, on all of Unicode.
"""

import collections
import itertools
import re
import sys

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from annotate.segment import cells, classify, columns, join, rules
from annotate.segment.ids import ParaIds, para_ids
from annotate.segment.lines import Line, split_lines
from annotate.segment.normalize import _wide, render, render_clean, render_squeezed

ATOMS = [
    "国家高新区", "产业", "中关村", "大", "小", "新", "工信部", "本报记者", "记者", "编辑", "文", "图", "放大", "缩小",
    "上一篇", "当前位置", "您的", "所在", "。", "，", "、", "；", "：", ":", "？", "！", "!", "?", ";", "…", "⋯",
    ".", "...", "“", "”", "‘", "’", "《", "》", "（", "）", "(", ")", "「", "」", "【", "】", "'", '"',
    "ＡＢＣ", "１２３", "😀", "𠀀", "SageOne", "AI", "2025", "14", "1", "2", "-", "——", "一是", "Q",
    " ", "  ", "\u3000", "\xa0", "\u2002", "\t", "\u200b", "\ufeff", "\xad", "\n", "\n\n", "\r\n", "#", "**", "- ",
]
texts = st.lists(st.sampled_from(ATOMS), max_size=40).map("".join)
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def test_the_space_or_drop_class_is_whitespace_plus_dropped_characters_on_all_of_unicode():
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    expected = [c for c in everything if c.isspace() or c in rules.DROP_CHARS]
    assert rules.SPACE_OR_DROP.findall(everything) == expected
    assert re.findall(rf"[\s{rules.DROP_CLASS}]", everything) == expected


def test_every_hanzi_is_word_like():  # classify.line_kind skips WORDLIKE for a line opening with one
    assert all(rules.WORDLIKE.match(chr(c)) for c in range(0x4E00, 0xA000))


@SETTINGS
@given(texts)
def test_sentence_cut_finds_what_the_plain_pattern_finds(text):
    plain = re.compile(r"(?:[。！？!?；;]+|[…⋯]+|\.{3,})[”’」』）)》\"']*")
    assert [m.span() for m in rules.SENTENCE_CUT.finditer(text)] == [m.span() for m in plain.finditer(text)]


@SETTINGS
@given(texts)
def test_a_kind_word_opens_with_a_kind_first_character(text):
    for candidate in (text, text.lstrip()):
        if rules.KIND_START.match(candidate):
            assert candidate[0] in rules.KIND_FIRST


@SETTINGS
@given(st.lists(texts.map(lambda t: rules.SPACE_OR_DROP.sub("", t)).filter(bool), max_size=12))
def test_line_labels_found_in_one_pass_are_each_lines_label(sqs):
    expected = [m.group(1) for m in map(rules.LABEL.match, sqs) if m]
    assert rules.LINE_LABEL.findall("\n" + "\n".join(sqs)) == expected


@SETTINGS
@given(texts)
def test_narrow_gaps_are_the_gaps_without_a_wide_neighbour(raw):
    chunks = [m.span() for m in rules.CHUNK.finditer(raw)]
    if not chunks:
        return
    gaps = [(b, a) for (_, b), (a, _) in zip(chunks, chunks[1:], strict=False)]
    expected = [(b, a) for b, a in gaps if not _wide(raw[b - 1]) and not _wide(raw[a])]
    found = [m.span() for m in rules.NARROW_GAP.finditer(raw, chunks[0][0], chunks[-1][1])]
    assert found == expected


@SETTINGS
@given(texts)
def test_the_fast_renderings_agree_with_the_general_one(raw):
    lines = split_lines(raw)
    classify.mark_standalone(raw, lines)
    for group in join.group_lines(lines, join.context(lines)):  # the units the pipeline renders
        pieces = [p for line in group for p in line.pieces]
        general = render(raw, pieces)
        squeezed = render_squeezed(raw, pieces[0][0], pieces[-1][1], "".join(line.sq for line in group))
        assert squeezed is None or squeezed == general
        if all(line.clean for line in group):
            clean = render_clean([line.pieces[0][0] for line in group], [line.sq for line in group])
            assert clean is None or clean == general


def test_the_wide_class_is_the_wide_test_on_all_of_unicode():  # normalize._ALL_WIDE in render_clean
    from annotate.segment.normalize import _ALL_WIDE

    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    assert rules.WIDE.findall(everything) == [c for c in everything if _wide(c)]
    assert _ALL_WIDE("") is not None and _ALL_WIDE("国，") is not None and _ALL_WIDE("国a") is None


@SETTINGS
@given(st.lists(texts.map(lambda t: rules.SPACE_OR_DROP.sub("", t)).filter(bool), min_size=1, max_size=12))
def test_clean_lines_are_joined_where_every_junction_has_a_wide_side(sqs):  # render_clean's one-pass gate
    joins = all(_wide(left[-1]) or _wide(right[0]) for left, right in itertools.pairwise(sqs))
    starts = list(range(0, 100 * len(sqs), 100))
    assert (render_clean(starts, sqs) is not None) == joins


def _plain_wrap_width(lines):
    """join._wrap_width as a plain statement: every width measure tried on the body lines,
    every statistic in its own pass; the measure with more lines within one of its width wins."""
    def columns(line):
        sq = line.sq
        narrow = len(sq.encode("ascii", "ignore")) + sum(sq.count(q) for q in "“”‘’")
        return len(sq) - 0.5 * narrow + 0.5 * (sum(e - s for s, e in line.pieces) - len(sq))

    def characters(line):
        return sum(e - s for s, e in line.pieces)

    def letters(line):  # inner spaces left out
        return len(line.sq)

    def narrow_columns(line):
        return columns(line) - 0.5 * (characters(line) - len(line.sq))

    def squeezed(line):  # full-width punctuation half wide: tried only when no other measure finds a wrap
        return columns(line) - 0.5 * sum(map(line.sq.count, "，。、；：？！（）《》〈〉「」『』【】〔〕"))

    def squeezed_narrow(line):
        return narrow_columns(line) - 0.5 * sum(map(line.sq.count, "，。、；：？！（）《》〈〉「」『』【】〔〕"))

    body = [ln for ln in lines if not ln.level and not ln.kind]
    if len(body) < 6 or sum(len(ln.sq) > 250 for ln in body) > 0.1 * len(body):
        return 0
    best, best_tight = 0, 0
    spaced = sum(characters(ln) != letters(ln) for ln in body) >= 0.2 * len(body)
    skip = False
    for width in (columns, characters, letters, narrow_columns, squeezed, squeezed_narrow):
        if width is squeezed and best:
            break
        if skip and width is not narrow_columns:
            continue
        counts = {}
        for ln in body:
            if width(ln) >= 8:
                counts[int(width(ln))] = counts.get(int(width(ln)), 0) + 1
        if not counts:
            continue
        w = max(counts, key=counts.get)  # the first of the commonest, as Counter.most_common
        near = [ln for ln in body if w - 3 <= width(ln) <= w + 2]
        tight = sum(w - 1 <= width(ln) <= w + 1.5 for ln in body)
        wide = sum(width(ln) > w + 2 and len(ln.sq) + 3 > sum(e - s for s, e in ln.pieces) for ln in body)
        if w < 10 or len(near) < 0.5 * len(body) or tight < 0.35 * len(body) or wide > 0.1 * len(body):
            continue
        open_ends = sum(ln.last not in rules.PARAGRAPH_END for ln in near)
        if open_ends >= 0.5 * len(near) and tight > best_tight:
            best, best_tight = float(w), tight
        # a clear wrap: the first measure that shows it is taken; where a fifth of the lines have spaces
        # inside, display columns without them are tried too
        if best_tight >= 0.6 * len(body):
            if not spaced or width is narrow_columns:
                break
            skip = True
    if not best and len(body) >= 12:  # blocks set at widths of their own (tested in test_segment_geometry.py)
        closed = [ln.last in rules.PARAGRAPH_END for ln in body]
        for width in (columns, narrow_columns):
            found = join._block_widths([float(width(ln)) for ln in body], body, closed)
            if found:
                return found[0]
    return best


# Lines of about one width (PDF columns), some ending a sentence, some letter-spaced or quoted.
wrapped_lines = st.tuples(
    st.lists(st.sampled_from(["国家", "产业", "创新", "发展", "AI", "“高”", "，", "2 0", "新 区"]), min_size=6, max_size=8),
    st.sampled_from(["", "", "", "。", "；", "。\n"]),
).map(lambda parts: "".join(parts[0]) + parts[1])
wrapped_texts = st.lists(wrapped_lines, min_size=6, max_size=30).map("\n".join)


@SETTINGS
@given(wrapped_texts)
def test_the_wrap_width_shortcuts_change_no_decision(raw):
    lines = split_lines(raw)
    ctx = join.context(lines)
    assert ctx.wrap == _plain_wrap_width(lines)


def test_a_quarter_of_open_lines_is_enough_to_measure_widths():
    # 16 body lines: 8 of the wrap width (4 cut mid-sentence), 8 short closed ones: the shortcut
    # in _wrap_width must still let it through, as the plain statistics call it wrapped.
    lines = ["产" * 14] * 4 + ["业" * 13 + "。"] * 4 + ["创" * n + "。" for n in range(2, 10)]
    split = split_lines("\n".join(lines))
    assert join.context(split).wrap == _plain_wrap_width(split) == 14.0


@SETTINGS
@given(texts)
def test_line_kinds_past_the_cheap_gates_are_line_kind(raw):
    lines = split_lines(raw)
    classify.mark_lines(raw, lines)
    assert [line.kind for line in lines] == [classify.line_kind(raw, line) for line in lines]


@SETTINGS
@given(st.lists(st.sampled_from(["甲", "乙", "丙", "甲乙", ""]), max_size=12))
def test_para_ids_in_one_pass_are_the_counted_ids(unit_texts):
    assert para_ids("d", unit_texts) == list(map(ParaIds("d"), unit_texts))


_GATE_ATOMS = ["發布單位", "發布日期", "高雄市", "112-01-03", " ", "\u3000", "\t", "\n", "\r\n", "：", "。", "[3]", "[12]",
               "12.", "3. ", "https://a.b", "javascript:;", "星期", "週", "周", "礼拜", "禮拜", "四", "日", "报", "1"]
gate_texts = st.lists(st.sampled_from(_GATE_ATOMS), max_size=30).map("".join)


@SETTINGS
@given(gate_texts)
def test_the_spaced_field_pair_gate_is_the_multiline_pattern(text):
    plain = re.compile("(?m)^" + classify._SPACED_FIELD_PAIR.pattern)
    fast = classify._SPACED_FIELD_PAIR.match(text) or classify._SPACED_FIELD_PAIR_NL.search(text)
    assert bool(fast) == bool(plain.search(text))


@SETTINGS
@given(st.lists(gate_texts.map(lambda t: rules.SPACE_OR_DROP.sub("", t)).filter(bool), max_size=12))
def test_lines_found_in_one_pass_hold_every_line_the_loops_look_at(sqs):
    from types import SimpleNamespace
    lines = [SimpleNamespace(sq=sq) for sq in sqs]
    index, short = classify._LineIndex(lines), classify._LineIndex(lines, classify._COMMENT_HEAD_MAX)
    marks, items = set(index.lines_at(classify._LINK_MARK_LINE)), set(index.lines_at(classify._LINK_ITEM_START))
    weekdays = set(short.lines_at(classify._WEEKDAY_WORD))
    for i, sq in enumerate(sqs):
        if rules.LINK_MARK.fullmatch(sq):  # _link_lists: a link number alone on its line
            assert i in marks
        if (sq[0].isdigit() or sq[0] == "[") and rules.LINK_LIST_ITEM.fullmatch(sq):  # _link_lists: a link target
            assert i in items
        if len(sq) <= 20 and any(w in sq for w in ("星期", "週", "周", "礼拜", "禮拜")):  # _mastheads
            assert i in weekdays


_TAG_ATOMS = ["<", ">", "</", "p", "div", "a", " ", "class=", '"', "'", "x", "=", "\n", "<!--", "-->", "é", "<br/>",
              "<script>", "</script>", "</SCRIPT >", "<head>", "</head", "<title>", "h1", "o:p", "amp-ad", "_",
              # (letters in other cases, and the characters IGNORECASE matches with "i", "k" and "s")
              "<ScRiPt x>", "</sCRIPT>", "<ſtyle>", "</STYLE>", "<İframe>", "</ıframe>", "<TITLE>", "<Kbd>", "<Ka>",
              "<ſpan>", "<![CDATA[", "<![cdata[", "]]>", "<NoScript>", "ı", "İ", "ſ", "K", "S", "I"]
# html._TOKEN as first written: lazy dot runs and a plain loop over the attributes
_PLAIN_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)|<!\[CDATA\[.*?(?:\]\]>|\Z)|<![^>]*>|<\?[^>]*>"
    r"|<(script|style|noscript|template|svg|head|title|textarea|select|button|iframe|object|math)\b[^>]*>.*?(?:</\1\s*>|\Z)"
    r"|<(/?)([a-zA-Z][\w:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>",
    re.S | re.I,
)


@SETTINGS
@given(st.lists(st.sampled_from(_TAG_ATOMS), max_size=40).map("".join))
def test_html_tokens_with_possessive_attributes_are_the_plain_tokens(source):
    from annotate.segment.readers import html
    spans = [(m.span(), m.groups()[1:]) for m in html._TOKEN.finditer(source)]
    assert spans == [(m.span(), m.groups()) for m in _PLAIN_TOKEN.finditer(source)]
    parts = html._TOKEN.split(source)  # (what the walk reads: the text before each token, then its groups)
    assert len(parts) == html._STRIDE * len(spans) + 1


NUMBERS = st.lists(st.sampled_from(["1", "23", "%", "-", "+", "−", "，", "年", " ", "  ", "\t", "\u3000", "\xa0", "\n", "a", "٣"]),
                   max_size=30).map("".join)


@SETTINGS
@given(NUMBERS)
def test_the_row_hint_found_from_its_gap_is_the_row_hint(text):
    assert classify._row_hint(text) == bool(classify._ROW_HINT.search(text))


@SETTINGS
@given(st.one_of(texts, NUMBERS))
def test_indentations_found_after_line_feeds_are_the_multiline_ones(raw):
    assert join._indentations(raw) == ({m.end(): m.group() for m in join._INDENTED.finditer(raw)} if raw else {})


@SETTINGS
@given(st.lists(st.sampled_from([*ATOMS, "一、", "二是", "他说：", "图为", "圖：", "。 ", "” "]), max_size=40).map("".join)
       .filter(str.isprintable))
def test_a_glued_paragraph_in_a_printable_line_passes_the_gates(body):  # lines.split_lines' common case
    from annotate.segment import lines
    if rules.GLUED.search(body):
        assert lines._GLUE_GATE.search(body)
    if lines._CAPTION_GLUED.search(body):
        assert "图" in body or "圖" in body



LINE_WORDS = [*ATOMS, "ICP", "Copyright", "COPYRIGHT", "All Rights", "公网安备", "公網", "©", "版权", "星期四", "週", "周末", "礼拜",
              "禮拜", "于", "於", "#", ">", "»", "›", "|", "｜", "记", "記", "〔", "摄", "攝", "Ｉ", "CP"]


@SETTINGS
@given(st.lists(st.lists(st.sampled_from(LINE_WORDS), max_size=8).map("".join).map(lambda t: t.replace("\n", "")),
                max_size=12))
def test_lines_found_by_literal_scans_are_the_lines_the_class_patterns_find(sqs):
    from annotate.segment.lines import Line
    index = classify._LineIndex([Line([(0, 1)], sq) for sq in sqs])
    for literals, pattern in ((classify._COLON_AT, classify._COLON), (classify._COMMENT_AT, classify._COMMENT_MARK),
                              (classify._WEEKDAY_AT, classify._WEEKDAY_WORD)):
        assert index.lines_at(literals) == index.lines_at(pattern)


def test_str_split_and_the_nonspace_pattern_agree_on_all_of_unicode():  # html._words' fast path
    from annotate.segment.readers import html
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    assert "".join(everything.split()) == "".join(html._NONSPACE.findall(everything))


@SETTINGS
@given(st.one_of(texts, st.text(max_size=30)))
def test_html_words_are_the_nonspace_spans(text):
    from annotate.segment.readers import html
    spans = [m.span() for m in html._NONSPACE.finditer(text)]
    assert html._words(text) == spans
    assert html._words(text, text.split()) == spans  # (the split made by the caller)


@SETTINGS
@given(st.integers(min_value=0, max_value=99), st.sampled_from(["paragraph", "title", "debris"]), texts,
       st.one_of(st.none(), st.just({"pages": [1]})))
def test_units_made_without_the_frozen_init_are_the_dataclass_units(index, kind, text, where):
    import dataclasses

    from annotate.segment import core
    values = (index, kind, text, [[0, 0, len(text)]], [[0, len(text)]], "d-0123abcd", where)
    fast, plain = core._unit(*values), core.Unit(*values)
    assert fast == plain and type(fast) is core.Unit
    assert vars(fast) == vars(plain) and dataclasses.replace(fast, index=1) == dataclasses.replace(plain, index=1)


@SETTINGS
@given(st.text(alphabet=" \t\n\u3000abc1中。&", min_size=1, max_size=12), st.integers(min_value=1, max_value=11))
def test_a_one_piece_block_renders_as_the_same_text_in_two_pieces(text, cut):
    from annotate.segment.readers import html
    cut = min(cut, len(text) - 1)
    html._SOURCE[0] = "x" * 40  # (no entity at any offset)
    try:
        whole, parts = html._Block(), html._Block()
        whole.add(text, 10, False, False)
        if cut:
            parts.add(text[:cut], 10, False, False)
            parts.add(text[cut:], 10 + cut, False, False)
        else:
            parts.add(text, 10, False, False)
        if whole.segs[0][0].strip():
            assert html._render(whole) == html._render(parts)
    finally:
        html._SOURCE[0] = ""


def _squeezed_by_gap_split(raw, start, end, squeezed):
    """normalize.render_squeezed as it was first written: split at the gap class."""
    import itertools
    import operator
    if rules.NARROW_GAP.search(raw, start, end):
        return None
    parts = rules.GAP_SPLIT.split(raw[start:end])
    lengths = list(map(len, parts[::2]))
    if sum(lengths) != len(squeezed):
        return None
    raw_starts = itertools.accumulate(map(operator.add, lengths, map(len, parts[1::2])), initial=start)
    return squeezed, list(map(list, zip(itertools.accumulate(lengths, initial=0), raw_starts, lengths, strict=False)))


@SETTINGS
@given(texts, st.integers(min_value=0, max_value=5), st.integers(min_value=0, max_value=5))
def test_squeezed_renderings_found_by_str_split_are_the_gap_split_ones(raw, cut_start, cut_end):
    start, end = min(cut_start, len(raw)), max(min(cut_start, len(raw)), len(raw) - cut_end)
    squeezed = rules.GAP_SPLIT.sub("", raw[start:end])
    for sq in (squeezed, squeezed[1:]):  # (and a squeezed text that lacks a character: markup)
        assert render_squeezed(raw, start, end, sq) in (None, _squeezed_by_gap_split(raw, start, end, sq))
        if (_squeezed_by_gap_split(raw, start, end, sq) is not None and raw[start:end].split()
                and not rules.SPACE_OR_DROP.search(rules.SPACE.sub("", raw[start:end]))):
            # (some text and no dropped character: the fast path applies)
            assert render_squeezed(raw, start, end, sq) == _squeezed_by_gap_split(raw, start, end, sq)


_MARK_ATOMS = ["版", "©", "ICP", "I", "CP", "opyright", "Copyright", "OPYRIGHT", "公网", "公網", "公", "Rights", "R",
               "O", "o", ":", "：", ">", "»", "›", "|", "】", "｜", "记", "記", "〔", "摄", "攝", "甲", "\n", "版权"]


@SETTINGS
@given(st.lists(st.lists(st.sampled_from(_MARK_ATOMS), max_size=8).map("".join), max_size=8))
def test_marks_and_footer_words_found_in_one_scan_are_those_of_the_two_patterns(sqs):
    from types import SimpleNamespace
    index = classify._LineIndex([SimpleNamespace(sq=sq.replace("\n", "")) for sq in sqs])
    marked, footers = classify._marks_and_footers(index)
    assert marked == set(index.lines_at(classify._MARKS))
    assert footers == set(index.lines_at(classify._FOOTER_WORDS))


@SETTINGS
@given(st.lists(st.sampled_from(["1", "23", "456", "7890123", "…", "...", ".", "上一页", "下一頁", "首页", "末頁",
                                 "第一页", "页", "上", "甲", "a"]), max_size=10).map("".join))
def test_the_pager_matched_a_digit_at_a_time_is_the_pager_of_numbers_up_to_three_digits(sq):
    words = r"(?:上一[页頁]|下一[页頁]|最[后後]一[页頁]|第一[页頁]|首[页頁]|尾[页頁]|末[页頁])"
    plain = re.compile(rf"(?:\d{{1,3}}|…|\.\.\.)*{words}(?:\d{{1,3}}|…|\.\.\.|{words})*")
    # (the plain form backtracks exponentially in a long digit run that fails to match: hypothesis once
    # drew 70 digits and the test ran for minutes; short runs test the same alternation)
    assume(all(len(run) <= 9 for run in re.findall(r"\d+", sq)))
    assert bool(rules.PAGER.fullmatch(sq)) == bool(plain.fullmatch(sq))


@SETTINGS
@given(st.text(alphabet="。！？；!?;aZ9 中.", max_size=12))
def test_the_html_prose_end_led_by_one_class_is_the_two_branch_pattern(text):
    from annotate.segment.readers import article
    plain = re.compile(r"[。！？；]|[!?;](?!\s*[A-Za-z0-9])")
    fast, slow = article.PROSE_END.search(text), plain.search(text)
    assert (fast and fast.span()) == (slow and slow.span())


@SETTINGS
@given(st.lists(st.sampled_from(["注", "註", "：", ":", " ", "\t", "\u3000", "\n", "\r\n", "1", "２", "（", "(", "文", "。"]),
                max_size=16).map("".join))
def test_the_note_line_gate_is_the_multiline_pattern(text):  # office.mark_lines' gate
    from annotate.segment import office
    plain = re.compile("(?m)^" + office._NOTE_LINE)
    fast = office._NOTE_AT.match(text) or office._NOTE_AT_NL.search(text)
    assert bool(fast) == bool(plain.search(text))


@SETTINGS
@given(st.lists(st.sampled_from(["积分", "帖", "子", "注册时间", "：", ":", " ", "\t", "\f", "\r", "\n", "1", "2,3", "-", "/", "１", "a"]),
                max_size=16).map("".join))
def test_the_possessive_stat_line_is_the_plain_one(text):  # sidebar.mark_profile's statistics lines
    from annotate.segment import sidebar
    plain = re.compile("\n" + r"[ \t\f]*[\u4e00-\u9fff]{2,4}[:：]?[ \t]+\d[\d,\-./:]*[ \t\r]*(?=\n|\Z)")
    assert [m.span() for m in sidebar._STAT_LINE.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.span() for m in sidebar._STAT_LINE.finditer("\n" + text)] == [m.span() for m in plain.finditer("\n" + text)]


@SETTINGS
@given(st.lists(st.sampled_from(["体坛", "周", "報", "·", "｜", "|", "/", "／", "2023", "19", "-", "年", "3", "月", "日", "\n", "a"]),
                max_size=20).map(lambda parts: "\n" + "".join(parts)))
def test_the_possessive_line_patterns_are_the_plain_ones(text):  # classify._KICKER_AT, rules.OUTLET_DATED_AT
    for fast in (classify._KICKER_AT, rules.OUTLET_DATED_AT):
        plain = re.compile(fast.pattern.replace("{2,8}+", "{2,8}"))
        assert plain.pattern != fast.pattern
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


@SETTINGS
@given(st.lists(st.sampled_from(["http://", "https://", "www.", "a.cn/x", " ", "\t", "\f", "\u3000", "\r", "\n", "\r\n",
                                 "1/2", "3", "12/5/26,", "6:06", "PM", "AM", "x", "文"]),
                max_size=16).map("".join))
def test_print_furniture_lines_found_past_line_feeds_are_the_multiline_matches(raw):  # printed.mark_print_furniture
    from annotate.segment import printed
    for first, after_nl, line in ((printed._ADDRESS, printed._ADDRESS_NL, printed._ADDRESS_LINE),
                                  (printed._STAMP, printed._STAMP_NL, printed._STAMP_LINE)):
        plain = [m.span() for m in re.compile("^" + line, re.M).finditer(raw)]
        assert printed._line_spans(raw, first, after_nl) == plain


@SETTINGS
@given(st.lists(st.sampled_from(ATOMS + ["投稿日期", "日期", "111年9月", "2023-06-01", "12", "3"]), max_size=12).map("".join))
def test_the_dated_label_gated_by_its_colon_is_the_plain_match(text):  # join._joins, every line
    assert join._dated_label(text) == (join._DATED_LABEL.match(text) is not None)


@SETTINGS
@given(texts)
def test_the_period_led_cut_is_the_sentence_cut_where_it_is_chosen(text):  # sentences.split_sentences
    from annotate.segment.sentences import _cut_pattern

    plain = [m.span() for m in rules.SENTENCE_CUT.finditer(text)]
    if _cut_pattern(text) is rules.PERIOD_CUT:
        assert [m.span() for m in rules.PERIOD_CUT.finditer(text)] == plain
    without_other_marks = "".join(c for c in text if c not in "？；！…?!;⋯.")  # always chosen for these
    assert _cut_pattern(without_other_marks) is rules.PERIOD_CUT
    assert [m.span() for m in rules.PERIOD_CUT.finditer(without_other_marks)] == [
        m.span() for m in rules.SENTENCE_CUT.finditer(without_other_marks)]


@SETTINGS
@given(texts)
def test_the_digit_runs_led_by_one_digit_are_the_plain_runs(text):  # classify._running_heads, _page_edges
    masked = rules.DIGITS.sub("#", text + "１２٣४" + text)
    assert masked == re.sub(r"\d+", "#", text + "１２٣४" + text)
@given(st.lists(st.one_of(st.integers(0, 120).map(lambda n: n / 2), st.floats(0, 80)), max_size=60))
def test_whole_widths_from_the_half_widths_are_the_widths_counted_whole(widths):
    import collections

    plain = collections.Counter(map(int, widths))
    for narrow in [w for w in plain if w < 8]:  # (the plain form _dominant used: order of the rest kept)
        del plain[narrow]
    halves = collections.Counter(int(w * 2.0) for w in widths)
    assert list(join._whole_widths(halves).items()) == list(plain.items())


@SETTINGS
@given(st.lists(st.tuples(st.integers(0, 3), st.sampled_from([0.0, 0.5, 1.0, 2.0, 2.5]), st.booleans()), max_size=60),
       st.sampled_from([0.0, 1.0]))
def test_page_margins_counted_in_c_are_the_margins_counted_line_by_line(rows, margin):
    import collections

    by_page = collections.defaultdict(collections.Counter)  # (the plain form _extra_indents used)
    for page, indent, body in rows:
        if body:
            by_page[page][indent] += 1
    plain = {p: c.most_common(1)[0][0] if sum(c.values()) >= join._PAGE_MARGIN_LINES else margin
             for p, c in by_page.items()}
    pages, indents, in_body = ([r[k] for r in rows] for k in range(3))
    assert join._page_margins(pages, indents, in_body, margin) == plain


@given(st.lists(st.sampled_from([*ATOMS, "09:23", "9：05", "12:5", "記員", "记　员", "書 記 員", "员", "員", "记", "記", " ", "记 員", "\u3000", "作者：@", "@", "小林"]),
                max_size=30).map("".join))
@SETTINGS
def test_the_literal_gates_before_the_new_passes_rule_out_only_texts_they_cannot_match(text):
    # entries.mark_entries: a time of day alone on its line holds a colon, so a text with neither
    # colon has no match of _TIME_LINE; office.mark_lines: the clerk's role found around each 员/員
    # is the plain substring test of each spelling
    from annotate.segment import entries, office

    if ":" not in text and "：" not in text:
        assert entries._TIME_LINE.search(text) is None
    assert office.names_clerk(text) == any(clerk in text for clerk in office._CLERK)
    if "@" not in text:  # classify.line_kind: a handle's credit ("作者：@小林") holds its "@"
        assert rules.HANDLE_CREDIT.fullmatch(text) is None


_GATE_ATOMS = [*ATOMS, "…", "……", "………", "......", ".....", "······", "·····", "．．．．．．", "．", "·", "://", ":/", "//",
               "javascript:", "javascript", "mailto:", "mailto", "](", "]", "(", "09:23", "9：05", "12:5", "1:60", "٣:٤٥",
               "23:59", "：", "\u3000\u3000"]


@SETTINGS
@given(st.lists(st.sampled_from(_GATE_ATOMS), max_size=30).map("".join))
def test_whole_text_gates_with_a_cheap_first_test_answer_as_the_plain_tests(text):
    from annotate.segment import lines

    # lines.contents_entries: each leader looked for only where its character is
    assert lines.has_leader(text) == any(w in text for w in ("………", "......", "······", "．．．．．．"))
    # classify._link_lists: one colon-led pattern for the three link words
    assert (classify._LINK_TARGET.search(text) is not None) == any(w in text for w in ("://", "javascript:", "mailto:"))
    # entries.mark_counter_bars: U+3000 found by the regex engine
    assert (rules.IDEOGRAPHIC_SPACE.search(text) is not None) == ("\u3000" in text)


@SETTINGS
@given(st.lists(st.sampled_from(_GATE_ATOMS), max_size=30).map("".join), st.integers(1, 4))
def test_time_colons_found_by_str_find_are_the_colons_of_the_time_pattern(text, enough):
    from annotate.segment import entries

    plain = len(re.findall(r"(?<=\d)[:：](?=[0-5]\d)", text))
    assert entries._time_colons(text, enough) == min(plain, enough)
    # (each time line holds a colon of its own: fewer such colons, fewer time lines)
    assert len(entries._TIME_LINE.findall(text)) <= entries._time_colons(text, 10**6)


@SETTINGS
@given(st.lists(texts.map(lambda t: rules.SPACE_OR_DROP.sub("", t)).filter(bool), max_size=12),
       st.sampled_from([0, 1, 3, 40, 120]))
def test_a_line_index_built_from_shared_squeezed_texts_is_the_plain_index(sqs, max_len):
    from types import SimpleNamespace

    lines = [SimpleNamespace(sq=sq, level=0) for sq in sqs]
    plain = "\n" + "\n".join([sq if not max_len or len(sq) <= max_len else "" for sq in sqs])
    squeezed = classify._Squeezed(lines)
    assert classify._LineIndex(lines, max_len).text == plain
    assert classify._LineIndex(lines, max_len, squeezed).text == plain
    # classify._running_heads reads its short lines off the index of lines up to _RUNNING_MAX characters
    short = classify._LineIndex(lines, classify._RUNNING_MAX, squeezed)
    assert short.text[1:] == "\n".join([sq if len(sq) <= classify._RUNNING_MAX else "" for sq in sqs])


@SETTINGS
@given(st.lists(st.sampled_from([*ATOMS, "注", "註", "注：", "註:", "注：1", "（", "\u3000", "注 ：2", "附注"]), max_size=30)
       .map("".join))
def test_note_lines_found_from_each_note_word_are_those_the_line_pattern_finds(text):
    from annotate.segment import office

    assert office._has_note_line(text) == bool(office._NOTE_AT.match(text) or office._NOTE_AT_NL.search(text))


@SETTINGS
@given(st.lists(st.sampled_from([*ATOMS, "尊敬的", "敬爱的", "親愛的", "此致", "林教授", "同學們", "："]), max_size=12).map("".join))
def test_a_letter_break_opens_with_a_letter_first_character(sq):  # join._joins: pairs.letter_break behind its first character
    from annotate.segment import pairs
    from annotate.segment.lines import Line

    sq = rules.SPACE_OR_DROP.sub("", sq) or "此致"
    if pairs.letter_break([Line([(0, len(sq))], sq, 0, 0, False)], Line([(0, 1)], "敬", 0, 0, False)):
        assert sq[0] in pairs.LETTER_FIRST


@SETTINGS
@given(texts, st.integers(0, 80).map(lambda n: n / 2), st.integers(0, 120).map(lambda n: n / 2))
def test_a_word_that_fits_counted_in_c_fits_counted_a_character_at_a_time(text, width, limit):  # join._word_fits
    from annotate.segment.lines import Line

    raw = "上一行\n" + text
    prev, nxt = Line([(0, 3)], "上一行", width=width), Line([(4, len(raw))], "")
    m = join._WORD_END.search(raw, nxt.start)
    word = raw[nxt.start:m.start() if m else len(raw)]
    plain = width + 0.5 * (1 + sum(ch.isascii() for ch in word)) + sum(not ch.isascii() for ch in word) <= limit - 2
    assert join._word_fits(prev, nxt, limit, raw) == plain


@SETTINGS
@given(st.lists(st.sampled_from([*ATOMS, "■", "●", "◆", "▲", "★", "▶", "□", "☆", " ■", "\u3000●"]), max_size=30).map("".join))
def test_the_spaced_bullet_pattern_is_the_six_substring_tests(raw):  # columns._bullet_beside, every text
    from annotate.segment import columns

    plain = any(f" {bullet}" in raw for bullet in "■●◆▲★▶")
    assert (columns._SPACED_BULLET.search(raw) is not None) == plain


@SETTINGS
@given(texts)
def test_display_width_counted_in_c_is_the_width_counted_a_character_at_a_time(text):  # lines.display_width
    from annotate.segment.lines import display_width

    assert display_width(text) == sum(0.5 if ch.isascii() else 1.0 for ch in text)


_KIND_ATOMS = ["本报记者", "记者", "贾敬敦", "国家高新区", "中", "新", "放大缩小", "作者", "：", ":", "，", "。", "？", "2021",
               "14", "7", "年", "月", "日", "号", "號", "府授研字第", "二〇二三年六月", "中國時報", "-----", "=====", "版",
               "©", "|", ">", "【", "】", "(", ")", "“", "”", "#", "## ", "**", "🎉", "𠀀", "ＡＢ", "１２", " ", "\u3000",
               "\n", "\n\n", "\r\n", "甲" * 25, "乙" * 40, "丙" * 70]


@SETTINGS
@given(st.sampled_from(sorted(classify._KIND_WORD_ONLY)), st.lists(st.sampled_from(ATOMS + _KIND_ATOMS), max_size=20).map("".join))
def test_a_line_opening_with_a_kind_word_character_without_kind_word_mark_or_credit_is_prose(first, rest):
    # mark_lines does not call line_kind for such a line (classify._KIND_WORD_ONLY)
    raw = first + rest
    for line in split_lines(raw):
        sq = line.sq
        if line.level or line.dup or sq[0] not in classify._KIND_WORD_ONLY or len(sq) > classify._STANDALONE_MAX:
            continue
        marked, footers = classify._marks_and_footers(classify._LineIndex([line]))
        if marked or footers or rules.KIND_START.match(sq) or (len(sq) <= classify._CAPTION_MAX and sq[-1] in "）)"):
            continue
        assert classify.line_kind(raw, line) == ""


_STRIP_ATOMS = ["2023-06-01", "111年6月5日", "中華民國111年6月13日", "星期四", "A3", "綜合新聞", "南瀛時報", "今日24版", "年",
                "本版主編：林佳蓉", "甲", "。", "，", ".", "/", "-", " ", "  ", "\u3000", "\t", "\n", "\n\n", "\r\n"]


@SETTINGS
@given(st.lists(st.sampled_from(_STRIP_ATOMS), max_size=30).map("".join))
def test_dated_strips_found_past_the_clean_lines_are_those_of_every_line(raw):
    from annotate.segment import strips
    lines = split_lines(raw)
    fast = strips.strip_lines(lines, raw)
    clean = strips._CLEAN
    try:
        strips._CLEAN = lambda line: False  # every line looked at
        plain = strips.strip_lines(lines, raw)
    finally:
        strips._CLEAN = clean
    assert fast == plain


@SETTINGS
@given(texts)
def test_a_clean_line_is_shown_spaced_as_its_squeezed_text(raw):  # classify.spaced's shortcut
    for line in split_lines(raw):
        plain = " ".join(" ".join(raw[s:e] for s, e in line.pieces).split())
        assert classify.spaced(raw, line) == plain


@SETTINGS
@given(texts)
def test_a_clean_line_is_one_piece_without_whitespace(raw):  # what classify.line_kind and strips skip on `clean`
    for line in split_lines(raw):
        if line.clean:
            assert len(line.pieces) == 1 and raw[line.start:line.end] == line.sq
            assert not any(c.isspace() for c in line.sq)


_INTS = st.integers(min_value=0, max_value=10**9)


@SETTINGS
@given(st.lists(st.tuples(texts, st.sampled_from(["paragraph", "title", "debris"]),
                          st.lists(st.lists(_INTS, min_size=2, max_size=2), max_size=12),
                          st.lists(st.lists(_INTS, min_size=3, max_size=3), min_size=1, max_size=12)), max_size=6),
       st.sampled_from(["x", "100%", '"a\\b"', "文%d"]), st.sampled_from([None, "标题 %s", "50% 的"]))
def test_record_lines_are_json_dumps_of_the_records(units, doc_id, title):  # files.record_lines, record_bytes
    # (a text unit always has an offset run; to_record leaves out an empty "offsets", record_lines never meets one)
    import json

    from annotate.segment import files
    from annotate.segment.classify import DocMeta
    from annotate.segment.core import Document, Unit, to_record

    doc = Document(doc_id, [Unit(i, kind, text, offsets, sentences, f"{doc_id}-{i:08x}")
                            for i, (text, kind, sentences, offsets) in enumerate(units)], DocMeta(title=title))
    source = {"path": f"{doc_id}.txt", "sha256": "%s%d", "encoding": "utf-8"}
    expected = [json.dumps(to_record(doc, unit, source), ensure_ascii=False, separators=(",", ":")) + "\n"
                for unit in doc.units]
    assert files.record_lines(doc, source) == expected
    # files.record_bytes: the same records as the UTF-8 the output file holds (each document's parts encoded once)
    try:
        want = "".join(expected).encode()
    except UnicodeEncodeError:  # (a lone surrogate: the text file's writer refused it as well)
        with pytest.raises(UnicodeEncodeError):
            files.record_bytes(doc, source)
    else:
        assert files.record_bytes(doc, source) == want


@SETTINGS
@given(st.one_of(texts.map(lambda t: t.encode("utf-8")), st.binary(max_size=64),
                 st.lists(st.sampled_from([b"\x00", b"\x01", b"\x08", b"\t", b"\n", b"\x0e", b"\x1b", b"\x1c", b"\x1f",
                                           b" ", b"a", "中".encode()]), max_size=30).map(b"".join)))
def test_control_bytes_found_by_memchr_scans_are_the_counted_ones(head):  # decode.decode_bytes' gate on the count
    from annotate.segment import decode

    counted = len(head) - len(head.translate(None, decode._CONTROL))
    assert any(map(head.__contains__, decode._CONTROL_BYTES)) == (counted > 0)


def _plain_render(block, keep_inline=False):
    """html._render as first written: each kept stretch found by bisecting the segments' starts."""
    import bisect

    from annotate.segment.normalize import space_between
    from annotate.segment.readers import html
    joined, source = block.text, html._SOURCE[0]
    out, runs, prev_end = [], [], -1
    pos = 0

    def emit(a, b):
        nonlocal pos
        while a < b:
            k = bisect.bisect_right(block.starts, a) - 1
            text, at = block.segs[k]
            n = min(b, block.starts[k] + len(text)) - a
            entity = len(text) == 1 and at < len(source) and source[at] == "&" and text != "&"
            src = at if entity else at + (a - block.starts[k])
            if runs and not entity and runs[-1][1] + runs[-1][2] == src and not runs[-1][3]:
                runs[-1][2] += n
            else:
                runs.append([pos, src, n, entity])
            out.append(joined[a:a + n])
            pos += n
            a += n

    for a, b in (m.span() for m in html._NONSPACE.finditer(joined)):
        if prev_end >= 0 and space_between(joined, prev_end, a, keep_inline, wrap=False) >= 0:
            emit(prev_end, prev_end + 1)
            out[-1] = " "
        emit(a, b)
        prev_end = b
    return "".join(out), [r[:3] for r in runs]


# a block's pieces of text: plain text (CJK, full-width, emoji, 𠀀, line ends, U+3000, no-break spaces), an
# entity's characters (one piece each, at its "&"), and "&" itself; each piece lands at a random gap in the source
_PIECES = st.lists(st.tuples(st.one_of(texts.filter(bool), st.sampled_from(["&", "\xa0", "©", "<", "\n", "a", "中"])),
                             st.booleans(), st.integers(min_value=0, max_value=3)), min_size=1, max_size=12)


@SETTINGS
@given(_PIECES, st.booleans())
def test_html_rendering_by_stepping_through_the_segments_is_the_bisecting_one(pieces, keep_inline):
    from annotate.segment.readers import html
    source, block = [], html._Block()
    for text, entity, gap in pieces:
        source.append("<b>" * gap)
        at = len("".join(source))
        if entity and len(text) == 1:
            source.append("&x;")  # (an entity's one character, mapped to its "&")
        else:
            source.append(text)
        block.add(text, at, False, False)
    html._SOURCE[0] = "".join(source)
    try:
        if block.text.strip():
            assert html._render(block, keep_inline) == _plain_render(block, keep_inline)
    finally:
        html._SOURCE[0] = ""


@SETTINGS
@given(st.lists(st.sampled_from([*ATOMS, "〔", "〕", "記者", "／", "台中報導", "（", "）", "【", "】"]), max_size=30).map("".join))
@example("〔記者梁怡君／台中報導〕\n2005年10月，市府宣布新的交通計畫。")
@example(" \u3000〔記者 梁怡君／台中報導〕   2005年10月，市府宣布新的交通計畫。")
@example("（記者梁怡君／台中報導）\r\n2005年10月，市府宣布新的交通計畫。")
@example("〔記者梁怡君／台中報導〕 2005年10月，市府宣布新的交通計畫")  # (shares its line with the story: none)
def test_a_run_in_byline_gated_on_the_first_character_is_the_squeezed_test(text):
    from annotate.segment.lines import run_in_byline as squeezed_test
    from annotate.segment.readers import common
    cut = squeezed_test("".join(text.split()))  # the plain form: squeeze, test, map the length back
    plain = next((i + 1 for i, ch in enumerate(text) if not ch.isspace()
                  and sum(not c.isspace() for c in text[:i + 1]) == cut), 0) if cut else 0
    gap = text[plain:len(text) - len(text[plain:].lstrip())] if plain else ""
    if plain and not (len(gap) > 2 or any(ch in gap for ch in "\n\r\f\u2028\u2029")):
        plain = 0  # (a byline that shares its line with the story is the story's)
    assert common.run_in_byline(text) == plain
    if text.endswith("交通計畫。"):
        assert plain  # (the examples hold a byline to cut)


_LINE_START_ATOMS = ["\n", "\n", "\n\n", "\r\n", " ", "\u3000", "\t", "\f", "1", "7", "12", "1.2", "[0001]", "【0012】",
                     "［3］", "[12]", "◆", "►", "１", "٣", "相关新闻", "【相關新聞】", "延伸閱讀", "：", "*", "#", "甲", "。", 12 * " "]


@SETTINGS
@given(st.lists(st.sampled_from(_LINE_START_ATOMS), max_size=30).map("".join))
@example("甲\n1\n相关新闻\n 12 甲\n◆\n9 甲\n\f٣ 甲\n")
@example("甲\n[0001]\n【0012】\n［3］\n1.2.3\n►\n\u3000[12]\n#延伸閱讀：\n【相關新聞】\n")
def test_line_break_patterns_with_a_first_character_lookahead_find_what_the_plain_patterns_find(text):
    from annotate.segment import linenos, numbered, sidebar

    # numbered.glue_lines' gate, linenos.cut_line_numbers' numbers, classify._link_sections' headings: each
    # pattern with the lookahead after its "\n" taken out (the plain statement of the rule)
    for fast in (numbered._ALONE, linenos._NUMBERED, classify._LIST_HEAD):
        plain = re.compile(re.sub(r"^\\n\(\?=\[[^\]]*\]\)", r"\\n", fast.pattern.replace("\n", "\\n", 1)))
        assert plain.pattern != fast.pattern.replace("\n", "\\n", 1)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    # sidebar.cut_side_column: the lines _INDENTED finds are no more than the line breaks before twelve spaces
    assert text.count(sidebar._INDENT_RUN) >= len(sidebar._INDENTED.findall(text))


_FURNITURE_ATOMS = ["\n", "\n", "\n\n", "- 首页", "- 新闻", "* 国内", "• 财经", "相关新闻", "第 3 页", "- 2 -", "3/12", "页", "\f",
                    "五花肉 500克", "冰糖\t30克", "生抽\u30002勺", "限閱", "正文第一段。", "甲", "2023-05-01", " ", "\t", "共"]


@SETTINGS
@given(st.lists(st.sampled_from(_FURNITURE_ATOMS), max_size=30).map("".join))
@example("正文第一段。\n限閱\n- 2 -\n正文第二段。\n限閱\n- 3 -\n正文第三段。")
def test_furniture_passes_gated_in_c_mark_what_they_mark_ungated(raw):
    # classify._menus (a list item somewhere), _page_number_stamps (two debris lines), _page_edges (a page end
    # of either kind), each on the lines as mark_lines left them: the same kinds where each gate is forced open
    import copy

    lines = split_lines(raw)
    classify.mark_lines(raw, lines)
    passes = (classify._menus, lambda raw, lines: classify._page_number_stamps(lines),
              lambda raw, lines: classify._page_edges(raw, lines, None))
    for run in passes:
        gated, forced = copy.deepcopy(lines), copy.deepcopy(lines)
        run(raw, gated)
        item, kind = classify._ITEM, classify._KIND
        try:
            classify._ITEM, classify._KIND = (lambda ln: True), (lambda ln: "debris")
            run(raw, forced)
        finally:
            classify._ITEM, classify._KIND = item, kind
        assert [(ln.kind, ln.item, ln.hard) for ln in gated] == [(ln.kind, ln.item, ln.hard) for ln in forced]
    # _quantity_rows: the tab's pattern finds nothing in text without a tab
    if "\t" not in raw:
        assert classify._QUANTITY_AT[1].search(raw) is None


@SETTINGS
@given(st.lists(st.sampled_from(["甲", "乙丙", "：", ":", "1", "２", " ", "  ", "\u3000", "\t", "\r", "\n", "。", "a"]),
                max_size=30).map("".join))
@example("注：甲乙丙丁戊己庚辛壬癸甲乙丙丁  正文\n注：甲乙  正文\n")
def test_possessive_note_tails_match_what_the_plain_tails_match(text):  # notes._labels, at every position
    from annotate.segment import notes

    for fast in (notes._BEFORE_TAIL, notes._BESIDE_TAIL):
        plain = re.compile(fast.pattern.replace("{2,14}+", "{2,14}"))
        assert plain.pattern != fast.pattern
        for p in range(len(text) + 1):
            got, want = fast.match(text, p), plain.match(text, p)
            assert (got and got.span()) == (want and want.span())


@pytest.mark.parametrize("line", ["中國時報　2022-11-17", "二〇二三年六月", "中華民國一一二年六月", "府授研字第1120030139號",
                                  "府授研字第1120030139号"])
def test_mark_lines_finds_its_meta_lines_past_the_last_character_gate(line):
    raw = "正文第一段，写得很长很长很长很长很长很长很长很长很长很长很长很长。\n" + line + "\n"
    lines = split_lines(raw)
    classify.mark_lines(raw, lines)
    assert lines[-1].kind == "meta" and lines[-1].sq[-1] in classify._META_LAST


@SETTINGS
@given(texts)
def test_the_possessive_label_finds_what_the_backtracking_label_finds(text):  # rules.LABEL, LINE_LABEL
    plain = re.compile(r"([\u3400-\u9fff]{1,6}|[A-Za-z]{1,3})[:：]")
    assert [m.span(1) for m in rules.LABEL.finditer(text)] == [m.span(1) for m in plain.finditer(text)]
    assert [bool(rules.LABEL.fullmatch(text, i)) for i in range(len(text))] == \
        [bool(plain.fullmatch(text, i)) for i in range(len(text))]
    assert rules.LINE_LABEL.findall("\n" + text) == re.findall("\n" + plain.pattern, "\n" + text)


@SETTINGS
@given(st.one_of(texts, wrapped_texts))
def test_widths_counted_over_the_joined_lines_are_each_lines_width(raw):  # join._widths
    lines = split_lines(raw)
    assume(lines)  # (asked of body lines only, six or more)
    plain = [len(ln.sq) - 0.5 * (len(ln.sq.encode("ascii", "ignore")) + sum(map(ln.sq.count, rules.CURLY_QUOTES)))
             + 0.5 * (sum(e - s for s, e in ln.pieces) - len(ln.sq)) for ln in lines]
    assert join._widths(lines) == plain


INDENTED = st.lists(st.sampled_from(["国家产业", "AI 发展。", " ", "\u3000", "  ", "\t", "\xa0", ""]), min_size=1, max_size=4)


@SETTINGS
@given(st.lists(INDENTED.map("".join), min_size=1, max_size=12).map("\n".join))
def test_extra_indents_of_text_with_indented_blank_lines_only_are_the_counted_ones(raw):  # join._extra_indents
    lines = split_lines(raw)
    assume(lines)
    texts = []
    for ln in lines:
        begin = raw.rfind("\n", 0, ln.start) + 1
        lead = raw[begin:ln.start]
        texts.append(lead if lead and not lead.strip(" \t\u3000\xa0") else "")
    plain = []
    for indents in ([sum({" ": 0.5, "\t": 2.0, "\u3000": 1.0, "\xa0": 0.5}[c] for c in t) for t in texts],
                    [float(len(t)) for t in texts]):
        body = collections.Counter(i for i, ln in zip(indents, lines, strict=True) if not ln.kind and not ln.level)
        margin = body.most_common(1)[0][0] if body else 0.0
        plain.append([i - margin if i > margin else 0.0 for i in indents])
    assert list(join._extra_indents(lines, raw)) == plain


CLASS_ATOMS = ["nav", "NAV", "Nav", "navbar", "header", "head", "title", "sub", "tags", "top", "ft", "ad", "x", "main",
               "2", "12", "_", "-", " ", "\t", "\x1c", "\x0b", "ſ", "İ", "ı", "\u212a", "é", "新闻", "\u3000"]


@SETTINGS
@given(st.lists(st.sampled_from(CLASS_ATOMS), max_size=8).map("".join))
@example("nav2bar")
@example("x-Footer3 main")
@example("ſhare")  # (a long s: the search's Unicode case rules, not the ASCII word sets)
def test_class_words_name_what_the_name_searches_find(value):  # html._class_words' set look-ups
    from annotate.segment.readers import html
    for words, pattern in ((html._FURNITURE_WORDS, html._FURNITURE_NAME), (html._FRAME_WORDS, html._FRAME_NAME),
                           (html._HEADING_WORDS, html._HEADING_NAME)):
        found = html._class_words(value)
        if found is not None:
            assert (not words.isdisjoint(found)) == (pattern.search(value) is not None)
        assert html._names(value, words, pattern) == (pattern.search(value) is not None)


def _plain_labels(raw):
    """notes._labels as a loop over every colon: two to four hanzi before it, after whitespace or the text's start."""
    from annotate.segment import notes

    beside, before = [], []
    for colon in ("：", ":"):
        for p in (i for i, c in enumerate(raw) if c == colon):
            j = p - 1
            while j >= 0 and p - j <= 4 and "\u4e00" <= raw[j] <= "\u9fff":
                j -= 1
            if p - 1 - j >= 2 and (j < 0 or raw[j] in " \u3000\n"):
                k = j
                while k >= 0 and raw[k] in " \u3000\t":
                    k -= 1
                if k < 0 or raw[k] == "\n":
                    if notes._BEFORE_TAIL.match(raw, p + 1):
                        before.append(j + 1)
                elif k < j and notes._BESIDE_TAIL.match(raw, p + 1):
                    beside.append(j + 1)
    return beside, before


@SETTINGS
@given(st.lists(st.sampled_from(["想一想", "议", "一", "小贴士", "甲乙丙丁戊", "：", ":", " ", "  ", "\u3000", "\t", "\n",
                                 "这一变化", "1589年", "a", "。"]), max_size=24).map("".join))
@example("想一想：这一变化\n  议一议：你同意吗    正文\n甲乙丙丁戊：不是")
def test_note_labels_found_by_the_label_shaped_colons_are_those_of_every_colon(raw):  # notes._labels
    from annotate.segment import notes

    assert notes._labels(raw) == _plain_labels(raw)


_NEST_ATOMS = ["<div>", "</div>", "<p>", "</p>", "<li>", "</li>", "<ul>", "</ul>", "<td>", "</td>", "<section class=x>",
               "</section>", "<article>", "</article>", "<h1>", "</h1>", "<a>", "</a>", "<br>", "<hr>", "正文", "text", " "]


@SETTINGS
@given(st.lists(st.sampled_from(_NEST_ATOMS), max_size=40).map("".join))
def test_an_element_stands_at_one_depth_in_every_path_that_holds_it(source):  # html._frame: path[depth] == element
    from annotate.segment.readers import html
    depth: dict[int, int] = {}
    for _, block in html._blocks(source, {}):  # (mis-nested and unclosed tags included)
        for d, element in enumerate(block.path):
            assert depth.setdefault(element, d) == d


def _quantity_rows_plainly(raw, lines):  # classify._quantity_rows as first written: every line tested in one loop
    run = []
    for ln in [*lines, None]:
        if ln is not None and not ln.kind and not ln.level and len(ln.sq) <= 12 and (not run or not ln.gap) \
                and classify._QUANTITY_ROW.fullmatch(raw, ln.start, ln.end):
            run.append(ln)
            continue
        if len(run) >= classify._QUANTITY_ROWS:
            for row in run:
                row.kind = "debris"
        run = [ln] if ln is not None and not ln.kind and not ln.level and len(ln.sq) <= 12 \
            and classify._QUANTITY_ROW.fullmatch(raw, ln.start, ln.end) else []


@SETTINGS
@given(st.lists(st.sampled_from(["五花肉 500克", "冰糖  30克", "生抽\u30002勺", "八角 2个", "正文第一段。", "# 用料", "\n", "\n",
                                 "\n\n", "相关新闻", "葱姜蒜 适量"]), max_size=30).map("".join))
@example("用料\n五花肉 500克\n冰糖  30克\n\n生抽  2勺\n八角  2个\n葱 3根\n\n正文。")
def test_quantity_rows_tested_once_a_line_mark_what_the_line_loop_marks(raw):
    import copy

    lines = split_lines(raw)
    classify.mark_lines(raw, lines)
    fast, plain = copy.deepcopy(lines), copy.deepcopy(lines)
    opened = raw + "\n甲 1\n乙 2\n丙 3\n"  # (three rows past the lines' end: the gate open for every text)
    classify._quantity_rows(opened, fast)
    _quantity_rows_plainly(opened, plain)
    assert [ln.kind for ln in fast] == [ln.kind for ln in plain]


WEB_ATOMS = ["标题", "正文。", "\n", "\n\n", "\r\n", "\f", "   ", " ", "* ", "• ", "o ", "***", "┌", "├", "└", "(BUTTON)",
             "References", "[https://a.cn]", "[", "]", "[    ]", "      ", "\t", "x"]


@given(st.lists(st.sampled_from(WEB_ATOMS), max_size=30).map("".join))
@SETTINGS
def test_web_dump_hints_give_the_plain_answer(raw):
    """join._web_dump's substring tests before its regex scans change no answer."""
    def plain(raw: str) -> bool:
        if not raw or "\f" in raw:
            return False
        if len(join._WEB_MARKS.findall(raw)) >= join._WEB_MARKS_MIN:
            return True
        printed = raw.count("\n") + 1 - len(join._BLANK_LINE.findall(raw))
        return 0 < printed <= 2 * len(join._LYNX_MARGIN.findall(raw))
    assert join._web_dump(raw) == plain(raw)


HANZI_WORDS = ["国家", "高新区", "产业", "发展", "中关村", "科技", "创新", "大", "学", "生", "毕业", "毕业生", "态", "生态",
               "一流", "共育", "流产", "业", "同比", "增长", "消费", "零售", "总额", "。", "，", "1", "AI", "的", "了"]


def _plain_straddles(left, right):
    """join.straddles before its dictionary gate: jieba's tokens looked at for one across the break."""
    if not (left and right and "\u4e00" <= left[-1] <= "\u9fff" and "\u4e00" <= right[0] <= "\u9fff"):
        return False
    import jieba

    a, b = left[-6:], right[:6]
    pos = 0
    for token in jieba.lcut(a + b, HMM=False):
        end = pos + len(token)
        if pos < len(a) < end:
            return not token.isascii()
        pos = end
    return False


@SETTINGS
@given(st.lists(st.sampled_from(HANZI_WORDS), min_size=1, max_size=6).map("".join),
       st.lists(st.sampled_from(HANZI_WORDS), min_size=1, max_size=6).map("".join))
@example("共育一流产", "业生态")  # (a word across the break: the gate lets it through)
def test_a_word_across_the_break_found_past_the_dictionary_gate_is_the_plain_answer(left, right):  # join.straddles
    assert join.straddles(left, right) == _plain_straddles(left, right)


def _alternate(raw):
    lines = split_lines(raw)
    order = columns.alternate_order(raw, lines)
    return None if order is None else [ln.pieces for ln in order], [(ln.gap, ln.hard) for ln in lines]


@SETTINGS
@given(st.lists(st.lists(st.sampled_from(HANZI_WORDS), min_size=4, max_size=30).map("".join), min_size=2, max_size=6),
       st.integers(6, 14), st.lists(st.booleans(), min_size=1))
def test_pages_on_alternate_lines_read_with_the_reach_gate_are_read_as_without_it(paras, width, blanks):
    # columns._alternate_page returns early where _reach, an upper bound of the wraps its walk can show, is too low
    rows = [p[i:i + width] for p in paras for i in range(0, len(p), width)]
    half = (len(rows) + 1) // 2
    turns = [x for pair in itertools.zip_longest(rows[:half], rows[half:]) for x in pair if x]
    raw = "".join(r + ("\n\n" if blanks[k % len(blanks)] else "\n") for k, r in enumerate(turns))
    gated = _alternate(raw)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(columns, "_reach", lambda page, link: sys.maxsize)
        assert _alternate(raw) == gated


def test_the_reach_gate_turns_pages_away_and_reads_the_columns_it_must(monkeypatch):
    from pathlib import Path

    data = Path(__file__).resolve().parents[1] / "data" / "segment_alt_columns"
    calls = []
    reach = columns._reach
    monkeypatch.setattr(columns, "_reach", lambda page, link: calls.append(reach(page, link)) or calls[-1])
    raws = [p.read_text(encoding="utf-8") for p in sorted(data.glob("*.txt"))]
    raws.append("\n\n".join(f"第{i}项工作已经按期完成，我们" for i in range(20)) + "\n")  # no wraps shown across the turns
    for raw in raws:
        gated = _alternate(raw)
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(columns, "_reach", lambda page, link: sys.maxsize)
            assert _alternate(raw) == gated
    assert any(r < 3 for r in calls) and any(r >= 3 for r in calls)


ROW_ATOMS = ["課號", "CSIE2010", "學分", "3", "必修", "上課時間", "二", "3-4", "資109", "  ", "   ", " ", "\t", "\n", "\f", "、", "。"]


@SETTINGS
@given(st.lists(st.sampled_from(ROW_ATOMS), max_size=60).map("".join))
@example("課號   CSIE2010 學分   3\n上課地點 資109     修課人數 120\n")
@example("課號\tCSIE2010\t學分\t3\n上課地點\t資109\t修課人數\t120\n")
def test_borderless_table_rows_need_a_tab_or_a_padded_row(raw):  # cells.cut_table_rows' gate
    lines = [ln for ln in split_lines(raw) if ln.sq]
    found = cells._table_rows(raw, lines) if len(lines) >= 2 else None
    if found is not None:
        assert "  " in raw or "\t" in raw
    if "\f" in raw:
        assert cells.cut_table_rows(raw, split_lines(raw))[1] == []


ROLE_ATOMS = ["著", "编", "譯", "印", "撰", "钱华娜", "山河集", " ", "   ", "\u3000", "\t", "\n", "\n\n", "\r\n", "\r", "x", "。"]


@given(st.lists(st.sampled_from(ROLE_ATOMS), max_size=30).map("".join))
@SETTINGS
def test_a_role_alone_on_a_line_is_found_by_the_line_break_led_pattern_as_by_the_plain_one(raw):
    """classify._role_after_names' gate: _ROLE_LINE_NL past the first line, _ROLE_LINE.match on it."""
    fast = classify._ROLE_LINE_NL.search(raw) is not None or classify._ROLE_LINE.match(raw) is not None
    assert fast == (classify._ROLE_LINE.search(raw) is not None)


INDEX_ATOMS = ["?", "◎", "■", "●", "[", "[1]", "①", "⑳", "*", "#", "【", "［", "相关新闻", "热门", "x=1", "f(x)", "a", "=", "(",
               "国家", "。", "：", "】", "[12]", "[https://a.cn/]", "旅行家"]
index_lines = st.lists(st.lists(st.sampled_from(INDEX_ATOMS), min_size=1, max_size=5).map("".join), min_size=1, max_size=8)


@given(index_lines, st.sampled_from([0, 3, 40]))
@SETTINGS
def test_a_line_index_pattern_matches_only_where_a_line_opens_with_one_of_its_first_characters(sqs, max_len):
    """_LineIndex.opens gates _BULLET_START, _LIST_HEAD, _CODE_AT, _NOTE_START and the "[" patterns: where it says no line opens with one
    of a pattern's first characters, the pattern finds no line."""
    lines = [Line([(0, len(sq))], sq) for sq in sqs]
    index = classify._LineIndex(lines, max_len)
    for pattern, firsts in ((classify._BULLET_START, classify._BULLET_FIRSTS), (classify._LIST_HEAD, classify._LIST_HEAD_FIRSTS),
                            (classify._CODE_AT, classify._CODE_FIRSTS), (classify._NOTE_START, classify._NOTE_FIRSTS),
                            (classify._INLINE_LINK_START, classify._BRACKET_FIRST),
                            (classify._LINK_MARK_LINE, classify._BRACKET_FIRST)):
        if index.lines_at(pattern):
            assert index.opens(firsts)
        plain = {m.group()[1:2] for m in pattern.finditer(index.text)}  # the character after each match's break
        assert plain <= firsts


def test_each_web_mark_hint_holds_its_gate():
    assert all(gate in hint for gate, hint in join._WEB_HINT_GATES)



FILL_ATOMS = ["国家高新区", "产业", "发展", "AI", "2025", "，", "。", "！", "x", "“", "”"]


@given(st.lists(st.tuples(st.lists(st.sampled_from(FILL_ATOMS), min_size=1, max_size=8).map("".join),
                          st.sampled_from([17.5, 18.0, 18.5, 19.0, 19.5, 20.0]), st.booleans(), st.sampled_from(["", "debris"])),
                max_size=16), st.sampled_from([18.0, 19.0]))
@SETTINGS
def test_the_lines_filled_exactly_counts_are_those_of_the_plain_test(rows, wrap):
    """join._near_wide reads each near line's ASCII characters off one encoding of them joined; the plain form asks
    _wide_only (a regex) of each line."""
    lines = [Line([(0, len(sq))], sq, width=width, clean=clean, kind=kind, last=join._last(sq)) for sq, width, clean, kind in rows]
    plain = [ln.width for ln in lines if not ln.kind and not ln.level and ln.last not in rules.PARAGRAPH_END
             and wrap - 1.5 <= ln.width <= wrap + 0.5 and join._wide_only(ln)]
    assert join._near_wide(lines, wrap) == plain
