"""Axes and grids for actgui's plots: plain tick values (never pyqtgraph's SI prefix), numbers
written as the rest of the screen writes them, and a grid drawn at the axes' own ticks.

Ticks are a 1-2-5 ladder: the smallest major spacing whose labels do not crowd (for a bottom
axis, the widest label plus a gap; for a left one, two text heights), with minor ticks at a
fifth (1, 5) or a half (2) of it. Both the axis and its grid read them from :func:`ticks`, cached
by range, length and font, so they agree and each is computed once per view."""

from __future__ import annotations

import math
from functools import lru_cache

import pyqtgraph as pg
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from .numbers import number_text, tick_text

RECACHE_MS = 300  # a grid is kept as a picture again this long after its view last moved
GAP_PX = 14.0  # between two bottom labels
LADDER = (1.0, 2.0, 5.0)


@lru_cache(maxsize=64)
def ticks(lo: float, hi: float, length: float, horizontal: bool, font: str):
    """(major values, their labels, minor values) for an axis showing [lo, hi] over ``length``
    pixels, its labels in ``font`` (``QFont.toString()``)."""
    if not (hi > lo and length > 1 and math.isfinite(hi - lo)):
        return (), (), ()
    qfont = QFont()
    qfont.fromString(font)
    metrics = QFontMetricsF(qfont)
    need = 2.5 * metrics.height() if not horizontal else 3 * metrics.averageCharWidth() + GAP_PX
    exponent = math.floor(math.log10((hi - lo) * need / length))
    for _ in range(40):  # climb the ladder until the labels fit
        for m in LADDER:
            step = m * 10.0**exponent
            if step * length / (hi - lo) < need:
                continue
            first, last = math.ceil(lo / step), math.floor(hi / step)
            if last - first > 200:
                continue
            values = tuple(k * step for k in range(first, last + 1))
            labels = tuple(tick_text(v, step, lo, hi) for v in values)
            if horizontal:
                widest = max((metrics.horizontalAdvance(t) for t in labels), default=0.0)
                if step * length / (hi - lo) < widest + GAP_PX:
                    continue
            minor_step = step / (2 if m == 2.0 else 5)
            minor = tuple(k * minor_step for k in range(math.ceil(lo / minor_step),
                                                         math.floor(hi / minor_step) + 1))
            return values, labels, minor
        exponent += 1
    return (), (), ()


