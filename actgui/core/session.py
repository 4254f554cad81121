"""The session: which curves, their parameters and colours, the ranges and panes.

A :class:`Session` is an immutable, validated value. :class:`Document` holds the current one and
is its single writer: every change goes through it, is validated before anything changes (a
rejected change raises ``ValueError`` and changes nothing), is remembered for undo, and is
announced by one event per changed field. The window edits the document, the canvas and views
draw it, the command line builds a session, export renders one, and settings and session files
store it as JSON (:func:`read_json`, strict about every field).
"""

from __future__ import annotations

import json
import math
import re
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any

from .events import Signal
from .files import write_atomic
from .i18n import QT_TRANSLATE_NOOP
from .registry import get

FORMAT = "actgui-session"
VERSION = 1
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


@dataclass(frozen=True)
class Curve:
    """One curve: an activation, its validated parameters, its colour and whether it is shown."""

    function: str
    params: Mapping[str, Any] = field(default_factory=dict)
    color: str = PALETTE[0]
    visible: bool = True

    def __post_init__(self):
        act = get(self.function)
        object.__setattr__(self, "function", act.id)
        object.__setattr__(self, "params", act.bind(self.params))
        if not isinstance(self.color, str) or not _COLOUR.fullmatch(self.color):
            raise SessionError(f"colour {_shown(self.color)} is not #rrggbb")
        object.__setattr__(self, "color", self.color.lower())
        if not isinstance(self.visible, bool):
            raise SessionError(f"visible must be true or false, not {_shown(self.visible)}")

    @property
    def activation(self):
        return get(self.function)

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


def _label(curve: Curve, shown: Mapping[str, Any]) -> str:
    if not shown:
        return curve.function
    act = curve.activation
    return f"{curve.function}({', '.join(f'{k}={act.param(k).text(v)}' for k, v in shown.items())})"


CURVE_FIELDS = tuple(f.name for f in fields(Curve))


