"""spdh20: the HTML reader's sibling heads (readers/html._sibling_heads) test the markup before the line rules; the
same heads as the plain order of the tests, on hypothesis-generated pages, and on a page by hand."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from segment_samples import HTML_PROSE, native_html_units

from annotate.segment import rules
from annotate.segment.readers import html
from annotate.segment.readers.common import standalone_kind

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _plain_sibling_heads(kinds, texts, paths, elements, first, last):
    """The rule as written before spdh20: the line rules (standalone_kind) before the markup's look-ups."""
    keys = {html._head_key(paths[i], elements) for i in range(first, last) if kinds[i] == "heading" and paths[i]
            and elements[paths[i][-1]][0] in html.sitefurn.HEAD_TAGS}
    if not keys:
        return set()
    return {i for i in range(last + 1, len(kinds) - 1) if kinds[i] in ("heading", "debris") and paths[i] and paths[i + 1]
            and paths[i - 1] != paths[i]
            and len(texts[i]) <= html._HEAD_TEXT and not rules.SENTENCE_END_RE.search(texts[i])
            and not rules.REFERENCE_HEAD.fullmatch(texts[i]) and standalone_kind(texts[i]) != "debris"
            and html._head_key(paths[i], elements) in keys and elements[paths[i + 1][-1]][0] == "li"}


# elements 0-9: a few tags, two classes; a unit's path is a chain of them from the root
_TAGS = ["div", "h2", "h3", "li", "ul", "p"]
_ELEMENTS = st.lists(st.tuples(st.sampled_from(_TAGS), st.sampled_from(["", 'class="a"', 'class="b"'])), min_size=10, max_size=10)
_TEXTS = ["參見", "相关新闻", "附件", "目录", "参考文献", "外部链接", "作者：王某", "2023-05-01", "第一节", "更多。", HTML_PROSE]


@SETTINGS
@given(_ELEMENTS,
       st.lists(st.tuples(st.sampled_from(["heading", "debris", "paragraph", "meta"]), st.sampled_from(_TEXTS),
                          st.lists(st.integers(0, 9), min_size=0, max_size=3).map(tuple)), min_size=2, max_size=12),
       st.integers(0, 4), st.integers(0, 6))
def test_the_sibling_heads_are_the_plain_orders(elements, units, first, last):
    elements = dict(enumerate(elements))
    kinds = [k for k, _, _ in units]
    texts = [t for _, t, _ in units]
    paths = [p for _, _, p in units]
    first, last = min(first, len(units) - 1), min(last, len(units) - 1)
    assert html._sibling_heads(kinds, texts, paths, elements, first, last) == \
        _plain_sibling_heads(kinds, texts, paths, elements, first, last)


def test_a_wiki_articles_last_section_head_stays_over_its_links():
    body = (f"<h1>清溪县</h1><div><h2>历史</h2><p>{HTML_PROSE}</p><h2>地理</h2><p>{HTML_PROSE}</p>"
            "<h2>參見</h2><ul><li><a href='/a'>清溪河</a></li><li><a href='/b'>南山</a></li></ul></div>")
    units = native_html_units(body)
    assert ("heading", "參見") in units
    assert ("debris", "清溪河") in units and ("debris", "南山") in units
