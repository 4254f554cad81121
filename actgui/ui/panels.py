"""Panels bound to the session model: parameters, readout, formula and properties."""

from __future__ import annotations

import math
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QFontInfo, QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.mathhtml import escape
from ..core.session import DASHES, MAX_FAMILY, PANES, WIDTH, Compare, Family, Session, SessionError
from .editors import Editor, IntBox, NumberBox, editor_for
from .models import PARAMS_ROLE, STYLE_ROLE, SessionModel
from .numbers import number_text
from .worker import Worker

DERIVATIVES = ("f", "f\u2032", "f\u2033")
DIFFERENCE_DIGITS = 4  # in the differences' cells (tooltips and Copy numbers have all)
READOUT_DIGITS = 6  # in the readout's cells (their tooltips have 10): f, f', f'' fit beside the name
READOUT_MS = 100  # while a parameter changes, readout values follow at most this often
INFO_MS = 250  # and the formula panel once the value has rested this long
TYPESET_AFTER_MS = 200  # formulas are typeset this long after the panel is first painted


def fold(box: QGroupBox, open_: bool) -> None:
    """Show a checkable group's contents only while it is checked: folded, it is one line (and
    takes no more height than that, whatever stretch its layout gives it)."""
    for child in box.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        child.setVisible(open_)
    vertical = QSizePolicy.Policy.Preferred if open_ else QSizePolicy.Policy.Maximum
    box.setSizePolicy(box.sizePolicy().horizontalPolicy(), vertical)
    box.setFlat(not open_)  # no empty frame under the title


