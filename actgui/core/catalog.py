r"""The activation catalog: every entry declared once.

Conventions (stated once, followed everywhere):

* Ids and parameter names follow ``torch.nn.functional`` where PyTorch has the function, else
  ``jax.nn`` / Keras 3; defaults are PyTorch's where PyTorch has the function.
* At a kink, f' takes PyTorch autograd's value (e.g. relu'(0) = 0, leaky_relu'(0) = slope,
  hardswish'(-3) = 0 and hardswish'(3) = 1). Second derivatives of piecewise functions take the
  value of the piece that f' uses there; for piecewise-linear functions that is 0.
* ``range`` is (inf f, sup f) over the reals; ``monotonic`` means non-decreasing on the whole real
  line, jumps included (f(a) <= f(b) whenever a < b); ``zero_centred`` means f is odd
  (f(-x) = -f(x)), so its output has mean 0 for a symmetric input — tanh is, sigmoid is not.
  Each holds for every valid parameter value (tests check them over random parameters).
"""

from __future__ import annotations

import math

import numpy as np

from . import functions as F
from .i18n import QT_TRANSLATE_NOOP
from .spec import Activation, Breakpoint, Equivalent, Param

SIGMOIDAL = QT_TRANSLATE_NOOP("catalog", "Sigmoidal (saturating)")
RECTIFIER = QT_TRANSLATE_NOOP("catalog", "Rectifiers (ReLU family)")
GATED = QT_TRANSLATE_NOOP("catalog", "Smooth gated (GELU, SiLU, ...)")
HARD = QT_TRANSLATE_NOOP("catalog", "Hard / piecewise linear")
SHRINK = QT_TRANSLATE_NOOP("catalog", "Shrinkage")
OTHER = QT_TRANSLATE_NOOP("catalog", "Other and classic")

INF = math.inf
TORCH, KERAS, JAX = "PyTorch", "Keras 3", "JAX"

SELU_ALPHA = 1.6732632423543772848170429916717
SELU_SCALE = 1.0507009873554804934193349852946
GELU_C = math.sqrt(2.0 / math.pi)
GELU_K = 0.044715
LECUN_A, LECUN_B = 1.7159, 2.0 / 3.0

# Minima (x*, f(x*)) found with mpmath at 40 digits; tests check them numerically.
SILU_MIN = -0.2784645427610738  # at x = -1.27846454276107
MISH_MIN = -0.30884341301725043  # at x = -1.19243121451550
GELU_MIN = {"none": -0.16997120747990366, "tanh": -0.17004075057125406}  # x ≈ -0.7518, -0.7525
SINC_MIN = -0.21723362821122166  # at x = 4.49340945790906
ELISH_MIN = -(3.0 - 2.0 * math.sqrt(2.0))  # at x = -asinh(1)

_TANH_SHRINK_SERIES = (1 / 3, -2 / 15, 17 / 315, -62 / 2835, 1382 / 155925, -21844 / 6081075,
                       929569 / 638512875)  # (x - tanh x) / x³ in powers of x²
_SINC_TERMS = range(1, 12)
_SINC_F = tuple((-1) ** k / math.factorial(2 * k + 1) for k in range(12))
_SINC_DF = tuple((-1) ** k * 2 * k / math.factorial(2 * k + 1) for k in _SINC_TERMS)
_SINC_D2F = tuple((-1) ** k * 2 * k * (2 * k - 1) / math.factorial(2 * k + 1) for k in _SINC_TERMS)


def _eq(library, call, note="", **params):
    return Equivalent(library, call, params, note)


def _kinks(*xs, order=1):
    return tuple(Breakpoint(float(x), order) for x in xs)


CATALOG: list[Activation] = []


def _add(**kw) -> Activation:
    act = Activation(**kw)
    CATALOG.append(act)
    return act


# --- sigmoidal ---------------------------------------------------------------------------------

_add(
    id="sigmoid", name=QT_TRANSLATE_NOOP("catalog", "Sigmoid"), family=SIGMOIDAL, aliases=("logistic",),
    impl=(
        F.sigmoid,
        F.sigmoid_pair,
        lambda x: -F.sigmoid_pair(x) * np.tanh(0.5 * x),
    ),
    formula=r"\sigma(x) = \frac{1}{1 + e^{-x}}",
    dformula=r"\sigma(x)\,\bigl(1 - \sigma(x)\bigr)",
    range=(0.0, 1.0), monotonic=True, zero_centred=False,
    equivalents=(_eq(TORCH, "torch.sigmoid"), _eq(KERAS, "keras.activations.sigmoid"),
                 _eq(JAX, "jax.nn.sigmoid")),
    reference="Rumelhart, Hinton & Williams (1986), Learning representations by back-propagating errors",
    description=QT_TRANSLATE_NOOP("catalog",
        "The logistic function: squashes to (0, 1); its gradient vanishes for large |x|."),
)

_add(
    id="tanh", name=QT_TRANSLATE_NOOP("catalog", "Tanh"), family=SIGMOIDAL,
    impl=(np.tanh, F.sech2, lambda x: -2.0 * np.tanh(x) * F.sech2(x)),
    formula=r"\tanh x = \frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}",
    dformula=r"1 - \tanh^2 x = \frac{4}{(e^{x} + e^{-x})^2}",
    range=(-1.0, 1.0), monotonic=True, zero_centred=True,
    equivalents=(_eq(TORCH, "torch.tanh"), _eq(KERAS, "keras.activations.tanh"),
                 _eq(JAX, "jax.numpy.tanh")),
    reference="LeCun et al. (1998), Efficient BackProp",
    description=QT_TRANSLATE_NOOP("catalog", "Zero-centred sigmoid: tanh(x) = 2σ(2x) - 1."),
)

_add(
    id="lecun_tanh", name=QT_TRANSLATE_NOOP("catalog", "LeCun tanh"), family=SIGMOIDAL,
    aliases=("scaled_tanh",),
    impl=(
        lambda x: LECUN_A * np.tanh(LECUN_B * x),
        lambda x: LECUN_A * LECUN_B * F.sech2(LECUN_B * x),
        lambda x: -2.0 * LECUN_A * LECUN_B**2 * np.tanh(LECUN_B * x) * F.sech2(LECUN_B * x),
    ),
    formula=r"1.7159\,\tanh\!\left(\tfrac{2}{3}x\right)",
    dformula=r"1.7159\cdot\tfrac{2}{3}\,\operatorname{sech}^2\!\left(\tfrac{2}{3}x\right)",
    range=(-LECUN_A, LECUN_A), monotonic=True, zero_centred=True,
    reference="LeCun et al. (1998), Efficient BackProp, section 4.4",
    description=QT_TRANSLATE_NOOP("catalog",
        "Scaled so that f(±1) = ±1 and the variance of unit-variance input is kept."),
)

_HS = {"pytorch": 3.0, "keras2": 2.5}  # half-width c of the linear part

