"""The live canvas: panes f, f', f'' side by side, drawn with pyqtgraph from the core's sampling."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsGridLayout,
    QGraphicsItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..core import clip_to_band, sample, sample_band, simplify_polyline
from ..core.session import clamp_range
from .axes import Axis, Grid
from .models import PARAMS_ROLE, SessionModel

ORDER = {"f": 0, "df": 1, "d2f": 2}
TITLES = {"f": "f(x)", "df": "f\u2032(x)", "d2f": "f\u2033(x)"}
THEME_COLOURS = {  # background, foreground, grid, cursor (solid: a dashed line costs a tenth of a repaint)
    "light": ("#ffffff", "#202020", (0, 0, 0, 38), "#8c8c8c"),
    "dark": ("#1c1c1e", "#d8d8d8", (255, 255, 255, 38), "#808084"),
}
RESIZE_MS = 40  # re-sampled this long after the pane's size last changed
SAMPLES_PER_PX = 1.0  # sampled over the view and half a view each side, at this density in view
MIN_PER_PX = 0.6  # while the view moves, samples are kept while it stays inside them this dense
SETTLE_MS = 250  # after the last change, curves are redrawn with the fine pen
RELABEL_MS = 100
FAST_WIDTH, FINE_WIDTH = 1.0, 2.0
SIMPLIFY_PX = 0.25  # what the settled curves may deviate from their samples, in device pixels


class _Sampled(QGraphicsItem):
    """Arrays sampled beyond the view, for panning, of which only the samples in view (and one
    beyond each end) are drawn: stroking hidden samples costs as much as visible ones. Lives in
    a view box's data coordinates; its y extent in view feeds the pane's automatic y-range."""

    def __init__(self):
        super().__init__()
        self.x = np.empty(0)
        self.ys: tuple[np.ndarray, ...] = ()
        self.lo = self.hi = 0  # the slice in view
        self.connect = "all"  # "finite": leave gaps where samples are NaN or infinite
        self.y_bounds: tuple[float, float] | None = None  # finite extent of the slice
        self._rect = QRectF()
        self._path = None
        self._nan = self._inf = False  # whether the samples hold any

    def set_sampled(self, x, *ys, view: tuple[float, float]):
        self.x, self.ys = x, ys
        self._nan = any(np.isnan(y).any() for y in ys)
        self._inf = any(np.isinf(y).any() for y in ys)
        self.lo = self.hi = 0
        self.show_range(view)

    def show_range(self, view: tuple[float, float]):
        x = self.x
        lo = max(int(np.searchsorted(x, view[0], "left")) - 1, 0)
        hi = min(int(np.searchsorted(x, view[1], "right")) + 1, x.size)
        if (lo, hi) == (self.lo, self.hi):
            return
        self.lo, self.hi = lo, hi
        self._path = None
        self.prepareGeometryChange()
        self.y_bounds = self._bounds(lo, hi) if hi > lo else None
        if self.y_bounds is None:
            self._rect = QRectF()
        else:
            y0, y1 = self.y_bounds
            self._rect = QRectF(x[lo], y0, x[hi - 1] - x[lo], y1 - y0)
        self.update()

    def _bounds(self, lo, hi):
        """The finite extent of the samples in [lo, hi): plain reductions where they hold no
        infinity (fmin and fmax pass over NaN), a mask only where they do."""
        parts = [y[lo:hi] for y in self.ys]
        gaps = (self._nan or self._inf) and not all(np.isfinite(v).all() for v in parts)
        self.connect = "finite" if gaps else "all"
        if self._inf:
            parts = [v[np.isfinite(v)] for v in parts]
        parts = [v for v in parts if v.size]
        if not parts:
            return None
        low = min(float(np.fmin.reduce(v)) for v in parts)
        high = max(float(np.fmax.reduce(v)) for v in parts)
        return None if np.isnan(low) else (low, high)

    @property
    def shown_x(self) -> np.ndarray:
        return self.x[self.lo:self.hi]

    def boundingRect(self) -> QRectF:
        return self._rect


class _Curve(_Sampled):
    """A curve. On screen it is drawn as polylines (one per run between gaps: Qt draws them with
    no path to build) and with the antialiased (settled) pen it strokes only the vertices that
    keep it within SIMPLIFY_PX of every sample, since a wide antialiased pen costs per vertex;
    the fast pen, used while something changes, strokes every sample. Exports draw every sample
    as one path per curve (one vector element in SVG and PDF)."""

    def __init__(self, screen: bool = True):
        super().__init__()
        self.screen = screen
        self.pen = QPen()
        self.antialias = True
        self._scale = None  # the device scale the simplified path was made for

    @property
    def shown_y(self) -> np.ndarray:
        return self.ys[0][self.lo:self.hi]

    @property
    def vertices(self) -> int:
        """How many vertices the last paint stroked."""
        if isinstance(self._path, QPainterPath):
            return self._path.elementCount()
        return sum(len(poly) for poly in self._path or ())

    def set_pen(self, pen: QPen, antialias: bool):
        if antialias != self.antialias:
            self._path = None
        self.pen, self.antialias = pen, antialias
        self.update()

    def paint(self, p, *args):
        if self.hi <= self.lo:
            return
        p.setRenderHint(QPainter.RenderHint.Antialiasing, self.antialias)
        p.setPen(self.pen)
        if not self.screen:
            if self._path is None:
                self._path = pg.arrayToQPath(self.shown_x, self.shown_y, connect=self.connect)
            p.drawPath(self._path)
            return
        simplify = self.antialias
        t = p.transform()
        scale = (t.m11(), t.m22()) if simplify else None
        if self._path is None or scale != self._scale:
            x, y = self.shown_x, self.shown_y
            if simplify:
                keep = simplify_polyline(x * scale[0], y * scale[1], SIMPLIFY_PX)
                x, y = x[keep], y[keep]
            self._path, self._scale = _polylines(x, y, self.connect == "finite"), scale
        for poly in self._path:
            p.drawPolyline(poly)


def _polylines(x, y, gaps: bool) -> list[QPolygonF]:
    """The polylines through (x, y): one, or one per run of finite samples when ``gaps`` (NaN
    leaves a gap). Qt draws a polyline from its points directly, with no path to build."""
    if gaps:
        finite = np.isfinite(y)
        edges = np.flatnonzero(np.diff(np.concatenate(([False], finite, [False])).astype(np.int8)))
        runs = [(a, b) for a, b in zip(edges[::2], edges[1::2], strict=True) if b - a > 1]
    else:
        runs = [(0, len(x))]
    polys = []
    for a, b in runs:
        poly = pg.functions.create_qpolygonf(b - a)
        points = pg.functions.ndarray_from_qpolygonf(poly)
        points[:, 0], points[:, 1] = x[a:b], y[a:b]
        polys.append(poly)
    return polys


class _Band(_Sampled):
    """The region between two sampled edges (RReLU's possible slopes), filled."""

    def __init__(self):
        super().__init__()
        self.brush = QColor()
        self.setZValue(-5)

    def paint(self, p, *args):
        if self.hi <= self.lo:
            return
        if self._path is None:
            x = self.shown_x
            low, high = (y[self.lo:self.hi] for y in self.ys)
            edge = np.concatenate([x, x[::-1]]), np.concatenate([low, high[::-1]])
            self._path = pg.arrayToQPath(*edge, connect="finite")
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self.brush)
        p.drawPath(self._path)


