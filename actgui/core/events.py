"""A signal of its own for the Qt-free core: callbacks connected to it run, in order, when it is
emitted. (The window's Qt objects listen through one adapter, ``actgui.ui.models.SessionModel``,
which turns these into Qt signals, so Qt disconnects widgets that are deleted.)"""

from __future__ import annotations

from collections.abc import Callable


class Signal:
    __slots__ = ("_slots",)

    def __init__(self):
        self._slots: list[Callable] = []

    def connect(self, slot: Callable) -> Callable:
        self._slots.append(slot)
        return slot

    def disconnect(self, slot: Callable) -> None:
        self._slots.remove(slot)

    def emit(self, *args) -> None:
        for slot in tuple(self._slots):
            slot(*args)
