"""Run a Python module or script as __main__ and print its peak resident memory (MB) on exit:
``python benchmarks/peak_rss.py -m actgui ARGS`` or ``python benchmarks/peak_rss.py FILE ARGS``."""

import atexit
import runpy
import sys


def report():
    """VmHWM: this process image's peak RSS (ru_maxrss would carry the parent's over fork)."""
    with open("/proc/self/status") as f:
        kb = next(int(line.split()[1]) for line in f if line.startswith("VmHWM:"))
    print(f"peak_rss_mb {kb / 1024:.1f}", file=sys.stderr)


atexit.register(report)
if sys.argv[1] == "-m":
    sys.argv = [sys.argv[2], *sys.argv[3:]]
    runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)
else:
    sys.argv = sys.argv[1:]
    runpy.run_path(sys.argv[0], run_name="__main__")
