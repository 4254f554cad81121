r"""Guided lessons: a session to show, the tab to show it in, a short text in each language, and
the numbers that text states, checked against the core.

A lesson is one JSON file (``resources/lessons/NN-name.json``; lessons come in the order of
their file names)::

    {"format": "actgui-lesson", "version": 1, "id": "sigmoid", "tab": null,
     "session": {...an actgui session, as Session.to_dict writes it...},
     "title": {"en": "...", "ja": "...", "fr": "..."},
     "text": {"en": "...", "ja": "...", "fr": "..."},
     "checks": [{"function": "sigmoid", "params": {}, "order": 1, "x": 0.0, "value": 0.25}],
     "softmax_checks": [{"vector": [2.0, 0.0], "probabilities": [0.88..., 0.11...],
                         "naive_overflows": false}]}

``tab`` is null (the curves) or the ``name`` of a teaching view. A title is plain text; a text is
plain text or light HTML: only ``<p> <b> <i> <ul> <li>``, without attributes, properly nested
(a literal ``<`` is written ``&lt;``). ``softmax_checks`` may be left out.

A check states the number ``value`` = :math:`f^{(k)}(x)` of ``function`` with ``params``, k =
``order`` (0: f, 1: f', 2: f''), to a relative :data:`RTOL`; a softmax check that
``probabilities`` = :math:`\operatorname{softmax}(v)_i = e^{v_i - \max v} / \sum_j e^{v_j - \max v}`
to a relative :data:`SOFTMAX_RTOL`, and whether the naive :math:`e^{v_i} / \sum_j e^{v_j}`
overflows to NaN there (``naive_overflows``) or agrees. Reading checks the structure strictly
(an unknown or missing field, a wrong type, a language missing: :class:`LessonError` naming the
file and the field); :meth:`Lesson.problems` checks the numbers.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

import numpy as np

from ..paths import resource_dir
from .registry import get
from .session import MAX_DOCUMENT_BYTES, MAX_TEXT, Session, from_dict
from .vector import softmax

FORMAT = "actgui-lesson"
VERSION = 1
LANGUAGES = ("en", "ja", "fr")  # as actgui.ui.i18n.LANGUAGES (a test checks); English is the fallback
TAGS = ("p", "b", "i", "ul", "li")
MAX_LESSON_TEXT = 20_000
MAX_VECTOR = 64
RTOL = 1e-12
SOFTMAX_RTOL = 1e-9
_FIELDS = ("format", "version", "id", "tab", "session", "title", "text", "checks")
_CHECK_FIELDS = ("function", "params", "order", "x", "value")
_SOFTMAX_FIELDS = ("vector", "probabilities", "naive_overflows")
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_TAG = re.compile(r"<(/?)([a-z]+)>")
_PRIMES = ("", "'", "''")


class LessonError(ValueError):
    """A lesson file that is not valid; the message names the file and the field."""


@dataclass(frozen=True)
class Check:
    """The text states that f^(order)(x) of ``function`` with ``params`` is ``value``."""

    function: str
    params: Mapping[str, Any]
    order: int
    x: float
    value: float

    def actual(self) -> float:
        """What the core computes for it."""
        return float(get(self.function).evaluate(self.x, self.order, **self.params))


@dataclass(frozen=True)
class SoftmaxCheck:
    """The text states that softmax(``vector``) is ``probabilities`` and that the naive formula
    overflows there (``naive_overflows``) or agrees."""

    vector: tuple[float, ...]
    probabilities: tuple[float, ...]
    naive_overflows: bool


@dataclass(frozen=True)
class Lesson:
    """One lesson, as read from its file (see the module's docstring)."""

    id: str
    tab: str | None  # None: the curves; else a teaching view's name
    session: Session
    title: Mapping[str, str]  # language -> plain text
    text: Mapping[str, str]  # language -> light HTML
    checks: tuple[Check, ...]
    softmax_checks: tuple[SoftmaxCheck, ...] = ()

    def title_in(self, language: str) -> str:
        return self.title.get(language, self.title["en"])

    def text_in(self, language: str) -> str:
        return self.text.get(language, self.text["en"])

    def problems(self) -> list[str]:
        """One sentence per stated number that the core does not confirm (empty: all agree)."""
        out = []
        for i, c in enumerate(self.checks):
            actual = c.actual()
            if not math.isclose(actual, c.value, rel_tol=RTOL, abs_tol=0.0):
                out.append(f"{self.id}: checks[{i}]: {c.function}{_PRIMES[c.order]}({c.x!r}) is "
                           f"{actual!r}, not {c.value!r}")
        for i, c in enumerate(self.softmax_checks):
            where = f"{self.id}: softmax_checks[{i}]"
            stable = softmax(c.vector)
            naive = softmax(c.vector, stable=False)
            wrong = [k for k, (a, b) in enumerate(zip(stable, c.probabilities, strict=True))
                     if not math.isclose(a, b, rel_tol=SOFTMAX_RTOL, abs_tol=0.0)]
            if wrong:
                k = wrong[0]
                out.append(f"{where}: softmax is {float(stable[k])!r} at {k}, not {c.probabilities[k]!r}")
            if c.naive_overflows and not np.isnan(naive).all():
                out.append(f"{where}: the naive formula does not overflow to NaN here")
            if not c.naive_overflows and not np.allclose(naive, stable, rtol=SOFTMAX_RTOL, atol=0.0):
                out.append(f"{where}: the naive formula does not agree with the stable one here")
        return out


def load_lessons(folder: str | Path | None = None) -> list[Lesson]:
    """Every lesson in ``folder`` (default: the packaged ``resources/lessons``), in the order of
    the file names; LessonError if one is not valid, two share an id, or there are none."""
    folder = Path(folder) if folder is not None else resource_dir() / "lessons"
    lessons, files = [], {}
    for path in sorted(folder.glob("*.json")):
        lesson = load_lesson(path)
        if lesson.id in files:
            raise LessonError(f"{path.name}: id {lesson.id!r} is also the id of {files[lesson.id]}")
        files[lesson.id] = path.name
        lessons.append(lesson)
    if not lessons:
        raise LessonError(f"no lessons in {folder}")
    return lessons


def load_lesson(path: str | Path) -> Lesson:
    """The lesson in the file ``path``, or LessonError naming the file and what is wrong."""
    path = Path(path)
    try:
        with open(path, "rb") as f:
            raw = f.read(MAX_DOCUMENT_BYTES + 1)
    except OSError as e:
        raise LessonError(f"{path.name}: cannot read: {e.strerror or e}") from None
    try:
        if len(raw) > MAX_DOCUMENT_BYTES:
            raise LessonError(f"larger than {MAX_DOCUMENT_BYTES // 1000} kB")
        try:
            data = json.loads(raw.decode("utf-8-sig"), parse_constant=_no_constant)
        except UnicodeDecodeError as e:
            raise LessonError(f"not UTF-8 text (byte {e.start})") from None
        except (ValueError, RecursionError) as e:
            raise LessonError(f"not valid JSON: {str(e)[:120]}") from None
        return read_lesson(data)
    except LessonError as e:
        raise LessonError(f"{path.name}: {e}") from None


def _no_constant(name):
    raise ValueError(f"{name} is not a JSON number")


def read_lesson(data: Any) -> Lesson:
    """The lesson in a parsed JSON document; LessonError naming the field that is wrong."""
    _fields(data, "lesson", _FIELDS, ("softmax_checks",))
    if data["format"] != FORMAT:
        raise LessonError(f"format must be {FORMAT!r}")
    version = data["version"]
    if isinstance(version, bool) or version != VERSION:
        raise LessonError(f"version {version!r} is not supported (expected {VERSION})")
    lesson_id = data["id"]
    if not isinstance(lesson_id, str) or len(lesson_id) > MAX_TEXT or not _ID.fullmatch(lesson_id):
        raise LessonError(f"id {lesson_id!r} must be lower-case letters and digits joined by '-'")
    tab = data["tab"]
    if tab is not None and not (isinstance(tab, str) and 0 < len(tab) <= MAX_TEXT):
        raise LessonError("tab must be null or a view's name")
    try:
        session = from_dict(data["session"])
    except ValueError as e:
        raise LessonError(f"session: {e}") from None
    checks = _list(data["checks"], "checks")
    softmax_checks = _list(data.get("softmax_checks", []), "softmax_checks")
    return Lesson(
        id=lesson_id, tab=tab, session=session,
        title=_texts(data["title"], "title", html=False),
        text=_texts(data["text"], "text", html=True),
        checks=tuple(_check(c, f"checks[{i}]") for i, c in enumerate(checks)),
        softmax_checks=tuple(_softmax_check(c, f"softmax_checks[{i}]") for i, c in enumerate(softmax_checks)),
    )


def _fields(value: Any, where: str, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> None:
    if not isinstance(value, dict):
        raise LessonError(f"{where} must be an object")
    unknown = sorted(set(value) - set(required) - set(optional))
    if unknown:
        raise LessonError(f"{where}: unknown field {unknown[0]!r}")
    missing = [name for name in required if name not in value]
    if missing:
        raise LessonError(f"{where}: {missing[0]} is missing")


def _list(value: Any, where: str) -> list:
    if not isinstance(value, list):
        raise LessonError(f"{where} must be a list")
    return value


def _number(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise LessonError(f"{where} must be a finite number, not {value!r}")
    return float(value)


def _texts(value: Any, where: str, html: bool) -> Mapping[str, str]:
    """One non-empty text per language of LANGUAGES, and no other."""
    _fields(value, where, LANGUAGES)
    limit = MAX_LESSON_TEXT if html else MAX_TEXT
    for language in LANGUAGES:
        text, at = value[language], f"{where}.{language}"
        if not isinstance(text, str) or not text.strip():
            raise LessonError(f"{at} must be a non-empty text")
        if len(text) > limit:
            raise LessonError(f"{at} is longer than {limit} characters")
        if html:
            _check_html(text, at)
        elif "<" in text:
            raise LessonError(f"{at} must be plain text (no '<')")
    return MappingProxyType(dict(value))


def _check_html(text: str, where: str) -> None:
    """Only TAGS, without attributes, each closed in order; some text outside the tags."""
    opened: list[str] = []
    for start in (m.start() for m in re.finditer("<", text)):
        m = _TAG.match(text, start)
        if m is None or m.group(2) not in TAGS:
            shown = text[start:start + 20].split(">")[0] + ">"
            raise LessonError(f"{where}: {shown!r} is not allowed (only {', '.join(f'<{t}>' for t in TAGS)}, "
                              f"without attributes; write a literal '<' as &lt;)")
        closing, tag = m.groups()
        if not closing:
            opened.append(tag)
        elif not opened or opened.pop() != tag:
            raise LessonError(f"{where}: </{tag}> closes a tag that is not open")
    if opened:
        raise LessonError(f"{where}: <{opened[-1]}> is never closed")
    if not _TAG.sub("", text).strip():
        raise LessonError(f"{where} has no text outside its tags")


def _check(value: Any, where: str) -> Check:
    _fields(value, where, _CHECK_FIELDS)
    function, params, order = value["function"], value["params"], value["order"]
    if not isinstance(function, str) or len(function) > MAX_TEXT:
        raise LessonError(f"{where}.function must be an activation id")
    if not isinstance(params, dict):
        raise LessonError(f"{where}.params must be an object")
    if isinstance(order, bool) or order not in (0, 1, 2):
        raise LessonError(f"{where}.order must be 0, 1 or 2, not {order!r}")
    try:
        act = get(function)
        act.bind(params)
    except ValueError as e:
        raise LessonError(f"{where}: {e}") from None
    return Check(act.id, MappingProxyType(dict(params)), order, _number(value["x"], f"{where}.x"),
                 _number(value["value"], f"{where}.value"))


def _softmax_check(value: Any, where: str) -> SoftmaxCheck:
    _fields(value, where, _SOFTMAX_FIELDS)
    vector, probabilities = (_list(value[name], f"{where}.{name}") for name in ("vector", "probabilities"))
    if not 1 <= len(vector) <= MAX_VECTOR:
        raise LessonError(f"{where}.vector must hold 1 to {MAX_VECTOR} numbers")
    if len(probabilities) != len(vector):
        raise LessonError(f"{where}.probabilities must hold one number per entry of the vector")
    if not isinstance(value["naive_overflows"], bool):
        raise LessonError(f"{where}.naive_overflows must be true or false")
    return SoftmaxCheck(tuple(_number(v, f"{where}.vector[{i}]") for i, v in enumerate(vector)),
                        tuple(_number(p, f"{where}.probabilities[{i}]") for i, p in enumerate(probabilities)),
                        value["naive_overflows"])
