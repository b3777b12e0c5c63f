"""The HTML reader's speed-ups give the answers of the plain rules they shortcut (readers/html.py,
readers/sitefurn.py, readers/article.py), on hypothesis-generated text and markup."""

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from annotate.segment import rules
from annotate.segment.readers import html

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# the words of rules.DISCLAIMER's branches, cut in pieces, and other text
_DISCLAIMER_ATOMS = ["平台", "特别", "免责", "免責", "版权", "版權", "郑重", "重要", "本站", "声", "聲", "明", "声明", "聲明",
                     "：", ":", "如有", "侵", "权", "權", "删除", "刪除", "联系", "聯繫", "必究", "条款", "條款", "免", "责",
                     "。", "本文", "甲", " ", "\n"]


@SETTINGS
@example("paragraph", "免责：本站内容仅供参考")
@example("meta", "免責條款：")
@example("paragraph", "如有侵权请联系删除")
@example("paragraph", "侵權必究")
@example("meta", "版權聲明：本文為原創")
@given(st.sampled_from(["paragraph", "meta", "byline"]),
       st.lists(st.sampled_from(_DISCLAIMER_ATOMS), max_size=30).map("".join))
def test_the_disclaimer_gate_changes_no_answer(kind, text):
    plain = kind in ("paragraph", "meta") and len(text) <= 120 and rules.DISCLAIMER.search(text) is not None
    assert html._disclaimer(kind, text) == plain


def _plain_innermost(paths, among):
    found = {}
    for i, path in enumerate(paths):
        for element in reversed(path):
            if element in among:
                found.setdefault(element, []).append(i)
                break
    return found


@SETTINGS
@given(st.lists(st.lists(st.integers(0, 12), max_size=6).map(lambda p: tuple(sorted(set(p)))), max_size=12),
       st.sets(st.integers(0, 12)))
def test_units_under_their_innermost_element_are_the_plain_loops(paths, among):
    assert html._innermost(paths, among) == _plain_innermost(paths, among)
