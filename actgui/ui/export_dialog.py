"""File ▸ Export…: one dialog for every tab. Format, file, size (16:9 presets), style, font
and panes for the curves; an animation of a parameter or the x-range; a teaching view's
figure or numbers. It remembers its last choices; one file is written atomically."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QSignalBlocker
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.session import Session
from ..formats import FONT_PT, FORMATS, MAX_SIDE, PANE_CHOICES, ExportOptions, format_for
from .editors import NumberBox
from .messages import show_message

DEFAULT_NAME = "actgui-figure"
PRESETS = ((1920, 1080), (3840, 2160), (1280, 720), (2400, 1800))  # 16:9 slides, 4K, HD, 4:3
KEY = "export/"  # QSettings keys of the remembered choices


def ask_path(parent, caption: str, start: str, filters: str, save: bool) -> str:
    """A path from Qt's file dialog ("" if cancelled): a file to save (confirming an overwrite)
    or an existing one to open. Qt 6.11 gave "Look in:" and "Files of type:" mnemonics that
    its own translations do not have yet; those labels take Qt's translations of the old texts."""
    dialog = QFileDialog(parent, caption, start, filters)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    for label, text in ((QFileDialog.DialogLabel.LookIn, "Look in:"),
                        (QFileDialog.DialogLabel.FileType, "Files of type:")):
        translated = QCoreApplication.translate("QFileDialog", text)
        if translated != text:
            dialog.setLabelText(label, translated)
    return dialog.selectedFiles()[0] if dialog.exec() and dialog.selectedFiles() else ""


def last_folder(settings: QSettings) -> str:
    """The folder files were last read or written in, else the home folder."""
    folder = str(settings.value("files/folder", ""))
    return folder if folder and Path(folder).is_dir() else str(Path.home())


def remember_folder(settings: QSettings, path: str) -> None:
    settings.setValue("files/folder", str(Path(path).parent))