@dataclass(frozen=True)
class Session:
    curves: tuple[Curve, ...] = ()
    x_range: tuple[float, float] = (-5.0, 5.0)
    y_range: tuple[float, float] | None = None  # the f pane's; None = automatic
    panes: tuple[str, ...] = PANES
    grid: bool = True
    theme: str = "system"

    def __post_init__(self):
        curves = tuple(self.curves)
        if not all(isinstance(c, Curve) for c in curves):
            raise SessionError("curves must be Curve values")
        if len(curves) > MAX_CURVES:
            raise SessionError(f"curves: {len(curves)} is more than the {MAX_CURVES} a session holds")
        object.__setattr__(self, "curves", curves)
        object.__setattr__(self, "x_range", check_range(self.x_range, "x_range"))
        if self.y_range is not None:
            object.__setattr__(self, "y_range", check_range(self.y_range, "y_range"))
        panes = self.panes
        if isinstance(panes, str) or not isinstance(panes, Iterable):
            raise SessionError(f"panes must be a list among {', '.join(PANES)}")
        panes = tuple(panes)
        if not all(isinstance(p, str) and p in PANES for p in panes) or "f" not in panes:
            raise SessionError(f"panes {_shown(list(panes))} must include 'f' and be among "
                               f"{', '.join(PANES)}")
        object.__setattr__(self, "panes", tuple(p for p in PANES if p in panes))
        if not isinstance(self.grid, bool):
            raise SessionError(f"grid must be true or false, not {_shown(self.grid)}")
        if self.theme not in THEMES:
            raise SessionError(f"theme {_shown(self.theme)} must be one of {', '.join(THEMES)}")

    @classmethod
    def default(cls) -> Session:
        return cls(curves=(Curve("sigmoid", color=PALETTE[0]), Curve("tanh", color=PALETTE[1]),
                           Curve("relu", color=PALETTE[2])))

    @classmethod
    def of(cls, *functions: str | tuple[str, Mapping], **view) -> Session:
        """A session of these functions (ids, or (id, params) pairs) in palette colours."""
        session = cls(**view)
        for f in functions:
            session = session.with_curve(*((f,) if isinstance(f, str) else f))
        return session

    def replace(self, **changes) -> Session:
        """A copy with ``changes``, validated as a whole."""
        return replace(self, **changes)

    def next_color(self) -> str:
        used = {c.color for c in self.curves}
        return next((c for c in PALETTE if c not in used), PALETTE[len(self.curves) % len(PALETTE)])

    def with_curve(self, function: str, params: Mapping | None = None, color: str | None = None,
                   row: int | None = None) -> Session:
        curve = Curve(function, params or {}, color or self.next_color())
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
            twins.setdefault(c.function, []).append(c)
        labels, seen = [], {}
        for c in curves:
            group = twins[c.function]
            differing = {k for k in c.params if len({t.params[k] for t in group}) > 1}
            shown = {k: v for k, v in c.params.items() if k in differing} or c.params.changed()
            label = _label(c, shown)
            seen[label] = seen.get(label, 0) + 1
            labels.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
        return labels

    # --- JSON ------------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        data = {"format": FORMAT, "version": VERSION}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "curves":
                value = [{"function": c.function, "params": dict(c.params), "color": c.color,
                          "visible": c.visible} for c in value]
            elif isinstance(value, tuple):
                value = list(value)
            data[f.name] = value
        return data

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2)

    def save(self, path) -> None:
        write_atomic(path, self.to_json().encode())


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
    if isinstance(version, bool) or not isinstance(version, int) or version != VERSION:
        raise SessionError(f"session version {_shown(version)} is not supported (expected {VERSION})")
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
    try:
        return Session(curves=curves, **view)
    except SessionError:
        raise
    except (TypeError, ValueError) as e:
        raise SessionError(str(e)) from None


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
    try:
        return Curve(function, params, c["color"], c.get("visible", True))
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

    def add_curve(self, function: str, params: Mapping | None = None, color: str | None = None) -> int:
        new = self.session.with_curve(function, params, color)
        self.commit(new, (QT_TRANSLATE_NOOP("undo", "Add {}"), (new.curves[-1].function,)))
        return len(new.curves) - 1

    def duplicate(self, row: int) -> int:
        c = self.session.curves[row]
        return self.add_curve(c.function, c.params)

    def remove_curves(self, rows: Iterable[int]) -> None:
        rows = set(rows)
        curves = self.session.curves
        gone = [c.function for i, c in enumerate(curves) if i in rows]
        if not gone:
            return
        label = ((QT_TRANSLATE_NOOP("undo", "Remove {}"), (gone[0],)) if len(gone) == 1
                 else (QT_TRANSLATE_NOOP("undo", "Remove {} curves"), (len(gone),)))
        self.commit(self.session.replace(curves=[c for i, c in enumerate(curves) if i not in rows]),
                    label)

    def remove_function(self, function: str) -> None:
        """Remove every curve of ``function`` (one step: undo brings all its copies back)."""
        self.remove_curves(i for i, c in enumerate(self.session.curves) if c.function == function)

    def set_curve(self, row: int, key: Any = None, **changes) -> None:
        """Change fields of curve ``row``: ``params`` (a full or partial mapping over the
        defaults), ``color``, ``visible``."""
        curve = self.session.curves[row]
        new = replace(curve, **changes)
        label = QT_TRANSLATE_NOOP("undo", "Change {} of {}")
        self._set_row(row, new, (label, (", ".join(changes), curve.function)), key)

    def set_param(self, row: int, name: str, value: Any) -> None:
        """One parameter of curve ``row``; only this value is validated (the others already are)."""
        curve = self.session.curves[row]
        params = curve.activation.bind(curve.params, **{name: value})
        label = QT_TRANSLATE_NOOP("undo", "Change {} of {}")
        self._set_row(row, replace(curve, params=params), (label, (name, curve.function)),
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
            if any(ca.function != cb.function for ca, cb in zip(a, b, strict=True)):
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
