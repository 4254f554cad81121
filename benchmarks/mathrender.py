"""What typesetting formulas with ziamath costs: its import, the first render, a cached one.

    python benchmarks/mathrender.py [--runs N]

Each run is a fresh process (offscreen) that has imported Qt, pyqtgraph and actgui's core, as the
window has by the time it shows a formula. Per run it times importing actgui.ui.mathrender,
``import ziamath`` (which also parses its math font), the first render after that (sqnl's
four-row f at 16 px, device pixel ratio 2), the same call again (cached), the same formula in the
other theme's colour (its layout cached), a new formula as one spin-box step makes (leaky_relu
with a new slope) and every catalog f and f' with default values. Figures are medians over runs,
with their range.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE, RATIO = 16, 2.0
COLOURS = ("#202020", "#e6e6e6")  # the light and the dark theme's text


def ms_since(t0: float) -> float:
    return 1000 * (time.perf_counter() - t0)


def one_run() -> dict[str, float]:
    import pyqtgraph  # noqa: F401  (loaded by the window before any formula is shown)
    from PySide6.QtGui import QGuiApplication

    from actgui.core import ACTIVATIONS, get

    app = QGuiApplication([])  # noqa: F841  (QImage painting wants one)
    t0 = time.perf_counter()
    from actgui.ui.mathrender import render
    out = {"import actgui.ui.mathrender (ms)": ms_since(t0)}

    t0 = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        import ziamath  # noqa: F401
    out["import ziamath (ms)"] = ms_since(t0)

    latex = get("sqnl").latex("f")
    t0 = time.perf_counter()
    render(latex, COLOURS[0], SIZE, RATIO)
    out["first render (ms)"] = ms_since(t0)

    repeat = 2000
    t0 = time.perf_counter()
    for _ in range(repeat):
        render(latex, COLOURS[0], SIZE, RATIO)
    out["cached render (us)"] = 1000 * ms_since(t0) / repeat

    t0 = time.perf_counter()
    render(latex, COLOURS[1], SIZE, RATIO)
    out["other colour, same formula (ms)"] = ms_since(t0)

    leaky, steps = get("leaky_relu"), []
    for i in range(20):
        t0 = time.perf_counter()
        render(leaky.latex("f", {"negative_slope": 0.02 + 0.01 * i}), COLOURS[0], SIZE, RATIO)
        steps.append(ms_since(t0))
    out["new formula, one spin-box step (ms)"] = statistics.median(steps)

    formulas = {a.latex(w, a.defaults()) for a in ACTIVATIONS.values() for w in ("f", "df")}
    t0 = time.perf_counter()
    for f in formulas:
        render(f, COLOURS[0], SIZE, RATIO)
    out["catalog formula, mean (ms)"] = ms_since(t0) / len(formulas)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(one_run()))
        return
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    runs = [json.loads(subprocess.run([sys.executable, __file__, "--child"], env=env, check=True,
                                      capture_output=True, text=True).stdout)
            for _ in range(args.runs)]
    for name in runs[0]:
        values = [r[name] for r in runs]
        print(f"{name:38s} {statistics.median(values):8.2f}   ({min(values):.2f} .. {max(values):.2f})")


if __name__ == "__main__":
    main()
