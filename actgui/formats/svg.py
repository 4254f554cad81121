"""SVG: true vector, one path per curve, text as text."""

from ..core.i18n import QT_TRANSLATE_NOOP
from . import Format


def write(figure, options) -> bytes:
    from ..ui.figure import svg_bytes

    return svg_bytes(figure, options)


FORMAT = Format(".svg", QT_TRANSLATE_NOOP("formats", "SVG vector drawing"), "figure",
                ("size", "theme", "font_size", "panes"), write)
