"""Export from the command line and from the window: real files, checked as a reader would."""

import csv
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QGuiApplication, QImage

from actgui.cli import main
from actgui.core import get
from actgui.core.session import Session
from actgui.formats import ExportOptions
from actgui.ui import figure
from actgui.ui.figure import SCALE, render_canvas, render_image
from actgui.ui.main_window import MainWindow

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SVG = "{http://www.w3.org/2000/svg}"
BLUE, ORANGE = "#0072b2", "#e69f00"


def cli(*args):
    """Run ``actgui`` in a fresh process, as a user would (no display needed)."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run([sys.executable, "-m", "actgui", *args], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=120)


def colour_pixels(image: QImage, colour: str, tol=40) -> np.ndarray:
    """(row, col) of pixels within ``tol`` of ``colour``."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    arr = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.width(), 4)
    c = QColor(colour)
    diff = np.abs(arr[..., :3].astype(int) - [c.blue(), c.green(), c.red()]).sum(axis=2)
    return np.argwhere(diff < tol)


def two_curves():
    return Session().with_curve("leaky_relu", color=BLUE).with_curve(
        "leaky_relu", {"negative_slope": 0.1}, color=ORANGE)


# --- the command line --------------------------------------------------------------------------

def test_cli_png_has_the_size_and_the_curves(tmp_path):
    out = tmp_path / "a.png"
    run = cli("export", str(out), "-f", "relu", "--size", "900x500", "--panes", "f")
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""
    image = QImage(str(out))
    assert (image.width(), image.height()) == (900, 500)
    assert len(colour_pixels(image, "#0072b2")) > 500  # the first palette colour is drawn
    assert os.stat(out).st_mode & 0o044  # readable by others, like any file the user saves


def test_curve_pixels_are_where_the_curve_is(qapp):
    s = Session(y_ranges={"f": (-1.0, 3.0)}).with_curve("relu", color=BLUE)
    options = ExportOptions(size=(1000, 600), panes=("f",))
    canvas = render_canvas(s, options)
    image = render_image(canvas, options)
    assert not any(line.isVisible() for line in canvas.cursors.values())  # no crosshair in figures
    vb = canvas.plots["f"].getViewBox()
    for x in (-3.0, -1.0, 1.0, 2.0):
        p = vb.mapViewToScene(QPointF(x, float(get("relu").f(x)))) * SCALE
        hits = colour_pixels(image, BLUE)
        near = np.abs(hits - [p.y(), p.x()]).max(axis=1) <= 3
        assert near.any(), x
    canvas.deleteLater()


def svg_curve_paths(path):
    root = ET.parse(path).getroot()  # valid XML
    assert not list(root.iter(f"{SVG}image"))  # no embedded raster
    counts = {}
    for g in root.iter(f"{SVG}g"):
        paths = [p for p in g if p.tag == f"{SVG}path"]
        if paths and g.get("fill") == "none":
            counts[g.get("stroke")] = counts.get(g.get("stroke"), 0) + len(paths)
        for p in paths:  # what librsvg would draw wrongly: a non-scaling stroke under a matrix
            assert not (p.get("vector-effect") and g.get("transform")), g.attrib
    return root, counts


def test_cli_svg_is_vector_with_one_path_per_curve_and_pane(tmp_path):
    session = tmp_path / "s.json"
    two_curves().save(session)
    out = tmp_path / "a.svg"
    run = cli("export", str(out), "--session", str(session), "--panes", "f,df")
    assert run.returncode == 0, run.stderr
    root, counts = svg_curve_paths(out)
    assert counts[BLUE] == 2 and counts[ORANGE] == 2  # one path per curve in each of 2 panes
    texts = "".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))
    assert "leaky_relu(negative_slope=0.1)" in texts and "f(x)" in texts  # text as text


def test_cli_pdf_is_vector(tmp_path):
    out = tmp_path / "a.pdf"
    run = cli("export", str(out), "-f", "gelu", "-f", "gelu:approximate=tanh")
    assert run.returncode == 0, run.stderr
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and b"/Subtype /Image" not in data
    assert b"actgui" in data


