"""The session: which curves, their parameters and colours, the ranges and panes.

A :class:`Session` is an immutable, validated value. :class:`Document` holds the current one and
is its single writer: every change goes through it, is validated before anything changes (a
rejected change raises ``ValueError`` and changes nothing), is remembered for undo, and is
announced by one event per changed field. The window edits the document, the canvas and views
draw it, the command line builds a session, export renders one, and settings and session files
store it as JSON (:func:`read_json`, strict about every field).
"""

from __future__ import annotations

import colorsys
import functools
import json
import math
import re
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from types import MappingProxyType
from typing import Any

from .events import Signal
from .files import write_atomic
from .i18n import QT_TRANSLATE_NOOP
from .registry import get

FORMAT = "actgui-session"
VERSION = 2  # 2 added per-pane y-ranges, line styles, families, the layout, dots, compare and
VERSIONS = (1, 2)  # presentation; a version 1 document reads as it did (its y_range is the f pane's)
PANES = ("f", "df", "d2f")
THEMES = ("system", "light", "dark")
# Okabe & Ito's colour-blind-safe palette, then Tableau's, all readable on light and dark.
PALETTE = ("#0072b2", "#e69f00", "#009e73", "#d55e00", "#cc79a7", "#56b4e9", "#c9b200",
           "#7f7f7f", "#8c564b", "#9467bd", "#17becf", "#bcbd22", "#e377c2", "#1f77b4")
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")

#: Views stay where float64 arithmetic and the plotting are safe: both ends within ±MAX_COORD,
#: and a width of at least MIN_WIDTH and of MIN_RELATIVE_WIDTH times the larger end (so a few
#: thousand samples across the view are distinct numbers).
MAX_COORD = 1e300
MIN_WIDTH = 1e-200
MIN_RELATIVE_WIDTH = 1e-12
#: Bounds on what a session document may hold, checked before it costs time or memory.
MAX_DOCUMENT_BYTES = 1_000_000
MAX_DEPTH = 8
MAX_CURVES = 200
MAX_TEXT = 200


class SessionError(ValueError):
    """A session (file, settings or change) that is not valid; the message says what is wrong."""


def check_range(value: Any, name: str) -> tuple[float, float]:
    """``value`` as a safe (MIN, MAX) pair, or SessionError naming ``name`` and the problem."""
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise SessionError(f"{name} must be two numbers, not {_shown(value)}")
    ends = list(value)
    if len(ends) != 2 or any(isinstance(v, bool) or not isinstance(v, int | float) for v in ends):
        raise SessionError(f"{name} must be two numbers, not {_shown(value)}")
    try:
        lo, hi = float(ends[0]), float(ends[1])
    except OverflowError:
        raise SessionError(f"{name} holds a number beyond float64") from None
    if not (math.isfinite(lo) and math.isfinite(hi) and lo < hi):
        raise SessionError(f"{name} [{lo:g}, {hi:g}] needs finite MIN < MAX")
    if max(abs(lo), abs(hi)) > MAX_COORD:
        raise SessionError(f"{name} [{lo:g}, {hi:g}] reaches beyond ±{MAX_COORD:g}")
    if hi - lo < max(MIN_WIDTH, MIN_RELATIVE_WIDTH * max(abs(lo), abs(hi))):
        raise SessionError(f"{name} [{lo:.17g}, {hi:.17g}] is too narrow to draw "
                           f"(at least {MIN_RELATIVE_WIDTH:g} of its larger end)")
    return lo, hi


