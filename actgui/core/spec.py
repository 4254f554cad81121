"""Declarations an activation is made of: its parameters, breakpoints and library equivalents.

An :class:`Activation` is declared once and carries everything the rest of actgui needs: the
numerics (f, f', f''), the parameter specs that widgets are generated from, LaTeX formulas,
breakpoints and properties.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .params import Param, Params

#: Stand-in for ±inf when evaluating limits: every entry reaches its limit there in float64.
_FAR = 1e300
#: Magnitudes at the stand-in beyond which the limit is taken as ±inf, or below which as 0.
_HUGE, _TINY = 1e250, 1e-250


@dataclass(frozen=True)
class Breakpoint:
    """A point where the function or one of its derivatives is discontinuous.

    ``order`` is the lowest derivative that jumps there: 0 a jump in f, 1 a kink (f' jumps),
    2 a jump in f'' (f is C¹ there), 3 a jump in f''' (f'' has a kink there).
    """

    x: float
    order: int

    @property
    def kind(self) -> str:
        return ("jump", "kink")[self.order] if self.order < 2 else "jump in f" + "'" * self.order


@dataclass(frozen=True)
class Equivalent:
    """The same function in a library, with that library's defaults in actgui's parameter names."""

    library: str
    call: str
    params: Mapping[str, float | str] = field(default_factory=dict)
    note: str = ""


@dataclass(frozen=True)
class Properties:
    range: tuple[float, float]
    bounded_below: bool
    bounded_above: bool
    monotonic: bool
    zero_centred: bool
    smoothness: float  # k for C^k, math.inf for C-infinity
    f0: float
    df0: float


ParamsFn = Callable[..., Any]


def _call(value, params: Mapping[str, Any]):
    return value(**params) if callable(value) else value


@dataclass(frozen=True, eq=False)
class Activation:
    r"""An activation function f with its first and second derivatives.

    ``f``, ``df`` and ``d2f`` take an array-like or scalar ``x`` and parameters by keyword
    (omitted ones take their defaults). They compute in float64 (float32 input gives float32),
    warn about nothing for any finite ``x``, propagate NaN, and return the limit at ±inf.
    At breakpoints the derivatives follow PyTorch autograd's choice (see ``breakpoints``).
    """

    id: str
    name: str
    family: str
    impl: tuple[Callable, Callable, Callable]  # raw f, f', f'' on float64 arrays, finite x
    formula: str  # LaTeX for f, parameters written @name
    dformula: str  # LaTeX for f'
    range: tuple[float, float] | ParamsFn  # (inf, sup) of f over the reals
    monotonic: bool | ParamsFn  # non-decreasing on the whole real line
    zero_centred: bool | ParamsFn  # f is odd: f(-x) = -f(x)
    params: tuple[Param, ...] = ()
    aliases: tuple[str, ...] = ()
    breakpoints: tuple[Breakpoint, ...] | ParamsFn = ()
    equivalents: tuple[Equivalent, ...] = ()
    reference: str = ""
    description: str = ""
    kink_convention: str = ""
    oscillating: tuple[int, ...] = ()  # derivative orders with no limit at ±inf
    overflow_at: float | ParamsFn | None = None  # |x| beyond which f's true value exceeds float64
    band: Callable | None = None  # (x, order, **params) -> (low, high), e.g. RReLU's slopes
    check: Callable[..., str | None] | None = None  # cross-parameter constraint

    # --- parameters -------------------------------------------------------------------------
    def defaults(self) -> dict[str, Any]:
        return {p.name: p.default for p in self.params}

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        raise ValueError(self._unknown_param(name))

    def _unknown_param(self, name: str) -> str:
        names = ", ".join(p.name for p in self.params) or "none"
        shown = name if len(str(name)) <= 40 else str(name)[:40] + "\u2026"
        return f"{self.id} has no parameter {shown!r} (parameters: {names})"

    def bind(self, params: Mapping[str, Any] | None = None, /, **kwargs) -> Params:
        """Full, validated parameters: defaults overridden by ``params`` and ``kwargs``.

        :class:`Params` already validated for this entry are returned as they are, and only
        ``kwargs`` are validated on top of them: readers never validate twice."""
        if isinstance(params, Params) and params.owner is self:
            if not kwargs:
                return params
            bound, given = dict(params), kwargs
        else:
            bound, given = self.defaults(), {**(params or {}), **kwargs}
        for name, value in given.items():
            if name not in bound:
                raise ValueError(self._unknown_param(name))
            bound[name] = self.param(name).validate(value)
        if self.check is not None and (problem := self.check(**bound)):
            raise ValueError(f"{self.id}: {problem}")
        return Params(self, bound)

    # --- evaluation -------------------------------------------------------------------------
    def f(self, x, **params):
        return self.evaluate(x, 0, **params)

    def df(self, x, **params):
        return self.evaluate(x, 1, **params)

    def d2f(self, x, **params):
        return self.evaluate(x, 2, **params)

    def evaluate(self, x, order: int = 0, bound: Params | None = None, /, **params):
        """f (order 0), f' (1) or f'' (2) at ``x``, with parameters ``bound`` (from
        :meth:`bind`) or given by keyword."""
        return self._evaluate(self.impl[order], order, x, self.bind(bound, **params))

    def _evaluate(self, fn, order, x, p):
        xa = np.asarray(x)
        out_dtype = xa.dtype if xa.dtype in (np.float32, np.float16) else np.float64
        xf = np.asarray(xa, dtype=np.float64)  # no copy for float64 input
        special = not np.isfinite(xf).all()
        if special:
            nan, inf = np.isnan(xf), np.isinf(xf)
            xf = np.where(nan, 0.0, np.where(inf, np.copysign(_FAR, xf), xf))
        y = np.asarray(fn(xf, **p), dtype=np.float64)
        if y.shape != xf.shape:
            y = np.broadcast_to(y, xf.shape).copy()
        if special:
            # The tail at the stand-in and at half of it: a value that doubles (or more) as x
            # doubles grows without bound (leaky_relu of any slope), a tiny one that still moves
            # decays to 0 (sinc), and a constant tail (hardtanh's min_val) is the limit itself.
            with np.errstate(invalid="ignore", divide="ignore"):
                half = np.asarray(fn(np.where(inf, 0.5 * xf, xf), **p), dtype=np.float64)
                moving = np.broadcast_to(half, y.shape) != y
                growing = moving & (y / half >= 1.9)
            at_inf = np.where(growing | (np.abs(y) > _HUGE), np.copysign(np.inf, y), y)
            at_inf = np.where(moving & (np.abs(at_inf) < _TINY), 0.0, at_inf)
            if order in self.oscillating:
                at_inf = np.full_like(y, np.nan)
            y = np.where(nan, np.nan, np.where(inf, at_inf, y))
        if out_dtype != np.float64:
            with np.errstate(over="ignore"):
                y = y.astype(out_dtype)
        return y[()] if y.ndim == 0 else y

    # --- declared facts, resolved for given parameters ---------------------------------------
    def breakpoints_at(self, bound: Params | None = None, /, **params) -> tuple[Breakpoint, ...]:
        return tuple(_call(self.breakpoints, self.bind(bound, **params)))

    def overflow_limit(self, bound: Params | None = None, /, **params) -> float:
        """|x| beyond which f's true value exceeds float64 (inf if it never does)."""
        if self.overflow_at is None:
            return math.inf
        return float(_call(self.overflow_at, self.bind(bound, **params)))

    def smoothness(self, bound: Params | None = None, /, **params) -> float:
        """k such that f is C^k (math.inf when no breakpoint)."""
        bps = self.breakpoints_at(bound, **params)
        return min((b.order - 1 for b in bps), default=math.inf)

    def properties(self, bound: Params | None = None, /, **params) -> Properties:
        p = self.bind(bound, **params)
        lo, hi = _call(self.range, p)
        return Properties(
            range=(float(lo), float(hi)),
            bounded_below=math.isfinite(lo),
            bounded_above=math.isfinite(hi),
            monotonic=bool(_call(self.monotonic, p)),
            zero_centred=bool(_call(self.zero_centred, p)),
            smoothness=self.smoothness(p),
            f0=float(self.evaluate(0.0, 0, p)),
            df0=float(self.evaluate(0.0, 1, p)),
        )

    def latex(self, which: str = "f", values: Mapping[str, Any] | None = None) -> str:
        """LaTeX of f (``which="f"``) or f' (``"df"``): parameter symbols, or their values (a
        value multiplying what follows it gets a dot: 1·x, not 1x)."""
        text = self.formula if which == "f" else self.dformula
        bound = self.bind(values) if values is not None else None

        def sub(m):
            prm = self.param(m.group(1))
            if bound is None:
                return prm.symbol or rf"\mathrm{{{prm.name}}}"
            v = bound[prm.name]
            return rf"\mathrm{{{v}}}" if prm.is_choice else _fmt_number(v)

        text = re.sub(r"@(\w+)", sub, text)
        # a value then a letter reads as one number ("1x"): a dot between them, 1·x
        return text if bound is None else re.sub(r"(?<=\d)\s+(?=[A-Za-z\\])", r" \\cdot ", text)


def _fmt_number(v: float) -> str:
    s = f"{v:.6g}"
    return f"({s})" if v < 0 else s
