r"""Typed formulas as activations: ``parse("x*sigmoid(b*x)").activation`` is an
:class:`~actgui.core.spec.Activation` like a catalog entry's, with f, f' and f'' exact (sympy),
NumPy evaluation, breakpoints, LaTeX and a parameter spec for every free name but x.

Grammar: Python's expression syntax, checked node by node against a whitelist; the sympy
expression is built straight from the tree (the text is never evaluated).

* numbers (``2``, ``0.5``, ``1e-3``; integers up to 10^6), ``x``, the constants ``pi`` and ``e``;
  every other name is a parameter: ASCII letters, digits and ``_``, starting with a letter, at
  most 32 characters. Greek letter names (``alpha``, ``beta``, ``Omega`` ...) are typeset as Greek
  letters; ``lambda`` is a Python keyword, so λ is written ``lambd`` (as in the catalog).
* ``+ - * /``, unary ``-``, powers ``**`` or ``^`` (``2*x^2`` is 2x²: ``^`` binds like ``**``),
  parentheses.
* one argument: ``exp log log1p expm1 sqrt abs sign sin cos tan tanh arctan atan erf``; also
  ``min(a, b, ...)``, ``max(a, b, ...)``, ``clip(v, lo, hi)``, ``where(cond, a, b)`` and
  ``piecewise((a, cond_a), (b, cond_b), ..., (z, True))``: the first true condition picks, NaN
  where none does.
* conditions: ``< <= > >= == !=``, chained too (``0 < x < 1``); ``and or not`` or ``& | ~``.
* every catalog entry by id or alias (case ignored) with one positional argument and its
  parameters by keyword: ``sigmoid(b*x)``, ``softplus(x, beta=2)``, ``gelu(x, approximate="tanh")``,
  ``leaky_relu(x, negative_slope=a)``. Keyword values are numbers or expressions of parameters,
  never of x; text only for choice parameters. The functions above come first: ``exp``, ``sin``,
  ``arctan``, ``atan`` are NumPy's, not the entries of those aliases. Function names, catalog ids
  and aliases are not parameter names.

Conventions at kinks and jumps, agreeing with the catalog's (PyTorch autograd) where a formula
is a catalog entry:

* ``where`` and ``piecewise`` take, value and derivatives alike, the branch their condition picks
  at the point (as ``torch.where``): ``where(x > 0, x, a*(exp(x) - 1))'(0) = a``, as ELU's.
* ``max`` and ``min`` at a tie take the left-hand piece: the argument that is the largest
  (smallest) just below the tie, decided by the first derivatives there and, where those agree,
  the second. So ``max(0, x)'(0) = 0 = relu'(0)`` and ``min(0, x)'(0) = 1`` (``torch.maximum``
  would split the gradient: 1/2).
* ``clip(v, lo, hi)`` is ``hi`` where ``v >= hi`` (or ``lo >= hi``, as NumPy), ``lo`` where
  ``v <= lo``: slope 0 at both bounds, as the catalog's hardtanh and relu6. ``torch.clamp`` has
  slope 1 there, and so has ``min(max(x, lo), hi)`` at ``hi`` by the left-hand rule.
* ``abs'(0) = sign(0) = 0`` and ``sign' = 0``, as PyTorch; catalog calls keep their own.

Bounds, all checked before any expensive work, so hostile text is rejected at once: at most
2000 characters of printable ASCII on one line, brackets nested at most 60 deep (counted on the
token stream, before ``ast.parse``), 400 tree nodes and a tree depth of 100, number literals of at
most 30 characters, integers up to 10^6, 12 parameters. Constant sub-expressions are checked as
they are built (a finite real number, at most 1e300 in size), and a constant exponent is at most
64 in size before the power is formed, so ``9**9**9`` is never computed. sympy's work is bounded
too: f may have at most 3000 nodes once max, min and clip repeat their arguments, and f' and f''
at most 20,000 as estimated before each differentiation (a product of n factors has n terms).

Numerics: each of f, f', f'' is compiled to a list of NumPy closures over the expression's
distinct nodes (each node is evaluated once per call, so common subexpressions are shared), run
under ``np.errstate(all="ignore")``: overflow gives inf and undefined values NaN, honestly
(``log(-1)`` is NaN, ``1/0`` inf; the canvas leaves gaps). Catalog calls use the catalog's own
evaluation, with its limits, kink conventions and accuracy.
"""

from __future__ import annotations

import ast
import functools
import io
import math
import operator
import re
import tokenize
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from . import functions as F
from .registry import get, names
from .session import FORMULA_FAMILY
from .spec import Activation, Breakpoint, Param

MAX_LENGTH = 2000
MAX_BRACKETS = 60
MAX_NODES = 400
MAX_TREE_DEPTH = 100
MAX_NUMBER_LENGTH = 30
MAX_INT = 10**6
MAX_CONSTANT = 1e300
MAX_EXPONENT = 64
MAX_NAME = 32
MAX_PARAMS = 12
#: Tree sizes (nodes, once max, min and clip have repeated their arguments) of f, and as
#: estimated before differentiating, of f' and f'': sympy's work grows with them.
MAX_EXPANDED, MAX_DERIVATIVE = 3000, 20000
#: Parameter spin boxes: default value, range and step unless overridden.
DEFAULT_VALUE, DEFAULT_RANGE, DEFAULT_STEP = 1.0, (-10.0, 10.0), 0.1
#: Breakpoints of non-affine switches and the numerical properties are searched over [-R, R].
SEARCH_RADIUS = 1e3
FAMILY = FORMULA_FAMILY
KINK_CONVENTION = ("where/piecewise: the branch the condition picks at the point; max/min at a tie: "
                   "the left-hand piece (max(0, x)'(0) = 0, as relu); clip: slope 0 at both bounds "
                   "(as hardtanh); abs'(0) = sign(0) = 0; catalog calls keep their own.")
_OVERRIDES = ("default", "minimum", "maximum", "step")
_GREEK = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
          "lambda", "mu", "nu", "xi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega",
          "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Upsilon", "Phi", "Psi", "Omega"}
_ONE_ARG = ("exp", "log", "log1p", "expm1", "sqrt", "abs", "sign", "sin", "cos", "tan", "tanh",
            "arctan", "atan", "erf")
FUNCTIONS = (*_ONE_ARG, "min", "max", "clip", "where", "piecewise")


class FormulaError(ValueError):
    """A formula that cannot be used: the message says what is wrong and, where it is in the
    text, ``column`` (1-based) says where."""

    def __init__(self, message: str, column: int | None = None):
        super().__init__(f"column {column}: {message}" if column else message)
        self.column = column


# --- text -> Python syntax tree -------------------------------------------------------------------

