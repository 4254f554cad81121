"""Guided lessons: every packaged lesson loads, speaks English, Japanese and French, states only
numbers the core confirms, and holds a session that reads back unchanged; malformed lessons are
refused with the file and the field named; the panel shows, moves and restores lessons."""

import copy
import json
import math
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest

from actgui.core import get, softmax
from actgui.core.lessons import LANGUAGES, LessonError, load_lesson, load_lessons
from actgui.core.session import from_dict
from actgui.ui.i18n import LANGUAGES as UI_LANGUAGES
from actgui.ui.lessons import LessonPanel
from actgui.ui.views import VIEWS

FOLDER = Path(__file__).resolve().parents[1] / "resources" / "lessons"
FILES = sorted(FOLDER.glob("*.json"))
#: A decimal number as the texts write it (0.25, -0.02, 4.5e-5); whole numbers are not matched.
NUMBER = re.compile(r"(?<![A-Za-z0-9_.])-?\d+\.\d+(?:e-?\d+)?(?![0-9])|(?<![A-Za-z0-9_.])\d+e-?\d+")


@pytest.fixture(scope="module")
def lessons():
    return load_lessons()


def raw(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def stated(html: str) -> list[str]:
    return NUMBER.findall(html)


def shown_as(text: str, value: float) -> bool:
    """Whether ``value`` rounds to ``text`` at the precision ``text`` is written with."""
    mantissa, _, exponent = text.partition("e")
    decimals = len(mantissa.partition(".")[2])
    unit = 10.0 ** (int(exponent or 0) - decimals)
    return abs(value - float(text)) <= 0.5 * unit * (1 + 1e-9)


def numbers_behind(lesson) -> list[float]:
    """Every number a lesson's checks and session hold: what a stated number may be."""
    out = []
    for c in lesson.checks:
        out += [c.value, c.x, *(v for v in c.params.values() if isinstance(v, float))]
    for c in lesson.softmax_checks:
        out += [*c.vector, *c.probabilities]
    s = lesson.session
    out += [*s.x_range, *(end for r in s.y_ranges.values() for end in r)]
    out += [v for curve in s.curves for v in curve.params.values() if isinstance(v, float)]
    return out


# --- the packaged lessons ---------------------------------------------------------------------------

def test_every_lesson_file_loads_in_the_order_of_the_brief(lessons):
    assert [load_lesson(p) for p in FILES] == lessons
    assert [lesson.id for lesson in lessons] == ["step", "sigmoid", "tanh", "relu", "leaky-relu", "relu6",
                                                 "swish", "softmax", "depth", "training-race"]
    assert [lesson.tab for lesson in lessons] == [None] * 7 + ["softmaxLab", "depthView", "trainingRace"]
    assert all(lesson.tab is None or lesson.tab in VIEWS for lesson in lessons)


def test_every_lesson_speaks_english_japanese_and_french(lessons):
    assert set(LANGUAGES) == set(UI_LANGUAGES)
    kana = re.compile("[\u3040-\u30ff]")
    for lesson in lessons:
        for texts in (lesson.title, lesson.text):
            assert set(texts) == {"en", "ja", "fr"}, lesson.id
            assert all(t.strip() for t in texts.values()), lesson.id
            assert kana.search(texts["ja"]), lesson.id  # Japanese, not English left in place
            assert texts["fr"] != texts["en"], lesson.id
        assert lesson.title_in("ja") == lesson.title["ja"]
        assert lesson.text_in("de") == lesson.text["en"]  # a language without lessons: English
        assert lesson.title_in("de") == lesson.title["en"]


def test_every_check_matches_the_core(lessons):
    for lesson in lessons:
        assert lesson.problems() == [], lesson.id
        for c in lesson.checks:
            actual = float(get(c.function).evaluate(c.x, c.order, **c.params))
            assert math.isclose(actual, c.value, rel_tol=1e-12, abs_tol=0.0), (lesson.id, c)
        for c in lesson.softmax_checks:
            np.testing.assert_allclose(softmax(c.vector), c.probabilities, rtol=1e-9, atol=0)
            naive = softmax(c.vector, stable=False)
            if c.naive_overflows:
                assert np.isnan(naive).all(), lesson.id
            else:
                np.testing.assert_allclose(naive, c.probabilities, rtol=1e-9, atol=0)
    tutorial = next(c for c in lessons[7].softmax_checks if c.vector == (0.5, 2.8, 5.0, 1.0, 3.0))
    overflow = next(c for c in lessons[7].softmax_checks if c.vector == (1010, 1020, 1000, 990, 1050))
    assert not tutorial.naive_overflows and overflow.naive_overflows


def test_every_number_a_text_states_is_backed_by_a_check(lessons):
    """A decimal number in a text is a check's value (or its x or parameter), a softmax entry,
    or a value of the session, as rounded in the text; every language states the same ones."""
    for lesson in lessons:
        behind = numbers_behind(lesson)
        english = sorted(set(stated(lesson.text["en"]) + stated(lesson.title["en"])))
        for language in LANGUAGES:
            numbers = stated(lesson.text[language]) + stated(lesson.title[language])
            assert sorted(set(numbers)) == english, (lesson.id, language)
            for text in numbers:
                assert any(shown_as(text, v) for v in behind), (lesson.id, language, text)


def test_stated_numbers_are_matched_at_their_precision():
    assert stated("σ′(0) = 0.25, σ′(10) ≈ 4.5e-5, x = -1.28 in ReLU6 and MobileNetV2, 30 layers") == [
        "0.25", "4.5e-5", "-1.28"]
    assert shown_as("0.7616", 0.7615941559557649) and not shown_as("0.7615", 0.7615941559557649)
    assert shown_as("4.5e-5", 4.539580773595167e-05) and not shown_as("4.6e-5", 4.539580773595167e-05)


def test_sessions_read_back_unchanged(lessons):
    for path, lesson in zip(FILES, lessons, strict=True):
        data = raw(path)["session"]
        assert from_dict(data).to_dict() == data, path.name
        assert lesson.session == from_dict(data)


def test_the_sigmoid_lesson_draws_the_tutorials_figure(lessons):
    s = lessons[1].session
    assert [c.function for c in s.visible] == ["sigmoid"]
    assert s.layout == "overlay" and s.panes == ("f", "df") and s.x_range == (-10.0, 10.0)
    assert dict(s.y_ranges) == {"f": (-0.02, 1.02), "df": (-0.02, 1.02)}
    leaky = lessons[4].session
    assert sorted(c.params["negative_slope"] for c in leaky.curves) == [0.01, 0.1]
    assert {c.function for c in lessons[9].session.curves} == {"sigmoid", "tanh", "relu"}


def test_loading_lessons_needs_no_qt_nor_sympy():
    code = ("import sys\nfrom actgui.core.lessons import load_lessons\nload_lessons()\n"
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'pyqtgraph', 'sympy'}))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"


