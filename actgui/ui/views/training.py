r"""Training race: each checked curve as the hidden activation of the TensorFlow Playground's
classifier (actgui.core.playground), trained over many seeds at once in a worker thread.

The chart fills in as epochs complete: per function the median test loss over the seeds with
its interquartile band, and the median train loss dashed. The table gives the epochs to a target
test loss (median, IQR, share of seeds that reach it) and the speed-up over a reference (tanh
when raced, else the first curve), with a sentence on what the race found; small heat maps show
one seed's decision boundary per function, orange (−1) to blue (+1) like the Playground's, with
its training points on top.

Results belong to the settings and curves they were run with: a later change marks them stale
(greyed, with a note) until the next Run; the target and the seed shown only change what is
read from them.
"""

from __future__ import annotations

import math
import time
from typing import NamedTuple

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
)

from ...core.i18n import QT_TRANSLATE_NOOP
from ..axes import Axis, Grid
from ..editors import IntBox, NumberBox
from ..numbers import number_text
from ..worker import Worker
from . import TeachingView, legend_text_size, register

DATASETS = (("circle", QT_TRANSLATE_NOOP("TrainingRace", "Circle")),  # as core.playground.DATASETS
            ("xor", QT_TRANSLATE_NOOP("TrainingRace", "Exclusive or")),
            ("gauss", QT_TRANSLATE_NOOP("TrainingRace", "Gaussian")),
            ("spiral", QT_TRANSLATE_NOOP("TrainingRace", "Spiral")))
LEARNING_RATES = (0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)  # the Playground's
REPORT_S = 0.25  # the job reports progress at most this often: the chart redraws 4 times a second
YIELD_S = 0.02  # after each report the job sleeps, so the UI thread draws it without the GIL contended
THUMB_PX = 36
HEAT_N = 60  # heat-map cells per side
DOMAIN = 6.0  # the Playground's plots show x1 and x2 in [-6, 6]
NEGATIVE, POSITIVE = "#f59322", "#0877bd"  # the Playground's orange (-1) and blue (+1)
MIDDLE = "#e8eaeb"
STALE_OPACITY = 0.35
MAP_PX = 170  # the largest a decision-boundary map is drawn


class _LossAxis(Axis):
    """actgui's axis; on a log scale each tick at log10 v is labelled v (0.01, not -2)."""

    def current_ticks(self):
        values, labels, minor = super().current_ticks()
        if self.logMode:
            labels = tuple(number_text(10.0**v, 2) for v in values)
        return values, labels, minor


class _Run(NamedTuple):
    """What a race was run with: its settings and (function, params) pairs (together: ``key``),
    and the curves' labels and colours at that time."""

    settings: object  # RaceSettings
    functions: tuple
    labels: tuple[str, ...]
    colours: tuple[str, ...]

    @property
    def key(self):
        return self.settings, self.functions


class _Progress(NamedTuple):
    """Epochs ``first`` to ``last`` of a running race: (functions, epochs) quartiles over the
    seeds of its train and test losses."""

    first: int
    last: int
    train: object  # Quartiles
    test: object


def _race(job, settings, functions, labels, target):
    """Train in the worker thread, reporting quartiles of the epochs done every REPORT_S; stop at
    the next epoch once cancelled. Returns (result, loss quartiles, summary)."""
    from ...core.playground import loss_quartiles, quartiles, train_many

    pending: list[tuple[np.ndarray, np.ndarray]] = []
    sent = [time.monotonic(), 1]  # when, and the first epoch not yet reported

    def on_epoch(epoch, train, test):
        if job.cancelled:
            return False
        pending.append((train, test))
        now = time.monotonic()
        if now - sent[0] >= REPORT_S:
            train_q, test_q = (quartiles(np.stack([p[k] for p in pending], axis=-1), axis=1)
                              for k in (0, 1))
            job.report(_Progress(sent[1], epoch, train_q, test_q))
            time.sleep(YIELD_S)
            pending.clear()
            sent[:] = now, epoch + 1
        return True

    # every epoch: the callback is the only view of each epoch's losses, and it costs
    # microseconds against an epoch's milliseconds; reports go out by time, not by epoch count
    result = train_many(settings, functions, on_epoch=on_epoch, every=1)
    return result, loss_quartiles(result), _summarize(result, labels, target)


