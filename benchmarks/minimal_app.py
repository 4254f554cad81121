"""The floor for start-up and memory: a minimal PySide6 + pyqtgraph window with one plot."""

import sys

import pyqtgraph as pg
from PySide6.QtWidgets import QApplication, QMainWindow

from actgui.app import quit_after_first_paint_of

if __name__ == "__main__":
    app = QApplication(sys.argv)
    window = QMainWindow()
    view = pg.GraphicsLayoutWidget()
    view.addPlot().plot([0, 1, 2], [0, 1, 0])
    window.setCentralWidget(view)
    window.resize(1400, 800)
    if "--quit-after-first-paint" in sys.argv:
        quit_after_first_paint_of(view.viewport())
    window.show()
    sys.exit(app.exec())
