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
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
# Qt's offscreen platform with one 1920x1080 screen (its default, 800x600, would shrink actgui's
# first-start window below the 1400x860 of the floors' windows); the tests use the same screen.
PLATFORM = f"offscreen:configfile={ROOT / 'tests' / 'offscreen-screen.json'}"
os.environ["QT_QPA_PLATFORM"] = PLATFORM

import numpy as np  # noqa: E402  (after the Qt platform is chosen)

T = TypeVar("T")
SIZE = (1400, 800)
CURVES = ["sigmoid", "tanh", "relu", "leaky_relu", "elu", "gelu", "silu", "mish", "softplus",
          "hardswish"]
TUNED = 3  # leaky_relu: its negative_slope spin box is what the benchmark turns


def timed(fn, repeat: int) -> list[float]:
    return timed_alternately([fn], repeat)[0]


def timed_alternately(fns, repeat: int, block: int = 20) -> list[list[float]]:
    """Milliseconds of each of ``fns`` at ``repeat`` steps, taken in turns of ``block`` steps:
    the drifts of this noisy machine then hit a figure and its baseline alike, while each runs
    with its own data in the CPU caches, as it would alone (turns of one step would not)."""
    out = [[] for _ in fns]
    for start in range(0, repeat, block):
        for fn, times in zip(fns, out, strict=True):
            for i in range(start, min(start + block, repeat)):
                t0 = time.perf_counter()
                fn(i)
                times.append((time.perf_counter() - t0) * 1e3)
    return out


def let_settle(app, seconds: float = 1.0):
    """Run the event loop a while, as between a user's actions: the window's timers fire (pens
    settle, the readout fills, the grid is kept as a picture). The steps themselves then run
    without it, as the floor's do."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.01)


def slope(i):
    """The negative_slope set at step i: it changes every step."""
    return 0.01 + 0.3 * (i % 50) / 50


def bench_redraw(app, repeat):
    """One spin-box change through the real main window to the end of the repaint, alternating
    with the floor's step; then the settled repaint and zoom steps."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QDoubleSpinBox

    from actgui.core.session import Session
    from actgui.ui.main_window import MainWindow

    session = Session.of(*CURVES, panes=("f", "df"))
    home = fresh_home(os.environ["ACTGUI_BENCH_TMP"])["HOME"]  # no remembered window layout
    w = MainWindow(session=session, settings=QSettings(f"{home}/s.ini", QSettings.Format.IniFormat))
    w.resize(*SIZE)
    w.show()
    app.processEvents()
    w.curve_list.setCurrentIndex(w.model.index(TUNED))
    box = w.params.findChild(QDoubleSpinBox, "param_negative_slope")

    def change(i):
        box.setValue(slope(i))
        w.canvas.view.viewport().repaint()

    timed(change, 5)  # warm up
    let_settle(app)
    arrays = [w.canvas.curve_data(r, p) for r in range(len(CURVES)) for p in ("f", "df")]
    floor = floor_change(app, arrays)
    live, bare = timed_alternately([change, floor], repeat)
    w.canvas.settle()  # what the settled picture costs to paint
    settled = timed(lambda i: w.canvas.view.viewport().repaint(), repeat)
    zooms = timed(zoomer(w), repeat)
    w.close()
    return live, bare, settled, zooms, arrays


