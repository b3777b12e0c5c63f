import pytest
from hypothesis import given
from hypothesis import strategies as st

import annotate.prelabel as registry
from annotate.errors import UsageError
from annotate.prelabel import get_backend, parse_spec
from annotate.prelabel.merge import MergedBackend, merge
from annotate.spans import Span


def test_identical_spans_become_one_with_both_sources_and_max_score():
    a = [Span(0, 2, "PER", 0.6, "rules")]
    b = [Span(0, 2, "PER", 0.9, "lac")]
    assert merge([a, b]) == [Span(0, 2, "PER")]
    (only,) = merge([a, b])
    assert only.source == "rules+lac" and only.score == 0.9


def test_priority_beats_length_and_longer_wins_within_a_backend():
    high = [Span(3, 5, "LOC", 0.5, "rules")]
    low = [Span(0, 6, "ORG", 0.99, "hf"), Span(7, 9, "PER", 0.4, "hf")]
    assert [s.key for s in merge([high, low])] == [(3, 5, "LOC"), (7, 9, "PER")]
    nested = [Span(0, 2, "LOC", 0.9), Span(0, 4, "ORG", 0.5)]
    assert [s.key for s in merge([nested])] == [(0, 4, "ORG")]


def test_same_range_different_labels_in_one_backend_keeps_the_confident_one():
    spans = [Span(0, 2, "LOC", 0.4), Span(0, 2, "ORG", 0.8)]
    assert [s.label for s in merge([spans])] == ["ORG"]


SPANS = st.lists(st.builds(lambda s, n, lab, sc: Span(s, s + n, lab, sc),
                           st.integers(0, 20), st.integers(1, 6), st.sampled_from(["PER", "LOC", "DATE"]),
                           st.none() | st.floats(0, 1)), max_size=8)


@given(st.lists(SPANS, min_size=1, max_size=3))
def test_merge_output_is_sorted_unique_non_overlapping_and_from_the_input(lists):
    out = merge(lists)
    assert out == sorted(out)
    assert len({s.key for s in out}) == len(out)
    assert all(not a.overlaps(b) for i, a in enumerate(out) for b in out[i + 1:])
    assert {s.key for s in out} <= {s.key for spans in lists for s in spans}
    # the top-priority list's longest span always survives
    if lists[0]:
        top = min(lists[0], key=lambda s: (-len(s), -(s.score or 0.0), s.start, s.label))
        assert top.key in {s.key for s in out}


class Fake:
    def __init__(self, *, label="PER", model=None):
        self.name, self.label, self.model = "fake" + label, label, model
        self.model_version = f"fake:{model}"

    def predict(self, texts):
        return [[Span(0, len(t), self.label, 0.5, self.name)] if t else [] for t in texts]


def test_registry_combines_and_routes_options(monkeypatch):
    monkeypatch.setitem(registry.REGISTRY, "fake", "tests.annotate.test_merge:Fake")
    monkeypatch.setitem(registry.REGISTRY, "other", "tests.annotate.test_merge:Fake")
    single = get_backend("fake", model="m")
    assert single.model_version == "fake:m"
    both = get_backend("fake+other", model="m")
    assert isinstance(both, MergedBackend) and both.model_version == "fake:m+fake:m"
    assert both.predict(["ab", ""]) == [[Span(0, 2, "PER")], []]
    with pytest.raises(UsageError, match="option colour"):
        get_backend("fake", colour="red")


def test_parse_spec_errors():
    assert parse_spec("rules, lac") == ["rules", "lac"]
    with pytest.raises(UsageError, match="unknown backend nope"):
        parse_spec("rules+nope")
    with pytest.raises(UsageError, match="twice"):
        parse_spec("rules+rules")


# -- issue 8, defect 8: the merge is linear, not quadratic -------------------------------------------------

def _naive_merge(span_lists):
    """The definition, checked pairwise (quadratic): the reference the sweep must equal."""
    from annotate.prelabel import merge as m

    keyed = {}
    for rank, spans in enumerate(span_lists):
        for span in spans:
            first_rank, best = keyed.setdefault(span.key, (rank, span))
            if (span.score or 0.0) > (best.score or 0.0):  # rule 1: duplicates keep the highest score
                keyed[span.key] = (first_rank, span)
    taken = []
    for _rank, span in sorted(keyed.values(), key=lambda it: (it[0], -len(it[1]), -(it[1].score or 0.0),
                                                              it[1].start, it[1].label)):
        if not any(span.overlaps(o) for o in taken):
            taken.append(span)
    assert m  # imported for the monkeypatch-free reference
    return sorted((s.start, s.end, s.label) for s in taken)


_SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 8), st.sampled_from(["PER", "LOC", "ORG"]),
                            st.sampled_from([None, 0.3, 0.9])), max_size=40)


@given(st.lists(_SPANS, min_size=1, max_size=3))
def test_merge_equals_the_pairwise_definition(raw):
    lists = [[Span(s, s + n, lab, score=sc) for s, n, lab, sc in spans] for spans in raw]
    assert [(s.start, s.end, s.label) for s in merge(lists)] == _naive_merge(lists)


def test_merge_does_not_compare_every_pair(monkeypatch):
    calls = {"n": 0}
    original = Span.overlaps

    def counting(self, other):
        calls["n"] += 1
        return original(self, other)

    monkeypatch.setattr(Span, "overlaps", counting)
    n = 3000
    spans = [Span(3 * i, 3 * i + 2, "PER") for i in range(n)]
    merge([spans, [Span(3 * i + 1, 3 * i + 3, "LOC") for i in range(n)]])
    assert calls["n"] <= 4 * n  # pairwise checking makes millions of calls here
