"""Writing files so that a failure never leaves a partial one, and no temporary file outlives
the process that made it.

Every file actgui writes goes to a temporary file beside the target (``.actgui-<name>.<random>.tmp``)
and is renamed into place. A target that is a symbolic link is written through to the file it
points to; a target that is not a regular file (a folder, a device such as /dev/null) is refused.
The new file has the old file's permissions, or the umask's for a new one, never writable by
everyone. Temporary files are removed when writing fails, on SIGINT and SIGTERM (see
:func:`remove_temporaries_on_signals`), and a stale one left by a killed process (older than
STALE_S) is removed by the next write to that folder.
"""

from __future__ import annotations

import os
import signal
import stat
import tempfile
import time
from pathlib import Path

TEMP_PREFIX = ".actgui-"
TEMP_SUFFIX = ".tmp"
STALE_S = 600.0
_live: set[str] = set()  # temporary files being written by this process


def target(path: str | os.PathLike) -> Path:
    """The file a write to ``path`` replaces (a link's target), or OSError saying why it cannot
    be written: the name is a folder or ends in a separator, the folder is missing or not
    writable, or the target is not a regular file."""
    text = os.fspath(path)
    if not text or text.endswith(os.sep) or (os.altsep and text.endswith(os.altsep)):
        raise OSError(f"cannot write {text!r}: it names a folder, not a file")
    p = Path(text)
    if p.is_symlink():
        p = p.resolve()
    if p.exists() and not p.is_file():
        kind = "a folder" if p.is_dir() else "not a regular file"
        raise OSError(f"cannot write {text}: it is {kind}")
    parent = p.parent
    if not parent.is_dir():
        raise OSError(f"cannot write {text}: folder {parent} does not exist")
    if not os.access(parent, os.W_OK):
        raise OSError(f"cannot write {text}: folder {parent} is not writable")
    return p


def write_atomic(path: str | os.PathLike, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename: never a partial file."""
    path = target(path)
    remove_stale(path.parent)
    fd, tmp = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{path.name}.", suffix=TEMP_SUFFIX,
                               dir=path.parent)
    _live.add(tmp)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else 0o666 & ~_umask()
        os.chmod(tmp, mode & ~stat.S_IWOTH)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
    finally:
        _live.discard(tmp)


def remove_stale(folder: Path) -> None:
    """Remove actgui's own temporary files in ``folder`` that are older than STALE_S."""
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        name = entry.name
        if name.startswith(TEMP_PREFIX) and name.endswith(TEMP_SUFFIX) and entry.path not in _live:
            try:
                if entry.is_file(follow_symlinks=False) and now - entry.stat().st_mtime > STALE_S:
                    os.unlink(entry.path)
            except OSError:
                pass


def remove_temporaries_on_signals() -> None:
    """On SIGINT or SIGTERM, remove this process's temporary files and exit with 128 + signal."""

    def handler(signum, _frame):
        for tmp in list(_live):
            try:
                os.unlink(tmp)
            except OSError:
                pass
        os._exit(128 + signum)

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, handler)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
