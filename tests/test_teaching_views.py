"""The teaching views in the window: they follow the checked curves live and export."""

import csv
import math
import re
import xml.etree.ElementTree as ET

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QEvent, QRectF, QSettings
from PySide6.QtGui import QColor, QHelpEvent, QImage
from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QToolTip

from actgui.core import softmax, softmax_jacobian
from actgui.core.session import Session
from actgui.core.teaching import INITS, depth_profile, signal_stats
from actgui.ui.canvas import THEME_COLOURS
from actgui.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path):
    s = Session.of("sigmoid", "relu")
    w = MainWindow(session=s, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def views(window):
    return {key: window.teaching_view(name) for key, name in
            (("softmax", "softmaxLab"), ("depth", "depthView"), ("signal", "signalView"))}


def test_views_are_built_when_first_shown(window):
    assert window.tabs.widget(2).objectName() == "depthViewPlaceholder"
    window.tabs.setCurrentIndex(2)
    assert window.tabs.currentWidget().objectName() == "depthView"
    assert window.tabs.tabText(2) == "Gradients through depth"


def test_softmax_lab_shows_the_naive_overflow(window, qtbot):
    lab = views(window)["softmax"]
    window.tabs.setCurrentWidget(lab)
    lab.preset.activated.emit(2)  # the overflow vector
    qtbot.waitUntil(lambda: "NaN" in lab.note.text(), timeout=2000)
    x = np.array([1010, 1020, 1000, 990, 1050.0])
    np.testing.assert_array_equal(lab.vector(), x)
    assert np.isnan(lab.values["softmax_naive"]).all()
    np.testing.assert_allclose(lab.values["softmax"], softmax(x), rtol=1e-15)
    assert lab.values["jacobian"].shape == (5, 5) and len(lab.jac_cells) == 25
    lab.temperature.setValue(100.0)
    qtbot.waitUntil(lambda: np.isfinite(lab.values["softmax_naive"]).all(), timeout=2000)
    np.testing.assert_allclose(lab.values["softmax"], softmax(x, temperature=100.0))
    lab.logits.setText("oops")
    qtbot.waitUntil(lambda: "Type numbers" in lab.note.text(), timeout=2000)


def test_views_compute_only_when_shown(window, qtbot):
    depth, signal = views(window)["depth"], views(window)["signal"]
    qtbot.wait(200)
    assert not depth.results and not signal.stats
    window.tabs.setCurrentWidget(signal)
    qtbot.waitUntil(lambda: list(signal.stats) == ["sigmoid", "relu"], timeout=2000)


def test_depth_view_follows_the_curves_with_their_colours(window, qtbot):
    view = views(window)["depth"]
    window.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.wait() and len(view.results) == 2, timeout=5000)
    qtbot.waitUntil(lambda: len(view.grad_plot.listDataItems()) == 2, timeout=5000)
    items = view.grad_plot.listDataItems()
    assert [i.opts["pen"].color().name() for i in items] == [c.color for c in window.model.session.curves]
    want = depth_profile("sigmoid", depth=30, width=128)
    np.testing.assert_allclose(items[0].yData, want.grad_norm)
    window.document.add_curve("leaky_relu", {"negative_slope": 0.2})
    view.schedule()
    qtbot.waitUntil(lambda: view.wait() and len(view.grad_plot.listDataItems()) == 3, timeout=5000)
    window.document.set_param(2, "negative_slope", 0.05)
    qtbot.waitUntil(lambda: view.wait() and any("0.05" in h for h in view.table()[0]), timeout=5000)
    view.depth.setValue(10)
    qtbot.waitUntil(lambda: view.wait() and len(view.table()[1]) == 10, timeout=5000)


