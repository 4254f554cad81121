"""The session document: the one writer of the session, its events, undo, and its strict reader."""

import json
from dataclasses import replace

import numpy as np
import pytest

from actgui.core import get
from actgui.core.params import KINDS, Param, Params
from actgui.core.session import (
    MAX_COORD,
    Compare,
    Curve,
    Document,
    Family,
    Session,
    SessionError,
    check_range,
    clamp_range,
    from_dict,
    read_json,
)


class Recorder:
    """Every event a document emits, in order."""

    def __init__(self, doc: Document):
        self.events = []
        for name in ("inserted", "removed", "curve_changed", "reset", "changed"):
            getattr(doc, name).connect(lambda *args, name=name: self.events.append((name, *args)))

    def take(self):
        events, self.events = self.events, []
        return events


@pytest.fixture
def doc():
    clock = [0.0]
    d = Document(Session.of("sigmoid", "leaky_relu"), clock=lambda: clock[0])
    d.tick = lambda s: clock.__setitem__(0, clock[0] + s)
    return d


def test_each_change_emits_one_event_per_changed_field(doc):
    rec = Recorder(doc)
    doc.set(x_range=(-2.0, 2.0), grid=False)
    assert rec.take() == [("changed", "x_range"), ("changed", "grid")]
    doc.set(x_range=(-2.0, 2.0))  # no change, no event
    assert rec.take() == []
    doc.set_param(1, "negative_slope", 0.2)
    assert rec.take() == [("curve_changed", 1, "params")]
    doc.set_curve(1, color="#123456", visible=False)
    assert rec.take() == [("curve_changed", 1, "color"), ("curve_changed", 1, "visible")]
    assert doc.add_curve("relu") == 2
    assert rec.take() == [("inserted", 2, 2)]
    doc.remove_curves([0])
    assert rec.take() == [("removed", 0, 0)]
    doc.replace_session(Session.of("gelu", "mish", theme="dark"))
    assert rec.take() == [("reset",), ("changed", "x_range"), ("changed", "grid"),
                          ("changed", "theme")]


@pytest.mark.parametrize("edit", [
    lambda d: d.set(x_range=(3.0, 1.0)),
    lambda d: d.set(x_range=(-1e308, 1e308)),
    lambda d: d.set(panes=("df",)),
    lambda d: d.set(theme="neon"),
    lambda d: d.set(grid="no"),
    lambda d: d.set(nope=1),
    lambda d: d.set_param(1, "negative_slope", 7.0),
    lambda d: d.set_param(1, "slope", 0.1),
    lambda d: d.set_param(1, "negative_slope", True),
    lambda d: d.set_curve(0, color="red"),
    lambda d: d.set_curve(0, visible="false"),
    lambda d: d.add_curve("leaky_rely"),
    lambda d: d.add_curve("hardtanh", {"min_val": 2.0}),
])
def test_a_rejected_change_changes_nothing_and_says_why(doc, edit):
    before, rec = doc.session, Recorder(doc)
    with pytest.raises(ValueError, match=r"\w"):
        edit(doc)
    assert doc.session is before and rec.take() == [] and doc.undo_label is None


def test_readers_get_validated_immutable_parameters(doc):
    curve = doc.session.curves[1]
    assert isinstance(curve.params, Params) and curve.params == {"negative_slope": 0.01}
    with pytest.raises(TypeError):
        curve.params["negative_slope"] = 0.5  # read-only
    with pytest.raises(AttributeError):
        curve.color = "#000000"  # frozen
    act = get("leaky_relu")
    assert act.bind(curve.params) is curve.params  # validated once, never again


def test_one_parameter_step_validates_once(doc, monkeypatch):
    made = []
    real = Params.__init__
    monkeypatch.setattr(Params, "__init__", lambda self, *a: (made.append(a), real(self, *a))[1])
    doc.set_param(1, "negative_slope", 0.3)
    curve = doc.session.curves[1]
    curve.evaluate(0.5, 0), curve.evaluate(-0.5, 1), curve.breakpoints
    curve.activation.properties(curve.params)
    assert len(made) == 1