class SweepBox(QGroupBox):
    """Move one numeric parameter of the selected curve from one value to another: drawn as a
    family of curves (one entry in the list; "Expand" makes them curves of their own), or
    played over time (once, looping or back and forth: every pane, the readout and the teaching
    views follow). Folded to its title until opened."""

    def __init__(self, model: SessionModel, parent=None):
        super().__init__(self.tr("S&weep a parameter"), parent)
        self.setObjectName("sweepBox")
        self.setCheckable(True)
        self.setChecked(False)
        self.setToolTip(self.tr("Draw a family of curves, or play a parameter from one value to another"))
        self.model = model
        self.row: int | None = None
        self.player = None
        self.param = QComboBox(objectName="sweepParam")
        self.param.setAccessibleName(self.tr("parameter to sweep"))
        self.start, self.stop = NumberBox(objectName="sweepFrom"), NumberBox(objectName="sweepTo")
        self.family = QCheckBox(self.tr("&Draw as a family of"), objectName="sweepFamily")
        self.steps = IntBox(objectName="sweepSteps")
        self.steps.setRange(2, MAX_FAMILY)
        self.steps.setValue(7)
        self.steps.setSuffix(self.tr(" curves"))
        self.steps.setAccessibleName(self.tr("curves in the family"))
        self.log = QCheckBox(self.tr("&log steps"), objectName="sweepLog")
        self.expand = QPushButton(self.tr("E&xpand into curves"), objectName="sweepExpand")
        self.expand.setToolTip(self.tr("Replace the family by its curves, one entry each"))
        self.play = QPushButton(self.tr("\u25b6 &Play"), objectName="sweepPlay")
        self.play.setCheckable(True)
        self.play.setToolTip(self.tr("Play the parameter from one value to the other (Ctrl+Space)"))
        self.duration = NumberBox(objectName="sweepDuration")
        self.duration.setRange(0.2, 60.0)
        self.duration.setValue(3.0)
        self.duration.setDecimals(1)
        self.duration.setSuffix(" s")
        self.duration.setAccessibleName(self.tr("play time"))
        self.mode = QComboBox(objectName="sweepMode")
        self.mode.setAccessibleName(self.tr("how it plays"))
        for key, text in (("bounce", self.tr("back and forth")), ("loop", self.tr("looping")),
                          ("once", self.tr("once"))):
            self.mode.addItem(text, key)
        form = QFormLayout(self)
        for label, widget in ((self.tr("&Parameter:"), self.param), (self.tr("&From:"), self.start),
                              (self.tr("&To:"), self.stop)):
            form.addRow(label, widget)
        family = QHBoxLayout()
        for w in (self.family, self.steps, self.log):
            family.addWidget(w)
        form.addRow(family)
        form.addRow(self.expand)
        play = QHBoxLayout()
        for w in (self.play, self.duration, self.mode):
            play.addWidget(w)
        form.addRow(play)
        self.error = QLabel(objectName="sweepError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b")
        form.addRow(self.error)
        self.toggled.connect(lambda on: fold(self, on))
        fold(self, False)
        self.toggled.connect(lambda on: on or self._stop_family())
        self.param.activated.connect(self._on_param)
        for box in (self.start, self.stop):
            box.setKeyboardTracking(False)
            box.valueChanged.connect(self._apply)
        self.steps.setKeyboardTracking(False)
        self.steps.valueChanged.connect(self._apply)
        self.family.toggled.connect(self._apply)
        self.log.toggled.connect(self._apply)
        self.play.toggled.connect(self._on_play)
        self.expand.clicked.connect(lambda: self.model.document.expand_family(self.row))
        model.dataChanged.connect(self._on_data_changed)

    def numeric(self):
        act = self.model.curve(self.row).activation
        return [p for p in act.params if p.kind in ("float", "int")]

    def set_row(self, row: int | None):
        self.stop_playing()
        self.row = row
        params = [] if row is None else self.numeric()
        self.setVisible(bool(params))
        if not params:
            self.row = None  # nothing to sweep
            return
        with QSignalBlocker(self.param):
            self.param.clear()
            for p in params:
                self.param.addItem(p.name, p.name)
        self._load()

    def choose(self, name: str):
        """Sweep ``name`` (from its editor's play button): open, over the parameter's range."""
        with QSignalBlocker(self):
            self.setChecked(True)
        fold(self, True)
        if self.param.currentData() != name:
            self.param.setCurrentIndex(self.param.findData(name))
            self._on_param(self.param.currentIndex())

    def _on_param(self, _index):
        """A new parameter: sweep it over its own editor's range."""
        self.stop_playing()
        p = self.model.curve(self.row).activation.param(self.param.currentData())
        self._set_boxes(p, p.minimum, p.maximum)
        self._apply()

    def _set_boxes(self, p, start, stop):
        for box, value in ((self.start, start), (self.stop, stop)):
            with QSignalBlocker(box):
                box.setDecimals(0 if p.kind == "int" else p.decimals)
                box.setRange(p.minimum, p.maximum)
                box.setSingleStep(p.step)
                box.setValue(value)

    def _load(self):
        """The controls show the curve's family, or a sweep of the first parameter to start."""
        curve = self.model.curve(self.row)
        family = curve.family
        blockers = [QSignalBlocker(w) for w in (self, self.param, self.steps, self.log, self.family)]
        if family is not None:
            self.setChecked(True)
        fold(self, self.isChecked())
        self.family.setChecked(family is not None)
        name = family.param if family else (self.param.currentData() or self.param.itemData(0))
        self.param.setCurrentIndex(self.param.findData(name))
        p = curve.activation.param(name)
        if family is not None:
            self._set_boxes(p, family.start, family.stop)
            self.steps.setValue(family.steps)
            self.log.setChecked(family.scale == "log")
        elif self.start.maximum() != p.maximum or self.start.minimum() != p.minimum:
            self._set_boxes(p, p.minimum, p.maximum)
        del blockers
        self.expand.setEnabled(family is not None)

    def _stop_family(self):
        self.stop_playing()
        if self.row is not None and self.model.curve(self.row).family is not None:
            self.model.document.set_curve(self.row, family=None)

    def _apply(self, *_):
        if self.row is None or self.playing:
            return
        family = None
        if self.family.isChecked():
            try:
                family = Family(self.param.currentData(), self.start.value(), self.stop.value(),
                                self.steps.value(), "log" if self.log.isChecked() else "linear")
            except SessionError as e:
                self.error.setText(str(e))
                return
        try:
            self.model.document.set_curve(self.row, family=family)
            self.error.setText("")
        except SessionError as e:
            self.error.setText(str(e))
        self.expand.setEnabled(family is not None)

    # --- playing ------------------------------------------------------------------------------------
    @property
    def playing(self) -> bool:
        return self.player is not None and self.player.playing

    def toggle_play(self):
        self.play.setChecked(not self.play.isChecked())

    def _on_play(self, on: bool):
        if not on:
            if self.player is not None:
                self.player.pause()
            return
        if self.player is None or self.player.state in ("stopped", "ended"):
            from ..core.animation import Sweep
            from .animate import Player

            if self.family.isChecked():  # a family and a play of the same parameter cannot mix
                self.family.setChecked(False)
            try:
                sweep = Sweep.of(self.model.document.session, self.param.currentData(),
                                 self.start.value(), self.stop.value(), self.row,
                                 duration=self.duration.value(), mode=self.mode.currentData())
            except ValueError as e:
                self.error.setText(str(e))
                with QSignalBlocker(self.play):
                    self.play.setChecked(False)
                return
            self.player = Player(self.model.document, sweep, self)
            self.player.stateChanged.connect(self._on_player)
        self.error.setText("")
        self.player.play()

    def _on_player(self, state: str):
        with QSignalBlocker(self.play):
            self.play.setChecked(state == "playing")
        self.play.setText(self.tr("\u23f8 &Pause") if state == "playing" else self.tr("\u25b6 &Play"))

    def stop_playing(self):
        if self.player is not None:
            self.player.pause()
            self.player.deleteLater()
            self.player = None
        with QSignalBlocker(self.play):
            self.play.setChecked(False)
        self.play.setText(self.tr("\u25b6 &Play"))

    def _on_data_changed(self, top, bottom, roles=()):
        if (self.row is not None and PARAMS_ROLE in roles and top.row() <= self.row <= bottom.row()
                and not self.playing):
            self._load()


