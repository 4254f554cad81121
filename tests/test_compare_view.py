"""Comparing precisely on the canvas and the command line: difference views, families, the
overlay layout and the dots at jumps."""

import json
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6.QtCore import Qt

from actgui.cli import main
from actgui.core.compare import difference
from actgui.core.jumps import FILLED, IMPULSE_UP, KINK, OPEN
from actgui.core.session import Compare, Curve, Document, Family, Session
from actgui.formats import ExportOptions
from actgui.ui.canvas import Canvas
from actgui.ui.figure import export, render_canvas
from actgui.ui.models import SessionModel

SVG = "{http://www.w3.org/2000/svg}"


def canvas_of(qtbot, session) -> Canvas:
    canvas = Canvas(SessionModel(Document(session)))
    qtbot.addWidget(canvas)
    canvas.resize(1200, 500)
    canvas.show()
    qtbot.waitExposed(canvas)
    canvas.resample_all()
    return canvas


def marks_of(canvas, row, box):
    item = canvas.rows[row].marks[box]
    return sorted((m.x, round(m.y, 12), m.kind) for m, _, _ in item.marks)


def test_dots_sit_where_textbooks_put_them(qtbot):
    canvas = canvas_of(qtbot, Session.of("step", "relu", "hardswish", x_range=(-5.0, 5.0)))
    assert marks_of(canvas, 0, "f") == [(0.0, 0.0, FILLED), (0.0, 1.0, OPEN)]  # step(0) = 0
    assert marks_of(canvas, 0, "df") == [(0.0, 0.0, IMPULSE_UP)]  # step' is 0 beside a delta
    assert marks_of(canvas, 1, "f") == [(0.0, 0.0, KINK)]
    assert marks_of(canvas, 1, "df") == [(0.0, 0.0, FILLED), (0.0, 1.0, OPEN)]  # relu'(0) = 0
    assert marks_of(canvas, 2, "df") == [(-3.0, -0.5, OPEN), (-3.0, 0.0, FILLED),
                                         (3.0, 1.0, FILLED), (3.0, 1.5, OPEN)]
    item = canvas.rows[1].marks["df"]
    (_, colour, radius), = [m for m in item.marks if m[0].kind == FILLED]
    assert colour.name() == canvas.model.curve(1).color and radius > 3
    canvas.model.document.set_curve(1, width=6.0)
    assert next(r for m, _, r in canvas.rows[1].marks["df"].marks if m.kind == FILLED) > radius
    canvas.model.document.set(dots=False)
    assert all(not r.marks[box].marks for r in canvas.rows for box in r.marks)


def test_dots_are_vector_shapes_in_an_svg(tmp_path, qapp):
    out = tmp_path / "step.svg"
    export(Session.of("step", panes=("f",)), out, ExportOptions(size=(800, 500), panes=("f",)))
    ellipses = [e for e in ET.parse(out).getroot().iter() if e.tag in (f"{SVG}ellipse", f"{SVG}circle")]
    assert len(ellipses) == 2  # the value at 0 and the limit from the right
    export(Session.of("step", panes=("f",), dots=False), out, ExportOptions(size=(800, 500), panes=("f",)))
    assert not [e for e in ET.parse(out).getroot().iter() if e.tag in (f"{SVG}ellipse", f"{SVG}circle")]


def test_overlay_draws_f_and_its_derivatives_on_one_view_box(qtbot):
    canvas = canvas_of(qtbot, Session.of("sigmoid", panes=("f", "df"), layout="overlay",
                                         x_range=(-5.0, 5.0), y_ranges={"f": (-1.1, 1.1)}))
    assert canvas.view.ci.layout.count() == 1
    strokes = canvas.rows[0].strokes
    assert sorted((box, order) for box, _, order, _ in strokes) == [("f", 0), ("f", 1)]
    assert {item.parentItem() for item in strokes.values()} == {
        canvas.plots["f"].getViewBox().childGroup}
    x, y = canvas.item(0, "df").shown_x, canvas.item(0, "df").shown_y
    s = 1 / (1 + np.exp(-x))
    assert np.allclose(y, s * (1 - s), atol=1e-15)
    assert canvas.item(0, "df").pen.style() == Qt.PenStyle.DashLine
    assert canvas.item(0, "f").pen.style() == Qt.PenStyle.SolidLine
    assert [label for _, label in canvas.legend_entries()] == ["sigmoid", "sigmoid\u2032"]
    assert canvas.plots["f"].getViewBox().viewRange()[1] == [-1.1, 1.1]
    assert canvas.title("f") == "f(x), f\u2032(x)"
    canvas.model.document.set(layout="panes")
    assert canvas.view.ci.layout.count() == 2 and canvas.item(0, "df").pen.style() == Qt.PenStyle.SolidLine