def test_signal_view_numbers_are_the_cores(window, qtbot):
    view = views(window)["signal"]
    window.tabs.setCurrentWidget(view)
    view.mu.setValue(0.5)
    view.sigma.setValue(2.0)
    want = signal_stats("relu", mu=0.5, sigma=2.0)
    qtbot.waitUntil(lambda: "relu" in view.stats and view.stats["relu"].dead == want.dead,
                    timeout=2000)
    assert view.table()[1][0][0] == "sigmoid"
    assert view.stats["sigmoid"].mean == signal_stats("sigmoid", mu=0.5, sigma=2.0).mean
    assert "50%" not in view.note.text() and "relu" in view.note.text()
    window.document.set_curve(0, visible=False)
    qtbot.waitUntil(lambda: list(view.stats) == ["relu"], timeout=2000)


def test_stem_labels_of_curves_with_the_same_point_mass_do_not_overlap(window, qtbot):
    window.document.add_curve("relu6")  # ReLU and ReLU6: half the mass at 0 each
    view = views(window)["signal"]
    window.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: "relu6" in view.stats, timeout=2000)
    labels = [item for item in view.density_plot.items if isinstance(item, pg.TextItem)]
    assert [t.toPlainText() for t in labels] == ["50 % at 0", "50 % at 0"]
    a, b = (t.sceneBoundingRect() for t in labels)
    assert not a.intersects(b), (a, b)
    assert view.density_plot.getViewBox().sceneBoundingRect().contains(a.united(b))  # both shown


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf", ".csv"])
def test_each_view_exports(window, qtbot, tmp_path, suffix):
    for name, view in views(window).items():
        window.tabs.setCurrentWidget(view)
        qtbot.waitUntil(lambda v=view: not v._stale, timeout=2000)
        if name == "depth":
            qtbot.waitUntil(lambda v=view: v.wait() and len(v.grad_plot.listDataItems()) == 2,
                            timeout=5000)
        path = tmp_path / f"{name}{suffix}"
        window.export_view(view, str(path))
        assert path.stat().st_size > 100, name
        if suffix == ".png":
            image = QImage(str(path))
            assert (image.width(), image.height()) == (1920, 1080)  # the export dialog's size
        elif suffix == ".svg":
            assert not list(ET.parse(path).getroot().iter("{http://www.w3.org/2000/svg}image"))
        elif suffix == ".pdf":
            assert b"/Subtype /Image" not in path.read_bytes()
        else:
            rows = list(csv.reader(path.read_text().splitlines()[:-1]))
            assert len(rows) > 1 and all(len(r) == len(rows[0]) for r in rows)


# --- reading the views: axes, values, tooltips, ranges, small screens ------------------------------

def shown(window, qtbot, name):
    """The view, shown and drawn (the depth view's computations finished)."""
    view = views(window)[name]
    window.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: not view._stale, timeout=2000)
    if name == "depth":
        qtbot.waitUntil(lambda: view.wait() and len(view.grad_plot.listDataItems()) == len(view.curves()),
                        timeout=10000)
    qtbot.wait(50)  # the layout settles
    return view


def read(text: str) -> float:
    return float(text.replace("\u2212", "-"))


def test_no_axis_has_an_si_prefix(window, qtbot):
    for name in ("softmax", "depth", "signal"):
        view = shown(window, qtbot, name)
        axes = [i for i in view.view.scene().items() if isinstance(i, pg.AxisItem)]
        assert len(axes) >= 2 * len(view.cells), name
        for axis in axes:
            assert axis.autoSIPrefix is False, (name, axis.labelString())
            assert not re.search(r"\(x[\d.]", axis.labelString()), (name, axis.labelString())
    depth = views(window)["depth"]
    values, labels, _ = depth.grad_plot.getAxis("left").current_ticks()
    assert len(values) >= 2 and all(re.fullmatch("1|1e\u2212?[1-9][0-9]*", t) for t in labels)
    assert [read(t) for t in labels] == pytest.approx([10.0**k for k in values])
    lo, hi = depth.grad_plot.getViewBox().viewRange()[1]
    logs = np.log10(depth_profile("sigmoid", depth=30, width=128).grad_norm)
    assert lo == math.floor(logs.min()) and hi >= logs.max()  # every norm shown, between decades


