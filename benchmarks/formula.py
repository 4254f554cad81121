"""Typed formulas against the catalog entries they equal: f, f', f'' at 10^6 points, and the cost of
the first formula (importing sympy, parsing, differentiating, compiling) in a fresh process.

    python benchmarks/formula.py [--repeat N]

Each formula and its entry are timed in alternating turns (medians of N), so drifts of a busy
machine hit both alike; the goal is a ratio of at most 2.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from actgui.core import get
from actgui.core.formula import parse

PAIRS = [  # (formula, the catalog entry it equals at its defaults)
    ("x*sigmoid(x)", "silu"),
    ("max(0, x)", "relu"),
    ("where(x > 0, x, exp(x) - 1)", "elu"),
    ("x*tanh(softplus(x))", "mish"),
    ("1/(1 + exp(-x))", "sigmoid"),
]

FIRST_USE = """
import time
t = time.perf_counter()
import sympy
t_sympy = time.perf_counter() - t
from actgui.core.formula import parse
act = parse("x*sigmoid(b*x)").activation
act.f(0.5)
print(t_sympy, time.perf_counter() - t)
"""


def _time(fn, x, order) -> float:
    t = time.perf_counter()
    fn(x, order)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    x = np.linspace(-10.0, 10.0, 10**6)
    print(f"{'formula':32} {'entry':8}  f / f' / f'' (ms, formula vs entry)            ratios")
    for text, entry in PAIRS:
        formula, act = parse(text).activation, get(entry)
        cells, ratios = [], []
        for order in range(3):
            mine, theirs = [], []
            for _ in range(args.repeat):
                mine.append(_time(formula.evaluate, x, order))
                theirs.append(_time(act.evaluate, x, order))
            a, b = statistics.median(mine) * 1e3, statistics.median(theirs) * 1e3
            cells.append(f"{a:5.1f}/{b:5.1f}")
            ratios.append(f"{a / b:4.2f}")
        print(f"{text:32} {entry:8}  {'  '.join(cells)}  {' '.join(ratios)}")
    runs = [subprocess.run([sys.executable, "-c", FIRST_USE], capture_output=True, text=True, check=True,
                           cwd=Path(__file__).resolve().parents[1]).stdout.split() for _ in range(3)]
    print("first formula, fresh process (s): import sympy "
          + ", ".join(r[0][:5] for r in runs) + "; import + parse + compile + first value "
          + ", ".join(r[1][:5] for r in runs))


if __name__ == "__main__":
    main()
