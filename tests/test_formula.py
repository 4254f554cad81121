"""Typed formulas: values and derivatives against mpmath and against the catalog entries they
equal, kink conventions, breakpoints, hostile text, the lazy sympy import, sessions and specs."""

import json
import math
import re
import subprocess
import sys
import warnings
from pathlib import Path

import mpmath
import numpy as np
import pytest
from mpmath import mp, mpf

from actgui.core import get, sample
from actgui.core.formula import FormulaError, parse, parse_spec
from actgui.core.mathhtml import to_html

ROOT = Path(__file__).resolve().parents[1]
XS = [-3.7, -2.2, -1.3, -0.9, -0.3, 0.4, 0.8, 1.5, 2.7, 4.4]
POSITIVE = [0.3, 0.8, 1.5, 2.7, 4.4]


def sig(t):
    return 1 / (1 + mpmath.exp(-t))


def pick(*cases):
    """The first value whose condition holds: cases are (condition, value) pairs."""
    return next(v for c, v in cases if c)


# (formula, parameter values, mpmath reference of x, points, catalog entry it equals or None)
TABLE = [
    ("x^2", {}, lambda t: t**2, XS, None),
    ("2*x^2", {}, lambda t: 2 * t**2, XS, None),
    ("-x^2 + 3", {}, lambda t: 3 - t**2, XS, None),
    ("2^-x", {}, lambda t: mpf(2) ** -t, XS, None),
    ("x^3 - 2*x + 1", {}, lambda t: t**3 - 2 * t + 1, XS, None),
    ("exp(-x^2)", {}, lambda t: mpmath.exp(-(t**2)), XS, ("gaussian", {})),
    ("1/(1 + exp(-x))", {}, sig, XS, ("sigmoid", {})),
    ("x*sigmoid(x)", {}, lambda t: t * sig(t), XS, ("silu", {})),
    ("x*sigmoid(b*x)", {"b": 1.7}, lambda t: t * sig(mpf("1.7") * t), XS, ("swish", {"beta": 1.7})),
    ("x*tanh(softplus(x))", {}, lambda t: t * mpmath.tanh(mpmath.log(1 + mpmath.exp(t))), XS, ("mish", {})),
    ("softplus(x, beta=2)", {}, lambda t: mpmath.log(1 + mpmath.exp(2 * t)) / 2, XS,
     ("softplus", {"beta": 2.0})),
    ('gelu(x, approximate="tanh")', {},
     lambda t: t / 2 * (1 + mpmath.tanh(mpmath.sqrt(2 / mpmath.pi) * (t + mpf("0.044715") * t**3))), XS,
     ("gelu", {"approximate": "tanh"})),
    ("x/2*(1 + erf(x/sqrt(2)))", {}, lambda t: t / 2 * (1 + mpmath.erf(t / mpmath.sqrt(2))), XS,
     ("gelu", {})),
    ("max(0, x)", {}, lambda t: max(mpf(0), t), XS, ("relu", {})),
    ("max(x, 0)", {}, lambda t: max(mpf(0), t), XS, ("relu", {})),
    ("where(x > 0, x, a*(exp(x) - 1))", {"a": 1.5},
     lambda t: t if t > 0 else mpf("1.5") * (mpmath.exp(t) - 1), XS, ("elu", {"alpha": 1.5})),
    ("clip(x, -1, 1)", {}, lambda t: min(max(t, -1), 1), XS, ("hardtanh", {})),
    ("clip(x, 0, 6)", {}, lambda t: min(max(t, 0), 6), [-1.3, 0.4, 2.7, 4.4, 7.5], ("relu6", {})),
    ("tanh(x)", {}, mpmath.tanh, XS, ("tanh", {})),
    ("arctan(x) + atan(2*x)", {}, lambda t: mpmath.atan(t) + mpmath.atan(2 * t), XS, None),
    ("log1p(exp(x))", {}, lambda t: mpmath.log(1 + mpmath.exp(t)), XS, None),
    ("expm1(x)/x", {}, lambda t: (mpmath.exp(t) - 1) / t, XS, None),
    ("(x + sqrt(x^2 + b))/2", {"b": 4.0}, lambda t: (t + mpmath.sqrt(t**2 + 4)) / 2, XS,
     ("squareplus", {"b": 4.0})),
    ("x/(1 + abs(x))", {}, lambda t: t / (1 + abs(t)), XS, ("softsign", {})),
    ("log(1 + x^2)", {}, lambda t: mpmath.log(1 + t**2), XS, None),
    ("sin(x)*cos(2*x) + tan(x/4)", {}, lambda t: mpmath.sin(t) * mpmath.cos(2 * t) + mpmath.tan(t / 4),
     XS, None),
    ("x*erf(x)", {}, lambda t: t * mpmath.erf(t), XS, None),
    ("abs(x)^1.5", {}, lambda t: abs(t) ** mpf("1.5"), XS, None),
    ("sign(x)*x^2", {}, lambda t: mpmath.sign(t) * t**2, XS, None),
    ("min(x, 0.5*x)", {}, lambda t: min(t, t / 2), XS, None),
    ("max(x, x^2)", {}, lambda t: max(t, t**2), XS, None),
    ("piecewise((x, x > 1), (x^3, x > -1), (-1, True))", {},
     lambda t: pick((t > 1, t), (t > -1, t**3), (True, mpf(-1))), XS, None),
    ("where(0 < x < 1 or x >= 2 and not x == 3, x^2, -x)", {},
     lambda t: t**2 if (0 < t < 1) or (t >= 2 and t != 3) else -t, XS, None),
    ("leaky_relu(2*x + 1, negative_slope=a)", {"a": 0.2},
     lambda t: 2 * t + 1 if 2 * t + 1 > 0 else mpf("0.2") * (2 * t + 1), XS, None),
    ("relu(x - c)^2", {"c": 0.3}, lambda t: max(t - mpf("0.3"), 0) ** 2, XS, None),
    ("hardswish(x)", {}, lambda t: t * min(max(t + 3, 0), 6) / 6, [*XS, -4.5, 3.5], ("hardswish", {})),
    ("pi*x + e", {}, lambda t: mpmath.pi * t + mpmath.e, XS, None),
    ("x^x", {}, lambda t: t**t, POSITIVE, None),
    ("lambd*x + alpha*x^2", {"lambd": 0.3, "alpha": -2.0}, lambda t: mpf("0.3") * t - 2 * t**2, XS, None),
    ("exp(x)", {}, mpmath.exp, XS, ("exponential", {})),
    ("sin(x)/x", {}, lambda t: mpmath.sin(t) / t, XS, ("sinc", {})),
    ("log(x)*sqrt(x)", {}, lambda t: mpmath.log(t) * mpmath.sqrt(t), POSITIVE, None),
]


