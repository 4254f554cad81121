"""Teaching views: tabs beside the curves that show what the tutorials teach, for every visible
curve, live, in its colour.

Each module in this package defines a view: a :class:`TeachingView` subclass decorated with
:func:`register`. The window finds them here (:data:`VIEWS`, by ``order``) and shows one tab
each, named by ``name``; a view is built when its tab is first shown, so these modules keep
their heavy imports (the computations in actgui.core.teaching) inside methods.
"""

from __future__ import annotations

import importlib
import math
import pkgutil

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QRectF, QSize, QSizeF, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..axes import Axis, Grid
from ..canvas import THEME_COLOURS
from ..models import SessionModel

REFRESH_MS = 60

#: Every teaching view class by name, in tab order.
VIEWS: dict[str, type[TeachingView]] = {}


def register(cls: type[TeachingView]) -> type[TeachingView]:
    VIEWS[cls.name] = cls
    return cls


class TeachingView(QWidget):
    """A plot area plus controls, refreshed (coalesced) when the session changes.

    Subclasses set ``name`` (the tab's object name), ``title`` (marked with
    ``QT_TRANSLATE_NOOP("views", ...)``) and ``order``, draw in ``redraw`` and give their numbers
    as ``table() -> (header, rows)`` for CSV."""

    name = ""
    title = ""
    order = 0

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
        return self.model.session.visible

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

    def table(self) -> tuple[list[str], list[list]]:
        raise NotImplementedError


def legend_text_size() -> str:
    """A legend's text as large as the axes' (the desktop's font: an export then reads alike)."""
    return f"{QApplication.font().pointSizeF():g}pt"


MIN_DATA_PX = 150  # a plot's data area is never smaller: below it, the plots scroll
QWIDGETSIZE_MAX = (1 << 24) - 1


def plain_axes(plot: pg.PlotItem):
    """No SI prefix on any of the plot's axes, hidden ones included (actgui's have none)."""
    for axis in plot.axes.values():
        axis["item"].enableAutoSIPrefix(False)


