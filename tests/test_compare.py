"""Differences between curves, checked against a brute-force dense evaluation and by hand."""

import json
import math

import numpy as np
import pytest

from actgui.cli import parse_spec
from actgui.core import get
from actgui.core.compare import (
    Difference,
    Remembered,
    as_json,
    compare,
    difference,
    format_text,
    max_difference,
    sample_difference,
)
from actgui.core.session import Curve

TINY = 2.2250738585072014e-308
BRUTE_POINTS = 10**6


def brute_force(a: Curve, b: Curve, lo, hi, order):
    """Max |Δ| and max relative Δ on 10⁶ points plus every breakpoint and its one-sided
    neighbours, straight from the catalog: for each, (max, every x where it is reached, whether
    that is beside a sign change of the reference, where the relative difference has a pole)."""
    bps = np.array(sorted({bp.x for s in (a, b)
                           for bp in s.activation.breakpoints_at(**s.params) if lo <= bp.x <= hi}))
    grid = np.linspace(lo, hi, BRUTE_POINTS)
    x = np.concatenate((grid, bps, np.nextafter(bps, -np.inf), np.nextafter(bps, np.inf)))
    at = np.concatenate((grid, bps, bps, bps))  # a one-sided neighbour stands for its breakpoint
    keep = (x >= lo) & (x <= hi)
    by_x = np.argsort(x[keep], kind="stable")
    x, at = x[keep][by_x], at[keep][by_x]
    ya = a.activation.evaluate(x, order, **a.params)
    yb = b.activation.evaluate(x, order, **b.params)
    absolute = np.abs(yb - ya)
    with np.errstate(over="ignore"):
        relative = absolute / np.maximum(np.abs(ya), TINY)
    sign_changes = x[1:][np.sign(ya[:-1]) * np.sign(ya[1:]) < 0]
    found = []
    for v, may_have_pole in ((absolute, False), (relative, sign_changes.size > 0)):
        reached = at[v >= v.max() * (1 - 1e-9)]
        h = (hi - lo) / (BRUTE_POINTS - 1)
        pole = may_have_pole and np.abs(sign_changes - reached[0]).min() <= 2 * h
        found.append((v.max(), reached, pole))
    return found


def spec(text):
    spec = parse_spec(text)
    return Curve(spec["function"], spec["params"])


PAIRS = [  # reference, other, x-range: differences of very different sizes and shapes
    ("gelu", "gelu:approximate=tanh", (-6.0, 6.0)),  # tiny, smooth
    ("hardsigmoid", "hardsigmoid:variant=keras2", (-4.0, 4.0)),  # piecewise linear, max at a kink
    ("leaky_relu", "leaky_relu:negative_slope=0.2", (-3.0, 2.0)),  # max at an end
    ("leaky_relu", "leaky_relu:negative_slope=0.3", (-3.0, 2.0)),
    ("softplus", "softplus:beta=2", (-5.0, 12.0)),  # beta=2 switches to x at 10 (a tiny jump)
    ("silu", "swish:beta=1.1", (-8.0, 8.0)),
    ("relu", "squareplus:b=4", (-5.0, 5.0)),
    ("relu", "softplus", (-5.0, 5.0)),  # differ near the kink only
    ("sigmoid", "hardsigmoid", (-5.0, 5.0)),
    ("tanh", "hardtanh", (-3.0, 3.0)),
    ("elu", "celu:alpha=2", (-5.0, 3.0)),
    ("relu", "leaky_relu", (-1.0, 1.0)),  # f' jumps at 0: the one-sided values matter
    ("identity", "exponential", (-3.0, 2.0)),  # max at the right end
    ("relu", "smelu:beta=0.01", (-4.0, 4.0)),  # differ only on |x| < 0.01
    ("relu", "threshold:threshold=1e-6,value=0", (-1.0, 1.0)),  # only on (0, 1e-6], between samples
]


@pytest.mark.parametrize(("a", "b", "x_range"), PAIRS, ids=[f"{a}~{b}" for a, b, _ in PAIRS])
def test_agrees_with_brute_force(a, b, x_range):
    a, b = spec(a), spec(b)
    h = (x_range[1] - x_range[0]) / (BRUTE_POINTS - 1)
    for order in (0, 1, 2):
        found = max_difference(a, b, x_range, order)
        assert (found.a_label, found.b_label, found.order) == (a.label, b.label, order)
        for (value, x), (best, reached, pole) in zip(
                ((found.max_abs, found.x_abs), (found.max_rel, found.x_rel)),
                brute_force(a, b, *x_range, order), strict=True):
            if pole:  # the supremum is as large as a grid gets near the zero: ours gets nearer
                assert value >= best and np.abs(reached - x).min() <= 2 * h, (order, value, best)
            else:
                assert value == pytest.approx(best, rel=1e-9, abs=0), (order, value, best)
                assert np.abs(reached - x).min() <= h, (order, x, reached[:5])


