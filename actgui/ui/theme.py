"""Light and dark palettes; "system" follows the desktop's colour scheme."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QPen
from PySide6.QtWidgets import QAbstractItemView, QApplication, QProxyStyle, QStyle, QStyleOptionFrame

_ROLES = QPalette.ColorRole
DARK = {
    _ROLES.Window: "#2b2b2e", _ROLES.WindowText: "#e6e6e6", _ROLES.Base: "#1f1f22",
    _ROLES.AlternateBase: "#2f2f33", _ROLES.ToolTipBase: "#2f2f33", _ROLES.ToolTipText: "#e6e6e6",
    _ROLES.Text: "#e6e6e6", _ROLES.Button: "#36363a", _ROLES.ButtonText: "#e6e6e6",
    _ROLES.BrightText: "#ff6b6b", _ROLES.Highlight: "#3d7bd9", _ROLES.HighlightedText: "#ffffff",
    _ROLES.Link: "#6ea8ff", _ROLES.PlaceholderText: "#8a8a8f",
}


INDICATOR_EDGE = "#a8a8ae"  # check boxes' edge on dark backgrounds (Fusion's is near black there)
_INDICATORS = (QStyle.PrimitiveElement.PE_IndicatorCheckBox,
               QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck)


class Style(QProxyStyle):
    """Fusion, with check boxes (in lists and trees too) edged so that they show on a dark
    background; focus frames use the highlight colour, which shows on both; a flat group box
    (a folded one) draws no frame, which Fusion would."""

    def drawPrimitive(self, element, option, painter, widget=None):
        if element == QStyle.PrimitiveElement.PE_FrameGroupBox and (
                option.features & QStyleOptionFrame.FrameFeature.Flat):
            return
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect and isinstance(widget, QAbstractItemView):
            # the current row of a list or tree: a solid frame that shows on its selection too
            selected = bool(option.state & QStyle.StateFlag.State_Selected)
            colour = (option.palette.highlightedText() if selected else option.palette.highlight()).color()
            painter.save()
            painter.setPen(QPen(colour, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(option.rect).adjusted(1, 1, -1, -1))
            painter.restore()
            return
        super().drawPrimitive(element, option, painter, widget)
        if element in _INDICATORS and option.palette.base().color().lightness() < 100:
            painter.save()
            painter.setRenderHint(painter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor(INDICATOR_EDGE), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)
            painter.restore()


def system_theme() -> str:
    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def apply_theme(theme: str) -> str:
    """Apply ``theme`` ("system", "light" or "dark") to the application; return light or dark."""
    resolved = system_theme() if theme == "system" else theme
    app = QApplication.instance()
    if not isinstance(app.style(), Style):  # setting it again would re-polish every widget
        app.setStyle(Style("Fusion"))
    palette = app.style().standardPalette()
    if resolved == "dark":
        for role, colour in DARK.items():
            palette.setColor(role, QColor(colour))
        palette.setColor(QPalette.ColorGroup.Disabled, _ROLES.Text, QColor("#77777c"))
        palette.setColor(QPalette.ColorGroup.Disabled, _ROLES.ButtonText, QColor("#77777c"))
        palette.setColor(QPalette.ColorGroup.Disabled, _ROLES.WindowText, QColor("#77777c"))
    app.setPalette(palette)
    for cls in ("QAbstractItemView", "QAbstractSpinBox", "QLineEdit"):  # styles may give these their own
        app.setPalette(palette, cls)
    return resolved