def test_the_depth_view_offers_the_cores_initialisations_by_name(window, qtbot):
    view = shown(window, qtbot, "depth")
    assert [view.init.itemData(i) for i in range(view.init.count())] == list(INITS)
    assert view.init.itemText(0) == "recommended"
    assert [label.text for _sample, label in view.legend.items] == ["sigmoid (Xavier)", "relu (He)"]
    view.init.setCurrentIndex(view.init.findData("lecun"))
    qtbot.waitUntil(lambda: view.wait() and [label.text for _s, label in view.legend.items]
                    == ["sigmoid (LeCun)", "relu (LeCun)"], timeout=10000)


def test_softmax_values_are_written_on_their_bars(window, qtbot):
    lab = shown(window, qtbot, "softmax")
    x = lab.vector()
    for key, want in (("softmax", softmax(x)), ("softmin", softmax(-x))):
        texts = lab.value_texts[key]
        assert len(texts) == 2 * x.size and all(t.isVisible() for t in texts)
        for i, w in enumerate(want):  # stable, then naive (equal here), three digits
            for t, at in ((texts[i], i - 0.2), (texts[x.size + i], i + 0.2)):
                assert read(t.toPlainText()) == pytest.approx(w, rel=5e-3)
                assert t.pos().x() == pytest.approx(at) and t.pos().y() == pytest.approx(w)
    lab.preset.activated.emit(2)  # the overflow vector: naive NaN and −∞, once per bar
    qtbot.waitUntil(lambda: "NaN" in lab.note.text(), timeout=2000)
    x = lab.vector()
    naive = {key: [t.toPlainText() for t in lab.value_texts[key][x.size:]] for key in lab.value_texts}
    assert naive == {"softmax": ["NaN"] * 5, "log_softmax": ["\u2212\u221e"] * 5, "softmin": ["NaN"] * 5}
    assert "\u2212\u221e at 5 of 5" in lab.note.text() and "NaN at 5 of 5" in lab.note.text()
    for key, texts in lab.value_texts.items():
        boxes = [t.sceneBoundingRect().adjusted(1, 1, -1, -1) for t in texts if t.isVisible()]
        assert len(boxes) == 2 * x.size
        assert not any(a.intersects(b) for k, a in enumerate(boxes) for b in boxes[k + 1:]), key


def test_hovering_a_bar_shows_what_it_is(window, qtbot):
    lab = shown(window, qtbot, "softmax")
    x = lab.vector()
    plot = lab.plots["softmax"]
    bars = [i for i in plot.items if isinstance(i, QGraphicsRectItem)]
    assert len(bars) == 2 * x.size
    bar = next(b for b in bars if b.rect().center().x() == pytest.approx(2 - 0.2))  # stable, index 2
    centre = lab.view.mapFromScene(bar.mapToScene(bar.rect().center()))
    QApplication.sendEvent(lab.view.viewport(), QHelpEvent(QEvent.Type.ToolTip, centre,
                                                            lab.view.viewport().mapToGlobal(centre)))
    tip = QToolTip.text()
    assert tip.startswith("softmax, stable") and "index 2, logit 5" in tip
    assert read(tip.rsplit(" ", 1)[1]) == pytest.approx(softmax(x)[2], rel=1e-9)


def test_probabilities_stay_on_0_to_1_whatever_the_temperature(window, qtbot):
    lab = shown(window, qtbot, "softmax")
    for t in (5.0, 0.2):
        lab.temperature.setValue(t)
        qtbot.waitUntil(lambda t=t: np.allclose(lab.values["softmax"], softmax(lab.vector(), t)),
                        timeout=2000)
        for key in ("softmax", "softmin"):
            assert lab.plots[key].getViewBox().viewRange()[1] == [0.0, 1.0], (key, t)