def _summarize(result, labels, target):
    """playground.summarize with the sentence in the reader's language (Qt's translate is
    thread-safe)."""
    from ...core.playground import summarize

    return summarize(result, labels, target, lambda text: QCoreApplication.translate("race", text))


def _thumbnail(dataset: str, noise: float) -> QIcon:
    """The points of ``dataset`` (run 0 of base seed 0) at ``noise`` percent, coloured by label."""
    from ...core.playground import generate, seed_stream

    points, labels = generate(dataset, noise / 100, seed_stream(0, 0))
    pixmap = QPixmap(THUMB_PX, THUMB_PX)
    pixmap.fill(QColor(MIDDLE))
    painter = QPainter(pixmap)
    pixels = (np.clip(points, -DOMAIN, DOMAIN) * [1, -1] + DOMAIN) * ((THUMB_PX - 1) / (2 * DOMAIN))
    for label, colour in ((-1.0, NEGATIVE), (1.0, POSITIVE)):
        painter.setPen(QColor(colour))
        painter.drawPoints([QPointF(x, y) for x, y in pixels[labels == label]])
    painter.end()
    return QIcon(pixmap)


def _background_lut() -> np.ndarray:
    """The heat maps' colours for outputs -1 ... 1: the Playground's, lightened so that the
    points stand out."""
    colours = [pg.mkColor(c) for c in (NEGATIVE, MIDDLE, POSITIVE)]
    light = [QColor.fromRgbF(*(0.45 + 0.55 * v for v in c.getRgbF()[:3])) for c in colours]
    return pg.ColorMap([0.0, 0.5, 1.0], light).getLookupTable(0.0, 1.0, 256)