def table_id(row):
    return row[0]


def close(got, want, rtol=1e-12, atol=1e-13):
    return abs(got - want) <= rtol * abs(want) + atol


@pytest.mark.parametrize("row", TABLE, ids=table_id)
def test_values_and_derivatives_match_mpmath(row):
    text, params, reference, xs, _ = row
    act = parse(text).activation
    with mp.workdps(40):
        for order in range(3):
            got = act.evaluate(np.array(xs), order, **params)
            for x, g in zip(xs, got, strict=True):
                want = float(reference(mpf(x)) if order == 0 else mp.diff(reference, mpf(x), order))
                assert close(g, want), (order, x, g, want)


@pytest.mark.parametrize("row", [r for r in TABLE if r[4]], ids=table_id)
def test_formula_equals_its_catalog_entry(row):
    text, params, _, xs, (entry, entry_params) = row
    act, ref = parse(text).activation, get(entry)
    x = np.array(xs + [b.x for b in ref.breakpoints_at(**entry_params)])
    for order in range(3):
        np.testing.assert_allclose(act.evaluate(x, order, **params), ref.evaluate(x, order, **entry_params),
                                   rtol=1e-12, atol=1e-15, err_msg=f"order {order}")


def test_table_is_large_enough():
    assert len(TABLE) >= 30


