"""Everyone, every screen: small and high-DPI screens, keyboard only, screen readers, the
presentation mode and the rough edges a new user meets."""

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, QSettings, Qt
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QTableWidget, QWidget

from actgui.core import get
from actgui.core.session import Session
from actgui.formats import ExportOptions
from actgui.ui.export_dialog import last_folder, remember_folder
from actgui.ui.figure import render_canvas
from actgui.ui.main_window import MainWindow


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "actgui.ini"), QSettings.Format.IniFormat)


def open_window(qtbot, settings, session=None, screen=None, monkeypatch=None):
    if screen is not None:
        monkeypatch.setattr(MainWindow, "available", lambda self: QRect(0, 0, *screen))
    w = MainWindow(session=session, settings=settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.mark.parametrize("screen", [(1024, 768), (1280, 720), (1366, 768)])
def test_the_first_start_fits_the_screen(qtbot, settings, monkeypatch, screen):
    w = open_window(qtbot, settings, Session.default(), screen, monkeypatch)
    area = QRect(0, 0, *screen)
    assert area.contains(w.frameGeometry()), (w.frameGeometry(), area)
    for name in ("addCopyButton", "removeCurveButton", "readoutTable"):
        widget = w.findChild(QWidget, name)
        if not widget.visibleRegion().isEmpty():  # shown (a dock may be a tab behind another)
            top_left = widget.mapTo(w, QPoint(0, 0))
            assert w.rect().contains(QRect(top_left, widget.size())), name
    assert w.canvas.plots["f"].getViewBox().width() > 100


def test_a_remembered_window_too_big_for_this_screen_is_brought_inside(qtbot, settings, monkeypatch):
    w = open_window(qtbot, settings, Session.default())
    w.resize(1900, 1060)
    w.close()
    small = open_window(qtbot, QSettings(settings.fileName(), QSettings.Format.IniFormat),
                        screen=(1280, 720), monkeypatch=monkeypatch)
    assert QRect(0, 0, 1280, 720).contains(small.frameGeometry())


def focus_chain(qtbot, start: QWidget, steps: int) -> list[QWidget]:
    """The widgets Tab visits from ``start``, as the focus moves."""
    window = start.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen = []
    for _ in range(steps):
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def test_tab_reaches_every_parameter_editor_and_leaves_the_readout(qtbot, settings):
    w = open_window(qtbot, settings, Session.of("hardtanh", "gelu"))
    w.curve_list.setCurrentIndex(w.model.index(0))
    chain = focus_chain(qtbot, w.search, 60)
    for name in ("param_min_val", "param_max_val", "readoutX"):
        assert w.findChild(QWidget, name) in chain, name
    table = w.findChild(QTableWidget, "readoutTable")
    after = chain[chain.index(table) + 1] if table in chain else None
    assert after is not table  # Tab leaves the table
    editors = [chain.index(w.findChild(QWidget, n)) for n in ("param_min_val", "param_max_val")]
    assert editors[0] < editors[1] < chain.index(w.findChild(QWidget, "readoutX"))


def test_standard_shortcuts_find_delete_undo(qtbot, settings):
    w = open_window(qtbot, settings, Session.of("relu", "gelu"))
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=2000)
    w.curve_list.setFocus()
    w.curve_list.setCurrentIndex(w.model.index(1))
    QTest.keySequence(w, QKeySequence(QKeySequence.StandardKey.Find))
    assert QApplication.focusWidget() is w.search
    w.curve_list.setFocus()
    QTest.keyClick(w.curve_list, Qt.Key.Key_Delete)
    assert [c.function for c in w.model.session.curves] == ["relu"]
    assert w.current_row() == 0  # the only remaining curve is current
    assert "relu" in w.params.title.text()
    QTest.keySequence(w, QKeySequence(QKeySequence.StandardKey.Undo))
    assert [c.function for c in w.model.session.curves] == ["relu", "gelu"]
    w.search.setFocus()
    w.search.setText("relu")
    QTest.keyClick(w.search, Qt.Key.Key_Delete)  # the line edit keeps its Delete
    assert w.model.rowCount() == 2


