"""Animations: sweeps in the core, the window's player, GIF / APNG / MP4 export and
``actgui animate``, checked on real files as a reader would open them."""

import gc
import itertools
import json
import os
import subprocess
import sys
import warnings

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage

from actgui.core.animation import (
    FPS,
    FRAMES,
    X_RANGE,
    Animation,
    Sweep,
    frames,
    parse_sweep,
    session_at,
    value_at,
)
from actgui.core.session import Session
from actgui.formats import ExportOptions
from actgui.formats.apng import write as write_apng
from actgui.formats.gif import durations, palette
from actgui.formats.mp4 import write as write_mp4
from actgui.ui import animate
from actgui.ui.animate import Player, pixels, render_frames
from actgui.ui.figure import render_canvas, render_image
from actgui.ui.main_window import MainWindow
from actgui.ui.models import PARAMS_ROLE

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BLUE, ORANGE = "#0072b2", "#e69f00"
HARNESS = """
import sys
from actgui.animate_cli import add_parser, run
from actgui.cli import UsageError, _Parser
parser = _Parser(prog="actgui")
add_parser(parser.add_subparsers(dest="command", parser_class=_Parser))
try:
    sys.exit(run(parser.parse_args(sys.argv[1:])))
except (UsageError, ValueError, OSError) as e:  # as actgui.cli.main reports them
    print(f"actgui: {e}" if not str(e).startswith("actgui") else str(e), file=sys.stderr)
    sys.exit(2)
"""


def two_curves():
    return Session.of(("relu", {}), ("leaky_relu", {"negative_slope": 0.05}))


def slope_sweep(**timing):
    return Sweep.of(two_curves(), "negative_slope", 0.05, 0.4, row=1, **timing)


def read_frames(path) -> list[np.ndarray]:
    with Image.open(path) as im:
        out = []
        for i in range(im.n_frames):
            im.seek(i)
            out.append(np.asarray(im.convert("RGB")))
        return out


def read_video(path):
    """The metadata and the RGB frames of a video, as imageio-ffmpeg reads them back (its reader
    leaves its pipes to the collector: they are collected here, their ResourceWarning ignored)."""
    import imageio_ffmpeg

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        reader = imageio_ffmpeg.read_frames(str(path))
        meta = next(reader)
        w, h = meta["size"]
        shown = [np.frombuffer(f, np.uint8).reshape(h, w, 3) for f in reader]
        del reader
        gc.collect()
    return meta, shown


# --- the core --------------------------------------------------------------------------------------

@pytest.mark.parametrize("start, end", [(0.05, 0.4), (0.4, 0.05)])
def test_once_moves_monotonically_from_start_to_end_and_stops(start, end):
    sweep = Sweep.of(two_curves(), "negative_slope", start, end, row=1, duration=2.0)
    t = np.linspace(-0.5, 6.0, 3001)
    values = np.array([value_at(sweep, ti) for ti in t])
    steps = np.diff(values) * np.sign(end - start)
    assert (steps >= 0).all() and (steps > 0).sum() > 900
    assert value_at(sweep, 0.0) == start and value_at(sweep, -1.0) == start
    assert value_at(sweep, 2.0) == end and (values[t >= 2.0] == end).all()
    assert value_at(sweep, 0.5) == pytest.approx(start + (end - start) / 4, rel=1e-12)


def test_loop_restarts_and_bounce_goes_back_and_forth():
    loop = slope_sweep(duration=2.0, mode="loop")
    bounce = slope_sweep(duration=2.0, mode="bounce")
    assert value_at(loop, 2.0) == 0.05 and value_at(loop, 4.0) == 0.05
    assert value_at(loop, 2.5) == pytest.approx(value_at(loop, 0.5), rel=1e-12)
    assert value_at(loop, 1.999) > 0.39
    assert value_at(bounce, 2.0) == 0.4 and value_at(bounce, 4.0) == 0.05
    assert value_at(bounce, 3.0) == pytest.approx(0.225, rel=1e-12)  # halfway back
    for d in (0.1, 0.7, 1.3):
        assert value_at(bounce, 2.0 - d) == pytest.approx(value_at(bounce, 2.0 + d), rel=1e-12)
        assert value_at(bounce, 4.0 + d) == pytest.approx(value_at(bounce, d), rel=1e-12)


