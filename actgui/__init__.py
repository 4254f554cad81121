import gc

__version__ = "0.1.0"


def main() -> int:
    """The ``actgui`` command (also ``python -m actgui`` and main.py).

    The cyclic garbage collector waits until the window is on screen or a command starts its work
    (:func:`collect_from_now_on`): start-up makes about 100,000 objects that live as long as the
    process and a few hundred of garbage, and the collector would go through all of them again
    and again (README, Performance)."""
    gc.disable()
    from .cli import main as cli_main

    return cli_main()


def collect_from_now_on() -> None:
    """Turn the cyclic garbage collector back on if :func:`main` turned it off, leaving out what
    start-up made: nearly all of it lives as long as the process, and each full collection would
    go through all of it again (about 100,000 objects: missed frames)."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()