# --- kink conventions --------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "params", "x", "df", "d2f"), [
    ("max(0, x)", {}, 0.0, 0.0, 0.0),  # relu'(0) = 0, as PyTorch
    ("max(x, 0)", {}, 0.0, 0.0, 0.0),  # the rule does not depend on the order of the arguments
    ("min(0, x)", {}, 0.0, 1.0, 0.0),  # left of 0, x is the min
    ("max(x, x^2)", {}, 0.0, 0.0, 2.0),  # left of 0, x^2 is the max
    ("max(x, x^2)", {}, 1.0, 1.0, 0.0),  # left of 1, x is the max
    ("where(x > 0, x, a*(exp(x) - 1))", {"a": 2.0}, 0.0, 2.0, 2.0),  # ELU: the x <= 0 branch
    ("abs(x)", {}, 0.0, 0.0, 0.0),  # abs'(0) = sign(0) = 0
    ("clip(x, -1, 1)", {}, 1.0, 0.0, 0.0),  # as hardtanh (torch.clamp would give 1)
    ("clip(x, -1, 1)", {}, -1.0, 0.0, 0.0),
    ("min(max(x, -1), 1)", {}, 1.0, 1.0, 0.0),  # min at the tie: x, the smaller just below 1
    ("piecewise((x, x >= 1), (x^2, True))", {}, 1.0, 1.0, 0.0),  # the first condition that holds
    ("where(x >= 2 and not x == 3, x^2, -x)", {}, 3.0, -1.0, 0.0),  # the branch picked at the point
    ("leaky_relu(2*x + 1)", {}, -0.5, 0.02, 0.0),  # the catalog's own: slope at the kink
    ("hardswish(x)", {}, 3.0, 1.0, 0.0),
    ("hardswish(x)", {}, -3.0, 0.0, 0.0),
])
def test_derivatives_at_kinks_follow_the_stated_convention(text, params, x, df, d2f):
    act = parse(text).activation
    assert act.df(x, **params) == df
    assert act.d2f(x, **params) == d2f


def test_clip_and_hardtanh_agree_at_the_clip_points_too():
    act, ref = parse("clip(x, lo, hi)").activation, get("hardtanh")
    x = np.array([-2.5, -2.0, 0.0, 1.5, 3.0, 4.0])
    for order in range(3):
        np.testing.assert_array_equal(act.evaluate(x, order, lo=-2.0, hi=3.0),
                                      ref.evaluate(x, order, min_val=-2.0, max_val=3.0))


def test_elu_formula_equals_elu_for_every_alpha():
    act, ref = parse("where(x > 0, x, a*(exp(x) - 1))").activation, get("elu")
    x = np.array([-3.0, -1e-3, 0.0, 1e-3, 2.0])
    for a in (0.0, 0.5, 1.0, 2.5):
        for order in range(3):
            np.testing.assert_allclose(act.evaluate(x, order, a=a), ref.evaluate(x, order, alpha=a),
                                       rtol=1e-12, atol=1e-15)


# --- breakpoints ---------------------------------------------------------------------------------

