"""Session 20's text-route speed-ups (spdt20) give the answers of the code they replace.

``join.straddles``' word gate walks only the ends of the left side that are keys of jieba's dictionary (kept per
string: a line's end is asked of every line near it on a page read in columns), and ``columns._alternate_page``
asks ``_linked`` of its lines through ``columns._links``, each line's facts read once for the page. Each is checked against the plain code, written out
(hypothesis, and hand-made cases).
"""

import jieba
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from annotate.segment import columns, join
from annotate.segment.lines import split_lines

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# words, prefixes of words that are no word (frequency 0), ASCII, punctuation, a hanzi past jieba's han class
ATOMS = ["国家", "高新区", "产业", "发展", "中关村", "科技", "创新", "大", "学", "生", "毕业", "毕业生", "态", "生态", "一流",
         "共育", "流产", "业", "同比", "增长", "。", "，", "1", "AI", "a", "的", " ", "\u9fe0", "中华人民", "共和国"]
SIDE = st.lists(st.sampled_from(ATOMS), min_size=1, max_size=5).map("".join)


def _plain_word_across(a, b, freq):
    """join._word_across as session 19 wrote it: every start of ``a`` tried."""
    n = len(b)
    for i in range(len(a)):
        frag = a[i:] + b[0]
        j = 1
        while frag in freq:
            if freq[frag]:
                return True
            if j == n:
                break
            frag += b[j]
            j += 1
    return False


@SETTINGS
@given(SIDE, SIDE)
@example("共育一流产", "业生态")  # "产业" across the break
@example("中华人民", "共")  # "中华人民共": a prefix of a word only (frequency 0)
def test_the_word_gate_from_the_ends_that_are_keys_is_the_gate_from_every_end(left, right):  # join._word_from
    freq = join.dictionary()
    a, b = left[-6:], right[:6]
    assert join._word_from(join._word_starts(a), b, freq) == _plain_word_across(a, b, freq)
    assert join._word_across(a, b, freq) == _plain_word_across(a, b, freq)
    assert all(a.endswith(end) and end in freq for end in join._word_starts(a))


def test_a_word_added_to_the_dictionary_drops_the_kept_ends(monkeypatch):  # join.dictionary
    freq = join.dictionary()
    word = "\u9fe0\u9fe1"  # (no key of jieba's dictionary: past its han class)
    assert word not in freq and "\u9fe0" not in freq
    assert join._word_starts("国\u9fe0") == ()
    monkeypatch.setitem(freq, "\u9fe0", 0)  # what jieba's add_word does: the word and each prefix a key
    monkeypatch.setitem(freq, word, 5)
    assert join.dictionary() is freq
    assert join._word_starts("国\u9fe0") == ("\u9fe0",)
    assert join._word_from(join._word_starts("国\u9fe0"), "\u9fe1", freq)


def test_the_page_links_ask_jiebas_route_once_and_only_across_a_word(monkeypatch):  # columns._links
    # "共育一流产" / "" / "业生态": "产业" runs across the break; "毕业" / "" / "国家" has no word across it
    page = split_lines("共育一流产\n\n业生态\n毕业\n\n国家\n")
    asked = []
    route = join._route_across
    monkeypatch.setattr(columns, "_route_across", lambda text, cut: asked.append(text) or route(text, cut))
    link = columns._links(page)
    assert columns._reach(page, link) == 1
    for _ in range(2):
        assert [(a, b) for a in range(4) for b in range(4) if a != b and link(a, b)] == [(0, 1)]
    assert asked == ["共育一流产业生态", "国家业生态"]  # (once a pair, where a word runs across: "家业"; not "毕业" / "国家")


HANZI_WORDS = ["国家", "高新区", "产业", "发展", "的", "工作", "经济", "生", "态", "共育", "一流", "产业生态", "服务", "消费"]


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(["", "，", "a"]), st.lists(st.sampled_from(HANZI_WORDS), max_size=4).map("".join),
                          st.sampled_from(["", "，", "。", "a"]), st.booleans()), min_size=1, max_size=40))
def test_the_reach_through_the_page_links_is_the_reach_that_asks_every_line_near(rows):  # columns._reach, _links
    raw = "".join(a + b + c + ("\n\n" if blank else "\n") for a, b, c, blank in rows)
    page = split_lines(raw)

    def link(a, b):
        return columns._linked(page[a], page[b])

    plain = sum(any(link(a, x) for a in range(max(0, x - columns._ALT_REACH - 1), x))
                for x in range(1, len(page)) if page[x].gap)
    assert columns._reach(page, columns._links(page)) == plain


def test_jieba_is_the_dictionary_straddles_reads():  # join.dictionary
    jieba.dt.check_initialized()
    assert join.dictionary() is jieba.dt.FREQ
    assert join.straddles("共育一流产", "业生态") is True
    assert join.straddles("毕业", "国家") is False


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(["", "，", "a", "”"]), st.lists(st.sampled_from(HANZI_WORDS), max_size=4).map("".join),
                          st.sampled_from(["", "，", "。", "a"]), st.booleans()), min_size=1, max_size=24))
@example([("", "共育一流产", "", True), ("", "业生态", "", False), ("，", "国家", "", True), ("", "毕业", "。", True)])
def test_the_page_links_are_linked_line_by_line(rows):  # columns._links
    raw = "".join(a + b + c + ("\n\n" if blank else "\n") for a, b, c, blank in rows)
    page = split_lines(raw)
    link = columns._links(page)
    pairs = [(a, b) for b in range(len(page)) for a in range(-1, len(page))]
    for a, b in pairs + pairs:  # (twice: the second time from what the first kept)
        assert link(a, b) == (a >= 0 and columns._linked(page[a], page[b]))
