"""Teaching views: the softmax lab, gradients through depth, and signal statistics.

Each view follows the session's visible curves (colours included), computes with
actgui.core, and exports like the main canvas: ``figure()`` is drawn by figure.py, ``table()``
gives the CSV.
"""

from __future__ import annotations

import math
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as futures_wait

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGraphicsRectItem,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core import log_softmax, softmax, softmax_jacobian, softmin
from ..core.teaching import INITS, depth_profile, signal_stats
from . import TEACHING
from .canvas import THEME_COLOURS
from .models import SessionModel

PRESETS = {"tutorial: [0.5, 2.8, 5.0, 1.0, 3.0]": "0.5, 2.8, 5.0, 1.0, 3.0",
           "overflow: [1010, 1020, 1000, 990, 1050]": "1010, 1020, 1000, 990, 1050"}
REFRESH_MS = 60
MAX_HEAT = 64  # Jacobian cells drawn: the first 64 entries


class TeachingView(QWidget):
    """A plot area plus controls, refreshed (coalesced) when the session changes."""

    name = ""  # objectName, a key of TEACHING

    @property
    def title(self) -> str:
        return TEACHING[self.name]

    def __init__(self, model: SessionModel, parent=None):
        super().__init__(parent)
        self.setObjectName(self.name)
        self.model = model
        self.view = pg.GraphicsLayoutWidget()
        self.colours = THEME_COLOURS["light"]
        self.controls = QFormLayout()
        self.note = QLabel(objectName=f"{self.name}Note")
        self.note.setWordWrap(True)
        panel = QWidget()
        panel.setMaximumWidth(340)
        left = QVBoxLayout(panel)
        left.addLayout(self.controls)
        left.addWidget(self.note)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(panel)
        layout.addWidget(self.view, 1)
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._stale = True
        for sig in (model.dataChanged, model.rowsInserted, model.rowsRemoved, model.modelReset):
            sig.connect(self.schedule)

    def schedule(self, *_):
        """Refresh soon if shown; a hidden view only remembers that it is stale (computing
        views nobody looks at would slow start-up and every edit)."""
        self._stale = True
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event):
        super().showEvent(event)
        if self._stale:
            self._timer.start()

    def refresh(self):
        self._stale = False
        self.redraw()

    def redraw(self):
        raise NotImplementedError

    def curves(self):
        return [c for c in self.model.session.curves if c.visible]

    def set_theme(self, theme: str):
        self.colours = THEME_COLOURS[theme]
        self.view.setBackground(self.colours[0])
        for item in self.view.ci.items:
            if isinstance(item, pg.PlotItem):
                for name in ("left", "bottom"):
                    item.getAxis(name).setPen(self.colours[1])
                    item.getAxis(name).setTextPen(self.colours[1])
                item.setTitle(item.titleLabel.text, color=self.colours[1])
                if item.legend is not None:
                    item.legend.setLabelTextColor(self.colours[1])
        self.schedule()

    def set_pen_scale(self, scale: float):
        """What figure.py calls before drawing at ``scale``x; these views keep their pens."""

    def _plot(self, row, col, title, left, bottom, log_y=False) -> pg.PlotItem:
        """A plot with translated title and axis labels."""
        plot = self.view.addPlot(row=row, col=col, title=self.tr(title))
        plot.setLabel("left", self.tr(left))
        plot.setLabel("bottom", self.tr(bottom))
        plot.showGrid(x=True, y=True, alpha=0.15)  # a few static plots: the cost does not matter
        plot.setLogMode(y=log_y)
        plot.addLegend(offset=(6, 6), labelTextSize="8pt")
        return plot

    def table(self) -> tuple[list[str], list[list]]:
        raise NotImplementedError


