"""Starting the window: display checks, the QApplication, settings and the main window."""

from __future__ import annotations

import ctypes
import logging
import os
import re
import sys
import time

from . import collect_from_now_on

NO_DISPLAY = ("actgui needs a display: start it from a desktop session, or use the command "
              "line without one (actgui export --help, actgui list).")
NO_XCB = ("actgui cannot open a window: Qt's X11 support needs {lib} (on Debian or Ubuntu: "
          "sudo apt install {package}); the command line works without it (actgui export --help).")


def display_problem() -> str | None:
    """One sentence saying why no window can open here, or None."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("WAYLAND_DISPLAY"):
        return None
    if not os.environ.get("DISPLAY"):
        return NO_DISPLAY
    return _xcb_problem()


def _xcb_problem() -> str | None:
    """Load Qt's X11 plugin the way Qt will, and name the system library it misses, if any.

    Qt itself would abort the process with a long plugin trace instead."""
    from PySide6.QtCore import QLibraryInfo

    plugins = QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)
    plugin = os.path.join(plugins, "platforms", "libqxcb.so")
    if not os.path.exists(plugin):
        return None
    try:
        ctypes.CDLL(plugin)
    except OSError as e:
        match = re.search(r"(lib[\w.+-]+\.so[.\d]*)", str(e))
        lib = match.group(1) if match else str(e)
        return NO_XCB.format(lib=lib, package=debian_package(lib))
    return None


def debian_package(soname: str) -> str:
    """Debian's package for a shared library: libxcb-icccm.so.4 -> libxcb-icccm4."""
    m = re.fullmatch(r"(lib[\w.+-]+?)\.so\.(\d+).*", soname)
    if not m:
        return soname
    name, major = m.groups()
    return f"{name}-{major}" if name[-1].isdigit() else f"{name}{major}"


def _quiet_offscreen(mode, context, message):
    """Qt's messages, less the offscreen plugin's note that it cannot resize windows."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def _silent(mode, context, message):
    """Qt's own messages are not for command-line users (a painter that could not start, a
    font it had to replace): actgui says what went wrong in one line."""


def make_app(argv=None, command_line: bool = False):
    from PySide6.QtCore import QSettings, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    if command_line:
        qInstallMessageHandler(_silent)
    elif os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen"):
        qInstallMessageHandler(_quiet_offscreen)
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("actgui")
    app.setOrganizationName("actgui")
    app.setDesktopFileName("actgui")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    app.setWindowIcon(app_icon())
    return app


def app_icon():
    """The icon at every size we ship; with the size given, Qt reads a file only when that size
    is drawn (without it, it opens all eight at start-up to read their sizes)."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    from .paths import icon_sizes, resource

    icon = QIcon()
    for size in icon_sizes():
        icon.addFile(str(resource(f"icons/actgui-{size}.png")), QSize(size, size))
    return icon


WELCOME_MS = 300


def run_gui(session_path: str | None = None, quit_after_first_paint: bool = False) -> int:
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.INFO, format="actgui: %(levelname)s: %(message)s")
    app = make_app()
    from .ui import i18n

    i18n.install(i18n.chosen_language())
    from PySide6.QtCore import QTimer

    from .ui.main_window import MainWindow, install_excepthook

    window = MainWindow(session_path=session_path)
    install_excepthook(window)
    viewport = window.canvas.view.viewport()
    after_first_paint(viewport, collect_from_now_on)
    if quit_after_first_paint:
        if sys.stdout:  # what smoke tests check: the menus, in the window's language
            print("menus", *(a.text() for a in window.menuBar().actions()), flush=True)
        quit_after_first_paint_of(viewport)
    else:  # a first start offers the lessons, once the window is up
        after_first_paint(viewport, lambda: QTimer.singleShot(WELCOME_MS, window.welcome))
    window.show()
    return app.exec()


def after_first_paint(widget, callback) -> None:
    """Call ``callback`` when the event loop next turns after ``widget``'s first paint, that is
    once the window's first frame is complete."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class _Watcher(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                widget.removeEventFilter(self)
                QTimer.singleShot(0, callback)
            return False

    watcher = _Watcher(widget)
    widget.installEventFilter(watcher)


def quit_after_first_paint_of(widget) -> None:
    """Quit the application once ``widget`` has painted (start-up benchmarks, smoke tests).

    The moment the first frame is complete is printed as ``first_frame_monotonic_s T``
    (``time.monotonic()``, a clock shared by all processes), so a benchmark can time process
    start to first frame without the process's teardown."""
    from PySide6.QtWidgets import QApplication

    def report_and_quit():
        if sys.stdout:  # None in a windowed Windows bundle
            print(f"first_frame_monotonic_s {time.monotonic():.6f}", flush=True)
        QApplication.quit()

    after_first_paint(widget, report_and_quit)
