"""Animation speed: exports of 60 frames, and a player tick in the window against the redraw floor.

    python benchmarks/animation.py [--repeat N]

Exports: 60 frames at 1280x720 of benchmarks/run.py's 10 curves in panes f and f', leaky_relu's
negative_slope moving, written as GIF, APNG and MP4, and the drawing alone (seconds, median of
3; wall clock and this process's CPU time, which other load on the machine does not inflate:
ffmpeg's own time is in the MP4's wall clock only).
Tick: a Player step (the value at the time played, written through the document) in the real
main window to the end of the repaint, in turns with run.py's floor (bare pyqtgraph setData of
the same arrays and a repaint) at the same values (ms, medians and the paired ratio).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import (  # after the path is set; run.py chooses the offscreen platform
    CURVES,
    SIZE,
    TUNED,
    floor_change,
    fresh_home,
    let_settle,
    paired_ratio,
    summary,
    timed,
    timed_alternately,
)

FRAMES, FPS, EXPORT_SIZE = 60, 30, (1280, 720)


def sweep_session(**timing):
    """The 10 curves in panes f and f', and leaky_relu's slope from 0.01 to 0.31 (as run.py's
    slope(i) turns it: the value at t seconds is slope(t) with a 50 s loop)."""
    from actgui.core.animation import Sweep
    from actgui.core.session import Session

    session = Session.of(*CURVES, panes=("f", "df"))
    return session, Sweep.of(session, "negative_slope", 0.01, 0.31, row=TUNED, **timing)


def bench_exports(tmp, repeat=3) -> dict[str, float]:
    from actgui.core.animation import Animation
    from actgui.core.files import write_atomic
    from actgui.formats import FORMATS, ExportOptions
    from actgui.ui.animate import render_frames

    animation = Animation(*sweep_session(), FRAMES, FPS)
    options = ExportOptions(size=EXPORT_SIZE)

    def drawn():
        for _ in render_frames(animation.sessions(), options):
            pass

    def export(suffix):
        def run():
            write_atomic(Path(tmp) / f"bench{suffix}", FORMATS[suffix].write(animation, options))
        return run

    out = {}
    for name, fn in (("frames_drawn", drawn), ("gif", export(".gif")), ("apng", export(".apng")),
                     ("mp4", export(".mp4"))):
        wall, cpu = [], []
        for _ in range(repeat):
            t0, c0 = time.perf_counter(), time.process_time()
            fn()
            wall.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
        out[f"{name}_s"], out[f"{name}_cpu_s"] = statistics.median(wall), statistics.median(cpu)
    out["gif_kb"] = (Path(tmp) / "bench.gif").stat().st_size / 1e3
    return out


def bench_tick(app, repeat):
    """A player step through the real main window to the end of the repaint, in turns with the
    floor's step at the same slope (ms each)."""
    from PySide6.QtCore import QSettings

    from actgui.ui.animate import Player
    from actgui.ui.main_window import MainWindow

    session, sweep = sweep_session(duration=50.0, mode="loop")
    home = fresh_home(os.environ["ACTGUI_BENCH_TMP"])["HOME"]
    w = MainWindow(session=session, settings=QSettings(f"{home}/s.ini", QSettings.Format.IniFormat))
    w.resize(*SIZE)
    w.show()
    app.processEvents()
    w.curve_list.setCurrentIndex(w.model.index(TUNED))  # its editors follow the play too
    player = Player(w.document, sweep)

    def tick(i):
        player.seek(float(i))
        w.canvas.view.viewport().repaint()

    timed(tick, 5)  # warm up
    let_settle(app)
    arrays = [w.canvas.curve_data(r, p) for r in range(len(CURVES)) for p in ("f", "df")]
    floor = floor_change(app, arrays)
    live, bare = timed_alternately([tick, floor], repeat)
    w.close()
    return live, bare


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=200, help="player steps (default 200)")
    args = parser.parse_args(argv)

    from actgui.app import make_app

    app = make_app()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["ACTGUI_BENCH_TMP"] = tmp
        live, bare = bench_tick(app, args.repeat)
        exports = bench_exports(tmp)
    for name, samples in (("player_tick_ms", live), ("floor_step_ms", bare)):
        s = summary(samples)
        print(f"{name:<20}{s['p50']:>8.2f}{s['min']:>8.2f}{s['max']:>8.2f}  (median, min, max)")
    print(f"tick / floor        = {statistics.median(live) / statistics.median(bare):.2f}, "
          f"paired {paired_ratio(live, bare):.2f}  (goal <= 1.2, median <= 16 ms)")
    for name, value in exports.items():
        print(f"{name:<20}{value:>8.2f}")
    w, h = EXPORT_SIZE
    print(f"GIF of {FRAMES} frames at {w}x{h}: {exports['gif_s']:.2f} s  (goal <= 5 s)")


if __name__ == "__main__":
    main()
