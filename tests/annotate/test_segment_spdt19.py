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

