"""Light and dark palettes; "system" follows the desktop's colour scheme."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

_ROLES = QPalette.ColorRole
DARK = {
    _ROLES.Window: "#2b2b2e", _ROLES.WindowText: "#e6e6e6", _ROLES.Base: "#1f1f22",
    _ROLES.AlternateBase: "#2f2f33", _ROLES.ToolTipBase: "#2f2f33", _ROLES.ToolTipText: "#e6e6e6",
    _ROLES.Text: "#e6e6e6", _ROLES.Button: "#36363a", _ROLES.ButtonText: "#e6e6e6",
    _ROLES.BrightText: "#ff6b6b", _ROLES.Highlight: "#3d7bd9", _ROLES.HighlightedText: "#ffffff",
    _ROLES.Link: "#6ea8ff", _ROLES.PlaceholderText: "#8a8a8f",
}


def system_theme() -> str:
    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def apply_theme(theme: str) -> str:
    """Apply ``theme`` ("system", "light" or "dark") to the application; return light or dark."""
    resolved = system_theme() if theme == "system" else theme
    app = QApplication.instance()
    if app.style().name() != "fusion":  # setting it again would re-polish every widget
        app.setStyle("Fusion")
    palette = app.style().standardPalette()
    if resolved == "dark":
        for role, colour in DARK.items():
            palette.setColor(role, QColor(colour))
        palette.setColor(QPalette.ColorGroup.Disabled, _ROLES.Text, QColor("#77777c"))
        palette.setColor(QPalette.ColorGroup.Disabled, _ROLES.ButtonText, QColor("#77777c"))
        palette.setColor(QPalette.ColorGroup.Disabled, _ROLES.WindowText, QColor("#77777c"))
    app.setPalette(palette)
    return resolved