def test_every_control_has_a_name_for_screen_readers(qtbot, settings):
    w = open_window(qtbot, settings, Session.of("leaky_relu", "gelu"))
    w.curve_list.setCurrentIndex(w.model.index(0))
    w.params.sweep.setChecked(True)
    nameless = []
    for widget in w.findChildren(QWidget):
        if (widget.isVisible() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
                and not isinstance(widget.parentWidget(), QAbstractSpinBox | QAbstractButton)):
            iface = QAccessible.queryAccessibleInterface(widget)
            if iface is not None and not iface.text(QAccessible.Text.Name).strip():
                nameless.append(f"{type(widget).__name__} {widget.objectName()}")
    assert not nameless


def test_the_canvas_says_what_it_shows(qtbot, settings):
    w = open_window(qtbot, settings, Session.of("sigmoid"))
    w.canvas.set_cursor(0.0)
    qtbot.waitUntil(lambda: "sigmoid" in w.canvas.accessibleDescription(), timeout=2000)
    text = w.canvas.accessibleDescription()
    assert "x = 0" in text and "f 0.5" in text and "f\u2032 0.25" in text
    assert w.canvas.accessibleName() == "Curves"


def test_the_cursor_shows_where_the_mouse_is_and_marks_each_curve(qtbot, settings):
    w = open_window(qtbot, settings, Session.of("relu", "tanh"))
    canvas = w.canvas
    assert not canvas.cursors["f"].isVisible()
    vb = canvas.plots["f"].getViewBox()
    at = canvas.view.mapFromScene(vb.mapViewToScene(QPointF(-1.0, 0.5)))
    QTest.mouseMove(canvas.view.viewport(), at)
    qtbot.waitUntil(lambda: canvas.cursors["f"].isVisible(), timeout=2000)
    x = canvas.cursors["f"].value()
    assert x < -0.5
    dots = canvas.cursor_dots["f"].points
    assert sorted(round(y, 2) for _, y, _ in dots) == sorted(
        round(float(get(f).f(x)), 2) for f in ("relu", "tanh"))
    assert canvas.cursors["f"].pen.color().name() != canvas.grids["f"].pens[1].color().name()
    w.document.set_curve(0, function="leaky_relu", params={"negative_slope": 0.5})  # the mouse still
    want = sorted(round(float(v), 2) for v in (get("leaky_relu").f(x, negative_slope=0.5), get("tanh").f(x)))
    qtbot.waitUntil(lambda: sorted(round(y, 2) for _, y, _ in canvas.cursor_dots["f"].points) == want)
    QApplication.sendEvent(canvas.view.viewport(), __import__("PySide6.QtCore", fromlist=["QEvent"]).QEvent(
        __import__("PySide6.QtCore", fromlist=["QEvent"]).QEvent.Type.Leave))
    assert not canvas.cursors["f"].isVisible() and not canvas.cursor_dots["f"].isVisible()


def test_lines_scale_with_the_screen_and_the_export_font(qtbot, settings, monkeypatch):
    w = open_window(qtbot, settings, Session.of("relu"))
    canvas = w.canvas
    width = canvas.item(0, "f").pen.widthF()
    monkeypatch.setattr(type(canvas), "devicePixelRatioF", lambda self: 2.0)
    canvas._style_row(0)
    assert canvas.item(0, "f").pen.widthF() == 2 * width
    small = render_canvas(Session.of("relu"), ExportOptions(size=(800, 500), font_size=10))
    big = render_canvas(Session.of("relu"), ExportOptions(size=(800, 500), font_size=24))
    assert big.item(0, "f").pen.widthF() == pytest.approx(2.4 * small.item(0, "f").pen.widthF())
    small.deleteLater()
    big.deleteLater()


def test_the_readout_fits_its_dock_and_elides_long_names(qtbot, settings):
    w = open_window(qtbot, settings, Session.of(("leaky_relu", {"negative_slope": 0.1}), "leaky_relu",
                                                "hardtanh"))
    table = w.readout.table
    assert table.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    widths = sum(table.columnWidth(c) for c in range(4))
    assert widths <= table.viewport().width() + 1
    assert table.textElideMode() == Qt.TextElideMode.ElideMiddle
    assert table.item(0, 0).toolTip() == "leaky_relu(negative_slope=0.1)"
    for r in range(table.rowCount()):
        for c in range(1, 4):
            assert table.item(r, c).text() not in ("-0", "\u22120")


