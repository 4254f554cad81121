r"""Precise differences between two curves: the largest absolute and relative difference of f, f'
and f'' over an x-range, and where it occurs.

A *curve* is anything with ``evaluate(x, order)`` (f, f', f'' for order 0, 1, 2, vectorised over
float64 arrays), ``breakpoints`` (a tuple of :class:`~actgui.core.spec.Breakpoint`) and
``label``, as the session's :class:`~actgui.core.session.Curve` has.

Definitions, for a reference curve a and a curve b, both evaluated in float64:

* the difference of order k is :math:`\Delta_k(x) = b^{(k)}(x) - a^{(k)}(x)`;
* the relative difference is

  .. math:: \rho_k(x) = \frac{|\Delta_k(x)|}{\max\bigl(|a^{(k)}(x)|,\ \tau\bigr)},
     \qquad \tau = 2.2250738585072014 \times 10^{-308}

  (τ the smallest normal float64, so ρ is finite, and huge, where a^{(k)} = 0 and b^{(k)} is not;
  it overflows to inf where |Δ_k| > 4). Where a^{(k)} is ±inf and b^{(k)} finite, ρ_k is its
  limit 1;
* the maxima are suprema over the closed range :math:`[x_\min, x_\max]`. Where either curve jumps
  at a breakpoint :math:`x_b`, the one-sided limits count as values the difference approaches:
  they are taken at ``nextafter(x_b, ∓inf)``, and the value at :math:`x_b` itself is the
  catalog's convention value;
* an x where Δ_k is NaN (either value NaN, or both the same infinity) is left out of the maximum;
  an infinite value (e^x beyond x ≈ 709.78) is reported as inf, at the first x where it occurs;
* the location is the x where the maximum occurs, the first one if several; for a one-sided limit
  it is the breakpoint's x. A maximum over no x at all (NaN everywhere) is NaN at x = NaN.

The maximum is located on a grid of :data:`GRID` points plus every breakpoint of either curve in
the range with its one-sided neighbours, then refined by golden-section search in the grid cells
beside the highest grid maxima. Breakpoints are grid points, so no cell has one inside and no
search crosses one.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Protocol

import numpy as np

from .sampling import grid_with
from .session import PANES
from .spec import Breakpoint

TINY = float(np.finfo(np.float64).tiny)  # 2.2250738585072014e-308
GRID = 20001  # uniform grid points before breakpoints are added
PEAKS = 4  # grid maxima refined per quantity
_GOLDEN = (math.sqrt(5.0) - 1.0) / 2.0
_X_TOL = 1e-15  # golden section stops when a cell is narrower than this times its |x|
_MAX_STEPS = 100


class CurveLike(Protocol):
    """What a curve needs to be compared: a label, its breakpoints and its values."""

    label: str

    @property
    def breakpoints(self) -> tuple[Breakpoint, ...]: ...

    def evaluate(self, x: np.ndarray, order: int) -> np.ndarray: ...


class Remembered:
    """``curve`` remembering its values at the points it was last evaluated at, per order: the
    reference of a difference view, evaluated again at the same points at each step of another
    curve's parameter, is then evaluated once. The returned arrays are shared: do not write to
    them."""

    def __init__(self, curve: CurveLike):
        self.curve, self.label, self.breakpoints = curve, curve.label, curve.breakpoints
        self._last: dict[int, tuple[np.ndarray, np.ndarray]] = {}

    def evaluate(self, x: np.ndarray, order: int) -> np.ndarray:
        last = self._last.get(order)
        if last is None or not np.array_equal(last[0], x):
            last = self._last[order] = (np.array(x, dtype=np.float64), self.curve.evaluate(x, order))
        return last[1]


@dataclass(frozen=True)
class Difference:
    """The largest |Δ_k| and ρ_k of ``b_label`` against the reference ``a_label`` and their x;
    ``order`` is k (0, 1, 2). ``pole`` is true where ρ_k's maximum is at a zero of the reference
    (|a^{(k)}| there at most 2⁻⁴⁰ of its largest value over the range): ρ_k is unbounded near
    it, and the number only says how close to the zero the search came."""

    a_label: str
    b_label: str
    order: int
    max_abs: float
    x_abs: float
    max_rel: float
    x_rel: float
    pole: bool = False


def difference(a: CurveLike, b: CurveLike, x, order: int = 0, relative: bool = False) -> np.ndarray:
    """Δ_k (or ρ_k with ``relative``) at ``x``, e.g. to draw a difference curve."""
    _check_order(order)
    delta, rel = _delta(a, b, np.asarray(x, dtype=np.float64), order)
    return rel if relative else delta


def sample_difference(a: CurveLike, b: CurveLike, x_min: float, x_max: float, n: int,
                      order: int = 0, relative: bool = False):
    """``(x, y)`` of Δ_k (or ρ_k) ready to draw: ``n`` points and the breakpoints of both curves,
    with a NaN gap where either's k-th derivative jumps (as :func:`~actgui.core.sampling.sample`)."""
    _check_order(order)
    x, x_eval, gap = grid_with((*a.breakpoints, *b.breakpoints), x_min, x_max, n, order)
    y = difference(a, b, x_eval, order, relative)
    y[gap] = np.nan
    return x, y


