"""Linux desktop integration: ``actgui install-desktop`` puts the menu entry and icons into
``~/.local/share`` (or $XDG_DATA_HOME), ``actgui uninstall-desktop`` removes them."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from .core.files import write_atomic
from .paths import icon_sizes, resource


def data_home() -> Path:
    """$XDG_DATA_HOME, or ~/.local/share where it is unset, empty or relative (the XDG Base
    Directory spec says a relative path is invalid and to be ignored)."""
    given = os.environ.get("XDG_DATA_HOME", "")
    return Path(given) if os.path.isabs(given) else Path.home() / ".local" / "share"


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


#: Characters that make the Desktop Entry spec quote an Exec argument.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def exec_argument(arg: str) -> str:
    """One Exec argument as the Desktop Entry spec writes it: "%" doubled (field codes), an
    argument with a reserved character in double quotes with ", `, $ and \\ escaped by a
    backslash, then the escaping of string values, which readers undo first: backslashes doubled,
    newlines and tabs as \\n and \\t."""
    arg = arg.replace("%", "%%")
    if not arg or _RESERVED & set(arg):
        arg = '"' + "".join("\\" + c if c in '"`$\\' else c for c in arg) + '"'
    return arg.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def exec_line() -> str:
    """The desktop entry's Exec value for the launcher."""
    return " ".join(exec_argument(a) for a in launcher())


def _targets() -> dict[Path, str]:
    """Each installed file and the resource it comes from; the menu entry last, after its icons."""
    home = data_home()
    hicolor = home / "icons" / "hicolor"
    files = {hicolor / "scalable" / "apps" / "actgui.svg": "actgui.svg"}
    for n in icon_sizes():
        files[hicolor / f"{n}x{n}" / "apps" / "actgui.png"] = f"icons/actgui-{n}.png"
    files[home / "applications" / "actgui.desktop"] = "actgui.desktop"
    return files


def installed_files() -> list[Path]:
    return list(_targets())


def install() -> list[Path]:
    for target, name in _targets().items():
        data = resource(name).read_bytes()
        if name == "actgui.desktop":  # start this actgui, wherever it is installed
            data = data.decode().replace("Exec=actgui ", f"Exec={exec_line()} ").encode()
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, data)
    return installed_files()


def uninstall() -> list[Path]:
    removed = []
    for path in installed_files():
        if path.exists():
            path.unlink()
            removed.append(path)
    return removed
