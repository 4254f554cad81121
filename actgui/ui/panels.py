"""Panels bound to the session model: parameters, readout, formula and properties."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QFontInfo, QGuiApplication, QTextDocument
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

from ..core.mathhtml import escape
from .editors import Editor, NumberBox, editor_for
from .models import PARAMS_ROLE, SessionModel
from .numbers import number_text
from .worker import Worker

DERIVATIVES = ("f", "f\u2032", "f\u2033")
READOUT_MS = 100  # while a parameter changes, readout values follow at most this often
INFO_MS = 250  # and the formula panel once the value has rested this long


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
        self.title.setText(f"{catalog_text(act.name)} ({act.id})")  # the values are in the editors
        for p in act.params:
            editor = editor_for(p, lambda v, n=p.name: self._edit(n, v))
            editor.widget.setObjectName(f"param_{p.name}")
            editor.widget.setToolTip(catalog_text(p.description))
            self.editors[p.name] = editor
            label = QLabel(f"{p.name}:")
            label.setToolTip(catalog_text(p.description))
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


def catalog_text(text: str) -> str:
    """A text of the catalog (a name, a family, a description) in the window's language."""
    return QCoreApplication.translate("catalog", text) if text else ""


def _equivalent_html(e) -> str:
    text = f"<b>{escape(e.library)}</b>: <code>{escape(e.call)}</code>"
    if e.params:
        text += f" ({escape(params_text(e.params))})"
    if e.note:
        text += f" \u2014 {escape(catalog_text(e.note))}"
    return text


FORMULA_PT = 1.3  # formulas are typeset this many times the panel's font size


class InfoPanel(QTextBrowser):
    """The selected curve's formulas, typeset with their current values, its properties and its
    library equivalents. Typesetting (ziamath) runs in a worker thread: until a formula is ready
    its LaTeX stands in its place, and "Copy LaTeX" copies the source."""

    def __init__(self, model: SessionModel, parent=None):
        super().__init__(parent)
        self.setObjectName("formulaPanel")
        self.model = model
        self.row: int | None = None
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._on_anchor)
        self._timer = QTimer(self, singleShot=True, interval=INFO_MS)
        self._timer.timeout.connect(self.refresh)
        self._typeset: set[tuple] = set()  # formulas whose layout is ready (cached by mathrender)
        self._pending: set[tuple] = set()
        self._latex: dict[str, str] = {}
        self._shown = False  # typesetting waits for the panel's first frame: start-up stays quick
        self._worker = Worker("actgui-typeset")
        self._worker.signals.done.connect(self._on_typeset)
        self.destroyed.connect(self._worker.close)
        model.dataChanged.connect(self._on_data_changed)
        self.set_row(None)

    def set_row(self, row: int | None):
        self.row = row
        self.refresh()

    def _on_data_changed(self, top, bottom, roles=()):
        if self.row is not None and PARAMS_ROLE in roles and top.row() <= self.row <= bottom.row():
            self._timer.start()

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self._shown:
            self._shown = True
            QTimer.singleShot(0, self.refresh)

    def changeEvent(self, event):
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the formulas are drawn in the text colour
            self.refresh()

    def _formula(self, name: str, latex: str) -> str:
        """HTML for a formula: its typeset image if ready, else its LaTeX (and typeset it)."""
        from . import mathrender

        self._latex[name] = latex
        colour = self.palette().text().color().name()
        size = FORMULA_PT * QFontInfo(self.font()).pixelSize()
        key = (latex, colour, size)
        copy = f" <a href='copy:{name}'>{self.tr('Copy LaTeX')}</a>"
        if key in self._typeset:
            try:
                image = mathrender.render(latex, colour, size, self.devicePixelRatioF())
            except ValueError:
                self._typeset.discard(key)
            else:
                url = QUrl(f"formula:{name}")
                self.document().addResource(QTextDocument.ResourceType.ImageResource, url, image)
                return f"<p><img src='{url.toString()}'>{copy}</p>"
        elif key not in self._pending and self._shown:
            self._pending.add(key)
            self._worker.submit(key, lambda _job, key=key: mathrender.svg(*key))
        return f"<p><code>{escape(latex)}</code>{copy}</p>"

    def _on_typeset(self, key, _svg, error):
        self._pending.discard(key)
        if error is None:
            self._typeset.add(key)
            self.refresh()

    def _on_anchor(self, url: QUrl):
        if url.scheme() == "copy":
            QGuiApplication.clipboard().setText(self._latex.get(url.path(), ""))

    def refresh(self):
        from .mathrender import label_latex

        if self.row is None or self.row >= self.model.rowCount():
            self.setHtml(f"<p>{escape(self.tr('Select a curve to see its formula and properties.'))}</p>")
            return
        curve = self.model.curve(self.row)
        act, p = curve.activation, curve.params
        props = act.properties(p)
        yes, no = self.tr("yes"), self.tr("no")
        smooth = "C<sup>\u221e</sup>" if math.isinf(props.smoothness) else (
            self.tr("discontinuous") if props.smoothness < 0 else f"C<sup>{props.smoothness:g}</sup>")
        lo, hi = props.range
        kinds = {0: self.tr("jump"), 1: self.tr("kink")}
        brk = ", ".join(self.tr("{} at x = {}").format(
            kinds.get(b.order, self.tr("jump in f{}").format("\u2032" * b.order)), number_text(b.x))
            for b in curve.breakpoints) or self.tr("none")
        rows = [
            (self.tr("Range (inf \u2026 sup)"), f"{number_text(lo)} \u2026 {number_text(hi)}"),
            (self.tr("Monotonic"), yes if props.monotonic else no),
            (self.tr("Zero-centred (odd)"), yes if props.zero_centred else no),
            (self.tr("Smoothness"), smooth),
            (self.tr("Breakpoints"), escape(brk)),
            ("f(0)", number_text(props.f0)),
            ("f\u2032(0)", number_text(props.df0)),
        ]
        if act.kink_convention:
            rows.append((self.tr("At kinks"), escape(catalog_text(act.kink_convention))))
        eqs = "".join(f"<li>{_equivalent_html(e)}</li>" for e in act.equivalents) or \
            f"<li>{escape(self.tr('none in PyTorch, Keras or JAX'))}</li>"
        table = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{v}</td></tr>" for k, v in rows)
        self.setHtml(
            f"<h3>{escape(catalog_text(act.name))} <small>({escape(act.id)}, "
            f"{escape(catalog_text(act.family))})</small></h3>"
            + self._formula("f", f"{label_latex(0)} = {act.latex('f', p)}")
            + self._formula("df", f"{label_latex(1)} = {act.latex('df', p)}")
            + f"<p>{escape(catalog_text(act.description))}</p>"
            f"<table cellspacing='0' cellpadding='3'>{table}</table>"
            f"<h4>{escape(self.tr('Library equivalents'))}</h4><ul>{eqs}</ul>"
            f"<p><i>{escape(act.reference)}</i></p>")
