"""Session 19's text-route speed-ups (spdt19) give the answers of the code they replace.

``join.straddles`` asks jieba for its best route only where a word of the dictionary (a frequency above 0) runs
across the break, and reads the route off ``get_DAG``/``calc`` for the one block that holds the break instead of
tokenizing the whole string with ``lcut``; ``join._wrap_width`` counts each line's wide punctuation once for its two
squeezed measures. Each is checked here against the plain code, written out (hypothesis, and hand-made cases).
"""

import jieba
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from annotate.segment import join
from annotate.segment.lines import split_lines

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# words, prefixes of words that are no word (frequency 0), ASCII, punctuation, a space, a hanzi past jieba's
# han class (U+9FD6..U+9FFF: a token of its own there, but a hanzi to straddles' test)
ATOMS = ["国家", "高新区", "产业", "发展", "中关村", "科技", "创新", "大", "学", "生", "毕业", "毕业生", "态", "生态", "一流",
         "共育", "流产", "业", "同比", "增长", "消费", "零售", "总额", "。", "，", "1", "AI", "a", "的", "了", " ", "-",
         "\u9fe0", "鬱", "臺灣", "中华人民", "共和国"]


def _lcut_straddles(left: str, right: str) -> bool:
    """join.straddles as session 18 left it: any dictionary key across the break, then jieba's tokens."""
    if not (left and right and "\u4e00" <= left[-1] <= "\u9fff" and "\u4e00" <= right[0] <= "\u9fff"):
        return False
    jieba.setLogLevel(60)
    jieba.dt.check_initialized()
    a, b = left[-6:], right[:6]
    if not any(a[i:] + b[0] in jieba.dt.FREQ for i in range(len(a))):
        return False
    pos = 0
    for token in jieba.lcut(a + b, HMM=False):
        end = pos + len(token)
        if pos < len(a) < end:
            return not token.isascii()
        pos = end
    return False


def _lcut_across(text: str, cut: int) -> bool:
    pos = 0
    for token in jieba.lcut(text, HMM=False):
        end = pos + len(token)
        if pos < cut < end:
            return True
        pos = end
    return False


SIDE = st.lists(st.sampled_from(ATOMS), min_size=1, max_size=5).map("".join)


@SETTINGS
@given(SIDE, SIDE)
@example("共育一流产", "业生态")  # a word across the break ("产业")
@example("中华人", "民共和国")  # a word across it that the route takes ("中华人民共和国")
@example("毕业", "生态")  # a break the gate lets through, whatever the route takes there
@example("高\u9fe0", "新区")  # a hanzi outside jieba's han blocks ends the text before the break: no token across
def test_straddles_gated_by_words_and_read_off_the_route_is_the_lcut_answer(left, right):  # join.straddles
    assert join.straddles(left, right) == _lcut_straddles(left, right)


@SETTINGS
@given(SIDE, SIDE)
def test_the_route_across_a_cut_between_hanzi_is_lcuts(left, right):  # join._route_across, no gate before it
    a, b = left[-6:], right[:6]
    if not ("\u4e00" <= a[-1] <= "\u9fff" and "\u4e00" <= b[0] <= "\u9fff"):
        return
    join.straddles("国", "家")  # (loads jieba into join)
    assert join._route_across(a + b, len(a)) == _lcut_across(a + b, len(a))


@SETTINGS
@given(SIDE, SIDE)
def test_a_token_across_the_break_needs_a_word_across_it(left, right):  # join._word_across: a necessary condition
    a, b = left[-6:], right[:6]
    if not ("\u4e00" <= a[-1] <= "\u9fff" and "\u4e00" <= b[0] <= "\u9fff"):
        return
    words = any(jieba.dt.FREQ.get(a[i:] + b[:j], 0) > 0 for i in range(len(a)) for j in range(1, len(b) + 1))
    assert join._word_across(a, b, jieba.dt.FREQ) == words
    if _lcut_across(a + b, len(a)):
        assert words


def test_a_break_with_only_a_prefix_across_it_asks_no_route(monkeypatch):
    """A break whose only dictionary keys across it are prefixes of words (keys of frequency 0: "中华人民共", a prefix
    of "中华人民共和国") passed session 18's gate and cost an ``lcut``; now it never reaches the route."""
    join.straddles("国", "家")
    asked = []
    route = join._route_across
    monkeypatch.setattr(join, "_route_across", lambda text, cut: asked.append(text) or route(text, cut))
    freq = jieba.dt.FREQ
    prefixes = [k for k in ("中华人民共", "中华人民共和") if k in freq and not freq[k]]
    assert prefixes  # (jieba's dictionary holds the prefixes of "中华人民共和国" as keys of frequency 0)
    assert join.straddles("中华人民", "共") is False  # "中华人民共" is only a prefix; "民共" no key
    assert asked == []
    assert join.straddles("共育一流产", "业生态") is True
    assert asked == ["共育一流产业生态"]


