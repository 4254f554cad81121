"""Look-up of catalog entries by id or alias, with a helpful error for unknown names."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from .catalog import CATALOG
from .spec import Activation


class UnknownActivationError(LookupError, ValueError):
    """No catalog entry has this id or alias; the message suggests close ones."""


def _key(name: str) -> str:
    return name.strip().lower().replace("-", "_").replace(" ", "_")


#: Every entry by id, in catalog order.
ACTIVATIONS: Mapping[str, Activation] = MappingProxyType({a.id: a for a in CATALOG})

_BY_NAME: dict[str, Activation] = {}
for _act in CATALOG:
    for _name in (_act.id, *_act.aliases):
        if _key(_name) in _BY_NAME:
            raise RuntimeError(f"duplicate activation name {_name!r}")
        _BY_NAME[_key(_name)] = _act


def get(name: str) -> Activation:
    """The entry called ``name`` (an id or an alias, case and '-'/' ' vs '_' ignored)."""
    if isinstance(name, Activation):
        return name
    try:
        return _BY_NAME[_key(name)]
    except (KeyError, AttributeError):
        pass
    text = str(name)
    if len(text) > 60:  # no name is this long: neither a search nor the whole name is worth it
        raise UnknownActivationError(f"unknown activation {text[:40]!r}\u2026 ({len(text)} characters)")
    import difflib  # only for this message: it is not worth its import at start-up

    close = difflib.get_close_matches(_key(text), list(_BY_NAME), n=3, cutoff=0.6)
    ids = dict.fromkeys(_BY_NAME[c].id for c in close)
    hint = f"; did you mean {', '.join(map(repr, ids))}?" if ids else "; `actgui list` shows every id"
    raise UnknownActivationError(f"unknown activation {name!r}{hint}")


def names() -> dict[str, str]:
    """Every id and alias, mapped to its entry's id."""
    return {name: act.id for name, act in _BY_NAME.items()}
