"""Messages in dialogs: always plain text, so that a name from a file or a user (a session's
function name, a path) is shown as written and never rendered as markup."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def show_message(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str, name: str,
                 details: str | None = None) -> QMessageBox:
    """Open a non-blocking message box named ``name`` (for tests and UI automation)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(name)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if details:
        box.setDetailedText(details)
    box.open()
    return box