class _Legend(QGraphicsItem):
    """The f pane's legend: a line in each visible curve's colour and its label, in a box, drawn
    as one item (pyqtgraph's legend is a layout of two widgets per entry, each a text document
    laid out again on every resize: most of the legend's start-up cost). Drag it to move it."""

    PAD, SAMPLE, GAP = 5.0, 20.0, 6.0

    def __init__(self, parent):
        super().__init__(parent)
        self.setPos(8, 8)
        self.setZValue(100)  # above the curves
        self.entries: list[tuple[QPen, str]] = []
        self.font = QFont()
        self.colours = (QColor(), QColor(), QColor())  # text, background, border
        self._rect = QRectF()
        self._line = 0.0

    def set_entries(self, entries: list[tuple[QPen, str]]):
        self.entries = entries
        self._relayout()

    def set_style(self, font: QFont, text: QColor, background: QColor, border: QColor):
        self.font, self.colours = font, (text, background, border)
        self._relayout()

    def _relayout(self):
        self.prepareGeometryChange()
        metrics = QFontMetricsF(self.font)
        self._line = metrics.height() + 2
        widest = max((metrics.horizontalAdvance(text) for _, text in self.entries), default=0.0)
        self._rect = QRectF(0, 0, 2 * self.PAD + self.SAMPLE + self.GAP + widest,
                            2 * self.PAD + self._line * len(self.entries)) if self.entries else QRectF()
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, p: QPainter, *args):
        if not self.entries:
            return
        text, background, border = self.colours
        p.setPen(QPen(border, 0))
        p.setBrush(background)
        p.drawRect(self._rect)
        p.setFont(self.font)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        x = self.PAD + self.SAMPLE + self.GAP
        for i, (pen, label) in enumerate(self.entries):
            top = self.PAD + i * self._line
            p.setPen(pen)
            p.drawLine(QPointF(self.PAD, top + self._line / 2),
                       QPointF(self.PAD + self.SAMPLE, top + self._line / 2))
            p.setPen(text)
            p.drawText(QRectF(x, top, self._rect.width() - x, self._line),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)

    def mouseDragEvent(self, ev):  # pyqtgraph's scene delivers drags to items that have this
        if ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()
            self.setPos(self.pos() + ev.pos() - ev.lastPos())