def _source(text: str) -> tuple[str, list[int]]:
    """The text as Python source (``^`` -> ``**``) and the user's 1-based column of each source
    character (and of the end)."""
    if len(text) > MAX_LENGTH:
        raise FormulaError(f"the formula is longer than {MAX_LENGTH} characters", MAX_LENGTH + 1)
    bad = next((i for i, c in enumerate(text) if not " " <= c <= "~"), None)
    if bad is not None:
        raise FormulaError(f"unexpected character {text[bad]!r} (one line of plain ASCII: write "
                           "alpha for α)", bad + 1)
    if not text.strip():
        raise FormulaError("the formula is empty")
    lead = len(text) - len(text.lstrip())
    opened, carets = [], set()  # (column, bracket) of the brackets open; columns of '^'
    try:
        for tok in tokenize.generate_tokens(io.StringIO(text[lead:]).readline):
            col = lead + tok.start[1] + 1
            if tok.type == tokenize.ERRORTOKEN and not tok.string.isspace():
                raise FormulaError(f"unexpected character {tok.string!r}", col)
            if tok.type == tokenize.OP and tok.string in "([{":
                opened.append((col, tok.string))
                if len(opened) > MAX_BRACKETS:
                    raise FormulaError(f"brackets are nested more than {MAX_BRACKETS} deep", col)
            elif tok.type == tokenize.OP and tok.string in ")]}":
                if not opened:
                    raise FormulaError(f"unmatched {tok.string!r}", col)
                opened.pop()
            elif tok.type == tokenize.OP and tok.string == "^":
                carets.add(col)
            elif tok.type == tokenize.NUMBER and len(tok.string) > MAX_NUMBER_LENGTH:
                raise FormulaError(f"a number of more than {MAX_NUMBER_LENGTH} characters", col)
            elif tok.type == tokenize.NAME and tok.string == "lambda":
                raise FormulaError("'lambda' is not allowed (for the parameter λ write lambd)", col)
            elif tok.type == tokenize.NAME and len(tok.string) > MAX_NAME:
                raise FormulaError(f"a name of more than {MAX_NAME} characters", col)
    except tokenize.TokenError:
        if opened:
            raise FormulaError(f"{opened[-1][1]!r} is never closed", opened[-1][0]) from None
        raise FormulaError("a quote is never closed", len(text) + 1) from None
    src, cols = [], []
    for col, ch in enumerate(text[lead:], lead + 1):
        src.append("**" if col in carets else ch)
        cols += [col] * (2 if col in carets else 1)
    return "".join(src), [*cols, len(text) + 1]


def _tree(text: str) -> tuple[ast.expr, list[int]]:
    """The checked syntax tree of the formula's one expression, and the column map."""
    src, cols = _source(text)
    try:
        tree = ast.parse(src, mode="eval").body
    except SyntaxError as e:
        if not e.offset:  # at the end
            raise FormulaError("the formula ends too early", len(text) + 1) from None
        raise FormulaError(e.msg, cols[min(e.offset - 1, len(cols) - 1)]) from None
    count, stack = 0, [(tree, 1)]
    while stack:
        node, depth = stack.pop()
        count += 1
        if count > MAX_NODES:
            raise FormulaError(f"the formula has more than {MAX_NODES} parts", cols[node.col_offset])
        if depth > MAX_TREE_DEPTH:
            raise FormulaError(f"the formula is nested more than {MAX_TREE_DEPTH} operations deep",
                               cols[node.col_offset])
        stack += [(c, depth + 1) for c in ast.iter_child_nodes(node)
                  if isinstance(c, ast.expr | ast.keyword)]
    return tree, cols


# --- sympy, imported on first use ----------------------------------------------------------------

@functools.cache
def _sympy():
    """sympy and actgui's own sympy functions (imported on the first formula, not at start-up)."""
    import sympy as sp
    from sympy.codegen.cfunctions import expm1, log1p
    from sympy.printing.latex import LatexPrinter

    class KinkAbs(sp.Function):
        r""":math:`|u|`, whose derivative is :math:`\operatorname{sign} u` (0 at 0)."""

        nargs = 1

        @classmethod
        def eval(cls, u):
            return sp.Abs(u) if u.is_number else None

        def fdiff(self, argindex=1):
            return KinkSign(self.args[0])

        def _latex(self, printer, exp=None):
            body = rf"\left|{printer._print(self.args[0])}\right|"
            return rf"{body}^{{{exp}}}" if exp else body

    class KinkSign(sp.Function):
        r""":math:`\operatorname{sign} u`, whose derivative is 0 (no gradient flows through a jump)."""

        nargs = 1

        @classmethod
        def eval(cls, u):
            return sp.sign(u) if u.is_number else None

        def fdiff(self, argindex=1):
            return sp.S.Zero

        def _latex(self, printer, exp=None):
            return _function_latex(r"\operatorname{sign}", printer._print(self.args[0]), exp)

    class Cases(sp.Expr):
        """``Cases(v1, c1, v2, c2, ...)``: the first value whose condition holds, NaN where none
        does; its derivative has the same conditions. (sympy's Piecewise folds conditions on
        other Piecewise into ITE, which grows exponentially for nested max.)"""

        is_commutative = True

        @property
        def pairs(self) -> tuple:
            return tuple(zip(self.args[::2], self.args[1::2], strict=True))

        @classmethod
        def of(cls, pairs, kind=None):
            """The first value whose condition holds (NaN if none), constant conditions folded and
            one value if all are the same; as ``kind`` (max, min, clip) where nothing folded."""
            kept = []
            for value, cond in pairs:
                if cond != sp.false:
                    kept.append((value, cond))
                if cond == sp.true:
                    break
            if not kept:
                return sp.nan
            if kept[-1][1] == sp.true and all(v == kept[0][0] for v, _ in kept):
                return kept[0][0]
            made = kind if kind is not None and len(kept) == len(pairs) else Cases
            return made(*(part for pair in kept for part in pair))

        def _eval_derivative(self, s):
            return Cases.of([(v.diff(s), c) for v, c in self.pairs])

    class Max(Cases):
        """max(a, b) as Cases(a, pick a, b, True), typeset as the call."""

        def _latex(self, printer, exp=None):
            return _function_latex(r"\max", f"{printer._print(self.args[0])}, {printer._print(self.args[2])}",
                                   exp)

    class Min(Cases):
        """min(a, b) as Cases(a, pick a, b, True), typeset as the call."""

        def _latex(self, printer, exp=None):
            return _function_latex(r"\min", f"{printer._print(self.args[0])}, {printer._print(self.args[2])}",
                                   exp)

    class Clip(Cases):
        """clip(v, lo, hi) as Cases(hi, .., lo, .., v, True), typeset as the call."""

        def _latex(self, printer, exp=None):
            hi, lo, v = (printer._print(a) for a in self.args[::2])
            return _function_latex(r"\operatorname{clip}", f"{v}, {lo}, {hi}", exp)

    class Tie(sp.logic.boolalg.BooleanFunction):
        """A condition (first argument) typeset as a simpler one (second): max's choice of a is
        a > b, or a = b and the tie rule; it reads as a >= b."""

        def _latex(self, printer, exp=None):
            return printer._print(self.args[1])

    class CatalogCall(sp.Function):
        """A catalog entry's f (order 0), f' (1) or f'' (2) at the first argument; the others are
        its numeric parameters in declaration order. Subclasses fix the entry, its other
        parameters (``fixed``: choices, switches) and the order."""

        activation: Activation
        fixed: tuple[tuple[str, Any], ...]
        order: int

        @classmethod
        def numeric(cls) -> tuple[Param, ...]:
            return tuple(p for p in cls.activation.params if _numeric(p))

        @classmethod
        def keywords(cls, values) -> dict[str, Any]:
            """The entry's parameters, with ``values`` (numbers) for the numeric ones."""
            return dict(cls.fixed) | {p.name: float(v) for p, v in zip(cls.numeric(), values, strict=True)}

        def fdiff(self, argindex=1):
            if argindex != 1:
                raise sp.ArgumentIndexError(self, argindex)
            if self.order == 2:
                raise FormulaError(f"the third derivative of {self.activation.id} is not available "
                                   "(the catalog gives f, f' and f'')")
            return catalog_class(self.activation.id, self.fixed, self.order + 1)(*self.args)

        def _eval_evalf(self, prec):
            if not all(a.is_number for a in self.args):
                return None
            y = self.activation.evaluate(float(self.args[0]), self.order, **self.keywords(self.args[1:]))
            return sp.Float(float(y), precision=prec)

        def _latex(self, printer, exp=None):
            act = self.activation
            shown = [f"{p.symbol or _upright(p.name)} = {printer._print(v)}"
                     for p, v in zip(self.numeric(), self.args[1:], strict=True)
                     if not (v.is_number and float(v) == p.default)]
            shown += [rf"{_upright(k)} = \text{{{v}}}" for k, v in self.fixed
                      if v != act.param(k).default]
            args = printer._print(self.args[0]) + (";\\ " + ", ".join(shown) if shown else "")
            name = r"\operatorname{" + act.id.replace("_", r"\_") + "}" + "'" * self.order
            return _function_latex(name, args, exp)

    @functools.cache
    def catalog_class(act_id: str, fixed: tuple[tuple[str, Any], ...], order: int):
        act = get(act_id)
        label = act_id + "".join(f"[{k}={v}]" for k, v in fixed) + "'" * order
        return type(label, (CatalogCall,), {"activation": act, "fixed": fixed, "order": order,
                                            "nargs": 1 + sum(map(_numeric, act.params))})

    class Printer(LatexPrinter):
        """sympy's LaTeX in the subset the catalog's formulas use (cases, \\le, \\text{and} ...)."""

        def _print_Cases(self, expr):
            rows = [f"{self._print(v)} & " + self._conditions(conds) for v, conds in self._rows(expr, [])]
            return r"\begin{cases}" + r"\\ ".join(rows) + r"\end{cases}"

        def _conditions(self, conds: list) -> str:
            if len(conds) == 1:
                return self._print(conds[0])
            return r"\text{ and }".join(map(self._boolean, conds)) or r"\text{otherwise}"

        def _rows(self, expr, outer: list):
            """(value, conditions) of each case, the cases of a value that is itself plain Cases
            (ending in True) merged in: f' of nested max."""
            for v, c in expr.pairs:
                conds = outer + ([] if c == sp.true else [c])
                if type(v) is Cases and v.args[-1] == sp.true:
                    yield from self._rows(v, conds)
                else:
                    yield v, conds

        def _print_Relational(self, expr):
            op = {"==": "=", "!=": r"\ne", "<=": r"\le", ">=": r"\ge"}.get(expr.rel_op, expr.rel_op)
            return f"{self._print(expr.lhs)} {op} {self._print(expr.rhs)}"

        def _print_And(self, expr):
            return r"\text{ and }".join(self._boolean(a) for a in expr.args)

        def _print_Or(self, expr):
            return r"\text{ or }".join(self._boolean(a) for a in expr.args)

        def _print_Not(self, expr):
            return r"\text{not }" + self._boolean(expr.args[0])

        def _boolean(self, expr):
            text = self._print(expr)
            return rf"\left({text}\right)" if isinstance(expr, sp.And | sp.Or) else text

        def _print_tan(self, expr, exp=None):
            return _function_latex(r"\operatorname{tan}", self._print(expr.args[0]), exp)

        def _print_log1p(self, expr, exp=None):
            return _function_latex(r"\log", f"1 + {self._print(expr.args[0])}", exp)

        def _print_expm1(self, expr, exp=None):
            body = rf"\left(e^{{{self._print(expr.args[0])}}} - 1\right)"
            return rf"{body}^{{{exp}}}" if exp else body

    functions = {"exp": sp.exp, "log": sp.log, "log1p": log1p, "expm1": expm1, "sqrt": sp.sqrt,
                 "abs": KinkAbs, "sign": KinkSign, "sin": sp.sin, "cos": sp.cos, "tan": sp.tan,
                 "tanh": sp.tanh, "arctan": sp.atan, "atan": sp.atan, "erf": sp.erf}
    numeric = {sp.exp: np.exp, sp.log: np.log, log1p: np.log1p, expm1: np.expm1, sp.sin: np.sin,
               sp.cos: np.cos, sp.tan: np.tan, sp.tanh: np.tanh, sp.atan: np.arctan, sp.erf: _erf,
               KinkAbs: np.abs, sp.Abs: np.abs, KinkSign: np.sign, sp.sign: np.sign}
    return _Sympy(sp, functions, numeric, KinkAbs, KinkSign, Cases, Max, Min, Clip, Tie, CatalogCall,
                  catalog_class, Printer)