def test_a_difference_view_draws_each_curve_minus_the_reference_live(qtbot):
    exact, tanh = Curve("gelu"), Curve("gelu", {"approximate": "tanh"})
    canvas = canvas_of(qtbot, Session.of("gelu", ("gelu", {"approximate": "tanh"}), "silu",
                                         compare=Compare(0)))
    for pane in ("f", "df", "d2f"):
        item = canvas.item(1, pane)
        x, y = item.shown_x, item.shown_y
        assert np.array_equal(y, difference(exact, tanh, x, ("f", "df", "d2f").index(pane)))
    assert np.abs(canvas.item(1, "f").shown_y).max() < 1e-3
    assert np.array_equal(canvas.item(0, "f").shown_y, [0.0, 0.0])  # the reference: zero
    labels = [label for _, label in canvas.legend_entries()]
    assert labels[:2] == ["gelu(approximate=none) (reference)", "gelu(approximate=tanh)"]
    assert canvas.title("df") == "\u0394f\u2032(x)"
    canvas.model.document.set(compare=Compare(0, target=1))
    canvas._auto_y()
    assert 4e-4 < canvas.plots["f"].getViewBox().viewRange()[1][1] < 1e-3  # at its own scale
    canvas.model.document.set(compare=Compare(0, "rel", target=2))
    assert not canvas.rows[1].strokes  # only the target is compared
    x, y = canvas.item(2, "f").shown_x, canvas.item(2, "f").shown_y
    assert np.array_equal(y, difference(exact, Curve("silu"), x, 0, relative=True))
    canvas.model.document.set_param(0, "approximate", "tanh")  # the reference moved
    x, y = canvas.item(2, "f").shown_x, canvas.item(2, "f").shown_y
    assert np.array_equal(y, difference(tanh, Curve("silu"), x, 0, relative=True))


def test_a_family_of_7_is_one_entry_drawn_as_7_curves_and_7_svg_paths(qtbot, tmp_path):
    family = Family("negative_slope", 0.01, 0.3, 7)
    session = Session.of("leaky_relu", panes=("f",))
    session = session.replace(curves=(Curve("leaky_relu", color="#0072b2", family=family),))
    canvas = canvas_of(qtbot, session)
    assert len(canvas.rows[0].strokes) == 7 and len(canvas.legend_entries()) == 1
    pens, label = canvas.legend_entries()[0]
    colours = [m.color for m in session.curves[0].members()]
    assert [p.color().name() for p in pens] == colours
    assert label == "leaky_relu(negative_slope=0.01, 0.0583333, \u2026, 0.3)"
    x, y = canvas.item(0, "f", member=6).shown_x, canvas.item(0, "f", member=6).shown_y
    assert np.array_equal(y, np.where(x > 0, x, 0.3 * x))
    out = tmp_path / "family.svg"
    export(session, out, ExportOptions(size=(900, 500), panes=("f",)))
    root = ET.parse(out).getroot()
    strokes = [g.get("stroke") for g in root.iter(f"{SVG}g") if g.get("fill") == "none"
               for p in g if p.tag == f"{SVG}path"]
    assert sorted(s for s in strokes if s in colours) == sorted(colours)
    saved = tmp_path / "family.json"
    session.save(saved)
    assert main(["export", str(tmp_path / "family.csv"), "--session", str(saved)]) == 0
    header = (tmp_path / "family.csv").read_text().splitlines()[0].split(",")
    assert len(header) == 1 + 7 * 3 and header[1] == "leaky_relu(negative_slope=0.01):f"


def test_a_family_turned_off_after_the_pens_settled_is_one_curve_again(qtbot):
    canvas = canvas_of(qtbot, Session.of("leaky_relu", panes=("f",)))
    canvas.model.document.set_curve(0, family=Family("negative_slope", 0.01, 0.3, 7))
    canvas.settle()  # each curve's own pen: what a parameter change then replaces
    canvas.model.document.set_curve(0, family=None)
    assert len(canvas.rows[0].strokes) == 1 and len(canvas.legend_entries()[0][0]) == 1
    x, y = canvas.item(0, "f").shown_x, canvas.item(0, "f").shown_y
    assert np.array_equal(y, np.where(x > 0, x, 0.01 * x))


def test_expanding_a_family_on_the_canvas(qtbot):
    curve = Curve("softplus", color="#e69f00", family=Family("beta", 0.5, 8.0, 5, "log"))
    canvas = canvas_of(qtbot, Session(curves=(curve,)))
    canvas.model.document.expand_family(0)
    assert len(canvas.rows) == 5 and all(len(r.strokes) == 3 for r in canvas.rows)
    assert canvas.legend_entries()[0][1] == "softplus(beta=0.5)"


