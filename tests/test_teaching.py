"""Teaching computations against direct computations and exact values."""

import math

import numpy as np
import pytest

from actgui.core.teaching import depth_profile, forward_backward, init_std, signal_stats


def test_weight_gradients_match_finite_differences():
    rng = np.random.default_rng(3)
    weights = [rng.standard_normal((4, 4)) * 0.7 for _ in range(3)]
    x, up = rng.standard_normal((2, 4)), rng.standard_normal((2, 4))
    params = {"approximate": "none"}

    def loss(ws):
        return float((forward_backward("gelu", params, ws, x, up)[0][-1] * up).sum())

    _, grads = forward_backward("gelu", params, weights, x, up)
    h = 1e-6
    for layer in range(3):
        num = np.zeros((4, 4))
        for i in range(4):
            for j in range(4):
                plus = [w.copy() for w in weights]
                minus = [w.copy() for w in weights]
                plus[layer][i, j] += h
                minus[layer][i, j] -= h
                num[i, j] = (loss(plus) - loss(minus)) / (2 * h)
        np.testing.assert_allclose(grads[layer], num, rtol=1e-6, atol=1e-8)


def test_depth_profile_norms_are_the_direct_ones():
    res = depth_profile("tanh", depth=3, width=4, batch=2, init="xavier", seed=7)
    rng = np.random.default_rng(7)
    x = rng.standard_normal((2, 4))
    weights = [rng.standard_normal((4, 4)) * init_std("xavier", 4, 4) for _ in range(3)]
    up = rng.standard_normal((2, 4))
    hs, grads = forward_backward("tanh", {}, weights, x, up)
    np.testing.assert_allclose(res.grad_norm, [np.linalg.norm(g) for g in grads])
    np.testing.assert_allclose(res.mean, [h.mean() for h in hs])


def test_the_tutorials_lessons_are_visible_with_the_defaults():
    sig, relu, selu = depth_profile("sigmoid"), depth_profile("relu"), depth_profile("selu")
    assert (sig.init, relu.init, selu.init) == ("xavier", "he", "lecun")
    assert sig.grad_norm[0] / sig.grad_norm[-1] < 1e-3  # sigmoid: gradients vanish going down
    assert 0.1 < relu.grad_norm[0] / relu.grad_norm[-1] < 10  # ReLU + He: roughly steady
    assert abs(selu.mean[-1]) < 0.2 and abs(selu.std[-1] - 1) < 0.2  # SELU + LeCun: N(0, 1)
    assert depth_profile("sigmoid") is sig  # cached


def test_depth_profile_validates():
    with pytest.raises(ValueError, match="init"):
        depth_profile("relu", init="orthogonal")
    with pytest.raises(ValueError, match="negative_slope"):
        depth_profile("leaky_relu", {"negative_slope": 3})


def test_relu_statistics_are_exact_for_a_standard_normal_input():
    s = signal_stats("relu")
    assert s.mean == pytest.approx(1 / math.sqrt(2 * math.pi), abs=1e-7)
    assert s.std == pytest.approx(math.sqrt(0.5 - 1 / (2 * math.pi)), abs=1e-7)
    assert s.dead == pytest.approx(0.5, abs=1e-12)
    assert s.saturated == pytest.approx(0.5, abs=1e-12)
    assert s.atoms == {0.0: pytest.approx(0.5, abs=1e-12)}  # the dead half sits at f = 0
    # the continuous part covers at least the central 99.8% of the other half
    assert 0.498 <= np.sum(s.density * np.diff(s.density_x).mean()) <= 0.5 + 1e-9


def test_tanh_is_zero_centred_sigmoid_is_not():
    t, s = signal_stats("tanh"), signal_stats("sigmoid")
    assert abs(t.mean) < 1e-9 and s.mean == pytest.approx(0.5, abs=1e-9)
    wide = signal_stats("sigmoid", sigma=10.0)
    # σ'(x) = s(1 - s) < 0.01 where |x| > x* = log((1 - s*)/s*), s* = (1 - √0.96)/2
    s_star = (1 - math.sqrt(0.96)) / 2
    z = math.log((1 - s_star) / s_star) / 10  # in units of σ = 10
    assert wide.saturated == pytest.approx(math.erfc(z / math.sqrt(2)), abs=1e-4)
    assert signal_stats("leaky_relu").dead == 0.0
    assert signal_stats("relu", mu=1.0, sigma=2.0).dead == pytest.approx(
        0.5 * math.erfc(1 / (2 * math.sqrt(2))), abs=1e-12)


def test_the_signal_density_is_the_exact_one_not_a_staircase():
    """ReLU(X), X ~ N(0, 1): half the mass at 0 and the normal density above it; tanh(X) has the
    density φ(artanh y) / (1 − y²). Binning each cell's midpoint made a staircase of a few %."""
    phi = lambda t: np.exp(-t * t / 2) / np.sqrt(2 * np.pi)  # noqa: E731
    relu = signal_stats("relu")
    x, d = relu.density_x, relu.density
    inside = (x > 0.05) & (x < 2.5)
    np.testing.assert_allclose(d[inside], phi(x[inside]), atol=1e-4)
    assert relu.atoms == {0.0: pytest.approx(0.5, abs=1e-9)}
    tanh = signal_stats("tanh")
    x, d = tanh.density_x, tanh.density
    inside = np.abs(x) < 0.9
    np.testing.assert_allclose(d[inside], phi(np.arctanh(x[inside])) / (1 - x[inside] ** 2), rtol=2e-3)