@dataclass(frozen=True)
class _Sympy:
    sp: Any
    functions: dict  # formula name -> sympy function
    numeric: dict  # sympy function -> NumPy function
    Abs: type
    Sign: type
    Cases: type
    Max: type
    Min: type
    Clip: type
    Tie: type
    CatalogCall: type
    catalog_class: Any
    Printer: type


def _function_latex(name: str, args: str, exp: str | None) -> str:
    return rf"{name}^{{{exp}}}\left({args}\right)" if exp else rf"{name}\left({args}\right)"


def _erf(z):
    r""":math:`\operatorname{erf} z`: Cephes' rational form for |z| < 1, else
    :math:`\operatorname{sign} z\,(2\Phi(|z|\sqrt2) - 1)` (no cancellation there)."""
    z = np.asarray(z, dtype=np.float64)
    small = np.abs(z) < 1.0
    outer = np.sign(z) * (2.0 * F.Phi(np.abs(z) * math.sqrt(2.0)) - 1.0)
    return np.where(small, F.erf_small(np.where(small, z, 0.0)), outer)


def _symbol_latex(name: str) -> str:
    """LaTeX for a parameter name: Greek names as letters, ``lambd`` as λ, trailing digits or
    ``_suffix`` as an index, other words upright."""
    base, sep, index = name.partition("_")
    if not sep and (m := re.fullmatch(r"(.*?[^\d])(\d+)", name)):
        base, index = m.groups()
    base = "lambda" if base == "lambd" else base
    head = rf"\{base}" if base in _GREEK else base if len(base) == 1 else _upright(base)
    if not index:
        return head
    return rf"{head}_{{{index if len(index) == 1 or index.isdigit() else _upright(index)}}}"


def _upright(word: str) -> str:
    return r"\mathrm{" + word.replace("_", r"\_") + "}"


# --- syntax tree -> sympy ------------------------------------------------------------------------

_REJECTED = {
    ast.Attribute: "attribute access (.) is not allowed",
    ast.Subscript: "subscripts ([...]) are not allowed",
    ast.ListComp: "comprehensions are not allowed",
    ast.SetComp: "comprehensions are not allowed",
    ast.DictComp: "comprehensions are not allowed",
    ast.GeneratorExp: "comprehensions are not allowed",
    ast.JoinedStr: "f-strings are not allowed",
    ast.NamedExpr: "assignments (:=) are not allowed",
    ast.Starred: "starred arguments (*) are not allowed",
    ast.IfExp: "'a if c else b' is not allowed: write where(c, a, b)",
    ast.Tuple: "a tuple is only allowed as a piecewise((value, condition), ...) argument",
    ast.List: "lists are not allowed",
    ast.Set: "sets are not allowed",
    ast.Dict: "dicts are not allowed",
}
_ARITHMETIC = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
               ast.Div: operator.truediv, ast.Pow: operator.pow}
_COMPARE = {"<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge, "==": operator.eq,
            "!=": operator.ne}
_MIRRORED = {"<": ">", "<=": ">=", ">": "<", ">=": "<="}
_OPERATORS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.Pow: "**", ast.Mod: "%",
              ast.FloorDiv: "//", ast.MatMult: "@", ast.LShift: "<<", ast.RShift: ">>",
              ast.BitAnd: "&", ast.BitOr: "|", ast.Is: "is", ast.IsNot: "is not",
              ast.In: "in", ast.NotIn: "not in"}


