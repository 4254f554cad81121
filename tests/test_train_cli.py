"""``actgui train``: the losses file, the printed summary and one-line refusals of bad input.

cli.py does not list ``train`` yet, so these tests build the command line the way cli.main does:
actgui's parser with race_cli's subparser, its errors reported in one line with status 2."""

import argparse
import csv
import math
import subprocess
import sys

import numpy as np
import pytest

from actgui import race_cli
from actgui.cli import UsageError, _Parser
from actgui.core.playground import RaceSettings, summarize_claim, train_many
from actgui.core.session import Session

MAIN = """
import sys
from actgui.cli import UsageError, _Parser
from actgui import race_cli
parser = _Parser(prog="actgui")
race_cli.add_parser(parser.add_subparsers(dest="command", parser_class=_Parser))
try:
    sys.exit(race_cli.run(parser.parse_args(sys.argv[1:])))
except (UsageError, ValueError, OSError) as e:
    print(str(e) if str(e).startswith("actgui") else f"actgui: {e}", file=sys.stderr)
    sys.exit(2)
"""


def parser() -> argparse.ArgumentParser:
    p = _Parser(prog="actgui")
    race_cli.add_parser(p.add_subparsers(dest="command", parser_class=_Parser))
    return p


def train(*args) -> int:
    """``actgui train ARGS`` in this process, reporting errors as cli.main does."""
    try:
        return race_cli.run(parser().parse_args(["train", *map(str, args)]))
    except (UsageError, ValueError, OSError) as e:
        print(str(e) if str(e).startswith("actgui") else f"actgui: {e}", file=sys.stderr)
        return 2


def read_losses(path):
    lines = path.read_text().splitlines()
    assert lines[-1].startswith("# actgui ")
    rows = list(csv.reader(lines[:-1]))
    return rows[0], rows[1:]


def epochs_to(losses, target):
    """First epoch with loss <= target per run (inf: never), computed here without the core."""
    out = np.full(losses.shape[:-1], np.inf)
    for idx in np.ndindex(*losses.shape[:-1]):
        hits = np.flatnonzero(losses[idx] <= target)
        if hits.size:
            out[idx] = hits[0]
    return out


def test_writes_every_runs_losses_and_prints_the_claim(tmp_path, capsys):
    out = tmp_path / "race.csv"
    assert train(out, "-f", "tanh", "-f", "sigmoid", "-f", "relu", "--seeds", 3, "--epochs", 40) == 0
    want = train_many(RaceSettings(seeds=3, epochs=40), ["tanh", "sigmoid", "relu"])
    header, rows = read_losses(out)
    assert header == ["function", "seed", "epoch", "train_loss", "test_loss"]
    assert len(rows) == 3 * 3 * 41
    assert rows[0][:3] == ["tanh", "0", "0"] and rows[-1][:3] == ["relu", "2", "40"]
    train_loss = np.array([float(r[3]) for r in rows]).reshape(3, 3, 41)
    test_loss = np.array([float(r[4]) for r in rows]).reshape(3, 3, 41)
    np.testing.assert_array_equal(train_loss, want.train_loss)  # epoch 0: the network as built
    np.testing.assert_array_equal(test_loss, want.test_loss)
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].startswith("Epochs to test loss 0.1 ")
    medians = np.median(epochs_to(want.test_loss, 0.1), axis=1)
    for name, median, line in zip(("tanh", "sigmoid", "relu"), medians, printed[2:5], strict=True):
        cells = line.split()
        assert cells[0] == name
        assert cells[1] == ("never" if math.isinf(median) else f"{median:g}")
    assert printed[2].split()[-1] == "reference"  # tanh is the reference when raced
    assert printed[5] == summarize_claim(want, 0.1)
    assert printed[-1] == f"wrote {out}"


def test_every_option_reaches_the_trainer_and_labels_tell_twins_apart(tmp_path, capsys):
    out = tmp_path / "race.CSV"
    specs = ["leaky_relu", "leaky_relu:negative_slope=0.2", "elu"]
    code = train(out, *(a for s in specs for a in ("-f", s)), "--dataset", "xor", "--hidden", "4, 2",
                 "--learning-rate", 0.1, "--batch-size", 7, "--noise", 10, "--train-percent", 70,
                 "--regularization", "L2", "--regularization-rate", 0.003, "--seeds", 2, "--epochs", 12,
                 "--seed", 5, "--target", 0.2)
    assert code == 0
    settings = RaceSettings(dataset="xor", hidden=(4, 2), learning_rate=0.1, batch_size=7, noise=10,
                            train_percent=70, regularization="L2", regularization_rate=0.003, seeds=2,
                            epochs=12, base_seed=5)
    want = train_many(settings, [("leaky_relu", {}), ("leaky_relu", {"negative_slope": 0.2}), "elu"])
    _, rows = read_losses(out)
    labels = Session.of("leaky_relu", ("leaky_relu", {"negative_slope": 0.2}), "elu").labels()
    assert labels[0] != labels[1]
    assert [r[0] for r in rows[::2 * 13]] == labels
    np.testing.assert_array_equal(np.array([float(r[4]) for r in rows]).reshape(3, 2, 13), want.test_loss)
    printed = capsys.readouterr().out
    assert "Epochs to test loss 0.2 " in printed and "tanh reaches" not in printed
    medians = np.median(epochs_to(want.test_loss, 0.2), axis=1)
    assert printed.splitlines()[-2].startswith(f"{labels[int(np.argmin(medians))]} is the only function")