def test_the_jacobian_has_a_colour_bar_and_index_ticks(window, qtbot):
    lab = shown(window, qtbot, "softmax")
    jac = softmax_jacobian(lab.vector())
    lim = np.abs(jac).max()
    assert isinstance(lab.colour_bar, pg.ColorBarItem)
    assert lab.colour_bar.levels() == pytest.approx((-lim, lim))
    values, labels, _ = lab.colour_bar.getAxis("right").current_ticks()
    assert 0.0 in values and all(-lim <= v <= lim for v in values)
    assert [read(t) for t in labels] == pytest.approx(values)
    bottom, left = (lab.jac_plot.getAxis(name).current_ticks()[:2] for name in ("bottom", "left"))
    assert bottom == ((0, 1, 2, 3, 4), ("0", "1", "2", "3", "4"))  # columns j
    assert left == ((0, 1, 2, 3, 4), ("4", "3", "2", "1", "0"))  # rows i, row 0 on top
    for i, j in ((2, 1), (0, 3), (4, 0)):  # each cell centred on its ticks
        assert lab.jac_cells[5 * i + j].rect().center().toTuple() == (j, 4 - i)
        assert read(lab.jac_cells[5 * i + j].toolTip().rsplit(" ", 1)[1]) == pytest.approx(jac[i, j])


def test_the_signal_table_writes_no_negative_zero(window, qtbot):
    window.document.add_curve("hardtanh", {})
    mean = signal_stats("hardtanh").mean
    assert mean < 0 and round(mean, 4) == 0  # what "%+.4f" wrote as "-0.0000"
    view = shown(window, qtbot, "signal")
    assert "hardtanh" in view.note.text()
    assert not re.search(r"[-\u2212]0(?![.0]*[1-9])", view.note.text())


def test_legends_follow_the_theme(window, qtbot):
    lab = shown(window, qtbot, "softmax")
    window.set_theme("dark")
    qtbot.waitUntil(lambda: lab.colours == THEME_COLOURS["dark"], timeout=2000)
    for _sample, label in lab.legend.items:
        assert QColor(THEME_COLOURS["dark"][1]).name()[1:] in label.item.toHtml().lower()


def test_a_view_is_laid_out_for_the_size_an_export_gives_it(window, qtbot):
    lab = shown(window, qtbot, "softmax")
    rows = {round(plot.sceneBoundingRect().top()) for plot in lab.cells}
    assert len(rows) == 2  # on screen: two rows of two
    lab.view.setFixedSize(1200, 450)  # what an export at 2400x900 does while it draws
    lab.refresh()
    QApplication.processEvents()
    assert lab.view.size().toTuple() == (1200, 450)
    assert len({round(plot.sceneBoundingRect().top()) for plot in lab.cells}) == 1  # one row of four
    assert all(QRectF(lab.view.rect()).contains(plot.sceneBoundingRect()) for plot in lab.cells)


@pytest.mark.parametrize("size", [(1024, 768), (1280, 720)])
def test_every_plot_fits_or_scrolls_on_a_small_screen(window, qtbot, size):
    """Four curves; each plot's data area at least 150 px, the plots side by side without
    overlap, inside the view (scrolled to, never clipped); every layer of the depth shown."""
    for f in ("tanh", "selu"):
        window.document.add_curve(f, {})
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size, timeout=2000)
    for name in ("softmax", "depth", "signal"):
        view = shown(window, qtbot, name)
        inside = QRectF(view.view.rect())
        boxes = []
        for plot in view.cells:
            data = plot.getViewBox().sceneBoundingRect()
            assert data.width() >= 150 and data.height() >= 150, (name, plot.titleLabel.text)
            box = plot.sceneBoundingRect()
            assert inside.contains(box), (name, plot.titleLabel.text, box, inside)
            boxes.append(box.adjusted(1, 1, -1, -1))
        assert not any(a.intersects(b) for k, a in enumerate(boxes) for b in boxes[k + 1:]), name
        viewport = view.scroll.viewport().size()
        for bar, extra in ((view.scroll.horizontalScrollBar(), view.view.width() - viewport.width()),
                           (view.scroll.verticalScrollBar(), view.view.height() - viewport.height())):
            assert bar.maximum() == max(extra, 0), name
    depth = views(window)["depth"]
    for plot in (depth.grad_plot, depth.mean_plot):
        lo, hi = plot.getViewBox().viewRange()[0]
        assert lo <= 1 and hi >= 30