class _Builder:
    """Builds the sympy expression of a checked syntax tree, node by node."""

    def __init__(self, cols: list[int]):
        self.s = _sympy()
        self.cols = cols
        self.x = self.s.sp.Symbol("x", real=True)
        self.params: dict[str, Any] = {}  # name -> Symbol, in order of first appearance
        self.checks: list[tuple[type, list]] = []  # catalog calls (class, numeric args) to check
        self.direct: dict[str, list[Param]] = {}  # formula parameter -> catalog params it is passed as
        self.catalog = names()
        self.measure = _Measure(self.s, self.x)

    def fail(self, node: ast.AST, message: str):
        raise FormulaError(message, self.column(node))

    def column(self, node: ast.AST) -> int:
        if isinstance(node, ast.Attribute | ast.Subscript):  # point at the '.' or '['
            return self.cols[node.value.end_col_offset]
        return self.cols[node.col_offset]

    # --- typed entry points ------------------------------------------------------------------------
    def number(self, node: ast.AST):
        expr = self.build(node)
        if not isinstance(expr, self.s.sp.Expr):
            self.fail(node, "a condition is not a number here (write where(condition, a, b))")
        return expr

    def condition(self, node: ast.AST):
        expr = self.build(node)
        if isinstance(expr, self.s.sp.Expr):
            self.fail(node, "expected a condition, such as x > 0")
        return expr

    def build(self, node: ast.AST):
        method = getattr(self, f"_{type(node).__name__}", None)
        if method is None:
            self.fail(node, _REJECTED.get(type(node), f"{type(node).__name__} is not allowed"))
        expr = method(node)
        if self.measure(expr)[0] > MAX_EXPANDED:
            self.fail(node, f"the formula is too large once max, min and clip repeat their arguments "
                            f"(more than {MAX_EXPANDED} parts)")
        return expr

    def diff(self, expr, node: ast.AST | None = None):
        """d expr/dx, if its estimated size is within bounds (else an error at ``node``, or at the
        start for the whole formula)."""
        if self.measure(expr)[1] > MAX_DERIVATIVE:
            raise FormulaError(f"the formula's derivatives are too large (more than {MAX_DERIVATIVE} "
                               "parts: a long product repeats its factors in every term)",
                               1 if node is None else self.column(node))
        return expr.diff(self.x)

    def constant(self, expr, node: ast.AST):
        """``expr``, checked to be a finite real number of at most 1e300 if it is constant."""
        if expr.is_number:
            if expr.has(self.s.sp.zoo, self.s.sp.oo, self.s.sp.nan):
                self.fail(node, "this constant is infinite or undefined")
            try:
                value = float(expr)
            except TypeError:
                self.fail(node, "this constant is not a real number")
            if not abs(value) <= MAX_CONSTANT:
                self.fail(node, f"this constant is not a finite number of at most {MAX_CONSTANT:g}")
        return expr

    # --- leaves ------------------------------------------------------------------------------------
    def _Constant(self, node: ast.Constant):
        sp, v = self.s.sp, node.value
        if isinstance(v, bool):
            return sp.true if v else sp.false
        if isinstance(v, int):
            if abs(v) > MAX_INT:
                self.fail(node, f"the integer {v} is too large (at most 10^6; write 1e7 for larger)")
            return sp.Integer(v)
        if isinstance(v, float):
            return self.constant(sp.Float(v), node)
        if isinstance(v, str):
            self.fail(node, "text is only allowed as a choice parameter's value, "
                            'e.g. gelu(x, approximate="tanh")')
        self.fail(node, f"{v!r} is not allowed")

    def _Name(self, node: ast.Name):
        sp, name = self.s.sp, node.id
        if name == "x":
            return self.x
        if name in ("pi", "e"):
            return sp.pi if name == "pi" else sp.E
        if name in FUNCTIONS or name.lower() in self.catalog:
            self.fail(node, f"{name!r} is a function: call it, e.g. {name}(x)")
        if not name[0].isalpha():
            self.fail(node, f"parameter names start with a letter, not {name!r}")
        if name not in self.params:
            if len(self.params) == MAX_PARAMS:
                self.fail(node, f"more than {MAX_PARAMS} parameters")
            self.params[name] = sp.Symbol(name, real=True)
        return self.params[name]

    # --- operators ---------------------------------------------------------------------------------
    def _BinOp(self, node: ast.BinOp):
        sp, op = self.s.sp, type(node.op)
        if op in (ast.BitAnd, ast.BitOr):
            parts = self.condition(node.left), self.condition(node.right)
            return sp.And(*parts) if op is ast.BitAnd else sp.Or(*parts)
        if op not in (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.Pow):
            self.fail(node, f"the operator {_OPERATORS.get(op, op.__name__)!r} is not allowed")
        a, b = self.number(node.left), self.number(node.right)
        if op is ast.Pow:
            if b.is_number and not abs(float(b)) <= MAX_EXPONENT:
                self.fail(node.right, f"the exponent {float(b):g} is too large (at most {MAX_EXPONENT})")
        return self.constant(_ARITHMETIC[op](a, b), node)

    def _UnaryOp(self, node: ast.UnaryOp):
        if isinstance(node.op, ast.Not | ast.Invert):
            return self.s.sp.Not(self.condition(node.operand))
        value = self.number(node.operand)
        return -value if isinstance(node.op, ast.USub) else value

    def _BoolOp(self, node: ast.BoolOp):
        parts = [self.condition(v) for v in node.values]
        return self.s.sp.And(*parts) if isinstance(node.op, ast.And) else self.s.sp.Or(*parts)

    def _Compare(self, node: ast.Compare):
        sp = self.s.sp
        relations = {ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Eq: "==", ast.NotEq: "!="}
        terms = [self.number(node.left)] + [self.number(c) for c in node.comparators]
        parts = []
        for op, a, b in zip(node.ops, terms[:-1], terms[1:], strict=True):
            if type(op) not in relations:
                self.fail(node, f"the operator {_OPERATORS[type(op)]!r} is not allowed")
            parts.append(self.relation(relations[type(op)], a, b))
        return sp.And(*parts)

    # --- calls -------------------------------------------------------------------------------------
    def _Call(self, node: ast.Call):
        if not isinstance(node.func, ast.Name):
            if not isinstance(node.func, ast.Call):
                self.build(node.func)  # rejects x.f(), x[0](), ... with their own message
            where = node.func.end_col_offset if isinstance(node.func, ast.Call) else node.func.col_offset
            raise FormulaError("only named functions can be called, e.g. exp(x)", self.cols[where])
        name = node.func.id
        for arg in node.args:
            if isinstance(arg, ast.Starred):
                self.fail(arg, _REJECTED[ast.Starred])
        if name in FUNCTIONS:
            if node.keywords:
                self.fail(node.keywords[0], f"{name} takes no keyword arguments")
            return self.constant(self.function(node, name), node)
        if name.lower() in self.catalog:
            return self.catalog_call(node, get(name))
        self.fail(node, f"unknown function {name!r}")

    def arity(self, node: ast.Call, name: str, n: int, least: bool = False):
        if len(node.args) < n or (not least and len(node.args) > n):
            count = f"at least {n}" if least else str(n)
            self.fail(node, f"{name} takes {count} argument{'s' if n > 1 else ''}, got {len(node.args)}")

    def function(self, node: ast.Call, name: str):
        s, sp, args = self.s, self.s.sp, node.args
        if name in _ONE_ARG:
            self.arity(node, name, 1)
            return s.functions[name](self.number(args[0]))
        if name in ("min", "max"):
            self.arity(node, name, 2, least=True)
            values = [self.number(a) for a in args]
            return functools.reduce(lambda a, b: self.extremum(a, b, name == "max", node), values)
        if name == "clip":
            self.arity(node, name, 3)
            v, lo, hi = (self.number(a) for a in args)
            r = self.relation
            pairs = [(hi, sp.Or(r(">=", v, hi), r(">=", lo, hi))), (lo, r("<=", v, lo)), (v, sp.true)]
            return self.s.Cases.of(pairs, kind=self.s.Clip)
        if name == "where":
            self.arity(node, name, 3)
            return self.s.Cases.of([(self.number(args[1]), self.condition(args[0])),
                                    (self.number(args[2]), sp.true)])
        self.arity(node, name, 1, least=True)
        pairs = []
        for arg in args:
            if not (isinstance(arg, ast.Tuple) and len(arg.elts) == 2):
                self.fail(arg, "piecewise takes (value, condition) pairs, "
                               "e.g. piecewise((x, x > 0), (0, True))")
            pairs.append((self.number(arg.elts[0]), self.condition(arg.elts[1])))
        return self.s.Cases.of(pairs)

    def extremum(self, a, b, larger: bool, node: ast.AST):
        r"""max (``larger``) or min of a and b; at a tie the left-hand piece: for max, a where
        a' < b', or a' = b' and a'' ≥ b'' (a is the larger just below the tie); mirrored for min."""
        sp, r = self.s.sp, self.relation
        da, db = self.diff(a, node), self.diff(b, node)
        d2a, d2b = self.diff(da, node), self.diff(db, node)
        up, down = (">", "<") if larger else ("<", ">")
        tie = sp.Or(r(down, da, db), sp.And(r("==", da, db), r(up + "=", d2a, d2b)))
        if tie == sp.true or tie == sp.false:
            pick = r(up + "=" if tie == sp.true else up, a, b)
        else:
            pick = self.s.Tie(sp.Or(r(up, a, b), sp.And(r("==", a, b), tie)), r(up + "=", a, b))
        return self.s.Cases.of([(a, pick), (b, sp.true)], kind=self.s.Max if larger else self.s.Min)

    def relation(self, op: str, a, b):
        """``a op b``, folded where both sides are numbers, else kept as written: sympy's own
        evaluation of a relation between large expressions can take very long."""
        if a.is_number and b.is_number:
            return self.s.sp.true if _COMPARE[op](_float_or_nan(a), _float_or_nan(b)) else self.s.sp.false
        if a.is_number:  # written x first: 0 < x as x > 0
            a, b, op = b, a, _MIRRORED.get(op, op)
        return self.s.sp.Rel(a, b, op, evaluate=False)

    def catalog_call(self, node: ast.Call, act: Activation):
        sp = self.s.sp
        if len(node.args) != 1:
            self.fail(node, f"{act.id} takes one argument (the input) and its parameters by keyword, "
                            "e.g. softplus(x, beta=2)")
        u = self.number(node.args[0])
        given: dict[str, Any] = {}
        for kw in node.keywords:
            if kw.arg is None:
                self.fail(kw, "** arguments are not allowed")
            try:
                prm = act.param(kw.arg)
            except ValueError as e:
                self.fail(kw, str(e))
            given[prm.name] = self.keyword_value(kw, prm, act)
        values = {p.name: given.get(p.name, p.default) for p in act.params}
        fixed = tuple((p.name, values[p.name]) for p in act.params if not _numeric(p))
        cls = self.s.catalog_class(act.id, fixed, 0)
        args = [sp.sympify(values[p.name]) for p in cls.numeric()]
        if all(a.is_number for a in args):
            try:
                act.bind(cls.keywords(args))
            except ValueError as e:
                self.fail(node, str(e))
        else:
            self.checks.append((cls, args))
        return self.constant(cls(u, *args), node)

    def keyword_value(self, kw: ast.keyword, prm: Param, act: Activation):
        """A catalog parameter's value: a constant (text for a choice), or for a number an
        expression of parameters, checked where it is constant."""
        node = kw.value
        if not _numeric(prm):
            if not isinstance(node, ast.Constant):
                self.fail(node, f"{act.id}'s {prm.name} is given as a constant: {prm.valid_text()}")
            value = node.value
        else:
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                self.fail(node, f"{act.id}'s {prm.name} is a number, not text")
            value = self.number(node)
            if self.x in value.free_symbols:
                self.fail(node, f"{act.id}'s {prm.name} must not depend on x")
            if value in self.params.values():
                self.direct.setdefault(str(value), []).append(prm)
            if not value.is_number:
                return value
        try:
            prm.validate(float(value) if _numeric(prm) else value)
        except ValueError as e:
            self.fail(node, f"{act.id}: {e}")
        return value