BREAKPOINTS = [  # (formula, parameters, [(x, order)]) from the mathematics
    ("where(x > 1, x, 1)", {}, [(1.0, 1)]),
    ("where(x > 0, x^2, 0)", {}, [(0.0, 2)]),
    ("piecewise((x, x > 1), (0, x < -1), (x^3, True))", {}, [(-1.0, 0), (1.0, 1)]),
    ("abs(x - 2)", {}, [(2.0, 1)]),
    ("sign(x - 1)", {}, [(1.0, 0)]),
    ("max(0, x)", {}, [(0.0, 1)]),
    ("min(x, 2*x)", {}, [(0.0, 1)]),
    ("max(x, x^2)", {}, [(0.0, 1), (1.0, 1)]),
    ("clip(x, -2, 3)", {}, [(-2.0, 1), (3.0, 1)]),
    ("relu(x - 1)", {}, [(1.0, 1)]),
    ("relu(x - c)", {"c": 0.7}, [(0.7, 1)]),
    ("leaky_relu(2*x + 1)", {}, [(-0.5, 1)]),
    ("hardswish(x)", {}, [(-3.0, 1), (3.0, 1)]),
    ("sigmoid(b*x)", {"b": 2.0}, []),
    ("relu(x^2 - 4)", {}, [(-2.0, 1), (2.0, 1)]),  # a non-affine argument: found numerically
    ("softplus(x, beta=2)", {}, [(10.0, 0)]),  # PyTorch's switch to x
    ("where(x > 0, x, a*(exp(x) - 1))", {"a": 2.0}, [(0.0, 1)]),
    ("where(x > 0, x, a*(exp(x) - 1))", {"a": 1.0}, [(0.0, 2)]),  # f' is continuous for a = 1
    ("isrlu(x)", {}, [(0.0, 3)]),  # the catalog's f''' jump
    ("x*tanh(softplus(x)) + x^2", {}, []),  # softplus's switch at 20 vanishes: tanh rounds to 1 there
]


def one_sided(act, order, b, params):
    return act.evaluate(np.array([np.nextafter(b, -np.inf), np.nextafter(b, np.inf)]), order, **params)


def jumps(left, right):
    return abs(right - left) > 1e-12 * (1 + abs(left))


@pytest.mark.parametrize(("text", "params", "expected"), BREAKPOINTS)
def test_breakpoints_found_with_their_order(text, params, expected):
    act = parse(text).activation
    found = act.breakpoints_at(**params)
    assert [b.order for b in found] == [order for _, order in expected]
    assert [b.x for b in found] == pytest.approx([x for x, _ in expected], abs=1e-15)
    for bp in found:
        for order in range(min(bp.order, 3)):
            assert not jumps(*one_sided(act, order, bp.x, params)), (bp, order)
        if bp.order <= 2:
            assert jumps(*one_sided(act, bp.order, bp.x, params)), bp


