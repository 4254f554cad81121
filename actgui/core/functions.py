r"""Numerically careful building blocks for the catalog (float64 arrays, finite x).

Every formula here is written so that no intermediate overflows or cancels for |x| up to
1e300: saturating parts are evaluated on a clipped copy of x (JAX's "safe input" pattern),
x² is never formed where it can overflow (``hypot`` is used instead), and 1 - σ or 1 - tanh²
are computed from σ(-x) or exp(-2|x|), not by subtraction.
"""

from __future__ import annotations

import numpy as np

SQRT_2PI = float(np.sqrt(2.0 * np.pi))


def sigmoid(x):
    r""":math:`\sigma(x) = 1/(1+e^{-x})` from :math:`e = e^{-|x|} \le 1`: never overflows, and
    :math:`e/(1+e)` keeps full relative precision in the left tail."""
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0, e) / (1.0 + e)


def sigmoid_pair(x):
    r""":math:`\sigma(x)\,\sigma(-x) = \sigma'(x) = e/(1+e)^2` with :math:`e = e^{-|x|}`, exact
    even where σ(x) rounds to 1."""
    e = np.exp(-np.abs(x))
    return e / (1.0 + e) ** 2


def sech2(x):
    r""":math:`\operatorname{sech}^2 x = 4e^{-2|x|}/(1+e^{-2|x|})^2`, exact in both tails."""
    e = np.exp(-2.0 * np.abs(x))
    return 4.0 * e / (1.0 + e) ** 2


def softplus(x):
    r""":math:`\log(1+e^x)`, stable everywhere."""
    return np.logaddexp(0.0, x)


def phi(x):
    r"""Standard normal density :math:`e^{-x^2/2}/\sqrt{2\pi}` (exactly 0 beyond |x| = 40)."""
    xc = np.clip(x, -40.0, 40.0)
    return np.exp(-0.5 * xc * xc) / SQRT_2PI


# Cephes ndtr.c (S. L. Moshier): erf on |x| < 1 as x T(x²)/U(x²); erfc on 1 ≤ |x| < 8 as
# e^{-x²} P(x)/Q(x) and beyond as e^{-x²} R(x)/S(x). Relative error ~1e-16 (checked against
# mpmath in the tests). U, Q and S are monic: their leading 1 is implied.
_T = (9.60497373987051638749e0, 9.00260197203842689217e1, 2.23200534594684319226e3,
      7.00332514112805075473e3, 5.55923013010394962768e4)
_U = (3.35617141647503099647e1, 5.21357949780152679795e2, 4.59432382970980127987e3,
      2.26290000613890934246e4, 4.92673942608635921086e4)
_P = (2.46196981473530512524e-10, 5.64189564831068821977e-1, 7.46321056442269912687e0,
      4.86371970985681366614e1, 1.96520832956077098242e2, 5.26445194995477358631e2,
      9.34528527171957607540e2, 1.02755188689515710272e3, 5.57535335369399327526e2)
_Q = (1.32281951154744992508e1, 8.67072140885989742329e1, 3.54937778887819891062e2,
      9.75708501743205489753e2, 1.82390916687909736289e3, 2.24633760818710981792e3,
      1.65666309194161350182e3, 5.57535340817727675546e2)
_R = (5.64189583547755073984e-1, 1.27536670759978104416e0, 5.01905042251180477414e0,
      6.16021097993053585195e0, 7.40974269950448939160e0, 2.97886665372100240670e0)
_S = (2.26052863220117276590e0, 9.39603524938001434673e0, 1.20489539808096656605e1,
      1.70814450747565897222e1, 9.60896809063285878198e0, 3.36907645100081516050e0)


def _poly(x, coeffs, monic=False):
    acc = np.ones_like(x) if monic else np.zeros_like(x)
    for c in coeffs:
        acc = acc * x + c
    return acc


def erf_small(x):
    """erf(x) for |x| < 1."""
    z = x * x
    return x * _poly(z, _T) / _poly(z, _U, monic=True)


def _erfc_tail(z, num, den):
    """erfc(z) = e^{-z²} num(z)/den(z) for z ≥ 1 (0 beyond z ≈ 26.5, where it underflows)."""
    zc = np.minimum(z, 30.0)
    return np.exp(-zc * zc) * _poly(zc, num) / _poly(zc, den, monic=True)


def Phi(x):
    r"""Standard normal CDF :math:`\Phi(x) = \tfrac12\operatorname{erfc}(-x/\sqrt2)`, with full
    relative precision in the left tail (Cephes' ndtr, vectorised; each approximation is
    evaluated only where it applies)."""
    z = np.asarray(x / np.sqrt(2.0))
    out = np.empty_like(z)
    az = np.abs(z)
    small = az < 1.0
    out[small] = 0.5 + 0.5 * erf_small(z[small])
    for region, num, den in (((az >= 1.0) & (az < 8.0), _P, _Q), (az >= 8.0, _R, _S)):
        tail = 0.5 * _erfc_tail(az[region], num, den)  # Φ(-|x|)
        out[region] = np.where(z[region] < 0, tail, 1.0 - tail)
    return out


def inv_hypot1(x, scale=1.0):
    r""":math:`1/\sqrt{1 + (\mathrm{scale}\,x)^2}` without forming x²."""
    return 1.0 / np.hypot(1.0, scale * x)


def safe_div(num, den, where):
    """num/den where ``where`` is true, else 0, without dividing by zero anywhere."""
    return np.where(where, num / np.where(where, den, 1.0), 0.0)


def with_series_near_zero(x, exact, coeffs, power, radius):
    """``exact(x)``, but x^power·Σ coeffs[k] x^(2k) where |x| < radius, where ``exact`` would
    cancel or divide by zero; ``exact`` is never given such an x."""
    near = np.abs(x) < radius
    out = np.asarray(exact(np.where(near, radius, x)), dtype=np.float64)
    if near.any():
        xs = x[near]
        out[near] = xs**power * series(xs, coeffs)
    return out


def series(x, coeffs):
    """Σ coeffs[k] x^(2k), a power series in x² (Horner), for small |x|."""
    return _poly(x * x, coeffs[::-1])


_SPLIT = 134217729.0  # 2^27 + 1: Dekker's splitter for float64


def _split(v):
    c = _SPLIT * v
    hi = c - (c - v)
    return hi, v - hi


def two_product(a: float, x):
    r"""``(p, e)`` with :math:`p = \mathrm{fl}(a x)` and :math:`p + e = a x` exactly (Dekker's
    product, no FMA); x is scaled by :math:`2^{-64}` where splitting it would overflow."""
    scale = np.where(np.abs(x) > 1e290, 2.0**-64, 1.0)
    xs = x * scale
    p = a * xs
    ah, al = _split(a)
    xh, xl = _split(xs)
    e = ((ah * xh - p) + ah * xl + al * xh) + al * xl
    return p / scale, e / scale


def sin_cos_of_product(a: float, x):
    r""":math:`\sin(a x)` and :math:`\cos(a x)` of the exact product: with
    :math:`a x = p + e`, :math:`\sin(p + e) = \sin p \cos e + \cos p \sin e`. Forming
    :math:`\mathrm{fl}(a x)` first would lose the argument for large |x| when a is not a power
    of two (a = 0.01 at x = 1e10 is off by 1e-7 rad already)."""
    p, e = two_product(a, x)
    sp, cp, se, ce = np.sin(p), np.cos(p), np.sin(e), np.cos(e)
    return sp * ce + cp * se, cp * ce - sp * se
