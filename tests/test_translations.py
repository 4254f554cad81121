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
from PySide6.QtWidgets import QDoubleSpinBox

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
