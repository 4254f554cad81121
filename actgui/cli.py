"""Command line: ``actgui`` (the window), ``actgui list``, ``export``, ``compare``, ``train``,
``animate``, ``actgui --version``."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from dataclasses import replace

from . import __version__, collect_from_now_on
from .core import ACTIVATIONS, get
from .core.session import LAYOUTS, PANES, SCALES, Compare, Family, Session, SessionError, load


class UsageError(Exception):
    """Bad input from the command line: reported in one line, exit status 2."""


#: What argparse takes for a negative number rather than an option: also -1e3, -.5, -inf.
NEGATIVE_NUMBER = re.compile(r"^-(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$|^-inf(inity)?$", re.IGNORECASE)


class _Parser(argparse.ArgumentParser):
    """argparse that reports a mistake in one line (no usage block) with exit status 2, and reads
    ``--x-range -1e3 1e3`` as numbers (argparse's own test for negative numbers misses
    exponents, and takes -1e3 for an option)."""

    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self._negative_number_matcher = NEGATIVE_NUMBER

    def error(self, message):
        raise UsageError(f"{self.prog}: {message}")


def _parser() -> argparse.ArgumentParser:
    from .formats import FONT_PT, FORMATS, MAX_PIXELS, MAX_POINTS, MAX_SIDE, ExportOptions

    suffixes = " ".join(s for s, f in FORMATS.items() if f.kind in ("figure", "data"))
    default = ExportOptions()
    parser = _Parser(
        prog="actgui",
        description="See, compare and understand activation functions. "
                    "Without a command, opens the window.")
    parser.add_argument("--version", action="version", version=f"actgui {__version__}")
    parser.add_argument("--session", metavar="FILE", help="open this session file")
    parser.add_argument("--quit-after-first-paint", action="store_true",
                        help=argparse.SUPPRESS)  # for start-up benchmarks and smoke tests
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    lst = sub.add_parser("list", help="list every catalog entry")
    lst.add_argument("--json", action="store_true", help="print JSON instead of a table")
    sub.add_parser("install-desktop", help="add actgui to this user's application menu (Linux)")
    sub.add_parser("uninstall-desktop", help="remove it from the application menu again")
    exp = sub.add_parser(
        "export", help="write a figure or the numbers without opening a window",
        description="Write a figure or the numbers (the format from OUT's suffix: "
                    f"{suffixes}) with the window's rendering, offscreen. SPEC is an id or "
                    "id:param=value[,param=value], e.g. leaky_relu:negative_slope=0.1. Bad input "
                    "prints one line and exits with status 2, writing nothing.")
    exp.add_argument("out", metavar="OUT", help=f"file to write: {suffixes}")
    exp.add_argument("--function", "-f", metavar="SPEC", action="append", default=[],
                     help="a curve to draw (repeatable)")
    exp.add_argument("--panes", metavar="f,df,d2f",
                     help="panes to draw, among f, df and d2f (f is always drawn: df alone "
                          "means f and df)")
    exp.add_argument("--x-range", nargs=2, type=float, metavar=("MIN", "MAX"),
                     help="x from MIN to MAX (each within ±1e300)")
    exp.add_argument("--y-range", nargs=2, type=float, metavar=("MIN", "MAX"),
                     help="fixed y-range of the f pane (default: automatic)")
    exp.add_argument("--points", type=int, metavar="N",
                     help=f"CSV rows, 2 to {MAX_POINTS} (default {default.points})")
    exp.add_argument("--size", metavar="WxH",
                     help=f"pixels, each side 16 to {MAX_SIDE}, at most {MAX_PIXELS // 1_000_000} "
                          f"megapixels (default {default.size[0]}x{default.size[1]})")
    exp.add_argument("--theme", choices=("light", "dark"), default="light")
    exp.add_argument("--font-size", type=float, metavar="PT", default=default.font_size,
                     help=f"{FONT_PT[0]:g} to {FONT_PT[1]:g} (default {default.font_size:g})")
    exp.add_argument("--transparent", action="store_true", help="PNG without a background")
    exp.add_argument("--layout", choices=LAYOUTS,
                     help="panes side by side, or f and its derivatives overlaid on one pair of axes")
    exp.add_argument("--no-dots", action="store_true",
                     help="no dots at jumps (filled: the value at the point; open: a one-sided limit)")
    exp.add_argument("--difference", action="store_true",
                     help="draw every curve after the first as its difference from the first")
    exp.add_argument("--relative", action="store_true",
                     help="with --difference: |b - a| / max(|a|, tiny) instead of b - a")
    exp.add_argument("--session", metavar="FILE", help="start from this session file")
    cmp = sub.add_parser(
        "compare", help="how far apart curves are: max |b - a| and max relative difference",
        description="For each SPEC after the first, against the first, and each order: the "
                    "largest |b - a| over the x-range and its x, then the largest "
                    "|b - a| / max(|a|, tiny) and its x (located on a dense grid with every "
                    "breakpoint and its one-sided values, refined by golden-section search). "
                    "Bad input prints one line and exits with status 2.")
    cmp.add_argument("--function", "-f", metavar="SPEC", action="append", default=[],
                     help="a curve (repeatable; at least two, the first the reference)")
    cmp.add_argument("--x-range", nargs=2, type=float, metavar=("MIN", "MAX"), default=(-5.0, 5.0),
                     help="x from MIN to MAX (default -5 5)")
    cmp.add_argument("--orders", metavar="f,df,d2f", default="f,df,d2f",
                     help="the orders compared, among f, df and d2f (default all three)")
    cmp.add_argument("--json", action="store_true",
                     help="print a JSON list of objects with keys a, b, order, max_abs, x_abs, "
                          "max_rel, x_rel (inf and nan as strings)")
    from . import animate_cli, race_cli

    race_cli.add_parser(sub)
    animate_cli.add_parser(sub)
    return parser


def parse_spec(spec: str) -> dict:
    """``id`` or ``id:param=value[,param=value]`` -> the keywords of ``Session.with_curve``:
    ``function`` and its validated ``params`` (each value read by its parameter's kind:
    numbers, whole numbers, true/false, choices), and for a typed formula
    (``=FORMULA[;name=value...]``, e.g. ``=x*sigmoid(b*x);b=1.5``) ``formula``."""
    curve = parse_curve(spec)
    if curve.pop("family") is not None:
        raise UsageError(f"function spec {spec!r}: a family (FROM..TO) is drawn by export only")
    return curve


def parse_curve(spec: str) -> dict:
    """:func:`parse_spec`'s keywords and ``family``: set where a value is written
    ``FROM..TO[/STEPS[/log]]`` (e.g. ``leaky_relu:negative_slope=0.01..0.3/7``)."""
    if spec.startswith("="):
        from .core.formula import parse_spec as parse_formula
        from .core.session import FORMULA

        try:
            formula, values = parse_formula(spec)
        except ValueError as e:
            raise UsageError(f"formula {spec!r}: {e}") from None
        return {"function": FORMULA, "params": values, "formula": formula.to_dict(), "family": None}
    name, params, family = _parse_spec(spec)
    return {"function": name, "params": params, "family": family}


def _parse_spec(spec: str):
    name, _, rest = spec.partition(":")
    act = get(name.strip())
    params, family = {}, None
    for item in filter(None, (part.strip() for part in rest.split(","))):
        key, eq, value = item.partition("=")
        if not eq:
            raise UsageError(f"function spec {spec!r}: expected param=value, got {item!r}")
        key = key.strip()
        if key in params or (family is not None and family.param == key):
            raise UsageError(f"function spec {spec!r}: {key} is given twice")
        try:
            if ".." in value:
                if family is not None:
                    raise ValueError("only one parameter can be swept")
                family = _family(act.param(key), value)
            else:
                params[key] = act.param(key).parse(value)
        except (ValueError, SessionError) as e:
            raise UsageError(f"function spec {spec!r}: {e}") from None
    try:
        bound = act.bind(params)
    except ValueError as e:
        raise UsageError(f"function spec {spec!r}: {e}") from None
    return act.id, bound, family


def _family(param, text: str) -> Family:
    """``FROM..TO[/STEPS[/log]]`` of ``param`` as a Family (7 steps, linear, unless given)."""
    span, *rest = text.split("/")
    start, _, stop = span.partition("..")
    if param.kind not in ("float", "int"):
        raise ValueError(f"{param.name} is not a number to sweep")
    if len(rest) > 2 or (len(rest) == 2 and rest[1].strip() not in SCALES):
        raise ValueError(f"{param.name}={text!r}: expected FROM..TO[/STEPS[/linear|log]]")
    try:
        steps = int(rest[0]) if rest else 7
    except ValueError:
        raise ValueError(f"{param.name}={text!r}: STEPS must be a whole number") from None
    return Family(param.name, float(param.parse(start)), float(param.parse(stop)), steps,
                  rest[1].strip() if len(rest) == 2 else "linear")


def build_session(args) -> Session:
    """The session a command describes (its --session, --function, --x-range, --y-range,
    --panes, --layout, --no-dots, --difference, --relative), validated by the same rules as the
    window's."""
    session = load(args.session) if args.session else Session()
    if args.function:
        session = session.replace(curves=())
        for spec in args.function:
            curve = parse_curve(spec)
            family = curve.pop("family")
            session = session.with_curve(**curve)
            if family is not None:
                session = session.replace(curves=(*session.curves[:-1], replace(
                    session.curves[-1], family=family)))
    if not session.curves:
        raise UsageError("nothing to draw: give --function SPEC or --session FILE")
    changes = {}
    if args.x_range:
        changes["x_range"] = tuple(args.x_range)
    if getattr(args, "y_range", None):
        changes["y_ranges"] = {**session.y_ranges, "f": tuple(args.y_range)}
    if getattr(args, "panes", None) is not None:
        changes["panes"] = parse_panes(args.panes)
    if getattr(args, "layout", None):
        changes["layout"] = args.layout
    if getattr(args, "no_dots", False):
        changes["dots"] = False
    if getattr(args, "relative", False) and not args.difference:
        raise UsageError("--relative: only with --difference")
    if getattr(args, "difference", False):
        if len(session.curves) < 2:
            raise UsageError("--difference: give two or more curves (the first is the reference)")
        changes["compare"] = Compare(0, "rel" if args.relative else "abs")
    return session.replace(**changes)


