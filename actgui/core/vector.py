r"""Vector activations: softmax, log-softmax, softmin and the softmax Jacobian.

All act along ``axis`` (default -1) with a ``temperature`` T:

.. math::
    \operatorname{softmax}(x)_i = \frac{e^{x_i/T}}{\sum_j e^{x_j/T}}

``stable=True`` (the default) subtracts the maximum first, which changes nothing mathematically
and keeps every exponent ≤ 0. ``stable=False`` is the textbook formula, kept for teaching: for
``[1010, 1020, 1000, 990, 1050]`` every exponential overflows and the result is NaN — returned
quietly, without a NumPy warning.
"""

from __future__ import annotations

import numpy as np


def _prepare(x, temperature):
    t = float(temperature)
    if not t > 0 or not np.isfinite(t):
        raise ValueError(f"temperature={temperature!r} is invalid: expected a number > 0")
    return np.asarray(x, dtype=np.float64) / t


def log_softmax(x, temperature: float = 1.0, stable: bool = True, axis: int = -1):
    r""":math:`\log\operatorname{softmax}(x)_i = x_i/T - \log\sum_j e^{x_j/T}`."""
    z = _prepare(x, temperature)
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        if stable:
            shift = np.max(z, axis=axis, keepdims=True)
            shift = np.where(np.isfinite(shift), shift, 0.0)
            z = z - shift
        return z - np.log(np.sum(np.exp(z), axis=axis, keepdims=True))


def softmax(x, temperature: float = 1.0, stable: bool = True, axis: int = -1):
    r""":math:`e^{x_i/T} / \sum_j e^{x_j/T}`; NaN from ``stable=False`` where it overflows."""
    z = _prepare(x, temperature)
    with np.errstate(over="ignore", invalid="ignore"):
        if stable:
            z = z - np.max(z, axis=axis, keepdims=True)
        e = np.exp(z)
        return e / np.sum(e, axis=axis, keepdims=True)


def softmin(x, temperature: float = 1.0, stable: bool = True, axis: int = -1):
    r""":math:`\operatorname{softmin}(x) = \operatorname{softmax}(-x)`."""
    return softmax(-np.asarray(x, dtype=np.float64), temperature, stable, axis)


def softmax_jacobian(x, temperature: float = 1.0):
    r"""The Jacobian :math:`J_{ij} = \partial s_i/\partial x_j = (s_i\,\delta_{ij} - s_i s_j)/T`
    of softmax over a 1-D vector."""
    s = softmax(np.asarray(x, dtype=np.float64).ravel(), temperature)
    return (np.diag(s) - np.outer(s, s)) / float(temperature)