def max_difference(a: CurveLike, b: CurveLike, x_range: Sequence[float], order: int = 0) -> Difference:
    """The largest |Δ_k| and ρ_k of ``b`` against ``a`` over the closed ``x_range``, and where."""
    x_min, x_max = _check_range(x_range)
    _check_order(order)
    x, at = _grid(a, b, x_min, x_max)
    remembered = Remembered(a)  # its values on the grid serve the pole's test below too
    delta, rel = _delta(remembered, b, x, order)
    ya = remembered.evaluate(x, order)
    scale = float(np.max(np.abs(ya[np.isfinite(ya)]), initial=0.0))
    values = [np.where(np.isnan(v), -np.inf, v) for v in (np.abs(delta), rel)]
    cells = [_cells_beside_peaks(x, v) for v in values]
    is_rel = np.repeat([False, True], [lo.size for lo, _ in cells])
    lo, hi = (np.concatenate(ends) for ends in zip(*cells, strict=True))
    best_v, best_x = _golden_max(a, b, order, lo, hi, is_rel)
    (v_abs, x_abs), (v_rel, x_rel) = (_better(v, at, best_v[cells], best_x[cells])
                                      for v, cells in zip(values, (~is_rel, is_rel), strict=True))
    at_rel = float(np.asarray(a.evaluate(np.array([x_rel]), order), dtype=np.float64)[0])
    pole = bool(math.isfinite(x_rel) and abs(at_rel) <= 2.0**-40 * scale)
    return Difference(a.label, b.label, order, v_abs, x_abs, v_rel, x_rel, pole)


