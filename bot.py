"""Veille: `python bot.py [COMMAND] [OPTIONS]`, the same as the `veille` console script."""
import sys

if __name__ == "__main__":
    # Imported here, not above: the parse workers start a fresh interpreter that imports this
    # file again (as __mp_main__), and they need none of the CLI.
    from monitor.cli import main

    sys.exit(main())