class LineBox(QWidget):
    """The selected curve's line: width and dash."""

    def __init__(self, model: SessionModel, parent=None):
        super().__init__(parent)
        self.setObjectName("lineBox")
        self.model = model
        self.row: int | None = None
        self.width = NumberBox(objectName="lineWidth")
        self.width.setRange(*WIDTH)
        self.width.setSingleStep(0.5)
        self.width.setDecimals(1)
        self.width.setSuffix(" px")
        self.width.setAccessibleName(self.tr("line width"))
        self.dash = QComboBox(objectName="lineDash")
        self.dash.setAccessibleName(self.tr("line style"))
        for key, text in zip(DASHES, (self.tr("solid"), self.tr("dashed"), self.tr("dotted")), strict=True):
            self.dash.addItem(text, key)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("L&ine:"))
        label.setBuddy(self.width)
        layout.addWidget(label)
        layout.addWidget(self.width, 1)
        layout.addWidget(self.dash, 1)
        self.width.valueChanged.connect(lambda v: self._set(width=v))
        self.dash.activated.connect(lambda _: self._set(dash=self.dash.currentData()))
        model.dataChanged.connect(self._on_data_changed)

    def set_row(self, row: int | None):
        self.row = row
        self.setVisible(row is not None)
        if row is not None:
            self._load()

    def _load(self):
        curve = self.model.curve(self.row)
        with QSignalBlocker(self.width), QSignalBlocker(self.dash):
            self.width.setValue(curve.width)
            self.dash.setCurrentIndex(self.dash.findData(curve.dash))

    def _set(self, **changes):
        if self.row is not None:
            self.model.document.set_curve(self.row, key=("line", self.row), **changes)

    def _on_data_changed(self, top, bottom, roles=()):
        if self.row is not None and STYLE_ROLE in roles and top.row() <= self.row <= bottom.row():
            self._load()


