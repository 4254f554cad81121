"""The session: which curves, their parameters and colours, the ranges and panes.

One plain model flows through actgui: the window edits it, the canvas draws it, the command line
builds it, export renders it, and settings and session files store it as JSON.
"""

from __future__ import annotations

import json
import math
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .registry import get

FORMAT = "actgui-session"
VERSION = 1
PANES = ("f", "df", "d2f")
THEMES = ("system", "light", "dark")
# Okabe & Ito's colour-blind-safe palette, then Tableau's, all readable on light and dark.
PALETTE = ("#0072b2", "#e69f00", "#009e73", "#d55e00", "#cc79a7", "#56b4e9", "#c9b200",
           "#7f7f7f", "#8c564b", "#9467bd", "#17becf", "#bcbd22", "#e377c2", "#1f77b4")
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


class SessionError(ValueError):
    """A session (file or settings) that is not valid; the message says what is wrong."""


@dataclass
class Curve:
    function: str
    params: dict[str, float | str] = field(default_factory=dict)
    color: str = PALETTE[0]
    visible: bool = True

    def __post_init__(self):
        act = get(self.function)
        self.function = act.id
        self.params = act.bind(self.params)
        if not isinstance(self.color, str) or not _COLOUR.fullmatch(self.color):
            raise SessionError(f"colour {self.color!r} is not #rrggbb")

    @property
    def activation(self):
        return get(self.function)

    def changed_params(self) -> dict[str, float | str]:
        defaults = self.activation.defaults()
        return {k: v for k, v in self.params.items() if v != defaults[k]}

    @property
    def label(self) -> str:
        """The function id and its non-default parameters, e.g. ``leaky_relu(negative_slope=0.1)``."""
        changed = self.changed_params()
        if not changed:
            return self.function
        return f"{self.function}({', '.join(f'{k}={_fmt(v)}' for k, v in changed.items())})"


def _fmt(v) -> str:
    return v if isinstance(v, str) else f"{v:g}"


@dataclass
class Session:
    curves: list[Curve] = field(default_factory=list)
    x_range: tuple[float, float] = (-5.0, 5.0)
    y_range: tuple[float, float] | None = None  # the f pane's; None = automatic
    panes: tuple[str, ...] = PANES
    grid: bool = True
    theme: str = "system"

    def __post_init__(self):
        self.x_range = _range(self.x_range, "x_range")
        if self.y_range is not None:
            self.y_range = _range(self.y_range, "y_range")
        self.panes = tuple(self.panes)
        if not self.panes or any(p not in PANES for p in self.panes) or "f" not in self.panes:
            raise SessionError(f"panes {self.panes!r} must include 'f' and be among {PANES}")
        self.panes = tuple(p for p in PANES if p in self.panes)
        if self.theme not in THEMES:
            raise SessionError(f"theme {self.theme!r} must be one of {THEMES}")

    @classmethod
    def default(cls) -> Session:
        return cls(curves=[Curve("sigmoid", color=PALETTE[0]), Curve("tanh", color=PALETTE[1]),
                           Curve("relu", color=PALETTE[2])])

    def next_color(self) -> str:
        used = {c.color for c in self.curves}
        return next((c for c in PALETTE if c not in used), PALETTE[len(self.curves) % len(PALETTE)])

    def add(self, function: str, params: dict | None = None, color: str | None = None) -> Curve:
        curve = Curve(function, dict(params or {}), color or self.next_color())
        self.curves.append(curve)
        return curve

    # --- JSON ------------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT, "version": VERSION,
            "curves": [{"function": c.function, "params": dict(c.params), "color": c.color,
                        "visible": c.visible} for c in self.curves],
            "x_range": list(self.x_range),
            "y_range": list(self.y_range) if self.y_range else None,
            "panes": list(self.panes), "grid": self.grid, "theme": self.theme,
        }

    @classmethod
    def from_dict(cls, data: Any) -> Session:
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise SessionError("not an actgui session")
        if data.get("version") != VERSION:
            raise SessionError(f"session version {data.get('version')!r} is not supported")
        try:
            curves = [Curve(c["function"], dict(c.get("params", {})), c["color"],
                            bool(c.get("visible", True))) for c in data.get("curves", [])]
            y = data.get("y_range")
            return cls(curves=curves, x_range=tuple(data["x_range"]),
                       y_range=tuple(y) if y is not None else None,
                       panes=tuple(data.get("panes", PANES)), grid=bool(data.get("grid", True)),
                       theme=data.get("theme", "system"))
        except SessionError:
            raise
        except (KeyError, TypeError, ValueError, LookupError) as e:
            raise SessionError(f"invalid session: {e}") from None

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2)

    @classmethod
    def from_json(cls, text: str) -> Session:
        try:
            data = json.loads(text)
        except (json.JSONDecodeError, TypeError) as e:
            raise SessionError(f"not JSON: {e}") from None
        return cls.from_dict(data)

    def save(self, path: str | os.PathLike) -> None:
        write_atomic(path, self.to_json().encode())

    @classmethod
    def load(cls, path: str | os.PathLike) -> Session:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise SessionError(f"cannot read {path}: {e}") from None
        return cls.from_json(text)


def _range(value, name) -> tuple[float, float]:
    try:
        lo, hi = (float(v) for v in value)
    except (TypeError, ValueError):
        raise SessionError(f"{name} must be two numbers") from None
    if not (math.isfinite(lo) and math.isfinite(hi) and lo < hi):
        raise SessionError(f"{name} [{lo}, {hi}] needs finite MIN < MAX")
    return lo, hi


def write_atomic(path: str | os.PathLike, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename: never a partial file."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, path.stat().st_mode if path.exists() else 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