def _plain_squeezed(lines, columns):
    """join._squeezed_punctuation as session 18 wrote it."""
    sqs = [ln.sq for ln in lines]
    return [c - 0.5 * (len(sq) - len(sq.translate(join._NO_PUNCTUATION))) for c, sq in zip(columns, sqs, strict=True)]


@SETTINGS
@given(st.lists(st.lists(st.sampled_from(["字", "，", "。", "（", "）", "a", " ", "《", "》", "、"]), min_size=1, max_size=30)
                .map("".join).filter(str.strip), min_size=1, max_size=12))
def test_punctuation_counted_once_squeezes_the_measures_as_before(rows):  # join._squeezed_punctuation
    lines = split_lines("\n".join(rows))
    columns = [float(k) + 0.5 for k in range(len(lines))]
    marks = join._wide_marks(lines)
    assert join._squeezed_punctuation(lines, columns, marks) == _plain_squeezed(lines, columns)
    assert join._squeezed_punctuation(lines, columns) == _plain_squeezed(lines, columns)


def _plain_dominant(widths, body, closed, shared=frozenset()):
    """join._dominant as session 18 left it: the doubled widths' Counter indexed (``__missing__`` for a width no line
    has) and the whole widths counted with ``+=``."""
    import collections
    import itertools
    import operator

    halves = collections.Counter(map(int, map(operator.mul, widths, itertools.repeat(2.0))))
    counts = collections.Counter()
    for half, n in halves.items():
        if half >= 16:
            counts[half // 2] += n
    if not counts:
        return 0, 0
    width = counts.most_common(1)[0][0]
    near = sum(map(halves.__getitem__, range(2 * width - 6, 2 * width + 5)))
    tight = sum(map(halves.__getitem__, range(2 * width - 2, 2 * width + 4)))
    if width < 10 or near < 0.5 * len(body) or tight < 0.35 * len(body):
        return 0, 0
    wider = [i for i in itertools.compress(range(len(widths)), map(float(width + 2).__lt__, widths))
             if int(widths[i]) not in shared] if len(body) - near > 0.1 * len(body) else []
    if sum(len(body[i].sq) + 3 > join._span(body[i]) for i in wider) > 0.1 * len(body):
        return 0, 0
    ends = collections.Counter(map(int, map(operator.mul, itertools.compress(widths, closed), itertools.repeat(2.0))))
    open_ends = near - sum(map(ends.__getitem__, range(2 * width - 6, 2 * width + 5)))
    return (float(width), tight) if open_ends >= 0.5 * near else (0, 0)


@SETTINGS
@given(st.lists(st.tuples(st.integers(0, 60), st.booleans(), st.integers(0, 3)), min_size=1, max_size=40),
       st.frozensets(st.integers(8, 30), max_size=3))
@example([(40, False, 0)] * 8 + [(41, True, 0)] * 2, frozenset())  # (a wrap at 20 units)
def test_the_dominant_width_counted_with_get_is_the_counter_indexed(rows, shared):  # join._dominant, _whole_widths
    raw = "\n".join("字" * (1 + w // 2) + ("。" if end else "") for w, end, _ in rows)
    body = split_lines(raw)
    widths = [w / 2 + 0.5 * extra for w, _, extra in rows]
    closed = [end for _, end, _ in rows]
    assert join._dominant(widths, body, closed, shared) == _plain_dominant(widths, body, closed, shared)


def _plain_local_widths(ints):
    """The window of join._block_widths as session 18 left it (``counts[w] += 1``)."""
    import collections

    n, reach = len(ints), join._BLOCK_REACH
    local = []
    counts = collections.Counter(ints[:reach])
    for i in range(n):
        if i + reach < n:
            counts[ints[i + reach]] += 1
        if i - reach > 0:
            counts[ints[i - reach - 1]] -= 1
        best, seen = -1, 0
        for w, c in counts.items():
            if w > 0 and c > seen:
                best, seen = w, c
        local.append(best)
    return local


@SETTINGS
@given(st.lists(st.sampled_from([-1, 8, 9, 12, 17, 23, 29, 30]), max_size=60))
def test_the_local_widths_counted_with_get_are_the_counter_incremented(ints):  # join._local_widths
    assert join._local_widths(ints) == _plain_local_widths(ints)
