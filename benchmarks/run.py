"""actgui's benchmarks: figures as ratios against baselines measured in the same run.

    python benchmarks/run.py [--quick] [--json OUT]

Everything runs offscreen. The machine is small and noisy, so every figure is a median of
many repetitions and is reported next to its baseline from the same process.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np

SIZE = (1400, 800)
CURVES = ["sigmoid", "tanh", "relu", "leaky_relu", "elu", "gelu", "silu", "mish", "softplus",
          "hardswish"]
TUNED = 3  # leaky_relu: its negative_slope spin box is what the benchmark turns


def timed(fn, repeat: int) -> list[float]:
    out = []
    for i in range(repeat):
        t0 = time.perf_counter()
        fn(i)
        out.append((time.perf_counter() - t0) * 1e3)
    return out


def slope(i):
    """The negative_slope set at step i: it changes every step."""
    return 0.01 + 0.3 * (i % 50) / 50


def bench_redraw(app, repeat):
    """One spin-box change through the real main window to the end of the repaint."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QDoubleSpinBox

    from actgui.core.session import Session
    from actgui.ui.main_window import MainWindow

    session = Session(curves=[], panes=("f", "df"))
    for c in CURVES:
        session.add(c)
    settings = QSettings(str(Path(os.environ["ACTGUI_BENCH_TMP"]) / "s.ini"), QSettings.Format.IniFormat)
    w = MainWindow(session=session, settings=settings)
    w.show()
    w.canvas.resize(*SIZE)
    app.processEvents()
    w.curve_list.setCurrentIndex(w.model.index(TUNED))
    box = w.params.findChild(QDoubleSpinBox, "param_negative_slope")

    def change(i):
        box.setValue(slope(i))
        w.canvas.view.viewport().repaint()

    timed(change, 5)  # warm up
    live = timed(change, repeat)
    w.canvas._set_fine(True)  # what the settled picture costs to paint
    settled = timed(lambda i: w.canvas.view.viewport().repaint(), repeat)
    arrays = [w.canvas.curve_data(r, p) for r in range(len(CURVES)) for p in ("f", "df")]
    w.close()
    return live, settled, arrays


def bench_floor(app, arrays, repeat):
    """Bare pyqtgraph: the same 20 arrays, no grid or legend; setData of the tuned curve's two
    arrays and a repaint of the whole widget."""
    import pyqtgraph as pg

    from actgui.core import get, sample

    view = pg.GraphicsLayoutWidget()
    view.resize(*SIZE)
    plots = [view.addPlot(row=0, col=0), view.addPlot(row=0, col=1)]
    items = []
    for k, (x, y) in enumerate(arrays):
        item = pg.PlotCurveItem(x, y, pen=pg.mkPen(pg.intColor(k // 2, 10)), connect="finite")
        plots[k % 2].addItem(item)
        items.append(item)
    view.show()
    app.processEvents()
    x0, x1 = arrays[0][0][0], arrays[0][0][-1]
    n = len(arrays[0][0])
    act = get("leaky_relu")

    def change(i):
        for order in (0, 1):
            x, y = sample(act, x0, x1, n, order, {"negative_slope": slope(i)})
            items[2 * TUNED + order].setData(x, y)
        view.viewport().repaint()

    timed(change, 5)
    return timed(change, repeat)


def bench_matplotlib(arrays, repeat):
    """matplotlib (Agg) updating the tuned curve and redrawing the same figure."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from actgui.core import get

    fig, axes = plt.subplots(1, 2, figsize=(SIZE[0] / 100, SIZE[1] / 100), dpi=100)
    lines = [axes[k % 2].plot(x, y, lw=1)[0] for k, (x, y) in enumerate(arrays)]
    for ax in axes:
        ax.grid(True)
    axes[0].legend(CURVES, fontsize=7)
    fig.canvas.draw()
    act = get("leaky_relu")

    def change(i):
        for order in (0, 1):
            k = 2 * TUNED + order
            lines[k].set_ydata(act.evaluate(arrays[k][0], order, negative_slope=slope(i)))
        fig.canvas.draw()

    timed(change, 3)
    out = timed(change, repeat)
    plt.close(fig)
    return out


def summary(samples):
    return {"p50": statistics.median(samples), "min": min(samples), "max": max(samples)}


def machine():
    import pyqtgraph as pg
    from PySide6 import __version__ as pyside
    from PySide6.QtCore import qVersion

    return {"cpu": platform.processor() or platform.machine(), "cores": os.cpu_count(),
            "python": platform.python_version(), "qt": qVersion(), "pyside6": pyside,
            "pyqtgraph": pg.__version__, "numpy": np.__version__}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--json", metavar="OUT", help="write the medians as JSON")
    args = parser.parse_args(argv)
    repeat = 40 if args.quick else 200

    import tempfile

    from actgui.app import make_app

    app = make_app()
    figures = {}
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["ACTGUI_BENCH_TMP"] = tmp
        live, settled, arrays = bench_redraw(app, repeat)
    figures["redraw_ms"] = summary(live)
    figures["redraw_settled_ms"] = summary(settled)
    figures["redraw_floor_ms"] = summary(bench_floor(app, arrays, repeat))
    try:
        figures["redraw_matplotlib_ms"] = summary(bench_matplotlib(arrays, max(repeat // 4, 10)))
    except ImportError:
        print("matplotlib is not installed: pip install -e '.[bench]'", file=sys.stderr)

    info = machine()
    print("  ".join(f"{k}: {v}" for k, v in info.items()))
    print(f"{'figure':<28}{'median':>10}{'min':>10}{'max':>10}")
    for name, s in figures.items():
        print(f"{name:<28}{s['p50']:>10.2f}{s['min']:>10.2f}{s['max']:>10.2f}")
    floor = figures["redraw_floor_ms"]["p50"]
    print(f"redraw / floor = {figures['redraw_ms']['p50'] / floor:.2f}")
    if "redraw_matplotlib_ms" in figures:
        print(f"matplotlib / redraw = "
              f"{figures['redraw_matplotlib_ms']['p50'] / figures['redraw_ms']['p50']:.1f}")
    if args.json:
        out = {f"{k}_p50": v["p50"] for k, v in figures.items()}
        out["machine"] = info
        Path(args.json).write_text(json.dumps(out, indent=2))
    return figures


if __name__ == "__main__":
    main()
