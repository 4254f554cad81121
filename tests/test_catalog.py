"""The catalog against independent references: mpmath definitions, PyTorch's kink conventions,
the tutorials' values, and its own declared properties checked numerically."""

import math
from xml.etree import ElementTree

import claims
import numpy as np
import pytest
from mp_reference import REFERENCE, value

from actgui.core import ACTIVATIONS, FAMILIES, Breakpoint, UnknownActivationError, get, names
from actgui.core.mathhtml import to_html

ALL = list(ACTIVATIONS.values())
IDS = [a.id for a in ALL]

REQUIRED = """sigmoid tanh relu leaky_relu prelu rrelu elu celu selu gelu silu swish mish hardsigmoid
hardswish hardtanh relu6 softplus softsign logsigmoid tanhshrink hardshrink softshrink threshold
squareplus sparse_plus sparse_sigmoid exponential identity step arctan gaussian sinusoid sinc
bent_identity isru isrlu sqnl elish lecun_tanh snake""".split()


def param_sets(act):
    """Defaults, every float parameter moved three steps, each float parameter at either end of
    its range (where properties change: a slope of 1, β = 0, λ = 0 ...), and every choice."""
    sets = [act.defaults()]
    moved = {p.name: min(p.maximum, p.default + 3 * p.step) for p in act.params if not p.choices}
    if moved:
        sets.append({**act.defaults(), **moved})
    for p in act.params:
        sets += [{**act.defaults(), p.name: c} for c in p.choices if c != p.default]
        if not p.choices:
            sets += [{**act.defaults(), p.name: v} for v in (p.minimum, p.maximum) if v != p.default]
    valid = []
    for params in sets:
        try:
            act.bind(params)
        except ValueError:  # an end that breaks a cross-parameter constraint (hardtanh)
            continue
        if params not in valid:
            valid.append(params)
    return valid


CASES = [(a.id, p) for a in ALL for p in param_sets(a)]
CASE_IDS = [f"{i}-{'-'.join(str(v) for v in p.values())}" for i, p in CASES]

GRID = [-50.0, -20.0, -5.5, -3.7, -2.2, -1.3, -0.9, -0.3, -1e-3, -1e-7, 1e-7, 1e-3, 0.4, 0.8,
        1.5, 2.7, 4.4, 7.1, 19.5, 33.0, 60.0]


def away_from_breakpoints(act, params, xs, margin=1e-2):
    bps = [b.x for b in act.breakpoints_at(**params)]
    return [x for x in xs if all(abs(x - b) > margin for b in bps)]


# --- structure ---------------------------------------------------------------------------------

def test_catalog_covers_what_users_look_for():
    missing = [i for i in REQUIRED if i not in names()]
    assert not missing
    assert len(ACTIVATIONS) >= 40


@pytest.mark.parametrize("act", ALL, ids=IDS)
def test_entry_is_fully_declared(act):
    assert act.name and act.family in FAMILIES and act.reference
    assert act.formula and act.dformula
    assert len(act.impl) == 3
    for p in act.params:
        assert p.description, p.name
        if p.choices:
            assert p.default in p.choices
        else:
            assert p.minimum <= p.default <= p.maximum and p.step > 0
    for eq in act.equivalents:
        act.bind(eq.params)  # library defaults are valid parameter values
    for which in ("f", "df"):
        text = act.latex(which, act.defaults())
        assert "@" not in text and text.count("{") == text.count("}")


def test_aliases_resolve():
    assert get("h_swish") is get("hard_swish") is get("hard_silu") is ACTIVATIONS["hardswish"]
    assert get("linear").id == "identity"
    assert get("heaviside").id == "step"
    assert get("Leaky-ReLU").id == "leaky_relu"


def test_unknown_id_suggests_close_ones():
    with pytest.raises(UnknownActivationError, match="did you mean 'leaky_relu'"):
        get("leaky_rely")
    with pytest.raises(ValueError, match="unknown activation"):
        get("no_such_thing")


