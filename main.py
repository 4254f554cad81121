"""Start actgui from a source checkout: ``python main.py``."""

import sys

from actgui import main

if __name__ == "__main__":
    sys.exit(main())
