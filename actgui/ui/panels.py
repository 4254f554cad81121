"""Panels bound to the session model: parameters, readout, formula and properties."""

from __future__ import annotations

import math

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.mathhtml import to_html
from .editors import Editor, NumberBox, editor_for
from .models import PARAMS_ROLE, SessionModel
from .numbers import number_text

DERIVATIVES = ("f", "f\u2032", "f\u2033")
READOUT_MS = 100  # while a parameter changes, readout values follow at most this often


class ParamPanel(QWidget):
    """Editors generated from the selected curve's parameter specs (one per parameter, picked by
    its kind from ``editors.EDITORS``); edits apply live."""

    def __init__(self, model: SessionModel, parent=None):
        super().__init__(parent)
        self.setObjectName("parameterPanel")
        self.model = model
        self.row: int | None = None
        self.editors: dict[str, Editor] = {}
        outer = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("parameterTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.form = QFormLayout()
        self.presets = QComboBox(objectName="parameterPresets")
        self.presets.setToolTip(self.tr("Set the parameters to a library's defaults"))
        self.presets.activated.connect(self._apply_preset)
        self.presets.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.presets.setMinimumContentsLength(14)
        self.reset = QPushButton(self.tr("&Reset to defaults"), objectName="parameterReset")
        self.reset.clicked.connect(self.reset_defaults)
        self.error = QLabel(objectName="parameterError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #c0392b")
        outer.addWidget(self.title)
        outer.addLayout(self.form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.presets, 1)
        buttons.addWidget(self.reset)
        outer.addLayout(buttons)
        outer.addWidget(self.error)
        outer.addStretch(1)
        model.dataChanged.connect(self._on_data_changed)
        self.set_row(None)

    def set_row(self, row: int | None):
        self.row = row
        while self.form.rowCount():
            self.form.removeRow(0)
        self.editors.clear()
        self.error.clear()
        self.presets.clear()
        if row is None or row >= self.model.rowCount():
            self.title.setText(self.tr("Select a curve to tune its parameters."))
            self.presets.setVisible(False)
            self.reset.setVisible(False)
            return
        act = self.model.curve(row).activation
        self.title.setText(f"{act.name} ({act.id})")  # the values are in the editors
        for p in act.params:
            editor = editor_for(p, lambda v, n=p.name: self._edit(n, v))
            editor.widget.setObjectName(f"param_{p.name}")
            editor.widget.setToolTip(p.description)
            self.editors[p.name] = editor
            label = QLabel(f"{p.name}:")
            label.setToolTip(p.description)
            label.setBuddy(editor.widget)
            self.form.addRow(label, editor.widget)
        if not act.params:
            self.form.addRow(QLabel(self.tr("This function has no parameters.")))
        self.presets.addItem(self.tr("Library defaults\u2026"))
        for eq in act.equivalents:
            if eq.params:
                self.presets.addItem(f"{eq.library}: {eq.call.split('.')[-1]} ({params_text(eq.params)})",
                                     dict(eq.params))
        self.presets.setVisible(self.presets.count() > 1)
        self.reset.setVisible(bool(act.params))
        self._load_values()

    def _load_values(self):
        params = self.model.curve(self.row).params
        for name, editor in self.editors.items():
            if editor.value() != params[name]:  # leave the editor being typed in alone
                editor.set_value(params[name])

    def _edit(self, name, value):
        try:
            self.model.document.set_param(self.row, name, value)
            self.error.setText("")  # unlike clear(), no repaint when already empty
        except ValueError as e:
            self.error.setText(str(e))

    def _apply_preset(self, index):
        params = self.presets.itemData(index)
        self.presets.setCurrentIndex(0)
        if params:
            current = self.model.curve(self.row).params
            self.model.document.set_curve(self.row, params={**current, **params})

    def reset_defaults(self):
        if self.row is not None:
            self.model.document.set_curve(self.row, params={})
            self.error.clear()

    def _on_data_changed(self, top, bottom, roles=()):
        if self.row is not None and PARAMS_ROLE in roles and top.row() <= self.row <= bottom.row():
            self._load_values()


class ReadoutPanel(QWidget):
    """f, f', f'' of every visible curve at the cursor's x or a typed x."""

    xTyped = Signal(float)

    def __init__(self, model: SessionModel, parent=None):
        super().__init__(parent)
        self.setObjectName("readoutPanel")
        self.model = model
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.x_box = NumberBox(objectName="readoutX")
        self.x_box.setRange(-1e300, 1e300)
        self.x_box.setDecimals(6)
        self.x_box.setSingleStep(0.1)
        self.x_box.setKeyboardTracking(True)
        self.x_box.valueChanged.connect(self._on_x_typed)
        label = QLabel(self.tr("&x ="))
        label.setBuddy(self.x_box)
        row.addWidget(label)
        row.addWidget(self.x_box, 1)
        layout.addLayout(row)
        self.table = QTableWidget(0, 4, objectName="readoutTable")
        self.table.setHorizontalHeaderLabels([self.tr("Curve"), *DERIVATIVES])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # labels elide, values stay
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table)
        self.x = 0.0
        self._dirty: set[int] = set()  # rows whose parameters changed since the last fill
        self._timer = QTimer(self, singleShot=True, interval=READOUT_MS)
        self._timer.timeout.connect(self._fill_dirty)
        for sig in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            sig.connect(self.refresh)
        model.dataChanged.connect(self._on_data_changed)
        self.refresh()

    def _on_x_typed(self, x):
        self.x = x
        self.refresh()
        self.xTyped.emit(x)

    def set_x(self, x: float):
        """Follow the cursor."""
        self.x = x
        with QSignalBlocker(self.x_box):
            self.x_box.setValue(x)
        self.refresh()

    def _visible(self):
        return self.model.session.visible

    def values(self) -> list[tuple[str, float, float, float]]:
        """(label, f, f', f'') of every visible curve at the readout's x."""
        labels = self.model.session.labels()
        return [(label, *(float(c.evaluate(self.x, k)) for k in range(3)))
                for label, c in zip(labels, self._visible(), strict=True)]

    def refresh(self, *_):
        """Every row: labels, swatches and values."""
        self._fill(range(len(self.model.session.curves)))

    def _fill(self, rows):
        session = self.model.session
        visible = [(row, c) for row, c in enumerate(session.curves) if c.visible]
        if self.table.rowCount() != len(visible):
            self.table.setRowCount(len(visible))
            for r in range(len(visible)):
                for k in range(4):
                    item = QTableWidgetItem()
                    if k:
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    self.table.setItem(r, k, item)
            rows = range(len(session.curves))
        rows = set(rows)
        for r, ((row, curve), label) in enumerate(zip(visible, session.labels(), strict=True)):
            name = self.table.item(r, 0)
            name.setText(label)  # twins' labels change together
            if row in rows:
                name.setData(Qt.ItemDataRole.DecorationRole, QColor(curve.color))
                for k in range(3):
                    self.table.item(r, k + 1).setText(number_text(float(curve.evaluate(self.x, k))))

    def _on_data_changed(self, top, bottom, roles=()):
        """Rows follow their curves within READOUT_MS: a spin box turning at 60 steps a second
        would otherwise repaint the table on every step, for numbers nobody can read that fast."""
        if Qt.ItemDataRole.CheckStateRole in roles or Qt.ItemDataRole.DecorationRole in roles:
            self.refresh()
            return
        if PARAMS_ROLE in roles:
            self._dirty.update(range(top.row(), bottom.row() + 1))
        if not self._timer.isActive():
            self._timer.start()

    def _fill_dirty(self):
        self._fill(self._dirty)
        self._dirty.clear()