def clamp_range(lo: float, hi: float) -> tuple[float, float]:
    """The nearest safe range to a requested one (pan, zoom, typed ends): the centre kept within
    ±MAX_COORD, the width between the minimum and 2·MAX_COORD, the ends within ±MAX_COORD.
    A safe range comes back as it is."""
    try:
        return check_range((lo, hi), "range")
    except SessionError:
        pass
    if not (math.isfinite(lo) or math.isfinite(hi)):
        return -MAX_COORD, MAX_COORD
    lo = lo if math.isfinite(lo) else -MAX_COORD
    hi = hi if math.isfinite(hi) else MAX_COORD
    lo, hi = min(lo, hi), max(lo, hi)
    centre = min(max(lo / 2 + hi / 2, -MAX_COORD / 2), MAX_COORD / 2)
    half = min(hi / 2 - lo / 2, MAX_COORD)
    half = max(half, 0.5 * max(MIN_WIDTH, 2 * MIN_RELATIVE_WIDTH * (abs(centre) + half)))
    lo, hi = max(centre - half, -MAX_COORD), min(centre + half, MAX_COORD)
    if hi - lo < max(MIN_WIDTH, MIN_RELATIVE_WIDTH * max(abs(lo), abs(hi))):  # rounding at the edge
        hi = lo + 2 * max(MIN_WIDTH, MIN_RELATIVE_WIDTH * max(abs(lo), abs(hi)))
    return lo, hi


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:40] + "\u2026"


DASHES = ("solid", "dash", "dot")
WIDTH = (0.5, 8.0)  # line widths, in logical pixels on screen and points in exports
LAYOUTS = ("panes", "overlay")  # f, f', f'' side by side, or on one pair of axes
COMPARE_MODES = ("abs", "rel")
SCALES = ("linear", "log")
MAX_FAMILY = 24


