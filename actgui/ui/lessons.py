"""The lessons panel: one guided lesson's title and text, a list of all of them, Previous and
Next, and "Restore this lesson".

The panel never touches the window: moving to a lesson (the list, Previous, Next) and "Restore
this lesson" call ``apply(lesson)``, with which the window puts the lesson's session in place
(through its Document, so it can be undone) and shows ``lesson.tab``. The lessons' texts come in
``language``; the panel's own words are translated like the rest of the window.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.lessons import Lesson


class _LessonText(QTextBrowser):
    """The lesson's text: it asks for three lines and takes what room the dock has, scrolling the
    rest, so that a short dock keeps the buttons below it in view (its usual ask, 192 px, made
    the dock scroll them away)."""

    def sizeHint(self):
        return QSize(super().sizeHint().width(), self.minimumHeight())


class LessonPanel(QWidget):
    def __init__(self, lessons: Sequence[Lesson], apply: Callable[[Lesson], None], language: str = "en",
                 parent: QWidget | None = None):
        super().__init__(parent)
        if not lessons:
            raise ValueError("LessonPanel needs at least one lesson")
        self.setObjectName("lessonPanel")
        self.lessons = tuple(lessons)
        self.language = language
        self._apply = apply
        self._index = 0

        self.choice = QComboBox(objectName="lessonChoice")
        self.choice.setAccessibleName(self.tr("Lesson"))
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.choice.setMinimumContentsLength(12)  # long titles do not widen the dock
        for number, lesson in enumerate(self.lessons, 1):
            title = lesson.title_in(language)  # the list names the topic, the heading says the rest
            topic = re.split(r"\s?[:：]", title, maxsplit=1)[0]
            self.choice.addItem(f"{number}. {topic}")
            self.choice.setItemData(number - 1, title, Qt.ItemDataRole.ToolTipRole)
        self.choice.activated.connect(self.go_to)
        self.title = QLabel(objectName="lessonTitle", wordWrap=True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.text = _LessonText(objectName="lessonText")
        self.text.setAccessibleName(self.tr("Lesson text"))
        self.text.setOpenLinks(False)
        self.text.setMinimumHeight(3 * self.text.fontMetrics().lineSpacing())
        self.position = QLabel(objectName="lessonPosition")
        self.position.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # "3/10"
        self.previous = QPushButton(self.tr("&Previous"), objectName="lessonPrevious")
        self.previous.setAccessibleName(self.tr("Previous lesson"))
        self.previous.clicked.connect(lambda: self.go_to(self._index - 1))
        self.next = QPushButton(self.tr("&Next"), objectName="lessonNext")
        self.next.setAccessibleName(self.tr("Next lesson"))
        self.next.clicked.connect(lambda: self.go_to(self._index + 1))
        self.restore = QPushButton(self.tr("&Restore this lesson"), objectName="lessonRestore")
        self.restore.setAccessibleName(self.tr("Restore this lesson"))
        self.restore.setToolTip(self.tr("Show this lesson's curves and settings again"))
        self.restore.clicked.connect(lambda: self._apply(self.lesson))

        buttons = QHBoxLayout()
        buttons.addWidget(self.previous)
        self.position.setAlignment(Qt.AlignmentFlag.AlignCenter)
        buttons.addWidget(self.position, 1)
        buttons.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.addWidget(self.choice)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.restore)
        self.show_lesson(0)

    @property
    def index(self) -> int:
        return self._index

    @property
    def lesson(self) -> Lesson:
        return self.lessons[self._index]

    def show_lesson(self, index: int) -> None:
        """Show lesson ``index`` (0-based) without applying it."""
        self._index = max(0, min(index, len(self.lessons) - 1))
        lesson = self.lesson
        self.choice.setCurrentIndex(self._index)
        self.title.setText(lesson.title_in(self.language))
        self.text.setHtml(lesson.text_in(self.language))
        self.position.setText(f"{self._index + 1}/{len(self.lessons)}")
        self.position.setAccessibleName(self.tr("Lesson {} of {}").format(self._index + 1, len(self.lessons)))
        self.previous.setEnabled(self._index > 0)
        self.next.setEnabled(self._index < len(self.lessons) - 1)

    def go_to(self, index: int) -> None:
        """Show lesson ``index`` and apply it."""
        self.show_lesson(index)
        self._apply(self.lesson)
