r"""What happens exactly at a breakpoint, as textbooks draw it.

At a breakpoint :math:`x_b` of a curve, the k-th derivative drawn has a value at the point
(actgui's convention there, PyTorch autograd's) and two one-sided limits

.. math:: L^{(k)} = \lim_{x \uparrow x_b} f^{(k)}(x), \qquad R^{(k)} = \lim_{x \downarrow x_b} f^{(k)}(x),

taken at ``nextafter(x_b, ∓inf)`` (the neighbours in float64; a continuous piece moves by
about one ulp there). Where they are not all the same, :math:`f^{(k)}` jumps, and a textbook
draws a filled dot at :math:`(x_b, f^{(k)}(x_b))` and an open dot at each one-sided limit that
differs from it. Two more marks:

* a *kink* of f: f is continuous at :math:`x_b` but f' jumps (:math:`L^{(1)} \ne R^{(1)}`),
  marked on f;
* an *impulse* in :math:`f^{(k)}`, k ≥ 1: :math:`f^{(k-1)}` jumps by :math:`J = R^{(k-1)} -
  L^{(k-1)}`, so in the sense of distributions :math:`f^{(k)}` holds :math:`J\,\delta(x - x_b)`,
  which no finite value shows (relu'' and step' are 0 on both sides); marked by an arrow in the
  direction of J.

Values agree when :math:`|u - v| \le 10^{-9} \max(1, |u|, |v|)`; marks where a value is NaN or
infinite are left out.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .spec import Breakpoint

FILLED, OPEN, KINK, IMPULSE_UP, IMPULSE_DOWN = "filled", "open", "kink", "up", "down"


@dataclass(frozen=True)
class Mark:
    """One mark at ``(x, y)``: ``kind`` is FILLED (the value at a jump), OPEN (a one-sided limit
    that differs from it), KINK (on f where f' jumps) or IMPULSE_UP / IMPULSE_DOWN."""

    x: float
    y: float
    kind: str


def _same(u: float, v: float) -> bool:
    return abs(u - v) <= 1e-9 * max(1.0, abs(u), abs(v))


def marks(curve, order: int, x_min: float, x_max: float) -> list[Mark]:
    """The marks of the ``order``-th derivative of ``curve`` (anything with ``breakpoints`` and
    ``evaluate(x, order)``, as the session's curves) at its breakpoints inside [x_min, x_max]."""
    points = sorted({b.x for b in curve.breakpoints if isinstance(b, Breakpoint)
                     and x_min <= b.x <= x_max})
    if not points:
        return []
    xb = np.array(points, dtype=np.float64)
    x3 = np.stack([np.nextafter(xb, -np.inf), xb, np.nextafter(xb, np.inf)], axis=1).ravel()
    with np.errstate(all="ignore"):
        values = {k: np.asarray(curve.evaluate(x3, k), dtype=np.float64).reshape(-1, 3)
                  for k in {order, max(order - 1, 0), 1}}
    out = []
    for i, x in enumerate(points):
        left, at, right = (float(v) for v in values[order][i])
        if not np.isfinite([left, at, right]).all():
            continue
        if not (_same(left, at) and _same(at, right)):
            out.append(Mark(x, at, FILLED))
            out += [Mark(x, v, OPEN) for v in dict.fromkeys(
                v for v in (left, right) if not _same(v, at))]
        elif order == 0:
            d_left, _, d_right = values[1][i]
            if np.isfinite([d_left, d_right]).all() and not _same(d_left, d_right):
                out.append(Mark(x, at, KINK))
        if order >= 1:
            below_left, _, below_right = values[order - 1][i]
            if np.isfinite([below_left, below_right]).all() and not _same(below_left, below_right):
                out.append(Mark(x, at, IMPULSE_UP if below_right > below_left else IMPULSE_DOWN))
    return out