def test_breakpoints_of_a_periodic_switch_cover_the_search_domain():
    found = parse("abs(sin(x))").activation.breakpoints_at()
    assert len(found) == 2 * math.floor(1e3 / math.pi) + 1
    assert all(b.order == 1 for b in found)
    assert found[len(found) // 2].x == 0.0
    assert abs(found[-1].x - math.floor(1e3 / math.pi) * math.pi) < 1e-9


# --- numerics ------------------------------------------------------------------------------------

def test_no_warnings_and_honest_inf_and_nan():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        log, inv = parse("log(x)").activation, parse("1/x").activation
        assert np.isnan(log.f(-1.0)) and log.f(0.0) == -np.inf and log.df(0.0) == np.inf
        assert inv.f(0.0) == np.inf and inv.df(0.0) == -np.inf
        assert parse("exp(x)").activation.f(1000.0) == np.inf
        assert np.isnan(parse("sqrt(x)").activation.f(-1.0))
        assert np.isnan(parse("x^0.5 + log(x)").activation.d2f(np.array([-2.0, -1e-300]))).all()
        assert parse("1/a + x").activation.f(1.0, a=0.0) == np.inf  # parameters follow NumPy too


def test_sampled_like_a_catalog_entry():
    x, y = sample(parse("where(x > 0, 1, 0)").activation, -1.0, 1.0, n=5)
    gap = np.flatnonzero(np.isnan(y))
    assert x[gap].tolist() == [0.0] and y[gap - 1] == 0.0 and y[gap + 1] == 1.0


def test_nan_propagates_and_limits_at_infinity():
    act = parse("x*sigmoid(x)").activation
    y = act.f(np.array([np.nan, -np.inf, np.inf]))
    assert np.isnan(y[0]) and y[1] == 0.0 and y[2] == np.inf


def test_constant_formula_and_float32_input():
    act = parse("2*pi").activation
    np.testing.assert_array_equal(act.f(np.zeros(3)), np.full(3, 2 * math.pi))
    assert act.df(np.zeros(2, dtype=np.float32)).dtype == np.float32


def test_third_derivative_of_a_catalog_call_is_refused_with_a_sentence():
    f2 = parse("relu(x)").expressions[2]
    with pytest.raises(FormulaError, match="third derivative of relu is not available"):
        f2.diff(next(iter(f2.free_symbols)))


# --- properties, parameters, LaTeX -------------------------------------------------------------

def test_properties_estimated_numerically():
    silu = parse("x*sigmoid(x)").activation.properties()
    assert silu.range[0] == pytest.approx(-0.2784645427610738, rel=1e-12)  # min at x = -1.27846...
    assert not silu.monotonic and not silu.zero_centred
    tanh = parse("tanh(x)").activation.properties()
    assert tanh.range == (-1.0, 1.0) and tanh.monotonic and tanh.zero_centred
    square = parse("x^2").activation.properties()
    assert square.range == (0.0, math.inf) and not square.monotonic and square.smoothness == math.inf
    relu = parse("max(0, x)").activation.properties()
    assert relu.monotonic and relu.smoothness == 0 and relu.df0 == 0.0
    step_down = parse("where(x > 0, 0, 1)").activation.properties()
    assert not step_down.monotonic and step_down.smoothness == -1
    odd = parse("x^3 - a*x").activation
    assert odd.properties(a=2.0).zero_centred and not parse("x^3 - a").activation.properties().zero_centred


def test_parameters_are_spin_boxes_with_defaults_and_greek_symbols():
    act = parse("alpha*x + lambd*beta2 + slope").activation
    assert [p.name for p in act.params] == ["alpha", "lambd", "beta2", "slope"]
    assert [p.symbol for p in act.params] == [r"\alpha", r"\lambda", r"\beta_{2}", r"\mathrm{slope}"]
    assert all((p.default, p.minimum, p.maximum, p.step) == (1.0, -10.0, 10.0, 0.1) for p in act.params)
    assert act.f(2.0) == 4.0
    with pytest.raises(ValueError, match="invalid"):
        act.bind({"alpha": 11.0})


def test_parameter_passed_to_a_catalog_parameter_takes_its_range():
    act = parse("leaky_relu(x, negative_slope=a)").activation
    assert (act.params[0].minimum, act.params[0].maximum) == (0.0, 1.0)
    shifted = parse("leaky_relu(x, negative_slope=a - 2)").activation
    with pytest.raises(ValueError, match="negative_slope"):
        shifted.bind({"a": 0.5})
    assert shifted.f(-1.0, a=2.5) == -0.5


def test_parameter_overrides():
    f = parse("a*x", "scaled", {"a": {"default": 0.5, "minimum": 0, "maximum": 2, "step": 0.01}})
    p = f.activation.params[0]
    assert (p.default, p.minimum, p.maximum, p.step) == (0.5, 0.0, 2.0, 0.01)
    assert f.activation.name == "scaled" and f.activation.family == "My functions"
    assert f.activation.f(4.0) == 2.0
    with pytest.raises(FormulaError, match="no parameter 'b'"):
        parse("a*x", params={"b": {"default": 2}})
    with pytest.raises(FormulaError, match=r"outside its range|minimum <= default"):
        parse("a*x", params={"a": {"default": 20}})


def test_latex_with_placeholders_symbols_and_values():
    act = parse("x*sigmoid(b*x) + alpha").activation
    assert "@b" in act.formula and "@alpha" in act.formula and "@b" in act.dformula
    assert r"\alpha" in act.latex("f") and "1.5" in act.latex("f", {"b": 1.5})
    assert "@" not in act.latex("f") and "@" not in act.latex("df", {"b": 2.0, "alpha": 0.5})
    assert parse("max(0, x)").activation.formula == r"\max\left(0, x\right)"


@pytest.mark.parametrize("row", TABLE, ids=table_id)
def test_latex_typesets(row):
    act = parse(row[0]).activation
    for which in ("f", "df"):
        to_html(act.latex(which))
        to_html(act.latex(which, act.defaults()))


# --- hostile text --------------------------------------------------------------------------------

HOSTILE = {  # text -> words the message must contain
    "__import__('os')": "unknown function '__import__'",
    "x.real": "attribute access",
    "x[0]": "subscripts",
    "lambda: 1": "'lambda' is not allowed",
    "[x for x in y]": "comprehensions",
    'f"{x}"': "f-strings",
    "9**9**9": "exponent",
    "x**(10**10)": "exponent",
    "x" * 10**6: "longer than 2000",
    "(" * 10**4 + "x" + ")" * 10**4: "longer than 2000",
    "(" * 61 + "x" + ")" * 61: "nested more than 60",
    "a" * 10**5: "longer than 2000",
    "b" * 33: "more than 32 characters",
    "open('f')": "unknown function 'open'",
    "exp(x)()": "only named functions",
    "(y := 2)": "assignments",
    "*x": "invalid syntax",
    "x if x > 0 else 0": "where(c, a, b)",
    "12345678*x": "too large",
    "sqrt(-4)": "not a real number",
    "1/0": "infinite or undefined",
    "exp(1000)": "not a finite number",
    "sin(x, y=1)": "no keyword arguments",
    "softplus(x, beta=x)": "must not depend on x",
    "softplus(x, beta=1000)": "beta=1000.0 is invalid",
    "gelu(x, approximate='fast')": "approximate='fast' is invalid",
    "'text' + x": "text is only allowed",
    "x % 2": "'%'",
    "x > 0": "a condition is not a number",
    "x " + "+ x" * 150: "operations deep",
    "*".join(f"sin({k}*x)" for k in range(1, 41)): "derivatives are too large",
    "+".join(f"p{k}*x" for k in range(13)): "more than 12 parameters",
}


@pytest.mark.parametrize("text", HOSTILE, ids=[t[:30] for t in HOSTILE])
def test_hostile_text_is_rejected_with_a_message(text):
    with pytest.raises(FormulaError, match="^column [0-9]+: .*" + re.escape(HOSTILE[text])):
        parse(text)


def test_hostile_text_rejected_quickly_and_without_side_effects(tmp_path):
    """All hostile cases in a fresh process (sympy imported there too), under a hard time limit,
    in an empty folder that must stay empty."""
    code = ("import json, sys\nfrom actgui.core.formula import parse, FormulaError\n"
            "out = []\nfor text in json.load(sys.stdin):\n"
            "    try:\n        parse(text)\n        out.append(None)\n"
            "    except FormulaError as e:\n        out.append(e.column)\nprint(json.dumps(out))\n")
    done = subprocess.run([sys.executable, "-c", code], input=json.dumps(list(HOSTILE)), capture_output=True,
                          text=True, timeout=120, cwd=tmp_path, env={"PYTHONPATH": str(ROOT)}, check=True)
    columns = json.loads(done.stdout)
    assert all(isinstance(c, int) and c >= 1 for c in columns)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("text", "column", "message"), [
    ("x + foo(x)", 5, "unknown function 'foo'"),
    ("x^2 + foo(x)", 7, "unknown function 'foo'"),  # '^' became '**': columns still count in the text
    ("2*x^^2", 5, "invalid syntax"),
    ("exp(x)()", 7, "only named functions"),
    ("softplus(x, gamma=2)", 13, "softplus has no parameter 'gamma'"),
    ("x^(10^10) + 1", 4, "exponent"),
    ("  x + $", 7, "unexpected character '$'"),
    ("(x + 1", 1, "'(' is never closed"),
    ("x + 1)", 6, "unmatched ')'"),
    ("x +", 4, "ends too early"),
    ("x + α", 5, "unexpected character 'α'"),
])
def test_error_columns_point_into_the_text(text, column, message):
    with pytest.raises(FormulaError, match=re.escape(message)) as info:
        parse(text)
    assert info.value.column == column
    assert str(info.value).startswith(f"column {column}: ")


