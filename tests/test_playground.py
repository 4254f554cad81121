"""The Playground replica: data generators, the reference trainer by hand, the vectorised trainer
against the reference, statistics on known inputs, validation, divergence and determinism."""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pytest

from actgui.core.playground import (
    FEATURES,
    Network,
    RaceResult,
    RaceSettings,
    Ratio,
    ReferenceNetwork,
    claim_sentence,
    epochs_to_target,
    generate,
    inputs,
    loss_quartiles,
    make_run,
    predict,
    quantile,
    reach,
    seed_stream,
    shuffle_order,
    speedup,
    summarize_claim,
    train_many,
    train_reference,
)
from actgui.core.registry import get

LEAKY = ("leaky_relu", {"negative_slope": 0.1})
GELU_TANH = ("gelu", {"approximate": "tanh"})
# Losses of the two trainers agree to |many - reference| <= ATOL + RTOL * |reference|.
RTOL = ATOL = 1e-12


# --- the vectorised trainer against the reference ----------------------------------------------

AGREEMENT = [
    dict(dataset="circle", batch_size=10, functions=("tanh", "relu")),
    dict(dataset="circle", batch_size=7, noise=10, learning_rate=0.3, regularization="L1",
         regularization_rate=0.01, functions=("sigmoid", LEAKY)),
    dict(dataset="xor", batch_size=7, train_percent=30, noise=20, regularization="L2",
         regularization_rate=0.03, features=FEATURES, functions=("relu", GELU_TANH)),
    dict(dataset="gauss", batch_size=10, train_percent=30, noise=25, learning_rate=0.1,
         regularization="L1", regularization_rate=0.3, hidden=(2,), epochs=5, functions=("tanh", "gelu")),
    dict(dataset="spiral", batch_size=7, noise=15, learning_rate=0.1, hidden=(5, 2),
         features=("x1", "x2", "sin(x1)", "sin(x2)"), functions=("tanh", LEAKY)),
]


@pytest.mark.parametrize("case", AGREEMENT, ids=lambda c: f"{c['dataset']}-b{c['batch_size']}-"
                                                          f"{c.get('regularization', 'none')}")
def test_vectorised_matches_reference_on_every_epoch(case):
    case = dict(case)
    functions = case.pop("functions")
    settings = RaceSettings(seeds=2, epochs=case.pop("epochs", 10), base_seed=7, **case)
    result = train_many(settings, functions)
    assert result.train_loss.shape == (2, 2, settings.epochs + 1)
    for f, function in enumerate(functions):
        for seed in range(2):
            train, test, net = train_reference(settings, function, seed)
            np.testing.assert_allclose(result.train_loss[f, seed], train, rtol=RTOL, atol=ATOL)
            np.testing.assert_allclose(result.test_loss[f, seed], test, rtol=RTOL, atol=ATOL)
            final = net.state(settings.features)
            for w_many, w_ref in zip(result.network(f, seed).weights, final.weights, strict=True):
                np.testing.assert_allclose(w_many, w_ref, rtol=1e-10, atol=1e-12)
            dead_ref = sum(link.dead for layer in net.layers for node in layer for link in node.inputs)
            assert sum(int(d[f, seed].sum()) for d in result.dead) == dead_ref
            if settings.regularization == "L1":
                assert dead_ref > 0  # the rate is big enough to kill links
            assert np.ptp(train) > 1e-3  # the losses move: not a comparison of constants


def test_a_diverging_run_is_nan_without_a_warning_and_others_go_on():
    settings = RaceSettings(seeds=3, epochs=2, learning_rate=10, batch_size=1)
    result = train_many(settings, ["exponential", "tanh"])
    exp_loss, tanh_loss = result.train_loss
    assert np.isnan(exp_loss[:, 1:]).any()  # some exponential run overflowed
    assert np.isfinite(tanh_loss).all()
    for seed in range(3):
        train, test, _ = train_reference(settings, "exponential", seed)
        np.testing.assert_allclose(result.train_loss[0, seed], train, rtol=RTOL, atol=ATOL)
        np.testing.assert_allclose(result.test_loss[0, seed], test, rtol=RTOL, atol=ATOL)
    diverged = int(np.flatnonzero(np.isnan(exp_loss[:, -1]))[0])
    grid = predict(result.network(0, diverged), np.linspace(-5, 5, 4), 1.0)
    assert np.isnan(grid).all()