def params_text(params) -> str:
    return ", ".join(f"{k}={v:g}" if isinstance(v, float) else f"{k}={v}"
                     for k, v in params.items())


def _equivalent_html(e) -> str:
    text = f"<b>{e.library}</b>: <code>{e.call}</code>"
    if e.params:
        text += f" ({params_text(e.params)})"
    if e.note:
        text += f" \u2014 {e.note}"
    return text


class InfoPanel(QTextBrowser):
    """The selected curve's formulas with its current values, properties and equivalents."""

    def __init__(self, model: SessionModel, parent=None):
        super().__init__(parent)
        self.setObjectName("formulaPanel")
        self.model = model
        self.row: int | None = None
        self.setOpenExternalLinks(False)
        self._timer = QTimer(self, singleShot=True, interval=80)  # typesetting is slow: coalesce
        self._timer.timeout.connect(self.refresh)
        model.dataChanged.connect(self._on_data_changed)
        self.set_row(None)

    def set_row(self, row: int | None):
        self.row = row
        self.refresh()

    def _on_data_changed(self, top, bottom, roles=()):
        if self.row is not None and PARAMS_ROLE in roles and top.row() <= self.row <= bottom.row():
            self._timer.start()

    def refresh(self):
        if self.row is None or self.row >= self.model.rowCount():
            self.setHtml(f"<p>{self.tr('Select a curve to see its formula and properties.')}</p>")
            return
        curve = self.model.curve(self.row)
        act, p = curve.activation, curve.params
        props = act.properties(p)
        yes, no = self.tr("yes"), self.tr("no")
        smooth = "C<sup>\u221e</sup>" if math.isinf(props.smoothness) else (
            self.tr("discontinuous") if props.smoothness < 0 else f"C<sup>{props.smoothness:g}</sup>")
        lo, hi = props.range
        brk = ", ".join(f"{b.kind} at x = {b.x:g}" for b in act.breakpoints_at(p)) or \
            self.tr("none")
        rows = [
            (self.tr("Range (inf \u2026 sup)"), f"{number_text(lo)} \u2026 {number_text(hi)}"),
            (self.tr("Monotonic"), yes if props.monotonic else no),
            (self.tr("Zero-centred (odd)"), yes if props.zero_centred else no),
            (self.tr("Smoothness"), smooth),
            (self.tr("Breakpoints"), brk),
            ("f(0)", number_text(props.f0)),
            ("f\u2032(0)", number_text(props.df0)),
        ]
        if act.kink_convention:
            rows.append((self.tr("At kinks"), act.kink_convention))
        eqs = "".join(f"<li>{_equivalent_html(e)}</li>" for e in act.equivalents) or \
            f"<li>{self.tr('none in PyTorch, Keras or JAX')}</li>"
        table = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows)
        math_style = "font-family:'STIX Two Math','Cambria Math','DejaVu Serif',serif;" \
                     "font-size:large; font-style:italic"
        self.setHtml(
            f"<h3>{act.name} <small>({act.family})</small></h3>"
            f"<p style=\"{math_style}\">f(x) = {to_html(act.latex('f', p))}</p>"
            f"<p style=\"{math_style}\">f\u2032(x) = {to_html(act.latex('df', p))}</p>"
            f"<p>{act.description}</p>"
            f"<table cellspacing='0' cellpadding='3'>{table}</table>"
            f"<h4>{self.tr('Library equivalents')}</h4><ul>{eqs}</ul>"
            f"<p><i>{act.reference}</i></p>")