_add(
    id="hardsigmoid", name=QT_TRANSLATE_NOOP("catalog", "Hard sigmoid"), family=SIGMOIDAL,
    aliases=("hard_sigmoid",),
    params=(Param("variant", "pytorch", choices=("pytorch", "keras2"),
                  description=QT_TRANSLATE_NOOP("catalog",
                      "pytorch: relu6(x+3)/6 (also Keras 3, JAX); keras2: clip(0.2x + 0.5, 0, 1) (Keras 2 / "
                      "tf.keras)")),),
    impl=(
        lambda x, variant: np.clip(x, -_HS[variant], _HS[variant]) / (2 * _HS[variant]) + 0.5,
        lambda x, variant: np.where(np.abs(x) < _HS[variant], 1 / (2 * _HS[variant]), 0.0),
        lambda x, variant: np.zeros_like(x),
    ),
    formula=r"\operatorname{clip}\!\left(\frac{x}{2c} + \frac12,\,0,\,1\right),\ "
            r"c = 3\ (\text{pytorch}),\ 2.5\ (\text{keras2})",
    dformula=r"\frac{1}{2c}\ \text{for } |x| < c,\ \text{else } 0",
    range=(0.0, 1.0), monotonic=True, zero_centred=False,
    breakpoints=lambda variant: _kinks(-_HS[variant], _HS[variant]),
    equivalents=(_eq(TORCH, "torch.nn.functional.hardsigmoid", variant="pytorch"),
                 _eq(KERAS, "keras.activations.hard_sigmoid", variant="pytorch"),
                 _eq(JAX, "jax.nn.hard_sigmoid", variant="pytorch"),
                 _eq("Keras 2", "tf.keras.activations.hard_sigmoid", variant="keras2")),
    reference="Courbariaux et al. (2015), BinaryConnect; Howard et al. (2019), MobileNetV3",
    kink_convention=QT_TRANSLATE_NOOP("catalog", "f'(±c) = 0, as PyTorch autograd."),
)
_add(
    id="hardtanh", name=QT_TRANSLATE_NOOP("catalog", "Hard tanh"), family=HARD, aliases=("hard_tanh",),
    params=(Param("min_val", -1.0, -10.0, 10.0, 0.1, QT_TRANSLATE_NOOP("catalog", "lower clipping value"),
                  symbol="a"),
            Param("max_val", 1.0, -10.0, 10.0, 0.1, QT_TRANSLATE_NOOP("catalog", "upper clipping value"),
                  symbol="b")),
    check=lambda min_val, max_val: None if min_val < max_val else "min_val must be below max_val",
    impl=(
        lambda x, min_val, max_val: np.clip(x, min_val, max_val),
        lambda x, min_val, max_val: np.where((x > min_val) & (x < max_val), 1.0, 0.0),
        lambda x, min_val, max_val: np.zeros_like(x),
    ),
    formula=r"\operatorname{clip}(x,\,@min_val,\,@max_val)",
    dformula=r"1\ \text{for } @min_val < x < @max_val,\ \text{else } 0",
    range=lambda min_val, max_val: (min_val, max_val), monotonic=True,
    zero_centred=lambda min_val, max_val: min_val == -max_val,
    breakpoints=lambda min_val, max_val: _kinks(min_val, max_val),
    equivalents=(_eq(TORCH, "torch.nn.functional.hardtanh", min_val=-1.0, max_val=1.0),
                 _eq(KERAS, "keras.activations.hard_tanh", QT_TRANSLATE_NOOP("catalog", "fixed at ±1")),
                 _eq(JAX, "jax.nn.hard_tanh", QT_TRANSLATE_NOOP("catalog", "fixed at ±1"))),
    reference="Collobert (2004), Large scale machine learning (PhD thesis)",
    kink_convention=QT_TRANSLATE_NOOP("catalog", "f' = 0 at both clipping points, as PyTorch autograd."),
)

_add(
    id="softsign", name=QT_TRANSLATE_NOOP("catalog", "Softsign"), family=SIGMOIDAL, aliases=("soft_sign",),
    impl=(
        lambda x: x / (1.0 + np.abs(x)),
        lambda x: (1.0 / (1.0 + np.abs(x))) ** 2,
        lambda x: -2.0 * np.sign(x) * (1.0 / (1.0 + np.abs(x))) ** 3,
    ),
    formula=r"\frac{x}{1 + |x|}", dformula=r"\frac{1}{(1 + |x|)^2}",
    range=(-1.0, 1.0), monotonic=True, zero_centred=True,
    breakpoints=_kinks(0.0, order=2),
    equivalents=(_eq(TORCH, "torch.nn.functional.softsign"),
                 _eq(KERAS, "keras.activations.softsign"), _eq(JAX, "jax.nn.soft_sign")),
    reference="Bergstra et al. (2009); Glorot & Bengio (2010)",
    kink_convention=QT_TRANSLATE_NOOP("catalog", "f'' jumps at 0 (from 2 to -2); f''(0) = 0."),
)

_add(
    id="logsigmoid", name=QT_TRANSLATE_NOOP("catalog", "Log-sigmoid"), family=SIGMOIDAL,
    aliases=("log_sigmoid",),
    impl=(
        lambda x: -F.softplus(-x),
        lambda x: F.sigmoid(-x),
        lambda x: -F.sigmoid_pair(x),
    ),
    formula=r"\log\sigma(x) = -\log\left(1 + e^{-x}\right)", dformula=r"1 - \sigma(x)",
    range=(-INF, 0.0), monotonic=True, zero_centred=False,
    equivalents=(_eq(TORCH, "torch.nn.functional.logsigmoid"),
                 _eq(KERAS, "keras.activations.log_sigmoid"), _eq(JAX, "jax.nn.log_sigmoid")),
    reference="PyTorch documentation, torch.nn.LogSigmoid",
)

_add(
    id="arctan", name=QT_TRANSLATE_NOOP("catalog", "Arctan"), family=SIGMOIDAL, aliases=("atan", "arc_tan"),
    impl=(
        np.arctan,
        lambda x: F.inv_hypot1(x) ** 2,
        lambda x: -2.0 * (x * F.inv_hypot1(x)) * F.inv_hypot1(x) ** 3,
    ),
    formula=r"\arctan x", dformula=r"\frac{1}{1 + x^2}",
    range=(-math.pi / 2, math.pi / 2), monotonic=True, zero_centred=True,
    equivalents=(_eq(TORCH, "torch.atan"),),
    reference="Wikipedia, Activation function (table of functions)",
)

_add(
    id="isru", name=QT_TRANSLATE_NOOP("catalog", "ISRU"), family=SIGMOIDAL,
    aliases=("inverse_square_root_unit",),
    params=(Param("alpha", 1.0, 0.01, 10.0, 0.1, QT_TRANSLATE_NOOP("catalog", "α in x/√(1+αx²)"),
                  symbol=r"\alpha"),),
    impl=(
        lambda x, alpha: x * F.inv_hypot1(x, math.sqrt(alpha)),
        lambda x, alpha: F.inv_hypot1(x, math.sqrt(alpha)) ** 3,
        lambda x, alpha: -3.0 * alpha * (x * F.inv_hypot1(x, math.sqrt(alpha)))
        * F.inv_hypot1(x, math.sqrt(alpha)) ** 4,
    ),
    formula=r"\frac{x}{\sqrt{1 + @alpha x^2}}",
    dformula=r"\left(\frac{1}{\sqrt{1 + @alpha x^2}}\right)^{3}",
    range=lambda alpha: (-1 / math.sqrt(alpha), 1 / math.sqrt(alpha)),
    monotonic=True, zero_centred=True,
    reference="Carlile et al. (2017), Improving deep learning by inverse square root linear units",
)

_add(
    id="sqnl", name=QT_TRANSLATE_NOOP("catalog", "SQNL"), family=SIGMOIDAL, aliases=("square_nonlinearity",),
    impl=(
        lambda x: _sqnl_xc(x) - _sqnl_xc(x) * np.abs(_sqnl_xc(x)) / 4.0,
        lambda x: np.where(np.abs(x) < 2.0, 1.0 - np.abs(_sqnl_xc(x)) / 2.0, 0.0),
        lambda x: np.where(np.abs(x) < 2.0, -0.5 * np.sign(x), 0.0),
    ),
    formula=r"\begin{cases}1 & x > 2\\ x - x^2/4 & 0 \le x \le 2\\ x + x^2/4 & -2 \le x < 0"
            r"\\ -1 & x < -2\end{cases}",
    dformula=r"1 \mp \frac{x}{2}\ \text{for } |x| \le 2,\ \text{else } 0",
    range=(-1.0, 1.0), monotonic=True, zero_centred=True,
    breakpoints=_kinks(-2.0, 0.0, 2.0, order=2),
    reference="Wuraola & Patel (2018), SQNL: a new computationally efficient activation function",
    kink_convention=QT_TRANSLATE_NOOP("catalog", "f'' jumps at -2, 0 and 2; f'' there is 0."),
)


def _sqnl_xc(x):
    return np.clip(x, -2.0, 2.0)