def test_an_int_parameter_moves_in_whole_numbers():
    sweep = Sweep.of(Session.of("repu"), "p", 1, 6, duration=1.0)
    values = [value_at(sweep, t) for t in np.linspace(0, 1, 501)]
    assert all(type(v) is int for v in values)
    assert sorted(set(values)) == [1, 2, 3, 4, 5, 6] and values == sorted(values)
    assert [s.curves[0].params["p"] for s in frames(Session.of("repu"), sweep, 6)] == [1, 2, 3, 4, 5, 6]


@pytest.mark.parametrize("name, start, end, row, problem", [
    ("nope", 0.1, 0.2, 1, "has no parameter 'nope'"),
    ("negative_slope", 0.1, 2.0, 1, "negative_slope=2.0 is invalid: expected a number in [0, 1]"),
    ("negative_slope", 0.1, 0.1, 1, "FROM and TO are equal"),
    ("negative_slope", 0.1, 0.2, 2, "row 2 is not a curve of the session (it has 2)"),
    ("negative_slope", 0.1, 0.2, 0, "relu has no parameter 'negative_slope'"),
    (X_RANGE, 0.0, 2.0, 0, "FROM and TO must be above 0"),
    (X_RANGE, 1.0, 2e300, 0, "reaches beyond"),
])
def test_a_sweep_that_does_not_fit_is_refused_in_one_sentence(name, start, end, row, problem):
    with pytest.raises(ValueError, match=r"^[^\n]*$") as e:
        Sweep.of(two_curves(), name, start, end, row=row)
    assert problem in str(e.value)


def test_only_numbers_move_and_timing_and_cross_parameter_checks_apply():
    with pytest.raises(ValueError, match="approximate of gelu is a choice parameter"):
        Sweep.of(Session.of("gelu"), "approximate", 0, 1)
    with pytest.raises(ValueError, match="min_val must be below max_val"):  # max_val is 1
        Sweep.of(Session.of("hardtanh"), "min_val", -2.0, 2.0)
    for timing, problem in (({"duration": 0.0}, "more than 0 seconds"),
                            ({"duration": float("nan")}, "finite number"),
                            ({"duration": 10**400}, "finite number, not 1000"),
                            ({"mode": "twice"}, "once, loop, bounce")):
        with pytest.raises(ValueError, match=problem):
            slope_sweep(**timing)
    with pytest.raises(ValueError, match="needs the function"):
        Sweep("negative_slope", 0.1, 0.2)
    sweep = slope_sweep()
    with pytest.raises(ValueError, match="row 1 holds elu, not leaky_relu"):
        sweep.check(Session.of("relu", "elu"))


def test_frames_are_evenly_spaced_and_change_only_what_moves():
    session = two_curves()
    out = frames(session, slope_sweep(), 8)
    slopes = [s.curves[1].params["negative_slope"] for s in out]
    assert slopes[0] == 0.05 and slopes[-1] == 0.4
    np.testing.assert_allclose(np.diff(slopes), 0.05, rtol=1e-12)
    assert all(s.curves[0] == session.curves[0] and s.x_range == session.x_range for s in out)
    assert session_at(session, slope_sweep(), 0.3).curves[1].params["negative_slope"] == 0.3


def test_an_x_range_sweep_zooms_around_the_centre():
    session = Session.of("tanh", x_range=(1.0, 5.0))
    sweep = Sweep.of(session, X_RANGE, 2.0, 10.0)
    ranges = [s.x_range for s in frames(session, sweep, 5)]
    assert ranges == [(1.0, 5.0), (-1.0, 7.0), (-3.0, 9.0), (-5.0, 11.0), (-7.0, 13.0)]


def test_parse_sweep_reads_name_from_to():
    assert parse_sweep("negative_slope=0.01:0.3") == ("negative_slope", 0.01, 0.3)
    assert parse_sweep(" min_val = -2:-0.5") == ("min_val", -2.0, -0.5)
    assert parse_sweep("x_range=1e-1:2E1") == ("x_range", 0.1, 20.0)
    for bad in ("negative_slope", "a=1", "a=1:", "=1:2", "a=x:2", "a:1=2", "a=1:2:3"):
        with pytest.raises(ValueError, match="expected NAME=FROM:TO"):
            parse_sweep(bad)
    with pytest.raises(ValueError, match="finite"):
        parse_sweep("a=nan:1")