class ParamPanel(QWidget):
    """Editors generated from the selected curve's parameter specs (one per parameter, picked by
    its kind from ``editors.EDITORS``); edits apply live. Below them, the curve's sweep and line."""

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
        self.line = LineBox(model)
        self.sweep = SweepBox(model)
        outer.addWidget(self.line)
        outer.addWidget(self.sweep)
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
        if row is not None and row >= self.model.rowCount():
            row = self.row = None
        self.line.set_row(row)
        self.sweep.set_row(row)
        if row is None:
            self.title.setText(self.tr("Select a curve to tune its parameters."))
            self.presets.setVisible(False)
            self.reset.setVisible(False)
            return
        act = self.model.curve(row).activation
        self.title.setText(f"{catalog_text(act.name)} ({act.id})")  # the values are in the editors
        chain = [self.title]
        for p in act.params:
            editor = editor_for(p, lambda v, n=p.name: self._edit(n, v))
            editor.widget.setObjectName(f"param_{p.name}")
            editor.widget.setToolTip(catalog_text(p.description))
            editor.widget.setAccessibleDescription(catalog_text(p.description))
            self.editors[p.name] = editor
            label = QLabel(f"{p.name}:")
            label.setToolTip(catalog_text(p.description))
            label.setBuddy(editor.widget)
            chain.append(editor.widget)
            if p.kind in ("float", "int"):
                play = QToolButton(objectName=f"play_{p.name}", text="\u25b6")
                play.setToolTip(self.tr("Play {} from one value to another").format(p.name))
                play.setAccessibleName(self.tr("play {}").format(p.name))
                play.clicked.connect(lambda _=False, n=p.name: self.play(n))
                row = QHBoxLayout()
                row.addWidget(editor.widget, 1)
                row.addWidget(play)
                chain.append(play)
                self.form.addRow(label, row)
            else:
                self.form.addRow(label, editor.widget)
        anchor = self.presets.previousInFocusChain()  # the last control before this panel
        while not anchor.focusPolicy() & Qt.FocusPolicy.TabFocus and anchor is not self.window():
            anchor = anchor.previousInFocusChain()
        chain = [anchor, *chain[1:], self.presets]
        for a, b in pairwise(chain):  # editors made later still come first when tabbing
            QWidget.setTabOrder(a, b)
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

    def play(self, name: str | None = None):
        """Play or pause parameter ``name`` (default: the one whose editor has focus, else the
        sweep's)."""
        if self.row is None:
            return
        focused = next((n for n, e in self.editors.items() if e.widget.hasFocus()), None)
        name = name or focused
        if name is not None and name != self.sweep.param.currentData():
            self.sweep.stop_playing()
        if name is not None and name in {p.name for p in self.sweep.numeric()}:
            self.sweep.choose(name)
        if self.sweep.isVisible():
            self.sweep.setChecked(True)
            self.sweep.toggle_play()

    def _load_values(self):
        curve = self.model.curve(self.row)
        swept = curve.family.param if curve.family else None
        for name, editor in self.editors.items():
            if editor.value() != curve.params[name]:  # leave the editor being typed in alone
                editor.set_value(curve.params[name])
            editor.widget.setEnabled(name != swept)  # the sweep sets it

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


