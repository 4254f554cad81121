"""Hostile input: bad command lines, mutated session files, damaged settings, extreme views,
memory limits and signals. Nothing crashes, hangs, prints a traceback, lies or leaves a file."""

import json
import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from actgui.cli import main
from actgui.core.files import TEMP_PREFIX
from actgui.core.session import Session, SessionError, read_json
from actgui.ui.main_window import MainWindow

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOOD = Session.of(("leaky_relu", {"negative_slope": 0.1}), "gelu").to_dict()


def session_file(tmp_path, name="s.json", **changes):
    doc = {**GOOD, **changes}
    path = tmp_path / name
    path.write_text(json.dumps(doc) if not isinstance(doc.get("raw"), str) else doc["raw"])
    return path


# --- the command line ------------------------------------------------------------------------------

DEEP = "[" * 5000 + "]" * 5000
BAD_SESSIONS = {
    "not json": "{broken",
    "not a session": json.dumps({"format": "other"}),
    "version 3": json.dumps({**GOOD, "version": 3}),
    "version true": json.dumps({**GOOD, "version": True}),
    "deep nesting": json.dumps({**GOOD, "x_range": "X"}).replace('"X"', DEEP),
    "401 digits in a range": json.dumps(GOOD).replace('"x_range": [-5.0, 5.0]',
                                                     f'"x_range": [-{"9" * 401}, 5]'),
    "401 digits in a parameter": json.dumps(GOOD).replace("0.1", "9" * 401),
    "a string parameter": json.dumps(GOOD).replace("0.1", '"0.1"'),
    "a bool parameter": json.dumps(GOOD).replace("0.1", "true"),
    "visible as a string": json.dumps(GOOD).replace('"visible": true', '"visible": "false"', 1),
    "grid as a string": json.dumps({**GOOD, "grid": "no"}),
    "x_range of booleans": json.dumps({**GOOD, "x_range": [False, True]}),
    "x_range beyond float64": json.dumps(GOOD).replace("[-5.0, 5.0]", "[-1e308, 1e308]"),
    "y_range beyond float64": json.dumps({**GOOD, "y_ranges": {"f": [-1e308, 1e308]}}),
    "a y-range of an unknown pane": json.dumps({**GOOD, "y_ranges": {"g": [0, 1]}}),
    "a family of 25": json.dumps({**GOOD, "curves": [{**GOOD["curves"][0], "family": {
        "param": "negative_slope", "start": 0.0, "stop": 1.0, "steps": 25}}]}),
    "a family of a choice": json.dumps({**GOOD, "curves": [{**GOOD["curves"][1], "family": {
        "param": "approximate", "start": 0.0, "stop": 1.0}}]}),
    "compare beyond the curves": json.dumps({**GOOD, "compare": {"reference": 2}}),
    "compare with itself": json.dumps({**GOOD, "compare": {"reference": 0, "target": 0}}),
    "a width of 100": json.dumps(GOOD).replace('"width": 2.0', '"width": 100', 1),
    "curves not a list": json.dumps({**GOOD, "curves": {"a": 1}}),
    "10,000 curves": json.dumps({**GOOD, "curves": GOOD["curves"][:1] * 10_000}),
    "a 5 MB function name": json.dumps(GOOD).replace('"gelu"', '"' + "g" * 5_000_000 + '"'),
    "NaN": json.dumps(GOOD).replace("0.1", "NaN"),
    "an unknown field": json.dumps({**GOOD, "colour_scheme": 1}),
    "a bad colour": json.dumps(GOOD).replace('"#0072b2"', '"javascript:x"'),
    "not UTF-8": b"\xff\xfe\x00{",
}


