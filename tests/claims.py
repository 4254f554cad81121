"""What a catalog entry claims about itself at given parameters, checked numerically: its range,
monotonicity (non-decreasing on the whole line, jumps included), oddness, f(0) and f'(0), and
that each declared breakpoint is real. Shared by the table tests and the hypothesis tests.

Float64 decides where it can; where the claim turns on differences below its resolution (a
softplus jump of log(1 + e^-100), a PReLU weight of 1 - 1e-16, a rounding of one ulp where a
piecewise formula switches branch) the mpmath definitions in mp_reference decide."""

import math

import mpmath
import numpy as np
import pytest
from mp_reference import REFERENCE

EPS = np.finfo(np.float64).eps
PROBE = np.concatenate([-np.logspace(300, -4, 800), [0.0], np.logspace(-4, 300, 800),
                        np.linspace(-8, 8, 16001), [-np.inf, np.inf]])


def around(b: float) -> list[float]:
    return [np.nextafter(b, -np.inf), b, np.nextafter(b, np.inf)]


def probe(act, params) -> np.ndarray:
    """PROBE with every breakpoint and its neighbours on both sides."""
    extra = [v for b in act.breakpoints_at(**params) for v in around(b.x)]
    return np.unique(np.concatenate([PROBE, extra]))


def _mp(params):
    return {k: (mpmath.mpf(v) if isinstance(v, float) else v) for k, v in params.items()}


# --- range -----------------------------------------------------------------------------------------

def _extreme(act, params, x, y, pick):
    """The grid's extreme value, refined on a fine grid between its neighbours."""
    i = int(pick(y))
    if not np.isfinite(x[i]):
        return y[i]
    lo, hi = x[max(i - 1, 0)], x[min(i + 1, x.size - 1)]
    fine = np.append(act.f(np.linspace(lo, hi, 20001), **params), y[i])
    return fine[pick(fine)]


def check_range(act, params, props):
    x = probe(act, params)
    y = act.f(x, **params)
    keep = ~np.isnan(y)
    x, y = x[keep], y[keep]
    lo, hi = props.range
    assert y.min() >= lo - 1e-12 * (1 + abs(lo)) and y.max() <= hi + 1e-12 * (1 + abs(hi))
    low, high = _extreme(act, params, x, y, np.argmin), _extreme(act, params, x, y, np.argmax)
    assert low == pytest.approx(lo, rel=1e-6, abs=1e-9), (low, lo)  # attained or approached
    assert high == pytest.approx(hi, rel=1e-6, abs=1e-9), (high, hi)
    assert props.bounded_below == math.isfinite(lo) and props.bounded_above == math.isfinite(hi)


# --- monotonic -------------------------------------------------------------------------------------

def decreases(act, params) -> bool:
    """Whether f(a) > f(b) for some a < b: on the probe by more than rounding (4 ulps), or
    between the exact one-sided limits at a jump."""
    y = act.f(probe(act, params), **params)
    y = y[np.isfinite(y)]
    if np.any(np.diff(y) < -4 * EPS * np.abs(y[1:])):
        return True
    for b in act.breakpoints_at(**params):
        if b.order == 0:
            left, right, _ = exact_jump(act, params, b.x)
            if left > right:
                return True
    return False


def check_monotonic(act, params, props):
    assert decreases(act, params) != props.monotonic, (act.id, params)


# --- odd -------------------------------------------------------------------------------------------

def check_odd(act, params, props):
    """Odd within rounding (4 ulps) in float64; where float64 cannot tell, the definition."""
    x = probe(act, params)
    a, b = act.f(-x, **params), -act.f(x, **params)
    close = np.allclose(a, b, rtol=4 * EPS, atol=1e-300, equal_nan=True)
    if props.zero_centred or not close:
        assert close == props.zero_centred, (act.id, params)
        return
    ref, p = REFERENCE[act.id], _mp(params)
    points = [0.3, 0.9, 1.7, 3.1, 4.7, 7.3, 11.0, 23.0, 101.0, 1e3, 1e6,
              *(1.5 * abs(bp.x) for bp in act.breakpoints_at(**params))]
    with mpmath.workdps(60):
        gaps = [abs(ref(mpmath.mpf(t), **p) + ref(-mpmath.mpf(t), **p)) for t in points]
    assert max(gaps) > mpmath.mpf(10) ** -40, (act.id, params)  # really not odd


