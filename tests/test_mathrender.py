"""Formulas typeset by ziamath: every catalog formula in both themes' text colours, rows that stack,
the device pixel ratio, the cache, the lazy import and clear errors."""

import re
import subprocess
import sys

import numpy as np
import pytest
from PySide6.QtGui import QImage

from actgui.core import ACTIVATIONS, get
from actgui.ui.mathrender import label_latex, render, svg

#: f and f' of every entry, with its default values and with its parameter symbols.
FORMULAS = sorted({act.latex(which, values) for act in ACTIVATIONS.values()
                   for which in ("f", "df") for values in (act.defaults(), None)})
DARK_TEXT, LIGHT_TEXT = "#202020", "#e6e6e6"  # the light and the dark theme's text colours


def rgba(image: QImage) -> np.ndarray:
    """(height, width, 4) array of ``image``'s pixels, not premultiplied."""
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, :4 * image.width()].reshape(image.height(), image.width(), 4).copy()


@pytest.mark.parametrize("latex", FORMULAS)
def test_every_catalog_formula_renders_in_the_requested_colour(qapp, latex):
    for colour in (DARK_TEXT, LIGHT_TEXT):
        px = rgba(render(latex, colour, 16, 2.0))
        rgb = np.array([int(colour[i:i + 2], 16) for i in (1, 3, 5)])
        opaque, covered = px[..., 3] == 255, px[..., 3] >= 128
        assert covered.sum() > 20 and opaque.any(), latex  # real glyphs, not specks
        # Edges included (to premultiplied rounding): no part is drawn in another colour.
        assert (np.abs(px[covered][:, :3].astype(int) - rgb) <= 2).all(), (latex, colour)
        assert px[0, 0, 3] == 0  # transparent around the formula


def test_case_rows_stack(qapp):
    one_line = render(get("relu").latex("f"), DARK_TEXT, 16).deviceIndependentSize()
    two_rows = render(get("relu").latex("df"), DARK_TEXT, 16).deviceIndependentSize()
    four_rows = render(get("sqnl").latex("f"), DARK_TEXT, 16).deviceIndependentSize()
    assert two_rows.height() > 1.6 * one_line.height()
    assert four_rows.height() > 1.8 * two_rows.height()


def test_labels_carry_a_visible_prime(qapp):
    assert [label_latex(k) for k in range(3)] == ["f(x)", r"f^{\prime}(x)", r"f^{\prime\prime}(x)"]
    widths = [render(label_latex(k), DARK_TEXT, 24).deviceIndependentSize().width() for k in range(3)]
    assert widths[1] - widths[0] >= 0.15 * 24 and widths[2] - widths[1] >= 0.15 * 24
    labelled = render(label_latex(1) + " = " + get("relu").latex("df"), DARK_TEXT, 16)
    assert labelled.width() > render(get("relu").latex("df"), DARK_TEXT, 16).width()


@pytest.mark.parametrize("catalog, tex", [
    ("x < -2", "x < {-}2"),  # a sign after a relation, not a binary minus
    (r"\frac{(x + 2)^2}{4 2}", r"\frac{(x + 2)^2}{4\cdot 2}"),  # a value beside a number: a product
    (r"\operatorname{ReLU6}(x + 3)", r"\mathrm{ReLU6}(x + 3)"),  # upright, digit and all
])
def test_catalog_spellings_typeset_as_tex_would(qapp, catalog, tex):
    assert render(catalog, DARK_TEXT, 16) == render(tex, DARK_TEXT, 16)


def test_numbers_side_by_side_stay_apart(qapp):
    assert render("4 2", DARK_TEXT, 16).width() > render("42", DARK_TEXT, 16).width() + 4


@pytest.mark.parametrize("ratio", [2.0, 1.5])
def test_device_pixel_ratio_keeps_the_logical_size(qapp, ratio):
    latex = get("gelu").latex("f")
    plain, sharp = render(latex, DARK_TEXT, 16), render(latex, DARK_TEXT, 16, ratio)
    assert sharp.devicePixelRatio() == ratio
    assert abs(sharp.width() - ratio * plain.width()) < 1
    assert abs(sharp.height() - ratio * plain.height()) < 1
    assert abs(sharp.deviceIndependentSize().width() - plain.width()) < 1
    # Drawn at the finer resolution, not scaled up: about ratio² as many covered pixels.
    covered = [(rgba(im)[..., 3] >= 128).sum() for im in (plain, sharp)]
    assert 0.8 * ratio**2 < covered[1] / covered[0] < 1.25 * ratio**2


def test_cache_returns_the_same_image(qapp):
    latex = get("sqnl").latex("f")
    first = render(latex, DARK_TEXT, 16, 2.0)
    assert render(latex, DARK_TEXT, 16, 2.0) is first
    assert render(latex, LIGHT_TEXT, 16, 2.0) is not first
    assert render(latex, DARK_TEXT, 17, 2.0) is not first


def test_svg_is_vector_in_the_colour():
    text = svg(get("sqnl").latex("f"), "#d55e00", 16)
    assert text.startswith("<svg") and "<path" in text
    assert set(re.findall(r'(?:fill|stroke)="([^"]*)"', text)) == {"#d55e00"}


def test_importing_does_not_import_ziamath():
    code = ("import sys, actgui.ui.mathrender as m\n"
            "loaded = lambda: sorted({k.split('.')[0] for k in sys.modules} & {'ziamath', 'latex2mathml'})\n"
            "print(loaded())\n"
            "m.svg('x', '#000000', 16)\n"
            "print('ziamath' in loaded(), 'latex2mathml' in loaded())\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.splitlines() == ["[]", "True True"]


@pytest.mark.parametrize("bad", [r"\frac{1}{", "x^", r"\left(x", r"\sech x", ""])
def test_bad_latex_raises_naming_it(bad):
    with pytest.raises(ValueError, match=re.escape(repr(bad))):
        svg(bad, DARK_TEXT, 16)


def test_bad_colour_raises_naming_it():
    with pytest.raises(ValueError, match="'#12345'"):
        svg("x", "#12345", 16)