def bench_many(app, repeat):
    """Every catalog entry (44 curves) in panes f, f' and f'': a spin-box step through the window
    to the end of the repaint, and a zoom step to re-sampled, repainted curves (ms each)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QDoubleSpinBox

    from actgui.core import ACTIVATIONS
    from actgui.core.session import Session
    from actgui.ui.main_window import MainWindow

    session = Session.of(*ACTIVATIONS, panes=("f", "df", "d2f"))
    home = fresh_home(os.environ["ACTGUI_BENCH_TMP"])["HOME"]
    w = MainWindow(session=session, settings=QSettings(f"{home}/s.ini", QSettings.Format.IniFormat))
    w.resize(*SIZE)
    w.show()
    app.processEvents()
    w.curve_list.setCurrentIndex(w.model.index(list(ACTIVATIONS).index("leaky_relu")))
    box = w.params.findChild(QDoubleSpinBox, "param_negative_slope")

    def change(i):
        box.setValue(slope(i))
        w.canvas.view.viewport().repaint()

    timed(change, 5)
    let_settle(app)
    steps = timed(change, repeat)
    zooms = timed(zoomer(w), repeat)
    w.close()
    return steps, zooms


def bench_difference(app, repeat):
    """A difference view of 10 pairs (GELU exact the reference, 10 curves against it) in panes f
    and f': a parameter step of a compared curve through the window to the end of the repaint,
    alternating with the floor's step for the same number of drawn arrays."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QDoubleSpinBox

    from actgui.core.session import Compare, Session
    from actgui.ui.main_window import MainWindow

    session = Session.of("gelu", *CURVES, panes=("f", "df"), compare=Compare(0))
    home = fresh_home(os.environ["ACTGUI_BENCH_TMP"])["HOME"]
    w = MainWindow(session=session, settings=QSettings(f"{home}/s.ini", QSettings.Format.IniFormat))
    w.resize(*SIZE)
    w.show()
    app.processEvents()
    w.curve_list.setCurrentIndex(w.model.index(1 + TUNED))
    box = w.params.findChild(QDoubleSpinBox, "param_negative_slope")

    def change(i):
        box.setValue(slope(i))
        w.canvas.view.viewport().repaint()

    timed(change, 5)
    let_settle(app)
    arrays = [w.canvas.curve_data(r, p) for r in range(1, 1 + len(CURVES)) for p in ("f", "df")]
    floor = floor_change(app, arrays)
    live, bare = timed_alternately([change, floor], repeat)
    w.close()
    return live, bare


def zoomer(w):
    """A zoom step as a wheel makes it, ten steps in (x0.8), then ten out (x1.25): the view
    moves, the curves are re-sampled where their samples no longer serve it, and the window
    repaints."""
    plot = w.canvas.plots["f"]

    def zoom(i):
        lo, hi = plot.getViewBox().viewRange()[0]
        mid, half = (lo + hi) / 2, (hi - lo) / 2 * (0.8 if (i // 10) % 2 == 0 else 1.25)
        plot.setXRange(mid - half, mid + half, padding=0)
        w.canvas.view.viewport().repaint()

    return zoom


def floor_change(app, arrays):
    """The floor: bare pyqtgraph drawing the same 20 arrays, no grid or legend. Returns a step:
    setData of the tuned curve's two arrays and a repaint of the whole widget."""
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

    timed(change, 5)  # warm up
    return change


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


def first_frame(cmd, env_extra=None) -> tuple[float, str]:
    """Seconds from starting ``cmd`` (run with ``--quit-after-first-paint``) to its first complete
    frame, which the process reports on stdout; its teardown is not counted. Also its stderr.

    Children may write bytecode, as installed software has it (this machine sets
    PYTHONDONTWRITEBYTECODE, which would make every start compile actgui's sources again)."""
    env = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
           "QT_QPA_PLATFORM": PLATFORM, **(env_extra or {})}
    t0 = time.monotonic()
    run = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True)
    frame = float(run.stdout.split("first_frame_monotonic_s ")[1].split()[0])
    return frame - t0, run.stderr


def run_child(args, env_extra=None) -> tuple[float, float]:
    """Start-up to first frame of a Python child, and the peak RSS it reports
    (benchmarks/peak_rss.py)."""
    seconds, stderr = first_frame([sys.executable, str(ROOT / "benchmarks" / "peak_rss.py"), *args],
                                  {"PYTHONPATH": str(ROOT), **(env_extra or {})})
    return seconds, float(stderr.split("peak_rss_mb ")[1].split()[0])


def fresh_home(tmp) -> dict[str, str]:
    """A new HOME: every start is a first start, 1400x860 like the floor's window."""
    home = tempfile.mkdtemp(dir=tmp)
    return {"HOME": home, "XDG_CONFIG_HOME": home}


def in_turn(starts: dict[str, Callable[[], T]], repeat: int) -> dict[str, list[T]]:
    """``repeat`` results of each start, taken in turn (the machine's drift hits all alike),
    after one unmeasured round (bytecode, disk cache)."""
    results = {name: [] for name in starts}
    for i in range(repeat + 1):
        for name, start in starts.items():
            result = start()
            if i:
                results[name].append(result)
    return results


