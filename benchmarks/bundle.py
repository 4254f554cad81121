"""Bundle size and frozen start-up: actgui's PyInstaller bundle next to a minimal PySide6 +
pyqtgraph window bundled the same way (actgui.spec with ACTGUI_BUNDLE=minimal), as is and like
for like (its garbage collector also off until the first frame).

    python benchmarks/bundle.py [--repeat N]
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from run import first_frame, fresh_home, in_turn, paired_ratio

ROOT = Path(__file__).resolve().parents[1]


def build(name: str, dist: Path, work: Path) -> tuple[Path, float]:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "PyInstaller", "actgui.spec", "--noconfirm",
                    "--distpath", str(dist), "--workpath", str(work / name)],
                   cwd=ROOT, env={**os.environ, "ACTGUI_BUNDLE": name}, check=True,
                   capture_output=True)
    return dist / name / name, time.perf_counter() - t0


def size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        dist, work = Path(tmp) / "dist", Path(tmp) / "build"
        built = {name: build(name, dist, work) for name in ("actgui", "minimal")}
        minimal = str(built["minimal"][0])
        commands = {"actgui": [str(built["actgui"][0])], "minimal": [minimal],
                    "like": [minimal, "--collect-after-first-frame"]}
        start = in_turn({name: lambda cmd=cmd: first_frame([*cmd, "--quit-after-first-paint"],
                                                           fresh_home(tmp))[0]
                         for name, cmd in commands.items()}, args.repeat)
        rows = {name: (seconds, size_mb(exe.parent), statistics.median(start[name]))
                for name, (exe, seconds) in built.items()}
    print(f"{'bundle':<10}{'build s':>10}{'size MB':>10}{'start-up s':>12}")
    for name, (b, s, t) in rows.items():
        print(f"{name:<10}{b:>10.1f}{s:>10.1f}{t:>12.2f}")
    print(f"minimal collecting after its first frame, as actgui does: "
          f"{statistics.median(start['like']):.2f} s")
    size = rows["actgui"][1] / rows["minimal"][1]
    print(f"size ratio {size:.2f}, start-up ratio {paired_ratio(start['actgui'], start['minimal']):.2f} "
          f"(paired; aim: at most 1.15), like for like "
          f"{paired_ratio(start['actgui'], start['like']):.2f}")


if __name__ == "__main__":
    main()