def test_compare_command_prints_each_pair_and_order(capsys):
    assert main(["compare", "-f", "gelu", "-f", "gelu:approximate=tanh", "-f", "silu",
                 "--x-range", "-4", "4"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 6
    assert lines[0].startswith("gelu(approximate=tanh) - gelu(approximate=none)  f ")
    assert main(["compare", "-f", "hardsigmoid", "-f", "hardsigmoid:variant=keras2", "--orders",
                 "f,df", "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert [r["order"] for r in records] == ["f", "df"]
    assert set(records[0]) == {"a", "b", "order", "max_abs", "x_abs", "max_rel", "x_rel"}
    # relu6(x + 3) / 6 against clip(0.2 x + 0.5, 0, 1): furthest apart at x = -2.5 (and 2.5)
    assert records[0]["max_abs"] == pytest.approx(1 / 12, rel=1e-12)
    assert abs(records[0]["x_abs"]) == 2.5
    assert records[1]["max_abs"] == pytest.approx(1 / 6, rel=1e-12)  # torch: 1/6 on (-3, -2.5), keras 0


@pytest.mark.parametrize(("args", "message"), [
    (["-f", "relu"], "two or more"),
    (["-f", "relu", "-f", "nope"], "nope"),
    (["-f", "relu", "-f", "gelu", "--orders", "f,g"], "--orders"),
    (["-f", "relu", "-f", "gelu", "--x-range", "1", "1"], "x-range"),
    (["-f", "relu", "-f", "gelu", "--x-range", "-inf", "1"], "x-range"),
    (["-f", "relu", "-f", "gelu:approximate=maybe"], "approximate"),
])
def test_compare_refuses_bad_input_in_one_line(args, message, capsys):
    assert main(["compare", *args]) == 2
    out = capsys.readouterr()
    assert out.out == "" and out.err.count("\n") == 1 and message in out.err


def test_export_draws_families_overlays_and_differences_from_the_command_line(tmp_path, qapp):
    out = tmp_path / "a.svg"
    assert main(["export", str(out), "-f", "leaky_relu:negative_slope=0.01..0.3/7", "--panes", "f"]) == 0
    assert main(["export", str(out), "-f", "sigmoid", "--panes", "f,df", "--layout", "overlay",
                 "--x-range", "-5", "5", "--y-range", "-1.1", "1.1"]) == 0
    assert "sigmoid\u2032" in "".join(ET.parse(out).getroot().itertext())
    assert main(["export", str(out), "-f", "gelu", "-f", "gelu:approximate=tanh", "--difference",
                 "--relative"]) == 0
    assert main(["export", str(out), "-f", "gelu", "--difference"]) == 2
    assert main(["export", str(out), "-f", "gelu", "-f", "silu", "--relative"]) == 2
    assert main(["export", str(out), "-f", "leaky_relu:negative_slope=0..1/40"]) == 2
    assert main(["export", str(out), "-f", "gelu:approximate=none..tanh"]) == 2


def test_the_export_canvas_keeps_layout_and_differences(qapp):
    s = Session.of("relu", "gelu", layout="overlay", compare=Compare(0, "abs"))
    canvas = render_canvas(s, ExportOptions(size=(800, 400)))
    assert canvas.view.ci.layout.count() == 1
    assert canvas.title("f").startswith("\u0394f(x)")
    canvas.deleteLater()


def test_the_differences_group_lists_each_order_readably_and_copies_every_digit(qtbot, tmp_path):
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QGuiApplication

    from actgui.core.compare import compare, format_text
    from actgui.ui.main_window import MainWindow
    from actgui.ui.numbers import number_text

    s = Session.of("gelu", ("gelu", {"approximate": "tanh"}), compare=Compare(0))
    w = MainWindow(session=s, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    w.readout_dock.raise_()
    panel = w.readout.differences
    qtbot.waitUntil(lambda: panel.table.rowCount() == 3, timeout=5000)
    want = compare(list(s.curves), s.x_range, labels=s.labels(s.curves))
    for row, (d, order) in enumerate(zip(want, ("f", "f\u2032", "f\u2033"), strict=True)):
        assert panel.table.item(row, 0).text() == f"{order}  gelu(approximate=tanh)"
        cell = panel.table.item(row, 1)
        assert cell.text() == number_text(d.max_abs, 4) and cell.toolTip() == number_text(d.max_abs)
    assert panel.table.item(0, 1).text() == "0.0004732"  # GELU's tanh form: 4.7e-4 at most on [-5, 5]
    assert panel.table.item(1, 3).text() == "unbounded (a = 0)"  # f': at GELU's zero, x = -0.75
    w.resize(1400, 1000)  # a window of the first start's width, a little taller than its 860
    qtbot.waitUntil(lambda: panel.table.viewport().height() >= 3 * panel.table.rowHeight(0))  # all three
    panel.copy.click()
    assert QGuiApplication.clipboard().text() == format_text(want)
