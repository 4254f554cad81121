"""Export formats: one module each in this package, found here without importing Qt.

Each module defines ``FORMAT``, a :class:`Format`: the suffix, a label (marked for translation),
what it exports (a figure, data, or an animation), which export options apply to it, and its
writer (``write(source, options) -> bytes``, which imports Qt or heavier libraries when called).
The export dialog, the file dialogs' filters, the command line and its --help all read
:data:`FORMATS`; adding a format is adding a module here.
"""

from __future__ import annotations

import importlib
import math
import os
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..core.i18n import QT_TRANSLATE_NOOP

#: What an export may ask for, checked before any work.
MAX_SIDE = 20000
MAX_PIXELS = 64_000_000  # 8000 x 8000: a 256 MB image
FONT_PT = (4.0, 72.0)
MAX_POINTS = 1_000_000
PANE_CHOICES = {"f": ("f",), "f+df": ("f", "df"), "all": ("f", "df", "d2f")}


@dataclass(frozen=True)
class Format:
    suffix: str  # ".png"
    label: str  # QT_TRANSLATE_NOOP("formats", "PNG image")
    kind: str  # "figure", "data" or "animation"
    options: tuple[str, ...]  # the ExportOptions fields that apply
    write: Callable[[Any, ExportOptions], bytes]


@dataclass(frozen=True)
class ExportOptions:
    """How to export; each field is validated here, for the window and the command line alike."""

    size: tuple[int, int] = (1920, 1080)  # pixels (PNG) or the page at 96 dpi, in px (SVG, PDF)
    theme: str = "light"
    font_size: float = 10.0
    transparent: bool = False
    points: int = 1001  # CSV rows
    panes: tuple[str, ...] | None = None  # None: the session's own

    def __post_init__(self):
        w, h = self.size
        if not all(isinstance(v, int) and 16 <= v <= MAX_SIDE for v in (w, h)):
            raise ValueError(f"size {w}x{h}: each side must be a whole number from 16 to {MAX_SIDE}")
        if w * h > MAX_PIXELS:
            raise ValueError(f"size {w}x{h} is {w * h / 1e6:.0f} megapixels: at most "
                             f"{MAX_PIXELS // 1_000_000} (e.g. 8000x8000)")
        if self.theme not in ("light", "dark"):
            raise ValueError(f"theme {self.theme!r} must be light or dark")
        lo, hi = FONT_PT
        if not (isinstance(self.font_size, int | float) and math.isfinite(self.font_size)
                and lo <= self.font_size <= hi):
            raise ValueError(f"font size {self.font_size}: must be a number from {lo:g} to {hi:g} pt")
        if not (isinstance(self.points, int) and 2 <= self.points <= MAX_POINTS):
            raise ValueError(f"points {self.points}: must be a whole number from 2 to {MAX_POINTS}")


#: Every format by suffix, in the order the modules are named.
FORMATS: dict[str, Format] = {}


def _discover() -> None:
    for module in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        fmt = importlib.import_module(f"{__name__}.{module.name}").FORMAT
        FORMATS[fmt.suffix] = fmt


def format_for(path: str | os.PathLike, kinds: tuple[str, ...] = ("figure", "data")) -> Format:
    """The format ``path``'s suffix names, or ValueError listing the ones that fit."""
    suffix = Path(path).suffix.lower()
    fmt = FORMATS.get(suffix)
    if fmt is None or fmt.kind not in kinds:
        known = ", ".join(s for s, f in FORMATS.items() if f.kind in kinds)
        raise ValueError(f"unknown file type {suffix or '(none)'!r} for {os.fspath(path)}: use {known}")
    return fmt


def file_filter(translate: Callable[[str, str], str], kinds: tuple[str, ...] = ("figure", "data")) -> str:
    """A file dialog's filter: each format on its own, then all of them."""
    fits = [f for f in FORMATS.values() if f.kind in kinds]
    each = [f"{translate('formats', f.label)} (*{f.suffix})" for f in fits]
    every = translate("formats", QT_TRANSLATE_NOOP("formats", "All exports"))
    return ";;".join([f"{every} ({' '.join('*' + f.suffix for f in fits)})", *each])


_discover()