def test_cli_csv_values_are_the_core_values(tmp_path):
    out = tmp_path / "a.csv"
    run = cli("export", str(out), "-f", "relu", "-f", "leaky_relu:negative_slope=0.1",
              "-f", "relu", "--x-range", "-2", "2", "--points", "401")
    assert run.returncode == 0, run.stderr
    lines = out.read_text().splitlines()
    assert lines[-1].startswith("# actgui ") and "," not in lines[-1]  # no delimiter in a comment
    rows = list(csv.reader(lines[:-1]))
    assert rows[0] == ["x", "relu:f", "relu:df", "relu:d2f",
                       "leaky_relu(negative_slope=0.1):f", "leaky_relu(negative_slope=0.1):df",
                       "leaky_relu(negative_slope=0.1):d2f", "relu (2):f", "relu (2):df", "relu (2):d2f"]
    data = np.array(rows[1:], dtype=float)
    assert data.shape == (401, 10) and np.isfinite(data).all()  # one row per x, no gaps
    x = data[:, 0]
    np.testing.assert_allclose(np.diff(x), 0.01, rtol=1e-9)
    np.testing.assert_array_equal(data[:, 5], get("leaky_relu").df(x, negative_slope=0.1))
    np.testing.assert_array_equal(data[:, 1], get("relu").f(x))
    assert data[x == 0.0, 2][0] == 0.0  # relu'(0) = 0, PyTorch's convention
    # readers that skip comments take the file as it is, the header naming the columns
    table = np.genfromtxt(out, delimiter=",", names=True, comments="#")
    assert len(table.dtype.names) == 10 and table.shape == (401,)
    np.testing.assert_array_equal(table[table.dtype.names[4]], data[:, 4])


BAD = [
    (["-f", "leaky_rely"], "unknown activation 'leaky_rely'; did you mean 'leaky_relu'"),
    (["-f", "leaky_relu:slope=0.1"], "no parameter 'slope'"),
    (["-f", "leaky_relu:negative_slope=7"], "negative_slope=7.0 is invalid"),
    (["-f", "elu:alpha=nan"], "alpha=nan is invalid"),
    (["-f", "relu", "--x-range", "3", "1"], "x_range [3, 1] needs finite MIN < MAX"),
    (["-f", "relu", "--y-range", "1", "1"], "y_range"),
    (["-f", "relu", "--size", "big"], "--size 'big'"),
    ([], "nothing to draw"),
]


@pytest.mark.parametrize(("args", "message"), BAD)
def test_bad_input_one_line_status_2_no_file(tmp_path, args, message):
    out = tmp_path / "a.png"
    run = cli("export", str(out), *args)
    assert run.returncode == 2
    assert run.stderr.count("\n") == 1 and message in run.stderr, run.stderr
    assert not list(tmp_path.iterdir())


def test_bad_suffix_and_unwritable_path(tmp_path):
    for out, message in ((tmp_path / "a.gif", "unknown file type '.gif'"),
                         (tmp_path / "missing" / "a.png", "does not exist")):
        run = cli("export", str(out), "-f", "relu")
        assert run.returncode == 2 and message in run.stderr and run.stderr.count("\n") == 1
    assert not list(tmp_path.iterdir())


def test_a_failed_write_leaves_no_file(tmp_path, monkeypatch, qapp):
    out = tmp_path / "a.png"

    def broken(*_):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OSError, match="disk full"):
        figure.export(two_curves(), out)
    assert not list(tmp_path.iterdir())  # neither the file nor the temporary one


def test_list_and_version(capsys):
    assert main(["list", "--json"]) == 0
    listing = json.loads(capsys.readouterr().out)
    leaky = next(e for e in listing if e["id"] == "leaky_relu")
    assert leaky["params"] == [{"name": "negative_slope", "default": 0.01, "minimum": 0.0,
                                "maximum": 1.0}]
    assert main(["list"]) == 0
    assert "gelu" in capsys.readouterr().out
    run = cli("--version")
    assert run.returncode == 0 and run.stdout.startswith("actgui ")


