"""CSV: the numbers. For the curves, x on a uniform grid and f, f', f'' of each visible curve;
for a teaching view, its table."""

from .. import __version__
from ..core.export import csv_text, rows_csv
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.session import Session
from . import Format


def write(source, options) -> bytes:
    """``source``: a Session, or a teaching view (``table()`` and ``title``)."""
    if isinstance(source, Session):
        return csv_text(source, options.points, __version__).encode()
    header, rows = source.table()
    return rows_csv(header, rows, f"actgui {__version__} {source.title}").encode()


FORMAT = Format(".csv", QT_TRANSLATE_NOOP("formats", "CSV table"), "data", ("points",), write)
