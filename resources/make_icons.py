"""Regenerate the icon set from actgui.svg (a developer tool; the outputs are committed).

    python resources/make_icons.py     # needs rsvg-convert (Debian: librsvg2-bin)

Writes icons/actgui-<N>.png for N in SIZES, actgui.ico (Windows, PNG entries) and actgui.icns
(macOS, PNG chunks)."""

import struct
import subprocess
from pathlib import Path

HERE = Path(__file__).parent
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = {b"icp4": 16, b"icp5": 32, b"icp6": 64, b"ic07": 128, b"ic08": 256, b"ic09": 512}


def png(size: int) -> Path:
    return HERE / "icons" / f"actgui-{size}.png"


def main():
    for size in SIZES:
        subprocess.run(["rsvg-convert", "-w", str(size), "-h", str(size), "-o", str(png(size)),
                        str(HERE / "actgui.svg")], check=True)
    images = [png(s).read_bytes() for s in ICO_SIZES]
    offset = 6 + 16 * len(images)
    ico = [struct.pack("<HHH", 0, 1, len(images))]
    for size, data in zip(ICO_SIZES, images, strict=True):
        ico.append(struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset))
        offset += len(data)
    (HERE / "actgui.ico").write_bytes(b"".join(ico + images))
    chunks = b"".join(kind + struct.pack(">I", 8 + len(png(s).read_bytes())) + png(s).read_bytes()
                      for kind, s in ICNS_TYPES.items())
    (HERE / "actgui.icns").write_bytes(b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks)


if __name__ == "__main__":
    main()
