r"""What an activation does inside a network: gradients through depth and signal statistics.

Gradients through depth
    A fully connected network :math:`h_0 = x`, :math:`a_l = h_{l-1} W_l`, :math:`h_l = f(a_l)`
    (no biases), weights :math:`W_l \sim \mathcal N(0, \mathrm{gain}/\mathrm{fan})` with
    Xavier/Glorot (:math:`1/\bar n`, :math:`\bar n` the mean of fan-in and fan-out), He
    (:math:`2/n_\mathrm{in}`) or LeCun (:math:`1/n_\mathrm{in}`). The loss is
    :math:`L = \sum h_L \odot u` for a fixed random :math:`u`; backpropagation gives
    :math:`\partial L/\partial a_l = (\partial L/\partial h_l) \odot f'(a_l)` and
    :math:`\partial L/\partial W_l = h_{l-1}^\top\,\partial L/\partial a_l`.

Signal statistics
    For :math:`x \sim \mathcal N(\mu, \sigma^2)`: the mean and standard deviation of
    :math:`f(x)`, the share of inputs where :math:`f'(x) = 0` ("dead") and where
    :math:`|f'(x)| < 0.01` ("saturated"), and the density of :math:`f(x)`. Integrals use the
    exact normal probability of each cell of a fine grid that contains every breakpoint, so
    shares decided by a breakpoint (ReLU's dead half) are exact.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .functions import Phi
from .registry import get

INITS = ("recommended", "xavier", "he", "lecun")
SATURATED = 0.01


def recommended_init(act_id: str) -> str:
    """LeCun for SELU (self-normalising), He for rectifiers and gated units, else Xavier."""
    act = get(act_id)
    if act.id == "selu":
        return "lecun"
    if act.family.startswith(("Rectifiers", "Smooth gated")) or act.id in ("relu6", "hardswish"):
        return "he"
    return "xavier"


def init_std(init: str, fan_in: int, fan_out: int) -> float:
    var = {"xavier": 2.0 / (fan_in + fan_out), "he": 2.0 / fan_in, "lecun": 1.0 / fan_in}[init]
    return float(np.sqrt(var))


@dataclass(frozen=True)
class DepthResult:
    grad_norm: np.ndarray  # ‖∂L/∂W_l‖_F for l = 1..depth
    mean: np.ndarray  # mean of h_l over batch and units
    std: np.ndarray  # standard deviation of h_l
    init: str  # the initialisation used


def forward_backward(act_id: str, params: dict, weights: list[np.ndarray], x: np.ndarray,
                     upstream: np.ndarray):
    """Activations h_1..h_L and weight gradients ∂L/∂W_l for L = Σ h_L ⊙ upstream."""
    act = get(act_id)
    p = act.bind(params)
    hs, pre = [x], []
    for w in weights:
        a = hs[-1] @ w
        pre.append(a)
        hs.append(act.evaluate(a, 0, p))
    grads = [None] * len(weights)
    g = upstream
    for l in reversed(range(len(weights))):
        g_pre = g * act.evaluate(pre[l], 1, p)
        grads[l] = hs[l].T @ g_pre
        g = g_pre @ weights[l].T
    return hs[1:], grads


@lru_cache(maxsize=256)
def _depth_profile(act_id, params, depth, width, init, input_scale, batch, seed):
    used = recommended_init(act_id) if init == "recommended" else init
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((batch, width)) * input_scale
    std = init_std(used, width, width)
    weights = [rng.standard_normal((width, width)) * std for _ in range(depth)]
    upstream = rng.standard_normal((batch, width))
    hs, grads = forward_backward(act_id, params, weights, x, upstream)
    with np.errstate(over="ignore", invalid="ignore"):
        return DepthResult(
            grad_norm=np.array([np.linalg.norm(g) for g in grads]),
            mean=np.array([h.mean() for h in hs]),
            std=np.array([h.std() for h in hs]),
            init=used,
        )


def depth_profile(act_id: str, params: dict | None = None, depth: int = 30, width: int = 128,
                  init: str = "recommended", input_scale: float = 1.0, batch: int = 256,
                  seed: int = 0) -> DepthResult:
    """Gradient norm and activation mean/spread per layer; cached per (function, parameters,
    settings), with the same seed (so the same weights) for every function."""
    if init not in INITS:
        raise ValueError(f"init={init!r} is invalid: expected one of {', '.join(INITS)}")
    if not (1 <= depth <= 500 and 1 <= width <= 2048 and 1 <= batch <= 4096 and input_scale > 0):
        raise ValueError("depth 1..500, width 1..2048, batch 1..4096 and input_scale > 0")
    act = get(act_id)
    return _depth_profile(act.id, act.bind(params), depth, width, init, float(input_scale),
                          batch, seed)


@dataclass(frozen=True)
class SignalStats:
    mean: float
    std: float
    dead: float  # P(f'(x) = 0)
    saturated: float  # P(|f'(x)| < 0.01)
    density_x: np.ndarray  # bin centres of f(x), over its central 99.8%
    density: np.ndarray  # probability density of the continuous part of f(x) per bin
    atoms: dict[float, float]  # point masses: value of f -> probability (where f is flat)


def _cells(act, params, mu, sigma, n):
    """Cell edges over μ ± 12σ with every breakpoint inside, their midpoints and exact masses."""
    lo, hi = mu - 12 * sigma, mu + 12 * sigma
    bps = [b.x for b in act.breakpoints_at(params) if lo < b.x < hi]
    edges = np.union1d(np.linspace(lo, hi, n + 1), bps)
    mass = np.diff(Phi((edges - mu) / sigma))
    return edges, 0.5 * (edges[:-1] + edges[1:]), mass


def signal_stats(act_id: str, params: dict | None = None, mu: float = 0.0, sigma: float = 1.0,
                 cells: int = 40000, bins: int = 120) -> SignalStats:
    """Statistics of f(x) for x ~ N(μ, σ²) (see the module's docstring)."""
    if not (np.isfinite(mu) and np.isfinite(sigma) and sigma > 0):
        raise ValueError(f"need finite μ and σ > 0, got μ={mu}, σ={sigma}")
    act = get(act_id)
    p = act.bind(params)
    edges, mid, mass = _cells(act, p, mu, sigma, cells)
    total = mass.sum()
    y_edges = act.evaluate(edges, 0, p)
    # E f and E f² with Simpson's rule for f across each cell and its exact normal mass
    y_mid = act.evaluate(mid, 0, p)
    fy = (y_edges[:-1] + 4 * y_mid + y_edges[1:]) / 6  # Simpson on each cell
    f2 = (y_edges[:-1] ** 2 + 4 * y_mid**2 + y_edges[1:] ** 2) / 6
    mean = float((fy * mass).sum() / total)
    var = max(float((f2 * mass).sum() / total) - mean**2, 0.0)
    slope = act.evaluate(mid, 1, p)
    flat = slope == 0
    dead = float(mass[flat].sum() / total)
    saturated = float(mass[np.abs(slope) < SATURATED].sum() / total)
    atoms: dict[float, float] = {}
    for value, m in zip(np.round(y_mid[flat], 12), mass[flat] / total, strict=True):
        atoms[float(value)] = atoms.get(float(value), 0.0) + float(m)
    lo, hi = _weighted_quantiles(y_mid, mass / total, (0.001, 0.999))
    pad = 0.05 * (hi - lo) or 0.5
    bin_edges = np.linspace(lo - pad, hi + pad, bins + 1)
    hist = _spread(y_edges, y_mid, np.where(flat, 0.0, mass / total), bin_edges)
    width = np.diff(bin_edges)
    return SignalStats(mean, float(np.sqrt(var)), dead, saturated,
                       0.5 * (bin_edges[:-1] + bin_edges[1:]), hist / width,
                       {v: m for v, m in atoms.items() if m > 1e-9})


def _spread(y_edges, y_mid, weights, bin_edges, chunk: int = 16) -> np.ndarray:
    """The mass of each bin of f's values: each cell's mass spread evenly over the values f takes
    across it, [f(a), f(b)] (f is linear across a cell to the drawing's precision), rather than
    dropped at its midpoint, whose bins would catch a varying number of cells (a staircase of a
    few percent). A cell where f returns to its value lands at its midpoint."""
    a, b = np.minimum(y_edges[:-1], y_edges[1:]), np.maximum(y_edges[:-1], y_edges[1:])
    spread = (b > a) & np.isfinite(a) & np.isfinite(b) & (weights > 0)
    a, b, w = a[spread], b[spread], weights[spread]
    bins = bin_edges.size - 1
    first, last = (np.searchsorted(bin_edges, v, side="right") - 1 for v in (a, b))
    within = (first == last) & (first >= 0) & (first < bins)  # most cells: all in one bin
    hist = np.bincount(first[within], weights=w[within], minlength=bins).astype(np.float64)
    across = first != last  # the few that straddle an edge: split by the share of their span
    a, b, w = a[across], b[across], w[across]
    cdf = np.empty(bin_edges.size)
    for start in range(0, bin_edges.size, chunk):  # a few edges at a time: memory stays small
        t = bin_edges[start:start + chunk, None]
        cdf[start:start + chunk] = (np.clip((t - a) / (b - a), 0.0, 1.0) * w).sum(axis=1)
    points = ~spread & (weights > 0)
    return hist + np.diff(cdf) + np.histogram(y_mid[points], bins=bin_edges, weights=weights[points])[0]


def _weighted_quantiles(values, weights, qs):
    order = np.argsort(values, kind="stable")
    cum = np.cumsum(weights[order])
    return tuple(float(values[order][min(np.searchsorted(cum, q), values.size - 1)]) for q in qs)
