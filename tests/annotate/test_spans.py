import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotate.spans import Span, spans_to_tags, tags_to_spans


def test_adjacent_same_type_stay_separate():
    assert tags_to_spans(["B-PER", "I-PER", "B-PER", "I-PER"]) == [Span(0, 2, "PER"), Span(2, 4, "PER")]
    assert tags_to_spans(["S-PER", "S-PER"], "BIOES") == [Span(0, 1, "PER"), Span(1, 2, "PER")]
    assert tags_to_spans(["B-LOC", "M-LOC", "E-LOC", "B-LOC", "E-LOC"], "BMES") == [
        Span(0, 3, "LOC"), Span(3, 5, "LOC")]


def test_strict_drops_orphan_inside_tags():
    assert tags_to_spans(["O", "I-PER", "I-PER"], strict=True) == []
    assert tags_to_spans(["O", "I-PER", "I-PER"]) == [Span(1, 3, "PER")]


@pytest.mark.parametrize("scheme", ["BIO", "BIOES", "BMES", "BILOU"])
@given(st.lists(st.tuples(st.integers(1, 4), st.integers(0, 3), st.sampled_from(["PER", "LOC"])), max_size=8))
def test_tags_round_trip(scheme, pieces):
    spans, pos = [], 0
    for length, gap, label in pieces:
        pos += gap
        spans.append(Span(pos, pos + length, label))
        pos += length
    length = pos + 2
    assert tags_to_spans(spans_to_tags(spans, length, scheme), scheme) == spans