def bad_lines():
    """(arguments, what the one line must say) for every kind of bad command line; ``{tmp}`` is
    the test's folder, which holds a folder ``dir.png`` and the files of BAD_SESSIONS."""
    out = "{tmp}/out.png"
    lines = []
    for spec, says in [
        ("leaky_rely", "did you mean 'leaky_relu'"), ("leaky_relu:slope=0.1", "no parameter 'slope'"),
        ("leaky_relu:negative_slope=7", "negative_slope=7.0 is invalid"),
        ("elu:alpha=nan", "alpha=nan is invalid"), ("elu:alpha=inf", "alpha=inf is invalid"),
        ("elu:alpha=1e400", "alpha=inf is invalid"), ("elu:alpha=two", "alpha='two' is invalid"),
        ("leaky_relu:negative_slope", "expected param=value"),
        ("leaky_relu:negative_slope=0.1,negative_slope=0.2", "negative_slope is given twice"),
        ("gelu:approximate=fast", "approximate='fast' is invalid"),
        ("repu:p=2.5", "p='2.5' is invalid"), ("repu:p=9", "p=9 is invalid"),
        ("hardtanh:min_val=2", "min_val must be below max_val"),
        ("rrelu:lower=0.5,upper=0.1", "lower must not exceed upper"),
        ("swish:beta=1e-9", "beta must be 0 or at least 1e-6"),
        ("x" * 300, "unknown activation"), ("", "unknown activation ''"),
    ]:
        lines.append((["export", out, "-f", spec], says))
    for args, says in [
        (["--x-range", "3", "1"], "x_range [3, 1] needs finite MIN < MAX"),
        (["--x-range", "nan", "1"], "needs finite MIN < MAX"),
        (["--x-range", "-inf", "1"], "needs finite MIN < MAX"),
        (["--x-range", "-1e308", "1e308"], "reaches beyond"),
        (["--x-range", "0", "1e-320"], "too narrow"),
        (["--x-range", "1"], "expected 2 arguments"),
        (["--x-range", "a", "b"], "invalid float value"),
        (["--y-range", "1", "1"], "y_range"), (["--y-range", "nan", "2"], "y_range"),
        (["--y-range", "-1e308", "1e308"], "reaches beyond"),
        (["--panes", ""], "--panes: give one or more"), (["--panes", "g"], "unknown pane 'g'"),
        (["--panes", "f,,x"], "unknown pane 'x'"),
        (["--points", "0"], "points 0"), (["--points", "1"], "points 1"),
        (["--points", "-5"], "points -5"), (["--points", "1e7"], "invalid int value"),
        (["--points", "10000001"], "points 10000001"),
        (["--size", "big"], "--size 'big'"), (["--size", "0x0"], "size 0x0"),
        (["--size", "16x"], "--size '16x'"), (["--size", "20001x100"], "size 20001x100"),
        (["--size", "20000x20000"], "400 megapixels"), (["--size", "-5x5"], "expected one argument"),
        (["--size", "1e3x1e3"], "--size '1e3x1e3'"),
        (["--font-size", "nan"], "font size nan"), (["--font-size", "inf"], "font size inf"),
        (["--font-size", "0"], "font size 0"), (["--font-size", "-5"], "font size -5"),
        (["--font-size", "1e6"], "font size 1000000"), (["--font-size", "x"], "invalid float value"),
        (["--theme", "blue"], "invalid choice: 'blue'"),
    ]:
        lines.append((["export", out, "-f", "relu", *args], says))
    for target, says in [
        ("{tmp}/a.gif", "unknown file type '.gif'"), ("{tmp}/a.txt", "unknown file type '.txt'"),
        ("{tmp}/a", "unknown file type '(none)'"), ("{tmp}/a.png" + os.sep, "names a folder"),
        ("{tmp}/missing/a.png", "does not exist"), ("{tmp}/dir.png", "it is a folder"),
    ]:
        lines.append((["export", target, "-f", "relu"], says))
    for name in BAD_SESSIONS:
        lines.append((["export", out, "--session", "{tmp}/" + name.replace(" ", "_") + ".json"], ""))
    lines += [(["export", out, "--session", "{tmp}/none.json"], "cannot read"),
              (["export", out], "nothing to draw"), (["frobnicate"], "invalid choice: 'frobnicate'"),
              (["list", "--bogus"], "unrecognized arguments"), (["export"], "required: OUT")]
    return lines


BAD_LINES = bad_lines()


def test_at_least_sixty_kinds_of_bad_command_line():
    assert len(BAD_LINES) >= 60


