"""Linux desktop integration: ``actgui install-desktop`` puts the menu entry and icons into
``~/.local/share`` (or $XDG_DATA_HOME), ``actgui uninstall-desktop`` removes them."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from .core.session import write_atomic
from .paths import icon_sizes, resource


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def launcher() -> list[str]:
    """The command that starts this actgui: the frozen executable, the script installed beside
    this Python, one on PATH, or this Python with ``-m actgui``."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    beside = Path(sys.executable).with_name("actgui")
    if beside.is_file():
        return [str(beside)]
    found = shutil.which("actgui")
    return [found] if found else [sys.executable, "-m", "actgui"]


def exec_line() -> str:
    """The desktop entry's Exec value (arguments with spaces quoted, as the spec asks)."""
    return " ".join(f'"{a}"' if " " in a else a for a in launcher())


def installed_files() -> list[Path]:
    home = data_home()
    icons = [home / "icons" / "hicolor" / f"{n}x{n}" / "apps" / "actgui.png" for n in icon_sizes()]
    return [home / "applications" / "actgui.desktop",
            home / "icons" / "hicolor" / "scalable" / "apps" / "actgui.svg", *icons]


def install() -> list[Path]:
    entry, svg, *pngs = installed_files()
    text = resource("actgui.desktop").read_text(encoding="utf-8")
    text = text.replace("Exec=actgui ", f"Exec={exec_line()} ")
    for target, source in [(svg, resource("actgui.svg")),
                           *((p, resource(f"icons/actgui-{p.parts[-3].split('x')[0]}.png"))
                             for p in pngs)]:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, source.read_bytes())
    entry.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(entry, text.encode())
    return installed_files()


def uninstall() -> list[Path]:
    removed = []
    for path in installed_files():
        if path.exists():
            path.unlink()
            removed.append(path)
    return removed
