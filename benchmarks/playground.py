"""The Playground replica: speed of the vectorised trainer, then the tutorial's race over many seeds.

    python benchmarks/playground.py [--seeds N] [--epochs E] [--targets 0.1,0.05]

Speed: ``train_many`` for tanh, sigmoid and relu (N seeds, E epochs, circle, hidden (3, 3)) against
the per-example reference timed on 1 seed x 3 functions x 20 epochs, per run-epoch (one pass
over the 250 training examples and the two losses). The race: the same runs, plus catalog
functions the Playground lacks, with the tutorial's settings (lr 0.03, batch 10, noise 0, train
50 %): epochs to each target test loss, and the tutorial's claim in one sentence per target.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from actgui.core.playground import (  # after the path is set
    RaceResult,
    RaceSettings,
    quartiles,
    reach,
    speedup,
    summarize_claim,
    train_many,
    train_reference,
)

PLAYGROUND = ("tanh", "sigmoid", "relu")
OTHERS = (("leaky_relu", {"negative_slope": 0.01}), ("gelu", {}), ("silu", {}), ("elu", {}))
REFERENCE_EPOCHS = 20


def joined(a: RaceResult, b: RaceResult) -> RaceResult:
    """One result holding both races' functions (same settings: same data and weights per seed)."""
    def cat(x, y):
        return np.concatenate([x, y])

    return RaceResult(a.settings, a.functions + b.functions, cat(a.train_loss, b.train_loss),
                      cat(a.test_loss, b.test_loss), tuple(map(cat, a.weights, b.weights)),
                      tuple(map(cat, a.biases, b.biases)), tuple(map(cat, a.dead, b.dead)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=100)
    parser.add_argument("--epochs", type=int, default=1000)
    parser.add_argument("--targets", default="0.1,0.05,0.02")
    args = parser.parse_args()
    settings = RaceSettings(seeds=args.seeds, epochs=args.epochs)

    start = time.perf_counter()
    playground = train_many(settings, PLAYGROUND)
    many = time.perf_counter() - start
    short = replace(settings, epochs=REFERENCE_EPOCHS)
    start = time.perf_counter()
    for function in PLAYGROUND:
        train_reference(short, function, 0)
    reference = time.perf_counter() - start
    per_run_epoch = {"vectorised": many / (len(PLAYGROUND) * settings.seeds * settings.epochs),
                     "reference": reference / (len(PLAYGROUND) * REFERENCE_EPOCHS)}
    print(f"train_many, {settings.seeds} seeds x {len(PLAYGROUND)} functions x {settings.epochs} "
          f"epochs: {many:.1f} s")
    print(f"reference, 1 seed x {len(PLAYGROUND)} functions x {REFERENCE_EPOCHS} epochs: {reference:.2f} s")
    hours = per_run_epoch["reference"] * len(PLAYGROUND) * settings.seeds * settings.epochs / 3600
    print("per run-epoch: " + ", ".join(f"{k} {v * 1e3:.3f} ms" for k, v in per_run_epoch.items())
          + f"; vectorised {per_run_epoch['reference'] / per_run_epoch['vectorised']:.0f}x faster "
          f"(the reference would take {hours:.1f} h)")

    start = time.perf_counter()
    result = joined(playground, train_many(settings, OTHERS))
    print(f"\nthe other functions: {time.perf_counter() - start:.1f} s")
    final = quartiles(result.test_loss[..., -1])
    print("final test loss, median [IQR] over seeds: " + ", ".join(
        f"{name} {final.median[f]:.3f} [{final.low[f]:.3f}, {final.high[f]:.3f}]"
        for f, name in enumerate(result.labels)))
    tanh = result.labels.index("tanh")
    for target in map(float, args.targets.split(",")):
        r = reach(result, target)
        print(f"\ntest loss <= {target:g} within {r.budget} epochs:")
        print(f"{'function':34} {'median':>7} {'IQR':>15} {'reached':>8}  vs tanh (x faster, 95 %)")
        for f, name in enumerate(result.labels):
            q = r.quartiles
            ratio = speedup(r.epochs[f], r.epochs[tanh])
            print(f"{name:34} {q.median[f]:7g} {f'{q.low[f]:g}-{q.high[f]:g}':>15} {r.share[f]:8.0%}  "
                  f"{ratio.estimate:.2f} ({ratio.low:.2f}-{ratio.high:.2f})")
        print(summarize_claim(result, target))


if __name__ == "__main__":
    main()
