"""The benchmarks run in CI at a tiny size so they cannot rot (their figures are not asserted:
speed is reported by benchmarks/run.py, not by tests)."""

import importlib.util
import pathlib

import numpy as np

spec = importlib.util.spec_from_file_location(
    "bench_run", pathlib.Path(__file__).parents[1] / "benchmarks" / "run.py")
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)


def test_redraw_and_floor_pieces_run(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("ACTGUI_BENCH_TMP", str(tmp_path))
    live, floor, settled, zooms, arrays = bench.bench_redraw(qapp, 3)
    assert len(live) == len(floor) == len(settled) == len(zooms) == 3
    assert all(t > 0 for t in live + floor)
    assert len(arrays) == 2 * len(bench.CURVES)
    _, y = arrays[2 * bench.TUNED]
    assert np.nanmin(y) < 0  # leaky_relu drawn with a turned slope
    assert set(bench.summary(floor)) == {"p50", "min", "max"}


def test_startup_memory_export_and_core_pieces_run(qapp, tmp_path):
    start, rss, rss_floor = bench.bench_startup(1, str(tmp_path))
    assert set(start) == {"app", "app_ja", "app_fr", "floor", "floor_like"}
    assert all(len(s) == 1 and s[0] > 0 for s in start.values()) and rss > 50 and rss_floor > 50
    exports = bench.bench_exports(str(tmp_path))
    assert set(exports) == {"export_png_s", "export_svg_s", "export_pdf_s"}
    core = bench.bench_core(1)
    assert core["core_eval_ms"] > core["core_eval_torch_subset_ms"] > 0
