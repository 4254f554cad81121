r"""Parameters: their kinds, their specs, and validated values.

A :class:`Param` is one parameter of an activation. Its *kind* says what values it takes and how
they are read from the command line and from session files; the window picks its editor from the
kind's ``editor`` name (one map in ``actgui.ui.editors``). A new kind is one :class:`Kind`
subclass here, added to :data:`KINDS`; it reuses an existing editor or names a new one.

:class:`Params` holds the validated values of one activation's parameters, read-only: readers
never validate them again, and ``Activation.bind`` returns them as they are.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any


class Kind:
    """What values a parameter takes. ``validate`` accepts Python values as a session file or
    the window gives them (strict types: a bool is not a number, a number is not a string);
    ``parse`` reads the command line's text."""

    name = ""
    editor = ""  # the window's editor for it: a key of actgui.ui.editors.EDITORS

    def check_spec(self, p: Param) -> None:
        """Raise ValueError if ``p`` is not a consistent spec of this kind."""

    def validate(self, p: Param, value: Any) -> Any:
        raise NotImplementedError

    def parse(self, p: Param, text: str) -> Any:
        return self.validate(p, text.strip())

    def valid_text(self, p: Param) -> str:
        raise NotImplementedError

    def text(self, value: Any) -> str:
        """The value as labels and the command line write it."""
        return str(value)

    def invalid(self, p: Param, value: Any) -> ValueError:
        shown = value if not isinstance(value, str) or len(value) <= 40 else value[:40] + "\u2026"
        return ValueError(f"{p.name}={shown!r} is invalid: expected {self.valid_text(p)}")


def _real(value: Any) -> float | None:
    """``value`` as a finite float if it is a real number (not a bool), else None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        v = float(value)
    except OverflowError:  # an integer beyond float64
        return None
    return v if math.isfinite(v) else None


class FloatKind(Kind):
    name, editor = "float", "number"

    def check_spec(self, p):
        if not (_real(p.minimum) is not None and _real(p.maximum) is not None
                and p.minimum <= p.default <= p.maximum and p.step > 0):
            raise ValueError(f"{p.name}: needs minimum <= default <= maximum and step > 0")

    def validate(self, p, value):
        v = _real(value)
        if v is None or not p.minimum <= v <= p.maximum:
            raise self.invalid(p, value)
        return v

    def parse(self, p, text):
        try:
            value = float(text)
        except ValueError:
            raise self.invalid(p, text) from None
        return self.validate(p, value)

    def valid_text(self, p):
        return f"a number in [{p.minimum:g}, {p.maximum:g}]"

    def text(self, value):
        return f"{value:g}"


class IntKind(FloatKind):
    name, editor = "int", "integer"

    def validate(self, p, value):
        v = _real(value)
        if v is None or not v.is_integer() or not p.minimum <= v <= p.maximum:
            raise self.invalid(p, value)
        return int(v)

    def parse(self, p, text):
        try:
            value = int(text)
        except ValueError:
            raise self.invalid(p, text) from None
        return self.validate(p, value)

    def valid_text(self, p):
        return f"a whole number from {p.minimum:g} to {p.maximum:g}"

    def text(self, value):
        return str(value)


_WORDS = {"true": True, "false": False, "1": True, "0": False, "yes": True, "no": False}


class BoolKind(Kind):
    name, editor = "bool", "switch"

    def validate(self, p, value):
        if not isinstance(value, bool):
            raise self.invalid(p, value)
        return value

    def parse(self, p, text):
        word = text.strip().lower()
        if word not in _WORDS:
            raise self.invalid(p, text)
        return _WORDS[word]

    def valid_text(self, p):
        return "true or false"

    def text(self, value):
        return "true" if value else "false"


class ChoiceKind(Kind):
    name, editor = "choice", "list"

    def check_spec(self, p):
        if p.default not in p.choices:
            raise ValueError(f"{p.name}: default {p.default!r} not in choices")

    def validate(self, p, value):
        if not isinstance(value, str) or value not in p.choices:
            raise self.invalid(p, value)
        return value

    def valid_text(self, p):
        return "one of " + ", ".join(repr(c) for c in p.choices)


#: Every parameter kind by name.
KINDS: dict[str, Kind] = {k.name: k for k in (FloatKind(), IntKind(), BoolKind(), ChoiceKind())}


@dataclass(frozen=True)
class Param:
    """One parameter of an activation. The kind follows from the declaration unless given:
    ``choices`` make a choice, a bool default a switch, an int default a whole number, else a
    float in ``[minimum, maximum]``."""

    name: str
    default: Any
    minimum: float | None = None
    maximum: float | None = None
    step: float = 0.1
    description: str = ""
    choices: tuple[str, ...] = ()
    symbol: str = ""  # LaTeX symbol used in formulas, e.g. r"\alpha"
    decimals: int = 3
    kind: str = ""

    def __post_init__(self):
        if not self.kind:
            kind = ("choice" if self.choices else "bool" if isinstance(self.default, bool)
                    else "int" if isinstance(self.default, int) else "float")
            object.__setattr__(self, "kind", kind)
        if self.kind not in KINDS:
            raise ValueError(f"{self.name}: unknown parameter kind {self.kind!r}")
        self.spec_kind.check_spec(self)

    @property
    def spec_kind(self) -> Kind:
        return KINDS[self.kind]

    @property
    def is_choice(self) -> bool:
        return self.kind == "choice"

    def valid_text(self) -> str:
        return self.spec_kind.valid_text(self)

    def validate(self, value: Any) -> Any:
        """``value`` as this parameter's type, or ValueError naming what is valid."""
        return self.spec_kind.validate(self, value)

    def parse(self, text: str) -> Any:
        """A value from the command line's text."""
        return self.spec_kind.parse(self, text)

    def text(self, value: Any) -> str:
        return self.spec_kind.text(value)


class Params(Mapping):
    """The validated values of every parameter of one activation, read-only and hashable.

    Made only by ``Activation.bind``; ``owner`` is the activation they were validated for."""

    __slots__ = ("_hash", "_values", "owner")

    def __init__(self, owner, values: dict[str, Any]):
        self.owner = owner
        self._values = values
        self._hash = None

    def __getitem__(self, key):
        return self._values[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(tuple(self._values.items()))
        return self._hash

    def __repr__(self):
        return f"Params({self._values!r})"

    def changed(self) -> dict[str, Any]:
        """The values that differ from the defaults, in declaration order."""
        defaults = self.owner.defaults()
        return {k: v for k, v in self._values.items() if v != defaults[k]}