class _ViewBox(pg.ViewBox):
    """pyqtgraph's ViewBox, its context menu built on the first right-click instead of up front
    (two option forms: about a sixth of a pane's start-up cost)."""

    def __init__(self):
        super().__init__(enableMenu=False)

    def menuEnabled(self):
        return True

    def getMenu(self, ev):
        if self.menu is None:
            self.setMenuEnabled(True)
        return self.menu

    def getContextMenus(self, event):
        return self.getMenu(event).actions()


class _Pane(pg.GraphicsWidget):
    """A plot: its title, left and bottom axes around a view box. (pyqtgraph's PlotItem also
    builds hidden top and right axes and a plot-options form, whose log and FFT transforms do
    not apply to curves re-sampled from the view: a third of a pane's start-up cost.)"""

    def __init__(self):
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout = QGraphicsGridLayout()
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        self.setLayout(layout)
        self.vb = _ViewBox()
        self.sigXRangeChanged, self.sigRangeChanged = self.vb.sigXRangeChanged, self.vb.sigRangeChanged
        self.axes = {name: Axis(name, parent=self) for name in ("left", "bottom")}
        self.titleLabel = pg.LabelItem("", parent=self)
        self.titleLabel.setMaximumHeight(30)
        layout.setRowFixedHeight(0, 30)
        layout.addItem(self.titleLabel, 0, 1)
        layout.addItem(self.axes["left"], 1, 0)
        layout.addItem(self.vb, 1, 1)
        layout.addItem(self.axes["bottom"], 2, 1)
        for i in range(3):
            layout.setRowStretchFactor(i, 1)
            layout.setColumnStretchFactor(i, 1)
        layout.setRowStretchFactor(1, 100)
        layout.setColumnStretchFactor(1, 100)
        for axis in self.axes.values():
            axis.linkToView(self.vb)

    def getViewBox(self) -> pg.ViewBox:
        return self.vb

    def getAxis(self, name: str) -> pg.AxisItem:
        return self.axes[name]

    def addItem(self, item, ignoreBounds: bool = False):
        self.vb.addItem(item, ignoreBounds=ignoreBounds)

    def removeItem(self, item):
        self.vb.removeItem(item)

    def setXRange(self, lo: float, hi: float, padding: float = 0.0):
        self.vb.setXRange(lo, hi, padding=padding)

    def setXLink(self, other: _Pane):
        self.vb.setXLink(other.vb)

    def setTitle(self, text: str, **style):
        self.titleLabel.setText(text, **style)


