r"""A faithful replica of the TensorFlow Playground's classifier, raced over many seeds at once.

The Playground trains a small fully connected network on 500 points of a 2-D data set, one
example at a time, in the browser. This module follows its algorithm step by step, so that
convergence figures measured here are the Playground's, and trains it for many seeds and several
activation functions at once, to measure how fast each learns and with what spread.

Conventions (stated once, followed everywhere):

* Settings hold the Playground's slider values: noise and the training share in percent. The
  data generators take the noise as a fraction ν = slider/100 in [0, 0.5], as the Playground's do.
* Randomness: run k of base seed s draws every random number from one stream,
  ``np.random.default_rng(np.random.SeedSequence(s, spawn_key=(k,)))`` (the same stream as
  ``SeedSequence(s).spawn(n)[k]`` for every n > k). Its uniforms on [0, 1) take the place of
  ``Math.random``, drawn in the Playground's order: the data set, the shuffle, then the weights.
  Every function raced at seed k gets the same data and the same initial weights.
* ``weights[l][j, i]`` is the link from node j of layer l to node i of layer l + 1 (layer 0 is
  the input layer), ``biases[l][i]`` is the bias of that node i. Across runs, arrays are shaped
  (functions, seeds, ...).
* Epoch e of a loss curve is the loss after e passes over the training set (epoch 0: as built).
* Divergence is honest: a run whose numbers overflow gets inf or NaN losses, no NumPy warning
  escapes, and every other run goes on unaffected.

Data sets (500 points, labels ±1; ``U(a, b) = a + (b - a)·u`` for one uniform u):

circle
    R = 5: 250 points with radius r ~ U(0, R/2), then 250 with r ~ U(0.7R, R); angle
    θ ~ U(0, 2π); (x, y) = (r sin θ, r cos θ). Noise n_x, n_y ~ U(-R, R)·ν; the label is +1 when
    :math:`\sqrt{(x + n_x)^2 + (y + n_y)^2} < R/2`, else -1, and the stored point is the clean
    one: noise flips labels, it does not move points. Each point draws r, θ, n_x, n_y in that
    order, also at ν = 0.
xor
    x, y ~ U(-5, 5), each pushed 0.3 away from 0 (x > 0 gets +0.3, any other x -0.3); the label
    is +1 when :math:`(x + n_x)(y + n_y) \ge 0` with n_x, n_y ~ U(-5, 5)·ν. Draws x, y, n_x, n_y.
gauss
    Variance :math:`\sigma^2 = 0.5 + 7\nu` (ν ∈ [0, 0.5] mapped linearly onto [0.5, 4]); 250
    points around (2, 2) labelled +1, then 250 around (-2, -2) labelled -1. Each coordinate (x,
    then y) is :math:`c + \sigma v_1 \sqrt{-2 \ln s / s}`, Marsaglia's polar method keeping one of
    the pair: :math:`v_1, v_2 = 2u - 1` drawn again while :math:`s = v_1^2 + v_2^2 > 1`.
spiral
    250 points per arm, i = 0 … 249, n = 250: r = 5i/n, t = 1.75·(i/n)·2π + δ (δ = 0 for the +1
    arm, drawn first, π for the -1 arm); x = r sin t + U(-1, 1)·ν, y = r cos t + U(-1, 1)·ν.

Then all 500 points are shuffled by Fisher–Yates from the end (for c = 500 … 1: j = ⌊u·c⌋, swap
items c - 1 and j), and the first ⌊500·share/100⌋ are the training set, the rest the test set.
The input features, in this order, are those chosen of x1, x2, x1², x2², x1·x2, sin x1, sin x2
on the raw coordinates (x1 = x, x2 = y, no normalisation).

Network and training:

* Shape [inputs, hidden…, 1]; node value :math:`a = f(b + \sum_j w_j a_j)` with the chosen f on
  hidden nodes and tanh on the output. Every weight is u - 0.5, drawn as its link is built:
  layer by layer, node by node, each node's incoming links in the order of the previous layer's
  nodes; every bias is 0.1.
* Loss per example :math:`E = \tfrac12 (o - y)^2`, so :math:`\partial E/\partial o = o - y`.
  Backpropagation: :math:`\delta = (\partial E/\partial a)\, f'(z)` per node, accumulated in the
  node (it is :math:`\partial E/\partial b`) and, times the source's output, in each link
  (:math:`\partial E/\partial w`), each with a count.
* An epoch is one pass over the training set in its (once shuffled) order; after the i-th
  example with (i + 1) mod batch = 0 the network is updated: :math:`b \mathrel{-}= \eta\,
  \mathrm{acc}_b / n`, :math:`w' = w - (\eta / n)\, \mathrm{acc}_w`, then
  :math:`w'' = w' - \eta\lambda R'(w)` with R' taken at the weight *before* this update (L2:
  R'(w) = w; L1: sign w, 0 at 0); under L1 a weight with :math:`w' w'' < 0` becomes 0 and stays
  dead (never updated again). Biases are not regularised. Accumulators are reset only by an
  update, so when the training set is not a multiple of the batch size its last (n mod batch)
  examples carry into the next epoch's first batch.
* After each epoch: train and test loss, each the mean of E over its set.

Activations come from the catalog as ``(id or Activation, params)`` pairs, with the catalog's
derivatives (so its kink conventions, e.g. relu'(0) = 0 as in the Playground).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from operator import index
from typing import Any, NamedTuple

import numpy as np

from .i18n import QT_TRANSLATE_NOOP
from .registry import get
from .session import Curve
from .spec import Activation

DATASETS = ("circle", "xor", "gauss", "spiral")
FEATURES = ("x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)")
REGULARIZATIONS = ("none", "L1", "L2")
N_POINTS = 500
_FEATURE_FNS = {
    "x1": lambda x1, x2: x1, "x2": lambda x1, x2: x2, "x1^2": lambda x1, x2: x1 * x1,
    "x2^2": lambda x1, x2: x2 * x2, "x1*x2": lambda x1, x2: x1 * x2,
    "sin(x1)": lambda x1, x2: np.sin(x1), "sin(x2)": lambda x1, x2: np.sin(x2),
}
_TANH = get("tanh")  # the output node's activation

FunctionSpec = tuple[str | Activation, Mapping[str, Any]]


# --- settings ----------------------------------------------------------------------------------

def _invalid(name: str, value: Any, expected: str) -> ValueError:
    return ValueError(f"{name}={value!r} is invalid: expected {expected}")


def _number(name: str, value: Any, lo: float, hi: float = math.inf) -> float:
    real = isinstance(value, int | float | np.integer | np.floating) and not isinstance(value, bool)
    try:
        v = float(value) if real else math.nan
    except OverflowError:  # an integer beyond float64
        v = math.nan
    if not (lo <= v <= hi and math.isfinite(v)):
        expected = f"a number in [{lo:g}, {hi:g}]" if hi < math.inf else f"a finite number >= {lo:g}"
        raise _invalid(name, value, expected)
    return v


def _integer(name: str, value: Any, lo: int, hi: int | None = None) -> int:
    try:
        v = None if isinstance(value, bool) else index(value)
    except TypeError:
        v = None
    if v is None or v < lo or (hi is not None and v > hi):
        expected = f"an integer in [{lo}, {hi}]" if hi is not None else f"an integer >= {lo}"
        raise _invalid(name, value, expected)
    return v


@dataclass(frozen=True)
class RaceSettings:
    """One race: the Playground's settings (its defaults, but the tutorial's two hidden layers of
    3), how many seeds and epochs, and the base seed. Every field is checked on creation: a bad one
    raises ValueError naming it and its allowed values. ``hidden`` and ``features`` are stored as
    tuples, ``features`` in the Playground's input order (:data:`FEATURES`)."""

    dataset: str = "circle"
    hidden: tuple[int, ...] = (3, 3)
    learning_rate: float = 0.03
    batch_size: int = 10
    noise: float = 0.0  # percent
    train_percent: float = 50.0
    regularization: str = "none"
    regularization_rate: float = 0.0
    features: tuple[str, ...] = ("x1", "x2")
    seeds: int = 100
    epochs: int = 1000
    base_seed: int = 0

    def __post_init__(self):
        set_ = object.__setattr__
        if self.dataset not in DATASETS:
            raise _invalid("dataset", self.dataset, "one of " + ", ".join(map(repr, DATASETS)))
        try:
            hidden = tuple(_integer("hidden", n, 1, 8) for n in self.hidden)
        except (TypeError, ValueError):
            hidden = ()
        if not 1 <= len(hidden) <= 6:
            raise _invalid("hidden", self.hidden, "1 to 6 layers of 1 to 8 neurons each")
        set_(self, "hidden", hidden)
        set_(self, "learning_rate", _number("learning_rate", self.learning_rate, 1e-5, 10.0))
        set_(self, "batch_size", _integer("batch_size", self.batch_size, 1, 30))
        set_(self, "noise", _number("noise", self.noise, 0.0, 50.0))
        set_(self, "train_percent", _number("train_percent", self.train_percent, 10.0, 90.0))
        if self.regularization not in REGULARIZATIONS:
            raise _invalid("regularization", self.regularization,
                           "one of " + ", ".join(map(repr, REGULARIZATIONS)))
        set_(self, "regularization_rate", _number("regularization_rate", self.regularization_rate, 0.0))
        chosen = self.features if isinstance(self.features, tuple | list | set | frozenset) else None
        if (not chosen or any(not isinstance(f, str) or f not in FEATURES for f in chosen)
                or len(set(chosen)) != len(chosen)):
            raise _invalid("features", self.features,
                           "a non-empty subset of " + ", ".join(map(repr, FEATURES)))
        set_(self, "features", tuple(f for f in FEATURES if f in chosen))
        set_(self, "seeds", _integer("seeds", self.seeds, 1, 1000))
        set_(self, "epochs", _integer("epochs", self.epochs, 1, 10000))
        set_(self, "base_seed", _integer("base_seed", self.base_seed, 0))

    @property
    def shape(self) -> tuple[int, ...]:
        """Nodes per layer: inputs, hidden layers, the output."""
        return (len(self.features), *self.hidden, 1)

    @property
    def n_train(self) -> int:
        return math.floor(N_POINTS * self.train_percent / 100)


