r"""GIF: the animation's frames on one palette made from the theme and the curves' colours,
looping forever.

The palette is the background :math:`g`, then for the text colour and each curve colour
:math:`c` the levels :math:`g + \tfrac{k}{L}(c - g)`, :math:`k = 1 \dots L` (what antialiasing
and translucent fills draw), then the midpoint :math:`(c_1 + c_2)/2` of each pair of curve
colours (where the edges of two curves overlap), :math:`L` as many as 256 entries allow (at
least 8; with too many colours for that, no midpoints). Each pixel takes its
nearest entry in RGB (Qt's exact search; Pillow's palette mapping is approximate: it shifts
white to 252), without dithering: flat areas stay flat, colours do not flicker from frame to
frame, and each frame stores only the rectangle that changed.

GIF counts delays in hundredths of a second: frame :math:`i` starts at
:math:`1000\,i/\text{fps}` ms rounded to 10 ms, so the average rate is exact up to 50 fps;
faster rates play at 50 fps, the fastest that browsers honour.
"""

from ..core.i18n import QT_TRANSLATE_NOOP
from . import Format

MAX_GIF_FPS = 50
MIN_LEVELS = 8  # antialiasing levels per colour below which pairs' midpoints give way


def durations(frames: int, fps: int) -> list[int]:
    """Each frame's delay in ms: multiples of 10, at least 20."""
    step = 1000 / min(fps, MAX_GIF_FPS)
    return [int(round((i + 1) * step, -1) - round(i * step, -1)) for i in range(frames)]


def palette(background: str, text: str, colours: list[str]) -> list[tuple[int, int, int]]:
    """256 RGB entries for a background (the first), the text and the curves' colours."""

    def rgb(colour):
        return tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))

    def mix(a, b, t):
        return tuple(round(ai + t * (bi - ai)) for ai, bi in zip(a, b, strict=True))

    g = rgb(background)
    curves = [rgb(c) for c in dict.fromkeys(c.lower() for c in colours) if rgb(c) not in (g, rgb(text))]
    anchors = [rgb(text), *curves]
    pairs = [mix(a, b, 0.5) for i, a in enumerate(curves) for b in curves[i + 1:]]
    levels = (255 - len(pairs)) // len(anchors)
    if levels < MIN_LEVELS:
        pairs, levels = [], max(255 // len(anchors), 2)
    entries = [g]
    for c in anchors[:255 // levels]:
        entries += [mix(g, c, k / levels) for k in range(1, levels + 1)]
    entries += pairs
    return entries + [g] * (256 - len(entries))


def write(animation, options) -> bytes:
    """``animation``: an ``actgui.core.animation.Animation``."""
    import io

    from PIL import Image
    from PySide6.QtGui import QImage, qRgb

    from ..ui.animate import pixels, render_frames
    from ..ui.canvas import THEME_COLOURS

    animation.check_size(options.size)
    background, text = THEME_COLOURS[options.theme][:2]
    entries = palette(background, text, [c.color for c in animation.session.visible])
    table = [qRgb(*entry) for entry in entries]
    flat = [v for entry in entries for v in entry]

    def indexed(frame):
        image = Image.fromarray(pixels(frame.convertToFormat(QImage.Format.Format_Indexed8, table)))
        image.putpalette(flat)
        return image

    images = map(indexed, render_frames(animation.sessions(), options))
    out = io.BytesIO()
    next(images).save(out, "GIF", save_all=True, append_images=images, loop=0, optimize=False,
                      duration=durations(animation.frames, animation.fps))
    return out.getvalue()


FORMAT = Format(".gif", QT_TRANSLATE_NOOP("formats", "GIF animation"), "animation",
                ("size", "theme", "font_size", "panes"), write)
