"""The main window: checklist and curves on the left, canvas in the centre, panels on the right."""

from __future__ import annotations

import json
import logging
import sys
import traceback
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QProcess, QRect, QSettings, QSignalBlocker, Qt, QTimer, qVersion
from PySide6.QtGui import QAction, QActionGroup, QColor, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..core.mathhtml import escape
from ..core.session import (
    FORMULA,
    PANES,
    Compare,
    Document,
    Session,
    SessionError,
    clamp_range,
    load,
    plain_data,
    read_json,
)
from . import i18n
from .canvas import Canvas
from .editors import NumberBox
from .messages import show_message
from .models import ID_ROLE, NEW_FUNCTION, CatalogFilter, CatalogModel, SessionModel
from .panels import InfoPanel, ParamPanel, ReadoutPanel
from .theme import apply_theme
from .views import VIEWS

if TYPE_CHECKING:
    from .export_dialog import ExportDialog
    from .formula_dialog import FormulaDialog

log = logging.getLogger("actgui")
SETTINGS_SESSION = "session/json"
FIRST_SIZE = (1400, 860)
#: Presentation on a 1920x1080 projector read from the back of a room: 20 pt text is about 27
#: px, 2.5 % of the height (a slide's body text); curves 2.5 times as thick (5 px at the default
#: 2 px), marks and the legend with them.
PRESENTATION_PT, PRESENTATION_LINES = 20.0, 2.5
SETTINGS_FORMULAS = "session/formulas"  # the typed formulas of My functions, as JSON
SETTINGS_WELCOMED = "session/welcomed"  # the first start's welcome was shown
MAX_REMEMBERED = 100
AUTO_Y_MS = 100