def test_kink_and_one_sided_maxima_by_hand():
    # PyTorch: x/6 + 1/2 on |x| < 3; Keras 2: x/5 + 1/2 on |x| < 2.5 (f' = 0 at the clipping points)
    a, b = Curve("hardsigmoid"), Curve("hardsigmoid", {"variant": "keras2"})
    f = max_difference(a, b, (-4, 4), order=0)
    assert f.max_abs == pytest.approx(1 / 12, rel=1e-14) and f.x_abs in (-2.5, 2.5)  # at a kink
    df = max_difference(a, b, (-4, 4), order=1)
    # |Δ'| = 1/6 on (-3, -2.5]: its supremum is first approached from the right of -3
    assert df.max_abs == pytest.approx(1 / 6, rel=1e-14) and df.x_abs == -3.0
    relu, step = Curve("relu"), Curve("step")  # step: 0 at 0, 1 right of it
    jump = max_difference(relu, step, (0, 1), order=0)  # |Δ| = 1 - x on (0, 1], 0 at 0
    assert jump.max_abs == 1.0 and jump.x_abs == 0.0  # approached from the right, never reached
    flat = Curve("hardshrink", {"lambd": 1.0})  # f' = 0 on [-1, 1]
    kink = max_difference(relu, flat, (0, 1), order=1)  # relu' is 0 at 0, 1 right of it
    assert kink.max_abs == 1.0 and kink.x_abs == 0.0


def test_smooth_maximum_is_located_between_grid_points():
    # softplus_2(x) - softplus(x) = log(1 + e^{2x})/2 - log(1 + e^x) peaks in |.| at x = 0: log(2)/2
    a, b = Curve("softplus"), Curve("softplus", {"beta": 2.0})
    found = max_difference(a, b, (-1.0, 0.7), order=0)  # x = 0 is not a grid point
    assert found.max_abs == pytest.approx(math.log(2) / 2, rel=1e-15)
    assert abs(found.x_abs) < 1e-7  # flat to float precision within ~sqrt(eps)


def test_compare_each_curve_against_the_first():
    curves = [Curve("leaky_relu"), Curve("leaky_relu", {"negative_slope": 0.2}),
              Curve("leaky_relu", {"negative_slope": 0.3})]
    found = compare(curves, (-3, 2), orders=(0, 1))
    assert [(d.b_label, d.order) for d in found] == [
        ("leaky_relu(negative_slope=0.2)", 0), ("leaky_relu(negative_slope=0.2)", 1),
        ("leaky_relu(negative_slope=0.3)", 0), ("leaky_relu(negative_slope=0.3)", 1)]
    assert {d.a_label for d in found} == {"leaky_relu"}
    assert found[0].max_abs == pytest.approx(3 * 0.19, rel=1e-15) and found[0].x_abs == -3.0
    assert found[3].max_abs == pytest.approx(0.29, rel=1e-15) and found[3].x_abs == -3.0
    assert found == [max_difference(curves[0], b, (-3, 2), k) for b in curves[1:] for k in (0, 1)]


def test_relative_difference_where_the_reference_is_zero():
    relu, leaky = Curve("relu"), Curve("leaky_relu", {"negative_slope": 0.1})
    found = max_difference(relu, leaky, (-2.0, 1.0))
    assert found.max_rel == 0.2 / TINY and found.x_rel == -2.0  # |Δ| / tiny, huge but finite
    assert max_difference(leaky, relu, (-2.0, 1.0)).max_rel == pytest.approx(1.0, rel=1e-15)
    steep = max_difference(relu, Curve("leaky_relu", {"negative_slope": 0.2}), (-100.0, 1.0))
    assert steep.max_rel == math.inf and steep.x_rel == -100.0  # 20 / tiny overflows
    x = np.array([-1.0, 0.0, 0.5])
    np.testing.assert_array_equal(difference(relu, leaky, x, relative=True), [0.1 / TINY, 0.0, 0.0])


@pytest.mark.parametrize("name", ["gelu", "hardsigmoid", "step", "exponential"])
def test_identical_curves(name):
    for d in compare([Curve(name), Curve(name)], (-3.0, 2.0)):
        assert (d.max_abs, d.x_abs, d.max_rel, d.x_rel) == (0.0, -3.0, 0.0, -3.0)


