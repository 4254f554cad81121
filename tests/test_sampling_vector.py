import ast
import pathlib
import subprocess
import sys

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from actgui.core import (
    ACTIVATIONS,
    get,
    log_softmax,
    sample,
    sample_band,
    simplify_polyline,
    softmax,
    softmax_jacobian,
    softmin,
)

# --- sampling ----------------------------------------------------------------------------------


def test_kinks_are_sampled_exactly():
    x, y = sample("relu", -1.0, 2.0, n=4)  # the uniform grid misses 0
    assert 0.0 in x and y[x == 0.0][0] == 0.0
    assert not np.isnan(y).any()


def test_jumps_are_gaps_not_sloped_lines():
    x, y = sample("step", -1.0, 1.0, n=201)
    i = np.flatnonzero(np.isnan(y))
    assert i.size == 1 and x[i[0]] == 0.0
    assert x[i[0] - 1] == x[i[0] + 1] == 0.0  # the curve ends and restarts exactly at the jump
    assert y[i[0] - 1] == 0.0 and y[i[0] + 1] == 1.0


def test_derivative_panes_gap_where_the_derivative_jumps():
    _, y = sample("relu", -1.0, 1.0, n=11, order=0)
    assert not np.isnan(y).any()  # f is continuous: a kink, no gap
    x, dy = sample("relu", -1.0, 1.0, n=11, order=1)
    assert np.isnan(dy).sum() == 1 and x[np.isnan(dy)][0] == 0.0
    _, d2 = sample("sparse_plus", -2.0, 2.0, n=11, order=2)
    assert np.isnan(d2).sum() == 2
    _, d1 = sample("sparse_plus", -2.0, 2.0, n=11, order=1)
    assert not np.isnan(d1).any()


def test_parameter_dependent_breakpoints():
    x, y = sample("hardtanh", -3, 3, n=7, params={"min_val": -0.25, "max_val": 0.75})
    assert -0.25 in x and 0.75 in x
    x, y = sample("threshold", -3, 3, n=7, params={"threshold": 0.3, "value": -2.0})
    assert np.isnan(y).sum() == 1 and x[np.isnan(y)][0] == 0.3


def test_sample_values_are_the_core_values():
    x, y = sample("gelu", -5, 5, n=1001, order=2, params={"approximate": "tanh"})
    np.testing.assert_array_equal(y, get("gelu").d2f(x, approximate="tanh"))


def test_rrelu_band_spans_the_slopes():
    x, low, high = sample_band("rrelu", -2.0, 2.0, n=5)
    np.testing.assert_allclose(low[x == -2.0], -2.0 / 3)
    np.testing.assert_allclose(high[x == -2.0], -0.25)
    assert low[x == 2.0] == high[x == 2.0] == 2.0
    _xd, dlow, _dhigh = sample_band("rrelu", -2.0, 2.0, n=5, order=1)
    assert np.isnan(dlow).sum() == 1
    assert sample_band("relu", -1, 1) is None


def assert_within(x, y, keep, tolerance):
    """The polyline through ``keep`` passes within ``tolerance`` (vertically) of every sample."""
    finite = np.isfinite(y)
    assert keep[0] == 0 and keep[-1] == y.size - 1 and np.all(np.diff(keep) > 0)
    kept = np.zeros(y.size, dtype=bool)
    kept[keep] = True
    gaps = np.flatnonzero(~finite)
    assert kept[gaps].all() and kept[np.clip(gaps - 1, 0, None)].all()
    assert kept[np.clip(gaps + 1, None, y.size - 1)].all()
    right = keep[np.searchsorted(keep, np.arange(y.size))]  # next kept vertex at or after i
    left = keep[np.searchsorted(keep, np.arange(y.size), side="right") - 1]
    dropped = ~kept
    a, b, i = left[dropped], right[dropped], np.flatnonzero(dropped)
    chord = y[a] + (y[b] - y[a]) * (x[i] - x[a]) / (x[b] - x[a])
    assert np.all(np.abs(chord - y[i]) <= tolerance * (1 + 1e-9))


@settings(max_examples=200, deadline=None)
@given(act=st.sampled_from(sorted(ACTIVATIONS)), order=st.integers(0, 2),
       scale=st.floats(1.0, 1e4), span=st.floats(0.1, 200.0), tolerance=st.floats(0.05, 2.0))
def test_simplified_curves_stay_within_the_tolerance(act, order, scale, span, tolerance):
    x, y = sample(act, -span / 2, span / 3, n=1500, order=order)
    x, y = x * 1500 / span, y * scale  # about device pixels
    assert_within(x, y, simplify_polyline(x, y, tolerance), tolerance)


