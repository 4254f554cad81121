"""MP4: H.264 video (yuv420p, which every player and slide program reads) through the ffmpeg
binary that imageio-ffmpeg ships.

yuv420p needs even sides: an odd width or height is drawn one pixel smaller. ffmpeg writes the
video to a temporary file in the system's temporary folder (a writer returns bytes and is not
told the target; the MP4 index goes at the file's start, for players that stream), which is
read back and removed, also when encoding fails.
"""

from ..core.i18n import QT_TRANSLATE_NOOP
from . import Format

QUALITY = 7  # imageio-ffmpeg's 0-10 scale: H.264 constant rate factor 15, sharp lines


def write(animation, options) -> bytes:
    """``animation``: an ``actgui.core.animation.Animation``."""
    import os
    import tempfile
    from dataclasses import replace

    import imageio_ffmpeg
    from PySide6.QtGui import QImage

    from ..core.files import TEMP_PREFIX, TEMP_SUFFIX
    from ..ui.animate import pixels, render_frames

    w, h = options.size
    options = replace(options, size=(w - w % 2, h - h % 2))
    animation.check_size(options.size)
    fd, path = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}video.", suffix=TEMP_SUFFIX)
    os.close(fd)
    try:
        video = imageio_ffmpeg.write_frames(
            path, options.size, fps=animation.fps, codec="libx264", pix_fmt_out="yuv420p",
            quality=QUALITY, macro_block_size=2, ffmpeg_log_level="error",
            output_params=["-f", "mp4", "-movflags", "+faststart"])
        video.send(None)
        try:
            for frame in render_frames(animation.sessions(), options):
                video.send(pixels(frame.convertToFormat(QImage.Format.Format_RGB888)))
        except OSError as e:  # ffmpeg stopped: its message spans many lines
            raise OSError(f"ffmpeg could not encode the video: {str(e).splitlines()[0]}") from None
        finally:
            video.close()
        with open(path, "rb") as f:
            data = f.read()
    finally:
        os.unlink(path)
    if not data:
        raise OSError("ffmpeg wrote no video")
    return data


FORMAT = Format(".mp4", QT_TRANSLATE_NOOP("formats", "MP4 video (H.264)"), "animation",
                ("size", "theme", "font_size", "panes"), write)
