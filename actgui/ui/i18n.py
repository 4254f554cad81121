"""The window's language: English, Japanese or French, by default the system's.

Qt's own translations (qtbase_<lang>.qm, shipped with PySide6: standard dialogs and buttons) are
installed first, then actgui's (resources/translations/actgui_<lang>.qm), which Qt therefore
searches first. The choice is remembered in the settings and takes effect at the next start
(the window offers to restart). Japanese text is drawn with a Japanese font where one is
installed (Noto Sans CJK JP and its siblings, or the platform's Japanese UI font), given as a
fallback after the desktop's own font so that Latin text keeps it, and never with a Chinese
variant of the glyphs.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QGuiApplication

from ..paths import resource_dir

#: The languages actgui speaks, each named in itself.
LANGUAGES = {"en": "English", "ja": "日本語", "fr": "Français"}
SETTING = "window/language"  # "system" or a key of LANGUAGES
#: Japanese fonts, in order of preference, after the desktop's own font.
JAPANESE_FONTS = ("Noto Sans CJK JP", "Noto Sans JP", "Source Han Sans JP", "IPAexGothic",
                  "IPAGothic", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic UI",
                  "Meiryo UI", "Meiryo", "MS UI Gothic")

_installed: list[QTranslator] = []
current = "en"  # the language installed


def system_language() -> str:
    """The system locale's language if actgui speaks it, else English."""
    language = QLocale.system().name().split("_")[0]
    return language if language in LANGUAGES else "en"


def chosen_language(settings: QSettings | None = None) -> str:
    choice = str((settings or QSettings()).value(SETTING, "system"))
    return choice if choice in LANGUAGES else system_language()


def install(language: str) -> str:
    """Translate the application into ``language`` (a key of LANGUAGES); return it."""
    global current
    current = language
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in ((f"qtbase_{language}", qt_dir),
                             (f"actgui_{language}", str(resource_dir() / "translations"))):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                _installed.append(translator)
    QLocale.setDefault(QLocale(language))
    set_fonts()
    return language


@cache
def _catalogue(language: str) -> QTranslator | None:
    translator = QTranslator()
    return translator if translator.load(f"actgui_{language}", str(resource_dir() / "translations")) else None


def every_language(context: str, text: str) -> list[str]:
    """``text`` in each of actgui's languages, English first (what search matches, whatever the
    window's language: a French textbook's name finds the function in a Japanese window)."""
    out = [text]
    for language in LANGUAGES:
        translator = _catalogue(language) if language != "en" else None
        if translator is not None:
            out.append(translator.translate(context, text) or text)
    return out


def set_fonts() -> None:
    """The application font: the desktop's, then a Japanese one for the glyphs it lacks."""
    font = QGuiApplication.font()
    family = font.family()
    font.setFamilies([family, *(f for f in JAPANESE_FONTS if f != family)])
    QGuiApplication.setFont(font)


def language_names() -> dict[str, str]:
    """The menu's choices: following the system, then each language in its own name."""
    return {"system": QCoreApplication.translate("Language", "Follow the system"), **LANGUAGES}

