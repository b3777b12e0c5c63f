import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotate.prelabel.windows import merge_windows, plan_windows


@given(st.integers(0, 300), st.integers(1, 64), st.integers(0, 80))
def test_windows_cover_and_keep_ranges_partition(n, size, overlap):
    windows = plan_windows(n, size, overlap)
    kept = [i for w in windows for i in range(w.keep_from, w.keep_to)]
    assert kept == list(range(n))
    for w in windows:
        assert 0 <= w.start <= w.keep_from < w.keep_to <= w.end <= n
        assert len(w) <= size
    for a, b in zip(windows, windows[1:], strict=False):
        assert a.start < b.start and b.start <= a.end  # contiguous, overlapping or touching
    assert merge_windows(windows, [list(range(w.start, w.end)) for w in windows], n) == list(range(n))


def test_overlap_is_cut_in_the_middle():
    a, b = plan_windows(10, 6, 2)
    assert (a.start, a.end, b.start, b.end) == (0, 6, 4, 10)
    assert (a.keep_to, b.keep_from) == (5, 5)


def test_merge_checks_lengths():
    windows = plan_windows(5, 3, 1)
    with pytest.raises(ValueError):
        merge_windows(windows, [[0, 1], [2, 3, 4]], 5)