_add(
    id="sparse_sigmoid", name=QT_TRANSLATE_NOOP("catalog", "Sparse sigmoid"), family=HARD,
    impl=(
        lambda x: (np.clip(x, -1.0, 1.0) + 1.0) / 2.0,
        lambda x: np.where(np.abs(x) < 1.0, 0.5, 0.0),
        lambda x: np.zeros_like(x),
    ),
    formula=r"\tfrac12\operatorname{clip}(x + 1,\,0,\,2)",
    dformula=r"\tfrac12\ \text{for } |x| < 1,\ \text{else } 0",
    range=(0.0, 1.0), monotonic=True, zero_centred=False,
    breakpoints=_kinks(-1.0, 1.0),
    equivalents=(_eq(KERAS, "keras.activations.sparse_sigmoid"),
                 _eq(JAX, "jax.nn.sparse_sigmoid")),
    reference="Blondel et al. (2019), Learning with Fenchel-Young losses",
    kink_convention=QT_TRANSLATE_NOOP("catalog", "f'(±1) = 0, as hard sigmoid."),
)

_add(
    id="step", name=QT_TRANSLATE_NOOP("catalog", "Binary step"), family=HARD,
    aliases=("heaviside", "binary_step"),
    params=(Param("at_zero", 0.0, 0.0, 1.0, 0.5, QT_TRANSLATE_NOOP("catalog",
        "value at x = 0 (torch.heaviside's values)"),
                  symbol="h_0", decimals=2),),
    impl=(
        lambda x, at_zero: np.where(x > 0, 1.0, np.where(x < 0, 0.0, at_zero)),
        lambda x, at_zero: np.zeros_like(x),
        lambda x, at_zero: np.zeros_like(x),
    ),
    formula=r"\begin{cases}1 & x > 0\\ @at_zero & x = 0\\ 0 & x < 0\end{cases}",
    dformula=r"0\quad (x \ne 0)",
    range=(0.0, 1.0), monotonic=True, zero_centred=False,
    breakpoints=(Breakpoint(0.0, 0),),
    equivalents=(_eq(TORCH, "torch.heaviside", QT_TRANSLATE_NOOP("catalog", "values = at_zero")),
                 _eq("NumPy", "numpy.heaviside", QT_TRANSLATE_NOOP("catalog", "x2 = at_zero"))),
    reference="McCulloch & Pitts (1943); Rosenblatt (1958), the perceptron",
    kink_convention=QT_TRANSLATE_NOOP("catalog", "f' = 0 everywhere, 0 at the jump too (no gradient flows)."),
)

# --- rectifiers --------------------------------------------------------------------------------

_add(
    id="relu", name=QT_TRANSLATE_NOOP("catalog", "ReLU"), family=RECTIFIER, aliases=("rectifier",),
    impl=(
        lambda x: np.where(x > 0, x, 0.0),
        lambda x: np.where(x > 0, 1.0, 0.0),
        lambda x: np.zeros_like(x),
    ),
    formula=r"\max(0,\,x)", dformula=r"\begin{cases}1 & x > 0\\ 0 & x \le 0\end{cases}",
    range=(0.0, INF), monotonic=True, zero_centred=False,
    breakpoints=_kinks(0.0),
    equivalents=(_eq(TORCH, "torch.nn.functional.relu"), _eq(KERAS, "keras.activations.relu"),
                 _eq(JAX, "jax.nn.relu")),
    reference="Nair & Hinton (2010); Glorot, Bordes & Bengio (2011)",
    kink_convention=QT_TRANSLATE_NOOP("catalog", "relu'(0) = 0, as PyTorch autograd."),
)

_add(
    id="leaky_relu", name=QT_TRANSLATE_NOOP("catalog", "Leaky ReLU"), family=RECTIFIER,
    aliases=("lrelu", "leaky"),
    params=(Param("negative_slope", 0.01, 0.0, 1.0, 0.01, QT_TRANSLATE_NOOP("catalog", "slope for x < 0"),
                  symbol=r"\alpha"),),
    impl=(
        lambda x, negative_slope: np.where(x > 0, x, negative_slope * x),
        lambda x, negative_slope: np.where(x > 0, 1.0, negative_slope),
        lambda x, negative_slope: np.zeros_like(x),
    ),
    formula=r"\begin{cases}x & x > 0\\ @negative_slope\,x & x \le 0\end{cases}",
    dformula=r"\begin{cases}1 & x > 0\\ @negative_slope & x \le 0\end{cases}",
    range=lambda negative_slope: (-INF if negative_slope > 0 else 0.0, INF),
    monotonic=True, zero_centred=lambda negative_slope: negative_slope == 1,
    breakpoints=lambda negative_slope: _kinks(0.0) if negative_slope != 1 else (),
    equivalents=(_eq(TORCH, "torch.nn.functional.leaky_relu", negative_slope=0.01),
                 _eq(KERAS, "keras.activations.leaky_relu", negative_slope=0.2),
                 _eq(KERAS, "keras.layers.LeakyReLU",
                     QT_TRANSLATE_NOOP("catalog", "the layer's default"), negative_slope=0.3),
                 _eq(JAX, "jax.nn.leaky_relu", negative_slope=0.01)),
    reference="Maas, Hannun & Ng (2013), Rectifier nonlinearities improve neural network "
              "acoustic models",
    kink_convention=QT_TRANSLATE_NOOP("catalog", "f'(0) = negative_slope, as PyTorch autograd."),
)

_add(
    id="prelu", name=QT_TRANSLATE_NOOP("catalog", "PReLU"), family=RECTIFIER,
    params=(Param("weight", 0.25, -1.0, 1.0, 0.05, QT_TRANSLATE_NOOP("catalog",
        "learned slope for x < 0 (nn.PReLU init)"),
                  symbol="a"),),
    impl=(
        lambda x, weight: np.where(x > 0, x, weight * x),
        lambda x, weight: np.where(x > 0, 1.0, weight),
        lambda x, weight: np.zeros_like(x),
    ),
    formula=r"\begin{cases}x & x > 0\\ @weight\,x & x \le 0\end{cases}",
    dformula=r"\begin{cases}1 & x > 0\\ @weight & x \le 0\end{cases}",
    range=lambda weight: (-INF if weight > 0 else 0.0, INF),
    monotonic=lambda weight: weight >= 0, zero_centred=lambda weight: weight == 1,
    breakpoints=lambda weight: _kinks(0.0) if weight != 1 else (),
    equivalents=(_eq(TORCH, "torch.nn.functional.prelu",
                     QT_TRANSLATE_NOOP("catalog", "nn.PReLU(init=0.25)"), weight=0.25),
                 _eq(KERAS, "keras.layers.PReLU",
                     QT_TRANSLATE_NOOP("catalog", "alpha initialised to 0"), weight=0.0)),
    reference="He et al. (2015), Delving deep into rectifiers",
    kink_convention=QT_TRANSLATE_NOOP("catalog", "f'(0) = weight, as PyTorch autograd."),
)


def _rrelu_band(x, order, lower, upper):
    neg = x < 0
    if order == 0:
        return np.where(neg, upper * x, x), np.where(neg, lower * x, x)
    if order == 1:
        return np.where(neg, lower, 1.0), np.where(neg, upper, 1.0)
    return np.zeros_like(x), np.zeros_like(x)


_add(
    id="rrelu", name=QT_TRANSLATE_NOOP("catalog", "RReLU (eval)"), family=RECTIFIER,
    aliases=("randomized_relu",),
    params=(Param("lower", 1 / 8, 0.0, 1.0, 0.01, QT_TRANSLATE_NOOP("catalog",
        "lower bound of the random slope"),
                  symbol="l", decimals=4),
            Param("upper", 1 / 3, 0.0, 1.0, 0.01, QT_TRANSLATE_NOOP("catalog",
                "upper bound of the random slope"),
                  symbol="u", decimals=4)),
    check=lambda lower, upper: None if lower <= upper else "lower must not exceed upper",
    impl=(
        lambda x, lower, upper: np.where(x >= 0, x, 0.5 * (lower + upper) * x),
        lambda x, lower, upper: np.where(x > 0, 1.0, 0.5 * (lower + upper)),
        lambda x, lower, upper: np.zeros_like(x),
    ),
    formula=r"\begin{cases}x & x \ge 0\\ \frac{@lower + @upper}{2}\,x & x < 0\end{cases}",
    dformula=r"\begin{cases}1 & x > 0\\ \frac{@lower + @upper}{2} & x \le 0\end{cases}",
    range=lambda lower, upper: (-INF if lower + upper > 0 else 0.0, INF),
    monotonic=True, zero_centred=lambda lower, upper: lower + upper == 2,
    breakpoints=lambda lower, upper: _kinks(0.0) if lower + upper != 2 else (),
    band=_rrelu_band,
    equivalents=(_eq(TORCH, "torch.nn.functional.rrelu", QT_TRANSLATE_NOOP("catalog", "training=False"),
                     lower=1 / 8, upper=1 / 3),),
    reference="Xu et al. (2015), Empirical evaluation of rectified activations in "
              "convolutional network",
    description=QT_TRANSLATE_NOOP("catalog",
        "In training the slope for x < 0 is drawn from U(lower, upper); evaluation uses the mean (lower + "
        "upper)/2. The canvas shows the band of possible slopes."),
    kink_convention=QT_TRANSLATE_NOOP("catalog",
        "f'(0) = (lower + upper)/2, as PyTorch autograd in eval mode."),
)

