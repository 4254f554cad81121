"""Figures out: PNG, SVG, PDF and CSV from a session, with the same canvas the window draws.

The window's Export dialog and ``actgui export`` both end here; the formats themselves are
registered in ``actgui.formats``. Every file is written to a temporary file beside the target
and renamed into place, so a failure never leaves a partial file.
"""

from __future__ import annotations

import os
import re
from xml.dom import minidom

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication

from .. import __version__
from ..core.files import target, write_atomic
from ..core.session import Session
from ..formats import ExportOptions, format_for
from .canvas import THEME_COLOURS, Canvas
from .models import SessionModel

SCALE = 2  # figures are laid out at half their pixel size and drawn at 2x, like a HiDPI screen


def export(session: Session, path: str | os.PathLike, options: ExportOptions | None = None) -> str:
    """Write the session to ``path`` in the format its suffix names; return the suffix."""
    options = options or ExportOptions()
    fmt = format_for(path)
    target(path)
    if fmt.kind == "data":
        write_atomic(path, fmt.write(_styled_copy(session, options), options))
        return fmt.suffix
    canvas = render_canvas(session, options)
    try:
        write_atomic(path, fmt.write(canvas, options))
    finally:
        canvas.deleteLater()
    return fmt.suffix


def export_view(figure, path: str | os.PathLike, options: ExportOptions | None = None) -> str:
    """A teaching view's plots at ``options.size`` (laid out at half of it, like the curves;
    default: twice their size on screen) in ``options.theme``, or its numbers as CSV."""
    fmt = format_for(path)
    target(path)
    view = figure.view
    options = options or ExportOptions(size=(2 * view.width(), 2 * view.height()))
    if fmt.kind == "data":
        write_atomic(path, fmt.write(figure, options))
        return fmt.suffix
    shown = figure.colours
    old = (view.minimumSize(), view.maximumSize())
    view.setFixedSize(*logical_size(options))  # laid out at the figure's size for the moment
    figure.set_theme(options.theme)
    figure.refresh()
    QApplication.processEvents()
    try:
        write_atomic(path, fmt.write(figure, options))
    finally:
        view.setMinimumSize(old[0])
        view.setMaximumSize(old[1])
        figure.set_theme("dark" if shown == THEME_COLOURS["dark"] else "light")
    return fmt.suffix


def _styled_copy(session: Session, options: ExportOptions) -> Session:
    """The session as the export draws it: its panes and theme."""
    panes = session.panes if options.panes is None else options.panes
    return session.replace(panes=panes, theme=options.theme)


def render_canvas(session: Session, options: ExportOptions) -> Canvas:
    """An off-screen canvas laid out at the figure's logical size (its pixel size / SCALE),
    curves drawn at rest, sampled over the view alone and clipped to a fixed y-range."""
    s = _styled_copy(session, options)
    canvas = Canvas(SessionModel(s), theme=options.theme, font_pt=options.font_size, for_export=True)
    canvas.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    if options.transparent:
        canvas.view.setBackground(None)
    canvas.resize(*logical_size(options))
    canvas.show()
    QApplication.processEvents()
    canvas.apply_view()  # sample at the final size
    QApplication.processEvents()  # and lay the axes out for the labels of the final ranges
    return canvas


