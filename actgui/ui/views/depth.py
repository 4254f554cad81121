"""Gradients through depth: a deep fully connected network run forward and backward in a worker
thread, the gradient norm per layer (on a log axis ticked at powers of ten) and the activation
mean ± std per layer, both over every layer."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QSpinBox

from ...core.i18n import QT_TRANSLATE_NOOP
from ..axes import IntegerAxis
from ..editors import NumberBox
from ..numbers import MINUS
from ..worker import Worker
from . import PlotsView, register

#: actgui.core.teaching.INITS, each with its name on screen.
INITS = {"recommended": QT_TRANSLATE_NOOP("DepthView", "recommended"),
         "xavier": QT_TRANSLATE_NOOP("DepthView", "Xavier"), "he": QT_TRANSLATE_NOOP("DepthView", "He"),
         "lecun": QT_TRANSLATE_NOOP("DepthView", "LeCun")}


def _translate(text: str) -> str:
    return QCoreApplication.translate("DepthView", text)


class DecadeAxis(IntegerAxis):
    """A log axis ticked at powers of ten only (the integers of its log10 view), each written
    alike: 1e−10, 1, 1e2."""

    def tick_label(self, k: int) -> str:
        return "1" if k == 0 else f"1e{k}".replace("-", MINUS)


@register
class DepthView(PlotsView):
    """Gradient norm (log) and activation mean ± spread per layer, for each visible curve, under
    one legend naming each curve and the initialisation it used."""

    name = "depthView"
    title = QT_TRANSLATE_NOOP("views", "Gradients through depth")
    order = 2
    aspect = 1.5

    def __init__(self, model, parent=None):
        super().__init__(model, parent)
        self.depth = QSpinBox(objectName="depthLayers")
        self.depth.setRange(2, 200)
        self.depth.setValue(30)
        self.width_box = QSpinBox(objectName="depthWidth")
        self.width_box.setRange(4, 1024)
        self.width_box.setValue(128)
        self.init = QComboBox(objectName="depthInit")
        for key, text in INITS.items():
            self.init.addItem(_translate(text), key)
        self.scale = NumberBox(objectName="depthInputScale")
        self.scale.setRange(0.01, 100.0)
        self.scale.setValue(1.0)
        for w in (self.depth, self.width_box, self.scale):
            w.valueChanged.connect(self.schedule)
        self.init.currentIndexChanged.connect(self.schedule)
        self.controls.addRow(self.tr("&Layers:"), self.depth)
        self.controls.addRow(self.tr("&Width:"), self.width_box)
        self.controls.addRow(self.tr("&Initialisation:"), self.init)
        self.controls.addRow(self.tr("Input &scale:"), self.scale)
        self.grad_plot = self._add_plot(self.tr("‖∂L/∂W‖ per layer"), self.tr("gradient norm"),
                                        self.tr("layer"),
                                        axes={"left": DecadeAxis("left"), "bottom": IntegerAxis("bottom")})
        self.grad_plot.setLogMode(y=True)
        self.mean_plot = self._add_plot(self.tr("activation mean ± std per layer"), self.tr("value"),
                                        self.tr("layer"), axes={"bottom": IntegerAxis("bottom")})
        self.results: dict = {}
        self._pending: set[tuple] = set()
        self._worker = Worker("actgui-depth")
        self._worker.signals.done.connect(self._on_done)
        self.destroyed.connect(self._worker.close)

    def settings(self) -> dict:
        return {"depth": self.depth.value(), "width": self.width_box.value(),
                "init": self.init.currentData(), "input_scale": self.scale.value()}

    def _key(self, curve):
        """What a result depends on (immutable: it is also what the worker receives)."""
        return curve.function, curve.params, tuple(sorted(self.settings().items()))

    def redraw(self):
        """Draw what is computed; compute the rest in the worker thread (results are cached)."""
        missing = [c for c in self.curves() if self._key(c) not in self.results]
        for curve in missing:
            key = self._key(curve)
            if key not in self._pending:
                self._pending.add(key)
                self._worker.submit(key, lambda _job, key=key: _profile(key))
        self._draw()
        self.note.setText(self.tr("Computing\u2026") if missing else self._summary())

    def _on_done(self, key, result, error):
        self._pending.discard(key)
        if error is not None:
            raise error  # in the UI thread: the window reports it
        self.results[key] = result
        if not self._pending:
            self.redraw()

    def wait(self, ms=10000) -> bool:
        """Process events until every computation has finished and been drawn (tests, export)."""
        from PySide6.QtCore import QDeadlineTimer, QEventLoop
        from PySide6.QtWidgets import QApplication

        deadline = QDeadlineTimer(ms)
        while self._pending and not deadline.hasExpired():
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        return not self._pending

    def _draw(self):
        """Every layer shown, the gradient norms between whole decades."""
        for plot in (self.grad_plot, self.mean_plot):
            plot.clear()
        self.legend.clear()
        depth = self.depth.value()
        layers = np.arange(1, depth + 1)
        norms = []
        for curve, label in zip(self.curves(), self.model.session.labels(), strict=True):
            r = self.results.get(self._key(curve))
            if r is None:
                continue
            pen = pg.mkPen(curve.color, width=1.5)
            shown = np.where(r.grad_norm > 0, r.grad_norm, np.nan)
            item = self.grad_plot.plot(layers, shown, pen=pen, connect="finite")
            norms.append(shown[np.isfinite(shown)])
            self.legend.addItem(item, f"{label} ({_translate(INITS[r.init])})")
            self.mean_plot.plot(layers, r.mean, pen=pen)
            fill = pg.FillBetweenItem(pg.PlotDataItem(layers, r.mean - r.std),
                                      pg.PlotDataItem(layers, r.mean + r.std),
                                      brush=pg.mkBrush(pg.mkColor(curve.color).lighter(100)))
            fill.setOpacity(0.2)
            self.mean_plot.addItem(fill)
        for plot in (self.grad_plot, self.mean_plot):
            plot.setXRange(0.5, depth + 0.5, padding=0)
        logs = np.log10(np.concatenate(norms)) if norms else np.empty(0)
        if logs.size:
            lo, hi = math.floor(logs.min()), math.ceil(logs.max())
            self.grad_plot.setYRange(lo, max(hi, lo + 1), padding=0)
        self.relayout()

    def _summary(self) -> str:
        lines = []
        for curve, label in zip(self.curves(), self.model.session.labels(), strict=True):
            r = self.results[self._key(curve)]
            ratio = r.grad_norm[0] / r.grad_norm[-1] if r.grad_norm[-1] > 0 else math.inf
            lines.append(self.tr("{}: first/last layer gradient ratio {:.3g}").format(label, ratio))
        return "\n".join(lines)

    def table(self):
        header, columns = ["layer"], [np.arange(1, self.depth.value() + 1)]
        for curve, label in zip(self.curves(), self.model.session.labels(), strict=True):
            key = self._key(curve)
            r = self.results.get(key) or _profile(key)  # computed now for readers that cannot wait
            header += [f"{label}:grad_norm", f"{label}:mean", f"{label}:std"]
            columns += [r.grad_norm, r.mean, r.std]
        return header, np.column_stack(columns).tolist()


def _profile(key):
    from ...core.teaching import depth_profile

    function, params, settings = key
    return depth_profile(function, params, **dict(settings))