_add(
    id="relu6", name=QT_TRANSLATE_NOOP("catalog", "ReLU6"), family=HARD,
    impl=(
        lambda x: np.clip(x, 0.0, 6.0),
        lambda x: np.where((x > 0) & (x < 6), 1.0, 0.0),
        lambda x: np.zeros_like(x),
    ),
    formula=r"\min(\max(0,\,x),\,6)",
    dformula=r"1\ \text{for } 0 < x < 6,\ \text{else } 0",
    range=(0.0, 6.0), monotonic=True, zero_centred=False,
    breakpoints=_kinks(0.0, 6.0),
    equivalents=(_eq(TORCH, "torch.nn.functional.relu6"),
                 _eq(KERAS, "keras.activations.relu6"), _eq(JAX, "jax.nn.relu6")),
    reference="Krizhevsky (2010), Convolutional deep belief networks on CIFAR-10",
    kink_convention=QT_TRANSLATE_NOOP("catalog", "f'(0) = f'(6) = 0, as PyTorch autograd."),
)


def _elu(scale):
    """ELU scaled by ``scale`` (1 for ELU, λ for SELU); f'(0) comes from the x ≤ 0 branch."""
    def f(x, alpha):
        return scale * np.where(x > 0, x, alpha * np.expm1(np.minimum(x, 0.0)))

    def df(x, alpha):
        return scale * np.where(x > 0, 1.0, alpha * np.exp(np.minimum(x, 0.0)))

    def d2f(x, alpha):
        return scale * np.where(x > 0, 0.0, alpha * np.exp(np.minimum(x, 0.0)))

    return f, df, d2f


def _elu_breakpoints(alpha):
    return _kinks(0.0, order=1 if alpha != 1 else 2)


_add(
    id="elu", name=QT_TRANSLATE_NOOP("catalog", "ELU"), family=RECTIFIER,
    params=(Param("alpha", 1.0, 0.0, 10.0, 0.1, QT_TRANSLATE_NOOP("catalog",
        "saturation value -α for x → -∞"),
                  symbol=r"\alpha"),),
    impl=_elu(1.0),
    formula=r"\begin{cases}x & x > 0\\ @alpha\,(e^{x} - 1) & x \le 0\end{cases}",
    dformula=r"\begin{cases}1 & x > 0\\ @alpha\,e^{x} & x \le 0\end{cases}",
    range=lambda alpha: (-alpha, INF), monotonic=True, zero_centred=False,
    breakpoints=_elu_breakpoints,
    equivalents=(_eq(TORCH, "torch.nn.functional.elu", alpha=1.0),
                 _eq(KERAS, "keras.activations.elu", alpha=1.0),
                 _eq(JAX, "jax.nn.elu", alpha=1.0)),
    reference="Clevert, Unterthiner & Hochreiter (2016), Fast and accurate deep network "
              "learning by exponential linear units",
    kink_convention=QT_TRANSLATE_NOOP("catalog", "f'(0) = α (the x ≤ 0 branch), as PyTorch autograd."),
)

_selu = _elu(SELU_SCALE)
_add(
    id="selu", name=QT_TRANSLATE_NOOP("catalog", "SELU"), family=RECTIFIER,
    impl=tuple(lambda x, fn=fn: fn(x, SELU_ALPHA) for fn in _selu),
    formula=r"\lambda\begin{cases}x & x > 0\\ \alpha\,(e^{x} - 1) & x \le 0\end{cases},\ "
            r"\lambda \approx 1.0507,\ \alpha \approx 1.6733",
    dformula=r"\lambda\begin{cases}1 & x > 0\\ \alpha\,e^{x} & x \le 0\end{cases}",
    range=(-SELU_SCALE * SELU_ALPHA, INF), monotonic=True, zero_centred=False,
    breakpoints=_kinks(0.0),
    equivalents=(_eq(TORCH, "torch.nn.functional.selu"), _eq(KERAS, "keras.activations.selu"),
                 _eq(JAX, "jax.nn.selu")),
    reference="Klambauer et al. (2017), Self-normalizing neural networks",
    kink_convention=QT_TRANSLATE_NOOP("catalog", "f'(0) = λα ≈ 1.7581, as PyTorch autograd."),
)

_add(
    id="celu", name=QT_TRANSLATE_NOOP("catalog", "CELU"), family=RECTIFIER,
    params=(Param("alpha", 1.0, 0.01, 10.0, 0.1, QT_TRANSLATE_NOOP("catalog",
        "saturation value -α for x → -∞"),
                  symbol=r"\alpha"),),
    impl=(
        lambda x, alpha: np.where(x > 0, x, alpha * np.expm1(np.minimum(x, 0.0) / alpha)),
        lambda x, alpha: np.where(x > 0, 1.0, np.exp(np.minimum(x, 0.0) / alpha)),
        lambda x, alpha: np.where(x > 0, 0.0, np.exp(np.minimum(x, 0.0) / alpha) / alpha),
    ),
    formula=r"\max(0,x) + \min\!\bigl(0,\ @alpha\,(e^{x/@alpha} - 1)\bigr)",
    dformula=r"\begin{cases}1 & x > 0\\ e^{x/@alpha} & x \le 0\end{cases}",
    range=lambda alpha: (-alpha, INF), monotonic=True, zero_centred=False,
    breakpoints=_kinks(0.0, order=2),
    equivalents=(_eq(TORCH, "torch.nn.functional.celu", alpha=1.0),
                 _eq(JAX, "jax.nn.celu", alpha=1.0)),
    reference="Barron (2017), Continuously differentiable exponential linear units",
    kink_convention=QT_TRANSLATE_NOOP("catalog",
        "f'(0) = 1 (continuous); f'' jumps there and f''(0) = 1/α (x ≤ 0 branch)."),
)

_add(
    id="isrlu", name=QT_TRANSLATE_NOOP("catalog", "ISRLU"), family=RECTIFIER,
    aliases=("inverse_square_root_linear_unit",),
    params=(Param("alpha", 1.0, 0.01, 10.0, 0.1, QT_TRANSLATE_NOOP("catalog", "α in x/√(1+αx²) for x < 0"),
                  symbol=r"\alpha"),),
    impl=(
        lambda x, alpha: np.where(x >= 0, x, x * F.inv_hypot1(x, math.sqrt(alpha))),
        lambda x, alpha: np.where(x >= 0, 1.0, F.inv_hypot1(x, math.sqrt(alpha)) ** 3),
        lambda x, alpha: np.where(x >= 0, 0.0, -3.0 * alpha * (x * F.inv_hypot1(
            x, math.sqrt(alpha))) * F.inv_hypot1(x, math.sqrt(alpha)) ** 4),
    ),
    formula=r"\begin{cases}x & x \ge 0\\ \dfrac{x}{\sqrt{1 + @alpha x^2}} & x < 0\end{cases}",
    dformula=r"\begin{cases}1 & x \ge 0\\ (1 + @alpha x^2)^{-3/2} & x < 0\end{cases}",
    range=lambda alpha: (-1 / math.sqrt(alpha), INF), monotonic=True, zero_centred=False,
    breakpoints=_kinks(0.0, order=3),
    reference="Carlile et al. (2017), Improving deep learning by inverse square root linear units",
)