def test_library_defaults_follow_pytorch_and_name_the_others():
    leaky = {(e.library, e.call): e.params for e in get("leaky_relu").equivalents}
    assert get("leaky_relu").param("negative_slope").default == 0.01
    assert leaky["Keras 3", "keras.activations.leaky_relu"] == {"negative_slope": 0.2}
    assert leaky["Keras 3", "keras.layers.LeakyReLU"] == {"negative_slope": 0.3}
    gelu = {e.library: e.params["approximate"] for e in get("gelu").equivalents if e.library != "Keras 3"}
    assert gelu == {"PyTorch": "none", "JAX": "tanh"}
    assert get("hardsigmoid").param("variant").choices == ("pytorch", "keras2")
    assert get("rrelu").defaults() == {"lower": 1 / 8, "upper": 1 / 3}
    assert get("softplus").defaults() == {"beta": 1.0, "threshold": 20.0}


# --- values and derivatives against mpmath -----------------------------------------------------

def close(got, want, rtol=1e-12, atol=1e-14):
    return abs(got - want) <= rtol * abs(want) + atol


@pytest.mark.parametrize(("act_id", "params"), CASES, ids=CASE_IDS)
def test_values_and_derivatives_match_mpmath(act_id, params):
    act = get(act_id)
    xs = np.array(away_from_breakpoints(act, params, GRID))
    for order in range(3):
        got = act.evaluate(xs, order, **params)
        for x, g in zip(xs, got, strict=True):
            want = value(act_id, x, order, **params)
            assert close(g, want, atol=1e-13 if order else 1e-14), (order, x, g, want)


def test_reference_covers_the_catalog():
    assert set(REFERENCE) == set(IDS)


KNOWN = [  # (id, params, x, expected) from the tutorials and PyTorch 2.13 (float64)
    ("sigmoid", {}, [-1.0, 1.0, 2.0], [0.26894142, 0.73105858, 0.88079708]),
    ("gelu", {}, [1.0, -1.0], [0.841344746068543, -0.15865525393145702]),
    ("gelu", {"approximate": "tanh"}, [1.0, -1.0], [0.8411919906082768, -0.15880800939172324]),
    ("mish", {}, [1.0, -1.0], [0.8650983882673103, -0.30340146137410895]),
    ("logsigmoid", {}, [1.0, -1.0, -800.0], [-0.31326168751822286, -1.3132616875182228, -800.0]),
    ("softplus", {}, [20.0, 20.0001, 1e300], [20.000000002061153, 20.0001, 1e300]),
    ("relu6", {}, [-1.0, 3.0, 7.0], [0.0, 3.0, 6.0]),
    ("hardswish", {}, [-4.0, -1.0, 1.0, 4.0], [0.0, -1 / 3, 2 / 3, 4.0]),
    ("lecun_tanh", {}, [1.5], [1.7159 * math.tanh(1.0)]),
    ("step", {}, [-1.0, 0.0, 1.0], [0.0, 0.0, 1.0]),
    ("step", {"at_zero": 0.5}, [0.0], [0.5]),
    ("selu", {}, [-1.0], [1.0507009873554805 * 1.6732632423543772 * math.expm1(-1.0)]),
]


@pytest.mark.parametrize(("act_id", "params", "x", "expected"), KNOWN)
def test_known_values(act_id, params, x, expected):
    np.testing.assert_allclose(get(act_id).f(np.array(x), **params), expected, rtol=1e-8)


def test_tutorial_derivatives():
    x = np.linspace(-10, 10, 2001)
    s = get("sigmoid").f(x)
    np.testing.assert_allclose(get("sigmoid").df(x), s * (1 - s), rtol=1e-9, atol=1e-18)
    np.testing.assert_allclose(get("tanh").df(x), 4 / (np.exp(x) + np.exp(-x)) ** 2, rtol=1e-12)
    np.testing.assert_array_equal(get("relu").df(x), (x > 0).astype(float))
    np.testing.assert_array_equal(get("leaky_relu").df(x), np.where(x > 0, 1.0, 0.01))


# --- PyTorch autograd at kinks (float64, torch 2.13) ----------------------------------------------

