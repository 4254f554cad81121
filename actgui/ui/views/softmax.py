"""Softmax lab: logits in, softmax / log-softmax / softmin computed stably and naively side by
side, every value written on its bar, and the softmax Jacobian as a (vector) heat map with its
colour scale."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsRectItem,
    QLineEdit,
)

from ...core import log_softmax, softmax, softmax_jacobian, softmin
from ...core.i18n import QT_TRANSLATE_NOOP
from ..axes import Axis, IntegerAxis
from ..editors import NumberBox
from ..numbers import number_text
from . import PlotsView, plain_axes, register


class RowAxis(IntegerAxis):
    """A matrix's row indices, counted from the top: the row at height y is ``span[1] − y``
    (actgui's axes do not run downwards)."""

    def tick_label(self, k: int) -> str:
        return number_text(self.span[1] - k)


PRESETS = ((QT_TRANSLATE_NOOP("SoftmaxLab", "tutorial: [0.5, 2.8, 5.0, 1.0, 3.0]"),
            "0.5, 2.8, 5.0, 1.0, 3.0"),
           (QT_TRANSLATE_NOOP("SoftmaxLab", "overflow: [1010, 1020, 1000, 990, 1050]"),
            "1010, 1020, 1000, 990, 1050"))
#: key, function, title, naive formula (z = x/T), sign of the exponent's argument.
VECTORS = (("softmax", softmax, QT_TRANSLATE_NOOP("SoftmaxLab", "softmax"), "exp(z)/Σexp(z)", 1),
           ("log_softmax", log_softmax, QT_TRANSLATE_NOOP("SoftmaxLab", "log-softmax"),
            "z − log Σexp(z)", 1),
           ("softmin", softmin, QT_TRANSLATE_NOOP("SoftmaxLab", "softmin"), "exp(−z)/Σexp(−z)", -1))
#: series, bar colour, offset of its bars from the index.
SERIES = ((QT_TRANSLATE_NOOP("SoftmaxLab", "stable"), "#0072b2", -0.2),
          (QT_TRANSLATE_NOOP("SoftmaxLab", "naive"), "#d55e00", 0.2))
BAR_WIDTH = 0.38
ON_BAR = "#ffffff"  # a value written inside its bar
VALUE_PT = 8.0  # the values' font size
MAX_HEAT = 64  # Jacobian cells drawn: the first 64 entries
COLOUR_STEPS = 64  # stripes of the colour bar


def _translate(text: str) -> str:
    return QCoreApplication.translate("SoftmaxLab", text)


@register
class SoftmaxLab(PlotsView):
    """Logits in, softmax / log-softmax / softmin stable and naive side by side, the Jacobian.

    Each bar carries its value (three digits; NaN and ±∞ where the naive formula fails, in its
    place, as no bar) and a tooltip with the vector, series, index and full value; values are
    written along the bar, inside it where it is longer than half the plot. The probabilities are
    drawn on 0..1 whatever the temperature, log-softmax from its least finite value to 0."""

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
            self.preset.addItem(_translate(label), logits)
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
        self.value_texts: dict[str, list[pg.TextItem]] = {}  # on each plot's bars
        self.value_font = QFont()
        self.value_font.setPointSizeF(VALUE_PT)
        for key, _fn, title, _formula, _sign in VECTORS:
            plot = self._add_plot(_translate(title), self.tr("value"), self.tr("index i"),
                                  axes={"bottom": IntegerAxis("bottom")})
            plot.setMouseEnabled(x=False, y=False)
            plot.getViewBox().sigResized.connect(self._fit_labels)
            self.plots[key] = plot
        for label, colour, _offset in SERIES:
            sample = pg.BarGraphItem(x=[0], height=[0], width=1, pen=None, brush=colour)
            self.legend.addItem(sample, _translate(label))
        self.jac_axes = {"left": RowAxis("left", span=(0, 0)), "bottom": IntegerAxis("bottom", span=(0, 0))}
        self.jac_plot = self._add_plot(self.tr("softmax Jacobian ∂sᵢ/∂xⱼ"), self.tr("index i"),
                                       self.tr("index j"), axes=self.jac_axes, grid=False)
        self.jac_plot.setAspectLocked(True)
        self.colormap = pg.colormap.get("CET-D1")
        self.colour_bar = self._colour_bar()
        self.jac_cells: list[QGraphicsRectItem] = []
        self.values: dict[str, np.ndarray] = {}

    def _colour_bar(self) -> pg.ColorBarItem:
        """The Jacobian's colour scale beside it, drawn as stripes (vector in SVG and PDF) on
        actgui's axis."""
        bar = pg.ColorBarItem(colorMap=self.colormap, interactive=False, width=12,
                              colorMapMenu=False)
        bar.setAxisItems({"right": Axis("right")})
        bar.axis = bar.getAxis("right")
        bar.axis.unlinkFromView()
        plain_axes(bar)
        bar.bar.setVisible(False)  # its pixmap: an image in SVG and PDF
        step = 256 / COLOUR_STEPS  # the bar's view spans 0..256
        for k, colour in enumerate(self.colormap.map(np.linspace(0, 1, COLOUR_STEPS), mode="qcolor")):
            stripe = QGraphicsRectItem(0, k * step, 1, step)
            stripe.setPen(pg.mkPen(None))
            stripe.setBrush(colour)
            bar.addItem(stripe)
        bar.setImageItem([], insert_in=self.jac_plot)
        return bar

    def set_theme(self, theme: str):
        super().set_theme(theme)
        for axis in self.colour_bar.axes.values():
            axis["item"].setPen(self.colours[1])
            axis["item"].setTextPen(self.colours[1])

    def _apply_preset(self, index):
        if index > 0:
            self.logits.setText(self.preset.itemData(index))
        self.preset.setCurrentIndex(0)

    def vector(self) -> np.ndarray:
        """The logits typed; ValueError unless they are finite numbers."""
        parts = self.logits.text().replace(",", " ").replace("[", " ").replace("]", " ").split()
        x = np.array([float(p) for p in parts], dtype=np.float64)
        if x.size == 0 or not np.isfinite(x).all():
            raise ValueError("need finite numbers")
        return x

    def redraw(self):
        try:
            x = self.vector()
        except ValueError:
            self.note.setText(self.tr("Type numbers separated by commas, e.g. 1, 2, 3."))
            return
        t = self.temperature.value()
        self.values = {}
        lines = []
        for key, fn, title, formula, sign in VECTORS:
            stable, naive = fn(x, t), fn(x, t, stable=False)
            self.values[key], self.values[f"{key}_naive"] = stable, naive
            self._draw_bars(key, _translate(title), x, (stable, naive))
            if not np.isfinite(naive).all():
                lines.append(self._failure(_translate(title), formula, sign * x / t, naive))
        jac = softmax_jacobian(x, t)
        self.values["jacobian"] = jac
        self._draw_heat_map(jac[:MAX_HEAT, :MAX_HEAT])
        self._fit_labels()
        if lines:
            lines.append(self.tr("The stable formulas subtract the maximum first: the same "
                                 "mathematically, and finite in float64."))
            self.note.setText("\n".join([self.tr("In float64, with z = x/T:"), *lines]))
        else:
            self.note.setText(self.tr("Naive and stable agree: no exponential overflows. "
                                      "Try the overflow preset."))

    def _failure(self, title: str, formula: str, exponents: np.ndarray, naive: np.ndarray) -> str:
        """Why the naive formula gives the non-finite values drawn: its sum of exponentials is ∞
        or 0 in float64 (for finite logits, the only ways)."""
        with np.errstate(over="ignore"):
            total = np.sum(np.exp(exponents))
        largest = number_text(float(exponents.max()), 6)
        cause = (self.tr("Σexp overflows to ∞ (its largest term is exp({}))").format(largest)
                 if np.isinf(total) else
                 self.tr("Σexp underflows to 0 (its largest term is exp({}))").format(largest))
        bad = [number_text(v) for v in naive if not np.isfinite(v)]
        counts = [self.tr("{value} at {count} of {total} entries").format(
            value=text, count=bad.count(text), total=naive.size) for text in dict.fromkeys(bad)]
        return self.tr("{name} = {formula}: {cause}, so it gives {values}.").format(
            name=title, formula=formula, cause=cause, values=", ".join(counts))

    def _draw_bars(self, key, title, x, series):
        """One rectangle per bar (vector in SVG and PDF, a tooltip each), its value along it."""
        plot = self.plots[key]
        plot.clear()
        probability = key != "log_softmax"
        finite = np.concatenate([v[np.isfinite(v)] for v in series])
        lo, hi = (0.0, 1.0) if probability else (min(float(finite.min(initial=0.0)), -1.0), 0.0)
        plot.setXRange(-0.6, x.size - 0.4, padding=0)
        plot.setYRange(lo, hi, padding=0 if probability else 0.05)
        self.value_texts[key] = []
        for (label, colour, offset), values in zip(SERIES, series, strict=True):
            name = _translate(label)
            for i, v in enumerate(values):
                at = i + offset
                tip = self.tr("{vector}, {series}\nindex {i}, logit {x}\nvalue {value}").format(
                    vector=title, series=name, i=i, x=number_text(x[i]), value=number_text(v))
                if np.isfinite(v):
                    bar = QGraphicsRectItem(at - BAR_WIDTH / 2, min(v, 0.0), BAR_WIDTH, abs(v))
                    bar.setPen(pg.mkPen(None))
                    bar.setBrush(pg.mkBrush(colour))
                    bar.setToolTip(tip)
                    plot.addItem(bar)
                    inside = abs(v) > (hi - lo) / 2
                    text = pg.TextItem(number_text(v, 3), color=ON_BAR if inside else self.colours[1],
                                       angle=90, anchor=(0 if (v >= 0) != inside else 1, 0.5))
                    text.setPos(at, v)
                else:  # no bar: the value where it would start, into the plot
                    text = pg.TextItem(number_text(v), color=colour, angle=90,
                                       anchor=(0 if probability else 1, 0.5))
                    text.setPos(at, 0.0)
                text.setFont(self.value_font)
                text.textItem.document().setDocumentMargin(1)
                text.setToolTip(tip)
                plot.addItem(text)
                self.value_texts[key].append(text)

    def _fit_labels(self):
        """Values only where a bar is at least a line of text wide (the tooltips always)."""
        line = QFontMetricsF(self.value_font).height()
        for key, texts in self.value_texts.items():
            vb = self.plots[key].getViewBox()
            (x0, x1), _ = vb.viewRange()
            fits = BAR_WIDTH * vb.width() / (x1 - x0) >= line
            for text in texts:
                text.setVisible(fits)

    def _draw_heat_map(self, jac):
        """One rectangle per cell, so SVG and PDF exports stay vector; the colour bar spans
        ±max |J|, integer ticks at the cells' centres."""
        for cell in self.jac_cells:
            self.jac_plot.removeItem(cell)
        lim = float(np.abs(jac).max()) or 1.0
        colours = self.colormap.map((jac.ravel() / lim + 1) / 2, mode="qcolor")
        self.jac_cells = []
        n = jac.shape[0]
        for k, colour in enumerate(colours):
            i, j = divmod(k, n)
            cell = QGraphicsRectItem(j - 0.5, n - 1.5 - i, 1, 1)  # row 0 on top
            cell.setPen(pg.mkPen(None))
            cell.setBrush(colour)
            cell.setToolTip(self.tr("∂s{i}/∂x{j} = {value}").format(i=i, j=j, value=number_text(jac[i, j])))
            self.jac_plot.addItem(cell)
            self.jac_cells.append(cell)
        for axis in self.jac_axes.values():
            axis.span = (0, n - 1)
        self.jac_plot.setRange(xRange=(-0.5, n - 0.5), yRange=(-0.5, n - 0.5), padding=0)
        self.colour_bar.setLevels((-lim, lim))

    def table(self):
        x = self.vector()
        keys = [k for k in self.values if k != "jacobian"]
        header = ["i", "x", *keys]
        rows = [[i, x[i], *(self.values[k][i] for k in keys)] for i in range(x.size)]
        return header, rows