@pytest.mark.parametrize(("args", "says"), BAD_LINES, ids=[" ".join(a)[:60] for a, _ in BAD_LINES])
def test_bad_command_lines_say_one_line_exit_2_and_write_nothing(args, says, tmp_path, capsys, qapp):
    (tmp_path / "dir.png").mkdir()
    for name, text in BAD_SESSIONS.items():
        path = tmp_path / f"{name.replace(' ', '_')}.json"
        path.write_bytes(text if isinstance(text, bytes) else text.encode())
    before = set(tmp_path.iterdir())
    started = time.monotonic()
    assert main([a.format(tmp=tmp_path) for a in args]) == 2
    assert time.monotonic() - started < 5
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("actgui") and "Traceback" not in err, err
    assert says in err, err
    assert set(tmp_path.iterdir()) == before  # no file, no temporary one


def cli(*args, **kw):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY",)}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run([sys.executable, "-m", "actgui", *args], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=120, **kw)


def test_valid_extremes_draw_without_crashing(tmp_path):
    """Once segfaults in pyqtgraph: views as wide as float64 allows and a few subnormals wide."""
    for i, ranges in enumerate((["--x-range", "-1e300", "1e300", "--y-range", "-1e300", "1e300"],
                                ["--x-range", "-1e-200", "1e-200", "--y-range", "0", "1e-200"],
                                ["--x-range", "-1e3", "1e3"], ["--x-range", "700", "720"])):
        out = tmp_path / f"e{i}.png"
        run = cli("export", str(out), "-f", "exponential", "-f", "step", "-f", "sinc", *ranges)
        assert run.returncode == 0 and run.stderr == "" and out.stat().st_size > 1000, run.stderr


def test_a_negative_range_is_read_as_numbers(tmp_path):
    out = tmp_path / "n.csv"
    assert main(["export", str(out), "-f", "relu", "--x-range", "-1e3", "-2.5e2", "--points", "3"]) == 0
    assert out.read_text().splitlines()[1].startswith("-1000.0,")


def test_panes_df_alone_means_f_and_df(tmp_path, qapp):
    from actgui.cli import parse_panes

    assert parse_panes("df") == ("f", "df") and parse_panes("d2f, f") == ("f", "d2f")


def test_a_session_with_a_byte_order_mark_is_read(tmp_path, qapp):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(GOOD).encode())
    out = tmp_path / "b.csv"
    assert main(["export", str(out), "--session", str(path)]) == 0
    assert "leaky_relu(negative_slope=0.1):f" in out.read_text()


# --- session documents, fuzzed -------------------------------------------------------------------

def json_values(depth=3):
    scalars = st.one_of(st.none(), st.booleans(), st.integers(-10**30, 10**30),
                        st.floats(allow_nan=False), st.text(max_size=20),
                        st.sampled_from([1e308, -1e308, 5e-324, 0.0, -0.0]))
    return st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                         st.dictionaries(st.text(max_size=8), inner,
                                                                         max_size=4)),
                        max_leaves=12)


def mutate(choose, value, times: int) -> str:
    """A valid session document with ``times`` fields replaced (by ``value()``), deleted or
    nested deeper; ``choose(options)`` picks."""
    doc = json.loads(json.dumps(GOOD))
    for _ in range(times):
        places = [doc]
        curves = doc.get("curves")
        if isinstance(curves, list) and curves and isinstance(curves[0], dict):
            places.append(curves[0])
            if isinstance(curves[0].get("params"), dict):
                places.append(curves[0]["params"])
        target = choose(places)
        key = choose([*sorted(target), "extra"])
        action = choose(["replace", "delete", "nest"])
        if action == "delete":
            target.pop(key, None)
        elif action == "nest":
            target[key] = [[[[[[[[[[target.get(key)]]]]]]]]]]
        else:
            target[key] = value()
    return json.dumps(doc)


@st.composite
def mutated_sessions(draw):
    return mutate(lambda options: draw(st.sampled_from(options)), lambda: draw(json_values()),
                  draw(st.integers(1, 4)))


def random_documents(n: int, seed: int = 0) -> list[str]:
    """``n`` mutated documents from a seeded generator, for the window-side readers."""
    import random

    rng = random.Random(seed)
    pool = [None, True, False, 0, -1, 10**400, 1e308, -1e308, 5e-324, "", "x" * 300, "#00ff00",
            [1, 2], [3, 1], {"a": 1}, [[]], "relu", -0.0]
    return [mutate(rng.choice, lambda: rng.choice(pool), rng.randint(1, 4)) for _ in range(n)]