def test_list_into_a_reader_that_stopped_is_quiet():
    """``actgui list | head -1``: what the reader no longer takes goes nowhere, with no error
    message (here the reader is gone before the first line)."""
    proc = subprocess.Popen([sys.executable, "-m", "actgui", "list"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    proc.stdout.close()
    assert proc.wait(timeout=60) == 1 and proc.stderr.read() == ""
    proc.stderr.close()


# --- the window --------------------------------------------------------------------------------

@pytest.fixture
def window(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    w = MainWindow(session=two_curves(), settings=QSettings(str(tmp_path / "s.ini"),
                                                            QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf", ".csv"])
def test_dialog_writes_each_format(window, tmp_path, suffix):
    dialog = window.open_export()
    assert (dialog.width_box.value(), dialog.height_box.value()) == (1920, 1080)  # a slide's size
    assert dialog.preset.currentText() == "1920 \u00d7 1080"
    dialog.format.setCurrentIndex(dialog.format.findData(suffix))
    dialog.path.setText(str(tmp_path / f"fig{suffix}"))
    dialog.panes.setCurrentIndex(dialog.panes.findData("f+df"))
    dialog.accept()
    out = tmp_path / f"fig{suffix}"
    assert dialog.written == str(out) and out.stat().st_size > 100
    if suffix == ".png":
        image = QImage(str(out))
        assert image.width() == 1920
        assert len(colour_pixels(image, ORANGE)) > 200
    elif suffix == ".svg":
        assert svg_curve_paths(out)[1][ORANGE] == 2
    elif suffix == ".pdf":
        assert b"/Subtype /Image" not in out.read_bytes()
    else:
        header = out.read_text().splitlines()[0].split(",")
        assert header[4] == "leaky_relu(negative_slope=0.1):f"


def test_transparent_png_and_export_style(window, tmp_path):
    window.set_theme("dark")
    dialog = window.open_export()
    dialog.transparent.setChecked(True)
    dialog.path.setText(str(tmp_path / "t.png"))
    dialog.accept()
    image = QImage(str(tmp_path / "t.png"))
    assert image.hasAlphaChannel() and image.pixelColor(2, 2).alpha() == 0
    dialog = window.open_export()  # the export style is light whatever the screen
    assert dialog.transparent.isChecked()  # remembered
    dialog.transparent.setChecked(False)
    dialog.path.setText(str(tmp_path / "l.png"))
    dialog.accept()
    assert QImage(str(tmp_path / "l.png")).pixelColor(2, 2).lightness() > 240


def test_the_dialog_remembers_its_choices_and_its_labels_have_mnemonics(window, tmp_path):
    from PySide6.QtWidgets import QLabel

    dialog = window.open_export()
    for label in dialog.findChildren(QLabel):
        if "&" in label.text():
            assert label.buddy() is not None, label.text()  # drawn as an underline, not "&"
    dialog.preset.setCurrentIndex(1)  # 3840 x 2160
    dialog.preset.activated.emit(dialog.preset.currentIndex())
    assert (dialog.width_box.value(), dialog.height_box.value()) == (3840, 2160)
    dialog.width_box.setValue(1000)
    assert dialog.preset.currentText() == "Custom"
    dialog.font_size.setValue(22)
    dialog.format.setCurrentIndex(dialog.format.findData(".svg"))
    dialog.path.setText(str(tmp_path / "sub" / "a.svg"))
    (tmp_path / "sub").mkdir()
    dialog.accept()
    again = window.open_export()
    remembered = (again.width_box.value(), again.font_size.value(), again.format.currentData())
    assert remembered == (1000, 22, ".svg")
    assert again.path.text() == str(tmp_path / "sub" / "actgui-figure.svg")  # the last folder


def test_the_dialog_exports_an_animation(window, tmp_path):
    from PIL import Image

    dialog = window.open_export()
    dialog.format.setCurrentIndex(dialog.format.findData(".gif"))
    assert dialog.sweep.isVisible() and not dialog.points.isVisible()
    dialog.sweep.setCurrentIndex(next(i for i in range(dialog.sweep.count())
                                      if dialog.sweep.itemText(i).endswith("negative_slope")))
    dialog.frames.setValue(5)
    dialog.width_box.setValue(320)
    dialog.height_box.setValue(200)
    dialog.path.setText(str(tmp_path / "a.gif"))
    dialog.accept()
    with Image.open(tmp_path / "a.gif") as gif:
        assert (gif.n_frames, gif.size) == (5, (320, 200))


def test_a_teaching_tab_exports_through_the_same_dialog(window, tmp_path):
    window.tabs.setCurrentIndex(1)  # the Softmax lab
    dialog = window.open_export()
    assert dialog.view is not None and dialog.format.findData(".gif") == -1
    assert not dialog.panes.isVisible() and dialog.width_box.isVisible()
    dialog.width_box.setValue(1280)
    dialog.height_box.setValue(720)
    dialog.path.setText(str(tmp_path / "lab.png"))
    dialog.accept()
    image = QImage(str(tmp_path / "lab.png"))
    assert (image.width(), image.height()) == (1280, 720)


def test_dialog_reports_a_bad_path_and_stays_open(window, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    dialog = window.open_export()
    dialog.path.setText(str(tmp_path / "nowhere" / "x.png"))
    dialog.accept()
    box = dialog.findChild(QMessageBox, "exportProblem")
    assert box.isVisible() and "does not exist" in box.text() and dialog.written is None
    assert dialog.isVisible()


def test_copy_image_to_clipboard_with_the_dialog_s_settings(window, tmp_path):
    window.copy_image()
    image = QGuiApplication.clipboard().image()
    assert (image.width(), image.height()) == (1920, 1080)
    assert len(colour_pixels(image, BLUE)) > 200
    dialog = window.open_export()
    dialog.width_box.setValue(800)
    dialog.height_box.setValue(450)
    dialog.path.setText(str(tmp_path / "x.png"))
    dialog.accept()
    window.copy_image()
    assert QGuiApplication.clipboard().image().width() == 800


def test_exports_draw_every_sample(qapp):
    options = ExportOptions(size=(1200, 800))
    canvas = render_canvas(two_curves(), options)
    render_image(canvas, options)
    item = canvas.item(0, "f")
    assert item.vertices == len(item.shown_x) > 300
    canvas.deleteLater()


def test_font_size_reaches_axes_title_and_legend(qapp):
    small = render_canvas(two_curves(), ExportOptions(size=(1200, 800), font_size=8))
    big = render_canvas(two_curves(), ExportOptions(size=(1200, 800), font_size=16))
    for canvas, pt in ((small, 8), (big, 16)):
        assert canvas.legend.font.pointSizeF() == pt
        assert canvas.plots["f"].getAxis("bottom").style["tickFont"].pointSizeF() == pt
    assert big.legend.boundingRect().height() > 1.2 * small.legend.boundingRect().height()
    small.deleteLater()
    big.deleteLater()


def test_every_format_is_offered_everywhere_from_its_registration(window, tmp_path):
    from actgui.formats import FORMATS, file_filter

    dialog = window.open_export()
    offered = [dialog.format.itemData(i) for i in range(dialog.format.count())]
    assert offered == list(FORMATS)  # figures, data and animations
    exports = [s for s, f in FORMATS.items() if f.kind in ("figure", "data")]
    filters = file_filter(lambda _ctx, text: text)
    help_text = cli("export", "--help").stdout
    for suffix in exports:
        assert f"*{suffix}" in filters and suffix in help_text
        out = tmp_path / f"all{suffix}"
        run = cli("export", str(out), "-f", "relu", "--size", "640x400", "--points", "11")
        assert run.returncode == 0 and out.stat().st_size > 50, run.stderr
    dialog.close()
