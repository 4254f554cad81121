"""Typed formulas everywhere a catalog entry goes: sessions, the command line, the window's
editor, My functions, the canvas, the readout and the formula panel."""

import json
import time

import numpy as np
import pytest
from PySide6.QtCore import QSettings, Qt

from actgui.cli import main
from actgui.core import get
from actgui.core.formula import parse
from actgui.core.session import FORMULA, Curve, Session, SessionError, read_json
from actgui.ui.main_window import MainWindow
from actgui.ui.models import CatalogFilter

SWISH = parse("x*sigmoid(b*x)").to_dict()


def formula_curve(data=SWISH, **params):
    return Curve(FORMULA, params, "#0072b2", formula=data)


def open_window(qtbot, settings, session=None):
    w = MainWindow(session=session, settings=settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "actgui.ini"), QSettings.Format.IniFormat)


def test_a_formula_session_round_trips_as_data():
    s = Session(curves=(formula_curve(b=1.5), Curve("silu", color="#e69f00")))
    text = s.to_json()
    stored = json.loads(text)["curves"][0]
    assert stored["function"] == "formula" and stored["formula"]["text"] == "x*sigmoid(b*x)"
    assert stored["formula"]["params"]["b"] == {"default": 1.0, "minimum": -10.0, "maximum": 10.0,
                                                "step": 0.1}
    again = read_json(text)
    assert again == s and again.curves[0].params["b"] == 1.5
    x = np.linspace(-5, 5, 101)
    assert np.array_equal(again.curves[0].evaluate(x, 2), s.curves[0].evaluate(x, 2))
    assert s.labels() == ["x*sigmoid(b*x)(b=1.5)", "silu"]


@pytest.mark.parametrize("formula", [
    {"text": "__import__('os').system('touch /tmp/owned')", "name": "a"},
    {"text": "().__class__.__bases__", "name": "a"},
    {"text": "(lambda: 1)()", "name": "a"},
    {"text": "9**9**9", "name": "a"},
    {"text": "x" * 1_000_000, "name": "a"},
    {"text": "(" * 10_000 + "x" + ")" * 10_000, "name": "a"},
    {"text": "a" * 100_000, "name": "a"},
    {"text": "x", "name": "a", "params": {"x": {"default": 1}}},
    {"text": "x", "name": "a", "extra": 1},
    {"text": 3, "name": "a"},
    "x*2",
])
def test_a_hostile_formula_in_a_session_is_refused_quickly(formula, tmp_path):
    doc = {"format": "actgui-session", "version": 2,
           "curves": [{"function": "formula", "color": "#000000", "formula": formula}]}
    start = time.perf_counter()
    with pytest.raises(SessionError, match=r"formula|larger than"):
        read_json(json.dumps(doc))
    assert time.perf_counter() - start < 1.0
    assert not (tmp_path / "owned").exists()


def test_a_formula_curve_needs_both_its_function_and_its_formula():
    with pytest.raises(SessionError, match="formula"):
        Curve("relu", color="#000000", formula=SWISH)
    with pytest.raises(SessionError, match="formula"):
        Curve("formula", color="#000000")


def test_a_formula_through_export_to_csv_matches_the_catalog(tmp_path):
    out = tmp_path / "f.csv"
    assert main(["export", str(out), "-f", "=x*sigmoid(b*x);b=1", "-f", "=max(0, x)",
                 "--x-range", "-3", "3", "--points", "601"]) == 0
    rows = np.genfromtxt(out, delimiter=",", skip_header=1, comments="#")
    x = rows[:, 0]
    for k in range(3):
        np.testing.assert_allclose(rows[:, 1 + k], get("silu").evaluate(x, k), rtol=1e-12, atol=1e-15)
        np.testing.assert_array_equal(rows[:, 4 + k], get("relu").evaluate(x, k))  # relu'(0) = 0 too


def test_a_bad_formula_on_the_command_line_points_at_the_column(capsys):
    assert main(["export", "/tmp/never.png", "-f", "=x*sigmoid(b*x"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "column" in err


def test_new_function_dialog_draws_it_and_remembers_it(qtbot, settings):
    w = open_window(qtbot, settings, Session())
    dialog = w.new_function()
    dialog.text.setText("where(x > 0, x, a*(exp(x) - 1))")
    dialog.check()
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == ["a"]
    dialog.table.cellWidget(0, 1).setValue(0.5)  # a's default
    dialog.name.setText("my elu")
    dialog.accept()
    curve = w.model.curve(0)
    assert (curve.label, curve.params["a"]) == ("my elu", 0.5)  # its own default
    x, y = w.canvas.curve_data(0, "df")
    gap = np.isnan(y)
    beside = gap | np.roll(gap, 1) | np.roll(gap, -1)  # the one-sided limits drawn at the jump
    elu = get("elu").evaluate(x[~beside], 1, alpha=0.5)
    np.testing.assert_allclose(y[~beside], elu, rtol=1e-12)
    assert w.params.editors["a"].value() == 0.5
    w.params.editors["a"].widget.setValue(2.0)
    assert w.model.curve(0).params["a"] == 2.0
    w.readout.set_x(0.0)
    assert w.readout.values()[0][2] == get("elu").evaluate(0.0, 1, alpha=2.0) == 2.0  # as ELU's
    w.close()
    again = open_window(qtbot, QSettings(settings.fileName(), QSettings.Format.IniFormat))
    entries = [again.catalog.mine.child(r).text() for r in range(again.catalog.mine.rowCount())]
    assert "my elu" in entries


def test_my_functions_tick_untick_and_search(qtbot, settings):
    w = open_window(qtbot, settings, Session(curves=(formula_curve(),)))
    item = next(w.catalog.mine.child(r) for r in range(w.catalog.mine.rowCount())
                if w.catalog.mine.child(r).text() == "x*sigmoid(b*x)")
    assert item.checkState() == Qt.CheckState.Checked
    item.setCheckState(Qt.CheckState.Unchecked)
    assert w.model.rowCount() == 0
    item.setCheckState(Qt.CheckState.Checked)
    assert w.model.curve(0).formula["text"] == "x*sigmoid(b*x)"
    w.curve_list.setCurrentIndex(w.model.index(0))
    w.add_copy()
    assert w.model.rowCount() == 2 and w.model.curve(1).formula == w.model.curve(0).formula
    proxy = CatalogFilter()
    proxy.setSourceModel(w.catalog)
    proxy.set_search("sigmoid(b")
    names = [proxy.index(r, 0, proxy.index(f, 0)).data() for f in range(proxy.rowCount())
             for r in range(proxy.rowCount(proxy.index(f, 0)))]
    assert names == ["x*sigmoid(b*x)"]


def test_the_formula_panel_typesets_a_formula_from_its_symbolic_form(qtbot, settings):
    w = open_window(qtbot, settings, Session(curves=(formula_curve(),)))
    w.curve_list.setCurrentIndex(w.model.index(0))
    assert "My functions" in w.info.toPlainText()
    qtbot.waitUntil(lambda: "\\operatorname" not in w.info.toPlainText(), timeout=5000)  # typeset
    assert w.info.toHtml().count("<img") == 2  # f and f'
    assert "Copy LaTeX" in w.info.toPlainText()