def _numeric(p: Param) -> bool:
    """Whether a catalog parameter takes numbers (then formulas may give it an expression)."""
    return not p.is_choice and not isinstance(p.default, bool)


# --- sympy -> NumPy ------------------------------------------------------------------------------

def _postorder(expr, children, done=frozenset()):
    """The distinct nodes of ``expr`` not in ``done``, each after its children."""
    seen, stack = set(), [expr]
    while stack:
        node = stack[-1]
        if node in seen or node in done:
            stack.pop()
            continue
        todo = [c for c in children(node) if c not in seen and c not in done]
        if todo:
            stack += todo
            continue
        stack.pop()
        seen.add(node)
        yield node


class _Measure:
    """Tree sizes of sympy expressions and estimates of their derivatives' sizes, remembered per
    node. d/dx of a product of n factors repeats the n - 1 others in each of its n terms; of a
    function call it is about 4 times the call's size (tanh' = 1 - tanh^2); conditions are copied."""

    def __init__(self, s: _Sympy, x):
        self.sp, self.cases, self.x = s.sp, s.Cases, x
        self.size: dict[Any, int] = {}
        self.dsize: dict[Any, int] = {}
        self.has_x: dict[Any, bool] = {}

    def __call__(self, expr) -> tuple[int, int]:
        """(size of expr, estimated size of d expr/dx)."""
        sp, size, dsize, has_x = self.sp, self.size, self.dsize, self.has_x
        for node in _postorder(expr, lambda n: n.args, size):
            args = node.args
            size[node] = 1 + sum(size[a] for a in args)
            has_x[node] = node == self.x or any(has_x[a] for a in args)
            if not has_x[node] or not args:
                dsize[node] = 1
            elif isinstance(node, sp.logic.boolalg.Boolean):  # conditions are copied
                dsize[node] = size[node]
            elif isinstance(node, sp.Add | self.cases):
                dsize[node] = 1 + sum(dsize[a] for a in args)
            elif isinstance(node, sp.Mul):
                dsize[node] = 1 + sum(size[node] - size[a] + dsize[a] for a in args if has_x[a])
            else:
                dsize[node] = 4 * size[node] + sum(dsize[a] for a in args)
        return size[expr], dsize[expr]


