"""Sampling curves for drawing: breakpoints hit exactly, jumps left as gaps."""

from __future__ import annotations

import math
from collections.abc import Mapping
from functools import lru_cache

import numpy as np

from .registry import get
from .spec import Activation


def sample_grid(activation: Activation | str, x_min: float, x_max: float, n: int,
                order: int = 0, params: Mapping | None = None):
    """x to draw the ``order``-th derivative at, and x to evaluate it at.

    Returns ``(x, x_eval, gap)``: a uniform grid of ``n`` points with every breakpoint inside
    (x_min, x_max) added. Where the drawn derivative jumps, the breakpoint appears three times:
    evaluated just left of it, as a gap (``gap`` true, drawn as NaN), and just right of it.
    """
    act = get(activation)
    return grid_with(act.breakpoints_at(act.bind(params)), x_min, x_max, n, order)


def grid_with(breakpoints, x_min: float, x_max: float, n: int, order: int = 0):
    """:func:`sample_grid` for the given breakpoints (e.g. those of two curves together)."""
    if not (math.isfinite(x_min) and math.isfinite(x_max) and x_min < x_max):
        raise ValueError(f"x-range [{x_min}, {x_max}] is invalid: need finite MIN < MAX")
    if n < 2:
        raise ValueError(f"n={n} is invalid: need at least 2 points")
    inside = [b for b in breakpoints if x_min < b.x < x_max]
    x = _uniform(x_min, x_max, n)
    if not inside:  # the uniform grid as it is, shared by every curve drawn over it
        return x, x, np.zeros(x.shape, dtype=bool)
    extra = np.array(sorted({b.x for b in inside}), dtype=np.float64)
    x = np.insert(x, np.searchsorted(x, extra), extra)
    x = x[np.concatenate(([True], np.diff(x) > 0))]  # a breakpoint on the grid appears once
    jumps = np.array(sorted({b.x for b in inside if b.order <= order}), dtype=np.float64)
    if jumps.size == 0:
        return x, x, np.zeros(x.shape, dtype=bool)
    at = np.searchsorted(x, jumps)
    x = np.insert(x, np.repeat(at, 2), np.repeat(jumps, 2))
    first = at + 2 * np.arange(jumps.size)  # the three copies sit at first, first+1, first+2
    x_eval = x.copy()
    x_eval[first] = np.nextafter(jumps, -np.inf)
    x_eval[first + 2] = np.nextafter(jumps, np.inf)
    gap = np.zeros(x.shape, dtype=bool)
    gap[first + 1] = True
    return x, x_eval, gap


@lru_cache(maxsize=8)
def _uniform(x_min: float, x_max: float, n: int) -> np.ndarray:
    """``n`` points from x_min to x_max, read-only: every curve sampled over a view shares them."""
    x = np.linspace(x_min, x_max, n)
    x.flags.writeable = False
    return x


def sample(activation: Activation | str, x_min: float, x_max: float, n: int = 1001,
           order: int = 0, params: Mapping | None = None):
    """``(x, y)`` of f (order 0), f' (1) or f'' (2) ready to draw with NaN gaps at jumps."""
    act = get(activation)
    p = act.bind(params)
    x, x_eval, gap = sample_grid(act, x_min, x_max, n, order, p)
    y = act.evaluate(x_eval, order, p)
    y[gap] = np.nan
    return x, y


def sample_band(activation: Activation | str, x_min: float, x_max: float, n: int = 1001,
                order: int = 0, params: Mapping | None = None):
    """``(x, low, high)`` of the entry's band (e.g. RReLU's slopes), or None if it has none."""
    act = get(activation)
    if act.band is None:
        return None
    p = act.bind(params)
    x, x_eval, gap = sample_grid(act, x_min, x_max, n, order, p)
    low, high = act.band(x_eval, order, **p)
    low, high = np.array(low, dtype=np.float64), np.array(high, dtype=np.float64)
    low[gap] = high[gap] = np.nan
    return x, low, high


def clip_to_band(x, y, low: float, high: float):
    """A polyline cut to ``low ≤ y ≤ high``: where a segment crosses a bound, the crossing point is
    inserted; points outside become NaN (gaps). Drawing the result inside the band is exactly
    drawing the original polyline clipped to it, for renderers that do not clip (Qt's SVG)."""
    x, y = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
    x0, x1, y0, y1 = x[:-1], x[1:], y[:-1], y[1:]
    keys, xs, ys = [np.arange(x.size, dtype=np.float64)], [x], []
    with np.errstate(invalid="ignore", over="ignore"):
        inside = (y >= low) & (y <= high)
        for bound in (low, high):
            cross = np.flatnonzero(np.sign(y0 - bound) * np.sign(y1 - bound) < 0)  # no overflow
            t = (bound - y0[cross]) / (y1[cross] - y0[cross])
            keys.append(cross + t)
            xs.append(x0[cross] + t * (x1[cross] - x0[cross]))
            ys.append(np.full(cross.size, bound))
    order = np.argsort(np.concatenate(keys), kind="stable")
    y_all = np.concatenate([np.where(inside, y, np.nan), *ys])
    return np.concatenate(xs)[order], y_all[order]


def simplify_polyline(x, y, tolerance: float, max_level: int = 8) -> np.ndarray:
    r"""Indices of the vertices of the polyline ``(x, y)`` to draw so that it stays within
    ``tolerance`` (vertically, in the units of ``y``: device pixels when drawing) of every sample.

    Samples are grouped in aligned blocks of :math:`L = 2^k` steps, :math:`k \le` ``max_level``.
    A block of evenly spaced, finite samples is drawn as its chord when

    .. math:: \frac{L}{4} \sum_{i=s+1}^{s+L-1} |y_{i-1} - 2 y_i + y_{i+1}| \le \text{tolerance},

    which bounds the chord's distance to each sample in it: the chord's error :math:`e` vanishes at
    the block's ends and has the samples' second differences, and the discrete Green's function
    of the second difference on :math:`L` steps is at most :math:`L/4`. Samples inside such blocks
    are dropped; kinks, jumps (NaN gaps and the repeated x beside them), added breakpoints and
    the ends stay.
    """
    x, y = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
    n = y.size
    keep = np.ones(n, dtype=bool)
    if n < 3:
        return np.flatnonzero(keep)
    with np.errstate(over="ignore", invalid="ignore"):
        d = np.abs(y[:-2] - 2 * y[1:-1] + y[2:])  # at samples 1 .. n-2
        steps = np.diff(x)
        typical = np.partition(steps, steps.size // 2)[steps.size // 2]  # (np.median loads np.ma)
        finite = np.isfinite(y)
        blocked = ((np.abs(steps - typical) > 1e-9 * np.abs(steps).max())
                   | ~finite[:-1] | ~finite[1:])  # steps that no chord may span
        summed = np.concatenate(([0.0], np.cumsum(d)))  # summed[j]: d at samples 1 .. j
        blocks_before = np.concatenate(([0], np.cumsum(blocked)))
        for k in range(1, max_level + 1):
            size = 1 << k
            span = (n - 1) // size * size
            if span == 0:
                break
            ok = ((size / 4 * (summed[size - 1:span:size] - summed[0:span:size]) <= tolerance)
                  & (blocks_before[size:span + 1:size] == blocks_before[0:span:size]))
            if not ok.any():  # a block holding one that failed fails too: its bound is larger
                break
            keep[:span].reshape(-1, size)[:, 1:] &= ~ok[:, None]
    return np.flatnonzero(keep)