def test_dark_check_boxes_show_their_edge(qtbot, settings):
    w = open_window(qtbot, settings, Session(theme="dark"))
    tree = w.tree
    index = tree.model().index(0, 0, tree.model().index(0, 0))
    rect = tree.visualRect(index)
    image = tree.viewport().grab(QRect(rect.x(), rect.y(), 24, rect.height())).toImage()
    light = [image.pixelColor(x, y).lightness() for x in range(image.width()) for y in range(image.height())]
    background = tree.palette().base().color().lightness()
    assert max(light) - background > 80  # a visible edge, not near-black on near-black


def test_the_last_folder_is_remembered_and_home_comes_first(tmp_path, settings):
    from pathlib import Path

    assert last_folder(settings) == str(Path.home())
    remember_folder(settings, str(tmp_path / "a.json"))
    assert last_folder(settings) == str(tmp_path)


def test_an_empty_search_says_so_and_menu_texts_differ(qtbot, settings):
    w = open_window(qtbot, settings, Session())
    w.search.setText("zzzz")
    assert w.no_match.isVisible() and "zzzz" in w.no_match.text()
    w.search.setText("relu")
    assert not w.no_match.isVisible()
    texts = [a.text() for a in w.pane_actions.values()]
    assert len(set(texts)) == 2 and "first" in texts[0] and "second" in texts[1]


def test_presentation_mode_enters_leaves_and_is_remembered(qtbot, settings):
    w = open_window(qtbot, settings, Session.of("sigmoid"))
    docks = [d for d in (w.functions_dock, w.params_dock, w.readout_dock) if d.isVisible()]
    w.presentation_action.trigger()
    assert w.model.session.presentation and w.isFullScreen()
    assert not any(d.isVisible() for d in docks) and not w.menuBar().isVisible()
    assert w.canvas.font_pt == 20 and w.canvas.item(0, "f").pen.widthF() == pytest.approx(5.0)
    w.leave_action.trigger()  # Esc
    assert not w.model.session.presentation and not w.isFullScreen()
    assert all(d.isVisible() for d in docks) and w.menuBar().isVisible()
    assert w.canvas.item(0, "f").pen.widthF() == pytest.approx(2.0)
    w.presentation_action.trigger()
    w.close()
    again = open_window(qtbot, QSettings(settings.fileName(), QSettings.Format.IniFormat))
    assert again.model.session.presentation and again.isFullScreen()
    again.leave_action.trigger()


def test_playing_a_parameter_moves_it_monotonically_and_stops_at_the_end(qtbot, settings):
    w = open_window(qtbot, settings, Session.of("leaky_relu"))
    w.curve_list.setCurrentIndex(w.model.index(0))
    sweep = w.params.sweep
    sweep.choose("negative_slope")
    sweep.start.setValue(0.0)
    sweep.stop.setValue(0.5)
    sweep.duration.setValue(0.3)
    sweep.mode.setCurrentIndex(sweep.mode.findData("once"))
    seen = []
    w.model.dataChanged.connect(lambda *_: seen.append(w.model.curve(0).params["negative_slope"]))
    w.findChild(QWidget, "play_negative_slope").click()
    qtbot.waitUntil(lambda: sweep.player is not None and sweep.player.state == "ended", timeout=3000)
    assert seen == sorted(seen) and seen[-1] == 0.5 and len(seen) > 3
    assert w.model.curve(0).params["negative_slope"] == 0.5
    x, y = w.canvas.curve_data(0, "f")
    assert np.allclose(y[x < 0], 0.5 * x[x < 0])