def _compile(expr, inputs: tuple) -> Any:
    """``fn(x, *params)``: ``expr`` evaluated with NumPy, each distinct node once per call.

    The nodes are put in dependency order, each with a NumPy function of the slots of its
    arguments; constants are folded to floats here (complex ones to NaN: real arithmetic)."""
    s = _sympy()
    sp = s.sp
    slots: dict[Any, int] = {v: i for i, v in enumerate(inputs)}
    template: list[Any] = [None] * len(inputs)
    steps: list[tuple[int, Any, tuple[int, ...]]] = []
    for node in _postorder(expr, lambda n: _children(n, s), slots):
        slots[node] = len(template)
        if isinstance(node, sp.logic.boolalg.BooleanAtom):
            template.append(bool(node))
        elif isinstance(node, sp.Expr) and node.is_number:
            template.append(np.float64(_float_or_nan(node)))
        else:
            template.append(None)
            steps.append((slots[node], _operation(node, s), tuple(slots[c] for c in _children(node, s))))
    root, n = slots[expr], len(inputs)
    last_use = {j: k for k, (_, _, args) in enumerate(steps) for j in args}
    dead = [[j for j in args if last_use[j] == k and j != root and j >= n and template[j] is None]
            for k, (_, _, args) in enumerate(steps)]  # intermediate results to let go of
    program = [(i, fn, args, dead[k]) for k, (i, fn, args) in enumerate(steps)]

    def run(*values):
        vals = template.copy()
        vals[:n] = [np.asarray(v, dtype=np.float64) for v in values]  # NumPy semantics for scalars too
        with np.errstate(all="ignore"):
            for i, fn, args, done in program:
                vals[i] = fn(*[vals[j] for j in args])
                for j in done:
                    vals[j] = None
        return vals[root]

    return run


def _float_or_nan(expr) -> float:
    try:
        return float(expr)
    except TypeError:
        return math.nan


def _children(node, s: _Sympy) -> tuple:
    """The arguments a node is computed from: none for constants (folded), the base only for a
    constant power, the exact condition of a Tie."""
    sp = s.sp
    if isinstance(node, sp.Expr) and node.is_number:
        return ()
    if isinstance(node, sp.Pow) and node.exp.is_number:
        return (node.base,)
    if isinstance(node, s.Tie):
        return node.args[:1]
    return node.args


def _operation(node, s: _Sympy):
    """The NumPy function computing ``node`` from its children's values."""
    sp = s.sp
    if isinstance(node, sp.Add):
        return _accumulate(np.add)
    if isinstance(node, sp.Mul):
        return _accumulate(np.multiply)
    if isinstance(node, sp.Pow):
        if not node.exp.is_number:
            return np.power
        return _power(float(node.exp))
    if isinstance(node, s.Cases):
        return _piecewise
    if isinstance(node, s.Tie):
        return lambda exact: exact
    if isinstance(node, sp.Rel):
        return {"<": np.less, "<=": np.less_equal, ">": np.greater, ">=": np.greater_equal,
                "==": np.equal, "!=": np.not_equal}[node.rel_op]
    if isinstance(node, sp.And):
        return lambda *a: functools.reduce(np.logical_and, a)
    if isinstance(node, sp.Or):
        return lambda *a: functools.reduce(np.logical_or, a)
    if isinstance(node, sp.Not):
        return np.logical_not
    if isinstance(node, s.CatalogCall):
        act, order, keywords = node.activation, node.order, node.keywords
        return lambda u, *v: act.evaluate(u, order, **keywords(v))
    if node.func in s.numeric:
        return s.numeric[node.func]
    raise FormulaError(f"cannot evaluate {node.func.__name__} numerically")


def _accumulate(ufunc):
    """n-ary + or *: the scalars combined first, then the arrays into one fresh result, in place."""
    def run(*args):
        terms = [a for a in args if np.ndim(a)]
        scalars = [a for a in args if not np.ndim(a)]
        if scalars:
            terms.insert(0, functools.reduce(ufunc, scalars))
        if len(terms) == 1:
            return terms[0]
        acc = ufunc(terms[0], terms[1])
        for a in terms[2:]:
            ufunc(acc, a, out=acc)
        return acc

    return run


def _power(k: float):
    """u**k; square roots and small integer powers by multiplication (np.power is far slower)."""
    if abs(k) == 0.5:
        return np.sqrt if k > 0 else lambda u: 1.0 / np.sqrt(u)
    if not (k.is_integer() and 1 <= abs(k) <= 4):
        return lambda u: np.power(u, k)

    def product(u):
        if abs(k) == 1 or not np.ndim(u):
            return u**k
        p = u * u
        for _ in range(int(abs(k)) - 2):
            np.multiply(p, u, out=p)
        return p if k > 0 else np.divide(1.0, p, out=p)

    return product


def _piecewise(*parts):
    """The first value whose condition holds (``parts`` = value, condition, ...), else NaN."""
    out: Any = math.nan
    for value, cond in reversed(list(zip(parts[::2], parts[1::2], strict=True))):
        out = value if cond is True or cond is np.True_ else np.where(cond, value, out)
    return out


# --- breakpoints and properties, numerically -----------------------------------------------------

@functools.cache
def _grid() -> np.ndarray:
    """20,001 points over [-R, R], spaced like sinh: 4e-4 apart near 0, 0.4 near ±R."""
    t = math.asinh(SEARCH_RADIUS)
    return np.sinh(np.linspace(-t, t, 20001))


def _flip(bits: np.ndarray) -> np.ndarray:
    """IEEE bits of floats <-> int64 keys in the same order (negative floats: all but the sign
    bit flipped). It is its own inverse."""
    return bits ^ ((bits >> 63) & 0x7FFFFFFFFFFFFFFF)


def _key(x: np.ndarray) -> np.ndarray:
    return _flip(np.ascontiguousarray(x, dtype=np.float64).view(np.int64))


def _unkey(k: np.ndarray) -> np.ndarray:
    return _flip(np.ascontiguousarray(k, dtype=np.int64)).view(np.float64)


