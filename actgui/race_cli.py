"""``actgui train``: race activation functions in the TensorFlow Playground's classifier
(actgui.core.playground) over many seeds, write every run's losses as CSV and say which learns
fastest.

Conventions: epochs to the target are per seed, +inf where a run never reaches it; a speed-up
of function A over the reference R is median(R's epochs) / median(A's), with the 95 % bootstrap
interval of :func:`actgui.core.playground.speedup` (seeds paired). The reference is tanh when it
is raced, else the first function.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__, cli
from .core.playground import COLUMNS, TARGET, Summary, loss_table, parse_hidden, ratio_text, summarize

if TYPE_CHECKING:
    from .core.playground import Ratio

#: RaceSettings field -> the option that sets it.
OPTIONS = {"dataset": "--dataset", "hidden": "--hidden", "learning_rate": "--learning-rate",
           "batch_size": "--batch-size", "noise": "--noise", "train_percent": "--train-percent",
           "regularization": "--regularization", "regularization_rate": "--regularization-rate",
           "seeds": "--seeds", "epochs": "--epochs", "base_seed": "--seed"}

def reach_text(summary: Summary, labels: Sequence[str]) -> str:
    """The epochs-to-target table as aligned plain text (the command line's)."""
    r = summary.reach
    q = r.quartiles

    def epochs(v: float) -> str:
        return "never" if math.isinf(v) else f"{v:g}"

    def versus(ratio: Ratio | None) -> str:
        if ratio is None:
            return "reference"
        if math.isnan(ratio.estimate):
            return "n/a (neither reaches it)"
        if ratio.estimate == 0:
            return "never"
        low, high = (ratio_text(v, ".3g") for v in (ratio.low, ratio.high))
        return f"{ratio_text(ratio.estimate, '.3g')} ({low}-{high})"

    ref = labels[summary.reference]
    rows = [["function", "median", "IQR", "reached", f"speed-up vs {ref} (95 % interval)"]]
    for f, label in enumerate(labels):
        iqr = "never" if math.isinf(q.low[f]) else f"{epochs(q.low[f])}-{epochs(q.high[f])}"
        rows.append([label, epochs(q.median[f]), iqr, f"{100 * r.share[f]:.0f} %",
                     versus(summary.ratios[f])])
    widths = [max(len(row[c]) for row in rows) for c in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
             for row in rows]
    seeds = r.epochs.shape[1]
    return (f"Epochs to test loss {r.target:g} (median and interquartile range over {seeds} seeds, "
            f"within {r.budget} epochs):\n" + "\n".join(lines))


def add_parser(subparsers) -> None:
    """Add ``train`` to the command line's subcommands (argparse's subparsers object)."""
    p = subparsers.add_parser(
        "train", help="race activation functions in the TensorFlow Playground's classifier",
        description="Train the TensorFlow Playground's classifier (its algorithm, step by step) "
                    "with each SPEC as the hidden layers' activation, over many seeds (the same "
                    "data and initial weights for every function at a seed). Writes OUT (CSV: "
                    f"{','.join(COLUMNS)}, epoch 0 before training), prints the epochs each "
                    "function needs to reach the target test loss and what that says about the "
                    "tutorial's claim (tanh ~10x faster than sigmoid, ReLU ~2x faster than tanh). "
                    "SPEC is an id or id:param=value[,param=value]. Bad input prints one line and "
                    "exits with status 2, writing nothing.")
    p.add_argument("out", metavar="OUT", help="the CSV file to write (.csv)")
    p.add_argument("--dataset", metavar="NAME",
                   help="circle, xor, gauss or spiral (default circle)")
    p.add_argument("--function", "-f", metavar="SPEC", action="append", default=[],
                   help="an activation to race (repeatable)")
    p.add_argument("--hidden", metavar="N,N",
                   help="hidden layer sizes: 1 to 6 layers of 1 to 8 neurons (default 3,3)")
    p.add_argument("--learning-rate", type=float, metavar="RATE",
                   help="1e-05 to 10 (default 0.03)")
    p.add_argument("--batch-size", type=int, metavar="N", help="1 to 30 (default 10)")
    p.add_argument("--noise", type=float, metavar="PERCENT", help="0 to 50 (default 0)")
    p.add_argument("--train-percent", type=float, metavar="PERCENT",
                   help="the share of the 500 points trained on: 10 to 90 (default 50)")
    p.add_argument("--regularization", metavar="KIND", help="none, L1 or L2 (default none)")
    p.add_argument("--regularization-rate", type=float, metavar="RATE",
                   help="0 or more (default 0)")
    p.add_argument("--seeds", type=int, metavar="N", help="runs per function: 1 to 1000 (default 100)")
    p.add_argument("--epochs", type=int, metavar="N", help="1 to 10000 (default 1000)")
    p.add_argument("--seed", type=int, metavar="SEED",
                   help="base seed, 0 or more: run k draws from SeedSequence(SEED, spawn_key=(k,)) "
                        "(default 0)")
    p.add_argument("--target", type=float, default=TARGET, metavar="LOSS",
                   help=f"test loss to reach, above 0 (default {TARGET:g})")


def _settings(args):
    """The race's RaceSettings: the options given, RaceSettings' defaults for the others."""
    from .core.playground import RaceSettings

    given = {field: getattr(args, option.removeprefix("--").replace("-", "_"))
             for field, option in OPTIONS.items()}
    if given["hidden"] is not None:
        try:
            given["hidden"] = parse_hidden(given["hidden"])
        except ValueError as e:
            raise cli.UsageError(f"--hidden={e}") from None
    try:
        return RaceSettings(**{k: v for k, v in given.items() if v is not None})
    except ValueError as e:  # "batch_size=31 is invalid: ..." -> "--batch-size=31 is invalid: ..."
        field, _, rest = str(e).partition("=")
        raise cli.UsageError(f"{OPTIONS.get(field, field)}={rest}") from None


def _progress(epochs: int):
    """Epochs done, on one line of a terminal's stderr (nothing when stderr is not a terminal)."""
    if not sys.stderr.isatty():
        return None

    def show(epoch, _train, _test):
        print(f"\repoch {epoch}/{epochs}", end="\n" if epoch == epochs else "", file=sys.stderr,
              flush=True)

    return show


def run(args) -> int:
    """``actgui train``: check everything, train, write OUT, print the summary."""
    from .core.export import rows_csv
    from .core.files import remove_temporaries_on_signals, target, write_atomic
    from .core.playground import train_many
    from .core.session import Session

    if Path(args.out).suffix.lower() != ".csv":
        raise cli.UsageError(f"{args.out}: the losses are written as CSV: give OUT the suffix .csv")
    target(args.out)
    if not args.function:
        raise cli.UsageError("nothing to race: give one or more --function SPEC")
    session = Session()
    for spec in args.function:
        session = session.with_curve(**cli.parse_spec(spec))
    settings = _settings(args)
    if not (args.target > 0 and math.isfinite(args.target)):
        raise cli.UsageError(f"--target={args.target!r} is invalid: expected a finite test loss above 0")
    remove_temporaries_on_signals()
    functions = [(c.activation, c.params) for c in session.curves]
    every = max(1, settings.epochs // 100)
    result = train_many(settings, functions, on_epoch=_progress(settings.epochs), every=every)
    labels = session.labels()
    header, rows = loss_table(result, labels)
    comment = (f"actgui {__version__} train " + " ".join(
        f"{option.removeprefix('--')}={getattr(settings, field)!r}" for field, option in OPTIONS.items()))
    write_atomic(args.out, rows_csv(header, rows, comment).encode())
    summary = summarize(result, labels, args.target)
    print(reach_text(summary, labels))
    print(summary.sentence)
    print(f"wrote {args.out}")
    return 0