class Axis(pg.AxisItem):
    """pyqtgraph's axis with actgui's ticks (:func:`ticks`), and its label typeset only when the
    label's text or style changes (pyqtgraph typesets it again on every pen, style and range
    change: ten times per axis before the first frame, each a rich-text layout)."""

    _label_html = None

    def __init__(self, orientation, **kw):
        super().__init__(orientation, **kw)
        self.enableAutoSIPrefix(False)  # plain tick values: no "x (x0.001)" when zoomed in

    def _updateLabel(self):
        html = self.labelString()
        if html != self._label_html:
            self._label_html = html
            self.label.setHtml(html)
        self._adjustSize()
        self.picture = None
        self.update()

    def setRange(self, mn, mx):
        """Also size the axis for the labels of the new range now, not at its next paint (a
        figure is painted once: labels that did not fit would be left out)."""
        super().setRange(mn, mx)
        _, labels, _ = self.current_ticks()
        if labels:
            font = self.style["tickFont"] or QFont()
            metrics = QFontMetricsF(font)
            vertical = self.orientation in ("left", "right")
            self._updateMaxTextSize(max(metrics.horizontalAdvance(t) for t in labels) if vertical
                                    else metrics.height())

    def current_ticks(self):
        bounds = self.mapRectFromParent(self.geometry())
        horizontal = self.orientation in ("bottom", "top")
        length = bounds.width() if horizontal else bounds.height()
        font = self.style["tickFont"] or QFont()
        return ticks(float(self.range[0]), float(self.range[1]), round(length, 1), horizontal,
                     font.toString())

    def generateDrawSpecs(self, p):
        """The axis line, major and minor ticks and the labels of the major ones."""
        bounds = self.mapRectFromParent(self.geometry())
        horizontal = self.orientation in ("bottom", "top")
        lo, hi = float(self.range[0]), float(self.range[1])
        length = bounds.width() if horizontal else bounds.height()
        if not (hi > lo and length > 1):
            return None
        font = self.style["tickFont"] or QFont()
        values, labels, minor = self.current_ticks()
        metrics = QFontMetricsF(font)
        scale = length / (hi - lo)
        tick_len = self.style["tickLength"]
        offset = max(0, tick_len) + self.style["tickTextOffset"][1 if horizontal else 0]
        pen = self.pen()
        if horizontal:
            edge = bounds.top() + 1
            axis_spec = (pen, QPointF(bounds.left(), edge), QPointF(bounds.right(), edge))

            def at(v):
                return bounds.left() + (v - lo) * scale
        else:
            edge = bounds.right() - 1
            axis_spec = (pen, QPointF(edge, bounds.top()), QPointF(edge, bounds.bottom()))

            def at(v):
                return bounds.bottom() - (v - lo) * scale
        tick_specs = []
        for vals, size in ((values, tick_len), (minor, tick_len / 2)):
            for v in vals:
                c = at(v)
                if horizontal:
                    tick_specs.append((pen, QPointF(c, edge), QPointF(c, edge + size)))
                else:
                    tick_specs.append((pen, QPointF(edge, c), QPointF(edge - size, c)))
        text_specs, widest = [], 0.0
        height = metrics.height()
        # A label sticking out at an end of the axis moves in to fit (a narrow pane's −5 and 5
        # at its ends stay); one that would then touch its neighbour is left out.
        room = self.boundingRect().adjusted(-2, -2, 2, 2)
        previous = None
        for v, text in zip(values, labels, strict=True):
            c, w = at(v), metrics.horizontalAdvance(text)
            widest = max(widest, w)
            if horizontal:
                rect = QRectF(c - w / 2, edge + offset, w, height)
                rect.moveLeft(max(rect.left(), room.left()))
                rect.moveRight(min(rect.right(), room.right()))
                flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
            else:
                rect = QRectF(edge - offset - w, c - height / 2, w, height)
                rect.moveTop(max(rect.top(), room.top()))
                rect.moveBottom(min(rect.bottom(), room.bottom()))
                flags = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            apart = previous is None or not rect.adjusted(-GAP_PX / 2, -1, GAP_PX / 2, 1).intersects(previous)
            if room.contains(rect) and apart:
                text_specs.append((rect, flags | Qt.TextFlag.TextDontClip, text))
                previous = rect
        self._updateMaxTextSize(height if horizontal else widest)
        return axis_spec, tick_specs, text_specs