def bench_startup(repeat, tmp):
    """Process start to the main window's first frame (10 curves; in English, and in Japanese
    and French, which load translators and, for Japanese, a CJK font), and the same for a minimal
    PySide6 + pyqtgraph window, as is and like for like (collecting garbage only after its first
    frame, as actgui does), in turn. Seconds for each, and the app's and the floor's peak
    memory (in English)."""
    from actgui.core.session import Session

    session = Session.of(*CURVES, panes=("f", "df"))
    path = Path(tmp) / "ten.json"
    session.save(path)
    app_args = ["-m", "actgui", "--session", str(path), "--quit-after-first-paint"]
    floor_args = [str(ROOT / "benchmarks" / "minimal_app.py"), "--quit-after-first-paint"]
    runs = in_turn({"app": lambda: run_child(app_args, {**fresh_home(tmp), "LANG": "C.UTF-8"}),
                    "app_ja": lambda: run_child(app_args, {**fresh_home(tmp), "LANG": "ja_JP.UTF-8"}),
                    "app_fr": lambda: run_child(app_args, {**fresh_home(tmp), "LANG": "fr_FR.UTF-8"}),
                    "floor": lambda: run_child(floor_args),
                    "floor_like": lambda: run_child([*floor_args, "--collect-after-first-frame"])},
                   repeat)
    seconds = {name: [r[0] for r in rs] for name, rs in runs.items()}
    return seconds, max(r[1] for r in runs["app"]), max(r[1] for r in runs["floor"])


def bench_exports(tmp):
    """2400x1500 PNG, SVG and PDF of 10 curves in two panes (seconds, median of 3)."""
    from actgui.core.session import Session
    from actgui.formats import ExportOptions
    from actgui.ui.figure import export

    session = Session.of(*CURVES, panes=("f", "df"))
    out = {}
    for fmt in ("png", "svg", "pdf"):
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            export(session, Path(tmp) / f"bench.{fmt}", ExportOptions(size=(2400, 1500)))
            times.append(time.perf_counter() - t0)
        out[f"export_{fmt}_s"] = statistics.median(times)
    return out


TORCH = {  # catalog id -> the same function through torch (defaults as in the catalog)
    "sigmoid": "torch.sigmoid(x)", "tanh": "torch.tanh(x)", "relu": "F.relu(x)",
    "leaky_relu": "F.leaky_relu(x, 0.01)", "prelu": "F.prelu(x, torch.tensor([0.25], dtype=x.dtype))",
    "rrelu": "F.rrelu(x, training=False)", "elu": "F.elu(x)", "celu": "F.celu(x)",
    "selu": "F.selu(x)", "gelu": "F.gelu(x)", "silu": "F.silu(x)", "mish": "F.mish(x)",
    "hardsigmoid": "F.hardsigmoid(x)", "hardswish": "F.hardswish(x)", "hardtanh": "F.hardtanh(x)",
    "relu6": "F.relu6(x)", "softplus": "F.softplus(x)", "softsign": "F.softsign(x)",
    "logsigmoid": "F.logsigmoid(x)", "tanhshrink": "F.tanhshrink(x)",
    "hardshrink": "F.hardshrink(x)", "softshrink": "F.softshrink(x)",
    "threshold": "F.threshold(x, 1.0, 0.0)", "arctan": "torch.atan(x)",
    "exponential": "torch.exp(x)", "sinusoid": "torch.sin(x)",
}


def bench_core(repeat):
    """f, f', f'' of every entry at 1,000,000 points (ms); the entries PyTorch has, through
    actgui and through PyTorch on one thread (autograd for the derivatives)."""
    from actgui.core import ACTIVATIONS

    x = np.linspace(-10, 10, 1_000_000)

    def ours(ids):
        def run(_):
            for i in ids:
                for order in range(3):
                    ACTIVATIONS[i].evaluate(x, order)
        return run

    out = {"core_eval_ms": statistics.median(timed(ours(list(ACTIVATIONS)), repeat)),
           "core_eval_torch_subset_ms": statistics.median(timed(ours(list(TORCH)), repeat))}
    try:
        import torch
        import torch.nn.functional as F
    except ImportError:
        return out
    torch.set_num_threads(1)
    fns = {i: eval(f"lambda x: {expr}", {"torch": torch, "F": F}) for i, expr in TORCH.items()}

    def theirs(_):
        for fn in fns.values():
            xt = torch.from_numpy(x).requires_grad_(True)
            y = fn(xt)
            (g,) = torch.autograd.grad(y.sum(), xt, create_graph=True)
            if g.requires_grad:  # piecewise-linear: f'' is 0 and autograd has no graph for it
                try:
                    torch.autograd.grad(g.sum(), xt)
                except RuntimeError:  # no double backward (hardsigmoid): PyTorch skips f''
                    pass

    out["core_eval_torch_ms"] = statistics.median(timed(theirs, repeat))
    return out


def summary(samples):
    return {"p50": statistics.median(samples), "min": min(samples), "max": max(samples)}