def test_difference_values():
    a, b = Curve("gelu"), Curve("gelu", {"approximate": "tanh"})
    x = np.linspace(-4, 4, 8)  # no zero of gelu, gelu' or gelu'' among them
    for order in (0, 1, 2):
        ya = get("gelu").evaluate(x, order)
        yb = get("gelu").evaluate(x, order, approximate="tanh")
        np.testing.assert_array_equal(difference(a, b, x, order), yb - ya)
        np.testing.assert_array_equal(difference(a, b, x, order, relative=True), np.abs(yb - ya) / np.abs(ya))
    assert np.isnan(difference(a, b, [np.nan])).all()
    at_limits = difference(a, b, [-np.inf, np.inf], 0)  # both tend to 0 and to inf
    assert at_limits[0] == 0.0 and np.isnan(at_limits[1])  # inf - inf is not defined


class Partial:
    """A curve without values (NaN) for x > 0: 2x elsewhere."""

    label, breakpoints = "partial", ()

    def evaluate(self, x, order):
        y = (2.0 * x, np.full_like(x, 2.0), np.zeros_like(x))[order]
        return np.where(x > 0, np.nan, y)


def test_nan_is_left_out_and_infinity_reported():
    ident = Curve("identity")
    found = max_difference(ident, Partial(), (-1.0, 5.0))  # |2x - x| on [-1, 0] only
    assert (found.max_abs, found.x_abs, found.max_rel, found.x_rel) == (1.0, -1.0, 1.0, -1.0)
    nothing = max_difference(ident, Partial(), (0.5, 5.0))
    assert all(math.isnan(v) for v in (nothing.max_abs, nothing.x_abs, nothing.max_rel, nothing.x_rel))
    both_inf = max_difference(Curve("exponential"), Curve("exponential", None), (710.0, 800.0))
    assert math.isnan(both_inf.max_abs)  # inf - inf everywhere: no difference is defined
    beyond = max_difference(Curve("exponential"), ident, (710.0, 720.0))  # e^x is inf, x is not
    assert (beyond.max_abs, beyond.x_abs, beyond.max_rel, beyond.x_rel) == (math.inf, 710.0, 1.0, 710.0)


def test_no_warnings_for_overflow_and_tiny_ranges():
    # pytest turns NumPy warnings into errors: these run through overflow, 0/0-like and inf - inf
    exp, ident = Curve("exponential"), Curve("identity")
    overflow_at = math.log(np.finfo(np.float64).max)
    step = 1600 / 20000
    for d in compare([ident, exp], (-800.0, 800.0)):
        assert d.max_abs == math.inf and overflow_at < d.x_abs <= overflow_at + step
        assert d.max_rel == math.inf
    f, df, d2f = compare([exp, ident], (-800.0, 800.0))
    for d in (f, df, d2f):
        assert d.max_abs == math.inf and overflow_at < d.x_abs <= overflow_at + step
    # e^-800 underflows to 0: |Δ| / tiny is 800 / tiny (overflows) in f, 1 / tiny in f'
    assert (f.max_rel, f.x_rel, df.max_rel, df.x_rel) == (math.inf, -800.0, 1 / TINY, -800.0)
    assert d2f.max_rel == 1.0  # |0 - e^x| / e^x
    relu, leaky = Curve("relu"), Curve("leaky_relu")
    f, df, _ = compare([relu, leaky], (-5e-13, 5e-13))
    assert f.max_abs == pytest.approx(5e-15, rel=1e-15) and f.x_abs == -5e-13
    assert df.max_abs == 0.01 and df.x_abs == -5e-13
    for x_range in ((1.0, 1.0 + 1e-12), (0.0, 1e-12), (-1e-12, 0.0)):
        for d in compare([Curve("gelu"), Curve("gelu", {"approximate": "tanh"}), Curve("softplus")], x_range):
            assert x_range[0] <= d.x_abs <= x_range[1] and np.isfinite(d.max_abs)
            assert x_range[0] <= d.x_rel <= x_range[1] and np.isfinite(d.max_rel)


@pytest.mark.parametrize(("call", "message"), [
    (lambda: max_difference(Curve("relu"), Curve("elu"), (1.0, 1.0)), r"x-range \[1.0, 1.0\] is invalid"),
    (lambda: max_difference(Curve("relu"), Curve("elu"), (2, -2)), "need finite MIN < MAX"),
    (lambda: max_difference(Curve("relu"), Curve("elu"), (-math.inf, 0)), "need finite MIN < MAX"),
    (lambda: max_difference(Curve("relu"), Curve("elu"), (math.nan, 0)), "need finite MIN < MAX"),
    (lambda: max_difference(Curve("relu"), Curve("elu"), (0,)), "need two numbers MIN < MAX"),
    (lambda: max_difference(Curve("relu"), Curve("elu"), "ab"), "need two numbers MIN < MAX"),
    (lambda: max_difference(Curve("relu"), Curve("elu"), (0, 1), order=3), "order 3 is invalid"),
    (lambda: compare([Curve("relu"), Curve("elu")], (0, 1), orders=(0, True)), "order True is invalid"),
    (lambda: difference(Curve("relu"), Curve("elu"), [0.0], order=1.0), "order 1.0 is invalid"),
    (lambda: compare([Curve("relu")], (0, 1)), "at least two curves, got 1"),
    (lambda: Curve("relu", {"alpha": 1.0}), "relu has no parameter 'alpha'"),
    (lambda: Curve("leaky_relu", {"negative_slope": 2.0}), "negative_slope=2.0 is invalid"),
    (lambda: Curve("no_such_function"), "unknown activation"),
])
def test_bad_input_raises_one_clear_sentence(call, message):
    with pytest.raises(ValueError, match=message):
        call()