class ExportDialog(QDialog):
    """Export ``source``: the session (the Curves tab) or a teaching view (``view``)."""

    def __init__(self, session: Session, settings: QSettings, parent=None, view=None,
                 panes: tuple[str, ...] | None = None):
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self.session, self.view, self.settings = session, view, settings
        self.written: str | None = None
        kinds = ("figure", "data") if view is not None else ("figure", "data", "animation")
        self.format = QComboBox(objectName="exportFormat")
        for suffix, fmt in FORMATS.items():
            if fmt.kind in kinds:
                self.format.addItem(QCoreApplication.translate("formats", fmt.label), suffix)
        name = view.name if view is not None else DEFAULT_NAME
        self.path = QLineEdit(str(Path(last_folder(settings)) / f"{name}.png"), objectName="exportPath")
        self.path.setAccessibleName(self.tr("file to write"))
        browse = QPushButton(self.tr("&Browse\u2026"), objectName="exportBrowse")
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        self.preset = QComboBox(objectName="exportPreset")
        self.preset.setAccessibleName(self.tr("size preset"))
        for w, h in PRESETS:
            self.preset.addItem(f"{w} \u00d7 {h}")
        self.preset.addItem(self.tr("Custom"))
        self.preset.activated.connect(self._on_preset)
        self.width_box = QSpinBox(objectName="exportWidth")
        self.height_box = QSpinBox(objectName="exportHeight")
        for box, text in ((self.width_box, self.tr("width")), (self.height_box, self.tr("height"))):
            box.setRange(16, MAX_SIDE)
            box.setSuffix(" px")
            box.setAccessibleName(text)
            box.valueChanged.connect(self._on_size)
        size_row = QHBoxLayout()
        for w in (self.preset, self.width_box, QLabel("\u00d7"), self.height_box):
            size_row.addWidget(w)
        self.theme = QComboBox(objectName="exportTheme")
        self.theme.addItem(self.tr("Light (for print and slides)"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        self.font_size = NumberBox(objectName="exportFontSize")
        self.font_size.setRange(*FONT_PT)
        self.font_size.setDecimals(1)
        self.font_size.setSuffix(" pt")
        self.font_size.setToolTip(self.tr("Lines get thicker with the font: 20-24 pt suits slides"))
        self.panes = QComboBox(objectName="exportPanes")
        for key, text in (("f", self.tr("f only")), ("f+df", self.tr("f and f\u2032")),
                          ("all", self.tr("f, f\u2032 and f\u2033"))):
            self.panes.addItem(text, key)
        self.points = QSpinBox(objectName="exportPoints")
        self.points.setRange(2, 1_000_000)
        self.transparent = QCheckBox(self.tr("&Transparent background"), objectName="exportTransparent")
        # An animation: what moves, from, to, frames and rate.
        self.sweep = QComboBox(objectName="exportSweep")
        self.sweep_from, self.sweep_to = NumberBox(objectName="exportSweepFrom"), NumberBox(
            objectName="exportSweepTo")
        for box in (self.sweep_from, self.sweep_to):
            box.setRange(-1e6, 1e6)
            box.setDecimals(4)
        self.frames, self.fps = QSpinBox(objectName="exportFrames"), QSpinBox(objectName="exportFps")
        self.frames.setRange(2, 600)
        self.fps.setRange(1, 60)
        self._fill_sweeps()
        self.sweep.currentIndexChanged.connect(self._on_sweep)

        self.form = QFormLayout()
        self._rows: dict[str, QWidget] = {}
        for key, text, field in (
                ("format", self.tr("&Format:"), self.format), ("file", self.tr("F&ile:"), file_row),
                ("size", self.tr("&Size:"), size_row), ("theme", self.tr("St&yle:"), self.theme),
                ("font_size", self.tr("F&ont size:"), self.font_size),
                ("panes", self.tr("&Panes:"), self.panes), ("points", self.tr("CSV &rows:"), self.points),
                ("sweep", self.tr("&Animate:"), self.sweep),
                ("sweep_from", self.tr("Fro&m:"), self.sweep_from),
                ("sweep_to", self.tr("&To:"), self.sweep_to),
                ("frames", self.tr("Fra&mes:"), self.frames),
                ("fps", self.tr("Frames per &second:"), self.fps)):
            label = QLabel(text)  # a label with a buddy: its & is a mnemonic, not a literal &
            label.setBuddy(field if isinstance(field, QWidget) else field.itemAt(0).widget())
            self.form.addRow(label, field)
            self._rows[key] = label
        self.form.addRow("", self.transparent)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self._restore(panes)
        self.format.currentIndexChanged.connect(self._on_format)
        self._on_format()

    # --- remembered choices ------------------------------------------------------------------------
    def _restore(self, panes):
        get = self.settings.value
        suffix = str(get(KEY + ("view_format" if self.view is not None else "format"), ".png"))
        self.format.setCurrentIndex(max(self.format.findData(suffix), 0))
        try:
            w, h = int(get(KEY + "width", 1920)), int(get(KEY + "height", 1080))
            font = float(get(KEY + "font_size", 10.0))
            points = int(get(KEY + "points", 1001))
        except (TypeError, ValueError):  # a damaged settings file: the defaults
            w, h, font, points = 1920, 1080, 10.0, 1001
        self.width_box.setValue(w)
        self.height_box.setValue(h)
        self.font_size.setValue(font)
        self.points.setValue(points)
        self.theme.setCurrentIndex(max(self.theme.findData(str(get(KEY + "theme", "light"))), 0))
        self.transparent.setChecked(str(get(KEY + "transparent", "false")) == "true")
        shown = tuple(panes or self.session.panes)
        key = next((k for k, v in PANE_CHOICES.items() if v == shown), "all")
        self.panes.setCurrentIndex(self.panes.findData(key))

    def _remember(self):
        s = self.settings
        s.setValue(KEY + ("view_format" if self.view is not None else "format"), self.format.currentData())
        for key, value in (("width", self.width_box.value()), ("height", self.height_box.value()),
                           ("font_size", self.font_size.value()), ("points", self.points.value()),
                           ("theme", self.theme.currentData()),
                           ("transparent", "true" if self.transparent.isChecked() else "false")):
            s.setValue(KEY + key, value)
        remember_folder(s, self.path.text())

    # --- controls -------------------------------------------------------------------------------------
    def _on_preset(self, index):
        if index < len(PRESETS):
            for box, value in zip((self.width_box, self.height_box), PRESETS[index], strict=True):
                with QSignalBlocker(box):
                    box.setValue(value)

    def _on_size(self, *_):
        size = (self.width_box.value(), self.height_box.value())
        with QSignalBlocker(self.preset):
            self.preset.setCurrentIndex(PRESETS.index(size) if size in PRESETS else len(PRESETS))

    def _fill_sweeps(self):
        """What an animation can move: each numeric parameter of each curve, and the x-range."""
        from ..core.animation import X_RANGE

        self.sweep.addItem(self.tr("the x-range (zoom)"), (X_RANGE, None))
        labels = self.session.labels(self.session.curves)
        for row, (curve, label) in enumerate(zip(self.session.curves, labels, strict=True)):
            for p in curve.activation.params:
                if p.kind in ("float", "int"):
                    self.sweep.addItem(f"{label}: {p.name}", (p.name, row))
        self.frames.setValue(60)
        self.fps.setValue(30)
        self._on_sweep()

    def _on_sweep(self, *_):
        data = self.sweep.currentData()
        if data is None:
            return
        name, row = data
        if row is None:
            lo, hi = self.session.x_range
            half = (hi - lo) / 2
            ends = (half, half / 4)
        else:
            p = self.session.curves[row].activation.param(name)
            ends = (p.minimum, p.maximum)
        self.sweep_from.setValue(ends[0])
        self.sweep_to.setValue(ends[1])

    def kind(self) -> str:
        return FORMATS[self.format.currentData()].kind

    def _on_format(self, *_):
        suffix = self.format.currentData()
        self.path.setText(str(Path(self.path.text()).with_suffix(suffix)))
        fmt = FORMATS[suffix]
        applies = set(fmt.options)
        if fmt.kind == "animation":
            applies |= {"size", "theme", "font_size", "panes", "sweep", "sweep_from", "sweep_to",
                        "frames", "fps"}
        if self.view is not None:
            applies -= {"panes", "font_size", "transparent"}
        always = {"format", "file"}
        for key, label in self._rows.items():
            shown = key in applies or key in always
            label.setVisible(shown)
            field = self.form.itemAt(self.form.getWidgetPosition(label)[0],
                                     QFormLayout.ItemRole.FieldRole)
            _set_visible(field, shown)
        self.transparent.setVisible("transparent" in applies)
        self.adjustSize()

    def _browse(self):
        from ..formats import file_filter

        path = ask_path(self, self.tr("Export to"), self.path.text(),
                        file_filter(QCoreApplication.translate), save=True)
        if path:
            self.path.setText(path)

    def options(self) -> ExportOptions:
        return ExportOptions(size=(self.width_box.value(), self.height_box.value()),
                             theme=self.theme.currentData(), font_size=self.font_size.value(),
                             transparent=self.transparent.isChecked(), points=self.points.value(),
                             panes=PANE_CHOICES[self.panes.currentData()])

    def write(self, path: str) -> None:
        """Write ``path`` with the dialog's choices (ValueError or OSError if it cannot)."""
        from .figure import export, export_view

        if self.view is not None:
            export_view(self.view, path, self.options())
        elif self.kind() == "animation":
            export_animation(self.session, path, self.options(), self.sweep.currentData(),
                             (self.sweep_from.value(), self.sweep_to.value()), self.frames.value(),
                             self.fps.value())
        else:
            format_for(path)
            export(self.session, path, self.options())

    def accept(self):
        path = self.path.text()
        try:
            self.write(path)
        except (ValueError, OSError) as e:
            show_message(self, QMessageBox.Icon.Warning, self.tr("Export"), str(e), "exportProblem")
            return
        self.written = path
        self._remember()
        super().accept()


def _set_visible(item, shown: bool) -> None:
    """Show or hide a form field: a widget, or every widget of a layout."""
    if item is None:
        return
    if item.widget() is not None:
        item.widget().setVisible(shown)
    elif item.layout() is not None:
        layout = item.layout()
        for i in range(layout.count()):
            _set_visible(layout.itemAt(i), shown)


def export_animation(session: Session, path: str, options: ExportOptions, what: tuple[str, int | None],
                     ends: tuple[float, float], frames: int, fps: int) -> None:
    """An animation of ``what`` (a parameter name and row, or the x-range) from ``ends[0]`` to
    ``ends[1]``, written like ``actgui animate``."""
    from ..animate_cli import animation_format
    from ..cli import UsageError
    from ..core.animation import Animation, Sweep
    from ..core.files import target, write_atomic

    try:
        fmt = animation_format(path)
    except UsageError as e:
        raise ValueError(str(e)) from None
    name, row = what
    sweep = Sweep.of(session, name, *ends, row=row or 0)
    panes = session.panes if options.panes is None else options.panes
    animation = Animation(session.replace(panes=panes), sweep, frames, fps)
    target(path)
    animation.check_size(options.size)
    write_atomic(path, fmt.write(animation, options))
