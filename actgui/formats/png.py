"""PNG: the figure rendered at its pixel size (laid out at half of it, drawn at 2x)."""

from ..core.i18n import QT_TRANSLATE_NOOP
from . import Format


def write(figure, options) -> bytes:
    from ..ui.figure import png_bytes

    return png_bytes(figure, options)


FORMAT = Format(".png", QT_TRANSLATE_NOOP("formats", "PNG image"), "figure",
                ("size", "theme", "font_size", "transparent", "panes"), write)
