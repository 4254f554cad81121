"""APNG: an animated PNG in full colour (RGB), looping forever, at the exact frame rate (each
frame shows 1/fps s).

Its registry suffix is ``.apng`` (``.png`` is the still figure's); ``actgui animate`` also
writes it to ``OUT.png``. Written as frames arrive, holding only the previous one: Pillow
encodes each frame's PNG, whose image data becomes the frame's ``IDAT`` (first frame) or
``fdAT`` chunks (APNG 1.0); each frame after the first stores only the rectangle that changed
and replaces it (``dispose_op`` none, ``blend_op`` source). Pillow's own APNG writer holds
every frame twice before writing the first.
"""

from ..core.i18n import QT_TRANSLATE_NOOP
from . import Format

SIGNATURE = b"\x89PNG\r\n\x1a\n"


def chunk(kind: bytes, data: bytes) -> bytes:
    import zlib

    return len(data).to_bytes(4, "big") + kind + data + zlib.crc32(kind + data).to_bytes(4, "big")


def chunks(png: bytes) -> list[tuple[bytes, bytes]]:
    """The (type, data) of each chunk of a PNG file."""
    out, at = [], len(SIGNATURE)
    while at < len(png):
        size = int.from_bytes(png[at:at + 4], "big")
        out.append((png[at + 4:at + 8], png[at + 8:at + 8 + size]))
        at += 12 + size
    return out


def changed(previous, current) -> tuple[int, int, int, int]:
    """(left, top, right, bottom) of the pixels that differ, at least one pixel."""
    import numpy as np

    differ = (previous != current).any(axis=2)
    rows, cols = np.flatnonzero(differ.any(axis=1)), np.flatnonzero(differ.any(axis=0))
    if rows.size == 0:
        return 0, 0, 1, 1
    return int(cols[0]), int(rows[0]), int(cols[-1]) + 1, int(rows[-1]) + 1


def write(animation, options) -> bytes:
    """``animation``: an ``actgui.core.animation.Animation``."""
    import io

    from PIL import Image
    from PySide6.QtGui import QImage

    from ..ui.animate import pixels, render_frames

    animation.check_size(options.size)
    out = io.BytesIO()
    sequence, previous = 0, None
    for frame in render_frames(animation.sessions(), options):
        current = pixels(frame.convertToFormat(QImage.Format.Format_RGB888))
        h, w = current.shape[:2]
        left, top, right, bottom = (0, 0, w, h) if previous is None else changed(previous, current)
        png = io.BytesIO()
        Image.fromarray(current[top:bottom, left:right]).save(png, "PNG")
        parts = chunks(png.getvalue())
        if previous is None:
            out.write(SIGNATURE + chunk(b"IHDR", dict(parts)[b"IHDR"])
                      + chunk(b"acTL", animation.frames.to_bytes(4, "big") + bytes(4)))
        control = b"".join(v.to_bytes(4, "big") for v in (sequence, right - left, bottom - top, left, top))
        out.write(chunk(b"fcTL", control + (1).to_bytes(2, "big") + animation.fps.to_bytes(2, "big")
                        + bytes(2)))
        sequence += 1
        for kind, data in parts:
            if kind == b"IDAT" and previous is None:
                out.write(chunk(b"IDAT", data))
            elif kind == b"IDAT":
                out.write(chunk(b"fdAT", sequence.to_bytes(4, "big") + data))
                sequence += 1
        previous = current
    out.write(chunk(b"IEND", b""))
    return out.getvalue()


FORMAT = Format(".apng", QT_TRANSLATE_NOOP("formats", "APNG animation (animated PNG)"), "animation",
                ("size", "theme", "font_size", "panes"), write)
