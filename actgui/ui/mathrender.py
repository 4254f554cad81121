r"""Typeset the catalog's LaTeX with ziamath: LaTeX → MathML (latex2mathml) → SVG paths drawn in
ziamath's own STIX Two Math font, no TeX install. QtSvg turns the SVG into an image.

Conventions: ``size_px`` is the base font size in logical pixels (the SVG's units); an image is
transparent ARGB32 (premultiplied), its glyphs filled with ``colour`` (an SVG colour, ``#rrggbb``
or a name), ``device_pixel_ratio`` times as many pixels each way as its logical size, which is
the formula's bounding box plus ziamath's 1 px margin, rounded up to whole logical pixels.

ziamath (with latex2mathml and the font it parses) is imported on the first :func:`render` or
:func:`svg`, not with this module, so start-up does not pay for it. ``benchmarks/mathrender.py``
measures the import, the first render and a cached one.
"""

from __future__ import annotations

import functools
import math
import re
import warnings

from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

#: The one rewrite table: (pattern, replacement) applied in order to the LaTeX before ziamath
#: sees it, each for a construct the catalog uses that latex2mathml or ziamath gets wrong.
#: (Compiled on first use, by re's cache: compiling them here would cost start-up 1.5 ms.)
REWRITES = (
    # TeX's thin space between a number or closing delimiter and an operator name after it
    # (2\max, \tfrac12\operatorname), which ziamath leaves out for \max, \min and \mathrm (below).
    (r"(?<=[\d)}])(?=\\(?:max|min|operatorname)\b)", r"\\,"),
    # \operatorname{ReLU6}: latex2mathml sets a name with a digit in it as italic letters after
    # an empty operator; \mathrm gives the upright letters \operatorname means.
    (r"\\operatorname\{([^{}]*)\}", r"\\mathrm{\1}"),
    # ziamath's comma is followed by 1/3 em already (TeX's by 1/6 em), so a thin space after it
    # makes a gap.
    (r",\s*\\,", ","),
    # A minus after an opening delimiter, a comma, a relation or a row break is a sign (x < -2,
    # (-1)); ziamath spaces it as a binary minus unless it comes first in its row. {-} is TeX's
    # own way to write a sign.
    (r"([(\[{,=<>&]|\\le|\\ge|\\ne|\\approx|\\\\)(\s*)-", r"\1\2{-}"),
    # ziamath pads a function name by a thin space on each side; TeX leaves none before an
    # opening delimiter (\max(0, x), \tanh(x)), \! takes it back. (Not before \bigl, whose
    # parenthesis would then touch the name.)
    (r"(\\(?:max|min|log|exp|(?:arc)?(?:sin|cos|tan)h?))\s*(?=[(\[]|\\left)", r"\1\\!"),
    # cases: amsmath puts a \quad between the value and its condition, latex2mathml nothing.
    (r"(?<!\\)&", r"&\\quad "),
    # Numbers side by side are a product (a parameter's value in place of its symbol, 4\beta
    # with beta = 2); typeset as they stand they would read as one number (42).
    (r"(?<=\d)\s+(?=\d)", r"\\cdot "),
)

#: An unknown command: latex2mathml keeps it as an identifier, backslash and all.
_UNKNOWN = r">(\\[A-Za-z]+)<"


def label_latex(order: int) -> str:
    r"""LaTeX of the left-hand side for derivative ``order`` 0, 1 or 2: ``f(x)``, ``f^{\prime}(x)``,
    ``f^{\prime\prime}(x)``, so that ``label_latex(1) + " = " + act.latex("df", p)`` typesets
    as one formula with a prime that reads as one."""
    return "f" + ("", r"^{\prime}", r"^{\prime\prime}")[order] + "(x)"


def _normalise(latex: str) -> str:
    """``latex`` after :data:`REWRITES`: what ziamath is given (copy the original, not this)."""
    for pattern, replacement in REWRITES:
        latex = re.sub(pattern, replacement, latex)
    return latex


@functools.cache
def _ziamath():
    with warnings.catch_warnings():
        # ziamath 0.13 finds its font with importlib.resources.path, deprecated since Python 3.11.
        warnings.simplefilter("ignore", DeprecationWarning)
        import ziamath
    # One <path> per glyph: QtSvg draws SVG 2's <symbol> sized by <use> (ziamath's default) as
    # specks.
    ziamath.config.svg2 = False
    return ziamath


@functools.lru_cache(maxsize=256)
def _typeset(latex: str, size_px: float) -> str:
    """SVG of ``latex`` filled with ``currentColor``: the layout (tens of ms) is the cost, the
    colour is put in by :func:`svg`, so a theme change lays nothing out again."""
    zm = _ziamath()
    try:
        expr = zm.Latex(_normalise(latex), size=size_px, color="currentColor")
        unknown = re.search(_UNKNOWN, expr.mathmlstr())
        text = expr.svg()
    except Exception as e:  # latex2mathml and ziamath raise their own types, assertions, XML errors
        raise ValueError(f"cannot typeset {latex!r}: {str(e) or type(e).__name__}") from e
    if unknown:
        raise ValueError(f"cannot typeset {latex!r}: unknown command {unknown.group(1)}")
    return text


def svg(latex: str, colour: str, size_px: float) -> str:
    """The formula as a standalone SVG document in pixel units, its font ``size_px`` of them.

    Raises ValueError naming ``latex`` when latex2mathml or ziamath cannot typeset it or it uses
    a command they do not know, and naming ``colour`` when that is not a colour.
    """
    if not QColor.isValidColorName(colour):
        raise ValueError(f"{colour!r} is not a colour")
    return _typeset(latex, size_px).replace('"currentColor"', f'"{colour}"')


@functools.lru_cache(maxsize=64)
def render(latex: str, colour: str, size_px: float, device_pixel_ratio: float = 1.0) -> QImage:
    """The typeset formula as an image with ``devicePixelRatio`` ``device_pixel_ratio``, so that
    it is shown at its logical size and crisp on that screen. Cached: the same arguments give the
    same QImage (copy it before painting on it). Raises ValueError as :func:`svg` does."""
    renderer = QSvgRenderer(QByteArray(svg(latex, colour, size_px).encode()))
    box = renderer.viewBoxF()
    image = QImage(math.ceil(math.ceil(box.width()) * device_pixel_ratio),
                   math.ceil(math.ceil(box.height()) * device_pixel_ratio),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(device_pixel_ratio)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, box.width(), box.height()))
    painter.end()
    return image
