"""`python bot.py [COMMAND] [OPTIONS]` (the `veille` console script)."""
from monitor.cli.main import main

__all__ = ["main"]