@settings(max_examples=300, deadline=None)
@given(text=mutated_sessions())
def test_the_reader_refuses_or_accepts_every_mutated_document_cleanly(text):
    try:
        session = read_json(text)
    except SessionError as e:
        assert str(e) and "\n" not in str(e)
    else:
        assert read_json(session.to_json()) == session  # what it accepts, it can write


def test_the_window_side_readers_survive_mutated_documents(tmp_path):
    """Start-up from the settings, File > Open and --session, for 40 mutated documents and the
    bad ones, in a child process: a crash fails this test instead of killing pytest."""
    docs = random_documents(40) + [
        t if isinstance(t, str) else t.decode("latin-1") for t in BAD_SESSIONS.values()]
    (tmp_path / "docs.json").write_text(json.dumps(docs))
    code = textwrap.dedent(f"""
        import json, pathlib, sys, warnings
        warnings.simplefilter("error")
        from PySide6.QtCore import QSettings
        from actgui.app import make_app
        from actgui.ui.main_window import MainWindow
        app = make_app()
        docs = json.loads(pathlib.Path({str(tmp_path / "docs.json")!r}).read_text())
        ini, path = {str(tmp_path / "s.ini")!r}, {str(tmp_path / "d.json")!r}
        for text in docs:
            settings = QSettings(ini, QSettings.Format.IniFormat)
            settings.setValue("session/json", text)
            settings.sync()
            w = MainWindow(settings=QSettings(ini, QSettings.Format.IniFormat))  # remembered
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            w.load_session_file(path)  # File > Open
            w2 = MainWindow(settings=settings, session_path=path)  # --session
            for win in (w, w2):
                win.show(); app.processEvents(); win.canvas.view.viewport().repaint()
                win.deleteLater()
            app.processEvents()
        print("survived", len(docs))
    """)
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=600)
    assert run.returncode == 0 and "survived" in run.stdout, run.stderr[-3000:]
    assert "Traceback" not in run.stderr, run.stderr[-3000:]


# --- damaged settings ------------------------------------------------------------------------------

@pytest.mark.parametrize("content", [
    b"\x00\xff garbage [[[", b"[session]\njson=\"{\\\"format\\\": \\\"actgui-",
    b"[session]\njson=" + b"x" * 10_000_000,
    *(b"[session]\njson=" + json.dumps(t if isinstance(t, str) else "x").encode() for t in
      (BAD_SESSIONS["401 digits in a range"], BAD_SESSIONS["x_range beyond float64"],
       BAD_SESSIONS["deep nesting"], BAD_SESSIONS["visible as a string"])),
])
def test_damaged_settings_start_the_window_with_defaults_and_say_so(qtbot, tmp_path, content):
    path = tmp_path / "actgui.ini"
    path.write_bytes(content)
    started = time.monotonic()
    w = MainWindow(settings=QSettings(str(path), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    assert time.monotonic() - started < 5
    assert [c.function for c in w.model.session.curves] == ["sigmoid", "tanh", "relu"]
    box = w.findChild(QMessageBox, "problemBox")
    assert box is not None and box.isVisible() and "defaults" in box.text()


def test_a_name_with_html_shows_as_text(qtbot, tmp_path):
    path = session_file(tmp_path)
    path.write_text(json.dumps(GOOD).replace('"gelu"', '"<img src=\'/etc/x.png\'><a href=\'x\'>click</a>"'))
    w = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                   session_path=str(path))
    qtbot.addWidget(w)
    w.show()
    box = w.findChild(QMessageBox, "problemBox")
    assert box.textFormat() == Qt.TextFormat.PlainText and "<img src=" in box.text()


# --- extreme views, memory, signals ----------------------------------------------------------------

def test_extreme_zoom_and_pan_stay_safe_and_quiet(tmp_path):
    code = textwrap.dedent("""
        import warnings
        warnings.simplefilter("error")  # a NumPy warning from the window fails the run
        from PySide6.QtCore import QSettings
        from actgui.app import make_app
        from actgui.core.session import Session, check_range
        from actgui.ui.main_window import MainWindow
        app = make_app()
        w = MainWindow(session=Session.of("relu", "exponential", "sinc", "step", "sigmoid"),
                       settings=QSettings(%r, QSettings.Format.IniFormat))
        w.show(); app.processEvents()
        vb = w.canvas.plots["f"].getViewBox()
        for factor, steps in ((0.02, 200), (50.0, 400), (0.5, 100)):
            for _ in range(steps):
                vb.scaleBy(x=factor)  # what the wheel does
                app.processEvents(); w.canvas.view.viewport().repaint()
                check_range(w.model.session.x_range, "x")
                check_range(vb.viewRange()[0], "view")
        for shift in (1e305, -1e305, 1e-310):
            vb.translateBy(x=shift)
            app.processEvents(); w.canvas.view.viewport().repaint()
            check_range(w.model.session.x_range, "x")
        print("ok", w.statusBar().currentMessage())
    """) % str(tmp_path / "s.ini")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=300)
    assert run.returncode == 0 and run.stdout.startswith("ok"), run.stderr[-3000:]
    assert "kept to" in run.stdout  # the clamp said so in the status bar