# --- malformed lessons --------------------------------------------------------------------------------

def write(folder: Path, data: dict, name: str = "02-sigmoid.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def edited(change) -> dict:
    data = copy.deepcopy(raw(FOLDER / "02-sigmoid.json"))
    change(data)
    return data


@pytest.mark.parametrize(("change", "field"), [
    (lambda d: d.update(hint="more"), "'hint'"),
    (lambda d: d["text"].pop("fr"), "fr is missing"),
    (lambda d: d["title"].update(de="Sigmoide"), "'de'"),
    (lambda d: d["text"].update(ja="  "), "text.ja"),
    (lambda d: d.update(version=2), "version"),
    (lambda d: d.update(version=True), "version"),
    (lambda d: d.update(format="actgui-session"), "format"),
    (lambda d: d.update(id="Sigmoid lesson"), "id"),
    (lambda d: d.update(tab=3), "tab"),
    (lambda d: d.pop("checks"), "checks is missing"),
    (lambda d: d["text"].update(en='<p>see <a href="x">this</a></p>'), "text.en"),
    (lambda d: d["text"].update(fr="<p>une <b>sigmoïde</p></b>"), "text.fr"),
    (lambda d: d["text"].update(en="<p>open"), "<p> is never closed"),
    (lambda d: d["title"].update(en="<b>Sigmoid</b>"), "title.en"),
    (lambda d: d["checks"][0].update(note="x"), "checks[0]: unknown field 'note'"),
    (lambda d: d["checks"][1].update(order=3), "checks[1].order"),
    (lambda d: d["checks"][1].update(order=True), "checks[1].order"),
    (lambda d: d["checks"][0].update(x="0"), "checks[0].x"),
    (lambda d: d["checks"][0].update(function="sigmod"), "checks[0]"),
    (lambda d: d["checks"][0].update(params={"beta": 2.0}), "checks[0]"),
    (lambda d: d["session"]["curves"][0].update(color="blue"), "session"),
    (lambda d: d.update(softmax_checks=[{"vector": [1.0, 2.0], "probabilities": [1.0]}]),
     "softmax_checks[0]: naive_overflows is missing"),
    (lambda d: d.update(softmax_checks=[{"vector": [1.0, 2.0], "probabilities": [1.0],
                                         "naive_overflows": False}]), "softmax_checks[0].probabilities"),
])
def test_a_malformed_lesson_is_refused_naming_the_file_and_field(tmp_path, change, field):
    path = write(tmp_path, edited(change))
    with pytest.raises(LessonError) as e:
        load_lesson(path)
    assert str(e.value).startswith("02-sigmoid.json: ")
    assert field in str(e.value)


def test_a_lesson_that_is_not_json_or_holds_nan_is_refused(tmp_path):
    (tmp_path / "a.json").write_text('{"format": "actgui-lesson", "version": 1, "x": NaN}')
    (tmp_path / "b.json").write_bytes(b"\xff\xfe not text")
    for name in ("a.json", "b.json"):
        with pytest.raises(LessonError, match=rf"^{name}: not (valid JSON|UTF-8)"):
            load_lesson(tmp_path / name)


def test_a_wrong_check_fails_with_a_clear_message(tmp_path):
    data = edited(lambda d: d["checks"][2].update(value=0.3))  # σ'(0) is 0.25
    assert data["checks"][2]["function"] == "sigmoid" and data["checks"][2]["order"] == 1
    lesson = load_lesson(write(tmp_path, data))
    [problem] = lesson.problems()
    assert problem.startswith("sigmoid: checks[2]: sigmoid'(0.0) is 0.25") and "not 0.3" in problem


def test_wrong_softmax_claims_fail_with_a_clear_message(tmp_path):
    data = edited(lambda d: d.update(softmax_checks=[
        {"vector": [2.0, 0.0], "probabilities": [0.88, 0.12], "naive_overflows": False},
        {"vector": [1010.0, 1050.0], "probabilities": [4.248354255291589e-18, 1.0], "naive_overflows": False},
        {"vector": [2.0, 0.0], "probabilities": [0.8807970779778823, 0.11920292202211755],
         "naive_overflows": True}]))
    problems = load_lesson(write(tmp_path, data)).problems()
    assert len(problems) == 3
    assert problems[0].startswith("sigmoid: softmax_checks[0]: softmax is 0.88079")
    assert problems[0].endswith("at 0, not 0.88")
    assert "softmax_checks[1]: the naive formula does not agree" in problems[1]
    assert "softmax_checks[2]: the naive formula does not overflow" in problems[2]


def test_a_folder_of_lessons_needs_distinct_ids_and_at_least_one(tmp_path):
    data = raw(FOLDER / "02-sigmoid.json")
    write(tmp_path, data, "01-a.json")
    write(tmp_path, data, "02-b.json")
    with pytest.raises(LessonError, match=r"^02-b\.json: id 'sigmoid' is also the id of 01-a\.json"):
        load_lessons(tmp_path)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(LessonError, match="no lessons in"):
        load_lessons(empty)
    (tmp_path / "02-b.json").unlink()
    assert [lesson.id for lesson in load_lessons(tmp_path)] == ["sigmoid"]


# --- the panel ---------------------------------------------------------------------------------------

def plain(html: str) -> str:
    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText()


@pytest.fixture
def panel(qtbot, lessons):
    applied = []
    p = LessonPanel(lessons, applied.append, "ja")
    qtbot.addWidget(p)
    p.show()
    qtbot.waitExposed(p)
    return p, applied


def test_the_panel_shows_a_lesson_in_its_language(panel, lessons):
    p, applied = panel
    assert p.title.text() == lessons[0].title["ja"]
    assert p.text.toPlainText() == plain(lessons[0].text["ja"])
    assert p.choice.count() == len(lessons)
    for i, lesson in enumerate(lessons):  # the topic, before the title's colon; all of it as a tooltip
        topic = p.choice.itemText(i).removeprefix(f"{i + 1}. ")
        assert lesson.title["ja"].startswith(topic) and len(topic) >= 3
        assert p.choice.itemData(i, Qt.ItemDataRole.ToolTipRole) == lesson.title["ja"]
    assert p.choice.itemText(0) == "1. ステップ関数"
    assert not p.previous.isEnabled() and p.next.isEnabled()
    assert p.text.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    for widget in (p.choice, p.text, p.previous, p.next, p.restore):
        assert widget.accessibleName()
    assert applied == []  # showing the panel changes nothing in the window


def test_next_and_previous_move_and_apply_the_lesson(qtbot, panel, lessons):
    p, applied = panel
    qtbot.mouseClick(p.next, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(p.next, Qt.MouseButton.LeftButton)
    assert p.index == 2 and applied == [lessons[1], lessons[2]]
    assert p.title.text() == lessons[2].title["ja"] and p.choice.currentIndex() == 2
    assert p.text.toPlainText() == plain(lessons[2].text["ja"])
    qtbot.mouseClick(p.previous, Qt.MouseButton.LeftButton)
    assert p.index == 1 and applied[-1] == lessons[1] and p.previous.isEnabled()
    QTest.keyClick(p.choice, Qt.Key.Key_End)  # the list: the last lesson
    assert p.index == len(lessons) - 1 and applied[-1] == lessons[-1]
    assert not p.next.isEnabled() and p.previous.isEnabled()


def test_restore_calls_the_callback_with_the_lesson(qtbot, panel, lessons):
    p, applied = panel
    p.show_lesson(7)
    assert applied == []
    qtbot.mouseClick(p.restore, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(p.restore, Qt.MouseButton.LeftButton)
    assert applied == [lessons[7], lessons[7]] and p.index == 7


def test_the_panel_falls_back_to_english_and_needs_lessons(qtbot, lessons):
    p = LessonPanel(lessons, lambda lesson: None, "de")
    qtbot.addWidget(p)
    assert p.title.text() == lessons[0].title["en"]
    with pytest.raises(ValueError, match="at least one lesson"):
        LessonPanel([], lambda lesson: None)