def test_an_animation_bounds_frames_fps_and_work():
    session, sweep = two_curves(), slope_sweep()
    for frames_, fps in ((FRAMES[0] - 1, 30), (FRAMES[1] + 1, 30), (60, FPS[0] - 1), (60, FPS[1] + 1),
                         (60.0, 30), (True, 30)):
        with pytest.raises(ValueError, match="must be a whole number from"):
            Animation(session, sweep, frames_, fps)
    Animation(session, sweep, 600).check_size((1920, 1080))
    with pytest.raises(ValueError, match="at most 600 frames of 1920x1080"):
        Animation(session, sweep, 600).check_size((1920, 1082))


def test_gif_timing_and_palette():
    for fps in (1, 7, 24, 30, 50):
        d = durations(60, fps)
        assert sum(d) == round(60 * 1000 / fps, -1) and min(d) >= 20 and all(v % 10 == 0 for v in d)
    assert durations(10, 60) == [20] * 10  # GIF's fastest honoured delay
    entries = palette("#ffffff", "#202020", [BLUE, ORANGE, BLUE])
    assert len(entries) == 256 and entries[0] == (255, 255, 255)
    assert {(0x20, 0x20, 0x20), (0x00, 0x72, 0xB2), (0xE6, 0x9F, 0x00)} <= set(entries)
    def near(rgb):
        return (np.abs(np.array(entries) - rgb).max(axis=1) <= 0.5).any()

    assert near((115, 136.5, 89))  # halfway between blue and orange: where their edges overlap
    assert near((127.5, 184.5, 216.5))  # blue at half strength on white
    assert not near((200, 100, 100))


# --- frames and encoders in this process ---------------------------------------------------------------

def test_frames_are_drawn_on_one_canvas_as_the_still_export_draws_them(qapp, monkeypatch):
    session = Session.of("relu", ("leaky_relu", {"negative_slope": 0.05}), "tanh", panes=("f", "df"))
    sessions = frames(session, Sweep.of(session, "negative_slope", 0.05, 1.0, row=1), 4)
    options = ExportOptions(size=(640, 400))
    made = []
    monkeypatch.setattr(animate, "render_canvas", lambda *a: made.append(render_canvas(*a)) or made[-1])
    images = [pixels(f.convertToFormat(QImage.Format.Format_RGB888))
              for f in render_frames(sessions, options)]
    assert len(made) == 1 and len(images) == 4
    fitted = []  # each frame's own automatic y-ranges, as a still export fits them
    for s in sessions:
        canvas = render_canvas(s, options)
        fitted.append(canvas.fitted_y_ranges())
        canvas.deleteLater()
    held = {box: (min(f[box][0] for f in fitted), max(f[box][1] for f in fitted)) for box in ("f", "df")}
    assert fitted[0]["f"] != fitted[-1]["f"]  # the slope moves f's lowest value: -0.25 to -5
    for k in (0, 1, 3):  # every frame: the still export of its session, with the axes held
        canvas = render_canvas(sessions[k].replace(y_ranges=held), options)
        still = pixels(render_image(canvas, options).convertToFormat(QImage.Format.Format_RGB888))
        canvas.deleteLater()
        np.testing.assert_array_equal(images[k], still)
    assert all((a != b).any() for a, b in itertools.pairwise(images))


@pytest.mark.parametrize("animation", [
    Animation(two_curves(), slope_sweep(), 5, 20),
    Animation(Session.of("repu"), Sweep.of(Session.of("repu"), "p", 1, 3), 5, 20),  # p 1, 2, 2, 2, 3
])
def test_apng_frames_read_back_pixel_for_pixel(qapp, tmp_path, animation):
    options = ExportOptions(size=(400, 260))
    drawn = [pixels(f.convertToFormat(QImage.Format.Format_RGB888))
             for f in render_frames(animation.sessions(), options)]
    path = tmp_path / "a.apng"
    path.write_bytes(write_apng(animation, options))
    with Image.open(path) as im:
        assert im.info["duration"] == 50 and im.info["loop"] == 0
    shown = read_frames(path)
    assert len(shown) == 5
    for a, b in zip(drawn, shown, strict=True):
        np.testing.assert_array_equal(a, b)


def test_mp4_with_an_odd_size_is_one_pixel_smaller(qapp, tmp_path):
    path = tmp_path / "odd.mp4"
    path.write_bytes(write_mp4(Animation(two_curves(), slope_sweep(), 4, 10), ExportOptions(size=(161, 101))))
    meta, shown = read_video(path)
    assert meta["size"] == (160, 100) and len(shown) == 4


