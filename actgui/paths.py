"""Where actgui's resources are: the one place that computes resource paths.

A PyInstaller bundle has them in ``sys._MEIPASS/resources``; an installed wheel in the package
``actgui/resources`` (package data); a source checkout in the top-level ``resources/``.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = [Path(frozen) / "resources"] if frozen else []
    candidates += [_PACKAGE / "resources", _PACKAGE.parent / "resources"]
    for path in candidates:
        if (path / "actgui.desktop").is_file():
            return path
    raise FileNotFoundError(f"actgui's resources are missing (looked in {', '.join(map(str, candidates))})")


def resource(name: str) -> Path:
    """The resource ``name`` (e.g. ``"actgui.svg"``, ``"icons/actgui-64.png"``); raises
    FileNotFoundError naming it if it is missing."""
    path = resource_dir() / name
    if not path.is_file():
        raise FileNotFoundError(f"actgui resource {name!r} is missing from {path.parent}")
    return path


def icon_sizes() -> list[int]:
    return sorted(int(p.stem.split("-")[1]) for p in (resource_dir() / "icons").glob("actgui-*.png"))