def test_nan_reaches_the_output_by_the_catalogs_semantics():
    # relu's raw callable maps NaN to 0; the catalog propagates it.
    weights = (np.array([[np.nan], [0.5]]), np.array([[0.7]]))
    biases = (np.array([0.1]), np.array([0.1]))
    net = Network(weights, biases, get("relu"), {}, ("x1", "x2"))
    assert np.isnan(predict(net, [1.0, 2.0], [0.0, 0.0])).all()


# --- the reference trainer by hand ---------------------------------------------------------------

@pytest.mark.parametrize("regularization, rate", [("none", 0.0), ("L2", 0.5)])
def test_first_update_of_a_2_1_1_network_by_hand(regularization, rate):
    w1, w2, v, b, lr = 0.3, -0.2, 0.4, 0.1, 0.1
    x1, x2, target = 1.5, -2.0, 1.0
    net = ReferenceNetwork(([[w1], [w2]], [[v]]), ([b], [b]), "tanh")
    net.forward([x1, x2])
    net.backward(target)
    assert net.pending == 1
    net.update(lr, regularization, rate)
    # Chain rule: h = tanh(z1), o = tanh(z2), E = (o - y)^2 / 2.
    z1 = b + w1 * x1 + w2 * x2
    h = math.tanh(z1)
    o = math.tanh(b + v * h)
    d2 = (o - target) * (1 - o * o)  # dE/dz2
    d1 = d2 * v * (1 - h * h)  # dE/dz1
    decay = lr * rate if regularization == "L2" else 0.0  # L2: w -= lr * rate * w (old w)
    state = net.state(("x1", "x2"))
    assert state.weights[0][:, 0] == pytest.approx([w1 - lr * d1 * x1 - decay * w1,
                                                    w2 - lr * d1 * x2 - decay * w2], rel=1e-13)
    assert state.weights[1][0, 0] == pytest.approx(v - lr * d2 * h - decay * v, rel=1e-13)
    assert state.biases[0][0] == pytest.approx(b - lr * d1, rel=1e-13)  # biases are not regularised
    assert state.biases[1][0] == pytest.approx(b - lr * d2, rel=1e-13)
    assert net.pending == 0


def test_l1_kills_a_weight_that_crosses_zero_and_it_stays_dead():
    net = ReferenceNetwork(([[0.3], [-0.2]], [[0.01]]), ([0.1], [0.1]), "tanh")
    for _ in range(2):
        net.forward([1.5, -2.0])
        net.backward(0.0)
        net.update(0.1, "L1", 1.0)  # the L1 step (0.1) is bigger than |v| = 0.01
    link = net.layers[2][0].inputs[0]
    assert link.dead and link.weight == 0.0
    w1 = net.layers[1][0].inputs[0]
    assert not w1.dead and 0 < w1.weight < 0.3  # shrunk towards 0 by 0.1 per step at most


def _hand_gradient(weights, biases, x, y):
    """dE/dW and dE/db of one example through tanh layers, written out."""
    outputs = [np.asarray(x)]
    for w, b in zip(weights, biases, strict=True):
        outputs.append(np.tanh(b + outputs[-1] @ w))
    delta = (outputs[-1] - y) * (1 - outputs[-1] ** 2)
    grad_w, grad_b = [None] * len(weights), [None] * len(weights)
    for l in range(len(weights) - 1, -1, -1):
        grad_w[l], grad_b[l] = np.outer(outputs[l], delta), delta
        delta = (weights[l] @ delta) * (1 - outputs[l] ** 2)
    return grad_w, grad_b


def _hand_losses(settings, batches_per_epoch):
    data, weights, biases = make_run(settings, 0)
    weights, biases = [w.copy() for w in weights], [b.copy() for b in biases]
    x, y, n = inputs(data.points, settings.features), data.labels, data.n_train

    def loss():
        out = x
        for w, b in zip(weights, biases, strict=True):
            out = np.tanh(b + out @ w)
        return float(np.mean(0.5 * (out[:n, 0] - y[:n]) ** 2))

    losses = []
    for batches in batches_per_epoch:
        for batch in batches:
            grads = [_hand_gradient(weights, biases, x[i], y[i]) for i in batch]
            for l in range(len(weights)):
                weights[l] -= settings.learning_rate / len(batch) * sum(g[0][l] for g in grads)
                biases[l] -= settings.learning_rate * sum(g[1][l] for g in grads) / len(batch)
        losses.append(loss())
    return losses


