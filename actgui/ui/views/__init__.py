"""Teaching views: tabs beside the curves that show what the tutorials teach, for every visible
curve, live, in its colour.

Each module in this package defines a view: a :class:`TeachingView` subclass decorated with
:func:`register`. The window finds them here (:data:`VIEWS`, by ``order``) and shows one tab
each, named by ``name``; a view is built when its tab is first shown, so these modules keep
their heavy imports (the computations in actgui.core.teaching) inside methods.
"""

from __future__ import annotations

import importlib
import pkgutil

import pyqtgraph as pg
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

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

    def _plot(self, row, col, title, left, bottom, log_y=False) -> pg.PlotItem:
        """A plot with translated title and axis labels."""
        plot = self.view.addPlot(row=row, col=col, title=title)
        plot.setLabel("left", left)
        plot.setLabel("bottom", bottom)
        plot.showGrid(x=True, y=True, alpha=0.15)  # a few static plots: the cost does not matter
        plot.setLogMode(y=log_y)
        plot.addLegend(offset=(6, 6), labelTextSize="8pt")
        return plot

    def table(self) -> tuple[list[str], list[list]]:
        raise NotImplementedError


def _discover() -> None:
    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")
    ordered = sorted(VIEWS.values(), key=lambda cls: cls.order)
    VIEWS.clear()
    VIEWS.update((cls.name, cls) for cls in ordered)


_discover()