def test_a_session_curve_is_comparable():
    leaky = Curve("lrelu", {"negative_slope": 0.2})  # an alias
    assert leaky.label == "leaky_relu(negative_slope=0.2)"
    assert Curve("gelu").label == "gelu" and Curve("gelu", {"approximate": "none"}).label == "gelu"
    assert Curve("hardtanh", {"min_val": -2.0}).breakpoints == get("hardtanh").breakpoints_at(min_val=-2.0)
    x = np.array([-1.0, 0.0, 2.0])
    np.testing.assert_array_equal(leaky.evaluate(x, 0), [-0.2, 0.0, 2.0])
    np.testing.assert_array_equal(leaky.evaluate(x, 1), [0.2, 0.2, 1.0])


def test_text_and_json():
    curves = [Curve("exponential"), Curve("identity"), Curve("softplus")]
    found = compare(curves, (-800.0, 1.0), orders=(0, 2))
    lines = format_text(found).splitlines()
    assert len(lines) == 4
    assert lines[0].startswith("identity - exponential") and lines[2].startswith("softplus - exponential")
    assert [line.split()[3] for line in lines] == ["f", "d2f", "f", "d2f"]
    assert all(f"{d.max_abs:.6g}" in line and f"{d.x_rel:.6g}" in line
               for d, line in zip(found, lines, strict=True))
    records = json.loads(json.dumps(as_json(found), allow_nan=False))
    assert [r["order"] for r in records] == ["f", "d2f", "f", "d2f"]
    assert set(records[0]) == {"a", "b", "order", "max_abs", "x_abs", "max_rel", "x_rel"}
    assert records[0]["a"] == "exponential" and records[0]["b"] == "identity"
    for r, d in zip(records, found, strict=True):
        for key in ("max_abs", "x_abs", "max_rel", "x_rel"):
            value = getattr(d, key)
            assert r[key] == (value if math.isfinite(value) else str(value))  # floats come back exact
    assert records[0]["max_rel"] == "inf"  # e^-800 underflows to 0: |Δ| / tiny overflows
    nan = Difference("a", "b", 1, math.nan, math.nan, math.nan, math.nan)
    assert as_json([nan])[0] == {"a": "a", "b": "b", "order": "df", "max_abs": "nan", "x_abs": "nan",
                                 "max_rel": "nan", "x_rel": "nan"}
    assert "nan" in format_text([nan])


def test_a_remembered_reference_is_evaluated_once_per_grid():
    calls = []

    class Counted:
        label, breakpoints = "gelu", get("gelu").breakpoints

        def evaluate(self, x, order):
            calls.append(order)
            return Curve("gelu").evaluate(x, order)

    ref, b = Remembered(Counted()), Curve("leaky_relu", {"negative_slope": 0.1})
    first = sample_difference(ref, b, -3, 3, 601, 1)
    for slope in (0.2, 0.3):  # a step of the compared curve: the same points
        x, y = sample_difference(ref, Curve("leaky_relu", {"negative_slope": slope}), -3, 3, 601, 1)
        assert np.array_equal(x, first[0])
    assert calls == [1]
    x, y = sample_difference(ref, b, -3, 4, 601, 1)  # other points: evaluated again
    assert calls == [1, 1]
    np.testing.assert_array_equal(y, sample_difference(Curve("gelu"), b, -3, 4, 601, 1)[1])


def test_a_relative_maximum_at_a_zero_of_the_reference_is_flagged_unbounded():
    f, df, d2f = compare([Curve("gelu"), Curve("gelu", {"approximate": "tanh"})], (-4, 4))
    assert not f.pole and f.max_rel < 1  # f: at the range's end, a proper number
    assert df.pole and abs(df.x_rel - -0.7517916) < 1e-6  # GELU' = 0 there
    assert Curve("gelu").evaluate(np.array([df.x_rel]), 1)[0] == pytest.approx(0, abs=1e-15)
    text = format_text([f, df, d2f])
    assert text.count("(a = 0 there: unbounded)") == sum(d.pole for d in (f, df, d2f))
    assert set(as_json([df])[0]) == {"a", "b", "order", "max_abs", "x_abs", "max_rel", "x_rel"}