# --- data --------------------------------------------------------------------------------------

def seed_stream(base_seed: int, seed: int) -> np.random.Generator:
    """The random stream of run ``seed`` (0, 1, ...) of ``base_seed``."""
    return np.random.default_rng(np.random.SeedSequence(base_seed, spawn_key=(seed,)))


def _uniform(u, a: float, b: float):
    return u * (b - a) + a


def _polar_normal(rng: np.random.Generator) -> float:
    while True:
        v1, v2 = 2 * rng.random() - 1, 2 * rng.random() - 1
        s = v1 * v1 + v2 * v2
        if s <= 1:
            return math.sqrt(-2 * math.log(s) / s) * v1


def generate(dataset: str, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """``(points, labels)`` of ``dataset`` in generation order: (500, 2) and (500,) of ±1;
    ``noise`` is the fraction ν in [0, 0.5]."""
    half = N_POINTS // 2
    if dataset == "circle":
        radius = 5.0
        u = rng.random((N_POINTS, 4))  # r, angle, noise x, noise y per point
        r_lo = np.repeat([0.0, 0.7 * radius], half)
        r_hi = np.repeat([0.5 * radius, radius], half)
        r = _uniform(u[:, 0], r_lo, r_hi)
        angle = _uniform(u[:, 1], 0.0, 2 * math.pi)
        points = np.stack([r * np.sin(angle), r * np.cos(angle)], axis=1)
        noisy = points + _uniform(u[:, 2:], -radius, radius) * noise
        dist = np.sqrt(noisy[:, 0] * noisy[:, 0] + noisy[:, 1] * noisy[:, 1])
        labels = np.where(dist < radius * 0.5, 1.0, -1.0)
    elif dataset == "xor":
        u = rng.random((N_POINTS, 4))  # x, y, noise x, noise y per point
        points = _uniform(u[:, :2], -5.0, 5.0)
        points += np.where(points > 0, 0.3, -0.3)
        noisy = points + _uniform(u[:, 2:], -5.0, 5.0) * noise
        labels = np.where(noisy[:, 0] * noisy[:, 1] >= 0, 1.0, -1.0)
    elif dataset == "gauss":
        sd = math.sqrt(0.5 + 7.0 * noise)
        centres = [(2.0, 2.0)] * half + [(-2.0, -2.0)] * half
        points = np.array([[c + sd * _polar_normal(rng) for c in centre] for centre in centres])
        labels = np.repeat([1.0, -1.0], half)
    elif dataset == "spiral":
        i = np.arange(half)
        r = i / half * 5
        arms = []
        for delta in (0.0, math.pi):
            t = 1.75 * i / half * 2 * math.pi + delta
            u = rng.random((half, 2))  # noise x, noise y per point
            arms.append(np.stack([r * np.sin(t), r * np.cos(t)], axis=1) + _uniform(u, -1.0, 1.0) * noise)
        points = np.concatenate(arms)
        labels = np.repeat([1.0, -1.0], half)
    else:
        raise _invalid("dataset", dataset, "one of " + ", ".join(map(repr, DATASETS)))
    return points, labels


def shuffle_order(rng: np.random.Generator, n: int = N_POINTS) -> np.ndarray:
    """The Fisher–Yates permutation (from the end, j = ⌊u·c⌋): item k of the shuffled list is
    item ``order[k]`` of the original."""
    order = list(range(n))
    for c, u in zip(range(n, 0, -1), rng.random(n), strict=True):
        j = math.floor(u * c)
        order[c - 1], order[j] = order[j], order[c - 1]
    return np.array(order)


@dataclass(frozen=True)
class Data:
    """A shuffled data set: ``points`` (500, 2), ``labels`` (500,) of ±1; the first ``n_train``
    points are the training set, the rest the test set."""

    points: np.ndarray
    labels: np.ndarray
    n_train: int


def inputs(points: np.ndarray, features: Sequence[str]) -> np.ndarray:
    """The network's inputs (..., len(features)) for points (..., 2)."""
    x1, x2 = points[..., 0], points[..., 1]
    return np.stack([_FEATURE_FNS[f](x1, x2) for f in features], axis=-1)


def make_run(settings: RaceSettings, seed: int):
    """``(data, weights, biases)`` of run ``seed``: its data set, then its freshly built network,
    from its stream in the Playground's order."""
    rng = seed_stream(settings.base_seed, seed)
    points, labels = generate(settings.dataset, settings.noise / 100, rng)
    order = shuffle_order(rng)
    data = Data(points[order], labels[order], settings.n_train)
    shape = settings.shape
    weights = tuple((rng.random((n_out, n_in)) - 0.5).T.copy()  # node by node, its links in turn
                    for n_in, n_out in pairwise(shape))
    biases = tuple(np.full(n_out, 0.1) for n_out in shape[1:])
    return data, weights, biases


# --- networks ----------------------------------------------------------------------------------

def _bind(function: FunctionSpec | str | Activation) -> tuple[Activation, Mapping[str, Any]]:
    name, params = (function, {}) if isinstance(function, str | Activation) else function
    act = get(name)
    return act, act.bind(params)


@dataclass(frozen=True)
class Network:
    """One network's weights and biases (see the module's layout), its hidden activation with
    bound parameters, and its input features."""

    weights: tuple[np.ndarray, ...]
    biases: tuple[np.ndarray, ...]
    activation: Activation
    params: Mapping[str, Any]
    features: tuple[str, ...]


def _activate(act: Activation, params: Mapping[str, Any], order: int, z: np.ndarray,
              finite: bool) -> np.ndarray:
    """f (order 0) or f' (1) at z: the raw callable if every z is ``finite``, else the catalog's
    evaluation (limits at ±inf, NaN propagates)."""
    if not finite:
        return act.evaluate(z, order, params)
    y = act.impl[order](z, **params)
    return y if np.shape(y) == z.shape else np.broadcast_to(y, z.shape)


def _forward(x, weights, biases, functions, derivatives: bool):
    """Outputs a_0 = x, a_1, …, a_L of every layer, and f'(z_l) of each layer if ``derivatives``.

    ``weights[l]`` is (F, ..., n_in, n_out) with function f's along the first axis; ``x``
    (..., examples, n_0) broadcasts against it."""
    outputs, slopes = [x], []
    last = len(weights) - 1
    for l, (w, b) in enumerate(zip(weights, biases, strict=True)):
        z = outputs[-1] @ w + b[..., None, :]
        finite = bool(np.isfinite(z).all())
        if l == last:
            a = _activate(_TANH, {}, 0, z, finite)
            d = _activate(_TANH, {}, 1, z, finite) if derivatives else None
        else:
            a = np.empty_like(z)
            d = np.empty_like(z) if derivatives else None
            for f, (act, params) in enumerate(functions):
                a[f] = _activate(act, params, 0, z[f], finite)
                if derivatives:
                    d[f] = _activate(act, params, 1, z[f], finite)
        outputs.append(a)
        slopes.append(d)
    return outputs, slopes


def predict(network: Network, grid_x1, grid_x2) -> np.ndarray:
    """The network's output in [-1, 1] (NaN where a diverged run has no number) at the points
    (grid_x1, grid_x2), shaped like them broadcast together: a decision-boundary heat map."""
    x1, x2 = np.broadcast_arrays(np.asarray(grid_x1, dtype=np.float64), np.asarray(grid_x2, dtype=np.float64))
    x = inputs(np.stack([x1.ravel(), x2.ravel()], axis=-1), network.features)
    with np.errstate(all="ignore"):
        outputs, _ = _forward(x, [w[None] for w in network.weights], [b[None] for b in network.biases],
                              ((network.activation, network.params),), derivatives=False)
    return outputs[-1].reshape(x1.shape)


# --- the reference trainer: the Playground's algorithm, one example at a time -------------------

class _Node:
    __slots__ = ("acc_input_der", "bias", "count", "df", "f", "input_der", "inputs", "output",
                 "output_der", "outputs", "total_input")

    def __init__(self, bias: float, f: Callable[[float], float], df: Callable[[float], float]):
        self.bias, self.f, self.df = bias, f, df
        self.inputs: list[_Link] = []
        self.outputs: list[_Link] = []
        self.total_input = self.output = self.output_der = self.input_der = 0.0
        self.acc_input_der, self.count = 0.0, 0


class _Link:
    __slots__ = ("acc_error_der", "count", "dead", "dest", "source", "weight")

    def __init__(self, source: _Node, dest: _Node, weight: float):
        self.source, self.dest, self.weight = source, dest, weight
        self.dead = False
        self.acc_error_der, self.count = 0.0, 0


class ReferenceNetwork:
    """The Playground's network as it keeps it: nodes and links in plain Python floats, each
    with its own accumulators and counts. Readable above all: it is the specification that
    :func:`train_many` is checked against."""

    def __init__(self, weights, biases, function: FunctionSpec | str | Activation):
        self.activation, self.params = _bind(function)
        act, params = self.activation, dict(self.params)
        hidden = (lambda z: float(act.evaluate(z, 0, params)),
                  lambda z: float(act.evaluate(z, 1, params)))
        output = (lambda z: float(_TANH.evaluate(z, 0)), lambda z: float(_TANH.evaluate(z, 1)))
        self.layers = [[_Node(0.0, *hidden) for _ in range(len(weights[0]))]]  # inputs: no bias
        for l, (w, b) in enumerate(zip(weights, biases, strict=True)):
            layer = []
            for i, bias in enumerate(b):
                node = _Node(float(bias), *(output if l == len(weights) - 1 else hidden))
                for j, source in enumerate(self.layers[-1]):
                    link = _Link(source, node, float(w[j][i]))
                    source.outputs.append(link)
                    node.inputs.append(link)
                layer.append(node)
            self.layers.append(layer)

    def forward(self, x: Sequence[float]) -> float:
        for node, value in zip(self.layers[0], x, strict=True):
            node.output = float(value)
        for layer in self.layers[1:]:
            for node in layer:
                node.total_input = node.bias
                for link in node.inputs:
                    node.total_input += link.weight * link.source.output
                node.output = node.f(node.total_input)
        return self.layers[-1][0].output

    def backward(self, target: float) -> None:
        """Accumulate dE/db and dE/dw of the last forward pass's example."""
        out = self.layers[-1][0]
        out.output_der = out.output - target
        for l in range(len(self.layers) - 1, 0, -1):
            for node in self.layers[l]:
                node.input_der = node.output_der * node.df(node.total_input)
                node.acc_input_der += node.input_der
                node.count += 1
            for node in self.layers[l]:
                for link in node.inputs:
                    if not link.dead:
                        link.acc_error_der += node.input_der * link.source.output
                        link.count += 1
            if l > 1:
                for node in self.layers[l - 1]:
                    node.output_der = 0.0
                    for link in node.outputs:
                        node.output_der += link.weight * link.dest.input_der

    def update(self, learning_rate: float, regularization: str = "none", rate: float = 0.0) -> None:
        for layer in self.layers[1:]:
            for node in layer:
                if node.count > 0:
                    node.bias -= learning_rate * node.acc_input_der / node.count
                    node.acc_input_der, node.count = 0.0, 0
                for link in node.inputs:
                    if link.dead or link.count == 0:
                        continue
                    w = link.weight
                    reg_der = {"none": 0.0, "L2": w, "L1": -1.0 if w < 0 else (1.0 if w > 0 else 0.0)}
                    link.weight = w - (learning_rate / link.count) * link.acc_error_der
                    new = link.weight - (learning_rate * rate) * reg_der[regularization]
                    if regularization == "L1" and link.weight * new < 0:
                        link.weight, link.dead = 0.0, True
                    else:
                        link.weight = new
                    link.acc_error_der, link.count = 0.0, 0

    @property
    def pending(self) -> int:
        """Examples accumulated since the last update."""
        return self.layers[-1][0].count

    def loss(self, examples: Sequence[tuple[Sequence[float], float]]) -> float:
        total = 0.0
        for x, y in examples:
            d = self.forward(x) - y
            total += 0.5 * d * d
        return total / len(examples)

    def state(self, features: tuple[str, ...]) -> Network:
        layers = self.layers
        weights = tuple(np.array([[link.weight for link in node.inputs] for node in layer]).T
                        for layer in layers[1:])
        biases = tuple(np.array([node.bias for node in layer]) for layer in layers[1:])
        return Network(weights, biases, self.activation, self.params, features)


def train_reference(settings: RaceSettings, function: FunctionSpec | str | Activation, seed: int = 0):
    """Train run ``seed`` with one activation the Playground's way, one example at a time.

    Returns ``(train_loss, test_loss, network)``: two arrays (epochs + 1,) and the
    :class:`ReferenceNetwork` as the last epoch left it (leftover examples still accumulated)."""
    data, weights, biases = make_run(settings, seed)
    net = ReferenceNetwork(weights, biases, function)
    examples = list(zip(inputs(data.points, settings.features).tolist(), data.labels.tolist(), strict=True))
    train, test = examples[:data.n_train], examples[data.n_train:]
    train_loss, test_loss = [net.loss(train)], [net.loss(test)]
    for _ in range(settings.epochs):
        for i, (x, y) in enumerate(train):
            net.forward(x)
            net.backward(y)
            if (i + 1) % settings.batch_size == 0:
                net.update(settings.learning_rate, settings.regularization, settings.regularization_rate)
        train_loss.append(net.loss(train))
        test_loss.append(net.loss(test))
    return np.array(train_loss), np.array(test_loss), net


# --- the vectorised trainer: every seed and function at once ----------------------------------

@dataclass(frozen=True)
class RaceResult:
    """Losses (functions, seeds, epochs + 1) of a race and the final network of every run:
    ``weights[l]`` (functions, seeds, n_in, n_out), ``biases[l]`` (functions, seeds, n_out),
    ``dead[l]`` the links L1 killed. ``epochs`` is less than the settings' when stopped early."""

    settings: RaceSettings
    functions: tuple[tuple[Activation, Mapping[str, Any]], ...]
    train_loss: np.ndarray
    test_loss: np.ndarray
    weights: tuple[np.ndarray, ...]
    biases: tuple[np.ndarray, ...]
    dead: tuple[np.ndarray, ...]

    @property
    def epochs(self) -> int:
        return self.train_loss.shape[-1] - 1

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(Curve(act.id, params).label for act, params in self.functions)

    def network(self, function: int, seed: int) -> Network:
        act, params = self.functions[function]
        return Network(tuple(w[function, seed] for w in self.weights),
                       tuple(b[function, seed] for b in self.biases), act, params, self.settings.features)


def _batches(n: int, size: int) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """The examples of each update: in the first epoch, and in every later one, whose first
    batch also holds the previous epoch's n mod size leftovers (computed with the same weights)."""
    full = n // size * size
    first = [np.arange(start, start + size) for start in range(0, full, size)]
    later = [np.concatenate([np.arange(full, n), first[0]]), *first[1:]]
    return first, later


def _gradients(x, y, weights, biases, functions):
    """dE/dW and dE/db summed over a batch of examples: x (S, b, n_0), y (S, b)."""
    outputs, slopes = _forward(x, weights, biases, functions, derivatives=True)
    delta = (outputs[-1] - y[..., None]) * slopes[-1]  # dE/dz of the output node
    grad_w, grad_b = [None] * len(weights), [None] * len(weights)
    for l in range(len(weights) - 1, -1, -1):
        grad_w[l] = np.swapaxes(outputs[l], -1, -2) @ delta
        grad_b[l] = delta.sum(axis=-2)
        if l > 0:
            delta = (delta @ np.swapaxes(weights[l], -1, -2)) * slopes[l - 1]
    return grad_w, grad_b


def _update(weights, biases, dead, grad_w, grad_b, count: int, s: RaceSettings) -> None:
    lr, rate = s.learning_rate, s.regularization_rate
    for l, w in enumerate(weights):
        biases[l] -= lr * grad_b[l] / count
        stepped = w - (lr / count) * grad_w[l]
        if s.regularization == "none":
            new = stepped
        else:
            new = stepped - (lr * rate) * (np.sign(w) if s.regularization == "L1" else w)
            if s.regularization == "L1":
                dead[l] |= stepped * new < 0
        weights[l] = np.where(dead[l], 0.0, new)  # dead links stay 0


def _losses(x, y, n_train: int, weights, biases, functions):
    outputs, _ = _forward(x, weights, biases, functions, derivatives=False)
    d = outputs[-1][..., 0] - y
    e = 0.5 * d * d
    return e[..., :n_train].mean(axis=-1), e[..., n_train:].mean(axis=-1)


def train_many(settings: RaceSettings, functions: Sequence[FunctionSpec | str | Activation], *,
               on_epoch: Callable[[int, np.ndarray, np.ndarray], Any] | None = None,
               every: int = 1) -> RaceResult:
    """Train ``settings.seeds`` runs of each activation in ``functions`` at once, the
    Playground's way (the same losses as :func:`train_reference`, to rounding).

    Within a batch the weights do not change, so each batch's per-example gradients (the
    previous epoch's leftovers included) are summed in one computation on arrays (functions,
    seeds, batch, nodes). ``on_epoch(epoch, train_loss, test_loss)``, with the (functions,
    seeds) losses of that epoch, is called every ``every`` epochs and after the last; it may
    return False to stop there (the result then holds the epochs done so far)."""
    funcs = tuple(_bind(f) for f in functions)
    if not funcs:
        raise ValueError("functions=() is invalid: expected at least one activation")
    every = _integer("every", every, 1)
    runs = [make_run(settings, k) for k in range(settings.seeds)]
    x = np.stack([inputs(data.points, settings.features) for data, _, _ in runs])  # (S, 500, n_0)
    y = np.stack([data.labels for data, _, _ in runs])
    layers = range(len(settings.shape) - 1)
    weights = [np.repeat(np.stack([w[l] for _, w, _ in runs])[None], len(funcs), axis=0) for l in layers]
    biases = [np.repeat(np.stack([b[l] for _, _, b in runs])[None], len(funcs), axis=0) for l in layers]
    dead = [np.zeros(w.shape, dtype=bool) for w in weights]
    first, later = ([(x[:, idx], y[:, idx], idx.size) for idx in batches]
                    for batches in _batches(settings.n_train, settings.batch_size))
    shape = (len(funcs), settings.seeds, settings.epochs + 1)
    train_loss, test_loss = np.full(shape, np.nan), np.full(shape, np.nan)
    done = 0
    with np.errstate(all="ignore"):
        train_loss[..., 0], test_loss[..., 0] = _losses(x, y, settings.n_train, weights, biases, funcs)
        for epoch in range(1, settings.epochs + 1):
            for xb, yb, count in first if epoch == 1 else later:
                grad_w, grad_b = _gradients(xb, yb, weights, biases, funcs)
                _update(weights, biases, dead, grad_w, grad_b, count, settings)
            train_loss[..., epoch], test_loss[..., epoch] = _losses(x, y, settings.n_train, weights,
                                                                    biases, funcs)
            done = epoch
            if (on_epoch is not None and (epoch % every == 0 or epoch == settings.epochs)
                    and on_epoch(epoch, train_loss[..., epoch], test_loss[..., epoch]) is False):
                break
    return RaceResult(settings, funcs, train_loss[..., :done + 1], test_loss[..., :done + 1],
                      tuple(weights), tuple(biases), tuple(dead))


# --- statistics --------------------------------------------------------------------------------

def quantile(values, q: float, axis: int = -1) -> np.ndarray:
    """The q-quantile along ``axis``, linear between order statistics (np.quantile's default),
    with NaN counted as +inf and any quantile that reaches a +inf value +inf (so a median of
    runs that mostly never reach a target is +inf: "not reached")."""
    v = np.sort(np.where(np.isnan(values), np.inf, values), axis=axis)
    pos = q * (v.shape[axis] - 1)
    lo = math.floor(pos)
    frac = pos - lo
    below = np.take(v, lo, axis=axis)
    if frac == 0:
        return below
    above = np.take(v, lo + 1, axis=axis)
    with np.errstate(invalid="ignore"):  # inf - inf in the branch not taken
        return np.where(np.isinf(above), above, below + (above - below) * frac)


@dataclass(frozen=True)
class Quartiles:
    low: np.ndarray  # 25th percentile
    median: np.ndarray
    high: np.ndarray  # 75th percentile


def quartiles(values, axis: int = -1) -> Quartiles:
    return Quartiles(*(quantile(values, q, axis) for q in (0.25, 0.5, 0.75)))


def loss_quartiles(result: RaceResult) -> tuple[Quartiles, Quartiles]:
    """Train and test loss over the seeds, per function and epoch: (functions, epochs + 1) each.
    A diverged (NaN) loss counts as the worst."""
    return quartiles(result.train_loss, axis=1), quartiles(result.test_loss, axis=1)


def epochs_to_target(losses, target: float) -> np.ndarray:
    """The first epoch whose loss is <= ``target``, along the last axis (+inf if none is)."""
    reached = np.asarray(losses) <= target
    return np.where(reached.any(axis=-1), reached.argmax(axis=-1), np.inf)


@dataclass(frozen=True)
class Reach:
    """Epochs to a target test loss per function and seed (+inf: not reached within
    ``budget`` epochs), their quartiles over the seeds and the share of seeds that reach it."""

    target: float
    budget: int
    epochs: np.ndarray  # (functions, seeds)
    quartiles: Quartiles  # (functions,)
    share: np.ndarray  # (functions,)


def reach(result: RaceResult, target: float) -> Reach:
    epochs = epochs_to_target(result.test_loss, target)
    return Reach(target, result.epochs, epochs, quartiles(epochs), np.isfinite(epochs).mean(axis=-1))


@dataclass(frozen=True)
class Ratio:
    estimate: float
    low: float  # 95 % bootstrap interval
    high: float


def speedup(fast, slow, resamples: int = 2000, seed: int = 0) -> Ratio:
    """How many times faster ``fast`` reaches a target than ``slow``: median(slow) / median(fast)
    of their epochs to it, per seed (+inf: not reached), with a 95 % percentile bootstrap interval.

    The runs are paired (same data and initial weights at a seed), so each of ``resamples``
    resamples draws seeds with replacement and takes both functions at them, from
    ``default_rng(seed)``. A ratio is +inf when only ``slow``'s median is not reached, 0 when only
    ``fast``'s is, NaN when neither is (and such resamples rank as +inf)."""
    fast, slow = np.asarray(fast, dtype=np.float64), np.asarray(slow, dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        estimate = float(quantile(slow, 0.5) / quantile(fast, 0.5))
        pick = np.random.default_rng(seed).integers(0, fast.size, size=(resamples, fast.size))
        ratios = quantile(slow[pick], 0.5) / quantile(fast[pick], 0.5)
    return Ratio(estimate, float(quantile(ratios, 0.025)), float(quantile(ratios, 0.975)))


def _fmt(x: float) -> str:
    return "∞" if x == math.inf else f"{x:.1f}"


_REACHES = QT_TRANSLATE_NOOP("race", "{name} reaches test loss {target} in a median of {epochs} epochs")
_MISSES = QT_TRANSLATE_NOOP("race", "{name} does not reach test loss {target} within {budget} "
                                    "epochs in a median run")
_FASTER = QT_TRANSLATE_NOOP("race", ", {ratio} times faster than {other} (95 % interval {low}-{high})")
_SLOWER = QT_TRANSLATE_NOOP("race", ", {ratio} times slower than {other} (95 % interval {low}-{high})")
_OTHER_MISSES = QT_TRANSLATE_NOOP("race", ", while {other} does not reach it in a median run")
_UNCLEAR = QT_TRANSLATE_NOOP("race", ", {ratio} times the speed of {other}, but its 95 % interval "
                                     "({low}-{high}) includes 1: more seeds would tell")


def claim_sentence(target: float, budget: int, tanh: float, relu: float,
                   tanh_vs_sigmoid: Ratio, relu_vs_tanh: Ratio,
                   translate: Callable[[str], str] = str) -> str:
    """One sentence on the tutorial's claim (tanh ~10x faster than sigmoid, ReLU ~2x faster than
    tanh) from the numbers: the median epochs of tanh and ReLU to test loss ``target`` (+inf: not
    reached within ``budget``) and the two speed-ups. ``translate`` turns each English template
    (context "race") into the reader's language; the window passes Qt's."""
    def reaches(name: str, median: float) -> str:
        if math.isinf(median):
            return translate(_MISSES).format(name=name, target=f"{target:g}", budget=budget)
        return translate(_REACHES).format(name=name, target=f"{target:g}", epochs=f"{median:g}")

    def versus(other: str, r: Ratio) -> str:
        if r.estimate == math.inf:
            return translate(_OTHER_MISSES).format(other=other)
        if not r.estimate > 0:
            return ""
        if r.low <= 1 <= r.high:
            return translate(_UNCLEAR).format(ratio=f"{r.estimate:.1f}", other=other,
                                              low=_fmt(r.low), high=_fmt(r.high))
        if r.estimate >= 1:
            return translate(_FASTER).format(ratio=f"{r.estimate:.1f}", other=other,
                                             low=_fmt(r.low), high=_fmt(r.high))
        low, high = (1 / v if v > 0 else math.inf for v in (r.high, r.low))
        return translate(_SLOWER).format(ratio=f"{1 / r.estimate:.1f}", other=other,
                                         low=_fmt(low), high=_fmt(high))

    return (reaches("tanh", tanh) + versus("sigmoid", tanh_vs_sigmoid) + "; "
            + reaches("ReLU", relu) + versus("tanh", relu_vs_tanh) + ".")


def summarize_claim(result: RaceResult, target: float, translate: Callable[[str], str] = str) -> str:
    """:func:`claim_sentence` for a race that includes tanh, sigmoid and relu."""
    ids = [act.id for act, _ in result.functions]
    missing = [name for name in ("tanh", "sigmoid", "relu") if name not in ids]
    if missing:
        raise ValueError(f"functions lack {', '.join(missing)}: the claim compares tanh, sigmoid and relu")
    r = reach(result, target)
    tanh, sigmoid, relu = (r.epochs[ids.index(name)] for name in ("tanh", "sigmoid", "relu"))
    return claim_sentence(target, r.budget, float(quantile(tanh, 0.5)), float(quantile(relu, 0.5)),
                          speedup(tanh, sigmoid), speedup(relu, tanh), translate)


# --- the race summarised (the command line's and the Training race tab's) ---------------------
TARGET = 0.1  # test loss
COLUMNS = ["function", "seed", "epoch", "train_loss", "test_loss"]
CLAIM_IDS = ("tanh", "sigmoid", "relu")
_NONE = QT_TRANSLATE_NOOP("race", "No function reaches test loss {target} within {budget} epochs "
                                  "in a median run.")
_ONLY = QT_TRANSLATE_NOOP("race", "{name} reaches test loss {target} in a median of {epochs} epochs.")
_FASTEST = QT_TRANSLATE_NOOP("race", "{name} is the fastest to test loss {target}: a median of "
                                     "{epochs} epochs, {ratio} times faster than the next, {other} "
                                     "(95 % interval {low}-{high}).")
_FIRST = QT_TRANSLATE_NOOP("race", "{name} reaches test loss {target} first, in a median of {epochs} "
                                   "epochs, {ratio} times the speed of the next, {other}, but the 95 % "
                                   "interval ({low}-{high}) includes 1: more seeds would tell.")
_ALONE = QT_TRANSLATE_NOOP("race", "{name} is the only function to reach test loss {target} in a "
                                   "median run: a median of {epochs} epochs.")


def parse_hidden(text: str) -> tuple[int, ...]:
    """Hidden layer sizes written "3, 3" or "3 3" -> (3, 3); RaceSettings checks their number and
    sizes."""
    try:
        return tuple(int(part) for part in text.replace(",", " ").split())
    except ValueError:
        raise ValueError(f"{text!r} is invalid: expected whole numbers separated by commas, "
                         "e.g. 3,3") from None


def loss_table(result: RaceResult, labels: Sequence[str]) -> tuple[list[str], list[list]]:
    """Every run's losses as (header, rows): :data:`COLUMNS`, one row per function (its label),
    seed and epoch, in that order (epoch 0: the network as built)."""
    shape = result.train_loss.shape
    function, seed, epoch = (i.ravel().tolist() for i in np.indices(shape))
    names = [labels[f] for f in function]
    return COLUMNS, [list(row) for row in zip(names, seed, epoch, result.train_loss.ravel().tolist(),
                                              result.test_loss.ravel().tolist(), strict=True)]


class Summary(NamedTuple):
    """Epochs to the target per function and seed (``reach``), the reference function, each
    function's speed-up over it (None for the reference itself) and one sentence on the race."""

    reach: Reach
    reference: int
    ratios: tuple[Ratio | None, ...]
    sentence: str


def ratio_text(x: float, spec: str = ".1f") -> str:
    return "∞" if x == math.inf else format(x, spec)


def summarize(result: RaceResult, labels: Sequence[str], target: float,
              translate: Callable[[str], str] = str) -> Summary:
    """The race's :class:`Summary`. The sentence is the tutorial's claim
    (:func:`~actgui.core.playground.summarize_claim`) when tanh, sigmoid and relu are all raced,
    else which function is fastest; ``translate`` turns its English template (context "race")
    into the reader's language."""
    r = reach(result, target)
    ids = [act.id for act, _ in result.functions]
    ref = ids.index("tanh") if "tanh" in ids else 0
    ratios = tuple(None if f == ref else speedup(r.epochs[f], r.epochs[ref]) for f in range(len(ids)))
    if all(name in ids for name in CLAIM_IDS):
        sentence = summarize_claim(result, target, translate)
    else:
        medians = r.quartiles.median
        order = np.argsort(medians, kind="stable")
        best = int(order[0])
        words = {"name": labels[best], "target": f"{target:g}", "epochs": f"{medians[best]:g}"}
        if math.isinf(medians[best]):
            sentence = translate(_NONE).format(target=f"{target:g}", budget=r.budget)
        elif len(ids) == 1:
            sentence = translate(_ONLY).format(**words)
        elif math.isinf(medians[order[1]]):
            sentence = translate(_ALONE).format(**words)
        else:
            other = int(order[1])
            ratio = speedup(r.epochs[best], r.epochs[other])
            sentence = translate(_FIRST if ratio.low <= 1 else _FASTEST).format(
                **words, ratio=f"{ratio.estimate:.1f}", other=labels[other],
                low=ratio_text(ratio.low), high=ratio_text(ratio.high))
    return Summary(r, ref, ratios, sentence)