@register
class TrainingRace(TeachingView):
    """The checked curves raced in the Playground's classifier: losses, epochs to a target, the
    speed-up and each function's decision boundary."""

    name = "trainingRace"
    title = QT_TRANSLATE_NOOP("views", "Training race")
    order = 4

    def __init__(self, model, parent=None):
        from ...core.playground import TARGET

        super().__init__(model, parent)
        self.run_info: _Run | None = None  # the race shown (running or done)
        self.result = None  # its RaceResult once done
        self.losses = None  # (train, test) Quartiles, (functions, epochs + 1); NaN where not yet run
        self.summary = None
        self.epochs_done = 0
        self._job = None  # the key of the race or summary being computed
        self._stopping = False
        self._serial = 0
        self._lines: list[tuple] = []
        self._maps: list[tuple] = []
        self._build_controls(TARGET)
        self._build_chart()
        self._build_results()
        self._worker = Worker("actgui-race")
        self._worker.signals.done.connect(self._on_done)
        self._worker.signals.progress.connect(self._on_progress)
        self.destroyed.connect(self._worker.close)

    # --- building ------------------------------------------------------------------------------
    def _build_controls(self, target: float):
        self.datasets = QButtonGroup(self)
        row = QHBoxLayout()  # the label and the four thumbnails, across both columns of the form
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Data:")))
        for i, (dataset, text) in enumerate(DATASETS):
            button = QToolButton(objectName=f"raceData_{dataset}", checkable=True, autoRaise=True)
            button.setIconSize(QSize(THUMB_PX, THUMB_PX))
            button.setToolTip(QCoreApplication.translate("TrainingRace", text))
            button.setAccessibleName(QCoreApplication.translate("TrainingRace", text))
            self.datasets.addButton(button, i)
            row.addWidget(button)
        row.addStretch(1)
        self.datasets.button(0).setChecked(True)
        self.hidden = QLineEdit("3, 3", objectName="raceHidden")
        self.hidden.setToolTip(self.tr("Neurons per hidden layer, separated by commas: "
                                       "1 to 6 layers of 1 to 8"))
        self.rate = QComboBox(objectName="raceLearningRate")
        for v in LEARNING_RATES:
            self.rate.addItem(number_text(v), v)
        self.rate.setCurrentIndex(LEARNING_RATES.index(0.03))
        self.batch = self._int_box("raceBatch", 1, 30, 10)
        self.noise = self._int_box("raceNoise", 0, 50, 0, step=5, suffix=" %")
        self.train_share = self._int_box("raceTrainShare", 10, 90, 50, step=10, suffix=" %")
        self.regularization = QComboBox(objectName="raceRegularization")
        for kind, text in (("none", self.tr("none")), ("L1", "L1"), ("L2", "L2")):
            self.regularization.addItem(text, kind)
        self.reg_rate = NumberBox(objectName="raceRegularizationRate")
        self.reg_rate.setDecimals(4)
        self.reg_rate.setRange(0.0, 10.0)
        self.reg_rate.setSingleStep(0.001)
        self.reg_rate.setEnabled(False)
        self.reg_rate.setToolTip(self.tr("Regularisation rate"))
        self.seeds = self._int_box("raceSeeds", 1, 1000, 100)
        self.epochs = self._int_box("raceEpochs", 1, 10000, 1000, step=100)
        self.target = NumberBox(objectName="raceTarget")
        self.target.setDecimals(4)
        self.target.setRange(0.0001, 2.0)
        self.target.setSingleStep(0.01)
        self.target.setValue(target)
        self.target.setToolTip(self.tr("The test loss whose epochs the table counts"))
        self.log_y = QCheckBox(self.tr("&Log scale"), objectName="raceLogY")
        self.seed_shown = self._int_box("raceSeedShown", 0, 999, 0)
        self.seed_shown.setToolTip(self.tr("The run whose decision boundaries are drawn"))
        self.run_button = QPushButton(self.tr("&Run"), objectName="raceRun")
        self.stop_button = QPushButton(self.tr("&Stop"), objectName="raceStop", enabled=False)
        self.progress = QProgressBar(objectName="raceProgress")
        self.progress.setFormat(self.tr("epoch %v of %m"))
        self.progress.setRange(0, self.epochs.value())
        self.progress.setValue(0)

        regularization = QHBoxLayout()
        regularization.addWidget(self.regularization)
        regularization.addWidget(self.reg_rate, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.stop_button)
        form = self.controls
        form.addRow(row)
        form.addRow(self.tr("&Hidden layers:"), self.hidden)
        form.addRow(self.tr("Learning &rate:"), self.rate)
        form.addRow(self.tr("&Batch size:"), self.batch)
        form.addRow(self.tr("&Noise:"), self.noise)
        form.addRow(self.tr("&Training share:"), self.train_share)
        form.addRow(self.tr("Regularisation:"), regularization)
        form.addRow(self.tr("S&eeds:"), self.seeds)
        form.addRow(self.tr("E&pochs:"), self.epochs)
        form.addRow(self.tr("&Target loss:"), self.target)
        form.addRow(self.tr("Loss chart:"), self.log_y)
        form.addRow(self.tr("Seed sho&wn:"), self.seed_shown)
        form.addRow(buttons)
        form.addRow(self.progress)
        self._update_thumbnails()

        self.datasets.idClicked.connect(self.schedule)
        self.hidden.textChanged.connect(self.schedule)
        self.rate.currentIndexChanged.connect(self.schedule)
        self.regularization.currentIndexChanged.connect(self._on_regularization)
        for box in (self.batch, self.train_share, self.seeds, self.epochs, self.reg_rate):
            box.valueChanged.connect(self.schedule)
        self.noise.valueChanged.connect(self._update_thumbnails)
        self.noise.valueChanged.connect(self.schedule)
        self.target.valueChanged.connect(self._update_summary)
        self.log_y.toggled.connect(self._on_log_y)
        self.seed_shown.valueChanged.connect(self._draw_maps)
        self.run_button.clicked.connect(self.run)
        self.stop_button.clicked.connect(self.stop)

        # the whole control column scrolls where the window is too short for it
        panel = self.note.parentWidget()
        layout = self.layout()
        layout.removeWidget(panel)
        scroll = QScrollArea(objectName="raceControls", widgetResizable=True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(panel)
        scroll.setFixedWidth(panel.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width())
        layout.insertWidget(0, scroll)

    def _int_box(self, name, lo, hi, value, step=1, suffix=""):
        box = IntBox(objectName=name)
        box.setRange(lo, hi)
        box.setValue(value)
        box.setSingleStep(step)
        box.setSuffix(suffix)
        return box

    def _build_chart(self):
        left, bottom = _LossAxis("left"), Axis("bottom")
        self.legend = pg.LegendItem(colCount=2, labelTextSize=legend_text_size())  # above the plot
        self.view.addItem(self.legend, row=0, col=0)
        plot = self.view.addPlot(row=1, col=0, axisItems={"left": left, "bottom": bottom})
        plot.setLabel("left", self.tr("test loss: median, IQR band"))
        plot.setLabel("bottom", self.tr("epoch"))
        plot.setMenuEnabled(False)
        self.train_sample = pg.PlotDataItem()  # the legend's last entry
        self.grid = Grid(plot.getViewBox(), bottom, left)
        self.target_line = pg.InfiniteLine(angle=0, movable=False)
        plot.addItem(self.target_line, ignoreBounds=True)
        self.loss_plot = plot
        self.maps_layout = self.view.addLayout(row=2, col=0)
        self.view.ci.layout.setAlignment(self.maps_layout, Qt.AlignmentFlag.AlignHCenter)  # centred
        self.view.ci.layout.setRowStretchFactor(1, 3)
        self.view.ci.layout.setRowStretchFactor(2, 2)
        self.lut = _background_lut()

    def _build_results(self):
        self.table_widget = QTableWidget(0, 5, objectName="raceTable")
        self.table_widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_widget.verticalHeader().hide()
        self.table_widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table_widget.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # long labels are elided
        self.sentence = QLabel(objectName="raceSentence", wordWrap=True)
        self.sentence.setTextFormat(Qt.TextFormat.PlainText)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = self.layout()
        layout.removeWidget(self.view)
        right = QVBoxLayout()
        right.addWidget(self.view, 1)
        right.addWidget(self.table_widget)
        right.addWidget(self.sentence)
        layout.addLayout(right, 1)
        self._fill_table()

    # --- settings ------------------------------------------------------------------------------
    def settings(self):
        """The RaceSettings the controls describe (ValueError if the hidden layers are not)."""
        from ...core.playground import RaceSettings, parse_hidden

        return RaceSettings(
            dataset=DATASETS[self.datasets.checkedId()][0], hidden=parse_hidden(self.hidden.text()),
            learning_rate=self.rate.currentData(), batch_size=self.batch.value(),
            noise=self.noise.value(), train_percent=self.train_share.value(),
            regularization=self.regularization.currentData(),
            regularization_rate=self.reg_rate.value(), seeds=self.seeds.value(),
            epochs=self.epochs.value())

    def _key(self):
        """What a race of the controls and checked curves would be run with (None: cannot run)."""
        try:
            settings = self.settings()
        except ValueError:
            return None
        return settings, tuple((c.function, c.params) for c in self.curves())

    def _on_regularization(self):
        self.reg_rate.setEnabled(self.regularization.currentData() != "none")
        self.schedule()

    def _update_thumbnails(self):
        for i, (dataset, _) in enumerate(DATASETS):
            self.datasets.button(i).setIcon(_thumbnail(dataset, self.noise.value()))

    @property
    def running(self) -> bool:
        return self._job is not None and self._job[0] == "race"

    @property
    def stale(self) -> bool:
        """Results shown that the current settings or curves would not give."""
        return self.run_info is not None and self._key() != self.run_info.key

    # --- running -------------------------------------------------------------------------------
    def run(self):
        """Race the checked curves with the current settings (a running race is dropped)."""
        from ...core.playground import Quartiles

        key = self._key()
        if key is None or not key[1]:
            self.redraw()  # the note says why
            return
        if self._job is not None:
            self._worker.cancel(self._job)
        settings, functions = key
        curves = self.curves()
        self.run_info = _Run(settings, functions, tuple(self.model.session.labels()),
                             tuple(c.color for c in curves))
        self.result = self.summary = None
        self.epochs_done = 0
        self._stopping = False
        shape = (len(functions), settings.epochs + 1)
        self.losses = tuple(Quartiles(*(np.full(shape, np.nan) for _ in range(3))) for _ in range(2))
        self._serial += 1
        self._job = ("race", self._serial)
        labels, target = self.run_info.labels, self.target.value()
        self._worker.submit(self._job, lambda job: _race(job, settings, functions, labels, target))
        self.progress.setMaximum(settings.epochs)
        self.progress.setValue(0)
        self.seed_shown.setMaximum(settings.seeds - 1)
        self._build_lines()
        self._build_maps()
        self.redraw()

    def stop(self):
        """Stop the race after the epoch in progress; what it has done so far stays, as partial."""
        if self.running:
            self._worker.cancel(self._job)
            self._stopping = True
            self.redraw()

    def _on_progress(self, key, p: _Progress):
        if key != self._job:
            return
        for mine, new in zip(self.losses, (p.train, p.test), strict=True):
            for name in ("low", "median", "high"):
                getattr(mine, name)[:, p.first:p.last + 1] = getattr(new, name)
        self.epochs_done = p.last
        self._draw_lines()
        self.progress.setValue(p.last)

    def _on_done(self, key, value, error):
        if key != self._job:
            return
        self._job = None
        if error is not None:
            self.redraw()
            raise error  # in the UI thread: the window reports it
        if key[0] == "race":
            self.result, self.losses, self.summary = value
            self.epochs_done = self.result.epochs
            self.progress.setValue(self.epochs_done)
            self._draw_lines()
            self._draw_maps()
        else:
            self.summary = value
        self._update_summary()
        self.redraw()

    def _update_summary(self):
        """Recompute the table's numbers for a target other than the one they are for."""
        if (self.result is not None and self._job is None
                and self.summary.reach.target != self.target.value()):
            self._serial += 1
            self._job = ("summary", self._serial)
            result, labels, target = self.result, self.run_info.labels, self.target.value()
            self._worker.submit(self._job, lambda _job: _summarize(result, labels, target))
        self._draw_target()

    def wait(self, ms=30000) -> bool:
        """Process events until nothing is computing (tests, export)."""
        from PySide6.QtCore import QDeadlineTimer, QEventLoop
        from PySide6.QtWidgets import QApplication

        deadline = QDeadlineTimer(ms)
        while self._job is not None and not deadline.hasExpired():
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        return self._job is None

    # --- drawing -------------------------------------------------------------------------------
    def redraw(self):
        """The note, the buttons and the greying: what the results are and whether they are stale."""
        key = self._key()
        lines = []
        if key is None:
            lines.append(self.tr("Hidden layers: 1 to 6 whole numbers from 1 to 8, separated by "
                                 "commas, e.g. 3, 3."))
        elif not key[1]:
            lines.append(self.tr("Check one or more curves to race them."))
        info = self.run_info
        if self.running:
            lines.append(self.tr("Stopping\u2026") if self._stopping else
                         self.tr("Training\u2026 (seeds: {}, functions: {})").format(
                             info.settings.seeds, len(info.functions)))
        elif self.result is not None and self.epochs_done < info.settings.epochs:
            lines.append(self.tr("Stopped at epoch {} of {}: partial results.").format(
                self.epochs_done, info.settings.epochs))
        if self.stale:
            lines.append(self.tr("Stale: settings changed since this run. Run again to refresh."))
        self.note.setText("\n".join(lines))
        self.run_button.setEnabled(key is not None and bool(key[1]))
        self.stop_button.setEnabled(self.running and not self._stopping)
        stale = self.stale
        self.view.ci.setOpacity(STALE_OPACITY if stale else 1.0)
        for widget in (self.table_widget, self.sentence):
            widget.setEnabled(not stale)  # greyed too
        self._fill_table()

    def _colours(self) -> tuple[str, ...]:
        """The race's colours: the curves' own while they are the raced ones, else as run."""
        curves = self.curves()
        if not self.stale and len(curves) == len(self.run_info.colours):
            return tuple(c.color for c in curves)
        return self.run_info.colours

    def _build_lines(self):
        plot = self.loss_plot
        for items in self._lines:
            for item in items:
                plot.removeItem(item)
        self._lines = []
        for _ in self.run_info.labels:
            median, train = pg.PlotDataItem(connect="finite"), pg.PlotDataItem(connect="finite")
            band = pg.PlotDataItem(connect="finite", fillLevel="enclosed", pen=None)  # one polygon
            for item in (band, train, median):
                plot.addItem(item)
            self._lines.append((median, band, train))
        self.legend.clear()
        for (median, *_), label in zip(self._lines, self.run_info.labels, strict=True):
            self.legend.addItem(median, label)
        self.legend.addItem(self.train_sample, self.tr("dashed: train"))
        plot.setXRange(0, self.run_info.settings.epochs, padding=0.02)
        plot.enableAutoRange(axis="y")
        self._style_lines()

    def _style_lines(self):
        for (median, band, train), colour in zip(self._lines, self._colours(), strict=True):
            median.setPen(pg.mkPen(colour, width=2))
            train.setPen(pg.mkPen(colour, width=1, style=Qt.PenStyle.DashLine))
            fill = QColor(colour)
            fill.setAlphaF(0.2)
            band.setBrush(fill)

    def _draw_lines(self):
        """Set the chart's data: cheap, so it runs on every progress report."""
        if self.losses is None:
            return
        train, test = self.losses
        start = 0 if self.result is not None else 1  # epoch 0 comes with the result
        x = np.arange(start, self.epochs_done + 1)

        def shown(v):
            v = v[start:self.epochs_done + 1]
            return np.where(np.isfinite(v), v, np.nan)

        around = np.concatenate([x, x[::-1]])  # the band: along the low quartile, back along the high
        for f, (median, band, train_line) in enumerate(self._lines):
            median.setData(x, shown(test.median[f]))
            band.setData(around, np.concatenate([shown(test.low[f]), shown(test.high[f])[::-1]]))
            train_line.setData(x, shown(train.median[f]))

    def _draw_target(self):
        log = self.log_y.isChecked()
        self.target_line.setValue(math.log10(self.target.value()) if log else self.target.value())

    def _on_log_y(self, on: bool):
        self.loss_plot.setLogMode(y=on)
        self._draw_target()

    def _build_maps(self):
        layout = self.maps_layout
        layout.clear()
        self._maps = []
        for _ in self.run_info.labels:
            plot = layout.addPlot()
            plot.setMaximumSize(MAP_PX, MAP_PX + 20)  # the title's line above the square
            for name in ("left", "bottom"):
                plot.hideAxis(name)
            plot.setMenuEnabled(False)
            plot.setMouseEnabled(False, False)
            plot.hideButtons()
            plot.setAspectLocked(True)
            plot.setRange(xRange=(-DOMAIN, DOMAIN), yRange=(-DOMAIN, DOMAIN), padding=0)
            image = pg.ImageItem(axisOrder="row-major")
            image.setLookupTable(self.lut)
            image.setLevels((-1.0, 1.0))
            points = [pg.ScatterPlotItem(size=4, brush=pg.mkBrush(c), pen=pg.mkPen("w", width=0.6))
                      for c in (NEGATIVE, POSITIVE)]
            for item in (image, *points):
                plot.addItem(item)
            self._maps.append((plot, image, points))
        self._style_maps()

    def _style_maps(self):
        for (plot, _, _), label, colour in zip(self._maps, self.run_info.labels, self._colours(),
                                               strict=True):
            plot.setTitle(label, size=legend_text_size(), color=colour)

    def _draw_maps(self):
        """The decision boundary of the seed shown, per function, with its training points."""
        if self.result is None:
            return
        from ...core.playground import make_run, predict

        seed = min(self.seed_shown.value(), self.result.settings.seeds - 1)
        centres = (np.arange(HEAT_N) + 0.5) * (2 * DOMAIN / HEAT_N) - DOMAIN
        x1, x2 = np.meshgrid(centres, centres)  # [row: x2, column: x1]
        data, _, _ = make_run(self.result.settings, seed)
        train = data.points[:data.n_train], data.labels[:data.n_train]
        for f, (_, image, points) in enumerate(self._maps):
            output = predict(self.result.network(f, seed), x1, x2)
            image.setImage(np.nan_to_num(output, nan=0.0), levels=(-1.0, 1.0),
                           rect=QRectF(-DOMAIN, -DOMAIN, 2 * DOMAIN, 2 * DOMAIN))
            for item, label in zip(points, (-1.0, 1.0), strict=True):
                item.setData(pos=train[0][train[1] == label])

    def _fill_table(self):
        """Epochs to the target per function, from the summary (empty until a race is done)."""
        t = self.table_widget
        summary, info = self.summary, self.run_info
        ref = info.labels[summary.reference] if summary is not None else ""
        headers = [self.tr("function"), self.tr("median"), self.tr("IQR"), self.tr("reached"),
                   self.tr("vs {}").format(ref) if ref else self.tr("speed-up")]
        t.setHorizontalHeaderLabels(headers)
        tips = [None, self.tr("Epochs to the target test loss: the median run's"),
                self.tr("Epochs to the target: the interquartile range over the seeds"),
                self.tr("The share of the seeds that reach the target"),
                self.tr("Speed-up: how many times faster than the reference the median run reaches "
                        "the target, with the 95 % bootstrap interval over the seeds")]
        for c, tip in enumerate(tips):
            t.horizontalHeaderItem(c).setToolTip(tip)
        if summary is None:
            t.setRowCount(0)
            self.sentence.setText("")
            t.setMaximumHeight(t.horizontalHeader().sizeHint().height() + 2 * t.frameWidth())
            return
        r = summary.reach
        q = r.quartiles
        t.setRowCount(len(info.labels))
        for f, (label, colour) in enumerate(zip(info.labels, self._colours(), strict=True)):
            swatch = QPixmap(10, 10)
            swatch.fill(QColor(colour))
            iqr = (self._epochs_text(q.low[f]) if q.low[f] == q.high[f] else
                   f"{self._epochs_text(q.low[f])}\u2013{self._epochs_text(q.high[f])}")
            cells = [label, self._epochs_text(q.median[f]), iqr,
                     f"{100 * r.share[f]:.0f} %", self._ratio_text(summary.ratios[f])]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                t.setItem(f, c, item)
            t.item(f, 0).setIcon(QIcon(swatch))
        t.resizeRowsToContents()
        rows = sum(t.rowHeight(i) for i in range(min(t.rowCount(), 6)))  # more rows scroll
        t.setMaximumHeight(t.horizontalHeader().sizeHint().height() + rows + 2 * t.frameWidth())
        partial = self.epochs_done < info.settings.epochs
        self.sentence.setText(self.tr("Partial, {} of {} epochs: {}").format(
            self.epochs_done, info.settings.epochs, summary.sentence) if partial else summary.sentence)

    def _epochs_text(self, v: float) -> str:
        return self.tr("never") if math.isinf(v) else number_text(v, 6)

    def _ratio_text(self, ratio) -> str:
        if ratio is None:
            return self.tr("reference")
        if math.isnan(ratio.estimate):
            return self.tr("neither reaches it")
        if ratio.estimate == 0:
            return self.tr("never")
        low, high = (number_text(v, 3) for v in (ratio.low, ratio.high))
        return f"{number_text(ratio.estimate, 3)} ({low}\u2013{high})"

    def set_theme(self, theme: str):
        super().set_theme(theme)
        self.grid.set_pen(pg.mkPen(self.colours[2]))
        self.target_line.setPen(pg.mkPen(self.colours[3], style=Qt.PenStyle.DotLine))
        self.train_sample.setPen(pg.mkPen(self.colours[1], style=Qt.PenStyle.DashLine))
        self.legend.setLabelTextColor(self.colours[1])

    def refresh(self):
        super().refresh()
        if self.run_info is not None:
            self._style_lines()
            self._style_maps()

    def table(self):
        """Every run's losses: function (the curve's label), seed, epoch, train and test loss."""
        from ...core.playground import COLUMNS, loss_table

        if self.result is None:
            return COLUMNS, []
        return loss_table(self.result, self.run_info.labels)