@dataclass(frozen=True)
class Family:
    """One parameter of a curve swept from ``start`` to ``stop`` in ``steps`` values, evenly
    spaced (or evenly in log for ``scale="log"``; whole numbers for an int parameter): the curve
    stands for the fan of those curves, drawn in a ramp of its colour."""

    param: str
    start: float
    stop: float
    steps: int = 7
    scale: str = "linear"

    def __post_init__(self):
        for name in ("start", "stop"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
                raise SessionError(f"family {name} must be a finite number, not {_shown(value)}")
        steps = self.steps
        if isinstance(steps, bool) or not isinstance(steps, int) or not 2 <= steps <= MAX_FAMILY:
            raise SessionError(f"family steps must be a whole number from 2 to {MAX_FAMILY}")
        if self.scale not in SCALES:
            raise SessionError(f"family scale {_shown(self.scale)} must be linear or log")
        if self.scale == "log" and not (self.start > 0 and self.stop > 0):
            raise SessionError("a log family needs start and stop above 0")
        if self.start == self.stop:
            raise SessionError("a family needs start and stop to differ")

    def values(self) -> list[float]:
        import numpy as np

        if self.scale == "log":
            return [float(v) for v in np.geomspace(self.start, self.stop, self.steps)]
        return [float(v) for v in np.linspace(self.start, self.stop, self.steps)]


FORMULA = "formula"  # the function of a curve that is a typed formula
FORMULA_FAMILY = QT_TRANSLATE_NOOP("catalog", "My functions")


@functools.lru_cache(maxsize=64)
def _formula(key: str):
    """The parsed formula of a formula's JSON (``core.formula``, and sympy with it, load here)."""
    from .formula import Formula

    return Formula.from_dict(json.loads(key))


def _deep_frozen(value):
    if isinstance(value, Mapping):
        return MappingProxyType({k: _deep_frozen(v) for k, v in value.items()})
    return value


@dataclass(frozen=True)
class Curve:
    """One curve: an activation, its validated parameters, its colour, its line and whether it
    is shown; with a ``family``, the fan of curves of one parameter swept. A typed formula has
    the function :data:`FORMULA` and ``formula``, its text, name and parameter specs as data
    (``core.formula.Formula.to_dict``), which is parsed (never evaluated) as it is read."""

    function: str
    params: Mapping[str, Any] = field(default_factory=dict)
    color: str = PALETTE[0]
    visible: bool = True
    width: float = 2.0
    dash: str = "solid"
    family: Family | None = None
    formula: Mapping[str, Any] | None = None

    def __post_init__(self):
        if self.formula is not None or self.function == FORMULA:
            if not isinstance(self.formula, Mapping) or self.function != FORMULA:
                raise SessionError(f"a formula curve has function {FORMULA!r} and a formula object")
            try:
                key = json.dumps(plain_data(self.formula), sort_keys=True, allow_nan=False)
                formula = _formula(key)
            except (TypeError, ValueError) as e:
                raise SessionError(f"formula: {e}") from None
            object.__setattr__(self, "formula", _deep_frozen(formula.to_dict()))
            act = formula.activation
        else:
            act = get(self.function)
            object.__setattr__(self, "function", act.id)
        object.__setattr__(self, "params", act.bind(self.params))
        if not isinstance(self.color, str) or not _COLOUR.fullmatch(self.color):
            raise SessionError(f"colour {_shown(self.color)} is not #rrggbb")
        object.__setattr__(self, "color", self.color.lower())
        if not isinstance(self.visible, bool):
            raise SessionError(f"visible must be true or false, not {_shown(self.visible)}")
        lo, hi = WIDTH
        if (isinstance(self.width, bool) or not isinstance(self.width, int | float)
                or not lo <= self.width <= hi):
            raise SessionError(f"width {_shown(self.width)} must be a number from {lo:g} to {hi:g}")
        object.__setattr__(self, "width", float(self.width))
        if self.dash not in DASHES:
            raise SessionError(f"dash {_shown(self.dash)} must be one of {', '.join(DASHES)}")
        if self.family is not None:
            if not isinstance(self.family, Family):
                raise SessionError("family must be a Family")
            try:
                param = act.param(self.family.param)
                if param.kind not in ("float", "int"):
                    raise SessionError(f"{param.name} is not a number to sweep")
                for value in (self.family.start, self.family.stop):
                    act.bind(self.params, **{param.name: param.validate(
                        round(value) if param.kind == "int" else value)})
            except ValueError as e:
                raise SessionError(f"family: {e}") from None

    @property
    def activation(self):
        if self.formula is not None:
            return _formula(json.dumps(plain_data(self.formula), sort_keys=True)).activation
        return get(self.function)

    @property
    def identity(self) -> str:
        """What copies of one function share: its id, or for a formula its text and name."""
        return self.function if self.formula is None else f"={self.formula['text']}\0{self.name}"

    @property
    def name(self) -> str:
        """What labels call it: the function id, or the formula's name."""
        return self.function if self.formula is None else self.formula["name"]

    def evaluate(self, x, order: int = 0):
        """f, f' or f'' at ``x`` with this curve's (already validated) parameters."""
        return self.activation.evaluate(x, order, self.params)

    @property
    def breakpoints(self):
        return self.activation.breakpoints_at(self.params)

    @property
    def label(self) -> str:
        """The function id and its non-default parameters, e.g. ``leaky_relu(negative_slope=0.1)``."""
        return _label(self, self.params.changed())

    def members(self) -> tuple[Curve, ...]:
        """The curves drawn for this one: itself, or each member of its family, in a ramp of
        its colour from dark to light."""
        if self.family is None:
            return (self,)
        act, name = self.activation, self.family.param
        kind = act.param(name).kind
        values = [round(v) if kind == "int" else v for v in self.family.values()]
        return tuple(replace(self, params=act.bind(self.params, **{name: v}), family=None,
                             color=_ramp(self.color, i, len(values)))
                     for i, v in enumerate(values))


def _ramp(colour: str, i: int, n: int) -> str:
    """Member ``i`` of ``n`` of a family in ``colour``: its hue and saturation, lightness from
    0.25 (dark) to 0.75 (light)."""
    r, g, b = (int(colour[k:k + 2], 16) / 255 for k in (1, 3, 5))
    h, _, s = colorsys.rgb_to_hls(r, g, b)
    return "#" + "".join(f"{round(v * 255):02x}" for v in colorsys.hls_to_rgb(h, 0.25 + 0.5 * i / (n - 1), s))


def plain_data(value):
    """A read-only mapping (and those inside it) as plain dicts, for JSON."""
    return {k: plain_data(v) for k, v in value.items()} if isinstance(value, Mapping) else value


def _label(curve: Curve, shown: Mapping[str, Any]) -> str:
    act = curve.activation
    parts = [f"{k}={act.param(k).text(v)}" for k, v in shown.items()
             if curve.family is None or k != curve.family.param]
    if curve.family is not None:  # first, second, ..., last: the step reads off the first two
        text = act.param(curve.family.param).text
        first, second, *_, last = (text(m.params[curve.family.param]) for m in curve.members())
        parts.append(f"{curve.family.param}={first}, {second}, \u2026, {last}")
    return f"{curve.name}({', '.join(parts)})" if parts else curve.name


CURVE_FIELDS = tuple(f.name for f in fields(Curve))


@dataclass(frozen=True)
class Compare:
    """Curves drawn as their difference from the ``reference`` curve (a row): every other
    visible curve, or just ``target``; absolute (b - a) or relative (|b - a| / |a|)."""

    reference: int
    mode: str = "abs"
    target: int | None = None

    def __post_init__(self):
        for name in ("reference", "target"):
            value = getattr(self, name)
            if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
                raise SessionError(f"compare {name} must be a curve's row, not {_shown(value)}")
        if self.mode not in COMPARE_MODES:
            raise SessionError(f"compare mode {_shown(self.mode)} must be abs or rel")
        if self.target == self.reference:
            raise SessionError("compare target must differ from the reference")


@dataclass(frozen=True)
class Session:
    curves: tuple[Curve, ...] = ()
    x_range: tuple[float, float] = (-5.0, 5.0)
    y_ranges: Mapping[str, tuple[float, float]] = field(default_factory=dict)  # fixed; else automatic
    panes: tuple[str, ...] = PANES
    grid: bool = True
    theme: str = "system"
    layout: str = "panes"
    dots: bool = True  # mark values and one-sided limits at jumps, as textbooks do
    compare: Compare | None = None
    presentation: bool = False

    def __post_init__(self):
        curves = tuple(self.curves)
        if not all(isinstance(c, Curve) for c in curves):
            raise SessionError("curves must be Curve values")
        if len(curves) > MAX_CURVES:
            raise SessionError(f"curves: {len(curves)} is more than the {MAX_CURVES} a session holds")
        object.__setattr__(self, "curves", curves)
        object.__setattr__(self, "x_range", check_range(self.x_range, "x_range"))
        if not isinstance(self.y_ranges, Mapping):
            raise SessionError("y_ranges must map panes to ranges")
        unknown = [p for p in self.y_ranges if p not in PANES]
        if unknown:
            raise SessionError(f"y_ranges: unknown pane {_shown(unknown[0])}")
        object.__setattr__(self, "y_ranges", MappingProxyType(
            {p: check_range(self.y_ranges[p], f"y_ranges.{p}") for p in PANES if p in self.y_ranges}))
        panes = self.panes
        if isinstance(panes, str) or not isinstance(panes, Iterable):
            raise SessionError(f"panes must be a list among {', '.join(PANES)}")
        panes = tuple(panes)
        if not all(isinstance(p, str) and p in PANES for p in panes) or "f" not in panes:
            raise SessionError(f"panes {_shown(list(panes))} must include 'f' and be among "
                               f"{', '.join(PANES)}")
        object.__setattr__(self, "panes", tuple(p for p in PANES if p in panes))
        for name in ("grid", "dots", "presentation"):
            if not isinstance(getattr(self, name), bool):
                raise SessionError(f"{name} must be true or false, not {_shown(getattr(self, name))}")
        if self.theme not in THEMES:
            raise SessionError(f"theme {_shown(self.theme)} must be one of {', '.join(THEMES)}")
        if self.layout not in LAYOUTS:
            raise SessionError(f"layout {_shown(self.layout)} must be one of {', '.join(LAYOUTS)}")
        if self.compare is not None:
            if not isinstance(self.compare, Compare):
                raise SessionError("compare must be a Compare")
            if any(row is not None and row >= len(curves)
                   for row in (self.compare.reference, self.compare.target)):
                raise SessionError(f"compare names a curve beyond the {len(curves)} there are")

    @property
    def y_range(self) -> tuple[float, float] | None:
        """The f pane's fixed y-range, or None (automatic)."""
        return self.y_ranges.get("f")

    @classmethod
    def default(cls) -> Session:
        return cls(curves=(Curve("sigmoid", color=PALETTE[0]), Curve("tanh", color=PALETTE[1]),
                           Curve("relu", color=PALETTE[2])))

    @classmethod
    def of(cls, *functions: str | tuple[str, Mapping], **view) -> Session:
        """A session of these functions (ids, or (id, params) pairs) in palette colours."""
        session = cls()
        for f in functions:
            session = session.with_curve(*((f,) if isinstance(f, str) else f))
        return session.replace(**view)

    def replace(self, **changes) -> Session:
        """A copy with ``changes``, validated as a whole."""
        return replace(self, **changes)

    def next_color(self) -> str:
        used = {c.color for c in self.curves}
        return next((c for c in PALETTE if c not in used), PALETTE[len(self.curves) % len(PALETTE)])

    def with_curve(self, function: str, params: Mapping | None = None, color: str | None = None,
                   row: int | None = None, formula: Mapping | None = None) -> Session:
        curve = Curve(function, params or {}, color or self.next_color(), formula=formula)
        row = len(self.curves) if row is None else row
        return self.replace(curves=(*self.curves[:row], curve, *self.curves[row:]))

    @property
    def visible(self) -> tuple[Curve, ...]:
        return tuple(c for c in self.curves if c.visible)

    def labels(self, curves: Iterable[Curve] | None = None) -> list[str]:
        """A label per curve (default: every visible one), unique: the function and the
        parameters that tell it from its twins (copies of the same function) or, alone, its
        non-default ones; `` (2)``, `` (3)`` where copies are equal (no ``#``: CSV readers take it
        for a comment)."""
        curves = list(self.visible if curves is None else curves)
        twins: dict[str, list[Curve]] = {}
        for c in curves:
            twins.setdefault(c.identity, []).append(c)
        labels, seen = [], {}
        for c in curves:
            group = twins[c.identity]
            differing = {k for k in c.params if len({t.params[k] for t in group}) > 1}
            shown = {k: v for k, v in c.params.items() if k in differing} or c.params.changed()
            label = _label(c, shown)
            seen[label] = seen.get(label, 0) + 1
            labels.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
        return labels

    def drawn(self) -> list[tuple[str, Curve]]:
        """(label, curve) of every curve drawn: the visible ones, a family as its members (each
        labelled with its swept value)."""
        out = []
        for label, curve in zip(self.labels(), self.visible, strict=True):
            members = curve.members()
            if len(members) == 1:
                out.append((label, curve))
            else:
                name = curve.family.param
                text = curve.activation.param(name).text
                out += [(f"{label.split('(')[0]}({name}={text(m.params[name])})", m) for m in members]
        return out

    # --- JSON ------------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        data = {"format": FORMAT, "version": VERSION}
        for f in fields(self):
            data[f.name] = _json(getattr(self, f.name))
        return data

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2)

    def save(self, path) -> None:
        write_atomic(path, self.to_json().encode())