def test_undo_and_redo_every_kind_of_edit(doc):
    start = doc.session
    doc.add_curve("relu")
    doc.set_param(1, "negative_slope", 0.1)
    doc.set_curve(0, color="#abcdef")
    doc.set(x_range=(-1.0, 1.0), panes=("f", "df"))
    doc.remove_function("leaky_relu")
    states = []
    while doc.undo_label is not None:
        states.append(doc.session)
        doc.undo()
    assert doc.session == start and len(states) == 5
    for want in reversed(states):
        doc.redo()
        assert doc.session == want
    assert doc.redo_label is None


def test_steps_of_one_control_merge_into_one_undo(doc):
    for k in range(1, 20):  # a turning spin box
        doc.set_param(1, "negative_slope", k / 100)
        doc.tick(0.05)
    doc.tick(5.0)
    doc.set_param(1, "negative_slope", 0.5)  # later: a step of its own
    assert doc.undo_label == ("Change {} of {}", ("negative_slope", "leaky_relu"))
    doc.undo()
    assert doc.session.curves[1].params["negative_slope"] == 0.19
    doc.undo()
    assert doc.session.curves[1].params["negative_slope"] == 0.01


def test_unticking_a_function_is_one_undoable_step(doc):
    doc.duplicate(1)
    doc.set_param(2, "negative_slope", 0.3)
    doc.remove_function("leaky_relu")
    assert [c.function for c in doc.session.curves] == ["sigmoid"]
    assert doc.undo_label == ("Remove {} curves", (2,))
    doc.undo()
    assert [c.params["negative_slope"] for c in doc.session.curves[1:]] == [0.01, 0.3]


def test_labels_tell_twins_apart():
    s = Session.of("leaky_relu", ("leaky_relu", {"negative_slope": 0.1}), "relu", "relu",
                   ("elu", {"alpha": 2.0}))
    assert s.labels() == ["leaky_relu(negative_slope=0.01)", "leaky_relu(negative_slope=0.1)",
                          "relu", "relu (2)", "elu(alpha=2)"]


# --- parameter kinds -------------------------------------------------------------------------------

@pytest.mark.parametrize(("param", "text", "value"), [
    (Param("slope", 0.5, 0.0, 1.0), "0.25", 0.25),
    (Param("p", 2, 1, 6, 1), "3", 3),
    (Param("flag", False), "true", True),
    (Param("variant", "a", choices=("a", "b")), "b", "b"),
])
def test_each_kind_parses_and_validates_strictly(param, text, value):
    assert param.kind in KINDS and param.parse(text) == value
    assert type(param.parse(text)) is type(value)
    for bad in ("1e400", "nan", "yes please", "", "-7"):
        if bad in ("-7",) and param.kind == "choice":
            continue
        with pytest.raises(ValueError, match=param.name):
            param.parse(bad)
    for bad in (None, [], {}, "3" if param.kind != "choice" else 3, True if param.kind != "bool" else 1):
        with pytest.raises(ValueError, match=param.name):
            param.validate(bad)


def test_int_parameters_of_the_catalog():
    repu = get("relu_squared")  # an alias of RePU with p = 2
    assert repu.id == "repu" and repu.param("p").kind == "int"
    assert repu.f(3.0) == 9.0 and repu.f(2.0, p=3) == 8.0 and repu.df(0.0, p=1) == 0.0
    with pytest.raises(ValueError, match="whole number"):
        repu.f(1.0, p=2.5)


# --- the reader ------------------------------------------------------------------------------------

def doc_with(**fields):
    return json.dumps({"format": "actgui-session", "version": 2, **fields})


