"""Numbers on screen: one convention for every axis, table, readout and field.

The decimal separator is "." whatever the locale (the tutorials, papers and the command line
write 0.1, and one screen should not mix conventions); the minus sign is U+2212, the
typographic minus the formulas use too; there is no "-0". Fields read "." and "," alike
(``actgui.ui.editors.NumberBox``). Files and the command line keep "-" and "." (``repr``)."""

from __future__ import annotations

import math

MINUS = "\u2212"


def _signed(text: str) -> str:
    return text.replace("-", MINUS)


def number_text(v: float, digits: int = 10) -> str:
    """``v`` with up to ``digits`` significant digits, for readouts and tables."""
    if math.isnan(v):
        return "NaN"
    if math.isinf(v):
        return "\u221e" if v > 0 else MINUS + "\u221e"
    return _signed(_compact(f"{v + 0.0:.{digits}g}"))  # + 0.0 turns -0.0 into 0


def tick_text(v: float, step: float, lo: float, hi: float) -> str:
    """A tick label at ``v`` on an axis ticked every ``step`` over [lo, hi]: as many decimals as
    the step needs, or scientific notation where plain digits would be too many, and where every
    value on the axis is small (a difference view's 4.5e−4, not 0.00045)."""
    v = 0.0 if abs(v) < step * 1e-9 else v
    biggest = max(abs(lo), abs(hi))
    decimals = max(0, math.ceil(-math.log10(step) - 1e-9))
    if biggest < 1e-2 and decimals > 3:
        if v == 0:
            return "0"
        digits = max(0, math.floor(math.log10(biggest)) - math.floor(math.log10(step) + 1e-9))
        return _signed(_compact(f"{v:.{digits}e}"))
    if biggest >= 1e6 or decimals > 5:
        digits = max(1, math.floor(math.log10(max(biggest, step))) - math.floor(math.log10(step)) + 1)
        return _signed(_compact(f"{v:.{min(digits, 15)}g}"))
    return _signed(f"{v:.{decimals}f}")


def _compact(text: str) -> str:
    """1e+06 -> 1e6, 2.5e-07 -> 2.5e-7."""
    if "e" not in text:
        return text
    mantissa, exponent = text.split("e")
    return f"{mantissa}e{int(exponent)}"
