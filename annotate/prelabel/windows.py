"""Overlapping windows over a long token sequence, and merging their per-token predictions.

Pure code. A paragraph of ``n`` tokens is cut into windows of at most ``size`` tokens that
overlap by ``overlap`` tokens. Each token's prediction is taken from exactly one window: the
one in which it sits furthest from an edge (the overlap is cut at its middle), so every token
gets the most context available and no token is predicted twice. Spans are decoded once, on the
merged sequence, so an entity that crosses a window edge is neither lost nor duplicated.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["Window", "plan_windows", "merge_windows"]


@dataclass(frozen=True)
class Window:
    start: int  # token index where the window begins
    end: int  # one past its last token
    keep_from: int  # this window supplies tokens [keep_from, keep_to)
    keep_to: int

    def __len__(self) -> int:
        return self.end - self.start


def plan_windows(n: int, size: int, overlap: int) -> list[Window]:
    """Windows covering ``range(n)``; ``keep`` ranges partition it exactly."""
    if size < 1:
        raise ValueError(f"window size must be >= 1, got {size}")
    overlap = max(0, min(overlap, size - 1))
    if n == 0:
        return []
    step = size - overlap
    bounds = [(0, min(size, n))]
    while bounds[-1][1] < n:
        start = bounds[-1][0] + step
        bounds.append((start, min(start + size, n)))
    windows = []
    for k, (start, end) in enumerate(bounds):
        keep_from = 0 if k == 0 else (start + bounds[k - 1][1]) // 2
        keep_to = n if k == len(bounds) - 1 else (bounds[k + 1][0] + end) // 2
        windows.append(Window(start, end, keep_from, keep_to))
    return windows


def merge_windows(windows: Sequence[Window], outputs: Sequence[Sequence], n: int) -> list:
    """Concatenate each window's kept slice; ``outputs[k][i]`` is token ``windows[k].start + i``."""
    merged: list = []
    for window, out in zip(windows, outputs, strict=True):
        if len(out) != len(window):
            raise ValueError(f"window {window} got {len(out)} outputs")
        merged.extend(out[window.keep_from - window.start: window.keep_to - window.start])
    if len(merged) != n:
        raise ValueError(f"merged {len(merged)} tokens, expected {n}")
    return merged