@pytest.mark.parametrize(("functions", "seeds", "epochs", "start"), [
    (["relu", "tanh", "elu"], 30, 100, "{fastest} is the fastest to test loss 0.1: a median of {median:g} "
                                       "epochs, {ratio:.1f} times faster than the next, {second} ("),
    (["relu", "tanh", "elu"], 5, 100, "{fastest} reaches test loss 0.1 first, in a median of {median:g} "
                                      "epochs, {ratio:.1f} times the speed of the next, {second}, but the "
                                      "95 % interval (0.0-∞) includes 1: more seeds would tell."),
    (["elu", "relu", "softplus"], 5, 60, "{fastest} is the only function to reach test loss 0.1 in a "
                                      "median run: a median of {median:g} epochs."),
    (["relu"], 5, 60, "{fastest} reaches test loss 0.1 in a median of {median:g} epochs."),
    (["elu", "relu"], 5, 2, "No function reaches test loss 0.1 within 2 epochs in a median run."),
])
def test_summary_names_the_fastest_and_compares_with_the_reference(functions, seeds, epochs, start):
    result = train_many(RaceSettings(seeds=seeds, epochs=epochs), functions)
    summary = race_cli.summarize(result, functions, 0.1)
    medians = np.median(epochs_to(result.test_loss, 0.1), axis=1)
    fastest, second = np.argsort(medians, kind="stable")[:2] if len(functions) > 1 else (0, 0)
    ref = functions.index("tanh") if "tanh" in functions else 0
    with np.errstate(divide="ignore", invalid="ignore"):  # inf / inf where none reaches it
        ratio, vs_ref = medians[second] / medians[fastest], medians[ref] / medians
    assert summary.sentence.startswith(start.format(
        fastest=functions[fastest], median=medians[fastest], second=functions[second], ratio=ratio))
    np.testing.assert_array_equal(summary.reach.quartiles.median, medians)
    assert summary.reference == ref and summary.ratios[ref] is None
    for f, r in enumerate(summary.ratios):
        if f != ref:
            np.testing.assert_equal(r.estimate, vs_ref[f])


BAD = [
    (["--dataset", "moons"], "--dataset"),
    (["--hidden", "0,3"], "--hidden"),
    (["--hidden", "3,3,3,3,3,3,3"], "--hidden"),
    (["--hidden", "3,9"], "--hidden"),
    (["--hidden", "three"], "--hidden"),
    (["--learning-rate", "0"], "--learning-rate"),
    (["--learning-rate", "100"], "--learning-rate"),
    (["--learning-rate", "nan"], "--learning-rate"),
    (["--batch-size", "0"], "--batch-size"),
    (["--batch-size", "31"], "--batch-size"),
    (["--noise", "60"], "--noise"),
    (["--train-percent", "5"], "--train-percent"),
    (["--regularization", "L3"], "--regularization"),
    (["--regularization-rate", "-0.1"], "--regularization-rate"),
    (["--seeds", "0"], "--seeds"),
    (["--seeds", "5000"], "--seeds"),
    (["--epochs", "0"], "--epochs"),
    (["--target", "0"], "--target"),
    (["--target", "nan"], "--target"),
    (["--seeds", "many"], "--seeds"),
    (["-f", "no_such_function"], "no_such_function"),
]


@pytest.mark.parametrize(("args", "named"), BAD, ids=[" ".join(a) for a, _ in BAD])
def test_bad_input_is_one_line_and_writes_nothing(tmp_path, capsys, args, named):
    out = tmp_path / "race.csv"
    assert train(out, "-f", "tanh", "--seeds", 2, "--epochs", 2, *args) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("actgui") and named in err
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize(("out", "named"), [("race.txt", ".csv"), ("race", ".csv"), ("folder.csv", "folder")])
def test_an_out_that_is_not_a_csv_file_is_refused(tmp_path, capsys, out, named):
    (tmp_path / "folder.csv").mkdir()
    assert train(tmp_path / out, "-f", "tanh", "--seeds", 2, "--epochs", 2) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and named in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder.csv"]


def test_no_function_is_refused(tmp_path, capsys):
    assert train(tmp_path / "race.csv", "--seeds", 2) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--function" in err
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("args", [["--batch-size", "31"], ["--dataset", "moons"], ["-f", "nope"], []])
def test_exit_status_and_stderr_in_a_process(tmp_path, args):
    out = tmp_path / "race.csv"
    proc = subprocess.run([sys.executable, "-c", MAIN, "train", str(out), "-f", "relu", "--seeds", "2",
                           "--epochs", "3", *args], capture_output=True, text=True, timeout=120)
    if args:
        assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and proc.stdout == ""
        assert not out.exists()
    else:
        assert proc.returncode == 0 and proc.stderr == ""
        assert len(read_losses(out)[1]) == 2 * 4


def test_help_states_the_trainers_defaults():
    sub = next(a for a in parser()._actions if isinstance(a, argparse._SubParsersAction))
    helps = {a.dest: a.help for a in sub.choices["train"]._actions}
    d = RaceSettings()
    want = {"dataset": d.dataset, "hidden": ",".join(map(str, d.hidden)),
            "learning_rate": f"{d.learning_rate:g}", "batch_size": d.batch_size,
            "noise": f"{d.noise:g}", "train_percent": f"{d.train_percent:g}",
            "regularization": d.regularization, "regularization_rate": f"{d.regularization_rate:g}",
            "seeds": d.seeds, "epochs": d.epochs, "seed": d.base_seed, "target": f"{race_cli.TARGET:g}"}
    for dest, value in want.items():
        assert f"(default {value})" in helps[dest], dest


def test_parse_hidden():
    assert race_cli.parse_hidden("3, 3") == (3, 3)
    assert race_cli.parse_hidden("8 1,2") == (8, 1, 2)
    with pytest.raises(ValueError, match="whole numbers"):
        race_cli.parse_hidden("3.5")