class SoftmaxLab(TeachingView):
    """Logits in, softmax / log-softmax / softmin stable and naive side by side, the Jacobian."""

    name = "softmaxLab"

    def __init__(self, model, parent=None):
        super().__init__(model, parent)
        self.logits = QLineEdit("0.5, 2.8, 5.0, 1.0, 3.0", objectName="softmaxLogits")
        self.logits.setToolTip(self.tr("Numbers separated by commas or spaces; paste a vector"))
        self.logits.textChanged.connect(self.schedule)
        self.preset = QComboBox(objectName="softmaxPreset")
        self.preset.addItem(self.tr("Presets\u2026"))
        self.preset.addItems(list(PRESETS))
        self.preset.activated.connect(self._apply_preset)
        self.temperature = QDoubleSpinBox(objectName="softmaxTemperature")
        self.temperature.setRange(0.01, 1000.0)
        self.temperature.setValue(1.0)
        self.temperature.setSingleStep(0.1)
        self.temperature.valueChanged.connect(self.schedule)
        self.controls.addRow(self.tr("&Logits:"), self.logits)
        self.controls.addRow("", self.preset)
        self.controls.addRow(self.tr("&Temperature:"), self.temperature)
        self.plots = {}
        for col, (key, title) in enumerate((("softmax", "softmax"), ("log_softmax", "log-softmax"),
                                            ("softmin", "softmin"))):
            self.plots[key] = self._plot(0, col, title, "value", "index i")
        self.jac_plot = self.view.addPlot(row=1, col=0, colspan=3, title=self.tr("softmax Jacobian ∂sᵢ/∂xⱼ"))
        self.jac_plot.invertY(True)
        self.jac_plot.setAspectLocked(True)
        self.colormap = pg.colormap.get("CET-D1")
        self.jac_cells: list[QGraphicsRectItem] = []
        self.values: dict[str, np.ndarray] = {}

    def _apply_preset(self, index):
        if index > 0:
            self.logits.setText(PRESETS[self.preset.itemText(index)])
        self.preset.setCurrentIndex(0)

    def vector(self) -> np.ndarray:
        parts = self.logits.text().replace(",", " ").replace("[", " ").replace("]", " ").split()
        return np.array([float(p) for p in parts], dtype=np.float64)

    def redraw(self):
        try:
            x = self.vector()
            if x.size == 0:
                raise ValueError("no numbers")
        except ValueError:
            self.note.setText(self.tr("Type numbers separated by commas, e.g. 1, 2, 3."))
            return
        t = self.temperature.value()
        idx = np.arange(x.size)
        self.values = {}
        problems = []
        for key, fn in (("softmax", softmax), ("log_softmax", log_softmax), ("softmin", softmin)):
            plot = self.plots[key]
            plot.clear()
            stable, naive = fn(x, t), fn(x, t, stable=False)
            self.values[key], self.values[f"{key}_naive"] = stable, naive
            plot.addItem(pg.BarGraphItem(x=idx - 0.2, height=np.nan_to_num(stable, neginf=0),
                                         width=0.38, brush="#0072b2", name="stable"))
            shown = np.where(np.isfinite(naive), naive, 0.0)
            plot.addItem(pg.BarGraphItem(x=idx + 0.2, height=shown, width=0.38, brush="#d55e00",
                                         name="naive"))
            bad = ~np.isfinite(naive)
            for i in np.flatnonzero(bad):
                text = pg.TextItem("NaN" if np.isnan(naive[i]) else "−∞", color="#d55e00",
                                   anchor=(0.5, 1))
                text.setPos(i + 0.2, 0)
                plot.addItem(text)
            if bad.any():
                problems.append(key)
        jac = softmax_jacobian(x, t)
        self.values["jacobian"] = jac
        self._draw_heat_map(jac[:MAX_HEAT, :MAX_HEAT])
        if problems:
            self.note.setText(self.tr(
                "The naive formula exp(x)/Σexp(x) overflows here: exp({:g}) is infinite in "
                "float64, so inf/inf gives NaN ({}). Subtracting the maximum first (stable) "
                "changes nothing mathematically and gives the right answer.").format(
                    x.max() / t, ", ".join(problems)))
        else:
            self.note.setText(self.tr("Naive and stable agree: no exponential overflows. "
                                      "Try the overflow preset."))

    def _draw_heat_map(self, jac):
        """One rectangle per cell, so SVG and PDF exports stay vector."""
        for cell in self.jac_cells:
            self.jac_plot.removeItem(cell)
        lim = float(np.abs(jac).max()) or 1.0
        colours = self.colormap.map((jac.ravel() / lim + 1) / 2, mode="qcolor")
        self.jac_cells = []
        n = jac.shape[0]
        for k, colour in enumerate(colours):
            i, j = divmod(k, n)
            cell = QGraphicsRectItem(j - 0.5, i - 0.5, 1, 1)
            cell.setPen(pg.mkPen(None))
            cell.setBrush(colour)
            self.jac_plot.addItem(cell)
            self.jac_cells.append(cell)

    def table(self):
        x = self.vector()
        keys = [k for k in self.values if k != "jacobian"]
        header = ["i", "x", *keys]
        rows = [[i, x[i], *(self.values[k][i] for k in keys)] for i in range(x.size)]
        return header, rows