KINKS = [
    ("relu", {}, 0.0, 0.0),
    ("leaky_relu", {"negative_slope": 0.1}, 0.0, 0.1),
    ("prelu", {"weight": 0.25}, 0.0, 0.25),
    ("relu6", {}, 0.0, 0.0), ("relu6", {}, 6.0, 0.0),
    ("hardtanh", {}, -1.0, 0.0), ("hardtanh", {}, 1.0, 0.0),
    ("hardsigmoid", {}, -3.0, 0.0), ("hardsigmoid", {}, 3.0, 0.0),
    ("hardswish", {}, -3.0, 0.0), ("hardswish", {}, 3.0, 1.0),
    ("hardshrink", {}, -0.5, 0.0), ("hardshrink", {}, 0.5, 0.0),
    ("softshrink", {}, -0.5, 0.0), ("softshrink", {}, 0.5, 0.0),
    ("threshold", {"threshold": 1.0, "value": 2.0}, 1.0, 0.0),
    ("elu", {"alpha": 2.0}, 0.0, 2.0),
    ("selu", {}, 0.0, 1.7580993408473766),
    ("celu", {"alpha": 2.0}, 0.0, 1.0),
    ("rrelu", {}, 0.0, 0.22916666666666666),
]


@pytest.mark.parametrize(("act_id", "params", "x", "expected"), KINKS)
def test_derivative_at_kinks_follows_pytorch_autograd(act_id, params, x, expected):
    assert get(act_id).df(x, **params) == pytest.approx(expected, rel=1e-15)


def test_hardswish_one_sided_derivatives_at_kinks():
    df = get("hardswish").df
    assert df(np.nextafter(3.0, 0)) == pytest.approx(1.5)
    assert df(np.nextafter(-3.0, 0)) == pytest.approx(-0.5)


# --- breakpoints, checked numerically ----------------------------------------------------------

@pytest.mark.parametrize(("act_id", "params"), CASES, ids=CASE_IDS)
def test_declared_breakpoints_are_real(act_id, params):
    claims.check_breakpoints_real(get(act_id), params)


@pytest.mark.parametrize("act", ALL, ids=IDS)
def test_smooth_between_breakpoints(act):
    """f'' on a fine grid has no jump bigger than its slope allows, away from breakpoints."""
    p = act.defaults()
    x = np.linspace(-8, 8, 16001)
    keep = np.array(away_from_breakpoints(act, p, x, margin=2e-3))
    d2 = act.d2f(keep)
    step = np.diff(d2)
    gaps = np.diff(keep) > 1.5e-3  # intervals that straddle a removed breakpoint
    assert np.all(np.abs(step[~gaps]) < 0.05 * (1 + np.abs(d2[1:][~gaps]))), act.id


# --- declared properties, checked numerically --------------------------------------------------

@pytest.mark.parametrize(("act_id", "params"), CASES, ids=CASE_IDS)
def test_declared_properties_hold(act_id, params):
    claims.check_all(get(act_id), params)


def test_properties_that_depend_on_parameters():
    """Odd for the parameters that make them the identity or x/2; softplus is not monotonic:
    PyTorch's switch to x drops it by log(1 + e^-threshold)/β."""
    assert get("leaky_relu").properties(negative_slope=1.0).zero_centred
    assert not get("leaky_relu").properties().zero_centred
    assert get("prelu").properties(weight=1.0).zero_centred
    assert get("swish").properties(beta=0.0).zero_centred
    assert not get("softplus").properties().monotonic
    assert get("hardshrink").breakpoints_at(lambd=0.0) == (Breakpoint(0.0, 1),)
    assert get("hardshrink").df(0.0, lambd=0.0) == 0.0 and get("hardshrink").df(1e-300, lambd=0.0) == 1.0


def test_smoothness_comes_from_breakpoints():
    assert get("relu").smoothness() == 0
    assert get("step").smoothness() == -1
    assert get("celu").smoothness() == 1
    assert get("isrlu").smoothness() == 2
    assert get("elu").smoothness() == 1 and get("elu").smoothness(alpha=2.0) == 0
    assert get("gelu").smoothness() == math.inf


# --- numerics: special values, dtypes, parameter validation ------------------------------------

@pytest.mark.parametrize("act", ALL, ids=IDS)
def test_nan_propagates_and_scalars_stay_scalars(act):
    for order in range(3):
        y = act.evaluate(np.array([np.nan, 0.5]), order)
        assert np.isnan(y[0]) and not np.isnan(y[1])
        s = act.evaluate(0.5, order)
        assert isinstance(s, np.floating) and np.ndim(s) == 0
    assert act.f([0.25, 0.5]).dtype == np.float64
    assert act.f(np.array([0.25], dtype=np.float32)).dtype == np.float32


