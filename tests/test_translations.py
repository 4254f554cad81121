"""actgui in Japanese and French: every text translated, placeholders intact, the compiled
translations current, numbers read and written the same way in every language."""

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDoubleSpinBox, QWidget

from actgui.core.session import Session, load
from actgui.ui import i18n
from actgui.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent
LANGUAGES = ("ja", "fr")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n")


def sources() -> list[str]:
    return sorted(str(p) for p in (ROOT / "actgui").rglob("*.py"))


def messages(ts: Path):
    """(context, source, translation element) of every current message of a .ts file."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") not in ("vanished", "obsolete"):
                yield name, message.findtext("source"), translation


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_of_the_code_is_translated(tmp_path, language):
    """The code's texts, extracted now, against the committed translations: nothing new is
    left untranslated and every placeholder survives."""
    ts = tmp_path / f"actgui_{language}.ts"
    shutil.copy(TRANSLATIONS / ts.name, ts)
    run = subprocess.run([BIN / "pyside6-lupdate", "-locations", "none", "-target-language", language,
                          *sources(), "-ts", str(ts)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    problems = []
    for context, source, translation in messages(ts):
        text = translation.text or ""
        if translation.get("type") == "unfinished" or not text.strip():
            problems.append(f"untranslated [{context}] {source!r}")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"placeholders differ [{context}] {source!r} -> {text!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_translations_are_current(tmp_path, language):
    qm = tmp_path / f"actgui_{language}.qm"
    run = subprocess.run([BIN / "pyside6-lrelease", "-silent", str(TRANSLATIONS / f"actgui_{language}.ts"),
                          "-qm", str(qm)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert qm.read_bytes() == (TRANSLATIONS / qm.name).read_bytes(), "run: make translations"


def test_tr_is_only_given_literal_texts():
    """The extraction tool sees only literal texts: tr() of a variable or an f-string would
    never be translated."""
    found = []
    for path in sources():
        for node in ast.walk(ast.parse(Path(path).read_text())):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "tr"):
                if not (node.args and isinstance(node.args[0], ast.Constant)
                        and isinstance(node.args[0].value, str)):
                    found.append(f"{path}:{node.lineno}")
    assert not found, found


# --- the window in Japanese and French -------------------------------------------------------------

@pytest.fixture
def speak(qapp):
    """Install a language for one test, English again afterwards."""
    def install(language):
        i18n.install(language)
    yield install
    i18n.install("en")


def open_window(qtbot, tmp_path, session=None):
    w = MainWindow(session=session or Session.default(),
                   settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.mark.parametrize(("language", "query", "expected"), [
    ("ja", "シグモイド", "sigmoid"), ("fr", "sigmoïde", "sigmoid"), ("fr", "sigmoide", "sigmoid"),
    ("ja", "ｼｸﾞﾓｲﾄﾞ", "sigmoid"), ("ja", "leaky_relu", "leaky_relu"), ("fr", "h-swish", "hardswish"),
    ("fr", "シグモイド", "sigmoid"), ("ja", "sigmoïde", "sigmoid"), ("en", "tangente hyperbolique", "tanh"),
])
def test_search_finds_functions_by_their_names_in_each_language(qtbot, tmp_path, speak, language,
                                                                query, expected):
    speak(language)
    w = open_window(qtbot, tmp_path)
    w.search.setText(query)
    proxy = w.catalog_filter
    ids = [proxy.index(r, 0, proxy.index(f, 0)).data(Qt.ItemDataRole.UserRole + 2)
           for f in range(proxy.rowCount()) for r in range(proxy.rowCount(proxy.index(f, 0)))]
    assert expected in ids


def test_numbers_are_read_with_either_separator_under_french(qtbot, tmp_path, speak):
    speak("fr")
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    w = open_window(qtbot, tmp_path, Session.of("leaky_relu"))
    w.curve_list.setCurrentIndex(w.model.index(0))
    slope = w.params.findChild(QDoubleSpinBox, "param_negative_slope")
    for typed, want in (("0.1", 0.1), ("0,2", 0.2), ("0.05", 0.05)):
        slope.setFocus()
        slope.selectAll()
        QTest.keyClicks(slope, typed)
        assert w.model.curve(0).params["negative_slope"] == want, typed
        assert "," not in slope.text()  # one convention on screen: "."
    for typed, want in (("-2.5", -2.5), ("-2,5", -2.5), ("\u22123", -3.0)):
        w.x_min.setFocus()
        w.x_min.selectAll()
        for char in typed:  # QTest.keyClicks takes ASCII only
            QTest.sendKeyEvent(QTest.KeyAction.Click, w.x_min, Qt.Key.Key_unknown, char,
                               Qt.KeyboardModifier.NoModifier)
        QTest.keyClick(w.x_min, Qt.Key.Key_Return)
        assert w.model.session.x_range[0] == want, typed


def test_files_use_a_decimal_point_whatever_the_language(qtbot, tmp_path, speak):
    import locale

    speak("fr")
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        locale.setlocale(locale.LC_NUMERIC, "fr_FR.UTF-8")
    except locale.Error:
        pass  # the system lacks the French locale: Qt's is what the window uses anyway
    try:
        w = open_window(qtbot, tmp_path, Session.of(("leaky_relu", {"negative_slope": 0.1}),
                                                      x_range=(-2.5, 2.5)))
        from actgui.formats import ExportOptions
        from actgui.ui.figure import export

        export(w.model.session, tmp_path / "f.csv", ExportOptions(points=5))
        text = (tmp_path / "f.csv").read_text()
        assert "-2.5," in text and "0.1" in text and "-0,25" not in text
        w.model.session.save(tmp_path / "s.json")
        assert load(tmp_path / "s.json") == w.model.session
        assert '"negative_slope": 0.1' in (tmp_path / "s.json").read_text()
    finally:
        locale.setlocale(locale.LC_NUMERIC, "C")


def test_qt_standard_buttons_are_translated(qtbot, tmp_path, speak):
    from PySide6.QtWidgets import QDialogButtonBox

    speak("fr")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Annuler"


#: Texts that are the same in every language: ids and labels of curves, formulas, units, numbers
#: and names (of actgui, libraries, file formats, sizes).
ALLOWED = re.compile(
    r"^$|^[\W\d_]+$|^actgui$|^(x|y|f|f′|f″|f\(x\)|f′\(x\)|f″\(x\)|px|pt|s)$|^[a-z][a-z0-9_]*(\(.*\))?$"
    r"|^(PNG|SVG|PDF|CSV|GIF|APNG|MP4|PyTorch|Keras|Keras 3|JAX|NumPy|Qt|PySide6|pyqtgraph|Python)\b"
    r"|^\d+ × \d+$|^[A-Z][A-Za-z0-9]*: |[=×÷√∑]|\\|^σ|^Δ|^\|Δ"
    r"|^(English|Français|日本語)$|^[a-z][a-z0-9_]*:$")  # languages by their own names; parameter ids
WORD = re.compile(r"[A-Za-z]{3,}")


def english_left(widget_texts, language):
    """The texts that still read as English words: a run of letters that the English source
    would use, in a text not allowed as it is."""
    left = []
    for where, text in widget_texts:
        text = text.replace("&", "").strip()
        if not text or ALLOWED.search(text):
            continue
        words = WORD.findall(text)
        if language == "ja" and words and not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", text):
            left.append(f"{where}: {text!r}")
        elif language == "fr" and any(w.lower() in ENGLISH_ONLY for w in words):
            left.append(f"{where}: {text!r}")
    return left


#: Common English words that French never uses as they are (a French text with them is untranslated).
ENGLISH_ONLY = {"the", "and", "with", "from", "show", "shows", "curve", "curves", "function",
                "functions", "export", "search", "select", "reset", "remove", "copy", "colour",
                "parameter", "parameters", "range", "file", "view", "help", "edit", "undo", "redo",
                "language", "theme", "dark", "light", "grid", "lessons", "lesson", "play", "sweep",
                "settings", "size", "width", "height", "style", "open", "save", "quit", "about",
                "new", "difference", "relative", "reference", "every", "other", "only", "once",
                "looping", "steps", "draw", "family", "expand", "line", "solid", "dashed", "dotted",
                "readout", "properties", "formula", "none", "yes", "smoothness", "monotonic"}


def visible_texts(window):
    """(where, text) of every visible widget's text, tooltip, header, menu entry and tab."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QDockWidget,
        QGroupBox,
        QLabel,
        QLineEdit,
        QTableWidget,
        QTabWidget,
    )

    out = []
    for menu_action in window.menuBar().actions():
        out.append(("menu", menu_action.text()))
        for action in menu_action.menu().actions():
            out.append((f"menu {menu_action.text()}", action.text()))
            if action.menu():
                out += [(f"menu {action.text()}", a.text()) for a in action.menu().actions()]
    for w in window.findChildren(QWidget):
        if not w.isVisible():
            continue
        name = f"{type(w).__name__} {w.objectName()}"
        if w.toolTip() and "<" not in w.toolTip():
            out.append((f"{name} tooltip", w.toolTip()))
        if isinstance(w, QLabel) and w.textFormat() != Qt.TextFormat.RichText and "<" not in w.text():
            out.append((name, w.text()))
        elif isinstance(w, QAbstractButton | QGroupBox):
            out.append((name, w.text() if not isinstance(w, QGroupBox) else w.title()))
        elif isinstance(w, QLineEdit):
            out.append((f"{name} placeholder", w.placeholderText()))
        elif isinstance(w, QComboBox):
            out += [(name, w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QTableWidget):
            out += [(f"{name} header", w.horizontalHeaderItem(c).text()) for c in range(w.columnCount())]
        elif isinstance(w, QTabWidget):
            out += [(f"{name} tab", w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QDockWidget):
            out.append((name, w.windowTitle()))
    return out


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_window_its_tabs_and_dialogs_speak_the_language(qtbot, tmp_path, speak, language):
    speak(language)
    w = open_window(qtbot, tmp_path, Session.of("leaky_relu", "gelu"))
    w.curve_list.setCurrentIndex(w.model.index(0))
    w.params.sweep.setChecked(True)
    texts = visible_texts(w)
    for index in range(1, w.tabs.count()):
        w.tabs.setCurrentIndex(index)
        qtbot.wait(50)
        texts += visible_texts(w)
    w.tabs.setCurrentIndex(0)
    dialog = w.open_export()
    texts += [(f"export {where}", t) for where, t in visible_texts_of(dialog)]
    dialog.close()
    left = english_left(texts, language)
    assert not left, "\n".join(left)


def visible_texts_of(dialog):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel

    out = []
    for w in dialog.findChildren(QWidget):
        if w.isVisible():
            if isinstance(w, QLabel | QAbstractButton):
                out.append((w.objectName(), w.text()))
            elif isinstance(w, QComboBox):
                out += [(w.objectName(), w.itemText(i)) for i in range(w.count())]
    return out


@pytest.mark.parametrize(("language", "look_in", "file_type"), [
    ("fr", "Voir dans\xa0:", "Fichiers de type\xa0:"), ("ja", "アドレス:", "ファイルの種類:"),
])
def test_the_file_dialog_is_translated_to_its_last_label(qtbot, tmp_path, speak, language, look_in,
                                                        file_type):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QFileDialog, QLabel

    from actgui.ui.export_dialog import ask_path

    speak(language)
    w = open_window(qtbot, tmp_path)
    seen = {}

    def look():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        seen.update({label.objectName(): label.text() for label in dialog.findChildren(QLabel)})
        dialog.reject()

    QTimer.singleShot(200, look)
    assert ask_path(w, "t", str(tmp_path), "JSON (*.json)", save=False) == ""
    assert seen["lookInLabel"] == look_in and seen["fileTypeLabel"] == file_type
    assert "Look in" not in " ".join(seen.values()) and "Files of" not in " ".join(seen.values())