_add(
    id="softplus", name=QT_TRANSLATE_NOOP("catalog", "Softplus"), family=RECTIFIER,
    params=(Param("beta", 1.0, 0.01, 100.0, 0.1, QT_TRANSLATE_NOOP("catalog", "sharpness β"),
                  symbol=r"\beta"),
            Param("threshold", 20.0, 0.0, 100.0, 1.0, QT_TRANSLATE_NOOP("catalog",
                "linear where βx > threshold"),
                  symbol="t", decimals=1)),
    impl=(
        lambda x, beta, threshold: np.where(beta * x > threshold, x,
                                            F.softplus(beta * x) / beta),
        lambda x, beta, threshold: np.where(beta * x > threshold, 1.0, F.sigmoid(beta * x)),
        lambda x, beta, threshold: np.where(beta * x > threshold, 0.0,
                                            beta * F.sigmoid_pair(beta * x)),
    ),
    formula=r"\frac{1}{@beta}\log\!\left(1 + e^{@beta x}\right)"
            r"\ \ (x \text{ where } @beta x > @threshold)",
    dformula=r"\sigma(@beta x)",
    range=(0.0, INF), monotonic=False, zero_centred=False,
    breakpoints=lambda beta, threshold: (Breakpoint(_softplus_switch(beta, threshold), 0),),
    equivalents=(_eq(TORCH, "torch.nn.functional.softplus", beta=1.0, threshold=20.0),
                 _eq(KERAS, "keras.activations.softplus",
                     QT_TRANSLATE_NOOP("catalog", "no parameters (β = 1, no threshold)")),
                 _eq(JAX, "jax.nn.softplus",
                     QT_TRANSLATE_NOOP("catalog", "no parameters (β = 1, no threshold)"))),
    reference="Dugas et al. (2001), Incorporating second-order functional knowledge",
    description=QT_TRANSLATE_NOOP("catalog",
        "PyTorch switches to x where βx > threshold; that leaves a downward jump of log(1 + e^-threshold)/β "
        "(about 2e-9 at the defaults) at x = threshold/β, so this softplus is not monotonic there (the "
        "smooth softplus is)."),
    kink_convention=QT_TRANSLATE_NOOP("catalog", "At the switch f' goes from σ(threshold) to 1."),
)

def _softplus_switch(beta, threshold):
    """The largest float x with fl(βx) <= threshold: softplus is log(1 + e^βx)/β there and x just
    right of it (fl(threshold/β) can be an ulp or two off: β = 3, threshold = 1)."""
    x = threshold / beta
    while beta * x > threshold:
        x = math.nextafter(x, -math.inf)
    while beta * math.nextafter(x, math.inf) <= threshold:
        x = math.nextafter(x, math.inf)
    return x


def _squareplus_d2f(x, b):
    """b / (2 (x² + b)^(3/2)), formed as (√b·r)²·r with r = 1/√(x² + b); 0 for b = 0 (ReLU)."""
    if b == 0:
        return np.zeros_like(x)
    r = 1.0 / np.hypot(x, math.sqrt(b))
    return 0.5 * (math.sqrt(b) * r) ** 2 * r


def _squareplus_df(x, b):
    h = np.hypot(x, math.sqrt(b))
    pos = h > 0
    right = 0.5 * (1.0 + F.safe_div(x, h, pos))
    left = F.safe_div(F.safe_div(b, h - x, x < 0), 2.0 * h, x < 0)  # b / (2h(h - x)), exact
    return np.where(x >= 0, right, left)


_add(
    id="squareplus", name=QT_TRANSLATE_NOOP("catalog", "Squareplus"), family=RECTIFIER,
    params=(Param("b", 4.0, 0.0, 100.0, 0.5, QT_TRANSLATE_NOOP("catalog",
        "curvature near 0 (b = 0 gives ReLU)"),
                  symbol="b", decimals=2),),
    impl=(
        lambda x, b: np.where(x >= 0, 0.5 * (x + np.hypot(x, math.sqrt(b))),
                              F.safe_div(0.5 * b, np.hypot(x, math.sqrt(b)) - x, x < 0)),
        _squareplus_df,
        _squareplus_d2f,
    ),
    formula=r"\frac{x + \sqrt{x^2 + @b}}{2}",
    dformula=r"\frac12\left(1 + \frac{x}{\sqrt{x^2 + @b}}\right)",
    range=(0.0, INF), monotonic=True, zero_centred=False,
    breakpoints=lambda b: _kinks(0.0) if b == 0 else (),
    equivalents=(_eq(KERAS, "keras.activations.squareplus", b=4.0),
                 _eq(JAX, "jax.nn.squareplus", b=4.0)),
    reference="Barron (2021), Squareplus: a softplus-like algebraic rectifier",
    kink_convention=QT_TRANSLATE_NOOP("catalog", "With b = 0 (ReLU) f'(0) = 1/2."),
)


def _smelu(x, beta):
    r"""SmeLU: 0 for x ≤ -β, (x+β)²/(4β) for |x| < β, x for x ≥ β."""
    xc = np.clip(x, -beta, beta)
    return np.where(x >= beta, x, (xc + beta) ** 2 / (4.0 * beta))


def _smelu_df(x, beta):
    return np.where(x >= beta, 1.0, (np.clip(x, -beta, beta) + beta) / (2.0 * beta))


def _smelu_d2f(x, beta):
    return np.where(np.abs(x) < beta, 0.5 / beta, 0.0)


_add(
    id="sparse_plus", name=QT_TRANSLATE_NOOP("catalog", "Sparse plus"), family=RECTIFIER,
    impl=(lambda x: _smelu(x, 1.0), lambda x: _smelu_df(x, 1.0), lambda x: _smelu_d2f(x, 1.0)),
    formula=r"\begin{cases}0 & x \le -1\\ \frac14(x + 1)^2 & -1 < x < 1\\ x & x \ge 1\end{cases}",
    dformula=r"\begin{cases}0 & x \le -1\\ \frac12(x + 1) & -1 < x < 1\\ 1 & x \ge 1\end{cases}",
    range=(0.0, INF), monotonic=True, zero_centred=False,
    breakpoints=_kinks(-1.0, 1.0, order=2),
    equivalents=(_eq(KERAS, "keras.activations.sparse_plus"), _eq(JAX, "jax.nn.sparse_plus")),
    reference="Blondel et al. (2019), Learning with Fenchel-Young losses",
    kink_convention=QT_TRANSLATE_NOOP("catalog", "f is C¹; f'' jumps at ±1 and is 0 there."),
)

_add(
    id="smelu", name=QT_TRANSLATE_NOOP("catalog", "SmeLU"), family=RECTIFIER, aliases=("smooth_relu",),
    params=(Param("beta", 2.0, 0.01, 10.0, 0.1, QT_TRANSLATE_NOOP("catalog",
        "half-width β of the quadratic part"),
                  symbol=r"\beta"),),
    impl=(_smelu, _smelu_df, _smelu_d2f),
    formula=r"\begin{cases}0 & x \le -@beta\\ \frac{(x + @beta)^2}{4 @beta} & |x| < @beta"
            r"\\ x & x \ge @beta\end{cases}",
    dformula=r"\operatorname{clip}\!\left(\frac{x + @beta}{2 @beta},\,0,\,1\right)",
    range=(0.0, INF), monotonic=True, zero_centred=False,
    breakpoints=lambda beta: _kinks(-beta, beta, order=2),
    reference="Shamir, Lin, Anil et al. (2020), Smooth activations and reproducibility in "
              "deep networks",
    description=QT_TRANSLATE_NOOP("catalog", "sparse_plus is SmeLU with β = 1."),
    kink_convention=QT_TRANSLATE_NOOP("catalog", "f is C¹; f'' jumps at ±β and is 0 there."),
)

def _repu(x, p, k):
    r"""The k-th derivative of :math:`\max(0, x)^p`: :math:`\frac{p!}{(p-k)!} x^{p-k}` for x > 0
    and 0 for x <= 0 (0 too where k > p); overflowing to inf where the true value exceeds
    float64."""
    if k > p:
        return np.zeros_like(x)
    with np.errstate(over="ignore"):
        return np.where(x > 0, math.perm(p, k) * np.where(x > 0, x, 0.0) ** (p - k), 0.0)


