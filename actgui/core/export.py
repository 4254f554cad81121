"""Numbers out: the session's visible curves as CSV on a uniform grid."""

from __future__ import annotations

import csv
import io

import numpy as np

from .session import Session

DERIVATIVE_COLUMNS = ("f", "df", "d2f")


def column_labels(session: Session) -> list[str]:
    """One label per visible curve: the function id and its non-default parameters, made unique
    with ``#2``, ``#3`` where two curves are the same."""
    labels, seen = [], {}
    for c in session.curves:
        if c.visible:
            seen[c.label] = seen.get(c.label, 0) + 1
            labels.append(c.label if seen[c.label] == 1 else f"{c.label}#{seen[c.label]}")
    return labels


def csv_text(session: Session, points: int = 1001, version: str = "") -> str:
    """CSV with x on a uniform grid over the session's x-range (one row per x), then
    ``<label>:f``, ``<label>:df``, ``<label>:d2f`` for each visible curve. Values are the core's,
    kink conventions included; a leading ``#`` line records the version and range."""
    if points < 2:
        raise ValueError(f"points={points} is invalid: need at least 2")
    x = np.linspace(*session.x_range, points)
    visible = [c for c in session.curves if c.visible]
    columns = [x]
    header = ["x"]
    for label, curve in zip(column_labels(session), visible, strict=True):
        for order, name in enumerate(DERIVATIVE_COLUMNS):
            columns.append(curve.activation.evaluate(x, order, **curve.params))
            header.append(f"{label}:{name}")
    lo, hi = session.x_range
    return rows_csv(header, np.column_stack(columns).tolist(),
                    f"actgui {version} x from {lo:g} to {hi:g}, {points} points")


def rows_csv(header: list[str], rows: list[list], comment: str = "") -> str:
    """CSV text: an optional ``# comment`` line, the header, the rows (floats written exactly)."""
    out = io.StringIO()
    if comment:
        out.write(f"# {comment}\n")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()
