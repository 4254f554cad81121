"""The live canvas: f, f', f'' side by side or overlaid, drawn with pyqtgraph from the core's sampling."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsGridLayout,
    QGraphicsItem,
    QMenu,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..core import clip_to_band, sample, sample_band, simplify_polyline
from ..core.compare import Remembered, sample_difference
from ..core.jumps import FILLED, IMPULSE_UP, KINK, OPEN, Mark, marks
from ..core.session import clamp_range
from .axes import Axis, Grid
from .models import PARAMS_ROLE, STYLE_ROLE, SessionModel
from .numbers import number_text

ORDER = {"f": 0, "df": 1, "d2f": 2}
TITLES = {"f": "f(x)", "df": "f\u2032(x)", "d2f": "f\u2033(x)"}
THEME_COLOURS = {  # background, foreground, grid, cursor (solid: a dashed line costs a tenth of a repaint)
    "light": ("#ffffff", "#202020", (0, 0, 0, 38), "#c2185b"),
    "dark": ("#1c1c1e", "#d8d8d8", (255, 255, 255, 38), "#f48fb1"),
}
FOCUS_PX = 2  # the focus frame around the plot
RESIZE_MS = 40  # re-sampled this long after the pane's size last changed
SAMPLES_PER_PX = 1.0  # sampled over the view and half a view each side, at this density in view
MIN_PER_PX = 0.6  # while the view moves, samples are kept while it stays inside them this dense
SETTLE_MS = 250  # after the last change, curves are redrawn with the fine pen
RELABEL_MS = 100
DESCRIBE_MS = 300  # the words for screen readers follow the cursor at most this often
FAST_WIDTH = 1.0  # the pen while something changes; at rest, each curve's own width
DASHES = {"solid": Qt.PenStyle.SolidLine, "dash": Qt.PenStyle.DashLine, "dot": Qt.PenStyle.DotLine}
OVERLAY_DASH = {1: Qt.PenStyle.DashLine, 2: Qt.PenStyle.DotLine}  # f', f'' on f's axes
PRIMES = ("", "\u2032", "\u2033")
ARROW = 6.0  # an impulse's arrow, in mark radii
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


class _Marks(QGraphicsItem):
    """A curve's marks at breakpoints in one view box (see :mod:`actgui.core.jumps`): filled
    and open dots, a kink's diamond, an impulse's arrow, each at its data point and sized in
    device pixels (so a zoom moves them without resizing them). Vector shapes in exports."""

    def __init__(self):
        super().__init__()
        self.setZValue(10)  # above the curves
        self.marks: list[tuple[Mark, QColor, float]] = []  # a mark, its colour, its radius (px)
        self.background = QColor()
        self._rect = QRectF()

    def set_marks(self, marks: list[tuple[Mark, QColor, float]], pixel: tuple[float, float]):
        self.marks = marks
        self.rescale(pixel)

    def rescale(self, pixel: tuple[float, float]):
        """Bounds for a view whose pixel is ``pixel`` (width, height) in data units."""
        self.prepareGeometryChange()
        if not self.marks:
            self._rect = QRectF()
        else:
            reach = max(r for *_, r in self.marks) * ARROW
            xs, ys = [m.x for m, *_ in self.marks], [m.y for m, *_ in self.marks]
            dx, dy = reach * pixel[0], reach * pixel[1]
            self._rect = QRectF(min(xs) - dx, min(ys) - dy, max(xs) - min(xs) + 2 * dx,
                                max(ys) - min(ys) + 2 * dy)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, p: QPainter, *args):
        if not self.marks:
            return
        t = p.transform()
        p.save()
        p.resetTransform()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        for mark, colour, r in self.marks:
            c = t.map(QPointF(mark.x, mark.y))
            p.setPen(QPen(colour, max(1.0, r / 2.5)))
            if mark.kind in (FILLED, OPEN):
                p.setBrush(colour if mark.kind == FILLED else self.background)
                p.drawEllipse(c, r, r)
            elif mark.kind == KINK:
                p.setBrush(colour)
                k = 0.8 * r
                p.drawPolygon(QPolygonF([c + QPointF(0, -k), c + QPointF(k, 0), c + QPointF(0, k),
                                         c + QPointF(-k, 0)]))
            else:  # an impulse: an arrow up or down from the value
                sign = -1.0 if mark.kind == IMPULSE_UP else 1.0
                tip = c + QPointF(0, sign * ARROW * r)
                p.drawLine(c, tip)
                p.setBrush(colour)
                p.drawPolygon(QPolygonF([tip, tip + QPointF(-r, -sign * 1.6 * r),
                                         tip + QPointF(r, -sign * 1.6 * r)]))
        p.restore()


class _Legend(QGraphicsItem):
    """The first pane's legend: a line in each drawn curve's pen and its label (a family's line
    split among its colours), in a box, drawn as one item (pyqtgraph's legend is a layout of two
    widgets per entry, each a text document laid out again on every resize: most of the legend's
    start-up cost). Drag it to move it."""

    PAD, SAMPLE, GAP = 5.0, 20.0, 6.0

    def __init__(self, parent):
        super().__init__(parent)
        self.setPos(8, 8)
        self.setZValue(100)  # above the curves
        self.entries: list[tuple[list[QPen], str]] = []
        self.font = QFont()
        self.colours = (QColor(), QColor(), QColor())  # text, background, border
        self._rect = QRectF()
        self._line = 0.0
        self._texts: list[str] = []

    def set_entries(self, entries: list[tuple[list[QPen], str]]):
        self.entries = entries
        self.relayout()

    def set_style(self, font: QFont, text: QColor, background: QColor, border: QColor):
        self.font, self.colours = font, (text, background, border)
        self.relayout()

    def relayout(self):
        """Size the box for its entries, at most the view box's width (longer labels elide in
        the middle, where twins' labels are alike)."""
        self.prepareGeometryChange()
        metrics = QFontMetricsF(self.font)
        self._line = metrics.height() + 2
        room = self.parentItem().width() - 2 * self.pos().x() - 2 * self.PAD - self.SAMPLE - self.GAP
        room = max(room, 80.0)
        self._texts = [metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, room)
                       for _, text in self.entries]
        widest = max((metrics.horizontalAdvance(text) for text in self._texts), default=0.0)
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
        for i, ((pens, _), label) in enumerate(zip(self.entries, self._texts, strict=True)):
            top, part = self.PAD + i * self._line, self.SAMPLE / len(pens)
            for j, pen in enumerate(pens):
                p.setPen(pen)
                p.drawLine(QPointF(self.PAD + j * part, top + self._line / 2),
                           QPointF(self.PAD + (j + 1) * part, top + self._line / 2))
            p.setPen(text)
            p.drawText(QRectF(x, top, self._rect.width() - x, self._line),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)

    def mouseDragEvent(self, ev):  # pyqtgraph's scene delivers drags to items that have this
        if ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()
            self.setPos(self.pos() + ev.pos() - ev.lastPos())