def _json(value: Any) -> Any:
    """A session's value as JSON: dataclasses as objects of their fields, tuples as lists."""
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: _json(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, Mapping):
        return {k: _json(v) for k, v in value.items()}
    if isinstance(value, tuple | list):
        return [_json(v) for v in value]
    return value


SESSION_FIELDS = tuple(f.name for f in fields(Session))
VIEW_FIELDS = tuple(name for name in SESSION_FIELDS if name != "curves")


# --- reading documents ---------------------------------------------------------------------------

def read_json(text: str | bytes) -> Session:
    """The session in a JSON document, or SessionError with one sentence naming the field and
    what is wrong. Size and nesting are bounded before parsing; a UTF-8 byte-order mark is
    accepted; every field is strictly typed (a boolean is a JSON boolean, a number a finite JSON
    number, the version an integer)."""
    if isinstance(text, bytes):
        if len(text) > MAX_DOCUMENT_BYTES:
            raise SessionError(f"the document is larger than {MAX_DOCUMENT_BYTES // 1000} kB")
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise SessionError(f"not UTF-8 text (byte {e.start})") from None
    if not isinstance(text, str):
        raise SessionError("not a text document")
    text = text.removeprefix("\ufeff")
    if len(text) > MAX_DOCUMENT_BYTES:
        raise SessionError(f"the document is larger than {MAX_DOCUMENT_BYTES // 1000} kB")
    if _depth(text) > MAX_DEPTH:
        raise SessionError(f"the document is nested deeper than {MAX_DEPTH} levels")
    try:
        data = json.loads(text, parse_constant=_no_constant)
    except (json.JSONDecodeError, ValueError, RecursionError) as e:
        raise SessionError(f"not valid JSON: {str(e)[:120]}") from None
    return from_dict(data)