@pytest.mark.parametrize("act", ALL, ids=IDS)
def test_limits_at_infinity(act):
    far = np.array([-1e300, 1e300])
    for order in range(3):
        at_inf = act.evaluate(np.array([-np.inf, np.inf]), order)
        if order in act.oscillating:
            assert np.isnan(at_inf).all()
            continue
        near = act.evaluate(far, order)
        for lim, v in zip(at_inf, near, strict=True):
            if abs(v) > 1e250:
                assert lim == math.copysign(math.inf, v)
            else:
                assert lim == pytest.approx(v, abs=1e-250)


LIMITS = [("sigmoid", -np.inf, 0.0), ("sigmoid", np.inf, 1.0), ("tanh", -np.inf, -1.0),
          ("silu", -np.inf, 0.0), ("mish", -np.inf, 0.0), ("gelu", -np.inf, 0.0),
          ("elu", -np.inf, -1.0), ("softplus", np.inf, np.inf), ("isrlu", -np.inf, -1.0),
          ("bent_identity", -np.inf, -np.inf), ("sinc", np.inf, 0.0)]


@pytest.mark.parametrize(("act_id", "x", "limit"), LIMITS)
def test_known_limits(act_id, x, limit):
    assert get(act_id).f(x) == limit


def test_parameter_validation_names_the_problem():
    leaky = get("leaky_relu")
    with pytest.raises(ValueError, match=r"no parameter 'slope' \(parameters: negative_slope\)"):
        leaky.f(1.0, slope=0.1)
    with pytest.raises(ValueError, match=r"negative_slope=nan .*\[0, 1\]"):
        leaky.f(1.0, negative_slope=float("nan"))
    with pytest.raises(ValueError, match=r"negative_slope=5 .*\[0, 1\]"):
        leaky.f(1.0, negative_slope=5)
    with pytest.raises(ValueError, match=r"approximate='fast' .*'none', 'tanh'"):
        get("gelu").f(1.0, approximate="fast")
    with pytest.raises(ValueError, match="min_val must be below max_val"):
        get("hardtanh").f(1.0, min_val=1.0, max_val=0.5)
    with pytest.raises(ValueError, match="lower must not exceed upper"):
        get("rrelu").f(1.0, lower=0.5, upper=0.2)


def test_overflow_only_where_the_true_value_exceeds_float64():
    x = np.array([-1e300, -1e154, -800.0, 700.0, 1e154, 1e300])
    for act in ALL:
        y = act.f(x)
        limit = act.overflow_limit()
        assert np.isfinite(y[np.abs(x) <= limit]).all(), act.id
        assert np.isinf(y[x > limit]).all(), act.id
    assert get("exponential").f(709.0) < np.inf and get("exponential").f(710.0) == np.inf


@pytest.mark.parametrize("act", ALL, ids=IDS)
def test_formulas_typeset_to_well_formed_html(act):
    """Every formula Qt's rich text shows is well-formed markup with no LaTeX left in it."""
    for params in param_sets(act):
        for kind in ("f", "df"):
            markup = to_html(act.latex(kind, params))
            # raises on a stray < or & or an unclosed tag (&nbsp; is HTML's, not XML's)
            ElementTree.fromstring(f"<p>{markup.replace('&nbsp;', '&#160;')}</p>")
            assert "\\" not in markup and "{" not in markup.replace("{</td>", ""), markup


def test_typesetting_escapes_markup_characters():
    assert to_html(r"x < 0 \text{ & } y > 1") == \
        "x &lt; 0 <span style='font-style:normal'> &amp; </span> y &gt; 1"


@pytest.mark.parametrize("a", [0.01, 0.3, 7.0])
def test_snake_is_right_far_out(a):
    """sin(a·x) of the exact product: a = 0.01 is not a float, and fl(2ax) would lose the
    argument for |x| >= 1e10 (f'(1e10) was off in the 9th digit)."""
    import mpmath

    xs = [1e10, -3.7e15, 2.5e37, 1e100, -4.2e250, 1e300]
    act = get("snake")
    with mpmath.workdps(400):
        for x in xs:
            A, X = mpmath.mpf(a), mpmath.mpf(x)
            want = (X + mpmath.sin(A * X) ** 2 / A, 1 + mpmath.sin(2 * A * X), 2 * A * mpmath.cos(2 * A * X))
            for order in range(3):
                got = act.evaluate(x, order, a=a)
                assert abs(got - want[order]) <= 1e-13 * abs(want[order]) + 1e-15, (x, order)