def test_leftovers_carry_into_the_next_epochs_first_update():
    settings = RaceSettings(batch_size=7, epochs=2, seeds=1, learning_rate=0.3)
    assert settings.n_train == 250  # 35 updates of 7, 5 left over
    train, _, net = train_reference(settings, "tanh", 0)
    assert net.pending == 5
    epoch1 = [list(range(i, i + 7)) for i in range(0, 245, 7)]
    epoch2 = [[245, 246, 247, 248, 249, *range(7)], *epoch1[1:]]  # 12 examples in its first update
    assert len(epoch2[0]) == 12
    carried = _hand_losses(settings, [epoch1, epoch2])
    np.testing.assert_allclose(train[1:], carried, rtol=RTOL, atol=ATOL)
    dropped = _hand_losses(settings, [epoch1, epoch1])
    assert abs(dropped[1] - train[2]) > 1e-6  # dropping the leftovers is told apart


# --- data ------------------------------------------------------------------------------------------

def test_circle_by_its_rule_and_draw_order():
    points, labels = generate("circle", 0.0, np.random.default_rng(3))
    r = np.hypot(points[:, 0], points[:, 1])
    assert (labels[:250] == 1).all() and (labels[250:] == -1).all()
    assert r[:250].max() <= 2.5 and r[250:].min() >= 3.5 and r[250:].max() <= 5
    assert r[:250].mean() == pytest.approx(1.25, abs=0.2)  # U(0, 2.5)
    assert r[250:].mean() == pytest.approx(4.25, abs=0.15)  # U(3.5, 5)
    u = np.random.default_rng(3).random((500, 4))  # r, angle, noise x, noise y per point
    angle = 2 * np.pi * u[:, 1]
    np.testing.assert_allclose(points[:250, 0], 2.5 * u[:250, 0] * np.sin(angle[:250]), rtol=1e-14)
    np.testing.assert_allclose(points[250:, 1], (3.5 + 1.5 * u[250:, 0]) * np.cos(angle[250:]), rtol=1e-14)

    noisy_points, noisy_labels = generate("circle", 0.5, np.random.default_rng(3))
    np.testing.assert_array_equal(noisy_points, points)  # noise does not move points
    shifted = points + (10 * u[:, 2:] - 5) * 0.5
    np.testing.assert_array_equal(noisy_labels, np.where(np.hypot(*shifted.T) < 2.5, 1.0, -1.0))
    assert 10 < (noisy_labels != labels).sum() < 250  # ... it flips some labels


def test_xor_pushed_from_the_axes_and_labelled_by_quadrant():
    points, labels = generate("xor", 0.0, np.random.default_rng(4))
    a = np.abs(points)
    assert a.min() >= 0.3 and a.max() <= 5.3
    assert np.mean(a < 1.0) == pytest.approx(0.7 / 5, abs=0.05)  # |x| ~ U(0.3, 5.3)
    np.testing.assert_array_equal(labels, np.where(points[:, 0] * points[:, 1] >= 0, 1.0, -1.0))
    assert 200 < (labels == 1).sum() < 300
    noisy_points, noisy_labels = generate("xor", 0.3, np.random.default_rng(4))
    np.testing.assert_array_equal(noisy_points, points)
    assert (noisy_labels != labels).any()


@pytest.mark.parametrize("noise, variance", [(0.0, 0.5), (0.5, 4.0)])
def test_gauss_centres_and_variance(noise, variance):
    points, labels = generate("gauss", noise, np.random.default_rng(5))
    assert (labels[:250] == 1).all() and (labels[250:] == -1).all()
    for part, centre in ((points[:250], 2.0), (points[250:], -2.0)):
        np.testing.assert_allclose(part.mean(axis=0), centre, atol=4 * math.sqrt(variance / 250))
        np.testing.assert_allclose(part.var(axis=0), variance, rtol=0.3)
    rng = np.random.default_rng(5)  # the first coordinate by the polar method, drawn by hand
    while True:
        v1, v2 = 2 * rng.random() - 1, 2 * rng.random() - 1
        s = v1 * v1 + v2 * v2
        if s <= 1:
            break
    assert points[0, 0] == pytest.approx(2 + math.sqrt(variance) * v1 * math.sqrt(-2 * math.log(s) / s))