def _bisect(g, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """For brackets with sign(g(lo)) != sign(g(hi)): the float next to the sign change with the
    smaller |g| (by bisection on the floats themselves: 64 steps)."""
    klo, khi = _key(lo), _key(hi)
    side = np.sign(g(lo))
    while (open_ := khi - 1 > klo).any():
        kmid = klo // 2 + khi // 2 + (klo % 2 + khi % 2) // 2
        same = np.sign(g(_unkey(kmid))) == side
        klo, khi = np.where(open_ & same, kmid, klo), np.where(open_ & ~same, kmid, khi)
    lo, hi = _unkey(klo), _unkey(khi)
    return np.where(np.abs(g(hi)) <= np.abs(g(lo)), hi, lo)


def _roots(g, affine: tuple | None) -> np.ndarray:
    """Where g changes sign: the root of an affine g (slope, value at 0), else on the grid."""
    if affine is not None:
        slope, at0 = affine
        r = np.array([-at0 / slope]) if slope != 0 and math.isfinite(-at0 / slope) else np.empty(0)
        if r.size == 0 or g(r)[0] == 0:
            return r
        lo, hi = _unkey(_key(r) - 64), _unkey(_key(r) + 64)
        return _bisect(g, lo, hi) if np.sign(g(lo)) != np.sign(g(hi)) else r
    x = _grid()
    sg = np.sign(g(x))
    at = np.flatnonzero(sg[:-1] * sg[1:] < 0)
    return np.concatenate((x[sg == 0], _bisect(g, x[at], x[at + 1])))


def _jumps(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    nan_l, nan_r = np.isnan(left), np.isnan(right)
    with np.errstate(invalid="ignore"):
        far = ~(left == right) & ~(np.abs(right - left) <= 1e-12 * (1.0 + np.minimum(np.abs(left),
                                                                                     np.abs(right))))
    return np.where(nan_l | nan_r, nan_l != nan_r, far)


# --- the analysis of one text ---------------------------------------------------------------------

@dataclass(frozen=True)
class _Switch:
    """Where ``lhs`` crosses ``rhs`` (a condition's sides), or, for a catalog call, where its
    argument ``lhs`` reaches one of the entry's breakpoints."""

    lhs: Any  # compiled fn(x, *params)
    rhs: Any  # compiled, or None for a catalog call
    affine: tuple | None  # compiled (slope, value at 0) of lhs - rhs when it is affine in x
    call: Any = None  # the catalog call's class and its compiled numeric parameters


@dataclass(frozen=True)
class _Analysis:
    expressions: tuple  # sympy f, f', f''
    names: tuple[str, ...]
    impl: tuple
    latex: tuple[str, str]
    switches: tuple[_Switch, ...]
    checks: tuple  # (catalog call class, its compiled numeric parameters)
    direct: dict[str, list[Param]]
    partial: bool  # f may be undefined (NaN) at a real x: a log, or a power whose exponent is not an integer


@functools.lru_cache(maxsize=64)
def _analyse(text: str) -> _Analysis:
    tree, cols = _tree(text)
    builder = _Builder(cols)
    f = builder.number(tree)
    s, sp, x = builder.s, builder.s.sp, builder.x
    f = f.replace(sp.Abs, s.Abs).replace(sp.sign, s.Sign)  # sympy's own, e.g. sqrt(x**2) = Abs(x)
    df = builder.diff(f)
    d2f = builder.diff(df)
    symbols = tuple(builder.params.values())
    inputs = (x, *symbols)

    def compiled(e):
        return _compile(sp.sympify(e), inputs)

    switches = {}
    for node in _postorder(f, lambda n: n.args):
        if isinstance(node, sp.Rel) and x in node.free_symbols:
            key, lhs, rhs = node.lhs - node.rhs, node.lhs, node.rhs
        elif isinstance(node, s.Abs | s.Sign | s.CatalogCall) and x in node.args[0].free_symbols:
            key, lhs, rhs = node if isinstance(node, s.CatalogCall) else node.args[0], node.args[0], None
        else:
            continue
        diff = (lhs - (0 if rhs is None else rhs)).diff(x)
        affine = None
        if x not in diff.free_symbols:
            affine = (compiled(diff), compiled((lhs - (0 if rhs is None else rhs)).subs(x, 0)))
        call = None
        if isinstance(node, s.CatalogCall):
            call = (type(node), tuple(compiled(a) for a in node.args[1:]))
        switches[key] = _Switch(compiled(lhs), None if rhs is None else compiled(rhs), affine, call)
    printer = s.Printer({"symbol_names": {v: f"@{k}" for k, v in builder.params.items()},
                         "root_notation": False, "inv_trig_style": "full"})
    return _Analysis(
        expressions=(f, df, d2f),
        names=tuple(builder.params),
        impl=tuple(compiled(e) for e in (f, df, d2f)),
        latex=tuple(_spaced(printer.doprint(e)) for e in (f, df)),
        switches=tuple(switches.values()),
        checks=tuple((cls, tuple(map(compiled, args))) for cls, args in builder.checks),
        direct=builder.direct,
        partial=f.has(sp.log) or any(not p.exp.is_integer for p in f.atoms(sp.Pow)),
    )


def _spaced(latex: str) -> str:
    r"""A thin space before a function name that follows a factor (x\,\operatorname{sigmoid}(x)):
    TeX puts one there, ziamath does not."""
    return re.sub(r"(?<=[\w}\)'])\s*(?=\\operatorname)", r"\\,", latex)


# --- Formula -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Formula:
    """A typed formula: its text, name, parameter specs, sympy expressions (f, f', f'') and the
    :class:`~actgui.core.spec.Activation` the rest of actgui uses."""

    text: str
    name: str
    params: tuple[Param, ...]
    expressions: tuple = field(repr=False, compare=False)
    activation: Activation = field(repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON types: ``{"text", "name", "params": {name: {default, minimum, maximum, step}}}``."""
        return {"text": self.text, "name": self.name,
                "params": {p.name: {k: getattr(p, k) for k in _OVERRIDES} for p in self.params}}

    @classmethod
    def from_dict(cls, data: Any) -> Formula:
        """The formula of :meth:`to_dict`, through the same parser and bounds; a wrong type or an
        unknown field is a FormulaError naming it."""
        if not isinstance(data, dict):
            raise FormulaError(f"a formula must be a JSON object, not {type(data).__name__}")
        unknown = set(data) - {"text", "name", "params"}
        if unknown:
            raise FormulaError(f"unknown field {sorted(unknown)[0]!r} in a formula")
        if not isinstance(data.get("text"), str):
            raise FormulaError("field 'text' must be text")
        if not isinstance(data.get("name", ""), str):
            raise FormulaError("field 'name' must be text")
        if not isinstance(data.get("params", {}), dict):
            raise FormulaError("field 'params' must be an object of parameter specs")
        return parse(data["text"], data.get("name"), data.get("params"))


def parse(text: str, name: str | None = None,
          params: Mapping[str, Mapping[str, float]] | None = None) -> Formula:
    """The :class:`Formula` of ``text``, named ``name`` (default: the text). Every parameter has
    default 1, range [-10, 10] (narrowed to a catalog parameter's range where it is passed as
    one, e.g. ``leaky_relu(x, negative_slope=a)``) and step 0.1, unless ``params`` overrides them:
    ``{"a": {"default": 0.2, "minimum": 0, "maximum": 1, "step": 0.01}}``.

    Raises FormulaError (a ValueError) saying what is wrong and where (``column``, 1-based)."""
    if not isinstance(text, str):
        raise FormulaError(f"the formula must be text, not {type(text).__name__}")
    analysis = _analyse(text)
    text = text.strip()
    name = (text if len(text) <= 60 else text[:59] + "\u2026") if name is None else name
    if not isinstance(name, str) or not name.strip() or len(name) > 100:
        raise FormulaError("the name must be text of 1 to 100 characters")
    specs = _param_specs(analysis, params or {})
    act = _activation(text, name.strip(), specs, analysis)
    return Formula(text, name.strip(), specs, analysis.expressions, act)


def _param_specs(analysis: _Analysis, overrides: Mapping) -> tuple[Param, ...]:
    if not isinstance(overrides, Mapping):
        raise FormulaError("parameter overrides must map names to specs")
    for key, spec in overrides.items():
        if key not in analysis.names:
            raise FormulaError(f"no parameter {key!r} in the formula (parameters: "
                               f"{', '.join(analysis.names) or 'none'})")
        if not isinstance(spec, Mapping):
            raise FormulaError(f"field 'params.{key}' must be an object")
        for k, v in spec.items():
            if k not in _OVERRIDES:
                raise FormulaError(f"unknown field 'params.{key}.{k}' (fields: {', '.join(_OVERRIDES)})")
            if isinstance(v, bool) or not isinstance(v, int | float) or not math.isfinite(v):
                raise FormulaError(f"field 'params.{key}.{k}' must be a finite number")
    specs = []
    for n in analysis.names:
        lo, hi = DEFAULT_RANGE
        for p in analysis.direct.get(n, ()):
            lo, hi = max(lo, p.minimum), min(hi, p.maximum)
        spec = {"default": min(max(DEFAULT_VALUE, lo), hi), "minimum": lo, "maximum": hi,
                "step": DEFAULT_STEP, **{k: float(v) for k, v in overrides.get(n, {}).items()}}
        if not spec["minimum"] < spec["maximum"] or not spec["step"] > 0:
            raise FormulaError(f"parameter {n}: need minimum < maximum and step > 0")
        try:
            specs.append(Param(n, spec["default"], spec["minimum"], spec["maximum"], spec["step"],
                               f"parameter {n} of the formula", symbol=_symbol_latex(n)))
        except ValueError as e:
            raise FormulaError(f"parameter {e}") from None
    return tuple(specs)


def _activation(text: str, name: str, specs: tuple[Param, ...], an: _Analysis) -> Activation:
    order = an.names

    def impl(k):
        run, f = an.impl[k], an.impl[0]
        if k == 0 or not an.partial:
            return lambda x, **p: run(x, *(p[n] for n in order))

        def derivative(x, **p):
            """NaN where f is: sympy's derivative of log(x) is 1/x, defined where log(x) is not."""
            x, values = np.asarray(x, dtype=np.float64), tuple(p[n] for n in order)
            y, undefined = _run(run, x, values), np.isnan(_run(f, x, values))
            return np.where(undefined, np.nan, y) if undefined.any() else y
        return derivative

    def cached(fn):
        """``fn(**params)``, cached per parameter values (they are recomputed on every redraw)."""
        memo = functools.lru_cache(maxsize=128)(lambda values: fn(*values))
        return lambda **p: memo(tuple(p[n] for n in order))

    def check(**p):
        values = [p[n] for n in order]
        for cls, kw in an.checks:
            act = cls.activation
            try:
                act.bind(cls.keywords([fn(0.0, *values) for fn in kw]))
            except ValueError as e:
                return str(e) if str(e).startswith(f"{act.id}:") else f"{act.id}: {e}"
        return None

    grid = _grid()
    breakpoints = cached(lambda *values: _breakpoints(an, values))

    def value_range(*values):
        y = _run(an.impl[0], grid, values)
        limits = activation.f(np.array([-np.inf, np.inf]), **dict(zip(order, values, strict=True)))
        seen = np.concatenate((y, limits, [_refined_extreme(an, values, y, low) for low in (True, False)]))
        seen = seen[~np.isnan(seen)]
        return (float(seen.min()), float(seen.max())) if seen.size else (math.nan, math.nan)

    def monotonic(*values):
        """f' >= 0 on the grid, f non-decreasing from point to point and across every jump."""
        jumps = np.array([b.x for b in breakpoints(**dict(zip(order, values, strict=True))) if b.order == 0])
        left = _run(an.impl[0], np.nextafter(jumps, -np.inf), values)
        right = _run(an.impl[0], np.nextafter(jumps, np.inf), values)
        y, dy = _run(an.impl[0], grid, values), _run(an.impl[1], grid, values)
        with np.errstate(all="ignore"):
            rises = np.concatenate((np.diff(y) / (1 + np.abs(y[1:])), (right - left) / (1 + np.abs(left)),
                                    dy / (1 + np.abs(dy))))
        return not np.any(rises < -1e-12)

    def zero_centred(*values):
        y, ym = _run(an.impl[0], grid, values), _run(an.impl[0], -grid, values)
        with np.errstate(all="ignore"):
            odd = (np.abs(y + ym) <= 1e-12 * (1 + np.abs(y))) | (np.isnan(y) & np.isnan(ym))
        return bool(odd.all())

    activation = Activation(
        id="formula", name=name, family=FAMILY,
        impl=(impl(0), impl(1), impl(2)),
        formula=an.latex[0], dformula=an.latex[1],
        range=cached(value_range), monotonic=cached(monotonic), zero_centred=cached(zero_centred),
        params=specs, breakpoints=breakpoints,
        description=f"The formula {text}. f′ and f″ are exact (sympy); the range, monotonicity "
                    "and oddness are estimated numerically (f and f′ at 20,001 points over "
                    f"[-{SEARCH_RADIUS:g}, {SEARCH_RADIUS:g}], and the limits at ±∞).",
        kink_convention=KINK_CONVENTION,
        check=check if an.checks else None,
    )
    return activation


def _run(fn, x: np.ndarray, values: tuple) -> np.ndarray:
    """A compiled function at the points x, as float64 of x's shape."""
    return np.broadcast_to(np.asarray(fn(x, *values), dtype=np.float64), x.shape)


def _refined_extreme(an: _Analysis, values: tuple, y: np.ndarray, lowest: bool) -> float:
    """f at the grid's lowest (highest) interior point, moved by Newton steps on f' = 0 while
    they stay between its neighbours; NaN if there is no such point."""
    grid = _grid()
    if np.isnan(y).all():
        return math.nan
    i = int(np.nanargmin(y) if lowest else np.nanargmax(y))
    if not 0 < i < grid.size - 1:
        return math.nan
    t = grid[i:i + 1]
    for _ in range(8):
        d1, d2 = _run(an.impl[1], t, values), _run(an.impl[2], t, values)
        with np.errstate(all="ignore"):
            step = t - d1 / d2
        if not (grid[i - 1] < step[0] < grid[i + 1] and (d2[0] > 0 if lowest else d2[0] < 0)):
            break
        t = step
    return float(_run(an.impl[0], t, values)[0])


def _breakpoints(an: _Analysis, values: tuple) -> tuple[Breakpoint, ...]:
    """Where a condition switches, an abs or sign argument crosses 0, or a catalog call's argument
    reaches one of its entry's breakpoints; each classified by the lowest of f, f', f'' whose
    one-sided values (at the neighbouring floats) differ. A point where none of them jumps is
    dropped, unless a catalog entry declares a jump in f''' there."""
    points, declared = [], []
    for sw in an.switches:
        if sw.call is None:
            targets = [(0.0, None)]
        else:
            cls, kw = sw.call
            params = cls.keywords([fn(0.0, *values) for fn in kw])
            targets = [(b.x, b.order) for b in cls.activation.breakpoints_at(**params)]
        for target, order in targets:
            def g(t, sw=sw, target=target):
                with np.errstate(all="ignore"):
                    return _run(sw.lhs, t, values) - (target if sw.rhs is None else _run(sw.rhs, t, values))
            affine = None
            if sw.affine is not None:
                slope, at0 = (float(fn(0.0, *values)) for fn in sw.affine)
                affine = (slope, at0 - target)
            roots = _roots(g, affine)
            points.append(roots)
            declared.append(np.full(roots.size, 3 if order == 3 else -1))
    if not points:
        return ()
    xs, first = np.unique(np.concatenate(points) + 0.0, return_index=True)  # -0.0 is 0
    declared = np.concatenate(declared)[first]
    left, right = np.nextafter(xs, -np.inf), np.nextafter(xs, np.inf)
    orders = np.full(xs.size, -1)
    for k in (2, 1, 0):
        y = _run(an.impl[k], np.concatenate((left, right)), values)
        orders = np.where(_jumps(y[:xs.size], y[xs.size:]), k, orders)
    orders = np.where(orders < 0, declared, orders)
    return tuple(Breakpoint(float(b), int(k)) for b, k in zip(xs, orders, strict=True) if k >= 0)


def parse_spec(spec: str) -> tuple[Formula, dict[str, float]]:
    """A command-line SPEC ``=FORMULA[;name=value[;name=value]...]`` (``,`` also separates the
    values) -> the formula and the given values, validated: ``"=x*sigmoid(b*x);b=1.5"`` ->
    ``(Formula, {"b": 1.5})``. Columns in errors count in FORMULA."""
    if not isinstance(spec, str) or not spec.startswith("="):
        raise FormulaError("a formula SPEC starts with '=', e.g. =x*sigmoid(b*x);b=1.5")
    text, _, rest = spec[1:].partition(";")
    formula = parse(text)
    given = {}
    for item in filter(None, (i.strip() for i in re.split("[;,]", rest))):
        key, eq, value = (part.strip() for part in item.partition("="))
        if not eq:
            raise FormulaError(f"expected name=value after the formula, got {item!r}")
        if key in given:
            raise FormulaError(f"{key} is given twice")
        try:
            given[key] = float(value)
        except ValueError:
            raise FormulaError(f"{key}={value!r}: expected a number") from None
    try:
        bound = formula.activation.bind(given)
    except ValueError as e:
        raise FormulaError(str(e)) from None
    return formula, {k: bound[k] for k in given}
