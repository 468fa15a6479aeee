"""Veille: `python bot.py [COMMAND] [OPTIONS]`, the same as the `veille` console script."""
import sys

from monitor.cli import main

if __name__ == "__main__":
    sys.exit(main())