# --- actgui animate ------------------------------------------------------------------------------------

def animate_cli(*args):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run([sys.executable, "-c", HARNESS, "animate", *map(str, args)], capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=120)


SPECS = ("-f", "relu", "-f", "leaky_relu", "--curve", "2", "--sweep", "negative_slope=0.02:0.6",
         "--frames", "6", "--size", "640x400")


@pytest.mark.parametrize("name, fmt", [("a.gif", "GIF"), ("a.png", "PNG"), ("a.apng", "PNG")])
def test_cli_writes_a_gif_and_an_apng_with_the_frames_asked(tmp_path, name, fmt):
    out = tmp_path / name
    run = animate_cli(out, *SPECS, "--panes", "f,df", "--fps", "12", "--y-range", "-4", "5")
    assert run.returncode == 0, run.stderr
    assert run.stderr == "" and os.listdir(tmp_path) == [name]
    with Image.open(out) as im:
        assert (im.format, im.n_frames, im.size, im.info["loop"]) == (fmt, 6, (640, 400), 0)
        assert im.info["duration"] == pytest.approx(1000 / 12, abs=10 if fmt == "GIF" else 1e-6)
    shown = read_frames(out)
    assert all((a != b).any() for a, b in itertools.pairwise(shown))
    first = shown[0].reshape(-1, 3)
    assert (first == 255).all(axis=1).mean() > 0.5  # the light theme's white, exactly
    assert ((first == [0x00, 0x72, 0xB2]).all(axis=1)).sum() > 50  # the first curve's colour, exactly
    # the swept curve's left half goes down further frame by frame (y-range fixed)
    orange = [np.argwhere(np.abs(f[:, :320].astype(int) - [0xE6, 0x9F, 0x00]).sum(axis=2) < 60)
              for f in shown]
    lowest = [rows[:, 0].max() for rows in orange]
    assert lowest == sorted(lowest) and lowest[-1] > lowest[0] + 20


def test_cli_writes_an_mp4_that_ffmpeg_reads_back(tmp_path):
    import imageio_ffmpeg

    out = tmp_path / "a.mp4"
    run = animate_cli(out, *SPECS, "--fps", "10")
    assert run.returncode == 0, run.stderr
    assert run.stderr == "" and os.listdir(tmp_path) == ["a.mp4"]
    assert imageio_ffmpeg.count_frames_and_secs(str(out)) == (6, pytest.approx(0.6, abs=0.05))
    meta, shown = read_video(out)
    assert meta["size"] == (640, 400) and meta["fps"] == 10
    assert len(shown) == 6 and (np.abs(shown[0].astype(int) - shown[-1]).sum(axis=2) > 100).sum() > 200


@pytest.mark.parametrize("args, problem", [
    (("--sweep", "nope=0:1"), "has no parameter 'nope'"),
    (("-f", "gelu", "--sweep", "approximate=0:1", "--curve", "3"), "choice parameter"),
    (("--sweep", "negative_slope=0.1:3"), "expected a number in [0, 1]"),
    (("--sweep", "negative_slope=0.1-0.3"), "expected NAME=FROM:TO"),
    (("--sweep", "negative_slope=0.1:0.3", "--frames", "0"), "frames 0"),
    (("--sweep", "negative_slope=0.1:0.3", "--frames", "10000"), "frames 10000"),
    (("--sweep", "negative_slope=0.1:0.3", "--fps", "0"), "fps 0"),
    (("--sweep", "negative_slope=0.1:0.3", "--size", "4000x3000", "--frames", "200"),
     "at most 600 frames of 1920x1080"),
    (("--sweep", "negative_slope=0.1:0.3", "--size", "30000x10"), "each side must be"),
    (("--sweep", "negative_slope=0.1:0.3", "--curve", "3"), "--curve 3: the session has 2 curves"),
    (("--sweep", "negative_slope=0.1:0.3", "--out-suffix", ".svg"), "unknown animation type '.svg'"),
    (("--sweep", "negative_slope=0.1:0.3", "--frames", "x"), "invalid int value"),
])
def test_cli_bad_input_is_one_line_exit_2_and_no_file(tmp_path, args, problem):
    args = list(args)
    name = "out.gif"
    if "--out-suffix" in args:
        i = args.index("--out-suffix")
        name = "out" + args[i + 1]
        del args[i:i + 2]
    run = animate_cli(tmp_path / name, "-f", "relu", "-f", "leaky_relu", "--curve", "2", *args)
    assert run.returncode == 2 and run.stdout == ""
    assert len(run.stderr.splitlines()) == 1 and problem in run.stderr, run.stderr
    assert os.listdir(tmp_path) == []