def test_an_export_that_cannot_get_its_memory_fails_cleanly(tmp_path):
    code = textwrap.dedent(f"""
        import resource, sys
        from actgui.app import make_app
        from actgui.cli import main
        make_app()
        size = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmSize"))
        limit = (size + 150_000) * 1024  # 150 MB more than now: an 8000x8000 image needs 256 MB
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        sys.exit(main(["export", {str(tmp_path / "big.png")!r}, "-f", "relu", "--size", "8000x8000"]))
    """)
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120)
    assert run.returncode == 2 and "could not allocate a 8000x8000 image" in run.stderr, run.stderr
    assert run.stderr.count("\n") == 1 and not list(tmp_path.iterdir())


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_during_an_export_leaves_nothing(tmp_path, signum):
    """The child's disk is slow: the rename waits, with the temporary file written."""
    code = textwrap.dedent(f"""
        import os, sys, time
        replace = os.replace
        os.replace = lambda *a: (time.sleep(30), replace(*a))
        from actgui.cli import main
        sys.exit(main(["export", {str(tmp_path / "slow.png")!r}, "-f", "relu", "--size", "800x600"]))
    """)
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    deadline = time.monotonic() + 60
    while not any(p.name.startswith(TEMP_PREFIX) for p in tmp_path.iterdir()):
        assert proc.poll() is None and time.monotonic() < deadline, "no temporary file"
        time.sleep(0.01)
    proc.send_signal(signum)
    assert proc.wait(timeout=60) == 128 + signum
    assert not list(tmp_path.iterdir())


def test_a_stale_temporary_file_is_removed_by_the_next_export(tmp_path, qapp):
    stale, young = tmp_path / f"{TEMP_PREFIX}a.png.x1.tmp", tmp_path / f"{TEMP_PREFIX}b.png.x2.tmp"
    other = tmp_path / ".someone-else.tmp"
    for p in (stale, young, other):
        p.write_bytes(b"partial")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    os.utime(other, (old, old))
    assert main(["export", str(tmp_path / "c.csv"), "-f", "relu"]) == 0
    assert not stale.exists() and young.exists() and other.exists()


def test_exporting_onto_a_symlink_writes_through_and_never_world_writable(tmp_path, qapp):
    target = tmp_path / "real.csv"
    target.write_text("old")
    os.chmod(target, 0o664)
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    assert main(["export", str(link), "-f", "relu", "--points", "5"]) == 0
    assert link.is_symlink() and target.read_text().startswith("x,relu:f")
    assert oct(os.stat(target).st_mode & 0o777) == oct(0o664)
    devnull = tmp_path / "null.csv"
    devnull.symlink_to("/dev/null")
    assert main(["export", str(devnull), "-f", "relu"]) == 2  # not a regular file: refused
    assert oct(os.stat("/dev/null").st_mode & 0o777) == oct(0o666)


def test_desktop_exec_line_is_escaped_as_the_spec_asks(monkeypatch, tmp_path):
    from actgui import desktop

    assert desktop.exec_argument("/usr/bin/actgui") == "/usr/bin/actgui"
    assert desktop.exec_argument("/opt/my apps/actgui") == '"/opt/my apps/actgui"'
    assert desktop.exec_argument('/a"b$c`d\\e') == '"/a\\\\"b\\\\$c\\\\`d\\\\\\\\e"'
    assert desktop.exec_argument("100%") == "100%%"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/share")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert desktop.data_home() == tmp_path / ".local" / "share"  # a relative path is ignored
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "abs"))
    assert desktop.data_home() == tmp_path / "abs"
