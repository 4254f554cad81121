"""Bundle size and frozen start-up: actgui's PyInstaller bundle next to a minimal PySide6 +
pyqtgraph window bundled the same way (actgui.spec with ACTGUI_BUNDLE=minimal).

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

from run import first_frame, fresh_home

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


def startups(exes: dict[str, Path], repeat: int, tmp: str) -> dict[str, float]:
    """Median seconds from process start to the first frame (run.py's measure) of each bundle,
    started in turn, after one unmeasured start of each."""
    times = {name: [] for name in exes}
    for i in range(repeat + 1):
        for name, exe in exes.items():
            seconds = first_frame([str(exe), "--quit-after-first-paint"], fresh_home(tmp))[0]
            if i:
                times[name].append(seconds)
    return {name: statistics.median(t) for name, t in times.items()}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        dist, work = Path(tmp) / "dist", Path(tmp) / "build"
        built = {name: build(name, dist, work) for name in ("actgui", "minimal")}
        start = startups({name: exe for name, (exe, _) in built.items()}, args.repeat, tmp)
        rows = {name: (seconds, size_mb(exe.parent), start[name])
                for name, (exe, seconds) in built.items()}
    print(f"{'bundle':<10}{'build s':>10}{'size MB':>10}{'start-up s':>12}")
    for name, (b, s, t) in rows.items():
        print(f"{name:<10}{b:>10.1f}{s:>10.1f}{t:>12.2f}")
    (_, s1, t1), (_, s0, t0) = rows["actgui"], rows["minimal"]
    print(f"size ratio {s1 / s0:.2f}, start-up ratio {t1 / t0:.2f} (aim: at most 1.15)")


if __name__ == "__main__":
    main()
