"""``actgui animate``: a parameter or the x-range moving, written as GIF, APNG or MP4 offscreen.

``OUT.png`` is written as APNG (the registry's ``.apng``: ``.png`` is the still figure's).
Bad input prints one line and exits with status 2 before anything is drawn or written.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from .cli import UsageError, _size, build_session

DEFAULT_SIZE = (1280, 720)


def add_parser(subparsers) -> argparse.ArgumentParser:
    """Add the ``animate`` command to ``subparsers`` (from the ``actgui`` parser)."""
    from .core.animation import DEFAULT_FPS, DEFAULT_FRAMES, FPS, FRAMES, X_RANGE
    from .formats import FONT_PT, MAX_SIDE, ExportOptions

    default = ExportOptions()
    p = subparsers.add_parser(
        "animate", help="write a parameter or the x-range moving, as GIF, APNG or MP4",
        description="Write an animation of one number moving from FROM to TO (the format from "
                    "OUT's suffix: .gif, .png or .apng (APNG), .mp4 (H.264)) with the export's "
                    "rendering, offscreen. SPEC is an id or id:param=value[,param=value]. Bad "
                    "input prints one line and exits with status 2, writing nothing.")
    p.add_argument("out", metavar="OUT", help="file to write: .gif, .png, .apng or .mp4")
    p.add_argument("--function", "-f", metavar="SPEC", action="append", default=[],
                   help="a curve to draw (repeatable)")
    p.add_argument("--sweep", metavar="NAME=FROM:TO", required=True,
                   help=f"what moves: a numeric parameter of the --curve, or {X_RANGE} (its "
                        "half-width around its centre), e.g. negative_slope=0.01:0.3")
    p.add_argument("--curve", type=int, default=1, metavar="N",
                   help="the curve whose parameter moves, from 1 in the order given (default 1)")
    p.add_argument("--frames", type=int, default=DEFAULT_FRAMES, metavar="N",
                   help=f"{FRAMES[0]} to {FRAMES[1]} (default {DEFAULT_FRAMES})")
    p.add_argument("--fps", type=int, default=DEFAULT_FPS, metavar="N",
                   help=f"frames per second, {FPS[0]} to {FPS[1]} (default {DEFAULT_FPS})")
    p.add_argument("--size", metavar="WxH",
                   help=f"pixels, each side 16 to {MAX_SIDE}, at most 600 frames of 1920x1080 in all "
                        f"(default {DEFAULT_SIZE[0]}x{DEFAULT_SIZE[1]})")
    p.add_argument("--x-range", nargs=2, type=float, metavar=("MIN", "MAX"),
                   help="x from MIN to MAX (each within ±1e300)")
    p.add_argument("--y-range", nargs=2, type=float, metavar=("MIN", "MAX"),
                   help="fixed y-range of the f pane (default: automatic)")
    p.add_argument("--panes", metavar="f,df,d2f",
                   help="panes to draw, among f, df and d2f (f is always drawn)")
    p.add_argument("--theme", choices=("light", "dark"), default="light")
    p.add_argument("--font-size", type=float, metavar="PT", default=default.font_size,
                   help=f"{FONT_PT[0]:g} to {FONT_PT[1]:g} (default {default.font_size:g})")
    p.add_argument("--session", metavar="FILE", help="start from this session file")
    return p


def animation_format(path: str | os.PathLike):
    """The animation format ``path``'s suffix names (``.png``: APNG), or UsageError."""
    from .formats import FORMATS

    suffix = Path(path).suffix.lower()
    fmt = FORMATS.get(".apng" if suffix == ".png" else suffix)
    if fmt is None or fmt.kind != "animation":
        known = ", ".join(s for s, f in FORMATS.items() if f.kind == "animation")
        raise UsageError(f"unknown animation type {suffix or '(none)'!r} for {os.fspath(path)}: "
                         f"use {known} or .png (APNG)")
    return fmt


def run(args) -> int:
    """Check everything, then draw and write the animation; bad input raises UsageError or
    ValueError (one sentence) before Qt starts."""
    from .core.animation import Animation, Sweep, parse_sweep
    from .core.files import remove_temporaries_on_signals, target, write_atomic
    from .formats import ExportOptions

    session = build_session(args)
    n = len(session.curves)
    if not 1 <= args.curve <= n:
        raise UsageError(f"--curve {args.curve}: the session has {n} curve{'s' * (n > 1)}, numbered from 1")
    try:
        sweep = Sweep.of(session, *parse_sweep(args.sweep), row=args.curve - 1)
    except ValueError as e:
        raise UsageError(f"--sweep {args.sweep}: {e}") from None
    animation = Animation(session, sweep, args.frames, args.fps)
    fmt = animation_format(args.out)
    target(args.out)
    options = ExportOptions(size=DEFAULT_SIZE if args.size is None else _size(args.size),
                            theme=args.theme, font_size=args.font_size)
    animation.check_size(options.size)
    remove_temporaries_on_signals()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from .app import make_app

    make_app()
    write_atomic(args.out, fmt.write(animation, options))
    print(f"wrote {args.out}")
    return 0