def test_spiral_radius_and_angle():
    points, labels = generate("spiral", 0.0, np.random.default_rng(6))
    i = np.arange(250)
    r, t = 5 * i / 250, 1.75 * 2 * np.pi * i / 250
    assert (labels[:250] == 1).all() and (labels[250:] == -1).all()
    np.testing.assert_allclose(np.hypot(points[:, 0], points[:, 1]), np.tile(r, 2), atol=1e-12)
    np.testing.assert_allclose(points[:250], np.stack([r * np.sin(t), r * np.cos(t)], 1), atol=1e-12)
    np.testing.assert_allclose(points[250:], -points[:250], atol=1e-12)  # the other arm: t + pi
    noisy, _ = generate("spiral", 0.5, np.random.default_rng(6))
    shift = np.abs(noisy - points)
    assert shift.max() <= 0.5 and shift.mean() > 0.2  # U(-1, 1) * 0.5 per coordinate


class _Uniforms:
    def __init__(self, values):
        self.values = values

    def random(self, n):
        assert n == len(self.values)
        return np.array(self.values)


def test_fisher_yates_from_the_end():
    # c = 3: j = floor(0.9 * 3) = 2, swap 2, 2; c = 2: j = floor(0.1 * 2) = 0, swap 1, 0; c = 1: j = 0.
    np.testing.assert_array_equal(shuffle_order(_Uniforms([0.9, 0.1, 0.5]), 3), [1, 0, 2])
    order = shuffle_order(np.random.default_rng(1))
    np.testing.assert_array_equal(np.sort(order), np.arange(500))


@pytest.mark.parametrize("percent, n_train", [(10, 50), (30, 150), (50, 250), (90, 450)])
def test_split_sizes(percent, n_train):
    settings = RaceSettings(train_percent=percent)
    data, _, _ = make_run(settings, 0)
    assert settings.n_train == data.n_train == n_train
    assert data.points.shape == (500, 2) and data.labels.shape == (500,)


def test_one_stream_in_the_playgrounds_order():
    settings = RaceSettings(dataset="circle", hidden=(3, 3), base_seed=11)
    data, weights, biases = make_run(settings, 2)
    rng = seed_stream(11, 2)
    points, labels = generate("circle", 0.0, rng)  # 2000 draws
    order = shuffle_order(rng)  # 500 draws
    np.testing.assert_array_equal(data.points, points[order])
    np.testing.assert_array_equal(data.labels, labels[order])
    w = rng.random(2 * 3 + 3 * 3 + 3) - 0.5  # then every weight, node by node, its links in turn
    np.testing.assert_array_equal(weights[0], w[:6].reshape(3, 2).T)
    np.testing.assert_array_equal(weights[1], w[6:15].reshape(3, 3).T)
    np.testing.assert_array_equal(weights[2][:, 0], w[15:])
    assert all((b == 0.1).all() for b in biases)
    spawned = np.random.default_rng(np.random.SeedSequence(11).spawn(3)[2])
    assert seed_stream(11, 2).random() == spawned.random()


def test_features_on_raw_coordinates():
    p = np.array([[2.0, -3.0]])
    np.testing.assert_allclose(inputs(p, FEATURES)[0], [2, -3, 4, 9, -6, math.sin(2), math.sin(-3)])
    assert RaceSettings(features=("x2", "x1")).features == ("x1", "x2")


# --- the race: hooks, determinism, predictions ----------------------------------------------------

def test_on_epoch_reports_and_stops():
    settings = RaceSettings(seeds=3, epochs=5)
    seen = []

    def hook(epoch, train, test):
        seen.append((epoch, train.shape, test.shape))
        return epoch < 4

    stopped = train_many(settings, ["tanh", "relu"], on_epoch=hook, every=2)
    assert seen == [(2, (2, 3), (2, 3)), (4, (2, 3), (2, 3))]
    assert stopped.epochs == 4 and stopped.test_loss.shape == (2, 3, 5)
    full = train_many(settings, ["tanh", "relu"], on_epoch=lambda *args: seen.append(args[0]), every=2)
    assert seen[2:] == [2, 4, 5]  # and after the last
    np.testing.assert_array_equal(stopped.test_loss, full.test_loss[..., :5])