_add(
    id="repu", name=QT_TRANSLATE_NOOP("catalog", "RePU (ReLU to a power)"), family=RECTIFIER,
    aliases=("relu_squared", "relu2", "squared_relu", "rectified_power_unit"),
    params=(Param("p", 2, 1, 6, 1, QT_TRANSLATE_NOOP("catalog", "the power: 1 is ReLU, 2 the squared ReLU"),
                  symbol="p"),),
    impl=(lambda x, p: _repu(x, p, 0), lambda x, p: _repu(x, p, 1), lambda x, p: _repu(x, p, 2)),
    formula=r"\max(0,\,x)^{@p}", dformula=r"@p\max(0,\,x)^{@p - 1}",
    range=(0.0, INF), monotonic=True, zero_centred=False,
    breakpoints=lambda p: _kinks(0.0, order=p),
    equivalents=(_eq("Primer", "squared ReLU", QT_TRANSLATE_NOOP("catalog", "p = 2"), p=2),),
    reference="Li, Tang & Yu (2019), PowerNet: rectified power units; So et al. (2021), Primer "
              "(p = 2)",
    kink_convention=QT_TRANSLATE_NOOP("catalog",
        "The p-th derivative jumps at 0 (from 0 to p!); every derivative at 0 is 0, as PyTorch autograd of "
        "relu(x)**p."),
    overflow_at=lambda p: float(np.finfo(np.float64).max) ** (1 / p),
)


_add(
    id="threshold", name=QT_TRANSLATE_NOOP("catalog", "Threshold"), family=HARD,
    params=(Param("threshold", 1.0, -10.0, 10.0, 0.1, QT_TRANSLATE_NOOP("catalog",
        "x is kept where x > threshold"),
                  symbol=r"\theta"),
            Param("value", 0.0, -10.0, 10.0, 0.1, QT_TRANSLATE_NOOP("catalog", "value where x ≤ threshold"),
                  symbol="v")),
    impl=(
        lambda x, threshold, value: np.where(x > threshold, x, value),
        lambda x, threshold, value: np.where(x > threshold, 1.0, 0.0),
        lambda x, threshold, value: np.zeros_like(x),
    ),
    formula=r"\begin{cases}x & x > @threshold\\ @value & x \le @threshold\end{cases}",
    dformula=r"\begin{cases}1 & x > @threshold\\ 0 & x \le @threshold\end{cases}",
    range=lambda threshold, value: (min(threshold, value), INF),
    monotonic=lambda threshold, value: value <= threshold, zero_centred=False,
    breakpoints=lambda threshold, value: (Breakpoint(threshold, 0 if value != threshold else 1),),
    equivalents=(_eq(TORCH, "torch.nn.functional.threshold", QT_TRANSLATE_NOOP("catalog", "no defaults")),
                 _eq(KERAS, "keras.activations.threshold",
                     QT_TRANSLATE_NOOP("catalog", "value is default_value"))),
    reference="PyTorch documentation, torch.nn.Threshold",
    description=QT_TRANSLATE_NOOP("catalog", "PyTorch gives no defaults; actgui's (1, 0) show the jump."),
    kink_convention=QT_TRANSLATE_NOOP("catalog", "f'(threshold) = 0, as PyTorch autograd."),
)

# --- smooth gated ------------------------------------------------------------------------------


def _swish(x, beta):
    return x * F.sigmoid(beta * x)


def _swish_df(x, beta):
    return F.sigmoid(beta * x) * (1.0 + beta * x * F.sigmoid(-beta * x))


def _swish_d2f(x, beta):
    bx = beta * x
    return beta * F.sigmoid_pair(bx) * (2.0 - bx * np.tanh(0.5 * bx))


_add(
    id="silu", name=QT_TRANSLATE_NOOP("catalog", "SiLU"), family=GATED,
    aliases=("sigmoid_linear_unit", "swish1"),
    impl=(lambda x: _swish(x, 1.0), lambda x: _swish_df(x, 1.0), lambda x: _swish_d2f(x, 1.0)),
    formula=r"x\,\sigma(x)", dformula=r"\sigma(x)\bigl(1 + x\,(1 - \sigma(x))\bigr)",
    range=(SILU_MIN, INF), monotonic=False, zero_centred=False,
    equivalents=(_eq(TORCH, "torch.nn.functional.silu"),
                 _eq(KERAS, "keras.activations.silu",
                     QT_TRANSLATE_NOOP("catalog", "also keras.activations.swish")),
                 _eq(JAX, "jax.nn.silu", QT_TRANSLATE_NOOP("catalog", "also jax.nn.swish"))),
    reference="Hendrycks & Gimpel (2016); Elfwing, Uchibe & Doya (2018)",
)

_add(
    id="swish", name=QT_TRANSLATE_NOOP("catalog", "Swish (β)"), family=GATED,
    params=(Param("beta", 1.0, 0.0, 10.0, 0.1, QT_TRANSLATE_NOOP("catalog",
        "gate sharpness β (β = 1 is SiLU)"),
                  symbol=r"\beta"),),
    check=lambda beta: None if beta == 0 or beta >= 1e-6 else (
        "beta must be 0 or at least 1e-6 (a smaller gate saturates only beyond float64's range)"),
    impl=(_swish, _swish_df, _swish_d2f),
    formula=r"x\,\sigma(@beta x)", dformula=r"\sigma(@beta x)\bigl(1 + @beta x\,\sigma(-@beta x)\bigr)",
    range=lambda beta: (SILU_MIN / beta if beta > 0 else -INF, INF),
    monotonic=lambda beta: beta == 0, zero_centred=lambda beta: beta == 0,
    equivalents=(_eq(KERAS, "keras.activations.swish",
                     QT_TRANSLATE_NOOP("catalog", "β fixed at 1"), beta=1.0),
                 _eq(JAX, "jax.nn.swish", QT_TRANSLATE_NOOP("catalog", "β fixed at 1"), beta=1.0)),
    reference="Ramachandran, Zoph & Le (2017), Searching for activation functions",
    description=QT_TRANSLATE_NOOP("catalog",
        "The paper's x·σ(βx); no library exposes β. β → ∞ approaches ReLU, β = 0 is x/2."),
)

_add(
    id="quick_gelu", name=QT_TRANSLATE_NOOP("catalog", "QuickGELU"), family=GATED,
    impl=(lambda x: _swish(x, 1.702), lambda x: _swish_df(x, 1.702),
          lambda x: _swish_d2f(x, 1.702)),
    formula=r"x\,\sigma(1.702\,x)", dformula=r"\sigma(1.702x)\bigl(1 + 1.702x\,\sigma(-1.702x)\bigr)",
    range=(SILU_MIN / 1.702, INF), monotonic=False, zero_centred=False,
    equivalents=(_eq("Hugging Face", "transformers.activations.QuickGELUActivation"),),
    reference="Hendrycks & Gimpel (2016), sigmoid approximation of GELU; used by OpenAI CLIP",
)


def _gelu_u(x):
    xc = np.clip(x, -1e3, 1e3)  # tanh(u) is exactly ±1 beyond
    return xc, GELU_C * (xc + GELU_K * xc**3)


def _gelu_f(x, approximate):
    if approximate == "none":
        return x * F.Phi(x)
    _, u = _gelu_u(x)
    return x * F.sigmoid(2.0 * u)  # (1 + tanh u)/2 = σ(2u)


def _gelu_df(x, approximate):
    if approximate == "none":
        xc = np.clip(x, -40.0, 40.0)
        return F.Phi(x) + xc * F.phi(xc)
    xc, u = _gelu_u(x)
    du = GELU_C * (1.0 + 3.0 * GELU_K * xc * xc)
    return F.sigmoid(2.0 * u) + 2.0 * xc * du * F.sigmoid_pair(2.0 * u)


def _gelu_d2f(x, approximate):
    if approximate == "none":
        xc = np.clip(x, -40.0, 40.0)
        return F.phi(xc) * (2.0 - xc * xc)
    xc, u = _gelu_u(x)
    du = GELU_C * (1.0 + 3.0 * GELU_K * xc * xc)
    d2u = 6.0 * GELU_C * GELU_K * xc
    s = F.sigmoid_pair(2.0 * u)
    dg = 2.0 * du * s  # g = σ(2u)
    d2g = 2.0 * s * (d2u - 2.0 * du * du * np.tanh(u))
    return 2.0 * dg + xc * d2g


