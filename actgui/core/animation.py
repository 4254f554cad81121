r"""Animations: one number of a session moving by itself, for the window and for export.

A :class:`Sweep` moves either a numeric parameter (kind float or int) of one curve, or the
x-range: its half-width :math:`w` around the session's centre :math:`c`, so that
``x_range = (c - w, c + w)`` zooms in or out while the centre stays put (name
:data:`X_RANGE`). It runs from ``start`` (:math:`a`) to ``end`` (:math:`b`) in ``duration``
seconds (:math:`T`); at time :math:`t \ge 0` its progress :math:`p \in [0, 1]` is

.. math::
    p_\text{once} = \min(t/T, 1), \qquad p_\text{loop} = t/T - \lfloor t/T \rfloor, \qquad
    p_\text{bounce} = 1 - \bigl|\,2\,(u - \lfloor u \rfloor) - 1\bigr|,\ u = \frac{t}{2T},

and its value :math:`a + p\,(b - a)`, exactly :math:`b` at :math:`p = 1` and rounded to a whole
number for an int parameter: non-decreasing in :math:`p` (for :math:`a < b`) in floating point
too. Once stops at the end, loop jumps back to the start, bounce goes back and forth.

An export (:class:`Animation`) draws :math:`n` frames at :math:`p = i/(n-1)`, both ends
included; the sweep's duration and mode are the window's (see ``actgui.ui.animate.Player``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any

from .registry import get
from .session import Session, check_range

X_RANGE = "x_range"
MODES = ("once", "loop", "bounce")
FRAMES = (2, 600)  # frames an export may have
FPS = (1, 60)
DEFAULT_FRAMES, DEFAULT_FPS = 60, 30
#: Frames x width x height an export may draw: 600 frames of 1920x1080.
MAX_WORK = 600 * 1920 * 1080


def _finite(value: Any, what: str) -> float:
    try:
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise ValueError
    except (ValueError, OverflowError):  # OverflowError: an integer beyond float64
        shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:40] + "\u2026"
        raise ValueError(f"{what} must be a finite number, not {shown}") from None
    return float(value)


@dataclass(frozen=True)
class Sweep:
    """What moves (``name``: a parameter of the curve in ``row``, whose activation is
    ``function`` (an id, or a typed formula's ``Curve.identity``), or :data:`X_RANGE` with
    ``function`` None), from ``start`` to ``end`` in
    ``duration`` seconds, ``mode`` once, loop or bounce. Validated on its own against the
    parameter's spec; :meth:`check` checks it against a session. :meth:`of` fills in the
    function from the session."""

    name: str
    start: float
    end: float
    duration: float = 2.0
    mode: str = "once"
    row: int = 0
    function: str | None = None

    def __post_init__(self):
        if self.mode not in MODES:
            raise ValueError(f"mode {self.mode!r} must be one of {', '.join(MODES)}")
        if _finite(self.duration, "the duration") <= 0:
            raise ValueError(f"the duration must be more than 0 seconds, not {self.duration!r}")
        if isinstance(self.row, bool) or not isinstance(self.row, int) or self.row < 0:
            raise ValueError(f"row must be a whole number from 0, not {self.row!r}")
        if self.function is None:
            if self.name != X_RANGE:
                raise ValueError(f"{self.name!r} needs the function whose parameter it is "
                                 f"(only {X_RANGE} moves without one)")
            ends = tuple(_finite(v, f"{X_RANGE}'s half-width") for v in (self.start, self.end))
            if min(ends) <= 0:
                raise ValueError(f"{X_RANGE} moves its half-width: FROM and TO must be above 0")
        elif self.function.startswith("="):  # a typed formula (Curve.identity): check() checks it
            ends = tuple(_finite(v, self.name) for v in (self.start, self.end))
        else:
            act = get(self.function)
            object.__setattr__(self, "function", act.id)
            param = act.param(self.name)
            if param.kind not in ("float", "int"):
                raise ValueError(f"{self.name} of {act.id} is a {param.kind} parameter: only "
                                 "numbers (float or int) can move")
            ends = (param.validate(self.start), param.validate(self.end))
        if ends[0] == ends[1]:
            raise ValueError(f"{self.name} from {ends[0]:g} to {ends[1]:g}: FROM and TO are equal, "
                             "nothing would move")
        object.__setattr__(self, "start", ends[0])
        object.__setattr__(self, "end", ends[1])

    @classmethod
    def of(cls, session: Session, name: str, start: float, end: float, row: int = 0,
           **timing) -> Sweep:
        """The sweep of ``name`` (a parameter of curve ``row``, or :data:`X_RANGE`) in
        ``session``, checked against it; ``timing``: ``duration``, ``mode``."""
        function = None if name == X_RANGE else _curve(session, row).identity
        sweep = cls(name, start, end, row=row, function=function, **timing)
        sweep.check(session)
        return sweep

    @property
    def integer(self) -> bool:
        """Whether the value moves in whole numbers (an int parameter)."""
        return (self.function is not None and not self.function.startswith("=")
                and get(self.function).param(self.name).kind == "int")

    def check(self, session: Session) -> None:
        """ValueError unless this sweep applies to ``session``: the row holds the function and
        both ends are valid with the curve's other parameters, or both ends of the x-range are
        safe around the session's centre."""
        if self.function is None:
            for w in (self.start, self.end):
                check_range(_zoomed(session, w), X_RANGE)
            return
        curve = _curve(session, self.row)
        if curve.identity != self.function:
            raise ValueError(f"row {self.row} holds {curve.name}, not {self.function}")
        for v in (self.start, self.end):
            curve.activation.bind(curve.params, **{self.name: v})


def _curve(session: Session, row: int):
    if not 0 <= row < len(session.curves):
        raise ValueError(f"row {row} is not a curve of the session (it has {len(session.curves)})")
    return session.curves[row]


def _zoomed(session: Session, half_width: float) -> tuple[float, float]:
    lo, hi = session.x_range
    centre = lo / 2 + hi / 2
    return centre - half_width, centre + half_width


def _value(sweep: Sweep, p: float) -> float | int:
    """The value at progress ``p`` in [0, 1] (see the module's docstring)."""
    a, b = sweep.start, sweep.end
    value = b if p >= 1 else min(max(a + p * (b - a), min(a, b)), max(a, b))
    return round(value) if sweep.integer else value


def value_at(sweep: Sweep, t: float) -> float | int:
    """The sweep's value ``t`` seconds after it started (earlier times give the start)."""
    u = max(t, 0.0) / sweep.duration
    if sweep.mode == "once":
        p = min(u, 1.0)
    elif sweep.mode == "loop":
        p = u - math.floor(u)
    else:
        half = u / 2
        p = 1.0 - abs(2.0 * (half - math.floor(half)) - 1.0)
    return _value(sweep, p)


def session_at(session: Session, sweep: Sweep, value: float) -> Session:
    """``session`` with the sweep's value applied (validated like any edit)."""
    if sweep.function is None:
        return session.replace(x_range=_zoomed(session, value))
    curve = _curve(session, sweep.row)
    curves = list(session.curves)
    curves[sweep.row] = replace(curve, params=curve.activation.bind(curve.params, **{sweep.name: value}))
    return session.replace(curves=tuple(curves))


def frames(session: Session, sweep: Sweep, n: int) -> list[Session]:
    """``n`` sessions at evenly spaced values from the start to the end, both included."""
    if isinstance(n, bool) or not isinstance(n, int) or n < 2:
        raise ValueError(f"frames {n!r}: an animation needs at least 2")
    sweep.check(session)
    return [session_at(session, sweep, _value(sweep, i / (n - 1))) for i in range(n)]


@dataclass(frozen=True)
class Animation:
    """What an animation export draws: ``frames`` frames of ``session`` along ``sweep``,
    played at ``fps`` frames per second."""

    session: Session
    sweep: Sweep
    frames: int = DEFAULT_FRAMES
    fps: int = DEFAULT_FPS

    def __post_init__(self):
        for name, (lo, hi) in (("frames", FRAMES), ("fps", FPS)):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
                raise ValueError(f"{name} {value!r}: must be a whole number from {lo} to {hi}")
        self.sweep.check(self.session)

    def sessions(self) -> list[Session]:
        return frames(self.session, self.sweep, self.frames)

    def check_size(self, size: tuple[int, int]) -> None:
        """ValueError unless ``frames`` frames of ``size`` pixels are within :data:`MAX_WORK`."""
        w, h = size
        if self.frames * w * h > MAX_WORK:
            raise ValueError(f"{self.frames} frames of {w}x{h} is too much to draw: at most 600 frames "
                             "of 1920x1080 (fewer frames or a smaller size)")


def parse_sweep(text: str) -> tuple[str, float, float]:
    """``NAME=FROM:TO`` from the command line -> (NAME, FROM, TO). NAME is a parameter of the
    swept curve, or :data:`X_RANGE` for the x-range's half-width around its centre."""
    name, eq, ends = text.partition("=")
    start, colon, end = ends.partition(":")
    try:
        if not (eq and colon and name.strip()):
            raise ValueError
        values = float(start), float(end)
    except ValueError:
        shown = text if len(text) <= 40 else text[:40] + "\u2026"
        raise ValueError(f"sweep {shown!r}: expected NAME=FROM:TO with two numbers, "
                         "e.g. negative_slope=0.01:0.3 or x_range=2:20") from None
    if not all(math.isfinite(v) for v in values):
        raise ValueError(f"sweep {text!r}: FROM and TO must be finite numbers")
    return name.strip(), *values
