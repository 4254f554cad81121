"""Animations in the window (:class:`Player`) and their frames for export (:func:`render_frames`).

The player writes each value through the document, like any edit, so every pane, the readout
and the teaching views follow it. Exports draw each frame with the still export's rendering,
on one canvas for all frames.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy as np
from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from ..core.animation import Sweep, session_at, value_at
from ..core.session import Document, Session
from ..formats import ExportOptions
from .figure import render_canvas, render_image

TICK_MS = 16  # one frame of a 60 Hz display


class Player(QObject):
    """Plays ``sweep`` on ``document``: every TICK_MS it writes the value at the time played
    (a QElapsedTimer's, pauses left out) through the document.

    A play is one undo step: the document merges steps with the same key that follow each other
    within ``MERGE_S`` (1.5 s), and a playing value changes at every tick, except where a pause,
    or a whole number held, lasts longer than that: the play goes on in a new step. An x-range
    sweep zooms around the centre the session had when the play started. If the curve is
    removed or changed under the play, it pauses."""

    stateChanged = Signal(str)  # "stopped", "playing", "paused" or "ended" (a once sweep at its end)
    finished = Signal()  # a once sweep reached its end

    def __init__(self, document: Document, sweep: Sweep, parent: QObject | None = None):
        super().__init__(parent)
        self.document, self.sweep = document, sweep
        self.state = "stopped"
        self._played = 0.0  # seconds played when the clock last started
        self._clock = QElapsedTimer()
        self._timer = QTimer(self, interval=TICK_MS, timerType=Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(lambda: self._show(self._played + self._clock.nsecsElapsed() / 1e9))
        self._origin: Session = document.session

    @property
    def playing(self) -> bool:
        return self.state == "playing"

    def play(self) -> None:
        """Play from the start, or on from a pause; ValueError if the sweep does not apply to
        the document's session."""
        if self.playing:
            return
        self.sweep.check(self.document.session)
        if self.state in ("stopped", "ended"):
            self._played, self._origin = 0.0, self.document.session
        self._clock.start()
        self._timer.start()
        self._set_state("playing")
        self._show(self._played)

    def pause(self) -> None:
        """Stop where it is; the value stays."""
        if self.playing:
            self._timer.stop()
            self._played += self._clock.nsecsElapsed() / 1e9
            self._set_state("paused")

    def stop(self) -> None:
        """Stop and go back to the start value."""
        if self.state == "stopped":
            return
        self._timer.stop()
        self._played = 0.0
        self._set_state("stopped")
        self._apply(value_at(self.sweep, 0.0))

    def seek(self, t: float) -> None:
        """Show the value at ``t`` seconds; playing, the play goes on from there, else it is
        paused there."""
        self._played = max(t, 0.0)
        self._clock.start()
        if not self.playing:
            self._set_state("paused")
        self._show(self._played)

    def _show(self, t: float) -> None:
        try:
            self.sweep.check(self.document.session)
            self._apply(value_at(self.sweep, t))
        except ValueError:  # the curve was removed or changed under the play
            self.pause()
            return
        if self.sweep.mode == "once" and t >= self.sweep.duration and self.state != "ended":
            self._timer.stop()
            self._set_state("ended")
            self.finished.emit()

    def _apply(self, value) -> None:
        sweep = self.sweep
        if sweep.function is None:
            self.document.set(key=("play", sweep.name),
                              x_range=session_at(self._origin, sweep, value).x_range)
        else:
            self.document.set_param(sweep.row, sweep.name, value)

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.stateChanged.emit(state)


def render_frames(sessions: Iterable[Session], options: ExportOptions) -> Iterator[QImage]:
    """Each session drawn as the still export draws it (size, theme, font, panes), yielded one
    at a time so that a long export holds one frame's pixels at a time. One canvas draws them
    all: each frame's session goes through its document, then every curve is re-sampled over
    the view, the y-ranges refitted and the axes laid out for their labels, and the curves are
    drawn at rest (a parameter change switches a canvas to its fast pen until it settles).
    Where only parameters move, each automatic y-range is held at what covers every frame, so
    the motion shows against still axes."""
    sessions = list(sessions)
    canvas = render_canvas(sessions[0], options)
    shown = canvas.model.session  # with the export's panes and theme

    def show(session):
        canvas.model.document.replace_session(session.replace(panes=shown.panes, theme=shown.theme))
        canvas.resample_all()

    try:
        held = {}
        if len({s.x_range for s in sessions}) == 1:  # a parameter moves: the axes hold still
            for session in sessions:
                show(session)
                for box, (lo, hi) in canvas.fitted_y_ranges().items():
                    was = held.get(box, (lo, hi))
                    held[box] = (min(lo, was[0]), max(hi, was[1]))
        for i, session in enumerate(sessions):
            if i or held:
                show(session.replace(y_ranges={**held, **session.y_ranges}))
                for _ in range(2):  # a pane's layout (an axis widened), then the canvas's around it
                    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # (no repaint)
                canvas.settle()  # at rest now
            yield render_image(canvas, options)
    finally:
        canvas.deleteLater()


def pixels(image: QImage) -> np.ndarray:
    """The pixels of an RGB888 image as a (height, width, 3) uint8 array, or of an Indexed8 one
    as (height, width), without Qt's row padding and independent of the image."""
    w, h, n = image.width(), image.height(), image.depth() // 8
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(h, image.bytesPerLine())
    return rows[:, :n * w].reshape((h, w, n) if n > 1 else (h, w)).copy()
