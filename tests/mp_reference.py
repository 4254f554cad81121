"""Independent high-precision definitions of every catalog entry, written straight from the
libraries' documentation with mpmath (no shared code with actgui.core)."""

from mpmath import atan, erf, exp, log, mp, mpf, pi, sin, sqrt, tanh

mp.dps = 40


def sig(x):
    return 1 / (1 + exp(-x))


def clip(x, lo, hi):
    return min(max(x, lo), hi)


SELU_A = mpf("1.6732632423543772848170429916717")
SELU_L = mpf("1.0507009873554804934193349852946")

REFERENCE = {
    "sigmoid": lambda x: sig(x),
    "tanh": lambda x: tanh(x),
    "lecun_tanh": lambda x: mpf("1.7159") * tanh(mpf(2) / 3 * x),
    "hardsigmoid": lambda x, variant: clip(x + 3, 0, 6) / 6 if variant == "pytorch"
    else clip(mpf("0.2") * x + mpf("0.5"), 0, 1),
    "hardtanh": lambda x, min_val, max_val: clip(x, min_val, max_val),
    "softsign": lambda x: x / (1 + abs(x)),
    "logsigmoid": lambda x: log(sig(x)),
    "arctan": lambda x: atan(x),
    "isru": lambda x, alpha: x / sqrt(1 + alpha * x**2),
    "sqnl": lambda x: 1 if x > 2 else (x - x**2 / 4 if x >= 0 else (x + x**2 / 4 if x >= -2 else -1)),
    "sparse_sigmoid": lambda x: clip(x + 1, 0, 2) / 2,
    "step": lambda x, at_zero: 1 if x > 0 else (0 if x < 0 else at_zero),
    "relu": lambda x: max(x, 0),
    "leaky_relu": lambda x, negative_slope: x if x > 0 else negative_slope * x,
    "prelu": lambda x, weight: x if x > 0 else weight * x,
    "rrelu": lambda x, lower, upper: x if x >= 0 else (lower + upper) / 2 * x,
    "relu6": lambda x: clip(x, 0, 6),
    "elu": lambda x, alpha: x if x > 0 else alpha * (exp(x) - 1),
    "selu": lambda x: SELU_L * (x if x > 0 else SELU_A * (exp(x) - 1)),
    "celu": lambda x, alpha: max(0, x) + min(0, alpha * (exp(x / alpha) - 1)),
    "isrlu": lambda x, alpha: x if x >= 0 else x / sqrt(1 + alpha * x**2),
    "softplus": lambda x, beta, threshold: x if beta * x > threshold
    else log(1 + exp(beta * x)) / beta,
    "squareplus": lambda x, b: (x + sqrt(x**2 + b)) / 2,
    "sparse_plus": lambda x: 0 if x <= -1 else ((x + 1) ** 2 / 4 if x < 1 else x),
    "smelu": lambda x, beta: 0 if x <= -beta else ((x + beta) ** 2 / (4 * beta) if x < beta else x),
    "repu": lambda x, p: max(x, 0) ** p,
    "threshold": lambda x, threshold, value: x if x > threshold else value,
    "silu": lambda x: x * sig(x),
    "swish": lambda x, beta: x * sig(beta * x),
    "quick_gelu": lambda x: x * sig(mpf("1.702") * x),
    "gelu": lambda x, approximate: x / 2 * (1 + erf(x / sqrt(2))) if approximate == "none"
    else x / 2 * (1 + tanh(sqrt(2 / pi) * (x + mpf("0.044715") * x**3))),
    "mish": lambda x: x * tanh(log(1 + exp(x))),
    "hardswish": lambda x: x * clip(x + 3, 0, 6) / 6,
    "elish": lambda x: x * sig(x) if x >= 0 else (exp(x) - 1) * sig(x),
    "hardshrink": lambda x, lambd: x if abs(x) > lambd else 0,
    "softshrink": lambda x, lambd: x - lambd if x > lambd else (x + lambd if x < -lambd else 0),
    "tanhshrink": lambda x: x - tanh(x),
    "identity": lambda x: x,
    "exponential": lambda x: exp(x),
    "gaussian": lambda x: exp(-(x**2)),
    "sinusoid": lambda x: sin(x),
    "sinc": lambda x: sin(x) / x if x != 0 else mpf(1),
    "bent_identity": lambda x: (sqrt(x**2 + 1) - 1) / 2 + x,
    "snake": lambda x, a: x + sin(a * x) ** 2 / a,
}


def value(act_id, x, order=0, **params):
    """f, f' or f'' at float x, as a float, from the mpmath definition."""
    p = {k: (mpf(v) if isinstance(v, float) else v) for k, v in params.items()}
    fn = REFERENCE[act_id]
    if order == 0:
        return float(fn(mpf(x), **p))
    return float(mp.diff(lambda t: fn(t, **p), mpf(x), order))