def paired_ratio(ours, baseline) -> float:
    """Median of the ratios of each sample to the baseline's sample taken alongside it."""
    return statistics.median(a / b for a, b in zip(ours, baseline, strict=True))


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

    from actgui.app import make_app

    app = make_app()
    figures, singles = {}, {}
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["ACTGUI_BENCH_TMP"] = tmp
        live, bare, settled, zooms, arrays = bench_redraw(app, repeat)
        # step i of each turned the spin box to the same value: the y-ranges, and so the axes
        # repainted, match. Their times are bimodal (an axis is repainted or not), which makes
        # the ratio of the two medians jump between runs; the median of paired ratios does not.
        singles["redraw_ratio_p50"] = paired_ratio(live, bare)
        figures["redraw_ms"] = summary(live)
        figures["redraw_settled_ms"] = summary(settled)
        figures["redraw_floor_ms"] = summary(bare)
        figures["zoom_resample_ms"] = summary(zooms)
        diff, diff_floor = bench_difference(app, repeat)
        singles["difference_ratio_p50"] = paired_ratio(diff, diff_floor)
        figures["difference_redraw_ms"] = summary(diff)
        many_steps, many_zooms = bench_many(app, repeat)
        figures["many_redraw_ms"] = summary(many_steps)
        figures["many_zoom_ms"] = summary(many_zooms)
        try:
            figures["redraw_matplotlib_ms"] = summary(bench_matplotlib(arrays, max(repeat // 4, 10)))
        except ImportError:
            print("matplotlib is not installed: pip install -e '.[bench]'", file=sys.stderr)
        start, rss, rss_floor = bench_startup(3 if args.quick else 10, tmp)
        # each start next to the floors' started just after it: the machine's drift cancels
        singles["startup_ratio_p50"] = paired_ratio(start["app"], start["floor"])
        singles["startup_like_ratio_p50"] = paired_ratio(start["app"], start["floor_like"])
        for lang in ("ja", "fr"):  # what a translated window costs: each start less the English one
            singles[f"startup_{lang}_extra_ms"] = 1e3 * statistics.median(
                t - en for t, en in zip(start[f"app_{lang}"], start["app"], strict=True))
        figures["startup_s"] = summary(start["app"])
        figures["startup_floor_s"] = summary(start["floor"])
        figures["startup_floor_like_s"] = summary(start["floor_like"])
        singles.update(rss_mb=rss, rss_floor_mb=rss_floor, **bench_exports(tmp))
    singles.update(bench_core(3 if args.quick else 7))

    info = machine()
    print("  ".join(f"{k}: {v}" for k, v in info.items()))
    print(f"{'figure':<28}{'median':>10}{'min':>10}{'max':>10}")
    for name, s in figures.items():
        print(f"{name:<28}{s['p50']:>10.2f}{s['min']:>10.2f}{s['max']:>10.2f}")
    for name, value in singles.items():
        print(f"{name:<28}{value:>10.3f}")
    p50 = {f"{k}_p50": v["p50"] for k, v in figures.items()}
    print(f"redraw / floor        = {p50['redraw_ms_p50'] / p50['redraw_floor_ms_p50']:.2f}, "
          f"paired {singles['redraw_ratio_p50']:.2f}  (goal <= 1.2)")
    print(f"difference / floor    = paired {singles['difference_ratio_p50']:.2f}  (goal <= 1.2)")
    if "redraw_matplotlib_ms_p50" in p50:
        mpl = p50["redraw_matplotlib_ms_p50"] / p50["redraw_ms_p50"]
        print(f"matplotlib / redraw   = {mpl:.1f}  (goal >= 4)")
    startup = p50["startup_s_p50"] / p50["startup_floor_s_p50"]
    print(f"start-up / floor      = {startup:.2f}, paired {singles['startup_ratio_p50']:.2f}  (goal <= 1.3); "
          f"like for like {singles['startup_like_ratio_p50']:.2f}")
    print(f"translated start-up   = {singles['startup_ja_extra_ms']:+.0f} ms (ja), "
          f"{singles['startup_fr_extra_ms']:+.0f} ms (fr)  (goal <= 10 ms)")
    print(f"memory / floor        = {singles['rss_mb'] / singles['rss_floor_mb']:.2f}  (goal <= 1.3)")
    if "core_eval_torch_ms" in singles:
        print(f"core / PyTorch        = "
              f"{singles['core_eval_torch_subset_ms'] / singles['core_eval_torch_ms']:.2f}  (goal <= 2)")
    if args.json:
        out = {**p50, **singles, "machine": info}
        Path(args.json).write_text(json.dumps(out, indent=2))
    return figures


if __name__ == "__main__":
    main()