def test_importing_the_module_does_not_import_sympy():
    code = "import sys, actgui.core.formula\nprint('sympy' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          cwd=ROOT, check=True)
    assert done.stdout.strip() == "False"


# --- sessions and the command line -------------------------------------------------------------

def test_to_dict_from_dict_round_trip():
    f = parse("leaky_relu(x, negative_slope=a) + b*x^2", "mine", {"b": {"default": 0.5, "step": 0.05}})
    data = json.loads(json.dumps(f.to_dict()))
    assert data["text"] == f.text and data["name"] == "mine"
    assert data["params"]["b"] == {"default": 0.5, "minimum": -10.0, "maximum": 10.0, "step": 0.05}
    g = type(f).from_dict(data)
    assert g == f
    x = np.linspace(-2, 2, 9)
    np.testing.assert_array_equal(g.activation.df(x, a=0.3), f.activation.df(x, a=0.3))


@pytest.mark.parametrize(("data", "message"), [
    ([], "must be a JSON object"),
    ({"name": "n"}, "field 'text' must be text"),
    ({"text": 3}, "field 'text' must be text"),
    ({"text": "x", "name": 1}, "field 'name' must be text"),
    ({"text": "x", "colour": "red"}, "unknown field 'colour'"),
    ({"text": "a*x", "params": []}, "field 'params'"),
    ({"text": "a*x", "params": {"a": 1}}, "field 'params.a' must be an object"),
    ({"text": "a*x", "params": {"a": {"default": "1"}}}, "field 'params.a.default' must be a finite number"),
    ({"text": "a*x", "params": {"a": {"default": True}}}, "field 'params.a.default' must be a finite number"),
    ({"text": "a*x", "params": {"a": {"maximum": math.inf}}}, "must be a finite number"),
    ({"text": "a*x", "params": {"a": {"colour": 1}}}, "unknown field 'params.a.colour'"),
    ({"text": "a*x", "params": {"a": {"minimum": 2, "maximum": 1}}}, "minimum < maximum"),
    ({"text": "a*x", "params": {"q": {}}}, "no parameter 'q'"),
    ({"text": "__import__('os').system('echo hi')"}, "column 17: attribute access"),
    ({"text": "x" * 5000}, "longer than 2000"),
])
def test_from_dict_rejects_wrong_types_and_hostile_text(data, message):
    from actgui.core.formula import Formula

    with pytest.raises(FormulaError, match=re.escape(message)):
        Formula.from_dict(data)