def test_determinism_and_seeds():
    settings = RaceSettings(seeds=2, epochs=3, base_seed=5)
    a, b = train_many(settings, ["tanh"]), train_many(settings, ["tanh"])
    np.testing.assert_array_equal(a.train_loss, b.train_loss)
    moved = replace(settings, base_seed=6)
    other = train_many(moved, ["tanh"])
    assert not np.array_equal(make_run(settings, 0)[0].points, make_run(moved, 0)[0].points)
    assert not np.allclose(a.train_loss, other.train_loss)
    assert not np.array_equal(make_run(settings, 0)[0].points, make_run(settings, 1)[0].points)
    # every function starts from the same data and weights at a seed
    both = train_many(settings, ["tanh", "tanh"])
    np.testing.assert_array_equal(both.train_loss[0], both.train_loss[1])
    np.testing.assert_array_equal(both.train_loss[0], a.train_loss[0])


def test_predict_gives_the_trained_outputs():
    settings = RaceSettings(seeds=2, epochs=3, features=("x1", "x2", "x1*x2"))
    result = train_many(settings, [LEAKY])
    net = result.network(0, 1)
    data, _, _ = make_run(settings, 1)
    out = predict(net, data.points[:, 0], data.points[:, 1])
    assert (np.abs(out) <= 1).all()
    n = data.n_train
    loss = np.mean(0.5 * (out[:n] - data.labels[:n]) ** 2)
    assert loss == pytest.approx(result.train_loss[0, 1, -1], rel=1e-12)
    gx, gy = np.meshgrid(np.linspace(-6, 6, 7), np.linspace(-6, 6, 5))
    assert predict(net, gx, gy).shape == (5, 7)
    assert result.labels == ("leaky_relu(negative_slope=0.1)",)


# --- statistics --------------------------------------------------------------------------------------

def test_quantile_matches_numpy_and_ranks_nan_and_inf_last():
    values = np.random.default_rng(0).random((4, 101))
    for q in (0.025, 0.25, 0.5, 0.75, 0.975):
        np.testing.assert_allclose(quantile(values, q), np.quantile(values, q, axis=-1), rtol=1e-14)
    assert quantile([1.0, 2.0, 3.0, np.inf], 0.5) == 2.5
    assert quantile([1.0, 2.0, np.inf, np.nan], 0.5) == np.inf  # between 2 and inf
    assert quantile([1.0, np.nan, 3.0], 0.5) == 3.0  # NaN ranks as +inf
    assert quantile([np.inf, np.inf], 0.5) == np.inf


def _race(test_loss, ids=("tanh", "sigmoid", "relu")):
    """A result with given test losses (functions, seeds, epochs + 1)."""
    _, s, e = test_loss.shape
    return RaceResult(RaceSettings(seeds=s, epochs=e - 1), tuple((get(i), {}) for i in ids),
                      test_loss, test_loss, (), (), ())


def _curves(taus, epochs=300):
    """exp(-e / tau): it first reaches 0.1 at epoch ceil(tau ln 10) (inf tau: never)."""
    e = np.arange(epochs + 1)
    return np.array([[np.exp(-e / tau) for tau in row] for row in taus])


def test_epochs_to_target_and_reach_on_known_curves():
    taus = [[10.0, 20.0, 30.0, np.inf], [5.0, 5.0, np.inf, np.inf], [1.0, 2.0, 3.0, 4.0]]
    result = _race(_curves(taus))
    expected = [[math.ceil(t * math.log(10)) if math.isfinite(t) else np.inf for t in row] for row in taus]
    np.testing.assert_array_equal(epochs_to_target(result.test_loss, 0.1), expected)
    r = reach(result, 0.1)
    np.testing.assert_array_equal(r.share, [0.75, 0.5, 1.0])
    assert r.quartiles.median[0] == (47 + 70) / 2  # 24, 47, 70, never
    assert r.quartiles.median[1] == np.inf  # half never: the median is not reached
    assert r.quartiles.high[0] == np.inf and r.quartiles.low[1] == 12
    _, test_q = loss_quartiles(result)
    assert test_q.median.shape == (3, 301)
    assert test_q.median[2, 10] == pytest.approx(np.median(np.exp(-10 / np.array([1, 2, 3, 4]))))


