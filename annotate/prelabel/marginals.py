"""Per-character tag probabilities of a linear-chain CRF: forward-backward in log space (pure numpy).

The Viterbi path says *what* the model predicts; the marginals say how sure it is. For a span the
confidence is the lowest marginal probability of its path tags; for a whole paragraph it is the lowest
marginal of the best path over all characters (where the model was least sure, entity or not). These
are what the ML backend sends as region and task ``score``, so that Label Studio can sort the least
certain paragraphs first.

``masks``/``mode`` follow :func:`annotate.prelabel.tagger.viterbi_batch`: ``masks[mode[t]]`` is the boolean
``(tags, tags)`` matrix of moves allowed into character ``t``; ``start_ok`` the tags a text may begin with.

>>> import numpy as np
>>> em = np.log(np.array([[0.5, 0.5], [0.9, 0.1]]))
>>> p = marginals(em, np.zeros((2, 2)), [np.ones((2, 2), bool)], [0, 0], np.array([True, True]))
>>> np.round(p, 3).tolist()
[[0.5, 0.5], [0.9, 0.1]]
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = ["marginals", "path_confidence", "span_confidence"]


def _logsumexp(a: Any, axis: int) -> Any:
    import numpy as np

    top = a.max(axis=axis, keepdims=True)
    top = np.where(np.isfinite(top), top, 0.0)
    with np.errstate(divide="ignore"):  # a state no path reaches has log-probability -inf, on purpose
        return np.squeeze(top, axis=axis) + np.log(np.exp(a - top).sum(axis=axis))


def marginals(emissions: Any, transitions: Any, masks: Sequence[Any], mode: Sequence[int], start_ok: Any) -> Any:
    """``(length, tags)`` probabilities ``P(tag_t = j | text)`` under the CRF and its allowed moves."""
    import numpy as np

    em = np.asarray(emissions, dtype=np.float64)
    n, k = em.shape
    if n == 0:
        return np.zeros((0, k))
    trans = [np.where(m, np.asarray(transitions, dtype=np.float64), -np.inf) for m in masks]
    alpha = np.empty((n, k))
    alpha[0] = np.where(start_ok, em[0], -np.inf)
    for t in range(1, n):
        alpha[t] = _logsumexp(alpha[t - 1][:, None] + trans[mode[t]], axis=0) + em[t]
    beta = np.zeros((n, k))
    for t in range(n - 2, -1, -1):
        beta[t] = _logsumexp(trans[mode[t + 1]] + (em[t + 1] + beta[t + 1])[None, :], axis=1)
    log_z = _logsumexp(alpha[-1], axis=0)
    return np.exp(alpha + beta - log_z)


def path_confidence(probs: Any, path: Sequence[int]) -> float:
    """The lowest marginal probability along ``path`` (1.0 for an empty text)."""
    import numpy as np

    if len(path) == 0:
        return 1.0
    return float(probs[np.arange(len(path)), np.asarray(path)].min())


def span_confidence(probs: Any, path: Sequence[int], start: int, end: int) -> float:
    """The lowest marginal probability of the path's tags over ``[start, end)``."""
    import numpy as np

    idx = np.arange(start, end)
    return float(probs[idx, np.asarray(path)[start:end]].min())