class MainWindow(QMainWindow):
    def __init__(self, session: Session | None = None, settings: QSettings | None = None,
                 session_path: str | None = None):
        """``session``, else the one in ``session_path``, else the remembered one."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("actgui")
        self.settings = settings if settings is not None else QSettings()
        problem = None
        if session is None and session_path is not None:
            session, problem = self._read_session(session_path)
        if session is None:
            session, remembered_problem = self._restore_session()
            problem = problem or remembered_problem
        self.document = Document(session)
        self.model = SessionModel(self.document, self)
        self._theme = apply_theme(session.theme)  # before the widgets, so each is polished once
        self.canvas = Canvas(self.model, theme=self._theme)
        self.tabs = QTabWidget(objectName="viewTabs")
        self.tabs.setAccessibleName(self.tr("views"))
        self.tabs.addTab(self.canvas, self.tr("Curves"))
        self._teaching: dict[str, QWidget] = {}
        for name, cls in VIEWS.items():  # each built when first shown: start-up near the floor
            self.tabs.addTab(QWidget(objectName=f"{name}Placeholder"),
                             QCoreApplication.translate("views", cls.title))
        self.tabs.currentChanged.connect(self._on_tab)
        self.setCentralWidget(self.tabs)
        self._build_left_dock()
        self._build_right_docks()
        self._build_range_toolbar()
        self._build_menus()
        self.canvas.cursorMoved.connect(self.readout.set_x)
        self.canvas.rangeClamped.connect(self._on_range_clamped)
        self.canvas.exportPane.connect(lambda panes: self.open_export(panes))
        self.canvas.copyPane.connect(lambda panes: self.copy_image(panes))
        self.readout.xTyped.connect(self.canvas.set_cursor)
        self.model.fieldChanged.connect(self._on_field)
        self.lessons_dock = None
        first_start = not self._restore_geometry()
        if first_start:
            self._fit_to_screen()
        self._clamp_to_screen()
        self._clamped_shown = False
        self._opened_a_file = session_path is not None  # a first start then keeps it on screen
        self.theme_actions[session.theme].setChecked(True)
        self._presenting = False
        for name in ("x_range", "y_ranges", "panes", "layout", "dots", "compare", "grid", "presentation"):
            self._on_field(name)
        if self.model.rowCount():
            self.curve_list.setCurrentIndex(self.model.index(0))
        if problem:
            self.show_problem(problem)

    # --- building ----------------------------------------------------------------------------------
    def _build_left_dock(self):
        self.catalog = CatalogModel(self.model, self)
        self.catalog_filter = CatalogFilter(self)
        self.catalog_filter.setSourceModel(self.catalog)
        self.search = QLineEdit(objectName="searchBox")
        self.search.setPlaceholderText(self.tr("Search functions (name or alias)\u2026"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("search functions"))
        self.search.textChanged.connect(self._on_search)
        self.tree = QTreeView(objectName="functionTree")
        self.tree.setUniformRowHeights(True)
        self.tree.setModel(self.catalog_filter)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("functions: tick one to draw it"))
        self.tree.expandAll()
        self.tree.activated.connect(self._on_tree_activated)
        self._restore_formulas()

        self.curve_list = QListView(objectName="curveList")
        self.curve_list.setModel(self.model)
        self.curve_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.curve_list.setAccessibleName(self.tr("curves drawn"))
        self.curve_list.selectionModel().currentChanged.connect(self._on_current_curve)
        # Rows shift or vanish without currentChanged: show whatever is current afterwards (a
        # curve, while there is one).
        for sig in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            sig.connect(self._keep_current)
        self.curve_list.doubleClicked.connect(lambda idx: self.choose_colour(idx.row()))
        add = QPushButton(self.tr("Add &copy"), objectName="addCopyButton")
        add.setToolTip(self.tr("Add another curve of the selected function, to compare parameters"))
        add.clicked.connect(self.add_copy)
        remove = QPushButton(self.tr("Re&move"), objectName="removeCurveButton")
        remove.clicked.connect(self.remove_current)
        colour = QPushButton(self.tr("Co&lour\u2026"), objectName="colourButton")
        colour.clicked.connect(lambda: self.choose_colour(self.current_row()))
        buttons = QHBoxLayout()
        for b in (add, remove, colour):
            buttons.addWidget(b)

        self.no_match = QLabel(objectName="noMatch")
        self.no_match.setWordWrap(True)
        self.no_match.setTextFormat(Qt.TextFormat.PlainText)
        self.no_match.setVisible(False)
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.addWidget(self.search)
        layout.addWidget(self.no_match)
        layout.addWidget(self.tree, 3)
        layout.addWidget(QLabel(self.tr("<b>Curves</b> (tick to show, double-click to recolour)")))
        layout.addWidget(self.curve_list, 2)
        layout.addLayout(buttons)
        self.functions_dock = self._dock(self.tr("Functions"), "functionsDock", panel,
                                         Qt.DockWidgetArea.LeftDockWidgetArea)

    def _build_right_docks(self):
        self.params = ParamPanel(self.model)
        self.readout = ReadoutPanel(self.model)
        self.info = InfoPanel(self.model)
        right = Qt.DockWidgetArea.RightDockWidgetArea
        self.params_dock = self._dock(self.tr("Parameters"), "parametersDock", self.params, right)
        self.readout_dock = self._dock(self.tr("Readout"), "readoutDock", self.readout, right)
        self.info_dock = self._dock(self.tr("Formula && properties"), "formulaDock", self.info,
                                    right)

    def _dock(self, title, name, widget, area) -> QDockWidget:
        dock = QDockWidget(title, self, objectName=name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_range_toolbar(self):
        bar = self.range_bar = QToolBar(self.tr("Ranges"), self, objectName="rangeToolbar")
        self.addToolBar(bar)

        def spin(name, tip):
            box = NumberBox(objectName=name)
            box.setRange(-1e6, 1e6)
            box.setDecimals(3)
            box.setKeyboardTracking(False)
            box.setToolTip(tip)
            return box

        self.x_min = spin("xMin", self.tr("left end of x"))
        self.x_max = spin("xMax", self.tr("right end of x"))
        self.y_pane = QComboBox(objectName="yPane")
        for pane, text in zip(PANES, ("f", "f\u2032", "f\u2033"), strict=True):
            self.y_pane.addItem(text, pane)
        self.y_pane.setToolTip(self.tr("the pane whose y-range the next boxes show and set"))
        self.y_pane.setAccessibleName(self.tr("pane of the y-range"))
        self.y_pane.currentIndexChanged.connect(lambda _: self._on_field("y_ranges"))
        self.y_auto = QCheckBox(self.tr("y &auto"), objectName="yAuto")
        self.y_min = spin("yMin", self.tr("bottom of the chosen pane"))
        self.y_max = spin("yMax", self.tr("top of the chosen pane"))
        for w, text in ((self.x_min, self.tr("x from")), (self.x_max, self.tr("to")),
                        (self.y_pane, self.tr("y of")), (self.y_auto, None),
                        (self.y_min, self.tr("from")), (self.y_max, self.tr("to"))):
            if text:
                label = QLabel(f" {text} ")
                label.setBuddy(w)
                bar.addWidget(label)
            bar.addWidget(w)
        for box in (self.x_min, self.x_max):
            box.valueChanged.connect(self._on_x_controls)
        for box in (self.y_min, self.y_max):
            box.valueChanged.connect(self._on_y_controls)
        self.y_auto.toggled.connect(self._on_y_controls)
        # While y is automatic its boxes show the pane's range, which follows the curves: at
        # most every AUTO_Y_MS, not on every step of a turning spin box.
        self._auto_y_timer = QTimer(self, singleShot=True, interval=AUTO_Y_MS)
        self._auto_y_timer.timeout.connect(self._show_auto_y)
        self.canvas.yRangeChanged.connect(self._auto_y_timer.start)

    def _build_menus(self):
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        self.export_action = self._action(file, self.tr("&Export\u2026"), self.open_export, "Ctrl+E")
        self.copy_action = self._action(file, self.tr("&Copy image"), self.copy_image, "Ctrl+Shift+C")
        self.export_action.setToolTip(self.tr("Save the figure as PNG, SVG or PDF, or the numbers as CSV"))
        self.range_bar.addSeparator()
        self.range_bar.addAction(self.export_action)
        self.range_bar.addAction(self.copy_action)
        file.addSeparator()
        self._action(file, self.tr("&Open session\u2026"), self.open_session, QKeySequence.StandardKey.Open)
        self._action(file, self.tr("&Save session\u2026"), self.save_session, QKeySequence.StandardKey.Save)
        file.addSeparator()
        self._action(file, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self._action(edit, self.tr("&Undo"), self.document.undo,
                                        QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(edit, self.tr("&Redo"), self.document.redo,
                                        QKeySequence.StandardKey.Redo)
        edit.addSeparator()
        self._action(edit, self.tr("&Find a function"), self.focus_search, QKeySequence.StandardKey.Find)
        self.remove_action = self._action(edit, self.tr("Re&move the selected curve"), self.remove_current,
                                          QKeySequence.StandardKey.Delete)
        self._action(edit, self.tr("&Play or pause the parameter"), lambda: self.params.play(), "Ctrl+Space")
        edit.addSeparator()
        self._action(edit, self.tr("&New function\u2026"), self.new_function, QKeySequence.StandardKey.New)
        self.edit_formula_action = self._action(edit, self.tr("Edit &formula\u2026"),
                                                self.edit_function, "Ctrl+Shift+F")
        self.model.historyChanged.connect(self._on_history)
        self._on_history()

        view = self.view_menu = bar.addMenu(self.tr("&View"))
        self.pane_actions = {}
        for pane, text, key in (("df", self.tr("Show the &first derivative f\u2032"), "Ctrl+2"),
                                ("d2f", self.tr("Show the &second derivative f\u2033"), "Ctrl+3")):
            act = self._action(view, text, lambda on, p=pane: self.set_pane(p, on), key)
            act.setCheckable(True)
            self.pane_actions[pane] = act
        self.overlay_action = self._action(
            view, self.tr("&Overlay f and its derivatives"),
            lambda on: self.document.set(layout="overlay" if on else "panes"), "Ctrl+L")
        self.overlay_action.setToolTip(self.tr("f, f\u2032 and f\u2033 on one pair of axes, the "
                                               "derivatives dashed, as tutorials draw them"))
        self.grid_action = self._action(view, self.tr("&Grid"),
                                        lambda on: self.document.set(grid=on), "Ctrl+G")
        self.dots_action = self._action(view, self.tr("&Dots at jumps"),
                                        lambda on: self.document.set(dots=on), "Ctrl+J")
        self.dots_action.setToolTip(self.tr("Filled dot: the value actgui takes at the point; "
                                            "open dot: a one-sided limit"))
        for act in (self.overlay_action, self.grid_action, self.dots_action):
            act.setCheckable(True)
        view.addSeparator()
        self.difference_action = self._action(view, self.tr("Di&fference from the selected curve"),
                                              self.set_difference, "Ctrl+D")
        self.relative_action = self._action(view, self.tr("&Relative difference"),
                                            self.set_relative, "Ctrl+Shift+D")
        for act in (self.difference_action, self.relative_action):
            act.setCheckable(True)
        theme_menu = view.addMenu(self.tr("&Theme"))
        group = QActionGroup(self)
        self.theme_actions = {}
        for theme, text in (("system", self.tr("Follow the &system")), ("light", self.tr("&Light")),
                            ("dark", self.tr("&Dark"))):
            act = self._action(theme_menu, text, lambda _=False, t=theme: self.set_theme(t))
            act.setCheckable(True)
            group.addAction(act)
            self.theme_actions[theme] = act
        language_menu = view.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        chosen = str(self.settings.value(i18n.SETTING, "system"))
        for key, name in i18n.language_names().items():
            act = self._action(language_menu, name, lambda _=False, k=key: self.set_language(k))
            act.setCheckable(True)
            act.setChecked(key == chosen or (key == "system" and chosen not in i18n.LANGUAGES))
            group.addAction(act)
        view.addSeparator()
        self._action(view, self.tr("&Reset view"), self.canvas.reset_view, "Ctrl+0")
        self.presentation_action = self._action(view, self.tr("&Presentation"), self.set_presentation, "F5")
        self.presentation_action.setCheckable(True)
        self.presentation_action.setToolTip(self.tr("Full screen, large text and thick lines for a "
                                                    "lecture hall; Esc leaves"))
        self.leave_action = QAction(self)
        self.leave_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.leave_action.triggered.connect(lambda: self.set_presentation(False))
        self.leave_action.setEnabled(False)
        self.addAction(self.leave_action)
        view.addSeparator()
        for dock in (self.functions_dock, self.params_dock, self.readout_dock, self.info_dock):
            view.addAction(dock.toggleViewAction())

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Lessons"), self.open_lessons, QKeySequence.StandardKey.HelpContents)
        self._action(help_menu, self.tr("&About actgui"), self.about)

    def _action(self, menu, text, slot, shortcut=None) -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            act.triggered.connect(slot)
        menu.addAction(act)
        return act

    def _on_history(self):
        """The Edit menu says what undo and redo would do."""
        for action, label, text in ((self.undo_action, self.document.undo_label, self.tr("&Undo {}")),
                                    (self.redo_action, self.document.redo_label, self.tr("&Redo {}"))):
            action.setEnabled(label is not None)
            if label is not None:
                what, args = label
                action.setText(text.format(QCoreApplication.translate("undo", what).format(*args)))
            else:
                action.setText(text.format("").strip())

    # --- curves ------------------------------------------------------------------------------------
    def current_row(self) -> int | None:
        idx = self.curve_list.currentIndex()
        return idx.row() if idx.isValid() else None

    def _on_current_curve(self, current, _previous):
        row = current.row() if current.isValid() else None
        self.params.set_row(row)
        self.info.set_row(row)
        self.edit_formula_action.setEnabled(row is not None and self.model.curve(row).formula is not None)

    # --- typed formulas ------------------------------------------------------------------------------
    def _on_tree_activated(self, index):
        if index.data(ID_ROLE) == NEW_FUNCTION:
            self.new_function()

    def new_function(self) -> FormulaDialog:
        """Open the formula editor; on OK, the formula joins My functions and is drawn."""
        from .formula_dialog import FormulaDialog

        dialog = FormulaDialog(self, self.model.session.next_color())
        dialog.accepted.connect(lambda: self._add_formula(dialog.formula(), dialog.colour()))
        dialog.open()
        return dialog

    def _add_formula(self, data, colour):
        self.catalog.add_formula(data)
        row = self.document.add_curve(FORMULA, color=colour, formula=data)
        self.curve_list.setCurrentIndex(self.model.index(row))

    def edit_function(self) -> FormulaDialog | None:
        """Edit the current curve's formula; its parameters keep the values whose names stay."""
        from .formula_dialog import FormulaDialog

        row = self.current_row()
        if row is None or self.model.curve(row).formula is None:
            return None
        curve = self.model.curve(row)
        dialog = FormulaDialog(self, curve.color, plain_data(curve.formula))

        def apply():
            data = dialog.formula()
            self.catalog.add_formula(data)
            kept = {k: v for k, v in curve.params.items() if k in data["params"]}
            try:
                self.document.set_curve(row, formula=data, params=kept, color=dialog.colour())
            except SessionError:  # a kept value outside its new range: the new defaults
                self.document.set_curve(row, formula=data, params={}, color=dialog.colour())
            self.curve_list.setCurrentIndex(self.model.index(row))

        dialog.accepted.connect(apply)
        dialog.open()
        return dialog

    def _restore_formulas(self):
        """My functions as they were: each remembered formula an entry, parsed only when ticked."""
        try:
            remembered = json.loads(str(self.settings.value(SETTINGS_FORMULAS, "[]")))
        except ValueError:
            remembered = []
        for data in remembered[:MAX_REMEMBERED] if isinstance(remembered, list) else ():
            if (isinstance(data, dict) and isinstance(data.get("text"), str)
                    and isinstance(data.get("name"), str) and len(data["text"]) <= 2000
                    and len(data["name"]) <= 100):
                self.catalog.add_formula(data)

    def _keep_current(self, *_):
        index = self.curve_list.currentIndex()
        if not index.isValid() and self.model.rowCount():
            self.curve_list.setCurrentIndex(self.model.index(self.model.rowCount() - 1))
        else:
            self._on_current_curve(index, None)

    def focus_search(self):
        self.functions_dock.show()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _on_search(self, text):
        self.catalog_filter.set_search(text)
        self.tree.expandAll()
        found = self.catalog_filter.rowCount() > 0
        self.no_match.setText("" if found else self.tr("No function matches \u201c{}\u201d.").format(text))
        self.no_match.setVisible(not found)

    def add_copy(self):
        row = self.current_row()
        if row is not None:
            new = self.document.duplicate(row)
            self.curve_list.setCurrentIndex(self.model.index(new))

    def remove_current(self):
        row = self.current_row()
        if row is not None:
            self.document.remove_curves([row])
            if self.model.rowCount():
                self.curve_list.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1)))

    def choose_colour(self, row):
        if row is None:
            return
        colour = QColorDialog.getColor(QColor(self.model.curve(row).color), self,
                                       self.tr("Curve colour"))
        if colour.isValid():
            self.document.set_curve(row, color=colour.name())

    # --- view ----------------------------------------------------------------------------------------
    def set_pane(self, pane, on):
        panes = [p for p in self.model.session.panes if p != pane] + ([pane] if on else [])
        self.document.set(panes=tuple(panes))

    def set_theme(self, theme):
        self.document.set(theme=theme)

    def set_language(self, choice: str):
        """Remember ``choice`` ("system" or a language) and offer to restart into it."""
        self.settings.setValue(i18n.SETTING, choice)
        language = choice if choice in i18n.LANGUAGES else i18n.system_language()
        if language == i18n.current:
            return
        box = QMessageBox(QMessageBox.Icon.Question, "actgui",
                          self.tr("actgui will speak {} from its next start. Restart now?").format(
                              i18n.LANGUAGES[language]),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("restartBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        restart = box.addButton(self.tr("&Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.buttonClicked.connect(lambda button: button is restart and self.restart())
        box.open()

    def restart(self):
        """Start a new actgui with this session, then close this one."""
        from ..desktop import launcher

        self.save_settings()
        command = launcher()
        if QProcess.startDetached(command[0], command[1:]):
            QApplication.quit()
        else:
            self.show_problem(self.tr("actgui could not restart itself; start it again to switch."))

    # --- lessons ------------------------------------------------------------------------------------
    def open_lessons(self, apply_first: bool = False):
        """Help > Lessons: the tutorials as guided lessons in a dock beside the live app."""
        if self.lessons_dock is None:
            from ..core.lessons import LessonError, load_lessons
            from .lessons import LessonPanel

            try:
                lessons = load_lessons()
            except LessonError as e:
                self.show_problem(str(e))
                return None
            self.lessons = LessonPanel(lessons, self.apply_lesson, i18n.current)
            scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame,
                                 horizontalScrollBarPolicy=Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setWidget(self.lessons)  # a short screen: the dock scrolls, the window fits
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the lesson's controls
            self.lessons_dock = self._dock(self.tr("Lessons"), "lessonsDock", scroll,
                                           Qt.DockWidgetArea.RightDockWidgetArea)
            self.view_menu.addAction(self.lessons_dock.toggleViewAction())
            # In the formula's place, so the parameters stay in view; where the right docks are
            # all tabs of one column (a small screen), beside the functions instead.
            narrow = bool(self.tabifiedDockWidgets(self.params_dock))
            self.tabifyDockWidget(self.functions_dock if narrow else self.info_dock, self.lessons_dock)
        self.lessons_dock.show()
        self.lessons_dock.raise_()
        if not self.tabifiedDockWidgets(self.params_dock):  # half the column's height, for the text
            QTimer.singleShot(0, lambda: self.resizeDocks(
                [self.params_dock, self.readout_dock, self.lessons_dock],
                [self.height() // 4, self.height() // 4, self.height() // 2], Qt.Orientation.Vertical))
        if apply_first:
            self.lessons.go_to(self.lessons.index)
        return self.lessons

    def apply_lesson(self, lesson):
        """Show ``lesson``'s session (one undoable step; the theme and presentation stay the
        user's) and its tab."""
        s = self.model.session
        self.document.replace_session(lesson.session.replace(theme=s.theme, presentation=s.presentation),
                                      name=lesson.title_in(i18n.current))
        self.tabs.setCurrentWidget(self.teaching_view(lesson.tab) if lesson.tab else self.canvas)
        if self.model.rowCount():
            self.curve_list.setCurrentIndex(self.model.index(0))

    def welcome(self):
        """The first start offers the lessons: their dock opens on the first one, shown on the
        canvas too unless the start opened a session file."""
        if self.settings.value(SETTINGS_WELCOMED) is None:
            self.settings.setValue(SETTINGS_WELCOMED, "yes")
            self.open_lessons(apply_first=not self._opened_a_file)
            self.statusBar().showMessage(self.tr("Welcome: the lessons beside the curves follow the "
                                                 "tutorials; Help > Lessons (F1) opens them again."), 15000)

    def set_presentation(self, on: bool):
        self._set(presentation=bool(on))

    def _apply_presentation(self):
        """Presentation: full screen, the canvas or the teaching view shown and nothing else,
        fonts of PRESENTATION_PT and lines PRESENTATION_LINES times as thick; leaving it brings
        the window back as it was."""
        on = self.model.session.presentation
        self.presentation_action.setChecked(on)
        self.leave_action.setEnabled(on)
        if on == self._presenting:
            return
        self._presenting = on
        if on:
            self._before_presentation = (self.saveState(), self.saveGeometry(), self.isMaximized())
            for widget in (*self.findChildren(QDockWidget), self.range_bar, self.menuBar(), self.statusBar()):
                widget.hide()
            self.tabs.tabBar().hide()
            self.canvas.set_presentation(PRESENTATION_PT, PRESENTATION_LINES)
            self.showFullScreen()
        else:
            state, geometry, maximized = self._before_presentation
            self.tabs.tabBar().show()
            self.menuBar().show()
            self.statusBar().show()
            self.canvas.set_presentation(None, 1.0)
            self.showNormal()
            self.restoreGeometry(geometry)
            self.restoreState(state)
            if maximized:
                self.showMaximized()

    def apply_theme(self):
        self._theme = apply_theme(self.model.session.theme)
        self.canvas.set_theme(self._theme)
        for view in self._teaching.values():
            view.set_theme(self._theme)
        self.theme_actions[self.model.session.theme].setChecked(True)

    def _on_field(self, name):
        """Controls follow the session, within the same turn of the event loop."""
        s = self.model.session
        if name == "x_range":
            self._show_values((self.x_min, s.x_range[0]), (self.x_max, s.x_range[1]))
        elif name == "y_ranges":
            fixed = s.y_ranges.get(self.y_pane.currentData())
            with QSignalBlocker(self.y_auto):
                self.y_auto.setChecked(fixed is None)
            self.y_min.setEnabled(fixed is not None)
            self.y_max.setEnabled(fixed is not None)
            if fixed is None:
                self._show_auto_y()
            else:
                self._show_values((self.y_min, fixed[0]), (self.y_max, fixed[1]))
        elif name in ("panes", "layout"):
            for pane, act in self.pane_actions.items():
                act.setChecked(pane in s.panes)
            self.overlay_action.setChecked(s.layout == "overlay")
            panes = ("f",) if s.layout == "overlay" else s.panes
            for i in range(self.y_pane.count()):  # only panes shown have a y-range to set
                self.y_pane.model().item(i).setEnabled(self.y_pane.itemData(i) in panes)
            if self.y_pane.currentData() not in panes:
                self.y_pane.setCurrentIndex(0)
        elif name == "dots":
            self.dots_action.setChecked(s.dots)
        elif name == "compare":
            self.difference_action.setChecked(s.compare is not None)
            self.relative_action.setChecked(s.compare is not None and s.compare.mode == "rel")
            self.relative_action.setEnabled(s.compare is not None)
        elif name == "grid":
            self.grid_action.setChecked(s.grid)
        elif name == "theme":
            self.apply_theme()
        elif name == "presentation":
            self._apply_presentation()

    def _show_auto_y(self):
        pane = self.y_pane.currentData()
        if pane not in self.model.session.y_ranges and pane in self.canvas.plots:
            lo, hi = self.canvas.plots[pane].getViewBox().viewRange()[1]
            self._show_values((self.y_min, lo), (self.y_max, hi))

    @staticmethod
    def _show_values(*pairs):
        for box, value in pairs:
            if not box.hasFocus():
                with QSignalBlocker(box):
                    box.setValue(value)

    def _on_x_controls(self):
        self._set_range("x_range", self.x_min.value(), self.x_max.value())

    def _on_y_controls(self):
        pane, ranges = self.y_pane.currentData(), dict(self.model.session.y_ranges)
        if self.y_auto.isChecked():
            ranges.pop(pane, None)
            self.document.set(y_ranges=ranges)
        else:
            safe = self._safe_range(self.y_min.value(), self.y_max.value())
            if safe is not None:
                self._set(y_ranges={**ranges, pane: safe})

    def _set_range(self, name, lo, hi):
        safe = self._safe_range(lo, hi)
        if safe is not None:
            self._set(**{name: safe})

    def _safe_range(self, lo, hi) -> tuple[float, float] | None:
        if lo >= hi:
            self.statusBar().showMessage(self.tr("The range needs MIN < MAX."), 5000)
            return None
        safe = clamp_range(lo, hi)
        if safe != (lo, hi):
            self._on_range_clamped(*safe)
        return safe

    def _set(self, **changes):
        try:
            self.document.set(**changes)
        except SessionError as e:
            self.statusBar().showMessage(str(e), 5000)

    def set_difference(self, on: bool):
        """A difference view from the selected curve (the first without one), or none."""
        row = self.current_row()
        if on and self.model.rowCount() >= 2:
            self._set(compare=Compare(reference=0 if row is None else row))
        else:
            self._set(compare=None)

    def set_relative(self, on: bool):
        compare = self.model.session.compare
        if compare is not None:
            self._set(compare=replace(compare, mode="rel" if on else "abs"))

    def _on_range_clamped(self, lo, hi):
        self.statusBar().showMessage(
            self.tr("The view was kept to [{:.6g}, {:.6g}], the range actgui can draw.").format(lo, hi),
            5000)

    # --- sessions and settings -----------------------------------------------------------------------
    def _restore_session(self) -> tuple[Session, str | None]:
        keys = self.settings.allKeys()
        foreign = keys and not any(k.split("/")[0] in ("session", "window") for k in keys)
        if self.settings.status() != QSettings.Status.NoError or foreign:
            return Session.default(), self.tr("The settings file {} is not actgui's or is damaged; "
                                              "actgui started with its defaults.").format(
                self.settings.fileName())
        text = self.settings.value(SETTINGS_SESSION)
        if text is None:
            return Session.default(), None
        try:
            return read_json(str(text)), None
        except SessionError as e:
            log.warning("stored session ignored: %s", e)
            return Session.default(), self.tr("The remembered session was not valid ({}); "
                                              "actgui started with its defaults.").format(e)

    def available(self) -> QRect:
        """The part of the screen the window may use (tests pretend to be other screens)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry()

    def _fit_to_screen(self):
        """First start: 1400x860 where it fits, else most of the screen; the canvas gets most
        of the width, and below 1300 px the readout and formula docks share one place as tabs."""
        area = self.available()
        w, h = min(FIRST_SIZE[0], int(area.width() * 0.96)), min(FIRST_SIZE[1], int(area.height() * 0.94))
        self.resize(w, h)
        self.move(area.x() + (area.width() - w) // 2, area.y() + (area.height() - h) // 2)
        narrow = area.width() < 1300
        if narrow:  # one column of tabs on the right: the curves keep the width
            self.tabifyDockWidget(self.params_dock, self.readout_dock)
            self.tabifyDockWidget(self.readout_dock, self.info_dock)
            self.params_dock.raise_()
        self.resizeDocks([self.functions_dock, self.params_dock], [190, 230] if narrow else [260, 290],
                         Qt.Orientation.Horizontal)

    def showEvent(self, event):
        super().showEvent(event)
        if not self._clamped_shown:  # the title bar's size is known once shown
            self._clamped_shown = True
            self._clamp_to_screen()

    def _clamp_to_screen(self):
        """A remembered window larger than this screen, or off it, is brought inside it."""
        area = self.available()
        frame = self.frameGeometry()
        if area.contains(frame):
            return
        if self.isMaximized() or self.isFullScreen():
            return
        margins = (frame.width() - self.width(), frame.height() - self.height())  # the title bar's
        w = min(self.width(), area.width() - margins[0])
        h = min(self.height(), area.height() - margins[1])
        self.resize(w, h)
        x = min(max(frame.x(), area.x()), area.right() - self.frameGeometry().width() + 1)
        y = min(max(frame.y(), area.y()), area.bottom() - self.frameGeometry().height() + 1)
        self.move(max(x, area.x()), max(y, area.y()))

    def _restore_geometry(self) -> bool:
        try:
            geometry = self.settings.value("window/geometry")
            state = self.settings.value("window/state")
            return bool(geometry is not None and self.restoreGeometry(geometry)
                        and state is not None and self.restoreState(state))
        except (TypeError, ValueError) as e:  # foreign values in the settings file
            log.warning("window geometry ignored: %s", e)
            return False

    def save_settings(self):
        self.settings.setValue(SETTINGS_SESSION, self.model.session.to_json())
        formulas = list(self.catalog.formulas.values())[-MAX_REMEMBERED:]
        self.settings.setValue(SETTINGS_FORMULAS, json.dumps(formulas))
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.sync()

    def closeEvent(self, event):
        self.save_settings()
        super().closeEvent(event)

    def _read_session(self, path) -> tuple[Session | None, str | None]:
        try:
            return load(path), None
        except SessionError as e:
            return None, self.tr("Could not open {}: {}").format(path, e)

    def load_session_file(self, path) -> bool:
        session, problem = self._read_session(path)
        if problem:
            self.show_problem(problem)
            return False
        self.document.replace_session(session, name=Path(path).name)
        if self.model.rowCount():
            self.curve_list.setCurrentIndex(self.model.index(0))
        self.statusBar().showMessage(self.tr("Opened {}").format(path), 5000)
        return True

    def open_session(self):
        from .export_dialog import ask_path, last_folder, remember_folder

        path = ask_path(self, self.tr("Open session"), last_folder(self.settings),
                        self.tr("actgui sessions (*.json)"), save=False)
        if path:
            remember_folder(self.settings, path)
            self.load_session_file(path)

    def save_session(self):
        from .export_dialog import ask_path, last_folder, remember_folder

        path = ask_path(self, self.tr("Save session"), str(Path(last_folder(self.settings)) / "session.json"),
                        self.tr("actgui sessions (*.json)"), save=True)
        if path:
            remember_folder(self.settings, path)
            try:
                self.model.session.save(path)
                self.statusBar().showMessage(self.tr("Saved {}").format(path), 5000)
            except OSError as e:
                self.show_problem(self.tr("Could not save {}: {}").format(path, e))

    # --- teaching views -------------------------------------------------------------------------------
    def teaching_view(self, name: str):
        """The teaching view ``name`` (e.g. "depthView"), built into its tab on first use."""
        if name not in self._teaching:
            view = VIEWS[name](self.model)
            view.set_theme(self._theme)
            index = self._tab_index(f"{name}Placeholder")
            current = self.tabs.currentIndex()
            with QSignalBlocker(self.tabs):
                placeholder = self.tabs.widget(index)
                self.tabs.removeTab(index)
                placeholder.deleteLater()
                self.tabs.insertTab(index, view, QCoreApplication.translate("views", view.title))
                self.tabs.setCurrentIndex(current)
            self._teaching[name] = view
        return self._teaching[name]

    def _tab_index(self, object_name: str) -> int:
        return next(i for i in range(self.tabs.count())
                    if self.tabs.widget(i).objectName() == object_name)

    def _on_tab(self, index):
        name = self.tabs.widget(index).objectName().removesuffix("Placeholder")
        if name in VIEWS:
            self.teaching_view(name)

    # --- export --------------------------------------------------------------------------------------
    def open_export(self, panes: tuple[str, ...] | None = None) -> ExportDialog:
        """The export dialog for the tab shown: the curves (``panes``: those to draw, e.g. one
        pane from its context menu) or a teaching view."""
        from .export_dialog import ExportDialog  # the export modules load on first use

        view = self.tabs.currentWidget()
        dialog = ExportDialog(self.model.session, self.settings, self,
                              view=None if view is self.canvas else view, panes=panes)
        dialog.accepted.connect(
            lambda: self.statusBar().showMessage(self.tr("Wrote {}").format(dialog.written), 5000))
        dialog.open()
        return dialog

    def export_view(self, view, path: str):
        """Export a teaching view (PNG, SVG, PDF) or its numbers (CSV) with the export dialog's
        remembered choices."""
        from .export_dialog import ExportDialog

        dialog = ExportDialog(self.model.session, self.settings, self, view=view)
        try:
            dialog.write(path)
            self.statusBar().showMessage(self.tr("Wrote {}").format(path), 5000)
        except (ValueError, OSError) as e:
            self.show_problem(str(e))
        finally:
            dialog.deleteLater()

    def copy_image(self, panes: tuple[str, ...] | None = None):
        """The figure on the clipboard, drawn with the export dialog's last size, style and font."""
        from .export_dialog import ExportDialog
        from .figure import copy_image

        dialog = ExportDialog(self.model.session, self.settings, self, panes=panes)
        try:
            copy_image(self.model.session, dialog.options())
        finally:
            dialog.deleteLater()
        self.statusBar().showMessage(self.tr("Figure copied to the clipboard"), 5000)

    # --- messages ------------------------------------------------------------------------------------
    def show_problem(self, text: str):
        """A visible, non-blocking message: status bar and a warning box."""
        log.warning(text)
        self.statusBar().showMessage(text, 15000)
        show_message(self, QMessageBox.Icon.Warning, "actgui", text, "problemBox")

    def about(self):
        QMessageBox.about(self, self.tr("About actgui"), about_text())


def about_text() -> str:
    what = QCoreApplication.translate(
        "MainWindow", "See, compare and understand activation functions and their derivatives.")
    return (f"<h3>actgui {__version__}</h3><p>{escape(what)}</p>"
            f"<p>Qt\u00a0{qVersion()} · PySide6\u00a0{pyside_version} · pyqtgraph\u00a0{pg.__version__} · "
            f"NumPy\u00a0{np.__version__} · Python\u00a0{sys.version.split()[0]}</p>")  # no break in a name


def install_excepthook(window: MainWindow):
    """Show an exception in any slot in a dialog and log it; the app keeps running."""

    def hook(exc_type, exc, tb):
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unhandled exception:\n%s", text)
        show_message(window, QMessageBox.Icon.Critical, "actgui",
                     QCoreApplication.translate("MainWindow", "Something went wrong: {}").format(exc),
                     "errorBox", details=text)

    sys.excepthook = hook
    return hook