def logical_size(options: ExportOptions) -> tuple[int, int]:
    w, h = options.size
    return max(w // SCALE, 50), max(h // SCALE, 50)


def _render(canvas: Canvas, painter: QPainter, rect: QRectF) -> None:
    """Draw the figure into ``rect`` of an active painter, and end it: OSError unless both
    worked (a device that could not be allocated or written leaves the painter inactive)."""
    if not painter.isActive():
        raise OSError("could not start drawing the figure (out of memory?)")
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    canvas.view.scene().render(painter, rect, canvas.view.sceneRect())
    if not painter.end():
        raise OSError("could not finish drawing the figure")


def render_image(canvas: Canvas, options: ExportOptions) -> QImage:
    w, h = options.size
    image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():
        raise OSError(f"could not allocate a {w}x{h} image ({4 * w * h / 1e6:.0f} MB): out of memory")
    image.fill(Qt.GlobalColor.transparent if options.transparent else QColor(canvas.colours[0]))
    canvas.set_pen_scale(w / logical_size(options)[0])  # cosmetic pens: scale them with the image
    try:
        _render(canvas, QPainter(image), QRectF(0, 0, w, h))
    finally:
        canvas.set_pen_scale(1.0)
    return image


def _device_bytes(make_device, canvas: Canvas, options: ExportOptions) -> bytes:
    """Render into a paint device made by ``make_device(buffer)``, at 96 dpi like the screen
    the layout was measured for (other resolutions change font metrics, not geometry)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    device = make_device(buffer)
    painter = QPainter(device)
    rect = QRectF(0, 0, *logical_size(options))
    if painter.isActive() and not options.transparent:
        painter.fillRect(rect, QColor(canvas.colours[0]))
    _render(canvas, painter, rect)
    buffer.close()
    return bytes(data)


def png_bytes(canvas: Canvas, options: ExportOptions) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not render_image(canvas, options).save(buffer, "PNG"):
        raise OSError("could not encode the PNG (out of memory?)")
    return bytes(data)


def pdf_bytes(canvas: Canvas, options: ExportOptions) -> bytes:
    """A one-page vector PDF (QPdfWriter): the page is the figure's logical size at 96 dpi."""
    lw, lh = logical_size(options)

    def writer(buffer):
        pdf = QPdfWriter(buffer)
        pdf.setResolution(96)
        pdf.setCreator(f"actgui {__version__}")
        pdf.setPageLayout(QPageLayout(QPageSize(QSizeF(lw * 0.75, lh * 0.75), QPageSize.Unit.Point),
                                      QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
        return pdf

    return _device_bytes(writer, canvas, options)


def svg_bytes(canvas: Canvas, options: ExportOptions) -> bytes:
    """SVG from Qt's generator: true vector, text as text, shown at the figure's pixel size.

    (pyqtgraph 0.14.0's SVGExporter raises on Qt's closed paths and misplaces ViewBox contents;
    the canvas's export mode clips the data itself, since Qt's SVG output does not clip.)"""
    lw, lh = logical_size(options)

    def generator(buffer):
        svg = QSvgGenerator()
        svg.setOutputDevice(buffer)
        svg.setResolution(96)
        svg.setSize(QSize(*options.size))
        svg.setViewBox(QRectF(0, 0, lw, lh))
        svg.setTitle("actgui figure")
        svg.setDescription(f"actgui {__version__}")
        return svg

    return flatten_transforms(_device_bytes(generator, canvas, options))


_MATRIX = re.compile(r"matrix\(([^)]*)\)")
_PAIR = re.compile(r"([A-Za-z]?)(-?[\d.eE+-]+),(-?[\d.eE+-]+)")


def flatten_transforms(svg: bytes) -> bytes:
    """Apply each group's matrix to its paths and polylines drawn with non-scaling strokes.

    Qt writes curves in data coordinates under the view's (anisotropic) matrix and marks their
    strokes ``vector-effect="non-scaling-stroke"``; browsers honour that, librsvg does not and
    draws the stroke scaled by the matrix. With the coordinates transformed and the matrix
    gone, every renderer draws the same stroke."""
    doc = minidom.parseString(svg)
    for group in doc.getElementsByTagName("g"):
        match = _MATRIX.fullmatch(group.getAttribute("transform"))
        shapes = [n for n in group.childNodes if getattr(n, "tagName", "") in ("path", "polyline")
                  and n.getAttribute("vector-effect") == "non-scaling-stroke"]
        if not match or not shapes or len(shapes) != len(
                [n for n in group.childNodes if n.nodeType == n.ELEMENT_NODE]):
            continue
        a, b, c, d, e, f = (float(v) for v in match.group(1).split(","))

        def apply(m, a=a, b=b, c=c, d=d, e=e, f=f):
            x, y = float(m.group(2)), float(m.group(3))
            return f"{m.group(1)}{a * x + c * y + e:.6g},{b * x + d * y + f:.6g}"

        for shape in shapes:
            attr = "d" if shape.tagName == "path" else "points"
            shape.setAttribute(attr, _PAIR.sub(apply, shape.getAttribute(attr)))
            shape.removeAttribute("vector-effect")
        group.removeAttribute("transform")
    return doc.toxml(encoding="utf-8")


def copy_image(session: Session, options: ExportOptions) -> QImage:
    """Render and put the figure on the clipboard; return the image."""
    canvas = render_canvas(session, options)
    try:
        image = render_image(canvas, options)
    finally:
        canvas.deleteLater()
    QApplication.clipboard().setImage(image)
    return image