_add(
    id="gelu", name=QT_TRANSLATE_NOOP("catalog", "GELU"), family=GATED,
    params=(Param("approximate", "none", choices=("none", "tanh"),
                  description=QT_TRANSLATE_NOOP("catalog",
                      "none: x·Φ(x) with erf; tanh: the tanh approximation")),),
    impl=(_gelu_f, _gelu_df, _gelu_d2f),
    formula=r"x\,\Phi(x) = \frac{x}{2}\left(1 + \operatorname{erf}\frac{x}{\sqrt2}\right)"
            r"\ \ \text{or}\ \ \frac{x}{2}\left(1 + \tanh\!\left[\sqrt{2/\pi}\,"
            r"(x + 0.044715x^3)\right]\right)",
    dformula=r"\Phi(x) + x\,\varphi(x)\ \ (\text{exact form})",
    range=lambda approximate: (GELU_MIN[approximate], INF), monotonic=False, zero_centred=False,
    equivalents=(_eq(TORCH, "torch.nn.functional.gelu", approximate="none"),
                 _eq(KERAS, "keras.activations.gelu",
                     QT_TRANSLATE_NOOP("catalog", "approximate=False"), approximate="none"),
                 _eq(KERAS, "keras.ops.gelu",
                     QT_TRANSLATE_NOOP("catalog", "approximate=True"), approximate="tanh"),
                 _eq(JAX, "jax.nn.gelu",
                     QT_TRANSLATE_NOOP("catalog", "approximate=True"), approximate="tanh")),
    reference="Hendrycks & Gimpel (2016), Gaussian error linear units (GELUs)",
    description=QT_TRANSLATE_NOOP("catalog",
        "Exact (erf) is PyTorch's and Keras activations' default; JAX and keras.ops default to the tanh "
        "approximation."),
)

_add(
    id="mish", name=QT_TRANSLATE_NOOP("catalog", "Mish"), family=GATED,
    impl=(
        lambda x: x * np.tanh(F.softplus(x)),
        lambda x: _mish_parts(x)[0],
        lambda x: _mish_parts(x)[1],
    ),
    formula=r"x\,\tanh\bigl(\operatorname{softplus}(x)\bigr)",
    dformula=r"\tanh(\operatorname{sp}(x)) + x\,\sigma(x)\operatorname{sech}^2(\operatorname{sp}(x))",
    range=(MISH_MIN, INF), monotonic=False, zero_centred=False,
    equivalents=(_eq(TORCH, "torch.nn.functional.mish"), _eq(KERAS, "keras.activations.mish"),
                 _eq(JAX, "jax.nn.mish")),
    reference="Misra (2019), Mish: a self regularized non-monotonic activation function",
)


def _mish_parts(x):
    sp = F.softplus(x)
    t, s2, sg = np.tanh(sp), F.sech2(sp), F.sigmoid(x)
    df = t + x * s2 * sg
    d2f = s2 * sg * (2.0 - 2.0 * x * t * sg + x * F.sigmoid(-x))
    return df, d2f


_add(
    id="hardswish", name=QT_TRANSLATE_NOOP("catalog", "Hard swish"), family=HARD,
    aliases=("h_swish", "hard_swish", "hard_silu", "hardsilu"),
    impl=(
        lambda x: x * np.clip(x + 3.0, 0.0, 6.0) / 6.0,
        lambda x: np.where(x <= -3.0, 0.0, np.where(x < 3.0, x / 3.0 + 0.5, 1.0)),
        lambda x: np.where((x > -3.0) & (x < 3.0), 1.0 / 3.0, 0.0),
    ),
    formula=r"x\,\frac{\operatorname{ReLU6}(x + 3)}{6}",
    dformula=r"\begin{cases}0 & x \le -3\\ \frac{2x + 3}{6} & -3 < x < 3\\ 1 & x \ge 3\end{cases}",
    range=(-0.375, INF), monotonic=False, zero_centred=False,
    breakpoints=_kinks(-3.0, 3.0),
    equivalents=(_eq(TORCH, "torch.nn.functional.hardswish"),
                 _eq(KERAS, "keras.activations.hard_silu", QT_TRANSLATE_NOOP("catalog", "also hard_swish")),
                 _eq(JAX, "jax.nn.hard_silu", QT_TRANSLATE_NOOP("catalog", "also hard_swish"))),
    reference="Howard et al. (2019), Searching for MobileNetV3",
    kink_convention=QT_TRANSLATE_NOOP("catalog",
        "f'(-3) = 0 and f'(3) = 1, as PyTorch autograd (the one-sided limits are -0.5 and 1.5)."),
)

_add(
    id="elish", name=QT_TRANSLATE_NOOP("catalog", "ELiSH"), family=GATED,
    impl=(
        lambda x: np.where(x >= 0, x, np.expm1(np.minimum(x, 0.0))) * F.sigmoid(x),
        lambda x: np.where(x >= 0, _swish_df(np.maximum(x, 0.0), 1.0),
                           np.exp(np.minimum(x, 0.0)) * F.sigmoid(x)
                           + np.expm1(np.minimum(x, 0.0)) * F.sigmoid_pair(x)),
        lambda x: np.where(x >= 0, _swish_d2f(np.maximum(x, 0.0), 1.0), _elish_left_d2f(x)),
    ),
    formula=r"\begin{cases}x\,\sigma(x) & x \ge 0\\ (e^{x} - 1)\,\sigma(x) & x < 0\end{cases}",
    dformula=r"\begin{cases}\sigma(x)(1 + x\,\sigma(-x)) & x \ge 0\\ e^{x}\sigma(x) + "
             r"(e^{x} - 1)\,\sigma(x)\sigma(-x) & x < 0\end{cases}",
    range=(ELISH_MIN, INF), monotonic=False, zero_centred=False,
    breakpoints=_kinks(0.0, order=2),
    reference="Basirat & Roth (2018), The quest for the golden activation function",
    kink_convention=QT_TRANSLATE_NOOP("catalog",
        "f is C¹; f'' jumps at 0 (1 from the left, 1/2 from the right); f''(0) = 1/2."),
)


def _elish_left_d2f(x):
    xn = np.minimum(x, 0.0)
    e, em1, s, ss = np.exp(xn), np.expm1(xn), F.sigmoid(xn), F.sigmoid_pair(xn)
    return e * s + 2.0 * e * ss - em1 * ss * np.tanh(0.5 * xn)


# --- shrinkage ---------------------------------------------------------------------------------

_LAMBD = dict(minimum=0.0, maximum=10.0, step=0.1, symbol=r"\lambda")

_add(
    id="hardshrink", name=QT_TRANSLATE_NOOP("catalog", "Hard shrink"), family=SHRINK,
    aliases=("hard_shrink",),
    params=(Param("lambd", 0.5, description=QT_TRANSLATE_NOOP("catalog", "values with |x| ≤ λ become 0"),
                  **_LAMBD),),
    impl=(
        lambda x, lambd: np.where(np.abs(x) > lambd, x, 0.0),
        lambda x, lambd: np.where(np.abs(x) > lambd, 1.0, 0.0),
        lambda x, lambd: np.zeros_like(x),
    ),
    formula=r"\begin{cases}x & |x| > @lambd\\ 0 & |x| \le @lambd\end{cases}",
    dformula=r"\begin{cases}1 & |x| > @lambd\\ 0 & |x| \le @lambd\end{cases}",
    range=(-INF, INF), monotonic=True, zero_centred=True,
    breakpoints=lambda lambd: ((Breakpoint(-lambd, 0), Breakpoint(lambd, 0)) if lambd > 0
                               else (Breakpoint(0.0, 1),)),  # λ = 0: f' is 0 at 0 only
    equivalents=(_eq(TORCH, "torch.nn.functional.hardshrink", lambd=0.5),
                 _eq(KERAS, "keras.activations.hard_shrink",
                     QT_TRANSLATE_NOOP("catalog", "threshold=0.5"), lambd=0.5)),
    reference="PyTorch documentation, torch.nn.Hardshrink",
    kink_convention=QT_TRANSLATE_NOOP("catalog", "f'(±λ) = 0, as PyTorch autograd."),
)