def test_a_first_start_opens_the_first_lesson_on_the_canvas_too(qtbot, settings, tmp_path):
    w = open_window(qtbot, settings, Session.of("gelu"))
    w.welcome()
    assert w.lessons_dock.isVisible() and w.model.curve(0).function == "step"  # what the text is about
    assert w.params_dock.isVisible() and not w.params_dock.visibleRegion().isEmpty()  # still in view
    qtbot.waitUntil(lambda: w.lessons_dock.height() >= w.height() // 3)  # half the column, less its title
    assert w.lessons_dock.toggleViewAction() in w.view_menu.actions()
    Session.of("gelu").save(tmp_path / "mine.json")
    again = MainWindow(session_path=str(tmp_path / "mine.json"),
                       settings=QSettings(str(tmp_path / "other.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    again.show()
    again.welcome()
    assert again.lessons_dock.isVisible() and again.model.curve(0).function == "gelu"  # the file stays


def test_lessons_open_beside_the_app_apply_and_restore(qtbot, settings):
    w = open_window(qtbot, settings, Session.of("gelu"))
    w.welcome()
    w.welcome()  # once only
    panel = w.open_lessons()
    panel.go_to(1)  # sigmoid and its derivative, as the tutorial draws them
    s = w.model.session
    assert [c.function for c in s.curves] == ["sigmoid"] and s.layout == "overlay"
    assert dict(s.y_ranges)["f"] == (-0.02, 1.02) and s.x_range == (-10.0, 10.0)
    w.document.set(x_range=(-3.0, 3.0))
    w.findChild(QWidget, "lessonRestore").click()
    assert w.model.session.x_range == (-10.0, 10.0)
    panel.go_to(7)  # softmax: its tab
    assert w.tabs.currentWidget().objectName() == "softmaxLab"
    w.document.undo()
    assert w.model.session.x_range == (-10.0, 10.0)


def test_a_folded_group_takes_one_line_and_the_table_above_it_the_rest(qtbot, settings):
    w = open_window(qtbot, settings, Session.of("gelu", "relu"))
    panel, table = w.findChild(QWidget, "differencePanel"), w.findChild(QTableWidget, "readoutTable")
    w.readout_dock.raise_()  # a tab behind another dock on some layouts
    qtbot.waitUntil(lambda: panel.isVisible())
    assert not panel.isChecked()
    assert panel.height() <= 2 * panel.fontMetrics().height() + 16, panel.height()
    image = panel.grab().toImage()  # under the title: nothing drawn, no empty frame
    below = {image.pixel(x, y) for x in range(image.width())
             for y in range(panel.fontMetrics().height() + 6, image.height())}
    assert below == {panel.palette().window().color().rgb()}, len(below)
    panel.setChecked(True)  # opened: its table shares the height
    qtbot.waitUntil(lambda: panel.height() > 4 * panel.fontMetrics().height())
    assert w.model.session.compare is not None and table.height() > 50


def test_focus_shows_on_the_plot_and_never_rests_on_a_bare_frame(qtbot, settings):
    w = open_window(qtbot, settings, Session.of("leaky_relu"))
    w.welcome()  # the lessons dock: its scroll area must not take a Tab
    view = w.canvas.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    highlight = w.canvas.palette().highlight().color().rgb()
    assert w.canvas.grab().toImage().pixel(0, w.canvas.height() // 2) == highlight
    w.search.setFocus()
    qtbot.waitUntil(lambda: not view.hasFocus())
    assert w.canvas.grab().toImage().pixel(0, w.canvas.height() // 2) != highlight
    chain = focus_chain(qtbot, w.search, 40)
    assert not [x for x in chain if type(x).__name__ in ("QScrollArea", "QWidget")], chain


def test_on_a_small_screen_the_lessons_sit_beside_the_functions_and_the_parameters_show(
        qtbot, settings, monkeypatch):
    w = open_window(qtbot, settings, Session.default(), (1024, 768), monkeypatch)
    w.welcome()
    assert w.lessons_dock in w.tabifiedDockWidgets(w.functions_dock)
    assert not w.params_dock.visibleRegion().isEmpty() and not w.lessons_dock.visibleRegion().isEmpty()
    buttons = [w.findChild(QWidget, name) for name in ("lessonNext", "lessonRestore")]
    assert all(not b.visibleRegion().isEmpty() for b in buttons)  # the dock does not scroll them away


def test_the_current_row_of_a_focused_list_is_framed_even_when_selected(qtbot, settings):
    w = open_window(qtbot, settings, Session.of("relu", "tanh"))
    view = w.curve_list
    view.setCurrentIndex(w.model.index(0))
    view.setFocus(Qt.FocusReason.TabFocusReason)  # as Tab gives it: the keyboard's focus shows
    qtbot.waitUntil(view.hasFocus)
    rect = view.visualRect(w.model.index(0))
    image = view.viewport().grab().toImage()
    frame = view.palette().highlightedText().color().rgb()
    top = [image.pixel(x, rect.top() + 1) for x in range(rect.left(), rect.right())]  # above the text
    assert sum(p == frame for p in top) > rect.width() // 3, {hex(p) for p in top}
