"""Hypothesis: for any finite x with |x| ≤ 1e300 and any valid parameters, every entry warns
about nothing (warnings are errors here), is finite where the true value is, and stays inside
its declared range."""

import math

import claims
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from actgui.core import ACTIVATIONS

xs = st.floats(min_value=-1e300, max_value=1e300, allow_nan=False, allow_infinity=False)


def params_for(act):
    kinds = {"choice": lambda p: st.sampled_from(p.choices), "bool": lambda p: st.booleans(),
             "int": lambda p: st.integers(int(p.minimum), int(p.maximum)),
             "float": lambda p: st.floats(min_value=p.minimum, max_value=p.maximum, allow_nan=False)}
    fields = {p.name: kinds[p.kind](p) for p in act.params}
    return st.fixed_dictionaries(fields).filter(lambda p: act.check is None or not act.check(**p))


@pytest.mark.parametrize("act", ACTIVATIONS.values(), ids=list(ACTIVATIONS))
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_any_finite_input_any_parameters(act, data):
    params = data.draw(params_for(act))
    x = np.array(data.draw(st.lists(xs, min_size=1, max_size=20)))
    limit = act.overflow_limit(**params)
    lo, hi = act.properties(**params).range
    for order in range(3):
        y = act.evaluate(x, order, **params)
        assert np.isfinite(y[np.abs(x) <= limit]).all(), (order, x, y)
    y = act.f(x, **params)
    assert np.all(y >= lo - 1e-12 * (1 + abs(lo))) and np.all(y <= hi + 1e-12 * (1 + abs(hi)))


@pytest.mark.parametrize("act", [a for a in ACTIVATIONS.values() if a.params], ids=lambda a: a.id)
@settings(max_examples=30, deadline=None)
@given(data=st.data())
def test_monotonic_where_claimed(act, data):
    params = data.draw(params_for(act))
    if not act.properties(**params).monotonic:
        return
    cuts = sorted(b.x for b in act.breakpoints_at(**params) if b.order == 0)
    x = np.sort(np.array(data.draw(st.lists(st.floats(-50, 50), min_size=2, max_size=30))))
    piece = np.searchsorted(cuts, x, side="left")  # points on one continuous piece
    y = act.f(x, **params)
    same = piece[1:] == piece[:-1]
    ulps = 4 * np.finfo(np.float64).eps * np.abs(y[1:])  # rounding where formulas switch branch
    assert np.all((np.diff(y) >= -ulps)[same])


@pytest.mark.parametrize("act", [a for a in ACTIVATIONS.values() if a.params], ids=lambda a: a.id)
@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_declared_properties_hold_for_any_parameters(act, data):
    """Range, monotonicity, oddness, f(0), f'(0) and the breakpoints, as declared for these
    parameters (the edge values, such as a slope of 1 or λ = 0, are in test_catalog's table)."""
    claims.check_all(act, data.draw(params_for(act)))


@pytest.mark.parametrize("act", [a for a in ACTIVATIONS.values() if a.params], ids=lambda a: a.id)
@settings(max_examples=30, deadline=None)
@given(data=st.data())
def test_no_undeclared_breakpoints(act, data):
    """Where a breakpoint could hide (0, ± each parameter value, their ratios and products), f,
    f' and f'' agree with their one-sided values unless a breakpoint is declared there."""
    params = data.draw(params_for(act))
    values = [abs(v) for v in params.values() if isinstance(v, float)]
    candidates = {0.0, *values, *(v / w for v in values for w in values if w),
                  *(v * w for v in values for w in values)}
    declared = [b.x for b in act.breakpoints_at(**params)]

    def free(c):  # a finite point not within a few ulps of a declared breakpoint
        return math.isfinite(c) and all(abs(c - b) > 4 * np.spacing(abs(b)) for b in declared)

    for c in filter(free, candidates | {-c for c in candidates}):
        x = np.array(claims.around(c))
        for order in range(3):
            left, at, right = act.evaluate(x, order, **params)
            scale = 1 + abs(at) + abs(act.evaluate(c, min(order + 1, 2), **params)) * 1e-9
            assert abs(left - at) <= 1e-9 * scale and abs(right - at) <= 1e-9 * scale, (c, order)