class _Finished(QObject):
    """Carries a finished computation from the worker thread to the UI thread (queued)."""

    done = Signal(object, object)


class DepthView(TeachingView):
    """Gradient norm (log) and activation mean ± spread per layer, for each visible curve."""

    name = "depthView"

    def __init__(self, model, parent=None):
        super().__init__(model, parent)
        self.depth = QSpinBox(objectName="depthLayers")
        self.depth.setRange(2, 200)
        self.depth.setValue(30)
        self.width_box = QSpinBox(objectName="depthWidth")
        self.width_box.setRange(4, 1024)
        self.width_box.setValue(128)
        self.init = QComboBox(objectName="depthInit")
        self.init.addItems(list(INITS))
        self.scale = QDoubleSpinBox(objectName="depthInputScale")
        self.scale.setRange(0.01, 100.0)
        self.scale.setValue(1.0)
        for w in (self.depth, self.width_box, self.scale):
            w.valueChanged.connect(self.schedule)
        self.init.currentTextChanged.connect(self.schedule)
        self.controls.addRow(self.tr("&Layers:"), self.depth)
        self.controls.addRow(self.tr("&Width:"), self.width_box)
        self.controls.addRow(self.tr("&Initialisation:"), self.init)
        self.controls.addRow(self.tr("Input &scale:"), self.scale)
        self.grad_plot = self._plot(0, 0, "‖∂L/∂W‖ per layer", "gradient norm", "layer", log_y=True)
        self.mean_plot = self._plot(0, 1, "activation mean ± std per layer", "value", "layer")
        self.results: dict = {}
        self._jobs: dict[tuple, Future] = {}
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="actgui-depth")
        self._finished = _Finished(self)
        self._finished.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)

    def settings(self) -> dict:
        return {"depth": self.depth.value(), "width": self.width_box.value(),
                "init": self.init.currentText(), "input_scale": self.scale.value()}

    def _key(self, curve):
        return (curve.function, tuple(sorted(curve.params.items())),
                tuple(sorted(self.settings().items())))

    def redraw(self):
        """Draw what is computed; compute the rest in a worker thread (results are cached)."""
        settings = self.settings()
        missing = [c for c in self.curves() if self._key(c) not in self.results]
        for curve in missing:
            key = self._key(curve)
            if key in self._jobs:
                continue
            job = self._jobs[key] = self._worker.submit(depth_profile, curve.function,
                                                        curve.params, **settings)
            # Runs at once, in this thread, if the result was cached: hence the queued connection.
            job.add_done_callback(lambda f, key=key: self._finished.done.emit(key, f))
        self._draw()
        self.note.setText(self.tr("Computing\u2026") if missing else self._summary())

    def _on_done(self, key, future: Future):
        self._jobs.pop(key, None)
        self.results[key] = future.result()  # a failure surfaces here, in the UI thread
        if not self._jobs:
            self.redraw()

    def wait(self, ms=10000) -> bool:
        """Block until every computation has finished and been drawn (tests, export)."""
        _, pending = futures_wait(list(self._jobs.values()), timeout=ms / 1000)
        QCoreApplication.processEvents()
        return not pending

    def _draw(self):
        for plot in (self.grad_plot, self.mean_plot):
            plot.clear()
        layers = np.arange(1, self.depth.value() + 1)
        for curve in self.curves():
            r = self.results.get(self._key(curve))
            if r is None:
                continue
            pen = pg.mkPen(curve.color, width=1.5)
            self.grad_plot.plot(layers, np.where(r.grad_norm > 0, r.grad_norm, np.nan), pen=pen,
                                name=f"{curve.label} ({r.init})", connect="finite")
            self.mean_plot.plot(layers, r.mean, pen=pen, name=curve.label)
            fill = pg.FillBetweenItem(pg.PlotDataItem(layers, r.mean - r.std),
                                      pg.PlotDataItem(layers, r.mean + r.std),
                                      brush=pg.mkBrush(pg.mkColor(curve.color).lighter(100)))
            fill.setOpacity(0.2)
            self.mean_plot.addItem(fill)

    def _summary(self) -> str:
        lines = []
        for curve in self.curves():
            r = self.results[self._key(curve)]
            ratio = r.grad_norm[0] / r.grad_norm[-1] if r.grad_norm[-1] > 0 else math.inf
            lines.append(self.tr("{}: first/last layer gradient ratio {:.3g}").format(curve.label, ratio))
        return "\n".join(lines)

    def _result(self, curve):
        """The computed result, or computed now (cached) for readers that cannot wait."""
        return self.results.get(self._key(curve)) or depth_profile(curve.function, curve.params,
                                                                    **self.settings())

    def table(self):
        header, columns = ["layer"], [np.arange(1, self.depth.value() + 1)]
        for curve in self.curves():
            r = self._result(curve)
            header += [f"{curve.label}:grad_norm", f"{curve.label}:mean", f"{curve.label}:std"]
            columns += [r.grad_norm, r.mean, r.std]
        return header, np.column_stack(columns).tolist()