class DifferencePanel(QGroupBox):
    """The difference view, switched on and set here (reference, which curves, absolute or
    relative), and its numbers: for each compared curve and order shown, the largest |b - a| and
    relative difference over the x-range and where (:func:`actgui.core.compare.compare`, in a
    worker thread), copyable as text."""

    def __init__(self, model: SessionModel, parent=None):
        super().__init__(self.tr("&Differences"), parent)
        self.setObjectName("differencePanel")
        self.setCheckable(True)
        self.setToolTip(self.tr("Draw curves as their difference from a reference curve"))
        self.model = model
        self.differences: list = []
        self.reference = QComboBox(objectName="differenceReference")
        self.target = QComboBox(objectName="differenceTarget")
        self.relative = QCheckBox(self.tr("&Relative: |b \u2212 a| / |a|"), objectName="differenceRelative")
        self.table = QTableWidget(0, 5, objectName="differenceTable")
        self.table.setTabKeyNavigation(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setAccessibleName(self.tr("largest differences"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Curve"), self.tr("max |b \u2212 a|"), self.tr("at x"), self.tr("max relative"),
             self.tr("at x")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # the name keeps room for its order and a few letters (all of it in its tooltip); the
        # numbers their width: a narrow dock scrolls sideways
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 14 * self.table.fontMetrics().averageCharWidth())
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)  # compact
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.copy = QPushButton(self.tr("Cop&y numbers"), objectName="differenceCopy")
        self.copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.text()))
        form = QFormLayout(self)
        form.addRow(self.tr("Re&ference:"), self.reference)
        form.addRow(self.tr("C&ompare:"), self.target)
        form.addRow(self.relative)
        form.addRow(self.table)
        form.addRow(self.copy)
        self.toggled.connect(lambda on: fold(self, on))
        self.toggled.connect(self._on_controls)
        self.reference.activated.connect(self._on_controls)
        self.target.activated.connect(self._on_controls)
        self.relative.toggled.connect(self._on_controls)
        self._generation = 0
        self._worker = Worker("actgui-compare")
        self._worker.signals.done.connect(self._on_done)
        self.destroyed.connect(self._worker.close)
        self._timer = QTimer(self, singleShot=True, interval=INFO_MS)
        self._timer.timeout.connect(self._compute)
        self._relabel_timer = QTimer(self, singleShot=True, interval=INFO_MS)
        self._relabel_timer.timeout.connect(self._sync)
        for sig in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            sig.connect(self._sync)
        model.dataChanged.connect(self._on_data_changed)
        model.fieldChanged.connect(self._on_field)
        self._sync()

    def _sync(self, *_):
        """The controls show the session's difference view; the numbers follow soon."""
        s = self.model.session
        labels = s.labels(s.curves)
        blockers = [QSignalBlocker(w) for w in (self, self.reference, self.target, self.relative)]
        self.reference.clear()
        self.target.clear()
        self.target.addItem(self.tr("every other curve"), None)
        for row, label in enumerate(labels):
            self.reference.addItem(label, row)
            self.target.addItem(label, row)
        compare = s.compare
        self.setChecked(compare is not None)
        fold(self, compare is not None)
        if compare is not None:
            self.reference.setCurrentIndex(compare.reference)
            self.target.setCurrentIndex(self.target.findData(compare.target))
            self.relative.setChecked(compare.mode == "rel")
        del blockers
        self.setEnabled(len(labels) >= 2)
        self._timer.start()

    def _on_controls(self, *_):
        if not self.isChecked() or self.reference.count() < 2:
            self.model.document.set(compare=None)
            return
        reference, target = self.reference.currentData(), self.target.currentData()
        if target == reference:
            target = None
        mode = "rel" if self.relative.isChecked() else "abs"
        self.model.document.set(compare=Compare(reference, mode, target))

    def _on_field(self, name):
        if name == "compare":
            self._sync()
        elif name in ("x_range", "panes"):
            self._timer.start()

    def _on_data_changed(self, top, bottom, roles=()):
        if Qt.ItemDataRole.DisplayRole in roles and self.model.session.compare is not None:
            self._relabel_timer.start()  # names in the combos, soon (labels change as values do)
        if PARAMS_ROLE in roles or Qt.ItemDataRole.CheckStateRole in roles:
            self._timer.start()

    def pairs(self):
        """(reference curve, its label, [(label, curve)] compared) of the difference view."""
        s = self.model.session
        compare = s.compare
        if compare is None:
            return None
        labels = s.labels(s.curves)
        compared = []
        for row, curve in enumerate(s.curves):
            if row == compare.reference or compare.target not in (None, row) or not curve.visible:
                continue
            members = curve.members()
            names = [labels[row]] if len(members) == 1 else [
                label for label, _ in Session(curves=(curve,)).drawn()]
            compared += zip(names, members, strict=True)
        return s.curves[compare.reference].members()[0], labels[compare.reference], compared

    def _compute(self):
        from ..core.compare import compare

        self._generation += 1
        pairs = self.pairs()
        if pairs is None or not pairs[2]:
            self._show([])
            return
        reference, name, compared = pairs
        s = self.model.session
        orders = [PANES.index(p) for p in s.panes]
        curves = [reference, *(c for _, c in compared)]
        names = [name, *(label for label, _ in compared)]
        x_range = s.x_range
        self._worker.submit(self._generation,
                            lambda _job: compare(curves, x_range, orders, names))

    def _on_done(self, key, result, error):
        if key == self._generation:
            self._show([] if error is not None else result)

    def _show(self, differences):
        self.differences = differences
        self.table.setRowCount(len(differences))
        for r, d in enumerate(differences):
            name = f"{DERIVATIVES[d.order]}  {d.b_label}"  # the order first: the name may elide
            values = (d.max_abs, d.x_abs, d.max_rel, d.x_rel)
            self.table.setItem(r, 0, QTableWidgetItem(name))
            self.table.item(r, 0).setToolTip(name)
            for k, v in enumerate(values, start=1):
                text = number_text(v, DIFFERENCE_DIGITS)
                item = QTableWidgetItem(self.tr("unbounded (a = 0)") if k == 3 and d.pole else text)
                item.setToolTip(number_text(v))  # every digit
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, k, item)
        self.copy.setEnabled(bool(differences))

    def text(self) -> str:
        """The numbers as the command line's ``actgui compare`` prints them."""
        from ..core.compare import format_text

        return format_text(self.differences)