def test_round_trip_and_byte_order_mark():
    s = Session.of(("leaky_relu", {"negative_slope": 0.1}), "repu", "gelu", x_range=(-3.0, 4.0),
                   y_ranges={"f": (-1.0, 2.0), "df": (0.0, 1.0)}, panes=("f", "df"), grid=False,
                   theme="dark", layout="overlay", dots=False, compare=Compare(2, "rel", 0),
                   presentation=True)
    s = s.replace(curves=(replace(s.curves[0], width=3.5, dash="dot", family=Family(
        "negative_slope", 0.01, 0.3, 7)), *s.curves[1:]))
    assert read_json(s.to_json()) == s
    assert read_json(("\ufeff" + s.to_json()).encode("utf-8")) == s


def test_version_1_documents_read_as_they_did():
    old = json.dumps({"format": "actgui-session", "version": 1, "y_range": [-1, 2],
                      "curves": [{"function": "relu", "color": "#000000"}]})
    s = read_json(old)
    assert dict(s.y_ranges) == {"f": (-1.0, 2.0)} and s.y_range == (-1.0, 2.0)
    assert (s.layout, s.dots, s.compare, s.curves[0].width) == ("panes", True, None, 2.0)
    assert read_json(old.replace("[-1, 2]", "null")).y_ranges == {}


def test_a_family_stands_for_its_members():
    curve = Curve("leaky_relu", color="#0072b2", family=Family("negative_slope", 0.01, 0.3, 7))
    members = curve.members()
    assert [m.params["negative_slope"] for m in members] == pytest.approx(np.linspace(0.01, 0.3, 7))
    assert len({m.color for m in members}) == 7 and all(m.family is None for m in members)
    assert curve.label == "leaky_relu(negative_slope=0.01, 0.0583333, \u2026, 0.3)"
    log = Curve("softplus", color="#0072b2", family=Family("beta", 0.5, 8.0, 5, "log"))
    assert [m.params["beta"] for m in log.members()] == pytest.approx([0.5, 1, 2, 4, 8])
    whole = Curve("repu", color="#0072b2", family=Family("p", 1, 4, 4))
    assert [m.params["p"] for m in whole.members()] == [1, 2, 3, 4]
    labels = [label for label, _ in Session(curves=(curve,)).drawn()]
    assert labels[0] == "leaky_relu(negative_slope=0.01)" and len(labels) == 7


@pytest.mark.parametrize(("family", "message"), [
    (dict(param="negative_slope", start=0.0, stop=1.0, steps=25), "steps"),
    (dict(param="negative_slope", start=0.0, stop=1.0, steps=1), "steps"),
    (dict(param="negative_slope", start=0.5, stop=0.5), "differ"),
    (dict(param="negative_slope", start=0.0, stop=1.0, scale="log"), "above 0"),
    (dict(param="negative_slope", start=0.0, stop=float("nan")), "finite"),
    (dict(param="negative_slope", start=0.0, stop="1"), "finite number"),
    (dict(param="slope", start=0.0, stop=1.0), "no parameter 'slope'"),
])
def test_bad_families_are_refused(family, message):
    with pytest.raises(SessionError, match=message):
        Curve("leaky_relu", color="#0072b2", family=Family(**family))


def test_removing_and_expanding_keep_the_difference_view_on_its_curves():
    doc = Document(Session.of("gelu", "relu", ("gelu", {"approximate": "tanh"}), "silu",
                              compare=Compare(reference=2, target=3)))
    doc.remove_curves([1])
    assert doc.session.compare == Compare(reference=1, target=2)
    doc.remove_curves([2])  # the target: every curve is compared again
    assert doc.session.compare == Compare(reference=1)
    doc.remove_curves([1])  # the reference: no difference view
    assert doc.session.compare is None
    doc = Document(Session.of("leaky_relu", "gelu", compare=Compare(reference=1)))
    doc.set_curve(0, family=Family("negative_slope", 0.01, 0.3, 3))
    doc.expand_family(0)
    s = doc.session
    assert [c.params["negative_slope"] for c in s.curves[:3]] == pytest.approx([0.01, 0.155, 0.3])
    assert s.curves[3].function == "gelu" and s.compare == Compare(reference=3)
    assert all(c.family is None for c in s.curves)
    doc.undo()
    assert doc.session.curves[0].family is not None