def test_simplify_drops_what_is_straight_keeps_kinks_gaps_and_ends():
    x = np.arange(2049.0)
    assert simplify_polyline(x, 3 * x, 0.25).size <= 2049 // 256 + 1
    y = np.abs(x - 1000.5)  # a kink between samples
    keep = simplify_polyline(x, y, 0.25)
    assert {1000, 1001} <= set(keep) and keep.size < 40
    y[500] = np.nan
    assert {499, 500, 501} <= set(simplify_polyline(x, y, 0.25))
    x, y = sample("gelu", -5, 5, n=1400)
    x, y = x * 140, y * 120
    keep = simplify_polyline(x, y, 0.25)
    assert keep.size < 100
    assert_within(x, y, keep, 0.25)
    x, y = np.arange(101.0), np.linspace(-1, 1, 101) ** 3 * 1.7e308  # second differences overflow
    with np.errstate(all="raise"):  # no warnings
        keep = simplify_polyline(x, y, 0.25)
    assert keep.size == 101


@pytest.mark.parametrize(("lo", "hi", "n"), [(1.0, 1.0, 10), (2.0, 1.0, 10), (0.0, np.inf, 10),
                                              (0.0, 1.0, 1)])
def test_sampling_rejects_bad_ranges(lo, hi, n):
    with pytest.raises(ValueError, match="invalid"):
        sample("relu", lo, hi, n)


# --- softmax and friends -----------------------------------------------------------------------

TUTORIAL = [0.5, 2.8, 5.0, 1.0, 3.0]
LARGE = [1010, 1020, 1000, 990, 1050]


def test_softmax_tutorial_values():
    s = softmax(TUTORIAL)
    np.testing.assert_allclose(s, [0.00870909, 0.08686608, 0.7839675, 0.01435887, 0.10609846],
                               rtol=1e-6)
    assert s.sum() == pytest.approx(1.0)
    np.testing.assert_allclose(softmax(TUTORIAL, stable=False), s, rtol=1e-14)


def test_naive_softmax_overflows_quietly_stable_does_not():
    naive = softmax(LARGE, stable=False)  # warnings are errors in this suite
    assert np.isnan(naive).all()
    np.testing.assert_allclose(
        softmax(LARGE), [4.24835426e-18, 9.35762297e-14, 1.92874985e-22, 8.75651076e-27, 1.0],
        rtol=1e-7)
    assert np.isfinite(log_softmax(LARGE)).all()
    assert not np.isfinite(log_softmax(LARGE, stable=False)).all()


def test_log_softmax_softmin_temperature():
    x = np.array(TUTORIAL)
    np.testing.assert_allclose(log_softmax(x), np.log(softmax(x)), rtol=1e-12)
    np.testing.assert_allclose(softmin(x), softmax(-x), rtol=1e-15)
    np.testing.assert_allclose(softmax(x, temperature=2.0), softmax(x / 2.0), rtol=1e-15)
    hot = softmax(x, temperature=100.0)
    assert hot.max() - hot.min() < 0.05  # high temperature flattens
    with pytest.raises(ValueError, match="temperature"):
        softmax(x, temperature=0.0)


def test_softmax_jacobian_matches_finite_differences():
    x = np.array(TUTORIAL)
    jac = softmax_jacobian(x, temperature=1.5)
    h = 1e-6
    num = np.empty_like(jac)
    for j in range(x.size):
        e = np.zeros_like(x)
        e[j] = h
        num[:, j] = (softmax(x + e, 1.5) - softmax(x - e, 1.5)) / (2 * h)
    np.testing.assert_allclose(jac, num, atol=1e-9)
    np.testing.assert_allclose(jac.sum(axis=0), 0.0, atol=1e-15)


# --- architecture ------------------------------------------------------------------------------

QT = ("PySide6", "pyqtgraph", "shiboken6")


def test_core_imports_no_qt():
    code = (f"import sys, actgui.core; bad = [m for m in sys.modules if m.split('.')[0] in {QT!r}];"
            "print(bad); sys.exit(bool(bad))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_core_sources_name_no_qt():
    core = pathlib.Path(__file__).parents[1] / "actgui" / "core"
    for path in core.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            mods = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            assert not any(m.split(".")[0] in QT for m in mods), path


def test_normal_cdf_matches_mpmath_to_the_far_tail():
    """Down to Φ ≈ 6e-300; below, results are subnormal and float64 itself keeps few digits."""
    from mpmath import mp, mpf, ncdf

    from actgui.core.functions import Phi

    mp.dps = 40
    x = np.concatenate([np.linspace(-37.0, 9.0, 4001), [-1.4142135, 1.4142136, -11.3, 11.3]])
    want = np.array([float(ncdf(mpf(v))) for v in x])
    np.testing.assert_allclose(Phi(x), want, rtol=5e-13, atol=0)
