"""The live canvas: panes f, f', f'' side by side, drawn with pyqtgraph from the core's sampling."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsGridLayout,
    QGraphicsItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..core import clip_to_band, sample, sample_band, simplify_polyline
from ..core.session import clamp_range
from .models import PARAMS_ROLE, SessionModel

ORDER = {"f": 0, "df": 1, "d2f": 2}
TITLES = {"f": "f(x)", "df": "f\u2032(x)", "d2f": "f\u2033(x)"}
THEME_COLOURS = {  # background, foreground, grid, cursor (solid: a dashed line costs a tenth of a repaint)
    "light": ("#ffffff", "#202020", (0, 0, 0, 38), "#8c8c8c"),
    "dark": ("#1c1c1e", "#d8d8d8", (255, 255, 255, 38), "#808084"),
}
RESAMPLE_MS = 40  # debounce after pan or zoom
SETTLE_MS = 250  # after the last change, curves are redrawn with the fine pen
RELABEL_MS = 100
FAST_WIDTH, FINE_WIDTH = 1.0, 2.0
SIMPLIFY_PX = 0.25  # what the settled curves may deviate from their samples, in device pixels


class _Curve(pg.PlotCurveItem):
    """A curve sampled beyond the view, for panning, that gives Qt only the samples in view:
    stroking the hidden ones cost as much as stroking the visible ones, and the y auto-range
    fits what is drawn. With the antialiased (settled) pen on screen it strokes only the vertices
    that keep it within SIMPLIFY_PX of every sample: a wide antialiased pen costs per vertex."""

    def __init__(self, simplify: bool = True):
        super().__init__(connect="finite")
        self.sampled = (np.empty(0), np.empty(0))
        self.simplify = simplify
        self._simple = (None, None)  # the simplified path and the device scale it was made for

    def set_sampled(self, x, y, view: tuple[float, float]):
        self.sampled = (x, y)
        self.show_range(view)

    def show_range(self, view: tuple[float, float]):
        """Draw the samples within ``view`` and one beyond each end."""
        x, y = self.sampled
        lo = max(int(np.searchsorted(x, view[0], "left")) - 1, 0)
        hi = int(np.searchsorted(x, view[1], "right")) + 1
        self.setData(x[lo:hi], y[lo:hi])

    def paint(self, p, opt, widget):
        if self.simplify and self.opts["antialias"] and self.xData is not None:
            t = p.transform()
            scale = (t.m11(), t.m22())
            if self.path is None or self.path is not self._simple[0] or scale != self._simple[1]:
                keep = simplify_polyline(self.xData * scale[0], self.yData * scale[1],
                                         SIMPLIFY_PX)
                self.path = self.generatePath(self.xData[keep], self.yData[keep])
                self._simple = (self.path, scale)
        elif self.path is not None and self.path is self._simple[0]:
            self.path = None  # the fast pen draws every sample, as bare pyqtgraph does
        super().paint(p, opt, widget)


@dataclass
class _Band:
    low: _Curve
    high: _Curve
    fill: pg.FillBetweenItem


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


class _Axis(pg.AxisItem):
    """pyqtgraph's axis, its label typeset only when the label's text or style changes (pyqtgraph
    typesets it again on every pen, style and range change: ten times per axis before the first
    frame, each a rich-text layout)."""

    _label_html = None

    def _updateLabel(self):
        html = self.labelString()
        if html != self._label_html:
            self._label_html = html
            self.label.setHtml(html)
        self._adjustSize()
        self.picture = None
        self.update()


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
        self.axes = {name: _Axis(name, parent=self) for name in ("left", "bottom")}
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
            axis.enableAutoSIPrefix(False)  # plain tick values: no "x (x0.001)" when zoomed in
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
        self.grids: dict[str, pg.GridItem] = {}
        self.cursors: dict[str, pg.InfiniteLine] = {}
        self._cursor_x = 0.0
        self.items: list[dict[str, _Curve]] = []
        self.bands: list[dict[str, _Band]] = []
        self.colours = THEME_COLOURS[theme]
        self._shown_panes: tuple[str, ...] = ()
        self._fine = True
        self._setting_view = False  # the canvas itself is moving the view to the session's range
        self.pen_scale = 1.0  # exports drawn at 2x use 2x pens
        self.for_export = for_export
        self.font_pt = font_pt
        self.legend = _Legend(self._pane("f").getViewBox())
        self._cache(self.legend)
        self.view.setBackground(self.colours[0])
        self._style_legend()

        self._resample_timer = QTimer(self, singleShot=True, interval=RESAMPLE_MS)
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
        plot.getViewBox().setMouseEnabled(x=True, y=False)  # y follows the curves or the session
        grid = pg.GridItem(textPen=None)
        grid.setTickSpacing(x=[None, None], y=[None, None])  # major and one minor level
        grid.setZValue(-10)
        grid.setVisible(self.model.session.grid)
        plot.addItem(grid, ignoreBounds=True)
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
        item = _Curve(simplify=not self.for_export)  # exports draw every sample
        item.setObjectName(f"curve_{pane}")
        self.plots[pane].addItem(item)
        self.items[row][pane] = item
        if self.model.curve(row).activation.band is not None and pane != "d2f":
            self.bands[row][pane] = self._make_band(pane)

    def _make_band(self, pane) -> _Band:
        low, high = _Curve(), _Curve()
        fill = pg.FillBetweenItem(low, high)
        fill.setZValue(-5)
        for it in (low, high, fill):
            self.plots[pane].addItem(it)
        return _Band(low, high, fill)

    def _remove_row(self, row):
        for pane, item in self.items[row].items():
            self.plots[pane].removeItem(item)
        for pane, band in self.bands[row].items():
            for it in (band.low, band.high, band.fill):
                self.plots[pane].removeItem(it)
        del self.items[row], self.bands[row]

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
        """x-range to sample (the view plus half a view each side, for panning; the view alone
        for export) and the count giving about one sample per pixel of pane width."""
        lo, hi = self.plots["f"].getViewBox().viewRange()[0]
        width = max(int(self.plots["f"].getViewBox().width()), 200)
        if self.for_export:
            return lo, hi, 2 * width
        span = hi - lo
        return lo - span / 2, hi + span / 2, 2 * width

    def update_curve(self, row):
        curve = self.model.curve(row)
        act, params = curve.activation, curve.params
        lo, hi, n = self.sample_window()
        view = self.plots["f"].getViewBox().viewRange()[0]
        clip = self.model.session.y_range if self.for_export else None
        for pane in self._shown_panes:
            x, y = sample(act, lo, hi, n, ORDER[pane], params)
            if clip and pane == "f":
                x, y = clip_to_band(x, y, *clip)
            self.items[row][pane].set_sampled(x, y, view)
        for pane, band in self.bands[row].items():
            if pane in self._shown_panes:
                x, low, high = sample_band(act, lo, hi, n, ORDER[pane], params)
                if clip and pane == "f":  # clipping both edges clips the region between them
                    low, high = np.clip(low, *clip), np.clip(high, *clip)
                band.low.set_sampled(x, low, view)
                band.high.set_sampled(x, high, view)

    def resample_all(self):
        self._resample_timer.stop()
        for row in range(len(self.items)):
            self.update_curve(row)

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
            item.setPen(pen)
            item.opts["antialias"] = self._fine
            item.setVisible(curve.visible)
        brush = QColor(curve.color)
        brush.setAlpha(50)
        for band in self.bands[row].values():
            band.low.setPen(None)
            band.high.setPen(None)
            band.fill.setBrush(brush)
            band.fill.setVisible(curve.visible)

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
                self._set_x_view(lo, hi)
                self.resample_all()
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
        for pane, plot in self.plots.items():
            if pane != "f":
                plot.getViewBox().enableAutoRange(axis="y")

    def _apply_grid(self):
        for grid in self.grids.values():
            grid.setVisible(self.model.session.grid)

    def _apply_y_range(self):
        y_range = self.model.session.y_range
        vb = self.plots["f"].getViewBox()
        if y_range is None:
            vb.enableAutoRange(axis="y")
        else:
            vb.setYRange(*y_range, padding=0)

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
        self.grids[pane].setPen(pg.mkPen(grid, width=1))
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
        for items, bands in zip(self.items, self.bands, strict=True):  # until re-sampled
            for item in items.values():
                item.show_range((lo, hi))
            for band in bands.values():
                band.low.show_range((lo, hi))
                band.high.show_range((lo, hi))
        if self._setting_view:
            return
        safe = clamp_range(lo, hi)
        if safe != (lo, hi):
            self.rangeClamped.emit(*safe)
            self._set_x_view(*safe)
        if safe != self.model.session.x_range:
            self.model.document.set(x_range=safe, key="view")
        self._resample_timer.start()

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
        return item.xData, item.yData