def compare(curves: Sequence[CurveLike], x_range: Sequence[float],
            orders: Sequence[int] = (0, 1, 2), labels: Sequence[str] | None = None) -> list[Difference]:
    """Each curve after the first against the first, for each order: curve by curve, then by
    order; named by ``labels`` (e.g. a session's, unique) instead of the curves' own labels."""
    if len(curves) < 2:
        raise ValueError(f"comparing needs at least two curves, got {len(curves)}")
    for order in orders:
        _check_order(order)
    out = [max_difference(curves[0], b, x_range, order) for b in curves[1:] for order in orders]
    if labels is not None:
        out = [replace(d, a_label=labels[0], b_label=labels[1 + i // len(orders)])
               for i, d in enumerate(out)]
    return out


def format_text(differences: Sequence[Difference]) -> str:
    """One line per pair and order, numbers as %.6g."""
    pairs = [f"{d.b_label} - {d.a_label}" for d in differences]
    width = max(map(len, pairs), default=0)
    return "".join(
        f"{pair:<{width}}  {PANES[d.order]:<3}  max |b-a| {d.max_abs:<12.6g} at x = {d.x_abs:<12.6g}"
        f"  max rel {d.max_rel:<12.6g} at x = {d.x_rel:.6g}{' (a = 0 there: unbounded)' if d.pole else ''}\n"
        for pair, d in zip(pairs, differences, strict=True))


def as_json(differences: Sequence[Difference]) -> list[dict]:
    """JSON-ready records: ``a``, ``b``, ``order`` ("f", "df", "d2f"), ``max_abs``, ``x_abs``,
    ``max_rel``, ``x_rel``. Finite numbers stay floats (json writes them repr-exact); JSON has no
    inf or NaN, so those are the strings "inf", "-inf" and "nan"."""
    return [{"a": d.a_label, "b": d.b_label, "order": PANES[d.order],
             **{k: _json_number(getattr(d, k)) for k in ("max_abs", "x_abs", "max_rel", "x_rel")}}
            for d in differences]


def _json_number(v: float) -> float | str:
    return v if math.isfinite(v) else str(v)


def _check_range(x_range) -> tuple[float, float]:
    try:
        x_min, x_max = (float(v) for v in x_range)
    except (TypeError, ValueError):
        raise ValueError(f"x-range {x_range!r} is invalid: need two numbers MIN < MAX") from None
    if not (math.isfinite(x_min) and math.isfinite(x_max) and x_min < x_max):
        raise ValueError(f"x-range [{x_min}, {x_max}] is invalid: need finite MIN < MAX")
    return x_min, x_max


def _check_order(order) -> None:
    if isinstance(order, bool) or not isinstance(order, int | np.integer) or order not in (0, 1, 2):
        raise ValueError(f"order {order!r} is invalid: expected 0 (f), 1 (f') or 2 (f'')")


def _delta(a, b, x, order):
    """(Δ_k, ρ_k) at the points ``x``."""
    ya = np.asarray(a.evaluate(x, order), dtype=np.float64)
    yb = np.asarray(b.evaluate(x, order), dtype=np.float64)
    with np.errstate(over="ignore", invalid="ignore"):
        delta = yb - ya
        rel = np.abs(delta) / np.maximum(np.abs(ya), TINY)
    return delta, np.where(np.isinf(ya) & np.isfinite(yb), 1.0, rel)


def _grid(a, b, x_min, x_max):
    """Sorted, distinct points to evaluate at, and the x each one stands for (a one-sided
    neighbour stands for its breakpoint)."""
    bps = np.array(sorted({bp.x for c in (a, b) for bp in c.breakpoints if x_min <= bp.x <= x_max}))
    near = np.concatenate((bps, np.nextafter(bps, -np.inf), np.nextafter(bps, np.inf)))
    x = np.concatenate((near, np.linspace(x_min, x_max, GRID)))
    at = np.concatenate((bps, bps, bps, x[near.size:]))
    inside = (x >= x_min) & (x <= x_max)
    x, first = np.unique(x[inside], return_index=True)  # first: a breakpoint wins a tie
    return x, at[inside][first]


def _cells_beside_peaks(x, v):
    """The grid cells on either side of the :data:`PEAKS` highest local maxima of ``v`` that
    have a float strictly inside, as arrays (lo, hi)."""
    left = np.concatenate(([-np.inf], v[:-1]))
    right = np.concatenate((v[1:], [-np.inf]))
    peaks = np.flatnonzero((v >= left) & (v >= right) & (v > -np.inf))
    top = peaks[np.argsort(-v[peaks], kind="stable")[:PEAKS]]
    lo = np.concatenate((x[np.maximum(top - 1, 0)], x[top]))
    hi = np.concatenate((x[top], x[np.minimum(top + 1, x.size - 1)]))
    keep = np.nextafter(lo, np.inf) < hi
    return lo[keep], hi[keep]


def _golden_max(a, b, order, lo, hi, is_rel):
    """Golden-section search for the maximum in each cell [lo, hi] at once, of ρ_k where
    ``is_rel`` and of |Δ_k| elsewhere: the best value found in each cell and its x."""

    def value(x, rel_cells):
        delta, rel = _delta(a, b, x, order)
        v = np.where(rel_cells, rel, np.abs(delta))
        return np.where(np.isnan(v), -np.inf, v)

    tol = _X_TOL * np.maximum(np.abs(lo), np.abs(hi))
    c, d = hi - _GOLDEN * (hi - lo), lo + _GOLDEN * (hi - lo)
    both = value(np.concatenate((c, d)), np.concatenate((is_rel, is_rel)))
    fc, fd = both[:lo.size], both[lo.size:]
    best_v, best_x = np.maximum(fc, fd), np.where(fd > fc, d, c)
    for _ in range(_MAX_STEPS):
        if (hi - lo <= tol).all():
            break
        right = fd > fc  # the maximum lies in [c, hi]; on a tie, in [lo, d]
        lo, hi = np.where(right, c, lo), np.where(right, hi, d)
        new = np.where(right, lo + _GOLDEN * (hi - lo), hi - _GOLDEN * (hi - lo))
        f_new = value(new, is_rel)
        c, fc, d, fd = (np.where(right, d, new), np.where(right, fd, f_new),
                        np.where(right, new, c), np.where(right, f_new, fc))
        better = f_new > best_v
        best_v, best_x = np.where(better, f_new, best_v), np.where(better, new, best_x)
    return best_v, best_x


def _better(v, at, refined_v, refined_x):
    """(value, x) as floats: the first grid maximum of ``v`` (at the x it stands for), or the
    best refined one where it is larger; NaN where no x had a value."""
    i = int(np.argmax(v))
    best, x = v[i], at[i]
    if refined_v.size and refined_v.max() > best:
        j = int(np.argmax(refined_v))
        best, x = refined_v[j], refined_x[j]
    return (float(best), float(x)) if best > -np.inf else (math.nan, math.nan)
