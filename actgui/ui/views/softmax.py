"""Softmax lab: logits in, softmax / log-softmax / softmin computed stably and naively side by
side, and the softmax Jacobian as a (vector) heat map."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QGraphicsRectItem, QLineEdit

from ...core import log_softmax, softmax, softmax_jacobian, softmin
from ...core.i18n import QT_TRANSLATE_NOOP
from ..editors import NumberBox
from . import TeachingView, register

PRESETS = ((QT_TRANSLATE_NOOP("SoftmaxLab", "tutorial: [0.5, 2.8, 5.0, 1.0, 3.0]"),
            "0.5, 2.8, 5.0, 1.0, 3.0"),
           (QT_TRANSLATE_NOOP("SoftmaxLab", "overflow: [1010, 1020, 1000, 990, 1050]"),
            "1010, 1020, 1000, 990, 1050"))
MAX_HEAT = 64  # Jacobian cells drawn: the first 64 entries


@register
class SoftmaxLab(TeachingView):
    """Logits in, softmax / log-softmax / softmin stable and naive side by side, the Jacobian."""

    name = "softmaxLab"
    title = QT_TRANSLATE_NOOP("views", "Softmax lab")
    order = 1

    def __init__(self, model, parent=None):
        super().__init__(model, parent)
        self.logits = QLineEdit("0.5, 2.8, 5.0, 1.0, 3.0", objectName="softmaxLogits")
        self.logits.setToolTip(self.tr("Numbers separated by commas or spaces; paste a vector"))
        self.logits.textChanged.connect(self.schedule)
        self.preset = QComboBox(objectName="softmaxPreset")
        self.preset.addItem(self.tr("Presets\u2026"))
        for label, logits in PRESETS:
            self.preset.addItem(QCoreApplication.translate("SoftmaxLab", label), logits)
        self.preset.activated.connect(self._apply_preset)
        self.temperature = NumberBox(objectName="softmaxTemperature")
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
            self.plots[key] = self._plot(0, col, title, self.tr("value"), self.tr("index i"))
        self.jac_plot = self.view.addPlot(row=1, col=0, colspan=3, title=self.tr("softmax Jacobian ∂sᵢ/∂xⱼ"))
        self.jac_plot.invertY(True)
        self.jac_plot.setAspectLocked(True)
        self.colormap = pg.colormap.get("CET-D1")
        self.jac_cells: list[QGraphicsRectItem] = []
        self.values: dict[str, np.ndarray] = {}

    def _apply_preset(self, index):
        if index > 0:
            self.logits.setText(self.preset.itemData(index))
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
                                         width=0.38, brush="#0072b2", name=self.tr("stable")))
            shown = np.where(np.isfinite(naive), naive, 0.0)
            plot.addItem(pg.BarGraphItem(x=idx + 0.2, height=shown, width=0.38, brush="#d55e00",
                                         name=self.tr("naive")))
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
