"""The editor of a typed formula: its text, name, colour and parameter specs, checked as typed.

The text goes through ``core.formula.parse`` (a whitelist of Python's expression syntax, never
evaluated); every free name but x becomes a parameter with a row of spin boxes here. The dialog
gives back the formula's data (``Formula.to_dict``), what a session stores.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from .editors import NumberBox

PARSE_MS = 300  # the text is parsed once typing rests this long
SPEC = ("default", "minimum", "maximum", "step")
EXAMPLES = "x*sigmoid(b*x)   where(x > 0, x, a*(exp(x) - 1))   x*tanh(softplus(x))   max(0, x)^p"


class FormulaDialog(QDialog):
    """Type a formula of x; ``formula()`` is its data once it parses, ``colour()`` its colour."""

    def __init__(self, parent=None, colour: str = "#0072b2", data: dict | None = None):
        super().__init__(parent)
        self.setObjectName("formulaDialog")
        self.setWindowTitle(self.tr("New function") if data is None else self.tr("Edit function"))
        self._formula = None
        self._colour = QColor(colour)
        self.text = QLineEdit(objectName="formulaText")
        self.text.setPlaceholderText("x*sigmoid(b*x)")
        self.text.setAccessibleName(self.tr("formula of x"))
        self.text.setToolTip(self.tr(
            "Arithmetic with ^ or ** as power; exp, log, log1p, expm1, sqrt, abs, sign, sin, cos, "
            "tan, tanh, arctan, erf, min, max, clip, where(cond, a, b), piecewise((a, cond), ...); "
            "pi and e; every catalog function by its id, e.g. softplus(x, beta=2). Any other name "
            "is a parameter."))
        self.name = QLineEdit(objectName="formulaName")
        self.name.setPlaceholderText(self.tr("(the formula itself)"))
        self.name.setMaxLength(100)
        self.colour_button = QPushButton(self.tr("C&olour\u2026"), objectName="formulaColour")
        self.colour_button.clicked.connect(self._choose_colour)
        self.status = QLabel(objectName="formulaStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 5, objectName="formulaParams")
        self.table.setHorizontalHeaderLabels([self.tr("Parameter"), self.tr("Default"),
                                              self.tr("Minimum"), self.tr("Maximum"), self.tr("Step")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        examples = QLabel(self.tr("Examples: {}").format(EXAMPLES))
        examples.setWordWrap(True)
        examples.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        for label, widget in ((self.tr("&f(x) ="), self.text), (self.tr("&Name:"), self.name)):
            buddy = QLabel(label)
            buddy.setBuddy(widget)
            form.addRow(buddy, widget)
        form.addRow("", self.colour_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(examples)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self, singleShot=True, interval=PARSE_MS)
        self._timer.timeout.connect(self.check)
        self.text.textChanged.connect(lambda _: self._timer.start())
        self.name.textChanged.connect(lambda _: self._timer.start())
        self._show_colour()
        self.resize(640, 420)
        if data is not None:
            self.text.setText(data["text"])
            self.name.setText(data["name"] if data["name"] != data["text"] else "")
            self.check(specs=data.get("params", {}))
        else:
            self.check()

    def _choose_colour(self):
        colour = QColorDialog.getColor(self._colour, self, self.tr("Function colour"))
        if colour.isValid():
            self._colour = colour
            self._show_colour()

    def _show_colour(self):
        self.colour_button.setStyleSheet(f"border-left: 12px solid {self._colour.name()};")

    def colour(self) -> str:
        return self._colour.name()

    def specs(self) -> dict[str, dict[str, float]]:
        """The parameter specs in the table: name -> default, minimum, maximum, step."""
        return {self.table.item(r, 0).text(): {k: self.table.cellWidget(r, 1 + i).value()
                                               for i, k in enumerate(SPEC)}
                for r in range(self.table.rowCount())}

    def check(self, specs: dict | None = None):
        """Parse the text (with the table's specs, or ``specs``); show what is wrong and where,
        or the parameters. The first formula loads sympy (about half a second)."""
        self._timer.stop()
        from ..core.formula import parse

        text = self.text.text()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if not text.strip():
            self._formula = None
            self.status.setText(self.tr("Type a formula of x."))
            ok.setEnabled(False)
            return
        given = self.specs() if specs is None else specs
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            names = parse(text).activation.params  # which parameters the text has
            kept = {p.name: given[p.name] for p in names if p.name in given}
            self._formula = parse(text, self.name.text().strip() or None, kept)
        except ValueError as e:
            self._formula = None
            column = getattr(e, "column", None)
            if column:
                self.status.setText(self.tr("Column {}: {}").format(column, e))
            else:
                self.status.setText(str(e))
            ok.setEnabled(False)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        params = self._formula.params
        self.status.setText(self.tr("f\u2032 and f\u2033 are exact. Parameters: {}").format(
            ", ".join(p.name for p in params) or self.tr("none")))
        self._fill(params)
        ok.setEnabled(True)

    def _fill(self, params):
        shown = [self.table.item(r, 0).text() for r in range(self.table.rowCount())]
        if shown == [p.name for p in params]:
            return  # the same parameters: the boxes already hold their specs
        self.table.setRowCount(len(params))
        for r, p in enumerate(params):
            name = QTableWidgetItem(p.name)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(r, 0, name)
            for i, key in enumerate(SPEC):
                box = NumberBox(objectName=f"formula_{p.name}_{key}")
                box.setRange(-1e6, 1e6)
                box.setDecimals(4)
                box.setValue(getattr(p, key))
                box.setKeyboardTracking(False)
                box.valueChanged.connect(lambda _: self._timer.start())
                self.table.setCellWidget(r, 1 + i, box)

    def formula(self) -> dict | None:
        """The formula's data (``Formula.to_dict``), or None while it does not parse."""
        return None if self._formula is None else self._formula.to_dict()

    def accept(self):
        self.check()
        if self._formula is not None:
            super().accept()