class Grid(QGraphicsItem):
    """Lines at a pane's major and minor ticks (the same ticks its axes show), minor ones fainter,
    across its view box."""

    def __init__(self, view_box: pg.ViewBox, bottom: Axis, left: Axis, cached: bool = False):
        """``cached``: kept as a picture while the view stays (a repaint then blits it, a tenth
        of a repaint's cost), drawn directly while it moves (a picture made at each zoom step
        would cost more than it saves)."""
        super().__init__()
        self.view_box, self.axes = view_box, (bottom, left)
        self.pens = (QPen(), QPen())  # minor, major
        self._line_cache: list[tuple] = [(None, None), (None, None)]  # lines across x and along y
        self.setParentItem(view_box)  # in the view box's pixels, behind its curves
        self.setZValue(-10)
        self._recache = None
        if cached:
            self._recache = QTimer(view_box, singleShot=True, interval=RECACHE_MS)  # goes with it
            self._recache.timeout.connect(
                lambda: self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache))
            self._recache.start()
        view_box.sigRangeChanged.connect(self._moved)
        view_box.sigResized.connect(lambda *_: self.prepareGeometryChange())  # its rect is the box's

    def _moved(self, *_):
        if self._recache is not None:
            self.setCacheMode(QGraphicsItem.CacheMode.NoCache)
            self._recache.start()
        self.update()

    def set_pen(self, pen: QPen):
        """Major lines in ``pen``, minor ones half as opaque."""
        faint = QPen(pen)
        colour = faint.color()
        colour.setAlphaF(colour.alphaF() / 2)
        faint.setColor(colour)
        self.pens = (faint, pen)
        self.update()

    def boundingRect(self) -> QRectF:
        return self.view_box.boundingRect()

    def paint(self, p: QPainter, *args):
        rect = self.view_box.boundingRect()
        (x0, x1), (y0, y1) = self.view_box.viewRange()
        if not (x1 > x0 and y1 > y0):
            return
        bottom, left = self.axes
        (xs, _, x_minor), (ys, _, y_minor) = bottom.current_ticks(), left.current_ticks()
        # the lines of each direction are kept while their axis stays: a parameter step often
        # moves the y-range only, a pan the x-range only
        across = self._lines(0, (rect.left(), rect.width(), rect.top(), rect.bottom(), x0, x1),
                             xs, x_minor)
        up = self._lines(1, (rect.bottom(), -rect.height(), rect.left(), rect.right(), y0, y1),
                         ys, y_minor)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for pen, a, b in zip(self.pens, across, up, strict=True):
            p.setPen(pen)
            p.drawLines(a + b)

    def _lines(self, axis: int, where: tuple, major, minor) -> tuple[list[QLineF], list[QLineF]]:
        """The minor and major grid lines at one axis's ticks: ``where`` = (start, length) of
        the axis in pixels, (from, to) of the lines across it, and the axis's value range."""
        key = (where, major, minor)
        if self._line_cache[axis][0] != key:
            start, length, a, b, lo, hi = where
            scale = length / (hi - lo)
            if axis == 0:
                def line(v):
                    return QLineF(start + (v - lo) * scale, a, start + (v - lo) * scale, b)
            else:
                def line(v):
                    return QLineF(a, start + (v - lo) * scale, b, start + (v - lo) * scale)
            self._line_cache[axis] = (key, ([line(v) for v in minor], [line(v) for v in major]))
        return self._line_cache[axis][1]


class IntegerAxis(Axis):
    """An axis ticked at integers only, within ``span`` (first, last) when given: every 1, 2, 5,
    10, … of them, the smallest step whose labels do not crowd (along a bottom axis as
    :func:`actgui.ui.axes.ticks`, a left one's a line and a half apart), minor ticks at the
    integers between. Each tick is labelled ``tick_label(k)``."""

    def __init__(self, orientation, span: tuple[int, int] | None = None, **kw):
        super().__init__(orientation, **kw)
        self.span = span

    def tick_label(self, k: int) -> str:
        return number_text(k)

    def current_ticks(self):
        lo, hi = float(self.range[0]), float(self.range[1])
        bounds = self.mapRectFromParent(self.geometry())
        horizontal = self.orientation in ("bottom", "top")
        length = bounds.width() if horizontal else bounds.height()
        if not (hi > lo and length > 1 and math.isfinite(hi - lo)):
            return (), (), ()
        first, last = math.ceil(lo), math.floor(hi)
        if self.span is not None:
            first, last = max(first, self.span[0]), min(last, self.span[1])
        metrics = QFontMetricsF(self.style["tickFont"] or QFont())
        for step in (m * 10**e for e in range(16) for m in (1, 2, 5)):
            values = tuple(range(step * math.ceil(first / step), last + 1, step))
            labels = tuple(self.tick_label(k) for k in values)
            need = (max((metrics.horizontalAdvance(t) for t in labels), default=0.0) + GAP_PX
                    if horizontal else 1.5 * metrics.height())
            if step * length / (hi - lo) >= need:
                minor = tuple(range(first, last + 1)) if step > 1 and last - first <= 200 else ()
                return values, labels, minor
        return (), (), ()