def parse_panes(text: str) -> tuple[str, ...]:
    """``f,df`` -> ("f", "df"); f is always drawn, so ``df`` alone means f and df."""
    panes = [p.strip() for p in text.split(",") if p.strip()]
    if not panes:
        raise UsageError("--panes: give one or more of f, df, d2f")
    unknown = [p for p in panes if p not in PANES]
    if unknown:
        raise UsageError(f"--panes: unknown pane {unknown[0]!r} (panes: {', '.join(PANES)})")
    return tuple(p for p in PANES if p == "f" or p in panes)


def _compare(args) -> int:
    from .core.compare import as_json, compare, format_text

    if len(args.function) < 2:
        raise UsageError("compare: give two or more --function SPEC (the first is the reference)")
    session = Session()
    for spec in args.function:
        session = session.with_curve(**parse_spec(spec))
    orders = [PANES.index(p) for p in _orders(args.orders)]
    differences = compare(session.curves, args.x_range, orders, session.labels(session.curves))
    if args.json:
        print(json.dumps(as_json(differences), indent=2, ensure_ascii=False))
    else:
        print(format_text(differences), end="")
    return 0


def _orders(text: str) -> list[str]:
    orders = [p.strip() for p in text.split(",") if p.strip()]
    unknown = [p for p in orders if p not in PANES]
    if not orders or unknown:
        raise UsageError(f"--orders {text!r}: give one or more of f, df, d2f")
    return list(dict.fromkeys(orders))


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise UsageError(f"--size {text!r}: expected WxH, e.g. 1920x1080") from None
    return w, h


