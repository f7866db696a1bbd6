"""Start Microneedling Window: `uv run main.py` opens the window; `uv run main.py --help` for scripts."""

import sys

from gui.cli import main

if __name__ == "__main__":
    sys.exit(main())