def test_exporters_load_only_when_used(tmp_path):
    """Neither the formats registry nor the window loads Pillow or imageio-ffmpeg."""
    code = ("import json, sys, actgui.formats\n"
            "heavy = lambda: sorted(m for m in sys.modules if m.split('.')[0] in ('PIL', 'imageio_ffmpeg'))\n"
            "registry = heavy()\n"
            "from actgui.app import run_gui\n"
            "run_gui(quit_after_first_paint=True)\n"
            "print(json.dumps([registry, heavy()]))")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path)}
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env,
                         timeout=120)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout.splitlines()[-1]) == [[], []]


# --- the player in the window ----------------------------------------------------------------------------

@pytest.fixture
def window(qtbot, tmp_path):
    w = MainWindow(session=Session.of("relu", "leaky_relu"),
                   settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def slopes_seen(window) -> list[float]:
    seen = []
    window.model.dataChanged.connect(lambda top, bottom, roles: PARAMS_ROLE in roles and seen.append(
        window.document.session.curves[1].params["negative_slope"]))
    return seen


def test_the_player_moves_the_parameter_to_the_end_in_one_undo_step(window, qtbot):
    player = Player(window.document, Sweep.of(window.document.session, "negative_slope", 0.05, 0.4,
                                              row=1, duration=0.4))
    seen = slopes_seen(window)
    with qtbot.waitSignal(player.finished, timeout=3000):
        player.play()
        assert player.playing
    assert player.state == "ended" and not player.playing
    assert seen[0] == 0.05 and seen[-1] == 0.4 and seen == sorted(seen) and len(set(seen)) > 5
    qtbot.wait(100)  # stopped at the end
    assert seen[-1] == 0.4 and window.document.session.curves[1].params["negative_slope"] == 0.4
    x, y = window.canvas.curve_data(1, "f")  # the canvas follows like any edit
    np.testing.assert_allclose(y[x < 0], 0.4 * x[x < 0], rtol=1e-12)
    assert window.document.undo()
    assert window.document.session.curves[1].params["negative_slope"] == 0.01  # the default
    assert not window.document.undo()


def test_pause_keeps_the_value_and_stop_goes_back_to_the_start(window, qtbot):
    player = Player(window.document, Sweep.of(window.document.session, "negative_slope", 0.05, 0.9,
                                              row=1, duration=5.0))
    states = []
    player.stateChanged.connect(states.append)

    def slope():
        return window.document.session.curves[1].params["negative_slope"]

    player.play()
    qtbot.waitUntil(lambda: slope() > 0.07, timeout=3000)
    player.pause()
    held = slope()
    qtbot.wait(200)
    assert slope() == held and player.state == "paused"
    resumed = slopes_seen(window)
    player.play()
    qtbot.waitUntil(lambda: len(resumed) >= 3, timeout=3000)
    assert min(resumed) >= held and resumed == sorted(resumed)  # on from where it paused
    player.stop()
    assert slope() == 0.05 and states == ["playing", "paused", "playing", "stopped"]
    qtbot.wait(100)
    assert slope() == 0.05


def test_the_player_zooms_the_x_range_and_pauses_when_its_curve_goes(window, qtbot):
    player = Player(window.document, Sweep.of(window.document.session, X_RANGE, 5.0, 2.0, duration=0.3))
    with qtbot.waitSignal(player.finished, timeout=3000):
        player.play()
    assert window.document.session.x_range == (-2.0, 2.0)
    assert window.canvas.plots["f"].getViewBox().viewRange()[0] == pytest.approx([-2.0, 2.0])
    assert window.document.undo() and window.document.session.x_range == (-5.0, 5.0)

    slider = Player(window.document, Sweep.of(window.document.session, "negative_slope", 0.05, 0.9,
                                              row=1, duration=5.0))
    slider.play()
    window.document.remove_curves([1])
    qtbot.waitUntil(lambda: slider.state == "paused", timeout=2000)
    with pytest.raises(ValueError, match="row 1 is not a curve"):
        slider.play()
