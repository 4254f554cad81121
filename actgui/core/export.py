"""Numbers out: the session's drawn curves as CSV on a uniform grid."""

from __future__ import annotations

import csv
import io

import numpy as np

from .session import Session

DERIVATIVE_COLUMNS = ("f", "df", "d2f")
MAX_POINTS = 1_000_000  # CSV rows: 1e6 rows of 44 curves is about 1.5 GB of text already


def csv_text(session: Session, points: int = 1001, version: str = "") -> str:
    """CSV with x on a uniform grid over the session's x-range (one row per x), then
    ``<label>:f``, ``<label>:df``, ``<label>:d2f`` for each curve drawn (``Session.drawn``: a
    family's members one by one). Values are the core's, kink conventions included; a ``#`` line after the
    rows records the version and range."""
    if not 2 <= points <= MAX_POINTS:
        raise ValueError(f"points={points} is invalid: need 2 to {MAX_POINTS}")
    x = np.linspace(*session.x_range, points)
    columns = [x]
    header = ["x"]
    for label, curve in session.drawn():
        for order, name in enumerate(DERIVATIVE_COLUMNS):
            columns.append(curve.evaluate(x, order))
            header.append(f"{label}:{name}")
    lo, hi = session.x_range
    return rows_csv(header, np.column_stack(columns).tolist(),
                    f"actgui {version} x from {lo:g} to {hi:g} in {points} points")


def rows_csv(header: list[str], rows: list[list], comment: str = "") -> str:
    """CSV text: the header (the first line, as numpy.genfromtxt(names=True) and spreadsheets
    take it), the rows (floats written exactly), then an optional ``# comment`` line, its commas
    made semicolons so that it holds no delimiter."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    if comment:
        out.write(f"# {comment.replace(',', ';')}\n")
    return out.getvalue()