def test_speedup_with_a_reproducible_bootstrap_interval():
    fast = np.random.default_rng(1).integers(10, 40, size=50).astype(float)
    tripled = speedup(fast, 3 * fast)  # every resample: 3
    assert (tripled.estimate, tripled.low, tripled.high) == pytest.approx((3.0, 3.0, 3.0))
    slow = fast * np.random.default_rng(2).uniform(1.5, 4.5, size=50)
    r = speedup(fast, slow, resamples=500, seed=3)
    assert r == speedup(fast, slow, resamples=500, seed=3)
    assert r != speedup(fast, slow, resamples=500, seed=4)
    assert r.estimate == pytest.approx(np.median(slow) / np.median(fast))
    assert r.low < r.estimate < r.high and r.high / r.low < 2
    never = np.full(50, np.inf)
    assert speedup(fast, never).estimate == np.inf
    assert speedup(never, fast).estimate == 0.0
    assert math.isnan(speedup(never, never).estimate)


def test_claim_sentence_from_numbers():
    text = claim_sentence(0.1, 1000, 40.0, 20.5, Ratio(9.62, 8.04, 11.5), Ratio(0.5, 0.4, 0.625))
    assert text == ("tanh reaches test loss 0.1 in a median of 40 epochs, 9.6 times faster than sigmoid "
                    "(95 % interval 8.0-11.5); ReLU reaches test loss 0.1 in a median of 20.5 epochs, "
                    "2.0 times slower than tanh (95 % interval 1.6-2.5).")
    text = claim_sentence(0.05, 300, 40.0, np.inf, Ratio(np.inf, 3.0, np.inf), Ratio(0.0, 0.0, 0.0))
    assert "tanh reaches test loss 0.05 in a median of 40 epochs, while sigmoid does not reach it" in text
    assert "ReLU does not reach test loss 0.05 within 300 epochs in a median run." in text
    text = claim_sentence(0.1, 50, 40.0, 19.0, Ratio(9.62, 8.04, 11.5), Ratio(2.1, 0.0, np.inf))  # 5 seeds
    assert text.endswith("ReLU reaches test loss 0.1 in a median of 19 epochs, 2.1 times the speed of "
                         "tanh, but its 95 % interval (0.0-∞) includes 1: more seeds would tell.")


def test_summarize_claim_on_known_curves():
    taus = [[10.0, 12.0, 14.0], [100.0, 120.0, 140.0], [5.0, 6.0, 7.0]]  # tanh, sigmoid, relu
    text = summarize_claim(_race(_curves(taus)), 0.1)
    m = [math.ceil(t * math.log(10)) for t in (12.0, 120.0, 6.0)]
    assert f"tanh reaches test loss 0.1 in a median of {m[0]} epochs, {m[1] / m[0]:.1f} times faster" in text
    assert f"ReLU reaches test loss 0.1 in a median of {m[2]} epochs, {m[0] / m[2]:.1f} times faster" in text
    with pytest.raises(ValueError, match="functions lack relu"):
        summarize_claim(_race(_curves(taus), ids=("tanh", "sigmoid", "elu")), 0.1)


# --- validation ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, value", [
    ("dataset", "moons"), ("hidden", ()), ("hidden", (9,)), ("hidden", (3,) * 7), ("hidden", (0, 2)),
    ("hidden", (2.5,)), ("hidden", 3), ("learning_rate", 0.0), ("learning_rate", 11),
    ("learning_rate", np.nan),
    ("batch_size", 0), ("batch_size", 31), ("batch_size", 2.5), ("batch_size", True), ("noise", -1),
    ("noise", 51), ("train_percent", 5), ("train_percent", 95), ("regularization", "L3"),
    ("regularization_rate", -0.1), ("regularization_rate", np.inf), ("features", ()), ("features", ("x3",)),
    ("features", ("x1", "x1")), ("features", "x1"), ("seeds", 0), ("seeds", 1001), ("epochs", 0),
    ("epochs", 10001), ("base_seed", -1),
])
def test_each_bad_setting_is_named(name, value):
    with pytest.raises(ValueError, match=rf"^{name}=.* is invalid: expected "):
        RaceSettings(**{name: value})


def test_bad_race_arguments():
    settings = RaceSettings(seeds=1, epochs=1)
    with pytest.raises(ValueError, match="functions"):
        train_many(settings, [])
    with pytest.raises(ValueError, match="unknown activation"):
        train_many(settings, ["tanhh"])
    with pytest.raises(ValueError, match="negative_slope"):
        train_many(settings, [("leaky_relu", {"negative_slope": 5})])
    with pytest.raises(ValueError, match=r"^every="):
        train_many(settings, ["tanh"], every=0)