def _export(args) -> int:
    from .core.files import remove_temporaries_on_signals, target
    from .formats import ExportOptions, format_for

    session = build_session(args)
    format_for(args.out)  # before starting Qt: an unknown suffix is a usage error
    target(args.out)  # and so is a file that cannot be written
    default = ExportOptions()
    options = ExportOptions(size=default.size if args.size is None else _size(args.size),
                            theme=args.theme, font_size=args.font_size,
                            transparent=args.transparent,
                            points=default.points if args.points is None else args.points)
    remove_temporaries_on_signals()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from .app import make_app
    from .ui.figure import export

    make_app(command_line=True)
    export(session, args.out, options)
    print(f"wrote {args.out}")
    return 0


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
    try:
        args = _parser().parse_args(argv)
        if args.command:  # the window turns the collector on after its first frame
            collect_from_now_on()
        if args.command == "list":
            return _list(args.json)
        if args.command == "export":
            return _export(args)
        if args.command == "compare":
            return _compare(args)
        if args.command in ("train", "animate"):
            from . import animate_cli, race_cli

            return (race_cli if args.command == "train" else animate_cli).run(args)
        if args.command in ("install-desktop", "uninstall-desktop"):
            from . import desktop

            done = desktop.install() if args.command == "install-desktop" else desktop.uninstall()
            verb = "installed" if args.command == "install-desktop" else "removed"
            print("\n".join(f"{verb} {p}" for p in done) or "nothing to remove")
            return 0
    except BrokenPipeError:  # the reader stopped early (actgui list | head): nothing to report
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nor at exit's flush
        return 1
    except (UsageError, SessionError, ValueError, OSError) as e:
        print(f"actgui: {e}" if not str(e).startswith("actgui") else str(e), file=sys.stderr)
        return 2
    from .app import run_gui

    return run_gui(args.session, quit_after_first_paint=args.quit_after_first_paint)
