"""PDF: one vector page the figure's size at 96 dpi, its fonts embedded."""

from ..core.i18n import QT_TRANSLATE_NOOP
from . import Format


def write(figure, options) -> bytes:
    from ..ui.figure import pdf_bytes

    return pdf_bytes(figure, options)


FORMAT = Format(".pdf", QT_TRANSLATE_NOOP("formats", "PDF document"), "figure",
                ("size", "theme", "font_size", "panes"), write)
