"""The double-click app: the PyInstaller bundle and a non-editable install, run as users would."""

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[1]
PROBLEMS = ("Traceback", "ModuleNotFoundError", "ImportError", "missing", "Error")


def run_clean(cmd, tmp, display=False, lang="C.UTF-8", **kw):
    """Run as from a desktop or terminal: own HOME, no test-suite environment."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "DISPLAY", "PYTHONPATH", "VIRTUAL_ENV", "LANGUAGE", "LC_ALL")}
    env.update(HOME=str(tmp), XDG_CONFIG_HOME=str(tmp / "config"), XDG_DATA_HOME=str(tmp / "data"),
               LANG=lang)
    if display:
        env["QT_QPA_PLATFORM"] = "offscreen"
    run = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, env=env,
                         timeout=300, cwd=tmp, **kw)  # not the checkout: nothing imported from it
    assert not any(p in run.stderr for p in PROBLEMS), run.stderr
    assert run.returncode == 0, run.stderr
    return run


def check_app(exe, tmp):
    """What the frozen app and an installed one must both do: among it, start in Japanese and in
    French under those locales."""
    assert run_clean([exe, "--version"], tmp).stdout.startswith("actgui ")
    run_clean([exe, "export", tmp / "a.png", "-f", "gelu", "--size", "640x400"], tmp)
    assert QImage(str(tmp / "a.png")).width() == 640
    run_clean([exe, "export", tmp / "a.svg", "-f", "relu"], tmp)
    ET.parse(tmp / "a.svg")
    assert "leaky_relu" in run_clean([exe, "list"], tmp).stdout
    # what loads on first use is there too: sympy for a typed formula, Pillow and ffmpeg to animate
    run_clean([exe, "export", tmp / "own.svg", "-f", "=x*sigmoid(b*x);b=1.5"], tmp)
    assert "x*sigmoid(b*x)" in (tmp / "own.svg").read_text()
    for name in ("a.gif", "a.mp4"):
        run_clean([exe, "animate", tmp / name, "-f", "leaky_relu", "--sweep", "negative_slope=0.01:0.3",
                   "--frames", "3", "--size", "320x200"], tmp)
    assert (tmp / "a.gif").read_bytes()[:6] == b"GIF89a" and (tmp / "a.mp4").read_bytes()[4:8] == b"ftyp"
    run_clean([exe, "--quit-after-first-paint"], tmp, display=True)  # window shown, then quits
    for lang, file_menu in (("ja_JP.UTF-8", "ファイル"), ("fr_FR.UTF-8", "Fichier")):
        menus = run_clean([exe, "--quit-after-first-paint"], tmp, display=True,
                          lang=lang).stdout.split("menus ")[1]
        assert file_menu in menus, menus
    installed = run_clean([exe, "install-desktop"], tmp).stdout
    entry = tmp / "data" / "applications" / "actgui.desktop"
    assert str(entry) in installed and "Categories=Education;Science;" in entry.read_text()
    exec_line = next(line for line in entry.read_text().splitlines() if line.startswith("Exec="))
    assert exec_line == f"Exec={exe} %f"
    assert (tmp / "data" / "icons" / "hicolor" / "256x256" / "apps" / "actgui.png").is_file()
    run_clean([exe, "uninstall-desktop"], tmp)
    assert not entry.exists()


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    dist, work = tmp_path_factory.mktemp("dist"), tmp_path_factory.mktemp("build")
    build = subprocess.run([sys.executable, "-m", "PyInstaller", "actgui.spec", "--noconfirm",
                            "--distpath", str(dist), "--workpath", str(work)],
                           cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert build.returncode == 0, build.stderr[-4000:]
    return dist / "actgui" / "actgui"


def test_frozen_app_runs_like_the_source_tree(bundle, tmp_path):
    check_app(bundle, tmp_path)
    resources = bundle.parent / "_internal" / "resources"
    assert (resources / "actgui.svg").is_file() and (resources / "icons" / "actgui-512.png").is_file()
    qt = bundle.parent / "_internal" / "PySide6" / "Qt"
    assert sorted(p.name for p in qt.rglob("*.qm")) == ["qtbase_fr.qm", "qtbase_ja.qm"]
    assert (resources / "translations" / "actgui_ja.qm").is_file()
    assert not (qt / "lib" / "libQt6Quick.so.6").exists()  # unused Qt modules left out


def test_non_editable_install_finds_its_resources(tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    py = venv / "bin" / "python"
    # The dependencies come from this environment; actgui itself is built and installed anew.
    site = subprocess.run([py, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    deps = [p for p in sys.path if p.endswith("site-packages")]
    Path(site, "deps.pth").write_text("\n".join(deps) + "\n")
    pip = subprocess.run([py, "-m", "pip", "install", "-q", "--no-deps", str(ROOT)],
                         capture_output=True, text=True)
    assert pip.returncode == 0, pip.stderr
    where = run_clean([py, "-c", "import actgui.paths as p; print(p.__file__); print(p.resource_dir())"],
                      tmp_path).stdout.split()
    assert where[0].startswith(site) and where[1] == str(Path(site) / "actgui" / "resources")
    check_app(venv / "bin" / "actgui", tmp_path)