class ReadoutPanel(QWidget):
    """f, f', f'' of every visible curve at the cursor's x or a typed x; below, the differences."""

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
        self.x_box.setAccessibleName(self.tr("x of the readout"))
        self.x_box.valueChanged.connect(self._on_x_typed)
        label = QLabel(self.tr("&x ="))
        label.setBuddy(self.x_box)
        row.addWidget(label)
        row.addWidget(self.x_box, 1)
        layout.addLayout(row)
        self.table = QTableWidget(0, 4, objectName="readoutTable")
        self.table.setHorizontalHeaderLabels([self.tr("Curve"), *DERIVATIVES])
        self.table.setAccessibleName(self.tr("values at x"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # labels elide, values stay
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # twins differ at the end
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table instead of cycling its cells
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        self.differences = DifferencePanel(model)
        layout.addWidget(self.differences, 2)  # opened, its rows (3 per curve) get the more room
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
            name.setToolTip(label)
            if row in rows:
                name.setData(Qt.ItemDataRole.DecorationRole, QColor(curve.color))
                for k in range(3):
                    value = float(curve.evaluate(self.x, k))
                    cell = self.table.item(r, k + 1)
                    cell.setText(number_text(value, READOUT_DIGITS))
                    cell.setToolTip(number_text(value))

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
        self.setAccessibleName(self.tr("formula and properties"))
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
        self._starting = False
        self._worker = Worker("actgui-typeset")
        self._worker.signals.done.connect(self._on_typeset)
        self.destroyed.connect(self._worker.close)
        model.dataChanged.connect(self._on_data_changed)
        model.fieldChanged.connect(lambda name: name == "dots" and self.refresh())
        self.set_row(None)

    def set_row(self, row: int | None):
        self.row = row
        self.refresh()

    def _on_data_changed(self, top, bottom, roles=()):
        if self.row is not None and PARAMS_ROLE in roles and top.row() <= self.row <= bottom.row():
            self._timer.start()

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self._shown and not self._starting:
            self._starting = True  # the typesetter loads once the window's first frame is out
            QTimer.singleShot(TYPESET_AFTER_MS, self._start_typesetting)

    def _start_typesetting(self):
        self._shown = True
        self.refresh()

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
        copy_text = self.tr("Copy LaTeX")
        copy = f" <a href='copy:{name}'>{escape(copy_text)}</a>"
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
            hint = self.tr("Select a curve to see its formula and properties.")
            self.setHtml(f"<p>{escape(hint)}</p>")
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
            note = catalog_text(act.kink_convention)
            if curve.breakpoints and self.model.session.dots:
                note += " " + self.tr("On the canvas, a filled dot is the value taken at the point, "
                                      "an open dot a one-sided limit, a diamond a kink of f and an "
                                      "arrow an impulse (the derivative of a jump).")
            rows.append((self.tr("At kinks"), escape(note)))
        nothing = self.tr("none in PyTorch, Keras or JAX")
        equivalents = self.tr("Library equivalents")
        eqs = "".join(f"<li>{_equivalent_html(e)}</li>" for e in act.equivalents) or \
            f"<li>{escape(nothing)}</li>"
        table = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{v}</td></tr>" for k, v in rows)
        self.setHtml(
            f"<h3>{escape(catalog_text(act.name))} <small>({escape(act.id)}, "
            f"{escape(catalog_text(act.family))})</small></h3>"
            + self._formula("f", f"{label_latex(0)} = {act.latex('f', p)}")
            + self._formula("df", f"{label_latex(1)} = {act.latex('df', p)}")
            + f"<p>{escape(catalog_text(act.description))}</p>"
            f"<table cellspacing='0' cellpadding='3'>{table}</table>"
            f"<h4>{escape(equivalents)}</h4><ul>{eqs}</ul>"
            f"<p><i>{escape(act.reference)}</i></p>")