class SignalView(TeachingView):
    """The density of f(x) for x ~ N(μ, σ²), with mean, spread, dead and saturated shares."""

    name = "signalView"

    def __init__(self, model, parent=None):
        super().__init__(model, parent)
        self.mu = QDoubleSpinBox(objectName="signalMu")
        self.mu.setRange(-100, 100)
        self.sigma = QDoubleSpinBox(objectName="signalSigma")
        self.sigma.setRange(0.01, 100)
        self.sigma.setValue(1.0)
        for w in (self.mu, self.sigma):
            w.setSingleStep(0.1)
            w.valueChanged.connect(self.schedule)
        self.controls.addRow(self.tr("Input mean &μ:"), self.mu)
        self.controls.addRow(self.tr("Input std &σ:"), self.sigma)
        self.density_plot = self._plot(0, 0, "density of f(x), x ~ N(μ, σ²); stems: point masses",
                                       "density", "f(x)")
        self.stats: dict = {}

    def redraw(self):
        self.density_plot.clear()
        self.stats = {}
        rows = []
        for curve in self.curves():
            s = signal_stats(curve.function, curve.params, self.mu.value(), self.sigma.value())
            self.stats[curve.label] = s
            self.density_plot.plot(s.density_x, s.density, pen=pg.mkPen(curve.color, width=1.5),
                                   name=curve.label)
            for value, mass in s.atoms.items():  # point masses: a stem with its probability
                if mass > 0.001:
                    self.density_plot.plot([value, value], [0, 1], pen=pg.mkPen(curve.color, width=3))
                    text = pg.TextItem(f"{100 * mass:.0f}% at {value:g}", color=curve.color,
                                       anchor=(0, 1))
                    text.setPos(value, 1)
                    self.density_plot.addItem(text)
            mean_line = pg.InfiniteLine(s.mean, angle=90,
                                        pen=pg.mkPen(curve.color, style=Qt.PenStyle.DashLine))
            self.density_plot.addItem(mean_line)
            rows.append(f"<tr><td style='color:{curve.color}'>\u25a0</td><td>{curve.label}</td>"
                        f"<td>{s.mean:+.4f}</td><td>{s.std:.4f}</td><td>{100 * s.dead:.1f}%</td>"
                        f"<td>{100 * s.saturated:.1f}%</td></tr>")
        head = "".join(f"<th>{h}</th>" for h in ("", self.tr("curve"), self.tr("mean"), self.tr("std"),
                                                 self.tr("dead"), self.tr("saturated")))
        legend = self.tr("Dashed: the mean of f(x). Dead: f′(x) = 0. Saturated: |f′(x)| &lt; 0.01.")
        self.note.setText(f"<table cellspacing='4'><tr>{head}</tr>{''.join(rows)}</table>"
                          f"<p>{legend}</p>")

    def table(self):
        header = ["curve", "mean", "std", "dead", "saturated"]
        return header, [[k, s.mean, s.std, s.dead, s.saturated] for k, s in self.stats.items()]


VIEWS = {cls.name: cls for cls in (SoftmaxLab, DepthView, SignalView)}
