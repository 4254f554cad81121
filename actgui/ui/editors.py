"""Editors for values: the number box every numeric field uses, and the one map from a
parameter's editor name (``actgui.core.params.Kind.editor``) to the widget that edits it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QLocale, QSignalBlocker, QTimer
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QSpinBox, QToolTip, QWidget

from ..core.params import Param
from .numbers import MINUS

HINT_MS = 3000


def _hint(box: QWidget, text: str) -> None:
    """Say, beside ``box``, why what was typed was not taken."""
    if box.hasFocus():
        QToolTip.showText(box.mapToGlobal(box.rect().bottomLeft()), text, box, box.rect(), HINT_MS)


def _plain(text: str) -> str:
    """What a user typed, as Qt's C locale reads numbers: "," and "." both decimal points, the
    typographic minus a minus."""
    return text.replace(",", ".").replace(MINUS, "-")


class NumberBox(QDoubleSpinBox):
    """A spin box for numbers written as the rest of the screen writes them (actgui.ui.numbers:
    "." and the typographic minus), that reads "." and "," alike (tutorials and papers write 0.1;
    a French keyboard types 0,1). What cannot be a number is refused with a hint beside the box,
    never dropped in silence."""

    def __init__(self, parent=None, **kw):
        super().__init__(parent, **kw)
        self.setLocale(QLocale.c())

    def validate(self, text, pos):
        state, _, _ = super().validate(_plain(text), pos)
        if state == QValidator.State.Invalid:
            QTimer.singleShot(0, lambda t=text: _hint(self, self.tr("Not a number: {}").format(t)))
        return state, text.replace(",", "."), pos

    def valueFromText(self, text):
        return super().valueFromText(_plain(text))

    def textFromValue(self, value):
        return super().textFromValue(value).replace("-", MINUS)


class IntBox(QSpinBox):
    def __init__(self, parent=None, **kw):
        super().__init__(parent, **kw)
        self.setLocale(QLocale.c())


@dataclass
class Editor:
    """A parameter's widget: ``value`` reads it, ``set_value`` shows a value without reporting
    it as an edit."""

    widget: QWidget
    value: Callable[[], Any]
    set_value: Callable[[Any], None]


def _quietly(widget, setter):
    def set_value(value):
        with QSignalBlocker(widget):
            setter(value)
    return set_value


def _number(p: Param, on_edit) -> Editor:
    box = NumberBox()
    box.setRange(p.minimum, p.maximum)
    box.setSingleStep(p.step)
    box.setDecimals(p.decimals)
    box.setKeyboardTracking(True)
    box.valueChanged.connect(on_edit)
    return Editor(box, box.value, _quietly(box, box.setValue))


def _integer(p: Param, on_edit) -> Editor:
    box = IntBox()
    box.setRange(int(p.minimum), int(p.maximum))
    box.setSingleStep(max(int(p.step), 1))
    box.setKeyboardTracking(True)
    box.valueChanged.connect(on_edit)
    return Editor(box, box.value, _quietly(box, box.setValue))


def _switch(p: Param, on_edit) -> Editor:
    box = QCheckBox()
    box.toggled.connect(on_edit)
    return Editor(box, box.isChecked, _quietly(box, box.setChecked))


def _list(p: Param, on_edit) -> Editor:
    box = QComboBox()
    box.addItems(list(p.choices))
    box.currentTextChanged.connect(on_edit)
    return Editor(box, box.currentText, _quietly(box, box.setCurrentText))


#: Editor name -> factory(param, on_edit) -> Editor.
EDITORS: dict[str, Callable[[Param, Callable[[Any], None]], Editor]] = {
    "number": _number, "integer": _integer, "switch": _switch, "list": _list,
}


def editor_for(p: Param, on_edit: Callable[[Any], None]) -> Editor:
    return EDITORS[p.spec_kind.editor](p, on_edit)
