"""Marking the core's texts for translation without importing Qt.

``QT_TRANSLATE_NOOP(context, text)`` returns ``text`` unchanged; Qt's extraction tool
(pyside6-lupdate) recognises the call by its name and records the text under ``context``, and the
window shows ``QCoreApplication.translate(context, text)``. The command line prints the English
texts as they are.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