def check_f0(act, params, props):
    assert props.f0 == act.f(0.0, **params) and props.df0 == act.df(0.0, **params)


# --- breakpoints -----------------------------------------------------------------------------------

def exact_jump(act, params, b):
    """The one-sided limits of f at the jump near ``b`` from the mpmath definition, and how far
    apart they may be for a continuous f (``floor``). A jump may be far below float64's
    resolution (softplus's log(1 + e^-100)/β at threshold 100) and the exact jump (threshold/β)
    can lie an ulp or two from the float ``b``. Bisection keeps the jump inside [lo, hi]: of f's
    change over a half, less its smooth part (the slope at lo times the width), the half that
    holds the jump holds most. After 300 halvings a continuous f differs across [lo, hi] by about
    its slope times 2^-300 of the first width; ``floor`` is 1e-60 of that width."""
    ref, p = REFERENCE[act.id], _mp(params)
    with mpmath.workdps(320):
        ulp = mpmath.mpf(float(np.spacing(abs(b))) if b else float(np.finfo(float).tiny))
        lo, hi = mpmath.mpf(b) - 8 * ulp, mpmath.mpf(b) + 8 * ulp
        width = hi - lo
        delta = width * mpmath.mpf(10) ** -150
        f_lo, f_hi = ref(lo, **p), ref(hi, **p)
        slope = (ref(lo + delta, **p) - f_lo) / delta
        for _ in range(300):
            m = (lo + hi) / 2
            f_m = ref(m, **p)
            if abs(f_m - f_lo - slope * (m - lo)) >= abs(f_hi - f_lo - slope * (hi - lo)) / 2:
                hi, f_hi = m, f_m
            else:
                lo, f_lo = m, f_m
        return f_lo, f_hi, mpmath.mpf(10) ** -60 * width * (1 + abs(slope))


def exact_one_sided(act, params, b, order):
    """The one-sided derivatives of the mpmath definition at ``b`` (PReLU's weight 1 - 1e-16
    makes a kink that float64 cannot see) and how far apart they may be for a continuous one."""
    ref, p = REFERENCE[act.id], _mp(params)
    with mpmath.workdps(80):
        left, right = (mpmath.diff(lambda t: ref(t, **p), mpmath.mpf(b), order, direction=d)
                       for d in (-1, 1))
        return left, right, mpmath.mpf(10) ** -50 * (1 + abs(left))


def differ(a, b) -> bool:
    return abs(a - b) > 1e-12 * (1 + abs(a))


def check_breakpoints_real(act, params):
    """Below its order a breakpoint is continuous; at its order the one-sided values differ, or
    the value at the point differs from them (hardshrink with λ = 0: f' is 0 at 0 only)."""
    for bp in act.breakpoints_at(**params):
        for order in range(min(bp.order + 1, 3)):
            left, at, right = act.evaluate(np.array(around(bp.x)), order, **params)
            discontinuous = differ(left, right) or differ(left, at) or differ(at, right)
            if order == bp.order and not discontinuous:  # below float64's resolution?
                exact = exact_jump if order == 0 else exact_one_sided
                left, right, floor = (exact(act, params, bp.x) if order == 0
                                      else exact(act, params, bp.x, order))
                discontinuous = abs(left - right) > floor
            assert discontinuous == (order == bp.order), (act.id, params, bp, order)


def check_all(act, params):
    props = act.properties(**params)
    check_range(act, params, props)
    check_monotonic(act, params, props)
    check_odd(act, params, props)
    check_f0(act, params, props)
    check_breakpoints_real(act, params)
