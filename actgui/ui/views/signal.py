"""Signal statistics: the density of f(x) for x ~ N(μ, σ²), with its mean, spread, dead and
saturated shares."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt

from ...core.i18n import QT_TRANSLATE_NOOP
from ...core.mathhtml import escape
from ..editors import NumberBox
from ..numbers import number_text
from . import PlotsView, register


@register
class SignalView(PlotsView):
    """The density of f(x) for x ~ N(μ, σ²), with mean, spread, dead and saturated shares (the
    mean and spread rounded to four decimals, never "−0")."""

    name = "signalView"
    title = QT_TRANSLATE_NOOP("views", "Signal statistics")
    order = 3
    aspect = 1.5

    def __init__(self, model, parent=None):
        super().__init__(model, parent)
        self.mu = NumberBox(objectName="signalMu")
        self.mu.setRange(-100, 100)
        self.sigma = NumberBox(objectName="signalSigma")
        self.sigma.setRange(0.01, 100)
        self.sigma.setValue(1.0)
        for w in (self.mu, self.sigma):
            w.setSingleStep(0.1)
            w.valueChanged.connect(self.schedule)
        self.controls.addRow(self.tr("Input mean &μ:"), self.mu)
        self.controls.addRow(self.tr("Input std &σ:"), self.sigma)
        self.density_plot = self._add_plot(self.tr("density of f(x), x ~ N(μ, σ²)"), self.tr("density"),
                                           "f(x)")
        self.stats: dict = {}

    def redraw(self):
        from ...core.teaching import signal_stats

        self.density_plot.clear()
        self.legend.clear()
        self.stats = {}
        rows = []
        stacked: dict[float, int] = {}  # labels at each stem so far: a new one goes below them
        for curve, label in zip(self.curves(), self.model.session.labels(), strict=True):
            s = signal_stats(curve.function, curve.params, self.mu.value(), self.sigma.value())
            self.stats[label] = s
            density = self.density_plot.plot(s.density_x, s.density, pen=pg.mkPen(curve.color, width=1.5))
            self.legend.addItem(density, label)
            for value, mass in s.atoms.items():  # point masses: a stem with its probability
                if mass > 0.001:
                    self.density_plot.plot([value, value], [0, 1], pen=pg.mkPen(curve.color, width=3))
                    below = stacked[value] = stacked.get(value, -1) + 1
                    text = pg.TextItem(self.tr("{} % at {}").format(f"{100 * mass:.0f}", number_text(value)),
                                       color=curve.color, anchor=(0, -below))  # hung from the stem's top
                    text.setPos(value, 1)
                    self.density_plot.addItem(text)
            mean_line = pg.InfiniteLine(s.mean, angle=90,
                                        pen=pg.mkPen(curve.color, style=Qt.PenStyle.DashLine))
            self.density_plot.addItem(mean_line)
            rows.append(f"<tr><td style='color:{curve.color}'>\u25a0</td><td>{escape(label)}</td>"
                        f"<td>{number_text(round(s.mean, 4))}</td><td>{number_text(round(s.std, 4))}</td>"
                        f"<td>{100 * s.dead:.1f}%</td>"
                        f"<td>{100 * s.saturated:.1f}%</td></tr>")
        head = "".join(f"<th>{h}</th>" for h in ("", self.tr("curve"), self.tr("mean"), self.tr("std"),
                                                 self.tr("dead"), self.tr("saturated")))
        key = self.tr("Dashed: the mean of f(x). Stems: point masses. Dead: f′(x) = 0. "
                      "Saturated: |f′(x)| &lt; 0.01.")
        self.note.setText(f"<table cellspacing='4'><tr>{head}</tr>{''.join(rows)}</table>"
                          f"<p>{key}</p>")
        self.relayout()

    def table(self):
        header = ["curve", "mean", "std", "dead", "saturated"]
        return header, [[k, s.mean, s.std, s.dead, s.saturated] for k, s in self.stats.items()]
