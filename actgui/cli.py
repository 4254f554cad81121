"""Command line: ``actgui`` (the window), ``actgui list``, ``actgui export``, ``actgui --version``."""

from __future__ import annotations

import argparse
import json
import sys

from . import __version__
from .core import ACTIVATIONS


class UsageError(Exception):
    """Bad input from the command line: reported in one line, exit status 2."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="actgui",
        description="See, compare and understand activation functions. "
                    "Without a command, opens the window.")
    parser.add_argument("--version", action="version", version=f"actgui {__version__}")
    parser.add_argument("--session", metavar="FILE", help="open this session file")
    parser.add_argument("--quit-after-first-paint", action="store_true",
                        help=argparse.SUPPRESS)  # for start-up benchmarks and smoke tests
    sub = parser.add_subparsers(dest="command")
    lst = sub.add_parser("list", help="list every catalog entry")
    lst.add_argument("--json", action="store_true", help="print JSON instead of a table")
    return parser


def catalog_listing() -> list[dict]:
    return [
        {"id": a.id, "name": a.name, "family": a.family, "aliases": list(a.aliases),
         "params": [{"name": p.name, "default": p.default,
                     **({"choices": list(p.choices)} if p.choices
                        else {"minimum": p.minimum, "maximum": p.maximum})}
                    for p in a.params]}
        for a in ACTIVATIONS.values()
    ]


def _list(as_json: bool) -> int:
    rows = catalog_listing()
    if as_json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    width = max(len(r["id"]) for r in rows)
    for r in rows:
        params = ", ".join(f"{p['name']}={p['default']!r}" for p in r["params"])
        print(f"{r['id']:<{width}}  {r['name']}{f' ({params})' if params else ''}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "list":
            return _list(args.json)
    except UsageError as e:
        print(f"actgui: {e}", file=sys.stderr)
        return 2
    from .app import run_gui

    return run_gui(args.session, quit_after_first_paint=args.quit_after_first_paint)