def _no_constant(name):
    raise ValueError(f"{name} is not a JSON number")


_BRACKETS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def _depth(text: str) -> int:
    """How deep brackets nest in a JSON text (strings skipped)."""
    depth = deepest = 0
    for m in _BRACKETS.finditer(text):
        token = m.group()
        if token in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif token in "]}":
            depth -= 1
    return deepest


def from_dict(data: Any) -> Session:
    """The session in a parsed JSON document (see :func:`read_json`)."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SessionError("not an actgui session (no \"format\": \"actgui-session\")")
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version not in VERSIONS:
        raise SessionError(f"session version {_shown(version)} is not supported "
                           f"(expected {' or '.join(map(str, VERSIONS))})")
    data = dict(data)
    if version == 1 and "y_range" in data:  # version 1 had the f pane's y-range only
        y = data.pop("y_range")
        data["y_ranges"] = {} if y is None else {"f": y}
    unknown = set(data) - {"format", "version", *SESSION_FIELDS}
    if unknown:
        raise SessionError(f"unknown field {_shown(sorted(unknown)[0])}")
    raw = data.get("curves", [])
    if not isinstance(raw, list):
        raise SessionError("curves must be a list")
    if len(raw) > MAX_CURVES:
        raise SessionError(f"curves: {len(raw)} is more than the {MAX_CURVES} a session holds")
    curves = tuple(_read_curve(c, i) for i, c in enumerate(raw))
    view = {name: data[name] for name in VIEW_FIELDS if name in data}
    if view.get("compare") is not None:
        view["compare"] = _read_object(view["compare"], Compare, "compare")
    try:
        return Session(curves=curves, **view)
    except SessionError:
        raise
    except (TypeError, ValueError) as e:
        raise SessionError(str(e)) from None


def _read_object(value: Any, cls, where: str):
    """A small dataclass (a Family, a Compare) from a JSON object, strictly."""
    if not isinstance(value, dict):
        raise SessionError(f"{where} must be an object")
    known = {f.name for f in fields(cls)}
    unknown = set(value) - known
    if unknown:
        raise SessionError(f"{where}: unknown field {_shown(sorted(unknown)[0])}")
    try:
        return cls(**value)
    except TypeError as e:  # a field missing
        raise SessionError(f"{where}: {e}") from None


def _read_curve(c: Any, i: int) -> Curve:
    where = f"curves[{i}]"
    if not isinstance(c, dict):
        raise SessionError(f"{where} must be an object")
    unknown = set(c) - set(CURVE_FIELDS)
    if unknown:
        raise SessionError(f"{where}: unknown field {_shown(sorted(unknown)[0])}")
    function, params = c.get("function"), c.get("params", {})
    if not isinstance(function, str) or len(function) > MAX_TEXT:
        raise SessionError(f"{where}.function must be an activation id, not {_shown(function)}")
    if not isinstance(params, dict):
        raise SessionError(f"{where}.params must be an object")
    if "color" not in c:
        raise SessionError(f"{where}.color is missing")
    given = {k: v for k, v in c.items() if k not in ("function", "params")}
    if given.get("family") is not None:
        given["family"] = _read_object(given["family"], Family, f"{where}.family")
    try:
        return Curve(function, params, **given)
    except (TypeError, ValueError) as e:
        raise SessionError(f"{where}: {e}") from None


def load(path) -> Session:
    """The session in the file ``path`` (SessionError with the reason if it is not one)."""
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_DOCUMENT_BYTES + 1)
    except OSError as e:
        raise SessionError(f"cannot read {path}: {e.strerror or e}") from None
    return read_json(data)


# --- the single writer ---------------------------------------------------------------------------

def _renumbered(compare: Compare | None, kept: list[int]) -> Compare | None:
    """``compare`` once the rows ``kept`` (old rows, in their new order) are all that is left:
    none without its reference; a target gone compares every curve."""
    if compare is None or compare.reference not in kept:
        return None
    target = kept.index(compare.target) if compare.target in kept else None
    return replace(compare, reference=kept.index(compare.reference), target=target)


@dataclass
class _Step:
    label: tuple[str, tuple]  # (text marked for translation, its arguments)
    before: Session
    after: Session
    key: Any  # edits with the same key in quick succession merge into one step
    at: float


MERGE_S = 1.5  # seconds within which steps with the same key merge (a turning spin box, a pan)


class Document:
    """The current session and its only writer.

    Each edit builds the new session (validating it), then commits it: the history gets a step
    and observers get one event per changed field, after the change:

    * ``inserted(first, last)``, ``removed(first, last)``: curves added or taken away;
    * ``curve_changed(row, name)``: a field of a curve (``params``, ``color``, ``visible``);
    * ``reset()``: the curves were replaced as a whole (a file opened, another function in a row);
    * ``changed(name)``: a session field (``x_range``, ``y_range``, ``panes``, ``grid``, ``theme``);
    * ``history()``: what undo and redo would do changed.
    """

    def __init__(self, session: Session | None = None, clock: Callable[[], float] = time.monotonic):
        self.session = session if session is not None else Session.default()
        self.clock = clock
        self.inserted, self.removed, self.curve_changed = Signal(), Signal(), Signal()
        self.reset, self.changed, self.history = Signal(), Signal(), Signal()
        self._undo: list[_Step] = []
        self._redo: list[_Step] = []

    # --- edits -----------------------------------------------------------------------------------
    def set(self, key: Any = None, **changes) -> None:
        """Change session fields (validated together), e.g. ``set(x_range=(-2, 2))``."""
        unknown = set(changes) - set(VIEW_FIELDS)
        if unknown:
            raise SessionError(f"unknown session field {sorted(unknown)[0]!r}")
        label = QT_TRANSLATE_NOOP("undo", "Change {}")
        self.commit(self.session.replace(**changes), (label, (", ".join(changes),)), key)

    def add_curve(self, function: str, params: Mapping | None = None, color: str | None = None,
                  formula: Mapping | None = None) -> int:
        """Add a curve of ``function`` (for a typed formula: :data:`FORMULA` and its ``formula``)."""
        new = self.session.with_curve(function, params, color, formula=formula)
        self.commit(new, (QT_TRANSLATE_NOOP("undo", "Add {}"), (new.curves[-1].name,)))
        return len(new.curves) - 1

    def duplicate(self, row: int) -> int:
        c = self.session.curves[row]
        return self.add_curve(c.function, c.params, formula=c.formula)

    def remove_curves(self, rows: Iterable[int]) -> None:
        rows = set(rows)
        curves = self.session.curves
        gone = [c.name for i, c in enumerate(curves) if i in rows]
        if not gone:
            return
        label = ((QT_TRANSLATE_NOOP("undo", "Remove {}"), (gone[0],)) if len(gone) == 1
                 else (QT_TRANSLATE_NOOP("undo", "Remove {} curves"), (len(gone),)))
        kept = [i for i in range(len(curves)) if i not in rows]
        self.commit(self.session.replace(curves=[curves[i] for i in kept],
                                         compare=_renumbered(self.session.compare, kept)), label)

    def expand_family(self, row: int) -> None:
        """Replace the family at ``row`` by its members, each a curve of its own in its colour."""
        curve = self.session.curves[row]
        if curve.family is None:
            return
        expanded = curve.members()
        curves = self.session.curves
        kept = [*range(row), *([row] * len(expanded)), *range(row + 1, len(curves))]
        compare = _renumbered(self.session.compare, kept)
        self.commit(self.session.replace(curves=(*curves[:row], *expanded, *curves[row + 1:]),
                                         compare=compare),
                    (QT_TRANSLATE_NOOP("undo", "Expand {}"), (curve.name,)))

    def remove_function(self, identity: str) -> None:
        """Remove every curve of a function (its id, or a formula's ``Curve.identity``) in one
        step: undo brings all its copies back."""
        self.remove_curves(i for i, c in enumerate(self.session.curves) if c.identity == identity)

    def set_curve(self, row: int, key: Any = None, **changes) -> None:
        """Change fields of curve ``row``: ``params`` (a full or partial mapping over the
        defaults), ``color``, ``visible``."""
        curve = self.session.curves[row]
        new = replace(curve, **changes)
        label = QT_TRANSLATE_NOOP("undo", "Change {} of {}")
        self._set_row(row, new, (label, (", ".join(changes), curve.name)), key)

    def set_param(self, row: int, name: str, value: Any) -> None:
        """One parameter of curve ``row``; only this value is validated (the others already are)."""
        curve = self.session.curves[row]
        params = curve.activation.bind(curve.params, **{name: value})
        label = QT_TRANSLATE_NOOP("undo", "Change {} of {}")
        self._set_row(row, replace(curve, params=params), (label, (name, curve.name)),
                      ("param", row, name))

    def _set_row(self, row, curve, label, key):
        curves = self.session.curves
        self.commit(self.session.replace(curves=(*curves[:row], curve, *curves[row + 1:])), label, key)

    def replace_session(self, session: Session, label: str = QT_TRANSLATE_NOOP("undo", "Open {}"),
                        name: str = "") -> None:
        self.commit(session, (label, (name,)))

    def commit(self, new: Session, label: tuple[str, tuple], key: Any = None) -> None:
        """Make ``new`` (already validated) the session: a history step and the events."""
        old = self.session
        if new == old:
            return
        now = self.clock()
        top = self._undo[-1] if self._undo else None
        if key is not None and top is not None and top.key == key and now - top.at < MERGE_S:
            top.after, top.at = new, now
        else:
            self._undo.append(_Step(label, old, new, key, now))
        self._redo.clear()
        self._apply(new)

    # --- undo and redo -----------------------------------------------------------------------------
    def undo(self) -> bool:
        return self._travel(self._undo, self._redo, "before")

    def redo(self) -> bool:
        return self._travel(self._redo, self._undo, "after")

    def _travel(self, source, target, side) -> bool:
        if not source:
            return False
        step = source.pop()
        step.key = None  # a step undone and redone does not merge with later edits
        target.append(step)
        self._apply(getattr(step, side))
        return True

    @property
    def undo_label(self) -> tuple[str, tuple] | None:
        return self._undo[-1].label if self._undo else None

    @property
    def redo_label(self) -> tuple[str, tuple] | None:
        return self._redo[-1].label if self._redo else None

    # --- events ------------------------------------------------------------------------------------
    def _apply(self, new: Session) -> None:
        old, self.session = self.session, new
        a, b = old.curves, new.curves
        if a != b:
            self._curve_events(a, b)
        for name in VIEW_FIELDS:
            if getattr(old, name) != getattr(new, name):
                self.changed.emit(name)
        self.history.emit()

    def _curve_events(self, a, b):
        """``inserted``/``removed`` for rows added or taken away at one place, ``curve_changed``
        per field where the same functions stay in the same rows, else ``reset``."""
        if len(a) == len(b):
            if any(ca.identity != cb.identity for ca, cb in zip(a, b, strict=True)):
                self.reset.emit()
                return
            for row, (ca, cb) in enumerate(zip(a, b, strict=True)):
                for name in CURVE_FIELDS:
                    if getattr(ca, name) != getattr(cb, name):
                        self.curve_changed.emit(row, name)
            return
        n = min(len(a), len(b))
        prefix = next((i for i in range(n) if a[i] != b[i]), n)
        suffix = next((i for i in range(n - prefix) if a[-1 - i] != b[-1 - i]), n - prefix)
        if prefix + suffix == n:
            first, last = prefix, prefix + abs(len(a) - len(b)) - 1
            (self.inserted if len(b) > len(a) else self.removed).emit(first, last)
        else:
            self.reset.emit()
