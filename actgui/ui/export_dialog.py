"""File ▸ Export…: format, size, style and panes, then one file written atomically."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from ..core.session import Session
from ..formats import FORMATS, PANE_CHOICES, ExportOptions, file_filter, format_for
from .figure import export
from .messages import show_message

DEFAULT_NAME = "actgui-figure"


class ExportDialog(QDialog):
    def __init__(self, session: Session, screen_size: tuple[int, int], parent=None):
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self.session = session
        self.written: str | None = None
        form = QFormLayout()
        self.format = QComboBox(objectName="exportFormat")
        for suffix, fmt in FORMATS.items():
            if fmt.kind in ("figure", "data"):
                self.format.addItem(QCoreApplication.translate("formats", fmt.label), suffix)
        self.format.currentIndexChanged.connect(self._on_format)
        self.path = QLineEdit(str(Path.home() / f"{DEFAULT_NAME}.png"), objectName="exportPath")
        browse = QPushButton(self.tr("&Browse\u2026"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.width_box = QSpinBox(objectName="exportWidth")
        self.height_box = QSpinBox(objectName="exportHeight")
        for box, value in ((self.width_box, screen_size[0]), (self.height_box, screen_size[1])):
            box.setRange(16, 20000)
            box.setSuffix(" px")
            box.setValue(2 * value)  # twice the on-screen size by default
        size = QHBoxLayout()
        size.addWidget(self.width_box)
        size.addWidget(self.height_box)
        self.transparent = QCheckBox(self.tr("Transparent background"), objectName="exportTransparent")
        self.theme = QComboBox(objectName="exportTheme")
        self.theme.addItem(self.tr("Light (for print and slides)"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        self.font_size = QDoubleSpinBox(objectName="exportFontSize")
        self.font_size.setRange(5, 40)
        self.font_size.setValue(10)
        self.font_size.setSuffix(" pt")
        self.panes = QComboBox(objectName="exportPanes")
        for key, text in (("f", self.tr("f only")), ("f+df", self.tr("f and f\u2032")),
                          ("all", self.tr("f, f\u2032 and f\u2033"))):
            self.panes.addItem(text, key)
        self.panes.setCurrentIndex(2 if "d2f" in session.panes else 1 if "df" in session.panes else 0)
        self.points = QSpinBox(objectName="exportPoints")
        self.points.setRange(2, 10_000_000)
        self.points.setValue(1001)
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow(self.tr("&File:"), row)
        form.addRow(self.tr("&Size:"), size)
        form.addRow(self.tr("&Style:"), self.theme)
        form.addRow(self.tr("F&ont size:"), self.font_size)
        form.addRow(self.tr("&Panes:"), self.panes)
        form.addRow(self.tr("CSV &rows:"), self.points)
        form.addRow("", self.transparent)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._on_format()

    def options(self) -> ExportOptions:
        return ExportOptions(size=(self.width_box.value(), self.height_box.value()),
                             theme=self.theme.currentData(), font_size=self.font_size.value(),
                             transparent=self.transparent.isChecked(), points=self.points.value(),
                             panes=PANE_CHOICES[self.panes.currentData()])

    def _on_format(self):
        suffix = self.format.currentData()
        path = Path(self.path.text())
        self.path.setText(str(path.with_suffix(suffix)))
        applies = FORMATS[suffix].options
        for option, widgets in (("size", (self.width_box, self.height_box)), ("theme", (self.theme,)),
                                ("font_size", (self.font_size,)), ("panes", (self.panes,)),
                                ("transparent", (self.transparent,)), ("points", (self.points,))):
            for w in widgets:
                w.setEnabled(option in applies)

    def _browse(self):
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path.text(),
                                              file_filter(QCoreApplication.translate))
        if path:
            self.path.setText(path)

    def accept(self):
        path = self.path.text()
        try:
            format_for(path)
            export(self.session, path, self.options())
        except (ValueError, OSError) as e:
            show_message(self, QMessageBox.Icon.Warning, self.tr("Export"), str(e), "exportProblem")
            return
        self.written = path
        super().accept()