class Canvas(QWidget):
    """Draws the session model's curves; re-samples the visible range as the view changes.

    Pan and zoom write the x-range through the document (clamped to the safe range, reported
    by ``rangeClamped``); every other change arrives as the model's events."""

    cursorMoved = Signal(float)
    rangeClamped = Signal(float, float)

    def __init__(self, model: SessionModel, parent=None, theme: str = "light",
                 font_pt: float | None = None, for_export: bool = False):
        """``font_pt`` None: the desktop's font size (the legend 8 pt). ``for_export``: sample
        the view exactly, clip to a fixed y-range, keep every item vector, no cursor line."""
        super().__init__(parent)
        self.setObjectName("canvas")
        self.model = model
        self.view = pg.GraphicsLayoutWidget()
        self.view.setObjectName("plotView")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

        # Panes are built when first shown: a pane costs about as much as the rest of the
        # canvas, and most sessions never show f''.
        self.plots: dict[str, _Pane] = {}
        self.grids: dict[str, Grid] = {}
        self.cursors: dict[str, pg.InfiniteLine] = {}
        self._cursor_x = 0.0
        self.items: list[dict[str, _Curve]] = []
        self.bands: list[dict[str, _Band]] = []
        self.colours = THEME_COLOURS[theme]
        self._shown_panes: tuple[str, ...] = ()
        self._fine = True
        self._setting_view = False  # the canvas itself is moving the view to the session's range
        self._auto_y_timer = QTimer(self, singleShot=True, interval=0)
        self._auto_y_timer.timeout.connect(self._auto_y)
        self.pen_scale = 1.0  # exports drawn at 2x use 2x pens
        self.for_export = for_export
        self.font_pt = font_pt
        self.legend = _Legend(self._pane("f").getViewBox())
        self._cache(self.legend)
        self.view.setBackground(self.colours[0])
        self._style_legend()

        self._window: tuple[float, float, int] | None = None  # what the curves are sampled over
        self._resample_timer = QTimer(self, singleShot=True, interval=RESIZE_MS)
        self._resample_timer.timeout.connect(self.resample_all)
        self._settle_timer = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle_timer.timeout.connect(lambda: self._set_fine(True))
        # Legend texts follow parameter changes at most every RELABEL_MS: laying out the legend on
        # every step of a spin box would cost more than drawing the curves.
        self._relabel_timer = QTimer(self, singleShot=True, interval=RELABEL_MS)
        self._relabel_timer.timeout.connect(self._update_legend)

        self.plots["f"].sigXRangeChanged.connect(self._on_x_range_changed)
        # Re-sampled at about one sample per pixel once the size settles (first show included).
        self.plots["f"].getViewBox().sigResized.connect(lambda _vb: self._resample_timer.start())
        self.view.scene().sigMouseMoved.connect(self._on_mouse_moved)
        model.rowsInserted.connect(self._on_rows_inserted)
        model.rowsAboutToBeRemoved.connect(self._on_rows_removed)
        model.modelReset.connect(self.rebuild)
        model.dataChanged.connect(self._on_data_changed)
        model.fieldChanged.connect(self._on_field)
        self.rebuild()

    # --- structure ---------------------------------------------------------------------------------
    def _pane(self, pane: str) -> _Pane:
        """The plot of ``pane``, built with its grid, cursor and a curve for every row."""
        if pane in self.plots:
            return self.plots[pane]
        plot = _Pane()
        plot.setObjectName(f"pane_{pane}")
        plot.getAxis("bottom").setLabel("x")
        vb = plot.getViewBox()
        vb.setMouseEnabled(x=True, y=False)  # y follows the curves or the session
        vb.disableAutoRange()  # the canvas fits y to what it draws (_auto_y)
        grid = Grid(vb, plot.getAxis("bottom"), plot.getAxis("left"))
        grid.setVisible(self.model.session.grid)
        cursor = pg.InfiniteLine(self._cursor_x, angle=90, movable=False)
        cursor.setVisible(not self.for_export)
        plot.addItem(cursor, ignoreBounds=True)
        if pane != "f":
            plot.setXLink(self.plots["f"])
        self.plots[pane], self.grids[pane], self.cursors[pane] = plot, grid, cursor
        self._cache(plot.titleLabel.item)
        for name in ("left", "bottom"):
            self._cache(plot.getAxis(name))
            self._cache(plot.getAxis(name).label)
        self._style_pane(pane)
        for row in range(len(self.items)):
            self._add_curve(row, pane)
            self._style_row(row)
        return plot

    def _cache(self, item):
        """Paint ``item`` from a pixmap until it changes: on screen, text that stays put while
        curves move cost a fifth of a repaint. Exports draw it afresh, as vectors. (Qt caches an
        item's own painting, not its children's: text items are cached one by one.)"""
        if not self.for_export:
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def rebuild(self):
        for row in reversed(range(len(self.items))):
            self._remove_row(row)
        for row in range(len(self.model.session.curves)):
            self._insert_row(row, draw=False)
        self._update_legend()
        self.apply_view()  # samples every curve once

    def _insert_row(self, row, draw=True):
        self.items.insert(row, {})
        self.bands.insert(row, {})
        for pane in self.plots:
            self._add_curve(row, pane)
        self._style_row(row)
        if draw:  # one row added: legend and data now (a rebuild does both once at the end)
            self._update_legend()
            self.update_curve(row)

    def _add_curve(self, row, pane):
        item = _Curve(screen=not self.for_export)
        self.plots[pane].addItem(item, ignoreBounds=True)  # the canvas sets the y-range itself
        self.items[row][pane] = item
        if self.model.curve(row).activation.band is not None and pane != "d2f":
            band = self.bands[row][pane] = _Band()
            self.plots[pane].addItem(band, ignoreBounds=True)

    def _remove_row(self, row):
        for pane, item in (*self.items[row].items(), *self.bands[row].items()):
            self.plots[pane].removeItem(item)
        del self.items[row], self.bands[row]
        self._auto_y_soon()

    def _on_rows_inserted(self, parent, first, last):
        for row in range(first, last + 1):
            self._insert_row(row)

    def _on_rows_removed(self, parent, first, last):
        for row in reversed(range(first, last + 1)):
            self._remove_row(row)
        QTimer.singleShot(0, self._update_legend)

    def _on_data_changed(self, top, bottom, roles=()):
        params = PARAMS_ROLE in roles
        style = Qt.ItemDataRole.DecorationRole in roles or Qt.ItemDataRole.CheckStateRole in roles
        if params:  # draw cheaply until the value settles
            self._set_fine(False)
            self._settle_timer.start()
        for row in range(top.row(), bottom.row() + 1):
            if style:
                self._style_row(row)
            if params:
                self.update_curve(row)
        if style:
            self._update_legend()
        elif Qt.ItemDataRole.DisplayRole in roles:
            self._relabel_timer.start()

    # --- drawing -------------------------------------------------------------------------------------
    def sample_window(self) -> tuple[float, float, int]:
        """x-range to sample and how many samples: the view plus half a view each side at
        SAMPLES_PER_PX in view, so that a pan or a few zoom steps need no new samples (exports:
        the view alone, two samples per pixel of their logical width)."""
        lo, hi = self.plots["f"].getViewBox().viewRange()[0]
        width = max(int(self.plots["f"].getViewBox().width()), 200)
        if self.for_export:
            return lo, hi, 2 * width
        span = hi - lo
        return lo - span / 2, hi + span / 2, int(2 * SAMPLES_PER_PX * width)

    def _covers(self, view) -> bool:
        """Whether the samples serve ``view``: it lies inside them, MIN_PER_PX or more in it."""
        if self._window is None:
            return False
        lo, hi, n = self._window
        width = max(self.plots["f"].getViewBox().width(), 1.0)
        return lo <= view[0] and view[1] <= hi and n * (view[1] - view[0]) >= MIN_PER_PX * width * (hi - lo)

    def update_curve(self, row):
        curve = self.model.curve(row)
        act, params = curve.activation, curve.params
        lo, hi, n = self._window or self.sample_window()
        view = self.plots["f"].getViewBox().viewRange()[0]
        clip = self.model.session.y_range if self.for_export else None
        for pane in self._shown_panes:
            x, y = sample(act, lo, hi, n, ORDER[pane], params)
            if clip and pane == "f":
                x, y = clip_to_band(x, y, *clip)
            self.items[row][pane].set_sampled(x, y, view=view)
        for pane, band in self.bands[row].items():
            if pane in self._shown_panes:
                x, low, high = sample_band(act, lo, hi, n, ORDER[pane], params)
                if clip and pane == "f":  # clipping both edges clips the region between them
                    low, high = np.clip(low, *clip), np.clip(high, *clip)
                band.set_sampled(x, low, high, view=view)
        self._auto_y_soon()

    def resample_all(self):
        self._resample_timer.stop()
        self._window = self.sample_window()
        for row in range(len(self.items)):
            self.update_curve(row)
        self._auto_y()

    def _pen(self, colour: str):
        width = (FINE_WIDTH if self._fine else FAST_WIDTH) * self.pen_scale
        return pg.mkPen(colour, width=width, cosmetic=True)

    def set_pen_scale(self, scale: float):
        self.pen_scale = scale
        for row in range(len(self.items)):
            self._style_row(row)
        self._update_legend()

    def _style_row(self, row):
        curve = self.model.curve(row)
        pen = self._pen(curve.color)
        for item in self.items[row].values():
            item.set_pen(pen, self._fine)
            item.setVisible(curve.visible)
        brush = QColor(curve.color)
        brush.setAlpha(50)
        for band in self.bands[row].values():
            band.brush = brush
            band.setVisible(curve.visible)
            band.update()

    def _set_fine(self, fine: bool):
        if fine == self._fine:
            return
        self._fine = fine
        for row in range(len(self.items)):
            self._style_row(row)

    def _update_legend(self):
        width = FINE_WIDTH * self.pen_scale
        session = self.model.session
        self.legend.set_entries([(pg.mkPen(c.color, width=width, cosmetic=True), label)
                                 for c, label in zip(session.visible, session.labels(), strict=True)])

    # --- view ----------------------------------------------------------------------------------------
    def _on_field(self, name):
        if name == "x_range":
            lo, hi = self.model.session.x_range
            if tuple(self.plots["f"].getViewBox().viewRange()[0]) != (lo, hi):
                self._set_x_view(lo, hi)  # re-samples if the samples do not serve it
        elif name == "y_range":
            self._apply_y_range()
        elif name == "panes":
            self._apply_panes()
            self.resample_all()
        elif name == "grid":
            self._apply_grid()

    def apply_view(self):
        """Show the session's panes, grid and ranges, and sample every curve once."""
        self._apply_panes()
        self._apply_grid()
        self._set_x_view(*self.model.session.x_range)
        self._apply_y_range()
        self.resample_all()

    def _apply_panes(self):
        panes = self.model.session.panes
        if panes == self._shown_panes:
            return
        layout = self.view.ci
        for pane in self._shown_panes:
            layout.removeItem(self.plots[pane])
        for col, pane in enumerate(panes):
            layout.addItem(self._pane(pane), row=0, col=col)
        self._shown_panes = panes

    def _apply_grid(self):
        for grid in self.grids.values():
            grid.setVisible(self.model.session.grid)

    def _apply_y_range(self):
        y_range = self.model.session.y_range
        if y_range is not None:
            self._set_y_view("f", *y_range)
        self._auto_y()

    def _auto_y_soon(self):
        """The automatic y-ranges follow the drawn curves once this event-loop turn is over
        (a change often moves several curves)."""
        self._auto_y_timer.start()

    def _auto_y(self):
        """Each automatic pane's y-range fits the finite samples drawn in view, padded as
        pyqtgraph pads (2-10 % of the span by the pane's height), kept to the safe range."""
        self._auto_y_timer.stop()
        for pane in self._shown_panes:
            if pane == "f" and self.model.session.y_range is not None:
                continue
            bounds = [b for items in self.items if (item := items.get(pane)) is not None
                      and item.isVisible() and (b := item.y_bounds) is not None]
            bounds += [b for bands in self.bands if (band := bands.get(pane)) is not None
                       and band.isVisible() and (b := band.y_bounds) is not None]
            if not bounds:
                continue
            lo, hi = min(b[0] for b in bounds), max(b[1] for b in bounds)
            span = hi - lo
            if span <= 1e-12 * max(abs(lo), abs(hi)) or span == 0:  # flat: a unit around it
                lo, hi = lo - max(0.5, 0.05 * abs(lo)), hi + max(0.5, 0.05 * abs(hi))
            else:
                pad = span * float(np.clip(1 / max(self.plots[pane].getViewBox().height(), 1) ** 0.5,
                                           0.02, 0.1))
                lo, hi = lo - pad, hi + pad
            self._set_y_view(pane, *clamp_range(lo, hi))

    def _set_y_view(self, pane, lo, hi):
        vb = self.plots[pane].getViewBox()
        if tuple(vb.viewRange()[1]) != (lo, hi):
            vb.setYRange(lo, hi, padding=0)

    def _set_x_view(self, lo, hi):
        self._setting_view = True
        try:
            self.plots["f"].setXRange(lo, hi, padding=0)
        finally:
            self._setting_view = False

    def set_theme(self, theme: str):
        self.colours = THEME_COLOURS[theme]
        self.view.setBackground(self.colours[0])
        self._restyle()

    def set_font_size(self, pt: float):
        self.font_pt = pt
        self._restyle()

    def _restyle(self):
        for pane in self.plots:
            self._style_pane(pane)
        self._style_legend()

    def _style_legend(self):
        bg, fg, grid, _ = self.colours
        font = self._font()
        if not self.font_pt:
            font.setPointSizeF(8)
        self.legend.set_style(font, QColor(fg), QColor(bg), pg.mkColor(grid))

    def _font(self) -> QFont:
        font = QFont()
        if self.font_pt:
            font.setPointSizeF(self.font_pt)
        return font

    def _style_pane(self, pane):
        _, fg, grid, cursor = self.colours
        font = self._font()
        plot = self.plots[pane]
        self.grids[pane].set_pen(pg.mkPen(grid, width=1))
        self.cursors[pane].setPen(pg.mkPen(cursor, width=1))
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setPen(fg)
            axis.setTextPen(fg)
            axis.setStyle(tickFont=font)
            axis.label.setFont(font)
        plot.setTitle(TITLES[pane], color=fg, size=f"{font.pointSizeF() * 1.15:g}pt")

    def reset_view(self):
        self.model.document.set(x_range=(-5.0, 5.0), y_range=None)

    def _on_x_range_changed(self, _vb, rng):
        """The view moved: by the canvas itself (the session's range), or by a pan or zoom,
        whose range (made safe) goes to the document."""
        lo, hi = float(rng[0]), float(rng[1])
        if self._covers((lo, hi)):
            for items, bands in zip(self.items, self.bands, strict=True):
                for item in (*items.values(), *bands.values()):
                    item.show_range((lo, hi))
            self._auto_y_soon()
        else:
            self.resample_all()
        if self._setting_view:
            return
        self._set_fine(False)  # draw cheaply while the view moves
        self._settle_timer.start()
        safe = clamp_range(lo, hi)
        if safe != (lo, hi):
            self.rangeClamped.emit(*safe)
            self._set_x_view(*safe)
        if safe != self.model.session.x_range:
            self.model.document.set(x_range=safe, key="view")

    # --- crosshair -----------------------------------------------------------------------------------
    def set_cursor(self, x: float):
        self._cursor_x = x
        for line in self.cursors.values():
            line.setPos(x)

    def _on_mouse_moved(self, pos):
        for pane in self._shown_panes:
            vb = self.plots[pane].getViewBox()
            if vb.sceneBoundingRect().contains(pos):
                x = vb.mapSceneToView(pos).x()
                self.set_cursor(x)
                self.cursorMoved.emit(x)
                return

    def curve_data(self, row: int, pane: str):
        """The (x, y) arrays drawn for a curve in a pane (for readers and tests)."""
        item = self.items[row][pane]
        return item.shown_x, item.shown_y
