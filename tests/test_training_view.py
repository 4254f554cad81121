"""The Training race tab: a race in a worker thread, drawn live, summed up, stale after changes,
stopped, deleted mid-run and exported (pytest-qt, offscreen, a few seeds and epochs)."""

import csv
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage

from actgui.core import playground
from actgui.core.playground import RaceSettings, make_run, predict, summarize_claim, train_many
from actgui.core.session import Session
from actgui.ui.main_window import MainWindow
from actgui.ui.numbers import number_text
from actgui.ui.views import training
from actgui.ui.views.training import DOMAIN, HEAT_N

CLAIM = ("sigmoid", "tanh", "relu")


def open_window(qtbot, tmp_path, functions=CLAIM):
    w = MainWindow(session=Session.of(*functions),
                   settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def window(qtbot, tmp_path):
    w = open_window(qtbot, tmp_path)
    qtbot.addWidget(w)
    return w


def race_tab(window, seeds=4, epochs=20):
    view = window.teaching_view("trainingRace")
    window.tabs.setCurrentWidget(view)
    view.seeds.setValue(seeds)
    view.epochs.setValue(epochs)
    return view


def functions(window):
    return [(c.function, c.params) for c in window.model.session.visible]


def epochs_to(losses, target):
    """First epoch with loss <= target per run (inf: never), computed here without the core."""
    reached = losses <= target
    return np.where(reached.any(axis=-1), reached.argmax(axis=-1), np.inf)


def test_the_tab_is_in_the_window(window):
    index = next(i for i in range(window.tabs.count())
                 if window.tabs.widget(i).objectName() == "trainingRacePlaceholder")
    assert window.tabs.tabText(index) == "Training race"
    window.tabs.setCurrentIndex(index)
    assert window.tabs.currentWidget().objectName() == "trainingRace"
    view = window.tabs.currentWidget()
    assert view.table() == (["function", "seed", "epoch", "train_loss", "test_loss"], [])
    assert view.settings() == RaceSettings()  # the Playground's defaults, the tutorial's 3, 3
    assert [d for d, _ in training.DATASETS] == list(playground.DATASETS)
    assert view.progress.text() == "epoch 0 of 1000"


def test_a_race_fills_in_live_and_ends_with_the_trainers_numbers(window, qtbot, monkeypatch):
    monkeypatch.setattr(training, "REPORT_S", 0.01)  # several reports on any machine
    monkeypatch.setattr(training, "YIELD_S", 0.0)
    view = race_tab(window, seeds=4, epochs=250)
    seen = []  # (progress value, points of the first median line) as the bar moves
    view.progress.valueChanged.connect(
        lambda v: seen.append((v, 0 if view._lines[0][0].xData is None else len(view._lines[0][0].xData))))
    view.run()
    assert view.running and view.stop_button.isEnabled()
    qtbot.waitUntil(lambda: view.wait(), timeout=120000)
    settings = view.settings()
    want = train_many(settings, functions(window))
    np.testing.assert_array_equal(view.result.test_loss, want.test_loss)
    np.testing.assert_array_equal(view.result.train_loss, want.train_loss)
    live = [(v, n) for v, n in seen if 0 < v < 250]
    assert live and all(n == v for v, n in live)  # epochs 1 ... v drawn while running
    assert view.progress.value() == view.progress.maximum() == 250

    medians = np.median(want.test_loss, axis=1)
    for f, (median, band, train) in enumerate(view._lines):
        np.testing.assert_array_equal(median.xData, np.arange(251))
        np.testing.assert_allclose(median.yData, medians[f], rtol=1e-12)
        low, high = (np.percentile(want.test_loss[f], q, axis=0) for q in (25, 75))
        np.testing.assert_array_equal(band.xData, np.r_[np.arange(251), np.arange(251)[::-1]])
        np.testing.assert_allclose(band.yData, np.r_[low, high[::-1]], rtol=1e-12)
        np.testing.assert_allclose(train.yData, np.median(want.train_loss[f], axis=0), rtol=1e-12)
        assert median.opts["pen"].color().name() == window.model.session.curves[f].color

    table = view.table_widget
    reach = epochs_to(want.test_loss, 0.1)
    assert [table.item(r, 0).text() for r in range(3)] == list(CLAIM)
    for r in range(3):
        median = np.median(reach[r])
        assert table.item(r, 1).text() == ("never" if np.isinf(median) else number_text(median, 6))
        assert table.item(r, 3).text() == f"{100 * np.isfinite(reach[r]).mean():.0f} %"
    assert table.item(1, 4).text() == "reference"  # tanh
    assert "vs tanh" in table.horizontalHeaderItem(4).text()
    assert view.sentence.text() == summarize_claim(want, 0.1)
    assert view.note.text() == ""


def test_decision_boundaries_are_the_networks_of_the_seed_shown(window, qtbot):
    view = race_tab(window, seeds=3, epochs=30)
    view.run()
    qtbot.waitUntil(lambda: view.wait(), timeout=60000)
    view.seed_shown.setValue(2)
    centres = (np.arange(HEAT_N) + 0.5) * (2 * DOMAIN / HEAT_N) - DOMAIN
    x1, x2 = np.meshgrid(centres, centres)
    data, _, _ = make_run(view.result.settings, 2)
    for f, (_, image, points) in enumerate(view._maps):
        np.testing.assert_array_equal(image.image, predict(view.result.network(f, 2), x1, x2))
        x, _ = points[1].getData()  # the +1 training points of seed 2
        np.testing.assert_array_equal(x, data.points[:data.n_train][data.labels[:data.n_train] > 0, 0])


def test_stop_keeps_the_epochs_done_as_partial_results(window, qtbot):
    view = race_tab(window, seeds=4, epochs=10000)
    view.run()
    qtbot.waitUntil(lambda: view.epochs_done > 0, timeout=30000)
    view.stop()
    assert not view.stop_button.isEnabled() and "Stopping" in view.note.text()
    qtbot.waitUntil(lambda: view.wait(), timeout=30000)
    done = view.result.epochs
    assert 0 < done < 10000 and view.epochs_done == done
    assert "partial" in view.note.text() and view.sentence.text().startswith(f"Partial, {done} of 10000")
    want = train_many(RaceSettings(seeds=4, epochs=done), functions(window))
    np.testing.assert_array_equal(view.result.test_loss, want.test_loss)
    assert len(view.table()[1]) == 3 * 4 * (done + 1)
    assert view.run_button.isEnabled() and not view.stop_button.isEnabled()


def test_changes_mark_the_results_stale_until_run_again(window, qtbot):
    view = race_tab(window)
    view.run()
    qtbot.waitUntil(lambda: view.wait(), timeout=60000)
    result = view.result
    assert not view.stale and view.view.ci.opacity() == 1.0
    view.batch.setValue(5)
    qtbot.waitUntil(lambda: "Stale" in view.note.text(), timeout=2000)
    assert view.result is result and view.table_widget.rowCount() == 3  # kept, greyed
    assert view.view.ci.opacity() < 1.0 and not view.table_widget.isEnabled()
    view.batch.setValue(10)  # back to the settings of the run
    qtbot.waitUntil(lambda: "Stale" not in view.note.text(), timeout=2000)
    window.document.add_curve("elu")  # the curves count too
    qtbot.waitUntil(lambda: "Stale" in view.note.text(), timeout=2000)
    view.run()
    qtbot.waitUntil(lambda: view.wait(), timeout=60000)
    assert not view.stale and view.table_widget.rowCount() == 4 and view.view.ci.opacity() == 1.0


def test_the_target_rereads_the_results_without_training(window, qtbot):
    view = race_tab(window, seeds=4, epochs=60)
    view.run()
    qtbot.waitUntil(lambda: view.wait(), timeout=60000)
    result = view.result
    view.target.setValue(0.3)
    qtbot.waitUntil(lambda: view.wait() and view.summary.reach.target == 0.3, timeout=30000)
    assert view.result is result and not view.stale
    assert view.sentence.text() == summarize_claim(result, 0.3)
    median = np.median(epochs_to(result.test_loss, 0.3)[2])  # relu
    assert view.table_widget.item(2, 1).text() == ("never" if np.isinf(median) else number_text(median, 6))


def test_settings_come_from_the_controls(window, qtbot):
    view = race_tab(window)
    view.datasets.button(1).click()
    view.hidden.setText("4, 2 1")
    view.rate.setCurrentIndex(view.rate.findData(0.1))
    view.regularization.setCurrentIndex(view.regularization.findData("L1"))
    assert view.reg_rate.isEnabled()
    view.reg_rate.setValue(0.003)
    view.noise.setValue(25)
    view.train_share.setValue(70)
    assert view.settings() == RaceSettings(dataset="xor", hidden=(4, 2, 1), learning_rate=0.1,
                                           regularization="L1", regularization_rate=0.003, noise=25,
                                           train_percent=70, seeds=4, epochs=20)
    for text in ("3, 9", "3, x", "", "1,1,1,1,1,1,1"):
        view.hidden.setText(text)
        qtbot.waitUntil(lambda: "Hidden layers" in view.note.text(), timeout=2000)
        assert not view.run_button.isEnabled()
    view.hidden.setText("3, 3")
    qtbot.waitUntil(lambda: view.run_button.isEnabled(), timeout=2000)
    for c in range(3):
        window.document.set_curve(c, visible=False)
    qtbot.waitUntil(lambda: "Check one or more curves" in view.note.text(), timeout=2000)
    assert not view.run_button.isEnabled()


def test_thumbnails_show_the_noise(window):
    view = race_tab(window)
    before = view.datasets.button(0).icon().pixmap(36, 36).toImage()
    view.noise.setValue(50)  # circle: noise flips labels, so colours change
    after = view.datasets.button(0).icon().pixmap(36, 36).toImage()
    assert before.size() == after.size() and before != after


def test_log_scale_labels_ticks_with_losses(window, qtbot):
    view = race_tab(window)
    view.run()
    qtbot.waitUntil(lambda: view.wait(), timeout=60000)
    view.log_y.setChecked(True)
    qtbot.wait(50)
    axis = view.loss_plot.getAxis("left")
    values, labels, _ = axis.current_ticks()
    assert axis.logMode and len(values) >= 2
    for v, text in zip(values, labels, strict=True):
        assert float(text.replace("\u2212", "-")) == pytest.approx(10.0**v, rel=0.05)
    assert view.target_line.value() == pytest.approx(np.log10(0.1))


def test_deleting_the_window_mid_run_raises_nothing(qtbot, tmp_path):
    w = open_window(qtbot, tmp_path)
    view = race_tab(w, seeds=4, epochs=10000)
    worker = view._worker
    view.run()
    qtbot.waitUntil(lambda: view.epochs_done > 0, timeout=30000)
    w.close()
    w.deleteLater()
    qtbot.wait(300)  # progress queued for the deleted view is dropped
    assert worker.closed
    worker._thread.join(timeout=30)
    assert not worker._thread.is_alive()  # the job stopped at its next epoch


@pytest.mark.parametrize("suffix", [".png", ".svg", ".csv"])
def test_export(window, qtbot, tmp_path, suffix):
    view = race_tab(window, seeds=2, epochs=15)
    view.run()
    qtbot.waitUntil(lambda: view.wait(), timeout=60000)
    path = tmp_path / f"race{suffix}"
    window.export_view(view, str(path))
    if suffix == ".png":
        assert QImage(str(path)).width() == 2 * view.view.width()
    elif suffix == ".svg":
        texts = {t.text for t in ET.parse(path).getroot().iter("{http://www.w3.org/2000/svg}text")}
        assert {"epoch", "relu", "dashed: train"} <= {t.strip() for t in texts if t}
    else:
        lines = path.read_text().splitlines()
        rows = list(csv.reader(lines[:-1]))
        assert rows[0] == ["function", "seed", "epoch", "train_loss", "test_loss"]
        assert len(rows) - 1 == 3 * 2 * 16
        assert [r[0] for r in rows[1::2 * 16]] == list(CLAIM)
        want = train_many(RaceSettings(seeds=2, epochs=15), functions(window))
        np.testing.assert_array_equal([float(r[4]) for r in rows[1:]], want.test_loss.ravel())
        assert lines[-1].startswith("# actgui ")
