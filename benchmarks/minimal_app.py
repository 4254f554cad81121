"""The floor for start-up and memory: a minimal PySide6 + pyqtgraph window with one plot.

With ``--collect-after-first-frame`` it also keeps the cyclic garbage collector off until its
first frame, as actgui does (``actgui.main``): the like-for-like floor."""

import gc
import sys

if "--collect-after-first-frame" in sys.argv:
    gc.disable()

import pyqtgraph as pg
from PySide6.QtWidgets import QApplication, QMainWindow

from actgui import collect_from_now_on
from actgui.app import after_first_paint, quit_after_first_paint_of

if __name__ == "__main__":
    app = QApplication(sys.argv)
    window = QMainWindow()
    view = pg.GraphicsLayoutWidget()
    view.addPlot().plot([0, 1, 2], [0, 1, 0])
    window.setCentralWidget(view)
    window.resize(1400, 860)  # the size of actgui's window on its first start
    after_first_paint(view.viewport(), collect_from_now_on)
    if "--quit-after-first-paint" in sys.argv:
        quit_after_first_paint_of(view.viewport())
    window.show()
    sys.exit(app.exec())