class PlotsView(TeachingView):
    """A teaching view whose plots fit any window.

    The plots (``cells``, in reading order) lie in a grid under one legend row (``legend``, in as
    many columns as its row holds). A data area is never smaller than MIN_DATA_PX: the plots
    scroll instead. Of the layouts (the controls beside the plots or above them, 1 to n columns)
    the one chosen is the first of: the plots fit without scrolling, they fit the width, their
    cells are the largest ``aspect`` times as wide as high. It is chosen again as the view's
    size or contents change."""

    aspect = 1.0

    def __init__(self, model, parent=None):
        super().__init__(model, parent)
        self.cells: list[pg.PlotItem] = []
        self.grids: list[Grid] = []
        self.legend = pg.LegendItem(labelTextSize=legend_text_size(), frame=False)
        self.legend.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        self.legend.layout.setContentsMargins(0, 0, 0, 0)
        self.view.ci.addItem(self.legend, row=0, col=0)
        self.scroll = QScrollArea(objectName=f"{self.name}Scroll", widgetResizable=True,
                                  frameShape=QFrame.Shape.NoFrame)
        self.layout().replaceWidget(self.view, self.scroll)
        self.scroll.setWidget(self.view)
        self.scroll.viewport().installEventFilter(self)
        self.panel: QWidget = self.layout().itemAt(0).widget()
        self.panel_width = self.panel.maximumWidth()

    def _add_plot(self, title, left, bottom, axes=None, grid=True) -> pg.PlotItem:
        """A plot with translated title and axis labels, actgui's axes (or ``axes``: name ->
        Axis) and grid, appended to ``cells``."""
        axes = {"left": Axis("left"), "bottom": Axis("bottom"), **(axes or {})}
        plot = self.view.ci.addPlot(row=len(self.cells) + 1, col=0, title=title, axisItems=axes)
        plot.setLabel("left", left)
        plot.setLabel("bottom", bottom)
        axes["left"].setStyle(hideOverlappingLabels=False)  # the label at the top of a fixed range
        plain_axes(plot)
        plot.hideButtons()
        plot.getViewBox().setMinimumSize(MIN_DATA_PX, MIN_DATA_PX)
        if grid:
            self.grids.append(Grid(plot.getViewBox(), axes["bottom"], axes["left"]))
        self.cells.append(plot)
        return plot

    def set_theme(self, theme: str):
        super().set_theme(theme)
        for grid in self.grids:
            grid.set_pen(pg.mkPen(self.colours[2], width=1))
        self.legend.setLabelTextColor(self.colours[1])
        for _sample, label in self.legend.items:  # pyqtgraph sets the colour, the text keeps the old
            label.setText(label.text)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.relayout()

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Resize:
            self.reflow()
        return super().eventFilter(watched, event)

    def relayout(self):
        """Put the controls beside the plots or above them, whichever gives the plots the
        better room (as :meth:`_best` ranks it); then lay the plots out."""
        layout = self.layout()
        left, top, right, bottom = layout.getContentsMargins()
        width, height = self.width() - left - right, self.height() - top - bottom
        gap = layout.spacing()
        beside = QSize(width - min(self.panel_width, self.panel.sizeHint().width()) - gap, height)
        panel_height = self.panel.heightForWidth(width)
        above = QSize(width, height - gap - (panel_height if panel_height >= 0
                                             else self.panel.sizeHint().height()))
        narrow = self._best(above)[0] > self._best(beside)[0]
        layout.setDirection(QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight)
        self.panel.setMaximumWidth(QWIDGETSIZE_MAX if narrow else self.panel_width)
        self.reflow()

    def reflow(self):
        """Lay the legend and the plots out for their room: the scroll area's without scroll
        bars, or the view's own size while it has a fixed one (an export's)."""
        fixed = self.view.minimumSize() == self.view.maximumSize()
        _, columns, cell = self._best(self.view.maximumSize() if fixed else self.scroll.maximumViewportSize())
        least = self._place(columns, cell)
        if fixed:  # the view keeps its size: the layout that was there may have kept a larger one
            self.view.ci.setGeometry(QRectF(self.view.rect()))
        else:
            self.view.setMinimumSize(math.ceil(least.width()), math.ceil(least.height()))

    def _best(self, room: QSize) -> tuple[tuple[bool, bool, float], int, QSizeF]:
        """The best layout of the plots for ``room``: its rank (the plots fit the room, they fit
        its width, the side of the largest cell of the view's aspect), columns and cell size. The
        legend takes as many columns as its row holds."""
        left, _, right, _ = self.view.ci.layout.getContentsMargins()
        width = room.width() - left - right
        for columns in range(max(len(self.legend.items), 1), 0, -1):
            self.legend.setColumnCount(columns)
            if self.legend.effectiveSizeHint(Qt.SizeHint.PreferredSize).width() <= width:
                break
        height = room.height() - self.legend.effectiveSizeHint(Qt.SizeHint.PreferredSize).height()
        n = len(self.cells)

        def layout(columns):
            cell = QSizeF(width / columns, height / math.ceil(n / columns))
            least = self._place(columns, cell)
            fits = least.width() <= room.width()
            return (fits and least.height() <= room.height(), fits,
                    min(cell.width() / self.aspect, cell.height())), columns, cell

        return max((layout(columns) for columns in range(1, n + 1)), key=lambda option: option[0])

    def _place(self, columns: int, cell: QSizeF) -> QSizeF:
        """Put the legend and the plots in ``columns`` columns of cells ``cell`` large (when
        they fit); return the least size they need."""
        grid = self.view.ci.layout
        while grid.count():
            grid.removeAt(0)
        grid.addItem(self.legend, 0, 0, 1, columns)
        grid.setAlignment(self.legend, Qt.AlignmentFlag.AlignCenter)
        for k, plot in enumerate(self.cells):
            grid.addItem(plot, 1 + k // columns, k % columns)
        rows = math.ceil(len(self.cells) / columns)
        for column in range(grid.columnCount()):
            grid.setColumnPreferredWidth(column, cell.width() if column < columns else 0)
        for row in range(1, grid.rowCount()):  # the room left goes to the plots, not the legend
            grid.setRowPreferredHeight(row, cell.height() if row <= rows else 0)
            grid.setRowStretchFactor(row, int(row <= rows))
        return self.view.ci.effectiveSizeHint(Qt.SizeHint.MinimumSize)



def _discover() -> None:
    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")
    ordered = sorted(VIEWS.values(), key=lambda cls: cls.order)
    VIEWS.clear()
    VIEWS.update((cls.name, cls) for cls in ordered)


_discover()
