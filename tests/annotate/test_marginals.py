"""Forward-backward marginals against brute force over every tag path."""

from __future__ import annotations

import itertools

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from annotate.prelabel.marginals import marginals, path_confidence, span_confidence


def brute(em, trans, masks, mode, start_ok):
    n, k = em.shape
    probs = np.zeros((n, k))
    total = 0.0
    for path in itertools.product(range(k), repeat=n):
        if not start_ok[path[0]] or any(not masks[mode[t]][path[t - 1], path[t]] for t in range(1, n)):
            continue
        w = np.exp(sum(em[t, path[t]] for t in range(n)) + sum(trans[path[t - 1], path[t]] for t in range(1, n)))
        total += w
        for t in range(n):
            probs[t, path[t]] += w
    return probs / total


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 5), st.integers(2, 3), st.integers(0, 2**31 - 1))
def test_marginals_equal_brute_force(n, k, seed):
    rng = np.random.default_rng(seed)
    em, trans = rng.normal(size=(n, k)), rng.normal(size=(k, k))
    masks = [np.ones((k, k), bool), rng.random((k, k)) > 0.3]
    masks[1][:, 0] = True  # tag 0 (O) is always reachable, so some path exists
    mode = [0] + [int(m) for m in rng.integers(0, 2, size=n - 1)]
    start_ok = np.array([True] + [bool(b) for b in rng.random(k - 1) > 0.5])
    got = marginals(em, trans, masks, mode, start_ok)
    assert np.allclose(got, brute(em, trans, masks, mode, start_ok), atol=1e-9)
    assert np.allclose(got.sum(axis=1), 1.0)


def test_confidences_are_the_least_sure_character():
    probs = np.array([[0.9, 0.1], [0.3, 0.7], [0.6, 0.4]])
    assert path_confidence(probs, [0, 1, 0]) == 0.6
    assert span_confidence(probs, [0, 1, 0], 1, 2) == 0.7
    assert path_confidence(probs[:0], []) == 1.0


def test_scored_tagger_predictions_are_the_plain_ones_with_calibrated_scores():
    from annotate.prelabel import get_backend

    texts = ["国务院总理李强在北京会见了德国总理朔尔茨。", "", "2023年华为在深圳的营收增长9.6%。", "中華民國總統府位於臺北市。"]
    backend = get_backend("rules+tagger")
    plain = backend.predict(texts)
    scored = backend.predict_scored(texts)
    assert [[s.key for s in spans] for spans, _ in scored] == [[s.key for s in spans] for spans in plain]
    for spans, confidence in scored:
        assert confidence is not None and 0.0 < confidence <= 1.0
        assert all(s.score is not None and 0.0 < s.score <= 1.0 for s in spans if s.source == "tagger")