_add(
    id="softshrink", name=QT_TRANSLATE_NOOP("catalog", "Soft shrink"), family=SHRINK,
    aliases=("soft_shrink",),
    params=(Param("lambd", 0.5, description=QT_TRANSLATE_NOOP("catalog",
        "values with |x| ≤ λ become 0, others move by λ"),
                  **_LAMBD),),
    impl=(
        lambda x, lambd: np.where(x > lambd, x - lambd, np.where(x < -lambd, x + lambd, 0.0)),
        lambda x, lambd: np.where(np.abs(x) > lambd, 1.0, 0.0),
        lambda x, lambd: np.zeros_like(x),
    ),
    formula=r"\begin{cases}x - @lambd & x > @lambd\\ x + @lambd & x < -@lambd\\ 0 & "
            r"\text{otherwise}\end{cases}",
    dformula=r"\begin{cases}1 & |x| > @lambd\\ 0 & |x| \le @lambd\end{cases}",
    range=(-INF, INF), monotonic=True, zero_centred=True,
    breakpoints=lambda lambd: _kinks(-lambd, lambd) if lambd > 0 else _kinks(0.0),
    equivalents=(_eq(TORCH, "torch.nn.functional.softshrink", lambd=0.5),
                 _eq(KERAS, "keras.activations.soft_shrink",
                     QT_TRANSLATE_NOOP("catalog", "threshold=0.5"), lambd=0.5)),
    reference="Donoho (1995), De-noising by soft-thresholding",
    kink_convention=QT_TRANSLATE_NOOP("catalog", "f'(±λ) = 0, as PyTorch autograd."),
)

_add(
    id="tanhshrink", name=QT_TRANSLATE_NOOP("catalog", "Tanh shrink"), family=SHRINK,
    aliases=("tanh_shrink",),
    impl=(
        lambda x: F.with_series_near_zero(x, lambda v: v - np.tanh(v), _TANH_SHRINK_SERIES, 3, 0.1),
        lambda x: np.tanh(x) ** 2,
        lambda x: 2.0 * np.tanh(x) * F.sech2(x),
    ),
    formula=r"x - \tanh x", dformula=r"\tanh^2 x",
    range=(-INF, INF), monotonic=True, zero_centred=True,
    equivalents=(_eq(TORCH, "torch.nn.functional.tanhshrink"),
                 _eq(KERAS, "keras.activations.tanh_shrink")),
    reference="PyTorch documentation, torch.nn.Tanhshrink",
)

# --- other -------------------------------------------------------------------------------------

_add(
    id="identity", name=QT_TRANSLATE_NOOP("catalog", "Identity"), family=OTHER, aliases=("linear",),
    impl=(lambda x: x.copy(), np.ones_like, np.zeros_like),
    formula=r"x", dformula=r"1",
    range=(-INF, INF), monotonic=True, zero_centred=True,
    equivalents=(_eq(TORCH, "torch.nn.Identity"), _eq(KERAS, "keras.activations.linear"),
                 _eq(JAX, "jax.nn.identity")),
    reference="—",
)


def _exp(x):
    """e^x, overflowing to inf beyond x ≈ 709.78 where the true value exceeds float64."""
    with np.errstate(over="ignore"):
        return np.exp(x)


_add(
    id="exponential", name=QT_TRANSLATE_NOOP("catalog", "Exponential"), family=OTHER, aliases=("exp",),
    impl=(_exp, _exp, _exp),
    formula=r"e^{x}", dformula=r"e^{x}",
    range=(0.0, INF), monotonic=True, zero_centred=False,
    equivalents=(_eq(TORCH, "torch.exp"), _eq(KERAS, "keras.activations.exponential"),
                 _eq(JAX, "jax.numpy.exp")),
    reference="—",
    overflow_at=math.log(np.finfo(np.float64).max),
)

_add(
    id="gaussian", name=QT_TRANSLATE_NOOP("catalog", "Gaussian"), family=OTHER,
    impl=(
        lambda x: np.exp(-np.clip(x, -40.0, 40.0) ** 2),
        lambda x: -2.0 * np.clip(x, -40.0, 40.0) * np.exp(-np.clip(x, -40.0, 40.0) ** 2),
        lambda x: (4.0 * np.clip(x, -40.0, 40.0) ** 2 - 2.0)
        * np.exp(-np.clip(x, -40.0, 40.0) ** 2),
    ),
    formula=r"e^{-x^2}", dformula=r"-2x\,e^{-x^2}",
    range=(0.0, 1.0), monotonic=False, zero_centred=False,
    reference="Broomhead & Lowe (1988), radial basis functions",
)

_add(
    id="sinusoid", name=QT_TRANSLATE_NOOP("catalog", "Sinusoid"), family=OTHER, aliases=("sin", "sine"),
    impl=(np.sin, np.cos, lambda x: -np.sin(x)),
    formula=r"\sin x", dformula=r"\cos x",
    range=(-1.0, 1.0), monotonic=False, zero_centred=True, oscillating=(0, 1, 2),
    equivalents=(_eq(TORCH, "torch.sin"),),
    reference="Sitzmann et al. (2020), Implicit neural representations with periodic "
              "activation functions (SIREN)",
)


def _sinc_df(x):
    s1, c1 = np.sin(x) / x, np.cos(x) / x
    return c1 - s1 / x  # (x cos x - sin x)/x², without forming x²


def _sinc_d2f(x):
    s1, c1 = np.sin(x) / x, np.cos(x) / x
    return -s1 - 2.0 * c1 / x + 2.0 * (s1 / x) / x


_add(
    id="sinc", name=QT_TRANSLATE_NOOP("catalog", "Sinc"), family=OTHER,
    impl=(
        lambda x: F.with_series_near_zero(x, lambda v: np.sin(v) / v, _SINC_F, 0, 0.5),
        lambda x: F.with_series_near_zero(x, _sinc_df, _SINC_DF, 1, 0.5),
        lambda x: F.with_series_near_zero(x, _sinc_d2f, _SINC_D2F, 0, 0.5),
    ),
    formula=r"\frac{\sin x}{x}\ \ (1 \text{ at } x = 0)",
    dformula=r"\frac{\cos x}{x} - \frac{\sin x}{x^2}",
    range=(SINC_MIN, 1.0), monotonic=False, zero_centred=False,
    equivalents=(_eq(TORCH, "torch.sinc",
                     QT_TRANSLATE_NOOP("catalog", "normalised: torch.sinc(x/π) is this function")),
                 _eq("NumPy", "numpy.sinc",
                     QT_TRANSLATE_NOOP("catalog", "normalised: numpy.sinc(x/π) is this function"))),
    reference="Wikipedia, Activation function (table of functions)",
)

_add(
    id="bent_identity", name=QT_TRANSLATE_NOOP("catalog", "Bent identity"), family=OTHER,
    impl=(
        lambda x: x + 0.5 * x * (x / (np.hypot(x, 1.0) + 1.0)),  # (√(x²+1) - 1)/2 without cancelling
        lambda x: 1.0 + 0.5 * x / np.hypot(x, 1.0),
        lambda x: 0.5 * F.inv_hypot1(x) ** 3,
    ),
    formula=r"\frac{\sqrt{x^2 + 1} - 1}{2} + x", dformula=r"\frac{x}{2\sqrt{x^2 + 1}} + 1",
    range=(-INF, INF), monotonic=True, zero_centred=False,
    reference="Wikipedia, Activation function (table of functions)",
)

_add(
    id="snake", name=QT_TRANSLATE_NOOP("catalog", "Snake"), family=OTHER,
    params=(Param("a", 1.0, 0.01, 10.0, 0.1, QT_TRANSLATE_NOOP("catalog", "frequency a"), symbol="a"),),
    impl=(
        lambda x, a: x + F.sin_cos_of_product(a, x)[0] ** 2 / a,
        lambda x, a: 1.0 + F.sin_cos_of_product(2.0 * a, x)[0],
        lambda x, a: 2.0 * a * F.sin_cos_of_product(2.0 * a, x)[1],
    ),
    formula=r"x + \frac{\sin^2(@a x)}{@a}", dformula=r"1 + \sin(2 @a x)",
    range=(-INF, INF), monotonic=True, zero_centred=False, oscillating=(1, 2),
    reference="Liu, Ziyin et al. (2020), Neural networks fail to learn periodic functions and "
              "how to fix it",
)