class _ViewBox(pg.ViewBox):
    """pyqtgraph's ViewBox without its developer menu (and its two option forms, about a sixth
    of a pane's start-up cost): a right-click asks the canvas for actgui's own menu."""

    def __init__(self, on_menu):
        super().__init__(enableMenu=False)
        self._on_menu = on_menu

    def raiseContextMenu(self, ev):
        self._on_menu(self, ev.screenPos().toPoint())

    def mouseClickEvent(self, ev):
        if ev.button() == Qt.MouseButton.RightButton:
            ev.accept()
            self.raiseContextMenu(ev)
        else:
            super().mouseClickEvent(ev)


class _CursorDots(QGraphicsItem):
    """A dot on each curve of a view box at the cursor's x, in the curve's colour."""

    def __init__(self):
        super().__init__()
        self.setZValue(20)
        self.points: list[tuple[float, float, QColor]] = []
        self.radius = 4.0
        self._rect = QRectF()

    def set_points(self, points, pixel: tuple[float, float]):
        self.prepareGeometryChange()
        self.points = [p for p in points if np.isfinite(p[1])]
        if self.points:
            xs, ys = [p[0] for p in self.points], [p[1] for p in self.points]
            dx, dy = 2 * self.radius * pixel[0], 2 * self.radius * pixel[1]
            self._rect = QRectF(min(xs) - dx, min(ys) - dy, max(xs) - min(xs) + 2 * dx,
                                max(ys) - min(ys) + 2 * dy)
        else:
            self._rect = QRectF()
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, p: QPainter, *args):
        t = p.transform()
        p.save()
        p.resetTransform()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        for x, y, colour in self.points:
            p.setPen(QPen(QColor("#ffffff"), 1.5))
            p.setBrush(colour)
            p.drawEllipse(t.map(QPointF(x, y)), self.radius, self.radius)
        p.restore()


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
        self.vb = _ViewBox(self.on_menu)
        self.on_menu_requested = None
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

    def on_menu(self, _vb, at):
        if self.on_menu_requested is not None:
            self.on_menu_requested(at)

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