@pytest.mark.parametrize(("fields", "message"), [
    ({"version": True}, "version True"),
    ({"version": 3}, "version 3"),
    ({"y_ranges": {"f": [1, 1]}}, "y_ranges.f"),
    ({"layout": "grid"}, "layout"),
    ({"compare": {"reference": 0, "mode": "ratio"}}, "compare mode"),
    ({"compare": {"reference": 0, "extra": 1}}, "compare: unknown field 'extra'"),
    ({"curves": [{"function": "relu", "color": "#000000", "dash": "wavy"}]}, "curves[0]: dash"),
    ({"curves": [{"function": "relu", "color": "#000000", "family": [1]}]}, "curves[0].family must"),
    ({"grid": "no"}, "grid must be true or false"),
    ({"x_range": [False, True]}, "x_range must be two numbers"),
    ({"x_range": [-1e308, 1e308]}, "beyond"),
    ({"x_range": [0, 1e-320]}, "too narrow"),
    ({"x_range": ["0", "1"]}, "x_range must be two numbers"),
    ({"panes": "f"}, "panes"),
    ({"theme": 3}, "theme"),
    ({"curves": [{"function": "relu", "color": "#000000", "visible": "false"}]}, "curves[0]: visible"),
    ({"curves": [{"function": "relu", "color": "#000000", "params": {"x": 1}}]}, "no parameter 'x'"),
    ({"curves": [{"function": "elu", "color": "#000000", "params": {"alpha": "2"}}]}, "alpha='2'"),
    ({"curves": [{"function": "x" * 5000, "color": "#000000"}]}, "curves[0].function"),
    ({"curves": [{"function": "relu"}]}, "curves[0].color is missing"),
    ({"curves": [{"function": "relu", "color": "#000000"}] * 201}, "more than the 200"),
    ({"extra": 1}, "unknown field 'extra'"),
])
def test_malformed_documents_are_refused_with_the_field_named(fields, message):
    with pytest.raises(SessionError, match=message.replace("[", r"\[").replace("(", r"\(")):
        read_json(doc_with(**fields))


def test_size_and_depth_are_bounded_before_parsing():
    with pytest.raises(SessionError, match="larger than"):
        read_json(b" " * 1_000_001)
    with pytest.raises(SessionError, match="nested deeper"):
        read_json("[" * 100_000 + "]" * 100_000)
    with pytest.raises(SessionError, match="beyond float64"):
        read_json(doc_with(x_range=[int("9" * 401), 1]))
    with pytest.raises(SessionError, match="not valid JSON"):
        read_json(doc_with(grid=True).replace("true", "NaN"))
    with pytest.raises(SessionError, match="not an actgui session"):
        from_dict([1, 2])


def test_safe_ranges():
    assert check_range((-5, 5), "x") == (-5.0, 5.0)
    assert clamp_range(-2.5, 7.0) == (-2.5, 7.0)  # a safe range comes back as it is
    for lo, hi in ((-1e308, 1e308), (1e299, 1e300 * 1.5), (0.0, 1e-320), (5.0, 5.0), (-1e305, -1e304)):
        safe = clamp_range(lo, hi)
        assert check_range(safe, "x") == safe and max(map(abs, safe)) <= MAX_COORD


def test_curves_need_known_functions_and_colours():
    with pytest.raises(ValueError, match="did you mean 'leaky_relu'"):
        Curve("leaky_rely")
    with pytest.raises(SessionError, match="#rrggbb"):
        Curve("relu", color="blue")
