"""The teaching views in the window: they follow the checked curves live and export."""

import csv
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage

from actgui.core import softmax
from actgui.core.session import Session
from actgui.core.teaching import depth_profile, signal_stats
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
            assert QImage(str(path)).width() == 2 * view.view.width()
        elif suffix == ".svg":
            assert not list(ET.parse(path).getroot().iter("{http://www.w3.org/2000/svg}image"))
        elif suffix == ".pdf":
            assert b"/Subtype /Image" not in path.read_bytes()
        else:
            rows = list(csv.reader(path.read_text().splitlines()[:-1]))
            assert len(rows) > 1 and all(len(r) == len(rows[0]) for r in rows)