@dataclass
class _Row:
    """What the canvas draws for one session row: its strokes (the curve, each family member,
    each order, or their differences from the reference), its bands and its marks."""

    plan: tuple[tuple[str, int, int, str], ...] = ()  # (box, member, order, kind) per stroke
    strokes: dict[tuple[str, int, int, str], _Curve] = field(default_factory=dict)
    bands: dict[tuple[str, int], _Band] = field(default_factory=dict)  # (box, order)
    marks: dict[str, _Marks] = field(default_factory=dict)  # per box

    def items(self):
        return (*self.strokes.values(), *self.bands.values(), *self.marks.values())


class _View(pg.GraphicsLayoutWidget):
    """The plot: the canvas around it draws its focus frame (an override, not an event filter or
    a signal: those would reach the canvas while a closing window takes it apart)."""

    def focusInEvent(self, event):
        super().focusInEvent(event)
        self.parentWidget().update()

    def focusOutEvent(self, event):
        super().focusOutEvent(event)
        self.parentWidget().update()


class Canvas(QWidget):
    """Draws the session model's curves; re-samples the visible range as the view changes.

    The view boxes are the panes f, f', f'' side by side, or one (f's) holding every order in
    the overlay layout. A curve draws a stroke per order (per member of its family); in a
    difference view, each compared curve draws its difference from the reference and the
    reference a zero line. Pan and zoom write the x-range through the document (clamped to the
    safe range, reported by ``rangeClamped``); every other change arrives as the model's events."""

    cursorMoved = Signal(float)
    rangeClamped = Signal(float, float)
    yRangeChanged = Signal()  # a box's y-range moved (the automatic ones follow the curves)
    exportPane = Signal(tuple)  # the panes to export, from a pane's context menu
    copyPane = Signal(tuple)

    def __init__(self, model: SessionModel, parent=None, theme: str = "light",
                 font_pt: float | None = None, for_export: bool = False):
        """``font_pt`` None: the desktop's font size (the legend 8 pt). ``for_export``: sample
        the view exactly, clip to a fixed y-range, keep every item vector, no cursor line."""
        super().__init__(parent)
        self.setObjectName("canvas")
        self.model = model
        self.view = _View()
        self.view.setObjectName("plotView")
        self.view.setAccessibleName(self.tr("plot of the curves"))
        self.view.viewport().setAccessibleName(self.tr("plot of the curves"))
        layout = QVBoxLayout(self)
        margin = 0 if for_export else FOCUS_PX  # on screen, room for the focus frame
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.addWidget(self.view)

        # Panes are built when first shown: a pane costs about as much as the rest of the
        # canvas, and most sessions never show f''.
        self.plots: dict[str, _Pane] = {}
        self.grids: dict[str, Grid] = {}
        self.cursors: dict[str, pg.InfiniteLine] = {}
        self._cursor_x = 0.0
        self.rows: list[_Row] = []
        self.colours = THEME_COLOURS[theme]
        self._boxes: tuple[str, ...] = ()
        self._fine = True
        self._setting_view = False  # the canvas itself is moving the view to the session's range
        self._auto_y_timer = QTimer(self, singleShot=True, interval=0)
        self._auto_y_timer.timeout.connect(self._auto_y)
        self.pen_scale = 1.0  # exports drawn at 2x use 2x pens
        self.for_export = for_export
        self.font_pt = font_pt
        # Lines thicken with an export's font (20-24 pt slides) and in presentation mode.
        self.line_scale = max(1.0, font_pt / 10) if for_export and font_pt else 1.0
        self.cursor_dots: dict[str, _CursorDots] = {}
        self.setAccessibleName(self.tr("Curves"))
        self._describe_timer = QTimer(self, singleShot=True, interval=DESCRIBE_MS)
        self._dots_timer = QTimer(self, singleShot=True, interval=0)  # the cursor's dots follow the curves
        self._dots_timer.timeout.connect(self._place_cursor_dots)
        self._describe_timer.timeout.connect(self._describe)
        self.legend = _Legend(self._pane("f").getViewBox())
        self._cache(self.legend)
        self.view.setBackground(self.colours[0])
        self._style_legend()

        self._window: tuple[float, float, int] | None = None  # what the curves are sampled over
        self._reference: Remembered | None = None  # a difference view's reference
        self._resample_timer = QTimer(self, singleShot=True, interval=RESIZE_MS)
        self._resample_timer.timeout.connect(self.resample_all)
        self._settle_timer = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle_timer.timeout.connect(self.settle)
        # Legend texts follow parameter changes at most every RELABEL_MS: laying out the legend on
        # every step of a spin box would cost more than drawing the curves.
        self._relabel_timer = QTimer(self, singleShot=True, interval=RELABEL_MS)
        self._relabel_timer.timeout.connect(self._update_legend)

        self.plots["f"].sigXRangeChanged.connect(self._on_x_range_changed)
        # Re-sampled at about one sample per pixel once the size settles (first show included).
        self.plots["f"].getViewBox().sigResized.connect(lambda _vb: self._resample_timer.start())
        self.plots["f"].getViewBox().sigResized.connect(lambda _vb: self.legend.relayout())
        self.view.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.view.viewport().installEventFilter(self)
        model.rowsInserted.connect(self._on_rows_inserted)
        model.rowsAboutToBeRemoved.connect(self._on_rows_removed)
        model.modelReset.connect(self.rebuild)
        model.dataChanged.connect(self._on_data_changed)
        model.fieldChanged.connect(self._on_field)
        self.rebuild()

    # --- structure ---------------------------------------------------------------------------------
    def _pane(self, pane: str) -> _Pane:
        """The plot of ``pane``, built with its grid and cursor."""
        if pane in self.plots:
            return self.plots[pane]
        plot = _Pane()
        plot.setObjectName(f"pane_{pane}")
        plot.getAxis("bottom").setLabel("x")
        vb = plot.getViewBox()
        vb.setMouseEnabled(x=True, y=False)  # y follows the curves or the session
        vb.disableAutoRange()  # the canvas fits y to what it draws (_auto_y)
        vb.sigTransformChanged.connect(lambda *_: self._rescale_marks(pane))
        vb.sigYRangeChanged.connect(lambda *_: self.yRangeChanged.emit())
        grid = Grid(vb, plot.getAxis("bottom"), plot.getAxis("left"), cached=not self.for_export)
        grid.setVisible(self.model.session.grid)
        cursor = pg.InfiniteLine(self._cursor_x, angle=90, movable=False)
        cursor.setVisible(False)  # shown while the mouse is over the canvas
        plot.addItem(cursor, ignoreBounds=True)
        dots = self.cursor_dots[pane] = _CursorDots()
        dots.setVisible(False)
        plot.addItem(dots, ignoreBounds=True)
        plot.on_menu_requested = lambda at: self._menu(pane, at)
        if pane != "f":
            plot.setXLink(self.plots["f"])
        self.plots[pane], self.grids[pane], self.cursors[pane] = plot, grid, cursor
        self._cache(plot.titleLabel.item)
        for name in ("left", "bottom"):
            self._cache(plot.getAxis(name))
            self._cache(plot.getAxis(name).label)
        self._style_pane(pane)
        return plot

    def _cache(self, item):
        """Paint ``item`` from a pixmap until it changes: on screen, text that stays put while
        curves move cost a fifth of a repaint. Exports draw it afresh, as vectors. (Qt caches an
        item's own painting, not its children's: text items are cached one by one.)"""
        if not self.for_export:
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def rebuild(self):
        for row in reversed(range(len(self.rows))):
            self._remove_row(row)
        for row in range(len(self.model.session.curves)):
            self._insert_row(row, draw=False)
        self._update_legend()
        self.apply_view()  # samples every curve once

    def plan(self, row: int) -> tuple[tuple[str, int, int, str], ...]:
        """The strokes of ``row``: (box, family member, order, kind), kind "curve", "diff" (its
        difference from the reference) or "zero" (the reference in a difference view)."""
        s = self.model.session
        curve = s.curves[row]
        if not curve.visible:
            return ()
        overlay = s.layout == "overlay"
        targets = [("f" if overlay else pane, ORDER[pane]) for pane in s.panes]
        kind, members = "curve", len(curve.members())
        if s.compare is not None:
            if row == s.compare.reference:
                kind, members = "zero", 1
            elif s.compare.target in (None, row):
                kind = "diff"
            else:
                return ()
        return tuple((box, m, order, kind) for m in range(members) for box, order in targets)

    def _sync_row(self, row: int) -> bool:
        """Make the row's items match its plan; whether they changed."""
        r, plan = self.rows[row], self.plan(row)
        if plan == r.plan:
            return False
        for box, item in self._placed(r):
            self.plots[box].removeItem(item)
        r.plan, r.strokes, r.bands, r.marks = plan, {}, {}, {}
        curve = self.model.curve(row)
        for key in plan:
            box, _, order, kind = key
            r.strokes[key] = self._place(box, _Curve(screen=not self.for_export))
            if kind != "curve":
                continue
            if curve.activation.band is not None and curve.family is None and order < 2:
                r.bands[box, order] = self._place(box, _Band())
        self._style_row(row)
        return True

    def _place(self, box, item):
        self._pane(box).addItem(item, ignoreBounds=True)  # the canvas sets the y-range itself
        return item

    @staticmethod
    def _placed(r: _Row):
        return [(key[0], item) for key, item in r.strokes.items()] + [
            (key[0], item) for key, item in r.bands.items()] + list(r.marks.items())

    def _insert_row(self, row, draw=True):
        self.rows.insert(row, _Row())
        self._sync_row(row)
        if draw:  # one row added: legend and data now (a rebuild does both once at the end)
            self._update_legend()
            self.update_curve(row)

    def _remove_row(self, row):
        for box, item in self._placed(self.rows[row]):
            self.plots[box].removeItem(item)
        del self.rows[row]
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
        style = bool({Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.CheckStateRole,
                      STYLE_ROLE} & set(roles))
        if not (params or style):
            if Qt.ItemDataRole.DisplayRole in roles:  # labels only: the legend, soon
                self._relabel_timer.start()
            return
        rows = range(top.row(), bottom.row() + 1)
        replanned = {row for row in rows if self._sync_row(row)}  # a family's members may change
        if params:  # draw cheaply until the value settles
            self._set_fine(False)
            self._settle_timer.start()
        compare = self.model.session.compare
        for row in rows:
            if style:
                self._style_row(row)
            if params or row in replanned:
                self.update_curve(row)
            if params and compare is not None and row == compare.reference:
                for other in range(len(self.rows)):  # every difference moved with it
                    if other != row:
                        self.update_curve(other)
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

    def _fixed(self, box: str) -> tuple[float, float] | None:
        """The fixed y-range of ``box`` (none in a difference view: differences are small)."""
        s = self.model.session
        return None if s.compare is not None else s.y_ranges.get(box)

    def update_curve(self, row):
        s = self.model.session
        r, curve = self.rows[row], s.curves[row]
        members = curve.members()
        lo, hi, n = self._window or self.sample_window()
        view = self.plots["f"].getViewBox().viewRange()[0]
        if s.compare is not None:
            reference = s.curves[s.compare.reference].members()[0]
            if self._reference is None or self._reference.curve != reference:
                self._reference = Remembered(reference)
            reference = self._reference
            relative = s.compare.mode == "rel"
        for (box, m, order, kind), item in r.strokes.items():
            member = members[m]
            if kind == "curve":
                x, y = sample(member.activation, lo, hi, n, order, member.params)
            elif kind == "diff":
                x, y = sample_difference(reference, member, lo, hi, n, order, relative)
            else:
                x, y = np.array([lo, hi]), np.zeros(2)
            clip = self._fixed(box) if self.for_export else None
            if clip:
                x, y = clip_to_band(x, y, *clip)
            item.set_sampled(x, y, view=view)
        for (box, order), band in r.bands.items():
            x, low, high = sample_band(curve.activation, lo, hi, n, order, curve.params)
            clip = self._fixed(box) if self.for_export else None
            if clip:  # clipping both edges clips the region between them
                low, high = np.clip(low, *clip), np.clip(high, *clip)
            band.set_sampled(x, low, high, view=view)
        self._mark(row)
        self._auto_y_soon()
        if any(dots.isVisible() for dots in self.cursor_dots.values()):
            self._dots_timer.start()  # once for all the curves that change in this turn

    def _mark(self, row):
        """The row's marks at breakpoints over the sampled range (when dots are on), in an item
        per box made when it first has one (most functions have no breakpoint)."""
        s, r = self.model.session, self.rows[row]
        if not s.dots and not r.marks:
            return
        members = s.curves[row].members()
        lo, hi, _ = self._window or self.sample_window()
        boxes = dict.fromkeys(b for b, _, _, kind in r.plan if kind == "curve")
        for box in boxes:
            clip = self._fixed(box) if self.for_export else None
            found = []
            for b, m, order, kind in (r.plan if s.dots else ()):
                if b != box or kind != "curve":
                    continue
                colour, radius = QColor(self._colour(row, m)), self._mark_radius(row)
                found += [(mark, colour, radius) for mark in marks(members[m], order, lo, hi)
                          if clip is None or clip[0] <= mark.y <= clip[1]]
            item = r.marks.get(box)
            if item is None:
                if not found:
                    continue
                item = r.marks[box] = self._place(box, _Marks())
                self._cache(item)  # 44 curves' dots painted afresh on every frame cost a third of it
            item.background = QColor(self.colours[0])
            item.set_marks(found, self._pixel(box))

    def _pixel(self, box) -> tuple[float, float]:
        """A pixel of ``box``'s view box in data units (pyqtgraph's viewPixelSize needs a scene)."""
        vb = self.plots[box].getViewBox()
        (x0, x1), (y0, y1) = vb.viewRange()
        return (x1 - x0) / max(vb.width(), 1.0), (y1 - y0) / max(vb.height(), 1.0)

    def _rescale_marks(self, box):
        pixel = self._pixel(box)
        for r in self.rows:
            if box in r.marks and r.marks[box].marks:
                r.marks[box].rescale(pixel)

    def _mark_radius(self, row) -> float:
        return (1.2 * self.model.curve(row).width + 1.5) * self._px()

    def _px(self) -> float:
        """Device pixels per line pixel: cosmetic pens are drawn in device pixels, so on a
        screen of device pixel ratio 2 a 2 px curve would be 1 px wide beside 2x text."""
        dpr = 1.0 if self.for_export else self.devicePixelRatioF()
        return self.pen_scale * self.line_scale * dpr

    def resample_all(self):
        self._resample_timer.stop()
        self._window = self.sample_window()
        for row in range(len(self.rows)):
            self.update_curve(row)
        self._auto_y()

    def _colour(self, row, member) -> str:
        return self.model.curve(row).members()[member].color

    def _pen(self, row, member, order, kind, fine: bool):
        s, curve = self.model.session, self.model.curve(row)
        width = (curve.width if fine else FAST_WIDTH) * self._px()
        pen = pg.mkPen(self._colour(row, member), width=width, cosmetic=True)
        if kind == "zero":
            pen.setStyle(Qt.PenStyle.DashLine)
        elif s.layout == "overlay" and order:
            pen.setStyle(OVERLAY_DASH[order])
        else:
            pen.setStyle(DASHES[curve.dash])
        return pen

    def set_pen_scale(self, scale: float):
        self.pen_scale = scale
        for row in range(len(self.rows)):
            self._style_row(row)
            self._mark(row)
        self._update_legend()

    def _style_row(self, row):
        r = self.rows[row]
        for (_, m, order, kind), item in r.strokes.items():
            item.set_pen(self._pen(row, m, order, kind, self._fine), self._fine)
        brush = QColor(self.model.curve(row).color)
        brush.setAlpha(50)
        for band in r.bands.values():
            band.brush = brush
            band.update()
        self._mark(row)

    def settle(self):
        """Draw with each curve's own pen now (else it comes SETTLE_MS after the last change),
        the y-ranges fitted to the curves."""
        self._settle_timer.stop()
        if not self._fine:
            self._set_fine(True)
            self._auto_y()

    def _set_fine(self, fine: bool):
        if fine == self._fine:
            return
        self._fine = fine
        for row, r in enumerate(self.rows):
            for (_, m, order, kind), item in r.strokes.items():
                item.set_pen(self._pen(row, m, order, kind, fine), fine)

    def legend_entries(self) -> list[tuple[list[QPen], str]]:
        """What the legend lists: a line per curve (per order in the overlay layout); in a
        difference view the reference as such, and each compared curve by its own name (its
        line is its difference from the reference, as the pane titles say: an entry "b − a"
        would be too long to read in a legend)."""
        s = self.model.session
        labels = s.labels(s.curves)
        names = dict(zip(range(len(labels)), labels, strict=True))
        entries = []
        for row, r in enumerate(self.rows):
            if not r.plan:
                continue
            kind = r.plan[0][3]
            orders = sorted({o for _, _, o, _ in r.plan}) if s.layout == "overlay" else [r.plan[0][2]]
            members = sorted({m for _, m, _, _ in r.plan})
            for order in orders:
                label = names[row] + (PRIMES[order] if s.layout == "overlay" else "")
                if kind == "zero":  # a compared curve is named alone: the titles say Δ of what
                    label = self.tr("{} (reference)").format(label)
                entries.append(([self._pen(row, m, order, kind, True) for m in members], label))
        return entries

    def _update_legend(self):
        self._relabel_timer.stop()
        self.legend.set_entries(self.legend_entries())

    # --- view ----------------------------------------------------------------------------------------
    def _on_field(self, name):
        if name == "x_range":
            lo, hi = self.model.session.x_range
            if tuple(self.plots["f"].getViewBox().viewRange()[0]) != (lo, hi):
                self._set_x_view(lo, hi)  # re-samples if the samples do not serve it
        elif name == "y_ranges":
            self._apply_y_ranges()
        elif name in ("panes", "layout", "compare"):
            self._apply_layout()
            self.resample_all()
            self._apply_y_ranges()
            self._update_legend()
        elif name == "dots":
            for row in range(len(self.rows)):
                self._mark(row)
        elif name == "grid":
            self._apply_grid()

    def apply_view(self):
        """Show the session's boxes, grid and ranges, and sample every curve once."""
        self._apply_layout()
        self._apply_grid()
        self._set_x_view(*self.model.session.x_range)
        self.resample_all()
        self._apply_y_ranges()

    def _apply_layout(self):
        """The view boxes the session's layout shows, their titles, and each row's strokes."""
        s = self.model.session
        boxes = ("f",) if s.layout == "overlay" else s.panes
        if boxes != self._boxes:
            layout = self.view.ci
            for box in self._boxes:
                layout.removeItem(self.plots[box])
            for col, box in enumerate(boxes):
                layout.addItem(self._pane(box), row=0, col=col)
            self._boxes = boxes
        for box in self.plots:
            self._style_pane(box)
        for row in range(len(self.rows)):
            self._sync_row(row)

    def _apply_grid(self):
        for grid in self.grids.values():
            grid.setVisible(self.model.session.grid)

    def _apply_y_ranges(self):
        for box in self._boxes:
            fixed = self._fixed(box)
            if fixed is not None:
                self._set_y_view(box, *fixed)
        self._auto_y()

    def _auto_y_soon(self):
        """The automatic y-ranges follow the drawn curves once this event-loop turn is over
        (a change often moves several curves)."""
        self._auto_y_timer.start()

    def _auto_y(self):
        """Each automatic box's y-range fits the finite samples drawn in view
        (:meth:`fitted_y_ranges`). While a value keeps changing (a spin box held, a parameter
        playing, a zoom) a range only grows, so the axes hold still and the curves are seen to
        move; it fits them again once the change settles."""
        self._auto_y_timer.stop()
        for box, (lo, hi) in self.fitted_y_ranges().items():
            if not self._fine:
                shown = self.plots[box].getViewBox().viewRange()[1]
                lo, hi = min(lo, shown[0]), max(hi, shown[1])
            self._set_y_view(box, *clamp_range(lo, hi))

    def fitted_y_ranges(self) -> dict[str, tuple[float, float]]:
        """The y-range of each automatic box that has finite samples in view: theirs, padded as
        pyqtgraph pads (2-10 % of the span by the pane's height), kept to the safe range."""
        out = {}
        for box in self._boxes:
            if self._fixed(box) is not None:
                continue
            bounds = [b for r in self.rows for key, item in (*r.strokes.items(), *r.bands.items())
                      if key[0] == box and (b := item.y_bounds) is not None]
            if not bounds:
                continue
            lo, hi = min(b[0] for b in bounds), max(b[1] for b in bounds)
            span = hi - lo
            if span <= 1e-12 * max(abs(lo), abs(hi)) or span == 0:  # flat: a unit around it
                lo, hi = lo - max(0.5, 0.05 * abs(lo)), hi + max(0.5, 0.05 * abs(hi))
            else:
                pad = span * float(np.clip(1 / max(self.plots[box].getViewBox().height(), 1) ** 0.5,
                                           0.02, 0.1))
                lo, hi = lo - pad, hi + pad
            out[box] = clamp_range(lo, hi)
        return out

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
        for row in range(len(self.rows)):
            self._mark(row)  # open dots are filled with the background

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

    def title(self, box: str) -> str:
        """The box's title: its order (every order in the overlay layout), as a difference in a
        difference view."""
        s = self.model.session
        panes = s.panes if s.layout == "overlay" else (box,)
        if s.compare is None:
            return ", ".join(TITLES[p] for p in panes)
        names = [TITLES[p][:-3] for p in panes]  # f, f′, f″
        if s.compare.mode == "abs":
            return ", ".join(f"\u0394{n}(x)" for n in names)
        return ", ".join(f"|\u0394{n}| / |{n}|" for n in names)

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
        plot.setTitle(self.title(pane), color=fg, size=f"{font.pointSizeF() * 1.15:g}pt")

    def reset_view(self):
        self.model.document.set(x_range=(-5.0, 5.0), y_ranges={})

    def _on_x_range_changed(self, _vb, rng):
        """The view moved: by the canvas itself (the session's range), or by a pan or zoom,
        whose range (made safe) goes to the document."""
        lo, hi = float(rng[0]), float(rng[1])
        if self._covers((lo, hi)):
            for r in self.rows:
                for item in (*r.strokes.values(), *r.bands.values()):
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
    def set_presentation(self, font_pt: float | None, line_scale: float):
        """Presentation mode's fonts and line widths (None and 1: the desktop's again)."""
        self.font_pt, self.line_scale = font_pt, line_scale
        self._restyle()
        for row in range(len(self.rows)):
            self._style_row(row)
        self._update_legend()

    def changeEvent(self, event):
        super().changeEvent(event)
        if event.type() == QEvent.Type.DevicePixelRatioChange:  # moved to another screen
            for row in range(len(self.rows)):
                self._style_row(row)

    def set_cursor(self, x: float):
        self._cursor_x = x
        for line in self.cursors.values():
            line.setPos(x)
        self._place_cursor_dots()
        self._describe_timer.start()

    def _place_cursor_dots(self):
        x = self._cursor_x
        for box in self._boxes:
            points = []
            for row, r in enumerate(self.rows):
                for (b, m, _order, kind), item in r.strokes.items():
                    if b != box or kind == "zero" or item.hi - item.lo < 2:
                        continue
                    xs, ys = item.shown_x, item.shown_y
                    if xs[0] <= x <= xs[-1]:
                        with np.errstate(invalid="ignore"):
                            y = float(np.interp(x, xs, ys))
                        points.append((x, y, QColor(self._colour(row, m))))
            dots = self.cursor_dots[box]
            dots.radius = 4.0 * self.line_scale * (1.0 if self.for_export else self.devicePixelRatioF())
            dots.set_points(points, self._pixel(box))

    def _show_cursor(self, shown: bool):
        shown = shown and not self.for_export
        for box in self.plots:
            self.cursors[box].setVisible(shown)
            self.cursor_dots[box].setVisible(shown)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Leave:
            self._show_cursor(False)
        elif event.type() == QEvent.Type.Enter:
            self._show_cursor(True)
        return False

    def paintEvent(self, event):
        """A frame in the highlight colour around the plot while it has the keyboard focus
        (Tab reaches it: a screen reader then reads its description)."""
        if self.view.hasFocus():
            QPainter(self).fillRect(self.rect(), self.palette().highlight())

    def _describe(self):
        """What the canvas shows, in words, for screen readers: each curve's values at the
        cursor's x."""
        s, x = self.model.session, self._cursor_x
        parts = []
        for label, curve in s.drawn():
            values = ", ".join(f"{TITLES[p][:-3]} {number_text(float(curve.evaluate(x, ORDER[p])))}"
                               for p in s.panes)
            parts.append(f"{label}: {values}")
        self.setAccessibleDescription(self.tr("At x = {}: {}").format(number_text(x), "; ".join(parts))
                                      if parts else self.tr("No curve is shown."))

    def _menu(self, pane: str, at):
        """actgui's menu for a pane: reset the view, export or copy the figure, the grid."""
        menu = QMenu(self)
        menu.addAction(self.tr("&Reset view"), self.reset_view)
        panes = self.model.session.panes
        menu.addAction(self.tr("&Export the figure\u2026"), lambda: self.exportPane.emit(panes))
        menu.addAction(self.tr("&Copy the figure"), lambda: self.copyPane.emit(panes))
        grid = menu.addAction(self.tr("Show &grid"))
        grid.setCheckable(True)
        grid.setChecked(self.model.session.grid)
        grid.toggled.connect(lambda on: self.model.document.set(grid=on))
        menu.popup(at)
        self._open_menu = menu  # kept alive while shown

    def _on_mouse_moved(self, pos):
        for pane in self._boxes:
            vb = self.plots[pane].getViewBox()
            if vb.sceneBoundingRect().contains(pos):
                x = vb.mapSceneToView(pos).x()
                self._show_cursor(True)
                self.set_cursor(x)
                self.cursorMoved.emit(x)
                return

    def item(self, row: int, pane: str = "f", member: int = 0) -> _Curve:
        """The stroke drawing ``pane``'s order of ``row`` (its family ``member``)."""
        return next(item for (_, m, order, _), item in self.rows[row].strokes.items()
                    if order == ORDER[pane] and m == member)

    def curve_data(self, row: int, pane: str):
        """The (x, y) arrays drawn for a curve in a pane (for readers and tests)."""
        item = self.item(row, pane)
        return item.shown_x, item.shown_y