def test_parse_spec_for_the_command_line():
    formula, values = parse_spec("=x*sigmoid(b*x);b=1.5")
    assert values == {"b": 1.5}
    x = np.linspace(-3, 3, 7)
    np.testing.assert_allclose(formula.activation.f(x, **values), get("swish").f(x, beta=1.5), rtol=1e-15)
    assert parse_spec("=max(0, x)")[1] == {}
    assert parse_spec("=a*x + b; a=2, b=-1")[1] == {"a": 2.0, "b": -1.0}
    for bad, message in [("x*2", "starts with '='"), ("=a*x;a", "expected name=value"),
                         ("=a*x;a=20", "invalid"), ("=a*x;q=1", "no parameter 'q'"),
                         ("=a*x;a=two", "a number"), ("=a*x;a=1;a=2", "given twice"),
                         ("=foo(x)", "unknown function")]:
        with pytest.raises(FormulaError, match=message):
            parse_spec(bad)


@pytest.mark.parametrize("text", ["log(x)", "sqrt(x)", "x*log(x)", "sqrt(1 - x^2)"])
def test_derivatives_are_undefined_where_the_function_is(text):
    act = parse(text).activation
    x = np.linspace(-3, 3, 601)
    undefined = np.isnan(act.f(x))
    assert undefined.any() and not undefined.all()
    for order in (1, 2):
        assert np.array_equal(np.isnan(act.evaluate(x, order)), undefined), order


def test_a_value_multiplying_what_follows_gets_a_dot_when_typeset():
    act = parse("x*sigmoid(b*x)").activation
    assert act.latex("f", {"b": 1.0}) == r"x\,\operatorname{sigmoid}\left(1 \cdot x\right)"  # not 1x
    assert r"\left(@b x\right)" in act.formula  # the symbol itself, before values
